/**
 * Pluggable response transforms. A transform is asked at the start of each response whether it
 * applies (given the API dialect and the policy decision) and, if so, returns a transformer that
 * rewrites the non-streamed JSON body or each SSE event of a stream. Withholding reasoning is one;
 * output watermarking (src/gateway/watermark-transform.ts) is another, and may emit events of its own
 * (text it held back at a word boundary) before the event that ends a block.
 */
import type { Tier } from '../dataset/types.js';
import type { Decision } from '../policy/decide.js';
import { implies } from '../policy/decide.js';
import type { Api } from './api.js';
import { eventJson, type SseEvent } from './sse.js';

export interface TransformContext {
  api: Api;
  /** The route, e.g. `/v1/chat/completions` or `/v1/responses` (both `openai`, different body shapes). */
  endpoint: string;
  accountId: string;
  requestId: string;
  decision: Decision;
  tier: Tier;
  /** The account's latest risk; null when unknown or allowlisted (risk actions never touch it). */
  risk: number | null;
  dryRun: boolean;
}

/** What a watermarking transformer did to one response: audited, counted and put in the interaction record. */
export interface WatermarkNote {
  key_id: string;
  /** `apply`: the response was watermarked; `shadow`: dry-run, it would have been. */
  lexical: 'apply' | 'shadow' | 'skip';
  marker: 'apply' | 'shadow' | 'skip';
  /** Words seen by the lexical watermark and how many of them it changed (0 when not applied). */
  words: number;
  changed: number;
}

export interface ResponseTransformer {
  /** Rewrites a complete JSON response body (may mutate and return it). */
  body(json: unknown): unknown;
  /**
   * Rewrites one SSE event in place (set `ev.dirty` after changing `eventJson(ev)`); return false to
   * drop the event, or the events to send in its place (the event itself may be among them).
   */
  event(ev: SseEvent): boolean | SseEvent[];
  /** Events to send after the last upstream event (whatever the transformer still holds). */
  end?(): SseEvent[];
  /** For watermarking transformers: what was done, once the response is complete. */
  watermark?(): WatermarkNote;
}

export interface ResponseTransform {
  readonly name: string;
  /** A transformer for this response, or null when the transform does not apply to it. */
  begin(ctx: TransformContext): ResponseTransformer | null;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

const THINKING_BLOCKS = new Set(['thinking', 'redacted_thinking']);
const OPENAI_REASONING_FIELDS = ['reasoning_content', 'reasoning', 'reasoning_details'];

/**
 * Removes reasoning from responses of accounts at or above the withhold_reasoning level:
 * Anthropic `thinking`/`redacted_thinking` content blocks (and their stream events, with the
 * remaining blocks re-indexed so clients see a gap-free sequence), OpenAI `reasoning_content` /
 * `reasoning` / `reasoning_details` in messages and stream deltas, and OpenAI Responses API `reasoning` output items.
 */
export const withholdReasoning: ResponseTransform = {
  name: 'withhold_reasoning',
  begin(ctx) {
    if (!ctx.decision.enforce || !implies(ctx.decision.action, 'withhold_reasoning')) return null;
    if (ctx.endpoint === RESPONSES_ENDPOINT) return new ResponsesReasoningStripper();
    return ctx.api === 'anthropic' ? new AnthropicReasoningStripper() : new OpenAiReasoningStripper();
  },
};

export class AnthropicReasoningStripper implements ResponseTransformer {
  /** Original indexes of dropped blocks, ascending. */
  private readonly dropped: number[] = [];

  body(json: unknown): unknown {
    if (isObj(json) && Array.isArray(json.content)) {
      json.content = json.content.filter((b: unknown) => !(isObj(b) && typeof b.type === 'string' && THINKING_BLOCKS.has(b.type)));
    }
    return json;
  }

