/**
 * Cross-account link index: for each shared artefact (payment instrument, sign-up burst, IP, network prefix, client
 * tuple, prompt frame, new-model pivot) the accounts that share it. Maintained incrementally: an account joins its
 * groups as it acts, and every join is handed to the link graph (graph.ts), which adds a few edges at once — so the
 * cross-account step never rebuilds anything.
 */
import type { Observation } from '../engine/observation.js';
import type { Account } from '../dataset/types.js';
import { KeyIndex, RecentKeyIndex } from '../collections/key-index.js';
import { fingerprint64 as fingerprint } from '../collections/hash-table.js';
import { U32Set } from '../collections/u32-set.js';
import { OrderedU32Set } from '../collections/ordered-u32-set.js';

export type LinkType = 'payment' | 'signup-burst' | 'signup-net' | 'ip' | 'prefix' | 'client' | 'frame' | 'pivot' | 'variant' | 'org' | 'spoof' | 'intel';

/**
 * Base weight of one shared artefact between two accounts. Payment instruments are the hardest to fake at scale;
 * IPs and prefixes are cheap to share by accident (NAT, VPN) and cheap for an attacker to avoid (residential proxies).
 */
export const LINK_WEIGHTS: Record<LinkType, number> = {
  payment: 3,
  'signup-burst': 1.5,
  'signup-net': 1,
  ip: 1,
  prefix: 0.4,
  client: 0.3,
  frame: 1.2,
  pivot: 0.5,
  variant: 0.5,
  org: 0,
  spoof: 1,
  // Accounts matching one imported indicator of another provider's campaign (campaigns/intel.ts).
  intel: 1.5,
};

/**
 * Links that speak of coordination by themselves (find campaign cores). Network links (IP, prefix, client tuple) are
 * shared by accident behind NATs, carrier-grade NAT and VPNs, and by attackers' residential proxies with real users:
 * they only attach accounts to a core when those accounts' own traffic also looks like harvesting.
 */
export const STRONG_LINKS: ReadonlySet<LinkType> = new Set<LinkType>(['payment', 'signup-burst', 'signup-net', 'frame', 'pivot', 'variant', 'spoof', 'intel']);

/** Groups larger than this carry no information about coordination (a popular UA, a mobile carrier NAT). */
export const MAX_GROUP = 5000;
/** A sign-up group needs this many accounts to count as a burst. */
export const MIN_SIGNUP_BURST = 5;

export interface LinkGroup {
  type: LinkType;
  key: string;
  /** Active members in join order (for cheap pseudo-random picks). */
  list: number[];
  /**
   * The same members as a set (account index + 1: the set reserves 0), built once the list is long enough for a scan
   * to cost more than the set. Typed: a scale-1 replay holds millions of group memberships.
   */
  members: U32Set | null;
  /** Set when the group outgrew MAX_GROUP: it takes no more members. */
  saturated: boolean;
  /** Whether joins are linked yet (sign-up groups wait until they are a burst). */
  live: boolean;
  /** Event time (epoch ms) an account last came to the artefact (network groups are forgotten when idle). */
  touched: number;
}

/** An account's registration, as the cross-account steps read it (the engine's are views of RegistrationTable rows). */
export interface AccountInfo {
  readonly index: number;
  readonly createdAt: number;
  readonly orgId: string | null;
  readonly emailDomain: string;
  readonly payment: string | null;
  readonly signupPrefix: string | null;
  readonly verified: boolean;
  readonly tier: string;
  /** Accounts active so far on this account's payment instrument (as of the read; see PaymentGroup). */
  readonly paymentGroup?: Readonly<PaymentGroup>;
  /** The rest of the account's record (RegistrationTable.account rebuilds the record from these fields and the id). */
  readonly signupIp?: string | null;
  readonly country?: string | null;
  /** The record as given, kept only when the fields above do not rebuild it exactly (see RegistrationTable). */
  readonly record?: Account;
}

/**
 * Accounts that have made requests on one payment instrument, and how many of them are verified. Counted at each
 * account's first request, so a replay never counts an account the engine could not yet know.
 */
export interface PaymentGroup {
  accounts: number;
  verified: number;
}

