/**
 * `distillguard keys create|list|revoke`: API key management, on the gateway's data directory when no gateway runs on
 * it, or through a running gateway's admin API (`--gateway URL --admin-token T`), which holds the DuckDB file's lock.
 */
import { DistillguardError } from '../errors.js';
import { TIERS, type Tier } from '../dataset/types.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import type { KeyRecord } from '../store/store.js';
import { positional, requiredOpt, stringOpt, type Command } from './command.js';

/** What each subcommand needs, whichever way it reaches the keys. */
interface KeyBackend {
  create(o: { accountId: string; tier?: Tier; orgId?: string; label?: string }): Promise<{ key: string; record: KeyRecord }>;
  list(accountId: string | undefined): Promise<KeyRecord[]>;
  /** False when there is no such active key. */
  revoke(keyId: string): Promise<boolean>;
  close(): Promise<void>;
}

export const keysCommand: Command = {
  name: 'keys',
  summary: 'create, list or revoke gateway API keys (stored hashed; a new key is printed once)',
  args: 'create|list|revoke [KEY_ID]',
  options: {
    account: { type: 'string', value: 'ID', description: 'account the key bills to (create; filter for list)' },
    tier: { type: 'string', value: 'T', description: `account tier: ${TIERS.join(', ')} (create)` },
    org: { type: 'string', value: 'ORG', description: 'organisation of the account, for org-wide limits (create)' },
    label: { type: 'string', value: 'TEXT', description: 'free-text label (create)' },
    data: { type: 'string', value: 'DIR', default: 'distillguard-data', description: 'gateway data directory (when no gateway runs on it)' },
    gateway: { type: 'string', value: 'URL', description: 'a running gateway: manage keys through its admin API (default: $DISTILLGUARD_GATEWAY); needs --admin-token' },
    'admin-token': { type: 'string', value: 'TOKEN', description: 'the gateway\'s admin token (default: $DISTILLGUARD_ADMIN_TOKEN)' },
    json: { type: 'boolean', description: 'print JSON' },
  },
  details: `
While \`distillguard serve\` runs it holds the DuckDB file's lock; manage keys through it instead:
  distillguard keys create --account acme-1 --tier scale --gateway http://127.0.0.1:8080 --admin-token $TOKEN
(or set DISTILLGUARD_GATEWAY and DISTILLGUARD_ADMIN_TOKEN). The gateway serves a new key at once.`,
  async run(ctx) {
    const sub = positional(ctx, 0, 'create|list|revoke');
    if (sub !== 'create' && sub !== 'list' && sub !== 'revoke') throw new DistillguardError('USAGE', `unknown keys subcommand "${sub}" (create, list, revoke)`);
    const tier = stringOpt(ctx, 'tier');
    if (tier !== undefined && !(TIERS as readonly string[]).includes(tier)) throw new DistillguardError('USAGE', `--tier must be one of ${TIERS.join(', ')}`);
    const account = sub === 'create' ? requiredOpt(ctx, 'account') : stringOpt(ctx, 'account');
    const keyId = sub === 'revoke' ? positional(ctx, 1, 'KEY_ID') : null;
    const gateway = stringOpt(ctx, 'gateway') ?? (process.env.DISTILLGUARD_GATEWAY || undefined);
    const backend = gateway
      ? adminBackend(gateway, stringOpt(ctx, 'admin-token') ?? (process.env.DISTILLGUARD_ADMIN_TOKEN || undefined))
      : await storeBackend(stringOpt(ctx, 'data') ?? 'distillguard-data');
    try {
      const out = (o: unknown, text: string) => process.stdout.write(ctx.values.json ? JSON.stringify(o) + '\n' : text + '\n');
      if (sub === 'create') {
        const org = stringOpt(ctx, 'org');
        const label = stringOpt(ctx, 'label');
        const { key, record } = await backend.create({ accountId: account!, ...(tier ? { tier: tier as Tier } : {}), ...(org ? { orgId: org } : {}), ...(label ? { label } : {}) });
        out({ key, ...record }, key);
        if (!ctx.values.json) process.stderr.write(`created ${record.key_id} for account ${record.account_id} (the key is shown only now)\n`);
      } else if (sub === 'list') {
        const keys = await backend.list(account);
        out(keys, keys.map((k) => `${k.key_id}  ${k.account_id}  ${k.created_at}${k.revoked_at ? `  revoked ${k.revoked_at}` : ''}${k.label ? `  ${k.label}` : ''}`).join('\n'));
      } else {
        if (!(await backend.revoke(keyId!))) throw new DistillguardError('USAGE', `no active key ${keyId}`);
        out({ key_id: keyId, revoked: true }, `revoked ${keyId}`);
      }
    } finally {
      await backend.close();
    }
    return 0;
  },
};

