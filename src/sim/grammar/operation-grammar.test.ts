/**
 * Operation grammars as the world builds them: no two campaigns share an opening or closing 6-word window of any
 * frame (item text excluded), and one operation's wording varies across accounts and requests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPopulation } from '../population.js';
import { Rng } from '../rng.js';
import { loadScenario } from '../scenario.js';
import { ASK_KINDS, type AskContent, type OperationGrammar } from './operation-grammar.js';
import { normWords } from './frame-registry.js';

const ITEM = 'ITEMSENTINEL';

function content(kind: string): AskContent {
  if (kind === 'rubric') return { cap: 'reasoning', rubric: { question: ITEM, answer: ITEM, scale: '1-10', criteria: ITEM } };
  if (kind === 'sweep') return { cap: 'coding', sweep: { topic: ITEM, area: 'coding', difficulty: 3, seeds: [ITEM] } };
  if (kind === 'bulk') return { cap: 'maths', item: ITEM, items: [ITEM, ITEM, ITEM] };
  return { cap: 'maths', item: ITEM };
}

/** Opening and closing 6-word windows of the frames of many prompts of the grammar (text outside the item). */
function windows(g: OperationGrammar, seed: number): { open: Set<string>; close: Set<string> } {
  const rng = new Rng(seed, 1);
  const open = new Set<string>();
  const close = new Set<string>();
  for (let a = 0; a < 60; a++) {
    const voice = g.voice(rng);
    for (let r = 0; r < 40; r++) {
      for (const kind of ASK_KINDS) {
        if (kind === 'bare') continue;
        const text = g.render(kind, voice, rng, content(kind));
        const first = text.indexOf(ITEM);
        const last = text.lastIndexOf(ITEM) + ITEM.length;
        const pre = normWords(text.slice(0, first)).slice(0, 6).join(' ');
        const post = normWords(text.slice(last)).slice(-6).join(' ');
        if (pre) open.add(pre);
        if (post) close.add(post);
      }
      const f = normWords(g.followUp(voice, rng));
      open.add(f.slice(0, 6).join(' '));
      close.add(f.slice(-6).join(' '));
    }
  }
  return { open, close };
}

for (const name of ['quick', 'june-2026', 'stress']) {
  describe(`operation grammars of ${name}`, () => {
    const scenario = loadScenario(name === 'stress' ? new URL('../../../../scenarios/stress.yaml', import.meta.url).pathname : name);
    const pop = buildPopulation(scenario, 4, 0.02);
    const grammars = pop.campaigns.map((c) => ({ id: c.id, g: c.plan.grammar! }));

    it('gives no two campaigns a shared opening or closing 6-word frame window', () => {
      const seen = new Map<string, string>();
      for (const { id, g } of grammars) {
        const w = windows(g, 7);
        assert.ok(w.open.size >= 5, `${id}: only ${w.open.size} openings`);
        for (const [side, set] of [['open', w.open], ['close', w.close]] as const) {
          for (const k of set) {
            const owner = seen.get(`${side}:${k}`);
            assert.ok(owner === undefined || owner === id, `${side} window "${k}" shared by ${owner} and ${id}`);
            seen.set(`${side}:${k}`, id);
          }
        }
      }
    });

    it('varies wording per account and per request', () => {
      const { g } = grammars[0]!;
      const rng = new Rng(3, 3);
      const voices = [g.voice(rng), g.voice(rng)];
      const texts = new Set<string>();
      for (const v of voices) for (let i = 0; i < 30; i++) texts.add(g.render('cot', v, rng, { cap: 'maths', item: ITEM }));
      assert.ok(texts.size >= 10, `only ${texts.size} distinct cot prompts`);
      assert.equal(g.render('bare', voices[0]!, rng, { cap: 'maths', item: ITEM }), ITEM);
    });
  });
}
