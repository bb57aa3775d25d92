#!/usr/bin/env python3
"""Blind traffic-world generator (stdlib only). Usage: gen.py OUTDIR START_DATE DAYS SEED VARIANT(w1|w2)"""
import sys, os, json, gzip, math, random, datetime as dt, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import Corpora, Net, traces
from stacks import STACKS, endpoint_for, randomized_ja4
import voices as V
from voices import pick

MODELS = {'large': 'm2-large-2026-02-11', 'mini': 'm2-mini-2026-01-20', 'reason': 'm2-reasoner-2026-03-04', 'old': 'm1-large-2025-06-30'}
PER_TOK = {'large': 0.022, 'mini': 0.008, 'reason': 0.018, 'old': 0.03}
DISPOSABLE = ['mailinator.com', 'tmpmail.cc', 'guerrillamail.com', 'sharklasers.com', 'yopmail.com', '10minutemail.net', 'tempmail.dev', 'mail.tm', 'dropmail.me']
LOOKALIKE = ['gmai1.com', 'outl00k.com', 'protonmaii.com', 'icloud-mail.co', 'yaho0.net', 'hotmial.com']
FREE_MAIL = ['gmail.com'] * 10 + ['outlook.com'] * 3 + ['yahoo.com'] * 2 + ['icloud.com'] * 2 + ['proton.me', 'hotmail.com', 'gmx.de', 'web.de', 'qq.com', '163.com', 'naver.com', 'yandex.ru', 'mail.ru', 'orange.fr', 'libero.it']
COMPANY = ['acmeanalytics.io', 'pinecrest.dev', 'lumenhq.com', 'orbitfin.co', 'fernwood.ai', 'northgate-labs.com', 'quillstack.io', 'tidepool.app', 'basaltsoft.com',
           'vantaweb.de', 'kojiworks.jp', 'maplebyte.ca', 'sundial.studio', 'ridgeline.tech', 'copperkite.com', 'nordhaven.se', 'brisa.com.br', 'hexacore.in']
COUNTRY_BY_CAT = {'resid_us': ['US'], 'resid_eu': ['DE', 'FR', 'GB', 'ES', 'IT', 'NL', 'SE', 'CH', 'BE'], 'resid_ap': ['AU', 'JP', 'KR', 'IN', 'SG', 'TW', 'PH', 'VN'],
                  'resid_am': ['CA', 'MX', 'BR', 'AR'], 'mobile': ['US', 'IN', 'GB', 'ES', 'DE'], 'univ': ['US', 'GB', 'DE', 'CA'], 'vpn': ['US', 'DE', 'NL', 'GB', 'SE', 'CH', 'SG', 'FR']}
TZ_BY_CAT = {'resid_us': [-8, -7, -6, -5], 'resid_eu': [0, 1, 2], 'resid_ap': [8, 9, 10, 5], 'resid_am': [-5, -3, -6], 'mobile': [-5, 1, 5, 0], 'univ': [-5, 0, 1]}
DIURNAL = [0.2, 0.1, 0.06, 0.05, 0.05, 0.1, 0.3, 0.6, 1.0, 1.3, 1.4, 1.4, 1.2, 1.3, 1.4, 1.4, 1.3, 1.1, 1.0, 1.1, 1.2, 1.1, 0.8, 0.45]


def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)


