/**
 * Derived per-account features and the account's own extraction evidence, with reason codes.
 *
 * Each feature is a ratio with a small prior (shrinkage), so an account with three requests does not look extreme.
 * How an attacker evades each one is noted beside it; none of them alone decides a verdict: campaigns do (campaigns/).
 */
import { CAPABILITIES, INTENT_KINDS } from '../engine/observation.js';
import type { AccountState, DerivedValues } from './state.js';
import { cutOver } from './eras.js';

export interface AccountFeatures {
  n: number;
  activeDays: number;
  /** Mean requests per active day. */
  perActiveDay: number;
  /** Extraction-intent mean (shrunk). Evade: rephrase wrappers outside the model's training — the classifier is one voice. */
  intent: number;
  /** Share of requests asking for ≥ 4000 output tokens. Evade: ask for less per request (costs more requests). */
  highMaxTokens: number;
  /** Largest share of one skill (coding, maths, reasoning, agentic). Evade: mix skills across accounts. */
  capabilityFocus: number;
  focusCapability: string;
  /** 1 − own repeats / requests. Harvesters never repeat; eval harnesses and people do. Evade: none cheap (repeats waste budget). */
  novelty: number;
  /** Share of (sampled) items another account also asked. Students share homework; a work queue hands each item out once. */
  sharedItems: number;
  /** Share of follow-up turns. Evade: scripted follow-ups (the sim's follow-up tactic). */
  followUps: number;
  /**
   * Share of requests that are follow-ups asking the model to explain, verify or critique its own answer
   * (signals/reflective-ask.ts): a harvest hiding in threads still wants rationales and self-critiques from each turn;
   * people follow up to change the output or report a problem. Evade: follow up like a person (less rationale per
   * thread), or word the follow-ups outside the recognised verbs (a model writing them); the cohort step still
   * compares the accounts' other habits.
   */
  reflectiveFollowUps: number;
  /**
   * How far the reflective follow-ups speak for a harvest, 0..1: by their share of the account's follow-ups (a third
   * or less: 0; a half or more: 1). A researcher who asks to "check your arithmetic" among many other questions is in
   * a conversation; threads whose follow-ups mostly ask for the rationale are a harvest. Evade: mix in ordinary
   * follow-ups (each one a request that harvests nothing).
   */
  reflectiveWeight: number;
  /** Normalised entropy of hour-of-day activity: 1 = flat round the clock (machines), people sleep. Evade: fake a diurnal. */
  hourEntropy: number;
  /** Std-dev of log inter-arrival gaps: low = metronome. Evade: jitter. */
  gapSpread: number;
  datacenterShare: number;
  vpnShare: number;
  /**
   * UA claims one client but the TLS stack says another: a browser UA over a library's stack, or a declared client over
   * a stack learned to be foreign to it (campaigns/links.ts). Evade: use the claimed client's real TLS stack.
   */
  uaTlsMismatch: number;
  /** Output tokens (reasoning included where the log counts it so) per input token. Evade: pad the prompts (cost). */
  outputPerInput: number;
  /** Share of requests answered with extended reasoning (reasoning tokens billed). */
  reasoningShare: number;
  /**
   * Share of requests that open a thread (or stand alone) and are answered with extended reasoning at ≥ 8 output
   * tokens per input token (state.ts). Language-independent: it reads token counts, not words. Evade: ask for short
   * answers or no extended reasoning (less of what a reasoning-trace harvest wants per request), or pad the prompts.
   */
  reasonedOpenings: number;
  intentKindShares: Record<string, number>;
  /**
   * 1 when the account cut over mid-life from all its client families and networks to new ones while its work went on
   * (eras.ts), else 0. Evade: keep one client family and network per account, or change one at a time.
   */
  identityCutOver: number;
  /**
   * Share of requests that open a tool-use thread which the account does not carry on, weighed by how often its
   * declared tools change from one such request to the next (oneShotToolSchemas). Evade: declare one fixed tool set on
   * every request (rewriting each dataset item's tools to it), or send a tool result after each opening (a second
   * request per item, whose templated results the work and the threads still show).
   */
  oneShotToolSchemas: number;
}

const shrink = (count: number, n: number, prior: number, k = 4): number => (count + prior * k) / (n + k);

