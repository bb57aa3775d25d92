"""Distillation operations."""
from datetime import timedelta
from common import *
from organic import *


def pick(r, *alts):
    return r.choice(alts)


# ---------------------------------------------------------------- harvest targets (each op its own wording)
def t_scratchpad_math(W, item):
    """sloppy fleet wording: scratchpad CoT on gsm8k-train."""
    r = W.rng
    q = item['question']
    a = pick(r, 'Solve the problem below.', 'Problem:', 'Work this out.', 'Here is a word problem.', 'Task -', 'Q:')
    b = pick(r, 'Before answering, write out all of your reasoning inside <scratchpad></scratchpad>.',
             'First reason inside <scratchpad> tags, one line per step, then give the result.',
             'Put every intermediate calculation in a <scratchpad> block first.',
             'Think aloud in a scratchpad section, then answer.', 'Reason in a <scratchpad> first; do not skip arithmetic.')
    c = pick(r, 'End with "FINAL: <number>".', 'Last line: FINAL: <number>', 'Finish with FINAL: followed by the number only.',
             'Then output FINAL=<answer>.', '')
    order = r.random()
    p = '%s\n%s\n%s\n%s' % (a, q, b, c) if order < 0.6 else '%s %s\n\n%s\n%s' % (b, c, a, q)
    return dict(prompt=p.strip(), ref='<scratchpad>\n' + gsm_answer_text(item['answer']) + '\n</scratchpad>', task='cot')


CODE_ASK = ['hey, could you help me with this one? {q}', 'I need a clean implementation for this:\n\n{q}', '{q}\n\nthanks in advance!',
            'Working on an interview prep sheet. {q}', 'quick q — how would you do this?\n{q}', '{q}',
            'Can you write this and explain the idea briefly?\n{q}', 'My attempt keeps failing, can you show a correct version?\n\n{q}',
            'stuck on this for an hour:\n{q}', 'Practice problem from a course I\'m taking:\n{q}']
CODE_FOLLOW = ['why did you choose that approach over a brute-force one?', 'what is the big-O, and can it be improved?',
               'could you walk through it on a small example, line by line?', 'what edge cases would break a naive version?',
               'can you show a second, completely different implementation?', 'write a few unit tests that would catch subtle bugs',
               'explain your reasoning as if I\'m new to this', 'hmm, is there an off-by-one risk anywhere?',
               'how would you do it without any imports?', 'which part was the hardest to get right and why?',
               'ok, and in Go?', 'nice. can you annotate each line with a comment?']


def t_careful_code(W, item):
    r = W.rng
    if 'task_id' in item:
        q = r.choice(['Complete this Python function:\n\n', 'Here is the signature and docstring:\n\n', '', 'Finish the implementation:\n```python\n']) + item['prompt']
        ref = item['canonical_solution']
    else:
        q = (item['instruction'] + ('\n' + item['input'] if item['input'] else '')).strip()
        ref = item['response']
    return dict(prompt=r.choice(CODE_ASK).format(q=q), ref=ref, task='code')


def t_rubric(W, team_style):
    """judge-style scoring; each sub-team composes its own rubric text."""
    r = W.rng
    C = W.C
    x = r.random()
    if x < 0.45:
        g = r.choice(C.gsm_train)
        q = g['question']
        cand = gsm_answer_text(g['answer'])
        if r.random() < 0.5:
            cand = re.sub(r'\d+', lambda m: str(int(m.group()) + r.choice([1, 2, -1, 5])), cand, count=r.randint(1, 3))
    elif x < 0.8:
        g = r.choice(C.codegen)
        q = g['instruction'] + ('\n' + g['input'] if g['input'] else '')
        cand = g['response']
    else:
        g = r.choice(C.roleplay)
        q = g['instruction']
        cand = g['response']
    crit = r.sample(['correctness', 'completeness', 'clarity', 'conciseness', 'reasoning quality', 'faithfulness to the question',
                     'style', 'helpfulness', 'harmlessness', 'code quality', 'efficiency'], r.randint(3, 5))
    if team_style == 0:
        p = 'Evaluate the RESPONSE to the PROMPT. Criteria: %s. For each criterion write a short justification and a score from 1 to 10, then an overall score.\n\nPROMPT:\n%s\n\nRESPONSE:\n%s' % (', '.join(crit), q, cand)
    elif team_style == 1:
        p = '### Instruction\n%s\n\n### Candidate\n%s\n\n### Your job\nAct as a strict reviewer. Think through the candidate\'s mistakes first, then output a JSON object with keys %s and "verdict".' % (q, cand, ', '.join('"%s"' % c.replace(' ', '_') for c in crit))
    else:
        p = 'I have an answer I need graded. Question: %s\nAnswer given: %s\nPlease critique it in detail (%s) and give it a mark out of 10 at the end.' % (q, cand, '/'.join(crit))
    return dict(prompt=p, ref=None, task='judge', out_range=(150, 700))


