#!/usr/bin/env python3
"""Blind traffic-world generator (helper AA). Stdlib only, deterministic per seed.

usage: python3 gen.py OUTDIR --seed N --days D --start YYYY-MM-DD
"""
import argparse, bisect, csv, gzip, hashlib, json, math, os, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN = os.environ.get('ASN_CSV', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv'))

# ----------------------------------------------------------------------------- data
def jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def jj(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return json.load(f)

def load_corpora():
    C = {}
    C['koala'] = [r['prompt'] for r in jl(f'{DATA}/corpora/organic/koala.jsonl')]
    ah = jl(f'{DATA}/corpora/organic/arena-hard-v0.1.jsonl')
    C['arena'] = [r['prompt'] for r in ah]
    C['arena_code'] = [r['prompt'] for r in ah if any(k in (r['prompt'] + r.get('cluster', '')).lower() for k in ('python', 'code', 'function', 'sql', 'javascript', 'c++', 'rust', 'script', 'program'))]
    C['mt'] = [r['turns'] for r in jl(f'{DATA}/corpora/organic/mt-bench.jsonl')]
    C['vicuna'] = [r['turns'][0] for r in jl(f'{DATA}/corpora/organic/vicuna-bench.jsonl')]
    hh = []
    for r in jl(f'{DATA}/corpora/organic/hh-rlhf-harmless-test.jsonl.gz'):
        parts = [p.split('\n\nAssistant:')[0].strip() for p in r['chosen'].split('\n\nHuman:')[1:]]
        parts = [p for p in parts if 3 < len(p) < 600]
        if parts:
            hh.append(parts)
    C['hh'] = hh
    uo = jl(f'{DATA}/corpora/organic/self-instruct-user-oriented.jsonl')
    C['useror'] = [(r['instruction'], (r['instances'][0].get('input') or '') if r['instances'] else '', r.get('motivation_app', '')) for r in uo]
    C['seed'] = [(r['instruction'], (r['instances'][0].get('input') or ''), r['instances'][0].get('output', '')) for r in jl(f'{DATA}/corpora/extraction/self-instruct-seed-tasks.jsonl')]
    C['gsm_train'] = [(r['question'], r['answer']) for r in jl(f'{DATA}/corpora/extraction/gsm8k-train.jsonl.gz')]
    C['gsm_test'] = [(r['question'], r['answer']) for r in jl(f'{DATA}/corpora/extraction/gsm8k-test.jsonl')]
    C['humaneval'] = [(r['task_id'], r['prompt'], r['canonical_solution']) for r in jl(f'{DATA}/corpora/extraction/humaneval.jsonl.gz')]
    C['codegen'] = [(r['instruction'], r.get('input', ''), r.get('response', '')) for r in jj(f'{DATA}/corpora/extraction/gpteacher-codegen.json.gz')]
    C['roleplay'] = [(r['instruction'], r.get('input', ''), r.get('response', '')) for r in jj(f'{DATA}/corpora/extraction/gpteacher-roleplay.json.gz')]
    C['toolformer'] = [(r['instruction'], r.get('input', ''), r.get('response', '')) for r in jj(f'{DATA}/corpora/extraction/gpteacher-toolformer.json.gz')]
    for name in ('conv', 'code'):
        toks = []
        with open(f'{DATA}/traces/AzureLLMInferenceTrace_{name}.csv') as f:
            rd = csv.reader(f); next(rd)
            for row in rd:
                toks.append((int(row[1]), int(row[2])))
        C['trace_' + name] = toks
    with open(f'{DATA}/network/vpn-ipv4.txt') as f:
        C['vpn'] = [l.strip() for l in f if l.strip() and ':' not in l]
    with open(f'{DATA}/network/datacenter-ipv4.txt') as f:
        C['dc'] = [l.strip() for l in f if l.strip() and ':' not in l]
    return C

# ------------------------------------------------------------------------- networks
POOLS = {
    # key: (org regex substrings, country, kind)
    'us_comcast': (['Comcast Cable'], 'US', 'res'), 'us_charter': (['Charter Communications'], 'US', 'res'),
    'us_att': (['AT&T'], 'US', 'res'), 'us_cox': (['Cox Communications'], 'US', 'res'),
    'us_tmo': (['T-Mobile USA'], 'US', 'mob'), 'ca_rogers': (['Rogers Communications'], 'CA', 'res'),
    'ca_telus': (['Telus'], 'CA', 'res'), 'de_dtag': (['Deutsche Telekom AG'], 'DE', 'res'),
    'de_voda': (['Vodafone GmbH'], 'DE', 'res'), 'fr_orange': (['Orange S.A.'], 'FR', 'res'),
    'gb_bt': (['British Telecommunications'], 'GB', 'res'), 'gb_sky': (['Sky UK'], 'GB', 'res'),
    'in_airtel': (['Bharti Airtel'], 'IN', 'mob'), 'in_jio': (['Reliance Jio'], 'IN', 'mob'),
    'jp_kddi': (['KDDI CORPORATION'], 'JP', 'res'), 'jp_docomo': (['NTT DOCOMO'], 'JP', 'mob'),
    'br_vivo': (['TELEFONICA BRASIL'], 'BR', 'res'), 'br_claro': (['Claro NXT'], 'BR', 'mob'),
    'au_telstra': (['Telstra Limited'], 'AU', 'res'), 'au_optus': (['Optus'], 'AU', 'mob'),
    'es_tef': (['TELEFONICA DE ESPANA'], 'ES', 'res'), 'kr_kt': (['Korea Telecom'], 'KR', 'res'),
    'kr_skb': (['SK Broadband'], 'KR', 'res'), 'pl_orange': (['Orange Polska'], 'PL', 'res'),
    'vn_viettel': (['Viettel'], 'VN', 'mob'), 'tr_tt': (['Turk Telekom'], 'TR', 'res'),
    'ua_kyiv': (['Kyivstar'], 'UA', 'mob'), 'tw_cht': (['Chunghwa'], 'TW', 'res'),
    'aws': (['Amazon.com', 'Amazon Data Services'], 'US', 'dc'), 'azure': (['Microsoft Corporation'], 'US', 'dc'),
    'gcp': (['Google LLC'], 'US', 'dc'), 'do': (['DigitalOcean'], 'US', 'dc'), 'hetzner': (['Hetzner Online'], 'DE', 'dc'),
    'ovh': (['OVH SAS'], 'FR', 'dc'), 'm247': (['M247 Europe', 'M247 UK'], 'RO', 'dc'), 'datacamp': (['Datacamp Limited'], 'GB', 'dc'),
    'vzb': (['Verizon Business'], 'US', 'biz'), 'ntta': (['NTT America'], 'US', 'biz'),
    'uc': (['University of California'], 'US', 'edu'), 'purdue': (['Purdue University'], 'US', 'edu'),
    'ubc': (['University of British Columbia'], 'CA', 'edu'), 'arizona': (['The University of Arizona'], 'US', 'edu'),
    'indiana': (['Indiana University'], 'US', 'edu'),
}
RES_BY_COUNTRY = {
    'US': ['us_comcast', 'us_charter', 'us_att', 'us_cox'], 'CA': ['ca_rogers', 'ca_telus'], 'DE': ['de_dtag', 'de_voda'],
    'FR': ['fr_orange'], 'GB': ['gb_bt', 'gb_sky'], 'IN': ['in_airtel', 'in_jio'], 'JP': ['jp_kddi'], 'BR': ['br_vivo'],
    'AU': ['au_telstra'], 'ES': ['es_tef'], 'KR': ['kr_kt', 'kr_skb'], 'PL': ['pl_orange'], 'VN': ['vn_viettel'],
    'TR': ['tr_tt'], 'UA': ['ua_kyiv'], 'TW': ['tw_cht'],
}
MOB_BY_COUNTRY = {'US': ['us_tmo'], 'IN': ['in_jio', 'in_airtel'], 'JP': ['jp_docomo'], 'BR': ['br_claro'], 'AU': ['au_optus'],
                  'VN': ['vn_viettel'], 'UA': ['ua_kyiv']}
TZ = {'US': -6, 'CA': -5, 'DE': 1, 'FR': 1, 'GB': 0, 'IN': 5.5, 'JP': 9, 'BR': -3, 'AU': 10, 'ES': 1, 'KR': 9, 'PL': 1,
      'VN': 7, 'TR': 3, 'UA': 2, 'TW': 8, 'RO': 2, 'NL': 1, 'SG': 8, 'CN': 8}
COUNTRY_W = [('US', 30), ('IN', 9), ('GB', 7), ('DE', 7), ('CA', 5), ('FR', 4), ('BR', 5), ('JP', 4), ('AU', 3), ('ES', 3),
             ('KR', 4), ('PL', 2), ('VN', 2), ('TR', 2), ('UA', 1), ('TW', 2)]

def load_pools():
    ranges = {k: [] for k in POOLS}
    with open(ASN, encoding='utf-8') as f:
        for row in csv.reader(f):
            org = row[3]
            for k, (subs, _, _) in POOLS.items():
                if any(s in org for s in subs):
                    a, b = ip2int(row[0]), ip2int(row[1])
                    if b - a >= 8:
                        ranges[k].append((a, b))
                    break
    return {k: v for k, v in ranges.items() if v}

def ip2int(s):
    p = s.split('.')
    return (int(p[0]) << 24) | (int(p[1]) << 16) | (int(p[2]) << 8) | int(p[3])

def int2ip(n):
    return f'{(n >> 24) & 255}.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}'

def cidr_rand(R, cidr):
    base, bits = cidr.split('/')
    bits = int(bits); b = ip2int(base)
    size = 1 << (32 - bits)
    if size <= 2:
        return int2ip(b)
    return int2ip(b + R.randint(1, size - 2))

class Net:
    def __init__(self, R, ranges, C):
        self.R, self.ranges, self.vpn, self.dc = R, ranges, C['vpn'], C['dc']
    def ip(self, pool):
        a, b = self.R.choice(self.ranges[pool])
        n = self.R.randint(a + 1, b - 1)
        if n & 255 in (0, 255):
            n ^= 1
        return int2ip(n)
    def block(self, pool):  # a /24-ish neighbourhood for a home: returns fn
        ip = self.ip(pool)
        pre = ip.rsplit('.', 1)[0]
        return pre
    def vpn_ip(self):
        return cidr_rand(self.R, self.R.choice(self.vpn))
    def dc_ip(self):
        return cidr_rand(self.R, self.R.choice(self.dc))

def res_pool(R, country):
    return R.choice(RES_BY_COUNTRY.get(country, ['us_comcast']))

def mob_pool(R, country):
    return R.choice(MOB_BY_COUNTRY.get(country, ['us_tmo']))

# ---------------------------------------------------------------------- client stacks
def h12(s):
    return hashlib.sha256(s.encode()).hexdigest()[:12]

def ja4(prefix, name):
    return f'{prefix}_{h12("c" + name)}_{h12("e" + name)}'

STACKS = {
    'chrome': ('t13d1516h2', ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36',
                              'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36',
                              'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36'], ['131', '132', '133', '134', '135']),
    'edge': ('t13d1516h2', ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0'], ['132', '133', '134']),
    'firefox': ('t13d1717h2', ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0',
                                'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0'], ['133', '134', '135', '136']),
    'safari': ('t13d2014h2', ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v} Safari/605.1.15'], ['17.6', '18.1', '18.3']),
    'ios_safari': ('t13d2014h2', ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_{v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{v} Mobile/15E148 Safari/604.1'], ['1', '2', '3']),
    'android_chrome': ('t13d1516h2', ['Mozilla/5.0 (Linux; Android 14; {v}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Mobile Safari/537.36'], ['Pixel 8', 'SM-S918B', 'SM-A546E', '2312DRA50G']),
    'python_requests': ('t13d1812h1', ['python-requests/{v}'], ['2.31.0', '2.32.3']),
    'httpx': ('t13d1812h2', ['python-httpx/{v}'], ['0.27.0', '0.27.2', '0.28.1']),
    'aiohttp': ('t13d1812h1', ['Python/3.{v} aiohttp/3.10.5'], ['10', '11', '12']),
    'openai_py': ('t13d1812h2', ['OpenAI/Python {v}'], ['1.51.2', '1.54.4', '1.58.1', '1.61.0']),
    'anthropic_py': ('t13d1812h2', ['Anthropic/Python {v}'], ['0.39.0', '0.42.0', '0.45.2']),
    'openai_node': ('t13d1713h2', ['OpenAI/JS {v}'], ['4.71.1', '4.77.0', '4.85.1']),
    'anthropic_ts': ('t13d1713h2', ['Anthropic/JS {v}'], ['0.32.1', '0.36.3', '0.37.0']),
    'undici': ('t13d1713h2', ['undici', 'node'], ['']),
    'axios': ('t13d1713h1', ['axios/{v}'], ['1.7.7', '1.7.9']),
    'go': ('t13d1311h2', ['Go-http-client/2.0', 'Go-http-client/1.1'], ['']),
    'curl': ('t13d3112h2', ['curl/{v}'], ['7.81.0', '8.5.0', '8.9.1', '8.11.1']),
    'curl_win': ('t12d1909h1', ['curl/{v}'], ['8.4.0', '8.7.1']),
    'okhttp': ('t13d1612h2', ['okhttp/{v}'], ['4.11.0', '4.12.0']),
    'ios_urlsession': ('t13d2014h2', ['{v}/1 CFNetwork/1568.100.1 Darwin/24.0.0'], ['Chatty', 'AskBox', 'Pocket%20AI', 'NoteGenie']),
    'java': ('t13d1814h2', ['Java-http-client/{v}'], ['17.0.12', '21.0.5']),
    'dotnet': ('t12d1710h2', ['Azure.AI.OpenAI/2.1.0 (.NET 8.0.{v}; Microsoft Windows 10.0.20348)'], ['11', '12']),
    'reqwest': ('t13d0912h2', ['reqwest/0.12.{v}'], ['5', '9']),
    'zscaler': ('t12d2210h1', [], []),       # TLS-intercepting corporate proxy: JA4 of the proxy, UA of the browser behind
    'litellm': ('t13d1812h2', ['litellm/{v}'], ['1.52.0', '1.55.3']),
    'cli_tool': ('t13d1713h2', ['claude-cli/{v} (external, cli)', 'aider/0.{v}'], ['1.0.3', '72', '74']),
    'tls_rand': ('t13d1516h2', [], []),
}

def stack_ja4(name, variant=''):
    return ja4(STACKS[name][0], name + variant)

def stack_ua(R, name):
    pre, uas, vs = STACKS[name]
    if not uas:
        return None
    u = R.choice(uas)
    return u.replace('{v}', R.choice(vs)) if '{v}' in u else u

class Client:
    """One installation: fixed JA4 and UA (with occasional upgrade)."""
    def __init__(self, R, stack, ua=None, ja=None):
        self.stack = stack
        self.ja4 = ja or stack_ja4(stack)
        self.ua = ua if ua is not None else stack_ua(R, stack)

# --------------------------------------------------------------------------- helpers
def hexid(R, n=16):
    return '%0*x' % (n, R.getrandbits(n * 4))

def toks(s):
    return max(1, int(len(s) / 3.8))

def pick(R, lst):
    return lst[R.randrange(len(lst))]

def iso(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % int((t % 1) * 1000)

FILLER = ['Here is a breakdown of the main points.', 'Let me walk through this carefully.', 'There are a few things to consider.',
          'In short, the answer depends on the context.', 'A practical approach would be the following.', 'First, note the key constraint.',
          'This follows from the earlier observation.', 'To summarise the result:', 'One common pitfall is worth mentioning.',
          'The example below illustrates the idea.', 'Putting it together gives the final answer.', 'Here is a revised version.']

def make_response(R, kind, ref, n_out):
    if ref:
        body = ref
    else:
        body = ' '.join(R.choice(FILLER) for _ in range(R.randint(3, 9)))
    if kind == 'reason':
        body = 'Let me work through this step by step.\n' + body
    if kind == 'judge':
        body = f'Score: {R.randint(2, 9)}/10\nRationale: ' + body
    return body[:1800]

# ------------------------------------------------------------------------ timeline
class World:
    def __init__(self, seed, days, start):
        self.R = random.Random(seed)
        self.seed, self.days = seed, days
        self.t0 = dt.datetime.strptime(start, '%Y-%m-%d').replace(tzinfo=dt.timezone.utc).timestamp()
        self.t1 = self.t0 + days * 86400
        self.C = load_corpora()
        self.net = Net(self.R, load_pools(), self.C)
        self.accounts, self.labels, self.rows = [], [], []
        self.ids = set()
        self.persona_counts = {}

    def uid(self, pre, n=16):
        while True:
            s = pre + hexid(self.R, n)
            if s not in self.ids:
                self.ids.add(s); return s

    # time sampling -------------------------------------------------------------
    def local_hour_weight(self, h, shape):
        if shape == 'human':
            return [0.15, 0.08, 0.05, 0.04, 0.04, 0.08, 0.2, 0.45, 0.7, 0.9, 1, 1, 0.9, 0.95, 1, 1, 0.95, 0.9, 0.85, 0.9, 1, 0.95, 0.7, 0.35][h]
        if shape == 'office':
            return ([0.01] * 7 + [0.3, 0.8, 1, 1, 1, 0.7, 0.9, 1, 1, 0.9, 0.6, 0.2] + [0.05] * 5)[h]
        if shape == 'night':
            return [0.9, 1, 0.9, 0.7, 0.4, 0.2, 0.1, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1][h]
        if shape == 'student':
            return [0.5, 0.3, 0.15, 0.05, 0.02, 0.02, 0.05, 0.15, 0.4, 0.6, 0.7, 0.8, 0.7, 0.8, 0.9, 0.9, 0.8, 0.7, 0.7, 0.9, 1, 1, 0.9, 0.7][h]
        return 1.0

    def sample_time(self, tz, shape='human', lo=None, hi=None, weekend=1.0):
        lo = self.t0 if lo is None else max(lo, self.t0)
        hi = self.t1 - 60 if hi is None else min(hi, self.t1 - 60)
        if hi <= lo:
            hi = lo + 600
        for _ in range(200):
            t = self.R.uniform(lo, hi)
            lt = t + tz * 3600
            d = dt.datetime.fromtimestamp(lt, dt.timezone.utc)
            w = self.local_hour_weight(d.hour, shape)
            if d.weekday() >= 5:
                w *= weekend
            if self.R.random() < w:
                return t
        return self.R.uniform(lo, hi)

    # account -------------------------------------------------------------------
    def account(self, persona, label='organic', campaign=None, created=None, org=None, email=None, pay=None, signup_ip=None,
                country=None, tier='build', verified=False, pre='acct_'):
        aid = self.uid(pre)
        self.accounts.append(dict(account_id=aid, created_at=iso(created if created is not None else self.t0 - self.R.uniform(5, 400) * 86400),
                                  org_id=org, email_domain=email or 'gmail.com', payment_fingerprint=pay, signup_ip=signup_ip,
                                  country=country, tier=tier, verified=verified))
        self.labels.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))
        key = (label, campaign, persona)
        self.persona_counts[key] = self.persona_counts.get(key, 0) + 1
        return aid

    def pay(self):
        return 'pf_' + hexid(self.R, 20)

    # interaction ---------------------------------------------------------------
    MODELS_MSG = ['nova-3-pro', 'nova-3-flash', 'nova-3-think', 'nova-3-pro-long']
    MODELS_CC = ['nova-3-pro', 'nova-3-flash', 'nova-3-think']

    def emit(self, aid, key, t, ip, client, prompt, system=None, conv=None, turn=None, tools=None, endpoint=None, model=None,
             ref=None, kind='chat', out=None, max_tokens=None, temp=None, stream=None, reasoning=None, hist_tokens=0, status=None):
        R = self.R
        if endpoint is None:
            endpoint = '/v1/messages' if R.random() < 0.5 else '/v1/chat/completions'
        if model is None:
            model = R.choice(self.MODELS_MSG if endpoint == '/v1/messages' else self.MODELS_CC)
        if out is None:
            out = R.choice(self.C['trace_code' if kind == 'code' else 'trace_conv'])[1]
            if ref:
                out = int(0.5 * out + 0.8 * toks(ref))
            out = max(3, out)
        if max_tokens is not None:
            out = min(out, max_tokens)
        if reasoning is None and model == 'nova-3-think':
            reasoning = int(R.lognormvariate(6.3, 0.8))
        if status is None:
            u = R.random()
            status = 200 if u < 0.965 else (429 if u < 0.985 else (400 if u < 0.993 else (500 if u < 0.998 else 529)))
        inp = toks(prompt) + (toks(system) if system else 0) + hist_tokens + (60 * len(tools) if tools else 0)
        resp = None
        if status == 200:
            resp = make_response(R, kind, ref, out)
            lat = int(250 + out * R.uniform(9, 22) + (reasoning or 0) * R.uniform(6, 12) + R.expovariate(1 / 150))
            if stream:
                lat = int(lat * R.uniform(1.0, 1.08))
        else:
            out, reasoning = 0, (0 if reasoning is not None else None)
            lat = int(R.uniform(20, 400)) if status in (429, 400) else int(R.uniform(2000, 30000))
        self.rows.append(dict(id='req_' + hexid(R, 24), ts=iso(t), account_id=aid, api_key_id=key, ip=ip,
                              user_agent=client.ua, tls_ja4=client.ja4, endpoint=endpoint, model=model,
                              conversation_id=conv, turn=turn, system=system, prompt=prompt, tool_names=tools,
                              response=resp, input_tokens=inp, output_tokens=out if status == 200 else 0,
                              reasoning_tokens=reasoning, max_tokens=max_tokens, temperature=temp, stream=stream,
                              status=status, latency_ms=lat))
        return inp + out

# ----------------------------------------------------------------- organic content
def organic_prompt(W, flavour):
    R, C = W.R, W.C
    if flavour == 'casual':
        src = R.random()
        if src < 0.35:
            return pick(R, C['hh'])[0], None
        if src < 0.6:
            return pick(R, C['koala']), None
        if src < 0.8:
            return pick(R, C['vicuna']), None
        ins, inp, app = pick(R, C['useror'])
        return (ins + ('\n\n' + inp if inp else '')), None
    if flavour == 'tech':
        src = R.random()
        if src < 0.45:
            return pick(R, C['arena']), None
        if src < 0.7:
            return pick(R, C['arena_code']), None
        if src < 0.85:
            i, inp, r = pick(R, C['codegen'])
            return i + ('\n' + inp if inp else ''), r
        return pick(R, C['koala']), None
    if flavour == 'writer':
        if R.random() < 0.5:
            i, inp, r = pick(R, C['roleplay'])
            return i, r
        mt = pick(R, C['mt'])
        return mt[0], None
    raise ValueError(flavour)

CASUAL_FOLLOW = ['thanks! can you make it shorter?', 'hmm, what about the second point?', 'ok and why is that?', 'can you give an example',
                 'that doesnt look right to me', 'Could you put that in a table?', 'more detail on step 2 please', 'nice. another one?',
                 'Can you explain like im 12', 'wait, so which one should I pick?', 'and in french?', 'ok thank you', 'rewrite it more formally']

# ------------------------------------------------------------------- organic personas
def gen_organic(W, scale):
    R, net, C = W.R, W.net, W.C
    days = W.days

    def home_country():
        return R.choices([c for c, _ in COUNTRY_W], [w for _, w in COUNTRY_W])[0]

    # ---- casual / vpn / writer / researcher / hobbyist / family -----------------------------------
    def individual(persona, n_req, flavour, vpn=False, mobile_frac=0.3, stack_opts=None, shape='human', threads=0.35,
                   email=None, pay=True, country=None, acct_kw=None, sys_prompt=None, reason_frac=0.0, created=None):
        c = country or home_country()
        tz = TZ[c] + R.choice([0, 0, 0, -1, 1])
        aid = W.account(persona, country=c, email=email or R.choice(['gmail.com'] * 6 + ['outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.com', 'gmx.de', 'naver.com', 'yandex.ru', 'qq.com']),
                        pay=W.pay() if pay else None, tier=('free' if not pay else R.choice(['build', 'build', 'free'])),
                        signup_ip=None, created=created, **(acct_kw or {}))
        key = 'key_' + hexid(R, 12)
        pool = res_pool(R, c)
        home = net.ip(pool)
        mob = mob_pool(R, c) if c in MOB_BY_COUNTRY else None
        stacks = stack_opts or ['chrome', 'chrome', 'safari', 'firefox', 'edge']
        desk = Client(R, R.choice(stacks))
        phone = Client(R, R.choice(['ios_safari', 'android_chrome', 'ios_urlsession', 'okhttp']))
        W.accounts[-1]['signup_ip'] = home
        i = 0
        while i < n_req:
            t = W.sample_time(tz, shape)
            on_mobile = mob and R.random() < mobile_frac
            if vpn:
                ip = net.vpn_ip() if R.random() < 0.85 else home
            elif on_mobile:
                ip = net.ip(mob)
            else:
                if R.random() < 0.05:
                    home = net.ip(pool)
                ip = home
            cl = phone if on_mobile else desk
            conv = 'conv_' + hexid(R, 12) if R.random() < 0.8 else None
            nturn = 1 + (int(R.expovariate(1 / 2.2)) if R.random() < threads else 0)
            first, ref = organic_prompt(W, flavour)
            hist = 0
            for k in range(nturn):
                if i >= n_req:
                    break
                p = first if k == 0 else R.choice(CASUAL_FOLLOW)
                if k == 0 and reason_frac and R.random() < reason_frac:
                    p = R.choice(['Can you reason through this step by step? ', 'Think carefully and show your working: ',
                                  'I want to understand the logic, so go slowly. ', '']) + p
                hist += W.emit(aid, key, t, ip, cl, p, system=sys_prompt, conv=conv, turn=(k + 1) if conv else None,
                               ref=ref if k == 0 else None, stream=(cl.stack in ('chrome', 'safari', 'firefox', 'edge', 'ios_safari', 'android_chrome')) or None,
                               temp=R.choice([None, None, 0.7, 1.0]), max_tokens=R.choice([None, 1024, 4096]), hist_tokens=hist,
                               kind='reason' if reason_frac else 'chat')
                t += R.uniform(20, 400)
                i += 1
        return aid

    def nreq(mu, sigma=0.8, lo=1, hi=400):
        return int(min(hi, max(lo, R.lognormvariate(math.log(mu), sigma))))

    for _ in range(int(1250 * scale)):
        individual('casual', nreq(5), 'casual')
    for _ in range(int(170 * scale)):
        individual('vpn-user', nreq(6), 'casual', vpn=True)
    for _ in range(int(130 * scale)):
        individual('writer', nreq(11), 'writer', threads=0.6, sys_prompt=R.choice([None, None, 'You are a helpful co-writer. Keep my voice; do not add moralising.', 'Act as an editor for a fantasy novel manuscript.']))
    for _ in range(int(75 * scale)):
        individual('researcher', nreq(18), 'tech', reason_frac=0.6, stack_opts=['chrome', 'firefox', 'httpx', 'anthropic_py', 'openai_py'],
                   email=R.choice(['mit.edu', 'ox.ac.uk', 'ethz.ch', 'tsinghua.edu.cn', 'u-tokyo.ac.jp', 'gmail.com', 'cmu.edu']))
    # family sharing one card
    for _ in range(int(6 * scale)):
        card = W.pay(); c = home_country()
        for _ in range(R.randint(2, 4)):
            a = individual('family-shared-card', nreq(6), 'casual', country=c)
            W.accounts[-1]['payment_fingerprint'] = card

    # ---- data hobbyist: scripts generating instruction data, single account ---------------------------
    HOBBY_WRAP = [lambda s: f'Generate 5 diverse variations of this task, numbered:\n{s}',
                  lambda s: f'{s}\n\nWrite a high quality answer, then a one-line summary.',
                  lambda s: f'Create a question-answer pair in the style of this example: "{s}"',
                  lambda s: f'I am building a small dataset for my hobby project. Please respond to: {s}']
    for _ in range(int(55 * scale)):
        c = home_country()
        aid = W.account('data-hobbyist', country=c, email=R.choice(['gmail.com', 'proton.me', 'outlook.com']), pay=W.pay(), tier='build')
        key = 'key_' + hexid(R, 12); home = net.ip(res_pool(R, c)); W.accounts[-1]['signup_ip'] = home
        cl = Client(R, R.choice(['python_requests', 'openai_py', 'anthropic_py', 'httpx']))
        tz = TZ[c]; n = nreq(28, 0.6)
        # a couple of batch nights
        batches = R.randint(1, 3); per = n // batches
        for b in range(batches):
            t = W.sample_time(tz, 'night')
            wrap = R.choice(HOBBY_WRAP)
            for j in range(per):
                ins, inp, out = pick(R, C['seed'])
                W.emit(aid, key, t, home, cl, wrap(ins + (' ' + inp if inp else '')), ref=out, temp=R.choice([0.7, 1.0, 1.2]), max_tokens=2048, stream=False)
                t += R.uniform(4, 25)

    # ---- developers / power users -------------------------------------------------------------------
    DEV_TOOLS = [['read_file', 'write_file', 'run_shell', 'search_code'], ['bash', 'str_replace_editor', 'view'],
                 ['get_weather', 'search_web'], ['sql_query', 'list_tables', 'describe_table'], ['browser_navigate', 'browser_click', 'browser_read'],
                 ['create_ticket', 'lookup_customer'], ['git_diff', 'git_log', 'apply_patch', 'run_tests']]
    DEV_SYS = ['You are a coding assistant working inside the user\'s repository. Use the tools to inspect files before editing.',
               'You are an expert software engineer. Answer concisely with code.', None, None,
               'You are an autonomous agent. Think before calling tools. Stop when the task is done.',
               'Respond only with valid JSON matching the schema provided.']
    DEV_FOLLOW = ['that fails with a KeyError on line 42, here is the traceback:\n  File "app.py", line 42, in handler\n    cfg = settings["timeout"]\nKeyError: \'timeout\'',
                  'ok now add tests for that', 'can you make it async?', 'the build is still failing, see output above', 'refactor this into a class',
                  'run the tests again', 'now update the README', 'lint is complaining about unused imports', 'good. commit it', 'what about edge case with empty input?',
                  'tool result: 3 tests passed, 1 failed (test_parse_dates)', 'tool result: file written', 'Use pathlib instead']
    odd = [('zscaler', 'chrome'), ('curl_win', None), ('okhttp', 'openai_node'), ('reqwest', 'openai_py'), ('go', 'chrome'), ('java', 'dotnet')]
    for d in range(int(210 * scale)):
        c = home_country()
        persona = 'power-user' if d % 3 == 0 else 'developer'
        aid = W.account(persona, country=c, email=R.choice(['gmail.com', 'outlook.com', 'proton.me', 'fastmail.com', 'hey.com', f'{hexid(R, 5)}.dev']),
                        pay=W.pay(), tier=R.choice(['build', 'build', 'scale']))
        keys = ['key_' + hexid(R, 12) for _ in range(R.randint(1, 3))]
        home = net.ip(res_pool(R, c)); W.accounts[-1]['signup_ip'] = home
        work = net.ip(R.choice(['vzb', 'ntta', 'aws', 'gcp'])) if R.random() < 0.5 else home
        clients = [Client(R, R.choice(['anthropic_py', 'openai_py', 'openai_node', 'anthropic_ts', 'cli_tool', 'curl', 'litellm', 'httpx']))]
        if R.random() < 0.35:
            ja_stack, ua_stack = R.choice(odd)
            clients.append(Client(R, ja_stack, ua=stack_ua(R, ua_stack) if ua_stack else stack_ua(R, ja_stack) or 'curl/8.4.0'))
        if R.random() < 0.5:
            clients.append(Client(R, 'chrome'))
        tz = TZ[c]; n = nreq(34, 0.7, 3, 500)
        i = 0
        while i < n:
            t = W.sample_time(tz, R.choice(['office', 'human', 'night']), weekend=0.5)
            ip = work if R.random() < 0.6 else home
            cl = R.choice(clients); key = R.choice(keys)
            agentic = R.random() < 0.45
            tools = R.choice(DEV_TOOLS) if agentic else None
            sysp = R.choice(DEV_SYS)
            conv = 'sess_' + hexid(R, 10)
            nt = R.randint(3, 25) if agentic else 1 + int(R.expovariate(1 / 2))
            first, ref = organic_prompt(W, 'tech')
            if R.random() < 0.12:
                _, hp, sol = pick(R, C['humaneval']); first = R.choice(['finish this function:\n', 'why does this docstring example fail?\n', '']) + hp; ref = sol
            hist = 0
            model = R.choice(W.MODELS_MSG)
            ep = '/v1/messages' if cl.stack in ('anthropic_py', 'anthropic_ts', 'cli_tool') else R.choice(['/v1/messages', '/v1/chat/completions'])
            for k in range(nt):
                if i >= n:
                    break
                p = first if k == 0 else R.choice(DEV_FOLLOW)
                hist += W.emit(aid, key, t, ip, cl, p, system=sysp, conv=conv, turn=k + 1, tools=tools, endpoint=ep,
                               model=model if ep == '/v1/messages' else R.choice(W.MODELS_CC), ref=ref if k == 0 else None, kind='code',
                               max_tokens=R.choice([4096, 8192, 16000, None]), temp=R.choice([0, 0.2, None]), stream=R.random() < 0.7,
                               hist_tokens=min(hist, 150000))
                t += R.uniform(3, 90) if agentic else R.uniform(40, 900)
                i += 1

    # ---- verified enterprises -----------------------------------------------------------------------
    ENT = [dict(org='org_harborline', domain='harborline-air.com', n=70, pool='aws', nips=4, stack='openai_py', ep='/v1/chat/completions',
                sys='You are Skye, the virtual assistant for Harborline Air. Help passengers with bookings, baggage rules and delays. Never promise compensation; escalate to an agent when asked.',
                flavour='support', per=55, tz=-5),
           dict(org='org_veritas_legal', domain='veritaslegal.eu', n=38, pool='azure', nips=3, stack='dotnet', ep='/v1/chat/completions',
                sys='Summarise the following contract clause for a paralegal. Output: 1) plain-language summary 2) obligations 3) risks. Cite clause numbers.',
                flavour='legal', per=60, tz=1),
           dict(org='org_kinetica_labs', domain='kinetica.io', n=28, pool='vzb', nips=1, stack='anthropic_ts', ep='/v1/messages',
                sys='You are the in-product assistant for Kinetica Analytics. Answer questions about dashboards and SQL. Use the tools for data access.',
                flavour='sql', per=45, tz=-8, tools=['run_sql', 'list_dashboards', 'get_schema']),
           dict(org='org_mediscribe', domain='mediscribe.health', n=22, pool='gcp', nips=2, stack='go', ep='/v1/messages',
                sys='Convert the clinician dictation into a structured SOAP note. Do not invent findings.', flavour='medical', per=70, tz=-5)]
    SUPPORT_Q = ['My flight {f} was delayed {h} hours, what are my options?', 'Can I bring a {item} in my carry-on?', 'How do I change the name on booking {code}?',
                 'I missed my connection in {city}. Help!', 'What is the baggage allowance on economy light to {city}?', 'Is there wifi on flight {f}?',
                 'I need to add a wheelchair request for booking {code}', 'refund status for {code}??']
    LEGAL = ['Clause {n}. The Supplier shall indemnify the Customer against all losses arising from breach of clause {m}, save where caused by the Customer\'s negligence.',
             'Clause {n}. Either party may terminate this Agreement on {d} days\' written notice if the other party commits a material breach which is not remedied.',
             'Clause {n}. All intellectual property rights in the Deliverables shall vest in the Customer upon payment in full.',
             'Clause {n}. The liability of each party under this Agreement shall not exceed {d} times the fees paid in the preceding twelve months.']
    SQLQ = ['Why does my dashboard "{x}" show nulls for last week?', 'Write a query for weekly active users by {x}', 'Which table holds {x} events?',
            'Explain the difference between the two revenue metrics on "{x}"', 'Help me build a cohort retention chart by {x}']
    MED = ['pt is a {a} yo {s} presenting with {c} for {d} days. vitals stable. exam notable for mild tenderness. plan labs and follow up in {d} days',
           'follow-up visit, {a}{s}, {c} improving on current meds, continue, recheck in {d} weeks']
    def ent_prompt(fl):
        if fl == 'support':
            return R.choice(SUPPORT_Q).format(f='HL' + str(R.randint(100, 999)), h=R.randint(2, 9), item=R.choice(['power bank', 'guitar', 'knife', 'cat', 'drone']),
                                              code=hexid(R, 6).upper(), city=R.choice(['Dublin', 'Reykjavik', 'Boston', 'Lisbon', 'Toronto']))
        if fl == 'legal':
            return R.choice(LEGAL).format(n=R.randint(2, 40), m=R.randint(2, 40), d=R.choice([3, 5, 30, 60, 90]))
        if fl == 'sql':
            return R.choice(SQLQ).format(x=R.choice(['region', 'plan', 'Signup Funnel', 'checkout', 'device', 'Q3 revenue']))
        return R.choice(MED).format(a=R.randint(18, 90), s=R.choice(['M', 'F']), c=R.choice(['cough', 'back pain', 'headache', 'rash', 'fatigue']), d=R.randint(2, 14))
    for e in ENT:
        n = max(5, int(e['n'] * scale)); card = W.pay(); ct = W.t0 - R.uniform(30, 300) * 86400
        ips = [net.ip(e['pool']) for _ in range(e['nips'])]
        cl = Client(R, e['stack'])
        for j in range(n):
            aid = W.account('verified-enterprise', org=e['org'], email=e['domain'], pay=card, signup_ip=ips[0], created=ct + R.uniform(0, 400),
                            country='US' if e['tz'] < 0 else 'DE', tier='enterprise', verified=True)
            key = 'key_' + hexid(R, 12)
            m = int(e['per'] * 0.55 * R.uniform(0.6, 1.4))
            for _ in range(m):
                t = W.sample_time(e['tz'], 'office' if e['flavour'] != 'support' else 'human', weekend=0.3 if e['flavour'] != 'support' else 1)
                conv = 'c_' + hexid(R, 10) if e['flavour'] in ('support', 'sql') else None
                nt = 1 + (int(R.expovariate(1 / 1.5)) if conv else 0)
                hist = 0
                for k in range(nt):
                    p = ent_prompt(e['flavour']) if k == 0 else R.choice(['ok', 'and what about my return flight?', 'thanks', 'can you do it by {x} instead'.format(x='region'), 'that did not work'])
                    hist += W.emit(aid, key, t, R.choice(ips), cl, p, system=e['sys'], conv=conv, turn=(k + 1) if conv else None, endpoint=e['ep'],
                                   model='nova-3-flash' if e['flavour'] == 'support' else 'nova-3-pro', tools=e.get('tools'), max_tokens=1024,
                                   temp=0.2, stream=e['flavour'] == 'support', hist_tokens=hist)
                    t += R.uniform(15, 120)

    # ---- unverified small orgs that look coordinated: translation agency, wrapper app, CI bots ------
    card = W.pay(); ip = net.ip('de_dtag'); cl = Client(R, 'python_requests'); ct = W.t0 - 90 * 86400
    for j in range(int(15 * scale)):
        aid = W.account('translation-agency', org='org_lingua_bridge', email='linguabridge.de', pay=card, signup_ip=ip, created=ct + j * R.uniform(60, 3 * 86400), country='DE', tier='build')
        key = 'key_' + hexid(R, 12)
        for _ in range(int(R.uniform(20, 60))):
            src = R.choice(C['koala'] + C['vicuna'])
            lang = R.choice(['German', 'French', 'Polish', 'Turkish', 'Spanish'])
            W.emit(aid, key, W.sample_time(1, 'office', weekend=0.1), ip, cl, f'Translate into {lang}. Keep formatting.\n\n{src}',
                   system='You are a professional translator. Output only the translation.', endpoint='/v1/chat/completions', model='nova-3-pro', temp=0.3, max_tokens=2000)
    # wrapper app: per-end-customer keys in one account family behind a cloud egress, diverse prompts
    card = W.pay(); ips = [net.ip('do') for _ in range(2)]; cl = Client(R, 'openai_node'); ct = W.t0 - R.uniform(20, 60) * 86400
    for j in range(int(45 * scale)):
        aid = W.account('wrapper-app', org='org_quillpad', email='quillpad.app', pay=card, signup_ip=ips[0], created=ct + R.uniform(0, 20 * 86400), country='US', tier='scale')
        key = 'key_' + hexid(R, 12)
        for _ in range(int(R.lognormvariate(math.log(35), 0.6))):
            p, ref = organic_prompt(W, R.choice(['casual', 'writer', 'casual']))
            W.emit(aid, key, W.sample_time(-5, 'human'), R.choice(ips), cl, p, system='You are Quill, a writing companion inside the Quillpad notes app. Be warm and brief.',
                   endpoint='/v1/chat/completions', model='nova-3-flash', ref=ref, stream=True, temp=0.8, max_tokens=1500)
    # CI / QA bots: same smoke-test prompts on a schedule
    SMOKE = ['Reply with the word PONG.', 'Return JSON {"ok": true}.', 'Summarise: The quick brown fox jumps over the lazy dog.', 'What is 2+2? Answer with a number only.']
    for j in range(int(10 * scale)):
        org = 'org_' + hexid(R, 6)
        aid = W.account('ci-bot', org=org, email=f'{hexid(R, 5)}-ci.com', pay=W.pay(), country='US', tier='build')
        key = 'key_' + hexid(R, 12); ip = net.ip(R.choice(['aws', 'azure', 'gcp'])); cl = Client(R, R.choice(['httpx', 'go', 'undici', 'curl']))
        period = R.choice([3600, 4 * 3600, 6 * 3600]); t = W.t0 + R.uniform(0, period)
        while t < W.t1:
            if R.random() < 0.3:
                W.emit(aid, key, t, ip, cl, R.choice(SMOKE), model=R.choice(W.MODELS_CC), endpoint='/v1/chat/completions', max_tokens=20, temp=0, out=R.randint(1, 8))
            t += period + R.uniform(-30, 30)

    # ---- campuses: students behind NAT -------------------------------------------------------------
    CAMPUS = [('uc', 'berkeley.edu', 320, -8, 'US'), ('purdue', 'purdue.edu', 200, -5, 'US'), ('ubc', 'ubc.ca', 140, -8, 'CA')]
    campus_nat = {}
    for pool, dom, n, tz, c in CAMPUS:
        nats = [net.ip(pool) for _ in range(R.randint(2, 5))]
        campus_nat[dom] = (nats, tz, c, pool)
        for j in range(int(n * scale)):
            aid = W.account('campus-nat', email=dom if R.random() < 0.7 else 'gmail.com', pay=None if R.random() < 0.7 else W.pay(), tier='free', signup_ip=R.choice(nats), country=c)
            if W.accounts[-1]['payment_fingerprint']:
                W.accounts[-1]['tier'] = 'build'
            key = 'key_' + hexid(R, 12); cl = Client(R, R.choice(['chrome', 'chrome', 'safari', 'firefox', 'edge', 'ios_safari', 'android_chrome']))
            home = net.ip(res_pool(R, c))
            for _ in range(nreq(4, 0.7, 1, 60)):
                p, ref = organic_prompt(W, R.choice(['casual', 'tech', 'casual']))
                W.emit(aid, key, W.sample_time(tz, 'student'), R.choice(nats) if R.random() < 0.75 else home, cl, p, ref=ref, stream=True, conv='conv_' + hexid(R, 10), turn=1)

    # ---- classrooms: teacher's wrapper, same homework items, bursty before deadline ------------------
    CLASSES = [dict(name='STAT 20', dom='berkeley.edu', n=45, items='gsm', k=12,
                    wrap='[STAT 20 tutor] You are a patient teaching assistant. Guide me through the problem, show each step, and check my final answer.\nProblem: {q}'),
               dict(name='CS 159', dom='purdue.edu', n=55, items='he', k=8,
                    wrap='CS159 Lab {lab} helper -- explain the approach first, then give a Python solution with comments.\n\n{q}'),
               dict(name='Math 8 (high school)', dom='gmail.com', n=30, items='gsm', k=10,
                    wrap='My teacher said to paste this: "Explain how to solve this word problem for an 8th grader, step by step." {q}')]
    for cls in CLASSES:
        if cls['dom'] in campus_nat:
            nats, tz, c, pool = campus_nat[cls['dom']]
        else:
            nats, tz, c, pool = [net.ip('us_charter')], -6, 'US', 'us_charter'
        hw = R.sample(C['gsm_test'], cls['k'] * 2) if cls['items'] == 'gsm' else [(p, s) for _, p, s in R.sample(C['humaneval'], cls['k'] * 2)]
        deadlines = [W.t0 + (d + 0.9) * 86400 for d in range(2, days, 7)]
        for j in range(int(cls['n'] * scale)):
            aid = W.account('classroom', email=cls['dom'] if R.random() < 0.8 else 'gmail.com', pay=None, tier='free', signup_ip=R.choice(nats), country=c,
                            created=W.t0 - R.uniform(1, 40) * 86400)
            key = 'key_' + hexid(R, 12); cl = Client(R, R.choice(['chrome', 'chrome', 'safari', 'edge', 'ios_safari']))
            home = net.ip(res_pool(R, c))
            for di, dl in enumerate(deadlines):
                if R.random() < 0.15:
                    continue
                items = hw[(di % 2) * cls['k']:(di % 2 + 1) * cls['k']]
                for q, sol in R.sample(items, R.randint(2, len(items))):
                    t = dl - R.expovariate(1 / (14 * 3600))
                    if t < W.t0:
                        continue
                    p = cls['wrap'].format(q=q, lab=di + 3)
                    conv = 'conv_' + hexid(R, 10)
                    W.emit(aid, key, t, R.choice(nats) if R.random() < 0.4 else home, cl, p, conv=conv, turn=1, ref=sol, kind='reason', stream=True)
                    if R.random() < 0.3:
                        W.emit(aid, key, t + R.uniform(60, 600), R.choice(nats) if R.random() < 0.4 else home, cl, R.choice(['I got a different number, where did I go wrong?', 'why step 2?', 'ok thanks']), conv=conv, turn=2, stream=True)

    # ---- hackathon: burst sign-ups at one venue, one email domain, free tier, gone after 2 days ------
    venue = net.ip('ntta'); start = W.t0 + R.randint(2, days - 4) * 86400 + 8 * 3600
    for j in range(int(110 * scale)):
        aid = W.account('hackathon', email=R.choice(['gmail.com', 'hackmit.org', 'gmail.com', 'outlook.com']), pay=None, tier='free', signup_ip=venue,
                        created=start + R.uniform(0, 5400), country='US')
        key = 'key_' + hexid(R, 12); cl = Client(R, R.choice(['chrome', 'httpx', 'openai_py', 'openai_node', 'curl', 'undici']))
        for _ in range(nreq(12, 0.6, 1, 80)):
            t = start + R.uniform(1800, 36 * 3600)
            p, ref = organic_prompt(W, R.choice(['tech', 'tech', 'casual']))
            W.emit(aid, key, t, venue if R.random() < 0.85 else net.ip('us_tmo'), cl, p, ref=ref, kind='code', max_tokens=R.choice([1024, 4096]),
                   system=R.choice([None, 'You are a helpful assistant.', 'You are the brain of our hackathon app SnackOverflow. Answer food questions as JSON.']))

    # ---- teacher-grader: rubric scoring of student essays (legit judge-style) ---------------------
    for j in range(int(32 * scale)):
        c = R.choice(['US', 'GB', 'CA', 'AU'])
        aid = W.account('teacher-grader', email=R.choice(['k12.ca.us', 'schools.nyc.gov', 'gmail.com', 'sch.uk', 'education.nsw.gov.au']), pay=W.pay(), country=c, tier='build')
        key = 'key_' + hexid(R, 12); home = net.ip(res_pool(R, c)); cl = Client(R, R.choice(['chrome', 'safari', 'edge']))
        rubric = R.choice(['Grade this essay 1-4 on thesis, evidence, organisation, conventions. Give one sentence of feedback per criterion.',
                           'Use the AP rubric (0-6). Score and justify briefly. Student essay follows.',
                           'Mark out of 20: argument (8), use of sources (6), style (6). Be kind but honest.'])
        for _ in range(nreq(20, 0.5)):
            topic = pick(R, C['vicuna'])
            essay = ' '.join(R.choice(FILLER) for _ in range(R.randint(6, 14)))
            W.emit(aid, key, W.sample_time(TZ[c], 'human', weekend=1.5), home, cl, f'{rubric}\n\nPrompt: {topic}\n\nEssay: {essay}', kind='judge', stream=True)

    # ---- evaluation harnesses: labs running benchmarks repeatedly from the cloud --------------------
    LABS = [dict(org='org_evalwise', dom='evalwise.ai', n=6, pool='aws', stack='openai_py', bench=['gsm', 'he'], runs=6),
            dict(org='org_ntu_nlp', dom='ntu.edu.sg', n=4, pool='gcp', stack='litellm', bench=['gsm', 'arena'], runs=4),
            dict(org='org_openbench', dom='openbench.org', n=6, pool='hetzner', stack='aiohttp', bench=['he', 'mt'], runs=9)]
    for lab in LABS:
        ips = [net.ip(lab['pool']) for _ in range(3)]; card = W.pay(); cl = Client(R, lab['stack'])
        accs = []
        for j in range(max(2, int(lab['n'] * scale))):
            accs.append((W.account('eval-harness', org=lab['org'], email=lab['dom'], pay=card, signup_ip=ips[0], country='US', tier='scale', verified=R.random() < 0.5), 'key_' + hexid(R, 12)))
        for run in range(lab['runs']):
            t = W.t0 + R.uniform(0, W.t1 - W.t0 - 86400)
            aid, key = R.choice(accs)
            bench = R.choice(lab['bench'])
            shot = R.choice(['zero', 'cot'])
            if bench == 'gsm':
                items = [(q, a) for q, a in C['gsm_test'][:R.choice([150, 250])]]
                fmt = (lambda q: f'Question: {q}\nAnswer:') if shot == 'zero' else (lambda q: f"Q: {q}\nA: Let's think step by step.")
            elif bench == 'he':
                items = [(p, s) for _, p, s in C['humaneval']]
                fmt = lambda q: f'Complete the following Python function. Return only code.\n\n```python\n{q}```'
            elif bench == 'arena':
                items = [(p, None) for p in C['arena'][:200]]; fmt = lambda q: q
            else:
                items = [(m[0], None) for m in C['mt']]; fmt = lambda q: q
            for q, a in items:
                W.emit(aid, key, t, R.choice(ips), cl, fmt(q), ref=a, temp=0.0, max_tokens=R.choice([512, 1024, 2048]), stream=False,
                       model=R.choice(['nova-3-pro', 'nova-3-think']), endpoint='/v1/chat/completions', kind='reason')
                t += R.uniform(0.2, 3.0)

# ------------------------------------------------------------------- attack operations
def gen_attacks(W, scale):
    R, net, C = W.R, W.net, W.C
    cid = lambda name: f'{name}-{W.seed % 1000:03d}'

    def compose(parts):
        return ''.join(R.choice(p) for p in parts)

    # shared pools, drawn without replacement per operation
    class Queue:
        def __init__(self, items):
            self.items = list(items); R.shuffle(self.items); self.i = 0
        def take(self):
            x = self.items[self.i % len(self.items)]; self.i += 1; return x

    def cover(aid, key, t, ip, cl, extra=None):
        p, ref = organic_prompt(W, R.choice(['casual', 'casual', 'tech']))
        W.emit(aid, key, t, ip, cl, p, ref=ref, **(extra or {}))

    # === 1. LANTERN: sloppy fleet, maths CoT, datacenter proxies, burst sign-ups, 5 cards, look-alike mail ===
    camp = cid('lantern'); cards = [W.pay() for _ in range(5)]
    doms = ['gmaii.com', 'outl00k.com', 'yopmail.com', 'mailnesia.com', 'tmpbox.net', 'proton-mail.cc']
    cl_ja = stack_ja4('httpx')
    q = Queue(C['gsm_train'])
    n_acc = int(150 * scale)
    bursts = [W.t0 - R.uniform(1, 3) * 86400] + [W.t0 + R.uniform(0.1, 0.7) * (W.t1 - W.t0) for _ in range(2)]
    LAN_A = ['Solve the following. ', 'Work this out. ', 'Problem: ', 'Task - solve: ', 'Math question: ']
    LAN_B = ['Reason step by step and put every intermediate calculation on its own line', 'Show the full chain of reasoning before the answer',
             'Think aloud, number each step', 'Explain each step in detail then give the result after "####"']
    for j in range(n_acc):
        b = bursts[j % 3]; created = b + R.uniform(0, 1500)
        proxy = R.choice(['m247', 'datacamp'])
        sip = net.ip(proxy)
        aid = W.account('sloppy-fleet', 'attack', camp, created=created, email=R.choice(doms), pay=R.choice(cards), signup_ip=sip,
                        country=R.choice(['US', 'US', 'GB', 'SG']), tier='build')
        key = 'key_' + hexid(R, 12)
        ua = R.choice(['python-httpx/0.27.2', 'python-httpx/0.27.2', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'])
        cl = Client(R, 'httpx', ua=ua, ja=cl_ja)
        n = int(R.uniform(30, 65)); lo = max(W.t0, created)
        t = R.uniform(lo, W.t1 - 3 * 86400)
        for k in range(n):
            if k % R.randint(8, 15) == 0:
                t = R.uniform(lo, W.t1 - 3600)
            qq, ans = q.take()
            p = compose([LAN_A]) + qq + '\n' + compose([LAN_B]) + R.choice(['.', '. ', '.\n'])
            ip = net.ip(proxy) if R.random() < 0.7 else net.vpn_ip()
            W.emit(aid, key, t, ip, cl, p, ref=ans, kind='reason', endpoint='/v1/chat/completions', model='nova-3-think',
                   max_tokens=4096, temp=0.7, stream=False)
            t += R.gauss(75, 8)

    # === 2. QUARRY: careful; aged accounts, own cards, residential, human threads; distinct maths items ===
    camp = cid('quarry'); q = Queue(C['gsm_train'] + [(p, s) for _, p, s in C['humaneval']])
    OPEN = ['hey, ', 'Hi! ', '', '', 'quick one - ', 'ok so ', 'Hello, ', 'could you help? ']
    MID = ['I was looking at this problem and got stuck: ', 'my nephew brought this home: ', 'trying to check my work on this: ',
           'how would you approach this? ', 'this came up in a study group: ', '', 'puzzle for you: ']
    TAIL = ['', ' Can you walk me through how you get there?', ' Please talk through your thinking.', ' What is the reasoning?', ' I want to see every step.', ' go slowly pls']
    FOLLOW = ['why did you do that second step?', 'can you check that answer a different way?', 'is there a shortcut?', 'what if the numbers were doubled?',
              'hmm I got something else. double-check?', 'explain it like I am new to this', 'could you verify each line of your working?',
              'what assumption are you making there?', 'write the general method for problems like this one']
    for j in range(int(90 * scale)):
        c = R.choice(['US', 'US', 'GB', 'CA', 'DE', 'AU', 'KR', 'TW', 'JP'])
        aid = W.account('careful-aged', 'attack', camp, created=W.t0 - R.uniform(90, 280) * 86400, email=R.choice(['gmail.com', 'gmail.com', 'outlook.com', 'icloud.com', 'proton.me', 'yahoo.com']),
                        pay=W.pay(), country=c, tier='build')
        pool = res_pool(R, c); home = net.ip(pool); W.accounts[-1]['signup_ip'] = home
        key = 'key_' + hexid(R, 12)
        st = R.choice(['chrome', 'firefox', 'safari', 'edge', 'tls_rand'])
        cl = Client(R, st, ua=stack_ua(R, 'chrome') if st == 'tls_rand' else None, ja=stack_ja4(st, hexid(R, 4)) if st == 'tls_rand' else None)
        tz = TZ[c]; n = int(R.uniform(20, 45)); i = 0
        while i < n:
            t = W.sample_time(tz, 'human')
            if R.random() < 0.05:
                home = net.ip(pool)
            if R.random() < 0.15:
                cover(aid, key, t, home, cl, dict(stream=True, conv='c-' + hexid(R, 10), turn=1)); i += 1; continue
            item, sol = q.take()
            conv = 'c-' + hexid(R, 10)
            p = compose([OPEN, MID]) + item + compose([TAIL])
            hist = W.emit(aid, key, t, home, cl, p, conv=conv, turn=1, ref=sol, kind='reason', stream=True, model=R.choice(['nova-3-think', 'nova-3-pro']))
            i += 1
            for k in range(R.choice([0, 1, 1, 2, 2, 3])):
                t += R.uniform(45, 420)
                hist += W.emit(aid, key, t, home, cl, R.choice(FOLLOW), conv=conv, turn=k + 2, kind='reason', stream=True, hist_tokens=hist, model='nova-3-think')
                i += 1

    # === 3. MOSAIC: coding + agentic harvest, 3 sub-teams, shared pool, different stacks/networks/payment, cover 10-40% ===
    camp = cid('mosaic')
    pool_items = [('gen', i, inp, r) for i, inp, r in C['codegen']] + [('he', p, '', s) for _, p, s in C['humaneval']] + [('tool', i, inp, r) for i, inp, r in C['toolformer']]
    q = Queue(pool_items)
    subteams = [
        dict(name='mosaic-node-dc', stack='undici', net=lambda: net.ip(R.choice(['hetzner', 'ovh'])), cards=lambda: R.choice(tcards), n=50, cover=0.12,
             email=lambda: R.choice(['devmail.io', 'codeforge.dev', 'buildr.app']) , country='DE', shape='flat',
             phr=[['Implement: ', 'Write production code for: ', 'Code task - ', ''], ['', ' Include type hints and docstrings.', ' Give the complete file.', ' Add unit tests after the code.']],
             tools=[['shell_exec', 'fs_read', 'fs_write', 'pytest_run'], ['execute_python', 'search_docs']]),
        dict(name='mosaic-go-mobile', stack='go', net=lambda: net.ip(R.choice(['in_jio', 'in_airtel', 'vn_viettel'])), cards=None, n=45, cover=0.3,
             email=lambda: R.choice(['gmail.com', 'outlook.com']), country='IN', shape='human',
             phr=[['Explain and solve in code:\n', 'Need a working answer: ', 'Solve with explanation first, code second. '], ['', '\nThink about edge cases explicitly.', '\nDescribe your plan before coding.']],
             tools=[['calculator', 'wikipedia', 'python']]),
        dict(name='mosaic-py-vpn', stack='anthropic_py', net=lambda: net.vpn_ip(), cards='own', n=40, cover=0.22,
             email=lambda: R.choice(['proton.me', 'tutanota.com', 'pm.me']), country='NL', shape='human',
             phr=[['', '', 'Please: '], ['', '\n\nBefore you answer, reason about the design in a <plan> section.']],
             tools=[['bash', 'editor', 'browser']]),
    ]
    tcards = [W.pay() for _ in range(7)]
    ipay = [W.pay() for _ in range(12)]
    for stt in subteams:
        base_created = W.t0 - R.uniform(10, 50) * 86400
        for j in range(int(stt['n'] * scale)):
            country = stt['country'] if R.random() < 0.8 else R.choice(['US', 'GB'])
            if stt['cards'] == 'own':
                pay = W.pay()
            elif stt['cards'] is None:
                pay = R.choice(ipay)
            else:
                pay = stt['cards']()
            sip = stt['net']()
            aid = W.account(stt['name'], 'attack', camp, created=base_created + R.uniform(0, 40) * 86400, email=stt['email'](), pay=pay, signup_ip=sip, country=country,
                            tier=R.choice(['build', 'scale']))
            W.accounts[-1]['created_at'] = iso(min(W.t0 + 86400 * 2, base_created + R.uniform(0, 40) * 86400))
            key = 'key_' + hexid(R, 12); cl = Client(R, stt['stack'])
            fixed_ip = stt['net']()
            tz = TZ.get(country, 0); n = int(R.uniform(28, 55)); i = 0
            while i < n:
                t = W.sample_time(tz, stt['shape'] if stt['shape'] != 'flat' else 'none')
                ip = fixed_ip if R.random() < 0.6 else stt['net']()
                if R.random() < stt['cover']:
                    cover(aid, key, t, ip, cl); i += 1; continue
                kind, ins, inp, ref = q.take()
                p = compose([stt['phr'][0]]) + ins + ('\n' + inp if inp else '') + compose([stt['phr'][1]])
                tools = R.choice(stt['tools']) if kind == 'tool' or R.random() < 0.3 else None
                conv = 's' + hexid(R, 11)
                hist = W.emit(aid, key, t, ip, cl, p, conv=conv, turn=1, tools=tools, ref=ref, kind='code', max_tokens=R.choice([8192, 16384]),
                              model=R.choice(['nova-3-pro', 'nova-3-think']), endpoint='/v1/messages' if stt['stack'] == 'anthropic_py' else None, temp=R.choice([0.2, 0.6]))
                i += 1
                if tools:
                    for k in range(R.randint(1, 4)):
                        t += R.uniform(2, 20)
                        hist += W.emit(aid, key, t, ip, cl, R.choice(['tool_result: exit code 0', 'tool_result: AssertionError in test_2', 'tool_result: ok', 'tool_result: 12 lines written', 'continue']),
                                       conv=conv, turn=k + 2, tools=tools, kind='code', hist_tokens=hist, max_tokens=8192, endpoint='/v1/messages' if stt['stack'] == 'anthropic_py' else None)
                        i += 1

    # === 4. FERRY: judge/rubric harvesting, 2 sub-teams (mobile Go client / residential-VPN httpx faking browser) ===
    camp = cid('ferry')
    jq = Queue([(i, r) for i, _, r in C['codegen'] + C['roleplay'] if r] + [(a, b) for a, b in C['gsm_train'][:3000]])
    RUB = [['Evaluate the response below', 'Act as a strict grader for the answer that follows', 'Rate this candidate answer', 'Judge the quality of this reply'],
           [' on a 1-10 scale', ' using the criteria correctness, helpfulness, completeness and style (each 1-5)', ' against a hidden gold standard, scoring 0-100', ' (pass/fail plus a score)'],
           ['. Justify every point you deduct.', '. Output your reasoning, then a JSON object with the scores.', '. Write the critique first and the verdict last.', '. Explain step by step.']]
    fcards = [W.pay() for _ in range(4)]
    for sti, stt in enumerate([dict(n=38, stack='okhttp', ua=None, netf=lambda: net.ip(R.choice(['br_claro', 'us_tmo', 'au_optus'])), c='BR'),
                               dict(n=32, stack='httpx', ua='Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', netf=lambda: net.vpn_ip(), c='PL')]):
        for j in range(int(stt['n'] * scale)):
            aid = W.account('ferry-judge-' + ('mobile' if sti == 0 else 'vpn'), 'attack', camp, created=W.t0 - R.uniform(3, 60) * 86400,
                            email=R.choice(['gmail.com', 'yahoo.com.br', 'bol.com.br']) if sti == 0 else R.choice(['wp.pl', 'o2.pl', 'interia.pl', 'onet.pl']),
                            pay=R.choice(fcards) if sti == 0 else W.pay(), signup_ip=stt['netf'](), country=stt['c'], tier='build')
            key = 'key_' + hexid(R, 12); cl = Client(R, stt['stack'], ua=stt['ua'])
            n = int(R.uniform(25, 55)); tz = TZ[stt['c']]
            for k in range(n):
                t = W.sample_time(tz, 'human')
                ip = stt['netf']()
                if R.random() < (0.1 if sti == 0 else 0.35):
                    cover(aid, key, t, ip, cl); continue
                task, ans = jq.take()
                # perturb the candidate so the harvested grades vary
                cand = ans if R.random() < 0.5 else ans[: max(20, int(len(ans) * R.uniform(0.3, 0.9)))]
                p = compose(RUB) + f'\n\n### Task\n{task}\n\n### Candidate response\n{cand}'
                W.emit(aid, key, t, ip, cl, p, kind='judge', max_tokens=2048, temp=0.0, endpoint='/v1/chat/completions', model=R.choice(['nova-3-pro', 'nova-3-think']))

    # === 5. TAXON: capability-taxonomy sweep, shell org (unverified), cloud egress, bare grid prompts ===
    camp = cid('taxon')
    SKILLS = ['causal inference', 'counterfactual reasoning', 'code review', 'formal proof', 'legal analysis', 'unit conversion', 'spatial reasoning',
              'multi-hop QA', 'summarisation', 'negotiation', 'planning under constraints', 'regex construction', 'SQL optimisation', 'ethics dilemma',
              'translation idioms', 'data cleaning', 'probability', 'physics estimation', 'API design', 'debugging concurrency', 'theory of mind', 'poetry meter']
    DOMAINS = ['maritime logistics', 'paediatric medicine', 'agriculture', 'semiconductors', 'tax law', 'esports', 'insurance', 'astronomy', 'retail banking',
               'supply chains', 'archaeology', 'aviation maintenance', 'e-commerce', 'climate policy', 'railway signalling', 'chemistry lab safety']
    LEVELS = ['novice', 'intermediate', 'expert', 'adversarial']
    grid = [(s, d, l) for s in SKILLS for d in DOMAINS for l in LEVELS]; R.shuffle(grid)
    gi = 0; org = 'org_' + hexid(R, 8); card = W.pay(); egress = [net.ip('gcp') for _ in range(5)] + [net.ip('aws') for _ in range(3)]
    FORMATS = [lambda s, d, l: f'[{s} | {d} | {l}] Write one challenging task, then solve it with complete reasoning.',
               lambda s, d, l: f'Capability: {s}\nDomain: {d}\nDifficulty: {l}\nProduce a realistic user request and an exemplary answer.',
               lambda s, d, l: f'{s} / {d} / {l}: pose a problem and show the ideal solution in detail.']
    for j in range(int(48 * scale)):
        aid = W.account('taxonomy-sweep', 'attack', camp, org=org, created=W.t0 - R.uniform(20, 25) * 86400 + j * R.uniform(30, 200),
                        email='northwind-research.net', pay=card if j % 3 else W.pay(), signup_ip=egress[0], country='SG', tier='scale', verified=False)
        key = 'key_' + hexid(R, 12); cl = Client(R, R.choice(['openai_py', 'litellm']))
        n = int(R.uniform(30, 60))
        for k in range(n):
            t = W.sample_time(8, 'none')
            s, d, l = grid[gi % len(grid)]; gi += 1
            W.emit(aid, key, t, R.choice(egress), cl, R.choice(FORMATS)(s, d, l), system=R.choice([None, 'You are a world-class expert. Be exhaustive.']),
                   kind='reason', max_tokens=16000, temp=1.0, model='nova-3-think', endpoint='/v1/chat/completions', reasoning=int(R.uniform(2000, 12000)))

    # === 6. SILT: bare items, huge budgets, relay of short-lived accounts each live 1-3 days ===
    camp = cid('silt'); q = Queue([p for _, p, _ in C['humaneval']] + [a for a, _ in C['gsm_train'][3000:]] + C['arena'])
    n_acc = int(60 * scale); slot = (W.t1 - W.t0 - 3 * 86400) / max(1, n_acc)
    for j in range(n_acc):
        c = R.choice(['US', 'CA', 'GB', 'FR', 'JP'])
        life0 = W.t0 + j * slot + R.uniform(0, slot)
        pool = res_pool(R, c)
        aid = W.account('relay-bare', 'attack', camp, created=life0 - R.uniform(600, 7200), email=R.choice(['gmail.com', 'icloud.com', 'outlook.com', 'hotmail.com']),
                        pay=W.pay(), country=c, tier='build')
        ip = net.ip(pool); W.accounts[-1]['signup_ip'] = ip
        key = 'key_' + hexid(R, 12); cl = Client(R, R.choice(['anthropic_ts', 'anthropic_py', 'reqwest', 'curl']))
        n = int(R.uniform(25, 50)); span = R.uniform(1, 3) * 86400
        for k in range(n):
            t = life0 + R.uniform(0, span)
            W.emit(aid, key, t, ip if R.random() < 0.8 else net.ip(pool), cl, q.take(), endpoint='/v1/messages', model='nova-3-think',
                   max_tokens=R.choice([32000, 64000]), reasoning=int(R.uniform(4000, 24000)), temp=1.0, stream=True, kind='reason')

    # === 7. ECHO: "improve this answer" response distillation from a mixed residential/VPN pool ===
    camp = cid('echo'); q = Queue([(i, inp, r) for i, inp, r in C['roleplay'] + C['toolformer'] + C['seed'] if r])
    ASK = [['Here is a draft answer someone wrote. ', 'A colleague answered the request below. ', 'Below: an instruction and a mediocre answer. ', 'I found this Q&A online. '],
           ['Rewrite the answer so it is the best possible response', 'Produce a superior answer from scratch', 'Improve it substantially, keeping what is correct',
            'Replace it with an ideal answer a top assistant would give'],
           [', and briefly list what you changed.', '. Only output the new answer.', '. Be thorough.', ', then rate the original 1-10.']]
    ecards = [W.pay() for _ in range(9)]
    for j in range(int(45 * scale)):
        c = R.choice(['US', 'DE', 'FR', 'ES', 'TR', 'UA'])
        aid = W.account('answer-rewriter', 'attack', camp, created=W.t0 - R.uniform(1, 30) * 86400, email=R.choice(['gmail.com', 'mail.com', 'gmx.net', 'proton.me']),
                        pay=R.choice(ecards), country=c, tier='build')
        pool = res_pool(R, c); home = net.ip(pool); W.accounts[-1]['signup_ip'] = home
        key = 'key_' + hexid(R, 12); cl = Client(R, R.choice(['chrome', 'firefox', 'openai_node', 'axios']))
        n = int(R.uniform(30, 55)); tz = TZ[c]
        for k in range(n):
            t = W.sample_time(tz, 'night')
            ip = home if R.random() < 0.5 else net.vpn_ip()
            if R.random() < 0.2:
                cover(aid, key, t, ip, cl); continue
            ins, inp, r = q.take()
            p = compose(ASK) + f'\n\nInstruction: {ins}' + (f'\nInput: {inp}' if inp else '') + f'\n\nAnswer: {r[:1200]}'
            W.emit(aid, key, t, ip, cl, p, ref=r, max_tokens=4096, temp=0.9)

# ---------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out'); ap.add_argument('--seed', type=int, required=True); ap.add_argument('--days', type=int, required=True)
    ap.add_argument('--start', required=True); ap.add_argument('--scale', type=float, default=1.0)
    a = ap.parse_args()
    W = World(a.seed, a.days, a.start)
    gen_organic(W, a.scale)
    gen_attacks(W, a.scale)
    # clip to window, shuffle order a bit (not sorted, as allowed)
    lo, hi = iso(W.t0), iso(W.t1)
    cre = {x['account_id']: x['created_at'] for x in W.accounts}
    W.rows = [r for r in W.rows if lo <= r['ts'] < hi and r['ts'] > cre[r['account_id']]]
    W.R.shuffle(W.rows)
    os.makedirs(a.out, exist_ok=True)
    with gzip.open(os.path.join(a.out, 'interactions.jsonl.gz'), 'wt', encoding='utf-8') as f:
        for r in W.rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(a.out, 'accounts.jsonl'), 'w') as f:
        for r in W.accounts:
            f.write(json.dumps(r) + '\n')
    with open(os.path.join(a.out, 'labels.jsonl'), 'w') as f:
        for r in W.labels:
            f.write(json.dumps(r) + '\n')
    lab = {r['account_id']: r for r in W.labels}
    per = {}
    for r in W.rows:
        k = (lab[r['account_id']]['label'], lab[r['account_id']]['campaign'], lab[r['account_id']]['persona'])
        per[k] = per.get(k, 0) + 1
    stats = dict(interactions=len(W.rows), accounts=len(W.accounts), attack_accounts=sum(1 for l in W.labels if l['label'] == 'attack'),
                 attack_interactions=sum(v for k, v in per.items() if k[0] == 'attack'))
    with open(os.path.join(a.out, 'stats.json'), 'w') as f:
        json.dump(dict(stats, groups=[dict(label=k[0], campaign=k[1], persona=k[2], accounts=W.persona_counts.get(k, 0), interactions=per.get(k, 0))
                                      for k in sorted(set(per) | set(W.persona_counts), key=lambda x: (x[0], str(x[1]), x[2]))]), f, indent=1)
    print(json.dumps(stats))

if __name__ == '__main__':
    main()
