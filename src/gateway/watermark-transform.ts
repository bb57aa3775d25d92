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
 *
 * The OpenAI Responses API (`/v1/responses`) gets the lexical watermark on `output_text` parts and reasoning summaries;
 * its stream repeats each finished text in `*.done` events and the final `response.completed`, which are rewritten to
 * the text that was streamed.
 */
import type { WatermarkPolicy } from '../policy/config.js';
import { selectWatermark, type Selection } from '../policy/watermark-select.js';
import { markerPhrases, type MarkerKey } from '../watermark/marker.js';
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
      const policy = o.policy();
      const subject = { tier: ctx.tier, risk: ctx.risk, decision: ctx.decision, dryRun: ctx.dryRun };
      const responses = ctx.endpoint === RESPONSES_ENDPOINT;
      const lexical = selectWatermark(policy.lexical, subject);
      // The Responses API gets the lexical watermark only (docs/watermark.md): never claim a marker there.
      const marker = responses ? 'skip' : selectWatermark(policy.marker, subject);
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
      if (responses) return new ResponsesWatermark(plan);
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

/** A text channel of a Responses API stream: an `output_text` part or a reasoning `summary_text` part. */
interface ResponsesChannel {
  stream: LexicalStream | null;
  itemId: unknown;
  /** The watermarked text sent so far. */
  sent: string;
}

type ResponsesPart = 'content' | 'summary';
const channelKey = (outputIndex: number, part: ResponsesPart, index: number) => `${outputIndex}:${part}:${index}`;

/**
 * OpenAI Responses API: `output[]` message items' `output_text` parts (and reasoning items' `summary_text` parts, with
 * `reasoning: unsigned` or `all`) in bodies; in streams `response.output_text.delta` per (output_index, content_index)
 * and `response.reasoning_summary_text.delta` per (output_index, summary_index). What a channel holds goes out as one
 * more delta just before its `*.text.done`; the `.done`, `content_part.done` / `reasoning_summary_part.done`,
 * `output_item.done` and `response.completed` (or `.incomplete`, `.failed`) events then carry the streamed text.
 * Inserted events shift the `sequence_number` of every later event, so the numbering stays gap-free and increasing.
 */
export class ResponsesWatermark extends WatermarkTransformer {
  private readonly channels = new Map<string, ResponsesChannel>();
  /** Finished channels: the full watermarked text, for the events that repeat it. */
  private readonly finished = new Map<string, string>();
  private inserted = 0;

  private get summaries(): boolean {
    return this.plan.reasoning !== 'none';
  }

  body(json: unknown): unknown {
    if (isObj(json)) this.rewriteOutput(json, (_k, text) => this.wholeText(text));
    return json;
  }

  /** Rewrites every watermarked text of a response's `output[]` with `text(key, original)`. */
  private rewriteOutput(response: Obj, text: (key: string, original: string) => string): boolean {
    if (!Array.isArray(response.output)) return false;
    let changed = false;
    response.output.forEach((item: unknown, i: number) => {
      if (this.rewriteItem(item, i, text)) changed = true;
    });
    return changed;
  }

  private rewriteItem(item: unknown, outputIndex: number, text: (key: string, original: string) => string): boolean {
    if (!isObj(item)) return false;
    const [list, part, type] = item.type === 'message'
      ? [item.content, 'content', 'output_text'] as const
      : item.type === 'reasoning' && this.summaries ? [item.summary, 'summary', 'summary_text'] as const : [null, 'content', ''] as const;
    if (!Array.isArray(list)) return false;
    let changed = false;
    list.forEach((p: unknown, j: number) => {
      if (!isObj(p) || p.type !== type || typeof p.text !== 'string') return;
      const t = text(channelKey(outputIndex, part, j), p.text);
      if (t !== p.text) changed = true;
      p.text = t;
    });
    return changed;
  }

  /** The streamed text of a finished channel; one never streamed is watermarked whole (and remembered). */
  private streamed = (key: string, original: string): string => {
    let t = this.finished.get(key);
    if (t === undefined) {
      t = this.wholeText(original);
      this.finished.set(key, t);
    }
    return t;
  };

