/**
 * The sharded engine across machines: one `distillguard worker --role R --shard i/N` process per role and shard,
 * exchanging the messages of messages.ts over NATS JetStream. Each role and shard has its subject
 * (`dg.cluster.<role>.<shard>`, stream DG_CLUSTER) and a durable consumer on it; a message is acknowledged once it is
 * handled and what it made is published (JetStream confirmed the publish), so a worker killed at any point loses
 * nothing. Publishes carry the message id as JetStream's msgID, and receivers drop ids they have handled, so nothing
 * is counted twice.
 *
 * A role's state is its input: a restarted worker first reads its subject from the start up to the consumer's
 * acknowledged floor (rebuilding its state; what it re-sends has the ids it had and is dropped downstream), then
 * takes the durable consumer's unacknowledged and new messages. Checkpoints that shorten the rebuild are not kept
 * yet (docs/scale.md).
 */
import { writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { DistillguardError } from '../errors.js';
import type { IpIntel } from '../enrich/ip.js';
import type { EngineOptions, RiskUpdate } from '../engine/engine.js';
import { ensureStreams, riskSubject } from '../live/nats-streams.js';
import { decodeMessage, encodeMessage, RECEIVER, type Address, type ClusterMessage } from './messages.js';
import { AccountRole, ArtefactRole, CampaignRole, type Role, type Topology } from './roles.js';

export const CLUSTER_STREAM = 'DG_CLUSTER';
const NANOS_PER_MS = 1_000_000;
/** JetStream drops a re-published id within this window; receivers drop older repeats themselves. */
const DUPLICATE_WINDOW_MS = 10 * 60_000;
/** A delivered message not acknowledged in this time is delivered again (a worker died while handling it). */
const ACK_WAIT_MS = 5_000;

export function clusterSubject(a: Address): string {
  return `dg.cluster.${a.role}.${a.shard}`;
}

export async function ensureClusterStream(jsm: JetStreamManager): Promise<void> {
  try {
    await jsm.streams.info(CLUSTER_STREAM);
  } catch {
    try {
      await jsm.streams.add({ name: CLUSTER_STREAM, subjects: ['dg.cluster.>'], duplicate_window: DUPLICATE_WINDOW_MS * NANOS_PER_MS });
    } catch (e) {
      if (!/already in use/i.test((e as Error).message)) throw e;
    }
  }
}

/** Publishes cluster messages in order; `flush` resolves once JetStream has confirmed every one sent so far. */
export class ClusterPublisher {
  private chain: Promise<void> = Promise.resolve();
  private failure: Error | null = null;
  published = 0;

  /** `maxPayload`: the server's limit (`nc.info.max_payload`); a larger message fails at once, never retried. */
  constructor(private readonly js: JetStreamClient, private readonly maxPayload = Infinity) {}

  send = (m: ClusterMessage): void => {
    this.publishTo(clusterSubject({ role: RECEIVER[m.kind], shard: m.to }), encodeMessage(m), m.id);
  };

  /** Publishes any payload in order with the others, under a msgID. */
  publishTo(subject: string, bytes: Uint8Array, id: string): void {
    if (bytes.length > this.maxPayload) {
      this.failure ??= new DistillguardError('CLUSTER_PAYLOAD', `message ${id} is ${bytes.length} bytes; the NATS server accepts ${this.maxPayload} (raise max_payload in its configuration)`);
      return;
    }
    this.chain = this.chain.then(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          await this.js.publish(subject, bytes, { msgID: id, timeout: 10_000 });
          this.published++;
          return;
        } catch (e) {
          if (attempt >= 20) {
            this.failure ??= e as Error;
            return;
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    });
  }

  async flush(): Promise<void> {
    await this.chain;
    if (this.failure) throw this.failure;
  }
}

export interface ClusterWorkerOptions {
  servers: string[];
  role: Address['role'];
  shard: number;
  topology: Topology;
  /**
   * Name of this copy of the role and shard (own durable consumer). Copies compute the same messages with the same
   * ids, which JetStream and the receivers deduplicate: a second copy is a hot standby.
   */
  replica?: string;
  /** Campaign role: IP tables. */
  intel?: IpIntel;
  /** The campaign role's engine options; an account role takes its item sampling, imported indicators and spilling. */
  engineOptions?: EngineOptions;
  /** Campaign role: directory for verdicts.jsonl, campaigns.json and progress.json (rewritten as steps finish). */
  out?: string;
  onError?: (e: unknown) => void;
  /**
   * JetStream refused what a message caused (after retries): the worker stops taking messages, that one is not
   * acknowledged, and a restart rebuilds and carries on. The CLI exits with an error.
   */
  onFatal?: (e: Error) => void;
}

export interface ClusterWorker {
  readonly role: Role;
  readonly stats: { handled: number; duplicates: number; rebuilt: number; published: number };
  close(): Promise<void>;
}

export async function runClusterWorker(o: ClusterWorkerOptions): Promise<ClusterWorker> {
  const nc: NatsConnection = await connect({ servers: o.servers, waitOnFirstConnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 250, name: `distillguard-${o.role}-${o.shard}` });
  const jsm = await jetstreamManager(nc);
  await ensureClusterStream(jsm);
  const js = jetstream(nc);
  const publisher = new ClusterPublisher(js, nc.info?.max_payload);
  const subject = clusterSubject({ role: o.role, shard: o.shard });
  const durable = `dg-cluster-${o.role}-${o.shard}-${o.replica ?? 'a'}`;
  const ackFloor = await ensureDurable(jsm, CLUSTER_STREAM, durable, subject);
  const stats = { handled: 0, duplicates: 0, rebuilt: 0, published: 0 };
  const writer = o.role === 'campaign' && o.out ? new ProgressWriter(o.out) : null;
  let role: Role;
  if (o.role === 'account') {
    const { itemSampleBits, indicators, spill } = o.engineOptions ?? {};
    role = new AccountRole(o.shard, o.topology, publisher.send, { ...(itemSampleBits !== undefined ? { itemSampleBits } : {}), ...(indicators ? { indicators } : {}), ...(spill ? { spill } : {}) });
  }
  else if (o.role === 'artefact') role = new ArtefactRole(o.shard, o.topology, publisher.send);
  else {
    if (!o.intel) throw new Error('the campaign role needs IP tables');
    // Risk goes to the gateways as the whole-engine worker sends it (DG_RISK, one subject per account); the id makes
    // a replica's copy, or a rebuild's, a duplicate JetStream drops.
    await ensureStreams(jsm);
    const risk = (step: number, updates: RiskUpdate[]): void => {
      for (const u of updates) {
        publisher.publishTo(riskSubject(u.account), new TextEncoder().encode(JSON.stringify(u)), `risk:${step}:${u.account}`);
      }
    };
    const campaign: CampaignRole = new CampaignRole(o.intel, o.engineOptions ?? {}, o.topology, publisher.send, (step, updates) => {
      risk(step, updates);
      writer?.stepped(campaign, step);
    });
    role = campaign;
  }
  const handle = (data: Uint8Array): void => {
    try {
      if (role.receive(decodeMessage(data))) stats.handled++;
      else stats.duplicates++;
    } catch (e) {
      o.onError?.(e);
    }
  };
  const consuming = await consumeDurable({ js, stream: CLUSTER_STREAM, durable, filter: subject, ackFloor, handle, publisher, stats, ...(o.onError ? { onError: o.onError } : {}), ...(o.onFatal ? { onFatal: o.onFatal } : {}) });
  return {
    role,
    stats,
    async close() {
      await consuming.close();
      await publisher.flush().catch((e) => o.onError?.(e));
      writer?.flush();
      role.close?.();
      await nc.drain().catch(() => nc.close());
    },
  };
}

/**
 * Takes a durable consumer's messages one at a time: handle, wait until JetStream has what the handling published,
 * acknowledge. First, when the consumer had acknowledged messages before (a restart), the subject's history up to
 * that floor is handled again to rebuild the handler's state (`ackFloor`, from the consumer's info).
 */
export async function consumeDurable(o: {
  js: JetStreamClient;
  stream: string;
  durable: string;
  filter: string;
  ackFloor: number;
  handle: (data: Uint8Array) => void;
  publisher: ClusterPublisher;
  stats: { rebuilt: number; published: number };
  onError?: (e: unknown) => void;
  onFatal?: (e: Error) => void;
}): Promise<{ close(): Promise<void> }> {
  if (o.ackFloor > 0) {
    const ordered = await o.js.consumers.get(o.stream, { filter_subjects: o.filter, deliver_policy: DeliverPolicy.All });
    const history = await ordered.consume();
    for await (const m of history) {
      o.handle(m.data);
      o.stats.rebuilt++;
      if (m.seq >= o.ackFloor) break;
    }
    await history.close().catch(() => undefined);
  }
  const consumer = await o.js.consumers.get(o.stream, o.durable);
  const messages = await consumer.consume({ max_messages: 256 });
  let stopped = false;
  const loop = (async () => {
    for await (const m of messages) {
      o.handle(m.data);
      try {
        // What the message made is in the stream before the message is acknowledged.
        await o.publisher.flush();
      } catch (e) {
        o.onFatal?.(e as Error);
        break;
      }
      await m.ackAck().catch((e: unknown) => o.onError?.(e));
      o.stats.published = o.publisher.published;
      if (stopped) break;
    }
  })();
  return {
    async close() {
      stopped = true;
      await messages.close().catch(() => undefined);
      await loop.catch(() => undefined);
    },
  };
}

/** Creates a durable consumer unless it exists; returns its acknowledged floor (0 for a new one). */
export async function ensureDurable(jsm: JetStreamManager, stream: string, durable: string, filter: string): Promise<number> {
  try {
    const info = await jsm.consumers.info(stream, durable);
    return info.ack_floor.stream_seq;
  } catch {
    await jsm.consumers.add(stream, { durable_name: durable, ack_policy: AckPolicy.Explicit, filter_subject: filter, deliver_policy: DeliverPolicy.All, ack_wait: ACK_WAIT_MS * NANOS_PER_MS, max_ack_pending: 10_000 });
    return 0;
  }
}

/**
 * The campaign role's outputs in a directory: verdicts.jsonl (the spec's contract), campaigns.json (id, label,
 * members, first flag) and progress.json (last step, interactions counted), replaced atomically at most once a
 * second and at the end.
 */
class ProgressWriter {
  private last = 0;
  private pending: { role: CampaignRole; step: number } | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  stepped(role: CampaignRole, step: number): void {
    this.pending = { role, step };
    if (Date.now() - this.last >= 1000) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), 1000);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.last = Date.now();
    const engine = p.role.coordinator.engine;
    const put = (name: string, text: string): void => {
      writeFileSync(join(this.dir, `.${name}`), text);
      renameSync(join(this.dir, `.${name}`), join(this.dir, name));
    };
    put('verdicts.jsonl', engine.verdicts().map((v) => JSON.stringify(v)).join('\n') + '\n');
    const campaigns = engine.liveCampaigns().map((c) => ({ id: c.id, label: c.label, first_flagged_at: new Date(c.firstFlaggedAt).toISOString(), members: [...c.members].map((a) => engine.states[a]!.id).sort() }));
    put('campaigns.json', JSON.stringify({ generated_by: 'distillguard worker --role campaign', campaigns }, null, 2) + '\n');
    put('progress.json', JSON.stringify({ step: new Date(p.step).toISOString(), stepMs: p.step, observed: engine.observed }) + '\n');
  }
}
