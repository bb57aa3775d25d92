# Generic distillation-operation runner; the operations themselves (phrasing, infra, targets) are configured in worlds.py.
import datetime as dt, math, re
from lib import *
from world import compose, MODELS_BIG, MODEL_SMALL, MODEL_THINK, FREE_DOMAINS
import legit

TD = dt.timedelta

# ------------------------------------------------------------------ item pools: list of (text, reference, meta)

def pool(w, name):
    c = w.c
    if name == 'gsm_train':
        return [(x['question'], clean_gsm(x['answer']), 'math') for x in c.gsm_train]
    if name == 'gsm_test':
        return [(x['question'], clean_gsm(x['answer']), 'math') for x in c.gsm_test]
    if name == 'humaneval':
        return [(x['prompt'], x['prompt'] + x['canonical_solution'], 'code') for x in c.humaneval]
    if name == 'arena_code':
        return [(x, None, 'code') for x in c.arena_code]
    if name == 'arena_all':
        return [(x, None, 'gen') for x in c.arena_all]
    if name == 'codegen':
        return [(Corpora.gt_item(x), x['response'], 'code') for x in c.codegen]
    if name == 'toolformer':
        return [(Corpora.gt_item(x), x['response'], 'tool') for x in c.toolformer]
    if name == 'roleplay':
        return [(Corpora.gt_item(x), x['response'], 'gen') for x in c.roleplay]
    if name == 'seed':
        return [(x['instruction'] + ('\n' + x['instances'][0]['input'] if x['instances'][0]['input'] else ''), x['instances'][0]['output'], 'gen') for x in c.seed]
    if name == 'user_or':
        return [(x['instruction'] + ('\n\n' + x['instances'][0]['input'] if x['instances'] and x['instances'][0].get('input') else ''), None, 'gen') for x in c.user_or]
    if name == 'mtbench':
        return [(x['turns'][0], None, x['category']) for x in c.mtbench]
    raise KeyError(name)


def mixed_pool(w, spec):
    """spec: list of (poolname, weight)"""
    out = []
    for name, k in spec:
        p = pool(w, name)
        w.rng.shuffle(p)
        out += p[:k] if k else p
    w.rng.shuffle(out)
    return out


# ------------------------------------------------------------------ accounts / infrastructure styles

DISPOSABLE = ['mailinator.com', 'tmpbox.net', 'inboxkitten.com', 'guerrillamail.com', 'sharklasers.com', 'yopmail.com', 'maildrop.cc', '10minutemail.net', 'dropmail.me', 'tempm.com']
LOOKALIKE = ['gmai1.com', 'gmial.com', 'outl0ok.com', 'hotmaii.com', 'protonmall.me', 'yahooo.co', 'icloud-mail.net', 'gmx-mail.de']


