"""Distillation operations. Each operation has its own infrastructure habits, its own harvest target and its
own wording (composed per request from op-specific fragments)."""
import datetime as dt
import re

from common import (COUNTRIES, CLOUD, MODELS, VPN_ASNS, JA4, Stack, make_stack, browser_ua, BROWSER_JA4, pick,
                    wchoice, lognorm, sub_rng, b32id, hexid, iso, local_time_on_day, is_weekend)
from engine import Acct, run_thread, schedule, active_days
from organic import Ctx, home_ip, pick_country, created_before
import text_organic as TO


def attack_account(ctx, rng, campaign, persona, created, email, country, tier, payment, signup_ip, org_id=None,
                   verified=False, tz=None, profile="flat"):
    w = ctx.w
    aid = w.add_account(created, email, country, tier, "attack", persona, campaign=campaign, org_id=org_id,
                        payment=payment, signup_ip=signup_ip, verified=verified)
    A = Acct(w, aid, country, tz if tz is not None else pick(rng, COUNTRIES.get(country, COUNTRIES["US"])["tz"]), profile)
    A.created = created
    return A


class Queue:
    """shared work queue: items handed out once across the whole operation"""

    def __init__(self, rng, items):
        self.items = list(items)
        rng.shuffle(self.items)
        self.i = 0

    def pop(self):
        x = self.items[self.i % len(self.items)]
        self.i += 1
        return x


def compose(rng, *parts, sep=None):
    """join chosen fragments (each a list of alternatives, '' allowed)"""
    out = []
    for p in parts:
        s = pick(rng, p) if isinstance(p, list) else p
        if s:
            out.append(s)
    if sep is None:
        sep = pick(rng, ["\n\n", "\n", " "])
    return sep.join(out)


def cover_prompt(rng, C, flavor):
    if flavor == "every":
        return TO.humanize(rng, TO.everyday(rng), 0.5)
    if flavor == "koala":
        return pick(rng, C.koala)
    if flavor == "vicuna":
        return TO.humanize(rng, pick(rng, C.vicuna), 0.4)
    if flavor == "uo":
        return TO.user_oriented(rng, C)
    if flavor == "dev":
        return TO.dev_question(rng, C)[0]
    return TO.casual_first(rng, C)[0]


DISPOSABLE = ["tmpbox.net", "quickinbox.io", "mailpoof.org", "inboxkitten.com", "dropmail.me", "throwmail.cc",
              "10minmail.net", "burnermail.io", "spamgourmet.net", "yopmail.fr", "mail7.io", "trashmail.de"]
LOOKALIKE = ["gmaill.com", "gmai1.com", "gmail.co", "outlok.com", "hotmial.com", "protonmail.co", "yahooo.com",
             "icloud.co", "gmx.co", "outlook.cm"]


# ============================================================================= 1. sloppy fleet, maths CoT
def op_sloppy_math(ctx, campaign, n, waves, n_cards, per_acct, seed_tag, mail_pool, dc_asns, stack_kind,
                   target="gsm", wording="ironbark"):
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "op", campaign, seed_tag)
    cards = [w.card() for _ in range(n_cards)]
    proxies = []
    for asn in dc_asns:
        proxies += [ctx.net.v4_in(rr, asn) for _ in range(8)]
    proxies += [ctx.net.dc_ip(rr) for _ in range(6)]
    st = make_stack(rr, stack_kind)  # one scripted stack for the whole fleet
    W = WORDINGS[wording]
    systems = W["system"]
    wave_times = sorted(w.start + dt.timedelta(days=d, hours=rr.uniform(0, 24)) for d in waves)
    for i in range(n):
        rng = sub_rng(ctx.seed, "op", campaign, i)
        wt = wave_times[i % len(wave_times)]
        created = wt + dt.timedelta(seconds=rng.uniform(0, 2400))  # burst sign-ups
        handle = "%s%s%d" % (pick(rng, ["alex", "sam", "kim", "lee", "max", "jo", "dan", "li", "ana", "tom", "eva"]),
                             pick(rng, ["", "_", ".", "x"]), rng.randint(10, 9999))
        A = attack_account(ctx, rng, campaign, "sloppy-fleet", created, pick(rng, mail_pool),
                           pick(rng, ["US", "US", "US", "GB", "CA"]), pick(rng, ["build", "build", "free"]),
                           cards[i % n_cards] if rng.random() < 0.92 else None, pick(rng, proxies))
        A.tz = 0
        my_proxies = rng.sample(proxies, 3)
        A.ip_fn = lambda r, p=my_proxies: pick(r, p)
        A.stacks = [(st, 1)]
        sysp = pick(rng, systems)
        vol = max(8, int(lognorm(rng, per_acct, 0.3)))
        # runs in cron-like batches after creation
        t = created + dt.timedelta(minutes=rng.uniform(3, 90))
        if t < w.start:
            t = w.start + dt.timedelta(hours=rng.uniform(0, 30))
        made = 0
        while made < vol and t < w.end:
            batch = rng.randint(3, 9)
            for _ in range(batch):
                item = W["item"](rng, C)
                th = dict(turns=[W["wrap"](rng, item)], kind=W["kind"], system=sysp, model=MODELS[pick(rng, W["models"])],
                          temperature=W["temp"], max_tokens=W["max_tokens"], conv=False, gap="script",
                          ratelimit_p=0.07, stream=False)
                end = run_thread(w, rng, A, t, th)
                t = end + dt.timedelta(seconds=rng.uniform(*W["pace"]))
                made += 1
            t = t + dt.timedelta(hours=rng.uniform(2, 9))


