/**
 * World-wide claims on the literal edges of operation wording. Every fragment that can open a prompt (a lead) or
 * close one (a tail) is claimed by one operation; a fragment whose literal edge words equal, extend or are extended
 * by another operation's claim is refused, so no two operations ever share an opening or closing 6-word window.
 * Edges are normalised hard (letters only, lower case): a stricter normalisation than any detector's makes the
 * guarantee hold under theirs too. Slots (`{name}`) end an edge: only the literal words before (or after) them count.
 */
export const EDGE_WORDS = 6;
/** Fragments must open and close with at least this many literal words, or their edge is too generic to own. */
export const MIN_EDGE_WORDS = 3;

/** Lower-cased letter words of a text (punctuation, digits and symbols dropped). */
export function normWords(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim().split(' ').filter(Boolean);
}

/** The literal opening words of a fragment, up to the first slot. */
export function leadEdge(fragment: string): string[] {
  return normWords(fragment.split('{')[0]!).slice(0, EDGE_WORDS);
}

/** The literal closing words of a fragment, after its last slot, last word first. */
export function tailEdge(fragment: string): string[] {
  const after = fragment.slice(fragment.lastIndexOf('}') + 1);
  return normWords(after).reverse().slice(0, EDGE_WORDS);
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class FrameRegistry {
  private readonly claims = { lead: [] as { owner: string; edge: string[] }[], tail: [] as { owner: string; edge: string[] }[] };

  /** Claims the fragment's edges for `owner`; false (nothing claimed) when either edge is too short or taken. */
  claim(owner: string, fragment: string, edges: { lead: boolean; tail: boolean }): boolean {
    const lead = leadEdge(fragment);
    const tail = tailEdge(fragment);
    if (edges.lead && !this.free(owner, 'lead', lead)) return false;
    if (edges.tail && !this.free(owner, 'tail', tail)) return false;
    if (edges.lead) this.claims.lead.push({ owner, edge: lead });
    if (edges.tail) this.claims.tail.push({ owner, edge: tail });
    return true;
  }

  private free(owner: string, side: 'lead' | 'tail', edge: string[]): boolean {
    if (edge.length < MIN_EDGE_WORDS) return false;
    return this.claims[side].every((c) => c.owner === owner || !overlaps(c.edge, edge));
  }
}
