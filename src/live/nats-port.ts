/**
 * Gateway side of the multi-node engine over NATS JetStream: publishes interactions and sign-ups to `DG_EVENTS`
 * (nats-streams.ts) and follows `DG_RISK` from the last message per subject, so a restarted gateway knows every
 * account's latest risk at once. `distillguard worker` processes (nats-worker.ts) run the engine.
 *
 * At-least-once: `submit` resolves only when the event is durable — acknowledged by JetStream, or, when NATS is
 * down or slow to answer, fdatasync'd into the segmented spool (event-spool.ts), bounded by a size cap with a
 * fail-open or fail-closed policy — and the gateway completes a response only after that. The spool is resent
 * streaming once NATS is back. Every message has a JetStream `msgID` (the interaction id), so resends are
 * de-duplicated by the stream within its duplicate window, and workers count an id once (bounded memory of recent
 * ids), so a redelivery after a worker crash or a resend after the window is not counted twice.
 */
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { DeliverPolicy, jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import type { Account, Interaction } from '../dataset/types.js';
import { RiskTable, isRiskUpdate, type EnginePort } from './engine-port.js';
import { EventSpool, type SpoolFullPolicy, type SpoolRecord } from './event-spool.js';
import { RISK_STREAM, ensureStreams, shardOf, type Envelope } from './nats-streams.js';

export interface NatsEnginePortOptions {
  servers: string[];
  /** Directory of the spool used while NATS is unreachable (created 0700). */
  spoolDir: string;
  /** Size cap and what happens at it (see event-spool.ts). Default 1 GiB, drop-oldest. */
  spool?: { maxBytes?: number; segmentBytes?: number; full?: SpoolFullPolicy };
  /** Number of worker shards (must match the workers' --shards). Default 1. */
  shards?: number;
  /** How long a publish may wait for the stream's acknowledgement before it is given up (and spooled). */
  publishTimeoutMs?: number;
  /**
   * An event not acknowledged by the stream within this time is also written to the spool, so a request never
   * waits longer than this plus one group commit to be durable. Default 200 ms.
   */
  spoolAfterMs?: number;
  /** What of an event's text the spool keeps (the bus itself always carries the full event to the engine). */
  retain?: (i: Interaction) => Interaction;
  onError?: (e: unknown) => void;
  /** Operational lines (spool cap reached, corrupt spool lines). */
  log?: (line: string) => void;
}

/** Spool figures for metrics. */
export interface SpoolStats {
  bytes: number;
  events: number;
  maxBytes: number;
  segments: number;
  policy: SpoolFullPolicy;
  dropped: number;
  refused: number;
  resent: number;
  full: boolean;
}

const DEFAULT_SPOOL_MAX_BYTES = 1024 * 1024 * 1024;
const CAP_LOG_EVERY_MS = 10_000;

/**
 * Gateway side: publishes interactions, follows risk updates. `submit` resolves once the event is durable — stored
 * by JetStream (acknowledged) or fdatasync'd in the spool — or false when the spool's cap policy dropped it.
 */
export class NatsEnginePort extends RiskTable implements EnginePort {
  private nc: NatsConnection | null = null;
  private js: JetStreamClient | null = null;
  /** False between a disconnect and the next reconnect: events go straight to the spool. */
  private linkUp = false;
  private readonly shards: number;
  /** Events handed to publish and not yet acknowledged or spooled. */
  private inFlight = 0;
  /** Ids spooled because their publish was slow and acknowledged afterwards: skipped when the spool is resent. */
  private readonly ackedLate = new Set<string>();
  private closed = false;
  private readonly spoolReady: Promise<EventSpool>;
  private spool: EventSpool | null = null;
  private resendTimer: NodeJS.Timeout;
  private resending = false;
  private readonly connecting: Promise<void>;
  private lastCapLog = 0;
  private capSinceLog = 0;
  /** Counters for metrics and tests. */
  readonly stats = { published: 0, spooled: 0, resent: 0, ackedLate: 0 };

  constructor(private readonly o: NatsEnginePortOptions) {
    super();
    this.shards = o.shards ?? 1;
    const maxBytes = o.spool?.maxBytes ?? DEFAULT_SPOOL_MAX_BYTES;
    const policy = o.spool?.full ?? 'drop-oldest';
    this.spoolReady = EventSpool.open({
      dir: o.spoolDir, maxBytes, full: policy, ...(o.spool?.segmentBytes !== undefined ? { segmentBytes: o.spool.segmentBytes } : {}),
      onCap: (e) => this.capBit(e.policy, e.events, maxBytes),
      onCorrupt: (file, line) => this.o.log?.(`event spool: ${file}:${line} is not a record (a write cut short before it was acknowledged); skipped`),
    }).then((sp) => (this.spool = sp));
    this.spoolReady.catch((e: unknown) => this.o.onError?.(e));
    this.connecting = this.start();
    this.resendTimer = setInterval(() => void this.resend(), 500);
    this.resendTimer.unref();
  }

  /** One log line per 10 s while the cap bites, with the events affected since the last one. */
  private capBit(policy: SpoolFullPolicy, events: number, maxBytes: number): void {
    this.capSinceLog += events;
    const now = Date.now();
    if (now - this.lastCapLog < CAP_LOG_EVERY_MS) return;
    this.lastCapLog = now;
    const what = policy === 'refuse' ? 'refusing requests until it drains (fail-closed)' : policy === 'drop-oldest' ? 'dropping the oldest events (fail-open, drop-oldest)' : 'dropping new events (fail-open, drop-newest)';
    this.o.log?.(`event spool full (${(maxBytes / 1024 / 1024).toFixed(1)} MiB cap, NATS unreachable): ${what}; ${this.capSinceLog} events affected since the last report`);
    this.capSinceLog = 0;
  }

  private async start(): Promise<void> {
    try {
      await this.spoolReady;
      // Keep trying while NATS is down at start-up (events spool meanwhile); our own loop, so close() ends it.
      let nc: NatsConnection | null = null;
      for (let attempt = 0; !this.closed && nc === null; attempt++) {
        try {
          nc = await connect({ servers: this.o.servers, maxReconnectAttempts: -1, reconnectTimeWait: 250, timeout: 2000, name: 'distillguard-gateway' });
        } catch (e) {
          if (attempt === 0) this.o.onError?.(e);
          await new Promise((r) => setTimeout(r, 250).unref());
        }
      }
      if (nc === null) return;
      if (this.closed) return void (await nc.close());
      this.nc = nc;
      await ensureStreams(await jetstreamManager(nc));
      this.js = jetstream(nc);
      this.linkUp = true;
      void this.watchStatus(nc);
      void this.followRisk(this.js);
      void this.resend();
    } catch (e) {
      this.o.onError?.(e);
    }
  }

  private async watchStatus(nc: NatsConnection): Promise<void> {
    for await (const st of nc.status()) {
      if (st.type === 'disconnect' || st.type === 'reconnecting' || st.type === 'staleConnection') this.linkUp = false;
      else if (st.type === 'reconnect') {
        this.linkUp = true;
        void this.resend();
      }
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
          const u = m.json<unknown>();
          if (isRiskUpdate(u)) this.applyRisk([u]);
          else this.o.onError?.(new Error(`${RISK_STREAM} message ${m.seq} is not a risk update; skipped`));
        } catch (e) {
          this.o.onError?.(e);
        }
      }
    } catch (e) {
      if (!this.closed) this.o.onError?.(e);
    }
  }

  submit(i: Interaction): Promise<boolean> {
    const spooled = this.o.retain ? { t: 'i', v: this.o.retain(i) } satisfies Envelope : null;
    return this.send({ subj: `dg.events.${shardOf(i.account_id, this.shards)}`, id: `i:${i.id}`, data: JSON.stringify({ t: 'i', v: i } satisfies Envelope) }, spooled);
  }

  registerAccount(a: Account): void {
    void this.send({ subj: `dg.events.${shardOf(a.account_id, this.shards)}`, id: `a:${a.account_id}:${a.created_at}`, data: JSON.stringify({ t: 'a', v: a } satisfies Envelope) }, null);
  }

  /** Fail-closed spool at its cap: the gateway refuses new requests. */
  accepting(): boolean {
    return !(this.spool?.full ?? false);
  }

  /**
   * Publishes one event; when NATS is down, or the acknowledgement is slower than spoolAfterMs, the event goes
   * (also) to the spool. Resolves true once it is durable in either place, false if the spool's cap refused it.
   */
  private async send(rec: SpoolRecord, spoolEnvelope: Envelope | null): Promise<boolean> {
    if (this.closed) return false;
    const toSpool = (): Promise<boolean> => this.toSpool(spoolEnvelope ? { ...rec, data: JSON.stringify(spoolEnvelope) } : rec);
    const js = this.js;
    if (!js || !this.linkUp || this.nc?.isClosed()) return toSpool();
    this.inFlight++;
    let spooling: Promise<boolean> | null = null;
    const acked = js.publish(rec.subj, rec.data, { msgID: rec.id, timeout: this.o.publishTimeoutMs ?? 2000 }).then(() => {
      this.stats.published++;
      if (spooling) {
        // Already spooled too: the resend skips it (and the stream would drop it as a duplicate anyway).
        this.ackedLate.add(rec.id);
        this.stats.ackedLate++;
      }
      return true;
    }, () => false);
    try {
      const first = await Promise.race([acked, new Promise<'slow'>((r) => setTimeout(() => r('slow'), this.o.spoolAfterMs ?? 200).unref())]);
      if (first === true) return true;
      spooling = toSpool();
      // Durable as soon as either the stream or the spool has it.
      if (first === false) return await spooling;
      return await new Promise<boolean>((resolve) => {
        let pending = 2;
        const one = (ok: boolean) => {
          if (ok) resolve(true);
          else if (--pending === 0) resolve(false);
        };
        acked.then(one, () => one(false));
        spooling!.then(one, () => one(false));
      });
    } finally {
      this.inFlight--;
    }
  }

  private async toSpool(rec: SpoolRecord): Promise<boolean> {
    const spool = this.spool ?? (await this.spoolReady);
    try {
      const kept = await spool.append([rec]);
      if (kept) this.stats.spooled++;
      return kept;
    } catch (e) {
      this.o.onError?.(e);
      return false;
    }
  }

  /**
   * Events not yet safely in the stream: being published or waiting in the spool. Zero means everything this
   * gateway recorded has reached JetStream (gauge `distillguard_engine_backlog`).
   */
  backlog(): number {
    return this.inFlight + (this.spool?.events ?? 0);
  }

  spoolStats(): SpoolStats {
    const sp = this.spool;
    return {
      bytes: sp?.bytes ?? 0, events: sp?.events ?? 0, maxBytes: this.o.spool?.maxBytes ?? DEFAULT_SPOOL_MAX_BYTES, segments: sp?.segmentCount ?? 0,
      policy: this.o.spool?.full ?? 'drop-oldest', dropped: sp?.stats.dropped ?? 0, refused: sp?.stats.refused ?? 0, resent: sp?.stats.resent ?? 0, full: sp?.full ?? false,
    };
  }

  /** Streams the spool back to NATS, oldest first; stops at the first failure and resumes on the next tick. */
  private async resend(): Promise<void> {
    const spool = this.spool;
    const js = this.js;
    if (this.resending || !js || !spool || !this.linkUp || this.closed || spool.events === 0) return;
    this.resending = true;
    try {
      await spool.drain(async (batch) => {
        const failed: SpoolRecord[] = [];
        await Promise.all(batch.map(async (m) => {
          if (this.ackedLate.delete(m.id)) return;
          try {
            await js.publish(m.subj, m.data, { msgID: m.id, timeout: this.o.publishTimeoutMs ?? 2000 });
            this.stats.resent++;
          } catch {
            failed.push(m);
          }
        }));
        return failed;
      });
    } catch (e) {
      this.o.onError?.(e);
    } finally {
      this.resending = false;
    }
  }

  /** Distinct events waiting in the spool (tests). */
  async spooled(): Promise<number> {
    return (await (this.spool ?? (await this.spoolReady)).ids()).size;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.resendTimer);
    const nc = this.nc;
    this.nc = null;
    this.js = null;
    if (nc) await nc.drain().catch(() => nc.close());
    await this.spool?.close();
  }
}