def make_accounts(w, op, n, campaign, persona):
    r = w.rng
    style = op['infra']
    accs = []
    if style == 'sloppy':
        cards = [w.card() for _ in range(op.get('n_cards', 4))]
        domains = op.get('domains') or (r.sample(DISPOSABLE, 3) + r.sample(LOOKALIKE, 2))
        proxies = [w.net.ip(r, g) for g in op.get('proxy_groups', ['dc']) for _ in range(op.get('n_proxies', 12))]
        stack = op['stack']
        cl_shared = w.client(stack)
        bursts = [w.start + TD(days=r.uniform(op.get('burst_lo', -6), op.get('burst_hi', 3))) for _ in range(op.get('n_bursts', 4))]
        for i in range(n):
            b = bursts[i % len(bursts)]
            a = w.account(persona, 'attack', campaign, created=b + TD(seconds=r.uniform(0, op.get('burst_len', 900))),
                          email=r.choice(domains), card=r.choice(cards), signup_ip=r.choice(proxies), country=r.choice(op.get('countries', ['US'])),
                          tier=op.get('tier', 'build'), verified=False)
            cl = dict(cl_shared) if op.get('one_stack', True) else w.client(stack)
            accs.append({'a': a, 'cl': cl, 'ipf': (lambda: r.choice(proxies)), 'tz': 0})
    elif style == 'resproxy':
        # rotating residential proxy: every request exits from a random consumer ISP address
        groups = op.get('proxy_groups', ['res_us', 'res_eu', 'res_asia'])
        bursts = [w.start + TD(days=r.uniform(-10, 2)) for _ in range(op.get('n_bursts', 6))]
        cards = [w.card() for _ in range(op.get('n_cards', max(3, n // 6)))]
        domains = op.get('domains', FREE_DOMAINS)
        for i in range(n):
            ip0 = w.net.ip(r, r.choice(groups))
            a = w.account(persona, 'attack', campaign, created=r.choice(bursts) + TD(seconds=r.uniform(0, op.get('burst_len', 3600))),
                          email=r.choice(domains), card=r.choice(cards), signup_ip=ip0, country=r.choice(['US', 'GB', 'DE', 'CA']),
                          tier=op.get('tier', 'build'))
            cl = w.client(op['stack'] if isinstance(op['stack'], str) else r.choice(op['stack']))
            accs.append({'a': a, 'cl': cl, 'ipf': (lambda gs=groups: w.net.ip(r, r.choice(gs))), 'tz': 0})
    elif style == 'careful':
        for i in range(n):
            country, tz, ips, g = w.home(r.choice(op.get('home_groups', [None])))
            a = w.account(persona, 'attack', campaign, created=w.start - TD(days=r.uniform(*op.get('age_days', (60, 400)))),
                          email=r.choice(FREE_DOMAINS + ['%s.%s' % (r.choice(['kessler', 'moraes', 'linwood', 'okafor', 'haddad', 'brandt', 'sato', 'iyer', 'novak']) + str(r.randint(1, 99)), r.choice(['com', 'net', 'me']))]),
                          signup_ip=ips[0], country=country, tier=r.choice(['build', 'build', 'free']))
            stacks = op.get('stacks', ['browser_chrome_win', 'browser_chrome_mac', 'browser_safari', 'browser_firefox', 'browser_edge', 'anthropic_py', 'openai_py'])
            cl = w.client(r.choice(stacks))
            if op.get('rand_ja4', 0) and r.random() < op['rand_ja4']:
                cl['ja4'] = rand_ja4(r)
            accs.append({'a': a, 'cl': cl, 'ipf': legit.ipf_of(w, ips, op.get('mobile_p', 0.2)), 'tz': tz,
                         'clients': [cl] + ([w.client(r.choice(stacks))] if r.random() < 0.4 else [])})
    elif style == 'team':
        # a sub-team: one client stack, one network family, a card policy
        egress = op['egress']
        cards = [w.card() for _ in range(op.get('n_cards', 1))] if op.get('n_cards') else None
        if egress in ('vpn', 'dc', 'aws', 'gcp', 'azure', 'hetzner', 'ovh', 'do', 'm247', 'datacamp', 'alibaba', 'tencent', 'oracle', 'linode'):
            pool_ips = [w.net.ip(r, egress) for _ in range(op.get('n_ips', 20))]
        else:
            pool_ips = None
        org = ('org_' + hexid(r, 10)) if op.get('org') else None
        for i in range(n):
            if pool_ips:
                my = r.sample(pool_ips, min(len(pool_ips), r.randint(1, 4)))
                country = r.choice(op.get('countries', ['US', 'SG', 'NL', 'DE']))
                tz = w.tz_for(country)
            else:
                country, tz, my, g = w.home(egress)
            if op.get('burst_created') is not None:
                created = w.start - TD(days=op['burst_created']) + TD(seconds=r.uniform(0, 600))
            elif op.get('age_days'):
                created = w.start - TD(days=r.uniform(*op['age_days']))
            else:
                created = w.start + TD(days=r.uniform(-4, 4))
            a = w.account(persona, 'attack', campaign, created=created, org=org,
                          email=r.choice(op.get('domains', FREE_DOMAINS)), card=r.choice(cards) if cards else 'new', signup_ip=my[0], country=country,
                          tier=op.get('tier', 'build'), n_keys=op.get('n_keys', 1))
            cl = w.client(op['stack'] if isinstance(op['stack'], str) else r.choice(op['stack']))
            accs.append({'a': a, 'cl': cl, 'ipf': legit.ipf_of(w, my, op.get('mobile_p', 0.0)), 'tz': tz})
    else:
        raise KeyError(style)
    return accs


# ------------------------------------------------------------------ scheduling

def thread_starts(w, op, acc, k):
    """Return k thread start times for one account, by the operation's timing style."""
    r = w.rng
    style = op['timing']
    lo, hi = op.get('active', (0, w.days))
    if style == 'human':
        return sorted(w.local_time(acc['tz'], HUMAN_HOURS, lo=lo, hi=hi) for _ in range(k))
    if style == 'office':
        return sorted(w.local_time(acc['tz'], OFFICE_HOURS, lo=lo, hi=hi) for _ in range(k))
    if style == 'drip':
        return sorted(w.start + TD(seconds=r.uniform(lo * 86400, hi * 86400)) for _ in range(k))
    if style == 'shifts':
        # op-wide shifts (shared scheduler); each account works several shifts, evenly paced
        if '_shifts' not in op:
            op['_shifts'] = sorted(w.start + TD(days=r.uniform(lo, hi)) for _ in range(op.get('n_shifts', 24)))
        mine = r.sample(op['_shifts'], min(len(op['_shifts']), r.randint(2, 5)))
        out = []
        step = op.get('pace', 20)
        for i in range(k):
            s = mine[i % len(mine)]
            out.append(s + TD(seconds=(i // len(mine)) * step * r.uniform(0.85, 1.15) + r.uniform(0, 60)))
        return sorted(out)
    if style == 'nightly':
        # cron-like batch each night at a fixed local time
        hour = r.choice([1, 2, 3, 4])
        out = []
        days = r.sample(range(lo, hi), min(hi - lo, r.randint(2, 6)))
        for i in range(k):
            d = days[i % len(days)]
            out.append(w.start + TD(days=d, hours=hour, seconds=(i // len(days)) * r.uniform(5, 40)))
        return sorted(out)
    raise KeyError(style)


# ------------------------------------------------------------------ run

def run_op(w, op):
    r = w.rng
    campaign = op['campaign']
    teams = op.get('teams') or [op]
    all_items = mixed_pool(w, op['pool']) if op.get('pool') else []
    cursor = [0]
    total_acc = 0
    for team in teams:
        t = dict(op)
        t.pop('teams', None)
        t.update(team)
        if t.get('pool') and t.get('pool') is not op.get('pool'):
            items = mixed_pool(w, t['pool'])
            cur = [0]
        else:
            items, cur = all_items, cursor
        persona = t.get('persona', 'distiller')
        accs = make_accounts(w, t, t['n'], campaign, persona)
        total_acc += len(accs)
        for acc in accs:
            k = max(3, int(r.gauss(t['per'], t['per'] * t.get('per_sd', 0.35))))
            jobs = []
            used = 0
            while used < k:
                if r.random() < t.get('cover', 0.0):
                    job = cover_job(w, t)
                else:
                    if t.get('distinct', True):
                        it = items[cur[0] % len(items)]
                        cur[0] += 1
                    else:
                        it = r.choice(items)
                    job = t['harvest'](w, t, acc, it)
                jobs.append(job)
                used += len(job['prompts'])
            starts = thread_starts(w, t, acc, len(jobs))
            for st, job in zip(starts, jobs):
                cl = r.choice(acc['clients']) if acc.get('clients') else acc['cl']
                prompts = job.pop('prompts')
                gap = job.pop('gap', t.get('gap', (40, 500)))
                w.thread(acc['a'], st, cl, acc['ipf'], prompts, gap=gap, conv=job.pop('conv', t.get('conv', True)), err=t.get('err', 0.03), **job)
    if cursor[0] > len(all_items) and all_items:
        print('warning: %s pool wrapped (%d > %d)' % (campaign, cursor[0], len(all_items)))
    return total_acc


def cover_job(w, t):
    r = w.rng
    x = r.random()
    if x < 0.5:
        turns = legit.casual_prompt(w)
    elif x < 0.8:
        turns = [legit.dev_prompt(w)] + r.sample(legit.FOLLOW_DEV, r.randint(0, 2))
    else:
        turns = [Corpora.ui_item(r.choice(w.c.user_or), r)]
    return {'prompts': turns, 'model': r.choice([MODEL_SMALL, MODELS_BIG[0]]), 'temperature': r.choice([None, 0.7]),
            'out_fn': lambda i, p: int(r.lognormvariate(5.5, 0.6))}


# ------------------------------------------------------------------ harvest builders
# Each op passes a `phr` dict of its own phrasing slots; builders compose them per request.

def h_wrapped(w, t, acc, it):
    """Wrapped single- or multi-turn elicitation (CoT / code / maths)."""
    r = w.rng
    phr = t['phr']
    text, ref, kind = it
    mine = acc.setdefault('_style', {k: r.sample(v, max(1, int(len(v) * t.get('style_frac', 1.0)))) for k, v in phr.items() if isinstance(v, list)})
    pre = r.choice(mine['pre']) if 'pre' in mine else ''
    post = r.choice(mine['post']) if 'post' in mine else ''
    if r.random() < t.get('post_first_p', 0.0):
        p = post.strip() + '\n\n' + text
    else:
        p = pre + text + post
    prompts = [p]
    if 'follow' in mine and r.random() < t.get('follow_p', 0.0):
        prompts += r.sample(mine['follow'], min(len(mine['follow']), r.randint(1, t.get('max_follow', 3))))
    sysp = r.choice(mine['sys']) if 'sys' in mine else None
    reasoning = t.get('reasoning')
    return {'prompts': prompts, 'system': sysp, 'model': t.get('model') or r.choice(MODELS_BIG + [MODEL_THINK]),
            'temperature': t.get('temperature', r.choice([0.6, 0.7, 0.8, 1.0])), 'max_tokens': r.choice(t.get('max_tokens', [4096, 8192])),
            'reasoning': (r.randint(*reasoning) if reasoning else None),
            'out_fn': lambda i, p: int(r.lognormvariate(t.get('out_mu', 6.6), 0.45)),
            'resp_fn': lambda i, p: (ref if i == 0 and ref else None), 'tools': r.choice(t['tools']) if t.get('tools') else None}


def h_bare(w, t, acc, it):
    r = w.rng
    text, ref, kind = it
    return {'prompts': [text], 'system': None, 'model': t.get('model', MODEL_THINK), 'temperature': t.get('temperature', 1.0),
            'max_tokens': r.choice(t.get('max_tokens', [32000, 64000])), 'reasoning': r.randint(*t.get('reasoning', (4000, 24000))),
            'out_fn': lambda i, p: int(r.lognormvariate(6.9, 0.4)), 'resp_fn': lambda i, p: ref, 'conv': t.get('conv', False)}


def h_agentic(w, t, acc, it):
    """Tool-use trajectory harvesting: declares tools, feeds fake tool results, collects the model's actions."""
    r = w.rng
    phr = t['phr']
    text, ref, kind = it
    tools = r.choice(t['tools'])
    prompts = [compose(r, phr.get('pre', ['']), text, phr.get('post', ['']))]
    for _ in range(r.randint(*t.get('steps', (1, 4)))):
        prompts.append(compose(r, phr['obs_pre'], r.choice(phr['obs']), phr.get('obs_post', [''])))
    return {'prompts': prompts, 'system': r.choice(phr['sys']), 'tools': tools, 'model': t.get('model') or MODELS_BIG[0],
            'temperature': t.get('temperature', 0.3), 'max_tokens': r.choice(t.get('max_tokens', [4096, 8192])), 'gap': t.get('step_gap', (1, 6)),
            'out_fn': lambda i, p: int(r.lognormvariate(5.3, 0.6)), 'resp_fn': lambda i, p: (ref if i == 0 else None)}


def h_judge(w, t, acc, it):
    """Rubric / judge-style grading: question + candidate answer -> scored critique."""
    r = w.rng
    phr = t['phr']
    text, ref, kind = it
    cand = ref or r.choice(w.c.codegen)['response']
    if ref and r.random() < 0.45:
        # corrupt the candidate so the judge has something to catch
        nums = re.findall(r'\d+', cand)
        if nums:
            n0 = r.choice(nums)
            cand = cand.replace(n0, str(int(n0) + r.choice([-3, -1, 1, 2, 10])), 1)
    rubric = r.choice(phr['rubric'])
    p = compose(r, phr['pre'], phr['qlabel'], text.strip(), phr['alabel'], cand.strip()[:1500], '\n\n', rubric, phr['post'])
    return {'prompts': [p], 'system': r.choice(phr['sys']), 'model': t.get('model') or MODELS_BIG[0], 'temperature': t.get('temperature', 0.0),
            'max_tokens': r.choice([1024, 2048]), 'out_fn': lambda i, p: int(r.lognormvariate(5.6, 0.4)),
            'resp_fn': lambda i, p: r.choice(['Score: %d/10. ' % r.randint(2, 10), '{"score": %d, "rationale": "' % r.randint(1, 5), 'Verdict: %s. ' % r.choice(['A', 'B', 'tie'])]) + 'The reasoning in step 2 ...',
            'conv': False}


def h_selfinstruct(w, t, acc, it):
    r = w.rng
    phr = t['phr']
    ex = r.sample(w.c.seed, r.randint(2, 4))
    exs = '\n'.join(compose(r, phr['ex_fmt']).format(i=i + 1, ins=e['instruction'], inp=e['instances'][0]['input'] or '<none>', out=e['instances'][0]['output'][:250]) for i, e in enumerate(ex))
    p = compose(r, phr['pre'], '\n\n', exs, '\n\n', phr['post']).replace('{N}', str(r.choice([10, 15, 20, 25, 30, 40])))
    return {'prompts': [p], 'system': r.choice(phr.get('sys', [None])), 'model': t.get('model') or MODELS_BIG[0], 'temperature': r.choice([0.9, 1.0, 1.1]),
            'max_tokens': r.choice([4096, 8192]), 'out_fn': lambda i, p: int(r.lognormvariate(7.4, 0.3)), 'conv': False, 'stream': False}


def h_taxonomy(w, t, acc, it):
    """Capability sweep: walks a grid of domain x skill x difficulty, in the op's own phrasing."""
    r = w.rng
    phr = t['phr']
    g = acc.setdefault('_grid', 0)
    acc['_grid'] = g + 1
    dom = phr['domains'][(g + int(acc['a']['account_id'][-4:], 16) % 7) % len(phr['domains'])]
    skill = phr['skills'][(g // len(phr['domains'])) % len(phr['skills'])]
    lvl = r.choice(phr['levels'])
    p = compose(r, phr['tmpl']).format(dom=dom, skill=skill, lvl=lvl, seed=it[0][:300] if r.random() < 0.3 else '')
    return {'prompts': [p.strip()], 'system': r.choice(phr.get('sys', [None])), 'model': t.get('model') or r.choice(MODELS_BIG + [MODEL_THINK]),
            'temperature': t.get('temperature', 0.7), 'max_tokens': r.choice([4096, 8192, 16000]), 'reasoning': r.randint(500, 5000) if r.random() < 0.5 else None,
            'out_fn': lambda i, p: int(r.lognormvariate(6.5, 0.5)), 'conv': r.random() < 0.5}
