import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SseParser, eventJson, serializeEvent, type SseEvent } from './sse.js';
import { AnthropicReasoningStripper, OpenAiReasoningStripper, ResponsesReasoningStripper, applyEvent, withholdReasoning } from './transforms.js';

function parseAll(text: string, splitEvery: number): SseEvent[] {
  const p = new SseParser();
  const buf = Buffer.from(text);
  const out: SseEvent[] = [];
  for (let i = 0; i < buf.length; i += splitEvery) out.push(...p.push(buf.subarray(i, i + splitEvery)));
  return out.concat(p.end());
}

const ANTHROPIC_STREAM = [
  ['message_start', { type: 'message_start', message: { id: 'm', content: [] } }],
  ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '' } }],
  ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'secret plan' } }],
  ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 's' } }],
  ['content_block_stop', { type: 'content_block_stop', index: 0 }],
  ['content_block_start', { type: 'content_block_start', index: 1, content_block: { type: 'redacted_thinking', data: 'xx' } }],
  ['content_block_stop', { type: 'content_block_stop', index: 1 }],
  ['content_block_start', { type: 'content_block_start', index: 2, content_block: { type: 'text', text: '' } }],
  ['content_block_delta', { type: 'content_block_delta', index: 2, delta: { type: 'text_delta', text: 'héllo ✓' } }],
  ['content_block_stop', { type: 'content_block_stop', index: 2 }],
  ['content_block_start', { type: 'content_block_start', index: 3, content_block: { type: 'tool_use', id: 't', name: 'f', input: {} } }],
  ['content_block_stop', { type: 'content_block_stop', index: 3 }],
  ['message_stop', { type: 'message_stop' }],
].map(([e, d]) => `event: ${e as string}\ndata: ${JSON.stringify(d)}\n\n`).join('');

test('the SSE parser reassembles events split at any byte, including inside UTF-8 characters', () => {
  for (const every of [1, 3, 7, 64, 100_000]) {
    const events = parseAll(ANTHROPIC_STREAM, every);
    assert.equal(events.length, 13, `split every ${every}`);
    assert.equal((eventJson(events[8]!) as { delta: { text: string } }).delta.text, 'héllo ✓');
  }
});

test('CRLF framing, comments, multi-line data and [DONE] are handled', () => {
  const events = parseAll(': keepalive\r\n\r\ndata: {"a":\r\ndata: 1}\r\n\r\ndata: [DONE]\r\n\r\n', 5);
  assert.equal(events.length, 2);
  assert.deepEqual(eventJson(events[0]!), { a: 1 });
  assert.equal(eventJson(events[1]!), undefined);
  assert.equal(serializeEvent(events[1]!), 'data: [DONE]\n\n');
});

test('Anthropic stream: thinking blocks removed and remaining blocks re-indexed from 0', () => {
  const t = new AnthropicReasoningStripper();
  const kept = parseAll(ANTHROPIC_STREAM, 17).flatMap((ev) => applyEvent([t], ev));
  const out = parseAll(kept.map(serializeEvent).join(''), 1000);
  assert.ok(!out.some((e) => e.data.includes('thinking')), 'no thinking left');
  const blocks = out.filter((e) => e.event?.startsWith('content_block')).map((e) => [e.event, (eventJson(e) as { index: number }).index]);
  assert.deepEqual(blocks, [
    ['content_block_start', 0], ['content_block_delta', 0], ['content_block_stop', 0],
    ['content_block_start', 1], ['content_block_stop', 1],
  ]);
  assert.equal(out[0]!.event, 'message_start');
  assert.equal(out.at(-1)!.event, 'message_stop');
});

test('Anthropic body: thinking and redacted_thinking blocks removed, others kept in order', () => {
  const body = { content: [{ type: 'thinking', thinking: 'x' }, { type: 'text', text: 'a' }, { type: 'redacted_thinking', data: 'y' }, { type: 'tool_use', name: 'f' }] };
  assert.deepEqual(new AnthropicReasoningStripper().body(body), { content: [{ type: 'text', text: 'a' }, { type: 'tool_use', name: 'f' }] });
});

