/**
 * Sub-teams of one operation found apart (other cards, networks, client stacks, even other jobs) and joined by what
 * their tooling shares: one pipeline's sampling settings, sent by nearly every member of each, that ordinary accounts
 * of this deployment rarely send (measured on this deployment's own traffic, never a fixed list of values), in one
 * mix (the share of requests at each setting agreeing within MAX_MIX_DISTANCE: copies of one pipeline differ only by
 * their cover traffic). Only campaigns already flagged on their own evidence are joined: this makes one case of
 * several, it never flags.
 *
 * A shared pipeline alone proves little: two operations can copy one tutorial's settings. So a link needs one more
 * thing the two campaigns share, one of these:
 * - the same work (`subteam:same-work`): their members' mean content profiles (what they ask: capability mix,
 *   extraction kinds, follow-up, tool and reasoning shares, prompt lengths; not how their clients ask it) alike at
 *   SAME_WORK or more. Registration is not compared: an operation buys aged accounts for one sub-team and makes new
 *   ones for another, and both run the same job through the same code. The pipeline's main value may be one some
 *   ordinary accounts hold (temperature 0), if its mix is not: ordinary accounts holding it that send the campaign's
 *   mix (within MAX_MIX_DISTANCE) must be as few as RARE_SHARE of the population (a benchmark replayed at temperature
 *   0 with other max_tokens is not a copy of a grading pipeline at temperature 0 with 2,048 tokens).
 * - or provisioning (`subteam:shared-settings`): sub-teams doing other jobs (grading, maths, agent traces) whose
 *   accounts were registered in one period (10th to 90th percentile of sign-up times). This is the weaker of the two:
 *   two operations built on one tool's defaults and provisioned in the same weeks are joined by it.
 * Two operations doing the same work with their own settings, or one setting common among ordinary users, stay apart.
 *
 * Evade: give each sub-team (or each account) its own sampling settings, or leave them to the API's defaults as most
 * people do, or its own mix of settings; and, for sub-teams doing other work, provision each in another period. The
 * sub-teams are then reported apart, each still flagged on its own evidence.
 */
import { TEMPERATURE_KEYS, type AccountState } from '../accounts/state.js';
import { similarity, type Profile } from '../accounts/profile.js';
import type { AccountInfo } from './links.js';

/** Share of an account's requests one sampling setting needs to be the account's own. */
const ACCOUNT_SHARE = 0.5;
/** Share of a campaign's members that hold one setting for it to be the campaign's pipeline setting. */
export const PIPELINE_SHARE = 0.6;
/**
 * Largest share of the active accounts outside any flagged campaign that may hold a setting for it to link
 * campaigns: popular defaults (a framework's, a tutorial's) are held by many ordinary users and link nothing.
 */
export const RARE_SHARE = 0.005;
/** Registration period of a campaign: its members' sign-up times from this quantile to its complement. */
const PERIOD_QUANTILE = 0.1;
/**
 * Largest total variation distance between two campaigns' mixes of settings for them to run one pipeline: copies of
 * one pipeline differ by their cover traffic (a tenth to four tenths of requests, sent with other settings).
 */
export const MAX_MIX_DISTANCE = 1 / 3;
/**
 * Likeness of two campaigns' work (cosine of their members' mean content profiles) at which they do the same work:
 * sub-teams drawing one job through other clients and wordings are alike well above it; operations harvesting one
 * broad skill (maths, code) in their own ways fall below it.
 */
export const SAME_WORK = 0.9;
/** Requests before an account's settings count (as for the account-level path). */
const MIN_REQUESTS = 5;

/** The two settings an account holds: its full sampling setting (temperature with max_tokens), and its temperature. */
interface Held {
  setting: number;
  temperature: number;
}

const NONE: Held = { setting: 0, temperature: 0 };

/** An account's own settings (0: none holds ACCOUNT_SHARE of its requests). */
export function heldSettings(s: AccountState): Held {
  if (s.n < MIN_REQUESTS) return NONE;
  let setting = 0;
  let best = 0;
  const temperatures = new Map<number, number>();
  s.samplings.forEach((count, key) => {
    if (count > best) [setting, best] = [key, count];
    const t = key % TEMPERATURE_KEYS;
    temperatures.set(t, (temperatures.get(t) ?? 0) + count);
  });
  let temperature = 0;
  let bestT = 0;
  for (const [t, count] of temperatures) if (count > bestT) [temperature, bestT] = [t, count];
  return { setting: best >= ACCOUNT_SHARE * s.n ? setting : 0, temperature: bestT >= ACCOUNT_SHARE * s.n ? temperature : 0 };
}