class World:
    def __init__(self, out, start, days, seed, variant):
        self.r = random.Random(seed)
        self.seed, self.variant = seed, variant
        self.out, self.days = out, days
        self.t0 = dt.datetime.strptime(start, '%Y-%m-%d')
        self.t1 = self.t0 + dt.timedelta(days=days)
        self.C, self.N, self.T = Corpora(), Net(), traces()
        self.accounts, self.labels, self.rows = [], [], []
        self.counts = collections.Counter()
        self.idn = 0
        self.used_ids = set()

    # ------------------------------------------------------------ ids
    def hexid(self, p, n=16):
        while True:
            s = p + '%0*x' % (n, self.r.getrandbits(4 * n))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def new_account(self, label, persona, campaign=None, created=None, org=None, email=None, card=None, signup_ip=None, country=None,
                    tier='build', verified=False, nkeys=1, stack=None, ipf=None, tz=0, endpoint=None):
        a = dict(account_id=self.hexid('acct_', 14), created_at=iso(created), org_id=org, email_domain=email,
                 payment_fingerprint=card, signup_ip=signup_ip, country=country, tier=tier, verified=verified)
        self.accounts.append(a)
        self.labels.append(dict(account_id=a['account_id'], label=label, campaign=campaign, persona=persona))
        st = dict(acct=a, keys=[self.hexid('key_', 12) for _ in range(nkeys)], stack=stack, ipf=ipf, tz=tz, persona=persona, label=label, endpoint=endpoint)
        self.counts[(label, campaign or persona)] += 1
        return st

    def card(self):
        return 'pm_' + '%024x' % self.r.getrandbits(96)

    # ------------------------------------------------------------ time
    def rand_time(self, st, mode='human', weekend=0.6, lo=None, hi=None):
        r = self.r
        lo = lo or self.t0
        hi = hi or self.t1
        span = (hi - lo).total_seconds()
        if mode == 'flat':
            return lo + dt.timedelta(seconds=r.random() * span)
        for _ in range(60):
            t = lo + dt.timedelta(seconds=r.random() * span)
            local = t + dt.timedelta(hours=st['tz'])
            w = DIURNAL[local.hour] / 1.4
            if mode == 'office':
                w = 1.0 if 8 <= local.hour < 19 else 0.05
                if local.weekday() >= 5:
                    w *= 0.08
            elif local.weekday() >= 5:
                w *= weekend
            if r.random() < w:
                return t
        return t

    # ------------------------------------------------------------ emit
    def emit(self, st, ts, prompt, system=None, conv=None, turn=None, model='large', tools=None, max_tokens=None, temperature=None,
             stream=None, reasoning=False, out_hint=None, response=None, history=0, ip=None, ua=None, ja4=None, endpoint=None, status=None):
        r = self.r
        a = st['acct']
        stack = st['stack']
        if callable(stack):
            stack = stack(r)
        sj, uaf = STACKS[stack]
        if ja4 is None:
            ja4 = st.get('ja4_override') or sj
        if ua is None:
            ua = st.get('ua') or uaf(r)
        if ip is None:
            ip = st['ipf'](r)
        endpoint = endpoint or st.get('endpoint') or endpoint_for(stack, r)
        in_tok = int(len(prompt) / 3.7) + (int(len(system) / 3.7) if system else 0) + history + (len(tools) * 140 if tools else 0) + r.randint(6, 30)
        if out_hint is None:
            out_hint = pick(r, self.T['conv'])[1]
        out = max(1, int(out_hint * r.uniform(0.7, 1.4)))
        if max_tokens:
            out = min(out, max_tokens)
        rt = None
        if reasoning or model == 'reason':
            rt = int(r.lognormvariate(math.log(1400 if reasoning is True else max(200, reasoning)), 0.6))
            if max_tokens and model != 'reason':
                rt = min(rt, max(0, max_tokens * 4))
        if status is None:
            x = r.random()
            status = 200 if x < 0.972 else (429 if x < 0.985 else (400 if x < 0.993 else (500 if x < 0.998 else 529)))
        if status != 200:
            out, rt_b, resp = 0, None, None
            lat = r.randint(15, 90) if status in (429, 400) else r.randint(400, 30000)
        else:
            rt_b = rt
            resp = response
            if resp is not None and r.random() < 0.12:
                resp = None  # privacy-redacted
            lat = int(r.lognormvariate(math.log(550), 0.45) + (out + (rt or 0)) * PER_TOK.get(model, 0.02) * 1000 * r.uniform(0.7, 1.3))
        self.idn += 1
        row = dict(id='req_%s' % self.hexid('', 20), ts=iso(ts), account_id=a['account_id'], api_key_id=pick(r, st['keys']), ip=ip, user_agent=ua,
                   tls_ja4=ja4, endpoint=endpoint, model=MODELS.get(model, model), conversation_id=conv, turn=turn, system=system, prompt=prompt,
                   tool_names=tools, response=(resp[:900] if resp else resp), input_tokens=in_tok, output_tokens=out, reasoning_tokens=rt_b,
                   max_tokens=max_tokens, temperature=temperature, stream=stream, status=status, latency_ms=lat)
        self.rows.append(row)
        return in_tok + out

    def conv_id(self):
        r = self.r
        return '%08x-%04x-4%03x-%04x-%012x' % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), 0x8000 | r.getrandbits(14), r.getrandbits(48))

    def thread(self, st, t, turns, gap_med=70, **kw):
        """Emit a multi-turn conversation. turns: list of (prompt, response, out_hint, extra-kw)."""
        fc = kw.pop('force_conv', False)
        cid = self.conv_id() if (len(turns) > 1 or fc or self.r.random() < 0.5) else None
        hist = 0
        for i, (p, resp, oh, ex) in enumerate(turns):
            k = dict(kw)
            k.update(ex or {})
            if t >= self.t1:
                break
            used = self.emit(st, t, p, conv=cid, turn=(i + 1) if cid else None, history=hist, response=resp, out_hint=oh, **k)
            hist += used
            t = t + dt.timedelta(seconds=max(3, self.r.lognormvariate(math.log(gap_med), 0.8)))
        return t

    # ------------------------------------------------------------ content helpers
    def resp_generic(self, p):
        r = self.r
        head = pick(r, ['Sure! ', 'Here\'s ', 'Great question. ', 'Certainly. ', '', 'Short answer: ', 'Let\'s break it down. '])
        body = pick(r, ['There are a few things to consider here. ', 'The key idea is simple once you see it. ', 'Below is a concise overview. ',
                        'It depends a bit on your setup, but generally: ', 'Here is one way to think about it. '])
        return head + body + ' '.join(p.split()[:12]) + ' ... ' + pick(r, ['1. ', '- ', 'First, ']) + pick(r, ['start with the basics', 'check the constraints', 'compare the options', 'look at the inputs'])

    def gsm(self, train=True):
        x = pick(self.r, self.C.gsm_train if train else self.C.gsm_test)
        return x['question'], x['answer'].replace('<<', '').replace('>>', ' ')

    def organic_prompt(self):
        r, C = self.r, self.C
        k = r.random()
        if k < 0.25:
            return pick(r, C.hh)[0]
        if k < 0.4:
            return pick(r, C.koala)
        if k < 0.5:
            return pick(r, C.vicuna)
        if k < 0.62:
            x = pick(r, C.user_or)
            inp = x['instances'][0]['input']
            return x['instruction'] + ('\n\n' + inp if inp else '')
        if k < 0.72:
            return pick(r, C.mtbench)['turns'][0]
        if k < 0.82:
            return pick(r, C.arena_other)
        return pick(r, V.CASUAL_OWN)

    def casualize(self, p):
        r = self.r
        p = pick(r, V.CASUAL_OPEN) + p + pick(r, V.CASUAL_TAIL)
        if r.random() < 0.3:
            p = p.lower()
        return p

    def dev_prompt(self):
        r, C = self.r, self.C
        k = r.random()
        if k < 0.35:
            return pick(r, V.DEV_OPEN) + pick(r, C.arena_code)
        if k < 0.6:
            x = pick(r, C.codegen)
            return pick(r, V.DEV_OPEN) + x['instruction'] + ('\n' + x['input'] if x['input'] else '')
        if k < 0.85:
            return pick(r, V.DEV_ASKS) + '\n\n```\n' + pick(r, V.DEV_SNIPPETS) + '```'
        if k < 0.92:
            return 'complete this:\n' + pick(r, C.humaneval)['prompt']
        return pick(r, C.arena_other)

    # ------------------------------------------------------------ network helpers
    def home_ipf(self, cat=None):
        r = self.r
        cat = cat or r.choices(['resid_us', 'resid_eu', 'resid_ap', 'resid_am', 'mobile'], [40, 28, 14, 8, 10])[0]
        fixed = self.N.ip(r, cat)
        sub = self.N.subnet(r, 'mobile') if r.random() < 0.4 else None
        extra = self.N.ip(r, 'resid_us') if r.random() < 0.2 else None

        def f(rr):
            x = rr.random()
            if sub and x < 0.25:
                return sub(rr)
            if extra and x < 0.35:
                return extra
            return fixed
        return cat, f

    def created_before(self, days_lo, days_hi):
        return self.t0 - dt.timedelta(days=self.r.uniform(days_lo, days_hi), seconds=self.r.randint(0, 86399))

    # =========================================================== ORGANIC PERSONAS
    def org_enterprise(self, n_acc, req_total, sysp, stacks, egress_cat, tools=None, content='tickets', name='verified-enterprise', verified=True, cards=1):
        r = self.r
        org = self.hexid('org_', 12)
        created = self.created_before(20, 300)
        card_list = [self.card() for _ in range(cards)]
        nat = [self.N.ip(r, egress_cat) for _ in range(r.choice([1, 2, 3]))]
        dom = pick(r, COMPANY)
        tz = pick(r, [-5, -8, 1, 0])
        sts = []
        for i in range(n_acc):
            st = self.new_account('organic', name, created=created + dt.timedelta(seconds=r.randint(5, 600)), org=org, email=dom,
                                  card=pick(r, card_list), signup_ip=nat[0], country='US' if tz < 0 else pick(r, ['DE', 'GB', 'NL']),
                                  tier='enterprise' if verified else 'scale', verified=verified, nkeys=r.choice([1, 1, 2, 3]), stack=pick(r, stacks),
                                  ipf=(lambda rr, nat=nat: pick(rr, nat)), tz=tz)
            sts.append(st)
        weights = [r.paretovariate(1.5) for _ in sts]
        for _ in range(req_total):
            st = r.choices(sts, weights)[0]
            t = self.rand_time(st, 'office' if r.random() < 0.75 else 'flat')
            if content == 'tickets':
                p = pick(r, V.TICKETS).format(n=r.randint(100000, 999999))
                if r.random() < 0.3:
                    x = pick(r, self.C.user_or)
                    p = x['instances'][0]['input'] or p
                self.emit(st, t, p, system=sysp, model='mini', max_tokens=600, temperature=0.2, stream=False, out_hint=r.randint(40, 220),
                          response='Thanks for reaching out! ' + self.resp_generic(p))
            elif content == 'agent':
                steps = r.randint(2, 9)
                task = self.dev_prompt()
                turns = [(task if i == 0 else pick(r, ['[tool_result] ' + pick(r, ['tests: 41 passed, 2 failed', 'grep: 7 matches', 'file contents (212 lines)', 'exit code 0', 'Traceback (most recent call last): ...']),
                                                          'continue']), None, r.randint(60, 700), None) for i in range(steps)]
                self.thread(st, t, turns, gap_med=9, system=sysp, model='large', tools=tools, max_tokens=8192, temperature=0.0, stream=True, force_conv=True)
            elif content == 'docs':
                p = pick(r, ['Review the following clause:\n', 'Summarize:\n', 'Flag risks in:\n']) + pick(r, self.C.arena_other)[:400]
                self.emit(st, t, p, system=sysp, model='large', max_tokens=2000, temperature=0.0, stream=False, out_hint=r.randint(150, 900),
                          response='{"summary": "' + self.resp_generic(p)[:120] + '"}')
            else:  # rewrite
                p = pick(r, self.C.user_or)['instances'][0]['input'] or pick(r, V.CASUAL_OWN)
                self.emit(st, t, p, system=sysp, model='mini', max_tokens=800, temperature=0.7, stream=True, out_hint=r.randint(60, 300),
                          response=self.resp_generic(p))

    def org_eval(self, n_acc, req_total, bench, stack, cloud, name='eval-harness'):
        r = self.r
        org = self.hexid('org_', 12) if r.random() < 0.7 else None
        card = self.card()
        subs = [self.N.subnet(r, cloud) for _ in range(2)]
        created = self.created_before(30, 500)
        sts = [self.new_account('organic', name, created=created + dt.timedelta(minutes=r.randint(0, 60 * 24 * 30)), org=org,
                                email=pick(r, ['stanford.edu', 'cs.cmu.edu', 'mila.quebec', 'ox.ac.uk', 'eleuther.ai', 'allenai.org', 'ethz.ch', pick(r, COMPANY)]),
                                card=card, signup_ip=None, country=pick(r, ['US', 'CA', 'GB', 'CH']), tier='scale', verified=r.random() < 0.5,
                                nkeys=r.randint(1, 4), stack=stack, ipf=(lambda rr, s=pick(r, subs): s(rr)), tz=0) for _ in range(n_acc)]
        for a in sts:
            a['acct']['signup_ip'] = a['ipf'](r)
        # runs: each run = a contiguous burst through (a slice of) the benchmark, repeated across runs
        items = []
        if 'gsm' in bench:
            items += [('gsm', x) for x in self.C.gsm_test[:600]]
        if 'he' in bench:
            items += [('he', x) for x in self.C.humaneval]
        if 'mt' in bench:
            items += [('mt', x) for x in self.C.mtbench]
        if 'judge' in bench:
            items += [('judge', x) for x in self.C.mtbench]
        done = 0
        while done < req_total:
            st = pick(r, sts)
            t = self.rand_time(st, 'flat')
            model = pick(r, ['large', 'mini', 'reason', 'old'])
            temp = pick(r, [0.0, 0.0, 0.0, 0.7, 1.0])
            k = min(req_total - done, r.randint(80, 400))
            start = r.randrange(len(items))
            shots = r.random() < 0.5
            for j in range(k):
                kind, x = items[(start + j) % len(items)]
                if kind == 'gsm':
                    p = x['question']
                    if shots:
                        p = 'Question: ' + self.C.gsm_train[0]['question'] + '\nAnswer: ' + self.C.gsm_train[0]['answer'].split('####')[-1].strip() + '\n\nQuestion: ' + p + '\nAnswer:'
                    resp, oh, mt = x['answer'], r.randint(80, 300), 512
                elif kind == 'he':
                    p, resp, oh, mt = x['prompt'], x['canonical_solution'], r.randint(60, 400), 1024
                elif kind == 'mt':
                    p, resp, oh, mt = x['turns'][0], None, r.randint(200, 800), 2048
                else:
                    p = ('[System]\nAct as an impartial judge and rate the quality of the assistant answer to the user question below on a scale of 1 to 10. '
                         'Output your rating strictly as "[[rating]]".\n\n[Question]\n%s\n\n[The Start of Assistant\'s Answer]\n%s\n[The End of Assistant\'s Answer]'
                         % (x['turns'][0], self.resp_generic(x['turns'][0])))
                    resp, oh, mt = 'The answer is relevant but shallow... Rating: [[6]]', r.randint(80, 300), 1024
                self.emit(st, t, p, model=model, max_tokens=mt, temperature=temp, stream=False, out_hint=oh, response=resp,
                          reasoning=(model == 'reason'))
                t += dt.timedelta(seconds=r.uniform(0.3, 4))
                done += 1

    def persona_people(self, persona, n_acc, req_mean, kind):
        """Individuals: casual, vpn-user, developer, power-user, researcher, writer, data-hobbyist."""
        r = self.r
        for _ in range(n_acc):
            if kind == 'vpn':
                cat, ipf0 = 'vpn', None
                vp = [self.N.ip(r, 'vpn') for _ in range(r.randint(1, 6))]
                home_cat, home = self.home_ipf()
                ipf = lambda rr, vp=vp, home=home: pick(rr, vp) if rr.random() < 0.85 else home(rr)
                country = pick(r, COUNTRY_BY_CAT['vpn'])
                tz = pick(r, [-5, 1, 0, 8, -8])
                sip = vp[0]
            else:
                cat, ipf = self.home_ipf()
                country = pick(r, COUNTRY_BY_CAT.get(cat, ['US']))
                tz = pick(r, TZ_BY_CAT.get(cat, [0]))
                sip = ipf(r)
            if kind in ('casual', 'vpn', 'writer'):
                stack = r.choices(['chrome', 'safari', 'firefox', 'ios-app', 'android-app', 'edge', 'ios-safari', 'openai-python', 'node-fetch'], [30, 12, 8, 12, 10, 8, 6, 8, 4])[0]
            elif kind in ('dev', 'power'):
                stack = r.choices(['openai-python', 'anthropic-python', 'openai-node', 'anthropic-node', 'curl', 'curl-windows', 'powershell', 'go-net-http',
                                   'rust-reqwest', 'java-http', 'cli-tool', 'litellm', 'langchain', 'zscaler-sdk', 'zscaler-chrome', 'bluecoat-edge',
                                   'paloalto-sdk', 'python-requests', 'axios', 'okhttp', 'chrome'],
                                  [16, 14, 8, 7, 6, 3, 1, 3, 2, 2, 7, 4, 4, 3, 2, 1, 1, 6, 3, 1, 5])[0]
            elif kind == 'research':
                stack = pick(r, ['openai-python', 'anthropic-python', 'python-requests', 'aiohttp', 'chrome', 'firefox', 'litellm'])
            else:  # hobbyist
                stack = pick(r, ['openai-python', 'python-requests', 'aiohttp', 'anthropic-python', 'python-httpx', 'node-fetch'])
            mail = pick(r, FREE_MAIL) if r.random() < 0.75 else pick(r, COMPANY)
            tier = 'free' if (kind in ('casual', 'vpn') and r.random() < 0.55) else pick(r, ['build', 'build', 'scale']) if kind in ('power', 'hobby') else 'build'
            st = self.new_account('organic', persona, created=self.created_before(-self.days * 0.8 if r.random() < 0.15 else 1, 700), email=mail,
                                  card=None if tier == 'free' else self.card(), signup_ip=sip, country=country, tier=tier, verified=r.random() < 0.1,
                                  nkeys=r.choice([1, 1, 1, 2]), stack=stack, ipf=ipf, tz=tz)
            ca = dt.datetime.strptime(st['acct']['created_at'][:19], '%Y-%m-%dT%H:%M:%S')
            n = max(1, int(r.lognormvariate(math.log(req_mean), 0.9)))
            done = 0
            while done < n:
                t = self.rand_time(st, 'office' if kind == 'dev' and r.random() < 0.6 else 'human', lo=max(self.t0, ca))
                model = r.choices(['large', 'mini', 'reason', 'old'], [45, 35, 15, 5])[0]
                stream = r.random() < (0.7 if kind in ('casual', 'vpn', 'writer') else 0.4)
                temp = pick(r, [None, None, 0.7, 1.0, 0.2, 0.0, 0.5])
                mt = pick(r, [None, 1024, 2048, 4096, 8192]) if kind != 'casual' else pick(r, [None, None, 1024])
                if kind in ('casual', 'vpn'):
                    p = self.casualize(self.organic_prompt())
                    L = r.choices([1, 2, 3, 4, 6], [55, 20, 12, 8, 5])[0]
                    turns = [(p, self.resp_generic(p), None, None)] + [(pick(r, V.FOLLOW_CASUAL), None, None, None) for _ in range(L - 1)]
                    self.thread(st, t, turns, gap_med=60, model=model, temperature=temp, stream=stream, max_tokens=mt)
                elif kind == 'writer':
                    if r.random() < 0.5:
                        x = pick(r, self.C.roleplay)
                        p = x['instruction']
                    else:
                        p = pick(r, V.WRITER_ASKS).format(x=pick(r, V.WRITER_X))
                    L = r.choices([1, 2, 4, 7], [30, 30, 25, 15])[0]
                    turns = [(p, None, r.randint(300, 1200), None)] + [(pick(r, V.FOLLOW_WRITER), None, r.randint(200, 1000), None) for _ in range(L - 1)]
                    sysw = pick(r, [None, None, 'You are a skilled fiction editor.', 'Write in British English.'])
                    self.thread(st, t, turns, gap_med=150, system=sysw, model=model, temperature=pick(r, [0.9, 1.0, 0.8, None]), stream=stream, max_tokens=mt)
                elif kind in ('dev', 'power'):
                    p = self.dev_prompt()
                    L = r.choices([1, 2, 3, 5, 8, 14], [35, 20, 15, 15, 10, 5] if kind == 'dev' else [15, 15, 15, 20, 20, 15])[0]
                    agentic = kind == 'power' and r.random() < 0.45 or (kind == 'dev' and r.random() < 0.12)
                    tools = pick(r, [['read_file', 'write_file', 'run_shell', 'search_code'], ['bash', 'str_replace_editor'], ['web_search', 'fetch_url'],
                                     ['run_tests', 'read_file', 'apply_patch', 'list_dir', 'grep'], ['get_weather', 'calendar_lookup']]) if agentic else None
                    if agentic:
                        turns = [(p, None, r.randint(100, 800), None)] + [(pick(r, ['[tool_result]\n' + pick(r, V.DEV_SNIPPETS), 'continue', 'ok go ahead', '[tool_result] exit code 1\nAssertionError']), None, r.randint(80, 900), None) for _ in range(L - 1)]
                        gap = 12
                    else:
                        turns = [(p, self.resp_generic(p), r.randint(150, 1100), None)] + [(pick(r, V.FOLLOW_DEV), None, r.randint(100, 900), None) for _ in range(L - 1)]
                        gap = 90
                    sysd = pick(r, [None, None, 'You are a helpful coding assistant.', 'Answer with code only unless asked.', 'You are an expert Python developer. Be terse.'])
                    self.thread(st, t, turns, gap_med=gap, system=sysd, model=model, tools=tools, temperature=pick(r, [0.0, 0.2, None]), stream=stream, max_tokens=mt,
                                reasoning=(r.random() < 0.2))
                elif kind == 'research':
                    if r.random() < 0.5:
                        q, ans = self.gsm(r.random() < 0.5)
                        p = pick(r, ['Let\'s think step by step. ', 'Solve carefully, showing reasoning: ', '', 'For a paper on CoT faithfulness - please answer with your reasoning:\n']) + q
                    else:
                        ans = None
                        p = pick(r, self.C.arena_other + self.C.arena_code) + pick(r, ['', '\nPlease reason step by step.', '\nExplain your reasoning in detail.'])
                    L = r.choices([1, 2, 3], [60, 25, 15])[0]
                    turns = [(p, ans, r.randint(200, 900), None)] + [(pick(r, V.FOLLOW_RESEARCH), None, r.randint(100, 700), None) for _ in range(L - 1)]
                    self.thread(st, t, turns, gap_med=120, model=pick(r, ['reason', 'large', 'large', 'reason']), temperature=pick(r, [0.0, 0.7, None]),
                                stream=False, max_tokens=pick(r, [2048, 4096, 16000, None]), reasoning=r.random() < 0.5)
                else:  # data hobbyist: bulk generation in batches
                    batch = r.randint(5, 40)
                    for _ in range(batch):
                        if r.random() < 0.4:
                            seeds = r.sample(self.C.seed, 3)
                            p = self.C.alpaca[:pick(r, [len(self.C.alpaca), 600])] + '\n' + '\n'.join('%d. Instruction: %s' % (i + 1, s['instruction']) for i, s in enumerate(seeds))
                            oh = r.randint(900, 2500)
                        else:
                            x = pick(r, self.C.roleplay + self.C.codegen)
                            p = pick(r, ['Answer the following instruction well.\n', 'Respond:\n', '']) + x['instruction'] + ('\nInput: ' + x['input'] if x['input'] else '')
                            oh = r.randint(200, 700)
                        self.emit(st, t, p, model=pick(r, ['mini', 'large']), temperature=pick(r, [0.7, 1.0]), max_tokens=pick(r, [2048, 3072]), stream=False, out_hint=oh)
                        t += dt.timedelta(seconds=r.uniform(2, 25))
                        done += 1
                        if done >= n or t >= self.t1:
                            break
                    continue
                done += L

    def campus(self, n_acc, req_mean):
        r = self.r
        univ_nat = [self.N.ip(r, 'univ') for _ in range(2)]
        dom = pick(r, ['umich.edu', 'utexas.edu', 'ed.ac.uk', 'tum.de', 'ubc.ca', 'unimelb.edu.au', 'uw.edu'])
        tz = -5 if dom.endswith('.edu') else 1
        sts = []
        for _ in range(n_acc):
            stack = r.choices(['chrome', 'safari', 'firefox', 'openai-python', 'anthropic-python', 'python-requests', 'ios-app', 'android-app', 'edge'], [25, 15, 8, 18, 8, 8, 7, 6, 5])[0]
            home_cat, home = self.home_ipf('resid_us' if tz < 0 else 'resid_eu')
            st = self.new_account('organic', 'campus-nat', created=self.created_before(-3, 400), email=dom if r.random() < 0.7 else pick(r, FREE_MAIL),
                                  card=None if r.random() < 0.7 else self.card(), signup_ip=univ_nat[0], country='US' if tz < 0 else 'GB',
                                  tier='free' if r.random() < 0.7 else 'build', nkeys=1, stack=stack,
                                  ipf=(lambda rr, home=home: pick(rr, univ_nat) if rr.random() < 0.8 else home(rr)), tz=tz)
            sts.append(st)
            n = max(1, int(r.lognormvariate(math.log(req_mean), 0.8)))
            done = 0
            while done < n:
                t = self.rand_time(st, 'human', weekend=0.3)
                x = r.random()
                if x < 0.3:
                    p = self.dev_prompt()
                elif x < 0.5:
                    p = self.gsm(r.random() < 0.5)[0]
                else:
                    p = self.casualize(self.organic_prompt())
                L = r.choices([1, 2, 3, 5], [50, 25, 15, 10])[0]
                turns = [(p, None, None, None)] + [(pick(r, V.FOLLOW_CASUAL + V.FOLLOW_DEV), None, None, None) for _ in range(L - 1)]
                self.thread(st, t, turns, gap_med=80, model=pick(r, ['mini', 'large', 'mini']), stream=r.random() < 0.6, temperature=None)
                done += L

    def classroom(self, n_students, wrapper, homework, deadlines, home_nat=True):
        r = self.r
        nat = self.N.ip(r, 'univ')
        dom = pick(r, ['k12.ca.us', 'springfieldschools.org', 'lincolnhs.edu', 'student.ac.uk'])
        tz = -8 if 'ca.us' in dom else (-5 if not dom.endswith('uk') else 0)
        created = self.t0 - dt.timedelta(days=r.randint(10, 60))
        card = self.card()  # school pays
        org = self.hexid('org_', 12)
        teacher = self.new_account('organic', 'classroom-teacher', created=created, org=org, email=dom, card=card, signup_ip=nat, country='US', tier='build',
                                   nkeys=1, stack='chrome', ipf=lambda rr: nat, tz=tz)
        for _ in range(n_students):
            cat, home = self.home_ipf('resid_us' if tz < 0 else 'resid_eu')
            st = self.new_account('organic', 'classroom', created=created + dt.timedelta(minutes=r.randint(1, 55)), org=org, email=dom, card=card,
                                  signup_ip=nat, country='US', tier='build', nkeys=1, stack=pick(r, ['chrome', 'chrome', 'safari', 'edge', 'ios-safari', 'android-chrome']),
                                  ipf=(lambda rr, home=home: nat if rr.random() < (0.5 if home_nat else 0.9) else home(rr)), tz=tz, endpoint='/v1/chat/completions')
            for d in deadlines:
                dl = self.t0 + dt.timedelta(days=d, hours=23 - tz)
                k = r.randint(2, 9)
                for q in r.sample(homework, min(k, len(homework))):
                    t = dl - dt.timedelta(hours=r.expovariate(1 / 14.0))
                    if t < self.t0:
                        continue
                    p = pick(r, V.HOMEWORK_STUDENT).format(n=homework.index(q) + 1) + q[0]
                    turns = [(wrapper.format(q=p), q[1], r.randint(100, 400), None)] + [(pick(r, ['still confused', 'why do we divide there?', 'is the answer ' + str(r.randint(2, 90)) + '?', 'ok got it thx']), None, None, None) for _ in range(r.choice([0, 0, 1, 2]))]
                    self.thread(st, t, turns, gap_med=50, model='mini', temperature=0.3, stream=True, max_tokens=800)
        for _ in range(20):
            t = self.rand_time(teacher, 'office')
            self.emit(teacher, t, pick(r, ['Make 10 practice problems like: ', 'Write an answer key for: ']) + pick(r, homework)[0], model='large', out_hint=600)

    def startups(self, n_orgs, per, req_mean):
        """Unverified small companies: shared card, shared system prompt, several keys, cloud egress."""
        r = self.r
        for _ in range(n_orgs):
            org = self.hexid('org_', 12)
            card = self.card()
            sysp = pick(r, V.ENTERPRISE_SYS) + pick(r, ['', ' Respond in the user\'s language.', ' Keep answers under 150 words.'])
            egress = self.N.subnet(r, pick(r, ['cloud_aws', 'cloud_gcp', 'cloud_misc', 'dc']))
            dom = pick(r, COMPANY)
            created = self.created_before(5, 200)
            stack = pick(r, ['openai-node', 'openai-python', 'anthropic-python', 'go-net-http', 'axios', 'java-http'])
            sts = [self.new_account('organic', 'startup-app', created=created + dt.timedelta(hours=r.uniform(0, 48)), org=org, email=dom, card=card,
                                    signup_ip=egress(r), country=pick(r, ['US', 'DE', 'IN', 'BR']), tier='build', nkeys=r.randint(1, 3), stack=stack,
                                    ipf=egress, tz=pick(r, [-5, 1, 5])) for _ in range(per)]
            for st in sts:
                for _ in range(max(1, int(r.lognormvariate(math.log(req_mean), 0.6)))):
                    t = self.rand_time(st, 'flat' if r.random() < 0.5 else 'human')
                    p = self.organic_prompt() if r.random() < 0.7 else pick(r, V.TICKETS).format(n=r.randint(1000, 99999))
                    self.emit(st, t, p, system=sysp, model=pick(r, ['mini', 'large']), temperature=0.3, stream=r.random() < 0.5, max_tokens=1024,
                              response=self.resp_generic(p))

    def app_backends(self, n, req_mean):
        """Single accounts relaying many end-users (mobile app backends / chat wrappers)."""
        r = self.r
        for _ in range(n):
            egress = self.N.subnet(r, pick(r, ['cloud_aws', 'cloud_gcp', 'cloud_az', 'dc']))
            st = self.new_account('organic', 'app-backend', created=self.created_before(30, 400), email=pick(r, COMPANY), card=self.card(),
                                  signup_ip=self.N.ip(r, 'resid_us'), country=pick(r, ['US', 'IN', 'GB']), tier='scale', nkeys=2,
                                  stack=pick(r, ['openai-node', 'go-net-http', 'openai-python', 'rust-reqwest']), ipf=egress, tz=-5)
            sysp = 'You are %s, a friendly companion inside the %s app. Keep replies short.' % (pick(r, ['Milo', 'Aria', 'Pip', 'Sage']), pick(r, ['Pocketmind', 'AskAway', 'Notewise']))
            for _ in range(int(req_mean * r.uniform(0.6, 1.4))):
                t = self.rand_time(st, 'human')
                p = self.casualize(self.organic_prompt())
                self.emit(st, t, p, system=sysp, model='mini', temperature=0.8, stream=True, max_tokens=500, conv=self.conv_id() if r.random() < 0.7 else None,
                          turn=r.randint(1, 12), response=self.resp_generic(p))

    def dormant(self, n):
        r = self.r
        for _ in range(n):
            cat, ipf = self.home_ipf()
            st = self.new_account('organic', 'trial-user', created=self.created_before(-self.days, 30), email=pick(r, FREE_MAIL), card=None,
                                  signup_ip=ipf(r), country=pick(r, COUNTRY_BY_CAT.get(cat, ['US'])), tier='free', stack=pick(r, ['chrome', 'curl', 'openai-python']), ipf=ipf,
                                  tz=pick(r, TZ_BY_CAT.get(cat, [0])))
            ca = dt.datetime.strptime(st['acct']['created_at'][:19], '%Y-%m-%dT%H:%M:%S')
            for _ in range(r.choice([1, 1, 2, 3])):
                t = self.rand_time(st, 'human', lo=max(ca, self.t0))
                self.emit(st, t, pick(r, ['hello', 'test', 'Say hi', 'what model are you', 'hi there']) if r.random() < 0.6 else self.organic_prompt(),
                          model='mini', max_tokens=pick(r, [50, 256, None]), out_hint=r.randint(5, 60))

    # =========================================================== ATTACKS
    def item(self, kind, pool_state, sa):
        """Draw an item of a given harvest kind. pool_state: per-op iterator state for distinct draws."""
        r, C = self.r, self.C
        if kind in ('math', 'math-pert'):
            if pool_state is not None:
                x = C.gsm_train[pool_state['math'].pop()] if pool_state['math'] else pick(r, C.gsm_train)
            else:
                x = pick(r, C.gsm_train if r.random() < 0.8 else C.gsm_test)
            q = x['question']
            if kind == 'math-pert':
                q = V.perturb_numbers(r, q)
            return q, x['answer'].replace('<<', '').replace('>>', ' ')
        if kind == 'code':
            k = r.random()
            if pool_state is not None and pool_state['code']:
                i = pool_state['code'].pop()
                if i < len(C.humaneval):
                    return C.humaneval[i]['prompt'], C.humaneval[i]['canonical_solution']
                x = C.codegen[i - len(C.humaneval)]
                return x['instruction'] + ('\n' + x['input'] if x['input'] else ''), x['response']
            if k < 0.2:
                x = pick(r, C.humaneval)
                return x['prompt'], x['canonical_solution']
            if k < 0.8:
                x = pick(r, C.codegen)
                return x['instruction'] + ('\n' + x['input'] if x['input'] else ''), x['response']
            return pick(r, C.arena_code), None
        if kind == 'reason':
            if pool_state is not None and pool_state['reason']:
                return pool_state['reason'].pop(), None
            k = r.random()
            if k < 0.4:
                return pick(r, C.arena_other), None
            if k < 0.6:
                return pick(r, C.koala), None
            if k < 0.8:
                return self.gsm(True)[0], None
            x = pick(r, C.user_or)
            return x['instruction'] + ('\n\n' + x['instances'][0]['input'] if x['instances'][0]['input'] else ''), None
        if kind == 'judge':
            k = r.random()
            if k < 0.45:
                x = pick(r, C.gsm_train)
                ans = x['answer'].replace('<<', '').replace('>>', ' ')
                if r.random() < 0.5:
                    ans = V.perturb_numbers(r, ans)
                return 'Question:\n%s\n\nCandidate answer:\n%s' % (x['question'], ans), None
            if k < 0.75:
                x = pick(r, C.codegen)
                return 'Instruction:\n%s\n%s\nResponse under review:\n%s' % (x['instruction'], x['input'], x['response']), None
            x = pick(r, C.roleplay)
            return 'Prompt: %s\n\nAnswer: %s' % (x['instruction'], x['response'][:1200]), None
        if kind == 'selfinstruct':
            seeds = r.sample(C.seed, r.randint(2, 5))
            return '\n'.join('Example %d\nInstruction: %s\nInput: %s\nOutput: %s' % (i + 1, s['instruction'], s['instances'][0]['input'] or '<none>', s['instances'][0]['output'][:300])
                             for i, s in enumerate(seeds)), None
        if kind == 'agentic':
            if r.random() < 0.6:
                x = pick(r, C.codegen)
                return x['instruction'] + ('\n' + x['input'] if x['input'] else ''), None
            if r.random() < 0.5:
                x = pick(r, C.humaneval)
                return 'Implement `%s` in src/solution.py so that the hidden tests pass.\n\n%s' % (x['entry_point'], x['prompt']), None
            x = pick(r, C.toolf)
            return x['instruction'].split('\n')[-1] + '\nInput: ' + x['input'], x['response']
        if kind == 'taxonomy':
            a, s, tp = sa
            return V.TAX_TASK[s].format(a=a, t=tp), None
        raise ValueError(kind)

    def run_op(self, op):
        r = self.r
        camp = op['campaign']
        teams = op.get('teams') or [op]
        total_acc = op['n']
        # shared distinct pool (careful ops): indices, never repeated across the operation
        pool = None
        if op.get('distinct'):
            pool = {'math': r.sample(range(len(self.C.gsm_train)), len(self.C.gsm_train)),
                    'code': r.sample(range(len(self.C.humaneval) + len(self.C.codegen)), len(self.C.humaneval) + len(self.C.codegen)),
                    'reason': r.sample(self.C.arena_other + self.C.koala + self.C.vicuna + [m['turns'][0] for m in self.C.mtbench], len(self.C.arena_other) + len(self.C.koala) + len(self.C.vicuna) + len(self.C.mtbench))}
        # taxonomy grid (sweep walks it in order, sliced across accounts)
        grid = [(a, s, t) for a in V.TAX_AREAS for s in V.TAX_SKILLS for t in V.TAX_TOPICS]
        if op.get('grid_shuffle'):
            r.shuffle(grid)
        gi = 0
        cards = [self.card() for _ in range(op.get('cards', 0) or 0)]
        burst_days = [r.uniform(-op.get('burst_before', 3), self.days * op.get('burst_span', 0.6)) for _ in range(op.get('bursts', 4))]
        for team in teams:
            n_acc = int(round(total_acc * team.get('frac', 1.0)))
            net = team['net']
            subnets = [self.N.subnet(r, net.split(':')[1]) for _ in range(team.get('subnets', 3))] if net.startswith('sub:') else None
            voice = V.VOICES[team['voice']]
            for ai in range(n_acc):
                # --- creation
                cm = op['created']
                if cm == 'burst':
                    bd = pick(r, burst_days)
                    created = self.t0 + dt.timedelta(days=bd, seconds=r.randint(0, 1800))
                elif cm == 'aged':
                    created = self.created_before(45, 420)
                elif cm == 'rotate':
                    created = self.t0 + dt.timedelta(days=r.uniform(-1, self.days - 1.5))
                else:
                    created = self.created_before(op.get('age_lo', 3), op.get('age_hi', 90))
                # --- network
                if subnets:
                    sub = pick(r, subnets)
                    ipf = lambda rr, sub=sub, subnets=subnets: sub(rr) if rr.random() < 0.7 else pick(rr, subnets)(rr)
                    cat = 'dc'
                elif net == 'resid':
                    cat, ipf = self.home_ipf()
                elif net == 'resid-rotating':  # residential proxy pool: new residential address nearly every request
                    cats = ['resid_us', 'resid_eu', 'resid_ap', 'mobile']
                    cat = pick(r, cats)
                    ipf = lambda rr, cat=cat: self.N.ip(rr, cat if rr.random() < 0.8 else pick(rr, cats))
                elif net in ('vpn', 'mobile', 'univ', 'cloud_aws', 'cloud_gcp', 'cloud_misc', 'dc'):
                    cat = net
                    few = [self.N.ip(r, net) for _ in range(r.randint(1, 4))]
                    ipf = lambda rr, few=few: pick(rr, few)
                else:
                    raise ValueError(net)
                sip = ipf(r)
                # --- identity
                em = team.get('email', op.get('email'))
                if em == 'disposable':
                    email = pick(r, DISPOSABLE) if r.random() < 0.7 else pick(r, LOOKALIKE)
                elif em == 'vanity':
                    email = pick(r, op['vanity'])
                elif em == 'edu':
                    email = pick(r, ['umich.edu', 'utexas.edu', 'uw.edu', 'gatech.edu', 'purdue.edu', 'ucsd.edu', 'asu.edu'])
                else:
                    email = pick(r, FREE_MAIL) if r.random() < 0.8 else pick(r, COMPANY)
                card = pick(r, cards) if cards else (self.card() if op.get('tier', 'build') != 'free' else None)
                stack_mode = team['stack']
                if stack_mode == 'random-browser':
                    stack = pick(r, ['impersonate-chrome', 'impersonate-safari', 'impersonate-firefox', 'chrome', 'firefox', 'safari', 'edge', 'openai-python', 'anthropic-python', 'openai-node'])
                elif isinstance(stack_mode, list):
                    stack = pick(r, stack_mode)
                else:
                    stack = stack_mode
                tz = team.get('tz', pick(r, TZ_BY_CAT.get(cat, [0, 1, 8, -5])))
                country = pick(r, COUNTRY_BY_CAT.get(cat, ['US', 'SG', 'HK', 'DE', 'NL', 'US', 'GB', 'CA']))
                tier = op.get('tier') or pick(r, ['build', 'build', 'free', 'scale'])
                st = self.new_account('attack', team.get('persona', op.get('persona')), campaign=camp, created=created, org=team.get('org'), email=email, card=card,
                                      signup_ip=sip, country=country, tier=tier, verified=False, nkeys=team.get('nkeys', 1), stack=stack, ipf=ipf, tz=tz)
                if team.get('ja4_random'):
                    st['ja4_override'] = randomized_ja4(r)
                if team.get('ua_fixed'):
                    st['ua'] = team['ua_fixed']
                if team.get('endpoint'):
                    st['endpoint'] = team['endpoint']
                # --- activity window
                lo = max(self.t0, created + dt.timedelta(minutes=r.randint(3, 240)))
                if cm == 'rotate':
                    hi = min(self.t1, lo + dt.timedelta(hours=r.uniform(10, 48)))
                elif op.get('start_frac'):
                    lo = max(lo, self.t0 + dt.timedelta(days=self.days * op['start_frac'] * r.uniform(0.7, 1.3)))
                    hi = self.t1
                else:
                    hi = self.t1
                if lo >= self.t1 - dt.timedelta(hours=2):
                    lo = self.t1 - dt.timedelta(hours=20)
                n = max(3, int(r.gauss(op['req_mean'], op['req_mean'] * op.get('req_sd', 0.35))))
                done = 0
                tmode = team.get('timing', op.get('timing', 'human'))
                while done < n:
                    t = self.rand_time(st, 'flat' if tmode == 'scripted' else 'human', lo=lo, hi=hi)
                    if r.random() < team.get('cover', 0.0):
                        p = self.casualize(pick(r, V.COVER) if r.random() < 0.5 else self.organic_prompt())
                        L = r.choice([1, 1, 2])
                        turns = [(p, self.resp_generic(p), None, None)] + [(pick(r, V.FOLLOW_CASUAL), None, None, None) for _ in range(L - 1)]
                        self.thread(st, t, turns, gap_med=60, model=pick(r, ['mini', 'large']), stream=r.random() < 0.5, temperature=pick(r, [None, 0.7]))
                        done += L
                        continue
                    kind = r.choices([k for k, w in team['targets']], [w for k, w in team['targets']])[0]
                    sa = None
                    if kind == 'taxonomy':
                        sa = grid[gi % len(grid)]
                        gi += 1
                    text, ans = self.item(kind, pool, sa)
                    # compose wording per voice
                    nn = r.choice([5, 8, 10, 12, 15, 20])
                    vv = voice.wrap(r, text).replace('{n}', str(nn))
                    if team['voice'] == 'atlas':
                        vv = vv.replace('{a}', sa[0]).replace('{s}', sa[1]).replace('{l}', str(r.randint(1, 5))) if sa else vv
                    if team['voice'] == 'prism':
                        vv = vv.replace('{lang}', pick(r, V.LANGS))
                    if team['voice'] == 'dispatch':
                        vv = vv.replace('#{n}', '#%d' % r.randint(100, 9999))
                    mt = pick(r, team.get('max_tokens', [4096]))
                    reasoning = r.random() < team.get('reasoning', 0.0)
                    model = pick(r, team.get('models', ['large']))
                    temp = pick(r, team.get('temps', [None]))
                    oh = r.randint(*team.get('out', (300, 1500)))
                    tools = pick(r, team['tools']) if team.get('tools') else None
                    L = 1
                    if team.get('turns'):
                        L = r.choices([1, 2, 3, 4, 5, 6], team['turns'])[0]
                    if tools:
                        L = r.randint(*team.get('agent_steps', (3, 10)))
                        turns = [(vv, None, oh, None)] + [(pick(r, ['[tool_result]\n' + pick(r, V.DEV_SNIPPETS), '[tool_result] 3 passed, 1 failed\nE   AssertionError: expected 12 got 11',
                                                                     '[tool_result] ' + pick(r, ['src/', 'tests/', 'README.md', 'pyproject.toml']) + ' listing (14 entries)',
                                                                     'continue', 'Observation: command completed']), None, r.randint(150, 1200), None) for _ in range(L - 1)]
                        gap = team.get('gap', 10)
                    else:
                        turns = [(vv, ans, oh, None)] + [(voice.followup(r) if voice.follow else 'Continue.', None, r.randint(200, 900), None) for _ in range(L - 1)]
                        gap = team.get('gap', 140)
                    sysp = voice.system(r)
                    self.thread(st, t, turns, gap_med=gap, system=sysp, model=model, tools=tools, max_tokens=mt, temperature=temp,
                                stream=r.random() < team.get('stream', 0.3), reasoning=(r.randint(4000, 16000) if reasoning and team.get('deep') else reasoning))
                    done += L
                    # scripted fleets fire short back-to-back batches
                    if tmode == 'scripted' and r.random() < 0.6 and done < n:
                        for _ in range(r.randint(1, 4)):
                            t = t + dt.timedelta(seconds=r.uniform(1.5, 9))
                            text, ans = self.item(kind, pool, grid[gi % len(grid)] if kind == 'taxonomy' else None)
                            if kind == 'taxonomy':
                                gi += 1
                            vv = voice.wrap(r, text).replace('{n}', str(nn)).replace('{lang}', pick(r, V.LANGS))
                            if team['voice'] == 'atlas':
                                vv = vv.replace('{a}', 'x').replace('{s}', 'y').replace('{l}', '3')
                            self.emit(st, t, vv, system=sysp, model=model, max_tokens=mt, temperature=temp, stream=False, out_hint=r.randint(*team.get('out', (300, 1500))),
                                      reasoning=reasoning, response=ans)
                            done += 1

    # ------------------------------------------------------------ write
    def write(self):
        os.makedirs(self.out, exist_ok=True)
        self.rows = [x for x in self.rows if x['ts'] < iso(self.t1)]
        self.r.shuffle(self.rows)
        self.rows.sort(key=lambda x: x['ts'])
        with gzip.open(os.path.join(self.out, 'interactions.jsonl.gz'), 'wt', encoding='utf-8', compresslevel=6) as f:
            for x in self.rows:
                f.write(json.dumps(x, ensure_ascii=False) + '\n')
        with open(os.path.join(self.out, 'accounts.jsonl'), 'w') as f:
            for a in self.accounts:
                f.write(json.dumps(a) + '\n')
        with open(os.path.join(self.out, 'labels.jsonl'), 'w') as f:
            for a in self.labels:
                f.write(json.dumps(a) + '\n')


