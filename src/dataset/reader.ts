/**
 * Streaming readers for `.jsonl`, `.jsonl.gz` and `.parquet` dataset files. Records come out in
 * batches (cheap to iterate at tens of millions of lines), validated against the spec; bad lines
 * go to the quarantine with file, line number and reason. Memory is bounded by one batch.
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { createGunzip } from 'node:zlib';
import { basename } from 'node:path';
import { isIP } from 'node:net';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { DistillguardError } from '../errors.js';
import { RAW_KEEP_CHARS, type QuarantineSink } from './quarantine.js';
import type { RecordKind, RecordOf } from './types.js';
import { canonicalTimestamp, validateRecord, type RejectReason } from './validate.js';
import { ColumnarInteractions, type EngineRecord } from './columnar.js';

/** Default limit on one line; anything longer is quarantined as `line_too_long` without being buffered whole. */
export const DEFAULT_MAX_LINE_BYTES = 1 << 22;

/**
 * Default plausibility window for interaction times, in days either side of the file's reference time (about ten
 * years). See docs/dataset-format.md, "Implausible timestamps".
 */
export const DEFAULT_MAX_TIME_SKEW_DAYS = 3653;

/** Valid interactions whose median time is the file's reference time (the first ones in file order). */
const TIME_REFERENCE_SAMPLE = 1024;

/** Rejected lines after which the reader hands back a batch even if it holds no records, so sinks drain as it goes. */
const REJECTS_PER_BATCH = 1024;

const GZIP_MAGIC = [0x1f, 0x8b] as const;
/** Compressed bytes handed to gunzip at a time. */
const GZIP_SLICE_BYTES = 1 << 18;
const BOM = [0xef, 0xbb, 0xbf] as const;

export interface ReadStats {
  file: string;
  read: number;
  accepted: number;
  quarantined: number;
}

export interface ReadOptions {
  quarantine?: QuarantineSink;
  maxLineBytes?: number;
  /** Records per yielded batch (default 4096). */
  batchSize?: number;
  /**
   * Interactions whose `ts` lies more than this many days from the file's reference time (the median `ts` of its
   * first 1,024 valid interactions) are quarantined as `implausible_timestamp` (default 3653; 0 turns the rule off).
   */
  maxTimeSkewDays?: number;
}

const DAY_MS = 86_400_000;

/** Reads one dataset file of the given kind, choosing the format from its name. */
export class RecordReader<K extends RecordKind> {
  readonly stats: ReadStats;
  /** Records engineBatches took from DuckDB (the rest, if any, from the Node path). */
  duckdbRecords = 0;
  private rejectsSinceYield = 0;
  /** Bytes of the file consumed so far (compressed bytes for .gz), for a progress bar; 0 before reading. */
  private position: () => number | null = () => 0;
  private size = 0;
  /** Records held until the reference time is known, with their line numbers (time screening only). */
  private pending: { record: RecordOf[K]; line: number; ts: number }[] | null;
  private reference = Number.NaN;
  private readonly skewMs: number;

  constructor(readonly path: string, readonly kind: K, private readonly options: ReadOptions = {}) {
    this.stats = { file: path, read: 0, accepted: 0, quarantined: 0 };
    const days = options.maxTimeSkewDays ?? DEFAULT_MAX_TIME_SKEW_DAYS;
    this.skewMs = kind === 'interactions' && days > 0 ? days * DAY_MS : 0;
    this.pending = this.skewMs > 0 ? [] : null;
  }

  batches(): AsyncGenerator<RecordOf[K][]> {
    if (this.path.endsWith('.parquet')) return this.parquetBatches();
    if (isJsonLinesName(this.path)) {
      return this.jsonlBatches();
    }
    throw new DistillguardError('FILE_FORMAT', `${this.path}: expected .jsonl, .jsonl.gz or .parquet`);
  }

