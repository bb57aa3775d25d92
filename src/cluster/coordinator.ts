/**
 * Campaign coordinator: the cross-account step of a sharded engine. It holds an Engine whose link graph is built from
 * the joins the artefact shards emit and whose account states are the snapshots the account shards send, applies a
 * step's events in replay order (region tallies, first requests, then each request's joins), and runs the engine's
 * step — so the campaigns, verdicts and reports are the one engine's, whatever the number of shards.
 */
import type { IpIntel } from '../enrich/ip.js';
import { Engine, type EngineOptions, type RiskUpdate } from '../engine/engine.js';
import type { Observation } from '../engine/observation.js';
import { PIVOT_SEQ, type ClusterMessage, type Join } from './messages.js';

type Of<K extends ClusterMessage['kind']> = Extract<ClusterMessage, { kind: K }>;

export class CampaignCoordinator {
  readonly engine: Engine;

  constructor(intel: IpIntel, options: EngineOptions = {}) {
    this.engine = new Engine(intel, options);
  }

  /** Applies one step's summaries and joins, then runs the cross-account step at `now`. */
  step(now: number, summaries: Of<'summary'>[], joinMessages: Of<'joins'>[]): { hot: number[]; updates: RiskUpdate[] } {
    const engine = this.engine;
    for (const r of summaries.flatMap((m) => m.accounts).sort((a, b) => a.ord - b.ord)) engine.registerRemote(r.account);
    for (const m of summaries) for (const s of m.states) engine.restoreState(s);
    for (const m of summaries) for (const r of m.intel) engine.remoteIntel(r.account, r.reasons);
    for (const m of summaries) if (m.part === 0) engine.observed += m.observed;
    for (const c of summaries.flatMap((m) => m.cores).sort((x, y) => x.seq - y.seq)) engine.remoteCore(c.account, c.core, c.capability ?? -1, c.asItem === true);
    for (const l of summaries.flatMap((m) => m.lines ?? []).sort((x, y) => x.seq - y.seq)) engine.remoteLine(l.account, l.line);
    // Regional spikes count requests (the first of each tally carries the account's first request), hour by hour.
    const tallies = summaries.flatMap((m) => m.regions).sort((x, y) => x.hour - y.hour || x.seq - y.seq);
    for (const t of tallies) {
      const o = { ts: t.ts, account: t.account, country: t.country, asn: t.asn, ip: t.ip } as Observation;
      for (let i = 0; i < t.n; i++) engine.regionalSpikes.observe(o, t.first && i === 0);
    }
    const firsts = summaries.flatMap((m) => m.firsts).sort((a, b) => a.seq - b.seq);
    const joins: Join[] = joinMessages.flatMap((m) => m.joins).sort((x, y) => x.seq - y.seq || x.sub - y.sub || x.k - y.k);
    let f = 0;
    for (let j = 0; j < joins.length; ) {
      const seq = joins[j]!.seq;
      for (; f < firsts.length && firsts[f]!.seq <= seq; f++) engine.remoteFirstRequest(firsts[f]!.account, firsts[f]!.ts);
      let end = j;
      while (end < joins.length && joins[end]!.seq === seq) end++;
      const group = joins.slice(j, end);
      if (seq === PIVOT_SEQ) engine.remoteJoins(null, group[0]!.ts, group);
      else engine.remoteJoins(group[0]!.by, group[0]!.ts, group);
      j = end;
    }
    for (; f < firsts.length; f++) engine.remoteFirstRequest(firsts[f]!.account, firsts[f]!.ts);
    const updates = engine.tick(now);
    return { hot: [...engine.templateFrames], updates };
  }
}
