/**
 * Sub-teams of one operation joined by their wording: each composes its prompts from one phrasing grammar (openings,
 * instructions, closings picked per request), so the prompt frames (a prompt's first and last words with its system
 * prompt: engine/text-signals.ts frameHashes) that several members of one campaign use recur in the other, whatever
 * client stack, network or card each sub-team has.
 *
 * A campaign's wording is the frames two or more of its members used: an item drawn once from a queue is no wording,
 * a wrapper picked from a grammar recurs across members. Two campaigns are one operation's sub-teams when each uses a
 * large share (MIN_WORDING_SHARE) of the other's wording, and at least MIN_SHARED_FRAMES of those frames: another
 * operation harvesting the same skill phrases it its own way and shares at most a few frames (public items asked by
 * several members of both, a common phrase); requiring the share in both directions keeps a small campaign whose few
 * repeated frames happen to recur in a large one from being joined to it. Only campaigns already flagged on their own
 * evidence are joined: this makes one case of several, it never flags.
 *
 * Evade: give each sub-team its own grammar (no wrapper in common), or paraphrase every request with a model. The
 * sub-teams are then reported apart, each still flagged on its own evidence. Two operations that copy one public
 * prompt toolkit's templates verbatim would be reported as one (the case file names the link and its figures).
 */
import type { AccountState } from '../accounts/state.js';

/** Share of each campaign's wording the other must use. */
export const MIN_WORDING_SHARE = 0.25;
/** Frames of each campaign's wording the other must use (fewer: a coincidence of a few phrases or items). */
export const MIN_SHARED_FRAMES = 5;
/** Members of a campaign who must use a frame for it to be the campaign's wording. */
const WORDING_MEMBERS = 2;

/** A flagged campaign as this link reads it. */
export interface WordingCandidate {
  id: string;
  members: readonly number[];
}

/** Two campaigns with one wording: ids by campaign id order, and the shares of each one's wording the other uses. */
export interface WordingLink {
  younger: string;
  older: string;
  /** In words, for the case file (`31 of 40 and 25 of 37 repeated frames in common`). */
  detail: string;
}

/** Each account's frame uses (AccountState.frames). */
export type FramesOf = (a: number) => Pick<AccountState['frames'], 'forEach'>;

interface Described {
  id: string;
  /** Frames two or more members used. */
  wording: Set<number>;
  /** Every frame a member used. */
  used: Set<number>;
}

/** Pairs of campaigns that share one wording by the rule above. */
export function wordingLinks(campaigns: readonly WordingCandidate[], framesOf: FramesOf): WordingLink[] {
  const described: Described[] = campaigns
    .map((c) => describe(c, framesOf))
    .filter((d) => d.wording.size >= MIN_SHARED_FRAMES)
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  const links: WordingLink[] = [];
  for (let i = 0; i < described.length; i++) {
    for (let j = i + 1; j < described.length; j++) {
      const x = described[i]!;
      const y = described[j]!;
      const xInY = countIn(x.wording, y.used);
      const yInX = countIn(y.wording, x.used);
      if (!enough(xInY, x.wording.size) || !enough(yInX, y.wording.size)) continue;
      links.push({ younger: y.id, older: x.id, detail: `${yInX} of ${y.wording.size} and ${xInY} of ${x.wording.size} repeated frames in common` });
    }
  }
  return links;
}

function describe(c: WordingCandidate, framesOf: FramesOf): Described {
  const users = new Map<number, number>();
  for (const a of c.members) framesOf(a).forEach((_uses, frame) => void users.set(frame, (users.get(frame) ?? 0) + 1));
  const wording = new Set<number>();
  for (const [frame, n] of users) if (n >= WORDING_MEMBERS) wording.add(frame);
  return { id: c.id, wording, used: new Set(users.keys()) };
}

function countIn(xs: ReadonlySet<number>, ys: ReadonlySet<number>): number {
  let n = 0;
  for (const x of xs) if (ys.has(x)) n++;
  return n;
}

function enough(shared: number, of: number): boolean {
  return shared >= MIN_SHARED_FRAMES && shared >= MIN_WORDING_SHARE * of;
}
