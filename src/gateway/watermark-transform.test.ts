import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SseParser, eventJson, serializeEvent, type SseEvent } from './sse.js';
import { applyEvent, endEvents, withholdReasoning, type TransformContext } from './transforms.js';
import { watermarkTransform, type LexicalWatermarker } from './watermark-transform.js';
import { defaultWatermarkPolicy, type WatermarkPolicy } from '../policy/config.js';
import { markerPhrases } from '../watermark/marker.js';

/** A stand-in lexical watermark: "quick" → "fast", streaming with a held-back partial word like the real one. */
const swap = (t: string) => t.replace(/\bquick\b/g, 'fast');
const words = (t: string) => (t.match(/\S+/g) ?? []).length;
const fake: LexicalWatermarker = {
  text: (t) => ({ text: swap(t), words: words(t), changed: (t.match(/\bquick\b/g) ?? []).length }),
  stream() {
    let buf = '';
    let seen = '';
    return {
      push(d) {
        buf += d;
        const cut = Math.max(buf.lastIndexOf(' '), buf.lastIndexOf('\n')) + 1;
        const out = buf.slice(0, cut);
        buf = buf.slice(cut);
        seen += out;
        return swap(out);
      },
      end() {
        const out = buf;
        seen += out;
        buf = '';
        return swap(out);
      },
      stats: () => ({ words: words(seen), changed: (seen.match(/\bquick\b/g) ?? []).length }),
    };
  },
};
const key = { id: 'wm-test', secret: Buffer.alloc(32, 9) };
const phrases = markerPhrases(key);

function ctx(api: 'openai' | 'anthropic', o: Partial<TransformContext> = {}): TransformContext {
  return { api, endpoint: api === 'openai' ? '/v1/chat/completions' : '/v1/messages', accountId: 'a', requestId: 'r', decision: { action: 'allow', enforce: true, reasons: [] }, tier: 'build', risk: null, dryRun: false, ...o };
}

function transform(policy: Partial<WatermarkPolicy> = {}) {
  return watermarkTransform({ key, lexical: fake, policy: () => ({ ...defaultWatermarkPolicy(), ...policy }) });
}

function parse(text: string, every = 1 << 20): SseEvent[] {
  const p = new SseParser();
  const b = Buffer.from(text);
  const out: SseEvent[] = [];
  for (let i = 0; i < b.length; i += every) out.push(...p.push(b.subarray(i, i + every)));
  return out.concat(p.end());
}

const TEXT = 'The quick brown fox jumps over the quick dog; quick?';
const split = (s: string, n: number) => Array.from({ length: Math.ceil(s.length / n) }, (_, i) => s.slice(i * n, i * n + n));

function openAiStream(finish = 'stop'): string {
  const c = (delta: object, f: string | null = null) => `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, logprobs: null, finish_reason: f }] })}\n\n`;
  return c({ role: 'assistant', content: '' }) + split('Thinking about quick foxes', 7).map((p) => c({ reasoning_content: p })).join('') +
    split(TEXT, 5).map((p) => c({ content: p })).join('') + c({}, finish) + `data: ${JSON.stringify({ id: 'x', choices: [], usage: { total_tokens: 3 } })}\n\n` + 'data: [DONE]\n\n';
}

function run(events: SseEvent[], ts: ReturnType<typeof transform>['begin'] extends (c: TransformContext) => infer R ? NonNullable<R>[] : never): SseEvent[] {
  const out = events.flatMap((ev) => applyEvent(ts, ev)).concat(endEvents(ts));
  return parse(out.map(serializeEvent).join(''));
}

test('OpenAI stream: the text equals the body watermark of the whole text; held text goes before the finish chunk', () => {
  const t = transform().begin(ctx('openai'))!;
  const out = run(parse(openAiStream(), 13), [t]);
  const chunks = out.map((e) => eventJson(e) as { choices?: { delta?: { content?: string; reasoning_content?: string }; finish_reason: string | null }[] } | undefined);
  const content = chunks.map((c) => c?.choices?.[0]?.delta?.content ?? '').join('');
  const reasoning = chunks.map((c) => c?.choices?.[0]?.delta?.reasoning_content ?? '').join('');
  assert.equal(content, swap(TEXT));
  assert.equal(reasoning, swap('Thinking about quick foxes'));
  const finishAt = chunks.findIndex((c) => c?.choices?.[0]?.finish_reason === 'stop');
  assert.equal(chunks[finishAt - 1]?.choices?.[0]?.delta?.content, 'quick?'.replace('quick', 'fast'), 'the held word just before the finish');
  assert.equal(out.at(-1)!.data, '[DONE]');
  assert.deepEqual(t.watermark!(), { key_id: 'wm-test', lexical: 'apply', marker: 'skip', words: words(TEXT) + 4, changed: 4 });
});

