/**
 * Sub-teams of an operation: groups of accounts run by different hands that share only the operation's work queue
 * and purpose. Each has its own client stack, network mix, share of cover traffic (ordinary-looking requests from
 * the organic corpora) and TLS behaviour. Parsed from a campaign's `subteams` list (SCENARIOS.md).
 */
import { CLIENTS, type ClientName } from './clients.js';
import { DistillguardError } from '../errors.js';

export type TeamNetwork = 'datacenter' | 'residential' | 'mobile' | 'mixed';
export type TeamTls = 'stack' | 'random' | 'spoofed-ua';

export interface SubteamSpec {
  name: string;
  share: number;
  clients: [ClientName, number][] | null;
  network: TeamNetwork | null;
  providers: number;
  rotate: 'request' | 'day' | 'account';
  /** Range of per-account cover-traffic shares; null = the campaign's camouflage share. */
  cover: [number, number] | null;
  tls: TeamTls | null;
}

function bad(path: string, msg: string): never {
  throw new DistillguardError('SCENARIO_INVALID', `${path}: ${msg}`);
}

const KEYS = ['name', 'share', 'clients', 'network', 'providers', 'rotate', 'cover', 'tls'];

function share(v: unknown, path: string, lo: number, hi: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) bad(path, `expected a number between ${lo} and ${hi}, got ${JSON.stringify(v)}`);
  return v;
}

function oneOf<T extends string>(v: unknown, path: string, values: readonly T[]): T {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) bad(path, `expected one of ${values.join(', ')}`);
  return v as T;
}

export function validateSubteams(v: unknown, path: string): SubteamSpec[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.length === 0) bad(path, 'expected a non-empty list of sub-teams');
  const names = new Set<string>();
  return v.map((t, i) => {
    const p = `${path}[${i}]`;
    if (typeof t !== 'object' || t === null || Array.isArray(t)) bad(p, 'expected a mapping');
    const o = t as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!KEYS.includes(k)) bad(`${p}.${k}`, `unknown field (expected one of ${KEYS.join(', ')})`);
    const name = o.name === undefined ? `team-${i + 1}` : typeof o.name === 'string' && /^[a-z0-9][a-z0-9-_.]*$/i.test(o.name) ? o.name : bad(`${p}.name`, 'use letters, digits, - _ .');
    if (names.has(name)) bad(`${p}.name`, `duplicate sub-team ${name}`);
    names.add(name);
    let clients: [ClientName, number][] | null = null;
    if (o.clients !== undefined) {
      const c = o.clients;
      if (Array.isArray(c)) clients = c.map((n, j) => [oneOf(n, `${p}.clients[${j}]`, Object.keys(CLIENTS) as ClientName[]), 1]);
      else if (typeof c === 'object' && c !== null) clients = Object.entries(c).map(([n, w]) => [oneOf(n, `${p}.clients.${n}`, Object.keys(CLIENTS) as ClientName[]), share(w, `${p}.clients.${n}`, 0, 1e6)]);
      else bad(`${p}.clients`, 'expected a list of client names or a mapping of name to weight');
      if (clients.length === 0) bad(`${p}.clients`, 'expected at least one client');
    }
    let cover: [number, number] | null = null;
    if (o.cover !== undefined) {
      if (typeof o.cover === 'number') cover = [share(o.cover, `${p}.cover`, 0, 0.95), o.cover];
      else if (Array.isArray(o.cover) && o.cover.length === 2) {
        cover = [share(o.cover[0], `${p}.cover[0]`, 0, 0.95), share(o.cover[1], `${p}.cover[1]`, 0, 0.95)];
        if (cover[1] < cover[0]) bad(`${p}.cover`, 'expected [low, high] with low <= high');
      } else bad(`${p}.cover`, 'expected a share or a [low, high] range');
    }
    return {
      name, share: o.share === undefined ? 1 : share(o.share, `${p}.share`, 0.001, 1e6), clients,
      network: o.network === undefined ? null : oneOf(o.network, `${p}.network`, ['datacenter', 'residential', 'mobile', 'mixed'] as const),
      providers: o.providers === undefined ? 3 : Math.round(share(o.providers, `${p}.providers`, 1, 200)),
      rotate: o.rotate === undefined ? 'day' : oneOf(o.rotate, `${p}.rotate`, ['request', 'day', 'account'] as const),
      cover, tls: o.tls === undefined ? null : oneOf(o.tls, `${p}.tls`, ['stack', 'random', 'spoofed-ua'] as const),
    };
  });
}
