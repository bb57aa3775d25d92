/**
 * Scenario files: YAML or JSON documents describing a world (time window, models, organic population by persona,
 * attack campaigns as lists of tactics with parameters). Built-in scenarios live in scenarios/ at the repo root;
 * the format is documented in src/sim/SCENARIOS.md. Every problem is reported as SCENARIO_INVALID with its path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { DistillguardError } from '../errors.js';
import { repoPath } from './paths.js';
import { DEFAULT_QUIRKS, type ClientQuirks } from './clients.js';
import { validateSubteams, type SubteamSpec } from './subteams.js';
import { TACTICS, type TacticName } from './tactics/index.js';

export const ORGANIC_PERSONAS = ['casual', 'developer', 'mobile', 'researcher', 'vpn-user', 'power-coder', 'enterprise-app', 'eval-harness', 'campus-nat', 'verified-org', 'classroom'] as const;
export type OrganicPersona = (typeof ORGANIC_PERSONAS)[number];

export interface ModelSpec { name: string; share: number }
export interface ReleaseSpec { model: string; at: string; adoption_days: number; max_share: number }
export interface PersonaSpec { share?: number; accounts?: number; min?: number; /** Members per organisation or class (verified-org, classroom). */ group_size?: number }
export interface TacticSpec { tactic: TacticName; params: Record<string, unknown> }
export interface CampaignSpec {
  id: string;
  /** Label persona of the cohort's accounts (default: the tactic names joined with +). */
  persona: string | null;
  accounts: number;
  /** Mean requests per account per active day (the June 2026 case: ~26). */
  requests_per_account_day: number;
  /** Probability that an account works on a given day once activated. */
  active_day_share: number;
  /** Window-relative day (0-based) the campaign starts and the day it stops (exclusive). */
  start_day: number;
  end_day: number | null;
  tactics: TacticSpec[];
  /** Groups of accounts with their own clients, networks, cover traffic and TLS (empty: one team). */
  subteams: SubteamSpec[];
}
export interface Scenario {
  name: string;
  description: string;
  start: string;
  days: number;
  models: ModelSpec[];
  release: ReleaseSpec | null;
  organic: { accounts: number; personas: Partial<Record<OrganicPersona, PersonaSpec>>; quirks: ClientQuirks };
  campaigns: CampaignSpec[];
}

export const BUILT_IN = ['quick', 'june-2026'] as const;

function fail(path: string, msg: string): never {
  throw new DistillguardError('SCENARIO_INVALID', `${path}: ${msg}`);
}

function obj(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'expected a mapping');
  return v as Record<string, unknown>;
}

function num(v: unknown, path: string, lo: number, hi: number, fallback?: number): number {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, `expected a number, got ${JSON.stringify(v)}`);
  if (v < lo || v > hi) fail(path, `must be between ${lo} and ${hi}, got ${v}`);
  return v;
}

function str(v: unknown, path: string, fallback?: string): string {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string' || v === '') fail(path, 'expected a non-empty string');
  return v;
}

function time(v: unknown, path: string): string {
  // YAML parses unquoted timestamps as strings with the yaml package's default schema; accept Date too.
  const s = v instanceof Date ? v.toISOString() : str(v, path);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(s) || Number.isNaN(Date.parse(s))) fail(path, `expected an RFC 3339 UTC time like 2026-04-22T00:00:00Z, got ${JSON.stringify(s)}`);
  return s;
}

function only(o: Record<string, unknown>, path: string, keys: string[]): void {
  for (const k of Object.keys(o)) if (!keys.includes(k)) fail(`${path}.${k}`, `unknown field (expected one of ${keys.join(', ')})`);
}

function clientQuirks(v: unknown): ClientQuirks {
  if (v === undefined || v === null) return { ...DEFAULT_QUIRKS };
  const q = obj(v, 'organic.client_quirks');
  only(q, 'organic.client_quirks', ['corporate_proxy', 'curl_windows', 'mobile_sdk_wrapper']);
  return {
    corporateProxy: num(q.corporate_proxy, 'organic.client_quirks.corporate_proxy', 0, 1, DEFAULT_QUIRKS.corporateProxy),
    curlWindows: num(q.curl_windows, 'organic.client_quirks.curl_windows', 0, 1, DEFAULT_QUIRKS.curlWindows),
    mobileSdkWrapper: num(q.mobile_sdk_wrapper, 'organic.client_quirks.mobile_sdk_wrapper', 0, 1, DEFAULT_QUIRKS.mobileSdkWrapper),
  };
}

