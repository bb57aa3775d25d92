/**
 * Eras of an account's identity surfaces: for each client family (the software named by the UA, whatever its TLS
 * stack) and each network (the /24 or /48 of its address: a proxy pool of the same ISP is still a new network) an
 * account used, when it was first and last seen and how often. From them, whether the
 * account cut over mid-life: every client family and every network it used before one moment are unused after it,
 * and after it only new ones are used, with work on both sides.
 *
 * Why: an operation that keeps its accounts alive past per-fingerprint and per-network blocking rotates them onto a
 * new client stack and a new egress network at once, and the same account carries on with the same work (a harvest
 * handed from one proxy pool and toolkit to the next, or an aged account sold on). People change one thing at a time
 * and go back and forth: a developer uses an SDK, a CLI and a browser in turns, from home and from a phone; someone who
 * moves house keeps the laptop; an upgraded SDK keeps its family. A clean cut of both at once is rare among them, and
 * it is never a verdict alone: it adds to the account's own evidence (features.ts), so an account must already ask
 * like a harvester to be lifted by it.
 *
 * Kept as a flat array of numbers (spilled and merged with the rest of the state): kind, key hash, first, last, count
 * per entry, at most MAX_ERAS entries per kind; keys past them are pooled in one entry whose span covers all their uses
 * (pooling can only close a gap, never open one: an account spraying networks after a cut still shows the cut).
 *
 * Evade: keep one client family and one network for an account's whole life (then its per-account links and
 * fingerprints keep counting), rotate only one of the two at a time, or retire the account and use a new one for each
 * identity (each costs a fresh or aged account, and its first requests are judged from sign-up: signup-score.ts).
 */

export const ERA_CLIENT = 0;
export const ERA_NETWORK = 1;
export type EraKind = typeof ERA_CLIENT | typeof ERA_NETWORK;

/** Numbers per entry: kind, key, first, last, count. */
const STRIDE = 5;
/** Entries kept per kind; keys past them are pooled in one more entry (key REST) spanning all their uses. */
export const MAX_ERAS = 6;
const REST = 0;
/** Requests an account needs on each side of a cut-over for it to count (its work continued across it). */
export const MIN_SIDE_REQUESTS = 5;

/** 32-bit FNV-1a hash of a key (never 0). */
export function eraKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

/** The client family of an observation's client (`family|tls`): the part before the TLS stack. */
export function clientFamily(client: string): string {
  const bar = client.indexOf('|');
  return bar < 0 ? client : client.slice(0, bar);
}

/** Counts `count` uses of `key` of `kind` seen first at `first` and last at `last` in the flat list. */
export function addEra(list: number[], kind: EraKind, key: number, first: number, last: number, count = 1): void {
  let held = 0;
  let rest = -1;
  for (let i = 0; i < list.length; i += STRIDE) {
    if (list[i] !== kind) continue;
    if (list[i + 1] === key) return extend(list, i, first, last, count);
    if (list[i + 1] === REST) rest = i;
    held++;
  }
  if (held < MAX_ERAS) list.push(kind, key, first, last, count);
  else if (rest >= 0) extend(list, rest, first, last, count);
  else list.push(kind, REST, first, last, count);
}

function extend(list: number[], i: number, first: number, last: number, count: number): void {
  if (first < list[i + 2]!) list[i + 2] = first;
  if (last > list[i + 3]!) list[i + 3] = last;
  list[i + 4]! += count;
}

/** Gaps in one kind's use: moments before which every entry had ended and after which every other begins. */
function gaps(list: readonly number[], kind: EraKind): { from: number; to: number; before: number; after: number }[] {
  const entries: { first: number; last: number; count: number }[] = [];
  for (let i = 0; i < list.length; i += STRIDE) {
    if (list[i] !== kind) continue;
    entries.push({ first: list[i + 2]!, last: list[i + 3]!, count: list[i + 4]! });
  }
  entries.sort((x, y) => x.first - y.first);
  const total = entries.reduce((s, e) => s + e.count, 0);
  const out: { from: number; to: number; before: number; after: number }[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  let before = 0;
  for (let k = 0; k + 1 < entries.length; k++) {
    lastEnd = Math.max(lastEnd, entries[k]!.last);
    before += entries[k]!.count;
    const next = entries[k + 1]!.first;
    if (lastEnd < next) out.push({ from: lastEnd, to: next, before, after: total - before });
  }
  return out;
}

/**
 * The moment (epoch ms, the middle of the shared gap) at which the account cut over from all its client families and
 * networks to new ones, with at least MIN_SIDE_REQUESTS requests on each side; null when it did not.
 */
export function cutOver(list: readonly number[]): number | null {
  const clients = gaps(list, ERA_CLIENT);
  const networks = gaps(list, ERA_NETWORK);
  for (const c of clients) {
    if (c.before < MIN_SIDE_REQUESTS || c.after < MIN_SIDE_REQUESTS) continue;
    for (const n of networks) {
      const from = Math.max(c.from, n.from);
      const to = Math.min(c.to, n.to);
      if (from < to) return (from + to) / 2;
    }
  }
  return null;
}

/** The key of the most used entry of one kind (never the pooled one) with its count; [0, 0] when there is none. */
export function mostUsed(list: readonly number[], kind: EraKind): [key: number, count: number] {
  let key = REST;
  let count = 0;
  for (let i = 0; i < list.length; i += STRIDE) {
    if (list[i] === kind && list[i + 1] !== REST && list[i + 4]! > count) {
      key = list[i + 1]!;
      count = list[i + 4]!;
    }
  }
  return [key, count];
}

/** Adds another shard's eras of the same account (its pooled entry joins this one's). */
export function mergeEras(into: number[], other: readonly number[]): void {
  for (let i = 0; i < other.length; i += STRIDE) addEra(into, other[i] as EraKind, other[i + 1]!, other[i + 2]!, other[i + 3]!, other[i + 4]!);
}
