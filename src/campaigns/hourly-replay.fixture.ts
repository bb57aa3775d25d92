/** Small hand-built worlds for the campaign tests: request and account builders, and an hourly replay (test fixture). */
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { IpIntel } from '../enrich/ip.js';
import { Engine } from '../engine/engine.js';

const HOUR = 3_600_000;

/** The verdicts after every request (sorted by time) and three more hourly steps, by account id. */
export function replayHourly(world: { accounts: Account[]; requests: Interaction[] }, t0: number): Map<string, Verdict> {
  const engine = new Engine(IpIntel.shared());
  for (const a of world.accounts) engine.registerAccount(a);
  let next = t0 + HOUR;
  for (const r of world.requests) {
    const ts = Date.parse(r.ts);
    while (ts >= next) {
      engine.tick(next);
      next += HOUR;
    }
    engine.ingest(r);
  }
  for (let h = 0; h < 3; h++, next += HOUR) engine.tick(next);
  return new Map(engine.verdicts().map((v) => [v.account_id, v]));
}

/** A builder of chat requests with plain defaults (one SDK client, one address); ids are numbered per builder. */
export function requestMaker(base: Partial<Interaction> = {}): (account: string, ts: number, prompt: string, over?: Partial<Interaction>) => Interaction {
  let seq = 0;
  return (account, ts, prompt, over = {}) => ({
    id: `r${seq++}`, ts: new Date(ts).toISOString(), account_id: account, api_key_id: null, ip: '198.51.100.7', user_agent: 'OpenAI/Python 1.40.0',
    tls_ja4: 't13d1516h2_8daaf6152771_02713d6af862', endpoint: '/v1/chat/completions', model: 'frontier-4', conversation_id: null, turn: null,
    system: null, prompt, tool_names: null, response: null, input_tokens: 200, output_tokens: 400, reasoning_tokens: null, max_tokens: 1024,
    temperature: 0.7, stream: false, status: 200, latency_ms: 1000, ...base, ...over,
  });
}

/** An unverified individual account with its own card. */
export function testAccount(id: string, over: Partial<Account> = {}): Account {
  return { account_id: id, created_at: '2025-06-01T00:00:00.000Z', org_id: null, email_domain: 'gmail.com', payment_fingerprint: `pf-${id}`, signup_ip: null, country: 'US', tier: 'build', verified: false, ...over };
}
