"""Distillation operations."""
from datetime import timedelta
from common import *
from personas import FREEMAIL, organic_prompt, casualize, browser_fp


def compose(rng, parts, sep=' '):
    out = [rng.choice(p) for p in parts]
    out = [x for x in out if x]
    return sep.join(out)


def cover(w, rng):
    return casualize(rng, organic_prompt(w, rng))


def scripted_times(w, rng, n, nsess=None, gap=(2, 25), lo=0.0, hi=None):
    """Batches of requests at machine pace."""
    nsess = nsess or rng.randint(2, 6)
    out = []
    per = max(1, n // nsess)
    for s in range(nsess):
        t = w.uniform_time(rng, lo, hi)
        for _ in range(per if s < nsess - 1 else n - per * (nsess - 1)):
            out.append(t)
            t = t + timedelta(seconds=rng.uniform(*gap))
    return out


def fits(w, t):
    return w.t0 <= t < w.t0 + timedelta(days=w.days)


# ------------------------------------------------------------------ A: sloppy fleet, CoT on maths
def op_fleet(w, n, cid):
    rng = random.Random(w.seed * 31 + 1)
    w.ops[cid] = ('Sloppy fleet harvesting chain-of-thought on maths word problems (GSM8K train): datacenter + VPN exits, '
                  'a few shared payment cards, burst sign-ups with disposable / look-alike domains, one scripted client stack, own CoT wording.')
    doms = ['gmaill.co', 'outlok-mail.net', 'tempbox.cc', 'mailnest.top', 'inboxkit.xyz', 'yah00.org']
    cards = [w.card() for _ in range(rng.randint(4, 7))]
    stack = 'py-aiohttp' if w.variant == 1 else 'go'
    ja4, ua = stack_fp(rng, stack)
    bursts = [w.t0 + timedelta(days=rng.uniform(-12, w.days * 0.4)) for _ in range(4)]
    exits = [w.N.ip('dc', rng) for _ in range(25)] + [w.N.ip('vpn', rng) for _ in range(25)]
    pool = list(w.C['gsm_tr'])
    rng.shuffle(pool)
    pi = 0
    A = ['Work through this', 'Reason it out', 'Go through the problem', 'Break the problem down', 'Solve this', 'Tackle this question']
    B = ['one step at a time', 'step-by-step', 'in small numbered steps', 'showing every intermediate calculation', 'with full working',
         'thinking aloud as you go']
    Cc = ['and then state the final number.', 'then give the answer on its own line.', 'and box the final result.', '.',
          'before concluding with "Final answer:".', 'and double-check the arithmetic at the end.']
    for i in range(n):
        b = rng.choice(bursts)
        created = b + timedelta(seconds=rng.uniform(0, 1800))
        sip = rng.choice(exits)
        acc = w.add_account('attack', 'cot-fleet', cid, created=created, email=rng.choice(doms), card=rng.choice(cards), signup_ip=sip,
                            country=rng.choice(['US', 'US', 'SG', 'NL', 'DE']), tier=rng.choice(['free', 'build']))
        key = w.key(acc)
        nreq = max(8, int(rng.gauss(40, 12)))
        lo = max(0.0, (created - w.t0).total_seconds() / 86400)
        for t in scripted_times(w, rng, nreq, lo=min(lo, w.days - 1)):
            if not fits(w, t):
                continue
            q = pool[pi % len(pool)]['question']; pi += 1
            if rng.random() < 0.1:
                q = rng.choice(pool[:pi])['question']  # occasional retry of an item
            p = compose(rng, [A, B, Cc]).replace(' .', '.')
            p = (p + '\n\n' + q) if rng.random() < 0.6 else (q + '\n\n' + p)
            w.emit(acc, t, rng.choice(exits), (ja4, ua), p, endpoint='/v1/chat/completions', model=rng.choice(['o4-mini', 'gpt-5', 'gpt-4.1']),
                   key=key, max_tokens=4096, temperature=0.7, stream=False, out_tok=rng.randint(250, 900), rng=rng)


# ------------------------------------------------------------------ B: careful, shared work queue, multi-turn
def op_careful(w, n, cid):
    rng = random.Random(w.seed * 31 + 2)
    w.ops[cid] = ('Careful operation: aged accounts, one card each, own residential addresses in many countries, browser or varied SDK '
                  'fingerprints (some randomised JA4), human-paced multi-turn threads; each account draws distinct items from one shared '
                  'pool (HumanEval, GPTeacher codegen, GSM8K test, Arena-Hard technical) with no repetition across the operation.')
    pool = [('code', x['prompt']) for x in w.C['he']] + [('code', gt_item(x)) for x in rng.sample(w.C['code'], 900)] + \
           [('math', x['question']) for x in rng.sample(w.C['gsm_te'], 700)] + [('code', x) for x in w.C['arena_code']]
    rng.shuffle(pool)
    qi = 0
    lead = {'code': ['', '', 'hey, ', 'Quick one: ', 'I\'m stuck on this. ', 'Could you help with this? '],
            'math': ['', '', 'Help me with this problem: ', 'My kid brought this home, ', 'Trying to check my answer: ']}
    fu = {'code': ['Why did you choose that approach over the obvious alternative?', 'what\'s the time complexity, and can it be better?',
                   'Could you write a few unit tests for it, including edge cases?', 'walk me through how it handles an empty input',
                   'Can you rewrite it without any imports and explain each line?', 'Now do it in Rust and point out the differences.',
                   'Is there a bug if the input is very large? think it through'],
          'math': ['How did you get the second step?', 'can you verify it a different way?', 'What if the numbers were doubled — walk through it again',
                   'explain it as you would to a 12 year old', 'Is there a faster mental-math way?']}
    for i in range(n):
        cc = wchoice(rng, CC_W)
        res = RES_BY_CC[cc]
        home = w.N.ip(res, rng)
        created = w.t0 - timedelta(days=rng.uniform(60, 420))
        acc = w.add_account('attack', 'quiet-queue', cid, created=created, email=rng.choice(FREEMAIL), card=w.card(),
                            signup_ip=w.N.ip(res, rng), country=cc, tier=rng.choice(['build', 'build', 'free']))
        r = rng.random()
        if r < 0.5:
            fp = browser_fp(rng)
        elif r < 0.75:
            fp = stack_fp(rng, rng.choice(['anthropic-py', 'openai-py', 'anthropic-node', 'openai-node', 'claude-cli']))
        else:
            fp = (random_ja4(rng), fill_ua(rng, rng.choice(STACKS['chrome'][1] + STACKS['firefox'][1])))
        ep = rng.choice(['/v1/messages', '/v1/chat/completions'])
        nthreads = max(3, int(rng.gauss(13, 4)))
        homes = [home, w.N.ip(res, rng)] if rng.random() < 0.4 else [home]
        for _ in range(nthreads):
            kind, item = pool[qi % len(pool)]; qi += 1
            t = w.human_time(TZ[cc], rng, peak=(9, 24))
            conv = w.conv()
            hist = 0
            p = rng.choice(lead[kind]) + item
            nt = rng.choice([1, 2, 2, 3, 3, 4])
            fus = rng.sample(fu[kind], min(nt - 1, len(fu[kind])))
            ip = rng.choice(homes)
            for k in range(nt):
                if not fits(w, t):
                    break
                hist += w.emit(acc, t, ip, fp, p, endpoint=ep, conv=conv, turn=k + 1, hist_tok=hist, stream=rng.random() < 0.7,
                               max_tokens=rng.choice([None, 4096, 8192]), temperature=None, rng=rng,
                               model=rng.choice(['claude-opus-4-1', 'claude-sonnet-4-5', 'gpt-5', 'o4-mini']) if k == 0 else None)
                t = t + timedelta(seconds=rng.lognormvariate(5, 0.8))
                if k < len(fus):
                    p = fus[k]
            if rng.random() < 0.25:
                w.emit(acc, w.human_time(TZ[cc], rng), ip, fp, cover(w, rng), endpoint=ep, conv=w.conv(), turn=1, stream=True, rng=rng)


# ------------------------------------------------------------------ C: sub-teams with cover traffic
def op_subteams(w, n, cid):
    rng = random.Random(w.seed * 31 + 3)
    w.ops[cid] = ('Operation in three sub-teams sharing one purpose (coding + agentic tool-use harvesting), each with its own client stack, '
                  'network and wording, each mixing 10-40% cover traffic. Team a: Go client from Hetzner/OVH, agentic toolformer tasks with '
                  'declared tools. Team b: Node undici via mobile-carrier proxies, GPTeacher codegen with explanation asks. Team c: Java/okhttp '
                  'via residential proxies, Arena-Hard technical + code-review asks.')
    teams = [('a', 'go', ['hetzner', 'ovh'], 'tool'), ('b', 'undici', ['mobile'], 'code'), ('c', 'java-okhttp', ['res_us', 'res_gb', 'res_de', 'res_in', 'res_br'], 'review')]
    sizes = [n // 3, n // 3, n - 2 * (n // 3)]
    tool_sets = [['wikipedia', 'calculator'], ['python_exec', 'web_search'], ['search', 'lookup', 'finish'], ['weather_api', 'calendar', 'calculator']]
    code_pool = list(w.C['code']); rng.shuffle(code_pool)
    tool_pool = list(w.C['tool']); rng.shuffle(tool_pool)
    ci = ti = 0
    wa = [['Use the tools as needed.', 'You may call tools.', 'Call whichever tool helps, then answer.', ''],
          ['Show the tool calls you make and your reasoning between them.', 'Narrate each decision before calling a tool.', 'Plan first, then act.']]
    wb = [['Implement this', 'Code this up', 'Write the solution for this', 'Give working code for this'],
          ['and explain the design choices in detail.', 'with a thorough explanation of how it works.', 'then justify each part.', 'plus a line-by-line commentary.']]
    wc = [['Review the request below as a senior engineer would.', 'Senior-engineer answer wanted.', 'Answer like a staff engineer at a big tech company.'],
          ['Be rigorous and reason through alternatives.', 'Consider trade-offs explicitly.', 'Lay out your thought process, then the final solution.']]
    for (tname, stack, nets, kind), size in zip(teams, sizes):
        card_pool = [w.card() for _ in range(max(3, size // 4))]
        wave = w.t0 - timedelta(days=rng.uniform(3, 40))
        cover_frac = rng.uniform(0.1, 0.4)
        for i in range(size):
            net = rng.choice(nets)
            cc = {'res_us': 'US', 'res_gb': 'GB', 'res_de': 'DE', 'res_in': 'IN', 'res_br': 'BR'}.get(net, rng.choice(['US', 'DE', 'IN', 'VN']))
            acc = w.add_account('attack', f'subteam-{tname}', cid, created=wave + timedelta(hours=rng.uniform(0, 24 * 10)),
                                email=rng.choice(FREEMAIL[:8]) if tname != 'a' else rng.choice(['devmail.io', 'gmail.com', 'pm.me']),
                                card=rng.choice(card_pool), signup_ip=w.N.ip(net, rng), country=cc, tier='build')
            fp = stack_fp(rng, stack)
            if tname == 'c' and rng.random() < 0.3:
                fp = (fp[0], 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36')
            nreq = max(10, int(rng.gauss(45, 15)))
            if tname == 'a':
                nreq = max(6, int(nreq / 2.4))
            ips = [w.N.ip(net, rng) for _ in range(rng.randint(2, 8))]
            ep = '/v1/messages' if tname == 'a' else '/v1/chat/completions'
            for j in range(nreq):
                t = w.human_time(TZ.get(cc, 0), rng, peak=(6, 26)) if tname != 'a' else w.uniform_time(rng)
                ip = rng.choice(ips)
                if rng.random() < cover_frac:
                    w.emit(acc, t, ip, fp, cover(w, rng), endpoint=ep, conv=w.conv(), turn=1, rng=rng)
                    continue
                if kind == 'tool':
                    x = tool_pool[ti % len(tool_pool)]; ti += 1
                    p = gt_item(x) + '\n\n' + compose(rng, wa)
                    tools = rng.choice(tool_sets)
                    conv = w.conv()
                    hist = 0
                    for k in range(rng.randint(1, 4)):
                        hist += w.emit(acc, t, ip, fp, p if k == 0 else '[tool_result] ' + rng.choice(['{"result": 42}', 'Paris', 'No results found.', '{"temp_c": 18}']),
                                       endpoint=ep, conv=conv, turn=k + 1, tools=tools, hist_tok=hist, max_tokens=8192,
                                       model='claude-sonnet-4-5', stream=False, rng=rng)
                        t = t + timedelta(seconds=rng.uniform(1, 6))
                elif kind == 'code':
                    x = code_pool[ci % len(code_pool)]; ci += 1
                    p = compose(rng, wb) + ':\n\n' + gt_item(x)
                    w.emit(acc, t, ip, fp, p, endpoint=ep, conv=w.conv(), turn=1, max_tokens=6000, model=rng.choice(['gpt-5', 'gpt-4.1']),
                           temperature=0.3, stream=True, rng=rng)
                else:
                    item = rng.choice(w.C['arena_code'] + [x['prompt'] for x in w.C['arena'][:200]])
                    p = compose(rng, wc) + '\n\n' + item
                    w.emit(acc, t, ip, fp, p, endpoint=ep, conv=w.conv(), turn=1, max_tokens=8000, model=rng.choice(['o4-mini', 'gpt-5']),
                           stream=True, rng=rng)


# ------------------------------------------------------------------ D: judge / rubric grading
def op_judge(w, n, cid):
    rng = random.Random(w.seed * 31 + 4)
    w.ops[cid] = ('Judge/rubric harvesting: asks the model to grade candidate answers (from GPTeacher, GSM8K solutions, HH dialogues) '
                  'against rubrics with scores and rationales; Anthropic Python SDK, VPN exits, cards shared by ~3 accounts, custom domains, trickle sign-ups.')
    rub = ['Rate the response from 1 to 10 on {a}, {b} and {c}. Give a short justification per criterion, then an overall score.',
           'You are grading model outputs. Criteria: {a}; {b}; {c}. Output JSON {{"scores": {{...}}, "rationale": "..."}}.',
           'Assess the candidate answer. For each of {a}, {b}, {c}: quote evidence, assign 0-5, explain. Finish with VERDICT: PASS or FAIL.',
           'Compare the answer with what an expert would write. Score {a} and {b} (1-7 Likert) and note any {c} issues.',
           'Act as a strict reviewer. Critique the answer step by step for {a} and {b}, then give a final grade A-F considering {c}.']
    crit = ['factual accuracy', 'helpfulness', 'harmlessness', 'reasoning quality', 'conciseness', 'instruction following', 'code correctness',
            'clarity', 'completeness', 'tone', 'mathematical validity']
    cards = []
    for i in range(n):
        if i % 3 == 0:
            cards.append(w.card())
        created = w.t0 - timedelta(days=rng.uniform(0, 70))
        dom = rng.choice(['qualitylabs.net', 'annot8.co', 'gradeworks.io', 'rateit.ai', 'gmail.com'])
        acc = w.add_account('attack', 'judge', cid, created=created, email=dom, card=cards[-1], signup_ip=w.N.ip('vpn', rng),
                            country=rng.choice(['US', 'GB', 'CA', 'SG']), tier='build')
        fp = stack_fp(rng, 'anthropic-py')
        exits = [w.N.ip('vpn', rng) for _ in range(rng.randint(2, 5))]
        nreq = max(8, int(rng.gauss(40, 10)))
        for t in scripted_times(w, rng, nreq, gap=(20, 240)):
            if not fits(w, t):
                continue
            if rng.random() < 0.12:
                w.emit(acc, t, rng.choice(exits), fp, cover(w, rng), conv=w.conv(), turn=1, rng=rng)
                continue
            src = rng.random()
            if src < 0.4:
                x = rng.choice(w.C['code'] + w.C['role']); q, a = gt_item(x), x['response']
            elif src < 0.7:
                x = rng.choice(w.C['gsm_tr']); q, a = x['question'], x['answer']
            else:
                d = rng.choice(w.C['hh']); q, a = d[0], rng.choice(GEN_RESP) + ' ' + rng.choice(w.C['koala'])[:200]
            a3 = rng.sample(crit, 3)
            r = rng.choice(rub).format(a=a3[0], b=a3[1], c=a3[2])
            layout = rng.random()
            if layout < 0.5:
                p = f'{r}\n\n[Question]\n{q}\n\n[Answer]\n{a}'
            else:
                p = f'### Prompt\n{q}\n### Response\n{a}\n### Task\n{r}'
            w.emit(acc, t, rng.choice(exits), fp, p, endpoint='/v1/messages', model=rng.choice(['claude-opus-4-1', 'claude-sonnet-4-5']),
                   max_tokens=2048, temperature=0, stream=False, out_tok=rng.randint(150, 700), rng=rng)


# ------------------------------------------------------------------ E: self-instruct bulk generation
def op_selfinstruct(w, n, cid):
    rng = random.Random(w.seed * 31 + 5)
    w.ops[cid] = ('Bulk instruction/response generation in self-instruct style (seed tasks as in-context examples, asks for N new tasks '
                  'with outputs); OpenAI Python SDK from many cloud regions, one card per account, sign-ups in two waves.')
    seeds = w.C['seed']
    heads = ['Invent {k} brand-new instructions for training an assistant.', 'Create {k} fresh, diverse tasks with ideal responses.',
             'Produce {k} instruction-output pairs covering different skills.', 'Generate a batch of {k} novel prompts and gold answers.']
    rules = ['Vary the verbs and the phrasing.', 'Mix open-ended, classification and editing tasks.', 'Keep each instruction to 1-2 sentences.',
             'Some tasks should need an input field; some should not.', 'Avoid tasks that need internet access or images.',
             'Responses should be complete and high quality.', 'Make about a third of them harder reasoning tasks.']
    fmt = ['Return JSON lines with keys instruction, input, output.', 'Use the format:\n###\nInstruction: ...\nInput: ...\nOutput: ...',
           'Number them 1..{k} and separate fields with |||.']
    waves = [w.t0 - timedelta(days=rng.uniform(5, 30)), w.t0 + timedelta(days=rng.uniform(1, w.days / 2))]
    for i in range(n):
        created = rng.choice(waves) + timedelta(hours=rng.uniform(0, 72))
        acc = w.add_account('attack', 'self-instruct', cid, created=created, email=rng.choice(FREEMAIL), card=w.card(),
                            signup_ip=w.N.ip(rng.choice(['aws', 'gcp', 'azure']), rng), country=wchoice(rng, CC_W), tier='build')
        fp = stack_fp(rng, 'openai-py')
        cloud = rng.choice(['aws', 'gcp', 'azure', 'do'])
        ips = [w.N.ip(cloud, rng) for _ in range(3)]
        lo = max(0.0, (created - w.t0).total_seconds() / 86400)
        nreq = max(8, int(rng.gauss(45, 12)))
        for t in scripted_times(w, rng, nreq, gap=(8, 60), lo=min(lo, w.days - 0.5)):
            if not fits(w, t):
                continue
            k = rng.choice([8, 10, 15, 20])
            ex = rng.sample(seeds, rng.randint(2, 4))
            exs = '\n'.join(f'{j + 1}. {e["instruction"]}' + (f' (input: {e["instances"][0]["input"][:80]})' if e['instances'][0]['input'] else '') for j, e in enumerate(ex))
            parts = [rng.choice(heads).format(k=k), ' '.join(rng.sample(rules, rng.randint(2, 4))),
                     'Examples of the kind of task we want:\n' + exs, rng.choice(fmt).format(k=k)]
            if rng.random() < 0.3:
                parts[1], parts[2] = parts[2], parts[1]
            w.emit(acc, t, rng.choice(ips), fp, '\n\n'.join(parts), endpoint='/v1/chat/completions', model=rng.choice(['gpt-4.1', 'gpt-5']),
                   max_tokens=3500, temperature=rng.choice([0.9, 1.0, 1.1]), stream=False, out_tok=rng.randint(1200, 3400), rng=rng)


# ------------------------------------------------------------------ F: capability taxonomy sweep
def op_taxonomy(w, n, cid):
    rng = random.Random(w.seed * 31 + 6)
    w.ops[cid] = ('Capability-taxonomy sweep: each request targets one cell of domain x skill x difficulty (a grid split across '
                  'accounts), asking for a hard question plus an expert worked answer; Rust/curl clients over datacenter IPv6 and IPv4.')
    domains = ['organic chemistry', 'contract law', 'thermodynamics', 'number theory', 'macroeconomics', 'molecular biology', 'compilers',
               'distributed systems', 'medieval history', 'linear algebra', 'probability', 'cryptography', 'epidemiology', 'music theory',
               'tax accounting', 'operating systems', 'game theory', 'geology', 'linguistics', 'pharmacology', 'control theory', 'databases']
    skills = ['multi-step deduction', 'counterfactual reasoning', 'error diagnosis', 'estimation', 'proof writing', 'explaining to a novice',
              'comparing two approaches', 'designing an experiment', 'debugging', 'summarising a debate']
    levels = ['undergraduate', 'graduate', 'expert', 'olympiad']
    cells = [(d, s, l) for d in domains for s in skills for l in levels]
    rng.shuffle(cells)
    forms = ['[{d} | {s} | {l}] Pose one challenging problem at this level and then solve it completely, showing all reasoning.',
             'Domain: {d}\nSkill: {s}\nLevel: {l}\nWrite a question that tests this skill, then an exemplary answer with detailed rationale.',
             'Give me a {l}-level {d} question requiring {s}. Then answer it as the world\'s best expert would, with your full chain of thought.',
             'taxonomy_node={d}/{s}/{l} :: generate item + reference solution + grading notes']
    stack_choice = ['rust', 'curl']
    ci = 0
    created0 = w.t0 - timedelta(days=rng.uniform(10, 50))
    for i in range(n):
        acc = w.add_account('attack', 'taxonomy-sweep', cid, created=created0 + timedelta(minutes=rng.uniform(0, 60 * 24 * 6)),
                            email=rng.choice(['outlook.com', 'gmail.com', 'proton.me', 'yandex.com']), card=w.card() if rng.random() < 0.6 else 'pm_' + h12(f'{w.seed}tx{i % 6}'),
                            signup_ip=w.N.ip('dc', rng), country=rng.choice(['US', 'DE', 'NL', 'HK', 'SG']), tier='build')
        fp = stack_fp(rng, rng.choice(stack_choice))
        form = rng.choice(forms)
        nreq = max(8, int(rng.gauss(40, 10)))
        six = rng.random() < 0.6
        ips = [w.N.ip('dc6' if six else 'dc', rng) for _ in range(2)]
        for t in scripted_times(w, rng, nreq, nsess=rng.randint(3, 8), gap=(10, 90)):
            if not fits(w, t):
                continue
            d, s, l = cells[ci % len(cells)]; ci += 1
            f2 = form if rng.random() < 0.8 else rng.choice(forms)
            w.emit(acc, t, rng.choice(ips), fp, f2.format(d=d, s=s, l=l), endpoint=rng.choice(['/v1/messages', '/v1/chat/completions']),
                   max_tokens=rng.choice([6000, 8000]), temperature=0.8, stream=False, out_tok=rng.randint(700, 2500), rng=rng)


# ------------------------------------------------------------------ G: bare items, high max_tokens, reasoning
def op_bare(w, n, cid):
    rng = random.Random(w.seed * 31 + 7)
    w.ops[cid] = ('Bare benchmark/problem items with no wrapper at all (GSM8K test, HumanEval, Arena-Hard), very high max_tokens and '
                  'reasoning models / extended thinking; looks like an eval harness but items never repeat across its unverified accounts; '
                  'cloud egress + OpenAI/Anthropic SDKs, round the clock.')
    pool = [x['question'] for x in w.C['gsm_te']] + [x['prompt'] for x in w.C['he']] + [x['prompt'] for x in w.C['arena']] + \
           [x['question'] for x in rng.sample(w.C['gsm_tr'], 1500)]
    rng.shuffle(pool)
    qi = 0
    for i in range(n):
        sname = rng.choice(['openai-py', 'anthropic-py', 'httpx'])
        cloud = rng.choice(['aws', 'gcp', 'azure', 'do', 'ovh'])
        acc = w.add_account('attack', 'bare-items', cid, created=w.t0 - timedelta(days=rng.uniform(1, 90)), email=rng.choice(FREEMAIL[:6] + ['research-mail.org']),
                            card=w.card(), signup_ip=w.N.ip(RES_BY_CC['US'], rng), country='US', tier=rng.choice(['build', 'scale']))
        fp = stack_fp(rng, sname)
        ep = '/v1/messages' if sname == 'anthropic-py' else '/v1/chat/completions'
        ips = [w.N.ip(cloud, rng)]
        nreq = max(8, int(rng.gauss(40, 14)))
        t = w.uniform_time(rng, 0, w.days * 0.3)
        for j in range(nreq):
            t = t + timedelta(seconds=rng.expovariate(1 / (w.days * 86400 * 0.6 / nreq)))
            if not fits(w, t):
                break
            q = pool[qi % len(pool)]; qi += 1
            model = rng.choice(['claude-opus-4-1', 'claude-sonnet-4-5']) if ep == '/v1/messages' else rng.choice(['o4-mini', 'gpt-5'])
            w.emit(acc, t, ips[0], fp, q, endpoint=ep, model=model, max_tokens=rng.choice([32000, 32768, 64000]), temperature=1.0,
                   stream=rng.random() < 0.5, reasoning=int(rng.lognormvariate(8.2, 0.6)), out_tok=rng.randint(400, 2500), rng=rng)


# ------------------------------------------------------------------ H (variant 2): classroom mimic
def op_classmimic(w, n, cid):
    rng = random.Random(w.seed * 31 + 8)
    w.ops[cid] = ('Classroom mimicry: accounts on look-alike student e-mail domains share a "homework" wrapper like a class does, '
                  'but each draws distinct GSM8K-train/HumanEval items (never a shared assignment), no deadline bursts, residential proxies '
                  'in several countries, browser fingerprints, follow-up asking for fuller reasoning.')
    wraps = ['Assignment {hw} (Quant Methods). Show all working so I can learn the method:\n\n{q}',
             'Problem set {hw} — explain every step in detail like my TA would:\n\n{q}']
    pool = [x['question'] for x in w.C['gsm_tr'][3000:]] + [x['prompt'] for x in w.C['he']]
    rng.shuffle(pool)
    qi = 0
    for i in range(n):
        cc = rng.choice(['US', 'CA', 'GB', 'IN', 'VN'])
        acc = w.add_account('attack', 'class-mimic', cid, created=w.t0 - timedelta(days=rng.uniform(5, 60)),
                            email=rng.choice(['students-state.edu.co', 'stud-college.org', 'mail.campus-edu.net']), card=None,
                            signup_ip=w.N.ip(RES_BY_CC[cc], rng), country=cc, tier='free')
        fp = browser_fp(rng)
        nthr = max(6, int(rng.gauss(18, 5)))
        for _ in range(nthr):
            t = w.human_time(TZ[cc], rng, peak=(10, 26))
            q = pool[qi % len(pool)]; qi += 1
            conv = w.conv()
            p = rng.choice(wraps).format(hw=rng.randint(1, 9), q=q)
            hist = 0
            for k in range(rng.choice([1, 2, 2, 3])):
                if not fits(w, t):
                    break
                hist += w.emit(acc, t, w.N.ip(RES_BY_CC[cc], rng), fp, p, endpoint='/v1/chat/completions', conv=conv, turn=k + 1,
                               hist_tok=hist, stream=True, max_tokens=4096, rng=rng)
                p = rng.choice(['can you go through that in even more detail?', 'explain your reasoning for each step again, more carefully',
                                'show an alternative method too', 'why is that step valid?'])
                t = t + timedelta(seconds=rng.uniform(40, 300))


def attacks_all(w):
    s = w.seed
    c = lambda name: f'op-{name}-{h12(str(s) + name)[:6]}'
    if w.variant == 1:
        op_fleet(w, 120, c('fleet'))
        op_careful(w, 90, c('queue'))
        op_subteams(w, 150, c('teams'))
        op_judge(w, 70, c('judge'))
        op_selfinstruct(w, 60, c('selfinst'))
        op_taxonomy(w, 55, c('taxo'))
        op_bare(w, 55, c('bare'))
    else:
        op_fleet(w, 100, c('fleet'))
        op_careful(w, 100, c('queue'))
        op_subteams(w, 140, c('teams'))
        op_judge(w, 60, c('judge'))
        op_selfinstruct(w, 55, c('selfinst'))
        op_taxonomy(w, 50, c('taxo'))
        op_bare(w, 50, c('bare'))
        op_classmimic(w, 45, c('classmimic'))
