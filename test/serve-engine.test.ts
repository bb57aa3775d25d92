/**
 * The gateway never serves without its engine. `serve` whose in-process engine cannot start (here: an install
 * missing the network lists the detector loads) exits 1 with one coded line and never listens; a gateway whose
 * engine thread dies answers /healthz 503 with the reason, and `serve` then finishes what is in flight and exits 1
 * (ENGINE_STOPPED) so its supervisor restarts it with a running engine.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MockUpstream } from '../src/gateway/mock-upstream.js';
import { WorkerEnginePort } from '../src/live/engine-port.js';
import { post, startHarness } from './gateway-harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'Zq3v8Xw2LrT6pN0aHc5JkB1yUe7sDf4GmQ9tWx2Vb8E';
const OA = '/v1/chat/completions';
const chat = (prompt: string) => JSON.stringify({ model: 'm', messages: [{ role: 'user', content: prompt }] });

interface Run {
  code: number | null;
  stderr: string;
  killed: boolean;
}

/** Runs node with `args`, resolving at exit; `onStderr` sees stderr as it comes. */
function run(args: string[], onStderr: (text: string) => void = () => undefined, timeoutMs = 60_000): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, DISTILLGUARD_ADMIN_TOKEN: TOKEN }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      onStderr(stderr);
    });
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, killed });
    });
  });
}

test('a gateway answers /healthz 503 with the reason once its engine thread has died, and keeps answering requests', async () => {
  const engine = new WorkerEnginePort({ engine: { kind: 'test', engine: { name: 'dies-on', marker: '#die#' } }, flushMs: 5 });
  await engine.ready;
  const h = await startHarness({ engine, accounts: [{ id: 'a', tier: 'scale' }] });
  try {
    const up = await fetch(h.url + '/healthz');
    assert.equal(up.status, 200);
    assert.deepEqual(await up.json(), { ok: true, engine: 'running' });
    const metricsUp = await (await fetch(h.url + '/metrics')).text();
    assert.match(metricsUp, /^distillguard_engine_up 1$/m);
    const stopped = new Promise<void>((resolve) => engine.onFailure(() => resolve()));
    assert.equal((await post(h.url + OA, { authorization: `Bearer ${h.keys.a!}` }, chat('please #die# now'))).status, 200);
    await stopped;
    const down = await fetch(h.url + '/healthz');
    assert.equal(down.status, 503);
    assert.deepEqual(await down.json(), { ok: false, engine: 'failed', reason: 'test engine died on a prompt containing "#die#"' });
    assert.match(await (await fetch(h.url + '/metrics')).text(), /^distillguard_engine_up 0$/m);
    // The gateway itself still answers (enforcing what it knows); stopping it is its runner's decision (serve exits).
    assert.equal((await post(h.url + OA, { authorization: `Bearer ${h.keys.a!}` }, chat('after'))).status, 200);
  } finally {
    await h.close();
  }
});

test('a gateway whose engine is still starting or failed to start is not healthy', async () => {
  const engine = new WorkerEnginePort({ engine: { kind: 'test', engine: { name: 'fails-to-start', message: 'no tables' } } });
  const h = await startHarness({ engine });
  try {
    await engine.ready.catch(() => undefined);
    const res = await fetch(h.url + '/healthz');
    assert.equal(res.status, 503);
    assert.deepEqual(await res.json(), { ok: false, engine: 'failed', reason: 'no tables' });
  } finally {
    await h.close();
  }
});

test('serve and worker exit 1 with one ENGINE_START line, serving nothing, when the detector cannot load its data', async () => {
  // A real broken install: the compiled program and its packages, without the network lists under data/.
  const dir = mkdtempSync(join(tmpdir(), 'dg-serve-engine-'));
  try {
    const install = join(dir, 'install');
    mkdirSync(join(install, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(install, 'package.json'));
    cpSync(join(ROOT, 'dist', 'src'), join(install, 'dist', 'src'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'));
    mkdirSync(join(install, 'data'));
    for (const d of readdirSync(join(ROOT, 'data'))) if (d !== 'network') symlinkSync(join(ROOT, 'data', d), join(install, 'data', d));
    const bin = join(install, 'dist', 'src', 'cli', 'bin.js');
    const r = await run([bin, 'serve', '--upstream', 'http://127.0.0.1:9', '--port', '0', '--data', join(dir, 'data')]);
    assert.equal(r.killed, false, `serve kept running without its engine:\n${r.stderr}`);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, /^distillguard serve: the detection engine did not start: cannot read IP intelligence table \S*data\/network\/\S+ \[ENGINE_START\]$/);
    assert.doesNotMatch(r.stderr, /gateway on/);
    // A NATS worker starts its engine before it connects (nothing listens on port 9): the same failure, the same line.
    const w = await run([bin, 'worker', '--events', 'nats://127.0.0.1:9', '--shard', '0']);
    assert.equal(w.code, 1, w.stderr);
    assert.match(w.stderr.trim(), /^distillguard worker: the detection engine did not start: cannot read IP intelligence table \S*data\/network\/\S+ \[ENGINE_START\]$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve whose engine dies while serving finishes the request, exits 1 with ENGINE_STOPPED', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-serve-engine-'));
  const mock = new MockUpstream();
  const upstream = await mock.listen();
  try {
    // `serve` as the binary runs it, with the test engine chosen in code (the CLI has no such option).
    const args = ['serve', '--upstream', upstream, '--port', '0', '--data', join(dir, 'data')];
    const script = join(dir, 'serve-dies.mjs');
    writeFileSync(script, `
      import { runCommand } from ${JSON.stringify(new URL('../src/cli/main.js', import.meta.url).href)};
      import { serveCommand } from ${JSON.stringify(new URL('../src/cli/serve-cmd.js', import.meta.url).href)};
      const hooks = { engine: { kind: 'test', engine: { name: 'dies-on', marker: '#die#' } } };
      process.exitCode = await runCommand({ ...serveCommand, run: (ctx) => serveCommand.run(ctx, hooks) }, ${JSON.stringify(args)});`);
    let announce: (u: string) => void = () => undefined;
    const url = new Promise<string>((r) => (announce = r));
    const exited = run([script], (text) => {
      const m = /gateway on (http:\/\/\S+)/.exec(text);
      if (m) announce(m[1]!);
    });
    const base = await Promise.race([url, exited.then((r) => assert.fail(`serve exited before listening:\n${r.stderr}`))]);
    const health = await fetch(base + '/healthz');
    assert.deepEqual([health.status, await health.json()], [200, { ok: true, engine: 'running' }]);
    const created = await fetch(base + '/admin/keys', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ account_id: 'acct-die', tier: 'scale' }) });
    const { key } = (await created.json()) as { key: string };
    assert.equal((await post(base + OA, { authorization: `Bearer ${key}` }, chat('please #die# now'))).status, 200);
    const r = await exited;
    assert.equal(r.killed, false, r.stderr);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.match(lines.at(-1)!, /^distillguard serve: the detection engine stopped: test engine died on a prompt containing "#die#" \[ENGINE_STOPPED\]$/);
    assert.doesNotMatch(r.stderr, /\n\s+at |internal error/);
  } finally {
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
