/**
 * Quarantine of bad input lines: each rejected line is kept, with where it came from and why, in
 * `quarantine.jsonl` of the output directory. Nothing is ever dropped silently.
 */
import { join } from 'node:path';
import { JsonlWriter } from './writer.js';
import type { RejectReason } from './validate.js';

/** Raw text kept per quarantined line (a prefix; the entry keeps the full byte length). */
export const RAW_KEEP_CHARS = 8192;

export interface QuarantineEntry {
  file: string;
  line: number;
  reason: RejectReason;
  detail: string;
  bytes: number;
  raw: string;
  raw_truncated: boolean;
}

/** Where a reader sends rejected lines: the Quarantine file, or a forwarder to one in another thread. */
export interface QuarantineSink {
  /** `truncated`: `raw` is only the start of the line (it is cut here anyway when longer than RAW_KEEP_CHARS). */
  add(file: string, line: number, reason: RejectReason, detail: string, raw: string, bytes: number, truncated?: boolean): Promise<void>;
}

export class Quarantine implements QuarantineSink {
  readonly path: string;
  private writer: JsonlWriter<QuarantineEntry> | null = null;
  private readonly byReason = new Map<RejectReason, number>();
  private total = 0;

  constructor(outDir: string) {
    this.path = join(outDir, 'quarantine.jsonl');
  }

  get count(): number {
    return this.total;
  }

  reasons(): Record<string, number> {
    return Object.fromEntries([...this.byReason].sort((a, b) => b[1] - a[1]));
  }

  async add(file: string, line: number, reason: RejectReason, detail: string, raw: string, bytes: number, truncated = false): Promise<void> {
    this.total++;
    this.byReason.set(reason, (this.byReason.get(reason) ?? 0) + 1);
    this.writer ??= new JsonlWriter<QuarantineEntry>(this.path);
    const cut = raw.length > RAW_KEEP_CHARS;
    await this.writer.write({ file, line, reason, detail, bytes, raw: cut ? raw.slice(0, RAW_KEEP_CHARS) : raw, raw_truncated: truncated || cut });
  }

  async close(): Promise<void> {
    await this.writer?.close();
  }
}
