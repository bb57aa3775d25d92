/**
 * The policy configuration: tiers with GCRA limits, risk thresholds mapped to actions, allowlist,
 * dry-run, webhooks and server limits. Parsed from YAML or JSON (a JSON file is valid YAML), merged
 * over embedded defaults, and validated strictly (unknown keys are errors, so typos cannot silently
 * disable a limit). The format is documented in src/policy/POLICY.md.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { DistillguardError } from '../errors.js';
import { TIERS, type Tier } from '../dataset/types.js';
import type { GcraLimit } from './gcra.js';
import { PROMPT_RETENTIONS, type PromptRetention } from '../gateway/retention.js';

/** Enforcement ladder, weakest first. Each level implies the ones below it. */
export const ACTIONS = ['allow', 'flag', 'throttle', 'withhold_reasoning', 'block'] as const;
export type Action = (typeof ACTIONS)[number];

export interface RateSpec {
  per_minute: number;
  burst: number;
}

export interface ScopeLimits {
  requests: RateSpec;
  tokens: RateSpec;
}

export interface TierPolicy {
  account: ScopeLimits;
  org: ScopeLimits;
}

export type WebhookEvent = 'flag' | 'campaign' | 'block' | 'verify';

export interface WebhookSpec {
  url: string;
  events: WebhookEvent[];
}

export interface PolicyConfig {
  /** Decide and audit everything, enforce nothing (shadow mode). */
  dry_run: boolean;
  tiers: Record<Tier, TierPolicy>;
  /** Tier assumed for accounts whose keys carry no tier. */
  default_tier: Tier;
  /** Minimum risk for each action; null disables the action. Must be non-decreasing up the ladder. */
  risk: { flag: number | null; throttle: number | null; withhold_reasoning: number | null; block: number | null };
  /**
   * The strongest automatic action for a verdict carrying a reason code: evidence of one kind alone (an account's own
   * traffic, a likeness of behaviour, a verified organisation's pooled traffic) is acted on up to here, then reviewed.
   */
  ceilings: Record<string, Action>;
  /**
   * Evidence that raises the action of a flagged account whatever its risk: a rule applies when every one of its
   * reason codes is among the verdict's (a code ending in `*` is a prefix). Ceilings still apply afterwards.
   */
  escalate: EscalationRule[];
  /** Throttled accounts get this fraction of their tier's account limits (requests and tokens). */
  throttle: { factor: number };
  /** Reviewed accounts that risk actions never touch (rate limits still apply). */
  allowlist: string[];
  webhooks: WebhookSpec[];
  /** What interaction records keep; prompt_retention applies to the store and the event spool (src/gateway/retention.ts). */
  record: { response_text: boolean; max_text_chars: number; prompt_retention: PromptRetention };
  server: {
    max_body_bytes: number;
    /** Time allowed for a client to send the whole request body. */
    body_timeout_ms: number;
    /** Time allowed for the upstream to send response headers / between body chunks. */
    upstream_headers_timeout_ms: number;
    upstream_body_timeout_ms: number;
    /** Take client IP from X-Forwarded-For and JA4 from X-JA4 (only behind a trusted edge). */
    trust_proxy: boolean;
    /**
     * Test/demo only: believe `x-distillguard-replay-{ts,ip,ja4}` from clients (a replay of recorded
     * traffic) and answer `x-distillguard-action`. Never on by default: any client could forge its clock.
     */
    trust_replay_headers: boolean;
    upstream_connections: number;
    /**
     * Model ids `GET /v1/models` lists when the upstream does not list models itself (no such route, or unreachable).
     * Empty: the list is empty.
     */
    models: string[];
  };
  /** When the engine's cross-account step runs. */
  /**
   * Output watermarking (src/watermark, docs/watermark.md): null when the policy does not mention it, in which case a
   * key given to `serve --watermark-key` watermarks all traffic lexically.
   */
  watermark: WatermarkPolicy | null;
  /**
   * Step-up verification: accounts of a listed tier at or above its risk are refused (403 `verification_required`) with
   * a link to the provider's identity check until an admin marks them verified. Null: off.
   */
  verification: VerificationPolicy | null;
  engine: {
    /** `wall`: every `wall_step_ms` of real time; `event`: every `event_step_minutes` of the interactions' own time. */
    clock: EngineClock;
    wall_step_ms: number;
    event_step_minutes: number;
  };
}

export type EngineClock = 'wall' | 'event';

export interface VerificationPolicy {
  /** The provider's identity check; `{account_id}` and `{request_id}` are replaced (URL-encoded). */
  url: string;
  /** Minimum risk per tier that requires verification; tiers not listed never do. */
  tiers: Partial<Record<Tier, number>>;
}

