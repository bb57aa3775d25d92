/**
 * Read access to an `analyze` output directory: campaigns.json, verdicts.jsonl, spikes.json and analysis.duckdb (opened
 * READ-ONLY, so a report or dashboard never changes the evidence it documents). Every figure the case file and
 * the dashboard show beyond campaigns.json comes from the SQL in this file; one connection, one query at a time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { DistillguardError } from '../errors.js';
import type { CampaignReport } from '../engine/analyze.js';
import type { Verdict } from '../dataset/types.js';
import { readSpikesFile, type SpikesFile } from '../signals/regional-spikes/spikes-file.js';
import type { RegionSeries } from './regional-spikes.js';
import { ARTEFACT_TYPES, artefactGraph, HUBS_PER_TYPE, type ArtefactType, type GraphData, type GraphNode, type SharedArtefact } from './link-graph.js';

export { ARTEFACT_TYPES, HUBS_PER_TYPE, type ArtefactType, type GraphData, type GraphNode, type SharedArtefact };

export interface CampaignsFile {
  generated_by?: string;
  dataset?: string;
  campaigns: CampaignReport[];
}

export interface DaySplit { day: string; campaign: number; other: number }
export interface MemberRow {
  account_id: string;
  risk: number;
  flagged: boolean;
  reasons: string[];
  first_flagged_at: string | null;
  created_at: string | null;
  email_domain: string | null;
  payment_fingerprint: string | null;
  country: string | null;
  tier: string | null;
  verified: boolean | null;
  interactions: number;
  features: Record<string, number>;
}
/** Another account linked to one account, and through what (each `via` a kind with the shared value or count). */
export interface LinkedAccount {
  account_id: string;
  risk: number;
  flagged: boolean;
  campaign_id: string | null;
  via: { kind: 'payment' | 'signup-network' | 'email-domain' | 'networks' | 'templates'; detail: string }[];
}

export interface ShareRow { key: string; campaign: number; total: number; accounts: number; sample_ip: string }

/** (account_id, k) over every account, for each artefact type. */
const ARTEFACT_SQL: Record<ArtefactType, string> = {
  template: `SELECT DISTINCT account_id, printf('%x', frame) AS k FROM interactions WHERE frame <> 0`,
  // A browser user agent over a TLS stack no browser sends (enrich/client.ts), keyed by the stack alone.
  spoof: `SELECT DISTINCT account_id, split_part(client, '|', 2) AS k FROM interactions WHERE ua_tls_mismatch AND split_part(client, '|', 2) NOT IN ('', '-')`,
  // A model an account started using after its first day of traffic, keyed by the 6-hour window it started in.
  pivot: `WITH f AS (SELECT account_id, model, min(ts) AS t FROM interactions WHERE model IS NOT NULL GROUP BY 1, 2),
               s AS (SELECT account_id, min(t) AS t0 FROM f GROUP BY 1)
          SELECT f.account_id, f.model || ' from ' || strftime(time_bucket(INTERVAL 6 HOUR, f.t), '%Y-%m-%d %H:00 UTC') AS k
          FROM f JOIN s USING (account_id) WHERE f.t > s.t0 + INTERVAL 1 DAY`,
  payment: `SELECT account_id, payment_fingerprint AS k FROM accounts WHERE payment_fingerprint IS NOT NULL`,
  'signup-net': `SELECT account_id, CASE WHEN contains(signup_ip, '.') THEN regexp_replace(signup_ip, '[.][0-9]+$', '.0/24') ELSE signup_ip END AS k
                 FROM accounts WHERE signup_ip IS NOT NULL`,
  prefix: `SELECT DISTINCT account_id, prefix AS k FROM interactions WHERE prefix IS NOT NULL`,
  // The client software an account sends with (user-agent family and name, and TLS stack): a team's own toolkit.
  client: `SELECT DISTINCT account_id, client AS k FROM interactions WHERE client IS NOT NULL AND split_part(client, '|', 2) NOT IN ('', '-')`,
};
const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : v === null || v === undefined ? 0 : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v));
/** DuckDB TIMESTAMP → RFC 3339 with Z; done in SQL so no time zone ever enters. */
const isoSql = (col: string): string => `strftime(${col}, '%Y-%m-%dT%H:%M:%S.%gZ')`;

