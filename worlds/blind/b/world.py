# World machinery: accounts, request emission, timing, shared phrase helpers.
import random, datetime as dt, json, gzip, os, hashlib
from lib import *

MODELS_BIG = ['orion-3-pro', 'orion-3-pro-2026-01']
MODEL_SMALL = 'orion-3-mini'
MODEL_THINK = 'orion-3-reasoner'
FREE_DOMAINS = ['gmail.com'] * 10 + ['outlook.com'] * 3 + ['yahoo.com'] * 2 + ['hotmail.com', 'icloud.com', 'icloud.com', 'proton.me', 'protonmail.com', 'gmx.de', 'web.de', 'qq.com', '163.com', 'naver.com', 'yandex.ru', 'mail.ru', 'aol.com', 'live.com', 'hey.com', 'fastmail.com']
COUNTRY_BY_NET = {'res_us': ['US'], 'res_eu': ['DE', 'GB', 'FR', 'ES', 'NL', 'IT', 'PL', 'SE'], 'res_asia': ['KR', 'JP', 'IN', 'SG', 'TW', 'CN', 'VN'], 'res_latam': ['BR', 'MX', 'AR', 'CL', 'CO'], 'mobile': ['US', 'IN', 'GB', 'DE', 'BR']}
TZ_BY_COUNTRY = {'US': [-8, -7, -6, -5, -5, -5], 'CA': [-5, -8], 'DE': [1], 'GB': [0], 'FR': [1], 'ES': [1], 'NL': [1], 'IT': [1], 'PL': [1], 'SE': [1], 'KR': [9], 'JP': [9], 'IN': [5.5], 'SG': [8], 'TW': [8], 'CN': [8], 'VN': [7], 'BR': [-3], 'MX': [-6], 'AR': [-3], 'CL': [-4], 'CO': [-5], 'AU': [10], 'IE': [0], 'CH': [1], 'IL': [2], 'NG': [1], 'TR': [3], 'RU': [3], 'UA': [2], 'HK': [8]}

FILLER = [
    "Here is a concise answer.", "Let's work through this carefully.", "There are a few things to consider.",
    "Short answer: it depends on the context, but in most cases the following applies.", "Below is a worked solution.",
    "Great question.", "I'll break this into parts.", "Here's a version you can adapt.", "The key idea is simple.",
    "First, note the constraints.", "This is a common source of confusion.", "A practical approach looks like this.",
]


