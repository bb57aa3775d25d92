/**
 * Script cohorts (unlinked.ts scriptCohorts) on a hand-built world replayed hour by hour: a careful operation that
 * follows up on its queue's items with one script, beside people who follow up with everyday lines, a class handed
 * one worksheet of follow-ups for its shared homework, and writers sending one writing app's suggested follow-ups
 * about drafts of their own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { replayHourly, requestMaker, testAccount } from './hourly-replay.fixture.js';
import { loadCorpora } from '../sim/corpora.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-05-04T00:00:00Z');
const corpora = loadCorpora();
const POOL = corpora.gsm8kTrain.slice(0, 600).map((q) => q.question);
const SCRIPT = ['Could you double-check it a different way?', 'Where is the step most people get wrong here?', 'Why did you choose that approach over the obvious alternative?', 'What would change if the constraint were relaxed?', 'Could you restate the key idea in two sentences?', 'Walk me back through the trickiest line.'];
const EVERYDAY = ['can you make it shorter please', 'thanks, what about an empty input?', 'hmm that fails for me, try again', 'can you put it in a table', 'now do the same in typescript', 'rewrite it in a friendlier tone'];
const APP = ['Keep going.', 'Less adverbs please.', 'Too flowery, pull it back.', 'Now make the dialogue sparser.', 'Try that again from her point of view.', 'What would a harsh editor say?'];
const WORDS = ['harbour', 'lantern', 'quarrel', 'orchard', 'widow', 'ferry', 'ledger', 'attic', 'winter', 'brother', 'stranger', 'letter', 'garden', 'engine', 'silence', 'market', 'promise', 'river', 'chapel', 'window'];
const WORKSHEET = ['so what is the first step here?', 'can you check my answer please', 'i do not get the second step', 'what rule did we use there?'];
const UAS = ['OpenAI/Python 1.40.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15', 'AsyncAnthropic/Python 0.37.1'];

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Threads: an opening and one to three follow-ups drawn from `lines`. */
function thread(req: ReturnType<typeof requestMaker>, out: Interaction[], id: string, ts: number, opening: string, lines: readonly string[], r: () => number, over: Partial<Interaction>): void {
  const conversation = `${id}-${ts}`;
  out.push(req(id, ts, opening, { ...over, conversation_id: conversation, turn: 1 }));
  const follow = 1 + Math.floor(r() * 3);
  for (let f = 0; f < follow; f++) out.push(req(id, ts + (f + 1) * 420_000, lines[Math.floor(r() * lines.length)]!, { ...over, conversation_id: conversation, turn: f + 2 }));
}

function scriptWorld(): { accounts: Account[]; requests: Interaction[] } {
  const req = requestMaker();
  const r = rng(17);
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  let queue = 0;
  // The operation: aged accounts, each with its own card, address and client, each item of the queue once.
  for (let a = 0; a < 24; a++) {
    const id = `op${a}`;
    accounts.push(testAccount(id, { created_at: new Date(T0 - (120 + 5 * a) * 24 * HOUR).toISOString() }));
    const over = { ip: `73.${60 + a}.4.9`, user_agent: UAS[a % UAS.length]!, tls_ja4: `t13d1516h2_${(0x8daaf6150000 + a).toString(16)}_02713d6af862`, max_tokens: [4096, 8192, null][a % 3]!, model: 'frontier-4-think' };
    for (let k = 0; k < 12; k++) thread(req, requests, id, T0 + (a % 8) * HOUR + k * 20 * HOUR + Math.floor(r() * HOUR), POOL[queue++]!, SCRIPT, r, over);
  }
  // People asking the same pool's problems as they come, following up with everyday lines.
  for (let a = 0; a < 60; a++) {
    const id = `person${a}`;
    accounts.push(testAccount(id));
    for (let k = 0; k < 8; k++) thread(req, requests, id, T0 + (a % 20) * HOUR + k * 30 * HOUR, POOL[Math.floor(r() * POOL.length)]!, EVERYDAY, r, { ip: `98.${a}.7.${k + 1}`, max_tokens: 2048 });
  }
  // A class: the same homework for every pupil, followed up from the teacher's worksheet.
  const homework = corpora.gsm8kTrain.slice(700, 712).map((q) => q.question);
  for (let a = 0; a < 25; a++) {
    const id = `pupil${a}`;
    accounts.push(testAccount(id));
    for (let k = 0; k < 12; k++) thread(req, requests, id, T0 + 2 * k * 24 * HOUR + 9 * HOUR + a * 60_000, homework[k]!, WORKSHEET, r, { ip: '128.32.0.1', max_tokens: 1024, model: 'frontier-4-mini' });
  }
  // Writers: drafts of their own (no one else asks them), followed up with the app's suggested lines.
  for (let a = 0; a < 30; a++) {
    const id = `writer${a}`;
    accounts.push(testAccount(id, { created_at: new Date(T0 - (200 + 7 * a) * 24 * HOUR).toISOString() }));
    const over = { ip: `24.${40 + a}.8.3`, user_agent: UAS[(a + 1) % UAS.length]!, max_tokens: 4096 };
    for (let k = 0; k < 12; k++) {
      const draft = Array.from({ length: 14 }, () => WORDS[Math.floor(r() * WORDS.length)]!).join(' ');
      thread(req, requests, id, T0 + (a % 10) * HOUR + k * 26 * HOUR + Math.floor(r() * HOUR), `Here is the next scene of my novel, edit it:\n\nThe ${draft}.`, APP, r, over);
    }
  }
  requests.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
  return { accounts, requests };
}

const verdicts = replayHourly(scriptWorld(), T0);
const of = (prefix: string): Verdict[] => [...verdicts.values()].filter((v) => v.account_id.startsWith(prefix));

test('an operation following up on its queue’s items by one script is one campaign, found by that alone, at a review-level risk', () => {
  const flagged = of('op').filter((v) => v.flagged);
  assert.ok(flagged.length >= 22, `${flagged.length} of 24 flagged: ${of('op').map((v) => v.reasons.join('+') || '-').join(', ')}`);
  assert.equal(new Set(flagged.map((v) => v.campaign_id)).size, 1);
  for (const v of flagged) {
    assert.ok(v.reasons.includes('similar:follow-up-script'), v.reasons.join(','));
    assert.ok(!v.reasons.some((r) => r.startsWith('link:')), v.reasons.join(','));
    assert.ok(v.risk < 0.8, `risk ${v.risk}`);
  }
});

test('writers sending one app\'s suggested follow-ups about drafts of their own are not flagged', () => {
  assert.deepEqual(of('writer').filter((v) => v.flagged).map((v) => `${v.account_id}:${v.reasons.join('+')}`), []);
});

test('people following up with everyday lines, and a class following one worksheet on shared homework, are not flagged', () => {
  assert.deepEqual(of('person').filter((v) => v.flagged).map((v) => v.account_id), []);
  assert.deepEqual(of('pupil').filter((v) => v.flagged).map((v) => `${v.account_id}:${v.reasons.join('+')}`), []);
});
