/**
 * Compact wire form of a batch of Observations, for handing them from the observe worker to the thread that applies
 * them. Numbers go into one Float64Array (transferred, not copied); strings that repeat across requests (account,
 * client, model) are interned once per run and sent only the first time; per-request strings (id, IP, conversation)
 * travel as plain arrays.
 *
 * Two parts of an observation may be left to the receiving thread, which keeps the worker (the busier thread) lighter:
 * - network facts (prefix, ASN, country, datacenter, VPN) are never sent: they are a pure function of the IP, which
 *   travels anyway, and the receiver has the IP tables loaded (for sign-up addresses);
 * - text signals (intent, capability, frame, item, variant) may be sent as the prompts themselves, when the receiver is idle
 *   (see observe-worker.ts); it computes them with the same pure functions.
 * Decoding rebuilds objects field for field as `Observer.observe` makes them, so the engine sees exactly the same
 * values (doubles are exact in a Float64Array).
 */
import type { Observation } from './observation.js';
import { setTextSignals, type NetworkLookup } from './observe.js';
import type { TextSignalCache } from './text-signals.js';

/** Numeric slots per observation in `PackedObservations.numbers`. */
const STRIDE = 23;
/** Stands for null in a nullable non-negative integer slot (validated counts and turns are never negative). */
const NULL = -1;

const FLAG_UA_TLS_MISMATCH = 1;
const FLAG_TOOLS = 2;
const FLAG_REFLECTIVE = 4;

export interface PackedObservations {
  count: number;
  numbers: Float64Array;
  ids: string[];
  ips: string[];
  conversations: (string | null)[];
  /** Strings interned since the previous batch, in id order (appended to the decoder's table). */
  newStrings: string[];
  /** The requests' texts, when their text signals are left to the receiver (the text slots are then 0). */
  texts: { prompts: string[]; systems: (string | null)[] } | null;
}

/** Packs observations; keeps the intern table across batches, so one encoder pairs with one decoder. */
export class ObservationEncoder {
  private readonly interned = new Map<string, number>();
  private fresh: string[] = [];

  private intern(s: string): number {
    let id = this.interned.get(s);
    if (id === undefined) {
      id = this.interned.size;
      this.interned.set(s, id);
      this.fresh.push(s);
    }
    return id;
  }

  encode(batch: readonly Observation[], texts: PackedObservations['texts'] = null): PackedObservations {
    const n = batch.length;
    const numbers = new Float64Array(n * STRIDE);
    const ids = new Array<string>(n);
    const ips = new Array<string>(n);
    const conversations = new Array<string | null>(n);
    for (let k = 0; k < n; k++) {
      const o = batch[k]!;
      const p = k * STRIDE;
      ids[k] = o.id;
      ips[k] = o.ip;
      conversations[k] = o.conversation;
      numbers[p] = o.ts;
      numbers[p + 1] = this.intern(o.account);
      numbers[p + 2] = this.intern(o.client);
      numbers[p + 3] = this.intern(o.model);
      numbers[p + 4] = o.turn ?? NULL;
      numbers[p + 5] = o.intent;
      numbers[p + 6] = o.intentKinds;
      numbers[p + 7] = o.capability;
      numbers[p + 8] = o.frame;
      numbers[p + 9] = o.frameTail;
      numbers[p + 10] = o.item;
      numbers[p + 11] = o.maxTokens ?? NULL;
      numbers[p + 12] = o.inputTokens;
      numbers[p + 13] = o.outputTokens;
      numbers[p + 14] = o.reasoningTokens;
      numbers[p + 15] = o.status;
      numbers[p + 16] = (o.uaTlsMismatch ? FLAG_UA_TLS_MISMATCH : 0) | (o.tools ? FLAG_TOOLS : 0) | (o.reflective ? FLAG_REFLECTIVE : 0);
      numbers[p + 17] = o.variant;
      numbers[p + 18] = o.exactItem;
      numbers[p + 19] = o.core;
      numbers[p + 20] = o.temperature ?? NULL;
      numbers[p + 21] = o.line ?? 0;
      numbers[p + 22] = o.toolSchema ?? 0;
    }
    const newStrings = this.fresh;
    this.fresh = [];
    return { count: n, numbers, ids, ips, conversations, newStrings, texts };
  }
}