async function storeBackend(dir: string): Promise<KeyBackend> {
  let store: DuckDbStore;
  try {
    store = await DuckDbStore.open({ kind: 'dir', dir });
  } catch (e) {
    if (e instanceof DistillguardError && e.code === 'STORE_LOCKED') {
      throw new DistillguardError('STORE_LOCKED', `${dir} is in use (a gateway is running on it): manage keys through the gateway with --gateway URL --admin-token TOKEN (or DISTILLGUARD_GATEWAY and DISTILLGUARD_ADMIN_TOKEN)`, { cause: e });
    }
    throw e;
  }
  return {
    create: (o) => store.createKey({ ...o, nowIso: new Date().toISOString() }),
    list: (a) => store.listKeys(a),
    revoke: (id) => store.revokeKey(id, new Date().toISOString()),
    close: () => store.close(),
  };
}

function adminBackend(gateway: string, token: string | undefined): KeyBackend {
  if (!token) throw new DistillguardError('USAGE', '--gateway needs --admin-token TOKEN (or DISTILLGUARD_ADMIN_TOKEN)');
  let base: URL;
  try {
    base = new URL(gateway);
  } catch {
    throw new DistillguardError('USAGE', `--gateway must be a URL, got "${gateway}"`);
  }
  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
    let res: Response;
    try {
      res = await fetch(new URL(path, base), {
        method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}), signal: AbortSignal.timeout(30_000),
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
      throw new DistillguardError('ADMIN_API', `cannot reach the gateway at ${base.origin}: ${cause}`, { cause: e });
    }
    const text = await res.text();
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // A proxy's HTML error page: reported by status below.
    }
    if (res.status === 401) throw new DistillguardError('ADMIN_API', `the gateway at ${base.origin} refused the admin token (401)`);
    if (res.status >= 400 && res.status !== 404) throw new DistillguardError('ADMIN_API', `the gateway answered ${res.status}: ${typeof json.error === 'string' ? json.error : text.slice(0, 200)}`);
    return { status: res.status, json };
  };
  return {
    async create(o) {
      const r = await call('POST', '/admin/keys', { account_id: o.accountId, ...(o.tier ? { tier: o.tier } : {}), ...(o.orgId ? { org_id: o.orgId } : {}), ...(o.label ? { label: o.label } : {}) });
      if (r.status !== 201) throw new DistillguardError('ADMIN_API', `the gateway answered ${r.status} to POST /admin/keys: ${String(r.json.error ?? '')}`);
      const { key, ...record } = r.json;
      return { key: String(key), record: record as unknown as KeyRecord };
    },
    async list(accountId) {
      const r = await call('GET', `/admin/keys${accountId ? `?account=${encodeURIComponent(accountId)}` : ''}`);
      if (r.status !== 200) throw new DistillguardError('ADMIN_API', `the gateway answered ${r.status} to GET /admin/keys`);
      return r.json.keys as KeyRecord[];
    },
    async revoke(keyId) {
      const r = await call('DELETE', `/admin/keys/${encodeURIComponent(keyId)}`);
      return r.status === 200;
    },
    close: async () => undefined,
  };
}
