/**
 * Client fingerprinting from the User-Agent header and the JA4 TLS fingerprint.
 *
 * Family is decided in a fixed order, first match wins, so the result is explainable:
 *   1. `sdk`          — official model-provider SDKs (`OpenAI/Python 1.x`, `AsyncOpenAI/Python`, `Anthropic/JS`,
 *                       `openai-node/…`, `anthropic-typescript/…`).
 *   2. `agent`        — coding agents and agent frameworks (claude-cli, aider, Cline, LangChain, LiteLLM, …).
 *   3. `cli`          — command-line HTTP tools (curl, Wget, HTTPie, PowerShell).
 *   4. `http-library` — generic HTTP client libraries: product tokens harvested from data/network/
 *                       http-library-user-agents.txt (device-detector fixtures) plus a short modern list.
 *   5. `bot`          — crawler patterns from data/network/crawler-user-agents.json (checked after 1–4 because
 *                       that list also contains python-requests, curl, axios… which we want named precisely).
 *   6. `browser`      — a `Mozilla/…` UA naming a browser (user-agent-rules.ts).
 *   7. `unknown`      — anything else (name = first product token when there is one).
 *
 * `tlsStack` is the JA4 without its extension hash (`ja4_a` + `_` + `ja4_b`, e.g. `t13d1516h2_8daaf6152771`):
 * protocol, TLS version, SNI, cipher/extension counts, ALPN and the cipher-suite hash. That identifies the TLS
 * library and its configuration while staying stable across minor client versions.
 *
 * `uaTlsMismatch` is deliberately conservative: it is set only when the UA claims a browser AND the JA4 is
 * well-formed AND the ClientHello has a property no current desktop/mobile browser produces:
 *   - TCP TLS without `h2` as first ALPN value (Chrome, Firefox, Safari and Edge all offer h2 first), or
 *   - TLS version below 1.2, or
 *   - more than 32 cipher suites (OpenSSL-default-style lists; browsers send 15–20), or
 *   - fewer than 8 extensions, or fewer than 13 over TCP (browsers send 14–18; Go's, Node's and Python's TLS
 *     stacks 11–12).
 * A library with a copied browser UA trips this; a real browser behind a TLS-terminating corporate proxy can
 * too (the proxy's ClientHello is what the edge sees), so it is a feature, never a verdict on its own.
 *
 * Evasion: an attacker can set any UA, and TLS-impersonation libraries (curl-impersonate, utls) reproduce a
 * browser ClientHello; then the pair looks consistent. What remains useful is the *diversity* pattern across
 * accounts (thousands of accounts, one tlsStack) which the campaign step measures.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { browserOf, osOf } from './user-agent-rules.js';

export type ClientFamily = 'sdk' | 'http-library' | 'browser' | 'cli' | 'agent' | 'bot' | 'unknown';

export interface ClientInfo {
  readonly family: ClientFamily;
  readonly name: string | null;
  readonly version: string | null;
  readonly os: string | null;
  /** JA4 minus the extension hash (`ja4_a_ja4_b`), or null when no well-formed JA4 was given. */
  readonly tlsStack: string | null;
  /** UA claims a browser but the TLS ClientHello cannot be a browser's (see module comment). */
  readonly uaTlsMismatch: boolean;
}

const DATA_DIR = new URL('../../../data/network/', import.meta.url);

// ---- SDK / agent / CLI patterns (compiled once) --------------------------------------------------------

/** `OpenAI/Python 1.35.3`, `AsyncOpenAI/Python 1.2`, `Anthropic/JS 0.27.0`. */
const SDK_VENDOR_LANG = /^(Async)?(OpenAI|Anthropic|AsyncAnthropic)\/(Python|JS|Node|TypeScript|Go|Java|Kotlin|Ruby|\.NET|PHP|Rust)\s*v?([0-9][\w.+-]*)?/i;
/** `openai-node/4.1.0`, `anthropic-typescript/0.20.0`, `openai-python/1.0`, `anthropic-sdk-go/1.2`. */
const SDK_SLUG = /\b((?:openai|anthropic)(?:-sdk)?-(?:node|python|typescript|ts|go|java|kotlin|ruby|dotnet|php|rust))\/v?([0-9][\w.+-]*)/i;

