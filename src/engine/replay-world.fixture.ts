/**
 * Test fixture for the replay tests (replay.test.ts, analyze-reliability.test.ts): a harvesting campaign of 12
 * accounts among 40 ordinary users over ~3.6 days, as dataset lines (not a test file itself).
 */
import type { Account, Interaction } from '../dataset/types.js';

export const HOUR = 3_600_000;
export const T0 = Date.parse('2026-04-22T00:00:00Z');
const WRAPPER = 'Think step by step and show all of your reasoning in full detail before you give the final answer to this problem.';

export function account(id: string, over: Partial<Account> = {}): Account {
  return { account_id: id, created_at: '2026-04-01T00:00:00.000Z', org_id: null, email_domain: 'mail.example', payment_fingerprint: null, signup_ip: '198.51.100.9', country: 'US', tier: 'build', verified: false, ...over };
}

export function interaction(id: number, accountId: string, ts: number, prompt: string, over: Partial<Interaction> = {}): Interaction {
  return {
    id: `r${id}`, ts: new Date(ts).toISOString(), account_id: accountId, api_key_id: null, ip: '203.0.113.7', user_agent: 'OpenAI/Python 1.40.0',
    tls_ja4: 't13d1516h2_8daaf6152771_02713d6af862', endpoint: '/v1/chat/completions', model: 'frontier-4', conversation_id: null, turn: null,
    system: null, prompt, tool_names: null, response: null, input_tokens: 200, output_tokens: 400, reasoning_tokens: null, max_tokens: 1024,
    temperature: 0.7, stream: false, status: 200, latency_ms: 1000, ...over,
  };
}

/** The world's accounts and interaction lines; `after(k, who, ts)` may return extra lines to put after request k. */
export function replayWorld(after: (k: number, who: string, ts: number) => string[] = () => []): { accounts: Account[]; lines: string[] } {
  const accounts: Account[] = [];
  const lines: string[] = [];
  for (let a = 0; a < 12; a++) accounts.push(account(`atk${a}`, { payment_fingerprint: `card-${a % 2}`, email_domain: 'burst.example', created_at: new Date(T0 - HOUR + a * 1000).toISOString() }));
  for (let a = 0; a < 40; a++) accounts.push(account(`org${a}`));
  for (let k = 0; k < 5200; k++) {
    const ts = T0 + k * 60_000;
    const attack = k % 3 === 0;
    const who = attack ? `atk${(k / 3) % 12}` : `org${k % 40}`;
    const prompt = attack
      ? `${WRAPPER}\n\nA shop sells ${k} pencils on day ${k % 7} and twice as many the next day. How many pencils does it sell over both days?`
      : `could you suggest a nice name for my ${['cat', 'dog', 'boat', 'café'][k % 4]} (${k % 9})`;
    const traits: Partial<Interaction> = attack
      ? { ip: `45.${10 + (k % 3)}.20.${k % 12}`, max_tokens: 8192, output_tokens: 3000 }
      : { ip: `73.${k % 40}.4.${k % 5}`, conversation_id: `c${k % 50}`, turn: 1 + (k % 3) };
    lines.push(JSON.stringify(interaction(k, who, ts, prompt, traits)));
    lines.push(...after(k, who, ts));
  }
  return { accounts, lines };
}
