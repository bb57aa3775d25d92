#!/usr/bin/env python3
"""Blind evaluation world generator (B). Usage: python3 gen.py --world 1|2 --seed N --out DIR"""
import argparse, datetime as dt, sys
from lib import *
from world import World, MODELS_BIG, MODEL_SMALL, MODEL_THINK, FREE_DOMAINS
import legit, attacks
from attacks import h_wrapped, h_bare, h_agentic, h_judge, h_selfinstruct, h_taxonomy

TD = dt.timedelta

# ============================================================== phrasing banks (each operation its own words)

P_QUARRY = {
    'pre': ["Solve the following problem. Think out loud, writing every intermediate step before the final answer.\n\n",
            "Problem:\n", "Please work this out step-by-step, numbering each step:\n", "Reason carefully and verbosely.\n\nQ: ",
            "I need a full derivation, not just the number.\n", "Let's think step by step about this one.\n\n", "TASK: show complete reasoning chain.\nINPUT: "],
    'post': ["\n\nShow all work. End with 'Final answer: <number>'.", "\n\nExplain each calculation. Put the answer after ####.", "\n\nList your reasoning as Step 1, Step 2, ... then the result.",
             "\n\nBe explicit about every arithmetic operation.", "\n\nFormat: <reasoning>...</reasoning><answer>...</answer>", "", "\n\nDouble-check your arithmetic at the end."],
    'sys': [None, None, "You are a meticulous math tutor who always shows complete reasoning.", "Always reason step by step before answering."],
}
P_LANTERN = {
    'pre': ["", "", "hey, could you help me with this one? ", "I've been going back and forth on this: ", "Working on some practice problems tonight.\n\n",
            "Here's something from a problem set I'm doing - ", "Curious how you'd approach this:\n\n", "ok next one\n", "Another one from my list:\n",
            "My friend and I disagree on the answer to this. ", "Not homework, just prepping for interviews. "],
    'post': ["", "", "\n\nCould you walk me through how you'd think about it?", "\n\nwhat's your approach, and why?", "\n\nI'd love to see how you reason through it, not just the answer.",
             "\n\nany tricky edge cases I should watch for?", " Thanks!", "\n\n(explain like you're pairing with me)"],
    'follow': ["hm, why did you pick that approach over the obvious brute force?", "can you double check the second step? I got something different",
               "what would change if the input were much larger?", "is there a cleaner way to write this?", "what's the intuition behind it, in plain words?",
               "could you verify it with a small example by hand?", "what if I got the condition slightly wrong - how would you debug?",
               "nice. and how confident are you in that?", "can you explain the part where you handled the boundary case?", "would a different data structure help?"],
}
P_DELTA_AGENT = {
    'sys': ["You are an agent that can call tools. Decide which tool to call and with what arguments. Think before each call and explain your plan.",
            "Agent mode. Available tools are declared in the request. For each user goal, produce: Thought, Action, Action Input. Continue until done.",
            "You operate autonomously with tool access. Narrate your reasoning, then call tools precisely."],
    'pre': ["Goal: ", "User goal -> ", "Objective: ", ""],
    'post': ["", "\nUse the tools as needed.", "\nPlan first, then act.", "\nReturn the tool call in the exact syntax."],
    'obs_pre': ["Observation: ", "TOOL_OUTPUT: ", "[tool] ", "Result returned:\n"],
    'obs': ["{\"status\": \"ok\", \"items\": 3}", "HTTP 200, 1.2kB body", "No results.", "{\"temperature_c\": 14.2, \"wind_kph\": 22}", "Error: rate limited, retry after 2s",
            "Found 2 matching records.", "{\"price\": 182.33, \"currency\": \"USD\"}", "Summary text returned (512 chars).", "Timeout after 10s", "[]"],
    'obs_post': ["", "\nContinue.", "\nNext step?", "\nWhat do you do now?"],
}
P_DELTA_JUDGE = {
    'sys': ["You are an impartial grader. Follow the rubric exactly.", "You are a strict evaluator of model outputs.", "Grade answers for a quality-control pipeline."],
    'pre': ["Evaluate the response below.\n\n", "Grading task.\n\n", "Please assess this answer against the reference criteria.\n\n", ""],
    'qlabel': ["Question:\n", "[PROMPT]\n", "Task given to the assistant:\n"],
    'alabel': ["\n\nResponse:\n", "\n\n[CANDIDATE]\n", "\n\nAssistant's answer:\n"],
    'rubric': ["Score 1-10 on correctness, completeness and clarity. Explain each deduction, then give the final score as 'Score: X'.",
               "Use this rubric: 5 = fully correct with valid reasoning; 3 = right answer, flawed reasoning; 1 = wrong. Justify in 3-6 sentences, then output JSON {\"score\": n}.",
               "Identify every error in the reasoning, quote it, and say how it should be fixed. Finish with a grade A-F.",
               "Rate helpfulness, harmlessness and honesty each from 1 to 5 with one-paragraph justifications."],
    'post': ["", "\nBe rigorous.", "\nDo not be lenient."],
}
P_DELTA_BULK = {
    'sys': [None, "You are a dataset generation engine."],
    'pre': ["Come up with {N} brand new task instructions in the spirit of the examples. Vary the verbs, the domains and the format; include an input where useful and a high-quality output for each.",
            "Produce {N} fresh instruction/response pairs. They should be diverse, realistic, and self-contained. Here are a few seeds:",
            "Generate {N} novel training examples (instruction, optional input, ideal response)."],
    'ex_fmt': ["{i}. Instruction: {ins}\n   Input: {inp}\n   Output: {out}", "### Example {i}\nINSTRUCTION: {ins}\nINPUT: {inp}\nRESPONSE: {out}", "[{i}] {ins} || {inp} || {out}"],
    'post': ["Return them as a numbered list in the same format.", "Output JSONL with keys instruction, input, output.", "Keep each response under 150 words. Start now:"],
}
P_ATLAS = {
    'sys': [None, "Answer as an expert in the relevant field."],
    'domains': ['contract law', 'cardiology', 'organic chemistry', 'Rust systems programming', 'SQL query tuning', 'Korean-English translation', 'tax accounting', 'poetry (sonnets)',
                'probability theory', 'microeconomics', 'cybersecurity incident response', 'Kubernetes operations', 'children\'s storytelling', 'formal logic', 'medieval history',
                'linear algebra', 'marketing copy', 'JavaScript frontend', 'Haskell', 'supply-chain planning', 'clinical trial design', 'philosophy of mind', 'geometry proofs', 'Verilog'],
    'skills': ['explain a concept', 'solve a hard problem', 'critique a flawed argument', 'write from scratch', 'compare alternatives', 'debug an error', 'summarise a dense passage', 'plan a multi-step project'],
    'levels': ['introductory', 'intermediate', 'expert', 'graduate-level', 'olympiad-level'],
    'tmpl': ["Field: {dom}\nCapability: {skill}\nDifficulty: {lvl}\n\nInvent a representative task for this cell and then complete it in full, showing your reasoning. {seed}",
             "For the area of {dom}, at {lvl} difficulty, {skill}. Pick a realistic scenario yourself and answer thoroughly.",
             "[{dom} | {skill} | {lvl}] Create one challenging prompt matching these tags and write the ideal expert response."],
}

