/**
 * `distillguard worker` without `--role`: one whole engine on one shard of `DG_EVENTS` (nats-streams.ts), read through
 * a durable consumer (a restarted worker resumes where it stopped), stepped on its clock (engine-runner.ts), its risk
 * updates published to `DG_RISK` for every gateway. Each event id is counted once (a bounded memory of recent ids), so
 * JetStream redeliveries and a gateway's spool resends are not counted twice.
 */
import { connect } from '@nats-io/transport-node';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { DistillguardError } from '../errors.js';
import type { StepClock } from './engine-clock.js';
import { EngineRunner, type EngineLike } from './engine-runner.js';
import { DETECTOR, failureReason, startEngine, type EngineChoice } from './engines.js';
import { EVENTS_STREAM, ensureStreams, riskSubject, type Envelope } from './nats-streams.js';

export interface NatsWorkerOptions {
  servers: string[];
  shard: number;
  /** The engine to run. Default: the detector (src/engine). */
  engine?: EngineChoice;
  /** Wall-clock step interval (ms) when `clock` is not given. */
  tickMs?: number;
  /** When the cross-account step runs (event time for replays). Default: wall clock every tickMs. */
  clock?: StepClock;
  onError?: (e: unknown) => void;
  log?: (line: string) => void;
  /** How many recent event ids the worker remembers to count each once (default 1,000,000, ~100 MB). */
  dedupeIds?: number;
  /** Called once per distinct interaction ingested (tests, audits of delivery). */
  onIngest?: (id: string) => void;
}

/** Worker side: consumes one shard's events, runs the engine, publishes risk updates. */
export async function runNatsWorker(o: NatsWorkerOptions): Promise<{ close(): Promise<void>; engineName: string; stats: { ingested: number; duplicates: number; published: number } }> {
  let started: { engine: EngineLike; name: string };
  try {
    started = startEngine(o.engine ?? DETECTOR);
  } catch (e) {
    throw new DistillguardError('ENGINE_START', `the detection engine did not start: ${failureReason(e)}`, { cause: e });
  }
  const { engine, name } = started;
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
  const recent = new RecentIds(o.dedupeIds ?? 1_000_000);
  let stopped = false;

  // Risk goes out in order of computation; a publish that fails is reported and the next change
  // of that account's risk supersedes it (the stream keeps one message per account).
  let publishing: Promise<void> = Promise.resolve();
  const runner = new EngineRunner(engine, o.clock ?? { kind: 'wall', stepMs: o.tickMs ?? 1000 }, (updates) => {
    publishing = publishing.then(() => Promise.all(updates.map(async (u) => {
      try {
        await js.publish(riskSubject(u.account), JSON.stringify(u));
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
            o.onIngest?.(env.v.id);
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
