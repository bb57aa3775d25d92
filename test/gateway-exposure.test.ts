/**
 * What the gateway keeps and exposes: data directory 0700 and files 0600 (they hold prompts and key hashes), prompt
 * retention in the store and the spool (full | hash | none), an admin token of at least 32 random bytes, loopback
 * by default, TLS from certificate files, and a loud warning when bound beyond loopback without TLS.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePolicy } from '../src/policy/config.js';
import { DuckDbStore } from '../src/store/duckdb-store.js';
import { ManualEnginePort } from '../src/live/engine-port.js';
import { MockUpstream } from '../src/gateway/mock-upstream.js';
import { Gateway } from '../src/gateway/server.js';
import { NatsEnginePort } from '../src/live/nats-port.js';
import { retainPrompt } from '../src/gateway/retention.js';
import { child, stop, until } from './nats-harness.js';

const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));
const TOKEN = 'exposure-admin-7c2e94b1d05f8a36e1b9c47d2a08f5e6';

function modes(dir: string): string[] {
  const out = [`${dir} ${(statSync(dir).mode & 0o777).toString(8)}`];
  for (const f of readdirSync(dir, { recursive: true }) as string[]) out.push(`${f} ${(statSync(join(dir, f)).mode & 0o777).toString(8)}`);
  return out;
}

test('the store and the spool are private to their user: directories 0700, files 0600', async () => {
  const root = mkdtempSync(join(tmpdir(), 'dg-perm-'));
  try {
    const store = await DuckDbStore.open({ kind: 'dir', dir: join(root, 'data') });
    await store.createKey({ accountId: 'a', nowIso: '2026-04-22T00:00:00.000Z' });
    const port = new NatsEnginePort({ servers: ['127.0.0.1:9'], spoolDir: join(root, 'data', 'spool'), spoolAfterMs: 10 });
    await port.submit({ id: 'perm-1', ts: '2026-04-22T00:00:00.000Z', account_id: 'a', api_key_id: null, ip: '10.0.0.1', user_agent: null, tls_ja4: null,
      endpoint: '/v1/messages', model: 'm', conversation_id: null, turn: 1, system: null, prompt: 'a private prompt', tool_names: null, response: null,
      input_tokens: 1, output_tokens: 1, reasoning_tokens: null, max_tokens: null, temperature: null, stream: false, status: 200, latency_ms: 1 });
    await port.close();
    await store.close();
    const listed = modes(join(root, 'data'));
    assert.ok(listed.length >= 4, listed.join('\n'));
    for (const line of listed) {
      const [path, mode] = line.split(' ');
      const isDir = statSync(path!.startsWith('/') ? path! : join(root, 'data', path!)).isDirectory();
      assert.equal(mode, isDir ? '700' : '600', line);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('prompt retention: hash keeps a digest in the store and the spool, none keeps nothing; the engine still sees the text', async () => {
  const i = { id: 'r1', ts: '2026-04-22T00:00:00.000Z', account_id: 'a', api_key_id: null, ip: '10.0.0.1', user_agent: null, tls_ja4: null,
    endpoint: '/v1/messages', model: 'm', conversation_id: null, turn: 1, system: 'system secret', prompt: 'prompt secret', tool_names: null,
    response: 'answer', input_tokens: 1, output_tokens: 1, reasoning_tokens: null, max_tokens: null, temperature: null, stream: false, status: 200, latency_ms: 1 };
  assert.equal(retainPrompt(i, 'full'), i);
  const h = retainPrompt(i, 'hash');
  assert.match(h.prompt, /^sha256:[0-9a-f]{64}$/);
  assert.equal(h.prompt, retainPrompt({ ...i, id: 'r2' }, 'hash').prompt, 'equal prompts, equal digests');
  assert.match(h.system!, /^sha256:/);
  const n = retainPrompt(i, 'none');
  assert.equal(n.prompt, '');
  assert.equal(n.system, null);

  const mock = new MockUpstream();
  const upstream = await mock.listen();
  const store = await DuckDbStore.open({ kind: 'memory' });
  const key = (await store.createKey({ accountId: 'acct-r', nowIso: '2026-04-22T00:00:00.000Z' })).key;
  const engine = new ManualEnginePort();
  const seen: string[] = [];
  const submit = engine.submit.bind(engine);
  engine.submit = (x) => (seen.push(x.prompt), submit(x));
  const g = await Gateway.create({ upstream, policy: parsePolicy('record: { prompt_retention: hash }'), store, engine, adminToken: TOKEN, flushMs: 10 });
  const url = await g.listen(0);
  try {
    const r = await fetch(url + '/v1/messages', { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', max_tokens: 5, system: 'the system secret', messages: [{ role: 'user', content: 'the prompt secret' }] }) });
    assert.equal(r.status, 200);
    await r.arrayBuffer();
    await g.flushEvents();
    assert.deepEqual(seen, ['the prompt secret'], 'the engine gets the text');
    const stored = await store.recentEvents(10);
    assert.equal(stored.length, 1);
    assert.match(stored[0]!.prompt, /^sha256:[0-9a-f]{64}$/);
    assert.match(stored[0]!.system ?? '', /^sha256:/);
  } finally {
    await g.close(100);
    await engine.close();
    await mock.close();
    await store.close();
  }

  const root = mkdtempSync(join(tmpdir(), 'dg-retain-'));
  try {
    const port = new NatsEnginePort({ servers: ['127.0.0.1:9'], spoolDir: join(root, 'spool'), spoolAfterMs: 10, retain: (x) => retainPrompt(x, 'none') });
    assert.equal(await port.submit({ ...i, id: 'spooled-1' }), true);
    await port.close();
    const text = readdirSync(join(root, 'spool')).map((f) => readFileSync(join(root, 'spool', f), 'utf8')).join('');
    assert.match(text, /spooled-1/);
    assert.doesNotMatch(text, /secret/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

function serve(args: string[], env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'dg-serve-'));
  const c = child(process.execPath, [BIN, 'serve', '--upstream', 'http://127.0.0.1:9', '--port', '0', '--data', join(dir, 'data'), ...args], env);
  return { c, dir };
}

test('a weak admin token is refused with a way to generate a good one', async () => {
  for (const token of ['x', 'password1234', 'a'.repeat(64)]) {
    const { c, dir } = serve([], { DISTILLGUARD_ADMIN_TOKEN: token });
    try {
      const code = await c.exited;
      assert.equal(code, 2, c.out);
      assert.match(c.out, /admin token.*32 random bytes/);
      assert.match(c.out, /randomBytes\(32\)|openssl rand/);
      assert.doesNotMatch(c.out, /\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('serve binds loopback by default and warns loudly when exposed without TLS', async () => {
  const a = serve([], { DISTILLGUARD_ADMIN_TOKEN: TOKEN });
  try {
    await until(() => /gateway on (https?:\/\/\S+)/.exec(a.c.out), 'gateway up', 30_000);
    assert.match(a.c.out, /gateway on http:\/\/127\.0\.0\.1:\d+/);
    assert.doesNotMatch(a.c.out, /WARNING.*plain HTTP/);
  } finally {
    await stop(a.c);
    rmSync(a.dir, { recursive: true, force: true });
  }
  const b = serve(['--host', '0.0.0.0'], { DISTILLGUARD_ADMIN_TOKEN: TOKEN });
  try {
    await until(() => /gateway on/.test(b.c.out), 'gateway up', 30_000);
    assert.match(b.c.out, /WARNING.*0\.0\.0\.0.*plain HTTP/);
  } finally {
    await stop(b.c);
    rmSync(b.dir, { recursive: true, force: true });
  }
});

test('serve speaks TLS with --tls-cert/--tls-key', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-tls-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const s = serve(['--tls-cert', cert, '--tls-key', key, '--host', '0.0.0.0'], { DISTILLGUARD_ADMIN_TOKEN: TOKEN });
  try {
    const m = await until(() => /gateway on https:\/\/[^:]+:(\d+)/.exec(s.c.out), 'gateway up', 30_000);
    assert.doesNotMatch(s.c.out, /WARNING.*plain HTTP/);
    const body = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: Number(m[1]), path: '/healthz', ca: readFileSync(cert) }, (res) => {
        let b = '';
        res.on('data', (d) => (b += d));
        res.on('end', () => resolve(b));
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(body, '{"ok":true,"engine":"running"}');
  } finally {
    await stop(s.c);
    rmSync(s.dir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
