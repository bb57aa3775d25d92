#!/usr/bin/env python3
"""Blind traffic-world generator.  usage: gen.py OUTDIR --seed N --variant alpha|beta"""
import argparse
import collections
import gzip
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (Corpora, Net, Client, STACKS, BROWSERS, SDKS, wrapped_client, random_ja4, fmt_ts, epoch, tok, instr_text, h)
import wording as W
from wording import pick, maybe
import ops

DAY = 86400.0
HOUR_WORK = [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 3.5, 5, 5, 4.5, 3.5, 4.5, 5, 5, 4.5, 3.5, 2, 1.2, 1, 0.8, 0.6, 0.4]
HOUR_EVE = [1.2, 0.7, 0.4, 0.2, 0.1, 0.1, 0.3, 0.8, 1.2, 1.5, 1.8, 2, 2.2, 2, 2, 2, 2.2, 2.5, 3, 3.5, 3.8, 3.6, 3, 2]
HOUR_STUDENT = [2.5, 1.8, 1, 0.5, 0.2, 0.1, 0.1, 0.3, 1, 2, 2.5, 2.8, 2.5, 2.5, 2.8, 3, 3, 2.8, 2.5, 2.8, 3.2, 3.5, 3.5, 3]
HOUR_FLAT = [1.0] * 24
PROFILES = {'work': (HOUR_WORK, 0.35), 'eve': (HOUR_EVE, 1.2), 'student': (HOUR_STUDENT, 0.9), 'flat': (HOUR_FLAT, 1.0)}

CONSUMER_MAIL = {
    'US': ['gmail.com'] * 6 + ['yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'proton.me', 'aol.com'],
    'GB': ['gmail.com'] * 4 + ['outlook.com', 'btinternet.com', 'yahoo.co.uk', 'icloud.com'],
    'DE': ['gmail.com', 'gmx.de', 'web.de', 't-online.de', 'outlook.de', 'posteo.de'],
    'FR': ['gmail.com', 'orange.fr', 'free.fr', 'outlook.fr', 'laposte.net'],
    'CA': ['gmail.com'] * 3 + ['outlook.com', 'yahoo.ca', 'icloud.com'],
    'AU': ['gmail.com', 'outlook.com', 'bigpond.com', 'icloud.com'],
    'KR': ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'kakao.com'],
    'IN': ['gmail.com'] * 4 + ['yahoo.co.in', 'rediffmail.com', 'outlook.com'],
    'CN': ['qq.com', '163.com', 'gmail.com', '126.com', 'outlook.com'],
    'RU': ['yandex.ru', 'mail.ru', 'gmail.com'],
    'CO': ['gmail.com', 'hotmail.com', 'outlook.com'], 'MX': ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'],
}
CC_TZ = {'US': [-8, -7, -6, -5, -5, -5], 'GB': [0], 'DE': [1], 'FR': [1], 'CA': [-5, -8], 'AU': [10], 'KR': [9], 'IN': [5.5],
         'CN': [8], 'RU': [3], 'CO': [-5], 'MX': [-6], 'PL': [1], 'AT': [1], 'NZ': [12]}
CC_W = [('US', 40), ('GB', 8), ('DE', 7), ('FR', 4), ('CA', 5), ('AU', 3), ('KR', 5), ('IN', 12), ('CN', 2), ('RU', 2),
        ('CO', 2), ('MX', 3)]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for x, w in pairs:
        r -= w
        if r <= 0:
            return x
    return pairs[-1][0]


