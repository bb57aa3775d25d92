"""Wording grammars. Every persona / operation composes its own phrasing from its own fragments."""


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def maybe(rng, p, s):
    return s if rng.random() < p else ''


def join(*parts):
    return ''.join(p for p in parts if p)


# ------------------------------------------------------------------ organic

CASUAL_OPENERS = ['', '', '', '', 'hey ', 'hi! ', 'quick question: ', 'ok so ', 'Hello, ', 'can u help me? ', 'pls ',
                  'Question - ', 'I was wondering, ', 'random q but ']
CASUAL_CLOSERS = ['', '', '', '', ' thanks', ' thx!', ' Thanks in advance.', ' :)', ' ty', ' keep it short please',
                  ' (explain like im 12)', ' in simple words']
CASUAL_FOLLOWUPS = ['can you make it shorter?', 'what about the second point, can you expand', 'ok thanks. and why is that?',
                    'hmm that doesnt seem right', 'give me an example', 'can you put that in a table', 'more casual tone pls',
                    'translate that to spanish', 'ok what else?', 'Great, now a version for kids.', 'are you sure?',
                    'lol ok. anything else I should know?', 'Could you cite sources for that?', 'make it rhyme',
                    'can you rewrite it as bullet points', 'and if I only have 10 minutes?']

DEV_SYSTEMS = [None, None, None, 'You are a helpful assistant.', 'You are an expert software engineer. Be concise.',
               'You are a senior backend engineer. Answer with code first, explanation after.',
               'Respond in markdown. Prefer TypeScript unless told otherwise.', 'You are a helpful coding assistant.',
               'Answer as briefly as possible. No preamble.']
DEV_OPENERS = ['', '', '', 'I have this problem: ', 'Working on a side project. ', 'Getting a weird bug. ', 'At work we need this: ',
               'Noob question - ', 'Can you help me refactor? ', 'Review request: ', 'Context: legacy codebase, python 3.8. ']
DEV_FOLLOWUPS = ['that throws `TypeError: cannot unpack non-iterable NoneType object` on line 12', 'can you add type hints',
                 'now write unit tests for it with pytest', 'how would this scale to 10M rows?', 'use async instead',
                 'explain the regex you used', 'it works, thanks. can we make it faster?', 'port this to Go please',
                 'that import doesn\'t exist in v2 of the library', 'what are the edge cases here?', 'add logging and error handling',
                 'rewrite without external deps', 'ok and the Dockerfile for it?', 'compile error: expected `;` before `}` token',
                 'why O(n log n) and not O(n)?', 'nope, still fails the second test case']

AGENT_TOOLSETS = [
    ['read_file', 'write_file', 'edit_file', 'bash', 'grep', 'list_directory'],
    ['Read', 'Write', 'Edit', 'Bash', 'Glob', 'Grep', 'TodoWrite', 'WebFetch'],
    ['str_replace_editor', 'bash', 'web_search'],
    ['run_sql', 'describe_table', 'list_tables'],
    ['search_docs', 'get_ticket', 'update_ticket', 'send_reply'],
    ['python', 'browser.open', 'browser.search'],
]
AGENT_TOOL_RESULTS = [
    'Tool result (bash): exit code 1\nFAILED tests/test_parser.py::test_nested_quotes - AssertionError: assert [\'a\', \'b"c\'] == [\'a\', \'b\', \'c\']',
    'Tool result (read_file): src/server/routes.ts (212 lines)\nimport { Router } from "express";\n...',
    'Tool result: 14 files matched pattern "useEffect(" in src/components',
    'Tool result (bash): exit code 0\n===== 48 passed, 2 skipped in 3.81s =====',
    'Tool result (run_sql): 3 rows\n| region | revenue |\n| EMEA | 1.2M |\n| APAC | 0.9M |\n| AMER | 2.4M |',
    'Tool result (bash): npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree',
    'Tool result (edit_file): applied 1 edit to app/models/user.rb',
    'Tool result (grep): no matches',
    'Tool result (bash): Traceback (most recent call last):\n  File "main.py", line 41, in <module>\nKeyError: \'user_id\'',
    'Tool result (web_search): 5 results. [1] "Migrating to Pydantic v2" ...',
]
AGENT_USER_STEPS = ['ok go ahead', 'looks good, commit it', 'no, keep the old API and add a deprecation warning instead',
                    'run the tests again', 'also update the README', 'can you check why CI is red', 'revert that last change',
                    'now do the same for the billing module', 'great. open a PR description for this',
                    'the migration needs to be reversible', 'try a different approach, this one is too invasive']
AGENT_TASKS = ['Add pagination to the /orders endpoint and update the tests.', 'The parser breaks on nested quotes, find and fix it.',
               'Upgrade the project from pydantic v1 to v2.', 'Find why the dashboard loads slowly and fix the worst query.',
               'Write a CLI command that exports users to CSV.', 'Refactor the auth middleware into its own module.',
               'Set up GitHub Actions to run lint and tests on PRs.', 'Our Dockerfile is 2GB, make it smaller.',
               'Add retry with exponential backoff to the HTTP client wrapper.', 'Investigate flaky test test_websocket_reconnect.',
               'Summarise last quarter revenue by region from the warehouse.', 'Triage ticket #4412 and draft a reply to the customer.']

RESEARCH_FRAMES = ['Please reason through this carefully, step by step, before answering. ',
                   'I\'m studying how models reason. Walk me through your thinking on the following: ',
                   'For a paper on reasoning I want your full derivation. ', 'Show each step, and flag any step you are unsure about. ',
                   'Think it through out loud: ', 'Could you explain your reasoning process explicitly for this one? ',
                   'I\'m testing something. Answer, then explain how you got there: ', '']
