/**
 * `keys` while `serve` runs on the same data directory: without --gateway it fails with STORE_LOCKED naming the
 * option; with --gateway/--admin-token it creates, lists and revokes through the admin API and the gateway serves the
 * new key at once. The served gateway also writes its request log to a file (--request-log FILE).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MockUpstream } from '../src/gateway/mock-upstream.js';

const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));
const TOKEN = 'Zq3v8Xw2LrT6pN0aHc5JkB1yUe7sDf4GmQ9tWx2Vb8E';
let dir: string;
let mock: MockUpstream;
let serve: ChildProcess;
let url: string;

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, DISTILLGUARD_ADMIN_TOKEN: '', DISTILLGUARD_GATEWAY: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dg-keys-'));
  mock = new MockUpstream();
  const upstream = await mock.listen();
  serve = spawn(process.execPath, [BIN, 'serve', '--upstream', upstream, '--port', '0', '--data', join(dir, 'data'), '--request-log', join(dir, 'requests.jsonl')], {
    env: { ...process.env, DISTILLGUARD_ADMIN_TOKEN: TOKEN }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let err = '';
    serve.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /gateway on (http:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]!);
    });
    serve.once('exit', () => reject(new Error(`serve exited: ${err}`)));
  });
});

after(async () => {
  if (serve.exitCode === null) {
    serve.kill('SIGTERM');
    await new Promise((r) => serve.once('exit', r));
  }
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

test('keys create on a data dir a gateway holds: STORE_LOCKED, naming --gateway', async () => {
  const r = await run(['keys', 'create', '--account', 'late-1', '--data', join(dir, 'data')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /STORE_LOCKED/);
  assert.match(r.stderr, /--gateway URL --admin-token TOKEN/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});

test('keys create/list/revoke through the running gateway; the key works at once', async () => {
  const created = await run(['keys', 'create', '--account', 'late-1', '--tier', 'scale', '--label', 'ci', '--json', '--gateway', url, '--admin-token', TOKEN]);
  assert.equal(created.code, 0, created.stderr);
  const k = JSON.parse(created.stdout) as { key: string; key_id: string; account_id: string };
  assert.equal(k.account_id, 'late-1');
  const ok = await fetch(url + '/v1/chat/completions', { method: 'POST', headers: { authorization: `Bearer ${k.key}`, 'content-type': 'application/json' }, body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hello' }] }) });
  assert.equal(ok.status, 200);
  await ok.text();
  // The environment works as well as the options.
  const listed = await run(['keys', 'list', '--account', 'late-1', '--json'], { DISTILLGUARD_GATEWAY: url, DISTILLGUARD_ADMIN_TOKEN: TOKEN });
  assert.equal(listed.code, 0, listed.stderr);
  assert.deepEqual((JSON.parse(listed.stdout) as { key_id: string }[]).map((x) => x.key_id), [k.key_id]);
  const revoked = await run(['keys', 'revoke', k.key_id, '--gateway', url, '--admin-token', TOKEN]);
  assert.equal(revoked.code, 0, revoked.stderr);
  const gone = await fetch(url + '/v1/chat/completions', { method: 'POST', headers: { authorization: `Bearer ${k.key}`, 'content-type': 'application/json' }, body: '{}' });
  assert.equal(gone.status, 401);
  await gone.text();
  const again = await run(['keys', 'revoke', k.key_id, '--gateway', url, '--admin-token', TOKEN]);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /no active key/);
  // The request log file has both requests, with the key id and never the key.
  const log = readFileSync(join(dir, 'requests.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(log.map((l) => [l.status, l.key_id]), [[200, k.key_id], [401, null]]);
  assert.ok(!readFileSync(join(dir, 'requests.jsonl'), 'utf8').includes(k.key));
});

test('a wrong admin token or an unreachable gateway is a clear ADMIN_API error', async () => {
  const bad = await run(['keys', 'create', '--account', 'x', '--gateway', url, '--admin-token', 'wrong-token']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /refused the admin token \(401\) \[ADMIN_API\]/);
  const down = await run(['keys', 'list', '--gateway', 'http://127.0.0.1:9', '--admin-token', TOKEN]);
  assert.equal(down.code, 1);
  assert.match(down.stderr, /cannot reach the gateway at http:\/\/127.0.0.1:9: .*\[ADMIN_API\]/);
});
