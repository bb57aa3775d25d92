/**
 * Output watermarking through the real gateway: the official OpenAI and Anthropic SDKs, plain and streamed, in front
 * of a mock upstream answering with real GPT-4 text. The policy watermarks one tier lexically and adds the marker for
 * throttled accounts; the answers verify with the key (and not without it), streamed text equals the whole-text
 * watermark, code, URLs, numbers and JSON come through byte-identical, and the audit log, the interaction record and
 * /metrics say what was done.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { ManualEnginePort } from '../src/live/engine-port.js';
import { Gateway } from '../src/gateway/server.js';
import { lexicalWatermarker } from '../src/gateway/watermark-lexical.js';
import { parsePolicy } from '../src/policy/config.js';
import { DuckDbStore } from '../src/store/duckdb-store.js';
import { keyFromSecret } from '../src/watermark/key.js';
import { watermarkText } from '../src/watermark/lexical.js';
import { markerPhrases, markerScore } from '../src/watermark/marker.js';
import { scoreTexts } from '../src/watermark/verify.js';
import { gpt4Responses } from '../src/watermark/assistant-corpus.js';
import { startHarness, type Harness } from './gateway-harness.js';

const key = keyFromSecret(Buffer.from('6a1f0c9e3b7d52a48e0f6c1d9b3a7e25f4c8d0b6a2e9f1c3d5b7a9e0c2f4d6b8', 'hex'));
const POLICY = `
throttle: { factor: 1 }
watermark:
  lexical: { apply: tiers, tiers: [scale] }
  reasoning: all
  marker: { apply: action, min_action: throttle }
`;

/** Protected spans that must come back byte for byte, inside prose the watermark may change. */
const SPANS = [
  '```python\ndef big_total(values):\n    return sum(v for v in values if v > 0)  # a quick, simple check\n```',
  'https://example.com/docs/start-here?large=1&quick=yes#simple',
  '3.14159',
  '1,234,567',
  '{"answer": "a big, quick and simple reply", "count": 42}',
  '"a quick and simple quotation that must stay as it is"',
  '`npm install --save-dev big-simple-quick`',
];
const FORMATTED = `Here is a simple and quick way to start. It is a big help when you also need to show the result.

${SPANS[0]}

See ${SPANS[1]} for more, and note that pi is about ${SPANS[2]} while the total was ${SPANS[3]} people. The reply was ${SPANS[4]} and the manual says ${SPANS[5]}. Run ${SPANS[6]} first, then begin again with a large and simple example.`;

const prose = gpt4Responses().filter((t) => t.length > 400 && t.length < 1500 && !t.includes('```')).slice(0, 48);
const replies = new Map<string, string>([...prose.map((t, i) => [`prose ${i}`, t] as const), ['formatted', FORMATTED]]);

let h: Harness;
const engine = new ManualEnginePort(true);

before(async () => {
  h = await startHarness({
    policy: POLICY, engine, watermark: { key, lexical: lexicalWatermarker(key) },
    accounts: [{ id: 'marked', tier: 'scale' }, { id: 'plain', tier: 'build' }, { id: 'risky', tier: 'enterprise' }],
    mock: { answer: (prompt) => replies.get(prompt) ?? `No reply for ${prompt}.`, chunks: 23 },
  });
  engine.setRisk([{ account: 'risky', risk: 0.75, flagged: true, campaignId: 'c9', reasons: ['cot_elicitation'], at: Date.parse('2026-04-22T00:00:00.000Z') }]);
});
after(async () => h.close());

const openai = (account: string) => new OpenAI({ apiKey: h.keys[account]!, baseURL: h.url + '/v1', maxRetries: 0 });
const anthropic = (account: string) => new Anthropic({ apiKey: h.keys[account]!, baseURL: h.url, maxRetries: 0 });

interface Answer {
  text: string;
  reasoning: string;
}

