/** Builders of hand-made dataset records for the evaluator's tests (kept out of *.test.ts so tests can share them). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A full interaction record that passes the spec's validation. */
export function interaction(id: string, account: string, ms: number, ip: string, prompt = 'hello'): Record<string, unknown> {
  return {
    id, ts: new Date(ms).toISOString(), account_id: account, api_key_id: null, ip, user_agent: 'curl/8', tls_ja4: null,
    endpoint: '/v1/messages', model: 'm', conversation_id: null, turn: null, system: null, prompt, tool_names: null,
    response: 'ok', input_tokens: 1, output_tokens: 1, reasoning_tokens: null, max_tokens: null, temperature: null,
    stream: null, status: 200, latency_ms: null,
  };
}

/** Writes records (or raw lines) as JSONL. */
export function writeJsonl(path: string, rows: (Record<string, unknown> | string)[]): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
}