test('OpenAI body: content and reasoning watermarked; marker adds the key opener and closing; reasoning scope none', () => {
  const body = () => ({ choices: [{ index: 0, message: { role: 'assistant', content: TEXT, reasoning_content: 'quick plan' }, finish_reason: 'stop' }] });
  const marked = transform({ marker: { apply: 'all' } }).begin(ctx('openai'))!.body(body()) as ReturnType<typeof body>;
  assert.equal(marked.choices[0]!.message.content, `${phrases.opener.text}\n\n${swap(TEXT)}\n\n${phrases.closing.text}`);
  assert.equal(marked.choices[0]!.message.reasoning_content, 'fast plan');
  const plain = transform({ reasoning: 'none' }).begin(ctx('openai'))!.body(body()) as ReturnType<typeof body>;
  assert.equal(plain.choices[0]!.message.reasoning_content, 'quick plan');
  const tools = transform({ marker: { apply: 'all' } }).begin(ctx('openai'))!.body({ choices: [{ index: 0, message: { content: 'Calling it.' }, finish_reason: 'tool_calls' }] }) as ReturnType<typeof body>;
  assert.equal(tools.choices[0]!.message.content, `${phrases.opener.text}\n\nCalling it.`, 'no closing before tool calls');
});

test('OpenAI stream with the marker: opener first, closing before the finish, equal to the body', () => {
  const t = transform({ marker: { apply: 'all' } }).begin(ctx('openai'))!;
  const out = run(parse(openAiStream(), 11), [t]);
  const content = out.map((e) => (eventJson(e) as { choices?: { delta?: { content?: string } }[] } | undefined)?.choices?.[0]?.delta?.content ?? '').join('');
  assert.equal(content, `${phrases.opener.text}\n\n${swap(TEXT)}\n\n${phrases.closing.text}`);
});