  /**
   * Interactions with only the fields the engine reads. DuckDB reads the file (columnar.ts) as long as it can vouch
   * for every record; from the first record it cannot (one the spec rejects, a DuckDB error, a time outside the
   * plausibility window), this reader's own path takes over at that record. Records, order, quarantine entries and
   * counts are those of `batches()`.
   */
  async *engineBatches(): AsyncGenerator<EngineRecord[]> {
    if (this.kind !== 'interactions') throw new DistillguardError('INTERNAL', 'engineBatches reads interactions only');
    const parquet = this.path.endsWith('.parquet');
    if (!parquet && !isJsonLinesName(this.path)) {
      yield* this.batches() as AsyncGenerator<EngineRecord[]>;
      return;
    }
    const batchSize = this.options.batchSize ?? 4096;
    const columns = new ColumnarInteractions(this.path, this.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES);
    /** Records taken from DuckDB, a prefix of the file's records. */
    let taken = 0;
    /** The first records, held until the file's reference time is known (time screening only). */
    let held: EngineRecord[] | null = this.skewMs > 0 ? [] : null;
    let out: EngineRecord[] = [];
    /** DuckDB met a record it cannot vouch for. */
    let stopped = false;
    this.size = statSync(this.path).size;
    this.position = () => columns.position();
    const take = (records: EngineRecord[]): void => {
      for (const r of records) out.push(r);
      taken += records.length;
      this.duckdbRecords += records.length;
      this.stats.read += records.length;
      this.stats.accepted += records.length;
    };
    try {
      const result = await columns.open().catch(() => null);
      if (result) {
        stream: for await (const chunk of columns.chunks(result)) {
          for (let r = 0; r < chunk.rows; r++) {
            const record = chunk.clean[r] ? engineRecord(chunk.records[r]!) : null;
            if (record === null) {
              stopped = true;
              break stream;
            }
            if (held) {
              held.push(record);
              if (held.length < TIME_REFERENCE_SAMPLE) continue;
              if (!this.vouchReference(held)) {
                stopped = true;
                break stream;
              }
              take(held);
              held = null;
            } else if (this.skewMs > 0 && !(Math.abs(Date.parse(record.ts) - this.reference) <= this.skewMs)) {
              stopped = true;
              break stream;
            } else take([record]);
            if (out.length >= batchSize) {
              yield out;
              out = [];
            }
          }
        }
        // Every record was vouched for: the few held (fewer than the sample) are screened now.
        const complete = !stopped;
        if (complete && held && held.length > 0 && this.vouchReference(held)) {
          take(held);
          held = null;
        }
        if (complete && (held === null || held.length === 0)) {
          if (out.length > 0) yield out;
          return;
        }
      }
    } catch {
      // A malformed line or a damaged file: the Node path finds it and says where, below.
    } finally {
      columns.close();
    }
    if (out.length > 0) yield out;
    // Held records were not counted: the Node path starts again from the file's start.
    const skip = held && held.length > 0 ? 0 : taken;
    this.position = () => 0;
    yield* (parquet ? this.parquetBatches(skip) : this.jsonlBatches(skip)) as AsyncGenerator<EngineRecord[]>;
  }