/**
 * Each account's network artefacts at its last request, as 64-bit fingerprints of the strings (two 32-bit hashes,
 * hash-table.ts) in one typed array, LAST_NETWORK words per account: an object with five strings per account cost
 * ≈ 150 bytes, most of them for IPs and prefixes seen by that account alone. A fingerprint stands for its string in
 * one comparison only (is this request's artefact the last one?); two different strings match with probability
 * 2^-64, and the index then skips one join the account had already made with the other string's artefact.
 */
const LAST_IP = 0;
const LAST_PREFIX = 2;
/** The ASN, then the client's fingerprint: the client tuple (`asn|client`) of the last request. */
const LAST_ASN = 4;
const LAST_CLIENT = 5;
const LAST_SPOOF = 7;
/** Client key (`family:name|stack`) of the last request, for the learned client/TLS pairing (clientStacks). */
const LAST_CLIENT_KEY = 9;
/** Bits: which of the above are set, and whether the client key is foreign to its stack (learnClient). */
const LAST_FLAGS = 11;
const LAST_NETWORK = 12;
/** Accounts per page of the last-network table (pages never move: it grows without copying). */
const LAST_PAGE_BITS = 12;
const LAST_PAGE_MASK = (1 << LAST_PAGE_BITS) - 1;
const HAS_IP = 1;
const HAS_PREFIX = 2;
const HAS_CLIENT = 4;
const HAS_SPOOF = 8;
const HAS_CLIENT_KEY = 16;
const FOREIGN = 32;


/**
 * Whether `value` is the artefact at `slot` of an account's last network (its row in the page `last`, set under `bit`);
 * if not, it becomes it (the caller then joins its group).
 */
function isLast(last: Uint32Array, slot: number, bit: number, value: string): boolean {
  const [hi, lo] = fingerprint(value);
  const flags = slot - (slot % LAST_NETWORK) + LAST_FLAGS;
  if ((last[flags]! & bit) !== 0 && last[slot] === hi && last[slot + 1] === lo) return true;
  last[slot] = hi;
  last[slot + 1] = lo;
  last[flags]! |= bit;
  return false;
}

/**
 * Distinct accounts of one declared client (SDK, command-line tool, agent, HTTP library) per TLS stack under it. A
 * client library speaks through one TLS stack (its language's): the stack nearly all of its users show is its home,
 * learned from the traffic, with no table of fingerprints to keep up to date.
 */
interface ClientStacks {
  accounts: number;
  byStack: Map<string, { members: OrderedU32Set; foreign: boolean }>;
}

/**
 * The stack most of a client's accounts use (more than half of them), once it has MIN_HOME_ACCOUNTS of them; null
 * before, and for a client no stack carries most of: a name its users send from whatever runtime they have (a coding
 * agent run on several, a user agent people set by hand) has no stack of its own for another to be foreign to.
 */
function homeOf(c: ClientStacks): string | null {
  let home: string | null = null;
  let n = MIN_HOME_ACCOUNTS - 1;
  for (const [s, p] of c.byStack) if (p.members.size > n) [home, n] = [s, p.members.size];
  return home !== null && 2 * n > c.accounts ? home : null;
}

/** Declared-client families whose TLS stack is learned (browsers have the fixed rule of enrich/client.ts). */
const LEARNED_FAMILIES: ReadonlySet<string> = new Set(['sdk', 'cli', 'agent', 'http-library']);
/** Accounts a client needs on its home stack before other stacks under its name can be judged foreign. */
const MIN_HOME_ACCOUNTS = 20;
/**
 * A stack carrying less than this share of a client's accounts, while another stack is its home, and that is itself
 * the home of another client (Go's net/http under an SDK's name), is foreign to it. Kept low: one language's TLS
 * library ships in several builds (interpreter and OpenSSL versions, platforms), each the home of some other client of
 * that language, and a build used by a tenth or more of a client's accounts is a population of unrelated users, not a
 * disguise (at 0.3, a tuning world's ordinary Python SDK users on their second and third most common builds were all
 * linked into one spoofed toolkit with students and researchers). Evade: be a tenth or more of a client's users on
 * the spoofed stack (only against a little-used client: its accounts' content is then judged with few others), or
 * impersonate the claimed client's TLS stack.
 */
const FOREIGN_SHARE = 0.1;