/**
 * How many active accounts hold each setting, kept up to date as accounts change (the account-level path tells it
 * each account it re-reads), so that rarity is read without a pass over every account at each step.
 */
export class SettingsIndex {
  private held: Held[] = [];
  private readonly holders = new Map<number, number>();
  /** Active accounts (MIN_REQUESTS or more requests). */
  active = 0;

  update(a: number, s: AccountState): void {
    const before = this.held[a];
    const now = heldSettings(s);
    const wasActive = before !== undefined && before !== NONE;
    const isActive = s.n >= MIN_REQUESTS;
    if (before) this.count(before, -1);
    this.count(now, 1);
    if (wasActive !== isActive) this.active += isActive ? 1 : -1;
    this.held[a] = isActive ? now : NONE;
  }

  /** The settings account `a` held at its last update. */
  of(a: number): Held {
    return this.held[a] ?? NONE;
  }

  holdersOf(key: number): number {
    return this.holders.get(key) ?? 0;
  }

  /** The accounts holding a setting (one pass over the accounts: read only for a link's last test). */
  accountsHolding(key: number): number[] {
    const out: number[] = [];
    this.held.forEach((h, a) => {
      if (h.setting === key || h.temperature === key) out.push(a);
    });
    return out;
  }

  private count(h: Held, d: number): void {
    // A setting without max_tokens has its temperature's key: it is counted once.
    for (const key of h.setting === h.temperature ? [h.setting] : [h.setting, h.temperature]) {
      if (key === 0) continue;
      const n = (this.holders.get(key) ?? 0) + d;
      if (n === 0) this.holders.delete(key);
      else this.holders.set(key, n);
    }
  }
}

/** A flagged campaign as the sub-team link reads it. */
export interface TeamCandidate {
  id: string;
  members: number[];
}

/** Each account's requests per sampling key (AccountState.samplings), for the campaigns' mixes of settings. */
export type SamplingsOf = (a: number) => Pick<AccountState['samplings'], 'forEach'>;

/** Mean content profile of a campaign's members (accounts/profile.ts contentProfile). */
export type WorkOf = (members: readonly number[]) => Profile;

/** Two campaigns that are one operation's sub-teams: ids by campaign id order (ids sort by first flag), and the setting. */
export interface TeamLink {
  younger: string;
  older: string;
  /** Same work, or other work provisioned in one period. */
  by: 'same-work' | 'provisioning';
  /** The shared setting, in words (`temperature 0.85, max_tokens 4096`). */
  setting: string;
}

/**
 * Pairs of campaigns that are one operation's sub-teams by the rule above. `flagged` are the accounts of all flagged
 * campaigns (they are not the population a setting must be rare in).
 */