export class Analysis {
  private chain: Promise<unknown> = Promise.resolve();
  private verdictCache: Verdict[] | null = null;
  private spikesCache: SpikesFile | null | undefined;

  private constructor(
    readonly dir: string,
    readonly campaignsFile: CampaignsFile,
    private readonly db: DuckDBInstance | null,
    private readonly conn: DuckDBConnection | null,
  ) {}

  /** Opens DIR; the database is optional (analyze --no-db), the SQL-backed views are then empty. */
  static async open(dir: string): Promise<Analysis> {
    const campaignsPath = join(dir, 'campaigns.json');
    if (!existsSync(campaignsPath)) throw new DistillguardError('VERDICTS_NOT_FOUND', `${campaignsPath} is missing: run \`distillguard analyze DATASET --out ${dir}\` first`);
    let file: CampaignsFile;
    try {
      file = JSON.parse(readFileSync(campaignsPath, 'utf8')) as CampaignsFile;
    } catch (e) {
      throw new DistillguardError('FILE_FORMAT', `${campaignsPath}: ${(e as Error).message}`, { cause: e });
    }
    if (!Array.isArray(file.campaigns)) throw new DistillguardError('FILE_FORMAT', `${campaignsPath}: no "campaigns" array`);
    const dbPath = join(dir, 'analysis.duckdb');
    if (!existsSync(dbPath)) return new Analysis(dir, file, null, null);
    try {
      const db = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY', threads: '2' });
      return new Analysis(dir, file, db, await db.connect());
    } catch (e) {
      throw new DistillguardError('IO', `cannot open ${dbPath} read-only: ${(e as Error).message.split('\n')[0]}`, { cause: e });
    }
  }

  get hasDatabase(): boolean {
    return this.conn !== null;
  }

  campaign(id: string): CampaignReport | undefined {
    return this.campaignsFile.campaigns.find((c) => c.id === id);
  }

  /** spikes.json, read once (null when the analysis has none). */
  spikes(): SpikesFile | null {
    if (this.spikesCache === undefined) this.spikesCache = readSpikesFile(this.dir);
    return this.spikesCache;
  }

  /** The campaign members' requests from each region per hour of its series (same length as `counts`). */
  async campaignRegionHours(campaignId: string, region: RegionSeries): Promise<number[]> {
    const where = region.region.kind === 'country' ? 'i.country = $2' : 'i.asn = TRY_CAST($2 AS INTEGER)';
    const r = await this.rows(
      `SELECT (epoch_ms(date_trunc('hour', i.ts)) - $3) // 3600000 AS k, count(*) AS n
       FROM interactions i JOIN campaign_members m ON m.account_id = i.account_id
       WHERE m.campaign_id = $1 AND ${where} AND epoch_ms(i.ts) >= $3 AND epoch_ms(i.ts) < $4 GROUP BY 1`,
      [campaignId, region.region.key, Date.parse(region.start), Date.parse(region.start) + region.counts.length * 3_600_000]);
    const out = new Array<number>(region.counts.length).fill(0);
    for (const x of r) out[num(x.k)] = num(x.n);
    return out;
  }