  private route(j: Obj): { part: ResponsesPart; key: string } | null {
    if (typeof j.output_index !== 'number') return null;
    const t = j.type;
    if (typeof t !== 'string') return null;
    if (t.startsWith('response.output_text.') || t.startsWith('response.content_part.')) {
      return typeof j.content_index === 'number' ? { part: 'content', key: channelKey(j.output_index, 'content', j.content_index) } : null;
    }
    if (this.summaries && t.startsWith('response.reasoning_summary_')) {
      return typeof j.summary_index === 'number' ? { part: 'summary', key: channelKey(j.output_index, 'summary', j.summary_index) } : null;
    }
    return null;
  }

  private channel(key: string, itemId: unknown): ResponsesChannel {
    let c = this.channels.get(key);
    if (c === undefined) {
      c = { stream: this.openStream(), itemId, sent: '' };
      this.channels.set(key, c);
    }
    return c;
  }

  /** Ends a channel: the delta event carrying what it held (null when nothing), and its full text recorded. */
  private finish(key: string, part: ResponsesPart, outputIndex: number, index: number): SseEvent | null {
    const c = this.channels.get(key);
    if (c === undefined) return null;
    this.channels.delete(key);
    const rest = this.closeStream(c.stream);
    c.sent += rest;
    this.finished.set(key, c.sent);
    if (rest === '') return null;
    const type = part === 'content' ? 'response.output_text.delta' : 'response.reasoning_summary_text.delta';
    const where = part === 'content' ? { content_index: index } : { summary_index: index };
    return newEvent(type, { type, item_id: c.itemId, output_index: outputIndex, ...where, delta: rest });
  }

  event(ev: SseEvent): boolean | SseEvent[] {
    const out = this.handle(ev);
    return this.renumber(ev, out);
  }

  /** Gives inserted events the sequence number of the event they precede, shifting it and every later one. */
  private renumber(ev: SseEvent, out: SseEvent[] | null): boolean | SseEvent[] {
    const events = out ?? [ev];
    for (const e of events) {
      const j = eventJson(e);
      if (!isObj(j)) continue;
      if (e !== ev) {
        const next = eventJson(ev);
        if (isObj(next) && typeof next.sequence_number === 'number') {
          j.sequence_number = next.sequence_number + this.inserted;
          e.dirty = true;
        }
        this.inserted++;
      } else if (this.inserted > 0 && typeof j.sequence_number === 'number') {
        j.sequence_number += this.inserted;
        e.dirty = true;
      }
    }
    return out ?? true;
  }

  private handle(ev: SseEvent): SseEvent[] | null {
    const j = eventJson(ev);
    if (!isObj(j) || typeof j.type !== 'string') return null;
    const t = j.type;
    if (isObj(j.response)) {
      if (this.rewriteOutput(j.response, this.streamed)) ev.dirty = true;
      return null;
    }
    if (t === 'response.output_item.done') {
      if (typeof j.output_index === 'number' && this.rewriteItem(j.item, j.output_index, this.streamed)) ev.dirty = true;
      return null;
    }
    const r = this.route(j);
    if (r === null || typeof j.output_index !== 'number') return null;
    const index = (r.part === 'content' ? j.content_index : j.summary_index) as number;
    if (t === 'response.output_text.delta' || t === 'response.reasoning_summary_text.delta') {
      if (typeof j.delta !== 'string' || j.delta === '') return null;
      const c = this.channel(r.key, j.item_id);
      const out = c.stream ? c.stream.push(j.delta) : j.delta;
      c.sent += out;
      j.delta = out;
      ev.dirty = true;
      return null;
    }
    if (t === 'response.output_text.done' || t === 'response.reasoning_summary_text.done') {
      const held = this.finish(r.key, r.part, j.output_index, index);
      if (typeof j.text === 'string') {
        j.text = this.streamed(r.key, j.text);
        ev.dirty = true;
      }
      return held ? [held, ev] : null;
    }
    if (t === 'response.content_part.done' || t === 'response.reasoning_summary_part.done') {
      const held = this.finish(r.key, r.part, j.output_index, index);
      const p = j.part;
      const type = r.part === 'content' ? 'output_text' : 'summary_text';
      if (isObj(p) && p.type === type && typeof p.text === 'string') {
        p.text = this.streamed(r.key, p.text);
        ev.dirty = true;
      }
      return held ? [held, ev] : null;
    }
    return null;
  }

  /** A stream cut mid-part: send what is held so no text is lost. */
  end(): SseEvent[] {
    const out: SseEvent[] = [];
    for (const key of [...this.channels.keys()]) {
      const [oi, part, i] = key.split(':');
      const held = this.finish(key, part as ResponsesPart, Number(oi), Number(i));
      if (held) out.push(held);
    }
    return out;
  }
}