# world 2 banks
P_MIRROR = {
    'sys': ["You have access to functions. When a function is needed, output the call; when you receive its result, continue reasoning until the user's request is satisfied.",
            "Tool-using assistant. Prefer calling tools to guessing. After each tool result, reflect briefly on what it means."],
    'pre': ["", "", "Request from user: ", "Please handle: "],
    'post': ["", "", " (use the tools)"],
    'obs_pre': ["function_result: ", "<tool_response>", "Tool returned -> "],
    'obs': ["{\"ok\":true,\"rows\":[{\"id\":4,\"name\":\"Ada\"}]}", "404 not found", "{\"summary\":\"The Treaty of Westphalia (1648) ended the Thirty Years' War...\"}",
            "{\"result\": 3.14159}", "{\"events\": []}", "{\"error\":\"invalid date format\"}", "{\"translated\":\"Bonjour le monde\"}", "{\"forecast\":[{\"day\":\"Mon\",\"high\":21}]}"],
    'obs_post': ["", "</tool_response>", ""],
}
P_QUIET = {
    'pre': ["", "", "", "Hi! ", "Quick question - ", "So I've been thinking about this problem:\n", "This came up in a discussion at work. ", "Random puzzle for you: ",
            "I'm trying to get better at this kind of thing.\n\n", "Okay here's one I couldn't crack.\n"],
    'post': ["", "", "", "\n\nWhat do you think?", "\n\nTalk me through it?", "\n\nI'm mostly interested in how you'd reason about it.", " Curious what you'd say.",
             "\n\nTake your time with it."],
    'follow': ["I'm not sure I follow the middle part, could you go slower there?", "ok but are you sure? something seems off in your second paragraph",
               "how would you check that answer independently?", "what's a common mistake people make here?", "could you frame it a different way, maybe with a picture in words?",
               "and if one of the numbers doubled?", "interesting - which step was the crux?", "that makes sense. why not the other way though?"],
}
P_TESS_MATH = {
    'pre': ["[math] ", "Compute and justify:\n", "Provide a rigorous worked solution.\n\n", "Q) "],
    'post': ["\nAnswer with full working, one line per step.", "\nRespond with your chain of reasoning, then the boxed answer \\boxed{}.", "\nShow intermediate values explicitly."],
    'sys': ["You are MathSolver. You always show complete step-by-step reasoning.", None],
}
P_TESS_CODE = {
    'pre': ["Implement the following. Describe your algorithm before the code and analyse complexity after it.\n\n", "Complete this function; reason about edge cases first:\n\n",
            "Write production-quality code for:\n", ""],
    'post': ["", "\n\nInclude tests.", "\n\nExplain your design choices.", "\n\nThink through the approach in detail before writing code."],
    'sys': [None, "You are an expert competitive programmer. Explain thoroughly."],
}
P_TESS_JUDGE = {
    'sys': [None, "You are a careful reviewer."],
    'pre': ["", "Review task:\n"],
    'qlabel': ["### Instruction\n", "INSTRUCTION:\n"],
    'alabel': ["\n\n### Model output\n", "\n\nOUTPUT:\n"],
    'rubric': ["Does the output follow the instruction? Rate 1 (poor) to 7 (excellent). Give step-by-step justification first.",
               "Compare the output with what an ideal expert would write. List strengths, weaknesses, then an overall score out of 100.",
               "Pairwise style: imagine a second, ideal answer B. Would a careful reader prefer the given output (A) or B? Explain, then say [[A]] or [[B]]."],
    'post': [""],
}
P_TESS_TAX = {
    'domains': ['immigration law', 'pediatrics', 'thermodynamics', 'Go concurrency', 'Excel modelling', 'Japanese grammar', 'M&A due diligence', 'screenwriting',
                'combinatorics', 'econometrics', 'malware analysis', 'Terraform', 'game design', 'set theory', 'Byzantine history', 'differential equations', 'UX research', 'OCaml'],
    'skills': ['teach', 'solve', 'refute', 'draft', 'evaluate trade-offs', 'diagnose', 'condense', 'strategise'],
    'levels': ['beginner', 'advanced', 'specialist'],
    'tmpl': ["Topic: {dom} / Mode: {skill} / Level: {lvl}\nGenerate the hardest realistic question for this slot, then answer it completely.",
             "You are being tested on {dom}. Mode = {skill}. Level = {lvl}. Show your best work."],
}
P_FACADE = {
    'sys': ["You are StudyPal, an AI study companion. Always explain your reasoning step by step so students can learn from it. Be thorough."],
    'pre': ["Student asks: ", "Learner question: ", ""],
    'post': ["", "\n(Provide a full worked explanation.)"],
}
P_SIEVE = {
    'sys': [None],
    'pre': ["You are asked to come up with a set of {N} diverse task instructions, each with an input and an output. Do not repeat verbs. Mix classification, editing, generation and open QA.",
            "Below are sample tasks. Write {N} more tasks like these but covering different topics, along with the ideal answer for each.",
            "Bootstrap new data: given the seed tasks, create {N} new ones (different wording, different domain) and answer them."],
    'ex_fmt': ["Task {i}\nInstruction: {ins}\nInput: {inp}\nOutput: {out}\n", "{i}) {ins}\n   in: {inp}\n   out: {out}"],
    'post': ["List of {N} tasks:", "Begin.", "Format strictly as above."],
}