def build(out, start, days, seed, variant):
    from worlds import WORLDS
    w = World(out, start, days, seed, variant)
    WORLDS[variant](w)
    w.write()
    per = collections.Counter(x['account_id'] for x in w.rows)
    lab = {l['account_id']: l for l in w.labels}
    ai = sum(v for k, v in per.items() if lab[k]['label'] == 'attack')
    aa = sum(1 for l in w.labels if l['label'] == 'attack')
    lines = ['# World %s (seed %d, %s, %d days)' % (variant.upper(), seed, start, days), '',
             'interactions: %d (attack %d); accounts: %d (attack %d)' % (len(w.rows), ai, len(w.accounts), aa), '',
             '| label | campaign/persona | accounts | interactions |', '|---|---|---|---|']
    inter = collections.Counter()
    for k, v in per.items():
        l = lab[k]
        inter[(l['label'], l['campaign'] or l['persona'])] += v
    for (l, c), n in sorted(w.counts.items()):
        lines.append('| %s | %s | %d | %d |' % (l, c, n, inter[(l, c)]))
    lines.append('')
    lines.append(w.notes if hasattr(w, 'notes') else '')
    open(os.path.join(out, 'WORLD.md'), 'w').write('\n'.join(lines) + '\n')
    print(variant, 'interactions', len(w.rows), 'attack_inter', ai, 'accounts', len(w.accounts), 'attack_accounts', aa)


if __name__ == '__main__':
    build(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
