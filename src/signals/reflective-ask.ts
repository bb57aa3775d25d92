/**
 * Reflective asks: short requests that ask the model to turn back on its own previous answer and produce more of the
 * answer's substance — explain or justify it, show the reasoning behind it, walk through it step by step, verify or
 * re-derive it, critique, rate or grade it, list its weaknesses, or rewrite it "fixing the issues you found".
 *
 * Why: a distillation pipeline that hides in multi-turn threads still wants training data from every turn, so its
 * follow-ups ask for rationales and self-critiques (the reasoning and self-refinement a student model is trained on).
 * A person's next step is usually about their own task: change the output ("make it shorter", "now in TypeScript"),
 * report a problem ("that throws a TypeError"), ask for more of it, or say thanks. People do ask "why?" or "can you
 * explain that more simply" now and then; what marks a harvest is that most of its threads end this way, which is
 * judged per account (accounts/features.ts), never per request.
 *
 * The patterns are a verb of explanation, verification or critique joined to a reference to the answer ("your
 * answer", "the reasoning", "each step", "what you just wrote", "why this works"), in English and, more briefly, in
 * Spanish, German, French and Portuguese, within one clause. Only short one-paragraph prompts count (a follow-up,
 * not a new item that happens to say "explain", nor a wrapper with an item pasted below it): at most MAX_WORDS words.
 *
 * Evade: follow up like a person (ask for changes, not for explanations), which gives the harvest less of the
 * rationale it wants; or paraphrase outside these verbs, e.g. with a model writing the follow-ups ("hmm, and the
 * trickiest part was…?" is not caught) — the account then still needs its threads to look like the rest of its
 * cohort, and the share of such follow-ups across an operation's accounts is what the cohort step compares.
 */
import { foldCase } from './case-fold.js';

/** A reflective ask is a follow-up, not an item: longer prompts are judged as items. */
export const MAX_WORDS = 30;

/** What the ask points back at: the answer, its reasoning, its steps (the model's, not the asker's own work). */
const ANSWER = String.raw`(?:your|the|that|this|its|each|every|the previous|the above)? ?(?:own )?(?<!\b(?:my|our|his|her|their) )(?:answer|response|solution|result|reasoning|logic|approach|intuition|working|work|steps?|derivation|proof|output|code|version|method|choices?|decisions?|explanation|thinking|thought process|chain of thought|changes?|invariants?|trade-?offs?|edge cases?|assumptions?|arithmetic|calculations?|math|maths)`;

const PATTERNS: RegExp[] = [
  // Explain / justify the answer: "explain your approach", "walk me through why this handles…", "justify each step".
  new RegExp(String.raw`\b(?:explain|justify|walk (?:me |us )?through|talk (?:me |us )?through|spell out|break down|describe)\b[^.,;:?!\n]{0,40}\b(?:why\b|how (?:it|this|that|you)\b|what (?:changed|each|you (?:changed|did))\b|${ANSWER}\b)`, 'i'),
  // "Say what changed", "tell me what you changed".
  /\b(?:say|tell me|note)\b[^.,;:?!\n]{0,20}\bwhat (?:changed|you changed)\b/i,
  // Show the reasoning: "show the reasoning", "show your work", "with full working", "step by step".
  /\b(?:show|give|write out|lay out|include)\b[^.,;:?!\n]{0,20}\b(?:reasoning|working|work|steps|derivation|thought process|chain of thought)\b|\bwith (?:full|all the|complete) (?:working|reasoning|steps)\b|\bstep[- ]by[- ]step\b/i,
  // Verify or re-derive: "double-check your answer", "re-derive the result", "verify each step".
  new RegExp(String.raw`\b(?:verify|check|double[- ]check|re-?check|re-?derive|confirm|validate|challenge|prove)\b[^.,;:?!\n]{0,20}\b${ANSWER}\b`, 'i'),
  // Critique, rate or grade the answer: "critique that answer", "rate your own answer 1-10".
  new RegExp(String.raw`\b(?:critique|critici[sz]e|review|rate|grade|score|evaluate|assess|judge|audit)\b[^.,;:?!\n]{0,20}\b(?:${ANSWER}|what you (?:just )?(?:wrote|said|gave|did)|it|that|yourself)\b`, 'i'),
  // Point out the answer's own flaws: "point out mistakes or gaps in what you just wrote", "list every weakness".
  /\b(?:point out|list|identify|find|name|spot)\b[^.,;:?!\n]{0,20}\b(?:mistakes?|gaps?|weakness(?:es)?|flaws?|errors?|issues?|problems?|shortcomings?|limitations?)\b[^.,;:?!\n]{0,30}\b(?:you|your|above|answer|response|wrote|solution)\b/i,
  // Self-refinement: "rewrite it fixing the issues you found", "given that critique, produce the improved version".
  /\b(?:issues?|mistakes?|problems?|weakness(?:es)?|flaws?) (?:you|that you) (?:found|identified|listed|pointed out|spotted)\b|\b(?:given|using|based on|after) (?:that|this|the|your) (?:critique|review|feedback|self-review)\b|\bimproved (?:final )?(?:version|answer|response)\b/i,
  // Questions about the answer's own making: "which edge cases did you consider?", "why do we divide in that step?",
  // "is there another way to solve it?".
  /\b(?:which|what)\b[^.,;:?!\n]{0,30}\bdid you (?:consider|assume|miss|overlook|skip|rule out)\b|\bwhy\b[^.,;:?!\n]{0,40}\b(?:that|this|each|the|first|second|third|last|next) (?:step|line)\b|\b(?:another|a different|an alternative|a second) (?:way|method|approach) (?:to (?:solve|prove|derive|compute)|of solving)\b/i,
  // Spanish, German, French, Portuguese: verify / explain the answer or the reasoning (`\b` is ASCII-only: a verb may
  // begin with a letter outside it).
  /(?:^|[\s,.;:¡¿])(?:verifica|comprueba|revisa|explica|justifica|critica)\b[^.,;:?!\n]{0,20}\b(?:tu (?:respuesta|razonamiento|soluci[oó]n)|el resultado|cada paso|por qu[eé])/i,
  /(?:^|[\s,.;:¡¿])(?:überprüfe|kontrolliere|bestätige|erkläre|begründe)\b[^.,;:?!\n]{0,20}\b(?:deine (?:Antwort|Lösung|Überlegung)|das Ergebnis|jeden Schritt|warum)/i,
  /(?:^|[\s,.;:¡¿])(?:vérifie|explique|justifie|critique)\b[^.,;:?!\n]{0,20}\b(?:ta (?:réponse|solution)|ton raisonnement|le résultat|chaque étape|pourquoi)/i,
  /(?:^|[\s,.;:¡¿])(?:verifique|confira|explique|justifique|critique)\b[^.,;:?!\n]{0,20}\b(?:sua (?:resposta|solução)|seu raciocínio|o resultado|cada passo|por que)/i,
].map((p) => foldCase(p));

function wordCount(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whether a prompt is a short ask for the model to explain, verify or critique its own previous answer. */
export function isReflectiveAsk(prompt: string): boolean {
  const text = prompt.trim().toLowerCase();
  if (text.length === 0 || text.includes('\n') || wordCount(text, MAX_WORDS) > MAX_WORDS) return false;
  for (const p of PATTERNS) if (p.test(text)) return true;
  return false;
}