# ============================================================== world 1

def world1(seed):
    net, corp = Net(), Corpora()
    w = World(seed, dt.datetime(2026, 3, 2), 18, net, corp)
    r = w.rng
    # ---------------- legitimate
    legit.enterprise(w, 'Northwind Outfitters', 110, 'aws', "You are Northwind's customer support assistant. Be polite, concise and never promise refunds; escalate billing disputes with the escalate_ticket tool.",
                     'openai_py', per=(18, 45), hours=HUMAN_HOURS, content='support', privacy=True, tools=['lookup_order', 'escalate_ticket', 'refund_status'])
    legit.enterprise(w, 'Helix Legal', 40, 'azure', "Extract structured fields from legal and customer documents. Respond in strict JSON.", 'openai_dotnet',
                     per=(35, 70), content='extract', country='GB', temperature=0.0)
    legit.enterprise(w, 'Crescent Bank', 50, 'azure', "You are an internal coding assistant for Crescent Bank engineers. Follow the secure coding guidelines.", 'openai_java',
                     per=(15, 45), content='codeassist', temperature=0.2)
    legit.startup_app(w, 15)
    legit.campus_nat(w, 340, 'umich.edu')
    legit.campus_nat(w, 240, 'tu-berlin.de')
    hw = r.sample(corp.gsm_test, 12)
    legit.classroom(w, 70, 'MATH 101', 'lakeview.edu', hw, "My teacher says to use this format:\nProblem: {Q}\nExplain each step like a tutor and tell me which concept it uses.", 9,
                    system="You are a patient math tutor for a high-school class. Explain steps, encourage the student.")
    he = r.sample(corp.humaneval, 8)
    legit.classroom(w, 45, 'CS 61A', 'berkeley.edu', he, "CS61A lab 4 - I need help understanding this function. Don't just give me the code, explain the approach:\n\n{Q}", 13,
                    system=None, kind='code')
    gsm_bench = [(x['question'], clean_gsm(x['answer'])) for x in corp.gsm_test]
    he_bench = [(x['prompt'], x['canonical_solution']) for x in corp.humaneval]
    legit.eval_harness(w, 'evalworks.ai', 5, r.sample(gsm_bench, 700), 4, egress='gcp', stack='requests', sys="Solve the math problem. Put the final answer after '####'.")
    legit.eval_harness(w, 'cs.uw.edu', 3, he_bench, 9, egress='aws', verified=False, stack='openai_py', sys=None, temperature=0.2)
    legit.eval_harness(w, 'ranklab.io', 4, [(x, None) for x in r.sample(corp.arena_all, 250)], 3, egress='azure', stack='httpx', sys=None, temperature=0.0, reasoning=True)
    legit.developer(w, 230, per=(10, 40))
    legit.developer(w, 40, persona='power-user', per=(60, 120), agentic_p=0.5, odd_p=0.3)
    legit.researcher(w, 70)
    legit.data_hobbyist(w, 28)
    legit.casual(w, 1260, per=(1, 7))
    legit.vpn_user(w, 170)
    legit.writer(w, 120)

    # ---------------- attacks
    ops = [
        dict(campaign='w1-quarry', persona='cot-fleet', n=150, per=38, infra='sloppy', stack='httpx', n_cards=5, n_bursts=5, burst_len=600,
             proxy_groups=['dc', 'vpn', 'm247'], n_proxies=10, countries=['US', 'US', 'SG', 'NL'], timing='shifts', n_shifts=30, pace=22, err=0.07,
             pool=[('gsm_train', 3000), ('arena_all', 300)], distinct=False, harvest=h_wrapped, phr=P_QUARRY, model=MODEL_THINK,
             max_tokens=[8192], temperature=0.7, reasoning=(800, 6000), out_mu=6.4, conv=False),
        dict(campaign='w1-lantern', persona='careful-harvester', n=120, per=43, infra='careful', age_days=(90, 420), rand_ja4=0.45, mobile_p=0.25,
             timing='human', pool=[('humaneval', 0), ('arena_code', 0), ('gsm_test', 0), ('mtbench', 0), ('gsm_train', 500)], distinct=True, harvest=h_wrapped, phr=P_LANTERN,
             style_frac=0.35, follow_p=0.7, max_follow=3, cover=0.15, gap=(45, 420), temperature=None, max_tokens=[4096, 8192, 16000], out_mu=6.5,
             home_groups=['res_us', 'res_us', 'res_eu', 'res_asia', 'res_latam']),
        dict(campaign='w1-delta', pool=None, teams=[
            dict(persona='delta-agents', n=70, per=38, infra='team', egress='hetzner', n_ips=14, stack='go', n_cards=2, countries=['DE', 'FI'], timing='drip',
                 pool=[('toolformer', 0)], distinct=True, harvest=h_agentic, phr=P_DELTA_AGENT, cover=0.25, steps=(1, 4),
                 tools=[['wikipedia', 'search'], ['calculator', 'python'], ['weather', 'calendar'], ['translate', 'wikipedia'], ['stock_price', 'news_search']]),
            dict(persona='delta-judges', n=60, per=40, infra='team', egress='res_asia', stack='openai_js', timing='office', pool=[('gsm_train', 2400), ('codegen', 600)],
                 distinct=True, harvest=h_judge, phr=P_DELTA_JUDGE, cover=0.35, mobile_p=0.2),
            dict(persona='delta-bulk', n=60, per=40, infra='team', egress='aws', n_ips=25, stack='aiohttp', n_cards=3, countries=['US'], timing='nightly',
                 pool=[('seed', 0)], distinct=False, harvest=h_selfinstruct, phr=P_DELTA_BULK, cover=0.12),
        ]),
        dict(campaign='w1-silt', persona='bare-reasoning', n=80, per=41, infra='resproxy', stack='anthropic_py', n_cards=14, n_bursts=8, timing='drip',
             pool=[('gsm_test', 0), ('humaneval', 0), ('arena_code', 0)], distinct=False, harvest=h_bare, reasoning=(6000, 30000), max_tokens=[32000, 64000]),
        dict(campaign='w1-atlas', persona='capability-sweep', n=60, per=38, infra='team', egress='vpn', n_ips=30, stack=['openai_py', 'requests', 'browser_chrome_win'],
             n_cards=6, countries=['US', 'GB', 'CA', 'AU'], timing='human', pool=[('arena_all', 0)], distinct=False, harvest=h_taxonomy, phr=P_ATLAS, cover=0.1),
    ]
    for op in ops:
        attacks.run_op(w, op)
    md = """# World B1 (seed %d)

Period: 2026-03-02 to 2026-03-20 (18 days). Blind world written without reading the detector.

## Operations (attack)
- **w1-quarry**: sloppy fleet. Accounts signed up in a few short bursts, disposable/look-alike e-mail domains, 5 payment cards across all accounts,
  datacenter/VPN proxies, a single python-httpx client stack, shared shift scheduler with regular pacing. Harvests chain-of-thought on GSM8K-train
  and Arena prompts with its own CoT wrappers; reasoning model, more 429s.
- **w1-lantern**: careful. Aged accounts (3-14 months), each with its own card and residential/mobile addresses, varied browsers/SDKs with partly
  randomised JA4s, human-paced multi-turn threads with follow-ups, ~15%% cover. The operation draws distinct items of one shared pool (HumanEval,
  Arena coding, GSM8K-test, MT-bench) with no repeats across accounts; each account uses its own subset of phrasings.
- **w1-delta**: three sub-teams of one operation: delta-agents (Go client on Hetzner, 2 cards, tool-use trajectories on GPTeacher toolformer items,
  cron-like drip, 25%% cover), delta-judges (Node OpenAI SDK from Asian residential/mobile, own cards, rubric/judge grading of GSM8K solutions and
  code, office hours, 35%% cover), delta-bulk (aiohttp on AWS, 3 cards, nightly self-instruct bulk generation, 12%% cover).
- **w1-silt**: bare items (GSM8K-test, HumanEval, Arena code) with no wrapper, 32k-64k max_tokens and long extended reasoning, through a rotating
  residential proxy, Anthropic Python SDK.
- **w1-atlas**: capability-taxonomy sweep (domain x skill x difficulty grid) through VPN exits, 6 shared cards, mixed clients.

## Legitimate personas
verified-enterprise (3 orgs: support bot with tools and privacy-suppressed responses on AWS egress, legal extraction on Azure, bank coding
assistant), startup-app (15 small unverified orgs), campus-nat (2 universities), classroom (maths class sharing teacher wrapper + 12 GSM8K-test
items, CS class with 8 HumanEval items; deadline bursts), eval-harness (3 labs; GSM8K-test, HumanEval (unverified org), Arena-hard with reasoning),
developer, power-user (odd stacks: Zscaler/PaloAlto interception, curl on Windows, PowerShell, UA/JA4 mismatches), researcher, data-hobbyist,
casual, vpn-user, writer.
""" % seed
    return w, md


