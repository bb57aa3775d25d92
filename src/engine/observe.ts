/**
 * Per-request step of the pipeline: enrich (IP, client) and signals (intent, capability, frame, item) turn one
 * interaction into an Observation. Stateless and order-free, so it can run in any process and before sorting.
 */
import type { Interaction } from '../dataset/types.js';
import type { IpIntel } from '../enrich/ip.js';
import { parseClient } from '../enrich/client.js';
import { intentScore } from '../signals/intent.js';
import { capabilityOf } from '../signals/capability.js';
import { itemHash } from '../signals/sketch.js';
import { CAPABILITIES, INTENT_KINDS, type Observation } from './observation.js';

const KIND_BITS = new Map<string, number>(INTENT_KINDS.map((k, i) => [k, 1 << i]));
const CAPABILITY_INDEX = new Map<string, number>(CAPABILITIES.map((c, i) => [c, i]));
/** A prompt frame needs this many words, so that it is a part of the prompt (a wrapper), not the whole item. */
const FRAME_MIN_WORDS = 20;
const FRAME_WORDS = 7;

/** FNV-1a over a string, 32-bit. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The frame of a prompt: its normalised opening words (digits folded), where extraction wrappers live
 * ("Think step by step and show all your reasoning…"). 0 when the prompt is too short to have a separate frame.
 * Evade: randomise the wrapper per request (many phrasings) — then the frame link weakens, the intent model remains.
 */
export function frameHash(prompt: string, system: string | null): number {
  const words = prompt.toLowerCase().replace(/[0-9]+/g, '#').split(/\s+/, 64).filter((w) => w.length > 0);
  if (words.length < FRAME_MIN_WORDS) return 0;
  return fnv1a(words.slice(0, FRAME_WORDS).join(' '), system ? fnv1a(system) : 0x811c9dc5);
}

export class Observer {
  constructor(readonly intel: IpIntel) {}

  observe(i: Interaction, tsMs?: number): Observation {
    const net = this.intel.lookup(i.ip);
    const client = parseClient(i.user_agent, i.tls_ja4);
    const intent = intentScore(i.prompt, i.system);
    let kinds = 0;
    for (const k of intent.kinds) kinds |= KIND_BITS.get(k) ?? 0;
    const capability = capabilityOf(i.prompt, i.system, i.tool_names);
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
      client: `${client.family}:${client.name ?? '-'}|${client.tlsStack ?? '-'}`,
      uaTlsMismatch: client.uaTlsMismatch,
      model: i.model,
      conversation: i.conversation_id,
      turn: i.turn,
      intent: intent.score,
      intentKinds: kinds,
      capability: CAPABILITY_INDEX.get(capability) ?? CAPABILITIES.length - 1,
      frame: frameHash(i.prompt, i.system),
      item: itemHash(i.prompt),
      maxTokens: i.max_tokens,
      inputTokens: i.input_tokens,
      outputTokens: i.output_tokens,
      reasoningTokens: i.reasoning_tokens ?? 0,
      tools: i.tool_names !== null && i.tool_names.length > 0,
      status: i.status,
    };
  }
}
