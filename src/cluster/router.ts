/**
 * The router's half of the protocol: registrations and observations in, one `input` message per account shard per
 * time step out. Observations must come in time order (the replay's reorder buffer, or a gateway's clock); each gets
 * the next seq, the one replay order every shard sorts by. Used by `analyze --shards` (sharded-replay.ts) and by
 * anything that feeds a cluster of `distillguard worker`s over NATS.
 */
import { StepSchedule } from '../engine/time-order.js';
import type { Account } from '../dataset/types.js';
import type { Observation } from '../engine/observation.js';
import { accountShard, split, type ClusterMessage, type Registration } from './messages.js';

export class StepRouter {
  private registrations: Registration[][];
  private obs: { seq: number; o: Observation }[][];
  private readonly steps: StepSchedule;
  private readonly flushStep = (step: number): void => this.flush(step);
  private seq = 0;
  private ord = 0;
  private prev: number | null = null;
  /** Steps sent so far, in order. */
  readonly sent: number[] = [];

  constructor(
    private readonly shards: number,
    cadenceMs: number,
    private readonly send: (m: ClusterMessage) => void,
  ) {
    this.steps = new StepSchedule(cadenceMs);
    this.registrations = Array.from({ length: shards }, () => []);
    this.obs = Array.from({ length: shards }, () => []);
  }

  /** A registered account (`signupPrefix`: the network prefix of its sign-up address, when it has one). */
  register(account: Account, signupPrefix: string | null): void {
    this.registrations[accountShard(account.account_id, this.shards)]!.push({ ord: this.ord++, account, signupPrefix });
  }

  /** Steps not sent because they fell in an empty stretch of event time (as in replay.ts). */
  get skipped(): number {
    return this.steps.skipped;
  }

  /** An observation, in time order (`appliedUpTo`: the latest time applied before it): the steps it passes go first. */
  push(o: Observation, appliedUpTo = Number.NEGATIVE_INFINITY): void {
    this.steps.advance(o.ts, appliedUpTo, this.flushStep);
    this.obs[accountShard(o.account, this.shards)]!.push({ seq: this.seq++, o });
  }

  /** Sends the last step (the one holding the latest observations); returns it, or null when nothing was pushed. */
  finish(): number | null {
    return this.steps.finish(this.flushStep);
  }

  private flush(step: number): void {
    for (let k = 0; k < this.shards; k++) for (const m of split('input', step, 0, k, { prev: this.prev, accounts: this.registrations[k]!, obs: this.obs[k]! })) this.send(m);
    this.registrations = Array.from({ length: this.shards }, () => []);
    this.obs = Array.from({ length: this.shards }, () => []);
    this.prev = step;
    this.sent.push(step);
  }
}
