"""Distillation operations. Each operation has its own wording vocabulary, composed per request."""
from datetime import timedelta
from lib import *
from organic import filler, FOLLOWUPS, endpoint_model


def compose(rng, parts):
    """parts: list of lists (choose one from each; '' allowed)"""
    out = [rng.choice(p) for p in parts]
    return ' '.join(x for x in out if x).strip()


def nreq(rng, mean, sd_frac=0.45, lo=6):
    return max(lo, int(rng.gauss(mean, mean * sd_frac)))


class Pool:
    """shared work queue: items handed out without repetition across the operation"""
    def __init__(self, rng, items):
        self.items = list(items)
        rng.shuffle(self.items)
        self.i = 0

    def take(self):
        it = self.items[self.i % len(self.items)]
        self.i += 1
        return it


def schedule(W, aid, keys, n, tz, hours, ipf, stackf, build, days=None, sess=(3, 10), gap=(4, 40), rng=None, day_lo=0,
             day_hi=None):
    """generic driver: `build(i)` returns dict(prompts=[...], system, tools, ep, model, max_tokens, temperature, stream, reasoning, resp)"""
    rng = rng or W.rng
    done = 0
    day_hi = W.days - 1 if day_hi is None else day_hi
    while done < n:
        day = rng.randint(day_lo, day_hi)
        t = W.local_time(day, tz, hours)
        ip = ipf()
        ua, ja = stackf()
        k = min(n - done, rng.randint(*sess))
        j = 0
        while j < k:
            spec = build(done + j)
            conv = W.conv_id() if (len(spec['prompts']) > 1 or spec.get('conv')) else None
            hist = 0
            for ti, p in enumerate(spec['prompts']):
                resp = spec.get('resp')
                if callable(resp):
                    resp = resp(ti)
                rs = spec.get('reasoning')
                if callable(rs):
                    rs = rs(ti)
                hist += W.emit(aid, rng.choice(keys), t, ip if not spec.get('ip_each') else ipf(), ua, ja, spec['ep'], spec['model'], conv,
                               (ti + 1) if conv else None, spec.get('system'), p, spec.get('tools'), resp,
                               out_tok=spec.get('out')(rng) if spec.get('out') else None, reasoning=rs,
                               max_tokens=spec.get('max_tokens'), temperature=spec.get('temperature'), stream=spec.get('stream'),
                               status=W.status(p429=spec.get('p429', 0.01)), history_tokens=hist)
                t += timedelta(seconds=rng.uniform(*spec.get('tgap', gap)))
                j += 1
            if rng.random() < 0.08:
                t += timedelta(minutes=rng.uniform(10, 90))
        done += k


def gsm_resp(g):
    return re.sub(r'<<[^>]*>>', '', g['answer'])


# =================================================================== sloppy fleet (datacenter, few cards, bursts)
COT1 = [['Solve the problem below.', 'Work out the following.', 'Here is a word problem.', 'Problem:', 'Task:'],
        ['Lay out every intermediate calculation on its own line', 'Write each reasoning step explicitly before concluding',
         'Break your thinking into numbered steps', 'Think out loud, one step at a time', 'Expose the full chain of reasoning'],
        ['and finish with "ANSWER: <number>".', 'then give the final value after "=>".', 'and box the final result.',
         'and end with the answer alone on the last line.', '']]


