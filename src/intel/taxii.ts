/**
 * TAXII 2.1 for campaign indicators: a read-only server (discovery, one API root, one collection, objects with
 * `added_after` / `limit` / `next` paging and the X-TAXII-Date-Added-First/Last headers) over a published collection
 * file, with bearer-token auth, and a client that pulls a collection page by page. Media types, errors and status
 * codes follow the OASIS TAXII 2.1 specification (section 1.6, 3, 5).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DistillguardError } from '../errors.js';

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';
const API_ROOT = 'api1';
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

export interface CollectionEntry { date_added: string; object: Record<string, unknown> }

/** The published collection: collection.jsonl in the intel directory, in order of date_added. */
export class CollectionFile {
  constructor(readonly dir: string) {}

  get file(): string {
    return join(this.dir, 'collection.jsonl');
  }

  list(): CollectionEntry[] {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CollectionEntry);
  }

  /**
   * Publishes a bundle's objects (a same-id, same-`modified` object again is skipped). Each new object gets its own
   * date_added, a millisecond apart, so `added_after` paging never splits or repeats one.
   */
  publish(objects: Record<string, unknown>[], now: number): number {
    const all = this.list();
    const seen = new Set(all.map((e) => `${String(e.object.id)}|${String(e.object.modified ?? '')}`));
    let t = Math.max(now, all.length ? Date.parse(all[all.length - 1]!.date_added) + 1 : 0);
    let n = 0;
    for (const o of objects) {
      const key = `${String(o.id)}|${String(o.modified ?? '')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push({ date_added: new Date(t++).toISOString(), object: o });
      n++;
    }
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.file, all.map((e) => JSON.stringify(e)).join('\n') + (all.length ? '\n' : ''));
    return n;
  }
}

export interface TaxiiServerOptions {
  title: string;
  collection: { id: string; title: string; description?: string };
  entries: () => CollectionEntry[];
  /** Bearer tokens allowed to read; empty means no auth (only for loopback tests and demos). */
  tokens: readonly string[];
}

function taxiiError(res: ServerResponse, status: number, title: string, description: string): void {
  const body = JSON.stringify({ title, description, http_status: String(status) });
  res.writeHead(status, { 'content-type': TAXII_MEDIA_TYPE, ...(status === 401 ? { 'www-authenticate': 'Bearer realm="taxii"' } : {}) });
  res.end(body);
}

function authorised(req: IncomingMessage, tokens: readonly string[]): boolean {
  if (!tokens.length) return true;
  const h = req.headers.authorization ?? '';
  const m = /^Bearer (.+)$/.exec(h);
  if (!m) return false;
  const given = Buffer.from(m[1]!);
  return tokens.some((t) => { const b = Buffer.from(t); return b.length === given.length && timingSafeEqual(b, given); });
}

/** Whether the Accept header allows the TAXII 2.1 media type (absent, any type, or taxii+json with version 2.1 or none). */
function accepts(req: IncomingMessage): boolean {
  const a = req.headers.accept;
  if (!a) return true;
  return a.split(',').some((part) => {
    const [type, ...params] = part.trim().split(';').map((s) => s.trim().toLowerCase());
    if (type === '*/*' || type === 'application/*') return true;
    if (type !== 'application/taxii+json') return false;
    const v = params.find((p) => p.startsWith('version='));
    return !v || v === 'version=2.1';
  });
}

export function taxiiHandler(o: TaxiiServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://taxii.invalid');
    const path = url.pathname.endsWith('/') ? url.pathname : url.pathname + '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') return taxiiError(res, 405, 'Method not allowed', 'This TAXII server is read-only.');
    if (!authorised(req, o.tokens)) return taxiiError(res, 401, 'Unauthorized', 'Send Authorization: Bearer <token>.');
    if (!accepts(req)) return taxiiError(res, 406, 'Not acceptable', `This server answers ${TAXII_MEDIA_TYPE}.`);
    const send = (body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': TAXII_MEDIA_TYPE, ...headers });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
    };
    const collection = { id: o.collection.id, title: o.collection.title, ...(o.collection.description ? { description: o.collection.description } : {}), can_read: true, can_write: false, media_types: [STIX_MEDIA_TYPE] };
    const host = req.headers.host ?? 'localhost';
    if (path === '/taxii2/') return send({ title: o.title, default: `http://${host}/${API_ROOT}/`, api_roots: [`http://${host}/${API_ROOT}/`] });
    if (path === `/${API_ROOT}/`) return send({ title: o.title, versions: [TAXII_MEDIA_TYPE], max_content_length: 10_485_760 });
    if (path === `/${API_ROOT}/collections/`) return send({ collections: [collection] });
    const m = new RegExp(`^/${API_ROOT}/collections/([^/]+)/(objects/)?$`).exec(path);
    if (!m) return taxiiError(res, 404, 'Not found', `No TAXII resource at ${url.pathname}.`);
    if (m[1] !== o.collection.id) return taxiiError(res, 404, 'Not found', `No collection ${m[1]}.`);
    if (!m[2]) return send(collection);
    const limitRaw = url.searchParams.get('limit');
    const limit = limitRaw === null ? DEFAULT_LIMIT : Number(limitRaw);
    if (!Number.isInteger(limit) || limit < 1) return taxiiError(res, 400, 'Bad request', 'limit must be a positive integer.');
    const after = url.searchParams.get('added_after');
    if (after !== null && Number.isNaN(Date.parse(after))) return taxiiError(res, 400, 'Bad request', 'added_after must be an RFC 3339 timestamp.');
    const next = url.searchParams.get('next');
    const start = next === null ? 0 : Number(next);
    if (!Number.isInteger(start) || start < 0) return taxiiError(res, 400, 'Bad request', 'next is not a value this server gave.');
    const types = url.searchParams.get('match[type]')?.split(',');
    let rows = o.entries();
    if (after !== null) rows = rows.filter((e) => Date.parse(e.date_added) > Date.parse(after));
    if (types) rows = rows.filter((e) => types.includes(String(e.object.type)));
    const page = rows.slice(start, start + Math.min(limit, MAX_LIMIT));
    const more = start + page.length < rows.length;
    const headers: Record<string, string> = page.length ? { 'x-taxii-date-added-first': page[0]!.date_added, 'x-taxii-date-added-last': page[page.length - 1]!.date_added } : {};
    send({ more, ...(more ? { next: String(start + page.length) } : {}), ...(page.length ? { objects: page.map((e) => e.object) } : {}) }, headers);
  };
}

