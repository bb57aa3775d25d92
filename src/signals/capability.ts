/**
 * Capability tagger: which capability a request exercises — the axis along which distillation campaigns sweep
 * ("all of coding, then all of maths, then agentic tool use"). One tag per request, from transparent rules in
 * priority order (first match wins), reason code `capability:<tag>`:
 *
 *   agentic   tools declared in the request, or tool-use scaffolding in the text (ReAct "Action:/Observation:",
 *             "you have access to the following tools", toolformer-style calls);
 *   reasoning (judging) a request to grade, score or assess an answer against criteria or a scale — checked before
 *             coding and maths because the graded answer is often code or a worked sum;
 *   coding    fenced code, code syntax (def/class/#include/=>/SELECT…FROM), or a programming ask
 *             ("write a function/script", a language or library name next to a code verb);
 *   reasoning (puzzles) the standing puzzle genres: knights and knaves, orderings ("who is the tallest"), seating,
 *             calendar and direction puzzles, family riddles, syllogisms — checked before maths, whose word-problem
 *             cues ("how many", numbers) they share;
 *   creative  a request to write fiction, verse, lyrics, a story/poem/script, role-play, or a prompt that opens by
 *             casting the model as someone ("You are a pirate captain…");
 *   maths     two or more numbers with arithmetic operators or word-problem cues, or maths vocabulary
 *             (equation, integral, probability, prove);
 *   reasoning logic-puzzle and deduction vocabulary (riddle, infer, "which of the following", argument analysis);
 *   other     everything else (advice, facts, chit-chat, extraction/summarisation).
 *
 * scripts/capability-eval.ts measures precision and recall per tag on labelled corpora and on a simulated world.
 *
 * Only the first CAP_CHARS characters are examined (the ask is at the start; long pastes are context).
 *
 * Evasion: disguise the task category (wrap a coding task in a story) — but the campaign-level signal is the
 * *distribution* of capabilities per account and across accounts, which disguise on every request would
 * distort at the cost of the harvested data's usefulness.
 */

import { foldCase } from './case-fold.js';
import { LiteralGate } from './literal-gate.js';

export type Capability = 'coding' | 'maths' | 'reasoning' | 'agentic' | 'creative' | 'other';
export const CAPABILITY_LIST: readonly Capability[] = ['coding', 'maths', 'reasoning', 'agentic', 'creative', 'other'];

export const CAP_CHARS = 3000;

const AGENTIC_RE = foldCase(/(?:^|\n)\s*(?:action|observation|thought)\s*:|\byou have access to (?:the following )?(?:tools|functions|apis)\b|\b(?:available|following) tools\b|\btoolformer\b|\b(?:use|call|invoke) (?:the |a |an )?[\w-]*\s*(?:tool|function call|api)\b|\btool[_ ]?(?:call|use)s?\b|<tool_(?:call|use|result)>|\bfunction[_ ]calling\b|\b(?:browse|search) the web\b|\bexecute (?:the |this |a )?(?:shell )?command\b/i);