/** Which responses a watermark applies to. */
export type WatermarkSelect =
  | { apply: 'none' }
  | { apply: 'all' }
  | { apply: 'tiers'; tiers: Tier[] }
  /** Accounts whose risk (from the engine) is at least `min_risk`. */
  | { apply: 'risk'; min_risk: number }
  /** Accounts whose policy decision is at least `min_action` on the ladder (e.g. throttle implies flag). */
  | { apply: 'action'; min_action: Action };

/** Which returned reasoning the lexical watermark rewrites besides the visible text. */
export type WatermarkReasoning = 'all' | 'unsigned' | 'none';

export interface WatermarkPolicy {
  /** Key file (`distillguard watermark keygen`); `serve --watermark-key` overrides it. */
  key_file: string | null;
  /** The keyed lexical watermark (synonym choices) on visible text and reasoning. */
  lexical: WatermarkSelect;
  /**
   * `unsigned` (default): OpenAI reasoning text but not Anthropic `thinking` blocks, whose signature the upstream checks
   * when a client sends them back; `all` rewrites those too (clients that return thinking blocks then get 400s).
   */
  reasoning: WatermarkReasoning;
  /** The interaction-layer marker (a keyed opening and closing formula), meant for restricted accounts. */
  marker: WatermarkSelect;
}

/** Watermark settings used when a key is given and the policy says nothing: everything lexically, no marker. */
export function defaultWatermarkPolicy(): WatermarkPolicy {
  return { key_file: null, lexical: { apply: 'all' }, reasoning: 'unsigned', marker: { apply: 'none' } };
}

export interface EscalationRule {
  reasons: string[];
  action: Action;
}

const MINUTE = (per_minute: number, burst: number): RateSpec => ({ per_minute, burst });

/** Embedded defaults, used when no file is given and for any key a file leaves out. */
export function defaultPolicy(): PolicyConfig {
  const tier = (rpm: number, rBurst: number, tpm: number, orgMul: number): TierPolicy => ({
    account: { requests: MINUTE(rpm, rBurst), tokens: MINUTE(tpm, tpm) },
    org: { requests: MINUTE(rpm * orgMul, rBurst * orgMul), tokens: MINUTE(tpm * orgMul, tpm * orgMul) },
  });
  return {
    dry_run: false,
    tiers: {
      free: tier(20, 10, 40_000, 5),
      build: tier(500, 100, 400_000, 5),
      scale: tier(4_000, 500, 2_000_000, 5),
      enterprise: tier(20_000, 2_000, 10_000_000, 5),
    },
    default_tier: 'build',
    risk: { flag: 0.5, throttle: 0.7, withhold_reasoning: 0.8, block: 0.95 },
    ceilings: { 'account:individual-harvester': 'withhold_reasoning', 'similar:behaviour-profile': 'withhold_reasoning', 'similar:content-profile': 'withhold_reasoning', 'similar:work-queue': 'withhold_reasoning', 'similar:follow-up-script': 'withhold_reasoning', 'signup:*': 'withhold_reasoning', 'org:entity': 'withhold_reasoning', 'org:review': 'flag' },
    // A campaign member linked by a shared artefact, in a campaign whose members carry their own evidence: two
    // independent kinds of evidence, so the flag blocks at once instead of serving the campaign while its risk climbs.
    escalate: [{ reasons: ['campaign:member', 'members:own-evidence', 'link:*'], action: 'block' }],
    throttle: { factor: 0.1 },
    allowlist: [],
    webhooks: [],
    record: { response_text: true, max_text_chars: 20_000, prompt_retention: 'full' },
    server: {
      max_body_bytes: 4 * 1024 * 1024,
      body_timeout_ms: 10_000,
      upstream_headers_timeout_ms: 120_000,
      upstream_body_timeout_ms: 120_000,
      trust_proxy: false,
      trust_replay_headers: false,
      upstream_connections: 256,
      models: [],
    },
    watermark: null,
    verification: null,
    engine: { clock: 'wall', wall_step_ms: 1000, event_step_minutes: 60 },
  };
}

/** GCRA limit for a rate spec, optionally scaled (throttle). */
export function toGcra(spec: RateSpec, factor = 1): GcraLimit {
  return { ratePerSec: (spec.per_minute * factor) / 60, burst: Math.max(1, spec.burst * factor) };
}

/** Reads and validates a policy file (YAML or JSON). */
export function loadPolicyFile(path: string): PolicyConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DistillguardError('CONFIG_INVALID', `policy file ${path}: ${(e as Error).message}`, { cause: e });
  }
  return parsePolicy(text, path);
}