class World:
    def __init__(self, seed, variant, start, days):
        self.seed, self.variant, self.S, self.days = seed, variant, start, days
        self.E = start + days * DAY
        self.rng = random.Random(seed)
        self.C = Corpora()
        self.net = Net()
        self.accounts, self.inter, self.labels = [], [], []
        self.counts = collections.Counter()
        self.notes = []
        self._ids = set()

    # ------------------------------------------------------------ ids
    def uid(self, prefix, n=16):
        while True:
            s = prefix + '%0*x' % (n, self.rng.getrandbits(4 * n))
            if s not in self._ids:
                self._ids.add(s)
                return s

    def conv_id(self, rng, style='uuid'):
        if style == 'uuid':
            x = '%032x' % rng.getrandbits(128)
            return '%s-%s-4%s-%s-%s' % (x[:8], x[8:12], x[13:16], x[16:20], x[20:32])
        return style + '%024x' % rng.getrandbits(96)

    def card(self, rng):
        return 'pm_' + '%020x' % rng.getrandbits(80)

    # ------------------------------------------------------------ accounts
    def account(self, persona, created, email, cc, tier='build', org=None, pay='new', signup_ip=None, verified=False,
                label='organic', campaign=None, nkeys=1, rng=None):
        rng = rng or self.rng
        aid = self.uid('acct_', 12)
        if pay == 'new':
            pay = self.card(rng)
        a = dict(account_id=aid, created_at=fmt_ts(created), org_id=org, email_domain=email, payment_fingerprint=pay,
                 signup_ip=signup_ip, country=cc, tier=tier, verified=verified)
        self.accounts.append(a)
        self.labels.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))
        self.counts[(label, campaign or '', persona)] += 1
        a['_keys'] = [self.uid('key_', 14) for _ in range(nkeys)]
        a['_created'] = created
        a['_persona'] = persona
        return a

    def consumer(self, rng, persona, cc=None, tier=None, created=None, pay_p=0.6, **kw):
        cc = cc or wchoice(rng, CC_W)
        created = created if created is not None else self.S - rng.uniform(0, 700) * DAY if rng.random() < 0.88 else rng.uniform(self.S, self.E - DAY)
        tier = tier or ('free' if rng.random() > pay_p else 'build')
        pay = 'new' if tier != 'free' else None
        a = self.account(persona, created, pick(rng, CONSUMER_MAIL.get(cc, CONSUMER_MAIL['US'])), cc, tier=tier, pay=pay,
                         signup_ip=self.net.resi(rng, cc) if rng.random() < 0.9 else self.net.mobile(rng, cc if cc in ('US', 'IN', 'CN') else 'US'),
                         rng=rng, **kw)
        a['_tz'] = pick(rng, CC_TZ.get(cc, [0]))
        return a

    # ------------------------------------------------------------ time
    def t_local(self, rng, tz, profile='work', day=None, lo=None, hi=None):
        hours, wkend = PROFILES[profile]
        for _ in range(50):
            d = day if day is not None else rng.randrange(self.days)
            if day is None and (d % 7) in (5, 6) and rng.random() > wkend:
                continue
            hr = wchoice(rng, list(enumerate(hours)))
            t = self.S + d * DAY + (hr + rng.random()) * 3600 - tz * 3600
            lo_ = max(self.S, lo if lo is not None else self.S)
            hi_ = min(self.E - 600, hi if hi is not None else self.E)
            if lo_ <= t < hi_:
                return t
        return rng.uniform(max(self.S, lo or self.S), min(self.E - 600, hi or self.E))

    # ------------------------------------------------------------ requests
    def out_tokens(self, rng, kind):
        if kind == 'chat':
            return int(pick(rng, self.C.trace_conv)[1] * rng.uniform(0.7, 2.6)) + 5
        if kind == 'short':
            return int(rng.uniform(5, 60))
        if kind == 'tool':
            return int(rng.lognormvariate(4.3, 0.6)) + 10
        table = {'code': (6.0, 0.55), 'math': (5.2, 0.4), 'cot': (6.4, 0.45), 'bulk': (7.8, 0.3), 'judge': (5.3, 0.5),
                 'write': (6.2, 0.5), 'agent': (5.4, 0.8), 'long': (6.8, 0.4)}
        mu, sd = table.get(kind, (5.5, 0.6))
        return int(rng.lognormvariate(mu, sd)) + 8

    def emit(self, a, ts, ip, client, endpoint, model, prompt, system=None, conv=None, turn=None, tools=None, kind='chat',
             max_tokens=None, temp=None, stream=None, ctx=0, think=None, key=None, err=0.0, rl=0.0, frac=0.5):
        """think: None (no reasoning), or (mu) for lognormal reasoning tokens"""
        rng = self.rng
        ua, j = client.pick(rng, frac)
        inp = tok(system) + tok(prompt) + ctx + (len(tools) * 90 if tools else 0) + 8
        status = 200
        r = rng.random()
        if r < rl:
            status = 429
        elif r < rl + 0.004 + err:
            status = 400
        elif r < rl + 0.0065 + err:
            status = 500 if endpoint.endswith('completions') or rng.random() < 0.5 else 529
        out = 0
        reasoning = None
        if status == 200:
            out = self.out_tokens(rng, kind)
            if max_tokens:
                out = min(out, max_tokens)
            if think is not None:
                reasoning = int(rng.lognormvariate(think, 0.55))
                if max_tokens and endpoint == '/v1/messages':
                    reasoning = min(reasoning, max(0, max_tokens - out))
            lat = int(rng.uniform(220, 1400) + (out + (reasoning or 0)) * rng.uniform(9, 24) * (0.6 if 'mini' in model else 1))
        else:
            lat = int(rng.uniform(15, 400)) if status in (400, 429) else int(rng.uniform(2000, 30000))
            if think is not None:
                reasoning = 0
        if think is None and model.endswith('think') and status == 200:
            reasoning = int(rng.lognormvariate(6.3, 0.6))
        if reasoning is None and endpoint == '/v1/chat/completions' and status == 200 and rng.random() < 0.5:
            reasoning = 0
        rec = dict(id=self.uid('req_', 20), ts=fmt_ts(ts), account_id=a['account_id'], api_key_id=key or a['_keys'][0], ip=ip,
                   user_agent=ua, tls_ja4=j, endpoint=endpoint, model=model, conversation_id=conv, turn=turn, system=system,
                   prompt=prompt, tool_names=tools, response=None, input_tokens=inp, output_tokens=out,
                   reasoning_tokens=reasoning, max_tokens=max_tokens, temperature=temp, stream=stream, status=status,
                   latency_ms=lat)
        self.inter.append(rec)
        return rec

    def endpoint_for(self, rng, stack):
        if stack.startswith('anthropic') or stack == 'claude-cli':
            return '/v1/messages'
        if stack.startswith('openai') or stack in ('dotnet',):
            return '/v1/chat/completions'
        return '/v1/messages' if rng.random() < 0.35 else '/v1/chat/completions'

    def thread(self, a, t0, prompts, ip, client, endpoint, model, gap=(20, 400), conv_style='uuid', conv_p=0.7,
               system=None, tools=None, kinds=None, rl=0.0, **kw):
        """prompts: list of strings; kinds: list of kinds (or single)."""
        rng = self.rng
        conv = self.conv_id(rng, conv_style) if (len(prompts) > 1 and rng.random() < conv_p) or rng.random() < conv_p * 0.4 else None
        ctx = 0
        t = t0
        recs = []
        for i, p in enumerate(prompts):
            kind = kinds[i] if isinstance(kinds, list) else (kinds or 'chat')
            if t >= self.E:
                break
            rec = self.emit(a, t, ip() if callable(ip) else ip, client, endpoint, model, p, system=system, conv=conv,
                            turn=(i + 1) if conv else None, tools=tools, kind=kind, ctx=ctx, rl=rl, frac=(t - self.S) / (self.E - self.S), **kw)
            recs.append(rec)
            ctx += tok(p) + rec['output_tokens']
            lat = rec['latency_ms'] / 1000.0
            t += lat + (rng.uniform(*gap) if callable(gap) is False else gap())
        return recs


# ====================================================================== organic personas

def casual_prompt(w, rng):
    C = w.C
    r = rng.random()
    if r < 0.35:
        base = pick(rng, C.koala + C.vicuna)
    elif r < 0.65:
        d = pick(rng, C.hh)
        return [W.join(pick(rng, W.CASUAL_OPENERS), t) for t in d[:rng.randint(1, 4)]]
    elif r < 0.8:
        m = pick(rng, C.mtbench)
        return list(m['turns'])[:rng.choice([1, 2, 2])]
    elif r < 0.92:
        u = pick(rng, C.user_oriented)
        inst = pick(rng, u['instances'])
        base = u['instruction'] + ('\n' + inst['input'] if inst.get('input') else '')
    else:
        base = pick(rng, C.arena_other)['prompt']
    turns = [W.join(pick(rng, W.CASUAL_OPENERS), base, pick(rng, W.CASUAL_CLOSERS))]
    for _ in range(int(rng.expovariate(1.2))):
        turns.append(pick(rng, W.CASUAL_FOLLOWUPS))
    return turns


