import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Interaction } from '../dataset/types.js';
import type { RiskUpdate } from '../engine/engine.js';
import { EngineRunner } from './engine-runner.js';
import type { EngineLike } from './engine-runner.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-22T00:00:00Z');
const at = (ms: number, account: string) => ({ id: `r${ms}`, ts: new Date(ms).toISOString(), account_id: account }) as Interaction;

test('verdicts an engine reaches between steps are emitted with the interaction that caused them', () => {
  const between: RiskUpdate[] = [];
  const engine: EngineLike = {
    ingest(i) {
      // The engine decides on the late account's request, between two steps.
      if (i.account_id === 'late') between.push({ account: 'late', risk: 0.9, flagged: true, campaignId: 'C1', reasons: ['campaign:member'], at: Date.parse(i.ts) });
    },
    tick: () => [],
    takeUpdates: () => between.splice(0),
  };
  const emitted: RiskUpdate[][] = [];
  const runner = new EngineRunner(engine, { kind: 'event', stepMs: HOUR }, (u) => emitted.push(u), (m) => assert.fail(m));
  runner.ingest(at(T0 + 60_000, 'early'));
  assert.equal(emitted.length, 0);
  runner.ingest(at(T0 + 20 * 60_000, 'late'));
  assert.equal(runner.steps, 0, 'no step ran');
  assert.deepEqual(emitted, [[{ account: 'late', risk: 0.9, flagged: true, campaignId: 'C1', reasons: ['campaign:member'], at: T0 + 20 * 60_000 }]]);
  runner.ingest(at(T0 + 30 * 60_000, 'early'));
  assert.equal(emitted.length, 1, 'each decision is emitted once');
});