RESEARCH_TAILS = ['', '', ' Also tell me where a careless reader would go wrong.', ' What assumptions did you make?',
                  ' Then give a one-line final answer.', ' Compare two ways of solving it.']

HOBBY_ASKS = ['Generate {n} varied example {thing} I can use to fine-tune a small model for my {proj}. Output JSONL with "instruction" and "output".',
              'I\'m building a toy dataset for my {proj}. Write {n} {thing}, each different in tone and length.',
              'Make me {n} synthetic {thing} for testing my {proj}. Include some tricky edge cases.',
              'Can you produce {n} {thing}? It\'s for a hobby {proj}, CSV format please.']
HOBBY_THINGS = ['customer support questions about a bike shop', 'SQL questions with answers', 'short recipes', 'tweets about gardening',
                'math word problems for 3rd graders with answers', 'text-adventure room descriptions', 'fake product reviews (mixed sentiment)',
                'intent-classification utterances for a smart home', 'trivia questions about space', 'commit messages']
HOBBY_PROJ = ['discord bot', 'LoRA experiment', 'home assistant', 'classifier', 'weekend project', 'llama finetune', 'chatbot']

WRITER_ASKS = ['Continue this scene: ', 'Punch up this dialogue: ', 'Give me ten title ideas for ', 'Rewrite in the voice of a noir detective: ',
               'Critique the pacing of this paragraph: ', 'Brainstorm plot twists for a story where ', 'Describe a setting: ']
WRITER_FOLLOWUPS = ['darker', 'less purple prose please', 'keep going', 'now from her point of view', 'cut it to 200 words',
                    'I like #3, develop it', 'more dialogue, less description', 'change the ending']

STUDENT_OPENERS = ['', '', 'for my class ', 'hw question: ', 'can you explain ', 'I dont get this: ', 'due tonight, help: ',
                   'studying for midterm - ', 'my professor said ', 'essay help: ']


# ------------------------------------------------------------------ enterprise / app system prompts

ENTERPRISE_APPS = [
    ('Northwind Outfitters', 'You are Nora, the customer care assistant for Northwind Outfitters. Be warm and concise. Never promise refunds; '
     'offer to open a ticket instead. Use the order tools when the customer mentions an order number. Today\'s date is provided in the context.',
     ['lookup_order', 'open_ticket', 'get_return_policy'], 'Customer message: '),
    ('Halberd Legal', 'You are a contract-review assistant used by attorneys at Halberd LLP. Summarise clauses, flag unusual indemnity, '
     'limitation-of-liability and termination terms, and cite the clause number. Do not give legal advice to non-attorneys.',
     None, 'Review the following excerpt:\n'),
    ('Quire Health', 'You are a documentation assistant for clinicians at Quire Health. Rewrite dictated notes into SOAP format. '
     'Do not invent findings. Output plain text only.', None, 'Dictation: '),
    ('Lumen Bank', 'You are LumenAssist, an internal knowledge assistant for Lumen Bank employees. Answer only from the provided policy '
     'snippets. If the answer is not in them, say so.', ['search_policies'], 'Employee question: '),
    ('Parcelly', 'You are the Parcelly shipping help bot. Keep answers under 80 words. Escalate damaged-parcel claims.',
     ['track_parcel', 'escalate'], ''),
    ('Stackwise', 'You are Stackwise Copilot, embedded in an IDE. Return code edits as unified diffs unless the user asks a question.',
     ['read_file', 'apply_diff', 'run_tests'], ''),
]

STARTUP_APPS = [
    ('recipebot', 'You are Chef Remy, a friendly cooking assistant. Suggest recipes from the ingredients the user lists.'),
    ('resumefix', 'You rewrite resume bullet points to be results-oriented. Keep the user\'s facts; never invent numbers.'),
    ('pitchdeck', 'You help founders tighten pitch-deck copy. Reply with the revised slide text only.'),
    ('lingo', 'You are a language tutor. Correct the learner\'s sentence, explain the mistake in one line, then ask a follow-up question.'),
]

CLASS_SYSTEMS = [
    'You are a patient tutor for MATH 1100 (Quantitative Reasoning). Guide the student with hints and questions. Do NOT give the final '
    'numeric answer; ask the student to compute the last step themselves.',
    'You are a teaching assistant for Intro to Programming (CS 101). Explain concepts, point out bugs, but never write the full solution.',
    'You are "Professor Owl", a study helper for 8th-grade algebra. Use simple language and encourage the student.',
]
CLASS_WRAPPERS = ['Homework {hw}, Problem {q}: {item}\n\nMy attempt so far: {att}',
                  'Assignment {hw} / Q{q}\n{item}\n\nWhere I am stuck: {att}',
                  'HW{hw} #{q}: {item}\nWhat I tried: {att}']
STUDENT_ATTEMPTS = ['I think you multiply first but not sure', 'no idea where to start', 'I got 42 but the checker says wrong',
                    'I set up an equation but it has two unknowns', 'I added them all up', 'is it a ratio problem?', 'I divided by 3?',
                    'my loop never ends', 'I get an IndexError', '']

HARNESS_TEMPLATES = {
    'gsm': ['Question: {q}\nAnswer: Let\'s think step by step.', '{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}.',
            'Solve the following math problem. Respond with the final answer after "####".\n\n{q}'],
    'he': ['Complete the following Python function. Return only the code.\n\n```python\n{q}```', '{q}'],
    'judge': ['[Instruction]\nPlease act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user '
              'question displayed below. Rate the response on a scale of 1 to 10 by strictly following this format: "[[rating]]".\n\n'
              '[Question]\n{q}\n\n[The Start of Assistant\'s Answer]\n{a}\n[The End of Assistant\'s Answer]'],
}
