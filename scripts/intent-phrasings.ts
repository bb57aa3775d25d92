/**
 * Extraction phrasings used to build the intent model's positives, and ordinary-user wrappers used to build
 * hard negatives from the same items. Every list is split into TRAIN and HELD-OUT phrasings; the held-out
 * ones are written in a deliberately different voice and are never seen in training, so the reported held-out
 * figures measure generalisation to new wording, not memorisation.
 *
 * Placeholders: {item} the task text, {answer} a reference answer from the corpus, {n} a count, {k} an index,
 * {topic} a topic, {examples} three numbered seed tasks, {item2}/{item3} further items, {items} a numbered batch.
 */
import type { IntentKind } from '../src/signals/intent-patterns.js';

export interface Phrasing { kind: IntentKind; t: string; codeOnly?: boolean }

const P = (kind: IntentKind, t: string, codeOnly = false): Phrasing => ({ kind, t, codeOnly });

export const TRAIN_PHRASINGS: Phrasing[] = [
  // chain-of-thought elicitation
  P('cot-elicitation', 'Think step by step and show all of your reasoning before you give the final answer.\n\n{item}'),
  P('cot-elicitation', "{item}\n\nLet's think step by step."),
  P('cot-elicitation', 'Solve the following problem. Write out your complete chain of thought, then state the final answer on its own line.\n\n{item}'),
  P('cot-elicitation', '{item}\nExplain your reasoning in detail for every step. Do not skip any steps.'),
  P('cot-elicitation', "Please reason through this carefully, showing each intermediate step, and put the final answer after 'Final answer:'.\n{item}"),
  P('cot-elicitation', 'I need a detailed, step-by-step explanation of how to solve this, including your thought process at each stage:\n\n{item}'),
  P('cot-elicitation', "Q: {item}\nA: Let's work this out step by step to be sure we have the right answer."),
  P('cot-elicitation', 'Before answering, think out loud about the problem in as much detail as possible. Then answer.\n\n{item}'),
  P('cot-elicitation', '{item}\n\nWalk me through your entire reasoning process, then give the answer.'),
  P('cot-elicitation', 'You are an expert tutor. Provide a thorough step-by-step solution with justification for each step.\n\nProblem: {item}'),
  P('cot-elicitation', 'Show your work. {item}'),
  P('cot-elicitation', '{item}\n\nFirst, break the problem into sub-problems. Reason about each one explicitly. Finally, combine them into the answer.'),
  P('cot-elicitation', 'Write the code for the task below, but first explain your reasoning and design decisions step by step.\n\n{item}'),
  P('cot-elicitation', '{item}\n\nPut your full reasoning inside <think></think> tags and the final answer after them.'),
  // rubric grading
  P('rubric-grading', 'Grade the following answer on a scale of 1 to 10 using the rubric: correctness (5 points), clarity (3 points), completeness (2 points). Explain the score.\n\nQuestion: {item}\n\nAnswer: {answer}'),
  P('rubric-grading', 'You are a strict grader. Evaluate whether the response below correctly answers the question. Output a score from 0 to 5 and a justification.\n\n[Question]\n{item}\n\n[Response]\n{answer}'),
  P('rubric-grading', 'Here is a question and a candidate answer. Is the candidate answer correct? Reply with CORRECT or INCORRECT and explain.\nQuestion: {item}\nCandidate answer: {answer}'),
  P('rubric-grading', 'Rate the quality of this response from 1 to 10.\n\nPrompt: {item}\nResponse: {answer}\n\nRating:'),
  P('rubric-grading', 'Using the rubric below, score the solution.\nRubric:\n- Accuracy: 0-4\n- Reasoning: 0-3\n- Style: 0-3\n\nProblem:\n{item}\n\nSolution:\n{answer}'),
  P('rubric-grading', 'Compare the reference answer with the student answer and assign a grade (A-F).\nProblem: {item}\nStudent answer: {answer}'),
  P('rubric-grading', 'Act as a judge. Given the instruction and the model output, decide if the output follows the instruction. Give a score between 1 and 10.\nInstruction: {item}\nOutput: {answer}'),
  P('rubric-grading', 'Evaluate the following solution for correctness and completeness, then give a final score out of 10.\n\n{item}\n\nProposed solution:\n{answer}'),
  // instruction generation
  P('instruction-generation', 'Generate {n} diverse instructions about {topic}. Each instruction should be 1 to 2 sentences long and should not repeat verbs.'),
  P('instruction-generation', 'You are asked to come up with a set of {n} diverse task instructions. Here are examples:\n{examples}\nList of {n} tasks:'),
  P('instruction-generation', 'Write {n} new questions similar to the following one, varying difficulty and topic:\n{item}'),
  P('instruction-generation', 'Create {n} challenging {topic} problems with their solutions, formatted as a numbered list.'),
  P('instruction-generation', 'Here are some example tasks:\n{examples}\n\nWrite {n} more tasks in the same format. Make them different from the examples.'),
  P('instruction-generation', 'Brainstorm a list of {n} prompts that a user might send to an AI assistant about {topic}.'),
  P('instruction-generation', 'Produce {n} instruction-input-output triples for training a language model on {topic}. Use JSON.'),
  P('instruction-generation', 'Come up with {n} variations of this task, each with a different input:\n{item}'),
  // benchmark scaffolds
  P('benchmark-item', 'Question: {item}\nAnswer:'),
  P('benchmark-item', '### Instruction:\n{item}\n\n### Response:'),
  P('benchmark-item', 'Problem {k}: {item}\nSolution:'),
  P('benchmark-item', 'Complete the following Python function. Return only the code.\n\n{item}', true),
  P('benchmark-item', '{item}\nAnswer with only the final number.'),
  P('benchmark-item', 'Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n### Instruction:\n{item}\n\n### Response:'),
  P('benchmark-item', 'Q: {item}\nA:'),
  P('benchmark-item', "[Item {k}] {item}\nProvide the answer in the form '#### <number>'."),
  // bulk structured output
  P('bulk-format', '{item}\n\nRespond in JSON with the keys "reasoning" and "answer".'),
  P('bulk-format', 'Answer each of the following questions. Number your answers.\n1. {item}\n2. {item2}\n3. {item3}'),
  P('bulk-format', '{item}\n\nFormat your output as:\n<reasoning>...</reasoning>\n<answer>...</answer>'),
  P('bulk-format', 'For each item below, output one line of CSV: id,answer,explanation.\n{items}'),
  P('bulk-format', 'Return a JSON object {"question": ..., "step_by_step": [...], "final": ...} for: {item}'),
  P('bulk-format', '{item}\nOutput strictly in YAML with fields solution and confidence.'),

  // More voices (system-prompt, JSON, XML, markdown, terse, non-native, translated-style, prefill, batch).
  P('cot-elicitation', 'System: You are a model that always thinks before it answers. Write your thinking between <reasoning> and </reasoning>, then the answer.\nUser: {item}'),
  P('cot-elicitation', '{item}\n\nReturn JSON: {"thinking": "<every step of your reasoning>", "final_answer": "<answer>"}'),
  P('cot-elicitation', 'pls solve and write every step of thinking, not only result\n{item}'),
  P('cot-elicitation', 'Develop the resolution of this problem in a detailed manner, explaining each one of the steps realised.\n{item}'),
  P('cot-elicitation', '# Instructions\nDerive the answer explicitly. Enumerate every intermediate result.\n\n# Input\n{item}'),
  P('cot-elicitation', '<instructions>Think the problem over in detail before answering and include the full derivation.</instructions>\n<input>{item}</input>'),
  P('cot-elicitation', "{item}\nAnswer: Let's reason about this one step at a time."),
  P('cot-elicitation', 'For the question below, produce a rationale that justifies the answer, then the answer itself.\n{item}'),
  P('cot-elicitation', 'Mode: verbose reasoning. {item}'),
  P('cot-elicitation', '{item}\n\nElaborate on your deliberation thoroughly; no step may be skipped.'),
  P('cot-elicitation', 'I need the complete worked solution, with every calculation written down, for:\n{item}'),
  P('cot-elicitation', 'Reason at length (several paragraphs) before concluding.\n\n{item}'),
  P('rubric-grading', 'You are an evaluator. Given the question and the model answer, output a JSON object {"score": <1-10>, "explanation": "..."}.\n\nQuestion: {item}\nModel answer: {answer}'),
  P('rubric-grading', 'Acting as a preference model, say which response is better (1 or 2).\nQuery: {item}\nResponse 1: {answer}\nResponse 2: I am not sure.'),
  P('rubric-grading', 'check this answer is right or wrong, give mark 1-10\nquestion: {item}\nanswer: {answer}'),
  P('rubric-grading', 'Evaluate if the prediction agrees with the gold answer. Output TRUE or FALSE.\nQuestion: {item}\nGold: {answer}\nPrediction: {answer}'),
  P('rubric-grading', '## Task\n{item}\n\n## Response\n{answer}\n\n## Evaluation\nScore the response for accuracy (1-5) and helpfulness (1-5).'),
  P('rubric-grading', 'Give feedback on the response and a final rating between 1 and 5 stars.\n<prompt>{item}</prompt>\n<reply>{answer}</reply>'),
  P('rubric-grading', 'Classify the quality of the assistant reply as good, acceptable or bad.\nUser message: {item}\nAssistant reply: {answer}'),
  P('rubric-grading', 'Proceed to evaluate the exactitude of the next response with a note between zero and ten.\nQuestion: {item}\nResponse: {answer}'),
  P('instruction-generation', 'Rephrase the instruction below in {n} different ways without changing what it asks.\n{item}'),
  P('instruction-generation', 'Write {n} variants of this problem with different numbers and names. Do not solve them.\n{item}'),
  P('instruction-generation', 'Role: synthetic data generator. Output {n} user prompts about {topic}, one per line, no numbering.'),
  P('instruction-generation', 'Make {n} more question like this one, each one other subject:\n{item}'),
  P('instruction-generation', 'Create {n} question-answer pairs about {topic} for a fine-tuning set.'),
  P('instruction-generation', 'Rewrite the following prompt to make it more difficult: add constraints, require multi-step reasoning. Output only the rewritten prompt.\n{item}'),
  P('instruction-generation', 'Generate {n} dialogues between a user and an assistant discussing {topic}.'),
  P('instruction-generation', '<examples>\n{examples}\n</examples>\nContinue the list with {n} new entries of the same kind.'),
  P('instruction-generation', 'Think of {n} requests people could send to an AI model about {topic}.'),
  P('instruction-generation', 'Diversify this seed task into {n} new tasks covering other domains:\n{item}'),
  P('benchmark-item', '{item}\nOutput only the final value, with no working.'),
  P('benchmark-item', '{item}\n\nReply with the number and nothing else.'),
  P('benchmark-item', 'Return your solution as {"answer": ...} only.\n{item}'),
  P('benchmark-item', 'Question {k} of the evaluation set:\n{item}\nAnswer:'),
  P('benchmark-item', '{item}\nFinish the implementation; only code, no prose.', true),
  P('benchmark-item', '{item}\n\nTherefore, the final answer is'),
  P('benchmark-item', '<item id="{k}">\n{item}\n</item>\nAnswer in one word or number.'),
  P('benchmark-item', 'Evaluation item {k}. Respond concisely with the final answer.\n{item}'),
  P('bulk-format', 'Answer every question below in the same order, one answer per line:\n{items}'),
  P('bulk-format', '{items}\n\nReturn a JSON array where element i is the answer to question i.'),
  P('bulk-format', 'Respond to all these items. Use the format "<number>: <answer>".\n{items}'),
  P('bulk-format', 'Handle the following batch and output TSV (id<TAB>answer):\n{items}'),
  P('bulk-format', 'Task A: {item}\nTask B: {item2}\nTask C: {item3}\nComplete every task; label your outputs A, B, C.'),
  P('bulk-format', '<inputs>\n{items}\n</inputs>\nFor every input, produce an <output> element.'),
];