const AGENTS: ReadonlyArray<[RegExp, string]> = [
  [/\bclaude-(?:cli|code)\/([\w.+-]+)/i, 'claude-code'],
  [/\baider\/?v?([\w.+-]*)/i, 'aider'],
  [/\bcline\/?v?([\w.+-]*)/i, 'cline'],
  [/\broo-?code\/?v?([\w.+-]*)/i, 'roo-code'],
  [/\bcursor\/([\w.+-]+)/i, 'cursor'],
  [/\bcodex(?:_cli_rs|-cli)?\/([\w.+-]+)/i, 'codex'],
  [/\bgemini-cli\/([\w.+-]+)/i, 'gemini-cli'],
  [/\bopenhands\/?v?([\w.+-]*)/i, 'openhands'],
  [/\bopencode\/([\w.+-]+)/i, 'opencode'],
  [/\bgoose\/([\w.+-]+)/i, 'goose'],
  [/\blangchain(?:[-_]\w+)?\/?v?([\w.+-]*)/i, 'langchain'],
  [/\bllama[-_]?index\/?v?([\w.+-]*)/i, 'llama-index'],
  [/\blitellm\/?v?([\w.+-]*)/i, 'litellm'],
  [/\bcrewai\/?v?([\w.+-]*)/i, 'crewai'],
  [/\bautogen\/?v?([\w.+-]*)/i, 'autogen'],
  [/\bcontinue\/([\w.+-]+)/i, 'continue'],
];

const CLIS: ReadonlyArray<[RegExp, string]> = [
  [/^curl\/([\w.+-]+)/i, 'curl'],
  [/^wget\/([\w.+-]+)/i, 'wget'],
  [/^httpie\/([\w.+-]+)/i, 'httpie'],
  [/^xh\/([\w.+-]+)/i, 'xh'],
  [/\bWindowsPowerShell\/([\w.+-]+)/i, 'powershell'],
  [/^aria2\/([\w.+-]+)/i, 'aria2'],
  [/^llm\/([\w.+-]+)/i, 'llm'],
];

/** Modern HTTP libraries missing from the (older) device-detector fixtures. Lowercase product tokens. */
const EXTRA_LIBRARIES = [
  'axios', 'node-fetch', 'undici', 'got', 'superagent', 'okhttp', 'go-http-client', 'aiohttp', 'httpx', 'python-httpx',
  'python-requests', 'python-urllib3', 'python-urllib', 'requests', 'reqwest', 'dart', 'apache-httpclient', 'java',
  'restsharp', 'faraday', 'ruby', 'node', 'deno', 'bun', 'libcurl', 'pycurl', 'guzzlehttp', 'guzzle', 'ky', 'ofetch',
  'java-http-client', 'hyper', 'ureq', 'isahc', 'typhoeus', 'httpclient', 'cpp-httplib', 'fasthttp', 'resty',
];

/** Product tokens that appear in library fixtures but are not libraries themselves. */
const NOT_LIBRARY = new Set(['mozilla', 'localhost.localdomain', 'curl', 'wget', 'aria2']);

// ---- data-driven tables (loaded lazily once) -----------------------------------------------------------

interface BotPattern { re: RegExp; literal: string }
interface Tables {
  libraries: Set<string>;
  /** Bot patterns indexed by the first three characters of their required lowercase literal. */
  botsByTrigram: Map<string, BotPattern[]>;
  /** Patterns without an extractable literal: always tested. */
  botsAlways: RegExp[];
}

let tables: Tables | null = null;

function productToken(s: string): string {
  let end = 0;
  while (end < s.length) {
    const c = s.charCodeAt(end);
    if (c === 47 || c === 32 || c === 59 || c === 40 || c === 41 || c === 44) break;
    end++;
  }
  return s.slice(0, end);
}

/**
 * Longest literal run a pattern requires (lowercased), or null when the pattern has an alternation or no run
 * of at least 3 characters. A UA can only match the pattern if it contains the literal, which lets us test
 * ~1,500 crawler patterns with a few map probes instead of 1,500 regex executions.
 */