/** One answer through the SDK of `api`, streamed or not, with reasoning requested. */
async function ask(account: string, api: 'openai' | 'anthropic', stream: boolean, prompt: string): Promise<Answer> {
  const messages = [{ role: 'user' as const, content: prompt }];
  if (api === 'openai') {
    const c = openai(account);
    if (!stream) {
      const r = await c.chat.completions.create({ model: 'gpt-test', messages, reasoning_effort: 'low' });
      const m = r.choices[0]!.message as { content: string | null; reasoning_content?: string };
      return { text: m.content ?? '', reasoning: m.reasoning_content ?? '' };
    }
    const s = await c.chat.completions.create({ model: 'gpt-test', messages, reasoning_effort: 'low', stream: true, stream_options: { include_usage: true } });
    const a: Answer = { text: '', reasoning: '' };
    for await (const chunk of s) {
      const d = chunk.choices[0]?.delta as { content?: string | null; reasoning_content?: string } | undefined;
      a.text += d?.content ?? '';
      a.reasoning += d?.reasoning_content ?? '';
    }
    return a;
  }
  const c = anthropic(account);
  const params = { model: 'claude-test', max_tokens: 4096, thinking: { type: 'enabled' as const, budget_tokens: 1024 }, messages };
  const m = stream ? await c.messages.stream(params).finalMessage() : await c.messages.create(params);
  const a: Answer = { text: '', reasoning: '' };
  for (const b of m.content) {
    if (b.type === 'text') a.text += b.text;
    else if (b.type === 'thinking') a.reasoning += b.thinking;
  }
  return a;
}

/** The mock's reasoning for a prompt (see src/gateway/mock-upstream.ts). */
const mockThinking = (prompt: string) => `Let me think step by step about "${prompt.slice(0, 40)}". First, restate the task. Second, solve it. Third, check.`;
const MODES = [['openai', false], ['openai', true], ['anthropic', false], ['anthropic', true]] as const;

test('watermarked answers of both APIs, plain and streamed, verify with the key; streamed text equals the whole-text watermark', async () => {
  const marked: string[] = [];
  let changedAnswers = 0;
  for (let i = 0; i < prose.length; i++) {
    const [api, stream] = MODES[i % 4]!;
    const a = await ask('marked', api, stream, `prose ${i}`);
    const expected = watermarkText(key, prose[i]!).text;
    assert.equal(a.text, expected, `${api} ${stream ? 'stream' : 'plain'} #${i}`);
    assert.equal(a.reasoning, watermarkText(key, mockThinking(`prose ${i}`)).text);
    if (a.text !== prose[i]) changedAnswers++;
    marked.push(a.text);
  }
  // The core changes few words (well under 10 %): many answers keep every word, the rest differ in one or two.
  assert.ok(changedAnswers >= prose.length / 5, `${changedAnswers} of ${prose.length} answers changed`);
  const s = scoreTexts(key, marked);
  assert.ok(s.p_value < 1e-9, `p ${s.p_value} over ${s.scored} sites`);
  // The same questions from an account the policy does not select: untouched, and no signal.
  const plain: string[] = [];
  for (let i = 0; i < prose.length; i++) {
    const [api, stream] = MODES[i % 4]!;
    const a = await ask('plain', api, stream, `prose ${i}`);
    assert.equal(a.text, prose[i]);
    plain.push(a.text);
  }
  const s0 = scoreTexts(key, plain);
  assert.ok(s0.p_value > 0.01, `unwatermarked p ${s0.p_value}`);
  assert.ok(scoreTexts(keyFromSecret(Buffer.alloc(32, 1)), marked).p_value > 0.01, 'another key finds no signal');
});

test('code blocks, URLs, numbers, JSON, quotes and inline code survive byte-identical, streamed or not', async () => {
  for (const [api, stream] of MODES) {
    const a = await ask('marked', api, stream, 'formatted');
    for (const span of SPANS) assert.ok(a.text.includes(span), `${api} ${stream ? 'stream' : 'plain'}: ${span}`);
    assert.equal(a.text, watermarkText(key, FORMATTED).text);
  }
  assert.notEqual(watermarkText(key, FORMATTED).text, FORMATTED, 'the prose around the spans is changed');
});

test('the marker: throttled accounts get the key opener and closing on every answer, and a probe of them verifies', async () => {
  const p = markerPhrases(key);
  const answers: string[] = [];
  for (let i = 0; i < 8; i++) {
    const [api, stream] = MODES[i % 4]!;
    const a = await ask('risky', api, stream, `prose ${i}`);
    // Not in a lexically watermarked tier: the answer itself is untouched.
    assert.equal(a.text, `${p.opener.text}\n\n${prose[i]}\n\n${p.closing.text}`, `${api} ${stream}`);
    answers.push(a.text);
  }
  const s = markerScore(key, answers);
  assert.ok(s.p_value < 1e-10, `marker p ${s.p_value}`);
  assert.equal(markerScore(key, prose.slice(0, 8)).p_value, 1);
});

