/**
 * An observation: one interaction reduced to what detection needs (enriched network and client facts, per-request
 * signals, hashes instead of text). Built statelessly per request, so it can be computed in any order, in any process,
 * and applied to account state in time order later. Raw prompts never leave this step: privacy mode keeps only these.
 */

export const CAPABILITIES = ['coding', 'maths', 'reasoning', 'agentic', 'creative', 'other'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** Intent kinds as bits of `Observation.intentKinds`. */
export const INTENT_KINDS = ['cot-elicitation', 'rubric-grading', 'instruction-generation', 'benchmark-item', 'bulk-format'] as const;
export type IntentKindName = (typeof INTENT_KINDS)[number];

export interface Observation {
  id: string;
  /** Epoch milliseconds. */
  ts: number;
  account: string;
  ip: string;
  /** '/24' (IPv4) or '/48' (IPv6) network of the client address. */
  prefix: string;
  asn: number | null;
  country: string | null;
  datacenter: boolean;
  vpn: boolean;
  /** Client software family/name and TLS stack, e.g. `sdk:openai-python|t13d1516h2_8daaf6152771`. */
  client: string;
  uaTlsMismatch: boolean;
  model: string;
  conversation: string | null;
  turn: number | null;
  /** Extraction-intent score 0..1 and the pattern families that fired (bits of INTENT_KINDS). */
  intent: number;
  intentKinds: number;
  capability: number;
  /** Hashes of the prompt's frame (normalised opening / closing words; 0 for short prompts): a shared wrapper shows as a shared frame. */
  frame: number;
  frameTail: number;
  /** Hash of the normalised whole prompt: the harvested item (0 for short prompts such as follow-ups). */
  item: number;
  /**
   * Hash of the prompt with its numbers folded, and of the exact prompt, for any first-turn prompt long enough to be
   * a question (whatever its intent; 0 otherwise): different accounts asking numeric variants of one question are a
   * synthetic work queue.
   */
  variant: number;
  exactItem: number;
  /** Hash of a first-turn prompt's core, the item without its wrapper (signals/item-core.ts); 0 otherwise. */
  core: number;
  /**
   * A follow-up turn asking the model to explain, verify or critique its own previous answer (signals/reflective-ask.ts):
   * the rationale and self-critique a distillation harvest wants from every thread, where people ask for changes.
   */
  reflective: boolean;
  /**
   * Hash of a short one-line prompt that is not a thread's opening (turn above 1, or no turn) and declares no tools:
   * a follow-up line (signals/follow-up-line.ts), 0 otherwise. Optional: fixtures built without it carry none.
   */
  line?: number;
  maxTokens: number | null;
  /**
   * Requested sampling temperature (null when the client leaves the default). Optional: observations built before it
   * was read, and test fixtures, carry none.
   */
  temperature?: number | null;
  inputTokens: number;
  outputTokens: number;
  reasoningTokens: number;
  tools: boolean;
  /**
   * Hash of the declared tools' names, in order of name (toolSchemaHash; 0 when none): an application or coding agent
   * declares its own tools on every request, a harvest of a tool-use dataset each item's own. Optional: fixtures built
   * without it carry none.
   */
  toolSchema?: number;
  status: number;
}

/** Hash (FNV-1a, 32 bits, never 0) of a request's declared tool names in order of name; 0 when it declares none. */
export function toolSchemaHash(names: readonly string[] | null): number {
  if (names === null || names.length === 0) return 0;
  const sorted = [...names].sort();
  let h = 2166136261;
  for (const name of sorted) {
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 0x1f, 16777619);
  }
  return (h >>> 0) || 1;
}
