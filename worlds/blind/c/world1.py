"""World 1 (seed 303)."""
from attack import *
from organic import *

def gsm_cot_ember(rng, q):
    return compose(rng,
        ['', 'Problem: ', 'Q: ', '### Task\n', 'Solve the following.\n\n'], q,
        ['\n\n', '\n\n---\n', '\n'],
        ['Think it through one line at a time and show every intermediate quantity. ', 'Reason carefully, enumerate each step, do not skip arithmetic. ',
         'Lay out your full derivation before committing to a number. ', 'Explain your thinking explicitly, step by numbered step. ',
         'Before answering, write out the complete reasoning chain. '],
        ['Wrap the reasoning in <reasoning></reasoning> and the final value in <answer></answer>.', 'End with a line "ANSWER: <number>".',
         'Return JSON: {"reasoning": "...", "answer": "..."}', 'Put the final result after "####".', ''])

def build(w):
    C = w.C; clk = w.clock; R = w.sub('ops')
    md = []
    # ============================================================ op-ember: sloppy CoT fleet
    rng = w.sub('ember')
    cards = ['pf_' + h(w.seed, 'ember-card', i, n=20) for i in range(4)]
    dom = ['tempr.email', 'dropmail.me', 'inboxkitten.com', 'gmaii.com', 'outl00k.com', 'mailnesia.com']
    accts = burst_signups(w, rng, 180, 5, persona='cot-fleet', campaign='op-ember', email_fn=lambda r: r.choice(dom), cards=cards,
                          ip_fn=lambda r: w.N.ip(r, r.choice(['vpn', 'vpn', 'm247', 'datacamp'])),
                          country_fn=lambda r: r.choice(['US', 'US', 'GB', 'NL', 'SG', None]), tier='build')
    pool = C.gsm_train + [{'question': a['prompt']} for a in C.arena_other]
    for aid, cre, ip in accts:
        r = w.sub('ember', aid)
        ua = 'python-httpx/0.27.0' if r.random() < 0.8 else 'OpenAI/Python 1.40.6'
        def item(rr):
            # sloppy: a quarter of draws come from a small hot list that every worker reuses
            q = rr.choice(pool[:300]) if rr.random() < 0.25 else rr.choice(pool)
            return gsm_cot_ember(rr, q['question'])
        scripted_run(w, r, aid, cre, pick_n(r, 50, 10, 0.4), item_fn=item, ip_fn=lambda rr: w.N.ip(rr, rr.choice(['vpn', 'm247', 'datacamp', 'leaseweb'])),
                     stack='py_httpx', ua=ua, endpoint='/v1/chat/completions', model='helix-3-reason', max_tokens=8192, temperature=0.7,
                     sessions=(2, 4), gap=(0.3, 4), p429=0.08, reasoning=lambda rr: int(rr.uniform(600, 5000)))
    md.append('- op-ember (180 accounts, persona cot-fleet): sloppy fleet. 5 sign-up bursts, 6 disposable/look-alike mail domains, 4 cards, VPN/datacenter exits '
              '(M247, Datacamp, Leaseweb, VPN list), one python-httpx stack. Chain-of-thought harvest on GSM8K-train and Arena-Hard non-code items with '
              'composed "show every step + structured answer tag" wording; a hot list of items is reused across workers.')

    # ============================================================ op-quill: careful rubric/judge harvest
    rng = w.sub('quill')
    gl = [('gsm', g) for g in C.gsm_test] + [('gt', g) for g in C.gt_code[:1500]] + [('arena', a) for a in C.arena]
    OPEN = ['I\'m marking answers for a study group I run. ', 'Quick favour: ', 'Could you play examiner for a sec? ', '', 'Peer review question — ',
            'I volunteer as a tutor and I am not sure how harsh to be. ', 'My colleague wrote the answer below. ', 'Grading help needed. ']
    ASK = ['How would you score it out of 10, and where does it lose points?', 'Give it a grade from 1 to 5 and justify each point you take off.',
           'Is it correct? Rate it (0-100) against correctness, clarity and completeness, with a sentence per criterion.',
           'What score would a strict reviewer give, and why? Please list the specific flaws.',
           'Mark it like an exam: total out of 20 with a breakdown.', 'Assess the answer honestly — what is right, what is wrong, and a final score.']
    FOLLOWUPS = ['Could you write out the rubric you used, criterion by criterion, with weights?', 'What would a full-marks answer look like? Write it out.',
                 'Be stricter — re-score it as if it were a competition entry.', 'If you had to explain the score to the student in two sentences, what would you say?',
                 'Now score this second attempt on the same question: it just gives the final answer with no working.', 'Which single error costs the most points and why?']
    def degrade(rr, txt):
        if rr.random() < 0.5:
            return txt
        return re.sub(r'\d+', lambda m: str(int(m.group()) + rr.choice([1, -1, 2, 10])) if rr.random() < 0.3 else m.group(), txt)
    for i in range(90):
        r = w.sub('quill', i)
        cty = res_country(r, {'US': 5, 'GB': 2, 'CA': 1, 'DE': 1, 'AU': 1})
        home = res_ip(w, r, cty)
        cre = before(clk, r, 90, 420)
        aid = w.account('judge-harvest', 'attack', 'op-quill', created=cre, email=personal_email(r), signup_ip=res_ip(w, r, cty), country=cty,
                        tier=r.choice(['build', 'build', 'free']))
        stack = r.choice(['chrome', 'firefox', 'safari', 'edge', 'electron', 'py_httpx', 'node', 'chrome_old'])
        ua = ua_for(r, stack)
        endpoint = r.choice(['/v1/messages', '/v1/chat/completions']); model = r.choice(['helix-3-opus', 'helix-3-sonnet'])
        nreq = pick_n(r, 26, 8, 0.35); done = 0
        while done < nreq:
            t = clk.day_hour(r, TZ[cty], EVENING if r.random() < 0.6 else OFFICE, weekend=0.8)
            ip = home if r.random() < 0.7 else res_ip(w, r, cty)
            if r.random() < 0.15:  # cover
                nt = min(nreq - done, r.randint(1, 3))
                thread(w, r, aid, t, nt, general_prompt(w, r), follow, key=w.key(aid), ip=ip, stack=stack, ua=ua, endpoint=endpoint, stream=True)
                done += nt; continue
            kind, it = w.take('quill', gl, r)
            if kind == 'gsm': q, a = it['question'], degrade(r, re.sub(r'<<.*?>>', '', it['answer']))
            elif kind == 'gt': q, a = it['instruction'] + ('\n' + it['input'] if it['input'] else ''), it['response']
            else: q, a = it['prompt'], r.choice(C.gt_code)['response'][:800] if r.random() < 0.3 else 'The answer is that it depends on context; the main idea is to break the problem into parts and handle each one.'
            first = compose(r, OPEN, ['Question:\n', 'The prompt was: ', 'Task — '], q, ['\n\nAnswer given:\n', '\n\nTheir response:\n', '\n\nSubmitted answer:\n'], a, '\n\n', ASK)
            nt = min(nreq - done, r.choice([1, 2, 2, 3, 3, 4]))
            thread(w, r, aid, t, nt, first, lambda rr, ww: rr.choice(FOLLOWUPS), key=w.key(aid), ip=ip, stack=stack, ua=ua, endpoint=endpoint,
                   model=model, max_tokens=r.choice([2048, 4096]), temperature=None, stream=stack in ('chrome', 'firefox', 'safari', 'edge', 'electron', 'chrome_old'),
                   gap=(60, 900))
            done += nt
    md.append('- op-quill (90 accounts, persona judge-harvest): careful. Accounts aged 3-14 months, own card each, residential ISPs (US/GB/CA/DE/AU), '
              'browser/desktop/SDK stacks chosen per account, evening/office human pacing, 1-4 turn threads with rubric follow-ups. Harvests judge-style '
              'scores + rubrics on question/answer pairs (GSM8K-test with some corrupted numbers, GPTeacher code, Arena-Hard); one shared queue, no item '
              'repeated across the operation. ~15% cover chat.')

    # ============================================================ op-lattice: three sub-teams
    # forge: agentic coding from Hetzner/OVH, Anthropic JS
    code_pool = [('he', x) for x in C.he] + [('gt', x) for x in C.gt_code]
    FORGE_SYS = ['You are a software agent. Solve the task end to end: plan, write code, run tests, fix failures. Narrate your reasoning before each tool call.',
                 'Autonomous engineer mode. Think step by step, use tools, and finish with a final patch and an explanation of why it is correct.']
    FORGE_TOOLS = [['execute_python', 'write_file', 'read_file', 'run_unit_tests'], ['shell', 'editor', 'python_repl']]
    FORGE_NEXT = ['Tool output: AssertionError in test case 3. Expected [1, 2] got [2, 1]', 'Tool output: all tests passed (12/12)',
                  'Tool output: SyntaxError: invalid syntax (line 7)', 'Tool output: timeout after 10s on large input', 'continue', 'Proceed with the next step.',
                  'Tool output: wrote solution.py', 'Now explain the final solution and its complexity in detail.']
    for i in range(75):
        r = w.sub('forge', i)
        ip0 = w.N.ip(r, r.choice(['hetzner', 'ovh', 'hetzner']))
        aid = w.account('agentic-code', 'attack', 'op-lattice', created=before(clk, r, 5, 60), email=r.choice(['gmail.com', 'proton.me', 'outlook.com']),
                        signup_ip=ip0, country=r.choice(['DE', 'FR', 'PL', 'NL']), tier='build')
        ua = ua_for(r, 'node_h2'); nreq = pick_n(r, 40, 12, 0.4); done = 0
        sysp = r.choice(FORGE_SYS); tools = r.choice(FORGE_TOOLS)
        while done < nreq:
            t = clk.day_hour(r, 1, OFFICE, weekend=0.9)
            ip = w.N.ip(r, r.choice(['hetzner', 'ovh']))
            if r.random() < 0.2:
                thread(w, r, aid, t, 1, general_prompt(w, r), follow, key=w.key(aid), ip=ip, stack='node_h2', ua=ua, endpoint='/v1/messages', with_conv=False)
                done += 1; continue
            kind, it = w.take('forge', code_pool, r)
            task = it['prompt'] if kind == 'he' else it['instruction'] + ('\nInput: ' + it['input'] if it['input'] else '')
            first = compose(r, ['Task: ', 'Ticket #' + str(r.randint(1000, 9999)) + ': ', ''], task, ['\nWrite tests first.', '\nUse the tools to verify.', ''])
            nt = min(nreq - done, r.randint(3, 7))
            thread(w, r, aid, t, nt, first, lambda rr, ww: rr.choice(FORGE_NEXT), key=w.key(aid), ip=ip, stack='node_h2', ua=ua, endpoint='/v1/messages',
                   model='helix-3-opus', system=sysp, tools=tools, max_tokens=16000, temperature=None, stream=True, gap=(2, 15), conv_style='msg',
                   reasoning=int(r.uniform(1500, 9000)))
            done += nt
    # loom: self-instruct bulk generation from Indian mobile carriers, android okhttp
    LOOM = [['Here are some example tasks:\n', 'Reference tasks:\n', 'Seed examples ->\n'],
            ['\nInvent {n} brand-new tasks unlike these. For each give instruction, optional input, and a complete high-quality output. Output JSONL only.',
             '\nProduce {n} fresh instruction/input/output triples covering different skills (classification, rewriting, open QA, planning). One JSON object per line.',
             '\nNow create {n} more in the same schema. Vary the verbs and domains; outputs must be fully written, not placeholders.']]
    for i in range(60):
        r = w.sub('loom', i)
        pool = r.choice(['jio', 'airtel', 'vi'])
        ip0 = w.N.ip(r, pool)
        aid = w.account('bulk-instruct', 'attack', 'op-lattice', created=before(clk, r, 2, 40), email='gmail.com', signup_ip=ip0, country='IN', tier='build')
        ua = ua_for(r, 'okhttp')
        def item(rr):
            ex = rr.sample(C.seed, 3)
            s = ''.join(f'{k + 1}. {e["instruction"]}' + (f' (input: {e["instances"][0]["input"][:120]})' if e['instances'][0]['input'] else '') + '\n' for k, e in enumerate(ex))
            return rr.choice(LOOM[0]) + s + rr.choice(LOOM[1]).format(n=rr.choice([15, 20, 20, 25]))
        scripted_run(w, r, aid, before(clk, r, 0, 0), pick_n(r, 38, 10, 0.4), item_fn=item, ip_fn=lambda rr: w.N.ip(rr, pool), stack='okhttp', ua=ua,
                     endpoint='/v1/chat/completions', model='helix-3-sonnet', max_tokens=6000, temperature=1.0, sessions=(3, 7), gap=(4, 40),
                     cover=0.35, hours=STUDENT, tz=5, out=lambda rr: int(rr.uniform(2500, 6000)))
    # sieve: capability-taxonomy sweep from Alibaba/Tencent cloud, Go
    DOM = ['number theory', 'organic chemistry', 'contract law', 'compiler design', 'epidemiology', 'macroeconomics', 'music theory', 'formal logic',
           'SQL optimisation', 'Kubernetes networking', 'medieval history', 'probability', 'linear algebra', 'tax accounting', 'genetics', 'distributed consensus',
           'cryptography', 'geometry', 'ethics', 'poetry meter', 'operations research', 'thermodynamics']
    SKILL = ['multi-step deduction', 'counterfactual reasoning', 'error diagnosis', 'estimation', 'explaining to a novice', 'proof writing', 'tradeoff analysis',
             'code tracing', 'planning', 'analogy', 'critique of a flawed argument']
    for i in range(55):
        r = w.sub('sieve', i)
        cp = r.choice(['alibaba', 'tencent'])
        aid = w.account('taxonomy-sweep', 'attack', 'op-lattice', created=before(clk, r, 1, 25), email=r.choice(['outlook.com', 'hotmail.com', '163.com']),
                        signup_ip=w.N.ip(r, cp), country=r.choice(['SG', 'HK', 'MY', 'US']), tier='build')
        ua = ua_for(r, 'go')
        def item(rr):
            d, s, lv = rr.choice(DOM), rr.choice(SKILL), rr.randint(1, 5)
            return rr.choice([f'[{d} / {s} / level {lv}] Pose a hard problem in this area and then solve it completely, showing your reasoning.',
                              f'Area: {d}. Capability: {s}. Difficulty {lv} of 5. Write one question, then a model answer with all reasoning visible.',
                              f'Generate an exam-grade {d} problem that requires {s}; answer it thoroughly. (difficulty={lv})'])
        scripted_run(w, r, aid, before(clk, r, 0, 0), pick_n(r, 40, 10, 0.3), item_fn=item, ip_fn=lambda rr: w.N.ip(rr, cp), stack='go', ua=ua,
                     endpoint='/v1/chat/completions', model=lambda rr: rr.choice(['helix-3-opus', 'helix-3-reason']), max_tokens=4096, temperature=0.8,
                     sessions=(2, 5), gap=(1, 10), cover=0.1, tz=8, hours=OFFICE, reasoning=lambda rr: int(rr.uniform(300, 3000)) if rr.random() < 0.5 else None)
    md.append('- op-lattice (190 accounts, one campaign, three sub-teams): forge (75, persona agentic-code): Anthropic JS over HTTP/2 from Hetzner/OVH, '
              'agent loops with tool declarations over a shared HumanEval+GPTeacher-code queue, 20% cover; loom (60, persona bulk-instruct): Android okhttp on '
              'Indian mobile carriers, self-instruct style "invent N new tasks" from seed-task triples, 35% cover; sieve (55, persona taxonomy-sweep): Go client '
              'on Alibaba/Tencent cloud, domain x skill x difficulty capability sweep, 10% cover.')

    # ============================================================ op-tundra: bare items, extended thinking, trickle accounts
    bare = [g['question'] for g in C.gsm_test] + [x['prompt'] for x in C.he] + [a['prompt'] for a in C.arena]
    for i in range(90):
        r = w.sub('tundra', i)
        cre = clk.start + timedelta(days=r.uniform(-3, clk.days - 4))
        cp = r.choice(['gcp', 'azure', 'aws', 'oracle'])
        aid = w.account('bare-reasoning', 'attack', 'op-tundra', created=cre, email=r.choice(PERSONAL), signup_ip=w.N.ip(r, cp), country=r.choice(['US', 'CA', 'GB', 'SG', 'JP']), tier='build')
        ua = ua_for(r, 'py_httpx') if r.random() < 0.7 else ua_for(r, 'py_aiohttp')
        st = 'py_httpx' if ua.startswith(('Anthropic', 'OpenAI', 'python-httpx')) else 'py_aiohttp'
        myip = w.N.ip(r, cp)
        scripted_run(w, r, aid, cre, pick_n(r, 38, 10, 0.5), item_fn=lambda rr: w.take('tundra', bare, rr), ip_fn=lambda rr: myip, stack=st, ua=ua,
                     endpoint='/v1/messages', model='helix-3-opus', max_tokens=r.choice([32000, 48000, 64000]), temperature=1.0, sessions=(3, 8), gap=(20, 240),
                     reasoning=lambda rr: int(rr.uniform(4000, 30000)), hours=[6, 6, 6, 5, 4, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 5], tz=0,
                     p429=0.03, out=lambda rr: int(rr.uniform(300, 2500)))
    md.append('- op-tundra (90 accounts, persona bare-reasoning): accounts trickle in across the period, each from its own single cloud IP (GCP/Azure/AWS/Oracle), '
              'Anthropic/OpenAI python SDKs. Sends bare benchmark items (GSM8K-test, HumanEval, Arena-Hard - the same items eval harnesses use) with no wrapper, '
              'max_tokens 32k-64k and large extended-thinking budgets, night-time UTC windows, no item repeated.')

    # ============================================================ op-mosaic: fake "startup orgs"
    MOS_SYS = 'You are ExpertWrite, a knowledge assistant for professional users. Always answer at expert depth: state assumptions, reason step by step, then give a polished final answer.'
    gt_all = C.gt_code + C.gt_role + C.gt_tool
    for o in range(3):
        r = w.sub('mosaic', o)
        org = 'org_' + h(w.seed, 'mosaic', o, n=12); card = 'pf_' + h(w.seed, 'mosaic-card', o, n=20)
        ipo = w.N.ip(r, 'aws')
        t0 = before(clk, r, 10, 45)
        n_here = [18, 16, 16][o]
        for k in range(n_here):
            r2 = w.sub('mosaic', o, k)
            aid = w.account('fake-org', 'attack', 'op-mosaic', created=t0 + timedelta(hours=r2.uniform(0, 72)), org=org,
                            email=['expertwrite.ai', 'xpw-labs.io', 'expertwrite.co'][o], pay=card, signup_ip=ipo, country='US', tier='scale', verified=False)
            ua = ua_for(r2, 'py_httpx')
            def item(rr):
                g = w.take('mosaic', gt_all, rr)
                return g['instruction'] + ('\n\n' + g['input'] if g['input'] else '')
            scripted_run(w, r2, aid, t0, pick_n(r2, 42, 15, 0.3), item_fn=item, ip_fn=lambda rr: w.N.ip(rr, 'aws') if rr.random() < 0.3 else ipo, stack='py_httpx', ua=ua,
                         endpoint='/v1/chat/completions', model='helix-3-opus', max_tokens=3000, temperature=0.5, system=MOS_SYS, sessions=(4, 9), gap=(3, 30),
                         hours=OFFICE, tz=-5, p429=0.02, conv_style='sess_')
    md.append('- op-mosaic (50 accounts in 3 unverified "orgs", persona fake-org): looks like a small SaaS: scale tier, one card + one AWS egress per org, one product '
              'system prompt demanding step-by-step expert answers, office hours. Content is the whole GPTeacher codegen/roleplay/toolformer instruction set, '
              'drawn without repetition.')
    return md

