/**
 * Child-process entry for bench/gateway.ts: runs one server and prints its URL on stdout.
 *   mock                      the mock upstream
 *   bare UPSTREAM             a bare pass-through proxy (node:http + undici Pool): the floor for any Node proxy
 *   distillguard UPSTREAM     the gateway with auth, GCRA limits and DuckDB event/audit logging on;
 *                             prints "URL KEY" (the key is a throwaway created for the run)
 * Each runs until SIGTERM.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { MockUpstream } from '../src/gateway/mock-upstream.js';
import { Gateway } from '../src/gateway/server.js';
import { ManualEnginePort, WorkerEnginePort, type EnginePort } from '../src/gateway/engine-port.js';
import { DuckDbStore } from '../src/store/duckdb-store.js';
import { parsePolicy } from '../src/policy/config.js';

const [role, upstream, engineKind] = process.argv.slice(2);
const cleanups: (() => Promise<void> | void)[] = [];
process.once('SIGTERM', async () => {
  for (const c of cleanups.reverse()) await c();
  process.exit(0);
});

if (role === 'mock') {
  const mock = new MockUpstream({ words: 24, chunks: 8 });
  process.stdout.write((await mock.listen(0)) + '\n');
  cleanups.push(() => mock.close());
} else if (role === 'bare') {
  const up = new URL(upstream!);
  const pool = new Pool(up.origin, { connections: 256, pipelining: 1 });
  const server = createServer((req, res) => {
    const headers = { ...req.headers };
    delete headers.host;
    delete headers.connection;
    pool.request({ method: req.method as 'POST', path: req.url ?? '/', headers, body: req }).then(
      (r) => {
        const h = { ...r.headers };
        delete h['transfer-encoding'];
        delete h.connection;
        res.writeHead(r.statusCode, h as Record<string, string>);
        r.body.pipe(res);
      },
      () => res.writeHead(502).end(),
    );
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
  cleanups.push(() => void server.close());
} else if (role === 'distillguard') {
  const dir = mkdtempSync(join(tmpdir(), 'dg-bench-'));
  const store = await DuckDbStore.open({ kind: 'dir', dir });
  const { key } = await store.createKey({ accountId: 'bench', tier: 'scale', orgId: 'bench-org', nowIso: new Date().toISOString() });
  // Limits are checked on every request but set high enough never to refuse the benchmark.
  const policy = parsePolicy(`tiers: { scale: { account: { requests: { per_minute: 100000000, burst: 100000 }, tokens: { per_minute: 1.0e12, burst: 1.0e12 } },
    org: { requests: { per_minute: 100000000, burst: 100000 }, tokens: { per_minute: 1.0e12, burst: 1.0e12 } } } }`);
  const engine: EnginePort = engineKind === 'worker' ? new WorkerEnginePort() : new ManualEnginePort();
  const gateway = await Gateway.create({ upstream: upstream!, policy, store, engine, adminToken: 'bench' });
  process.stdout.write(`${await gateway.listen(0)} ${key}\n`);
  cleanups.push(async () => {
    await gateway.close(0);
    await engine.close();
    process.stderr.write(`distillguard: ${await store.countEvents()} events logged\n`);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
} else {
  process.stderr.write('usage: gateway-servers.js mock | bare UPSTREAM | distillguard UPSTREAM [worker]\n');
  process.exit(2);
}