# ============================================================== world 2

def hackathon(w, n, day):
    """Hackathon: many fresh accounts from one venue network within two hours, same starter wrapper, two intense days."""
    r = w.rng
    nat = w.net.block(r, r.choice(['res_us', 'aws']), 3)
    t0 = w.start + TD(days=day, hours=15)
    starter = ["[HackBay starter kit] You are the assistant for our team's hack. ", "", ""]
    for i in range(n):
        cl = w.client(r.choice(['openai_js', 'openai_py', 'browser_chrome_mac', 'anthropic_js', 'curl', 'postman']))
        a = w.account('hackathon', created=t0 + TD(minutes=r.uniform(0, 120)), signup_ip=r.choice(nat), country='US', tier='free',
                      email=r.choice(FREE_DOMAINS + ['berkeley.edu', 'stanford.edu']))
        for j in range(r.randint(4, 30)):
            t = t0 + TD(hours=r.uniform(2, 44))
            p = legit.dev_prompt(w) if r.random() < 0.6 else legit.casual_prompt(w)[0]
            w.emit(a, t, cl, r.choice(nat), r.choice(starter) + p, system="You are a helpful assistant for HackBay 2026 projects." if r.random() < 0.5 else None,
                   model=MODEL_SMALL, temperature=0.7)


