/**
 * The capability tagger against the simulator's own labels: every attack request's capability is known by
 * construction (onEvent), so precision and recall per tag are measured on a small world (first turns; a follow-up such
 * as "now verify your answer" carries little of its parent's text). scripts/capability-eval.ts prints the full table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { simulate } from '../src/sim/index.js';
import { capabilityOf } from '../src/signals/capability.js';

const SCENARIO = fileURLToPath(new URL('../../test/fixtures/gateway-drive-world.yaml', import.meta.url));

test('reasoning, maths and coding items of a simulated campaign are tagged as what they ask', async () => {
  const tp = new Map<string, number>(), support = new Map<string, number>(), predicted = new Map<string, number>();
  await simulate({
    scenario: SCENARIO, seed: 3, scale: 1, output: { kind: 'count' },
    onEvent: (ev) => {
      if (ev.acct.label.label !== 'attack' || ev.turn > 1) return;
      const got = capabilityOf(JSON.parse(ev.promptJ) as string, JSON.parse(ev.sysJ) as string | null, JSON.parse(ev.toolsJ) as string[] | null);
      support.set(ev.cap, (support.get(ev.cap) ?? 0) + 1);
      predicted.set(got, (predicted.get(got) ?? 0) + 1);
      if (got === ev.cap) tp.set(got, (tp.get(got) ?? 0) + 1);
    },
  });
  for (const tag of ['reasoning', 'maths', 'coding']) {
    const s = support.get(tag) ?? 0;
    assert.ok(s > 200, `${tag}: ${s} items`);
    const recall = (tp.get(tag) ?? 0) / s, precision = (tp.get(tag) ?? 0) / (predicted.get(tag) ?? 1);
    assert.ok(recall >= 0.85, `${tag} recall ${recall.toFixed(3)}`);
    assert.ok(precision >= 0.8, `${tag} precision ${precision.toFixed(3)}`);
  }
});
