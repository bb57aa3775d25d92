/**
 * An agentic harvest that shares no artefact and rotates each account onto a new client and network mid-life: aged
 * accounts, each with its own card and residential address, tool-use threads whose later turns are the agent loop
 * ("continue", short tool results) answered with extended reasoning; at a moment of its own, each account moves to
 * another SDK and another network and carries on. Beside it, the same kind of agent users who never cut over, and
 * developers who move a script from a laptop to a server (a cut-over with ordinary work).
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

const SDKS = ['anthropic-python/0.34.0', 'OpenAI/NodeJS 4.52.0', 'OpenAI/Python 1.40.0', 'Go-http-client/2.0', 'LangChain/0.2.11', 'reqwest/0.12.4'];
const LOOP = ['continue', '<tool_result>exit code 0</tool_result>', '<tool_result>{"status": "ok", "rows": 14}</tool_result>', 'tool returned the data above; go on'];
const TOOLS = [['python_exec', 'web_search'], ['bash', 'file_read', 'file_write'], ['sql_query', 'http_get']];

function ja4(seed: number): string {
  return `t13d${1510 + (seed % 7)}h2_${(0x8daaf6152771 + seed * 7919).toString(16).slice(-12)}_${(0x2713d6af862 + seed * 104729).toString(16).slice(-12)}`;
}

interface Life {
  id: string;
  seed: number;
  items: string[];
  /** Thread index from which the account uses its second client and network (none: never). */
  cutAt: number | null;
  /** Reasoning tokens per answer (a trace harvest asks for them; most agent users do not). */
  reasoning: number | null;
}

/** Agent threads every six hours or so, each an item and two to four loop turns a few seconds apart. */
function agentLife(l: Life): Interaction[] {
  const out: Interaction[] = [];
  for (let t = 0; t < l.items.length; t++) {
    const start = T0 + t * 6 * HOUR + l.seed * 23 * MINUTE;
    const second = l.cutAt !== null && t >= l.cutAt;
    const common = {
      ip: second ? `185.${20 + (l.seed % 50)}.${(t * 7) % 250}.${10 + (l.seed % 200)}` : `73.${40 + (l.seed % 150)}.${l.seed % 250}.${10 + (l.seed % 200)}`,
      user_agent: SDKS[(l.seed + (second ? 3 : 0)) % SDKS.length]!,
      tls_ja4: ja4(l.seed * 2 + (second ? 1 : 0)),
      tool_names: TOOLS[l.seed % TOOLS.length]!,
      max_tokens: 8192,
      input_tokens: 400,
      output_tokens: 500,
      reasoning_tokens: l.reasoning,
      stream: true,
    };
    const conv = `${l.id}-c${t}`;
    out.push(req(l.id, start, l.items[t]!, { ...common, conversation_id: conv, turn: 1 }));
    const loop = 2 + ((l.seed + t) % 3);
    for (let k = 0; k < loop; k++) {
      out.push(req(l.id, start + (k + 1) * 20_000, LOOP[(l.seed + t + k) % LOOP.length]!, { ...common, conversation_id: conv, turn: 2 + k }));
    }
  }
  return out;
}

function world(rotate: boolean): { accounts: Account[]; requests: Interaction[] } {
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  const pool = corpora.toolformer.map((c) => (c.input ? `${c.instruction}\n${c.input}` : c.instruction)).filter((t) => t.split(/\s+/).length >= 10);
  const coding = corpora.organicCoding.map((p) => p.text).filter((t) => t.split(/\s+/).length >= 10 && t.length < 1500);
  for (let a = 0; a < 24; a++) {
    const id = `agent${a}`;
    accounts.push(testAccount(id, { created_at: new Date(T0 - (60 + a * 7) * 24 * HOUR).toISOString(), email_domain: ['gmail.com', 'pm.me', 'duck.com'][a % 3]! }));
    requests.push(...agentLife({ id, seed: a, items: pool.slice(a * 14, a * 14 + 14), cutAt: rotate ? 5 + (a % 4) : null, reasoning: 1500 + 50 * a }));
  }
  // Developers who prototype on a laptop, then run the same script from a server: a cut-over with ordinary work.
  for (let a = 0; a < 24; a++) {
    const id = `deploy${a}`;
    accounts.push(testAccount(id));
    const items = Array.from({ length: 14 }, (_, k) => coding[(a * 11 + k) % coding.length]!);
    requests.push(...agentLife({ id, seed: 100 + a, items, cutAt: 6, reasoning: null }).map((r) => ({ ...r, max_tokens: 2048, output_tokens: 300 })));
  }
  requests.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
  return { accounts, requests };
}

const rotating = replayHourly(world(true), T0);
const of = (verdicts: Map<string, Verdict>, prefix: string): Verdict[] => [...verdicts.values()].filter((v) => v.account_id.startsWith(prefix));

test('agents that cut over to a new client and network mid-life while their work goes on are found as one campaign', () => {
  const agents = of(rotating, 'agent');
  assert.equal(agents.length, 24);
  const flagged = agents.filter((v) => v.flagged);
  assert.ok(flagged.length >= 22, `${flagged.length} of 24 flagged: ${agents.map((v) => `${v.risk}:${v.reasons.join('+')}`).join(' ')}`);
  assert.equal(new Set(flagged.map((v) => v.campaign_id)).size, 1);
  for (const v of flagged) assert.ok(!v.reasons.some((r) => r.startsWith('link:')), `no artefact links: ${v.reasons.join(',')}`);
  assert.ok(flagged.filter((v) => v.reasons.includes('behaviour:identity-rotation')).length >= 15, flagged.map((v) => v.reasons.join('+')).join(' '));
});

test('developers who move a script to a server are not flagged for the cut-over', () => {
  const deploy = of(rotating, 'deploy');
  assert.equal(deploy.length, 24);
  assert.deepEqual(deploy.filter((v) => v.flagged).map((v) => v.account_id), [], deploy.map((v) => `${v.risk}:${v.reasons.join('+')}`).join(' '));
});

test('the same agents without the cut-over are not a campaign on likeness alone', () => {
  const still = of(replayHourly(world(false), T0), 'agent');
  assert.deepEqual(still.filter((v) => v.flagged).map((v) => v.account_id), [], still.map((v) => `${v.risk}:${v.reasons.join('+')}`).join(' '));
});
