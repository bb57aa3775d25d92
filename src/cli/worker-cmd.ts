/**
 * `distillguard worker`: runs the detection engine on one shard of the gateways' NATS event stream, or (with
 * `--role`) one role of the sharded engine (cluster/nats-cluster.ts, docs/scale.md).
 */
import { DistillguardError } from '../errors.js';
import { IpIntel } from '../enrich/ip.js';
import { IntelMatcher } from '../campaigns/intel.js';
import { IntelStore } from '../intel/indicators.js';
import { runClusterWorker } from '../cluster/nats-cluster.js';
import { runEventRouter } from '../cluster/event-router.js';
import { runNatsWorker } from '../live/nats-worker.js';
import type { StepClock } from '../live/engine-clock.js';
import { numberOpt, requiredOpt, stringOpt, type Command } from './command.js';
import { SPILL_OPTIONS, spillOpt } from './spill-opt.js';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'consume gateway events from NATS JetStream, run the engine, push risk back to every gateway',
  options: {
    events: { type: 'string', value: 'URL', description: 'NATS server(s): nats://host:port[,nats://host2:port]' },
    shard: { type: 'string', value: 'I|I/N', default: '0', description: 'shard this worker consumes (0..shards-1; gateways use --event-shards); with --role: i/N' },
    role: { type: 'string', value: 'router|account|artefact|campaign', description: 'run one role of the sharded engine (docs/scale.md) instead of a whole engine' },
    'lateness-minutes': { type: 'string', value: 'N', default: '60', description: 'with --role router: how late an event may arrive and still be applied in order' },
    'artefact-shards': { type: 'string', value: 'M', description: 'with --role: number of artefact shards (default: N of --shard i/N)' },
    'account-shards': { type: 'string', value: 'N', description: 'with --role router, campaign or artefact: number of account shards (default: N of --shard i/N)' },
    intel: { type: 'string', value: 'DIR', description: 'with --role account: imported indicators (distillguard indicators import), matched as analyze --intel matches them' },
    ...SPILL_OPTIONS,
    out: { type: 'string', value: 'DIR', description: 'with --role campaign: keep verdicts.jsonl, campaigns.json, progress.json here' },
    replica: { type: 'string', value: 'NAME', default: 'a', description: 'with --role: a redundant copy of the same role and shard (own durable consumer; outputs deduplicated)' },
    'tick-ms': { type: 'string', value: 'N', default: '1000', description: 'wall clock: ms between cross-account steps' },
    clock: { type: 'string', value: 'wall|event', default: 'wall', description: 'event: step on the interactions\' own time (replays through gateways with --trust-replay-headers)' },
    'step-minutes': { type: 'string', value: 'N', default: '60', description: 'event clock: simulated minutes between cross-account steps' },
  },
  details: `
Run one worker per shard; a durable consumer per shard means a restarted worker resumes where it
stopped. Example: distillguard worker --events nats://127.0.0.1:4222 --shard 0

Sharded engine (cross-account detection over many machines): N account shards, M artefact shards and one
campaign coordinator, e.g. with N = M = 2:
  distillguard worker --events nats://127.0.0.1:4222 --role account --shard 0/2
  distillguard worker --events nats://127.0.0.1:4222 --role account --shard 1/2
  distillguard worker --events nats://127.0.0.1:4222 --role artefact --shard 0/2
  distillguard worker --events nats://127.0.0.1:4222 --role artefact --shard 1/2
  distillguard worker --events nats://127.0.0.1:4222 --role campaign --shard 0/1 --account-shards 2 \\
    --artefact-shards 2 --out verdicts-dir
A second worker of the same role and shard with --replica b computes the same messages (same ids, deduplicated):
a hot standby. Gateways (serve --events) feed the cluster through one router, which steps on event time:
  distillguard worker --events nats://127.0.0.1:4222 --role router --account-shards 2`,
  async run(ctx) {
    const servers = requiredOpt(ctx, 'events').split(',').map((s) => s.trim()).filter(Boolean);
    if (!servers.every((s) => /^(nats:\/\/)?[^/]+:\d+$/.test(s))) throw new DistillguardError('USAGE', '--events must be nats://host:port[,...]');
    const roleName = stringOpt(ctx, 'role');
    if (roleName !== undefined) return runRole(ctx, servers, roleName);
    const shard = numberOpt(ctx, 'shard', 0);
    if (!Number.isInteger(shard) || shard < 0) throw new DistillguardError('USAGE', '--shard must be an integer >= 0');
    const clockName = stringOpt(ctx, 'clock') ?? 'wall';
    if (clockName !== 'wall' && clockName !== 'event') throw new DistillguardError('USAGE', '--clock must be wall or event');
    const tickMs = numberOpt(ctx, 'tick-ms', 1000);
    const stepMinutes = numberOpt(ctx, 'step-minutes', 60);
    if (!(tickMs >= 10) || !(stepMinutes > 0)) throw new DistillguardError('USAGE', '--tick-ms must be >= 10 and --step-minutes > 0');
    const clock: StepClock = clockName === 'event' ? { kind: 'event', stepMs: Math.round(stepMinutes * 60_000) } : { kind: 'wall', stepMs: tickMs };
    let lastLog = 0;
    const w = await runNatsWorker({
      servers, shard, clock,
      onError: (e) => {
        if (Date.now() - lastLog > 10_000) {
          lastLog = Date.now();
          process.stderr.write(`distillguard worker: ${(e as Error).message}\n`);
        }
      },
    });
    process.stderr.write(`distillguard worker: shard ${shard} on ${servers.join(',')} (engine: ${w.engineName}, ${clock.kind} clock, step ${clock.kind === 'event' ? `${stepMinutes} simulated min` : `${tickMs} ms`})\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await w.close();
    process.stderr.write(`distillguard worker: stopped (${JSON.stringify(w.stats)})\n`);
    return 0;
  },
};

async function runRole(ctx: Parameters<Command['run']>[0], servers: string[], roleName: string): Promise<number> {
  if (roleName === 'router') return runRouter(ctx, servers);
  if (roleName !== 'account' && roleName !== 'artefact' && roleName !== 'campaign') throw new DistillguardError('USAGE', '--role must be router, account, artefact or campaign');
  const m = /^(\d+)\/(\d+)$/.exec(stringOpt(ctx, 'shard') ?? '');
  if (!m) throw new DistillguardError('USAGE', '--shard must be i/N with --role (e.g. 0/2)');
  const shard = Number(m[1]);
  const of = Number(m[2]);
  if (!(of >= 1) || shard >= of) throw new DistillguardError('USAGE', '--shard i/N needs 0 <= i < N');
  const count = (name: string, fallback: number): number => {
    const v = numberOpt(ctx, name, fallback);
    if (!Number.isInteger(v) || v < 1) throw new DistillguardError('USAGE', `--${name} must be an integer >= 1`);
    return v;
  };
  // A campaign worker is shard 0/1 of its role: it must be told the other roles' sizes.
  const topology = {
    accountShards: count('account-shards', roleName === 'campaign' ? Number.NaN : of),
    artefactShards: count('artefact-shards', roleName === 'campaign' ? Number.NaN : of),
  };
  const replica = stringOpt(ctx, 'replica') ?? 'a';
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(replica)) throw new DistillguardError('USAGE', '--replica must be 1-32 letters, digits, - or _');
  if (roleName === 'account' && topology.accountShards !== of) throw new DistillguardError('USAGE', '--account-shards must equal N of --shard for an account worker');
  if (roleName === 'artefact' && topology.artefactShards !== of) throw new DistillguardError('USAGE', '--artefact-shards must equal N of --shard for an artefact worker');
  const intelDir = stringOpt(ctx, 'intel');
  if (intelDir !== undefined && roleName !== 'account') throw new DistillguardError('USAGE', '--intel is for --role account (indicators are matched where the requests are)');
  const indicators = intelDir !== undefined ? new IntelMatcher(new IntelStore(intelDir).list()) : undefined;
  if (indicators && indicators.size === 0) process.stderr.write(`distillguard worker: no valid indicator in ${intelDir}\n`);
  const spill = spillOpt(ctx);
  if (spill.kind !== 'off' && roleName === 'artefact') throw new DistillguardError('USAGE', '--spill-dir/--spill-after are for --role account or campaign (they hold account states)');
  const engineOptions = { ...(indicators && indicators.size > 0 ? { indicators } : {}), ...(spill.kind !== 'off' ? { spill } : {}) };
  let lastLog = 0;
  const out = stringOpt(ctx, 'out');
  const w = await runClusterWorker({
    servers, role: roleName, shard, topology, replica,
    ...(roleName === 'campaign' ? { intel: IpIntel.shared() } : {}),
    engineOptions,
    ...(out ? { out } : {}),
    onError: (e) => {
      if (Date.now() - lastLog > 10_000) {
        lastLog = Date.now();
        process.stderr.write(`distillguard worker: ${(e as Error).message}\n`);
      }
    },
    onFatal: (e) => {
      process.stderr.write(`distillguard worker: ${roleName} ${shard}/${of}: cannot publish (${e.message}); exiting, a restart resumes\n`);
      process.exit(1);
    },
  });
  process.stderr.write(`distillguard worker: ${roleName} ${shard}/${of} (replica ${replica}) on ${servers.join(',')} (${topology.accountShards} account shards, ${topology.artefactShards} artefact shards; rebuilt from ${w.stats.rebuilt} messages)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await w.close();
  process.stderr.write(`distillguard worker: stopped (${JSON.stringify(w.stats)})\n`);
  return 0;
}

async function runRouter(ctx: Parameters<Command['run']>[0], servers: string[]): Promise<number> {
  const accountShards = numberOpt(ctx, 'account-shards', Number.NaN);
  if (!Number.isInteger(accountShards) || accountShards < 1) throw new DistillguardError('USAGE', '--role router needs --account-shards N (N >= 1)');
  const stepMinutes = numberOpt(ctx, 'step-minutes', 60);
  const latenessMinutes = numberOpt(ctx, 'lateness-minutes', 60);
  if (!(stepMinutes > 0) || !(latenessMinutes >= 0)) throw new DistillguardError('USAGE', '--step-minutes must be > 0 and --lateness-minutes >= 0');
  const replica = stringOpt(ctx, 'replica') ?? 'a';
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(replica)) throw new DistillguardError('USAGE', '--replica must be 1-32 letters, digits, - or _');
  let lastLog = 0;
  const r = await runEventRouter({
    servers, accountShards, intel: IpIntel.shared(), stepMs: Math.round(stepMinutes * 60_000), latenessMs: Math.round(latenessMinutes * 60_000), replica,
    onError: (e) => {
      if (Date.now() - lastLog > 10_000) {
        lastLog = Date.now();
        process.stderr.write(`distillguard worker: ${(e as Error).message}\n`);
      }
    },
    onFatal: (e) => {
      process.stderr.write(`distillguard worker: router: cannot publish (${e.message}); exiting, a restart resumes\n`);
      process.exit(1);
    },
  });
  process.stderr.write(`distillguard worker: router (replica ${replica}) on ${servers.join(',')} (${accountShards} account shards, step ${stepMinutes} min of event time; rebuilt from ${r.stats.rebuilt} messages)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await r.close();
  process.stderr.write(`distillguard worker: stopped (${JSON.stringify(r.stats)})\n`);
  return 0;
}