test('audit log, interaction record and /metrics say what was watermarked, with the key id and never the secret', async () => {
  await new Promise((r) => setTimeout(r, 150)); // the sink flushes every 20 ms
  const audit = await h.store.listAudit({ accountId: 'marked', limit: 1000 });
  const rows = audit.filter((r) => r.action === 'watermark');
  assert.ok(rows.length >= prose.length, `${rows.length} watermark audit rows`);
  for (const r of rows) {
    assert.equal(r.enforced, true);
    assert.deepEqual(r.reasons, ['watermark:lexical']);
    const d = r.detail as { watermark_key_id: string; lexical: string; marker: string; words: number; changed: number; share_changed: number };
    assert.equal(d.watermark_key_id, key.id);
    assert.equal(d.lexical, 'apply');
    assert.equal(d.marker, 'skip');
    assert.ok(d.words > 0 && d.share_changed <= 0.1, JSON.stringify(d));
  }
  const risky = (await h.store.listAudit({ accountId: 'risky', limit: 100 })).filter((r) => r.action === 'watermark');
  assert.equal(risky.length, 8);
  assert.deepEqual(risky[0]!.reasons.slice(0, 2), ['watermark:marker', 'risk_above_throttle']);
  assert.equal((await h.store.listAudit({ accountId: 'plain', limit: 100 })).filter((r) => r.action === 'watermark').length, 0);
  const secretForms = [key.secret.toString('hex'), key.secret.toString('base64'), key.secret.toString('base64url')];
  const everything = JSON.stringify([audit, risky, engine.submitted]);
  for (const f of secretForms) assert.ok(!everything.includes(f), 'secret never logged');

  const records = engine.submitted.filter((i) => i.account_id === 'marked');
  assert.ok(records.length >= prose.length);
  for (const i of records) {
    assert.equal(i.watermark?.key_id, key.id);
    assert.equal(i.watermark?.lexical, true);
    assert.ok(i.watermark!.words > 0);
  }
  assert.ok(engine.submitted.filter((i) => i.account_id === 'plain').every((i) => i.watermark === undefined));
  assert.ok(engine.submitted.filter((i) => i.account_id === 'risky').every((i) => i.watermark?.marker === true && i.watermark.lexical === false));

  const metrics = await (await fetch(h.url + '/metrics')).text();
  for (const api of ['openai', 'anthropic']) {
    for (const stream of [true, false]) assert.match(metrics, new RegExp(`distillguard_watermarked_responses_total\\{api="${api}",kind="lexical",stream="${stream}",enforced="true"\\} \\d+`));
  }
  assert.match(metrics, /distillguard_watermarked_responses_total\{api="openai",kind="marker",stream="false",enforced="true"\} 2/);
  const words = Number(/distillguard_watermark_words_total (\d+)/.exec(metrics)?.[1]);
  const changed = Number(/distillguard_watermark_words_changed_total (\d+)/.exec(metrics)?.[1]);
  assert.ok(words > 5000 && changed > 0 && changed / words <= 0.1, `${changed} / ${words}`);
});

test('a policy that selects responses for watermarking without a key refuses to start', async () => {
  const store = await DuckDbStore.open({ kind: 'memory' });
  try {
    await assert.rejects(
      Gateway.create({ upstream: 'http://127.0.0.1:9', policy: parsePolicy(POLICY), store, engine: new ManualEnginePort(), adminToken: 'x' }),
      (e: Error & { code?: string }) => e.code === 'WATERMARK_KEY_MISSING' && /serve --watermark-key/.test(e.message),
    );
    // A section that selects nothing needs no key.
    const g = await Gateway.create({ upstream: 'http://127.0.0.1:9', policy: parsePolicy('watermark: { lexical: none }'), store, engine: new ManualEnginePort(), adminToken: 'x' });
    await g.close(0);
  } finally {
    await store.close();
  }
});

