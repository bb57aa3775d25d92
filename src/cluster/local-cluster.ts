/**
 * The sharded engine in one process: N account shards and N artefact shards in worker threads, the campaign
 * coordinator in this thread. Messages travel encoded (messages.ts), as they travel over NATS between machines; this
 * thread routes them by receiver, as the NATS server routes subjects.
 */
import { Worker } from 'node:worker_threads';
import type { IpIntel } from '../enrich/ip.js';
import type { EngineOptions } from '../engine/engine.js';
import { decodeMessage, encodeMessage, RECEIVER, type Address, type ClusterMessage } from './messages.js';
import { CampaignRole, type Topology } from './roles.js';
import type { ShardWorkerData } from './shard-worker.js';

interface Routed {
  role: Address['role'];
  shard: number;
  bytes: Uint8Array;
}

export class LocalCluster {
  readonly campaign: CampaignRole;
  private readonly accounts: Worker[] = [];
  private readonly artefacts: Worker[] = [];
  private failure: Error | null = null;
  private readonly waiters: { step: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  /** Messages and bytes routed (for the benchmark's report). */
  messages = 0;
  bytes = 0;

  constructor(readonly topology: Topology, intel: IpIntel, options: EngineOptions = {}) {
    this.campaign = new CampaignRole(intel, options, topology, (m) => this.route(RECEIVER[m.kind], m.to, encodeMessage(m)), (step) => this.stepped(step));
    const start = (role: 'account' | 'artefact', index: number): Worker => {
      const workerData: ShardWorkerData = {
        role, index, topology,
        ...(options.itemSampleBits !== undefined ? { itemSampleBits: options.itemSampleBits } : {}),
        ...(role === 'account' && options.indicators ? { indicators: [...options.indicators.indicators] } : {}),
        ...(role === 'account' && options.spill ? { spill: options.spill } : {}),
      };
      const w = new Worker(new URL('./shard-worker.js', import.meta.url), { workerData });
      w.on('message', (msg: Routed | { error: string } | 'closed') => {
        if (msg === 'closed') return;
        if ('error' in msg) this.fail(new Error(`${role} shard ${index}: ${msg.error}`));
        else this.route(msg.role, msg.shard, msg.bytes);
      });
      w.on('error', (e) => this.fail(e));
      return w;
    };
    for (let k = 0; k < topology.accountShards; k++) this.accounts.push(start('account', k));
    for (let j = 0; j < topology.artefactShards; j++) this.artefacts.push(start('artefact', j));
  }

  /** Sends a message from outside the cluster (the router's input). */
  send(m: ClusterMessage): void {
    this.route(RECEIVER[m.kind], m.to, encodeMessage(m));
  }

  private route(role: Address['role'], shard: number, bytes: Uint8Array): void {
    this.messages++;
    this.bytes += bytes.byteLength;
    if (role === 'campaign') {
      try {
        this.campaign.receive(decodeMessage(bytes));
      } catch (e) {
        this.fail(e as Error);
      }
      return;
    }
    const w = (role === 'account' ? this.accounts : this.artefacts)[shard];
    if (!w) return this.fail(new Error(`no ${role} shard ${shard}`));
    w.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
  }

  private stepped(step: number): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i]!;
      if (w.step <= step) {
        this.waiters.splice(i, 1);
        w.resolve();
      }
    }
  }

  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    for (const w of this.waiters.splice(0)) w.reject(e);
  }

  /** Resolves once the coordinator has finished `step` (rejects if a shard failed). */
  async finished(step: number): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.campaign.done >= step) return;
    await new Promise<void>((resolve, reject) => this.waiters.push({ step, resolve, reject }));
  }

  /** Lets each shard release what it holds open (spill files; at most a second), then stops the threads. */
  async close(): Promise<void> {
    await Promise.all([...this.accounts, ...this.artefacts].map(async (w) => {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        w.on('message', (m: unknown) => {
          if (m === 'closed') {
            clearTimeout(timer);
            resolve();
          }
        });
        w.postMessage('close');
      });
      await w.terminate();
    }));
  }
}