test('OpenAI: reasoning fields removed from message and deltas; reasoning-only chunks dropped', () => {
  const t = new OpenAiReasoningStripper();
  const body = { choices: [{ message: { role: 'assistant', content: 'hi', reasoning_content: 'plan', reasoning: 'plan' } }] };
  assert.deepEqual(t.body(body), { choices: [{ message: { role: 'assistant', content: 'hi' } }] });
  const chunk = (delta: object, finish: string | null = null) => `data: ${JSON.stringify({ choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  const stream = chunk({ role: 'assistant', content: '' }) + chunk({ reasoning_content: 'step 1' }) + chunk({ reasoning: 'step 2' }) +
    chunk({ content: 'answer', reasoning_content: 'mixed' }) + chunk({}, 'stop') + 'data: [DONE]\n\n';
  const kept = parseAll(stream, 9).flatMap((ev) => applyEvent([t], ev)).map(serializeEvent).join('');
  assert.ok(!kept.includes('step') && !kept.includes('mixed') && !kept.includes('reasoning'));
  const events = parseAll(kept, 1000);
  assert.equal(events.length, 4); // role chunk, answer chunk, stop chunk, [DONE]
  assert.deepEqual((eventJson(events[1]!) as { choices: { delta: object }[] }).choices[0]!.delta, { content: 'answer' });
});

test('withholdReasoning applies only to enforced decisions at or above its level', () => {
  const ctx = (action: 'flag' | 'throttle' | 'withhold_reasoning' | 'block', enforce: boolean) => ({ api: 'openai' as const, endpoint: '/v1/chat/completions', accountId: 'a', requestId: 'r', decision: { action, enforce, reasons: [] }, tier: 'build' as const, risk: null, dryRun: false });
  assert.equal(withholdReasoning.begin(ctx('throttle', true)), null);
  assert.equal(withholdReasoning.begin(ctx('withhold_reasoning', false)), null);
  assert.ok(withholdReasoning.begin(ctx('withhold_reasoning', true)) instanceof OpenAiReasoningStripper);
  assert.ok(withholdReasoning.begin({ ...ctx('block', true), api: 'anthropic' }) instanceof AnthropicReasoningStripper);
  assert.ok(withholdReasoning.begin({ ...ctx('block', true), endpoint: '/v1/responses' }) instanceof ResponsesReasoningStripper);
});

test('Responses API: reasoning items leave the body and the stream, later output indexes close the gap', () => {
  const body = { object: 'response', output: [{ type: 'reasoning', id: 'rs', summary: [{ type: 'summary_text', text: 'think' }] }, { type: 'message', id: 'm', content: [{ type: 'output_text', text: 'hi' }] }] };
  assert.deepEqual((new ResponsesReasoningStripper().body(body) as typeof body).output.map((o) => o.type), ['message']);
  const ev = (type: string, extra: object) => ({ event: type, data: JSON.stringify({ type, ...extra }) });
  const s = new ResponsesReasoningStripper();
  const stream = [
    ev('response.created', { response: { object: 'response', output: [] } }),
    ev('response.output_item.added', { output_index: 0, item: { type: 'reasoning', id: 'rs' } }),
    ev('response.reasoning_summary_text.delta', { output_index: 0, item_id: 'rs', delta: 'secret plan' }),
    ev('response.output_item.done', { output_index: 0, item: { type: 'reasoning', id: 'rs' } }),
    ev('response.output_item.added', { output_index: 1, item: { type: 'message', id: 'm' } }),
    ev('response.output_text.delta', { output_index: 1, item_id: 'm', content_index: 0, delta: 'hi' }),
    ev('response.completed', { response: { object: 'response', output: [{ type: 'reasoning', id: 'rs' }, { type: 'message', id: 'm' }] } }),
  ];
  const out = stream.filter((e) => s.event(e)).map((e) => eventJson(e) as { type: string; output_index?: number; response?: { output: { type: string }[] } });
  assert.deepEqual(out.map((e) => [e.type, e.output_index]), [['response.created', undefined], ['response.output_item.added', 0], ['response.output_text.delta', 0], ['response.completed', undefined]]);
  assert.deepEqual(out.at(-1)!.response!.output.map((o) => o.type), ['message']);
  assert.ok(!JSON.stringify(out).includes('secret plan'));
});
