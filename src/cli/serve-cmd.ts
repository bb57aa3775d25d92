/** `distillguard serve`: the OpenAI/Anthropic-compatible gateway with policy, audit and admin API. */
import { createHmac } from 'node:crypto';
import { createWriteStream, openSync, readFileSync } from 'node:fs';
import type { RequestLogOptions } from '../gateway/request-log.js';
import { DistillguardError } from '../errors.js';
import { defaultPolicy, defaultWatermarkPolicy, loadPolicyFile, type WatermarkSelect } from '../policy/config.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import { RedisLimiter, parseStateUrl } from '../store/redis-limiter.js';
import { RedisSharedState } from '../store/redis-shared.js';
import { WorkerEnginePort, type EnginePort } from '../live/engine-port.js';
import { NatsEnginePort } from '../live/nats-port.js';
import { SPOOL_FULL_POLICIES, type SpoolFullPolicy } from '../live/event-spool.js';
import { join } from 'node:path';
import { Gateway, REVIEWER_HEADER, assertNoWatermarkPolicy } from '../gateway/server.js';
import { isLoopback } from '../gateway/listen.js';
import { checkToken, newToken } from '../gateway/secrets.js';
import { lexicalWatermarker } from '../gateway/watermark-lexical.js';
import { loadKey } from '../watermark/key.js';
import { stepClockOf } from '../live/engine-clock.js';
import type { EngineChoice } from '../live/engines.js';
import { SPILL_OPTIONS, spillOpt } from './spill-opt.js';
import { mountDashboard } from '../report/mount.js';
import { numberOpt, requiredOpt, stringOpt, type Command } from './command.js';

const headerValue = (v: string | string[] | undefined): string | null => (Array.isArray(v) ? v[0] : v) ?? null;

/** `NAME TOKEN` per line; a blank line or `#` starts nothing. Tokens must carry 32 random bytes, like the admin token. */
function readReviewerTokens(path: string | undefined): { name: string; token: string }[] {
  if (!path) return [];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DistillguardError('CONFIG_INVALID', `reviewer tokens ${path}: ${(e as Error).message}`, { cause: e });
  }
  const out: { name: string; token: string }[] = [];
  text.split('\n').forEach((line, i) => {
    const l = line.trim();
    if (!l || l.startsWith('#')) return;
    const m = /^(\S+)\s+(\S+)$/.exec(l);
    if (!m) throw new DistillguardError('CONFIG_INVALID', `${path}:${i + 1}: expected "NAME TOKEN"`);
    checkToken(m[2]!, `${path}:${i + 1}`);
    out.push({ name: m[1]!, token: m[2]! });
  });
  return out;
}

/** For tests of `serve` itself: an engine other than the detector, chosen in code (the CLI has no such option). */
export interface ServeHooks {
  engine?: EngineChoice;
}

