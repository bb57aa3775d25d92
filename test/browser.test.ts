/**
 * Browser tests: Debian chromium driven by playwright-core opens a case file (file://, offline) and the dashboard
 * on localhost, clicks through a review, and asserts what a person sees. Screenshots go to test-artifacts/.
 * Under CI=true a missing /usr/bin/chromium is a failure (.ci/run installs it); locally the test skips.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, htmlToPdf } from '../src/report/pdf.js';
import { listenDashboard, mountDashboard } from '../src/report/mount.js';

const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const cli = (...args: string[]): string => execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Every request a page makes must stay on file:// or the dashboard's own origin. */
function watchRequests(page: Page, allowed: (url: string) => boolean): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => { if (!allowed(r.url())) foreign.push(r.url()); });
  return foreign;
}

test('case file and dashboard in a real browser: read the figures, review an account', { timeout: 10 * 60_000 }, async (t) => {
  const exe = chromiumPath();
  if (!existsSync(exe)) {
    if (process.env.CI === 'true') assert.fail(`chromium not found at ${exe}: .ci/run must apt-get install chromium`);
    t.skip(`chromium not found at ${exe} (apt-get install chromium); skipping browser tests`);
    return;
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'dg-browser-'));
  let browser: Browser | undefined;
  let dashboard: Awaited<ReturnType<typeof mountDashboard>> | undefined;
  let server: import('node:http').Server | undefined;
  try {
    const world = join(dir, 'w'), analysis = join(dir, 'a'), out = join(dir, 'r');
    cli('simulate', '--scenario', 'quick', '--scale', '0.3', '--out', world);
    cli('analyze', world, '--out', analysis);
    const written = JSON.parse(cli('report', analysis, '--out', out, '--redact', '--json')) as { cases: { campaign: string; html: string; json: string }[] };
    assert.ok(written.cases.length > 0, 'at least one campaign to show');
    const first = written.cases[0]!;
    const model = JSON.parse(readFileSync(first.json, 'utf8')) as { headline: { exchanges: number; accounts: number }; sample_prompts: { prompt: string }[] };

    browser = await chromium.launch({ executablePath: exe, args: [...CHROMIUM_ARGS] });
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });

    // 1. The case file opens offline and states the figures.
    const caseUrl = pathToFileURL(first.html).href;
    const foreignCase = watchRequests(page, (u) => u.startsWith('file:') || u.startsWith('data:'));
    await page.goto(caseUrl);
    assert.match(await page.title(), new RegExp(`Case file ${first.campaign}`));
    assert.equal((await page.locator('[data-figure="exchanges"] .v').textContent())?.trim(), model.headline.exchanges.toLocaleString('en-US'));
    assert.equal((await page.locator('[data-figure="accounts"] .v').textContent())?.trim(), model.headline.accounts.toLocaleString('en-US'));
    assert.match((await page.getByTestId('summary').textContent()) ?? '', /coordinated group of/);
    for (const chart of ['daily', 'signups', 'hours', 'capabilities', 'asns', 'graph']) {
      assert.ok(await page.locator(`svg[data-chart="${chart}"]`).isVisible(), `chart ${chart} is visible`);
    }
    const prompts = await page.getByTestId('prompt').allTextContents();
    assert.ok(prompts.length > 0 && prompts.every((p) => !/\b[a-z]{4,}\b/i.test(p.replace(/\[(email|url|ip)\]/g, ''))), 'redacted prompts show no whole word');
    assert.deepEqual(foreignCase, [], 'the case file requested nothing outside itself');
    await page.screenshot({ path: join(ARTIFACTS, 'case-file.png'), fullPage: false });
    await page.locator('svg[data-chart="graph"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'case-file-graph.png') });

    // The same file prints to PDF with headless chromium (report --pdf).
    const pdf = join(ARTIFACTS, 'case-file.pdf');
    await htmlToPdf(first.html, pdf);
    assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');

    // 2. The dashboard on localhost.
    dashboard = await mountDashboard({ analysisDir: analysis, reviewStore: { kind: 'dir', dir: join(dir, 'review') }, reviewer: 'browser-test' });
    const listening = await listenDashboard(dashboard, 0, '127.0.0.1');
    server = listening.server;
    const origin = new URL(listening.url).origin;
    const foreignUi = watchRequests(page, (u) => u.startsWith(origin) || u.startsWith('file:') || u.startsWith('data:'));
    await page.goto(listening.url);
    assert.equal(await page.locator('[data-figure="campaigns"] .v').textContent(), String(written.cases.length));
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-overview.png'), fullPage: true });

    await page.getByRole('link', { name: first.campaign, exact: true }).first().click();
    await page.waitForURL(/\/ui\/campaign\//);
    assert.match((await page.getByTestId('title').textContent()) ?? '', new RegExp(first.campaign));
    assert.equal((await page.locator('[data-figure="exchanges"] .v').textContent())?.trim(), model.headline.exchanges.toLocaleString('en-US'), 'dashboard and case file agree');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-campaign.png') });

    // 3. Review queue: confirm the top account, then note an appeal on the next one.
    await page.getByTestId('nav-queue').click();
    await page.waitForURL(/\/ui\/queue/);
    const countBefore = (await page.getByTestId('queue-count').textContent()) ?? '';
    const row = page.locator('tr[data-account]').first();
    const accountId = (await row.getAttribute('data-account'))!;
    assert.equal(await row.getByTestId('state').textContent(), 'open');
    await row.locator('button[data-action="confirm"]').click();
    await page.getByTestId('flash').filter({ hasText: `${accountId}: confirm` }).waitFor();
    assert.equal(await row.getByTestId('state').textContent(), 'confirmed', 'the row shows the decision in place');
    await page.screenshot({ path: join(ARTIFACTS, 'review-queue-confirmed.png') });

    const second = page.locator('tr[data-account]').nth(1);
    const secondId = (await second.getAttribute('data-account'))!;
    await second.getByLabel('appeal note').fill('owner e-mailed: research lab, asks for review');
    await second.locator('button[data-action="appeal"]').click();
    await page.getByTestId('flash').filter({ hasText: `${secondId}: appeal noted` }).waitFor();

    // After a reload the confirmed account has left the open queue; the confirmed tab lists it.
    await page.reload();
    assert.notEqual(await page.getByTestId('queue-count').textContent(), countBefore);
    assert.equal(await page.locator(`tr[data-account="${accountId}"]`).count(), 0);
    await page.goto(`${origin}/ui/queue?state=confirmed`);
    assert.equal(await page.locator(`tr[data-account="${accountId}"] [data-testid="state"]`).textContent(), 'confirmed');

    // 4. The account page shows the decision and the audit trail shows both actions with the reviewer.
    await page.goto(`${origin}/ui/account/${encodeURIComponent(accountId)}`);
    assert.equal(await page.getByTestId('state').first().textContent(), 'confirmed');
    assert.ok(await page.locator('svg[data-chart="timeline"]').isVisible(), 'timeline chart');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-account.png'), fullPage: true });
    await page.goto(`${origin}/ui/audit`);
    const audit = (await page.getByTestId('audit').textContent()) ?? '';
    for (const s of ['review.confirm', 'review.appeal', accountId, secondId, 'browser-test', 'research lab']) assert.ok(audit.includes(s), `audit shows ${s}`);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-audit.png') });
    assert.deepEqual(foreignUi, [], 'the dashboard requested nothing outside its origin');
  } finally {
    await browser?.close();
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    await dashboard?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
