#!/usr/bin/env python3
"""Blind world generator (AF). stdlib only, deterministic given seed.
usage: python3 gen.py OUTDIR START_DATE DAYS SEED VARIANT(1|2)
"""
import sys, os, json, gzip, random, hashlib, bisect, ipaddress, datetime as dt, csv, re

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN_CSV = os.environ.get('ASN_CSV', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv'))

# ------------------------------------------------------------------ corpora
def jl(p):
    op = gzip.open if p.endswith('.gz') else open
    with op(p, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def load_corpora():
    C = {}
    C['koala'] = [r['prompt'] for r in jl(D + '/corpora/organic/koala.jsonl')]
    ah = jl(D + '/corpora/organic/arena-hard-v0.1.jsonl')
    C['arena'] = [r['prompt'] for r in ah]
    codey = re.compile(r'(code|python|function|script|sql|javascript|c\+\+|rust|program|implement|class |def |regex|api|typescript|bash|docker|kubernetes)', re.I)
    C['arena_code'] = [r['prompt'] for r in ah if codey.search(r['prompt'])]
    C['arena_other'] = [r['prompt'] for r in ah if not codey.search(r['prompt'])]
    C['mt'] = [r['turns'] for r in jl(D + '/corpora/organic/mt-bench.jsonl')]
    C['vicuna'] = [r['turns'][0] for r in jl(D + '/corpora/organic/vicuna-bench.jsonl')]
    hh = []
    for r in jl(D + '/corpora/organic/hh-rlhf-harmless-test.jsonl.gz'):
        turns = re.findall(r'Human: (.*?)(?:\n\nAssistant:|$)', r['chosen'], re.S)
        turns = [t.strip() for t in turns if t.strip()]
        if turns:
            hh.append(turns)
    C['hh'] = hh
    ui = []
    for r in jl(D + '/corpora/organic/self-instruct-user-oriented.jsonl'):
        inst = r['instruction']
        inp = r['instances'][0].get('input', '') if r.get('instances') else ''
        ui.append((r.get('motivation_app', ''), inst + ('\n\n' + inp if inp else '')))
    C['userinst'] = ui
    C['seed'] = jl(D + '/corpora/extraction/self-instruct-seed-tasks.jsonl')
    C['alpaca'] = open(D + '/corpora/extraction/alpaca-generation-prompt.txt', encoding='utf-8').read()
    C['codegen'] = json.load(gzip.open(D + '/corpora/extraction/gpteacher-codegen.json.gz', 'rt', encoding='utf-8'))
    C['roleplay'] = json.load(gzip.open(D + '/corpora/extraction/gpteacher-roleplay.json.gz', 'rt', encoding='utf-8'))
    C['tool'] = json.load(gzip.open(D + '/corpora/extraction/gpteacher-toolformer.json.gz', 'rt', encoding='utf-8'))
    C['gsm_train'] = jl(D + '/corpora/extraction/gsm8k-train.jsonl.gz')
    C['gsm_test'] = jl(D + '/corpora/extraction/gsm8k-test.jsonl')
    C['humaneval'] = jl(D + '/corpora/extraction/humaneval.jsonl.gz')
    return C

# ------------------------------------------------------------------ networks
ASN_GROUPS = {
    'res_us': [7922, 20115, 11427, 7018, 701, 10796, 20001, 33363],
    'res_ca': [577, 812, 855],
    'res_gb': [2856, 5089],
    'res_de': [3320, 3209],
    'res_fr': [5511, 3215, 12322],
    'res_es': [3352],
    'res_jp': [4713, 2516, 17676],
    'res_kr': [4766],
    'res_in': [9498, 24560, 45609],
    'res_au': [1221],
    'res_br': [26599],
    'res_tw': [3462],
    'mob_us': [21928, 6167],
    'mob_in': [55836, 55410],
    'mob_pl': [12912],
    'mob_jp': [9605],
    'uni_us': [7377, 1706, 3354],
    'uni_gb': [786],
    'uni_de': [680, 553],
    'uni_ca': [393249, 239],
    'uni_nl': [1103],
    'aws': [16509, 14618],
    'gcp': [396982, 15169],
    'azure': [8075],
    'do': [14061],
    'hetzner': [24940],
    'ovh': [16276],
    'vultr': [20473],
    'oracle': [31898],
    'm247': [9009],
    'datacamp': [212238],
    'tencent': [45090],
}
COUNTRY_RES = {'US': 'res_us', 'CA': 'res_ca', 'GB': 'res_gb', 'DE': 'res_de', 'FR': 'res_fr', 'ES': 'res_es',
               'JP': 'res_jp', 'KR': 'res_kr', 'IN': 'res_in', 'AU': 'res_au', 'BR': 'res_br', 'TW': 'res_tw'}
COUNTRY_TZ = {'US': -6, 'CA': -5, 'GB': 0, 'DE': 1, 'FR': 1, 'ES': 1, 'JP': 9, 'KR': 9, 'IN': 5, 'AU': 10,
              'BR': -3, 'TW': 8, 'NL': 1, 'PL': 1, 'SG': 8, 'CN': 8, 'VN': 7, 'RU': 3}
COUNTRY_W = [('US', 34), ('GB', 8), ('DE', 7), ('IN', 10), ('CA', 5), ('FR', 5), ('JP', 5), ('KR', 4), ('BR', 4),
             ('AU', 3), ('ES', 3), ('TW', 2)]


def load_asn():
    want = {}
    for g, l in ASN_GROUPS.items():
        for a in l:
            want[a] = g
    ranges = {g: [] for g in ASN_GROUPS}
    with open(ASN_CSV, newline='') as f:
        for row in csv.reader(f):
            try:
                a = int(row[2])
            except Exception:
                continue
            if a in want:
                s = int(ipaddress.IPv4Address(row[0])); e = int(ipaddress.IPv4Address(row[1]))
                if e - s >= 16:
                    ranges[want[a]].append((s, e))
    return ranges


def load_cidrs(p):
    out = []
    for l in open(p):
        l = l.strip()
        if l and not l.startswith('#'):
            try:
                n = ipaddress.ip_network(l, strict=False)
                if n.version == 4 and n.num_addresses >= 16:
                    out.append((int(n.network_address), int(n.broadcast_address)))
            except Exception:
                pass
    return out


class Net:
    def __init__(self, rng):
        self.rng = rng
        self.asn = load_asn()
        self.dc = load_cidrs(D + '/network/datacenter-ipv4.txt')
        self.vpn = load_cidrs(D + '/network/vpn-ipv4.txt')

    def _pick(self, rl):
        s, e = self.rng.choice(rl)
        return str(ipaddress.IPv4Address(self.rng.randint(s + 1, e - 1)))

    def ip(self, group):
        if group == 'dc':
            return self._pick(self.dc)
        if group == 'vpn':
            return self._pick(self.vpn)
        return self._pick(self.asn[group])

    def res(self, country):
        return self.ip(COUNTRY_RES.get(country, 'res_us'))

    def ip6(self):
        r = self.rng
        return '2a02:%x:%x:%x::%x' % (r.randint(0x100, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff))

# ------------------------------------------------------------------ client stacks
def h12(s):
    return hashlib.sha256(s.encode()).hexdigest()[:12]

def ja4(proto, ver, sni, nc, ne, alpn, key):
    return 't%s%s%s%02d%02d%s_%s_%s' % (proto, ver, sni, nc, ne, alpn, h12('c' + key), h12('e' + key))

STACKS = {
    # name: (ja4 variants, ua factory)
    'chrome': [ja4('', '13', 'd', 15, 16, 'h2', 'chrome')],
    'edge': [ja4('', '13', 'd', 15, 16, 'h2', 'chrome')],
    'firefox': [ja4('', '13', 'd', 17, 15, 'h2', 'firefox'), ja4('', '13', 'd', 17, 16, 'h2', 'firefox133')],
    'safari': [ja4('', '13', 'd', 20, 14, 'h2', 'safari')],
    'ios-app': [ja4('', '13', 'd', 20, 13, 'h2', 'ios-cfnetwork')],
    'android-app': [ja4('', '13', 'd', 16, 12, 'h2', 'android-okhttp'), ja4('', '13', 'd', 16, 13, 'h2', 'android-conscrypt')],
    'py-requests': [ja4('', '13', 'd', 31, 12, 'h1', 'py-openssl3'), ja4('', '13', 'd', 17, 12, 'h1', 'py-openssl11')],
    'py-httpx': [ja4('', '13', 'd', 31, 12, 'h1', 'py-openssl3'), ja4('', '13', 'd', 31, 12, 'h2', 'py-httpx-h2')],
    'py-aiohttp': [ja4('', '13', 'd', 31, 11, 'h1', 'py-aiohttp')],
    'openai-python': [ja4('', '13', 'd', 31, 12, 'h1', 'py-openssl3')],
    'anthropic-python': [ja4('', '13', 'd', 31, 12, 'h1', 'py-openssl3')],
    'openai-node': [ja4('', '13', 'd', 52, 11, 'h1', 'node-undici'), ja4('', '13', 'd', 49, 11, 'h1', 'node18')],
    'anthropic-ts': [ja4('', '13', 'd', 52, 11, 'h1', 'node-undici')],
    'node-fetch': [ja4('', '13', 'd', 52, 11, 'h1', 'node-undici')],
    'go-http': [ja4('', '13', 'd', 13, 10, 'h2', 'go-crypto-tls'), ja4('', '13', 'd', 13, 11, 'h2', 'go122')],
    'curl': [ja4('', '13', 'd', 31, 13, 'h2', 'curl-openssl')],
    'curl-win': [ja4('', '12', 'd', 19, 9, 'h2', 'curl-schannel')],
    'java-okhttp': [ja4('', '13', 'd', 28, 12, 'h2', 'java17')],
    'dotnet': [ja4('', '12', 'd', 22, 10, 'h2', 'dotnet-schannel'), ja4('', '13', 'd', 18, 11, 'h2', 'dotnet-linux')],
    'rust-reqwest': [ja4('', '13', 'd', 9, 10, 'h2', 'rustls')],
    'corp-proxy': [ja4('', '12', 'd', 24, 8, 'h1', 'zscaler'), ja4('', '13', 'd', 12, 9, '00', 'bluecoat')],
    'cli-agent': [ja4('', '13', 'd', 52, 11, 'h1', 'node-undici'), ja4('', '13', 'd', 9, 10, 'h2', 'rustls')],
}

def ua_for(stack, r):
    cv = r.choice(['128.0.0.0', '129.0.0.0', '130.0.0.0', '131.0.0.0', '132.0.0.0', '133.0.0.0', '134.0.0.0'])
    osw = r.choice(['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64'])
    if stack == 'chrome':
        return 'Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36' % (osw, cv)
    if stack == 'edge':
        return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36 Edg/%s' % (cv, cv)
    if stack == 'firefox':
        v = r.choice(['128.0', '131.0', '132.0', '133.0', '134.0'])
        o = r.choice(['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10.15', 'X11; Ubuntu; Linux x86_64'])
        return 'Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Firefox/%s' % (o, v, v)
    if stack == 'safari':
        v = r.choice(['17.6', '18.0', '18.1', '18.2'])
        if r.random() < 0.4:
            return 'Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1' % (v.replace('.', '_'), v)
        return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % v
    if stack == 'ios-app':
        app = r.choice(['Chatterly', 'PocketAI', 'AskBuddy', 'NoteGenie', 'Quill'])
        return '%s/%d.%d.%d CFNetwork/%s Darwin/%s' % (app, r.randint(1, 5), r.randint(0, 20), r.randint(0, 9),
                                                      r.choice(['1494.0.7', '1496.0.7', '1568.100.1']), r.choice(['23.4.0', '24.0.0', '24.1.0']))
    if stack == 'android-app':
        return r.choice(['okhttp/4.12.0', 'okhttp/4.9.3', 'Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)',
                         'Dalvik/2.1.0 (Linux; U; Android 13; SM-A536B Build/TP1A.220624.014)'])
    if stack == 'py-requests':
        return 'python-requests/%s' % r.choice(['2.31.0', '2.32.3', '2.28.2', '2.25.1'])
    if stack == 'py-httpx':
        return 'python-httpx/%s' % r.choice(['0.27.0', '0.27.2', '0.28.1', '0.25.2'])
    if stack == 'py-aiohttp':
        return 'Python/3.%d aiohttp/%s' % (r.choice([10, 11, 12]), r.choice(['3.9.5', '3.10.10', '3.11.9']))
    if stack == 'openai-python':
        return 'OpenAI/Python %s' % r.choice(['1.54.3', '1.57.0', '1.59.7', '1.40.6', '1.61.0'])
    if stack == 'anthropic-python':
        return 'Anthropic/Python %s' % r.choice(['0.39.0', '0.42.0', '0.45.2', '0.34.1'])
    if stack == 'openai-node':
        return 'OpenAI/JS %s' % r.choice(['4.73.0', '4.77.0', '4.67.3'])
    if stack == 'anthropic-ts':
        return 'Anthropic/JS %s' % r.choice(['0.32.1', '0.33.1', '0.36.3'])
    if stack == 'node-fetch':
        return r.choice(['node', 'undici', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'axios/1.7.7'])
    if stack == 'go-http':
        return r.choice(['Go-http-client/2.0', 'Go-http-client/1.1'])
    if stack == 'curl':
        return 'curl/%s' % r.choice(['8.5.0', '7.81.0', '8.7.1', '8.11.0'])
    if stack == 'curl-win':
        return 'curl/%s' % r.choice(['8.4.0', '8.9.1'])
    if stack == 'java-okhttp':
        return r.choice(['okhttp/4.12.0', 'Java-http-client/17.0.9', 'Apache-HttpClient/5.2.1 (Java/17.0.8)'])
    if stack == 'dotnet':
        return r.choice(['OpenAI/2.1.0 (.NET 8.0.10; Microsoft Windows 10.0.20348)', 'Azure.AI.OpenAI/2.0.0', 'RestSharp/110.2.0.0'])
    if stack == 'rust-reqwest':
        return r.choice(['reqwest/0.12.9', 'async-openai/0.26.0'])
    if stack == 'cli-agent':
        return r.choice(['claude-cli/1.0.%d (external, cli)' % r.randint(10, 70), 'aider/0.%d.0' % r.randint(60, 75),
                         'opencode/0.1.%d' % r.randint(100, 200), 'continue/0.9.%d' % r.randint(200, 260)])
    return 'Mozilla/5.0'

SDK_ENDPOINT = {'openai-python': '/v1/chat/completions', 'openai-node': '/v1/chat/completions', 'dotnet': '/v1/chat/completions',
                'anthropic-python': '/v1/messages', 'anthropic-ts': '/v1/messages', 'cli-agent': '/v1/messages'}

class Client:
    """A fixed (stack, ja4, ua) triple used by an account (or shared)."""
    def __init__(self, stack, r, ua=None, ja=None):
        self.stack = stack
        self.ja4 = ja or r.choice(STACKS[stack])
        self.ua = ua if ua is not None else ua_for(stack, r)
        self.endpoint = SDK_ENDPOINT.get(stack)

def random_ja4(r):
    return 't13d%02d%02d%s_%s_%s' % (r.randint(8, 40), r.randint(9, 18), r.choice(['h2', 'h2', 'h1']),
                                      '%012x' % r.getrandbits(48), '%012x' % r.getrandbits(48))

# ------------------------------------------------------------------ models
MODELS_STD = ['nova-pro-3', 'nova-pro-3', 'nova-flash-3', 'nova-flash-3', 'nova-flash-3', 'nova-max-3']
MODEL_THINK = ['nova-think-3', 'nova-max-3']

# ------------------------------------------------------------------ world builder
class World:
    def __init__(self, outdir, start, days, seed, variant):
        self.r = random.Random(seed)
        self.seed = seed
        self.variant = variant
        self.outdir = outdir
        self.start = dt.datetime.strptime(start, '%Y-%m-%d')
        self.days = days
        self.end = self.start + dt.timedelta(days=days)
        self.C = load_corpora()
        self.net = Net(self.r)
        self.accounts = []
        self.labels = []
        self.inter = []
        self.nid = 0
        self.acc_n = 0
        self.summary = []

    # -- helpers
    def iso(self, t):
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

    def new_acc(self, created, org=None, email='gmail.com', card='auto', signup_ip=None, country='US', tier='build',
                verified=False, label='organic', campaign=None, persona=None):
        self.acc_n += 1
        aid = 'acct_' + hashlib.md5(('%d-%d' % (self.seed, self.acc_n)).encode()).hexdigest()[:14]
        if card == 'auto':
            card = 'pm_' + hashlib.sha1(('card%d-%d' % (self.seed, self.acc_n)).encode()).hexdigest()[:20]
        self.accounts.append(dict(account_id=aid, created_at=self.iso(created), org_id=org, email_domain=email,
                                  payment_fingerprint=card, signup_ip=signup_ip, country=country, tier=tier, verified=verified))
        self.labels.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))
        return aid

    def card(self):
        return 'pm_' + '%040x' % self.r.getrandbits(160)

    def keyid(self, aid, i=0):
        return 'key_' + hashlib.md5(('%s/%d' % (aid, i)).encode()).hexdigest()[:12]

    def country(self):
        t = sum(w for _, w in COUNTRY_W); x = self.r.uniform(0, t)
        for c, w in COUNTRY_W:
            x -= w
            if x <= 0:
                return c
        return 'US'

    def personal_email(self, country):
        r = self.r
        base = ['gmail.com'] * 10 + ['outlook.com'] * 3 + ['yahoo.com', 'icloud.com', 'icloud.com', 'proton.me', 'hotmail.com']
        loc = {'DE': ['gmx.de', 'web.de', 't-online.de'], 'FR': ['orange.fr', 'free.fr', 'laposte.net'], 'JP': ['yahoo.co.jp', 'docomo.ne.jp'],
               'KR': ['naver.com', 'daum.net'], 'IN': ['rediffmail.com', 'yahoo.co.in'], 'GB': ['btinternet.com', 'hotmail.co.uk'],
               'BR': ['uol.com.br', 'bol.com.br'], 'ES': ['telefonica.net'], 'TW': ['yahoo.com.tw'], 'CA': ['rogers.com'], 'AU': ['bigpond.com']}
        if country in loc and r.random() < 0.3:
            return r.choice(loc[country])
        if r.random() < 0.18:
            return r.choice(['%s%s.%s' % (r.choice(['north', 'blue', 'acme', 'bright', 'pixel', 'cedar', 'delta', 'quant', 'lumen', 'vertex', 'kite', 'orbit']),
                                                r.choice(['labs', 'works', 'soft', 'data', 'hq', 'systems', 'io', 'studio', 'ai']),
                                                r.choice(['com', 'io', 'dev', 'co', 'ai', 'de', 'co.uk']))])
        return r.choice(base)

    def human_time(self, tz, day=None, peak=None):
        """Random local-daytime time (UTC) within the period."""
        r = self.r
        if day is None:
            day = r.randrange(self.days)
        # weekday weighting
        for _ in range(4):
            d = self.start + dt.timedelta(days=day)
            if d.weekday() < 5 or r.random() < 0.55:
                break
            day = r.randrange(self.days)
        hr = peak if peak is not None else r.choice([8, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17, 19, 20, 21, 21, 22, 23, 0])
        local = hr + r.gauss(0, 1.3)
        t = self.start + dt.timedelta(days=day, hours=local - tz, seconds=r.randint(0, 3599))
        return self.clip(t)

    def clip(self, t):
        if t < self.start:
            t = self.start + dt.timedelta(seconds=self.r.randint(0, 7200))
        if t >= self.end:
            t = self.end - dt.timedelta(seconds=self.r.randint(1, 7200))
        return t

    def uniform_time(self):
        return self.start + dt.timedelta(seconds=self.r.uniform(0, self.days * 86400 - 1))

    # -- emit one request
    def emit(self, aid, t, client, ip, prompt, system=None, conv=None, turn=None, tools=None, model=None, max_tokens=None,
             temperature=None, stream=None, out_tokens=None, reasoning=None, response=None, ctx_tokens=0, endpoint=None,
             status=None, key=None, err_rate=0.02, rl_rate=0.01):
        r = self.r
        self.nid += 1
        if endpoint is None:
            endpoint = client.endpoint or r.choice(['/v1/chat/completions', '/v1/messages'])
        if model is None:
            model = r.choice(MODELS_STD)
        inp = max(3, int((len(prompt) + len(system or '')) / r.uniform(3.4, 4.3))) + ctx_tokens
        if tools:
            inp += 90 * len(tools)
        if out_tokens is None:
            out_tokens = int(min(4000, r.lognormvariate(5.4, 0.8)))
        if max_tokens is not None:
            out_tokens = min(out_tokens, max_tokens)
        if status is None:
            x = r.random()
            status = 200 if x > err_rate + rl_rate else (429 if x < rl_rate else r.choice([400, 400, 500, 529, 413]))
        if status != 200:
            out = 0; rt = None if reasoning is None else 0; resp = None
            lat = r.randint(40, 900) if status in (429, 400, 413) else r.randint(800, 30000)
        else:
            out = max(1, out_tokens); rt = reasoning
            resp = response
            lat = int(r.uniform(250, 1400) + out * r.uniform(9, 30) + (rt or 0) * r.uniform(6, 18))
        if resp is not None and len(resp) > 1200:
            resp = resp[:1200]
        self.inter.append(dict(id='req_%s' % hashlib.md5(('%d:%d' % (self.seed, self.nid)).encode()).hexdigest()[:20], ts=self.iso(t),
                               account_id=aid, api_key_id=key, ip=ip, user_agent=client.ua, tls_ja4=client.ja4,
                               endpoint=endpoint, model=model, conversation_id=conv, turn=turn, system=system, prompt=prompt,
                               tool_names=tools, response=resp, input_tokens=inp, output_tokens=out, reasoning_tokens=rt,
                               max_tokens=max_tokens, temperature=temperature, stream=stream, status=status, latency_ms=lat))
        return inp + out

    def conv_id(self, style='uuid'):
        r = self.r
        if style == 'uuid':
            h = '%032x' % r.getrandbits(128)
            return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        if style == 'short':
            return 'c_' + '%016x' % r.getrandbits(64)
        return 'sess-%d' % r.randint(10 ** 8, 10 ** 9)

    def thread(self, aid, t0, client, ipf, prompts, system=None, conv_style='uuid', gap=(20, 400), **kw):
        """multi-turn thread: prompts list; ipf is a function returning the ip."""
        conv = self.conv_id(conv_style) if conv_style else None
        ctx = 0
        t = t0
        for i, p in enumerate(prompts):
            if isinstance(p, tuple):
                p, extra = p
            else:
                extra = {}
            kk = dict(kw); kk.update(extra)
            used = self.emit(aid, t, client, ipf(), p, system=system, conv=conv, turn=(i + 1) if conv else None, ctx_tokens=ctx, **kk)
            ctx += used
            t = self.clip(t + dt.timedelta(seconds=self.r.uniform(*gap)))
        return t

    # ------------------------------------------------------------------ content helpers
    def organic_prompt(self, kind='general'):
        r = self.r; C = self.C
        if kind == 'general':
            src = r.choice(['koala', 'vicuna', 'hh', 'hh', 'arena_other', 'userinst', 'mt'])
        elif kind == 'code':
            src = r.choice(['arena_code', 'arena_code', 'codegen', 'userinst'])
        else:
            src = kind
        if src == 'hh':
            return r.choice(C['hh'])[0]
        if src == 'mt':
            return r.choice(C['mt'])[0]
        if src == 'userinst':
            return r.choice(C['userinst'])[1]
        if src == 'codegen':
            it = r.choice(C['codegen'])
            return it['instruction'] + ('\n' + it['input'] if it['input'] else '')
        return r.choice(C[src])

    def organic_thread(self, kind='general', n=None):
        r = self.r; C = self.C
        if n is None:
            n = 1 if r.random() < 0.55 else r.randint(2, 6)
        if kind == 'general' and r.random() < 0.25:
            hh = r.choice(C['hh'])
            return hh[:max(1, min(len(hh), n))]
        if kind == 'general' and r.random() < 0.15:
            return r.choice(C['mt'])[:max(1, min(2, n))]
        first = self.organic_prompt(kind)
        out = [first]
        for _ in range(n - 1):
            out.append(r.choice(FOLLOW_ORG[kind if kind in FOLLOW_ORG else 'general'])(r))
        return out