export const HELDOUT_PHRASINGS: Phrasing[] = [
  P('cot-elicitation', 'Carefully reason about the following, writing down every inference you make along the way, and only then commit to an answer.\n\n{item}'),
  P('cot-elicitation', '{item}\n\nGive a complete derivation: list each step of the logic you used, numbered, followed by the result.'),
  P('cot-elicitation', 'Describe your full thought process as you solve this task; I want to see how you got there, not just the answer.\n{item}'),
  P('cot-elicitation', 'Task: {item}\nRespond with your detailed internal reasoning first, then the solution.'),
  P('cot-elicitation', '{item}\nThink it through slowly, step by step, and explain why each step follows from the previous one.'),
  P('rubric-grading', "I'll show you a task and an attempted reply. Critique the reply point by point and then assign it a mark between 0 and 100.\nTask: {item}\nAttempted reply: {answer}"),
  P('rubric-grading', 'Please assess this answer. Criteria: factual accuracy, helpfulness, concision. For each criterion give 1-5, then an overall verdict.\n### Query\n{item}\n### Answer to assess\n{answer}'),
  P('rubric-grading', "Which parts of the following answer are wrong, if any? Finish with 'Score: X/10'.\nQuestion: {item}\nAnswer: {answer}"),
  P('rubric-grading', 'Review this response as an expert evaluator would and decide whether it should pass or fail.\n\nInput: {item}\nResponse: {answer}'),
  P('instruction-generation', "I'm building a dataset. Please invent {n} fresh exercises on {topic}, none of which duplicate each other, each followed by a model answer."),
  P('instruction-generation', 'Using the sample below as inspiration, compose {n} additional prompts of comparable difficulty.\nSample: {item}'),
  P('instruction-generation', 'Draft a batch of {n} distinct user requests covering {topic}; number them and keep each under 40 words.'),
  P('instruction-generation', 'Expand this seed list into {n} more items with varied wording:\n{examples}'),
  P('benchmark-item', 'Input:\n{item}\nOutput:'),
  P('benchmark-item', '<problem>\n{item}\n</problem>\nRespond with the solution only.'),
  P('benchmark-item', 'Test case #{k}\n{item}\nExpected answer:'),
  P('benchmark-item', 'USER TASK {k}\n{item}\nFINAL ANSWER ONLY.'),
  P('bulk-format', 'Process these {n} inputs in order and give a markdown table with columns Input | Output | Rationale.\n{items}'),
  P('bulk-format', '{item}\n\nReply using exactly this template:\nTHOUGHTS: <your thoughts>\nRESULT: <result>'),
  P('bulk-format', 'Solve all of the following:\n(a) {item}\n(b) {item2}\n(c) {item3}\nGive each answer as a JSON array element.'),
  P('bulk-format', '{item}\n-- emit your answer as a single JSON line: {"rationale": string, "answer": string}'),
];

