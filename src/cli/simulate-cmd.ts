/** `distillguard simulate`: generates a traffic world (organic population + attack campaigns) as a dataset directory. */
import { DistillguardError } from '../errors.js';
import { simulate, BUILT_IN } from '../sim/index.js';
import { numberOpt, requiredOpt, stringOpt, type Command } from './command.js';
import { Progress } from './progress.js';

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'generate a labelled traffic world (organic users, hard negatives, distillation campaigns)',
  options: {
    scenario: { type: 'string', value: 'NAME|FILE', default: 'quick', description: `built-in scenario (${BUILT_IN.join(', ')}) or a YAML/JSON scenario file` },
    scale: { type: 'string', value: 'X', default: '1', description: 'multiply account counts (volumes per account unchanged)' },
    seed: { type: 'string', value: 'N', default: '1', description: 'random seed; same scenario+seed+scale gives byte-identical output' },
    out: { type: 'string', value: 'DIR', description: 'output dataset directory (required unless --dry-run)' },
    plain: { type: 'boolean', description: 'write interactions.jsonl instead of interactions.jsonl.gz' },
    responses: { type: 'boolean', description: 'include short synthetic responses (default: response is null)' },
    'dry-run': { type: 'boolean', description: 'generate and count only; write nothing' },
    json: { type: 'boolean', description: 'print the summary as JSON' },
  },
  details: `
Writes DIR/interactions.jsonl.gz (sorted by ts), accounts.jsonl, labels.jsonl and world.json (exact counts per
label, persona and campaign). Scenario format: src/sim/SCENARIOS.md.
Examples:
  distillguard simulate --scenario quick --out /tmp/w
  distillguard simulate --scenario june-2026 --scale 0.01 --seed 7 --out /tmp/june
  distillguard simulate --scenario june-2026 --dry-run`,
  async run(ctx) {
    const scenario = stringOpt(ctx, 'scenario') ?? 'quick';
    const scale = numberOpt(ctx, 'scale', 1);
    const seed = numberOpt(ctx, 'seed', 1);
    if (!(scale > 0 && scale <= 100)) throw new DistillguardError('USAGE', '--scale must be > 0 and <= 100');
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new DistillguardError('USAGE', '--seed must be an integer in [0, 2^32)');
    const dryRun = ctx.values['dry-run'] === true;
    const out = dryRun ? null : requiredOpt(ctx, 'out');
    const progress = new Progress('simulate', null);
    const summary = await simulate({
      scenario, seed, scale,
      output: out === null ? { kind: 'count' } : { kind: 'files', dir: out, plain: ctx.values.plain === true, responses: ctx.values.responses === true },
      onProgress: (n, d, days) => progress.update(n, `day ${d}/${days}`, d / days),
    });
    progress.done();
    if (ctx.values.json) {
      const { manifest: _m, ...rest } = summary;
      process.stdout.write(JSON.stringify(rest, null, 2) + '\n');
      return 0;
    }
    const lines = [
      `scenario ${summary.scenario}  seed ${summary.seed}  scale ${summary.scale}${out ? `  -> ${out}` : '  (dry run)'}`,
      `interactions ${summary.interactions.toLocaleString('en-US')}  ${summary.firstTs ?? '-'} .. ${summary.lastTs ?? '-'}`,
      `accounts ${summary.accounts.toLocaleString('en-US')} (organic ${summary.organicAccounts.toLocaleString('en-US')}, attack ${summary.attackAccounts.toLocaleString('en-US')}; with traffic ${summary.accountsWithTraffic.toLocaleString('en-US')})`,
      ...summary.campaigns.map((c) => `  campaign ${c.id}: ${c.accounts.toLocaleString('en-US')} accounts, ${c.exchanges.toLocaleString('en-US')} exchanges`),
      `time ${summary.seconds.toFixed(1)} s  (${Math.round(summary.interactionsPerSecond).toLocaleString('en-US')} interactions/s)`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
