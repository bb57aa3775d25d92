/**
 * The teacher's outputs for the radioactivity bench: real assistant text shipped in data/corpora. GPTeacher
 * role-play and toolformer responses (GPT-4, MIT) and the assistant turns of hh-rlhf's harmless test split (MIT).
 * GPTeacher codegen is left out: its responses are bare code with no prose for a lexical watermark to mark.
 */
import { assistantResponses, type AssistantSource } from '../../src/watermark/assistant-corpus.js';

export interface TeacherText {
  source: AssistantSource;
  text: string;
}

/** Every distinct response of at least four words, in file order (callers shuffle with their own seed). */
export function loadTeacherTexts(): TeacherText[] {
  const out: TeacherText[] = [];
  const seen = new Set<string>();
  for (const source of ['gpteacher-roleplay', 'gpteacher-toolformer', 'hh-rlhf'] as const) {
    for (const text of assistantResponses(source)) {
      if (text.split(/\s+/).length < 4 || seen.has(text)) continue;
      seen.add(text);
      out.push({ source, text });
    }
  }
  return out;
}