const CODE_SYNTAX_RE = foldCase(/```|(?:^|\n)\s*(?:def |class |import |from \S+ import |#include|package |public (?:static |class )|func |fn |let |const |var |function |SELECT\b[\s\S]{1,200}\bFROM\b|CREATE TABLE|<\?php|<\/?(?:div|html|script|body)\b)|=>|\)\s*\{|;\s*\n|console\.log|System\.out|printf\(|\bstd::/i);
const CODE_ASK_RE = foldCase(/\b(?:write|implement|code|debug|fix|refactor|optimi[sz]e|complete|create|build|generate|convert|translate|port|review)\b[^.\n]{0,60}\b(?:function|program|script|code|class|method|algorithm|regex|regular expression|query|api|endpoint|component|module|unit tests?|snippet|bug|compiler|library)\b/i);
const CODE_LANG_RE = foldCase(/\b(?:python|javascript|typescript|java|c\+\+|c#|golang|rust|kotlin|swift|ruby|php|sql|bash|shell script|powershell|html|css|react|node\.?js|django|flask|pandas|numpy|pytorch|tensorflow|docker|kubernetes|git|linux command|excel formula|vba|matlab|haskell|scala|perl|lua|assembly|verilog|solidity)\b/i);
const CODE_TERMS_RE = foldCase(/\b(?:stack trace|segfault|compile error|syntax error|exception|null pointer|runtime error|big-o|time complexity|recursion|linked list|binary tree|hash map|array|variable|api|json|http request)\b/i);

const CREATIVE_RE = foldCase(/\b(?:write|compose|draft|create|craft|tell|make up|invent|pen)\b[^.\n]{0,40}\b(?:story|stories|poem|poetry|song|lyrics|haiku|sonnet|limerick|novel|fiction|screenplay|script for a|scene|dialogue|fable|fairy tale|rap|joke|slogan|tagline|short film|monologue|ballad|ode|speech|blog post|opening (?:line|paragraph)|character|creature|descriptive paragraph)\b|\b(?:role-?play|roleplay|act as an? (?!\w*\s*(?:translator|linux|terminal|interpreter|api|sql|javascript|python))|pretend (?:to be|you are|yourself)|imagine (?:you are|you're|yourself)|picture yourself|suppose you are|in the style of|(?:embrace|assume|take on|take|play) the (?:role|persona|part) of|(?:fantastical|imaginary|mythical|magical) (?:creature|world|land|kingdom|being)|embody the (?:persona|role|character)|now you are an? |you are an? [\w -]{0,30}(?:from (?:the )?(?:\d+|future|past|planet|\w+ century)|visiting)|in a fictional|fictional (?:world|town|universe|character))/i);

// A prompt that opens by casting the model as someone is role-play; the usual assistant framings are not.
const PERSONA_RE = foldCase(/^\s*you are (?!(?:going|able|right|wrong|correct|not|welcome|free|allowed|given|provided|asked|supposed|to)\b|an? (?:helpful|ai|assistant|language model|large language model|chatbot)\b)(?:now )?(?:an? |the )?[\w.'-]+/i);

const GRADING_RE = foldCase(/\b(?:grade|score|rate|assess|evaluate|mark|critique|judge)\b[^.\n]{0,60}\b(?:response|answer|solution|submission|reply|attempt|completion|candidate|essay)\b|\bmarking scheme\b|\brubric\b|\bgrading (?:criteria|scale)\b|\bcandidate (?:solution|answer|response)\b/i);

const PUZZLE_RE = foldCase(/\bknights?\b[^.\n]{0,60}\bknaves?\b|\balways (?:tells? the truth|lies?)\b|\btruth-?tellers?\b|\bwho is (?:the )?(?:tallest|shortest|oldest|youngest|fastest|slowest|richest|poorest|heaviest|lightest|lying|telling the truth)\b|\bwhat day of the week\b|\bseating arrangements?\b|\bsits? (?:directly )?(?:to the (?:left|right) of|opposite|next to)\b|\bhow many (?:brothers|sisters|siblings|sons|daughters) does\b|\bovert(?:ake|ook|aken)\b[^.\n]{0,60}\bposition\b|\b(?:which|what) direction\b|\bdirection towards which\b|\b(?:true|false),? (?:true|false),? or uncertain\b|\bbased on the (?:first two|above|given) statements\b|\bif all \w+ are \w+\b/i);

const MATHS_WORDS_RE = foldCase(/\b(?:equation|integral|derivative|differentiate|integrate|probability|polynomial|matrix|eigen\w*|theorem|prove that|lemma|factori[sz]e|prime numbers?|logarithm|quadratic|algebra|geometry|trigonometr\w*|calculus|arithmetic|sum of|solve for|simplify|expected value|variance|standard deviation|how many|how much|percent(?:age)?|remainder|divisible|fraction|ratio|area of|volume of|perimeter)\b/i);
const ARITH = /\d\s*[-+*/^×÷=]\s*\(?\d|\\frac|\\sqrt|\$[^$\n]{1,80}\$|\bx\s*[\^²]/;
const WORD_PROBLEM_RE = foldCase(/\b(?:each|per|total|altogether|in all|left|remaining|twice|half|times as|costs?|earns?|spends?|sold|bought|pays?|dollars?|\$\d|cents|miles|hours|minutes|km|kg|pounds|apples|cookies)\b/i);

const REASONING_RE = foldCase(/\b(?:riddle|puzzle|logic(?:al)? (?:problem|puzzle|question)|deduce|deduction|infer(?:ence)?|syllogism|paradox|which of the following|true or false|premises?|conclusion follows|fallacy|counterfactual|thought experiment|lateral thinking|brain ?teaser|knights and knaves|who is (?:lying|telling the truth)|what comes next|sequence|odd one out|does not belong|what is the relationship between|true, false,? or uncertain|what could be the reasons?)\b/i);

/** The folded patterns behind one literal gate, and their indices in it. */
const GATED = [AGENTIC_RE, CODE_SYNTAX_RE, CODE_ASK_RE, CODE_LANG_RE, CODE_TERMS_RE, CREATIVE_RE, MATHS_WORDS_RE, WORD_PROBLEM_RE, REASONING_RE, PERSONA_RE, GRADING_RE, PUZZLE_RE];
const [AGENTIC, CODE_SYNTAX, CODE_ASK, CODE_LANG, CODE_TERMS, CREATIVE, MATHS_WORDS, WORD_PROBLEM, REASONING, PERSONA, GRADING, PUZZLE] = GATED.map((_re, i) => i) as [number, number, number, number, number, number, number, number, number, number, number, number];
const GATE = new LiteralGate(GATED);
/** The gated (folded) patterns, for the gate's soundness test. */
export const GATED_CAPABILITY_PATTERNS: readonly RegExp[] = GATED;

function countNumbers(s: string, max: number): number {
  let n = 0;
  let inNum = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 48 && c <= 57;
    if (d && !inNum) { n++; if (n >= max) return n; }
    inNum = d;
  }
  return n;
}

/** Capability a request exercises (see the module comment for the rules). */
export function capabilityOf(prompt: string, system: string | null, toolNames: readonly string[] | null): Capability {
  if (toolNames !== null && toolNames.length > 0) return 'agentic';
  const p = typeof prompt === 'string' ? (prompt.length > CAP_CHARS ? prompt.slice(0, CAP_CHARS) : prompt) : '';
  const text = system ? `${system.length > 1000 ? system.slice(0, 1000) : system}\n${p}` : p;
  // Case-insensitive patterns are folded and run on lower-cased text (see case-fold.ts), behind a literal gate
  // (see literal-gate.ts) scanned over the whole text: what occurs in the prompt occurs there too.
  const lp = p.toLowerCase();
  const lt = system ? text.toLowerCase() : lp;
  GATE.scan(lt);
  const is = (i: number, s: string): boolean => GATE.may(i) && GATED[i]!.test(s);
  if (is(AGENTIC, lt)) return 'agentic';
  if (is(GRADING, lp)) return 'reasoning';
  if (is(CODE_SYNTAX, lp) || is(CODE_ASK, lp) || (is(CODE_LANG, lp) && is(CODE_TERMS, lp))) return 'coding';
  if (is(PUZZLE, lp)) return 'reasoning';
  if (is(CREATIVE, lp) || is(PERSONA, lp)) return 'creative';
  const numbers = countNumbers(p, 3);
  if ((numbers >= 2 && (ARITH.test(p) || is(WORD_PROBLEM, lp))) || (is(MATHS_WORDS, lp) && (numbers >= 1 || ARITH.test(p))) || /\\(?:frac|sqrt|int|sum)\b/.test(p)) return 'maths';
  if (is(CODE_LANG, lp)) return 'coding';
  if (is(REASONING, lp)) return 'reasoning';
  if (is(MATHS_WORDS, lp)) return 'maths';
  return 'other';
}

/** Reason code for a capability, e.g. `capability:coding`. */
export function capabilityReason(c: Capability): string {
  return `capability:${c}`;
}
