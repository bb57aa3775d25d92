/**
 * A deliberately simple engine for tests and demos of the gateway wiring: an account whose prompt
 * contains the marker string gets the configured risk at the next tick. It has the same shape
 * as the real engine (`createEngine(options) → { ingest, tick }`), so the worker can load either.
 */
import type { Interaction } from '../dataset/types.js';
import type { RiskUpdate } from './engine-port.js';

export interface MarkerEngineOptions {
  marker: string;
  risk: number;
  campaignId?: string | null;
}

export function createEngine(options?: unknown) {
  const o = (options ?? { marker: '#distill#', risk: 0.99 }) as MarkerEngineOptions;
  const hit = new Set<string>();
  const reported = new Set<string>();
  return {
    ingest(i: Interaction): void {
      if (i.prompt.includes(o.marker)) hit.add(i.account_id);
    },
    tick(nowMs: number): RiskUpdate[] {
      const out: RiskUpdate[] = [];
      for (const a of hit) {
        if (reported.has(a)) continue;
        reported.add(a);
        out.push({ accountId: a, risk: o.risk, flagged: true, campaignId: o.campaignId ?? null, reasons: ['marker_prompt'], updatedAt: new Date(nowMs).toISOString() });
      }
      return out;
    },
  };
}
