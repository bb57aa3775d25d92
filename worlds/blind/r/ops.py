"""Distillation operations. Each operation has its own infrastructure habits and its own wording."""
import math

from common import Client, STACKS, BROWSERS, random_ja4, instr_text, h, tok
from wording import pick, maybe, join

DAY = 86400.0

DISPOSABLE = ['tempmail.plus', 'mailnesia.com', 'dropmail.me', 'guerrillamailblock.com', 'sharklasers.com', 'yopmail.net',
              'mail.tm', 'inboxkitten.com']
LOOKALIKE = ['gmaill.com', 'gmai1.com', 'outlok.com', 'protonmal.com', 'hotmial.com', 'yaho0.com', 'icloud-mail.com', 'gmx-mail.net']


def _nm(gen_rng):
    return gen_rng


def attack_account(w, rng, campaign, persona, created, email, cc, tier='build', pay='new', signup_ip=None, org=None, nkeys=1):
    a = w.account(persona, created, email, cc, tier=tier, org=org, pay=pay, signup_ip=signup_ip, verified=False, label='attack',
                  campaign=campaign, nkeys=nkeys, rng=rng)
    return a


def deal(rng, pool, nacct, per):
    """distinct items dealt out across accounts (no repeats across the operation while the pool lasts)"""
    pool = pool[:]
    rng.shuffle(pool)
    out, k = [], 0
    for i in range(nacct):
        m = per[i]
        out.append([pool[(k + j) % len(pool)] for j in range(m)])
        k += m
    return out


def split_counts(rng, n, mean, spread=0.5, lo=5):
    return [max(lo, int(rng.lognormvariate(math.log(mean), spread))) for _ in range(n)]


def gsm_q(x):
    return x['question']


# =========================================================================== ALPHA

# --- kestrel: sloppy CoT fleet
KESTREL_A = ['Solve the following problem.', 'Work out this problem.', 'Here is a problem for you.', 'Problem:', 'Task:',
             'Please solve:', 'Answer the question below.']
KESTREL_B = ['Show every intermediate step of your reasoning in detail before giving the answer.',
             'Explain your full chain of thought, numbering each reasoning step.',
             'Write out your complete reasoning process step by step, do not skip any step.',
             'Reason step-by-step and make all of your thinking explicit.',
             'Think through it carefully and verbalize each inference you make.']
KESTREL_C = ['Finish with "Final answer: <answer>".', 'Put the final result on the last line after "ANSWER:".',
             'End with the final answer in bold.', 'Conclude with a single line: Result = ...', '']


def kestrel_prompt(rng, item):
    parts = [pick(rng, KESTREL_A), item, pick(rng, KESTREL_B), pick(rng, KESTREL_C)]
    if rng.random() < 0.5:
        parts = [parts[0], parts[2], item, parts[3]]
    return '\n\n'.join(p for p in parts if p)


def op_kestrel(w, n=140, mean=35):
    rng = w.rng
    C = w.C
    camp = 'op-kestrel'
    cards = [w.card(rng) for _ in range(5)]
    bursts = [w.S - 2 * DAY + rng.uniform(0, 3600), w.S - 1 * DAY + rng.uniform(0, 3600), w.S + 4 * DAY + rng.uniform(0, 3600)]
    proxies = [w.net.from_list(rng, 'dc') for _ in range(30)] + [w.net.from_list(rng, 'vpn') for _ in range(20)]
    pool = [gsm_q(x) for x in C.gsm_train] + [a['prompt'] for a in C.arena_other if len(a['prompt']) < 1500]
    cl_base = Client(rng, 'python-httpx')
    for i in range(n):
        b = bursts[i % 3] if rng.random() < 0.9 else rng.choice(bursts)
        created = b + rng.uniform(0, 40 * 60)
        email = pick(rng, DISPOSABLE) if rng.random() < 0.55 else pick(rng, LOOKALIKE)
        cc = pick(rng, ['US', 'US', 'GB', 'DE', 'CA', 'SG', 'NL'])
        a = attack_account(w, rng, camp, 'sloppy-fleet', created, email, cc, pay=pick(rng, cards), signup_ip=pick(rng, proxies),
                           tier='build')
        # most accounts spoof the SDK UA, the TLS stack is httpx for all of them
        cl = Client(rng, 'python-httpx') if rng.random() < 0.4 else Client(rng, 'openai-python')
        cl.ja4 = cl_base.ja4
        myprox = rng.sample(proxies, rng.randint(2, 6))
        nreq = max(8, int(rng.gauss(mean, 10)))
        t = max(w.S, created + rng.uniform(600, 3 * DAY))
        model = pick(rng, ['orion-4-think', 'orion-4-think', 'orion-4'])
        for k in range(nreq):
            if t >= w.E:
                break
            item = pick(rng, pool)
            rec = w.emit(a, t, pick(rng, myprox), cl, '/v1/chat/completions', model, kestrel_prompt(rng, item), kind='cot',
                         max_tokens=4096, temp=pick(rng, [0.7, 1.0]), stream=False, think=7.4 if model.endswith('think') else None,
                         rl=0.04)
            # scripted: bursts of back-to-back calls, then a pause
            t += rec['latency_ms'] / 1000 + (rng.uniform(0.5, 6) if rng.random() < 0.8 else rng.uniform(1800, 9 * 3600))
    w.notes.append('- op-kestrel (sloppy-fleet, %d accts): CoT/step-by-step harvest over gsm8k-train + arena-hard; 3 sign-up bursts, '
                   'disposable and look-alike e-mail, 5 shared cards, datacenter+VPN proxy pool, one httpx TLS stack (UA half spoofed to OpenAI SDK), '
                   'round-the-clock script bursts.' % n)