  /** Sets the reference time from the first records if none of them lies outside the window; false otherwise. */
  private vouchReference(held: readonly EngineRecord[]): boolean {
    const times = held.map((h) => Date.parse(h.ts)).sort((a, b) => a - b);
    const reference = times[Math.floor((times.length - 1) / 2)]!;
    if (Math.abs(times[0]! - reference) > this.skewMs || Math.abs(times[times.length - 1]! - reference) > this.skewMs) return false;
    this.reference = reference;
    this.pending = null;
    return true;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<RecordOf[K]> {
    for await (const batch of this.batches()) yield* batch;
  }

  /** Keeps at most RAW_KEEP_CHARS of the raw text; `headOnly` says `raw` is already only the start of the line. */
  private reject = async (line: number, reason: RejectReason, detail: string, raw: string, bytes: number, headOnly = false): Promise<void> => {
    this.stats.quarantined++;
    this.rejectsSinceYield++;
    if (bytes < 0) bytes = Buffer.byteLength(raw);
    const truncated = headOnly || raw.length > RAW_KEEP_CHARS;
    const kept = detach(truncated ? raw.slice(0, RAW_KEEP_CHARS) : raw);
    if (this.options.quarantine) await this.options.quarantine.add(basename(this.path), line, reason, detach(detail), kept, bytes, truncated);
  };

  /** A whole batch is ready: records to hand back, or enough rejected lines that the sink should see them. */
  private full(out: readonly unknown[], batchSize: number): boolean {
    return out.length >= batchSize || this.rejectsSinceYield >= REJECTS_PER_BATCH;
  }

  /** Share of the file read so far (by bytes), or null when unknown (Parquet, an empty file). */
  fraction(): number | null {
    const at = this.position();
    return this.size > 0 && at !== null ? Math.min(1, at / this.size) : null;
  }

  private handed<T>(out: T[]): T[] {
    this.rejectsSinceYield = 0;
    return out;
  }

  /** A record that passed validation: kept, held until the file's reference time is known, or out of that window. */
  private async accept(record: RecordOf[K], line: number, out: RecordOf[K][]): Promise<void> {
    if (this.skewMs === 0) {
      this.stats.accepted++;
      out.push(record);
      return;
    }
    const ts = Date.parse((record as RecordOf['interactions']).ts);
    if (this.pending) {
      this.pending.push({ record, line, ts });
      if (this.pending.length >= TIME_REFERENCE_SAMPLE) await this.settleReference(out);
      return;
    }
    await this.screen(record, line, ts, out);
  }

  private async screen(record: RecordOf[K], line: number, ts: number, out: RecordOf[K][]): Promise<void> {
    if (Math.abs(ts - this.reference) <= this.skewMs) {
      this.stats.accepted++;
      out.push(record);
      return;
    }
    const days = Math.round(this.skewMs / DAY_MS);
    const ref = new Date(this.reference).toISOString();
    const rec = record as RecordOf['interactions'];
    await this.reject(line, 'implausible_timestamp', `ts: ${rec.ts} is more than ${days} days from the file's reference time ${ref}`, safeJson(record), -1);
  }

  /** Sets the reference time from the records held so far and releases them, in file order. */
  private async settleReference(out: RecordOf[K][]): Promise<void> {
    const held = this.pending;
    this.pending = null;
    if (!held || held.length === 0) return;
    const times = held.map((h) => h.ts).sort((a, b) => a - b);
    this.reference = times[Math.floor((times.length - 1) / 2)]!;
    for (const h of held) await this.screen(h.record, h.line, h.ts, out);
  }

  /** The rest of a file cannot be read: one quarantine entry names the file, where it broke and why. */
  private async damaged(line: number, detail: string, bytes: number): Promise<void> {
    this.stats.read++;
    await this.reject(line, 'corrupt_file', `${basename(this.path)}: ${detail}`, '', Math.max(0, bytes), true);
  }

  /** `skip`: records at the start of the file already taken (by engineBatches); their lines are only counted. */
  private async *jsonlBatches(skip = 0): AsyncGenerator<RecordOf[K][]> {
    let skipLeft = skip;
    const maxLine = this.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    const batchSize = this.options.batchSize ?? 4096;
    const gzip = this.path.endsWith('.gz');
    const size = statSync(this.path).size;
    if (gzip) {
      const problem = gzipHeaderProblem(this.path, size);
      if (problem) {
        await this.damaged(1, problem, size);
        return;
      }
    }
    const raw = createReadStream(this.path, { highWaterMark: 1 << 20 });
    const position = { compressed: 0 };
    const source: AsyncIterable<Buffer> = gzip ? gunzipFile(this.path, position) : raw;
    this.size = size;
    this.position = () => (gzip ? position.compressed : raw.bytesRead);

    let carry: Buffer[] = [];
    let carryBytes = 0;
    let overlong = false; // inside a line that already exceeded the limit
    let overlongHead = '';
    let lineNo = 0;
    let decoded = 0; // bytes of (decompressed) text taken so far
    let first = true;
    let out: RecordOf[K][] = [];

    const handleText = async (text: string, bytes: number): Promise<void> => {
      lineNo++;
      if (text.length === 0 || isBlank(text)) return; // blank lines are not records
      if (skipLeft > 0) {
        skipLeft--;
        return;
      }
      this.stats.read++;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        await this.reject(lineNo, 'invalid_json', (e as Error).message.slice(0, 200), text, bytes);
        return;
      }
      const v = validateRecord(this.kind, value);
      if (v.ok) await this.accept(v.record, lineNo, out);
      else await this.reject(lineNo, v.reason, v.detail, text, bytes);
    };

    const handleLine = async (buf: Buffer): Promise<void> => {
      if (!isUtf8(buf)) {
        if (skipLeft > 0) {
          lineNo++;
          skipLeft--;
          return;
        }
        lineNo++;
        this.stats.read++;
        await this.reject(lineNo, 'invalid_utf8', 'line is not valid UTF-8', buf.subarray(0, RAW_KEEP_CHARS).toString('latin1'), buf.length, buf.length > RAW_KEEP_CHARS);
        return;
      }
      await handleText(buf.toString('utf8'), buf.length);
    };

    const tooLong = async (head: string, bytes: number): Promise<void> => {
      lineNo++;
      if (skipLeft > 0) {
        skipLeft--;
        return;
      }
      this.stats.read++;
      await this.reject(lineNo, 'line_too_long', `line exceeds ${maxLine} bytes`, head, bytes, true);
    };

    try {
      for await (let chunk of source) {
        decoded += chunk.length;
        if (first) {
          first = false;
          // A byte-order mark is not part of line 1.
          if (chunk.length >= 3 && chunk[0] === BOM[0] && chunk[1] === BOM[1] && chunk[2] === BOM[2]) chunk = chunk.subarray(3);
        }
        let start = 0;
        let nl = chunk.indexOf(10, start);
        while (nl !== -1) {
          const piece = chunk.subarray(start, nl);
          if (overlong) {
            await tooLong(overlongHead, carryBytes + piece.length);
            overlong = false;
            overlongHead = '';
            carry = [];
            carryBytes = 0;
          } else if (carry.length > 0) {
            carry.push(piece);
            const line = Buffer.concat(carry, carryBytes + piece.length);
            carry = [];
            carryBytes = 0;
            if (line.length > maxLine) await tooLong(line.subarray(0, RAW_KEEP_CHARS).toString('utf8'), line.length);
            else await handleLine(line);
          } else if (piece.length > maxLine) {
            await tooLong(piece.subarray(0, RAW_KEEP_CHARS).toString('utf8'), piece.length);
          } else {
            // Fast path: a whole run of complete lines that is valid UTF-8 is decoded once.
            const lastNl = chunk.lastIndexOf(10);
            const run = chunk.subarray(start, lastNl);
            if (lastNl > nl && run.length <= maxLine && isUtf8(run)) {
              const lines = run.toString('utf8').split('\n');
              for (const text of lines) {
                await handleText(text, -1);
                if (this.full(out, batchSize)) {
                  yield this.handed(out);
                  out = [];
                }
              }
              start = lastNl + 1;
              break;
            }
            await handleLine(piece);
          }
          if (this.full(out, batchSize)) {
            yield this.handed(out);
            out = [];
          }
          start = nl + 1;
          nl = chunk.indexOf(10, start);
        }
        if (start < chunk.length) {
          const rest = chunk.subarray(start);
          if (overlong) carryBytes += rest.length;
          else {
            carry.push(Buffer.from(rest));
            carryBytes += rest.length;
            if (carryBytes > maxLine) {
              overlong = true;
              overlongHead = Buffer.concat(carry).subarray(0, RAW_KEEP_CHARS).toString('utf8');
              carry = [];
            }
          }
        }
      }
    } catch (e) {
      // The stream broke (a cut or corrupt gzip, a read error): keep what was read, quarantine the partial line and
      // one entry for the unreadable rest, naming where it broke.
      await this.finalLine(overlong, overlongHead, carry, carryBytes, tooLong, handleLine);
      overlong = false;
      carry = [];
      if (this.pending) await this.settleReference(out);
      const at = gzip ? `compressed byte ${position.compressed} of ${size}, decompressed byte ${decoded}` : `byte ${raw.bytesRead} of ${size}`;
      await this.damaged(lineNo + 1, `${(e as Error).message} at ${at} (after line ${lineNo}); the rest of the file is unreadable`, size - (gzip ? position.compressed : raw.bytesRead));
      if (out.length > 0 || this.rejectsSinceYield > 0) yield this.handed(out);
      return;
    }
    // A final line without a newline (often a truncated file) is still a line.
    await this.finalLine(overlong, overlongHead, carry, carryBytes, tooLong, handleLine);
    if (this.pending) await this.settleReference(out);
    if (out.length > 0 || this.rejectsSinceYield > 0) yield this.handed(out);
  }

