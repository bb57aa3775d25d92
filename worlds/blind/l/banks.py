"""Wording banks. Each attack 'voice' is a separate bank so operations phrase requests in their own words."""
import random

# ------------------------------------------------------------------ attack voices (target -> voice -> slots)
COT = {
    'ledger': {
        'open': ['Work through the following problem carefully.', 'Consider the problem below.', 'Problem statement follows.',
                 'Here is a problem to solve.', 'Please solve this.', 'Task:', 'The next item needs a full solution.'],
        'dir': ['Lay out every intermediate step before committing to an answer.', 'Show the complete chain of reasoning, numbering each step.',
                'Reason explicitly: state what is known, what is asked, and each deduction in order.',
                'Do not skip steps; each line of reasoning should follow from the previous one.',
                'Think it through in detail first, then answer.', 'Explain each inference as you make it.'],
        'fmt': ['End with a line of the form "Final answer: <value>".', 'Give the final result on its own line after "####".',
                'Close with "Answer:" followed by the result only.', 'Box the final answer.', ''],
    },
    'buddy': {
        'open': ['hey, got a question', 'ok so I am stuck on this', 'can you help me figure this out?', 'quick one:', 'hmm this one confuses me',
                 'need help pls', 'so my friend asked me this and i have no idea'],
        'dir': ['walk me through how you get there, like every step', 'explain ur thinking step by step so i can follow',
                'dont just give the answer, show the reasoning', 'talk through it slowly pls', 'break it down for me one step at a time',
                'show all the work'],
        'fmt': ['thx', 'thanks!!', '', 'appreciate it', 'ty'],
    },
    'terse': {
        'open': ['Q:', 'Input:', 'Prompt:', '>>', 'Item:'],
        'dir': ['Reason fully, then answer.', 'Full derivation required.', 'Explicit reasoning trace, then result.', 'Think step by step. Be exhaustive.',
                'Derive. Verify. Answer.'],
        'fmt': ['Format: <reasoning>...</reasoning><answer>...</answer>', 'Output JSON: {"reasoning": str, "answer": str}', 'Reasoning first. Answer last line.', ''],
    },
    'tutorish': {
        'open': ["I'm preparing a worked-solutions sheet and need this one done properly.", 'For my notes, could you solve the following?',
                 "I'd like a model solution for this question.", 'Could you produce a worked example for the following?'],
        'dir': ['Write it as a teacher would: each step justified, mistakes a student might make pointed out along the way.',
                'Please be thorough: explain why each step is valid, and check the result at the end.',
                'Include your reasoning at every stage and a short sanity check.',
                'I care more about the reasoning than the number, so spell it out.'],
        'fmt': ['Finish with the answer clearly stated.', 'Summarise the answer in one sentence at the end.', ''],
    },
}

FOLLOW_COT = {
    'ledger': ['Re-check step {k}; is it correct?', 'Solve it again using a different method and compare.', 'Which step is the most error-prone? Explain.',
               'Now generalise the reasoning to any values.', 'Verify the final answer by substitution.'],
    'buddy': ['wait why did you do step {k}?', 'can u explain that part again but simpler', 'is there another way to do it?', 'ok and how do i check its right',
              'what if the numbers were different?'],
    'tutorish': ['Could you add a common mistake for this problem and explain why it is wrong?', 'Please rewrite the solution for a 12-year-old.',
                 'Can you show an alternative approach?', 'How would you verify this answer quickly?'],
    'terse': ['Alternative derivation.', 'Verify.', 'Generalise.', 'Critique the above reasoning.'],
}