  event(ev: SseEvent): boolean {
    const t = ev.event;
    if (t !== 'content_block_start' && t !== 'content_block_delta' && t !== 'content_block_stop') return true;
    const j = eventJson(ev);
    if (!isObj(j) || typeof j.index !== 'number') return true;
    const index = j.index;
    if (t === 'content_block_start') {
      const block = j.content_block;
      if (isObj(block) && typeof block.type === 'string' && THINKING_BLOCKS.has(block.type)) {
        this.dropped.push(index);
        return false;
      }
    } else if (this.dropped.includes(index)) {
      return false;
    }
    let shift = 0;
    for (const d of this.dropped) if (d < index) shift++;
    if (shift > 0) {
      j.index = index - shift;
      ev.dirty = true;
    }
    return true;
  }
}

export class OpenAiReasoningStripper implements ResponseTransformer {
  body(json: unknown): unknown {
    if (isObj(json) && Array.isArray(json.choices)) {
      for (const c of json.choices) {
        if (isObj(c) && isObj(c.message)) for (const f of OPENAI_REASONING_FIELDS) delete c.message[f];
      }
    }
    return json;
  }

  event(ev: SseEvent): boolean {
    const j = eventJson(ev);
    if (!isObj(j) || !Array.isArray(j.choices)) return true;
    let stripped = false;
    let empty = true;
    for (const c of j.choices) {
      if (!isObj(c)) continue;
      if (isObj(c.delta)) {
        for (const f of OPENAI_REASONING_FIELDS) {
          if (f in c.delta) {
            delete c.delta[f];
            stripped = true;
          }
        }
        for (const v of Object.values(c.delta)) if (v !== null && v !== undefined && v !== '') empty = false;
      }
      if (c.finish_reason !== null && c.finish_reason !== undefined) empty = false;
    }
    if (!stripped) return true;
    // A chunk that carried only reasoning would now be an empty delta: drop it entirely, so the
    // number and timing of chunks does not reveal how much thinking happened.
    if (empty && j.usage == null) return false;
    ev.dirty = true;
    return true;
  }
}

export const RESPONSES_ENDPOINT = '/v1/responses';

/**
 * OpenAI Responses API: drops `reasoning` output items (summaries and encrypted content) from the body, and from a
 * stream every `response.reasoning_*` event and the reasoning items' `output_item` events, re-numbering `output_index`
 * of the items after them so clients see a gap-free output list; the final `response.completed` is filtered the same.
 */
export class ResponsesReasoningStripper implements ResponseTransformer {
  /** Original output indexes of dropped reasoning items, ascending. */
  private readonly dropped: number[] = [];

  body(json: unknown): unknown {
    if (isObj(json)) stripReasoningItems(json);
    return json;
  }

  event(ev: SseEvent): boolean {
    const j = eventJson(ev);
    if (!isObj(j) || typeof j.type !== 'string') return true;
    const t = j.type;
    if (t.startsWith('response.reasoning')) return false;
    if (isObj(j.response)) {
      if (stripReasoningItems(j.response)) ev.dirty = true;
      return true;
    }
    if (typeof j.output_index !== 'number') return true;
    const index = j.output_index;
    if (t === 'response.output_item.added' && isObj(j.item) && j.item.type === 'reasoning') {
      this.dropped.push(index);
      return false;
    }
    if (this.dropped.includes(index)) return false;
    let shift = 0;
    for (const d of this.dropped) if (d < index) shift++;
    if (shift > 0) {
      j.output_index = index - shift;
      ev.dirty = true;
    }
    return true;
  }
}

function stripReasoningItems(response: Obj): boolean {
  if (!Array.isArray(response.output)) return false;
  const kept = response.output.filter((it: unknown) => !(isObj(it) && it.type === 'reasoning'));
  if (kept.length === response.output.length) return false;
  response.output = kept;
  return true;
}

/** Runs transformers in order over one event: the events to send (each later transformer sees every event an earlier one emits). */
export function applyEvent(transformers: ResponseTransformer[], ev: SseEvent): SseEvent[] {
  let events = [ev];
  for (const t of transformers) {
    const next: SseEvent[] = [];
    for (const e of events) {
      const r = t.event(e);
      if (r === true) next.push(e);
      else if (r !== false) next.push(...r);
    }
    events = next;
    if (events.length === 0) break;
  }
  return events;
}

/** At the end of a stream: what each transformer still holds, passed through the transformers after it. */
export function endEvents(transformers: ResponseTransformer[]): SseEvent[] {
  let events: SseEvent[] = [];
  for (const t of transformers) {
    const next: SseEvent[] = [];
    for (const e of events) {
      const r = t.event(e);
      if (r === true) next.push(e);
      else if (r !== false) next.push(...r);
    }
    if (t.end) next.push(...t.end());
    events = next;
  }
  return events;
}
