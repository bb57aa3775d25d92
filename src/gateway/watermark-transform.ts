/**
 * Output watermarking as a response transform. The policy (`watermark.lexical`, `watermark.marker`; see
 * src/policy/watermark-select.ts) picks the responses; for those, the keyed lexical watermark rewrites the visible
 * text and the returned reasoning, and the interaction-layer marker (src/watermark/marker.ts) adds the key's opener
 * and closing to the visible answer.
 *
 * Streams are rewritten as they pass: each text channel (an OpenAI choice's `content` or reasoning field, an
 * Anthropic content block) has its own streaming watermarker, which returns at once everything up to the last word
 * boundary and holds back only a partial word. What it holds is sent just before the event that ends the channel
 * (OpenAI: in a chunk of its own before the one carrying `finish_reason`; Anthropic: a delta before
 * `content_block_stop`), so the client sees the same events, in the same order, about as early as without it.
 * Tool calls, tool inputs and every non-text field pass untouched.
 */
import type { WatermarkPolicy } from '../policy/config.js';
import { selectWatermark, type Selection } from '../policy/watermark-select.js';
import { markerPhrases, type MarkerKey } from '../watermark/marker.js';
import type { Api } from './api.js';
import { eventJson, type SseEvent } from './sse.js';
import type { ResponseTransform, ResponseTransformer, TransformContext, WatermarkNote } from './transforms.js';
import { RESPONSES_ENDPOINT } from './transforms.js';

/** A streaming lexical watermarker for one text channel (src/watermark/lexical.ts `WatermarkStream`). */
export interface LexicalStream {
  push(delta: string): string;
  end(): string;
  stats(): { words: number; changed: number };
}

/** The lexical watermark bound to a key: whole texts and streams. */
export interface LexicalWatermarker {
  text(text: string): { text: string; words: number; changed: number };
  stream(): LexicalStream;
}

export interface WatermarkTransformOptions {
  key: MarkerKey;
  lexical: LexicalWatermarker;
  /** Read per response, so a policy reload takes effect on the next request. */
  policy: () => WatermarkPolicy;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** OpenAI fields that carry reasoning as plain text (reasoning_details is structured and left alone). */
const OPENAI_REASONING_TEXT = ['reasoning_content', 'reasoning'] as const;
/** Endings after which a closing formula reads naturally (not tool calls, not filtered output). */
const OPENAI_CLOSING_FINISH = new Set(['stop', 'length']);
const ANTHROPIC_CLOSING_STOP = new Set(['end_turn', 'max_tokens', 'stop_sequence']);
const closesWith = (reason: unknown, endings: Set<string>): boolean =>
  typeof reason === 'string' && endings.has(reason);

export function watermarkTransform(o: WatermarkTransformOptions): ResponseTransform {
  return {
    name: 'watermark',
    begin(ctx: TransformContext): ResponseTransformer | null {
      // The Responses API's output items are not rewritten (docs/gateway.md): never claim a watermark there.
      if (ctx.endpoint === RESPONSES_ENDPOINT) return null;
      const policy = o.policy();
      const subject = { tier: ctx.tier, risk: ctx.risk, decision: ctx.decision, dryRun: ctx.dryRun };
      const lexical = selectWatermark(policy.lexical, subject);
      const marker = selectWatermark(policy.marker, subject);
      if (lexical === 'skip' && marker === 'skip') return null;
      const plan: Plan = {
        keyId: o.key.id,
        lexical,
        marker,
        watermarker: lexical === 'apply' ? o.lexical : null,
        reasoning: lexical === 'apply' ? policy.reasoning : 'none',
        opener: marker === 'apply' ? markerPhrases(o.key).opener.text : null,
        closing: marker === 'apply' ? markerPhrases(o.key).closing.text : null,
      };
      if (plan.watermarker === null && plan.opener === null) return new ShadowWatermark(plan);
      return ctx.api === 'anthropic' ? new AnthropicWatermark(plan) : new OpenAiWatermark(plan);
    },
  };
}

interface Plan {
  keyId: string;
  lexical: Selection;
  marker: Selection;
  /** null when the lexical watermark does not apply to this response. */
  watermarker: LexicalWatermarker | null;
  reasoning: WatermarkPolicy['reasoning'];
  /** The marker's phrases, null when the marker does not apply. */
  opener: string | null;
  closing: string | null;
}

/** Common bookkeeping: word counts over whole texts and finished streams. */
abstract class WatermarkTransformer implements ResponseTransformer {
  protected words = 0;
  protected changed = 0;
  constructor(protected readonly plan: Plan) {}

