/**
 * residential-proxies: a share of the cohort exits through residential and mobile proxy networks (consumer ISP and
 * carrier addresses in many countries), rotating per request by default.
 * Parameters: `share` (default 1), `countries` (ISO codes, default: the organic population's), `mobile_share` (default 0.2),
 * `rotate` (`request` | `day` | `account`, default `request`).
 */
import { allow, enumParam, numParam, strListParam } from './params.js';
import type { Tactic } from './tactic.js';
import { claimNetwork } from './net.js';

export const residentialProxies: Tactic = {
  name: 'residential-proxies',
  summary: 'residential/mobile proxy exits across countries',
  validate(p, path) {
    allow(p, path, ['share', 'countries', 'mobile_share', 'rotate']);
    return {
      share: numParam(p, 'share', path, 0, 1, 1), countries: strListParam(p, 'countries', path, null), mobile_share: numParam(p, 'mobile_share', path, 0, 1, 0.2),
      rotate: enumParam(p, 'rotate', path, ['request', 'day', 'account'] as const, 'request'),
    };
  },
  apply(plan, p) {
    claimNetwork(plan);
    const share = p.share as number;
    const m = p.mobile_share as number;
    const rotate = p.rotate as 'request' | 'day' | 'account';
    const countries = p.countries as string[] | null;
    plan.net.push({ kind: 'residential', share: share * (1 - m), pools: [], countries, rotate });
    if (m > 0) plan.net.push({ kind: 'mobile', share: share * m, pools: [], countries, rotate });
  },
};
