/**
 * `serve` and `ui` that cannot listen (port in use) exit at once with code 1 and one clear line naming the address,
 * never a stack trace, and never keep running without a socket.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DistillguardError } from '../src/errors.js';
import { DuckDbStore } from '../src/store/duckdb-store.js';
import { listenDashboard, mountDashboard } from '../src/report/mount.js';

const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));
const TOKEN = 'Zq3v8Xw2LrT6pN0aHc5JkB1yUe7sDf4GmQ9tWx2Vb8E';

function run(args: string[], timeoutMs = 30_000): Promise<{ code: number | null; stderr: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, DISTILLGUARD_ADMIN_TOKEN: TOKEN }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
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

async function busyPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as { port: number }).port };
}

test('serve on a port in use exits 1 with one line', async () => {
  const { server, port } = await busyPort();
  const dir = mkdtempSync(join(tmpdir(), 'dg-listen-'));
  try {
    const r = await run(['serve', '--upstream', 'http://127.0.0.1:9', '--port', String(port), '--data', join(dir, 'data')]);
    assert.equal(r.killed, false, `serve kept running after failing to listen:\n${r.stderr}`);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, new RegExp(`127\\.0\\.0\\.1:${port}.*in use`));
    assert.doesNotMatch(r.stderr, /\n\s+at |internal error/);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the ui server on a port in use fails with a coded one-line error', async () => {
  const { server, port } = await busyPort();
  const store = await DuckDbStore.open({ kind: 'memory' });
  const dashboard = await mountDashboard({ reviewStore: { kind: 'store', store } });
  try {
    await assert.rejects(listenDashboard(dashboard, port, '127.0.0.1'), (e: unknown) => {
      assert.ok(e instanceof DistillguardError && e.code === 'IO', String(e));
      assert.match(e.message, new RegExp(`127\\.0\\.0\\.1:${port}.*in use`));
      return true;
    });
  } finally {
    server.close();
    await dashboard.close();
    await store.close();
  }
});