/** How ordinary users wrap the same kind of question (hard negatives built from the extraction items). */
export const TRAIN_ORGANIC_WRAPPERS: string[] = [
  '{item}', '{item}', '{item}', '{item}',
  'Can you help me with this? {item}',
  "I'm stuck on my kid's homework: {item}",
  '{item} Thanks!',
  'hey, quick question - {item}',
  'My code is not working, can you help?\n{item}',
  "What's the answer to this one? {item}",
  '{item}\nI tried but got a different result, what am I missing?',
  'Could you explain how to do this? {item}',
  'I have a test tomorrow and this one confuses me. {item}',
  // Hard negatives that use extraction vocabulary the way ordinary users do (steps, reasoning, review, hints).
  'Can you explain this step by step? I really want to understand it.\n{item}',
  'Could you walk me through this? {item}',
  'I am a teacher preparing a lesson. How would you present this to my class? {item}',
  '{item}\n\nWhy is that? The reasoning in my textbook makes no sense to me.',
  'Please show me how to do this one so I can do the rest of the sheet myself: {item}',
  '{item}\nAny hints? Please don\'t spoil the whole thing.',
  'Is there a trick to problems like this? {item}',
  'Can you take a look at my code and tell me if it is ok?\n{item}',
  'im confused about this one, can u explain {item}',
  '{item}\n\nexplain in simple words please',
  'My answer was different from my friend\'s. Which steps matter here? {item}',
  'What does this question actually want me to do? {item}',
];

