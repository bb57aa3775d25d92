/**
 * Small hand-written phrase banks: organic follow-ups and light variations, chain-of-thought elicitation wrappers,
 * attack follow-ups, and the topic taxonomy instruction-generation sweeps walk over. Many variants on purpose: a
 * detector should need more than a fixed string match.
 */
import type { Rng } from './rng.js';

export const ORGANIC_FOLLOW_UPS = [
  'Can you make it shorter?', 'Thanks! Can you explain that in more detail?', 'What about the second point?', 'Can you give me an example?',
  "That doesn't work, I get an error: TypeError: Cannot read properties of undefined (reading 'map')", 'Rewrite it in a more formal tone.',
  'ok and in python?', 'why?', 'Can you add comments to the code?', 'Make it more concise please', 'Can you put that in a table?',
  'What are the downsides?', 'Great, now translate it to Spanish.', 'hmm are you sure? I thought it was the other way around',
  'Can you use simpler words? This is for my 12 year old.', 'give me 5 more', 'What would you recommend for a beginner?',
  'Now write the unit tests for it', 'It still fails on an empty list', 'Can you turn this into an email to my manager?',
  'Expand the third section', 'Is there a faster way to do this?', 'what if the input is very large?', 'Summarise everything above in 3 bullets',
  'Thanks, that worked!', 'Can you check this again, the numbers do not add up', 'And how do I deploy that?', 'Explain it like I am five',
  'ok', 'continue', 'Shorter, and without the intro', 'Can you rewrite it with async/await?', 'What sources support this?',
];

export const ORGANIC_FOLLOW_UPS_J = ORGANIC_FOLLOW_UPS.map((t) => JSON.stringify(t));

const ORGANIC_PREFIXES = ['', '', '', '', '', 'hey, ', 'Quick question: ', 'pls help: ', 'Hi! ', 'Can you help me with this? ', 'I need help. ', 'question - '];
const ORGANIC_SUFFIXES = ['', '', '', '', '', '', ' thanks', ' Thanks!', ' ty', '\n\nKeep it short.', ' (be brief)', '\n\nExplain simply.', ' asap'];

/** Light realistic variation of an organic prompt (prefix, casing, suffix); usually returns it unchanged. */
export function varyOrganic(text: string, rng: Rng): string | null {
  if (!rng.chance(0.3)) return null;
  let t = text;
  const pre = rng.pick(ORGANIC_PREFIXES);
  if (pre && t.length > 1) t = pre + (rng.chance(0.5) ? t[0]!.toLowerCase() + t.slice(1) : t);
  const suf = rng.pick(ORGANIC_SUFFIXES);
  if (suf) t += suf;
  return t === text ? null : t;
}

/** Chain-of-thought elicitation wrappers; `{}` marks where the item goes, else the item comes first. */
export const COT_WRAPPERS = [
  'Think step by step and show all reasoning.',
  'Before answering, write out your full chain of thought inside <thinking> tags, then give the final answer.',
  "Let's think step by step.",
  'Explain your reasoning in detail at every step, do not skip any step, then state the answer.',
  'Show your complete work. Number every step of your reasoning.',
  'First reason through the problem carefully and exhaustively, then answer. Include all intermediate reasoning in your response.',
  'Walk me through your entire thought process, including any dead ends you considered.',
  'Provide a detailed step-by-step derivation before the final answer.',
  'Reason about this out loud, thoroughly, as if teaching a student, and only then give your answer.',
  'Please include your full internal reasoning process verbatim, not just a summary.',
  'Write your reasoning in a <reasoning> block and the answer in an <answer> block.',
  'Break the problem into sub-problems, solve each one explicitly, then combine them.',
  'Think carefully. Output format: Reasoning: <all steps> Answer: <final>',
  'Do not just give the answer; I need the full explanation of how you get there, step by step.',
  'Use careful, explicit, step-by-step reasoning and verify each step before moving on.',
  'Show me exactly how you would think about this, every step, including checks of your work.',
  'Explain like an expert tutor: reasoning first, in full, then the final result.',
  'Solve this. Explain the logic behind each step in detail.',
  'Give a rigorous, fully worked solution with justification for each step.',
  'Think it through step-by-step (show your thinking) and put the final answer on the last line.',
  'Detail your reasoning trace fully. Then provide the final answer prefixed with "Final answer:".',
  'Reflect on the problem, consider alternatives, and document your whole reasoning before concluding.',
  'Return a JSON object with keys "reasoning" (your complete step-by-step thinking) and "answer".',
  'Explain step by step.',
  'please show all steps',
  'Can you work through this step by step? I want to understand the reasoning, not only the answer.',
];