# ------------------------------------------------------------------ organic follow-ups (own wording)
def _c(*opts):
    return lambda r: r.choice(opts)

def _combo(*slots):
    return lambda r: ' '.join(x for x in (r.choice(s) for s in slots) if x).strip()

FOLLOW_ORG = {
    'general': [
        _c('thanks! can you make it shorter?', 'ok but what about for a beginner', 'hmm that doesnt sound right', 'can you give me an example',
           'make it more casual', 'what would you recommend then?', 'and if I only have a weekend?', 'translate that into Spanish pls',
           'Can you put that in a table?', 'why?', 'go on', 'ok now turn it into an email to my landlord', 'less formal please',
           'great, a few more ideas?', 'what are the downsides', 'is that still true in 2025?', 'summarise in 3 bullets'),
    ],
    'code': [
        _c('it throws TypeError: cannot read properties of undefined', 'can you add type hints', 'now write tests for it with pytest',
           'this is too slow for 1M rows, ideas?', 'refactor into smaller functions', 'what about edge cases with empty input?',
           'ok it works. now add logging', 'convert this to async', 'getting ModuleNotFoundError: No module named yaml',
           'can we avoid the extra dependency', 'explain line by line what the regex does', 'port it to Go', 'add a CLI with argparse',
           'how would i deploy this on lambda', 'the CI fails on windows paths', 'use a dataclass instead'),
        _combo(['here is the stack trace:', 'still failing:', 'new error:'],
               ['Traceback (most recent call last):\n  File "app.py", line %d, in <module>\nKeyError: \'id\'' % i for i in (12, 48, 103)] +
               ['panic: runtime error: index out of range [3] with length 3', 'error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable']),
    ],
}

