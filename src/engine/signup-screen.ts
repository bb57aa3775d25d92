/**
 * When a registered account is scored at sign-up (campaigns/signup-score.ts): at the moment the engine's clock reaches
 * its sign-up time, against the campaigns confirmed at the last step before that moment.
 *
 * Live, an account is registered as it signs up, and is scored at once (its registration time is the present). A
 * replay registers every account of the dataset before the first request, when nothing is known yet; scoring them
 * then finds nothing, and scoring them against the final campaigns would be hindsight. So each waits here until the
 * replay clock (a step, or any request) passes its `created_at`, or until its own first request if that comes first
 * (a log whose first request precedes the sign-up), and is scored then, against the campaigns of the step before.
 * An account created before a campaign was confirmed is therefore never matched to it here: it is the campaign step's
 * to judge once it acts, as it would have been live.
 */
import type { AccountInfo } from '../campaigns/links.js';
import { SignupIndex, type SignupMatch } from '../campaigns/signup-score.js';
import { MinHeap } from './heap.js';

/** A match and the time the engine would have made it (epoch ms). */
export interface TimedSignupMatch {
  info: AccountInfo;
  match: SignupMatch;
  at: number;
}

export class SignupScreen {
  readonly index = new SignupIndex();
  /** Registered accounts whose sign-up time the clock has not reached, by sign-up time. */
  private readonly waiting = new MinHeap<AccountInfo>();
  /** Indices of the accounts in `waiting` not yet scored (scored early at a first request, they stay in the heap). */
  private readonly unscored = new Set<number>();
  /** The latest time the engine has reached: a step, a request, or a live registration. */
  private clock = Number.NEGATIVE_INFINITY;

  /**
   * A newly registered account: scored now when its sign-up time has been reached (`now`, a live engine's present,
   * or the engine's clock), else kept until it is. A match made now is dated now: the registration time or the
   * engine's present, whichever is later.
   */
  register(info: AccountInfo, now?: number): TimedSignupMatch | null {
    if (now !== undefined && now > this.clock) this.clock = now;
    // A sign-up time that does not parse is taken as the present (when there is one yet).
    if (Number.isNaN(info.createdAt)) return Number.isFinite(this.clock) ? this.scored(info, this.clock) : null;
    if (info.createdAt <= this.clock) return this.scored(info, this.clock);
    this.waiting.push(info.createdAt, info);
    this.unscored.add(info.index);
    return null;
  }

  /** The earliest sign-up time still waiting (+∞ when none): a request before it has nothing to score. */
  get nextDue(): number {
    return this.waiting.peekKey();
  }

  /** Scores the waiting accounts whose sign-up time is at or before `t`, each as of its sign-up time. */
  due(t: number): TimedSignupMatch[] {
    if (t > this.clock) this.clock = t;
    const out: TimedSignupMatch[] = [];
    while (this.waiting.size > 0 && this.waiting.peekKey() <= t) {
      const info = this.waiting.pop()!;
      if (!this.unscored.delete(info.index)) continue;
      const m = this.scored(info, info.createdAt);
      if (m) out.push(m);
    }
    return out;
  }

  /** An account's first request at `ts`, before its sign-up time was reached: it is scored now. */
  firstRequest(info: AccountInfo | undefined, ts: number): TimedSignupMatch | null {
    if (!info || !this.unscored.delete(info.index)) return null;
    return this.scored(info, ts);
  }

  private scored(info: AccountInfo, at: number): TimedSignupMatch | null {
    const match = this.index.score(info);
    return match ? { info, match, at } : null;
  }
}