/** Checks a parsed document and returns a normalised scenario. */
export function validateScenario(doc: unknown): Scenario {
  const o = obj(doc, 'scenario');
  only(o, 'scenario', ['name', 'description', 'start', 'days', 'models', 'release', 'organic', 'campaigns']);
  const days = num(o.days, 'days', 1, 366);
  if (!Number.isInteger(days)) fail('days', 'must be an integer');
  if (!Array.isArray(o.models) || o.models.length === 0) fail('models', 'expected a non-empty list');
  const models = o.models.map((m, i) => {
    const mo = obj(m, `models[${i}]`);
    only(mo, `models[${i}]`, ['name', 'share']);
    return { name: str(mo.name, `models[${i}].name`), share: num(mo.share, `models[${i}].share`, 0, 1e9) };
  });
  let release: ReleaseSpec | null = null;
  if (o.release !== undefined && o.release !== null) {
    const r = obj(o.release, 'release');
    only(r, 'release', ['model', 'at', 'adoption_days', 'max_share']);
    release = { model: str(r.model, 'release.model'), at: time(r.at, 'release.at'), adoption_days: num(r.adoption_days, 'release.adoption_days', 0.01, 365, 10), max_share: num(r.max_share, 'release.max_share', 0, 1, 0.5) };
    if (models.some((m) => m.name === release!.model)) fail('release.model', 'must not also be listed in models');
  }
  const org = obj(o.organic, 'organic');
  only(org, 'organic', ['accounts', 'personas', 'client_quirks']);
  const quirks = clientQuirks(org.client_quirks);
  const personasIn = obj(org.personas, 'organic.personas');
  const personas: Partial<Record<OrganicPersona, PersonaSpec>> = {};
  for (const [k, v] of Object.entries(personasIn)) {
    if (!(ORGANIC_PERSONAS as readonly string[]).includes(k)) fail(`organic.personas.${k}`, `unknown persona (expected one of ${ORGANIC_PERSONAS.join(', ')})`);
    const p = typeof v === 'number' ? { share: v } : obj(v, `organic.personas.${k}`);
    only(p, `organic.personas.${k}`, ['share', 'accounts', 'min', 'group_size']);
    const spec: PersonaSpec = {};
    if (p.share !== undefined) spec.share = num(p.share, `organic.personas.${k}.share`, 0, 1);
    if (p.accounts !== undefined) spec.accounts = num(p.accounts, `organic.personas.${k}.accounts`, 0, 1e8);
    if (p.min !== undefined) spec.min = num(p.min, `organic.personas.${k}.min`, 0, 1e8);
    if (p.group_size !== undefined) spec.group_size = num(p.group_size, `organic.personas.${k}.group_size`, 2, 1e6);
    if (spec.share === undefined && spec.accounts === undefined) fail(`organic.personas.${k}`, 'needs share or accounts');
    personas[k as OrganicPersona] = spec;
  }
  const campaignsIn = o.campaigns ?? [];
  if (!Array.isArray(campaignsIn)) fail('campaigns', 'expected a list');
  const ids = new Set<string>();
  const campaigns = campaignsIn.map((c, i) => {
    const p = `campaigns[${i}]`;
    const co = obj(c, p);
    only(co, p, ['id', 'persona', 'accounts', 'requests_per_account_day', 'active_day_share', 'start_day', 'end_day', 'tactics', 'subteams']);
    const id = str(co.id, `${p}.id`);
    if (!/^[a-z0-9][a-z0-9-_.]*$/i.test(id)) fail(`${p}.id`, 'use letters, digits, - _ .');
    if (ids.has(id)) fail(`${p}.id`, `duplicate campaign id ${id}`);
    ids.add(id);
    if (!Array.isArray(co.tactics) || co.tactics.length === 0) fail(`${p}.tactics`, 'expected a non-empty list');
    const tactics = co.tactics.map((t, j) => {
      const tp = `${p}.tactics[${j}]`;
      const to = typeof t === 'string' ? { tactic: t } : obj(t, tp);
      const name = str(to.tactic, `${tp}.tactic`);
      const def = TACTICS[name as TacticName];
      if (!def) fail(`${tp}.tactic`, `unknown tactic ${name} (expected one of ${Object.keys(TACTICS).join(', ')})`);
      const { tactic: _t, ...params } = to;
      return { tactic: name as TacticName, params: def.validate(params, tp) };
    });
    if (!tactics.some((t) => t.tactic === 'work-queue')) fail(`${p}.tactics`, 'a campaign needs the work-queue tactic (its source of requests)');
    const start_day = num(co.start_day, `${p}.start_day`, 0, days - 1, 0);
    const end_day = co.end_day === undefined || co.end_day === null ? null : num(co.end_day, `${p}.end_day`, start_day + 1, days);
    return {
      id, tactics, start_day, end_day, subteams: validateSubteams(co.subteams, `${p}.subteams`),
      persona: co.persona === undefined || co.persona === null ? null : str(co.persona, `${p}.persona`),
      accounts: num(co.accounts, `${p}.accounts`, 1, 1e7),
      requests_per_account_day: num(co.requests_per_account_day, `${p}.requests_per_account_day`, 0.1, 10000),
      active_day_share: num(co.active_day_share, `${p}.active_day_share`, 0.01, 1, 0.92),
    };
  });
  return {
    name: str(o.name, 'name'),
    description: typeof o.description === 'string' ? o.description : '',
    start: time(o.start, 'start'),
    days, models, release,
    organic: { accounts: num(org.accounts, 'organic.accounts', 0, 1e8), personas, quirks },
    campaigns,
  };
}

/** Loads a built-in scenario by name or a YAML/JSON scenario file by path. */
export function loadScenario(nameOrPath: string): Scenario {
  let path: string;
  if (existsSync(nameOrPath) && !(BUILT_IN as readonly string[]).includes(nameOrPath)) path = nameOrPath;
  else if ((BUILT_IN as readonly string[]).includes(nameOrPath)) path = repoPath(`scenarios/${nameOrPath}.yaml`);
  else throw new DistillguardError('SCENARIO_NOT_FOUND', `scenario "${nameOrPath}" is not built in (${BUILT_IN.join(', ')}) and no such file exists`);
  const text = readFileSync(path, 'utf8');
  let doc: unknown;
  try {
    doc = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new DistillguardError('SCENARIO_INVALID', `${path}: cannot parse: ${(e as Error).message}`);
  }
  return validateScenario(doc);
}
