/**
 * What the gateway reads from a client's request headers (its credential, its address, a replay's event facts) and
 * which headers cross to the upstream and back. Client credentials are the gateway's, never the upstream's.
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Api } from './api.js';
import { isRateLimitHeader } from './ratelimit-headers.js';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length']);

/** Headers a replay (`distillguard drive`) sends; only read when `server.trust_replay_headers` is on. */
export const REPLAY_HEADERS = { ts: 'x-distillguard-replay-ts', ip: 'x-distillguard-replay-ip', ja4: 'x-distillguard-replay-ja4' } as const;

// accept-encoding is dropped so the upstream answers uncompressed and the gateway can read usage and strip reasoning;
// replay headers (test/demo) are the gateway's business.
const DROP_REQUEST = new Set([...HOP_BY_HOP, 'authorization', 'x-api-key', 'accept-encoding', ...Object.values(REPLAY_HEADERS)]);
const DROP_RESPONSE = new Set([...HOP_BY_HOP, 'content-encoding']);

/** The client's headers as the upstream gets them: without credentials and hop-by-hop headers, with ours. */
export function upstreamHeaders(h: IncomingHttpHeaders, api: Api, upstreamApiKey: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined || DROP_REQUEST.has(k)) continue;
    headers[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  if (upstreamApiKey) {
    if (api === 'anthropic') headers['x-api-key'] = upstreamApiKey;
    else headers.authorization = `Bearer ${upstreamApiKey}`;
  }
  return headers;
}

/** The upstream's headers as the client gets them: the gateway's own rate-limit headers replace the upstream's. */
export function clientHeaders(h: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined || DROP_RESPONSE.has(k) || isRateLimitHeader(k)) continue;
    out[k] = v;
  }
  return out;
}

export function bearer(h: IncomingHttpHeaders): string | null {
  const a = h.authorization;
  if (typeof a !== 'string') return null;
  return a.startsWith('Bearer ') ? a.slice(7).trim() || null : null;
}

export function headerStr(v: string | string[] | undefined): string | null {
  if (v === undefined) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

export function replayFacts(h: IncomingHttpHeaders): { tsMs: number | null; ip: string | null; ja4: string | null } {
  const ts = headerStr(h[REPLAY_HEADERS.ts]);
  const tsMs = ts === null ? Number.NaN : Date.parse(ts);
  return { tsMs: Number.isFinite(tsMs) ? tsMs : null, ip: headerStr(h[REPLAY_HEADERS.ip]) || null, ja4: headerStr(h[REPLAY_HEADERS.ja4]) || null };
}

/** The client's address: the first `x-forwarded-for` hop behind a trusted proxy, the socket's otherwise. */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const xff = headerStr(req.headers['x-forwarded-for']);
    if (xff) return xff.split(',')[0]!.trim();
  }
  const a = req.socket.remoteAddress ?? '';
  return a.startsWith('::ffff:') ? a.slice(7) : a;
}
