import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import { DEGREE_CAP, LINK_TYPE_ORDER, LinkGraph, type AccountProfile } from './graph.js';
import { LINK_WEIGHTS } from './links.js';
import { LouvainGraph } from './louvain-graph.js';
import { linkWorld, range } from './link-world.fixture.js';
import type { Observation } from '../engine/observation.js';

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);

/** An operation's profile: its template, its network, its working hours. */
function profileOf(frame: number, asn: number, fromHour: number): AccountProfile {
  const hourOfDay = new Array<number>(24).fill(0);
  for (let h = fromHour; h < fromHour + 8; h++) hourOfDay[h % 24] = 5;
  return { frames: new Map([[frame, 4]]), asns: [asn], hourOfDay };
}

test('a large group becomes one sparse, connected cluster (O(m) edges, not a clique)', () => {
  const { graph, link } = linkWorld();
  link('payment', 'card-1', range(0, 400));
  assert.ok(graph.edgeCount <= 400 * 4, `edges ${graph.edgeCount}`);
  // Louvain cuts a sparse random graph into chunks; one operational profile merges them back.
  const same = profileOf(1, 100, 0);
  const clusters = graph.clusters(5, () => same);
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0]!.length, 400);
});

test('network links alone never form a campaign core; coordination links do, and weak ones must accumulate', () => {
  const { graph, link } = linkWorld();
  link('ip', '203.0.113.5', range(0, 6)); // a NAT
  link('prefix', '203.0.113.0/24', range(0, 6));
  link('client', 'asn|sdk', range(0, 6));
  assert.equal(graph.clusters(2).length, 0);
  link('pivot', 'm|1', range(0, 6)); // 0.5: too weak alone
  assert.equal(graph.clusters(2).length, 0);
  link('frame', '12345', range(0, 6)); // +1.2 → 1.7
  const clusters = graph.clusters(2);
  assert.equal(clusters.length, 1);
  assert.deepEqual(sorted(clusters[0]!), range(0, 6));
  assert.ok(graph.edge(0, 1)!.weight > graph.edge(0, 1)!.strong);
});

test('two operations bridged by a shared wrapper are told apart (Louvain, then profiles)', () => {
  const { graph, link } = linkWorld();
  link('payment', 'a', range(0, 40));
  link('frame', 'fa', range(0, 40));
  link('payment', 'b', range(100, 140));
  link('frame', 'fb', range(100, 140));
  link('frame', 'bridge', [5, 105]);
  const a = profileOf(1, 100, 0);
  const b = profileOf(2, 200, 12);
  const clusters = graph.clusters(5, (x) => (x < 100 ? a : b)).map(sorted);
  assert.equal(clusters.length, 2);
  assert.deepEqual(clusters.map((c) => c.length).sort(), [40, 40]);
  assert.ok(clusters.some((c) => c.includes(5) && !c.includes(105)));
});

test('sign-up groups link only once they are a burst, and registration links wait for the first request', () => {
  const { graph, links } = linkWorld();
  const info = (index: number, domain: string, hour: number) => ({ index, createdAt: Date.UTC(2026, 3, 1, hour, index), orgId: null, emailDomain: domain, payment: null, signupPrefix: null, verified: false, tier: 'free' });
  // A busy free-mail domain: two to three sign-ups in each of 40 hours.
  let i = 0;
  for (let h = 0; h < 40; h++) for (let k = 0; k < 2 + (h % 2); k++) links.registerAccount(info(i++, 'mail.example', h));
  // A script: eight sign-ups in one hour on its own domain, and six in one hour on the busy domain (not 4× its rate).
  const burst = range(i, i + 8);
  burst.forEach((a) => links.registerAccount(info(a, 'throwaway.example', 50)));
  i += 8;
  const busy = range(i, i + 6);
  busy.forEach((a) => links.registerAccount(info(a, 'mail.example', 51)));
  assert.equal(graph.edgeCount, 0, 'nothing is linked before accounts act');
  for (const a of [...burst, ...busy]) links.activate(a);
  const clusters = graph.clusters(5).map(sorted);
  assert.deepEqual(clusters, [burst]);
});

