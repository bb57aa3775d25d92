#!/usr/bin/env python3
"""Blind traffic world generator (L). Usage: python3 gen.py WORLD(1|2) OUTDIR [SEED]"""
import gzip, json, os, sys, random, hashlib, math
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import netpools
from banks import *

MODELS = {'large': 'aurora-2-large', 'mini': 'aurora-2-mini', 'reason': 'aurora-2-reasoner', 'xl': 'aurora-2-ultra'}
FREE = ['gmail.com'] * 8 + ['outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'proton.me', 'gmx.de', 'qq.com', 'naver.com', 'yandex.ru', 'mail.com', 'fastmail.com']
DISPOSABLE = ['mailinator.com', 'guerrillamail.com', 'sharklasers.com', 'yopmail.com', '10minutemail.net', 'tempmail.dev', 'dropmail.me', 'mail.tm', 'emailondeck.com']
LOOKALIKE = ['gmai1.com', 'gmall.co', 'outlook-mail.net', 'protonmall.com', 'yah00mail.com', 'icloud-me.com', 'hotmial.com']


class World:
    def __init__(self, wid, out, seed):
        self.wid, self.out, self.seed = wid, out, seed
        self.r = random.Random(seed)
        self.C = Corpora()
        self.ips = IPs(netpools.load())
        tr = os.path.dirname(D) + '/traces/'
        self.tconv = load_trace(tr + 'AzureLLMInferenceTrace_conv.csv')
        self.tcode = load_trace(tr + 'AzureLLMInferenceTrace_code.csv')
        os.makedirs(out, exist_ok=True)
        self.fi = gzip.open(os.path.join(out, 'interactions.jsonl.gz'), 'wt', encoding='utf-8', compresslevel=5)
        self.fa = open(os.path.join(out, 'accounts.jsonl'), 'w')
        self.fl = open(os.path.join(out, 'labels.jsonl'), 'w')
        self.n_int = 0
        self.n_acc = 0
        self.stats = {}
        self.seq = 0
        self.card_seq = 0

    # -------------------------------------------------- ids / accounts
    def new_id(self, p):
        self.seq += 1
        return p + hashlib.sha1(f'{self.seed}:{p}:{self.seq}'.encode()).hexdigest()[:14]

    def card(self):
        self.card_seq += 1
        return 'pm_' + hashlib.sha256(f'card{self.seed}:{self.card_seq}'.encode()).hexdigest()[:24]

    def account(self, created, email, country, tier='free', org=None, card='auto', signup_ip=None, verified=False,
                label='organic', persona=None, campaign=None):
        aid = self.new_id('acct_')
        if card == 'auto':
            card = None if (tier == 'free' and self.r.random() < 0.6) else self.card()
        a = {'account_id': aid, 'created_at': fmt(created), 'org_id': org, 'email_domain': email, 'payment_fingerprint': card,
             'signup_ip': signup_ip, 'country': country, 'tier': tier, 'verified': verified}
        self.fa.write(json.dumps(a) + '\n')
        self.fl.write(json.dumps({'account_id': aid, 'label': label, 'campaign': campaign, 'persona': persona}) + '\n')
        self.n_acc += 1
        key = (label, campaign or persona)
        s = self.stats.setdefault(key, [0, 0])
        s[0] += 1
        return {'id': aid, 'key': key, 'keys': [self.new_id('key_')], 'created': created}

    # -------------------------------------------------- emission
    def emit(self, acct, ts, client, ip, prompt, system=None, conv=None, turn=None, tools=None, response=None,
             out_tok=None, reasoning=None, max_tokens=None, temperature=None, stream=None, model='large', ctx=0,
             status=None, err_rate=0.015, rl_rate=0.01, endpoint=None):
        r = self.r
        end = self.day0 + timedelta(days=self.ndays)
        if ts >= end:
            ts -= timedelta(days=1)
        if ts < acct['created']:
            ts = acct['created'] + timedelta(minutes=r.randint(1, 120))
        if status is None:
            x = r.random()
            status = 429 if x < rl_rate else 400 if x < rl_rate + err_rate * 0.6 else 500 if x < rl_rate + err_rate else 200
        in_tok = tok(prompt) + (tok(system) if system else 0) + ctx + (len(tools) * 140 if tools else 0)
        if out_tok is None:
            out_tok = r.choice(self.tconv)[1]
        if max_tokens and out_tok > max_tokens:
            out_tok = max_tokens
        if status != 200:
            out_tok, reasoning, response = 0, (0 if reasoning is not None else None), None
            lat = r.randint(40, 900) if status != 500 else r.randint(2000, 30000)
        else:
            lat = int(r.uniform(250, 1400) + in_tok * 0.04 + (out_tok + (reasoning or 0)) * r.uniform(11, 26))
        if response is not None and len(response) > 700:
            response = response[:700]
        rec = {'id': self.new_id('req_'), 'ts': fmt(ts), 'account_id': acct['id'], 'api_key_id': r.choice(acct['keys']),
               'ip': ip, 'user_agent': client.ua, 'tls_ja4': client.ja4, 'endpoint': endpoint or client.endpoint,
               'model': MODELS.get(model, model), 'conversation_id': conv, 'turn': turn, 'system': system, 'prompt': prompt,
               'tool_names': tools, 'response': response, 'input_tokens': in_tok, 'output_tokens': out_tok,
               'reasoning_tokens': reasoning, 'max_tokens': max_tokens, 'temperature': temperature, 'stream': stream,
               'status': status, 'latency_ms': lat}
        self.fi.write(json.dumps(rec, ensure_ascii=False) + '\n')
        self.n_int += 1
        self.stats[acct['key']][1] += 1
        return in_tok + out_tok

    def close(self):
        self.fi.close(); self.fa.close(); self.fl.close()

    # -------------------------------------------------- helpers
    def t_in(self, lo_day=0.0, hi_day=None):
        hi = self.ndays if hi_day is None else hi_day
        return self.day0 + timedelta(days=self.r.uniform(lo_day, hi))

    def before(self, days_lo, days_hi):
        return self.day0 - timedelta(days=self.r.uniform(days_lo, days_hi), seconds=self.r.randint(0, 86399))

    def organic_prompt(self, kind='chat'):
        r, C = self.r, self.C
        x = r.random()
        if kind == 'chat':
            if x < 0.3: return pick(r, C.hh)[0], pick(r, C.hh)[1:3]
            if x < 0.5: return pick(r, C.koala), []
            if x < 0.65: return pick(r, C.vicuna), []
            if x < 0.78:
                m = pick(r, C.mtbench); return m['turns'][0], m['turns'][1:]
            if x < 0.9:
                app, ins, inp = pick(r, C.useror); return (ins + ('\n\n' + inp if inp else '')), []
            return pick(r, C.arena_other), []
        if kind == 'dev':
            if x < 0.3: return pick(r, C.arena_code), []
            if x < 0.5:
                g = pick(r, C.codegen); return g['instruction'] + ('\n' + g['input'] if g['input'] else ''), []
            if x < 0.85: return pick(r, DEV_OWN).format(m=pick(r, MODULES), n=r.randint(10, 400)), []
            if x < 0.92:
                h = pick(r, C.humaneval); return 'why does my implementation fail? here is the spec:\n' + h['prompt'], []
            return pick(r, C.koala), []
        if kind == 'write':
            if x < 0.45: return pick(r, WRITER_OWN).format(s=pick(r, C.koala)[:120]), []
            if x < 0.7:
                g = pick(r, C.roleplay); return g['instruction'], []
            m = pick(r, [m for m in C.mtbench if m['category'] in ('writing', 'roleplay', 'humanities')])
            return m['turns'][0], m['turns'][1:]
        return pick(r, C.koala), []

    def generic_response(self, prompt):
        r = self.r
        heads = ['Sure! ', 'Here is ', 'Great question. ', 'Certainly. ', '', 'Short answer: ', "Here's ", 'Let me explain. ']
        return pick(r, heads) + ' '.join(prompt.split()[:r.randint(8, 40)]) + ' ...'

    def organic_out(self, kind):
        if kind == 'dev':
            return max(20, min(3000, self.r.choice(self.tcode)[1] * 6 + self.r.randint(30, 500)))
        return max(15, min(2500, self.r.choice(self.tconv)[1] + self.r.randint(0, 300)))

    # -------------------------------------------------- generic organic user
    def human_sessions(self, acct, n_req, client_fn, ip_fn, cc, kind='chat', system=None, tools_p=0.0, tools_sets=None,
                       follow_p=0.35, model_w=(0.6, 0.3, 0.1), hours=HOUR_W, stream_p=0.7, temp=None, max_tok=None,
                       resp_p=0.7, day_range=None, weekend=0.55, reasoning_p=0.1, conv_ids=True):
        r = self.r
        done = 0
        d0, d1 = day_range or (0, self.ndays)
        created_day = (acct['created'] - self.day0).total_seconds() / 86400
        d0 = max(d0, int(max(0, created_day)))
        if d0 >= d1: d0 = max(0, d1 - 1)
        while done < n_req:
            t = local_time(r, self.day0, self.ndays, cc, hours, weekend, day=r.randrange(d0, d1))
            p, extra = self.organic_prompt(kind)
            turns = [p] + list(extra)
            while r.random() < follow_p and len(turns) < 30:
                turns.append(pick(r, DEV_FOLLOW if kind == 'dev' else FOLLOW_ORGANIC).format(m=pick(r, MODULES), n=r.randint(5, 300)))
            turns = turns[:max(1, n_req - done)]
            conv = self.new_id('conv_') if conv_ids and (len(turns) > 1 or r.random() < 0.6) else None
            client, ip = client_fn(), ip_fn()
            model = r.choices(['large', 'mini', 'reason'], model_w)[0]
            tools = pick(r, tools_sets) if tools_sets and r.random() < tools_p else None
            ctx = 0
            for i, pr in enumerate(turns):
                out = self.organic_out(kind)
                reas = (r.randint(200, 6000) if (model == 'reason' or r.random() < reasoning_p) else None)
                resp = self.generic_response(pr) if r.random() < resp_p else None
                mt = max_tok if max_tok is not None else r.choice([None, None, 1024, 2048, 4096, 8192])
                ctx += self.emit(acct, t, client, ip, pr, system=system, conv=conv, turn=(i + 1) if conv else None, tools=tools,
                                 response=resp, out_tok=out, reasoning=reas, max_tokens=mt,
                                 temperature=temp if temp is not None else r.choice([None, None, 0.7, 1.0, 0.2]),
                                 stream=r.random() < stream_p, model=model, ctx=ctx)
                t += timedelta(seconds=r.randint(15, 600) if not tools else r.randint(3, 40))
                done += 1
        return done

    def home(self, cc=None, cat='res'):
        """stable home: (ip list, country)"""
        org = self.ips.pick_org(self.r, cat, cc)
        ips = [self.ips.ip_in_org(self.r, org) for _ in range(self.r.randint(1, 3))]
        if cat == 'res' and org[0] in self.ips.v6 and self.r.random() < 0.4:
            ips.append(self.ips.v6_ip(self.r, org[0]))
        return ips, org[1]


# ====================================================================== organic personas
def p_enterprise(W, n_orgs, size_rng, vol_rng):
    r = W.r
    for k in range(n_orgs):
        brand = BRANDS[(k + W.seed) % len(BRANDS)]
        dom = brand.lower().replace(' ', '') + r.choice(['.com', '.io', '.co', '.de', '.co.uk'])
        org = W.new_id('org_')
        sysp = pick(r, APP_SYS).format(brand=brand)
        cc = r.choice(['US', 'US', 'GB', 'DE', 'FR', 'JP', 'CA', 'NL'])
        if r.random() < 0.7:
            egress = [W.ips.ip(r, 'cloud')[0] for _ in range(r.randint(1, 3))]
        else:
            egress = [W.ips.ip(r, 'res', cc)[0]]  # office NAT on a business line
        card = W.card()
        stack = pick(r, SERVER_SDKS)
        client = Client(r, stack)
        t0 = W.before(20, 400)
        n = r.randint(*size_rng)
        temp = r.choice([0.0, 0.2, 0.3, 0.7])
        mt = r.choice([512, 1024, 2048])
        zdr = r.random() < 0.5
        for i in range(n):
            a = W.account(t0 + timedelta(seconds=r.randint(0, 600)), dom, cc, tier=r.choice(['enterprise', 'scale']), org=org, card=card,
                          signup_ip=egress[0], verified=True, persona='verified-enterprise')
            a['keys'] = [W.new_id('key_') for _ in range(r.randint(1, 3))]
            nreq = r.randint(*vol_rng)
            for _ in range(nreq):
                t = local_time(r, W.day0, W.ndays, cc, HOUR_W if r.random() < 0.8 else NIGHT_W, 0.3)
                if 'support' in sysp or 'shopping' in sysp:
                    pr = pick(r, CUSTOMER_MSG).format(n=r.randint(10000, 99999), m=pick(r, MODULES))
                elif 'summarise' in sysp:
                    pr = pick(r, TICKETS).format(n=r.randint(100, 9999), m=pick(r, MODULES))
                elif 'code review' in sysp:
                    pr = pick(r, DIFFS).format(m=pick(r, MODULES))
                elif 'classify' in sysp:
                    pr = pick(r, CUSTOMER_MSG).format(n=r.randint(10000, 99999), m=pick(r, MODULES)) if r.random() < 0.7 else pick(r, W.C.koala)
                else:
                    _, ins, inp = pick(r, W.C.useror)
                    pr = ins + ('\n\n' + inp if inp else '') if r.random() < 0.6 else pick(r, W.C.koala)
                conv = W.new_id('conv_') if r.random() < 0.3 else None
                W.emit(a, t, client, pick(r, egress), pr, system=sysp, conv=conv, turn=1 if conv else None,
                       response=None if zdr else W.generic_response(pr), out_tok=r.randint(20, 400), max_tokens=mt, temperature=temp,
                       stream=stack in ('openai-node', 'anthropic-ts') and r.random() < 0.8, model=r.choice(['large', 'mini']), rl_rate=0.02)


def p_campus(W, n_students, with_classes):
    r = W.r
    org = W.ips.pick_org(r, 'uni')
    uni, cc = org[0], org[1]
    nat = [W.ips.ip_in_org(r, org) for _ in range(r.randint(1, 3))]
    edu = ''.join(w[0] for w in uni.replace(',', '').split() if w[0].isupper()).lower() + '.edu'
    students = []
    class_sizes = [r.randint(40, 70) for _ in range(with_classes)]
    n_class = sum(class_sizes)
    for i in range(n_students):
        created = W.before(0, 200) if r.random() < 0.85 else W.t_in(0, W.ndays - 1)
        em = edu if r.random() < 0.65 else pick(r, FREE)
        a = W.account(created, em, cc, tier='free', signup_ip=pick(r, nat), persona='classroom' if i < n_class else 'campus-nat')
        home_ips, _ = W.home(cc)
        bro = pick(r, BROWSERS + MOBILE)
        cl = Client(r, bro)
        students.append((a, cl, home_ips))
        W.human_sessions(a, max(1, int(r.expovariate(1 / 7))), lambda: cl, lambda: pick(r, nat) if r.random() < 0.8 else pick(r, home_ips), cc,
                         kind=r.choice(['chat', 'chat', 'dev', 'write']), hours=NIGHT_W, model_w=(0.3, 0.65, 0.05), follow_p=0.3)
    # classes: shared wrapper + shared homework, bursty before deadlines
    for ci in range(with_classes):
        course = pick(r, COURSES)
        wrap = pick(r, CLASS_WRAP).format(course=course)
        is_code = 'CS' in course or 'Programming' in course
        pool = r.sample(W.C.humaneval, 12) if is_code else r.sample(W.C.gsm_test, 12)
        hw_sets = [pool[:6], pool[6:]]
        deadlines = sorted(r.sample(range(3, W.ndays), 2))
        off = sum(class_sizes[:ci])
        members = students[off: off + class_sizes[ci]]
        for (a, cl, home_ips) in members:
            for hw, (items, dl) in enumerate(zip(hw_sets, deadlines)):
                if r.random() < 0.15: continue
                for k, it in enumerate(items):
                    if r.random() < 0.25: continue
                    q = it['prompt'] if is_code else it['question']
                    pr = pick(r, STUDENT_WRAP).format(q=q, hw=hw + 1, k=k + 1)
                    t = W.day0 + timedelta(days=dl, hours=23 - TZ.get(cc, 0)) - timedelta(hours=abs(r.gauss(0, 14)))
                    conv = W.new_id('conv_')
                    nt = 1 + (r.random() < 0.4) + (r.random() < 0.15)
                    ctx = 0
                    for tn in range(nt):
                        p2 = pr if tn == 0 else pick(r, ['why is that step right?', 'can you check my answer: ' + str(r.randint(2, 500)), 'i still dont get it',
                                                         'ok so what do i do next', 'can you give me a hint instead'])
                        ctx += W.emit(a, t, cl, pick(r, nat) if r.random() < 0.6 else pick(r, home_ips), p2, system=wrap, conv=conv, turn=tn + 1,
                                      response=W.generic_response(p2), out_tok=r.randint(150, 700), max_tokens=None, temperature=0.3, stream=True,
                                      model='mini', ctx=ctx)
                        t += timedelta(seconds=r.randint(40, 500))


def p_eval(W, n_labs, vol):
    r = W.r
    for lab in range(n_labs):
        org = W.new_id('org_')
        dom = pick(r, ['evalworks.ai', 'benchlab.org', 'cs.stanford.edu', 'mlcollective.net', 'tesseract-labs.com', 'aiaudit.io'])
        cc = 'US' if r.random() < 0.7 else 'GB'
        card = W.card()
        vms = [W.ips.ip(r, 'cloud')[0] for _ in range(r.randint(2, 6))]
        verified = r.random() < 0.6
        stack = r.choice(['openai-python', 'aiohttp', 'anthropic-python', 'httpx'])
        cl = Client(r, stack)
        accts = [W.account(W.before(30, 300) + timedelta(minutes=i * r.randint(0, 5)), dom, cc, tier=r.choice(['scale', 'build']), org=org,
                           card=card, signup_ip=vms[0], verified=verified, persona='eval-harness') for i in range(r.randint(2, 5))]
        suites = []
        gs = r.sample(W.C.gsm_test, 250)
        suites.append(('gsm', [('gsm-fewshot' if r.random() < 0.5 else 'gsm-zero', g['question'], clean_gsm(g['answer'])) for g in gs]))
        suites.append(('he', [(r.choice(['he', 'he-chat']), h['prompt'], h['canonical_solution']) for h in W.C.humaneval]))
        mt = W.C.mtbench
        suites.append(('judge', [('judge', m['turns'][0], W.generic_response(m['turns'][0]) * 3) for m in mt]))
        n = 0
        while n < vol:
            name, items = pick(r, suites)
            a = pick(r, accts)
            t = W.t_in(0, W.ndays - 0.5)
            model = r.choice(['large', 'mini', 'reason', 'xl'])
            samples = r.choice([1, 1, 1, 3])
            for (tpl, q, ans) in items:
                if n >= vol: break
                prompt = EVAL_TEMPL[tpl].format(q=q, a=ans)
                if tpl == 'gsm-fewshot':
                    shots = ''.join(EVAL_TEMPL['gsm-fewshot'].format(q=x['question']) + ' ' + clean_gsm(x['answer']) + '\n\n' for x in W.C.gsm_train[lab * 8: lab * 8 + 8])
                    prompt = shots + prompt
                for s in range(samples):
                    W.emit(a, t, cl, pick(r, vms), prompt, response=ans if r.random() < 0.8 else None, out_tok=r.randint(60, 500),
                           reasoning=r.randint(300, 4000) if model == 'reason' else None, max_tokens=r.choice([512, 1024, 2048]),
                           temperature=0.0 if samples == 1 else 0.8, stream=False, model=model, rl_rate=0.05)
                    n += 1
                t += timedelta(seconds=r.uniform(0.2, 2.5))


def generic_persona(W, persona, n, nreq_fn, cat_w, stacks, kind, **kw):
    r = W.r
    for i in range(n):
        cat = r.choices(list(cat_w), list(cat_w.values()))[0]
        if cat == 'vpn':
            cc = r.choice(['US', 'DE', 'GB', 'IN', 'BR', 'TR', 'AE', 'RU', 'IR', 'CN'])
            exits = [W.ips.vpn_ip(r) for _ in range(r.randint(2, 8))]
            ipf = lambda exits=exits: pick(r, exits)
        else:
            ips, cc = W.home(cat=cat)
            if cat == 'mobile':
                org = W.ips.pick_org(r, 'mobile', cc)
                ipf = lambda org=org: W.ips.ip_in_org(r, org)
            else:
                extra = [W.ips.ip(r, 'mobile', cc)[0]] if r.random() < 0.3 else []
                ipf = lambda ips=ips, extra=extra: pick(r, ips) if not extra or r.random() < 0.85 else pick(r, extra)
        tier = r.choices(['free', 'build', 'scale'], kw.pop('tier_w', (0.5, 0.45, 0.05)) if 'tier_w' in kw else (0.5, 0.45, 0.05))[0]
        created = W.before(1, 700) if r.random() < 0.85 else W.t_in(0, W.ndays - 1)
        a = W.account(created, pick(r, FREE) if r.random() < 0.75 else pick(r, ['acme-dev.io', 'fastmail.com', 'hey.com', 'posteo.de', 'me.com', 'ucl.ac.uk', 'mit.edu']),
                      cc, tier=tier, signup_ip=ipf(), persona=persona)
        own = [Client(r, pick(r, stacks)) for _ in range(r.randint(1, 3))]
        W.human_sessions(a, nreq_fn(), lambda: pick(r, own), ipf, cc, kind=kind, **kw)


def p_power(W, n):
    r = W.r
    generic_persona(W, 'power-user', n, lambda: r.randint(40, 160), {'res': 0.85, 'mobile': 0.05, 'cloud': 0.1},
                    ['cli-tool', 'agent-cli', 'chrome', 'openai-python', 'anthropic-python', 'curl', 'firefox', 'electron-app'], 'dev',
                    follow_p=0.8, tools_p=0.35, tools_sets=AGENT_TOOLS[:3] + [['read_file', 'edit_file', 'bash', 'glob', 'grep', 'todo_write']],
                    model_w=(0.55, 0.1, 0.35), hours=NIGHT_W, weekend=0.9, reasoning_p=0.2)


def p_dev(W, n):
    r = W.r
    odd = ['zscaler-chrome', 'curl-windows', 'unity-wrapper', 'bluecoat-sdk', 'powershell', 'rust-reqwest', 'okhttp']
    generic_persona(W, 'developer', n, lambda: max(3, int(r.expovariate(1 / 25))), {'res': 0.6, 'cloud': 0.3, 'mobile': 0.05, 'vpn': 0.05},
                    SERVER_SDKS + SCRIPTS + ['curl', 'chrome', 'httpie'] + odd, 'dev', follow_p=0.55, tools_p=0.3, tools_sets=AGENT_TOOLS,
                    model_w=(0.5, 0.4, 0.1))


def p_research(W, n):
    r = W.r
    for i in range(n):
        ips, cc = W.home(cat='uni' if r.random() < 0.5 else 'res')
        a = W.account(W.before(10, 500), pick(r, ['mit.edu', 'ox.ac.uk', 'ethz.ch', 'cmu.edu', 'tum.de', 'kaist.ac.kr', 'gmail.com', 'u-tokyo.ac.jp']), cc,
                      tier=r.choice(['build', 'build', 'free']), signup_ip=ips[0], persona='researcher')
        cl = [Client(r, pick(r, ['openai-python', 'anthropic-python', 'chrome', 'firefox', 'safari', 'httpx']))]
        nreq = r.randint(8, 45)
        for _ in range(nreq):
            t = local_time(r, W.day0, W.ndays, cc, HOUR_W, 0.5)
            x = r.random()
            if x < 0.35:
                g = pick(r, W.C.gsm_test if r.random() < 0.5 else W.C.gsm_train)
                pr = pick(r, ['{q}\nPlease reason step by step.', 'Solve step by step and explain each step: {q}', '{q}', 'Think carefully. {q}']).format(q=g['question'])
                resp = clean_gsm(g['answer'])
            elif x < 0.6:
                pr = pick(r, RESEARCH_OWN); resp = None
            elif x < 0.8:
                m = pick(r, [m for m in W.C.mtbench if m['category'] in ('reasoning', 'math', 'stem')]); pr = m['turns'][0]; resp = None
            else:
                pr = pick(r, W.C.arena_other); resp = None
            c = pick(r, cl)
            W.emit(a, t, c, pick(r, ips), pr, response=resp or W.generic_response(pr), out_tok=r.randint(200, 1500),
                   reasoning=r.randint(500, 9000) if r.random() < 0.6 else None, max_tokens=r.choice([4096, 8192, 16000, None]),
                   temperature=r.choice([0.0, 0.7, None]), stream=r.random() < 0.5, model=r.choice(['reason', 'large']),
                   conv=W.new_id('conv_'), turn=1)


def p_hobby(W, n):
    r = W.r
    for i in range(n):
        ips, cc = W.home()
        a = W.account(W.before(5, 400), pick(r, FREE), cc, tier='build', signup_ip=ips[0], persona='data-hobbyist')
        cl = Client(r, pick(r, ['python-requests', 'openai-python', 'httpx', 'node-fetch']))
        nreq = r.randint(10, 60)
        t = local_time(r, W.day0, W.ndays, cc, NIGHT_W, 1.0)
        for k in range(nreq):
            x = r.random()
            if x < 0.45:
                pr = pick(r, HOBBY)
            elif x < 0.65:
                ex = r.sample(W.C.seed, 3)
                pr = 'Here are 3 example tasks:\n' + '\n'.join(f'- {e["instruction"]}' for e in ex) + f'\nWrite {r.randint(5, 20)} more like these, with answers.'
            elif x < 0.75:
                pr = W.C.alpaca
            else:
                pr = pick(r, W.C.koala)
            W.emit(a, t, cl, pick(r, ips), pr, response=W.generic_response(pr), out_tok=r.randint(400, 2500), max_tokens=r.choice([2048, 4096]),
                   temperature=r.choice([0.7, 0.9, 1.0]), stream=False, model=r.choice(['mini', 'large']))
            t += timedelta(seconds=r.randint(5, 90)) if r.random() < 0.8 else timedelta(hours=r.uniform(6, 60))
            if t > W.day0 + timedelta(days=W.ndays): t = local_time(r, W.day0, W.ndays, cc, NIGHT_W)


def p_casual(W, n, persona='casual', vpn=False):
    r = W.r
    generic_persona(W, persona, n, lambda: max(1, int(r.expovariate(1 / 4))), {'vpn': 1.0} if vpn else {'res': 0.7, 'mobile': 0.3},
                    BROWSERS + MOBILE + ['ios-app'], 'chat', follow_p=0.35, model_w=(0.3, 0.65, 0.05))


def p_writer(W, n):
    r = W.r
    generic_persona(W, 'writer', n, lambda: r.randint(3, 30), {'res': 0.9, 'vpn': 0.1}, BROWSERS + ['electron-app', 'ios-app'], 'write',
                    follow_p=0.7, model_w=(0.7, 0.2, 0.1), hours=NIGHT_W, temp=None)


def p_shared_card(W, n_groups, persona, size_rng, vol_rng, cloud=True):
    """small startups / families: several accounts, one card, one egress, unverified"""
    r = W.r
    for g in range(n_groups):
        ips, cc = W.home(cat='cloud' if cloud else 'res')
        card = W.card()
        dom = pick(r, ['gmail.com', 'tinyco.dev', 'getloop.app', 'hyperform.ai', 'mapletree.io']) if cloud else pick(r, FREE)
        t0 = W.before(2, 200)
        sysp = pick(r, APP_SYS).format(brand=pick(r, BRANDS)) if cloud else None
        st = pick(r, SERVER_SDKS) if cloud else None
        for i in range(r.randint(*size_rng)):
            a = W.account(t0 + timedelta(days=r.uniform(0, 30)), dom, cc, tier='build', card=card, signup_ip=ips[0], persona=persona)
            cl = Client(r, st or pick(r, BROWSERS + MOBILE))
            W.human_sessions(a, r.randint(*vol_rng), lambda: cl, lambda: pick(r, ips), cc, kind='dev' if cloud else 'chat', system=sysp,
                             follow_p=0.2 if cloud else 0.4)


def p_hackathon(W, n):
    r = W.r
    org = W.ips.pick_org(r, 'res', 'US')
    venue = [W.ips.ip_in_org(r, org) for _ in range(2)]
    day = r.randint(3, W.ndays - 3)
    start = W.day0 + timedelta(days=day, hours=15)
    for i in range(n):
        a = W.account(start + timedelta(minutes=r.uniform(0, 90)), pick(r, FREE[:10] + ['berkeley.edu', 'stanford.edu']), 'US', tier='free',
                      signup_ip=venue[0], persona='hackathon-attendee')
        cl = Client(r, pick(r, ['openai-python', 'openai-node', 'anthropic-ts', 'chrome', 'python-requests', 'curl', 'langchain']))
        W.human_sessions(a, r.randint(5, 40), lambda: cl, lambda: pick(r, venue) if r.random() < 0.9 else W.ips.ip(r, 'mobile', 'US')[0], 'US',
                         kind=r.choice(['dev', 'chat']), day_range=(day, min(W.ndays, day + 2)), hours=[1] * 24, weekend=1.0, follow_p=0.3,
                         tools_p=0.3, tools_sets=AGENT_TOOLS)


def p_grader(W, n):
    """verified ed-tech org grading essays with rubrics (legit judge-style traffic)"""
    r = W.r
    brand = pick(r, ['Lumen Learning', 'Quillbright', 'Gradewise'])
    org = W.new_id('org_')
    egress = [W.ips.ip(r, 'cloud')[0] for _ in range(2)]
    card = W.card()
    cl = Client(r, 'openai-node')
    sysp = GRADER_SYS.format(brand=brand)
    t0 = W.before(60, 300)
    for i in range(n):
        a = W.account(t0 + timedelta(seconds=r.randint(0, 300)), brand.lower().replace(' ', '') + '.com', 'US', tier='enterprise', org=org, card=card,
                      signup_ip=egress[0], verified=True, persona='edtech-grader')
        for k in range(r.randint(40, 120)):
            t = local_time(r, W.day0, W.ndays, 'US', HOUR_W, 0.2)
            topic = pick(r, ESSAY_TOPICS)
            essay = ' '.join(f'{pick(r, ESSAY_BITS)} {w}.' for w in r.sample(topic.split() * 3, 6))
            crit = r.sample(CRITERIA[:8], 4)
            pr = f'Rubric: {", ".join(crit)} (1-4 each).\nPrompt: Write about {topic}.\nEssay:\n{essay}'
            W.emit(a, t, cl, pick(r, egress), pr, system=sysp, response='{"scores": {...}, "feedback": "Good start..."}', out_tok=r.randint(120, 400),
                   max_tokens=600, temperature=0.2, stream=False, model='mini')


def p_translation(W, n):
    r = W.r
    org = W.new_id('org_')
    ips, cc = W.home(cat='cloud')
    card = W.card()
    cl = Client(r, 'python-requests')
    for i in range(n):
        a = W.account(W.before(30, 90) + timedelta(minutes=i), 'polyglot-loc.com', 'DE', tier='scale', org=org, card=card, signup_ip=ips[0],
                      verified=False, persona='localization-pipeline')
        for k in range(r.randint(60, 150)):
            t = local_time(r, W.day0, W.ndays, 'DE', HOUR_W, 0.1)
            src = pick(r, W.C.koala + [x[1] for x in W.C.useror])
            lang = pick(r, ['German', 'French', 'Japanese', 'Brazilian Portuguese', 'Korean'])
            pr = f'Translate the following UI/help text into {lang}. Keep placeholders like {{name}} unchanged.\n\n{src}'
            W.emit(a, t, cl, pick(r, ips), pr, system='You are a professional localisation engine.', out_tok=tok(src) + r.randint(0, 50),
                   max_tokens=2048, temperature=0.0, stream=False, model='large')


# ====================================================================== attack operations
def item_stream(W, op):
    """yields (prompt, response, out_range, kind) items from the op's pool under its queue discipline"""
    r, C = W.r, W.C
    tgt = op['target']
    if tgt in ('cot', 'math', 'bare'):
        src = op.get('source', 'gsm')
        if src == 'gsm':
            pool = [(g['question'], clean_gsm(g['answer'])) for g in C.gsm_train + (C.gsm_test if op.get('with_test') else [])]
        elif src == 'arena':
            pool = [(p, None) for p in C.arena_other + C.arena_code] + [(m['turns'][0], None) for m in C.mtbench if m['category'] in ('reasoning', 'math', 'stem')]
        else:
            pool = [(g['question'], clean_gsm(g['answer'])) for g in C.gsm_train[:3000]] + [(p, None) for p in C.arena_other]
    elif tgt == 'code':
        pool = [(h['prompt'], h['canonical_solution']) for h in C.humaneval] + [(g['instruction'] + ('\n' + g['input'] if g['input'] else ''), g['response']) for g in C.codegen] + [(p, None) for p in C.arena_code]
    elif tgt == 'agentic':
        pool = [(t['instruction'].split('\n')[-1] + ('\nInput: ' + t['input'] if t['input'] else ''), t['response']) for t in C.toolformer]
    elif tgt == 'rubric':
        pool = [(g['question'], clean_gsm(g['answer'])) for g in C.gsm_train[3000:6000]] + [(g['instruction'], g['response']) for g in C.codegen[:2000]] + \
               [(g['instruction'], g['response']) for g in C.roleplay]
    elif tgt == 'selfinst':
        pool = [(s['instruction'], s['instances'][0]['output']) for s in C.seed] + [(g['instruction'], g['response']) for g in C.roleplay] + [(x[1], None) for x in C.useror]
    elif tgt == 'taxo':
        pool = [(f'{d}|{s}|{l}', None) for d in TAXO_DOMAINS for s in TAXO_SKILLS for l in TAXO_LEVEL]
    pool = list(pool)
    disc = op.get('queue', 'random')
    if disc in ('unique', 'ordered'):
        if disc == 'unique':
            r.shuffle(pool)
        i = 0
        while True:
            yield pool[i % len(pool)]
            i += 1
    else:
        while True:
            yield pick(r, pool)


def compose(W, op, item):
    """returns (system, prompt, tools, response, out_tok, reasoning)"""
    r = W.r
    tgt, v = op['target'], op.get('voice')
    q, ans = item
    sysp, tools = op.get('system'), None
    if tgt in ('cot', 'math'):
        b = COT[v]
        parts = [pick(r, b['open']), q, pick(r, b['dir']), pick(r, b['fmt'])]
        if r.random() < 0.3: parts[0], parts[2] = parts[2], parts[0]
        if r.random() < 0.2: parts = parts[1:]
        sep = pick(r, ['\n\n', '\n', ' ', '\n\n']) if v != 'terse' else '\n'
        pr = sep.join(x for x in parts if x)
        return sysp, vary_case(r, pr), None, (ans or W.generic_response(q)), r.randint(350, 1600), (r.randint(800, 6000) if op.get('reason') else None)
    if tgt == 'bare':
        return sysp, q + pick(r, BARE_SUFFIX), None, ans, r.randint(250, 1400), r.randint(3000, 24000)
    if tgt == 'code':
        b = CODE[v]
        parts = [pick(r, b['open']), (q if v != 'spec' else '```\n' + q + '\n```'), pick(r, b['dir']), pick(r, b['fmt'])]
        if r.random() < 0.25: parts = [parts[1], parts[2], parts[3]]
        pr = '\n\n'.join(x for x in parts if x)
        return sysp, pr, None, ans or W.generic_response(q), r.randint(400, 2000), (r.randint(500, 5000) if op.get('reason') else None)
    if tgt == 'agentic':
        tools = pick(r, op['toolsets'])
        if r.random() < 0.5:
            pr = pick(r, AGENT_TASKS).format(m=pick(r, MODULES))
        else:
            pr = q
        return op.get('system') or AGENT_SYS['harvest-a'], pr, tools, ans or W.generic_response(pr), r.randint(300, 1500), (r.randint(500, 5000) if op.get('reason') else None)
    if tgt == 'rubric':
        b = RUBRIC[v]
        crit = r.sample(CRITERIA, r.randint(2, 5))
        cand = ans or W.generic_response(q)
        if r.random() < 0.4:  # corrupt the answer so the grader has to find the error
            cand = cand.replace('1', '7', 1).replace('2', '3', 1)
        if v == 'pairwise':
            other = cand[: max(20, len(cand) // 2)] + ' ...'
            body = f'[Question]\n{q}\n\n[Response A]\n{cand}\n\n[Response B]\n{other}'
        else:
            body = pick(r, ['Question:\n{q}\n\nAnswer to grade:\n{a}', 'PROMPT: {q}\nRESPONSE: {a}', '<question>{q}</question>\n<answer>{a}</answer>']).format(q=q, a=cand)
        pr = f'{pick(r, b["open"])} Score it {pick(r, b["scale"])} on: {", ".join(crit)}.\n\n{body}\n\n{pick(r, b["out"])}'
        return sysp, pr, None, 'Evaluation: ' + W.generic_response(q), r.randint(200, 900), (r.randint(300, 3000) if op.get('reason') else None)
    if tgt == 'selfinst':
        b = SELFINST[v]
        n = r.choice([5, 8, 10, 12, 15, 20, 25])
        if v == 'seeded':
            ex = r.sample(W.C.seed, r.randint(2, 5))
            exs = '\n'.join(f'{i + 1}. {e["instruction"]}' + (f' | input: {e["instances"][0]["input"]}' if e['instances'][0]['input'] else '') for i, e in enumerate(ex))
            pr = f'{pick(r, b["open"])}\n{exs}\n\n{pick(r, b["req"]).format(n=n)} {pick(r, b["out"])}'
        elif v == 'responder':
            pr = f'{pick(r, b["open"])}\n{q}\n\n{pick(r, b["req"])} {pick(r, b["out"])}'.strip()
        else:
            pr = f'{pick(r, b["open"]).format(n=n)} {" ".join(r.sample(b["req"], 2))} {pick(r, b["out"]).format(n=n)}'
        return sysp, pr, None, W.generic_response(pr), r.randint(900, 3500), None
    if tgt == 'taxo':
        d, s, l = q.split('|')
        pr = pick(r, TAXO_VOICES[v]).format(d=d, s=s, l=l)
        return sysp, pr, None, W.generic_response(pr), r.randint(600, 2200), (r.randint(1000, 8000) if op.get('reason') else None)
    raise ValueError(tgt)


def cover_prompt(W):
    r = W.r
    x = r.random()
    if x < 0.35: return pick(r, W.C.hh)[0]
    if x < 0.6: return pick(r, W.C.koala)
    if x < 0.8: return pick(r, W.C.vicuna)
    _, ins, inp = pick(r, W.C.useror)
    return ins + ('\n\n' + inp if inp else '')


def run_op(W, op):
    r = W.r
    camp = op['campaign']
    items = item_stream(W, op)
    shared_cards = [W.card() for _ in range(op.get('cards', 0))] if op.get('cards') else None
    burst_times = []
    for team in op['teams']:
        n = team['n']
        # ---- network
        net = team['net']
        shared_dc = [W.ips.dc_ip(r) for _ in range(team.get('proxy_pool', 25))] if net in ('dc', 'vpnmix') else None
        shared_vpn = [W.ips.vpn_ip(r) for _ in range(team.get('proxy_pool', 25))] if net in ('vpn', 'vpnmix') else None
        stack_client = Client(r, team['stack']) if team.get('client') == 'one' else None
        for i in range(n):
            # ---- account infra
            signup = op['signup']
            if signup == 'burst':
                if not burst_times or r.random() < 0.08:
                    burst_times.append(W.day0 + timedelta(days=r.uniform(-6, W.ndays * 0.4)))
                created = burst_times[-1] + timedelta(seconds=r.randint(5, 2400))
            elif signup == 'aged':
                created = W.before(60, 420)
            else:
                created = W.before(0, 60) if r.random() < 0.7 else W.t_in(0, W.ndays * 0.5)
            em = op['email']
            email = pick(r, DISPOSABLE) if em == 'disposable' else pick(r, LOOKALIKE) if em == 'lookalike' else \
                (pick(r, DISPOSABLE + LOOKALIKE) if r.random() < 0.5 else pick(r, FREE)) if em == 'mixbad' else \
                pick(r, FREE) if em == 'free' else (pick(r, FREE) if r.random() < 0.7 else W.new_id('')[:7] + pick(r, ['.com', '.net', '.xyz', '.dev']))
            if net == 'home':
                ips, cc = W.home(cc=team.get('cc'))
                ipf = lambda ips=ips: pick(r, ips)
            elif net == 'resproxy':
                cc = team.get('cc') or r.choice(['US', 'US', 'GB', 'DE', 'CA', 'FR'])
                ipf = lambda cc=cc: W.ips.ip(r, 'res', cc)[0]
            elif net == 'mobile':
                org = W.ips.pick_org(r, 'mobile', team.get('cc'))
                cc = org[1]
                ipf = lambda org=org: W.ips.ip_in_org(r, org)
            elif net == 'cloudvm':
                vm = W.ips.ip(r, pick(r, ['cloud', 'cheaphost']))[0]
                cc = team.get('cc') or r.choice(['US', 'SG', 'DE', 'NL', 'HK'])
                ipf = lambda vm=vm: vm
            elif net == 'dc':
                cc = team.get('cc') or r.choice(['US', 'SG', 'HK', 'NL'])
                ipf = lambda: pick(r, shared_dc)
            elif net == 'vpn':
                cc = team.get('cc') or r.choice(['US', 'GB', 'DE', 'SG'])
                ipf = lambda: pick(r, shared_vpn)
            else:  # vpnmix
                cc = team.get('cc') or 'US'
                ipf = lambda: pick(r, shared_dc + shared_vpn)
            card = pick(r, shared_cards) if shared_cards else (W.card() if op.get('own_card', True) else None)
            tier = op.get('tier') or r.choice(['build', 'build', 'free'])
            a = W.account(created, email, cc, tier=tier, card=card, signup_ip=ipf(), label='attack', campaign=camp,
                          persona=op['persona'] + ('/' + team['name'] if len(op['teams']) > 1 else ''))
            # ---- client
            cm = team.get('client', 'one')
            if cm == 'one':
                cf = lambda: stack_client
            elif cm == 'per-acct':
                c = Client(r, pick(r, team['stacks']))
                cf = lambda c=c: c
            else:  # randomized per session
                def cf(team=team):
                    st = pick(r, team['stacks'])
                    c = Client(r, st)
                    if r.random() < 0.3:
                        c.ja4 = ja4(c.ja4[:10], str(r.random()))
                    return c
            # ---- traffic
            nreq = max(4, int(r.gauss(op['mean'], op['mean'] * 0.35)))
            pacing = op['pacing']
            cover = team.get('cover', 0.0)
            start_day = max(0.0, (created - W.day0).total_seconds() / 86400)
            active = (start_day, min(W.ndays, start_day + op.get('active_days', W.ndays)))
            done = 0
            while done < nreq:
                if pacing == 'scripted':
                    t = W.day0 + timedelta(days=r.uniform(*active))
                    sess = r.randint(5, 20)
                elif pacing == 'drip':
                    t = W.day0 + timedelta(days=r.uniform(*active))
                    sess = r.randint(1, 3)
                else:
                    t = local_time(r, W.day0, W.ndays, cc, HOUR_W if r.random() < 0.8 else NIGHT_W, 0.5,
                                   day=r.randrange(int(active[0]), max(int(active[0]) + 1, int(active[1]))))
                    sess = r.randint(1, 4)
                client, ip = cf(), ipf()
                for s in range(sess):
                    if done >= nreq: break
                    if r.random() < cover:
                        p = cover_prompt(W)
                        W.emit(a, t, client, ip, p, conv=W.new_id('conv_') if r.random() < 0.5 else None, turn=1, response=W.generic_response(p),
                               out_tok=W.organic_out('chat'), max_tokens=r.choice([None, 1024, 2048]), temperature=r.choice([None, 0.7, 1.0]),
                               stream=r.random() < 0.6, model=r.choice(['mini', 'large']))
                        done += 1
                    else:
                        sysp, pr, tools, resp, out, reas = compose(W, op, next(items))
                        conv = W.new_id('conv_') if (op.get('conv', True) and r.random() < op.get('conv_p', 0.7)) else None
                        model = op.get('model') or r.choice(['large', 'reason'])
                        mt = op.get('max_tokens') or r.choice([4096, 8192, 16000])
                        temp = op.get('temp', r.choice([0.7, 1.0, None]))
                        ctx = W.emit(a, t, client, ip, pr, system=sysp, conv=conv, turn=1 if conv else None, tools=tools, response=resp,
                                     out_tok=out, reasoning=reas if reas is not None else (r.randint(500, 4000) if model == 'reason' else None),
                                     max_tokens=mt, temperature=temp, stream=op.get('stream', r.random() < 0.5), model=model,
                                     rl_rate=op.get('rl', 0.02))
                        done += 1
                        # follow-ups / agent continuation
                        nfu = 0
                        if op['target'] == 'agentic':
                            nfu = r.randint(2, 7)
                        elif r.random() < op.get('follow_p', 0.0):
                            nfu = r.randint(1, 3)
                        for k in range(nfu):
                            if done >= nreq or conv is None: break
                            if op['target'] == 'agentic':
                                fu = pick(r, TOOL_OBS).format(t=pick(r, tools), m=pick(r, MODULES), n=r.randint(2, 400))
                                t += timedelta(seconds=r.uniform(1.5, 25))
                            else:
                                bank = FOLLOW_CODE if op['target'] == 'code' else FOLLOW_COT
                                fu = pick(r, bank.get(op.get('voice'), bank[list(bank)[0]])).format(k=r.randint(2, 5), lang=pick(r, LANGS))
                                t += timedelta(seconds=r.uniform(40, 420) if pacing == 'human' else r.uniform(2, 15))
                            ctx += W.emit(a, t, client, ip, fu, system=sysp, conv=conv, turn=k + 2, tools=tools, response=W.generic_response(fu),
                                          out_tok=r.randint(200, 1200), reasoning=r.randint(300, 3000) if model == 'reason' else None,
                                          max_tokens=mt, temperature=temp, stream=op.get('stream', False), model=model, ctx=ctx)
                            done += 1
                    if pacing == 'scripted':
                        t += timedelta(seconds=r.uniform(op.get('gap', (0.5, 8))[0], op.get('gap', (0.5, 8))[1]))
                    elif pacing == 'drip':
                        t += timedelta(minutes=r.uniform(5, 90))
                    else:
                        t += timedelta(seconds=r.uniform(60, 900))


# ====================================================================== world configurations
def world1(W):
    W.day0 = datetime(2026, 3, 2, tzinfo=timezone.utc); W.ndays = 18
    r = W.r
    ops = [
        dict(campaign='op-ashgrove', persona='cot-fleet', target='cot', voice='ledger', source='gsm', queue='random', signup='burst', email='disposable',
             cards=4, mean=44, pacing='scripted', model='reason', max_tokens=16000, temp=0.7, rl=0.06, follow_p=0.0, conv_p=0.1, active_days=8, stream=False,
             teams=[dict(name='main', n=165, net='dc', proxy_pool=30, client='one', stack='httpx')]),
        dict(campaign='op-bellwether', persona='quiet-coders', target='code', voice='jr-dev', queue='unique', signup='aged', email='own', own_card=True,
             mean=34, pacing='human', follow_p=0.45, conv_p=1.0, tier='build',
             teams=[dict(name='resi', n=115, net='home', client='random', stacks=BROWSERS + ['safari', 'firefox', 'electron-app'])]),
        dict(campaign='op-cormorant', persona='judge-harvest', target='rubric', voice='assessor', queue='random', signup='spread', email='free', own_card=True,
             mean=40, pacing='drip', conv_p=0.3, model='large', max_tokens=4096, temp=0.0,
             teams=[dict(name='go-cloud', n=50, net='cloudvm', client='one', stack='go-http', cover=0.15),
                    dict(name='node-mobile', n=45, net='mobile', client='per-acct', stacks=['openai-node', 'axios', 'okhttp'], cover=0.3, cc='IN'),
                    dict(name='py-resi', n=40, net='resproxy', client='per-acct', stacks=['openai-python', 'anthropic-python'], cover=0.4)]),
        dict(campaign='op-dunlin', persona='bare-reasoning', target='bare', source='mixed', queue='random', signup='spread', email='mixbad', cards=9,
             mean=40, pacing='scripted', model='reason', max_tokens=32000, temp=None, conv_p=0.0, gap=(3, 40), stream=True,
             teams=[dict(name='a', n=70, net='vpn', proxy_pool=40, client='per-acct', stacks=['anthropic-python', 'anthropic-ts', 'anthropic-go'])]),
        dict(campaign='op-egret', persona='instruction-mill', target='selfinst', voice='seeded', queue='random', signup='burst', email='lookalike', cards=3,
             mean=36, pacing='scripted', model='large', max_tokens=8192, temp=1.0, conv_p=0.0, gap=(1, 5),
             teams=[dict(name='a', n=60, net='vpnmix', proxy_pool=15, client='one', stack='python-requests')]),
        dict(campaign='op-fieldfare', persona='taxonomy-sweep', target='taxo', voice='curious', queue='ordered', signup='aged', email='own', own_card=True,
             mean=40, pacing='human', reason=True, follow_p=0.2, conv_p=0.9,
             teams=[dict(name='a', n=55, net='resproxy', client='random', stacks=BROWSERS + MOBILE, cc=None)]),
    ]
    for op in ops: run_op(W, op)
    p_enterprise(W, 4, (15, 40), (40, 95))
    p_campus(W, 240, 2)
    p_campus(W, 190, 0)
    p_eval(W, 2, 2600)
    p_power(W, 60)
    p_dev(W, 220)
    p_research(W, 90)
    p_hobby(W, 35)
    p_casual(W, 1500)
    p_casual(W, 220, persona='vpn-user', vpn=True)
    p_writer(W, 140)
    p_shared_card(W, 2, 'startup-shared-card', (4, 8), (20, 60), cloud=True)
    p_shared_card(W, 30, 'family-shared-card', (2, 4), (2, 10), cloud=False)


def world2(W):
    W.day0 = datetime(2026, 5, 11, tzinfo=timezone.utc); W.ndays = 16
    r = W.r
    ops = [
        dict(campaign='op-gannet', persona='agent-trajectories', target='agentic', queue='random', signup='spread', email='free', own_card=True,
             toolsets=AGENT_TOOLS[:3], system=None, mean=40, pacing='drip', model='large', max_tokens=8192, temp=0.2, conv_p=1.0, reason=True,
             teams=[dict(name='node', n=50, net='cloudvm', client='one', stack='anthropic-ts', cover=0.2),
                    dict(name='go', n=45, net='dc', proxy_pool=20, client='one', stack='go-http', cover=0.1),
                    dict(name='py', n=50, net='home', client='per-acct', stacks=['anthropic-python', 'langchain', 'httpx'], cover=0.35)]),
        dict(campaign='op-heron', persona='patient-math', target='math', voice='tutorish', source='gsm', with_test=True, queue='unique', signup='aged',
             email='own', own_card=True, mean=36, pacing='human', follow_p=0.5, conv_p=1.0, model=None, tier='build',
             teams=[dict(name='a', n=130, net='home', client='random', stacks=BROWSERS + MOBILE + ['ios-app'])]),
        dict(campaign='op-ibis', persona='code-fleet', target='code', voice='spec', queue='random', signup='burst', email='lookalike', cards=5,
             mean=46, pacing='scripted', model='large', max_tokens=8192, temp=0.0, conv_p=0.0, rl=0.07, active_days=6, gap=(0.3, 4),
             teams=[dict(name='a', n=120, net='vpn', proxy_pool=35, client='one', stack='curl')]),
        dict(campaign='op-jacana', persona='slow-judge', target='rubric', voice='pairwise', queue='unique', signup='spread', email='own', own_card=True,
             mean=34, pacing='drip', model='reason', max_tokens=6000, temp=0.0, conv_p=0.5,
             teams=[dict(name='a', n=75, net='cloudvm', client='per-acct', stacks=['openai-python', 'openai-java', 'openai-dotnet', 'rust-reqwest'])]),
        dict(campaign='op-kittiwake', persona='mixed-harvest', target='cot', voice='buddy', source='arena', queue='random', signup='spread', email='mixbad',
             cards=12, mean=40, pacing='human', follow_p=0.3, conv_p=0.8, model='reason',
             teams=[dict(name='mobile', n=30, net='mobile', client='per-acct', stacks=MOBILE, cover=0.3),
                    dict(name='vpn', n=30, net='vpnmix', proxy_pool=20, client='per-acct', stacks=['chrome', 'firefox'], cover=0.35)]),
        dict(campaign='op-kittiwake', persona='mixed-harvest', target='selfinst', voice='responder', queue='random', signup='spread', email='mixbad',
             cards=12, mean=40, pacing='scripted', conv_p=0.0, model='large', max_tokens=4096, gap=(2, 20),
             teams=[dict(name='gen', n=15, net='dc', proxy_pool=10, client='one', stack='aiohttp', cover=0.1)]),
        dict(campaign='op-lapwing', persona='grid-probe', target='taxo', voice='grid', queue='ordered', signup='burst', email='disposable', cards=2,
             mean=44, pacing='scripted', reason=True, model='reason', max_tokens=32000, conv_p=0.0, gap=(5, 60),
             teams=[dict(name='a', n=40, net='cloudvm', client='one', stack='openai-python')]),
        dict(campaign='op-lapwing', persona='grid-probe', target='bare', source='arena', queue='random', signup='burst', email='disposable', cards=2,
             mean=40, pacing='scripted', model='reason', max_tokens=64000, conv_p=0.0, gap=(5, 60),
             teams=[dict(name='b', n=25, net='cloudvm', client='one', stack='openai-python')]),
    ]
    for op in ops: run_op(W, op)
    p_enterprise(W, 6, (10, 30), (15, 50))
    p_campus(W, 260, 3)
    p_eval(W, 3, 1700)
    p_hackathon(W, 70)
    p_grader(W, 20)
    p_translation(W, 6)
    p_power(W, 50)
    p_dev(W, 260)
    p_research(W, 70)
    p_hobby(W, 45)
    p_casual(W, 1500)
    p_casual(W, 180, persona='vpn-user', vpn=True)
    p_writer(W, 110)
    p_shared_card(W, 3, 'startup-shared-card', (3, 6), (20, 50), cloud=True)
    p_shared_card(W, 25, 'family-shared-card', (2, 4), (2, 10), cloud=False)


def main():
    wid, out = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else {'1': 41017, '2': 90233}[wid]
    W = World(wid, out, seed)
    (world1 if wid == '1' else world2)(W)
    W.close()
    # WORLD.md
    att = {k: v for k, v in W.stats.items() if k[0] == 'attack'}
    org = {k: v for k, v in W.stats.items() if k[0] == 'organic'}
    lines = [f'# World {wid} (generator L, seed {seed})', '', f'Period: {W.day0.date()} + {W.ndays} days. Interactions: {W.n_int}. Accounts: {W.n_acc}. '
             f'Attack accounts: {sum(v[0] for v in att.values())} ({sum(v[1] for v in att.values())} interactions).', '',
             '## Attack operations (campaign: accounts / interactions)']
    for k, v in sorted(att.items()):
        lines.append(f'- {k[1]}: {v[0]} / {v[1]}')
    lines += ['', '## Organic personas (accounts / interactions)']
    for k, v in sorted(org.items()):
        lines.append(f'- {k[1]}: {v[0]} / {v[1]}')
    open(os.path.join(out, 'WORLD.md'), 'w').write('\n'.join(lines) + '\n' + DESCR[wid])
    print(json.dumps({'world': wid, 'interactions': W.n_int, 'accounts': W.n_acc, 'attack_accounts': sum(v[0] for v in att.values()),
                      'attack_interactions': sum(v[1] for v in att.values())}))


DESCR = {
    '1': '''
## Notes
- op-ashgrove: sloppy chain-of-thought fleet: burst sign-ups, disposable e-mail, 4 shared cards, a 30-IP datacenter proxy pool, one httpx stack, scripted pacing, gsm8k items with its own wrapper voice.
- op-bellwether: careful coding operation: aged accounts, own card each, own residential IPs, per-session browser fingerprints (some randomised JA4), human-paced multi-turn threads; a single shuffled queue of coding items (humaneval, gpteacher codegen, arena code) with no repeats across the operation.
- op-cormorant: rubric/judge harvesting in three sub-teams (Go on cloud VMs, Node/okhttp on Indian mobile carriers, Python SDKs on rotating residential proxies) with 15/30/40% cover traffic, drip pacing.
- op-dunlin: bare items (gsm8k + arena-hard), no wrapper, max_tokens 32k, extended reasoning, Anthropic SDKs over a shared VPN pool, 9 cards.
- op-egret: self-instruct bulk generation from seed tasks, look-alike e-mail domains, 3 cards, one python-requests stack over datacenter+VPN.
- op-fieldfare: capability taxonomy sweep (domain x skill x level, walked in order across accounts) in a chatty voice, aged accounts, residential proxies, browsers.
- Hard negatives: verified enterprises (shared card/org/egress/system prompt), campus NATs with classes sharing a tutor wrapper and the same homework items with deadline bursts, eval harnesses re-running gsm8k-test/HumanEval/MT-bench judge prompts from cloud IPs, researchers asking step-by-step maths, data hobbyists using the Alpaca prompt, odd client stacks (TLS-intercepting proxies, curl on Windows, Unity/mobile wrappers), startup and family shared cards.
''',
    '2': '''
## Notes
- op-gannet: agentic trajectory harvesting (tool_names, multi-turn tool observations) in three sub-teams (anthropic-ts on cloud VMs, Go via datacenter pool, Python on home IPs) with 10-35% cover.
- op-heron: careful maths operation: aged accounts, own cards and home IPs, randomised browser/mobile fingerprints, tutor-style wording, follow-ups; one shuffled queue of gsm8k train+test items, no repeats.
- op-ibis: sloppy coding fleet: burst sign-ups, look-alike e-mail domains, 5 cards, curl over a shared VPN pool, short activity window.
- op-jacana: slow pairwise-judge harvesting from per-account cloud VMs with varied server SDKs, drip pacing, unique items.
- op-kittiwake: mixed operation: CoT elicitation (casual voice, arena-hard items) from mobile and VPN sub-teams with cover, plus a self-instruct "responder" sub-team; 12 shared cards.
- op-lapwing: taxonomy grid probe plus bare arena-hard items with 32k-64k max_tokens and reasoning, disposable e-mail, 2 cards, one openai-python stack on cloud VMs.
- Hard negatives as world 1 plus: a hackathon (70 accounts signed up within 90 minutes at one venue), a verified ed-tech essay grader (rubric scoring at volume), a localisation pipeline (python-requests bulk translation).
''',
}

if __name__ == '__main__':
    main()
