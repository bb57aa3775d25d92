import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { replayHourly, requestMaker, testAccount } from './hourly-replay.fixture.js';
import { loadCorpora } from '../sim/corpora.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-22T00:00:00Z');
const corpora = loadCorpora();

const req = requestMaker();
const account = testAccount;

// Wording composed per request from independent parts, so that no two requests share an opening or a closing.
const ASK = ['Work through this', 'Please solve', 'Have a go at', 'Tackle', 'Figure out', 'Crack', 'Take on', 'Resolve'];
const HOW = ['showing each step of your reasoning', 'thinking out loud at every step', 'with your full chain of thought', 'reasoning step by step', 'explaining every intermediate step'];
const END = ['then state the final answer.', 'and box the answer at the end.', 'then give the result on its own line.', 'before the final number.', 'and finish with the answer.'];
const ORDINARY = corpora.organicGeneral.map((p) => p.text).filter((t) => t.length > 40 && t.length < 600);
const UAS = ['OpenAI/Python 1.40.0', 'OpenAI/NodeJS 4.52.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36', 'curl/8.5.0', 'python-httpx/0.27.0'];

function ja4(a: number): string {
  return `t13d${1510 + (a % 7)}h2_${(0x8daaf6152771 + a * 7919).toString(16).slice(-12)}_${(0x2713d6af862 + a * 104729).toString(16).slice(-12)}`;
}

/**
 * A quiet operation: aged accounts, each with its own card, its own residential address, its own TLS stack and user
 * agent, its own wording per request, distinct maths items of one pool — nothing shared but the job. Beside it,
 * ordinary users, a lone harvester, and two verified organisations (one ordinary, one whose pooled traffic harvests).
 */
function world(): { accounts: Account[]; requests: Interaction[] } {
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  let item = 0;
  const math = corpora.gsm8kTrain;
  for (let a = 0; a < 20; a++) {
    const id = `quiet${a}`;
    accounts.push(account(id, { created_at: new Date(T0 - (200 + a * 9) * 24 * HOUR).toISOString(), email_domain: ['gmail.com', 'outlook.com', 'yahoo.com'][a % 3]! }));
    for (let k = 0; k < 24; k++) {
      const ts = T0 + k * 5 * HOUR + a * 611_000 + (k % 3) * 1_700_000;
      const q = math[item++ % math.length]!.question;
      const prompt = `${ASK[(a + k) % ASK.length]} ${HOW[(a * 3 + k) % HOW.length]}, ${END[(a + 2 * k) % END.length]}\n\n${q}`;
      requests.push(req(id, ts, prompt, { ip: `73.${40 + a}.${(k * 7) % 200}.${10 + a}`, user_agent: UAS[a % UAS.length]!, tls_ja4: ja4(a), max_tokens: 8192, output_tokens: 2500, reasoning_tokens: 1800, input_tokens: 180 }));
    }
  }
  for (let a = 0; a < 40; a++) {
    const id = `user${a}`;
    accounts.push(account(id));
    for (let k = 0; k < 8; k++) {
      const ts = T0 + (a % 10) * HOUR + k * 13 * HOUR;
      requests.push(req(id, ts, ORDINARY[(a * 8 + k) % ORDINARY.length]!, { ip: `98.${a}.7.${k + 1}`, user_agent: UAS[a % UAS.length]!, tls_ja4: ja4(100 + a), max_tokens: 1024 }));
    }
  }
  // Twenty ordinary users of one SDK whose default asks for 4,096 tokens: near copies in how they ask, ordinary in
  // what they ask.
  for (let a = 0; a < 20; a++) {
    const id = `sdk${a}`;
    accounts.push(account(id));
    for (let k = 0; k < 16; k++) {
      const ts = T0 + (a % 24) * HOUR + k * 5 * HOUR;
      requests.push(req(id, ts, ORDINARY[(a * 12 + k + 300) % ORDINARY.length]!, { ip: `99.${a}.8.${k + 1}`, max_tokens: 4096, tls_ja4: ja4(200 + a) }));
    }
  }
  // A lone harvester of another kind (coding): round the clock, every request a distinct item with a large answer cap.
  accounts.push(account('lone'));
  for (let k = 0; k < 60; k++) {
    const task = corpora.humaneval[k % corpora.humaneval.length]!.prompt;
    requests.push(req('lone', T0 + k * 1.3 * HOUR, `Implement the function below. ${HOW[k % HOW.length]}, then give the code.\n\n${task}`, { ip: '203.0.113.77', max_tokens: 32000, output_tokens: 4000, reasoning_tokens: 3000, input_tokens: 900 }));
  }
  // Verified organisations: one card, one NAT, one system prompt, keys created within minutes.
  for (const [org, harvests] of [['org-app', false], ['org-lab', true]] as const) {
    for (let a = 0; a < 8; a++) {
      const id = `${org}-${a}`;
      accounts.push(account(id, { org_id: org, verified: true, payment_fingerprint: `card-${org}`, created_at: new Date(T0 - 30 * 24 * HOUR + a * 60_000).toISOString(), tier: 'enterprise' }));
      for (let k = 0; k < 20; k++) {
        const ts = T0 + k * 2 * HOUR + a * 300_000;
        const prompt = harvests ? `${ASK[(a + k) % ASK.length]} ${HOW[(a + k) % HOW.length]}, ${END[k % END.length]}\n\n${math[7000 + a * 20 + k]!.question}` : ORDINARY[(a * 20 + k) % ORDINARY.length]!;
        requests.push(req(id, ts, prompt, { ip: org === 'org-app' ? '52.10.20.30' : '52.10.99.1', system: `You are the assistant of ${org}.`, max_tokens: harvests ? 16000 : 1024, output_tokens: harvests ? 3500 : 300, reasoning_tokens: harvests ? 2000 : null }));
      }
    }
  }
  requests.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
  return { accounts, requests };
}

