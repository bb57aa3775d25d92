/** `distillguard validate DATASET`: checks every file of a dataset against the spec. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_TIME_SKEW_DAYS, openDataset, findFile, Quarantine, RecordReader, type RecordKind } from '../dataset/index.js';
import { boundedNumberOpt, outputDirOpt, positional, stringOpt, type Command } from './command.js';
import { Progress } from './progress.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a dataset directory against the dataset spec; bad lines go to quarantine.jsonl',
  args: 'DATASET',
  options: {
    out: { type: 'string', value: 'DIR', description: 'directory for quarantine.jsonl (default: a new temp dir)' },
    'max-skew': { type: 'string', value: 'DAYS', default: String(DEFAULT_MAX_TIME_SKEW_DAYS), description: "quarantine interactions dated more than DAYS from the file's reference time (0: off)" },
    json: { type: 'boolean', description: 'print the counts as JSON' },
  },
  details: `
Exit code 0 when every line is valid, 1 when any line was quarantined (DIR/quarantine.jsonl: file, line, reason)
or the accounts or interactions file holds no valid record.
A damaged file (cut or corrupt gzip, not Parquet) keeps its good lines; one entry names where it broke.
Interactions dated implausibly far from the rest of their file are quarantined as implausible_timestamp, by the
same rule as analyze (docs/dataset-format.md).`,
  async run(ctx) {
    const dir = positional(ctx, 0, 'DATASET');
    const maxTimeSkewDays = boundedNumberOpt(ctx, 'max-skew', DEFAULT_MAX_TIME_SKEW_DAYS, { min: 0 });
    const files = openDataset(dir);
    const out = stringOpt(ctx, 'out') !== undefined ? outputDirOpt(ctx) : mkdtempSync(join(tmpdir(), 'distillguard-validate-'));
    const quarantine = new Quarantine(out);
    const report: Record<string, { read: number; accepted: number; quarantined: number }> = {};
    const kinds: [RecordKind, string | null][] = [
      ['accounts', files.accounts],
      ['interactions', files.interactions],
      ['labels', files.labels],
      ['verdicts', findFile(dir, 'verdicts')],
    ];
    for (const [kind, path] of kinds) {
      if (!path) continue;
      const reader = new RecordReader(path, kind, { quarantine, maxTimeSkewDays });
      const progress = new Progress(kind, null);
      for await (const _batch of reader.batches()) progress.update(reader.stats.read);
      progress.done();
      const { read, accepted, quarantined } = reader.stats;
      report[kind] = { read, accepted, quarantined };
    }
    await quarantine.close();
    if (ctx.values.json) {
      process.stdout.write(JSON.stringify({ files: report, quarantine: quarantine.count > 0 ? quarantine.path : null, reasons: quarantine.reasons() }, null, 2) + '\n');
    } else {
      for (const [kind, s] of Object.entries(report)) {
        process.stdout.write(`${kind.padEnd(13)} read ${s.read}  accepted ${s.accepted}  quarantined ${s.quarantined}\n`);
      }
      if (quarantine.count > 0) process.stdout.write(`quarantine: ${quarantine.path} ${JSON.stringify(quarantine.reasons())}\n`);
    }
    // A required file with no valid record cannot be analysed, even when nothing in it was malformed (an empty file).
    const empty = (['accounts', 'interactions'] as const).filter((k) => (report[k]?.accepted ?? 0) === 0);
    for (const kind of empty) process.stderr.write(`distillguard validate: ${kind}: no valid records [DATASET_EMPTY]\n`);
    return quarantine.count > 0 || empty.length > 0 ? 1 : 0;
  },
};