export function requiredLiteral(pattern: string): string | null {
  if (/(^|[^\\])\|/.test(pattern)) return null;
  let best = '';
  let cur = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const n = pattern[i + 1] ?? '';
      i++;
      if ('/.-()+:;_ '.includes(n) && n !== '') { cur += n; continue; }
      if (cur.length > best.length) best = cur;
      cur = '';
      continue;
    }
    if (/[A-Za-z0-9 _\-/:;,=]/.test(c)) { cur += c; continue; }
    // A quantifier makes the previous character optional or repeated: drop it from the run.
    if (c === '?' || c === '*' || c === '{') cur = cur.slice(0, -1);
    if (cur.length > best.length) best = cur;
    cur = '';
    if (c === '[') while (i < pattern.length && pattern[i] !== ']') i++;
  }
  if (cur.length > best.length) best = cur;
  return best.length >= 3 ? best.toLowerCase() : null;
}

function loadTables(): Tables {
  const libraries = new Set<string>(EXTRA_LIBRARIES);
  const libText = readFileSync(fileURLToPath(new URL('http-library-user-agents.txt', DATA_DIR)), 'utf8');
  for (const line of libText.split('\n')) {
    const tok = productToken(line.trim()).toLowerCase();
    if (tok.length >= 3 && !NOT_LIBRARY.has(tok)) libraries.add(tok);
  }
  const crawlers = JSON.parse(readFileSync(fileURLToPath(new URL('crawler-user-agents.json', DATA_DIR)), 'utf8')) as Array<{ pattern: string }>;
  const botsByTrigram = new Map<string, BotPattern[]>();
  const botsAlways: RegExp[] = [];
  for (const { pattern } of crawlers) {
    let re: RegExp;
    try {
      re = new RegExp(pattern);
    } catch {
      continue;
    }
    const literal = requiredLiteral(pattern);
    if (literal === null) { botsAlways.push(re); continue; }
    const key = literal.slice(0, 3);
    let list = botsByTrigram.get(key);
    if (!list) botsByTrigram.set(key, (list = []));
    list.push({ re, literal });
  }
  return { libraries, botsByTrigram, botsAlways };
}

function getTables(): Tables {
  return (tables ??= loadTables());
}

/** Returns the crawler pattern source matching `ua`, or null. */
export function matchBot(ua: string): string | null {
  const t = getTables();
  const lower = ua.toLowerCase();
  for (let i = 0; i + 3 <= lower.length; i++) {
    const list = t.botsByTrigram.get(lower.slice(i, i + 3));
    if (list === undefined) continue;
    for (const p of list) if (lower.startsWith(p.literal, i) && p.re.test(ua)) return p.re.source;
  }
  for (const re of t.botsAlways) if (re.test(ua)) return re.source;
  return null;
}

// ---- JA4 ------------------------------------------------------------------------------------------------

/** JA4: `t13d1516h2_8daaf6152771_e5627efa2ab1` (ALPN chars may be any alphanumeric; '00' = none). */
const JA4_RE = /^([tqd])(\d\d|s[23]|00)([di])(\d\d)(\d\d)([0-9a-zA-Z]{2})_([0-9a-f]{12})_([0-9a-f]{12})$/;

interface Ja4Parts { protocol: string; version: string; ciphers: number; extensions: number; alpn: string; stack: string }

export function parseJa4(ja4: string): Ja4Parts | null {
  const m = JA4_RE.exec(ja4);
  if (!m) return null;
  return {
    protocol: m[1]!,
    version: m[2]!,
    ciphers: Number(m[4]),
    extensions: Number(m[5]),
    alpn: m[6]!,
    stack: ja4.slice(0, 23),
  };
}

/** True when a ClientHello cannot come from a current browser (rules in the module comment). */
export function ja4NotBrowserLike(p: Ja4Parts): boolean {
  if (p.protocol === 't' && p.alpn !== 'h2') return true;
  if (p.version !== '12' && p.version !== '13') return true;
  if (p.ciphers > 32) return true;
  if (p.extensions < 8) return true;
  // Over TCP every current browser sends 14 or more extensions (Safari 14, Firefox 15-17, Chrome and Edge 16); the
  // TLS stacks of HTTP libraries send 8-13 (Go, Node, Python). QUIC hellos carry fewer and are not judged by this.
  if (p.protocol === 't' && p.extensions < 13) return true;
  return false;
}

// ---- UA classification ----------------------------------------------------------------------------------

interface UaInfo { family: ClientFamily; name: string | null; version: string | null; os: string | null }

