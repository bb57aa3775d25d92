/** `distillguard report ANALYSIS_DIR --out DIR`: case files (HTML, JSON, STIX 2.1, optional PDF) per campaign. */
import { writeReport } from '../report/write.js';
import { readProvenance } from '../report/provenance.js';
import { DEFAULT_PRICES } from '../report/value.js';
import { DEFAULT_STIX_OPTIONS } from '../report/stix.js';
import { readFileSync } from 'node:fs';
import { DistillguardError } from '../errors.js';
import { TLP_LEVELS, type Tlp } from '../report/letter.js';
import type { EvalReport } from '../eval/types.js';
import type { AuditRow } from '../store/store.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import { numberOpt, positional, requiredOpt, stringOpt, type Command } from './command.js';

export const reportCommand: Command = {
  name: 'report',
  summary: 'write a case file per campaign: self-contained HTML, JSON, STIX 2.1 bundle, optional PDF',
  args: 'ANALYSIS_DIR',
  options: {
    out: { type: 'string', value: 'DIR', description: 'output directory (required)' },
    campaign: { type: 'string', value: 'ID', description: 'only this campaign (default: every campaign)' },
    redact: { type: 'boolean', description: 'mask sample prompts and hash payment fingerprints (for sharing outside the provider)' },
    pdf: { type: 'boolean', description: 'also print case.pdf (the letter pages) with chromium (/usr/bin/chromium or $DISTILLGUARD_CHROMIUM)' },
    tlp: { type: 'string', value: 'LEVEL', default: 'amber', description: `TLP marking of the letter and PDF: ${TLP_LEVELS.join(', ')}` },
    evaluation: { type: 'string', value: 'FILE', description: 'eval --json output for this analysis: the letter states the measured error rates' },
    'review-dir': { type: 'string', value: 'DIR', description: "review store (the dashboard's --review-dir): the letter lists the review actions taken" },
    'signed-off-by': { type: 'string', value: 'NAME', description: 'reviewer signing the case off (the letter says "not signed off" without it)' },
    'price-input': { type: 'string', value: 'USD', default: String(DEFAULT_PRICES.input), description: 'list price per million input tokens, for the value estimate' },
    'price-output': { type: 'string', value: 'USD', default: String(DEFAULT_PRICES.output), description: 'list price per million output tokens' },
    'price-reasoning': { type: 'string', value: 'USD', default: String(DEFAULT_PRICES.reasoning), description: 'list price per million reasoning tokens' },
    identity: { type: 'string', value: 'NAME', default: DEFAULT_STIX_OPTIONS.identityName, description: 'name of the reporting organisation in the STIX bundle' },
    'stix-min-share': { type: 'string', value: 'X', default: String(DEFAULT_STIX_OPTIONS.minShare), description: "export an indicator only when the campaign sent at least this share of the attribute's traffic" },
    provenance: { type: 'string', value: 'FILE', description: 'watermark test results (`verify --json`, one per line): stated in the case file, the letter and a STIX report on the campaign' },
    json: { type: 'boolean', description: 'print the written paths as JSON' },
  },
  details: `
ANALYSIS_DIR is the output of \`distillguard analyze\` (campaigns.json, verdicts.jsonl, analysis.duckdb; opened read-only).
Writes DIR/index.html and, per campaign, DIR/<ID>/case.html, case.json, stix.json, letter.html [, case.pdf].
letter.html (and case.pdf printed from it) is the few-page summary for a letter: what happened, scale, dates,
evidence, method and error rates (--evaluation), actions taken (--review-dir), sign-off (--signed-off-by).
The value estimate multiplies the campaign's tokens by the list prices above (an estimate, labelled as such).
Example: distillguard report /tmp/a --out /tmp/case --redact --pdf`,
  async run(ctx) {
    const analysisDir = positional(ctx, 0, 'ANALYSIS_DIR');
    const outDir = requiredOpt(ctx, 'out');
    const price = (name: string, fallback: number) => {
      const v = numberOpt(ctx, name, fallback);
      if (v < 0) throw new DistillguardError('USAGE', `--${name} must be >= 0`);
      return v;
    };
    const minShare = numberOpt(ctx, 'stix-min-share', DEFAULT_STIX_OPTIONS.minShare);
    if (minShare < 0 || minShare > 1) throw new DistillguardError('USAGE', '--stix-min-share must be between 0 and 1');
    const id = stringOpt(ctx, 'campaign');
    const tlp = stringOpt(ctx, 'tlp') ?? 'amber';
    if (!(TLP_LEVELS as readonly string[]).includes(tlp)) throw new DistillguardError('USAGE', `--tlp must be one of ${TLP_LEVELS.join(', ')}`);
    const evalPath = stringOpt(ctx, 'evaluation');
    let evaluation: EvalReport | null = null;
    if (evalPath) {
      try {
        evaluation = JSON.parse(readFileSync(evalPath, 'utf8')) as EvalReport;
      } catch (e) {
        throw new DistillguardError('FILE_FORMAT', `--evaluation ${evalPath}: ${(e as Error).message}`, { cause: e });
      }
      if (!evaluation?.methods?.analyzer) throw new DistillguardError('FILE_FORMAT', `--evaluation ${evalPath}: not an \`eval --json\` report (no methods.analyzer)`);
    }
    const reviewDir = stringOpt(ctx, 'review-dir');
    let audit: AuditRow[] | undefined;
    if (reviewDir) {
      const store = await DuckDbStore.open({ kind: 'dir', dir: reviewDir });
      try { audit = await store.listAudit({ limit: 1_000_000 }); } finally { await store.close(); }
    }
    const reviewer = stringOpt(ctx, 'signed-off-by');
    const provenancePath = stringOpt(ctx, 'provenance');
    const result = await writeReport({
      analysisDir, outDir,
      campaigns: id ? { kind: 'one', id } : { kind: 'all' },
      redact: ctx.values.redact === true,
      prices: { input: price('price-input', DEFAULT_PRICES.input), output: price('price-output', DEFAULT_PRICES.output), reasoning: price('price-reasoning', DEFAULT_PRICES.reasoning) },
      pdf: ctx.values.pdf === true ? { enabled: true } : { enabled: false },
      stix: { identityName: stringOpt(ctx, 'identity') ?? DEFAULT_STIX_OPTIONS.identityName, minShare },
      generatedAt: new Date().toISOString(),
      ...(provenancePath ? { provenance: readProvenance(provenancePath) } : {}),
      letter: { tlp: tlp as Tlp, evaluation, ...(audit ? { audit } : {}), signOff: reviewer ? { reviewer, at: new Date().toISOString() } : null },
    });
    if (ctx.values.json) {
      process.stdout.write(JSON.stringify({ index: result.index, cases: result.cases.map(({ model: _m, ...c }) => c) }, null, 2) + '\n');
      return 0;
    }
    const lines = result.cases.map((c) => `  ${c.campaign}  ${String(c.model.headline.accounts).padStart(6)} accounts  ${String(c.model.headline.exchanges).padStart(9)} exchanges  ${c.html}${c.pdf ? '  ' + c.pdf : ''}`);
    process.stdout.write(`case files: ${result.cases.length}\n${lines.join('\n')}${lines.length ? '\n' : ''}index:      ${result.index}\n`);
    return 0;
  },
};