export function subteamLinks(campaigns: TeamCandidate[], index: SettingsIndex, infos: (AccountInfo | undefined)[], flagged: Iterable<number>, samplingsOf: SamplingsOf, workOf: WorkOf): TeamLink[] {
  // Settings held by flagged accounts, taken off the holders to leave the ordinary population's.
  const flaggedSet = new Set<number>();
  const flaggedHolders = new Map<number, number>();
  let flaggedActive = 0;
  for (const a of flagged) {
    flaggedSet.add(a);
    const h = index.of(a);
    if (h === NONE) continue;
    flaggedActive++;
    for (const key of h.setting === h.temperature ? [h.setting] : [h.setting, h.temperature]) if (key !== 0) flaggedHolders.set(key, (flaggedHolders.get(key) ?? 0) + 1);
  }
  const population = Math.max(1, index.active - flaggedActive);
  const bar = RARE_SHARE * population;
  const rare = (key: number): boolean => index.holdersOf(key) - (flaggedHolders.get(key) ?? 0) <= bar;
  // Ordinary holders of a setting, read once per setting and only when a link needs them.
  const ordinaryHolders = new Map<number, number[]>();
  const holdersOf = (key: number): number[] => {
    let list = ordinaryHolders.get(key);
    if (!list) ordinaryHolders.set(key, (list = index.accountsHolding(key).filter((a) => !flaggedSet.has(a))));
    return list;
  };
  // A pipeline is its mix: ordinary accounts that hold its main value in another mix (a benchmark replayed at the
  // same temperature with other max_tokens) are not copies of it.
  const rareMix = (key: number, mix: ReadonlyMap<number, number>, full: boolean): boolean => {
    let near = 0;
    for (const a of holdersOf(key)) if (mixDistance(settingMix([a], samplingsOf, full), mix) <= MAX_MIX_DISTANCE && ++near > bar) return false;
    return true;
  };
  const described = campaigns
    .filter((c) => c.members.length > 0 && c.members.filter((a) => infos[a]?.verified).length < 0.5 * c.members.length)
    .map((c) => {
      const mixes = new Map<boolean, Map<number, number>>();
      const mix = (full: boolean): Map<number, number> => mixes.get(full) ?? mixes.set(full, settingMix(c.members, samplingsOf, full)).get(full)!;
      return { id: c.id, members: c.members, settings: pipelineSettings(c.members, index), period: period(c.members, infos), work: lazy(() => workOf(c.members)), mix };
    })
    .filter((c) => c.settings.length > 0)
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  const links: TeamLink[] = [];
  for (let i = 0; i < described.length; i++) {
    for (let j = i + 1; j < described.length; j++) {
      const x = described[i]!;
      const y = described[j]!;
      // The most specific setting both hold and send in one mix: a full setting (with max_tokens) before a temperature.
      for (const shared of x.settings.filter((k) => y.settings.includes(k)).sort((p, q) => q - p)) {
        const full = shared % TEMPERATURE_KEYS !== shared;
        if (mixDistance(x.mix(full), y.mix(full)) > MAX_MIX_DISTANCE) continue;
        const rareSetting = rare(shared);
        if (similarity(x.work(), y.work()) >= SAME_WORK) {
          if (!rareSetting && !(rareMix(shared, x.mix(full), full) && rareMix(shared, y.mix(full), full))) continue;
          links.push({ younger: y.id, older: x.id, by: 'same-work', setting: describeSetting(shared) });
          break;
        }
        if (!rareSetting || !x.period || !y.period || x.period[1] < y.period[0] || y.period[1] < x.period[0]) continue;
        links.push({ younger: y.id, older: x.id, by: 'provisioning', setting: describeSetting(shared) });
        break;
      }
    }
  }
  return links;
}

/**
 * The share of a group's requests at each setting: full settings (temperature with max_tokens), or temperatures alone.
 * Requests that leave the temperature to the default are not in it (AccountState.samplings).
 */
export function settingMix(members: readonly number[], samplingsOf: SamplingsOf, full: boolean): Map<number, number> {
  const mix = new Map<number, number>();
  let total = 0;
  for (const a of members) {
    samplingsOf(a).forEach((count, key) => {
      const k = full ? key : key % TEMPERATURE_KEYS;
      mix.set(k, (mix.get(k) ?? 0) + count);
      total += count;
    });
  }
  if (total > 0) for (const [k, n] of mix) mix.set(k, n / total);
  return mix;
}

/** Total variation distance of two mixes (0: the same mix, 1: no setting in common). */
export function mixDistance(x: ReadonlyMap<number, number>, y: ReadonlyMap<number, number>): number {
  let sum = 0;
  for (const [k, p] of x) sum += Math.abs(p - (y.get(k) ?? 0));
  for (const [k, q] of y) if (!x.has(k)) sum += q;
  return sum / 2;
}

/** A setting key in words. */
export function describeSetting(key: number): string {
  const temperature = ((key % TEMPERATURE_KEYS) - 1) / 100;
  const maxTokens = Math.floor(key / TEMPERATURE_KEYS);
  return `temperature ${temperature}${maxTokens > 0 ? `, max_tokens ${maxTokens}` : ''}`;
}

/** Settings (full settings and temperatures) held by PIPELINE_SHARE of the members. */
function pipelineSettings(members: number[], index: SettingsIndex): number[] {
  const counts = new Map<number, number>();
  for (const a of members) {
    const h = index.of(a);
    for (const key of h.setting === h.temperature ? [h.setting] : [h.setting, h.temperature]) if (key !== 0) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out: number[] = [];
  for (const [key, n] of counts) if (n >= PIPELINE_SHARE * members.length) out.push(key);
  return out;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The members' registration period (PERIOD_QUANTILE to its complement of sign-up times), or null when unknown. */
function period(members: number[], infos: (AccountInfo | undefined)[]): [number, number] | null {
  const times = members.map((a) => infos[a]?.createdAt ?? Number.NaN).filter((t) => Number.isFinite(t)).sort((x, y) => x - y);
  if (times.length < 0.5 * members.length || times.length === 0) return null;
  const at = (q: number): number => times[Math.min(times.length - 1, Math.max(0, Math.round(q * (times.length - 1))))]!;
  return [at(PERIOD_QUANTILE), at(1 - PERIOD_QUANTILE)];
}
