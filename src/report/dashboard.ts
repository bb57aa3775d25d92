/**
 * The dashboard's HTTP handler, mounted under a base path (`/ui`). `distillguard ui` runs it on its own server;
 * the gateway calls the same handler for paths under /ui/. Routes:
 *
 *   GET  /ui/                          overview: traffic, risk distribution, campaigns
 *   GET  /ui/campaign/:id              campaign page (case-file charts, members)
 *   GET  /ui/campaign/:id/case.html|case.json|stix.json   the case file of that campaign
 *   GET  /ui/account/:id               account page: timeline, features, reasons, prompts, review, audit
 *   GET  /ui/queue[?state=&campaign=&group=&reason=&risk=&verified=&q=&page=&per=]
 *                                      review queue: campaigns first (counts, one-step decisions), then flagged accounts
 *                                      filtered and paged
 *   GET  /ui/audit                     audit trail
 *   POST /ui/review                    form: account_id, action, note, back → 303 back
 *   POST /ui/review/bulk               form: campaign, group?, action (confirm|dismiss|allowlist|reopen), note?, back → 303
 *   POST /ui/api/review                JSON {account_id, action, note?} → {account_id, state, note}
 *   POST /ui/api/review/bulk           JSON {campaign, group?, action, note?} → {campaign, group, action, changed, skipped_verified}
 *   POST /ui/api/appeals               JSON {account_id, message, contact?, channel?} → 201 the appeal (support tools)
 *   GET  /ui/static/style.css|dashboard.js
 *
 * Another web page must not drive a reviewer's browser: requests whose Host is not an allowed name are refused (421;
 * a DNS-rebinding page sends its own name), and every write needs an Origin/Referer (when sent) equal to Host and the
 * CSRF token that every form of the dashboard carries (`csrf` field, or `x-csrf-token` header for the JSON API).
 * The caller adds authentication (`authorize`) where the dashboard is not loopback-only.
 */
import { readFileSync } from 'node:fs';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DistillguardError, HTTP_ERROR_CODES, HttpError, httpErrorBody, type HttpErrorCode } from '../errors.js';
import type { DashboardSource } from './dashboard-data.js';
import { accountPage, auditPage, campaignPage, errorLine, layout, overviewPage, queuePage } from './dashboard-pages.js';
import { renderCaseHtml } from './html.js';
import { isBulkAction, isReviewAction, type ReviewRequest, type ReviewService } from './review.js';
import { bulkTargets, campaignQueues, GROUP_LABEL, MEMBER_GROUPS, parseQueueQuery, queueQueryProblems, selectQueue, type MemberGroup } from './review-queue.js';
import { toStixBundle } from './stix.js';
import { readBodyText } from '../gateway/body.js';

export interface DashboardOptions {
  source: DashboardSource;
  reviews: ReviewService;
  /** Path prefix without trailing slash (default `/ui`). */
  basePath?: string;
  /** Name recorded as the reviewer in the audit trail when `reviewerOf` gives none. */
  reviewer?: string;
  /**
   * The reviewer behind a request (a named token, or the user an authenticating proxy vouches for). When given, a
   * state-changing request without a reviewer is refused with 401: the audit trail never records an anonymous decision.
   */
  reviewerOf?: (req: IncomingMessage) => string | null;
  /** Return false to refuse the request with 401 (e.g. the gateway's admin-token check). */
  authorize?: (req: IncomingMessage) => boolean;
  /** Host names (no port, lower case) this dashboard answers to; others get 421. Unset: any (behind a login). */
  allowedHosts?: readonly string[];
  /** Token every write must carry; default random per process. Nodes behind one name share one (e.g. from a secret). */
  csrfToken?: string;
}

/** Handles a request if its path is under the base path; resolves false when it is not the dashboard's. */
export type DashboardHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const STATIC: Record<string, string> = { 'style.css': 'text/css; charset=utf-8', 'dashboard.js': 'text/javascript; charset=utf-8' };
const staticCache = new Map<string, string>();
function staticFile(name: string): string {
  let s = staticCache.get(name);
  if (s === undefined) staticCache.set(name, (s = readFileSync(new URL(`../../../web/${name}`, import.meta.url), 'utf8')));
  return s;
}

const MAX_BODY = 64 * 1024;
const readBody = (req: IncomingMessage): Promise<string> => readBodyText(req, MAX_BODY);

