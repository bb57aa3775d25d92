/**
 * Public prompt templates: wrappers published with datasets and evaluation harnesses, which strangers copy word for
 * word (the Alpaca/self-instruct generation prompt, the chain-of-thought instructions of common maths evaluations).
 * Two accounts sharing one of these share a web page, not an operation, so such a frame never makes a template link
 * (engine.ts); what the prompt asks for still counts in the account's own evidence (the intent model).
 *
 * Evade: an operation that wraps its work in a public template loses the template link (it keeps every other link
 * and its own content evidence), which is why the list holds only templates that ordinary users copy.
 */
import { readFileSync } from 'node:fs';
import { frameHashes } from './text-signals.js';

/** Public instructions as users copy them (opening or closing a prompt). */
const PUBLIC_INSTRUCTIONS = [
  // Chain-of-thought conventions of maths evaluations and papers.
  'Please reason step by step, and put your final answer within \\boxed{}.',
  "Solve the following math problem step by step. The last line of your response should be of the form Answer: $ANSWER (without quotes) where $ANSWER is the answer to the problem.",
  "Let's think step by step and then give the final answer.",
  'Think step by step before answering, and show your reasoning.',
  'Answer the following question. Show your reasoning step by step, then give the final answer.',
];

/** Words added to a short template so that it has the length of a framed prompt (see frameHashes). */
const FILLER = Array.from({ length: 24 }, (_, i) => `w${i}`).join(' ');

/** Frame hashes (opening and closing) of the public templates, for prompts sent without a system prompt. */
export function publicTemplateFrames(): Set<number> {
  const frames = new Set<number>();
  const alpaca = readFileSync(new URL('../../../data/corpora/extraction/alpaca-generation-prompt.txt', import.meta.url), 'utf8');
  for (const t of [alpaca, ...PUBLIC_INSTRUCTIONS]) {
    const [head] = frameHashes(`${t} ${FILLER}`, null, 40);
    const [, tail] = frameHashes(`${FILLER} ${t}`, null, 40);
    frames.add(head);
    frames.add(tail);
  }
  return frames;
}
