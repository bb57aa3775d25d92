/**
 * Phrasing grammars for the intent model: the main source of its training positives (extraction wrappers of the
 * five kinds) and of its hard negatives (how ordinary users and applications wrap the same kind of text).
 *
 * A phrasing is composed from independent slots: opener, role line, politeness, task verb, reasoning ask,
 * format ask, output constraint, closer, item placement, envelope (plain, markdown, XML, JSON, chat roles) and
 * register (plain, terse, verbose, non-native, lower-case). Every slot list is split by position into a TRAIN
 * part and a VALIDATION part (every fifth value), so a validation phrasing is built from slot values the model
 * never saw together or at all: the validation figures measure generalisation to new wording.
 *
 * Placeholders as in intent-phrasings.ts: {item} {answer} {n} {k} {topic} {examples} {item2} {item3} {items}.
 * Everything is driven by the caller's seeded generator: same seed, same phrasings.
 */
import type { IntentKind } from '../src/signals/intent-patterns.js';
import type { Phrasing } from './intent-phrasings.js';

export type Rand = () => number;
/** Which part of every slot list to draw from. */
export type GrammarSplit = 'train' | 'val';

/** A value from the split's part of a slot list (short lists are shared by both splits). */
function pick<T>(list: readonly T[], r: Rand, split: GrammarSplit): T {
  if (list.length < 5) return list[Math.floor(r() * list.length)]!;
  const valCount = Math.floor(list.length / 5);
  if (split === 'val') return list[5 * Math.floor(r() * valCount) + 4]!;
  const i = Math.floor(r() * (list.length - valCount));
  // Skip every fifth position (the validation values).
  return list[i + Math.floor(i / 4)]!;
}
const chance = (p: number, r: Rand): boolean => r() < p;
const cap = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const joinSentences = (parts: readonly string[]): string => parts.filter((p) => p.trim() !== '').map((p) => cap(p.trim())).join(' ');

// ---- shared slots ------------------------------------------------------------------------------------------

const OPENERS = ['', '', '', 'Hello.', 'Hi there!', 'Good morning.', 'Okay.', 'New task.', 'Next one.', 'Instructions follow.', 'Listen carefully.', 'Here is the next input.', 'Dear assistant,', 'Task incoming.', 'Alright,', 'Attention:'];
const POLITE_PRE = ['please', 'kindly', 'could you', 'can you', 'would you please', 'I would like you to', 'I need you to', 'I want you to', 'would you be so kind as to', 'if possible,', 'pls'];
const CLOSERS = ['', '', '', 'Thanks!', 'Thank you.', 'Much appreciated.', 'Be precise.', 'Be thorough.', 'Do not skip anything.', 'Thanks in advance.', 'Follow the format exactly.', 'Cheers.', 'Good luck!', 'No other text.', 'Keep it accurate.'];
const SYS_ROLE_PREFIX = ['You are', 'System: You are', 'Role:', 'Act as', 'You will act as', '[SYSTEM] You are', 'Persona:', 'Your role is', 'Behave as', 'You serve as'];

// ---- cot-elicitation ---------------------------------------------------------------------------------------

