/**
 * A suspect endpoint for the watermark's endpoint tests and benchmark: an n-gram student (ngram.ts) served over HTTP
 * with the OpenAI chat completions, OpenAI completions and Anthropic messages APIs, as a distiller would serve the
 * model it trained. It answers a user turn freely, continues a final (prefilled) assistant turn or a completions
 * prompt, and follows `verify`'s continue-this-text instruction. `max_tokens` counts the student's tokens.
 *
 * Sampling is seeded by the request body and how often that body was seen, so the answers do not depend on the order
 * in which concurrent requests arrive.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Rng } from '../../src/sim/rng.js';
import { CONTINUE_INSTRUCTION } from '../../src/watermark/probe.js';
import { detokenize, tokenize } from './ngram.js';

interface Message { role?: unknown; content?: unknown }

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((b) => {
      const text = b && typeof b === 'object' ? (b as { text?: unknown }).text : undefined;
      return typeof text === 'string' ? text : '';
    }).join('');
  }
  return '';
}

/** Any student that continues a token history by sampling (the n-gram or the neural student). */
export interface SamplingModel {
  sample(history: readonly string[], rng: Rng, maxTokens: number): string[];
}

export class StudentEndpoint {
  private server: Server | undefined;
  private readonly seen = new Map<string, number>();
  /** Requests answered, by route. */
  readonly calls = { chat: 0, completions: 0, messages: 0 };

  constructor(private readonly model: SamplingModel, private readonly seed = 1) {}

  /** The student's text after `start` (its own words only), at most `maxTokens` tokens. */
  continueText(start: string, maxTokens: number, rng: Rng): string {
    const head = tokenize(start);
    const prefix = detokenize(head);
    return detokenize([...head, ...this.model.sample(head, rng, maxTokens)]).slice(prefix.length);
  }

  /** The continuation for a conversation: a final assistant turn is continued; a user turn is answered. */
  answerMessages(messages: Message[], maxTokens: number, rng: Rng): string {
    const last = messages[messages.length - 1];
    const text = contentText(last?.content);
    if (last?.role === 'assistant') return this.continueText(text, maxTokens, rng);
    if (text.startsWith(CONTINUE_INSTRUCTION)) {
      return this.continueText(text.slice(CONTINUE_INSTRUCTION.length).trimStart(), maxTokens, rng).trimStart();
    }
    return this.continueText('', maxTokens, rng).trimStart();
  }

  async listen(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private rngFor(body: string): Rng {
    const n = (this.seen.get(body) ?? 0) + 1;
    this.seen.set(body, n);
    const h = createHash('sha256').update(`${this.seed}\0${n}\0${body}`).digest();
    return new Rng(h.readUInt32LE(0), h.readUInt32LE(4));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    let body: { model?: unknown; messages?: unknown; prompt?: unknown; max_tokens?: unknown };
    try {
      body = JSON.parse(raw) as typeof body;
    } catch {
      return void send(400, { error: { type: 'invalid_request_error', message: 'body is not JSON' } });
    }
    const maxTokens = typeof body.max_tokens === 'number' && body.max_tokens > 0 ? body.max_tokens : 200;
    const model = typeof body.model === 'string' ? body.model : 'student';
    const rng = this.rngFor(raw);
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'POST' && path === '/v1/completions' && typeof body.prompt === 'string') {
      this.calls.completions++;
      const text = this.continueText(body.prompt, maxTokens, rng);
      const choices = [{ index: 0, text, finish_reason: 'length' }];
      return void send(200, { object: 'text_completion', model, choices });
    }
    const chatRoute = path === '/v1/chat/completions' || path === '/v1/messages';
    if (req.method === 'POST' && chatRoute && Array.isArray(body.messages)) {
      const text = this.answerMessages(body.messages as Message[], maxTokens, rng);
      if (path === '/v1/messages') {
        this.calls.messages++;
        return void send(200, {
          type: 'message', role: 'assistant', model, content: [{ type: 'text', text }], stop_reason: 'max_tokens',
          usage: { input_tokens: 0, output_tokens: maxTokens },
        });
      }
      this.calls.chat++;
      return void send(200, {
        object: 'chat.completion', model,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'length' }],
      });
    }
    send(404, { error: { type: 'not_found_error', message: `no route ${req.method} ${path}` } });
  }
}
