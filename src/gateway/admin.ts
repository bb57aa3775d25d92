/**
 * Admin API under /admin/ (the caller has already checked the token and says who it is: the shared admin token, or a
 * named reviewer token, whose name the audit trail records). JSON in, JSON out. Reviewer tokens may use every route
 * but key management.
 *
 *   GET    /admin/campaigns                      campaigns from the latest verdicts
 *   POST   /admin/campaigns/:id/review           {"action": "confirm"|"dismiss", "note"?}: every open flagged account of
 *                                                 the campaign in one step (confirm skips verified organisations)
 *   GET    /admin/accounts[?flagged=true&offset=&limit=]  accounts with risk, decision and review state; total for paging
 *   GET    /admin/accounts/:id                   one account: keys (ids only), risk, review, appeals, recent audit
 *   POST   /admin/accounts/:id/review            {"action": "confirm"|"dismiss"|"allowlist"|"unblock"|"block", "note"?}
 *   POST   /admin/accounts/:id/verified          {"note"?}: the provider's identity check passed; lifts step-up verification
 *   DELETE /admin/accounts/:id/verified          asks the account to verify again (when its tier and risk require it)
 *   POST   /admin/appeals                        {"account_id", "message", "contact"?, "channel"?} → 201: an account owner's
 *                                                 appeal from the provider's support tool; it waits in the review queue
 *   GET    /admin/appeals[?open=true&account=]   appeals, newest first
 *   GET    /admin/verdicts[?flagged=&campaign=]  verdicts in the dataset-spec shape
 *   GET    /admin/audit[?account=&limit=]        audit log, newest first
 *   GET    /admin/keys[?account=]                keys (never the secret)
 *   POST   /admin/keys                           {"account_id", "tier"?, "org_id"?, "label"?, "account"?: {created_at, email_domain,
 *                                                 payment_fingerprint, signup_ip, country, verified}} → {"key", ...} (shown once)
 *   POST   /admin/keys/batch                     {"keys": [same objects as above, up to 10 000]} → {"keys": [{"key", ...}]}
 *   DELETE /admin/keys/:key_id                   revoke
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, httpErrorBody, type HttpErrorCode } from '../errors.js';
import { readBodyText } from './body.js';
import { TIERS, type Tier } from '../dataset/types.js';
import type { Decision, ReviewState } from '../policy/decide.js';
import { randomBytes } from 'node:crypto';
import type { AccountMeta, AuditRow, CreateKeyOptions, GatewayStore, VerificationRow } from '../store/store.js';
import type { EnginePort } from '../live/engine-port.js';

/** Who an admin or dashboard request acts as: the name the audit trail records, and what it may do. */
export interface AdminIdentity {
  name: string;
  role: 'admin' | 'reviewer';
}

/** What the admin API needs of the gateway it serves (server.ts's `Gateway`). */
export interface AdminTarget {
  readonly options: { readonly engine: EnginePort; readonly store: GatewayStore };
  audit(row: Omit<AuditRow, 'ts'> & { ts?: string }): void;
  decisionFor(accountId: string): Decision;
  flushEvents(): Promise<void>;
  reloadKeys(): Promise<void>;
  reviewOf(accountId: string): ReviewState | undefined;
  setReview(accountId: string, state: ReviewState | null, note: string | null): Promise<void>;
  verificationOf(accountId: string): VerificationRow | undefined;
  setVerified(accountId: string, by: string, note: string | null): Promise<VerificationRow>;
  clearVerified(accountId: string): Promise<boolean>;
}

/** Admin errors answer `{"error": message, "code": code}` with a code from the catalogue (src/errors.ts). */
export type AdminErrorCode = HttpErrorCode;
export { HttpError };

/** The body of an admin error response. */
export const adminErrorBody = httpErrorBody;

/** Path segments after /admin/, %-decoded; a malformed escape is the caller's mistake (400), not ours. */
function pathSegments(path: string): string[] {
  return path.split('/').slice(2).map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      throw new HttpError('invalid_path', `malformed %-escape in path segment "${part.slice(0, 80)}"`);
    }
  });
}

type Obj = Record<string, unknown>;

