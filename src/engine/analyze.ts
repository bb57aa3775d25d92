/**
 * `analyze`: replay a dataset through the engine and write verdicts.jsonl (the spec's contract), campaigns.json
 * (members, time span, exchanges, tokens, infrastructure, capabilities, evidence), spikes.json (regional spikes) and
 * analysis.duckdb for SQL forensics. The replay's outputs are written before the forensic step, which only adds to
 * them: if it fails, they stand and the failure is reported in the summary.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JsonlWriter, Quarantine, writeJsonl, type ReadStats } from '../dataset/index.js';
import type { Verdict } from '../dataset/types.js';
import { accountFeatures } from '../accounts/features.js';
import { spikesFile, writeSpikesFile } from '../signals/regional-spikes/spikes-file.js';
import type { DuplicateStats } from './duplicates.js';
import { buildAnalysisDb, campaignFigures, ObservationSink, openAnalysisDb, wellFormedDeep, type CampaignFigures } from './forensics.js';
import { readPromptSamples } from './prompt-samples.js';
import { replay, type ReplayOptions } from './replay.js';
import { replaySharded } from '../cluster/sharded-replay.js';
import type { SpillStats } from '../accounts/spill.js';

export interface AnalyzeOptions extends Omit<ReplayOptions, 'quarantine' | 'onObservation' | 'onRecord' | 'afterBatch' | 'samplePrompts'> {
  outDir: string;
  /** Write analysis.duckdb and exact per-campaign figures (default true). */
  database?: boolean;
  /** Keep no prompt text at all (sample prompts are omitted; only hashes reach the outputs). */
  privacy?: boolean;
  /** Sample prompts kept per account for the case file (default 3, truncated to 600 characters). */
  samplePrompts?: number;
  /** Run the sharded engine: N account shards and N artefact shards in worker threads (cluster/sharded-replay.ts). */
  shards?: number;
}

export interface CampaignReport extends Partial<CampaignFigures> {
  /** Unique across a cluster (CampaignState.id); `label` is the display form (C0001, … in order found). */
  id: string;
  label: string;
  score: number;
  reasons: string[];
  accounts: number;
  members: string[];
  first_flagged_at: string;
  /** How the campaign was found: by shared artefacts, by the likeness of its accounts, or as one organisation. */
  found_by: 'links' | 'likeness' | 'organisation';
  /** Campaigns found apart and merged into this one as sub-teams of one operation. */
  subteams: string[];
  /**
   * The sub-teams joined to the campaign at its last update, with what links each to the operation
   * (`subteam:behaviour-profile`: its accounts' traffic is a near copy of the campaign's; `subteam:same-work`: it asks
   * for the same work and sends the campaign's rare sampling settings; `subteam:shared-settings`:
   * its accounts send the campaign's rare sampling settings and were registered in the same period), its accounts and
   * what the link rests on. Optional in campaigns.json; `subteams` lists every group ever joined.
   */
  subteam_groups?: { id: string; accounts: number; linked_by: string; detail?: string }[];
  evidence: { terms: Record<string, number>; link_shares: Record<string, number> };
  signup: { first_created_at: string | null; last_created_at: string | null; email_domains: Record<string, number>; shared_payment_instruments: number; verified_share: number; tiers: Record<string, number> };
  sample_prompts: { account_id: string; prompt: string }[];
}

export interface AnalyzeSummary {
  outDir: string;
  accounts: ReadStats;
  interactions: ReadStats;
  quarantined: number;
  quarantineFile: string | null;
  sortedInput: boolean;
  lateApplied: number;
  ticks: number;
  firstTs: string | null;
  lastTs: string | null;
  accountsSeen: number;
  flagged: number;
  campaigns: { id: string; label: string; accounts: number; exchanges: number | null; score: number; first_flagged_at: string }[];
  /** Regional spikes found (spikes.json). */
  regionalSpikes: number;
  /** Interactions dropped as repeats of an id already replayed, and the bounds within which repeats are recognised. */
  duplicates: DuplicateStats;
  /** Steps skipped in stretches of event time with no interactions. */
  skippedTicks: number;
  /** Idle accounts spilled to disk (null: spilling off; accounts/spill.ts). */
  spill: SpillStats | null;
  /** The forensic step (analysis.duckdb and the SQL figures in campaigns.json): done, skipped, or failed and why. */
  forensics: { ok: boolean; skipped: boolean; error: string | null };
  seconds: number;
  interactionsPerSecond: number;
}

const iso = (ms: number): string | null => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);

/** Where the replay spools sample prompts, in the output directory (removed once read). */
const SAMPLES_SPOOL = '.prompt-samples.jsonl';