# --- heron: careful, aged accounts, human-paced coding threads, shared work queue
HERON_OPEN = ['I\'m trying to get better at this kind of problem.', 'Practicing for interviews -', 'Could you help me with this one?',
              'Been stuck on this for a while.', 'Here\'s a function I need to write.', 'For a project I need the following.',
              'Hi, a coding question.', '']
HERON_ASK = ['Can you write a clean solution and explain the approach?', 'What would a good implementation look like, and why?',
             'Please solve it and walk me through the reasoning.', 'How would you approach this? Code + explanation please.',
             'Write it in idiomatic Python and tell me how you thought about it.', 'I\'d like a correct solution with a short rationale.']
HERON_FOLLOW = ['Thanks. What\'s the time complexity, and could it be improved?', 'Can you add a few tests that cover edge cases?',
                'How would you explain the key insight to a beginner?', 'Is there an alternative approach? Compare the two.',
                'What happens with empty input? Please handle it.', 'Could you rewrite it without using any imports?',
                'Nice. Can you go through it line by line?', 'Are there inputs where this would be slow?']


def op_heron(w, n=110, mean=42):
    rng = w.rng
    C = w.C
    camp = 'op-heron'
    from gen import CONSUMER_MAIL, CC_TZ
    pool = [('he', x['prompt']) for x in C.humaneval] + [('cg', instr_text(x)) for x in C.codegen] + \
           [('ar', a['prompt']) for a in C.arena_code]
    per_acct = split_counts(rng, n, mean * 0.38, 0.35, lo=5)  # first turns only; follow-ups add the rest
    queues = deal(rng, pool, n, per_acct)
    for i in range(n):
        cc = pick(rng, ['US', 'US', 'US', 'GB', 'DE', 'CA', 'AU'])
        created = w.S - rng.uniform(90, 300) * DAY
        a = attack_account(w, rng, camp, 'careful-aged', created, pick(rng, CONSUMER_MAIL[cc]), cc, pay='new',
                           signup_ip=w.net.resi(rng, cc), tier=pick(rng, ['build', 'build', 'free']))
        if a['tier'] == 'free':
            a['payment_fingerprint'] = None
        tz = pick(rng, CC_TZ[cc])
        # randomised client per account: browsers mostly, sometimes random TLS
        st = pick(rng, BROWSERS + ['openai-python', 'anthropic-python'])
        cl = Client(rng, st)
        if rng.random() < 0.3:
            cl.ja4 = random_ja4(rng)
        ep = w.endpoint_for(rng, st)
        home = w.net.resi(rng, cc)
        mob = w.net.mobile(rng, cc if cc == 'US' else 'US') if cc == 'US' else w.net.resi(rng, cc)
        ipf = lambda home=home, mob=mob: home if rng.random() < 0.85 else mob
        model = pick(rng, ['orion-4', 'orion-4-think'])
        for kind, item in queues[i]:
            first = join(pick(rng, HERON_OPEN), ' ' if rng.random() < 0.5 else '\n\n', item.strip(), '\n\n', pick(rng, HERON_ASK))
            turns = [first] + rng.sample(HERON_FOLLOW, rng.choice([0, 1, 1, 2, 2, 3]))
            w.thread(a, w.t_local(rng, tz, pick(rng, ['work', 'eve'])), turns, ipf, cl, ep, model, gap=(90, 1500), kinds='code',
                     conv_p=0.85, temp=pick(rng, [None, 0.7, 1.0]), stream=st in BROWSERS,
                     max_tokens=pick(rng, [4096, 8192]), think=7.0 if model.endswith('think') else None)
    w.notes.append('- op-heron (careful-aged, %d accts): accounts aged 3-10 months, one card and residential IP each, browsers/SDK with some '
                   'randomised TLS, human-paced multi-turn coding threads with follow-ups; items dealt without repetition from one pool of '
                   'HumanEval + GPTeacher-codegen + arena-hard coding prompts.' % n)


# --- lynx: sub-teams, agentic / tool-use harvest + cover traffic
LYNX_TOOLSETS = [['web_search', 'python_exec', 'calculator'], ['search', 'fetch_url', 'run_python', 'write_file'],
                 ['wikipedia', 'wolfram', 'weather', 'news'], ['shell', 'read_file', 'write_file', 'http_request']]
