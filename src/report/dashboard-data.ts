/**
 * What the dashboard shows, behind one interface: an analysis directory (`distillguard ui`) or whatever a live
 * gateway can provide. Campaign pages reuse the case-file model, so the dashboard and the case file show the same
 * figures; models are cached because building one scans the interactions table.
 */
import type { Verdict } from '../dataset/types.js';
import type { GatewayStore } from '../store/store.js';
import { Analysis, type DaySplit, type LinkedAccount, type MemberRow } from './analysis.js';
import type { QueueRow } from './review-queue.js';
import { buildCaseFile, type CaseFile } from './case.js';
import { regionSeries, type RegionSeries } from './regional-spikes.js';
import { DEFAULT_PRICES, type Prices } from './value.js';

export interface CampaignSummary {
  id: string;
  score: number;
  accounts: number;
  exchanges: number | null;
  first_activity: string | null;
  last_activity: string | null;
  first_flagged_at: string | null;
  reasons: string[];
  /** Groups joined to the campaign as sub-teams (besides the one first found); 0 or absent when none. */
  subteams?: number;
}

export interface Overview {
  source: string;
  accounts: number;
  flagged: number;
  exchanges: number | null;
  traffic: DaySplit[];
  risks: number[];
  campaigns: CampaignSummary[];
  /** The strongest spiking regions (absent where no spikes.json is known). */
  spikes?: { total: number; regions: RegionSeries[] };
}

export interface AccountView {
  verdict: Verdict;
  row: MemberRow | null;
  activity: Awaited<ReturnType<Analysis['accountActivity']>> | null;
  prompts: string[];
  /** Accounts linked to this one and through what (empty without an analysis database). */
  links: LinkedAccount[];
}

/** Linked accounts listed on an account page at most. */
const ACCOUNT_LINKS = 50;

const byRisk = (a: Verdict, b: Verdict): number => b.risk - a.risk || a.account_id.localeCompare(b.account_id);

export interface DashboardSource {
  overview(): Promise<Overview>;
  campaign(id: string): Promise<CaseFile | null>;
  account(id: string): Promise<AccountView | null>;
  /**
   * Accounts to review: the flagged ones, highest risk first. A linked account the engine did not flag is shown on its
   * campaign and on linked accounts' pages, not queued for a decision.
   */
  queue(): Promise<QueueRow[]>;
  verdict(id: string): Promise<Verdict | undefined>;
  close(): Promise<void>;
}

/** Regions charted on the overview at most. */
const OVERVIEW_SPIKE_REGIONS = 4;

export class AnalysisSource implements DashboardSource {
  private readonly cases = new Map<string, Promise<CaseFile>>();
  private byId: Map<string, Verdict> | null = null;
  private traffic: Promise<DaySplit[]> | null = null;
  private verified: Promise<Set<string>> | null = null;

  private constructor(private readonly analysis: Analysis, private readonly prices: Prices) {}

  static async open(dir: string, prices: Prices = DEFAULT_PRICES): Promise<AnalysisSource> {
    return new AnalysisSource(await Analysis.open(dir), prices);
  }

  private verdicts(): Map<string, Verdict> {
    return (this.byId ??= new Map(this.analysis.verdicts().map((v) => [v.account_id, v])));
  }

  verdict(id: string): Promise<Verdict | undefined> {
    return Promise.resolve(this.verdicts().get(id));
  }

  async overview(): Promise<Overview> {
    const vs = [...this.verdicts().values()];
    // The analysis never changes under the dashboard: scan the interactions table once.
    const traffic = await (this.traffic ??= this.analysis.trafficSplit());
    return {
      source: this.analysis.dir,
      accounts: vs.length,
      flagged: vs.filter((v) => v.flagged).length,
      exchanges: traffic.length ? traffic.reduce((t, d) => t + d.campaign + d.other, 0) : null,
      traffic,
      risks: vs.map((v) => v.risk),
      ...this.spikeOverview(),
      campaigns: this.analysis.campaignsFile.campaigns.map((c) => ({
        id: c.id, score: c.score, accounts: c.accounts, exchanges: c.exchanges ?? null, first_activity: c.first_activity ?? null,
        last_activity: c.last_activity ?? null, first_flagged_at: c.first_flagged_at, reasons: c.reasons, subteams: (c.subteam_groups ?? c.subteams ?? []).length,
      })),
    };
  }