test('Louvain reads a LouvainGraph exactly as it reads the graphology graph with the same nodes and edges', () => {
  const louvain = createRequire(import.meta.url)('graphology-communities-louvain') as (g: unknown, o?: object) => Record<string, number>;
  let x = 7;
  const rand = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 4294967296;
  for (let trial = 0; trial < 20; trial++) {
    const n = 20 + Math.floor(rand() * 300);
    const ours = new LouvainGraph();
    const theirs = new UndirectedGraph();
    for (let i = 0; i < n; i++) {
      ours.addNode(String(i * 3));
      theirs.addNode(String(i * 3));
    }
    const pairs = new Set<string>();
    for (let k = 0; k < n * 4; k++) {
      // A few dense groups joined by sparse links, so that there is structure to find.
      const a = Math.floor(rand() * n);
      const b = rand() < 0.8 ? (a - (a % 10) + Math.floor(rand() * 10)) % n : Math.floor(rand() * n);
      const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
      if (a === b || pairs.has(key)) continue;
      pairs.add(key);
      const weight = 1 + Math.floor(rand() * 8) / 4;
      ours.addEdge(a, b, weight);
      theirs.addEdge(String(a * 3), String(b * 3), { weight });
    }
    const rng = (): (() => number) => {
      let state = 42;
      return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
    };
    assert.deepEqual(louvain(ours, { getEdgeWeight: 'weight', rng: rng(), resolution: 1 }), louvain(theirs, { getEdgeWeight: 'weight', rng: rng(), resolution: 1 }));
  }
});

test('a browser UA over one non-browser TLS stack links accounts across networks (spoof); honest clients do not', () => {
  const { graph, links } = linkWorld();
  const obs = (account: number, client: string, mismatch: boolean): Observation =>
    ({ ip: `198.51.${account}.7`, prefix: `198.51.${account}.0/24`, asn: 64500 + account, client, uaTlsMismatch: mismatch }) as Observation;
  // Six accounts on six residential networks, each naming another browser, one TLS library underneath.
  for (let a = 0; a < 6; a++) links.observe(obs(a, `browser:${a % 2 ? 'Chrome' : 'Safari'}|t13d1311h2_f57a46bbacb6`, true), a);
  // Six honest users of that library, and six real browsers: no spoof links.
  for (let a = 10; a < 16; a++) links.observe(obs(a, 'http-library:go-http-client|t13d1311h2_f57a46bbacb6', false), a);
  for (let a = 20; a < 26; a++) links.observe(obs(a, 'browser:Chrome|t13d1516h2_8daaf6152771', false), a);
  const clusters = graph.clusters(5);
  assert.equal(clusters.length, 1);
  assert.deepEqual(sorted(clusters[0]!), range(0, 6));
  assert.equal(graph.edge(0, 1)!.strong, 1);
  assert.equal(graph.edge(10, 11), undefined);
});

test('degree bound: a hub takes no new pair of a type it already has, but keeps one edge of every type', () => {
  const { graph, link } = linkWorld();
  // Account 0 shares a wrapper with each of 599 others: it becomes a hub, yet accounts with few ties still link to it.
  for (let b = 1; b < 600; b++) link('frame', `w${b}`, [0, b]);
  assert.ok(599 > DEGREE_CAP);
  assert.equal(graph.neighbours(0).size, 599);
  // An account already linked by frames elsewhere gets no new frame pair with the full hub…
  link('frame', 'x', [600, 601]);
  for (let k = 0; k < 40; k++) link('frame', `y${k}`, [600, 700 + k]);
  link('frame', 'z', [0, 600]);
  assert.equal(graph.edge(0, 600), undefined);
  // …but a pair of a type new to one end is kept.
  link('payment', 'card', [0, 600]);
  assert.ok(graph.edge(0, 600));
});

test('an SDK user agent over a TLS stack foreign to that SDK links accounts (spoof); honest and rare-but-unclaimed stacks do not', () => {
  const { graph, links } = linkWorld();
  const obs = (account: number, client: string): Observation =>
    ({ ip: `198.51.${account % 250}.${1 + (account >> 8)}`, prefix: `198.51.${account % 250}.0/24`, asn: 64500 + account, client, uaTlsMismatch: false }) as Observation;
  const python = 't13d1812h2_85036bcba153';
  const go = 't13d1311h2_f57a46bbacb6';
  // Two scripted accounts claim the Python SDK over Go's TLS stack before the SDK's ordinary stack is known: they are
  // linked once it is (their earlier requests count), as is a third that comes later.
  links.observe(obs(0, `sdk:anthropic-python|${go}`), 0);
  links.observe(obs(1, `sdk:anthropic-python|${go}`), 1);
  for (let a = 10; a < 40; a++) links.observe(obs(a, `sdk:anthropic-python|${python}`), a);
  for (let a = 40; a < 62; a++) links.observe(obs(a, `http-library:go-http-client|${go}`), a);
  assert.equal(graph.edge(0, 1), undefined, 'nothing until the SDK has a home and Go its own users');
  links.observe(obs(62, `sdk:anthropic-python|${python}`), 62);
  assert.equal(graph.edge(0, 1)!.strong, 1);
  links.observe(obs(2, `cli:curl|${go}`), 2);
  assert.equal(graph.edge(0, 2), undefined, 'curl has no home yet: its stack is not judged');
  for (let a = 70; a < 90; a++) links.observe(obs(a, `cli:curl|t13d3112h2_e8f1e7e78f70`), a);
  assert.equal(graph.edge(0, 2)!.strong, 1, 'curl over Go joins the same toolkit');
  links.observe(obs(3, `sdk:anthropic-python|${go}`), 3);
  assert.ok(graph.edge(3, 0) || graph.edge(3, 1) || graph.edge(3, 2));
  // Honest users are never linked by it, nor a rare stack under the SDK that is no other client's home (a build of
  // the language's TLS library few use).
  assert.equal(graph.edge(10, 11)?.types ?? 0, 0);
  assert.equal(graph.edge(40, 41), undefined);
  links.observe(obs(100, 'sdk:anthropic-python|t13d1712h2_0123456789ab'), 100);
  links.observe(obs(101, 'sdk:anthropic-python|t13d1712h2_0123456789ab'), 101);
  assert.equal(graph.edge(100, 101), undefined);
});

