import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Quarantine } from '../dataset/index.js';
import { DistillguardError } from '../errors.js';
import { readPromptSamples } from './prompt-samples.js';
import { replay } from './replay.js';
import { interaction, replayWorld } from './replay-world.fixture.js';

/** A dataset of two reader batches: a harvesting campaign, ordinary users, and a few bad lines to quarantine. */
function writeWorld(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-replay-'));
  const { accounts, lines } = replayWorld((k, who, ts) => {
    if (k === 100) return ['{"id": "broken"'];
    if (k === 4100) return [JSON.stringify({ ...interaction(k, who, ts, 'x'), input_tokens: 'many' })];
    return [];
  });
  writeFileSync(join(dir, 'accounts.jsonl'), accounts.map((a) => JSON.stringify(a)).join('\n') + '\n');
  writeFileSync(join(dir, 'interactions.jsonl.gz'), gzipSync(lines.join('\n') + '\n'));
  return dir;
}

async function run(datasetDir: string, parallel: boolean) {
  const outDir = mkdtempSync(join(tmpdir(), 'dg-replay-out-'));
  const quarantine = new Quarantine(outDir);
  const result = await replay({ datasetDir, quarantine, parallel, samplePrompts: { perAccount: 2, chars: 40, file: join(outDir, 'samples.jsonl') } });
  await quarantine.close();
  const accounts = new Set(result.engine.states.map((s) => s.id));
  return { result, quarantineLines: readFileSync(quarantine.path, 'utf8'), samples: await readPromptSamples(result.samplesFile!, accounts) };
}

test('observing in a worker thread replays exactly as observing in process', async () => {
  const world = writeWorld();
  const inProcess = await run(world, false);
  const worker = await run(world, true);
  assert.deepEqual(worker.result.engine.verdicts(), inProcess.result.engine.verdicts());
  assert.ok(inProcess.result.engine.verdicts().some((v) => v.flagged), 'the campaign is found');
  assert.deepEqual(worker.result.interactionsRead, inProcess.result.interactionsRead);
  assert.equal(inProcess.result.interactionsRead.quarantined, 2);
  assert.equal(worker.quarantineLines, inProcess.quarantineLines);
  assert.deepEqual(JSON.parse(worker.quarantineLines.split('\n')[1]!).line, 4103);
  for (const key of ['ticks', 'lateApplied', 'sortedInput', 'firstTs', 'lastTs'] as const) assert.equal(worker.result[key], inProcess.result[key], key);
  assert.deepEqual(worker.samples, inProcess.samples);
  assert.ok(inProcess.samples.size > 10 && [...inProcess.samples.values()].every((s) => s.length <= 2));
  assert.deepEqual(worker.samples.get('org3'), ['could you suggest a nice name for my caf', 'could you suggest a nice name for my caf']);
});

test('a worker reports failures with the codes the in-process reader uses', async () => {
  const world = writeWorld();
  // Only bad lines: no valid interactions.
  writeFileSync(join(world, 'interactions.jsonl.gz'), gzipSync('{"nope": 1}\nnot json\n'));
  for (const parallel of [false, true]) {
    await assert.rejects(run(world, parallel), (e: unknown) => e instanceof DistillguardError && e.code === 'DATASET_EMPTY' && /no valid interactions \(2 quarantined: /.test(e.message));
  }
  // A corrupt gzip stream is quarantined (nothing valid remains) the same way in both modes.
  writeFileSync(join(world, 'interactions.jsonl.gz'), Buffer.concat([gzipSync('{"a":1}\n'.repeat(1000)).subarray(0, 40), Buffer.from('garbage')]));
  const errors: Error[] = [];
  for (const parallel of [false, true]) await run(world, parallel).catch((e: Error) => errors.push(e));
  assert.equal(errors.length, 2);
  assert.match(errors[0]!.message, /no valid interactions .*corrupt_file 1/);
  assert.equal(errors[1]!.message, errors[0]!.message);
  assert.equal((errors[1] as { code?: string }).code, (errors[0] as { code?: string }).code);
});
