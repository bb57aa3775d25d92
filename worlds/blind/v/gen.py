#!/usr/bin/env python3
"""Blind traffic-world generator (set V). Stdlib only, deterministic given --seed.

usage: python3 gen.py --seed N --out DIR [--days D] [--start 2026-03-02]
"""
import argparse, bisect, datetime as dt, gzip, hashlib, ipaddress, json, math, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN_CSV = os.path.join(os.environ.get('ASN_DIR', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn')), 'asn-ipv4.csv')

# ----------------------------------------------------------------------------------------------
# corpora
# ----------------------------------------------------------------------------------------------

def jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def jj(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return json.load(f)

class Corp:
    def __init__(self):
        d = DATA + '/corpora/'
        self.koala = [r['prompt'] for r in jl(d + 'organic/koala.jsonl')]
        self.arena = jl(d + 'organic/arena-hard-v0.1.jsonl')
        self.mt = jl(d + 'organic/mt-bench.jsonl')
        self.vicuna = jl(d + 'organic/vicuna-bench.jsonl')
        self.hh = []
        for r in jl(d + 'organic/hh-rlhf-harmless-test.jsonl.gz'):
            parts = re.split(r'\n\nHuman: |\n\nAssistant: ', '\n\n' + r['chosen'].strip())
            turns = [p.strip() for p in parts if p.strip()]
            # alternate human/assistant starting human
            hum = turns[0::2]; ast = turns[1::2]
            if hum and all(len(h) < 1500 for h in hum):
                self.hh.append((hum, ast))
        self.uo = jl(d + 'organic/self-instruct-user-oriented.jsonl')
        self.seed = jl(d + 'extraction/self-instruct-seed-tasks.jsonl')
        self.codegen = jj(d + 'extraction/gpteacher-codegen.json.gz')
        self.roleplay = jj(d + 'extraction/gpteacher-roleplay.json.gz')
        self.toolf = jj(d + 'extraction/gpteacher-toolformer.json.gz')
        self.gsm_tr = jl(d + 'extraction/gsm8k-train.jsonl.gz')
        self.gsm_te = jl(d + 'extraction/gsm8k-test.jsonl')
        self.he = jl(d + 'extraction/humaneval.jsonl.gz')
        self.alpaca = open(d + 'extraction/alpaca-generation-prompt.txt').read()
        self.arena_code = [a for a in self.arena if re.search(r'(?i)code|python|program|function|script|sql|javascript|c\+\+|rust|regex|api|class |bash|typescript|java', a['prompt'])]
        self.arena_other = [a for a in self.arena if a not in self.arena_code]
        self.clusters = {}
        for a in self.arena:
            self.clusters.setdefault(a['cluster'], []).append(a['prompt'])

# ----------------------------------------------------------------------------------------------
# network
# ----------------------------------------------------------------------------------------------

class Net:
    def __init__(self, rng):
        self.rng = rng
        self.asn = {}
        want = set(map(int, '7922 20115 7018 701 22773 3320 2856 3215 12322 3352 3209 4766 4713 1221 812 577 55836 24560 4134 4837 5607 5089 3303 3269 21928 22394 6167 20057 25135 3 32 25 52 4538 12816 278 239 786 559 16509 14618 15169 396982 8075 24940 16276 14061 31898 63949 20473 9009 60068 51167 45102 132203 9299 45609 17676 2516 1136 11427 10796 5650 27699 28573 7552 18403 212238 6830'.split()))
        with open(ASN_CSV) as f:
            for line in f:
                p = line.split(',', 3)
                try:
                    a = int(p[2])
                except ValueError:
                    continue
                if a in want:
                    lo = int(ipaddress.IPv4Address(p[0])); hi = int(ipaddress.IPv4Address(p[1]))
                    if hi - lo >= 15:
                        self.asn.setdefault(a, []).append((lo, hi))
        self.dc = self._cidrs(DATA + '/network/datacenter-ipv4.txt')
        self.vpn = self._cidrs(DATA + '/network/vpn-ipv4.txt')
        self.dc6 = [l.strip() for l in open(DATA + '/network/datacenter-ipv6.txt') if l.strip() and '/' in l]

    def _cidrs(self, path):
        out = []
        for l in open(path):
            l = l.strip()
            if not l or l.startswith('#'):
                continue
            try:
                n = ipaddress.ip_network(l, strict=False)
            except ValueError:
                continue
            if n.num_addresses >= 4:
                out.append((int(n.network_address), int(n.broadcast_address)))
        return out

    def from_ranges(self, ranges):
        lo, hi = self.rng.choice(ranges)
        return str(ipaddress.IPv4Address(self.rng.randint(lo + 1, max(lo + 1, hi - 1))))

    def ip(self, asn):
        return self.from_ranges(self.asn[asn])

    def dcip(self):
        return self.from_ranges(self.dc)

    def vpnip(self):
        return self.from_ranges(self.vpn)

    def dc6ip(self):
        n = ipaddress.ip_network(self.rng.choice(self.dc6), strict=False)
        return str(n.network_address + self.rng.randint(1, min(n.num_addresses - 1, 2 ** 40)))

RESI = {  # country -> residential ISPs
    'US': [7922, 20115, 7018, 22773, 11427, 10796, 5650, 701], 'DE': [3320, 3209], 'GB': [2856, 5607, 5089],
    'FR': [3215, 12322], 'ES': [3352], 'KR': [4766], 'JP': [4713, 17676, 2516], 'AU': [1221], 'CA': [812, 577],
    'IN': [55836, 24560, 45609], 'CN': [4134, 4837], 'CH': [3303], 'IT': [3269], 'NL': [1136], 'BR': [27699, 28573],
    'VN': [7552, 18403], 'PH': [9299],
}
MOBILE = {'US': [21928, 22394, 6167, 20057], 'GB': [25135], 'IN': [55836], 'DE': [3209]}
CLOUD = {'aws': [16509, 14618], 'gcp': [15169, 396982], 'azure': [8075], 'hetzner': [24940], 'ovh': [16276],
         'do': [14061], 'oracle': [31898], 'linode': [63949], 'vultr': [20473], 'alibaba': [45102], 'tencent': [132203],
         'contabo': [51167]}
VPNASN = [9009, 60068, 212238]
COUNTRY_W = [('US', 34), ('GB', 7), ('DE', 7), ('IN', 8), ('CA', 4), ('FR', 4), ('JP', 3), ('KR', 3), ('AU', 3), ('BR', 3),
             ('ES', 2), ('IT', 2), ('NL', 2), ('CH', 1), ('VN', 2), ('PH', 2), ('CN', 1)]

# ----------------------------------------------------------------------------------------------
# client stacks: (ja4, ua-generator)
# ----------------------------------------------------------------------------------------------

def h12(s):
    return hashlib.sha256(s.encode()).hexdigest()[:12]

JA4 = {
    'chrome': 't13d1516h2_8daaf6152771_02713d6af862',
    'chrome131': 't13d1517h2_8daaf6152771_b1ff8ab2d16f',
    'edge': 't13d1516h2_8daaf6152771_02713d6af862',
    'firefox': 't13d1715h2_5b57614c22b0_3d5424432f57',
    'firefox128': 't13d1716h2_5b57614c22b0_eeeea6562960',
    'safari': 't13d2014h2_a09f3c656075_14788d8d241b',
    'safari_ios': 't13d2014h2_a09f3c656075_e42f34c56612',
    'py_ossl3': 't13d1812h1_85036bcba153_b26ce05bbdd6',
    'py_ossl11': 't13d1811h1_c866b44c5a26_d4c6a4bdf34c',
    'py_ossl32_h2': 't13d1812h2_85036bcba153_375ca2c5e164',
    'py_mac_libressl': 't13d1911h1_2b729b4bf6f3_2e4f8bb3c5a1',
    'node18': 't13d1712h1_5b234860e130_78e6aca7449b',
    'node20': 't13d1713h1_5b234860e130_dbe6ad5b6f6c',
    'node22': 't13d1713h2_5b234860e130_9ab11e2bd8e2',
    'bun': 't13d1310h1_' + h12('bun') + '_' + h12('bun2')[:12],
    'go': 't13d1311h2_f57a46bbacb6_e7c285222651',
    'go_h1': 't13d1310h1_f57a46bbacb6_9f1c6e3e2d7a',
    'curl_ossl': 't13d3112h2_e8f1e7e78f70_b26ce05bbdd6',
    'curl_win_schannel': 't13d2109h2_' + h12('schannel') + '_' + h12('schannel-ext'),
    'curl_mac': 't13d1911h2_2b729b4bf6f3_' + h12('curl-mac'),
    'java17': 't13d4510h1_' + h12('java17') + '_' + h12('java17x'),
    'okhttp_android': 't13d1614h2_' + h12('okhttp') + '_' + h12('okhttpx'),
    'ios_urlsession': 't13d2014h2_a09f3c656075_' + h12('cfnetwork'),
    'dotnet_win': 't13d2110h2_' + h12('dotnet') + '_' + h12('dotnetx'),
    'rustls': 't13d0910h2_' + h12('rustls') + '_' + h12('rustlsx'),
    'zscaler': 't12d2708h1_' + h12('zscaler') + '_' + h12('zscalerx'),
    'bluecoat': 't12d3006h1_' + h12('bluecoat') + '_' + h12('bluecoatx'),
    'electron': 't13d1516h2_8daaf6152771_' + h12('electron'),
}

def v(rng, *opts):
    return rng.choice(opts)

def ua_for(stack, rng):
    cv = v(rng, '124.0.0.0', '126.0.0.0', '128.0.0.0', '129.0.0.0', '130.0.0.0', '131.0.0.0')
    osw = v(rng, 'Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64')
    py = v(rng, '3.10.12', '3.11.9', '3.12.4', '3.9.18')
    if stack in ('chrome', 'chrome131', 'electron', 'zscaler', 'bluecoat'):
        return f'Mozilla/5.0 ({osw}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv} Safari/537.36'
    if stack == 'edge':
        return f'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv} Safari/537.36 Edg/{cv}'
    if stack.startswith('firefox'):
        fv = v(rng, '125.0', '127.0', '128.0', '130.0', '131.0')
        return f'Mozilla/5.0 ({osw.replace("Intel Mac OS X 10_15_7", "Intel Mac OS X 10.15")}; rv:{fv}) Gecko/20100101 Firefox/{fv}'
    if stack == 'safari':
        return f'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v(rng, "17.4", "17.5", "18.0", "18.1")} Safari/605.1.15'
    if stack == 'safari_ios':
        iv = v(rng, '17_4_1', '17_5', '18_0', '18_1')
        return f'Mozilla/5.0 (iPhone; CPU iPhone OS {iv} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{iv.split("_")[0]}.0 Mobile/15E148 Safari/604.1'
    raise KeyError(stack)

# SDK/library user agents (given a JA4 family)
def sdk_ua(kind, rng):
    py = v(rng, '3.10.12', '3.11.9', '3.12.4', '3.9.18')
    if kind == 'openai-py':
        return f'OpenAI/Python {v(rng, "1.35.13", "1.40.6", "1.45.0", "1.51.2", "1.54.4", "1.58.1")}'
    if kind == 'anthropic-py':
        return f'Anthropic/Python {v(rng, "0.34.2", "0.36.0", "0.39.0", "0.40.0", "0.42.0")}'
    if kind == 'openai-js':
        return f'OpenAI/JS {v(rng, "4.56.0", "4.67.3", "4.71.1", "4.73.0")}'
    if kind == 'anthropic-js':
        return f'Anthropic/JS {v(rng, "0.27.3", "0.30.1", "0.32.1", "0.33.1")}'
    if kind == 'requests':
        return f'python-requests/{v(rng, "2.28.2", "2.31.0", "2.32.3")}'
    if kind == 'httpx':
        return f'python-httpx/{v(rng, "0.25.2", "0.27.0", "0.27.2")}'
    if kind == 'aiohttp':
        return f'Python/{py[:4].rstrip(".")} aiohttp/{v(rng, "3.9.5", "3.10.5", "3.11.9")}'
    if kind == 'urllib':
        return f'Python-urllib/{py[:4].rstrip(".")}'
    if kind == 'node-fetch':
        return v(rng, 'node', 'undici', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)')
    if kind == 'axios':
        return f'axios/{v(rng, "1.6.8", "1.7.2", "1.7.7")}'
    if kind == 'go':
        return v(rng, 'Go-http-client/2.0', 'Go-http-client/1.1')
    if kind == 'go-openai':
        return 'Go-http-client/2.0'
    if kind == 'curl':
        return f'curl/{v(rng, "7.81.0", "8.5.0", "8.7.1", "8.9.1")}'
    if kind == 'curl-win':
        return f'curl/{v(rng, "8.4.0", "8.7.1", "8.9.1")}'
    if kind == 'java':
        return v(rng, 'Java-http-client/17.0.9', 'Java-http-client/21.0.2', 'Apache-HttpClient/5.2.1 (Java/17.0.9)')
    if kind == 'okhttp':
        return f'okhttp/{v(rng, "4.11.0", "4.12.0")}'
    if kind == 'dotnet':
        return v(rng, 'Azure.AI.OpenAI/1.0.0-beta.17 (.NET 8.0.4; Microsoft Windows 10.0.22631)', 'OpenAI/2.0.0 (.NET 8.0.6; Microsoft Windows 10.0.19045)', 'RestSharp/110.2.0.0')
    if kind == 'rust':
        return v(rng, 'reqwest/0.12.5', 'async-openai/0.23 reqwest', None)
    if kind == 'cli':
        return v(rng, f'claude-cli/{v(rng, "0.2.9", "1.0.3", "1.0.17")} (external, cli)', f'aider/{v(rng, "0.59.1", "0.62.0", "0.65.1")}',
                 f'llm/{v(rng, "0.15", "0.16", "0.17")} (https://llm.datasette.io/)', f'continue/{v(rng, "0.8.52", "0.9.2")} (vscode)')
    if kind == 'ios-app':
        return f'{v(rng, "NoteBuddy", "Quill", "PocketTutor", "Lexi", "Sidekick")}/{rng.randint(1,5)}.{rng.randint(0,9)}.{rng.randint(0,20)} (iPhone; iOS {v(rng, "17.5", "17.6.1", "18.1")}; Scale/3.00) {v(rng, "Alamofire/5.9.1", "CFNetwork/1496.0.7 Darwin/23.5.0")}'
    if kind == 'android-app':
        return f'Dalvik/2.1.0 (Linux; U; Android {v(rng, "12", "13", "14")}; {v(rng, "SM-S918B", "Pixel 7", "Pixel 8 Pro", "CPH2451", "M2101K6G")} Build/{v(rng, "UP1A.231005.007", "AP2A.240805.005", "TP1A.220624.014")})'
    if kind == 'langchain':
        return f'OpenAI/Python {v(rng, "1.40.6", "1.51.2")} langchain-openai/{v(rng, "0.1.20", "0.2.3")}'
    raise KeyError(kind)

# stacks: name -> (ja4 key, ua kind or browser)
STACK = {
    'browser-chrome': ('chrome', 'B'), 'browser-chrome131': ('chrome131', 'B'), 'browser-edge': ('edge', 'B'),
    'browser-firefox': ('firefox', 'B'), 'browser-firefox128': ('firefox128', 'B'), 'browser-safari': ('safari', 'B'),
    'browser-ios': ('safari_ios', 'B'),
    'openai-py': ('py_ossl3', 'openai-py'), 'openai-py-old': ('py_ossl11', 'openai-py'), 'anthropic-py': ('py_ossl3', 'anthropic-py'),
    'anthropic-py-mac': ('py_mac_libressl', 'anthropic-py'), 'requests': ('py_ossl3', 'requests'), 'requests-old': ('py_ossl11', 'requests'),
    'httpx-h2': ('py_ossl32_h2', 'httpx'), 'aiohttp': ('py_ossl3', 'aiohttp'), 'urllib': ('py_ossl11', 'urllib'), 'langchain': ('py_ossl3', 'langchain'),
    'openai-js': ('node20', 'openai-js'), 'openai-js18': ('node18', 'openai-js'), 'anthropic-js': ('node22', 'anthropic-js'),
    'node-fetch': ('node20', 'node-fetch'), 'axios': ('node18', 'axios'), 'bun': ('bun', 'openai-js'),
    'go': ('go', 'go'), 'go-h1': ('go_h1', 'go'), 'curl': ('curl_ossl', 'curl'), 'curl-mac': ('curl_mac', 'curl'),
    'curl-win': ('curl_win_schannel', 'curl-win'), 'java': ('java17', 'java'), 'okhttp': ('okhttp_android', 'okhttp'),
    'android-app': ('okhttp_android', 'android-app'), 'ios-app': ('ios_urlsession', 'ios-app'), 'dotnet': ('dotnet_win', 'dotnet'),
    'rust': ('rustls', 'rust'), 'cli': ('node20', 'cli'), 'cli-py': ('py_ossl3', 'cli'),
    # mismatched but legitimate stacks
    'zscaler-chrome': ('zscaler', 'B-chrome'), 'bluecoat-edge': ('bluecoat', 'B-edge'), 'zscaler-sdk': ('zscaler', 'openai-py'),
    'electron-app': ('electron', 'B-chrome'), 'rn-mobile': ('okhttp_android', 'openai-js'),
}

def make_client(stack, rng):
    """return a dict describing a fixed client instance: ja4 + ua (stable per install)."""
    j, kind = STACK[stack]
    if kind == 'B':
        ua = ua_for(j if j != 'chrome131' else 'chrome', rng)
    elif kind == 'B-chrome':
        ua = ua_for('chrome', rng)
    elif kind == 'B-edge':
        ua = ua_for('edge', rng)
    else:
        ua = sdk_ua(kind, rng)
    return {'ja4': JA4[j], 'ua': ua, 'stack': stack}

def browser_endpoint(stack):
    return '/v1/messages' if 'anthropic' in stack else '/v1/chat/completions'

# ----------------------------------------------------------------------------------------------
# world builder
# ----------------------------------------------------------------------------------------------

MODELS = {'large': 'meridian-2-large', 'mini': 'meridian-2-mini', 'think': 'meridian-2-reason', 'code': 'meridian-2-coder', 'old': 'meridian-1.5-large'}

def iso(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % int((t % 1) * 1000)

def ntok(s):
    if not s:
        return 0
    return max(1, int(len(s) / 3.8 + s.count('\n') * 0.3))

class World:
    def __init__(self, seed, start, days):
        self.seed = seed
        self.rng = random.Random(seed)
        self.c = Corp()
        self.net = Net(random.Random(seed * 7 + 1))
        self.t0 = dt.datetime.fromisoformat(start).replace(tzinfo=dt.timezone.utc).timestamp()
        self.days = days
        self.t1 = self.t0 + days * 86400
        self.accounts = []
        self.labels = []
        self.inter = []
        self.docs = []  # world.md lines
        self.used_ids = set()

    # --- ids
    def hexid(self, n):
        while True:
            s = '%0*x' % (n, self.rng.getrandbits(n * 4))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def uuid(self):
        h = '%032x' % self.rng.getrandbits(128)
        return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{"89ab"[self.rng.randrange(4)]}{h[17:20]}-{h[20:]}'

    def card(self):
        return 'pf_' + self.hexid(20)

    # --- accounts
    def add_account(self, label, persona, campaign=None, created=None, org=None, email='gmail.com', card='new',
                    signup_ip=None, country='US', tier='build', verified=False, nkeys=1, acct_prefix='acct_'):
        aid = acct_prefix + self.hexid(14)
        if card == 'new':
            card = self.card()
        if created is None:
            created = self.t0 - self.rng.uniform(3, 700) * 86400
        a = {'account_id': aid, 'created_at': iso(created), 'org_id': org, 'email_domain': email,
             'payment_fingerprint': card, 'signup_ip': signup_ip, 'country': country, 'tier': tier, 'verified': verified}
        self.accounts.append(a)
        self.labels.append({'account_id': aid, 'label': label, 'campaign': campaign, 'persona': persona})
        keys = ['key_' + self.hexid(16) for _ in range(nkeys)]
        return {'id': aid, 'keys': keys, 'created': created, 'country': country, 'acct': a}

    # --- timing
    def diurnal_ts(self, tz, day=None, peak=(9, 23), weekend=0.6, lo=None, hi=None):
        """pick a time within the period, weighted toward local waking hours."""
        rng = self.rng
        lo = self.t0 if lo is None else max(lo, self.t0)
        hi = self.t1 - 3600 if hi is None else min(hi, self.t1 - 3600)
        if hi <= lo:
            hi = lo + 3600
        for _ in range(30):
            t = rng.uniform(lo, hi) if day is None else self.t0 + day * 86400 + rng.uniform(0, 86400)
            loc = t + tz * 3600
            h = (loc % 86400) / 3600
            wd = dt.datetime.fromtimestamp(loc, dt.timezone.utc).weekday()
            p = 1.0 if peak[0] <= h < peak[1] else (0.35 if (peak[0] - 2 <= h < peak[0] or h >= peak[1] - 24 + 24 and h < 1) else 0.06)
            if wd >= 5:
                p *= weekend
            if rng.random() < p:
                return t
        return t

    # --- emit a request
    def emit(self, acc, t, client, ip, prompt, *, system=None, model='large', endpoint=None, conv=None, turn=None,
             tools=None, response=None, out_mu=350, out_sd=0.8, max_tokens=None, temp=None, stream=None,
             reasoning=None, ctx=0, err=0.012, rate429=0.0):
        rng = self.rng
        if endpoint is None:
            endpoint = '/v1/messages' if 'anthropic' in client['stack'] or client['stack'].startswith('cli') and 'claude' in (client['ua'] or '') else '/v1/chat/completions'
        if max_tokens is None and endpoint == '/v1/messages':
            max_tokens = rng.choice([1024, 2048, 4096, 4096, 8192])
        ctx = min(ctx, 150000 + (len(prompt) * 37) % 20000)
        itok = ntok(prompt) + ntok(system) + ctx + (len(tools) * rng.randint(90, 220) if tools else 0) + 8
        status = 200
        r = rng.random()
        if r < rate429:
            status = 429
        elif r < rate429 + err * 0.55:
            status = 400
        elif r < rate429 + err:
            status = rng.choice([500, 500, 529, 503])
        model_name = MODELS.get(model, model)
        if status == 200:
            if response is not None and rng.random() < 0.85:
                otok = int(ntok(response) * rng.uniform(0.9, 1.6) + rng.randint(5, 40))
            else:
                otok = int(math.exp(rng.gauss(math.log(max(out_mu, 5)), out_sd)))
            otok = max(1, otok)
            rt = None
            if reasoning:
                rt = int(math.exp(rng.gauss(math.log(reasoning), 0.6)))
            cap = max_tokens or 16384
            if rt and max_tokens:
                rt = min(rt, int(max_tokens * 0.8))
            otok = min(otok, max(1, cap - (rt or 0)))
            ttft = rng.lognormvariate(math.log(450 if model != 'think' else 900), 0.45) + itok * 0.04
            speed = rng.uniform(9, 22) if model in ('large', 'think', 'old') else rng.uniform(4, 9)
            lat = int(ttft + (otok + (rt or 0)) * speed)
            resp = response
        else:
            otok = 0; rt = None; resp = None
            lat = int(rng.uniform(20, 250)) if status in (429, 400) else int(rng.uniform(800, 30000))
            if status == 400:
                itok = itok
        if model == 'think' and status == 200 and rt is None:
            rt = int(math.exp(rng.gauss(math.log(900), 0.8)))
        self.inter.append({
            'id': 'req_' + self.hexid(22), 'ts': iso(t), 'account_id': acc['id'], 'api_key_id': rng.choice(acc['keys']),
            'ip': ip, 'user_agent': client['ua'], 'tls_ja4': client['ja4'], 'endpoint': endpoint, 'model': model_name,
            'conversation_id': conv, 'turn': turn, 'system': system, 'prompt': prompt, 'tool_names': tools,
            'response': resp if (resp is None or len(resp) < 6000) else resp[:6000],
            'input_tokens': itok, 'output_tokens': otok, 'reasoning_tokens': rt, 'max_tokens': max_tokens,
            'temperature': temp, 'stream': stream, 'status': status, 'latency_ms': lat,
        })
        return lat, max(0, itok - ctx) + otok

    def doc(self, s):
        self.docs.append(s)

# ----------------------------------------------------------------------------------------------
# shared text helpers
# ----------------------------------------------------------------------------------------------

FOLLOW_CODE = ["that throws a KeyError when the dict is empty, can you fix it", "can you make this async?",
    "ok now add type hints and a docstring", "it works but it's slow on 1M rows, ideas?", "rewrite it without the external dependency please",
    "can you add unit tests with pytest", "what happens if the input is None", "shorter version please",
    "I get `TypeError: 'NoneType' object is not subscriptable` on the second line", "convert this to typescript",
    "now wire it into the flask route from before", "explain the regex part, I don't get it", "good. can you also log the errors",
    "hmm the output is off by one for the last element", "use pathlib instead of os.path", "can we avoid the global variable",
    "make it work on windows too", "please add a CLI with argparse", "thanks! and how would I deploy this", "why did you use a set there?"]
FOLLOW_CHAT = ["thanks, can you make it shorter?", "what about for someone on a budget?", "can you give me more examples",
    "why?", "ok and what if it rains", "make it funnier", "hmm that's not quite what I meant, I meant for kids",
    "can you put that in a table", "translate that to spanish please", "is that actually true?", "more formal please",
    "can you expand on point 2", "great. now a version for linkedin", "what would you recommend instead", "ok thanks!"]

def organic_prompt(w, kind=None):
    c, rng = w.c, w.rng
    kind = kind or rng.choices(['koala', 'arena', 'vicuna', 'mt', 'hh', 'uo'], [16, 20, 8, 8, 30, 12])[0]
    if kind == 'koala':
        return rng.choice(c.koala), None
    if kind == 'arena':
        return rng.choice(c.arena)['prompt'], None
    if kind == 'vicuna':
        return rng.choice(c.vicuna)['turns'][0], None
    if kind == 'mt':
        q = rng.choice(c.mt)
        return q['turns'][0], q['turns'][1:]
    if kind == 'hh':
        hum, ast = rng.choice(c.hh)
        return hum[0], hum[1:]
    if kind == 'uo':
        u = rng.choice(c.uo)
        inst = rng.choice(u['instances'])
        return (u['instruction'] + ('\n\n' + inst['input'] if inst.get('input') else '')), None
    raise KeyError(kind)

def casual_lower(w, s):
    rng = w.rng
    if rng.random() < 0.25 and len(s) < 300:
        s = s[0].lower() + s[1:]
        if rng.random() < 0.5:
            s = s.rstrip('.?!')
    return s

# ----------------------------------------------------------------------------------------------
# organic personas
# ----------------------------------------------------------------------------------------------

def pick_country(w):
    cs, ws = zip(*COUNTRY_W)
    return w.rng.choices(cs, ws)[0]

TZ = {'US': -6, 'GB': 0, 'DE': 1, 'FR': 1, 'ES': 1, 'IT': 1, 'NL': 1, 'CH': 1, 'IN': 5.5, 'CA': -5, 'JP': 9, 'KR': 9, 'AU': 10,
      'BR': -3, 'VN': 7, 'PH': 8, 'CN': 8}

def resi_ip(w, country):
    return w.net.ip(w.rng.choice(RESI.get(country, RESI['US'])))

def simple_thread_user(w, acc, n_req, stacks, ip_fn, *, prompt_kinds=None, sys_p=None, follow=FOLLOW_CHAT, p_multi=0.3,
                       model_w=None, conv_id_p=0.8, stream_p=0.6, temp_opts=(None, None, 0.7, 1.0), tz=None, mt_opts=None,
                       tools=None, out_mu=380, think_p=0.05, rate429=0.0, ctx_growth=1.0):
    rng = w.rng
    tz = TZ.get(acc['country'], 0) if tz is None else tz
    clients = [make_client(s, rng) for s in stacks]
    ips = [ip_fn() for _ in range(rng.randint(1, 3))]
    done = 0
    lo = max(w.t0, acc['created'])
    while done < n_req:
        t = w.diurnal_ts(tz, lo=lo)
        client = rng.choice(clients)
        ip = rng.choice(ips) if rng.random() < 0.93 else ip_fn()
        p, extra = organic_prompt(w, rng.choice(prompt_kinds) if prompt_kinds else None)
        p = casual_lower(w, p)
        multi = rng.random() < p_multi
        nt = 1
        if multi:
            nt = min(n_req - done, rng.choice([2, 2, 3, 3, 4, 5, 6, 8, 12]))
        conv = w.uuid() if (nt > 1 or rng.random() < conv_id_p) else None
        mdl = rng.choices(list(model_w.keys()), list(model_w.values()))[0] if model_w else rng.choices(['large', 'mini', 'think', 'old'], [55, 30, 8, 7])[0]
        temp = rng.choice(temp_opts)
        stream = rng.random() < stream_p
        ctx = 0
        for k in range(max(1, nt)):
            if k > 0:
                if extra and k - 1 < len(extra):
                    p = extra[k - 1]
                else:
                    p = rng.choice(follow)
            reasoning = rng.randint(400, 3000) if (rng.random() < think_p or mdl == 'think') else None
            lat, used = w.emit(acc, t, client, ip, p, system=sys_p, model=mdl, conv=conv, turn=(k + 1) if conv else None,
                               tools=tools, out_mu=out_mu, temp=temp, stream=stream, ctx=ctx, reasoning=reasoning, rate429=rate429)
            ctx += int(used * ctx_growth)
            done += 1
            t += lat / 1000 + rng.lognormvariate(math.log(60), 0.9)
            if done >= n_req:
                break
    return clients

def heavy(rng, mean, shape=1.3, lo=1, hi=None):
    x = int(rng.paretovariate(shape) * mean * (shape - 1) / shape)
    x = max(lo, x)
    return min(x, hi) if hi else x

def P_casual(w, n):
    rng = w.rng
    for _ in range(n):
        cty = pick_country(w)
        acc = w.add_account('organic', 'casual', email=rng.choice(['gmail.com'] * 6 + ['outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'proton.me', 'gmx.de', 'yahoo.co.jp', 'naver.com', 'qq.com', 'orange.fr', 'web.de']),
                            country=cty, tier=rng.choice(['free'] * 6 + ['build'] * 4), card=None if rng.random() < 0.45 else 'new',
                            created=w.t0 - rng.uniform(-10, 500) * 86400)
        if acc['created'] > w.t0:
            acc['acct']['signup_ip'] = resi_ip(w, cty)
        else:
            acc['acct']['signup_ip'] = resi_ip(w, cty) if rng.random() < 0.7 else None
        mob = rng.random() < 0.35
        stacks = [rng.choice(['browser-ios', 'ios-app', 'android-app'])] if mob else [rng.choice(['browser-chrome', 'browser-chrome131', 'browser-safari', 'browser-firefox', 'browser-edge'])]
        if rng.random() < 0.15:
            stacks.append(rng.choice(['browser-ios', 'android-app', 'openai-py']))
        ipf = (lambda c=cty: w.net.ip(rng.choice(MOBILE.get(c, RESI.get(c, RESI['US']))))) if mob else (lambda c=cty: resi_ip(w, c))
        simple_thread_user(w, acc, heavy(rng, 4.5, 1.6, 1, 60), stacks, ipf, prompt_kinds=['koala', 'vicuna', 'hh', 'hh', 'mt', 'uo', 'arena'],
                           p_multi=0.35, model_w={'large': 45, 'mini': 45, 'think': 5, 'old': 5})
    w.doc(f'- casual: {n} accounts, browser/mobile chat, short threads, residential/mobile IPs')

def P_vpn(w, n):
    rng = w.rng
    shared_exits = [w.net.ip(rng.choice(VPNASN)) for _ in range(25)]
    for _ in range(n):
        cty = pick_country(w)
        acc = w.add_account('organic', 'vpn-user', email=rng.choice(['proton.me', 'protonmail.com', 'tutanota.com', 'gmail.com', 'gmail.com', 'outlook.com', 'pm.me']),
                            country=cty, tier=rng.choice(['free', 'build', 'build']), card=None if rng.random() < 0.3 else 'new',
                            signup_ip=rng.choice(shared_exits))
        def ipf():
            r = rng.random()
            return rng.choice(shared_exits) if r < 0.55 else (w.net.vpnip() if r < 0.85 else resi_ip(w, cty))
        stacks = [rng.choice(['browser-chrome', 'browser-firefox', 'browser-firefox128', 'browser-safari', 'openai-py', 'curl', 'browser-ios'])]
        simple_thread_user(w, acc, heavy(rng, 6, 1.5, 1, 60), stacks, ipf, p_multi=0.3,
                           prompt_kinds=['koala', 'hh', 'arena', 'vicuna', 'uo'])
    w.doc(f'- vpn-user: {n} accounts behind commercial VPN exits (many exits shared between unrelated users)')

WRITER_ASKS = ["I'm writing a {g} novel. {p}", "{p}", "For my {g} short story: {p}", "Draft for my newsletter: {p}", "{p} Keep it under 600 words.",
               "{p} Please make the prose less purple than last time.", "Help me brainstorm: {p}"]

def P_writer(w, n):
    rng = w.rng
    for _ in range(n):
        cty = rng.choice(['US', 'US', 'GB', 'CA', 'AU', 'DE', 'IN'])
        acc = w.add_account('organic', 'writer', email=rng.choice(['gmail.com', 'gmail.com', 'icloud.com', 'outlook.com', 'fastmail.com']), country=cty,
                            tier=rng.choice(['build', 'build', 'free']))
        client = make_client(rng.choice(['browser-chrome', 'browser-safari', 'electron-app', 'browser-firefox']), rng)
        ip = resi_ip(w, cty)
        sysp = rng.choice([None, None, 'You are a thoughtful developmental editor.', 'You are my co-writer. Match my voice; never summarise at the end.',
                           'Write in British English.'])
        for _s in range(heavy(rng, 4, 1.6, 1, 25)):
            t = w.diurnal_ts(TZ[cty], peak=(7, 24))
            conv = w.uuid(); ctx = 0
            src = rng.random()
            for k in range(rng.choice([1, 2, 3, 4, 6, 9])):
                if k == 0:
                    if src < 0.4:
                        p = rng.choice(w.c.roleplay)['instruction']
                    elif src < 0.7:
                        q = rng.choice([m for m in w.c.mt if m['category'] in ('writing', 'roleplay', 'humanities')])
                        p = q['turns'][0]
                    else:
                        p = rng.choice(w.c.koala)
                    p = rng.choice(WRITER_ASKS).format(g=rng.choice(['fantasy', 'crime', 'literary', 'sci-fi', 'romance', 'YA']), p=p)
                else:
                    p = rng.choice(["Continue from where you stopped.", "Rewrite the last paragraph with more tension.", "Give the antagonist a better motive.",
                                    "Now from the other character's point of view.", "Cut that by a third.", "I like it, but the dialogue feels stiff.",
                                    "Change the ending so it's ambiguous.", "Write the next scene: they meet again at the station."])
                lat, used = w.emit(acc, t, client, ip, p, system=sysp, model=rng.choice(['large', 'large', 'old']), conv=conv, turn=k + 1,
                                   out_mu=900, temp=rng.choice([0.9, 1.0, None]), stream=True, ctx=ctx, max_tokens=rng.choice([None, 4000, 8000]))
                ctx += used
                t += lat / 1000 + rng.lognormvariate(math.log(150), 0.8)
    w.doc(f'- writer: {n} accounts, long creative threads (roleplay/writing prompts)')

def P_developer(w, n, oddfrac=0.18):
    rng = w.rng
    odd = 0
    for _ in range(n):
        cty = pick_country(w)
        acc = w.add_account('organic', 'developer', email=rng.choice(['gmail.com', 'gmail.com', 'outlook.com', 'hey.com', 'fastmail.com', f'{rng.choice(["acme", "tinysaas", "quanta", "bluefin", "parcel", "kitehq", "runbook", "lumen"])}{rng.randint(1,99)}.io']),
                            country=cty, tier=rng.choice(['build', 'build', 'build', 'scale', 'free']), created=w.t0 - rng.uniform(-12, 600) * 86400)
        if rng.random() < oddfrac:
            stacks = [rng.choice(['zscaler-chrome', 'bluecoat-edge', 'zscaler-sdk', 'curl-win', 'rn-mobile', 'dotnet', 'bun', 'electron-app', 'rust'])]
            odd += 1
        else:
            stacks = rng.sample(['openai-py', 'anthropic-py', 'openai-js', 'anthropic-js', 'curl', 'curl-mac', 'go', 'langchain', 'httpx-h2', 'aiohttp', 'java', 'axios', 'anthropic-py-mac', 'openai-py-old', 'node-fetch'], rng.randint(1, 3))
        office = stacks[0] in ('zscaler-chrome', 'bluecoat-edge', 'zscaler-sdk')
        dcp = rng.random() < 0.3  # runs from a cloud dev box sometimes
        ipf = (lambda: w.net.ip(rng.choice(CLOUD[rng.choice(['aws', 'gcp', 'azure', 'do', 'hetzner'])]))) if dcp else (lambda c=cty: resi_ip(w, c))
        if office:
            ipf = lambda: w.net.ip(rng.choice([701, 7018, 3320, 2856]))
        tools = rng.choice([None, None, None, ['get_weather', 'search_docs'], ['sql_query', 'list_tables'], ['create_ticket', 'lookup_customer', 'send_email'], ['read_file', 'write_file', 'run_shell']])
        sysp = rng.choice([None, None, 'You are a helpful assistant.', 'You are a helpful assistant.', 'You are a JSON API. Respond only with valid JSON.',
                           'You are SupportBot for a small bike shop. Be brief.', 'Answer as a senior Go engineer.', 'Extract the fields: name, date, amount.'])
        simple_thread_user(w, acc, heavy(rng, 22, 1.4, 2, 400), stacks, ipf, prompt_kinds=['arena', 'arena', 'uo', 'koala', 'vicuna'], sys_p=sysp,
                           follow=FOLLOW_CODE, p_multi=0.3, conv_id_p=0.2, stream_p=0.4, temp_opts=(None, 0, 0.2, 0.7), tools=tools,
                           model_w={'large': 40, 'mini': 30, 'code': 20, 'think': 10}, rate429=0.01)
    w.doc(f'- developer: {n} accounts, SDKs/curl/CLI, some tool use; {odd} with odd stacks (TLS-intercepting corporate proxy, curl on Windows, RN/electron/bun wrappers)')

def P_power(w, n):
    rng = w.rng
    for _ in range(n):
        cty = rng.choice(['US', 'US', 'US', 'GB', 'DE', 'CA', 'IN', 'FR', 'NL', 'JP'])
        acc = w.add_account('organic', 'power-user', email=rng.choice(['gmail.com', 'gmail.com', 'fastmail.com', 'icloud.com', 'hey.com']), country=cty,
                            tier=rng.choice(['build', 'scale', 'scale']), nkeys=rng.randint(1, 4))
        clients = [make_client(s, rng) for s in rng.sample(['cli', 'cli-py', 'anthropic-py', 'openai-py', 'browser-chrome', 'curl', 'anthropic-js'], rng.randint(2, 3))]
        homeip = resi_ip(w, cty); other = [resi_ip(w, cty), w.net.ip(rng.choice(MOBILE.get(cty, RESI[cty])) if cty in MOBILE else RESI[cty][0])]
        nsess = rng.randint(6, 22)
        tools_sets = [['bash', 'str_replace_editor', 'view_file', 'glob', 'grep'], ['Read', 'Edit', 'Bash', 'Grep', 'WebFetch', 'TodoWrite'],
                      ['read_file', 'write_file', 'list_dir', 'run_tests'], None]
        for _s in range(nsess):
            t = w.diurnal_ts(TZ[cty], peak=(8, 26 if rng.random() < 0.3 else 23))
            client = rng.choice(clients)
            ip = homeip if rng.random() < 0.8 else rng.choice(other)
            agentic = client['stack'].startswith('cli') and rng.random() < 0.8
            tools = rng.choice(tools_sets[:3]) if agentic else rng.choice(tools_sets)
            conv = w.uuid(); ctx = rng.randint(2000, 9000) if agentic else 0
            sysp = ('You are an interactive CLI coding agent. Use the tools to inspect and edit the repository. Be concise.' if agentic else
                    rng.choice([None, 'Be terse. No preamble.', 'You are an expert staff engineer reviewing code.']))
            first = rng.random()
            if first < 0.5:
                p = rng.choice(w.c.arena_code)['prompt']
            elif first < 0.7:
                cg = rng.choice(w.c.codegen); p = cg['instruction'] + ('\n' + cg['input'] if cg['input'] else '')
            else:
                p, _ = organic_prompt(w)
            nt = rng.randint(3, 28) if agentic else rng.randint(1, 10)
            for k in range(nt):
                if k > 0:
                    p = rng.choice(FOLLOW_CODE) if not agentic or rng.random() < 0.3 else rng.choice(
                        ['<tool_result>exit code 0</tool_result>', '<tool_result>FAILED tests/test_api.py::test_pagination - AssertionError</tool_result>',
                         '<tool_result>File written.</tool_result>', 'continue', '<tool_result>src/server.ts:41:7 - error TS2345</tool_result>', 'yes go ahead',
                         '<tool_result>  1 import os\n  2 import sys\n  3 from .core import run</tool_result>'])
                lat, used = w.emit(acc, t, client, ip, p, system=sysp, model=rng.choice(['large', 'code', 'think']) if not agentic else rng.choice(['large', 'code']),
                                   conv=conv, turn=k + 1, tools=tools, out_mu=500 if not agentic else 180, stream=True,
                                   max_tokens=rng.choice([8192, 16000, 32000]) if agentic else None, ctx=ctx, reasoning=rng.choice([None, None, 1500]), rate429=0.02)
                ctx += used
                t += lat / 1000 + (rng.lognormvariate(math.log(4), 0.8) if agentic and rng.random() < 0.7 else rng.lognormvariate(math.log(90), 0.9))
    w.doc(f'- power-user: {n} accounts, agentic CLI coding sessions with tool use, long threads, several clients')

RESEARCH_ASK = ["Please reason step by step: {q}", "{q}\n\nThink through this carefully and show your work; I'm comparing how models reason.",
                "For a paper on reasoning errors, I need a worked solution with each inference made explicit.\n\n{q}",
                "{q} Explain your reasoning before answering.", "Q: {q}\nA: Let's think step by step.", "Walk me through the logic: {q}",
                "I'm studying chain-of-thought faithfulness. Solve, then list which steps were actually necessary.\n{q}"]

def P_researcher(w, n):
    rng = w.rng
    unis = [(25, 'berkeley.edu', 'US'), (3, 'mit.edu', 'US'), (239, 'utoronto.ca', 'CA'), (786, 'ox.ac.uk', 'GB'), (559, 'ethz.ch', 'CH'), (12816, 'tum.de', 'DE')]
    for _ in range(n):
        asn, dom, cty = rng.choice(unis)
        acc = w.add_account('organic', 'researcher', email=dom if rng.random() < 0.8 else 'gmail.com', country=cty, tier=rng.choice(['build', 'scale']))
        clients = [make_client(rng.choice(['openai-py', 'anthropic-py', 'httpx-h2', 'browser-chrome', 'browser-firefox']), rng) for _ in range(2)]
        ips = [w.net.ip(asn), w.net.ip(asn), resi_ip(w, cty)]
        for _ in range(heavy(rng, 28, 1.5, 5, 250)):
            t = w.diurnal_ts(TZ[cty], peak=(9, 25))
            r = rng.random()
            if r < 0.45:
                q = rng.choice(w.c.gsm_te if rng.random() < 0.6 else w.c.gsm_tr)['question']
                p = rng.choice(RESEARCH_ASK).format(q=q)
            elif r < 0.6:
                q = rng.choice([m for m in w.c.mt if m['category'] in ('reasoning', 'math', 'stem')])['turns'][0]
                p = rng.choice(RESEARCH_ASK).format(q=q)
            else:
                p, _ = organic_prompt(w, rng.choice(['arena', 'koala', 'vicuna']))
            cl = rng.choice(clients)
            w.emit(acc, t, cl, rng.choice(ips), p, model=rng.choice(['large', 'think', 'think', 'mini']), temp=rng.choice([0, 0.7, None, 1.0]),
                   out_mu=600, reasoning=rng.choice([None, 2000, 4000]), max_tokens=rng.choice([None, 4096, 8192, 16000]), stream=False,
                   conv=None if cl['stack'] != 'browser-chrome' else w.uuid(), turn=None if cl['stack'] != 'browser-chrome' else 1)
    w.doc(f'- researcher: {n} accounts at universities asking for step-by-step reasoning on maths/logic (incl. gsm8k items)')

HOBBY_ASK = ["Generate {n} diverse instruction/response pairs for fine-tuning a small model. Output JSONL with keys instruction, input, output.",
             "I'm building a toy Alpaca-style dataset. Here are some example tasks:\n{ex}\nWrite {n} more in the same style.",
             "{alp}", "Give me {n} varied questions someone might ask a cooking assistant, with good answers.",
             "Make {n} examples of {topic} tasks with inputs and ideal outputs, as a JSON list.",
             "Write {n} Q&A pairs about {topic} for a flashcard app."]

def P_hobbyist(w, n):
    rng = w.rng
    for _ in range(n):
        cty = pick_country(w)
        acc = w.add_account('organic', 'data-hobbyist', email=rng.choice(['gmail.com', 'outlook.com', 'proton.me']), country=cty, tier=rng.choice(['build', 'free']))
        cl = make_client(rng.choice(['openai-py', 'requests', 'aiohttp', 'openai-js', 'curl']), rng)
        ip = resi_ip(w, cty) if rng.random() < 0.75 else w.net.ip(rng.choice(CLOUD['gcp']))
        # one or two batch jobs
        for _j in range(rng.randint(1, 3)):
            t = w.diurnal_ts(TZ.get(cty, 0))
            for _k in range(rng.randint(5, 35)):
                ex = '\n'.join('- ' + s['instruction'] for s in rng.sample(w.c.seed, 3))
                p = rng.choice(HOBBY_ASK).format(n=rng.choice([5, 10, 20]), ex=ex, alp=w.c.alpaca,
                                                 topic=rng.choice(['SQL', 'gardening', 'Spanish grammar', 'unit conversion', 'customer support', 'first aid']))
                lat, _ = w.emit(acc, t, cl, ip, p, model=rng.choice(['mini', 'large']), temp=rng.choice([0.7, 1.0, 1.2]), out_mu=900, max_tokens=4096, stream=False)
                t += lat / 1000 + rng.uniform(0.2, 6)
    w.doc(f'- data-hobbyist: {n} accounts running small self-instruct/Alpaca-style generation batches')

FAMILY = 'family-shared-card'

def P_family(w, ngroups):
    rng = w.rng; total = 0
    for _ in range(ngroups):
        cty = pick_country(w); card = w.card(); home = resi_ip(w, cty); dom = rng.choice(['gmail.com', 'icloud.com', 'outlook.com'])
        t_c = w.t0 - rng.uniform(5, 300) * 86400
        for i in range(rng.randint(2, 5)):
            acc = w.add_account('organic', FAMILY, email=dom, card=card, country=cty, tier='build', created=t_c + i * rng.uniform(60, 86400 * 20), signup_ip=home)
            simple_thread_user(w, acc, heavy(rng, 6, 1.6, 1, 40), [rng.choice(['browser-chrome', 'browser-safari', 'browser-ios', 'android-app'])],
                               lambda: home if rng.random() < 0.7 else resi_ip(w, cty))
            total += 1
    w.doc(f'- family-shared-card / small team: {ngroups} groups ({total} accounts) sharing one card and one home IP')

ENT_APPS = [
    ('You are Atlas, the internal knowledge assistant for Halvorsen Logistics. Answer using the retrieved context. If unsure, say so. Cite document IDs.', ['search_kb', 'get_shipment']),
    ('You are a customer-support agent for Brightwave Telecom. Follow the policy excerpts supplied in the conversation. Never promise refunds over $50.', ['lookup_account', 'create_case', 'escalate']),
    ('Summarize the following document for a legal reviewer. Output: 1) parties 2) obligations 3) risks. Plain English.', None),
    ('You are CodeAssist for Verity Bank engineering. Follow the internal style guide. Do not output secrets.', ['search_code', 'open_file']),
    ('Classify the support ticket into one of: billing, outage, hardware, account, other. Reply with JSON {"category":..., "urgency":1-5}.', None),
    ('You are the shopping assistant of Mirelle Home. Recommend products from the catalogue tool only.', ['catalog_search', 'add_to_cart']),
]

def P_enterprise(w, norgs, total_req):
    rng = w.rng
    apps = rng.sample(ENT_APPS, norgs)
    sizes = [rng.randint(12, 45) for _ in range(norgs)]
    per_org_req = [total_req * s // sum(sizes) for s in sizes]
    for oi in range(norgs):
        sysp, tools = apps[oi]
        org = 'org_' + w.hexid(12); card = w.card()
        dom = rng.choice(['halvorsen-log.com', 'brightwave.net', 'kessler-legal.com', 'veritybank.com', 'northpass.io', 'mirelle.com', 'tandem-health.org', 'oakridge-eng.com'])
        cloud = rng.choice(['aws', 'aws', 'gcp', 'azure', 'office'])
        if cloud == 'office':
            egress = [w.net.ip(rng.choice([701, 7018, 3320, 2856, 3303])) for _ in range(2)]
        else:
            egress = [w.net.ip(rng.choice(CLOUD[cloud])) for _ in range(rng.randint(2, 5))]
        cty = rng.choice(['US', 'US', 'GB', 'DE', 'CH'])
        tc = w.t0 - rng.uniform(20, 400) * 86400
        stack = rng.choice(['openai-py', 'anthropic-py', 'openai-js', 'java', 'dotnet', 'go'])
        accs = [w.add_account('organic', 'verified-enterprise', org=org, email=dom, card=card, signup_ip=egress[0], country=cty, tier='enterprise',
                              verified=True, created=tc + i * rng.uniform(5, 50)) for i in range(sizes[oi])]
        clients = [make_client(stack, rng) for _ in range(3)]
        tz = TZ[cty]
        nreq = per_org_req[oi]
        for _ in range(nreq):
            acc = rng.choice(accs[: max(1, int(len(accs) * 0.6))]) if rng.random() < 0.6 else rng.choice(accs)
            t = w.diurnal_ts(tz, peak=(7, 20), weekend=0.25) if rng.random() < 0.8 else rng.uniform(w.t0, w.t1)
            r = rng.random()
            if r < 0.35:
                u = rng.choice(w.c.uo); inst = rng.choice(u['instances'])
                p = inst['input'] or u['instruction']
            elif r < 0.6:
                p = rng.choice(w.c.koala)
            elif r < 0.8:
                p = rng.choice(w.c.arena)['prompt']
            else:
                p = rng.choice(w.c.hh)[0][0]
            conv = w.uuid() if tools and rng.random() < 0.5 else None
            w.emit(acc, t, rng.choice(clients), rng.choice(egress), p, system=sysp, tools=tools, model=rng.choice(['large', 'mini', 'mini']),
                   temp=0.2, stream=rng.random() < 0.5, conv=conv, turn=1 if conv else None, out_mu=250, max_tokens=1024, rate429=0.01)
        w.doc(f'- verified-enterprise {org}: {sizes[oi]} keys/accounts, one card, {cloud} egress, one app system prompt, {nreq} requests')

def P_startup(w, norgs, total_req):
    rng = w.rng
    for oi in range(norgs):
        org = 'org_' + w.hexid(12)
        dom = rng.choice(['getrelay.ai', 'pilotdesk.app', 'sprocket.dev', 'ledgerly.co'])
        n = rng.randint(5, 10); card = w.card()
        egress = [w.net.ip(rng.choice(CLOUD[rng.choice(['aws', 'gcp', 'do', 'hetzner'])])) for _ in range(3)]
        tc = w.t0 - rng.uniform(20, 120) * 86400
        accs = [w.add_account('organic', 'startup-agent-platform', org=org, email=dom, card=card if rng.random() < 0.8 else 'new', signup_ip=resi_ip(w, 'US'),
                              country='US', tier='scale', verified=False, created=tc + i * rng.uniform(3600, 86400 * 30)) for i in range(n)]
        cl = make_client(rng.choice(['anthropic-js', 'openai-js', 'langchain']), rng)
        tools = ['browse', 'click', 'type_text', 'screenshot', 'extract_table']
        sysp = 'You are an autonomous web agent operating a browser on behalf of the user. Think before each action.'
        per = total_req // norgs
        i = 0
        while i < per:
            acc = rng.choice(accs); t = rng.uniform(w.t0, w.t1 - 3600); conv = w.uuid(); ctx = 1500
            p, _ = organic_prompt(w, rng.choice(['koala', 'uo', 'vicuna']))
            for k in range(rng.randint(3, 15)):
                if k > 0:
                    p = rng.choice(['<observation>page loaded: 34 links</observation>', '<observation>table extracted (12 rows)</observation>', '<observation>login form detected</observation>', '<observation>click ok</observation>'])
                lat, used = w.emit(acc, t, cl, rng.choice(egress), p, system=sysp, tools=tools, conv=conv, turn=k + 1, model='large', temp=0, stream=False, out_mu=150, ctx=ctx, max_tokens=2048)
                ctx += used; i += 1
                t += lat / 1000 + rng.uniform(1, 8)
        w.doc(f'- startup-agent-platform {org}: {n} accounts (unverified, mostly one card), cloud egress, browser-agent tool use')

EVAL_TPL = ['Question: {q}\nAnswer:', '{q}', 'Solve the following math problem. Put the final answer after "####".\n\n{q}',
            '{fs}\n\nQuestion: {q}\nLet\'s think step by step.', 'Complete the following Python function.\n\n```python\n{q}```']

def P_eval(w, nlabs, total_req):
    rng = w.rng
    for li in range(nlabs):
        org = 'org_' + w.hexid(12); verified = rng.random() < 0.6; card = w.card()
        dom = rng.choice(['evalworks.ai', 'benchlab.io', 'cs.stanford.edu', 'tensorfield.ai', 'openmeasure.org'])
        cloud = rng.choice(['gcp', 'aws', 'azure', 'oracle'])
        egress = [w.net.ip(rng.choice(CLOUD[cloud])) for _ in range(rng.randint(2, 8))]
        accs = [w.add_account('organic', 'eval-harness', org=org, email=dom, card=card, country='US', tier='scale', verified=verified, signup_ip=egress[0]) for _ in range(rng.randint(1, 3))]
        cl = make_client(rng.choice(['httpx-h2', 'openai-py', 'anthropic-py', 'aiohttp']), rng)
        suites = rng.sample(['gsm8k', 'humaneval', 'mtbench', 'arena'], rng.randint(1, 3))
        fs = '\n\n'.join('Question: %s\nAnswer: %s' % (g['question'], g['answer']) for g in w.c.gsm_tr[:3])
        per = total_req // nlabs; i = 0
        tpl_g = rng.choice([0, 1, 2, 3]); model_sweep = rng.sample(['large', 'mini', 'think', 'code', 'old'], 3)
        while i < per:
            suite = rng.choice(suites); mdl = rng.choice(model_sweep); t = rng.uniform(w.t0, w.t1 - 7200)
            if suite == 'gsm8k':
                items = rng.sample(w.c.gsm_te[:400], rng.randint(60, 250)); render = lambda x: (EVAL_TPL[tpl_g].format(q=x['question'], fs=fs), x['answer'])
            elif suite == 'humaneval':
                items = list(w.c.he); render = lambda x: (EVAL_TPL[4].format(q=x['prompt']), x['prompt'] + x['canonical_solution'])
            elif suite == 'mtbench':
                items = list(w.c.mt); render = lambda x: (x['turns'][0], None)
            else:
                items = rng.sample(w.c.arena, 150); render = lambda x: (x['prompt'], None)
            conc = rng.choice([4, 8, 16])
            acc = rng.choice(accs)
            for it in items:
                p, resp = render(it)
                w.emit(acc, t, cl, rng.choice(egress), p, model=mdl, temp=0.0, stream=False, max_tokens=rng.choice([1024, 2048]) if mdl != 'think' else 16000,
                       response=resp, out_mu=300, rate429=0.04, reasoning=None)
                t += rng.expovariate(conc / 3.0)
                i += 1
                if t > w.t1:
                    break
        w.doc(f'- eval-harness {org}: {len(accs)} accounts, {cloud} machines, suites {suites}, repeated runs round the clock (verified={verified})')

CLASS_WRAP = [
    ("You are a patient tutor for MATH 110 at {u}. Do not just give the answer; guide the student with steps.", 'gsm'),
    ("You are the course assistant for CS 61A-style intro programming at {u}. Explain concepts, give hints, show corrected code.", 'code'),
    ("Teaching assistant for ECON 101. Use simple language and relate answers to the week's reading.", 'gen'),
]

def P_campus(w, ncampus, nclasses):
    rng = w.rng
    unis = rng.sample([(25, 'berkeley.edu', 'US', 'UC Berkeley'), (239, 'utoronto.ca', 'CA', 'University of Toronto'), (786, 'ed.ac.uk', 'GB', 'University of Edinburgh'),
                       (4538, 'tsinghua.edu.cn', 'CN', 'Tsinghua'), (12816, 'tum.de', 'DE', 'TU Munich'), (52, 'ucla.edu', 'US', 'UCLA'), (3, 'mit.edu', 'US', 'MIT')], ncampus)
    for asn, dom, cty, name in unis:
        nat = [w.net.ip(asn) for _ in range(rng.randint(2, 4))]
        n = rng.randint(150, 230)
        for _ in range(n):
            acc = w.add_account('organic', 'campus-nat', email=dom if rng.random() < 0.7 else 'gmail.com', country=cty, tier=rng.choice(['free', 'free', 'build']),
                                card=None if rng.random() < 0.6 else 'new', signup_ip=rng.choice(nat))
            home = resi_ip(w, cty) if cty in RESI else w.net.ip(4134)
            simple_thread_user(w, acc, heavy(rng, 7, 1.5, 1, 70), [rng.choice(['browser-chrome', 'browser-safari', 'browser-firefox', 'browser-ios', 'openai-py', 'browser-chrome131'])],
                               lambda: rng.choice(nat) if rng.random() < 0.75 else home, prompt_kinds=['arena', 'koala', 'vicuna', 'mt', 'hh', 'uo'], p_multi=0.35)
        w.doc(f'- campus-nat {name}: {n} students behind {len(nat)} NAT addresses')
    # classes
    for ci in range(nclasses):
        asn, dom, cty, name = rng.choice(unis)
        nat = [w.net.ip(asn) for _ in range(2)]
        wrap, kind = CLASS_WRAP[ci % len(CLASS_WRAP)]
        wrap = wrap.format(u=name)
        n = rng.randint(35, 70)
        term_start = w.t0 - rng.uniform(10, 40) * 86400
        teacher_card = None
        accs = []
        for i in range(n):
            created = term_start + rng.uniform(0, 3 * 3600) if rng.random() < 0.7 else w.t0 + rng.uniform(0, 4) * 86400
            accs.append(w.add_account('organic', 'classroom', email=dom, country=cty, tier='free', card=None, signup_ip=rng.choice(nat), created=created))
        # homework sets: shared questions, deadlines
        nsets = max(2, w.days // 6)
        for hs in range(nsets):
            deadline = w.t0 + (hs + 1) * (w.days / (nsets + 0.3)) * 86400 + rng.uniform(-3, 3) * 3600
            if kind == 'gsm':
                qs = [g['question'] for g in rng.sample(w.c.gsm_tr, 8)]
            elif kind == 'code':
                qs = [h['prompt'] for h in rng.sample(w.c.he, 6)]
            else:
                qs = [q['turns'][0] for q in rng.sample(w.c.vicuna, 6)]
            for acc in accs:
                if rng.random() < 0.25:
                    continue
                cl = make_client(rng.choice(['browser-chrome', 'browser-safari', 'browser-ios', 'browser-chrome131']), rng)
                t = deadline - rng.expovariate(1 / (30 * 3600))
                ip = rng.choice(nat) if rng.random() < 0.5 else resi_ip(w, cty) if cty in RESI else w.net.ip(4134)
                for q in rng.sample(qs, rng.randint(1, len(qs))):
                    conv = w.uuid(); ctx = 0
                    for k in range(rng.choice([1, 1, 2, 3])):
                        p = q if k == 0 else rng.choice(['i don\'t get step 2', 'can you just check my answer, I got 42', 'why do we divide there?', 'ok what\'s the next hint', 'is my code right?'])
                        lat, used = w.emit(acc, t, cl, ip, p, system=wrap, model='mini', conv=conv, turn=k + 1, stream=True, out_mu=300, ctx=ctx, temp=0.3)
                        ctx += used
                        t += lat / 1000 + rng.uniform(30, 400)
        w.doc(f'- classroom ({name}, {kind}): {n} students share the teacher\'s system prompt and the same homework items; bursts before {nsets} deadlines')

def P_hackathon(w):
    rng = w.rng
    venue = w.net.ip(rng.choice([7922, 701, 3320]))
    day = rng.randint(3, w.days - 3)
    tstart = w.t0 + day * 86400 + 14 * 3600
    n = rng.randint(50, 80)
    accs = [w.add_account('organic', 'hackathon-attendee', email=rng.choice(['gmail.com', 'gmail.com', 'outlook.com', 'stanford.edu', 'berkeley.edu', 'icloud.com']),
                          country='US', tier='free', card=None, signup_ip=venue, created=tstart + rng.uniform(0, 2400)) for _ in range(n)]
    sysp = 'You are a helpful assistant built for the HackWeekend starter kit.'
    for acc in accs:
        cl = make_client(rng.choice(['openai-js', 'openai-py', 'openai-js', 'anthropic-js', 'curl']), rng)
        t = acc['created'] + rng.uniform(600, 3600)
        for _ in range(heavy(rng, 10, 1.5, 2, 60)):
            p, _ = organic_prompt(w, rng.choice(['koala', 'uo', 'arena']))
            lat, _ = w.emit(acc, t, cl, venue if t < tstart + 30 * 3600 else resi_ip(w, 'US'), p, system=sysp if rng.random() < 0.7 else None, model='mini', out_mu=200, rate429=0.05)
            t += rng.lognormvariate(math.log(300), 1.2)
    w.doc(f'- hackathon-attendee: {n} free accounts signed up within 40 minutes at one venue IP, starter-kit system prompt')

# ----------------------------------------------------------------------------------------------
# attack operations
# ----------------------------------------------------------------------------------------------

def compose(rng, *parts):
    """each part is a list of alternatives (None allowed); join non-empty with separators."""
    out = []
    for p in parts:
        x = rng.choice(p)
        if x:
            out.append(x)
    return out

class Pool:
    """shared work queue of items: each popped once across the operation."""
    def __init__(self, rng, items):
        self.items = list(items); rng.shuffle(self.items); self.i = 0
    def pop(self):
        x = self.items[self.i % len(self.items)]; self.i += 1
        return x

def gsm_item(x):
    return x['question'], x['answer']

def code_item(c, x):
    if 'task_id' in x:
        return x['prompt'], x['prompt'] + x['canonical_solution']
    if 'instruction' in x:
        return x['instruction'] + ('\n' + x['input'] if x.get('input') else ''), x.get('response')
    return x['prompt'], None

def attack_accounts(w, camp, persona, n, *, created_fn, email_fn, card_fn, signup_ip_fn, country_fn, tier_fn, org_fn=lambda: None, nkeys=1):
    return [w.add_account('attack', persona, campaign=camp, created=created_fn(i), email=email_fn(i), card=card_fn(i), signup_ip=signup_ip_fn(i),
                          country=country_fn(i), tier=tier_fn(i), org=org_fn(), nkeys=nkeys) for i in range(n)]

# ---- op 1: sloppy fleet --------------------------------------------------------------------------------

SLOP_OPEN = [["Solve the problem below.", "Problem:", "Here's a question.", "Work the following exercise.", "Consider this word problem.", None, "Task:"],
             ["Break your solution into numbered steps and justify each one.", "Write out every intermediate calculation; do not skip arithmetic.",
              "Reason it through in detail before committing to an answer.", "Explain the reasoning thoroughly, then state the result on its own line.",
              "Give a full derivation, then a line 'FINAL: <value>'.", "Show the complete chain of thought that leads to the answer."],
             [None, None, "Be explicit about units.", "Double-check the arithmetic at the end.", "If there are alternative methods, mention one."]]

def OP_sloppy(w, camp, n, mean_req, target):
    rng = w.rng
    disp = ['mailinator.com', 'guerrillamail.com', 'sharklasers.com', 'tempmail.dev', '10minutemail.net', 'yopmail.com', 'gmaill.com', 'outlok.com', 'gmai1.com', 'protonmai1.com', 'inbox-relay.xyz']
    doms = rng.sample(disp, 5)
    cards = [w.card() for _ in range(rng.randint(3, 6))]
    burst_times = [w.t0 + rng.uniform(-4, w.days * 0.4) * 86400 for _ in range(rng.randint(4, 7))]
    cc = rng.choice(['US', 'US', 'GB', 'SG', 'CA'])
    sig_ips = [w.net.dcip() for _ in range(8)]
    accs = attack_accounts(w, camp, 'sloppy-fleet', n,
                           created_fn=lambda i: rng.choice(burst_times) + rng.uniform(0, 1800), email_fn=lambda i: rng.choice(doms),
                           card_fn=lambda i: rng.choice(cards), signup_ip_fn=lambda i: rng.choice(sig_ips), country_fn=lambda i: cc,
                           tier_fn=lambda i: 'build')
    stack = rng.choice(['requests', 'aiohttp', 'openai-py-old', 'go-h1', 'axios'])
    proxies = [w.net.dcip() if rng.random() < 0.6 else w.net.vpnip() for _ in range(rng.randint(30, 70))]
    sysps = ["You are a meticulous tutor who always shows complete reasoning.", "You are an expert problem solver. Think carefully.", None]
    if target == 'math':
        pool = w.c.gsm_tr
    else:
        pool = [a for a in w.c.arena if 'math' in a['cluster'].lower() or 'logic' in a['cluster'].lower() or 'puzzle' in a['cluster'].lower()] + w.c.gsm_tr[:2000]
    total = 0
    for acc in accs:
        cl = make_client(stack, rng)
        nreq = max(5, int(rng.gauss(mean_req, mean_req * 0.3)))
        lo = max(acc['created'] + rng.uniform(600, 86400), w.t0)
        t = rng.uniform(lo, min(w.t1 - 86400, lo + 5 * 86400))
        for _ in range(nreq):
            x = rng.choice(pool)
            q, ans = (x['question'], x['answer']) if 'question' in x else (x['prompt'], None)
            parts = compose(rng, *SLOP_OPEN)
            p = (parts[0] + '\n\n' + q + '\n\n' + ' '.join(parts[1:])) if len(parts) and parts[0] in SLOP_OPEN[0] else (q + '\n\n' + ' '.join(parts))
            lat, _ = w.emit(acc, t, cl, rng.choice(proxies), p, system=rng.choice(sysps), model=rng.choice(['large', 'think']), temp=rng.choice([0.7, 0.7, 1.0]),
                            max_tokens=rng.choice([4096, 8192]), stream=False, response=ans, out_mu=700, reasoning=rng.choice([None, 2500]), rate429=0.06)
            t += lat / 1000 + rng.expovariate(1 / 25.0) + (rng.uniform(3600, 14 * 3600) if rng.random() < 0.08 else 0)
            total += 1
            if t > w.t1: break
    w.doc(f'- ATTACK {camp} (sloppy-fleet, {target}): {n} accounts, burst sign-ups with disposable/look-alike domains {doms}, {len(cards)} cards, one {stack} client, '
          f'datacenter/VPN proxies; CoT elicitation; {total} requests')

# ---- op 2: careful, aged accounts, shared work queue --------------------------------------------------

CARE_MATH_OPEN = ["hey so my {who} got this one for homework and I honestly can't see how to do it:", "Quick one, I keep getting a different number than the book.",
                  "Could you help me understand this problem?", "I'm prepping for a quant interview, how would you approach this:",
                  "Stuck on this:", "Okay, brain teaser from a friend:", "Can you walk me through this, I want to actually understand it and not just get the answer.",
                  "This is from a practice sheet.", "", "Random question —"]
CARE_MATH_CLOSE = ["", "", "How would you think about it?", "Please go slowly.", "What's the trick here?", "I'd like to see how you get there.",
                   "Could you explain like you would to a 12 year old?", "thx"]
CARE_MATH_FU = ["Wait, why did you subtract there instead of adding?", "Is there a faster way to see it?", "Can you check that again, I'm not sure about the second step.",
                "What if the numbers were doubled, does the method change?", "How would I explain this to someone else?", "ok that makes sense. what's the general rule?",
                "Could you set it up as an equation instead?", "Where do people usually go wrong on these?"]
CARE_CODE_OPEN = ["I'm working through some practice problems and I'd like a clean solution with an explanation.", "Can you implement this? I'd like to understand the edge cases.",
                  "Interview prep. How would you write this?", "Here's a function stub from a course I'm taking:", "", "Could you finish this off for me and explain your approach?",
                  "I keep failing a hidden test on this one, can you write a correct version?"]
CARE_CODE_FU = ["What's the time complexity, and can it be improved?", "Can you add tests for the tricky cases?", "How would this change if the input were streamed?",
                "Could you do it without recursion?", "Why is that edge case handled separately?", "Can you rewrite it more idiomatically?"]

def OP_careful(w, camp, n, mean_req, target):
    rng = w.rng
    if target == 'math':
        pool = Pool(rng, w.c.gsm_tr[:]); OPEN, FU = CARE_MATH_OPEN, CARE_MATH_FU
    else:
        pool = Pool(rng, list(w.c.he) + list(w.c.codegen) + w.c.arena_code); OPEN, FU = CARE_CODE_OPEN, CARE_CODE_FU
    accs = []
    for i in range(n):
        cty = rng.choice(['US', 'US', 'US', 'GB', 'CA', 'AU', 'DE', 'IN', 'FR'])
        signup = resi_ip(w, cty)
        acc = w.add_account('attack', 'careful-aged', campaign=camp, created=w.t0 - rng.uniform(90, 330) * 86400,
                            email=rng.choice(['gmail.com', 'gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'proton.me', 'gmx.de']),
                            card='new', signup_ip=signup if rng.random() < 0.7 else None, country=cty, tier='build')
        accs.append(acc)
    stacks = ['browser-chrome', 'browser-chrome131', 'browser-safari', 'browser-firefox', 'browser-edge', 'anthropic-py', 'openai-py', 'openai-js', 'browser-ios']
    total = 0
    for acc in accs:
        cty = acc['country']
        ips = [resi_ip(w, cty) for _ in range(rng.randint(1, 3))]
        cls = [make_client(rng.choice(stacks), rng) for _ in range(rng.randint(1, 2))]
        # randomized fingerprints: sometimes an impersonation variant with slightly different extension hash
        if rng.random() < 0.35:
            cls[0] = dict(cls[0]); cls[0]['ja4'] = cls[0]['ja4'][:-12] + h12(acc['id'])
        nreq = max(8, int(rng.gauss(mean_req, mean_req * 0.35)))
        done = 0
        who = rng.choice(['kid', 'daughter', 'son', 'nephew', 'little brother'])
        while done < nreq:
            t = w.diurnal_ts(TZ.get(cty, 0), peak=(8, 23), weekend=0.8)
            cl = rng.choice(cls); conv = w.uuid(); ctx = 0
            if rng.random() < 0.18:  # cover
                p, extra = organic_prompt(w, rng.choice(['koala', 'vicuna', 'hh']))
                lat, used = w.emit(acc, t, cl, rng.choice(ips), p, model='large', conv=conv, turn=1, stream=True, out_mu=300)
                done += 1; total += 1
                continue
            x = pool.pop()
            if target == 'math':
                q, ans = x['question'], x['answer']
            else:
                q, ans = code_item(w.c, x)
            o = rng.choice(OPEN).format(who=who); cz = rng.choice(CARE_MATH_CLOSE if target == 'math' else ['', '', 'Thanks!', 'Explain as you go.'])
            p = ' '.join(s for s in [o, ('\n\n' if len(q) > 200 else ' ') + q if o else q, cz] if s).strip()
            nt = rng.choice([1, 2, 2, 3, 3, 4])
            for k in range(nt):
                if k > 0:
                    p = rng.choice(FU)
                lat, used = w.emit(acc, t, cl, rng.choice(ips), p, model=rng.choice(['large', 'large', 'think']), conv=conv, turn=k + 1, stream=rng.random() < 0.7,
                                   response=ans if k == 0 else None, out_mu=450, temp=rng.choice([None, None, 0.7]), ctx=ctx, reasoning=rng.choice([None, None, 1200]))
                ctx += used; done += 1; total += 1
                t += lat / 1000 + rng.lognormvariate(math.log(75), 0.7)
                if done >= nreq: break
    w.doc(f'- ATTACK {camp} (careful-aged, {target}): {n} accounts created 3-11 months earlier, own card each, residential IPs, browsers/SDKs with '
          f'some randomised JA4, human-paced multi-turn threads; each item of one shared pool asked once across the operation; ~18% cover; {total} requests')

# ---- op 3: sub-teams with cover, coding/agentic -----------------------------------------------------

TEAM_WORDINGS = [
    (["Implement the following.", "Write production-quality code for this task.", "Solve:", "Your task:"],
     ["Return the full solution in one code block, followed by a brief explanation of the approach and its complexity.",
      "Include reasoning about edge cases before writing the code.", "Think about the algorithm first, then write the code, then test it mentally on two inputs."]),
    (["<task>", "### Problem", "Coding exercise", "Please complete:"],
     ["</task>\nRespond with: analysis, solution, tests.", "\nFormat: ## Plan / ## Code / ## Verification", "\nGive a step-by-step plan and then the implementation."]),
    (["You have access to the tools listed. Accomplish the following objective end to end:", "Objective:", "Use the available tools as needed to complete this:"],
     ["Narrate your reasoning before each tool call.", "When finished, summarise what you did and why.", "Plan first, then act."]),
]
AGENT_TOOLS = [['python', 'bash', 'read_file', 'write_file'], ['web_search', 'fetch_url', 'python'], ['run_tests', 'apply_patch', 'git_diff', 'list_files'],
               ['calculator', 'wikipedia', 'weather', 'search']]

def OP_subteams(w, camp, n, mean_req, nteams):
    rng = w.rng
    team_cfgs = [
        dict(stack='go', net=lambda: w.net.ip(rng.choice(CLOUD[rng.choice(['hetzner', 'ovh', 'contabo'])])), email=lambda: rng.choice(['outlook.com', 'gmail.com']), country='DE', cards=3),
        dict(stack='openai-js', net=lambda: w.net.ip(rng.choice(MOBILE['US'])), email=lambda: 'gmail.com', country='US', cards=None),
        dict(stack='anthropic-py', net=lambda: resi_ip(w, rng.choice(['US', 'BR', 'VN', 'PH', 'IN'])), email=lambda: rng.choice(['nimbusforge.io', 'yahoo.com']), country='US', cards=8),
        dict(stack='rust', net=lambda: w.net.vpnip(), email=lambda: rng.choice(['proton.me', 'tutanota.com']), country='NL', cards=2),
    ]
    rng.shuffle(team_cfgs)
    per_team = n // nteams
    total = 0
    hdr = len(w.docs); w.doc('')
    for ti in range(nteams):
        tc = team_cfgs[ti]; ww = TEAM_WORDINGS[ti % len(TEAM_WORDINGS)]
        cards = [w.card() for _ in range(tc['cards'])] if tc['cards'] else None
        cover = rng.uniform(0.1, 0.4)
        created0 = w.t0 - rng.uniform(5, 60) * 86400
        accs = attack_accounts(w, camp, f'subteam-{ti + 1}', per_team,
                               created_fn=lambda i: created0 + rng.uniform(0, 4) * 86400, email_fn=lambda i: tc['email'](),
                               card_fn=lambda i: rng.choice(cards) if cards else 'new', signup_ip_fn=lambda i: tc['net'](),
                               country_fn=lambda i: tc['country'], tier_fn=lambda i: 'build')
        agentic = ti % len(TEAM_WORDINGS) == 2 or rng.random() < 0.3
        proxies = [tc['net']() for _ in range(max(10, per_team // 2))]
        for acc in accs:
            cl = make_client(tc['stack'], rng)
            nreq = max(6, int(rng.gauss(mean_req, mean_req * 0.4)))
            my_ips = rng.sample(proxies, 2)
            t = rng.uniform(max(w.t0, acc['created']), w.t1 - 4 * 86400)
            for _ in range(nreq):
                if rng.random() < cover:
                    p, _ = organic_prompt(w, rng.choice(['koala', 'vicuna', 'hh', 'uo']))
                    lat, _ = w.emit(acc, t, cl, rng.choice(my_ips), p, model='mini', out_mu=250, temp=rng.choice([None, 0.7]), stream=False)
                else:
                    r = rng.random()
                    if agentic and r < 0.55:
                        tf = rng.choice(w.c.toolf)
                        body = tf['instruction'].split('\n')[-1] + ('\n' + tf['input'] if tf['input'] else '')
                        tools = rng.choice(AGENT_TOOLS)
                    else:
                        x = rng.choice(w.c.he) if r < 0.75 else rng.choice(w.c.codegen) if r < 0.9 else rng.choice(w.c.arena_code)
                        body, _ = code_item(w.c, x); tools = None
                    a, b = rng.choice(ww[0]), rng.choice(ww[1])
                    p = f'{a}\n{body}\n{b}' if rng.random() < 0.8 else f'{body}\n\n{b}'
                    lat, _ = w.emit(acc, t, cl, rng.choice(my_ips), p, model=rng.choice(['code', 'large', 'think']), tools=tools,
                                    max_tokens=rng.choice([8192, 16000]), temp=rng.choice([0.2, 0.6, None]), out_mu=900,
                                    reasoning=rng.choice([None, 3000, 6000]), stream=rng.random() < 0.5, rate429=0.02)
                total += 1
                t += lat / 1000 + rng.lognormvariate(math.log(240), 1.3)
                if t > w.t1: break
        w.doc(f'  - sub-team {ti + 1}: {per_team} accounts, stack {tc["stack"]}, cover {cover:.0%}, agentic={agentic}')
    w.docs[hdr] = f'- ATTACK {camp} (sub-teams, coding/agentic): {nteams} sub-teams sharing one campaign, {total} requests'

# ---- op 4: judge / rubric grading -----------------------------------------------------------------------

JUDGE_HEAD = ["You are grading a model answer.", "Act as an impartial evaluator.", "Evaluate the candidate response below.", "Reviewer mode.", "Score this answer."]
JUDGE_RUB = ["Criteria: correctness (0-5), completeness (0-3), clarity (0-2). Total out of 10.", "Use a 1-7 Likert scale for helpfulness, honesty and harmlessness.",
             "Rate from 1 to 10. Deduct points for arithmetic mistakes, unsupported claims, and verbosity.", "Give a score in [0,1] and identify the first incorrect step, if any.",
             "Compare against what an expert would write; rate 1-5 on accuracy and 1-5 on reasoning quality."]
JUDGE_OUT = ["Explain your assessment in detail, then end with: SCORE=<n>.", 'Return JSON: {"rationale": "...", "score": n}.',
             "Write a critique first. The last line must be the number only.", "Think it through, then output [[n]]."]

def corrupt(rng, s):
    nums = re.findall(r'\d+', s)
    if nums and rng.random() < 0.5:
        k = rng.choice(nums)
        s = s.replace(k, str(int(k) + rng.choice([-3, -1, 1, 2, 10])), 1)
    return s

def OP_judge(w, camp, n, mean_req):
    rng = w.rng
    org = 'org_' + w.hexid(12)
    accs = attack_accounts(w, camp, 'judge-harvest', n, created_fn=lambda i: w.t0 - rng.uniform(10, 40) * 86400 + i * rng.uniform(0, 3600),
                           email_fn=lambda i: rng.choice(['qq.com', '163.com', 'gmail.com', 'outlook.com']), card_fn=lambda i: 'new' if rng.random() < 0.7 else None,
                           signup_ip_fn=lambda i: w.net.ip(rng.choice(CLOUD[rng.choice(['alibaba', 'tencent', 'aws'])])), country_fn=lambda i: rng.choice(['SG', 'HK', 'US', 'MY']),
                           tier_fn=lambda i: rng.choice(['build', 'free']))
    total = 0
    stack = rng.choice(['httpx-h2', 'openai-py', 'node-fetch'])
    for acc in accs:
        cl = make_client(stack, rng)
        egress = [w.net.ip(rng.choice(CLOUD[rng.choice(['alibaba', 'tencent', 'aws', 'gcp'])])) for _ in range(2)]
        nreq = max(5, int(rng.gauss(mean_req, mean_req * 0.3)))
        t = rng.uniform(w.t0, w.t1 - 5 * 86400)
        for _ in range(nreq):
            r = rng.random()
            if r < 0.45:
                g = rng.choice(w.c.gsm_tr); q, a = g['question'], corrupt(rng, g['answer'])
            elif r < 0.75:
                g = rng.choice(w.c.codegen + w.c.roleplay); q, a = g['instruction'], g['response']
            else:
                s = rng.choice(w.c.seed); inst = s['instances'][0]; q, a = s['instruction'] + (' ' + inst['input'] if inst['input'] else ''), inst['output']
            sep = rng.choice([('[Question]\n', '\n\n[Answer]\n'), ('QUESTION: ', '\nRESPONSE: '), ('<q>', '</q>\n<a>'), ('Prompt:\n', '\n---\nCandidate:\n')])
            p = f"{rng.choice(JUDGE_HEAD)} {rng.choice(JUDGE_RUB)}\n\n{sep[0]}{q}{sep[1]}{a}\n\n{rng.choice(JUDGE_OUT)}"
            lat, _ = w.emit(acc, t, cl, rng.choice(egress), p, model=rng.choice(['large', 'think']), temp=0, max_tokens=rng.choice([2048, 4096]), out_mu=420,
                            reasoning=rng.choice([None, 1500]), stream=False)
            total += 1
            t += lat / 1000 + rng.expovariate(1 / 90.0) + (rng.uniform(2, 30) * 3600 if rng.random() < 0.1 else 0)
            if t > w.t1: break
    w.doc(f'- ATTACK {camp} (judge-harvest): {n} accounts, Asia-Pacific cloud egress, rubric/judge grading of (partly corrupted) answers; {total} requests')

# ---- op 5: self-instruct bulk generation ------------------------------------------------------------------

SI_FRAMES = [
    "Below are sample tasks.\n{ex}\nInvent {k} brand-new tasks unlike these. For each, give an instruction, an optional input, and a high-quality output. Use the separator '###'.",
    "Seed examples:\n{ex}\n\nProduce {k} additional examples covering different skills (classification, rewriting, open QA, brainstorming, extraction). Numbered list; each item has Instruction/Input/Output.",
    "We need more training rows similar to:\n{ex}\nGenerate {k}. Vary verbs, length and domain. No duplicates of the examples.",
    "{instr}\n{inp}",
    "Write an excellent, detailed response to the following instruction.\n\nInstruction: {instr}\nInput: {inp}",
    "Respond as a world-class assistant would. Be thorough.\n{instr}\n{inp}",
]

def OP_selfinstruct(w, camp, n, mean_req):
    rng = w.rng
    cards = [w.card() for _ in range(max(2, n // 6))]
    t_sign = w.t0 + rng.uniform(0, 3) * 86400
    accs = attack_accounts(w, camp, 'bulk-selfinstruct', n, created_fn=lambda i: t_sign + i * rng.uniform(300, 9000),
                           email_fn=lambda i: rng.choice(['gmail.com', 'gmail.com', 'hotmail.com', 'mail.ru', 'yandex.ru', 'outlook.com']),
                           card_fn=lambda i: None if rng.random() < 0.5 else rng.choice(cards), signup_ip_fn=lambda i: w.net.vpnip(),
                           country_fn=lambda i: rng.choice(['US', 'GB', 'DE', 'KZ', 'AM']), tier_fn=lambda i: 'free')
    total = 0
    for acc in accs:
        cl = make_client(rng.choice(['aiohttp', 'httpx-h2', 'openai-py', 'curl']), rng)
        nreq = max(5, int(rng.gauss(mean_req, mean_req * 0.35)))
        t = rng.uniform(max(w.t0, acc['created']), w.t1 - 2 * 86400)
        ips = [w.net.vpnip() for _ in range(3)] + [w.net.dcip()]
        for _ in range(nreq):
            f = rng.choice(SI_FRAMES)
            ex = '\n'.join(f'{j + 1}. ' + s['instruction'] for j, s in enumerate(rng.sample(w.c.seed, rng.choice([3, 4, 5]))))
            src = rng.choice(w.c.uo + w.c.roleplay[:600])
            if 'instances' in src:
                instr = src['instruction']; inp = rng.choice(src['instances'])['input']; resp = None
            else:
                instr = src['instruction']; inp = src['input']; resp = src['response']
            p = f.format(ex=ex, k=rng.choice([8, 10, 15, 20]), instr=instr, inp=inp).strip()
            lat, _ = w.emit(acc, t, cl, rng.choice(ips), p, model=rng.choice(['mini', 'large']), temp=rng.choice([0.9, 1.0, 1.1]), max_tokens=rng.choice([3000, 4096, 8000]),
                            out_mu=1400 if '{ex}' in f else 600, response=resp if '{instr}' in f else None, stream=False, rate429=0.12)
            total += 1
            t += lat / 1000 + rng.uniform(1, 20) + (rng.uniform(3, 20) * 3600 if rng.random() < 0.07 else 0)
            if t > w.t1: break
    w.doc(f'- ATTACK {camp} (bulk-selfinstruct): {n} free-tier accounts (half no card, rest {len(cards)} cards), VPN egress, self-instruct generation + instruction->response; {total} requests')

# ---- op 6: capability taxonomy sweep, bare items ----------------------------------------------------------

def OP_taxonomy(w, camp, n, mean_req, net):
    rng = w.rng
    clusters = list(w.c.clusters.keys()); rng.shuffle(clusters)
    cats = ['gsm8k', 'humaneval', 'mt', 'vicuna', 'roleplay', 'toolformer'] + clusters
    orgs = ['org_' + w.hexid(12) for _ in range(rng.randint(3, 6))]
    if net == 'cloud':
        ipf = lambda: w.net.ip(rng.choice(CLOUD[rng.choice(['gcp', 'azure', 'aws', 'oracle'])])); stack = 'go'; cty = 'US'
    else:
        ipf = lambda: w.net.ip(rng.choice(MOBILE['US'] + MOBILE['IN'])); stack = 'okhttp'; cty = 'IN'
    accs = attack_accounts(w, camp, 'taxonomy-sweep', n, created_fn=lambda i: w.t0 - rng.uniform(1, 30) * 86400, email_fn=lambda i: rng.choice(['gmail.com', 'outlook.com', 'labmail.app']),
                           card_fn=lambda i: 'new', signup_ip_fn=lambda i: ipf(), country_fn=lambda i: cty, tier_fn=lambda i: 'build',
                           org_fn=lambda: rng.choice(orgs + [None, None]))
    total = 0
    used = set()
    for ai, acc in enumerate(accs):
        cl = make_client(stack, rng)
        ip = ipf()
        mycats = [cats[(ai * 3 + j) % len(cats)] for j in range(3)]
        nreq = max(5, int(rng.gauss(mean_req, mean_req * 0.3)))
        t = rng.uniform(w.t0, w.t1 - 3 * 86400)
        for _ in range(nreq):
            cat = rng.choice(mycats)
            resp = None
            if cat == 'gsm8k':
                x = rng.choice(w.c.gsm_tr); p, resp = x['question'], x['answer']
            elif cat == 'humaneval':
                x = rng.choice(w.c.he); p = x['prompt']
            elif cat == 'mt':
                p = rng.choice(w.c.mt)['turns'][0]
            elif cat == 'vicuna':
                p = rng.choice(w.c.vicuna)['turns'][0]
            elif cat == 'roleplay':
                x = rng.choice(w.c.roleplay); p = x['instruction'] + ('\n' + x['input'] if x['input'] else '')
            elif cat == 'toolformer':
                x = rng.choice(w.c.toolf); p = x['instruction'] + '\n' + x['input']
            else:
                p = rng.choice(w.c.clusters[cat])
            lat, _ = w.emit(acc, t, cl, ip if rng.random() < 0.85 else ipf(), p, model='think', max_tokens=rng.choice([32000, 64000, 32768]), temp=rng.choice([1.0, None]),
                            reasoning=rng.choice([6000, 12000, 20000]), out_mu=1200, response=resp, stream=True, rate429=0.03)
            total += 1
            t += lat / 1000 + rng.expovariate(1 / 600.0)
            if t > w.t1: break
    w.doc(f'- ATTACK {camp} (taxonomy-sweep, {net}): {n} accounts ({len(orgs)} unverified orgs + loose accounts), each covers a slice of a capability taxonomy; '
          f'bare items, no wrapper, max_tokens 32k-64k, extended reasoning; client {stack}; {total} requests')

# ---- op 7: slow-drip mobile "students" harvesting reasoning, W-variant  ------------------------------------

DRIP_WORDS = [["why", "how come", "explain", "help me understand", "solve", "can u do", "pls solve"], ["", " step by step", " and show the working", " with all the steps", " in detail"]]

def OP_drip(w, camp, n, mean_req):
    """Accounts mimic students on phones (mobile carrier IPs, app UA) but draw from one shared pool of maths/logic items;
    each account creates itself in the period; short free-form wrappers in lower case; cards: prepaid virtual cards, unique."""
    rng = w.rng
    pool = Pool(rng, w.c.gsm_tr[3000:] + [a for a in w.c.arena if re.search(r'(?i)math|proof|probab|logic|puzzle', a['cluster'])])
    accs = attack_accounts(w, camp, 'mobile-drip', n, created_fn=lambda i: w.t0 + rng.uniform(-20, w.days * 0.6) * 86400,
                           email_fn=lambda i: rng.choice(['gmail.com', 'gmail.com', 'icloud.com', 'yahoo.com']), card_fn=lambda i: 'new',
                           signup_ip_fn=lambda i: w.net.ip(rng.choice(MOBILE['US'])), country_fn=lambda i: 'US', tier_fn=lambda i: 'build')
    total = 0
    for acc in accs:
        cl = make_client(rng.choice(['ios-app', 'android-app', 'browser-ios']), rng)
        nreq = max(6, int(rng.gauss(mean_req, mean_req * 0.4)))
        done = 0
        while done < nreq:
            t = w.diurnal_ts(rng.choice([-5, -6, -8]), lo=acc['created'], peak=(15, 24), weekend=1.0)
            for _ in range(rng.randint(1, 5)):
                x = pool.pop()
                q = x.get('question') or x.get('prompt')
                a, b = rng.choice(DRIP_WORDS[0]), rng.choice(DRIP_WORDS[1])
                p = f'{a}{b}: {q}' if rng.random() < 0.5 else f'{q}\n{a}{b}'
                lat, _ = w.emit(acc, t, cl, w.net.ip(rng.choice(MOBILE['US'])), p, model=rng.choice(['large', 'think']), stream=True, conv=w.uuid(), turn=1,
                                response=x.get('answer'), out_mu=500, reasoning=rng.choice([None, 2000]))
                t += lat / 1000 + rng.lognormvariate(math.log(120), 0.8)
                done += 1; total += 1
                if done >= nreq: break
    w.doc(f'- ATTACK {camp} (mobile-drip): {n} accounts posing as phone users on carrier CGNAT addresses, unique cards, short casual wrappers, '
          f'one shared no-repeat pool of maths/logic items; {total} requests')

# ----------------------------------------------------------------------------------------------
# build a world
# ----------------------------------------------------------------------------------------------

def build(seed, out, start, days):
    w = World(seed, start, days)
    rng = w.rng
    w.doc(f'# World (set V) seed={seed}, start={start}, {days} days\n\n## Legitimate personas')
    P_enterprise(w, rng.randint(3, 5), rng.randint(6000, 8000))
    P_startup(w, 2, rng.randint(1000, 1600))
    P_eval(w, rng.randint(3, 5), rng.randint(4500, 6000))
    P_campus(w, 2, 3)
    P_hackathon(w)
    P_power(w, rng.randint(55, 75))
    P_developer(w, rng.randint(200, 240))
    P_researcher(w, rng.randint(45, 65))
    P_hobbyist(w, rng.randint(20, 30))
    P_writer(w, rng.randint(70, 90))
    P_family(w, rng.randint(10, 14))
    P_vpn(w, rng.randint(180, 220))
    n_org = len(w.accounts)
    P_casual(w, max(800, 2900 - n_org))
    w.doc('\n## Attack operations')
    # attack ops: sizes ~600 accounts, ~24k requests
    ops = []
    camp = lambda: 'camp-' + w.hexid(6)
    variant = seed % 2
    OP_sloppy(w, camp(), rng.randint(120, 150), 46, 'math' if variant == 0 else 'mixed')
    OP_careful(w, camp(), rng.randint(90, 105), 40, 'math' if variant == 1 else 'code')
    OP_subteams(w, camp(), rng.randint(120, 140), 42, 3 if variant == 0 else 4)
    OP_judge(w, camp(), rng.randint(45, 60), 42)
    OP_selfinstruct(w, camp(), rng.randint(55, 75), 36)
    OP_taxonomy(w, camp(), rng.randint(55, 70), 38, 'cloud' if variant == 0 else 'mobile')
    OP_drip(w, camp(), rng.randint(50, 60), 34)
    # write
    os.makedirs(out, exist_ok=True)
    cr = {a['account_id']: a['created_at'] for a in w.accounts}
    end = iso(w.t1)
    w.inter = [r for r in w.inter if r['ts'] < end and r['ts'] >= cr[r['account_id']]]
    w.inter.sort(key=lambda r: r['ts'])
    with open(os.path.join(out, 'interactions.jsonl.gz'), 'wb') as raw:
        with gzip.GzipFile(fileobj=raw, mode='wb', mtime=0) as f:
            for r in w.inter:
                f.write((json.dumps(r, ensure_ascii=False) + '\n').encode())
    with open(os.path.join(out, 'accounts.jsonl'), 'w') as f:
        for a in w.accounts:
            f.write(json.dumps(a) + '\n')
    with open(os.path.join(out, 'labels.jsonl'), 'w') as f:
        for l in w.labels:
            f.write(json.dumps(l) + '\n')
    att = {l['account_id'] for l in w.labels if l['label'] == 'attack'}
    natt = sum(1 for r in w.inter if r['account_id'] in att)
    from collections import Counter
    pc = Counter(l['persona'] for l in w.labels)
    summary = f'\n(Per-operation request counts above are before trimming to the period and to post-sign-up times.)\n\n## Totals\n\n{len(w.inter)} interactions, {len(w.accounts)} accounts, {len(att)} attack accounts, {natt} attack interactions.\n\nPersona counts: ' + \
              ', '.join(f'{k}={v}' for k, v in sorted(pc.items()))
    with open(os.path.join(out, 'WORLD.md'), 'w') as f:
        f.write('\n'.join(w.docs) + '\n' + summary + '\n')
    print(out, len(w.inter), len(w.accounts), len(att), natt)

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--start', default='2026-03-02')
    ap.add_argument('--days', type=int, default=14)
    a = ap.parse_args()
    build(a.seed, a.out, a.start, a.days)
