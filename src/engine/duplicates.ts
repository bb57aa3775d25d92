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
 * first, with an open-addressing table (linear probing) from an id's hash to its ring slot. An id's characters are
 * copied into a second ring of UTF-16 code units, filled and emptied in the same order, and compared from there in full:
 * no string and nothing else is kept per id. A `Set` of a million strings churned at this rate rebuilt its backing store
 * again and again, and ids kept as strings for the window were a steady stream of objects promoted to the old generation
 * and collected there a month of event time later: both were large costs of the thread that applies observations.
 */
export class DuplicateFilter {
  private times: Float64Array;
  private hashes: Int32Array;
  /** Where each slot's id starts in `chars` (mod its capacity), and its length in code units. */
  private starts: Int32Array;
  private lengths: Int32Array;
  /** Ring capacity (a power of two); slots head, head + 1, … (mod capacity) hold `count` ids. */
  private capacity: number;
  private head = 0;
  private count = 0;
  /** The ids' code units, oldest id first from `charHead` (a power-of-two ring holding `charCount` units). */
  private chars: Uint16Array;
  private charHead = 0;
  private charCount = 0;
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
    this.times = new Float64Array(this.capacity);
    this.hashes = new Int32Array(this.capacity);
    this.starts = new Int32Array(this.capacity);
    this.lengths = new Int32Array(this.capacity);
    this.chars = new Uint16Array(this.capacity * 32);
    this.table = new Int32Array(this.capacity * 2);
  }

  /** True (and counted) when `id` was already replayed; otherwise remembers it. `now`: newest event time applied. */
  repeated(id: string, ts: number, now: number): boolean {
    // The rings may grow before the look-up (a repeat then costs a grow it did not need; growth is rare).
    if (this.count === this.capacity) this.grow();
    if (this.charCount + id.length > this.chars.length) this.growChars(this.charCount + id.length);
    const h = idHash(id);
    const table = this.table;
    const mask = table.length - 1;
    let i = h & mask;
    for (let e = table[i]!; e !== 0; e = table[i]!) {
      const s = e - 1;
      if (this.hashes[s] === h && this.isId(s, id)) {
        this.dropped++;
        return true;
      }
      i = (i + 1) & mask;
    }
    const slot = (this.head + this.count) & (this.capacity - 1);
    const chars = this.chars;
    const charMask = chars.length - 1;
    const start = (this.charHead + this.charCount) & charMask;
    for (let k = 0; k < id.length; k++) chars[(start + k) & charMask] = id.charCodeAt(k);
    this.charCount += id.length;
    this.starts[slot] = start;
    this.lengths[slot] = id.length;
    this.times[slot] = ts;
    this.hashes[slot] = h;
    this.count++;
    table[i] = slot + 1;
    this.forget(Math.max(now, ts) - this.windowMs);
    return false;
  }

  /** Whether ring slot `s` holds `id` (compared code unit by code unit). */
  private isId(s: number, id: string): boolean {
    if (this.lengths[s] !== id.length) return false;
    const chars = this.chars;
    const charMask = chars.length - 1;
    const start = this.starts[s]!;
    for (let k = 0; k < id.length; k++) if (chars[(start + k) & charMask] !== id.charCodeAt(k)) return false;
    return true;
  }

  private forget(before: number): void {
    while (this.count > 0) {
      const s = this.head;
      const expired = this.times[s]! < before;
      if (!expired && this.count <= this.maxIds) break;
      if (!expired) this.forgottenEarly++;
      this.unlink(s);
      // The oldest id's characters are the oldest in their ring too.
      this.charHead = (this.charHead + this.lengths[s]!) & (this.chars.length - 1);
      this.charCount -= this.lengths[s]!;
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
    const times = new Float64Array(capacity);
    const hashes = new Int32Array(capacity);
    const starts = new Int32Array(capacity);
    const lengths = new Int32Array(capacity);
    const table = new Int32Array(capacity * 2);
    const mask = table.length - 1;
    for (let k = 0; k < this.count; k++) {
      const s = (this.head + k) & (this.capacity - 1);
      times[k] = this.times[s]!;
      hashes[k] = this.hashes[s]!;
      starts[k] = this.starts[s]!;
      lengths[k] = this.lengths[s]!;
      let i = hashes[k]! & mask;
      while (table[i] !== 0) i = (i + 1) & mask;
      table[i] = k + 1;
    }
    this.capacity = capacity;
    this.times = times;
    this.hashes = hashes;
    this.starts = starts;
    this.lengths = lengths;
    this.table = table;
    this.head = 0;
  }

  /** Grows the character ring to hold at least `needed` code units, oldest id first from position 0. */
  private growChars(needed: number): void {
    let size = this.chars.length * 2;
    while (size < needed) size *= 2;
    const chars = new Uint16Array(size);
    const old = this.chars;
    const oldMask = old.length - 1;
    let at = 0;
    for (let k = 0; k < this.count; k++) {
      const s = (this.head + k) & (this.capacity - 1);
      const start = this.starts[s]!;
      const length = this.lengths[s]!;
      for (let c = 0; c < length; c++) chars[at + c] = old[(start + c) & oldMask]!;
      this.starts[s] = at;
      at += length;
    }
    this.chars = chars;
    this.charHead = 0;
  }

  get stats(): DuplicateStats {
    return { dropped: this.dropped, windowMs: this.windowMs, maxIds: this.maxIds, forgottenEarly: this.forgottenEarly };
  }
}
