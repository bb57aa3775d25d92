/**
 * Test fixture for the engine's tests: a small world (one harvesting campaign on three cards, ordinary users, a campus
 * NAT and a verified enterprise) and an hourly replay helper (not a test file itself: `node --test` runs only
 * `*.test.js`).
 */
import type { Account, Interaction } from '../dataset/types.js';
import type { Engine } from './engine.js';

export const HOUR = 3_600_000;
export const T0 = Date.parse('2026-04-22T00:00:00Z');

let seq = 0;
export function req(account: string, ts: number, prompt: string, over: Partial<Interaction> = {}): Interaction {
  return {
    id: `r${seq++}`, ts: new Date(ts).toISOString(), account_id: account, api_key_id: null, ip: '198.51.100.7', user_agent: 'OpenAI/Python 1.40.0',
    tls_ja4: 't13d1516h2_8daaf6152771_02713d6af862', endpoint: '/v1/chat/completions', model: 'frontier-4', conversation_id: null, turn: null,
    system: null, prompt, tool_names: null, response: null, input_tokens: 200, output_tokens: 400, reasoning_tokens: null, max_tokens: 1024,
    temperature: 0.7, stream: false, status: 200, latency_ms: 1000, ...over,
  };
}

export function account(id: string, over: Partial<Account> = {}): Account {
  return { account_id: id, created_at: '2025-01-01T00:00:00.000Z', org_id: null, email_domain: 'gmail.com', payment_fingerprint: `pf-${id}`, signup_ip: null, country: 'US', tier: 'build', verified: false, ...over };
}

export const WRAPPERS = [
  'Think step by step and show all of your reasoning in full detail before you give the final answer to this problem.',
  'Before answering, write out your complete chain of thought inside <thinking> tags, explaining every intermediate step carefully.',
];
const NAMES = ['Ava', 'Ben', 'Chen', 'Dara', 'Eli', 'Fay', 'Gus', 'Hana'];
export const ORGANIC = [
  'what should I cook tonight with leftover rice and some eggs?',
  'can you help me write a short thank you note to my neighbour who watered my plants',
  'why does my sourdough not rise much in winter',
  'recommend three sci-fi novels similar to the left hand of darkness',
  'how do I tell my boss I need a day off next week without sounding rude',
  'is it ok to run every day if I am a beginner',
  'what is the difference between a roth ira and a traditional ira, in simple words',
  'translate "where is the train station" into italian and portuguese',
];

/** A small world: one harvesting campaign, ordinary users, a campus NAT and an enterprise app. */
export function buildWorld(): { accounts: Account[]; requests: Interaction[]; attackers: string[]; others: string[] } {
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  const attackers: string[] = [];
  const others: string[] = [];
  let item = 0;
  for (let a = 0; a < 15; a++) {
    const id = `atk${a}`;
    attackers.push(id);
    accounts.push(account(id, { created_at: new Date(T0 - 2 * HOUR + a * 60_000).toISOString(), email_domain: 'mailbox-xy.net', payment_fingerprint: `card-${a % 3}`, tier: 'free' }));
    for (let k = 0; k < 30; k++) {
      const ts = T0 + k * 1.6 * HOUR + a * 97_000;
      const n1 = 13 + item * 7;
      const n2 = 29 + item * 3;
      item++;
      const prompt = `${WRAPPERS[k % 2]}\n\n${NAMES[item % 8]} has ${n1} apples and buys ${n2} more at the market, then gives away a third of them to friends. How many apples does ${NAMES[item % 8]} keep at the end of the day?`;
      requests.push(req(id, ts, prompt, { ip: `45.${(a % 3) + 10}.20.${a}`, max_tokens: 8192, output_tokens: 3000 }));
    }
  }
  for (let a = 0; a < 30; a++) {
    const id = `org${a}`;
    others.push(id);
    accounts.push(account(id));
    for (let k = 0; k < 12; k++) {
      const ts = T0 + (8 + (k % 10)) * HOUR + Math.floor(k / 10) * 24 * HOUR + a * 61_000;
      requests.push(req(id, ts, `${ORGANIC[(a + k) % ORGANIC.length]} (${a})`, { ip: `73.${a}.4.${k + 1}`, conversation_id: `c${a}-${k >> 1}`, turn: (k % 2) + 1, user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', tls_ja4: 't13d2014h2_a09f3c656075_14788d8d241b' }));
    }
  }
  for (let a = 0; a < 12; a++) {
    const id = `campus${a}`;
    others.push(id);
    accounts.push(account(id, { email_domain: 'uni.example.edu', tier: 'free' }));
    for (let k = 0; k < 10; k++) {
      const ts = T0 + (10 + k) * HOUR + a * 300_000;
      // The same homework for everyone, asked in the students' own words around the same question.
      requests.push(req(id, ts, `homework question ${k}: a train leaves at ${k + 2} pm going 60 miles per hour, when does it arrive 150 miles away? I don't get it`, { ip: '128.2.42.10', conversation_id: `h${a}-${k}`, turn: 1, user_agent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12${a % 5}.0.0.0 Safari/537.36`, tls_ja4: 't13d1516h2_8daaf6152771_e5627efa2ab1' }));
    }
  }
  for (let a = 0; a < 10; a++) {
    const id = `ent${a}`;
    others.push(id);
    accounts.push(account(id, { org_id: 'org-acme', verified: true, tier: 'enterprise', email_domain: 'acme.example', payment_fingerprint: 'acme-invoice' }));
    for (let k = 0; k < 20; k++) {
      const ts = T0 + (9 + (k % 9)) * HOUR + a * 45_000 + k * 1000;
      requests.push(req(id, ts, `Summarise the following customer support ticket in two sentences and classify its urgency as low, medium or high. Ticket #${a * 100 + k}: my order ${a}${k} arrived damaged and I need a replacement before the weekend.`, { ip: '52.0.12.200', system: 'You are ACME support assistant.' }));
    }
  }
  requests.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
  return { accounts, requests, attackers, others };
}

/** Replays `requests` (time order) up to `until`, with a step every hour; returns the time of the next step due. */
export function replay(engine: Engine, requests: Interaction[], until = Number.POSITIVE_INFINITY): number {
  let nextTick = T0 + HOUR;
  for (const r of requests) {
    const ts = Date.parse(r.ts);
    if (ts >= until) break;
    while (ts >= nextTick) {
      engine.tick(nextTick);
      nextTick += HOUR;
    }
    engine.apply(engine.observe(r, ts));
  }
  return nextTick;
}