/** features.reflectiveWeight from the counts (two ordinary follow-ups as a prior, so a handful decides nothing). */
export function reflectiveWeight(reflective: number, followUps: number): number {
  const ratio = reflective / (followUps + 2);
  return Math.min(1, Math.max(0, (ratio - 1 / 3) / (1 / 2 - 1 / 3)));
}

export function normalisedEntropy(hist: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < hist.length; i++) total += hist[i]!;
  if (total === 0) return 0;
  let h = 0;
  for (let i = 0; i < hist.length; i++) {
    const p = hist[i]! / total;
    if (p > 0) h -= p * Math.log(p);
  }
  return h / Math.log(hist.length);
}

export function accountFeatures(s: AccountState): AccountFeatures {
  const n = s.n;
  let focus = 0;
  let focusCapability = 'other';
  const capabilities = s.capabilities;
  for (let c = 0; c < 4; c++) {
    const share = capabilities[c]! / Math.max(1, n);
    if (share > focus) {
      focus = share;
      focusCapability = CAPABILITIES[c]!;
    }
  }
  const kinds: Record<string, number> = {};
  const intentKinds = s.intentKinds;
  INTENT_KINDS.forEach((k, i) => (kinds[k] = intentKinds[i]! / Math.max(1, n)));
  return {
    n,
    activeDays: s.activeDays,
    perActiveDay: n / Math.max(1, s.activeDays),
    intent: shrink(s.intentSum, n, 0.1),
    highMaxTokens: shrink(s.maxTokensHigh, n, 0.05),
    capabilityFocus: shrink(focus * n, n, 0.4),
    focusCapability,
    novelty: 1 - shrink(s.repeats, s.itemRequests, 0.05),
    sharedItems: s.sampledItems >= 3 ? s.sharedItems / s.sampledItems : 0,
    followUps: shrink(s.followUps, n, 0.2),
    reflectiveFollowUps: shrink(s.reflectiveFollowUps, n, 0),
    reflectiveWeight: reflectiveWeight(s.reflectiveFollowUps, s.followUps),
    hourEntropy: n >= 12 ? normalisedEntropy(s.hourOfDay) : 0.5,
    gapSpread: s.gapSpread(),
    datacenterShare: s.datacenter / Math.max(1, n),
    vpnShare: s.vpn / Math.max(1, n),
    uaTlsMismatch: s.uaTlsMismatch / Math.max(1, n),
    outputPerInput: s.outputTokens / Math.max(1, s.inputTokens),
    reasoningShare: s.reasoningUses / Math.max(1, n),
    reasonedOpenings: shrink(s.reasonedFirstTurns, n, 0.05),
    intentKindShares: kinds,
    identityCutOver: cutOver(s.eras) === null ? 0 : 1,
    oneShotToolSchemas: oneShotToolSchemas(s),
  };
}

/** Requests declaring tools an account needs before its tool schemas are read (a handful say nothing of a habit). */
const MIN_TOOL_REQUESTS = 8;
/** Share of tool-declaring requests that carry a thread on, from which an account's tool use is a working loop. */
const CONTINUED_TOOL_SHARE = 0.2;
/** Share of tool-declaring requests whose tools differ from the previous one's, from which the tools follow each task. */
const SWITCHING_SCHEMA_SHARE = 0.5;

/**
 * Tool-use threads opened on ever-changing tool sets and never carried on, as a share of the account's requests (0..1).
 * A tool-using application or a coding agent declares its own tools on every request (one harness, one schema), and
 * when the model calls one it sends the result back in the next turn of the thread: its tool requests are loops. A
 * harvest of a tool-use dataset (toolformer-style items, each with its own tools) declares each item's tools, takes the
 * model's first move and goes on to the next item. Both conditions are needed: a product using function calling for
 * structured output opens one-shot requests too, on its one schema; a developer trying many tools carries threads on.
 * Evade: as for AccountFeatures.oneShotToolSchemas.
 */
export function oneShotToolSchemas(s: AccountState): number {
  const tools = s.withTools;
  if (tools < MIN_TOOL_REQUESTS || s.n <= 0) return 0;
  const openings = tools - s.toolFollowUps;
  const carriedOn = s.toolFollowUps / tools;
  const switching = s.toolSchemaSwitches / Math.max(1, tools - 1);
  const oneShot = Math.max(0, 1 - carriedOn / CONTINUED_TOOL_SHARE);
  const changing = Math.min(1, switching / SWITCHING_SCHEMA_SHARE);
  return (openings / s.n) * oneShot * changing;
}