  private async finalLine(overlong: boolean, head: string, carry: Buffer[], carryBytes: number, tooLong: (head: string, bytes: number) => Promise<void>, handleLine: (b: Buffer) => Promise<void>): Promise<void> {
    if (overlong) await tooLong(head, carryBytes);
    else if (carry.length > 0) await handleLine(Buffer.concat(carry, carryBytes));
  }

  private async *parquetBatches(skip = 0): AsyncGenerator<RecordOf[K][]> {
    const batchSize = this.options.batchSize ?? 4096;
    let row = 0;
    let out: RecordOf[K][] = [];
    let instance: DuckDBInstance | null = null;
    let conn: DuckDBConnection | null = null;
    try {
      let result;
      try {
        instance = await DuckDBInstance.create(':memory:');
        conn = await instance.connect();
        const lit = `'${this.path.replaceAll("'", "''")}'`;
        const cols = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${lit})`)).getRowObjectsJS() as { column_name: string; column_type: string }[];
        const select = cols
          .map(({ column_name: name, column_type: type }) => {
            const q = `"${name.replaceAll('"', '""')}"`;
            if (type.startsWith('TIMESTAMP')) return `strftime(${q}::TIMESTAMP, '%Y-%m-%dT%H:%M:%S.%gZ') AS ${q}`;
            if (/^(U?BIGINT|HUGEINT|UHUGEINT|DECIMAL.*)$/.test(type)) return `${q}::DOUBLE AS ${q}`;
            return q;
          })
          .join(', ');
        result = await conn.stream(`SELECT ${select} FROM read_parquet(${lit})`);
      } catch (e) {
        await this.damaged(1, `not a Parquet file or damaged: ${firstLine(e)}`, statSync(this.path).size);
        return;
      }
      try {
        for await (const rows of result.yieldRowObjectJs()) {
          for (const obj of rows) {
            row++;
            if (row <= skip) continue;
            this.stats.read++;
            const v = validateRecord(this.kind, obj);
            if (v.ok) await this.accept(v.record, row, out);
            else await this.reject(row, v.reason, v.detail, safeJson(obj), 0);
            if (this.full(out, batchSize)) {
              yield this.handed(out);
              out = [];
            }
          }
        }
      } catch (e) {
        await this.damaged(row + 1, `damaged Parquet data after row ${row}: ${firstLine(e)}`, 0);
      }
      if (this.pending) await this.settleReference(out);
      if (out.length > 0 || this.rejectsSinceYield > 0) yield this.handed(out);
    } finally {
      conn?.closeSync();
      instance?.closeSync();
    }
  }
}

