/**
 * The world manifest (world.json): exact counts of what was written — interactions per label and persona, and per
 * campaign its accounts, exchanges, tokens, time span, models, capabilities targeted (by construction), networks,
 * payment instruments and sign-up window. Case-file reports are tested against these figures, so every number is
 * accumulated from the lines as they are written, never estimated.
 */
import type { SimAccount } from './context.js';
import { CAPABILITIES, type Capability } from './corpora.js';
import type { Ev } from './event.js';

interface CampaignStats {
  id: string;
  tactics: string[];
  accounts: number;
  accountsWithTraffic: Set<string>;
  exchanges: number;
  inputTokens: number;
  outputTokens: number;
  reasoningTokens: number;
  first: number;
  last: number;
  models: Map<string, number>;
  capabilities: Record<Capability, number>;
  asns: Map<number, number>;
  countries: Map<string, number>;
  datacenterOrVpn: number;
  kinds: Map<string, number>;
  statuses: Map<number, number>;
  payments: Map<string, number>;
  signupFirst: number;
  signupLast: number;
  conversations: number;
  multiTurn: number;
}

function countMap<K>(m: Map<K, number>, k: K, n = 1): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

function sortedObj<K extends string | number>(m: Map<K, number>): Record<string, number> {
  return Object.fromEntries([...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).map(([k, v]) => [String(k), v]));
}

export class Manifest {
  interactions = 0;
  first = Infinity;
  last = -Infinity;
  private readonly accountsByPersona = new Map<string, number>();
  private readonly accountsByLabel = new Map<string, number>();
  private readonly campaigns = new Map<string, CampaignStats>();
  /** Interactions per account index and per model index (cheap to bump; aggregated in toJSON). */
  private readonly perAccount: Int32Array;
  private readonly perModel: Float64Array;
  private readonly statsOf: (CampaignStats | null)[];

  constructor(private readonly accounts: SimAccount[], private readonly modelNames: string[]) {
    this.perAccount = new Int32Array(accounts.length);
    this.perModel = new Float64Array(modelNames.length);
    this.statsOf = new Array<CampaignStats | null>(accounts.length).fill(null);
    for (const a of accounts) {
      countMap(this.accountsByLabel, a.label.label);
      countMap(this.accountsByPersona, a.label.persona ?? 'none');
      const cid = a.label.campaign;
      if (!cid) continue;
      let c = this.campaigns.get(cid);
      if (!c) {
        c = {
          id: cid, tactics: a.label.tactics ?? [], accounts: 0, accountsWithTraffic: new Set(), exchanges: 0, inputTokens: 0, outputTokens: 0, reasoningTokens: 0,
          first: Infinity, last: -Infinity, models: new Map(), capabilities: Object.fromEntries(CAPABILITIES.map((k) => [k, 0])) as Record<Capability, number>,
          asns: new Map(), countries: new Map(), datacenterOrVpn: 0, kinds: new Map(), statuses: new Map(), payments: new Map(), signupFirst: Infinity, signupLast: -Infinity,
          conversations: 0, multiTurn: 0,
        };
        this.campaigns.set(cid, c);
      }
      c.accounts++;
      this.statsOf[a.idx] = c;
      if (a.record.payment_fingerprint) countMap(c.payments, a.record.payment_fingerprint);
      const created = Date.parse(a.record.created_at);
      c.signupFirst = Math.min(c.signupFirst, created);
      c.signupLast = Math.max(c.signupLast, created);
    }
  }

  add(ev: Ev): void {
    this.interactions++;
    if (ev.t < this.first) this.first = ev.t;
    if (ev.t > this.last) this.last = ev.t;
    this.perModel[ev.model]!++;
    const idx = ev.acct.idx;
    this.perAccount[idx]!++;
    const c = this.statsOf[idx];
    if (!c) return;
    const model = this.modelNames[ev.model]!;
    if (this.perAccount[idx] === 1) c.accountsWithTraffic.add(ev.acct.id);
    c.exchanges++;
    c.inputTokens += ev.inTok;
    c.outputTokens += ev.outTok;
    if (ev.reasonTok > 0) c.reasoningTokens += ev.reasonTok;
    if (ev.t < c.first) c.first = ev.t;
    if (ev.t > c.last) c.last = ev.t;
    countMap(c.models, model);
    c.capabilities[ev.cap]++;
    countMap(c.asns, ev.addr.asn);
    countMap(c.countries, ev.addr.country);
    countMap(c.kinds, ev.addr.kind);
    countMap(c.statuses, ev.status);
    if (ev.addr.kind === 'datacenter' || ev.addr.kind === 'vpn') c.datacenterOrVpn++;
    if (ev.turn === 1) c.conversations++;
    if (ev.turn === 2) c.multiTurn++;
  }