  abstract body(json: unknown): unknown;
  abstract event(ev: SseEvent): boolean | SseEvent[];

  watermark(): WatermarkNote {
    const { keyId, lexical, marker } = this.plan;
    return { key_id: keyId, lexical, marker, words: this.words, changed: this.changed };
  }

  /** Watermarks one whole text (body responses). */
  protected wholeText(text: string): string {
    const w = this.plan.watermarker;
    if (w === null || text === '') return text;
    const r = w.text(text);
    this.words += r.words;
    this.changed += r.changed;
    return r.text;
  }

  protected openStream(): LexicalStream | null {
    return this.plan.watermarker?.stream() ?? null;
  }

  /** Ends a stream: the held-back text, with its counts added. */
  protected closeStream(s: LexicalStream | null): string {
    if (s === null) return '';
    const rest = s.end();
    const st = s.stats();
    this.words += st.words;
    this.changed += st.changed;
    return rest;
  }

  protected marked(text: string, closing: boolean): string {
    if (this.plan.opener === null || text.trim() === '') return text;
    return `${this.plan.opener}\n\n${text}${closing ? `\n\n${this.plan.closing}` : ''}`;
  }
}

/** Dry-run: nothing changes, the note says what would have been done. */
class ShadowWatermark extends WatermarkTransformer {
  body(json: unknown): unknown {
    return json;
  }
  event(): boolean {
    return true;
  }
}

function newEvent(event: string | undefined, json: Obj): SseEvent {
  return { event, data: '', json, dirty: true };
}

/** OpenAI chat completions: `choices[].message` bodies and `choices[].delta` chunks. */
export class OpenAiWatermark extends WatermarkTransformer {
  /** Per choice index and field (`content`, `reasoning_content`, `reasoning`). */
  private readonly streams = new Map<string, LexicalStream | null>();
  private readonly opened = new Set<number>();
  private lastBase: Obj | null = null;

  body(json: unknown): unknown {
    if (!isObj(json) || !Array.isArray(json.choices)) return json;
    for (const c of json.choices) {
      if (!isObj(c) || !isObj(c.message)) continue;
      const m = c.message;
      if (typeof m.content === 'string') {
        m.content = this.marked(this.wholeText(m.content), closesWith(c.finish_reason, OPENAI_CLOSING_FINISH));
      }
      if (this.plan.reasoning === 'none') continue;
      for (const f of OPENAI_REASONING_TEXT) if (typeof m[f] === 'string') m[f] = this.wholeText(m[f]);
    }
    return json;
  }

  private channel(index: number, field: string): LexicalStream | null {
    const k = `${index}:${field}`;
    let s = this.streams.get(k);
    if (s === undefined) {
      s = field === 'content' || this.plan.reasoning !== 'none' ? this.openStream() : null;
      this.streams.set(k, s);
    }
    return s;
  }

  /** Ends every channel of a choice: the delta carrying what they held (and the closing), or null. */
  private finish(index: number, closing: boolean): Obj | null {
    const delta: Obj = {};
    for (const field of [...OPENAI_REASONING_TEXT, 'content']) {
      const k = `${index}:${field}`;
      if (!this.streams.has(k)) continue;
      let rest = this.closeStream(this.streams.get(k) ?? null);
      this.streams.delete(k);
      const closes = field === 'content' && closing && this.opened.has(index) && this.plan.closing !== null;
      if (closes) rest += `\n\n${this.plan.closing}`;
      if (rest !== '') delta[field] = rest;
    }
    return Object.keys(delta).length ? delta : null;
  }

