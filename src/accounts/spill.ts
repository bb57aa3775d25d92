/**
 * Idle accounts on disk. An account with no request for a while keeps its counters in memory (a row of the engine's
 * counter table: the cross-account step reads `n` and friends of every account each step) but its collections —
 * histograms, item set, frame table, days, ASNs, model uses: most of an account's memory — go to an append-only scratch
 * file and come back, transparently, the first time anything reads them (AccountState loads itself; accounts/state.ts).
 * A provider's accounts are mostly idle on any given day, so memory follows the active accounts, not all accounts ever
 * seen.
 *
 * The record of an account is its collection fields found generically (every own field of the state holding an object:
 * the holder of its collections, and any field added later), encoded with V8's serializer; Maps, Sets and class
 * instances are tagged, and a class must be registered here (an unknown one fails loudly at the first spill instead of
 * coming back as a plain object). A field added to the state later is spilled with the others without a change here.
 *
 * The file is scratch space, not a checkpoint: it is unlinked as soon as it is opened (the open descriptor keeps it
 * until the process ends, so nothing is left behind by a crash) and compacted when more than half of it is stale.
 */
import { closeSync, mkdirSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { randomBytes } from 'node:crypto';
import { U32Counts } from '../collections/u32-counts.js';
import { U32Set } from '../collections/u32-set.js';
import { DistillguardError } from '../errors.js';
import type { AccountState } from './state.js';

/** Where idle accounts go: nowhere (all in memory), or a scratch file in `dir` after `afterMs` of event time idle. */
export type SpillOptions = { kind: 'off' } | { kind: 'disk'; dir: string; afterMs: number };

const HOUR = 3_600_000;
/** Longest event time between two passes that spill idle accounts (shorter when the idle threshold is). */
const SPILL_PASS_MS = 6 * HOUR;

export interface SpillStats {
  /** Accounts whose collections are on disk now. */
  spilled: number;
  /** Accounts written out so far, and read back. */
  writes: number;
  reloads: number;
  /** Bytes of the scratch file, and of those the live records. */
  fileBytes: number;
  liveBytes: number;
  compactions: number;
}

/** Classes a state's collections may hold, by name (the tag their records carry). */
const CLASSES: ReadonlyMap<string, { prototype: object }> = new Map<string, { prototype: object }>([
  ['U32Set', U32Set],
  ['U32Counts', U32Counts],
]);
const CLASS_TAG = '\u0000class';

function encodeValue(v: unknown, path: string): unknown {
  if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return v;
  if (Array.isArray(v)) return v.map((x, i) => encodeValue(x, `${path}[${i}]`));
  if (v instanceof Map) return { [CLASS_TAG]: 'Map', entries: [...v].map(([k, x]) => [encodeValue(k, `${path}.key`), encodeValue(x, `${path}.get(${String(k)})`)]) };
  if (v instanceof Set) return { [CLASS_TAG]: 'Set', entries: [...v].map((x) => encodeValue(x, `${path}.member`)) };
  const proto = Object.getPrototypeOf(v) as object | null;
  const name = proto === Object.prototype ? null : (proto?.constructor?.name ?? '?');
  if (name !== null && CLASSES.get(name)?.prototype !== proto) {
    throw new DistillguardError('INTERNAL', `account spill: ${path} holds a ${name}, which accounts/spill.ts cannot encode (register its class there)`);
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = encodeValue(x, `${path}.${k}`);
  if (name !== null) out[CLASS_TAG] = name;
  return out;
}

function decodeValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return v;
  if (Array.isArray(v)) return v.map(decodeValue);
  const o = v as Record<string, unknown>;
  const name = o[CLASS_TAG] as string | undefined;
  if (name === 'Map') return new Map((o.entries as [unknown, unknown][]).map(([k, x]) => [decodeValue(k), decodeValue(x)]));
  if (name === 'Set') return new Set((o.entries as unknown[]).map(decodeValue));
  const out = (name !== undefined ? Object.create(CLASSES.get(name)!.prototype) : {}) as Record<string, unknown>;
  for (const [k, x] of Object.entries(o)) if (k !== CLASS_TAG) out[k] = decodeValue(x);
  return out;
}

/** One account's collection fields as bytes (`path` names the account in errors). */
export function encodeFields(fields: Record<string, unknown>, path: string): Buffer {
  return serialize(encodeValue(fields, path));
}

export function decodeFields(bytes: Uint8Array): Record<string, unknown> {
  return decodeValue(deserialize(bytes)) as Record<string, unknown>;
}

/** Writes are gathered and flushed in one write per this many bytes (or when a record is read back). */
const FLUSH_BYTES = 1 << 20;
/** The file is compacted when its stale bytes exceed its live ones and this much (default). */
const COMPACT_MIN_STALE = 64 << 20;

/** The append-only scratch file of spilled records; offsets are kept by the accounts themselves. */
export class AccountStore {
  private fd: number;
  private readonly dir: string;
  /** Bytes written to the file, and gathered but not yet written. */
  private flushed = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  liveBytes = 0;
  /** Accounts out now (AccountState keeps this count). */
  spilled = 0;
  writes = 0;
  reloads = 0;
  compactions = 0;
  /** The engine's clock, in hours: when a record was read back (recently read accounts are not spilled again). */
  hour = 0;

  private readonly compactMinStale: number;

  constructor(dir: string, options: { compactMinStale?: number } = {}) {
    this.dir = dir;
    this.compactMinStale = options.compactMinStale ?? COMPACT_MIN_STALE;
    this.fd = AccountStore.open(dir);
  }

  private static open(dir: string): number {
    try {
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `accounts-${process.pid}-${randomBytes(4).toString('hex')}.spill`);
      const fd = openSync(path, 'w+', 0o600);
      unlinkSync(path);
      return fd;
    } catch (e) {
      throw new DistillguardError('IO', `account spill directory ${dir}: ${(e as Error).message}`, { cause: e });
    }
  }

  get fileBytes(): number {
    return this.flushed + this.pendingBytes;
  }

  /** Appends a record; returns its offset. */
  append(record: Buffer): number {
    const at = this.fileBytes;
    this.pending.push(record);
    this.pendingBytes += record.length;
    this.liveBytes += record.length;
    this.writes++;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return at;
  }

  read(at: number, length: number): Buffer {
    if (at + length > this.flushed) this.flush();
    const out = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, out, done, length - done, at + done);
      if (n === 0) throw new DistillguardError('IO', `account spill file: record at ${at} (${length} bytes) cut short`);
      done += n;
    }
    return out;
  }

  /** A record no account points to any more. */
  release(length: number): void {
    this.liveBytes -= length;
  }

  flush(): void {
    if (this.pendingBytes === 0) return;
    const all = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    let done = 0;
    while (done < all.length) done += writeSync(this.fd, all, done, all.length - done, this.flushed + done);
    this.flushed += all.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  get needsCompaction(): boolean {
    const stale = this.fileBytes - this.liveBytes;
    return stale > this.liveBytes && stale > this.compactMinStale;
  }

  /**
   * Copies the live records to a fresh file: `records` yields each (offset, length) pointed to and takes its new
   * offset back.
   */
  compact(records: (move: (at: number, length: number) => number) => void): void {
    this.flush();
    const old = this.fd;
    const oldRead = (at: number, length: number): Buffer => {
      const b = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) done += readSync(old, b, done, length - done, at + done);
      return b;
    };
    this.fd = AccountStore.open(this.dir);
    this.flushed = 0;
    this.liveBytes = 0;
    const writes = this.writes;
    records((at, length) => this.append(oldRead(at, length)));
    this.writes = writes;
    this.flush();
    closeSync(old);
    this.compactions++;
  }

  stats(): SpillStats {
    return { spilled: this.spilled, writes: this.writes, reloads: this.reloads, fileBytes: this.fileBytes, liveBytes: this.liveBytes, compactions: this.compactions };
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Closed already.
    }
  }
}