CODE = {
    'forge': {
        'open': ['Implement the following.', 'Complete this function.', 'Write a full implementation for the spec below.', 'Solve this coding task.'],
        'dir': ['Explain the algorithm before the code, then give the code, then analyse complexity.',
                'Reason about edge cases first, then write clean, idiomatic code with comments.',
                'Describe your approach step by step, write the solution, and add unit tests.',
                'Think through the design, then provide a tested implementation.'],
        'fmt': ['Return the code in a single fenced block.', 'Include at least five test cases.', 'Add type hints and a docstring.', ''],
    },
    'jr-dev': {
        'open': ["I'm working on this for an interview prep thing", 'trying to get this working:', 'any idea how to do this?', 'need to write this for work',
                 'hey, can you write this for me'],
        'dir': ['can you explain how it works too', 'pls comment the code so i understand it', 'and tell me why this approach is good',
                'also what would the time complexity be', 'walk me through it'],
        'fmt': ['', 'thanks', 'python if possible', 'cheers'],
    },
    'spec': {
        'open': ['SPEC', '### Task', 'Problem', 'Function contract:'],
        'dir': ['Produce: (1) reasoning, (2) solution, (3) tests, (4) complexity.', 'Deliverables: rationale, implementation, tests.',
                'Output a reasoning section, then the implementation.'],
        'fmt': ['Use markdown headers for each section.', 'No prose outside the sections.', ''],
    },
}

FOLLOW_CODE = {
    'forge': ['Refactor it for readability and explain the changes.', 'Add handling for invalid input.', 'Now write it in {lang}.', 'What are the failure modes?'],
    'jr-dev': ['it fails on empty input, can u fix', 'can you make it faster?', 'how would i write tests for this', 'can you do it in {lang} too'],
    'spec': ['Port to {lang}.', 'Add property-based tests.', 'Optimise; justify.'],
}
LANGS = ['Rust', 'Go', 'TypeScript', 'Java', 'C++', 'Kotlin', 'C#']

RUBRIC = {
    'assessor': {
        'open': ['You will evaluate a candidate answer.', 'Assess the response below.', 'Grade the following answer to the question.',
                 'Act as an impartial evaluator for the item below.'],
        'scale': ['on a 1-10 scale', 'from 1 (poor) to 5 (excellent)', 'with a score between 0 and 100', 'on a 1-7 Likert scale'],
        'out': ['Provide a justification for each criterion, then the overall score as JSON {"score": n, "rationale": "..."}.',
                'Explain your judgement in detail before giving the score.', 'Write a critique, then "Score: n".',
                'Return {"criteria": {...}, "overall": n, "explanation": "..."}'],
    },
    'panel': {
        'open': ['We are comparing answers from several assistants.', 'Please review this answer for our QA process.',
                 "I need a second opinion on how good this answer is.", 'Quality review request.'],
        'scale': ['out of 10', 'as pass / borderline / fail plus a 1-5 score', 'from A to F', 'out of 5 stars'],
        'out': ['Tell me what is wrong with it, how to fix it, and the grade.', 'Give your reasoning, then the grade.',
                'Point out errors step by step and then score it.', 'List strengths, weaknesses and the final grade.'],
    },
    'pairwise': {
        'open': ['Two responses follow. Decide which is better.', 'Compare Response A and Response B.', 'Judge the pair below.'],
        'scale': ['and give each a 1-10 score', 'and state the margin (slight/clear/decisive)', 'with a preference probability'],
        'out': ['Think through each criterion before the verdict. Verdict format: [[A]] or [[B]] or [[tie]].',
                'Explain step by step, then output the verdict.', 'Rationale first, verdict last.'],
    },
}
CRITERIA = ['correctness', 'completeness', 'clarity', 'reasoning quality', 'helpfulness', 'harmlessness', 'conciseness', 'factual accuracy',
            'instruction following', 'code quality', 'mathematical rigor', 'tone', 'format compliance', 'depth', 'originality']