export const HELDOUT_ORGANIC_WRAPPERS: string[] = [
  '{item}', '{item}',
  'Need a hand here: {item}',
  '{item}\nnot sure where to start honestly',
  'For a project at work: {item}',
  'Sorry if this is basic, but {item}',
];

export const TRAIN_TOPICS = [
  'algebra word problems', 'python string manipulation', 'sorting algorithms', 'probability', 'geometry', 'SQL queries',
  'creative writing', 'email etiquette', 'unit conversion', 'recursion', 'chemistry', 'world history', 'personal finance',
  'regular expressions', 'graph algorithms', 'logic puzzles', 'grammar correction', 'summarisation', 'JavaScript promises',
  'linear equations', 'data cleaning in pandas', 'role-play as a historical figure', 'travel planning', 'dynamic programming',
];
export const HELDOUT_TOPICS = [
  'number theory', 'Rust ownership', 'medieval literature', 'REST API design', 'fractions and percentages', 'tool use with a calculator',
  'shell scripting', 'ethics dilemmas', 'compound interest', 'binary search trees',
];

/** Benign system prompts, attached to positives and negatives alike so "has a system prompt" is not a cue. */
export const BENIGN_SYSTEMS = [
  'You are a helpful assistant.',
  'You are a friendly customer support agent for an online bookstore. Answer briefly.',
  'You are an AI assistant that helps people find information.',
  'You are a coding assistant integrated in an IDE.',
];

/**
 * Ordinary application system prompts with output-format or tutoring instructions (training only; attached to
 * positives and negatives alike): apps ask for JSON and tutors ask for steps too, so these must not be
 * evidence on their own.
 */
export const TRAIN_APP_SYSTEMS = [
  'Always reply with valid JSON.',
  'Answer in markdown. Use bullet points where helpful.',
  'You are a maths tutor for teenagers. Help them learn; give hints and explain the steps rather than just the answer.',
  'You are a senior engineer reviewing code. Be concise; reply with code unless asked for prose.',
  'Output must be a JSON object with the fields "reply" and "language".',
  'You are a study buddy. Explain things simply and check the student understood.',
];

/**
 * A second held-out set (never trained on), written after the first held-out evaluation had been inspected (which led to the
 * hashed-feature dropout and three broader patterns, see the report) and evaluated without further tuning.
 * Since then it has served as a validation set: some pattern entries in intent-patterns.ts were written after
 * its per-phrasing failures were read, so its figures are no longer an unbiased test (FRESH/BLIND in
 * intent-fresh.ts are the held-out tests now).
 */
export const FINAL_PHRASINGS: Phrasing[] = [
  P('cot-elicitation', "Don't just give me the result. I want the whole chain of logic, from first principles, spelled out.\n\n{item}"),
  P('cot-elicitation', '{item}\n\n(Make sure the explanation covers how you reached each intermediate conclusion.)'),
  P('cot-elicitation', 'Reasoning mode: ON. Verbalise every thought before the final response.\n{item}'),
  P('cot-elicitation', 'Solve: {item}\nBe exhaustive about the steps.'),
  P('rubric-grading', "Here's a prompt and what a model said in reply. On a 1-7 Likert scale, how good is the reply? Justify briefly.\nPROMPT: {item}\nREPLY: {answer}"),
  P('rubric-grading', 'Does the following output satisfy the request? Answer yes/no, then rate helpfulness 1-5.\nRequest: {item}\nOutput: {answer}'),
  P('rubric-grading', 'Mark this submission against the reference criteria and report points earned.\n<task>{item}</task>\n<submission>{answer}</submission>'),
  P('instruction-generation', 'Write me {n} brand-new prompts in the spirit of this one but on unrelated subjects:\n{item}'),
  P('instruction-generation', 'We need more training examples. Give {n} more like these, with inputs and outputs:\n{examples}'),
  P('instruction-generation', 'List {n} different questions a student could be asked about {topic}.'),
  P('benchmark-item', 'Exercise {k}.\n{item}\nYour answer:'),
  P('benchmark-item', '{item}\n\nReturn just the answer, no explanation.'),
  P('benchmark-item', '=== SAMPLE {k} ===\n{item}\n=== ANSWER ==='),
  P('bulk-format', '{item}\nPlease output a JSON dict: {"steps": [...], "answer": ...}. Nothing else.'),
  P('bulk-format', 'Handle each line below separately; give answers as a numbered list matching the input numbering.\n{items}'),
  P('bulk-format', '{item}\n\nStructure the reply as: ANALYSIS / ANSWER / CONFIDENCE (0-1).'),
];