function sameOrigin(req: IncomingMessage): boolean {
  const host = req.headers.host;
  const origin = req.headers.origin ?? req.headers.referer;
  if (!origin) return true; // non-browser clients send neither (they still need the CSRF token); browsers send Origin on POST
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The name in a Host header, without port or IPv6 brackets, lower case. */
export function hostName(host: string | undefined): string {
  if (!host) return '';
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') === -1 ? undefined : h.indexOf(']'));
  const colon = h.lastIndexOf(':');
  return colon === -1 ? h : h.slice(0, colon);
}

const digestOf = (s: string): Buffer => createHash('sha256').update(s).digest();

export function createDashboardHandler(opts: DashboardOptions): DashboardHandler {
  const base = (opts.basePath ?? '/ui').replace(/\/+$/, '');
  const defaultReviewer = opts.reviewer ?? 'reviewer';
  const { source, reviews } = opts;
  const allowedHosts = opts.allowedHosts ? new Set(opts.allowedHosts.map((h) => h.toLowerCase())) : null;
  const csrf = opts.csrfToken ?? randomBytes(32).toString('base64url');
  const csrfDigest = digestOf(csrf);
  const csrfOk = (presented: string | undefined): boolean => presented !== undefined && timingSafeEqual(digestOf(presented), csrfDigest);
  const csrfField = `<input type="hidden" name="csrf" value="${csrf}">`;
  const reviewerFor = (req: IncomingMessage): string => {
    if (!opts.reviewerOf) return defaultReviewer;
    const name = opts.reviewerOf(req)?.trim().slice(0, 200);
    if (!name) throw new HttpError('reviewer_required', 'no reviewer identity on this request (named reviewer token or the proxy\'s user header)');
    return name;
  };

  const send = (res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra }).end(body);
  };
  // Every form that posts carries the CSRF token.
  const html = (res: ServerResponse, body: string, status = 200) => send(res, status, 'text/html; charset=utf-8', body.replace(/<form\b[^>]*\bmethod="post"[^>]*>/g, (f) => f + csrfField), { 'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:", 'x-frame-options': 'DENY' });
  const json = (res: ServerResponse, status: number, body: unknown) => send(res, status, 'application/json', JSON.stringify(body));

  async function review(fields: Record<string, string>, reviewer: string): Promise<{ account_id: string; state: string; note: string | null }> {
    const accountId = fields.account_id ?? '';
    const action = fields.action ?? '';
    const verdict = await source.verdict(accountId);
    if (!verdict) throw new HttpError('account_not_found', `unknown account "${accountId}"`);
    if (!isReviewAction(action)) throw new HttpError('invalid_action', 'action must be one of confirm, dismiss, allowlist, appeal, reopen');
    const note = fields.note ?? null;
    const req = (action === 'appeal' ? { action, accountId, note: note ?? '', reviewer } : { action, accountId, note, reviewer }) as ReviewRequest;
    try {
      const row = await reviews.apply(req, { risk: verdict.risk, campaignId: verdict.campaign_id });
      return { account_id: accountId, state: row?.state ?? 'open', note: row?.note ?? null };
    } catch (e) {
      if (e instanceof DistillguardError && e.code === 'USAGE') throw new HttpError('invalid_action', e.message);
      throw e;
    }
  }

  async function bulk(fields: Record<string, string>, reviewer: string): Promise<{ campaign: string; group: MemberGroup | null; action: string; changed: number; skipped_verified: number }> {
    const campaign = fields.campaign ?? '';
    const action = fields.action ?? '';
    const g = fields.group || null;
    if (!isBulkAction(action)) throw new HttpError('invalid_action', 'action must be one of confirm, dismiss, allowlist, reopen');
    if (g !== null && !(MEMBER_GROUPS as readonly string[]).includes(g)) throw new HttpError('invalid_request', `group must be one of ${MEMBER_GROUPS.join(', ')}`);
    const group = g as MemberGroup | null;
    const rows = await source.queue();
    if (!rows.some((r) => r.campaign_id === campaign)) throw new HttpError('campaign_not_found', `no flagged account in campaign "${campaign}"`);
    const { targets, skippedVerified } = bulkTargets(rows, await reviews.states(), action, campaign, group);
    const changed = await reviews.applyMany(action, targets.map((t) => ({ accountId: t.account_id, risk: t.risk, campaignId: t.campaign_id })), fields.note ?? null, reviewer);
    return { campaign, group, action, changed: changed.length, skipped_verified: skippedVerified };
  }

  async function appeal(fields: Record<string, unknown>): Promise<unknown> {
    const accountId = typeof fields.account_id === 'string' ? fields.account_id : '';
    const verdict = await source.verdict(accountId);
    if (!verdict) throw new HttpError('account_not_found', `unknown account "${accountId}"`);
    if (typeof fields.message !== 'string' || !fields.message.trim()) throw new HttpError('invalid_request', 'message (what the account owner said) is required');
    const str = (x: unknown) => (typeof x === 'string' ? x : null);
    return reviews.fileAppeal({ accountId, message: fields.message, contact: str(fields.contact), channel: str(fields.channel) ?? 'support' }, { risk: verdict.risk, campaignId: verdict.campaign_id });
  }

  const readJsonBody = async (req: IncomingMessage): Promise<Record<string, string>> => {
    try {
      const v = JSON.parse(await readBody(req)) as unknown;
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
      return v as Record<string, string>;
    } catch (e) {
      if (e instanceof HttpError) throw e;
      throw new HttpError('invalid_request', 'body must be a JSON object');
    }
  };

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname.slice(base.length) || '/';
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    const flash = url.searchParams.get('done');

    if (method === 'POST') {
      if (!sameOrigin(req)) throw new HttpError('cross_origin', 'cross-origin request refused');
      // JSON writes need the page's token in a header, or a credential header no browser attaches on its own
      // (a cross-site page cannot send either without a CORS preflight, which this server never grants).
      if (path.startsWith('/api/')) {
        const header = req.headers['x-csrf-token'];
        const own = req.headers['x-reviewer-token'] !== undefined || (req.headers.authorization ?? '').startsWith('Bearer ');
        if (!own && !csrfOk(Array.isArray(header) ? header[0] : header)) throw new HttpError('csrf_invalid', 'this page is out of date or its security token is missing: reload the page and retry');
      }
      const reviewer = reviewerFor(req);
      const safeBack = (back: string | undefined) => (back && back.startsWith(base + '/') && !back.startsWith('//') ? back : `${base}/queue`);
      if (path === '/review/bulk') {
        const fields = Object.fromEntries(new URLSearchParams(await readBody(req)));
        if (!csrfOk(fields.csrf)) throw new HttpError('csrf_invalid', 'this page is out of date or its security token is missing: reload the page and retry');
        const r = await bulk(fields, reviewer);
        const u = new URL(safeBack(fields.back), 'http://x');
        u.searchParams.delete('page');
        const what = `${r.campaign}${r.group ? ` (${GROUP_LABEL[r.group]})` : ''}`;
        u.searchParams.set('done', `${what}: ${r.action} → ${r.changed} account${r.changed === 1 ? '' : 's'}${r.skipped_verified ? `; ${r.skipped_verified} of verified organisations left for one-by-one review` : ''}`);
        res.writeHead(303, { location: u.pathname + u.search }).end();
        return;
      }
      if (path === '/api/review/bulk') return json(res, 200, await bulk(await readJsonBody(req), reviewer));
      if (path === '/api/appeals') return json(res, 201, await appeal(await readJsonBody(req)));
      if (path === '/review') {
        const fields = Object.fromEntries(new URLSearchParams(await readBody(req)));
        if (!csrfOk(fields.csrf)) throw new HttpError('csrf_invalid', 'this page is out of date or its security token is missing: reload the page and retry');
        const r = await review(fields, reviewer);
        // Only a path under the dashboard may be a redirect target (no open redirect).
        const u = new URL(safeBack(fields.back), 'http://x');
        u.searchParams.set('done', `${r.account_id}: ${fields.action}${r.state !== 'open' || fields.action === 'reopen' ? ` → ${r.state}` : ''}`);
        res.writeHead(303, { location: u.pathname + u.search }).end();
        return;
      }
      if (path === '/api/review') return json(res, 200, await review(await readJsonBody(req), reviewer));
      throw new HttpError('not_found', `no dashboard page ${url.pathname.slice(0, 200)}`);
    }
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError('method_not_allowed', `method ${method} not allowed here`);

    if (parts[0] === 'static' && parts.length === 2 && STATIC[parts[1]!]) return send(res, 200, STATIC[parts[1]!]!, staticFile(parts[1]!));
    if (parts.length === 0) {
      const [o, states, queue] = [await source.overview(), await reviews.states(), await source.queue()];
      return html(res, overviewPage(base, o, states, queue.filter((v) => !states.has(v.account_id)).length));
    }
    if (parts[0] === 'campaign' && parts[1] !== undefined) {
      const m = await source.campaign(parts[1]);
      if (!m) throw new HttpError('campaign_not_found', `no campaign "${parts[1]}" in this analysis (campaign pages need an analysis directory: distillguard analyze)`);
      if (parts[2] === undefined) return html(res, campaignPage(base, m, await reviews.states()));
      if (parts[2] === 'case.html') return html(res, renderCaseHtml(m));
      if (parts[2] === 'case.json') return json(res, 200, m);
      if (parts[2] === 'stix.json') return json(res, 200, toStixBundle(m));
    }
    if (parts[0] === 'account' && parts[1] !== undefined && parts.length === 2) {
      const a = await source.account(parts[1]);
      if (!a) throw new HttpError('account_not_found', `no account "${parts[1]}" is known to this dashboard`);
      const states = await reviews.states();
      return html(res, accountPage(base, { ...a, appeals: await reviews.appeals(parts[1]) }, states.get(parts[1]), await reviews.audit(parts[1], 200), flash, url.pathname));
    }
    if (parts[0] === 'queue' && parts.length === 1) {
      const query = parseQueueQuery(url.searchParams);
      const self = url.pathname + (url.search ? url.search.replace(/([?&])done=[^&]*&?/, '$1').replace(/[?&]$/, '') : '');
      const [rows, states, appeals] = [await source.queue(), await reviews.states(), await reviews.openAppeals()];
      // An appeal from an account that is not (or no longer) flagged still reaches a reviewer.
      const extra = [];
      for (const id of appeals.keys()) {
        if (rows.some((r) => r.account_id === id)) continue;
        const v = await source.verdict(id);
        if (v) extra.push({ ...v, verified: null });
      }
      const all = extra.length ? [...rows, ...extra] : rows;
      // A bad filter is said, not ignored: the page shows what it could (bad values dropped) under the error.
      const problems = queueQueryProblems(url.searchParams);
      if (query.campaign !== null && !all.some((r) => r.campaign_id === query.campaign)) problems.push(`no flagged account in campaign "${query.campaign.slice(0, 60)}"`);
      const error = problems.length ? { code: 'invalid_filter', message: `Filter not applied: ${problems.join('; ')}.` } : null;
      return html(res, queuePage(base, { rows: all, reviews: states, appeals, campaigns: campaignQueues(all, states, appeals), page: selectQueue(all, states, appeals, query), query }, flash, self, error), error ? 400 : 200);
    }
    if (parts[0] === 'audit' && parts.length === 1) return html(res, auditPage(base, await reviews.audit(undefined, 1000)));
    throw new HttpError('not_found', `no dashboard page ${url.pathname.slice(0, 200)}`);
  }

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== base && !url.pathname.startsWith(base + '/')) return false;
    if (url.pathname === base) {
      res.writeHead(308, { location: base + '/' }).end();
      return true;
    }
    try {
      if (allowedHosts && !allowedHosts.has(hostName(req.headers.host))) {
        req.resume();
        throw new HttpError('host_not_allowed', 'this dashboard does not answer to that host name (allowed: distillguard ui --allow-host NAME)');
      }
      if (opts.authorize && !opts.authorize(req)) {
        req.resume();
        res.setHeader('www-authenticate', 'Basic realm="distillguard dashboard (any user, password = dashboard token)"');
        throw new HttpError('unauthorized', 'the dashboard token is missing, wrong or no longer valid: log in again (any user name, the token as password)');
      }
      await route(req, res, url);
    } catch (e) {
      const known = e instanceof HttpError;
      if (!known) process.stderr.write(`distillguard ui: ${(e as Error)?.stack ?? String(e)}\n`);
      if (!res.headersSent) sendDashboardError(req, res, base, known ? e.code : 'internal', known ? e.message : 'internal error (details in the dashboard\'s log)');
      else res.end();
    }
    return true;
  };
}

/**
 * Answers an error of the dashboard (or of the server it is mounted in): JSON `{"error", "code"}` for the JSON API under
 * BASE/api/, an error page naming the message and code for everything else. Messages never carry a stack.
 */
export function sendDashboardError(req: IncomingMessage, res: ServerResponse, base: string, code: HttpErrorCode, message: string, headers: Record<string, string> = {}): void {
  const status = HTTP_ERROR_CODES[code].status;
  const api = new URL(req.url ?? '/', 'http://x').pathname.startsWith(`${base}/api/`);
  const body = api ? httpErrorBody(code, message) : layout(base, `Error ${status}`, `<h1>Error ${status}</h1>${errorLine({ code, message })}<p><a href="${base}/">Back to the overview</a></p>`);
  res.writeHead(status, { 'content-type': api ? 'application/json' : 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...(api ? {} : { 'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'", 'x-frame-options': 'DENY' }), ...headers }).end(body);
}
