/**
 * FRESH held-out test set for the intent model: NEVER train on anything in this file.
 *
 * Written before the existing phrasing lists and the regex families (src/signals/intent-patterns.ts) were read
 * in detail, in voices deliberately unlike them (terse API, polite, non-native, system-prompt, JSON, XML,
 * markdown, translated-style, completion-style, batch). It is the honest measure of generalisation to wording
 * nobody tuned against; FINAL_PHRASINGS is reported as a second, older measure.
 *
 * If you change patterns or the grammar because a FRESH phrasing failed, the FRESH figures stop being honest:
 * write a new set instead (and say so in data/models/README.md).
 *
 * Placeholders as in intent-phrasings.ts.
 */
import type { IntentKind } from '../src/signals/intent-patterns.js';
import type { Phrasing } from './intent-phrasings.js';

const F = (kind: IntentKind, t: string, codeOnly = false): Phrasing => ({ kind, t, codeOnly });

export const FRESH_PHRASINGS: Phrasing[] = [
  // chain-of-thought elicitation
  F('cot-elicitation', 'Task: {item}\nOutput: full reasoning trace, then final answer.'),
  F('cot-elicitation', 'Could you kindly go through this one slowly, laying out every little deduction you make along the way, and only at the very end tell me the result? Thank you so much!\n\n{item}'),
  F('cot-elicitation', 'Please you solve this question and write all the thinking process one by one, not only the answer.\n{item}'),
  F('cot-elicitation', 'SYSTEM: You are a reasoning engine. For every user query, emit your internal deliberation inside <think></think> tags before the response.\nUSER: {item}'),
  F('cot-elicitation', 'Respond in JSON with keys "rationale" (a detailed derivation, every intermediate step) and "answer".\n\nQuestion: {item}'),
  F('cot-elicitation', '## Problem\n{item}\n\n## Instructions\nReason it through explicitly. Number each deduction. Conclude with **Answer:**.'),
  F('cot-elicitation', '<task>{item}</task>\n<format>Put the reasoning in <reasoning> tags and the result in <final> tags.</format>'),
  F('cot-elicitation', 'Resolve the next exercise detailing the procedure complete, justifying each passage, and at the end indicate the result.\n\n{item}'),
  F('cot-elicitation', "{item}\n\nDon't just give me the answer — narrate your thought process as you go, including any false starts."),
  F('cot-elicitation', 'Generate a chain-of-thought rationale for the following question. The rationale should lead to the correct answer.\n{item}'),
  F('cot-elicitation', '{item}\n\nA: Let us reason carefully. First,'),
  F('cot-elicitation', 'Think carefully and deliberately. Verbalize every inference. Question follows.\n---\n{item}\n---'),
  F('cot-elicitation', 'Produce a detailed rationale (why each step follows from the previous one) and then the final answer for:\n{item}'),
  F('cot-elicitation', 'Input: {item}\nInstruction: explain your thought process in depth before answering. Mark the answer with ####.'),
  F('cot-elicitation', '{item}\n\nBefore writing any code, reason about the algorithm in prose: edge cases, complexity, approach. Then give the implementation.', true),

  // rubric grading / judging
  F('rubric-grading', 'Grade 1-10.\nQ: {item}\nA: {answer}\nScore:'),
  F('rubric-grading', 'You are an impartial judge. Evaluate the quality of the response below to the user question. Consider helpfulness, accuracy, depth. Output your verdict as [[score]].\n\n[Question]\n{item}\n\n[Response]\n{answer}'),
  F('rubric-grading', 'Evaluate the candidate answer. Return JSON: {"correct": true|false, "score": 0-5, "justification": "..."}\n\nQuestion: {item}\nCandidate answer: {answer}'),
  F('rubric-grading', 'Please check if this answer is correct or not and give it a mark from 0 to 100, also say what is wrong.\nQuestion: {item}\nAnswer: {answer}'),
  F('rubric-grading', '<question>{item}</question>\n<response>{answer}</response>\n<instructions>Rate the response on correctness, clarity and completeness (1-5 each). Output the three numbers.</instructions>'),
  F('rubric-grading', '### Rubric\n- Correctness (0-4)\n- Reasoning quality (0-3)\n- Presentation (0-3)\n\n### Item\n{item}\n\n### Submission\n{answer}\n\n### Your assessment'),
  F('rubric-grading', 'Which of the two responses better answers the prompt? Reply with A or B only.\nPrompt: {item}\nResponse A: {answer}\nResponse B: The answer cannot be determined from the information given.'),
  F('rubric-grading', 'Qualify the following response according to the criteria of exactitude and pertinence, on a scale of one to five, and argue your qualification.\nStatement: {item}\nResponse: {answer}'),
  F('rubric-grading', 'You will act as a reward model. Given a prompt and a completion, output a scalar preference score between 0 and 1.\n\nPROMPT:\n{item}\n\nCOMPLETION:\n{answer}'),
  F('rubric-grading', "Is the following solution right? Answer 'yes' or 'no', then give a confidence from 0 to 1.\n\n{item}\n\nProposed solution: {answer}"),
  F('rubric-grading', 'Critique this answer as a strict teacher would, list every error, then assign a letter grade (A-F).\nProblem: {item}\nStudent answer: {answer}'),
  F('rubric-grading', 'Label the response: helpful / partially helpful / unhelpful. One word.\n\nUser: {item}\nAssistant: {answer}'),
  F('rubric-grading', 'Compare the model output to the reference and tell me how well it matches on a 1–7 Likert scale.\nInput: {item}\nReference: {answer}\nModel output: {answer}'),
  F('rubric-grading', 'Annotate: factual accuracy (yes/no), harmlessness (yes/no), overall quality (1-10).\n--\nprompt: {item}\nreply: {answer}'),

  // instruction / task generation
  F('instruction-generation', 'Generate {n} new tasks similar to:\n{examples}'),
  F('instruction-generation', 'Would you be able to come up with {n} fresh, varied prompts that someone might ask an AI assistant about {topic}? Please make each one different in style and difficulty.'),
  F('instruction-generation', 'Make for me {n} questions more like this examples, different topics please, no repeat:\n{examples}'),
  F('instruction-generation', 'Create {n} instruction-following training examples about {topic}. Format: a JSON array of objects with "instruction", "input", "output".'),
  F('instruction-generation', 'You are a dataset generator. Each time you are called, write one novel user request about {topic} that a helpful assistant could answer. Output only the request.'),
  F('instruction-generation', '# Seed tasks\n{examples}\n\n# Goal\nBrainstorm {n} additional tasks in the same spirit but covering new skills. List them as bullet points.'),
  F('instruction-generation', '<seed_examples>\n{examples}\n</seed_examples>\n<instruction>Write {n} more examples that follow the same pattern but vary topic and difficulty.</instruction>'),
  F('instruction-generation', 'Elaborate a list of {n} diverse instructions in the domain of {topic}, of varied difficulty, that could serve for evaluating a language model.'),
  F('instruction-generation', 'Paraphrase the following task in {n} different ways, keeping the meaning but changing the wording:\n{item}'),
  F('instruction-generation', 'Here is a question: {item}\n\nWrite {n} harder variants of it (change numbers, add constraints), each on its own line.'),
  F('instruction-generation', 'Invent {n} realistic user queries about {topic} and, for each one, write an ideal assistant response.'),
  F('instruction-generation', 'Evolve this instruction into a more complex one by adding one more constraint or reasoning requirement. Output only the new instruction.\n\n#Given Prompt#:\n{item}'),
  F('instruction-generation', 'Give me a list of {n} coding problems like the one below, using different data structures. Just the problem statements.\n\n{item}', true),
  F('instruction-generation', 'Produce {n} multi-turn conversation openers between a user and an assistant on {topic}.'),

  // benchmark items answered in a fixed format
  F('benchmark-item', 'Q: {item}\nA:'),
  F('benchmark-item', 'Respond with only the final numeric answer, nothing else.\n{item}'),
  F('benchmark-item', 'Give only final answer number, no explanation please.\n{item}'),
  F('benchmark-item', 'Solve and return strictly {"answer": <value>} with no additional text.\n\n{item}'),
  F('benchmark-item', 'Complete the following Python function. Return only the code, no explanation, no markdown fences.\n\n{item}', true),
  F('benchmark-item', '### System: Evaluation mode. Answer the following item exactly. Output format: the final answer only.\n### Item {k}:\n{item}'),
  F('benchmark-item', '<problem id="{k}">{item}</problem>\n<answer_format>integer</answer_format>'),
  F('benchmark-item', '**Question {k}**\n\n{item}\n\n**Answer (final value only):**'),
  F('benchmark-item', 'Give the exact response to the following problem, without commentary, only the final result.\n{item}'),
  F('benchmark-item', '{item}\n\nThe answer is'),
  F('benchmark-item', "Test item #{k}. Read the problem and provide your answer in the format 'The answer is X'.\n\n{item}"),
  F('benchmark-item', '{item}\n\nWrite the function body so that it passes the hidden unit tests.', true),
  F('benchmark-item', 'Problem:\n{item}\n\nSolution:'),
  F('benchmark-item', 'Answer the following question from the {topic} test set. Be concise.\n{item}'),

  // bulk / machine formats
  F('bulk-format', 'Answer each. One line per answer.\n{items}'),
  F('bulk-format', 'For each numbered item below output one JSON line {"id": <n>, "response": "..."}. No other text.\n\n{items}'),
  F('bulk-format', 'I have a handful of questions below — could you please answer all of them in order, numbering your answers to match?\n\n{items}'),
  F('bulk-format', 'Please answer all this questions, write the answer under each question number:\n{items}'),
  F('bulk-format', '<batch>\n{items}\n</batch>\nReturn <result id="N">...</result> for every entry in the batch.'),
  F('bulk-format', '## Batch {k}\n{items}\n\n## Output format\n| # | answer |\n|---|---|'),
  F('bulk-format', 'Respond in CSV with columns question_id,answer. Process all rows:\n{items}'),
  F('bulk-format', 'You are a batch processing endpoint. Input: a list of tasks. Output: a JSON array of completions, same order, same length.\n\nTASKS:\n{items}'),
  F('bulk-format', 'Respond to the totality of the following questions maintaining the order and separating each response with a line of dashes.\n{items}'),
  F('bulk-format', '{item}\n---\n{item2}\n---\n{item3}\n---\nSolve all three. Separate the answers with ---.'),
  F('bulk-format', 'Here are tasks {k} to {k}+3 of my list. Output instruction/response pairs in YAML.\n{items}'),
  F('bulk-format', 'Convert each of the following into a training record with fields prompt and completion, filling in the completion yourself.\n{items}'),
  F('bulk-format', 'Input list:\n{items}\n\nFor every element, emit {"input": ..., "output": ...} on its own line (JSON Lines).'),
  F('bulk-format', 'Fill in the response column for this spreadsheet:\nrow | task | response\n{items}'),
];