const TASK_VERBS = ['solve', 'answer', 'work out', 'figure out', 'tackle', 'handle', 'compute', 'resolve', 'address', 'complete', 'do', 'crack', 'work through', 'process', 'deal with'];
const TASK_OBJ = ['the problem below', 'this question', 'the following task', 'the following', 'this', 'the exercise', 'the item below', 'this one', 'the query', 'the input'];
const REASON_VERBS = ['show', 'write out', 'spell out', 'lay out', 'explain', 'detail', 'articulate', 'verbalise', 'narrate', 'document', 'present', 'describe', 'include', 'expose', 'make explicit', 'list', 'record', 'print', 'externalise', 'unpack'];
const REASON_DET = ['your', 'all of your', 'the full', 'the complete', 'every bit of your', 'the whole', 'each piece of your', 'your entire'];
const REASON_NOUNS = ['reasoning', 'thought process', 'chain of thought', 'derivation', 'working', 'thinking', 'rationale', 'line of reasoning', 'deliberation', 'inner monologue', 'scratch work', 'logic', 'inference steps', 'intermediate steps', 'calculations', 'justification', 'analysis', 'train of thought', 'problem-solving process', 'thought steps'];
const REASON_WHEN = ['', 'before the answer', 'before answering', 'first', 'then the answer', 'step by step', 'one step at a time', 'in detail', 'in full', 'at every stage', 'as you go', 'from start to finish', 'without skipping anything', 'including dead ends', 'in numbered steps'];
const REASON_STANDALONE = ["Let's think step by step.", 'Think step by step.', 'Reason carefully before you answer.', 'Think it through out loud.', 'Work it out step by step.', 'Take it one step at a time and show each one.', 'Go slowly and justify every step.', 'Think before answering and show that thinking.', 'Explain why each step follows from the previous one.', 'Do not jump to the answer; derive it.', 'Deliberate at length first.', 'Reason it out explicitly.', 'Break it into sub-steps and solve each one visibly.', 'Show your work.', 'Walk through the logic in detail.'];
const REASON_KEYS = ['reasoning', 'rationale', 'thoughts', 'steps', 'derivation', 'thinking', 'chain_of_thought', 'explanation', 'scratchpad', 'analysis', 'work', 'thought_process'];
const REASON_TAGS = ['think', 'reasoning', 'thoughts', 'scratchpad', 'rationale', 'analysis', 'working', 'thinking', 'reflection', 'deliberation'];
const ANSWER_KEYS = ['answer', 'final_answer', 'result', 'final', 'output', 'solution', 'prediction', 'response'];
const FINAL_LINES = ["End with 'Final answer: <answer>'.", 'Put the final answer on the last line.', 'Mark the final answer with ####.', 'Finish with **Answer:** followed by the result.', 'Box the final answer.', "Conclude with 'The answer is X'.", 'State the result on its own line at the end.', 'Write ANSWER: before the final result.', 'Give the answer last.', 'Then state the final answer clearly.'];
const COT_ROLES = ['a reasoning model that always shows its chain of thought', 'a meticulous solver who writes out every intermediate step', 'a step-by-step reasoning engine', 'an assistant that thinks aloud before answering', 'a tutor model that derives every answer explicitly', 'a careful analyst who verbalises each deduction', 'a math and logic expert who always shows full working', 'a model producing detailed rationales', 'an explainer that never gives a bare answer', 'a solver that externalises its reasoning'];

// ---- rubric-grading ----------------------------------------------------------------------------------------

const JUDGE_ROLES = ['an impartial judge', 'a strict grader', 'a reward model', 'an expert evaluator', 'a fair reviewer', 'a human preference annotator', 'a quality rater', 'a critic', 'an examiner', 'a scoring model', 'an automated grader', 'a meticulous assessor', 'a teaching assistant who marks submissions', 'an LLM judge', 'a benchmark referee'];
const JUDGE_VERBS = ['grade', 'score', 'rate', 'evaluate', 'assess', 'judge', 'mark', 'review', 'critique', 'appraise', 'rank', 'check', 'audit', 'label', 'verify'];
const JUDGE_OBJ = ['the answer', 'the response below', 'this reply', 'the candidate answer', "the model's output", 'the submission', 'the proposed solution', 'the completion', 'the assistant turn', 'the generated answer', 'the prediction', 'the attempt'];
const JUDGE_CRITERIA = ['', '', 'for correctness', 'for accuracy and clarity', 'on helpfulness, honesty and harmlessness', 'against the reference answer', 'for factual accuracy', 'on correctness, completeness and style', 'for instruction following', 'on relevance and depth', 'for logical soundness', 'for coherence'];
const JUDGE_SCALES = ['on a scale of 1 to 10', 'from 0 to 5', 'out of 100', 'with a letter grade from A to F', 'as pass or fail', 'on a 1-7 Likert scale', 'with a score between 0 and 1', 'from one to five stars', 'as correct or incorrect', 'with points per criterion', 'on a 1-5 scale', 'as good, okay or bad', 'from 1 (worst) to 10 (best)', 'as yes or no'];
const JUDGE_OUT = ['', 'Output only the score.', 'Return {"score": <int>, "reason": "<text>"}.', 'Reply with PASS or FAIL.', 'Give the verdict as [[score]].', 'Justify the score in one sentence.', 'Explain your score, then give it.', 'Output TRUE or FALSE.', 'Respond with the number only.', 'Give a short critique followed by the rating.', 'List the errors, then the score.', 'End with "Score: X".'];
const Q_LABELS = ['Question', 'Prompt', 'Task', 'Input', 'Query', 'Problem', 'Instruction', 'User message', 'Request', 'Exercise'];
const A_LABELS = ['Answer', 'Response', 'Reply', 'Output', 'Submission', 'Solution', 'Candidate answer', 'Model output', 'Assistant response', 'Student answer', 'Completion', 'Attempt'];

// ---- instruction-generation --------------------------------------------------------------------------------

