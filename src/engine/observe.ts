/**
 * Per-request step of the pipeline: enrich (IP, client) and signals (intent, capability, frame, item) turn one
 * interaction into an Observation. Stateless and order-free, so it can run in any process and before sorting, and
 * split between threads: network facts and text signals are pure functions of the address and of the text.
 */
import type { EngineRecord } from '../dataset/columnar.js';
import { INVALID_NETWORK, type IpIntel } from '../enrich/ip.js';
import { parseClient } from '../enrich/client.js';
import { CAPABILITIES, toolSchemaHash, type Observation } from './observation.js';
import { TextSignalCache, type TextSignals } from './text-signals.js';

const AGENTIC = CAPABILITIES.indexOf('agentic');

/** Client keys per (UA, JA4) pair: a few thousand distinct pairs cover millions of requests. */
const CLIENT_CACHE_MAX = 50_000;

/** Where an observation's network facts come from: the IP tables, a pure function of the address. */
export type NetworkLookup = Pick<IpIntel, 'lookup'>;

/**
 * For the observe worker: network facts are left blank there and looked up by the thread that applies the
 * observations, from the address they carry (see observation-batch.ts).
 */
export const DEFERRED_NETWORK: NetworkLookup = { lookup: () => INVALID_NETWORK };

export class Observer {
  private readonly clients = new Map<string, { key: string; mismatch: boolean }>();
  private readonly text = new TextSignalCache();

  constructor(readonly intel: NetworkLookup) {}

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

  observe(i: EngineRecord, tsMs?: number): Observation {
    const o = this.observeWithoutText(i, tsMs);
    setTextSignals(o, this.text.get(i.prompt, i.system));
    return o;
  }

  /**
   * The observation with its text signals (intent, capability, frame, item) left at 0, for when another thread
   * computes those from the prompt (see observation-batch.ts).
   */
  observeWithoutText(i: EngineRecord, tsMs?: number): Observation {
    const net = this.intel.lookup(i.ip);
    const client = this.client(i.user_agent, i.tls_ja4);
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
      intent: 0,
      intentKinds: 0,
      capability: 0,
      frame: 0,
      frameTail: 0,
      item: 0,
      variant: 0,
      exactItem: 0,
      core: 0,
      reflective: false,
      line: 0,
      maxTokens: i.max_tokens,
      temperature: i.temperature,
      inputTokens: i.input_tokens,
      outputTokens: i.output_tokens,
      reasoningTokens: i.reasoning_tokens ?? 0,
      tools: i.tool_names !== null && i.tool_names.length > 0,
      toolSchema: toolSchemaHash(i.tool_names),
      status: i.status,
    };
  }
}

/** Sets an observation's text-derived fields from the signals of its prompt. */
export function setTextSignals(o: Observation, text: TextSignals): void {
  o.intent = text.intent;
  o.intentKinds = text.intentKinds;
  // Declared tools make a request agentic whatever its text says.
  o.capability = o.tools ? AGENTIC : text.capability;
  o.frame = text.frame;
  o.frameTail = text.frameTail;
  // Follow-up turns are not asked items: scripted follow-ups repeat by design ("now verify your answer…").
  const asked = o.turn === null || o.turn <= 1;
  o.item = asked ? text.item : 0;
  o.variant = asked ? text.variant : 0;
  o.exactItem = asked ? text.exactItem : 0;
  o.core = asked ? text.core : 0;
  // Only on a turn of a thread: a standalone "explain your answer" question is an item, not a follow-up.
  o.reflective = !asked && text.reflective;
  // Lines of threads and of requests with no thread: a script's follow-ups are sent either way; tool results are not.
  o.line = o.turn === 1 || o.tools ? 0 : text.line;
}
