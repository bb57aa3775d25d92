/**
 * Wiring for the dashboard: opens an analysis directory as the data source and the gateway's DuckDB store for
 * review state and audit, and returns the request handler. Used by `distillguard ui` and by the gateway
 * (`distillguard serve`), which passes its own store and an `onReviewChange` that updates its live decisions.
 */
import { createServer, type Server } from 'node:http';
import type { GatewayStore, ReviewStateName } from '../store/store.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import { AnalysisSource, StoreSource, type DashboardSource } from './dashboard-data.js';
import { createDashboardHandler, sendDashboardError, type DashboardHandler } from './dashboard.js';
import type { IncomingMessage } from 'node:http';
import { ReviewService } from './review.js';
import { hostPort, listenOn } from '../gateway/listen.js';
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
  /** Host names the dashboard answers to (DNS-rebinding defence); unset: any. */
  allowedHosts?: readonly string[];
  /** Shared CSRF token (several nodes behind one name); default random per process. */
  csrfToken?: string;
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
    ...(o.allowedHosts ? { allowedHosts: o.allowedHosts } : {}),
    ...(o.csrfToken !== undefined ? { csrfToken: o.csrfToken } : {}),
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
      else sendDashboardError(req, res, basePath, 'not_found', `nothing here: the dashboard is under ${basePath}/`);
    }, (e: unknown) => {
      process.stderr.write(`distillguard ui: ${(e as Error)?.stack ?? String(e)}\n`);
      if (!res.headersSent) sendDashboardError(req, res, basePath, 'internal', 'internal error (details in the dashboard\'s log)');
    });
  });
  const actualPort = await listenOn(server, port, host);
  return { server, url: `http://${hostPort(host, actualPort)}${basePath}/` };
}
