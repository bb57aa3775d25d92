/** `distillguard analyze DATASET --out DIR`: streaming replay of a dataset through the detection engine. */
import { DistillguardError } from '../errors.js';
import { analyze } from '../engine/analyze.js';
import { DEFAULT_HEAP_GROWTH_PERCENT, limitHeapGrowth } from '../engine/heap-growth.js';
import { DEFAULT_MAX_TIME_SKEW_DAYS } from '../dataset/index.js';
import { boundedNumberOpt, outputDirOpt, positional, stringOpt, type Command } from './command.js';
import { IntelMatcher } from '../campaigns/intel.js';
import { IntelStore } from '../intel/indicators.js';
import { Progress } from './progress.js';
import { DEFAULT_READER, READER_KINDS, type ReaderKind } from '../engine/observation-source.js';
import { SPILL_OPTIONS, spillOpt } from './spill-opt.js';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'replay a dataset through the detection engine; write verdicts.jsonl, campaigns.json, analysis.duckdb',
  args: 'DATASET',
  options: {
    out: { type: 'string', value: 'DIR', description: 'output directory (required)' },
    cadence: { type: 'string', value: 'MINUTES', default: '60', description: 'simulated minutes between cross-account steps' },
    lateness: { type: 'string', value: 'MINUTES', default: '60', description: 'how late an interaction may arrive and still replay in order' },
    'min-cluster': { type: 'string', value: 'N', default: '5', description: 'smallest group of accounts reported as a campaign' },
    threshold: { type: 'string', value: 'X', default: '0.5', description: 'campaign score (0..1) at which members are flagged' },
    'no-db': { type: 'boolean', description: 'skip analysis.duckdb and the SQL figures in campaigns.json (faster)' },
    privacy: { type: 'boolean', description: 'keep no prompt text in any output (hashes and features only)' },
    'max-skew': { type: 'string', value: 'DAYS', default: String(DEFAULT_MAX_TIME_SKEW_DAYS), description: "quarantine interactions dated more than DAYS from the file's reference time (0: off)" },
    intel: { type: 'string', value: 'DIR', description: 'imported indicators (distillguard indicators import): matching accounts are linked and get intel:<source>' },
    'heap-growth': { type: 'string', value: 'PERCENT', default: String(DEFAULT_HEAP_GROWTH_PERCENT), description: "heap growth allowed past live data between full GCs (lower: less memory, more GC; 0: V8's own)" },
    ...SPILL_OPTIONS,
    reader: { type: 'string', value: 'auto|duckdb|node', default: DEFAULT_READER, description: 'who reads the interactions file: DuckDB (the engine\'s columns only), Node (JSON.parse of every line), or auto (DuckDB for Parquet, Node for JSON lines); same results' },
    'text-workers': { type: 'string', value: 'N|auto', default: 'auto', description: 'worker threads computing per-request text signals beside the reading thread (auto: the cores beyond two; 0: none); same results' },
    shards: { type: 'string', value: 'N', description: 'run N account shards and N artefact shards in worker threads (the messages of `worker --role`; docs/scale.md)' },
    json: { type: 'boolean', description: 'print the summary as JSON' },
  },
  details: `
Reads interactions.jsonl[.gz] or .parquet and accounts.* from DATASET (labels are never read). Bad lines go to
DIR/quarantine.jsonl with file, line and reason; a damaged file keeps its good lines and one entry names where it
broke. Repeated interaction ids are replayed once (counted in the summary). Exit code 1 when the dataset has no
valid interactions or accounts, or when analysis.duckdb could not be written (the other outputs are complete).

Outputs in DIR:
  verdicts.jsonl   one line per account (docs/dataset-format.md), first_flagged_at from the replay clock
  campaigns.json   campaigns: members, time span, exchanges, tokens, infrastructure, capabilities, evidence
  spikes.json      regional spikes: hours in which a country or ASN sent far more than its own baseline
  analysis.duckdb  tables interactions (enriched, no prompt text), accounts (features + verdicts), campaigns,
                   campaign_members — e.g. duckdb DIR/analysis.duckdb "SELECT asn, count(*) FROM interactions GROUP BY 1"`,
  async run(ctx) {
    const dataset = positional(ctx, 0, 'DATASET');
    const options = {
      cadenceMs: boundedNumberOpt(ctx, 'cadence', 60, { min: 0, exclusive: true }) * 60_000,
      latenessMs: boundedNumberOpt(ctx, 'lateness', 60, { min: 0 }) * 60_000,
      minClusterSize: boundedNumberOpt(ctx, 'min-cluster', 5, { min: 2, integer: true }),
      flagThreshold: boundedNumberOpt(ctx, 'threshold', 0.5, { min: 0, max: 1 }),
      maxTimeSkewDays: boundedNumberOpt(ctx, 'max-skew', DEFAULT_MAX_TIME_SKEW_DAYS, { min: 0 }),
    };
    const reader = (stringOpt(ctx, 'reader') ?? DEFAULT_READER) as ReaderKind;
    if (!READER_KINDS.includes(reader)) throw new DistillguardError('USAGE', `--reader must be one of ${READER_KINDS.join(', ')}, got ${reader}`);
    const textWorkers = (stringOpt(ctx, 'text-workers') ?? 'auto') === 'auto' ? null : boundedNumberOpt(ctx, 'text-workers', 0, { min: 0, max: 64, integer: true });
    const heapGrowth = boundedNumberOpt(ctx, 'heap-growth', DEFAULT_HEAP_GROWTH_PERCENT, { min: 0 });
    const outDir = outputDirOpt(ctx);
    limitHeapGrowth(heapGrowth);
    const intelDir = stringOpt(ctx, 'intel');
    const spill = spillOpt(ctx);
    const indicators = intelDir ? new IntelMatcher(new IntelStore(intelDir).list()) : undefined;
    if (intelDir && !indicators?.size) process.stderr.write(`analyze: no valid indicator in ${intelDir} (import some with distillguard indicators import)\n`);
    const progress = new Progress('analyze', null);
    const summary = await analyze({
      datasetDir: dataset,
      outDir,
      ...options,
      database: ctx.values['no-db'] !== true,
      reader,
      ...(textWorkers !== null ? { textWorkers } : {}),
      privacy: ctx.values.privacy === true,
      ...(ctx.values.shards !== undefined ? { shards: boundedNumberOpt(ctx, 'shards', 1, { min: 1, integer: true }) } : {}),
      ...(indicators ? { indicators } : {}),
      spill,
      onProgress: (read, now, fraction) => progress.update(read, Number.isFinite(now) ? new Date(now).toISOString().slice(0, 16) : '', fraction ?? undefined),
    });
    progress.done();
    // The forensic step failing leaves every other output complete: one warning line, and exit code 1.
    const forensicsFailed = !summary.forensics.ok;
    if (forensicsFailed) process.stderr.write(`distillguard analyze: warning: analysis.duckdb not written (${summary.forensics.error}); verdicts.jsonl, campaigns.json and spikes.json are complete [IO]\n`);
    if (ctx.values.json) {
      process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      return forensicsFailed ? 1 : 0;
    }
    const d = summary.duplicates;
    const i = summary.interactions;
    const lines = [
      `interactions: read ${i.read}, accepted ${i.accepted}, quarantined ${i.quarantined}${summary.sortedInput ? '' : ' (input not time-ordered: buffered and sorted)'}`,
      `accounts:     read ${summary.accounts.read}, accepted ${summary.accounts.accepted}, quarantined ${summary.accounts.quarantined}`,
      summary.quarantineFile ? `quarantine:   ${summary.quarantineFile}` : null,
      d.dropped > 0 ? `duplicates:   ${d.dropped} interactions with an id already replayed were dropped${d.forgottenEarly > 0 ? ` (id memory full: repeats more than ${d.maxIds} ids apart count as new)` : ''}` : null,
      `time span:    ${summary.firstTs} .. ${summary.lastTs} (${summary.ticks} cross-account steps${summary.skippedTicks > 0 ? `, ${summary.skippedTicks} skipped in stretches with no interactions` : ''})`,
      `verdicts:     ${summary.accountsSeen} accounts, ${summary.flagged} flagged, ${summary.campaigns.length} campaigns`,
      ...summary.campaigns.map((c) => `  ${c.label} ${c.id}  ${String(c.accounts).padStart(6)} accounts  ${String(c.exchanges ?? '?').padStart(9)} exchanges  score ${c.score.toFixed(2)}  first flagged ${c.first_flagged_at}`),
      `regional spikes: ${summary.regionalSpikes} (spikes.json)`,
      summary.spill ? `spilled:      ${summary.spill.spilled} idle accounts on disk at the end (${summary.spill.writes} written, ${summary.spill.reloads} read back, scratch file ${(summary.spill.fileBytes / 2 ** 20).toFixed(1)} MiB)` : null,
      `speed:        ${summary.seconds.toFixed(1)} s, ${Math.round(summary.interactionsPerSecond).toLocaleString('en-US')} interactions/s`,
      `outputs:      ${outDir}/verdicts.jsonl, campaigns.json, spikes.json${ctx.values['no-db'] || forensicsFailed ? '' : ', analysis.duckdb'}`,
    ];
    process.stdout.write(lines.filter((l) => l !== null).join('\n') + '\n');
    return forensicsFailed ? 1 : 0;
  },
};
