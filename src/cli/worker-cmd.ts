/** `distillguard worker`: runs the detection engine on one shard of the gateways' NATS event stream. */
import { DistillguardError } from '../errors.js';
import { runNatsWorker } from '../store/nats-events.js';
import { numberOpt, requiredOpt, stringOpt, type Command } from './command.js';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'consume gateway events from NATS JetStream, run the engine, push risk back to every gateway',
  options: {
    events: { type: 'string', value: 'URL', description: 'NATS server(s): nats://host:port[,nats://host2:port]' },
    shard: { type: 'string', value: 'I', default: '0', description: 'shard this worker consumes (0..shards-1; gateways use --event-shards)' },
    'tick-ms': { type: 'string', value: 'N', default: '1000', description: 'how often the cross-account step runs' },
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
    let lastLog = 0;
    const w = await runNatsWorker({
      servers, shard, tickMs: numberOpt(ctx, 'tick-ms', 1000), engineModule: stringOpt(ctx, 'engine-module') ?? null,
      onError: (e) => {
        if (Date.now() - lastLog > 10_000) {
          lastLog = Date.now();
          process.stderr.write(`distillguard worker: ${(e as Error).message}\n`);
        }
      },
    });
    process.stderr.write(`distillguard worker: shard ${shard} on ${servers.join(',')} (engine: ${w.engineName})\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await w.close();
    process.stderr.write(`distillguard worker: stopped (${JSON.stringify(w.stats)})\n`);
    return 0;
  },
};