/** Fresh ordinary-user wrappers (hard negatives): people who legitimately mention steps, reasoning, hints, review. */
export const FRESH_ORGANIC_WRAPPERS: string[] = [
  'Can you explain this like I\'m five? {item}',
  'I\'m stuck on my homework, can you help me understand how to approach this? I don\'t just want the answer.\n\n{item}',
  'My kid brought this home from school and I have no idea how to explain it to her. Could you walk me through it step by step so I can teach it?\n\n{item}',
  'Can you review my code and tell me what could be improved?\n\n{item}',
  'I\'m preparing for an interview. How would you think about this problem?\n{item}',
  'hey quick q — {item}',
  '{item}\n\nI got a different answer than the book, can you show me where I might be going wrong?',
  'As a tutor, how would you explain the reasoning behind this to a struggling student? {item}',
  'Not sure I understand the question itself. What is it asking? {item}',
  'Could you give me a hint (not the full solution) for this one? {item}',
  'My professor gave us this problem, can you explain the steps in simple terms?\n{item}',
  'I wrote something for this but it\'s failing. What am I missing?\n\n{item}',
  'Explain the logic step by step please, I want to learn how to do these myself:\n{item}',
  'Is there an easier way to think about this? {item}',
  'In plain English, what\'s going on here?\n{item}',
  'Ok so this is from my practice sheet:\n{item}\nwhy is it done that way?',
];

