"""World engine: accounts, clients, conversations, request finalisation (tokens, status, latency)."""
import gzip, json, math, os, random
from datetime import datetime, timezone, timedelta
from lib import (Corpora, Net, Stacks, JA4, H, sub_rng, iso, epoch, lognorm, wchoice)

TZ_WINTER = {'US': [-5, -5, -6, -8, -7], 'CA': [-5, -8, -5], 'GB': [0], 'DE': [1], 'FR': [1], 'ES': [1], 'IT': [1],
             'NL': [1], 'CH': [1], 'SE': [1], 'NO': [1], 'BE': [1], 'PL': [1], 'AU': [11, 11, 10.5, 8], 'JP': [9],
             'KR': [9], 'IN': [5.5], 'BR': [-3], 'MX': [-6], 'AR': [-3], 'SG': [8], 'TW': [8], 'TR': [3], 'RU': [3],
             'CN': [8], 'VN': [7], 'ID': [7], 'PH': [8], 'TH': [7], 'ZA': [2], 'EG': [2], 'KE': [3]}

PROFILES = {
    # 24 hourly weights (local time)
    'office': [0, 0, 0, 0, 0, 0, .2, .6, 2, 4, 5, 5, 3.5, 4.5, 5, 5, 4, 2.5, 1, .5, .4, .3, .1, 0],
    'dev': [.3, .1, 0, 0, 0, 0, .1, .4, 1.5, 3, 4, 4, 3, 4, 4.5, 4.5, 4, 3, 2, 2, 2, 1.8, 1.2, .6],
    'evening': [.6, .3, .1, 0, 0, 0, .2, .5, .8, 1, 1, 1.2, 1.5, 1.2, 1.2, 1.2, 1.5, 2, 3, 4, 4.5, 4, 3, 1.5],
    'student': [2, 1.2, .6, .2, 0, 0, 0, .2, .8, 2, 3, 3, 2.5, 3, 3.5, 3.5, 3, 2.5, 2.5, 3, 3.5, 4, 4, 3],
    'flat': [1] * 24,
    'night_owl': [3, 3, 2.5, 2, 1, .5, .2, .2, .3, .5, .8, 1, 1.2, 1.5, 1.5, 1.8, 2, 2, 2.2, 2.5, 3, 3.5, 3.5, 3.5],
    'business24': [.8, .6, .5, .5, .5, .7, 1.2, 2, 3, 3.5, 3.8, 3.8, 3.5, 3.6, 3.7, 3.6, 3.3, 2.8, 2.2, 1.8, 1.5, 1.3, 1.1, .9],
}


class Account:
    __slots__ = ('id', 'created', 'org', 'email', 'pay', 'signup_ip', 'country', 'tier', 'verified', 'persona',
                 'label', 'campaign', 'tz', 'keys', 'rng', 'home_ip', 'extra')

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


class Client:
    """A client stack bound to an account: UA, JA4, endpoint style, defaults."""

    def __init__(self, ua, ja4, endpoint='/v1/chat/completions', stream=None, retry=True, conv_ids=False, name=''):
        self.ua, self.ja4, self.endpoint, self.stream, self.retry, self.conv_ids, self.name = \
            ua, ja4, endpoint, stream, retry, conv_ids, name


class Conv:
    def __init__(self, cid):
        self.id = cid
        self.turn = 0
        self.hist = 0


OUT_KINDS = {'short': (60, .6), 'chat': (330, .6), 'long': (900, .45), 'code': (560, .55), 'cot': (640, .45),
             'judge': (280, .4), 'gen': (1500, .3), 'agent': (170, .8), 'json': (140, .5), 'summary': (210, .4),
             'essay': (1150, .4), 'math': (260, .45), 'explain': (520, .5), 'list': (450, .4), 'class': (12, .5),
             'complete': (160, .6), 'translate': (300, .5), 'rp': (420, .5)}