export async function handleAdmin(g: AdminTarget, req: IncomingMessage, res: ServerResponse, path: string, url: string, who: AdminIdentity): Promise<void> {
  const q = new URL(url, 'http://x').searchParams;
  const parts = pathSegments(path); // ['accounts', id, 'review']
  const method = req.method ?? 'GET';
  const limit = Math.min(10_000, Math.max(1, Number(q.get('limit') ?? 1000) || 1000));
  const store = g.options.store;
  const send = (status: number, body: unknown) => {
    const s = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(s) }).end(s);
  };
  const [head, id, sub] = parts;
  if (head === 'keys' && who.role !== 'admin') throw new HttpError('forbidden', 'key management needs the admin token (reviewer tokens review)');
  const actor = who.role === 'admin' ? ('admin' as const) : ('reviewer' as const);
  /** Applies one review action to one account, audits it under the caller's name and answers its open appeals. */
  const review = async (accountId: string, action: string, note: string | null, bulk?: number): Promise<ReviewState | null> => {
    const risk = g.options.engine.riskOf(accountId);
    let state: ReviewState | null;
    switch (action) {
      case 'confirm':
        state = { state: 'confirmed', campaignId: risk?.campaignId ?? null };
        break;
      case 'dismiss':
        state = { state: 'dismissed', risk: risk?.risk ?? 0, campaignId: risk?.campaignId ?? null };
        break;
      case 'allowlist':
        state = { state: 'allowlisted' };
        break;
      case 'block':
        state = { state: 'blocked' };
        break;
      case 'unblock':
        // Lifting a block also silences the current risk: the account stays allowed until its
        // risk rises further or it joins another campaign (same as a dismissal).
        state = risk ? { state: 'dismissed', risk: risk.risk, campaignId: risk.campaignId } : null;
        break;
      default:
        throw new HttpError('invalid_action', 'action must be one of confirm, dismiss, allowlist, unblock, block');
    }
    await g.setReview(accountId, state, note);
    const ts = new Date().toISOString();
    await store.closeAppeals([accountId], who.name, ts);
    g.audit({ actor, action: `review.${action}`, account_id: accountId, request_id: null, key_id: null, reasons: [`review_${action}`], enforced: true, detail: { reviewer: who.name, note, risk: risk?.risk ?? null, campaign_id: risk?.campaignId ?? null, ...(bulk ? { bulk } : {}) } });
    return state;
  };

  if (method === 'GET' && head === 'campaigns' && id === undefined) {
    await g.flushEvents();
    const verdicts = await store.listVerdicts({ limit: 100_000 });
    const byCampaign = new Map<string, { campaign_id: string; accounts: string[]; max_risk: number; first_flagged_at: string | null }>();
    for (const v of verdicts) {
      if (v.campaign_id === null) continue;
      let c = byCampaign.get(v.campaign_id);
      if (!c) byCampaign.set(v.campaign_id, (c = { campaign_id: v.campaign_id, accounts: [], max_risk: 0, first_flagged_at: null }));
      c.accounts.push(v.account_id);
      c.max_risk = Math.max(c.max_risk, v.risk);
      if (v.first_flagged_at && (c.first_flagged_at === null || v.first_flagged_at < c.first_flagged_at)) c.first_flagged_at = v.first_flagged_at;
    }
    const campaigns = [...byCampaign.values()].sort((a, b) => b.accounts.length - a.accounts.length).map((c) => ({ ...c, size: c.accounts.length }));
    return send(200, { campaigns });
  }

  if (method === 'POST' && head === 'campaigns' && id !== undefined && sub === 'review') {
    const body = await readJson(req);
    if (body.action !== 'confirm' && body.action !== 'dismiss') throw new HttpError('invalid_action', 'action must be confirm or dismiss (then handle exceptions per account)');
    const note = typeof body.note === 'string' ? body.note : null;
    await g.flushEvents();
    const members = (await store.listVerdicts({ campaignId: id, flagged: true, limit: 1_000_000 })).filter((v) => g.reviewOf(v.account_id) === undefined);
    if (members.length === 0 && (await store.listVerdicts({ campaignId: id, limit: 1 })).length === 0) throw new HttpError('campaign_not_found', `no campaign ${id}`);
    const verified = new Set<string>();
    if (body.action === 'confirm') for (const v of members) if ((await store.getAccount(v.account_id))?.meta?.verified === true) verified.add(v.account_id);
    const targets = members.filter((v) => !verified.has(v.account_id));
    for (const v of targets) await review(v.account_id, body.action, note, targets.length);
    await g.flushEvents();
    return send(200, { campaign_id: id, action: body.action, changed: targets.length, skipped_verified: verified.size, reviewer: who.name });
  }

  if (head === 'appeals' && id === undefined) {
    if (method === 'POST') {
      const body = await readJson(req);
      if (typeof body.account_id !== 'string' || body.account_id === '') throw new HttpError('invalid_request', 'account_id (string) is required');
      if (typeof body.message !== 'string' || body.message.trim() === '') throw new HttpError('invalid_request', 'message (what the account owner said) is required');
      const str = (x: unknown, max: number) => (typeof x === 'string' && x.trim() ? x.trim().slice(0, max) : null);
      const known = g.options.engine.riskOf(body.account_id) !== undefined || (await store.getAccount(body.account_id)) !== null;
      if (!known) throw new HttpError('account_not_found', `unknown account ${body.account_id}`);
      const ts = new Date().toISOString();
      const appeal = { id: `apl_${randomBytes(8).toString('hex')}`, account_id: body.account_id, ts, message: body.message.trim().slice(0, 4000), contact: str(body.contact, 200), channel: str(body.channel, 100) ?? 'support', closed_by: null, closed_at: null };
      await store.addAppeal(appeal);
      const risk = g.options.engine.riskOf(body.account_id);
      g.audit({ actor: 'appeal', action: 'review.appeal', account_id: body.account_id, request_id: null, key_id: null, reasons: ['review_appeal'], enforced: true, detail: { appeal_id: appeal.id, channel: appeal.channel, contact: appeal.contact, note: appeal.message, relayed_by: who.name, risk: risk?.risk ?? null, campaign_id: risk?.campaignId ?? null } });
      await g.flushEvents();
      return send(201, appeal);
    }
    if (method === 'GET') {
      const open = q.get('open');
      const account = q.get('account');
      return send(200, { appeals: await store.listAppeals({ ...(open !== null ? { open: open === 'true' || open === '1' } : {}), ...(account ? { accountId: account } : {}), limit }) });
    }
  }

  if (head === 'accounts') {
    if (method === 'GET' && id === undefined) {
      const flaggedOnly = q.get('flagged') === 'true' || q.get('flagged') === '1';
      const offset = Math.max(0, Math.floor(Number(q.get('offset') ?? 0)) || 0);
      const accounts = await store.listAccounts(1_000_000);
      const verdicts = new Map((await store.listVerdicts({ limit: 100_000 })).map((v) => [v.account_id, v]));
      const ids = new Set([...accounts.map((a) => a.account_id), ...verdicts.keys()]);
      const out = [];
      for (const a of ids) {
        const risk = g.options.engine.riskOf(a) ?? null;
        const flagged = risk?.flagged ?? verdicts.get(a)?.flagged ?? false;
        if (flaggedOnly && !flagged) continue;
        out.push({ account_id: a, risk, decision: g.decisionFor(a), review: g.reviewOf(a) ?? null });
      }
      out.sort((a, b) => (b.risk?.risk ?? 0) - (a.risk?.risk ?? 0) || a.account_id.localeCompare(b.account_id));
      return send(200, { total: out.length, offset, accounts: out.slice(offset, offset + limit) });
    }
    if (id === undefined) throw new HttpError('not_found', 'no such route');
    if (method === 'GET' && sub === undefined) {
      await g.flushEvents();
      const [account, keys, audit, events, appeals] = await Promise.all([store.getAccount(id), store.listKeys(id), store.listAudit({ accountId: id, limit: 50 }), store.countEvents(id), store.listAppeals({ accountId: id, limit: 50 })]);
      return send(200, { account, risk: g.options.engine.riskOf(id) ?? null, decision: g.decisionFor(id), review: g.reviewOf(id) ?? null, verification: g.verificationOf(id) ?? null, keys, events, appeals, audit });
    }
    if (sub === 'verified' && (method === 'POST' || method === 'DELETE')) {
      const body = method === 'POST' ? await readJson(req) : {};
      const note = typeof body.note === 'string' ? body.note : null;
      if (method === 'POST') {
        const row = await g.setVerified(id, who.name, note);
        g.audit({ actor, action: 'verify.lift', account_id: id, request_id: null, key_id: null, reasons: ['identity_verified'], enforced: true, detail: { by: who.name, note } });
        return send(200, { account_id: id, verification: row });
      }
      const had = await g.clearVerified(id);
      g.audit({ actor, action: 'verify.require', account_id: id, request_id: null, key_id: null, reasons: ['verification_reset'], enforced: true, detail: { by: who.name } });
      return send(200, { account_id: id, verification: null, was_verified: had });
    }
    if (method === 'POST' && sub === 'review') {
      const body = await readJson(req);
      const state = await review(id, String(body.action), typeof body.note === 'string' ? body.note : null);
      await g.flushEvents();
      return send(200, { account_id: id, review: state, decision: g.decisionFor(id), reviewer: who.name });
    }
  }

  if (method === 'GET' && head === 'verdicts' && id === undefined) {
    await g.flushEvents();
    const f = q.get('flagged');
    const rows = await store.listVerdicts({ ...(f !== null ? { flagged: f === 'true' || f === '1' } : {}), ...(q.get('campaign') ? { campaignId: q.get('campaign')! } : {}), limit });
    return send(200, { verdicts: rows.map(({ updated_at: _u, ...v }) => v) });
  }

  if (method === 'GET' && head === 'audit' && id === undefined) {
    await g.flushEvents();
    const account = q.get('account');
    return send(200, { audit: await store.listAudit({ ...(account ? { accountId: account } : {}), limit }) });
  }

  if (head === 'keys') {
    if (method === 'GET' && id === undefined) {
      const account = q.get('account');
      return send(200, { keys: await store.listKeys(account ?? undefined) });
    }
    if (method === 'POST' && (id === undefined || (id === 'batch' && sub === undefined))) {
      const body = await readJson(req, id === 'batch' ? 16 * 1024 * 1024 : 65_536);
      let items: unknown[] = [body];
      if (id === 'batch') {
        if (!Array.isArray(body.keys) || body.keys.length === 0 || body.keys.length > 10_000) throw new HttpError('invalid_request', 'keys must be a list of 1..10000 key requests');
        items = body.keys as unknown[];
      }
      const nowIso = new Date().toISOString();
      const batch = items.map((x, i) => keyRequest(x, nowIso, id === 'batch' ? `keys[${i}].` : ''));
      const created = await store.createKeys(batch);
      await g.reloadKeys();
      for (const c of created) g.audit({ actor: 'admin', action: 'key.create', account_id: c.record.account_id, request_id: null, key_id: c.record.key_id, reasons: [], enforced: true, detail: who.name === 'admin' ? null : { by: who.name } });
      const out = created.map((c) => ({ key: c.key, ...c.record }));
      return send(201, id === 'batch' ? { keys: out } : out[0]);
    }
    if (method === 'DELETE' && id !== undefined && sub === undefined) {
      const ok = await store.revokeKey(id, new Date().toISOString());
      if (!ok) throw new HttpError('not_found', `no active key ${id}`);
      await g.reloadKeys();
      g.audit({ actor: 'admin', action: 'key.revoke', account_id: null, request_id: null, key_id: id, reasons: [], enforced: true, detail: null });
      return send(200, { key_id: id, revoked: true });
    }
  }
  throw new HttpError('not_found', `no admin route ${method} ${path}`);
}

