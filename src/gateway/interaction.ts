/**
 * Builds the interaction record (docs/dataset-format.md) of one proxied request: request
 * facts come from the parsed request body, response facts (text, token usage) from the upstream
 * body or stream, accumulated as it passes. Only assistant text goes into `response`; reasoning
 * is counted, never stored.
 */
import type { Interaction } from '../dataset/types.js';
import type { Api } from './api.js';
import { eventJson, type SseEvent } from './sse.js';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The request fields of a record, read from the parsed body. */
export interface RequestFacts {
  model: string;
  system: string | null;
  prompt: string;
  turn: number | null;
  tool_names: string[] | null;
  max_tokens: number | null;
  temperature: number | null;
  stream: boolean;
}

/** Text of a message `content`: a string, or the text parts of a block array. */
function contentText(c: unknown): string {
  if (typeof c === 'string') return c;
  if (!Array.isArray(c)) return '';
  let s = '';
  for (const b of c) {
    if (isObj(b) && typeof b.text === 'string') s += (s ? '\n' : '') + b.text;
  }
  return s;
}

const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

export function requestFacts(api: Api, body: Obj, maxChars: number): RequestFacts {
  if (api === 'openai' && body.messages === undefined && body.input !== undefined) return responsesRequestFacts(body, maxChars);
  const messages = Array.isArray(body.messages) ? (body.messages as unknown[]) : [];
  let prompt = '';
  let userTurns = 0;
  const systemParts: string[] = [];
  for (const m of messages) {
    if (!isObj(m)) continue;
    if (m.role === 'user') {
      userTurns++;
      prompt = contentText(m.content);
    } else if (api === 'openai' && (m.role === 'system' || m.role === 'developer')) {
      systemParts.push(contentText(m.content));
    }
  }
  if (api === 'anthropic' && body.system !== undefined) systemParts.push(contentText(body.system));
  let tool_names: string[] | null = null;
  if (Array.isArray(body.tools)) {
    tool_names = [];
    for (const t of body.tools as unknown[]) {
      if (!isObj(t)) continue;
      const name = api === 'openai' && isObj(t.function) ? t.function.name : t.name;
      if (typeof name === 'string') tool_names.push(name);
    }
  }
  const system = systemParts.length ? systemParts.join('\n') : null;
  return {
    model: typeof body.model === 'string' ? body.model : '',
    system: system === null ? null : system.slice(0, maxChars),
    prompt: prompt.slice(0, maxChars),
    turn: userTurns > 0 ? userTurns : null,
    tool_names,
    max_tokens: num(body.max_tokens) ?? num(body.max_completion_tokens),
    temperature: num(body.temperature),
    stream: body.stream === true,
  };
}

/**
 * OpenAI Responses API (`POST /v1/responses`): `input` is a string or a list of items (messages with a role, or
 * tool outputs); `instructions` is the system prompt; `max_output_tokens` the cap.
 */
function responsesRequestFacts(body: Obj, maxChars: number): RequestFacts {
  let prompt = '';
  let userTurns = 0;
  const systemParts: string[] = typeof body.instructions === 'string' ? [body.instructions] : [];
  if (typeof body.input === 'string') {
    prompt = body.input;
    userTurns = 1;
  } else if (Array.isArray(body.input)) {
    for (const m of body.input as unknown[]) {
      if (!isObj(m)) continue;
      if (m.role === 'user') {
        userTurns++;
        prompt = contentText(m.content);
      } else if (m.role === 'system' || m.role === 'developer') systemParts.push(contentText(m.content));
    }
  }
  let tool_names: string[] | null = null;
  if (Array.isArray(body.tools)) {
    tool_names = [];
    for (const t of body.tools as unknown[]) {
      if (isObj(t)) tool_names.push(typeof t.name === 'string' ? t.name : typeof t.type === 'string' ? t.type : '');
    }
  }
  const system = systemParts.length ? systemParts.join('\n') : null;
  return {
    model: typeof body.model === 'string' ? body.model : '',
    system: system === null ? null : system.slice(0, maxChars),
    prompt: prompt.slice(0, maxChars),
    turn: userTurns > 0 ? userTurns : null,
    tool_names,
    max_tokens: num(body.max_output_tokens),
    temperature: num(body.temperature),
    stream: body.stream === true,
  };
}

/** Response facts accumulated from a body or a stream. */
export class ResponseFacts {
  text = '';
  inputTokens = 0;
  outputTokens = 0;
  reasoningTokens: number | null = null;
  private reasoningChars = 0;
  private readonly maxChars: number;

  constructor(private readonly api: Api, maxChars: number) {
    this.maxChars = maxChars;
  }

  private addText(s: string): void {
    if (this.text.length < this.maxChars) this.text = (this.text + s).slice(0, this.maxChars);
  }

