/**
 * Follow-up turns take their thread's capability. "Now do it in Rust", "why?", "continue" carry no capability of
 * their own text; the conversation they continue does. Called on each observation in time order (the replay's order,
 * the gateway's arrival order), before the account step counts it and before forensics records it.
 *
 * A thread is (account, conversation id): conversation ids are chosen by clients, so two accounts' ids never mix. A
 * request whose text carries a capability sets its thread's (the latest explicit ask wins: a thread that moves from
 * maths to code follows the code); a request whose text says `other` takes its thread's capability when it is a
 * follow-up: its turn is above 1, or unnumbered in a conversation seen before. A turn 1 starts the thread afresh.
 *
 * Memory is bounded: two generations of at most `capacity` threads each; a thread idle for a whole generation is
 * forgotten (its follow-ups then keep their own tag). Evasion: an operator that never sends a conversation id gets
 * nothing from this (nor loses anything: its follow-ups were `other` before).
 */
import { CAPABILITIES, type Observation } from './observation.js';

const OTHER = CAPABILITIES.indexOf('other');

/** Capabilities are indices into CAPABILITIES, as in an Observation. */
export class ThreadCapabilities {
  private current = new Map<string, number>();
  private previous = new Map<string, number>();

  constructor(private readonly capacity = 1 << 20) {}

  /** The capability to count for a request of this thread whose own text says `own`. */
  tag(account: string, conversation: string | null, turn: number | null, own: number): number {
    if (conversation === null) return own;
    const key = `${account}\u0000${conversation}`;
    if (own !== OTHER) {
      this.remember(key, own);
      return own;
    }
    if (turn !== null && turn <= 1) {
      this.current.delete(key);
      this.previous.delete(key);
      return own;
    }
    let thread = this.current.get(key);
    if (thread === undefined) {
      thread = this.previous.get(key);
      if (thread !== undefined) this.remember(key, thread);
    }
    return thread ?? own;
  }

  /** Sets an observation's capability from its thread (see `tag`). */
  resolve(o: Observation): void {
    o.capability = this.tag(o.account, o.conversation, o.turn, o.capability);
  }

  private remember(key: string, value: number): void {
    if (this.current.size >= this.capacity && !this.current.has(key)) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
