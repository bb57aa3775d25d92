/** `distillguard eval DATASET VERDICTS`: scores verdicts against labels, beside three baselines. */
import { DistillguardError } from '../errors.js';
import { evaluate, formatReport } from '../eval/index.js';
import { numberOpt, positional, stringOpt, type Command } from './command.js';
import { Progress } from './progress.js';

function positiveInt(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 1) throw new DistillguardError('USAGE', `--${name} must be a positive integer, got ${v}`);
  return v;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score verdicts against labels, side by side with volume, shared-IP and rate-limit baselines',
  args: 'DATASET VERDICTS',
  options: {
    json: { type: 'boolean', description: 'print the whole report as one JSON object' },
    out: { type: 'string', value: 'DIR', description: 'directory for quarantine.jsonl (default: a new temp dir)' },
    'volume-percentile': { type: 'string', value: 'P', default: '99', description: 'volume baseline: percentile of requests per account-day' },
    'shared-ip-accounts': { type: 'string', value: 'N', default: '5', description: 'shared-IP baseline: distinct accounts on one IP' },
    'rate-per-minute': { type: 'string', value: 'N', default: '60', description: 'rate-limit baseline: requests per sliding minute' },
    'rate-per-day': { type: 'string', value: 'N', default: '2000', description: 'rate-limit baseline: requests per UTC day' },
  },
  details: `
DATASET is a dataset directory with labels.jsonl; VERDICTS is a verdicts.jsonl file or a directory holding one.
Labelled accounts without a verdict count as not flagged; verdicts of unknown accounts are counted.
Exit 0 when it ran (metrics are not pass/fail), 1 on bad input, 2 on usage.

Definitions:
  recall        flagged attack accounts / attack accounts
  precision     flagged attack accounts / flagged (labelled) accounts
  organic FPR   flagged organic / organic, overall and per organic persona (n, flagged)
  tactic recall attack accounts grouped by persona, and by each entry of the optional label field tactics[]
  campaign      detected campaign = flagged accounts sharing a non-null campaign_id; each true campaign is
                matched to the detected one maximising Jaccard(true members, detected members)
  leak          per attack account: interactions with ts < first_flagged_at (all if never flagged or flagged
                without a time) / all its interactions; overall interaction-weighted, and per campaign.
                Rate limit: the limiter never stops an account, so its leak is every request it serves
  time to detect  hours from a campaign's first interaction until its first account, 50% and 90% of its
                accounts (rounded up) had first_flagged_at
Baselines (computed from the same pass over the interactions):
  volume        T = pth percentile (nearest rank) of requests per (account, UTC day) over account-days with
                >= 1 request; flagged at the first request that takes one of its days above T
  shared_ip     an IP used by >= N distinct accounts flags each of them from when the Nth account appeared
                (or from its own first use, if later); accounts linked by such IPs form one campaign
  rate_limit    per account <= M requests per sliding 60 s and <= D per UTC day; over-limit requests are
                rejected (not leaked, not counted against quota); caught at the first rejection

Example:
  distillguard eval worlds/quick out/quick --json > eval.json`,
  async run(ctx) {
    const datasetDir = positional(ctx, 0, 'DATASET');
    const verdicts = positional(ctx, 1, 'VERDICTS');
    if (ctx.positionals.length > 2) throw new DistillguardError('USAGE', `unexpected argument ${ctx.positionals[2]}`);
    const percentile = numberOpt(ctx, 'volume-percentile', 99);
    if (!(percentile > 0 && percentile <= 100)) throw new DistillguardError('USAGE', `--volume-percentile must be in (0, 100], got ${percentile}`);
    const minAccounts = positiveInt('shared-ip-accounts', numberOpt(ctx, 'shared-ip-accounts', 5));
    const perMinute = positiveInt('rate-per-minute', numberOpt(ctx, 'rate-per-minute', 60));
    const perDay = positiveInt('rate-per-day', numberOpt(ctx, 'rate-per-day', 2000));
    const out = stringOpt(ctx, 'out');
    const progress = new Progress('interactions', null);
    const report = await evaluate({
      datasetDir,
      verdicts,
      ...(out !== undefined ? { outDir: out } : {}),
      baselines: { volume: { percentile }, sharedIp: { minAccounts }, rateLimit: { perMinute, perDay } },
      onProgress: (n) => progress.update(n),
    });
    progress.done();
    process.stdout.write(ctx.values.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
    return 0;
  },
};