  /** A complete (non-streamed) JSON response. */
  fromBody(json: unknown): void {
    if (!isObj(json)) return;
    if (this.api === 'anthropic') {
      if (Array.isArray(json.content)) {
        for (const b of json.content) {
          if (!isObj(b)) continue;
          if (b.type === 'text' && typeof b.text === 'string') this.addText(b.text);
          else if (b.type === 'thinking' && typeof b.thinking === 'string') this.reasoningChars += b.thinking.length;
        }
      }
      this.anthropicUsage(json.usage);
    } else if (json.object === 'response') {
      this.responsesBody(json);
    } else {
      if (Array.isArray(json.choices)) {
        const c = json.choices[0];
        if (isObj(c) && isObj(c.message)) {
          if (typeof c.message.content === 'string') this.addText(c.message.content);
        }
      }
      this.openAiUsage(json.usage);
    }
  }

  /** One SSE event of a stream (seen before any transform, so usage is complete). */
  fromEvent(ev: SseEvent): void {
    const j = eventJson(ev);
    if (!isObj(j)) return;
    if (this.api === 'anthropic') {
      if (j.type === 'message_start' && isObj(j.message)) this.anthropicUsage(j.message.usage);
      else if (j.type === 'message_delta') this.anthropicUsage(j.usage);
      else if (j.type === 'content_block_delta' && isObj(j.delta)) {
        if (j.delta.type === 'text_delta' && typeof j.delta.text === 'string') this.addText(j.delta.text);
        else if (j.delta.type === 'thinking_delta' && typeof j.delta.thinking === 'string') this.reasoningChars += j.delta.thinking.length;
      }
    } else if (typeof j.type === 'string' && j.type.startsWith('response.')) {
      // Responses API stream: text from the deltas, usage from the final response (reasoning tokens reported there).
      if (j.type === 'response.output_text.delta' && typeof j.delta === 'string') this.addText(j.delta);
      else if ((j.type === 'response.completed' || j.type === 'response.incomplete' || j.type === 'response.failed') && isObj(j.response)) this.openAiUsage(j.response.usage);
    } else {
      if (Array.isArray(j.choices)) {
        const c = j.choices[0];
        if (isObj(c) && isObj(c.delta) && typeof c.delta.content === 'string') this.addText(c.delta.content);
      }
      this.openAiUsage(j.usage);
    }
  }

  private anthropicUsage(u: unknown): void {
    if (!isObj(u)) return;
    const inTok = (num(u.input_tokens) ?? 0) + (num(u.cache_read_input_tokens) ?? 0) + (num(u.cache_creation_input_tokens) ?? 0);
    if (inTok > 0) this.inputTokens = inTok;
    const out = num(u.output_tokens);
    if (out !== null) this.outputTokens = out;
  }

  /** Chat completions name them prompt/completion tokens; the Responses API input/output tokens. */
  private openAiUsage(u: unknown): void {
    if (!isObj(u)) return;
    this.inputTokens = num(u.prompt_tokens) ?? num(u.input_tokens) ?? this.inputTokens;
    this.outputTokens = num(u.completion_tokens) ?? num(u.output_tokens) ?? this.outputTokens;
    const details = isObj(u.completion_tokens_details) ? u.completion_tokens_details : isObj(u.output_tokens_details) ? u.output_tokens_details : null;
    if (details) this.reasoningTokens = num(details.reasoning_tokens) ?? this.reasoningTokens;
  }

  /** A Responses API body: assistant text from `output_text` parts of message items. */
  private responsesBody(json: Obj): void {
    if (Array.isArray(json.output)) {
      for (const item of json.output) {
        if (!isObj(item) || item.type !== 'message' || !Array.isArray(item.content)) continue;
        for (const p of item.content) if (isObj(p) && p.type === 'output_text' && typeof p.text === 'string') this.addText(p.text);
      }
    }
    this.openAiUsage(json.usage);
  }

  /**
   * Reasoning tokens: reported by OpenAI; Anthropic bills thinking inside output_tokens without a
   * separate count, so it is estimated at 4 characters per token of thinking text seen.
   */
  reasoning(): number | null {
    if (this.reasoningTokens !== null) return this.reasoningTokens;
    return this.reasoningChars > 0 ? Math.ceil(this.reasoningChars / 4) : null;
  }
}

export interface ClientFacts {
  id: string;
  ts: string;
  accountId: string;
  keyId: string | null;
  ip: string;
  userAgent: string | null;
  ja4: string | null;
  endpoint: string;
  conversationId: string | null;
}

export function buildInteraction(c: ClientFacts, req: RequestFacts | null, res: ResponseFacts | null, status: number, latencyMs: number, keepResponse: boolean): Interaction {
  return {
    id: c.id,
    ts: c.ts,
    account_id: c.accountId,
    api_key_id: c.keyId,
    ip: c.ip,
    user_agent: c.userAgent,
    tls_ja4: c.ja4,
    endpoint: c.endpoint,
    model: req?.model ?? '',
    conversation_id: c.conversationId,
    turn: req?.turn ?? null,
    system: req?.system ?? null,
    prompt: req?.prompt ?? '',
    tool_names: req?.tool_names ?? null,
    response: res && keepResponse ? res.text : null,
    input_tokens: res?.inputTokens ?? 0,
    output_tokens: res?.outputTokens ?? 0,
    reasoning_tokens: res?.reasoning() ?? null,
    max_tokens: req?.max_tokens ?? null,
    temperature: req?.temperature ?? null,
    stream: req?.stream ?? null,
    status,
    latency_ms: Math.round(latencyMs),
  };
}