def gsm_item(rng, C):
    return pick(rng, C.gsm_train if rng.random() < 0.8 else C.gsm_test)["question"]


def code_item(rng, C):
    x = rng.random()
    if x < 0.55:
        c = pick(rng, C.codegen)
        return c["instruction"] + (("\n" + c["input"]) if c["input"] else "")
    if x < 0.8:
        return pick(rng, C.humaneval)["prompt"]
    return pick(rng, C.arena_code)


WORDINGS = {
    "ironbark": dict(
        system=["You are an expert mathematics tutor who always shows complete working.",
                "You are an expert mathematics tutor who always shows complete working. Never skip steps."],
        item=gsm_item,
        wrap=lambda rng, q: compose(rng, ["Problem:", "Q:", "Word problem:", "Solve:", "", ""], q,
                                    ["Reason through it in numbered steps, writing every intermediate calculation explicitly.",
                                     "Lay out your full chain of reasoning before committing to a number.",
                                     "Think aloud: list the known quantities, the unknown, then each operation you perform.",
                                     "Work it out slowly, one arithmetic operation per line, and double-check each line.",
                                     "Explain your thinking at every stage; do not jump to the result."],
                                    ["Finish with 'FINAL: <number>'.", "End with the answer on its own line prefixed by ####.",
                                     "Close with: Therefore, the answer is N.", ""]),
        kind="cot_math", models=["pro", "pro", "think"], temp=0.7, max_tokens=2048, pace=(18, 75)),
    "rustnail": dict(
        system=["You are a senior software engineer. Always explain your reasoning before writing code.",
                "Senior engineer mode: reasoning first, then code, then tests."],
        item=code_item,
        wrap=lambda rng, q: compose(rng, ["TASK", "Coding task:", "Implement:", "", "Exercise ->"], q,
                                    ["Before any code, walk through your design: the data structures you choose and why, the edge cases, and the complexity.",
                                     "Describe the algorithm in plain language first, step by step, then implement it.",
                                     "Think through the problem out loud, including approaches you reject and why.",
                                     "Give a detailed rationale, then the full implementation with inline comments."],
                                    ["Finish with unit tests.", "Add 3-5 test cases at the end.", "Include complexity analysis.", ""]),
        kind="code", models=["pro", "think", "pro"], temp=0.6, max_tokens=4096, pace=(25, 110)),
}


# ============================================================================= 2. careful operation, shared distinct pool
CAREFUL_VOICES = {
    "silverfern": dict(
        open=["hey, I'm stuck on this one.", "Can you help me think through this?", "So I've been staring at this for a while:",
              "ok here's one from my practice set", "Trying to get better at these.", "", "", "My study group disagreed on this one.",
              "I keep getting a different answer than the book.", "Interview prep again, sorry :)", "quick one before bed"],
        ask=["Could you walk me through how you'd approach it?", "Explain your reasoning as you go, I want to understand it, not just the answer.",
             "what's the cleanest way to reason about it?", "Please go through it carefully, I keep messing up somewhere.",
             "How would you break this down?", "Talk me through it like a tutor would.", "can you show the thinking, not just the result?"],
        follow=["ok, and how would you verify that answer is actually right?", "could you solve it a second way to confirm?",
                "what's the most common mistake people make on this?", "nice. can you write out the reasoning more formally now?"],
        follow_code=["why did you choose that approach over {alt}?", "can you explain the complexity part again, slower",
                     "what if the input was huge, does it still work?", "is there an edge case you missed?",
                     "walk me through it on a tiny example input, step by step", "could you write it without any helper libraries?",
                     "my version fails on an empty list, how does yours handle that?"],
        follow_math=["wait, can you double-check the step where you {step}?", "hmm, I got {num}. where did I go wrong?",
                     "is there a quicker way to see it?", "can you set it up as an equation instead?",
                     "why do we multiply there and not add?"],
        alt=["brute force", "recursion", "just guessing and checking", "a hash map", "working backwards", "sorting first"],
        step=["combined the two totals", "set up the equation", "handled the empty case", "converted units", "took the remainder"]),
    "mossglen": dict(
        open=["Hi! Homework-adjacent question (I'm a parent trying to help my kid):", "I'm re-learning math as an adult.",
              "This one's from a puzzle book.", "", "", "hello again", "A colleague sent me this and now I can't let it go:",
              "Genuinely curious how you'd do this.", "Preparing a lesson and want a clear explanation for:"],
        ask=["Please reason it out step by step so I can follow.", "I'd love to see how you think about it.",
             "Could you explain each step and why it's justified?", "Show the full working please.",
             "Can you go slowly and explain the logic?", "what's the reasoning behind the answer?"],
        follow=["Thanks! Could you explain step {k} in more detail?", "Is there a more intuitive way to see it?",
                "How would you explain this to a 12 year old?", "Can you check the arithmetic once more?",
                "What if {what}?", "I got a different number — {num}. Which is right?", "Can you generalise this to any numbers?",
                "Could you write it as a single equation?", "Where do students usually go wrong here?"],
        what=["the price doubled", "there were 3 more people", "it took twice as long", "half of them left"],
        step=["3", "2", "4"]),
}


