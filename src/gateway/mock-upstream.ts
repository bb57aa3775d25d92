/**
 * A mock LLM API speaking both dialects — OpenAI `POST /v1/chat/completions` and `POST /v1/responses`, Anthropic
 * `POST /v1/messages`, plain JSON and SSE streams, and `GET /v1/models` in both list formats, with
 * reasoning (`reasoning_content` when the request sets `reasoning_effort`; a `thinking` block when it sets `thinking: {type: "enabled"}`).
 * Deterministic output (derived from the prompt), no clock in the bodies. For tests, the demo and
 * benchmarks. Test hooks per request: header `x-mock-delay-ms` delays the response headers,
 * `x-mock-status` answers with that error status. `GET /mock/stats` returns call counts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorBody, type Api } from './api.js';

export interface MockUpstreamOptions {
  /** Delay before every response's headers. */
  latencyMs?: number;
  /** Words of assistant text per response. */
  words?: number;
  /** Stream chunks the text is split into. */
  chunks?: number;
  /** Delay between stream chunks. */
  chunkDelayMs?: number;
  /** The assistant text for a prompt instead of the built-in filler (e.g. real or watermarked answers). */
  answer?: (prompt: string) => string;
  /** Models `GET /v1/models` lists (OpenAI or, with `anthropic-version`, Anthropic format); null: no such route (404). */
  models?: string[] | null;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const CREATED = 1776816000; // fixed: bodies are deterministic
const WORDS = 'the quick model answers every question with calm and careful words so that tests can see text flowing through'.split(' ');

export class MockUpstream {
  readonly server: Server;
  /** Calls per path since start (rejected and error responses included). */
  readonly calls = new Map<string, number>();
  /** The last API request received (tests check pass-through of fields and headers). */
  lastRequest: { path: string; headers: Record<string, string | string[] | undefined>; body: string } | null = null;
  private readonly o: Required<Omit<MockUpstreamOptions, 'answer' | 'models'>>;
  private readonly models: string[] | null;
  private readonly answer: ((prompt: string) => string) | undefined;
  private seq = 0;

  constructor(options: MockUpstreamOptions = {}) {
    this.o = { latencyMs: options.latencyMs ?? 0, words: options.words ?? 24, chunks: options.chunks ?? 8, chunkDelayMs: options.chunkDelayMs ?? 0 };
    this.answer = options.answer;
    this.models = options.models === undefined ? ['mock-gpt', 'mock-claude'] : options.models;
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 65_000;
  }

  get totalCalls(): number {
    let n = 0;
    for (const v of this.calls.values()) n += v;
    return n;
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((r) => this.server.listen(port, host, r));
    const a = this.server.address() as AddressInfo;
    return `http://${host}:${a.port}`;
  }