class World:
    def __init__(self, seed, start, days, net, corp):
        self.rng = random.Random(seed)
        self.seed = seed
        self.start = start
        self.days = days
        self.end = start + dt.timedelta(days=days)
        self.net = net
        self.c = corp
        self.accounts = []
        self.labels = []
        self.rows = []
        self.summary = []  # (kind, name, campaign, n_accounts, description)
        self._acct_count = {}
        self._emitted = {}

    def client(self, stack):
        c = client(self.rng, stack)
        if not c.get('ep'):
            c['ep'] = self.rng.choice(['/v1/chat/completions', '/v1/chat/completions', '/v1/messages'])
        return c

    # ------------------------------------------------------------ accounts
    def card(self):
        return 'pm_' + hexid(self.rng, 24)

    def account(self, persona, label='organic', campaign=None, created=None, org=None, email=None, card='new', signup_ip=None,
                country=None, tier='build', verified=False, n_keys=1, key_created=None):
        r = self.rng
        aid = 'acct_' + hexid(r, 14)
        if created is None:
            created = self.start - dt.timedelta(days=r.uniform(5, 700))
        if card == 'new':
            card = self.card()
        a = {'account_id': aid, 'created_at': iso(created), 'org_id': org, 'email_domain': email or r.choice(FREE_DOMAINS),
             'payment_fingerprint': card, 'signup_ip': signup_ip, 'country': country, 'tier': tier, 'verified': bool(verified)}
        self.accounts.append(a)
        self.labels.append({'account_id': aid, 'label': label, 'campaign': campaign, 'persona': persona})
        a['_keys'] = ['key_' + hexid(r, 16) for _ in range(n_keys)]
        a['_created'] = created
        a['_persona'] = persona
        return a

    # ------------------------------------------------------------ emission
    def emit(self, a, ts, cl, ip, prompt, system=None, conv=None, turn=None, tools=None, model=None, endpoint=None,
             out=None, reasoning=None, max_tokens=None, temperature=None, stream=None, response=None, hist=0,
             status=None, err=None, key=None, privacy=False, tps=None):
        r = self.rng
        if ts < self.start or ts >= self.end:
            return None
        if ts < a['_created']:
            ts = a['_created'] + dt.timedelta(seconds=r.uniform(30, 3600))
            if ts >= self.end:
                return None
        ep = endpoint or cl.get('ep') or r.choice(['/v1/chat/completions', '/v1/messages'])
        if ep == '/v1/messages' and max_tokens is None:
            max_tokens = r.choice([1024, 2048, 4096, 4096, 8192])
        if stream is None:
            stream = r.random() < cl.get('stream_p', 0.3)
        inp = ntok(system) + ntok(prompt) + hist + (len(tools) * 120 if tools else 0) + r.randint(4, 18)
        if out is None:
            out = max(5, int(r.lognormvariate(5.6, 0.8)))
        if max_tokens is not None:
            out = min(out, max_tokens)
        if status is None:
            x = r.random()
            e1 = err if err is not None else 0.03
            if x < e1 * 0.55:
                status = 429
            elif x < e1 * 0.8:
                status = 400
            elif x < e1 * 0.95:
                status = 500
            elif x < e1:
                status = 529
            else:
                status = 200
        rt = reasoning
        if status != 200:
            out_t, rt_t, resp = 0, (0 if reasoning is not None else None), None
            lat = r.randint(30, 400) if status in (429, 400) else r.randint(800, 30000)
        else:
            out_t, rt_t = out, rt
            if privacy:
                resp = None
            else:
                resp = response if response is not None else (r.choice(FILLER))
                if resp and len(resp) > 1200:
                    resp = resp[:1200]
            speed = tps or r.uniform(45, 110)
            lat = int(r.uniform(250, 1400) + (out_t + (rt_t or 0)) / speed * 1000 + inp * 0.05)
            if not stream and r.random() < 0.05:
                lat = int(lat * r.uniform(1.5, 3))
        row = {
            'id': 'req_' + hexid(r, 20), 'ts': iso(ts), 'account_id': a['account_id'],
            'api_key_id': key or (a['_keys'][0] if len(a['_keys']) == 1 else r.choice(a['_keys'])),
            'ip': ip, 'user_agent': cl.get('ua'), 'tls_ja4': cl.get('ja4'), 'endpoint': ep,
            'model': model or r.choice(MODELS_BIG), 'conversation_id': conv, 'turn': turn, 'system': system,
            'prompt': prompt, 'tool_names': tools, 'response': resp, 'input_tokens': inp, 'output_tokens': out_t,
            'reasoning_tokens': rt_t, 'max_tokens': max_tokens, 'temperature': temperature, 'stream': stream,
            'status': status, 'latency_ms': lat,
        }
        self.rows.append(row)
        self._emitted[a['account_id']] = self._emitted.get(a['account_id'], 0) + 1
        return row

    def thread(self, a, t0, cl, ipf, prompts, gap=(25, 400), system=None, tools=None, conv=True, out_fn=None, resp_fn=None, **kw):
        """Emit a multi-turn conversation; prompts is a list of user messages. Returns end time."""
        r = self.rng
        cid = (kw.pop('conv_prefix', '') + hexid(r, 16)) if conv else None
        hist = 0
        t = t0
        for i, p in enumerate(prompts):
            out = out_fn(i, p) if out_fn else None
            resp = resp_fn(i, p) if resp_fn else None
            row = self.emit(a, t, cl, ipf() if callable(ipf) else ipf, p, system=system, conv=cid, turn=(i + 1) if conv else None,
                            tools=tools, out=out, response=resp, hist=hist, **kw)
            if row:
                hist = row['input_tokens'] - ntok(system) + row['output_tokens']
            t = t + dt.timedelta(seconds=r.uniform(*gap) + (row['latency_ms'] / 1000 if row else 0))
        return t

    # ------------------------------------------------------------ time
    def local_time(self, tz, hours=HUMAN_HOURS, day=None, lo=0, hi=None):
        r = self.rng
        hi = self.days if hi is None else hi
        d = day if day is not None else r.randrange(lo, hi)
        h = wchoice(r, hours)
        t = self.start + dt.timedelta(days=d, hours=h - tz, seconds=r.uniform(0, 3600))
        if t < self.start:
            t += dt.timedelta(days=1)
        if t >= self.end:
            t -= dt.timedelta(days=1)
        return t

    def tz_for(self, country):
        return self.rng.choice(TZ_BY_COUNTRY.get(country, [0]))

    def home(self, group=None):
        """A residential identity: (country, tz, ip-list)"""
        r = self.rng
        group = group or r.choice(['res_us'] * 5 + ['res_eu'] * 3 + ['res_asia'] * 3 + ['res_latam'])
        country = r.choice(COUNTRY_BY_NET[group])
        ips = [self.net.ip(r, group)]
        if r.random() < 0.35:
            ips.append(self.net.ip(r, group))  # DHCP change
        return country, self.tz_for(country), ips, group

    # ------------------------------------------------------------ output
    def write(self, outdir, world_md):
        os.makedirs(outdir, exist_ok=True)
        # drop accounts with no traffic
        keep = set(self._emitted)
        accs = [a for a in self.accounts if a['account_id'] in keep]
        labs = [l for l in self.labels if l['account_id'] in keep]
        rows = list(self.rows)
        self.rng.shuffle(rows)  # not guaranteed sorted
        rows.sort(key=lambda x: x['ts'])
        # light local disorder
        for i in range(0, len(rows) - 1, 97):
            rows[i], rows[i + 1] = rows[i + 1], rows[i]
        with gzip.open(os.path.join(outdir, 'interactions.jsonl.gz'), 'wt', encoding='utf-8', compresslevel=6) as f:
            for x in rows:
                f.write(json.dumps(x, ensure_ascii=False) + '\n')
        with open(os.path.join(outdir, 'accounts.jsonl'), 'w', encoding='utf-8') as f:
            for a in accs:
                f.write(json.dumps({k: v for k, v in a.items() if not k.startswith('_')}, ensure_ascii=False) + '\n')
        with open(os.path.join(outdir, 'labels.jsonl'), 'w', encoding='utf-8') as f:
            for l in labs:
                f.write(json.dumps(l, ensure_ascii=False) + '\n')
        # counts per persona / campaign
        per = {}
        for l in labs:
            k = (l['label'], l['campaign'] or '', l['persona'])
            per.setdefault(k, [0, 0])
            per[k][0] += 1
        for x in rows:
            pass
        rc = {}
        lab_of = {l['account_id']: l for l in labs}
        for x in rows:
            l = lab_of[x['account_id']]
            k = (l['label'], l['campaign'] or '', l['persona'])
            per[k][1] += 1
        lines = [world_md.strip(), '', '## Counts', '', '| label | campaign | persona | accounts | interactions |', '|---|---|---|---|---|']
        for k in sorted(per):
            lines.append('| %s | %s | %s | %d | %d |' % (k[0], k[1] or '-', k[2], per[k][0], per[k][1]))
        na = sum(1 for l in labs if l['label'] == 'attack')
        ni = sum(v[1] for k, v in per.items() if k[0] == 'attack')
        lines += ['', 'Totals: %d interactions, %d accounts, %d attack accounts (%d attack interactions).' % (len(rows), len(accs), na, ni)]
        with open(os.path.join(outdir, 'WORLD.md'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        return len(rows), len(accs), na, ni


def compose(rng, *slots):
    """Pick one option from each slot (a list, or a str) and join non-empty parts."""
    parts = []
    for s in slots:
        if isinstance(s, str):
            parts.append(s)
        elif s:
            parts.append(rng.choice(s))
    return ''.join(p for p in parts if p is not None)
