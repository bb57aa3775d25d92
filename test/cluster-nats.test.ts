/**
 * The sharded engine across processes over NATS JetStream: two account workers, two artefact workers and two
 * campaign workers (replicas) of `distillguard worker --role …`, fed a simulated world step by step as gateways
 * would, with an account worker and an artefact worker killed (SIGKILL) and restarted mid-run. The campaign
 * workers' verdicts must equal a plain `analyze` of the same world: nothing lost (JetStream redelivery and the
 * restarted workers' rebuild), nothing counted twice (ids deduplicated) — every account's risk, campaign and first
 * flag time, and the number of interactions the coordinator counted.
 *
 * Needs nats-server: fails when CI=true and it is missing, skips locally.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { fileURLToPath } from 'node:url';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { analyze } from '../src/engine/analyze.js';
import { generateWorld } from '../src/sim/world.js';
import { openDataset, readAll } from '../src/dataset/index.js';
import { IpIntel } from '../src/enrich/ip.js';
import { Observer } from '../src/engine/observe.js';
import { StepRouter } from '../src/cluster/router.js';
import { ClusterPublisher, ensureClusterStream } from '../src/cluster/nats-cluster.js';
import type { Verdict } from '../src/dataset/types.js';

const HAVE = spawnSync('nats-server', ['--version']).status === 0;
if (!HAVE && process.env.CI === 'true') throw new Error('nats-server is required in CI (apt-get install -y nats-server)');
const skip = HAVE ? false : 'nats-server not installed (apt-get install -y nats-server); sharded NATS test skipped';

const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));
const NATS_PORT = 35200 + (process.pid % 500);
const NATS_URL = `nats://127.0.0.1:${NATS_PORT}`;
const procs = new Set<ChildProcess>();
let dir = '';

after(async () => {
  for (const p of procs) p.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function start(args: string[], cmd = process.execPath): ChildProcess & { output: () => string } {
  const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  p.stdout!.on('data', (d) => (out += d));
  p.stderr!.on('data', (d) => (out += d));
  procs.add(p);
  p.once('exit', () => procs.delete(p));
  return Object.assign(p, { output: () => out });
}

async function until<T>(check: () => T | Promise<T>, what: string, timeoutMs = 120_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const portOpen = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const s = createConnection(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

function verdictLines(path: string): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  for (const line of readFileSync(path, 'utf8').split('\n')) if (line) out.set((JSON.parse(line) as Verdict).account_id, JSON.parse(line) as Verdict);
  return out;
}

function progress(out: string): { stepMs: number; observed: number } | null {
  const p = join(out, 'progress.json');
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as { stepMs: number; observed: number }) : null;
}

test('worker roles over NATS JetStream agree with analyze, through a SIGKILL and restart', { skip, timeout: 600_000 }, async () => {
  dir = mkdtempSync(join(tmpdir(), 'dg-cluster-'));
  const world = join(dir, 'world');
  await generateWorld({ scenario: 'quick', scale: 0.3, seed: 5, output: { kind: 'files', dir: world } });
  const reference = join(dir, 'reference');
  const ref = await analyze({ datasetDir: world, outDir: reference, database: false, parallel: false });
  assert.ok(ref.flagged > 10, `the world has campaigns to find (${ref.flagged} flagged)`);

  start(['-js', '-a', '127.0.0.1', '-p', String(NATS_PORT), '-sd', join(dir, 'nats')], 'nats-server');
  await until(() => portOpen(NATS_PORT), 'nats-server');

  const N = 2;
  const worker = (role: string, shard: string, extra: string[] = []) => start([BIN, 'worker', '--events', NATS_URL, '--role', role, '--shard', shard, ...extra]);
  const outs = [join(dir, 'campaign-a'), join(dir, 'campaign-b')];
  const running: Record<string, ChildProcess & { output: () => string }> = {};
  for (let k = 0; k < N; k++) running[`account${k}`] = worker('account', `${k}/${N}`);
  for (let j = 0; j < N; j++) running[`artefact${j}`] = worker('artefact', `${j}/${N}`);
  running.campaignA = worker('campaign', '0/1', ['--account-shards', String(N), '--artefact-shards', String(N), '--out', outs[0]!, '--replica', 'a']);
  running.campaignB = worker('campaign', '0/1', ['--account-shards', String(N), '--artefact-shards', String(N), '--out', outs[1]!, '--replica', 'b']);
  for (const [name, p] of Object.entries(running)) await until(() => /distillguard worker: .* on /.test(p.output()), `${name} ready (${p.output()})`);

  // The router: what gateways publish — each step's registrations and observations, per account shard.
  const nc = await connect({ servers: NATS_URL });
  await ensureClusterStream(await jetstreamManager(nc));
  const publisher = new ClusterPublisher(jetstream(nc));
  const router = new StepRouter(N, 3_600_000, publisher.send);
  const intel = IpIntel.shared();
  const files = openDataset(world);
  const { records: accounts } = await readAll(files.accounts, 'accounts');
  for (const a of accounts) router.register(a, a.signup_ip ? intel.lookup(a.signup_ip).prefix : null);
  const { records: interactions } = await readAll(files.interactions, 'interactions');
  const observer = new Observer(intel);
  const observations = interactions.map((i) => observer.observe(i)).sort((x, y) => x.ts - y.ts);
  for (const o of observations) router.push(o);
  const last = router.finish()!;
  await publisher.flush();

  // Mid-run, with steps in flight: an account worker and an artefact worker die without warning and come back.
  const third = router.sent[Math.floor(router.sent.length / 3)]!;
  await until(() => (progress(outs[0]!)?.stepMs ?? 0) >= third, 'a third of the steps done');
  running.account1!.kill('SIGKILL');
  running.artefact0!.kill('SIGKILL');
  const stalledAt = progress(outs[0]!)!.stepMs;
  await new Promise((r) => setTimeout(r, 1500));
  assert.ok(stalledAt < last, 'killed before the end');
  running.account1 = worker('account', `1/${N}`);
  running.artefact0 = worker('artefact', `0/${N}`);
  await until(() => /rebuilt from [1-9]\d* messages/.test(running.account1!.output()), `account 1 rebuilt (${running.account1!.output()})`);
  await until(() => /rebuilt from [1-9]\d* messages/.test(running.artefact0!.output()), `artefact 0 rebuilt (${running.artefact0!.output()})`);

  for (const out of outs) await until(() => progress(out)?.stepMs === last, `${out} reached the last step`, 300_000);
  await nc.close();

  const expected = verdictLines(join(reference, 'verdicts.jsonl'));
  for (const out of outs) {
    assert.equal(progress(out)!.observed, interactions.length, 'every interaction counted once');
    const got = verdictLines(join(out, 'verdicts.jsonl'));
    assert.equal(got.size, expected.size);
    for (const [id, v] of expected) assert.deepEqual(got.get(id), v, `verdict of ${id}`);
  }
  const campaignsA = JSON.parse(readFileSync(join(outs[0]!, 'campaigns.json'), 'utf8')).campaigns.map((c: { id: string }) => c.id).sort();
  const campaignsB = JSON.parse(readFileSync(join(outs[1]!, 'campaigns.json'), 'utf8')).campaigns.map((c: { id: string }) => c.id).sort();
  assert.deepEqual(campaignsA, campaignsB, 'both campaign replicas name the campaigns alike');
  assert.deepEqual(campaignsA, ref.campaigns.map((c) => c.id).sort(), 'and as analyze does');
});
