/**
 * The messages of the sharded engine, one definition for both transports: worker threads in one process
 * (`analyze --shards N`, local-cluster.ts) and NATS JetStream between machines (`distillguard worker --role …`,
 * nats-cluster.ts). Three roles exchange them once per time step (docs/scale.md):
 *
 *   input     router → account shard k        registrations and observations of k's accounts, in replay order
 *   touches   account shard k → artefact j    the artefacts (links, items, variants, clients) k's accounts touched
 *   feedback  artefact j → account shard k    what only the artefact's owner knows (shared items, foreign clients)
 *   joins     artefact j → coordinator        group joins, as the edges they make (partners picked by joinPartners)
 *   summary   account shard k → coordinator   registrations, first requests, changed accounts' state (with the items
 *                                             each kept in the step), region tallies,
 *                                             reasons of imported indicators newly matched, sampled item cores,
 *                                             follow-up lines
 *   step      coordinator → account shard k   the step is done: the live campaigns' template frames for the next
 *
 * Every shard sends exactly one message (in parts, when large) to each of its downstream peers per step, even an
 * empty one: a receiver knows it holds everything for a step when it has one from each sender. Ids are derived from
 * (kind, step, sender, receiver, part), so a message sent twice (a worker restarted mid-step, a JetStream
 * redelivery) carries the same id and is dropped by the receiver's Inbox.
 */
import type { Account } from '../dataset/types.js';
import type { AccountSnapshot } from '../accounts/state.js';
import type { LinkType } from '../campaigns/links.js';
import type { Observation } from '../engine/observation.js';
import { hash32 } from '../collections/fnv.js';

/** Sequence of the pivot links found at a step's end: after every observation of the step, in account order. */
export const PIVOT_SEQ = Number.MAX_SAFE_INTEGER;

/** An artefact an account touched, sent to the artefact's shard. `seq`/`sub` give its place in replay order. */
export type Touch =
  /** A registration counted into a sign-up group (bursts need MIN_SIGNUP_BURST registrations). */
  | { t: 'reg'; type: LinkType; key: string }
  /** A registration counted into its e-mail domain's hourly rate. */
  | { t: 'dom'; domain: string; hour: number }
  /** The account joins the artefact's group (LinkIndex.add). */
  | { t: 'link'; seq: number; sub: number; ts: number; account: string; type: LinkType; key: string }
  /** A declared client over a TLS stack, judged against the client's learned home stack (LinkIndex.learnClient). */
  | { t: 'client'; seq: number; sub: number; ts: number; account: string; client: string }
  /** A sampled extraction item (shared-items feature). */
  | { t: 'item'; seq: number; sub: number; ts: number; account: string; item: number }
  /** A numeric variant of a question and the exact item asked (campaigns/variants.ts). */
  | { t: 'variant'; seq: number; sub: number; ts: number; account: string; variant: number; exact: number };

/** What an artefact shard tells an account's shard. */
export type Feedback =
  /** `n` more of the account's sampled items were asked by another account too. */
  | { t: 'shared'; account: string; n: number }
  /** The verdict on the client the account sent at `seq`: foreign to its TLS stack or not. */
  | { t: 'client'; account: string; seq: number; foreign: boolean }
  /** The client key turned foreign at `seq` (another account's request): later requests with it count as spoofed. */
  | { t: 'flip'; account: string; key: string; seq: number };

/** One account joining a live group: link it to `partners` (LinkGraph.link). `by` is the observing account. */
export interface Join {
  seq: number;
  sub: number;
  /** Order among the joins of one touch (a sign-up group turning into a burst joins all its members at once). */
  k: number;
  ts: number;
  by: string | null;
  type: LinkType;
  key: string;
  account: string;
  partners: string[];
  /** Members the group held before this one. */
  before: number;
}

/**
 * An account's requests in one country and ASN within one hour of a step, for the regional-spike counts (the
 * coordinator counts them as the requests themselves: signals/regional-spikes). `seq`, `ip`: its last request's.
 */
export interface RegionTally {
  account: string;
  hour: number;
  country: string | null;
  asn: number | null;
  n: number;
  /** The account's first request is among them. */
  first: boolean;
  ip: string;
  ts: number;
  seq: number;
}

/** A request's item core kept by the work-queue sample (campaigns/work-queue.ts), for the coordinator's item pool. */
export interface CoreAsk {
  seq: number;
  account: string;
  core: number;
  /** The request's capability tag (index of CAPABILITIES; optional: -1 or absent when unknown). */
  capability?: number;
  /** Present (true) when the request was extraction-style: it carried a harvested item (Observation.item). */
  asItem?: boolean;
}

/** A request's follow-up line (signals/follow-up-line.ts), for the coordinator's follow-up scripts. */
export interface LineAsk {
  seq: number;
  account: string;
  line: number;
}

/** Reason codes (`intel:<source>`) an account's requests newly matched among the imported indicators. */
export interface IntelReasons {
  account: string;
  reasons: string[];
}