test('a coding agent its users run on whatever runtime they have has no home stack: none is foreign to it', () => {
  const { graph, links } = linkWorld();
  const obs = (account: number, client: string): Observation =>
    ({ ip: `198.51.${account % 250}.${1 + (account >> 8)}`, prefix: `198.51.${account % 250}.0/24`, asn: 64500 + account, client, uaTlsMismatch: false }) as Observation;
  const runtimes: [string, string][] = [
    ['sdk:openai-python', 't13d1812h2_85036bcba153'],
    ['http-library:go-http-client', 't13d1311h2_f57a46bbacb6'],
    ['sdk:openai-node', 't13d1712h1_5b57614c22b0'],
    ['http-library:reqwest', 't13d0910h2_0f2cbd4a1b22'],
  ];
  // Each runtime the home of its own client (25 users each).
  runtimes.forEach(([client, stack], r) => {
    for (let a = 0; a < 25; a++) links.observe(obs(1000 + 100 * r + a, `${client}|${stack}`), 1000 + 100 * r + a);
  });
  // 80 developers run the agent, from four runtimes (two in five on the first, a fifth on each other one): the most
  // used carries two in five of its users, not most of them.
  const runtimeOf = (a: number): number => (a % 5 < 2 ? 0 : (a % 5) - 1);
  for (let a = 0; a < 80; a++) links.observe(obs(a, `cli:coding-agent|${runtimes[runtimeOf(a)]![1]}`), a);
  for (let a = 0; a < 80; a++) for (let b = a + 1; b < 80; b++) assert.equal(graph.edge(a, b), undefined, `developers ${a} and ${b} are not linked`);
  // Once most of its users show one stack, the others under its name are foreign (the SDK rule above).
  for (let a = 200; a < 320; a++) links.observe(obs(a, `cli:coding-agent|${runtimes[0]![1]}`), a);
  assert.equal(runtimeOf(2), runtimeOf(7));
  assert.equal(graph.edge(2, 7)!.strong, 1);
});

test('askers of one perturbed question are each linked to its first asker, with no group kept per question', () => {
  const { graph, links } = linkWorld();
  const v = 2 ** 40 + 7;
  for (const a of [2, 3, 4]) links.addVariant(v, 1, a);
  for (const a of [2, 3, 4]) assert.equal(graph.edge(1, a)!.types, 1 << 9, `edge 1–${a} is a variant link`);
  assert.equal(graph.edge(2, 3), undefined);
  assert.equal(links.groups.get('variant'), undefined);
  // Half a strong link alone: no core yet.
  assert.deepEqual(graph.clusters(2), []);
});

test('Louvain chunks of one spoofed client are rejoined before any template is shared; a template group is not', () => {
  // 32 accounts on residential networks (ten ASNs between them), one working day, no template yet: one group of each
  // kind, the same edges (a clique of the first joiners, then a chain with chords), which Louvain cuts.
  const profile = (a: number): AccountProfile => {
    const hourOfDay = new Array<number>(24).fill(0);
    for (let h = 6; h < 22; h++) hourOfDay[h] = 2;
    return { frames: new Map(), asns: [64500 + ((a * 7) % 10), 64500 + ((a * 3) % 10)], hourOfDay };
  };
  const spoof = linkWorld();
  spoof.link('spoof', 't13d1311h2_f57a46bbacb6', range(0, 32));
  const template = linkWorld();
  template.link('frame', '4242', range(0, 32));
  const cut = template.graph.clusters(5, profile);
  assert.ok(cut.length > 1, 'Louvain cuts the group; profiles without the template do not rejoin it');
  const clusters = spoof.graph.clusters(5, profile);
  assert.equal(clusters.length, 1, 'one toolkit: the chunks are one operation');
  assert.deepEqual(sorted(clusters[0]!), range(0, 32));
});

