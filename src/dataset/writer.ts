/**
 * Streaming JSONL writer, gzip when the path ends in `.gz`. Lines are batched into large writes and
 * the writer waits for the stream to drain, so memory stays flat however much is written.
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { createGzip, constants as zlibConstants, type Gzip } from 'node:zlib';

const BATCH_BYTES = 1 << 18;

export interface JsonlWriterOptions {
  /** gzip level 1..9; 1 is fast and what large worlds use. Default 1. */
  gzipLevel?: number;
}

export class JsonlWriter<T = unknown> {
  readonly path: string;
  private readonly file: WriteStream;
  private readonly sink: WriteStream | Gzip;
  private batch: string[] = [];
  private batchBytes = 0;
  private count = 0;
  private failure: Error | null = null;
  private draining: Promise<void> | null = null;

  constructor(path: string, options: JsonlWriterOptions = {}) {
    this.path = path;
    mkdirSync(dirname(path), { recursive: true });
    this.file = createWriteStream(path);
    this.file.on('error', (e) => (this.failure ??= e));
    if (path.endsWith('.gz')) {
      const gz = createGzip({ level: options.gzipLevel ?? 1, memLevel: 9, chunkSize: 1 << 16, strategy: zlibConstants.Z_DEFAULT_STRATEGY });
      gz.on('error', (e) => (this.failure ??= e));
      gz.pipe(this.file);
      this.sink = gz;
    } else {
      this.sink = this.file;
    }
  }

  /** Number of records written so far. */
  get written(): number {
    return this.count;
  }

  /** Queues one record; resolves at once unless the batch is full and the stream must drain. */
  write(record: T): Promise<void> | void {
    const line = JSON.stringify(record);
    this.batch.push(line);
    this.batchBytes += line.length + 1;
    this.count++;
    if (this.batchBytes >= BATCH_BYTES) return this.flush();
  }

  /** Writes a pre-serialised JSON line (no trailing newline). */
  writeRaw(line: string): Promise<void> | void {
    this.batch.push(line);
    this.batchBytes += line.length + 1;
    this.count++;
    if (this.batchBytes >= BATCH_BYTES) return this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.batch.length === 0) return;
    const chunk = this.batch.join('\n') + '\n';
    this.batch = [];
    this.batchBytes = 0;
    // One drain wait at a time, however many callers flush without awaiting.
    if (!this.sink.write(chunk) && !this.draining) {
      this.draining = once(this.sink, 'drain').then(() => {
        this.draining = null;
      });
    }
    if (this.draining) await this.draining;
  }

  async close(): Promise<void> {
    await this.flush();
    this.sink.end();
    if (this.sink !== this.file) await once(this.sink, 'end').catch(() => undefined);
    if (!this.file.closed) await once(this.file, 'close');
    if (this.failure) throw this.failure;
  }
}

/** Writes all records of an (async) iterable to a file. */
export async function writeJsonl<T>(path: string, records: Iterable<T> | AsyncIterable<T>, options?: JsonlWriterOptions): Promise<number> {
  const w = new JsonlWriter<T>(path, options);
  for await (const r of records) await w.write(r);
  await w.close();
  return w.written;
}