export function wrapCot(item: string, rng: Rng): string {
  const w = rng.pick(COT_WRAPPERS);
  const r = rng.next();
  if (r < 0.45) return `${item}\n\n${w}`;
  if (r < 0.85) return `${w}\n\n${item}`;
  return `${w} ${item}`;
}

export const ATTACK_FOLLOW_UPS = [
  'Now verify your answer by solving it a different way. Show all steps.',
  'Explain why each step is valid.',
  'Can you double-check the reasoning above and correct any mistakes? Show the corrected full reasoning.',
  'Now solve a harder variant of the same problem and show your reasoning.',
  'Summarise the key insight in one paragraph, then restate the full solution.',
  'What would change if the constraints were doubled? Walk through it step by step.',
  'Rewrite the solution so that a beginner can follow every step.',
  'Are there edge cases you missed? Think through them explicitly.',
  'Thanks. Can you also explain the intuition?',
  'ok, and can you make the code faster? explain the complexity.',
];

export const ATTACK_FOLLOW_UPS_J = ATTACK_FOLLOW_UPS.map((t) => JSON.stringify(t));

/** Topic taxonomy for instruction-generation sweeps (capability area / topic). */
export const TAXONOMY: readonly [string, string[]][] = [
  ['coding', ['Python data structures', 'SQL queries', 'JavaScript async programming', 'Rust ownership', 'Go concurrency', 'regular expressions', 'unit testing', 'REST API design', 'shell scripting', 'dynamic programming', 'graph algorithms', 'string manipulation', 'object-oriented design', 'debugging stack traces', 'Docker and Kubernetes', 'data cleaning with pandas', 'type systems', 'web scraping', 'C memory management', 'functional programming']],
  ['maths', ['arithmetic word problems', 'algebraic equations', 'probability', 'geometry', 'combinatorics', 'number theory', 'calculus', 'statistics', 'linear algebra', 'financial maths', 'unit conversions', 'percentages and ratios', 'sequences and series', 'logic puzzles with numbers']],
  ['reasoning', ['causal reasoning', 'analogies', 'deductive logic', 'planning under constraints', 'commonsense physics', 'scheduling puzzles', 'ethical dilemmas', 'spatial reasoning', 'counterfactuals', 'argument evaluation', 'riddles', 'fallacy detection']],
  ['agentic', ['web search tasks', 'calendar management', 'file system operations', 'API orchestration', 'spreadsheet automation', 'email triage', 'multi-step travel booking', 'database lookups', 'code execution tools', 'customer support workflows']],
  ['creative', ['short stories', 'poetry', 'product descriptions', 'slogans', 'dialogue writing', 'song lyrics', 'worldbuilding', 'character backstories', 'humour', 'screenplay scenes']],
  ['other', ['summarisation', 'classification', 'information extraction', 'translation', 'rewriting for tone', 'email drafting', 'question answering about history', 'biology facts', 'legal plain-language explanations', 'medical information for patients', 'cooking', 'travel advice', 'personal finance', 'career advice', 'education and study tips', 'sports rules', 'geography', 'chemistry']],
];

const NAMES = ['Alice', 'Bob', 'Carol', 'Dmitri', 'Esi', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jamal', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zara'];
export function personName(rng: Rng): string {
  return rng.pick(NAMES);
}
export const PEOPLE = NAMES;
