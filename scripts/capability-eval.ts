/**
 * Measures the capability tagger (src/signals/capability.ts) on labelled items: precision and recall per tag.
 *
 *   node dist/scripts/capability-eval.js [--scenario quick] [--scale 0.3] [--json]
 *
 * Two sources of truth. (1) A simulated world: every attack request's capability is known by construction (the work
 * queue asked for a GSM8K problem, a logic puzzle, a HumanEval task…), seen through the simulator's `onEvent` hook
 * with the exact prompt, system text and tools the dataset records. First turns and follow-up turns are reported
 * apart (a follow-up such as "now verify your answer" carries its parent's capability but little of its text);
 * follow-ups twice: by their own text, and as the engine counts them, with their thread's capability
 * (src/engine/thread-capability.ts, fed the attack accounts' requests in time order as the engine is).
 * (2) Labelled public corpora in data/corpora: GSM8K = maths, HumanEval and GPTeacher codegen = coding, GPTeacher
 * toolformer instructions (no tools declared) = agentic, GPTeacher roleplay = creative, MT-Bench categories (coding,
 * math, reasoning, roleplay and writing = creative, humanities and extraction = other; stem is mixed and left out).
 * Organic simulated prompts carry only a rough keyword class, not a truth, and are not scored.
 */
import { parseArgs } from 'node:util';
import { capabilityOf, CAPABILITY_LIST, type Capability } from '../src/signals/capability.js';
import { CAPABILITIES } from '../src/engine/observation.js';
import { ThreadCapabilities } from '../src/engine/thread-capability.js';
import { every, jsonArray, jsonl } from '../src/signals/corpus-sample.js';
import { simulate } from '../src/sim/index.js';

interface Item {
  truth: Capability;
  prompt: string;
  system: string | null;
  tools: string[] | null;
  /** The tag the engine counts, when it differs from the text's own (a follow-up in its thread). */
  tagged?: Capability;
}

export interface TagScores { tag: Capability; support: number; predicted: number; precision: number | null; recall: number | null }

/** Precision and recall per tag over labelled items (null where a ratio has no denominator). */
export function score(items: readonly Item[]): { accuracy: number; tags: TagScores[]; confusion: Record<string, Record<string, number>> } {
  const confusion: Record<string, Record<string, number>> = {};
  let right = 0;
  const tp = new Map<Capability, number>(), support = new Map<Capability, number>(), predicted = new Map<Capability, number>();
  for (const it of items) {
    const got = it.tagged ?? capabilityOf(it.prompt, it.system, it.tools);
    (confusion[it.truth] ??= {})[got] = (confusion[it.truth]![got] ?? 0) + 1;
    support.set(it.truth, (support.get(it.truth) ?? 0) + 1);
    predicted.set(got, (predicted.get(got) ?? 0) + 1);
    if (got === it.truth) {
      right++;
      tp.set(got, (tp.get(got) ?? 0) + 1);
    }
  }
  const tags = CAPABILITY_LIST.map((tag) => {
    const s = support.get(tag) ?? 0, p = predicted.get(tag) ?? 0, t = tp.get(tag) ?? 0;
    return { tag, support: s, predicted: p, precision: p ? t / p : null, recall: s ? t / s : null };
  });
  return { accuracy: items.length ? right / items.length : 0, tags, confusion };
}

function corpusItems(): Item[] {
  const items: Item[] = [];
  const add = (truth: Capability, texts: string[]) => { for (const prompt of texts) items.push({ truth, prompt, system: null, tools: null }); };
  add('maths', jsonl('extraction/gsm8k-test.jsonl').map((r) => String(r.question)));
  add('coding', jsonl('extraction/humaneval.jsonl.gz').map((r) => String(r.prompt)));
  add('coding', every(jsonArray('extraction/gpteacher-codegen.json.gz'), 5).map((r) => `${String(r.instruction)}\n${String(r.input ?? '')}`.trim()));
  add('agentic', every(jsonArray('extraction/gpteacher-toolformer.json.gz'), 10).map((r) => `${String(r.instruction)}\n${String(r.input ?? '')}`.trim()));
  add('creative', every(jsonArray('extraction/gpteacher-roleplay.json.gz'), 3).map((r) => `${String(r.instruction)}\n${String(r.input ?? '')}`.trim()));
  const MT: Record<string, Capability> = { coding: 'coding', math: 'maths', reasoning: 'reasoning', roleplay: 'creative', writing: 'creative', humanities: 'other', extraction: 'other' };
  for (const r of jsonl('organic/mt-bench.jsonl')) {
    const truth = MT[String(r.category)];
    if (truth) add(truth, [(r.turns as string[])[0]!]);
  }
  return items;
}

async function worldItems(scenario: string, scale: number): Promise<{ first: Item[]; followUps: Item[]; followUpsInThread: Item[] }> {
  const first: Item[] = [], followUps: Item[] = [], followUpsInThread: Item[] = [];
  const threads = new ThreadCapabilities();
  await simulate({
    scenario, scale, seed: 1, output: { kind: 'count' },
    onEvent: (ev) => {
      if (ev.acct.label.label !== 'attack') return;
      const item: Item = { truth: ev.cap, prompt: JSON.parse(ev.promptJ) as string, system: JSON.parse(ev.sysJ) as string | null, tools: JSON.parse(ev.toolsJ) as string[] | null };
      const own = CAPABILITIES.indexOf(capabilityOf(item.prompt, item.system, item.tools));
      const conversation = JSON.parse(ev.convJ) as string | null;
      const tagged = CAPABILITIES[threads.tag(ev.acct.id, conversation, conversation === null ? null : ev.turn, own)]!;
      if (ev.turn > 1) {
        followUps.push(item);
        followUpsInThread.push({ ...item, tagged });
      } else first.push(item);
    },
  });
  return { first, followUps, followUpsInThread };
}

function table(name: string, items: Item[]): string {
  const s = score(items);
  const pct = (x: number | null) => (x === null ? '    -' : `${(100 * x).toFixed(1).padStart(5)}%`);
  const rows = s.tags.filter((t) => t.support || t.predicted).map((t) => `  ${t.tag.padEnd(10)} ${String(t.support).padStart(7)} ${String(t.predicted).padStart(9)}   ${pct(t.precision)}   ${pct(t.recall)}`);
  const confusion = Object.entries(s.confusion).map(([truth, got]) => `  ${truth.padEnd(10)} → ${Object.entries(got).sort((a, b) => b[1] - a[1]).map(([g, n]) => `${g} ${n}`).join(', ')}`);
  return [`${name}: ${items.length} items, accuracy ${pct(s.accuracy).trim()}`, '  tag        support predicted  precision   recall', ...rows, '  confusion (truth → tagged):', ...confusion].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scenario: { type: 'string', default: 'quick' }, scale: { type: 'string', default: '0.3' }, json: { type: 'boolean' } } });
  const corpora = corpusItems();
  const world = await worldItems(values.scenario!, Number(values.scale));
  if (values.json) {
    process.stdout.write(JSON.stringify({ corpora: score(corpora), world_first_turns: score(world.first), world_follow_ups: score(world.followUps), world_follow_ups_in_thread: score(world.followUpsInThread) }, null, 2) + '\n');
    return;
  }
  process.stdout.write([table('labelled corpora', corpora), table(`simulated ${values.scenario} ×${values.scale}, attack first turns`, world.first), table(`simulated ${values.scenario} ×${values.scale}, attack follow-up turns, own text only`, world.followUps), table(`simulated ${values.scenario} ×${values.scale}, attack follow-up turns, with their thread (as the engine counts them)`, world.followUpsInThread)].join('\n\n') + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