/**
 * Artefacts of one type remembered with their lone account, per generation (see RecentKeyIndex): at most two
 * generations, ≈ 100 MB, are kept. A scale-1 world shows ≈ 8 million IPs, most to one account only; one seen again by
 * a second account after 2–4 million newer ones (weeks of traffic at that scale) starts over as a loner.
 */
const LONERS_PER_GENERATION = 1 << 21;

/** Members a group holds in its list alone before it builds a set for membership tests. */
const LIST_ONLY = 16;

function isMember(g: LinkGroup, account: number): boolean {
  return g.members ? g.members.has(account + 1) : g.list.includes(account);
}

/**
 * Network artefacts whose groups are forgotten after IDLE_MS without an account coming to them. An address or a /24
 * shared by two accounts weeks apart says little (residential and mobile addresses are reassigned; a proxy pool in
 * use is reused every day), and at scale these groups are most of the index: a scale-1 world shows hundreds of
 * thousands of shared addresses, most shared once. A forgotten artefact starts over as a loner; the edges its group
 * made stay in the graph.
 */
const FORGETTABLE: readonly LinkType[] = ['ip', 'prefix'];
const IDLE_MS = 14 * 24 * 3_600_000;

const isSignup = (type: LinkType): boolean => type === 'signup-burst' || type === 'signup-net';

/** The links an account's sign-up facts make (joined at its first request), in the order they are joined. */
export function registrationLinks(a: AccountInfo): [LinkType, string][] {
  const links: [LinkType, string][] = [];
  if (a.payment) links.push(['payment', a.payment]);
  if (a.orgId) links.push(['org', a.orgId]);
  // Keys joined, not templates (flat strings: a template this long is a tree of pieces, kept per account).
  links.push(['signup-burst', [a.emailDomain, Math.floor(a.createdAt / HOUR)].join('|')]);
  if (a.signupPrefix) links.push(['signup-net', [a.signupPrefix, Math.floor(a.createdAt / DAY)].join('|')]);
  return links;
}

/**
 * Whether a declared client's TLS stack is learned (LinkIndex.learnClient): an SDK, command-line tool, agent or HTTP
 * library naming a stack. Others are never foreign, and need no look-up.
 */
export function isLearnedClient(client: string): boolean {
  const bar = client.lastIndexOf('|');
  const name = client.slice(0, bar);
  return client.slice(bar + 1) !== '-' && LEARNED_FAMILIES.has(name.slice(0, name.indexOf(':')));
}