def household(w, n_households):
    """Families / tiny teams sharing one card and one home IP over several personal accounts."""
    r = w.rng
    for _ in range(n_households):
        country, tz, ips, g = w.home()
        card = w.card()
        for m in range(r.randint(2, 4)):
            cl = w.client(r.choice(['browser_chrome_win', 'browser_safari', 'browser_ios', 'browser_android']))
            a = w.account('shared-card-household', card=card, signup_ip=ips[0], country=country, tier='build')
            for j in range(r.randint(2, 15)):
                turns = legit.casual_prompt(w)
                w.thread(a, w.local_time(tz), cl, ips[0], turns, gap=(20, 200))


def community_eval(w, n, bench):
    """Open leaderboard volunteers: unrelated people running the same public benchmark from home machines."""
    r = w.rng
    for i in range(n):
        country, tz, ips, g = w.home()
        cl = w.client(r.choice(['openai_py', 'httpx', 'requests', 'aiohttp', 'langchain']))
        a = w.account('community-eval', signup_ip=ips[0], country=country, tier='build')
        t = w.local_time(tz)
        items = r.sample(bench, r.randint(40, len(bench)))
        for j, (p, ref) in enumerate(items):
            w.emit(a, t + TD(seconds=j * r.uniform(2, 9)), cl, ips[0], p, temperature=0.0, max_tokens=1024, stream=False, model=r.choice(MODELS_BIG),
                   response=ref, out=int(r.lognormvariate(5.2, 0.4)))