// ---- compositional grammar for training phrasings ----------------------------------------------------------
// Hand-written phrasings are few; the model memorises them. Half of the training positives instead use a
// wrapper composed from generic parts below (verbs, objects, scales, labels, slots), so the model learns the
// vocabulary of extraction framing rather than a few dozen sentences. Training only; held-out sets are never
// built from this grammar.

type Rand = () => number;
const pickR = <T>(a: readonly T[], r: Rand): T => a[Math.floor(r() * a.length)]!;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const COT_OPEN = ['', 'please ', 'make sure to ', 'I want you to ', 'be sure to ', 'remember to ', 'always ', 'you must ', 'kindly '];
const COT_VERB = ['show', 'explain', 'write out', 'spell out', 'lay out', 'walk through', 'describe', 'detail', 'give', 'include', 'present', 'provide', 'document', 'articulate', 'verbalise', 'narrate', 'trace', 'break down', 'expose'];
const COT_DET = ['your', 'the', 'all of your', 'every one of your', 'each of your', 'the full', 'the complete', 'the entire', 'your whole'];
const COT_ADJ = ['', 'detailed ', 'complete ', 'full ', 'step-by-step ', 'intermediate ', 'internal ', 'logical ', 'careful ', 'explicit '];
const COT_NOUN = ['reasoning', 'thought process', 'chain of thought', 'derivation', 'working', 'logic', 'thinking', 'steps', 'rationale', 'chain of logic', 'inferences', 'line of reasoning', 'justification', 'analysis', 'calculations'];
const COT_WHEN = ['', ' and explain why each step holds', ' and say why each step follows', ' before answering', ' before the final answer', ', then give the answer', ' first', ' and then state the result', ' at each stage', ' in detail', ' as you go', ' from first principles'];

const RUB_VERB = ['grade', 'score', 'rate', 'evaluate', 'assess', 'judge', 'mark', 'review', 'critique', 'appraise'];
const RUB_OBJ = ['the answer', 'this response', "the candidate's reply", 'the following output', "the model's answer", 'the submission', 'the solution below', 'the assistant response'];
const RUB_SCALE = ['on a scale of 1 to 10', 'from 0 to 5', 'out of 100', 'with a letter grade', 'as pass or fail', 'using a 1-7 scale', 'with points per criterion', 'against the reference', 'for correctness and helpfulness'];
const RUB_Q = ['Question', 'Prompt', 'Task', 'Input', 'Query', 'Problem', 'Instruction'];
const RUB_A = ['Answer', 'Response', 'Reply', 'Output', 'Submission', 'Solution', 'Candidate answer', 'Model output'];

const GEN_VERB = ['generate', 'write', 'create', 'produce', 'come up with', 'list', 'give me', 'draft', 'compose', 'invent', 'brainstorm', 'make', 'propose', 'design'];
const GEN_ADJ = ['diverse', 'new', 'different', 'unique', 'varied', 'fresh', 'original', 'novel', 'additional', 'more', ''];
const GEN_OBJ = ['instructions', 'tasks', 'questions', 'prompts', 'problems', 'exercises', 'examples', 'queries', 'test items', 'training examples', 'user requests', 'scenarios'];
const GEN_FRAME = ['about {topic}', 'on {topic}', 'covering {topic}', 'similar to the following:\n{item}', 'like these:\n{examples}', 'in the same style as:\n{item}', 'for {topic}'];
const GEN_TAIL = ['', ' Include answers.', ' Number them.', ' Output as JSON.', ' Each should be one sentence.', ' Do not repeat yourself.', ' Vary the difficulty.'];

const BENCH_LABEL = ['Question:', 'Problem:', 'Q:', 'Task {k}:', 'Item {k}.', 'Exercise {k}', '### Instruction:', '[{k}]', '#{k}', 'Prompt:', '<question>', 'Sample {k}', 'Query:'];
const BENCH_SLOT = ['Answer:', 'A:', 'Solution:', '### Response:', 'Your answer:', 'Answer only with the final result.', 'Respond with only the answer.', 'Return just the answer.', 'Final answer:', 'Expected output:', 'Answer (number only):', 'Result:'];