/** Receives every join of an account to a live group, with the members already there. */
export type JoinListener = (group: LinkGroup, account: number) => void;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export class LinkIndex {
  /** Groups per link type, by artefact key (one map per type: no composite key to build on every request). */
  readonly groups = new Map<LinkType, Map<string, LinkGroup>>();
  /**
   * Per link type, the lone member of every artefact seen by one account only (sign-up groups excepted): most IPs
   * (residential proxies) and many prefixes never see a second account, and a full group each would cost gigabytes
   * at tens of millions of requests. Groups exist only from their second member.
   */
  private readonly loners = new Map<LinkType, RecentKeyIndex>();
  /**
   * Registrations per sign-up group (`type NUL key`, whether or not the accounts are active yet), by fingerprint
   * (KeyIndex): one per account at sign-up for the network-and-day groups, most of them of that account alone.
   */
  private readonly signups = new KeyIndex(1 << 12);
  /**
   * Per sign-up type, the first active member of every sign-up group with one active member so far (as `loners` keeps
   * other artefacts, but never forgotten: a burst is judged on all its registrations). A sign-up group exists from its
   * second active member: most accounts' network-and-day sign-up group holds them alone.
   */
  private readonly signupFirsts = new Map<LinkType, KeyIndex>();
  /** Sign-ups per e-mail domain and the number of distinct hours they came in: the domain's ordinary hourly rate. */
  private readonly domainSignups = new Map<string, { accounts: number; hours: Set<number> }>();
  /**
   * Registration links wait until the account first acts (inactive accounts tie nothing together): its registration,
   * from which they are made then (registrationLinks).
   */
  private readonly pending = new Map<number, AccountInfo>();
  /**
   * Each account's network artefacts at its last request (LAST_NETWORK words per account, by account index). Joining
   * a group a second time changes nothing, and most requests come from the address and client of the one before, so
   * those skip the group lookups altogether.
   */
  private readonly lastNetwork: Uint32Array[] = [];
  /** Per declared client name (`family:name`), its accounts per TLS stack (see ClientStacks). */
  private readonly clientStacks = new Map<string, ClientStacks>();
  /** Event time of the latest observation (joins are stamped with it). */
  private now = Number.NEGATIVE_INFINITY;

  /**
   * Told of each account whose client key is judged foreign after the account sent it (learnClient): an index that
   * does not see the accounts' requests (an artefact shard) passes the news on to the account's own shard.
   */
  onForeign: ((account: number, clientKey: string) => void) | null = null;

  constructor(private readonly onJoin: JoinListener) {}

  add(type: LinkType, key: string, account: number): void {
    let ofType = this.groups.get(type);
    if (!ofType) this.groups.set(type, (ofType = new Map()));
    let g = ofType.get(key);
    if (!g) {
      const signup = isSignup(type);
      let first = -1;
      if (signup) {
        let firsts = this.signupFirsts.get(type);
        if (!firsts) this.signupFirsts.set(type, (firsts = new KeyIndex(1 << 12)));
        first = firsts.get(key);
        if (first === -1) return firsts.set(key, account);
        if (first === account) return;
        firsts.delete(key);
      } else {
        let loners = this.loners.get(type);
        if (!loners) this.loners.set(type, (loners = new RecentKeyIndex(LONERS_PER_GENERATION, 1 << 12)));
        first = loners.get(key);
        if (first === -1) return loners.set(key, account);
        if (first === account) return;
        // The group remembers its first member from now on (and, forgotten, leaves no lone member behind).
        loners.delete(key);
      }
      g = { type, key, list: [], members: null, saturated: false, live: !signup, touched: this.now };
      ofType.set(key, g);
      // A second account: the artefact becomes a group, its first member joining first (nothing to link yet).
      if (first !== -1) g.list.push(first);
    }
    g.touched = this.now;
    if (g.saturated || isMember(g, account)) return;
    g.list.push(account);
    if (g.members) g.members.add(account + 1);
    else if (g.list.length > LIST_ONLY) {
      g.members = new U32Set(2 * g.list.length);
      for (const m of g.list) g.members.add(m + 1);
    }
    if (g.list.length > MAX_GROUP) {
      g.saturated = true;
      return;
    }
    if (!g.live && this.isBurst(g)) {
      g.live = true;
      // Link everyone who joined while the group was not yet a burst, in join order.
      const members = g.list;
      g.list = [];
      for (const m of members) {
        g.list.push(m);
        if (LINK_WEIGHTS[type] > 0) this.onJoin(g, m);
      }
      return;
    }
    if (g.live && LINK_WEIGHTS[type] > 0) this.onJoin(g, account);
  }

  /**
   * A sign-up group is a burst with at least MIN_SIGNUP_BURST registrations, and for an e-mail domain four times the
   * domain's ordinary hourly rate (a busy free-mail provider signs up several people an hour; a script, dozens).
   */
  private isBurst(g: LinkGroup): boolean {
    const registered = Math.max(0, this.signups.get(`${g.type}\u0000${g.key}`));
    if (registered < MIN_SIGNUP_BURST || g.list.length < 2) return false;
    if (g.type !== 'signup-burst') return true;
    const d = this.domainSignups.get(g.key.slice(0, g.key.lastIndexOf('|')));
    if (!d || d.hours.size <= 1) return true;
    // The domain's rate in its other hours (a domain seen only in this burst has no ordinary rate).
    return registered >= 4 * ((d.accounts - registered) / (d.hours.size - 1));
  }

  /** Links known at sign-up: payment instrument, sign-up bursts (same e-mail domain and hour, same network and day). */
  registerAccount(a: AccountInfo): void {
    const links = registrationLinks(a);
    for (const [type, key] of links) this.countRegistration(type, key);
    this.countDomainSignup(a.emailDomain, Math.floor(a.createdAt / HOUR));
    this.pending.set(a.index, a);
  }

  /** Counts one registration into a sign-up group (a burst needs MIN_SIGNUP_BURST of them; other types are not counted). */
  countRegistration(type: LinkType, key: string): void {
    if (!isSignup(type)) return;
    const k = [type, key].join('\u0000');
    this.signups.set(k, Math.max(0, this.signups.get(k)) + 1);
  }

  /** Counts one sign-up on an e-mail domain in an hour (the domain's ordinary rate; see isBurst). */
  countDomainSignup(domain: string, hour: number): void {
    let d = this.domainSignups.get(domain);
    if (!d) this.domainSignups.set(domain, (d = { accounts: 0, hours: new Set() }));
    d.accounts++;
    d.hours.add(hour);
  }

  /** Moves the index's clock (joins are stamped with it) when artefacts arrive without observations (artefact shards). */
  advance(ts: number): void {
    if (ts > this.now) this.now = ts;
  }

  /** Called on an account's first observation. */
  activate(account: number): void {
    const info = this.pending.get(account);
    if (!info) return;
    this.pending.delete(account);
    for (const [type, key] of registrationLinks(info)) this.add(type, key, account);
  }

  /**
   * Links the request's network artefacts. Returns whether its declared client is one its TLS stack belies: a browser
   * user agent over a library's stack (o.uaTlsMismatch), or a declared client over a stack learned to be foreign to it
   * (learnClient), which the account's own evidence counts as the same lie (accounts/features.ts, uaTlsMismatch).
   */
  observe(o: Observation, account: number): boolean {
    if (o.ts > this.now) this.now = o.ts;
    while (account >>> LAST_PAGE_BITS >= this.lastNetwork.length) this.lastNetwork.push(new Uint32Array((LAST_PAGE_MASK + 1) * LAST_NETWORK));
    const last = this.lastNetwork[account >>> LAST_PAGE_BITS]!;
    const at = (account & LAST_PAGE_MASK) * LAST_NETWORK;
    if (!isLast(last, at + LAST_IP, HAS_IP, o.ip)) this.add('ip', o.ip, account);
    if (!isLast(last, at + LAST_PREFIX, HAS_PREFIX, o.prefix)) this.add('prefix', o.prefix, account);
    // The client's fingerprint serves the client tuple and the client key below (the same string).
    const [clientHi, clientLo] = fingerprint(o.client);
    if (o.asn !== null) {
      const same = (last[at + LAST_FLAGS]! & HAS_CLIENT) !== 0 && last[at + LAST_ASN] === o.asn >>> 0 && last[at + LAST_CLIENT] === clientHi && last[at + LAST_CLIENT + 1] === clientLo;
      if (!same) {
        this.add('client', `${o.asn}|${o.client}`, account);
        last[at + LAST_ASN] = o.asn >>> 0;
        last[at + LAST_CLIENT] = clientHi;
        last[at + LAST_CLIENT + 1] = clientLo;
        last[at + LAST_FLAGS]! |= HAS_CLIENT;
      }
    }
    // A spoofed client: a browser user agent over a TLS stack no browser has (enrich/client.ts). Keyed by the TLS
    // stack alone, across networks and whatever browser the UA names: accounts sending through one scripted toolkit
    // behind residential proxies share nothing else on the wire. It forms on an account's first such request.
    // Evade: a TLS-impersonation library (curl-impersonate, utls) or an honest user agent.
    if (o.uaTlsMismatch) {
      const stack = o.client.slice(o.client.indexOf('|') + 1);
      if (!isLast(last, at + LAST_SPOOF, HAS_SPOOF, stack)) this.add('spoof', stack, account);
      return true;
    }
    const known = (last[at + LAST_FLAGS]! & HAS_CLIENT_KEY) !== 0 && last[at + LAST_CLIENT_KEY] === clientHi && last[at + LAST_CLIENT_KEY + 1] === clientLo;
    if (!known) {
      last[at + LAST_CLIENT_KEY] = clientHi;
      last[at + LAST_CLIENT_KEY + 1] = clientLo;
      last[at + LAST_FLAGS] = (last[at + LAST_FLAGS]! & ~FOREIGN) | HAS_CLIENT_KEY;
      // Read the flags again after: learnClient may mark this account's key foreign itself.
      if (this.learnClient(o.client, account)) last[at + LAST_FLAGS]! |= FOREIGN;
    }
    return (last[at + LAST_FLAGS]! & FOREIGN) !== 0;
  }

  /** Whether `stack` is the home stack of a declared client other than `name` (the ClientHello is another program's). */
  private isHomeOfAnother(stack: string, name: string): boolean {
    for (const [other, c] of this.clientStacks) if (other !== name && homeOf(c) === stack) return true;
    return false;
  }

  /**
   * A declared client over a TLS stack that is foreign to it: a rare stack under a client name whose users almost all
   * show another one (an SDK's user agent over Go's or curl's TLS stack). Like a browser user agent over a library's
   * stack, it is one scripted toolkit dressed up as many clients, and it links by the stack alone ('spoof'), across
   * networks and whatever client each account names. Judged on distinct accounts, so a few busy accounts cannot make
   * their stack look common; a stack judged foreign links its earlier accounts too, and stays foreign.
   * Evade: a TLS-impersonation library matching each claimed client, or an honest user agent (then every account
   * names the same library, which the client tuple and the stack's own users show).
   * Returns whether the pair is foreign (as judged now).
   */
  learnClient(client: string, account: number): boolean {
    const bar = client.lastIndexOf('|');
    const name = client.slice(0, bar);
    const stack = client.slice(bar + 1);
    if (stack === '-' || !LEARNED_FAMILIES.has(name.slice(0, name.indexOf(':')))) return false;
    let c = this.clientStacks.get(name);
    if (!c) this.clientStacks.set(name, (c = { accounts: 0, byStack: new Map() }));
    let pair = c.byStack.get(stack);
    if (!pair) c.byStack.set(stack, (pair = { members: new OrderedU32Set(), foreign: false }));
    if (!pair.members.add(account)) return pair.foreign;
    c.accounts++;
    if (pair.foreign) {
      this.add('spoof', stack, account);
      return true;
    }
    // Distinct stacks per client are few: judge them all again as the client's population grows.
    const home = homeOf(c);
    if (home === null) return false;
    for (const [s, p] of c.byStack) {
      if (p.foreign || s === home || p.members.size >= FOREIGN_SHARE * c.accounts || !this.isHomeOfAnother(s, name)) continue;
      p.foreign = true;
      const key = `${name}|${s}`;
      p.members.forEach((a) => {
        this.add('spoof', s, a);
        // Members still sending it count their further requests as spoofed (earlier ones were judged before this).
        const at = (a & LAST_PAGE_MASK) * LAST_NETWORK;
        const [hi, lo] = fingerprint(key);
        const last = this.lastNetwork[a >>> LAST_PAGE_BITS];
        if (last !== undefined && (last[at + LAST_FLAGS]! & HAS_CLIENT_KEY) !== 0 && last[at + LAST_CLIENT_KEY] === hi && last[at + LAST_CLIENT_KEY + 1] === lo) last[at + LAST_FLAGS]! |= FOREIGN;
        this.onForeign?.(a, key);
      });
    }
    return pair.foreign;
  }

  /** A frame (wrapper) this account has now used often enough to count as its template. */
  addFrame(frame: number, account: number): void {
    this.add('frame', String(frame), account);
  }

  /**
   * Two accounts asked different numeric variants of one question (campaigns/variants.ts): the later one is linked to
   * the account that asked the question first, with no group. The variant index already keeps the first asker of every
   * question, and a group per shared question grew with the traffic (millions of two-member groups at scale 1); later
   * askers of the question are each linked to the first, which keeps them in one piece.
   */
  addVariant(variant: number, first: number, account: number): void {
    this.onJoin({ type: 'variant', key: String(variant), list: [first, account], members: null, saturated: false, live: true, touched: this.now }, account);
  }

  /** A pivot: the 6-hour window in which an account moved most of its traffic to a model it had not used before. */
  addPivot(model: string, window: number, account: number): void {
    this.add('pivot', `${model}|${window}`, account);
  }

  /** Forgets network groups no account came to in IDLE_MS before `now` (see FORGETTABLE); returns how many. */
  forgetIdle(now: number): number {
    let forgotten = 0;
    for (const type of FORGETTABLE) {
      const groups = this.groups.get(type);
      if (!groups) continue;
      for (const [key, g] of groups) {
        if (g.touched >= now - IDLE_MS) continue;
        groups.delete(key);
        forgotten++;
      }
    }
    return forgotten;
  }
}
