/**
 * Embedded DuckDB implementation of the gateway store. One file (`<dir>/distillguard.duckdb`) or
 * `:memory:`. Every statement goes through one promise chain on one connection, so writes never
 * interleave; callers batch events and audit rows (the gateway flushes them off the request path),
 * and each batch is one INSERT of a JSON array that DuckDB unpacks on its own thread.
 * DuckDB runs with one thread: the gateway shares its 2 cores with the proxy and the engine worker.
 */
import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { DistillguardError } from '../errors.js';
import type { Interaction, Tier } from '../dataset/types.js';
import { generateKey } from './keys.js';
import type { AccountMeta, AccountRow, ActiveKey, AppealRow, AuditRow, CreateKeyOptions, GatewayStore, KeyRecord, ReviewRow, VerdictRow, VerificationRow } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS accounts (account_id VARCHAR PRIMARY KEY, tier VARCHAR, org_id VARCHAR, created_at VARCHAR NOT NULL, meta VARCHAR);
CREATE TABLE IF NOT EXISTS api_keys (key_id VARCHAR PRIMARY KEY, key_hash VARCHAR NOT NULL UNIQUE, account_id VARCHAR NOT NULL,
  label VARCHAR, created_at VARCHAR NOT NULL, revoked_at VARCHAR);
CREATE TABLE IF NOT EXISTS events (id VARCHAR, ts VARCHAR, account_id VARCHAR, api_key_id VARCHAR, endpoint VARCHAR, model VARCHAR,
  status INTEGER, input_tokens INTEGER, output_tokens INTEGER, record VARCHAR);
CREATE TABLE IF NOT EXISTS audit (ts VARCHAR, actor VARCHAR, action VARCHAR, account_id VARCHAR, request_id VARCHAR, key_id VARCHAR,
  reasons VARCHAR, enforced BOOLEAN, detail VARCHAR);
CREATE TABLE IF NOT EXISTS verdicts (account_id VARCHAR PRIMARY KEY, risk DOUBLE, flagged BOOLEAN, campaign_id VARCHAR,
  first_flagged_at VARCHAR, reasons VARCHAR, updated_at VARCHAR);
CREATE TABLE IF NOT EXISTS reviews (account_id VARCHAR PRIMARY KEY, state VARCHAR NOT NULL, risk DOUBLE, campaign_id VARCHAR,
  note VARCHAR, updated_at VARCHAR);
CREATE TABLE IF NOT EXISTS verifications (account_id VARCHAR PRIMARY KEY, verified_at VARCHAR NOT NULL, verified_by VARCHAR NOT NULL, note VARCHAR);
CREATE TABLE IF NOT EXISTS appeals (id VARCHAR PRIMARY KEY, account_id VARCHAR NOT NULL, ts VARCHAR NOT NULL, message VARCHAR NOT NULL,
  contact VARCHAR, channel VARCHAR NOT NULL, closed_by VARCHAR, closed_at VARCHAR);