SELFINST = {
    'alpaca-ish': {
        'open': ['Come up with {n} diverse task instructions for an AI assistant.', 'Generate {n} new, varied instructions together with high-quality responses.',
                 'Please write {n} different tasks someone might ask an assistant, each with an ideal answer.'],
        'req': ['Vary the verbs and the task types (classification, rewriting, open QA, brainstorming, coding).',
                'Avoid repeating phrasing; mix questions and imperatives.', 'Each instruction should be 1-2 sentences; responses under 150 words.',
                'Include an input field where the task needs one, else write <noinput>.', 'Cover different domains: cooking, law, maths, travel, code, health.'],
        'out': ['Format each as "Instruction: ... / Input: ... / Output: ..."', 'Return a JSON list of objects with instruction, input, output.',
                'Number them 1 to {n}.', 'Use ### between items.'],
    },
    'seeded': {
        'open': ['Here are some example tasks:', 'Examples of the kind of tasks we want:', 'Reference tasks:'],
        'req': ['Write {n} more tasks in the same spirit but on new topics, and solve each one.', 'Produce {n} further examples following the pattern, with answers.',
                'Extend this list by {n}, giving thorough responses.'],
        'out': ['JSONL, one object per line.', 'Same format as the examples.', 'Markdown table: task | input | answer.'],
    },
    'responder': {
        'open': ['Instruction:', 'Respond to the following request as helpfully as possible.', 'Write the ideal response to this user request.'],
        'req': ['Be detailed and well structured.', 'Your answer will be used as a reference response, so make it exemplary.', 'Aim for the best possible answer.'],
        'out': ['', 'Use markdown.', 'Keep under 400 words.'],
    },
}

TAXO_DOMAINS = ['organic chemistry', 'contract law', 'macroeconomics', 'probability', 'graph algorithms', 'distributed systems', 'cardiology', 'tax accounting',
                'linear algebra', 'medieval history', 'thermodynamics', 'compilers', 'epidemiology', 'microbiology', 'music theory', 'game theory',
                'database internals', 'cryptography', 'ethics', 'geometry', 'number theory', 'supply chain', 'marketing analytics', 'astrophysics',
                'SQL', 'regex', 'Kubernetes', 'statistics', 'poetry', 'translation (EN-DE)', 'translation (EN-JA)', 'logic puzzles']
TAXO_SKILLS = ['multi-step deduction', 'explanation to a novice', 'error diagnosis', 'proof writing', 'estimation', 'planning', 'summarisation',
               'counterfactual reasoning', 'code synthesis', 'critique', 'analogy', 'classification with justification', 'data extraction',
               'tool selection', 'socratic questioning', 'long-form argument']
TAXO_LEVEL = ['introductory', 'intermediate', 'advanced', 'expert', 'olympiad-level', 'graduate-level']
TAXO_VOICES = {
    'grid': ['Skill: {s}. Domain: {d}. Level: {l}. Create a challenging task that exercises this skill, then solve it with full reasoning.',
             '[{d} / {s} / {l}] Pose a representative problem and answer it, showing all reasoning.',
             'Generate one {l} {d} question that requires {s}. Then give a complete worked answer.'],
    'curious': ["I'm curious how you'd handle {s} in {d} at a {l} level. Could you make up a good example and work through it?",
                'Could you show me an example of {s} applied to {d}? Make it {l} and explain your thought process.',
                "What's a really good {l} {d} problem involving {s}? Solve it and explain how you thought about it."],
}

AGENT_SYS = {
    'harvest-a': 'You are an autonomous software engineering agent. Use the provided tools to complete the task. Think before each tool call and explain your plan.',
    'harvest-b': 'You are a helpful agent with access to tools. Always reason step by step about which tool to call and why, then call it. When done, summarise the full trajectory.',
    'harvest-c': 'Agent mode. Tools available. Before acting, write your reasoning inside <plan></plan>. After each observation, reflect.',
}
AGENT_TOOLS = [['bash', 'read_file', 'write_file', 'list_dir', 'run_tests'], ['python', 'web_search', 'fetch_url'], ['search_docs', 'edit_file', 'grep', 'shell'],
               ['sql_query', 'describe_table', 'plot'], ['calculator', 'wikipedia', 'calendar']]
