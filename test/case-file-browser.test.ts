/**
 * Case files on a world with known labels (quick, scale 0.3: three labelled campaigns), read in Chromium: the summary's
 * flag sentence and link sentence are checked against figures computed here from the dataset and verdicts.jsonl, the
 * link picture must draw each campaign's real links, and the letter page and its PDF carry the marking, contents,
 * error rates and sign-off. Screenshots go to test-artifacts/. Under CI=true a missing chromium is a failure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../src/report/pdf.js';
import { dateTime, duration } from '../src/report/summary.js';
import type { CaseFile } from '../src/report/case.js';
import type { CampaignsFile } from '../src/report/analysis.js';

const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const cli = (...args: string[]): string => execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Plain names the summary uses for the engine's link types (case.ts LINK_TYPES). */
const LINK_NAMES: Record<string, string> = {
  frame: 'a shared prompt template', spoof: 'a spoofed client', pivot: 'a switch to a new model in the same 6-hour window',
  variant: 'numeric variants of the same questions', payment: 'a shared payment instrument', 'signup-burst': 'accounts created in one sign-up burst',
  'signup-net': 'sign-ups from one network',
};

test('case files tell the truth about timing and links, draw the links, and print a letter with marking and page numbers', { timeout: 15 * 60_000 }, async (t) => {
  const exe = chromiumPath();
  if (!existsSync(exe)) {
    if (process.env.CI === 'true') assert.fail(`chromium not found at ${exe}`);
    t.skip(`chromium not found at ${exe}`);
    return;
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'dg-casefile-'));
  let browser: Browser | undefined;
  try {
    const world = join(dir, 'w'), analysis = join(dir, 'a'), out = join(dir, 'r'), evalFile = join(dir, 'eval.json');
    cli('simulate', '--scenario', 'quick', '--scale', '0.3', '--out', world);
    cli('analyze', world, '--out', analysis);
    writeFileSync(evalFile, cli('eval', world, analysis, '--json'));
    const written = JSON.parse(cli('report', analysis, '--out', out, '--evaluation', evalFile, '--signed-off-by', 'Dana Reviewer', '--tlp', 'amber', '--pdf', '--json')) as { cases: { campaign: string; html: string; json: string; letter: string; pdf: string }[] };

    // Ground truth, computed here from the files a reader has: labels, the dataset's requests, verdicts.jsonl.
    const labelRows = readFileSync(join(world, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { account_id: string; campaign: string | null; subteam?: string });
    const labels = new Map(labelRows.map((l) => [l.account_id, l.campaign]));
    const subteamOf = new Map(labelRows.filter((l) => l.subteam).map((l) => [l.account_id, l.subteam!]));
    const firstRequest = new Map<string, number>();
    for (const line of gunzipSync(readFileSync(join(world, 'interactions.jsonl.gz'))).toString('utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line) as { account_id: string; ts: string };
      const ts = Date.parse(r.ts);
      if (ts < (firstRequest.get(r.account_id) ?? Infinity)) firstRequest.set(r.account_id, ts);
    }
    const verdicts = new Map(readFileSync(join(analysis, 'verdicts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { account_id: string; first_flagged_at: string | null }).map((v) => [v.account_id, v]));
    const campaigns = (JSON.parse(readFileSync(join(analysis, 'campaigns.json'), 'utf8')) as CampaignsFile).campaigns;
    const truthOf = (id: string): string => {
      const c = campaigns.find((x) => x.id === id)!;
      const votes = new Map<string, number>();
      for (const m of c.members) { const l = labels.get(m) ?? 'organic'; votes.set(l ?? 'organic', (votes.get(l ?? 'organic') ?? 0) + 1); }
      return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    };
    const byTruth = new Map(written.cases.map((c) => [truthOf(c.campaign), c]));
    for (const op of ['op-anvil', 'op-mirage', 'op-lattice']) assert.ok(byTruth.has(op), `a case file for ${op}`);

    browser = await chromium.launch({ executablePath: exe, args: [...CHROMIUM_ARGS] });
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    for (const [op, c] of byTruth) {
      if (!op.startsWith('op-')) continue;
      const report = campaigns.find((x) => x.id === c.campaign)!;
      await page.goto(pathToFileURL(c.html).href);
      const summary = (await page.getByTestId('summary').textContent()) ?? '';

      // 1. The flag sentence: first member flag against the campaign's first request, signed, in words.
      const flags = report.members.map((m) => verdicts.get(m)?.first_flagged_at).filter((x): x is string => !!x).sort();
      const first = Math.min(...report.members.map((m) => firstRequest.get(m) ?? Infinity));
      const hours = (Date.parse(flags[0]!) - first) / 3_600_000;
      const when = `${dateTime(flags[0]!)}, ${duration(hours)} ${hours >= 0 ? 'after' : 'before'} the campaign's first request`;
      assert.ok(summary.includes(when), `${op}: "${when}" in: ${summary}`);
      assert.ok(summary.includes(flags.length === report.members.length ? `all ${report.members.length} accounts were flagged` : `${flags.length} of the ${report.members.length} accounts were flagged`), `${op}: flagged count`);

      // 2. The links sentence: every strong link type the engine found, with its share; no network fact called a link.
      const linked = /The accounts are linked by (.*?)\.(?= They| [0-9]+% of their| They used| Replayed)/.exec(summary)?.[1] ?? '';
      for (const [type, share] of Object.entries(report.evidence.link_shares)) {
        if (!LINK_NAMES[type] || share <= 0) continue;
        assert.ok(linked.includes(`${LINK_NAMES[type]} (${pct(share)} of members`), `${op}: ${type} at ${pct(share)} in: ${linked}`);
      }
      assert.doesNotMatch(linked, /datacenter|VPN|IP addresses/, `${op}: infrastructure is not presented as a link`);

      // 3. The picture draws the link types the engine found (hubs), with a legend, sub-teams labelled.
      const graph = page.locator('svg[data-chart="graph"]');
      await graph.scrollIntoViewIfNeeded();
      const hubTypes = new Set(await graph.locator('[data-hub]').evaluateAll((els) => els.map((e) => e.getAttribute('data-hub'))));
      if ((report.evidence.link_shares.frame ?? 0) >= 0.5) assert.ok(hubTypes.has('template'), `${op}: template hub drawn`);
      if ((report.evidence.link_shares.payment ?? 0) >= 0.5) assert.ok(hubTypes.has('payment'), `${op}: payment hubs drawn`);
      if ((report.evidence.link_shares.pivot ?? 0) >= 0.5) assert.ok(hubTypes.has('pivot'), `${op}: model-switch hubs drawn`);
      const legend = (await graph.locator('text').allTextContents()).join(' | ');
      for (const tpe of hubTypes) assert.ok(legend.includes({ template: 'prompt template', spoof: 'spoofed client', pivot: 'model switch', payment: 'payment instrument', 'signup-net': 'sign-up network', prefix: 'network prefix', client: 'client software' }[tpe!]!), `${op}: legend names ${tpe}`);
      assert.ok(await graph.locator('[data-team-label]').count() >= 1, `${op}: at least one sub-team drawn`);
      // Where the scenario gave the operation sub-teams (own clients and networks), each drawn team is one of them.
      const drawn = await graph.locator('circle[data-account]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-account')!, Number(e.getAttribute('data-team'))] as const));
      const teams = new Map<number, string[]>();
      for (const [id, team] of drawn) if (team > 0 && subteamOf.has(id)) teams.set(team, [...(teams.get(team) ?? []), subteamOf.get(id)!]);
      if (teams.size) {
        for (const [team, subs] of teams) {
          const top = Math.max(...[...new Set(subs)].map((x) => subs.filter((y) => y === x).length));
          assert.ok(top / subs.length >= 0.9, `${op}: drawn sub-team ${team} is one labelled sub-team (${subs.join(', ')})`);
        }
        const labelled = new Set(drawn.map(([id]) => subteamOf.get(id)).filter(Boolean));
        const majorities = new Set([...teams.values()].map((subs) => [...new Set(subs)].sort((a, b) => subs.filter((y) => y === b).length - subs.filter((y) => y === a).length)[0]));
        assert.equal(majorities.size, labelled.size, `${op}: every labelled sub-team has a drawn team (${[...labelled].join(', ')})`);
      }
      await page.getByTestId('summary').screenshot({ path: join(ARTIFACTS, `case-summary-${op}.png`) });
      await graph.screenshot({ path: join(ARTIFACTS, `case-graph-${op}.png`) });
    }

    // 4. The letter page: marking, contents, the evaluation's error rates, sign-off; a short PDF of it.
    const stealth = byTruth.get('op-mirage')!;
    const model = JSON.parse(readFileSync(stealth.json, 'utf8')) as CaseFile;
    const ev = JSON.parse(readFileSync(evalFile, 'utf8')) as { methods: { analyzer: { recall: number; organic_fpr: number } } };
    await page.goto(pathToFileURL(stealth.letter).href);
    assert.equal(await page.getByTestId('tlp').textContent(), 'TLP:AMBER');
    assert.equal(await page.getByTestId('toc').locator('li').count(), 8);
    assert.equal(await page.getByTestId('summary').textContent(), model.summary, 'the letter and the case file say the same');
    const rates = (await page.getByTestId('error-rates').textContent()) ?? '';
    assert.ok(rates.includes(`${(ev.methods.analyzer.recall * 100).toFixed(1)}%`), `recall in: ${rates}`);
    assert.ok(rates.includes(`${(ev.methods.analyzer.organic_fpr * 100).toFixed(ev.methods.analyzer.organic_fpr < 0.01 && ev.methods.analyzer.organic_fpr > 0 ? 2 : 1)}%`), `false-positive rate in: ${rates}`);
    assert.match((await page.getByTestId('signoff').textContent()) ?? '', /signed off by Dana Reviewer/);
    await page.setViewportSize({ width: 900, height: 1270 });
    await page.screenshot({ path: join(ARTIFACTS, 'case-letter.png'), fullPage: true });
    const pdf = readFileSync(stealth.pdf);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
    assert.ok(pages >= 2 && pages <= 6, `the letter prints on a few pages, not dozens (${pages})`);
    writeFileSync(join(ARTIFACTS, 'case-letter.pdf'), pdf);
  } finally {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
