/**
 * Throughput of the per-request signals over the real corpora, against a reference measured in the same run:
 * JSON.parse of the same interaction records (the unavoidable cost of reading a dataset line).
 *
 *   npx tsc -p . && node dist/bench/signals.js [--rounds 3]
 *
 * Prints records/s for each part and the ratio to JSON.parse; no absolute thresholds (the machine is shared).
 */
import { parseArgs } from 'node:util';
import { benchPrompts } from './prompt-mix.js';
import type { Interaction } from '../src/dataset/types.js';
import { requestSignals } from '../src/signals/index.js';
import { intentScore } from '../src/signals/intent.js';
import { capabilityOf } from '../src/signals/capability.js';
import { itemHash, templateSketch } from '../src/signals/sketch.js';
import { IpIntel } from '../src/enrich/ip.js';
import { parseClient } from '../src/enrich/client.js';

function main(): void {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
  const rounds = Number(values.rounds);
  const lines = benchPrompts().map((p, i) => JSON.stringify({
    id: `r${i}`, ts: '2026-04-22T13:45:12.345Z', account_id: `a${i % 97}`, api_key_id: null, ip: `${(Math.imul(i, 2654435761) >>> 0) % 223 + 1}.${(i * 7) % 256}.${(i * 13) % 256}.${i % 256}`,
    user_agent: ['OpenAI/Python 1.35.3', 'python-requests/2.31.0', `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${100 + (i % 30)}.0.0.0 Safari/537.36`][i % 3]!, tls_ja4: null, endpoint: '/v1/chat/completions', model: 'm', conversation_id: null, turn: null,
    system: i % 5 === 0 ? 'You are a helpful assistant.' : null, prompt: p, tool_names: null, response: null, input_tokens: 50 + (i % 500),
    output_tokens: 300, reasoning_tokens: null, max_tokens: 1024, temperature: 0.7, stream: false, status: 200, latency_ms: 900,
  } satisfies Interaction));
  const records = lines.map((l) => JSON.parse(l) as Interaction);
  let sink = 0;
  const time = (name: string, f: () => void): number => {
    let best = Infinity;
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      f();
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  // Warm the model and caches outside the timed region.
  requestSignals(records[0]!);
  const ref = time('JSON.parse', () => { for (const l of lines) sink += (JSON.parse(l) as Interaction).input_tokens; });
  const intel = IpIntel.load();
  const parts: Array<[string, () => void]> = [
    ['IpIntel.lookup (distinct IPs, cache warm after round 1)', () => { for (const r of records) sink += intel.lookup(r.ip).asn ?? 0; }],
    ['parseClient', () => { for (const r of records) sink += parseClient(r.user_agent, r.tls_ja4).family.length; }],
    ['requestSignals', () => { for (const r of records) sink += requestSignals(r).itemHash & 1; }],
    ['intentScore', () => { for (const r of records) sink += intentScore(r.prompt, r.system).score; }],
    ['capabilityOf', () => { for (const r of records) sink += capabilityOf(r.prompt, r.system, r.tool_names).length; }],
    ['templateSketch', () => { for (const r of records) sink += templateSketch(r.prompt, r.system).simLo & 1; }],
    ['itemHash', () => { for (const r of records) sink += itemHash(r.prompt) & 1; }],
  ];
  const n = records.length;
  const avgChars = Math.round(records.reduce((a, r) => a + r.prompt.length, 0) / n);
  console.log(`${n} interactions from the corpora (mean prompt ${avgChars} chars), best of ${rounds} rounds`);
  console.log(`${'JSON.parse (reference)'.padEnd(58)} ${Math.round(n / (ref / 1000)).toLocaleString('en-US').padStart(12)} rec/s   ratio 1.00`);
  for (const [name, f] of parts) {
    const ms = time(name, f);
    console.log(`${name.padEnd(58)} ${Math.round(n / (ms / 1000)).toLocaleString('en-US').padStart(12)} rec/s   ratio ${(ref / ms).toFixed(2)} of JSON.parse speed`);
  }
  if (sink === 0.123456) console.log('');
}

main();
