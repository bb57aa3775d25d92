/**
 * Rate-limit headers in each dialect's own names, from the gateway's GCRA state, so clients and SDKs can pace
 * themselves before they see a 429. OpenAI: `x-ratelimit-{limit,remaining,reset}-{requests,tokens}` with resets as
 * durations (`1s`, `6m0s`, `250ms`); Anthropic: `anthropic-ratelimit-{requests,tokens}-{limit,remaining,reset}` with
 * resets as RFC 3339 times. The limit is the burst (what may be spent at once from a rested state); the reset is when
 * the limit is fully rested again. The upstream's own rate-limit headers describe the gateway's upstream credential,
 * not the client, so they are dropped.
 */
import type { Quota } from '../policy/limits.js';
import type { Api } from './api.js';

/** Upstream response headers replaced by the gateway's own. */
export function isRateLimitHeader(name: string): boolean {
  return name.startsWith('x-ratelimit-') || name.startsWith('anthropic-ratelimit-');
}

/** OpenAI's duration format: `250ms`, `1s`, `1.5s`, `6m0s`, `1h2m3s`. */
export function openaiDuration(ms: number): string {
  const t = Math.max(0, Math.ceil(ms));
  if (t < 1000) return `${t}ms`;
  const h = Math.floor(t / 3_600_000);
  const m = Math.floor((t % 3_600_000) / 60_000);
  const s = (t % 60_000) / 1000;
  const sec = `${Number.isInteger(s) ? s : s.toFixed(3).replace(/0+$/, '')}s`;
  if (h > 0) return `${h}h${m}m${sec}`;
  if (m > 0) return `${m}m${sec}`;
  return sec;
}

export function rateLimitHeaders(api: Api, q: Quota, nowMs: number): Record<string, string> {
  if (api === 'anthropic') {
    const at = (ms: number) => new Date(nowMs + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      'anthropic-ratelimit-requests-limit': String(q.requests.limit),
      'anthropic-ratelimit-requests-remaining': String(q.requests.remaining),
      // Whole seconds, rounded up: a client waiting until then finds the limit rested.
      'anthropic-ratelimit-requests-reset': at(Math.ceil(q.requests.resetMs / 1000) * 1000),
      'anthropic-ratelimit-tokens-limit': String(q.tokens.limit),
      'anthropic-ratelimit-tokens-remaining': String(q.tokens.remaining),
      'anthropic-ratelimit-tokens-reset': at(Math.ceil(q.tokens.resetMs / 1000) * 1000),
    };
  }
  return {
    'x-ratelimit-limit-requests': String(q.requests.limit),
    'x-ratelimit-remaining-requests': String(q.requests.remaining),
    'x-ratelimit-reset-requests': openaiDuration(q.requests.resetMs),
    'x-ratelimit-limit-tokens': String(q.tokens.limit),
    'x-ratelimit-remaining-tokens': String(q.tokens.remaining),
    'x-ratelimit-reset-tokens': openaiDuration(q.tokens.resetMs),
  };
}