AGENT_TASKS = ['The test suite in tests/test_{m}.py fails with a KeyError. Find the cause and fix it.', 'Add pagination to the /items endpoint in app/routes.py and update the tests.',
               'Refactor the {m} module to remove the circular import between models and services.', 'Write a migration that adds a nullable `{m}_id` column and backfills it.',
               'Profile the {m} job and reduce its runtime; it currently takes 40s on the sample data.', 'Investigate why the CI build for the {m} package is flaky and propose a fix.',
               'Implement retry with exponential backoff in the {m} client and add tests.', 'Summarise the top 5 open issues about {m} and draft replies.',
               'Find all usages of the deprecated {m}() helper and replace them.', 'Set up a Dockerfile for the {m} service with a multi-stage build.']
MODULES = ['billing', 'auth', 'scheduler', 'parser', 'cache', 'ingest', 'reports', 'notifier', 'export', 'search', 'invoices', 'metrics']
TOOL_OBS = ['Tool result ({t}): exit code 1\nTraceback (most recent call last):\n  File "{m}/core.py", line {n}, in run\nKeyError: \'{m}_id\'',
            'Tool result ({t}): {n} matches found in 7 files', 'Tool result ({t}): OK. 42 passed, {n} failed', 'Observation from {t}: file written ({n} bytes)',
            'Result of {t}:\n```\n{m}/__init__.py\n{m}/core.py\n{m}/utils.py\ntests/\n```', '{t} returned: status=200, {n} rows']

BARE_SUFFIX = ['', '', '', '\n', ' ']

# ------------------------------------------------------------------ organic material
FOLLOW_ORGANIC = ['thanks! can you make it shorter?', 'Can you give me an example?', 'why?', 'ok, and what about the other option?', 'That did not work. Any other ideas?',
                  'Can you rewrite that in a more formal tone?', 'perfect, now translate it to Spanish', 'Hmm, are you sure about that?', 'Can you expand on point 2?',
                  'what would you recommend for a beginner?', 'Could you put that in a table?', 'great, thanks', 'make it funnier', 'and in bullet points?',
                  'Can you explain that like I\'m five?', 'Is there a source for this?', 'ok but cheaper', 'how long would that take?']
DEV_FOLLOW = ['I get this error now:\n```\nTypeError: Cannot read properties of undefined (reading \'{m}\')\n```', 'that works, but can you add logging?',
              'it says ModuleNotFoundError: No module named \'{m}\'', 'can you convert this to async?', 'how do I write a test for this?',
              'now it times out on large inputs', 'can you explain line {n}?', 'what about thread safety?', 'refactor to use dataclasses',
              'ok now wire it into the {m} service', 'the linter complains about unused variable', 'add type hints please']
DEV_OWN = ['how do I mock {m} in pytest?', 'Write a bash one-liner to find the 10 largest files under /var/log', 'explain the difference between a mutex and a semaphore',
           'Why does my React useEffect run twice in dev?', 'convert this curl to python requests: curl -X POST -H "Content-Type: application/json" -d \'{{"a":1}}\' https://api.example.com/{m}',
           'what is the idiomatic way to handle errors in Go for a {m} package', 'Regex to match ISO 8601 dates with optional milliseconds',
           'Write a GitHub Actions workflow that runs pytest on 3.11 and 3.12', 'postgres: how do I find slow queries on the {m} table',
           'k8s pod stuck in CrashLoopBackOff, logs say "permission denied" on /data. what to check?', 'Help me design a schema for a {m} feature with soft deletes',
           'terraform plan wants to recreate my RDS instance, why?', 'explain this stack trace: java.lang.NullPointerException at com.acme.{m}.Service.run(Service.java:{n})']