/**
 * Fresh standalone organic prompts (no corpus item): real-user requests that share vocabulary with extraction
 * (steps, reasoning, grading, "generate N", JSON, lists, tests) but are ordinary use.
 */
export const FRESH_ORGANIC_PROMPTS: string[] = [
  'Explain step by step how photosynthesis works, I have a biology exam tomorrow.',
  'Can you walk me through setting up a Python virtual environment on Windows, step by step?',
  'How do I grade essays fairly as a first-year teacher? Any tips for making a rubric?',
  'Give me 5 ideas for a 7 year old\'s birthday party on a budget.',
  'Generate 10 name ideas for my bakery. It\'s cosy and sells mostly sourdough.',
  'Rate my cover letter out of 10 and tell me what to fix:\n\nDear hiring manager, I am writing to apply for the junior analyst role. I have two years of experience in Excel and SQL and I love solving problems.',
  'Convert this list to JSON please: apples 3, pears 5, plums 12',
  'Why does my React component re-render twice in development? Explain the reasoning behind StrictMode.',
  'What\'s the reasoning behind the Monty Hall solution? I never understood why switching is better.',
  'Can you help me write unit tests for a function that parses dates in the format DD/MM/YYYY?',
  'Explain like I\'m five: what is inflation?',
  'I\'m a TA. Can you suggest a few questions I could ask students to check they understood recursion?',
  'Please review this SQL query and tell me if it can be made faster: SELECT * FROM orders WHERE customer_id IN (SELECT id FROM customers WHERE country = \'FR\');',
  'My daughter has to solve 3x + 5 = 20. How do I explain the steps without just giving her the answer?',
  'What are the steps to apply for a UK student visa?',
  'Summarise the main arguments for and against a four-day work week, in a short table.',
  'Write a step-by-step recipe for a simple vegetable curry for four people.',
  'Can you check my reasoning? If all cats are mammals and some mammals are black, then some cats are black. Is that valid?',
  'I need to prepare a quiz for my book club about Pride and Prejudice. Can you suggest 8 discussion questions?',
  'Translate this into Spanish and explain the grammar choices: "I would have gone if you had asked me."',
  'How should I think through whether to rent or buy a flat? Walk me through the factors.',
  'what is the time complexity of quicksort in the worst case and why',
  'Debug this please, it prints None:\ndef add(a, b):\n    a + b\nprint(add(2, 3))',
  'Give me a study plan for learning linear algebra in 6 weeks, with weekly goals.',
  'Which answer is correct for my friend\'s riddle, A or B? "What has keys but can\'t open locks?" A: a piano, B: a map',
  'Can you make a list of 20 vocabulary words for a B1 German learner, with example sentences?',
  'Please explain your reasoning: is it better to pay off my credit card or invest the extra 200 a month?',
  'Score each of these three slogans for my lemonade stand from 1 to 5: "Squeeze the day", "Sip happens", "Fresh & zesty".',
  'Help me outline an essay on the causes of World War I. Intro, three body paragraphs, conclusion.',
  'I keep getting "TypeError: cannot read properties of undefined (reading \'map\')" in my Next.js page. How do I debug this step by step?',
];

