/**
 * Worker-thread side of WorkerEnginePort: receives interaction batches, feeds them to the engine,
 * runs the engine's periodic cross-account step every `tickMs` on the wall clock (this is the live
 * driver; the engine itself only sees the `nowMs` it is given) and posts risk updates back.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { Account, Interaction } from '../dataset/types.js';
import type { FromWorker, RiskUpdate, ToWorker } from './engine-port.js';

/** What the gateway needs from an engine; src/engine/index.ts exports `createEngine` returning this. */
export interface EngineLike {
  registerAccount?(a: Account): void;
  ingest(i: Interaction): void;
  tick(nowMs: number): EngineRiskUpdate[];
}

/** The engine may name fields `account`/`at` (src/engine) or `accountId`/`updatedAt` (the port's own shape). */
export type EngineRiskUpdate = Omit<RiskUpdate, 'accountId' | 'updatedAt'> & ({ accountId: string } | { account: string }) & ({ updatedAt: string } | { at: number });

export function normalizeUpdate(u: EngineRiskUpdate): RiskUpdate {
  return {
    accountId: 'accountId' in u ? u.accountId : u.account,
    risk: u.risk, flagged: u.flagged, campaignId: u.campaignId, reasons: u.reasons,
    updatedAt: 'updatedAt' in u ? u.updatedAt : new Date(u.at).toISOString(),
  };
}

type CreateEngine = (options?: unknown) => EngineLike;

// PLACEHOLDER until src/engine lands: scores nothing, so every account stays at "unknown risk".
function createPlaceholderEngine(): EngineLike {
  return { ingest() {}, tick: () => [] };
}

export async function loadEngine(moduleSpec: string | null, options: unknown): Promise<{ engine: EngineLike; name: string }> {
  const url = moduleSpec ?? new URL('../engine/index.js', import.meta.url).href;
  // Only a missing default engine falls back; a broken or explicitly named one is an error.
  if (moduleSpec === null && !existsSync(fileURLToPath(url))) return { engine: createPlaceholderEngine(), name: 'placeholder' };
  const mod = (await import(url)) as { createEngine?: CreateEngine };
  if (typeof mod.createEngine !== 'function') {
    if (moduleSpec === null) return { engine: createPlaceholderEngine(), name: 'placeholder' };
    throw new Error(`${url} does not export createEngine`);
  }
  return { engine: options === null ? mod.createEngine() : mod.createEngine(options), name: moduleSpec ?? 'src/engine' };
}

const port = parentPort;
if (port) {
  const data = workerData as { tickMs: number; engineModule: string | null; engineOptions: unknown };
  const post = (m: FromWorker) => port.postMessage(m);
  let engine: EngineLike | null = null;
  const queue: Interaction[][] = [];
  let closing = false;

  const tick = () => {
    if (!engine) return;
    try {
      const updates = engine.tick(Date.now());
      if (updates.length > 0) post({ type: 'risk', updates: updates.map(normalizeUpdate) });
    } catch (e) {
      post({ type: 'error', message: `engine tick failed: ${(e as Error).message}` });
    }
  };
  const accounts: Account[] = [];
  const register = (a: Account) => {
    if (!engine) return void accounts.push(a);
    try {
      engine.registerAccount?.(a);
    } catch (e) {
      post({ type: 'error', message: `engine registerAccount failed on ${a.account_id}: ${(e as Error).message}` });
    }
  };
  const ingest = (items: Interaction[]) => {
    if (!engine) return void queue.push(items);
    for (const i of items) {
      try {
        engine.ingest(i);
      } catch (e) {
        post({ type: 'error', message: `engine ingest failed on ${i.id}: ${(e as Error).message}` });
      }
    }
  };
  const timer = setInterval(tick, data.tickMs);

  port.on('message', (m: ToWorker) => {
    if (m.type === 'batch') ingest(m.items);
    else if (m.type === 'account') register(m.account);
    else if (m.type === 'close') {
      closing = true;
      if (engine) finish();
    }
  });
  const finish = () => {
    clearInterval(timer);
    tick();
    post({ type: 'closed' });
    port.close();
  };

  loadEngine(data.engineModule, data.engineOptions).then(
    ({ engine: e, name }) => {
      engine = e;
      for (const a of accounts.splice(0)) register(a);
      for (const items of queue.splice(0)) ingest(items);
      post({ type: 'ready', engine: name });
      if (closing) finish();
    },
    (e: unknown) => {
      post({ type: 'error', message: `engine failed to load: ${(e as Error).message}` });
      engine = createPlaceholderEngine();
      post({ type: 'ready', engine: 'failed' });
      if (closing) finish();
    },
  );
}
