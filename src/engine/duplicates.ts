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

/** FNV-1a of a string, 32-bit (the table's probe start; ids are always compared in full). */
function idHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h | 0;
}

/**
 * Remembered ids in a ring, in the order first seen (replay order, so nearly event-time order), the oldest forgotten
 * first, with an open-addressing table (linear probing) from an id's hash to its ring slot. Nothing is allocated per
 * id beyond the id itself: a `Set` of a million strings churned at this rate rebuilt its backing store again and
 * again and was one of the largest costs of the thread that applies observations.
 */
export class DuplicateFilter {
  private ids: (string | undefined)[];
  private times: Float64Array;
  private hashes: Int32Array;
  /** Ring capacity (a power of two); slots head, head + 1, … (mod capacity) hold `count` ids. */
  private capacity: number;
  private head = 0;
  private count = 0;
  /** Ring slot + 1 of each id, at its hash's probe position; 0 is empty. Twice the ring's size: at most half full. */
  private table: Int32Array;
  private readonly windowMs: number;
  private readonly maxIds: number;
  private dropped = 0;
  private forgottenEarly = 0;

  constructor(options: DuplicateOptions = {}) {
    this.windowMs = options.windowMs ?? DEFAULT_DUPLICATE_WINDOW_MS;
    this.maxIds = Math.max(1, options.maxIds ?? DEFAULT_DUPLICATE_MAX_IDS);
    this.capacity = 1024;
    this.ids = new Array<string | undefined>(this.capacity).fill(undefined);
    this.times = new Float64Array(this.capacity);
    this.hashes = new Int32Array(this.capacity);
    this.table = new Int32Array(this.capacity * 2);
  }

  /** True (and counted) when `id` was already replayed; otherwise remembers it. `now`: newest event time applied. */
  repeated(id: string, ts: number, now: number): boolean {
    // The ring may grow before the look-up (a repeat then costs a grow it did not need; growth is rare).
    if (this.count === this.capacity) this.grow();
    const h = idHash(id);
    const table = this.table;
    const mask = table.length - 1;
    let i = h & mask;
    for (let e = table[i]!; e !== 0; e = table[i]!) {
      const s = e - 1;
      if (this.hashes[s] === h && this.ids[s] === id) {
        this.dropped++;
        return true;
      }
      i = (i + 1) & mask;
    }
    const slot = (this.head + this.count) & (this.capacity - 1);
    this.ids[slot] = id;
    this.times[slot] = ts;
    this.hashes[slot] = h;
    this.count++;
    table[i] = slot + 1;
    this.forget(Math.max(now, ts) - this.windowMs);
    return false;
  }

  private forget(before: number): void {
    while (this.count > 0) {
      const s = this.head;
      const expired = this.times[s]! < before;
      if (!expired && this.count <= this.maxIds) break;
      if (!expired) this.forgottenEarly++;
      this.unlink(s);
      this.ids[s] = undefined;
      this.head = (s + 1) & (this.capacity - 1);
      this.count--;
    }
  }

  /** Removes ring slot `s` from the table, shifting back the entries probed past it (no tombstones). */
  private unlink(s: number): void {
    const table = this.table;
    const mask = table.length - 1;
    let i = this.hashes[s]! & mask;
    while (table[i] !== s + 1) i = (i + 1) & mask;
    for (let j = (i + 1) & mask; table[j] !== 0; j = (j + 1) & mask) {
      const home = this.hashes[table[j]! - 1]! & mask;
      // The entry at j may move to the hole at i unless its home lies cyclically in (i, j].
      const stays = i <= j ? home > i && home <= j : home > i || home <= j;
      if (!stays) {
        table[i] = table[j]!;
        i = j;
      }
    }
    table[i] = 0;
  }

  /** Doubles the ring (ids keep their order from slot 0) and rebuilds the table. */
  private grow(): void {
    const capacity = this.capacity * 2;
    const ids = new Array<string | undefined>(capacity).fill(undefined);
    const times = new Float64Array(capacity);
    const hashes = new Int32Array(capacity);
    const table = new Int32Array(capacity * 2);
    const mask = table.length - 1;
    for (let k = 0; k < this.count; k++) {
      const s = (this.head + k) & (this.capacity - 1);
      ids[k] = this.ids[s];
      times[k] = this.times[s]!;
      hashes[k] = this.hashes[s]!;
      let i = hashes[k]! & mask;
      while (table[i] !== 0) i = (i + 1) & mask;
      table[i] = k + 1;
    }
    this.capacity = capacity;
    this.ids = ids;
    this.times = times;
    this.hashes = hashes;
    this.table = table;
    this.head = 0;
  }

  get stats(): DuplicateStats {
    return { dropped: this.dropped, windowMs: this.windowMs, maxIds: this.maxIds, forgottenEarly: this.forgottenEarly };
  }
}