def world2(seed):
    net, corp = Net(), Corpora()
    w = World(seed, dt.datetime(2026, 5, 11), 15, net, corp)
    r = w.rng
    # ---------------- legitimate
    legit.enterprise(w, 'Meridian Health', 75, 'gcp', "Summarise and extract fields from clinical intake notes. Output JSON. Do not speculate about diagnoses.", 'anthropic_py',
                     per=(18, 38), content='extract', privacy=True, hours=FLAT_HOURS, temperature=0.0)
    legit.enterprise(w, 'Kite Tutoring', 60, 'aws', "You are Kite, a maths tutor. Show every step of the reasoning so the learner can follow; end with a check question.", 'openai_js',
                     per=(15, 35), content='tutor', hours=STUDENT_HOURS, reasoning=True, model=MODEL_THINK, temperature=0.3)
    legit.enterprise(w, 'Polyglot Localization', 30, 'hetzner', "Professional translator. Keep placeholders like {name} and %%s untouched.", 'go',
                     per=(30, 70), content='translate', country='DE', hours=OFFICE_HOURS)
    legit.enterprise(w, 'Bluefin Devtools', 70, 'aws', "You are Bluefin Assistant embedded in the IDE. Use tools to read files before proposing edits.", 'anthropic_js',
                     per=(10, 28), content='codeassist', tools=['read_file', 'search_repo', 'propose_patch'], temperature=0.2)
    legit.startup_app(w, 14)
    hackathon(w, 140, day=6)
    household(w, 25)
    legit.campus_nat(w, 380, 'snu.ac.kr')
    hw = r.sample(corp.gsm_train, 15)
    legit.classroom(w, 85, 'Algebra I', 'northgate-hs.org', hw, "Homework help (Ms. Alvarez's class). Question: {Q}\nPlease explain step by step and do not just give the answer.", 11,
                    system="You are a tutor for 9th graders. Use simple language.")
    he = r.sample(corp.humaneval, 10)
    legit.classroom(w, 55, 'Intro Python', 'uq.edu.au', he, "{Q}\n\nThis is from our week 5 practical. How should I start?", 4, kind='code')
    gsm_bench = [(x['question'], clean_gsm(x['answer'])) for x in corp.gsm_test]
    he_bench = [(x['prompt'], x['canonical_solution']) for x in corp.humaneval]
    legit.eval_harness(w, 'frontier-evals.org', 6, r.sample(gsm_bench, 500), 4, egress='aws', stack='aiohttp', sys=None, temperature=0.0, reasoning=True)
    legit.eval_harness(w, 'codebench.dev', 4, he_bench, 12, egress='gcp', verified=True, stack='anthropic_py', sys="Complete the Python function. Return only code.")
    community_eval(w, 18, he_bench)
    legit.developer(w, 235, per=(8, 32), odd_p=0.3)
    legit.developer(w, 45, persona='power-user', per=(45, 100), agentic_p=0.6, odd_p=0.25)
    legit.researcher(w, 95)
    legit.data_hobbyist(w, 45)
    legit.casual(w, 1100, per=(1, 6))
    legit.vpn_user(w, 210)
    legit.writer(w, 90)

    # ---------------- attacks
    ops = [
        dict(campaign='w2-mirrorpool', persona='agent-trace-fleet', n=130, per=40, infra='resproxy', stack='openai_js', n_cards=3, n_bursts=3, burst_len=1500,
             domains=['gmial.com', 'outl0ok.com', 'proton-mail.me', 'yandex.com'], proxy_groups=['res_us', 'res_eu', 'mobile'], timing='shifts', n_shifts=18, pace=35,
             pool=[('toolformer', 0)], distinct=False, harvest=h_agentic, phr=P_MIRROR, steps=(2, 5), temperature=0.0, step_gap=(0.5, 3), err=0.05,
             tools=[['get_weather', 'get_forecast'], ['sql_query'], ['wikipedia_search', 'summarize'], ['calculator'], ['calendar_create', 'calendar_list'], ['translate_text']]),
        dict(campaign='w2-quietbrook', persona='careful-harvester', n=110, per=44, infra='careful', age_days=(120, 600), rand_ja4=0.6, mobile_p=0.35,
             stacks=['browser_chrome_win', 'browser_safari', 'browser_ios', 'browser_chrome_mac', 'browser_firefox', 'browser_android', 'anthropic_js'],
             timing='human', pool=[('gsm_train', 2500), ('arena_all', 0), ('mtbench', 0)], distinct=True, harvest=h_wrapped, phr=P_QUIET, style_frac=0.4,
             follow_p=0.75, max_follow=3, cover=0.2, gap=(60, 600), temperature=None, max_tokens=[4096, 8192], out_mu=6.3,
             home_groups=['res_us', 'res_eu', 'res_eu', 'res_asia', 'res_latam']),
        dict(campaign='w2-tessellate', pool=None, teams=[
            dict(persona='tess-math', n=50, per=40, infra='team', egress='azure', n_ips=16, stack='openai_dotnet', n_cards=4, countries=['US', 'IE'], timing='drip',
                 pool=[('gsm_test', 0), ('gsm_train', 1200)], distinct=True, harvest=h_wrapped, phr=P_TESS_MATH, cover=0.1, reasoning=(1500, 9000), model=MODEL_THINK,
                 temperature=0.6, conv=False),
            dict(persona='tess-code', n=45, per=38, infra='team', egress='mobile', stack='mobile_okhttp', mobile_p=0.0, timing='human', age_days=(20, 120),
                 pool=[('humaneval', 0), ('codegen', 1500)], distinct=True, harvest=h_wrapped, phr=P_TESS_CODE, cover=0.4, follow_p=0.2,
                 max_tokens=[8192, 16000], temperature=0.2),
            dict(persona='tess-judge', n=45, per=40, infra='team', egress='vpn', n_ips=40, stack='requests', n_cards=5, timing='shifts', n_shifts=20, pace=40,
                 pool=[('roleplay', 800), ('codegen', 800)], distinct=True, harvest=h_judge, phr=P_TESS_JUDGE, cover=0.25, temperature=0.0),
            dict(persona='tess-sweep', n=40, per=36, infra='team', egress='res_eu', stack=['browser_firefox', 'browser_chrome_linux'], timing='office',
                 pool=[('user_or', 0)], distinct=False, harvest=h_taxonomy, phr=P_TESS_TAX, cover=0.3),
        ]),
        dict(campaign='w2-facade', persona='fake-org', n=60, per=42, infra='team', egress='gcp', n_ips=6, stack='openai_py', n_cards=1, org=True, n_keys=2,
             domains=['studypal.app'], countries=['US'], timing='drip', tier='scale', pool=[('gsm_train', 2600), ('humaneval', 0)], distinct=True, harvest=h_wrapped,
             phr=P_FACADE, reasoning=(1000, 7000), model=MODEL_THINK, temperature=0.7, conv=False, burst_created=8.3),
        dict(campaign='w2-sieve', persona='selfinstruct-bulk', n=70, per=36, infra='sloppy', stack='requests', n_cards=2, n_bursts=2, burst_len=300,
             proxy_groups=['datacamp', 'm247'], n_proxies=8, countries=['US', 'GB'], timing='nightly', pool=[('seed', 0)], distinct=False, harvest=h_selfinstruct,
             phr=P_SIEVE, err=0.06, tier='free'),
        dict(campaign='w2-ember', persona='bare-reasoning', n=50, per=40, infra='team', egress='aws', n_ips=30, stack='anthropic_go', timing='drip', age_days=(30, 200),
             countries=['US', 'CA'], pool=[('gsm_train', 1500), ('arena_code', 0)], distinct=False, harvest=h_bare, reasoning=(8000, 40000), max_tokens=[64000],
             temperature=1.0),
    ]
    for op in ops:
        attacks.run_op(w, op)
    md = """# World B2 (seed %d)

Period: 2026-05-11 to 2026-05-26 (15 days). Blind world written without reading the detector.

## Operations (attack)
- **w2-mirrorpool**: agentic tool-trace harvesting (GPTeacher toolformer goals, declared tools, fake tool results fed back) from a fleet signed up in
  3 bursts with look-alike domains and 3 cards, but exiting through a rotating residential/mobile proxy (new consumer IP nearly every request);
  one Node OpenAI SDK stack; shared shift scheduler.
- **w2-quietbrook**: careful. Aged accounts (4-20 months), own cards, own residential/mobile addresses, browsers with randomised JA4s, human-paced
  threads with follow-ups, 20%% cover; distinct items of one shared pool (GSM8K-train, Arena, MT-bench), per-account phrasing subsets.
- **w2-tessellate**: four sub-teams: tess-math (.NET SDK on Azure, CoT maths, reasoning model, 10%% cover), tess-code (Android okhttp on mobile
  carriers, coding with explanations, 40%% cover), tess-judge (python-requests via VPN, rubric/pairwise judging of GPTeacher outputs, 25%% cover),
  tess-sweep (EU residential browsers, capability taxonomy sweep, 30%% cover).
- **w2-facade**: imitation of an enterprise: one unverified org_id, keys created minutes apart, one card, one product system prompt, GCP egress,
  steady round-the-clock traffic; harvests step-by-step maths and code explanations with a reasoning model.
- **w2-sieve**: self-instruct bulk generation in nightly batches from Datacamp/M247 datacenter proxies, 2 cards, 2 sign-up bursts, free tier.
- **w2-ember**: bare GSM8K/Arena-code items, 64k max_tokens, very long extended reasoning, Go SDK from AWS, aged-ish accounts.

## Legitimate personas
verified-enterprise (4 orgs: clinical extraction round the clock with privacy, maths tutoring company with reasoning model and step-by-step system
prompt, localization on Hetzner, IDE assistant with tools), startup-app (14), hackathon (140 fresh accounts from one venue in 2 hours),
shared-card-household, campus-nat, classroom (algebra with 15 GSM8K-train items, intro Python with 10 HumanEval items), eval-harness (GSM8K-test with
reasoning; HumanEval x12 runs), community-eval (18 unrelated people running HumanEval from home), developer, power-user, researcher,
data-hobbyist, casual, vpn-user, writer.
""" % seed
    return w, md


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--world', type=int, required=True)
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    w, md = (world1 if a.world == 1 else world2)(a.seed)
    n, na, nat, nai = w.write(a.out, md)
    print('%s: %d interactions, %d accounts, %d attack accounts, %d attack interactions' % (a.out, n, na, nat, nai))


if __name__ == '__main__':
    main()
