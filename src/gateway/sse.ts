/**
 * Incremental Server-Sent Events parsing and serialisation. Upstream chunks split events (and
 * UTF-8 characters) anywhere, so the parser keeps a decoder and a tail buffer across chunks.
 */
import { StringDecoder } from 'node:string_decoder';

export interface SseEvent {
  /** `event:` field, if any. */
  event: string | undefined;
  /** `data:` lines joined with `\n`. */
  data: string;
  /** Parsed JSON of `data`, when it is JSON (not for `[DONE]`); filled lazily by parseJson. */
  json?: unknown;
  /** Set by a transform that changed `json`: the event is re-serialised from it. */
  dirty?: boolean;
}

export class SseParser {
  private readonly decoder = new StringDecoder('utf8');
  private buf = '';

  /** Feeds raw bytes; returns the events completed by them. */
  push(chunk: Buffer): SseEvent[] {
    this.buf += this.decoder.write(chunk);
    const out: SseEvent[] = [];
    for (;;) {
      // An event ends at a blank line; accept \n\n, \r\n\r\n and mixed forms.
      const m = /\r?\n\r?\n/.exec(this.buf);
      if (!m) break;
      const block = this.buf.slice(0, m.index);
      this.buf = this.buf.slice(m.index + m[0].length);
      const ev = parseBlock(block);
      if (ev) out.push(ev);
    }
    return out;
  }

  /** Whatever is left at end of stream (an unterminated final event). */
  end(): SseEvent[] {
    this.buf += this.decoder.end();
    const rest = this.buf.trim();
    this.buf = '';
    const ev = rest ? parseBlock(rest) : null;
    return ev ? [ev] : [];
  }
}

function parseBlock(block: string): SseEvent | null {
  let event: string | undefined;
  const data: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (event === undefined && data.length === 0) return null;
  return { event, data: data.join('\n') };
}

/** Parses (once) and returns the event's JSON data, or undefined when it is not JSON. */
export function eventJson(ev: SseEvent): unknown {
  if (!('json' in ev)) {
    const d = ev.data;
    const c = d.charCodeAt(0);
    ev.json = c === 123 /* { */ || c === 91 /* [ */ ? safeParse(d) : undefined;
  }
  return ev.json;
}

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

export function serializeEvent(ev: SseEvent): string {
  const data = ev.dirty ? JSON.stringify(ev.json) : ev.data;
  let s = ev.event !== undefined ? `event: ${ev.event}\n` : '';
  for (const line of data.split('\n')) s += `data: ${line}\n`;
  return s + '\n';
}
