/** parseClient: families on real UA lists (crawler and library fixtures) and the conservative TLS mismatch. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseClient, parseJa4, requiredLiteral } from './client.js';

const dataDir = new URL('../../../data/network/', import.meta.url);
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';
const BROWSER_JA4 = 't13d1516h2_8daaf6152771_02713d6af862';
const LIBRARY_JA4 = 't13d4907h1_0d8feac7bc37_7395dae3b2f3';

test('SDK user agents are named with vendor and language', () => {
  assert.deepEqual(
    [parseClient('OpenAI/Python 1.35.3', null).name, parseClient('OpenAI/Python 1.35.3', null).version, parseClient('OpenAI/Python 1.35.3', null).family],
    ['openai-python', '1.35.3', 'sdk'],
  );
  assert.equal(parseClient('AsyncOpenAI/Python 1.40.0', null).name, 'openai-python-async');
  assert.equal(parseClient('Anthropic/Python 0.34.2', null).name, 'anthropic-python');
  assert.equal(parseClient('Anthropic/JS 0.27.0', null).family, 'sdk');
  assert.equal(parseClient('openai-node/4.1.0', null).name, 'openai-node');
  assert.equal(parseClient('anthropic-typescript/0.20.1', null).name, 'anthropic-typescript');
});

test('agents, CLIs, libraries, browsers, unknown', () => {
  assert.equal(parseClient('claude-cli/1.0.3 (external, cli)', null).family, 'agent');
  assert.equal(parseClient('curl/8.4.0', null).family, 'cli');
  assert.equal(parseClient('python-requests/2.31.0', null).family, 'http-library');
  assert.equal(parseClient('python-requests/2.31.0', null).version, '2.31.0');
  const c = parseClient(CHROME, null);
  assert.deepEqual([c.family, c.name, c.os], ['browser', 'Chrome', 'Windows']);
  assert.equal(parseClient(FIREFOX, null).name, 'Firefox');
  assert.equal(parseClient(null, null).family, 'unknown');
  assert.equal(parseClient('', null).family, 'unknown');
  assert.equal(parseClient('my-internal-tool', null).family, 'unknown');
});

test('crawler examples from crawler-user-agents.json are bots or named tools, never browsers', () => {
  const list = JSON.parse(readFileSync(fileURLToPath(new URL('crawler-user-agents.json', dataDir)), 'utf8')) as Array<{ instances: string[] }>;
  let total = 0;
  let bots = 0;
  for (const e of list) for (const ua of e.instances) {
    total++;
    const f = parseClient(ua, null).family;
    assert.notEqual(f, 'browser', ua);
    assert.notEqual(f, 'sdk', ua);
    if (f === 'bot') bots++;
  }
  assert.ok(bots / total > 0.9, `bots ${bots}/${total}`);
});

test('HTTP library fixtures are mostly http-library or cli', () => {
  const lines = readFileSync(fileURLToPath(new URL('http-library-user-agents.txt', dataDir)), 'utf8').split('\n').filter(Boolean);
  const hit = lines.filter((l) => ['http-library', 'cli'].includes(parseClient(l, null).family)).length;
  assert.ok(hit / lines.length > 0.85, `${hit}/${lines.length}`);
});

test('TLS stack and conservative UA/TLS mismatch', () => {
  const ok = parseClient(CHROME, BROWSER_JA4);
  assert.equal(ok.tlsStack, 't13d1516h2_8daaf6152771');
  assert.equal(ok.uaTlsMismatch, false);
  assert.equal(parseClient(CHROME, LIBRARY_JA4).uaTlsMismatch, true, 'h1 ALPN + 49 ciphers under a Chrome UA');
  assert.equal(parseClient(CHROME, 't13d1516h1_8daaf6152771_02713d6af862').uaTlsMismatch, true, 'no h2 first');
  assert.equal(parseClient('python-requests/2.31.0', LIBRARY_JA4).uaTlsMismatch, false, 'only browser claims are checked');
  assert.equal(parseClient(CHROME, 'not-a-ja4').uaTlsMismatch, false);
  assert.equal(parseClient(CHROME, 'not-a-ja4').tlsStack, null);
  assert.equal(parseJa4('q13d0310h3_55b375c5d22e_cd85d2d88918')?.protocol, 'q');
});

test('a browser UA over a TLS library with too few extensions for any browser is a mismatch', () => {
  // Go-, Node- and Python-style hellos (11–12 extensions, h2 offered) under a browser UA.
  assert.equal(parseClient(CHROME, 't13d1311h2_f57a46bbacb6_e7c285222651').uaTlsMismatch, true);
  assert.equal(parseClient(CHROME, 't13d1812h2_85036bcba153_375ca2c5e164').uaTlsMismatch, true);
  // Real browsers over TCP send 14+ (Safari 14, Firefox 15, Chrome 16); QUIC hellos carry fewer and are not judged.
  assert.equal(parseClient(CHROME, 't13d2014h2_a09f3c656075_14788d8d241b').uaTlsMismatch, false);
  assert.equal(parseClient(CHROME, 't13d1715h2_5b57614c22b0_5c2c66f702b0').uaTlsMismatch, false);
  assert.equal(parseClient(CHROME, 'q13d0310h3_55b375c5d22e_cd85d2d88918').uaTlsMismatch, false);
  assert.equal(parseClient('Go-http-client/2.0', 't13d1311h2_f57a46bbacb6_e7c285222651').uaTlsMismatch, false, 'an honest library UA');
});

test('requiredLiteral is implied by every example of its pattern', () => {
  const list = JSON.parse(readFileSync(fileURLToPath(new URL('crawler-user-agents.json', dataDir)), 'utf8')) as Array<{ pattern: string; instances: string[] }>;
  for (const e of list) {
    const lit = requiredLiteral(e.pattern);
    if (lit === null) continue;
    const re = new RegExp(e.pattern);
    for (const ua of e.instances) if (re.test(ua)) assert.ok(ua.toLowerCase().includes(lit), `${e.pattern} → ${lit} in ${ua}`);
  }
});
