import gzip, json, os, random
from datetime import datetime, timedelta, timezone
from common import *

MODELS = {
    '/v1/messages': ['helix-3-opus', 'helix-3-sonnet', 'helix-3-haiku'],
    '/v1/chat/completions': ['helix-3-opus', 'helix-3-sonnet', 'helix-3-haiku', 'helix-3-reason'],
}
SPEED = {'helix-3-opus': 28, 'helix-3-sonnet': 14, 'helix-3-haiku': 6, 'helix-3-reason': 16}

class World:
    def __init__(self, seed, start, days):
        self.seed = seed
        self.rng = random.Random(seed)
        self.clock = Clock(start, days)
        self.C = Corpora()
        self.N = Net()
        self.accounts = []; self.labels = []; self.rows = []
        self.n_acct = 0; self.n_req = 0
        self.used = {}  # pool name -> set of used indexes (shared work queues)

    def sub(self, *k):
        return random.Random(h(self.seed, *k, n=16))

    # ---------- accounts
    def account(self, persona, label='organic', campaign=None, created=None, org=None, email='gmail.com',
                pay='auto', signup_ip=None, country=None, tier='build', verified=False):
        self.n_acct += 1
        aid = 'acct_' + h(self.seed, 'acct', self.n_acct, n=14)
        if pay == 'auto':
            pay = 'pf_' + h(self.seed, 'pay', aid, n=20)
        self.accounts.append(dict(account_id=aid, created_at=iso(created), org_id=org, email_domain=email,
                                  payment_fingerprint=pay, signup_ip=signup_ip, country=country, tier=tier,
                                  verified=verified))
        self.labels.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))
        return aid

    def key(self, aid, i=0):
        return 'key_' + h(self.seed, 'key', aid, i, n=16)

    def take(self, pool, items, rng, shared=True):
        """draw an item from a work queue: never repeated across the operation while possible."""
        used = self.used.setdefault(pool, set())
        if len(used) >= len(items):
            used.clear()
        while True:
            i = rng.randrange(len(items))
            if i not in used:
                used.add(i)
                return items[i]

    # ---------- interactions
    def emit(self, rng, aid, t, *, key, ip, stack, ua=None, endpoint='/v1/chat/completions', model=None,
             conv=None, turn=None, system=None, prompt='', tools=None, response=None, out=None, ctx=0,
             reasoning=None, max_tokens=None, temperature=None, stream=None, err=0.01, p429=0.01):
        self.n_req += 1
        model = model or rng.choice(MODELS[endpoint])
        in_tok = ntok(prompt) + (ntok(system) if system else 0) + ctx + (len(tools) * 180 if tools else 0)
        if out is None:
            out = ntok(response) if response else int(rng.lognormvariate(5.6, 0.8))
        if max_tokens and out > max_tokens:
            out = max_tokens
        r = rng.random()
        status = 200
        if r < p429: status = 429
        elif r < p429 + err * 0.5: status = 400
        elif r < p429 + err: status = rng.choice([500, 502, 529])
        if status == 200:
            total = out + (reasoning or 0)
            lat = int(rng.uniform(250, 900) + in_tok * 0.03 + total * SPEED[model] * rng.uniform(0.7, 1.4))
        else:
            lat = int(rng.uniform(15, 300)) if status != 500 else int(rng.uniform(2000, 30000))
            out = 0; reasoning = 0 if reasoning else reasoning; response = None
        self.rows.append(dict(
            id='req_' + h(self.seed, 'req', self.n_req, n=20), ts=iso(t), account_id=aid, api_key_id=key, ip=ip,
            user_agent=ua if ua is not None else None, tls_ja4=JA4.get(stack, stack) if stack else None,
            endpoint=endpoint, model=model, conversation_id=conv, turn=turn, system=system, prompt=prompt,
            tool_names=tools, response=response, input_tokens=in_tok, output_tokens=out,
            reasoning_tokens=reasoning, max_tokens=max_tokens, temperature=temperature, stream=stream,
            status=status, latency_ms=lat))
        return lat, status

    def conv_id(self, rng, style='uuid'):
        x = h(self.seed, 'conv', rng.random(), n=32)
        if style == 'uuid':
            return f'{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}'
        if style == 'msg':
            return 'conv_' + x[:24]
        return style + x[:16]

    def write(self, outdir, world_md):
        os.makedirs(outdir, exist_ok=True)
        self.rows.sort(key=lambda r: r['ts'])
        with gzip.open(os.path.join(outdir, 'interactions.jsonl.gz'), 'wt', encoding='utf-8', compresslevel=6) as f:
            for r in self.rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        with open(os.path.join(outdir, 'accounts.jsonl'), 'w', encoding='utf-8') as f:
            for a in self.accounts:
                f.write(json.dumps(a) + '\n')
        with open(os.path.join(outdir, 'labels.jsonl'), 'w', encoding='utf-8') as f:
            for l in self.labels:
                f.write(json.dumps(l) + '\n')
        with open(os.path.join(outdir, 'WORLD.md'), 'w', encoding='utf-8') as f:
            f.write(world_md)

