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
import { KeyIndex } from '../collections/key-index.js';
import { hash2Chars, hash2Finish, hash2Unit, HASH2_SEED } from '../collections/hash-table.js';
import { CAPABILITIES, type Observation } from './observation.js';

const OTHER = CAPABILITIES.indexOf('other');

/**
 * Capabilities are indices into CAPABILITIES, as in an Observation. A thread is kept as the 64-bit hash of
 * `account NUL conversation` (KeyIndex: typed arrays, no string per thread; a false match needs both 32-bit hashes
 * of two threads to collide), hashed piece by piece, so no key string is built per request.
 */
export class ThreadCapabilities {
  private current = new KeyIndex(1 << 12);
  private previous = new KeyIndex(1 << 12);
  private readonly key: [number, number] = [0, 0];

  constructor(private readonly capacity = 1 << 20) {}

  /** The capability to count for a request of this thread whose own text says `own`. */
  tag(account: string, conversation: string | null, turn: number | null, own: number): number {
    if (conversation === null) return own;
    const key = this.key;
    key[0] = HASH2_SEED[0];
    key[1] = HASH2_SEED[1];
    hash2Chars(key, account);
    hash2Unit(key, 0);
    hash2Chars(key, conversation);
    const [h, l] = hash2Finish(key);
    if (own !== OTHER) {
      this.remember(h, l, own);
      return own;
    }
    if (turn !== null && turn <= 1) {
      this.current.deleteHashed(h, l);
      this.previous.deleteHashed(h, l);
      return own;
    }
    let thread = this.current.getHashed(h, l);
    if (thread === -1) {
      thread = this.previous.getHashed(h, l);
      if (thread !== -1) this.remember(h, l, thread);
    }
    return thread === -1 ? own : thread;
  }

  /** Sets an observation's capability from its thread (see `tag`). */
  resolve(o: Observation): void {
    o.capability = this.tag(o.account, o.conversation, o.turn, o.capability);
  }

  private remember(h: number, l: number, value: number): void {
    if (this.current.size >= this.capacity && this.current.getHashed(h, l) === -1) {
      this.previous = this.current;
      this.current = new KeyIndex(1 << 12);
    }
    this.current.setHashed(h, l, value);
  }
}
