/**
 * The teacher's outputs for the radioactivity bench: real assistant text shipped in data/corpora. GPTeacher
 * role-play and toolformer responses (GPT-4, MIT) and the assistant turns of hh-rlhf's harmless test split (MIT).
 * GPTeacher codegen is left out: its responses are bare code with no prose for a lexical watermark to mark.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataPath } from '../../src/sim/paths.js';

export interface TeacherText {
  source: 'gpteacher-roleplay' | 'gpteacher-toolformer' | 'hh-rlhf-harmless';
  text: string;
}

function gz(rel: string): string {
  return gunzipSync(readFileSync(dataPath(rel))).toString('utf8');
}

/** Every distinct non-trivial response, in file order (callers shuffle with their own seed). */
export function loadTeacherTexts(): TeacherText[] {
  const out: TeacherText[] = [];
  const seen = new Set<string>();
  const add = (source: TeacherText['source'], raw: string) => {
    const text = raw.trim();
    if (text.split(/\s+/).length < 4 || seen.has(text)) return;
    seen.add(text);
    out.push({ source, text });
  };
  for (const source of ['roleplay', 'toolformer'] as const) {
    const rows = JSON.parse(gz(`corpora/extraction/gpteacher-${source}.json.gz`)) as { response?: unknown }[];
    for (const row of rows) if (typeof row.response === 'string') add(`gpteacher-${source}`, row.response);
  }
  for (const line of gz('corpora/organic/hh-rlhf-harmless-test.jsonl.gz').split('\n')) {
    if (!line.trim()) continue;
    const chosen = (JSON.parse(line) as { chosen?: unknown }).chosen;
    if (typeof chosen !== 'string') continue;
    for (const turn of chosen.split('\n\nAssistant: ').slice(1)) add('hh-rlhf-harmless', turn.split('\n\nHuman: ')[0]!);
  }
  return out;
}