  close(): Promise<void> {
    return new Promise((r) => {
      this.server.close(() => r());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'GET' && path === '/mock/stats') {
      const body = JSON.stringify({ calls: Object.fromEntries(this.calls), total: this.totalCalls });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      return;
    }
    const responses = path === '/v1/responses';
    const api: Api | null = path === '/v1/chat/completions' || responses ? 'openai' : path === '/v1/messages' ? 'anthropic' : null;
    this.calls.set(path, (this.calls.get(path) ?? 0) + 1);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    this.lastRequest = { path, headers: { ...req.headers }, body: Buffer.concat(chunks).toString('utf8') };
    if (req.method === 'GET' && this.models !== null && (path === '/v1/models' || path.startsWith('/v1/models/'))) {
      const dialect: Api = req.headers['anthropic-version'] !== undefined ? 'anthropic' : 'openai';
      const item = (id: string) => (dialect === 'anthropic'
        ? { type: 'model', id, display_name: `Mock ${id}`, created_at: new Date(CREATED * 1000).toISOString() }
        : { id, object: 'model', created: CREATED, owned_by: 'mock' });
      if (path !== '/v1/models') {
        const id = decodeURIComponent(path.slice('/v1/models/'.length));
        if (!this.models.includes(id)) return json(res, 404, errorBody(dialect, 'not_found', `model ${id} not found`));
        return json(res, 200, JSON.stringify(item(id)));
      }
      const data = this.models.map(item);
      return json(res, 200, JSON.stringify(dialect === 'anthropic'
        ? { data, has_more: false, first_id: this.models[0] ?? null, last_id: this.models[this.models.length - 1] ?? null }
        : { object: 'list', data }));
    }
    if (req.method !== 'POST' || api === null) return json(res, 404, errorBody(api ?? 'openai', 'not_found', `no route ${req.method} ${path}`));
    let body: Obj;
    try {
      const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (!isObj(parsed)) throw new Error('not an object');
      body = parsed;
    } catch {
      return json(res, 400, errorBody(api, 'invalid_request', 'body is not a JSON object'));
    }
    const delay = Number(req.headers['x-mock-delay-ms'] ?? 0) + this.o.latencyMs;
    if (delay > 0) await sleep(delay);
    const forced = Number(req.headers['x-mock-status'] ?? 0);
    if (forced >= 400) return json(res, forced, errorBody(api, forced === 429 ? 'rate_limit' : forced >= 500 ? 'internal' : 'invalid_request', `mock status ${forced}`));
    const n = ++this.seq;
    const prompt = responses ? responsesInputText(body.input) : lastUserText(body);
    const text = this.text(prompt);
    const reasoning = responses ? isObj(body.reasoning) : api === 'openai' ? body.reasoning_effort !== undefined : isObj(body.thinking) && body.thinking.type === 'enabled';
    const thinking = reasoning ? `Let me think step by step about "${prompt.slice(0, 40)}". First, restate the task. Second, solve it. Third, check.` : '';
    const inputTokens = Math.max(1, Math.ceil(JSON.stringify(body.messages ?? body.input ?? '').length / 4));
    const outputTokens = text.split(' ').length + Math.ceil(thinking.length / 4);
    const model = typeof body.model === 'string' ? body.model : 'mock-model';
    if (responses) return this.respond(res, n, model, text, thinking, inputTokens, outputTokens, body.stream === true);
    if (body.stream === true) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const events = api === 'openai'
        ? this.openAiStream(n, model, text, thinking, inputTokens, outputTokens, isObj(body.stream_options) && body.stream_options.include_usage === true)
        : this.anthropicStream(n, model, text, thinking, inputTokens, outputTokens);
      for (const e of events) {
        if (res.destroyed) return;
        res.write(e);
        if (this.o.chunkDelayMs > 0) await sleep(this.o.chunkDelayMs);
      }
      res.end();
      return;
    }
    const out = api === 'openai'
      ? {
          id: `chatcmpl-mock${n}`, object: 'chat.completion', created: CREATED, model,
          choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null, ...(thinking ? { reasoning_content: thinking } : {}) }, logprobs: null, finish_reason: 'stop' }],
          usage: { prompt_tokens: inputTokens, completion_tokens: outputTokens, total_tokens: inputTokens + outputTokens, completion_tokens_details: { reasoning_tokens: Math.ceil(thinking.length / 4) } },
        }
      : {
          id: `msg_mock${n}`, type: 'message', role: 'assistant', model,
          content: [...(thinking ? [{ type: 'thinking', thinking, signature: 'mocksig' }] : []), { type: 'text', text }],
          stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: inputTokens, output_tokens: outputTokens },
        };
    json(res, 200, JSON.stringify(out));
  }

  private text(prompt: string): string {
    if (this.answer) return this.answer(prompt);
    const words = [`Answer to: ${prompt.slice(0, 40).replace(/\s+/g, ' ')}.`];
    for (let i = 0; i < this.o.words; i++) words.push(WORDS[i % WORDS.length]!);
    return words.join(' ');
  }

  private split(s: string): string[] {
    const parts: string[] = [];
    const size = Math.max(1, Math.ceil(s.length / this.o.chunks));
    for (let i = 0; i < s.length; i += size) parts.push(s.slice(i, i + size));
    return parts;
  }

  /** OpenAI Responses API: a `reasoning` item (summary) when asked for reasoning, then the message; plain or streamed. */
  private async respond(res: ServerResponse, n: number, model: string, text: string, thinking: string, inTok: number, outTok: number, stream: boolean): Promise<void> {
    const reasoningItem = { type: 'reasoning', id: `rs_mock${n}`, summary: [{ type: 'summary_text', text: thinking }] };
    const message = { type: 'message', id: `msg_mock${n}`, status: 'completed', role: 'assistant', content: [{ type: 'output_text', text, annotations: [] }] };
    const output = thinking ? [reasoningItem, message] : [message];
    const usage = { input_tokens: inTok, input_tokens_details: { cached_tokens: 0 }, output_tokens: outTok, output_tokens_details: { reasoning_tokens: Math.ceil(thinking.length / 4) }, total_tokens: inTok + outTok };
    const response = (status: string, out: unknown[], u: unknown) => ({ id: `resp_mock${n}`, object: 'response', created_at: CREATED, status, model, output: out, usage: u });
    if (!stream) return json(res, 200, JSON.stringify(response('completed', output, usage)));
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    let seq = 0;
    const ev = (type: string, data: Obj) => `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...data })}\n\n`;
    const events = [ev('response.created', { response: response('in_progress', [], null) }), ev('response.in_progress', { response: response('in_progress', [], null) })];
    let idx = 0;
    if (thinking) {
      const id = reasoningItem.id;
      events.push(ev('response.output_item.added', { output_index: idx, item: { type: 'reasoning', id, summary: [] } }));
      events.push(ev('response.reasoning_summary_part.added', { item_id: id, output_index: idx, summary_index: 0, part: { type: 'summary_text', text: '' } }));
      for (const p of this.split(thinking)) events.push(ev('response.reasoning_summary_text.delta', { item_id: id, output_index: idx, summary_index: 0, delta: p }));
      events.push(ev('response.reasoning_summary_text.done', { item_id: id, output_index: idx, summary_index: 0, text: thinking }));
      events.push(ev('response.reasoning_summary_part.done', { item_id: id, output_index: idx, summary_index: 0, part: { type: 'summary_text', text: thinking } }));
      events.push(ev('response.output_item.done', { output_index: idx, item: reasoningItem }));
      idx++;
    }
    const id = message.id;
    events.push(ev('response.output_item.added', { output_index: idx, item: { ...message, status: 'in_progress', content: [] } }));
    events.push(ev('response.content_part.added', { item_id: id, output_index: idx, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } }));
    for (const p of this.split(text)) events.push(ev('response.output_text.delta', { item_id: id, output_index: idx, content_index: 0, delta: p }));
    events.push(ev('response.output_text.done', { item_id: id, output_index: idx, content_index: 0, text }));
    events.push(ev('response.content_part.done', { item_id: id, output_index: idx, content_index: 0, part: message.content[0]! }));
    events.push(ev('response.output_item.done', { output_index: idx, item: message }));
    events.push(ev('response.completed', { response: response('completed', output, usage) }));
    for (const e of events) {
      if (res.destroyed) return;
      res.write(e);
      if (this.o.chunkDelayMs > 0) await sleep(this.o.chunkDelayMs);
    }
    res.end();
  }

  private openAiStream(n: number, model: string, text: string, thinking: string, inTok: number, outTok: number, usage: boolean): string[] {
    const base = { id: `chatcmpl-mock${n}`, object: 'chat.completion.chunk', created: CREATED, model };
    const chunk = (delta: Obj, finish: string | null = null) => `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
    const out = [chunk({ role: 'assistant', content: '' })];
    for (const p of thinking ? this.split(thinking) : []) out.push(chunk({ reasoning_content: p }));
    for (const p of this.split(text)) out.push(chunk({ content: p }));
    out.push(chunk({}, 'stop'));
    if (usage) {
      out.push(`data: ${JSON.stringify({ ...base, choices: [], usage: { prompt_tokens: inTok, completion_tokens: outTok, total_tokens: inTok + outTok, completion_tokens_details: { reasoning_tokens: Math.ceil(thinking.length / 4) } } })}\n\n`);
    }
    out.push('data: [DONE]\n\n');
    return out;
  }

  private anthropicStream(n: number, model: string, text: string, thinking: string, inTok: number, outTok: number): string[] {
    const ev = (type: string, data: Obj) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
    const out = [ev('message_start', { message: { id: `msg_mock${n}`, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: inTok, output_tokens: 1 } } })];
    let index = 0;
    if (thinking) {
      out.push(ev('content_block_start', { index, content_block: { type: 'thinking', thinking: '', signature: '' } }));
      for (const p of this.split(thinking)) out.push(ev('content_block_delta', { index, delta: { type: 'thinking_delta', thinking: p } }));
      out.push(ev('content_block_delta', { index, delta: { type: 'signature_delta', signature: 'mocksig' } }));
      out.push(ev('content_block_stop', { index }));
      index++;
    }
    out.push(ev('content_block_start', { index, content_block: { type: 'text', text: '' } }));
    out.push('event: ping\ndata: {"type": "ping"}\n\n');
    for (const p of this.split(text)) out.push(ev('content_block_delta', { index, delta: { type: 'text_delta', text: p } }));
    out.push(ev('content_block_stop', { index }));
    out.push(ev('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: outTok } }));
    out.push(ev('message_stop', {}));
    return out;
  }
}

/** The last user text of a Responses API `input` (a string, or items with a role). */
function responsesInputText(input: unknown): string {
  if (typeof input === 'string') return input;
  return Array.isArray(input) ? lastUserText({ messages: input }) : '';
}

function lastUserText(body: Obj): string {
  const msgs = Array.isArray(body.messages) ? body.messages : [];
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m: unknown = msgs[i];
    if (isObj(m) && m.role === 'user') {
      if (typeof m.content === 'string') return m.content;
      if (Array.isArray(m.content)) return m.content.map((b: unknown) => (isObj(b) && typeof b.text === 'string' ? b.text : '')).join(' ');
    }
  }
  return '';
}

function json(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