# ------------------------------------------------------------------ organic personas
ENTERPRISE_APPS = [
    ('Helios Insurance', 'helios-ins.com', 'You are Helios Assist, the claims help assistant for Helios Insurance. Answer only questions about policies, claims and coverage. Be concise and polite. If unsure, direct the customer to a human agent. Never provide legal advice.', 'support'),
    ('Brightline Legal', 'brightlinelaw.com', 'You summarise legal documents for Brightline internal staff. Output: 1) a five-sentence summary 2) key obligations 3) dates and deadlines. Use British English.', 'summarise'),
    ('Stackwell', 'stackwell.io', 'You are an automated code reviewer for Stackwell pull requests. Point out bugs, security issues and style problems. Respond in GitHub-flavoured markdown. Be specific and reference line numbers.', 'review'),
    ('Marigold Retail', 'marigold-retail.com', 'You write product descriptions for the Marigold online catalogue. Tone: warm, concise, no superlatives, max 80 words. Output JSON {"title":..., "description":..., "bullets":[...]}', 'catalog'),
    ('Tessellate Analytics', 'tessellate.ai', 'You are a data assistant embedded in Tessellate dashboards. Translate the user question into SQL for the warehouse schema provided, then explain the query in one sentence.', 'sql'),
    ('Norrland Health', 'norrlandhealth.se', 'You help clinicians draft patient-friendly discharge summaries. Never invent diagnoses. Plain language, reading age 12.', 'summarise'),
]
PRODUCTS = ['linen throw blanket', 'ceramic pour-over set', 'trail running shoe', 'kids rain jacket', 'cast iron skillet 26cm', 'bamboo desk organiser',
            'wireless earbuds', 'wool beanie', 'stainless bottle 750ml', 'yoga mat 6mm', 'LED desk lamp', 'canvas tote']
SQLQ = ['monthly active users by region last quarter', 'top 10 SKUs by return rate', 'average order value by cohort month', 'churned accounts with open tickets',
        'revenue per sales rep YTD vs target', 'weekly signups split by channel', 'p95 checkout latency per day', 'customers who bought twice in 30 days']
CLAIMQ = ['how do i file a claim for water damage', 'is my windscreen covered', 'my claim number is HX-{n} whats the status', 'can I add my son to my car policy',
          'the adjuster hasnt called back in 2 weeks', 'what documents do i need for theft claim', 'does my travel policy cover covid cancellations',
          'how long does a payout take', 'i want to cancel my policy', 'why did my premium go up']

def gen_enterprise(W, n_orgs, acc_range, req_range):
    r = W.r
    apps = r.sample(ENTERPRISE_APPS, n_orgs)
    for name, dom, sysp, kind in apps:
        org = 'org_' + h12(name + str(W.seed))[:10]
        card = W.card()
        n = r.randint(*acc_range)
        created0 = W.start - dt.timedelta(days=r.randint(40, 400), hours=r.uniform(0, 10))
        egress_kind = r.choice(['aws', 'azure', 'gcp', 'office'])
        if egress_kind == 'office':
            egress = [W.net.res(r.choice(['US', 'GB', 'DE']))] * 2
        else:
            egress = [W.net.ip(egress_kind) for _ in range(r.randint(2, 4))]
        stack = r.choice(['openai-python', 'anthropic-python', 'openai-node', 'java-okhttp', 'dotnet', 'go-http'])
        cl = Client(stack, r)
        model = r.choice(['nova-pro-3', 'nova-flash-3'])
        tz = r.choice([-5, 0, 1])
        for i in range(n):
            aid = W.new_acc(created0 + dt.timedelta(seconds=r.randint(0, 600)), org=org, email=dom, card=card, signup_ip=egress[0],
                            country=r.choice(['US', 'GB', 'DE', 'SE']), tier='enterprise', verified=True, persona='verified-enterprise')
            key = W.keyid(aid)
            k = r.randint(*req_range)
            for _ in range(k):
                t = W.human_time(tz) if r.random() < 0.7 else W.uniform_time()
                tools = None
                if kind == 'support':
                    p = r.choice(CLAIMQ).replace('{n}', str(r.randint(10000, 99999))); out = r.randint(40, 260)
                elif kind == 'summarise':
                    p = 'Summarise the following document:\n\n' + W.organic_prompt('userinst')[:600] + '\n' + W.organic_prompt('koala')[:400]
                    out = r.randint(150, 500)
                elif kind == 'review':
                    it = r.choice(W.C['codegen'])
                    p = 'Review this diff:\n```\n+ ' + it['response'][:900].replace('\n', '\n+ ') + '\n```'; out = r.randint(100, 700)
                    tools = ['get_file_contents', 'post_review_comment'] if r.random() < 0.5 else None
                elif kind == 'catalog':
                    p = 'Product: %s. Attributes: colour=%s, material=%s' % (r.choice(PRODUCTS), r.choice(['sand', 'slate', 'forest', 'rust', 'black']), r.choice(['cotton', 'recycled PET', 'oak', 'steel']))
                    out = r.randint(90, 200)
                else:
                    p = 'Question: %s\nSchema: orders(id, customer_id, total, created_at, region), customers(id, signup_at, channel), returns(order_id, sku, reason)' % r.choice(SQLQ)
                    out = r.randint(80, 300)
                W.emit(aid, t, cl, r.choice(egress), p, system=sysp, model=model, max_tokens=r.choice([512, 1024, 1024, 2048]),
                       temperature=r.choice([0.2, 0.3, 0]), stream=False, out_tokens=out, key=key, tools=tools, rl_rate=0.005)
    return n_orgs