def op_careful(ctx, campaign, n, per_acct, voice, pool, cover_frac, countries, created_range=(90, 420)):
    """pool: list of (text, kind) drawn without repetition across the operation"""
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "op", campaign)
    Q = Queue(rr, pool)
    V = CAREFUL_VOICES[voice]
    browsers = list(BROWSER_JA4)
    for i in range(n):
        rng = sub_rng(ctx.seed, "op", campaign, i)
        country = wchoice(rng, [(c, COUNTRIES[c]["w"]) for c in countries])
        created = w.start - dt.timedelta(days=rng.uniform(*created_range), seconds=rng.random() * 86400)
        home = home_ip(ctx, rng, country)
        A = attack_account(ctx, rng, campaign, "careful-aged", created, pick(rng, COUNTRIES[country]["mail"]), country,
                           wchoice(rng, [("build", 60), ("free", 40)]), w.card(), home, profile=pick(rng, ["human", "evening"]))
        mob = pick(rng, COUNTRIES[country]["mob"])
        A.ip_fn = lambda r, home=home, mob=mob: home if r.random() < 0.75 else ctx.cgnat_ip(r, mob)
        k = wchoice(rng, [(b, 1) for b in browsers] + [("desktop_app", 1.5)])
        A.stacks = [(make_stack(rng, k), 1)]
        A.model_mix = [("pro", 6), ("think", 3), ("flash", 1)]
        vol = max(10, int(lognorm(rng, per_acct, 0.35)))
        threads = []
        made = 0
        while made < vol:
            if rng.random() < cover_frac:
                turns = TO.casual_first(rng, C)[:3]
                threads.append(dict(turns=turns, kind="chat"))
                made += len(turns)
                continue
            text, kind = Q.pop()
            first = compose(rng, V["open"], text, V["ask"], sep=pick(rng, ["\n\n", "\n", " "]))
            if rng.random() < 0.3:
                first = TO.humanize(rng, first, 0.3)
            turns = [first]
            for _ in range(wchoice(rng, [(1, 3), (2, 4), (3, 2), (4, 1)])):
                fl = V["follow"] + V.get("follow_code" if kind == "code" else "follow_math", [])
                f = pick(rng, fl)
                f = TO.fill(rng, f, {"alt": V.get("alt", ["another way"]), "step": V.get("step", ["2"]),
                                     "num": [str(rng.randint(2, 900))], "k": V.get("step", ["2"]), "what": V.get("what", ["it changed"])})
                turns.append(TO.humanize(rng, f, 0.4))
            threads.append(dict(turns=turns, kind=[kind] + ["reason_long"] * (len(turns) - 1), gap="slowhuman"))
            made += len(turns)
        days = active_days(rng, w, A, rng.randint(max(3, w.days // 3), w.days - 1), weekend_factor=1.2)
        schedule(w, rng, A, threads, days, min_gap_s=300)


# ============================================================================= 3. sub-teams with cover traffic
TOOL_FN = {"python": "run_python", "wolfram": "wolfram_alpha", "wikipedia": "wiki_lookup", "search": "web_search",
           "shell": "exec_shell", "news": "news_feed", "weather": "get_weather", "request": "http_get"}


TOOL_OBS = {"get_weather": ["14°C, light rain, wind 11 km/h", "{\"temp_c\": 27, \"condition\": \"sunny\"}", "-3°C, snow showers"],
            "wiki_lookup": ["Snippet: ... founded in 1887 ...", "Summary: (4 paragraphs returned)", "No exact match; 5 related pages"],
            "web_search": ["10 results; top: 'Official site' ...", "3 results returned", "{\"results\": [...], \"count\": 8}"],
            "news_feed": ["3 headlines returned", "5 articles from the last 24h"], "wolfram_alpha": ["Result: 42.7", "x = 3 or x = -5", "≈ 1.6180"],
            "run_python": ["stdout: [1, 1, 2, 3, 5, 8]", "Traceback: NameError: name 'df' is not defined", "stdout: 0.734"],
            "exec_shell": ["exit 0\n total 48", "bash: jq: command not found", "exit 0"], "http_get": ["HTTP 200, 2.1 KB JSON", "HTTP 404", "HTTP 200 (html, 38 KB)"]}


def tf_task(rng, C, style):
    x = pick(rng, C.toolformer)
    tools = [TOOL_FN.get(t, t) for t in x["tools"]]
    if style == "n":
        p = compose(rng, ["Objective:", "Goal:", "Assignment:", ""], x["task"] + (" — " + x["input"] if x["input"] else ""),
                    ["Decide which tool(s) to call, write the calls explicitly, then synthesise the result.",
                     "Plan first (numbered), then issue tool calls, then answer.",
                     "Narrate your decision process: why this tool, what arguments, how you'll use the output."])
    else:
        p = compose(rng, ["[agent-task]", "Agent request:", ""], x["task"], ("Input: " + x["input"]) if x["input"] else "",
                    ["Use the available functions. Think step by step about which to call and in what order.",
                     "Explain each function call you make and what you expect back.",
                     "Before calling anything, outline a plan; after results arrive, reflect and answer."])
    obs = "Observation [%s]: %s" % (tools[0], pick(rng, TOOL_OBS.get(tools[0], ["{\"status\": \"ok\"}"])))
    return tools, [p, obs + pick(rng, ["\nContinue.", "\nGo on.", "", "\nNow finish the task."])]


REPO_TASK = ["In the repository's `{mod}` module the function `{fn}` is a stub. Implement it so the test suite passes.\n\n```python\n{code}```",
             "Ticket #{num}: `{fn}` in `{mod}` returns wrong results. Rewrite it per the docstring and make the tests green.\n\n{code}",
             "Fix `{fn}` ({mod}). Spec below.\n{code}"]
REPO_OBS = ["$ pytest -q tests/test_{fn}.py\n..F.\n1 failed, 3 passed", "$ pytest -q\n4 passed in 0.08s",
            "File {mod}/__init__.py:\n(142 lines)", "str_replace: replaced 1 occurrence", "$ python -m mypy {mod}\nSuccess: no issues found"]


def repo_session(rng, C, wording):
    he = pick(rng, C.humaneval)
    fn = he["entry_point"]
    mod = pick(rng, ["utils", "core.helpers", "lib.text", "pkg.numeric", "tools.seq"])
    first = TO.fill(rng, pick(rng, REPO_TASK), {"mod": mod, "fn": fn, "code": he["prompt"], "num": [str(rng.randint(100, 9999))]})
    first += "\n\n" + pick(rng, wording)
    turns = [first]
    for _ in range(rng.randint(3, 7)):
        turns.append(TO.fill(rng, pick(rng, REPO_OBS), {"fn": fn, "mod": mod.split(".")[0]}))
    return turns


def op_subteams(ctx, campaign, teams, per_acct):
    """teams: list of dict(name, n, stack, ip, target, cover, cover_flavor, mail, cards, profile, tz)"""
    w, C = ctx.w, ctx.C
    for tm in teams:
        rr = sub_rng(ctx.seed, "op", campaign, tm["name"])
        cards = [w.card() for _ in range(tm["cards"])]
        team_stack = make_stack(rr, tm["stack"], app=tm.get("app"))
        exits = None
        if tm["ip"][0] == "cloud":
            exits = [ctx.net.v4_in(rr, CLOUD[c]) for c in tm["ip"][1] for _ in range(10)]
        for i in range(tm["n"]):
            rng = sub_rng(ctx.seed, "op", campaign, tm["name"], i)
            created = w.start - dt.timedelta(days=rng.uniform(*tm.get("created", (5, 60))))
            country = pick(rng, tm["countries"])
            if tm["ip"][0] == "mobile":
                carriers = tm["ip"][1]
                A_ipfn = lambda r, carriers=carriers: ctx.cgnat_ip(r, pick(r, carriers))
                signup = ctx.cgnat_ip(rng, pick(rng, carriers))
                rotate = True
            elif tm["ip"][0] == "resproxy":
                cs = tm["ip"][1]
                A_ipfn = lambda r, cs=cs: home_ip(ctx, r, pick(r, cs))
                signup = home_ip(ctx, rng, pick(rng, cs))
                rotate = tm["ip"][2] if len(tm["ip"]) > 2 else True
            else:
                mine = rng.sample(exits, 2)
                A_ipfn = lambda r, mine=mine: pick(r, mine)
                signup = mine[0]
                rotate = False
            A = attack_account(ctx, rng, campaign, tm.get("persona", "subteam-" + tm["name"]), created, tm["mail"](rng),
                               country, tm.get("tier", "build"), pick(rng, cards), signup, tz=tm.get("tz", 0),
                               profile=tm.get("profile", "flat"))
            if rotate:
                A.rotate_ip_fn = A_ipfn
            A.ip_fn = A_ipfn
            A.stacks = [(team_stack if tm.get("shared_stack", True) else make_stack(rng, tm["stack"], app=tm.get("app")), 1)]
            A.model_mix = tm.get("models", [("pro", 6), ("think", 3), ("flash", 1)])
            vol = max(8, int(lognorm(rng, per_acct * tm.get("vol", 1.0), 0.35)))
            threads = []
            made = 0
            while made < vol:
                if rng.random() < tm["cover"]:
                    turns = [cover_prompt(rng, C, pick(rng, tm["cover_flavor"]))]
                    if rng.random() < 0.3:
                        turns.append(TO.followup(rng))
                    threads.append(dict(turns=turns, kind="chat", gap="human"))
                else:
                    threads.append(tm["target"](rng, C))
                made += len(threads[-1]["turns"])
            days = active_days(rng, w, A, rng.randint(max(3, w.days // 3), w.days), weekend_factor=tm.get("wkend", 1.0))
            schedule(w, rng, A, threads, days, profile=tm.get("profile", "flat"), min_gap_s=tm.get("min_gap", 40))


# target builders for sub-teams ------------------------------------------------
def t_agent_tools(rng, C):
    tools, turns = tf_task(rng, C, "n")
    extra = pick(rng, [[], ["calculator"], ["final_answer"]])
    return dict(turns=turns, kind=["agent_step", "reason_long"], tools=tools + extra, gap="agent", conv=rng.random() < 0.8, ctx_grow=300,
                system=pick(rng, ["You are an autonomous agent with function access. When a function is needed, emit it as name(args) on its own line, wait for the observation, then continue.",
                                  "Agent runtime v3. Available functions are declared. Reason explicitly between calls."]),
                max_tokens=pick(rng, [4096, 8192]), temperature=0.5)


CODE_WHY = ["Before writing code, explain your design decisions and trade-offs; then give the complete implementation with comments; then list test cases.",
            "Start with a short analysis of the requirements and edge cases. Then code. Then explain line by line.",
            "I want the reasoning as much as the code: what you considered, what you rejected, why.",
            "Produce: (1) approach, (2) full code, (3) complexity, (4) tests."]


def t_codegen(rng, C):
    c = pick(rng, C.codegen)
    p = compose(rng, ["", "", "Task -", "Please help:"], c["instruction"] + ((" " + c["input"]) if c["input"] else ""), CODE_WHY)
    return dict(turns=[p], kind="code", max_tokens=pick(rng, [4096, 6000, 8192]), temperature=pick(rng, [0.2, 0.4]), gap="script", conv=False)


REPO_WORDING = ["Think through the failing behaviour before editing. Narrate each tool call and why.",
                "Reason step by step about the spec, then edit, then run the tests, and explain what you observe.",
                "Explain your plan, then act. After each observation, reflect on what it tells you."]


def t_repo(rng, C):
    turns = repo_session(rng, C, REPO_WORDING)
    return dict(turns=turns, kind=["code"] + ["agent_step"] * (len(turns) - 1), tools=["bash", "str_replace_editor", "view_file", "run_tests", "submit"],
                gap="agent", system="You are a software engineering agent working in a sandboxed repository. Use tools; think before each action.",
                max_tokens=8192, ctx0=rng.randint(1500, 6000), conv=True, ctx_grow=900)


ROLE_ASK = ["Stay fully in character and write a rich, detailed response (at least 300 words).",
            "Respond in character. Show the character's inner reasoning before their spoken reply.",
            "Give the best possible in-character answer, vivid and specific.",
            "Answer as the persona. Then, out of character, explain the choices you made."]


def t_roleplay(rng, C):
    r = pick(rng, C.roleplay)
    p = compose(rng, ["", "Scenario:", "Persona prompt:"], r["instruction"] + ((" " + r["input"]) if r.get("input") else ""), ROLE_ASK)
    return dict(turns=[p], kind="creative", temperature=pick(rng, [0.8, 0.9, 1.0]), max_tokens=pick(rng, [2048, 4096]), gap="script", conv=False)


PAIR_ASK = ["Which of the two responses is better? Think it through criterion by criterion (correctness, helpfulness, clarity, safety), then give a verdict A, B or tie, and a confidence 0-1.",
            "Compare Response 1 and Response 2 carefully. Explain the strengths and weaknesses of each before choosing the better one.",
            "Act as a preference annotator. Reason about both candidates, then output: winner, margin (slight/clear/strong), rationale."]


def t_pairwise(rng, C):
    src = rng.random()
    if src < 0.5:
        g = pick(rng, C.gsm_train)
        q = g["question"]
        a1 = g["answer"].replace("<<", "").replace(">>", " ")
        a2 = corrupt_numbers(rng, a1)
    else:
        c = pick(rng, C.codegen)
        q = c["instruction"]
        a1 = c["response"]
        a2 = mutate_code(rng, a1)
    if rng.random() < 0.5:
        a1, a2 = a2, a1
    p = "%s\n\n[Prompt]\n%s\n\n[Response 1]\n%s\n\n[Response 2]\n%s" % (pick(rng, PAIR_ASK), q, a1, a2)
    return dict(turns=[p], kind="pairwise", temperature=0.0, max_tokens=2048, gap="script", conv=False)


def t_cot_mobile(rng, C):
    g = pick(rng, C.gsm_test if rng.random() < 0.3 else C.gsm_train)
    p = compose(rng, ["", "", "pls solve", "need this solved"], g["question"],
                ["show full thinking step by step", "explain every step of your thinking!", "write your whole thought process then answer",
                 "step-by-step reasoning please, don't skip"], sep=pick(rng, ["\n", " ", "\n\n"]))
    return dict(turns=[p], kind="cot_math", temperature=None, gap="human", conv=True)


def corrupt_numbers(rng, text):
    nums = re.findall(r"\d+", text)
    if not nums:
        return text + " (approximately)"
    tgt = pick(rng, nums)
    return text.replace(tgt, str(int(tgt) + rng.choice([-3, -2, -1, 1, 2, 5, 10])), 1)


def mutate_code(rng, code):
    for a, b in [("<=", "<"), ("+ 1", "- 1"), ("==", "!="), ("range(1,", "range(0,"), ("True", "False"), (">", ">=")]:
        if a in code and rng.random() < 0.7:
            return code.replace(a, b, 1)
    return code + "\n# TODO: handle empty input"


# ============================================================================= 4. rubric / judge harvest
RUBRIC_CRITERIA = ["factual accuracy", "logical validity of each step", "completeness", "clarity of explanation",
                   "code correctness", "efficiency", "adherence to the instruction", "tone", "safety", "conciseness",
                   "use of evidence", "handling of edge cases", "formatting", "originality"]
GAVEL_SYS = ["You are a meticulous grader. Score strictly according to the rubric.",
             "You evaluate candidate answers against rubrics. Be calibrated; justify every score.",
             "Evaluation assistant. Think carefully, then score."]
GAVEL_ASK = ["For each criterion, reason about the candidate's answer in detail before assigning a score from 1 to 10. Then give an overall score and a one-paragraph justification.",
             "Grade the candidate. Walk through each rubric item, quoting the part of the answer it concerns, then score it (0-5). Finish with a JSON block {\"scores\": {...}, \"overall\": x}.",
             "Explain your evaluation step by step: first determine the correct answer yourself, then compare, then score each criterion 1-10.",
             "Write a critique of the answer for each criterion, identify every error, and assign integer scores. Conclude with the total."]


def judge_item(rng, C):
    x = rng.random()
    if x < 0.45:
        g = pick(rng, C.gsm_train)
        q, a = g["question"], g["answer"].replace("<<", "[").replace(">>", "]")
        if rng.random() < 0.45:
            a = corrupt_numbers(rng, a)
    elif x < 0.75:
        c = pick(rng, C.codegen)
        q, a = c["instruction"] + ((" " + c["input"]) if c["input"] else ""), c["response"]
        if rng.random() < 0.4:
            a = mutate_code(rng, a)
    elif x < 0.9:
        r = pick(rng, C.roleplay)
        q, a = r["instruction"], r["response"]
        if rng.random() < 0.3:
            a = a[: len(a) // 2]
    else:
        s = pick(rng, C.seed_tasks)
        q, a = s["instruction"] + (" " + s["instances"][0]["input"] if s["instances"][0]["input"] else ""), s["instances"][0]["output"]
    return q, a


def gavel_prompt(rng, C):
    q, a = judge_item(rng, C)
    crit = rng.sample(RUBRIC_CRITERIA, rng.randint(3, 6))
    rub = "\n".join("- %s" % c for c in crit) if rng.random() < 0.5 else "; ".join(crit)
    lay = pick(rng, [
        "RUBRIC:\n{r}\n\nQUESTION:\n{q}\n\nCANDIDATE ANSWER:\n{a}\n\n{ask}",
        "{ask}\n\nCriteria: {r}\n\n### Task\n{q}\n\n### Response to grade\n{a}",
        "Question: {q}\nAnswer under review: {a}\n\nRubric -> {r}\n{ask}"])
    return lay.format(r=rub, q=q, a=a, ask=pick(rng, GAVEL_ASK))


def op_judge(ctx, campaign, n, per_acct, domains, accts_per_card, clouds, stack_kind, tz=8, profile="office",
             prompt_fn=None, endpoint="/v1/messages", uni_asn=None):
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "op", campaign)
    prompt_fn = prompt_fn or gavel_prompt
    cards = [w.card() for _ in range(max(1, n // accts_per_card))]
    if uni_asn:
        ips = [ctx.net.v4_in(rr, uni_asn) for _ in range(6)]
    else:
        ips = [ctx.net.v4_in(rr, CLOUD[c]) for c in clouds for _ in range(6)]
    for i in range(n):
        rng = sub_rng(ctx.seed, "op", campaign, i)
        created = w.start - dt.timedelta(days=rng.uniform(1, 24), hours=rng.uniform(0, 24))
        A = attack_account(ctx, rng, campaign, "rubric-judge", created, pick(rng, domains),
                           pick(rng, ["US", "SG", "GB", "DE", "CA"]), "build", pick(rng, cards), pick(rng, ips), tz=tz,
                           profile=profile)
        mine = rng.sample(ips, 2)
        A.ip_fn = lambda r, mine=mine: pick(r, mine)
        A.stacks = [(make_stack(rng, stack_kind), 1)]
        A.model_mix = [("pro", 7), ("think", 3)]
        vol = max(8, int(lognorm(rng, per_acct, 0.3)))
        sysp = pick(rng, GAVEL_SYS)
        threads = [dict(turns=[prompt_fn(rng, C)], kind="judge", system=sysp, temperature=pick(rng, [0.0, 0.0, 0.2]),
                        max_tokens=pick(rng, [1500, 2048]), conv=False, gap="script", endpoint=endpoint) for _ in range(vol)]
        days = active_days(rng, w, A, rng.randint(max(3, w.days // 2), w.days), weekend_factor=0.3)
        schedule(w, rng, A, threads, days, profile=profile, min_gap_s=45)


# ============================================================================= 5. self-instruct bulk generation
SEED_ASKS = ["I'm assembling a varied collection of tasks for an assistant. Below are a few samples. Invent {k} brand-new tasks in the same spirit — different verbs, different domains, some needing an input and some not — and for each give the instruction, an input (or <none>) and a high-quality output.",
             "Brainstorm {k} fresh instruction-following examples. Mix question styles (imperative, question, fill-in), topics and difficulty. Format each as Instruction / Input / Output. Here are examples of the format:",
             "Extend this list with {k} new, non-overlapping tasks. Each must be answerable by a text model, 1-2 sentences, and come with a realistic input and a correct response under 120 words.",
             "Generate {k} novel training tasks (classification, rewriting, open QA, extraction, reasoning...). Avoid repeating any verb. Use the sample entries as a style reference only."]
RESP_ASKS = ["Write the ideal response to the following instruction. Be thorough, accurate and well organised.",
             "Produce a gold-standard answer for this task, as an expert would write it.",
             "Respond to the instruction below as helpfully as possible; include reasoning where it helps.",
             "Give a complete, polished answer:"]


def seedling_gen(rng, C):
    k = pick(rng, [12, 15, 20, 20, 25, 30])
    seeds = rng.sample(C.seed_tasks, rng.randint(2, 4))
    ex = "\n\n".join("Instruction: %s\nInput: %s\nOutput: %s" % (s["instruction"], s["instances"][0]["input"] or "<none>",
                                                               s["instances"][0]["output"]) for s in seeds)
    return pick(rng, SEED_ASKS).format(k=k) + "\n\n" + ex + pick(rng, ["\n\nNew tasks:", "\n\n1.", "", "\n\nBegin."])


def seedling_resp(rng, C):
    x = rng.random()
    if x < 0.4:
        u = pick(rng, C.userinst)
        inst = u["instruction"] + (("\n" + u["instances"][0]["input"]) if u["instances"][0]["input"] else "")
    elif x < 0.7:
        r = pick(rng, C.roleplay)
        inst = r["instruction"] + ((" " + r["input"]) if r.get("input") else "")
    else:
        s = pick(rng, C.codegen)
        inst = s["instruction"] + ((" " + s["input"]) if s["input"] else "")
    return pick(rng, RESP_ASKS) + "\n\n" + inst


def op_selfinstruct(ctx, campaign, n, per_acct, mail_pool, ua_kind, ja4_kind, tier="free"):
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "op", campaign)
    for i in range(n):
        rng = sub_rng(ctx.seed, "op", campaign, i)
        created = w.start + dt.timedelta(days=rng.uniform(-6, w.days * 0.6))
        A = attack_account(ctx, rng, campaign, "bulk-selfinstruct", created, pick(rng, mail_pool),
                           pick(rng, ["US", "DE", "NL", "GB", "FR", "CA"]), tier, None if tier == "free" else w.card(),
                           ctx.net.vpn_ip(rng), profile="flat")
        A.rotate_ip_fn = lambda r: ctx.net.vpn_ip(r) if r.random() < 0.5 else ctx.vpn_exit(r)
        A.ip_fn = A.rotate_ip_fn
        # browser user agent on a python TLS stack
        A.stacks = [(Stack("requests-spoof", browser_ua(rng, ua_kind), pick(rng, JA4[ja4_kind]),
                           pick(rng, ["/v1/chat/completions", "/v1/messages"]), 0.0, 0.0), 1)]
        A.model_mix = [("flash", 5), ("pro", 5)]
        vol = max(8, int(lognorm(rng, per_acct, 0.3)))
        threads = []
        for _ in range(vol):
            if rng.random() < 0.55:
                threads.append(dict(turns=[seedling_gen(rng, C)], kind="bulk_gen", temperature=pick(rng, [1.0, 1.0, 0.9, 1.1]),
                                    max_tokens=4096, conv=False, gap="script", ratelimit_p=0.09))
            else:
                threads.append(dict(turns=[seedling_resp(rng, C)], kind="chat", out_scale=2.0, temperature=0.7,
                                    max_tokens=2048, conv=False, gap="script", ratelimit_p=0.09))
        days = active_days(rng, w, A, rng.randint(2, 6))
        schedule(w, rng, A, threads, days, profile="flat", min_gap_s=8)


# ============================================================================= 6. bare items, extended reasoning
def bare_item(rng, C):
    x = rng.random()
    if x < 0.45:
        return pick(rng, C.gsm_train)["question"], "reason_long"
    if x < 0.7:
        return pick(rng, C.humaneval)["prompt"], "code"
    if x < 0.85:
        return pick(rng, C.arena_math), "reason_long"
    return pick(rng, C.arena_code), "code"


def op_bare(ctx, campaign, n, per_acct, ip_mode, n_cards, created_range, tier="build", mail=None, stack_mode="chrome"):
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "op", campaign)
    cards = [w.card() for _ in range(n_cards)] if n_cards else [None]
    chrome_ua = browser_ua(rr, "chrome_win")
    chrome_ja4 = JA4["chrome"][0]
    for i in range(n):
        rng = sub_rng(ctx.seed, "op", campaign, i)
        created = w.start - dt.timedelta(days=rng.uniform(*created_range))
        if ip_mode == "resrotate":
            ipfn = lambda r: home_ip(ctx, r, "US")
        elif ip_mode == "warp":
            ipfn = lambda r: ctx.net.v4_in(r, CLOUD["cloudflare"])
        else:
            ipfn = lambda r: ctx.vpn_exit(r)
        country = "US" if ip_mode == "resrotate" else pick_country(rng)
        A = attack_account(ctx, rng, campaign, "bare-reasoning", created,
                           (mail(rng) if mail else pick(rng, COUNTRIES[country]["mail"])), country, tier,
                           pick(rng, cards), ipfn(rng), profile="flat")
        A.rotate_ip_fn = ipfn
        A.ip_fn = ipfn
        if stack_mode == "chrome":
            A.stacks = [(Stack("impersonate-chrome", chrome_ua, chrome_ja4, "/v1/messages", 0.0, 1.0), 1)]
        else:
            A.stacks = [(make_stack(rng, pick(rng, ["anthropic_py", "openai_py", "httpx"])), 1)]
        A.model_mix = [("think", 1)]
        vol = max(8, int(lognorm(rng, per_acct, 0.3)))
        threads = []
        for _ in range(vol):
            text, kind = bare_item(rng, C)
            threads.append(dict(turns=[text], kind=kind, max_tokens=pick(rng, [32000, 32000, 64000, 16000]),
                                reasoning=True, conv=False, gap="script", temperature=pick(rng, [None, 1.0]), stream=True))
        days = active_days(rng, w, A, rng.randint(2, w.days))
        schedule(w, rng, A, threads, days, profile="flat", min_gap_s=120)


# ============================================================================= 7. capability taxonomy sweep
TAX_DOMAINS = ["organic chemistry", "contract law", "macroeconomics", "cardiology", "number theory", "distributed systems",
               "compiler design", "medieval history", "microbiology", "tax accounting", "thermodynamics", "linguistics",
               "epidemiology", "music theory", "structural engineering", "cryptography", "ethics", "astronomy",
               "data visualization", "game theory", "materials science", "UX research", "operations research",
               "marine biology", "philosophy of mind", "corporate finance", "robotics", "geology", "pharmacology", "poetry"]
TAX_SKILLS = ["multi-step deduction", "counterfactual reasoning", "error diagnosis", "analogy", "estimation",
              "explanation for a novice", "critique of a flawed argument", "planning", "quantitative calculation",
              "summarisation of a dense passage", "classification with justification", "hypothesis generation",
              "code writing", "proof", "debate both sides", "translation of jargon"]
TAX_LEVELS = ["1", "2", "3", "4", "5"]
TAX_FORMATS = ["short answer", "essay", "table", "numbered steps", "JSON", "dialogue"]
TAX_LAYOUT = [
    "Domain: {d} | Subskill: {s} | Difficulty: {l}/5 | Format: {f}\nCompose one challenging question that exercises this cell, then answer it as an expert, showing your full reasoning.",
    "[cell {idx}] {d} x {s} (level {l})\nWrite a representative problem for this combination and a worked, expert-quality solution. Output format: {f}.",
    "Generate an exam item testing {s} in {d} at difficulty {l} of 5, followed by a model answer with step-by-step reasoning ({f}).",
    "{d} / {s} / L{l}: pose a hard question and solve it thoroughly. Present it as {f}.",
]


def op_taxonomy(ctx, campaign, n, per_acct, clouds, stack_kinds, mail_pool, n_cards, churn=False, with_selfinst=0.0):
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "op", campaign)
    grid = [(d, s, l) for d in TAX_DOMAINS for s in TAX_SKILLS for l in TAX_LEVELS]
    rr.shuffle(grid)
    per = len(grid) // n
    cards = [w.card() for _ in range(n_cards)]
    exits = [ctx.net.v4_in(rr, CLOUD[c]) for c in clouds for _ in range(8)] if clouds else None
    layout_pref = rr.sample(TAX_LAYOUT, 2)
    for i in range(n):
        rng = sub_rng(ctx.seed, "op", campaign, i)
        cells = grid[i * per:(i + 1) * per]
        if churn:
            created = w.start + dt.timedelta(days=rng.uniform(-1, w.days - 2), hours=rng.uniform(0, 24))
        else:
            created = w.start - dt.timedelta(days=rng.uniform(3, 45))
        if exits:
            mine = rng.sample(exits, 2)
            ipfn = lambda r, mine=mine: pick(r, mine)
        else:
            ipfn = lambda r: ctx.net.vpn_ip(r) if r.random() < 0.6 else ctx.net.dc_ip(r)
        A = attack_account(ctx, rng, campaign, "taxonomy-sweep" if not churn else "churn-sweep", created,
                           pick(rng, mail_pool), pick(rng, ["US", "GB", "SG", "CA", "AU", "DE"]), pick(rng, ["build", "free"]),
                           pick(rng, cards), ipfn(rng), profile="flat")
        A.ip_fn = ipfn
        if churn:
            A.rotate_ip_fn = ipfn
        A.stacks = [(make_stack(rng, pick(rng, stack_kinds)), 1)]
        A.model_mix = [("pro", 5), ("think", 4), ("flash", 1)]
        vol = max(6, int(lognorm(rng, per_acct, 0.3)))
        threads = []
        for j in range(vol):
            if with_selfinst and rng.random() < with_selfinst:
                threads.append(dict(turns=[seedling_gen(rng, C)], kind="bulk_gen", temperature=1.0, max_tokens=4096, conv=False, gap="script"))
                continue
            d, s, l = cells[j % max(1, len(cells))]
            p = pick(rng, layout_pref if rng.random() < 0.7 else TAX_LAYOUT).format(d=d, s=s, l=l, f=pick(rng, TAX_FORMATS), idx="%03d-%02d" % (i, j))
            threads.append(dict(turns=[p], kind="taxonomy", temperature=pick(rng, [0.8, 0.9, 1.0]), max_tokens=pick(rng, [4096, 8192]),
                                conv=False, gap="script"))
        if churn:
            first = max(0, int((created - w.start).total_seconds() // 86400))
            days = list(range(first, min(w.days, first + rng.randint(1, 3))))
            if not days:
                days = [w.days - 1]
        else:
            days = active_days(rng, w, A, rng.randint(max(3, w.days // 2), w.days))
        schedule(w, rng, A, threads, days, profile="flat", min_gap_s=30)


# ============================================================================= 8. shell "startup" posing as an enterprise
SHELL_SYS = "You are StudyBuddy, an AI tutor for high-school and university students. Always explain your reasoning step by step in detail, show all intermediate work, and finish with a clearly marked final answer. For code questions, explain the algorithm before the code."


def op_shell_org(ctx, campaign, n, per_acct, cloud, stack_kind):
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "op", campaign)
    org = "org_" + b32id(rr, 12)
    card = w.card()
    ips = [ctx.net.v4_in(rr, CLOUD[cloud]) for _ in range(3)]
    t0 = w.start - dt.timedelta(days=rr.uniform(10, 30))
    st = make_stack(rr, stack_kind)
    dom = "studybuddy-%s.com" % pick(rr, ["app", "learn", "hq"])
    for i in range(n):
        rng = sub_rng(ctx.seed, "op", campaign, i)
        A = attack_account(ctx, rng, campaign, "shell-org", t0 + dt.timedelta(seconds=rng.randint(5, 600)), dom, "US",
                           "scale", card, ips[0], org_id=org, verified=False, tz=-5, profile="flat")
        A.ip_fn = lambda r: pick(r, ips)
        A.stacks = [(st, 1)]
        A.model_mix = [("pro", 5), ("think", 5)]
        vol = max(10, int(lognorm(rng, per_acct, 0.25)))
        threads = []
        made = 0
        while made < vol:
            x = rng.random()
            if x < 0.55:
                q = pick(rng, C.gsm_train + C.gsm_test)["question"]
                kind = "cot_math"
            elif x < 0.8:
                q = code_item(rng, C)
                kind = "code"
            else:
                q = pick(rng, C.arena_math + C.arena_other)
                kind = "reason_long"
            # looks like an app forwarding student messages; one rare "follow-up" to look conversational
            turns = [q]
            if rng.random() < 0.12:
                turns.append(pick(rng, ["can you explain step 2 more", "why?", "show another method"]))
            threads.append(dict(turns=turns, kind=kind, system=SHELL_SYS, max_tokens=4096, temperature=0.3, gap="app",
                                conv=True, conv_style="conv"))
            made += len(turns)
        days = active_days(rng, w, A, w.days)
        schedule(w, rng, A, threads, days, profile="flat", min_gap_s=1)
    return org
