/**
 * An operation's shared work queue. Items are numbered per source; `fill` runs when a request is written (time
 * order), so item n goes to whichever account's request comes next — round-robin with the accounts' own jitter, and
 * across sub-teams, which share nothing else. Each request is framed in the asking account's voice of the
 * operation's grammar: chain-of-thought, benchmark, bulk (several items at once), rubric grading, instruction
 * generation or the bare item.
 */
import type { CampaignPlan } from './plan.js';
import type { Ev, LateContent } from './event.js';
import type { AskKind, Voice } from './grammar/operation-grammar.js';
import { ItemFactory, type Item, type ItemSource } from './items.js';
import { cumulative, hash32, Rng } from './rng.js';
import { shapeTokens, textTokens } from './shape.js';

/** What the queue needs of the asking account. */
export interface Asker {
  voice: Voice;
}

export class WorkQueue implements LateContent {
  private readonly next = new Map<ItemSource, number>();
  private readonly cum: Float64Array;
  private readonly factory: ItemFactory;
  private readonly rng: Rng;
  private readonly recent: { k: number; src: ItemSource }[] = [];
  /** Items handed out (including re-issues) and distinct items. */
  handed = 0;
  distinct = 0;
  reissued = 0;
  /** Requests by ask kind. */
  readonly kinds = new Map<AskKind, number>();

  constructor(private readonly plan: CampaignPlan, seed: number) {
    this.cum = cumulative(plan.sources.map(([, w]) => w));
    this.factory = new ItemFactory(plan.ctx.corpora, seed ^ hash32(`${plan.id}/items`));
    this.rng = new Rng(seed ^ hash32(`${plan.id}/queue`), 11);
  }

  private take(src?: ItemSource): { item: Item; k: number; src: ItemSource } {
    const rng = this.rng;
    this.handed++;
    if (src === undefined && this.recent.length > 0 && rng.chance(this.plan.reissueShare)) {
      const r = this.recent[rng.int(this.recent.length)]!;
      this.reissued++;
      return { item: this.factory.make(r.src, r.k), k: r.k, src: r.src };
    }
    const s = src ?? this.plan.sources[rng.weighted(this.cum)]![0];
    const k = this.next.get(s) ?? 0;
    this.next.set(s, k + 1);
    this.distinct++;
    if (this.recent.length < 64) this.recent.push({ k, src: s });
    else this.recent[rng.int(64)] = { k, src: s };
    return { item: this.factory.make(s, k), k, src: s };
  }

  private kindOf(item: Item): AskKind {
    if (item.rubric) return 'rubric';
    if (item.sweep) return 'sweep';
    if (item.cap === 'creative') return 'bare';
    const p = this.plan;
    const total = p.cotShare + p.benchmarkShare + p.bulkShare;
    const x = this.rng.next() * Math.max(1, total);
    if (x < p.cotShare) return 'cot';
    if (x < p.cotShare + p.benchmarkShare) return 'benchmark';
    if (x < total) return 'bulk';
    return 'bare';
  }

  fill(ev: Ev): void {
    const rng = this.rng;
    const plan = this.plan;
    const { item, k, src } = this.take();
    const kind = this.kindOf(item);
    const voice = (ev.acct.state as Asker).voice;
    let items: string[] | undefined;
    if (kind === 'bulk') {
      items = [item.text];
      for (let n = 1 + rng.int(Math.max(1, plan.bulkMax - 1)); n > 0; n--) items.push(this.take(src).item.text);
    }
    const text = plan.grammar!.render(kind, voice, rng, { cap: item.cap, item: item.text, items, rubric: item.rubric, sweep: item.sweep });
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
    ev.promptJ = JSON.stringify(text);
    ev.cap = item.cap;
    ev.item = k;
    if (item.tools) ev.toolsJ = JSON.stringify(item.tools);
    const outScale = plan.outScale * (items ? items.length * 0.7 : 1);
    shapeTokens(ev, rng, item.code ? plan.ctx.traces.code : plan.ctx.traces.conv, text.length, 0, 0, outScale, 0.05);
    if (ev.status !== 200) ev.outTok = 0;
    else if (ev.outTok < 60 && kind === 'cot') ev.outTok += rng.int(400);
    ev.latency = ev.status !== 200 ? ev.latency : Math.round(ev.latency + (ev.outTok + Math.max(0, ev.reasonTok)) * 18);
  }

  /** Follow-up turns take their capability and context from the first turn, their words from the account's voice. */
  readonly followUp: LateContent = {
    fill: (ev: Ev): void => {
      const parent = ev.parent!;
      ev.cap = parent.cap;
      ev.toolsJ = parent.toolsJ;
      const text = this.plan.grammar!.followUp((ev.acct.state as Asker).voice, this.rng);
      ev.promptJ = JSON.stringify(text);
      ev.inTok = parent.inTok + parent.outTok + textTokens(text.length) + 8;
      ev.outTok = ev.status === 200 ? Math.max(20, Math.round(parent.outTok * this.rng.uniform(0.4, 1.2))) : 0;
      if (ev.maxTok > 0 && ev.outTok > ev.maxTok) ev.outTok = ev.maxTok;
    },
  };
}
