import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MockUpstream } from '../gateway/mock-upstream.js';
import { gpt4Responses } from '../watermark/assistant-corpus.js';
import { generateKey, loadKey, saveKey } from '../watermark/key.js';
import { watermarkText } from '../watermark/lexical.js';
import { probeEndpoint } from '../watermark/probe.js';
import { markText } from '../watermark/marker.js';

const BIN = fileURLToPath(new URL('./bin.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dg-wmcli-'));

function run(args: string[], stdin = '', env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const keyPath = join(dir, 'wm.key');
const texts = gpt4Responses().slice(0, 120);

test('watermark keygen writes a 0600 key once and refuses to overwrite it', async () => {
  const r = await run(['watermark', 'keygen', '--out', keyPath]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^wm_[0-9a-f]{12}\n$/);
  assert.equal(statSync(keyPath).mode & 0o777, 0o600);
  assert.equal(loadKey(keyPath).id, r.stdout.trim());
  const again = await run(['watermark', 'keygen', '--out', keyPath]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /WATERMARK_KEY/);
  assert.equal(loadKey(keyPath).id, r.stdout.trim());
});

test('watermark keygen --context stores the context in the key; an unknown context is a usage error', async () => {
  const onePath = join(dir, 'one-word.key');
  const r = await run(['watermark', 'keygen', '--out', onePath, '--context', 'one-word']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(loadKey(onePath).context, 'one-word');
  const bad = await run(['watermark', 'keygen', '--out', join(dir, 'bad.key'), '--context', 'three-words']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--context must be one of two-words, one-word, adaptive/);
});

test('keygen marks with the latest table unless --table says otherwise; a table-1 key verifies its own texts', async () => {
  const latest = await run(['watermark', 'keygen', '--out', join(dir, 'latest.key'), '--json']);
  assert.equal(latest.code, 0, latest.stderr);
  assert.equal((JSON.parse(latest.stdout) as { table: number }).table, 2);
  assert.equal(loadKey(join(dir, 'latest.key')).table, 2);
  const oldPath = join(dir, 'table1.key');
  const old = await run(['watermark', 'keygen', '--out', oldPath, '--table', '1']);
  assert.equal(old.code, 0, old.stderr);
  assert.match(old.stderr, /synonym table 1/);
  const oldKey = loadKey(oldPath);
  assert.equal(oldKey.table, 1);
  const marked = join(dir, 'marked-table1.jsonl');
  writeFileSync(marked, texts.map((t) => JSON.stringify({ text: watermarkText(oldKey, t).text })).join('\n'));
  const v = JSON.parse((await run(['verify', '--key', oldPath, marked, '--json'])).stdout) as { table: number; hits: number; scored: number };
  assert.equal(v.table, 1);
  assert.ok(v.scored > 30 && v.hits === v.scored, JSON.stringify(v));
  const bad = await run(['watermark', 'keygen', '--out', join(dir, 'bad-table.key'), '--table', '7']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--table must be one of 1, 2/);
});

test('watermark apply keeps one line per input line and the other fields; verify finds the mark', async () => {
  const lines = texts.map((t, i) => JSON.stringify({ id: `r${i}`, text: t, meta: { n: i } }));
  lines.splice(5, 0, 'not json at all', '{"text": 42}', '', '"a JSON string is marked too, often"');
  const r = await run(['watermark', 'apply', '--key', keyPath], lines.join('\n') + '\n');
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.split('\n');
  assert.equal(out.pop(), '');
  assert.equal(out.length, lines.length);
  assert.equal(out[5], 'not json at all');
  assert.equal(out[6], '{"text": 42}');
  assert.equal(out[7], '');
  assert.match(r.stderr, /line 6: not JSON/);
  assert.match(r.stderr, /line 7: no string field "text"/);
  assert.match(r.stderr, /prose words changed \(\d+\.\d\d%\)/);
  const key = loadKey(keyPath);
  for (const [i, line] of out.entries()) {
    if (i >= 5 && i <= 8) continue;
    const rec = JSON.parse(line) as { id: string; text: string; meta: { n: number } };
    const n = Number(rec.id.slice(1));
    assert.deepEqual(Object.keys(rec), ['id', 'text', 'meta']);
    assert.equal(rec.meta.n, n);
    assert.equal(rec.text, watermarkText(key, texts[n]!).text);
  }
  const marked = join(dir, 'marked.jsonl');
  writeFileSync(marked, r.stdout);
  const v = await run(['verify', '--key', keyPath, marked, '--json']);
  assert.equal(v.code, 0, v.stderr);
  const res = JSON.parse(v.stdout) as { p_value: number; scored: number; statistic: number; hits: number };
  assert.ok(res.scored > 30 && res.hits === res.scored && res.p_value < 1e-9 && res.statistic > 5, v.stdout);
  assert.match(v.stderr, /marked\.jsonl:6: not JSON/);
  const plain = join(dir, 'plain.jsonl');
  writeFileSync(plain, lines.join('\n'));
  const u = JSON.parse((await run(['verify', '--key', keyPath, plain, '--json'])).stdout) as { p_value: number; scored: number };
  assert.ok(u.scored > 30 && u.p_value > 1e-3, JSON.stringify(u));
  const human = await run(['verify', '--key', keyPath, marked]);
  assert.match(human.stdout, /conclusion {4}watermark present/);
});

test('verify reads plain lines and whole files too, and rejects an unknown format', async () => {
  const key = loadKey(keyPath);
  const file = join(dir, 'lines.txt');
  writeFileSync(file, texts.slice(0, 60).map((t) => watermarkText(key, t).text.replace(/\n/g, ' ')).join('\n'));
  const r = JSON.parse((await run(['verify', '--key', keyPath, '--format', 'lines', file, '--json'])).stdout) as { texts: number; p_value: number };
  assert.equal(r.texts, 60);
  assert.ok(r.p_value < 1e-6);
  const whole = JSON.parse((await run(['verify', '--key', keyPath, '--format', 'text', file, '--json'])).stdout) as { texts: number };
  assert.equal(whole.texts, 1);
  const bad = await run(['verify', '--key', keyPath, '--format', 'csv', file]);
  assert.equal(bad.code, 2);
});

test('verify --model-url probes OpenAI and Anthropic endpoints within the budget', async () => {
  const key = loadKey(keyPath);
  const answers = gpt4Responses();
  let i = 0;
  const upstream = new MockUpstream({ answer: () => watermarkText(key, answers[i++ % 400]!).text });
  const url = await upstream.listen();
  try {
    for (const api of ['openai', 'anthropic'] as const) {
      const before = upstream.totalCalls;
      const r = await run(['verify', '--key', keyPath, '--model-url', url, '--api', api, '--model', 'suspect-1', '--budget', '40', '--json'], '', { OPENAI_API_KEY: 'sk-test-secret', ANTHROPIC_API_KEY: 'sk-ant-secret' });
      assert.equal(r.code, 0, r.stderr);
      const res = JSON.parse(r.stdout) as { p_value: number; scored: number; requests: number; failed_requests: number; texts: number };
      assert.equal(res.requests, 40);
      assert.equal(res.failed_requests, 0);
      assert.equal(res.texts, 40);
      assert.equal(upstream.totalCalls - before, 40);
      assert.ok(res.p_value < 1e-9, `${api}: p = ${res.p_value} over ${res.scored} contexts`);
      const sent = JSON.parse(upstream.lastRequest!.body) as { model: string; messages: { content: string }[] };
      assert.equal(sent.model, 'suspect-1');
      const auth = api === 'openai' ? upstream.lastRequest!.headers.authorization : upstream.lastRequest!.headers['x-api-key'];
      assert.equal(auth, api === 'openai' ? 'Bearer sk-test-secret' : 'sk-ant-secret');
      assert.ok(!r.stdout.includes('secret') && !r.stderr.includes('secret'));
    }
  } finally {
    await upstream.close();
  }
  // An endpoint that never watermarked: the built-in filler text gives nothing to score and p = 1.
  const clean = new MockUpstream();
  const cleanUrl = await clean.listen();
  try {
    const r = await run(['verify', '--key', keyPath, '--model-url', cleanUrl + '/v1', '--api', 'openai', '--budget', '5', '--json']);
    const res = JSON.parse(r.stdout) as { p_value: number; requests: number };
    assert.equal(res.requests, 5);
    assert.equal(res.p_value, 1);
  } finally {
    await clean.close();
  }
});

test('probing counts retries and failures against the budget and reports failures without secrets', async () => {
  let calls = 0;
  const server = createServer((req, res) => {
    calls++;
    req.resume();
    req.on('end', () => {
      // 503 on odd calls (retried), 400 on every fifth (not retried), an answer otherwise.
      if (calls % 5 === 0) res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"bad"}}');
      else if (calls % 2 === 1) res.writeHead(503).end('busy');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { content: 'I think it is often so.' } }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const errors: string[] = [];
  try {
    const res = await probeEndpoint(generateKey(), {
      url: `http://127.0.0.1:${port}`, api: 'openai', model: 'm', prompts: ['Why?'], budget: 12, concurrency: 1, apiKey: 'sk-hidden',
      onError: (m) => errors.push(m),
    });
    // Calls 1..12: 503 retried (1, 3, 7, 9, 11), answers (2, 4, 6, 8, 12), 400 failures (5, 10).
    assert.equal(calls, 12);
    assert.equal(res.requests, 12);
    assert.equal(res.texts, 5);
    assert.equal(res.failed_requests, 2);
    assert.ok(errors.some((m) => m.startsWith('HTTP 400')));
    assert.ok(!errors.join(' ').includes('sk-hidden'));
  } finally {
    server.close();
  }
  const otherKey = join(dir, 'other.key');
  saveKey(otherKey, generateKey());
  const missing = await run(['verify', '--key', otherKey, '--model-url', `http://127.0.0.1:${port}`, '--budget', '3']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--api must be openai or anthropic/);
});

test('verify also tests for the interaction-layer marker: a suspect that learned the habit is found by it alone', async () => {
  const key = loadKey(keyPath);
  const answers = gpt4Responses();
  let i = 0;
  // A student that picked up the opening and closing habit but none of the synonym choices.
  const upstream = new MockUpstream({ answer: () => markText(key, answers[400 + (i++ % 400)]!) });
  const url = await upstream.listen();
  try {
    const r = await run(['verify', '--key', keyPath, '--model-url', url, '--api', 'anthropic', '--budget', '12', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const res = JSON.parse(r.stdout) as { p_value: number; marker: { p_value: number; opener_hits: number; closing_hits: number } };
    assert.ok(res.marker.p_value < 1e-9, `marker p = ${res.marker.p_value}`);
    assert.ok(res.marker.opener_hits >= 10 && res.marker.closing_hits >= 10);
    assert.ok(res.p_value > 1e-3, `the lexical test sees no synonym habit: p = ${res.p_value}`);
  } finally {
    await upstream.close();
  }
  const textsFile = join(dir, 'clean.jsonl');
  writeFileSync(textsFile, answers.slice(800, 900).map((t) => JSON.stringify({ text: t })).join('\n') + '\n');
  const r = await run(['verify', '--key', keyPath, textsFile, '--json']);
  const res = JSON.parse(r.stdout) as { marker: { p_value: number; opener_hits: number } };
  assert.equal(res.marker.opener_hits, 0);
  assert.equal(res.marker.p_value, 1);
});

test('verify --served scores only the contexts served to the campaign; recorded originals and served text agree', async () => {
  const key = loadKey(keyPath);
  const servedOriginals = gpt4Responses().slice(200, 500);
  const recorded = join(dir, 'served-recorded.jsonl');
  writeFileSync(recorded, servedOriginals.map((t, i) => JSON.stringify({ account_id: `a${i % 7}`, response: t })).join('\n') + '\n{"response": null}\n');
  const asServed = join(dir, 'served.jsonl');
  writeFileSync(asServed, servedOriginals.map((t) => JSON.stringify({ text: watermarkText(key, t).text })).join('\n') + '\n');
  // The suspect repeats half of the served answers (watermarked) and writes other, clean answers.
  const suspect = join(dir, 'suspect.jsonl');
  const suspectTexts = [...servedOriginals.slice(0, 40).map((t) => watermarkText(key, t).text), ...gpt4Responses().slice(600, 900)];
  writeFileSync(suspect, suspectTexts.map((t) => JSON.stringify({ text: t })).join('\n') + '\n');
  type R = { p_value: number; log10_p_value: number; scored: number; hits: number; statistic: number; vote: string; served?: { texts: number; unserved_skipped: number } };
  const all = JSON.parse((await run(['verify', '--key', keyPath, suspect, '--json'])).stdout) as R;
  const a = await run(['verify', '--key', keyPath, suspect, '--served', asServed, '--json']);
  assert.equal(a.code, 0, a.stderr);
  const filtered = JSON.parse(a.stdout) as R;
  const b = await run(['verify', '--key', keyPath, suspect, '--served', recorded, '--served-field', 'response', '--vote', 'majority', '--json']);
  assert.equal(b.code, 0, b.stderr);
  assert.match(b.stderr, /1 line\(s\) without a string "response" skipped/);
  const fromRecords = JSON.parse(b.stdout) as R & { served: { texts: number } };
  assert.equal(fromRecords.served.texts, 300);
  assert.equal(fromRecords.vote, 'majority');
  assert.equal(filtered.scored, fromRecords.scored, 'recorded originals give the served contexts');
  assert.ok(filtered.scored < all.scored && filtered.served!.unserved_skipped > 0);
  assert.ok(filtered.log10_p_value < all.log10_p_value, `filtered ${filtered.log10_p_value} vs all ${all.log10_p_value}`);
  const human = await run(['verify', '--key', keyPath, suspect, '--served', asServed, '--vote', 'share']);
  assert.match(human.stdout, /served {8}300 answers/);
  assert.match(human.stdout, /share score/);
  const bad = await run(['verify', '--key', keyPath, suspect, '--vote', 'loudest']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--vote must be one of first, majority, share/);
  const noServed = await run(['verify', '--key', keyPath, suspect, '--served-min', '2']);
  assert.equal(noServed.code, 2);
});

test('verify --prompt-field scores only what the suspect wrote after a prefilled start', async () => {
  const key = loadKey(keyPath);
  const originals = gpt4Responses().slice(1000, 1600);
  // Probes cut from the originals before a table word; the suspect's continuation is the watermarked rest.
  const lines: string[] = [];
  for (const original of originals) {
    const marked = watermarkText(key, original).text;
    const at = original.search(/\b(often|usually|really|don't|can't|perhaps|maybe|think|example)\b/);
    // Only starts the watermark left as they were, so that the rest of the marked text lines up.
    if (at < 10 || !marked.startsWith(original.slice(0, at))) continue;
    lines.push(JSON.stringify({ prompt: original.slice(0, at), text: marked.slice(at) }));
  }
  const file = join(dir, 'prefix-probes.jsonl');
  writeFileSync(file, lines.join('\n') + '\n{"text": "no prompt here"}\n');
  type R = { scored: number; hits: number; p_value: number; texts: number };
  const r = await run(['verify', '--key', keyPath, file, '--prompt-field', 'prompt', '--json']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /no string field "prompt"/);
  const res = JSON.parse(r.stdout) as R;
  assert.equal(res.texts, lines.length);
  assert.ok(res.scored > 20 && res.hits === res.scored, `${res.hits}/${res.scored}`);
  const wrong = await run(['verify', '--key', keyPath, file, '--prompt-field', 'prompt', '--format', 'lines']);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /--prompt-field needs --format jsonl/);
});
