/**
 * A careful operation that harvests in human-paced threads: aged accounts, each with its own card, residential
 * address, client and TLS stack, distinct coding items of one pool, a few ordinary requests as cover, and follow-up
 * turns on most threads that ask the model to explain, verify or critique its own answer; each account keeps its own
 * max_tokens and model, so no fifteen of them are near copies in how they ask. Beside it, power users whose
 * threads follow up as people do (asking for changes), on the same kind of coding items and the same clients.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { replayHourly, requestMaker, testAccount } from './hourly-replay.fixture.js';
import { loadCorpora } from '../sim/corpora.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.parse('2026-04-22T00:00:00Z');
const corpora = loadCorpora();
const req = requestMaker();

/** A tiny grammar per kind of follow-up: each request picks its own parts, so no two accounts share a wording. */
const REFLECT: readonly (readonly string[])[] = [
  ['Now', 'OK,', 'Thanks.', 'Good —', 'Alright,', ''],
  ['explain', 'justify', 'walk me through', 'critique', 'double-check', 'rate'],
  ['your approach', 'the reasoning behind it', 'your answer', 'each step', 'the solution you gave'],
  ['in detail.', 'as an expert reviewer would.', 'and say what you would change.', 'please.', 'for a beginner.', '?'],
];
const CHANGE: readonly (readonly string[])[] = [
  ['can you', 'please', 'now', 'ok,', 'hmm,'],
  ['make it', 'convert it to', 'rename the variables to', 'switch it to', 'port it to'],
  ['async', 'TypeScript', 'snake_case', 'use a generator', 'Rust', 'a CLI tool'],
  ['', 'thanks', 'if possible', 'pls'],
];
const UAS = ['OpenAI/Python 1.40.0', 'OpenAI/NodeJS 4.52.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605.1.15', 'anthropic-python/0.34.0', 'python-httpx/0.27.0'];

function compose(grammar: readonly (readonly string[])[], seed: number): string {
  return grammar.map((slot, i) => slot[(seed * (i + 3) + i * 7) % slot.length]!).filter((s) => s.length > 0).join(' ');
}

function ja4(a: number): string {
  return `t13d${1510 + (a % 7)}h2_${(0x8daaf6152771 + a * 7919).toString(16).slice(-12)}_${(0x2713d6af862 + a * 104729).toString(16).slice(-12)}`;
}

/** Threads of a coding item and follow-ups, one thread every few hours, follow-ups minutes apart. */
function threads(id: string, a: number, opts: { items: string[]; followUp: (seed: number) => string; cover: string[]; maxTokens: (k: number) => number }): Interaction[] {
  const out: Interaction[] = [];
  let item = 0;
  for (let t = 0; t < 14; t++) {
    const start = T0 + t * 7 * HOUR + a * 17 * MINUTE;
    const common = { ip: `73.${40 + a}.${(t * 3) % 200}.${10 + a}`, user_agent: UAS[a % UAS.length]!, tls_ja4: ja4(a), input_tokens: 300, output_tokens: 900 };
    if (t % 5 === 4) {
      out.push(req(id, start, opts.cover[(a * 14 + t) % opts.cover.length]!, { ...common, max_tokens: opts.maxTokens(t) }));
      continue;
    }
    const conv = `${id}-c${t}`;
    out.push(req(id, start, opts.items[item++]!, { ...common, conversation_id: conv, turn: 1, max_tokens: opts.maxTokens(t) }));
    const follow = 1 + ((a + t) % 3);
    for (let f = 0; f < follow; f++) {
      out.push(req(id, start + (6 + 5 * f) * MINUTE, opts.followUp(a * 31 + t * 7 + f), { ...common, conversation_id: conv, turn: 2 + f, max_tokens: opts.maxTokens(t + f + 1) }));
    }
  }
  return out;
}

function world(): { accounts: Account[]; requests: Interaction[] } {
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  const pool = corpora.codegen.map((c) => (c.input ? `${c.instruction}\n${c.input}` : c.instruction)).filter((t) => t.split(/\s+/).length >= 10);
  const cover = corpora.organicGeneral.map((p) => p.text).filter((t) => t.length > 40 && t.length < 600);
  const coding = corpora.organicCoding.map((p) => p.text).filter((t) => t.split(/\s+/).length >= 10 && t.length < 1500);
  const caps = [4096, 8192, 16000];
  for (let a = 0; a < 24; a++) {
    const id = `careful${a}`;
    accounts.push(testAccount(id, { created_at: new Date(T0 - (150 + a * 11) * 24 * HOUR).toISOString(), email_domain: ['gmail.com', 'outlook.com', 'proton.me'][a % 3]! }));
    const items = pool.slice(a * 12, a * 12 + 12);
    const own = { maxTokens: [1024, 2048, 4096, 8192, 16000, 32000][a % 6]!, model: ['frontier-4', 'frontier-4-mini', 'frontier-3.5'][a % 3]! };
    const mine = threads(id, a, { items, followUp: (s) => compose(REFLECT, s), cover, maxTokens: () => own.maxTokens });
    requests.push(...mine.map((r) => ({ ...r, model: own.model })));
  }
  for (let a = 0; a < 24; a++) {
    const id = `power${a}`;
    accounts.push(testAccount(id));
    // A popular public prompt set: people ask some of the same questions (about 226 to go round 24 × 12 threads).
    const items = Array.from({ length: 12 }, (_, k) => coding[(a * 9 + k) % coding.length]!);
    requests.push(...threads(id, 100 + a, { items, followUp: (s) => compose(CHANGE, s), cover, maxTokens: (k) => caps[(a + k) % caps.length]! }));
  }
  requests.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
  return { accounts, requests };
}

const verdicts = replayHourly(world(), T0);
const of = (prefix: string): Verdict[] => [...verdicts.values()].filter((v) => v.account_id.startsWith(prefix));

test('a careful operation asking for rationales in human-paced threads is found as one campaign by likeness', () => {
  const careful = of('careful');
  assert.equal(careful.length, 24);
  const flagged = careful.filter((v) => v.flagged);
  assert.ok(flagged.length >= 22, `${flagged.length} of 24 flagged: ${careful.map((v) => v.risk).join(',')}`);
  const campaigns = new Set(flagged.map((v) => v.campaign_id));
  assert.equal(campaigns.size, 1, `one campaign, got ${[...campaigns].join(', ')}`);
  for (const v of flagged) {
    assert.ok(v.reasons.includes('content:reflective-follow-ups'), v.reasons.join(','));
    assert.ok(v.reasons.includes('similar:content-profile') || v.reasons.includes('similar:campaign-profile'), v.reasons.join(','));
    assert.ok(!v.reasons.some((r) => r.startsWith('link:')), `no artefact links: ${v.reasons.join(',')}`);
  }
  // Found as a cohort by what its accounts ask (fifteen or more), the rest joining it by the same likeness.
  assert.ok(flagged.filter((v) => v.reasons.includes('similar:content-profile')).length >= 15);
});

test('power users with the same clients and items, following up as people do, are not flagged', () => {
  const power = of('power');
  assert.equal(power.length, 24);
  assert.deepEqual(power.filter((v) => v.flagged).map((v) => v.account_id), [], power.map((v) => `${v.risk}:${v.reasons.join('+')}`).join(' '));
});
