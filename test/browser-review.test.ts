/**
 * Review at provider scale in a real browser: a simulated world with over a thousand flagged accounts
 * (test/fixtures/review-scale-world.yaml), analysed, then reviewed in Debian chromium through the dashboard behind a
 * stand-in for an authenticating proxy (it sets X-Forwarded-User): campaigns first, one exception, the rest of a
 * campaign confirmed in one click, paging and filters, an owner's appeal from the support tool landing in the queue,
 * the account page's links and plain feature names, and errors shown with their catalogue code (a stale page, an
 * expired login, a missing account, a bad filter). Screenshots go to test-artifacts/review-*.png.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../src/report/pdf.js';
import { listenDashboard, mountDashboard } from '../src/report/mount.js';
import type { Verdict } from '../src/dataset/types.js';

const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));
const SCENARIO = fileURLToPath(new URL('../../test/fixtures/review-scale-world.yaml', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const cli = (...args: string[]): string => execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const num = (s: string | null): number => Number(/[\d,]+/.exec(s ?? '')?.[0]?.replace(/,/g, '') ?? Number.NaN);

test('review by campaign and paging in chromium on a world with over 1,000 flagged accounts', { timeout: 15 * 60_000 }, async (t) => {
  const exe = chromiumPath();
  if (!existsSync(exe)) {
    if (process.env.CI === 'true') assert.fail(`chromium not found at ${exe}: .ci/run must apt-get install chromium`);
    t.skip(`chromium not found at ${exe}`);
    return;
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'dg-review-'));
  let browser: Browser | undefined;
  let dashboard: Awaited<ReturnType<typeof mountDashboard>> | undefined;
  let server: import('node:http').Server | undefined;
  try {
    const world = join(dir, 'w'), analysis = join(dir, 'a');
    cli('simulate', '--scenario', SCENARIO, '--out', world);
    cli('analyze', world, '--out', analysis);
    const verdicts = readFileSync(join(analysis, 'verdicts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Verdict);
    const flagged = verdicts.filter((v) => v.flagged);
    assert.ok(flagged.length >= 1000, `the world has ${flagged.length} flagged accounts`);
    const linkedOnly = verdicts.filter((v) => !v.flagged && v.campaign_id !== null).length;
    const sizes = new Map<string, number>();
    for (const v of flagged) if (v.campaign_id) sizes.set(v.campaign_id, (sizes.get(v.campaign_id) ?? 0) + 1);
    const [biggest, biggestSize] = [...sizes].sort((a, b) => b[1] - a[1])[0]!;
    // Accounts of verified organisations are never confirmed in bulk (the sim gives some harvesters verification too).
    const verified = new Set(readFileSync(join(world, 'accounts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { account_id: string; verified: boolean }).filter((a) => a.verified).map((a) => a.account_id));

    // The dashboard behind a proxy that authenticates reviewers and names them in X-Forwarded-User.
    dashboard = await mountDashboard({ analysisDir: analysis, reviewStore: { kind: 'dir', dir: join(dir, 'review') }, reviewerOf: (req) => (req.headers['x-forwarded-user'] as string | undefined) ?? null });
    const listening = await listenDashboard(dashboard, 0, '127.0.0.1');
    server = listening.server;
    const origin = new URL(listening.url).origin;
    browser = await chromium.launch({ executablePath: exe, args: [...CHROMIUM_ARGS] });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, extraHTTPHeaders: { 'x-forwarded-user': 'dana@provider.example' } });
    const page = await context.newPage();

    // 1. The queue holds the flagged accounts only, 100 a page.
    await page.goto(`${origin}/ui/queue`);
    assert.equal(num(await page.getByTestId('queue-count').textContent()), flagged.length, `queue = flagged (${linkedOnly} linked-but-unflagged left out)`);
    assert.equal(await page.locator('table[data-testid="queue"] tr[data-account]').count(), 100);
    const pages = Math.ceil(flagged.length / 100);
    assert.equal(await page.getByTestId('pages').first().textContent(), String(pages));
    const campaignRow = page.locator(`tr.campaign-row[data-campaign="${biggest}"]`);
    assert.equal(num(await campaignRow.getByTestId('open').textContent()), biggestSize);
    await page.screenshot({ path: join(ARTIFACTS, 'review-queue-campaigns.png'), fullPage: false });

    // Paging: next page, a different hundred.
    const firstOnPage1 = await page.locator('tr[data-account]').first().getAttribute('data-account');
    await page.locator('[data-testid="pager"] a[rel="next"]').first().click();
    await page.waitForURL(/page=2/);
    assert.equal(await page.getByTestId('page').first().textContent(), '2');
    assert.notEqual(await page.locator('tr[data-account]').first().getAttribute('data-account'), firstOnPage1);
    await page.locator('[data-testid="pager"] a[rel="last"]').first().click();
    await page.waitForURL(new RegExp(`page=${pages}`));
    assert.equal(await page.locator('tr[data-account]').count(), flagged.length - 100 * (pages - 1));

    // 2. Filters: campaign, search, risk, verified org.
    await page.goto(`${origin}/ui/queue`);
    await page.getByLabel('campaign', { exact: true }).selectOption(biggest);
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/campaign=/);
    assert.equal(num(await page.getByTestId('queue-count').textContent()), biggestSize);
    const exception = (await page.locator('tr[data-account]').nth(3).getAttribute('data-account'))!;
    await page.getByLabel('search account').fill(exception.slice(0, 12));
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/q=/);
    assert.ok(num(await page.getByTestId('queue-count').textContent()) >= 1);
    assert.equal(await page.locator(`tr[data-account="${exception}"]`).count(), 1);
    await page.goto(`${origin}/ui/queue?risk=0.95`);
    assert.equal(num(await page.getByTestId('queue-count').textContent()), flagged.filter((v) => v.risk >= 0.95).length);

    // 3. One exception first (dismissed in place), then the rest of the campaign in one click.
    await page.goto(`${origin}/ui/queue?campaign=${encodeURIComponent(biggest)}&q=${encodeURIComponent(exception)}`);
    const exRow = page.locator(`tr[data-account="${exception}"]`);
    await exRow.locator('button[data-action="dismiss"]').click();
    await page.getByTestId('flash').filter({ hasText: `${exception}: dismiss` }).waitFor();
    assert.equal(await exRow.getByTestId('state').textContent(), 'dismissed');
    await page.goto(`${origin}/ui/queue`);
    const verifiedOpen = flagged.filter((v) => v.campaign_id === biggest && v.account_id !== exception && verified.has(v.account_id)).length;
    const expected = biggestSize - 1 - verifiedOpen;
    const bulk = page.locator(`tr.campaign-row[data-campaign="${biggest}"] button[data-bulk="confirm"]`);
    assert.match((await bulk.textContent()) ?? '', new RegExp(`Confirm ${expected.toLocaleString('en-US')} open`));
    await bulk.click();
    await page.getByTestId('flash').filter({ hasText: `${biggest}: confirm → ${expected} accounts` }).waitFor();
    if (verifiedOpen) assert.match((await page.getByTestId('flash').textContent()) ?? '', new RegExp(`${verifiedOpen} of verified organisations left for one-by-one review`));
    assert.equal(num(await page.locator(`tr.campaign-row[data-campaign="${biggest}"]`).getByTestId('open').textContent()), verifiedOpen, 'only verified organisations stay open');
    assert.equal(num(await page.getByTestId('queue-count').textContent()), flagged.length - biggestSize + verifiedOpen, 'the open queue lost the campaign');
    await page.screenshot({ path: join(ARTIFACTS, 'review-queue-after-bulk.png'), fullPage: false });
    await page.goto(`${origin}/ui/queue?state=dismissed`);
    assert.equal(await page.locator(`tr[data-account="${exception}"] [data-testid="state"]`).textContent(), 'dismissed', 'the exception was kept');
    await page.goto(`${origin}/ui/queue?state=confirmed&campaign=${encodeURIComponent(biggest)}`);
    assert.equal(num(await page.getByTestId('queue-count').textContent()), expected);
    if (verifiedOpen) {
      await page.goto(`${origin}/ui/queue?campaign=${encodeURIComponent(biggest)}&verified=yes`);
      assert.equal(num(await page.getByTestId('queue-count').textContent()), verifiedOpen, 'the verified filter finds them');
    }

    // 4. The support tool relays an owner's appeal; it lands in the queue's appeals tab.
    const appellant = (await page.locator('tr[data-account]').first().getAttribute('data-account'))!;
    // A support tool posts with the dashboard's CSRF token (or its own x-reviewer-token).
    const csrf = (await page.locator('input[name="csrf"]').first().getAttribute('value')) ?? '';
    const ap = await page.request.post(`${origin}/ui/api/appeals`, { headers: { 'x-csrf-token': csrf }, data: { account_id: appellant, message: 'We are a research lab; please review', contact: 'ticket 9182', channel: 'support-tool' } });
    assert.equal(ap.status(), 201);
    await page.goto(`${origin}/ui/queue?state=appealed`);
    assert.equal(num(await page.getByTestId('queue-count').textContent()), 1);
    assert.equal(await page.locator(`tr[data-account="${appellant}"] [data-testid="appeal"]`).count(), 1);
    await page.screenshot({ path: join(ARTIFACTS, 'review-queue-appeal.png'), fullPage: false });

    // 5. The account page: what it is linked to and through what; features with plain names.
    await page.goto(`${origin}/ui/account/${encodeURIComponent(appellant)}`);
    assert.ok(await page.getByTestId('links').isVisible(), 'linked accounts are listed');
    assert.ok(await page.getByTestId('links').locator('tr').count() > 1);
    const via = (await page.getByTestId('links').textContent()) ?? '';
    assert.match(via, /same payment instrument|shared network prefixes|shared prompt templates|same sign-up network/);
    const features = (await page.getByTestId('features').textContent()) ?? '';
    assert.ok(features.includes('requests from datacenter networks') && !features.includes('datacenterShare'), 'plain feature names');
    assert.ok((await page.getByTestId('appeals').textContent())?.includes('ticket 9182'));
    await page.getByTestId('links').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'review-account-links.png'), fullPage: false });

    // 6. Charts say what they count; the audit trail names the reviewer.
    await page.goto(`${origin}/ui/`);
    const legend = (await page.locator('svg[data-chart="traffic"]').textContent()) ?? '';
    assert.ok(legend.includes('exchanges by flagged accounts'), 'traffic legend counts exchanges');
    const tips = await page.locator('svg[data-chart="risk"] rect title').allTextContents();
    assert.ok(tips.length > 0 && tips.every((x) => /^risk \d\.\d\d–\d\.\d\d: \d+ accounts$/.test(x)), `risk tooltips count accounts: ${tips.slice(0, 3).join(' | ')}`);
    await page.goto(`${origin}/ui/audit`);
    const audit = (await page.getByTestId('audit').textContent()) ?? '';
    assert.ok(audit.includes('dana@provider.example') && audit.includes('account owner (support-tool)'));
    await page.screenshot({ path: join(ARTIFACTS, 'review-audit.png'), fullPage: false });

    // 7. Errors say what went wrong in plain words with their catalogue code (src/errors.ts), never "[object Object]".
    const errorOf = async (p: typeof page) => {
      const e = p.locator('[role="alert"]').first();
      await e.waitFor();
      const text = (await e.textContent()) ?? '';
      assert.ok(!text.includes('[object Object]') && !/\bat \S+:\d+/.test(text), `plain message: ${text}`);
      return { text, code: await e.getAttribute('data-code') };
    };
    // A failed review action (the page's security token is stale: the dashboard restarted since it was loaded).
    await page.goto(`${origin}/ui/queue`);
    const target = page.locator('tr[data-account]').first();
    const targetId = (await target.getAttribute('data-account'))!;
    await target.locator('input[name="csrf"]').evaluateAll((els) => els.forEach((el) => ((el as HTMLInputElement).value = 'from-before-a-restart')));
    await target.locator('button[data-action="dismiss"]').click();
    let err = await errorOf(page);
    assert.equal(err.code, 'csrf_invalid');
    assert.match(err.text, /^Not recorded: .*reload the page and retry csrf_invalid$/);
    assert.equal(await target.getByTestId('state').textContent(), 'open', 'nothing changed');
    const inView = await page.getByTestId('flash').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; });
    assert.ok(inView, 'the reason is in view where the reviewer clicked');
    await page.screenshot({ path: join(ARTIFACTS, 'review-error-action.png'), fullPage: false });
    // The proxy's login expired: requests arrive without the reviewer's name; a decision is refused and says why.
    const anonymous = await browser.newContext({ viewport: { width: 1400, height: 700 } });
    const anon = await anonymous.newPage();
    await anon.goto(`${origin}/ui/queue`);
    await anon.locator(`tr[data-account="${targetId}"] button[data-action="confirm"]`).click();
    err = await errorOf(anon);
    assert.equal(err.code, 'reviewer_required');
    assert.match(err.text, /no reviewer identity/);
    await anon.screenshot({ path: join(ARTIFACTS, 'review-error-login.png'), fullPage: false });
    await anonymous.close();
    // A missing account and a bad filter.
    const missing = await page.goto(`${origin}/ui/account/acct_does_not_exist`);
    assert.equal(missing?.status(), 404);
    err = await errorOf(page);
    assert.equal(err.code, 'account_not_found');
    assert.match(err.text, /no account "acct_does_not_exist"/);
    await page.screenshot({ path: join(ARTIFACTS, 'review-error-account.png'), fullPage: false });
    const badFilter = await page.goto(`${origin}/ui/queue?risk=high`);
    assert.equal(badFilter?.status(), 400);
    err = await errorOf(page);
    assert.equal(err.code, 'invalid_filter');
    assert.match(err.text, /minimum risk must be a number from 0 to 1 \(got "high"\)/);
    assert.equal(num(await page.getByTestId('queue-count').textContent()), flagged.length - biggestSize + verifiedOpen, 'the queue shows, unfiltered, under the error');
    await page.screenshot({ path: join(ARTIFACTS, 'review-error-filter.png'), fullPage: false });
  } finally {
    await browser?.close();
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    await dashboard?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