/** A registration, with its place in the cluster's registration order. */
export interface Registration {
  ord: number;
  account: Account;
  /** Network prefix of the sign-up address (IpIntel), looked up by the sender so shards need no IP tables. */
  signupPrefix: string | null;
}

interface Envelope {
  /** Deterministic: `${kind}:${step}:${from}:${to}:${part}` (see messageId). */
  id: string;
  /** End of the time step (epoch ms): the engine's cross-account step runs at this time. */
  step: number;
  from: number;
  to: number;
  part: number;
  parts: number;
}

export type ClusterMessage =
  | (Envelope & { kind: 'input'; prev: number | null; accounts: Registration[]; obs: { seq: number; o: Observation }[] })
  | (Envelope & { kind: 'touches'; touches: Touch[] })
  | (Envelope & { kind: 'feedback'; items: Feedback[] })
  | (Envelope & { kind: 'joins'; joins: Join[] })
  | (Envelope & { kind: 'summary'; accounts: Registration[]; firsts: { account: string; seq: number; ts: number }[]; states: AccountSnapshot[]; regions: RegionTally[]; intel: IntelReasons[]; cores: CoreAsk[]; lines?: LineAsk[]; observed: number })
  | (Envelope & { kind: 'step'; hot: number[] });

export type MessageKind = ClusterMessage['kind'];

/** Where a message goes: a role and a shard (the coordinator is shard 0 of its role). */
export interface Address {
  role: 'account' | 'artefact' | 'campaign';
  shard: number;
}

export function messageId(kind: MessageKind, step: number, from: number, to: number, part: number): string {
  return `${kind}:${step}:${from}:${to}:${part}`;
}

/** The role receiving each kind of message. */
export const RECEIVER: Record<MessageKind, Address['role']> = {
  input: 'account',
  touches: 'artefact',
  feedback: 'account',
  joins: 'campaign',
  summary: 'campaign',
  step: 'account',
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encodings made while splitting (split measures each part), so a part is encoded once. */
const encoded = new WeakMap<ClusterMessage, Uint8Array>();

/** Wire form: UTF-8 JSON (infinite numbers travel as null; AccountSnapshot allows for it). */
export function encodeMessage(m: ClusterMessage): Uint8Array {
  return encoded.get(m) ?? encoder.encode(JSON.stringify(m));
}

export function decodeMessage(bytes: Uint8Array): ClusterMessage {
  const m = JSON.parse(decoder.decode(bytes)) as ClusterMessage;
  if (typeof m !== 'object' || m === null || typeof m.id !== 'string' || typeof m.kind !== 'string' || !(m.kind in RECEIVER)) {
    throw new Error('not a cluster message');
  }
  return m;
}

/** Items per part: most parts end here, well under the byte bound. */
const PART_ITEMS: Record<MessageKind, number> = { input: 400, touches: 3000, feedback: 5000, joins: 1500, summary: 300, step: 1 << 30 };
/**
 * Encoded bytes per part: half NATS's default 1 MB payload limit, room for JetStream's headers. Items vary in size
 * (an account snapshot carries the items the account kept in the step; an observation its sketches), so a part over
 * the bound is cut in two until it fits or holds one item. A single item over the bound travels alone: over NATS
 * it fails with a clear error (nats-cluster.ts), never by being cut.
 */
export const MAX_PART_BYTES = 512 * 1024;
/** An envelope's JSON (id, kind, step, sender, receiver, part numbers) is shorter than this. */
const ENVELOPE_BYTES = 200;

export type Body<K extends MessageKind> = Omit<Extract<ClusterMessage, { kind: K }>, keyof Envelope | 'kind'>;

/**
 * Splits one logical message into parts (always at least one, so an empty message still closes the step for its
 * receiver). The array fields are cut at the same positions (part p holds positions [lo, hi) of each array); scalar
 * fields go with every part (a count is read from part 0). Deterministic: the same body gives the same parts and ids,
 * which a restarted worker relies on.
 */
export function split<K extends MessageKind>(kind: K, step: number, from: number, to: number, body: Body<K>, maxBytes = MAX_PART_BYTES): ClusterMessage[] {
  const arrays = Object.entries(body).filter(([, v]) => Array.isArray(v)) as [string, unknown[]][];
  const size = PART_ITEMS[kind];
  const length = Math.max(0, ...arrays.map(([, v]) => v.length));
  const piece = (lo: number, hi: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(body)) out[k] = Array.isArray(v) ? v.slice(lo, hi) : v;
    return out;
  };
  // Ranges whose encoding fits; each piece is encoded once, and its message's JSON is the envelope's and the piece's.
  const ranges: { body: Record<string, unknown>; json: string }[] = [];
  const fit = (lo: number, hi: number): void => {
    const body = piece(lo, hi);
    const json = JSON.stringify(body);
    if (hi - lo <= 1 || Buffer.byteLength(json) + ENVELOPE_BYTES <= maxBytes) ranges.push({ body, json });
    else {
      const mid = lo + Math.floor((hi - lo) / 2);
      fit(lo, mid);
      fit(mid, hi);
    }
  };
  for (let lo = 0; lo < length; lo += size) fit(lo, Math.min(length, lo + size));
  if (ranges.length === 0) {
    const empty = piece(0, 0);
    ranges.push({ body: empty, json: JSON.stringify(empty) });
  }
  const parts = ranges.length;
  return ranges.map(({ body: part, json }, p) => {
    const envelope = { id: messageId(kind, step, from, to, p), kind, step, from, to, part: p, parts };
    const m = { ...envelope, ...part } as unknown as ClusterMessage;
    const head = JSON.stringify(envelope);
    encoded.set(m, encoder.encode(json === '{}' ? head : `${head.slice(0, -1)},${json.slice(1)}`));
    return m;
  });
}

