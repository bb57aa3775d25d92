/**
 * Pipeline settings (unlinked.ts pipelineSettings, sendsPipelineSettings) on small hand-built accounts: a campaign
 * whose members send one pipeline's temperature and max_tokens is joined by likeness only by accounts sending them;
 * a campaign whose members each keep their own settings has no pipeline and is joined on likeness alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { CAPABILITIES, type Observation } from '../engine/observation.js';
import { pipelineSettings, sendsPipelineSettings, UnlinkedPath, type UnlinkedVerdict } from './unlinked.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');
const HOUR = 3_600_000;

/** A bare maths item answered with long extended reasoning, sent with `temperature` and `maxTokens`. */
function ask(account: string, ts: number, temperature: number | null, maxTokens: number): Observation {
  return {
    id: 'r', ts, account, ip: '198.51.100.7', prefix: '198.51.100.0/24', asn: 64500, country: 'US', datacenter: false, vpn: false,
    client: 'sdk:openai-python|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'reasoner-4', conversation: null, turn: null, intent: 0.2,
    intentKinds: 0, capability: CAPABILITIES.indexOf('maths'), frame: 0, frameTail: 0, item: ts % 1_000_003, variant: 0, exactItem: ts % 1_000_003, core: ts % 1_000_003,
    reflective: false, maxTokens, temperature, inputTokens: 90, outputTokens: 900, reasoningTokens: 2500, tools: false, status: 200,
  };
}

/** An account of 24 requests, eight a day from 14:00, each sent with the settings `settings(k)` gives. */
function account(index: number, settings: (k: number) => [number | null, number]): AccountState {
  const s = new AccountState(`a${index}`, index);
  for (let k = 0; k < 24; k++) {
    const [temperature, maxTokens] = settings(k);
    // Each account a minute apart from the one before it, so that each asks its own items.
    s.apply(ask(s.id, T0 + Math.floor(k / 8) * 24 * HOUR + (14 + (k % 8)) * HOUR + index * 60_000, temperature, maxTokens));
  }
  return s;
}

/** The pipeline: temperature 0.7 and 16,000 tokens, one request in four at temperature 1. */
const pipeline = (k: number): [number, number] => [k % 4 === 3 ? 1 : 0.7, 16000];
/** A person's own client: temperature 0.9 and 16,384 tokens (the same size habit as the pipeline's). */
const own = (): [number, number] => [0.9, 16384];

function judge(member: (index: number) => AccountState, candidate: AccountState): UnlinkedVerdict | undefined {
  // Twelve members flagged by links as campaign C1, and the candidate.
  const states = [...Array.from({ length: 12 }, (_, i) => member(i)), candidate];
  const verdicts = new Map<number, UnlinkedVerdict>();
  for (let i = 0; i < 12; i++) verdicts.set(i, { risk: 0.9, flagged: true, campaign: 'C1', reasons: ['campaign:member'] });
  new UnlinkedPath().run(states, [], verdicts, () => 'C2', new Set());
  return verdicts.get(12);
}

test('a campaign\'s pipeline is the settings a quarter of its members send, when they carry most of its requests', () => {
  const members = Array.from({ length: 8 }, (_, i) => account(i, pipeline));
  const settings = pipelineSettings(members);
  assert.equal(settings?.size, 2);
  assert.ok(sendsPipelineSettings(account(9, pipeline), settings));
  assert.equal(sendsPipelineSettings(account(9, own), settings), false);
  // Half its requests on the pipeline's settings is running it; fewer is not.
  assert.ok(sendsPipelineSettings(account(9, (k) => (k % 2 === 0 ? pipeline(k) : own())), settings));
  assert.equal(sendsPipelineSettings(account(9, (k) => (k % 3 === 0 ? pipeline(k) : own())), settings), false);
  // Shares are of the requests that set a temperature: a pipeline leaving it to the default on some requests is run
  // by an account doing the same.
  assert.ok(sendsPipelineSettings(account(9, (k) => (k % 3 === 0 ? pipeline(k) : [null, 16000])), settings));
});

test('members that each keep their own max_tokens, or leave the temperature to the default, have no pipeline', () => {
  assert.equal(pipelineSettings(Array.from({ length: 8 }, (_, i) => account(i, () => [0.7, 32000 + 1000 * i]))), null);
  assert.equal(pipelineSettings(Array.from({ length: 8 }, (_, i) => account(i, () => [null, 16000]))), null);
  // No pipeline refuses no one.
  assert.ok(sendsPipelineSettings(account(9, own), null));
});

test('an account alike to a campaign joins it by likeness when it sends the campaign\'s pipeline settings', () => {
  const v = judge((i) => account(i, pipeline), account(12, pipeline));
  assert.equal(v?.flagged, true);
  assert.equal(v?.campaign, 'C1');
  assert.ok(v?.reasons.includes('similar:campaign-profile'));
});

test('an account as alike that sends its own settings does not join', () => {
  assert.notEqual(judge((i) => account(i, pipeline), account(12, own))?.flagged, true);
});

test('a campaign whose members each keep their own settings is joined on likeness alone', () => {
  const v = judge((i) => account(i, () => [0.7, 32000 + 1000 * i]), account(12, own));
  assert.equal(v?.flagged, true);
  assert.equal(v?.campaign, 'C1');
});
