#!/usr/bin/env python3
"""Blind world generator (folder M). stdlib only, deterministic given --seed.
usage: python3 gen.py --seed 11 --variant 1 --out /tmp/blindM1
"""
import argparse, gzip, hashlib, ipaddress, json, math, os, random, bisect
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN = os.path.join(HERE, '../../../node_modules/@ip-location-db/asn/asn-ipv4-num.csv')

# ---------------------------------------------------------------- corpora
def jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def jgz(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return json.load(f)

def load_corpora():
    C = {}
    C['koala'] = [x['prompt'] for x in jl(f'{DATA}/corpora/organic/koala.jsonl')]
    ah = jl(f'{DATA}/corpora/organic/arena-hard-v0.1.jsonl')
    codey = ('code', 'python', 'c++', 'sql', 'java', 'script', 'function', 'program', 'rust', 'regex', 'api', 'bash')
    C['arena'] = [x['prompt'] for x in ah]
    C['arena_code'] = [x['prompt'] for x in ah if any(k in x['prompt'].lower()[:400] for k in codey)]
    C['arena_other'] = [x['prompt'] for x in ah if x['prompt'] not in set(C['arena_code'])]
    mt = jl(f'{DATA}/corpora/organic/mt-bench.jsonl')
    C['mt'] = [x['turns'] for x in mt]
    C['mt_reason'] = [x['turns'] for x in mt if x['category'] in ('reasoning', 'math', 'stem', 'coding')]
    C['mt_write'] = [x['turns'] for x in mt if x['category'] in ('writing', 'roleplay', 'humanities')]
    C['vicuna'] = [x['turns'][0] for x in jl(f'{DATA}/corpora/organic/vicuna-bench.jsonl')]
    hh = []
    for x in jl(f'{DATA}/corpora/organic/hh-rlhf-harmless-test.jsonl.gz'):
        t = x['chosen'].split('\n\nHuman: ')
        if len(t) > 1:
            h = t[1].split('\n\nAssistant:')[0].strip()
            if 8 < len(h) < 600:
                hh.append(h)
    C['hh'] = hh
    uo = jl(f'{DATA}/corpora/organic/self-instruct-user-oriented.jsonl')
    C['userapp'] = [(x['motivation_app'], x['instruction'], (x['instances'][0]['input'] if x['instances'] else '')) for x in uo]
    seeds = jl(f'{DATA}/corpora/extraction/self-instruct-seed-tasks.jsonl')
    C['seed'] = [(x['instruction'], x['instances'][0]['input'], x['instances'][0]['output']) for x in seeds]
    C['gsm_train'] = [(x['question'], x['answer']) for x in jl(f'{DATA}/corpora/extraction/gsm8k-train.jsonl.gz')]
    C['gsm_test'] = [(x['question'], x['answer']) for x in jl(f'{DATA}/corpora/extraction/gsm8k-test.jsonl')]
    C['humaneval'] = [(x['task_id'], x['prompt'], x['canonical_solution']) for x in jl(f'{DATA}/corpora/extraction/humaneval.jsonl.gz')]
    C['codegen'] = [(x['instruction'], x.get('input', ''), x['response']) for x in jgz(f'{DATA}/corpora/extraction/gpteacher-codegen.json.gz')]
    C['roleplay'] = [(x['instruction'], x.get('input', ''), x['response']) for x in jgz(f'{DATA}/corpora/extraction/gpteacher-roleplay.json.gz')]
    C['tool'] = [(x['instruction'], x.get('input', ''), x['response']) for x in jgz(f'{DATA}/corpora/extraction/gpteacher-toolformer.json.gz')]
    return C

# ---------------------------------------------------------------- network
class Net:
    def __init__(self, rnd):
        self.r = rnd
        want = {
            'comcast': 'Comcast Cable', 'charter': 'Charter Communications', 'verizon': 'Verizon',
            'att': 'AT&T', 'cox': 'Cox Communications', 'dtag': 'Deutsche Telekom AG', 'bt': 'British Telecommunications',
            'orange': 'Orange S.A.', 'free': 'Free SAS', 'telstra': 'Telstra', 'jio': 'Reliance Jio', 'airtel': 'Bharti Airtel',
            'kddi': 'KDDI', 'rogers': 'Rogers Communications', 'vivo': 'TELEFONICA BRASIL', 'kt': 'Korea Telecom',
            'skb': 'SK Broadband', 'tmobile': 'T-Mobile USA', 'vodafone': 'Vodafone',
            'aws': 'Amazon.com', 'gcp': 'Google LLC', 'azure': 'Microsoft Corporation', 'hetzner': 'Hetzner Online',
            'ovh': 'OVH SAS', 'do': 'DigitalOcean', 'oracle': 'Oracle Corporation', 'alibaba': 'Alibaba',
            'tencent': 'Tencent', 'm247': 'M247', 'datacamp': 'Datacamp',
            'ucal': 'University of California', 'purdue': 'Purdue University', 'ubc': 'University of British Columbia',
            'stuttgart': 'Universitaet Stuttgart', 'indiana': 'Indiana University', 'arizona': 'The University of Arizona',
            'chinanet': 'Chinanet',
        }
        self.ranges = {k: [] for k in want}
        with open(ASN, encoding='utf-8') as f:
            for line in f:
                parts = line.rstrip('\n').split(',', 3)
                if len(parts) < 4:
                    continue
                org = parts[3]
                for k, v in want.items():
                    if v in org:
                        a, b = int(parts[0]), int(parts[1])
                        if b - a >= 15:
                            self.ranges[k].append((a, b))
        self.vpn = self._cidrs(f'{DATA}/network/vpn-ipv4.txt')
        self.dc4 = self._cidrs(f'{DATA}/network/datacenter-ipv4.txt')
        self.dc6 = [l.strip() for l in open(f'{DATA}/network/datacenter-ipv6.txt') if l.strip() and ':' in l]

    def _cidrs(self, p):
        out = []
        for l in open(p):
            l = l.strip()
            if l and not l.startswith('#'):
                try:
                    n = ipaddress.ip_network(l, strict=False)
                    if n.version == 4 and n.num_addresses >= 8:
                        out.append((int(n.network_address), int(n.broadcast_address)))
                except ValueError:
                    pass
        return out

    def _pick(self, rngs, rnd=None):
        r = rnd or self.r
        a, b = r.choice(rngs)
        return str(ipaddress.IPv4Address(r.randint(a + 1, b - 1)))

    def ip(self, kind, rnd=None):
        if kind == 'vpn':
            return self._pick(self.vpn, rnd)
        if kind == 'dc':
            return self._pick(self.dc4, rnd)
        if kind == 'dc6':
            r = rnd or self.r
            n = ipaddress.ip_network(r.choice(self.dc6), strict=False)
            host = r.getrandbits(min(64, n.max_prefixlen - n.prefixlen))
            return str(ipaddress.IPv6Address(int(n.network_address) + max(1, host)))
        return self._pick(self.ranges[kind], rnd)

    def subnet_pool(self, kind, size, rnd=None):
        """a block of `size` consecutive-ish addresses (a NAT pool / egress block)"""
        r = rnd or self.r
        a, b = r.choice([x for x in self.ranges[kind] if x[1] - x[0] > size + 4] or self.ranges[kind])
        s = r.randint(a + 1, max(a + 1, b - size - 1))
        return [str(ipaddress.IPv4Address(s + i)) for i in range(size)]

COUNTRY_ISP = {
    'US': (['comcast', 'charter', 'verizon', 'att', 'cox'], [-5, -6, -7, -8]),
    'DE': (['dtag', 'vodafone'], [1]), 'GB': (['bt', 'vodafone'], [0]), 'FR': (['orange', 'free'], [1]),
    'AU': (['telstra'], [10]), 'IN': (['jio', 'airtel'], [5.5]), 'JP': (['kddi'], [9]), 'CA': (['rogers'], [-5, -8]),
    'BR': (['vivo'], [-3]), 'KR': (['kt', 'skb'], [9]),
}
COUNTRY_W = [('US', 40), ('DE', 8), ('GB', 8), ('FR', 5), ('AU', 4), ('IN', 10), ('JP', 5), ('CA', 5), ('BR', 5), ('KR', 4)]
MOBILE = {'US': 'tmobile', 'IN': 'jio', 'DE': 'vodafone', 'GB': 'vodafone'}

# ---------------------------------------------------------------- client stacks
def hx(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]

def ja4(lib, alpn='h2', nc=15, ne=16, proto='t', ver='13', sni='d'):
    return f'{proto}{ver}{sni}{nc:02d}{ne:02d}{alpn}_{hx("c" + lib)}_{hx("e" + lib)}'

TLS = {
    'chrome': ja4('chrome131', 'h2', 15, 16), 'chrome_old': ja4('chrome120', 'h2', 16, 18),
    'firefox': ja4('firefox133', 'h2', 17, 13), 'safari': ja4('safari17', 'h2', 20, 14),
    'py_ossl3': ja4('py-openssl3.0', 'h1', 18, 12), 'py_ossl3_h2': ja4('py-openssl3.0-h2', 'h2', 18, 13),
    'py_ossl11': ja4('py-openssl1.1', 'h1', 17, 11), 'node20': ja4('node20-openssl', 'h1', 17, 12),
    'node22': ja4('node22-openssl', 'h2', 17, 13), 'go122': ja4('go1.22', 'h2', 13, 11), 'go121': ja4('go1.21', 'h2', 13, 10),
    'curl_ossl': ja4('curl-openssl', 'h2', 31, 13), 'curl_schannel': ja4('curl-schannel', 'h2', 21, 9),
    'java_okhttp': ja4('okhttp-conscrypt', 'h2', 16, 14), 'jdk17': ja4('jdk17', 'h2', 29, 15),
    'dotnet': ja4('dotnet8-schannel', 'h2', 20, 10), 'rustls': ja4('rustls0.23', 'h2', 9, 10),
    'ios': ja4('ios-cfnetwork', 'h2', 20, 14) , 'android': ja4('android-boringssl', 'h2', 16, 15),
    'zscaler': ja4('zscaler-mitm', 'h1', 12, 8), 'paloalto': ja4('pan-decrypt', 'h1', 11, 7),
    'ruby': ja4('ruby-openssl3', 'h1', 20, 11), 'undici_b': ja4('undici-bun', 'h1', 14, 11),
    'deno': ja4('deno-rustls', 'h2', 9, 11), 'php_curl': ja4('php-curl', 'h2', 30, 12),
    'tls12_legacy': ja4('legacy12', 'h1', 24, 9, ver='12'),
}

def ua_versions(r, base):
    return base.format(a=r.randint(1, 60), b=r.randint(0, 9), c=r.randint(0, 20))

STACKS = {
    # name: (ua template, tls key, endpoint preference)
    'openai-py': ('OpenAI/Python 1.{a}.{b}', 'py_ossl3_h2', 'chat'),
    'anthropic-py': ('Anthropic/Python 0.{a}.{b}', 'py_ossl3_h2', 'msg'),
    'openai-node': ('OpenAI/JS 4.{a}.{b}', 'node20', 'chat'),
    'anthropic-ts': ('Anthropic/JS 0.{a}.{b}', 'node22', 'msg'),
    'requests': ('python-requests/2.3{b}.0', 'py_ossl3', 'chat'),
    'requests-old': ('python-requests/2.2{b}.0', 'py_ossl11', 'chat'),
    'httpx': ('python-httpx/0.2{b}.{c}', 'py_ossl3_h2', 'chat'),
    'aiohttp': ('Python/3.1{b} aiohttp/3.9.{c}', 'py_ossl3', 'chat'),
    'go': ('Go-http-client/2.0', 'go122', 'chat'),
    'go-old': ('Go-http-client/1.1', 'go121', 'msg'),
    'curl': ('curl/8.{b}.{c}', 'curl_ossl', 'chat'),
    'curl-win': ('curl/8.{b}.0', 'curl_schannel', 'chat'),
    'okhttp': ('okhttp/4.1{b}.0', 'java_okhttp', 'chat'),
    'java-sdk': ('Java-http-client/17.0.{c}', 'jdk17', 'msg'),
    'dotnet': ('OpenAI/.NET 2.{b}.{c}', 'dotnet', 'chat'),
    'rust': ('reqwest/0.12.{c}', 'rustls', 'chat'),
    'ruby': ('Faraday v2.{b}.{c}', 'ruby', 'chat'),
    'php': ('GuzzleHttp/7', 'php_curl', 'chat'),
    'langchain': ('langchain-anthropic/0.{b}.{c} Anthropic/Python 0.{a}.0', 'py_ossl3_h2', 'msg'),
    'litellm': ('litellm/1.{a}.{c}', 'py_ossl3_h2', 'chat'),
    'cli-agent': ('codecraft-cli/1.{b}.{c} (node; linux x64)', 'node22', 'msg'),
    'cli-agent-mac': ('codecraft-cli/1.{b}.{c} (node; darwin arm64)', 'node22', 'msg'),
    'vscode-ext': ('VSCode-Ext pairprog/0.{a}.{b} Electron/29', 'chrome_old', 'chat'),
    'chrome-app': ('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'chrome', 'chat'),
    'chrome-mac': ('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36', 'chrome', 'msg'),
    'firefox': ('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'firefox', 'chat'),
    'safari': ('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 'safari', 'msg'),
    'chatbox': ('Chatbox/1.{b}.{c} Electron/31.0.0', 'chrome_old', 'chat'),
    'ios-app': ('Pocketmind/3.{b}.{c} CFNetwork/1494.0.7 Darwin/23.4.0', 'ios', 'chat'),
    'android-app': ('okhttp/4.12.0', 'android', 'chat'),
    'android-wrap': ('Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A)', 'android', 'msg'),
    'bun': ('Bun/1.1.{c}', 'undici_b', 'chat'),
    'deno': ('Deno/1.4{b}.0', 'deno', 'msg'),
}

# ---------------------------------------------------------------- helpers
def tok(s):
    return max(1, int(len(s or '') / 3.8))

def lognorm(r, median, sigma):
    return median * math.exp(r.gauss(0, sigma))

MODELS_CHAT = ['atlas-3', 'atlas-3-mini', 'atlas-3-pro']
MODEL_REASON = 'atlas-3-think'

class World:
    def __init__(self, seed, variant, start, days):
        self.r = random.Random(seed)
        self.seed, self.variant = seed, variant
        self.start = start
        self.days = days
        self.end = start + timedelta(days=days)
        self.C = load_corpora()
        self.net = Net(random.Random(seed + 1))
        self.accounts, self.labels, self.inter = [], [], []
        self.nid = 0
        self.used_ids = set()

    # ids
    def uid(self, prefix, n=16):
        while True:
            v = prefix + '%0*x' % (n, self.r.getrandbits(4 * n))
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    def iso(self, t):
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

    # time
    HOURS = {
        'work': [0, 0, 0, 0, 0, 0, 1, 2, 6, 9, 10, 10, 7, 9, 10, 10, 9, 6, 3, 2, 1, 1, 0.5, 0.2],
        'human': [1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.5, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 7, 7, 5, 2.5],
        'evening': [2, 1, 0.5, 0.2, 0.1, 0.1, 0.2, 0.5, 1, 1.5, 2, 2, 2, 2, 2, 3, 3, 4, 6, 8, 9, 8, 6, 4],
        'flat': [1] * 24,
        'student': [2, 1.5, 1, 0.4, 0.2, 0.2, 0.3, 0.8, 2, 4, 5, 5, 4, 5, 6, 6, 5, 4, 4, 5, 6, 6, 5, 3],
    }

    def rand_time(self, tz=0, pattern='human', weekend=0.6, day_lo=0, day_hi=None, r=None):
        r = r or self.r
        day_hi = self.days if day_hi is None else day_hi
        hw = self.HOURS[pattern]
        for _ in range(50):
            d = r.randrange(day_lo, max(day_lo + 1, day_hi))
            h = r.choices(range(24), weights=hw)[0]
            t = self.start + timedelta(days=d, hours=h - tz, seconds=r.uniform(0, 3600))
            if t.weekday() >= 5 and r.random() > weekend:
                continue
            if self.start <= t < self.end:
                return t
        return self.start + timedelta(seconds=r.randrange(int(self.days * 86400)))

    # accounts
    def add_account(self, label, persona, campaign=None, created=None, org=None, email=None, card=None,
                    signup_ip=None, country=None, tier='build', verified=False):
        aid = self.uid('acct_', 12)
        self.accounts.append({'account_id': aid, 'created_at': self.iso(created), 'org_id': org,
                              'email_domain': email, 'payment_fingerprint': card, 'signup_ip': signup_ip,
                              'country': country, 'tier': tier, 'verified': verified})
        self.labels.append({'account_id': aid, 'label': label, 'campaign': campaign, 'persona': persona})
        return aid

    def card(self):
        return 'pm_' + hx('card%d' % self.r.getrandbits(48), 20)

    def email_personal(self, r=None):
        r = r or self.r
        x = r.random()
        if x < 0.45: return 'gmail.com'
        if x < 0.57: return r.choice(['outlook.com', 'hotmail.com', 'live.com'])
        if x < 0.64: return 'yahoo.com'
        if x < 0.71: return 'icloud.com'
        if x < 0.76: return 'proton.me'
        if x < 0.80: return r.choice(['gmx.de', 'web.de', 'qq.com', '163.com', 'naver.com', 'yandex.ru', 'orange.fr', 'btinternet.com'])
        stem = r.choice(['north', 'blue', 'lab', 'studio', 'works', 'data', 'craft', 'byte', 'field', 'stone', 'river', 'pixel', 'loop', 'bright', 'kite'])
        stem2 = r.choice(['ly', 'hq', 'labs', 'io', 'soft', 'tech', 'dev', 'systems', 'co', 'ai', 'analytics'])
        return f'{stem}{stem2}{r.randint(1, 999) if r.random() < 0.3 else ""}.{r.choice(["com", "io", "dev", "ai", "co", "net", "de", "co.uk"])}'

    def country(self, r=None):
        r = r or self.r
        return r.choices([c for c, _ in COUNTRY_W], weights=[w for _, w in COUNTRY_W])[0]

    def home_ips(self, country, n, r=None, mobile_frac=0.0):
        r = r or self.r
        isps, _ = COUNTRY_ISP[country]
        isp = r.choice(isps)
        out = [self.net.ip(isp, r) for _ in range(n)]
        if mobile_frac and country in MOBILE:
            out += [self.net.ip(MOBILE[country], r) for _ in range(max(1, int(n * mobile_frac)))]
        return out

    def tzof(self, country, r=None):
        return (r or self.r).choice(COUNTRY_ISP[country][1])

    def stack(self, name, r=None):
        r = r or self.r
        ua, tl, ep = STACKS[name]
        return {'ua': ua_versions(r, ua), 'ja4': TLS[tl], 'ep': ep, 'name': name}

    # interactions
    def emit(self, aid, t, key, ip, st, model, prompt, system=None, conv=None, turn=None, tools=None,
             response=None, out_med=350, out_sig=0.6, reasoning=None, max_tokens=None, temperature=None,
             stream=None, hist_tokens=0, err=0.02, rl=0.01, out_cap=None, r=None):
        r = r or self.r
        ep = '/v1/messages' if st['ep'] == 'msg' else '/v1/chat/completions'
        if st['ep'] == 'msg' and max_tokens is None:
            max_tokens = r.choice([1024, 2048, 4096, 4096, 8192])
        inp = tok(prompt) + tok(system) + hist_tokens + (len(tools) * 120 if tools else 0) + r.randint(3, 12)
        x = r.random()
        status = 200
        if x < rl: status = 429
        elif x < rl + err * 0.6: status = 400
        elif x < rl + err: status = r.choice([500, 529, 503])
        if status == 200:
            out = max(1, int(lognorm(r, out_med, out_sig)))
            cap = max_tokens or out_cap
            if cap: out = min(out, cap)
            rt = int(reasoning) if reasoning else None
            lat = int(r.uniform(250, 1400) + (out + (rt or 0)) * r.uniform(9, 22) + inp * 0.05)
        else:
            out, rt = 0, (0 if reasoning else None)
            lat = int(r.uniform(20, 400)) if status in (429, 400) else int(r.uniform(1000, 60000))
            response = None
        self.nid += 1
        self.inter.append({
            'id': 'req_' + hx('%d-%d' % (self.seed, self.nid), 24), 'ts': self.iso(t), 'account_id': aid,
            'api_key_id': key, 'ip': ip, 'user_agent': st['ua'], 'tls_ja4': st['ja4'], 'endpoint': ep,
            'model': model, 'conversation_id': conv, 'turn': turn, 'system': system, 'prompt': prompt,
            'tool_names': tools, 'response': None, 'input_tokens': inp,
            'output_tokens': out, 'reasoning_tokens': rt, 'max_tokens': max_tokens, 'temperature': temperature,
            'stream': stream, 'status': status, 'latency_ms': lat})
        return inp + out

    def conv_id(self, st, r=None):
        r = r or self.r
        if r.random() < 0.5:
            return 'conv_' + '%032x' % r.getrandbits(128)
        h = '%032x' % r.getrandbits(128)
        return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}'

    def thread(self, aid, t0, key, ips, st, model, turns, system=None, tools=None, gap=(20, 400), r=None, **kw):
        """turns: list of (prompt, response, out_med); one conversation"""
        r = r or self.r
        cid = self.conv_id(st, r)
        t = t0
        hist = 0
        for i, (p, resp, om) in enumerate(turns):
            if t >= self.end:
                break
            ip = ips[0] if len(ips) == 1 or r.random() < 0.85 else r.choice(ips)
            hist = self.emit(aid, t, key, ip, st, model, p, system=system, conv=cid, turn=i + 1, tools=tools,
                             response=resp, out_med=om, hist_tokens=hist, r=r, **kw)
            t = t + timedelta(seconds=r.uniform(*gap))
        return t

# ---------------------------------------------------------------- organic content
FOLLOW_CASUAL = ['thanks! can you make it shorter?', 'ok and what about for a beginner?', 'can you give me an example',
                 'hmm that doesnt seem right', 'explain that last part again pls', 'make it more casual', 'and in french?',
                 'What would you recommend then?', 'can you put that in a table', 'why?', 'Great, now a version for kids.',
                 'is there a cheaper option', 'ok, go on', 'Could you cite where that comes from?', 'more detail on #2']
FOLLOW_DEV = ['that throws a TypeError on line 12, here is the trace:\n```\nTypeError: cannot unpack non-iterable NoneType object\n```',
              'can you add type hints and a docstring', 'now write pytest tests for it', 'it works but is slow on 1e6 rows, optimise?',
              'convert this to async', 'same thing but in TypeScript please', 'what is the complexity of this?',
              'we are on python 3.8, walrus is not available', 'refactor into smaller functions',
              'getting `ECONNRESET` from the client when I run it, ideas?', 'can you explain why you used a deque there',
              'add logging and handle the empty-input case', 'ok ship it. give me the final file only']
FOLLOW_RESEARCH = ['Can you check step 3 again? I am not convinced.', 'What assumption is doing the most work here?',
                   'Is there a counterexample if we drop the integer constraint?', 'Summarise the argument in three bullet points.',
                   'How would a referee object to this?', 'Redo it without using the formula, from first principles.']
ENTERPRISE_SYS = [
    "You are Aria, the virtual assistant for Halvorsen Home & Garden. Answer customer questions about orders, deliveries, returns and product care. Be friendly and concise. Never promise refunds; offer to open a ticket instead. If the customer is upset, apologise once and move to a solution.",
    "You are a contract-review assistant for the legal operations team at Brightwater Insurance. Summarise clauses, flag non-standard indemnity, limitation-of-liability and termination terms, and cite the clause numbers. Output JSON with keys summary, risks, clauses.",
    "You are the internal knowledge assistant of Kestrel Logistics. Use the provided tools to look up shipment status and warehouse SOPs. Answer in the user's language. If information is missing, say so.",
    "You are MediNote, a clinical documentation helper used by Solano Health physicians. Turn dictated notes into a SOAP note. Do not invent findings. Keep medication names verbatim.",
]
HOMEWORK_SYS = [
    "You are a patient maths tutor for MATH 1010 (Prof. Okafor). Help students understand word problems. Explain each step and ask the student to check the arithmetic. Do not just give the final number.",
    "You are TA-bot for Intro Quantitative Reasoning, section B. Walk through problems step by step, show the equation you set up, and end with 'Answer: <number>'.",
    "You help 9th-grade students at Lakeview High with algebra homework. Use simple language. Show your work step by step.",
]
HOMEWORK_WRAP = ["Homework {hw}, question {q}: {item}", "HW{hw} Q{q}\n{item}\nI got a different answer, can you show the steps?",
                 "[Assignment {hw} / Problem {q}] {item}", "{item}\n(this is from problem set {hw}, number {q})"]
HACK_SYS = "You are the assistant inside a hackathon starter app (template: 'ai-buddy-starter'). Keep answers under 150 words unless asked. Respond in markdown."
STARTUP_SYS = ["You are the product-description writer for ShelfLift, an e-commerce listing tool. Given raw product attributes, write a title (max 80 chars), five bullet points and a 120-word description. Tone: {tone}.",
               "You classify inbound support e-mails for Tidewell SaaS into one of: billing, bug, feature_request, account, other. Reply with the label and a one-line reason."]
EVAL_SYS = ["Solve the following problem. Put your final answer after '####'.", None,
            "You are a helpful assistant. Complete the Python function. Return only code.",
            "Answer the question. Think carefully before answering."]
AGENT_TOOLS = [['read_file', 'write_file', 'run_shell', 'search_code', 'list_dir'],
               ['bash', 'str_replace_editor', 'view_file', 'glob'],
               ['git_diff', 'apply_patch', 'run_tests', 'read_file'],
               ['web_search', 'fetch_url', 'python'],
               ['sql_query', 'describe_table', 'plot_chart']]
AGENT_TASKS = ['The CI job `{j}` fails after upgrading {lib}. Find out why and fix it; keep the public API unchanged.',
               'Add a `--dry-run` flag to the `{j}` command and cover it with a test.',
               'Profile the `{j}` endpoint, it got 3x slower after the last merge. Propose and apply a fix.',
               'Migrate `{j}` from {lib} to the stdlib equivalent, run the tests, and summarise the diff.',
               'Tool result:\n```\n{j}: 2 failed, 41 passed\nE   AssertionError: expected 200 got 500\n```\nContinue.',
               'Here is the output of run_shell:\n```\nModuleNotFoundError: No module named \'{lib}\'\n```\nwhat next?',
               'Read src/{j}.py and explain the retry logic, then simplify it.',
               'ok apply the patch and rerun only the failing tests']
JOBS = ['lint', 'build-wheels', 'export_report', 'sync_users', 'invoice_pdf', 'ingest', 'auth_refresh', 'cache_warm', 'billing_cron', 'thumbnailer']
LIBS = ['pydantic v2', 'sqlalchemy 2.0', 'numpy 2', 'react 19', 'django 5', 'pytest 8', 'node 22', 'requests', 'boto3', 'eslint 9']

def organic_prompt(w, kind, r):
    C = w.C
    if kind == 'casual':
        src = r.random()
        if src < 0.35: return r.choice(C['hh'])
        if src < 0.6: return r.choice(C['koala'])
        if src < 0.8: return r.choice(C['vicuna'])
        if src < 0.9: return r.choice(C['mt'])[0]
        return r.choice(C['arena_other'])
    if kind == 'dev':
        src = r.random()
        if src < 0.45: return r.choice(C['arena_code'])
        if src < 0.8:
            i, inp, _ = r.choice(C['codegen'])
            return i + ('\n' + inp if inp and r.random() < 0.8 else '')
        if src < 0.9: return 'why does this not pass?\n' + r.choice(C['humaneval'])[1]
        return r.choice(C['arena_other'])
    if kind == 'research':
        src = r.random()
        if src < 0.35: return r.choice(C['mt_reason'])[0]
        if src < 0.55: return r.choice(C['arena_other'])
        if src < 0.8:
            q = r.choice(C['gsm_train'] if r.random() < 0.5 else C['gsm_test'])[0]
            return r.choice(['Walk me through this step by step, I want to see where students typically go wrong:\n', 'Can you reason through this carefully?\n', '', 'For a paper on arithmetic reasoning errors: solve and annotate each step.\n']) + q
        return r.choice(C['koala'])
    if kind == 'write':
        src = r.random()
        if src < 0.4:
            i, inp, _ = r.choice(C['roleplay'])
            return i + ('\n' + inp if inp else '')
        if src < 0.7: return r.choice(C['mt_write'])[0]
        return r.choice(C['koala'])
    raise ValueError(kind)

def pick_stack_organic(r, kind):
    if kind == 'casual':
        return r.choices(['chatbox', 'chrome-app', 'chrome-mac', 'safari', 'firefox', 'ios-app', 'android-app', 'openai-py', 'openai-node', 'requests', 'android-wrap'],
                         weights=[10, 8, 6, 5, 3, 8, 5, 8, 4, 4, 2])[0]
    if kind == 'dev':
        return r.choices(list(STACKS), weights=[14, 10, 9, 6, 8, 3, 4, 2, 4, 1, 5, 3, 2, 2, 2, 2, 1, 1, 4, 3, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])[0]
    return r.choice(['openai-py', 'anthropic-py', 'requests', 'httpx', 'openai-node', 'langchain', 'chatbox', 'curl'])

# ---------------------------------------------------------------- organic personas
def solo_user(w, persona, kind, n_req, pattern='human', vpn=False, stack_name=None, odd=False, tier=None, mobile=0.2):
    r = w.r
    c = w.country()
    tz = w.tzof(c)
    created = w.start - timedelta(days=r.expovariate(1 / 120)) if r.random() < 0.8 else w.start + timedelta(days=r.uniform(0, w.days * 0.7))
    ips = [w.net.ip('vpn') for _ in range(r.randint(1, 4))] if vpn else w.home_ips(c, r.randint(1, 3), mobile_frac=mobile)
    if vpn and r.random() < 0.4:
        ips += w.home_ips(c, 1)
    aid = w.add_account('organic', persona, created=created, email=w.email_personal(), card=w.card() if r.random() < 0.85 else None,
                        signup_ip=r.choice(ips), country=c, tier=tier or r.choice(['free', 'free', 'build', 'build', 'scale']))
    keys = ['key_' + hx(aid + str(i), 14) for i in range(r.randint(1, 3))]
    sts = [w.stack(stack_name or pick_stack_organic(r, kind))]
    if r.random() < 0.3:
        sts.append(w.stack(pick_stack_organic(r, kind)))
    if odd:
        # corporate interception / odd pairing: UA from one stack, TLS from another
        s = dict(sts[0]); s['ja4'] = TLS[r.choice(['zscaler', 'paloalto', 'curl_schannel', 'tls12_legacy', 'android'])]
        sts = [s]
    made = 0
    first = max(created, w.start)
    day_lo = max(0, int((first - w.start).total_seconds() // 86400))
    while made < n_req:
        t = w.rand_time(tz, pattern, day_lo=day_lo)
        st = r.choice(sts)
        model = r.choices(MODELS_CHAT + [MODEL_REASON], weights=[5, 4, 2, 1 if kind != 'research' else 4])[0]
        reason_on = model == MODEL_REASON
        nturn = 1 if r.random() < 0.45 else min(n_req - made, int(r.expovariate(1 / (3 if kind != 'dev' else 5))) + 1)
        nturn = max(1, min(nturn, n_req - made))
        first_p = organic_prompt(w, kind, r)
        fol = {'casual': FOLLOW_CASUAL, 'write': FOLLOW_CASUAL, 'dev': FOLLOW_DEV, 'research': FOLLOW_RESEARCH}[kind]
        turns = [(first_p, None, {'casual': 300, 'write': 700, 'dev': 550, 'research': 600}[kind])]
        for _ in range(nturn - 1):
            turns.append((r.choice(fol), None, 300))
        sysm = None
        if r.random() < 0.25:
            sysm = r.choice(['You are a helpful assistant.', 'Be concise.', 'You are an expert software engineer. Answer with code first.', 'Reply in British English.', 'You are a kind writing coach.'])
        w.thread(aid, t, r.choice(keys), ips, st, model, turns, system=sysm, gap=(30, 600),
                 reasoning=(lognorm(r, 1500, 0.8) if reason_on else None), temperature=r.choice([None, None, 0.7, 1.0, 0.2]),
                 stream=r.random() < 0.6, max_tokens=r.choice([None, None, 1024, 2048, 4096]))
        made += len(turns)
    return aid

def power_user(w, n_req):
    r = w.r
    c = w.country(); tz = w.tzof(c)
    created = w.start - timedelta(days=r.uniform(20, 500))
    ips = w.home_ips(c, r.randint(1, 3), mobile_frac=0.3)
    if r.random() < 0.3:
        ips.append(w.net.ip(r.choice(['aws', 'gcp', 'hetzner', 'do'])))  # dev box
    aid = w.add_account('organic', 'power-user', created=created, email=w.email_personal(), card=w.card(), signup_ip=ips[0], country=c,
                        tier=r.choice(['build', 'scale', 'scale']))
    key = 'key_' + hx(aid, 14)
    st = w.stack(r.choice(['cli-agent', 'cli-agent-mac', 'anthropic-py', 'vscode-ext', 'openai-py', 'litellm']))
    if r.random() < 0.15:
        st = dict(st); st['ja4'] = TLS[r.choice(['zscaler', 'paloalto'])]
    tools = r.choice(AGENT_TOOLS)
    made = 0
    sysm = r.choice(['You are an autonomous coding agent working in the user\'s repository. Use tools to inspect before editing. Keep diffs minimal.',
                     'You are a senior engineer pair-programming in a terminal. Prefer small verified steps.', None])
    while made < n_req:
        t = w.rand_time(tz, r.choice(['work', 'evening', 'human']))
        n = max(1, min(n_req - made, int(r.expovariate(1 / 9)) + 2))
        turns = []
        for i in range(n):
            if i == 0 and r.random() < 0.4:
                p = organic_prompt(w, 'dev', r)
            else:
                p = r.choice(AGENT_TASKS).format(j=r.choice(JOBS), lib=r.choice(LIBS))
            turns.append((p, None, r.choice([120, 300, 800])))
        w.thread(aid, t, key, ips, st, r.choice(['atlas-3-pro', 'atlas-3', MODEL_REASON]), turns, system=sysm, tools=tools,
                 gap=(3, 90), reasoning=(lognorm(r, 800, 0.9) if r.random() < 0.3 else None), stream=True,
                 max_tokens=r.choice([8192, 16384, 4096]), temperature=None)
        made += n
    return aid

def enterprise(w, n_acct, per, sys_i, egress_kind, tools=False):
    r = w.r
    org = 'org_' + hx('ent%d%d' % (w.seed, sys_i), 10)
    dom = r.choice(['halvorsen-hg.com', 'brightwater-ins.com', 'kestrel-logistics.eu', 'solanohealth.org', 'meridianbank.co.uk', 'quillandpine.com'])
    card = w.card()
    egress = w.net.subnet_pool(egress_kind, r.randint(2, 6))
    base = w.start - timedelta(days=r.uniform(60, 400))
    sysm = ENTERPRISE_SYS[sys_i % len(ENTERPRISE_SYS)]
    st = w.stack(r.choice(['openai-py', 'anthropic-py', 'java-sdk', 'dotnet', 'go']))
    toolset = ['lookup_shipment', 'get_sop', 'create_ticket'] if tools else None
    aids = []
    for i in range(n_acct):
        aid = w.add_account('organic', 'verified-enterprise', created=base + timedelta(seconds=r.uniform(0, 600)), org=org, email=dom, card=card,
                            signup_ip=egress[0], country='US' if dom.endswith('.com') else 'GB', tier='enterprise', verified=True)
        aids.append(aid)
        key = 'key_' + hx(aid, 14)
        nreq = max(5, int(r.gauss(per, per * 0.2)))
        for _ in range(nreq):
            t = w.rand_time(-5, r.choice(['work', 'work', 'flat']), weekend=0.3)
            app, ins, inp = r.choice(w.C['userapp'])
            p = r.choice([ins + ('\n\n' + inp if inp else ''), r.choice(w.C['hh']), r.choice(w.C['koala']),
                          'Customer #%d: ' % r.randint(10000, 99999) + r.choice(w.C['vicuna'])])
            if r.random() < 0.3:
                w.thread(aid, t, key, egress, st, 'atlas-3-mini', [(p, None, 200), (r.choice(FOLLOW_CASUAL), None, 150)], system=sysm, tools=toolset,
                         gap=(15, 120), temperature=0.3, stream=False, max_tokens=800)
            else:
                w.emit(aid, t, key, r.choice(egress), st, 'atlas-3-mini', p, system=sysm, tools=toolset, out_med=220, out_sig=0.4,
                       temperature=0.3, stream=False, max_tokens=800, conv=None if r.random() < 0.7 else w.conv_id(st), turn=None)
    return aids

def campus(w, n, per, uni):
    r = w.r
    nat = w.net.subnet_pool(uni, r.randint(2, 5))
    c = {'ucal': 'US', 'purdue': 'US', 'indiana': 'US', 'arizona': 'US', 'ubc': 'CA', 'stuttgart': 'DE'}[uni]
    tz = {'US': -7, 'CA': -8, 'DE': 1}[c]
    edu = {'ucal': 'berkeley.edu', 'purdue': 'purdue.edu', 'indiana': 'iu.edu', 'arizona': 'arizona.edu', 'ubc': 'student.ubc.ca', 'stuttgart': 'stud.uni-stuttgart.de'}[uni]
    for _ in range(n):
        created = w.start - timedelta(days=r.uniform(0, 300))
        aid = w.add_account('organic', 'campus-nat', created=created, email=edu if r.random() < 0.6 else w.email_personal(), card=w.card() if r.random() < 0.5 else None,
                            signup_ip=r.choice(nat), country=c, tier='free' if r.random() < 0.7 else 'build')
        key = 'key_' + hx(aid, 14)
        home = w.home_ips('US' if c == 'US' else c, 1)
        st = w.stack(r.choice(['openai-py', 'chatbox', 'requests', 'chrome-app', 'openai-node', 'anthropic-py', 'curl']))
        m = max(1, int(r.expovariate(1 / per)) + 1)
        made = 0
        while made < m:
            t = w.rand_time(tz, 'student')
            kind = r.choices(['casual', 'dev', 'research', 'write'], weights=[4, 4, 2, 1])[0]
            ipl = nat if r.random() < 0.8 else home
            n_t = max(1, min(m - made, int(r.expovariate(0.6)) + 1))
            turns = [(organic_prompt(w, kind, r), None, 400)] + [(r.choice(FOLLOW_DEV if kind == 'dev' else FOLLOW_CASUAL), None, 300) for _ in range(n_t - 1)]
            w.thread(aid, t, key, [r.choice(ipl)], st, r.choice(MODELS_CHAT), turns, gap=(30, 500), stream=r.random() < 0.5, temperature=None, rl=0.03)
            made += n_t

def classroom(w, n, uni, course_i, n_hw):
    r = w.r
    nat = w.net.subnet_pool(uni, 3)
    sysm = HOMEWORK_SYS[course_i % len(HOMEWORK_SYS)]
    wrap = HOMEWORK_WRAP[course_i % len(HOMEWORK_WRAP)]
    pool = r.sample(w.C['gsm_train'], 12 * n_hw)
    deadlines = sorted(r.sample(range(2, w.days), min(n_hw, w.days - 2)))
    teacher_created = w.start - timedelta(days=r.uniform(5, 30))
    edu = r.choice(['lakeview.k12.us', 'uni-vienna.ac.at', 'ucsd.edu', 'monash.edu'])
    st_name = r.choice(['openai-py', 'openai-node'])
    for s in range(n):
        # class accounts all created in the first lecture
        created = teacher_created + timedelta(minutes=r.uniform(0, 70))
        aid = w.add_account('organic', 'classroom', created=created, email=edu, card=None, signup_ip=r.choice(nat), country='US', tier='free')
        key = 'key_' + hx(aid, 14)
        st = w.stack(st_name if r.random() < 0.8 else 'chatbox')
        home = w.home_ips('US', 1)
        for hw, dl in enumerate(deadlines):
            if r.random() < 0.15:
                continue
            qs = r.sample(range(12), r.randint(3, 10))
            for q in qs:
                t = w.start + timedelta(days=dl, hours=r.choice([-30, -20, -8, -5, -3, -2, -1, -1]) + r.uniform(0, 1) + 7)
                item, ans = pool[hw * 12 + q]
                p = wrap.format(hw=hw + 1, q=q + 1, item=item)
                turns = [(p, ans, 350)]
                if r.random() < 0.35:
                    turns.append((r.choice(['why do you multiply there?', 'I got ' + str(r.randint(2, 400)) + ', where did I go wrong?', 'can you check step 2', 'thanks']), None, 200))
                w.thread(aid, t, key, [r.choice(nat if r.random() < 0.5 else home)], st, 'atlas-3-mini', turns, system=sysm, gap=(40, 300),
                         temperature=0.7, stream=False, max_tokens=None, rl=0.05)

def eval_harness(w, lab_i, n_acct, runs, bench):
    r = w.r
    org = 'org_' + hx('lab%d%d' % (w.seed, lab_i), 10)
    dom = ['evalworks.ai', 'cs.cmu.edu', 'frontier-evals.org', 'mlcommons-bench.org'][lab_i % 4]
    card = w.card()
    cloud = r.choice(['aws', 'gcp', 'azure', 'oracle'])
    egress = w.net.subnet_pool(cloud, r.randint(4, 12))
    created = w.start - timedelta(days=r.uniform(10, 200))
    st = w.stack(r.choice(['openai-py', 'httpx', 'litellm', 'anthropic-py', 'aiohttp']))
    aids = [w.add_account('organic', 'eval-harness', created=created + timedelta(minutes=i * r.uniform(0, 3)), org=org, email=dom, card=card,
                          signup_ip=egress[0], country='US', tier='scale', verified=r.random() < 0.6) for i in range(n_acct)]
    items = []
    if 'gsm' in bench: items += [('gsm', q, a) for q, a in r.sample(w.C['gsm_test'], 250)]
    if 'he' in bench: items += [('he', p, s) for _, p, s in w.C['humaneval']]
    if 'mt' in bench: items += [('mt', t[0], None) for t in w.C['mt']]
    for run in range(runs):
        aid = r.choice(aids)
        key = 'key_' + hx(aid + str(run % 3), 14)
        t = w.start + timedelta(seconds=r.uniform(0, w.days * 86400 - 7200))
        sysm = r.choice(EVAL_SYS)
        model = r.choice(MODELS_CHAT + [MODEL_REASON])
        sub = r.sample(items, min(len(items), r.randint(60, 160)))
        fewshot = r.random() < 0.4
        for kind, p, a in sub:
            t += timedelta(seconds=r.expovariate(1 / 4))
            if t >= w.end: break
            prm = p
            if fewshot and kind == 'gsm':
                ex = w.C['gsm_train'][run % 50]
                prm = f"Question: {ex[0]}\nAnswer: {ex[1]}\n\nQuestion: {p}\nAnswer:"
            sysk = {'gsm': sysm if sysm != EVAL_SYS[2] else EVAL_SYS[0], 'he': EVAL_SYS[2] if r.random() < 0.9 else None, 'mt': None if sysm == EVAL_SYS[2] else sysm}[kind]
            w.emit(aid, t, key, r.choice(egress), st, model, prm, system=sysk, out_med=300 if kind != 'mt' else 500, out_sig=0.5,
                   reasoning=(lognorm(r, 2500, 0.7) if model == MODEL_REASON else None), temperature=0.0, stream=False,
                   max_tokens=r.choice([1024, 2048]), response=a, rl=0.04)

def hobbyist(w, n_req):
    r = w.r
    c = w.country(); tz = w.tzof(c)
    ips = w.home_ips(c, 2)
    aid = w.add_account('organic', 'data-hobbyist', created=w.start - timedelta(days=r.uniform(1, 200)), email=w.email_personal(), card=w.card(),
                        signup_ip=ips[0], country=c, tier=r.choice(['build', 'free']))
    key = 'key_' + hx(aid, 14)
    st = w.stack(r.choice(['openai-py', 'requests', 'httpx', 'aiohttp']))
    topic = r.choice(['cooking', 'dnd-campaigns', 'python-interview-questions', 'spanish-practice', 'chess-openings', 'customer-emails', 'haiku', 'riddles'])
    for day_batch in range(r.randint(1, 3)):
        t = w.rand_time(tz, 'evening')
        for i in range(n_req // 2):
            t += timedelta(seconds=r.uniform(2, 40))
            seeds = r.sample(w.C['seed'], 3)
            ex = '\n'.join(f'- {s[0]}' for s in seeds)
            p = r.choice([f'I am building a small fine-tuning set about {topic} for my local 7B model. Give me 10 new instruction/response pairs as JSONL, like these:\n{ex}',
                          f'Generate 15 varied questions someone might ask about {topic}, with good answers. Numbered.',
                          f'{topic} dataset, batch {i}. Write 8 prompt + ideal completion examples, vary the difficulty.'])
            w.emit(aid, t, key, ips[0], st, 'atlas-3-mini', p, out_med=1400, out_sig=0.3, temperature=1.0, stream=False, max_tokens=4096)

def hackathon(w, n):
    r = w.r
    venue = w.net.subnet_pool(r.choice(['comcast', 'att', 'dtag']), 2)
    t0 = w.start + timedelta(days=r.randint(3, max(4, w.days - 5)), hours=16)
    st_name = r.choice(['openai-node', 'anthropic-ts', 'bun'])
    for i in range(n):
        created = t0 + timedelta(minutes=r.uniform(0, 45))
        aid = w.add_account('organic', 'hackathon-attendee', created=created, email=w.email_personal(), card=None, signup_ip=r.choice(venue),
                            country='US', tier='free')
        key = 'key_' + hx(aid, 14)
        st = w.stack(st_name)
        for _ in range(r.randint(4, 18)):
            t = created + timedelta(minutes=r.uniform(10, 30 * 60))
            p = organic_prompt(w, r.choice(['casual', 'dev', 'write']), r)
            if r.random() < 0.3:
                p = r.choice(['hello', 'test', 'say hi in 3 languages', 'what can you do?', 'ping'])
            w.emit(aid, t, key, r.choice(venue), st, 'atlas-3-mini', p, system=HACK_SYS, out_med=180, temperature=0.8, stream=True,
                   max_tokens=600, rl=0.06)
        if r.random() < 0.3:  # kept using it afterwards from home
            home = w.home_ips('US', 1)
            for _ in range(r.randint(1, 6)):
                t = t0 + timedelta(days=r.uniform(2, 6))
                w.emit(aid, t, key, home[0], st, 'atlas-3-mini', organic_prompt(w, 'casual', r), system=HACK_SYS, out_med=200, stream=True, max_tokens=600)

def startup_team(w, n, per):
    r = w.r
    card = w.card()
    ci = w.net.subnet_pool(r.choice(['hetzner', 'do', 'aws']), 3)
    office = w.home_ips('DE' if r.random() < 0.5 else 'US', 2)
    dom = r.choice(['shelflift.io', 'tidewell.app', 'kernelkite.dev'])
    base = w.start - timedelta(days=r.uniform(1, 40))
    sysm = r.choice(STARTUP_SYS).format(tone=r.choice(['playful', 'premium', 'plain']))
    st = w.stack('go')
    for i in range(n):
        aid = w.add_account('organic', 'startup-team', created=base + timedelta(seconds=r.uniform(0, 240)), org=None, email=dom, card=card,
                            signup_ip=office[0], country='DE', tier='build', verified=False)
        key = 'key_' + hx(aid, 14)
        for _ in range(max(3, int(r.gauss(per, per / 3)))):
            t = w.rand_time(1, 'work')
            if r.random() < 0.2:
                p = organic_prompt(w, 'dev', r); s = None; ipx = r.choice(office); st2 = w.stack(r.choice(['curl', 'openai-py']))
            else:
                app, ins, inp = r.choice(w.C['userapp'])
                p = (inp or ins)[:900]; s = sysm; ipx = r.choice(ci); st2 = st
            w.emit(aid, t, key, ipx, st2, 'atlas-3-mini', p, system=s, out_med=180, out_sig=0.3, temperature=0.4, stream=False, max_tokens=512)

# ---------------------------------------------------------------- attack wordings (one composer per operation)
def pk(r, *lists):
    return [r.choice(l) for l in lists]

def comp_cot_w1(r, item):
    a = ['Before you answer, lay out your entire line of reasoning', 'Reason it out in full before committing to an answer',
         'I need the complete derivation, not just the result', 'Work through this slowly and visibly', 'Show every intermediate thought you have',
         'Think out loud about this one', 'Please externalise all of your reasoning']
    b = [', numbering each step.', ' - one idea per line.', ', including any dead ends you hit.', '; verify each calculation as you go.',
         ', then restate the final value.', '. Do not skip "obvious" steps.', ', as if explaining to a careful grader.']
    c = ['Final line format: ANSWER=<value>', 'End with "Therefore the answer is X."', 'Box the final number.', '', 'Finish with a one-sentence sanity check.',
         'Give the answer as a bare integer on the last line.']
    x, y, z = pk(r, a, b, c)
    order = r.random()
    if order < 0.5:
        return f'{x}{y}\n\n{item}\n\n{z}'.strip(), None
    if order < 0.8:
        return f'{item}\n\n{x}{y} {z}'.strip(), None
    return item, f'{x}{y} {z}'.strip()

def comp_code_ghost_w1(r, item):
    a = ['hey, stuck on this one', 'working on something like this for a side project', 'can you help me with this', 'Quick one:',
         'I found this exercise and want to understand it properly', 'my attempt keeps failing, so start from scratch:', '', 'thoughts?', 'so',
         'please help, deadline tomorrow lol']
    b = ['talk me through how you would approach it first, then give the code', 'explain your plan before writing anything',
         'I care more about the reasoning than the code itself', 'give the solution and explain why it is correct', 'what is the cleanest way to do it?',
         'also mention the complexity', '', 'and explain the tricky parts']
    x, y = pk(r, a, b)
    s = f'{x}\n\n{item}\n\n{y}'.strip() if r.random() < 0.7 else f'{item}\n{y}'.strip()
    return s, None

GHOST_FOLLOW_W1 = ['why did you pick that approach over a brute-force one?', 'what inputs would break this?', 'can you rewrite it with a comment on every decision?',
                   'how would you test it? write the tests', 'is there an O(n) version?', 'walk me through it on a small example by hand',
                   'what would a junior dev get wrong here?', 'ok, and if the input can be empty?', 'explain it again like I am new to python']

def comp_judge_w1(r, item):
    q, ans = item
    crit = r.sample(['correctness', 'completeness', 'clarity', 'reasoning validity', 'concision', 'helpfulness', 'safety', 'faithfulness to the question',
                     'use of evidence', 'code quality'], r.randint(2, 5))
    scale = r.choice(['1-10', '0-5', '1-7', 'a percentage', 'A/B/C/D/F'])
    head = r.choice(['You are grading a model answer.', 'Act as a strict evaluator.', 'Evaluation task.', 'Please assess the response below.',
                     'Rate the following candidate solution.', 'Grade this.'])
    fmt = r.choice(['Return JSON: {"scores": {...}, "overall": n, "rationale": "..."}', 'Write your rationale first, then "Score: n".',
                    'For each criterion give a score and a two-sentence justification, then an overall score.',
                    'Explain every deduction you make, then give the final grade on its own line.'])
    if r.random() < 0.35:  # perturb the answer so the judge has something to find
        ans = ans.replace('+', '-', 1) if '+' in ans else ans[: max(20, int(len(ans) * r.uniform(0.4, 0.8)))]
    return (f"{head}\nCriteria: {', '.join(crit)}. Scale: {scale}.\n\n### Question\n{q}\n\n### Candidate answer\n{ans}\n\n{fmt}"), None

def comp_selfinst_w1(r, seeds):
    n = r.choice([10, 12, 15, 20, 25, 30])
    ex = '\n'.join(f'{i + 1}. {s[0]}' + (f' (input: {s[1][:120]})' if s[1] and r.random() < 0.5 else '') for i, s in enumerate(seeds))
    rules = r.sample(['vary the verbs', 'mix questions and imperatives', 'cover classification, editing, open-ended writing and reasoning',
                      'each instruction needs a realistic input or "<none>"', 'keep outputs under 120 words', 'no tasks requiring images or audio',
                      'make at least a third of them hard', 'avoid repeating topics from the examples', 'include the ideal output for every task'], r.randint(3, 6))
    head = r.choice([f'Produce {n} brand-new task instructions for a language model, together with an input and a reference output.',
                     f'I need {n} fresh training examples (instruction / input / output).', f'Invent {n} diverse assignments an AI assistant could be given, and solve each.',
                     f'Create a batch of {n} instruction-following samples.'])
    tail = r.choice(['Format: JSON lines with keys instruction, input, output.', 'Use "### Instruction", "### Input", "### Output" blocks.',
                     'Return a JSON array.', 'Separate examples with ---'])
    return f"{head}\nRules: {'; '.join(rules)}.\nExamples of the style:\n{ex}\n\n{tail}", None

TAXO_DOMAINS = ['contract law', 'organic chemistry', 'number theory', 'distributed systems', 'macroeconomics', 'epidemiology', 'music theory',
                'compilers', 'tax accounting', 'structural engineering', 'cryptography', 'linguistics', 'probability', 'SQL optimisation',
                'clinical pharmacology', 'game theory', 'Kubernetes operations', 'medieval history', 'thermodynamics', 'formal logic']
TAXO_SKILLS = ['multi-step deduction', 'counterfactual reasoning', 'error diagnosis', 'quantitative estimation', 'explaining to a novice',
               'planning under constraints', 'comparing alternatives', 'translating informal to formal', 'spotting a flawed argument', 'tool selection']

def comp_taxo_w1(r, cell):
    d, s, lvl = cell
    return r.choice([
        f'[{d} | {s} | level {lvl}/5]\nWrite one original problem that exercises this, then solve it with full reasoning and a short rubric for grading answers.',
        f'Capability probe #{r.randint(100, 9999)}\nDomain: {d}\nSkill: {s}\nDifficulty: {lvl} of 5\nTask: pose a question at this level and answer it thoroughly, showing intermediate reasoning.',
        f'Give a level-{lvl} (1=intro, 5=expert) challenge in {d} that requires {s}. Solve it step by step; then list common wrong answers and why they are wrong.',
    ]), None

def comp_agentic_w2(r, item):
    ins, inp, resp = item
    lines = ins.split('\n')
    task = lines[-1] if lines else ins
    toolname = 'tool'
    for l in lines:
        if l.startswith('toolformer access:'):
            toolname = l.split(':', 1)[1].strip().split(',')[0]
    pre = r.choice(['Plan the tool calls needed, execute them one by one (write each call and the result you expect), then give the final answer.',
                    'You have tools. Think about which to call and why, emit the calls as JSON, and narrate your reasoning between calls.',
                    'Solve with the available functions. Before each call explain your intent; after it, reflect on the observation.',
                    'Agent mode. Produce a full trajectory: Thought / Action / Observation / ... / Final Answer.'])
    body = task + (f'\nInput: {inp}' if inp else '')
    return f'{pre}\n\n{body}', toolname

def comp_math_ghost_w2(r, item):
    lead = ['', '', 'my kid brought this home and I am embarrassed to say I am stuck:', 'not sure my answer is right -', 'ok here is one from the practice sheet',
            'can you help?', 'settle an argument for us:', 'hmm', 'trying to get better at these.']
    ask = ['', 'how do you get it?', 'please explain how to set it up', 'I keep getting a different number', 'what is the trick here', 'show me the working?']
    x, y = pk(r, lead, ask)
    s = f'{x} {item} {y}'.strip()
    if r.random() < 0.3: s = s.lower()
    return s, None

GHOST_FOLLOW_W2 = ['wait why do you divide there', 'can you check that with a different method?', 'what if it had been 3 times instead of twice?',
                   'ok I see. how would I explain this to a 10 year old', 'is there a quicker way to do this in my head', 'hmm I got something else, can you redo it carefully',
                   'thanks, can you make up a similar one and solve it too?', 'which step do people usually mess up?']

def comp_cot_w2(r, item):
    a = ['Deliberate carefully.', 'Take your time and reason transparently.', 'I want to see the thinking, not just the conclusion.',
         'Respond with a detailed rationale followed by your conclusion.', 'Break the problem into sub-questions and resolve each.',
         'Consider at least two approaches and say why you pick one.']
    b = ['<rationale>...</rationale><answer>...</answer>', 'Use headings: Analysis, Steps, Answer.', 'Number the reasoning steps.', 'Plain prose is fine.', '']
    x, y = pk(r, a, b)
    if r.random() < 0.4:
        return item, f'{x} {y}'.strip()
    return f'{item}\n\n---\n{x} {y}'.strip(), None

def comp_judge_w2(r, item):
    q, a1, a2 = item
    h = r.choice(['Which response is better?', 'Pairwise comparison.', 'Compare the two assistants.', 'Preference labelling task:', 'Judge A vs B.'])
    asks = r.choice(['Explain your reasoning in detail, then output [[A]], [[B]] or [[tie]].', 'List the strengths and weaknesses of each, then choose.',
                     'Score each from 1 to 10 on accuracy and helpfulness, justify, and state the winner.', 'Think step by step about which one a domain expert would prefer.'])
    if r.random() < 0.5: a1, a2 = a2, a1
    return f'{h}\n\n[User question]\n{q}\n\n[Response A]\n{a1}\n\n[Response B]\n{a2}\n\n{asks}', None

def comp_selfinst_w2(r, item):
    ins, inp, resp = item
    k = r.choice([5, 6, 8, 10])
    return r.choice([
        f'Write {k} multi-turn chat transcripts (user/assistant, 4-6 turns) in which a user asks for something like: "{ins[:200]}". The assistant should be excellent. Label turns clearly.',
        f'Seed scenario: {ins[:220]}\nGenerate {k} variations of this request with different personas and settings, and for each write the ideal assistant reply.',
        f'Dialogue synthesis job. Topic seed: {ins[:180]}\nProduce {k} conversations, JSON list of {{"messages":[{{"role":..,"content":..}}]}}.',
        f'Expand this into {k} roleplay prompts with full in-character responses (150-250 words each): {ins[:200]}',
    ]), None

# ---------------------------------------------------------------- attack engine
LOOKALIKE = ['gmial.com', 'outlook-mail.net', 'mailboxq.xyz', 'protonmaill.com', 'inbox-fast.top', 'yah00mail.cc', 'tmpbox.site', 'gmx-mail.icu',
             'quickmail.pw', 'mail-hub.shop', 'fastsignup.lol', 'icloud-me.net']

def item_source(w, spec, r):
    C = w.C
    if spec == 'gsm_train': return r.choice(C['gsm_train'])[0]
    if spec == 'gsm_test': return r.choice(C['gsm_test'])[0]
    if spec == 'mt_reason': return r.choice(C['mt_reason'])[0]
    if spec == 'humaneval': return r.choice(C['humaneval'])[1]
    if spec == 'codegen':
        i, inp, _ = r.choice(C['codegen']); return i + ('\n' + inp if inp else '')
    if spec == 'arena_code': return r.choice(C['arena_code'])
    if spec == 'arena_other': return r.choice(C['arena_other'])
    if spec == 'judge1':
        if r.random() < 0.6:
            q, a = r.choice(C['gsm_train']); return (q, a.replace('<<', '').replace('>>', ' '))
        i, inp, resp = r.choice(C['codegen']); return (i + ('\n' + inp if inp else ''), resp)
    if spec == 'judge2':
        src = r.random()
        if src < 0.4:
            q, a = r.choice(C['gsm_test']); q2, a2 = r.choice(C['gsm_test'])
            return (q, a.split('####')[0], a.split('####')[0][: max(10, len(a) // 2)] + ' so the answer is ' + str(r.randint(2, 500)))
        if src < 0.7:
            i, inp, resp = r.choice(C['roleplay']); return (i, resp, r.choice(C['roleplay'])[2])
        i, inp, resp = r.choice(C['codegen']); return (i, resp, r.choice(C['codegen'])[2])
    if spec == 'seeds': return r.sample(C['seed'], r.randint(3, 8))
    if spec == 'tool': return r.choice(C['tool'])
    if spec == 'roleplay': return r.choice(C['roleplay'])
    if spec == 'taxo': return (r.choice(TAXO_DOMAINS), r.choice(TAXO_SKILLS), r.randint(1, 5))
    raise ValueError(spec)

def ghost_pool(w, specs, r):
    C = w.C
    pool = []
    for s in specs:
        if s == 'humaneval': pool += [x[1] for x in C['humaneval']]
        elif s == 'codegen': pool += [i + ('\n' + inp if inp else '') for i, inp, _ in C['codegen']]
        elif s == 'arena_code': pool += list(C['arena_code'])
        elif s == 'gsm_train': pool += [q for q, _ in C['gsm_train']]
    pool = list(dict.fromkeys(pool))
    r.shuffle(pool)
    return pool

def run_op(w, op):
    r = random.Random(w.seed * 1000 + int(hx(op['campaign']), 16) % 100000)
    camp = op['campaign']
    comp = op['compose']
    teams = op['teams']
    pool = ghost_pool(w, op['ghost_pool'], r) if op.get('ghost_pool') else None
    n_total = 0
    for ti, team in enumerate(teams):
        infra = team['infra']
        shared = {}
        if infra == 'fleet':
            shared['ips'] = [w.net.ip('dc', r) for _ in range(r.randint(25, 45))] + [w.net.ip('vpn', r) for _ in range(r.randint(10, 20))]
            shared['cards'] = [w.card() for _ in range(r.randint(3, 6))]
            shared['bursts'] = [w.start + timedelta(days=r.uniform(-4, w.days * 0.4), hours=r.uniform(0, 24)) for _ in range(r.randint(3, 5))]
            shared['stack'] = w.stack(team['stack'], r)
            shared['domains'] = r.sample(LOOKALIKE, r.randint(2, 4))
        elif infra == 'subteam':
            k = team['net']
            if k == 'resproxy':
                shared['ipfn'] = lambda rr: w.net.ip(rr.choice(['comcast', 'charter', 'att', 'verizon', 'bt', 'dtag', 'kddi', 'vivo', 'jio']), rr)
            else:
                blk = w.net.subnet_pool(k, r.randint(20, 60), r)
                shared['ipfn'] = lambda rr, blk=blk: rr.choice(blk)
            shared['cards'] = [w.card() for _ in range(r.randint(2, 8))]
            shared['stack'] = w.stack(team['stack'], r)
            shared['t0'] = w.start + timedelta(days=r.uniform(-25, 3))
        elif infra == 'cloudmix':
            shared['kinds'] = r.sample(['alibaba', 'tencent', 'ovh', 'oracle', 'hetzner', 'do', 'gcp'], 3)
            shared['cards'] = [w.card() for _ in range(max(2, team['n'] // 6))]
            shared['domains'] = [f'{x}.{y}' for x, y in zip(r.sample(['aurora-ml', 'qingyun-data', 'deepfield', 'sunlit-ai', 'nova-corpus', 'bluepeak-tech', 'zenith-labs'], 3), r.sample(['cn', 'com', 'ai', 'tech', 'io'], 3))]
            shared['stacks'] = [w.stack(s, r) for s in team['stacks']]
        elif infra == 'mobile':
            shared['cards'] = [w.card() for _ in range(max(3, team['n'] // 2))]
        elif infra == 'ipv6':
            shared['ja4'] = TLS[team.get('tls', 'py_ossl3_h2')]
            shared['cards'] = [w.card() for _ in range(r.randint(8, 16))]

        for ai in range(team['n']):
            n_req = max(8, int(lognorm(r, op['mean_req'] * 0.9, 0.45)))
            # ---- account identity
            if infra == 'fleet':
                b = r.choice(shared['bursts'])
                created = b + timedelta(seconds=r.uniform(0, 1500))
                ips = r.sample(shared['ips'], r.randint(2, 6))
                aid = w.add_account('attack', team['persona'], camp, created=created, email=r.choice(shared['domains']) if r.random() < 0.75 else w.email_personal(r),
                                    card=r.choice(shared['cards']), signup_ip=ips[0], country=r.choice(['US', 'US', 'SG', 'HK', 'NL', 'GB']), tier='build')
                sts = [shared['stack']]; tz = 0; pattern = 'flat'; ipfn = lambda rr, ips=ips: rr.choice(ips)
            elif infra == 'ghost':
                c = w.country(r)
                tz = w.tzof(c, r)
                created = w.start - timedelta(days=r.uniform(70, 420))
                ips = w.home_ips(c, r.randint(1, 2), r, mobile_frac=0.5 if r.random() < 0.4 else 0)
                aid = w.add_account('attack', team['persona'], camp, created=created, email=w.email_personal(r), card=w.card(),
                                    signup_ip=w.home_ips(c, 1, r)[0], country=c, tier=r.choice(['build', 'build', 'free', 'scale']))
                sts = [w.stack(pick_stack_organic(r, r.choice(['dev', 'casual', 'other'])), r)]
                if r.random() < 0.35:
                    sts.append(w.stack(pick_stack_organic(r, 'dev'), r))
                for s in sts:
                    s['ua'] = ua_versions(r, STACKS[s['name']][0])
                pattern = r.choice(['human', 'evening', 'work'])
                ipfn = lambda rr, ips=ips: ips[0] if rr.random() < 0.8 else rr.choice(ips)
            elif infra == 'subteam':
                created = shared['t0'] + timedelta(hours=r.uniform(0, 24 * 6))
                ip0 = shared['ipfn'](r)
                aid = w.add_account('attack', team['persona'], camp, created=created, email=w.email_personal(r) if r.random() < 0.8 else r.choice(LOOKALIKE),
                                    card=r.choice(shared['cards']), signup_ip=ip0, country=r.choice(['US', 'US', 'GB', 'DE', 'JP', 'SG', 'CA']), tier='build')
                sts = [shared['stack']]; tz = team.get('tz', 8); pattern = team.get('pattern', 'work'); ipfn = shared['ipfn']
            elif infra == 'cloudmix':
                created = w.start + timedelta(days=r.uniform(-10, w.days * 0.5))
                kind = r.choice(shared['kinds'])
                ips = [w.net.ip(kind, r) for _ in range(r.randint(1, 3))]
                aid = w.add_account('attack', team['persona'], camp, created=created, email=r.choice(shared['domains']) if r.random() < 0.6 else w.email_personal(r),
                                    card=r.choice(shared['cards']), signup_ip=ips[0], country=r.choice(['CN', 'HK', 'SG', 'US', 'MY']), tier=r.choice(['build', 'scale']))
                sts = [r.choice(shared['stacks'])]; tz = 8; pattern = r.choice(['work', 'flat']); ipfn = lambda rr, ips=ips: rr.choice(ips)
            elif infra == 'mobile':
                created = w.start + timedelta(days=r.uniform(-30, w.days * 0.6))
                c = r.choice(['US', 'IN', 'DE', 'GB'])
                carrier = MOBILE[c]
                aid = w.add_account('attack', team['persona'], camp, created=created, email=w.email_personal(r), card=r.choice(shared['cards']),
                                    signup_ip=w.net.ip(carrier, r), country=c, tier='build')
                sts = [w.stack(r.choice(team['stacks']), r)]; tz = w.tzof(c, r); pattern = 'human'
                ipfn = lambda rr, carrier=carrier: w.net.ip(carrier, rr)
            elif infra == 'ipv6':
                created = w.start - timedelta(days=r.uniform(3, 60))
                v6 = w.net.ip('dc6', r)
                base6 = v6.rsplit(':', 2)[0]
                aid = w.add_account('attack', team['persona'], camp, created=created, email=w.email_personal(r), card=r.choice(shared['cards']),
                                    signup_ip=v6, country=r.choice(['US', 'NL', 'DE', 'FR', 'SG']), tier='scale')
                s = w.stack(r.choice(['openai-py', 'anthropic-py', 'httpx', 'requests', 'litellm', 'openai-node']), r)
                s['ja4'] = shared['ja4']
                sts = [s]; tz = r.choice([0, 8, -5]); pattern = r.choice(['flat', 'work'])
                ipfn = lambda rr, base6=base6: f'{base6}:{rr.getrandbits(16):x}:{rr.getrandbits(16):x}'
            keys = ['key_' + hx(aid + str(i), 14) for i in range(1 if infra in ('ghost', 'mobile') else r.randint(1, 2))]
            first = max(w.start, datetime.fromisoformat(w.accounts[-1]['created_at'].replace('Z', '+00:00')))
            day_lo = int((first - w.start).total_seconds() // 86400)
            # ---- traffic
            made = 0
            cover = team.get('cover', 0.0)
            while made < n_req:
                st = r.choice(sts)
                if infra == 'fleet':
                    t = w.start + timedelta(days=r.uniform(day_lo, w.days), seconds=0)
                    batch = min(n_req - made, r.randint(4, 14))
                else:
                    t = w.rand_time(tz, pattern, weekend=0.8, day_lo=day_lo, r=r)
                    batch = min(n_req - made, r.randint(1, 5))
                for bi in range(batch):
                    if t >= w.end: break
                    if r.random() < cover:
                        kind = r.choice(['casual', 'dev', 'write'])
                        p = organic_prompt(w, kind, r)
                        w.emit(aid, t, r.choice(keys), ipfn(r), st, r.choice(MODELS_CHAT), p, out_med=350, temperature=r.choice([None, 0.7]),
                               stream=r.random() < 0.5, conv=w.conv_id(st, r) if r.random() < 0.5 else None, turn=1, r=r)
                        made += 1
                    elif op.get('ghost_pool'):
                        if not pool:
                            pool.extend(ghost_pool(w, ['gsm_train'], r))
                        item = pool.pop()
                        p, sysm = comp(r, item)
                        turns = [(p, None, op['out_med'])]
                        for _ in range(min(n_req - made - 1, r.choice([0, 0, 1, 1, 2, 3]))):
                            turns.append((r.choice(op['follow']), None, int(op['out_med'] * 0.6)))
                        model = r.choice(op['models'])
                        t = w.thread(aid, t, r.choice(keys), [ipfn(r)], st, model, turns, system=sysm, gap=(45, 900), r=r,
                                     reasoning=(lognorm(r, op['reason'], 0.6) if op.get('reason') and model == MODEL_REASON else None),
                                     max_tokens=r.choice(op['max_tokens']), temperature=r.choice(op['temps']), stream=r.random() < 0.6)
                        made += len(turns)
                    else:
                        item = item_source(w, op['items'](r) if callable(op['items']) else op['items'], r)
                        p, extra = comp(r, item) if comp else (item, None)
                        tools = None; sysm = None
                        if op.get('tools') and extra:
                            tools = [extra] + r.sample(['calculator', 'python', 'search', 'final_answer', 'scratchpad'], r.randint(1, 3))
                        elif extra:
                            sysm = extra
                        model = r.choice(op['models'])
                        nt = 1
                        if op.get('follow') and r.random() < op.get('follow_p', 0.2):
                            nt = 2
                        turns = [(p, None, op['out_med'])] + [(r.choice(op['follow']), None, op['out_med'] // 2) for _ in range(nt - 1)]
                        w.thread(aid, t, r.choice(keys), [ipfn(r)], st, model, turns, system=sysm, tools=tools, gap=(5, 60), r=r,
                                 reasoning=(lognorm(r, op['reason'], 0.5) if op.get('reason') and (model == MODEL_REASON or op.get('reason_all')) else None),
                                 max_tokens=r.choice(op['max_tokens']), temperature=r.choice(op['temps']), stream=op.get('stream', False),
                                 rl=op.get('rl', 0.02)) if nt > 1 or r.random() < op.get('conv_p', 0.3) else \
                            w.emit(aid, t, r.choice(keys), ipfn(r), st, model, p, system=sysm, tools=tools, out_med=op['out_med'], out_sig=0.45,
                                   reasoning=(lognorm(r, op['reason'], 0.5) if op.get('reason') and (model == MODEL_REASON or op.get('reason_all')) else None),
                                   max_tokens=r.choice(op['max_tokens']), temperature=r.choice(op['temps']), stream=op.get('stream', False), rl=op.get('rl', 0.02), r=r)
                        made += nt
                    if infra == 'fleet':
                        t += timedelta(seconds=r.uniform(15, 75))
                    else:
                        t += timedelta(seconds=r.uniform(90, 1500))
            n_total += 1
    return n_total

# ---------------------------------------------------------------- world recipes
def ops_for(variant, w):
    r = w.r
    def cid(tag):
        return 'camp-' + hx(f'{w.seed}-{tag}', 8)
    if variant == 1:
        return [
            dict(campaign=cid('A'), compose=comp_cot_w1, items=lambda rr: rr.choice(['gsm_train', 'gsm_train', 'mt_reason', 'arena_other']),
                 teams=[dict(n=170, infra='fleet', stack='requests', persona='proxy-fleet')], mean_req=38, out_med=700,
                 models=[MODEL_REASON, 'atlas-3-pro'], reason=1800, max_tokens=[8192, 8000], temps=[0.7], conv_p=0.0),
            dict(campaign=cid('B'), compose=comp_code_ghost_w1, ghost_pool=['humaneval', 'codegen', 'arena_code'], follow=GHOST_FOLLOW_W1,
                 teams=[dict(n=80, infra='ghost', persona='aged-residential')], mean_req=42, out_med=650,
                 models=['atlas-3-pro', 'atlas-3', MODEL_REASON], reason=1500, max_tokens=[None, 4096, 2048], temps=[None, 0.7, 1.0]),
            dict(campaign=cid('C'), compose=comp_judge_w1, items='judge1',
                 teams=[dict(n=60, infra='subteam', net='hetzner', stack='openai-node', cover=0.15, persona='judge-team-node', tz=3),
                        dict(n=55, infra='subteam', net='resproxy', stack='go', cover=0.3, persona='judge-team-go', tz=8, pattern='human'),
                        dict(n=45, infra='subteam', net='aws', stack='anthropic-py', cover=0.4, persona='judge-team-py', tz=-5)],
                 mean_req=40, out_med=380, models=['atlas-3-pro', 'atlas-3'], max_tokens=[1024, 1500, 2048], temps=[0.0, 0.2], conv_p=0.1),
            dict(campaign=cid('D'), compose=comp_selfinst_w1, items='seeds',
                 teams=[dict(n=70, infra='cloudmix', stacks=['httpx', 'aiohttp', 'openai-py'], persona='bulk-generator')],
                 mean_req=35, out_med=2600, models=['atlas-3-pro', 'atlas-3'], max_tokens=[4096, 6000, 8192], temps=[1.0, 0.9, 1.1], conv_p=0.05),
            dict(campaign=cid('E'), compose=None, items=lambda rr: rr.choice(['gsm_test', 'humaneval', 'arena_other', 'arena_code']),
                 teams=[dict(n=60, infra='ipv6', tls='rustls', persona='bare-reasoning')], mean_req=45, out_med=900,
                 models=[MODEL_REASON], reason=9000, reason_all=True, max_tokens=[32000, 32768, 64000], temps=[1.0], conv_p=0.0, stream=True),
            dict(campaign=cid('F'), compose=comp_taxo_w1, items='taxo',
                 teams=[dict(n=65, infra='mobile', stacks=['android-wrap', 'ios-app', 'okhttp'], persona='taxonomy-sweep')],
                 mean_req=40, out_med=1300, models=['atlas-3-pro', MODEL_REASON], reason=2500, max_tokens=[4096, 8192], temps=[0.8, 1.0], conv_p=0.4),
        ]
    return [
        dict(campaign=cid('A2'), compose=comp_agentic_w2, items='tool', tools=True,
             teams=[dict(n=150, infra='fleet', stack='go', persona='proxy-fleet-agentic')], mean_req=40, out_med=500,
             follow=['Observation: {"status": "ok", "results": 3}\nContinue the trajectory.', 'The tool returned an error (timeout). Retry with a different plan.',
                     'Observation received. Now give the final answer and summarise the steps.'], follow_p=0.5,
             models=['atlas-3-pro', MODEL_REASON], reason=1200, max_tokens=[4096, 8192], temps=[0.6], conv_p=0.0, rl=0.06),
        dict(campaign=cid('B2'), compose=comp_math_ghost_w2, ghost_pool=['gsm_train'], follow=GHOST_FOLLOW_W2,
             teams=[dict(n=90, infra='ghost', persona='aged-residential')], mean_req=40, out_med=420,
             models=['atlas-3', 'atlas-3-mini', MODEL_REASON, 'atlas-3-pro'], reason=1400, max_tokens=[None, None, 2048, 1024], temps=[None, 0.7, 1.0]),
        dict(campaign=cid('C2'), compose=comp_cot_w2, items=lambda rr: rr.choice(['arena_other', 'mt_reason', 'codegen', 'gsm_test', 'arena_code']),
             teams=[dict(n=45, infra='subteam', net='ovh', stack='rust', cover=0.1, persona='cot-team-rust', tz=1),
                    dict(n=40, infra='subteam', net='resproxy', stack='curl-win', cover=0.25, persona='cot-team-curl', tz=8, pattern='human'),
                    dict(n=40, infra='subteam', net='gcp', stack='langchain', cover=0.35, persona='cot-team-lc', tz=-8),
                    dict(n=35, infra='subteam', net='m247', stack='dotnet', cover=0.2, persona='cot-team-net', tz=5.5)],
             mean_req=38, out_med=800, models=[MODEL_REASON, 'atlas-3-pro'], reason=2200, max_tokens=[8192, 16000], temps=[0.6, 0.8], conv_p=0.2),
        dict(campaign=cid('D2'), compose=comp_judge_w2, items='judge2',
             teams=[dict(n=80, infra='cloudmix', stacks=['openai-py', 'requests-old'], persona='pairwise-judge')],
             mean_req=42, out_med=450, models=['atlas-3-pro'], max_tokens=[1024, 2048], temps=[0.0], conv_p=0.1),
        dict(campaign=cid('E2'), compose=None, items=lambda rr: rr.choice(['gsm_train', 'codegen', 'mt_reason']),
             teams=[dict(n=55, infra='ipv6', tls='py_ossl3_h2', persona='bare-reasoning')], mean_req=44, out_med=800,
             models=[MODEL_REASON], reason=12000, reason_all=True, max_tokens=[32000, 50000], temps=[1.0, None], conv_p=0.0, stream=False),
        dict(campaign=cid('F2'), compose=comp_selfinst_w2, items='roleplay',
             teams=[dict(n=65, infra='mobile', stacks=['android-app', 'ios-app'], persona='dialogue-synth')],
             mean_req=38, out_med=2400, models=['atlas-3-pro', 'atlas-3'], max_tokens=[8192, 6000], temps=[1.0, 0.95], conv_p=0.3),
    ]

def organic_world(w, variant):
    r = w.r
    v = variant
    for i, (n, per, si, k, tools) in enumerate([(60, 75, 0, 'aws', False), (38, 55, 3 if v == 2 else 1, 'azure', False)] + ([(22, 60, 2, 'gcp', True)] if v == 2 else [])):
        enterprise(w, n, per, si, k, tools)
    campus(w, 260 if v == 1 else 300, 7, 'ucal' if v == 1 else 'purdue')
    campus(w, 60, 6, 'stuttgart' if v == 1 else 'ubc')
    classroom(w, 55, 'arizona' if v == 1 else 'indiana', 0 if v == 1 else 1, 4)
    classroom(w, 45, 'ucal' if v == 1 else 'purdue', 2, 3)
    labs = [(0, 6, 30, 'gsm+he'), (1, 3, 16, 'he+mt')] + ([(2, 10, 22, 'gsm')] if v == 2 else [(3, 4, 14, 'gsm+mt')])
    for lab, na, runs, b in labs:
        eval_harness(w, lab, na, runs, b)
    for _ in range(150 if v == 1 else 130):
        power_user(w, max(8, int(lognorm(r, 30, 0.6))))
    for _ in range(380 if v == 1 else 420):
        solo_user(w, 'developer', 'dev', max(1, int(lognorm(r, 7, 0.8))), pattern=r.choice(['work', 'human', 'evening']), odd=r.random() < 0.12)
    for _ in range(80):
        solo_user(w, 'researcher', 'research', max(2, int(lognorm(r, 14, 0.6))), pattern='work')
    for _ in range(45 if v == 1 else 35):
        hobbyist(w, max(6, int(lognorm(r, 30, 0.5))))
    for _ in range(1250 if v == 1 else 1150):
        solo_user(w, 'casual', 'casual', max(1, int(lognorm(r, 3, 0.8))), pattern=r.choice(['human', 'evening']))
    for _ in range(200 if v == 1 else 230):
        solo_user(w, 'vpn-user', r.choice(['casual', 'dev', 'write']), max(1, int(lognorm(r, 5, 0.7))), vpn=True)
    for _ in range(100):
        solo_user(w, 'writer', 'write', max(2, int(lognorm(r, 12, 0.6))), pattern='evening')
    for _ in range(60 if v == 1 else 40):
        solo_user(w, 'mobile-user', 'casual', max(1, int(lognorm(r, 6, 0.6))), stack_name=r.choice(['ios-app', 'android-app', 'android-wrap']), mobile=1.0)
    hackathon(w, 85 if v == 1 else 70)
    startup_team(w, 24 if v == 1 else 30, 60)

OP_TEXT = {
 1: {
  'proxy-fleet': 'sloppy fleet: accounts signed up in 3-5 bursts (minutes apart), mostly look-alike/disposable e-mail domains, 3-6 payment cards for the whole fleet, rotating datacenter+VPN proxy pool, one python-requests stack, round-the-clock batches; harvests step-by-step reasoning on GSM8K-train / MT-bench reasoning / Arena prompts wrapped in its own "show all reasoning" wording (sometimes the instruction sits in the system prompt).',
  'aged-residential': 'careful operation sharing no artefact: accounts created 2-14 months before the window, one card each, own residential ISP addresses in its own country, own randomised client stack (SDKs, browsers, chat apps) and user-agent versions, human diurnal pacing, multi-turn threads with follow-ups; each account draws distinct coding items (HumanEval, GPTeacher codegen, Arena coding) from one shared queue, never repeated.',
  'judge-team-node / judge-team-go / judge-team-py': 'one operation in three sub-teams (Node SDK on a Hetzner block; Go net/http through rotating residential proxies; Anthropic Python SDK on an AWS block), each with 15%/30%/40% cover traffic; harvests rubric/judge-style grading of (question, candidate answer) pairs, some answers deliberately perturbed.',
  'bulk-generator': 'self-instruct style bulk instruction/response generation from sampled seed tasks, long outputs at high temperature; accounts spread over Alibaba/Tencent/OVH/Oracle/... cloud addresses, a few corporate-looking unverified domains, about one card per six accounts.',
  'bare-reasoning': 'bare benchmark/Arena items with no wrapper at all, reasoning model only, max_tokens 32k-64k, extended reasoning; per-account IPv6 datacenter /64s, one TLS stack but varied SDK user agents.',
  'taxonomy-sweep': 'capability-taxonomy sweep (domain x skill x difficulty grid) asking for an original problem plus worked solution and rubric; traffic from mobile-carrier addresses through mobile app wrappers, cards shared by pairs of accounts.',
 },
 2: {
  'proxy-fleet-agentic': 'sloppy fleet harvesting agentic/tool-use trajectories (toolformer tasks with declared tools, fake observations as follow-ups); burst sign-ups, look-alike domains, handful of cards, datacenter+VPN proxy pool, one Go client, frequent 429s.',
  'aged-residential': 'careful operation sharing no artefact: aged accounts, own card, own residential addresses, randomised stacks, human pacing, casual lower-case phrasing with follow-ups; each account draws distinct GSM8K-train problems from one shared queue.',
  'cot-team-rust / cot-team-curl / cot-team-lc / cot-team-net': 'one operation in four sub-teams (rust reqwest on OVH, curl-on-Windows via residential proxies, LangChain on GCP, .NET on M247), 10-35% cover traffic; chain-of-thought elicitation on Arena, MT-bench reasoning, GPTeacher codegen and GSM8K-test items.',
  'pairwise-judge': 'pairwise preference judging (A vs B with rationale) on GSM8K / roleplay / code answers; cloud addresses, a few unverified corporate-looking domains, shared cards.',
  'bare-reasoning': 'bare GSM8K-train / codegen / MT-bench items, no wrapper, reasoning model, max_tokens 32k-50k; per-account IPv6 datacenter /64s, one TLS stack, mixed SDK user agents.',
  'dialogue-synth': 'synthetic multi-turn dialogue / roleplay data generation seeded from GPTeacher roleplay; mobile carrier addresses via iOS/Android app stacks.',
 }}
ORG_TEXT = {
 'verified-enterprise': 'verified orgs: many keys under one org_id, one card, one cloud-egress/NAT block, one app system prompt, keys created within minutes, steady volume, server SDK',
 'campus-nat': 'university students behind a few NAT addresses (plus home ISP), mixed casual/coding/maths',
 'classroom': 'two classes sharing the teacher system prompt and wrapper, the same GSM8K homework items, created within one lecture, bursty before deadlines',
 'eval-harness': 'labs running GSM8K-test / HumanEval / MT-bench at high volume from cloud blocks, repeating items across runs, temperature 0, round the clock',
 'power-user': 'agentic coding through CLI agents / SDKs with tool declarations, long threads; some behind TLS-intercepting corporate proxies',
 'developer': 'coding questions with many client stacks; ~12% with mismatched UA/TLS (corporate interception, curl on Windows, legacy TLS)',
 'researcher': 'step-by-step reasoning and maths questions, reasoning model',
 'data-hobbyist': 'generates small fine-tuning sets in evening batches',
 'casual': 'chat questions via apps/SDKs', 'vpn-user': 'ordinary users behind commercial VPN ranges', 'writer': 'roleplay/creative writing threads',
 'mobile-user': 'mobile app users on carrier networks',
 'hackathon-attendee': 'hackathon: accounts created within 45 minutes at one venue IP pair, no card, same starter-kit system prompt and client',
 'startup-team': 'unverified small company: many accounts on one card and one domain, created within minutes, same Go client from a cloud CI block',
}

def write_world_md(a, summ, start, days):
    L = [f'# World (generator M, variant {a.variant}, seed {a.seed})', '',
         f'Period: {start.date()} + {days} days. Interactions {summ["interactions"]}, accounts {summ["accounts"]}, attack accounts {summ["attack_accounts"]} ({summ["attack_interactions"]} attack interactions).',
         'Responses are omitted (null) for all traffic.', '', '## Operations (label attack)', '', '| campaign | persona | accounts | interactions |', '|---|---|---|---|']
    for lab, camp, per, n, k in summ['groups']:
        if lab == 'attack':
            L.append(f'| {camp} | {per} | {n} | {k} |')
    L += ['']
    for k, v in OP_TEXT[a.variant].items():
        L.append(f'- **{k}**: {v}')
    L += ['', '## Legitimate personas (label organic)', '', '| persona | accounts | interactions | notes |', '|---|---|---|---|']
    for lab, camp, per, n, k in summ['groups']:
        if lab == 'organic':
            L.append(f'| {per} | {n} | {k} | {ORG_TEXT.get(per, "")} |')
    L += ['', f'Regenerate: `python3 worlds/blind/m/gen.py --seed {a.seed} --variant {a.variant} --out {os.path.abspath(a.out)}`', '']
    open(os.path.join(a.out, 'WORLD.md'), 'w').write('\n'.join(L))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--variant', type=int, default=1)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    start = datetime(2026, 3, 2, tzinfo=timezone.utc) if a.variant == 1 else datetime(2026, 5, 11, tzinfo=timezone.utc)
    days = 16 if a.variant == 1 else 19
    w = World(a.seed, a.variant, start, days)
    organic_world(w, a.variant)
    for op in ops_for(a.variant, w):
        run_op(w, op)
    # drop accounts that ended up with no traffic? keep them (real exports have idle accounts) but ensure ids unique
    os.makedirs(a.out, exist_ok=True)
    created = {x['account_id']: x['created_at'] for x in w.accounts}
    fx = random.Random(a.seed + 3)
    for x in w.inter:
        c = created[x['account_id']]
        if x['ts'] < c:
            ct = datetime.fromisoformat(c.replace('Z', '+00:00'))
            nt = ct + timedelta(seconds=fx.uniform(90, 3 * 3600))
            if nt >= w.end:
                nt = ct + timedelta(seconds=fx.uniform(5, max(6, (w.end - ct).total_seconds() - 1)))
            x['ts'] = w.iso(nt)
    w.inter.sort(key=lambda x: (x['ts'], x['id']))
    # light shuffle of order: exports are not guaranteed sorted
    rr = random.Random(a.seed + 7)
    for i in range(0, len(w.inter) - 1, 97):
        j = min(len(w.inter) - 1, i + rr.randint(1, 40))
        w.inter[i], w.inter[j] = w.inter[j], w.inter[i]
    with gzip.open(os.path.join(a.out, 'interactions.jsonl.gz'), 'wt', encoding='utf-8', compresslevel=5) as f:
        for x in w.inter:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(a.out, 'accounts.jsonl'), 'w', encoding='utf-8') as f:
        for x in w.accounts:
            f.write(json.dumps(x) + '\n')
    with open(os.path.join(a.out, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for x in w.labels:
            f.write(json.dumps(x) + '\n')
    # summary for WORLD.md
    from collections import Counter, defaultdict
    per_acct = Counter(x['account_id'] for x in w.inter)
    lab = {x['account_id']: x for x in w.labels}
    pc = defaultdict(lambda: [0, 0])
    for x in w.labels:
        key = (x['label'], x['campaign'], x['persona'])
        pc[key][0] += 1
        pc[key][1] += per_acct.get(x['account_id'], 0)
    n_att = sum(1 for x in w.labels if x['label'] == 'attack')
    att_int = sum(per_acct[a_] for a_ in per_acct if lab[a_]['label'] == 'attack')
    summ = {'interactions': len(w.inter), 'accounts': len(w.accounts), 'attack_accounts': n_att, 'attack_interactions': att_int,
            'groups': sorted([[k[0], k[1], k[2], v[0], v[1]] for k, v in pc.items()], key=lambda z: (z[0], str(z[1]), z[2]))}
    with open(os.path.join(a.out, 'summary.json'), 'w') as f:
        json.dump(summ, f, indent=1)
    write_world_md(a, summ, start, days)
    print(json.dumps({k: summ[k] for k in ('interactions', 'accounts', 'attack_accounts', 'attack_interactions')}))

if __name__ == '__main__':
    main()
