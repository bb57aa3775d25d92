/**
 * End to end: simulate a june-2026 world, analyze it, write the case files, and check that each case file states
 * its campaign's figures correctly against the world's ground truth, and that every exported STIX bundle is valid.
 *
 * Scale 0.01 (≈380k exchanges, ≈250 attack accounts): 0.05 takes several minutes to analyze on a shared 2-core
 * machine, too slow for the suite; bench-style runs at 0.05 are described in docs/report.md.
 *
 * What "correct" means: the headline figures describe the DETECTED members. They must equal, exactly, the
 * figures recomputed from the dataset for those members; and when the detected members are exactly a true
 * campaign's accounts, they must equal world.json's figures for that campaign. When detection is not exact, the
 * headline may differ from the true campaign only by the traffic of the accounts detection missed or added.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import type { CaseFile } from './case.js';
import { stixBundleValidator } from './stix-schema.js';

const BIN = fileURLToPath(new URL('../cli/bin.js', import.meta.url));
const cli = (...args: string[]): string => execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });

interface Figures { exchanges: number; input: number; output: number; reasoning: number; first: string; last: string }
const empty = (): Figures => ({ exchanges: 0, input: 0, output: 0, reasoning: 0, first: '\uffff', last: '' });

/** Per-account figures straight from the dataset (independent of the engine and of analysis.duckdb). */
async function perAccount(datasetDir: string): Promise<Map<string, Figures>> {
  const out = new Map<string, Figures>();
  const rl = createInterface({ input: createReadStream(join(datasetDir, 'interactions.jsonl.gz')).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line) continue;
    const r = JSON.parse(line) as { account_id: string; ts: string; input_tokens: number; output_tokens: number; reasoning_tokens: number | null };
    let f = out.get(r.account_id);
    if (!f) out.set(r.account_id, (f = empty()));
    f.exchanges++;
    f.input += r.input_tokens;
    f.output += r.output_tokens;
    f.reasoning += r.reasoning_tokens ?? 0;
    if (r.ts < f.first) f.first = r.ts;
    if (r.ts > f.last) f.last = r.ts;
  }
  return out;
}

function sum(ids: Iterable<string>, per: Map<string, Figures>): Figures {
  const s = empty();
  for (const id of ids) {
    const f = per.get(id);
    if (!f) continue;
    s.exchanges += f.exchanges; s.input += f.input; s.output += f.output; s.reasoning += f.reasoning;
    if (f.first < s.first) s.first = f.first;
    if (f.last > s.last) s.last = f.last;
  }
  return s;
}

// The issue asks for the june-2026 world at --scale 0.05: CI runs that (about five minutes); a local run uses 0.01
// unless DG_FIGURES_SCALE says otherwise.
const SCALE = process.env.DG_FIGURES_SCALE ?? (process.env.CI === 'true' ? '0.05' : '0.01');