const BULK_VERB = ['respond', 'output', 'return', 'reply', 'format your answer', 'provide the result', 'give your answer', 'write the answer', 'emit the output'];
const BULK_FMT = ['in JSON', 'as JSON with keys "thoughts" and "answer"', 'in YAML', 'as XML', 'as CSV', 'as a markdown table', 'as a JSON array', 'using the template ANSWER: <answer> / WHY: <why>', 'inside <answer></answer> tags', 'as a numbered list matching the inputs'];
const BULK_MULTI = ['Answer each of the following.', 'For each item below, give the answer.', 'Handle every question in this list.', 'Solve all of these.', 'Process the inputs below one by one.'];

// Alternative frames per kind: system-prompt roles, machine formats (JSON keys, XML tags), prefills, terse
// and non-native registers. Used for a share of the composed phrasings.
const SYS_ROLE = ['You are', 'System: you are', 'Role:', 'As', 'Acting as', '[system] You are'];
const COT_ROLE = ['a reasoning model that always shows its full chain of thought', 'an assistant that writes out every intermediate step before the answer', 'a solver that verbalises each deduction', 'a careful thinker who explains all reasoning first'];
const COT_KEY = ['reasoning', 'rationale', 'thoughts', 'steps', 'derivation', 'thinking', 'chain_of_thought', 'explanation'];
const COT_TAG = ['think', 'reasoning', 'thoughts', 'scratchpad', 'rationale', 'analysis'];
const COT_TERSE = ['Show reasoning.', 'Full derivation required.', 'Reasoning first, answer last.', 'All steps, then answer.', 'Verbose reasoning mode.', 'Explain each step explicitly.', 'Think step-by-step.', 'Rationale + answer.'];
const COT_PREFILL = ["Let's think step by step.", "A: Let's work through this carefully.", 'Reasoning:', 'Step 1:', 'Let us reason it out:', "Answer: Let's think."];
const COT_NN = ['please write all thinking before answer', 'explain me all the steps of your thinking', 'you must show every steps of reasoning', 'give the reasoning complete, not only answer', 'write your thinking process all'];
const RUB_ROLE = ['an impartial judge', 'a strict grader', 'a reward model', 'an annotator', 'an expert evaluator', 'a rater', 'a critic'];
const RUB_OUT = ['Output only the score.', 'Return {"score": <int>, "reason": "<text>"}.', 'Reply PASS or FAIL.', 'Answer yes or no, then a 1-5 rating.', 'Give the verdict as [[score]].', 'Say which is better: A or B.', 'Output TRUE or FALSE.', 'Then give a confidence between 0 and 1.'];
const GEN_ROLE = ['a dataset generator', 'a synthetic data engine', 'a task writer for an AI training set', 'a prompt generator'];
const GEN_VARY = ['rephrase', 'paraphrase', 'rewrite', 'vary', 'mutate', 'evolve'];
const GEN_VARY_OBJ = ['the following task', 'this instruction', 'the question below', 'this prompt', 'the problem below'];
const GEN_VARY_HOW = ['in {n} different ways', 'into {n} harder versions', 'into {n} variants with new numbers', 'into a more complex instruction', 'so it requires more reasoning', '{n} times, changing the wording'];
const BENCH_ONLY = ['Only the final answer.', 'Number only.', 'No explanation.', 'Just the answer, nothing else.', 'Output the value only, without commentary.', 'Respond with the answer only.', 'Final value only.', 'Return only the result.'];
const BENCH_JSON = ['Return {"answer": <value>}.', 'Respond as {"final": ...} with no other text.', 'Output: {"result": <answer>} only.'];
const BULK_JOIN = ['\n---\n', '\n\n', '\n###\n', '\n* * *\n'];
const BULK_ALL = ['Answer all of them.', 'Solve each one, in order.', 'Give the answers in the same order.', 'One answer per line.', 'Number your answers to match.', 'Separate the answers with a blank line.', 'Respond to every item.'];
const BULK_REC = ['{"id": <n>, "output": "..."}', '<result id="n">...</result>', 'id<TAB>answer', '| id | answer |', 'prompt/response pairs in YAML', '{"input": ..., "output": ...} per line'];

// Politeness is not evidence either way: ordinary users say "can you…" and so can a harvester. Without these,
// the hard negatives (which are mostly polite) would teach the model that "can you" means organic.
const POLITE_PRE = ['Can you ', 'Could you ', 'Can you please ', 'Please could you ', 'Hi! Could you ', 'Help me ', 'Would you mind if I ask you to ', 'Hey, can you '];
const POLITE_POST = [' Thanks!', ' Thank you so much.', ' Can you do that for me?', ' Could you help me with this?', ' thx', ' Please help.'];