export function listenTaxii(o: TaxiiServerOptions, port: number, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const server = createServer(taxiiHandler(o));
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const a = server.address();
      ok({ server, url: `http://${host}:${typeof a === 'object' && a ? a.port : port}/taxii2/` });
    });
  });
}

/**
 * Pulls every object of a collection added after `addedAfter` (all when null), following `next` pages of `limit`.
 * `discovery` is the server's /taxii2/ URL; the first collection is read unless `collectionId` is given.
 */
export async function pullTaxii(opts: { discovery: string; token?: string; collectionId?: string; addedAfter?: string | null; limit?: number }): Promise<{ objects: Record<string, unknown>[]; lastAdded: string | null; pages: number }> {
  const headers: Record<string, string> = { accept: TAXII_MEDIA_TYPE, ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) };
  const get = async (url: string): Promise<{ body: Record<string, unknown>; res: Response }> => {
    const res = await fetch(url, { headers });
    const type = res.headers.get('content-type') ?? '';
    if (!res.ok) throw new DistillguardError('IO', `TAXII ${url}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
    if (!type.replace(/\s/g, '').startsWith('application/taxii+json')) throw new DistillguardError('FILE_FORMAT', `TAXII ${url}: content-type ${type}, expected ${TAXII_MEDIA_TYPE}`);
    return { body: (await res.json()) as Record<string, unknown>, res };
  };
  const discovery = (await get(opts.discovery)).body;
  const root = String(discovery.default ?? (discovery.api_roots as string[] | undefined)?.[0] ?? '');
  if (!root) throw new DistillguardError('FILE_FORMAT', `TAXII ${opts.discovery}: no API root`);
  const rootUrl = new URL(root, opts.discovery).href.replace(/\/?$/, '/');
  const collections = ((await get(rootUrl + 'collections/')).body.collections ?? []) as { id: string; can_read?: boolean }[];
  const col = collections.find((c) => (opts.collectionId ? c.id === opts.collectionId : c.can_read !== false));
  if (!col) throw new DistillguardError('USAGE', `TAXII ${rootUrl}: no readable collection${opts.collectionId ? ` ${opts.collectionId}` : ''}`);
  const objects: Record<string, unknown>[] = [];
  let lastAdded: string | null = opts.addedAfter ?? null;
  let next: string | null = null;
  let pages = 0;
  do {
    const q = new URLSearchParams({ limit: String(opts.limit ?? DEFAULT_LIMIT) });
    if (opts.addedAfter) q.set('added_after', opts.addedAfter);
    if (next) q.set('next', next);
    const { body, res } = await get(`${rootUrl}collections/${encodeURIComponent(col.id)}/objects/?${q}`);
    pages++;
    objects.push(...((body.objects ?? []) as Record<string, unknown>[]));
    lastAdded = res.headers.get('x-taxii-date-added-last') ?? lastAdded;
    next = body.more === true && typeof body.next === 'string' ? body.next : null;
  } while (next);
  return { objects, lastAdded, pages };
}