def dev_prompt(w, rng):
    C = w.C
    r = rng.random()
    if r < 0.45:
        base = pick(rng, C.arena_code)['prompt']
    elif r < 0.8:
        base = instr_text(pick(rng, C.codegen))
    elif r < 0.9:
        he = pick(rng, C.humaneval)
        base = pick(rng, ['why does my implementation of this fail on the docstring example?\n', 'write this function:\n',
                          'is there a cleaner way to do this?\n', '']) + he['prompt'] + maybe(rng, 0.5, he['canonical_solution'])
    else:
        base = pick(rng, C.koala + C.vicuna)
    turns = [W.join(pick(rng, W.DEV_OPENERS), base)]
    for _ in range(int(rng.expovariate(0.8))):
        turns.append(pick(rng, W.DEV_FOLLOWUPS))
    return turns


def pick_stack(rng, kind):
    if kind == 'browser':
        return Client(rng, pick(rng, BROWSERS))
    if kind == 'sdk':
        return Client(rng, pick(rng, SDKS))
    if kind == 'mobile':
        return Client(rng, pick(rng, ['ios-app', 'android-app', 'safari-ios', 'chrome-android']))
    return Client(rng, kind)


def persona_casual(w, n, vpn=False, persona='casual', mean=3.0):
    rng = w.rng
    for _ in range(n):
        a = w.consumer(rng, persona, pay_p=0.35)
        stack = wchoice(rng, [('browser', 50), ('mobile', 20), ('sdk', 30)])
        cl = pick_stack(rng, stack)
        ep = w.endpoint_for(rng, cl.stack)
        model = wchoice(rng, [('orion-4', 5), ('orion-4-mini', 4), ('orion-4-think', 1)])
        if vpn:
            ips = [w.net.from_list(rng, 'vpn') for _ in range(rng.randint(1, 6))]
            ipf = lambda ips=ips: pick(rng, ips)
        else:
            home = w.net.resi(rng, a['country'])
            mob = w.net.mobile(rng, a['country'] if a['country'] in ('US', 'IN', 'CN') else 'US')
            ipf = lambda home=home, mob=mob: home if rng.random() < 0.8 else mob
        nreq = max(1, int(rng.expovariate(1 / mean)))
        done = 0
        prof = pick(rng, ['eve', 'eve', 'work', 'student'])
        while done < nreq:
            turns = casual_prompt(w, rng)
            t0 = w.t_local(rng, a['_tz'], prof)
            recs = w.thread(a, t0, turns, ipf, cl, ep, model, gap=(15, 240), temp=pick(rng, [None, None, 0.7, 1.0]),
                            stream=cl.stack in BROWSERS or stack == 'mobile' or None, max_tokens=pick(rng, [None, 1024, 2048, 4096]) if ep.endswith('completions') else pick(rng, [1024, 2048, 4096]),
                            rl=0.02 if a['tier'] == 'free' else 0.0)
            done += len(recs)


def persona_developer(w, n, persona='developer', mean=12, odd_p=0.25):
    rng = w.rng
    for _ in range(n):
        a = w.consumer(rng, persona, pay_p=0.85)
        odd = rng.random() < odd_p
        if odd:
            kind = pick(rng, ['zscaler', 'bluecoat', 'curl-win', 'powershell', 'postman', 'android-app', 'spoof'])
            if kind in ('zscaler', 'bluecoat'):
                cl = wrapped_client(rng, kind, pick(rng, ['openai-python', 'anthropic-python', 'openai-node', 'chrome-win', 'curl']))
            elif kind == 'spoof':  # dev tool that sends a browser UA from python
                cl = Client(rng, 'python-requests', ua=pick(rng, STACKS['chrome-win'][1]))
            else:
                cl = Client(rng, kind)
            a['_odd'] = kind
        else:
            cl = Client(rng, wchoice(rng, [('openai-python', 8), ('anthropic-python', 6), ('openai-node', 5), ('anthropic-node', 3),
                                           ('python-requests', 3), ('curl', 2), ('go-http', 2), ('reqwest', 1), ('java-http', 1),
                                           ('dotnet', 1), ('ruby', 1), ('chrome-mac', 2), ('claude-cli', 2)]))
        ep = w.endpoint_for(rng, cl.stack)
        model = wchoice(rng, [('orion-4', 6), ('orion-4-mini', 3), ('orion-4-think', 2)])
        office = w.net.resi(rng, a['country'])
        home = w.net.resi(rng, a['country'])
        cloud = w.net.in_asn(rng, pick(rng, [16509, 396982, 8075, 14061, 24940]))
        ipf = lambda: wchoice(rng, [(office, 6), (home, 3), (cloud, 1)])
        nreq = max(1, int(rng.lognormvariate(math.log(mean), 0.8)))
        done = 0
        sysp = pick(rng, W.DEV_SYSTEMS)
        while done < nreq:
            turns = dev_prompt(w, rng)
            recs = w.thread(a, w.t_local(rng, a['_tz'], 'work'), turns, ipf, cl, ep, model, gap=(30, 900), system=sysp,
                            kinds='code', temp=pick(rng, [None, 0, 0.2, 0.7]), stream=pick(rng, [None, True, False]),
                            max_tokens=pick(rng, [None, 2048, 4096, 8192]) if ep.endswith('completions') else pick(rng, [2048, 4096, 8192]),
                            think=6.8 if model.endswith('think') else None)
            done += len(recs)