const verdicts = replayHourly(world(), T0);
const of = (prefix: string): Verdict[] => [...verdicts.values()].filter((v) => v.account_id.startsWith(prefix));

test('an operation that shares no artefact is found by the likeness of its accounts, as one campaign', () => {
  const quiet = of('quiet');
  const flagged = quiet.filter((v) => v.flagged);
  assert.ok(flagged.length >= 18, `${flagged.length} of 20 flagged`);
  const campaigns = new Set(flagged.map((v) => v.campaign_id));
  assert.equal(campaigns.size, 1, `one campaign, got ${[...campaigns].join(', ')}`);
  assert.ok([...campaigns][0] !== null);
  for (const v of flagged) {
    assert.ok(v.reasons.some((r) => r.startsWith('similar:')), v.reasons.join(','));
    assert.ok(!v.reasons.some((r) => r.startsWith('link:')), `no artefact links: ${v.reasons.join(',')}`);
  }
});

test('ordinary users are not flagged, even a group of near copies in how they ask', () => {
  assert.deepEqual(of('user').filter((v) => v.flagged).map((v) => v.account_id), []);
  assert.deepEqual(of('sdk').filter((v) => v.flagged).map((v) => v.account_id), [], of('sdk').map((v) => v.risk).join(','));
});

test('a lone harvester is flagged on its own evidence with a milder risk and no campaign', () => {
  const v = verdicts.get('lone')!;
  assert.ok(v.flagged, v.reasons.join(','));
  assert.equal(v.campaign_id, null);
  assert.equal(v.reasons[0], 'account:individual-harvester');
  assert.ok(v.risk < 0.8, `risk ${v.risk}`);
});

test('a verified organisation is judged as one entity: links inside it make no campaign, harvesting goes to review', () => {
  assert.deepEqual(of('org-app').filter((v) => v.flagged).map((v) => v.account_id), []);
  const lab = of('org-lab');
  assert.equal(lab.length, 8);
  for (const v of lab) {
    assert.ok(v.flagged);
    assert.equal(v.campaign_id, null);
    assert.deepEqual(v.reasons.slice(0, 2), ['org:review', 'legit:verified-org']);
    assert.ok(v.risk < 0.6, `review-level risk, got ${v.risk}`);
  }
});