/**
 * A batch's observations, each built when it is taken (ObservationDecoder.run): the replay holds a batch for up to its
 * lateness window before applying it, and an object built at arrival outlives the young generation there and is
 * promoted, to be collected by full collections. Built at `take`, an observation dies young, right after it is applied.
 */
export interface ObservationRun {
  readonly count: number;
  /** Event time of observation k (epoch ms), without building it. */
  ts(k: number): number;
  /** Observation k, built as `ObservationDecoder.decode` builds it; call it once per k. */
  take(k: number): Observation;
}

/** Rebuilds observations from packed batches, in the order they were encoded, completing what was left to it. */
export class ObservationDecoder {
  private readonly strings: string[] = [];

  constructor(private readonly network: NetworkLookup, private readonly text: TextSignalCache) {}

  decode(packed: PackedObservations): Observation[] {
    const run = this.run(packed);
    const out = new Array<Observation>(run.count);
    for (let k = 0; k < run.count; k++) out[k] = run.take(k);
    return out;
  }

  /** The batch's observations, built one at a time as they are taken (in any order; each once). */
  run(packed: PackedObservations): ObservationRun {
    for (const s of packed.newStrings) this.strings.push(s);
    const numbers = packed.numbers;
    return { count: packed.count, ts: (k) => numbers[k * STRIDE]!, take: (k) => this.build(packed, k) };
  }

  private build(packed: PackedObservations, k: number): Observation {
    const str = this.strings;
    const { numbers, ids, ips, conversations } = packed;
    const p = k * STRIDE;
    const ip = ips[k]!;
    const net = this.network.lookup(ip);
    const turn = numbers[p + 4]!;
    const maxTokens = numbers[p + 11]!;
    const flags = numbers[p + 16]!;
    const temperature = numbers[p + 20]!;
    // Same fields in the same order as Observer.observe, so the engine's code sees one object shape.
    const o: Observation = {
      id: ids[k]!,
      ts: numbers[p]!,
      account: str[numbers[p + 1]!]!,
      ip,
      prefix: net.prefix,
      asn: net.asn,
      country: net.country,
      datacenter: net.datacenter,
      vpn: net.vpn,
      client: str[numbers[p + 2]!]!,
      uaTlsMismatch: (flags & FLAG_UA_TLS_MISMATCH) !== 0,
      model: str[numbers[p + 3]!]!,
      conversation: conversations[k]!,
      turn: turn === NULL ? null : turn,
      intent: numbers[p + 5]!,
      intentKinds: numbers[p + 6]!,
      capability: numbers[p + 7]!,
      frame: numbers[p + 8]!,
      frameTail: numbers[p + 9]!,
      item: numbers[p + 10]!,
      variant: numbers[p + 17]!,
      exactItem: numbers[p + 18]!,
      core: numbers[p + 19]!,
      reflective: (flags & FLAG_REFLECTIVE) !== 0,
      line: numbers[p + 21]!,
      maxTokens: maxTokens === NULL ? null : maxTokens,
      temperature: temperature === NULL ? null : temperature,
      inputTokens: numbers[p + 12]!,
      outputTokens: numbers[p + 13]!,
      reasoningTokens: numbers[p + 14]!,
      tools: (flags & FLAG_TOOLS) !== 0,
      toolSchema: numbers[p + 22]!,
      status: numbers[p + 15]!,
    };
    const texts = packed.texts;
    if (texts) setTextSignals(o, this.text.get(texts.prompts[k]!, texts.systems[k]!));
    return o;
  }
}