/** Parses policy text (YAML or JSON) over the defaults. `source` names the file in messages. */
export function parsePolicy(text: string, source = 'policy'): PolicyConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new DistillguardError('CONFIG_INVALID', `${source}: not valid YAML/JSON: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
  if (raw === null || raw === undefined) return defaultPolicy();
  return policyFromObject(raw, source);
}

/** Validates a plain object (e.g. parsed JSON) over the defaults. */
export function policyFromObject(raw: unknown, source = 'policy'): PolicyConfig {
  const v = new Validator(source);
  const out = defaultPolicy();
  const root = v.obj(raw, '', ['dry_run', 'tiers', 'default_tier', 'risk', 'ceilings', 'escalate', 'throttle', 'allowlist', 'webhooks', 'record', 'server', 'watermark', 'verification', 'engine']);
  if (root.dry_run !== undefined) out.dry_run = v.bool(root.dry_run, 'dry_run');
  if (root.default_tier !== undefined) out.default_tier = v.tier(root.default_tier, 'default_tier');
  if (root.tiers !== undefined) {
    const tiers = v.obj(root.tiers, 'tiers', TIERS);
    for (const t of TIERS) {
      if (tiers[t] === undefined) continue;
      const tp = v.obj(tiers[t], `tiers.${t}`, ['account', 'org']);
      for (const scope of ['account', 'org'] as const) {
        if (tp[scope] === undefined) continue;
        const sp = v.obj(tp[scope], `tiers.${t}.${scope}`, ['requests', 'tokens']);
        for (const dim of ['requests', 'tokens'] as const) {
          if (sp[dim] === undefined) continue;
          const path = `tiers.${t}.${scope}.${dim}`;
          const rs = v.obj(sp[dim], path, ['per_minute', 'burst']);
          const cur = out.tiers[t][scope][dim];
          if (rs.per_minute !== undefined) cur.per_minute = v.num(rs.per_minute, `${path}.per_minute`, { gt: 0 });
          if (rs.burst !== undefined) cur.burst = v.num(rs.burst, `${path}.burst`, { min: 1 });
        }
      }
    }
  }
  if (root.ceilings !== undefined) {
    const c = v.obj(root.ceilings, 'ceilings', null);
    for (const [code, action] of Object.entries(c)) {
      if (typeof action !== 'string' || !(ACTIONS as readonly string[]).includes(action)) v.fail(`ceilings.${code}`, `must be one of ${ACTIONS.join(', ')}`);
      out.ceilings[code] = action as Action;
    }
  }
  if (root.escalate !== undefined) {
    if (!Array.isArray(root.escalate)) v.fail('escalate', 'must be a list of {reasons, action}');
    out.escalate = (root.escalate as unknown[]).map((x, i) => {
      const o = v.obj(x, `escalate[${i}]`, ['reasons', 'action']);
      if (!Array.isArray(o.reasons) || o.reasons.length === 0) v.fail(`escalate[${i}].reasons`, 'must be a non-empty list of reason codes');
      const reasons = (o.reasons as unknown[]).map((r, j) => v.str(r, `escalate[${i}].reasons[${j}]`));
      if (typeof o.action !== 'string' || !(ACTIONS as readonly string[]).includes(o.action)) v.fail(`escalate[${i}].action`, `must be one of ${ACTIONS.join(', ')}`);
      return { reasons, action: o.action as Action };
    });
  }
  if (root.risk !== undefined) {
    const r = v.obj(root.risk, 'risk', ['flag', 'throttle', 'withhold_reasoning', 'block']);
    for (const k of ['flag', 'throttle', 'withhold_reasoning', 'block'] as const) {
      if (r[k] === undefined) continue;
      out.risk[k] = r[k] === null ? null : v.num(r[k], `risk.${k}`, { min: 0, max: 1 });
    }
    let prev: { k: string; t: number } | null = null;
    for (const k of ['flag', 'throttle', 'withhold_reasoning', 'block'] as const) {
      const t = out.risk[k];
      if (t === null) continue;
      if (prev && t < prev.t) v.fail(`risk.${k}`, `must be >= risk.${prev.k} (${prev.t}): actions form a ladder allow < flag < throttle < withhold_reasoning < block`);
      prev = { k, t };
    }
  }
  if (root.throttle !== undefined) {
    const th = v.obj(root.throttle, 'throttle', ['factor']);
    if (th.factor !== undefined) out.throttle.factor = v.num(th.factor, 'throttle.factor', { gt: 0, max: 1 });
  }
  if (root.allowlist !== undefined) {
    if (!Array.isArray(root.allowlist)) v.fail('allowlist', 'must be a list of account ids');
    out.allowlist = (root.allowlist as unknown[]).map((a, i) => v.str(a, `allowlist[${i}]`));
  }
  if (root.webhooks !== undefined) {
    if (!Array.isArray(root.webhooks)) v.fail('webhooks', 'must be a list');
    out.webhooks = (root.webhooks as unknown[]).map((w, i) => {
      const o = v.obj(w, `webhooks[${i}]`, ['url', 'events']);
      const url = v.str(o.url, `webhooks[${i}].url`);
      if (!/^https?:\/\//.test(url)) v.fail(`webhooks[${i}].url`, 'must be an http(s) URL');
      let events: WebhookEvent[] = ['flag', 'campaign', 'block', 'verify'];
      if (o.events !== undefined) {
        if (!Array.isArray(o.events)) v.fail(`webhooks[${i}].events`, 'must be a list');
        events = (o.events as unknown[]).map((e, j) => {
          if (e !== 'flag' && e !== 'campaign' && e !== 'block' && e !== 'verify') v.fail(`webhooks[${i}].events[${j}]`, 'must be one of flag, campaign, block, verify');
          return e as WebhookEvent;
        });
      }
      return { url, events };
    });
  }
  if (root.record !== undefined) {
    const r = v.obj(root.record, 'record', ['response_text', 'max_text_chars', 'prompt_retention']);
    if (r.response_text !== undefined) out.record.response_text = v.bool(r.response_text, 'record.response_text');
    if (r.max_text_chars !== undefined) out.record.max_text_chars = v.int(r.max_text_chars, 'record.max_text_chars', 0);
    if (r.prompt_retention !== undefined) {
      const mode = v.str(r.prompt_retention, 'record.prompt_retention');
      if (!(PROMPT_RETENTIONS as readonly string[]).includes(mode)) v.fail('record.prompt_retention', `must be one of ${PROMPT_RETENTIONS.join(', ')}`);
      out.record.prompt_retention = mode as PromptRetention;
    }
  }
  if (root.server !== undefined) {
    const ints = ['max_body_bytes', 'body_timeout_ms', 'upstream_headers_timeout_ms', 'upstream_body_timeout_ms', 'upstream_connections'] as const;
    const s = v.obj(root.server, 'server', [...ints, 'trust_proxy', 'trust_replay_headers', 'models']);
    if (s.models !== undefined) {
      if (!Array.isArray(s.models)) v.fail('server.models', 'must be a list of model ids');
      out.server.models = (s.models as unknown[]).map((m, i) => v.str(m, `server.models[${i}]`));
    }
    if (s.trust_proxy !== undefined) out.server.trust_proxy = v.bool(s.trust_proxy, 'server.trust_proxy');
    if (s.trust_replay_headers !== undefined) out.server.trust_replay_headers = v.bool(s.trust_replay_headers, 'server.trust_replay_headers');
    for (const k of ints) {
      if (s[k] === undefined) continue;
      out.server[k] = v.int(s[k], `server.${k}`, 1);
    }
  }
  if (root.watermark !== undefined && root.watermark !== null) {
    const w = v.obj(root.watermark, 'watermark', ['key_file', 'lexical', 'reasoning', 'marker']);
    const wp = defaultWatermarkPolicy();
    if (w.key_file !== undefined && w.key_file !== null) wp.key_file = v.str(w.key_file, 'watermark.key_file');
    if (w.lexical !== undefined) wp.lexical = v.select(w.lexical, 'watermark.lexical');
    if (w.marker !== undefined) wp.marker = v.select(w.marker, 'watermark.marker');
    if (w.reasoning !== undefined) {
      if (w.reasoning !== 'all' && w.reasoning !== 'unsigned' && w.reasoning !== 'none') v.fail('watermark.reasoning', 'must be all, unsigned or none');
      wp.reasoning = w.reasoning as WatermarkReasoning;
    }
    out.watermark = wp;
  }
  if (root.verification !== undefined && root.verification !== null) {
    const o = v.obj(root.verification, 'verification', ['url', 'tiers']);
    const url = v.str(o.url, 'verification.url');
    if (!/^https?:\/\//.test(url)) v.fail('verification.url', 'must be an http(s) URL');
    const tiers: Partial<Record<Tier, number>> = {};
    if (o.tiers !== undefined) {
      const t = v.obj(o.tiers, 'verification.tiers', TIERS);
      for (const k of TIERS) if (t[k] !== undefined && t[k] !== null) tiers[k] = v.num(t[k], `verification.tiers.${k}`, { min: 0, max: 1 });
    }
    out.verification = { url, tiers };
  }
  if (root.engine !== undefined) {
    const e = v.obj(root.engine, 'engine', ['clock', 'wall_step_ms', 'event_step_minutes']);
    if (e.clock !== undefined) {
      if (e.clock !== 'wall' && e.clock !== 'event') v.fail('engine.clock', 'must be wall or event');
      out.engine.clock = e.clock as 'wall' | 'event';
    }
    if (e.wall_step_ms !== undefined) out.engine.wall_step_ms = v.int(e.wall_step_ms, 'engine.wall_step_ms', 10);
    if (e.event_step_minutes !== undefined) out.engine.event_step_minutes = v.num(e.event_step_minutes, 'engine.event_step_minutes', { gt: 0 });
  }
  return out;
}

/** Small strict validator that names the offending path in every message. */
class Validator {
  constructor(private readonly source: string) {}

  fail(path: string, msg: string): never {
    throw new DistillguardError('CONFIG_INVALID', `${this.source}: ${path || '(root)'} ${msg}`);
  }

  /** A mapping; `allowed` null takes any key (a map keyed by data, such as reason codes). */
  obj(x: unknown, path: string, allowed: readonly string[] | null): Record<string, unknown> {
    if (x === null || typeof x !== 'object' || Array.isArray(x)) this.fail(path, 'must be a mapping');
    const o = x as Record<string, unknown>;
    if (allowed) for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) this.fail(path ? `${path}.${k}` : k, `is not a known key (expected one of: ${allowed.join(', ')})`);
    }
    return o;
  }

  bool(x: unknown, path: string): boolean {
    if (typeof x !== 'boolean') this.fail(path, 'must be true or false');
    return x;
  }

  str(x: unknown, path: string): string {
    if (typeof x !== 'string' || x === '') this.fail(path, 'must be a non-empty string');
    return x;
  }

  num(x: unknown, path: string, r: { gt?: number; min?: number; max?: number }): number {
    if (typeof x !== 'number' || !Number.isFinite(x)) this.fail(path, 'must be a number');
    if (r.gt !== undefined && !(x > r.gt)) this.fail(path, `must be > ${r.gt}`);
    if (r.min !== undefined && x < r.min) this.fail(path, `must be >= ${r.min}`);
    if (r.max !== undefined && x > r.max) this.fail(path, `must be <= ${r.max}`);
    return x;
  }

  int(x: unknown, path: string, min: number): number {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < min) this.fail(path, `must be an integer >= ${min}`);
    return x;
  }

  /** `none`, `all`, or a mapping `{apply: tiers, tiers: [...]}` / `{apply: risk, min_risk}` / `{apply: action, min_action}`. */
  select(x: unknown, path: string): WatermarkSelect {
    if (x === 'none' || x === 'all') return { apply: x };
    if (x === false || x === null) return { apply: 'none' };
    const o = this.obj(x, path, ['apply', 'tiers', 'min_risk', 'min_action']);
    const keys = (want: string[]) => {
      for (const k of ['tiers', 'min_risk', 'min_action']) if (o[k] !== undefined && !want.includes(k)) this.fail(`${path}.${k}`, `does not go with apply: ${String(o.apply)}`);
    };
    switch (o.apply) {
      case 'none':
      case 'all':
        keys([]);
        return { apply: o.apply };
      case 'tiers': {
        keys(['tiers']);
        if (!Array.isArray(o.tiers) || o.tiers.length === 0) this.fail(`${path}.tiers`, 'must be a non-empty list of tiers');
        return { apply: 'tiers', tiers: (o.tiers as unknown[]).map((t, i) => this.tier(t, `${path}.tiers[${i}]`)) };
      }
      case 'risk':
        keys(['min_risk']);
        return { apply: 'risk', min_risk: this.num(o.min_risk, `${path}.min_risk`, { min: 0, max: 1 }) };
      case 'action': {
        keys(['min_action']);
        const a = o.min_action;
        if (typeof a !== 'string' || !(ACTIONS as readonly string[]).includes(a) || a === 'allow') this.fail(`${path}.min_action`, `must be one of ${ACTIONS.slice(1).join(', ')}`);
        return { apply: 'action', min_action: a as Action };
      }
      default:
        return this.fail(`${path}.apply`, 'must be none, all, tiers, risk or action');
    }
  }

  tier(x: unknown, path: string): Tier {
    if (typeof x !== 'string' || !(TIERS as readonly string[]).includes(x)) this.fail(path, `must be one of ${TIERS.join(', ')}`);
    return x as Tier;
  }
}
