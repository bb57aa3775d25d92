/**
 * How ordinary people ask for reasoning in their own words: researchers, students and hobbyists also want the
 * steps, not only the answer. Each account gets a personal habit (a phrase built once from loose parts, with its own
 * casing and punctuation) and uses it on some of its questions, so step-by-step requests are not an attack signature.
 */
import type { Rng } from '../rng.js';

const ASK = ['can you', 'could you', 'pls', 'please', 'would you mind to', 'help me', 'i need you to', 'mind if you', 'can u'];
const SHOW = ['explain', 'show', 'walk me through', 'go over', 'break down', 'tell me', 'write out'];
const WHAT = ['how you got there', 'the steps', 'your reasoning', 'it step by step', 'each step', 'the working', 'the logic', 'why that is the answer', 'every step so i can follow'];
const WHY = ['', '', ' i want to understand it', ' my teacher wants the working', ' i keep getting a different answer', ' for my notes', ' i have an exam tomorrow', ' just the answer is not enough', ' im trying to learn this'];
const ENDS = ['', '?', '??', '.', ' thanks', ' thx', '!', ' :)'];

export interface ReasoningHabit {
  phrase: string;
  /** Probability that the account adds it to a question it asks. */
  share: number;
  before: boolean;
}

/** A personal way of asking for the steps, or null for accounts without the habit. */
export function reasoningHabit(rng: Rng, likelihood: number, shareHi: number): ReasoningHabit | null {
  if (!rng.chance(likelihood)) return null;
  let phrase = `${rng.pick(ASK)} ${rng.pick(SHOW)} ${rng.pick(WHAT)}${rng.pick(WHY)}${rng.pick(ENDS)}`;
  if (rng.chance(0.5)) phrase = phrase[0]!.toUpperCase() + phrase.slice(1);
  return { phrase, share: rng.uniform(0.1, shareHi), before: rng.chance(0.3) };
}

/** The question with the habit applied (or unchanged). */
export function withHabit(text: string, habit: ReasoningHabit | null, rng: Rng): string {
  if (!habit || !rng.chance(habit.share)) return text;
  return habit.before ? `${habit.phrase}\n${text}` : `${text}${rng.chance(0.5) ? '\n\n' : ' '}${habit.phrase}`;
}