export interface Evidence {
  /** 0..1: how much the account's own traffic looks like harvesting. */
  score: number;
  /** Reason codes, strongest first. */
  reasons: string[];
}

/** Weight of oneShotToolSchemas in an account's own evidence. */
const ONE_SHOT_TOOLS_WEIGHT = 4;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The account's own extraction evidence. Deliberately conservative: a single account is never flagged on this alone
 * (legitimate power users and eval harnesses look like this too); it weighs members inside a coordinated group.
 */
export function accountEvidence(f: AccountFeatures): Evidence {
  const parts: [string, number][] = [
    ['content:extraction-intent', 5 * (f.intent - 0.25)],
    ['content:high-max-tokens', 1.5 * f.highMaxTokens],
    ['content:capability-focus', 1.0 * Math.max(0, f.capabilityFocus - 0.5)],
    ['behaviour:round-the-clock', 1.5 * Math.max(0, f.hourEntropy - 0.85) / 0.15],
    ['behaviour:repeats-items', -6 * (1 - f.novelty)],
    ['behaviour:shares-items', -3 * f.sharedItems],
    // People follow up on answers; follow-ups that only ask the model to explain or critique itself are no sign of a
    // person, and most threads ending so is a sign of a harvest (a person does it now and then: above a twentieth).
    ['behaviour:conversational', -1.5 * Math.max(0, f.followUps - f.reflectiveWeight * f.reflectiveFollowUps)],
    ['content:reflective-follow-ups', f.reflectiveWeight * Math.min(3, 12 * Math.max(0, f.reflectiveFollowUps - 0.05))],
    ['infra:ua-tls-mismatch', 1.0 * f.uaTlsMismatch],
    // A clean cut of client family and network at once, the work going on across it: an account moved to a new
    // toolkit and proxy pool (eras.ts). Weighed as one more habit, never alone: people deploying a script to a server
    // do it too, and their content keeps them under the bar.
    ['behaviour:identity-rotation', 1.0 * f.identityCutOver],
    // Short questions, long reasoned answers: a harvest of reasoning traces returns ten or more output tokens per
    // input token with extended thinking on; conversation, coding help and applications return about one or less, and
    // list generation (long answers without thinking) is judged by its wording instead.
    ['content:long-reasoned-answers', 1.5 * f.reasoningShare * Math.min(1.5, Math.max(0, Math.log10(Math.max(1e-9, f.outputPerInput)) - 0.5))],
    // The same shape counted request by request on opening turns: the pooled ratio above is diluted by the context a
    // thread carries, and by cover traffic; a trace harvest opens nearly every thread this way, people do so now and
    // then (a hard question to a reasoning model). Above a fifth of the openings only: occasional ones say nothing.
    ['content:reasoned-openings', 2 * Math.max(0, f.reasonedOpenings - 0.2)],
    // Tool-use threads on each task's own tools, opened and never carried on: the first move of a tool-use dataset's
    // items, not an application's or an agent's loop (oneShotToolSchemas).
    ['behaviour:one-shot-tool-schemas', ONE_SHOT_TOOLS_WEIGHT * f.oneShotToolSchemas],
  ];
  const z = -1 + parts.reduce((a, [, v]) => a + v, 0);
  const reasons = parts
    .filter(([, v]) => v > 0.3)
    .sort((a, b) => b[1] - a[1])
    .map(([r]) => r);
  for (const [k, share] of Object.entries(f.intentKindShares)) if (share >= 0.2) reasons.push(`intent:${k}`);
  return { score: sigmoid(z), reasons };
}

/** The state's derived values, emptied when it has changed since they were computed. */
export function derivedOf(s: AccountState): DerivedValues {
  const d = s.derived;
  if (d && d.revision === s.revision) return d;
  return (s.derived = { revision: s.revision });
}

/** accountFeatures, kept until the account changes. Shared: read it, never change it. */
export function featuresOf(s: AccountState): AccountFeatures {
  const d = derivedOf(s);
  return (d.features ??= accountFeatures(s));
}

/** accountEvidence of featuresOf, kept until the account changes. Shared: read it, never change it. */
export function evidenceOf(s: AccountState): Evidence {
  const d = derivedOf(s);
  return (d.evidence ??= accountEvidence(d.features ??= accountFeatures(s)));
}
