/**
 * `verify --model-url … --prefix-probes` end to end, through real HTTP on loopback: the CLI cuts the served answers,
 * asks an n-gram student served over the OpenAI or Anthropic API to continue them, and scores the continuations. A
 * student trained on the watermarked answers is found; one trained on the same answers unwatermarked is not.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Rng } from '../../src/sim/rng.js';
import { keyFromSecret, saveKey } from '../../src/watermark/key.js';
import { watermarkText } from '../../src/watermark/lexical.js';
import { continuationText, planPrefixProbes } from '../../src/watermark/prefix-probes.js';
import { ServedSites } from '../../src/watermark/served.js';
import { ksUniform } from '../../src/watermark/stats.js';
import { WatermarkScorer } from '../../src/watermark/verify.js';
import { KneserNeyModel, tokenize } from './ngram.js';
import { StudentEndpoint } from './student-endpoint.js';
import { loadTeacherTexts } from './teacher.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dg-student-'));
const key = keyFromSecret(createHash('sha256').update('distillguard student endpoint test key').digest());
const keyPath = join(dir, 'wm.key');
saveKey(keyPath, key);

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

// 500 answers served to the campaign (watermarked on the wire) among 2,000 the distiller trains on: 25% watermarked.
const texts = (() => {
  const all = loadTeacherTexts().map((t) => t.text);
  const rng = new Rng(7, 1);
  for (let i = all.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, 2000);
})();
const served = texts.slice(0, 500);
const servedFile = join(dir, 'served.jsonl');
const records = served.map((t, i) =>
  JSON.stringify({ account_id: `acct-${i % 9}`, prompt: `Question ${i}`, response: t }));
writeFileSync(servedFile, records.join('\n') + '\n');

function student(watermarked: boolean): KneserNeyModel {
  const model = new KneserNeyModel({ order: 4 });
  model.train(texts.map((t, i) => tokenize(watermarked && i < served.length ? watermarkText(key, t).text : t)));
  return model;
}

let marked: StudentEndpoint, clean: StudentEndpoint, markedUrl = '', cleanUrl = '';
before(async () => {
  marked = new StudentEndpoint(student(true));
  clean = new StudentEndpoint(student(false));
  markedUrl = await marked.listen();
  cleanUrl = await clean.listen();
});
after(async () => {
  await marked.close();
  await clean.close();
});

interface Result {
  p_value: number; log10_p_value: number; scored: number; statistic: number; hits: number; requests: number;
  failed_requests: number; vote: string; probes: { kind: string; cuts: number; repeats: number; prefill: string };
  served: { texts: number };
}

const probeArgs = (url: string, api: string, budget: number, ...more: string[]) => [
  'verify', '--key', keyPath, '--model-url', url, '--api', api, '--model', 'student-1', '--served', servedFile,
  '--served-field', 'response', '--prefix-probes', '--budget', String(budget), '--json', ...more,
];

test('Anthropic prefill probes find a student trained on 25% watermarked answers, not a clean one', async () => {
  const before = marked.calls.messages;
  const r = await run(probeArgs(markedUrl, 'anthropic', 600));
  assert.equal(r.code, 0, r.stderr);
  const found = JSON.parse(r.stdout) as Result;
  assert.equal(found.requests, 600);
  assert.equal(found.failed_requests, 0);
  assert.equal(marked.calls.messages - before, 600);
  assert.equal(found.probes.kind, 'served-prefix');
  assert.equal(found.probes.cuts, 200);
  assert.equal(found.vote, 'share');
  assert.equal(found.served.texts, 500);
  assert.ok(found.scored > 40, `scored ${found.scored}`);
  const p = found.log10_p_value.toFixed(1);
  assert.ok(found.log10_p_value < -9, `watermarked student: p = 1e${p} over ${found.scored}`);
  assert.ok(found.statistic > 5);

  const c = await run(probeArgs(cleanUrl, 'anthropic', 600));
  assert.equal(c.code, 0, c.stderr);
  const notFound = JSON.parse(c.stdout) as Result;
  assert.equal(notFound.requests, 600);
  assert.ok(notFound.scored > 40, `scored ${notFound.scored}`);
  assert.ok(notFound.p_value > 1e-3, `clean student: p = ${notFound.p_value} over ${notFound.scored}`);
});

test('prefix probes over the OpenAI API: prefilled assistant turn, completions endpoint and instruction', async () => {
  for (const prefill of ['assistant', 'completions', 'instruction'] as const) {
    const calls = { ...marked.calls };
    const r = await run(probeArgs(markedUrl, 'openai', 450, '--prefill', prefill));
    assert.equal(r.code, 0, r.stderr);
    const res = JSON.parse(r.stdout) as Result;
    assert.equal(res.probes.cuts, 150);
    assert.equal(res.probes.prefill, prefill);
    const route = prefill === 'completions' ? 'completions' : 'chat';
    assert.equal(marked.calls[route] - calls[route], 450);
    assert.ok(res.log10_p_value < -5, `${prefill}: p = 1e${res.log10_p_value.toFixed(1)} over ${res.scored}`);
  }
  const human = await run(probeArgs(markedUrl, 'openai', 30).filter((a) => a !== '--json'));
  assert.equal(human.code, 0, human.stderr);
  assert.match(human.stdout, /probes {8}10 served-prefix cuts × 3 \(assistant\)/);
});

test('prefix probes refuse served answers already watermarked, and need --served and an endpoint', async () => {
  const markedFile = join(dir, 'served-marked.jsonl');
  writeFileSync(markedFile, served.map((t) => JSON.stringify({ text: watermarkText(key, t).text })).join('\n') + '\n');
  const endpoint = ['verify', '--key', keyPath, '--model-url', markedUrl, '--api', 'openai'];
  const r = await run([...endpoint, '--served', markedFile, '--prefix-probes', '--budget', '30']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /already watermarked/);
  const noServed = await run([...endpoint, '--prefix-probes']);
  assert.equal(noServed.code, 2);
  assert.match(noServed.stderr, /--prefix-probes needs --served/);
  const noUrl = await run(['verify', '--key', keyPath, servedFile, '--served', servedFile, '--served-field', 'response',
    '--prefix-probes']);
  assert.equal(noUrl.code, 2);
  assert.match(noUrl.stderr, /--prefix-probes needs --model-url/);
  const stray = await run([...endpoint, '--prefill', 'completions', '--budget', '1']);
  assert.equal(stray.code, 2);
  assert.match(stray.stderr, /--prefill needs --prefix-probes/);
  const anthropicCompletions = await run(probeArgs(markedUrl, 'anthropic', 30, '--prefill', 'completions'));
  assert.equal(anthropicCompletions.code, 2);
  assert.match(anthropicCompletions.stderr, /completions-style probes need --api openai/);
});

test('the probe plan keeps the test exact: a clean student\'s continuations are uniform over 200 keys', () => {
  // The student learned every served context from the originals, never a keyed word. The plan and the continuations
  // do not depend on the key, so over keys the randomised p must be uniform (the served contexts are canonical, the
  // same for the originals and every key's watermarked version).
  const plan = planPrefixProbes(served.map((text) => ({ text })), 200, 1);
  const rng = new Rng(11, 2);
  const continuations = plan.probes.flatMap((p) => [0, 1, 2].map(() => ({
    prefix: p.prefix, text: continuationText(p.prefix, clean.continueText(p.prefix, 16, rng)),
  })));
  const sites = ServedSites.from(served);
  const n = 200;
  const randomised: number[] = [];
  let below = 0;
  for (let i = 0; i < n; i++) {
    const k = keyFromSecret(createHash('sha256').update(`endpoint null key ${i}`).digest());
    const scorer = new WatermarkScorer(k, { vote: 'share', served: sites });
    for (const c of continuations) scorer.addContinuation(c.prefix, c.text);
    randomised.push(scorer.randomisedP((i * 0.618034) % 1));
    if (scorer.result().p_value < 0.05) below++;
  }
  const ks = ksUniform(randomised);
  assert.ok(ks.d < 1.95 / Math.sqrt(n), `randomised p KS D = ${ks.d.toFixed(3)} (p = ${ks.p.toExponential(2)})`);
  assert.ok(below <= 20, `${below} of ${n} exact p-values below 0.05`);
});