export const serveCommand = {
  name: 'serve',
  summary: 'run the gateway: an OpenAI- and Anthropic-compatible proxy that detects and stops distillation',
  options: {
    upstream: { type: 'string', value: 'URL', description: 'upstream API base URL (e.g. https://api.anthropic.com)' },
    port: { type: 'string', value: 'N', default: '8080', description: 'port to listen on' },
    host: { type: 'string', value: 'HOST', default: '127.0.0.1', description: 'address to bind (anything but loopback should use --tls-cert/--tls-key or a TLS-terminating proxy)' },
    'tls-cert': { type: 'string', value: 'FILE', description: 'serve HTTPS with this PEM certificate (chain) file; needs --tls-key' },
    'tls-key': { type: 'string', value: 'FILE', description: 'PEM private key of --tls-cert' },
    config: { type: 'string', value: 'FILE', description: 'policy file (YAML/JSON, see src/policy/POLICY.md); embedded defaults when absent' },
    data: { type: 'string', value: 'DIR', default: 'distillguard-data', description: 'directory of the DuckDB file (keys, events, verdicts, audit)' },
    state: { type: 'string', value: 'URL', default: 'memory', description: 'rate-limit state: memory, redis://host:port or redis-cluster://h1:p1,h2:p2,...' },
    'state-failure': { type: 'string', value: 'MODE', default: 'open', description: 'when Redis is unreachable: open (admit) or closed (refuse with 429)' },
    events: { type: 'string', value: 'URL', description: 'publish events to NATS JetStream (nats://host:port[,...]) for `distillguard worker`s instead of an in-process engine' },
    'event-shards': { type: 'string', value: 'N', default: '1', description: 'number of worker shards (with --events)' },
    'spool-max': { type: 'string', value: 'SIZE', default: '1GiB', description: 'cap of the event spool used while NATS is unreachable (e.g. 512MiB, 2GiB)' },
    'spool-full': { type: 'string', value: 'POLICY', default: 'drop-oldest', description: 'at the spool cap: drop-oldest or drop-newest (fail-open, counted and logged) or refuse (fail-closed: 503 until it drains)' },
    'admin-token': { type: 'string', value: 'TOKEN', description: 'admin API token, at least 32 random bytes (default: $DISTILLGUARD_ADMIN_TOKEN, else generated and printed once)' },
    ui: { type: 'string', value: 'ANALYSIS_DIR', description: 'serve the review dashboard for an `analyze` output under /ui/ (admin token: Bearer, or browser Basic auth with the token as password)' },
    'watermark-key': { type: 'string', value: 'KEYFILE', description: 'watermark responses with this key (distillguard watermark keygen); the policy\'s watermark section decides whose (default: all traffic, lexical only); overrides watermark.key_file' },
    'reviewer-tokens': { type: 'string', value: 'FILE', description: 'named reviewer tokens, one "NAME TOKEN" per line (# comments): the dashboard and the admin API record the name, not "admin"' },
    'reviewer-header': { type: 'string', value: 'HEADER', description: 'behind an authenticating proxy that sets it (e.g. X-Forwarded-User): the reviewer\'s name comes from this header' },
    'request-log': { type: 'string', value: 'DEST', description: 'one JSON line per API request (ids, key id, model, status, action, latency, tokens; never the key) to stderr or appended to FILE' },
    'request-log-prompts': { type: 'boolean', description: 'also put the last user message in each request-log line (off by default: prompts are user data)' },
    ...SPILL_OPTIONS,
    'trust-replay-headers': { type: 'boolean', description: 'TEST/DEMO ONLY: believe x-distillguard-replay-ts/-ip/-ja4 from clients and step the engine on event time (for `distillguard drive`)' },
  },
  details: `
Environment: DISTILLGUARD_UPSTREAM_KEY is sent upstream (Bearer for /v1/chat/completions,
x-api-key for /v1/messages); DISTILLGUARD_METRICS_TOKEN, when set, protects /metrics.
Keys: \`distillguard keys create --account ID --gateway URL --admin-token T\` while it runs (or POST /admin/keys);
without --gateway only when no gateway runs on --data (it holds the DuckDB file's lock).
Reviewers: give each analyst a token (--reviewer-tokens FILE) so the audit trail names who decided; tokens may
review and read but not manage keys. With --reviewer-header the name comes from an authenticating proxy's header
instead: only when that proxy sets the header itself on every request (replacing any client copy).
Example: distillguard mock-upstream --port 8081 & distillguard serve --upstream http://127.0.0.1:8081`,
  async run(ctx, hooks: ServeHooks = {}) {
    const upstream = requiredOpt(ctx, 'upstream');
    try {
      new URL(upstream);
    } catch {
      throw new DistillguardError('USAGE', `--upstream must be a URL, got "${upstream}"`);
    }
    const port = numberOpt(ctx, 'port', 8080);
    const spill = spillOpt(ctx);
    if (stringOpt(ctx, 'events') && spill.kind !== 'off') throw new DistillguardError('USAGE', '--spill-dir/--spill-after are for the in-process engine; with --events give them to `distillguard worker`');
    const configPath = stringOpt(ctx, 'config');
    const policy = configPath ? loadPolicyFile(configPath) : defaultPolicy();
    if (ctx.values['trust-replay-headers'] === true) {
      // A replay carries its own clock: limits and the engine's steps follow it.
      policy.server.trust_replay_headers = true;
      policy.engine.clock = 'event';
    }
    // Before anything opens: a policy that asks for watermarking must have its key.
    const watermarkPath = stringOpt(ctx, 'watermark-key') ?? policy.watermark?.key_file ?? undefined;
    const watermarkKey = watermarkPath ? loadKey(watermarkPath) : null;
    if (!watermarkKey) assertNoWatermarkPolicy(policy);
    let adminToken = stringOpt(ctx, 'admin-token') ?? process.env.DISTILLGUARD_ADMIN_TOKEN;
    if (adminToken) checkToken(adminToken, stringOpt(ctx, 'admin-token') !== undefined ? '--admin-token' : 'DISTILLGUARD_ADMIN_TOKEN');
    const host = stringOpt(ctx, 'host') ?? '127.0.0.1';
    const tls = readTls(stringOpt(ctx, 'tls-cert'), stringOpt(ctx, 'tls-key'));
    // Everything this process writes (store, spool) is for this user only.
    process.umask(0o077);
    if (!adminToken) {
      adminToken = newToken();
      process.stderr.write(`admin token (shown once): ${adminToken}\n`);
    }
    const stateUrl = stringOpt(ctx, 'state') ?? 'memory';
    const failure = stringOpt(ctx, 'state-failure') ?? 'open';
    if (failure !== 'open' && failure !== 'closed') throw new DistillguardError('USAGE', '--state-failure must be open or closed');
    let limiter: RedisLimiter | undefined;
    let shared: RedisSharedState | undefined;
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
      // Reviews and allowlists made on any node hold on every node; risk is mirrored for restarts.
      let lastSharedLog = 0;
      shared = new RedisSharedState({
        state,
        onError: (e) => {
          if (Date.now() - lastSharedLog > 10_000) {
            lastSharedLog = Date.now();
            process.stderr.write(`distillguard: redis shared state: ${(e as Error).message} (reviews kept locally and re-shared when it returns)\n`);
          }
        },
      });
    }
    const dataDir = stringOpt(ctx, 'data') ?? 'distillguard-data';
    const eventsUrl = stringOpt(ctx, 'events');
    // Without --events the engine runs in this process; its tables load while the store opens.
    const engineChoice: EngineChoice | undefined = hooks.engine ?? (spill.kind !== 'off' ? { kind: 'detector', spill } : undefined);
    const inProcess = eventsUrl ? null : new WorkerEnginePort({ clock: stepClockOf(policy), ...(engineChoice ? { engine: engineChoice } : {}) });
    const store = await DuckDbStore.open({ kind: 'dir', dir: dataDir }).catch(async (e: unknown) => {
      await inProcess?.close();
      throw e;
    });
    let engine: EnginePort | null = null;
    let engineLabel: string;
    let dashboard: Awaited<ReturnType<typeof mountDashboard>> | null = null;
    let gateway: Gateway;
    let gatewayRef: Gateway | null = null;
    let requestLog: ReturnType<typeof openRequestLog> = null;
    try {
      if (inProcess) {
        // The engine runs before the gateway answers anything: one that cannot start ends `serve` (ENGINE_START).
        engine = inProcess;
        engineLabel = await inProcess.ready;
      } else {
        const servers = (eventsUrl ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        const shards = numberOpt(ctx, 'event-shards', 1);
        if (!Number.isInteger(shards) || shards < 1) throw new DistillguardError('USAGE', '--event-shards must be an integer >= 1');
        const spoolMax = parseSize(stringOpt(ctx, 'spool-max') ?? '1GiB', '--spool-max');
        const spoolFull = stringOpt(ctx, 'spool-full') ?? 'drop-oldest';
        if (!(SPOOL_FULL_POLICIES as readonly string[]).includes(spoolFull)) throw new DistillguardError('USAGE', `--spool-full must be one of ${SPOOL_FULL_POLICIES.join(', ')}`);
        let lastLog = 0;
        engine = new NatsEnginePort({
          servers, shards, spoolDir: join(dataDir, 'spool'), spool: { maxBytes: spoolMax, full: spoolFull as SpoolFullPolicy },
          log: (l) => process.stderr.write(`distillguard: ${l}\n`),
          onError: (e) => {
            if (Date.now() - lastLog > 10_000) {
              lastLog = Date.now();
              process.stderr.write(`distillguard: nats: ${(e as Error).message} (events spool to disk)\n`);
            }
          },
        });
        engineLabel = `nats workers (${shards} shard${shards > 1 ? 's' : ''})`;
      }
      // The dashboard writes reviews to the gateway's store; the gateway then applies and shares them.
      const reviewers = readReviewerTokens(stringOpt(ctx, 'reviewer-tokens'));
      const reviewerHeader = stringOpt(ctx, 'reviewer-header');
      const uiDir = stringOpt(ctx, 'ui');
      dashboard = uiDir
        ? await mountDashboard({
            analysisDir: uiDir, reviewStore: { kind: 'store', store }, basePath: '/ui', reviewer: 'admin', reviewerOf: (req) => headerValue(req.headers[REVIEWER_HEADER]),
            onReviewChange: (id) => void gatewayRef?.reviewChanged(id),
            // Every node of a deployment derives the same CSRF token from the shared admin token.
            csrfToken: createHmac('sha256', adminToken).update('distillguard dashboard csrf').digest('base64url'),
          })
        : null;
      requestLog = openRequestLog(stringOpt(ctx, 'request-log'), ctx.values['request-log-prompts'] === true);
      const metricsToken = process.env.DISTILLGUARD_METRICS_TOKEN;
      const upstreamApiKey = process.env.DISTILLGUARD_UPSTREAM_KEY;
      gateway = await Gateway.create({
        upstream, policy, store, engine, adminToken, reviewers, ...(reviewerHeader ? { reviewerHeader } : {}), ...(tls ? { tls } : {}),
        ...(limiter ? { limiter } : {}), ...(shared ? { shared } : {}), ...(dashboard ? { ui: dashboard.handler } : {}),
        ...(metricsToken ? { metricsToken } : {}), ...(upstreamApiKey ? { upstreamApiKey } : {}),
        ...(watermarkKey ? { watermark: { key: watermarkKey, lexical: lexicalWatermarker(watermarkKey) } } : {}),
        ...(requestLog ? { requestLog: requestLog.options } : {}),
        log: (l) => process.stderr.write(`distillguard: ${l}\n`),
      });
    } catch (e) {
      // Nothing opened so far may keep the process alive (the engine's thread, Redis connections) or the store locked.
      await requestLog?.close().catch(() => undefined);
      await dashboard?.close().catch(() => undefined);
      await engine?.close().catch(() => undefined);
      await limiter?.close().catch(() => undefined);
      await shared?.close().catch(() => undefined);
      await store.close().catch(() => undefined);
      throw e;
    }
    gatewayRef = gateway;
    const openEngine = engine;
    const shutdown = async () => {
      await gateway.close();
      await requestLog?.close();
      await dashboard?.close();
      await shared?.close();
      await openEngine.close();
      await store.close();
    };
    let url: string;
    try {
      url = await gateway.listen(port, host);
    } catch (e) {
      // Nothing else may keep the process alive: release the engine, the store and the connections, then fail.
      await shutdown().catch(() => undefined);
      throw e;
    }
    // The "gateway on" line comes last: scripts and tests wait for it before reading what was printed.
    if (!tls && !isLoopback(host)) {
      process.stderr.write(`distillguard: WARNING: listening on ${url} over plain HTTP, reachable from other machines: API keys, the admin token and prompts cross the network unencrypted. Use --tls-cert/--tls-key, or bind 127.0.0.1 behind a TLS-terminating proxy.\n`);
    }
    if (watermarkKey) {
      const w = policy.watermark ?? defaultWatermarkPolicy();
      process.stderr.write(`distillguard: watermark key ${watermarkKey.id} (lexical: ${describeSelect(w.lexical)}, reasoning: ${w.reasoning}; marker: ${describeSelect(w.marker)})\n`);
    }
    if (policy.server.trust_replay_headers) process.stderr.write('distillguard: WARNING trusting replay headers (test/demo mode): clients set their own clock, IP and JA4\n');
    process.stderr.write(`distillguard gateway on ${url} → ${upstream} (${gateway.keyCount} keys, engine: ${engineLabel}, state: ${stateUrl}${policy.dry_run ? ', DRY RUN' : ''})\n`);
    // A signal stops the gateway; so does the in-process engine's end: serving on unscored would hide it (a supervisor
    // restarts the process with a running engine).
    const engineStopped = new Promise<DistillguardError>((resolve) => inProcess?.onFailure(resolve));
    const stop = await Promise.race([
      new Promise<null>((resolve) => {
        process.once('SIGINT', () => resolve(null));
        process.once('SIGTERM', () => resolve(null));
      }),
      engineStopped,
    ]);
    process.stderr.write(stop ? `distillguard: ${stop.message}; shutting down\n` : 'distillguard: shutting down\n');
    await shutdown();
    if (stop) throw stop;
    return 0;
  },
} satisfies Command;

