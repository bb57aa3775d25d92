/**
 * Multi-node engine transport over NATS JetStream.
 *
 * Gateways publish every interaction (and each account's sign-up facts) to the `DG_EVENTS` stream on
 * subject `dg.events.<shard>`, shard = hash(account) mod shards, so one account's traffic always
 * reaches the same worker. `distillguard worker --shard I` processes consume their shard with a
 * durable consumer, run the engine, and publish risk updates to the `DG_RISK` stream on
 * `dg.risk.<account>` (one message kept per account); every gateway follows that stream from the
 * last message per subject, so a restarted gateway knows every account's latest risk at once.
 *
 * Nothing is lost while NATS is down: events that cannot be published (not connected yet, publish
 * timeout, overflow) are appended to a spool file and resent once NATS is back. Every message has a
 * JetStream `msgID` (the interaction id), so resends and client-side reconnect buffers are
 * de-duplicated by the stream within its duplicate window; workers also skip ids seen recently, so
 * a redelivery after a worker crash is not counted twice.
 */
import { appendFile, readFile, rename, rm } from 'node:fs/promises';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { Account, Interaction } from '../dataset/types.js';
import { RiskTable, type EnginePort, type RiskUpdate } from '../gateway/engine-port.js';
import { EngineRunner, loadEngine } from '../gateway/engine-worker.js';
import type { StepClock } from '../gateway/engine-clock.js';

export const EVENTS_STREAM = 'DG_EVENTS';
export const RISK_STREAM = 'DG_RISK';
const DUPLICATE_WINDOW_MS = 30 * 60_000;
const NANOS_PER_MS = 1_000_000;

type Envelope = { t: 'i'; v: Interaction } | { t: 'a'; v: Account };

