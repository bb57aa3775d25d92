/**
 * Test harness for the gateway: a mock upstream, an in-memory DuckDB store with keys, and a
 * gateway on 127.0.0.1 port 0 in front of it. `close()` shuts everything so node --test exits.
 */
import { parsePolicy } from '../src/policy/config.js';
import { DuckDbStore } from '../src/store/duckdb-store.js';
import { ManualEnginePort, type EnginePort } from '../src/live/engine-port.js';
import { MockUpstream, type MockUpstreamOptions } from '../src/gateway/mock-upstream.js';
import { Gateway, type GatewayOptions } from '../src/gateway/server.js';
import type { Tier } from '../src/dataset/types.js';

export const ADMIN = 'test-admin-token';

export interface Harness {
  mock: MockUpstream;
  upstreamUrl: string;
  gateway: Gateway;
  url: string;
  store: DuckDbStore;
  engine: EnginePort;
  /** account id → raw key */
  keys: Record<string, string>;
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  policy?: string;
  accounts?: { id: string; tier?: Tier; org?: string }[];
  engine?: EnginePort;
  mock?: MockUpstreamOptions;
  /** Point the gateway at this upstream instead of the mock (e.g. a closed port). */
  upstreamOverride?: string;
  /** Watermark key and lexical watermark (src/gateway/watermark-lexical.ts). */
  watermark?: GatewayOptions['watermark'];
  reviewers?: { name: string; token: string }[];
  reviewerHeader?: string;
  requestLog?: GatewayOptions['requestLog'];
}

export async function startHarness(o: HarnessOptions = {}): Promise<Harness> {
  const mock = new MockUpstream(o.mock);
  const upstreamUrl = await mock.listen();
  const store = await DuckDbStore.open({ kind: 'memory' });
  const keys: Record<string, string> = {};
  for (const a of o.accounts ?? [{ id: 'acct-1' }]) {
    keys[a.id] = (await store.createKey({ accountId: a.id, nowIso: '2026-04-22T00:00:00.000Z', ...(a.tier ? { tier: a.tier } : {}), ...(a.org ? { orgId: a.org } : {}) })).key;
  }
  const engine = o.engine ?? new ManualEnginePort(true);
  const gateway = await Gateway.create({ upstream: o.upstreamOverride ?? upstreamUrl, policy: parsePolicy(o.policy ?? ''), store, engine, adminToken: ADMIN, flushMs: 20,
    ...(o.reviewers ? { reviewers: o.reviewers } : {}), ...(o.reviewerHeader ? { reviewerHeader: o.reviewerHeader } : {}),
    ...(o.watermark ? { watermark: o.watermark } : {}), ...(o.requestLog ? { requestLog: o.requestLog } : {}) });
  const url = await gateway.listen(0);
  return {
    mock, upstreamUrl, gateway, url, store, engine, keys,
    async admin(method, path, body) {
      const res = await fetch(url + path, { method, headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      return { status: res.status, json: await res.json() };
    },
    async close() {
      await gateway.close(100);
      await engine.close();
      await mock.close();
      await store.close();
    },
  };
}

/** A raw POST with full control of headers and body. */
export async function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; headers: Headers; text: string; json: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}