/** One key request of POST /admin/keys (or an item of /admin/keys/batch), validated. */
function keyRequest(x: unknown, nowIso: string, where: string): CreateKeyOptions {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new HttpError('invalid_request', `${where || 'body'} must be an object`);
  const body = x as Obj;
  if (typeof body.account_id !== 'string' || body.account_id === '') throw new HttpError('invalid_request', `${where}account_id (string) is required`);
  if (body.tier !== undefined && body.tier !== null && !(TIERS as readonly unknown[]).includes(body.tier)) throw new HttpError('invalid_request', `${where}tier must be one of ${TIERS.join(', ')}`);
  const meta = parseMeta(body.account);
  return {
    accountId: body.account_id, nowIso,
    ...(typeof body.tier === 'string' ? { tier: body.tier as Tier } : {}),
    ...(typeof body.org_id === 'string' ? { orgId: body.org_id } : {}),
    ...(typeof body.label === 'string' ? { label: body.label } : {}),
    ...(meta ? { meta } : {}),
  };
}

async function readJson(req: IncomingMessage, max = 65_536): Promise<Obj> {
  const text = await readBodyText(req, max);
  let v: unknown;
  try {
    v = JSON.parse(text || '{}');
  } catch {
    throw new HttpError('invalid_request', 'body is not valid JSON');
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new HttpError('invalid_request', 'body must be a JSON object');
  return v as Obj;
}

/** Optional sign-up facts for the engine; strings/booleans only, anything else is a 400. */
function parseMeta(x: unknown): AccountMeta | null {
  if (x === undefined || x === null) return null;
  if (typeof x !== 'object' || Array.isArray(x)) throw new HttpError('invalid_request', 'account must be an object');
  const o = x as Obj;
  const meta: AccountMeta = {};
  for (const k of ['created_at', 'email_domain', 'payment_fingerprint', 'signup_ip', 'country'] as const) {
    if (o[k] === undefined || o[k] === null) continue;
    if (typeof o[k] !== 'string') throw new HttpError('invalid_request', `account.${k} must be a string`);
    meta[k] = o[k] as string;
  }
  if (o.verified !== undefined) {
    if (typeof o.verified !== 'boolean') throw new HttpError('invalid_request', 'account.verified must be a boolean');
    meta.verified = o.verified;
  }
  return meta;
}
