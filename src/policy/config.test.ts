import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { DistillguardError } from '../errors.js';
import { defaultPolicy, loadPolicyFile, parsePolicy, toGcra } from './config.js';

function configError(text: string): string {
  try {
    parsePolicy(text, 'p.yaml');
  } catch (e) {
    assert.ok(e instanceof DistillguardError);
    assert.equal(e.code, 'CONFIG_INVALID');
    return e.message;
  }
  assert.fail('expected a CONFIG_INVALID error');
}

test('an empty file gives the embedded defaults', () => {
  assert.deepEqual(parsePolicy(''), defaultPolicy());
});

test('a partial file merges over the defaults', () => {
  const p = parsePolicy('dry_run: true\nrisk: { block: 0.9 }\ntiers:\n  free:\n    account:\n      requests: { per_minute: 6 }\n');
  const d = defaultPolicy();
  assert.equal(p.dry_run, true);
  assert.equal(p.risk.block, 0.9);
  assert.equal(p.risk.flag, d.risk.flag);
  assert.equal(p.tiers.free.account.requests.per_minute, 6);
  assert.equal(p.tiers.free.account.requests.burst, d.tiers.free.account.requests.burst);
  assert.deepEqual(p.tiers.build, d.tiers.build);
});

test('JSON is accepted too', () => {
  const p = parsePolicy('{"allowlist": ["a1", "a2"], "throttle": {"factor": 0.25}}');
  assert.deepEqual(p.allowlist, ['a1', 'a2']);
  assert.equal(p.throttle.factor, 0.25);
});

test('parse errors name the path and the problem', () => {
  assert.match(configError('dry_run: maybe'), /dry_run must be true or false/);
  assert.match(configError('tiers: { gold: {} }'), /tiers\.gold is not a known key/);
  assert.match(configError('tiers: { free: { account: { requests: { per_minute: 0 } } } }'), /tiers\.free\.account\.requests\.per_minute must be > 0/);
  assert.match(configError('risk: { flag: 0.9, throttle: 0.91, withhold_reasoning: 0.92, block: 0.5 }'), /risk\.block must be >= risk\.withhold_reasoning/);
  assert.match(configError('risk: { flag: 1.5 }'), /risk\.flag must be <= 1/);
  assert.match(configError('rsik: {}'), /rsik is not a known key/);
  assert.match(configError('webhooks: [{ url: "ftp://x" }]'), /webhooks\[0\]\.url must be an http\(s\) URL/);
  assert.match(configError('webhooks: [{ url: "http://x", events: [nope] }]'), /webhooks\[0\]\.events\[0\]/);
  assert.match(configError('server: { max_body_bytes: 1.5 }'), /server\.max_body_bytes must be an integer/);
  assert.match(configError('a: [unclosed'), /not valid YAML/);
  assert.match(configError('- 1\n- 2'), /\(root\) must be a mapping/);
});

test('a null threshold disables that action', () => {
  assert.equal(parsePolicy('risk: { throttle: null }').risk.throttle, null);
});

test('toGcra converts per-minute specs and scales for throttling', () => {
  assert.deepEqual(toGcra({ per_minute: 600, burst: 20 }), { ratePerSec: 10, burst: 20 });
  assert.deepEqual(toGcra({ per_minute: 600, burst: 20 }, 0.1), { ratePerSec: 1, burst: 2 });
});

test('the shipped example policy file is valid', () => {
  const p = loadPolicyFile(fileURLToPath(new URL('../../../config/policy.example.yaml', import.meta.url)));
  assert.equal(p.dry_run, false);
  assert.ok(p.risk.block !== null && p.risk.flag !== null && p.risk.block > p.risk.flag);
});

test('a missing file is a config error', () => {
  assert.throws(() => loadPolicyFile('/nonexistent/p.yaml'), (e: unknown) => e instanceof DistillguardError && e.code === 'CONFIG_INVALID');
});
