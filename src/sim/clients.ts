/**
 * Client software: each profile has realistic User-Agent strings (several versions) and the JA4 fingerprint of the
 * TLS stack it really uses. All clients on one stack share that stack's JA4 (every httpx-based SDK looks the same
 * at the TLS layer), so UA and JA4 agree for honest clients and disagree when a UA is spoofed.
 */
import type { Rng } from './rng.js';

/** JA4 per TLS stack (format: t13d<ciphers><exts><alpn>_<cipher hash>_<ext hash>). */
export const JA4 = {
  chrome: 't13d1516h2_8daaf6152771_02713d6af862',
  firefox: 't13d1715h2_5b57614c22b0_5c2c66f702b0',
  safari: 't13d2014h2_a09f3c656075_14788d8d241b',
  pythonHttpx: 't13d1812h2_85036bcba153_375ca2c5e164',
  pythonRequests: 't13d1811h1_85036bcba153_1f4fd2c3e5b6',
  aiohttp: 't13d1812h1_85036bcba153_3b5074b1b5d0',
  node: 't13d1711h2_5b57614c22b0_8e6e362c5eac',
  go: 't13d1311h2_f57a46bbacb6_e7c285222651',
  curl: 't13d3112h2_e8f1e7e78f70_6bebaf5329ac',
  rustls: 't13d0910h2_61a7ad8aa9b6_3fcd1a44f3e3',
  dart: 't13d1110h2_2b729b4bf6f3_d48a1a8b1a3c',
  okhttp: 't13d1613h2_46e7e9700bed_eca864cca44a',
  /** iOS URLSession (apps embedding an SDK on iPhone). */
  cfnetwork: 't13d2014h2_a09f3c656075_e42f34c56612',
  /** Windows' own TLS stack, used by the curl.exe shipped with Windows. */
  schannel: 't12d2410h2_4b22cbed5bed_2dae41c691ec',
  /** TLS-intercepting corporate proxies re-terminate the connection with their own stack. */
  zscaler: 't13d1911h2_9dc949149365_e7c285222651',
  paloalto: 't13d2411h1_d83cc789557e_7af1ed941c26',
  netskope: 't13d1712h2_5b57614c22b0_06a4338d0495',
  bluecoat: 't12d2609h1_3e7cbbd8a0a2_c3b4f7b64c5a',
} as const;
export type TlsStack = keyof typeof JA4;

export type ClientName =
  | 'anthropic-python' | 'anthropic-js' | 'openai-python' | 'openai-js' | 'langchain' | 'curl' | 'httpx' | 'requests'
  | 'aiohttp' | 'go-http' | 'chrome' | 'firefox' | 'safari' | 'ide-agent-node' | 'ide-agent-rust' | 'mobile-dart' | 'okhttp';

export interface ClientProfile {
  name: ClientName;
  stack: TlsStack;
  /** UA strings, newest first; accounts pick one (newer versions more often). */
  uas: string[];
  /** Probability of the Anthropic-style endpoint (else the OpenAI-compatible one). */
  messagesShare: number;
  streamShare: number;
  /** A browser (playground) or app rather than a script. */
  interactive: boolean;
}

const v = (prefix: string, versions: string[], suffix = ''): string[] => versions.map((x) => `${prefix}${x}${suffix}`);

