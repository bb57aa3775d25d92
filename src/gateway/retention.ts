/**
 * What of a prompt the gateway keeps at rest (its store and its event spool), policy `record.prompt_retention`:
 *   full   the text, truncated to record.max_text_chars (default);
 *   hash   `sha256:<hex>` of the text: equal prompts stay recognisable (repeats, shared templates), the text is gone;
 *   none   an empty prompt and no system prompt.
 * The engine always gets the full text in memory (detection reads it); only what is written to disk changes.
 * The response text is governed by record.response_text.
 */
import { createHash } from 'node:crypto';
import type { Interaction } from '../dataset/types.js';

export type PromptRetention = 'full' | 'hash' | 'none';
export const PROMPT_RETENTIONS: readonly PromptRetention[] = ['full', 'hash', 'none'];

const digest = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** The interaction as it may be stored under `mode` (the same object for `full`). */
export function retainPrompt(i: Interaction, mode: PromptRetention): Interaction {
  switch (mode) {
    case 'full':
      return i;
    case 'hash':
      return { ...i, prompt: digest(i.prompt), system: i.system === null ? null : digest(i.system) };
    case 'none':
      return { ...i, prompt: '', system: null };
  }
}
