/**
 * End to end: a simulated world (test/fixtures/gateway-drive-world.yaml, ~11k interactions over 6 days) is replayed
 * through a gateway in front of the mock upstream, with the real detection engine in the gateway's worker thread
 * stepping on event time. The campaigns' accounts must end up blocked or restricted while hard-negative organic
 * personas keep working. Thresholds are loose on purpose: the test checks the wiring (keys with sign-up facts,
 * replay headers, event clock, risk → decision), not the engine's exact numbers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simulate } from '../src/sim/index.js';
import { parsePolicy } from '../src/policy/config.js';
import { DuckDbStore } from '../src/store/duckdb-store.js';
import { MockUpstream } from '../src/gateway/mock-upstream.js';
import { WorkerEnginePort } from '../src/live/engine-port.js';
import { stepClockOf } from '../src/live/engine-clock.js';
import { Gateway } from '../src/gateway/server.js';
import { drive, formatDriveReport, servedAfterFlagShare, toRequest, outcomeOf } from '../src/gateway/drive.js';
import { post } from './gateway-harness.js';

// dist/test/x.js → repo/test/fixtures
const SCENARIO = fileURLToPath(new URL('../../test/fixtures/gateway-drive-world.yaml', import.meta.url));
const HARD_NEGATIVES = ['power-coder', 'enterprise-app', 'eval-harness', 'campus-nat'];

test('a simulated campaign replayed through the gateway gets blocked; hard negatives keep working', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-drive-'));
  const mock = new MockUpstream();
  const store = await DuckDbStore.open({ kind: 'memory' });
  const policy = parsePolicy('server: { trust_replay_headers: true }\nengine: { clock: event, event_step_minutes: 60 }');
  const engine = new WorkerEnginePort({ clock: stepClockOf(policy) });
  let gateway: Gateway | null = null;
  try {
    await simulate({ scenario: SCENARIO, seed: 1, scale: 1, output: { kind: 'files', dir, plain: true, responses: false } });
    const upstream = await mock.listen();
    gateway = await Gateway.create({ upstream, policy, store, engine, adminToken: 'drive-admin' });
    const url = await gateway.listen(0);
    assert.equal(await engine.ready, 'detector', `the real engine runs in the worker (${engine.lastError ?? ''})`);

    const r = await drive({ worldDir: dir, gateways: [url], adminToken: 'drive-admin', speed: null, limit: null, concurrency: 8 });
    const text = formatDriveReport(r);
    const group = (kind: string, name: string) => r.groups.find((g) => g.kind === kind && g.name === name);
    const attack = group('label', 'attack');
    const organic = group('label', 'organic');
    assert.ok(attack && organic, text);
    assert.ok(r.requests > 5000, `replayed ${r.requests}`);
    assert.equal(attack.requests.error + organic.requests.error, 0, text);
    // Every request went upstream unless refused; refusals never reach it.
    assert.equal(mock.totalCalls, r.requests - attack.requests.blocked - organic.requests.blocked - attack.requests.rate_limited - organic.requests.rate_limited);

    // Campaigns: nearly every account restricted (throttled, reasoning withheld or blocked) by the end, restrictions
    // growing over simulated time, and blocks among them. How far up the ladder each campaign goes is the engine's call.
    assert.ok(attack.accountsEverBlocked >= 0.25 * attack.accounts, `attack blocked ${attack.accountsEverBlocked}/${attack.accounts}\n${text}`);
    const restricted = (t: { blocked: number; withheld: number; throttled: number; allowed: number; flagged: number; rate_limited: number }) =>
      (t.blocked + t.withheld + t.throttled) / Math.max(1, t.blocked + t.withheld + t.throttled + t.allowed + t.flagged + t.rate_limited);
    for (const c of ['op-anvil', 'op-lattice']) {
      const g = group('campaign', c);
      assert.ok(g && g.accountsRestrictedAtEnd >= 0.8 * g.accounts, `${c} restricted at end ${g?.accountsRestrictedAtEnd}/${g?.accounts}\n${text}`);
      const active = g.days.filter((d) => restricted(d) > 0 || d.allowed + d.flagged > 0);
      assert.ok(active.length >= 3, text);
      assert.ok(restricted(active[0]!) < restricted(active.at(-1)!), `${c}: restricted share grows\n${text}`);
      assert.ok(restricted(active.at(-1)!) >= 0.8, `${c}: last day mostly restricted\n${text}`);
    }
    // Once flagged, a campaign is stopped: the default ladder blocks flagged members linked by an artefact and confirmed
    // by their own traffic, so almost nothing is answered after the first flag (was 49% when flags only withheld).
    assert.ok(attack.accountsFlagged >= 0.9 * attack.accounts, `attack flagged ${attack.accountsFlagged}/${attack.accounts}\n${text}`);
    const servedAfterFlag = servedAfterFlagShare(attack);
    assert.ok(servedAfterFlag !== null && servedAfterFlag <= 0.05, `attack served after first flag ${attack.servedAfterFlag}/${attack.requestsAfterFlag}\n${text}`);
    for (const c of ['op-anvil', 'op-lattice']) {
      const share = servedAfterFlagShare(group('campaign', c)!);
      assert.ok(share !== null && share <= 0.05, `${c} served after first flag ${share}\n${text}`);
    }
    assert.ok(/after each account's first flag: \d+\/\d+ \(\d+\.\d%\)/.test(text), 'the report states the figure');

    // Organic traffic keeps working: hard negatives are never blocked, almost no organic account is.
    for (const p of HARD_NEGATIVES) {
      const g = group('persona', p);
      assert.ok(g && g.accounts > 0, `persona ${p} present`);
      assert.equal(g.requests.blocked, 0, `${p} blocked\n${text}`);
    }
    assert.equal(organic.accountsEverBlocked, 0, `no legitimate account is blocked\n${text}`);
    assert.ok(organic.requests.allowed > 0.97 * (organic.requests.allowed + organic.requests.blocked + organic.requests.withheld + organic.requests.throttled), text);

    // The engine ran on the world's clock: verdict times are simulated times, not today's.
    const v = await (await fetch(url + '/admin/verdicts?flagged=true', { headers: { authorization: 'Bearer drive-admin' } })).json() as { verdicts: { first_flagged_at: string | null }[] };
    assert.ok(v.verdicts.length > 0);
    for (const x of v.verdicts) assert.ok(x.first_flagged_at !== null && x.first_flagged_at >= r.firstTs! && x.first_flagged_at <= '2026-04-29', `first_flagged_at ${x.first_flagged_at}`);
  } finally {
    await gateway?.close(1000);
    await engine.close();
    await mock.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('replay headers are ignored unless trusted, and never reach the upstream', async () => {
  const mock = new MockUpstream();
  const store = await DuckDbStore.open({ kind: 'memory' });
  const { ManualEnginePort } = await import('../src/live/engine-port.js');
  const engines = [new ManualEnginePort(true), new ManualEnginePort(true)];
  const gateways: Gateway[] = [];
  try {
    const upstream = await mock.listen();
    const key = (await store.createKey({ accountId: 'a1', nowIso: '2026-04-22T00:00:00Z' })).key;
    const rec = {
      id: 'r1', ts: '2026-04-23T10:00:00.000Z', account_id: 'a1', api_key_id: null, ip: '203.0.113.9', user_agent: 'replayed-ua/1.0', tls_ja4: 't13d_replayed',
      endpoint: '/v1/messages', model: 'frontier-4', conversation_id: 'conv1', turn: 3, system: 'sys', prompt: 'hello there', tool_names: ['search'], response: null,
      input_tokens: 1, output_tokens: 1, reasoning_tokens: 50, max_tokens: 4000, temperature: 0.5, stream: false, status: 200, latency_ms: 1,
    };
    for (const [i, trusted] of [true, false].entries()) {
      const g = await Gateway.create({ upstream, policy: parsePolicy(`server: { trust_replay_headers: ${trusted} }`), store, engine: engines[i]!, adminToken: 'x', flushMs: 10 });
      gateways.push(g);
      const url = await g.listen(0);
      const req = toRequest(rec, key);
      const res = await post(url + req.path, req.headers, req.body);
      assert.equal(res.status, 200);
      assert.equal(outcomeOf(res.status, res.headers.get('x-distillguard-action') ?? undefined), 'allowed');
      assert.equal(res.headers.get('x-distillguard-action') !== null, trusted, 'the action header only in replay mode');
      assert.ok(!Object.keys(mock.lastRequest!.headers).some((h) => h.startsWith('x-distillguard-replay')), 'replay headers are not forwarded');
      const got = engines[i]!.submitted.at(-1)!;
      assert.equal(got.turn, 3);
      assert.deepEqual(got.tool_names, ['search']);
      assert.equal(got.user_agent, 'replayed-ua/1.0');
      assert.ok((got.reasoning_tokens ?? 0) > 0, 'thinking was requested and returned');
      if (trusted) {
        assert.equal(got.ts, rec.ts);
        assert.equal(got.ip, rec.ip);
        assert.equal(got.tls_ja4, rec.tls_ja4);
      } else {
        assert.notEqual(got.ts, rec.ts);
        assert.equal(got.ip, '127.0.0.1');
        assert.equal(got.tls_ja4, null);
      }
    }
  } finally {
    for (const g of gateways) await g.close(100);
    await mock.close();
    await store.close();
  }
});
