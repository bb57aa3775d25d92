/**
 * The real prompt corpora the simulator draws from (data/corpora, copied from public repositories; licences in
 * data/licenses). Loaded once per process; every string that goes verbatim into a JSON line is serialised here once
 * (`j` fields), so the generator's hot loop only concatenates.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataPath } from './paths.js';

/** Capability classes used by the manifest (by construction, not by classification of the text). */
export type Capability = 'coding' | 'maths' | 'reasoning' | 'agentic' | 'creative' | 'other';
export const CAPABILITIES: readonly Capability[] = ['coding', 'maths', 'reasoning', 'agentic', 'creative', 'other'];

export interface Prompt {
  text: string;
  /** JSON.stringify(text), pre-serialised. */
  j: string;
  cap: Capability;
}

export interface Conversation {
  turns: Prompt[];
}

export interface MathItem { question: string; answer: string }
export interface CodeItem { instruction: string; input: string }
export interface ToolItem { instruction: string; input: string; tools: string[] }

export interface Corpora {
  /** Single prompts from real users / arena / user-oriented tasks. */
  organic: Prompt[];
  /** Organic prompts split by rough content class, for personas that lean one way. */
  organicCoding: Prompt[];
  organicMaths: Prompt[];
  organicGeneral: Prompt[];
  /** Multi-turn human sides of real dialogues (hh-rlhf) and two-turn mt-bench questions. */
  conversations: Conversation[];
  gsm8kTrain: MathItem[];
  gsm8kTest: MathItem[];
  humaneval: { id: string; prompt: string }[];
  mtBench: { category: string; turns: string[] }[];
  codegen: CodeItem[];
  toolformer: ToolItem[];
  roleplay: CodeItem[];
  seedTasks: { instruction: string; input: string; classification: boolean }[];
  alpacaPrompt: string;
}

let cached: Corpora | null = null;

function jsonl(rel: string): Record<string, unknown>[] {
  const buf = readFileSync(dataPath(rel));
  const text = rel.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

function jsonArray(rel: string): Record<string, unknown>[] {
  const buf = readFileSync(dataPath(rel));
  return JSON.parse(gunzipSync(buf).toString('utf8')) as Record<string, unknown>[];
}

const CODE_RE = /```|\bdef |\bfunction\b|\bpython\b|javascript|typescript|\bsql\b|c\+\+|\bcode\b|\bprogram\b|\bscript\b|regex|\bbug\b|\bapi\b|\bjava\b|rust\b|golang|html|css|\bclass\b|compile|docker|kubernetes|git\b/i;
const MATH_RE = /\bcalculate\b|\bsolve\b|equation|probability|integral|derivative|\bmath|\bprove\b|\bsum of\b|how many|\d+\s*[+*/^x×-]\s*\d+|percent|theorem/i;
const CREATIVE_RE = /\bpoem\b|\bstory\b|\bsong\b|\blyrics\b|\brap\b|haiku|blog post|\bessay\b|fiction|screenplay|\bjoke/i;
const REASON_RE = /\briddle\b|\bpuzzle\b|\blogic\b|step by step|reason/i;

/** Rough content class of a free-text organic prompt (organic prompts carry no construction label). */
export function roughCapability(text: string): Capability {
  if (CODE_RE.test(text)) return 'coding';
  if (MATH_RE.test(text)) return 'maths';
  if (CREATIVE_RE.test(text)) return 'creative';
  if (REASON_RE.test(text)) return 'reasoning';
  return 'other';
}

function prompt(text: string, cap?: Capability): Prompt {
  const t = text.trim();
  return { text: t, j: JSON.stringify(t), cap: cap ?? roughCapability(t) };
}

/** Splits an hh-rlhf transcript into its Human turns. */
function humanTurns(transcript: string): string[] {
  const out: string[] = [];
  for (const part of transcript.split('\n\nHuman: ').slice(1)) {
    const human = part.split('\n\nAssistant:')[0]?.trim();
    if (human) out.push(human);
  }
  return out;
}

export function loadCorpora(): Corpora {
  if (cached) return cached;
  const organic: Prompt[] = [];
  for (const r of jsonl('corpora/organic/koala.jsonl')) organic.push(prompt(String(r.prompt)));
  for (const r of jsonl('corpora/organic/arena-hard-v0.1.jsonl')) organic.push(prompt(String(r.prompt)));
  for (const r of jsonl('corpora/organic/vicuna-bench.jsonl')) organic.push(prompt(String((r.turns as string[])[0])));
  for (const r of jsonl('corpora/organic/self-instruct-user-oriented.jsonl')) {
    for (const inst of (r.instances as { input: string }[]).slice(0, 2)) {
      organic.push(prompt(inst.input ? `${String(r.instruction)}\n\n${inst.input}` : String(r.instruction)));
    }
  }
  const mtBench = jsonl('corpora/organic/mt-bench.jsonl').map((r) => ({ category: String(r.category), turns: r.turns as string[] }));
  const conversations: Conversation[] = [];
  for (const q of mtBench) conversations.push({ turns: q.turns.map((t) => prompt(t)) });
  for (const r of jsonl('corpora/organic/hh-rlhf-harmless-test.jsonl.gz')) {
    const turns = humanTurns(String(r.chosen));
    if (turns.length > 0) conversations.push({ turns: turns.map((t) => prompt(t)) });
  }
  const math = (rows: Record<string, unknown>[]): MathItem[] => rows.map((r) => ({ question: String(r.question), answer: String(r.answer) }));
  const toolformer: ToolItem[] = jsonArray('corpora/extraction/gpteacher-toolformer.json.gz').map((r) => {
    const inst = String(r.instruction);
    const access = /toolformer access:\s*([^\n]+)/.exec(inst)?.[1] ?? '';
    const tools = access.split(',').map((s) => s.trim()).filter(Boolean);
    return { instruction: inst, input: String(r.input ?? ''), tools: tools.length ? tools : ['search'] };
  });
  const code = (rows: Record<string, unknown>[]): CodeItem[] => rows.map((r) => ({ instruction: String(r.instruction), input: String(r.input ?? '') }));
  cached = {
    organic,
    organicCoding: organic.filter((p) => p.cap === 'coding'),
    organicMaths: organic.filter((p) => p.cap === 'maths'),
    organicGeneral: organic.filter((p) => p.cap !== 'coding' && p.cap !== 'maths'),
    conversations,
    gsm8kTrain: math(jsonl('corpora/extraction/gsm8k-train.jsonl.gz')),
    gsm8kTest: math(jsonl('corpora/extraction/gsm8k-test.jsonl')),
    humaneval: jsonl('corpora/extraction/humaneval.jsonl.gz').map((r) => ({ id: String(r.task_id), prompt: String(r.prompt) })),
    mtBench,
    codegen: code(jsonArray('corpora/extraction/gpteacher-codegen.json.gz')),
    toolformer,
    roleplay: code(jsonArray('corpora/extraction/gpteacher-roleplay.json.gz')),
    seedTasks: jsonl('corpora/extraction/self-instruct-seed-tasks.jsonl').map((r) => ({
      instruction: String(r.instruction),
      input: String((r.instances as { input: string }[])[0]?.input ?? ''),
      classification: r.is_classification === true,
    })),
    alpacaPrompt: readFileSync(dataPath('corpora/extraction/alpaca-generation-prompt.txt'), 'utf8'),
  };
  return cached;
}
