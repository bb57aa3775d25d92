/**
 * Artefact shard: the link index (campaigns/links.ts) for the artefact keys hashed to it, so two accounts on
 * different account shards that share a payment instrument, a network, a template or a question still meet here.
 * Each step it applies the touches of every account shard in replay order (seq, then the order within the request),
 * and emits each group join as the edges it makes (joins, for the coordinator's link graph) and what only it knows
 * about an account (feedback: shared items, foreign clients) for the account's shard.
 */
import { RecentKeyIndex } from '../collections/key-index.js';
import { joinPartners } from '../campaigns/graph.js';
import { LinkIndex } from '../campaigns/links.js';
import { VariantIndex } from '../campaigns/variants.js';
import { accountShard, type Feedback, type Join, type Touch } from './messages.js';

const DAY = 24 * 3_600_000;

type Ordered = Exclude<Touch, { t: 'reg' } | { t: 'dom' }>;

export class ArtefactShard {
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly links: LinkIndex;
  /** As Engine.itemOwner: sampled item → first account + 1, or 0 once a second account asked it. */
  private readonly itemOwner = new RecentKeyIndex(1 << 21, 1 << 12);
  private readonly variants = new VariantIndex();
  private lastForget = Number.NEGATIVE_INFINITY;
  /** The touch being applied (joins and flips it causes are stamped with its place). */
  private current: Ordered | null = null;
  private k = 0;
  private joins: Join[] = [];
  private feedback: Feedback[][] = [];

  constructor(readonly shard: number, private readonly accountShards: number) {
    this.links = new LinkIndex((g, a) => {
      const before = g.list.length - 1;
      if (before <= 0) return;
      const c = this.current!;
      this.joins.push({ seq: c.seq, sub: c.sub, k: this.k++, ts: c.ts, by: c.t === 'link' && c.type === 'pivot' ? null : c.account, type: g.type, key: g.key, account: this.ids[a]!, partners: joinPartners(g).map((p) => this.ids[p]!), before });
    });
    this.links.onForeign = (a, key) => this.tell({ t: 'flip', account: this.ids[a]!, key, seq: this.current!.seq });
  }

  private idx(account: string): number {
    let i = this.index.get(account);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(account);
      this.index.set(account, i);
    }
    return i;
  }

  private tell(f: Feedback): void {
    this.feedback[accountShard(f.account, this.accountShards)]!.push(f);
  }

  /** Applies one step's touches (from every account shard) and closes the step at `now`. */
  step(now: number, touches: Touch[]): { joins: Join[]; feedback: Feedback[][] } {
    this.joins = [];
    this.feedback = Array.from({ length: this.accountShards }, () => []);
    const ordered: Ordered[] = [];
    for (const t of touches) {
      if (t.t === 'reg') this.links.countRegistration(t.type, t.key);
      else if (t.t === 'dom') this.links.countDomainSignup(t.domain, t.hour);
      else ordered.push(t);
    }
    ordered.sort((x, y) => x.seq - y.seq || x.sub - y.sub);
    const shared = new Map<string, number>();
    const share = (account: string): void => void shared.set(account, (shared.get(account) ?? 0) + 1);
    for (const t of ordered) {
      this.current = t;
      this.k = 0;
      const a = this.idx(t.account);
      // Pivots are found at the step's end, when the index's clock already stands at the last request.
      if (t.seq !== Number.MAX_SAFE_INTEGER) this.links.advance(t.ts);
      switch (t.t) {
        case 'link':
          this.links.add(t.type, t.key, a);
          break;
        case 'client':
          this.tell({ t: 'client', account: t.account, seq: t.seq, foreign: this.links.learnClient(t.client, a) });
          break;
        case 'item': {
          const owner = this.itemOwner.get(t.item) - 1;
          if (owner === -2) this.itemOwner.set(t.item, a + 1);
          else if (owner === -1) share(t.account);
          else if (owner !== a) {
            share(t.account);
            share(this.ids[owner]!);
            this.itemOwner.set(t.item, 0);
          }
          break;
        }
        case 'variant': {
          const first = this.variants.see(t.variant, t.exact, a);
          if (first >= 0) this.links.addVariant(t.variant, first, a);
          break;
        }
      }
    }
    this.current = null;
    for (const [account, n] of shared) this.tell({ t: 'shared', account, n });
    if (now - this.lastForget >= DAY) {
      this.links.forgetIdle(now);
      this.lastForget = now;
    }
    return { joins: this.joins, feedback: this.feedback };
  }
}
