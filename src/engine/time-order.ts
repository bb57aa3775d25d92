/**
 * Event-time order for a replay, shared by the one engine (replay.ts) and the sharded one (cluster/sharded-replay.ts):
 * a reorder buffer that releases observations once they are `lateness` older than the newest seen (after probing the
 * first records, an input found out of order is buffered whole and sorted), drops repeated interaction ids, and a
 * step schedule that runs the cross-account step every `cadence` ms of event time and jumps over empty stretches.
 */
import { DistillguardError } from '../errors.js';
import { DuplicateFilter, type DuplicateOptions, type DuplicateStats } from './duplicates.js';
import { MinHeap } from './heap.js';
import type { Observation } from './observation.js';
import type { ObservationRun } from './observation-batch.js';

/** A batch as a source hands it over: observations built, or built as they are taken (observation-batch.ts). */
export type ObservationBatch = readonly Observation[] | ObservationRun;

/**
 * The reorder buffer holds references, not observations: batch number × REF_SPAN + position in the batch. A batch
 * built at take time is built only as it is released (its objects die young).
 */
const REF_SPAN = 1 << 21;

/** Records looked at before deciding whether the input is time-ordered. */
const PROBE = 50_000;
/**
 * How long steps keep running through a stretch with no interactions before the clock jumps to the next interaction:
 * longer than any horizon of the engine (links are forgotten after 14 idle days), so the state has settled and the
 * skipped steps would change nothing but the time. Replays without such gaps take every step.
 */
export const SETTLE_MS = 15 * 24 * 3_600_000;

export class TimeOrder {
  private readonly heap = new MinHeap<number>();
  /** Batches with observations still held, from batch number `firstBatch` on, and how many each still has held. */
  private held: (ObservationBatch | undefined)[] = [];
  private heldCounts: number[] = [];
  private firstBatch = 0;
  private batchesAdded = 0;
  private readonly duplicates: DuplicateFilter;
  private lateness: number;
  private maxSeen = Number.NEGATIVE_INFINITY;
  private probing = true;
  private disorder = 0;
  private prevTs = Number.NEGATIVE_INFINITY;
  read = 0;
  /** Observations applied behind one already applied (arrived later than the lateness allowed). */
  lateApplied = 0;
  appliedUpTo = Number.NEGATIVE_INFINITY;
  firstTs = Number.POSITIVE_INFINITY;
  lastTs = Number.NEGATIVE_INFINITY;

  /** `release` gets each observation in order, with the latest time applied before it. */
  constructor(
    latenessMs: number,
    duplicates: DuplicateOptions | undefined,
    private readonly release: (o: Observation, appliedBefore: number) => void,
  ) {
    this.lateness = latenessMs;
    this.duplicates = new DuplicateFilter(duplicates);
  }

  /** Takes a batch and releases what is now old enough. */
  add(batch: ObservationBatch): void {
    const run = 'take' in batch ? batch : null;
    const list = run ? null : (batch as readonly Observation[]);
    const n = run ? run.count : list!.length;
    if (n >= REF_SPAN) {
      throw new DistillguardError('INTERNAL', `a batch of ${n} observations is more than the reorder buffer takes (${REF_SPAN - 1})`);
    }
    if (n > 0) {
      const base = this.batchesAdded++ * REF_SPAN;
      this.held.push(batch);
      this.heldCounts.push(n);
      for (let k = 0; k < n; k++) {
        const ts = run ? run.ts(k) : list![k]!.ts;
        if (ts < this.firstTs) this.firstTs = ts;
        if (ts > this.lastTs) this.lastTs = ts;
        if (this.probing && ts < this.prevTs - this.lateness) this.disorder++;
        this.prevTs = ts;
        this.heap.push(ts, base + k);
        if (ts > this.maxSeen) this.maxSeen = ts;
        this.read++;
        if (this.probing && this.read >= PROBE) {
          this.probing = false;
          if (this.disorder > PROBE * 0.001) this.lateness = Number.POSITIVE_INFINITY;
        }
      }
    }
    if (!this.probing) while (this.heap.size > 0 && this.heap.peekKey() <= this.maxSeen - this.lateness) this.emit(this.heap.pop()!);
  }

  /** The observation a reference stands for (built now if its batch builds on take); lets go of emptied batches. */
  private take(ref: number): Observation {
    const b = Math.floor(ref / REF_SPAN);
    const k = ref - b * REF_SPAN;
    const i = b - this.firstBatch;
    const batch = this.held[i]!;
    const o = 'take' in batch ? batch.take(k) : (batch as readonly Observation[])[k]!;
    if (--this.heldCounts[i]! === 0) {
      this.held[i] = undefined;
      while (this.held.length > 0 && this.held[0] === undefined) {
        this.held.shift();
        this.heldCounts.shift();
        this.firstBatch++;
      }
    }
    return o;
  }

  /** End of input: releases everything held; `every`, when given, is awaited every 20,000 releases (back-pressure). */
  async finish(every?: () => Promise<void>): Promise<void> {
    if (this.probing && this.disorder > this.read * 0.001) this.lateness = Number.POSITIVE_INFINITY;
    while (this.heap.size > 0) {
      this.emit(this.heap.pop()!);
      if (every && this.heap.size % 20_000 === 0) await every();
    }
  }

  /** Whether the input was released as it came (false: found out of order, buffered and sorted). */
  get sortedInput(): boolean {
    return this.lateness !== Number.POSITIVE_INFINITY;
  }

  get duplicateStats(): DuplicateStats {
    return this.duplicates.stats;
  }

  private emit(ref: number): void {
    const o = this.take(ref);
    if (this.duplicates.repeated(o.id, o.ts, this.appliedUpTo)) return;
    const before = this.appliedUpTo;
    if (o.ts < this.appliedUpTo) this.lateApplied++;
    else this.appliedUpTo = o.ts;
    this.release(o, before);
  }
}

/** The cross-account steps of a replay: every `cadence` ms of event time, jumping over stretches of SETTLE_MS. */
export class StepSchedule {
  private next = Number.NaN;
  /** Steps taken, and steps skipped in empty stretches. */
  taken = 0;
  skipped = 0;

  constructor(private readonly cadence: number) {}

  /** Takes the steps due before an observation at `ts` (`appliedBefore`: the latest time applied before it). */
  advance(ts: number, appliedBefore: number, step: (at: number) => void): void {
    const c = this.cadence;
    if (Number.isNaN(this.next)) this.next = Math.floor(ts / c) * c + c;
    while (ts >= this.next) {
      if (this.next - appliedBefore > SETTLE_MS) {
        // An empty stretch: jump to the last step due before this interaction.
        const last = Math.floor(ts / c) * c;
        if (last > this.next) {
          this.skipped += (last - this.next) / c;
          this.next = last;
        }
      }
      step(this.next);
      this.taken++;
      this.next += c;
    }
  }

  /** The last step, at the end of the data so the final stretch counts (null when nothing was seen). */
  finish(step: (at: number) => void): number | null {
    if (Number.isNaN(this.next)) return null;
    step(this.next);
    this.taken++;
    return this.next;
  }
}