def persona_power(w, n, mean=55):
    rng = w.rng
    for _ in range(n):
        a = w.consumer(rng, 'power-user', pay_p=1.0)
        a['tier'] = pick(rng, ['build', 'scale'])
        cl = Client(rng, wchoice(rng, [('claude-cli', 5), ('anthropic-python', 3), ('openai-python', 3), ('openai-node', 2),
                                      ('anthropic-node', 2), ('go-http', 1), ('reqwest', 1)]))
        ep = w.endpoint_for(rng, cl.stack)
        tools = pick(rng, W.AGENT_TOOLSETS)
        home = w.net.resi(rng, a['country'])
        office = w.net.resi(rng, a['country'])
        ipf = lambda: home if rng.random() < 0.6 else office
        nreq = max(10, int(rng.lognormvariate(math.log(mean), 0.6)))
        done = 0
        sysp = pick(rng, ['You are an autonomous coding agent working in the user\'s repository. Use tools to inspect before editing.',
                          'You are a CLI coding assistant. Prefer small, reviewable diffs. Ask before destructive commands.',
                          None, 'You are an expert engineer pair-programming with the user.'])
        while done < nreq:
            if rng.random() < 0.7:
                L = rng.randint(4, 30)
                turns = [pick(rng, W.AGENT_TASKS)] + [pick(rng, W.AGENT_TOOL_RESULTS) if rng.random() < 0.75 else pick(rng, W.AGENT_USER_STEPS)
                                                      for _ in range(L - 1)]
                kinds = ['agent'] + ['tool'] * (L - 1)
                recs = w.thread(a, w.t_local(rng, a['_tz'], pick(rng, ['work', 'eve'])), turns, ipf, cl, ep,
                                pick(rng, ['orion-4', 'orion-4-think']), gap=(2, 45), conv_p=0.95, system=sysp, tools=tools, kinds=kinds,
                                max_tokens=pick(rng, [8192, 16000, 32000]), temp=pick(rng, [None, 0, 1]), stream=True,
                                rl=0.01)
            else:
                turns = dev_prompt(w, rng)
                recs = w.thread(a, w.t_local(rng, a['_tz'], 'work'), turns, ipf, cl, ep, 'orion-4', gap=(30, 600), kinds='code',
                                max_tokens=8192, stream=True)
            done += len(recs)


def persona_researcher(w, n, mean=25):
    rng = w.rng
    C = w.C
    for _ in range(n):
        cc = wchoice(rng, CC_W)
        uni = rng.random() < 0.6
        dom = pick(rng, ['berkeley.edu', 'cs.toronto.edu', 'purdue.edu', 'virginia.edu', 'unimelb.edu.au', 'colorado.edu', 'arizona.edu'])
        a = w.consumer(rng, 'researcher', cc=('US' if uni else cc), pay_p=0.9)
        if uni:
            a['email_domain'] = dom
        cl = Client(rng, wchoice(rng, [('openai-python', 5), ('anthropic-python', 5), ('python-requests', 2), ('chrome-linux', 2),
                                      ('aiohttp', 1), ('firefox', 1)]))
        ep = w.endpoint_for(rng, cl.stack)
        ipf = (lambda b=w.net.block(rng, pick(rng, [7377, 1706, 17, 225, 104]), 6): pick(rng, b)) if uni else (lambda h_=w.net.resi(rng, a['country']): h_)
        nreq = max(3, int(rng.lognormvariate(math.log(mean), 0.7)))
        done = 0
        while done < nreq:
            r = rng.random()
            if r < 0.3:
                q = pick(rng, C.gsm_test + C.gsm_train)['question']
            elif r < 0.6:
                q = pick(rng, [m for m in C.mtbench if m['category'] in ('reasoning', 'math', 'stem')])['turns'][0]
            elif r < 0.85:
                q = pick(rng, C.arena_other)['prompt']
            else:
                q = pick(rng, C.koala)
            turns = [W.join(pick(rng, W.RESEARCH_FRAMES), q, pick(rng, W.RESEARCH_TAILS))]
            if rng.random() < 0.4:
                turns.append(pick(rng, ['Where exactly did you use the assumption in step 2?', 'Now solve it a different way and compare.',
                                        'Is there a flaw in your reasoning? Check it.', 'Rate your confidence 0-100.']))
            recs = w.thread(a, w.t_local(rng, a['_tz'], 'work'), turns, ipf, cl, ep, pick(rng, ['orion-4-think', 'orion-4']),
                            gap=(40, 900), kinds='cot', think=7.2, max_tokens=pick(rng, [4096, 8192, 16000]), temp=pick(rng, [0, 0.7, 1.0, None]))
            done += len(recs)


def persona_hobbyist(w, n, mean=40):
    rng = w.rng
    C = w.C
    for _ in range(n):
        a = w.consumer(rng, 'data-hobbyist', pay_p=0.8)
        cl = Client(rng, pick(rng, ['openai-python', 'python-requests', 'python-httpx', 'anthropic-python', 'node-undici']))
        ep = w.endpoint_for(rng, cl.stack)
        home = w.net.resi(rng, a['country'])
        vpsip = w.net.in_asn(rng, pick(rng, [14061, 24940, 16276, 20473]))
        ipf = lambda: home if rng.random() < 0.7 else vpsip
        nreq = max(5, int(rng.lognormvariate(math.log(mean), 0.7)))
        thing, proj = pick(rng, W.HOBBY_THINGS), pick(rng, W.HOBBY_PROJ)
        done = 0
        # hobbyist scripts run in little batches
        while done < nreq:
            t = w.t_local(rng, a['_tz'], 'eve')
            for _ in range(rng.randint(1, 12)):
                if rng.random() < 0.25:
                    seed = pick(rng, C.seed_tasks)
                    p = 'Here is an example task:\n%s\nWrite %d more tasks in the same spirit but on different topics.' % (seed['instruction'], rng.choice([5, 10, 15]))
                elif rng.random() < 0.15:
                    thing = pick(rng, W.HOBBY_THINGS)
                    p = pick(rng, W.HOBBY_ASKS).format(n=rng.choice([10, 20, 25, 50]), thing=thing, proj=proj)
                else:
                    p = pick(rng, W.HOBBY_ASKS).format(n=rng.choice([10, 20, 25, 50]), thing=thing, proj=proj)
                rec = w.emit(a, t, ipf(), cl, ep, pick(rng, ['orion-4', 'orion-4-mini']), p, kind='bulk',
                             max_tokens=pick(rng, [4000, 4096, 8192]), temp=pick(rng, [0.9, 1.0, 1.1]), stream=False, rl=0.03,
                             frac=(t - w.S) / (w.E - w.S))
                t += rec['latency_ms'] / 1000 + rng.uniform(1, 20)
                done += 1
                if t >= w.E:
                    break