def t_toolformer(W, item):
    r = W.rng
    ins = item['instruction']
    m = re.search(r'toolformer access: ([^\n]+)', ins)
    tools = [s.strip() for s in m.group(1).split(',')] if m else ['search']
    task = ins.split('\n')[-1]
    inp = item['input']
    sysm = pick(r, 'You are an autonomous assistant. Decide when to call tools. Output your plan, then tool calls, then the answer.',
                'Agent mode. Available tools are declared in the request. Always explain why you call each tool.',
                'You can call functions. Think about which function fits, call it, and use the result.')
    p = task + ('\nInput: ' + inp if inp else '')
    return dict(prompt=p, ref=item['response'], system=sysm, tools=tools, task='agent')


SELF_INSTR_OPEN = ['We are assembling a broad instruction-tuning corpus.', 'New batch request.', 'Dataset job #{n}.',
                   'I need fresh, varied training tasks.', 'Continue the task list.']
SELF_INSTR_RULES = ['Each task must differ in verb and format from the others.', 'Mix questions and imperatives.',
                    'Include an input field where it makes sense, otherwise write <noinput>.',
                    'Write a high-quality reference output for every task, up to 150 words.',
                    'Cover classification, rewriting, extraction, open-ended generation, reasoning and coding.',
                    'Avoid anything requiring images or real-world actions.', 'Keep instructions 1-2 sentences.']


def t_selfinstruct(W, n):
    r = W.rng
    seeds = r.sample(W.C.seed, 3)
    ex = '\n'.join('%d. Instruction: %s\n   Input: %s\n   Output: %s' % (i + 1, s['instruction'], s['instances'][0]['input'] or '<noinput>',
                                                                        s['instances'][0]['output'][:300]) for i, s in enumerate(seeds))
    rules = r.sample(SELF_INSTR_RULES, r.randint(3, 6))
    p = '%s Produce %d new tasks in the same format as the examples.\n%s\n\nExamples:\n%s\n\n%d.' % (
        r.choice(SELF_INSTR_OPEN).format(n=n), r.choice([15, 20, 25, 30]), ' '.join(rules), ex, 4)
    return dict(prompt=p, ref=None, task='bulk', out_range=(1500, 4000))


TAXO_DOMAINS = ['algebra', 'probability', 'organic chemistry', 'contract law', 'SQL', 'Kubernetes', 'macroeconomics', 'poetry',
                'medical triage', 'tax accounting', 'graph algorithms', 'Spanish grammar', 'astronomy', 'negotiation', 'cryptography',
                'dynamic programming', 'regular expressions', 'ethics', 'geometry', 'bash scripting', 'compiler design', 'statistics']
TAXO_SKILLS = ['explain a concept', 'solve a problem', 'find the bug', 'compare two options', 'write a short piece', 'summarize',
               'classify', 'plan a multi-step procedure', 'critique an argument', 'translate', 'estimate', 'prove']
TAXO_LEVELS = ['beginner', 'intermediate', 'expert', 'olympiad']


def t_taxonomy(W, cell):
    r = W.rng
    d, s, l = cell
    p = pick(r, '[{d} | {s} | {l}] Write one challenging task for this cell, then solve it completely, reasoning step by step.',
             'domain={d}; skill={s}; level={l}. Create a representative question and a full model answer with reasoning.',
             'For capability coverage: {s} in {d} at {l} level. Give the task and an exemplary, detailed solution.',
             'Cell {d}/{s}/{l}: pose a problem and answer it thoroughly, showing all steps.').format(d=d, s=s, l=l)
    return dict(prompt=p, ref=None, task='cot', out_range=(500, 2200))