# ---------------------------------------------------------------- helpers shared by personas
def pick_n(rng, mean, lo=1, sigma=0.6):
    import math
    return max(lo, int(round(rng.lognormvariate(math.log(mean) - sigma * sigma / 2, sigma))))

def before(clock, rng, lo_days, hi_days):
    return clock.start - timedelta(days=rng.uniform(lo_days, hi_days), seconds=rng.random() * 86400)

def human_gap(rng, lo=25, hi=420):
    return timedelta(seconds=rng.uniform(lo, hi) + rng.expovariate(1 / 60))

def bot_gap(rng, lo=0.4, hi=6):
    return timedelta(seconds=rng.uniform(lo, hi))

PERSONAL = ['gmail.com'] * 10 + ['outlook.com'] * 3 + ['yahoo.com'] * 2 + ['icloud.com'] * 2 + ['proton.me', 'hotmail.com', 'gmx.de', 'web.de', 'naver.com', 'qq.com', 'yandex.ru', 'fastmail.com', 'hey.com', 'live.com', 'mail.ru', 'orange.fr', 'btinternet.com', 'comcast.net']

def personal_email(rng):
    return rng.choice(PERSONAL)

WORK_DOMAINS = ['acmeanalytics.io', 'brightlane.co', 'tessellate.dev', 'fjordsoft.no', 'quillworks.com', 'nimbus-labs.ai', 'ravelin-data.com',
                'oakridge-consulting.com', 'polarityhq.com', 'sundial.app', 'kestrel.systems', 'mirrorpond.io', 'copperleaf.tech', 'vantaweb.de',
                'loomstack.com', 'harbor.build', 'taigasoft.fi', 'bluepeak.jp', 'saffronlabs.in', 'elmhurst-it.co.uk']

RES_POOLS = {
    'US': ['comcast', 'charter', 'att', 'cox', 'frontier', 'centurylink', 'verizon', 'tmobile', 'starlink'],
    'GB': ['bt', 'virgin', 'sky'], 'DE': ['dt', 'vodafone_de'], 'FR': ['orange_fr', 'free'], 'ES': ['telefonica_es'],
    'PL': ['orange_pl'], 'CH': ['swisscom'], 'SE': ['telia'], 'CA': ['rogers', 'bell'], 'KR': ['kt', 'skb'],
    'JP': ['ntt', 'kddi', 'softbank'], 'AU': ['telstra', 'optus'], 'IN': ['jio', 'airtel', 'vi'], 'VN': ['viettel'],
    'PH': ['globe'], 'AE': ['etisalat'], 'MX': ['telmex'], 'KE': ['safaricom'], 'MY': ['maxis'],
}
TZ = {'US': -6, 'GB': 0, 'DE': 1, 'FR': 1, 'ES': 1, 'PL': 1, 'CH': 1, 'SE': 1, 'CA': -5, 'KR': 9, 'JP': 9, 'AU': 10, 'IN': 5,
      'VN': 7, 'PH': 8, 'AE': 4, 'MX': -6, 'KE': 3, 'MY': 8, 'CN': 8, 'NL': 1, 'RO': 2, 'BR': -3}
COUNTRY_W = {'US': 30, 'GB': 7, 'DE': 6, 'FR': 4, 'ES': 2, 'PL': 2, 'CH': 1, 'SE': 1, 'CA': 4, 'KR': 3, 'JP': 3, 'AU': 3, 'IN': 9,
             'VN': 2, 'PH': 2, 'AE': 1, 'MX': 2, 'KE': 1, 'MY': 1}

def res_country(rng, weights=None):
    w = weights or COUNTRY_W
    return rng.choices(list(w), weights=list(w.values()))[0]

def res_ip(world, rng, country):
    return world.N.ip(rng, rng.choice(RES_POOLS[country]))
