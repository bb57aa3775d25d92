/**
 * Small hand-written phrase banks of organic users (follow-ups and light variations), the topic taxonomy
 * instruction-generation sweeps walk over, and people's names. Operations word their requests with their own
 * grammars (grammar/), never from a list shared with other operations.
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
