/**
 * Duplicate interactions in a replay: a log delivered twice, or an at-least-once pipeline's redelivery, repeats request
 * ids. An id seen again is dropped and counted, exactly (ids are compared as strings, never hashed), within a window of
 * event time behind the newest applied interaction (default 30 days) and at most `maxIds` remembered ids (default one
 * million, about 100 MB): past either bound the oldest ids are forgotten, and a copy arriving later than that is
 * replayed as a distinct request. Policy in docs/dataset-format.md, "Duplicate ids".
 */

export interface DuplicateOptions {
  /** Event time behind the newest applied interaction for which ids are remembered (default 30 days). */
  windowMs?: number;
  /** Most ids remembered at once (default 1,000,000). */
  maxIds?: number;
}

export const DEFAULT_DUPLICATE_WINDOW_MS = 30 * 24 * 3_600_000;
export const DEFAULT_DUPLICATE_MAX_IDS = 1_000_000;

export interface DuplicateStats {
  /** Interactions dropped because their id had already been replayed. */
  dropped: number;
  windowMs: number;
  maxIds: number;
  /** Ids forgotten before the window passed them because `maxIds` was reached (0: the window held throughout). */
  forgottenEarly: number;
}

export class DuplicateFilter {
  private readonly seen = new Set<string>();
  /**
   * Ids in the order first seen (replay order, so nearly event-time order), from `head` to `tail`, with the time of
   * each in `times` at the same place: the oldest are forgotten first, without a lookup of their time by id.
   */
  private ids: (string | undefined)[] = [];
  private times = new Float64Array(1024);
  private head = 0;
  private tail = 0;
  private readonly windowMs: number;
  private readonly maxIds: number;
  private dropped = 0;
  private forgottenEarly = 0;

  constructor(options: DuplicateOptions = {}) {
    this.windowMs = options.windowMs ?? DEFAULT_DUPLICATE_WINDOW_MS;
    this.maxIds = Math.max(1, options.maxIds ?? DEFAULT_DUPLICATE_MAX_IDS);
  }

  /** True (and counted) when `id` was already replayed; otherwise remembers it. `now`: newest event time applied. */
  repeated(id: string, ts: number, now: number): boolean {
    if (this.seen.has(id)) {
      this.dropped++;
      return true;
    }
    this.seen.add(id);
    if (this.tail === this.times.length) this.makeRoom();
    this.ids[this.tail] = id;
    this.times[this.tail++] = ts;
    this.forget(Math.max(now, ts) - this.windowMs);
    return false;
  }

  private forget(before: number): void {
    while (this.head < this.tail) {
      const expired = this.times[this.head]! < before;
      if (!expired && this.seen.size <= this.maxIds) break;
      if (!expired) this.forgottenEarly++;
      this.seen.delete(this.ids[this.head]!);
      this.ids[this.head++] = undefined;
    }
  }

  /** The buffer is full up to its end: the live ids move to its start when at least half is free, else it grows. */
  private makeRoom(): void {
    const live = this.tail - this.head;
    if (this.head * 2 >= this.times.length) {
      this.ids.copyWithin(0, this.head, this.tail);
      this.ids.fill(undefined, live, this.tail);
      this.times.copyWithin(0, this.head, this.tail);
    } else {
      const times = new Float64Array(this.times.length * 2);
      times.set(this.times.subarray(this.head, this.tail));
      this.times = times;
      this.ids = this.ids.slice(this.head, this.tail);
    }
    this.head = 0;
    this.tail = live;
  }

  get stats(): DuplicateStats {
    return { dropped: this.dropped, windowMs: this.windowMs, maxIds: this.maxIds, forgottenEarly: this.forgottenEarly };
  }
}
