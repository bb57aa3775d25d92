/** `distillguard ui ANALYSIS_DIR`: the dashboard (overview, campaigns, accounts, review queue) on localhost. */
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { mountDashboard, listenDashboard } from '../report/mount.js';
import { numberOpt, positional, stringOpt, type Command } from './command.js';

/** `--reviewer-header NAME` as a reviewerOf function (header names are case-insensitive in node: lower-cased). */
function reviewerHeaderOption(header: string | undefined): { reviewerOf?: (req: IncomingMessage) => string | null } {
  if (!header) return {};
  const h = header.toLowerCase();
  return { reviewerOf: (req) => { const v = req.headers[h]; return (Array.isArray(v) ? v[0] : v) ?? null; } };
}

export const uiCommand: Command = {
  name: 'ui',
  summary: 'serve the dashboard for an analysis directory: overview, campaign and account pages, review queue',
  args: 'ANALYSIS_DIR',
  options: {
    port: { type: 'string', value: 'N', default: '8090', description: 'port to listen on (0 = any free port)' },
    host: { type: 'string', value: 'HOST', default: '127.0.0.1', description: 'address to bind (the dashboard has no login: keep it on loopback)' },
    data: { type: 'string', value: 'DIR', description: 'directory of the review store (default: ANALYSIS_DIR/review); reviews and audit trail in DIR/distillguard.duckdb' },
    reviewer: { type: 'string', value: 'NAME', description: 'reviewer name recorded in the audit trail (default: $USER)' },
    'reviewer-header': { type: 'string', value: 'HEADER', description: 'behind an authenticating proxy: take each reviewer\'s name from this request header (e.g. X-Forwarded-User); decisions without it are refused' },
  },
  details: `
ANALYSIS_DIR is the output of \`distillguard analyze\` (opened read-only). Review decisions (confirm, dismiss,
allowlist, appeal notes) and their audit trail go to the review store, in the same tables as the gateway's.
With --reviewer-header the dashboard trusts that header as the reviewer's name: only use it when a proxy in front
authenticates every request and sets the header itself (replacing any copy the client sent), as oauth2-proxy's
X-Forwarded-User or X-Auth-Request-User do. Without it every decision is recorded under --reviewer.
Example: distillguard ui /tmp/a   then open http://127.0.0.1:8090/ui/`,
  async run(ctx) {
    const analysisDir = positional(ctx, 0, 'ANALYSIS_DIR');
    const dashboard = await mountDashboard({
      analysisDir,
      reviewStore: { kind: 'dir', dir: stringOpt(ctx, 'data') ?? join(analysisDir, 'review') },
      reviewer: stringOpt(ctx, 'reviewer') ?? process.env.USER ?? 'reviewer',
      ...reviewerHeaderOption(stringOpt(ctx, 'reviewer-header')),
    });
    const { server, url } = await listenDashboard(dashboard, numberOpt(ctx, 'port', 8090), stringOpt(ctx, 'host') ?? '127.0.0.1');
    process.stdout.write(`dashboard: ${url}\n`);
    await new Promise<void>((done) => {
      const stop = () => server.close(() => done());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await dashboard.close();
    return 0;
  },
};