const GEN_VERBS = ['generate', 'write', 'create', 'produce', 'come up with', 'list', 'give me', 'draft', 'compose', 'invent', 'brainstorm', 'make', 'propose', 'design', 'author', 'craft', 'construct', 'synthesise', 'put together', 'devise'];
const GEN_ADJ = ['', 'diverse', 'new', 'different', 'unique', 'varied', 'fresh', 'original', 'novel', 'additional', 'challenging', 'realistic', 'high-quality', 'distinct', 'non-overlapping'];
const GEN_OBJ = ['instructions', 'tasks', 'questions', 'prompts', 'problems', 'exercises', 'examples', 'queries', 'test items', 'training examples', 'user requests', 'scenarios', 'instruction-response pairs', 'question-answer pairs', 'conversations', 'math word problems', 'coding challenges', 'evaluation prompts', 'seed tasks', 'samples'];
const GEN_FRAME = ['about {topic}', 'on {topic}', 'covering {topic}', 'similar to this one:\n{item}', 'like these:\n{examples}', 'in the same style as:\n{item}', 'in the domain of {topic}', 'based on the seed below:\n{item}', 'modelled on the following examples:\n{examples}', 'that test {topic}'];
const GEN_PURPOSE = ['', '', 'for a dataset', 'for fine-tuning', 'to train a model', 'for an instruction-tuning corpus', 'for evaluating a language model', 'for our synthetic data pipeline', 'for a training set', 'for model evaluation', 'to augment our data'];
const GEN_CONSTRAINTS = ['', '', 'Include an answer for each.', 'Number them.', 'Output as a JSON array.', 'One per line.', 'Vary the difficulty.', 'Do not repeat any verb.', 'Each under 30 words.', 'Make each one different in style.', 'No duplicates.', 'Include ideal responses.', 'Cover different skills.', 'Do not solve them.'];
const VARY_VERBS = ['rephrase', 'paraphrase', 'rewrite', 'reword', 'mutate', 'evolve', 'transform', 'adapt', 'vary', 'restate'];
const VARY_HOW = ['in {n} different ways', 'into {n} harder versions', 'into {n} variants with new numbers and names', 'into a more complex instruction', 'so that it needs more reasoning steps', '{n} times, keeping the meaning', 'into {n} versions for other domains', 'by adding one more constraint', 'into a deeper version of itself', 'into {n} distinct formulations'];
const GEN_ROLES = ['a dataset generator', 'a synthetic data engine', 'a task writer for an AI training set', 'a prompt generator', 'a data augmentation model', 'an instruction writer', 'a question author for a benchmark', 'a curriculum generator for model training', 'a red-team prompt author', 'a seed-expansion engine'];

// ---- benchmark-item ----------------------------------------------------------------------------------------

const ITEM_LABELS = ['Question:', 'Problem:', 'Q:', 'Task {k}:', 'Item {k}.', 'Exercise {k}', '### Instruction:', '[{k}]', '#{k}', 'Prompt:', 'Query:', 'Sample {k}', 'Test case {k}:', 'Input:', '== Problem {k} ==', 'PROBLEM', '**Question {k}**', 'Case {k}:', 'Example {k}:', 'No. {k}'];
const ANSWER_SLOTS = ['Answer:', 'A:', 'Solution:', '### Response:', 'Your answer:', 'Final answer:', 'Expected output:', 'Answer (number only):', 'Result:', 'Output:', 'Response:', '**Answer:**', 'ANSWER:', 'The answer is', 'Prediction:'];
const ONLY_ANSWER = ['Only the final answer.', 'Number only.', 'No explanation.', 'Just the answer, nothing else.', 'Output the value only, without commentary.', 'Respond with the answer only.', 'Final value only.', 'Return only the result.', 'Answer with a single number.', 'Give the bare answer with no working.', 'Do not explain; answer.', 'Reply with the option letter only.', 'Print only the output.', 'Return only code.', 'Nothing but the answer.'];
const HARNESS = ['Evaluation mode.', 'Benchmark run {k}.', 'Eval item {k} of 500.', 'Test set sample {k}.', 'Automated evaluation. Answer exactly.', 'Scoring harness: strict match.', 'This is item {k} of the test split.', 'Exam mode: answer precisely.', 'Auto-grader input {k}.', 'Held-out question {k}.'];
const JSON_ANSWER = ['Return {"answer": <value>}.', 'Respond as {"final": ...} with no other text.', 'Output: {"result": <answer>} only.', 'Reply as JSON: {"id": {k}, "answer": ...}.', 'Return a JSON object with a single key "answer".'];

// ---- bulk-format -------------------------------------------------------------------------------------------