  private chunk(base: Obj, choices: Obj[]): SseEvent {
    const { choices: _c, usage: _u, ...rest } = base;
    return newEvent(undefined, { ...rest, choices });
  }

  event(ev: SseEvent): boolean | SseEvent[] {
    const j = eventJson(ev);
    if (!isObj(j)) return ev.data.trim() === '[DONE]' ? [...this.end(), ev] : true;
    if (!Array.isArray(j.choices)) return true;
    this.lastBase = j;
    const before: Obj[] = [];
    for (const c of j.choices) {
      if (!isObj(c) || typeof c.index !== 'number') continue;
      const index = c.index;
      const delta = isObj(c.delta) ? c.delta : null;
      if (delta) {
        for (const field of [...OPENAI_REASONING_TEXT, 'content']) {
          const v = delta[field];
          if (typeof v !== 'string' || v === '') continue;
          const s = this.channel(index, field);
          let out = s ? s.push(v) : v;
          if (field === 'content' && this.plan.opener !== null && !this.opened.has(index)) {
            this.opened.add(index);
            out = `${this.plan.opener}\n\n${out}`;
          }
          delta[field] = out;
          ev.dirty = true;
        }
      }
      if (c.finish_reason !== null && c.finish_reason !== undefined) {
        const held = this.finish(index, closesWith(c.finish_reason, OPENAI_CLOSING_FINISH));
        if (held === null) continue;
        // Whatever this chunk carried goes first, then the held text, then the finish on its own.
        if (delta) {
          for (const field of Object.keys(held)) {
            if (typeof delta[field] === 'string') {
              held[field] = (delta[field] as string) + (held[field] as string);
              delete delta[field];
            }
          }
        }
        before.push({ index, delta: held, logprobs: null, finish_reason: null });
        ev.dirty = true;
      }
    }
    return before.length ? [this.chunk(j, before), ev] : true;
  }

  /** A stream cut before its finish: send what is held so no text is lost. */
  end(): SseEvent[] {
    const indexes = new Set([...this.streams.keys()].map((k) => Number(k.split(':')[0])));
    const choices: Obj[] = [];
    for (const index of indexes) {
      const held = this.finish(index, false);
      if (held) choices.push({ index, delta: held, logprobs: null, finish_reason: null });
    }
    return choices.length && this.lastBase ? [this.chunk(this.lastBase, choices)] : [];
  }
}

interface Block {
  field: 'text' | 'thinking';
  stream: LexicalStream | null;
}

/** Anthropic messages: `content[]` blocks in bodies, `content_block_*` events in streams. */
export class AnthropicWatermark extends WatermarkTransformer {
  private readonly blocks = new Map<number, Block>();
  private opened = false;
  /** A text block's `content_block_stop`, held until the next event says whether the answer ends there. */
  private pendingStop: { ev: SseEvent; index: number } | null = null;

  body(json: unknown): unknown {
    if (!isObj(json) || !Array.isArray(json.content)) return json;
    const blocks = json.content.filter(isObj);
    let lastText = -1;
    blocks.forEach((b, i) => {
      if (b.type === 'text') lastText = i;
    });
    const endsInText = lastText === blocks.length - 1 && closesWith(json.stop_reason, ANTHROPIC_CLOSING_STOP);
    let firstText = true;
    blocks.forEach((b, i) => {
      if (b.type === 'text' && typeof b.text === 'string') {
        let t = this.wholeText(b.text);
        if (this.plan.opener !== null && firstText && t.trim() !== '') {
          t = `${this.plan.opener}\n\n${t}`;
          this.opened = true;
          firstText = false;
        }
        if (i === lastText && endsInText && this.opened && this.plan.closing !== null) t += `\n\n${this.plan.closing}`;
        b.text = t;
      } else if (b.type === 'thinking' && typeof b.thinking === 'string' && this.plan.reasoning === 'all') {
        b.thinking = this.wholeText(b.thinking);
      }
    });
    return json;
  }

