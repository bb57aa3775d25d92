/**
 * Wiring for the dashboard: opens an analysis directory as the data source and the gateway's DuckDB store for
 * review state and audit, and returns the request handler. Used by `distillguard ui` and by the gateway
 * (`distillguard serve`), which passes its own store and an `onReviewChange` that updates its live decisions.
 */
import { createServer, type Server } from 'node:http';
import type { GatewayStore, ReviewStateName } from '../store/store.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import { AnalysisSource, StoreSource, type DashboardSource } from './dashboard-data.js';
import { createDashboardHandler, type DashboardHandler } from './dashboard.js';
import type { IncomingMessage } from 'node:http';
import { ReviewService } from './review.js';
import { DEFAULT_PRICES, type Prices } from './value.js';

export type ReviewStoreLocation =
  /** A store the caller owns (the gateway's): not closed by the dashboard. */
  | { kind: 'store'; store: GatewayStore }
  /** A DuckDB store in DIR/distillguard.duckdb, opened and closed by the dashboard. */
  | { kind: 'dir'; dir: string };

export interface MountOptions {
  /** An `analyze` output directory; without one the dashboard shows the store's live verdicts (no campaign charts). */
  analysisDir?: string;
  reviewStore: ReviewStoreLocation;
  basePath?: string;
  reviewer?: string;
  /** The reviewer behind each request (see DashboardOptions.reviewerOf). */
  reviewerOf?: (req: IncomingMessage) => string | null;
  prices?: Prices;
  authorize?: (req: IncomingMessage) => boolean;
  onReviewChange?: (accountId: string, state: ReviewStateName | null) => void;
}

export interface MountedDashboard {
  handler: DashboardHandler;
  close(): Promise<void>;
}

export async function mountDashboard(o: MountOptions): Promise<MountedDashboard> {
  const store: GatewayStore = o.reviewStore.kind === 'store' ? o.reviewStore.store : await DuckDbStore.open({ kind: 'dir', dir: o.reviewStore.dir });
  let source: DashboardSource;
  try {
    source = o.analysisDir !== undefined ? await AnalysisSource.open(o.analysisDir, o.prices ?? DEFAULT_PRICES) : new StoreSource(store);
  } catch (e) {
    if (o.reviewStore.kind === 'dir') await store.close();
    throw e;
  }
  const reviews = new ReviewService(store, o.onReviewChange ? { onChange: o.onReviewChange } : {});
  const handler = createDashboardHandler({
    source, reviews,
    ...(o.basePath !== undefined ? { basePath: o.basePath } : {}),
    ...(o.reviewer !== undefined ? { reviewer: o.reviewer } : {}),
    ...(o.reviewerOf ? { reviewerOf: o.reviewerOf } : {}),
    ...(o.authorize ? { authorize: o.authorize } : {}),
  });
  return {
    handler,
    async close() {
      await source.close();
      if (o.reviewStore.kind === 'dir') await store.close();
    },
  };
}

/** A standalone HTTP server for the dashboard (`distillguard ui`); `/` redirects to the dashboard. */
export async function listenDashboard(d: MountedDashboard, port: number, host: string, basePath = '/ui'): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    d.handler(req, res).then((handled) => {
      if (handled) return;
      if (req.url === '/' || req.url === '') res.writeHead(302, { location: basePath + '/' }).end();
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }, (e: unknown) => {
      process.stderr.write(`distillguard ui: ${String(e)}\n`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok());
  });
  const addr = server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return { server, url: `http://${shownHost}:${actualPort}${basePath}/` };
}
