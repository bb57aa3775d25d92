/**
 * Real assistant responses shipped in the repo, for the watermark's tests and benchmarks: GPT-4 answers from
 * GPTeacher (roleplay, codegen, toolformer; MIT) and the assistant turns of hh-rlhf harmless-base test (MIT).
 * See data/corpora/README.md for sources and licences.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataPath } from '../sim/paths.js';

export type AssistantSource = 'gpteacher-roleplay' | 'gpteacher-codegen' | 'gpteacher-toolformer' | 'hh-rlhf';

const cache = new Map<AssistantSource, string[]>();

function gunzipText(rel: string): string {
  return gunzipSync(readFileSync(dataPath(rel))).toString('utf8');
}

/** Responses of one source in file order; empty responses are dropped. */
export function assistantResponses(source: AssistantSource): string[] {
  const hit = cache.get(source);
  if (hit) return hit;
  let out: string[];
  if (source === 'hh-rlhf') {
    out = [];
    for (const line of gunzipText('corpora/organic/hh-rlhf-harmless-test.jsonl.gz').split('\n')) {
      if (!line.trim()) continue;
      const transcript = String((JSON.parse(line) as { chosen: unknown }).chosen);
      for (const part of transcript.split('\n\nAssistant: ').slice(1)) {
        const turn = part.split('\n\nHuman:')[0]?.trim();
        if (turn) out.push(turn);
      }
    }
  } else {
    const rows = JSON.parse(gunzipText(`corpora/extraction/${source}.json.gz`)) as { response?: unknown }[];
    out = rows.map((r) => String(r.response ?? '').trim()).filter((t) => t.length > 0);
  }
  cache.set(source, out);
  return out;
}

/** All GPT-4 prose responses (roleplay, then toolformer, then codegen). */
export function gpt4Responses(): string[] {
  return [...assistantResponses('gpteacher-roleplay'), ...assistantResponses('gpteacher-toolformer'), ...assistantResponses('gpteacher-codegen')];
}