def persona_writer(w, n, mean=10):
    rng = w.rng
    C = w.C
    for _ in range(n):
        a = w.consumer(rng, 'writer', pay_p=0.5)
        cl = pick_stack(rng, pick(rng, ['browser', 'browser', 'mobile', 'openai-python']))
        ep = w.endpoint_for(rng, cl.stack)
        ipf = lambda h_=w.net.resi(rng, a['country']): h_
        nreq = max(1, int(rng.lognormvariate(math.log(mean), 0.8)))
        done = 0
        sysp = pick(rng, [None, 'You are a creative writing partner. Match the author\'s voice.', 'You are an editor at a literary magazine.'])
        while done < nreq:
            r = rng.random()
            if r < 0.4:
                base = pick(rng, C.roleplay)['instruction']
            elif r < 0.7:
                base = pick(rng, [m for m in C.mtbench if m['category'] in ('writing', 'roleplay', 'humanities')])['turns'][0]
            else:
                base = pick(rng, W.WRITER_ASKS) + pick(rng, C.koala + [x['instruction'] for x in C.roleplay[:300]])
            turns = [base] + [pick(rng, W.WRITER_FOLLOWUPS) for _ in range(int(rng.expovariate(0.5)))]
            recs = w.thread(a, w.t_local(rng, a['_tz'], 'eve'), turns, ipf, cl, ep, pick(rng, ['orion-4', 'orion-4']), gap=(60, 1200),
                            system=sysp, kinds='write', temp=pick(rng, [0.9, 1.0, 1.2, None]), stream=True, max_tokens=pick(rng, [2048, 4096]))
            done += len(recs)


def persona_family(w, nfam):
    rng = w.rng
    for _ in range(nfam):
        cc = wchoice(rng, CC_W)
        card = w.card(rng)
        home = w.net.resi(rng, cc)
        for _ in range(rng.randint(2, 4)):
            a = w.consumer(rng, 'family-shared-card', cc=cc, pay_p=1.0)
            a['payment_fingerprint'] = card
            a['signup_ip'] = home
            cl = pick_stack(rng, pick(rng, ['browser', 'mobile']))
            ep = w.endpoint_for(rng, cl.stack)
            for _ in range(rng.randint(1, 5)):
                w.thread(a, w.t_local(rng, a['_tz'], 'eve'), casual_prompt(w, rng), home, cl, ep, 'orion-4-mini', stream=True, max_tokens=1024)


def persona_campus(w, n, uni_asn, dom, persona='campus-nat', mean=6):
    rng = w.rng
    C = w.C
    nat = w.net.block(rng, uni_asn, rng.choice([4, 8, 12]))
    tz = -8 if uni_asn in (7377, 393249) else (-7 if uni_asn == 1706 else -5)
    for _ in range(n):
        a = w.consumer(rng, persona, cc='US' if uni_asn not in (239, 393249, 11105) else 'CA', pay_p=0.3)
        a['email_domain'] = dom if rng.random() < 0.7 else a['email_domain']
        a['signup_ip'] = pick(rng, nat)
        a['_tz'] = tz
        cl = pick_stack(rng, wchoice(rng, [('browser', 5), ('openai-python', 3), ('python-requests', 1), ('mobile', 1)]))
        ep = w.endpoint_for(rng, cl.stack)
        home = w.net.resi(rng, a['country'])
        nreq = max(1, int(rng.expovariate(1 / mean)))
        done = 0
        while done < nreq:
            r = rng.random()
            if r < 0.35:
                turns = dev_prompt(w, rng)
            elif r < 0.5:
                turns = [pick(rng, W.STUDENT_OPENERS) + pick(rng, C.gsm_train)['question']]
            else:
                turns = casual_prompt(w, rng)
            t0 = w.t_local(rng, tz, 'student')
            ip = pick(rng, nat) if rng.random() < 0.75 else home
            done += len(w.thread(a, t0, turns, ip, cl, ep, pick(rng, ['orion-4-mini', 'orion-4']), gap=(20, 400), stream=True,
                                 max_tokens=pick(rng, [None, 1024, 2048]) if ep.endswith('completions') else 2048, rl=0.03))


def persona_classroom(w, n, uni_asn, dom, sysp, nhw=3):
    """students share the teacher's system prompt and the same homework items, bursty before deadlines"""
    rng = w.rng
    C = w.C
    nat = w.net.block(rng, uni_asn, 6)
    tz = -5
    hws = []
    for k in range(nhw):
        due = w.S + (3 + k * (w.days - 4) / max(1, nhw)) * DAY + rng.uniform(0, 1) * DAY
        due = w.S + math.floor((due - w.S) / DAY) * DAY + (23 + 59 / 60 - tz) * 3600 % DAY
        items = rng.sample(C.gsm_test, 8) if 'MATH' in sysp or 'algebra' in sysp else rng.sample(C.humaneval, 6)
        hws.append((due, items))
    wrapper = pick(rng, W.CLASS_WRAPPERS)
    for _ in range(n):
        a = w.consumer(rng, 'classroom', cc='US', tier='free', created=w.S - rng.uniform(1, 20) * DAY)
        a['email_domain'] = dom
        a['org_id'] = None
        a['_tz'] = tz
        cl = pick_stack(rng, wchoice(rng, [('browser', 6), ('mobile', 2), ('openai-python', 2)]))
        ep = '/v1/chat/completions'
        home = w.net.resi(rng, 'US')
        for hw, (due, items) in enumerate(hws, 1):
            if rng.random() < 0.15:
                continue
            for qi, it in enumerate(items, 1):
                if rng.random() < 0.45:
                    continue
                item = it['question'] if 'question' in it else it['prompt']
                # most activity in the 30 hours before the deadline
                t0 = due - rng.expovariate(1 / (9 * 3600))
                t0 = max(w.S, min(t0, due - 60))
                if t0 >= w.E:
                    continue
                p = wrapper.format(hw=hw, q=qi, item=item.strip(), att=pick(rng, W.STUDENT_ATTEMPTS))
                turns = [p] + [pick(rng, ['ok so is it 18?', 'can you give another hint', 'i still dont get the second step',
                                          'so I divide now?', 'thanks!!', 'what does that mean']) for _ in range(int(rng.expovariate(0.9)))]
                ip = pick(rng, nat) if rng.random() < 0.5 else home
                w.thread(a, t0, turns, ip, cl, ep, 'orion-4-mini', gap=(30, 300), system=sysp, kinds='math', stream=True,
                         temp=0.3, max_tokens=800, conv_p=0.9)