test(`case files of a june-2026 world (--scale ${SCALE}) state the campaign figures against the labels; every STIX bundle validates`, { timeout: 40 * 60_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-report-june-'));
  try {
    // DG_FIGURES_WORLD + DG_FIGURES_ANALYSIS check an existing world instead (e.g. june-2026 at --scale 0.05).
    const given = process.env.DG_FIGURES_WORLD && process.env.DG_FIGURES_ANALYSIS;
    const world = given ? process.env.DG_FIGURES_WORLD! : join(dir, 'w');
    const analysis = given ? process.env.DG_FIGURES_ANALYSIS! : join(dir, 'a');
    const out = join(dir, 'r');
    if (!given) {
      cli('simulate', '--scenario', 'june-2026', '--scale', SCALE, '--seed', '3', '--out', world);
      cli('analyze', world, '--out', analysis);
      // Sample prompts went through a spool in the output directory; only the case files keep a few.
      assert.ok(!existsSync(join(analysis, '.prompt-samples.jsonl')), 'the sample spool is removed');
    }
    const written = JSON.parse(cli('report', analysis, '--out', out, '--json')) as { index: string; cases: { campaign: string; html: string; json: string; stix: string }[] };
    assert.ok(written.cases.length > 0, 'the analysis found at least one campaign');

    const truth = JSON.parse(readFileSync(join(world, 'world.json'), 'utf8')) as { campaigns: { id: string; accounts_with_traffic: number; exchanges: number; input_tokens: number; output_tokens: number; reasoning_tokens: number; first_ts: string; last_ts: string }[] };
    const labels = new Map<string, string | null>();
    for (const line of readFileSync(join(world, 'labels.jsonl'), 'utf8').split('\n')) if (line) { const l = JSON.parse(line) as { account_id: string; campaign: string | null }; labels.set(l.account_id, l.campaign); }
    const per = await perAccount(world);
    const validate = stixBundleValidator();
    const matched = new Set<string>();

    for (const c of written.cases) {
      const m = JSON.parse(readFileSync(c.json, 'utf8')) as CaseFile;
      const members = m.members.map((x) => x.account_id);
      assert.equal(m.headline.accounts, members.length, `${c.campaign}: headline accounts = member list`);
      // Best-matching true campaign: the one most detected members belong to.
      const votes = new Map<string, number>();
      for (const id of members) { const t = labels.get(id); if (t) votes.set(t, (votes.get(t) ?? 0) + 1); }
      const [bestId] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
      assert.ok(bestId, `${c.campaign} overlaps a true campaign`);
      matched.add(bestId);
      const truthC = truth.campaigns.find((x) => x.id === bestId)!;
      const trueMembers = [...labels.entries()].filter(([, v]) => v === bestId).map(([k]) => k).filter((id) => per.has(id));

      // 1. Exact against the dataset for the detected members.
      const detected = sum(members, per);
      assert.equal(m.headline.exchanges, detected.exchanges, `${c.campaign}: exchanges`);
      assert.equal(m.headline.input_tokens, detected.input, `${c.campaign}: input tokens`);
      assert.equal(m.headline.output_tokens, detected.output, `${c.campaign}: output tokens`);
      assert.equal(m.headline.reasoning_tokens, detected.reasoning, `${c.campaign}: reasoning tokens`);
      assert.equal(m.headline.first_activity, detected.first, `${c.campaign}: first activity`);
      assert.equal(m.headline.last_activity, detected.last, `${c.campaign}: last activity`);

      // 2. Against world.json: exact when membership is exact, otherwise off by exactly the missed/extra accounts.
      const detectedSet = new Set(members);
      const missed = trueMembers.filter((id) => !detectedSet.has(id));
      const extra = members.filter((id) => labels.get(id) !== bestId);
      const missedF = sum(missed, per), extraF = sum(extra, per);
      t.diagnostic(`${c.campaign} ↔ ${bestId}: ${members.length} detected, ${missed.length} missed, ${extra.length} extra; ${m.headline.exchanges} stated vs ${truthC.exchanges} true exchanges`);
      assert.equal(m.headline.exchanges, truthC.exchanges - missedF.exchanges + extraF.exchanges, `${c.campaign} vs ${bestId}: exchanges`);
      assert.equal(m.headline.output_tokens, truthC.output_tokens - missedF.output + extraF.output, `${c.campaign} vs ${bestId}: output tokens`);
      assert.equal(m.headline.accounts, truthC.accounts_with_traffic - missed.length + extra.length, `${c.campaign} vs ${bestId}: accounts`);
      if (missed.length === 0 && extra.length === 0) {
        assert.equal(m.headline.input_tokens, truthC.input_tokens);
        assert.equal(m.headline.reasoning_tokens, truthC.reasoning_tokens);
        assert.equal(m.headline.first_activity, truthC.first_ts);
        assert.equal(m.headline.last_activity, truthC.last_ts);
      }
      // Detection quality bound, so a regression that merges campaigns or drags in organic users shows here.
      assert.ok(extraF.exchanges <= 0.1 * m.headline.exchanges, `detection precision (engine, not report): at most 10% of ${c.campaign}'s stated exchanges may come from accounts outside ${bestId}`);

      // 3. The HTML states the same figures a reader sees.
      const html = readFileSync(c.html, 'utf8');
      const shown = (id: string) => /<div class="v">([^<]*)<\/div>/.exec(html.slice(html.indexOf(`data-figure="${id}"`)))?.[1];
      assert.equal(shown('exchanges'), m.headline.exchanges.toLocaleString('en-US'));
      assert.equal(shown('accounts'), m.headline.accounts.toLocaleString('en-US'));
      assert.equal(shown('reasoning_tokens'), m.headline.reasoning_tokens.toLocaleString('en-US'));
      // The first flag and the grouping are told apart (the grouping can come days after the first flag).
      assert.ok(m.headline.first_member_flagged_at, 'a member was flagged');
      assert.equal(shown('first_member_flagged_at'), m.headline.first_member_flagged_at!.slice(0, 16).replace('T', ' '));
      assert.match(html, /first account flagged \(replay, UTC\)/);
      assert.doesNotMatch(html, /would have been flagged \(UTC\)/);
      assert.ok(m.summary.includes(`${m.headline.accounts.toLocaleString('en-US')} accounts`), 'the summary quotes the account count');
      assert.doesNotMatch(html, /<script|<link|(?:src|href)=["']?(?:https?:)?\/\/|url\(\s*["']?(?:https?:)?\/\//i, 'the case file loads nothing from the network');

      // 4. STIX.
      const bundle = JSON.parse(readFileSync(c.stix, 'utf8')) as unknown;
      const v = validate(bundle);
      assert.ok(v.valid, `${c.stix}: ${v.errors.join('; ')}`);
    }
    assert.ok(matched.size >= 2, `case files cover at least two of the world's campaigns (got ${[...matched].join(', ')})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
