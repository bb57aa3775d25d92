/**
 * Endpoint mode of the watermark test: sends probe prompts to a suspect OpenAI- or Anthropic-compatible
 * endpoint within a request budget and scores the answers as they arrive. The suspect's answers are the texts
 * of the test; everything else (de-duplication, exact p-value) is the file mode's.
 */
import { readFileSync } from 'node:fs';
import { DistillguardError } from '../errors.js';
import { dataPath } from '../sim/paths.js';
import type { WatermarkKey } from './key.js';
import { WatermarkScorer, type ScorerOptions, type VerifyResult } from './verify.js';

export type ProbeApi = 'openai' | 'anthropic';

export interface ProbeOptions {
  /** Base URL (`http://host:8080`, `…/v1`) or the full endpoint URL. */
  url: string;
  api: ProbeApi;
  model: string;
  prompts: readonly string[];
  /** Requests to send at most (prompts are cycled when the budget is larger). */
  budget: number;
  /** Sent as `Authorization: Bearer` (OpenAI) or `x-api-key` (Anthropic); never logged. */
  apiKey?: string;
  concurrency?: number;
  maxTokens?: number;
  timeoutMs?: number;
  /** Called after every request. */
  onProgress?: (done: number, failed: number) => void;
  /** Called with every answer scored (e.g. to test it for the interaction-layer marker too). */
  onAnswer?: (text: string) => void;
  /** Called once per failed request with a reason that contains no secret. */
  onError?: (message: string) => void;
  /** How the answers are scored (vote, served-site filter); default: first occurrence, every site. */
  scoring?: ScorerOptions;
}

export interface ProbeResult extends VerifyResult {
  requests: number;
  failed_requests: number;
  endpoint: string;
  api: ProbeApi;
  model: string;
}

/** The endpoint URL for an API given a base URL or a full one. */
export function endpointUrl(url: string, api: ProbeApi): string {
  const trimmed = url.replace(/\/+$/, '');
  const path = api === 'openai' ? '/chat/completions' : '/messages';
  if (trimmed.endsWith(path)) return trimmed;
  return trimmed.endsWith('/v1') ? trimmed + path : trimmed + '/v1' + path;
}

/** Bundled probe prompts (data/watermark/probes.jsonl) or a file: JSON lines `{"prompt": …}` or plain lines. */
export function loadProbes(path?: string): string[] {
  const file = path ?? dataPath('watermark/probes.jsonl');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DistillguardError('IO', `cannot read probes ${file}: ${(e as Error).message}`, { cause: e });
  }
  const prompts: string[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    if (!line.trimStart().startsWith('{')) {
      prompts.push(line.trim());
      continue;
    }
    let prompt: unknown;
    try {
      prompt = (JSON.parse(line) as { prompt?: unknown }).prompt;
    } catch (e) {
      throw new DistillguardError('FILE_FORMAT', `${file}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    if (typeof prompt !== 'string' || !prompt.trim()) throw new DistillguardError('FILE_FORMAT', `${file}:${i + 1}: no string "prompt"`);
    prompts.push(prompt);
  }
  if (prompts.length === 0) throw new DistillguardError('FILE_FORMAT', `${file} has no probe prompts`);
  return prompts;
}

function requestBody(api: ProbeApi, model: string, prompt: string, maxTokens: number): string {
  const messages = [{ role: 'user', content: prompt }];
  return JSON.stringify(api === 'openai' ? { model, messages, max_tokens: maxTokens } : { model, messages, max_tokens: maxTokens });
}

function headers(api: ProbeApi, apiKey: string | undefined): Record<string, string> {
  const h: Record<string, string> = { 'content-type': 'application/json' };
  if (api === 'anthropic') {
    h['anthropic-version'] = '2023-06-01';
    if (apiKey) h['x-api-key'] = apiKey;
  } else if (apiKey) h.authorization = `Bearer ${apiKey}`;
  return h;
}

/** The assistant text of a non-streamed response (reasoning is left out: it is not the answer a student copies). */
export function responseText(api: ProbeApi, body: unknown): string | null {
  const o = body as { choices?: { message?: { content?: unknown } }[]; content?: { type?: unknown; text?: unknown }[] };
  if (api === 'openai') {
    const content = o.choices?.[0]?.message?.content;
    return typeof content === 'string' ? content : null;
  }
  if (!Array.isArray(o.content)) return null;
  return o.content.filter((b) => b.type === 'text' && typeof b.text === 'string').map((b) => b.text as string).join('\n');
}

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504, 529]);

async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** Probes the endpoint and returns the watermark test on its answers. Every attempt, retries included, counts against the budget. */
export async function probeEndpoint(key: WatermarkKey, o: ProbeOptions): Promise<ProbeResult> {
  if (o.prompts.length === 0) throw new DistillguardError('USAGE', 'no probe prompts');
  if (!Number.isInteger(o.budget) || o.budget < 1) throw new DistillguardError('USAGE', `--budget must be a positive integer, got ${o.budget}`);
  const url = endpointUrl(o.url, o.api);
  try {
    new URL(url);
  } catch {
    throw new DistillguardError('USAGE', `--model-url is not a URL: ${o.url}`);
  }
  const scorer = new WatermarkScorer(key, o.scoring);
  let sent = 0, done = 0, failed = 0, next = 0;
  const take = (): boolean => {
    if (sent >= o.budget) return false;
    sent++;
    return true;
  };
  const one = async (prompt: string): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      let status = 0;
      let reason = '';
      try {
        const res = await fetch(url, {
          method: 'POST', headers: headers(o.api, o.apiKey), body: requestBody(o.api, o.model, prompt, o.maxTokens ?? 800),
          signal: AbortSignal.timeout(o.timeoutMs ?? 120_000),
        });
        status = res.status;
        const text = await res.text();
        if (res.ok) {
          const answer = responseText(o.api, JSON.parse(text));
          if (answer !== null) {
            scorer.add(answer);
            o.onAnswer?.(answer);
            return;
          }
          reason = 'response has no assistant text';
        } else reason = `HTTP ${res.status}: ${text.slice(0, 200)}`;
      } catch (e) {
        reason = (e as Error).name === 'TimeoutError' ? 'timed out' : (e as Error).message;
      }
      if (!(status === 0 || RETRYABLE.has(status)) || !take()) {
        failed++;
        o.onError?.(reason);
        return;
      }
      await sleep(Math.min(8000, 500 * 2 ** attempt));
    }
  };
  const worker = async (): Promise<void> => {
    while (take()) {
      const prompt = o.prompts[next++ % o.prompts.length]!;
      await one(prompt);
      done++;
      o.onProgress?.(done, failed);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency ?? 4, o.budget)) }, worker));
  return { ...scorer.result(), requests: sent, failed_requests: failed, endpoint: url, api: o.api, model: o.model };
}