  /** verdicts.jsonl, read once. */
  verdicts(): Verdict[] {
    if (this.verdictCache) return this.verdictCache;
    const p = join(this.dir, 'verdicts.jsonl');
    if (!existsSync(p)) return (this.verdictCache = []);
    const out: Verdict[] = [];
    for (const line of readFileSync(p, 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as Verdict);
    return (this.verdictCache = out);
  }

  private rows(sql: string, params: DuckDBValue[] = []): Promise<Record<string, unknown>[]> {
    const conn = this.conn;
    if (!conn) return Promise.resolve([]);
    const run = async () => (await conn.runAndReadAll(sql, params)).getRowObjectsJS() as Record<string, unknown>[];
    const p = this.chain.then(run, run);
    this.chain = p.catch(() => undefined);
    return p;
  }

  /** Exchanges per day: this campaign's members against every other account. */
  async dailySplit(campaignId: string): Promise<DaySplit[]> {
    const r = await this.rows(
      `SELECT strftime(i.ts, '%Y-%m-%d') AS d, count(m.account_id) AS c, count(*) - count(m.account_id) AS o
       FROM interactions i LEFT JOIN (SELECT account_id FROM campaign_members WHERE campaign_id = $1) m ON m.account_id = i.account_id
       GROUP BY 1 ORDER BY 1`, [campaignId]);
    return r.map((x) => ({ day: String(x.d), campaign: num(x.c), other: num(x.o) }));
  }

  /** Accounts created per day: members against every other account, from the first member sign-up - 7 days. */
  async signupsPerDay(campaignId: string): Promise<DaySplit[]> {
    const r = await this.rows(
      `WITH m AS (SELECT account_id FROM campaign_members WHERE campaign_id = $1),
            lo AS (SELECT min(created_at) - INTERVAL 7 DAY AS t FROM accounts WHERE account_id IN (SELECT account_id FROM m))
       SELECT strftime(a.created_at, '%Y-%m-%d') AS d, count(*) FILTER (WHERE a.account_id IN (SELECT account_id FROM m)) AS c,
              count(*) FILTER (WHERE a.account_id NOT IN (SELECT account_id FROM m)) AS o
       FROM accounts a, lo WHERE a.created_at >= lo.t GROUP BY 1 ORDER BY 1`, [campaignId]);
    return r.map((x) => ({ day: String(x.d), campaign: num(x.c), other: num(x.o) }));
  }

  /** Hour-of-day counts for the most active members (rows) — synchronised accounts show the same shape. */
  async hourProfiles(campaignId: string, limit: number): Promise<{ account_id: string; hours: number[] }[]> {
    const r = await this.rows(
      `WITH top AS (SELECT a.account_id FROM accounts a JOIN campaign_members m ON m.account_id = a.account_id
                    WHERE m.campaign_id = $1 ORDER BY a.interactions DESC, a.account_id LIMIT $2)
       SELECT i.account_id, hour(i.ts) AS h, count(*) AS n FROM interactions i JOIN top USING (account_id) GROUP BY 1, 2`,
      [campaignId, limit]);
    const by = new Map<string, number[]>();
    for (const x of r) {
      const id = String(x.account_id);
      let h = by.get(id);
      if (!h) by.set(id, (h = new Array<number>(24).fill(0)));
      h[num(x.h)] = num(x.n);
    }
    return [...by.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([account_id, hours]) => ({ account_id, hours }));
  }

  /** Hour-of-day counts of all traffic outside the campaign (the organic baseline). */
  async otherHours(campaignId: string): Promise<number[]> {
    const r = await this.rows(
      `SELECT hour(ts) AS h, count(*) AS n FROM interactions
       WHERE account_id NOT IN (SELECT account_id FROM campaign_members WHERE campaign_id = $1) GROUP BY 1`, [campaignId]);
    const out = new Array<number>(24).fill(0);
    for (const x of r) out[num(x.h)] = num(x.n);
    return out;
  }

  async members(campaignId: string, limit: number): Promise<MemberRow[]> {
    const r = await this.rows(
      `SELECT a.account_id, a.risk, a.flagged, a.reasons, ${isoSql('a.first_flagged_at')} AS ff, ${isoSql('a.created_at')} AS ca,
              a.email_domain, a.payment_fingerprint, a.country, a.tier, a.verified, a.interactions, to_json(a.features) AS f
       FROM accounts a JOIN campaign_members m ON m.account_id = a.account_id WHERE m.campaign_id = $1
       ORDER BY a.risk DESC, a.interactions DESC, a.account_id LIMIT $2`, [campaignId, limit]);
    return r.map(memberRow);
  }

  async account(accountId: string): Promise<MemberRow | null> {
    const r = await this.rows(
      `SELECT a.account_id, a.risk, a.flagged, a.reasons, ${isoSql('a.first_flagged_at')} AS ff, ${isoSql('a.created_at')} AS ca,
              a.email_domain, a.payment_fingerprint, a.country, a.tier, a.verified, a.interactions, to_json(a.features) AS f
       FROM accounts a WHERE a.account_id = $1`, [accountId]);
    return r[0] ? memberRow(r[0]) : null;
  }

  /** Accounts of organisations the provider verified. */
  async verifiedAccounts(): Promise<Set<string>> {
    return new Set((await this.rows('SELECT account_id FROM accounts WHERE verified')).map((x) => String(x.account_id)));
  }

  /**
   * The accounts linked to one account and through what: the same payment instrument, sign-up /24, a small e-mail
   * domain (shared by at most LINK_DOMAIN_MAX accounts: big free-mail and universities link strangers), two or more
   * network prefixes, or two or more prompt templates that few accounts use. Strongest links first.
   */
  async linkedAccounts(accountId: string, limit: number): Promise<LinkedAccount[]> {
    const LINK_DOMAIN_MAX = 50, TEMPLATE_MAX = 200, PREFIX_MAX = 200;
    const me = (await this.rows('SELECT payment_fingerprint AS p, signup_ip AS s, email_domain AS d FROM accounts WHERE account_id = $1', [accountId]))[0];
    if (!me) return [];
    const links = new Map<string, LinkedAccount['via']>();
    const add = (id: unknown, kind: LinkedAccount['via'][number]['kind'], detail: string) => {
      const k = String(id);
      let l = links.get(k);
      if (!l) links.set(k, (l = []));
      l.push({ kind, detail });
    };
    if (me.p) for (const x of await this.rows('SELECT account_id FROM accounts WHERE payment_fingerprint = $1 AND account_id <> $2 LIMIT 500', [String(me.p), accountId])) add(x.account_id, 'payment', `payment ${String(me.p)}`);
    const net = me.s ? String(me.s).split('.').slice(0, 3).join('.') : null;
    if (net && String(me.s).includes('.')) {
      for (const x of await this.rows("SELECT account_id FROM accounts WHERE signup_ip LIKE $1 || '.%' AND account_id <> $2 LIMIT 500", [net, accountId])) add(x.account_id, 'signup-network', `signed up from ${net}.0/24`);
    }
    if (me.d) {
      const n = num((await this.rows('SELECT count(*) AS n FROM accounts WHERE email_domain = $1', [String(me.d)]))[0]?.n);
      if (n > 1 && n <= LINK_DOMAIN_MAX) for (const x of await this.rows('SELECT account_id FROM accounts WHERE email_domain = $1 AND account_id <> $2', [String(me.d), accountId])) add(x.account_id, 'email-domain', `e-mail domain ${String(me.d)}`);
    }
    const shared = async (col: 'prefix' | 'frame', max: number): Promise<{ id: unknown; n: number }[]> => (await this.rows(
      // frame 0 marks a prompt too short to have a frame.
      `WITH mine AS (SELECT DISTINCT ${col} AS k FROM interactions WHERE account_id = $1 AND ${col} IS NOT NULL${col === 'frame' ? ' AND frame <> 0' : ''}),
            small AS (SELECT i.${col} AS k FROM interactions i JOIN mine ON mine.k = i.${col} GROUP BY 1 HAVING count(DISTINCT i.account_id) <= $2)
       SELECT i.account_id AS id, count(DISTINCT i.${col}) AS n FROM interactions i JOIN small ON small.k = i.${col}
       WHERE i.account_id <> $1 GROUP BY 1 HAVING count(DISTINCT i.${col}) >= 2 ORDER BY 2 DESC, 1 LIMIT 200`, [accountId, max])).map((x) => ({ id: x.id, n: num(x.n) }));
    for (const x of await shared('prefix', PREFIX_MAX)) add(x.id, 'networks', `${x.n} shared network prefixes`);
    for (const x of await shared('frame', TEMPLATE_MAX)) add(x.id, 'templates', `${x.n} shared prompt templates`);
    const verdicts = new Map(this.verdicts().map((v) => [v.account_id, v]));
    const strength = { payment: 5, templates: 4, 'signup-network': 3, networks: 2, 'email-domain': 1 } as const;
    return [...links].map(([id, via]) => {
      const v = verdicts.get(id);
      return { account_id: id, risk: v?.risk ?? 0, flagged: v?.flagged ?? false, campaign_id: v?.campaign_id ?? null, via };
    }).sort((a, b) => b.via.reduce((t, x) => t + strength[x.kind], 0) - a.via.reduce((t, x) => t + strength[x.kind], 0) || b.risk - a.risk || a.account_id.localeCompare(b.account_id)).slice(0, limit);
  }

  /** One account's activity: exchanges per day and hour-of-day, capabilities and networks used. */
  async accountActivity(accountId: string): Promise<{ daily: { day: string; exchanges: number }[]; hours: number[]; capabilities: Record<string, number>; prefixes: { key: string; n: number }[]; clients: { key: string; n: number }[] }> {
    const daily = await this.rows(`SELECT strftime(ts, '%Y-%m-%d') AS d, count(*) AS n FROM interactions WHERE account_id = $1 GROUP BY 1 ORDER BY 1`, [accountId]);
    const hours = await this.rows(`SELECT hour(ts) AS h, count(*) AS n FROM interactions WHERE account_id = $1 GROUP BY 1`, [accountId]);
    const caps = await this.rows(`SELECT capability AS k, count(*) AS n FROM interactions WHERE account_id = $1 GROUP BY 1 ORDER BY 2 DESC`, [accountId]);
    const prefixes = await this.rows(`SELECT prefix AS k, count(*) AS n FROM interactions WHERE account_id = $1 GROUP BY 1 ORDER BY 2 DESC LIMIT 10`, [accountId]);
    const clients = await this.rows(`SELECT client AS k, count(*) AS n FROM interactions WHERE account_id = $1 GROUP BY 1 ORDER BY 2 DESC LIMIT 5`, [accountId]);
    const h = new Array<number>(24).fill(0);
    for (const x of hours) h[num(x.h)] = num(x.n);
    return {
      daily: daily.map((x) => ({ day: String(x.d), exchanges: num(x.n) })),
      hours: h,
      capabilities: Object.fromEntries(caps.map((x) => [String(x.k), num(x.n)])),
      prefixes: prefixes.map((x) => ({ key: String(x.k), n: num(x.n) })),
      clients: clients.map((x) => ({ key: String(x.k), n: num(x.n) })),
    };
  }

  /**
   * Network prefixes, ASNs and TLS stacks the campaign used, each with the campaign's exchanges, all exchanges
   * through it and the members seen on it: the share campaign/total says how safely it can be shared as an indicator.
   */
  async shares(campaignId: string, what: 'prefix' | 'asn' | 'client' | 'ja4', limit: number): Promise<ShareRow[]> {
    // client is 'family|ja4_a_ja4_b'; the ja4 view groups by the TLS stack alone, whatever the user agent claimed.
    const col = what === 'ja4' ? "nullif(split_part(client, '|', 2), '')" : what;
    const r = await this.rows(
      `WITH m AS (SELECT account_id FROM campaign_members WHERE campaign_id = $1),
            c AS (SELECT ${col} AS k, count(*) AS n, count(DISTINCT account_id) AS a, min(ip) AS ip FROM interactions
                  WHERE account_id IN (SELECT account_id FROM m) AND ${col} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT $2),
            t AS (SELECT ${col} AS k, count(*) AS t FROM interactions WHERE ${col} IN (SELECT k FROM c) GROUP BY 1)
       SELECT c.k, c.n, c.a, c.ip, t.t FROM c JOIN t ON t.k = c.k ORDER BY c.n DESC, c.k`,
      [campaignId, limit]);
    return r.map((x) => ({ key: String(x.k), campaign: num(x.n), total: num(x.t), accounts: num(x.a), sample_ip: String(x.ip) }));
  }

  /** Payment fingerprints held by more than one member, with how many accounts outside the campaign hold them. */
  async sharedPayments(campaignId: string): Promise<{ fingerprint: string; members: number; others: number }[]> {
    const r = await this.rows(
      `WITH m AS (SELECT account_id FROM campaign_members WHERE campaign_id = $1)
       SELECT payment_fingerprint AS p, count(*) FILTER (WHERE account_id IN (SELECT account_id FROM m)) AS c,
              count(*) FILTER (WHERE account_id NOT IN (SELECT account_id FROM m)) AS o
       FROM accounts WHERE payment_fingerprint IS NOT NULL
         AND payment_fingerprint IN (SELECT payment_fingerprint FROM accounts WHERE account_id IN (SELECT account_id FROM m))
       GROUP BY 1 HAVING count(*) FILTER (WHERE account_id IN (SELECT account_id FROM m)) > 1 ORDER BY 2 DESC, 1`, [campaignId]);
    return r.map((x) => ({ fingerprint: String(x.p), members: num(x.c), others: num(x.o) }));
  }

  /**
   * The artefacts the campaign's members share, by link type: for each type the keys held by two or more members
   * (most members first, at most `limit`), with the members holding each and how many accounts outside the campaign
   * hold it too. These are the examples a case file cites and the hubs its link picture draws.
   */
  async sharedArtefacts(campaignId: string, limit: number): Promise<Record<ArtefactType, SharedArtefact[]>> {
    const out = {} as Record<ArtefactType, SharedArtefact[]>;
    for (const type of ARTEFACT_TYPES) {
      const r = await this.rows(
        `WITH m AS (SELECT account_id FROM campaign_members WHERE campaign_id = $1),
              src AS (${ARTEFACT_SQL[type]}),
              mk AS (SELECT k, list(DISTINCT account_id ORDER BY account_id) AS ids FROM src WHERE account_id IN (SELECT account_id FROM m)
                     GROUP BY 1 HAVING count(DISTINCT account_id) > 1 ORDER BY len(ids) DESC, 1 LIMIT $2)
         SELECT mk.k, mk.ids, count(DISTINCT s.account_id) - len(mk.ids) AS o FROM mk JOIN src s ON s.k = mk.k
         GROUP BY mk.k, mk.ids ORDER BY len(mk.ids) DESC, mk.k`, [campaignId, limit]);
      out[type] = r.map((x) => ({ key: String(x.k), members: Array.isArray(x.ids) ? x.ids.map(String) : [], others: num(x.o) }));
    }
    return out;
  }

  /**
   * The link picture among the campaign's most active members: accounts, and a hub for each shared artefact
   * (template, spoofed client, model switch, payment instrument, sign-up network, network prefix) joined to the
   * drawn members holding it. An artefact most members hold sits in the middle (the core); artefacts few hold pull
   * their holders into sub-teams; an account held by one artefact only hangs off it (attached).
   */
  async linkGraph(campaignId: string, maxNodes: number, artefacts?: Record<ArtefactType, SharedArtefact[]>): Promise<GraphData> {
    const nodesRows = await this.rows(
      `SELECT a.account_id, a.risk, a.flagged FROM accounts a JOIN campaign_members m ON m.account_id = a.account_id
       WHERE m.campaign_id = $1 ORDER BY a.interactions DESC, a.account_id LIMIT $2`, [campaignId, maxNodes]);
    const total = num((await this.rows(`SELECT count(*) AS n FROM campaign_members WHERE campaign_id = $1`, [campaignId]))[0]?.n);
    const shared = artefacts ?? (await this.sharedArtefacts(campaignId, HUBS_PER_TYPE));
    return artefactGraph(nodesRows.map((x) => ({ id: String(x.account_id), risk: num(x.risk), flagged: x.flagged === true })), shared, total);
  }

  /** All traffic per day with the part from flagged accounts (dashboard overview). */
  async trafficSplit(): Promise<DaySplit[]> {
    const r = await this.rows(
      `SELECT strftime(i.ts, '%Y-%m-%d') AS d, count(*) FILTER (WHERE a.flagged) AS c, count(*) FILTER (WHERE NOT coalesce(a.flagged, false)) AS o
       FROM interactions i LEFT JOIN accounts a ON a.account_id = i.account_id GROUP BY 1 ORDER BY 1`);
    return r.map((x) => ({ day: String(x.d), campaign: num(x.c), other: num(x.o) }));
  }

  async close(): Promise<void> {
    await this.chain;
    this.conn?.closeSync();
    this.db?.closeSync();
  }
}

function memberRow(x: Record<string, unknown>): MemberRow {
  const f = typeof x.f === 'string' ? (JSON.parse(x.f) as Record<string, unknown>) : {};
  return {
    account_id: String(x.account_id),
    risk: num(x.risk),
    flagged: x.flagged === true,
    reasons: Array.isArray(x.reasons) ? x.reasons.map(String) : [],
    first_flagged_at: str(x.ff),
    created_at: str(x.ca),
    email_domain: str(x.email_domain),
    payment_fingerprint: str(x.payment_fingerprint),
    country: str(x.country),
    tier: str(x.tier),
    verified: typeof x.verified === 'boolean' ? x.verified : null,
    interactions: num(x.interactions),
    features: Object.fromEntries(Object.entries(f).map(([k, v]) => [k, num(v)])),
  };
}