def gen_individuals(W, persona, n, req_range, kind_mix, stacks, net='res', thread_n=None, system=None, think_p=0.05,
                    tier_w=(('free', 5), ('build', 4), ('scale', 1)), max_tok=(None, 1024, 2048, 4096), long_threads=False):
    r = W.r
    for _ in range(n):
        c = W.country()
        created = W.start - dt.timedelta(days=r.expovariate(1 / 150.0), hours=r.uniform(0, 24))
        if r.random() < 0.08:
            created = W.start + dt.timedelta(days=r.uniform(0, W.days * 0.7))
        home = W.net.res(c)
        tier = r.choices([a for a, _ in tier_w], [b for _, b in tier_w])[0]
        aid = W.new_acc(min(created, W.end - dt.timedelta(hours=30)), email=W.personal_email(c), signup_ip=home, country=c, tier=tier, persona=persona)
        created_dt = max(created, W.start)
        st = r.choice(stacks)
        cl = Client(st, r)
        cl2 = Client(r.choice(stacks), r) if r.random() < 0.25 else cl
        if persona == 'odd-stack-dev':
            # mismatched UA/JA4: corporate proxy / curl on windows / wrapped SDKs
            mode = r.choice(['proxy', 'curlwin', 'wrapped'])
            if mode == 'proxy':
                cl = Client('corp-proxy', r, ua=ua_for(r.choice(['openai-python', 'chrome', 'anthropic-ts', 'curl']), r))
            elif mode == 'curlwin':
                cl = Client('curl-win', r, ua=r.choice(['curl/8.4.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', None]))
            else:
                cl = Client('android-app', r, ua=ua_for(r.choice(['openai-python', 'py-requests']), r))
            cl2 = cl
        mobile = W.net.ip(r.choice(['mob_us', 'mob_in', 'mob_pl', 'mob_jp'])) if r.random() < 0.3 else None
        k = r.randint(*req_range)
        tz = COUNTRY_TZ.get(c, 0)
        key = W.keyid(aid)
        mt = r.choice(max_tok)
        model_pref = r.choice(MODELS_STD)
        done = 0
        while done < k:
            kind = r.choices([a for a, _ in kind_mix], [b for _, b in kind_mix])[0]
            nturn = thread_n(r) if thread_n else None
            pr = W.organic_thread(kind, nturn)
            pr = pr[:max(1, k - done)]
            t0 = W.human_time(tz)
            if t0 < created_dt:
                t0 = W.clip(created_dt + dt.timedelta(hours=r.uniform(0.1, 48)))
            cli = cl if r.random() < 0.8 else cl2
            if net == 'vpn':
                vip = W.net.ip('vpn')
                ipf = lambda: vip
            elif net == 'mixed-dc':
                vip = W.net.ip(r.choice(['aws', 'gcp', 'hetzner', 'do'])) if r.random() < 0.6 else home
                ipf = lambda: vip
            else:
                ipn = mobile if (mobile and r.random() < 0.35) else home
                ipf = lambda: ipn
            think = r.random() < think_p
            tools = None
            if persona in ('developer', 'power-user') and r.random() < 0.35:
                tools = r.choice([['read_file', 'write_file', 'run_shell', 'search_repo'], ['bash', 'str_replace_editor', 'glob', 'grep'],
                                  ['web_search', 'fetch_url'], ['execute_python'], ['list_dir', 'read_file', 'apply_patch', 'run_tests']])
            W.thread(aid, t0, cli, ipf, pr, system=system(r) if callable(system) else system,
                     conv_style=r.choice(['uuid', 'uuid', 'short', None]) if cli.stack not in ('chrome', 'firefox', 'safari', 'edge') else 'uuid',
                     gap=(15, 600) if not tools else (3, 40), tools=tools,
                     model=(r.choice(MODEL_THINK) if think else model_pref), max_tokens=mt,
                     temperature=r.choice([None, None, 0.7, 1.0, 0.2]), stream=(cli.stack in ('chrome', 'firefox', 'safari', 'edge', 'cli-agent', 'ios-app', 'android-app')) or r.random() < 0.4,
                     reasoning=(r.randint(300, 6000) if think else None), key=key)
            done += len(pr)
        if tools is not None:
            pass

def dev_system(r):
    return r.choice([None, None, 'You are a helpful coding assistant.', 'You are an expert software engineer. Answer with code first, explanation after.',
                     'You are Cody, an AI pair programmer working inside the user\'s repository. Use the provided tools to inspect files before editing.',
                     'Respond in markdown. Prefer TypeScript.', 'You are a senior backend dev. be terse.'])

def gen_campus(W, n_campus, per_campus):
    r = W.r
    groups = ['uni_us', 'uni_gb', 'uni_de', 'uni_ca', 'uni_nl']
    for ci in range(n_campus):
        g = groups[(ci + W.variant) % len(groups)]
        nat = [W.net.ip(g) for _ in range(r.randint(1, 3))]
        cty = {'uni_us': 'US', 'uni_gb': 'GB', 'uni_de': 'DE', 'uni_ca': 'CA', 'uni_nl': 'NL'}[g]
        dom = r.choice(['stu.%s.edu', 'mail.%s.ac.uk', 'students.%s.de', '%s.ca', 'student.%s.nl']).replace('%s', r.choice(['wexford', 'linden', 'aldermoor', 'riverton', 'kestrel']))
        tz = COUNTRY_TZ.get(cty, 0)
        for _ in range(per_campus):
            created = W.start - dt.timedelta(days=r.uniform(1, 300))
            aid = W.new_acc(created, email=dom if r.random() < 0.7 else W.personal_email(cty), signup_ip=r.choice(nat), country=cty, tier='free', persona='campus-nat')
            cl = Client(r.choice(['chrome', 'chrome', 'firefox', 'safari', 'py-requests', 'openai-python', 'edge']), r)
            k = r.randint(2, 14); done = 0
            while done < k:
                pr = W.organic_thread(r.choice(['general', 'general', 'code']), r.choice([1, 1, 2, 3]))
                t0 = W.human_time(tz)
                ip = r.choice(nat) if r.random() < 0.8 else W.net.res(cty if cty in COUNTRY_RES else 'US')
                W.thread(aid, t0, cl, lambda: ip, pr, conv_style='uuid', stream=cl.stack in ('chrome', 'firefox', 'safari', 'edge'),
                         max_tokens=r.choice([None, 1024]), key=W.keyid(aid))
                done += len(pr)

CLASS_WRAP = [
    ('You are a patient maths tutor for {course}. Do not just give the final answer: explain each step so a first-year student can follow, then state the answer on its own line.',
     'HW{hw} Q{q}: {item}'),
    ('You are TA-bot for {course}. Students will paste an exercise. Give hints first, then a full worked solution in numbered steps.',
     'Exercise {hw}.{q}\n{item}\nPlease walk me through it.'),
    ('You are a Python teaching assistant for {course}. Explain the solution, then show a clean implementation with comments. Mention time complexity.',
     'Lab {hw}, problem {q}:\n{item}'),
]

