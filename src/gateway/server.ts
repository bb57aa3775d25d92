/**
 * The gateway: an OpenAI- and Anthropic-compatible reverse proxy on `node:http` with an undici
 * keep-alive pool to the upstream.
 *
 * Hot path, in order: route → key from `x-api-key` / `Authorization: Bearer` → SHA-256 → in-memory
 * key map (401) → read body with size and time limits (413/408) → parse JSON once (400) → policy
 * decision from the in-memory risk and review maps (403) → GCRA limits in memory (429) → proxy the
 * original bytes (unknown fields pass through untouched) → stream or send the response through the
 * active transforms (reasoning withheld, output watermarked, as the policy decides). The interaction record is built
 * from the upstream's response and handed to the engine port and the event sink; the client gets the end of its
 * response only once the engine port holds the record durably (at-least-once; immediate for the in-process engine).
 * Rejected requests never reach the upstream.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { randomUUID, timingSafeEqual, createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import type { Tier } from '../dataset/types.js';
import { defaultWatermarkPolicy, type PolicyConfig } from '../policy/config.js';
import { DistillguardError } from '../errors.js';
import { decide, implies, type Decision, type ReviewState } from '../policy/decide.js';
import { MemoryLimiter, type Limiter, type LimitSubject, type LimitVerdict } from '../policy/limits.js';
import { hashKey } from '../store/keys.js';
import type { ActiveKey, AuditRow, GatewayStore, SharedState, VerificationRow } from '../store/store.js';
import { sendError, statusOf, type Api, type ErrorKind, type ErrorOptions } from './api.js';
import type { EnginePort } from '../live/engine-port.js';
import { requestFacts, ResponseFacts } from './interaction.js';
import { Metrics } from './metrics.js';
import { describeGatewayMetrics } from './metric-catalogue.js';
import { EventSink } from './sink.js';
import { RESPONSES_ENDPOINT, withholdReasoning, type ResponseTransform, type ResponseTransformer, type WatermarkNote } from './transforms.js';
import { watermarkTransform, type LexicalWatermarker } from './watermark-transform.js';
import type { MarkerKey } from '../watermark/marker.js';
import { Webhooks } from './webhook.js';
import { hostPort, listenOn } from './listen.js';
import { adminErrorBody, handleAdmin, HttpError, type AdminIdentity } from './admin.js';
import { AccountReviews } from './account-reviews.js';
import { readBody } from './body.js';
import { sendDashboardError } from '../report/dashboard.js';
import { rateLimitHeaders } from './ratelimit-headers.js';
import { modelList, modelObject } from './models.js';
import type { RequestLogOptions } from './request-log.js';
import { bearer, clientHeaders, clientIp, headerStr, replayFacts, upstreamHeaders } from './client-headers.js';
import { NO_DECISION, type RequestContext } from './request-context.js';
import { Recorder } from './recorder.js';
import { parseOrUndefined, relay, type HeldEnd } from './relay.js';
import { RiskFeedback } from './risk-feedback.js';

export interface GatewayOptions {
  /** Upstream base URL, e.g. `https://api.anthropic.com` or `http://127.0.0.1:8081`. */
  upstream: string;
  /** Credential sent upstream (Bearer for OpenAI paths, x-api-key for Anthropic); none when absent. */
  upstreamApiKey?: string;
  policy: PolicyConfig;
  store: GatewayStore;
  engine: EnginePort;
  adminToken: string;
  /** Serve HTTPS with this certificate and key (PEM); plain HTTP otherwise. */
  tls?: { cert: Buffer; key: Buffer };
  /** When set, /metrics requires `Authorization: Bearer <metricsToken>`; otherwise it is open. */
  metricsToken?: string;
  /** Default: [withholdReasoning], then watermarking when `watermark` is given. */
  transforms?: ResponseTransform[];
  /**
   * The watermark key (only its id is ever logged) and the lexical watermark bound to it; the policy's `watermark`
   * section decides which responses get it. A policy that selects responses for watermarking without a key is refused.
   */
  watermark?: { key: MarkerKey; lexical: LexicalWatermarker };
  /** Default: in-memory GCRA. */
  limiter?: Limiter;
  /** Wall clock for timestamps and limits; tests may replace it. */
  clock?: () => number;
  log?: (line: string) => void;
  /** Event sink flush interval (ms). */
  flushMs?: number;
  /** State shared with other gateway nodes (reviews, risk mirror); see src/store/redis-shared.ts. */
  shared?: SharedState;
  /** How often the shared review state is re-read and repaired (ms). Default 3000. */
  sharedSyncMs?: number;
  /**
   * The review dashboard (src/report/mount.ts `mountDashboard(...).handler`), served under /ui/ behind
   * the admin token. Resolves false for paths it does not serve.
   */
  ui?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /**
   * Named reviewer tokens: each may use the dashboard and the admin API's read, review and appeal routes (not key
   * management), and its name is what the audit trail records. The shared admin token is recorded as `admin`.
   */
  reviewers?: { name: string; token: string }[];
  /**
   * Behind an authenticating proxy that sets this header itself (e.g. `x-forwarded-user`): the reviewer's name is taken
   * from it on every authorised admin or dashboard request. Only set it when the proxy replaces any client copy.
   */
  reviewerHeader?: string;
  /** One JSON line per API request (src/gateway/request-log.ts); none when absent. */
  requestLog?: RequestLogOptions;
}

