/** Operations run as sub-teams, each composing its prompts from its own grammar, for the sub-team tests (test fixture). */
import type { Account, Interaction } from '../dataset/types.js';
import { requestMaker, testAccount } from './hourly-replay.fixture.js';
import { loadCorpora } from '../sim/corpora.js';

const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const T0 = Date.parse('2026-05-04T00:00:00Z');
const corpora = loadCorpora();
const req = requestMaker();
export const math = corpora.gsm8kTrain;
const ORDINARY = corpora.organicGeneral.map((p) => p.text).filter((t) => t.length > 40 && t.length < 600);

/** A prompt composed per request from the operation's own parts (no two operations share a word of wrapper). */
function compose(parts: string[][], item: string, k: number, a: number): string {
  const pick = (list: string[], salt: number): string => list[(k * 7 + a * 3 + salt) % list.length]!;
  return `${pick(parts[0]!, 0)}\n\n${item}\n\n${pick(parts[1]!, 1)} ${pick(parts[2]!, 2)}`;
}

export interface Team {
  name: string;
  accounts: number;
  /** Registration period start (ms) and spacing between registrations. */
  from: number;
  every: number;
  parts: string[][];
  item: (i: number) => string;
  ua: string;
  ip: (a: number, k: number) => string;
  /** One value, or values cycled request by request. */
  temperature: number | number[];
  maxTokens: number | number[];
  /** One request in five is cover traffic (default true). */
  cover?: boolean;
  domain: string;
  /** Hours between an account's requests. */
  pace: number;
  /** Model asked (default the request maker's). */
  model?: string;
}

export function addTeam(t: Team, accounts: Account[], requests: Interaction[], itemBase: number): void {
  for (let a = 0; a < t.accounts; a++) {
    const id = `${t.name}${a}`;
    accounts.push(testAccount(id, { created_at: new Date(t.from + a * t.every).toISOString(), payment_fingerprint: `card-${t.name}`, email_domain: t.domain }));
    for (let k = 0; k < 30; k++) {
      const ts = T0 + k * t.pace * HOUR + a * 397_000 + (k % 4) * 1_100_000;
      // One request in five is cover traffic, sent with the client's defaults as a person's would be.
      if (t.cover !== false && k % 5 === 4) {
        requests.push(req(id, ts, ORDINARY[(a * 31 + k + itemBase) % ORDINARY.length]!, { ip: t.ip(a, k), user_agent: t.ua, temperature: null, max_tokens: null }));
        continue;
      }
      const prompt = compose(t.parts, t.item(itemBase + a * 40 + k), k, a);
      const cycle = (v: number | number[]): number => (typeof v === 'number' ? v : v[(k + a) % v.length]!);
      requests.push(req(id, ts, prompt, { ip: t.ip(a, k), user_agent: t.ua, temperature: cycle(t.temperature), max_tokens: cycle(t.maxTokens), output_tokens: 1800, input_tokens: 350, ...(t.model ? { model: t.model } : {}) }));
    }
  }
}

/** Ordinary users: a few ordinary requests each, at temperature 0.7 or the default. */
export function addOrdinaryUsers(n: number, accounts: Account[], requests: Interaction[]): void {
  for (let a = 0; a < n; a++) {
    const id = `user${a}`;
    accounts.push(testAccount(id, { created_at: new Date(T0 - (10 + (a % 200)) * DAY).toISOString() }));
    for (let k = 0; k < 8; k++) {
      const ts = T0 + (a % 24) * HOUR + k * 11 * HOUR;
      requests.push(req(id, ts, ORDINARY[(a * 8 + k) % ORDINARY.length]!, { ip: `98.${a % 250}.7.${k + 1}`, temperature: a % 3 === 0 ? null : 0.7, max_tokens: a % 2 ? 1024 : null }));
    }
  }
}

/** People replaying a benchmark at temperature 0, half of their requests with 2,048 tokens and half with 16,000. */
export function addReplayers(n: number, accounts: Account[], requests: Interaction[]): void {
  for (let a = 0; a < n; a++) {
    const id = `replayer${a}`;
    accounts.push(testAccount(id, { created_at: new Date(T0 - (30 + 20 * a) * DAY).toISOString() }));
    for (let k = 0; k < 8; k++) {
      const ts = T0 + (a * 5 + 2) * HOUR + k * 13 * HOUR;
      requests.push(req(id, ts, ORDINARY[(a * 13 + k + 7) % ORDINARY.length]!, { ip: `77.${a}.3.${k + 1}`, temperature: 0, max_tokens: k % 2 ? 16000 : 2048 }));
    }
  }
}