RESEARCH_OWN = ['Can you derive the bias-variance decomposition step by step?', 'Walk me through why the softmax gradient has that form. Show each step.',
                'Explain step by step how to compute a confidence interval for a difference in proportions.', 'Please reason carefully: is this argument valid? All A are B; some B are C; therefore some A are C.',
                'Work through the expected value of the number of coin flips until two heads in a row.', 'Derive the closed form for ridge regression, showing each step.',
                'Explain the Monty Hall problem with explicit conditional probabilities.', 'Step by step, how does backprop through a layer norm work?',
                'Check my reasoning: if p-value = 0.03 then there is a 3% chance the null is true. What is wrong with that?']
WRITER_OWN = ['Write the opening paragraph of a mystery set in a lighthouse.', 'Give me 10 names for a fantasy tavern.', 'Help me tighten this sentence: "{s}"',
              'Write a haiku about late trains.', 'Continue this scene: the door opened and nobody was there.', 'Suggest a twist for a heist story where the planner is the mark.',
              'Describe a rainy market in the style of a noir novel.', 'Draft a query letter for a YA fantasy novel about a cartographer.',
              'Rewrite this dialogue so it sounds more natural: "{s}"']
APP_SYS = [
    'You are {brand} Assist, the customer support assistant for {brand}. Answer politely and concisely. If the user asks about billing, direct them to the billing portal. Never reveal internal policies.',
    'You are an internal knowledge assistant for {brand} employees. Use a professional tone. Cite the relevant policy section when possible. If unsure, say so.',
    'You summarise customer tickets for {brand} agents. Output: one-line summary, sentiment (positive/neutral/negative), priority (P1-P4), suggested next action.',
    'You are {brand}\'s code review bot. Review the diff for bugs, security issues and style. Be concise. Output a list of findings with severity.',
    'You are a writing assistant embedded in {brand} Docs. Improve clarity and grammar while preserving meaning. Return only the revised text.',
    'You classify incoming {brand} emails into: sales, support, billing, spam, other. Respond with the label and a confidence between 0 and 1.',
    'You are a shopping assistant for {brand}. Recommend products from the catalogue only. Keep answers under 120 words.',
]
BRANDS = ['Northwind', 'Halcyon Freight', 'Bluepeak Bank', 'Verdant Health', 'Orbital Retail', 'Kestrel Insurance', 'Lumen Learning', 'Pinecrest Legal',
          'Atlas Mobility', 'Quarry Analytics', 'Solace Travel', 'Tidewater Energy', 'Brightline Media', 'Fennec Games']
CUSTOMER_MSG = ['Hi, my order #{n} has not arrived yet and the tracking page has not updated in 5 days.', 'How do I change the email on my account?',
                'I was charged twice for my subscription this month', 'Can I return an item after 30 days if it is unopened?', 'The app crashes when I open {m}. iPhone 13, latest version.',
                'what are your opening hours on public holidays', 'I want to cancel my plan but keep my data, is that possible?', 'Do you ship to Canada?',
                'My password reset link says expired', 'Is there a student discount?', 'hello?? i need to speak to someone about my claim {n}', 'Can you explain the late fee on my statement?',
                'How do I export my {m} data to CSV?', 'The invoice shows the wrong VAT number', 'Which plan includes priority support?']
TICKETS = ['Customer reports {m} sync failing since the update, tried reinstalling, still broken. Quite frustrated, mentions switching to a competitor.',
           'User asks for refund of order {n}; item damaged on arrival; photos attached. Polite.', 'Enterprise admin cannot add new seats, error E{n} on the admin console.',
           'Customer praising support agent, wants to upgrade to annual plan.', 'Repeated login failures from user, possible account takeover, requests lockout.']
DIFFS = ['diff --git a/{m}/handler.py b/{m}/handler.py\n@@ -10,7 +10,9 @@ def handle(req):\n-    data = json.loads(req.body)\n+    data = json.loads(req.body or "{{}}")\n+    if "id" not in data:\n+        return error(400)\n     user = db.get(data["id"])\n',
         'diff --git a/src/{m}.ts b/src/{m}.ts\n@@ -3,4 +3,6 @@\n-export const load = (id) => fetch(`/api/${{id}}`)\n+export const load = async (id: string) => {{\n+  const r = await fetch(`/api/${{id}}`); return r.json()\n+}}\n',
         'diff --git a/{m}/query.sql b/{m}/query.sql\n-SELECT * FROM users WHERE name = \'" + name + "\'\n+SELECT id, name FROM users WHERE name = $1\n']