function anthropicStream(stop = 'end_turn', thinking = true, tool = false): string {
  const ev = (type: string, d: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...d })}\n\n`;
  let i = 0;
  let s = ev('message_start', { message: { id: 'm', content: [] } });
  if (thinking) {
    s += ev('content_block_start', { index: i, content_block: { type: 'thinking', thinking: '' } });
    for (const p of split('Thinking about quick foxes', 6)) s += ev('content_block_delta', { index: i, delta: { type: 'thinking_delta', thinking: p } });
    s += ev('content_block_delta', { index: i, delta: { type: 'signature_delta', signature: 'sig' } }) + ev('content_block_stop', { index: i++ });
  }
  s += ev('content_block_start', { index: i, content_block: { type: 'text', text: '' } }) + 'event: ping\ndata: {"type": "ping"}\n\n';
  for (const p of split(TEXT, 4)) s += ev('content_block_delta', { index: i, delta: { type: 'text_delta', text: p } });
  s += ev('content_block_stop', { index: i++ }) + 'event: ping\ndata: {"type": "ping"}\n\n';
  if (tool) s += ev('content_block_start', { index: i, content_block: { type: 'tool_use', id: 't', name: 'f', input: {} } }) + ev('content_block_delta', { index: i, delta: { type: 'input_json_delta', partial_json: '{"q": "quick"}' } }) + ev('content_block_stop', { index: i++ });
  return s + ev('message_delta', { delta: { stop_reason: stop }, usage: { output_tokens: 9 } }) + ev('message_stop', {});
}

function blocks(out: SseEvent[]): Record<number, string> {
  const r: Record<number, string> = {};
  for (const e of out) {
    const j = eventJson(e) as { type?: string; index?: number; delta?: { text?: string; thinking?: string; partial_json?: string } } | undefined;
    if (j?.type === 'content_block_delta') r[j.index!] = (r[j.index!] ?? '') + (j.delta?.text ?? j.delta?.thinking ?? j.delta?.partial_json ?? '');
  }
  return r;
}

test('Anthropic stream: text blocks watermarked, thinking only with reasoning: all, event order kept', () => {
  const unsigned = run(parse(anthropicStream(), 9), [transform().begin(ctx('anthropic'))!]);
  assert.deepEqual(blocks(unsigned), { 0: 'Thinking about quick foxes', 1: swap(TEXT) });
  const all = run(parse(anthropicStream(), 9), [transform({ reasoning: 'all' }).begin(ctx('anthropic'))!]);
  assert.deepEqual(blocks(all), { 0: swap('Thinking about quick foxes'), 1: swap(TEXT) });
  const types = (evs: SseEvent[]) => evs.map((e) => e.event).filter((t) => t !== 'content_block_delta');
  assert.deepEqual(types(all), types(parse(anthropicStream())), 'same non-delta events in the same order');
  // Every delta of a block comes before its stop.
  const order = all.map((e) => `${e.event}:${(eventJson(e) as { index?: number }).index}`);
  assert.ok(order.lastIndexOf('content_block_delta:1') < order.indexOf('content_block_stop:1'));
});

test('Anthropic with the marker: opener in the first text, closing before the last stop; none when a tool call ends it', () => {
  const t = transform({ marker: { apply: 'all' } });
  const out = run(parse(anthropicStream(), 5), [t.begin(ctx('anthropic'))!]);
  assert.equal(blocks(out)[1], `${phrases.opener.text}\n\n${swap(TEXT)}\n\n${phrases.closing.text}`);
  const withTool = run(parse(anthropicStream('tool_use', false, true), 5), [t.begin(ctx('anthropic'))!]);
  assert.deepEqual(blocks(withTool), { 0: `${phrases.opener.text}\n\n${swap(TEXT)}`, 1: '{"q": "quick"}' }, 'tool input untouched');
  const body = t.begin(ctx('anthropic'))!.body({ content: [{ type: 'thinking', thinking: 'quick' }, { type: 'text', text: TEXT }], stop_reason: 'end_turn' });
  assert.deepEqual(body, { content: [{ type: 'thinking', thinking: 'quick' }, { type: 'text', text: `${phrases.opener.text}\n\n${swap(TEXT)}\n\n${phrases.closing.text}` }], stop_reason: 'end_turn' });
});

test('after withhold_reasoning, re-indexed blocks are watermarked and no thinking reappears', () => {
  const c = ctx('anthropic', { decision: { action: 'withhold_reasoning', enforce: true, reasons: [] } });
  const out = run(parse(anthropicStream(), 7), [withholdReasoning.begin(c)!, transform({ reasoning: 'all', marker: { apply: 'all' } }).begin(c)!]);
  assert.deepEqual(blocks(out), { 0: `${phrases.opener.text}\n\n${swap(TEXT)}\n\n${phrases.closing.text}` });
  assert.ok(!out.some((e) => e.data.includes('thinking') || JSON.stringify(e.json ?? '').includes('thinking')));
});

test('a stream cut mid-block still delivers the held word', () => {
  const cut = anthropicStream('end_turn', false).split('event: content_block_stop')[0]!;
  const src = parse(cut);
  const t = transform().begin(ctx('anthropic'))!;
  const out = run(src, [t]);
  assert.equal(blocks(out)[0], swap(TEXT));
});

test('selection: risk-selected marker is shadowed in dry-run (nothing changes, the note says so)', () => {
  const t = transform({ lexical: { apply: 'none' }, marker: { apply: 'risk', min_risk: 0.5 } });
  assert.equal(t.begin(ctx('openai', { risk: 0.4 })), null);
  const shadow = t.begin(ctx('openai', { risk: 0.9, dryRun: true }))!;
  const body = { choices: [{ index: 0, message: { content: TEXT }, finish_reason: 'stop' }] };
  assert.deepEqual(shadow.body(structuredClone(body)), body);
  assert.deepEqual(shadow.watermark!(), { key_id: 'wm-test', lexical: 'skip', marker: 'shadow', words: 0, changed: 0 });
});

test('OpenAI: a chunk carrying both the last text and finish_reason is split: text (with the held word) first, then the finish', () => {
  const c = (delta: object, f: string | null = null) => `data: ${JSON.stringify({ id: 'x', choices: [{ index: 0, delta, finish_reason: f }], usage: f ? { total_tokens: 5 } : null })}\n\n`;
  const t = transform({ marker: { apply: 'all' } }).begin(ctx('openai'))!;
  const out = run(parse(c({ content: 'a quick ' }) + c({ content: 'quick' }, 'stop') + 'data: [DONE]\n\n'), [t]);
  const js = out.map((e) => eventJson(e) as { choices?: { delta: { content?: string }; finish_reason: string | null }[]; usage?: unknown } | undefined);
  assert.equal(js.map((j) => j?.choices?.[0]?.delta.content ?? '').join(''), `${phrases.opener.text}\n\na fast fast\n\n${phrases.closing.text}`);
  const fin = js.find((j) => j?.choices?.[0]?.finish_reason === 'stop')!;
  assert.equal(fin.choices![0]!.delta.content, undefined, 'the finish chunk carries no text');
  assert.deepEqual(fin.usage, { total_tokens: 5 }, 'usage stays on the finish chunk');
  assert.equal(js.filter((j) => j?.usage).length, 1);
});

/** A Responses API stream like OpenAI's: a reasoning summary item, then a message with one output_text part. */
function responsesStream(): string {
  let seq = 0;
  const ev = (type: string, d: object) => `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...d })}\n\n`;
  const THINK = 'Thinking about quick foxes';
  const reasoning = { type: 'reasoning', id: 'rs', summary: [{ type: 'summary_text', text: THINK }] };
  const message = { type: 'message', id: 'msg', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: TEXT, annotations: [] }] };
  const response = (status: string, output: object[]) => ({ id: 'resp', object: 'response', status, output });
  let s = ev('response.created', { response: response('in_progress', []) });
  s += ev('response.output_item.added', { output_index: 0, item: { type: 'reasoning', id: 'rs', summary: [] } });
  s += ev('response.reasoning_summary_part.added', { item_id: 'rs', output_index: 0, summary_index: 0, part: { type: 'summary_text', text: '' } });
  for (const p of split(THINK, 6)) s += ev('response.reasoning_summary_text.delta', { item_id: 'rs', output_index: 0, summary_index: 0, delta: p });
  s += ev('response.reasoning_summary_text.done', { item_id: 'rs', output_index: 0, summary_index: 0, text: THINK });
  s += ev('response.reasoning_summary_part.done', { item_id: 'rs', output_index: 0, summary_index: 0, part: reasoning.summary[0] });
  s += ev('response.output_item.done', { output_index: 0, item: reasoning });
  s += ev('response.output_item.added', { output_index: 1, item: { ...message, status: 'in_progress', content: [] } });
  s += ev('response.content_part.added', { item_id: 'msg', output_index: 1, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } });
  for (const p of split(TEXT, 5)) s += ev('response.output_text.delta', { item_id: 'msg', output_index: 1, content_index: 0, delta: p });
  s += ev('response.output_text.done', { item_id: 'msg', output_index: 1, content_index: 0, text: TEXT });
  s += ev('response.content_part.done', { item_id: 'msg', output_index: 1, content_index: 0, part: message.content[0] });
  s += ev('response.output_item.done', { output_index: 1, item: message });
  return s + ev('response.completed', { response: response('completed', [reasoning, message]) });
}

type RJson = { type: string; sequence_number?: number; output_index?: number; delta?: string; text?: string; part?: { text: string }; item?: { type: string; content?: { text: string }[]; summary?: { text: string }[] }; response?: { output: { type: string; content?: { text: string }[]; summary?: { text: string }[] }[] } };
const rjson = (out: SseEvent[]) => out.map((e) => eventJson(e) as RJson);
const texts = (js: RJson[], type: string, outputIndex: number) => js.filter((j) => j.type === type && j.output_index === outputIndex);
const respCtx = (o: Partial<TransformContext> = {}) => ctx('openai', { endpoint: '/v1/responses', ...o });

test('Responses stream: output_text deltas watermarked, held word before output_text.done; every repeat of the text agrees', () => {
  const t = transform({ marker: { apply: 'all' } }).begin(respCtx())!;
  const js = rjson(run(parse(responsesStream(), 17), [t]));
  const wm = swap(TEXT);
  assert.equal(texts(js, 'response.output_text.delta', 1).map((j) => j.delta).join(''), wm);
  const doneAt = js.findIndex((j) => j.type === 'response.output_text.done');
  assert.equal(js[doneAt - 1]!.type, 'response.output_text.delta');
  assert.equal(js[doneAt - 1]!.delta, 'fast?', 'the held word, flushed just before the done event');
  assert.equal(js[doneAt]!.text, wm);
  assert.equal(texts(js, 'response.content_part.done', 1)[0]!.part!.text, wm);
  assert.equal(texts(js, 'response.output_item.done', 1)[0]!.item!.content![0]!.text, wm);
  const completed = js.find((j) => j.type === 'response.completed')!;
  assert.equal(completed.response!.output[1]!.content![0]!.text, wm);
  // The reasoning summary (unsigned text) is watermarked the same way with the default `reasoning: unsigned`.
  const think = swap('Thinking about quick foxes');
  assert.equal(texts(js, 'response.reasoning_summary_text.delta', 0).map((j) => j.delta).join(''), think);
  assert.equal(texts(js, 'response.reasoning_summary_text.done', 0)[0]!.text, think);
  assert.equal(texts(js, 'response.output_item.done', 0)[0]!.item!.summary![0]!.text, think);
  assert.equal(completed.response!.output[0]!.summary![0]!.text, think);
  // Inserted events keep the sequence numbers gap-free and increasing.
  assert.deepEqual(js.map((j) => j.sequence_number), js.map((_, i) => i));
  // Same non-delta events, same order; the marker is not applied on this route.
  const kinds = (x: RJson[]) => x.map((j) => j.type).filter((k) => !k.endsWith('.delta'));
  assert.deepEqual(kinds(js), kinds(rjson(parse(responsesStream()))));
  assert.ok(!js.some((j) => JSON.stringify(j).includes(phrases.opener.text)));
  assert.deepEqual(t.watermark!(), { key_id: 'wm-test', lexical: 'apply', marker: 'skip', words: words(TEXT) + 4, changed: 4 });
});

test('Responses with reasoning: none leaves the summary alone; after withhold_reasoning the renumbered message is watermarked', () => {
  const none = rjson(run(parse(responsesStream(), 9), [transform({ reasoning: 'none' }).begin(respCtx())!]));
  assert.equal(none.find((j) => j.type === 'response.completed')!.response!.output[0]!.summary![0]!.text, 'Thinking about quick foxes');
  assert.equal(none.find((j) => j.type === 'response.completed')!.response!.output[1]!.content![0]!.text, swap(TEXT));
  const c = respCtx({ decision: { action: 'withhold_reasoning', enforce: true, reasons: [] } });
  const js = rjson(run(parse(responsesStream(), 9), [withholdReasoning.begin(c)!, transform({ reasoning: 'all' }).begin(c)!]));
  assert.ok(!js.some((j) => j.type.startsWith('response.reasoning') || j.output_index === 1));
  assert.equal(texts(js, 'response.output_text.delta', 0).map((j) => j.delta).join(''), swap(TEXT));
  const out = js.find((j) => j.type === 'response.completed')!.response!.output;
  assert.equal(out.length, 1);
  assert.equal(out[0]!.content![0]!.text, swap(TEXT));
});

test('Responses body: output_text parts and (unless reasoning: none) summaries; other items untouched; a cut stream keeps its word', () => {
  const body = () => ({ output: [
    { type: 'reasoning', summary: [{ type: 'summary_text', text: 'quick plan' }] },
    { type: 'function_call', name: 'f', arguments: '{"q": "quick"}' },
    { type: 'message', content: [{ type: 'output_text', text: TEXT, annotations: [] }, { type: 'refusal', refusal: 'quick no' }] },
  ] });
  const marked = transform({ marker: { apply: 'all' } }).begin(respCtx())!.body(body());
  const expected = body();
  expected.output[0]!.summary![0]!.text = 'fast plan';
  expected.output[2]!.content![0]!.text = swap(TEXT);
  assert.deepEqual(marked, expected);
  const plain = transform({ reasoning: 'none' }).begin(respCtx())!.body(body()) as ReturnType<typeof body>;
  assert.equal(plain.output[0]!.summary![0]!.text, 'quick plan');
  const cut = responsesStream().split('event: response.output_text.done')[0]!;
  const js = rjson(run(parse(cut), [transform().begin(respCtx())!]));
  assert.equal(texts(js, 'response.output_text.delta', 1).map((j) => j.delta).join(''), swap(TEXT));
});
