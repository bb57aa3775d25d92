/** The live engine choice: the detector can spill idle accounts (serve --spill-dir/--spill-after) and says so. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Interaction } from '../dataset/types.js';
import type { LiveEngine } from '../engine/index.js';
import { startEngine } from './engines.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-22T00:00:00Z');
const interaction = (account: string, n: number, ms: number): Interaction => ({
  id: `r-${account}-${n}`, ts: new Date(ms).toISOString(), account_id: account, api_key_id: null, ip: `203.0.113.${n % 200}`, user_agent: null, tls_ja4: null,
  endpoint: '/v1/messages', model: 'm', conversation_id: null, turn: 1, system: null, prompt: `question ${n} from ${account} about sorting lists`, tool_names: null,
  response: null, input_tokens: 10, output_tokens: 100, reasoning_tokens: null, max_tokens: null, temperature: null, stream: false, status: 200, latency_ms: 1,
});

test('a spilling detector moves accounts idle past its threshold to disk and reads them back when they return', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-live-spill-'));
  const { engine, name } = startEngine({ kind: 'detector', spill: { kind: 'disk', dir, afterMs: 2 * HOUR } });
  assert.equal(name, 'detector, spilling idle accounts');
  const live = engine as LiveEngine;
  const accounts = Array.from({ length: 30 }, (_, i) => `acct-${i}`);
  let n = 0;
  for (const a of accounts) for (let k = 0; k < 3; k++) live.ingest(interaction(a, n++, T0 + k * 60_000));
  // Ten hours on, a third of the accounts are back; the rest have been idle far past the threshold.
  for (let h = 1; h <= 10; h++) {
    for (const a of accounts.slice(0, 10)) live.ingest(interaction(a, n++, T0 + h * HOUR));
    live.tick(T0 + h * HOUR);
  }
  const stats = live.engine.spillStats();
  assert.ok(stats, 'spilling is on');
  assert.ok(stats.spilled >= 20, `idle accounts on disk: ${stats.spilled}`);
  // One of them returns: read back, its request counted after the ones it made before.
  live.ingest(interaction('acct-29', n++, T0 + 11 * HOUR));
  live.tick(T0 + 11 * HOUR);
  assert.ok(live.engine.spillStats()!.reloads >= 1);
  assert.equal(live.engine.readState(live.engine.accountIndex('acct-29')!, (s) => s.n), 4);
});

test('the detector without spilling options keeps every account in memory', () => {
  const { engine, name } = startEngine({ kind: 'detector' });
  assert.equal(name, 'detector');
  assert.equal((engine as LiveEngine).engine.spillStats(), null);
});
