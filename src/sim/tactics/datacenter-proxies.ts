/**
 * datacenter-proxies: a share of the cohort connects through proxies rented from a few hosting providers.
 * Parameters: `share` (of accounts, default 1), `providers` (number of hosting ASNs, default 6),
 * `rotate` (`request` | `day` | `account`, default `day`).
 */
import { allow, enumParam, numParam } from './params.js';
import type { Tactic } from './tactic.js';
import { claimNetwork } from './net.js';

export const datacenterProxies: Tactic = {
  name: 'datacenter-proxies',
  summary: 'datacenter proxy pool from a few hosting providers',
  validate(p, path) {
    allow(p, path, ['share', 'providers', 'rotate']);
    return { share: numParam(p, 'share', path, 0, 1, 1), providers: numParam(p, 'providers', path, 1, 200, 6), rotate: enumParam(p, 'rotate', path, ['request', 'day', 'account'] as const, 'day') };
  },
  apply(plan, p) {
    claimNetwork(plan);
    const pools = [];
    for (let i = 0; i < (p.providers as number); i++) pools.push(plan.ctx.pools.pool('datacenter', null, plan.rng));
    plan.net.push({ kind: 'datacenter', share: p.share as number, pools, countries: null, rotate: p.rotate as 'request' | 'day' | 'account' });
  },
};