  private delta(index: number, field: Block['field'], text: string): SseEvent {
    const delta = field === 'text' ? { type: 'text_delta', text } : { type: 'thinking_delta', thinking: text };
    return newEvent('content_block_delta', { type: 'content_block_delta', index, delta });
  }

  event(ev: SseEvent): boolean | SseEvent[] {
    const before = this.releaseStop(ev);
    const r = this.handle(ev);
    if (before.length === 0) return r;
    if (r === false) return before;
    return r === true ? [...before, ev] : [...before, ...r];
  }

  /** Sends a held text-block stop, with the closing first when this event ends the answer. */
  private releaseStop(next: SseEvent): SseEvent[] {
    const p = this.pendingStop;
    // A ping says nothing about what follows: keep holding (it goes out first, which clients do not mind).
    if (p === null || next.event === 'ping') return [];
    this.pendingStop = null;
    const j = eventJson(next);
    const stop = isObj(j) && j.type === 'message_delta' && isObj(j.delta) ? j.delta.stop_reason : null;
    if (typeof stop === 'string' && ANTHROPIC_CLOSING_STOP.has(stop) && this.plan.closing !== null && this.opened) {
      return [this.delta(p.index, 'text', `\n\n${this.plan.closing}`), p.ev];
    }
    return [p.ev];
  }

  private handle(ev: SseEvent): boolean | SseEvent[] {
    const t = ev.event;
    if (t !== 'content_block_start' && t !== 'content_block_delta' && t !== 'content_block_stop') return true;
    const j = eventJson(ev);
    if (!isObj(j) || typeof j.index !== 'number') return true;
    const index = j.index;
    if (t === 'content_block_start') {
      const cb = j.content_block;
      if (!isObj(cb)) return true;
      if (cb.type === 'text') this.blocks.set(index, { field: 'text', stream: this.openStream() });
      else if (cb.type === 'thinking' && this.plan.reasoning === 'all') {
        this.blocks.set(index, { field: 'thinking', stream: this.openStream() });
      }
      const b = this.blocks.get(index);
      const initial = b ? cb[b.field] : undefined;
      if (b && typeof initial === 'string' && initial !== '') {
        cb[b.field] = this.streamText(b, initial);
        ev.dirty = true;
      }
      return true;
    }
    const b = this.blocks.get(index);
    if (!b) return true;
    if (t === 'content_block_delta') {
      const d = j.delta;
      const v = isObj(d) ? d[b.field] : undefined;
      if (!isObj(d) || typeof v !== 'string' || v === '') return true;
      d[b.field] = this.streamText(b, v);
      ev.dirty = true;
      return true;
    }
    // content_block_stop
    this.blocks.delete(index);
    const rest = this.closeStream(b.stream);
    const out = rest !== '' ? [this.delta(index, b.field, rest)] : [];
    if (b.field === 'text' && this.plan.closing !== null && this.opened) {
      this.pendingStop = { ev, index };
      return out;
    }
    out.push(ev);
    return out;
  }

  private streamText(b: Block, v: string): string {
    let out = b.stream ? b.stream.push(v) : v;
    if (b.field === 'text' && this.plan.opener !== null && !this.opened) {
      this.opened = true;
      out = `${this.plan.opener}\n\n${out}`;
    }
    return out;
  }

  /** A stream cut mid-block: send what is held (and a held stop) so no text is lost. */
  end(): SseEvent[] {
    const out: SseEvent[] = [];
    for (const [index, b] of this.blocks) {
      const rest = this.closeStream(b.stream);
      if (rest !== '') out.push(this.delta(index, b.field, rest));
    }
    this.blocks.clear();
    if (this.pendingStop) out.push(this.pendingStop.ev);
    this.pendingStop = null;
    return out;
  }
}