test('two spoofed clients bridged by a template stay two operations', () => {
  const { graph, link } = linkWorld();
  const profile = (a: number): AccountProfile => {
    const hourOfDay = new Array<number>(24).fill(0);
    for (let h = 6; h < 22; h++) hourOfDay[h] = 2;
    return { frames: new Map(), asns: [64500 + (a % 3)], hourOfDay };
  };
  link('spoof', 't13d1311h2_f57a46bbacb6', range(0, 30));
  link('spoof', 't13d3112h2_e8f1e7e78f70', range(100, 130));
  link('frame', 'bridge', [3, 103]);
  const clusters = graph.clusters(5, profile).map(sorted);
  assert.ok(clusters.length >= 2);
  assert.ok(clusters.every((c) => c.every((a) => a < 100) || c.every((a) => a >= 100)), 'no cluster mixes the two toolkits');
});

test('two operations with a stray spoofer each are not alike for the clients they do not spoof', () => {
  // Two template operations on the same datacenter networks and hours, one component through a bridging template; one
  // account of each sends through the same spoofed stack. Only the spoofers' share may count as alike, not the
  // honest majority of both.
  const { graph, link } = linkWorld();
  const profile = (a: number): AccountProfile => {
    const hourOfDay = new Array<number>(24).fill(1);
    return { frames: new Map([[a < 100 ? 1 : 2, 5]]), asns: [64500, 64501], hourOfDay };
  };
  link('frame', 'wrapper-a', range(0, 30));
  link('frame', 'wrapper-b', range(100, 130));
  link('frame', 'bridge', [3, 103]);
  link('spoof', 't13d1311h2_f57a46bbacb6', [5, 105]);
  const clusters = graph.clusters(5, profile).map(sorted);
  assert.ok(clusters.length >= 2, JSON.stringify(clusters.map((c) => c.length)));
  assert.ok(clusters.every((c) => c.every((a) => a < 100) || c.every((a) => a >= 100)), 'no cluster mixes the two operations');
});

test("a request over a stack learned to be foreign to its declared client is reported spoofed, from the judgement on", () => {
  const { links } = linkWorld();
  const obs = (account: number, client: string, mismatch = false): Observation =>
    ({ ip: `198.51.${account % 250}.9`, prefix: `198.51.${account % 250}.0/24`, asn: 64500 + account, client, uaTlsMismatch: mismatch }) as Observation;
  const python = 't13d1812h2_85036bcba153';
  const go = 't13d1311h2_f57a46bbacb6';
  assert.equal(links.observe(obs(0, `sdk:anthropic-python|${go}`), 0), false, 'not judged yet: the SDK has no home');
  for (let a = 10; a < 40; a++) assert.equal(links.observe(obs(a, `sdk:anthropic-python|${python}`), a), false);
  for (let a = 40; a < 62; a++) assert.equal(links.observe(obs(a, `http-library:go-http-client|${go}`), a), false);
  // Judged foreign when the SDK's home is known: account 0's next request on the same client counts (it links no
  // artefact anew, so the judgement must reach the account's last-request record).
  links.observe(obs(62, `sdk:anthropic-python|${python}`), 62);
  assert.equal(links.observe(obs(0, `sdk:anthropic-python|${go}`), 0), true);
  assert.equal(links.observe(obs(1, `sdk:anthropic-python|${go}`), 1), true, 'a newcomer on the pair');
  assert.equal(links.observe(obs(1, `sdk:anthropic-python|${python}`), 1), false, 'the same account on the honest stack');
  assert.equal(links.observe(obs(2, `browser:Chrome|${go}`, true), 2), true, 'a browser UA over a library stack');
});

test('an edge keeps every link type in its 16-bit type word, and its weights, across edge pages', () => {
  const graph = new LinkGraph();
  // 40,000 pairs: two pages of edges. The last pair is linked by every type, one after another.
  for (let a = 0; a < 40_000; a++) graph.link('ip', `ip-${a}`, 2 * a + 1, [2 * a], 1);
  const last = 2 * 39_999;
  let weight = graph.edge(last, last + 1)!.weight;
  for (const type of LINK_TYPE_ORDER) {
    graph.link(type, `k-${type}`, last + 1, [last], 1);
    // Single precision, added one link at a time.
    weight = Math.fround(weight + (type === 'ip' ? LINK_WEIGHTS.ip * 0.25 : LINK_WEIGHTS[type]));
  }
  const e = graph.edge(last, last + 1)!;
  assert.equal(e.types, (1 << LINK_TYPE_ORDER.length) - 1);
  assert.equal(e.weight, weight);
  assert.deepEqual(graph.edge(0, 1), { weight: LINK_WEIGHTS.ip, strong: 0, types: 1 << LINK_TYPE_ORDER.indexOf('ip') });
});
