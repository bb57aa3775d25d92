import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Interaction } from '../dataset/types.js';
import { INVALID_NETWORK, type NetworkInfo } from '../enrich/ip.js';
import { ObservationDecoder, ObservationEncoder } from './observation-batch.js';
import { DEFERRED_NETWORK, Observer, type NetworkLookup } from './observe.js';
import { TextSignalCache } from './text-signals.js';

const NETWORKS: Record<string, NetworkInfo> = {
  '203.0.113.7': { asn: 64500, asOrg: 'Example', country: 'FR', datacenter: false, vpn: true, prefix: '203.0.113.0/24' },
  '2001:db8::1': { asn: null, asOrg: null, country: null, datacenter: true, vpn: false, prefix: '2001:db8::/48' },
};
const network: NetworkLookup = { lookup: (ip) => NETWORKS[ip] ?? INVALID_NETWORK };

const WRAPPER = 'Think step by step and show all of your reasoning in full detail before you give the final answer to this problem.';

function interaction(over: Partial<Interaction> = {}): Interaction {
  return {
    id: 'r1', ts: '2026-04-22T13:45:12.345Z', account_id: 'a1', api_key_id: null, ip: '203.0.113.7', user_agent: 'OpenAI/Python 1.40.0',
    tls_ja4: 't13d1516h2_8daaf6152771_02713d6af862', endpoint: '/v1/chat/completions', model: 'frontier-4', conversation_id: 'c1', turn: 1,
    system: null, prompt: `${WRAPPER}\n\nAva has 13 apples and buys 29 more at the market. How many apples does she have?`, tool_names: null,
    response: null, input_tokens: 10, output_tokens: 20, reasoning_tokens: null, max_tokens: 4096, temperature: 0.7, stream: false, status: 200,
    latency_ms: 900, ...over,
  };
}

const first = [
  interaction(),
  interaction({ id: 'r2', ip: '2001:db8::1', conversation_id: null, turn: null, max_tokens: null, tool_names: ['search'], status: 429, user_agent: null }),
  interaction({ id: 'r3', account_id: 'a2', ip: 'not-an-ip', system: 'You are a tutor.', turn: 3, input_tokens: 2 ** 40, prompt: 'thanks!' }),
];
const second = [interaction({ id: 'r4', account_id: 'a2', model: 'frontier-5' }), interaction({ id: 'r5' })];

test('observations survive packing exactly: network facts and (when sent as text) text signals completed on arrival', () => {
  const expected = new Observer(network);
  const worker = new Observer(DEFERRED_NETWORK);
  for (const shareText of [false, true]) {
    const encoder = new ObservationEncoder();
    const decoder = new ObservationDecoder(network, new TextSignalCache());
    const pack = (batch: Interaction[]) =>
      shareText
        ? encoder.encode(batch.map((i) => worker.observeWithoutText(i)), { prompts: batch.map((i) => i.prompt), systems: batch.map((i) => i.system) })
        : encoder.encode(batch.map((i) => worker.observe(i)));
    const packedFirst = pack(first);
    const packedSecond = pack(second);
    // Strings repeated across requests are sent once: only the new model in the second batch.
    assert.deepEqual(packedSecond.newStrings, ['frontier-5']);
    const got = [...decoder.decode(packedFirst), ...decoder.decode(packedSecond)];
    const want = [...first, ...second].map((i) => expected.observe(i));
    assert.deepEqual(got, want);
    // Same keys in the same order as Observer.observe builds them (one object shape for the engine).
    assert.deepEqual(Object.keys(got[0]!), Object.keys(want[0]!));
  }
  assert.ok(new Observer(network).observe(first[0]!).intent > 0.35, 'the wrapper reads as extraction, so text signals are not trivially 0');
});