export async function analyze(options: AnalyzeOptions): Promise<AnalyzeSummary> {
  const started = performance.now();
  mkdirSync(options.outDir, { recursive: true });
  const quarantine = new Quarantine(options.outDir);
  const useDb = options.database ?? true;
  const sink = useDb ? new ObservationSink(options.outDir) : null;
  const { samplePrompts, shards: _shards, ...replayOptions } = options;
  const keep = options.privacy ? 0 : (samplePrompts ?? 3);
  const spool = keep > 0 ? join(options.outDir, SAMPLES_SPOOL) : null;
  let result;
  try {
    result = await (options.shards !== undefined ? (o: ReplayOptions) => replaySharded({ ...o, shards: options.shards! }) : replay)({
      ...replayOptions,
      quarantine,
      ...(sink ? { onObservation: (o) => sink.add(o), afterBatch: () => sink.drain() } : {}),
      ...(spool ? { samplePrompts: { perAccount: keep, chars: 600, file: spool } } : {}),
    });
  } catch (e) {
    if (spool) rmSync(spool, { force: true });
    throw e;
  } finally {
    await sink?.close();
    await quarantine.close();
  }
  const { engine } = result;
  const live = engine.liveCampaigns();
  // Sample prompts of the campaigns' members only, then the spool goes.
  const samples = result.samplesFile ? await readPromptSamples(result.samplesFile, new Set(live.flatMap((c) => [...c.members].map((a) => engine.states[a]!.id)))) : new Map<string, string[]>();
  if (result.samplesFile) rmSync(result.samplesFile, { force: true });
  // Verdicts are written as they are made, one at a time (an array of them is an object per account), and so are the
  // forensic database's account rows, which need the same pass.
  const tmpAccounts = join(options.outDir, '.accounts.jsonl');
  const verdictWriter = new JsonlWriter<Verdict>(join(options.outDir, 'verdicts.jsonl'));
  const accountWriter = useDb && sink ? new JsonlWriter(tmpAccounts) : null;
  let accountsSeen = 0;
  let flagged = 0;
  try {
    for (const v of engine.eachVerdict()) {
      accountsSeen++;
      if (v.flagged) flagged++;
      await verdictWriter.write(v);
      if (accountWriter) {
        const i = engine.accountIndex(v.account_id)!;
        const s = engine.states[i]!;
        const f = s.n > 0 ? engine.readState(i, accountFeatures) : null;
        const a = engine.account(i);
        const features = f ? roundAll(f as unknown as Record<string, number>) : null;
        await accountWriter.write(wellFormedDeep({ ...v, ...(a ?? {}), account_id: v.account_id, interactions: s.n, features }));
      }
    }
  } catch (e) {
    if (accountWriter) rmSync(tmpAccounts, { force: true });
    throw e;
  } finally {
    await verdictWriter.close();
    await accountWriter?.close();
  }

  const members: { campaign_id: string; account_id: string }[] = [];
  for (const c of live) for (const a of c.members) members.push({ campaign_id: c.id, account_id: engine.states[a]!.id });
  const campaigns: CampaignReport[] = live.map((c) => {
    const infos = [...c.members].map((a) => ({ info: engine.infos[a], account: engine.account(a), id: engine.states[a]!.id }));
    const created = infos.map((x) => x.info?.createdAt).filter((t): t is number => t !== undefined);
    const domains: Record<string, number> = {};
    const tiers: Record<string, number> = {};
    const payments = new Map<string, number>();
    let verified = 0;
    for (const x of infos) {
      if (x.info) domains[x.info.emailDomain] = (domains[x.info.emailDomain] ?? 0) + 1;
      if (x.account) tiers[x.account.tier] = (tiers[x.account.tier] ?? 0) + 1;
      if (x.info?.payment) payments.set(x.info.payment, (payments.get(x.info.payment) ?? 0) + 1);
      if (x.info?.verified) verified++;
    }
    const sample: { account_id: string; prompt: string }[] = [];
    for (const x of infos) {
      for (const p of samples.get(x.id) ?? []) if (sample.length < 12) sample.push({ account_id: x.id, prompt: p });
      if (sample.length >= 12) break;
    }
    return {
      id: c.id,
      label: c.label,
      score: Math.round(c.score.score * 1000) / 1000,
      reasons: c.score.reasons,
      accounts: c.members.size,
      members: infos.map((x) => x.id).sort(),
      first_flagged_at: new Date(c.firstFlaggedAt).toISOString(),
      found_by: c.score.reasons[0] === 'similar:behaviour-profile' || c.score.reasons[0] === 'similar:content-profile' || c.score.reasons[0] === 'similar:work-queue' || c.score.reasons[0] === 'similar:follow-up-script' ? 'likeness' : c.score.reasons[0] === 'org:entity' ? 'organisation' : 'links',
      subteams: c.subteams ?? [],
      subteam_groups: [...(c.subteamLinks ?? [])].map(([id, link]) => ({ id, accounts: link.accounts, linked_by: link.by, ...(link.detail ? { detail: link.detail } : {}) })),
      evidence: { terms: roundAll(c.score.terms), link_shares: roundAll(c.score.linkShares as Record<string, number>) },
      signup: {
        first_created_at: created.length ? new Date(Math.min(...created)).toISOString() : null,
        last_created_at: created.length ? new Date(Math.max(...created)).toISOString() : null,
        email_domains: Object.fromEntries(Object.entries(domains).sort((a, b) => b[1] - a[1]).slice(0, 20)),
        shared_payment_instruments: [...payments.values()].filter((n) => n > 1).length,
        verified_share: verified / Math.max(1, infos.length),
        tiers,
      },
      sample_prompts: sample,
    };
  });

  // The replay's outputs first: whatever happens in the forensic step, they are complete.
  const campaignsPath = join(options.outDir, 'campaigns.json');
  const writeCampaigns = (): void => writeFileSync(campaignsPath, JSON.stringify({ generated_by: 'distillguard analyze', dataset: options.datasetDir, campaigns }, null, 2) + '\n');
  writeCampaigns();
  writeSpikesFile(options.outDir, spikesFile(engine.regionalSpikes, options.datasetDir));

  let forensics: AnalyzeSummary['forensics'] = { ok: true, skipped: !useDb, error: null };
  if (useDb && sink) {
    const tmpCampaigns = join(options.outDir, '.campaigns.jsonl');
    const tmpMembers = join(options.outDir, '.members.jsonl');
    const dbPath = join(options.outDir, 'analysis.duckdb');
    try {
      await writeJsonl(tmpCampaigns, campaigns.map(({ members: _m, sample_prompts: _s, subteams: _t, subteam_groups: _g, label: _l, ...rest }) => wellFormedDeep(rest)));
      await writeJsonl(tmpMembers, members.map((m) => wellFormedDeep(m)));
      const figures = new Map<string, CampaignFigures>();
      const { db, conn } = await openAnalysisDb(dbPath);
      try {
        await buildAnalysisDb(conn, { observations: sink.path, accounts: tmpAccounts, campaigns: tmpCampaigns, members: tmpMembers });
        for (const c of campaigns) figures.set(c.id, await campaignFigures(conn, wellFormedDeep(c.id)));
      } finally {
        conn.closeSync();
        db.closeSync();
      }
      for (const c of campaigns) Object.assign(c, figures.get(c.id));
      writeCampaigns();
    } catch (e) {
      const message = String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 400);
      forensics = { ok: false, skipped: false, error: `${dbPath}: ${message}` };
      // A half-built database would pass for a complete one: remove it (never a directory in its place).
      for (const p of [dbPath, dbPath + '.wal']) {
        try {
          if (statSync(p).isFile()) rmSync(p);
        } catch {
          // Absent, or not ours to remove.
        }
      }
    } finally {
      for (const p of [sink.path, tmpAccounts, tmpCampaigns, tmpMembers]) rmSync(p, { force: true });
    }
  }

  const spill = engine.spillStats();
  engine.close();
  const seconds = (performance.now() - started) / 1000;
  return {
    outDir: options.outDir,
    accounts: result.accountsRead,
    interactions: result.interactionsRead,
    quarantined: quarantine.count,
    quarantineFile: quarantine.count > 0 ? quarantine.path : null,
    sortedInput: result.sortedInput,
    lateApplied: result.lateApplied,
    ticks: result.ticks,
    firstTs: iso(result.firstTs),
    lastTs: iso(result.lastTs),
    accountsSeen,
    flagged,
    campaigns: campaigns.map((c) => ({ id: c.id, label: c.label, accounts: c.accounts, exchanges: c.exchanges ?? null, score: c.score, first_flagged_at: c.first_flagged_at })),
    regionalSpikes: engine.regionalSpikes.total,
    duplicates: result.duplicates,
    skippedTicks: result.skippedTicks,
    spill,
    forensics,
    seconds,
    interactionsPerSecond: result.interactionsRead.accepted / Math.max(seconds, 1e-9),
  };
}

function roundAll(o: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(o)) if (typeof v === 'number' && Number.isFinite(v)) out[k] = Math.round(v * 1000) / 1000;
  return out;
}
