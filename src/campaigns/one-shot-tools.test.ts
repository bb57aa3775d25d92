/**
 * Tool-use harvests and tool-using people (features.ts oneShotToolSchemas, unlinked.ts mixedPersonPace), on small
 * hand-built worlds: twenty accounts that each open two tool-use requests a day, every one on a dataset item's own
 * tools and none carried on, are one operation; twenty developers at the same pace on the same tool sets whose agent
 * threads go on with tool results, and twenty applications that open one-shot requests on their own one schema
 * (function calling for structured output), are none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { accountEvidence, featuresOf, oneShotToolSchemas } from '../accounts/features.js';
import { CAPABILITIES, toolSchemaHash, type Observation } from '../engine/observation.js';
import { flaggedAlone } from './unlinked-judge.fixture.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');
const HOUR = 3_600_000;
const TOOL_SETS = [['wikipedia', 'calculator'], ['weather', 'calendar'], ['python', 'search'], ['news', 'translator']];

/** One request declaring `tools` (none: null), on turn `turn` of conversation `conversation`. */
function request(account: string, ts: number, item: number, tools: string[] | null, conversation: string | null, turn: number | null): Observation {
  return {
    id: 'r', ts, account, ip: '198.51.100.7', prefix: '198.51.100.0/24', asn: 64500, country: 'US', datacenter: false, vpn: false,
    client: 'sdk:openai-go|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'chat-4', conversation, turn, intent: 0.05,
    intentKinds: 0, capability: CAPABILITIES.indexOf(tools ? 'agentic' : 'other'), frame: 0, frameTail: 0, item: turn !== null && turn > 1 ? 0 : item,
    variant: 0, exactItem: item, core: item, reflective: false, maxTokens: 8192, inputTokens: 240, outputTokens: 420, reasoningTokens: 0,
    tools: tools !== null, toolSchema: toolSchemaHash(tools), status: 200,
  };
}

type Kind = 'harvest' | 'developer' | 'structured-output';

/**
 * Twenty accounts of 30 requests over fifteen days (two openings a day, hours spread over the day). A harvest opens
 * each item on its own tool set and never goes on; a developer's agent threads go on with two tool-result turns on the
 * thread's tool set; an application opens one-shot requests on its one schema.
 */
function accounts(kind: Kind): AccountState[] {
  return Array.from({ length: 20 }, (_, i) => {
    const s = new AccountState(`${kind}-${i}`, i);
    for (let k = 0; s.n < 30; k++) {
      const ts = T0 + Math.floor(k / 2) * 24 * HOUR + ((7 * k + i) % 24) * HOUR;
      const item = 1 + 1000 * i + k;
      if (kind === 'structured-output') s.apply(request(s.id, ts, item, ['extract_fields'], null, null));
      else if (kind === 'harvest') s.apply(request(s.id, ts, item, TOOL_SETS[(k * 3 + i) % TOOL_SETS.length]!, null, null));
      else {
        const tools = TOOL_SETS[(k + i) % TOOL_SETS.length]!;
        const conversation = `${s.id}-c${k}`;
        for (let turn = 1; turn <= 3 && s.n < 30; turn++) s.apply(request(s.id, ts + turn * 60_000, item, tools, conversation, turn));
      }
    }
    return s;
  });
}

test('one-shot tool requests on changing tool sets are read; agent loops and one fixed schema are not', () => {
  const harvest = accounts('harvest');
  assert.ok(harvest.every((s) => oneShotToolSchemas(s) > 0.9), String(oneShotToolSchemas(harvest[0]!)));
  assert.ok(harvest.every((s) => accountEvidence(featuresOf(s)).reasons.includes('behaviour:one-shot-tool-schemas')));
  for (const kind of ['developer', 'structured-output'] as const) {
    for (const s of accounts(kind)) {
      assert.equal(oneShotToolSchemas(s), 0, kind);
      assert.ok(!accountEvidence(featuresOf(s)).reasons.includes('behaviour:one-shot-tool-schemas'), kind);
    }
  }
});

test('tool schema switches and tool follow-ups survive merge, snapshot and restore', () => {
  const [a] = accounts('harvest');
  const copy = new AccountState(a!.id, 0);
  copy.restore(a!.snapshot());
  assert.equal(copy.toolSchemaSwitches, a!.toolSchemaSwitches);
  assert.equal(oneShotToolSchemas(copy), oneShotToolSchemas(a!));
  const [d] = accounts('developer');
  const merged = new AccountState(d!.id, 0);
  merged.merge(d!);
  assert.equal(merged.toolFollowUps, d!.toolFollowUps);
  assert.ok(merged.toolFollowUps > 0);
});

test('twenty accounts harvesting tool-use first moves at a person\'s pace are one cohort', () => {
  const flagged = flaggedAlone(accounts('harvest'));
  assert.equal(flagged.length, 20);
  assert.equal(new Set(flagged.map((v) => v.campaign)).size, 1);
  assert.ok(flagged.every((v) => v.reasons.includes('behaviour:one-shot-tool-schemas')), flagged[0]?.reasons.join(','));
});

test('twenty developers whose agent threads go on, and twenty one-schema applications, are no cohort', () => {
  assert.deepEqual(flaggedAlone(accounts('developer')).map((v) => v.reasons.join(',')), []);
  assert.deepEqual(flaggedAlone(accounts('structured-output')).map((v) => v.reasons.join(',')), []);
});