export const CLIENTS: Record<ClientName, ClientProfile> = {
  'anthropic-python': { name: 'anthropic-python', stack: 'pythonHttpx', uas: v('Anthropic/Python ', ['0.54.0', '0.52.2', '0.51.0', '0.49.0', '0.45.2', '0.40.0']), messagesShare: 1, streamShare: 0.35, interactive: false },
  'anthropic-js': { name: 'anthropic-js', stack: 'node', uas: v('Anthropic/JS ', ['0.53.0', '0.52.0', '0.50.4', '0.39.0']), messagesShare: 1, streamShare: 0.6, interactive: false },
  'openai-python': { name: 'openai-python', stack: 'pythonHttpx', uas: v('OpenAI/Python ', ['1.86.0', '1.82.1', '1.78.0', '1.68.2', '1.54.4']), messagesShare: 0, streamShare: 0.3, interactive: false },
  'openai-js': { name: 'openai-js', stack: 'node', uas: v('OpenAI/JS ', ['5.3.0', '5.1.1', '4.104.0', '4.77.0']), messagesShare: 0, streamShare: 0.55, interactive: false },
  langchain: { name: 'langchain', stack: 'pythonHttpx', uas: v('langchain-anthropic/', ['0.3.15', '0.3.12', '0.3.10'], ' Anthropic/Python 0.52.2'), messagesShare: 1, streamShare: 0.4, interactive: false },
  curl: { name: 'curl', stack: 'curl', uas: v('curl/', ['8.13.0', '8.7.1', '8.5.0', '7.81.0', '7.88.1']), messagesShare: 0.6, streamShare: 0.05, interactive: false },
  httpx: { name: 'httpx', stack: 'pythonHttpx', uas: v('python-httpx/', ['0.28.1', '0.27.2', '0.27.0']), messagesShare: 0.5, streamShare: 0.1, interactive: false },
  requests: { name: 'requests', stack: 'pythonRequests', uas: v('python-requests/', ['2.32.3', '2.32.4', '2.31.0', '2.28.2']), messagesShare: 0.5, streamShare: 0.05, interactive: false },
  aiohttp: { name: 'aiohttp', stack: 'aiohttp', uas: ['Python/3.12 aiohttp/3.11.18', 'Python/3.11 aiohttp/3.9.5', 'Python/3.10 aiohttp/3.8.6'], messagesShare: 0.5, streamShare: 0.2, interactive: false },
  'go-http': { name: 'go-http', stack: 'go', uas: ['Go-http-client/2.0', 'Go-http-client/2.0', 'Go-http-client/1.1'], messagesShare: 0.5, streamShare: 0.1, interactive: false },
  chrome: {
    name: 'chrome', stack: 'chrome', messagesShare: 1, streamShare: 0.95, interactive: true,
    uas: [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36 Edg/135.0.0.0',
    ],
  },
  firefox: {
    name: 'firefox', stack: 'firefox', messagesShare: 1, streamShare: 0.95, interactive: true,
    uas: [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:139.0) Gecko/20100101 Firefox/139.0',
      'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:138.0) Gecko/20100101 Firefox/138.0',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:139.0) Gecko/20100101 Firefox/139.0',
    ],
  },
  safari: {
    name: 'safari', stack: 'safari', messagesShare: 1, streamShare: 0.95, interactive: true,
    uas: [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Mobile/15E148 Safari/604.1',
    ],
  },
  'ide-agent-node': { name: 'ide-agent-node', stack: 'node', uas: ['Cursor/0.50.7 (darwin arm64)', 'Cline/3.17.9 VSCode/1.100.2', 'Continue/1.0.12 VSCode/1.100.2', 'claude-cli/1.0.17 (external, cli)', 'Windsurf/1.9.4 (win32 x64)'], messagesShare: 0.8, streamShare: 0.98, interactive: false },
  'ide-agent-rust': { name: 'ide-agent-rust', stack: 'rustls', uas: ['Zed/0.190.5 (macos; aarch64)', 'Zed/0.189.3 (linux; x86_64)', 'codex-cli/0.1.2505 (rust)'], messagesShare: 0.5, streamShare: 0.98, interactive: false },
  'mobile-dart': { name: 'mobile-dart', stack: 'dart', uas: ['Dart/3.7 (dart:io)', 'Dart/3.5 (dart:io)'], messagesShare: 0.5, streamShare: 0.9, interactive: true },
  okhttp: { name: 'okhttp', stack: 'okhttp', uas: ['okhttp/4.12.0', 'okhttp/4.11.0', 'okhttp/5.0.0-alpha.14'], messagesShare: 0.5, streamShare: 0.8, interactive: true },
};