def perturb_gsm(W, item):
    """Number/name-perturbed variant of a gsm8k problem (augmentation so items don't match the public set)."""
    r = W.rng
    names = ['Priya', 'Tomas', 'Aiko', 'Mehmet', 'Lena', 'Kwame', 'Sofia', 'Ravi', 'Ingrid', 'Diego', 'Yara', 'Olu', 'Hana', 'Marek']
    q = item['question']
    q = re.sub(r'\b(\d{1,3})\b', lambda m: str(max(2, int(m.group()) + r.choice([-2, -1, 1, 2, 3, 5]))) if r.random() < 0.6 else m.group(), q)
    first = re.match(r'^([A-Z][a-z]+)', q)
    if first and first.group(1) not in ('The', 'A', 'An', 'In', 'If', 'There', 'Each', 'On', 'At', 'For', 'One', 'Two', 'When', 'How'):
        q = q.replace(first.group(1), r.choice(names))
    return q


# ---------------------------------------------------------------- helpers
LOOKALIKE = ['gmial.com', 'gmaill.co', 'outlok.com', 'hotmall.com', 'yahho.net', 'protonmai1.com', 'iclould.com']
DISPOSABLE = ['mailpoof.net', 'tempbox.io', 'throwmail.xyz', 'quickinbox.cc', 'burnermail.site', 'inboxkit.top', 'mx-drop.net']


def op_account(W, campaign, persona, created, email, card, signup_ip, country, tier='build', org=None):
    a = W.new_account('attack', persona, campaign=campaign, created=created, email=email, card=card, signup_ip=signup_ip,
                      country=country, tier=tier, org=org)
    W.key(a)
    return a


def n_requests(r, mean, lo=8):
    return max(lo, int(r.gauss(mean, mean * 0.35)))