/** A freshly composed training phrasing of the given kind (a third of them in a polite register). */
export function composePhrasing(kind: IntentKind, r: Rand): Phrasing {
  const p = composeBase(kind, r);
  if (r() >= 0.3) return p;
  if (!p.t.startsWith('{') && !p.t.startsWith('<') && !p.t.startsWith('#')) return { ...p, t: pickR(POLITE_PRE, r) + p.t.charAt(0).toLowerCase() + p.t.slice(1) };
  return { ...p, t: p.t.endsWith('{item}') || p.t.endsWith('{items}') ? p.t.replace(/\{items?\}$/, (m) => `${pickR(POLITE_POST, r).trim()}\n${m}`) : p.t + pickR(POLITE_POST, r) };
}

function composeBase(kind: IntentKind, r: Rand): Phrasing {
  const sep = pickR(['\n\n', '\n', ' '], r);
  if (r() < 0.4) return composeAlt(kind, r, sep);
  switch (kind) {
    case 'cot-elicitation': {
      const instr = cap(`${pickR(COT_OPEN, r)}${pickR(COT_VERB, r)} ${pickR(COT_DET, r)} ${pickR(COT_ADJ, r)}${pickR(COT_NOUN, r)}${pickR(COT_WHEN, r)}.`);
      return P(kind, r() < 0.5 ? `${instr}${sep}{item}` : `{item}${sep}${instr}`);
    }
    case 'rubric-grading': {
      const instr = cap(`${pickR(RUB_VERB, r)} ${pickR(RUB_OBJ, r)} ${pickR(RUB_SCALE, r)}.`);
      const q = pickR(RUB_Q, r);
      const a = pickR(RUB_A, r);
      const layout = pickR([`${q}: {item}\n${a}: {answer}`, `[${q}]\n{item}\n[${a}]\n{answer}`, `### ${q}\n{item}\n### ${a}\n{answer}`, `<${q.toLowerCase()}>{item}</${q.toLowerCase()}>\n<${a.toLowerCase().replace(/ /g, '_')}>{answer}</${a.toLowerCase().replace(/ /g, '_')}>`], r);
      return P(kind, r() < 0.7 ? `${instr}\n\n${layout}` : `${layout}\n\n${instr}`);
    }
    case 'instruction-generation': {
      const adj = pickR(GEN_ADJ, r);
      return P(kind, cap(`${pickR(GEN_VERB, r)} {n} ${adj ? adj + ' ' : ''}${pickR(GEN_OBJ, r)} ${pickR(GEN_FRAME, r)}.${pickR(GEN_TAIL, r)}`));
    }
    case 'benchmark-item':
      return P(kind, `${pickR(BENCH_LABEL, r)}${pickR(['\n', ' '], r)}{item}\n${pickR(BENCH_SLOT, r)}`);
    case 'bulk-format': {
      const fmt = cap(`${pickR(BULK_VERB, r)} ${pickR(BULK_FMT, r)}.`);
      return P(kind, r() < 0.3 ? `${pickR(BULK_MULTI, r)} ${fmt}\n{items}` : r() < 0.5 ? `{item}${sep}${fmt}` : `${fmt}${sep}{item}`);
    }
  }
}