function nonEmpty(s: string | undefined): string | null {
  return s === undefined || s === '' ? null : s;
}

export function classifyUserAgent(ua: string): UaInfo {
  const trimmed = ua.trim();
  if (trimmed === '') return { family: 'unknown', name: null, version: null, os: null };
  let m = SDK_VENDOR_LANG.exec(trimmed);
  if (m) {
    const vendor = m[2]!.toLowerCase().replace(/^async/, '');
    return { family: 'sdk', name: `${vendor}-${m[3]!.toLowerCase()}${m[1] ? '-async' : ''}`, version: nonEmpty(m[4]), os: osOf(trimmed) };
  }
  m = SDK_SLUG.exec(trimmed);
  if (m) return { family: 'sdk', name: m[1]!.toLowerCase(), version: nonEmpty(m[2]), os: osOf(trimmed) };
  for (const [re, name] of AGENTS) {
    const a = re.exec(trimmed);
    if (a) return { family: 'agent', name, version: nonEmpty(a[1]), os: osOf(trimmed) };
  }
  for (const [re, name] of CLIS) {
    const c = re.exec(trimmed);
    if (c) return { family: 'cli', name, version: nonEmpty(c[1]), os: osOf(trimmed) };
  }
  const t = getTables();
  // Any product token (`name/version`) naming a known library, e.g. `Guzzle/3.9 curl/7.38 PHP/5.6`.
  const isMozilla = trimmed.startsWith('Mozilla/');
  if (!isMozilla) {
    for (const part of trimmed.split(' ')) {
      const tok = productToken(part);
      if (tok.length >= 3 && t.libraries.has(tok.toLowerCase())) {
        const slash = part.indexOf('/');
        return { family: 'http-library', name: tok.toLowerCase(), version: slash > 0 ? nonEmpty(productToken(part.slice(slash + 1))) : null, os: osOf(trimmed) };
      }
    }
  }
  const bot = matchBot(trimmed);
  if (bot !== null) {
    const tok = productToken(trimmed);
    const name = isMozilla ? bot.replace(/\\/g, '').replace(/[^\w .-].*$/, '') : tok;
    return { family: 'bot', name: nonEmpty(name), version: null, os: null };
  }
  const browser = isMozilla ? browserOf(trimmed) : null;
  const os = osOf(trimmed);
  if (browser) return { family: 'browser', name: browser.name, version: nonEmpty(browser.version ?? undefined), os };
  const tok = productToken(trimmed);
  const slash = trimmed.indexOf('/');
  return {
    family: 'unknown',
    name: nonEmpty(tok),
    version: slash === tok.length ? nonEmpty(productToken(trimmed.slice(slash + 1))) : null,
    os,
  };
}

// ---- public entry point with a bounded cache ------------------------------------------------------------

const CACHE_GENERATION = 1 << 14;
let cacheNew = new Map<string, ClientInfo>();
let cacheOld = new Map<string, ClientInfo>();

const UNKNOWN_UA: UaInfo = { family: 'unknown', name: null, version: null, os: null };

function compute(userAgent: string | null, ja4: string | null): ClientInfo {
  const ua = userAgent === null ? UNKNOWN_UA : classifyUserAgent(userAgent);
  const parts = ja4 === null ? null : parseJa4(ja4);
  const mismatch = ua.family === 'browser' && parts !== null && ja4NotBrowserLike(parts);
  return Object.freeze({ family: ua.family, name: ua.name, version: ua.version, os: ua.os, tlsStack: parts?.stack ?? null, uaTlsMismatch: mismatch });
}

/**
 * Classifies a client. Never throws. Results are cached per (UA, JA4) pair in a two-generation map
 * (≤ 2 × 16k entries); returned objects are shared and frozen.
 */
export function parseClient(userAgent: string | null, ja4: string | null): ClientInfo {
  const key = `${userAgent ?? '\u0000'}\u0001${ja4 ?? ''}`;
  let info = cacheNew.get(key);
  if (info !== undefined) return info;
  info = cacheOld.get(key) ?? compute(typeof userAgent === 'string' ? userAgent : null, typeof ja4 === 'string' ? ja4 : null);
  if (cacheNew.size >= CACHE_GENERATION) {
    cacheOld = cacheNew;
    cacheNew = new Map();
  }
  cacheNew.set(key, info);
  return info;
}
