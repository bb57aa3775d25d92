/**
 * `distillguard demo`: the whole story on embedded defaults — simulate the `quick` world, replay it through the
 * detection engine, score the verdicts against the world's labels next to today's baselines, write the case files (the
 * letter states the error rates just measured; case.pdf when chromium is installed), and serve the dashboard.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { simulate } from '../sim/index.js';
import { analyze } from '../engine/analyze.js';
import { evaluate, formatReport } from '../eval/index.js';
import { writeReport } from '../report/write.js';
import { DEFAULT_PRICES } from '../report/value.js';
import { chromiumPath } from '../report/pdf.js';
import { listenDashboard, mountDashboard } from '../report/mount.js';
import { uiAccess } from './ui-cmd.js';
import { numberOpt, stringOpt, type Command } from './command.js';
import { Progress } from './progress.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'simulate a small world, detect its campaigns, score them, write the case files and serve the dashboard',
  options: {
    out: { type: 'string', value: 'DIR', description: 'working directory (default: a new temp dir)' },
    scenario: { type: 'string', value: 'NAME|FILE', default: 'quick', description: 'scenario to simulate' },
    seed: { type: 'string', value: 'N', default: '1', description: 'simulation seed' },
    port: { type: 'string', value: 'N', default: '8090', description: 'dashboard port (0 = any free port)' },
    serve: { type: 'boolean', description: 'keep serving the dashboard until Ctrl-C (default when stdout is a terminal)' },
    'no-serve': { type: 'boolean', description: 'print the dashboard command instead of serving it' },
  },
  async run(ctx) {
    const out = stringOpt(ctx, 'out') ?? mkdtempSync(join(tmpdir(), 'distillguard-demo-'));
    const world = join(out, 'world');
    const analysisDir = join(out, 'analysis');
    const reportDir = join(out, 'report');
    const say = (s: string): void => void process.stdout.write(s + '\n');

    say(`1/4 simulate: scenario ${stringOpt(ctx, 'scenario') ?? 'quick'} -> ${world}`);
    const sim = new Progress('simulate', null);
    const w = await simulate({
      scenario: stringOpt(ctx, 'scenario') ?? 'quick',
      seed: numberOpt(ctx, 'seed', 1),
      output: { kind: 'files', dir: world },
      onProgress: (n, d, days) => sim.update(n, `day ${d}/${days}`, d / days),
    });
    sim.done();
    say(`    ${w.interactions.toLocaleString('en-US')} interactions, ${w.accounts.toLocaleString('en-US')} accounts (${w.attackAccounts} attack in ${w.campaigns.length} campaigns)`);

    say(`2/4 analyze: streaming replay through the detection engine -> ${analysisDir}`);
    const an = new Progress('analyze', null);
    const summary = await analyze({ datasetDir: world, outDir: analysisDir, onProgress: (n, _now, fraction) => an.update(n, '', fraction ?? undefined) });
    an.done();
    say(`    ${summary.flagged} accounts flagged in ${summary.campaigns.length} campaigns, ${summary.seconds.toFixed(1)} s`);

    say('3/4 eval: verdicts against the world\'s labels, beside the baselines a provider has today');
    const report = await evaluate({ datasetDir: world, verdicts: join(analysisDir, 'verdicts.jsonl') });
    say(formatReport(report).split('\n').map((l) => '    ' + l).join('\n'));
    // Kept beside the analysis: the letter states these error rates (`report --evaluation` takes the same file).
    const evaluationFile = join(analysisDir, 'evaluation.json');
    writeFileSync(evaluationFile, JSON.stringify(report, null, 2) + '\n');
    say(`    evaluation: ${evaluationFile}`);

    say(`4/4 report: case files -> ${reportDir}`);
    const pdf = existsSync(chromiumPath());
    const written = await writeReport({
      analysisDir,
      outDir: reportDir,
      campaigns: { kind: 'all' },
      redact: false,
      prices: DEFAULT_PRICES,
      pdf: { enabled: pdf },
      generatedAt: new Date().toISOString(),
      letter: { evaluation: report },
    });
    for (const c of written.cases) say(`    ${c.campaign}: ${c.html}  letter: ${c.letter}${c.pdf ? `  pdf: ${c.pdf}` : ''}`);
    if (!pdf) say(`    (no case.pdf: chromium not found at ${chromiumPath()}; set DISTILLGUARD_CHROMIUM)`);
    say(`case files: ${written.index}`);

    const serve = ctx.values['no-serve'] === true ? false : ctx.values.serve === true || process.stdout.isTTY === true;
    if (!serve) {
      say(`dashboard: run \`npx distillguard ui ${analysisDir}\` and open http://127.0.0.1:8090/ui/`);
      return 0;
    }
    const dashboard = await mountDashboard({ analysisDir, reviewStore: { kind: 'dir', dir: join(analysisDir, 'review') }, reviewer: process.env.USER ?? 'reviewer', ...uiAccess('127.0.0.1', undefined).mount });
    const { server, url } = await listenDashboard(dashboard, numberOpt(ctx, 'port', 8090), '127.0.0.1');
    say(`dashboard: ${url} (Ctrl-C to stop)`);
    await new Promise<void>((done) => {
      const stop = (): void => void server.close(() => done());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await dashboard.close();
    return 0;
  },
};