REASON_KINDS = {'math': (1500, .6), 'code': (3200, .6), 'general': (900, .7), 'hard': (6500, .5), 'judge': (700, .5),
                'light': (300, .7), 'gen': (1200, .5)}


class World:
    def __init__(self, name, seed, start, days, out_dir, corpora=None, net=None):
        self.name, self.seed, self.days, self.out_dir = name, seed, days, out_dir
        self.t0 = start.timestamp()
        self.t1 = self.t0 + days * 86400
        self.start = start
        self.month = start.month
        self.rng = sub_rng(seed, 'world')
        self.C = corpora or Corpora()
        self.N = net or Net()
        months = (start.year - 2024) * 12 + start.month - 11
        self.S = Stacks(months)
        self.accounts = []
        self.reqs = []
        self.used_ids = set()
        self.incidents = []
        self.response_rate = 0.0
        self.release = None  # (ts, {old:new})
        self.models = {'general': 'lumen-3', 'cheap': 'lumen-3-mini', 'reason': 'lumen-3-reasoner',
                       'code': 'lumen-3-coder'}
        self.model_speed = {'lumen-3': (.45, .021), 'lumen-3-mini': (.22, .008), 'lumen-3-reasoner': (.7, .019),
                            'lumen-3-coder': (.4, .017), 'lumen-3.5': (.5, .018), 'lumen-3.5-reasoner': (.8, .017),
                            'lumen-2.5': (.35, .02)}
        self.ctx_limit = 200000

    # ---------------------------------------------------------- ids
    def uid(self, prefix, rng, n=20):
        while True:
            s = prefix + '%0*x' % (n, rng.getrandbits(4 * n))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    # ---------------------------------------------------------- time
    def tz_for(self, rng, country):
        lst = TZ_WINTER.get(country, [0])
        off = rng.choice(lst)
        if self.month in (4, 5, 6, 7, 8, 9, 10):  # northern DST
            if country in ('US', 'CA', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'CH', 'SE', 'NO', 'BE', 'PL', 'EG'):
                off += 1
            if country == 'AU' and off > 10:
                off = 10
            if country == 'AU' and off == 10.5:
                off = 9.5
        return off

    def day_start(self, d):
        return self.t0 + d * 86400

    def weekday(self, t, tz=0):
        return datetime.fromtimestamp(t + tz * 3600, tz=timezone.utc).weekday()

    def local_hour(self, t, tz):
        return ((t + tz * 3600) / 3600.0) % 24

    def sample_time(self, rng, profile, tz, day=None, weekend_factor=1.0, lo=None, hi=None):
        """sample a UTC timestamp whose local hour follows profile; day-of-period optional."""
        prof = PROFILES[profile] if isinstance(profile, str) else profile
        lo = self.t0 if lo is None else lo
        hi = self.t1 if hi is None else hi
        for _ in range(200):
            if day is None:
                # choose local day
                t = rng.uniform(lo, hi)
            else:
                t = self.day_start(day) + rng.uniform(0, 86400)
            lt = t + tz * 3600
            d0 = math.floor(lt / 86400) * 86400
            h = wchoice(rng, list(enumerate(prof)))
            cand = d0 + h * 3600 + rng.uniform(0, 3600) - tz * 3600
            if cand < lo or cand >= hi:
                continue
            wd = self.weekday(cand, tz)
            if wd >= 5 and rng.random() > weekend_factor:
                continue
            return cand
        return rng.uniform(lo, hi)

    def active_days(self, rng, p_weekday, p_weekend, tz=0):
        f = (14.0 / self.days) ** 0.6
        p_weekday, p_weekend = p_weekday * f, p_weekend * f
        out = []
        for d in range(self.days):
            wd = self.weekday(self.day_start(d) + 43200, tz)
            if rng.random() < (p_weekend if wd >= 5 else p_weekday):
                out.append(d)
        return out

    # ---------------------------------------------------------- accounts
    def add_account(self, rng, persona, label='organic', campaign=None, created=None, org=None, email=None, pay=None,
                    signup_ip=None, country='US', tier='free', verified=False, tz=None, home_ip=None):
        a = Account(id=self.uid('acct_', rng, 16), created=created, org=org, email=email, pay=pay,
                    signup_ip=signup_ip, country=country, tier=tier, verified=verified, persona=persona, label=label,
                    campaign=campaign, tz=self.tz_for(rng, country) if tz is None else tz, keys=[],
                    rng=random.Random(rng.getrandbits(64)), home_ip=home_ip, extra={})
        if a.created is None:
            a.created = self.t0 - lognorm(rng, 120, 1.0) * 86400
        a.created = max(a.created, 1677628800 + rng.uniform(0, 90 * 86400))  # service launched March 2023
        a.keys.append(self.uid('key_', rng, 14))
        self.accounts.append(a)
        return a

    def new_key(self, a):
        k = self.uid('key_', a.rng, 14)
        a.keys.append(k)
        return k

    def pay_fp(self, rng):
        return 'pf_' + '%024x' % rng.getrandbits(96)

    # ---------------------------------------------------------- models
    def model(self, rng, kind, ts, adopt=0.6):
        m = self.models[kind]
        if self.release and ts >= self.release[0] and m in self.release[1] and rng.random() < adopt:
            return self.release[1][m]
        return m

    # ---------------------------------------------------------- requests
    def conv(self, rng, style='uuid'):
        if style == 'uuid':
            cid = '%08x-%04x-4%03x-%04x-%012x' % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                                 0x8000 | rng.getrandbits(14), rng.getrandbits(48))
        elif style == 'conv':
            cid = 'conv_' + '%020x' % rng.getrandbits(80)
        elif style == 'sess':
            cid = 'sess-' + '%012x' % rng.getrandbits(48)
        else:
            cid = style + '%010x' % rng.getrandbits(40)
        return Conv(cid)

    @staticmethod
    def ntok(s, cpt=3.9):
        if not s:
            return 0
        return int(len(s) / cpt) + 1

    def req(self, a, ts, prompt, client, ip, system=None, conv=None, tools=None, kind='chat', out=None,
            reasoning=None, rkind='general', max_tokens='auto', temperature=None, model=None, mkind='general',
            stream='auto', ref=None, key=None, extra_in=0, conv_ids=None, endpoint=None, out_fixed=None):
        rng = a.rng
        if ts < self.t0 or ts >= self.t1:
            return None
        endpoint = endpoint or client.endpoint
        if model is None:
            model = self.model(rng, mkind, ts)
        if out_fixed is not None:
            o = out_fixed
        else:
            med, sg = OUT_KINDS[kind]
            o = int(lognorm(rng, med if out is None else out, sg)) + 1
        if max_tokens == 'auto':
            if endpoint == '/v1/messages':
                max_tokens = rng.choice([1024, 2048, 4096, 4096, 8192])
            else:
                max_tokens = None
        r_tok = None
        is_reasoner = 'reasoner' in model
        if reasoning or is_reasoner:
            if type(reasoning) in (int, float) and reasoning > 1:
                med = reasoning
                sg = .5
            else:
                med, sg = REASON_KINDS.get(rkind, REASON_KINDS['general'])
            r_tok = int(lognorm(rng, med, sg)) + 20
        if max_tokens:
            if r_tok and r_tok + o > max_tokens:
                r_tok = max(0, int(max_tokens * rng.uniform(.55, .9)))
                o = max(1, min(o, max_tokens - r_tok))
            elif o > max_tokens:
                o = max_tokens
        intok = self.ntok(system) + self.ntok(prompt) + 8 + extra_in + (len(tools) * rng.randint(60, 220) if tools else 0)
        turn = None
        cid = None
        if conv is not None:
            conv.turn += 1
            turn = conv.turn
            intok += conv.hist
            conv.hist += self.ntok(prompt) + o + 6
            use_ids = client.conv_ids if conv_ids is None else conv_ids
            cid = conv.id if use_ids else None
            if not use_ids and rng.random() < 0.5:
                turn = None
        st = client.stream if stream == 'auto' else stream
        if st == 'rand':
            st = rng.random() < 0.5
        r = {'id': None, 'ts': ts, 'account_id': a.id, 'api_key_id': key or a.keys[0], 'ip': ip,
             'user_agent': client.ua, 'tls_ja4': client.ja4, 'endpoint': endpoint, 'model': model,
             'conversation_id': cid, 'turn': turn, 'system': system, 'prompt': prompt, 'tool_names': tools,
             'response': None, 'input_tokens': intok, 'output_tokens': o, 'reasoning_tokens': r_tok,
             'max_tokens': max_tokens, 'temperature': temperature, 'stream': st, 'status': 200, 'latency_ms': None,
             '_ref': ref, '_retry': client.retry, '_acct': a, '_kind': kind}
        self.reqs.append(r)
        return r

    # ---------------------------------------------------------- finalisation
    RPM = {'free': 4, 'build': 60, 'scale': 600, 'enterprise': 4000}

    def finalize(self):
        rng = sub_rng(self.seed, 'finalize')
        by_acct = {}
        for r in self.reqs:
            by_acct.setdefault(r['account_id'], []).append(r)
        extra = []
        for aid, lst in by_acct.items():
            lst.sort(key=lambda r: r['ts'])
            a = lst[0]['_acct']
            rpm = self.RPM[a.tier] * a.extra.get('rpm_mult', 1)
            window = []
            for r in lst:
                t = r['ts']
                while window and window[0] < t - 60:
                    window.pop(0)
                window.append(t)
                if len(window) > rpm and rng.random() < 0.85:
                    r['status'] = 429
                    if r['_retry']:
                        # SDK auto-retry: up to two more attempts with backoff
                        delay = rng.uniform(0.4, 1.2)
                        for k in range(2):
                            delay *= rng.uniform(1.6, 2.4)
                            rr = dict(r)
                            rr['ts'] = t + delay + rng.uniform(0, .3)
                            if k == 1 or rng.random() < 0.55:
                                rr['status'] = 200
                                extra.append(rr)
                                break
                            rr['status'] = 429
                            extra.append(rr)
        self.reqs.extend(extra)
        # sign-up must precede use: organic accounts opened during the period get created_at before first request;
        # attack requests that would precede sign-up are dropped
        first = {}
        for r in self.reqs:
            a = r['_acct']
            if r['ts'] < first.get(a.id, (1e18,))[0]:
                first[a.id] = (r['ts'], a)
        drop = set()
        for aid, (ft, a) in first.items():
            if a.created >= ft:
                if a.label == 'organic':
                    a.created = ft - rng.uniform(90, 3 * 3600)
                else:
                    drop.add(aid)
        if drop:
            self.reqs = [r for r in self.reqs if not (r['account_id'] in drop and r['ts'] <= r['_acct'].created)]
        for r in self.reqs:
            if r['status'] == 200:
                p = 0.0045
                for (lo, hi, pp) in self.incidents:
                    if lo <= r['ts'] < hi:
                        p = pp
                x = rng.random()
                if r['input_tokens'] > self.ctx_limit:
                    r['status'] = 400
                elif x < 0.003:
                    r['status'] = 400
                elif x < 0.003 + p:
                    r['status'] = rng.choice([500, 529, 503]) if r['endpoint'] == '/v1/messages' else rng.choice([500, 503, 502])
            self._lat(rng, r)
            if r['id'] is None or r.get('_dup'):
                pass
        # ids
        for r in self.reqs:
            r['id'] = 'req_' + '%024x' % rng.getrandbits(96)

    def _lat(self, rng, r):
        st = r['status']
        if st == 429:
            r['latency_ms'] = int(rng.uniform(8, 90))
            r['output_tokens'] = 0
            r['reasoning_tokens'] = None if r['reasoning_tokens'] is None else 0
            return
        if st == 400:
            r['latency_ms'] = int(rng.uniform(15, 250))
            r['output_tokens'] = 0
            r['reasoning_tokens'] = None if r['reasoning_tokens'] is None else 0
            return
        ttft, tpt = self.model_speed.get(r['model'], (.5, .02))
        ttft = ttft * rng.uniform(.6, 1.8) + r['input_tokens'] * 0.000018
        gen = (r['output_tokens'] + (r['reasoning_tokens'] or 0)) * tpt * rng.uniform(.75, 1.35)
        if st >= 500:
            r['latency_ms'] = int((ttft + rng.uniform(0, gen + 5)) * 1000)
            r['output_tokens'] = 0
            if r['reasoning_tokens']:
                r['reasoning_tokens'] = 0
            return
        r['latency_ms'] = int((ttft + gen) * 1000)
        if rng.random() < self.response_rate:
            r['response'] = self._response(rng, r)

    def _response(self, rng, r):
        ref = r.get('_ref')
        if ref:
            return ref
        k = r['_kind']
        p = r['prompt'].strip().split('\n')[0][:90]
        if k in ('class', 'short'):
            return rng.choice(['Yes.', 'No.', 'Positive', 'Negative', 'Neutral', 'B', 'A', 'Done.', 'Sure!', 'True'])
        if k == 'agent':
            return rng.choice(['I\'ll start by looking at the relevant files.', 'Running the test suite now.',
                               'The failing test points at an off-by-one in the loop bound; patching it.',
                               'Let me search the codebase for where this is configured.',
                               'Applied the edit. Re-running tests.', 'All tests pass now.'])
        heads = ['Here\'s a breakdown', 'Good question', 'Sure', 'Short answer first', 'Let\'s work through it',
                 'Here is a draft', 'Below is', 'There are a few things to consider']
        return '%s — regarding "%s": ...' % (rng.choice(heads), p)

    # ---------------------------------------------------------- write
    def write(self):
        os.makedirs(self.out_dir, exist_ok=True)
        rng = sub_rng(self.seed, 'write')
        cols = ['id', 'ts', 'account_id', 'api_key_id', 'ip', 'user_agent', 'tls_ja4', 'endpoint', 'model',
                'conversation_id', 'turn', 'system', 'prompt', 'tool_names', 'response', 'input_tokens',
                'output_tokens', 'reasoning_tokens', 'max_tokens', 'temperature', 'stream', 'status', 'latency_ms']
        reqs = sorted(self.reqs, key=lambda r: r['ts'])
        used = set(r['account_id'] for r in reqs)
        with open(os.path.join(self.out_dir, 'interactions.jsonl.gz'), 'wb') as raw:
            with gzip.GzipFile(filename='interactions.jsonl', mode='wb', compresslevel=6, fileobj=raw, mtime=0) as gz:
                for r in reqs:
                    o = {c: r[c] for c in cols}
                    o['ts'] = iso(r['ts'])
                    gz.write((json.dumps(o, ensure_ascii=False) + '\n').encode('utf-8'))
        accs = [a for a in self.accounts if a.id in used]
        rng.shuffle(accs)
        with open(os.path.join(self.out_dir, 'accounts.jsonl'), 'w') as f:
            for a in accs:
                f.write(json.dumps({'account_id': a.id, 'created_at': iso(a.created), 'org_id': a.org,
                                    'email_domain': a.email, 'payment_fingerprint': a.pay, 'signup_ip': a.signup_ip,
                                    'country': a.country, 'tier': a.tier, 'verified': bool(a.verified)}) + '\n')
        rng.shuffle(accs)
        with open(os.path.join(self.out_dir, 'labels.jsonl'), 'w') as f:
            for a in accs:
                f.write(json.dumps({'account_id': a.id, 'label': a.label, 'campaign': a.campaign,
                                    'persona': a.persona}) + '\n')
        return reqs, accs
