/**
 * Extraction-intent score for one request: how much the *frame* of the prompt looks like harvesting model
 * output for training (chain-of-thought elicitation, rubric grading, instruction generation, benchmark
 * scaffolds, bulk structured output) rather than a person using the model.
 *
 * score: logistic regression (data/models/intent-v1.json, trained by `npm run train:intent` =
 *        `node dist/scripts/train-intent.js`) over hashed word n-grams, head/tail words and structural cues,
 *        including the pattern families below as features.
 * kinds: the transparent pattern families (intent-patterns.ts) that fired; reason codes `intent:<kind>`.
 *        A kind is only reported when the model score is at least KIND_MIN_SCORE, so a lone "step by step"
 *        in an otherwise ordinary question does not become a reason code by itself.
 *
 * One request is weak evidence: legitimate users ask for step-by-step explanations and JSON output too.
 * The account and campaign steps aggregate the score over many requests and accounts.
 *
 * Format-only system prompts (intent-patterns.ts `isFormatOnlyFrame`: "Answer in JSON only.") are left out of the
 * reading: they are an application's parser contract, sent by every app that parses answers, and read together with
 * the user turn they made "ok thanks" look like a bulk-format wrapper. Evasion: put a JSON-format wrapper in the system
 * prompt; it then counts for nothing, as it does for the apps, and the user turn, the items and the links still do.
 *
 * Languages: the features are script-aware (intent-features.ts) and the model is trained on wrappers and ordinary
 * requests in seventeen languages besides English (scripts/intent-langs-train.ts, scripts/intent-families.ts);
 * languages it never saw are recognised only as far as they share character trigrams and structure (envelopes,
 * counters, JSON keys) with those (figures in data/models/README.md).
 *
 * Evasion: paraphrase wrappers away from the training vocabulary, write them in a language the model never saw,
 * move them into an unlogged channel, or send bare items. Paraphrases are partly caught by the structure features;
 * bare items are never evidence per request (a student sends the same text): reasoned openings, item novelty and
 * sharing carry them at the account/campaign level.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DistillguardError } from '../errors.js';
import { DENSE, DIM, extractFeatures, FEATURES, HASH_BITS, SparseVec } from './intent-features.js';
import { FORMAT_FRAME_MAX_CHARS, isFormatOnlyFrame, kindsOf, type IntentKind } from './intent-patterns.js';

export type { IntentKind } from './intent-patterns.js';
export { INTENT_KIND_LIST, intentReason } from './intent-patterns.js';

export interface IntentResult {
  /** 0..1, calibrated on the training mix (≈ probability of extraction framing). */
  score: number;
  kinds: readonly IntentKind[];
}

/** Serialized model (data/models/intent-v1.json). */
export interface IntentModelFile {
  name: string;
  hashBits: number;
  dense: number;
  bias: number;
  /** Dense weights in a plain array; hashed weights as [index, weight] pairs for non-zero buckets. */
  denseWeights: number[];
  hashed: Array<[number, number]>;
  threshold: number;
  trainedWith: Record<string, unknown>;
  metrics: Record<string, unknown>;
}

/** Minimum model score for pattern families to be reported as kinds. */
export const KIND_MIN_SCORE = 0.3;

export class IntentModel {
  private readonly vec = new SparseVec();
  constructor(readonly weights: Float32Array, readonly bias: number, readonly threshold: number) {}

  static fromFile(m: IntentModelFile): IntentModel {
    if (m.hashBits !== HASH_BITS || m.dense !== DENSE) {
      throw new DistillguardError('CONFIG_INVALID', `intent model ${m.name} has ${m.hashBits} hash bits/${m.dense} dense features; code expects ${HASH_BITS}/${DENSE} — retrain with npm run train:intent`);
    }
    const w = new Float32Array(FEATURES);
    for (const [i, v] of m.hashed) w[i] = v;
    m.denseWeights.forEach((v, k) => { w[DIM + k] = v; });
    return new IntentModel(w, m.bias, m.threshold);
  }

  static load(path: string | URL = new URL('../../../data/models/intent-v1.json', import.meta.url)): IntentModel {
    let text: string;
    try {
      text = readFileSync(typeof path === 'string' ? path : fileURLToPath(path), 'utf8');
    } catch (e) {
      throw new DistillguardError('IO', `cannot read intent model (${String(path)}); run npm run train:intent`, { cause: e });
    }
    return IntentModel.fromFile(JSON.parse(text) as IntentModelFile);
  }

  /** Raw logit and pattern bits for (prompt, system). */
  logit(prompt: string, system: string | null): { z: number; bits: number } {
    const v = this.vec;
    const bits = extractFeatures(prompt, system, v);
    let z = this.bias;
    for (let k = 0; k < v.n; k++) z += this.weights[v.idx[k]!]! * v.val[k]!;
    return { z, bits };
  }

  score(prompt: string, system: string | null): IntentResult {
    const { z, bits } = this.logit(prompt, system !== null && formatOnly(system) ? null : system);
    const score = 1 / (1 + Math.exp(-z));
    return { score, kinds: score >= KIND_MIN_SCORE ? kindsOf(bits) : kindsOf(0) };
  }
}

/** Format-only readings of recent system prompts (an app sends one system prompt on all its requests). */
const formatOnlyFrames = new Map<string, boolean>();
const FORMAT_CACHE_ENTRIES = 4096;

function formatOnly(system: string): boolean {
  // Long prompts are never format-only; keeping them out of the cache bounds it at 4096 × 4000 characters.
  if (system.length > FORMAT_FRAME_MAX_CHARS) return false;
  let known = formatOnlyFrames.get(system);
  if (known === undefined) {
    if (formatOnlyFrames.size >= FORMAT_CACHE_ENTRIES) formatOnlyFrames.clear();
    known = isFormatOnlyFrame(system);
    formatOnlyFrames.set(system, known);
  }
  return known;
}

let shared: IntentModel | null = null;

/** The shipped model, loaded on first use. */
export function intentModel(): IntentModel {
  return (shared ??= IntentModel.load());
}

/** Extraction-intent score and kinds for one request (uses the shipped model). */
export function intentScore(prompt: string, system: string | null): IntentResult {
  return intentModel().score(typeof prompt === 'string' ? prompt : '', typeof system === 'string' ? system : null);
}
