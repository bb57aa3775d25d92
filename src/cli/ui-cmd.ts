/**
 * `distillguard ui ANALYSIS_DIR`: the dashboard (overview, campaigns, accounts, review queue). On loopback it needs no
 * login; bound anywhere else it requires a token (HTTP Basic password or Bearer). Either way it answers only to the
 * host names it is reachable by (DNS-rebinding defence) and every write carries the page's CSRF token.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { mountDashboard, listenDashboard } from '../report/mount.js';
import { hostPort, isLoopback } from '../gateway/listen.js';
import { checkToken, newToken } from '../gateway/secrets.js';
import { numberOpt, positional, stringOpt, type Command } from './command.js';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** Who may reach a dashboard bound to `host`: allowed Host names, login, and the URLs to print. */
export function uiAccess(host: string, token: string | undefined, extraHosts: readonly string[] = []): {
  mount: { allowedHosts: string[]; authorize?: (req: IncomingMessage) => boolean };
  generatedToken: string | null;
  urls(port: number): string[];
} {
  const wildcard = WILDCARDS.has(host);
  const local = !wildcard && isLoopback(host);
  // The addresses a wildcard bind is reachable on: every interface, and this machine's name.
  const interfaceAddrs = wildcard ? Object.values(networkInterfaces()).flat().filter((a) => a !== undefined && !a.internal && (host === '::' || a.family === 'IPv4')).map((a) => a!.address) : [];
  const allowedHosts = [...new Set([...LOOPBACK_NAMES, ...(wildcard ? [...interfaceAddrs, hostname().toLowerCase()] : [host.toLowerCase()]), ...extraHosts.map((h) => h.toLowerCase())])];
  let generatedToken: string | null = null;
  let authorize: ((req: IncomingMessage) => boolean) | undefined;
  if (!local) {
    if (token === undefined) token = generatedToken = newToken();
    else checkToken(token, 'dashboard token');
    const want = createHash('sha256').update(token).digest();
    authorize = (req) => {
      const a = req.headers.authorization ?? '';
      let presented: string | null = null;
      if (a.startsWith('Bearer ')) presented = a.slice(7).trim();
      else if (a.startsWith('Basic ')) {
        const decoded = Buffer.from(a.slice(6), 'base64').toString('utf8');
        presented = decoded.slice(decoded.indexOf(':') + 1);
      }
      return presented !== null && timingSafeEqual(createHash('sha256').update(presented).digest(), want);
    };
  }
  return {
    mount: { allowedHosts, ...(authorize ? { authorize } : {}) },
    generatedToken,
    urls: (port) => (wildcard ? (interfaceAddrs.length > 0 ? interfaceAddrs : ['127.0.0.1']) : [host]).map((h) => `http://${hostPort(h, port)}/ui/`),
  };
}

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
    host: { type: 'string', value: 'HOST', default: '127.0.0.1', description: 'address to bind; anything but loopback requires a login token' },
    token: { type: 'string', value: 'TOKEN', description: 'login token when not on loopback, >= 32 random bytes (default: $DISTILLGUARD_UI_TOKEN, else generated and printed once)' },
    'allow-host': { type: 'string', multiple: true, value: 'NAME', description: 'another host name the dashboard is reached by (a DNS name of this machine, a proxy\'s name); repeatable' },
    data: { type: 'string', value: 'DIR', description: 'directory of the review store (default: ANALYSIS_DIR/review); reviews and audit trail in DIR/distillguard.duckdb' },
    reviewer: { type: 'string', value: 'NAME', description: 'reviewer name recorded in the audit trail (default: $USER)' },
    'reviewer-header': { type: 'string', value: 'HEADER', description: 'behind an authenticating proxy: take each reviewer\'s name from this request header (e.g. X-Forwarded-User); decisions without it are refused' },
  },
  details: `
ANALYSIS_DIR is the output of \`distillguard analyze\` (opened read-only). Review decisions (confirm, dismiss,
allowlist, appeal notes) and their audit trail go to the review store, in the same tables as the gateway's.
The dashboard answers only to loopback names, the bound address and --allow-host names; it speaks plain HTTP, so
put a TLS-terminating proxy in front of it (and --allow-host its name) when reviewers reach it over a network.
With --reviewer-header the dashboard trusts that header as the reviewer's name: only use it when a proxy in front
authenticates every request and sets the header itself (replacing any copy the client sent), as oauth2-proxy's
X-Forwarded-User or X-Auth-Request-User do. Without it every decision is recorded under --reviewer.
Example: distillguard ui /tmp/a   then open http://127.0.0.1:8090/ui/`,
  async run(ctx) {
    const analysisDir = positional(ctx, 0, 'ANALYSIS_DIR');
    const host = stringOpt(ctx, 'host') ?? '127.0.0.1';
    const extra = ctx.values['allow-host'];
    const access = uiAccess(host, stringOpt(ctx, 'token') ?? process.env.DISTILLGUARD_UI_TOKEN, Array.isArray(extra) ? extra : []);
    process.umask(0o077);
    const dashboard = await mountDashboard({
      analysisDir,
      reviewStore: { kind: 'dir', dir: stringOpt(ctx, 'data') ?? join(analysisDir, 'review') },
      reviewer: stringOpt(ctx, 'reviewer') ?? process.env.USER ?? 'reviewer',
      ...access.mount,
      ...reviewerHeaderOption(stringOpt(ctx, 'reviewer-header')),
    });
    let listening;
    try {
      listening = await listenDashboard(dashboard, numberOpt(ctx, 'port', 8090), host);
    } catch (e) {
      await dashboard.close();
      throw e;
    }
    const { server, url } = listening;
    const port = Number(new URL(url).port);
    const urls = access.urls(port);
    process.stdout.write(`dashboard: ${urls.join('  ')}${urls.length > 1 || WILDCARDS.has(host) ? `  (listening on ${url.replace(/\/ui\/$/, '')}, all interfaces)` : ''}\n`);
    if (access.generatedToken) process.stderr.write(`dashboard token (shown once; browser login: any user, this password): ${access.generatedToken}\n`);
    if (!isLoopback(host)) process.stderr.write(`distillguard ui: WARNING: reachable beyond this machine over plain HTTP: the login token and prompts cross the network unencrypted; prefer a TLS-terminating proxy\n`);
    await new Promise<void>((done) => {
      const stop = () => server.close(() => done());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await dashboard.close();
    return 0;
  },
};
