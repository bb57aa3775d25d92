/**
 * The sharded engine across processes over NATS JetStream: two account workers, two artefact workers and two
 * campaign workers (replicas) of `distillguard worker --role …`, fed a simulated world step by step as gateways
 * would, with an account worker and an artefact worker killed (SIGKILL) and restarted mid-run. The campaign
 * workers' verdicts must equal a plain `analyze` of the same world: nothing lost (JetStream redelivery and the
 * restarted workers' rebuild), nothing counted twice (ids deduplicated) — every account's risk, campaign and first
 * flag time, and the number of interactions the coordinator counted — and publish them to DG_RISK for the gateways.
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
import { riskSubject, shardOf } from '../src/live/nats-streams.js';
import { isRiskUpdate } from '../src/live/engine-port.js';
import type { Verdict } from '../src/dataset/types.js';

const HAVE = spawnSync('nats-server', ['--version']).status === 0;
if (!HAVE && process.env.CI === 'true') throw new Error('nats-server is required in CI (apt-get install -y nats-server)');
const skip = HAVE ? false : 'nats-server not installed (apt-get install -y nats-server); sharded NATS test skipped';

const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));
const NATS_PORT = 35200 + (process.pid % 500);
const NATS_URL = `nats://127.0.0.1:${NATS_PORT}`;
const ROUTER_PORT = 35800 + (process.pid % 500);
const ROUTER_URL = `nats://127.0.0.1:${ROUTER_PORT}`;
const HOUR = 3_600_000;
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

  // The gateways learn the verdicts from DG_RISK, as from a whole-engine worker.
  const jsm = await jetstreamManager(nc);
  const flaggedIds = [...verdictLines(join(reference, 'verdicts.jsonl')).values()].filter((v) => v.flagged);
  for (const v of flaggedIds.slice(0, 10)) {
    const m = await jsm.streams.getMessage('DG_RISK', { last_by_subj: riskSubject(v.account_id) });
    const u = m!.json<unknown>();
    assert.ok(isRiskUpdate(u), JSON.stringify(u));
    assert.deepEqual([u.account, u.flagged, u.campaignId], [v.account_id, true, v.campaign_id]);
  }
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

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return a.size + b.size - inter === 0 ? 1 : inter / (a.size + b.size - inter);
}

test('gateway events reach the sharded workers through a router (killed and restarted mid-run)', { skip, timeout: 600_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'dg-router-'));
  try {
    const world = join(root, 'world');
    await generateWorld({ scenario: 'quick', scale: 0.3, seed: 6, output: { kind: 'files', dir: world } });
    const reference = join(root, 'reference');
    const ref = await analyze({ datasetDir: world, outDir: reference, database: false, parallel: false });
    assert.ok(ref.flagged > 10, `the world has campaigns to find (${ref.flagged} flagged)`);
    const finalStep = Math.floor(Date.parse(ref.lastTs!) / HOUR) * HOUR + HOUR;

    start(['-js', '-a', '127.0.0.1', '-p', String(ROUTER_PORT), '-sd', join(root, 'nats')], 'nats-server');
    await until(() => portOpen(ROUTER_PORT), 'nats-server');
    const N = 2;
    const worker = (role: string, extra: string[]) => start([BIN, 'worker', '--events', ROUTER_URL, '--role', role, ...extra]);
    const out = join(root, 'campaign');
    const running: Record<string, ChildProcess & { output: () => string }> = {
      router: worker('router', ['--account-shards', String(N)]),
      account0: worker('account', ['--shard', `0/${N}`]),
      account1: worker('account', ['--shard', `1/${N}`]),
      artefact0: worker('artefact', ['--shard', `0/${N}`]),
      artefact1: worker('artefact', ['--shard', `1/${N}`]),
      campaign: worker('campaign', ['--shard', '0/1', '--account-shards', String(N), '--artefact-shards', String(N), '--out', out]),
    };
    for (const [name, p] of Object.entries(running)) await until(() => /distillguard worker: .* on /.test(p.output()), `${name} ready (${p.output()})`);

    // As gateways with --event-shards 2 publish: sign-ups, then interactions as they happen, on dg.events.<shard>.
    const nc = await connect({ servers: ROUTER_URL });
    const js = jetstream(nc);
    const files = openDataset(world);
    const { records: accounts } = await readAll(files.accounts, 'accounts');
    const { records: interactions } = await readAll(files.interactions, 'interactions');
    interactions.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
    const publish = (e: { t: 'a'; v: (typeof accounts)[number] } | { t: 'i'; v: (typeof interactions)[number] }, id: string) =>
      js.publish(`dg.events.${shardOf(e.v.account_id, N)}`, JSON.stringify(e), { msgID: id });
    for (const a of accounts) await publish({ t: 'a', v: a }, `a:${a.account_id}:${a.created_at}`);
    const half = Math.floor(interactions.length / 2);
    for (const i of interactions.slice(0, half)) await publish({ t: 'i', v: i }, `i:${i.id}`);
    // The router dies mid-stream and comes back.
    await until(() => (progress(out)?.stepMs ?? 0) > 0, 'the first steps done');
    running.router!.kill('SIGKILL');
    for (const i of interactions.slice(half)) await publish({ t: 'i', v: i }, `i:${i.id}`);
    // Two late markers move the event clock: the first closes the final step, the second releases the first.
    const marker = (k: number, ts: number) => ({ ...interactions[0]!, id: `marker-${k}`, account_id: 'marker', ts: new Date(ts).toISOString() });
    await publish({ t: 'i', v: marker(1, finalStep) }, 'i:marker-1');
    await publish({ t: 'i', v: marker(2, finalStep + HOUR) }, 'i:marker-2');
    running.router = worker('router', ['--account-shards', String(N)]);
    await until(() => /rebuilt from [1-9]\d* messages/.test(running.router!.output()), `router rebuilt (${running.router!.output()})`);
    await until(() => progress(out)?.stepMs === finalStep, 'the final step done', 300_000);
    await nc.close();

    assert.equal(progress(out)!.observed, interactions.length, 'every interaction counted once');
    const expected = verdictLines(join(reference, 'verdicts.jsonl'));
    const got = verdictLines(join(out, 'verdicts.jsonl'));
    const flagged = (m: Map<string, Verdict>) => new Set([...m.values()].filter((v) => v.flagged).map((v) => v.account_id));
    assert.ok(jaccard(flagged(expected), flagged(got)) >= 0.99, `flagged-set Jaccard ${jaccard(flagged(expected), flagged(got))}`);
    for (const [id, v] of expected) {
      if (!v.flagged) continue;
      const w = got.get(id)!;
      assert.equal(w.campaign_id, v.campaign_id, `${id}: same campaign id`);
      assert.ok(Math.abs(Date.parse(w.first_flagged_at!) - Date.parse(v.first_flagged_at!)) <= HOUR, `${id}: first flag within a step`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
