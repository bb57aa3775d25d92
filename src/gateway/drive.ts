/**
 * Drives a simulated world (`distillguard simulate` output) through running gateways: provisions a
 * key per account through the admin API (with the account's sign-up facts, so the engine knows its
 * email domain, payment, verification and org), then replays every interaction in time order as a
 * real OpenAI or Anthropic request (per the record's endpoint), and tallies what the gateways did
 * per label, persona and campaign over simulated time.
 *
 * The replay sends each record's own timestamp, client IP and JA4 in `x-distillguard-replay-*`
 * headers, which a gateway believes only with `server.trust_replay_headers` (test/demo mode): the
 * engine then steps on the world's clock and the limits count simulated time, so two weeks of
 * traffic replay in seconds with the same decisions they would get live. With several gateways the
 * requests go round-robin, so every account's traffic crosses every node.
 */
import { Pool } from 'undici';
import type { Account, Interaction, Label } from '../dataset/types.js';
import { openDataset, readAll, RecordReader } from '../dataset/index.js';
import { DistillguardError } from '../errors.js';
import { REPLAY_HEADERS } from './client-headers.js';

/** What the gateway did with one request, as the client saw it. */
export const OUTCOMES = ['allowed', 'flagged', 'throttled', 'withheld', 'rate_limited', 'blocked', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type Tally = Record<Outcome, number>;

export interface GroupReport {
  /** `label`, `persona` or `campaign`. */
  kind: 'label' | 'persona' | 'campaign';
  name: string;
  label: string;
  accounts: number;
  requests: Tally;
  /** Accounts with at least one blocked request / whose last request was blocked. */
  accountsEverBlocked: number;
  accountsBlockedAtEnd: number;
  /** Accounts whose last request was throttled, withheld or blocked. */
  accountsRestrictedAtEnd: number;
  /** Simulated time of the group's first blocked request. */
  firstBlockedAt: string | null;
  /** Accounts the gateway acted on at least once (flagged, throttled, withheld or blocked). */
  accountsFlagged: number;
  /** Requests sent after the account's first flagged response, and how many of them were still answered. */
  requestsAfterFlag: number;
  servedAfterFlag: number;
  /** Per simulated day (UTC, from the world's first day): requests by outcome. */
  days: Tally[];
}

export interface DriveReport {
  gateways: string[];
  requests: number;
  firstTs: string | null;
  lastTs: string | null;
  wallSeconds: number;
  keysCreated: number;
  groups: GroupReport[];
  /** Per account: outcome counts and last outcome (tests, --json). */
  accounts: Record<string, AccountTally>;
  /** Requests per gateway by outcome. */
  byGateway: Record<string, Tally>;
}

/** One account's replay as the client saw it. */
export interface AccountTally {
  label: string;
  persona: string | null;
  campaign: string | null;
  requests: Tally;
  last: Outcome | null;
  firstBlockedAt: string | null;
  /** Simulated time of the first response carrying a risk action (flag, throttle, withhold or block). */
  firstFlaggedAt: string | null;
  requestsAfterFlag: number;
  servedAfterFlag: number;
}

/** Outcomes that answered the request (a withheld answer lacks only its reasoning; a throttled one got through). */
export const SERVED: readonly Outcome[] = ['allowed', 'flagged', 'throttled', 'withheld'];
/** Outcomes that show the gateway acting on the account's risk. */
const RISK_ACTIONS: readonly Outcome[] = ['flagged', 'throttled', 'withheld', 'blocked'];

/**
 * The share of a group's requests sent after each account's first flagged response that were still answered: what a
 * campaign keeps harvesting once the gateway knows about it. Null when no account of the group was flagged.
 */
export function servedAfterFlagShare(g: Pick<GroupReport, 'requestsAfterFlag' | 'servedAfterFlag'>): number | null {
  return g.requestsAfterFlag === 0 ? null : g.servedAfterFlag / g.requestsAfterFlag;
}

export interface DriveOptions {
  worldDir: string;
  /** Gateway base URLs; requests go round-robin. */
  gateways: string[];
  adminToken: string;
  /** Simulated seconds per wall second; null = as fast as the gateways answer. */
  speed: number | null;
  /** Replay at most this many interactions (from the start). */
  limit: number | null;
  /** Requests in flight at once (default 16). Order is kept up to this many. */
  concurrency?: number;
  onProgress?: (sent: number, simulatedNow: string) => void;
}

const emptyTally = (): Tally => ({ allowed: 0, flagged: 0, throttled: 0, withheld: 0, rate_limited: 0, blocked: 0, error: 0 });
const DAY = 86_400_000;

/** Accounts per admin request when provisioning keys. */
const KEY_BATCH = 1000;

export async function drive(o: DriveOptions): Promise<DriveReport> {
  if (o.gateways.length === 0) throw new DistillguardError('USAGE', 'at least one gateway URL is required');
  const files = openDataset(o.worldDir);
  const { records: accounts } = await readAll(files.accounts, 'accounts');
  const labels = new Map<string, Label>();
  if (files.labels) for (const l of (await readAll(files.labels, 'labels')).records) labels.set(l.account_id, l);
  const t0 = Date.now();

  // One pool per gateway for the API, kept alive; the admin calls share it.
  const pools = o.gateways.map((g) => new Pool(new URL(g).origin, { connections: Math.max(4, o.concurrency ?? 16), pipelining: 1, keepAliveTimeout: 30_000 }));
  try {
    // 1. Keys: one per account per gateway (each node keeps its own key store).
    const keys: Map<string, string>[] = [];
    let keysCreated = 0;
    for (let gi = 0; gi < pools.length; gi++) {
      const map = new Map<string, string>();
      for (let i = 0; i < accounts.length; i += KEY_BATCH) {
        const part = accounts.slice(i, i + KEY_BATCH).map(keyRequest);
        const res = await pools[gi]!.request({
          method: 'POST', path: '/admin/keys/batch',
          headers: { authorization: `Bearer ${o.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ keys: part }),
        });
        const text = await res.body.text();
        if (res.statusCode !== 201) throw new DistillguardError('IO', `${o.gateways[gi]}: creating keys failed with HTTP ${res.statusCode}: ${text.slice(0, 200)}`);
        for (const k of (JSON.parse(text) as { keys: { key: string; account_id: string }[] }).keys) map.set(k.account_id, k.key);
        keysCreated += part.length;
      }
      keys.push(map);
    }

    // 2. Replay in time order, `concurrency` requests in flight.
    const report: DriveReport = { gateways: o.gateways, requests: 0, firstTs: null, lastTs: null, wallSeconds: 0, keysCreated, groups: [], accounts: {}, byGateway: {} };
    for (const g of o.gateways) report.byGateway[g] = emptyTally();
    const groups = new Map<string, GroupReport>();
    const groupOf = (kind: GroupReport['kind'], name: string, label: string): GroupReport => {
      const id = `${kind}:${name}`;
      let g = groups.get(id);
      if (!g) groups.set(id, (g = { kind, name, label, accounts: 0, requests: emptyTally(), accountsEverBlocked: 0, accountsBlockedAtEnd: 0, accountsRestrictedAtEnd: 0, firstBlockedAt: null, accountsFlagged: 0, requestsAfterFlag: 0, servedAfterFlag: 0, days: [] }));
      return g;
    };
    let firstMs = Number.NaN;
    const wallStart = Date.now();
    const concurrency = Math.max(1, o.concurrency ?? 16);
    const inflight = new Set<Promise<void>>();
    let seq = 0;

    const note = (i: Interaction, gateway: string, outcome: Outcome) => {
      const l = labels.get(i.account_id);
      const label = l?.label ?? 'unlabelled';
      let a = report.accounts[i.account_id];
      if (!a) report.accounts[i.account_id] = a = { label, persona: l?.persona ?? null, campaign: l?.campaign ?? null, requests: emptyTally(), last: null, firstBlockedAt: null, firstFlaggedAt: null, requestsAfterFlag: 0, servedAfterFlag: 0 };
      const first = a.last === null;
      const afterFlag = a.firstFlaggedAt !== null;
      const served = SERVED.includes(outcome);
      if (afterFlag) {
        a.requestsAfterFlag++;
        if (served) a.servedAfterFlag++;
      }
      const flaggedNow = !afterFlag && RISK_ACTIONS.includes(outcome);
      if (flaggedNow) a.firstFlaggedAt = i.ts;
      a.requests[outcome]++;
      a.last = outcome;
      report.byGateway[gateway]![outcome]++;
      const day = Math.floor((Date.parse(i.ts) - Math.floor(firstMs / DAY) * DAY) / DAY);
      const blockedNow = outcome === 'blocked' && a.firstBlockedAt === null;
      if (blockedNow) a.firstBlockedAt = i.ts;
      const gs = [groupOf('label', label, label)];
      if (l?.persona) gs.push(groupOf('persona', l.persona, label));
      if (l?.campaign) gs.push(groupOf('campaign', l.campaign, label));
      for (const g of gs) {
        if (first) g.accounts++;
        g.requests[outcome]++;
        if (flaggedNow) g.accountsFlagged++;
        if (afterFlag) {
          g.requestsAfterFlag++;
          if (served) g.servedAfterFlag++;
        }
        while (g.days.length <= day) g.days.push(emptyTally());
        g.days[day]![outcome]++;
        if (blockedNow) {
          g.accountsEverBlocked++;
          if (g.firstBlockedAt === null || i.ts < g.firstBlockedAt) g.firstBlockedAt = i.ts;
        }
      }
    };

    const send = async (i: Interaction, gi: number): Promise<void> => {
      const key = keys[gi]!.get(i.account_id);
      const gateway = o.gateways[gi]!;
      if (key === undefined) return note(i, gateway, 'error');
      const { path, headers, body } = toRequest(i, key);
      try {
        const res = await pools[gi]!.request({ method: 'POST', path, headers, body });
        // Streams are read to the end, as a client would.
        await res.body.dump({ limit: Number.POSITIVE_INFINITY }).catch(() => undefined);
        note(i, gateway, outcomeOf(res.statusCode, res.headers['x-distillguard-action']));
      } catch {
        note(i, gateway, 'error');
      }
    };

    const reader = new RecordReader(files.interactions, 'interactions');
    outer: for await (const batch of reader.batches()) {
      for (const i of batch) {
        if (o.limit !== null && seq >= o.limit) break outer;
        const ts = Date.parse(i.ts);
        if (Number.isNaN(firstMs)) {
          firstMs = ts;
          report.firstTs = i.ts;
        }
        report.lastTs = i.ts;
        if (o.speed !== null) {
          const due = wallStart + (ts - firstMs) / o.speed;
          const wait = due - Date.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        }
        while (inflight.size >= concurrency) await Promise.race(inflight);
        const p = send(i, seq % pools.length).finally(() => inflight.delete(p));
        inflight.add(p);
        seq++;
        if (seq % 1000 === 0) o.onProgress?.(seq, i.ts);
      }
    }
    await Promise.all(inflight);
    report.requests = seq;

    // Per account end state, rolled up.
    for (const [id, a] of Object.entries(report.accounts)) {
      const l = labels.get(id);
      const gs = [groups.get(`label:${a.label}`)!];
      if (l?.persona) gs.push(groups.get(`persona:${l.persona}`)!);
      if (l?.campaign) gs.push(groups.get(`campaign:${l.campaign}`)!);
      for (const g of gs) {
        if (a.last === 'blocked') g.accountsBlockedAtEnd++;
        if (a.last === 'blocked' || a.last === 'withheld' || a.last === 'throttled' || a.last === 'rate_limited') g.accountsRestrictedAtEnd++;
      }
    }
    const order = { label: 0, campaign: 1, persona: 2 };
    report.groups = [...groups.values()].sort((a, b) => order[a.kind] - order[b.kind] || a.label.localeCompare(b.label) || b.requests.allowed - a.requests.allowed || a.name.localeCompare(b.name));
    report.wallSeconds = (Date.now() - wallStart) / 1000;
    void t0;
    return report;
  } finally {
    await Promise.all(pools.map((p) => p.close().catch(() => undefined)));
  }
}

/** The admin key request for one dataset account. */
function keyRequest(a: Account): Record<string, unknown> {
  return {
    account_id: a.account_id, tier: a.tier, label: 'drive',
    ...(a.org_id ? { org_id: a.org_id } : {}),
    account: { created_at: a.created_at, email_domain: a.email_domain, payment_fingerprint: a.payment_fingerprint, signup_ip: a.signup_ip, country: a.country, verified: a.verified },
  };
}

/** Classifies a response: the gateway's action header (replay mode) and the HTTP status. */
export function outcomeOf(status: number, action: string | string[] | undefined): Outcome {
  if (status === 403) return 'blocked';
  if (status === 429) return 'rate_limited';
  if (status < 200 || status >= 300) return 'error';
  const a = Array.isArray(action) ? action[0] : action;
  if (a === 'withhold_reasoning') return 'withheld';
  if (a === 'throttle') return 'throttled';
  if (a === 'flag') return 'flagged';
  return 'allowed';
}

/**
 * A real API request for one record: the record's model, system, prompt (after `turn - 1` earlier
 * user/assistant turns, so the gateway counts the same turn), max_tokens, temperature, stream flag,
 * tools named as in the record, and extended thinking / reasoning when the record had reasoning.
 */
export function toRequest(i: Interaction, key: string): { path: string; headers: Record<string, string>; body: string } {
  const anthropic = i.endpoint === '/v1/messages';
  const turns: { role: string; content: string }[] = [];
  for (let t = 1; t < (i.turn ?? 1); t++) turns.push({ role: 'user', content: `(earlier turn ${t})` }, { role: 'assistant', content: '(earlier answer)' });
  turns.push({ role: 'user', content: i.prompt });
  const reasoning = (i.reasoning_tokens ?? 0) > 0;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': i.user_agent ?? 'distillguard-drive',
    [REPLAY_HEADERS.ts]: i.ts,
    [REPLAY_HEADERS.ip]: i.ip,
  };
  if (i.tls_ja4) headers[REPLAY_HEADERS.ja4] = i.tls_ja4;
  if (i.conversation_id) headers['x-conversation-id'] = i.conversation_id;
  let body: Record<string, unknown>;
  if (anthropic) {
    headers['x-api-key'] = key;
    headers['anthropic-version'] = '2023-06-01';
    body = {
      model: i.model, max_tokens: i.max_tokens ?? 1024, messages: turns,
      ...(i.system !== null ? { system: i.system } : {}),
      ...(i.temperature !== null ? { temperature: i.temperature } : {}),
      ...(i.stream ? { stream: true } : {}),
      ...(i.tool_names ? { tools: i.tool_names.map((name) => ({ name, description: name, input_schema: { type: 'object' } })) } : {}),
      ...(reasoning ? { thinking: { type: 'enabled', budget_tokens: Math.max(1024, Math.min(i.reasoning_tokens ?? 0, (i.max_tokens ?? 2048) - 1)) } } : {}),
    };
  } else {
    headers.authorization = `Bearer ${key}`;
    body = {
      model: i.model, messages: i.system !== null ? [{ role: 'system', content: i.system }, ...turns] : turns,
      ...(i.max_tokens !== null ? { max_tokens: i.max_tokens } : {}),
      ...(i.temperature !== null ? { temperature: i.temperature } : {}),
      ...(i.stream ? { stream: true, stream_options: { include_usage: true } } : {}),
      ...(i.tool_names ? { tools: i.tool_names.map((name) => ({ type: 'function', function: { name, parameters: { type: 'object' } } })) } : {}),
      ...(reasoning ? { reasoning_effort: 'medium' } : {}),
    };
  }
  return { path: anthropic ? '/v1/messages' : '/v1/chat/completions', headers, body: JSON.stringify(body) };
}

/** The report as text: groups × outcomes, then blocked share per simulated day for labels and campaigns. */
export function formatDriveReport(r: DriveReport): string {
  const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
  const total = (t: Tally) => OUTCOMES.reduce((s, k) => s + t[k], 0);
  const lines: string[] = [];
  const attack = r.groups.find((g) => g.kind === 'label' && g.name === 'attack');
  lines.push(`replayed ${r.requests.toLocaleString('en-US')} interactions ${r.firstTs ?? '-'} .. ${r.lastTs ?? '-'} through ${r.gateways.join(', ')} in ${r.wallSeconds.toFixed(1)} s (${r.keysCreated.toLocaleString('en-US')} keys created)`);
  lines.push('');
  const head = ['group', 'accts', ...OUTCOMES, 'blocked accts', 'restricted at end', 'first block (sim)', 'served after flag'];
  const rows = r.groups.map((g) => [
    `${g.kind === 'label' ? '' : '  '}${g.kind === 'campaign' ? 'campaign ' : ''}${g.name}`, String(g.accounts), ...OUTCOMES.map((k) => String(g.requests[k])),
    `${g.accountsEverBlocked}/${g.accounts}`, `${g.accountsRestrictedAtEnd}/${g.accounts}`, g.firstBlockedAt ?? '-',
    g.requestsAfterFlag === 0 ? '-' : `${g.servedAfterFlag}/${g.requestsAfterFlag} (${pct(g.servedAfterFlag, g.requestsAfterFlag)})`,
  ]);
  if (attack) {
    const served = SERVED.reduce((s, k) => s + attack.requests[k], 0);
    lines.push(`attack requests served: ${served}/${total(attack.requests)} (${pct(served, total(attack.requests))}); after each account's first flag: ${attack.servedAfterFlag}/${attack.requestsAfterFlag} (${pct(attack.servedAfterFlag, attack.requestsAfterFlag)}); accounts flagged ${attack.accountsFlagged}/${attack.accounts}`);
  }
  lines.push('');
  lines.push(...table(head, rows));
  lines.push('');
  lines.push('share of requests blocked (withheld+throttled in brackets) per simulated day');
  const shown = r.groups.filter((g) => g.kind !== 'persona' || g.label !== 'attack');
  const days = Math.max(0, ...shown.map((g) => g.days.length));
  const dayRows = shown.map((g) => [g.kind === 'campaign' ? `campaign ${g.name}` : g.name, ...Array.from({ length: days }, (_, d) => {
    const t = g.days[d];
    if (!t || total(t) === 0) return '.';
    const b = pct(t.blocked, total(t));
    const w = t.withheld + t.throttled;
    return w > 0 ? `${b}(${pct(w, total(t))})` : b;
  })]);
  lines.push(...table(['group', ...Array.from({ length: days }, (_, d) => `d${d + 1}`)], dayRows));
  if (r.gateways.length > 1) {
    lines.push('');
    lines.push(...table(['gateway', ...OUTCOMES], Object.entries(r.byGateway).map(([g, t]) => [g, ...OUTCOMES.map((k) => String(t[k]))])));
  }
  return lines.join('\n');
}

function table(head: string[], rows: string[][]): string[] {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ').trimEnd();
  return [fmt(head), w.map((x) => '-'.repeat(x)).join('  '), ...rows.map(fmt)];
}