/** The account shard owning an account. */
export function accountShard(account: string, shards: number): number {
  return hash32(`a\u0000${account}`) % shards;
}

/**
 * The artefact shard owning a touch. Two exceptions to a hash of the key: a sign-up burst goes by its e-mail domain
 * (the burst test reads the domain's rate over all hours), and client learning and spoofed stacks go to one shard
 * (a client's home stack is judged against every other client's: LinkIndex.learnClient). Both are small.
 */
export function artefactShard(t: Touch, shards: number): number {
  switch (t.t) {
    case 'reg':
      return t.type === 'signup-burst' ? hash32(`d\u0000${t.key.slice(0, t.key.lastIndexOf('|'))}`) % shards : hash32(`${t.type}\u0000${t.key}`) % shards;
    case 'dom':
      return hash32(`d\u0000${t.domain}`) % shards;
    case 'link':
      if (t.type === 'spoof') return 0;
      if (t.type === 'signup-burst') return hash32(`d\u0000${t.key.slice(0, t.key.lastIndexOf('|'))}`) % shards;
      return hash32(`${t.type}\u0000${t.key}`) % shards;
    case 'client':
      return 0;
    case 'item':
      return hash32(`i\u0000${t.item}`) % shards;
    case 'variant':
      return hash32(`v\u0000${t.variant}`) % shards;
  }
}

/**
 * Collects the parts of each step's messages from every sender, dropping duplicates by id: `take` returns a step's
 * messages of one kind once one complete message from each of `senders` has arrived, else null.
 */
export class Inbox {
  private readonly seen = new Set<string>();
  private readonly byStep = new Map<string, Map<number, ClusterMessage[]>>();

  /** Returns false for a message already received (a redelivery): it must not be processed again. */
  add(m: ClusterMessage): boolean {
    if (this.seen.has(m.id)) return false;
    this.seen.add(m.id);
    const key = `${m.kind}:${m.step}`;
    let bySender = this.byStep.get(key);
    if (!bySender) this.byStep.set(key, (bySender = new Map()));
    const list = bySender.get(m.from);
    if (list) list.push(m);
    else bySender.set(m.from, [m]);
    return true;
  }

  /** Whether every sender's message of this kind and step is complete. */
  complete(kind: MessageKind, step: number, senders: number): boolean {
    const bySender = this.byStep.get(`${kind}:${step}`);
    if (!bySender || bySender.size < senders) return false;
    for (const parts of bySender.values()) if (parts.length < parts[0]!.parts) return false;
    return true;
  }

  /** The first part of a sender's message of a kind and step, if it has arrived (without taking it). */
  peek<K extends MessageKind>(kind: K, step: number, from: number): Extract<ClusterMessage, { kind: K }> | undefined {
    return this.byStep.get(`${kind}:${step}`)?.get(from)?.find((m) => m.part === 0) as Extract<ClusterMessage, { kind: K }> | undefined;
  }

  /** Removes and returns a complete step's messages of a kind, in sender then part order. */
  take<K extends MessageKind>(kind: K, step: number, senders: number): Extract<ClusterMessage, { kind: K }>[] | null {
    if (!this.complete(kind, step, senders)) return null;
    const key = `${kind}:${step}`;
    const bySender = this.byStep.get(key)!;
    this.byStep.delete(key);
    const out: ClusterMessage[] = [];
    for (const from of [...bySender.keys()].sort((a, b) => a - b)) out.push(...bySender.get(from)!.sort((a, b) => a.part - b.part));
    return out as Extract<ClusterMessage, { kind: K }>[];
  }

  /** Steps with messages waiting, of one kind, earliest first. */
  waiting(kind: MessageKind): number[] {
    const steps: number[] = [];
    for (const key of this.byStep.keys()) if (key.startsWith(`${kind}:`)) steps.push(Number(key.slice(kind.length + 1)));
    return steps.sort((a, b) => a - b);
  }

  /** Forgets the ids of steps before `step` (their messages can no longer be redelivered once acknowledged). */
  forgetBefore(step: number): void {
    for (const id of this.seen) {
      const s = Number(id.split(':')[1]);
      if (s < step) this.seen.delete(id);
    }
  }
}