/** Topics for FRESH phrasings (not in TRAIN_TOPICS or HELDOUT_TOPICS). */
export const FRESH_TOPICS = [
  'marine biology', 'tax law', 'cooking and recipes', 'string manipulation in Rust', 'medieval history',
  'probability puzzles', 'customer support for an airline', 'organic chemistry', 'SQL query optimisation', 'poetry analysis',
];

/**
 * BLIND set: written after the FRESH baseline had been inspected per phrasing but BEFORE any tuning, and only
 * evaluated (in aggregate and per kind, with BLIND=1) for the baseline model and the final model — never
 * per phrasing, never while iterating. It guards against FRESH having been tuned against by accident.
 */
export const BLIND_PHRASINGS: Phrasing[] = [
  F('cot-elicitation', '{item}\n\nPlease elaborate on how you reach the solution, every stage of it, then state the result clearly.'),
  F('cot-elicitation', 'I want to understand your full logic here. Break it down: premises, each deduction, conclusion.\n{item}'),
  F('cot-elicitation', '[INST] {item} Provide a rigorous derivation before the final result. [/INST]'),
  F('cot-elicitation', 'Solve. Show intermediate calculations explicitly.\n{item}'),
  F('cot-elicitation', "{item}\n\nResponse requirements: (1) detailed reasoning, (2) the final answer on the last line prefixed by 'ANSWER:'."),
  F('cot-elicitation', 'Kindly demonstrate the complete solving process for the problem below so that I can learn the method. Write every calculation.\n\n{item}'),
  F('cot-elicitation', 'problem: {item}\nthoughts:'),
  F('cot-elicitation', '{"prompt": "{item}", "mode": "reasoning", "include_rationale": true}'),
  F('rubric-grading', 'Here is a question and someone\'s answer. How good is it, from 1 (bad) to 5 (excellent)? Just give the number.\n\n{item}\n\n{answer}'),
  F('rubric-grading', 'Assess whether the response fully addresses the query. Output PASS or FAIL and one sentence of explanation.\nQuery: {item}\nResponse: {answer}'),
  F('rubric-grading', '[[Evaluation task]]\nInstruction: {item}\nOutput to evaluate: {answer}\nGive scores for: relevance, correctness, fluency (each 1-10).'),
  F('rubric-grading', 'Decide if the answer matches the ground truth. Reply MATCH or NO_MATCH.\nQuestion: {item}\nGround truth: {answer}\nPredicted: {answer}'),
  F('rubric-grading', 'As an expert reviewer, give this reply a quality rating and explain your rating briefly.\n\nRequest:\n{item}\n\nReply:\n{answer}'),
  F('rubric-grading', 'pls rate this answer 0-10 and tell why\nq: {item}\nans: {answer}'),
  F('rubric-grading', '{"task": "judge", "question": "{item}", "answer": "{answer}", "output_schema": {"score": "int 1-10", "reason": "string"}}'),
  F('rubric-grading', "Below is a prompt followed by a model's reply. Identify any mistakes in the reply and conclude with a final grade out of 10.\n\n{item}\n\n---\n\n{answer}"),
  F('instruction-generation', 'List {n} things a user might ask a chatbot about {topic}. Only the questions, numbered.'),
  F('instruction-generation', 'Based on these samples, synthesize new ones with different subjects:\n{examples}\nNew samples:'),
  F('instruction-generation', 'Please rewrite the following instruction into {n} variants with increasing difficulty.\n{item}'),
  F('instruction-generation', 'Create a new problem that tests the same skill as the one below but with different numbers and context. Do not solve it.\n{item}'),
  F('instruction-generation', "I'm building an evaluation suite for {topic}. Draft {n} challenging prompts covering edge cases."),
  F('instruction-generation', 'Task generation. Domain: {topic}. Quantity: {n}. Diversity: high. Output: one instruction per line.'),
  F('instruction-generation', 'Come up with a question-answer pair about {topic} suitable for a training corpus.'),
  F('instruction-generation', 'Imagine {n} different users with different jobs. Write the request each would send to an AI assistant.'),
  F('benchmark-item', '{item}\nChoose the correct answer and output only its value.'),
  F('benchmark-item', "Answer the question below. Your response must end with 'Therefore, the answer is <answer>'.\n{item}"),
  F('benchmark-item', 'Exam question {k}:\n{item}\nYour answer:'),
  F('benchmark-item', '{item}\n\nFinal answer (number only):'),
  F('benchmark-item', 'Implement the function below to satisfy its docstring. Output the full function only.\n{item}', true),
  F('benchmark-item', 'Provide the solution as a single integer.\n{item}'),
  F('benchmark-item', '[Question]\n{item}\n[Answer]'),
  F('benchmark-item', "Here's item {k} of the eval. Respond in the standard format.\n{item}"),
  F('bulk-format', 'Please handle every task in the list below and give numbered outputs:\n{items}'),
  F('bulk-format', 'Answer these four:\n{items}'),
  F('bulk-format', 'Return a Python list of strings, one answer per question, in order.\n{items}'),
  F('bulk-format', 'Process the queue:\n{items}\nOutput format: <id>\\t<answer>'),
  F('bulk-format', 'Q1: {item}\nQ2: {item2}\nQ3: {item3}\nGive A1, A2, A3.'),
  F('bulk-format', 'For the questions that follow, produce a markdown table with the columns Question and Answer.\n{items}'),
  F('bulk-format', 'Dataset rows to complete (write the output field for each):\n{items}'),
  F('bulk-format', 'Antworte bitte on all the following, each answer separate:\n{items}'),
];

