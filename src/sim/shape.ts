/**
 * Request shaping shared by organic and attack traffic: token counts from the real traces, output caps,
 * temperature, streaming, HTTP status and latency. Keeping one implementation means the two classes differ only in
 * the parameters they choose, never in artefacts of separate code paths.
 */
import type { Ev } from './event.js';
import type { Rng } from './rng.js';
import type { TokenTrace } from './traces.js';

/** Typical `max_tokens` values sent by SDK code; null is "not set". */
export const MAX_TOKENS_MIX: readonly [number, number][] = [
  [-1, 22], [1024, 20], [4096, 22], [2048, 9], [8192, 10], [512, 4], [16000, 4], [300, 2], [64000, 1], [32000, 2], [1000, 2], [20000, 2],
];
export const TEMPERATURE_MIX: readonly [string, number][] = [
  ['null', 48], ['0.7', 15], ['1', 10], ['0', 10], ['0.2', 5], ['0.5', 5], ['0.3', 3], ['0.8', 2], ['0.9', 2],
];

export function pickWeighted<T>(rng: Rng, mix: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of mix) total += w;
  let x = rng.next() * total;
  for (const [v, w] of mix) {
    x -= w;
    if (x < 0) return v;
  }
  return mix[mix.length - 1]![0];
}

/** Rough tokens of a text (4 characters per token, as providers quote). */
export function textTokens(len: number): number {
  return Math.max(1, Math.round(len / 4));
}

/**
 * Fills input/output tokens for a request from one real (context, generated) pair of the trace. Later turns carry
 * the conversation so far. A first turn carries the trace's context only with probability `contextShare` (attached
 * documents, RAG context, files an agent read); otherwise it is the prompt and system text themselves, so input
 * tokens stay consistent with the visible prompt.
 */
export function shapeTokens(ev: Ev, rng: Rng, trace: TokenTrace, promptChars: number, sysChars: number, prevContext: number, outScale = 1, contextShare = 0.3): void {
  const i = rng.int(trace.input.length);
  const own = textTokens(promptChars) + (sysChars > 0 ? textTokens(sysChars) : 0) + 6 + rng.int(6);
  const input = prevContext > 0 ? prevContext + own : rng.chance(contextShare) ? Math.max(own, trace.input[i]!) : own;
  ev.inTok = input;
  let out = Math.max(1, Math.round(trace.output[i]! * outScale));
  if (ev.maxTok > 0 && out > ev.maxTok) out = ev.maxTok;
  ev.outTok = out;
}

/** Status, latency and (for failures) the zeroed output. */
export function shapeOutcome(ev: Ev, rng: Rng, errorRate429 = 0.006): void {
  const x = rng.next();
  if (x < errorRate429) ev.status = 429;
  else if (x < errorRate429 + 0.0015) ev.status = 500;
  else if (x < errorRate429 + 0.0035) ev.status = 529;
  else if (x < errorRate429 + 0.0045) ev.status = 400;
  else ev.status = 200;
  if (ev.status !== 200) {
    ev.outTok = 0;
    if (ev.reasonTok > 0) ev.reasonTok = 0;
    ev.latency = 40 + rng.int(ev.status === 429 ? 120 : 2500);
    return;
  }
  const ttft = 250 + rng.lognormal(450, 0.5);
  const perTok = rng.uniform(9, 28);
  ev.latency = Math.round(ttft + (ev.outTok + Math.max(0, ev.reasonTok)) * perTok + ev.inTok * 0.02);
}
