/**
 * Streaming readers for `.jsonl`, `.jsonl.gz` and `.parquet` dataset files. Records come out in
 * batches (cheap to iterate at tens of millions of lines), validated against the spec; bad lines
 * go to the quarantine with file, line number and reason. Memory is bounded by one batch.
 */
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { createGunzip } from 'node:zlib';
import { basename } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { DistillguardError } from '../errors.js';
import type { QuarantineSink } from './quarantine.js';
import type { RecordKind, RecordOf } from './types.js';
import { validateRecord, type RejectReason } from './validate.js';

/** Default limit on one line; anything longer is quarantined as `line_too_long` without being buffered whole. */
export const DEFAULT_MAX_LINE_BYTES = 1 << 22;

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
}

type Sink = (line: number, reason: RejectReason, detail: string, raw: string, bytes: number) => Promise<void>;

/** Reads one dataset file of the given kind, choosing the format from its name. */
export class RecordReader<K extends RecordKind> {
  readonly stats: ReadStats;
  constructor(readonly path: string, readonly kind: K, private readonly options: ReadOptions = {}) {
    this.stats = { file: path, read: 0, accepted: 0, quarantined: 0 };
  }

  batches(): AsyncGenerator<RecordOf[K][]> {
    if (this.path.endsWith('.parquet')) return this.parquetBatches();
    if (this.path.endsWith('.jsonl') || this.path.endsWith('.jsonl.gz') || this.path.endsWith('.json') || this.path.endsWith('.ndjson')) {
      return this.jsonlBatches();
    }
    throw new DistillguardError('FILE_FORMAT', `${this.path}: expected .jsonl, .jsonl.gz or .parquet`);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<RecordOf[K]> {
    for await (const batch of this.batches()) yield* batch;
  }

  private reject: Sink = async (line, reason, detail, raw, bytes) => {
    this.stats.quarantined++;
    if (bytes < 0) bytes = Buffer.byteLength(raw);
    if (this.options.quarantine) await this.options.quarantine.add(basename(this.path), line, reason, detail, raw, bytes);
  };

  private async *jsonlBatches(): AsyncGenerator<RecordOf[K][]> {
    const maxLine = this.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    const batchSize = this.options.batchSize ?? 4096;
    const raw = createReadStream(this.path, { highWaterMark: 1 << 20 });
    const source = this.path.endsWith('.gz') ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw;
    raw.on('error', (e) => source.destroy(e));

    let carry: Buffer[] = [];
    let carryBytes = 0;
    let overlong = false; // inside a line that already exceeded the limit
    let overlongHead = '';
    let lineNo = 0;
    let out: RecordOf[K][] = [];

    const handleText = async (text: string, bytes: number): Promise<void> => {
      lineNo++;
      if (text.length === 0 || (text.length === 1 && text === '\r')) return; // blank lines are not records
      this.stats.read++;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        await this.reject(lineNo, 'invalid_json', (e as Error).message.slice(0, 200), text, bytes);
        return;
      }
      const v = validateRecord(this.kind, value);
      if (v.ok) {
        this.stats.accepted++;
        out.push(v.record);
      } else {
        await this.reject(lineNo, v.reason, v.detail, text, bytes);
      }
    };

    const handleLine = async (buf: Buffer): Promise<void> => {
      if (!isUtf8(buf)) {
        lineNo++;
        this.stats.read++;
        await this.reject(lineNo, 'invalid_utf8', 'line is not valid UTF-8', buf.toString('latin1'), buf.length);
        return;
      }
      await handleText(buf.toString('utf8'), buf.length);
    };

    for await (const chunk of source as AsyncIterable<Buffer>) {
      let start = 0;
      let nl = chunk.indexOf(10, start);
      while (nl !== -1) {
        const piece = chunk.subarray(start, nl);
        if (overlong) {
          lineNo++;
          this.stats.read++;
          await this.reject(lineNo, 'line_too_long', `line exceeds ${maxLine} bytes`, overlongHead, carryBytes + piece.length);
          overlong = false;
          overlongHead = '';
          carry = [];
          carryBytes = 0;
        } else if (carry.length > 0) {
          carry.push(piece);
          const line = Buffer.concat(carry, carryBytes + piece.length);
          carry = [];
          carryBytes = 0;
          if (line.length > maxLine) {
            lineNo++;
            this.stats.read++;
            await this.reject(lineNo, 'line_too_long', `line exceeds ${maxLine} bytes`, line.subarray(0, 8192).toString('utf8'), line.length);
          } else await handleLine(line);
        } else if (piece.length > maxLine) {
          lineNo++;
          this.stats.read++;
          await this.reject(lineNo, 'line_too_long', `line exceeds ${maxLine} bytes`, piece.subarray(0, 8192).toString('utf8'), piece.length);
        } else {
          // Fast path: a whole run of complete lines that is valid UTF-8 is decoded once.
          const lastNl = chunk.lastIndexOf(10);
          const run = chunk.subarray(start, lastNl);
          if (lastNl > nl && run.length <= maxLine && isUtf8(run)) {
            const lines = run.toString('utf8').split('\n');
            for (const text of lines) {
              await handleText(text, -1);
              if (out.length >= batchSize) {
                yield out;
                out = [];
              }
            }
            start = lastNl + 1;
            break;
          }
          await handleLine(piece);
        }
        if (out.length >= batchSize) {
          yield out;
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
            overlongHead = Buffer.concat(carry).subarray(0, 8192).toString('utf8');
            carry = [];
          }
        }
      }
    }
    // A final line without a newline (often a truncated file) is still a line.
    if (overlong) {
      lineNo++;
      this.stats.read++;
      await this.reject(lineNo, 'line_too_long', `line exceeds ${maxLine} bytes`, overlongHead, carryBytes);
    } else if (carry.length > 0) {
      await handleLine(Buffer.concat(carry, carryBytes));
    }
    if (out.length > 0) yield out;
  }

  private async *parquetBatches(): AsyncGenerator<RecordOf[K][]> {
    const batchSize = this.options.batchSize ?? 4096;
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
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
      const result = await conn.stream(`SELECT ${select} FROM read_parquet(${lit})`);
      let row = 0;
      let out: RecordOf[K][] = [];
      for await (const rows of result.yieldRowObjectJs()) {
        for (const obj of rows) {
          row++;
          this.stats.read++;
          const v = validateRecord(this.kind, obj);
          if (v.ok) {
            this.stats.accepted++;
            out.push(v.record);
          } else {
            await this.reject(row, v.reason, v.detail, safeJson(obj), 0);
          }
          if (out.length >= batchSize) {
            yield out;
            out = [];
          }
        }
      }
      if (out.length > 0) yield out;
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  }
}

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