LYNX_FRAMES = [
    'You have access to tools. Decide which tool to call, with what arguments, and explain why, then give the final answer.\n\n{t}',
    'Act as an agent. Plan your steps, call tools as needed (show each call and its expected output), and finish with a summary.\n{t}',
    '{t}\n\nUse the available functions. Think aloud about each call before you make it.',
    'Goal: {t}\nConstraints: you may call tools several times. Report your plan first.',
]


def lynx_item(rng, C):
    r = rng.random()
    if r < 0.55:
        x = pick(rng, C.toolformer)
        body = x['instruction'].split('\n')[-1] + ('\n' + x['input'] if x.get('input') else '')
    elif r < 0.85:
        body = instr_text(pick(rng, C.codegen))
    else:
        body = pick(rng, C.arena_code)['prompt']
    return pick(rng, LYNX_FRAMES).format(t=body)


def cover_prompt(rng, C):
    r = rng.random()
    if r < 0.4:
        return pick(rng, C.koala + C.vicuna)
    if r < 0.7:
        return pick(rng, C.hh)[0]
    return pick(rng, C.mtbench)['turns'][0]


def op_lynx(w, n=150, mean=45):
    rng = w.rng
    C = w.C
    camp = 'op-lynx'
    from gen import CONSUMER_MAIL
    teams = [
        dict(name='node-hosting', n=n // 3, stack='node-undici', ips=lambda: w.net.in_asn(rng, pick(rng, [24940, 16276])),
             cover=0.15, ep='/v1/chat/completions', tz=2),
        dict(name='go-resi', n=n // 3, stack='go-http', ips=lambda: w.net.resi(rng, pick(rng, ['US', 'GB', 'DE', 'FR', 'KR', 'MX', 'CO'])),
             cover=0.3, ep='/v1/messages', tz=8),
        dict(name='sdk-mobile', n=n - 2 * (n // 3), stack='anthropic-python', ips=lambda: w.net.mobile(rng, pick(rng, ['US', 'IN', 'PL'])),
             cover=0.4, ep='/v1/messages', tz=-5),
    ]
    for tm in teams:
        card_pool = [w.card(rng) for _ in range(max(3, tm['n'] // 6))]
        dom = pick(rng, ['proton.me', 'outlook.com', 'gmail.com'])
        for i in range(tm['n']):
            created = w.S - rng.uniform(5, 40) * DAY
            a = attack_account(w, rng, camp, 'subteam-' + tm['name'], created, dom if rng.random() < 0.6 else pick(rng, CONSUMER_MAIL['US']),
                               pick(rng, ['US', 'GB', 'DE']), pay=pick(rng, card_pool), signup_ip=tm['ips']())
            cl = Client(rng, tm['stack'])
            myips = [tm['ips']() for _ in range(rng.randint(1, 4))]
            tools = pick(rng, LYNX_TOOLSETS)
            nreq = max(10, int(rng.gauss(mean, 12)))
            done = 0
            while done < nreq:
                t0 = w.t_local(rng, tm['tz'], pick(rng, ['work', 'flat']))
                if rng.random() < tm['cover']:
                    recs = w.thread(a, t0, [cover_prompt(rng, C)], pick(rng, myips), cl, tm['ep'], 'orion-4-mini', kinds='chat',
                                    max_tokens=1024, temp=0.7, stream=False, conv_p=0.2)
                else:
                    L = rng.choice([1, 1, 2, 3, 4])
                    turns = [lynx_item(rng, C)] + ['Tool output: ' + pick(rng, ['{"status": "ok", "rows": 12}', 'HTTP 200, 3.2kB of JSON',
                                                                                  'exit code 0', 'timeout after 30s', '42.0', '[]'])
                                                   for _ in range(L - 1)]
                    recs = w.thread(a, t0, turns, pick(rng, myips), cl, tm['ep'], 'orion-4-think', gap=(1, 8), tools=tools,
                                    kinds=['agent'] + ['tool'] * (L - 1), max_tokens=16000, think=7.6, temp=1.0, stream=True, conv_p=0.6,
                                    rl=0.02)
                done += len(recs)
    w.notes.append('- op-lynx (%d accts, 3 sub-teams): agentic/tool-use and coding harvest (GPTeacher toolformer + codegen + arena coding) with '
                   'tool_names, plus 15/30/40%% cover traffic; team node-hosting = node/undici on Hetzner/OVH, go-resi = Go net/http via '
                   'residential proxies in many countries, sdk-mobile = Anthropic Python SDK on mobile-carrier IPs; cards shared within a team.' % n)


# --- marten: rubric judge harvest
MARTEN_RUBRICS = [
    'Criteria: correctness (0-4), completeness (0-3), clarity (0-3).', 'Use this rubric: 5 = fully correct and well explained; '
    '3 = minor errors; 1 = wrong.', 'Grade on accuracy, reasoning quality and presentation, each out of 10.',
    'Rubric: (a) final answer right? (b) each step valid? (c) any unnecessary steps?']
MARTEN_OUT = ['Give a detailed critique, then the score as JSON {"score": n, "rationale": "..."}.',
              'Explain every deduction you make, then output the total.', 'First critique step by step, then state the grade on its own line.',
              'Return: critique paragraph, list of errors, numeric grade.']


def perturb_answer(rng, ans):
    ans = ans.replace('<<', '').replace('>>', ' ')
    if rng.random() < 0.4:
        import re
        nums = re.findall(r'\d+', ans)
        if nums:
            x = pick(rng, nums)
            ans = ans.replace(x, str(int(x) + rng.randint(1, 9)), 1)
    return ans


def op_marten(w, n=90, mean=40):
    rng = w.rng
    C = w.C
    camp = 'op-marten'
    domains = ['%s%s.%s' % (pick(rng, ['nova', 'ridge', 'blue', 'kite', 'sol', 'arc', 'iron']), pick(rng, ['labs', 'data', 'works', 'ai', 'hq']),
                            pick(rng, ['com', 'io', 'xyz', 'net'])) for _ in range(12)]
    cards = [w.card(rng) for _ in range(n // 3)]
    for i in range(n):
        created = w.S - 8 * DAY + rng.uniform(0, 7 * DAY)
        asn = pick(rng, [31898, 8075])
        a = attack_account(w, rng, camp, 'judge-harvest', created, pick(rng, domains), pick(rng, ['US', 'SG', 'IN']),
                           pay=cards[i // 3 if i // 3 < len(cards) else -1], signup_ip=w.net.in_asn(rng, asn))
        cl = Client(rng, 'openai-node')
        ip = w.net.in_asn(rng, asn)
        nreq = max(10, int(rng.gauss(mean, 9)))
        sysp = pick(rng, [None, 'You are a meticulous grader.', 'You are an expert evaluator of solutions.'])
        t = w.S + rng.uniform(0, 2 * DAY)
        for _ in range(nreq):
            if rng.random() < 0.55:
                x = pick(rng, C.gsm_train)
                q, ans = x['question'], perturb_answer(rng, x['answer'])
            else:
                x = pick(rng, C.codegen + C.roleplay)
                q, ans = instr_text(x), x['response']
            p = '%s\n\n%s\n\n%s\n%s\n\n%s\n%s' % (pick(rng, ['Evaluate the answer below.', 'You will grade a response.', 'Assess this solution.']),
                                                pick(rng, MARTEN_RUBRICS), pick(rng, ['QUESTION:', 'Prompt:', '### Question']), q,
                                                pick(rng, ['ANSWER TO GRADE:', 'Response:', '### Candidate']), ans[:1600]) + '\n\n' + pick(rng, MARTEN_OUT)
            rec = w.emit(a, t, ip, cl, '/v1/chat/completions', 'orion-4-think', p, system=sysp, kind='judge', max_tokens=2048, temp=0.0,
                         stream=False, think=6.8)
            t += rng.expovariate(1 / (6 * 3600)) + 20
            if t >= w.E:
                break
    w.notes.append('- op-marten (judge-harvest, %d accts): rubric grading / critique of gsm8k worked answers (some with planted numeric errors) '
                   'and GPTeacher responses; Oracle/Azure cloud IPs, openai-node, 12 small custom domains, one card per 3 accounts, '
                   'temperature 0, steady drip.' % n)


# --- osprey: bare items, extended reasoning
def op_osprey(w, n=70, mean=30):
    rng = w.rng
    C = w.C
    camp = 'op-osprey'
    from gen import CONSUMER_MAIL
    pool = [gsm_q(x) for x in C.gsm_test] + [x['prompt'] for x in C.humaneval] + [a['prompt'] for a in C.arena if 'Math' in a['cluster'] or 'Algebra' in a['cluster']]
    for i in range(n):
        cc = pick(rng, ['US', 'DE', 'NL', 'GB'])
        a = attack_account(w, rng, camp, 'bare-reasoning', w.S - rng.uniform(10, 60) * DAY, pick(rng, CONSUMER_MAIL['US'] + ['proton.me'] * 3),
                           cc, pay='new', signup_ip=w.net.from_list(rng, 'vpn'))
        st = pick(rng, ['anthropic-python', 'anthropic-node', 'curl'])
        cl = Client(rng, st)
        vpn = [w.net.from_list(rng, 'vpn') for _ in range(rng.randint(1, 3))]
        nreq = max(5, int(rng.gauss(mean, 8)))
        t = rng.uniform(w.S, w.S + 3 * DAY)
        for _ in range(nreq):
            item = pick(rng, pool).strip()
            rec = w.emit(a, t, pick(rng, vpn), cl, '/v1/messages', 'orion-4-think', item, kind='long', max_tokens=pick(rng, [32000, 64000]),
                         temp=1.0, stream=True, think=9.0)
            t += rng.uniform(600, 14 * 3600)
            if t >= w.E:
                break
    w.notes.append('- op-osprey (bare-reasoning, %d accts): bare benchmark-like items (gsm8k-test, HumanEval, arena maths) with no wrapper, '
                   'max_tokens 32k-64k, extended thinking, Anthropic endpoint, VPN exits, one card each.' % n)


# --- wren: self-instruct bulk generation
WREN_INTRO = ['We are assembling a broad instruction-following corpus.', 'I need fresh, diverse task/answer pairs.',
              'Produce new training-style examples.', 'Brainstorm a batch of varied user requests with ideal replies.']
WREN_RULES = ['Vary the verbs and the task types (classification, rewriting, open QA, extraction, brainstorming).',
              'Mix questions and imperatives; avoid repeating topics.', 'Each instruction 1-2 sentences; give an input when useful, else "<none>".',
              'Replies should be high quality and under 120 words.', 'Cover domains from cooking to law to programming.']
WREN_FMT = ['Return a JSON array of objects with keys instruction, input, output.', 'Number them 1..N, with Instruction/Input/Output lines.',
            'Output JSONL, one object per line.']


def op_wren(w, n=40, mean=50):
    rng = w.rng
    C = w.C
    camp = 'op-wren'
    from gen import CONSUMER_MAIL
    for i in range(n):
        cc = pick(rng, ['US', 'IN', 'GB'])
        a = attack_account(w, rng, camp, 'bulk-generator', w.S - rng.uniform(1, 30) * DAY, pick(rng, CONSUMER_MAIL[cc]), cc,
                           pay='new', signup_ip=w.net.resi(rng, cc))
        cl = Client(rng, pick(rng, ['python-requests', 'aiohttp', 'openai-python', 'reqwest']))
        ip = w.net.in_asn(rng, pick(rng, [14061, 20473, 16509]))
        nreq = max(10, int(rng.gauss(mean, 12)))
        t = rng.uniform(w.S, w.E - 5 * DAY)
        for _ in range(nreq):
            seeds = rng.sample(C.seed_tasks, rng.randint(2, 4))
            ex = '\n'.join('- %s%s' % (s['instruction'], (' | input: ' + s['instances'][0]['input']) if s['instances'][0]['input'] else '')
                           for s in seeds)
            N = pick(rng, [15, 20, 25, 30])
            p = '%s Write %d new examples.\n%s\n%s\nExamples of the style:\n%s\n%s' % (
                pick(rng, WREN_INTRO), N, pick(rng, WREN_RULES), pick(rng, WREN_RULES), ex, pick(rng, WREN_FMT))
            rec = w.emit(a, t, ip, cl, '/v1/chat/completions', pick(rng, ['orion-4', 'orion-4']), p, kind='bulk', max_tokens=8192,
                         temp=pick(rng, [1.0, 1.1]), stream=False)
            t += rng.uniform(30, 3 * 3600)
            if t >= w.E:
                break
    w.notes.append('- op-wren (bulk-generator, %d accts): self-instruct style bulk generation seeded with self-instruct seed tasks, '
                   'own phrasing, 15-30 examples per request, from VPS/cloud IPs, residential sign-up, one card each.' % n)


def run_alpha(w):
    op_kestrel(w)
    op_heron(w)
    op_lynx(w)
    op_marten(w)
    op_osprey(w)
    op_wren(w)


# =========================================================================== BETA

SABLE_SKILLS = ['causal reasoning', 'multi-step arithmetic', 'code synthesis', 'code repair', 'formal logic', 'summarization',
                'persuasive writing', 'commonsense QA', 'data wrangling', 'translation', 'planning', 'ethical judgement',
                'spatial reasoning', 'long-form explanation', 'SQL generation', 'regex construction']


def op_sable(w, n=120, mean=45):
    """capability-taxonomy sweep: each request tagged by skill/level; items drawn per category"""
    rng = w.rng
    C = w.C
    camp = 'op-sable'
    orgs = ['org_' + h('sable%d%d' % (k, w.seed), 10) for k in range(3)]
    cards = [w.card(rng) for _ in range(3)]
    by_cluster = {}
    for a_ in C.arena:
        by_cluster.setdefault(a_['cluster'], []).append(a_['prompt'])
    clusters = sorted(by_cluster)
    mt_cat = {}
    for m in C.mtbench:
        mt_cat.setdefault(m['category'], []).append(m['turns'][0])
    for i in range(n):
        k = i % 3
        created = w.S - 20 * DAY + k * 3 * DAY + rng.uniform(0, 1800)
        a = attack_account(w, rng, camp, 'taxonomy-sweep', created, pick(rng, ['evalmetrics.io', 'benchgrid.ai', 'skillmap.dev'])
                           if rng.random() < 0.7 else 'gmail.com', 'US', pay=cards[k], org=orgs[k], tier='scale',
                           signup_ip=w.net.in_asn(rng, 16509))
        cl = Client(rng, 'go-http')
        ips = [w.net.in_asn(rng, 16509) for _ in range(2)]
        nreq = max(12, int(rng.gauss(mean, 10)))
        # each account sweeps a slice of the taxonomy
        mycl = rng.sample(clusters, 12)
        t = rng.uniform(w.S, w.S + 2 * DAY)
        for j in range(nreq):
            lvl = 1 + j % 5
            if rng.random() < 0.6:
                c = mycl[j % len(mycl)]
                item = pick(rng, by_cluster[c])
                tag = c
            else:
                cat = pick(rng, sorted(mt_cat))
                item = pick(rng, mt_cat[cat])
                tag = cat
            skill = pick(rng, SABLE_SKILLS)
            hdr = pick(rng, ['[domain=%s][skill=%s][level=%d/5]', 'category: %s | ability: %s | difficulty %d',
                             '## Probe — %s / %s (tier %d)'])
            p = (hdr % (tag, skill, lvl)) + '\n' + item + '\n' + pick(rng, ['Respond at expert level and show how you reached it.',
                                                                        'Give your best complete answer, including reasoning.',
                                                                        'Answer fully; explain key decisions.'])
            rec = w.emit(a, t, pick(rng, ips), cl, '/v1/chat/completions', pick(rng, ['orion-4-think', 'orion-4']), p, kind='cot',
                         max_tokens=8192, temp=0.8, stream=False, think=7.5, rl=0.01)
            t += rng.uniform(60, 8 * 3600)
            if t >= w.E:
                break
    w.notes.append('- op-sable (taxonomy-sweep, %d accts): capability sweep across arena-hard clusters and MT-bench categories with '
                   'skill/level headers; three unverified orgs (one card each), AWS egress, Go net/http.' % n)


TERN_OPEN = ['My kid brought this home and I want to be sure I explain it right:', 'Quick math check:', 'How would you solve this?',
             'I keep getting a different answer than the book.', 'Can you help me understand this word problem?', 'Puzzle from work chat:', '']
TERN_ASK = ['Please walk through it carefully.', 'What is the answer and how do you get there?', 'Could you explain each step?',
            'Explain it so I can teach it.', '']
TERN_FOLLOW = ['Could you double-check the second step?', 'Is there a faster way to see it?', 'What if the numbers were doubled?',
               'Why do we subtract there and not add?', 'Can you verify by working backwards?', 'Explain it once more, slower.']


def op_tern(w, n=100, mean=40):
    rng = w.rng
    C = w.C
    camp = 'op-tern'
    from gen import CONSUMER_MAIL, CC_TZ
    per = split_counts(rng, n, mean * 0.47, 0.35, lo=5)
    queues = deal(rng, [x['question'] for x in C.gsm_train], n, per)
    for i in range(n):
        cc = pick(rng, ['US', 'US', 'CA', 'GB', 'AU', 'IN'])
        a = attack_account(w, rng, camp, 'careful-aged', w.S - rng.uniform(60, 400) * DAY, pick(rng, CONSUMER_MAIL[cc]), cc, pay='new',
                           signup_ip=w.net.resi(rng, cc), tier=pick(rng, ['build', 'free', 'build']))
        if a['tier'] == 'free':
            a['payment_fingerprint'] = None
        tz = pick(rng, CC_TZ[cc])
        st = pick(rng, BROWSERS + ['openai-python', 'ios-app'])
        cl = Client(rng, st)
        if rng.random() < 0.4:
            cl.ja4 = random_ja4(rng)
        if rng.random() < 0.3:
            cl.uas = [pick(rng, STACKS[pick(rng, BROWSERS)][1])]
        ep = w.endpoint_for(rng, st)
        home = w.net.resi(rng, cc)
        mob = w.net.mobile(rng, cc if cc in ('US', 'IN') else 'US')
        for q in queues[i]:
            first = join(pick(rng, TERN_OPEN), '\n' if rng.random() < 0.5 else ' ', q, ' ', pick(rng, TERN_ASK))
            turns = [first] + rng.sample(TERN_FOLLOW, rng.choice([0, 1, 1, 2]))
            w.thread(a, w.t_local(rng, tz, pick(rng, ['eve', 'work'])), turns, lambda: home if rng.random() < 0.8 else mob, cl, ep,
                     pick(rng, ['orion-4', 'orion-4-think']), gap=(60, 1800), kinds='math', conv_p=0.8, temp=pick(rng, [None, 1.0]),
                     stream=True, max_tokens=pick(rng, [None, 4096]) if ep.endswith('completions') else 4096, think=6.6)
    w.notes.append('- op-tern (careful-aged, %d accts): aged accounts with own cards and residential/mobile IPs, browser/app stacks with '
                   'randomised TLS and UA, parent/teacher-sounding multi-turn maths threads; gsm8k-train items dealt without repetition.' % n)


GANNET_FR = ['toolformer-style trace wanted. Tools: {tools}.\nTask: {t}\nWrite the tool calls you would make, inline, then the final output.',
             'Given tools [{tools}], produce the exact call sequence for: {t}', 'USING TOOLS ({tools}) -> {t}\nShow calls + reasoning.']


def op_gannet(w, n=130, mean=40):
    rng = w.rng
    C = w.C
    camp = 'op-gannet'
    cards = [w.card(rng) for _ in range(3)]
    bursts = [w.S + rng.uniform(0, 1) * DAY, w.S + 5 * DAY + rng.uniform(0, DAY), w.S + 9 * DAY + rng.uniform(0, DAY)]
    proxies = [w.net.from_list(rng, 'vpn') for _ in range(25)] + [w.net.in_asn(rng, pick(rng, [9009, 212238, 136787])) for _ in range(25)]
    domains = ['%s.%s' % (pick(rng, ['qmail', 'fastbox', 'mailo', 'inbx', 'zmail']), pick(rng, ['top', 'xyz', 'click'])) for _ in range(4)]
    for i in range(n):
        created = bursts[i % 3] + rng.uniform(0, 3600) + (i // 3) * 7
        a = attack_account(w, rng, camp, 'sloppy-fleet', created, pick(rng, domains + DISPOSABLE[:3]), pick(rng, ['US', 'HK', 'SG', 'VN']),
                           pay=pick(rng, cards), signup_ip=pick(rng, proxies), tier='build')
        st = pick(rng, ['curl', 'python-requests'])
        cl = Client(rng, st)
        nreq = max(8, int(rng.gauss(mean, 10)))
        t = created + rng.uniform(300, 4 * 3600)
        tools = pick(rng, [['search', 'calculator'], ['python'], ['wikipedia', 'weather'], ['request', 'news']])
        for _ in range(nreq):
            if t >= w.E:
                break
            if rng.random() < 0.7:
                x = pick(rng, C.toolformer)
                body = x['instruction'].split('\n')[-1] + (' :: ' + x['input'] if x.get('input') else '')
            else:
                body = instr_text(pick(rng, C.codegen))
            p = pick(rng, GANNET_FR).format(tools=', '.join(tools), t=body)
            rec = w.emit(a, t, pick(rng, proxies), cl, pick(rng, ['/v1/chat/completions', '/v1/chat/completions', '/v1/messages']),
                         'orion-4', p, tools=tools if rng.random() < 0.5 else None, kind='agent', max_tokens=2048, temp=0.9,
                         stream=False, rl=0.06, err=0.01)
            t += rec['latency_ms'] / 1000 + (rng.uniform(0.2, 3) if rng.random() < 0.85 else rng.uniform(3600, 20 * 3600))
    w.notes.append('- op-gannet (sloppy-fleet, %d accts): toolformer/agentic trace harvest + codegen; 3 sign-up bursts, throwaway domains, '
                   '3 cards, rotating VPN/hosting proxies per request, curl/python-requests, many 429s.' % n)


PLOVER_PAIR = ['Two assistants answered the same prompt. Decide which is better and explain in detail.\n\nPrompt: {q}\n\n[A]\n{a}\n\n[B]\n{b}\n\nVerdict (A/B/tie) with reasons:',
               'Compare response 1 and response 2 for helpfulness, correctness and style. Output a preference and a justification.\n'
               'USER: {q}\nRESPONSE 1: {a}\nRESPONSE 2: {b}',
               'Which reply would a careful expert prefer?\nQuestion — {q}\nOption A — {a}\nOption B — {b}\nThink it through before choosing.']
PLOVER_SCORE = ['Score this reply 1-7 on each of: accuracy, depth, tone. Justify each score.\nQ: {q}\nReply: {a}',
                'Critique the following answer thoroughly and assign a grade (A-F).\nTask: {q}\nAnswer: {a}']


def op_plover(w, n=110, mean=45):
    rng = w.rng
    C = w.C
    camp = 'op-plover'
    from gen import CONSUMER_MAIL
    teams = [dict(name='win-dotnet', n=n // 2, stack='dotnet', ipf=lambda: w.net.in_asn(rng, 8075), cover=0.12, tz=3),
             dict(name='browser-resi', n=n - n // 2, stack=None, ipf=lambda: w.net.resi(rng, pick(rng, ['RU', 'KR', 'US', 'DE'])),
                  cover=0.35, tz=3)]
    for tm in teams:
        for i in range(tm['n']):
            cc = pick(rng, ['US', 'DE', 'KR'])
            a = attack_account(w, rng, camp, 'subteam-' + tm['name'], w.S - rng.uniform(15, 90) * DAY, pick(rng, CONSUMER_MAIL[cc]), cc,
                               pay='new' if rng.random() < 0.5 else None, signup_ip=tm['ipf'](), tier='build')
            cl = Client(rng, tm['stack'] or pick(rng, BROWSERS))
            ips = [tm['ipf']() for _ in range(rng.randint(1, 3))]
            nreq = max(10, int(rng.gauss(mean, 11)))
            done = 0
            while done < nreq:
                t0 = w.t_local(rng, tm['tz'], 'work')
                if rng.random() < tm['cover']:
                    recs = w.thread(a, t0, [cover_prompt(rng, C)] + (['and?'] if rng.random() < 0.2 else []), pick(rng, ips), cl,
                                    '/v1/chat/completions', 'orion-4-mini', max_tokens=1024, stream=True)
                else:
                    x = pick(rng, C.codegen + C.roleplay + C.toolformer)
                    q = instr_text(x)
                    a1 = x['response'][:1400]
                    a2 = pick(rng, C.codegen + C.roleplay)['response'][:1400] if rng.random() < 0.5 else perturb_answer(rng, a1)
                    if rng.random() < 0.65:
                        p = pick(rng, PLOVER_PAIR).format(q=q, a=a1, b=a2) if rng.random() < 0.5 else pick(rng, PLOVER_PAIR).format(q=q, a=a2, b=a1)
                    else:
                        p = pick(rng, PLOVER_SCORE).format(q=q, a=a1)
                    recs = w.thread(a, t0, [p], pick(rng, ips), cl, '/v1/chat/completions', 'orion-4-think', kinds='judge',
                                    max_tokens=4096, temp=pick(rng, [0, 0.3]), stream=False, think=7.0, conv_p=0.1)
                done += len(recs)
    w.notes.append('- op-plover (%d accts, 2 sub-teams): pairwise preference and rubric-score harvest over GPTeacher responses '
                   '(some perturbed); team win-dotnet on Azure IPs with .NET SDK (12%% cover), team browser-resi with browser stacks on '
                   'residential IPs (35%% cover).' % n)


def op_skua(w, n=80, mean=50):
    """poses as an enterprise app: org, keys minted within minutes, app system prompt, cloud egress -- but unverified and harvesting CoT"""
    rng = w.rng
    C = w.C
    camp = 'op-skua'
    sysp_variants = ['You are DataPilot, an analytics copilot for business teams. Always reason transparently and show full working.',
                     'You are DataPilot. Show complete step-by-step working for every calculation and every inference.']
    for k in range(4):
        org = 'org_' + h('skua%d%d' % (k, w.seed), 10)
        card = w.card(rng)
        base = w.S - rng.uniform(10, 40) * DAY
        egress = w.net.block(rng, pick(rng, [16509, 396982]), 2)
        dom = pick(rng, ['datapilot-analytics.com', 'datapilot.app', 'dpilot.io', 'data-pilot.co'])
        accts = [attack_account(w, rng, camp, 'fake-enterprise', base + rng.uniform(0, 500), dom, 'US', tier='scale', pay=card,
                                signup_ip=egress[0], org=org, nkeys=rng.randint(1, 3)) for _ in range(n // 4)]
        sysp = sysp_variants[k % 2]
        cl = Client(rng, pick(rng, ['openai-python', 'java-http']))
        for a in accts:
            nreq = max(15, int(rng.gauss(mean, 12)))
            for _ in range(nreq):
                r = rng.random()
                if r < 0.5:
                    body = 'Analyst request: ' + pick(rng, C.gsm_train)['question']
                elif r < 0.8:
                    body = 'Analyst request: ' + pick(rng, C.arena_other)['prompt']
                else:
                    body = 'Analyst request: ' + pick(rng, C.koala)
                w.emit(a, w.t_local(rng, -5, 'work'), pick(rng, egress), cl, '/v1/chat/completions', 'orion-4-think', body, system=sysp,
                       kind='cot', max_tokens=8192, temp=0.6, stream=False, think=7.6, key=pick(rng, a['_keys']))
    w.notes.append('- op-skua (fake-enterprise, %d accts): four unverified orgs imitating an analytics SaaS (keys minted within minutes, '
                   'one card per org, AWS/GCP egress, one system prompt demanding full working) whose "analyst requests" are gsm8k + '
                   'arena-hard reasoning items.' % n)


def op_egret(w, n=60, mean=18):
    rng = w.rng
    C = w.C
    camp = 'op-egret'
    from gen import CONSUMER_MAIL
    pool = [x['prompt'] for x in C.humaneval] + [x['question'] for x in C.gsm_test]
    for i in range(n):
        cc = pick(rng, ['US', 'CA', 'GB', 'DE', 'FR'])
        a = attack_account(w, rng, camp, 'slow-drip-bare', w.S - rng.uniform(20, 200) * DAY, pick(rng, CONSUMER_MAIL[cc]), cc, pay='new',
                           signup_ip=w.net.resi(rng, cc))
        st = pick(rng, ['curl', 'anthropic-python', 'openai-python', 'python-httpx', 'go-http'])
        cl = Client(rng, st)
        ep = w.endpoint_for(rng, st)
        ipf = (lambda: w.net.resi(rng, cc)) if rng.random() < 0.6 else (lambda: w.net.from_list(rng, 'vpn'))
        nreq = max(6, int(rng.gauss(mean, 5)))
        for _ in range(nreq):
            w.emit(a, rng.uniform(w.S, w.E - 3600), ipf(), cl, ep, 'orion-4-think', pick(rng, pool), kind='long',
                   max_tokens=pick(rng, [32000, 32768, 64000]), temp=1.0, stream=rng.random() < 0.5, think=8.8)
    w.notes.append('- op-egret (slow-drip-bare, %d accts): ~18 requests per account spread over the whole period, bare HumanEval / '
                   'gsm8k-test items (the same benchmark items eval harnesses use) with 32k-64k max_tokens and extended thinking; '
                   'residential or VPN IPs, mixed stacks, own cards.' % n)


def run_beta(w):
    op_sable(w)
    op_tern(w)
    op_gannet(w)
    op_plover(w)
    op_skua(w)
    op_egret(w)