/** The alternative frames (system roles, machine formats, prefills, terse and non-native registers). */
function composeAlt(kind: IntentKind, r: Rand, sep: string): Phrasing {
  const role = (x: string): string => `${pickR(SYS_ROLE, r)} ${x}.`;
  switch (kind) {
    case 'cot-elicitation': {
      const k = pickR(COT_KEY, r);
      const t = pickR(COT_TAG, r);
      return P(kind, pickR([
        `${role(pickR(COT_ROLE, r))}\n{item}`,
        `{item}${sep}Respond in JSON with keys "${k}" and "answer".`,
        `{item}${sep}Put your ${pickR(COT_NOUN, r)} inside <${t}></${t}> tags, then the answer.`,
        `${pickR(COT_TERSE, r)}${sep}{item}`,
        `{item}${sep}${pickR(COT_TERSE, r)}`,
        `{item}${sep}${pickR(COT_PREFILL, r)}`,
        `${cap(pickR(COT_NN, r))}.${sep}{item}`,
        `<task>{item}</task>\n<${t}>`,
        `{item}${sep}${pickR(['Solve', 'Answer', 'Work through this', 'Think', 'Reason', 'Go'], r)} step by step${pickR(['.', ', showing all reasoning.', ' and give the final answer.', ', then answer.', ' before answering.'], r)}`,
        `${pickR(['Think', 'Reason', 'Solve it', 'Work'], r)} step by step${pickR(['.', ':', ', then answer.'], r)}${sep}{item}`,
      ], r));
    }
    case 'rubric-grading': {
      const q = pickR(RUB_Q, r);
      const a = pickR(RUB_A, r);
      return P(kind, pickR([
        `${role(pickR(RUB_ROLE, r))} ${cap(pickR(RUB_VERB, r))} ${pickR(RUB_OBJ, r)}. ${pickR(RUB_OUT, r)}\n\n${q}: {item}\n${a}: {answer}`,
        `${q}: {item}\n${a} A: {answer}\n${a} B: I do not know.\n${pickR(RUB_OUT, r)}`,
        `{"${q.toLowerCase()}": "{item}", "${a.toLowerCase().replace(/ /g, '_')}": "{answer}", "task": "${pickR(RUB_VERB, r)}"}`,
        `${q.toLowerCase()}: {item}\n${a.toLowerCase()}: {answer}\n${pickR(RUB_VERB, r)} ${pickR(RUB_SCALE, r)}`,
        `Is the ${a.toLowerCase()} below correct? ${pickR(RUB_OUT, r)}\n\n{item}\n\n{answer}`,
      ], r));
    }
    case 'instruction-generation':
      return P(kind, pickR([
        `${role(pickR(GEN_ROLE, r))} ${cap(pickR(GEN_VERB, r))} {n} ${pickR(GEN_OBJ, r)} ${pickR(GEN_FRAME, r)}.`,
        `${cap(pickR(GEN_VARY, r))} ${pickR(GEN_VARY_OBJ, r)} ${pickR(GEN_VARY_HOW, r)}.${sep}{item}`,
        `Domain: {topic}. Count: {n}. Output: one ${pickR(['task', 'instruction', 'question', 'prompt'], r)} per line.`,
        `{examples}\n${pickR(['More like these:', 'Continue the list:', 'New samples:', 'Write {n} more in this style.'], r)}`,
        `${cap(pickR(GEN_VERB, r))} {n} ${pickR(['question-answer pairs', 'instruction/response pairs', 'conversations', 'user queries'], r)} about {topic} ${pickR(['for a dataset', 'for training', 'to fine-tune a model', 'with ideal answers'], r)}.`,
      ], r));
    case 'benchmark-item':
      return P(kind, pickR([
        `{item}${sep}${pickR(BENCH_ONLY, r)}`,
        `${pickR(BENCH_ONLY, r)}${sep}{item}`,
        `{item}${sep}${pickR(BENCH_JSON, r)}`,
        `{item}${sep}${pickR(['The answer is', 'Therefore, the answer is', 'Final answer:', 'Answer (integer):'], r)}`,
        `**${pickR(['Question', 'Problem', 'Item'], r)} {k}**\n{item}\n**${pickR(['Answer', 'Solution'], r)}:**`,
        `<${pickR(['problem', 'question', 'item'], r)} id="{k}">{item}</${pickR(['problem', 'question', 'item'], r)}>`,
      ], r));
    case 'bulk-format':
      return P(kind, pickR([
        `{item}${pickR(BULK_JOIN, r)}{item2}${pickR(BULK_JOIN, r)}{item3}\n${pickR(BULK_ALL, r)}`,
        `${pickR(BULK_ALL, r)}\n{items}`,
        `{items}\n${pickR(BULK_ALL, r)} Format: ${pickR(BULK_REC, r)}`,
        `${role('a batch endpoint')} For each input return ${pickR(BULK_REC, r)}.\n{items}`,
      ], r));
  }
}

// ---- ordinary-user wrappers grammar (hard negatives) ---------------------------------------------------------
// Real users ask for steps, explanations, hints, reviews and checks too. Composed wrappers teach the model that
// this vocabulary alone is not extraction; what separates extraction is the harvesting frame (formats, scales,
// counts, slots, every-step demands on a bare item), not the words "step" or "explain".
const ORG_OPEN = ['', '', 'hi, ', 'hey ', 'sorry, ', 'quick question: ', 'ok so ', "I'm a student and ", 'my son asked me this and ', 'for my class, ', 'I\'m learning this on my own. ', 'this is from my homework. ', 'I\'m revising for an exam. ', 'as a parent, '];
const ORG_ASK = ['can you explain', 'could you help me understand', 'how do I solve', 'can you walk me through', 'what is the trick to', 'can you check', 'is there an easy way to do', 'show me how to do', 'can you explain step by step', 'can you break down', 'how would you approach', 'what am I doing wrong with', 'can you review', 'help me with', 'why does this work', 'what is the idea behind', 'explain like I\'m five'];
const ORG_WHY = ['', '', '', 'I want to learn it', 'I don\'t get it', 'I\'m stuck', 'in simple terms', 'I have a test on Friday', 'so I can do the next ones myself', 'not just the answer please', 'I keep getting it wrong', 'thanks!', 'my teacher went too fast', 'I want to understand the reasoning'];

/** A composed ordinary-user wrapper around `{item}`. */
export function composeOrganicWrapper(r: Rand): string {
  const ask = `${pickR(ORG_OPEN, r)}${pickR(ORG_ASK, r)}`;
  const why = pickR(ORG_WHY, r);
  const tail = why ? pickR([`, ${why}`, `. ${cap(why)}`, ` (${why})`], r) : '';
  const q = pickR(['?', '', ':'], r);
  return pickR([
    `${cap(ask)}${tail}${q}\n{item}`,
    `${cap(ask)} this${q} {item}`,
    `{item}\n\n${cap(ask)} this${tail}?`,
    `{item}\n${ask}${tail}`,
  ], r);
}

