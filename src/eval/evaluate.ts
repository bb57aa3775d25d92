/**
 * `evaluate`: reads a labelled dataset and a verdicts file, streams the interactions once, builds the
 * three baselines from that same pass and scores all four verdict sets with the same code.
 * Bad lines of labels, verdicts and interactions are quarantined (counted, never fatal).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DistillguardError } from '../errors.js';
import { findFile } from '../dataset/dataset.js';
import { Quarantine } from '../dataset/quarantine.js';
import { RecordReader } from '../dataset/reader.js';
import { rateLimitBaseline, sharedIpBaseline, volumeBaseline } from './baselines.js';
import { scoreVerdicts } from './metrics.js';
import { scanInteractions, timesMap } from './scan.js';
import { DEFAULT_BASELINES, type BaselineConfig, type EvalLabel, type EvalReport, type EvalVerdict, type FileCounts, type MethodReport, type MethodScore } from './types.js';

export interface EvaluateOptions {
  datasetDir: string;
  /** A verdicts file, a directory holding verdicts.jsonl (an analyze output dir), or verdicts in memory. */
  verdicts: string | Iterable<EvalVerdict>;
  /** Where quarantine.jsonl goes if any line is bad (default: a new temp dir). */
  outDir?: string;
  baselines?: Partial<BaselineConfig>;
  /** Progress of the interactions pass (lines read). */
  onProgress?: (lines: number) => void;
}

/** Resolves VERDICTS (file or directory) to a file path. */
export function resolveVerdictsPath(p: string): string {
  if (!existsSync(p)) throw new DistillguardError('VERDICTS_NOT_FOUND', `${p}: no such verdicts file or directory`);
  if (statSync(p).isDirectory()) {
    const f = findFile(p, 'verdicts');
    if (!f) throw new DistillguardError('VERDICTS_NOT_FOUND', `${p}: directory has no verdicts.jsonl, verdicts.jsonl.gz or verdicts.parquet`);
    return f;
  }
  return p;
}

const RULES = {
  volume: (p: number) => `flag an account at the first request that takes one of its UTC days above the p${p} (nearest rank) of requests per account-day`,
  sharedIp: (n: number) => `flag every account seen on an IP used by >= ${n} distinct accounts, from when the ${n}th account appeared there (or this account first used it, if later)`,
  rateLimit: (m: number, d: number) => `reject requests over ${m} per sliding 60 s or ${d} per UTC day per account; caught at the first rejection; leak = every request served`,
};

function method(name: MethodReport['name'], description: string, score: MethodScore): MethodReport {
  return { name, description, ...score };
}