  private spikeOverview(): Pick<Overview, 'spikes'> {
    const f = this.analysis.spikes();
    return f ? { spikes: { total: f.spikes_total, regions: regionSeries(f.spikes, OVERVIEW_SPIKE_REGIONS) } } : {};
  }

  campaign(id: string): Promise<CaseFile | null> {
    if (!this.analysis.campaign(id)) return Promise.resolve(null);
    let p = this.cases.get(id);
    if (!p) {
      // The dashboard is internal: prompts are shown unmasked (the case file's --redact is for sharing outside).
      p = buildCaseFile(this.analysis, id, { prices: this.prices, redact: false, generatedAt: new Date().toISOString() });
      this.cases.set(id, p);
      p.catch(() => this.cases.delete(id));
    }
    return p;
  }

  async account(id: string): Promise<AccountView | null> {
    const verdict = this.verdicts().get(id);
    if (!verdict) return null;
    const row = await this.analysis.account(id);
    const activity = this.analysis.hasDatabase ? await this.analysis.accountActivity(id) : null;
    const prompts = this.analysis.campaignsFile.campaigns.flatMap((c) => c.sample_prompts.filter((p) => p.account_id === id).map((p) => p.prompt));
    const links = this.analysis.hasDatabase ? await this.analysis.linkedAccounts(id, ACCOUNT_LINKS) : [];
    return { verdict, row, activity, prompts, links };
  }

  async queue(): Promise<QueueRow[]> {
    const verified = this.analysis.hasDatabase ? await (this.verified ??= this.analysis.verifiedAccounts()) : null;
    return [...this.verdicts().values()].filter((v) => v.flagged).sort(byRisk)
      .map((v) => ({ ...v, verified: verified ? verified.has(v.account_id) : null }));
  }

  close(): Promise<void> {
    return this.analysis.close();
  }
}

/**
 * The live gateway's view when no analysis snapshot is given: verdicts the engine wrote to the store. Overview,
 * queue, account pages and reviews work; campaign pages need an analysis directory (charts come from its SQL).
 */
export class StoreSource implements DashboardSource {
  constructor(private readonly store: GatewayStore, private readonly label = 'live gateway verdicts') {}

  private all(): Promise<Verdict[]> {
    return this.store.listVerdicts({ limit: 1_000_000 });
  }

  async overview(): Promise<Overview> {
    const vs = await this.all();
    const byCampaign = new Map<string, CampaignSummary>();
    for (const v of vs) {
      if (v.campaign_id === null) continue;
      let c = byCampaign.get(v.campaign_id);
      if (!c) byCampaign.set(v.campaign_id, (c = { id: v.campaign_id, score: 0, accounts: 0, exchanges: null, first_activity: null, last_activity: null, first_flagged_at: null, reasons: [] }));
      c.accounts++;
      c.score = Math.max(c.score, v.risk);
      if (v.first_flagged_at && (c.first_flagged_at === null || v.first_flagged_at < c.first_flagged_at)) c.first_flagged_at = v.first_flagged_at;
    }
    return { source: this.label, accounts: vs.length, flagged: vs.filter((v) => v.flagged).length, exchanges: await this.store.countEvents(), traffic: [], risks: vs.map((v) => v.risk), campaigns: [...byCampaign.values()].sort((a, b) => b.accounts - a.accounts) };
  }

  async campaign(): Promise<CaseFile | null> {
    return null;
  }

  async account(id: string): Promise<AccountView | null> {
    const verdict = await this.verdict(id);
    return verdict ? { verdict, row: null, activity: null, prompts: [], links: [] } : null;
  }

  async queue(): Promise<QueueRow[]> {
    const verified = new Set((await this.store.listAccounts(1_000_000)).filter((a) => a.meta?.verified === true).map((a) => a.account_id));
    return (await this.all()).filter((v) => v.flagged).sort(byRisk).map((v) => ({ ...v, verified: verified.has(v.account_id) }));
  }

  async verdict(id: string): Promise<Verdict | undefined> {
    return (await this.all()).find((v) => v.account_id === id);
  }

  async close(): Promise<void> {}
}