`;

export type DuckDbLocation = { kind: 'memory' } | { kind: 'dir'; dir: string };

export class DuckDbStore implements GatewayStore {
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;

  /** The data directory of a store on disk (permissions are kept private). */
  private dir: string | null = null;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
  ) {}

  static async open(location: DuckDbLocation): Promise<DuckDbStore> {
    let path = ':memory:';
    if (location.kind === 'dir') {
      // Keys, events (prompts) and audit: readable by this user only.
      mkdirSync(location.dir, { recursive: true, mode: 0o700 });
      privateFiles(location.dir);
      path = join(location.dir, 'distillguard.duckdb');
    }
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path, { threads: '1' });
    } catch (e) {
      const msg = (e as Error).message;
      if (/lock/i.test(msg)) {
        throw new DistillguardError('STORE_LOCKED', `cannot open ${path}: ${msg.split('\n')[0]} (is a gateway already running on this data dir? use its admin API instead)`, { cause: e });
      }
      throw new DistillguardError('IO', `cannot open ${path}: ${msg.split('\n')[0]}`, { cause: e });
    }
    const conn = await instance.connect();
    await conn.run(SCHEMA);
    if (location.kind === 'dir') privateFiles(location.dir);
    const store = new DuckDbStore(instance, conn);
    if (location.kind === 'dir') store.dir = location.dir;
    return store;
  }

  /** Runs `fn` after every earlier statement has finished. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new DistillguardError('IO', 'store is closed'));
    const p = this.chain.then(fn, fn);
    this.chain = p.catch(() => undefined);
    return p;
  }

  private async rows(sql: string, params: DuckDBValue[] = []): Promise<Record<string, unknown>[]> {
    const reader = await this.conn.runAndReadAll(sql, params);
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  }

  createKey(opts: CreateKeyOptions): Promise<{ key: string; record: KeyRecord }> {
    return this.serial(() => this.insertKey(opts));
  }

  createKeys(batch: CreateKeyOptions[]): Promise<{ key: string; record: KeyRecord }[]> {
    return this.serial(async () => {
      await this.conn.run('BEGIN TRANSACTION');
      try {
        const out = [];
        for (const opts of batch) out.push(await this.insertKey(opts));
        await this.conn.run('COMMIT');
        return out;
      } catch (e) {
        await this.conn.run('ROLLBACK').catch(() => undefined);
        throw e;
      }
    });
  }

  private async insertKey(opts: CreateKeyOptions): Promise<{ key: string; record: KeyRecord }> {
    const { key, hash, keyId } = generateKey();
    // The account row carries tier and org; a new key may update them, never clear them.
    await this.conn.run(
      `INSERT INTO accounts VALUES ($1, $2, $3, $4, $5) ON CONFLICT (account_id) DO UPDATE SET
         tier = COALESCE(excluded.tier, accounts.tier), org_id = COALESCE(excluded.org_id, accounts.org_id),
         meta = COALESCE(excluded.meta, accounts.meta)`,
      [opts.accountId, opts.tier ?? null, opts.orgId ?? null, opts.meta?.created_at ?? opts.nowIso, opts.meta ? JSON.stringify(opts.meta) : null],
    );
    await this.conn.run('INSERT INTO api_keys VALUES ($1, $2, $3, $4, $5, NULL)', [keyId, hash, opts.accountId, opts.label ?? null, opts.nowIso]);
    return { key, record: { key_id: keyId, account_id: opts.accountId, label: opts.label ?? null, created_at: opts.nowIso, revoked_at: null } };
  }

  revokeKey(keyId: string, nowIso: string): Promise<boolean> {
    return this.serial(async () => {
      const r = await this.rows('UPDATE api_keys SET revoked_at = $2 WHERE key_id = $1 AND revoked_at IS NULL RETURNING key_id', [keyId, nowIso]);
      return r.length > 0;
    });
  }

  listKeys(accountId?: string): Promise<KeyRecord[]> {
    return this.serial(async () => {
      const r = accountId === undefined
        ? await this.rows('SELECT key_id, account_id, label, created_at, revoked_at FROM api_keys ORDER BY created_at, key_id')
        : await this.rows('SELECT key_id, account_id, label, created_at, revoked_at FROM api_keys WHERE account_id = $1 ORDER BY created_at, key_id', [accountId]);
      return r as unknown as KeyRecord[];
    });
  }

  activeKeys(): Promise<ActiveKey[]> {
    return this.serial(async () => {
      const r = await this.rows(
        `SELECT k.key_hash, k.key_id, k.account_id, a.tier, a.org_id, a.created_at AS account_created_at FROM api_keys k
         LEFT JOIN accounts a USING (account_id) WHERE k.revoked_at IS NULL`,
      );
      return r as unknown as ActiveKey[];
    });
  }

  getAccount(accountId: string): Promise<AccountRow | null> {
    return this.serial(async () => {
      const r = await this.rows('SELECT * FROM accounts WHERE account_id = $1', [accountId]);
      return r[0] ? accountRow(r[0]) : null;
    });
  }

  listAccounts(limit: number): Promise<AccountRow[]> {
    return this.serial(async () => (await this.rows('SELECT * FROM accounts ORDER BY account_id LIMIT $1', [limit])).map(accountRow));
  }

  appendEvents(batch: Interaction[]): Promise<void> {
    if (batch.length === 0) return Promise.resolve();
    // The batch goes in as one JSON parameter and DuckDB unpacks it on its own thread: the
    // appender would do the same work synchronously on the gateway's event loop.
    const json = JSON.stringify(batch);
    return this.serial(async () => {
      await this.conn.run(
        `INSERT INTO events SELECT j->>'id', j->>'ts', j->>'account_id', j->>'api_key_id', j->>'endpoint', j->>'model',
           (j->>'status')::INTEGER, (j->>'input_tokens')::INTEGER, (j->>'output_tokens')::INTEGER, j::VARCHAR
         FROM (SELECT unnest(from_json($1::JSON, '["JSON"]')) AS j)`,
        [json],
      );
    });
  }

  /** The latest stored interaction records, newest first. */
  recentEvents(limit: number): Promise<Interaction[]> {
    return this.serial(async () => (await this.rows('SELECT record FROM events ORDER BY ts DESC LIMIT $1', [limit])).map((r) => JSON.parse(String(r.record)) as Interaction));
  }

  countEvents(accountId?: string): Promise<number> {
    return this.serial(async () => {
      const r = accountId === undefined
        ? await this.rows('SELECT count(*)::INTEGER AS n FROM events')
        : await this.rows('SELECT count(*)::INTEGER AS n FROM events WHERE account_id = $1', [accountId]);
      return Number(r[0]?.n ?? 0);
    });
  }

  appendAudit(batch: AuditRow[]): Promise<void> {
    if (batch.length === 0) return Promise.resolve();
    const json = JSON.stringify(batch.map((a) => ({ ...a, reasons: JSON.stringify(a.reasons), detail: a.detail === null ? null : JSON.stringify(a.detail) })));
    return this.serial(async () => {
      await this.conn.run(
        `INSERT INTO audit SELECT j->>'ts', j->>'actor', j->>'action', j->>'account_id', j->>'request_id', j->>'key_id',
           j->>'reasons', (j->>'enforced')::BOOLEAN, j->>'detail'
         FROM (SELECT unnest(from_json($1::JSON, '["JSON"]')) AS j)`,
        [json],
      );
    });
  }

  listAudit(opts: { accountId?: string; limit: number }): Promise<AuditRow[]> {
    return this.serial(async () => {
      const r = opts.accountId === undefined
        ? await this.rows('SELECT * FROM audit ORDER BY ts DESC LIMIT $1', [opts.limit])
        : await this.rows('SELECT * FROM audit WHERE account_id = $1 ORDER BY ts DESC LIMIT $2', [opts.accountId, opts.limit]);
      return r.map((x) => ({
        ...(x as unknown as AuditRow),
        reasons: JSON.parse(String(x.reasons)) as string[],
        detail: x.detail === null ? null : (JSON.parse(String(x.detail)) as Record<string, unknown>),
      }));
    });
  }

  upsertVerdicts(rows: VerdictRow[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return this.serial(async () => {
      // first_flagged_at keeps the earliest time ever recorded: a later unflag/reflag must not move it.
      for (const v of rows) {
        await this.conn.run(
          `INSERT INTO verdicts VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (account_id) DO UPDATE SET
             risk = excluded.risk, flagged = excluded.flagged, campaign_id = excluded.campaign_id, reasons = excluded.reasons,
             updated_at = excluded.updated_at, first_flagged_at = COALESCE(verdicts.first_flagged_at, excluded.first_flagged_at)`,
          [v.account_id, v.risk, v.flagged, v.campaign_id, v.first_flagged_at, JSON.stringify(v.reasons), v.updated_at],
        );
      }
    });
  }

  listVerdicts(opts: { flagged?: boolean; campaignId?: string; limit: number }): Promise<VerdictRow[]> {
    return this.serial(async () => {
      const where: string[] = [];
      const params: DuckDBValue[] = [];
      if (opts.flagged !== undefined) {
        params.push(opts.flagged);
        where.push(`flagged = $${params.length}`);
      }
      if (opts.campaignId !== undefined) {
        params.push(opts.campaignId);
        where.push(`campaign_id = $${params.length}`);
      }
      params.push(opts.limit);
      const sql = `SELECT * FROM verdicts ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY risk DESC, account_id LIMIT $${params.length}`;
      return (await this.rows(sql, params)).map((x) => ({ ...(x as unknown as VerdictRow), reasons: JSON.parse(String(x.reasons)) as string[] }));
    });
  }

  setReview(row: ReviewRow | { account_id: string; state: null }): Promise<void> {
    return this.serial(async () => {
      if (row.state === null) {
        await this.conn.run('DELETE FROM reviews WHERE account_id = $1', [row.account_id]);
        return;
      }
      await this.conn.run('INSERT OR REPLACE INTO reviews VALUES ($1, $2, $3, $4, $5, $6)', [row.account_id, row.state, row.risk, row.campaign_id, row.note, row.updated_at]);
    });
  }

  setReviews(rows: (ReviewRow | { account_id: string; state: null })[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return this.serial(async () => {
      await this.conn.run('BEGIN TRANSACTION');
      try {
        for (const row of rows) {
          if (row.state === null) await this.conn.run('DELETE FROM reviews WHERE account_id = $1', [row.account_id]);
          else await this.conn.run('INSERT OR REPLACE INTO reviews VALUES ($1, $2, $3, $4, $5, $6)', [row.account_id, row.state, row.risk, row.campaign_id, row.note, row.updated_at]);
        }
        await this.conn.run('COMMIT');
      } catch (e) {
        await this.conn.run('ROLLBACK');
        throw e;
      }
    });
  }

  addAppeal(row: AppealRow): Promise<void> {
    return this.serial(async () => {
      await this.conn.run('INSERT INTO appeals VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [row.id, row.account_id, row.ts, row.message, row.contact, row.channel, row.closed_by, row.closed_at]);
    });
  }

  listAppeals(opts: { open?: boolean; accountId?: string; limit: number }): Promise<AppealRow[]> {
    return this.serial(async () => {
      const where: string[] = [];
      const params: DuckDBValue[] = [];
      if (opts.open !== undefined) where.push(opts.open ? 'closed_at IS NULL' : 'closed_at IS NOT NULL');
      if (opts.accountId !== undefined) {
        params.push(opts.accountId);
        where.push(`account_id = $${params.length}`);
      }
      params.push(opts.limit);
      const sql = `SELECT * FROM appeals ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY ts DESC, id LIMIT $${params.length}`;
      return (await this.rows(sql, params)) as unknown as AppealRow[];
    });
  }

  closeAppeals(accountIds: string[], by: string, ts: string): Promise<number> {
    if (accountIds.length === 0) return Promise.resolve(0);
    return this.serial(async () => {
      let n = 0;
      for (let i = 0; i < accountIds.length; i += 1000) {
        const part = accountIds.slice(i, i + 1000);
        const r = await this.rows(`UPDATE appeals SET closed_by = $1, closed_at = $2 WHERE closed_at IS NULL AND account_id IN (SELECT unnest(from_json($3::JSON, '["VARCHAR"]'))) RETURNING id`, [by, ts, JSON.stringify(part)]);
        n += r.length;
      }
      return n;
    });
  }

  setVerification(row: VerificationRow | { account_id: string; verified: false }): Promise<void> {
    return this.serial(async () => {
      if ('verified' in row) await this.conn.run('DELETE FROM verifications WHERE account_id = $1', [row.account_id]);
      else await this.conn.run('INSERT OR REPLACE INTO verifications VALUES ($1, $2, $3, $4)', [row.account_id, row.verified_at, row.verified_by, row.note]);
    });
  }

  listVerifications(): Promise<VerificationRow[]> {
    return this.serial(async () => (await this.rows('SELECT * FROM verifications ORDER BY account_id')) as unknown as VerificationRow[]);
  }

  listReviews(): Promise<ReviewRow[]> {
    return this.serial(async () => (await this.rows('SELECT * FROM reviews ORDER BY account_id')) as unknown as ReviewRow[]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.chain;
    this.closed = true;
    this.conn.closeSync();
    this.instance.closeSync();
    // DuckDB creates its write-ahead log with the process umask.
    if (this.dir !== null) privateFiles(this.dir);
  }
}

/** Directory 0700 and the files directly in it 0600 (subdirectories look after themselves). */
function privateFiles(dir: string): void {
  chmodSync(dir, 0o700);
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isFile()) chmodSync(p, 0o600);
  }
}

function accountRow(x: Record<string, unknown>): AccountRow {
  return { account_id: String(x.account_id), tier: (x.tier ?? null) as Tier | null, org_id: (x.org_id ?? null) as string | null, created_at: String(x.created_at), meta: x.meta ? (JSON.parse(String(x.meta)) as AccountMeta) : null };
}
