/**
 * Forensic outputs of an analysis: the enriched interactions (no prompt text), account features and verdicts, and
 * campaigns, in one DuckDB file for SQL; and per-campaign figures (infrastructure, capabilities, timeline) computed
 * exactly by SQL over that file for campaigns.json.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { JsonlWriter } from '../dataset/writer.js';
import { CAPABILITIES, INTENT_KINDS, type Observation } from './observation.js';

const clean = (s: string | null): string => (s === null ? '\\N' : s.replace(/[\t\n\r\\]/g, ' '));

/** A lone UTF-16 surrogate (JSON allows one escaped; UTF-8, and so DuckDB, cannot hold it). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The string with each lone surrogate replaced by U+FFFD, as writing it as UTF-8 does (so the tables join). */
export const wellFormed = (s: string): string => s.replace(LONE_SURROGATE, '\ufffd');

/** A JSON value with every string and object key made well-formed (see wellFormed). */
export function wellFormedDeep<T>(v: T): T {
  if (typeof v === 'string') return wellFormed(v) as T;
  if (Array.isArray(v)) return v.map((x) => wellFormedDeep(x)) as T;
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [wellFormed(k), wellFormedDeep(x)])) as T;
  return v;
}

/** Streams observations to a tab-separated file that DuckDB loads in one COPY. */
export class ObservationSink {
  readonly path: string;
  private readonly writer: JsonlWriter<never>;
  private pending: Promise<void> | void = undefined;

  constructor(outDir: string) {
    this.path = join(outDir, '.observations.tsv');
    this.writer = new JsonlWriter<never>(this.path);
  }

  add(o: Observation): void {
    const line = `${clean(o.id)}\t${o.ts}\t${clean(o.account)}\t${clean(o.ip)}\t${clean(o.prefix)}\t${o.asn ?? '\\N'}\t${clean(o.country)}\t${o.datacenter}\t${o.vpn}\t${clean(o.client)}\t${o.uaTlsMismatch}\t${clean(o.model)}\t${clean(o.conversation)}\t${o.turn ?? '\\N'}\t${o.intent.toFixed(3)}\t${o.intentKinds}\t${o.capability}\t${o.frame}\t${o.item}\t${o.maxTokens ?? '\\N'}\t${o.inputTokens}\t${o.outputTokens}\t${o.reasoningTokens}\t${o.tools}\t${o.status}`;
    const p = this.writer.writeRaw(line);
    if (p) this.pending = p;
  }

  /** Awaits backpressure; call between batches. */
  async drain(): Promise<void> {
    if (this.pending) await this.pending;
    this.pending = undefined;
  }

  async close(): Promise<void> {
    await this.drain();
    await this.writer.close();
  }
}

/**
 * Integer columns hold any value the dataset spec allows (validated as non-negative safe integers, below 2^53): BIGINT
 * for counts, turns and statuses; ASNs are 32-bit unsigned.
 */
const COLUMNS = `{id:'VARCHAR', ts_ms:'BIGINT', account_id:'VARCHAR', ip:'VARCHAR', prefix:'VARCHAR', asn:'UINTEGER', country:'VARCHAR',
  datacenter:'BOOLEAN', vpn:'BOOLEAN', client:'VARCHAR', ua_tls_mismatch:'BOOLEAN', model:'VARCHAR', conversation_id:'VARCHAR',
  turn:'BIGINT', intent:'FLOAT', intent_kinds:'UTINYINT', capability_index:'UTINYINT', frame:'UBIGINT', item:'UBIGINT',
  max_tokens:'BIGINT', input_tokens:'BIGINT', output_tokens:'BIGINT', reasoning_tokens:'BIGINT', tools:'BOOLEAN', status:'BIGINT'}`;

export async function openAnalysisDb(path: string): Promise<{ db: DuckDBInstance; conn: DuckDBConnection }> {
  rmSync(path, { force: true });
  rmSync(path + '.wal', { force: true });
  const db = await DuckDBInstance.create(path);
  const conn = await db.connect();
  return { db, conn };
}

const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** Loads the observation file and the JSONL side tables into the analysis database. */
export async function buildAnalysisDb(conn: DuckDBConnection, files: { observations: string; accounts: string; campaigns: string; members: string }): Promise<void> {
  const caps = `[${CAPABILITIES.map(lit).join(', ')}]`;
  await conn.run(`CREATE TABLE interactions AS
    SELECT * EXCLUDE (ts_ms, capability_index), make_timestamp(ts_ms * 1000) AS ts, ${caps}[capability_index + 1] AS capability
    FROM read_csv(${lit(files.observations)}, delim='\t', header=false, quote='', escape='', nullstr='\\N', columns=${COLUMNS})`);
  // Types inferred from every row, not a sample: a large value late in the file must not fail the load.
  await conn.run(`CREATE TABLE accounts AS SELECT * FROM read_json(${lit(files.accounts)}, format='newline_delimited', sample_size=-1)`);
  await conn.run(`CREATE TABLE campaigns AS SELECT * FROM read_json(${lit(files.campaigns)}, format='newline_delimited', sample_size=-1)`);
  await conn.run(`CREATE TABLE campaign_members AS SELECT * FROM read_json(${lit(files.members)}, format='newline_delimited', columns={campaign_id:'VARCHAR', account_id:'VARCHAR'})`);
  await conn.run(`CREATE TABLE intent_kinds AS SELECT unnest(range(${INTENT_KINDS.length})) AS bit, unnest([${INTENT_KINDS.map(lit).join(', ')}]) AS kind`);
}

