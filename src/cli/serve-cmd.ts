/** `distillguard serve`: the OpenAI/Anthropic-compatible gateway with policy, audit and admin API. */
import { randomBytes } from 'node:crypto';
import { DistillguardError } from '../errors.js';
import { defaultPolicy, loadPolicyFile } from '../policy/config.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import { RedisLimiter, parseStateUrl } from '../store/redis-limiter.js';
import { WorkerEnginePort, type EnginePort } from '../gateway/engine-port.js';
import { NatsEnginePort } from '../store/nats-events.js';
import { join } from 'node:path';
import { Gateway } from '../gateway/server.js';
import { numberOpt, requiredOpt, stringOpt, type Command } from './command.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the gateway: an OpenAI- and Anthropic-compatible proxy that detects and stops distillation',
  options: {
    upstream: { type: 'string', value: 'URL', description: 'upstream API base URL (e.g. https://api.anthropic.com)' },
    port: { type: 'string', value: 'N', default: '8080', description: 'port to listen on' },
    host: { type: 'string', value: 'HOST', default: '127.0.0.1', description: 'address to bind' },
    config: { type: 'string', value: 'FILE', description: 'policy file (YAML/JSON, see src/policy/POLICY.md); embedded defaults when absent' },
    data: { type: 'string', value: 'DIR', default: 'distillguard-data', description: 'directory of the DuckDB file (keys, events, verdicts, audit)' },
    state: { type: 'string', value: 'URL', default: 'memory', description: 'rate-limit state: memory, redis://host:port or redis-cluster://h1:p1,h2:p2,...' },
    'state-failure': { type: 'string', value: 'MODE', default: 'open', description: 'when Redis is unreachable: open (admit) or closed (refuse with 429)' },
    events: { type: 'string', value: 'URL', description: 'publish events to NATS JetStream (nats://host:port[,...]) for `distillguard worker`s instead of an in-process engine' },
    'event-shards': { type: 'string', value: 'N', default: '1', description: 'number of worker shards (with --events)' },
    'admin-token': { type: 'string', value: 'TOKEN', description: 'admin API token (default: $DISTILLGUARD_ADMIN_TOKEN, else generated and printed once)' },
  },
  details: `
Environment: DISTILLGUARD_UPSTREAM_KEY is sent upstream (Bearer for /v1/chat/completions,
x-api-key for /v1/messages); DISTILLGUARD_METRICS_TOKEN, when set, protects /metrics.
Keys: \`distillguard keys create --account ID\` (gateway stopped) or POST /admin/keys (running).
Example: distillguard mock-upstream --port 8081 & distillguard serve --upstream http://127.0.0.1:8081`,
  async run(ctx) {
    const upstream = requiredOpt(ctx, 'upstream');
    try {
      new URL(upstream);
    } catch {
      throw new DistillguardError('USAGE', `--upstream must be a URL, got "${upstream}"`);
    }
    const port = numberOpt(ctx, 'port', 8080);
    const configPath = stringOpt(ctx, 'config');
    const policy = configPath ? loadPolicyFile(configPath) : defaultPolicy();
    let adminToken = stringOpt(ctx, 'admin-token') ?? process.env.DISTILLGUARD_ADMIN_TOKEN;
    if (!adminToken) {
      adminToken = randomBytes(24).toString('base64url');
      process.stderr.write(`admin token (shown once): ${adminToken}\n`);
    }
    const stateUrl = stringOpt(ctx, 'state') ?? 'memory';
    const failure = stringOpt(ctx, 'state-failure') ?? 'open';
    if (failure !== 'open' && failure !== 'closed') throw new DistillguardError('USAGE', '--state-failure must be open or closed');
    let limiter: RedisLimiter | undefined;
    if (stateUrl !== 'memory') {
      let state;
      try {
        state = parseStateUrl(stateUrl);
      } catch (e) {
        throw new DistillguardError('USAGE', (e as Error).message);
      }
      let lastLog = 0;
      limiter = new RedisLimiter({
        state, failure, policy: () => policy,
        onError: (e) => {
          // Rate-limit the complaint, not the traffic: one line per 10 s while Redis is down.
          if (Date.now() - lastLog > 10_000) {
            lastLog = Date.now();
            process.stderr.write(`distillguard: redis state: ${(e as Error).message} (failing ${failure})\n`);
          }
        },
      });
    }
    const dataDir = stringOpt(ctx, 'data') ?? 'distillguard-data';
    const store = await DuckDbStore.open({ kind: 'dir', dir: dataDir });
    const eventsUrl = stringOpt(ctx, 'events');
    let engine: EnginePort;
    let engineName: Promise<string>;
    if (eventsUrl) {
      const servers = eventsUrl.split(',').map((s) => s.trim()).filter(Boolean);
      const shards = numberOpt(ctx, 'event-shards', 1);
      if (!Number.isInteger(shards) || shards < 1) throw new DistillguardError('USAGE', '--event-shards must be an integer >= 1');
      let lastLog = 0;
      const port = new NatsEnginePort({
        servers, shards, spoolDir: join(dataDir, 'spool'),
        onError: (e) => {
          if (Date.now() - lastLog > 10_000) {
            lastLog = Date.now();
            process.stderr.write(`distillguard: nats: ${(e as Error).message} (events spool to disk)\n`);
          }
        },
      });
      engine = port;
      engineName = Promise.resolve(`nats workers (${shards} shard${shards > 1 ? 's' : ''})`);
    } else {
      const w = new WorkerEnginePort();
      engine = w;
      engineName = w.ready.then((n) => (w.lastError ? `${n}: ${w.lastError}` : n));
    }
    const metricsToken = process.env.DISTILLGUARD_METRICS_TOKEN;
    const upstreamApiKey = process.env.DISTILLGUARD_UPSTREAM_KEY;
    const gateway = await Gateway.create({
      upstream, policy, store, engine, adminToken,
      ...(limiter ? { limiter } : {}),
      ...(metricsToken ? { metricsToken } : {}), ...(upstreamApiKey ? { upstreamApiKey } : {}),
      log: (l) => process.stderr.write(`distillguard: ${l}\n`),
    });
    const url = await gateway.listen(port, stringOpt(ctx, 'host') ?? '127.0.0.1');
    const engineLabel = await engineName;
    process.stderr.write(`distillguard gateway on ${url} → ${upstream} (${gateway.keyCount} keys, engine: ${engineLabel}, state: ${stateUrl}${policy.dry_run ? ', DRY RUN' : ''})\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    process.stderr.write('distillguard: shutting down\n');
    await gateway.close();
    await engine.close();
    await store.close();
    return 0;
  },
};