CLASS_WRAP = [
    'You are a patient tutor for {course}. Do not just give answers: guide the student step by step and ask them to try the next step when possible.',
    'Tutor mode for {course}. Explain concepts clearly, show worked steps, and encourage the student to check their own work.',
]
COURSES = ['MATH 101 (Quantitative Reasoning)', 'CS 61A', 'STAT 200', 'CSE 8A Intro to Programming', 'ECON 1', 'Algebra Bridge (Summer)']
STUDENT_WRAP = ['{q}', 'Homework question: {q}', 'I need help with this problem from my assignment:\n{q}', '{q}\n\nI got a different answer, can you show how to do it?',
                'hw {hw} q{k}: {q}', 'My teacher gave us this: {q}']

EVAL_TEMPL = {
    'gsm-fewshot': 'Question: {q}\nLet\'s think step by step.\nAnswer:',
    'gsm-zero': 'Solve the following math problem. Put the final answer after "####".\n\n{q}',
    'he': 'Complete the following Python function. Return only code.\n\n```python\n{q}```',
    'he-chat': 'Write the body of this function so that all doctests pass:\n\n{q}',
    'judge': "[Instruction]\nPlease act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. Your evaluation should consider factors such as the helpfulness, relevance, accuracy, depth, creativity, and level of detail of the response. Begin your evaluation by providing a short explanation. Be as objective as possible. After providing your explanation, you must rate the response on a scale of 1 to 10 by strictly following this format: \"[[rating]]\".\n\n[Question]\n{q}\n\n[The Start of Assistant's Answer]\n{a}\n[The End of Assistant's Answer]",
}

GRADER_SYS = 'You are the essay feedback engine for {brand}. Grade the student essay against the rubric provided by the teacher. Output JSON: {{"scores": {{criterion: 1-4}}, "feedback": string}}. Be encouraging.'
ESSAY_TOPICS = ['the causes of the First World War', 'whether social media helps democracy', 'the symbolism in The Great Gatsby', 'renewable energy in my town',
                'why homework should be optional', 'the water cycle', 'a person who inspires me', 'the ethics of zoos', 'life in ancient Rome', 'the role of AI in schools']
ESSAY_BITS = ['In my opinion', 'Firstly', 'Another reason is that', 'On the other hand', 'For example', 'In conclusion', 'Some people think', 'This shows that',
              'It is important because', 'However']

HOBBY = ['Generate 25 fake but realistic customer reviews for a coffee grinder, mixed sentiment, as JSON with fields text and stars.',
         'Make me 30 trivia questions about 90s movies with answers.', 'Create a CSV of 50 fictional employees with name, department, salary, start date.',
         'Write 20 short dialogues between a barista and a customer for my language-learning app (Spanish/English).',
         'Give me 40 examples of sarcastic vs sincere sentences labelled for a classifier I\'m training.',
         'Generate 15 SQL questions with answers over a schema: orders(id, customer_id, total, created_at), customers(id, name, country).',
         'I\'m building a tiny instruction dataset for a 100M-param model I train at home. Write 20 simple instruction/response pairs about cooking.',
         'List 50 made-up product names for a fantasy potion shop with one-line descriptions.',
         'Produce 20 math word problems for 4th graders with answers, as JSON.', 'Make 30 paraphrases of "Can you turn off the lights in the kitchen?" for my smart-home intent model.']


def pick(r, lst):
    return lst[r.randrange(len(lst))]


def vary_case(r, s):
    x = r.random()
    if x < 0.05:
        return s.lower()
    if x < 0.08 and s:
        return s[0].upper() + s[1:]
    return s