def op_sloppy(W, campaign, n, items, wording, email_domains, n_cards, proxy_pool, sdk, burst_days, mean_req=40, model='orion-4-reasoner',
              ep='/v1/chat/completions', persona='sloppy-fleet', country_decl=('US', 'GB', 'SG'), tier='build', hours=FLAT,
              item_fmt=None, resp_fn=None, tools=None, system=None, max_tokens=8192, temperature=0.7, reasoning=(800, 6000),
              user_prefixes=None):
    rng = W.rng
    cards = [W.card('%s-card-%d' % (campaign, i)) for i in range(n_cards)]
    prox24 = [W.N.subnet24(rng, proxy_pool) for _ in range(rng.randint(4, 9))]
    pool = Pool(rng, items)
    signup_ips = [Net.in24(rng, rng.choice(prox24)) for _ in range(max(3, n // 12))]
    ua0, ja0 = stack(rng, sdk)
    for a in range(n):
        bd = rng.choice(burst_days)
        created = W.start + timedelta(days=bd, hours=rng.uniform(1, 3), minutes=rng.uniform(0, 50))
        name = rng.choice(user_prefixes or ['dev', 'ml', 'team', 'acct', 'ops', 'lab', 'data'])
        aid = W.add_account(created, rng.choice(email_domains), rng.choice(country_decl), tier, 'attack', persona, campaign=campaign,
                            payment=rng.choice(cards), signup_ip=rng.choice(signup_ips), verified=False)
        keys = [W.key_id(aid, i) for i in range(rng.randint(1, 3))]
        my24 = rng.sample(prox24, 2)

        def build(i):
            it = pool.take()
            p = item_fmt(rng, it) if item_fmt else it
            pr = wording(rng, p) if wording else p
            return dict(prompts=[pr], ep=ep, model=model, max_tokens=max_tokens, temperature=temperature, stream=False,
                        system=system, tools=tools, resp=resp_fn(it) if resp_fn and rng.random() < 0.8 else None,
                        reasoning=rng.randint(*reasoning) if reasoning else None, out=lambda r: r.randint(250, 1600), p429=0.04)
        schedule(W, aid, keys, nreq(rng, mean_req), 0, hours, lambda: Net.in24(rng, rng.choice(my24)), lambda: (ua0, ja0), build,
                 sess=(6, 25), gap=(2, 25), day_lo=min(W.days - 1, bd), day_hi=min(W.days - 1, bd + rng.randint(3, 9)))


# =================================================================== careful op (aged, own cards, residential, threads)
def op_careful(W, campaign, n, items, opener, followups, persona='careful', mean_req=38, model_choices=(('orion-4-reasoner', 3), ('orion-4', 2)),
               tools=None, system_choices=(None,), turns=(2, 4), resp_fn=None, countries=None, max_tokens=(8192, 16000, 32000)):
    rng = W.rng
    pool = Pool(rng, items)
    countries = countries or ['US', 'US', 'CA', 'GB', 'DE', 'AU', 'NL', 'FR']
    for a in range(n):
        country = rng.choice(countries)
        created = W.start - timedelta(days=rng.uniform(70, 420))
        rpool = COUNTRY_POOL[country]
        aid = W.add_account(created, rng.choice(FREEMAIL + ['gmail.com'] * 8), country, rng.choice(['build', 'build', 'scale']), 'attack', persona,
                            campaign=campaign, payment=W.card(), signup_ip=W.N.ip(rng, rpool), verified=False)
        keys = [W.key_id(aid)]
        sdk_names = [('chrome', 3), ('safari', 2), ('firefox', 2), ('edge', 1), ('anthropic_py', 2), ('openai_py', 2), ('anthropic_ts', 1), ('cli_llm', 1)]
        my_stacks = [stack(rng, wchoice(rng, sdk_names)) for _ in range(rng.randint(1, 2))]
        sysp = rng.choice(system_choices)
        model = wchoice(rng, list(model_choices))
        ep = rng.choice(['/v1/messages', '/v1/chat/completions'])
        tz = TZ[country]

        def build(i):
            it = pool.take()
            first = opener(rng, it)
            k = rng.randint(*turns)
            prompts = [first] + [f(rng, it) if callable(f) else f for f in rng.sample(followups, min(k - 1, len(followups)))]
            return dict(prompts=prompts, ep=ep, model=model, system=sysp, tools=tools, max_tokens=rng.choice(max_tokens),
                        temperature=rng.choice([None, 1.0, 0.7]), stream=True, reasoning=lambda ti: rng.randint(500, 9000) if model.endswith('reasoner') else None,
                        resp=(lambda ti, it=it: resp_fn(it) if (resp_fn and ti == 0) else None), tgap=(45, 420), p429=0.003)
        schedule(W, aid, keys, nreq(rng, mean_req, 0.3), tz, rng.choice([DIURNAL, EVENING, OFFICE]),
                 lambda: W.N.ip(rng, rpool), lambda: rng.choice(my_stacks), build, sess=(2, 8))


# =================================================================== sub-team op with cover traffic
def op_subteams(W, campaign, teams, items, wording_by_team, cover_prompts, persona='subteam', model='orion-4', resp_fn=None,
                item_fmt=None, max_tokens=4096):
    """teams: list of dict(n, sdk, net, cover, email, cards, mean, hours, created)"""
    rng = W.rng
    pool = Pool(rng, items)
    for ti, tm in enumerate(teams):
        cards = [W.card('%s-t%d-%d' % (campaign, ti, i)) for i in range(tm.get('cards', 999))] if tm.get('cards') else None
        nets24 = [W.N.subnet24(rng, tm['net']) for _ in range(3)] if tm['net'] not in ('residential',) else None
        wording = wording_by_team[ti % len(wording_by_team)]
        for a in range(tm['n']):
            country = rng.choice(tm.get('countries', ['US', 'GB', 'DE', 'IN', 'SG']))
            if tm.get('created') == 'aged':
                created = W.start - timedelta(days=rng.uniform(20, 200))
            else:
                created = W.start + timedelta(days=rng.uniform(0, W.days * 0.6))
            rpool = COUNTRY_POOL[country]
            ipf = (lambda rp=rpool: W.N.ip(rng, rp)) if nets24 is None else (lambda n24=rng.choice(nets24): Net.in24(rng, n24))
            aid = W.add_account(created, rng.choice(tm['email']), country, tm.get('tier', 'build'), 'attack', persona + '-%s' % tm.get('name', ti),
                                campaign=campaign, payment=rng.choice(cards) if cards else W.card(), signup_ip=ipf(), verified=False)
            keys = [W.key_id(aid)]
            st = stack(rng, tm['sdk'])
            ep = tm.get('ep') or endpoint_model(rng, tm['sdk'])[0]
            cover = tm['cover']

            def build(i, ep=ep, cover=cover, wording=wording):
                if rng.random() < cover:
                    p = cover_prompts(rng)
                    return dict(prompts=p, ep=ep, model=rng.choice(['orion-4', 'orion-4-mini']), max_tokens=rng.choice([1024, 2048, None]),
                                temperature=rng.choice([None, 0.7, 1.0]), stream=rng.random() < 0.5, resp=filler(rng, p[0]) if rng.random() < 0.6 else None,
                                tgap=(20, 200))
                it = pool.take()
                p = item_fmt(rng, it) if item_fmt else it
                return dict(prompts=[wording(rng, p)], ep=ep, model=model, max_tokens=max_tokens, temperature=rng.choice([0.0, 0.2, 0.3]),
                            stream=False, resp=resp_fn(it) if resp_fn and rng.random() < 0.7 else None, out=lambda r: r.randint(150, 900))
            schedule(W, aid, keys, nreq(rng, tm.get('mean', 40)), TZ[country], tm.get('hours', DIURNAL), ipf, lambda st=st: st, build,
                     sess=(3, 12), gap=(8, 120))


def cover_generic(C):
    def f(rng):
        r = rng.random()
        if r < 0.4:
            return rng.choice(C.hh)['humans'][:rng.randint(1, 2)]
        if r < 0.7:
            return [rng.choice(C.koala)]
        if r < 0.85:
            return [rng.choice(C.vicuna)]
        return [rng.choice(C.arena_other)]
    return f
