/**
 * End-to-end tests of the world generator on the `quick` scenario: spec-valid output, determinism, personas and
 * campaigns present, work-queue items harvested about once, and attack accounts not separable by volume.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordReader, Quarantine, type Interaction, type Label } from '../dataset/index.js';
import { simulate, type WorldSummary } from './index.js';
import { JA4 } from './clients.js';
import { loadCorpora } from './corpora.js';
import { ORGANIC_FOLLOW_UPS } from './phrasing.js';

const FIELDS = ['id', 'ts', 'account_id', 'api_key_id', 'ip', 'user_agent', 'tls_ja4', 'endpoint', 'model', 'conversation_id', 'turn', 'system', 'prompt', 'tool_names', 'response', 'input_tokens', 'output_tokens', 'reasoning_tokens', 'max_tokens', 'temperature', 'stream', 'status', 'latency_ms'];

interface World { dir: string; summary: WorldSummary; interactions: Interaction[]; labels: Map<string, Label>; quarantined: number; manifest: any }

async function readAll(dir: string): Promise<World & { summary: never }> {
  const q = new Quarantine(join(dir, 'q'));
  const interactions: Interaction[] = [];
  const reader = new RecordReader(join(dir, 'interactions.jsonl.gz'), 'interactions', { quarantine: q });
  for await (const b of reader.batches()) interactions.push(...b);
  const labels = new Map<string, Label>();
  const lr = new RecordReader(join(dir, 'labels.jsonl'), 'labels', { quarantine: q });
  for await (const b of lr.batches()) for (const l of b) labels.set(l.account_id, l);
  const ar = new RecordReader(join(dir, 'accounts.jsonl'), 'accounts', { quarantine: q });
  for await (const _b of ar.batches());
  await q.close();
  return { dir, summary: undefined as never, interactions, labels, quarantined: reader.stats.quarantined + lr.stats.quarantined + ar.stats.quarantined, manifest: JSON.parse(readFileSync(join(dir, 'world.json'), 'utf8')) };
}

describe('simulate quick', () => {
  let root: string;
  let w: World;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'dg-sim-'));
    const summary = await simulate({ scenario: 'quick', seed: 3, output: { kind: 'files', dir: join(root, 'w') } });
    w = { ...(await readAll(join(root, 'w'))), summary };
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('writes a spec-valid dataset with every field present and zero quarantined lines', () => {
    assert.equal(w.quarantined, 0);
    assert.ok(w.interactions.length > 20_000 && w.interactions.length <= 100_000, `interactions ${w.interactions.length}`);
    const line = readFileSync(join(w.dir, 'accounts.jsonl'), 'utf8').split('\n')[0]!;
    assert.ok(JSON.parse(line).account_id);
    for (const ev of w.interactions.slice(0, 2000)) assert.deepEqual(Object.keys(ev), FIELDS);
    assert.equal(w.manifest.counts.interactions, w.interactions.length);
  });

  it('sorts interactions by ts inside the window and never on exact round seconds for attacks', () => {
    let prev = '';
    let round = 0;
    let attacks = 0;
    for (const ev of w.interactions) {
      assert.ok(ev.ts >= prev, `${ev.ts} after ${prev}`);
      prev = ev.ts;
      if (w.labels.get(ev.account_id)?.label === 'attack') {
        attacks++;
        if (ev.ts.endsWith('.000Z')) round++;
      }
    }
    assert.ok(w.interactions[0]!.ts >= '2026-04-22T00:00:00.000Z' && prev < '2026-05-06T00:00:00.000Z');
    assert.ok(round / attacks < 0.01, `round-second share ${round / attacks}`);
  });

  it('has every hard-negative persona and all campaigns, with exact manifest counts', () => {
    const personas = new Map<string, number>();
    for (const l of w.labels.values()) personas.set(l.persona ?? '', (personas.get(l.persona ?? '') ?? 0) + 1);
    for (const p of ['enterprise-app', 'campus-nat', 'power-coder', 'vpn-user']) assert.ok((personas.get(p) ?? 0) >= 20, `${p}: ${personas.get(p)}`);
    assert.ok((personas.get('eval-harness') ?? 0) >= 4);
    const organic = [...w.labels.values()].filter((l) => l.label === 'organic').length;
    assert.ok(organic >= 2000 && organic <= 3000, `organic ${organic}`);
    const byCampaign = new Map<string, number>();
    for (const ev of w.interactions) {
      const c = w.labels.get(ev.account_id)!.campaign;
      if (c) byCampaign.set(c, (byCampaign.get(c) ?? 0) + 1);
    }
    assert.equal(w.manifest.campaigns.length, 3);
    for (const c of w.manifest.campaigns) {
      assert.equal(c.exchanges, byCampaign.get(c.id), `exchanges of ${c.id}`);
      const caps = Object.values(c.capabilities as Record<string, number>).reduce((a, b) => a + b, 0);
      assert.equal(caps, c.exchanges);
      assert.ok(c.accounts >= 30);
    }
  });

  it('enterprise accounts share one org, one NAT address and one system prompt', () => {
    const ent = new Set([...w.labels.values()].filter((l) => l.persona === 'enterprise-app').map((l) => l.account_id));
    const ips = new Set<string>();
    const systems = new Set<string | null>();
    for (const ev of w.interactions) if (ent.has(ev.account_id)) { ips.add(ev.ip); systems.add(ev.system); }
    assert.equal(ips.size, 1);
    assert.equal(systems.size, 1);
  });

  it('hands each work-queue item out about once, spread evenly over the cohort', () => {
    for (const c of w.manifest.campaigns) {
      const q = c.work_queue;
      assert.ok(q.distinct_items / q.items_handed_out > 0.95, `${c.id}: ${q.distinct_items}/${q.items_handed_out}`);
    }
    // Independent check on the text: op-anvil has no follow-ups, so its prompts are queue items or cover traffic.
    const cover = new Set([...loadCorpora().organic.map((p) => p.text), ...ORGANIC_FOLLOW_UPS]);
    const prompts = new Map<string, number>();
    const perAccount = new Map<string, number>();
    for (const ev of w.interactions) {
      if (w.labels.get(ev.account_id)!.campaign !== 'op-anvil') continue;
      perAccount.set(ev.account_id, (perAccount.get(ev.account_id) ?? 0) + 1);
      if (cover.has(ev.prompt)) continue;
      prompts.set(ev.prompt, (prompts.get(ev.prompt) ?? 0) + 1);
    }
    const total = [...prompts.values()].reduce((a, b) => a + b, 0);
    const repeated = [...prompts.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0);
    assert.ok(repeated / total < 0.05, `repeated prompt share ${repeated / total}`);
    const counts = [...perAccount.values()];
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    const sd = Math.sqrt(counts.reduce((a, b) => a + (b - mean) ** 2, 0) / counts.length);
    assert.ok(sd / mean < 0.4, `load spread cv ${sd / mean}`);
  });

  it('does not separate attack accounts by volume', () => {
    const n = new Map<string, number>();
    const days = new Map<string, Set<string>>();
    for (const ev of w.interactions) {
      n.set(ev.account_id, (n.get(ev.account_id) ?? 0) + 1);
      let s = days.get(ev.account_id);
      if (!s) days.set(ev.account_id, (s = new Set()));
      s.add(ev.ts.slice(0, 10));
    }
    for (const perDay of [(a: string) => n.get(a)! / days.get(a)!.size, (a: string) => n.get(a)! / 14]) {
      const rate = [...n.keys()].map((a) => ({ a, r: perDay(a), attack: w.labels.get(a)!.label === 'attack' }));
      const all = rate.map((x) => x.r).sort((a, b) => a - b);
      const p99 = all[Math.floor(0.99 * (all.length - 1))]!;
      const attack = rate.filter((x) => x.attack).map((x) => x.r).sort((a, b) => a - b);
      const organic = rate.filter((x) => !x.attack).map((x) => x.r).sort((a, b) => a - b);
      const caught = attack.filter((r) => r > p99).length / attack.length;
      assert.ok(caught < 0.1, `p99 rule catches ${caught}`);
      const median = attack[Math.floor(attack.length / 2)]!;
      assert.ok(median > organic[0]! && median < organic[organic.length - 1]!, `attack median ${median} outside organic range`);
      assert.ok(organic.filter((r) => r > median).length >= 20, 'at least 20 organic accounts are busier than the median attacker');
    }
  });

  it('shows each tactic in the traffic it shapes', () => {
    const accounts = new Map<string, { created_at: string; payment_fingerprint: string | null }>();
    for (const line of readFileSync(join(w.dir, 'accounts.jsonl'), 'utf8').split('\n')) if (line) { const a = JSON.parse(line); accounts.set(a.account_id, a); }
    const of = (cid: string) => [...w.labels.values()].filter((l) => l.campaign === cid).map((l) => l.account_id);
    // shared-payment: ~90% of op-anvil's accounts pay with one of 8 shared instruments, the rest uniquely.
    const anvil = of('op-anvil');
    const perCard = new Map<string, number>();
    for (const a of anvil) { const f = accounts.get(a)!.payment_fingerprint!; perCard.set(f, (perCard.get(f) ?? 0) + 1); }
    const shared = [...perCard.entries()].filter(([, n]) => n > 1);
    assert.ok(shared.length <= 8);
    assert.ok(shared.reduce((a, [, n]) => a + n, 0) / anvil.length > 0.75);
    // signup-burst: op-anvil sign-ups fall into at most 3 windows of 3 hours.
    const hours = new Set(anvil.map((a) => Math.floor(Date.parse(accounts.get(a)!.created_at) / 3_600_000)));
    assert.ok(hours.size <= 3 * 4, `sign-up hours ${hours.size}`);
    // aged-accounts: all of op-mirage was created months before the window.
    const mirage = of('op-mirage');
    const aged = mirage.filter((a) => accounts.get(a)!.created_at < '2026-01-25').length / mirage.length;
    assert.equal(aged, 1, `aged share ${aged}`);
    // model-pivot: a day after the release nearly all op-anvil traffic is on the new model; op-lattice never pivots.
    const after = (cid: string) => w.interactions.filter((ev) => w.labels.get(ev.account_id)!.campaign === cid && ev.ts > '2026-05-01T18:00:00Z');
    const anvilAfter = after('op-anvil');
    assert.ok(anvilAfter.filter((ev) => ev.model === 'frontier-4.5').length / anvilAfter.length > 0.85);
    assert.equal(after('op-lattice').filter((ev) => ev.model === 'frontier-4.5').length, 0);
    // randomised-tls: every op-mirage account shows a JA4 of its own.
    const mirageSet = new Set(mirage);
    const mev = w.interactions.filter((ev) => mirageSet.has(ev.account_id));
    const active = new Set(mev.map((ev) => ev.account_id)).size;
    assert.equal(new Set(mev.map((ev) => ev.tls_ja4)).size, active);
    // follow-up-turns: op-mirage has second turns; cot-elicitation: op-anvil prompts carry reasoning requests.
    assert.ok(mev.some((ev) => ev.turn === 2));
    const cot = w.interactions.filter((ev) => w.labels.get(ev.account_id)!.campaign === 'op-anvil' && /step|reason|thinking|work/i.test(ev.prompt)).length;
    assert.ok(cot / anvilAfter.length > 0.5);
    // instruction-sweep: op-lattice asks for new tasks with seed examples.
    assert.ok(w.interactions.some((ev) => w.labels.get(ev.account_id)!.campaign === 'op-lattice' && ev.prompt.includes('1. Instruction:')));
  });

  it('has innocent UA/TLS mismatches among organic accounts, and honest clients of one stack share its JA4', () => {
    const organic = w.interactions.filter((ev) => w.labels.get(ev.account_id)!.label === 'organic' && ev.user_agent);
    const accountsWith = (test: (ev: Interaction) => boolean): number => new Set(organic.filter(test).map((ev) => ev.account_id)).size;
    const q = (s: string): string => s;
    assert.ok(accountsWith((ev) => ev.user_agent!.startsWith('curl/') && ev.tls_ja4 === q(JA4.schannel)) >= 1, 'curl on Windows');
    assert.ok(accountsWith((ev) => /^(OpenAI|Anthropic)\/JS/.test(ev.user_agent!) && (ev.tls_ja4 === q(JA4.okhttp) || ev.tls_ja4 === q(JA4.cfnetwork))) >= 1, 'mobile SDK wrapper');
    const proxies = [JA4.zscaler, JA4.paloalto, JA4.netskope, JA4.bluecoat].map(q);
    assert.ok(accountsWith((ev) => proxies.includes(ev.tls_ja4 ?? '')) >= 5, 'corporate TLS-intercepting proxies');
    const httpx = organic.filter((ev) => ev.user_agent!.startsWith('python-httpx/'));
    const direct = httpx.filter((ev) => ev.tls_ja4 === q(JA4.pythonHttpx)).length;
    assert.ok(direct / httpx.length > 0.6, `httpx over its own stack ${direct}/${httpx.length}`);
  });
});

describe('simulate determinism and scale', () => {
  let root: string;
  before(() => { root = mkdtempSync(join(tmpdir(), 'dg-sim-det-')); });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('gives byte-identical output for the same scenario, seed and scale', async () => {
    for (const name of ['a', 'b']) await simulate({ scenario: 'quick', seed: 11, scale: 0.15, output: { kind: 'files', dir: join(root, name), plain: true } });
    for (const f of ['interactions.jsonl', 'accounts.jsonl', 'labels.jsonl', 'world.json']) {
      assert.ok(readFileSync(join(root, 'a', f)).equals(readFileSync(join(root, 'b', f))), `${f} differs`);
    }
    await simulate({ scenario: 'quick', seed: 12, scale: 0.15, output: { kind: 'files', dir: join(root, 'c'), plain: true } });
    assert.ok(!readFileSync(join(root, 'a', 'interactions.jsonl')).equals(readFileSync(join(root, 'c', 'interactions.jsonl'))));
  });

  it('shrinks account counts and attack volume proportionally with --scale', async () => {
    const full = await simulate({ scenario: 'quick', seed: 5, scale: 1, output: { kind: 'count' } });
    const half = await simulate({ scenario: 'quick', seed: 5, scale: 0.5, output: { kind: 'count' } });
    const ratio = (a: number, b: number): number => a / b;
    assert.ok(Math.abs(ratio(half.attackAccounts, full.attackAccounts) - 0.5) < 0.03);
    // Personas with floors (hard negatives) stay at their minimum, so organic shrinks a little less than half.
    const orgRatio = ratio(half.organicAccounts, full.organicAccounts);
    assert.ok(orgRatio > 0.45 && orgRatio < 0.6, `organic ratio ${orgRatio}`);
    const attackEx = (s: WorldSummary): number => s.campaigns.reduce((a, c) => a + c.exchanges, 0);
    const exRatio = attackEx(half) / attackEx(full);
    assert.ok(exRatio > 0.42 && exRatio < 0.58, `attack exchanges ratio ${exRatio}`);
  });

  it('keeps june-2026 per-account attack volume near 26 a day over 44 days', async () => {
    const s = await simulate({ scenario: 'june-2026', seed: 2, scale: 0.002, output: { kind: 'count' } });
    assert.equal(s.attackAccounts, 50);
    const m = s.manifest as { window: { days: number; start: string }; campaigns: { exchanges: number; accounts: number }[] };
    assert.equal(m.window.days, 44);
    assert.equal(m.window.start, '2026-04-22T00:00:00.000Z');
    const ex = m.campaigns.reduce((a, c) => a + c.exchanges, 0);
    const perDay = ex / s.attackAccounts / 44;
    assert.ok(perDay > 22 && perDay < 30, `per account per day ${perDay}`);
    assert.ok(s.organicAccounts >= 200);
  });
});

describe('LineSink', () => {
  it('writes lines (including multi-byte and very long ones) exactly, plain and gzip', async () => {
    const { LineSink } = await import('./sink.js');
    const { gunzipSync } = await import('node:zlib');
    const dir = mkdtempSync(join(tmpdir(), 'dg-sink-'));
    try {
      const lines: string[] = [];
      for (let i = 0; i < 30_000; i++) lines.push(JSON.stringify({ i, s: i % 7 === 0 ? 'naïve café – ✓ 数学 🚀'.repeat(i % 13) : 'x'.repeat(i % 300) }));
      lines.push(JSON.stringify({ big: 'é'.repeat(3 << 20) }));
      for (const name of ['a.jsonl', 'a.jsonl.gz']) {
        const sink = new LineSink(join(dir, name));
        for (const l of lines) { const p = sink.write(l); if (p) await p; }
        await sink.close();
        const raw = readFileSync(join(dir, name));
        const text = (name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
        assert.equal(text, lines.join('\n') + '\n');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