const isJsonLinesName = (path: string): boolean => path.endsWith('.jsonl') || path.endsWith('.jsonl.gz') || path.endsWith('.json') || path.endsWith('.ndjson');

/** A line of ASCII whitespace only (DuckDB's reader skips such lines too): blank, not a record. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return true;
}

/**
 * The engine's fields of a row DuckDB found clean (its JSON text), after the checks only JavaScript makes exactly as
 * the validator does (timestamp, address, tool names); null when the validator would reject the record.
 */
function engineRecord(text: string): EngineRecord | null {
  const record = JSON.parse(text) as EngineRecord;
  const ts = canonicalTimestamp(record.ts);
  if (ts === null || isIP(record.ip) === 0) return null;
  record.ts = ts;
  const tools = record.tool_names as unknown;
  if (tools !== null && !(Array.isArray(tools) && tools.every((x) => typeof x === 'string'))) return null;
  return record;
}

/** A gunzip stream driven one write at a time: each step resolves with the text that write gave, or its error. */
class GunzipSteps {
  private readonly gunzip = createGunzip({ chunkSize: 1 << 20 });
  private readonly out: Buffer[] = [];
  failure: unknown = null;
  private settle: (() => void) | null = null;

  constructor() {
    this.gunzip.on('data', (c: Buffer) => this.out.push(c));
    this.gunzip.on('error', (e) => {
      this.failure ??= e;
      this.wake();
    });
    this.gunzip.on('end', () => this.wake());
  }