def organic_mix(w):
    C = w.C; clk = w.clock
    md = []
    # enterprises
    LEGAL_SYS = 'You are Clause, Northwind Legal\'s contract-review assistant. Identify risky clauses, cite the section, and suggest redlines. Never give definitive legal advice.'
    def legal(w_, r):
        u = r.choice(C.uo); inst = r.choice(u['instances'])
        return r.choice(['Review this clause: ', 'Summarise obligations in: ', 'Flag issues: ', '']) + (inst['input'] or u['instruction'])[:1200]
    enterprise(w, 'verified-enterprise', 'Northwind Legal', 45, 2600, egress='azure', system=LEGAL_SYS, prompt_fn=legal, stack='dotnet_win', endpoint='/v1/chat/completions',
               model='helix-3-sonnet', tz=-5, email='northwindlegal.com', turns=(1, 3))
    SUP_SYS = 'You are Helio\'s customer support agent. Use the tools to look up orders and policies. Be warm and brief. Escalate refunds over $500.'
    def support(w_, r):
        return r.choice(['Customer: ', 'user says: ', '']) + r.choice(['where is my order #{n}?', 'I was charged twice for invoice {n}', 'how do I reset my password',
                         'the app keeps logging me out on android', 'can I change the shipping address on order {n}', 'cancel my subscription please',
                         'your product broke after 2 days, I want a refund', 'do you ship to Norway?', 'what is the warranty on the Helio Pro?']).format(n=r.randint(100000, 999999))
    enterprise(w, 'verified-enterprise', 'Helio Support', 70, 3600, egress='aws', system=SUP_SYS, prompt_fn=support, stack='py_httpx', endpoint='/v1/messages',
               model='helix-3-haiku', tz=-6, email='heliohome.com', turns=(1, 5), tools=['lookup_order', 'get_policy', 'create_ticket', 'issue_refund'],
               hours=[2, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 8, 8, 8, 8, 8, 8, 7, 6, 5, 4, 4, 3, 2])
    TUT_SYS = 'You are Tutorly, a patient maths tutor for 10-14 year olds. Always solve step by step, explaining each step in simple words, then check the answer.'
    enterprise(w, 'verified-enterprise', 'Tutorly', 30, 2600, egress='gcp', system=TUT_SYS, prompt_fn=lambda w_, r: r.choice(C.gsm_train)['question'],
               stack='node', endpoint='/v1/chat/completions', model='helix-3-sonnet', tz=-5, email='tutorly.app', turns=(1, 4), hours=STUDENT,
               max_tokens=1500, temp=0.4)
    md.append('- verified-enterprise: Northwind Legal (45 keys, Azure egress, .NET SDK), Helio Support (70 keys, AWS, tool-using support bot, near round-the-clock), '
              'Tutorly (30 keys, GCP, step-by-step maths tutoring on GSM8K-style problems). Each: one card, one system prompt, keys created within 15 minutes, verified.')
    # campus NAT
    campus(w, 'campus-nat', 'gatech', 220, 14, pool='gatech', email='gatech.edu', tz=-5, country='US')
    campus(w, 'campus-nat', 'stuttgart', 120, 10, pool='stuttgart', email='stud.uni-stuttgart.de', tz=1, country='DE')
    # classrooms sharing teacher wrapper and homework
    def cls_math(r, it):
        return 'Homework 4 — explain like a tutor, step by step, then give the final answer in a box.\n\nProblem: ' + it['question']
    campus(w, 'classroom', 'algebra-101', 55, 18, pool='purdue', email='purdue.edu', tz=-5, country='US', wrapper=cls_math, items=C.gsm_test,
           deadlines=(4.9, 11.9), mean_turns=1.5)
    def cls_cs(r, it):
        return 'CS1 lab: I have to implement this function. Give me hints first, then the solution with comments.\n\n' + it['prompt']
    campus(w, 'classroom', 'cs1-lab', 48, 16, pool='utoronto', email='mail.utoronto.ca', tz=-5, country='CA', wrapper=cls_cs, items=C.he,
           deadlines=(6.7, 13.7), mean_turns=2)
    md.append('- campus-nat: 220 students behind Georgia Tech NAT, 120 behind Uni Stuttgart NAT. classroom: algebra-101 (55 students, Purdue, shared teacher '
              'wrapper + the same 12 GSM8K-test homework items, deadline bursts), cs1-lab (48 students, U Toronto, shared wrapper + 12 HumanEval items).')
    # eval harnesses
    harness(w, 'eval-harness', 'lab-alpha', 4, 3200, pool='gcp', items=C.gsm_test, render=lambda r, it: it['question'], stack='py_aiohttp',
            endpoint='/v1/chat/completions', model_list=['helix-3-opus', 'helix-3-sonnet', 'helix-3-reason'], email='alpha-research.org')
    harness(w, 'eval-harness', 'lab-alpha-code', 2, 1300, pool='gcp', items=C.he, render=lambda r, it: it['prompt'], stack='py_aiohttp',
            endpoint='/v1/messages', model_list=['helix-3-opus', 'helix-3-sonnet'], email='alpha-research.org', max_tokens=1024)
    harness(w, 'eval-harness', 'arena-replicator', 2, 900, pool='aws', items=[a['prompt'] for a in C.arena], render=lambda r, it: it, stack='py_httpx',
            endpoint='/v1/chat/completions', model_list=['helix-3-sonnet', 'helix-3-haiku'], email='cs.ucsd.edu', verified=False, org=False, tier='build',
            temp=0.7, max_tokens=4096, reasoning=(0, 1))
    md.append('- eval-harness: lab-alpha (4 accounts, GCP, GSM8K-test in repeated runs, temperature 0, round the clock), lab-alpha-code (2, HumanEval), '
              'arena-replicator (2 unverified academic accounts, Arena-Hard runs from AWS).')
    # hackathon: burst signups, one venue IP, same email domain
    r = w.sub('hackathon'); venue = w.N.ip(r, 'mit'); day = clk.start + timedelta(days=8, hours=14)
    for i in range(85):
        r2 = w.sub('hackathon', i)
        aid = w.account('hackathon', created=day + timedelta(minutes=r2.uniform(0, 40)), email=r2.choice(['mit.edu', 'mit.edu', 'gmail.com', 'wellesley.edu']),
                        signup_ip=venue, country='US', tier='free')
        stack = r2.choice(['py_httpx', 'node', 'py_requests', 'curl_mac', 'bun']); ua = ua_for(r2, stack)
        for s in range(r2.randint(3, 9)):
            t = day + timedelta(hours=r2.uniform(0.5, 30))
            thread(w, r2, aid, t, r2.randint(1, 4), dev_prompt(w, r2), follow, key=w.key(aid), ip=venue if t < day + timedelta(hours=28) else res_ip(w, r2, 'US'),
                   stack=stack, ua=ua, endpoint='/v1/chat/completions', model='helix-3-haiku', max_tokens=1024, temperature=0.7, stream=False, p429=0.06, gap=(5, 120))
    md.append('- hackathon: 85 free accounts signed up within 40 minutes from one MIT venue IP, mostly mit.edu, scripted SDK clients, 30 hours of coding traffic.')
    # agency sharing one card
    card = 'pf_' + h(w.seed, 'agency-card', n=20)
    r = w.sub('agency'); office = w.N.ip(r, 'bt')
    for i in range(22):
        r2 = w.sub('agency', i)
        aid = w.account('agency-shared-card', created=before(clk, r2, 10, 200), email='pennant-digital.co.uk', pay=card, signup_ip=office, country='GB', tier='build')
        stack = r2.choice(['chrome', 'py_httpx', 'electron']); ua = ua_for(r2, stack)
        for s in range(pick_n(r2, 12)):
            t = clk.day_hour(r2, 0, OFFICE, weekend=0.1)
            thread(w, r2, aid, t, r2.randint(1, 4), r2.choice([general_prompt, writer_prompt])(w, r2), follow, key=w.key(aid), ip=office if r2.random() < 0.8 else res_ip(w, r2, 'GB'),
                   stack=stack, ua=ua, endpoint='/v1/messages')
    md.append('- agency-shared-card: 22 accounts of a UK digital agency paying with one card from one office IP (copywriting/general).')
    # everyone else
    developer(w, 'developer', 330, 16, odd=0.25)
    developer(w, 'power-user', 70, 80, odd=0.15, agentic=0.6, hours=NIGHTOWL)
    simple_user(w, 'researcher', 60, 24, prompt_fn=research_prompt, hours=OFFICE, stacks=(('py_httpx', 5), ('chrome', 2), ('curl_linux', 1)),
                max_tokens=(4096, 8192, 16000), temp=(0, 0.2, None))
    simple_user(w, 'data-hobbyist', 35, 40, prompt_fn=lambda w_, r: hobby_prompt(w_, r) if r.random() < 0.7 else general_prompt(w_, r), hours=EVENING,
                stacks=(('py_httpx', 4), ('py_requests', 2), ('node', 1)), turns=(1, 2), max_tokens=(4096, 8192), temp=(0.9, 1.0, 1.2))
    simple_user(w, 'casual', 1250, 3, turns=(1, 4))
    simple_user(w, 'vpn-user', 200, 6, vpn=0.85, stacks=(('chrome', 3), ('firefox', 2), ('safari', 1), ('electron', 2), ('py_httpx', 1)))
    simple_user(w, 'writer', 110, 12, prompt_fn=writer_prompt, turns=(2, 6), stacks=(('electron', 3), ('chrome', 2), ('safari', 2)), max_tokens=(2048, 4096), temp=(0.9, 1.0))
    simple_user(w, 'mobile-app', 140, 6, stacks=(('ios_urlsession', 3), ('okhttp', 2)), ipv6=0.4, turns=(1, 3))
    md.append('- developer: 330 (25% behind Zscaler/Netskope/Palo Alto interception or curl-on-Windows / mobile-SDK-wrapper mismatches, 40% agentic tool use). '
              'power-user: 70 heavy night-owl users, long agentic threads. researcher: 60 step-by-step reasoning on GSM8K/Arena. data-hobbyist: 35 self-instruct '
              'style synthetic data requests. casual: 1250. vpn-user: 200. writer: 110. mobile-app: 140 (iOS/Android wrapper apps, some IPv6).')
    return md
