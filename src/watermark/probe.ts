/**
 * Endpoint mode of the watermark test: sends probes to a suspect OpenAI- or Anthropic-compatible endpoint within a
 * request budget and scores the answers as they arrive. Two kinds of probe: prompts the suspect answers freely (its
 * answers are the texts of the test), or served-prefix probes (prefix-probes.ts), served answers cut before a word
 * of the synonym table that the suspect is asked to continue (only the continuations are scored). Everything else
 * (de-duplication, exact p-value) is the file mode's.
 */
import { readFileSync } from 'node:fs';
import { DistillguardError } from '../errors.js';
import { dataPath } from '../sim/paths.js';
import type { WatermarkKey } from './key.js';
import { continuationText, type PrefixProbe } from './prefix-probes.js';
import { WatermarkScorer, type ScorerOptions, type VerifyResult } from './verify.js';

export type ProbeApi = 'openai' | 'anthropic';

export const PREFILL_STYLES = ['assistant', 'completions', 'instruction'] as const;
/**
 * How a served-prefix probe asks the suspect to continue: `assistant` ends the conversation with the prefix as an
 * unfinished assistant turn (Anthropic prefill; OpenAI-compatible servers that continue a final assistant message),
 * `completions` sends the prefix as the prompt of a completions endpoint (`/v1/completions`), `instruction` asks in a
 * user turn to continue the quoted text.
 */
export type PrefillStyle = (typeof PREFILL_STYLES)[number];

/** The user turn of an `instruction` probe; the prefix follows it after a blank line. */
export const CONTINUE_INSTRUCTION =
  'Continue the following text from exactly where it stops. ' +
  'Reply with the continuation only, without repeating any of the text.';

/** What to send: prompts answered freely, or served-prefix probes continued. */
export type ProbeSet =
  | { kind: 'prompts'; prompts: readonly string[] }
  | { kind: 'prefixes'; probes: readonly PrefixProbe[]; style: PrefillStyle; repeats: number };

export interface ProbeOptions {
  /** Base URL (`http://host:8080`, `…/v1`) or the full endpoint URL. */
  url: string;
  api: ProbeApi;
  model: string;
  /** Free prompts (cycled when the budget is larger), or a `ProbeSet`. */
  prompts: readonly string[] | ProbeSet;
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
  /** Extra fields merged into every request body (e.g. a server's flag to continue the final assistant message). */
  extraBody?: Record<string, unknown>;
}

export interface ProbeResult extends VerifyResult {
  requests: number;
  failed_requests: number;
  endpoint: string;
  api: ProbeApi;
  model: string;
}

/** The endpoint URL for an API given a base URL or a full one (`completions`: the OpenAI completions endpoint). */
export function endpointUrl(url: string, api: ProbeApi, completions = false): string {
  let trimmed = url.replace(/\/+$/, '');
  const path = completions ? '/completions' : api === 'openai' ? '/chat/completions' : '/messages';
  if (trimmed.endsWith(path) && !(completions && trimmed.endsWith('/chat/completions'))) return trimmed;
  for (const p of ['/chat/completions', '/completions', '/messages']) {
    if (trimmed.endsWith(p)) trimmed = trimmed.slice(0, -p.length);
  }
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

/** One request: a free prompt, or a served-prefix probe in the chosen style. */
type ProbeItem = { kind: 'prompt'; prompt: string } | { kind: 'prefix'; probe: PrefixProbe; style: PrefillStyle };

/** A prefix probe whose answer has no user prompt recorded still needs a user turn before the assistant's. */
const PREFILL_USER_FALLBACK = 'Please answer.';

export function requestBody(
  item: ProbeItem, model: string, maxTokens: number, extra: Record<string, unknown> = {},
): string {
  if (item.kind === 'prompt') {
    const messages = [{ role: 'user', content: item.prompt }];
    return JSON.stringify({ model, messages, max_tokens: maxTokens, ...extra });
  }
  const { probe, style } = item;
  if (style === 'completions') return JSON.stringify({ model, prompt: probe.prefix, max_tokens: maxTokens, ...extra });
  const messages = style === 'assistant'
    ? [{ role: 'user', content: probe.prompt ?? PREFILL_USER_FALLBACK }, { role: 'assistant', content: probe.prefix }]
    : [{ role: 'user', content: `${CONTINUE_INSTRUCTION}\n\n${probe.prefix}` }];
  return JSON.stringify({ model, messages, max_tokens: maxTokens, ...extra });
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
export function responseText(api: ProbeApi, body: unknown, completions = false): string | null {
  const o = body as {
    choices?: { message?: { content?: unknown }; text?: unknown }[];
    content?: { type?: unknown; text?: unknown }[];
  };
  if (completions) {
    const text = o.choices?.[0]?.text;
    return typeof text === 'string' ? text : null;
  }
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
  const set: ProbeSet = Array.isArray(o.prompts) ? { kind: 'prompts', prompts: o.prompts } : o.prompts as ProbeSet;
  const items: ProbeItem[] = set.kind === 'prompts'
    ? set.prompts.map((prompt) => ({ kind: 'prompt', prompt }))
    : set.probes.flatMap((probe) =>
      Array.from({ length: set.repeats }, () => ({ kind: 'prefix' as const, probe, style: set.style })));
  if (items.length === 0) {
    throw new DistillguardError('USAGE', set.kind === 'prompts' ? 'no probe prompts' : 'no served-prefix probes');
  }
  if (!Number.isInteger(o.budget) || o.budget < 1) throw new DistillguardError('USAGE', `--budget must be a positive integer, got ${o.budget}`);
  const completions = set.kind === 'prefixes' && set.style === 'completions';
  if (completions && o.api !== 'openai') {
    throw new DistillguardError('USAGE',
      'completions-style probes need --api openai (an OpenAI-compatible /v1/completions endpoint)');
  }
  const url = endpointUrl(o.url, o.api, completions);
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
  const one = async (item: ProbeItem): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      let status = 0;
      let reason = '';
      try {
        const res = await fetch(url, {
          method: 'POST', headers: headers(o.api, o.apiKey),
          body: requestBody(item, o.model, o.maxTokens ?? 800, o.extraBody),
          signal: AbortSignal.timeout(o.timeoutMs ?? 120_000),
        });
        status = res.status;
        const text = await res.text();
        if (res.ok) {
          const answer = responseText(o.api, JSON.parse(text), completions);
          if (answer !== null) {
            if (item.kind === 'prompt') scorer.add(answer);
            else scorer.addContinuation(item.probe.prefix, continuationText(item.probe.prefix, answer));
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
      await one(items[next++ % items.length]!);
      done++;
      o.onProgress?.(done, failed);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency ?? 4, o.budget)) }, worker));
  return { ...scorer.result(), requests: sent, failed_requests: failed, endpoint: url, api: o.api, model: o.model };
}