  private wake(): void {
    const s = this.settle;
    this.settle = null;
    s?.();
  }

  /** Writes one piece (null: ends the input) and waits until it is processed and its text emitted. */
  async step(piece: Buffer | null): Promise<Buffer[]> {
    await new Promise<void>((resolve) => {
      this.settle = resolve;
      if (this.failure !== null) return this.wake();
      if (piece) this.gunzip.write(piece, () => setImmediate(() => this.wake()));
      else this.gunzip.end(); // settles on 'end' or 'error'
    });
    return this.out.splice(0);
  }

  destroy(): void {
    this.gunzip.destroy();
  }
}

/**
 * Pieces a gzip file is fed in, pass by pass: when a piece fails (damage, trailing garbage), its text is lost with it,
 * so the next pass replays the stream up to that piece and feeds it in smaller pieces, down to single bytes.
 */
const GZIP_PIECES = [GZIP_SLICE_BYTES, 1024, 1] as const;

/**
 * Decompresses a gzip file one piece at a time, yielding the text of each piece before reading the next. When a
 * piece fails, every byte of text before the damage is still delivered (see GZIP_PIECES), then the error is thrown
 * with `position.compressed` at the failing piece. Only a damaged file pays for the extra passes.
 */
async function* gunzipFile(path: string, position: { compressed: number }): AsyncGenerator<Buffer> {
  for (let pass = 0; ; pass++) {
    const piece = GZIP_PIECES[pass]!;
    const steps = new GunzipSteps();
    try {
      // Replay what was delivered already (its text is discarded), then go on piece by piece.
      if (position.compressed > 0) {
        for await (const slice of createReadStream(path, { highWaterMark: GZIP_SLICE_BYTES, end: position.compressed - 1 }) as AsyncIterable<Buffer>) {
          await steps.step(slice);
        }
      }
      let failed = false;
      for await (const slice of createReadStream(path, { highWaterMark: GZIP_SLICE_BYTES, start: position.compressed }) as AsyncIterable<Buffer>) {
        for (let at = 0; at < slice.length && !failed; at += piece) {
          const part = slice.subarray(at, at + piece);
          const text = await steps.step(part);
          if (steps.failure !== null) failed = true;
          else {
            for (const c of text) yield c;
            position.compressed += part.length;
          }
        }
        if (failed) break;
      }
      if (!failed) {
        // The end of the input: a cut file fails here, with all of its text delivered.
        const text = await steps.step(null);
        for (const c of text) yield c;
        if (steps.failure !== null) throw steps.failure;
        return;
      }
      if (piece === 1) throw steps.failure;
    } finally {
      steps.destroy();
    }
  }
}

/** Why a `.gz` file cannot be gzip, from its first bytes; null when it starts like gzip. */
function gzipHeaderProblem(path: string, size: number): string | null {
  if (size === 0) return 'empty file (0 bytes): a gzip file holds at least a header';
  const head = Buffer.alloc(2);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  if (head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return null;
  const start = JSON.stringify(head.toString('latin1'));
  return `not gzip: does not start with the gzip signature 1f 8b (starts ${start}); a plain-text file should be named .jsonl`;
}

/**
 * A copy of a string that shares no memory with the string it was cut from: V8 keeps a whole line (or a whole decoded
 * chunk) alive behind a short slice of it, and rejected lines may wait in a buffer before they are written.
 */
const detach = (s: string): string => Buffer.from(s, 'utf16le').toString('utf16le');

const firstLine = (e: unknown): string => String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 300);

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? Number(x) : x));
  } catch {
    return String(v);
  }
}

/** Reads a whole (small) file into memory; for accounts and labels. */
export async function readAll<K extends RecordKind>(path: string, kind: K, options?: ReadOptions): Promise<{ records: RecordOf[K][]; stats: ReadStats }> {
  const reader = new RecordReader(path, kind, options);
  const records: RecordOf[K][] = [];
  for await (const batch of reader.batches()) for (const r of batch) records.push(r);
  return { records, stats: reader.stats };
}
