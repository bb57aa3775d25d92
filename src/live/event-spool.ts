/**
 * The gateway's on-disk event spool: events that could not reach the event bus wait here until it returns.
 *
 * The spool is a directory of segment files (`seg-<seq>.jsonl`, one record a line, each at most `segmentBytes`), so
 * no file is ever read whole: resending streams the oldest segment line by line and deletes it once every line is
 * acknowledged. Appends are group-committed: everything queued while one write + fdatasync is under way goes out in
 * the next one, and an append resolves only after its bytes are on disk (at-least-once: written before the response
 * that produced the event completes).
 *
 * The spool is bounded by `maxBytes`. When an append would pass it, the policy decides:
 *   drop-oldest   (fail-open)   delete the oldest segments, count their events as dropped, keep the newest;
 *   drop-newest   (fail-open)   keep what is spooled, drop the new events and count them;
 *   refuse        (fail-closed) write nothing more; `full` turns true and the gateway refuses requests until the
 *                               spool drains below the cap.
 * Directory 0700, files 0600: the spool holds prompts.
 */
import { createReadStream } from 'node:fs';
import { chmod, mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

export type SpoolFullPolicy = 'drop-oldest' | 'drop-newest' | 'refuse';
export const SPOOL_FULL_POLICIES: readonly SpoolFullPolicy[] = ['drop-oldest', 'drop-newest', 'refuse'];

/** One message as the event bus takes it: subject, de-duplication id, payload. */
export interface SpoolRecord {
  subj: string;
  id: string;
  data: string;
}

export interface EventSpoolOptions {
  dir: string;
  /** Cap on the bytes of all segments. */
  maxBytes: number;
  /** Size at which a new segment starts. Default min(16 MiB, maxBytes / 4). */
  segmentBytes?: number;
  full: SpoolFullPolicy;
  /** fdatasync every group commit (default true; false only for benchmarks of the write path). */
  fsync?: boolean;
  /** Called whenever the cap bites: events dropped (fail-open) or refused (fail-closed) by this append. */
  onCap?: (e: { policy: SpoolFullPolicy; events: number; bytes: number }) => void;
  /** Lines that are not records (a torn write of a batch that was never acknowledged). */
  onCorrupt?: (file: string, line: number) => void;
}

interface Segment {
  seq: number;
  path: string;
  bytes: number;
  lines: number;
  /** Lines at the start already acknowledged by the bus (a resend interrupted part-way resumes after them). */
  sent: number;
}

interface Waiter {
  text: string;
  bytes: number;
  lines: number;
  resolve: (written: boolean) => void;
  reject: (e: unknown) => void;
}

const SEGMENT_NAME = /^seg-(\d{16})\.jsonl$/;
/** Files of the single-file spool format: taken over as the oldest segments. */
const LEGACY_FILES = ['events-spool.sending.jsonl', 'events-spool.jsonl'];
const MIB = 1024 * 1024;

export class EventSpool {
  private readonly segments: Segment[] = [];
  private active: { seg: Segment; fh: FileHandle } | null = null;
  private queue: Waiter[] = [];
  private writing: Promise<void> | null = null;
  private draining = false;
  /** The drain wants the segment being written closed; the next group commit starts a new one. */
  private sealRequested = false;
  /** Fail-closed and at the cap: set when an append is refused, cleared when a drain frees a tenth of the cap. */
  private refusing = false;
  private totalBytes = 0;
  private totalLines = 0;
  private readonly segmentBytes: number;
  /** Counters since start (metrics). */
  readonly stats = { written: 0, dropped: 0, refused: 0, resent: 0, corrupt: 0, commits: 0 };

  private constructor(private readonly o: EventSpoolOptions) {
    this.segmentBytes = Math.max(4096, Math.floor(o.segmentBytes ?? Math.min(16 * MIB, o.maxBytes / 4)));
  }

  /** Opens (creating) the spool directory and indexes the segments left by earlier runs, without reading them whole. */
  static async open(o: EventSpoolOptions): Promise<EventSpool> {
    const s = new EventSpool(o);
    await mkdir(o.dir, { recursive: true, mode: 0o700 });
    await chmod(o.dir, 0o700);
    const names = await readdir(o.dir);
    let next = 0;
    for (const n of names) {
      const m = SEGMENT_NAME.exec(n);
      if (m) next = Math.max(next, Number(m[1]) + 1);
    }
    // Older single-file spools become segments that sort before every new one.
    for (const legacy of LEGACY_FILES) {
      if (!names.includes(legacy)) continue;
      const seq = next++;
      const to = join(o.dir, segmentName(seq));
      await rename(join(o.dir, legacy), to);
      names.push(segmentName(seq));
    }
    for (const n of names.sort()) {
      const m = SEGMENT_NAME.exec(n);
      if (!m) continue;
      const path = join(o.dir, n);
      await chmod(path, 0o600);
      const bytes = (await stat(path)).size;
      if (bytes === 0) {
        await rm(path, { force: true });
        continue;
      }
      const seg: Segment = { seq: Number(m[1]), path, bytes, lines: await countLines(path), sent: 0 };
      s.segments.push(seg);
      s.totalBytes += bytes;
      s.totalLines += seg.lines;
    }
    s.segments.sort((a, b) => a.seq - b.seq);
    s.refusing = o.full === 'refuse' && s.totalBytes >= o.maxBytes;
    return s;
  }

  /** Bytes on disk. */
  get bytes(): number {
    return this.totalBytes;
  }

  /** Events waiting (spooled and not yet acknowledged by the bus). */
  get events(): number {
    let sent = 0;
    for (const s of this.segments) sent += s.sent;
    return this.totalLines - sent;
  }

  get maxBytes(): number {
    return this.o.maxBytes;
  }

  get policy(): SpoolFullPolicy {
    return this.o.full;
  }

  /** Fail-closed and at the cap: new work should be refused until the spool drains. */
  get full(): boolean {
    return this.refusing;
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  /**
   * Appends records; resolves true once they are on disk, false when the cap policy dropped or refused them.
   * Records of one call are kept or dropped together.
   */
  append(records: SpoolRecord[]): Promise<boolean> {
    if (records.length === 0) return Promise.resolve(true);
    const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    return new Promise((resolve, reject) => {
      this.queue.push({ text, bytes: Buffer.byteLength(text), lines: records.length, resolve, reject });
      this.kick();
    });
  }

  /** Starts the writer unless one runs; a writer that ends while appends were queued behind it starts the next. */
  private kick(): void {
    if (this.writing || this.queue.length === 0) return;
    this.writing = this.writeLoop().finally(() => {
      this.writing = null;
      this.kick();
    });
  }

  /** Group commit: one write and one fdatasync for everything queued meanwhile. */
  private async writeLoop(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      const kept: Waiter[] = [];
      const keptSet = new Set<Waiter>();
      let capEvents = 0;
      let capBytes = 0;
      for (const w of batch) {
        if (await this.makeRoom(w.bytes)) {
          kept.push(w);
          keptSet.add(w);
        }
        else {
          capEvents += w.lines;
          capBytes += w.bytes;
        }
      }
      if (capEvents > 0) {
        if (this.o.full === 'refuse') {
          this.stats.refused += capEvents;
          this.refusing = true;
        }
        else this.stats.dropped += capEvents;
        this.o.onCap?.({ policy: this.o.full, events: capEvents, bytes: capBytes });
      }
      try {
        let i = 0;
        while (i < kept.length) {
          // One segment per write: stop the group where the segment would overflow.
          const fh = await this.activeFor(kept[i]!.bytes);
          const seg = this.active!.seg;
          let bytes = 0;
          let lines = 0;
          const parts: string[] = [];
          const start = i;
          while (i < kept.length && (i === start || seg.bytes + bytes + kept[i]!.bytes <= this.segmentBytes)) {
            parts.push(kept[i]!.text);
            bytes += kept[i]!.bytes;
            lines += kept[i]!.lines;
            i++;
          }
          await fh.write(parts.join(''));
          if (this.o.fsync !== false) await fh.datasync();
          seg.bytes += bytes;
          seg.lines += lines;
          this.totalBytes += bytes;
          this.totalLines += lines;
          this.stats.written += lines;
          this.stats.commits++;
          for (let k = start; k < i; k++) kept[k]!.resolve(true);
        }
      } catch (e) {
        for (const w of kept) w.reject(e);
      }
      for (const w of batch) if (!keptSet.has(w)) w.resolve(false);
    }
  }

  /** True when `bytes` more fit under the cap, after dropping the oldest segments if that is the policy. */
  private async makeRoom(bytes: number): Promise<boolean> {
    if (this.totalBytes + bytes <= this.o.maxBytes) return true;
    if (this.o.full !== 'drop-oldest') return false;
    while (this.totalBytes + bytes > this.o.maxBytes && this.segments.length > 0) {
      const oldest = this.segments[0]!;
      if (this.active?.seg === oldest) await this.rotate();
      this.segments.shift();
      this.totalBytes -= oldest.bytes;
      this.totalLines -= oldest.lines;
      const lost = oldest.lines - oldest.sent;
      this.stats.dropped += lost;
      this.o.onCap?.({ policy: 'drop-oldest', events: lost, bytes: oldest.bytes });
      await rm(oldest.path, { force: true });
    }
    return this.totalBytes + bytes <= this.o.maxBytes;
  }

  private async activeFor(bytes: number): Promise<FileHandle> {
    if (this.active && (this.sealRequested || (this.active.seg.bytes > 0 && this.active.seg.bytes + bytes > this.segmentBytes))) await this.rotate();
    this.sealRequested = false;
    if (!this.active) {
      const seq = (this.segments.at(-1)?.seq ?? -1) + 1;
      const seg: Segment = { seq, path: join(this.o.dir, segmentName(seq)), bytes: 0, lines: 0, sent: 0 };
      const fh = await open(seg.path, 'a', 0o600);
      this.segments.push(seg);
      this.active = { seg, fh };
    }
    return this.active.fh;
  }

  /** Closes the segment being written; the next append starts a new one. */
  private async rotate(): Promise<void> {
    const a = this.active;
    this.active = null;
    if (a) await a.fh.close();
  }

  /**
   * Resends the spool oldest first, streaming one segment at a time in batches. `send` returns the records it could
   * not deliver; the first failure stops the drain (the bus is down again) and the segment is resumed after its
   * acknowledged lines next time. Resolves with the number of records delivered.
   */
  async drain(send: (batch: SpoolRecord[]) => Promise<SpoolRecord[]>, batchSize = 512): Promise<number> {
    if (this.draining) return 0;
    this.draining = true;
    let delivered = 0;
    try {
      while (this.segments.length > 0) {
        const seg = this.segments[0]!;
        if (this.active?.seg === seg) {
          // Take the segment being written: a commit in progress finishes, later appends go to a new segment.
          this.sealRequested = true;
          while (this.active?.seg === seg && this.writing) await new Promise((r) => setTimeout(r, 2));
          if (this.active?.seg === seg) await this.rotate();
          if (this.segments[0] !== seg) continue;
        }
        const r = await this.drainSegment(seg, send, batchSize);
        delivered += r.delivered;
        if (!r.complete) break;
        // Dropped by drop-oldest while we read it: already accounted for.
        if (this.segments[0] !== seg) continue;
        this.segments.shift();
        this.totalBytes -= seg.bytes;
        this.totalLines -= seg.lines;
        await rm(seg.path, { force: true });
        if (this.totalBytes <= this.o.maxBytes * 0.9) this.refusing = false;
      }
    } finally {
      this.draining = false;
    }
    this.stats.resent += delivered;
    return delivered;
  }

  private async drainSegment(seg: Segment, send: (batch: SpoolRecord[]) => Promise<SpoolRecord[]>, batchSize: number): Promise<{ delivered: number; complete: boolean }> {
    const input = createReadStream(seg.path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    const lines = createInterface({ input, crlfDelay: Infinity });
    let lineNo = 0;
    let delivered = 0;
    let batch: SpoolRecord[] = [];
    let batchLines = 0;
    const flush = async (): Promise<boolean> => {
      const failed = batch.length > 0 ? await send(batch) : [];
      const ok = failed.length === 0;
      if (ok) {
        delivered += batch.length;
        seg.sent += batchLines;
      }
      batch = [];
      batchLines = 0;
      return ok;
    };
    try {
      for await (const line of lines) {
        lineNo++;
        if (lineNo <= seg.sent) continue;
        batchLines++;
        const rec = parseRecord(line);
        if (rec) batch.push(rec);
        else {
          this.stats.corrupt++;
          this.o.onCorrupt?.(seg.path, lineNo);
        }
        if (batch.length >= batchSize && !(await flush())) return { delivered, complete: false };
        if (this.segments[0] !== seg) return { delivered, complete: true };
      }
      if (!(await flush())) return { delivered, complete: false };
      return { delivered, complete: true };
    } finally {
      lines.close();
      input.destroy();
    }
  }

  /** Distinct ids waiting in the spool (tests; reads every segment). */
  async ids(): Promise<Set<string>> {
    const out = new Set<string>();
    for (const seg of this.segments) {
      const input = createReadStream(seg.path, { encoding: 'utf8' });
      let n = 0;
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        if (++n <= seg.sent) continue;
        const r = parseRecord(line);
        if (r) out.add(r.id);
      }
    }
    return out;
  }

  async close(): Promise<void> {
    while (this.writing) await this.writing;
    await this.rotate();
  }
}

function segmentName(seq: number): string {
  return `seg-${String(seq).padStart(16, '0')}.jsonl`;
}

function parseRecord(line: string): SpoolRecord | null {
  if (line === '') return null;
  try {
    const r = JSON.parse(line) as SpoolRecord;
    return typeof r.subj === 'string' && typeof r.id === 'string' && typeof r.data === 'string' ? r : null;
  } catch {
    return null;
  }
}

/** Newlines in a file, read in chunks (a spool may be larger than any string). */
async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let i = -1;
    while ((i = chunk.indexOf(10, i + 1)) !== -1) n++;
    last = chunk[chunk.length - 1] ?? last;
  }
  // A last line without its newline is a torn write; it still occupies a line when read.
  return last === 10 ? n : n + 1;
}