def org_keys_created(w, rng, base, n):
    return [base + rng.uniform(0, 600) for _ in range(n)]


def persona_enterprise(w, app, nacct, volume, verified=True, persona='verified-enterprise', tier='enterprise', cc='US'):
    rng = w.rng
    C = w.C
    name, sysp, tools, prefix = app
    org = 'org_' + h(name + str(w.seed), 10)
    card = w.card(rng)
    dom = name.lower().replace(' ', '') + pick(rng, ['.com', '.io', '.co'])
    egress_asn = pick(rng, [16509, 16509, 8075, 396982])
    egress = w.net.block(rng, egress_asn, rng.choice([2, 3, 4]))
    base = w.S - rng.uniform(60, 500) * DAY
    stack = pick(rng, ['openai-python', 'dotnet', 'java-http', 'openai-node', 'anthropic-python', 'go-http'])
    cl = Client(rng, stack)
    ep = w.endpoint_for(rng, stack)
    tz = pick(rng, CC_TZ[cc])
    accts = []
    for t in org_keys_created(w, rng, base, nacct):
        a = w.account(persona, t, dom, cc, tier=tier, org=org, pay=card, signup_ip=pick(rng, egress), verified=verified, nkeys=rng.randint(1, 3))
        a['_tz'] = tz
        accts.append(a)
    weights = [rng.paretovariate(1.3) for _ in accts]
    model = pick(rng, ['orion-4', 'orion-4-mini'])
    for _ in range(volume):
        a = accts[wchoice(rng, list(zip(range(len(accts)), weights)))]
        t0 = w.t_local(rng, tz, 'work') if rng.random() < 0.85 else rng.uniform(w.S, w.E - 600)
        r = rng.random()
        if name == 'Stackwise':
            body = instr_text(pick(rng, C.codegen)) if r < 0.7 else pick(rng, C.arena_code)['prompt']
        elif r < 0.4:
            body = pick(rng, C.koala + C.vicuna)
        elif r < 0.7:
            d = pick(rng, C.hh)
            body = d[0]
        else:
            u = pick(rng, C.user_oriented)
            inst = pick(rng, u['instances'])
            body = inst.get('input') or u['instruction']
        p = prefix + body
        turns = [p] + (['Customer follow-up: ' + pick(rng, W.CASUAL_FOLLOWUPS)] if rng.random() < 0.25 else [])
        w.thread(a, t0, turns, lambda: pick(rng, egress), cl, ep, model, gap=(20, 200), system=sysp, tools=tools,
                 key=pick(rng, a['_keys']), conv_style='sess_', conv_p=0.8, temp=0.2, stream=pick(rng, [True, False]),
                 max_tokens=1024 if ep == '/v1/messages' else pick(rng, [None, 1024]), rl=0.002)


def persona_eval_harness(w, lab, nacct, runs, cc='US', judge=False):
    rng = w.rng
    C = w.C
    org = 'org_' + h(lab + str(w.seed), 10)
    card = w.card(rng)
    dom = lab
    cloud_asn = pick(rng, [396982, 16509, 31898])
    ips = [w.net.in_asn(rng, cloud_asn) for _ in range(rng.randint(3, 10))]
    base = w.S - rng.uniform(30, 400) * DAY
    verified = rng.random() < 0.5
    accts = [w.account('eval-harness', t, dom, cc, tier='scale', org=org, pay=card, signup_ip=pick(rng, ips), verified=verified,
                       nkeys=rng.randint(1, 4)) for t in org_keys_created(w, rng, base, nacct)]
    stacks = [Client(rng, pick(rng, ['aiohttp', 'openai-python', 'python-httpx', 'anthropic-python'])) for _ in accts]
    gsm_sub = C.gsm_test[:]
    for r_ in range(runs):
        ai = rng.randrange(len(accts))
        a, cl = accts[ai], stacks[ai]
        ep = w.endpoint_for(rng, cl.stack)
        bench = wchoice(rng, [('gsm', 5), ('he', 3)] + ([('judge', 3)] if judge else []))
        model = pick(rng, ['orion-4', 'orion-4-mini', 'orion-4-think'])
        tmpl = pick(rng, W.HARNESS_TEMPLATES[bench])
        if bench == 'gsm':
            items = [x['question'] for x in gsm_sub[:rng.choice([200, 250, 400, 500])]]
        elif bench == 'he':
            items = [x['prompt'] for x in C.humaneval]
        else:
            items = [m['turns'][0] for m in C.mtbench]
        samples = rng.choice([1, 1, 1, 3, 5]) if bench != 'judge' else 1
        temp = 0.0 if samples == 1 else 0.8
        t = rng.uniform(w.S, w.E - 3 * 3600)
        conc = rng.randint(4, 32)
        ip = pick(rng, ips)
        for q in items:
            for _ in range(samples):
                if bench == 'judge':
                    ans = pick(rng, C.roleplay + C.codegen)['response'][:1500]
                    p = tmpl.format(q=q, a=ans)
                else:
                    p = tmpl.format(q=q)
                w.emit(a, t, ip, cl, ep, model, p, kind={'gsm': 'math', 'he': 'code', 'judge': 'judge'}[bench], temp=temp,
                       max_tokens=pick(rng, [512, 1024]) if bench != 'he' else 768, stream=False,
                       think=6.5 if model.endswith('think') else None, rl=0.01)
                t += rng.expovariate(conc / 6.0)
                if t >= w.E:
                    break