/** Response header carrying the identity-check link of a `verification_required` answer. */
export const VERIFICATION_HEADER = 'x-distillguard-verification-url';

/** Request header the gateway sets (after removing any client copy) to tell the dashboard who the reviewer is. */
export const REVIEWER_HEADER = 'x-distillguard-reviewer';

const ROUTES: Record<string, Api> = { '/v1/chat/completions': 'openai', [RESPONSES_ENDPOINT]: 'openai', '/v1/messages': 'anthropic' };

type Obj = Record<string, unknown>;

export class Gateway {
  readonly metrics = new Metrics();
  readonly server: Server;
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly keys = new Map<string, ActiveKey>();
  private readonly reviews: AccountReviews;
  private allowlist: Set<string>;
  private readonly limiter: Limiter;
  private readonly sink: EventSink;
  private readonly webhooks: Webhooks;
  private readonly transforms: ResponseTransform[];
  private readonly clock: () => number;
  private readonly adminTokenHash: Buffer;
  private readonly reviewerTokens: { name: string; hash: Buffer }[];
  private readonly registered = new Set<string>();
  private readonly recorder: Recorder;
  private readonly riskFeedback: RiskFeedback;
  /** Accounts whose verification webhook has gone out (once per account and process). */
  private readonly seenVerify = new Set<string>();
  private inflight = 0;
  /** Creation time of the models listed from `server.models`. */
  private readonly startedAt: number;
  policy: PolicyConfig;

  private constructor(readonly options: GatewayOptions) {
    this.policy = options.policy;
    this.allowlist = new Set(options.policy.allowlist);
    this.clock = options.clock ?? Date.now;
    this.startedAt = this.clock();
    const wm = options.watermark;
    if (!wm && !options.transforms) assertNoWatermarkPolicy(options.policy);
    this.transforms = options.transforms ?? [
      withholdReasoning,
      // After withholding: reasoning that is removed is never watermarked.
      ...(wm ? [watermarkTransform({ key: wm.key, lexical: wm.lexical, policy: () => this.policy.watermark ?? defaultWatermarkPolicy() })] : []),
    ];
    this.limiter = options.limiter ?? new MemoryLimiter(() => this.policy, this.clock);
    const up = new URL(options.upstream);
    this.basePath = up.pathname.replace(/\/+$/, '');
    const s = options.policy.server;
    this.pool = new Pool(up.origin, {
      connections: s.upstream_connections, pipelining: 1, keepAliveTimeout: 30_000,
      headersTimeout: s.upstream_headers_timeout_ms, bodyTimeout: s.upstream_body_timeout_ms, connectTimeout: 10_000,
    });
    this.sink = new EventSink(options.store, this.metrics, {
      flushMs: options.flushMs ?? 200, maxQueued: 200_000, onError: (e) => this.log(`store write failed: ${(e as Error).message}`),
    });
    this.webhooks = new Webhooks(() => this.policy.webhooks, this.metrics);
    this.adminTokenHash = createHash('sha256').update(options.adminToken).digest();
    this.reviewerTokens = (options.reviewers ?? []).map((r) => ({ name: r.name, hash: createHash('sha256').update(r.token).digest() }));
    const serverOptions = { keepAliveTimeout: 65_000, headersTimeout: 20_000, requestTimeout: s.body_timeout_ms * 2 + 20_000 };
    const handler = (req: IncomingMessage, res: ServerResponse) => this.handle(req, res);
    this.server = options.tls ? createHttpsServer({ ...serverOptions, cert: options.tls.cert, key: options.tls.key }, handler) : createServer(serverOptions, handler);
    this.reviews = new AccountReviews({
      store: options.store, shared: options.shared, clock: this.clock, log: (line) => this.log(line),
      onReview: (row) => { if (row.state !== 'allowlisted') this.allowlist.delete(row.account_id); },
      onVerificationWithdrawn: (accountId) => this.seenVerify.delete(accountId),
    });
    this.recorder = new Recorder({
      metrics: this.metrics, engine: options.engine, sink: this.sink, requestLog: options.requestLog, policy: () => this.policy, clock: this.clock, log: (line) => this.log(line),
    });
    this.riskFeedback = new RiskFeedback({
      store: options.store, shared: options.shared, webhooks: this.webhooks, audit: (row) => this.audit(row), decisionFor: (id) => this.decisionFor(id), log: (line) => this.log(line),
    });
    describeGatewayMetrics(this.metrics, { keys: () => this.keys.size, inflight: () => this.inflight, queued: () => this.sink.queued }, options.engine);
    options.engine.onRisk((u) => this.riskFeedback.apply(u));
  }

