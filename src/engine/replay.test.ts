import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Quarantine } from '../dataset/index.js';
import type { Account, Interaction } from '../dataset/types.js';
import { DistillguardError } from '../errors.js';
import { readPromptSamples } from './prompt-samples.js';
import { replay } from './replay.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-22T00:00:00Z');
const WRAPPER = 'Think step by step and show all of your reasoning in full detail before you give the final answer to this problem.';

function account(id: string, over: Partial<Account> = {}): Account {
  return { account_id: id, created_at: '2026-04-01T00:00:00.000Z', org_id: null, email_domain: 'mail.example', payment_fingerprint: null, signup_ip: '198.51.100.9', country: 'US', tier: 'build', verified: false, ...over };
}

function interaction(id: number, accountId: string, ts: number, prompt: string, over: Partial<Interaction> = {}): Interaction {
  return {
    id: `r${id}`, ts: new Date(ts).toISOString(), account_id: accountId, api_key_id: null, ip: '203.0.113.7', user_agent: 'OpenAI/Python 1.40.0',
    tls_ja4: 't13d1516h2_8daaf6152771_02713d6af862', endpoint: '/v1/chat/completions', model: 'frontier-4', conversation_id: null, turn: null,
    system: null, prompt, tool_names: null, response: null, input_tokens: 200, output_tokens: 400, reasoning_tokens: null, max_tokens: 1024,
    temperature: 0.7, stream: false, status: 200, latency_ms: 1000, ...over,
  };
}

/** A dataset of two reader batches: a harvesting campaign, ordinary users, and a few bad lines to quarantine. */
function writeWorld(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-replay-'));
  const accounts: Account[] = [];
  const lines: string[] = [];
  for (let a = 0; a < 12; a++) accounts.push(account(`atk${a}`, { payment_fingerprint: `card-${a % 2}`, email_domain: 'burst.example', created_at: new Date(T0 - HOUR + a * 1000).toISOString() }));
  for (let a = 0; a < 40; a++) accounts.push(account(`org${a}`));
  writeFileSync(join(dir, 'accounts.jsonl'), accounts.map((a) => JSON.stringify(a)).join('\n') + '\n');
  for (let k = 0; k < 5200; k++) {
    const ts = T0 + k * 60_000;
    const attack = k % 3 === 0;
    const who = attack ? `atk${(k / 3) % 12}` : `org${k % 40}`;
    const prompt = attack
      ? `${WRAPPER}\n\nA shop sells ${k} pencils on day ${k % 7} and twice as many the next day. How many pencils does it sell over both days?`
      : `could you suggest a nice name for my ${['cat', 'dog', 'boat', 'café'][k % 4]} (${k % 9})`;
    const traits: Partial<Interaction> = attack
      ? { ip: `45.${10 + (k % 3)}.20.${k % 12}`, max_tokens: 8192, output_tokens: 3000 }
      : { ip: `73.${k % 40}.4.${k % 5}`, conversation_id: `c${k % 50}`, turn: 1 + (k % 3) };
    lines.push(JSON.stringify(interaction(k, who, ts, prompt, traits)));
    if (k === 100) lines.push('{"id": "broken"');
    if (k === 4100) lines.push(JSON.stringify({ ...interaction(k, who, ts, 'x'), input_tokens: 'many' }));
  }
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
