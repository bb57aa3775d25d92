/**
 * Token shapes from the Azure LLM inference traces (data/traces, CC BY 4.0): one hour of real requests with
 * context and generated token counts. Chat-like traffic samples the conversation trace, coding traffic the code
 * trace, so input/output sizes follow real distributions rather than invented ones.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from './paths.js';
import type { Rng } from './rng.js';

export interface TokenTrace {
  input: Int32Array;
  output: Int32Array;
}

export interface Traces {
  conv: TokenTrace;
  code: TokenTrace;
}

let cached: Traces | null = null;

function load(rel: string): TokenTrace {
  const lines = readFileSync(dataPath(rel), 'utf8').split('\n').slice(1).filter(Boolean);
  const input = new Int32Array(lines.length);
  const output = new Int32Array(lines.length);
  lines.forEach((l, i) => {
    const f = l.split(',');
    input[i] = Math.max(1, Number(f[1]));
    output[i] = Math.max(1, Number(f[2]));
  });
  return { input, output };
}

export function loadTraces(): Traces {
  cached ??= { conv: load('traces/AzureLLMInferenceTrace_conv.csv'), code: load('traces/AzureLLMInferenceTrace_code.csv') };
  return cached;
}

/** Index of one real request in a trace; callers read input/output at that index so the pair stays correlated. */
export function sampleIndex(trace: TokenTrace, rng: Rng): number {
  return rng.int(trace.input.length);
}
