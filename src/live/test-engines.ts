/**
 * Engines for tests and demos of the live wiring, chosen with `{ kind: 'test', engine: … }` (engines.ts). They have
 * the detector's live shape, so the worker thread, the NATS worker and the gateway run them exactly as they run it:
 * - `marker`: an account whose prompt contains the marker gets the configured risk at the next step;
 * - `known-operation`: the real detector that has already replayed the engine fixture's world (one harvesting
 *   operation on three cards, confirmed as a campaign) before it is handed any live traffic;
 * - `fails-to-start`: creating it throws, as a detector whose data cannot be loaded does;
 * - `dies-on`: the engine's thread dies on the first prompt containing the marker, as it does out of memory.
 */
import type { Account, Interaction } from '../dataset/types.js';
import { IpIntel } from '../enrich/ip.js';
import { Engine, type RiskUpdate } from '../engine/engine.js';
import { liveEngine } from '../engine/index.js';
import { buildWorld, replay } from '../engine/engine-world.fixture.js';
import type { EngineLike } from './engine-runner.js';

export type TestEngine =
  | { name: 'marker'; marker: string; risk: number; campaignId?: string | null }
  | { name: 'known-operation' }
  | { name: 'fails-to-start'; message: string }
  | { name: 'dies-on'; marker: string };

export function createTestEngine(t: TestEngine): EngineLike {
  switch (t.name) {
    case 'marker':
      return markerEngine(t.marker, t.risk, t.campaignId ?? null);
    case 'known-operation':
      return knownOperationEngine();
    case 'fails-to-start':
      throw new Error(t.message);
    case 'dies-on':
      return {
        ingest(i: Interaction): void {
          // Thrown outside the runner's per-interaction error handling: the thread itself ends.
          if (i.prompt.includes(t.marker)) setImmediate(() => {
            throw new Error(`test engine died on a prompt containing ${JSON.stringify(t.marker)}`);
          });
        },
        tick: () => [],
      };
  }
}

function markerEngine(marker: string, risk: number, campaignId: string | null): EngineLike {
  const hit = new Set<string>();
  const reported = new Set<string>();
  return {
    ingest(i: Interaction): void {
      if (i.prompt.includes(marker)) hit.add(i.account_id);
    },
    tick(nowMs: number): RiskUpdate[] {
      const out: RiskUpdate[] = [];
      for (const account of hit) {
        if (reported.has(account)) continue;
        reported.add(account);
        out.push({ account, risk, flagged: true, campaignId, reasons: ['marker_prompt'], at: nowMs });
      }
      return out;
    },
  };
}

function knownOperationEngine(): EngineLike {
  const engine = new Engine(IpIntel.shared());
  const { accounts, requests } = buildWorld();
  for (const a of accounts as Account[]) engine.registerAccount(a);
  engine.tick(replay(engine, requests));
  engine.takeUpdates();
  return liveEngine(engine);
}