  /** Accounts with at least one interaction written. */
  get activeAccounts(): number {
    let n = 0;
    for (const x of this.perAccount) if (x > 0) n++;
    return n;
  }

  private totals(): { byLabel: Map<string, number>; byPersona: Map<string, number>; models: Map<string, number> } {
    const byLabel = new Map<string, number>();
    const byPersona = new Map<string, number>();
    for (const a of this.accounts) {
      const n = this.perAccount[a.idx]!;
      if (n === 0) continue;
      countMap(byLabel, a.label.label, n);
      countMap(byPersona, a.label.persona ?? 'none', n);
    }
    const models = new Map<string, number>();
    this.modelNames.forEach((m, i) => { if (this.perModel[i]! > 0) models.set(m, this.perModel[i]!); });
    return { byLabel, byPersona, models };
  }

  campaignIds(): string[] {
    return [...this.campaigns.keys()];
  }

  exchangesOf(id: string): number {
    return this.campaigns.get(id)?.exchanges ?? 0;
  }

  toJSON(extra: { scenario: string; description: string; seed: number; scale: number; window: { start: string; end: string; days: number }; sorted: boolean; files: Record<string, string>; queues: Record<string, unknown>; release: unknown; models: string[] }): unknown {
    const iso = (t: number): string | null => (Number.isFinite(t) ? new Date(t).toISOString() : null);
    const totals = this.totals();
    return {
      generator: 'distillguard simulate',
      scenario: extra.scenario,
      description: extra.description,
      seed: extra.seed,
      scale: extra.scale,
      window: extra.window,
      time_range: { first_ts: iso(this.first), last_ts: iso(this.last) },
      interactions_sorted_by_ts: extra.sorted,
      files: extra.files,
      models: extra.models,
      release: extra.release,
      counts: {
        interactions: this.interactions,
        interactions_by_label: sortedObj(totals.byLabel),
        interactions_by_persona: sortedObj(totals.byPersona),
        interactions_by_model: sortedObj(totals.models),
        accounts: [...this.accountsByLabel.values()].reduce((a, b) => a + b, 0),
        accounts_with_traffic: this.activeAccounts,
        accounts_by_label: sortedObj(this.accountsByLabel),
        accounts_by_persona: sortedObj(this.accountsByPersona),
      },
      campaigns: [...this.campaigns.values()].map((c) => ({
        id: c.id,
        tactics: c.tactics,
        accounts: c.accounts,
        accounts_with_traffic: c.accountsWithTraffic.size,
        exchanges: c.exchanges,
        input_tokens: c.inputTokens,
        output_tokens: c.outputTokens,
        reasoning_tokens: c.reasoningTokens,
        first_ts: iso(c.first),
        last_ts: iso(c.last),
        models: sortedObj(c.models),
        capabilities: c.capabilities,
        asns: sortedObj(c.asns),
        countries: sortedObj(c.countries),
        network_kinds: sortedObj(c.kinds),
        datacenter_or_vpn_share: c.exchanges ? c.datacenterOrVpn / c.exchanges : 0,
        statuses: sortedObj(c.statuses),
        payment_fingerprints: sortedObj(c.payments),
        signup_window: { first: iso(c.signupFirst), last: iso(c.signupLast) },
        conversations_started: c.conversations,
        conversations_multi_turn: c.multiTurn,
        requests_per_account_day: c.accountsWithTraffic.size && Number.isFinite(c.first) ? c.exchanges / c.accountsWithTraffic.size / Math.max(1, (c.last - c.first) / 86_400_000) : 0,
        work_queue: extra.queues[c.id] ?? null,
      })),
    };
  }
}
