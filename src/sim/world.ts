/**
 * Generates a world day by day: every account plans its traffic for the day, the plans are sorted by time, late
 * content (work-queue items) is filled in that order, and the lines are streamed to interactions.jsonl(.gz).
 * Requests that spill past midnight are carried to the next day, so the output is globally sorted by `ts` while
 * memory holds only about one day of plans.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JsonlWriter } from '../dataset/writer.js';
import { DAY_MS, type DayCtx } from './context.js';
import { endpointModelPieces, serialise, type Ev } from './event.js';
import { Manifest } from './manifest.js';
import { LineSink } from './sink.js';
import { buildPopulation } from './population.js';
import { responseJ } from './responses.js';
import { Rng } from './rng.js';
import { EventHeap, Schedule } from './schedule.js';
import { loadScenario, type Scenario } from './scenario.js';

export type SimulateOutput =
  | { kind: 'files'; dir: string; plain?: boolean; responses?: boolean; gzipLevel?: number }
  /** Generate and count everything but write nothing (checks counts of big worlds quickly). */
  | { kind: 'count' };

export interface SimulateOptions {
  /** Built-in scenario name, path of a scenario file, or a parsed scenario. */
  scenario: string | Scenario;
  output: SimulateOutput;
  seed?: number;
  scale?: number;
  onProgress?: (written: number, day: number, days: number) => void;
  /** Sees every emitted request with what the simulator knows by construction (measurements such as the tagger's). */
  onEvent?: (ev: Ev) => void;
}

export interface WorldSummary {
  scenario: string;
  seed: number;
  scale: number;
  dir: string | null;
  interactions: number;
  accounts: number;
  accountsWithTraffic: number;
  organicAccounts: number;
  attackAccounts: number;
  campaigns: { id: string; accounts: number; exchanges: number }[];
  firstTs: string | null;
  lastTs: string | null;
  seconds: number;
  interactionsPerSecond: number;
  /** world.json contents. */
  manifest: unknown;
}

export async function generateWorld(opts: SimulateOptions): Promise<WorldSummary> {
  const t0 = performance.now();
  const scenario = typeof opts.scenario === 'string' ? loadScenario(opts.scenario) : opts.scenario;
  const seed = (opts.seed ?? 1) >>> 0;
  const scale = opts.scale ?? 1;
  const pop = buildPopulation(scenario, seed, scale);
  const { ctx, accounts } = pop;
  const manifest = new Manifest(accounts, ctx.models);
  const out = opts.output;
  const files = out.kind === 'files';
  const dir = files ? out.dir : null;
  const withResponses = files && out.responses === true;
  const interactionsFile = files && out.plain ? 'interactions.jsonl' : 'interactions.jsonl.gz';
  let writer: LineSink | null = null;
  if (files) {
    mkdirSync(out.dir, { recursive: true });
    writer = new LineSink(join(out.dir, interactionsFile), out.gzipLevel ?? 1);
  }
  const idRng = new Rng(seed, 9);
  const respRng = new Rng(seed, 10);
  const pieces = endpointModelPieces(ctx.modelJ);
  const schedule = new Schedule(accounts);
  const heap = new EventHeap();
  const expanded: Ev[] = [];
  const emit = async (ev: Ev): Promise<void> => {
    if (ev.late) ev.late.fill(ev);
    manifest.add(ev);
    opts.onEvent?.(ev);
    if (writer) {
      const idJ = '"req_' + idRng.id12() + '"';
      const line = serialise(ev, idJ, pieces, withResponses ? responseJ(ev.cap, ev.status, respRng) : 'null');
      const p = writer.write(line);
      if (p) await p;
    }
  };
  // Accounts plan whole local days that start at or after the UTC day being planned, so once day d is planned no
  // later plan can start before day d+1: everything earlier is final and is expanded and written in time order. The
  // day before the window is planned too (requests before the window are dropped), so the first hours hold every
  // time zone's traffic.
  for (let d = -1; d < ctx.days; d++) {
    const day: DayCtx = { index: d, start: ctx.start + d * DAY_MS, end: ctx.start + (d + 1) * DAY_MS };
    for (const a of accounts) a.behaviour.planDay(a, day, schedule);
    schedule.sort(day.start);
    const horizon = Math.min(day.end, ctx.end);
    while (schedule.peekTime() < horizon) {
      const next = schedule.peekTime();
      while (heap.peekTime() <= next) {
        const ev = heap.pop();
        if (ev.t >= ctx.start) await emit(ev);
      }
      const s = schedule.take();
      s.acct.behaviour.expand(s.acct, s.t, s.arg, expanded);
      for (const ev of expanded) if (ev.t < ctx.end) heap.push(ev);
      expanded.length = 0;
    }
    while (heap.peekTime() < horizon) {
      const ev = heap.pop();
      if (ev.t >= ctx.start) await emit(ev);
    }
    schedule.compact();
    if (d >= 0) opts.onProgress?.(manifest.interactions, d + 1, ctx.days);
  }
  if (writer) await writer.close();

  const queues: Record<string, unknown> = {};
  for (const c of pop.campaigns) queues[c.id] = { items_handed_out: c.queue.handed, distinct_items: c.queue.distinct, reissued: c.queue.reissued, sources: Object.fromEntries(c.plan.sources), ask_kinds: Object.fromEntries([...c.queue.kinds].sort()) };
  const sortedAccounts = [...accounts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const json = manifest.toJSON({
    scenario: scenario.name, description: scenario.description, seed, scale,
    window: { start: new Date(ctx.start).toISOString(), end: new Date(ctx.end).toISOString(), days: ctx.days },
    sorted: true,
    files: files ? { interactions: interactionsFile, accounts: 'accounts.jsonl', labels: 'labels.jsonl' } : {},
    queues, models: ctx.models, release: scenario.release,
  });
  if (files) {
    const aw = new JsonlWriter(join(out.dir, 'accounts.jsonl'));
    const lw = new JsonlWriter(join(out.dir, 'labels.jsonl'));
    for (const a of sortedAccounts) {
      const p1 = aw.writeRaw(JSON.stringify(a.record));
      if (p1) await p1;
      const p2 = lw.writeRaw(JSON.stringify(a.label));
      if (p2) await p2;
    }
    await aw.close();
    await lw.close();
    writeFileSync(join(out.dir, 'world.json'), JSON.stringify(json, null, 2) + '\n');
  }
  const seconds = (performance.now() - t0) / 1000;
  const attack = accounts.filter((a) => a.label.label === 'attack').length;
  return {
    scenario: scenario.name, seed, scale, dir,
    interactions: manifest.interactions,
    accounts: accounts.length,
    accountsWithTraffic: manifest.activeAccounts,
    organicAccounts: accounts.length - attack,
    attackAccounts: attack,
    campaigns: pop.campaigns.map((c) => ({ id: c.id, accounts: c.accounts.length, exchanges: manifest.exchangesOf(c.id) })),
    firstTs: Number.isFinite(manifest.first) ? new Date(manifest.first).toISOString() : null,
    lastTs: Number.isFinite(manifest.last) ? new Date(manifest.last).toISOString() : null,
    seconds,
    interactionsPerSecond: seconds > 0 ? manifest.interactions / seconds : 0,
    manifest: json,
  };
}