const BATCH_INTROS = ['Answer each of the following.', 'For each item below, give the answer.', 'Handle every question in this list.', 'Solve all of these.', 'Process the inputs below one by one.', 'Respond to every item.', 'Here is a batch of questions.', 'Complete all tasks below.', 'Below are several problems.', 'Work through the list.', 'Batch request:', 'Multiple inputs follow.'];
const BATCH_RULES = ['Keep the same order.', 'One answer per line.', 'Number your answers to match.', 'Separate answers with a blank line.', 'Label each answer with its id.', 'Do not skip any item.', 'Answer them in order.', 'Match each output to its input number.', 'Return the results as a list.', 'Use one row per item.'];
const FORMATS = ['in JSON', 'as JSON with keys "{rk}" and "{ak}"', 'in YAML', 'as XML', 'as CSV', 'as a markdown table', 'as a JSON array', 'as JSON lines', 'using the template ANSWER: <answer> / WHY: <why>', 'inside <{ak}></{ak}> tags', 'as a Python dict', 'as TSV', 'in the schema {"id": int, "{ak}": str}', 'as key: value pairs', 'as a numbered list'];
const FORMAT_VERBS = ['respond', 'output', 'return', 'reply', 'format your answer', 'provide the result', 'give your answer', 'write the answer', 'emit the output', 'structure the reply', 'present the output', 'answer'];
const JOINS = ['\n---\n', '\n\n', '\n###\n', '\n* * *\n', '\n\n=====\n\n', '\n'];

// ---- registers and envelopes -------------------------------------------------------------------------------

/** Non-native rewrites: article drops, word order and verb forms typical of learners. */
const NON_NATIVE: ReadonlyArray<[RegExp, string]> = [
  [/\bthe (?=\w)/g, ''], [/\byour\b/g, 'you'], [/\bplease\b/gi, 'please you'], [/\bshow\b/g, 'make show'],
  [/\bbefore\b/g, 'before of'], [/\bevery\b/g, 'all'], [/\bsteps\b/g, 'step'], [/\bgive\b/g, 'give me'],
];
/** Words a terse register drops. */
const TERSE_DROP = /\b(?:please|kindly|the|a|an|your|all of|I would like you to|I need you to|I want you to|could you|can you|would you please)\b\s*/gi;

type Register = 'plain' | 'terse' | 'verbose' | 'non-native' | 'lower';
const REGISTERS: readonly Register[] = ['plain', 'plain', 'plain', 'terse', 'verbose', 'non-native', 'lower'];
const VERBOSE_ADD = ['It is important that you follow these instructions closely.', 'This matters a lot for our work, so take your time.', 'Make sure the result is correct and complete.', 'Please pay attention to every detail of the instructions.', 'I will use your output later, so consistency matters.', 'Accuracy is the top priority here.'];

function applyRegister(s: string, reg: Register, r: Rand, split: GrammarSplit): string {
  switch (reg) {
    case 'plain': return s;
    case 'terse': return s.replace(TERSE_DROP, '').replace(/ {2,}/g, ' ');
    case 'verbose': return `${s} ${pick(VERBOSE_ADD, r, split)}`;
    case 'lower': return s.toLowerCase().replace(/[.!]$/g, '');
    case 'non-native': {
      let out = s;
      for (const [re, to] of NON_NATIVE) if (chance(0.5, r)) out = out.replace(re, to);
      return out;
    }
  }
}

type Envelope = 'plain' | 'markdown' | 'xml' | 'json' | 'chat' | 'brackets';
const ENVELOPES: readonly Envelope[] = ['plain', 'plain', 'plain', 'markdown', 'xml', 'json', 'chat', 'brackets'];
const MD_INSTR = ['## Instructions', '# Task', '### Directions', '## What to do', '**Instructions**'];
const MD_INPUT = ['## Input', '# Problem', '### Item', '## Question', '**Input**'];
const XML_INSTR = ['instructions', 'task', 'directive', 'system', 'guidelines'];
const XML_INPUT = ['input', 'problem', 'question', 'item', 'query'];
const JSON_INSTR = ['instruction', 'task', 'directive', 'system', 'prompt_template'];
const JSON_INPUT = ['input', 'question', 'problem', 'data', 'item'];

