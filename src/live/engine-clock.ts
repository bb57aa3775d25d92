/**
 * When the engine's cross-account step runs. Live traffic steps on the wall clock (every N ms of
 * real time, with `nowMs = Date.now()`); a replay of recorded or simulated traffic steps on event
 * time: every N minutes of the interactions' own timestamps, exactly like `analyze` does, so the
 * engine sees the world's clock however fast the replay runs. Shared by the gateway's worker thread
 * and `distillguard worker`.
 */
import type { PolicyConfig } from '../policy/config.js';

export type StepClock = { kind: 'wall'; stepMs: number } | { kind: 'event'; stepMs: number };

/** The step clock a policy asks for. */
export function stepClockOf(policy: PolicyConfig): StepClock {
  return policy.engine.clock === 'event'
    ? { kind: 'event', stepMs: Math.round(policy.engine.event_step_minutes * 60_000) }
    : { kind: 'wall', stepMs: policy.engine.wall_step_ms };
}

/** A forged or broken timestamp must not make the engine run millions of empty steps. */
const MAX_STEPS_AT_ONCE = 10_000;

/**
 * Event-time stepper: before ingesting an interaction at `tsMs`, `due(tsMs)` returns the step times
 * (boundaries of `stepMs`) passed since the last call, in order. Late interactions (older than the
 * last step) return nothing and are applied as they come, as in offline replay.
 */
export class EventStepper {
  private next = Number.NaN;
  private latest = Number.NEGATIVE_INFINITY;
  private dirty = false;
  constructor(readonly stepMs: number) {}

  /** The next step boundary, or null before the first interaction. */
  get pending(): number | null {
    return Number.isNaN(this.next) ? null : this.next;
  }

  due(tsMs: number): number[] {
    if (!Number.isFinite(tsMs)) return [];
    this.dirty = true;
    if (tsMs > this.latest) this.latest = tsMs;
    const step = this.stepMs;
    if (Number.isNaN(this.next)) {
      this.next = Math.floor(tsMs / step) * step + step;
      return [];
    }
    if (tsMs < this.next) return [];
    const n = Math.floor((tsMs - this.next) / step) + 1;
    if (n > MAX_STEPS_AT_ONCE) {
      // Jump: one step at the boundary just before tsMs stands for the whole gap.
      const at = Math.floor(tsMs / step) * step;
      this.next = at + step;
      return [at];
    }
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(this.next + i * step);
    this.next += n * step;
    return out;
  }

  /**
   * Traffic went idle or the engine stops: the time of an extra step as of the latest interaction
   * seen, once per burst of traffic (null when nothing arrived since the last flush). It does not
   * move the boundaries, so the regular steps stay on the hour however the traffic pauses.
   */
  flush(): number | null {
    if (!this.dirty) return null;
    this.dirty = false;
    return this.latest;
  }
}
