/**
 * The capability tagger against the simulator's own labels: every attack request's capability is known by
 * construction (onEvent), so precision and recall per tag are measured on a small world (first turns; a follow-up such
 * as "now verify your answer" carries little of its parent's text); and the engine's count of follow-up turns, which
 * take their thread's capability (replay and sharded replay). scripts/capability-eval.ts prints the full table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { simulate } from '../src/sim/index.js';
import { capabilityOf } from '../src/signals/capability.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Quarantine } from '../src/dataset/index.js';
import { replay } from '../src/engine/replay.js';
import { replaySharded } from '../src/cluster/sharded-replay.js';
import { CAPABILITIES, type Observation } from '../src/engine/observation.js';

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

test('the engine counts follow-up turns under their thread\'s capability (replay and sharded replay)', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-capthread-'));
  try {
    // The quick world's campaigns send scripted follow-ups. The simulator's truth per line: events are written in the
    // order onEvent sees them.
    const truth: { cap: string; followUp: boolean; attack: boolean }[] = [];
    await simulate({ scenario: 'quick', seed: 1, scale: 0.1, output: { kind: 'files', dir, plain: true }, onEvent: (ev) => void truth.push({ cap: ev.cap, followUp: ev.turn > 1, attack: ev.acct.label.label === 'attack' }) });
    const ids = readFileSync(join(dir, 'interactions.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    assert.equal(ids.length, truth.length);
    const byId = new Map(ids.map((id, k) => [id, truth[k]!]));
    const accuracy = async (sharded: boolean) => {
      let right = 0, n = 0;
      const onObservation = (o: Observation) => {
        const t = byId.get(o.id);
        if (!t?.attack || !t.followUp) return;
        n++;
        if (CAPABILITIES[o.capability] === t.cap) right++;
      };
      const quarantine = new Quarantine(join(dir, sharded ? 'q2' : 'q1'));
      if (sharded) await replaySharded({ datasetDir: dir, quarantine, shards: 2, parallel: false, onObservation });
      else await replay({ datasetDir: dir, quarantine, parallel: false, onObservation });
      await quarantine.close();
      return { n, accuracy: right / Math.max(1, n) };
    };
    const one = await accuracy(false);
    assert.ok(one.n > 100, `${one.n} attack follow-ups`);
    assert.ok(one.accuracy >= 0.85, `replay: follow-up accuracy ${one.accuracy.toFixed(3)} (text alone tags nearly all "other")`);
    const two = await accuracy(true);
    assert.equal(two.n, one.n);
    assert.ok(two.accuracy >= 0.85, `sharded replay: follow-up accuracy ${two.accuracy.toFixed(3)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