/** One concrete client identity: pre-serialised UA and JA4 JSON values. */
export interface ClientIdentity {
  name: ClientName;
  stack: TlsStack;
  uaJ: string;
  ja4J: string;
  messagesShare: number;
  streamShare: number;
}

export function identity(name: ClientName, rng: Rng): ClientIdentity {
  const p = CLIENTS[name];
  // Newer versions are more common: bias towards the head of the list.
  const i = Math.min(p.uas.length - 1, Math.floor(rng.next() * rng.next() * p.uas.length * 1.6));
  return { name, stack: p.stack, uaJ: JSON.stringify(p.uas[i]!), ja4J: JSON.stringify(JA4[p.stack]), messagesShare: p.messagesShare, streamShare: p.streamShare };
}

/** A spoofed identity: the UA of a random popular client, the JA4 of the stack really in use. */
export function spoofed(realStack: TlsStack, rng: Rng, realName: ClientName): ClientIdentity {
  const names: ClientName[] = ['chrome', 'chrome', 'chrome', 'firefox', 'safari', 'anthropic-python', 'openai-python', 'anthropic-js', 'openai-js', 'curl'];
  const fake = CLIENTS[rng.pick(names)];
  const ua = rng.pick(fake.uas);
  return { name: realName, stack: realStack, uaJ: JSON.stringify(ua), ja4J: JSON.stringify(JA4[realStack]), messagesShare: fake.messagesShare, streamShare: fake.streamShare };
}

/** Cumulative-weight helper for choosing a client mix. */
export function pickClient(rng: Rng, mix: readonly [ClientName, number][]): ClientName {
  let total = 0;
  for (const [, w] of mix) total += w;
  let x = rng.next() * total;
  for (const [n, w] of mix) {
    x -= w;
    if (x < 0) return n;
  }
  return mix[mix.length - 1]![0];
}

/** Share of organic accounts, per situation, whose User-Agent and JA4 disagree for innocent reasons. */
export interface ClientQuirks {
  /** Of accounts with a company e-mail domain: behind a TLS-intercepting proxy (their UA, the proxy's JA4). */
  corporateProxy: number;
  /** Of curl users: on Windows, where curl.exe speaks Schannel. */
  curlWindows: number;
  /** Of mobile-app users: the app wraps a JavaScript SDK, whose UA rides on the phone's TLS stack. */
  mobileSdkWrapper: number;
}

export const DEFAULT_QUIRKS: ClientQuirks = { corporateProxy: 0.3, curlWindows: 0.35, mobileSdkWrapper: 0.25 };
const PROXIES = ['zscaler', 'zscaler', 'paloalto', 'netskope', 'bluecoat'] as const;

/** The identity as seen through a company's intercepting proxy: same UA, the proxy's JA4 (one proxy per company). */
export function behindProxy(c: ClientIdentity, companyHash: number): ClientIdentity {
  const stack = PROXIES[companyHash % PROXIES.length]!;
  return { ...c, ja4J: JSON.stringify(JA4[stack]) };
}

/** curl.exe on Windows: a curl UA over Schannel. */
export function curlOnWindows(c: ClientIdentity, rng: Rng): ClientIdentity {
  return { ...c, uaJ: JSON.stringify(rng.pick(['curl/8.9.1', 'curl/8.7.1', 'curl/8.4.0', 'curl/7.83.1'])), ja4J: JSON.stringify(JA4.schannel) };
}

/** A mobile app that embeds a JavaScript SDK (React Native): the SDK's UA over the phone's own stack. */
export function mobileSdkWrapper(c: ClientIdentity, rng: Rng): ClientIdentity {
  const sdk = CLIENTS[rng.pick(['openai-js', 'anthropic-js'] as const)];
  const stack = rng.chance(0.5) ? 'okhttp' : 'cfnetwork';
  return { ...c, uaJ: JSON.stringify(rng.pick(sdk.uas)), ja4J: JSON.stringify(JA4[stack]) };
}