export const BLIND_ORGANIC_WRAPPERS: string[] = [
  'Can you help me check my understanding? {item}',
  "{item}\n\nI'm a parent trying to help with homework, what's the method here?",
  'Tutor mode please: ask me guiding questions instead of solving it. {item}',
  'Could you explain the concept behind this one? Feel free to go step by step. {item}',
  'I found this online, is it a well-posed question? {item}',
  "Please help, my code for this doesn't work and I don't know why:\n{item}",
  'What\'s the first step I should take here? {item}',
  'Explain it simply please: {item}',
  '{item}\nthanks in advance, just want to understand the reasoning',
  "My study group disagrees on this. Who's right, and why? {item}",
];

export const BLIND_ORGANIC_PROMPTS: string[] = [
  'Walk me through how to change a flat tyre step by step.',
  "Can you give me feedback on my short story opening? Be honest, rate it if you like.\n\nThe rain hadn't stopped for three days when Mara found the letter.",
  'What are some good questions to ask at the end of a job interview?',
  'List 10 healthy snacks for work.',
  'Explain the reasoning behind the rule of 72 in investing.',
  'Can you create a 5-question multiple choice quiz on the water cycle for my 4th graders?',
  'Output the following as a markdown table: Name Age; Tom 32; Ana 28',
  'Write a Python function that checks whether a string is a palindrome, and explain each step.',
  'How do examiners usually grade the IELTS writing task 2?',
  "Give me three different ways to say 'thank you' in a formal email.",
  'Help me think through whether I should take the job offer in Berlin. Pros and cons?',
  'Why is 0.1 + 0.2 in JavaScript not 0.3? Explain step by step.',
  'I need 20 ideas for blog posts about home gardening.',
  'Check my answer: the derivative of x^2 sin x is 2x cos x. Is that right?',
  'Generate a JSON schema for a user profile with name, email and age.',
];