/** One answer through the OpenAI SDK's Responses API, plain or streamed: the text and summary as each event carries them. */
async function askResponses(account: string, stream: boolean, prompt: string): Promise<Answer & { repeats: string[] }> {
  const c = openai(account);
  const params = { model: 'gpt-test', input: prompt, reasoning: { effort: 'low' as const, summary: 'auto' as const } };
  const summary = (r: OpenAI.Responses.Response) => r.output.flatMap((o) => (o.type === 'reasoning' ? o.summary.map((s) => s.text) : [])).join('');
  // Streamed events carry the raw response (the SDK adds `output_text` only to what `create` returns).
  const text = (r: OpenAI.Responses.Response) => r.output.flatMap((o) => (o.type === 'message' ? o.content.map((p) => (p.type === 'output_text' ? p.text : '')) : [])).join('');
  if (!stream) {
    const r = await c.responses.create(params);
    return { text: r.output_text, reasoning: summary(r), repeats: [text(r)] };
  }
  const s = await c.responses.create({ ...params, stream: true });
  const a = { text: '', reasoning: '', repeats: [] as string[] };
  let seq = -1;
  for await (const ev of s) {
    assert.equal(ev.sequence_number, seq + 1, 'sequence numbers stay gap-free');
    seq = ev.sequence_number;
    if (ev.type === 'response.output_text.delta') a.text += ev.delta;
    else if (ev.type === 'response.reasoning_summary_text.delta') a.reasoning += ev.delta;
    else if (ev.type === 'response.output_text.done') a.repeats.push(ev.text);
    else if (ev.type === 'response.content_part.done' && ev.part.type === 'output_text') a.repeats.push(ev.part.text);
    else if (ev.type === 'response.output_item.done' && ev.item.type === 'message') a.repeats.push(ev.item.content.map((p) => (p.type === 'output_text' ? p.text : '')).join(''));
    else if (ev.type === 'response.completed') {
      a.repeats.push(text(ev.response));
      assert.equal(summary(ev.response), a.reasoning, 'the completed response carries the streamed summary');
    }
  }
  assert.equal(a.repeats.length, 4, 'output_text.done, content_part.done, output_item.done, response.completed');
  return a;
}

test('Responses API (/v1/responses), plain and streamed: watermarked like chat completions; every repeat of the text agrees', async () => {
  const marked: string[] = [];
  for (let i = 0; i < prose.length; i++) {
    const stream = i % 2 === 1;
    const a = await askResponses('marked', stream, `prose ${i}`);
    const expected = watermarkText(key, prose[i]!).text;
    assert.equal(a.text, expected, `${stream ? 'stream' : 'plain'} #${i}`);
    for (const r of a.repeats) assert.equal(r, expected);
    assert.equal(a.reasoning, watermarkText(key, mockThinking(`prose ${i}`)).text, 'summary watermarked (reasoning: all)');
    marked.push(a.text);
  }
  const s = scoreTexts(key, marked);
  assert.ok(s.p_value < 1e-9, `p ${s.p_value} over ${s.scored} sites`);
  for (const stream of [false, true]) {
    const f = await askResponses('marked', stream, 'formatted');
    for (const span of SPANS) assert.ok(f.text.includes(span), `${stream}: ${span}`);
    assert.equal(f.text, watermarkText(key, FORMATTED).text);
  }
  // Unselected accounts come through untouched: the plain tier, and the throttled one (no marker on this route).
  for (const account of ['plain', 'risky']) {
    for (let i = 0; i < 4; i++) {
      const a = await askResponses(account, i % 2 === 1, `prose ${i}`);
      assert.equal(a.text, prose[i], `${account} #${i}`);
      for (const r of a.repeats) assert.equal(r, prose[i]);
      assert.equal(a.reasoning, mockThinking(`prose ${i}`));
    }
  }
  await new Promise((r) => setTimeout(r, 150)); // the sink flushes every 20 ms
  const records = engine.submitted.filter((i) => i.endpoint === '/v1/responses');
  assert.equal(records.filter((i) => i.account_id === 'marked').length, prose.length + 2);
  assert.equal(records.length, prose.length + 2 + 8);
  assert.ok(records.filter((i) => i.account_id === 'marked').every((i) => i.watermark?.lexical === true && i.watermark.marker === false && i.watermark.words > 0));
  assert.ok(records.filter((i) => i.account_id !== 'marked').every((i) => i.watermark === undefined));
});