/** FNV-1a: stable shard of an account across processes and machines. */
export function shardOf(accountId: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < accountId.length; i++) {
    h ^= accountId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

/** Account ids may hold characters that are not valid in a NATS subject token. */
export function riskSubject(accountId: string): string {
  return `dg.risk.${Buffer.from(accountId).toString('base64url') || '_'}`;
}

export async function ensureStreams(jsm: JetStreamManager): Promise<void> {
  const want = [
    { name: EVENTS_STREAM, subjects: ['dg.events.>'], duplicate_window: DUPLICATE_WINDOW_MS * NANOS_PER_MS },
    { name: RISK_STREAM, subjects: ['dg.risk.>'], max_msgs_per_subject: 1, duplicate_window: 60_000 * NANOS_PER_MS },
  ];
  for (const cfg of want) {
    try {
      await jsm.streams.info(cfg.name);
    } catch {
      try {
        await jsm.streams.add(cfg);
      } catch (e) {
        // Another process may have created it between our check and add.
        if (!/already in use/i.test((e as Error).message)) throw e;
      }
    }
  }
}

export interface NatsEnginePortOptions {
  servers: string[];
  /** Directory of the spool file used while NATS is unreachable. */
  spoolDir: string;
  /** Number of worker shards (must match the workers' --shards). Default 1. */
  shards?: number;
  publishTimeoutMs?: number;
  onError?: (e: unknown) => void;
}

/** Gateway side: publishes interactions, follows risk updates. */
export class NatsEnginePort extends RiskTable implements EnginePort {
  private nc: NatsConnection | null = null;
  private js: JetStreamClient | null = null;
  private readonly shards: number;
  private pending: { subj: string; id: string; data: string }[] = [];
  private pumping: Promise<void> | null = null;
  /** Events handed to publish and not yet acknowledged or spooled. */
  private inFlight = 0;
  /** Lines in the spool file and in the file being resent (kept in memory for the backlog gauge). */
  private spoolLines = 0;
  private sendingLines = 0;
  private closed = false;
  private readonly spool: string;
  private readonly sending: string;
  private resendTimer: NodeJS.Timeout;
  private resending = false;
  private readonly connecting: Promise<void>;
  /** Counters for metrics and tests. */
  readonly stats = { published: 0, spooled: 0, resent: 0 };

  constructor(private readonly o: NatsEnginePortOptions) {
    super();
    this.shards = o.shards ?? 1;
    mkdirSync(o.spoolDir, { recursive: true });
    this.spool = join(o.spoolDir, 'events-spool.jsonl');
    this.sending = join(o.spoolDir, 'events-spool.sending.jsonl');
    // A spool left by an earlier run is resent like any other.
    for (const f of [this.spool, this.sending]) if (existsSync(f)) this.spoolLines += readFileSync(f, 'utf8').split('\n').filter(Boolean).length;
    this.connecting = this.start();
    this.resendTimer = setInterval(() => void this.resend(), 1000);
    this.resendTimer.unref();
  }

  private async start(): Promise<void> {
    try {
      // waitOnFirstConnect: keep trying while NATS is down at start-up; events spool meanwhile.
      const nc = await connect({ servers: this.o.servers, waitOnFirstConnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 250, name: 'distillguard-gateway' });
      if (this.closed) return void (await nc.close());
      this.nc = nc;
      await ensureStreams(await jetstreamManager(nc));
      this.js = jetstream(nc);
      void this.followRisk(this.js);
      void this.pump();
      void this.resend();
    } catch (e) {
      this.o.onError?.(e);
    }
  }

  /** Resolves when connected (tests, start-up logging). */
  connected(): Promise<void> {
    return this.connecting;
  }

  private async followRisk(js: JetStreamClient): Promise<void> {
    try {
      const c = await js.consumers.get(RISK_STREAM, { filter_subjects: 'dg.risk.>', deliver_policy: DeliverPolicy.LastPerSubject });
      const msgs = await c.consume();
      for await (const m of msgs) {
        try {
          this.applyRisk([m.json<RiskUpdate>()]);
        } catch (e) {
          this.o.onError?.(e);
        }
      }
    } catch (e) {
      if (!this.closed) this.o.onError?.(e);
    }
  }

  submit(i: Interaction): void {
    this.enqueue(`dg.events.${shardOf(i.account_id, this.shards)}`, `i:${i.id}`, { t: 'i', v: i });
  }

  registerAccount(a: Account): void {
    this.enqueue(`dg.events.${shardOf(a.account_id, this.shards)}`, `a:${a.account_id}:${a.created_at}`, { t: 'a', v: a });
  }

  private enqueue(subj: string, id: string, env: Envelope): void {
    if (this.closed) return;
    this.pending.push({ subj, id, data: JSON.stringify(env) });
    if (this.pending.length > 100_000) void this.toSpool(this.pending.splice(0, this.pending.length - 100_000));
    void this.pump();
  }

  /**
   * Events not yet safely in the stream: queued, being published, or in the spool. Zero means
   * everything this gateway recorded has reached JetStream (gauge `distillguard_engine_backlog`).
   */
  backlog(): number {
    return this.pending.length + this.inFlight + this.spoolLines + this.sendingLines;
  }

  private pump(): Promise<void> {
    if (!this.pumping) this.pumping = this.pumpLoop().finally(() => (this.pumping = null));
    return this.pumping;
  }

  private async pumpLoop(): Promise<void> {
    while (this.pending.length > 0) {
      const js = this.js;
      if (!js || this.nc?.isClosed()) {
        await this.toSpool(this.pending.splice(0));
        break;
      }
      const batch = this.pending.splice(0, 256);
      const failed: typeof batch = [];
      this.inFlight += batch.length;
      try {
        await Promise.all(batch.map(async (m) => {
          try {
            await js.publish(m.subj, m.data, { msgID: m.id, timeout: this.o.publishTimeoutMs ?? 2000 });
            this.stats.published++;
          } catch {
            failed.push(m);
          }
        }));
        if (failed.length > 0) await this.toSpool(failed);
      } finally {
        this.inFlight -= batch.length;
      }
    }
  }

  private async toSpool(items: { subj: string; id: string; data: string }[]): Promise<void> {
    if (items.length === 0) return;
    this.stats.spooled += items.length;
    this.spoolLines += items.length;
    await appendFile(this.spool, items.map((m) => JSON.stringify(m)).join('\n') + '\n');
  }

  /** Moves the spool aside and republishes it; whatever fails goes back into the (new) spool. */
  private async resend(): Promise<void> {
    if (this.resending || !this.js || this.closed) return;
    this.resending = true;
    try {
      if (!existsSync(this.sending)) {
        if (!existsSync(this.spool)) return;
        await rename(this.spool, this.sending);
        this.spoolLines = 0;
      }
      const lines = (await readFile(this.sending, 'utf8')).split('\n').filter(Boolean);
      this.sendingLines = lines.length;
      const js = this.js;
      const failed: { subj: string; id: string; data: string }[] = [];
      for (let i = 0; i < lines.length; i += 256) {
        const part = lines.slice(i, i + 256).map((l) => JSON.parse(l) as { subj: string; id: string; data: string });
        await Promise.all(part.map(async (m) => {
          try {
            await js.publish(m.subj, m.data, { msgID: m.id, timeout: this.o.publishTimeoutMs ?? 2000 });
            this.stats.resent++;
          } catch {
            failed.push(m);
          }
        }));
      }
      // Appending before removing: a crash in between only causes duplicates, which msgID absorbs.
      if (failed.length > 0) {
        await appendFile(this.spool, failed.map((m) => JSON.stringify(m)).join('\n') + '\n');
        this.spoolLines += failed.length;
      }
      await rm(this.sending, { force: true });
      this.sendingLines = 0;
    } catch (e) {
      this.o.onError?.(e);
    } finally {
      this.resending = false;
    }
  }

  /**
   * Distinct events waiting in the spool (tests). Counted by id: while a resend puts its failures
   * back, one event is briefly in both files, and a re-submitted event is spooled twice.
   */
  async spooled(): Promise<number> {
    const ids = new Set<string>();
    for (const f of [this.spool, this.sending]) {
      if (!existsSync(f)) continue;
      for (const line of (await readFile(f, 'utf8')).split('\n')) if (line) ids.add((JSON.parse(line) as { id: string }).id);
    }
    return ids.size;
  }

  async close(): Promise<void> {
    await this.pump();
    this.closed = true;
    clearInterval(this.resendTimer);
    const nc = this.nc;
    this.nc = null;
    this.js = null;
    if (nc) await nc.drain().catch(() => nc.close());
  }
}

export interface NatsWorkerOptions {
  servers: string[];
  shard: number;
  /** Module exporting createEngine (default: src/engine, or the placeholder). */
  engineModule?: string | null;
  engineOptions?: unknown;
  /** Wall-clock step interval (ms) when `clock` is not given. */
  tickMs?: number;
  /** When the cross-account step runs (event time for replays). Default: wall clock every tickMs. */
  clock?: StepClock;
  onError?: (e: unknown) => void;
  log?: (line: string) => void;
}

/** Worker side: consumes one shard's events, runs the engine, publishes risk updates. */
export async function runNatsWorker(o: NatsWorkerOptions): Promise<{ close(): Promise<void>; engineName: string; stats: { ingested: number; duplicates: number; published: number } }> {
  const { engine, name } = await loadEngine(o.engineModule ?? null, o.engineOptions ?? null);
  const nc = await connect({ servers: o.servers, waitOnFirstConnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 250, name: `distillguard-worker-${o.shard}` });
  const jsm = await jetstreamManager(nc);
  await ensureStreams(jsm);
  const durable = `dg-worker-${o.shard}`;
  try {
    await jsm.consumers.info(EVENTS_STREAM, durable);
  } catch {
    await jsm.consumers.add(EVENTS_STREAM, { durable_name: durable, ack_policy: AckPolicy.Explicit, filter_subject: `dg.events.${o.shard}`, max_ack_pending: 10_000 });
  }
  const js = jetstream(nc);
  const stats = { ingested: 0, duplicates: 0, published: 0 };
  const recent = new RecentIds(200_000);
  let stopped = false;

  // Risk goes out in order of computation; a publish that fails is reported and the next change
  // of that account's risk supersedes it (the stream keeps one message per account).
  let publishing: Promise<void> = Promise.resolve();
  const runner = new EngineRunner(engine, o.clock ?? { kind: 'wall', stepMs: o.tickMs ?? 1000 }, (updates) => {
    publishing = publishing.then(() => Promise.all(updates.map(async (u) => {
      try {
        await js.publish(riskSubject(u.accountId), JSON.stringify(u));
        stats.published++;
      } catch (err) {
        o.onError?.(err);
      }
    }))).then(() => undefined);
  }, (message) => o.onError?.(new Error(message)));
  runner.start();

  const consumer = await js.consumers.get(EVENTS_STREAM, durable);
  const messages = await consumer.consume({ max_messages: 1000 });
  const loop = (async () => {
    for await (const m of messages) {
      try {
        const env = m.json<Envelope>();
        const id = env.t === 'i' ? `i:${env.v.id}` : `a:${env.v.account_id}:${env.v.created_at}`;
        if (recent.add(id)) {
          if (env.t === 'i') {
            runner.ingest(env.v);
            stats.ingested++;
          } else runner.register(env.v);
        } else stats.duplicates++;
      } catch (e) {
        o.onError?.(e);
      }
      m.ack();
      if (stopped) break;
    }
  })();

  return {
    engineName: name,
    stats,
    async close() {
      stopped = true;
      await messages.close().catch(() => undefined);
      await loop.catch(() => undefined);
      runner.finish();
      await publishing;
      await nc.drain().catch(() => nc.close());
    },
  };
}

/** Bounded set of recently seen ids (insertion order eviction). */
class RecentIds {
  private readonly set = new Set<string>();
  constructor(private readonly max: number) {}
  /** True when the id is new. */
  add(id: string): boolean {
    if (this.set.has(id)) return false;
    this.set.add(id);
    if (this.set.size > this.max) {
      const first = this.set.values().next();
      if (!first.done) this.set.delete(first.value);
    }
    return true;
  }
}