def persona_hackathon(w, n, venue_asn, dom):
    rng = w.rng
    C = w.C
    day = rng.randrange(2, w.days - 3)
    while (day % 7) != 5:
        day += 1
        if day >= w.days - 2:
            day = 5
    start = w.S + day * DAY + (9 + 5) * 3600  # 9am local (UTC-5)
    venue = w.net.block(rng, venue_asn, 3)
    sysp = pick(rng, ['You are an assistant built for HackTheHarbor 2026. Be helpful and concise.',
                      'You are a helpful assistant for a hackathon project. Answer in JSON when asked.'])
    for _ in range(n):
        created = start - 3600 + rng.uniform(0, 2.5 * 3600)
        a = w.account('hackathon', created, dom if rng.random() < 0.6 else 'gmail.com', 'US', tier='build', pay=None,
                      signup_ip=pick(rng, venue))
        a['payment_fingerprint'] = None  # event credits
        a['_tz'] = -5
        cl = Client(rng, pick(rng, ['openai-python', 'openai-python', 'openai-node', 'anthropic-python', 'python-requests']))
        ep = w.endpoint_for(rng, cl.stack)
        nreq = max(2, int(rng.expovariate(1 / 9)))
        for _ in range(max(1, nreq // 2)):
            t0 = start + rng.uniform(0, 34 * 3600)
            turns = dev_prompt(w, rng) if rng.random() < 0.6 else casual_prompt(w, rng)
            ip = pick(rng, venue) if t0 < start + 30 * 3600 else w.net.resi(rng, 'US')
            w.thread(a, t0, turns, ip, cl, ep, pick(rng, ['orion-4', 'orion-4-mini']), system=sysp if rng.random() < 0.7 else None,
                     gap=(5, 120), stream=pick(rng, [True, False]), max_tokens=1024, rl=0.05)


def persona_tutoring(w, nacct, volume):
    """verified ed-tech app relaying student maths questions (gsm8k) under an app system prompt"""
    rng = w.rng
    C = w.C
    app = ('Brightpath Learning', 'You are Sage, the Brightpath homework helper for grades 3-8. Explain each step in kid-friendly language '
           'and check the child\'s work. End with one practice question.', None, 'Student (grade {g}) asks: ')
    name, sysp, tools, prefix = app
    org = 'org_' + h(name + str(w.seed), 10)
    card = w.card(rng)
    egress = w.net.block(rng, 396982, 3)
    base = w.S - 200 * DAY
    cl = Client(rng, 'go-http')
    accts = [w.account('edtech-app', t, 'brightpath.school', 'US', tier='enterprise', org=org, pay=card, signup_ip=egress[0],
                       verified=True, nkeys=2) for t in org_keys_created(w, rng, base, nacct)]
    for _ in range(volume):
        a = pick(rng, accts)
        t0 = w.t_local(rng, -6, 'student')
        q = pick(rng, C.gsm_train + C.gsm_test)['question']
        turns = [prefix.format(g=rng.randint(3, 8)) + q] + (['Student: ' + pick(rng, W.STUDENT_ATTEMPTS or ['ok'])] if rng.random() < 0.3 else [])
        w.thread(a, t0, turns, lambda: pick(rng, egress), cl, '/v1/chat/completions', 'orion-4-mini', system=sysp, kinds='math',
                 gap=(20, 200), conv_style='tut_', conv_p=1.0, temp=0.4, stream=True, max_tokens=700, key=pick(rng, a['_keys']))


def persona_annotation_vendor(w, nacct, volume):
    """verified data-labelling vendor using the model as a judge (legit LLM-as-judge at volume)"""
    rng = w.rng
    C = w.C
    org = 'org_' + h('annot' + str(w.seed), 10)
    card = w.card(rng)
    egress = w.net.block(rng, 8075, 2)
    base = w.S - 90 * DAY
    cl = Client(rng, 'dotnet')
    sysp = ('You are a quality reviewer for Tessellate Data. Score the worker\'s answer against the client guideline. '
            'Reply in JSON: {"score": 1-5, "issues": [...]}.')
    accts = [w.account('annotation-vendor', t, 'tessellatedata.com', 'IN', tier='scale', org=org, pay=card, signup_ip=egress[0],
                       verified=True) for t in org_keys_created(w, rng, base, nacct)]
    for _ in range(volume):
        a = pick(rng, accts)
        it = pick(rng, C.codegen + C.roleplay)
        p = 'Guideline: %s\nTask: %s\nWorker answer:\n%s' % (pick(rng, ['accuracy first', 'be strict about formatting', 'penalise hallucinated APIs']),
                                                           instr_text(it), it['response'][:1200])
        w.emit(a, w.t_local(rng, 5.5, 'work'), pick(rng, egress), cl, '/v1/chat/completions', 'orion-4-mini', p, system=sysp, kind='judge',
               temp=0, max_tokens=300, stream=False)


# ====================================================================== main

def build(seed, variant, outdir):
    if variant == 'alpha':
        start, days = epoch(2026, 3, 2), 18
    else:
        start, days = epoch(2026, 5, 11), 15
    w = World(seed, variant, start, days)
    rng = w.rng
    C = w.C
    # ---------------- legitimate
    if variant == 'alpha':
        persona_enterprise(w, W.ENTERPRISE_APPS[0], 28, 2800)
        persona_enterprise(w, W.ENTERPRISE_APPS[1], 40, 2000, cc='GB')
        persona_enterprise(w, W.ENTERPRISE_APPS[5], 18, 2200)
        for app in W.STARTUP_APPS[:2]:
            persona_enterprise(w, (app[0], app[1], None, ''), rng.randint(4, 8), 700, verified=False, persona='startup-app', tier='build')
        persona_eval_harness(w, 'evalforge.ai', 8, 7)
        persona_eval_harness(w, 'cs.cmu-lab.org', 4, 3)
        persona_campus(w, 270, 7377, 'ucdavis.edu')
        persona_classroom(w, 55, 17, 'purdue.edu', W.CLASS_SYSTEMS[0])
        persona_classroom(w, 40, 17, 'purdue.edu', W.CLASS_SYSTEMS[1], nhw=2)
        persona_hackathon(w, 110, 7922, 'umb.edu')
        persona_power(w, 110, mean=32)
        persona_developer(w, 360, mean=11)
        persona_researcher(w, 80, mean=22)
        persona_hobbyist(w, 35, mean=40)
        persona_writer(w, 140)
        persona_family(w, 14)
        persona_casual(w, 1350, mean=3)
        persona_casual(w, 190, vpn=True, persona='vpn-user', mean=5)
    else:
        persona_enterprise(w, W.ENTERPRISE_APPS[2], 22, 2000)
        persona_enterprise(w, W.ENTERPRISE_APPS[3], 45, 2300)
        persona_enterprise(w, W.ENTERPRISE_APPS[4], 12, 1400, cc='CA')
        for app in W.STARTUP_APPS[2:]:
            persona_enterprise(w, (app[0], app[1], None, ''), rng.randint(4, 8), 600, verified=False, persona='startup-app', tier='build')
        persona_tutoring(w, 14, 1800)
        persona_annotation_vendor(w, 6, 1400)
        persona_eval_harness(w, 'benchlab.dev', 10, 12, judge=True)
        persona_campus(w, 240, 239, 'mail.utoronto.ca')
        persona_campus(w, 120, 10148, 'student.unimelb.edu.au')
        persona_classroom(w, 70, 1706, 'arizona.edu', W.CLASS_SYSTEMS[2])
        persona_power(w, 95, mean=34)
        persona_developer(w, 330, mean=12, odd_p=0.3)
        persona_researcher(w, 70, mean=25)
        persona_hobbyist(w, 45, mean=38)
        persona_writer(w, 120)
        persona_family(w, 10)
        persona_casual(w, 1420, mean=3)
        persona_casual(w, 230, vpn=True, persona='vpn-user', mean=5)
    # ---------------- attacks
    if variant == 'alpha':
        ops.run_alpha(w)
    else:
        ops.run_beta(w)
    write(w, outdir)


def write(w, outdir):
    os.makedirs(outdir, exist_ok=True)
    inter = sorted(w.inter, key=lambda r: (r['ts'], r['id']))
    # light shuffle: exports are "not guaranteed sorted": swap some neighbours deterministically
    rng = random.Random(w.seed + 1)
    for i in range(0, len(inter) - 1, 97):
        j = min(len(inter) - 1, i + rng.randint(1, 40))
        inter[i], inter[j] = inter[j], inter[i]
    with gzip.GzipFile(os.path.join(outdir, 'interactions.jsonl.gz'), 'wb', mtime=0) as f:
        for r in inter:
            f.write((json.dumps(r, ensure_ascii=False) + '\n').encode())
    used = set(r['account_id'] for r in inter)
    with open(os.path.join(outdir, 'accounts.jsonl'), 'w') as f:
        for a in w.accounts:
            f.write(json.dumps({k: v for k, v in a.items() if not k.startswith('_')}) + '\n')
    with open(os.path.join(outdir, 'labels.jsonl'), 'w') as f:
        for l in w.labels:
            f.write(json.dumps(l) + '\n')
    # WORLD.md
    per = collections.Counter()
    for r in inter:
        per[r['account_id']] += 1
    lab = {l['account_id']: l for l in w.labels}
    rows = collections.defaultdict(lambda: [0, 0, 0])
    for l in w.labels:
        k = (l['label'], l['campaign'] or '', l['persona'])
        rows[k][0] += 1
        rows[k][1] += per[l['account_id']]
        rows[k][2] += 1 if per[l['account_id']] == 0 else 0
    natt = sum(1 for l in w.labels if l['label'] == 'attack')
    lines = ['# Blind world (generator R, variant %s, seed %d)' % (w.variant, w.seed), '',
             'Period: %s to %s (%d days). %d interactions, %d accounts (%d attack, %d with no traffic).' % (
                 fmt_ts(w.S), fmt_ts(w.E), w.days, len(inter), len(w.accounts), natt, sum(1 for a in w.accounts if a['account_id'] not in used)), '',
             'Responses are withheld (`response: null`) as in a privacy-filtered export.', '',
             '| label | campaign | persona | accounts | interactions |', '|---|---|---|---|---|']
    for k in sorted(rows):
        lines.append('| %s | %s | %s | %d | %d |' % (k[0], k[1] or '-', k[2], rows[k][0], rows[k][1]))
    lines += ['', '## Operations', ''] + w.notes + ['', '## Legitimate personas', ''] + LEGIT_NOTES
    open(os.path.join(outdir, 'WORLD.md'), 'w').write('\n'.join(lines) + '\n')
    print(outdir, len(inter), 'interactions', len(w.accounts), 'accounts', natt, 'attack accounts',
          sum(per[l['account_id']] for l in w.labels if l['label'] == 'attack'), 'attack interactions')


LEGIT_NOTES = [
    '- verified-enterprise: verified orgs, many keys created within minutes, one card, one cloud egress NAT (AWS/Azure/GCP), one app system prompt, steady business-hours volume, server SDK.',
    '- startup-app: same shape but unverified, `build` tier, small.',
    '- edtech-app (beta): verified tutoring platform relaying grade-school maths word problems (gsm8k) with an app prompt.',
    '- annotation-vendor (beta): verified labelling vendor using the model as a strict judge over worker answers.',
    '- eval-harness: lab org on cloud IPs running gsm8k/HumanEval (and MT-bench judge in beta) repeatedly with classic harness templates, temperature 0 or n-sampling, round the clock.',
    '- campus-nat: students behind a university NAT pool, browser + python, night-owl timing.',
    '- classroom: students share the teacher\'s system prompt, wrapper and the same homework items; bursts before deadlines.',
    '- hackathon (alpha): ~110 accounts signed up within ~2.5 h from one venue NAT, mostly one e-mail domain, no card (event credits), one weekend.',
    '- power-user: agentic coding sessions (tool_names, long threads, tool results as user turns).',
    '- developer: coding via SDKs; ~25-30% odd stacks (TLS-intercepting corporate proxies with SDK/browser UA, curl on Windows, PowerShell, Postman, python with a browser UA, mobile wrappers).',
    '- researcher: explicit step-by-step reasoning requests, often from university networks.',
    '- data-hobbyist: small synthetic-data generation scripts (self-instruct-like asks), home + VPS IPs.',
    '- writer, casual, vpn-user, family-shared-card (one card over 2-4 household accounts).',
]

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('outdir')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--variant', choices=['alpha', 'beta'], default='alpha')
    a = ap.parse_args()
    build(a.seed, a.variant, a.outdir)