/**
 * Fresh application system prompts (format / tutoring instructions), attached to FRESH positives and negatives
 * alike. Added after the FRESH baseline showed, on simulated traffic, that such system prompts drive organic
 * false positives; the baseline model is re-scored on the same sets with --eval-model.
 */
export const FRESH_APP_SYSTEMS = [
  'Respond only in JSON that matches {"answer": string, "sources": string[]}.',
  'You are Pixel, the assistant inside a photo-editing app. Keep replies under 80 words.',
  'You are a patient physics tutor. Guide the student with questions and explain each step; do not just hand over answers.',
  'Format every reply as GitHub-flavoured markdown with headings.',
  'You are a code reviewer. Point out bugs first, then style issues. Use bullet points.',
  "Reply in the user's language. Be concise and friendly.",
];

/**
 * Follow-up probes (held out, never trained on): short turns after an answer. Written after short follow-up turns
 * had been seen on simulated traffic; a sanity check, not an unbiased test. (Training on composed follow-ups
 * was tried and did not help: it raised organic flag rates without moving these probes.)
 */
export const FRESH_FOLLOWUPS_EXTRACTION = [
  'Rewrite your answer, this time narrating every deduction.',
  'Please elaborate the solution again with all the calculations shown.',
  'Fine. Output the rationale for each step as JSON.',
  'Show me the detailed thinking that led to this.',
  'I need the long version: full derivation, no shortcuts.',
  'Now think out loud about how you got that result.',
];
export const FRESH_FOLLOWUPS_ORGANIC = [
  'That helps a lot, thanks.', 'Could you shorten it to one paragraph?', 'Why does that happen though?', 'Can you do the same in Go?',
  'I still get a null pointer exception.', 'What would you recommend instead?', 'Explain the second part a bit more?', 'Great, and how do I test it?',
];