  /** Loads keys and review state from the store and returns a ready (not yet listening) gateway. */
  static async create(options: GatewayOptions): Promise<Gateway> {
    const g = new Gateway(options);
    await g.reloadKeys();
    await g.reviews.load();
    const shared = options.shared;
    if (shared) {
      try {
        if (options.engine.seedRisk) options.engine.seedRisk(await shared.loadRisk());
      } catch (e) {
        g.log(`shared state: risk not loaded: ${(e as Error).message}`);
      }
      g.reviews.syncEvery(options.sharedSyncMs ?? 3000);
    }
    return g;
  }

  /**
   * Re-reads the shared reviews and verifications, takes newer rows and writes back ours where the shared copy is
   * missing or older (Redis restarted empty, or a write failed while it was down).
   */
  syncShared(): Promise<void> {
    return this.reviews.sync();
  }

  /** Binds; a bind failure rejects with DistillguardError('IO') naming the address. */
  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    const bound = await listenOn(this.server, port, host);
    return `${this.options.tls ? 'https' : 'http'}://${hostPort(host, bound)}`;
  }

  /** Stops accepting, waits for requests in flight (up to `graceMs`), flushes events and audit. */
  async close(graceMs = 5000): Promise<void> {
    this.reviews.stop();
    const closed = new Promise<void>((r) => this.server.close(() => r()));
    this.server.closeIdleConnections();
    const deadline = performance.now() + graceMs;
    while (this.inflight > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    this.server.closeAllConnections();
    await closed;
    await this.pool.close().catch(() => undefined);
    await this.limiter.close();
    await this.sink.flush();
    await this.webhooks.drain();
    await this.sink.close();
  }

  /** Replaces the key map from the store (after key changes). */
  async reloadKeys(): Promise<void> {
    const keys = await this.options.store.activeKeys();
    this.keys.clear();
    for (const k of keys) this.keys.set(k.key_hash, k);
    // The engine learns each account's sign-up facts once, before it sees the account's traffic.
    if (keys.some((k) => !this.registered.has(k.account_id))) {
      for (const a of await this.options.store.listAccounts(Number.MAX_SAFE_INTEGER)) {
        if (this.registered.has(a.account_id)) continue;
        this.registered.add(a.account_id);
        const m = a.meta ?? {};
        this.options.engine.registerAccount({
          account_id: a.account_id, created_at: m.created_at ?? a.created_at, org_id: a.org_id, email_domain: m.email_domain ?? '',
          payment_fingerprint: m.payment_fingerprint ?? null, signup_ip: m.signup_ip ?? null, country: m.country ?? null,
          tier: a.tier ?? this.policy.default_tier, verified: m.verified ?? false,
        });
      }
    }
  }

  /** Flushes queued events and audit rows to the store (admin reads, tests). */
  flushEvents(): Promise<void> {
    return this.sink.flush();
  }

  log(line: string): void {
    this.options.log?.(line);
  }

  get keyCount(): number {
    return this.keys.size;
  }

  // ---- review state (admin) -------------------------------------------------------------

  reviewOf(accountId: string): ReviewState | undefined {
    return this.reviews.reviewOf(accountId);
  }

  async setReview(accountId: string, state: ReviewState | null, note: string | null): Promise<void> {
    await this.reviews.setReview(accountId, state, note);
  }

  audit(row: Omit<AuditRow, 'ts'> & { ts?: string }): void {
    this.sink.auditRow({ ...row, ts: row.ts ?? new Date(this.clock()).toISOString() });
    this.metrics.inc('distillguard_actions_total', { action: row.action, enforced: row.enforced });
  }

  decisionFor(accountId: string): Decision {
    return decide(this.policy, accountId, this.options.engine.riskOf(accountId), this.reviews.reviewOf(accountId), this.allowlist);
  }

  // ---- request handling -----------------------------------------------------------------

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const api = ROUTES[path];
    if (api !== undefined) {
      if (req.method !== 'POST') {
        req.resume();
        this.reject(res, api, 'not_found', `${req.method} ${path} is not supported; use POST`, null);
        return;
      }
      this.inflight++;
      res.once('close', () => this.inflight--);
      this.proxy(req, res, api, path, url).catch((e: unknown) => {
        this.log(`internal error: ${(e as Error)?.stack ?? String(e)}`);
        this.metrics.inc('distillguard_internal_errors_total');
        sendError(res, api, 'internal', 'internal gateway error');
      });
      return;
    }
    if (path === '/metrics' && req.method === 'GET') return this.serveMetrics(req, res);
    if ((path === '/v1/models' || path.startsWith('/v1/models/')) && req.method === 'GET') {
      const dialect: Api = req.headers['anthropic-version'] !== undefined ? 'anthropic' : 'openai';
      this.serveModels(req, res, dialect, path, url).catch((e: unknown) => {
        this.log(`internal error: ${(e as Error)?.stack ?? String(e)}`);
        sendError(res, dialect, 'internal', 'internal gateway error');
      });
      return;
    }
    if (path === '/healthz') {
      // Healthy only while the engine runs (a port without `health` runs it elsewhere): a probe restarts a node that
      // would otherwise serve unscored.
      const engine = this.options.engine.health?.();
      const ok = engine === undefined || engine.state === 'running';
      const body = engine === undefined ? { ok } : { ok, engine: engine.state, ...(engine.state === 'failed' ? { reason: engine.reason } : {}) };
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      return;
    }
    if ((path === '/ui' || path.startsWith('/ui/')) && this.options.ui) return this.serveUi(req, res, path);
    if (path.startsWith('/admin/')) {
      const who = this.identify(req, bearer(req.headers));
      if (!who) {
        req.resume();
        const body = adminErrorBody('unauthorized', 'admin token required (Authorization: Bearer <token>)');
        res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' }).end(body);
        return;
      }
      handleAdmin(this, req, res, path, url, who).catch((e: unknown) => {
        const known = e instanceof HttpError;
        if (!known) this.log(`admin error: ${(e as Error)?.stack ?? String(e)}`);
        req.resume();
        if (res.headersSent) return void res.destroy();
        const body = known ? adminErrorBody(e.code, e.message) : adminErrorBody('internal', 'internal error (see the gateway log)');
        res.writeHead(known ? e.status : 500, { 'content-type': 'application/json' }).end(body);
      });
      return;
    }
    req.resume();
    const dialect: Api = req.headers['anthropic-version'] !== undefined ? 'anthropic' : 'openai';
    this.reject(res, dialect, 'not_found', `no route ${req.method} ${path}`, null);
  }

  /** The admin token or a named reviewer token; the proxy's user header, when configured, names the person. */
  private identify(req: IncomingMessage, token: string | null): AdminIdentity | null {
    if (token === null) return null;
    const h = createHash('sha256').update(token).digest();
    let who: AdminIdentity | null = timingSafeEqual(h, this.adminTokenHash) ? { name: 'admin', role: 'admin' } : null;
    for (const r of this.reviewerTokens) if (timingSafeEqual(h, r.hash)) who = { name: r.name, role: 'reviewer' };
    if (who && this.options.reviewerHeader) {
      const v = req.headers[this.options.reviewerHeader.toLowerCase()];
      const user = (Array.isArray(v) ? v[0] : v)?.trim();
      if (user) who = { ...who, name: user.slice(0, 200) };
    }
    return who;
  }

  /** The dashboard: admin token as Bearer, or as the password of HTTP Basic auth (what a browser can send). */
  private serveUi(req: IncomingMessage, res: ServerResponse, path: string): void {
    const a = req.headers.authorization ?? '';
    let token = bearer(req.headers);
    if (token === null && a.startsWith('Basic ')) {
      const decoded = Buffer.from(a.slice(6), 'base64').toString('utf8');
      token = decoded.slice(decoded.indexOf(':') + 1) || null;
    }
    delete req.headers[REVIEWER_HEADER];
    const who = this.identify(req, token);
    if (who === null) {
      req.resume();
      sendDashboardError(req, res, '/ui', 'unauthorized', 'the admin or reviewer token is missing, wrong or revoked: log in again (any user name, the token as password)', { 'www-authenticate': 'Basic realm="distillguard admin (any user, password = admin token)"' });
      return;
    }
    req.headers[REVIEWER_HEADER] = who.name;
    if (path === '/ui') {
      req.resume();
      res.writeHead(302, { location: '/ui/' }).end();
      return;
    }
    this.options.ui!(req, res).then((handled) => {
      if (!handled && !res.headersSent) sendDashboardError(req, res, '/ui', 'not_found', `no dashboard page ${path.slice(0, 200)}`);
    }, (e: unknown) => {
      this.log(`ui error: ${(e as Error)?.stack ?? String(e)}`);
      if (!res.headersSent) sendDashboardError(req, res, '/ui', 'internal', 'internal error (see the gateway log)');
    });
  }

  /** A review changed in the store behind our back (the dashboard): take it into the live decisions and share it. */
  reviewChanged(accountId: string): Promise<void> {
    return this.reviews.reloadFromStore(accountId);
  }

  private serveMetrics(req: IncomingMessage, res: ServerResponse): void {
    req.resume();
    const t = this.options.metricsToken;
    if (t !== undefined && bearer(req.headers) !== t) {
      res.writeHead(401, { 'content-type': 'text/plain' }).end('metrics token required\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(this.metrics.render());
  }

  /** Answers with an error; a request with a record is answered once the record is durable (at-least-once). */
  private reject(res: ServerResponse, api: Api, kind: ErrorKind, message: string, ctx: RequestContext | null, opts: ErrorOptions = {}): void {
    const status = statusOf(kind);
    this.metrics.inc('distillguard_requests_total', { api, status });
    if (!ctx) return void sendError(res, api, kind, message, opts);
    void this.recorder.record(ctx, null, status).then(() => sendError(res, api, kind, message, opts));
  }

  /** The client's key from `x-api-key` or `Authorization: Bearer`; answers 401 (and resolves null) when unknown. */
  private authenticate(req: IncomingMessage, res: ServerResponse, api: Api): ActiveKey | null {
    const raw = req.headers['x-api-key'] ?? bearer(req.headers);
    const presented = Array.isArray(raw) ? raw[0] : raw;
    const key = presented ? this.keys.get(hashKey(presented)) : undefined;
    if (key) return key;
    req.resume();
    this.metrics.inc('distillguard_auth_failures_total', { reason: presented ? 'unknown_key' : 'missing_key' });
    this.recorder.logUnauthenticated(req, api);
    this.reject(res, api, 'authentication', presented ? 'invalid API key' : 'missing API key (x-api-key or Authorization: Bearer)', null);
    return null;
  }

  /**
   * `GET /v1/models[/{id}]` for a client key: the upstream's answer when it lists models, else the policy's
   * `server.models` in the dialect's format. Not rate limited and not recorded as an interaction (no model output).
   */
  private async serveModels(req: IncomingMessage, res: ServerResponse, api: Api, path: string, url: string): Promise<void> {
    req.resume();
    if (!this.authenticate(req, res, api)) return;
    const headers = upstreamHeaders(req.headers, api, this.options.upstreamApiKey);
    try {
      const up = await this.pool.request({ method: 'GET', path: this.basePath + url, headers, headersTimeout: 10_000, bodyTimeout: 10_000 });
      const buf = Buffer.from(await up.body.arrayBuffer());
      if (up.statusCode === 200 && String(up.headers['content-type'] ?? '').includes('json') && parseOrUndefined(buf) !== undefined) {
        this.metrics.inc('distillguard_model_list_total', { api, source: 'upstream' });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': buf.length }).end(buf);
        return;
      }
    } catch (e) {
      this.log(`models: upstream did not list models (${(e as Error).message}); answering from server.models`);
    }
    this.metrics.inc('distillguard_model_list_total', { api, source: 'policy' });
    const ids = this.policy.server.models;
    const q = url.indexOf('?');
    let body: Record<string, unknown>;
    if (path === '/v1/models') body = modelList(api, ids, this.startedAt, new URLSearchParams(q === -1 ? '' : url.slice(q + 1)));
    else {
      const id = decodeURIComponent(path.slice('/v1/models/'.length));
      if (!ids.includes(id)) return void sendError(res, api, 'not_found', `model ${id} not found`);
      body = modelObject(api, id, this.startedAt);
    }
    const out = JSON.stringify(body);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) }).end(out);
  }

  private async proxy(req: IncomingMessage, res: ServerResponse, api: Api, path: string, url: string): Promise<void> {
    const t0 = performance.now();
    const policy = this.policy;
    // 1. Authenticate before reading the body: unauthenticated clients cost us nothing.
    const key = this.authenticate(req, res, api);
    if (!key) return;
    // Fail-closed: a request that could not be recorded is not served.
    if (this.options.engine.accepting?.() === false) {
      req.resume();
      this.metrics.inc('distillguard_refused_unrecordable_total', { api });
      this.reject(res, api, 'unavailable', UNRECORDABLE, null, { retryAfterMs: 5000 });
      return;
    }
    const replay = policy.server.trust_replay_headers ? replayFacts(req.headers) : null;
    const nowMs = replay?.tsMs ?? this.clock();
    const ctx: RequestContext = {
      id: randomUUID(), api, t0, ts: new Date(nowMs).toISOString(), nowMs, key, tier: key.tier ?? policy.default_tier,
      ip: replay?.ip ?? clientIp(req, policy.server.trust_proxy), endpoint: path, req: null, decision: NO_DECISION, watermark: null, limited: null, verify: null,
      userAgent: headerStr(req.headers['user-agent']),
      // JA4 is computed by the TLS-terminating edge; only believed behind a trusted proxy.
      ja4: replay?.ja4 ?? (policy.server.trust_proxy ? headerStr(req.headers['x-ja4']) : null),
      conversationId: headerStr(req.headers['x-conversation-id']) ?? headerStr(req.headers['x-session-id']),
    };
    res.setHeader('x-distillguard-request-id', ctx.id);

    // 2. Body, bounded in size and time.
    const declared = Number(req.headers['content-length'] ?? -1);
    if (declared > policy.server.max_body_bytes) {
      this.reject(res, api, 'too_large', `request body exceeds ${policy.server.max_body_bytes} bytes`, ctx, { close: true });
      res.once('finish', () => req.destroy());
      return;
    }
    const body = await readBody(req, policy.server.max_body_bytes, policy.server.body_timeout_ms);
    if (body === 'too_large') {
      this.reject(res, api, 'too_large', `request body exceeds ${policy.server.max_body_bytes} bytes`, ctx, { close: true });
      res.once('finish', () => req.destroy());
      return;
    }
    if (body === 'timeout') {
      this.reject(res, api, 'request_timeout', `request body not received within ${policy.server.body_timeout_ms} ms`, ctx, { close: true });
      res.once('finish', () => req.destroy());
      return;
    }
    if (body === 'aborted') return;

    // 3. Parse once.
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      this.reject(res, api, 'invalid_request', 'request body is not valid JSON', ctx);
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      this.reject(res, api, 'invalid_request', 'request body must be a JSON object', ctx);
      return;
    }
    ctx.req = requestFacts(api, parsed as Obj, policy.record.max_text_chars);
    if (path === RESPONSES_ENDPOINT) {
      const input = (parsed as Obj).input;
      if (typeof input !== 'string' && !Array.isArray(input)) {
        this.reject(res, api, 'invalid_request', 'input: field required (string or array)', ctx);
        return;
      }
    } else if (!Array.isArray((parsed as Obj).messages)) {
      this.reject(res, api, 'invalid_request', 'messages: field required (array)', ctx);
      return;
    }

    // 4. Policy decision from in-memory risk and review state.
    const decision = this.decisionFor(key.account_id);
    ctx.decision = decision;
    // Replays (test/demo) see what the gateway decided; real clients never do.
    if (replay) res.setHeader('x-distillguard-action', decision.enforce ? decision.action : 'allow');
    if (decision.action === 'block') {
      this.audit({ actor: 'policy', action: 'block', account_id: key.account_id, request_id: ctx.id, key_id: key.key_id, reasons: decision.reasons, enforced: decision.enforce, detail: null });
      if (decision.enforce) {
        this.reject(res, api, 'permission', 'this account is blocked pending review; contact support to appeal', ctx);
        return;
      }
    }

    // 4b. Step-up verification: the account must pass the provider's identity check before more service.
    const verify = this.verificationFor(key.account_id, ctx.tier);
    if (verify) {
      const enforced = !policy.dry_run;
      const reasons = [`verification_above:${verify.threshold}`, ...decision.reasons.slice(0, 7)];
      ctx.verify = { enforced, reasons };
      const link = this.verificationLink(key.account_id, ctx.id);
      this.audit({ actor: 'policy', action: 'verify', account_id: key.account_id, request_id: ctx.id, key_id: key.key_id, reasons, enforced, detail: { risk: verify.risk, tier: ctx.tier, verification_url: link } });
      if (!this.seenVerify.has(key.account_id)) {
        this.seenVerify.add(key.account_id);
        const r = this.options.engine.riskOf(key.account_id);
        this.webhooks.notify({ event: 'verify', ts: ctx.ts, account_id: key.account_id, campaign_id: r?.campaignId ?? null, risk: verify.risk, reasons, verification_url: link });
      }
      if (enforced) {
        this.reject(res, api, 'verification_required', `this account must complete identity verification before further use: ${link}`, ctx, {
          extra: { verification_url: link }, headers: { [VERIFICATION_HEADER]: link },
        });
        return;
      }
    }

    // 5. Rate limits.
    const subject: LimitSubject = { accountId: key.account_id, orgId: key.org_id, tier: ctx.tier, throttled: decision.enforce && implies(decision.action, 'throttle') };
    const admitted = this.limiter.admit(subject, ctx.nowMs);
    const verdict = admitted instanceof Promise ? await admitted : admitted;
    if (verdict.quota) for (const [k, v] of Object.entries(rateLimitHeaders(api, verdict.quota, ctx.nowMs))) res.setHeader(k, v);
    if (!verdict.allowed && this.limited(res, ctx, verdict)) return;

    // 6. Proxy.
    const transformers: ResponseTransformer[] = [];
    for (const t of this.transforms) {
      const x = t.begin({ api, endpoint: path, accountId: key.account_id, requestId: ctx.id, decision, tier: ctx.tier, risk: this.riskForPolicy(key.account_id), dryRun: policy.dry_run });
      if (x) transformers.push(x);
    }
    if (decision.action === 'withhold_reasoning') {
      this.audit({ actor: 'policy', action: 'withhold_reasoning', account_id: key.account_id, request_id: ctx.id, key_id: key.key_id, reasons: decision.reasons, enforced: decision.enforce, detail: null });
    }
    await this.forward(req, res, ctx, url, body, transformers, subject);
  }

  /**
   * Whether the account must verify: its tier has a verification threshold, its risk is at or above it, it has not
   * verified, and no reviewer allowlisted or dismissed it.
   */
  private verificationFor(accountId: string, tier: Tier): { risk: number; threshold: number } | null {
    const v = this.policy.verification;
    const threshold = v?.tiers[tier];
    if (threshold === undefined || this.reviews.verificationOf(accountId) || this.allowlist.has(accountId)) return null;
    const review = this.reviews.reviewOf(accountId)?.state;
    if (review === 'allowlisted' || review === 'dismissed') return null;
    const risk = this.options.engine.riskOf(accountId)?.risk;
    return risk !== undefined && risk >= threshold ? { risk, threshold } : null;
  }

  private verificationLink(accountId: string, requestId: string): string {
    return (this.policy.verification?.url ?? '').replaceAll('{account_id}', encodeURIComponent(accountId)).replaceAll('{request_id}', encodeURIComponent(requestId));
  }

  verificationOf(accountId: string): VerificationRow | undefined {
    return this.reviews.verificationOf(accountId);
  }

  /**
   * The provider's identity check passed (`by` = who says so): lifts the requirement on every later request, on this
   * node and (through the shared state) on every other.
   */
  setVerified(accountId: string, by: string, note: string | null): Promise<VerificationRow> {
    return this.reviews.setVerified(accountId, by, note);
  }

  /** Asks the account to verify again (a verification found to be wrong), on every node; the webhook goes out again. */
  clearVerified(accountId: string): Promise<boolean> {
    return this.reviews.clearVerified(accountId);
  }

  /** Handles a refused rate limit: 429 (true) or, in dry-run, audit only (false). */
  private limited(res: ServerResponse, ctx: RequestContext, v: LimitVerdict): boolean {
    const enforce = !this.policy.dry_run;
    ctx.limited = { reason: v.reason ?? 'rate_limit', enforced: enforce };
    this.metrics.inc('distillguard_rate_limited_total', { scope: v.reason ?? 'unknown', enforced: enforce });
    this.audit({ actor: 'policy', action: 'rate_limit', account_id: ctx.key.account_id, request_id: ctx.id, key_id: ctx.key.key_id, reasons: [v.reason ?? 'rate_limit'], enforced: enforce, detail: { retry_after_ms: v.retryAfterMs, tier: ctx.tier } });
    if (!enforce) return false;
    this.reject(res, ctx.api, 'rate_limit', `rate limit exceeded (${v.reason}); retry after ${Math.ceil(v.retryAfterMs / 1000)} s`, ctx, { retryAfterMs: v.retryAfterMs });
    return true;
  }

  private async forward(req: IncomingMessage, res: ServerResponse, ctx: RequestContext, url: string, body: Buffer, transformers: ResponseTransformer[], subject: LimitSubject): Promise<void> {
    const headers = upstreamHeaders(req.headers, ctx.api, this.options.upstreamApiKey);
    headers['content-length'] = String(body.length);
    const abort = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) abort.abort();
    };
    res.once('close', onClose);

    let up: Awaited<ReturnType<Pool['request']>>;
    try {
      up = await this.pool.request({ method: 'POST', path: this.basePath + url, headers, body, signal: abort.signal });
    } catch (e) {
      res.off('close', onClose);
      if (abort.signal.aborted) return this.clientGone(ctx);
      const kind = upstreamErrorKind(e);
      this.metrics.inc('distillguard_upstream_errors_total', { kind });
      this.reject(res, ctx.api, kind, kind === 'upstream_timeout' ? 'upstream did not answer in time' : 'upstream unavailable', ctx);
      return;
    }

    const outHeaders = clientHeaders(up.headers);
    outHeaders['x-distillguard-request-id'] = ctx.id;
    const ctype = String(up.headers['content-type'] ?? '');
    const facts = new ResponseFacts(ctx.api, this.policy.record.max_text_chars);
    let finish: HeldEnd;
    try {
      finish = await relay({ statusCode: up.statusCode, body: up.body as AsyncIterable<Buffer> }, res, outHeaders, ctype, transformers, facts);
    } catch (e) {
      res.off('close', onClose);
      if (abort.signal.aborted) return this.clientGone(ctx);
      const kind = upstreamErrorKind(e);
      this.metrics.inc('distillguard_upstream_errors_total', { kind });
      // Mid-stream failures cannot change the status any more: sendError then cuts the connection.
      this.reject(res, ctx.api, kind, 'upstream failed while sending the response', ctx);
      return;
    }
    res.off('close', onClose);
    for (const t of transformers) if (t.watermark) this.watermarked(ctx, t.watermark(), ctype.includes('text/event-stream'));
    const tokens = facts.inputTokens + facts.outputTokens;
    if (tokens > 0) this.limiter.chargeTokens(subject, tokens, ctx.nowMs);
    // At-least-once: the client gets the end of its response only once the record of it is durable.
    const kept = await this.recorder.record(ctx, facts, up.statusCode);
    if (!kept) {
      this.metrics.inc('distillguard_requests_total', { api: ctx.api, status: statusOf('unavailable') });
      // A stream already under way is cut (the client sees it incomplete); a body not yet sent becomes a 503.
      sendError(res, ctx.api, 'unavailable', UNRECORDABLE, { retryAfterMs: 5000 });
      return;
    }
    this.metrics.inc('distillguard_requests_total', { api: ctx.api, status: up.statusCode });
    if (finish.kind === 'stream') res.end(finish.tail);
    else {
      outHeaders['content-length'] = String(finish.buf.length);
      res.writeHead(up.statusCode, outHeaders);
      res.end(finish.buf);
    }
  }

  /** Audits, counts and notes in the record what a watermarking transformer did to one response. */
  private watermarked(ctx: RequestContext, n: WatermarkNote, stream: boolean): void {
    ctx.watermark = n;
    const enforced = n.lexical === 'apply' || n.marker === 'apply';
    const kinds = [...(n.lexical !== 'skip' ? ['lexical'] : []), ...(n.marker !== 'skip' ? ['marker'] : [])];
    for (const kind of kinds) this.metrics.inc('distillguard_watermarked_responses_total', { api: ctx.api, kind, stream, enforced: (kind === 'lexical' ? n.lexical : n.marker) === 'apply' });
    if (n.words > 0) {
      this.metrics.inc('distillguard_watermark_words_total', {}, n.words);
      this.metrics.inc('distillguard_watermark_words_changed_total', {}, n.changed);
    }
    const reasons = kinds.map((k) => `watermark:${k}`);
    // Selection by risk or action rests on the decision: its reasons say why this account was chosen.
    for (const r of ctx.decision.reasons) if (reasons.length < 8) reasons.push(r);
    this.audit({
      actor: 'policy', action: 'watermark', account_id: ctx.key.account_id, request_id: ctx.id, key_id: ctx.key.key_id, reasons, enforced,
      detail: { watermark_key_id: n.key_id, lexical: n.lexical, marker: n.marker, words: n.words, changed: n.changed, share_changed: n.words ? n.changed / n.words : 0 },
    });
  }

  /** Risk as the watermark policy sees it: none for allowlisted accounts, which risk actions never touch. */
  private riskForPolicy(accountId: string): number | null {
    if (this.allowlist.has(accountId) || this.reviews.reviewOf(accountId)?.state === 'allowlisted') return null;
    return this.options.engine.riskOf(accountId)?.risk ?? null;
  }

  private clientGone(ctx: RequestContext): void {
    this.metrics.inc('distillguard_client_aborts_total', { api: ctx.api });
    void this.recorder.record(ctx, null, 499);
  }
}

/** Fail-closed: what a client is told when its request cannot be recorded. */
const UNRECORDABLE = 'the event bus is unreachable and the event spool is full, so this request cannot be recorded; retry later';

/** A policy that selects responses for watermarking needs a key: refuse to start rather than serve them unmarked. */
export function assertNoWatermarkPolicy(policy: PolicyConfig): void {
  const w = policy.watermark;
  if (w === null) return;
  const selects = w.lexical.apply !== 'none' || w.marker.apply !== 'none';
  if (selects) {
    throw new DistillguardError('WATERMARK_KEY_MISSING', `the policy's watermark section selects responses to watermark (lexical: ${w.lexical.apply}, marker: ${w.marker.apply}) but no key was given: set watermark.key_file or serve --watermark-key KEYFILE (create one with distillguard watermark keygen --out KEYFILE)`);
  }
}

function upstreamErrorKind(e: unknown): 'upstream' | 'upstream_timeout' {
  const code = (e as { code?: string }).code ?? '';
  return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' ? 'upstream_timeout' : 'upstream';
}
