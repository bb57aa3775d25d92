/**
 * Per-request step of the pipeline: enrich (IP, client) and signals (intent, capability, frame, item) turn one
 * interaction into an Observation. Stateless and order-free, so it can run in any process and before sorting.
 */
import type { Interaction } from '../dataset/types.js';
import type { IpIntel } from '../enrich/ip.js';
import { parseClient } from '../enrich/client.js';
import { intentScore } from '../signals/intent.js';
import { capabilityOf } from '../signals/capability.js';
import { itemHash, variantHash } from '../signals/sketch.js';
import { CAPABILITIES, INTENT_KINDS, type Observation } from './observation.js';

const KIND_BITS = new Map<string, number>(INTENT_KINDS.map((k, i) => [k, 1 << i]));
const CAPABILITY_INDEX = new Map<string, number>(CAPABILITIES.map((c, i) => [c, i]));
/** A prompt has a frame only with this many words, so that a frame is a part of the prompt (a wrapper), not the item. */
const FRAME_MIN_WORDS = 20;
const FRAME_WORDS = 7;
/** Prompts shorter than this are not harvested items (follow-ups like "continue", greetings): no item hash. */
const ITEM_MIN_WORDS = 8;
const EDGE_CHARS = 240;
/** Extraction-intent score a request needs for its frame to count as a template and its prompt as a harvested item. */
const FRAME_MIN_INTENT = 0.35;

/** FNV-1a over a string, 32-bit. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function countWords(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < limit; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const normWords = (s: string): string[] => s.toLowerCase().replace(/[0-9]+/g, '#').split(/\s+/).filter((w) => w.length > 0);

/**
 * The frames of a prompt: hashes of its normalised opening and closing words (digits folded), where extraction
 * wrappers live ("Think step by step and show all your reasoning…", "…put the final answer on the last line").
 * 0 when the prompt is too short to have a frame apart from its content.
 * Evade: a fresh wrapper per request (many phrasings) weakens the frame link; the intent model remains.
 */
export function frameHashes(prompt: string, system: string | null, words: number): [number, number] {
  if (words < FRAME_MIN_WORDS) return [0, 0];
  const seed = system ? fnv1a(system) : 0x811c9dc5;
  const head = normWords(prompt.slice(0, EDGE_CHARS)).slice(0, FRAME_WORDS);
  const tail = normWords(prompt.slice(-EDGE_CHARS)).slice(-FRAME_WORDS);
  return [fnv1a(head.join(' '), seed) || 1, fnv1a('\u0001' + tail.join(' '), seed) || 1];
}

/** Client keys per (UA, JA4) pair: a few thousand distinct pairs cover millions of requests. */
const CLIENT_CACHE_MAX = 50_000;

export class Observer {
  private readonly clients = new Map<string, { key: string; mismatch: boolean }>();

  constructor(readonly intel: IpIntel) {}

  private client(ua: string | null, ja4: string | null): { key: string; mismatch: boolean } {
    const k = `${ua ?? ''}\u0001${ja4 ?? ''}`;
    let c = this.clients.get(k);
    if (!c) {
      const info = parseClient(ua, ja4);
      c = { key: `${info.family}:${info.name ?? '-'}|${info.tlsStack ?? '-'}`, mismatch: info.uaTlsMismatch };
      if (this.clients.size >= CLIENT_CACHE_MAX) this.clients.clear();
      this.clients.set(k, c);
    }
    return c;
  }

  observe(i: Interaction, tsMs?: number): Observation {
    const net = this.intel.lookup(i.ip);
    const client = this.client(i.user_agent, i.tls_ja4);
    const intent = intentScore(i.prompt, i.system);
    let kinds = 0;
    for (const k of intent.kinds) kinds |= KIND_BITS.get(k) ?? 0;
    const capability = capabilityOf(i.prompt, i.system, i.tool_names);
    const words = countWords(i.prompt, FRAME_MIN_WORDS);
    // Only extraction-style requests carry a frame and an item: a campaign's wrappers are what links its accounts and
    // its harvested items are what it never repeats, while the openings and repeats of ordinary prompts (and of
    // camouflage requests copied from public prompt sets) would link strangers and mask a harvester.
    const extraction = intent.score >= FRAME_MIN_INTENT;
    const [frame, frameTail] = extraction ? frameHashes(i.prompt, i.system, words) : [0, 0];
    // Follow-up turns are not asked items: scripted follow-ups repeat by design ("now verify your answer…").
    const asked = words >= ITEM_MIN_WORDS && (i.turn === null || i.turn <= 1);
    const exact = asked ? itemHash(i.prompt) : 0;
    return {
      id: i.id,
      ts: tsMs ?? Date.parse(i.ts),
      account: i.account_id,
      ip: i.ip,
      prefix: net.prefix,
      asn: net.asn,
      country: net.country,
      datacenter: net.datacenter,
      vpn: net.vpn,
      client: client.key,
      uaTlsMismatch: client.mismatch,
      model: i.model,
      conversation: i.conversation_id,
      turn: i.turn,
      intent: intent.score,
      intentKinds: kinds,
      capability: CAPABILITY_INDEX.get(capability) ?? CAPABILITIES.length - 1,
      frame,
      frameTail,
      item: extraction ? exact : 0,
      variant: asked ? variantHash(i.prompt) : 0,
      exactItem: exact,
      maxTokens: i.max_tokens,
      inputTokens: i.input_tokens,
      outputTokens: i.output_tokens,
      reasoningTokens: i.reasoning_tokens ?? 0,
      tools: i.tool_names !== null && i.tool_names.length > 0,
      status: i.status,
    };
  }
}
