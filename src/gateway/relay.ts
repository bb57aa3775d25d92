/**
 * Relays the upstream's answer to the client through the response transforms (reasoning withheld, output
 * watermarked), reading the facts the interaction record needs on the way. The end of the answer is held back and
 * returned: the client gets it only once the record is durable.
 */
import type { ServerResponse } from 'node:http';
import type { ResponseFacts } from './interaction.js';
import { SseParser, serializeEvent } from './sse.js';
import { applyEvent, endEvents, type ResponseTransformer } from './transforms.js';

/** What completes the response once the record is durable: the last bytes of a stream, or the whole body. */
export type HeldEnd = { kind: 'stream'; tail: string } | { kind: 'body'; buf: Buffer };

/** Streams longer than this are still relayed whole, but only this much is parsed for the record. */
const MAX_RECORDED_STREAM = 8 * 1024 * 1024;

/**
 * A stream's headers and events are written as they come (the held end aside); a body is read whole and transformed.
 * Throws what reading the upstream throws.
 */
export async function relay(
  up: { statusCode: number; body: AsyncIterable<Buffer> }, res: ServerResponse, headers: Record<string, string | string[]>,
  contentType: string, transformers: ResponseTransformer[], facts: ResponseFacts,
): Promise<HeldEnd> {
  if (!contentType.includes('text/event-stream')) return { kind: 'body', buf: await transformedBody(up, contentType, transformers, facts) };
  res.writeHead(up.statusCode, headers);
  res.flushHeaders();
  const parser = new SseParser();
  if (transformers.length === 0) {
    // Bytes pass through untouched (lowest time-to-first-byte) and are parsed for the record only after the upstream
    // has sent the whole stream.
    const seen: Buffer[] = [];
    let seenBytes = 0;
    for await (const chunk of up.body) {
      res.write(chunk);
      if (seenBytes < MAX_RECORDED_STREAM) {
        seen.push(chunk);
        seenBytes += chunk.length;
      }
    }
    for (const chunk of seen) for (const ev of parser.push(chunk)) facts.fromEvent(ev);
    for (const ev of parser.end()) facts.fromEvent(ev);
    return { kind: 'stream', tail: '' };
  }
  for await (const chunk of up.body) {
    let out = '';
    for (const ev of parser.push(chunk)) {
      facts.fromEvent(ev);
      for (const e of applyEvent(transformers, ev)) out += serializeEvent(e);
    }
    if (out) res.write(out);
  }
  let tail = '';
  for (const ev of parser.end()) {
    facts.fromEvent(ev);
    for (const e of applyEvent(transformers, ev)) tail += serializeEvent(e);
  }
  for (const e of endEvents(transformers)) tail += serializeEvent(e);
  return { kind: 'stream', tail };
}

async function transformedBody(up: { statusCode: number; body: AsyncIterable<Buffer> }, contentType: string, transformers: ResponseTransformer[], facts: ResponseFacts): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of up.body) chunks.push(chunk);
  const buf = Buffer.concat(chunks);
  // Error answers and bodies that are not JSON pass as they are.
  if (!contentType.includes('json') || up.statusCode >= 300) return buf;
  let j = parseOrUndefined(buf);
  if (j === undefined) return buf;
  facts.fromBody(j);
  if (transformers.length === 0) return buf;
  for (const t of transformers) j = t.body(j);
  return Buffer.from(JSON.stringify(j));
}

export function parseOrUndefined(buf: Buffer): unknown {
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch {
    return undefined;
  }
}