export interface CampaignFigures {
  exchanges: number;
  input_tokens: number;
  output_tokens: number;
  reasoning_tokens: number;
  first_activity: string | null;
  last_activity: string | null;
  daily: { day: string; exchanges: number }[];
  hour_of_day: number[];
  capabilities: Record<string, number>;
  models: Record<string, number>;
  infrastructure: {
    distinct_ips: number;
    distinct_prefixes: number;
    datacenter_share: number;
    vpn_share: number;
    asns: { asn: number | null; exchanges: number; accounts: number }[];
    countries: { country: string | null; exchanges: number }[];
    clients: { client: string; accounts: number }[];
    ua_tls_mismatch_share: number;
  };
  extraction_intent_mean: number;
  intent_kinds: Record<string, number>;
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(v ?? 0));

/** Exact figures for one campaign from the analysis database. */
export async function campaignFigures(conn: DuckDBConnection, campaignId: string): Promise<CampaignFigures> {
  const q = async (sql: string): Promise<Record<string, unknown>[]> => (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  const scope = `FROM interactions i JOIN campaign_members m ON m.account_id = i.account_id WHERE m.campaign_id = ${lit(campaignId)}`;
  const [tot] = await q(`SELECT count(*) AS n, sum(input_tokens) AS it, sum(output_tokens) AS ot, sum(reasoning_tokens) AS rt,
      strftime(min(ts), '%Y-%m-%dT%H:%M:%S.%gZ') AS first_ts, strftime(max(ts), '%Y-%m-%dT%H:%M:%S.%gZ') AS last_ts,
      count(DISTINCT ip) AS ips, count(DISTINCT prefix) AS prefixes, avg(datacenter::INT) AS dc, avg(vpn::INT) AS vpn,
      avg(ua_tls_mismatch::INT) AS mismatch, avg(intent) AS intent ${scope}`);
  const daily = await q(`SELECT strftime(ts, '%Y-%m-%d') AS d, count(*) AS n ${scope} GROUP BY 1 ORDER BY 1`);
  const hours = await q(`SELECT hour(ts) AS h, count(*) AS n ${scope} GROUP BY 1 ORDER BY 1`);
  const caps = await q(`SELECT capability AS c, count(*) AS n ${scope} GROUP BY 1 ORDER BY 2 DESC, 1`);
  const models = await q(`SELECT model, count(*) AS n ${scope} GROUP BY 1 ORDER BY 2 DESC, 1`);
  const asns = await q(`SELECT asn, count(*) AS n, count(DISTINCT i.account_id) AS a ${scope} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`);
  const countries = await q(`SELECT country, count(*) AS n ${scope} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`);
  const clients = await q(`SELECT client, count(DISTINCT i.account_id) AS a ${scope} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`);
  const kinds = await q(`SELECT k.kind, count(*) AS n ${scope.replace('WHERE', ', intent_kinds k WHERE (i.intent_kinds >> k.bit) & 1 = 1 AND')} GROUP BY 1 ORDER BY 1`);
  const hour_of_day = new Array<number>(24).fill(0);
  for (const r of hours) hour_of_day[num(r.h)] = num(r.n);
  const t = tot ?? {};
  return {
    exchanges: num(t.n),
    input_tokens: num(t.it),
    output_tokens: num(t.ot),
    reasoning_tokens: num(t.rt),
    first_activity: (t.first_ts as string | null) ?? null,
    last_activity: (t.last_ts as string | null) ?? null,
    daily: daily.map((r) => ({ day: String(r.d), exchanges: num(r.n) })),
    hour_of_day,
    capabilities: Object.fromEntries(caps.map((r) => [String(r.c), num(r.n)])),
    models: Object.fromEntries(models.map((r) => [String(r.model), num(r.n)])),
    infrastructure: {
      distinct_ips: num(t.ips),
      distinct_prefixes: num(t.prefixes),
      datacenter_share: num(t.dc),
      vpn_share: num(t.vpn),
      asns: asns.map((r) => ({ asn: r.asn === null ? null : num(r.asn), exchanges: num(r.n), accounts: num(r.a) })),
      countries: countries.map((r) => ({ country: (r.country as string | null) ?? null, exchanges: num(r.n) })),
      clients: clients.map((r) => ({ client: String(r.client), accounts: num(r.a) })),
      ua_tls_mismatch_share: num(t.mismatch),
    },
    extraction_intent_mean: num(t.intent),
    intent_kinds: Object.fromEntries(kinds.map((r) => [String(r.kind), num(r.n)])),
  };
}
