/**
 * Review state, step-up verification lifts and risk shared by many gateway nodes through Redis
 * (standalone or Cluster), next to the rate limits (redis-limiter.ts). An allowlist, block, confirm,
 * dismiss or unblock, and a verification lifted or required again, made on one gateway holds on every
 * other within a moment; the latest risk each account got is mirrored so a gateway that starts while
 * the event bus is down still knows whom to block.
 *
 * Reviews are last-writer-wins rows keyed by account (`updated_at` decides; lifting a review leaves
 * a tombstone row with `state: null`, so a lift is not undone by an older copy). A change is written
 * to one hash and announced on a pub/sub channel; every node also re-reads the hash every few
 * seconds and writes back any row it holds that Redis lacks or has older, so a Redis restart that
 * lost everything (no persistence) or a missed announcement heals by itself. Verifications work the
 * same way in their own hash and channel (`verified: null` is the tombstone of a lift taken back). All keys carry one
 * hash tag, so in a cluster they live on one shard.
 */
import { Cluster, Redis } from 'ioredis';
import type { RiskUpdate } from '../engine/engine.js';
import type { RedisState } from './redis-limiter.js';
import type { SharedReviewRow, SharedState, SharedVerificationRow } from './store.js';

export interface RedisSharedStateOptions {
  state: RedisState;
  /** Key prefix (default `dg`). */
  prefix?: string;
  timeoutMs?: number;
  onError?: (e: unknown) => void;
}

export class RedisSharedState implements SharedState {
  private readonly client: Redis | Cluster;
  private readonly sub: Redis | Cluster;
  private readonly reviewsKey: string;
  private readonly riskKey: string;
  private readonly channel: string;
  private readonly verifiedKey: string;
  private readonly verifiedChannel: string;
  private readonly listeners: ((row: SharedReviewRow) => void)[] = [];
  private readonly verificationListeners: ((row: SharedVerificationRow) => void)[] = [];

  constructor(private readonly o: RedisSharedStateOptions) {
    const prefix = o.prefix ?? 'dg';
    this.reviewsKey = `${prefix}:{shared}:reviews`;
    this.riskKey = `${prefix}:{shared}:risk`;
    this.channel = `${prefix}:reviews`;
    this.verifiedKey = `${prefix}:{shared}:verified`;
    this.verifiedChannel = `${prefix}:verified`;
    const common = { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: o.timeoutMs ?? 500 };
    const make = () => (o.state.kind === 'standalone'
      ? new Redis(o.state.url, common)
      : new Cluster(o.state.nodes, { redisOptions: common, enableOfflineQueue: false, slotsRefreshTimeout: 2000 }));
    this.client = make();
    // The subscriber keeps its own connection (a subscribed connection can run nothing else); it
    // queues the SUBSCRIBE until connected and re-subscribes after every reconnect.
    this.sub = o.state.kind === 'standalone'
      ? new Redis(o.state.url, { ...common, enableOfflineQueue: true, commandTimeout: undefined })
      : new Cluster(o.state.nodes, { redisOptions: { ...common, commandTimeout: undefined }, enableOfflineQueue: true });
    this.client.on('error', (e: unknown) => o.onError?.(e));
    this.sub.on('error', (e: unknown) => o.onError?.(e));
    this.sub.on('message', (channel: string, msg: string) => {
      let row: unknown;
      try {
        row = JSON.parse(msg);
      } catch {
        return;
      }
      if (channel === this.verifiedChannel) for (const l of this.verificationListeners) l(row as SharedVerificationRow);
      else for (const l of this.listeners) l(row as SharedReviewRow);
    });
    this.sub.subscribe(this.channel, this.verifiedChannel).catch((e: unknown) => o.onError?.(e));
  }

  async ready(): Promise<void> {
    for (const c of [this.client, this.sub]) {
      if (c.status === 'ready') continue;
      await new Promise<void>((resolve) => c.once('ready', () => resolve()));
    }
  }

  async loadReviews(): Promise<SharedReviewRow[]> {
    return this.loadHash<SharedReviewRow>(this.reviewsKey);
  }

  /** Every parseable row of a hash; a foreign or corrupt value is skipped (the next write replaces it). */
  private async loadHash<T>(key: string): Promise<T[]> {
    const all = await this.client.hgetall(key);
    const out: T[] = [];
    for (const v of Object.values(all)) {
      try {
        out.push(JSON.parse(v) as T);
      } catch {
        // skipped, see above
      }
    }
    return out;
  }

  async putReview(row: SharedReviewRow): Promise<void> {
    const s = JSON.stringify(row);
    await this.client.hset(this.reviewsKey, row.account_id, s);
    await this.client.publish(this.channel, s);
  }

  onReview(cb: (row: SharedReviewRow) => void): void {
    this.listeners.push(cb);
  }

  async loadVerifications(): Promise<SharedVerificationRow[]> {
    return this.loadHash<SharedVerificationRow>(this.verifiedKey);
  }

  async putVerification(row: SharedVerificationRow): Promise<void> {
    const s = JSON.stringify(row);
    await this.client.hset(this.verifiedKey, row.account_id, s);
    await this.client.publish(this.verifiedChannel, s);
  }

  onVerification(cb: (row: SharedVerificationRow) => void): void {
    this.verificationListeners.push(cb);
  }

  putRisk(updates: RiskUpdate[]): void {
    if (updates.length === 0) return;
    const args: string[] = [];
    for (const u of updates) args.push(u.account, JSON.stringify(u));
    this.client.hset(this.riskKey, ...args).catch((e: unknown) => this.o.onError?.(e));
  }

  async loadRisk(): Promise<RiskUpdate[]> {
    const all = await this.client.hgetall(this.riskKey);
    const out: RiskUpdate[] = [];
    for (const v of Object.values(all)) {
      try {
        out.push(JSON.parse(v) as RiskUpdate);
      } catch {
        // ignore, see loadReviews
      }
    }
    return out;
  }

  async close(): Promise<void> {
    this.sub.disconnect();
    this.client.disconnect();
  }
}
