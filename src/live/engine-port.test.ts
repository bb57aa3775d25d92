import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Interaction } from '../dataset/types.js';
import { DistillguardError } from '../errors.js';
import { WorkerEnginePort, isRiskUpdate } from './engine-port.js';

const interaction = (account: string, prompt: string): Interaction => ({
  id: `r-${account}-${prompt.length}`, ts: '2026-04-22T00:00:00.000Z', account_id: account, api_key_id: null, ip: '10.0.0.1', user_agent: null, tls_ja4: null,
  endpoint: '/v1/messages', model: 'm', conversation_id: null, turn: 1, system: null, prompt, tool_names: null, response: null, input_tokens: 1,
  output_tokens: 1, reasoning_tokens: null, max_tokens: null, temperature: null, stream: false, status: 200, latency_ms: 1,
});

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('the detector runs in the worker thread by default and says so', async () => {
  const port = new WorkerEnginePort({ tickMs: 60_000 });
  try {
    assert.equal(await port.ready, 'detector');
    assert.deepEqual(port.health(), { state: 'running', engine: 'detector' });
  } finally {
    await port.close();
  }
  assert.deepEqual(port.health(), { state: 'closed' });
});

test('an engine that cannot start rejects `ready` with ENGINE_START and the reason; nothing stands in for it', async () => {
  const port = new WorkerEnginePort({ engine: { kind: 'test', engine: { name: 'fails-to-start', message: 'cannot read IP intelligence table /x.csv' } } });
  const err = await port.ready.then(() => null, (e: unknown) => e);
  assert.ok(err instanceof DistillguardError, String(err));
  assert.equal(err.code, 'ENGINE_START');
  assert.equal(err.message, 'the detection engine did not start: cannot read IP intelligence table /x.csv');
  assert.deepEqual(port.health(), { state: 'failed', reason: 'cannot read IP intelligence table /x.csv' });
  assert.equal(port.engineName, 'failed');
  port.submit(interaction('a', 'ignored'));
  await port.close();
  assert.equal(port.health().state, 'failed', 'closing keeps the failure visible');
});

test('an engine thread that dies while running is ENGINE_STOPPED, told once, and closes without hanging', async () => {
  const port = new WorkerEnginePort({ engine: { kind: 'test', engine: { name: 'dies-on', marker: '#die#' } }, flushMs: 5 });
  assert.equal(await port.ready, 'test:dies-on');
  const stops: DistillguardError[] = [];
  port.onFailure((e) => stops.push(e));
  port.submit(interaction('a', 'fine'));
  port.submit(interaction('b', 'please #die# now'));
  await until(() => stops.length > 0, 'the failure');
  assert.equal(stops[0]!.code, 'ENGINE_STOPPED');
  assert.match(stops[0]!.message, /^the detection engine stopped: test engine died on a prompt containing "#die#"$/);
  const h = port.health();
  assert.equal(h.state, 'failed');
  // A listener added afterwards still hears of it.
  let late: DistillguardError | null = null;
  port.onFailure((e) => (late = e));
  assert.equal(late, stops[0]);
  await port.close();
  assert.equal(stops.length, 1);
});

test('risk from outside the process is checked before it is believed', () => {
  assert.ok(isRiskUpdate({ account: 'a', risk: 0.5, flagged: false, campaignId: null, reasons: [], at: 0 }));
  assert.ok(!isRiskUpdate({ accountId: 'a', risk: 0.5, flagged: false, campaignId: null, reasons: [], updatedAt: '2026-04-22T00:00:00Z' }));
  assert.ok(!isRiskUpdate({ account: 'a', risk: '0.5', flagged: false, campaignId: null, reasons: [], at: 0 }));
  assert.ok(!isRiskUpdate(null));
});
