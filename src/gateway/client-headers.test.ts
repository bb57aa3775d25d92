import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { bearer, clientHeaders, clientIp, replayFacts, upstreamHeaders } from './client-headers.js';

test('the upstream never sees the client credential, hop-by-hop or replay headers, and gets the gateway credential', () => {
  const h = {
    authorization: 'Bearer sk-client', 'x-api-key': 'sk-client', connection: 'keep-alive', 'accept-encoding': 'gzip',
    'x-distillguard-replay-ts': '2026-06-01T00:00:00Z', 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-custom': ['a', 'b'],
  };
  assert.deepEqual(upstreamHeaders(h, 'anthropic', 'sk-up'), { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-custom': 'a, b', 'x-api-key': 'sk-up' });
  assert.deepEqual(upstreamHeaders(h, 'openai', 'sk-up'), { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-custom': 'a, b', authorization: 'Bearer sk-up' });
  assert.deepEqual(upstreamHeaders(h, 'openai', undefined), { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-custom': 'a, b' });
});

test("the client gets the upstream's headers without its rate-limit, encoding and hop-by-hop headers", () => {
  const out = clientHeaders({
    'content-type': 'text/event-stream', 'content-encoding': 'gzip', 'transfer-encoding': 'chunked', 'x-ratelimit-remaining-requests': '10',
    'anthropic-ratelimit-requests-remaining': '5', 'x-request-id': 'up-1', 'set-cookie': ['a=1', 'b=2'], missing: undefined,
  });
  assert.deepEqual(out, { 'content-type': 'text/event-stream', 'x-request-id': 'up-1', 'set-cookie': ['a=1', 'b=2'] });
});

test('bearer tokens, replay facts and the client address are read strictly', () => {
  assert.equal(bearer({ authorization: 'Bearer  tok ' }), 'tok');
  assert.equal(bearer({ authorization: 'Basic dTpw' }), null);
  assert.equal(bearer({ authorization: 'Bearer ' }), null);
  assert.deepEqual(replayFacts({ 'x-distillguard-replay-ts': 'not a date', 'x-distillguard-replay-ip': '', 'x-distillguard-replay-ja4': 't13d' }), { tsMs: null, ip: null, ja4: 't13d' });
  assert.equal(replayFacts({ 'x-distillguard-replay-ts': '2026-06-01T00:00:00Z' }).tsMs, Date.UTC(2026, 5, 1));
  const req = (xff: string | undefined, remote: string) => ({ headers: xff === undefined ? {} : { 'x-forwarded-for': xff }, socket: { remoteAddress: remote } }) as unknown as IncomingMessage;
  assert.equal(clientIp(req('203.0.113.9, 10.0.0.1', '::ffff:10.0.0.2'), true), '203.0.113.9');
  assert.equal(clientIp(req('203.0.113.9', '::ffff:10.0.0.2'), false), '10.0.0.2');
  assert.equal(clientIp(req(undefined, '2001:db8::1'), true), '2001:db8::1');
});