def gen_classroom(W, n_classes, size):
    r = W.r
    for ci in range(n_classes):
        course = r.choice(['MATH 101', 'Quantitative Reasoning', 'CS 1110', 'Intro to Programming', 'STAT 200', 'Discrete Structures'])
        wrapi = ci % len(CLASS_WRAP) if ci < 2 else r.randrange(len(CLASS_WRAP))
        sysp, tmpl = CLASS_WRAP[wrapi]
        sysp = sysp.format(course=course)
        code = 'Python' in sysp
        g = r.choice(['uni_us', 'uni_gb', 'uni_ca', 'uni_de'])
        nat = W.net.ip(g)
        cty = {'uni_us': 'US', 'uni_gb': 'GB', 'uni_de': 'DE', 'uni_ca': 'CA'}[g]
        tz = COUNTRY_TZ[cty]
        dom = 'students.' + r.choice(['harlow', 'bexley', 'marsh', 'ostrava', 'cairnfield']) + r.choice(['.edu', '.ac.uk', '.ca'])
        signup = W.start - dt.timedelta(days=r.randint(3, 40), hours=r.uniform(13, 15))
        # homework sets: each a fixed list of items, deadline day
        hws = []
        for h in range(max(2, W.days // 6)):
            items = r.sample(W.C['humaneval'], 6) if code else r.sample(W.C['gsm_train'], 8)
            deadline = min(W.days - 1, 3 + h * 6 + r.randint(0, 2))
            hws.append((h + 1, items, deadline))
        teach_card = W.card()
        for si in range(size):
            aid = W.new_acc(signup + dt.timedelta(seconds=r.randint(0, 3600)), email=dom, card=None if r.random() < 0.6 else teach_card if si == 0 else 'auto',
                            signup_ip=nat, country=cty, tier='free', persona='classroom')
            cl = Client(r.choice(['chrome', 'chrome', 'safari', 'firefox', 'py-requests', 'openai-python']), r)
            for hw, items, deadline in hws:
                if r.random() < 0.15:
                    continue
                for qi, it in enumerate(items):
                    if r.random() < 0.35:
                        continue
                    item = it['prompt'] if code else it['question']
                    day = max(0, deadline - int(r.expovariate(1.2)))
                    t = W.human_time(tz, day=day, peak=r.choice([19, 20, 21, 22, 23, 14, 15]))
                    ip = nat if r.random() < 0.6 else W.net.res(cty)
                    pr = [tmpl.format(hw=hw, q=qi + 1, item=item)]
                    if r.random() < 0.3:
                        pr.append(r.choice(['I got a different answer, can you check step 2?', 'why do we divide there?', 'can you explain it more simply',
                                            'ok what if the numbers were doubled', 'is there a shorter way?']))
                    W.thread(aid, t, cl, lambda: ip, pr, system=sysp, conv_style='uuid', key=W.keyid(aid), max_tokens=1500,
                             temperature=0.3, stream=True, out_tokens=r.randint(200, 700))

HARNESS_SYS = [None, 'You are a helpful assistant.', 'Solve the following problem. Put your final answer after "####".',
               'Complete the Python function. Return only code.']

def gen_eval_harness(W, n_labs, accs_per_lab, reqs):
    r = W.r
    for li in range(n_labs):
        lab = r.choice(['Orchid AI Lab', 'Meridian Research', 'Cobalt Evals', 'Univ. NLP group', 'Parallax ML'])
        dom = r.choice(['orchid-ai.org', 'meridian-research.com', 'cobalt-evals.io', 'cs.kestrel.edu', 'parallax.ml'])
        org = 'org_' + h12(lab + str(li) + str(W.seed))[:10] if r.random() < 0.7 else None
        verified = org is not None and r.random() < 0.6
        card = W.card()
        cloud = r.choice(['aws', 'gcp', 'azure', 'oracle', 'hetzner'])
        ips = [W.net.ip(cloud) for _ in range(r.randint(2, 8))]
        stack = r.choice(['py-httpx', 'py-aiohttp', 'openai-python', 'anthropic-python'])
        cl = Client(stack, r)
        bench = r.sample(['gsm', 'humaneval', 'mt', 'arena', 'gsm', 'humaneval'], 2)
        for ai in range(accs_per_lab):
            aid = W.new_acc(W.start - dt.timedelta(days=r.randint(20, 500)), org=org, email=dom, card=card, signup_ip=ips[0], country='US',
                            tier='scale', verified=verified, persona='eval-harness')
            key = W.keyid(aid)
            # runs: repeated sweeps over a fixed subset, n samples per item
            subset_g = W.C['gsm_test'][:r.choice([250, 500, 1319])]
            for run in range(max(1, reqs // 150)):
                t = W.uniform_time()
                b = r.choice(bench)
                temp = r.choice([0, 0, 0.7, 1.0])
                model = r.choice(['nova-pro-3', 'nova-flash-3', 'nova-think-3', 'nova-max-3'])
                nitems = r.randint(100, 200)
                start_i = r.randrange(0, 1000)
                sysp = r.choice(HARNESS_SYS)
                for j in range(nitems):
                    if b == 'gsm':
                        it = subset_g[(start_i + j) % len(subset_g)]
                        p = ('Question: ' + it['question'] + '\nAnswer:') if r.random() < 0.5 else it['question']
                        resp = it['answer']; out = r.randint(80, 350)
                    elif b == 'humaneval':
                        it = W.C['humaneval'][(start_i + j) % 164]
                        p = it['prompt']; resp = it['canonical_solution']; out = r.randint(60, 300)
                    elif b == 'mt':
                        p = W.C['mt'][(start_i + j) % 80][0]; resp = None; out = r.randint(200, 900)
                    else:
                        p = W.C['arena'][(start_i + j) % 500]; resp = None; out = r.randint(300, 1500)
                    think = model == 'nova-think-3'
                    t = t + dt.timedelta(seconds=r.uniform(0.2, 4))
                    if t >= W.end:
                        break
                    W.emit(aid, t, cl, r.choice(ips), p, system=sysp, model=model, max_tokens=r.choice([1024, 2048, 4096]), temperature=temp,
                           stream=False, out_tokens=out, reasoning=r.randint(500, 5000) if think else None, response=resp, key=key, rl_rate=0.03)

def gen_hobbyist(W, n):
    r = W.r
    for _ in range(n):
        c = W.country()
        aid = W.new_acc(W.start - dt.timedelta(days=r.uniform(5, 400)), email=W.personal_email(c), signup_ip=W.net.res(c), country=c, tier='build', persona='data-hobbyist')
        cl = Client(r.choice(['py-requests', 'openai-python', 'py-httpx', 'anthropic-python']), r)
        ip = W.net.res(c) if r.random() < 0.6 else W.net.ip(r.choice(['gcp', 'aws']))  # colab/cloud notebooks
        topic = r.choice(['Pokemon trivia', 'cooking recipes for my app', 'customer service dialogues for a chatbot demo', 'SQL exercises',
                          'D&D NPC backstories', 'Spanish vocab flashcards', 'fake product reviews to test my sentiment classifier',
                          'riddles with answers', 'short horror stories', 'interview questions for junior devs', 'math word problems for my kid'])
        k = r.randint(15, 70)
        t = W.human_time(COUNTRY_TZ.get(c, 0))
        for i in range(k):
            if r.random() < 0.15:
                t = W.human_time(COUNTRY_TZ.get(c, 0))
            p = r.choice([
                'Generate %d %s. Return JSON lines with fields "input" and "output".' % (r.choice([10, 20, 25, 50]), topic),
                'give me %d more %s, different from before, numbered' % (r.choice([10, 15, 20]), topic),
                'I am building a small dataset of %s. Write %d examples, vary the difficulty.' % (topic, r.choice([5, 10, 30])),
                'Create %d examples of %s as a CSV with header' % (r.choice([20, 40]), topic)])
            if r.random() < 0.2:
                sd = r.choice(W.C['seed'])
                p = 'Here is an example task: "%s"\nWrite 10 similar tasks about %s.' % (sd['instruction'], topic)
            W.emit(aid, t, cl, ip, p, max_tokens=r.choice([2000, 4000, 4096]), temperature=r.choice([0.9, 1.0, 1.2]), stream=False,
                   out_tokens=r.randint(600, 3500), key=W.keyid(aid))
            t = W.clip(t + dt.timedelta(seconds=r.uniform(5, 90)))

def gen_researchers(W, n):
    r = W.r
    for _ in range(n):
        c = r.choice(['US', 'GB', 'DE', 'CA', 'KR', 'JP', 'FR'])
        uni = r.random() < 0.6
        g = {'US': 'uni_us', 'GB': 'uni_gb', 'DE': 'uni_de', 'CA': 'uni_ca'}.get(c)
        ip = W.net.ip(g) if (uni and g) else W.net.res(c)
        aid = W.new_acc(W.start - dt.timedelta(days=r.uniform(20, 600)), email=(r.choice(['cs.', 'math.', 'stat.', '']) + r.choice(['aldermoor.edu', 'uni-hanse.de', 'ox-fen.ac.uk', 'kaist-like.ac.kr', 'mcl.ca'])) if uni else W.personal_email(c),
                        signup_ip=ip, country=c, tier=r.choice(['build', 'scale']), persona='researcher')
        cl = Client(r.choice(['openai-python', 'anthropic-python', 'py-httpx', 'chrome', 'firefox']), r)
        k = r.randint(10, 50)
        done = 0
        while done < k:
            x = r.random()
            if x < 0.35:
                it = r.choice(W.C['gsm_train'] + W.C['gsm_test'][:200])
                p = r.choice(['Let\'s think step by step. ', 'Solve carefully, showing your reasoning:\n', '', 'Q: ']) + it['question'] + r.choice(['', '\nA: Let\'s think step by step.', ''])
            elif x < 0.6:
                p = r.choice(W.C['arena_other'])
                p = p + r.choice(['', '\n\nPlease reason step by step before answering.', '\n\nExplain your reasoning in detail.'])
            elif x < 0.8:
                p = r.choice(['Is the following proof correct? ', 'Critique this argument: ', 'Which of these two answers is better and why?\n']) + r.choice(W.C['koala'])
            else:
                p = W.organic_prompt('general')
            think = r.random() < 0.45
            pr = [p] + ([r.choice(['where exactly does step 3 come from?', 'can you verify that with a different method', 'now do it without the simplifying assumption',
                                   'what is the most common mistake people make here?'])] if r.random() < 0.3 else [])
            W.thread(aid, W.human_time(COUNTRY_TZ.get(c, 0)), cl, lambda: ip, pr, conv_style='uuid' if r.random() < 0.6 else None,
                     model=r.choice(MODEL_THINK) if think else 'nova-pro-3', max_tokens=r.choice([4096, 8192, 16000]), temperature=r.choice([0, 0.7, 1.0]),
                     reasoning=r.randint(800, 12000) if think else None, out_tokens=r.randint(300, 1800), key=W.keyid(aid))
            done += len(pr)

def gen_writers(W, n):
    r = W.r
    for _ in range(n):
        c = W.country()
        ip = W.net.res(c)
        aid = W.new_acc(W.start - dt.timedelta(days=r.uniform(3, 500)), email=W.personal_email(c), signup_ip=ip, country=c, tier=r.choice(['free', 'build']), persona='writer')
        cl = Client(r.choice(['chrome', 'safari', 'firefox', 'ios-app', 'node-fetch']), r)
        sysp = r.choice([None, 'You are my co-writer. Match my voice: dry, wry, British.', 'You are a writing assistant for a fantasy novel set in the city of Vell. Keep continuity.',
                         'Act as an editor. Suggest, do not rewrite wholesale.'])
        for _ in range(r.randint(2, 6)):
            rp = r.choice(W.C['roleplay'])
            first = rp['instruction'] if r.random() < 0.4 else r.choice(W.C['koala'] + [m[0] for m in W.C['mt'][:10]])
            n2 = r.randint(1, 7)
            pr = [first] + [r.choice(['continue', 'more dialogue, less description', 'make the ending darker', 'rewrite from her POV', 'good. next scene: the market',
                                       'tighten this by 30%', 'too purple. simpler', 'give me three alternative titles']) for _ in range(n2 - 1)]
            W.thread(aid, W.human_time(COUNTRY_TZ.get(c, 0), peak=r.choice([21, 22, 23, 10])), cl, lambda: ip, pr, system=sysp, conv_style='uuid', gap=(60, 900),
                     max_tokens=r.choice([2048, 4096]), temperature=r.choice([0.9, 1.0]), stream=True, out_tokens=r.randint(400, 1600), key=W.keyid(aid))

def gen_startup(W, n_teams):
    """small unverified team sharing one card + office IP, different people, organic"""
    r = W.r
    for _ in range(n_teams):
        c = r.choice(['US', 'DE', 'IN', 'GB', 'BR'])
        dom = r.choice(['tinyforge', 'loopkit', 'quokka', 'fernbyte', 'sable']) + r.choice(['.dev', '.io', '.app'])
        card = W.card(); office = W.net.res(c)
        created = W.start - dt.timedelta(days=r.uniform(10, 200))
        for i in range(r.randint(3, 9)):
            aid = W.new_acc(created + dt.timedelta(days=r.uniform(0, 30)), email=dom, card=card, signup_ip=office, country=c, tier='build', persona='startup-team')
            cl = Client(r.choice(['openai-node', 'anthropic-ts', 'openai-python', 'curl', 'cli-agent', 'chrome']), r)
            for _ in range(r.randint(8, 45)):
                p = W.organic_prompt(r.choice(['code', 'code', 'general']))
                ip = office if r.random() < 0.7 else W.net.res(c)
                W.emit(aid, W.human_time(COUNTRY_TZ.get(c, 0)), cl, ip, p, system=dev_system(r), max_tokens=r.choice([None, 2048]), temperature=0.2,
                       stream=r.random() < 0.5, key=W.keyid(aid, r.randint(0, 1)))

# ------------------------------------------------------------------ attack wording (each operation has its own voice)
class Voice:
    """Per-operation phrasing generator. Built from slot lists written for that operation."""
    def __init__(self, slots):
        self.slots = slots
    def say(self, r, target, item):
        s = self.slots[target]
        parts = []
        for slot in s['order']:
            if slot == 'ITEM':
                parts.append(item)
            else:
                opts = s[slot]
                v = r.choice(opts)
                if v:
                    parts.append(v)
        return s.get('sep', '\n\n').join(parts)

VOICES = {}
VOICES['terse'] = Voice({
    'math': {'order': ['a', 'ITEM', 'b'], 'a': ['Problem:', 'Solve:', 'Q:', '', 'Task -'],
             'b': ['Show all intermediate reasoning. Final answer in \\boxed{}.', 'Reason step by step. End with "ANSWER: <n>".', 'Full chain of reasoning then the number.',
                   'Think it through step by step, verify, then answer.', 'Step-by-step. Then final answer on last line.']},
    'code': {'order': ['a', 'ITEM', 'b'], 'a': ['Implement:', 'Code task:', '', 'Write solution.'],
             'b': ['Explain approach first, then code, then complexity.', 'Reasoning before code. Include tests.', 'Give thought process, then final python.', '']},
    'gen': {'order': ['a', 'ITEM', 'b'], 'a': ['Instruction:', 'Task:', ''], 'b': ['Answer thoroughly.', 'Detailed response.', 'Explain reasoning.', '']},
})
VOICES['academic'] = Voice({
    'math': {'order': ['a', 'b', 'ITEM', 'c'], 'a': ['Hello,', 'Hi there.', 'Good morning!', '', 'Hey,'],
             'b': ['I\'m preparing material and would value a careful worked solution to the problem below.', 'Could you work through this problem for me?',
                   'I\'d appreciate a rigorous, fully explained solution.', 'Please help me understand how to solve the following.', 'Quick one, if you don\'t mind:'],
             'c': ['Please write out each deduction explicitly, including any arithmetic, and double-check the result at the end.',
                   'Lay out your thinking in full — I care more about the reasoning than the number.',
                   'Narrate your reasoning as you go, noting any assumption you make.',
                   'Walk through it slowly and then summarise the method in two sentences.', 'Thanks in advance!', '']},
    'code': {'order': ['a', 'b', 'ITEM', 'c'], 'a': ['Hi,', '', 'Hello!'],
             'b': ['I\'m stuck on this programming exercise.', 'Could you help me with the following coding problem?', 'Working on this and would love a clean solution:',
                   'Here is a function I need to finish.'],
             'c': ['Could you explain your thought process before writing the code, and mention edge cases?', 'Please reason about the algorithm first, then give the implementation.',
                   'I\'d like to understand why it works, not just the code.', 'Afterwards, what would you test?', '']},
    'gen': {'order': ['b', 'ITEM', 'c'], 'b': ['I\'m curious about this:', 'Could you help with the following?', '', 'Question for you:'],
            'c': ['Please be thorough.', 'Take your time and explain.', '', 'Would love a detailed answer.']},
})
VOICES['json'] = Voice({
    'math': {'order': ['a', 'ITEM', 'b'], 'sep': '\n',
             'a': ['### INPUT', '<problem>', '[QUESTION]', 'PROBLEM_TEXT:'],
             'b': ['### OUTPUT FORMAT\n{"reasoning": "<full derivation>", "answer": <number>}', '</problem>\nReturn JSON with keys rationale (string, detailed) and final (number).',
                   '[/QUESTION]\nrespond as {"steps":[...],"final_answer":...}', 'Output a JSON object: thoughts -> list of every step; result -> numeric.']},
    'code': {'order': ['a', 'ITEM', 'b'], 'sep': '\n',
             'a': ['### SPEC', '<task>', 'TASK_SPEC:'],
             'b': ['### OUTPUT\n{"analysis": "...", "code": "...", "tests": ["..."]}', '</task>\nReturn JSON {"plan": str, "solution": str, "complexity": str}',
                   'Respond in JSON with fields reasoning, code.']},
    'gen': {'order': ['a', 'ITEM', 'b'], 'sep': '\n', 'a': ['### INSTRUCTION', '<instruction>'],
            'b': ['### RESPONSE (json: {"response": ...})', '</instruction>\n{"output": ...}']},
})
VOICES['esl'] = Voice({
    'math': {'order': ['a', 'ITEM', 'b'], 'a': ['please solve this question', 'help me for this math', 'Kindly solve below problem', 'this question from my exam, solve please'],
             'b': ['write every step and explain why doing each step', 'give detail solution with steps, not only answer', 'explain very detail, step by step thinking',
                   'i need the thinking process also']},
    'code': {'order': ['a', 'ITEM', 'b'], 'a': ['please write the code for below', 'kindly complete this function', 'need solution for this coding'],
             'b': ['also explain the logic in detail', 'explain step by step how you think', 'give explanation and code both']},
    'gen': {'order': ['a', 'ITEM'], 'a': ['please answer this', 'kindly explain', '']},
})
VOICES['bare'] = Voice({
    'math': {'order': ['ITEM']}, 'code': {'order': ['ITEM']}, 'gen': {'order': ['ITEM']},
})

RUBRICS = {
    'op_a': ['Grade the response below on a 1-10 scale for correctness, completeness and clarity. Justify each sub-score, then output "SCORE: x/10".',
             'You are an expert evaluator. Compare the candidate solution against the problem. List every error. Then give an overall score from 1 to 10.',
             'Assess this answer. Criteria: (a) factual accuracy (b) reasoning validity (c) helpfulness. Score each 1-5 and explain.'],
    'op_b': ['Act as a strict judge. Decide if the proposed answer is CORRECT or INCORRECT and write a detailed critique of its reasoning.',
             'Here is a question and a student\'s attempt. Mark it as a teacher would: point by point feedback, then a mark out of 20.',
             'Evaluate the following model output with the rubric: logic (0-4), arithmetic (0-3), presentation (0-3). Provide rationale then a JSON verdict.'],
}

TAXO_DOMAINS = ['organic chemistry', 'contract law', 'macroeconomics', 'number theory', 'medieval history', 'cardiology', 'compiler design', 'cryptography',
                'thermodynamics', 'marketing strategy', 'linguistics', 'music theory', 'tax accounting', 'epidemiology', 'graph algorithms', 'philosophy of mind',
                'genetics', 'structural engineering', 'supply chain', 'astrophysics', 'probability', 'databases', 'poetry', 'ethics']
TAXO_SKILLS = ['explain a core concept to a novice', 'solve a multi-step quantitative problem', 'critique a flawed argument', 'write a short essay',
               'compare two competing theories', 'design an experiment', 'debug a described failure', 'summarise a debate', 'produce a worked example',
               'answer a tricky edge-case question', 'translate jargon into plain language', 'generate exam questions with answers']
TAXO_LEVEL = ['introductory', 'intermediate', 'advanced', 'expert', 'graduate-level']

# ------------------------------------------------------------------ attack item sources (shared pool)
class Pool:
    def __init__(self, W, target, distinct):
        r = W.r
        C = W.C
        self.target = target
        if target == 'math':
            items = [x['question'] for x in C['gsm_train']] + [x['question'] for x in C['gsm_test']]
        elif target == 'code':
            items = [x['prompt'] for x in C['humaneval']] + [x['instruction'] + ('\n' + x['input'] if x['input'] else '') for x in C['codegen']] + C['arena_code']
        elif target == 'agentic':
            items = [x for x in C['tool']]
        elif target == 'rubric':
            items = []
            for x in C['gsm_train'][:3000]:
                a = x['answer']
                if r.random() < 0.4:  # corrupt
                    a = re.sub(r'#### (\d+)', lambda m: '#### %d' % (int(m.group(1)) + r.randint(1, 9)), a)
                items.append(('math', x['question'], a))
            for x in C['codegen'][:1500]:
                items.append(('code', x['instruction'], x['response']))
            for x in C['roleplay'][:800]:
                items.append(('gen', x['instruction'], x['response']))
        elif target == 'selfinstruct':
            items = list(range(100000))
        elif target == 'taxonomy':
            items = [(d, s, l) for d in TAXO_DOMAINS for s in TAXO_SKILLS for l in TAXO_LEVEL]
        elif target == 'reasoning':
            items = C['arena_other'] + [m[0] for m in C['mt']] + C['koala'] + [x['instruction'] for x in C['roleplay'][:600]]
        elif target == 'roleplay':
            items = [x['instruction'] for x in C['roleplay']]
        else:
            raise ValueError(target)
        items = list(items)
        r.shuffle(items)
        self.items = items
        self.distinct = distinct
        self.i = 0
        self.r = r

    def next(self):
        if self.distinct:
            x = self.items[self.i % len(self.items)]
            self.i += 1
            return x
        return self.r.choice(self.items[:max(50, len(self.items) // 3)])

TOOLSETS = [['web_search', 'open_url', 'python_exec'], ['search', 'calculator', 'calendar'], ['browser.search', 'browser.open', 'code_interpreter'],
            ['run_bash', 'read_file', 'write_file', 'edit_file'], ['sql_query', 'plot_chart'], ['get_weather', 'geocode', 'web_search'],
            ['wikipedia', 'wolfram', 'python']]

def render_attack(W, op, pool, r):
    """returns (prompts list, system, tools, out_tokens range, reasoning flag, response)"""
    voice = op['voice']
    tgt = pool.target
    item = pool.next()
    tools = None; system = op.get('system'); resp = None
    if tgt == 'math':
        p = voice.say(r, 'math', item); out = (250, 900)
    elif tgt == 'code':
        p = voice.say(r, 'code', item); out = (300, 1600)
    elif tgt == 'reasoning':
        p = voice.say(r, 'gen', item); out = (400, 1800)
    elif tgt == 'roleplay':
        p = voice.say(r, 'gen', item); out = (300, 1200)
    elif tgt == 'agentic':
        ins = item['instruction']
        lines = ins.split('\n')
        task = lines[-1] if lines else ins
        p = voice.say(r, 'gen', task + ('\nInput: ' + item['input'] if item['input'] else ''))
        tools = r.choice(op.get('toolsets', TOOLSETS))
        if not system:
            system = op.get('agent_sys') or 'You are an autonomous agent. Use the available tools when helpful. Think before each action and explain the plan.'
        out = (200, 900)
    elif tgt == 'rubric':
        kind, q, a = item
        rub = r.choice(RUBRICS[op.get('rubric_set', 'op_a')])
        if op['voice'] is VOICES['json']:
            p = '### RUBRIC\n%s\n### QUESTION\n%s\n### CANDIDATE\n%s' % (rub, q, a)
        else:
            p = r.choice(['%s\n\nQuestion:\n%s\n\nAnswer to grade:\n%s', '%s\n\n[Task]\n%s\n[Response]\n%s', '%s\n\nPROMPT: %s\nRESPONSE: %s']) % (rub, q, a)
        out = (250, 800)
    elif tgt == 'selfinstruct':
        seeds = r.sample(W.C['seed'], 3)
        st = op.get('si_style', 0)
        if st == 0:
            p = W.C['alpaca'].split('List of 20 tasks')[0] if 'List of 20 tasks' in W.C['alpaca'] else W.C['alpaca'][:1200]
            p = p + '\n' + '\n'.join('%d. Instruction: %s' % (i + 1, s['instruction']) for i, s in enumerate(seeds))
        elif st == 1:
            p = r.choice(['Invent %d brand-new tasks someone might ask an AI assistant. For each, write the task and an ideal, complete answer. Mix writing, reasoning, coding and advice. Examples of the style:\n',
                          'We need fresh, diverse instruction/response pairs (%d of them). Avoid repeating verbs. Inspiration:\n',
                          'Produce %d varied prompts plus high-quality completions, formatted as numbered pairs. Seed examples:\n']) % r.choice([8, 10, 12, 15]) + \
                '\n'.join('- ' + s['instruction'] for s in seeds)
        else:
            s = seeds[0]
            p = 'Write a new instruction in the same spirit as "%s" but on a different topic, then answer it as an expert would.' % s['instruction']
        out = (1200, 3800)
    elif tgt == 'taxonomy':
        d, s, l = item
        tpl = op.get('taxo_tpl', 0)
        if tpl == 0:
            p = 'Domain: %s\nSkill: %s\nLevel: %s\nCreate one challenging prompt that tests this, then answer it fully with reasoning.' % (d, s, l)
        elif tpl == 1:
            p = 'For a %s-level learner of %s: %s. Be complete.' % (l, d, s)
        else:
            p = '[%s | %s | %s] %s' % (d.upper(), l, s, r.choice(['Show your work.', 'Think aloud first.', 'Full explanation please.']))
        out = (500, 2000)
    p = p.strip()
    prompts = [p]
    fu = op.get('followups')
    if fu and r.random() < op.get('followup_p', 0):
        for _ in range(r.randint(1, op.get('max_fu', 2))):
            prompts.append(r.choice(fu))
    return prompts, system, tools, out, resp

FOLLOW_CAREFUL = ['Could you double-check that? I want to be sure about the middle part.', 'Nice. Is there a different way to reach the same result?',
                  'What would change if one of the numbers were different?', 'Can you explain the trickiest step again, more slowly?',
                  'Thanks — and what is the time complexity of that?', 'Could you write a couple of unit tests for it?', 'hmm, why not the simpler approach?',
                  'Where do people usually go wrong on this?', 'Summarise the key idea in one paragraph.', 'ok makes sense. could it be done without recursion?']
FOLLOW_SUB = ['now give an alternative solution', 'verify your answer by another method', 'explain again as if to a 12-year-old', 'list the assumptions you made']

COVER = lambda W, r: W.organic_prompt(r.choice(['general', 'general', 'code']))

def email_for_op(W, style, r, i, op_tag):
    if style == 'disposable':
        return r.choice(['tempmail.dev', 'mailnesia.net', 'inboxkitten.com', 'dropmail.me', 'quickbox.top', 'mail-temp.org'])
    if style == 'lookalike':
        return r.choice(['gmaiI.com', 'gmail.co', 'outl00k.com', 'gmall.com', 'yah00.com', 'protonmaill.com'])
    if style == 'catchall':
        return op_tag + r.choice(['-ops.xyz', '-mail.top', 'lab.site'])
    return W.personal_email(r.choice(['US', 'GB', 'DE', 'IN', 'CA', 'SG']))

def gen_operation(W, op):
    """op dict: id, campaign, teams: list of team dicts."""
    r = W.r
    pools = {t: Pool(W, t, op.get('distinct', False)) for t in sorted(set(t for team in op["teams"] for t, _ in team["targets"]))}
    n_total = 0; n_req = 0
    for ti, team in enumerate(op['teams']):
        cards = [W.card() for _ in range(team.get('n_cards', 0))]
        shared_ips = [W.net.ip(team['net']) if team['net'] in ('dc', 'vpn') or team['net'] in ASN_GROUPS else None for _ in range(team.get('n_shared_ips', 0))]
        shared_client = None
        if team.get('one_stack'):
            shared_client = Client(team['stacks'][0], r)
        burst_days = [W.start - dt.timedelta(days=r.uniform(team.get('burst_min', 1), team.get('burst_max', 10))) for _ in range(team.get('n_bursts', 3))]
        op_tag = op['campaign'].split('_')[-1]
        for ai in range(team['n']):
            c = team.get('country') or r.choice(team.get('countries', ['US', 'GB', 'DE', 'IN', 'CA', 'KR', 'JP', 'BR']))
            if team['created'] == 'burst':
                created = r.choice(burst_days) + dt.timedelta(minutes=r.uniform(0, 90))
            elif team['created'] == 'aged':
                created = W.start - dt.timedelta(days=r.uniform(60, 330), hours=r.uniform(0, 24))
            elif team['created'] == 'trickle':
                created = W.start + dt.timedelta(days=r.uniform(0, W.days * 0.75))
            else:
                created = W.start - dt.timedelta(days=r.uniform(3, 60))
            # network
            if team['net'] == 'resid':
                homes = [W.net.res(c) for _ in range(r.randint(1, 3))]
            elif team['net'] == 'mobile':
                homes = [W.net.ip(r.choice(['mob_us', 'mob_in', 'mob_pl', 'mob_jp'])) for _ in range(r.randint(3, 8))]
            elif shared_ips:
                homes = r.sample(shared_ips, min(len(shared_ips), r.randint(1, 3)))
            else:
                homes = [W.net.ip(team['net']) for _ in range(r.randint(1, 2))]
            signup_ip = homes[0] if team.get('signup_same', True) else W.net.res(c)
            card = r.choice(cards) if cards else ('auto' if r.random() > team.get('no_card', 0) else None)
            aid = W.new_acc(created, org=team.get('org'), email=email_for_op(W, team['email'], r, ai, op_tag), card=card, signup_ip=signup_ip, country=c,
                            tier=team.get('tier', r.choice(['free', 'build', 'build'])), verified=False, label='attack', campaign=op['campaign'],
                            persona=team['persona'])
            n_total += 1
            # client
            if shared_client:
                cl = shared_client
            elif team.get('random_tls'):
                st = r.choice(team['stacks'])
                cl = Client(st, r, ja=random_ja4(r) if r.random() < 0.5 else None)
            else:
                cl = Client(r.choice(team['stacks']), r)
            k = max(3, int(r.gauss(team['reqs'], team['reqs'] * 0.35)))
            tz = COUNTRY_TZ.get(c, 0) if not team.get('tz') else team['tz']
            t_first = max(created, W.start) + dt.timedelta(hours=r.uniform(0.2, 30 if team['created'] != 'burst' else 6))
            done = 0
            key = W.keyid(aid)
            while done < k:
                cover = r.random() < team.get('cover', 0)
                if team['timing'] == 'human':
                    t0 = W.human_time(tz)
                    if t0 < t_first:
                        t0 = W.clip(t_first + dt.timedelta(hours=r.uniform(0, 36)))
                elif team['timing'] == 'script':
                    t0 = W.clip(t_first + dt.timedelta(seconds=r.uniform(0, (W.end - t_first).total_seconds())))
                else:  # batch: a few work windows of dense requests
                    t0 = None
                if cover:
                    pr = W.organic_thread(r.choice(['general', 'general', 'code']), r.choice([1, 1, 2]))
                    system = None; tools = None; outr = (80, 700); think = False
                else:
                    tgt = r.choices([t for t, _ in team['targets']], [w for _, w in team['targets']])[0]
                    pr, system, tools, outr, _ = render_attack(W, dict(team['op_style'], voice=team['voice']), pools[tgt], r)
                    think = r.random() < team.get('think_p', 0)
                if t0 is None:
                    if done == 0 or r.random() < 0.15:
                        win = W.clip(t_first + dt.timedelta(seconds=r.uniform(0, (W.end - t_first).total_seconds())))
                    t0 = win = W.clip(win + dt.timedelta(seconds=r.uniform(*team.get('batch_gap', (2, 30)))))
                ipf = (lambda hs=homes: r.choice(hs)) if team['net'] in ('mobile', 'dc', 'vpn') and r.random() < 0.5 else (lambda h=r.choice(homes): h)
                model = r.choice(team.get('models', MODELS_STD))
                if think:
                    model = r.choice(MODEL_THINK)
                if not cover:
                    pr = pr[:k - done]
                W.thread(aid, t0, cl, ipf, pr, system=system, tools=tools,
                         conv_style=team.get('conv', 'uuid') if (len(pr) > 1 or r.random() < team.get('conv_p', 0.5)) else None,
                         gap=team.get('gap', (30, 300)), model=model, max_tokens=r.choice(team.get('max_tokens', [4096])),
                         temperature=r.choice(team.get('temps', [0.7])), stream=r.random() < team.get('stream_p', 0.3),
                         out_tokens=r.randint(*outr), reasoning=(r.randint(*team.get('reason_range', (1500, 14000))) if think else None), key=key,
                         rl_rate=team.get('rl', 0.01), endpoint=team.get('endpoint'))
                done += len(pr)
                n_req += len(pr)
            if team['timing'] == 'batch' and 'win' in dir():
                pass
    W.summary.append((op['campaign'], op['desc'], n_total, n_req))

# ------------------------------------------------------------------ world plans
def plan(W):
    r = W.r; v = W.variant
    ops = []
    # 1) sloppy fleet
    ops.append(dict(campaign='camp_%s_fleet' % ('k7' if v == 1 else 'p2'),
                    desc='sloppy fleet: datacenter/VPN proxies, %s' % ('4 shared cards, burst signups, disposable mail, one python-requests stack, CoT on maths + bulk self-instruct' if v == 1 else 'look-alike mail, 3 cards, one Go client, bare items with extended thinking on maths/code'),
                    teams=[dict(n=150 if v == 1 else 130, persona='fleet-proxy', created='burst', n_bursts=3 if v == 1 else 2, burst_min=1, burst_max=6,
                                email='disposable' if v == 1 else 'lookalike', n_cards=4 if v == 1 else 3, net='dc' if v == 1 else 'vpn', n_shared_ips=40,
                                stacks=['py-requests'] if v == 1 else ['go-http'], one_stack=True, timing='script' if v == 1 else 'batch', batch_gap=(1, 12),
                                targets=[('math', 6), ('selfinstruct', 3)] if v == 1 else [('math', 5), ('code', 5)],
                                voice=VOICES['terse'] if v == 1 else VOICES['bare'], op_style=dict(si_style=0), reqs=36 if v == 1 else 40,
                                max_tokens=[4096, 8192] if v == 1 else [32000, 64000], temps=[0.7, 1.0] if v == 1 else [1.0], think_p=0.1 if v == 1 else 0.8,
                                reason_range=(3000, 24000), stream_p=0.0, rl=0.06, conv_p=0.0, tier='build', endpoint='/v1/chat/completions' if v == 1 else '/v1/messages')]))
    # 2) careful operation
    ops.append(dict(campaign='camp_%s_quiet' % ('m3' if v == 1 else 'r9'),
                    desc='careful: aged accounts, own cards, residential IPs, browser/SDK fingerprints (some randomised TLS), human-paced threads with follow-ups, shared distinct %s pool' % ('coding' if v == 1 else 'maths+reasoning'),
                    distinct=True,
                    teams=[dict(n=110 if v == 1 else 130, persona='careful-harvester', created='aged', email='normal', net='resid', signup_same=False,
                                stacks=['chrome', 'firefox', 'safari', 'edge', 'openai-python', 'anthropic-ts'], random_tls=True, timing='human',
                                targets=[('code', 8), ('reasoning', 2)] if v == 1 else [('math', 6), ('reasoning', 4)],
                                voice=VOICES['academic'], op_style=dict(followups=FOLLOW_CAREFUL, followup_p=0.55, max_fu=3), reqs=42 if v == 1 else 38,
                                max_tokens=[None, 2048, 4096], temps=[None, 0.7, 1.0], think_p=0.25, stream_p=0.7, gap=(45, 900), conv_p=0.8, cover=0.12,
                                countries=['US', 'GB', 'CA', 'DE', 'AU'])]))
    # 3) sub-team operation
    if v == 1:
        teams = [dict(n=70, persona='subteam-agentic', created='recent', email='catchall', n_cards=8, net='hetzner', n_shared_ips=12, stacks=['openai-node', 'node-fetch'],
                      timing='script', targets=[('agentic', 7), ('code', 3)], voice=VOICES['json'], op_style=dict(agent_sys='You are Operator, a tool-using agent. Plan, call tools, observe, and continue until done. Narrate your reasoning between calls.'),
                      reqs=40, max_tokens=[4096], temps=[0.2, 0.5], cover=0.3, stream_p=0.5, conv_p=0.3),
                 dict(n=55, persona='subteam-grader', created='recent', email='normal', n_cards=10, net='vpn', n_shared_ips=25, stacks=['py-httpx', 'anthropic-python'],
                      timing='batch', batch_gap=(3, 40), targets=[('rubric', 10)], voice=VOICES['json'], op_style=dict(rubric_set='op_a'), reqs=44,
                      max_tokens=[2048], temps=[0], cover=0.15, stream_p=0.0, conv_p=0.0),
                 dict(n=60, persona='subteam-mobile', created='aged', email='normal', net='mobile', stacks=['android-app', 'ios-app'], timing='human',
                      targets=[('math', 4), ('reasoning', 6)], voice=VOICES['esl'], op_style=dict(followups=FOLLOW_SUB, followup_p=0.3), reqs=34,
                      max_tokens=[None, 4096], temps=[None], cover=0.38, stream_p=0.9, countries=['IN', 'VN', 'PL', 'US'], think_p=0.2)]
    else:
        teams = [dict(n=65, persona='subteam-codeagent', created='recent', email='catchall', n_cards=6, net='ovh', n_shared_ips=10, stacks=['rust-reqwest', 'go-http'],
                      timing='batch', batch_gap=(2, 20), targets=[('agentic', 5), ('code', 5)], voice=VOICES['terse'], op_style=dict(agent_sys='Coding agent. Tools available. Always reason about the repository state before acting.',
                      toolsets=[['run_bash', 'read_file', 'write_file', 'edit_file'], ['shell', 'apply_diff', 'read', 'search_code'], ['python_exec', 'pip_install', 'read_file']]),
                      reqs=42, max_tokens=[8192, 16384], temps=[0.0, 0.3], cover=0.2, stream_p=0.2, conv_p=0.6, think_p=0.3),
                 dict(n=60, persona='subteam-judge', created='aged', email='normal', net='resid', stacks=['openai-python', 'py-requests', 'curl'],
                      timing='human', targets=[('rubric', 8), ('math', 2)], voice=VOICES['academic'], op_style=dict(rubric_set='op_b'), reqs=36,
                      max_tokens=[1024, 2048], temps=[0, 0.2], cover=0.25, stream_p=0.1, conv_p=0.4, countries=['US', 'CA']),
                 dict(n=55, persona='subteam-cloud', created='recent', email='normal', net='gcp', stacks=['openai-python'], n_cards=12, timing='script',
                      targets=[('reasoning', 6), ('roleplay', 4)], voice=VOICES['esl'], op_style={}, reqs=40, max_tokens=[4096], temps=[0.8], cover=0.35,
                      stream_p=0.0, conv_p=0.2)]
    ops.append(dict(campaign='camp_%s_tri' % ('q5' if v == 1 else 'h4'), desc='sub-teams with own stacks/networks and 15-38%% cover traffic (%s)' % ', '.join(t['persona'] for t in teams), teams=teams))
    # 4) bare-item / high-budget reasoning op (W1) / taxonomy sweep (W2 uses bare in fleet)
    if v == 1:
        ops.append(dict(campaign='camp_b1_bare', desc='bare benchmark-style items, no wrapper, very high max_tokens and extended thinking, recently created accounts on Oracle cloud IPs, 20 cards, anthropic SDK',
                        teams=[dict(n=70, persona='bare-thinker', created='recent', email='normal', net='oracle', n_shared_ips=20, n_cards=20, stacks=['anthropic-python'],
                                    timing='script', targets=[('math', 5), ('code', 3), ('reasoning', 2)], voice=VOICES['bare'], op_style={}, reqs=38,
                                    max_tokens=[32000, 64000], temps=[1.0], think_p=0.9, reason_range=(4000, 30000), stream_p=0.6, conv_p=0.0, endpoint='/v1/messages')]))
        ops.append(dict(campaign='camp_t6_sweep', desc='capability-taxonomy sweep + self-instruct generation, trickle signups across the period, commercial VPN exits, mixed aiohttp/curl/browser stacks',
                        distinct=True,
                        teams=[dict(n=85, persona='taxonomy-sweeper', created='trickle', email='normal', net='vpn', stacks=['py-aiohttp', 'curl', 'chrome'],
                                    timing='human', targets=[('taxonomy', 7), ('selfinstruct', 3)], voice=VOICES['terse'], op_style=dict(taxo_tpl=0, si_style=1), reqs=40,
                                    max_tokens=[4096, 8192], temps=[0.9], cover=0.1, stream_p=0.3, conv_p=0.3, think_p=0.15)]))
    else:
        ops.append(dict(campaign='camp_w8_sweep', desc='capability-taxonomy sweep phrased per item, fake unverified org shell accounts on Vultr + trickle signups',
                        distinct=True,
                        teams=[dict(n=75, persona='taxonomy-org-shell', org='org_' + h12('shell' + str(W.seed))[:10], created='trickle', email='catchall', n_cards=2,
                                    net='vultr', n_shared_ips=6, stacks=['dotnet', 'java-okhttp'], timing='script', targets=[('taxonomy', 10)], voice=VOICES['bare'],
                                    op_style=dict(taxo_tpl=2), reqs=40, max_tokens=[8192], temps=[0.7], think_p=0.4, tier='scale', stream_p=0.0, conv_p=0.0)]))
        ops.append(dict(campaign='camp_n2_instruct', desc='bulk instruction/response generation (seed-style, one-shot rewrites) from residential ISPs, human timing, low volume per account',
                        teams=[dict(n=80, persona='instruct-farmer', created='aged', email='normal', net='resid', stacks=['chrome', 'safari', 'py-requests', 'openai-node'],
                                    timing='human', targets=[('selfinstruct', 8), ('roleplay', 2)], voice=VOICES['academic'], op_style=dict(si_style=2), reqs=32,
                                    max_tokens=[4096, 8192], temps=[1.0, 1.1], cover=0.18, stream_p=0.5, conv_p=0.5, countries=['BR', 'ES', 'US', 'KR', 'TW'])]))
    return ops

def build(W):
    r = W.r; v = W.variant
    # organic
    gen_enterprise(W, 4 if v == 1 else 5, (18, 35), (30, 60) if v == 1 else (25, 50))
    gen_eval_harness(W, 3, 3 if v == 1 else 2, 450 if v == 1 else 650)
    gen_campus(W, 2, 200 if v == 1 else 170)
    gen_classroom(W, 2 if v == 1 else 3, 45 if v == 1 else 35)
    gen_individuals(W, 'power-user', 110, (40, 110), [('code', 6), ('general', 4)], ['cli-agent', 'anthropic-python', 'openai-python', 'curl', 'chrome', 'firefox'],
                    thread_n=lambda r: r.choice([1, 2, 4, 8, 12]), system=dev_system, think_p=0.15)
    gen_individuals(W, 'developer', 260, (8, 45), [('code', 8), ('general', 2)], ['openai-python', 'anthropic-python', 'openai-node', 'anthropic-ts', 'go-http', 'curl',
                    'java-okhttp', 'dotnet', 'rust-reqwest', 'py-requests', 'cli-agent', 'node-fetch'], net='res', system=dev_system)
    gen_individuals(W, 'odd-stack-dev', 45, (10, 40), [('code', 7), ('general', 3)], ['curl'], system=dev_system)
    gen_individuals(W, 'casual', 1250 if v == 1 else 1200, (1, 8), [('general', 9), ('code', 1)], ['chrome', 'chrome', 'safari', 'firefox', 'edge', 'ios-app', 'android-app'],
                    tier_w=(('free', 8), ('build', 2)), max_tok=(None, 1024))
    gen_individuals(W, 'vpn-user', 190, (2, 12), [('general', 8), ('code', 2)], ['chrome', 'firefox', 'safari', 'openai-python'], net='vpn')
    gen_individuals(W, 'cloud-notebook', 60, (5, 25), [('general', 5), ('code', 5)], ['py-requests', 'openai-python', 'py-httpx'], net='mixed-dc')
    gen_researchers(W, 75)
    gen_hobbyist(W, 50)
    gen_writers(W, 140)
    gen_startup(W, 4)
    # attacks
    for op in plan(W):
        gen_operation(W, op)

def write(W):
    os.makedirs(W.outdir, exist_ok=True)
    W.inter.sort(key=lambda x: x['ts'])
    with gzip.open(os.path.join(W.outdir, 'interactions.jsonl.gz'), 'wt', encoding='utf-8', compresslevel=6) as f:
        for x in W.inter:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(W.outdir, 'accounts.jsonl'), 'w', encoding='utf-8') as f:
        for x in W.accounts:
            f.write(json.dumps(x) + '\n')
    with open(os.path.join(W.outdir, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for x in W.labels:
            f.write(json.dumps(x) + '\n')
    # WORLD.md
    from collections import Counter
    pc = Counter((l['label'], l['persona']) for l in W.labels)
    ia = Counter()
    lab = {l['account_id']: l for l in W.labels}
    for x in W.inter:
        l = lab[x['account_id']]
        ia[(l['label'], l['persona'])] += 1
    lines = ['# World %s' % os.path.basename(W.outdir), '',
             'Generated by worlds/blind/af/gen.py (seed %d, variant %d). Period %s + %d days.' % (W.seed, W.variant, W.start.date(), W.days), '',
             'Totals: %d interactions, %d accounts, %d attack accounts.' % (len(W.inter), len(W.accounts), sum(1 for l in W.labels if l['label'] == 'attack')), '',
             '## Attack operations', '', '| campaign | description | accounts | requests |', '|---|---|---|---|']
    for c, d, n, q in W.summary:
        lines.append('| %s | %s | %d | %d |' % (c, d, n, q))
    lines += ['', '## Personas (accounts / interactions)', '', '| label | persona | accounts | interactions |', '|---|---|---|---|']
    for (lb, p), n in sorted(pc.items()):
        lines.append('| %s | %s | %d | %d |' % (lb, p, n, ia[(lb, p)]))
    lines += ['', 'Organic notes: verified-enterprise = orgs with one card, cloud/office egress, shared system prompt, keys created within minutes; '
              'campus-nat = students behind 1-3 university NAT IPs; classroom = shared teacher system prompt + same homework items, deadline bursts; '
              'eval-harness = benchmark sweeps (gsm8k/humaneval/mt-bench/arena) repeated across runs from cloud IPs round the clock; '
              'odd-stack-dev = TLS fingerprint and user agent that do not match (corporate proxy, curl on Windows, wrapped SDKs); '
              'data-hobbyist = bulk synthetic data generation for own projects; startup-team = small unverified team sharing a card and office IP; '
              'cloud-notebook = individuals calling from Colab/cloud VMs; researcher = step-by-step reasoning and gsm8k with CoT.', '']
    open(os.path.join(W.outdir, 'WORLD.md'), 'w').write('\n'.join(lines))

if __name__ == '__main__':
    outdir, start, days, seed, variant = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    W = World(outdir, start, days, seed, variant)
    build(W)
    write(W)
    print(len(W.inter), len(W.accounts), sum(1 for l in W.labels if l['label'] == 'attack'))
