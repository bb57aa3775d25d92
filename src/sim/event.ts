/**
 * One planned request. Plans are compact objects holding references to pre-serialised JSON pieces; the line is
 * built only when the request is written (after the day's plans are sorted by time), so a day of traffic costs
 * little memory and each corpus string is serialised once per process.
 */
import type { Address } from './network.js';
import { isoTime } from './timefmt.js';
import type { ClientIdentity } from './clients.js';
import type { Capability } from './corpora.js';
import type { SimAccount } from './context.js';

/** Content filled in at write time (work-queue items are handed out in time order). */
export interface LateContent {
  /** Fills prompt, tokens and capability of the event. */
  fill(ev: Ev): void;
}

export interface Ev {
  /** Epoch milliseconds. */
  t: number;
  acct: SimAccount;
  addr: Address;
  client: ClientIdentity;
  messages: boolean;
  /** Index into the world's model table. */
  model: number;
  /** Pre-serialised conversation id or 'null'. */
  convJ: string;
  turn: number;
  sysJ: string;
  promptJ: string;
  toolsJ: string;
  cap: Capability;
  inTok: number;
  outTok: number;
  /** -1 for null. */
  reasonTok: number;
  /** -1 for null. */
  maxTok: number;
  /** Pre-serialised temperature or 'null'. */
  tempJ: string;
  streamJ: string;
  status: number;
  latency: number;
  late: LateContent | null;
  /** Work-queue item index (-1 when none), set when the line is written. */
  item: number;
  /** First event of a follow-up chain, for items shared across turns. */
  parent: Ev | null;
}

export function newEv(t: number, acct: SimAccount, addr: Address, client: ClientIdentity): Ev {
  return {
    t: Math.floor(t), acct, addr, client, messages: true, model: 0, convJ: 'null', turn: 0, sysJ: 'null', promptJ: '""', toolsJ: 'null', cap: 'other',
    inTok: 1, outTok: 1, reasonTok: -1, maxTok: -1, tempJ: 'null', streamJ: 'null', status: 200, latency: 0, late: null, item: -1, parent: null,
  };
}

/** Pre-built `,"endpoint":…,"model":…` fragments per endpoint (0 = messages, 1 = chat completions) and model. */
export function endpointModelPieces(modelJ: string[]): [string[], string[]] {
  return [modelJ.map((m) => ',"endpoint":"/v1/messages","model":' + m), modelJ.map((m) => ',"endpoint":"/v1/chat/completions","model":' + m)];
}

const clientPieces = new WeakMap<ClientIdentity, string>();

/** `,"user_agent":…,"tls_ja4":…` for a client identity, built once per identity. */
function clientPiece(c: ClientIdentity): string {
  let p = clientPieces.get(c);
  if (p === undefined) {
    p = '","user_agent":' + c.uaJ + ',"tls_ja4":' + c.ja4J;
    clientPieces.set(c, p);
  }
  return p;
}

/** Serialises one event as a dataset line (field order as in the spec). */
export function serialise(ev: Ev, idJ: string, pieces: [string[], string[]], responseJ: string): string {
  return (
    '{"id":' + idJ +
    ',"ts":"' + isoTime(ev.t) +
    '",' + ev.acct.headJ +
    ',"ip":"' + ev.addr.ip +
    clientPiece(ev.client) +
    pieces[ev.messages ? 0 : 1][ev.model] +
    ',"conversation_id":' + ev.convJ +
    ',"turn":' + (ev.turn > 0 ? ev.turn : 'null') +
    ',"system":' + ev.sysJ +
    ',"prompt":' + ev.promptJ +
    ',"tool_names":' + ev.toolsJ +
    ',"response":' + responseJ +
    ',"input_tokens":' + ev.inTok +
    ',"output_tokens":' + ev.outTok +
    ',"reasoning_tokens":' + (ev.reasonTok >= 0 ? ev.reasonTok : 'null') +
    ',"max_tokens":' + (ev.maxTok >= 0 ? ev.maxTok : 'null') +
    ',"temperature":' + ev.tempJ +
    ',"stream":' + ev.streamJ +
    ',"status":' + ev.status +
    ',"latency_ms":' + ev.latency +
    '}'
  );
}
