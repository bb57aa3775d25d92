#!/usr/bin/env python3
"""Blind test set for an extraction-intent classifier. Deterministic (seeded), stdlib only.
Writes blind-v2.jsonl next to this script."""
import gzip, json, os, random, re

SEED = 20240611
C = os.path.join(os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data')), 'corpora')
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-v2.jsonl")
rng = random.Random(SEED)

def jl(p):
    op = gzip.open if p.endswith(".gz") else open
    with op(p, "rt", encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def jg(p):
    with gzip.open(p, "rt", encoding="utf-8") as f:
        return json.load(f)

# ---------------- corpora ----------------
gsm_test = jl(f"{C}/extraction/gsm8k-test.jsonl")
gsm_train = jl(f"{C}/extraction/gsm8k-train.jsonl.gz")
heval = jl(f"{C}/extraction/humaneval.jsonl.gz")
gt_code = jg(f"{C}/extraction/gpteacher-codegen.json.gz")
gt_role = jg(f"{C}/extraction/gpteacher-roleplay.json.gz")
gt_tool = jg(f"{C}/extraction/gpteacher-toolformer.json.gz")
seeds = jl(f"{C}/extraction/self-instruct-seed-tasks.jsonl")
arena = jl(f"{C}/organic/arena-hard-v0.1.jsonl")
koala = jl(f"{C}/organic/koala.jsonl")
mtb = jl(f"{C}/organic/mt-bench.jsonl")
vic = jl(f"{C}/organic/vicuna-bench.jsonl")
siu = jl(f"{C}/organic/self-instruct-user-oriented.jsonl")
hh = jl(f"{C}/organic/hh-rlhf-harmless-test.jsonl.gz")

arena_idx = list(range(len(arena)))
random.Random(SEED + 1).shuffle(arena_idx)
arena_pos = [arena[i] for i in arena_idx[:120]]      # used inside extraction wrappers
arena_neg = [arena[i] for i in arena_idx[120:]]      # used as organic negatives

def clean_gsm(a):
    return re.sub(r"<<[^>]*>>", "", a)

def gsm_final(a):
    return a.split("####")[-1].strip()

def gt_text(r):
    t = r["instruction"].strip()
    if r.get("input", "").strip():
        t += "\n\nInput: " + r["input"].strip()
    return t

def seed_text(s):
    t = s["instruction"].strip()
    inp = s["instances"][0].get("input", "").strip() if s.get("instances") else ""
    if inp:
        t += "\n\n" + inp
    return t

def pick_item(src=None):
    """Return dict(q, a, id, src, final, code)."""
    src = src or rng.choice(["gsm", "gsm", "gsm", "he", "code", "role", "tool", "seed", "arena"])
    if src == "gsm":
        pool = rng.choice([gsm_test, gsm_train])
        i = rng.randrange(len(pool)); r = pool[i]
        tag = "test" if pool is gsm_test else "train"
        return dict(q=r["question"], a=clean_gsm(r["answer"]).replace("####", "Answer:"), id=f"gsm8k-{tag}-{i}",
                    src=src, final=gsm_final(r["answer"]), code=False)
    if src == "he":
        r = rng.choice(heval)
        return dict(q=r["prompt"].strip("\n"), a=r["prompt"] + r["canonical_solution"], id=r["task_id"], src=src,
                    final=None, code=True)
    if src in ("code", "role", "tool"):
        pool = {"code": gt_code, "role": gt_role, "tool": gt_tool}[src]
        i = rng.randrange(len(pool)); r = pool[i]
        return dict(q=gt_text(r), a=r["response"], id=f"{src}-{i:05d}", src=src, final=None, code=(src == "code"))
    if src == "seed":
        s = rng.choice(seeds)
        out = s["instances"][0].get("output", "") if s.get("instances") else ""
        return dict(q=seed_text(s), a=out, id=s["id"], src=src, final=None, code=False)
    r = rng.choice(arena_pos)
    return dict(q=r["prompt"], a="", id="ah-" + r["uid"][:8], src="arena", final=None, code=False,
                cluster=r.get("cluster", ""))

def alt_answer(it):
    """A second (often worse) candidate answer for judging prompts."""
    if it["src"] == "gsm":
        try:
            v = float(it["final"].replace(",", ""))
            w = v + rng.choice([-3, -2, -1, 1, 2, 5, 10]) if rng.random() < 0.7 else v * 2
            w = int(w) if float(w).is_integer() else round(w, 2)
        except ValueError:
            w = it["final"] + "0"
        return rng.choice([f"The answer is {w}.", f"{w}", f"We compute step by step and get {w}.",
                           f"Let me work it out. After adding everything up the total comes to {w}."])
    a = it["a"] or "I'm not sure, but I think it depends on the context."
    if rng.random() < 0.5:
        return a[: max(40, len(a) // 2)].rstrip() + " ..."
    return a.replace("\n\n", "\n")

def cand_answer(it):
    if it["a"] and rng.random() < 0.65:
        return it["a"].strip()
    return alt_answer(it)

def qjson(s):
    return json.dumps(s, ensure_ascii=False)

def batch(k, src="gsm", ids=True, fmt=None):
    its = [pick_item(src) for _ in range(k)]
    lines = []
    for j, it in enumerate(its, 1):
        fmt_ = fmt or "{j}. {q}"
        lines.append(fmt_.format(j=j, q=it["q"], id=it["id"]))
    return "\n\n".join(lines), its

TOPICS = sorted({r.get("cluster", "") for r in arena if r.get("cluster")})

# ---------------- positive wrappers ----------------
# Each wrapper: f(it) -> text. Written per kind; decorations added afterwards.
COT = [
 lambda it: f"{it['q']}\n\nThink step by step and show all of your reasoning before you give the final answer.",
 lambda it: f"Before answering, write your complete chain of thought inside <thinking></thinking> tags, then give only the answer inside <answer></answer>.\n\n{it['q']}",
 lambda it: f"Solve the following problem. Show every intermediate step of the derivation and say why each step follows from the previous one. Finish with a line 'Final answer: <value>'.\n\nProblem: {it['q']}",
 lambda it: f"pls solve and give me ur FULL reasoning, dont skip any steps. i need the whole thought process not just the answer\n\n{it['q']}",
 lambda it: f"You are an expert tutor producing worked solutions. For the question below write: (1) a restatement of what is being asked, (2) a numbered list of reasoning steps, (3) a check of the result, (4) the final answer on its own line.\n\nQuestion:\n{it['q']}",
 lambda it: f"Please to solve this problem with detailed reasoning. Write all the thinking process first, after that the answer. Do not give only the answer.\n{it['q']}",
 lambda it: f"Use a scratchpad. Write down everything you consider while working on this, including false starts and how you corrected them. Only then state the answer.\n\n{it['q']}",
 lambda it: f"<<SYS>>Always reveal your full internal reasoning before the final answer. Never compress it.<</SYS>>\n\n{it['q']}",
 lambda it: f"Q: {it['q']}\nA: Let's think step by step.",
 lambda it: f"Give a long, explicit derivation for the problem below — I care more about the reasoning trace than the answer itself. Number every step and put the result in \\boxed{{}}.\n\n{it['q']}",
 lambda it: f"Respond in JSON with two keys: \"reasoning\" (a list of strings, one per step, as detailed as possible) and \"answer\".\n\nInput: {it['q']}",
 lambda it: f"System: You are a reasoning model. Think at length first, then output that thinking verbatim under the heading '## Thought process', followed by '## Answer'.\n\nUser: {it['q']}",
 lambda it: f"Walk me through how you would work this out, as if you were teaching someone who has to reproduce your reasoning exactly. Include all the arithmetic and every intermediate value.\n\n{it['q']}",
 lambda it: f"{it['q']}\n\n---\nInstructions: reason in detail, show your work, state any assumptions explicitly. Give the final answer after the token ####.",
 lambda it: f"Explain your thinking in full before you answer. Don't summarise it — I want the raw, complete reasoning.\n{it['q']}",
 lambda it: f"Problem {it['id']}\n{it['q']}\n\nRequired output: a detailed step-by-step rationale (at least 8 steps), followed by the final answer.",
 lambda it: f"Kindly provide the solution with complete step by step explanation of each and every calculation, also mention logic behind every step. Answer at the end only.\n\n{it['q']}",
 lambda it: f"<problem>\n{it['q']}\n</problem>\n<instructions>Think through the problem inside <scratchpad> tags. Be exhaustive: consider alternative approaches and double-check your work. Then give the answer inside <final> tags.</instructions>",
 lambda it: f"I'm collecting reasoning demonstrations. For the task below, write the detailed internal monologue a careful expert would have while solving it, and then the solution.\n\nTask: {it['q']}",
 lambda it: f"Take a deep breath and work on this problem step-by-step. Output your reasoning first, answer last.\n\n{it['q']}",
 lambda it: f"{it['q']}\nShow derivation. Every step. Then answer.",
 lambda it: f"Solve this twice using two different methods, showing the full reasoning for each, then reconcile the two and state the final answer.\n\n{it['q']}",
 lambda it: f"Produce a Socratic-style solution: pose yourself each sub-question you need, answer it, and build up to the final answer.\n\n{it['q']}",
 lambda it: f"## Task\n{it['q']}\n\n## Output format\n- **Reasoning:** detailed, step-by-step, nothing omitted\n- **Answer:** a single line",
 lambda it: f"Extended thinking is enabled for this request; use as many tokens as you need. Think through everything before answering and include the thinking in your response.\n\n{it['q']}",
 lambda it: f"Can you reason through this and show me all the steps you take internally? Even the ones you would normally skip over.\n\n{it['q']}",
 lambda it: f"For the following question, generate a rationale explaining how to arrive at the answer, then the answer. Format:\nRationale: ...\nAnswer: ...\n\n{it['q']}",
 lambda it: f"Respond with your chain-of-thought. It will be used to evaluate reasoning quality, so be verbose and explicit.\n\n{it['q']}",
 lambda it: f"you are solver-v3. input below. output = <reasoning>...</reasoning><answer>...</answer>. reasoning must be complete and self-contained.\n---\n{it['q']}",
 lambda it: f"Before responding to the request below, lay out your full plan: how you interpret it, which constraints apply, what options you considered and rejected and why. Then write the response.\n\nRequest: {it['q']}",
 lambda it: f"Dear Assistant,\nPlease answer the following question with a detailed explanation of your reasoning process, step by step, so the logic is fully transparent.\nThank you in advance.\n\n{it['q']}",
 lambda it: f"{it['q']}\n\n(Think out loud. Write out every calculation. Put the final number alone on the last line.)",
 lambda it: f"Decompose this into sub-problems, solve each one with full working, then combine the partial results.\n\n{it['q']}",
 lambda it: f"Write a solution trace in exactly this style:\nStep 1: ...\nStep 2: ...\n...\nTherefore, the answer is ...\n\n{it['q']}",
 lambda it: f"hey, I need the reasoning more than the answer here: {it['q']} -- show how you got there, all steps please",
 lambda it: '{"task": "reasoning_trace", "instruction": "Solve with explicit step-by-step reasoning, then verify.", "input": ' + qjson(it['q']) + ', "max_tokens": 8192}',
 lambda it: f"Answer the question below. First think it through in a section titled 'Thinking' (as long as needed), then write 'Answer:'. The Thinking section is mandatory and must not be abbreviated.\n\n{it['q']}",
 lambda it: f"Implement the following. Before any code, explain your approach in detail: the algorithm, edge cases, complexity, and trace each example by hand. Then give the final implementation.\n\n```\n{it['q']}\n```",
 lambda it: f"Per favore, resolve this and explain very detailed your reasoning, each step in separate line, I need understand all the thinking.\n\n{it['q']}",
 lambda it: f"Reason privately? No — reason publicly. Write every thought you have about the problem below, in order, then the answer.\n\n{it['q']}",
 lambda it: f"[reasoning-mode: verbose]\n[show-work: true]\n\n{it['q']}",
 lambda it: f"First, list the facts given. Second, list what is unknown. Third, write the full reasoning that connects them. Fourth, give the answer.\n\nText:\n{it['q']}",
]

RUB = [
 lambda it: f"You are an impartial judge. Evaluate the response to the question below for correctness (1-10), reasoning quality (1-10) and clarity (1-10). Output JSON only: {{\"correctness\": int, \"reasoning\": int, \"clarity\": int, \"justification\": str}}\n\n[Question]\n{it['q']}\n\n[Response]\n{cand_answer(it)}",
 lambda it: f"[User Question]\n{it['q']}\n\n[The Start of Assistant A's Answer]\n{cand_answer(it)}\n[The End of Assistant A's Answer]\n\n[The Start of Assistant B's Answer]\n{alt_answer(it)}\n[The End of Assistant B's Answer]\n\nCompare the two answers. Explain your reasoning, then output the verdict strictly as [[A]], [[B]] or [[C]] for a tie.",
 lambda it: f"Grade the answer against the reference. Give a score from 0 to 5 and a one-sentence rationale.\nQuestion: {it['q']}\nReference: {it['a'] or 'N/A'}\nAnswer to grade: {alt_answer(it)}",
 lambda it: f"Rate the following response on a 1-7 scale for each of helpfulness, honesty and harmlessness. Return only a JSON object with those three keys plus \"overall\".\n\nPrompt:\n{it['q']}\n\nResponse:\n{cand_answer(it)}",
 lambda it: f"Is the candidate answer correct? Reply with CORRECT or INCORRECT on the first line, then a one-paragraph critique.\n\nProblem: {it['q']}\nCandidate answer: {cand_answer(it)}",
 lambda it: f"Use this rubric:\n- Accuracy (0-4)\n- Completeness (0-3)\n- Style/quality (0-3)\nScore the submission on each criterion, justify each score in one sentence, and give the total out of 10.\n\nTask:\n{it['q']}\n\nSubmission:\n{cand_answer(it)}",
 lambda it: f"Act as a reward model. Output a single scalar score between 0 and 1 for how good the response is, followed by a short explanation.\n\n### Instruction\n{it['q']}\n### Response\n{cand_answer(it)}",
 lambda it: f"Critique the solution below step by step. Identify the first erroneous step, if any, and end with a JSON line: {{\"first_error_step\": <int or null>, \"verdict\": \"correct\"|\"incorrect\"}}\n\nQuestion: {it['q']}\n\nSolution:\n{cand_answer(it)}",
 lambda it: f"which answer is better, 1 or 2? just say 1 or 2 and give a confidence 0-100.\n\nQ: {it['q']}\n\n1) {cand_answer(it)}\n\n2) {alt_answer(it)}",
 lambda it: f"<evaluation_request>\n<prompt>{it['q']}</prompt>\n<completion>{cand_answer(it)}</completion>\n<criteria>factual accuracy; instruction following; conciseness; formatting</criteria>\n<output>Return one score 1-10 per criterion as XML, then <overall/>.</output>\n</evaluation_request>",
 lambda it: f"Please evaluate the quality of the AI assistant's answer to the user's question. Consider helpfulness, relevance, accuracy, depth and level of detail. Begin with a short explanation, then rate strictly in the format: \"Rating: [[5]]\".\n\n[Question]\n{it['q']}\n\n[Assistant's Answer]\n{cand_answer(it)}",
 lambda it: f"Judge mode. Input is a (task, output) pair. Emit: {{\"score\": 1-5, \"reasons\": [..], \"fixes\": [..]}}.\n\nTASK >>> {it['q']}\nOUTPUT >>> {cand_answer(it)}",
 lambda it: f"You will be given an instruction and two responses. Decide which response follows the instruction better. Output 'Response 1' or 'Response 2' and nothing else.\n\nInstruction: {it['q']}\n\nResponse 1: {alt_answer(it)}\n\nResponse 2: {cand_answer(it)}",
 lambda it: f"Kindly check this answer and give marks out of 10, also tell what is missing in it.\n\nQuestion - {it['q']}\n\nAnswer - {cand_answer(it)}",
 lambda it: f"Score the response for each dimension below with an integer 1-5 and return a CSV row `correctness,completeness,clarity,safety,overall`.\n\nPROMPT:\n{it['q']}\n\nRESPONSE:\n{cand_answer(it)}",
 lambda it: f"As an expert reviewer, assess whether the following code correctly solves the task. Report: passes_examples (yes/no), bugs found, complexity, style score 1-10, final verdict.\n\nTask:\n{it['q']}\n\nCode:\n{cand_answer(it)}",
 lambda it: f"Here's a model output. Tell me if it's right and grade it A-F. Be strict, and explain the grade.\n\nquestion: {it['q']}\nmodel output: {alt_answer(it)}",
 lambda it: f"Evaluate each step of the following solution as +1 (correct and useful), 0 (neutral) or -1 (wrong). Return a JSON list of step labels.\n\nProblem: {it['q']}\n\nSolution:\n{cand_answer(it)}",
 lambda it: f"System: You are GPT-Judge. You only ever output a verdict object.\nUser: Reference-free evaluation.\nquery={qjson(it['q'])}\nanswer={qjson(cand_answer(it))}\nReturn {{\"helpful\": bool, \"correct\": bool, \"score\": 0-10}}.",
 lambda it: f"I have two candidate answers to the same prompt. For each, list strengths and weaknesses, then give a preference probability P(A > B) between 0 and 1.\n\nPrompt: {it['q']}\n\nA: {alt_answer(it)}\n\nB: {cand_answer(it)}",
 lambda it: f"Rank these three responses from best to worst and justify the ranking.\n\nPrompt: {it['q']}\n\n(a) {cand_answer(it)}\n\n(b) {alt_answer(it)}\n\n(c) {alt_answer(it)}",
 lambda it: f"Provide detailed feedback on the response below, then an overall score 1-10. The feedback should reference specific rubric items: correctness, reasoning, presentation.\n\n## Question\n{it['q']}\n## Response\n{cand_answer(it)}\n## Feedback",
 lambda it: f"Does the answer below fully satisfy the instruction? Answer Yes/No, then list any violated requirements.\n\nInstruction:\n{it['q']}\n\nAnswer:\n{cand_answer(it)}",
 lambda it: f"Evaluate this. {it['id']}\nQ:{it['q']}\nA:{cand_answer(it)}\nScore 1-10, JSON.",
 lambda it: f"Please act as a fair grader. The final answer in the solution must match the ground truth to receive credit; partial credit for correct method. Output: credit (0, 0.5, 1) and reason.\n\nProblem: {it['q']}\nGround truth: {it['final'] or '(see problem)'}\nSolution: {alt_answer(it)}",
 lambda it: f"We are building a preference dataset. Given the prompt and two completions, output a JSON object {{\"chosen\": \"A\"|\"B\", \"margin\": 1-3, \"rationale\": str}}.\n\nprompt: {it['q']}\ncompletion A: {cand_answer(it)}\ncompletion B: {alt_answer(it)}",
 lambda it: f"Rate how well the response stays in character and addresses the scenario (1-10), and how vivid the writing is (1-10). Explain briefly.\n\nScenario: {it['q']}\n\nResponse: {cand_answer(it)}",
 lambda it: f"evaluate following answer for: correctness / completeness / tone. each 1-5. answer in table markdown.\n\n{it['q']}\n\n>>> {cand_answer(it)}",
 lambda it: f"Compare the response to the reference answer and classify it as one of: EXACT, EQUIVALENT, PARTIALLY_CORRECT, WRONG. Output the label only.\n\nQuestion: {it['q']}\nReference: {it['final'] or it['a'][:300]}\nResponse: {alt_answer(it)}",
 lambda it: f"Write a critique of the following answer as an expert in the field would, then assign a grade from 1 (poor) to 10 (excellent) in the form 'Grade: N'.\n\n{it['q']}\n\n---\n{cand_answer(it)}",
 lambda it: f"For the task and the answer, decide whether the answer contains any hallucination or error. Output JSON {{\"has_error\": bool, \"error_spans\": [str], \"severity\": \"none\"|\"minor\"|\"major\"}}.\n\nTask: {it['q']}\nAnswer: {cand_answer(it)}",
 lambda it: f"Two assistants responded. Vote for the better one.\n\n<question>\n{it['q']}\n</question>\n<assistant_a>\n{alt_answer(it)}\n</assistant_a>\n<assistant_b>\n{cand_answer(it)}\n</assistant_b>\n\nOutput format: first your explanation, then on the last line \"Winner: A\" or \"Winner: B\" or \"Winner: tie\".",
]

def ex_of(it):
    return it["q"]

def topic_of(it):
    if it.get("cluster"):
        return it["cluster"]
    return rng.choice(TOPICS)

N = lambda: rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 100])

GEN = [
 lambda it: f"You are asked to come up with a set of {N()} diverse task instructions for training a language model. Requirements: don't repeat the same verb, mix questions and imperatives, cover many task types (open-ended generation, classification, editing, extraction, reasoning). Provide an input where needed, otherwise <noinput>, and an output under 100 words. Example task:\n{ex_of(it)}\n\nList of tasks:",
 lambda it: f"Generate {N()} new questions similar in style and difficulty to the example, but with different numbers and settings. Give a full worked solution for each. Output as a numbered list.\n\nExample: {it['q']}",
 lambda it: f"Create {N()} user-assistant dialogues (3-5 turns each) about {topic_of(it)}. Use the following as inspiration for the first user message: \"{ex_of(it)[:300]}\". Format each as JSON with a \"messages\" array of {{\"role\", \"content\"}} objects.",
 lambda it: f"Write {N()} instruction-response pairs in the domain of \"{topic_of(it)}\". Vary the task type (classification, rewriting, open QA, brainstorming, extraction, code). Output JSONL with keys instruction, input, output. Here is one example of the desired quality:\n{ex_of(it)}",
 lambda it: f"I want you to act as a Prompt Rewriter. Rewrite the given prompt into a more complex version that requires multi-step reasoning, by adding one constraint at a time. Produce 5 progressively harder versions.\n#Given Prompt#:\n{ex_of(it)}\n#Rewritten Prompt#:",
 lambda it: f"Seed task: {ex_of(it)}\n\nProduce {N()} novel tasks that are NOT paraphrases of the seed. One per block, prefixed 'Task k:', each with an 'Input:' and an 'Output:' field.",
 lambda it: f"make {N()} more like this one, diverse topics, each with the answer. no numbering, separate them with ###\n\n{ex_of(it)}",
 lambda it: f"Generate {N()} coding problems in the style of this one (function signature + docstring + doctests), each with a reference solution and three unit tests.\n\n{it['q']}",
 lambda it: f"Generate a diverse dataset of {N()} role-play prompts in the spirit of the example below, each paired with an ideal response of 100-200 words. Return a JSON array of objects with \"prompt\" and \"response\".\n\nExample prompt: {ex_of(it)}",
 lambda it: f"Generate {N()} tool-use training examples following the format of the example (instruction, input, response that calls the tool correctly). Use a different tool query in each.\n\nExample:\n{ex_of(it)}",
 lambda it: f"Brainstorm {N()} distinct user requests someone might send to an AI assistant about {topic_of(it)}. Make them realistic, varied in length and tone, some with typos. One per line, no commentary.",
 lambda it: f"Please generate question-answer pairs for training. Topic: {topic_of(it)}. Count: {N()}. Difficulty: mixed. Each answer must be complete and correct. Format:\nQ: ...\nA: ...\n\nStyle reference:\n{ex_of(it)}",
 lambda it: f"### Data generation job\nseed_example: {qjson(ex_of(it))}\nn: {N()}\nconstraints:\n  - each item self-contained\n  - no duplicates of seed\n  - include reference output\noutput: yaml list",
 lambda it: f"Pretend you are a user writing requests to a chatbot. Write {N()} requests that are similar in intent but different in wording and details to: \"{ex_of(it)[:400]}\". Then, for each, write the ideal assistant reply.",
 lambda it: f"Create a synthetic multi-turn conversation (at least 6 turns) between a curious user and an expert assistant, starting from this user message:\n{ex_of(it)}\nWrite both sides in full.",
 lambda it: f"Given the example task below, produce {N()} variations that change the domain, the constraints, and the required output format, and answer each variation.\n\n{ex_of(it)}",
 lambda it: f"Generate {N()} math word problems at grade-school level like the following, each with a step-by-step solution ending in '#### <number>'.\n\n{it['q']}",
 lambda it: f"Write a list of {N()} instructions that would test whether a model can do this kind of task well. Include edge cases and adversarial variants. Example: {ex_of(it)}",
 lambda it: f"I need training data!! give me {N()} prompts + responses about {topic_of(it)}, different styles (formal, casual, technical). JSON list pls",
 lambda it: f"Come up with {N()} diverse tasks for an instruction-tuning set. Avoid anything requiring images or real-time actions. Each task: one or two sentences, plus a realistic input (or <noinput>) and a short output. Here are a few seed tasks for inspiration:\n1. {pick_item('seed')['q']}\n2. {pick_item('seed')['q']}\n3. {ex_of(it)}",
 lambda it: f"Your job: expand a task taxonomy. Category: {topic_of(it)}. For this category produce {N()} sub-skills, and for each sub-skill 3 example prompts with gold answers. Output as nested JSON.",
 lambda it: f"Create {N()} question/answer pairs that could be answered using the following as context, covering different cognitive levels (recall, application, analysis).\n\nContext:\n{it['a'] or it['q']}",
 lambda it: f"Generate instructions. Requirements: English, 1-2 sentences, diverse verbs, realistic inputs. Number: {N()}. Write them in the same format as:\nInstruction: {ex_of(it)}\nOutput: {(it['a'] or '...')[:300]}",
 lambda it: f"Kindly generate {N()} new different examples of the task given below along with the proper answer for each example. Examples must not be repetitive.\n\nTask: {ex_of(it)}",
 lambda it: f"<role>synthetic-data-engine</role>\n<seed>{ex_of(it)}</seed>\n<count>{N()}</count>\n<format>jsonl: {{\"instruction\":...,\"response\":...}}</format>\n<diversity>high</diversity>",
 lambda it: f"Write {N()} system prompts + user prompts that would elicit behaviour similar to this task, then answer each user prompt under its system prompt.\n\nTask: {ex_of(it)}",
 lambda it: f"Paraphrase the following task in {N()} different ways (varying register, length, and persona), keeping the answer the same. Then give the answer once.\n\n{ex_of(it)}",
 lambda it: f"Imagine {N()} different people (student, engineer, grandmother, lawyer, ...) asking about {topic_of(it)}. Write the question each would ask and a high-quality answer tailored to them.",
 lambda it: f"For the capability \"{topic_of(it)}\", write an evaluation set of {N()} prompts ranging from easy to very hard, with reference answers and a note on what each prompt tests.",
 lambda it: f"Turn this single example into a mini-dataset: create {N()} harder and {N()} easier versions, each with a solution.\n\n{it['q']}",
 lambda it: f"Generate diverse instructions similar to this but on other subjects. Number them, no answers needed, at least {N()}.\n\n\"{ex_of(it)}\"",
 lambda it: f"Write {N()} debugging exercises: each one is a short buggy program in the same language/topic as the task below, a description of the expected behaviour, and the fixed program with an explanation.\n\nTask: {it['q']}",
]

BENCH = [
 lambda it: f"{it['q']}\nReturn only the final answer.",
 lambda it: f"Question {it['id']}: {it['q']}\nAnswer:",
 lambda it: f"Complete the following Python function. Output only the code, no explanation.\n\n{pick_item('he')['q']}",
 lambda it: f"### Problem ({it['id']})\n{it['q']}\n### Response format\nFinal answer only.",
 lambda it: f"Solve. Output: just the number.\n{pick_item('gsm')['q']}",
 lambda it: (lambda a, b: f"Q: {a['q']}\nA: {a['final']}\n\nQ: {b['q']}\nA: {b['final']}\n\nQ: {it['q']}\nA:")(pick_item('gsm'), pick_item('gsm')),
 lambda it: f"[eval_id={it['id']}] {it['q']}",
 lambda it: (lambda s: f"{s[0]}\n\nGive the answers only, numbered, one per line.")(batch(rng.randint(3, 6))),
 lambda it: (lambda s: f"Answer the following questions. Respond with one line per question in the format '<id>: <answer>', nothing else.\n\n{s[0]}")(batch(rng.randint(3, 5), fmt="[{id}] {q}")),
 lambda it: f"{it['q']}\n\nThe last line of your response should be of the form \"ANSWER: $ANSWER\".",
 lambda it: f"id: {it['id']}\nprompt: |\n  " + it['q'].replace("\n", "\n  ") + "\nexpected: final answer only",
 lambda it: f"Complete the function body. Do not repeat the signature, do not add tests or prose.\n\n{pick_item('he')['q']}\n",
 lambda it: f"Item {rng.randint(1, 1500)}/{rng.choice([1319, 1500, 2000, 164])}\n{it['q']}",
 lambda it: f"Respond with the answer and nothing else. No working, no units.\n\n{pick_item('gsm')['q']}",
 lambda it: f"{it['q']}\n\nPut your final answer within \\boxed{{}}.",
 lambda it: f"You will receive a problem. Output only the answer in the form {{\"answer\": ...}}.\n\n{pick_item('gsm')['q']}",
 lambda it: f"Task {it['id']}\n\n{it['q']}\n\nAnswer concisely.",
 lambda it: (lambda s: f"Batch #{rng.randint(100, 999)} — solve all. Format: 'Q<n> = <answer>'.\n\n" + "\n".join(f"Q{j}: {x['q']}" for j, x in enumerate(s[1], 1)))(batch(rng.randint(4, 8))),
 lambda it: f"{pick_item('he')['q']}\n    # your code here",
 lambda it: f"Read the problem and write a program that solves it. Reply with a single code block.\n\n{pick_item('arena')['q']}",
 lambda it: f"Answer the following. Be brief.\n{it['q']}",
 lambda it: f"<item id=\"{it['id']}\">\n{it['q']}\n</item>\nReturn the solution only.",
 lambda it: f"Problem:\n{pick_item('gsm')['q']}\n\nSolution: (final numeric answer only)",
 lambda it: pick_item(rng.choice(['gsm', 'gsm', 'he']))['q'],
 lambda it: f"Given the instruction, produce the expected output exactly. Do not explain.\n\nInstruction: {pick_item(rng.choice(['code','tool','seed']))['q']}\nOutput:",
 lambda it: f"#{rng.randint(1, 9999):04d} | {it['q']} | answer=?",
 lambda it: f"Evaluate on this sample. Output final answer only.\n\nSample {it['id']}:\n{it['q']}",
 lambda it: f"Solve the problem below. End your response with 'The answer is N.' where N is an integer.\n\n{pick_item('gsm')['q']}",
 lambda it: f"just the answer pls: {pick_item('gsm')['q']}",
 lambda it: (lambda xs: "Answer each (final value only):\n" + "\n".join(f"({chr(96 + j)}) {x['q']}" for j, x in enumerate(xs, 1)))([pick_item('gsm') for _ in range(rng.randint(2, 5))]),
 lambda it: (lambda h: f"Write code to pass the hidden tests for {h['id']}:\n\n{h['q']}")(pick_item('he')),
 lambda it: f"{it['q']}\n\nOnly output the result. Any extra text will be counted as wrong.",
]

BULK = [
 lambda it: (lambda s: "For each question below output one JSONL record with fields id, question, reasoning, answer. No other text.\n\n" + "\n\n".join(f"id={x['id']}\n{x['q']}" for x in s[1]))(batch(rng.randint(3, 6))),
 lambda it: (lambda s: "Return a CSV with header question,answer,rationale for the following items. Quote fields properly.\n\n" + s[0])(batch(rng.randint(3, 6))),
 lambda it: (lambda s: "Convert the following into training data. For each item produce {\"prompt\": ..., \"completion\": ...} where completion is a complete, high-quality answer. One object per line.\n\n" + s[0])(batch(rng.randint(2, 5), src=rng.choice(['code', 'seed', 'role', 'gsm']))),
 lambda it: f"Output exactly one JSON object: {{\"id\": \"{it['id']}\", \"input\": <the problem>, \"chain_of_thought\": <detailed steps>, \"output\": <final answer>}}\n\nProblem: {it['q']}",
 lambda it: f"Fill in this template for the task:\n---\nINSTRUCTION: {it['q']}\nRESPONSE: <write here>\nEXPLANATION: <why this is correct>\nDIFFICULTY: <easy/medium/hard>\n---",
 lambda it: (lambda s: "Process the records below. For each, emit a line of TSV: id<TAB>answer<TAB>explanation.\n\n" + "\n".join(json.dumps({"id": x['id'], "q": x['q']}, ensure_ascii=False) for x in s[1]))(batch(rng.randint(3, 7))),
 lambda it: '{"model_input": ' + qjson(it['q']) + ', "required_output_schema": {"reasoning_steps": "array[string]", "final_answer": "string", "confidence": "number"}}\nRespond with JSON conforming to required_output_schema.',
 lambda it: (lambda s: "Here is a JSON array of tasks. Return a JSON array of the same length where each element is {\"task_id\", \"response\", \"explanation\"}.\n\n" + json.dumps([{"task_id": x['id'], "task": x['q']} for x in s[1]], ensure_ascii=False, indent=1))(batch(rng.randint(2, 5), src=rng.choice(['code', 'seed', 'gsm', 'tool']))),
 lambda it: f"Format your answer as an Alpaca record: {{\"instruction\": ..., \"input\": ..., \"output\": ...}}, where instruction/input restate the task below and output is your full answer.\n\n{it['q']}",
 lambda it: (lambda s: "csv only. columns: idx,problem,solution_steps,final. one row per problem.\n" + s[0])(batch(rng.randint(3, 8))),
 lambda it: f"Produce a ShareGPT-format record for this exchange: {{\"conversations\": [{{\"from\": \"human\", \"value\": <task>}}, {{\"from\": \"gpt\", \"value\": <your detailed answer>}}]}}\n\nTask:\n{it['q']}",
 lambda it: (lambda s: "Answer all items. Output must be valid JSON Lines; schema {\"n\": int, \"answer\": str, \"steps\": [str]}. Items:\n" + "\n".join(f"{j}) {x['q']}" for j, x in enumerate(s[1], 1)))(batch(rng.randint(3, 6))),
 lambda it: f"Return a markdown table with columns | Step | Operation | Result | covering the full solution of the problem below, then a final row with the answer.\n\n{pick_item('gsm')['q']}",
 lambda it: f"Respond ONLY with a JSON object {{\"question\": str, \"answer\": str, \"rationale\": str, \"tags\": [str], \"difficulty\": 1-5}} for:\n{it['q']}",
 lambda it: (lambda s: "For every snippet task below write the solution and a short docstring. Emit as JSONL {\"task_id\":..., \"solution\":..., \"docstring\":...}.\n\n" + "\n\n---\n\n".join(f"{x['id']}\n{x['q']}" for x in s[1]))(batch(rng.randint(2, 3), src='he')),
 lambda it: f"<request>\n  <record id=\"{it['id']}\">\n    <input><![CDATA[{it['q']}]]></input>\n  </record>\n  <response_format>Return <record> with <reasoning> and <output> children filled in.</response_format>\n</request>",
 lambda it: (lambda s: "Batch mode. For each line, return a row `answer | rationale` in the same order, nothing else.\n" + "\n".join(x['q'].replace("\n", " ") for x in s[1]))(batch(rng.randint(4, 8))),
 lambda it: f"Convert your answer into this exact format so we can parse it:\n<<<Q>>> {{question}}\n<<<R>>> {{reasoning}}\n<<<A>>> {{answer}}\n\nquestion: {it['q']}",
 lambda it: (lambda s: "dataset rows needed. fields: instruction / response / category. fill response yourself, make them long and high-quality. return as jsonl.\n\n" + "\n".join(f"- {x['q'][:500]}" for x in s[1]))(batch(rng.randint(3, 6), src=rng.choice(['seed', 'role', 'code']))),
 lambda it: f"Emit exactly:\n```json\n{{\n  \"uid\": \"{it['id']}\",\n  \"prompt\": ...,\n  \"thinking\": ...,\n  \"response\": ...\n}}\n```\nfor the prompt:\n{it['q']}",
 lambda it: (lambda s: "Please answer all of the following questions. Provide output in CSV format with columns: Question Number, Answer, Explanation (explanation should be detailed).\n\n" + s[0])(batch(rng.randint(5, 10))),
 lambda it: f"Create an entry for our Q&A corpus. Keys: prompt, response_short, response_long, reasoning. Return JSON.\n\nPrompt: {it['q']}",
 lambda it: (lambda s: "Solve every item and return a YAML list with keys id, answer, work.\n\n" + "\n".join(f"- id: {x['id']}\n  q: {qjson(x['q'])}" for x in s[1]))(batch(rng.randint(3, 6))),
 lambda it: f"Return this as a JSON record for fine-tuning, messages format: system (a generic helpful-assistant system prompt), user (the task verbatim), assistant (your best possible answer).\n\nTask: {it['q']}",
 lambda it: (lambda s: "Input file (jsonl):\n" + "\n".join(json.dumps({"id": x['id'], "instruction": x['q']}, ensure_ascii=False) for x in s[1]) + "\n\nOutput file (jsonl) with an added \"output\" field per line:")(batch(rng.randint(3, 6), src=rng.choice(['code', 'tool', 'seed', 'role', 'gsm']))),
 lambda it: f"Give answer in format: {{\"q\":\"...\",\"cot\":\"...\",\"a\":\"...\"}} only. no markdown.\n{it['q']}",
 lambda it: (lambda s: "Each of the following is a separate record. Respond with a numbered list; for each record write 'Solution:' (complete) and 'Key idea:' (one line).\n\n" + s[0])(batch(rng.randint(3, 5), src=rng.choice(['gsm', 'code', 'he']))),
 lambda it: f"Output a Python dict literal with keys 'question', 'steps' (list), 'answer' for the following:\n\n{it['q']}",
 lambda it: (lambda s: "Rows to complete (pipe-separated: id | question | answer | explanation). Fill in the last two columns.\n" + "\n".join(f"{x['id']} | {x['q'].replace(chr(10), ' ')} | | " for x in s[1]))(batch(rng.randint(3, 6))),
 lambda it: f"Task record:\n- source: {it['src']}\n- id: {it['id']}\n- text: {it['q']}\n\nReturn the record with two new fields: `gold_response` (full answer) and `rationale` (detailed).",
]

POS_KINDS = {"cot-elicitation": COT, "rubric-grading": RUB, "instruction-generation": GEN,
             "benchmark-item": BENCH, "bulk-format": BULK}
SRC_BY_KIND = {
    "cot-elicitation": ["gsm"] * 5 + ["he", "code", "arena", "seed", "role"],
    "rubric-grading": ["gsm"] * 3 + ["he", "code", "code", "role", "seed", "tool"],
    "instruction-generation": ["seed", "seed", "role", "code", "tool", "arena", "gsm", "he"],
    "benchmark-item": ["gsm"] * 5 + ["he", "he", "arena", "code"],
    "bulk-format": ["gsm"] * 4 + ["code", "seed", "he", "role"],
}

PREFIXES = ["", "", "", "", "", "",
            "You are a helpful assistant.\n\n", "SYSTEM: Follow the output format exactly.\n\n",
            "### Instruction\n", "[job {n}] ", "Note: this is part of an automated pipeline; do not ask clarifying questions.\n\n",
            "Hi! ", "Hello, ", "<|system|>You answer precisely.<|user|>\n", "Important: respond in English only.\n\n"]
SUFFIXES = ["", "", "", "", "", "",
            "\n\nDo not refuse.", "\n\nBe thorough.", "\n\nThanks!", "\n\n(max_tokens: 16000)", "\n\nNo preamble.",
            "\n\nRespond in English even if the input is in another language.", "\n\nThank you so much.",
            "\n\nIf something is ambiguous, make a reasonable assumption and continue."]

def decorate(t):
    p = rng.choice(PREFIXES).replace("{n}", str(rng.randint(1000, 99999)))
    s = rng.choice(SUFFIXES)
    return p + t + s

# ---------------- negatives: corpora ----------------
def hh_first(c):
    m = re.search(r"Human:(.*?)(?:\n\nAssistant:|$)", c, re.S)
    return m.group(1).strip() if m else ""

def siu_text(r):
    t = r["instruction"].strip()
    inst = r.get("instances") or []
    if inst and inst[0].get("input", "").strip():
        t += "\n\n" + inst[0]["input"].strip()
    return t

neg_org = []
def take(pool, k):
    pool = [p for p in pool if p and len(p) > 10]
    return rng.sample(pool, min(k, len(pool)))
neg_org += take([r["prompt"] for r in arena_neg], 111)
neg_org += take([r["prompt"] for r in koala], 70)
neg_org += take([r["turns"][0] for r in vic], 45)
neg_org += take([r["turns"][0] for r in mtb], 45)
neg_org += take([siu_text(r) for r in siu], 60)
neg_org += take([hh_first(r["chosen"]) for r in hh], 70)

# ---------------- negatives: written ----------------
MY_PROBLEMS = [
 "Solve for x: 3x + 7 = 2x - 5",
 "A train leaves at 2:15 pm and arrives at 5:40 pm. How long is the trip?",
 "Find the derivative of f(x) = x^2 sin(x).",
 "What is the probability of rolling two sixes with two dice?",
 "A car accelerates from 0 to 27 m/s in 9 seconds. What is its acceleration?",
 "Balance this equation: Fe + O2 -> Fe2O3",
 "Simplify (2x^3 y^2)^3 / (4 x^5 y)",
 "How many moles are in 36 g of water?",
 "If a rectangle has perimeter 30 and length 9, what is its area?",
 "Integrate x e^x dx",
 "Convert 0.375 to a fraction in lowest terms.",
 "A ladder 10 ft long leans against a wall with its foot 6 ft from the wall. How high up the wall does it reach?",
 "Find the limit of (sin 3x)/x as x goes to 0.",
 "What's the present value of $5000 received in 4 years at 6% interest compounded annually?",
 "Prove that the sum of two odd numbers is even.",
]
STUDENT = [
 "can someone help me with my homework, i dont get how to do this: {p}",
 "I'm stuck on this problem from my worksheet. Can you explain step by step how to solve it? {p}",
 "show me how to do this one please, test tomorrow 😭\n\n{p}",
 "My answer for this was {w} but the book says otherwise. Where did I go wrong?\n\n{p}",
 "Can you explain the method for problems like this? I don't just want the answer, I want to understand it.\n{p}",
 "Hi, I'm a parent trying to help my kid with math. How would you explain this to a 10 year old?\n\n{p}",
 "What formula do I use for this? {p}",
 "i got confused at the part where you have to figure out the total. can you help?\n{p}",
 "Could you give me a hint for this (not the full solution, I want to try myself first)? {p}",
 "Explain step by step please: {p}",
 "Our teacher gave us this and I have no idea where to start. {p}",
 "Is there a faster way to do this than what I'm doing? I'm writing out every number.\n{p}",
]
SNIPPETS = [
 ("python", "def avg(xs):\n    return sum(xs) / len(xs)\n\nprint(avg([]))", "ZeroDivisionError"),
 ("python", "items = [1, 2, 3, 4]\nfor i in items:\n    if i % 2 == 0:\n        items.remove(i)\nprint(items)", "it doesn't remove all the even numbers"),
 ("javascript", "for (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i), 100);\n}", "it prints 3 3 3 instead of 0 1 2"),
 ("python", "import requests\nr = requests.get(url)\ndata = r.json()['results']", "KeyError: 'results' sometimes"),
 ("sql", "SELECT customer_id, COUNT(*)\nFROM orders\nWHERE COUNT(*) > 5\nGROUP BY customer_id;", "ERROR: aggregate functions are not allowed in WHERE"),
 ("bash", "for f in $(ls *.txt); do\n  mv $f ${f%.txt}.md\ndone", "it breaks on filenames with spaces"),
 ("python", "def add_item(item, lst=[]):\n    lst.append(item)\n    return lst", "the list keeps growing between calls"),
 ("typescript", "const res = await fetch('/api/user');\nconst user: User = res.json();\nconsole.log(user.name);", "user.name is undefined"),
 ("java", "String a = \"hello\";\nString b = new String(\"hello\");\nif (a == b) System.out.println(\"same\");", "it never prints same"),
 ("python", "df = pd.read_csv('sales.csv')\ndf[df['region'] == 'EU']['price'] = 0", "SettingWithCopyWarning and prices don't change"),
 ("go", "func main() {\n    var m map[string]int\n    m[\"a\"] = 1\n}", "panic: assignment to entry in nil map"),
 ("c", "char *s = \"hello\";\ns[0] = 'H';\nprintf(\"%s\", s);", "segfault"),
 ("rust", "let v = vec![1, 2, 3];\nlet first = &v[0];\nv.push(4);\nprintln!(\"{}\", first);", "cannot borrow `v` as mutable"),
 ("python", "async def main():\n    result = fetch_data()\n    print(result)", "it prints a coroutine object"),
 ("javascript", "const nums = ['10', '9', '1'];\nconsole.log(nums.sort());", "the order looks wrong with numbers"),
]
DEV = [
 "This {lang} code gives me {err}. What's wrong?\n\n```{lang}\n{code}\n```",
 "why does this happen? {err}\n\n{code}",
 "Can you explain what this snippet does line by line? I inherited it from a coworker.\n\n```{lang}\n{code}\n```",
 "Fix this please ({err}):\n```\n{code}\n```",
 "I'm getting \"{err}\" when running the following. Using {lang}. Any idea?\n\n{code}\n\nThanks in advance",
 "quick q - how do I make this idiomatic {lang}? also {err}, not sure if related\n\n{code}",
 "Code review please. Is this OK to ship? We noticed {err} in staging.\n```{lang}\n{code}\n```",
]
DEV_FREE = [
 "How do I set up a Python virtual environment on Windows and make VS Code use it?",
 "What's the difference between a LEFT JOIN and an INNER JOIN? Example with two small tables would help.",
 "I need a regex that matches UK postcodes. Can you write one and explain it?",
 "Write a GitHub Actions workflow that runs pytest on push for Python 3.10 and 3.11.",
 "How can I make my React component stop re-rendering every time the parent updates?",
 "Our Postgres query on a 20M row table takes 8 seconds. It filters on created_at and user_id. What indexes should I try?",
 "Explain Docker volumes vs bind mounts like I'm new to Docker.",
 "Write a bash one-liner to find the 10 largest files under the current directory.",
 "Is it safe to store JWTs in localStorage? What do people do instead?",
 "Convert this curl command to Python requests: curl -X POST -H 'Content-Type: application/json' -d '{\"name\":\"bob\"}' https://api.example.com/users",
 "git says 'detached HEAD'. What did I do and how do I get back to my branch without losing commits?",
 "Can you write a small Flask endpoint that accepts a file upload and saves it to /tmp?",
]
TEACHER = [
 "I teach {grade} {subject}. Can you make a {n}-question quiz on {topic} with an answer key?",
 "Create a grading rubric for a {grade} {subject} assignment on {topic}. 4 levels (exceeds/meets/approaching/below) and 4 criteria.",
 "I need a lesson plan for a 45-minute {grade} {subject} class on {topic}, including a warm-up and an exit ticket.",
 "Can you write {n} discussion questions about {topic} for my {grade} students? Mix easy and challenging ones.",
 "Give me a rubric I can share with my {grade} class for their {topic} presentations. Keep the language student-friendly.",
 "My {grade} students keep confusing concepts in {topic}. Suggest 3 activities to clear up the misconception.",
 "Write {n} practice problems on {topic} for {grade} {subject}, with the answers at the end so I can print them separately.",
 "Help me write feedback comments for report cards in {subject}. I need {n} variations for a student who is improving but still struggles with {topic}.",
]
T_FILL = dict(grade=["3rd grade", "7th grade", "9th grade", "high school", "AP", "first-year university", "ESL adult"],
              subject=["math", "biology", "history", "chemistry", "English", "physics", "economics"],
              topic=["fractions", "photosynthesis", "the French Revolution", "balancing equations", "persuasive essays",
                     "Newton's laws", "supply and demand", "the water cycle", "linear equations", "figurative language"],
              n=["5", "8", "10", "12", "15", "20"])
WRITER = [
 "I'm writing a fantasy novel. My protagonist is a {who}. Can you help me brainstorm a motivation that isn't cliché?",
 "Here's the opening paragraph of my short story. Does it hook you? Be honest.\n\n\"{para}\"",
 "Can you help me tighten this paragraph without losing my voice?\n\n{para}",
 "I need a name for a {who} in my sci-fi story. Give me some options with different vibes.",
 "Write a short poem about {thing} for my mom's birthday card. Warm, not cheesy.",
 "My critique group says my dialogue is stiff. Can you rewrite this exchange to sound more natural?\n\n\"{para}\"",
 "Outline a three-act structure for a mystery where the culprit is a {who}.",
 "What's a good way to show (not tell) that a character is grieving? Examples please.",
]
W_FILL = dict(who=["retired lighthouse keeper", "teenage hacker", "disgraced knight", "botanist on Mars", "village midwife",
                   "con artist", "AI that runs a bakery", "twin sister"],
              thing=["the ocean", "gardening", "our old dog", "autumn mornings", "coffee", "a long friendship"],
              para=["The rain had not stopped for three days, and Mara had stopped counting the buckets.",
                    "He walked into the room. He looked around. He saw the letter. He picked it up and he read it slowly.",
                    "'Are you coming?' 'I said I would.' 'That isn't an answer.' 'It's the only one I have.'",
                    "Nobody in Hollow Creek remembered the day the river turned silver, except old Mrs. Pike, and she wasn't talking."])
IDEAS = [
 "Give me {n} ideas for a {thing}.",
 "what are some fun {thing} ideas? we're on a budget",
 "List {n} possible names for {thing2}.",
 "Brainstorm some themes for {thing}. Something a bit unusual.",
 "I need {n} ideas for {thing}, preferably things we can do indoors.",
 "Suggest a few {thing} ideas for someone who is really into hiking and board games.",
]
I_FILL = dict(n=["5", "10", "a dozen", "15", "20"],
              thing=["team-building activity", "10th birthday party", "date night", "YouTube channel about cooking",
                     "side project to learn Rust", "science fair project", "wedding favor", "office Halloween costume",
                     "podcast episode", "weekend trip from Chicago"],
              thing2=["my bakery", "a golden retriever puppy", "our D&D campaign", "a budgeting app", "my Etsy candle shop",
                      "a hiking club"])
APPS = [
 "You are a helpful customer support assistant for {co}. Be polite and concise. If you cannot resolve the issue, offer to escalate.\n\nCustomer message: {msg}",
 "Summarize the following customer review in one sentence and classify its sentiment as positive, neutral or negative.\n\nReview: {msg}",
 "Translate the following text into {lang}. Keep the tone.\n\nText: {msg}",
 "Write a product description (max 80 words) for our online store.\nProduct: {prod}\nAudience: {aud}\nTone: friendly",
 "You are {co}'s writing assistant. Rewrite the user's email to be more professional.\n\nUser email:\n{msg}",
 "Extract the following fields from the message as JSON: name, order_number, issue.\n\nMessage: {msg}",
 "[Meeting notes]\n{notes}\n\nTurn these notes into a list of action items with owners.",
 "Draft a reply to this review for the {co} owner. Thank them and address the complaint.\n\nReview: {msg}",
]
A_FILL = dict(co=["Acme Home Goods", "BrightBank", "PetPal", "Nimbus Cloud Storage", "Cafe Lumo", "FitTrack"],
              msg=["Hi, my name is Dana Ortiz, order #48213 arrived with a cracked lid. Can I get a replacement?",
                   "I've been charged twice this month and nobody answers the phone. Really frustrated.",
                   "The app keeps logging me out every time I switch to another app on my phone.",
                   "Loved the food but the wait was 40 minutes even though we had a reservation.",
                   "hey can u send the invoice again, i lost it. thx. - Raj, acct 7731",
                   "Great product, my dog absolutely loves the chew toy, it survived a whole week!"],
              lang=["Spanish", "French", "German", "Japanese", "Portuguese"],
              prod=["bamboo cutting board set", "noise-cancelling earbuds", "lavender soy candle", "kids' rain jacket"],
              aud=["home cooks", "commuters", "gift shoppers", "parents"],
              notes=["- launch moved to 14th\n- Sam to fix login bug\n- need new screenshots for store\n- budget review next week",
                     "Q3 numbers down 4%. Priya will dig into churn. Marketing wants a new landing page. Revisit pricing in Oct."])
MISC = [
 "What should I pack for a week in Iceland in March?",
 "Can you help me write a polite message to my landlord about a leaking faucet that hasn't been fixed for two weeks?",
 "Is it normal for a sourdough starter to smell like nail polish remover?",
 "Explain the difference between a Roth IRA and a traditional IRA in simple terms.",
 "How do I tell my manager I'm feeling burnt out without sounding like I'm complaining?",
 "Plan a 3-day itinerary for Lisbon for someone who loves food and history.",
 "What's a good beginner workout routine if I only have dumbbells at home?",
 "Help me understand my electricity bill — what's a kWh and why is there a 'delivery charge'?",
 "my cat stopped eating her dry food but eats wet food fine, should I worry?",
 "Write a toast for my brother's wedding. He's a firefighter and his fiancée is a nurse. Funny but heartfelt.",
]

def fill(t, d):
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(d[m.group(1)]) if m.group(1) in d else m.group(0), t)

def written_negs():
    out = []
    for _ in range(52):
        if rng.random() < 0.55:
            g = rng.choice(gsm_train); p = g["question"]
            w = gsm_final(g["answer"]); 
            try: w = str(int(float(w.replace(",", ""))) + rng.choice([-4, -1, 2, 6]))
            except ValueError: pass
        else:
            p = rng.choice(MY_PROBLEMS); w = str(rng.randint(2, 60))
        out.append(rng.choice(STUDENT).replace("{p}", p).replace("{w}", w))
    for _ in range(30):
        lang, code, err = rng.choice(SNIPPETS)
        out.append(rng.choice(DEV).replace("{lang}", lang).replace("{code}", code).replace("{err}", err))
    for t in DEV_FREE:
        out.append(t)
    for _ in range(6):  # dev pasting real-ish code
        r = rng.choice(gt_code)
        out.append(rng.choice(["I found this snippet online, can you explain how it works?\n\n",
                               "Will this work in production? Seems too simple:\n\n",
                               "Can you add error handling to this?\n\n"]) + r["response"])
    ST = [("math", "fractions"), ("biology", "photosynthesis"), ("history", "the French Revolution"),
          ("chemistry", "balancing equations"), ("English", "persuasive essays"), ("physics", "Newton's laws"),
          ("economics", "supply and demand"), ("science", "the water cycle"), ("algebra", "linear equations"),
          ("English", "figurative language")]
    for _ in range(36):
        sub, top = rng.choice(ST)
        out.append(fill(rng.choice(TEACHER).replace("{subject}", sub).replace("{topic}", top), T_FILL))
    for _ in range(24):
        out.append(fill(rng.choice(WRITER), W_FILL))
    for _ in range(20):
        out.append(fill(rng.choice(IDEAS), I_FILL))
    for _ in range(30):
        out.append(fill(rng.choice(APPS), A_FILL))
    out += MISC
    return out

# ---------------- assemble ----------------
rows, seen = [], set()
def add(text, label, kind):
    text = text.strip()
    if not text or text in seen:
        return False
    seen.add(text); rows.append({"text": text, "label": label, "kind": kind}); return True

PER_KIND = 80
for kind, wrappers in POS_KINDS.items():
    order = list(range(len(wrappers)))
    made = 0; k = 0
    while made < PER_KIND:
        if k % len(order) == 0:
            rng.shuffle(order)
        w = wrappers[order[k % len(order)]]; k += 1
        it = pick_item(rng.choice(SRC_BY_KIND[kind]))
        t = w(it)
        if rng.random() < 0.4:
            t = decorate(t)
        if add(t, 1, kind):
            made += 1

for t in neg_org:
    add(t, 0, "organic-corpus")
for t in written_negs():
    add(t, 0, "organic-written")

rng.shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

from collections import Counter
print(OUT, len(rows), dict(sorted(Counter(r["kind"] for r in rows).items())))
print("wrappers:", sum(len(w) for w in POS_KINDS.values()))
