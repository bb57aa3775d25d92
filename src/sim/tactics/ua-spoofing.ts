/**
 * ua-spoofing: each account sends a User-Agent picked at random from popular clients, while the TLS fingerprint (JA4)
 * still shows the operator's real HTTP stack. Parameters: `real_client` (default `aiohttp`).
 */
import { CLIENTS, type ClientName } from '../clients.js';
import { allow, enumParam } from './params.js';
import type { Tactic } from './tactic.js';

export const uaSpoofing: Tactic = {
  name: 'ua-spoofing',
  summary: 'per-account random User-Agent over one real TLS stack',
  validate(p, path) {
    allow(p, path, ['real_client']);
    return { real_client: enumParam(p, 'real_client', path, Object.keys(CLIENTS) as ClientName[], 'aiohttp') };
  },
  apply(plan, p) {
    plan.spoofUa = true;
    plan.clients = [[p.real_client as ClientName, 1]];
  },
};