/** Puts an instruction and an item block together in one of several envelopes and orders. */
function envelope(instr: string, itemBlock: string, r: Rand, split: GrammarSplit): string {
  const env = pick(ENVELOPES, r, split);
  const instrFirst = chance(0.55, r);
  const sep = pick(['\n\n', '\n', ' ', '\n\n'], r, split);
  switch (env) {
    case 'plain': return instrFirst ? `${instr}${sep}${itemBlock}` : `${itemBlock}${sep}${instr}`;
    case 'markdown': {
      const a = `${pick(MD_INSTR, r, split)}\n${instr}`;
      const b = `${pick(MD_INPUT, r, split)}\n${itemBlock}`;
      return instrFirst ? `${a}\n\n${b}` : `${b}\n\n${a}`;
    }
    case 'xml': {
      const ti = pick(XML_INSTR, r, split);
      const tx = pick(XML_INPUT, r, split);
      const a = `<${ti}>${instr}</${ti}>`;
      const b = `<${tx}>\n${itemBlock}\n</${tx}>`;
      return instrFirst ? `${a}\n${b}` : `${b}\n${a}`;
    }
    case 'json': {
      const esc = (s: string): string => s.replace(/"/g, '\\"').replace(/\n/g, '\\n');
      return `{"${pick(JSON_INSTR, r, split)}": "${esc(instr)}", "${pick(JSON_INPUT, r, split)}": "${itemBlock}"}`;
    }
    case 'chat': {
      const [sys, usr] = pick([['System', 'User'], ['SYSTEM', 'USER'], ['system', 'user'], ['### System', '### User'], ['<|system|>', '<|user|>']] as const, r, split);
      return `${sys}: ${instr}\n${usr}: ${itemBlock}`;
    }
    case 'brackets': return instrFirst ? `[${instr}]\n${itemBlock}` : `${itemBlock}\n[${instr}]`;
  }
}

// ---- extraction grammar ------------------------------------------------------------------------------------

/** The kind-specific instruction sentences (without the item). */
function instructionFor(kind: IntentKind, r: Rand, s: GrammarSplit): { parts: string[]; item: string } {
  switch (kind) {
    case 'cot-elicitation': {
      const parts: string[] = [];
      if (chance(0.25, r)) parts.push(`${pick(SYS_ROLE_PREFIX, r, s)} ${pick(COT_ROLES, r, s)}.`);
      if (chance(0.5, r)) parts.push(`${pick(TASK_VERBS, r, s)} ${pick(TASK_OBJ, r, s)}.`);
      const ask = chance(0.55, r)
        ? `${pick(REASON_VERBS, r, s)} ${pick(REASON_DET, r, s)} ${pick(REASON_NOUNS, r, s)} ${pick(REASON_WHEN, r, s)}`.trim() + '.'
        : chance(0.5, r) ? pick(REASON_STANDALONE, r, s)
          : chance(0.5, r) ? `Respond in JSON with keys "${pick(REASON_KEYS, r, s)}" and "${pick(ANSWER_KEYS, r, s)}".`
            : `Put your ${pick(REASON_NOUNS, r, s)} inside <${pick(REASON_TAGS, r, s)}> tags, then the ${pick(['answer', 'final answer', 'result'], r, s)}.`;
      parts.push(ask);
      if (chance(0.35, r)) parts.push(pick(FINAL_LINES, r, s));
      return { parts, item: '{item}' };
    }
    case 'rubric-grading': {
      const parts: string[] = [];
      if (chance(0.4, r)) parts.push(`${pick(SYS_ROLE_PREFIX, r, s)} ${pick(JUDGE_ROLES, r, s)}.`);
      parts.push(`${pick(JUDGE_VERBS, r, s)} ${pick(JUDGE_OBJ, r, s)} ${pick(JUDGE_CRITERIA, r, s)} ${pick(JUDGE_SCALES, r, s)}`.replace(/ {2,}/g, ' ').trim() + '.');
      const out = pick(JUDGE_OUT, r, s);
      if (out) parts.push(out);
      const q = pick(Q_LABELS, r, s);
      const a = pick(A_LABELS, r, s);
      const tag = (x: string): string => x.toLowerCase().replace(/ /g, '_');
      const layout = pick([
        `${q}: {item}\n${a}: {answer}`,
        `[${q}]\n{item}\n\n[${a}]\n{answer}`,
        `### ${q}\n{item}\n### ${a}\n{answer}`,
        `<${tag(q)}>{item}</${tag(q)}>\n<${tag(a)}>{answer}</${tag(a)}>`,
        `${q.toUpperCase()}:\n{item}\n\n${a.toUpperCase()}:\n{answer}`,
        `${q}: {item}\n${a} A: {answer}\n${a} B: I am not sure.`,
      ], r, s);
      return { parts, item: layout };
    }
    case 'instruction-generation': {
      const parts: string[] = [];
      if (chance(0.25, r)) parts.push(`${pick(SYS_ROLE_PREFIX, r, s)} ${pick(GEN_ROLES, r, s)}.`);
      let item = '';
      if (chance(0.3, r)) {
        parts.push(`${pick(VARY_VERBS, r, s)} ${pick(TASK_OBJ, r, s)} ${pick(VARY_HOW, r, s)}.`);
        item = '{item}';
      } else {
        const adj = pick(GEN_ADJ, r, s);
        const frame = pick(GEN_FRAME, r, s);
        const [head, tail] = frame.includes('\n') ? frame.split('\n') as [string, string] : [frame, ''];
        parts.push(`${pick(GEN_VERBS, r, s)} {n} ${adj ? adj + ' ' : ''}${pick(GEN_OBJ, r, s)} ${head.replace(/:$/, '')} ${pick(GEN_PURPOSE, r, s)}`.replace(/ {2,}/g, ' ').trim() + (tail ? ':' : '.'));
        item = tail;
      }
      const c = pick(GEN_CONSTRAINTS, r, s);
      if (c) parts.push(c);
      return { parts, item };
    }
    case 'benchmark-item': {
      const parts: string[] = [];
      if (chance(0.3, r)) parts.push(pick(HARNESS, r, s));
      const style = r();
      if (style < 0.4) return { parts: [...parts, chance(0.5, r) ? pick(ONLY_ANSWER, r, s) : ''], item: `${pick(ITEM_LABELS, r, s)}${pick(['\n', ' '], r, s)}{item}\n${pick(ANSWER_SLOTS, r, s)}` };
      if (style < 0.75) parts.push(pick(ONLY_ANSWER, r, s));
      else parts.push(pick(JSON_ANSWER, r, s));
      return { parts, item: '{item}' };
    }
    case 'bulk-format': {
      const parts: string[] = [];
      const fmt = `${pick(FORMAT_VERBS, r, s)} ${pick(FORMATS, r, s)}.`.replace('{rk}', pick(REASON_KEYS, r, s)).replaceAll('{ak}', pick(ANSWER_KEYS, r, s));
      if (chance(0.55, r)) {
        parts.push(pick(BATCH_INTROS, r, s));
        if (chance(0.6, r)) parts.push(fmt);
        if (chance(0.6, r)) parts.push(pick(BATCH_RULES, r, s));
        const j = pick(JOINS, r, s);
        const items = chance(0.5, r) ? '{items}' : `{item}${j}{item2}${j}{item3}`;
        return { parts, item: items };
      }
      parts.push(fmt);
      return { parts, item: '{item}' };
    }
  }
}

/**
 * A composed extraction phrasing of `kind`: instruction sentences with opener, politeness, closer and register,
 * placed around the item in an envelope.
 */
export function composeExtraction(kind: IntentKind, r: Rand, split: GrammarSplit): Phrasing {
  const { parts, item } = instructionFor(kind, r, split);
  let sentences = parts.filter((p) => p !== '');
  if (chance(0.3, r) && sentences.length > 0) {
    const first = sentences[0]!;
    sentences = [`${pick(POLITE_PRE, r, split)} ${first.charAt(0).toLowerCase()}${first.slice(1)}`, ...sentences.slice(1)];
  }
  const opener = pick(OPENERS, r, split);
  const closer = pick(CLOSERS, r, split);
  const reg = pick(REGISTERS, r, split);
  const instr = applyRegister(joinSentences([opener, ...sentences, closer]), reg, r, split);
  // Instruction-generation without a seed item is the whole prompt.
  const t = item === '' ? instr : envelope(instr, item, r, split);
  return { kind, t, codeOnly: false };
}

// ---- ordinary-user grammar (hard negatives) ----------------------------------------------------------------

const LEARNER_CONTEXT = ['', '', "I'm a student and", 'my daughter asked me this and', "I'm revising for my exam and", 'this is from my homework and', "I'm learning on my own and", 'our teacher gave us this and', "I'm tutoring my brother and", 'for my assignment,', "I'm back at school after years and", "I'm a parent helping with homework and"];
const LEARNER_ASK = ['can you explain how to do this', 'how do I solve this', 'can you explain it step by step', 'could you walk me through it', "I don't get it, can you help", 'what is the method here', 'can you show me how to start', 'is my answer right', 'where did I go wrong', 'can you give me a hint', 'explain how this works', 'what does this question want', 'can you explain the steps so I can do the rest myself', 'why is the answer what it is', 'explain it simply please', 'how would you think about this', 'what formula do I use', 'can you check my reasoning'];
const LEARNER_TAIL = ['', '', '', 'thanks!', 'I have a test tomorrow.', 'not just the answer please.', 'I keep getting a different number.', 'I want to understand it.', 'my teacher explained it too fast.', 'I got 42 but the book says otherwise.', "please don't just give me the answer.", 'in simple words.', 'sorry if this is dumb.'];

const DEV_ASK = ['this function is not working, can you help me fix it', 'why does this throw an error', 'can you review this code', 'what does this code do', 'how can I make this faster', 'is there a bug here', 'can you add comments to this', 'how do I write tests for this', 'can you refactor this to be cleaner', 'I get a TypeError when I run this, why', 'can you explain this code step by step', 'what is the time complexity of this', 'help me debug this', 'how would you improve this', 'convert this to TypeScript', 'my tests fail on this function, any idea'];
const DEV_CONTEXT = ['', '', "I'm working on a side project.", 'This is for work.', 'Running Python 3.11.', 'The CI is red because of this.', 'My PR reviewer flagged this.', "I'm new to programming.", 'It worked yesterday.', 'Error: IndexError: list index out of range'];

const TEACHER_SUBJECTS = ['fractions', 'photosynthesis', 'the French revolution', 'linear equations', 'the water cycle', 'Python loops', 'persuasive essays', 'the solar system', 'probability', 'Shakespeare\'s sonnets', 'cell biology', 'World War I', 'basic statistics', 'poetry analysis', 'chemical bonding', 'climate change', 'Spanish verbs', 'geometry proofs', 'ecosystems', 'personal budgeting'];
const TEACHER_AUDIENCE = ['my 5th graders', 'my 8th grade class', 'my high school students', 'my year 10 class', 'a class of 30 ESL students', 'my homeschooled kids', 'my intro college course', 'my after-school club', 'students who struggle with reading', 'my AP class'];
const TEACHER_ASK = [
  'Can you make a 10-question quiz on {subj} for {aud}?',
  'I need a rubric to grade {aud} on their {subj} projects. 4 levels please.',
  'Write 5 practice problems about {subj} for {aud}, with an answer key.',
  'Could you create a worksheet on {subj} for {aud}?',
  'Help me design a grading rubric for a {subj} essay for {aud}.',
  'Give me some discussion questions about {subj} for {aud}.',
  'Make a short multiple-choice test on {subj} for {aud} with answers.',
  'I am a teacher. Can you suggest 3 exit-ticket questions on {subj} for {aud}?',
  'Create a lesson plan with a few exercises on {subj} for {aud}.',
  'What are good homework questions on {subj} for {aud}?',
  'Can you write a few more problems like this one for {aud}? {item}',
  'I want to give {aud} a problem like this. Can you explain how to present it? {item}',
  'How should I grade answers to this question fairly? It is for {aud}.\n{item}',
  'Can you make flashcards on {subj} for {aud}?',
];

const APP_TEMPLATES = [
  'Translate the following text into French:\n{text}',
  'Summarize this in 3 bullet points:\n{text}',
  'Fix the grammar and spelling in the text below. Keep the meaning.\n{text}',
  'Extract the names, dates and places mentioned in the text as JSON:\n{text}',
  'Classify the sentiment of this review as positive, negative or neutral:\n{text}',
  'Write a polite reply to this customer message:\n{text}',
  'Give this article a short title:\n{text}',
  'Rewrite this in a more formal tone:\n{text}',
  'You are a support bot for a shoe shop. Answer the customer briefly.\nCustomer: {text}',
  'Return a JSON object with fields "topic" and "language" for the user message below.\n{text}',
  'Convert this to a markdown list:\n{text}',
  'Detect the language of this text and answer with its ISO code: {text}',
  'Make this shorter, under 50 words:\n{text}',
  'Tag this support ticket with one of: billing, shipping, technical, other.\nTicket: {text}',
];

// Application templates: a fixed instruction around user-supplied text, often with a machine format. They ask to
// transform or label the user's text, not to reason about a task item, so a format ask alone is not extraction.
const APP_VERBS = ['extract', 'classify', 'tag', 'summarise', 'translate', 'rewrite', 'detect', 'categorise', 'pull out', 'identify', 'label', 'parse', 'list', 'normalise', 'shorten'];
const APP_FIELDS = ['the names and dates', 'the sentiment', 'the main topic', 'the product and price', 'the language', 'the intent of the message', 'key entities', 'the action items', 'the sender and subject', 'the address fields', 'any deadlines', 'the tone', 'the category', 'the urgency', 'keywords'];
const APP_DOCS = ['text', 'message', 'email', 'review', 'support ticket', 'chat message', 'document', 'note', 'post', 'user input', 'transcript', 'comment', 'product description', 'invoice', 'query'];
const APP_FORMATS = ['', 'as JSON', 'in JSON with the fields "label" and "confidence"', 'as a bullet list', 'as CSV', 'in one word', 'as a JSON object', 'as YAML', 'as a comma-separated list', 'with keys "category" and "reason"', 'as plain text', 'in a markdown table'];
const APP_PREFIX = ['', '', '', 'You are a helpful assistant for a CRM tool.', 'You are an email assistant.', 'You are part of a content moderation pipeline.', 'You are a shopping assistant.', 'You work for a travel booking site.', 'System: respond concisely.', 'You are an HR assistant.'];

function composeAppTemplate(r: Rand, s: GrammarSplit): string {
  const pre = pick(APP_PREFIX, r, s);
  const doc = pick(APP_DOCS, r, s);
  const fmt = pick(APP_FORMATS, r, s);
  const ask = `${cap(pick(APP_VERBS, r, s))} ${pick(APP_FIELDS, r, s)} ${pick(['from', 'in', 'of'], r, s)} the ${doc} below${fmt ? ' ' + fmt : ''}.`;
  const body = pick([`{text}`, `${cap(doc)}: {text}`, `"""{text}"""`, `<${doc.replace(/ /g, '_')}>{text}</${doc.replace(/ /g, '_')}>`], r, s);
  return `${pre ? pre + '\n' : ''}${ask}\n${body}`;
}

// Teachers ask for quizzes, worksheets and rubrics for their own class: generation and grading words for people.
const TEACHER_VERBS = ['make', 'write', 'create', 'put together', 'draft', 'design', 'prepare', 'come up with', 'give me', 'help me make'];
const TEACHER_THINGS = ['a quiz', 'a 10-question quiz', 'a worksheet', 'a grading rubric', 'a rubric', 'practice problems', 'a short test', 'discussion questions', 'an answer key', 'a marking scheme', 'warm-up questions', 'homework questions', 'flashcards', 'an exit ticket', 'a review game'];
const TEACHER_CONTEXT = ['', '', "I'm a teacher.", 'I teach middle school.', 'For tomorrow\'s lesson.', 'We start the unit on Monday.', 'Parents will see this.', 'Keep it age-appropriate.', 'Nothing too hard.', 'I only have 20 minutes of class.'];

function composeTeacher(r: Rand, s: GrammarSplit): string {
  const ask = `${cap(pick(TEACHER_VERBS, r, s))} ${pick(TEACHER_THINGS, r, s)} ${pick(['on', 'about', 'for', 'covering'], r, s)} ${subjectOf(r, s)} for ${pick(TEACHER_AUDIENCE, r, s)}${pick(['?', '.', ', please.', ''], r, s)}`;
  const ctx = pick(TEACHER_CONTEXT, r, s);
  return chance(0.5, r) ? `${ctx ? ctx + ' ' : ''}${ask}` : `${ask}${ctx ? ' ' + ctx : ''}`;
}

const CASUAL = ['hey', 'hi!', 'ok so', 'random question', 'quick one', 'lol', 'hmm', 'need help', 'sorry to bother', 'hello again'];

/** Topics for standalone ordinary prompts. */
const subjectOf = (r: Rand, s: GrammarSplit): string => pick(TEACHER_SUBJECTS, r, s);

/**
 * A composed ordinary-user prompt. `{item}` is an extraction item (a question or coding task), `{text}` an
 * ordinary piece of text (an organic prompt); the caller fills them. Kinds: learner, developer, teacher, app
 * template, casual.
 */
export function composeOrdinary(r: Rand, split: GrammarSplit, code: boolean): string {
  const u = r();
  if (u < (code ? 0.2 : 0.45)) {
    const ctx = pick(LEARNER_CONTEXT, r, split);
    const ask = `${ctx ? ctx + ' ' : ''}${pick(LEARNER_ASK, r, split)}`;
    const tail = pick(LEARNER_TAIL, r, split);
    const q = pick(['?', '', ':', '?'], r, split);
    const text = `${cap(ask)}${q}${tail ? ' ' + cap(tail) : ''}`;
    const out = chance(0.5, r) ? `${text}\n${chance(0.5, r) ? '\n' : ''}{item}` : `{item}\n\n${text}`;
    return chance(0.15, r) ? out.toLowerCase() : out;
  }
  if (u < (code ? 0.6 : 0.5)) {
    const ask = `${cap(pick(DEV_ASK, r, split))}?`;
    const ctx = pick(DEV_CONTEXT, r, split);
    const body = chance(0.3, r) ? '```\n{item}\n```' : '{item}';
    return chance(0.6, r) ? `${ask}${ctx ? ' ' + ctx : ''}\n\n${body}` : `${body}\n\n${ask}${ctx ? ' ' + ctx : ''}`;
  }
  if (u < 0.72) {
    if (chance(0.5, r)) return composeTeacher(r, split);
    return pick(TEACHER_ASK, r, split).replace('{subj}', subjectOf(r, split)).replace('{aud}', pick(TEACHER_AUDIENCE, r, split));
  }
  if (u < 0.9) return chance(0.6, r) ? composeAppTemplate(r, split) : pick(APP_TEMPLATES, r, split);
  const c = pick(CASUAL, r, split);
  return pick([`${c}, {item}`, `${c} {text}`, `{text} ${pick(['thx', 'thanks', 'cheers', '?', 'pls'], r, split)}`, `${c}\n{item}\nwhat do you think?`], r, split);
}
