/**
 * Spilling idle accounts to disk changes nothing in the outputs: a simulated world (campaigns, ordinary users, sign-up
 * screening, organisations) analysed with an idle threshold of two hours — accounts go to disk and come back many
 * times, campaign members included — gives byte-identical verdicts.jsonl, campaigns.json and spikes.json; so does the
 * sharded engine spilling on its account shards and its coordinator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from './analyze.js';
import { generateWorld } from '../sim/world.js';

test('a replay spilling idle accounts every two hours gives the outputs of one that keeps them in memory', { timeout: 300_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'dg-spill-replay-'));
  try {
    const world = join(root, 'world');
    await generateWorld({ scenario: 'quick', scale: 0.3, seed: 5, output: { kind: 'files', dir: world } });
    const kept = join(root, 'kept');
    const spilled = join(root, 'spilled');
    const spillDir = join(root, 'spill');
    const a = await analyze({ datasetDir: world, outDir: kept, database: false, parallel: false });
    const b = await analyze({ datasetDir: world, outDir: spilled, database: false, parallel: false, spill: { kind: 'disk', dir: spillDir, afterMs: 2 * 3_600_000 } });
    assert.equal(a.spill, null);
    for (const f of ['verdicts.jsonl', 'campaigns.json', 'spikes.json']) assert.equal(readFileSync(join(spilled, f), 'utf8'), readFileSync(join(kept, f), 'utf8'), f);
    const stats = b.spill!;
    assert.ok(a.flagged > 20 && a.campaigns.length >= 2, `the world has campaigns (${a.flagged} flagged, ${a.campaigns.length} campaigns)`);
    assert.ok(stats.writes > 2 * b.accountsSeen, `accounts went to disk again and again (${stats.writes} writes, ${b.accountsSeen} accounts)`);
    assert.ok(stats.reloads > b.accountsSeen, `and came back (${stats.reloads} reloads)`);
    assert.ok(stats.spilled > 0.15 * b.accountsSeen, `idle accounts are on disk at the end (${stats.spilled})`);
    assert.deepEqual(readdirSync(spillDir), [], 'no scratch file is left behind');

    const sharded = join(root, 'sharded');
    const c = await analyze({ datasetDir: world, outDir: sharded, database: false, parallel: false, shards: 2, spill: { kind: 'disk', dir: spillDir, afterMs: 2 * 3_600_000 } });
    for (const f of ['verdicts.jsonl', 'campaigns.json', 'spikes.json']) assert.equal(readFileSync(join(sharded, f), 'utf8'), readFileSync(join(kept, f), 'utf8'), `sharded: ${f}`);
    assert.ok(c.spill!.writes > b.accountsSeen, `the coordinator's copies went to disk (${c.spill!.writes} writes)`);
    assert.deepEqual(readdirSync(spillDir), [], 'no scratch file is left behind by the shards');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