/**
 * The spilling policy of one holder of account states (the engine, an account shard): its store, and a pass at a
 * step's end that moves to disk the collections of accounts idle for the threshold — no request, and not read back by
 * the cross-account step either (an account the step keeps reading, say a campaign member, would only come straight
 * back) — and compacts the scratch file when most of it is stale.
 */
export class IdleSpiller {
  /** Null when spilling is off. */
  readonly store: AccountStore | null;
  private readonly afterMs: number;
  private last = Number.NEGATIVE_INFINITY;

  constructor(options: SpillOptions) {
    if (options.kind === 'disk' && !(options.afterMs >= 0)) throw new DistillguardError('USAGE', `the idle time before an account is spilled must be 0 or more, got ${options.afterMs} ms`);
    this.store = options.kind === 'disk' ? new AccountStore(options.dir) : null;
    this.afterMs = options.kind === 'disk' ? options.afterMs : Number.POSITIVE_INFINITY;
  }

  /** Sets the store's clock (what `lastLoadedHour` is read against) to the step at `now`. */
  clock(now: number): void {
    if (this.store) this.store.hour = Math.floor(now / HOUR);
  }

  /** Spills the idle accounts among `states()` (called again to relocate records if the file is compacted). */
  pass(now: number, states: () => Iterable<AccountState>): void {
    const store = this.store;
    if (!store || now - this.last < Math.min(SPILL_PASS_MS, this.afterMs)) return;
    this.last = now;
    const cutoff = now - this.afterMs;
    const cutoffHour = Math.floor(cutoff / HOUR);
    for (const s of states()) if (s.n > 0 && !s.spilled && s.last < cutoff && s.lastLoadedHour < cutoffHour) s.spill(store);
    store.flush();
    if (store.needsCompaction) store.compact((move) => { for (const s of states()) s.relocate(move); });
  }
}