# ---------------------------------------------------------------- operations
def op_sloppy(W, campaign, n, *, net, stack, ncards, domains, target, items, mean_req, bursts, op_tz, persona,
              model='big', max_tokens=2048, temperature=0.7, endpoint=None, thinking=None, ipv_rotate=True, ua_override=None):
    r = W.rng
    cards = [W.card(campaign, i) for i in range(ncards)]
    burst_times = sorted(W.start + timedelta(days=r.uniform(-6, W.days * 0.6), hours=r.uniform(0, 24)) for _ in range(bursts))
    cl = Client(r, stack, ua_override=ua_override)
    proxies = [W.N.ip(r, r.choice(net)) for _ in range(max(20, n // 2))]
    it = iter(items)
    base_user = r.choice(['alex', 'data', 'user', 'dev', 'ml', 'acct'])
    for i in range(n):
        bt = burst_times[i % bursts]
        created = bt + timedelta(seconds=i * r.uniform(20, 70) / bursts)
        dom = r.choice(domains)
        a = op_account(W, campaign, persona, created, dom, cards[i % ncards], r.choice(proxies), r.choice(['US', 'US', 'GB', 'SG', 'DE', None]),
                       tier=r.choice(['build', 'free']) if ncards else 'free')
        nreq = n_requests(r, mean_req)
        t = max(created + timedelta(hours=r.uniform(0.2, 30)), W.start + timedelta(hours=r.uniform(0, 12)))
        fixed_ip = r.choice(proxies)
        for j in range(nreq):
            try:
                item = next(it)
            except StopIteration:
                it = iter(items); item = next(it)
            d = target(W, item)
            ip = r.choice(proxies) if ipv_rotate else fixed_ip
            st = None
            if r.random() < 0.05:
                st = 429
            W.emit(a, t, cl, ip, d['prompt'], system=d.get('system'), tools=d.get('tools'), model=MODELS[model], ref=d.get('ref'),
                   max_tokens=max_tokens, temperature=temperature, stream=False, endpoint=endpoint, out_range=d.get('out_range', (200, 900)),
                   think=thinking, task=d.get('task', 'cot'), status=st)
            # scripted pacing: tight loop, occasional pause for the operator's shift change
            t += timedelta(seconds=r.uniform(4, 45)) if r.random() < 0.88 else timedelta(hours=r.uniform(3, 20))
            lh = (t.hour + op_tz) % 24
            if 2 <= lh < 8 and r.random() < 0.7:
                t += timedelta(hours=8 - lh)


def op_careful(W, campaign, n, *, pool, target, follow, mean_req, persona, stacks, model_choices, max_tokens_choices,
               follow_p=0.55, aged=(120, 500), think=None):
    """No shared artefacts: own card, own residential IP, own client; distinct items from a shared queue."""
    r = W.rng
    queue = list(pool)
    r.shuffle(queue)
    qi = 0
    for i in range(n):
        country = r.choice(RES_COUNTRIES)
        a = personal_account(W, persona, country=country, tier=r.choice(['build', 'build', 'scale']), created_days=aged,
                             email=r.choice(PERSONAL + [company_domain(r)]))
        W.labels[-1].update(label='attack', campaign=campaign)
        a['payment_fingerprint'] = W.card(campaign, 'own', i)
        st = r.choice(stacks)
        cl = Client(r, st, ja4_override=random_ja4(r) if r.random() < 0.3 else None)
        nreq = n_requests(r, mean_req, 10)
        active = sorted(r.sample(range(W.days), min(W.days, r.randint(4, 10))))
        made = 0
        di = 0
        while made < nreq:
            day = active[di % len(active)]
            di += 1
            t = W.day_time(day, a['_tz'], r.choice(['office', 'evening']))
            ip = home_ip(W, a, 0.1)
            for _s in range(r.randint(1, 3)):
                if made >= nreq:
                    break
                item = queue[qi % len(queue)]; qi += 1
                d = target(W, item)
                cid = W.conv()
                row = W.emit(a, t, cl, ip, d['prompt'], conv=cid, turn=1, model=r.choice(model_choices), ref=d.get('ref'),
                             max_tokens=r.choice(max_tokens_choices), temperature=r.choice([None, 0.7, 1.0, 0.5]),
                             out_range=d.get('out_range', (200, 1000)), think=think, task=d.get('task', 'code'))
                made += 1
                hist = len(d['prompt']) // 4 + (row['output_tokens'] if row else 500)
                tt = t
                k = 2
                while r.random() < follow_p and made < nreq and k <= 5:
                    tt += timedelta(seconds=r.uniform(45, 420))
                    fp = r.choice(follow)
                    row = W.emit(a, tt, cl, ip, fp, conv=cid, turn=k, model=r.choice(model_choices), history_tokens=hist,
                                 max_tokens=r.choice(max_tokens_choices), out_range=(150, 900), think=think, task='code')
                    hist += len(fp) // 4 + (row['output_tokens'] if row else 400)
                    k += 1
                    made += 1
                t = tt + timedelta(minutes=r.uniform(8, 90))


def op_subteams(W, campaign, teams, *, target, items, mean_req, persona):
    """teams: list of dict(n, stack, net, cover, tz, email, cards, model, endpoint, style)"""
    r = W.rng
    for ti, tm in enumerate(teams):
        cards = [W.card(campaign, ti, c) for c in range(tm['cards'])] if tm['cards'] else None
        proxies = [W.N.ip(r, r.choice(tm['net'])) for _ in range(tm.get('nproxies', 30))]
        cl_shared = Client(r, tm['stack'])
        for i in range(tm['n']):
            created = W.start - timedelta(days=r.uniform(*tm.get('age', (1, 60))))
            card = cards[i % len(cards)] if cards else W.card(campaign, ti, 'own', i)
            a = op_account(W, campaign, persona + '-team%d' % (ti + 1), created, r.choice(tm['email']), card, r.choice(proxies),
                           tm.get('country', r.choice(['US', 'GB', 'CA', 'DE'])), tier='build')
            cl = cl_shared if r.random() < 0.8 else Client(r, tm['stack'])
            ip0 = r.choice(proxies)
            nreq = n_requests(r, mean_req)
            days = sorted(r.sample(range(W.days), min(W.days, r.randint(3, 9))))
            for j in range(nreq):
                day = days[j % len(days)] if r.random() < 0.8 else r.choice(days)
                t = W.day_time(day, tm['tz'], tm.get('profile', 'office'))
                ip = ip0 if r.random() < tm.get('sticky', 0.7) else r.choice(proxies)
                if r.random() < tm['cover']:
                    if r.random() < 0.5:
                        turns = casual_prompt(W)
                        p, ref = turns[0], None
                    else:
                        p, ref = code_prompt(W)
                    W.emit(a, t, cl, ip, p, model=MODELS[r.choice(['small', 'big'])], ref=ref, out_range=(40, 600),
                           endpoint=tm.get('endpoint'), temperature=r.choice([None, 0.7]))
                    continue
                d = target(W, tm['style']) if items is None else target(W, r.choice(items))
                W.emit(a, t, cl, ip, d['prompt'], system=d.get('system'), tools=d.get('tools'), model=MODELS[tm['model']], ref=d.get('ref'),
                       max_tokens=tm.get('max_tokens', 2048), temperature=tm.get('temperature', 0.3), endpoint=tm.get('endpoint'),
                       out_range=d.get('out_range', (150, 800)), task=d.get('task', 'judge'), think=tm.get('think'))


def op_agent_traj(W, campaign, n, *, items, mean_req, persona, net, stack_choices, tz, email, org_split=0):
    """Multi-step tool-use trajectories; results of the tools are fabricated by the harvester, not executed."""
    r = W.rng
    its = list(items)
    r.shuffle(its)
    ii = 0
    proxies = [W.N.ip(r, r.choice(net)) for _ in range(60)]
    for i in range(n):
        created = W.start - timedelta(days=r.uniform(3, 45))
        a = op_account(W, campaign, persona, created, r.choice(email), W.card(campaign, i // 3), r.choice(proxies), r.choice(['US', 'CA', 'GB', 'IN']))
        cl = Client(r, r.choice(stack_choices))
        ip = r.choice(proxies)
        made, nreq = 0, n_requests(r, mean_req)
        while made < nreq:
            item = its[ii % len(its)]; ii += 1
            d = t_toolformer(W, item)
            day = r.randrange(W.days)
            t = W.day_time(day, tz, 'any')
            cid = W.conv()
            hist = 0
            for k in range(r.randint(2, 5)):
                if k == 0:
                    p = d['prompt']
                else:
                    tool = r.choice(d['tools'])
                    p = r.choice(['<tool_result name="{t}">{v}</tool_result>', 'Function {t} returned: {v}', '[{t}] -> {v}\nContinue.',
                                  'observation from {t}: {v}']).format(t=tool, v=r.choice(['3 results: ...', '42', 'no data', '{"status":"ok","items":7}',
                                                                                            'Paris, 2.1M inhabitants', 'timeout, retry?', 'Summary: ...']))
                row = W.emit(a, t, cl, ip, p, system=d['system'], tools=d['tools'], conv=cid, turn=k + 1, model=MODELS['big'],
                             ref=d['ref'] if k == 0 else None, max_tokens=4096, temperature=0.2, history_tokens=hist,
                             out_range=(120, 700), task='agent', stream=r.random() < 0.5)
                hist += len(p) // 4 + (row['output_tokens'] if row else 300)
                made += 1
                t += timedelta(seconds=r.uniform(1.5, 9))


def op_bulkgen(W, campaign, n, *, mean_req, persona, net, stack, orgs, tz):
    """Self-instruct batches + capability-taxonomy sweep, under a few unverified 'team' orgs."""
    r = W.rng
    cells = [(d, s, l) for d in TAXO_DOMAINS for s in TAXO_SKILLS for l in TAXO_LEVELS]
    r.shuffle(cells)
    ci = 0
    org_ids = ['org_' + h(W.seed, campaign, o, n=12) for o in range(orgs)]
    cards = [W.card(campaign, o) for o in range(orgs)]
    doms = [company_domain(r) for _ in range(orgs)]
    eg = [W.N.subnet_ips(r, r.choice(net), 4) for _ in range(orgs)]
    for i in range(n):
        o = i % orgs
        created = W.start - timedelta(days=r.uniform(5, 25)) + timedelta(minutes=r.uniform(0, 30))
        a = op_account(W, campaign, persona, created, doms[o], cards[o], eg[o][0], 'US', tier='build', org=org_ids[o])
        cl = Client(r, stack)
        for j in range(n_requests(r, mean_req)):
            t = W.day_time(r.randrange(W.days), tz, 'office')
            if r.random() < 0.5:
                d = t_selfinstruct(W, j)
            else:
                d = t_taxonomy(W, cells[ci % len(cells)]); ci += 1
            W.emit(a, t, cl, r.choice(eg[o]), d['prompt'], model=MODELS['big'], max_tokens=8192, temperature=1.0, stream=False,
                   out_range=d['out_range'], task=d['task'])
