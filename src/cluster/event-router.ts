/**
 * `distillguard worker --role router`: feeds the sharded engine from the gateways' event stream. Gateways started with
 * `serve --events nats://…` publish every interaction and sign-up to DG_EVENTS (live/nats-port.ts, any number of
 * event shards); the router takes all of them through one durable consumer, observes them (per-request signals),
 * orders them within a lateness window as `analyze` does, and cuts time steps on the interactions' own clock
 * (StepRouter), publishing each step's `input` messages to the account shards.
 *
 * Everything it does follows from the stream's order, so a restarted router rebuilds by handling the stream again
 * up to its acknowledged floor and re-sends the messages it sent, with the same ids. Steps advance with event time:
 * a step is sent once an interaction `lateness` after its end has arrived (no traffic, no step).
 */
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { IpIntel } from '../enrich/ip.js';
import { MinHeap } from '../engine/heap.js';
import type { Observation } from '../engine/observation.js';
import { Observer } from '../engine/observe.js';
import { EVENTS_STREAM, ensureStreams, type Envelope } from '../live/nats-streams.js';
import { ClusterPublisher, consumeDurable, ensureClusterStream, ensureDurable } from './nats-cluster.js';
import { StepRouter } from './router.js';

/** Interaction ids remembered for dropping repeats (a gateway's spool re-sent after JetStream's duplicate window). */
const RECENT_IDS = 1 << 20;

export interface EventRouterOptions {
  servers: string[];
  accountShards: number;
  intel: IpIntel;
  /** Simulated time between steps (ms of event time; default one hour, as `analyze`). */
  stepMs?: number;
  /** How late an interaction may arrive and still be applied in order (ms of event time; default one hour). */
  latenessMs?: number;
  replica?: string;
  onError?: (e: unknown) => void;
  onFatal?: (e: Error) => void;
}

export async function runEventRouter(o: EventRouterOptions): Promise<{ stats: { handled: number; duplicates: number; rebuilt: number; published: number; steps: number }; close(): Promise<void> }> {
  const nc = await connect({ servers: o.servers, waitOnFirstConnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 250, name: 'distillguard-router' });
  const jsm = await jetstreamManager(nc);
  await ensureStreams(jsm);
  await ensureClusterStream(jsm);
  const js = jetstream(nc);
  const publisher = new ClusterPublisher(js, nc.info?.max_payload);
  const router = new StepRouter(o.accountShards, o.stepMs ?? 3_600_000, publisher.send);
  const observer = new Observer(o.intel);
  const lateness = o.latenessMs ?? 3_600_000;
  const heap = new MinHeap<Observation>();
  let maxSeen = Number.NEGATIVE_INFINITY;
  const recent = new Set<string>();
  const stats = { handled: 0, duplicates: 0, rebuilt: 0, published: 0, steps: 0 };
  const handle = (data: Uint8Array): void => {
    try {
      const env = JSON.parse(new TextDecoder().decode(data)) as Envelope;
      if (env.t === 'a') {
        router.register(env.v, env.v.signup_ip ? o.intel.lookup(env.v.signup_ip).prefix : null);
        stats.handled++;
        return;
      }
      if (recent.has(env.v.id)) {
        stats.duplicates++;
        return;
      }
      recent.add(env.v.id);
      if (recent.size > RECENT_IDS) recent.delete(recent.values().next().value!);
      const obs = observer.observe(env.v);
      heap.push(obs.ts, obs);
      if (obs.ts > maxSeen) maxSeen = obs.ts;
      while (heap.size > 0 && heap.peekKey() <= maxSeen - lateness) router.push(heap.pop()!);
      stats.handled++;
      stats.steps = router.sent.length;
    } catch (e) {
      o.onError?.(e);
    }
  };
  const durable = `dg-cluster-router-${o.replica ?? 'a'}`;
  const ackFloor = await ensureDurable(jsm, EVENTS_STREAM, durable, 'dg.events.>');
  const consuming = await consumeDurable({ js, stream: EVENTS_STREAM, durable, filter: 'dg.events.>', ackFloor, handle, publisher, stats, ...(o.onError ? { onError: o.onError } : {}), ...(o.onFatal ? { onFatal: o.onFatal } : {}) });
  return {
    stats,
    async close() {
      await consuming.close();
      await publisher.flush().catch((e) => o.onError?.(e));
      await nc.drain().catch(() => nc.close());
    },
  };
}