export async function evaluate(options: EvaluateOptions): Promise<EvalReport> {
  const dir = options.datasetDir;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DistillguardError('DATASET_NOT_FOUND', `${dir}: not a dataset directory`);
  const interactionsPath = findFile(dir, 'interactions');
  if (!interactionsPath) throw new DistillguardError('DATASET_NOT_FOUND', `${dir}: no interactions.jsonl, interactions.jsonl.gz or interactions.parquet`);
  const labelsPath = findFile(dir, 'labels');
  if (!labelsPath) throw new DistillguardError('DATASET_NOT_FOUND', `${dir}: no labels.jsonl (ground truth is required for evaluation)`);
  const verdictsPath = typeof options.verdicts === 'string' ? resolveVerdictsPath(options.verdicts) : null;
  const config: BaselineConfig = { ...DEFAULT_BASELINES, ...options.baselines };

  // The default directory is only created if a line is actually quarantined (the writer makes it on first write).
  const quarantine = new Quarantine(options.outDir ?? join(tmpdir(), `distillguard-eval-${randomUUID()}`));
  try {
    // Labels: the scored universe (a repeated account: the last line wins).
    const labelReader = new RecordReader(labelsPath, 'labels', { quarantine });
    const labelMap = new Map<string, EvalLabel>();
    for await (const batch of labelReader.batches()) for (const l of batch) labelMap.set(l.account_id, l as EvalLabel);
    const labels = [...labelMap.values()];

    // Verdicts.
    const verdicts = new Map<string, EvalVerdict>();
    let duplicate = 0;
    let verdictCounts: FileCounts;
    const take = (v: EvalVerdict): void => {
      if (verdicts.has(v.account_id)) duplicate++;
      // Only the spec's fields count: an input line cannot smuggle in a leak override.
      const { leaked_interactions: _ignored, ...rest } = v;
      verdicts.set(v.account_id, typeof options.verdicts === 'string' ? rest : v);
    };
    if (verdictsPath !== null) {
      const reader = new RecordReader(verdictsPath, 'verdicts', { quarantine });
      for await (const batch of reader.batches()) for (const v of batch) take(v);
      verdictCounts = { file: verdictsPath, ...pick(reader.stats) };
    } else {
      let n = 0;
      for (const v of options.verdicts as Iterable<EvalVerdict>) {
        n++;
        take(v);
      }
      verdictCounts = { file: null, read: n, accepted: n, quarantined: 0 };
    }
    let unknown = 0;
    for (const id of verdicts.keys()) if (!labelMap.has(id)) unknown++;
    let missing = 0;
    for (const id of labelMap.keys()) if (!verdicts.has(id)) missing++;

    // One pass over the interactions.
    const scan = await scanInteractions(interactionsPath, { quarantine, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    const times = timesMap(scan);

    const volume = volumeBaseline(scan.accountIds, scan.times, config.volume.percentile);
    const shared = sharedIpBaseline(scan.accountIds, scan.ipUsage, config.sharedIp.minAccounts);
    const rate = rateLimitBaseline(scan.accountIds, scan.times, config.rateLimit);

    let attackInteractions = 0;
    let attack = 0;
    const campaigns = new Set<string>();
    for (const l of labels) {
      if (l.label !== 'attack') continue;
      attack++;
      attackInteractions += times.get(l.account_id)?.length ?? 0;
      if (l.campaign !== null) campaigns.add(l.campaign);
    }
    let unlabelled = 0;
    for (const id of scan.accountIds) if (!labelMap.has(id)) unlabelled++;

    const { percentile } = config.volume;
    const { minAccounts } = config.sharedIp;
    const { perMinute, perDay } = config.rateLimit;
    return {
      dataset: dir,
      verdicts_path: verdictsPath ?? '(in memory)',
      files: { labels: { file: labelsPath, ...pick(labelReader.stats) }, verdicts: verdictCounts, interactions: { file: interactionsPath, ...pick(scan.stats) } },
      quarantine: { path: quarantine.count > 0 ? quarantine.path : null, count: quarantine.count, reasons: quarantine.reasons() },
      counts: {
        labelled_accounts: labels.length,
        attack_accounts: attack,
        organic_accounts: labels.length - attack,
        campaigns: campaigns.size,
        interactions: scan.stats.accepted,
        attack_interactions: attackInteractions,
        unlabelled_accounts_with_interactions: unlabelled,
        verdicts_unknown_accounts: unknown,
        verdicts_duplicate: duplicate,
        verdicts_missing: missing,
      },
      baselines: {
        volume: { percentile, threshold_requests_per_day: volume.threshold, account_days: volume.accountDays, rule: RULES.volume(percentile) },
        shared_ip: { min_accounts: minAccounts, qualifying_ips: shared.qualifyingIps, rule: RULES.sharedIp(minAccounts) },
        rate_limit: { per_minute: perMinute, per_day: perDay, rejected_requests: rate.rejected, rule: RULES.rateLimit(perMinute, perDay) },
      },
      methods: {
        analyzer: method('analyzer', 'the verdicts under evaluation', scoreVerdicts(labels, verdicts, times)),
        volume: method('volume', RULES.volume(percentile), scoreVerdicts(labels, volume.verdicts, times)),
        shared_ip: method('shared_ip', RULES.sharedIp(minAccounts), scoreVerdicts(labels, shared.verdicts, times)),
        rate_limit: method('rate_limit', RULES.rateLimit(perMinute, perDay), scoreVerdicts(labels, rate.verdicts, times)),
      },
    };
  } finally {
    await quarantine.close();
  }
}

function pick(s: { read: number; accepted: number; quarantined: number }): { read: number; accepted: number; quarantined: number } {
  return { read: s.read, accepted: s.accepted, quarantined: s.quarantined };
}
