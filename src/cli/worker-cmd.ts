/** `distillguard worker`: runs the detection engine on one shard of the gateways' NATS event stream. */
import { DistillguardError } from '../errors.js';
import { runNatsWorker } from '../store/nats-events.js';
import type { StepClock } from '../gateway/engine-clock.js';
import { numberOpt, requiredOpt, stringOpt, type Command } from './command.js';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'consume gateway events from NATS JetStream, run the engine, push risk back to every gateway',
  options: {
    events: { type: 'string', value: 'URL', description: 'NATS server(s): nats://host:port[,nats://host2:port]' },
    shard: { type: 'string', value: 'I', default: '0', description: 'shard this worker consumes (0..shards-1; gateways use --event-shards)' },
    'tick-ms': { type: 'string', value: 'N', default: '1000', description: 'wall clock: ms between cross-account steps' },
    clock: { type: 'string', value: 'wall|event', default: 'wall', description: 'event: step on the interactions\' own time (replays through gateways with --trust-replay-headers)' },
    'step-minutes': { type: 'string', value: 'N', default: '60', description: 'event clock: simulated minutes between cross-account steps' },
    'engine-module': { type: 'string', value: 'URL', description: 'module exporting createEngine (default: the built-in engine)' },
  },
  details: `
Run one worker per shard; a durable consumer per shard means a restarted worker resumes where it
stopped. Example: distillguard worker --events nats://127.0.0.1:4222 --shard 0`,
  async run(ctx) {
    const servers = requiredOpt(ctx, 'events').split(',').map((s) => s.trim()).filter(Boolean);
    if (!servers.every((s) => /^(nats:\/\/)?[^/]+:\d+$/.test(s))) throw new DistillguardError('USAGE', '--events must be nats://host:port[,...]');
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
      servers, shard, clock, engineModule: stringOpt(ctx, 'engine-module') ?? null,
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
