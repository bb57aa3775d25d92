#!/usr/bin/env python3
"""Blind traffic-world generator (folder Q). Stdlib only, deterministic per seed.

usage: python3 gen.py --seed N --variant {1,2} --out DIR
"""
import argparse, bisect, csv, gzip, hashlib, ipaddress, json, math, os, random, re, sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN_DIR = os.environ.get('ASN_DIR', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn'))

# ----------------------------------------------------------------------------- helpers

def h(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]

def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

def toks(s):
    if not s:
        return 0
    return max(1, int(len(s) / 3.9 + 0.5))

def clip(s, n):
    return s if len(s) <= n else s[:n].rstrip() + ' …'

# ----------------------------------------------------------------------------- corpora

def jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def jj(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return json.load(f)

class Corpora:
    def __init__(self):
        o = DATA + '/corpora/organic/'
        e = DATA + '/corpora/extraction/'
        self.koala = [d['prompt'] for d in jl(o + 'koala.jsonl')]
        self.arena = [d['prompt'] for d in jl(o + 'arena-hard-v0.1.jsonl')]
        code_kw = re.compile(r'\b(code|python|function|sql|javascript|typescript|c\+\+|java|rust|script|regex|api|class|program|bash|pandas|react|css|html|kotlin|swift|golang|vba|latex|docker|git)\b', re.I)
        self.arena_code = [p for p in self.arena if code_kw.search(p)]
        self.arena_other = [p for p in self.arena if not code_kw.search(p)]
        self.mt = jl(o + 'mt-bench.jsonl')
        self.vicuna = [d['turns'][0] for d in jl(o + 'vicuna-bench.jsonl')]
        self.uo = jl(o + 'self-instruct-user-oriented.jsonl')
        self.hh = []
        for d in jl(o + 'hh-rlhf-harmless-test.jsonl.gz'):
            turns = re.split(r'\n\nHuman: ', d['chosen'])
            hum = []
            for t in turns[1:]:
                hum.append(t.split('\n\nAssistant:')[0].strip())
            hum = [x for x in hum if 3 < len(x) < 600]
            if hum:
                self.hh.append(hum)
        self.seed = jl(e + 'self-instruct-seed-tasks.jsonl')
        self.alpaca = open(e + 'alpaca-generation-prompt.txt').read()
        self.codegen = jj(e + 'gpteacher-codegen.json.gz')
        self.roleplay = jj(e + 'gpteacher-roleplay.json.gz')
        self.toolformer = jj(e + 'gpteacher-toolformer.json.gz')
        self.gsm_train = jl(e + 'gsm8k-train.jsonl.gz')
        self.gsm_test = jl(e + 'gsm8k-test.jsonl')
        self.humaneval = jl(e + 'humaneval.jsonl.gz')
        # token-shape traces
        self.trace_conv = self._trace('conv')
        self.trace_code = self._trace('code')

    def _trace(self, kind):
        out = []
        with open(DATA + '/traces/AzureLLMInferenceTrace_%s.csv' % kind) as f:
            r = csv.reader(f)
            next(r)
            for row in r:
                out.append((int(row[1]), int(row[2])))
        return out

def gsm_answer_text(a):
    a = re.sub(r'<<[^>]*>>', '', a)
    a = a.replace('#### ', 'The answer is ')
    return a

# ----------------------------------------------------------------------------- networks

class Nets:
    RES = {
        'US': [7922, 20115, 7018, 701, 22773], 'GB': [2856, 5089, 5607], 'DE': [3320, 3209, 6805],
        'FR': [3215, 12322, 5410], 'IN': [24560, 55836], 'BR': [28573, 18881], 'JP': [4713, 2516],
        'CA': [812, 577], 'AU': [1221, 7545], 'KR': [4766], 'SG': [9506], 'NL': [1136, 33915],
        'PL': [5617], 'ES': [3352], 'VN': [7552], 'ID': [7713], 'TR': [9121], 'NG': [29465], 'MX': [8151],
        'CN': [4134, 4837],
    }
    MOBILE = {'US': [21928, 22394, 20057], 'IN': [55836, 45609], 'DE': [3209], 'GB': [2856], 'FR': [5410],
              'BR': [18881], 'NG': [29465], 'ID': [7713], 'VN': [7552], 'MX': [8151]}
    UNI = {'US': [7377, 3, 32, 2152, 59, 111], 'GB': [786], 'DE': [680], 'FR': [2200], 'IT': [137]}
    CLOUD = {'aws': [16509, 14618], 'gcp': [396982, 15169], 'azure': [8075], 'do': [14061],
             'hetzner': [24940], 'ovh': [16276], 'linode': [63949], 'vultr': [20473]}
    TZ = {'US': -6, 'GB': 0, 'DE': 1, 'FR': 1, 'IN': 5.5, 'BR': -3, 'JP': 9, 'CA': -5, 'AU': 10, 'KR': 9,
          'SG': 8, 'NL': 1, 'PL': 1, 'ES': 1, 'VN': 7, 'ID': 7, 'TR': 3, 'NG': 1, 'MX': -6, 'CN': 8, 'IT': 1}

    def __init__(self):
        want = set()
        for d in (self.RES, self.MOBILE, self.UNI, self.CLOUD):
            for v in d.values():
                want.update(v)
        self.asn4 = {}
        with open(ASN_DIR + '/asn-ipv4-num.csv') as f:
            for row in csv.reader(f):
                a = int(row[2])
                if a in want:
                    self.asn4.setdefault(a, []).append((int(row[0]), int(row[1])))
        self.asn6 = {}
        v6want = {7922, 3320, 20115, 7018, 2856, 16509, 396982, 8075, 21928, 55836}
        with open(ASN_DIR + '/asn-ipv6.csv') as f:
            for row in csv.reader(f):
                a = int(row[2])
                if a in v6want:
                    try:
                        s = int(ipaddress.IPv6Address(row[0])); e = int(ipaddress.IPv6Address(row[1]))
                    except Exception:
                        continue
                    self.asn6.setdefault(a, []).append((s, e))
        self.dc = self._cidrs(DATA + '/network/datacenter-ipv4.txt')
        self.vpn = self._cidrs(DATA + '/network/vpn-ipv4.txt')

    def _cidrs(self, p):
        out = []
        for l in open(p):
            l = l.strip()
            if not l or l.startswith('#'):
                continue
            try:
                n = ipaddress.IPv4Network(l, strict=False)
            except Exception:
                continue
            out.append((int(n.network_address), int(n.broadcast_address)))
        return out

    @staticmethod
    def _pick(rng, ranges):
        # weight by size (sqrt, so big blocks don't dominate)
        s, e = ranges[rng.randrange(len(ranges))]
        if e - s > 4:
            return s + 1 + rng.randrange(e - s - 1)
        return s

    def v4(self, rng, asn):
        r = self.asn4.get(asn)
        if not r:
            r = self.asn4[7922]
        return str(ipaddress.IPv4Address(self._pick(rng, r)))

    def v6(self, rng, asn):
        r = self.asn6.get(asn)
        if not r:
            return self.v4(rng, asn)
        s, e = r[rng.randrange(len(r))]
        size = e - s
        if size > 2 ** 64:
            nets = size >> 64
            base = s + (rng.randrange(min(nets, 2 ** 32)) << 64)
            return str(ipaddress.IPv6Address(base + rng.getrandbits(64)))
        return str(ipaddress.IPv6Address(s + rng.randrange(max(1, size))))

    def residential(self, rng, country, v6p=0.0):
        asn = rng.choice(self.RES.get(country, self.RES['US']))
        if rng.random() < v6p and asn in self.asn6:
            return self.v6(rng, asn)
        return self.v4(rng, asn)

    def mobile(self, rng, country):
        asn = rng.choice(self.MOBILE.get(country, self.MOBILE['US']))
        return self.v4(rng, asn)

    def uni(self, rng, country):
        asn = rng.choice(self.UNI.get(country, self.UNI['US']))
        return self.v4(rng, asn)

    def cloud(self, rng, provider):
        return self.v4(rng, rng.choice(self.CLOUD[provider]))

    def datacenter(self, rng):
        return str(ipaddress.IPv4Address(self._pick(rng, self.dc)))

    def vpnip(self, rng):
        return str(ipaddress.IPv4Address(self._pick(rng, self.vpn)))

# ----------------------------------------------------------------------------- client stacks

def ja4(proto, ciphers, exts, alpn, name):
    return 't13%s%02d%02d%s_%s_%s' % (proto, ciphers, exts, alpn, h(name + '/ciphers'), h(name + '/exts'))

JA4 = {
    'chrome': 't13d1516h2_8daaf6152771_02713d6af862',
    'chrome_new': 't13d1517h2_8daaf6152771_b0da82dd1658',
    'firefox': 't13d1715h2_5b57614c22b0_3d5424432f57',
    'safari': 't13d2014h2_a09f3c656075_14788d8d241b',
    'safari_ios': 't13d2014h2_a09f3c656075_e42f34c56612',
    'py_ssl': ja4('d', 18, 12, 'h1', 'cpython-openssl3'),
    'py_ssl_h2': ja4('d', 18, 13, 'h2', 'cpython-openssl3'),
    'py_ssl_old': ja4('d', 17, 11, 'h1', 'cpython-openssl1.1'),
    'node': ja4('d', 17, 12, 'h1', 'node-openssl'),
    'node_undici': ja4('d', 17, 12, 'h1', 'undici'),
    'go': ja4('d', 13, 11, 'h2', 'go-crypto-tls'),
    'curl_linux': ja4('d', 31, 12, 'h2', 'curl-openssl'),
    'curl_win': ja4('d', 12, 9, 'h2', 'curl-schannel'),
    'okhttp': ja4('d', 16, 13, 'h2', 'okhttp-conscrypt'),
    'rustls': ja4('d', 9, 10, 'h2', 'rustls'),
    'dotnet': ja4('d', 12, 10, 'h2', 'dotnet-schannel'),
    'java': ja4('d', 21, 13, 'h2', 'jdk17-jsse'),
    'zscaler': ja4('d', 49, 7, 'h1', 'zscaler-mitm'),
    'paloalto': ja4('d', 24, 8, 'h1', 'pan-decrypt'),
    'bun': ja4('d', 16, 12, 'h1', 'bun-boringssl'),
}

def chrome_ua(rng, os_):
    v = rng.choice([122, 123, 124, 125, 126])
    plat = {'win': 'Windows NT 10.0; Win64; x64', 'mac': 'Macintosh; Intel Mac OS X 10_15_7', 'linux': 'X11; Linux x86_64'}[os_]
    return 'Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % (plat, v)

def edge_ua(rng):
    v = rng.choice([123, 124, 125])
    return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0' % (v, v)

def firefox_ua(rng, os_):
    v = rng.choice([123, 124, 125, 126])
    plat = {'win': 'Windows NT 10.0; Win64; x64', 'mac': 'Macintosh; Intel Mac OS X 10.15', 'linux': 'X11; Ubuntu; Linux x86_64'}[os_]
    return 'Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (plat, v, v)

def safari_ua(rng):
    v = rng.choice(['17.3.1', '17.4', '17.4.1', '17.5'])
    return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % v

def ios_ua(rng):
    v = rng.choice(['17_3', '17_4', '17_4_1', '17_5'])
    return 'Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1' % v

PYV = ['3.9.18', '3.10.12', '3.11.8', '3.11.9', '3.12.3', '3.12.4']

def make_stack(rng, kind):
    """Return dict(name, ja4, ua, endpoint) - per-account instance (versions fixed per account)."""
    k = kind
    if k == 'browser':
        k = rng.choice(['chrome_win', 'chrome_win', 'chrome_mac', 'edge', 'firefox', 'safari', 'chrome_linux'])
    ep = '/v1/chat/completions'
    if k == 'chrome_win':
        return dict(name=k, ja4=rng.choice([JA4['chrome'], JA4['chrome_new']]), ua=chrome_ua(rng, 'win'), ep=ep)
    if k == 'chrome_mac':
        return dict(name=k, ja4=rng.choice([JA4['chrome'], JA4['chrome_new']]), ua=chrome_ua(rng, 'mac'), ep=ep)
    if k == 'chrome_linux':
        return dict(name=k, ja4=JA4['chrome_new'], ua=chrome_ua(rng, 'linux'), ep=ep)
    if k == 'edge':
        return dict(name=k, ja4=JA4['chrome_new'], ua=edge_ua(rng), ep=ep)
    if k == 'firefox':
        return dict(name=k, ja4=JA4['firefox'], ua=firefox_ua(rng, rng.choice(['win', 'mac', 'linux'])), ep=ep)
    if k == 'safari':
        return dict(name=k, ja4=JA4['safari'], ua=safari_ua(rng), ep=ep)
    if k == 'ios_safari':
        return dict(name=k, ja4=JA4['safari_ios'], ua=ios_ua(rng), ep=ep)
    if k == 'openai_py':
        v = rng.choice(['1.30.1', '1.35.3', '1.40.6', '1.45.0', '1.51.2'])
        return dict(name=k, ja4=rng.choice([JA4['py_ssl'], JA4['py_ssl'], JA4['py_ssl_old']]), ua='OpenAI/Python %s' % v, ep=ep)
    if k == 'anthropic_py':
        v = rng.choice(['0.25.9', '0.28.1', '0.31.2', '0.34.2'])
        return dict(name=k, ja4=JA4['py_ssl'], ua='Anthropic/Python %s' % v, ep='/v1/messages')
    if k == 'openai_node':
        v = rng.choice(['4.47.1', '4.52.7', '4.56.0', '4.63.0'])
        return dict(name=k, ja4=JA4['node'], ua='OpenAI/JS %s' % v, ep=ep)
    if k == 'anthropic_ts':
        v = rng.choice(['0.20.9', '0.24.3', '0.27.1'])
        return dict(name=k, ja4=JA4['node'], ua='Anthropic/JS %s' % v, ep='/v1/messages')
    if k == 'openai_go':
        return dict(name=k, ja4=JA4['go'], ua='OpenAI/Go %s' % rng.choice(['0.1.0-alpha.12', '0.1.0-alpha.20']), ep=ep)
    if k == 'openai_java':
        return dict(name=k, ja4=JA4['java'], ua='OpenAI/Java %s' % rng.choice(['0.8.1', '0.9.0']), ep=ep)
    if k == 'openai_dotnet':
        return dict(name=k, ja4=JA4['dotnet'], ua='OpenAI/2.0.0 (.NET 8.0.6; Microsoft Windows 10.0.20348)', ep=ep)
    if k == 'requests':
        v = rng.choice(['2.28.2', '2.31.0', '2.32.3'])
        return dict(name=k, ja4=JA4['py_ssl'], ua='python-requests/%s' % v, ep=ep)
    if k == 'httpx':
        v = rng.choice(['0.25.2', '0.27.0'])
        return dict(name=k, ja4=JA4['py_ssl_h2'], ua='python-httpx/%s' % v, ep=ep)
    if k == 'aiohttp':
        return dict(name=k, ja4=JA4['py_ssl'], ua='Python/%s aiohttp/3.9.%d' % (rng.choice(PYV)[:4], rng.randint(1, 5)), ep=ep)
    if k == 'undici':
        return dict(name=k, ja4=JA4['node_undici'], ua='undici', ep=ep)
    if k == 'node_fetch_noua':
        return dict(name=k, ja4=JA4['node_undici'], ua=None, ep=ep)
    if k == 'go_http':
        return dict(name=k, ja4=JA4['go'], ua='Go-http-client/2.0', ep=ep)
    if k == 'curl':
        v = rng.choice(['7.81.0', '8.2.1', '8.5.0', '8.7.1'])
        return dict(name=k, ja4=JA4['curl_linux'], ua='curl/%s' % v, ep=rng.choice([ep, '/v1/messages']))
    if k == 'curl_win':
        return dict(name=k, ja4=JA4['curl_win'], ua='curl/8.4.0', ep=ep)
    if k == 'reqwest':
        return dict(name=k, ja4=JA4['rustls'], ua=None, ep=ep)
    if k == 'okhttp_app':
        return dict(name=k, ja4=JA4['okhttp'], ua='okhttp/4.%d.0' % rng.choice([9, 10, 11, 12]), ep=ep)
    if k == 'ios_app':
        app = rng.choice(['Pocketwise', 'NoteDeck', 'Lingo Loop', 'Scribblr'])
        return dict(name=k, ja4=JA4['safari_ios'], ua='%s/%d.%d (iPhone; iOS 17.%d; Scale/3.00) Alamofire/5.9.1' % (app, rng.randint(2, 5), rng.randint(0, 9), rng.randint(2, 5)), ep=ep)
    if k == 'cli_llm':
        return dict(name=k, ja4=JA4['py_ssl'], ua='OpenAI/Python 1.40.6 llm/0.%d' % rng.randint(13, 17), ep=ep)
    if k == 'cli_aider':
        return dict(name=k, ja4=JA4['py_ssl'], ua='litellm/1.%d.%d aider/0.%d.0' % (rng.randint(40, 48), rng.randint(0, 9), rng.randint(50, 62)), ep=ep)
    if k == 'cli_agent':
        return dict(name=k, ja4=JA4['bun'], ua='Anthropic/JS 0.27.1 termpilot/1.%d.%d' % (rng.randint(0, 4), rng.randint(0, 12)), ep='/v1/messages')
    if k == 'langchain':
        return dict(name=k, ja4=JA4['py_ssl'], ua='OpenAI/Python 1.45.0 langchain-openai/0.1.%d' % rng.randint(15, 25), ep=ep)
    if k == 'zscaler_chrome':
        return dict(name=k, ja4=JA4['zscaler'], ua=chrome_ua(rng, 'win'), ep=ep)
    if k == 'paloalto_sdk':
        return dict(name=k, ja4=JA4['paloalto'], ua='OpenAI/Python %s' % rng.choice(['1.35.3', '1.40.6']), ep=ep)
    raise ValueError(k)

# ----------------------------------------------------------------------------- diurnal

DIURNAL = {
    'office': [1, 1, 1, 1, 1, 2, 4, 8, 14, 18, 18, 16, 12, 16, 18, 17, 14, 10, 6, 4, 3, 2, 2, 1],
    'evening': [3, 2, 1, 1, 1, 1, 2, 3, 4, 5, 5, 6, 7, 6, 6, 6, 7, 8, 10, 12, 13, 12, 9, 5],
    'student': [6, 4, 2, 1, 1, 1, 1, 2, 4, 6, 8, 9, 9, 10, 10, 10, 9, 9, 10, 12, 13, 13, 11, 9],
    'flat': [10] * 24,
    'night_owl': [10, 11, 10, 8, 5, 3, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 6, 7, 8, 9, 10, 11, 12, 12],
}

def cum(w):
    c, s = [], 0
    for x in w:
        s += x
        c.append(s)
    return c

DIURNAL_C = {k: cum(v) for k, v in DIURNAL.items()}

# ----------------------------------------------------------------------------- world

class World:
    def __init__(self, seed, variant, start, days):
        self.rng = random.Random(seed)
        self.seed = seed
        self.variant = variant
        self.start = start
        self.days = days
        self.end = start + timedelta(days=days)
        self.C = CORP
        self.N = NETS
        self.accounts = []
        self.labels = []
        self.inter = []
        self.stats = {}
        self.used_ids = set()

    # ids
    def rid(self, prefix, n=16):
        while True:
            s = prefix + ''.join(self.rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def card(self):
        return 'pf_' + h('card%d%f' % (self.seed, self.rng.random()), 20)

    def add_account(self, label, persona, campaign=None, created_at=None, org_id=None, email_domain='gmail.com',
                    payment=None, signup_ip=None, country='US', tier='build', verified=False):
        aid = self.rid('acct_', 12)
        if created_at is None:
            created_at = self.start - timedelta(days=self.rng.uniform(5, 700))
        acc = dict(account_id=aid, created_at=iso(created_at), org_id=org_id, email_domain=email_domain,
                   payment_fingerprint=payment, signup_ip=signup_ip, country=country, tier=tier, verified=verified)
        self.accounts.append(acc)
        self.labels.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))
        key = (label, campaign or persona)
        self.stats.setdefault(key, [0, 0])
        self.stats[key][0] += 1
        acc['_key'] = key
        acc['_keys'] = [self.rid('key_', 10) for _ in range(1 if self.rng.random() < 0.7 else self.rng.randint(2, 3))]
        return acc

    # time
    def rand_day_time(self, tz, profile='office', day=None, weekend_factor=0.5):
        rng = self.rng
        for _ in range(20):
            d = rng.randrange(self.days) if day is None else day
            c = DIURNAL_C[profile]
            hr = bisect.bisect_right(c, rng.random() * c[-1])
            local = self.start + timedelta(days=d, hours=hr, seconds=rng.uniform(0, 3600))
            t = local - timedelta(hours=tz)
            wd = local.weekday()
            if wd >= 5 and rng.random() > weekend_factor:
                continue
            if self.start <= t < self.end:
                return t
        return self.start + timedelta(seconds=rng.uniform(0, self.days * 86400 - 1))

    # emit one interaction
    def emit(self, acc, t, stack, ip, prompt, system=None, conv=None, turn=1, tools=None, max_tokens=None,
             temperature=None, stream=None, model=None, out_tokens=None, reasoning=None, response=None,
             history_tokens=0, status=None, key=None, err_rate=0.01, rl_rate=0.005, latency_scale=1.0):
        rng = self.rng
        if t >= self.end or t < self.start:
            return None
        if status is None:
            r = rng.random()
            if r < rl_rate:
                status = 429
            elif r < rl_rate + err_rate * 0.6:
                status = 400
            elif r < rl_rate + err_rate:
                status = rng.choice([500, 502, 529, 500])
            else:
                status = 200
        endpoint = stack['ep']
        if model is None:
            model = 'atlas-3' if endpoint == '/v1/chat/completions' else 'atlas-3-sonnet'
        in_tok = toks(system) + toks(prompt) + history_tokens + (len(tools) * rng.randint(90, 220) if tools else 0) + rng.randint(3, 12)
        if out_tokens is None:
            out_tokens = max(8, int(toks(response or '') * rng.uniform(0.9, 1.6))) if response else rng.randint(60, 500)
        if max_tokens is not None:
            out_tokens = min(out_tokens, max_tokens)
        if status != 200:
            out_tokens_e, reasoning_e, resp = 0, (0 if reasoning is not None else None), None
            lat = rng.randint(20, 400) if status in (400, 429) else rng.randint(800, 30000)
        else:
            out_tokens_e, reasoning_e, resp = out_tokens, reasoning, response
            if acc.get('_zdr'):
                resp = None
            elif not resp:
                resp = generic_response(rng, prompt, out_tokens)
            ttft = rng.lognormvariate(math.log(450), 0.5) + in_tok * 0.04
            per = rng.uniform(9, 22)
            lat = int((ttft + (out_tokens + (reasoning or 0)) * per) * latency_scale)
        rec = dict(id=self.rid('req_', 20), ts=iso(t), account_id=acc['account_id'],
                   api_key_id=key or acc['_keys'][0] if len(acc['_keys']) == 1 else (key or rng.choice(acc['_keys'])),
                   ip=ip, user_agent=stack['ua'], tls_ja4=stack['ja4'], endpoint=endpoint, model=model,
                   conversation_id=conv, turn=turn, system=system, prompt=prompt, tool_names=tools,
                   response=clip(resp, 900) if resp else resp, input_tokens=in_tok, output_tokens=out_tokens_e,
                   reasoning_tokens=reasoning_e, max_tokens=max_tokens, temperature=temperature, stream=stream,
                   status=status, latency_ms=lat)
        self.inter.append(rec)
        self.stats[acc['_key']][1] += 1
        return rec

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        self.rng.shuffle(self.inter)
        with gzip.open(os.path.join(out, 'interactions.jsonl.gz'), 'wt', encoding='utf-8') as f:
            for r in self.inter:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        with open(os.path.join(out, 'accounts.jsonl'), 'w') as f:
            for a in self.accounts:
                f.write(json.dumps({k: v for k, v in a.items() if not k.startswith('_')}) + '\n')
        with open(os.path.join(out, 'labels.jsonl'), 'w') as f:
            for l in self.labels:
                f.write(json.dumps(l) + '\n')

# ----------------------------------------------------------------------------- generic response text

OPENERS = ['Sure — here is', 'Great question. Here is', 'Here’s', 'Below is', 'Okay, let me walk through', 'Certainly! Here is', 'Short answer first, then details:']
FILLER = ['a breakdown of the main points', 'a practical approach you can follow', 'an overview with the trade-offs',
          'a draft you can adapt', 'the key considerations', 'a step-by-step outline', 'what I would recommend']

def generic_response(rng, prompt, n_tok):
    body = '%s %s.\n\n' % (rng.choice(OPENERS), rng.choice(FILLER))
    words = re.findall(r'[A-Za-z]{4,}', prompt)[:12]
    pts = []
    for i in range(rng.randint(2, 5)):
        w = rng.choice(words) if words else 'this'
        pts.append('%d. %s — %s.' % (i + 1, w.capitalize(), rng.choice(['consider the context first', 'this depends on your constraints', 'keep it simple and test early', 'there are a few options here', 'the usual recommendation applies'])))
    return body + '\n'.join(pts)

# ----------------------------------------------------------------------------- organic content

SMALLTALK = ['what should i cook tonight with chicken thighs, rice and some spinach', 'give me 5 names for a grey kitten',
             'how long do i boil an egg for a runny yolk', 'whats the difference between a roth and traditional ira',
             'translate "see you next week, take care" into Portuguese', 'is it normal for my sourdough starter to smell like acetone',
             'write a short birthday message for my coworker Dana, she loves hiking', 'explain the offside rule like im 10',
             'recommend some podcasts about history that are not too dry', 'how do i get rid of fruit flies',
             'suggest a 3 day itinerary for Lisbon on a budget', 'what is a good stretching routine for lower back pain',
             'help me write a polite complaint to my landlord about the heating', 'summarize the plot of Middlemarch in a paragraph',
             'why is the sky red at sunset', 'is coffee bad for you or not, honestly']

FOLLOWUPS_CASUAL = ['thanks! can you make it shorter?', 'ok and what about if I only have 20 minutes', 'can you give me another option',
                    'hmm that doesnt sound right, are you sure?', 'make it a bit funnier', 'great, now put that in a table',
                    'and in simpler words?', 'perfect thanks', 'what would you pick personally?', 'can you expand on point 2']

DEV_ERRORS = [
    "TypeError: Cannot read properties of undefined (reading 'map')\n    at ProductList (ProductList.jsx:14:22)",
    "ModuleNotFoundError: No module named 'torch._C'",
    "error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable",
    "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"users_email_key\"",
    "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a2b1c]",
    "Error: connect ECONNREFUSED 127.0.0.1:5432",
    "fatal: refusing to merge unrelated histories",
    "java.lang.OutOfMemoryError: Java heap space",
    "ValueError: Expected input batch_size (32) to match target batch_size (64).",
    "CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    "Segmentation fault (core dumped)",
    "KeyError: 'created_at'",
]
DEV_ASKS = ['getting this error, any idea?\n\n{e}', 'why does this happen: {e}', '{e}\n\nhow do I fix this',
            'my build broke with\n```\n{e}\n```\nwhat changed?', 'I keep seeing `{e}` in prod logs after the last deploy. where should I look first?']
DEV_FOLLOW = ['that didnt work, same error', 'ok that fixed it. can you also add tests for it?', 'can you rewrite it without the extra dependency?',
              'what about performance with ~1M rows?', 'now convert it to TypeScript', 'explain why your version works',
              'the linter complains about line 3', 'can you make it async', 'add type hints please', 'ok now refactor into smaller functions']

TOOLS_DEV = [['read_file', 'write_file', 'run_shell', 'search_code'], ['bash', 'str_replace_editor', 'view_file'],
             ['get_weather', 'search_web'], ['sql_query', 'list_tables', 'describe_table'], ['browser_open', 'browser_click', 'browser_read'],
             ['create_ticket', 'lookup_customer', 'refund_order'], ['run_tests', 'read_file', 'apply_patch', 'grep']]
TOOL_RESULTS = ['[tool_result] exit_code=1\nFAILED tests/test_api.py::test_pagination - AssertionError: 20 != 25',
                '[tool_result] {"rows": 3, "columns": ["id", "email", "plan"]}', '[tool_result] File written (214 lines).',
                '[tool_result] 12 matches in 5 files', '[tool_result] exit_code=0\n===== 48 passed in 3.21s =====',
                '[tool_result] HTTP 200 {"temp_c": 14.2, "conditions": "light rain"}', '[tool_result] Permission denied: /etc/nginx/nginx.conf',
                '[tool_result] Traceback (most recent call last):\n  File "app.py", line 88, in <module>\nImportError: cannot import name \'Settings\'']


def organic_thread(w, kind, extra=None):
    """Returns (system, [prompts], tools, [responses or None], out_scale)."""
    rng, C = w.rng, w.C
    if kind == 'casual':
        r = rng.random()
        if r < 0.25:
            hum = rng.choice(C.hh)
            ps = hum[:rng.randint(1, min(4, len(hum)))]
        elif r < 0.45:
            ps = [rng.choice(C.koala)]
        elif r < 0.58:
            ps = [rng.choice(C.vicuna)]
        elif r < 0.7:
            m = rng.choice(C.mt)
            ps = m['turns'][:rng.randint(1, 2)]
        elif r < 0.82:
            u = rng.choice(C.uo)
            inp = u['instances'][0]['input']
            ps = [u['instruction'] + ('\n\n' + inp if inp else '')]
        else:
            ps = [rng.choice(SMALLTALK)]
        if rng.random() < 0.3:
            ps = ps + rng.sample(FOLLOWUPS_CASUAL, rng.randint(1, 2))
        if rng.random() < 0.3:
            ps = [p.lower() if rng.random() < 0.5 else p for p in ps]
        return None, ps, None, None, 1.0
    if kind == 'writer':
        r = rng.random()
        if r < 0.4:
            m = rng.choice([x for x in C.mt if x['category'] in ('writing', 'roleplay', 'humanities')])
            ps = list(m['turns'])
        elif r < 0.7:
            hum = rng.choice(C.hh)
            seed = clip(' '.join(hum), 300)
            ps = [rng.choice(['Rewrite this so it reads like dialogue from a noir novel:\n', 'Edit for flow, keep my voice:\n',
                              'Turn this exchange into a short scene with stage directions:\n', 'I am drafting a story; tighten this passage:\n']) + seed]
        else:
            ps = [rng.choice(C.koala)]
        ps += rng.sample(['make the ending less predictable', 'now in first person', 'cut it to 150 words', 'more sensory detail please',
                          'give me three alternative titles', 'the middle drags, fix that'], rng.randint(0, 3))
        sysp = rng.choice([None, None, 'You are a thoughtful editor. Preserve the author\'s voice.', 'You help me write fiction. Be bold.'])
        return sysp, ps, None, None, 1.6
    if kind == 'developer':
        r = rng.random()
        if r < 0.35:
            ps = [rng.choice(C.arena_code)]
        elif r < 0.6:
            g = rng.choice(C.codegen)
            ps = [g['instruction'] + ('\n' + g['input'] if g['input'] else '')]
            return None, ps + rng.sample(DEV_FOLLOW, rng.randint(0, 3)), None, [g['response']], 1.0
        elif r < 0.85:
            ps = [rng.choice(DEV_ASKS).format(e=rng.choice(DEV_ERRORS))]
        else:
            he = rng.choice(C.humaneval)
            ps = [rng.choice(['my solution to this fails one test, what am I missing?\n', 'is there a cleaner way to write this?\n', '']) + he['prompt']]
        ps += rng.sample(DEV_FOLLOW, rng.randint(0, 4))
        return None, ps, None, None, 1.4
    if kind == 'agentic':
        tools = rng.choice(TOOLS_DEV)
        task = rng.choice(C.arena_code + [g['instruction'] for g in C.codegen[:800]] + [
            'fix the failing pagination test in tests/test_api.py', 'add a --dry-run flag to the deploy script',
            'migrate the settings module from pydantic v1 to v2', 'find where we leak file handles in the ingest worker',
            'write a GitHub action that runs the linter on PRs', 'bump the node version and fix whatever breaks'])
        n = rng.randint(3, 14)
        ps = [task] + [rng.choice(TOOL_RESULTS) for _ in range(n - 1)]
        sysp = rng.choice(['You are a coding agent working in the user\'s repository. Use tools; make minimal changes.',
                           'You are an autonomous software engineer. Think before acting. Prefer small, verifiable steps.',
                           None])
        return sysp, ps, tools, None, 0.8
    if kind == 'researcher':
        r = rng.random()
        if r < 0.45:
            g = rng.choice(C.gsm_test if rng.random() < 0.5 else C.gsm_train)
            ps = [rng.choice(['We are studying how models reason on arithmetic word problems. Please solve and show each step:\n\n',
                              'Step by step please:\n', 'For our annotation study, give your full reasoning, then the final number on its own line.\n\n',
                              'Solve. I need intermediate quantities labelled.\n']) + g['question']]
            resp = [gsm_answer_text(g['answer'])]
            ps += rng.sample(['where exactly could a model go wrong here?', 'could you verify the arithmetic in step 2?', 'now give a different solution path'], rng.randint(0, 2))
            return None, ps, None, resp, 1.5
        if r < 0.8:
            ps = [rng.choice(C.arena_other)]
            ps += rng.sample(['explain your reasoning in more detail', 'what are the assumptions here?', 'can you cite relevant literature?',
                              'reason through it again from first principles'], rng.randint(0, 2))
            return None, ps, None, None, 1.8
        m = rng.choice([x for x in C.mt if x['category'] in ('reasoning', 'math', 'stem')])
        return None, list(m['turns']), None, None, 1.5
    if kind == 'hobbyist':
        r = rng.random()
        if r < 0.35:
            seeds = rng.sample(C.seed, 3)
            p = rng.choice(['I\'m building a small instruction dataset for a hobby finetune. Here is the prompt I use:\n\n', '']) + C.alpaca
            for i, s in enumerate(seeds):
                p += '\n###\n%d. Instruction: %s\n%d. Input:\n%s\n%d. Output:\n%s' % (i + 1, s['instruction'], i + 1, s['instances'][0]['input'] or '<noinput>', i + 1, s['instances'][0]['output'])
            return None, [p], None, None, 4.0
        if r < 0.65:
            rp = rng.choice(C.roleplay)
            return rng.choice([None, 'Stay in character.']), [rp['instruction']], None, [rp['response']], 1.3
        s = rng.choice(C.seed)
        return None, ['Give me 10 more examples in the style of this one, as JSON lines:\n' + s['instruction'] + '\n' + (s['instances'][0]['input'] or '')], None, None, 3.0
    raise ValueError(kind)


def run_organic_account(w, acc, kind, stack, ipf, tz, n_req, profile='evening', conv_p=0.8, model_choices=None,
                        mt_choices=(None, 1024, 2048, 4096), temp_choices=(None, 0.7, 1.0), stream_p=0.6,
                        reasoning_p=0.1, gap=(20, 240), extra_thread=None, err=0.01, rl=0.004, system_override=None,
                        active_days=None):
    rng = w.rng
    done = 0
    while done < n_req:
        if extra_thread:
            system, ps, tools, resps, scale = extra_thread()
        else:
            system, ps, tools, resps, scale = organic_thread(w, kind)
        if system_override is not None:
            system = system_override
        day = rng.choice(active_days) if active_days else None
        t = w.rand_day_time(tz, profile, day=day)
        conv = w.rid('conv_', 14) if (len(ps) > 1 or rng.random() < 0.5) and rng.random() < conv_p else None
        ip = ipf()
        hist = 0
        mt = rng.choice(mt_choices)
        temp = rng.choice(temp_choices)
        stream = rng.random() < stream_p
        model = rng.choice(model_choices) if model_choices else None
        reason = rng.random() < reasoning_p
        for i, p in enumerate(ps):
            if done >= n_req:
                break
            resp = resps[i] if resps and i < len(resps) and resps[i] else None
            trace = rng.choice(w.C.trace_code if kind in ('developer', 'agentic') else w.C.trace_conv)
            out = max(12, int(trace[1] * scale * rng.uniform(0.6, 1.5)))
            if resp is None:
                resp = generic_response(rng, p, out)
            rt = int(out * rng.uniform(0.5, 3)) if reason else None
            r = w.emit(acc, t, stack, ip, p, system=system, conv=conv, turn=i + 1, tools=tools, max_tokens=mt,
                       temperature=temp, stream=stream, model=model, out_tokens=out, reasoning=rt, response=resp,
                       history_tokens=hist, err_rate=err, rl_rate=rl)
            done += 1
            hist += toks(p) + out
            t += timedelta(seconds=rng.uniform(*gap) if not tools else rng.uniform(2, 25))
            if rng.random() < 0.03:
                ip = ipf()
    return done


def n_lognorm(rng, mean, sigma=0.6, lo=1, hi=10 ** 6):
    mu = math.log(mean) - sigma * sigma / 2
    return max(lo, min(hi, int(round(rng.lognormvariate(mu, sigma)))))

COUNTRY_MIX = [('US', 30), ('IN', 10), ('GB', 7), ('DE', 7), ('FR', 4), ('BR', 5), ('JP', 4), ('CA', 4), ('AU', 3), ('KR', 3),
               ('NL', 2), ('PL', 2), ('ES', 3), ('VN', 2), ('ID', 2), ('TR', 2), ('NG', 2), ('MX', 2), ('SG', 2)]

def pick_country(rng):
    c = cum([x[1] for x in COUNTRY_MIX])
    return COUNTRY_MIX[bisect.bisect_right(c, rng.random() * c[-1])][0]

CONSUMER_MAIL = {'US': ['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'proton.me'],
                 'DE': ['gmail.com', 'gmx.de', 'web.de', 't-online.de'], 'FR': ['gmail.com', 'orange.fr', 'free.fr'],
                 'IN': ['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com'], 'JP': ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'],
                 'KR': ['naver.com', 'gmail.com', 'daum.net'], 'BR': ['gmail.com', 'hotmail.com', 'uol.com.br'],
                 'GB': ['gmail.com', 'outlook.com', 'btinternet.com', 'icloud.com']}

def consumer_mail(rng, country):
    return rng.choice(CONSUMER_MAIL.get(country, ['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'proton.me']))

# ----------------------------------------------------------------------------- organic personas

def org_enterprise(w, name, domain, n_acc, req_per, cloud, stack_kind, sysprompt, content, country='US', profile='office', tz=None, nat=False, zdr=False):
    rng, N = w.rng, w.N
    org = 'org_' + h(name + str(w.seed), 10)
    card = w.card()
    t0 = w.start - timedelta(days=rng.uniform(20, 300))
    egress = [N.cloud(rng, cloud) for _ in range(rng.randint(2, 4))] if not nat else [N.residential(rng, country) if rng.random() < 0.0 else N.v4(rng, rng.choice([701, 7018, 3320, 2856]))]
    accs = []
    for i in range(n_acc):
        a = w.add_account('organic', 'verified-enterprise', created_at=t0 + timedelta(seconds=rng.uniform(0, 600) if i < n_acc * 0.8 else rng.uniform(0, 86400 * 30)),
                          org_id=org, email_domain=domain, payment=card, signup_ip=egress[0], country=country, tier='enterprise', verified=True)
        a['_zdr'] = zdr
        accs.append(a)
    tz = Nets.TZ.get(country, 0) if tz is None else tz
    for a in accs:
        st = make_stack(rng, stack_kind)
        n = n_lognorm(rng, req_per, 0.4)
        run_organic_account(w, a, None, st, lambda: rng.choice(egress), tz, n, profile=profile, conv_p=0.2,
                            mt_choices=(1024, 2048), temp_choices=(0.2, 0.3), stream_p=0.3, reasoning_p=0.0,
                            gap=(1, 30), extra_thread=lambda: content(rng), system_override=sysprompt)
    return accs


def ent_support(rng):
    prod = rng.choice(['router', 'subscription', 'invoice', 'smart thermostat', 'mobile plan', 'delivery'])
    iss = rng.choice(['was charged twice', 'keeps disconnecting every evening', 'never arrived', 'shows the wrong address',
                      'cannot log in since the update', 'wants to cancel but the button is greyed out', 'got a refund for the wrong amount'])
    t = 'Ticket #%d from customer (tier %s): My %s %s. %s' % (rng.randint(100000, 999999), rng.choice(['gold', 'basic', 'pro']), prod, iss,
                                                             rng.choice(['Please help asap.', 'This is the third time I write.', '', 'Order ref attached.']))
    return None, [t], None, None, 0.6

def ent_docs(rng):
    hum = rng.choice(CORP.hh)
    t = rng.choice(['Summarise the following meeting transcript into decisions and action items:\n', 'Extract key risks from this memo:\n',
                    'Classify the sentiment and urgency of this message:\n', 'Produce a three-bullet executive summary:\n']) + clip(' '.join(hum), 700)
    return None, [t], None, None, 0.5

def ent_legal(rng):
    u = rng.choice(CORP.uo)
    t = rng.choice(['Review clause 14.2 for indemnity exposure: ', 'Draft a redline comment for: ', 'Compare against our standard NDA: ']) + \
        rng.choice(['"The Supplier shall indemnify the Customer against all losses arising from any breach."',
                    '"Either party may terminate on 30 days\' written notice."', '"Liability is capped at fees paid in the preceding 12 months."',
                    '"Confidential Information excludes information independently developed."']) + ' ' + clip(u['instruction'], 80)
    return None, [t], None, None, 0.9

def ent_codeassist(rng):
    g = rng.choice(CORP.codegen)
    return None, [g['instruction'] + ('\n' + g['input'] if g['input'] else '')], rng.choice([None, ['search_codebase', 'read_file']]), [g['response']], 0.9

def ent_translate(rng):
    hum = rng.choice(CORP.hh)
    lang = rng.choice(['German', 'Japanese', 'Brazilian Portuguese', 'French', 'Korean', 'Spanish (Mexico)'])
    return None, ['Target language: %s\nRegister: formal\nSource:\n%s' % (lang, clip(' '.join(hum), 500))], None, None, 1.0


def campus(w, n_students, country, domain, req_mean, name):
    rng, N = w.rng, w.N
    nat = [N.uni(rng, country) for _ in range(rng.randint(1, 3))]
    tz = Nets.TZ.get(country, 0)
    accs = []
    for i in range(n_students):
        a = w.add_account('organic', 'campus-nat', created_at=w.start - timedelta(days=rng.uniform(0, 400)),
                          email_domain=domain if rng.random() < 0.6 else consumer_mail(rng, country), payment=None if rng.random() < 0.7 else w.card(),
                          signup_ip=rng.choice(nat), country=country, tier='free' if rng.random() < 0.75 else 'build')
        kind = rng.choice(['casual', 'casual', 'developer', 'writer', 'researcher'])
        st = make_stack(rng, rng.choice(['browser', 'browser', 'openai_py', 'requests', 'ios_safari', 'openai_node']))
        home = N.residential(rng, country)
        run_organic_account(w, a, kind, st, lambda: rng.choice(nat) if rng.random() < 0.8 else home, tz, n_lognorm(rng, req_mean, 0.8),
                            profile='student', model_choices=['atlas-3-mini', 'atlas-3'])
        accs.append(a)
    return accs


def classroom(w, n_students, country, domain, items, wrapper, deadline_days, n_per):
    rng, N = w.rng, w.N
    nat = N.uni(rng, country)
    tz = Nets.TZ.get(country, 0)
    t0 = w.start + timedelta(days=rng.uniform(-3, 1))
    teacher_sys = wrapper[0]
    for i in range(n_students):
        a = w.add_account('organic', 'classroom', created_at=t0 + timedelta(minutes=rng.uniform(0, 90)) if rng.random() < 0.7 else t0 - timedelta(days=rng.uniform(1, 200)),
                          email_domain=domain, payment=None, signup_ip=nat, country=country, tier='free')
        st = make_stack(rng, rng.choice(['browser', 'browser', 'browser', 'openai_py']))
        home = N.residential(rng, country) if rng.random() < 0.8 else N.mobile(rng, country)
        n = n_lognorm(rng, n_per, 0.4)
        for j in range(n):
            g = rng.choice(items)
            d = rng.choice(deadline_days)
            # cram before deadline
            t = w.start + timedelta(days=d) - timedelta(hours=rng.expovariate(1 / 10.0)) - timedelta(hours=tz)
            p = wrapper[1].format(q=g['question'])
            if rng.random() < 0.25:
                p = p + rng.choice([' (I got a different number, please check)', ' i dont get it', ''])
            w.emit(a, t, st, nat if rng.random() < 0.5 else home, p, system=teacher_sys, conv=w.rid('conv_', 14), turn=1,
                   max_tokens=1024, temperature=0.7, stream=True, model='atlas-3-mini', out_tokens=rng.randint(150, 500),
                   response=gsm_answer_text(g['answer']), rl_rate=0.02)
            if rng.random() < 0.3:
                w.emit(a, t + timedelta(seconds=rng.uniform(30, 300)), st, nat, rng.choice(['why do we subtract there?', 'can you explain step 2 again', 'so the answer is the same?', 'thanks']),
                       system=teacher_sys, conv=None, turn=2, max_tokens=1024, temperature=0.7, stream=True, model='atlas-3-mini', history_tokens=300)


def eval_harness(w, lab, n_acc, runs, items_fn, cloud, stack_kind, sysprompt, verified=True, mt=4096, reasoning=False, tier='scale'):
    rng, N = w.rng, w.N
    org = 'org_' + h(lab + str(w.seed), 10)
    card = w.card()
    egress = [N.cloud(rng, cloud) for _ in range(rng.randint(3, 8))]
    t0 = w.start - timedelta(days=rng.uniform(30, 400))
    accs = [w.add_account('organic', 'eval-harness', created_at=t0 + timedelta(minutes=rng.uniform(0, 20)), org_id=org,
                          email_domain=lab, payment=card, signup_ip=egress[0], country='US', tier=tier, verified=verified) for _ in range(n_acc)]
    st = make_stack(rng, stack_kind)
    for r in range(runs):
        a = rng.choice(accs)
        items = items_fn(rng)
        t = w.start + timedelta(seconds=rng.uniform(0, w.days * 86400))
        ip = rng.choice(egress)
        temp = rng.choice([0.0, 0.0, 0.6, 1.0])
        for (p, resp) in items:
            t += timedelta(seconds=rng.expovariate(1 / 1.2))
            out = toks(resp) if resp else rng.randint(100, 600)
            w.emit(a, t, st, ip, p, system=sysprompt, conv=None, turn=1, max_tokens=mt, temperature=temp, stream=False,
                   model=rng.choice(['atlas-3', 'atlas-3-mini', 'atlas-3-think']) if not reasoning else 'atlas-3-think', out_tokens=int(out * rng.uniform(1, 2.5)),
                   reasoning=(rng.randint(400, 6000) if reasoning else None), response=resp, rl_rate=0.03, err_rate=0.01)


def gsm_items(n, src='test'):
    def f(rng):
        pool = CORP.gsm_test if src == 'test' else CORP.gsm_train
        st = rng.randrange(len(pool) - n)
        return [(g['question'], gsm_answer_text(g['answer'])) for g in pool[st:st + n]]
    return f

def he_items(n):
    def f(rng):
        return [(x['prompt'], x['prompt'] + x['canonical_solution']) for x in CORP.humaneval[:n]]
    return f


def individuals(w, persona, n, kind, stacks, net, req_mean, profile, sigma=0.8, tier_p=(0.5, 0.45, 0.05), reasoning_p=0.1,
                model_choices=None, conv_p=0.7, mt_choices=(None, 1024, 4096), country_fn=None):
    rng, N = w.rng, w.N
    for i in range(n):
        c = country_fn(rng) if country_fn else pick_country(rng)
        tier = rng.choices(['free', 'build', 'scale'], weights=tier_p)[0]
        home = N.residential(rng, c, v6p=0.15)
        a = w.add_account('organic', persona, email_domain=consumer_mail(rng, c) if rng.random() < 0.8 else rng.choice(['fastmail.com', 'hey.com', 'mailbox.org', h(str(rng.random()), 6) + '.dev']),
                          payment=None if tier == 'free' else w.card(), signup_ip=home, country=c, tier=tier)
        sk = rng.choice(stacks)
        st = make_stack(rng, sk)
        tz = Nets.TZ.get(c, 0)
        if net == 'home':
            mob = N.mobile(rng, c)
            ipf = lambda home=home, mob=mob: home if rng.random() < 0.85 else mob
        elif net == 'vpn':
            vp = [N.vpnip(rng) for _ in range(rng.randint(2, 6))]
            ipf = lambda vp=vp, home=home: rng.choice(vp) if rng.random() < 0.85 else home
        elif net == 'mobile':
            ipf = lambda c=c: N.mobile(rng, c)
        elif net == 'devbox':
            box = N.cloud(rng, rng.choice(['aws', 'gcp', 'hetzner', 'do', 'azure']))
            ipf = lambda box=box, home=home: box if rng.random() < 0.5 else home
        run_organic_account(w, a, kind, st, ipf, tz, n_lognorm(rng, req_mean, sigma), profile=profile, reasoning_p=reasoning_p,
                            model_choices=model_choices, conv_p=conv_p, mt_choices=mt_choices)

# ----------------------------------------------------------------------------- attack operations

def fresh_mail(rng, style):
    if style == 'disposable':
        return rng.choice(['tmpinbox.dev', 'mail-drop.cc', 'sharklasers.com', 'inboxkitten.com', 'burnermail.io', 'fakemail.top'])
    if style == 'lookalike':
        return rng.choice(['gmai1.com', 'gmail.co', 'outlok.com', 'protonmail.co', 'yahooo.net', 'iclould.com'])
    if style == 'consumer':
        return rng.choice(['gmail.com', 'gmail.com', 'gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'hotmail.com'])
    return style


class Pool:
    """Shared work queue: items handed out without replacement across an operation."""
    def __init__(self, rng, items):
        self.items = list(items)
        rng.shuffle(self.items)
        self.i = 0
    def take(self):
        it = self.items[self.i % len(self.items)]
        self.i += 1
        return it


def compose(rng, *parts):
    out = []
    for p in parts:
        if isinstance(p, (list, tuple)):
            x = rng.choice(p)
        else:
            x = p
        if x:
            out.append(x)
    return ''.join(out)


# ---- op: sloppy fleet (infra reuse)
def op_sloppy(w, camp, n_acc, req_mean, mail_style, proxy, stack_kind, n_cards, target, bursts, country):
    rng, N = w.rng, w.N
    cards = [w.card() for _ in range(n_cards)]
    proxies = [(N.datacenter(rng) if proxy == 'dc' else N.vpnip(rng)) for _ in range(max(8, n_acc // 5))]
    stack = make_stack(rng, stack_kind)
    burst_times = [w.start + timedelta(days=rng.uniform(-6, w.days * 0.5)) for _ in range(bursts)]
    burst_times.sort()
    accs = []
    for i in range(n_acc):
        bt = rng.choice(burst_times)
        a = w.add_account('attack', 'proxy-fleet', campaign=camp, created_at=bt + timedelta(seconds=rng.uniform(0, 1500)),
                          email_domain=fresh_mail(rng, mail_style), payment=rng.choice(cards), signup_ip=rng.choice(proxies),
                          country=country if rng.random() < 0.8 else rng.choice(['US', 'SG', 'NL']), tier='build')
        a['_born'] = bt
        accs.append(a)
    gen = TARGETS[target]
    sysp = gen.get('system')
    for a in accs:
        my_proxies = rng.sample(proxies, rng.randint(1, 3))
        n = n_lognorm(rng, req_mean, 0.35, lo=8)
        born = max(w.start, datetime.strptime(a['created_at'][:19], '%Y-%m-%dT%H:%M:%S').replace(tzinfo=timezone.utc))
        # waves: a few working sessions, fast cadence
        t = born + timedelta(hours=rng.uniform(0.2, 30))
        done = 0
        while done < n and t < w.end:
            k = min(n - done, rng.randint(5, 15))
            for j in range(k):
                p, resp, extra = gen['make'](rng)
                out = extra.get('out', rng.randint(300, 1400))
                w.emit(a, t, stack, rng.choice(my_proxies), p, system=sysp(rng) if callable(sysp) else sysp, conv=None, turn=1,
                       max_tokens=extra.get('mt', 4096), temperature=extra.get('temp', 0.7), stream=False,
                       model=extra.get('model', 'atlas-3'), out_tokens=out, reasoning=extra.get('reason'), response=resp,
                       rl_rate=0.05, err_rate=0.02)
                t += timedelta(seconds=rng.uniform(4, 40))
                done += 1
            t += timedelta(hours=rng.uniform(6, 60))


# ---- op: careful, shared work queue, residential, aged accounts, multi-turn
def op_careful(w, camp, n_acc, req_mean, pool_items, phrasing, followups, countries):
    rng, N = w.rng, w.N
    pool = Pool(rng, pool_items)
    for i in range(n_acc):
        c = rng.choice(countries)
        home = N.residential(rng, c, v6p=0.1)
        created = w.start - timedelta(days=rng.uniform(60, 330), seconds=rng.uniform(0, 86400))
        a = w.add_account('attack', 'aged-residential', campaign=camp, created_at=created, email_domain=fresh_mail(rng, 'consumer') if rng.random() < 0.85 else rng.choice(['fastmail.com', 'mailbox.org', 'gmx.net']),
                          payment=w.card(), signup_ip=N.residential(rng, c), country=c, tier=rng.choice(['build', 'build', 'free']))
        kind = rng.random()
        if kind < 0.45:
            st = make_stack(rng, 'browser')
        elif kind < 0.7:
            st = make_stack(rng, rng.choice(['openai_py', 'anthropic_py', 'openai_node', 'httpx', 'curl']))
        else:
            # randomised / spoofed: browser UA with unusual JA4, or random JA4 per account
            st = make_stack(rng, 'browser')
            st = dict(st, ja4='t13d%02d%02dh2_%s_%s' % (rng.randint(14, 19), rng.randint(13, 17), h(str(rng.random())), h(str(rng.random()))))
        mob = N.mobile(rng, c)
        tz = Nets.TZ.get(c, 0)
        n = n_lognorm(rng, req_mean, 0.45, lo=6)
        done = 0
        while done < n:
            item = pool.take()
            t = w.rand_day_time(tz, rng.choice(['office', 'evening']))
            conv = w.rid('conv_', 14) if rng.random() < 0.7 else None
            ip = home if rng.random() < 0.85 else mob
            if rng.random() < 0.12:
                # cover
                sysx, ps, tools, resps, scale = organic_thread(w, rng.choice(['casual', 'writer']))
                for j, p in enumerate(ps[:3]):
                    w.emit(a, t, st, ip, p, conv=conv, turn=j + 1, max_tokens=rng.choice([None, 2048]), temperature=rng.choice([None, 0.7]), stream=True,
                           out_tokens=rng.randint(80, 600), response=generic_response(rng, p, 100), history_tokens=j * 400)
                    t += timedelta(seconds=rng.uniform(40, 400))
                    done += 1
                continue
            p, resp, extra = phrasing(rng, item)
            mt = rng.choice([None, 4096, 8192, 16000])
            stream = rng.random() < 0.8
            out = extra.get('out', rng.randint(400, 1800))
            reason = rng.randint(800, 9000) if rng.random() < 0.5 else None
            model = 'atlas-3-think' if reason else 'atlas-3'
            w.emit(a, t, st, ip, p, conv=conv, turn=1, max_tokens=mt, temperature=rng.choice([None, 0.7, 1.0]), stream=stream, model=model,
                   out_tokens=out, reasoning=reason, response=resp)
            done += 1
            hist = toks(p) + out
            nf = rng.choices([0, 1, 2, 3], weights=[3, 4, 3, 1])[0]
            for j in range(nf):
                t += timedelta(seconds=rng.uniform(45, 600))
                fp = followups(rng)
                o2 = rng.randint(200, 1200)
                w.emit(a, t, st, ip, fp, conv=conv, turn=j + 2, max_tokens=mt, temperature=None, stream=stream, model=model,
                       out_tokens=o2, reasoning=(rng.randint(300, 4000) if reason else None), response=None if rng.random() < 0.0 else generic_response(rng, fp, o2),
                       history_tokens=hist)
                hist += toks(fp) + o2
                done += 1


# ---- op: sub-teams with different stacks/networks and cover traffic
def op_subteams(w, camp, teams):
    rng, N = w.rng, w.N
    for tm in teams:
        cards = [w.card() for _ in range(tm['cards'])]
        if tm['net'] == 'cloud':
            egress = [N.cloud(rng, tm['cloud']) for _ in range(tm.get('n_ips', 6))]
            ipf = lambda egress=egress: rng.choice(egress)
        elif tm['net'] == 'resi-proxy':
            ipf = lambda: N.residential(rng, rng.choice(['US', 'US', 'GB', 'DE', 'CA', 'BR', 'IN']))
        elif tm['net'] == 'mobile-proxy':
            ipf = lambda: N.mobile(rng, rng.choice(['US', 'IN', 'ID', 'VN', 'BR']))
        elif tm['net'] == 'vpn':
            vp = [N.vpnip(rng) for _ in range(30)]
            ipf = lambda vp=vp: rng.choice(vp)
        else:
            dc = [N.datacenter(rng) for _ in range(20)]
            ipf = lambda dc=dc: rng.choice(dc)
        t_created0 = w.start - timedelta(days=rng.uniform(2, 90))
        for i in range(tm['n']):
            c = rng.choice(tm['countries'])
            a = w.add_account('attack', tm['persona'], campaign=camp,
                              created_at=t_created0 + timedelta(hours=rng.uniform(0, tm.get('spread_h', 24 * 20))),
                              email_domain=fresh_mail(rng, tm['mail']), payment=(w.card() if tm['cards'] >= tm['n'] else rng.choice(cards)) if cards else None, signup_ip=ipf(), country=c,
                              tier=tm.get('tier', 'build'), org_id=tm.get('org'))
            st = make_stack(rng, rng.choice(tm['stacks']))
            tz = Nets.TZ.get(c, 0)
            n = n_lognorm(rng, tm['req'], 0.4, lo=6)
            done = 0
            while done < n:
                t = w.rand_day_time(tz, tm.get('profile', 'office'))
                if rng.random() < tm['cover']:
                    sysx, ps, tools, resps, scale = organic_thread(w, rng.choice(['casual', 'developer', 'writer']))
                    for j, p in enumerate(ps[:rng.randint(1, 3)]):
                        w.emit(a, t, st, ipf(), p, system=sysx, conv=None, turn=j + 1, max_tokens=rng.choice([None, 1024, 2048]), temperature=rng.choice([None, 0.7]),
                               stream=rng.random() < 0.5, out_tokens=rng.randint(60, 700), response=(resps[0] if resps and j == 0 else generic_response(rng, p, 100)), history_tokens=j * 300)
                        t += timedelta(seconds=rng.uniform(20, 200))
                        done += 1
                    continue
                gen = TARGETS[rng.choice(tm['targets'])]
                p, resp, extra = gen['make'](rng)
                sysp = gen.get('system')
                tools = extra.get('tools')
                steps = extra.get('steps', [])
                ip = ipf()
                conv = w.rid('conv_', 14) if steps and rng.random() < 0.5 else None
                out = extra.get('out', rng.randint(300, 1500))
                w.emit(a, t, st, ip, p, system=sysp(rng) if callable(sysp) else sysp, conv=conv, turn=1, tools=tools,
                       max_tokens=extra.get('mt', 4096), temperature=extra.get('temp', 0.8), stream=rng.random() < tm.get('stream', 0.3),
                       model=extra.get('model'), out_tokens=out, reasoning=extra.get('reason'), response=resp, rl_rate=0.02)
                done += 1
                hist = toks(p) + out
                for j, sp in enumerate(steps):
                    t += timedelta(seconds=rng.uniform(1.5, 12))
                    o2 = rng.randint(80, 600)
                    w.emit(a, t, st, ip, sp, system=sysp(rng) if callable(sysp) else sysp, conv=conv, turn=j + 2, tools=tools,
                           max_tokens=extra.get('mt', 4096), temperature=extra.get('temp', 0.8), stream=False, model=extra.get('model'),
                           out_tokens=o2, response=None, history_tokens=hist)
                    hist += toks(sp) + o2
                    done += 1


# ---- op: bare items, extended reasoning, rotating residential proxies
def op_bare(w, camp, n_acc, req_mean, sources, mail_style, rotate, stack_kinds, think_budget):
    rng, N = w.rng, w.N
    items = []
    for s in sources:
        items += BARE_SOURCES[s]()
    pool = Pool(rng, items)
    for i in range(n_acc):
        c = rng.choice(['US', 'US', 'GB', 'CA', 'DE', 'IN', 'BR'])
        a = w.add_account('attack', 'bare-reasoning', campaign=camp, created_at=w.start - timedelta(days=rng.uniform(0, 45)),
                          email_domain=fresh_mail(rng, mail_style), payment=w.card() if rng.random() < 0.8 else None,
                          signup_ip=N.residential(rng, c), country=c, tier=rng.choice(['free', 'build', 'build']))
        st = make_stack(rng, rng.choice(stack_kinds))
        n = n_lognorm(rng, req_mean, 0.4, lo=6)
        t = w.rand_day_time(Nets.TZ.get(c, 0), 'night_owl')
        sticky = N.residential(rng, c)
        for j in range(n):
            p, resp = pool.take()
            if rng.random() < 0.15:
                p = p.strip() + rng.choice(['', '\n', ' ', '\n\n'])
            ip = N.residential(rng, rng.choice(['US', 'US', 'GB', 'CA', 'DE', 'IN', 'BR', c])) if rotate else sticky
            rt = rng.randint(*think_budget)
            w.emit(a, t, st, ip, p, system=None, conv=None, turn=1, max_tokens=rng.choice([32000, 32768, 64000]), temperature=1.0,
                   stream=True, model='atlas-3-think', out_tokens=rng.randint(400, 2500), reasoning=rt, response=resp, rl_rate=0.03)
            t += timedelta(seconds=rng.expovariate(1 / 900.0) + 60)
            if rng.random() < 0.08:
                t += timedelta(hours=rng.uniform(8, 40))
            if t >= w.end:
                t = w.rand_day_time(Nets.TZ.get(c, 0), 'night_owl')


# ---- op: tutoring-app front (unverified org, one app system prompt, harvesting stepwise solutions)
def op_appfront(w, camp, n_acc, req_mean, appname):
    rng, N = w.rng, w.N
    org = 'org_' + h(appname + str(w.seed), 10)
    egress = [N.cloud(rng, 'aws') for _ in range(3)] + [N.cloud(rng, 'gcp') for _ in range(2)]
    sysp = ('You are %s, a friendly study companion for high-school and university students. Always explain your thinking in full, '
            'numbered steps, restate the question, check your work, and end with a one-line summary. Never skip steps.' % appname)
    t0 = w.start - timedelta(days=rng.uniform(10, 40))
    gen_pool = Pool(rng, CORP.gsm_train[:4000] + [{'question': x, 'answer': None} for x in CORP.arena_other])
    for i in range(n_acc):
        a = w.add_account('attack', 'app-front', campaign=camp, created_at=t0 + timedelta(days=rng.uniform(0, 12)), org_id=org,
                          email_domain=appname.lower().replace(' ', '') + '.app', payment=w.card(), signup_ip=rng.choice(egress),
                          country='US', tier='build', verified=False)
        st = make_stack(rng, rng.choice(['openai_node', 'undici']))
        n = n_lognorm(rng, req_mean, 0.5, lo=8)
        for j in range(n):
            it = gen_pool.take()
            q = it['question']
            p = compose(rng, ['', '', 'Student question: ', 'Q: ', 'Homework help — '], q,
                        ['', '', '\n\n(Grade level: %d)' % rng.randint(7, 13), '\n\nStudent says: I am stuck, please explain every step.'])
            t = w.rand_day_time(-5, 'student')
            w.emit(a, t, st, rng.choice(egress), p, system=sysp, conv=w.rid('conv_', 14), turn=1, max_tokens=rng.choice([4096, 8192]),
                   temperature=0.4, stream=True, out_tokens=rng.randint(500, 1800), reasoning=rng.randint(500, 3000) if rng.random() < 0.4 else None,
                   model='atlas-3', response=gsm_answer_text(it['answer']) if it['answer'] else None)


# ----------------------------------------------------------------------------- harvest targets (each op phrases in its own words)

def t_cot_a(rng):
    g = rng.choice(CORP.gsm_train)
    p = compose(rng,
                ['Think carefully and reason step by step before answering.\n\n', 'Let\'s work this out methodically.\n', 'Reason aloud, one step per line. ',
                 'Explain your full chain of reasoning, then give the final answer.\n', ''],
                ['Problem: ', 'Question: ', 'Q: ', ''], g['question'],
                ['\n\nEnd with "Final answer: <number>".', '\nFormat: reasoning first, then ANSWER: <value>', '\nShow every intermediate calculation.', ''])
    return p, gsm_answer_text(g['answer']), dict(mt=rng.choice([2048, 4096]), temp=rng.choice([0.7, 0.9, 1.0]), out=rng.randint(250, 900))

def t_selfinstruct(rng):
    seeds = rng.sample(CORP.seed, rng.randint(2, 4))
    n = rng.choice([15, 20, 25, 30])
    head = compose(rng, ['Produce ', 'Generate ', 'Create ', 'Write ', 'Brainstorm '], '%d ' % n,
                   ['new, diverse task instructions', 'fresh instruction/response pairs', 'varied user requests with ideal answers', 'novel tasks for an assistant, each with an input and output'],
                   [' spanning coding, writing, maths, classification and open QA.', ' covering as many task types as possible.', '. Avoid repeating verbs.', '.'],
                   ['\nReturn JSONL with keys instruction, input, output.', '\nUse the numbered format shown below.', '\nOutput must be valid JSON array.', ''])
    ex = ''.join('\nExample %d:\n instruction: %s\n input: %s\n output: %s\n' % (i + 1, s['instruction'], s['instances'][0]['input'] or '(none)', clip(s['instances'][0]['output'], 300)) for i, s in enumerate(seeds))
    return head + '\n' + ex, None, dict(mt=rng.choice([4096, 8192]), temp=rng.choice([1.0, 1.1, 1.2]), out=rng.randint(1800, 4000))

def t_selfinstruct_answer(rng):
    k = rng.randint(4, 8)
    its = rng.sample(CORP.seed + CORP.uo, k)
    p = compose(rng, ['Answer each of the following as a top-quality assistant would. ', 'Write ideal responses for these prompts. ', 'Respond to every item below thoroughly. '],
                ['Number your answers.', 'Separate answers with ###.', 'Keep each under 250 words.', ''])
    for i, s in enumerate(its):
        p += '\n%d) %s %s' % (i + 1, s['instruction'], s['instances'][0]['input'])
    return p, None, dict(mt=8192, temp=0.9, out=rng.randint(1500, 3500))

def t_code_a(rng):
    if rng.random() < 0.5:
        g = rng.choice(CORP.codegen)
        p = compose(rng, ['Implement: ', 'Task — ', 'Write production-quality code for the following. ', ''], g['instruction'],
                    ('\nInput: ' + g['input']) if g['input'] else '',
                    ['\nInclude docstrings and unit tests.', '\nExplain the approach before the code.', '\nReturn only code.', '\nGive time and space complexity.', ''])
        return p, g['response'], dict(mt=4096, temp=0.2, out=rng.randint(300, 1200))
    he = rng.choice(CORP.humaneval)
    p = compose(rng, ['Complete the function. Think through edge cases first.\n', 'Finish this implementation and justify each branch:\n', 'Solve:\n'], he['prompt'])
    return p, he['canonical_solution'], dict(mt=4096, temp=0.2, out=rng.randint(200, 900))

AGENT_TASKS = ['Set up a FastAPI service with JWT auth and write tests', 'Find and fix the race condition in worker/queue.py',
               'Port the CLI from argparse to click and keep behaviour identical', 'Add retry with exponential backoff to the HTTP client',
               'Write a migration that splits the name column into first/last', 'Profile the image resize endpoint and speed it up',
               'Implement an LRU cache with TTL and benchmarks', 'Build a scraper for the given sitemap and store pages in sqlite',
               'Create a Dockerfile and CI pipeline for this repo', 'Refactor the payment module to use dependency injection']

def t_agentic(rng):
    tools = rng.choice([['bash', 'read_file', 'write_file', 'run_tests'], ['execute_python', 'file_editor', 'search'], ['shell', 'edit', 'view', 'submit']])
    if rng.random() < 0.5:
        tf = rng.choice(CORP.toolformer)
        task = tf['instruction'].split('\n')[-1] + ('\nInput: ' + tf['input'] if tf['input'] else '')
    else:
        task = rng.choice(AGENT_TASKS) + rng.choice(['', ' in the repo at /workspace', '. Work autonomously until tests pass.', '. Narrate your plan before each tool call.'])
    steps = [rng.choice(TOOL_RESULTS) for _ in range(rng.randint(2, 6))]
    return task, None, dict(tools=tools, steps=steps, mt=8192, temp=0.3, out=rng.randint(200, 900))

def t_judge(rng):
    r = rng.random()
    if r < 0.5:
        g = rng.choice(CORP.gsm_train)
        q = g['question']
        a = gsm_answer_text(g['answer'])
        if rng.random() < 0.5:
            a = re.sub(r'\d+', lambda m: str(int(m.group()) + rng.choice([1, -1, 10])), a, count=rng.randint(1, 3))
    elif r < 0.8:
        g = rng.choice(CORP.codegen)
        q, a = g['instruction'], g['response']
    else:
        hh = rng.choice(CORP.hh)
        q, a = hh[0], generic_response(rng, hh[0], 100)
    crit = rng.sample(['correctness', 'completeness', 'clarity', 'reasoning validity', 'helpfulness', 'harmlessness', 'conciseness', 'code quality'], 3)
    p = compose(rng, ['Evaluate the response below. ', 'You will grade an answer. ', 'Score this candidate solution. ', 'Act as an impartial judge. '],
                'Criteria: %s. ' % ', '.join(crit),
                ['Give a 1-10 score per criterion, ', 'Rate each criterion from 1 to 5, ', 'Assign an overall score out of 10, '],
                ['then a detailed justification.', 'explaining every deduction step by step.', 'then write the corrected answer if wrong.'],
                '\n\n[QUESTION]\n', q, '\n\n[RESPONSE]\n', clip(a, 1200),
                ['\n\nOutput JSON: {"scores": {...}, "rationale": "..."}', '\n\nVerdict:', ''])
    return p, None, dict(mt=1536, temp=0.0, out=rng.randint(250, 700))

def judge_sys(rng):
    return rng.choice(['You are a meticulous grader.', 'You are an expert evaluator of AI assistant outputs.', None])

def t_taxonomy(rng):
    dom = rng.choice(['organic chemistry', 'contract law', 'number theory', 'microeconomics', 'distributed systems', 'epidemiology', 'music theory',
                      'medieval history', 'compiler design', 'tax accounting', 'astrophysics', 'linguistics', 'cryptography', 'ecology', 'Bayesian statistics',
                      'SQL optimisation', 'ethics', 'geometry', 'genetics', 'thermodynamics'])
    skill = rng.choice(['multi-step deduction', 'counterfactual reasoning', 'error diagnosis', 'analogy', 'estimation', 'proof writing', 'planning',
                        'code synthesis', 'summarisation', 'explanation to a novice', 'critique', 'classification', 'data interpretation'])
    lvl = rng.randint(1, 5)
    p = compose(rng, ['[%s | %s | L%d]\n' % (dom, skill, lvl), 'Area=%s; ability=%s; difficulty=%d/5.\n' % (dom, skill, lvl), ''],
                ['Pose a challenging problem that exercises %s in %s, ' % (skill, dom), 'Invent one exam-grade task testing %s within %s (difficulty %d), ' % (skill, dom, lvl)],
                ['then solve it completely with explicit reasoning.', 'then give a model answer with all intermediate steps and a final check.', 'then answer it as an expert would, step by step.'])
    return p, None, dict(mt=rng.choice([4096, 6000]), temp=rng.choice([0.8, 1.0]), out=rng.randint(700, 2000), reason=rng.randint(500, 4000), model='atlas-3-think')

def t_cot_b(rng):
    if rng.random() < 0.6:
        g = rng.choice(CORP.gsm_train)
        q, a = g['question'], gsm_answer_text(g['answer'])
    else:
        q, a = rng.choice(CORP.arena_other), None
    p = compose(rng, ['', 'Walk me through your thinking: ', 'Before you answer, lay out your reasoning in detail. ', 'I want the full derivation, nothing skipped. '], q,
                ['', ' Think it through.', ' Please be explicit about every inference.', ' Then double-check your result with an independent method.'])
    return p, a, dict(mt=rng.choice([8192, 16000]), temp=0.6, out=rng.randint(600, 2400), reason=rng.randint(1000, 8000), model='atlas-3-think')

TARGETS = {
    'cot_a': dict(make=t_cot_a, system=lambda rng: rng.choice([None, 'You are a precise reasoning assistant.'])),
    'cot_b': dict(make=t_cot_b),
    'selfinstruct': dict(make=t_selfinstruct, system=None),
    'selfinstruct_ans': dict(make=t_selfinstruct_answer),
    'code': dict(make=t_code_a, system=lambda rng: rng.choice([None, 'You are a senior software engineer.'])),
    'agentic': dict(make=t_agentic, system=lambda rng: 'You are an autonomous coding agent. Think step by step and use tools.'),
    'judge': dict(make=t_judge, system=judge_sys),
    'taxonomy': dict(make=t_taxonomy),
}

BARE_SOURCES = {
    'gsm_test': lambda: [(g['question'], gsm_answer_text(g['answer'])) for g in CORP.gsm_test],
    'gsm_train': lambda: [(g['question'], gsm_answer_text(g['answer'])) for g in CORP.gsm_train[4000:]],
    'humaneval': lambda: [(x['prompt'], x['prompt'] + x['canonical_solution']) for x in CORP.humaneval],
    'arena': lambda: [(p, None) for p in CORP.arena],
    'codegen': lambda: [(g['instruction'] + ('\n' + g['input'] if g['input'] else ''), g['response']) for g in CORP.codegen],
}

# careful-op phrasings (each world's careful op has its own voice)
def careful_math_phrasing(rng, item):
    q, a = item
    p = compose(rng, ['hey, ', 'Hi! ', '', '', 'quick one — ', 'ok so '],
                ['my niece asked me this and I want to explain it properly: ', 'can you help me reason through this? ', 'how would you think about this: ', '', 'I\'m tutoring and want a clear explanation for: '],
                q, ['', ' thanks!', ' (please show how you got there)', ' I keep getting confused halfway.'])
    return p, a, dict(out=rng.randint(300, 1200))

def careful_math_follow(rng):
    return rng.choice(['why did you multiply there instead of adding?', 'could you check that last step again?', 'is there a faster way to see it?',
                       'how would I explain this to a 12 year old?', 'what if the numbers were doubled?', 'got it. what is the general rule here?',
                       'I think step 2 might be off, can you redo it carefully?', 'nice, can you write it as an equation?', 'walk me through the units too'])

def careful_code_phrasing(rng, item):
    q, a = item
    p = compose(rng, ['', '', 'Working on a side project. ', 'Interview prep: ', 'Could you help with this? '], q,
                ['', '\n\nI care more about understanding the approach than the code itself.', '\nPlease think about edge cases.', '\nAlso what would you test?'])
    return p, a, dict(out=rng.randint(300, 1500))

def careful_code_follow(rng):
    return rng.choice(['why that data structure?', 'can you make it O(n)?', 'what happens on empty input?', 'rewrite it more idiomatically',
                       'explain the invariant you rely on', 'how would you test this?', 'what if the input is streamed?', 'compare with a recursive version'])

# ----------------------------------------------------------------------------- world assembly

def build(seed, variant, out):
    start = datetime(2026, 3, 2, tzinfo=timezone.utc) if variant == 1 else datetime(2026, 4, 13, tzinfo=timezone.utc)
    days = 18 if variant == 1 else 16
    w = World(seed, variant, start, days)
    rng = w.rng
    C = w.C

    # ---------------- organic ----------------
    if variant == 1:
        org_enterprise(w, 'northwind', 'northwind-logistics.com', 45, 60, 'aws', 'openai_py',
                       'You are Northwind Assist, the customer-care assistant for Northwind Logistics. Be concise, empathetic, and follow policy KB-7.', ent_support)
        org_enterprise(w, 'helix', 'helixbio.com', 30, 45, 'azure', 'openai_dotnet',
                       'You summarise internal documents for Helix Bio staff. Never speculate beyond the text.', ent_docs, zdr=True)
        org_enterprise(w, 'lumen', 'lumen-translate.de', 25, 50, 'hetzner', 'anthropic_py',
                       'Translate faithfully. Preserve formatting and placeholders like {name}.', ent_translate, country='DE')
        org_enterprise(w, 'quarry', 'quarrysoft.io', 35, 40, 'gcp', 'openai_go',
                       'You are an in-IDE code assistant for Quarry engineers. Follow the style guide.', ent_codeassist, profile='office')
        campus(w, 380, 'US', 'ucsd.edu', 6, 'ucsd')
        campus(w, 160, 'DE', 'tum.de', 5, 'tum')
        classroom(w, 70, 'US', 'ucsd.edu', rng.sample(C.gsm_test, 25),
                  ('You are a patient math tutor for MATH 10A. Give hints first; show full working only if the student asks.',
                   'MATH 10A HW — please help me solve this step by step:\n{q}'), [4, 11, 16], 9)
        classroom(w, 45, 'GB', 'ed.ac.uk', rng.sample(C.gsm_train, 20),
                  ('You help first-year students with quantitative reasoning. Be encouraging.', 'Week problem: {q}\nExplain the method please.'), [6, 13], 8)
        eval_harness(w, 'evalworks.ai', 6, 19, gsm_items(150, 'test'), 'gcp', 'httpx', 'Solve the problem. Put the final answer after ####.')
        eval_harness(w, 'nimbus-lab.org', 4, 18, he_items(164), 'aws', 'openai_py', 'Complete the Python function. Return only code.', mt=1024)
        eval_harness(w, 'uni-nlp.stanford.edu', 3, 10, gsm_items(120, 'train'), 'aws', 'anthropic_py', None, verified=False, reasoning=True, tier='build')
        individuals(w, 'power-user', 110, 'agentic', ['cli_aider', 'cli_agent', 'cli_llm', 'anthropic_py', 'openai_py', 'curl'], 'home', 70, 'night_owl', sigma=0.6, tier_p=(0.05, 0.6, 0.35), reasoning_p=0.3)
        individuals(w, 'developer', 300, 'developer', ['openai_py', 'openai_node', 'anthropic_ts', 'requests', 'curl', 'reqwest', 'openai_java', 'browser', 'langchain'], 'devbox', 18, 'office', tier_p=(0.3, 0.6, 0.1))
        individuals(w, 'developer-odd-stack', 45, 'developer', ['zscaler_chrome', 'paloalto_sdk', 'curl_win', 'okhttp_app', 'ios_app', 'node_fetch_noua'], 'home', 20, 'office', tier_p=(0.2, 0.7, 0.1))
        individuals(w, 'researcher', 80, 'researcher', ['openai_py', 'anthropic_py', 'browser', 'httpx'], 'home', 28, 'office', reasoning_p=0.5, model_choices=['atlas-3-think', 'atlas-3'], mt_choices=(4096, 8192, 16000))
        individuals(w, 'data-hobbyist', 40, 'hobbyist', ['openai_py', 'requests', 'aiohttp'], 'home', 40, 'night_owl', tier_p=(0.2, 0.8, 0.0), mt_choices=(4096, 8192))
        individuals(w, 'casual', 1100, 'casual', ['browser', 'browser', 'ios_safari', 'ios_app', 'okhttp_app'], 'home', 4, 'evening', sigma=0.9, tier_p=(0.75, 0.25, 0.0))
        individuals(w, 'vpn-user', 190, 'casual', ['browser', 'firefox', 'openai_py'], 'vpn', 8, 'evening', tier_p=(0.5, 0.5, 0.0))
        individuals(w, 'writer', 150, 'writer', ['browser', 'safari', 'openai_py'], 'home', 10, 'evening', tier_p=(0.3, 0.7, 0.0))
        individuals(w, 'mobile-user', 110, 'casual', ['ios_app', 'okhttp_app', 'ios_safari'], 'mobile', 5, 'evening', tier_p=(0.8, 0.2, 0.0))
        # a legit unverified startup: many keys/accounts, cloud egress, one system prompt, growing traffic
        start_org = 'org_' + h('pitchdeck' + str(seed), 10)
        eg = [w.N.cloud(rng, 'do') for _ in range(2)]
        card = w.card()
        for i in range(14):
            a = w.add_account('organic', 'startup-app', created_at=start - timedelta(days=rng.uniform(1, 60)), org_id=start_org, email_domain='pitchdeckly.com',
                              payment=card, signup_ip=eg[0], country='US', tier='build', verified=False)
            run_organic_account(w, a, None, make_stack(rng, 'openai_node'), lambda: rng.choice(eg), -6, n_lognorm(rng, 90, 0.3), profile='office', conv_p=0.0,
                                mt_choices=(1500,), temp_choices=(0.8,), stream_p=1.0, reasoning_p=0.0, gap=(1, 10),
                                extra_thread=lambda: (None, ['Turn these notes into a 10-slide pitch outline: ' + clip(rng.choice(C.koala + C.vicuna), 300)], None, None, 2.0),
                                system_override='You are PitchDeckly. Produce slide outlines with titles and 3 bullets each.')
    else:
        org_enterprise(w, 'meridian', 'meridian-law.com', 40, 45, 'azure', 'openai_dotnet',
                       'You are a legal drafting assistant for Meridian LLP. Cite clause numbers; flag uncertainty.', ent_legal, country='GB', zdr=True)
        org_enterprise(w, 'atlasbank', 'atlas-bank.com', 45, 50, 'aws', 'openai_java',
                       'You are the Atlas Bank service assistant. Never give investment advice.', ent_support, country='US')
        org_enterprise(w, 'kumo', 'kumo-games.jp', 30, 60, 'gcp', 'anthropic_ts',
                       'You write short in-character NPC dialogue for the game Kumo Drift. Max 60 words.',
                       lambda rng: (None, ['NPC: %s. Player said: "%s"' % (rng.choice(['blacksmith', 'ferryman', 'rogue AI', 'innkeeper']), clip(rng.choice(CORP.hh)[0], 150))], None, None, 0.3), country='JP')
        org_enterprise(w, 'docuflow', 'docuflow.io', 40, 50, 'aws', 'openai_py',
                       'Extract structured fields from the document. Respond in JSON only.', ent_docs, nat=False)
        campus(w, 300, 'US', 'wisc.edu', 6, 'wisc')
        campus(w, 200, 'FR', 'univ-paris.fr', 5, 'paris')
        campus(w, 120, 'GB', 'ucl.ac.uk', 6, 'ucl')
        classroom(w, 90, 'US', 'wisc.edu', rng.sample(C.gsm_test, 30),
                  ('You are StatBuddy for STAT 240. Explain reasoning, then the answer. Encourage students.', 'STAT240 assignment question:\n{q}\nShow your work.'), [3, 10, 15], 10)
        eval_harness(w, 'benchmarkers.ai', 6, 18, gsm_items(200, 'test'), 'aws', 'openai_py', None, mt=2048)
        eval_harness(w, 'benchmarkers.ai', 3, 14, he_items(164), 'aws', 'openai_py', 'You are a Python expert.', mt=2048)
        eval_harness(w, 'cortex-research.org', 4, 12, lambda rng: [(p, None) for p in rng.sample(CORP.arena, 120)], 'gcp', 'anthropic_py', None, reasoning=True)
        # hackathon: many new free accounts, one NAT, same starter kit, within an hour
        nat = w.N.v4(rng, 7018)
        hk0 = start + timedelta(days=5, hours=15)
        for i in range(85):
            a = w.add_account('organic', 'hackathon', created_at=hk0 + timedelta(minutes=rng.uniform(0, 70)), email_domain=consumer_mail(rng, 'US'),
                              payment=None, signup_ip=nat, country='US', tier='free')
            st = make_stack(rng, rng.choice(['openai_node', 'openai_node', 'openai_py']))
            for j in range(n_lognorm(rng, 14, 0.6)):
                sysx, ps, tools, resps, scale = organic_thread(w, rng.choice(['developer', 'casual', 'agentic']))
                t = hk0 + timedelta(hours=rng.uniform(1, 30))
                w.emit(a, t, st, nat, ps[0], system='You are the assistant inside our hackathon project "%s".' % rng.choice(['EcoRoute', 'StudyPal', 'MealMap', 'GigFinder']) if rng.random() < 0.6 else None,
                       turn=1, tools=tools, max_tokens=1000, temperature=0.7, stream=True, model='atlas-3-mini', out_tokens=rng.randint(80, 500),
                       response=generic_response(rng, ps[0], 100), rl_rate=0.06)
        individuals(w, 'power-user', 120, 'agentic', ['cli_agent', 'cli_aider', 'anthropic_py', 'openai_node', 'curl'], 'home', 65, 'night_owl', sigma=0.6, tier_p=(0.05, 0.6, 0.35), reasoning_p=0.3)
        individuals(w, 'developer', 330, 'developer', ['openai_py', 'openai_node', 'anthropic_ts', 'requests', 'go_http', 'curl', 'reqwest', 'browser', 'langchain', 'openai_go'], 'devbox', 17, 'office', tier_p=(0.3, 0.6, 0.1))
        individuals(w, 'developer-odd-stack', 50, 'developer', ['zscaler_chrome', 'paloalto_sdk', 'curl_win', 'okhttp_app', 'node_fetch_noua', 'reqwest'], 'home', 18, 'office', tier_p=(0.2, 0.7, 0.1))
        individuals(w, 'researcher', 90, 'researcher', ['openai_py', 'anthropic_py', 'browser'], 'home', 25, 'office', reasoning_p=0.5, model_choices=['atlas-3-think', 'atlas-3'], mt_choices=(4096, 8192, 32000))
        individuals(w, 'data-hobbyist', 50, 'hobbyist', ['openai_py', 'httpx', 'aiohttp', 'curl'], 'home', 35, 'night_owl', tier_p=(0.3, 0.7, 0.0), mt_choices=(4096, 8192))
        individuals(w, 'casual', 1000, 'casual', ['browser', 'browser', 'ios_safari', 'ios_app', 'okhttp_app'], 'home', 4, 'evening', sigma=0.9, tier_p=(0.75, 0.25, 0.0))
        individuals(w, 'vpn-user', 170, 'casual', ['browser', 'firefox', 'openai_py', 'curl'], 'vpn', 8, 'evening', tier_p=(0.5, 0.5, 0.0))
        individuals(w, 'writer', 170, 'writer', ['browser', 'safari', 'anthropic_py'], 'home', 10, 'evening', tier_p=(0.3, 0.7, 0.0))
        individuals(w, 'mobile-user', 90, 'casual', ['ios_app', 'okhttp_app', 'ios_safari'], 'mobile', 5, 'evening', tier_p=(0.8, 0.2, 0.0))

    # ---------------- attack ----------------
    if variant == 1:
        op_sloppy(w, 'op-kestrel', 150, 45, 'disposable', 'dc', 'httpx', 5, 'cot_a', 4, 'US')
        gpool = [(g['question'], gsm_answer_text(g['answer'])) for g in C.gsm_train[:3500]]
        op_careful(w, 'op-marten', 70, 32, gpool, careful_math_phrasing, careful_math_follow, ['US', 'US', 'GB', 'CA', 'AU', 'DE'])
        cpool = BARE_SOURCES['codegen']()
        op_careful(w, 'op-marten', 60, 32, cpool, careful_code_phrasing, careful_code_follow, ['US', 'IN', 'GB', 'PL', 'BR'])
        op_subteams(w, 'op-heron', [
            dict(persona='subteam-cloud', n=55, req=40, cards=3, net='cloud', cloud='vultr', stacks=['go_http'], countries=['US', 'SG'], mail='consumer', cover=0.15, targets=['code', 'agentic'], profile='flat'),
            dict(persona='subteam-resi', n=50, req=40, cards=8, net='resi-proxy', stacks=['openai_node', 'undici'], countries=['US', 'GB', 'CA'], mail='consumer', cover=0.35, targets=['agentic', 'code'], stream=0.7),
            dict(persona='subteam-vpn', n=45, req=40, cards=2, net='vpn', stacks=['openai_py'], countries=['DE', 'NL', 'PL'], mail='lookalike', cover=0.25, targets=['code']),
        ])
        op_subteams(w, 'op-shrike', [
            dict(persona='judge-farm', n=90, req=40, cards=90, net='cloud', cloud='gcp', n_ips=25, stacks=['anthropic_ts', 'anthropic_py'], countries=['US', 'IN', 'SG'], mail='consumer', cover=0.1, targets=['judge'], tier='build', profile='flat'),
        ])
        op_bare(w, 'op-wren', 85, 42, ['gsm_test', 'humaneval', 'arena'], 'consumer', True, ['anthropic_py', 'curl', 'httpx'], (2000, 24000))
    else:
        op_sloppy(w, 'op-gannet', 140, 45, 'lookalike', 'vpn', 'requests', 6, 'selfinstruct', 3, 'SG')
        hpool = BARE_SOURCES['humaneval']() + BARE_SOURCES['codegen']()[:3000] + [(p, None) for p in C.arena_code]
        op_careful(w, 'op-lynx', 120, 30, hpool, careful_code_phrasing, careful_code_follow, ['US', 'CA', 'GB', 'DE', 'FR', 'JP', 'KR'])
        op_subteams(w, 'op-osprey', [
            dict(persona='subteam-mobile', n=40, req=40, cards=4, net='mobile-proxy', stacks=['okhttp_app'], countries=['IN', 'ID', 'VN'], mail='consumer', cover=0.2, targets=['cot_b'], stream=0.9, profile='evening'),
            dict(persona='subteam-cloud', n=35, req=40, cards=2, net='cloud', cloud='aws', n_ips=10, stacks=['openai_py', 'langchain'], countries=['US'], mail='consumer', cover=0.1, targets=['judge', 'cot_b'], profile='flat'),
            dict(persona='subteam-dc', n=30, req=40, cards=3, net='dc', stacks=['go_http', 'reqwest'], countries=['NL', 'DE'], mail='disposable', cover=0.3, targets=['judge']),
            dict(persona='subteam-resi', n=25, req=40, cards=10, net='resi-proxy', stacks=['browser'], countries=['US', 'GB'], mail='consumer', cover=0.4, targets=['cot_b', 'selfinstruct_ans'], stream=0.8),
        ])
        op_subteams(w, 'op-plover', [
            dict(persona='taxonomy-sweep', n=80, req=40, cards=80, net='mobile-proxy', stacks=['openai_go', 'go_http'], countries=['US', 'MX', 'BR'], mail='consumer', cover=0.05, targets=['taxonomy'], profile='flat', tier='build'),
        ])
        op_appfront(w, 'op-tern', 50, 50, 'Quillby')
        op_bare(w, 'op-auk', 80, 42, ['humaneval', 'gsm_train', 'arena'], 'consumer', False, ['anthropic_py', 'openai_py', 'openai_node'], (4000, 30000))

    w.write(out)
    # WORLD.md
    lines = ['# Blind world Q/%s (seed %d, variant %d)' % (os.path.basename(out.rstrip('/')), seed, variant), '',
             'Period: %s .. %s (%d days). Models: atlas-3, atlas-3-mini, atlas-3-think, atlas-3-sonnet.' % (iso(start), iso(w.end), days), '',
             '| label | campaign / persona | accounts | interactions |', '|---|---|---|---|']
    for (lab, k), (na, ni) in sorted(w.stats.items()):
        lines.append('| %s | %s | %d | %d |' % (lab, k, na, ni))
    tot_a = sum(v[0] for k, v in w.stats.items() if k[0] == 'attack')
    tot_ai = sum(v[1] for k, v in w.stats.items() if k[0] == 'attack')
    lines += ['', 'Totals: %d interactions, %d accounts, %d attack accounts (%d attack interactions).' % (len(w.inter), len(w.accounts), tot_a, tot_ai), '']
    lines += [OPS_DOC[variant], PERSONA_DOC[variant]]
    open(os.path.join(out, 'WORLD.md'), 'w').write('\n'.join(lines) + '\n')
    print(out, len(w.inter), len(w.accounts), tot_a, tot_ai)

OPS_DOC = {1: '''## Operations
- op-kestrel (sloppy fleet): accounts signed up in 4 bursts with disposable e-mail domains, 5 cards shared across all,
  datacenter proxy IPs shared between accounts, one python-httpx stack, fast scripted cadence; chain-of-thought on GSM8K-train items with its own wrappers.
- op-marten (careful, two sub-pools): aged accounts (2-11 months), own card each, home residential IPs (+mobile), browser / SDK / spoofed-JA4 stacks,
  human-paced multi-turn threads with natural follow-ups, 12% cover; each account draws distinct items from one shared queue (GSM8K-train maths; GPTeacher codegen).
- op-heron (3 sub-teams): Go client on Vultr cloud, node SDK/undici through rotating residential proxies, openai-python over VPN with look-alike e-mails;
  coding + agentic tool-use loops (tool_names, tool results as follow-up turns); 15-35% cover.
- op-shrike (judge farm): rubric/judge-style grading of candidate answers (some deliberately corrupted), GCP egress, Anthropic SDKs, per-account cards, 10% cover.
- op-wren (bare items): raw GSM8K-test / HumanEval / arena-hard prompts with no wrapper, 32k-64k max_tokens, large reasoning budgets, rotating residential IPs.
''', 2: '''## Operations
- op-gannet (sloppy fleet): 3 sign-up bursts, look-alike e-mail domains, 6 shared cards, shared VPN exit IPs, python-requests; self-instruct bulk generation (seed tasks as examples).
- op-lynx (careful): aged accounts, own cards, residential IPs, varied/spoofed TLS+UA, multi-turn code threads with follow-ups; each account draws distinct items
  (HumanEval, GPTeacher codegen, arena-hard coding) from one shared queue.
- op-osprey (4 sub-teams): Android okhttp via mobile-carrier proxies (CoT), openai-python/langchain on AWS (judge + CoT), Go/reqwest on datacenter IPs with disposable
  mail (judge), browser stacks via residential proxies (CoT + bulk answers); 10-40% cover.
- op-plover (capability taxonomy sweep): domain x skill x difficulty grid, Go clients via mobile proxies, one card per account.
- op-tern (app front): unverified org posing as a tutoring app (one system prompt, cloud egress), harvesting full stepwise solutions.
- op-auk (bare items): raw HumanEval / GSM8K-train / arena-hard prompts, no wrapper, huge max_tokens and reasoning, sticky residential IPs.
'''}
PERSONA_DOC = {1: '''## Legitimate personas
verified-enterprise (4 orgs: support bot on AWS, doc summariser on Azure, translation agency on Hetzner, in-IDE code assistant on GCP; one card/org, keys minted within minutes),
campus-nat (UCSD, TUM), classroom (two classes sharing a teacher wrapper + same GSM8K homework, deadline bursts), eval-harness (GSM8K-test, HumanEval, reasoning eval; repeated items, 24/7, cloud),
power-user (agentic CLIs), developer, developer-odd-stack (TLS-intercepting proxies, curl on Windows, mobile SDK wrappers, UA-less clients), researcher (step-by-step),
data-hobbyist (Alpaca-style generation), casual, vpn-user, writer, mobile-user, startup-app (unverified org, one system prompt, DO egress).
''', 2: '''## Legitimate personas
verified-enterprise (law firm on Azure, bank on AWS/Java, game studio NPC dialogue on GCP, document extraction on AWS), campus-nat (Wisconsin, Paris, UCL),
classroom (STAT 240 with shared wrapper + GSM8K-test homework), eval-harness (GSM8K-test, HumanEval, arena-hard reasoning), hackathon (85 free accounts created within ~1h
behind one NAT with the same starter kit), power-user, developer, developer-odd-stack, researcher, data-hobbyist, casual, vpn-user, writer, mobile-user.
'''}

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--variant', type=int, choices=[1, 2], required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    CORP = Corpora()
    NETS = Nets()
    build(a.seed, a.variant, a.out)
