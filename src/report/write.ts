/**
 * `distillguard report`: for each campaign of an analysis directory, writes OUT/<campaign>/case.html (self-contained),
 * case.json (the same model), stix.json (STIX 2.1 bundle), letter.html (the letter-ready pages) and, on request,
 * case.pdf printed from letter.html. Also OUT/index.html linking them.
 */
import { testsFor, type ProvenanceTest } from './provenance.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DistillguardError } from '../errors.js';
import { Analysis } from './analysis.js';
import { buildCaseFile, type CaseFile } from './case.js';
import { esc } from './charts.js';
import { renderCaseHtml, stylesheet } from './html.js';
import { htmlToPdf } from './pdf.js';
import { actionsFromAudit, renderLetterHtml, tlpLabel, type ActionTaken, type LetterContext, type Tlp } from './letter.js';
import type { EvalReport } from '../eval/types.js';
import type { AuditRow } from '../store/store.js';
import { toStixBundle, type StixOptions } from './stix.js';
import type { Prices } from './value.js';

export type CampaignSelection = { kind: 'all' } | { kind: 'one'; id: string };

export interface ReportOptions {
  analysisDir: string;
  outDir: string;
  campaigns: CampaignSelection;
  redact: boolean;
  prices: Prices;
  pdf: { enabled: false } | { enabled: true; chromium?: string };
  stix?: Partial<StixOptions>;
  /** RFC 3339; the CLI passes the current time. */
  generatedAt: string;
  /** Letter page: TLP marking (default amber), evaluation report, review audit rows (none given: no review log, and the
   * letter says so), signing reviewer. */
  letter?: { tlp?: Tlp; evaluation?: EvalReport | null; audit?: AuditRow[]; signOff?: { reviewer: string; at: string } | null };
  /** Watermark tests of suspect models (`verify --json` results); each goes to its campaign, or to all when it names none. */
  provenance?: ProvenanceTest[];
}

export interface WrittenCase {
  campaign: string;
  html: string;
  json: string;
  stix: string;
  letter: string;
  pdf: string | null;
  model: CaseFile;
}

export async function writeReport(o: ReportOptions): Promise<{ index: string; cases: WrittenCase[] }> {
  const analysis = await Analysis.open(o.analysisDir);
  try {
    const all = analysis.campaignsFile.campaigns;
    const chosen = o.campaigns.kind === 'all' ? all : all.filter((c) => c.id === (o.campaigns as { id: string }).id);
    if (o.campaigns.kind === 'one' && chosen.length === 0) {
      throw new DistillguardError('USAGE', `no campaign "${o.campaigns.id}" in ${o.analysisDir}/campaigns.json (have: ${all.map((c) => c.id).join(', ') || 'none'})`);
    }
    mkdirSync(o.outDir, { recursive: true });
    const cases: WrittenCase[] = [];
    for (const c of chosen) {
      const model = await buildCaseFile(analysis, c.id, { prices: o.prices, redact: o.redact, generatedAt: o.generatedAt });
      const tests = testsFor(o.provenance ?? [], c.id);
      if (tests.length > 0) model.provenance = tests;
      const dir = join(o.outDir, safeName(c.id));
      mkdirSync(dir, { recursive: true });
      const html = join(dir, 'case.html'), json = join(dir, 'case.json'), stix = join(dir, 'stix.json');
      writeFileSync(html, renderCaseHtml(model));
      writeFileSync(json, JSON.stringify(model, null, 2) + '\n');
      writeFileSync(stix, JSON.stringify(toStixBundle(model, o.stix), null, 2) + '\n');
      const actions: ActionTaken[] | null = o.letter?.audit ? actionsFromAudit(o.letter.audit, new Set(model.members.map((x) => x.account_id))) : null;
      const ctx: LetterContext = { tlp: o.letter?.tlp ?? 'amber', evaluation: o.letter?.evaluation ?? null, actions, signOff: o.letter?.signOff ?? null };
      const letter = join(dir, 'letter.html');
      writeFileSync(letter, renderLetterHtml(model, ctx));
      let pdf: string | null = null;
      if (o.pdf.enabled) {
        pdf = join(dir, 'case.pdf');
        await htmlToPdf(letter, pdf, { header: `${tlpLabel(ctx.tlp)} · distillguard case ${c.id}`, ...(o.pdf.chromium ? { chromium: o.pdf.chromium } : {}) });
      }
      cases.push({ campaign: c.id, html, json, stix, letter, pdf, model });
    }
    const index = join(o.outDir, 'index.html');
    writeFileSync(index, indexHtml(cases, o));
    return { index, cases };
  } finally {
    await analysis.close();
  }
}

/** Campaign ids come from the engine (C0002) but a file name must never escape OUT. */
export function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || '_';
}

function indexHtml(cases: WrittenCase[], o: ReportOptions): string {
  const rows = cases.map((c) => `<tr><td><a href="${esc(safeName(c.campaign))}/case.html">${esc(c.campaign)}</a></td><td class="num">${c.model.headline.accounts.toLocaleString('en-US')}</td><td class="num">${c.model.headline.exchanges.toLocaleString('en-US')}</td><td>${esc(c.model.headline.first_activity ?? '')} – ${esc(c.model.headline.last_activity ?? '')}</td><td><a href="${esc(safeName(c.campaign))}/letter.html">letter</a> · <a href="${esc(safeName(c.campaign))}/case.json">JSON</a> · <a href="${esc(safeName(c.campaign))}/stix.json">STIX 2.1</a>${c.pdf ? ` · <a href="${esc(safeName(c.campaign))}/case.pdf">PDF</a>` : ''}</td></tr>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>distillguard case files</title><style>${stylesheet()}</style></head>
<body><main><h1>Case files</h1><p class="muted">From ${esc(o.analysisDir)} · generated ${esc(o.generatedAt)}${o.redact ? ' · redacted' : ''}</p>
<table><tr><th>campaign</th><th class="num">accounts</th><th class="num">exchanges</th><th>activity (UTC)</th><th>files</th></tr>
${rows || '<tr><td colspan="5">No campaign was detected.</td></tr>'}</table></main></body></html>
`;
}
