/**
 * The three roles as message handlers, independent of the transport: each takes messages in (`receive`, any order,
 * duplicates allowed) and sends messages out (`send`) once a step's inputs are complete. The same objects run in
 * worker threads (local-cluster.ts) and as `distillguard worker` processes over NATS (nats-cluster.ts).
 *
 * A role handles the steps in order and only once: a message for a step it has finished is dropped, and within a
 * step the Inbox drops a message id it has seen. A restarted role replays its durable input from the last
 * acknowledged message and re-sends what it sends with the same ids, which its receivers drop.
 */
import type { SpillOptions } from '../accounts/spill.js';
import type { IntelMatcher } from '../campaigns/intel.js';
import type { IpIntel } from '../enrich/ip.js';
import type { EngineOptions, RiskUpdate } from '../engine/engine.js';
import { AccountShard } from './account-shard.js';
import { ArtefactShard } from './artefact-shard.js';
import { CampaignCoordinator } from './coordinator.js';
import { Inbox, RECEIVER, split, type ClusterMessage, type Touch } from './messages.js';

export type Send = (m: ClusterMessage) => void;

export interface Topology {
  accountShards: number;
  artefactShards: number;
}

export interface Role {
  readonly name: string;
  /** Takes one message; returns false when it was a duplicate (already handled). */
  receive(m: ClusterMessage): boolean;
  /** The last step this role finished (−∞ before the first). */
  readonly done: number;
  /** Releases what the role holds open (an account shard's spill file). */
  close?(): void;
}

export class AccountRole implements Role {
  readonly shard: AccountShard;
  private readonly inbox = new Inbox();
  /** The step applied and waiting for feedback, or waiting for the coordinator's step message. */
  private phase: { step: number; waitingFor: 'feedback' | 'step' } | null = null;
  done = Number.NEGATIVE_INFINITY;
  readonly name: string;

  constructor(readonly index: number, private readonly topology: Topology, private readonly send: Send, options: { itemSampleBits?: number; indicators?: IntelMatcher; spill?: SpillOptions } = {}) {
    this.name = `account ${index}/${topology.accountShards}`;
    this.shard = new AccountShard({ shard: index, shards: topology.artefactShards, ...options });
  }

  receive(m: ClusterMessage): boolean {
    if (RECEIVER[m.kind] !== 'account' || m.step <= this.done || !this.inbox.add(m)) return false;
    this.pump();
    return true;
  }

  private pump(): void {
    for (;;) {
      if (this.phase === null) {
        const step = this.inbox.waiting('input').find((s) => s > this.done);
        if (step === undefined) return;
        // The previous step's template frames must be in before this step's requests are applied.
        const prev = this.inbox.peek('input', step, 0)?.prev;
        if (prev === undefined || (prev !== null && prev > this.done)) return;
        const input = this.inbox.take('input', step, 1);
        if (!input) return;
        const touches = this.shard.apply(input);
        touches.forEach((t, j) => split('touches', step, this.index, j, { touches: t }).forEach(this.send));
        this.phase = { step, waitingFor: 'feedback' };
      } else if (this.phase.waitingFor === 'feedback') {
        const feedback = this.inbox.take('feedback', this.phase.step, this.topology.artefactShards);
        if (!feedback) return;
        const summary = this.shard.settle(feedback.flatMap((m) => m.items));
        split('summary', this.phase.step, this.index, 0, summary).forEach(this.send);
        this.phase.waitingFor = 'step';
      } else {
        const done = this.inbox.take('step', this.phase.step, 1);
        if (!done) return;
        this.shard.stepDone(done[0]!.hot, this.phase.step);
        this.done = this.phase.step;
        this.phase = null;
        this.inbox.forgetBefore(this.done);
      }
    }
  }

  close(): void {
    this.shard.close();
  }
}

export class ArtefactRole implements Role {
  readonly shard: ArtefactShard;
  private readonly inbox = new Inbox();
  done = Number.NEGATIVE_INFINITY;
  readonly name: string;

  constructor(readonly index: number, private readonly topology: Topology, private readonly send: Send) {
    this.name = `artefact ${index}/${topology.artefactShards}`;
    this.shard = new ArtefactShard(index, topology.accountShards);
  }

  receive(m: ClusterMessage): boolean {
    if (RECEIVER[m.kind] !== 'artefact' || m.step <= this.done || !this.inbox.add(m)) return false;
    for (;;) {
      const step = this.inbox.waiting('touches').find((s) => s > this.done);
      if (step === undefined) break;
      const batch = this.inbox.take('touches', step, this.topology.accountShards);
      if (!batch) break;
      const touches: Touch[] = batch.flatMap((b) => b.touches);
      const out = this.shard.step(step, touches);
      split('joins', step, this.index, 0, { joins: out.joins }).forEach(this.send);
      out.feedback.forEach((items, k) => split('feedback', step, this.index, k, { items }).forEach(this.send));
      this.done = step;
      this.inbox.forgetBefore(step);
    }
    return true;
  }
}

export class CampaignRole implements Role {
  readonly coordinator: CampaignCoordinator;
  private readonly inbox = new Inbox();
  done = Number.NEGATIVE_INFINITY;
  readonly name = 'campaign';

  constructor(intel: IpIntel, options: EngineOptions, private readonly topology: Topology, private readonly send: Send, private readonly onStep?: (step: number, updates: RiskUpdate[]) => void) {
    this.coordinator = new CampaignCoordinator(intel, options);
  }

  /** Closes the engine's spill file: its spilled accounts cannot be read after this. */
  close(): void {
    this.coordinator.engine.close();
  }

  receive(m: ClusterMessage): boolean {
    if (RECEIVER[m.kind] !== 'campaign' || m.step <= this.done || !this.inbox.add(m)) return false;
    for (;;) {
      const steps = [...new Set([...this.inbox.waiting('summary'), ...this.inbox.waiting('joins')])].filter((s) => s > this.done).sort((a, b) => a - b);
      const step = steps[0];
      if (step === undefined) break;
      if (!this.inbox.complete('summary', step, this.topology.accountShards) || !this.inbox.complete('joins', step, this.topology.artefactShards)) break;
      const summaries = this.inbox.take('summary', step, this.topology.accountShards)!;
      const joins = this.inbox.take('joins', step, this.topology.artefactShards)!;
      const { hot, updates } = this.coordinator.step(step, summaries, joins);
      this.done = step;
      this.inbox.forgetBefore(step);
      for (let k = 0; k < this.topology.accountShards; k++) split('step', step, 0, k, { hot }).forEach(this.send);
      this.onStep?.(step, updates);
    }
    return true;
  }
}