/** `stderr` or a file appended to (created 0600 under the umask above); null when not asked for. */
function openRequestLog(dest: string | undefined, prompts: boolean): { options: RequestLogOptions; close: () => Promise<void> } | null {
  if (dest === undefined) {
    if (prompts) throw new DistillguardError('USAGE', '--request-log-prompts needs --request-log stderr|FILE');
    return null;
  }
  if (dest === 'stderr' || dest === '-') return { options: { write: (l) => process.stderr.write(l + '\n'), prompts }, close: async () => undefined };
  let fd: number;
  try {
    fd = openSync(dest, 'a');
  } catch (e) {
    throw new DistillguardError('IO', `cannot open the request log ${dest}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const stream = createWriteStream(dest, { fd });
  return {
    options: { write: (l) => void stream.write(l + '\n'), prompts },
    close: () => new Promise<void>((r) => stream.end(() => r())),
  };
}

/** Certificate and key for HTTPS, both or neither. */
function readTls(certPath: string | undefined, keyPath: string | undefined): { cert: Buffer; key: Buffer } | null {
  if (certPath === undefined && keyPath === undefined) return null;
  if (certPath === undefined || keyPath === undefined) throw new DistillguardError('USAGE', '--tls-cert and --tls-key go together');
  const read = (p: string, what: string): Buffer => {
    try {
      return readFileSync(p);
    } catch (e) {
      throw new DistillguardError('IO', `cannot read the TLS ${what} ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  };
  return { cert: read(certPath, 'certificate'), key: read(keyPath, 'key') };
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, kb: 1000, mb: 1000 ** 2, gb: 1000 ** 3 };

/** `512MiB`, `2GiB`, `1000000`: a byte count for an option. */
export function parseSize(text: string, option: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = SIZE_UNITS[(m?.[2] ?? '').toLowerCase()];
  if (!m || unit === undefined) throw new DistillguardError('USAGE', `${option} must be a size such as 512MiB or 2GiB, got "${text}"`);
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes < 64 * 1024) throw new DistillguardError('USAGE', `${option} must be at least 64KiB`);
  return bytes;
}

function describeSelect(s: WatermarkSelect): string {
  switch (s.apply) {
    case 'none':
    case 'all':
      return s.apply;
    case 'tiers':
      return `tiers ${s.tiers.join(', ')}`;
    case 'risk':
      return `risk >= ${s.min_risk}`;
    case 'action':
      return `action >= ${s.min_action}`;
  }
}
