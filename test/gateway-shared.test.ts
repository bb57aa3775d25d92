/**
 * Review state shared between gateway nodes, without Redis: an in-memory SharedState with the same semantics
 * (a hash of rows + announcements) connects two gateways. Last writer wins, lifts are tombstones, a wiped shared
 * store (Redis restarted without persistence) is refilled from the nodes, and risk is mirrored for restarts.
 * The same logic against a real Redis Cluster runs in gateway-multinode.test.ts. Also: the /ui/ mount seam.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parsePolicy } from '../src/policy/config.js';
import { DuckDbStore } from '../src/store/duckdb-store.js';
import type { RiskUpdate } from '../src/engine/engine.js';
import { ManualEnginePort } from '../src/live/engine-port.js';
import { Gateway } from '../src/gateway/server.js';
import type { SharedReviewRow, SharedState, SharedVerificationRow } from '../src/store/store.js';

class MemoryShared implements SharedState {
  rows = new Map<string, SharedReviewRow>();
  risk = new Map<string, RiskUpdate>();
  down = false;
  private readonly listeners: ((r: SharedReviewRow) => void)[] = [];
  private check(): void {
    if (this.down) throw new Error('shared state down');
  }
  async loadReviews() {
    this.check();
    return [...this.rows.values()];
  }
  async putReview(row: SharedReviewRow) {
    this.check();
    this.rows.set(row.account_id, row);
    for (const l of this.listeners) l(row);
  }
  onReview(cb: (r: SharedReviewRow) => void) {
    this.listeners.push(cb);
  }
  verifications = new Map<string, SharedVerificationRow>();
  private readonly verificationListeners: ((r: SharedVerificationRow) => void)[] = [];
  async loadVerifications() {
    this.check();
    return [...this.verifications.values()];
  }
  async putVerification(row: SharedVerificationRow) {
    this.check();
    this.verifications.set(row.account_id, row);
    for (const l of this.verificationListeners) l(row);
  }
  onVerification(cb: (r: SharedVerificationRow) => void) {
    this.verificationListeners.push(cb);
  }
  putRisk(updates: RiskUpdate[]) {
    if (!this.down) for (const u of updates) this.risk.set(u.account, u);
  }
  async loadRisk() {
    this.check();
    return [...this.risk.values()];
  }
  async close() {}
}

const risk = (account: string, r: number): RiskUpdate => ({ account, risk: r, flagged: true, campaignId: 'c1', reasons: ['x'], at: Date.parse('2026-04-25T00:00:00.000Z') });

test('reviews made on one node hold on the other; outages heal; risk is mirrored', async () => {
  const shared = new MemoryShared();
  let now = Date.parse('2026-05-01T00:00:00Z');
  const clock = () => now;
  const nodes: { g: Gateway; store: DuckDbStore; engine: ManualEnginePort }[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      const store = await DuckDbStore.open({ kind: 'memory' });
      const engine = new ManualEnginePort();
      const g = await Gateway.create({ upstream: 'http://127.0.0.1:9', policy: parsePolicy(''), store, engine, adminToken: 't', shared, sharedSyncMs: 60_000, clock });
      nodes.push({ g, store, engine });
    }
    const [a, b] = nodes as [typeof nodes[0], typeof nodes[0]];
    a.engine.setRisk([risk('x', 0.99)]);
    b.engine.setRisk([risk('x', 0.99)]);
    assert.equal(b.g.decisionFor('x').action, 'block');
    assert.equal(shared.risk.get('x')?.risk, 0.99, 'risk mirrored');

    await a.g.setReview('x', { state: 'allowlisted' }, 'ok');
    assert.equal(b.g.decisionFor('x').action, 'allow', 'announced to the other node');
    assert.equal((await b.store.listReviews())[0]?.state, 'allowlisted', 'and persisted there');
    now += 1000;
    await b.g.setReview('x', null, null);
    assert.equal(a.g.decisionFor('x').action, 'block', 'a lift travels too (tombstone)');
    assert.equal(shared.rows.get('x')?.state, null);

    // Shared state down: the review applies locally and is shared at the next sync.
    shared.down = true;
    now += 1000;
    await a.g.setReview('y', { state: 'blocked' }, null);
    assert.equal(a.g.decisionFor('y').action, 'block');
    assert.equal(b.g.decisionFor('y').action, 'allow');
    shared.down = false;
    shared.rows.clear(); // restarted without persistence
    await a.g.syncShared();
    await b.g.syncShared();
    assert.equal(b.g.decisionFor('y').action, 'block', 'written back after the outage');
    assert.equal(shared.rows.get('x')?.state, null, 'tombstones are written back too');

    // An older row never overwrites a newer one.
    shared.rows.set('y', { account_id: 'y', state: 'allowlisted', risk: null, campaign_id: null, note: null, updated_at: '2020-01-01T00:00:00.000Z' });
    await b.g.syncShared();
    assert.equal(b.g.decisionFor('y').action, 'block');
    assert.equal(shared.rows.get('y')?.state, 'blocked', 'the newer row is written back');

    // A node starting later learns reviews and risk at once.
    const store = await DuckDbStore.open({ kind: 'memory' });
    const engine = new ManualEnginePort();
    const c = await Gateway.create({ upstream: 'http://127.0.0.1:9', policy: parsePolicy(''), store, engine, adminToken: 't', shared, clock });
    nodes.push({ g: c, store, engine });
    assert.equal(engine.riskOf('x')?.risk, 0.99);
    assert.equal(c.decisionFor('x').action, 'block');
    assert.equal(c.decisionFor('y').action, 'block');
  } finally {
    for (const n of nodes) {
      await n.g.close(0);
      await n.store.close();
    }
  }
});

test('the dashboard is mounted under /ui/ behind the admin token (Bearer or Basic)', async () => {
  const store = await DuckDbStore.open({ kind: 'memory' });
  const seen: string[] = [];
  const ui = async (req: IncomingMessage, res: ServerResponse) => {
    seen.push(req.url ?? '');
    if (req.url === '/ui/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>dashboard</h1>');
      return true;
    }
    return false;
  };
  const g = await Gateway.create({ upstream: 'http://127.0.0.1:9', policy: parsePolicy(''), store, engine: new ManualEnginePort(), adminToken: 'secret', ui });
  const url = await g.listen(0);
  try {
    const none = await fetch(url + '/ui/');
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Basic/);
    assert.equal((await fetch(url + '/ui/', { headers: { authorization: 'Bearer wrong' } })).status, 401);
    assert.deepEqual(seen, [], 'the handler never sees unauthenticated requests');
    const basic = await fetch(url + '/ui/', { headers: { authorization: `Basic ${Buffer.from('anyone:secret').toString('base64')}` } });
    assert.equal(basic.status, 200);
    assert.match(await basic.text(), /dashboard/);
    assert.equal((await fetch(url + '/ui/', { headers: { authorization: 'Bearer secret' } })).status, 200);
    assert.equal((await fetch(url + '/ui/nope', { headers: { authorization: 'Bearer secret' } })).status, 404);
    const redirect = await fetch(url + '/ui', { headers: { authorization: 'Bearer secret' }, redirect: 'manual' });
    assert.equal(redirect.status, 302);

    // A review written by the dashboard into the store reaches the live decision.
    await store.setReview({ account_id: 'z', state: 'blocked', risk: null, campaign_id: null, note: null, updated_at: '2026-05-01T00:00:00.000Z' });
    assert.equal(g.decisionFor('z').action, 'allow');
    await g.reviewChanged('z');
    assert.equal(g.decisionFor('z').action, 'block');
  } finally {
    await g.close(0);
    await store.close();
  }
});
