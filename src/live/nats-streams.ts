/**
 * The NATS JetStream streams between gateways and engine workers, shared by both sides (nats-port.ts, nats-worker.ts)
 * and by the sharded engine's router (cluster/event-router.ts).
 *
 * Gateways publish every interaction (and each account's sign-up facts) to the `DG_EVENTS` stream on subject
 * `dg.events.<shard>`, shard = hash(account) mod shards, so one account's traffic always reaches the same worker.
 * Workers publish risk updates (the engine's `RiskUpdate`, JSON) to the `DG_RISK` stream on `dg.risk.<account>`
 * (one message kept per account).
 */
import type { JetStreamManager } from '@nats-io/jetstream';
import type { Account, Interaction } from '../dataset/types.js';

export const EVENTS_STREAM = 'DG_EVENTS';
export const RISK_STREAM = 'DG_RISK';
const DUPLICATE_WINDOW_MS = 30 * 60_000;
const NANOS_PER_MS = 1_000_000;

/** A `DG_EVENTS` message. */
export type Envelope = { t: 'i'; v: Interaction } | { t: 'a'; v: Account };

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
