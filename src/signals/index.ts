/**
 * Per-request signals bundled for the account step: extraction intent, capability, template sketch, item hash
 * and cheap numeric facts. Pure and order-free: the same interaction always yields the same signals.
 *
 * Reason codes: `intent:<kind>` for each intent kind, `capability:<tag>` for the capability.
 */
import type { Interaction } from '../dataset/types.js';
import { capabilityOf, capabilityReason, type Capability } from './capability.js';
import { intentScore, intentReason, type IntentResult } from './intent.js';
import { itemHash, templateSketch, type TemplateSketch } from './sketch.js';

export { intentScore, intentModel, IntentModel, KIND_MIN_SCORE, INTENT_KIND_LIST, intentReason, type IntentKind, type IntentResult } from './intent.js';
export { capabilityOf, capabilityReason, CAPABILITY_LIST, type Capability } from './capability.js';
export { templateSketch, itemHash, simhashDistance, minhashSimilarity, lshBands, skeletonText, MINHASH_K, type TemplateSketch } from './sketch.js';

export interface RequestSignals {
  intent: IntentResult;
  capability: Capability;
  sketch: TemplateSketch;
  itemHash: number;
  /** Characters in the prompt (not tokens). */
  promptChars: number;
  hasSystem: boolean;
  maxTokens: number | null;
  /** output_tokens / max(1, input_tokens): harvesting asks for long answers to short prompts. */
  outputInputRatio: number;
  /** reasoning_tokens / max(1, output_tokens), 0 when not reported. */
  reasoningShare: number;
  toolCount: number;
  /** Reason codes for the explainable parts (intent kinds, then capability). */
  reasons: string[];
}

export function requestSignals(i: Interaction): RequestSignals {
  const intent = intentScore(i.prompt, i.system);
  const capability = capabilityOf(i.prompt, i.system, i.tool_names);
  const reasons = intent.kinds.map(intentReason);
  reasons.push(capabilityReason(capability));
  return {
    intent,
    capability,
    sketch: templateSketch(i.prompt, i.system),
    itemHash: itemHash(i.prompt),
    promptChars: typeof i.prompt === 'string' ? i.prompt.length : 0,
    hasSystem: typeof i.system === 'string' && i.system.length > 0,
    maxTokens: i.max_tokens,
    outputInputRatio: i.output_tokens / Math.max(1, i.input_tokens),
    reasoningShare: i.reasoning_tokens ? i.reasoning_tokens / Math.max(1, i.output_tokens) : 0,
    toolCount: i.tool_names?.length ?? 0,
    reasons,
  };
}
