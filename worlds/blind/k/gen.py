#!/usr/bin/env python3
"""Blind traffic-world generator (helper K). Stdlib only, deterministic per seed.
usage: python3 gen.py SEED OUTDIR [variant]
variant 1 or 2 selects the mix of operations/personas."""
import sys, os, json, gzip, csv, random, math, hashlib, ipaddress, re, datetime

DATA = os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data'))
ASN = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../node_modules/@ip-location-db/asn')

# ---------------------------------------------------------------- corpora
def jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def jload(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return json.load(f)

C = {}
def load_corpora():
    o = DATA + '/corpora/organic/'; x = DATA + '/corpora/extraction/'
    C['koala'] = [r['prompt'] for r in jl(o + 'koala.jsonl')]
    C['arena'] = jl(o + 'arena-hard-v0.1.jsonl')
    C['mt'] = jl(o + 'mt-bench.jsonl')
    C['vicuna'] = [r['turns'][0] for r in jl(o + 'vicuna-bench.jsonl')]
    hh = []
    for r in jl(o + 'hh-rlhf-harmless-test.jsonl.gz'):
        parts = re.split(r'\n\nHuman: ', r['chosen'])
        turns = []
        for p in parts[1:]:
            h = p.split('\n\nAssistant:')[0].strip()
            if h: turns.append(h)
        if turns: hh.append(turns)
    C['hh'] = hh
    uo = []
    for r in jl(o + 'self-instruct-user-oriented.jsonl'):
        inst = r['instruction']; inp = r['instances'][0].get('input', '') if r['instances'] else ''
        uo.append((r.get('motivation_app', ''), inst, inp, r['instances'][0].get('output', '') if r['instances'] else ''))
    C['uo'] = uo
    C['seed'] = jl(x + 'self-instruct-seed-tasks.jsonl')
    C['alpaca'] = open(x + 'alpaca-generation-prompt.txt', encoding='utf-8').read()
    C['codegen'] = jload(x + 'gpteacher-codegen.json.gz')
    C['roleplay'] = jload(x + 'gpteacher-roleplay.json.gz')
    C['toolf'] = jload(x + 'gpteacher-toolformer.json.gz')
    C['gsm_train'] = jl(x + 'gsm8k-train.jsonl.gz')
    C['gsm_test'] = jl(x + 'gsm8k-test.jsonl')
    C['he'] = jl(x + 'humaneval.jsonl.gz')
    tr = []
    for fn in ('code', 'conv'):
        with open(DATA + '/traces/AzureLLMInferenceTrace_%s.csv' % fn) as f:
            rd = csv.reader(f); next(rd)
            tr.append([(int(a[1]), int(a[2])) for a in rd])
    C['trace_code'], C['trace_conv'] = tr

# ---------------------------------------------------------------- networks
NETS = {}
V4PAT = {
    'res_US': r'^(Comcast Cable|Charter Communications|Cox Communications|AT&T Services)',
    'res_DE': r'^(Deutsche Telekom AG|Vodafone GmbH)$',
    'res_GB': r'^(British Telecommunications PLC|Sky UK Limited|Virgin Media Limited)$',
    'res_FR': r'^(Orange S\.A\.|Free SAS)$',
    'res_IN': r'^(Reliance Jio Infocomm Limited|Bharti Airtel Limited)$',
    'res_BR': r'^(Claro NXT Telecomunicacoes Ltda|Claro S/A)$',
    'res_CA': r'^Rogers Communications Canada',
    'res_KR': r'^Korea Telecom$',
    'res_CN': r'^(Chinanet|Chinanet Jiangsu)$',
    'res_SG': r'^Singapore Telecommunications Ltd',
    'res_AU': r'^Telstra Limited$',
    'res_NL': r'^KPN B\.V\.$',
    'res_VN': r'^Viettel (Group|Corporation)$',
    'res_PL': r'^Orange Polska',
    'mob_US': r'^(T-Mobile USA|Cellco Partnership)',
    'mob_EU': r'^(T-Mobile Polska S\.A\.|T-Mobile Austria GmbH|Vodafone Libertel B\.V\.|VODAFONE ESPANA S\.A\.U\.|T-Mobile Czech Republic a\.s\.)$',
    'uni_UC': r'^University of California',
    'uni_AZ': r'^The University of Arizona$',
    'uni_UBC': r'^University of British Columbia$',
    'uni_PUR': r'^Purdue University$',
    'uni_IU': r'^Indiana University$',
    'uni_TOR': r'^University of Toronto$',
    'uni_KW': r'^Kangwon National University$',
    'cl_AWS': r'^(Amazon\.com|Amazon Data Services)',
    'cl_GCP': r'^Google LLC$',
    'cl_AZ': r'^Microsoft Corporation$',
    'cl_DO': r'^DigitalOcean',
    'cl_OVH': r'^OVH SAS$',
    'cl_HZ': r'^Hetzner Online GmbH$',
    'cl_VUL': r'^The Constant Company',
    'cl_ALI': r'^(Alibaba|Hangzhou Alibaba)',
    'cl_TC': r'^(Tencent|Shenzhen Tencent)',
}
V6PAT = {'res_US': r'^Comcast Cable', 'mob_US': r'^T-Mobile USA', 'res_DE': r'^Deutsche Telekom AG$',
         'res_IN': r'^Reliance Jio', 'cl_AWS': r'^Amazon', 'cl_GCP': r'^Google LLC$'}

def load_nets():
    comp = {k: re.compile(v) for k, v in V4PAT.items()}
    d = {k: [] for k in V4PAT}
    with open(ASN + '/asn-ipv4-num.csv', newline='') as f:
        for row in csv.reader(f):
            org = row[3]
            c0 = org[:1]
            if c0 not in 'CDVBSOFRKTUPAMGHI': continue
            for k, rx in comp.items():
                if rx.match(org):
                    a, b = int(row[0]), int(row[1])
                    if b - a >= 255: d[k].append((a, b, org))
                    break
    for k in d: d[k].sort()
    NETS['v4'] = d
    comp6 = {k: re.compile(v) for k, v in V6PAT.items()}
    d6 = {k: [] for k in V6PAT}
    with open(ASN + '/asn-ipv6.csv', newline='') as f:
        for row in csv.reader(f):
            org = row[3]
            if org[:1] not in 'CTDRAG': continue
            for k, rx in comp6.items():
                if rx.match(org):
                    d6[k].append((row[0], row[1], org)); break
    NETS['v6'] = d6
    NETS['dc'] = [l.strip() for l in open(DATA + '/network/datacenter-ipv4.txt') if l.strip() and not l.startswith('#')]
    NETS['vpn'] = [l.strip() for l in open(DATA + '/network/vpn-ipv4.txt') if l.strip() and not l.startswith('#')]

def ip_in(rng, a, b):
    x = rng.randint(a, b)
    if (x & 255) in (0, 255): x = (x & ~255) | rng.randint(2, 250)
    if x > b or x < a: x = a + 2
    return str(ipaddress.IPv4Address(x))

def ip_cat(rng, cat):
    rs = NETS['v4'][cat]
    a, b, _ = rs[rng.randrange(len(rs))]
    return ip_in(rng, a, b)

def ip_cidr(rng, lst):
    n = ipaddress.ip_network(lst[rng.randrange(len(lst))], strict=False)
    a = int(n.network_address); b = int(n.broadcast_address)
    if b - a < 4: return str(ipaddress.IPv4Address(a))
    return ip_in(rng, a, b) if b - a >= 255 else str(ipaddress.IPv4Address(rng.randint(a + 1, b - 1)))

def ip6_cat(rng, cat):
    rs = NETS['v6'][cat]
    a, b, _ = rs[rng.randrange(len(rs))]
    A = int(ipaddress.IPv6Address(a)); B = int(ipaddress.IPv6Address(b))
    pre = rng.randint(A >> 64, B >> 64)
    return str(ipaddress.IPv6Address((pre << 64) | rng.getrandbits(64)))

CC_RES = {'US': 'res_US', 'DE': 'res_DE', 'GB': 'res_GB', 'FR': 'res_FR', 'IN': 'res_IN', 'BR': 'res_BR', 'CA': 'res_CA',
          'KR': 'res_KR', 'CN': 'res_CN', 'SG': 'res_SG', 'AU': 'res_AU', 'NL': 'res_NL', 'VN': 'res_VN', 'PL': 'res_PL'}
CC_TZ = {'US': -6, 'DE': 1, 'GB': 0, 'FR': 1, 'IN': 5.5, 'BR': -3, 'CA': -5, 'KR': 9, 'CN': 8, 'SG': 8, 'AU': 10, 'NL': 1,
         'VN': 7, 'PL': 1}
CC_W = [('US', 30), ('IN', 10), ('GB', 7), ('DE', 7), ('FR', 4), ('BR', 5), ('CA', 5), ('KR', 4), ('SG', 3), ('AU', 3),
        ('NL', 3), ('VN', 2), ('PL', 3), ('CN', 1)]

def wpick(rng, pairs):
    t = sum(w for _, w in pairs); r = rng.random() * t
    for v, w in pairs:
        r -= w
        if r <= 0: return v
    return pairs[-1][0]

def res_ip(rng, cc):
    if cc in ('US', 'DE', 'IN') and rng.random() < 0.25:
        return ip6_cat(rng, 'res_' + cc)
    return ip_cat(rng, CC_RES[cc])

def mob_ip(rng, cc):
    if cc == 'US':
        return ip6_cat(rng, 'mob_US') if rng.random() < 0.6 else ip_cat(rng, 'mob_US')
    if cc in ('PL', 'NL', 'DE', 'FR'):
        return ip_cat(rng, 'mob_EU')
    return res_ip(rng, cc)

# ---------------------------------------------------------------- client stacks
def h12(rng):
    return '%012x' % rng.getrandbits(48)

STACKS = {
    # name: (ja4 list, ua builder, endpoint, stream prob)
    'chrome': (['t13d1516h2_8daaf6152771_02713d6af862', 't13d1516h2_8daaf6152771_e5627efa2ab1', 't13d1517h2_8daaf6152771_b1ff8ab2d16f'], 'chrome', '/v1/chat/completions', 0.95),
    'edge': (['t13d1516h2_8daaf6152771_02713d6af862', 't13d1517h2_8daaf6152771_b1ff8ab2d16f'], 'edge', '/v1/chat/completions', 0.95),
    'firefox': (['t13d1715h2_5b57614c22b0_3d5424432f57', 't13d1716h2_5b57614c22b0_eeeea6562960'], 'firefox', '/v1/chat/completions', 0.95),
    'safari': (['t13d2014h2_a09f3c656075_14788d8d241b'], 'safari', '/v1/chat/completions', 0.95),
    'ios_app': (['t13d2014h2_a09f3c656075_e42f34c56612', 't13d2014h2_a09f3c656075_14788d8d241b'], 'ios', '/v1/messages', 0.9),
    'android_app': (['t13d1612h2_9dc949149365_f3b1e2a8c2d7', 't13d1613h2_9dc949149365_97f8aa674fd9'], 'okhttp', '/v1/chat/completions', 0.8),
    'openai_py': (['t13d4412h1_c866b44c5a26_1f22a2ca17c4', 't13d5911h1_a33745022dd6_1f22a2ca17c4'], 'openai_py', '/v1/chat/completions', 0.4),
    'openai_js': (['t13d5211h1_b262b3658495_9d37f84fd6c8', 't13d5212h1_b262b3658495_41f4e0b6f0d3'], 'openai_js', '/v1/chat/completions', 0.6),
    'anth_py': (['t13d4412h1_c866b44c5a26_1f22a2ca17c4', 't13d5911h1_a33745022dd6_1f22a2ca17c4'], 'anth_py', '/v1/messages', 0.5),
    'anth_ts': (['t13d5211h1_b262b3658495_9d37f84fd6c8'], 'anth_ts', '/v1/messages', 0.6),
    'httpx': (['t13d5911h1_a33745022dd6_1f22a2ca17c4', 't13d4412h1_c866b44c5a26_1f22a2ca17c4'], 'httpx', '/v1/chat/completions', 0.1),
    'requests': (['t13d591000_a33745022dd6_7395dae3b2f3', 't13d441200_c866b44c5a26_7395dae3b2f3'], 'requests', '/v1/chat/completions', 0.0),
    'aiohttp': (['t13d591000_a33745022dd6_5ac7197df9d2'], 'aiohttp', '/v1/chat/completions', 0.2),
    'undici': (['t13d5211h1_b262b3658495_9d37f84fd6c8'], 'undici', '/v1/chat/completions', 0.3),
    'go': (['t13d1311h2_f57a46bbacb6_e7c285222651', 't13d1310h1_f57a46bbacb6_1b3a3fa3f8b1'], 'go', '/v1/messages', 0.3),
    'curl': (['t13d3112h2_e8f1e7e78f70_6bebaf5329ac', 't13d3113h2_e8f1e7e78f70_0c3f8d5e2a19'], 'curl', '/v1/messages', 0.2),
    'curl_win': (['t13d1012h2_c866b44c5a26_b5d4e0d4e7e9', 't12d1209h2_d34a8e72043a_b39be8c56a14'], 'curl_win', '/v1/chat/completions', 0.1),
    'java': (['t13d4313h2_b3cc4a1d6c1b_c3f0e9dd0bd3'], 'java', '/v1/chat/completions', 0.2),
    'dotnet': (['t13d1513h2_8e1f0a6c5b7d_6c2a6d3c4b1f', 't12d1512h2_8e1f0a6c5b7d_4d1b9e5f0a21'], 'dotnet', '/v1/chat/completions', 0.3),
    'rust': (['t13d0910h2_f91f431d341e_dd09e8d5b2c1'], 'rust', '/v1/messages', 0.4),
    'cli_tool': (['t13d5911h1_a33745022dd6_1f22a2ca17c4', 't13d5211h1_b262b3658495_9d37f84fd6c8'], 'cli', '/v1/messages', 0.9),
    'electron': (['t13d1516h2_8daaf6152771_02713d6af862'], 'electron', '/v1/chat/completions', 0.9),
    'zscaler': (['t12d2011h1_c65ee9ea3e9c_5f2b9e1c7a0d', 't13d1909h1_2a1f6d0c9e3b_5f2b9e1c7a0d'], None, None, None),
}

def ua_for(rng, kind):
    if kind == 'chrome':
        v = rng.choice([122, 123, 124, 125, 126])
        os_ = rng.choice(['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64', 'Windows NT 10.0; Win64; x64'])
        return 'Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % (os_, v)
    if kind == 'edge':
        v = rng.choice([123, 124, 125])
        return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.%d.%d' % (v, v, rng.randint(2000, 2600), rng.randint(40, 120))
    if kind == 'firefox':
        v = rng.choice([123, 124, 125, 126])
        os_ = rng.choice(['Windows NT 10.0; Win64; x64', 'X11; Ubuntu; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15'])
        return 'Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (os_, v, v)
    if kind == 'safari':
        v = rng.choice(['17.3', '17.4', '17.4.1', '17.5'])
        return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % v
    if kind == 'ios':
        app = rng.choice(['Chatterbox', 'PocketAI', 'Notewise', 'LingoPal', 'AskMate'])
        return '%s/%d.%d.%d CFNetwork/%s Darwin/%s' % (app, rng.randint(1, 4), rng.randint(0, 12), rng.randint(0, 9), rng.choice(['1494.0.7', '1490.0.4', '1492.0.1']), rng.choice(['23.4.0', '23.3.0', '23.5.0']))
    if kind == 'okhttp':
        return rng.choice(['okhttp/4.12.0', 'okhttp/4.11.0', 'okhttp/4.9.3'])
    if kind == 'openai_py':
        return '%s/Python %s' % (rng.choice(['OpenAI', 'OpenAI', 'AsyncOpenAI']), rng.choice(['1.30.1', '1.35.10', '1.40.3', '1.43.0', '1.51.2']))
    if kind == 'openai_js':
        return 'OpenAI/JS %s' % rng.choice(['4.47.1', '4.52.0', '4.56.0', '4.67.3'])
    if kind == 'anth_py':
        return '%s/Python %s' % (rng.choice(['Anthropic', 'AsyncAnthropic']), rng.choice(['0.28.1', '0.34.2', '0.37.1', '0.39.0']))
    if kind == 'anth_ts':
        return 'Anthropic/JS %s' % rng.choice(['0.24.3', '0.27.3', '0.32.1'])
    if kind == 'httpx':
        return 'python-httpx/%s' % rng.choice(['0.25.2', '0.27.0', '0.27.2'])
    if kind == 'requests':
        return 'python-requests/%s' % rng.choice(['2.31.0', '2.32.2', '2.32.3'])
    if kind == 'aiohttp':
        return 'Python/3.%d aiohttp/%s' % (rng.choice([10, 11, 12]), rng.choice(['3.9.5', '3.10.3']))
    if kind == 'undici':
        return rng.choice(['undici', 'node', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)'])
    if kind == 'go':
        return rng.choice(['Go-http-client/2.0', 'Go-http-client/1.1'])
    if kind == 'curl':
        return 'curl/%s' % rng.choice(['7.81.0', '8.5.0', '8.7.1', '7.88.1'])
    if kind == 'curl_win':
        return 'curl/%s' % rng.choice(['8.4.0', '7.83.1', '8.8.0'])
    if kind == 'java':
        return 'Java-http-client/%s' % rng.choice(['17.0.9', '21.0.2', '11.0.22'])
    if kind == 'dotnet':
        return rng.choice(['', 'Azure.AI.OpenAI/1.0.0-beta.17 (.NET 8.0.4; Microsoft Windows 10.0.20348)', 'RestSharp/110.2.0.0'])
    if kind == 'rust':
        return rng.choice(['reqwest/0.12.4', 'async-openai/0.23.1'])
    if kind == 'cli':
        return rng.choice(['llm/0.13 (python 3.12)', 'aider/0.45.1', 'claude-cli/0.2.9 (external, cli)', 'sgpt/1.4.3', 'mods/1.3.1'])
    if kind == 'electron':
        return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) %s Chrome/122.0.6261.156 Electron/29.4.0 Safari/537.36' % rng.choice(['Code/1.89.1', 'Cursor/0.34.6', 'Obsidian/1.5.12'])
    return None

def make_client(rng, stack, ua_override=None, ja4_override=None):
    ja4s, ukind, ep, sp = STACKS[stack]
    ua = ua_override if ua_override is not None else ua_for(rng, ukind)
    if ua == '': ua = None
    return {'stack': stack, 'ja4': ja4_override or rng.choice(ja4s), 'ua': ua, 'ep': ep, 'sp': sp}

def random_ja4(rng):
    alpn = rng.choice(['h2', 'h2', 'h1', '00'])
    return 't13d%02d%02d%s_%s_%s' % (rng.randint(9, 22), rng.randint(10, 18), alpn, h12(rng), h12(rng))

# ---------------------------------------------------------------- helpers
MODELS = ['orion-3', 'orion-3', 'orion-3-mini', 'orion-3-mini', 'orion-3-think']

def hid(*a):
    return hashlib.sha1('|'.join(str(x) for x in a).encode()).hexdigest()

def tok(s):
    return max(1, int(len(s) / 3.8)) if s else 0

def iso(t):
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    return d.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (d.microsecond // 1000)

PROFILES = {
    'work': [0, 0, 0, 0, 0, 0, 0.2, 0.6, 1.5, 2.5, 2.8, 2.6, 1.8, 2.4, 2.7, 2.6, 2.2, 1.5, 0.8, 0.5, 0.4, 0.3, 0.1, 0.05],
    'evening': [0.3, 0.15, 0.05, 0.02, 0.02, 0.05, 0.2, 0.5, 0.7, 0.8, 0.9, 1, 1.2, 1.1, 1, 1, 1.1, 1.3, 1.7, 2.2, 2.5, 2.3, 1.6, 0.8],
    'student': [0.8, 0.5, 0.25, 0.1, 0.05, 0.05, 0.1, 0.3, 0.8, 1.2, 1.4, 1.4, 1.3, 1.5, 1.6, 1.6, 1.6, 1.4, 1.4, 1.7, 2, 2.2, 2, 1.5],
    'flat': [1] * 24,
    'night': [1.5, 1.6, 1.5, 1.3, 1, 0.6, 0.3, 0.2, 0.2, 0.3, 0.4, 0.5, 0.6, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.5],
}

class World:
    def __init__(self, seed, variant, out):
        self.rng = random.Random(seed)
        self.seed = seed; self.variant = variant; self.out = out
        self.accounts = []; self.labels = []; self.rows = []
        self.n = 0
        if variant == 1:
            self.T0 = datetime.datetime(2026, 3, 2, tzinfo=datetime.timezone.utc).timestamp(); self.days = 18
        else:
            self.T0 = datetime.datetime(2026, 4, 6, tzinfo=datetime.timezone.utc).timestamp(); self.days = 16
        self.T1 = self.T0 + self.days * 86400
        self.card_n = 0
        self.counts = {}

    def card(self):
        self.card_n += 1
        return 'pf_' + hid(self.seed, 'card', self.card_n)[:24]

    def new_account(self, kind, persona, created, email, cc, tier='build', org=None, verified=False, card='new',
                    signup_ip=None, label='organic', campaign=None):
        r = self.rng
        aid = 'acct_' + hid(self.seed, 'acct', len(self.accounts), kind)[:14]
        if card == 'new': card = self.card()
        a = {'account_id': aid, 'created_at': iso(created), 'org_id': org, 'email_domain': email,
             'payment_fingerprint': card, 'signup_ip': signup_ip, 'country': cc, 'tier': tier, 'verified': verified}
        self.accounts.append(a)
        self.labels.append({'account_id': aid, 'label': label, 'campaign': campaign, 'persona': persona})
        key = (label, campaign or persona)
        self.counts[key] = self.counts.get(key, 0) + 1
        st = {'id': aid, 'created': created, 'keys': ['key_' + hid(aid, k)[:16] for k in range(r.choice([1, 1, 1, 2, 3]))],
              'cc': cc, 'persona': persona}
        return st

    def local_time(self, acct, profile, tz, weekend=0.6, lo=None, hi=None):
        r = self.rng
        lo = max(lo or self.T0, acct['created'] + 60)
        hi = hi or self.T1
        if lo >= hi - 600: lo = hi - 3600
        prof = PROFILES[profile]
        for _ in range(30):
            day = r.uniform(lo, hi)
            dstart = math.floor((day + tz * 3600) / 86400) * 86400 - tz * 3600
            wd = datetime.datetime.fromtimestamp(dstart + tz * 3600 + 43200, datetime.timezone.utc).weekday()
            if wd >= 5 and r.random() > weekend: continue
            h = wpick(r, list(enumerate(prof)))
            t = dstart + h * 3600 + r.uniform(0, 3600)
            if lo <= t < hi: return t
        return r.uniform(lo, hi)

    def emit(self, acct, ts, client, ip, prompt, system=None, conv=None, turn=None, tools=None, model=None,
             max_tokens=None, temperature=None, stream=None, out_tok=None, reasoning=None, response=None,
             endpoint=None, ctx_tokens=0, status=None, key=None):
        r = self.rng
        if ts >= self.T1 or ts < self.T0: return
        self.n += 1
        model = model or r.choice(MODELS)
        if stream is None: stream = r.random() < client['sp']
        if out_tok is None: out_tok = int(r.lognormvariate(5.6, 0.8))
        if max_tokens and out_tok > max_tokens: out_tok = max_tokens - r.randint(0, max_tokens // 10)
        if status is None:
            x = r.random()
            status = 200 if x < 0.975 else (429 if x < 0.988 else (400 if x < 0.995 else (500 if x < 0.998 else 529)))
        if reasoning is None and model.endswith('think'):
            reasoning = int(r.lognormvariate(6.8, 0.7))
        inp = tok(system) + tok(prompt) + ctx_tokens + (40 * len(tools) if tools else 0) + 8
        lat = None
        if status == 200:
            lat = int(350 + out_tok * r.uniform(9, 22) + (reasoning or 0) * r.uniform(7, 14) + inp * 0.05 + r.expovariate(1 / 300))
        else:
            out_tok = 0; response = None
            lat = int(r.uniform(20, 400)) if status in (400, 429) else int(r.uniform(2000, 30000))
            if status != 200 and reasoning: reasoning = 0
        ep = endpoint or client['ep']
        row = {'id': 'req_' + hid(self.seed, 'req', self.n)[:20], 'ts': iso(ts), 'account_id': acct['id'],
               'api_key_id': key or r.choice(acct['keys']), 'ip': ip, 'user_agent': client['ua'],
               'tls_ja4': client['ja4'], 'endpoint': ep, 'model': model, 'conversation_id': conv, 'turn': turn,
               'system': system, 'prompt': prompt, 'tool_names': tools, 'response': response,
               'input_tokens': inp, 'output_tokens': out_tok, 'reasoning_tokens': reasoning,
               'max_tokens': max_tokens, 'temperature': temperature, 'stream': stream, 'status': status,
               'latency_ms': lat}
        self.rows.append(row)

    def conv_id(self, acct, k):
        return 'conv_' + hid(self.seed, acct['id'], k, self.n)[:18]

    # ------------------------------------------------------------ writing
    def write(self):
        os.makedirs(self.out, exist_ok=True)
        self.rng.shuffle(self.rows)
        with gzip.open(os.path.join(self.out, 'interactions.jsonl.gz'), 'wt', encoding='utf-8', compresslevel=5) as f:
            for row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False) + '\n')
        with open(os.path.join(self.out, 'accounts.jsonl'), 'w') as f:
            for a in self.accounts: f.write(json.dumps(a) + '\n')
        with open(os.path.join(self.out, 'labels.jsonl'), 'w') as f:
            for a in self.labels: f.write(json.dumps(a) + '\n')

# ---------------------------------------------------------------- content: organic
FREE_MAIL = [('gmail.com', 40), ('outlook.com', 10), ('hotmail.com', 6), ('yahoo.com', 6), ('icloud.com', 6),
             ('proton.me', 3), ('qq.com', 2), ('naver.com', 2), ('gmx.de', 2), ('web.de', 1), ('yandex.com', 1),
             ('mail.com', 1), ('fastmail.com', 1), ('zoho.com', 1)]
COMPANY_DOM = ['brightlane.io', 'kestrel-analytics.com', 'mosaicdata.co', 'tallgrass.dev', 'pinecrest-labs.com',
               'halcyonhealth.org', 'rivetworks.io', 'northwind-logistics.com', 'quillstack.com', 'orbitly.app',
               'fernbrook.ai', 'sablecode.dev', 'lumen-legal.com', 'greyhawk-security.com', 'copperleaf.io',
               'vantaglobal.com', 'tidewater.edu', 'marlowe-cap.com', 'zentrix.de', 'akari-soft.jp', 'bluegum.com.au']

def pick_org_prompt(rng, kind):
    """Organic prompt text by flavour."""
    if kind == 'casual':
        x = rng.random()
        if x < 0.35: return rng.choice(C['hh'])[0]
        if x < 0.6: return rng.choice(C['koala'])
        if x < 0.75: return rng.choice(C['vicuna'])
        if x < 0.88: return rng.choice(C['mt'])['turns'][0]
        app, inst, inp, _ = rng.choice(C['uo'])
        return inst + ('\n\n' + inp if inp else '')
    if kind == 'dev':
        x = rng.random()
        if x < 0.45:
            c = rng.choice(C['codegen']); return c['instruction'] + ('\n' + c['input'] if c['input'] else '')
        if x < 0.8: return rng.choice(C['arena'])['prompt']
        if x < 0.9:
            h = rng.choice(C['he'])
            return rng.choice(['why does this fail on an empty list?\n\n', 'can you finish this function, tests are in the docstring\n\n', 'review this for edge cases:\n\n', '']) + h['prompt']
        return rng.choice(C['koala'])
    if kind == 'write':
        x = rng.random()
        if x < 0.5: return rng.choice(C['roleplay'])['instruction']
        if x < 0.75:
            m = [q for q in C['mt'] if q['category'] in ('writing', 'roleplay', 'humanities')]
            return rng.choice(m)['turns'][0]
        return rng.choice(WRITER_ASKS).format(topic=rng.choice(TOPICS))
    if kind == 'research':
        x = rng.random()
        if x < 0.3:
            g = rng.choice(C['gsm_train'] if rng.random() < 0.5 else C['gsm_test'])['question']
            return rng.choice(['', 'Work through this step by step, I want to check my own solution: ', 'My students got different answers to this one. Can you reason it through carefully?\n', 'Show the intermediate steps please.\n']) + g
        if x < 0.7: return rng.choice(C['arena'])['prompt']
        m = [q for q in C['mt'] if q['category'] in ('reasoning', 'math', 'stem', 'extraction')]
        return rng.choice(m)['turns'][0]
    return rng.choice(C['koala'])

TOPICS = ['a lighthouse keeper', 'the last day of summer camp', 'a startup that fails', 'my grandmother\'s kitchen',
          'a detective on Mars', 'moving to a new city', 'a haunted library', 'competitive baking', 'a tiny dragon',
          'the 1920s jazz scene', 'a climate refugee', 'an AI that writes poems', 'two rival chess players']
WRITER_ASKS = ['Can you help me outline chapter 3? It is about {topic}.', 'Write a 300 word flash fiction about {topic}.',
               'Give me ten title ideas for a short story about {topic}', 'Rewrite this paragraph to be more vivid, the scene is about {topic}',
               'I\'m stuck. My protagonist is {topic}. What could the inciting incident be?',
               'write a sonnet about {topic}, but make the volta funny']

FOLLOWUPS_DEV = ['ok that compiles but the test for an empty input still fails', 'can you add type hints and a docstring',
                 'now make it async', 'what is the time complexity of that?', 'thanks. how would I unit test this with pytest?',
                 'it throws KeyError on line 12, here is the traceback: KeyError: \'id\'', 'rewrite it without recursion',
                 'can you explain the second loop?', 'shorter please', 'same thing but in TypeScript', 'perfect, commit message for this?',
                 'hmm, that breaks the previous behaviour for negative numbers', 'use the standard library only']
FOLLOWUPS_CASUAL = ['thanks!', 'can you make it shorter?', 'why?', 'what about for kids?', 'give me more examples',
                    'that doesn\'t sound right', 'ok and in french?', 'lol ok', 'can you explain that simpler', 'tell me more']
FOLLOWUPS_RES = ['Why is the second step valid?', 'Can you double-check the arithmetic?', 'Is there a shorter argument?',
                 'What assumption are you making there?', 'Now generalise it to n items.', 'Which step would a student most likely get wrong?']

def synth_response(rng, prompt, ref=None):
    if ref:
        return ref[:700]
    starts = ['Sure', 'Here is', 'Good question', 'Short answer', 'Let me break this down', 'There are a few ways to look at this']
    mids = ['the key point is', 'in practice', 'a common approach is', 'it depends on', 'the main trade-off is', 'one option is']
    words = re.findall(r'[A-Za-z]{4,}', prompt)[:6]
    s = '%s. Regarding %s, %s %s.' % (rng.choice(starts), ' '.join(words[:3]) or 'that', rng.choice(mids), ' '.join(words[3:6]) or 'the context')
    return s + ' ' + rng.choice(['1. First consider the constraints.\n2. Then apply the method.\n3. Check the result.', 'Let me know if you want more detail.', '```\n# example\n```', ''])

def gsm_ref(g):
    return g['answer'].replace('<<', '').replace('>>', ' ')

# ---------------------------------------------------------------- organic personas
def organic_generic(W, st, n, flavour, stacks, ipf, tz, profile='evening', thread_p=0.3, fu=FOLLOWUPS_CASUAL,
                    system=None, model_w=None, tools=None, maxtok=None, temp=None, weekend=0.6, conv_p=0.7,
                    sess_len=(1, 4), gap=(20, 300)):
    r = W.rng
    client = make_client(r, r.choice(stacks)) if isinstance(stacks, list) else stacks
    clients = [client] + ([make_client(r, r.choice(stacks))] if isinstance(stacks, list) and r.random() < 0.3 else [])
    done = 0; k = 0
    while done < n:
        t = W.local_time(st, profile, tz, weekend)
        c = r.choice(clients); ip = ipf()
        nreq = r.randint(*sess_len)
        sys_ = system() if callable(system) else system
        if r.random() < thread_p:
            cv = W.conv_id(st, k) if r.random() < conv_p else None
            first = pick_org_prompt(r, flavour); ctx = 0
            turns = min(nreq + r.randint(0, 4), n - done + 1)
            for j in range(turns):
                p = first if j == 0 else r.choice(fu)
                o = int(r.lognormvariate(5.5, 0.8))
                W.emit(st, t, c, ip, p, system=sys_, conv=cv, turn=(j + 1) if cv else None, tools=tools,
                       model=r.choice(model_w) if model_w else None, max_tokens=maxtok, temperature=temp,
                       out_tok=o, ctx_tokens=ctx, response=synth_response(r, p))
                ctx += tok(p) + o
                t += r.uniform(*gap) + o * 0.02
                done += 1
        else:
            for j in range(nreq):
                p = pick_org_prompt(r, flavour)
                W.emit(st, t, c, ip, p, system=sys_, tools=tools, model=r.choice(model_w) if model_w else None,
                       max_tokens=maxtok, temperature=temp, response=synth_response(r, p))
                t += r.uniform(*gap)
                done += 1
        k += 1

def nreq(rng, mean, sd=0.9, lo=1):
    mu = math.log(mean) - sd * sd / 2
    return max(lo, int(round(rng.lognormvariate(mu, sd))))

def pick_cc(rng):
    return wpick(rng, CC_W)

def org_casual(W, count, mean=4, persona='casual', vpn=False, mobile_p=0.35):
    r = W.rng
    for i in range(count):
        cc = pick_cc(r)
        created = r.uniform(W.T0 - 400 * 86400, W.T1 - 3600) if r.random() < 0.85 else r.uniform(W.T0, W.T1 - 7200)
        mob = None
        if vpn:
            sip = ip_cidr(r, NETS['vpn'])
        else:
            home = res_ip(r, cc); mob = mob_ip(r, cc) if r.random() < mobile_p else None
            sip = home
        st = W.new_account('o', persona, created, wpick(r, FREE_MAIL), cc, tier='free' if r.random() < 0.7 else 'build', signup_ip=sip)
        if vpn:
            exits = [ip_cidr(r, NETS['vpn']) for _ in range(r.randint(1, 4))]
            if r.random() < 0.3: exits.append(res_ip(r, cc))
            ipf = lambda ex=exits: r.choice(ex)
        else:
            ipf = (lambda h=home, m=mob: (m if (m and r.random() < 0.4) else h))
        stacks = ['chrome', 'chrome', 'safari', 'firefox', 'edge', 'ios_app', 'android_app'] if not mob else ['ios_app', 'android_app', 'chrome', 'safari']
        organic_generic(W, st, nreq(r, mean), 'casual', stacks, ipf, CC_TZ[cc], profile=r.choice(['evening', 'evening', 'work', 'night']),
                        thread_p=0.35, sess_len=(1, 3))

def org_dev(W, count, mean, persona='developer', power=False, odd=False):
    r = W.rng
    for i in range(count):
        cc = pick_cc(r)
        created = r.uniform(W.T0 - 500 * 86400, W.T0 + 5 * 86400)
        dom = r.choice(COMPANY_DOM) if r.random() < 0.35 else wpick(r, FREE_MAIL)
        home = res_ip(r, cc)
        work = ip_cat(r, r.choice(['cl_AWS', 'cl_GCP', 'cl_AZ', 'cl_DO', 'cl_HZ'])) if r.random() < 0.4 else None
        st = W.new_account('o', persona, created, dom, cc, tier=r.choice(['build', 'build', 'scale']), signup_ip=home)
        if odd:
            kind = r.choice(['zscaler', 'curl_win', 'mobile_wrap', 'electron_sdk', 'java_ua_go'])
            if kind == 'zscaler':
                cl = make_client(r, 'openai_py'); cl['ja4'] = r.choice(STACKS['zscaler'][0])
                home = ip_cat(r, r.choice(['cl_AZ', 'cl_AWS']))  # corporate proxy egress
            elif kind == 'curl_win':
                cl = make_client(r, 'curl_win')
            elif kind == 'mobile_wrap':
                cl = make_client(r, 'android_app'); cl['ua'] = 'OpenAI/Python 1.35.10' if r.random() < 0.5 else 'Dart/3.3 (dart:io)'
            elif kind == 'electron_sdk':
                cl = make_client(r, 'electron'); cl['ua'] = ua_for(r, 'openai_js')
            else:
                cl = make_client(r, 'go'); cl['ua'] = ua_for(r, 'java') if r.random() < 0.5 else None
            stacks = cl
        else:
            stacks = ['openai_py', 'anth_py', 'openai_js', 'anth_ts', 'cli_tool', 'curl', 'httpx', 'go', 'chrome', 'rust', 'electron']
        tools = None
        if power or r.random() < 0.3:
            tools = r.choice(TOOLSETS_DEV)
        ipf = (lambda h=home, w=work: (w if (w and r.random() < 0.5) else h))
        organic_generic(W, st, nreq(r, mean), 'dev', stacks, ipf, CC_TZ[cc], profile=r.choice(['work', 'work', 'evening', 'night']),
                        thread_p=0.75 if power else 0.45, fu=FOLLOWUPS_DEV, tools=tools,
                        system=(lambda: r.choice(DEV_SYSTEMS)) if r.random() < 0.5 else None,
                        sess_len=(2, 10) if power else (1, 5), gap=(8, 200), maxtok=r.choice([None, 4096, 8192, 2048]),
                        temp=r.choice([None, 0, 0.2, 0.7]), weekend=0.5)

TOOLSETS_DEV = [['read_file', 'write_file', 'run_shell', 'grep'], ['bash', 'str_replace_editor'],
                ['search_code', 'open_file', 'apply_patch', 'run_tests'], ['web_search', 'fetch_url'],
                ['sql_query', 'describe_table'], ['list_dir', 'read_file', 'edit_file', 'run_command', 'git_diff'],
                ['get_issue', 'create_pr', 'comment']]
DEV_SYSTEMS = ['You are a senior software engineer. Be concise.', 'You are a coding assistant inside the user\'s terminal. Prefer minimal diffs.',
               'Answer with code first, explanation after.', 'You are helping maintain a Django monolith. Python 3.11.',
               'You are an expert in TypeScript and React.', 'Respond in Markdown.']

def org_research(W, count, mean):
    r = W.rng
    for i in range(count):
        cc = pick_cc(r)
        uni = r.random() < 0.5
        if uni:
            ucat, udom, cc = r.choice([('uni_UC', 'cs.ucla.edu', 'US'), ('uni_AZ', 'arizona.edu', 'US'), ('uni_PUR', 'purdue.edu', 'US'), ('uni_UBC', 'cs.ubc.ca', 'CA'),
                                       ('uni_TOR', 'cs.toronto.edu', 'CA'), ('uni_IU', 'iu.edu', 'US'), ('uni_KW', 'kangwon.ac.kr', 'KR')])
            home = ip_cat(r, ucat)
        else:
            home = res_ip(r, cc); udom = wpick(r, FREE_MAIL)
        st = W.new_account('o', 'researcher', r.uniform(W.T0 - 300 * 86400, W.T0), udom, cc, tier='build', signup_ip=home)
        organic_generic(W, st, nreq(r, mean), 'research', ['openai_py', 'anth_py', 'chrome', 'httpx', 'firefox', 'requests'],
                        lambda h=home: h, CC_TZ[cc], profile='work', thread_p=0.5, fu=FOLLOWUPS_RES,
                        model_w=['orion-3', 'orion-3-think', 'orion-3-think'], maxtok=r.choice([8192, 16000, None]),
                        temp=r.choice([0, 0.3, 1.0, None]), sess_len=(1, 8))

def org_writer(W, count, mean):
    r = W.rng
    for i in range(count):
        cc = r.choice(['US', 'GB', 'CA', 'AU', 'US'])
        home = res_ip(r, cc)
        st = W.new_account('o', 'writer', r.uniform(W.T0 - 200 * 86400, W.T0 + 86400 * 3), wpick(r, FREE_MAIL), cc, tier='build', signup_ip=home)
        organic_generic(W, st, nreq(r, mean), 'write', ['chrome', 'safari', 'firefox', 'ios_app'], lambda h=home: h, CC_TZ[cc],
                        profile=r.choice(['evening', 'night']), thread_p=0.6,
                        fu=['make it darker', 'more dialogue', 'continue', 'shorter sentences please', 'change the ending', 'again but in first person'],
                        temp=r.choice([0.9, 1.0, 1.2, None]), sess_len=(1, 6), gap=(60, 900))

def org_hobbyist(W, count, mean):
    r = W.rng
    asks = ['Generate {n} diverse question/answer pairs about {t} as JSON lines with keys "q" and "a".',
            'I am building a small fine-tuning set for my home assistant. Write {n} varied user requests about {t} and ideal replies.',
            'Give me {n} instruction-following examples (instruction, input, output) on {t}. Vary the difficulty.',
            'make {n} multiple choice questions on {t} with the answer key',
            'Paraphrase the following {n} different ways: "{s}"']
    ts = ['home cooking', 'personal finance', 'python basics', 'gardening', 'astronomy', 'first aid', 'board games', 'bird watching', 'linux commands', 'world capitals']
    for i in range(count):
        cc = pick_cc(r); home = res_ip(r, cc)
        st = W.new_account('o', 'data-hobbyist', r.uniform(W.T0 - 250 * 86400, W.T0), wpick(r, FREE_MAIL), cc, tier='build', signup_ip=home)
        cl = make_client(r, r.choice(['openai_py', 'requests', 'httpx', 'aiohttp', 'openai_js']))
        n = nreq(r, mean); t = W.local_time(st, 'evening', CC_TZ[cc])
        for j in range(n):
            x = r.random()
            if x < 0.5:
                p = r.choice(asks).format(n=r.choice([10, 20, 25, 50]), t=r.choice(ts), s=r.choice(C['koala'])[:120])
            elif x < 0.7:
                p = C['alpaca'] if r.random() < 0.3 else r.choice(C['seed'])['instruction']
            else:
                a = r.choice(C['uo']); p = a[1] + ('\n' + a[2] if a[2] else '')
            W.emit(st, t, cl, home, p, max_tokens=r.choice([2048, 4096]), temperature=r.choice([0.7, 1.0]),
                   out_tok=int(r.lognormvariate(6.6, 0.5)), response=synth_response(r, p))
            t += r.uniform(5, 90) if r.random() < 0.8 else r.uniform(3600, 86400 * 2)
            if t > W.T1: t = W.local_time(st, 'evening', CC_TZ[cc])

def org_campus(W, count, mean, uni_cat, dom, cc):
    r = W.rng
    nat = [ip_cat(r, uni_cat) for _ in range(r.randint(1, 3))]
    for i in range(count):
        st = W.new_account('o', 'campus-nat', r.uniform(W.T0 - 150 * 86400, W.T0 + 86400 * 5), dom if r.random() < 0.7 else wpick(r, FREE_MAIL),
                           cc, tier='free', signup_ip=r.choice(nat))
        home = res_ip(r, cc)
        organic_generic(W, st, nreq(r, mean), r.choice(['casual', 'dev', 'research', 'casual']),
                        ['chrome', 'chrome', 'safari', 'firefox', 'edge', 'openai_py', 'android_app', 'ios_app'],
                        lambda h=home: r.choice(nat) if r.random() < 0.8 else h, CC_TZ[cc], profile='student', thread_p=0.4, sess_len=(1, 4))

CLASS_WRAPS = [
    'You are a patient teaching assistant for {course}. Guide the student toward the answer with hints; show the reasoning steps but ask them to finish the last step.',
    'You are TutorBot for {course}. Explain clearly, step by step, at a first-year level. Never just give the final number without the working.',
]

def org_classroom(W, size, course, hw_items, deadlines, uni_cat, dom, cc, wrapper_user):
    r = W.rng
    nat = [ip_cat(r, uni_cat) for _ in range(2)]
    sys_ = r.choice(CLASS_WRAPS).format(course=course)
    t_su = W.T0 - r.uniform(20, 40) * 86400
    teacher_card = None
    for i in range(size):
        st = W.new_account('o', 'classroom', t_su + r.uniform(0, 3 * 3600), dom, cc, tier='free', signup_ip=r.choice(nat))
        home = res_ip(r, cc)
        cl = make_client(r, r.choice(['chrome', 'chrome', 'safari', 'firefox', 'edge']))
        for dl in deadlines:
            if r.random() < 0.12: continue
            k = r.randint(3, len(hw_items))
            items = r.sample(hw_items, k)
            t = dl - r.expovariate(1 / (30 * 3600))
            if t < W.T0: t = W.T0 + r.uniform(0, 3600)
            ip = r.choice(nat) if r.random() < 0.55 else home
            for q in items:
                cv = W.conv_id(st, q['question'][:20])
                p = wrapper_user.format(q=q['question'])
                W.emit(st, t, cl, ip, p, system=sys_, conv=cv, turn=1, model='orion-3-mini', max_tokens=1024, temperature=0.3,
                       response=synth_response(r, p, gsm_ref(q)))
                if r.random() < 0.35:
                    t += r.uniform(40, 400)
                    W.emit(st, t, cl, ip, r.choice(['I got a different answer, where did I go wrong?', 'why do we subtract there?', 'can you give me a hint for the last step', 'ok thanks']),
                           system=sys_, conv=cv, turn=2, model='orion-3-mini', max_tokens=1024, temperature=0.3, ctx_tokens=tok(p) + 250)
                t += r.uniform(60, 1500)

def org_enterprise(W, name, nacc, mean, app, verified=True, egress='cl_AWS', cc='US', stack='openai_py', tz=-5, profile='work',
                   persona='verified-enterprise', tier='enterprise', tools=None, prompt_kind='uo', nat_ips=2, redact=0.5, sig_within=600):
    r = W.rng
    org = 'org_' + hid(W.seed, name)[:12]
    card = W.card()
    egress_ips = [ip_cat(r, egress) if egress.startswith(('cl_', 'res_', 'uni_')) else ip_cidr(r, NETS['dc']) for _ in range(nat_ips)]
    t0 = W.T0 - r.uniform(30, 200) * 86400
    cl = make_client(r, stack)
    sysp = app
    dom = name
    for i in range(nacc):
        st = W.new_account('o', persona, t0 + r.uniform(0, sig_within), dom, cc, tier=tier, org=org, verified=verified,
                           card=card, signup_ip=egress_ips[0])
        n = nreq(r, mean, 0.5)
        for j in range(n):
            t = W.local_time(st, profile, tz, weekend=0.15)
            if prompt_kind == 'uo':
                a = r.choice(C['uo']); p = (a[2] or a[1])
            elif prompt_kind == 'support':
                p = r.choice(SUPPORT_Q).format(n=r.randint(10000, 99999), item=r.choice(ITEMS))
            elif prompt_kind == 'tool':
                tf = r.choice(C['toolf']); p = tf['input'] or tf['instruction'].split('\n')[-1]
            elif prompt_kind == 'grading':
                c = r.choice(C['codegen'])
                p = 'Ticket #%d\nCandidate submission for "%s":\n%s\n\nScore per policy.' % (r.randint(1000, 99999), c['instruction'][:120], c['response'][:500])
            else:
                c = r.choice(C['codegen']); p = 'diff --git a/src/%s b/src/%s\n%s' % (r.choice(['app.py', 'util.ts', 'main.go']), 'x', c['response'][:400])
            ctr, gen = r.choice(C['trace_code'] if prompt_kind in ('code', 'tool', 'grading') else C['trace_conv'])
            W.emit(st, t, cl, r.choice(egress_ips), p, system=sysp, tools=tools, model=r.choice(['orion-3', 'orion-3-mini']),
                   max_tokens=r.choice([1024, 2048]), temperature=0.2, out_tok=max(5, min(gen, 2000)), ctx_tokens=min(ctr, 6000),
                   response=None if r.random() < redact else synth_response(r, p), stream=(stack in ('openai_js', 'anth_ts')),
                   conv=('sess_' + hid(st['id'], j // 3)[:14]) if prompt_kind == 'support' else None,
                   turn=(j % 3 + 1) if prompt_kind == 'support' else None)

SUPPORT_Q = ['Where is my order #{n}? It said 3-5 days.', 'I want to return the {item}, it arrived damaged', 'can I change the delivery address for order {n}',
             'Do you ship the {item} to Canada?', 'my discount code is not working', 'The {item} I bought stopped working after a week, warranty?',
             'cancel my subscription please', 'is the {item} available in blue', 'why was I charged twice for order {n}?']
ITEMS = ['air fryer', 'standing desk', 'hiking boots', 'wireless earbuds', 'coffee grinder', 'yoga mat', 'kids bike', 'rain jacket']

def org_eval(W, name, nacc, runs, bench, egress, stack='httpx', shots=False):
    r = W.rng
    org = 'org_' + hid(W.seed, name)[:12]
    card = W.card()
    ips = [ip_cat(r, egress) for _ in range(3)]
    t0 = W.T0 - r.uniform(60, 300) * 86400
    accts = [W.new_account('o', 'eval-harness', t0 + r.uniform(0, 86400 * 30), name, 'US', tier='scale', org=org,
                           verified=r.random() < 0.7, card=card, signup_ip=ips[0]) for _ in range(nacc)]
    cl = make_client(r, stack)
    for run in range(runs):
        st = r.choice(accts)
        model = r.choice(['orion-3', 'orion-3-mini', 'orion-3-think'])
        t = r.uniform(W.T0, W.T1 - 86400 * 0.5)
        if bench == 'gsm':
            items = r.sample(C['gsm_test'], r.randint(150, 400))
        elif bench == 'he':
            items = list(C['he']) * (1 if r.random() < 0.6 else 2)
        else:
            items = r.sample(C['arena'], r.randint(100, 250))
        temp = 0.0 if r.random() < 0.7 else 0.8
        for it in items:
            if bench == 'gsm':
                p = ('Question: %s\nAnswer:' % it['question']) if not shots else ('Solve the problem. End with "#### <number>".\n\n' + it['question'])
                ref = gsm_ref(it)
            elif bench == 'he':
                p = 'Complete the following Python function.\n\n```python\n%s```' % it['prompt']; ref = it['canonical_solution']
            else:
                p = it['prompt']; ref = None
            W.emit(st, t, cl, r.choice(ips), p, model=model, max_tokens=2048 if model != 'orion-3-think' else 16000,
                   temperature=temp, stream=False, response=synth_response(r, p, ref))
            t += r.uniform(0.3, 4)
            if t > W.T1: break

# ---------------------------------------------------------------- attack operations
DISPOSABLE = ['mailinator.com', 'guerrillamail.com', 'sharklasers.com', 'yopmail.com', 'tempmail.dev', '10minutemail.net',
              'dropmail.me', 'maildrop.cc']
LOOKALIKE = ['gmaill.com', 'outlok.com', 'gmai1.com', 'hotmial.com', 'protonmail.co', 'yahooo.com']

def compose(rng, parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            v = rng.choice(p)
            if v: out.append(v)
        else:
            out.append(p)
    return ' '.join(out).replace(' \n', '\n')

# each op has its own vocabulary -----------------------------------------
COT_A = {
    'open': ['', 'Problem:', 'Task below.', 'Consider the following.', 'Here is a question.', 'Q:'],
    'ask': ['Think it through out loud before you commit to an answer.', 'Lay out every intermediate deduction, numbering each one.',
            'Reason in small explicit steps; do not skip any arithmetic.', 'Walk me through your full chain of thought.',
            'I need the complete derivation, not just the result.', 'Explain each inference you make and why it follows.'],
    'fmt': ['', 'Finish with "ANSWER: <value>".', 'Put the final result on its own line after "=>".', 'Close with a one-line summary of the result.',
            'Mark the final answer in bold.', 'After the reasoning, state your confidence from 0 to 100.'],
}
RUBRIC_B = {
    'lead': ['Act as an impartial evaluator.', 'You are grading a model response.', 'Judge the following reply.', 'Please assess this answer as a strict reviewer.',
             'Evaluation request.', 'Rate the response below.'],
    'crit': ['Criteria: correctness, completeness, clarity, safety.', 'Use the dimensions helpfulness / accuracy / concision.',
             'Consider factuality, instruction-following and style separately.', 'Weigh logic errors more heavily than formatting.'],
    'scale': ['Give a score from 1 to 10 for each criterion and an overall score.', 'Output JSON: {"scores": {...}, "overall": int, "rationale": str}.',
              'Score on a 1-5 Likert scale and justify each point in two sentences.', 'Say which of A or B is better and by how much (1-7).'],
}
SELFI_C = ['Come up with {n} brand-new tasks that an assistant might be asked to do. Each needs an instruction, optional input and a high-quality output. Cover {d}.',
           'Produce {n} training examples in the format ###Instruction / ###Input / ###Response. Domain mix: {d}. Avoid repeating verbs.',
           'We are assembling an instruction dataset. Write {n} distinct prompts with exemplary answers about {d}; vary length and difficulty.',
           'List {n} novel instructions (imperative, 1-2 sentences) and answer each one thoroughly. Topics: {d}.',
           'Here are examples of tasks:\n{ex}\nNow write {n} more tasks in the same spirit but about {d}, with full responses.']
SELFI_D = ['everyday advice, coding, and grammar', 'math word problems and logic', 'business writing and email', 'science explanations for teens',
           'data analysis with pandas', 'travel planning and geography', 'legal and policy summaries', 'creative writing constraints',
           'classification and extraction', 'health and nutrition (non-diagnostic)']
TAX_DOM = ['algebra', 'probability', 'organic chemistry', 'contract law', 'distributed systems', 'SQL optimisation', 'Rust lifetimes',
           'macroeconomics', 'music theory', 'epidemiology', 'compiler design', 'linear programming', 'formal logic', 'tax accounting',
           'cryptography', 'genetics', 'thermodynamics', 'medieval history', 'computer vision', 'kinematics']
TAX_SKILL = ['explain to a novice', 'solve a hard exercise', 'find the flaw in an argument', 'design a test', 'write an exam question and answer it',
             'compare two approaches', 'derive from first principles', 'give a worked counter-example', 'plan a multi-step procedure', 'critique a proposal']
TAX_LVL = ['introductory', 'intermediate', 'graduate', 'expert', 'olympiad']
AGENT_TOOLS = [['execute_python', 'read_file', 'write_file'], ['browser_open', 'browser_click', 'browser_type', 'extract_text'],
               ['shell', 'edit', 'view', 'submit'], ['search', 'lookup', 'finish'], ['run_tests', 'apply_patch', 'list_files', 'read_file']]
CODE_E = {
    'pre': ['Implement this.', 'Write a complete, well-tested solution.', 'Solve the programming task.', 'Code challenge:', 'Please write production-grade code for:', ''],
    'post': ['Explain your approach first, then give the code, then analyse complexity.', 'Include unit tests.', 'Think about edge cases before writing code.',
             'Provide two alternative implementations and compare them.', 'Annotate every non-obvious line.', ''],
}
COVER = ['what\'s a good name for a golden retriever', 'translate "see you tomorrow" to spanish', 'how long do I boil an egg',
         'recommend a podcast about history', 'summarize the plot of hamlet', 'is it going to be cold in march in berlin usually?',
         'write a birthday message for my coworker', 'best way to clean a cast iron pan']

def att_signup_ip(W, style, cc):
    r = W.rng
    return ip_cidr(r, NETS['vpn']) if style == 'vpn' else (ip_cidr(r, NETS['dc']) if style == 'dc' else res_ip(r, cc))

def harvest_item(W, kind, pool):
    """return (prompt_core, ref, tools)"""
    r = W.rng
    if kind == 'gsm':
        g = pool.pop() if pool else r.choice(C['gsm_train']); return g['question'], gsm_ref(g), None
    if kind == 'code':
        if pool:
            it = pool.pop()
        else:
            it = r.choice(C['codegen'])
        if 'task_id' in it: return it['prompt'], it['canonical_solution'], None
        if 'prompt' in it: return it['prompt'], None, None
        return it['instruction'] + ('\n' + it['input'] if it['input'] else ''), it['response'], None
    if kind == 'arena':
        a = pool.pop() if pool else r.choice(C['arena']); return a['prompt'], None, None
    if kind == 'tool':
        tf = pool.pop() if pool else r.choice(C['toolf'])
        lines = tf['instruction'].split('\n')
        tools = sorted(set(re.findall(r'^([a-z_]+)\(', tf['instruction'], re.M))) or ['search']
        return lines[-1] + ('\nInput: ' + tf['input'] if tf['input'] else ''), tf['response'], tools
    if kind == 'rubric':
        c = r.choice(C['codegen'] if r.random() < 0.5 else C['roleplay'])
        return 'Prompt:\n%s\n\nResponse:\n%s' % (c['instruction'], c['response'][:900]), None, None
    raise ValueError(kind)

def op_fleet(W, camp, nacc, mean, target, client_stack, max_tokens=4096, model='orion-3', bursts=4, ncards=6, cover=0.0,
             sysp=None, vocab='cot', persona='scripted-fleet', agent=False):
    """Sloppy infrastructure: bursts of signups, shared cards, dc/vpn proxies, one stack."""
    r = W.rng
    cards = [W.card() for _ in range(ncards)]
    proxies = [ip_cidr(r, NETS['dc']) for _ in range(25)] + [ip_cidr(r, NETS['vpn']) for _ in range(15)]
    burst_t = [W.T0 - r.uniform(0, 6) * 86400 + b * r.uniform(0.5, 3) * 86400 for b in range(bursts)]
    doms = r.sample(DISPOSABLE, 3) + r.sample(LOOKALIKE, 2)
    cl = make_client(r, client_stack)
    accts = []
    for i in range(nacc):
        bt = r.choice(burst_t) + r.uniform(0, 1800)
        cc = r.choice(['US', 'US', 'SG', 'NL', 'DE'])
        st = W.new_account('a', persona, bt, r.choice(doms), cc, tier=r.choice(['free', 'build']), card=r.choice(cards),
                           signup_ip=r.choice(proxies), label='attack', campaign=camp)
        accts.append(st)
    pool = []
    for st in accts:
        n = nreq(r, mean, 0.45, 5)
        t = max(st['created'] + r.uniform(600, 86400), W.T0) + r.uniform(0, 86400 * 3)
        for j in range(n):
            if r.random() < cover:
                p = r.choice(C['vicuna'] + COVER); W.emit(st, t, cl, r.choice(proxies), p, model=model, temperature=0.7, response=synth_response(r, p))
            else:
                core, ref, tools = harvest_item(W, target, pool)
                if vocab == 'cot':
                    p = compose(r, [COT_A['open'], '\n' + core + '\n\n', COT_A['ask'], COT_A['fmt']])
                elif vocab == 'agent':
                    p = compose(r, [['Objective:', 'Task for the agent:', 'Goal:'], core, '\n', ['Plan your tool calls explicitly, then act.', 'Use the tools step by step and narrate each decision.', 'Before each call write THOUGHT: ..., then ACTION: ...']])
                    tools = tools or r.choice(AGENT_TOOLS)
                else:
                    p = core
                o = int(r.lognormvariate(6.4, 0.5))
                W.emit(st, t, cl, r.choice(proxies), p, system=sysp, tools=tools, model=model, max_tokens=max_tokens, temperature=0.7,
                       stream=False, out_tok=o, response=synth_response(r, p, ref))
            t += r.uniform(20, 240) if r.random() < 0.85 else r.uniform(3 * 3600, 20 * 3600)
            if t > W.T1: break
    return accts

def op_quiet(W, camp, nacc, mean, pool, persona='aged-residential', style='code', multi=(1, 4), bare_p=0.25):
    """Careful: aged accounts, own card, own residential IP, human pacing, varied stacks, shared pool no repeats."""
    r = W.rng
    stacks = ['chrome', 'firefox', 'safari', 'edge', 'openai_py', 'anth_ts', 'ios_app', 'cli_tool', 'electron', 'anth_py']
    # each account gets its own private phrasing habits
    intros = ['', 'hey, quick one:', 'Could you help me with this?', 'I\'m practicing for interviews.', 'Working on this for a side project -', 'Stuck on this:',
              'Another one from my problem set.', 'Curious how you\'d approach this.', 'hi!', 'Question for you.', 'Been thinking about this one.']
    asks_code = ['talk me through how you\'d reason about it before coding', 'can you explain your thinking as you go?', 'show the approach and the code',
                 'I\'d like to understand why the solution works, not only see it', 'please include how you checked it']
    asks_math = ['how would you work it out?', 'can you show how you get there?', 'I want to see the reasoning', 'explain like you were tutoring me',
                 'I keep getting it wrong, could you go slowly?']
    fus = ['why that step though?', 'hmm can you justify the second part more carefully?', 'what if the input were huge?', 'is there another way to do it?',
           'could you re-check that? I want to be sure', 'what would a common mistake be here?', 'can you verify the answer a different way?',
           'ok, and why is that optimal?', 'explain the trickiest line again']
    for i in range(nacc):
        cc = wpick(r, [('US', 40), ('GB', 10), ('CA', 8), ('DE', 8), ('IN', 8), ('AU', 5), ('SG', 4), ('NL', 4), ('PL', 3), ('VN', 3), ('BR', 4)])
        home = res_ip(r, cc); alt = mob_ip(r, cc) if r.random() < 0.4 else res_ip(r, cc)
        created = W.T0 - r.uniform(60, 420) * 86400
        st = W.new_account('a', persona, created, r.choice(['gmail.com', 'gmail.com', 'outlook.com', 'icloud.com', 'proton.me', 'yahoo.com', r.choice(COMPANY_DOM)]),
                           cc, tier=r.choice(['build', 'build', 'free', 'scale']), signup_ip=res_ip(r, cc), label='attack', campaign=camp)
        s = r.choice(stacks)
        cl = make_client(r, s, ja4_override=random_ja4(r) if r.random() < 0.3 else None)
        cl2 = make_client(r, r.choice(stacks))
        my_intros = r.sample(intros, 4); tz = CC_TZ[cc]
        prof = r.choice(['work', 'evening', 'evening', 'student'])
        n = nreq(r, mean, 0.35, 8); done = 0; k = 0
        while done < n and pool:
            t = W.local_time(st, prof, tz, weekend=0.7)
            c = cl if r.random() < 0.75 else cl2
            ip = home if r.random() < 0.8 else alt
            it = pool.pop()
            if style == 'code':
                if 'task_id' in it: core, ref = it['prompt'], it['canonical_solution']
                elif 'instruction' in it: core, ref = it['instruction'] + ('\n' + it['input'] if it['input'] else ''), it['response']
                else: core, ref = it['prompt'], None
                ask = asks_code
            elif style == 'grade':
                core = 'Here\'s a question and someone\'s answer. How good is the answer, and what would you score it out of 10?\n\nQuestion: %s\n\nAnswer: %s' % (it['instruction'][:300], it['response'][:700])
                ref = None; ask = ['be critical', 'explain what is missing', 'compare it with what an ideal answer would include', 'give the score last']
            else:
                core, ref = it['question'], gsm_ref(it); ask = asks_math
            if r.random() < bare_p: p = core
            else: p = compose(r, [my_intros, '\n' + core + '\n', ask])
            cv = W.conv_id(st, k) if c['stack'] not in ('openai_py', 'anth_py') or r.random() < 0.5 else None
            turns = r.randint(*multi); ctx = 0
            mod = r.choice(['orion-3', 'orion-3', 'orion-3-think'])
            for j in range(turns):
                q = p if j == 0 else r.choice(fus)
                o = int(r.lognormvariate(6.2, 0.5))
                W.emit(st, t, c, ip, q, conv=cv, turn=(j + 1) if cv else None, model=mod, ctx_tokens=ctx, out_tok=o,
                       max_tokens=r.choice([None, 4096, 8192]), temperature=r.choice([None, 0.7, 1.0]),
                       response=synth_response(r, q, ref if j == 0 else None))
                ctx += tok(q) + o
                t += r.uniform(45, 600)
                done += 1
            k += 1

def op_subteams(W, camp, teams, mean, cover_range=(0.1, 0.4)):
    """teams: list of dicts(n, stack, net, target, vocab)."""
    r = W.rng
    for tm in teams:
        cover = r.uniform(*cover_range)
        cards = [W.card() for _ in range(max(2, tm['n'] // tm.get('per_card', 6)))]
        net = tm['net']
        if net.startswith('cl_'): ips = [ip_cat(r, net) for _ in range(12)]
        elif net == 'mob': ips = [mob_ip(r, r.choice(['US', 'PL', 'NL'])) for _ in range(30)]
        elif net == 'vpn': ips = [ip_cidr(r, NETS['vpn']) for _ in range(20)]
        else: ips = [res_ip(r, r.choice(['IN', 'VN', 'BR', 'US'])) for _ in range(40)]
        base = W.T0 - r.uniform(5, 40) * 86400
        for i in range(tm['n']):
            cc = tm.get('cc', 'US')
            st = W.new_account('a', tm['persona'], base + r.uniform(0, tm.get('spread', 10)) * 86400,
                               r.choice(tm['doms']), cc, tier='build', card=r.choice(cards), signup_ip=r.choice(ips),
                               label='attack', campaign=camp)
            cl = make_client(r, tm['stack'])
            n = nreq(r, mean, 0.5, 6)
            t = W.local_time(st, tm.get('profile', 'flat'), CC_TZ.get(cc, 0))
            pool = []
            for j in range(n):
                ip = r.choice(ips)
                if r.random() < cover:
                    p = pick_org_prompt(r, r.choice(['casual', 'casual', 'dev', 'write']))
                    W.emit(st, t, cl, ip, p, response=synth_response(r, p), temperature=r.choice([None, 0.7]))
                else:
                    core, ref, tools = harvest_item(W, tm['target'], pool)
                    v = tm['vocab']
                    if v == 'rubric':
                        p = compose(r, [RUBRIC_B['lead'], RUBRIC_B['crit'], '\n\n' + core + '\n\n', RUBRIC_B['scale']])
                        tools = None
                    elif v == 'agent':
                        p = compose(r, [['You have tools available.', 'Environment ready.', 'Agent task:'], core, '\n', ['Show your reasoning before each tool call.', 'Think, then call tools, then verify.', '']])
                        tools = tools or r.choice(AGENT_TOOLS)
                    elif v == 'code':
                        p = compose(r, [CODE_E['pre'], '\n' + core + '\n', CODE_E['post']])
                    elif v == 'tax':
                        p = compose(r, [['For a', 'At the', 'Pitched at an'], r.choice(TAX_LVL), ['level in', 'level of', 'standard in'], r.choice(TAX_DOM) + ':',
                                        r.choice(TAX_SKILL) + '.', ['Show full reasoning.', 'Be rigorous and complete.', 'Include a worked example.']])
                        ref = None; tools = None
                    else:
                        p = compose(r, [COT_A['open'], '\n' + core + '\n\n', COT_A['ask']])
                    W.emit(st, t, cl, ip, p, system=tm.get('system'), tools=tools, model=tm.get('model', 'orion-3'),
                           max_tokens=tm.get('max_tokens', 4096), temperature=tm.get('temp', 0.8), out_tok=int(r.lognormvariate(6.5, 0.5)),
                           response=synth_response(r, p, ref))
                t += r.uniform(30, 900) if r.random() < 0.8 else r.uniform(4 * 3600, 30 * 3600)
                if t > W.T1: t = W.local_time(st, tm.get('profile', 'flat'), CC_TZ.get(cc, 0))

def op_bare(W, camp, nacc, mean, net='vpn', cards_per=3, stacks=('requests', 'curl', 'go'), pool_kinds=('gsm', 'code', 'arena')):
    """Bare items, no wrapper, high max_tokens, extended reasoning requested."""
    r = W.rng
    cards = [W.card() for _ in range(max(3, nacc // cards_per))]
    for i in range(nacc):
        cc = r.choice(['US', 'GB', 'SG', 'KR', 'IN', 'DE'])
        if net == 'vpn': ips = [ip_cidr(r, NETS['vpn']) for _ in range(r.randint(1, 3))]
        elif net == 'mix': ips = [r.choice([ip_cidr(r, NETS['vpn']), res_ip(r, cc), mob_ip(r, cc)]) for _ in range(2)]
        else: ips = [res_ip(r, cc)]
        st = W.new_account('a', 'bare-reasoning', W.T0 - r.uniform(1, 90) * 86400, wpick(r, FREE_MAIL[:6]), cc,
                           tier=r.choice(['build', 'scale']), card=r.choice(cards), signup_ip=ips[0], label='attack', campaign=camp)
        cl = make_client(r, r.choice(stacks))
        n = nreq(r, mean, 0.4, 8)
        t = W.local_time(st, 'flat', 0)
        for j in range(n):
            kind = r.choice(pool_kinds)
            core, ref, _ = harvest_item(W, kind, [])
            rt = int(r.lognormvariate(8.6, 0.5))
            W.emit(st, t, cl, r.choice(ips), core, model=r.choice(['orion-3-think', 'orion-3-think', 'orion-3']),
                   max_tokens=r.choice([32000, 32000, 64000, 20000]), temperature=1.0, stream=r.random() < 0.5,
                   out_tok=int(r.lognormvariate(6.9, 0.5)), reasoning=rt, response=synth_response(r, core, ref))
            t += r.uniform(60, 5400)
            if t > W.T1: t = W.local_time(st, 'flat', 0)

def op_selfinstruct(W, camp, nacc, mean, net='cl_DO', stack='openai_js', per_card=10, shared_sys=True, persona='bulk-generator'):
    r = W.rng
    cards = [W.card() for _ in range(max(2, nacc // per_card))]
    ips = [ip_cat(r, net) for _ in range(8)] if net.startswith('cl_') else [res_ip(r, 'US') for _ in range(nacc)]
    sysp = r.choice(['You are a data generation engine. Output only the requested records.', 'You write diverse, high-quality examples for model training.']) if shared_sys else None
    for i in range(nacc):
        st = W.new_account('a', persona, W.T0 - r.uniform(0, 25) * 86400, r.choice(['gmail.com', 'outlook.com', 'hotmail.com'] + COMPANY_DOM[:3]), 'US',
                           tier='build', card=r.choice(cards), signup_ip=r.choice(ips), label='attack', campaign=camp)
        cl = make_client(r, stack)
        n = nreq(r, mean, 0.4, 6)
        t = W.local_time(st, 'flat', 0)
        for j in range(n):
            x = r.random()
            if x < 0.55:
                ex = '\n'.join('- ' + s['instruction'] for s in r.sample(C['seed'], 3))
                p = r.choice(SELFI_C).format(n=r.choice([15, 20, 30, 40]), d=r.choice(SELFI_D), ex=ex)
            elif x < 0.7:
                p = C['alpaca'].replace('20', str(r.choice([20, 25, 30])))
            else:
                s = r.choice(C['seed']); inst = s['instruction']; inp = s['instances'][0]['input'] if s['instances'] else ''
                p = r.choice(['Respond to the instruction as well as possible.\n\n', 'Instruction: ', '']) + inst + ('\nInput: ' + inp if inp else '')
            W.emit(st, t, cl, r.choice(ips), p, system=sysp, model='orion-3', max_tokens=r.choice([4096, 8192]), temperature=1.0,
                   out_tok=int(r.lognormvariate(7.4, 0.4)), response=synth_response(r, p))
            t += r.uniform(10, 400) if r.random() < 0.85 else r.uniform(3600, 86400)
            if t > W.T1: t = W.local_time(st, 'flat', 0)

# ---------------------------------------------------------------- worlds
def build(W):
    r = W.rng
    v = W.variant
    P = 'K%d' % v
    # ---- organic
    if v == 1:
        org_enterprise(W, 'northwind-logistics.com', 45, 55, 'You are Northwind\'s customer support assistant. Be polite, cite order numbers, never promise refunds above $200.',
                       egress='cl_AWS', stack='openai_py', prompt_kind='support', tz=-5)
        org_enterprise(W, 'lumen-legal.com', 28, 50, 'You are LexAssist. Summarise and extract clauses from contracts. Output JSON with keys clause, risk, note.',
                       egress='cl_AZ', stack='dotnet', prompt_kind='uo', tz=0, cc='GB')
        org_enterprise(W, 'sablecode.dev', 25, 70, 'You are ReviewBot. Review the diff and list bugs, style issues and missing tests.',
                       egress='cl_GCP', stack='go', prompt_kind='code', tz=-8, profile='flat', tools=['post_comment', 'get_file'])
        org_eval(W, 'evals.pinecrest-labs.com', 4, 8, 'gsm', 'cl_AWS')
        org_eval(W, 'bench.fernbrook.ai', 3, 8, 'he', 'cl_GCP', stack='openai_py')
        org_eval(W, 'mosaicdata.co', 5, 5, 'arena', 'cl_AZ', stack='anth_py')
        org_eval(W, 'research.kestrel-analytics.com', 3, 4, 'gsm', 'cl_HZ', stack='aiohttp', shots=True)
        org_campus(W, 240, 6, 'uni_UC', 'ucla.edu', 'US')
        org_campus(W, 140, 6, 'uni_TOR', 'mail.utoronto.ca', 'CA')
        hw = r.sample(C['gsm_test'], 14)
        org_classroom(W, 55, 'MATH 101', hw, [W.T0 + 4.8 * 86400, W.T0 + 11.8 * 86400], 'uni_AZ', 'email.arizona.edu', 'US',
                      'Homework question (please help me understand): {q}')
        org_classroom(W, 35, 'Quantitative Reasoning', r.sample(C['gsm_train'], 10), [W.T0 + 8.5 * 86400], 'uni_PUR', 'purdue.edu', 'US', '{q}')
        org_dev(W, 70, 90, persona='power-user', power=True)
        org_dev(W, 300, 25)
        org_dev(W, 40, 30, persona='developer-odd-stack', odd=True)
        org_research(W, 70, 30)
        org_hobbyist(W, 45, 30)
        org_writer(W, 90, 15)
        org_casual(W, 1450, 3)
        org_casual(W, 220, 6, persona='vpn-user', vpn=True)
        # ---- attacks
        op_fleet(W, P + '-op1', 170, 35, 'gsm', 'httpx', sysp='You are a careful mathematician.', vocab='cot', persona='scripted-fleet')
        pool = list(C['he']) + r.sample(C['codegen'], 1500) + [a for a in C['arena'] if r.random() < 0.5]
        r.shuffle(pool)
        op_quiet(W, P + '-op2', 110, 30, pool, style='code')
        op_subteams(W, P + '-op3', [
            dict(n=40, stack='go', net='cl_HZ', target='rubric', vocab='rubric', persona='subteam-judge', doms=['proton.me', 'gmail.com'], per_card=5),
            dict(n=40, stack='openai_js', net='mob', target='tool', vocab='agent', persona='subteam-agent', doms=['gmail.com', 'outlook.com'], per_card=8),
            dict(n=40, stack='anth_py', net='cl_AWS', target='code', vocab='code', persona='subteam-coder', doms=['hotmail.com', 'gmail.com'], per_card=6),
        ], 45)
        op_bare(W, P + '-op4', 80, 50, net='vpn')
        op_selfinstruct(W, P + '-op5', 60, 45)
        op_subteams(W, P + '-op6', [
            dict(n=60, stack='requests', net='res', target='gsm', vocab='tax', persona='taxonomy-sweep', doms=['gmail.com', 'yahoo.com', 'icloud.com'],
                 per_card=3, spread=30, profile='evening', cc='US'),
        ], 40, cover_range=(0.05, 0.15))
    else:
        org_enterprise(W, 'halcyonhealth.org', 60, 45, 'You are the Halcyon patient-portal assistant. You do not give diagnoses. Route urgent symptoms to 911.',
                       egress='cl_AZ', stack='openai_js', prompt_kind='support', tz=-6)
        org_enterprise(W, 'vantaglobal.com', 40, 55, 'You are Vanta\'s internal knowledge assistant. Answer from the provided context only.',
                       egress='dc', stack='java', prompt_kind='uo', tz=1, cc='DE')
        org_enterprise(W, 'rivetworks.io', 30, 60, 'You are an autonomous coding agent operating on the Rivet monorepo.', egress='cl_AWS', stack='anth_ts',
                       prompt_kind='tool', tz=-8, profile='flat', tools=['read_file', 'write_file', 'run_tests', 'search_code'])
        # legit rubric-grading vendor (verified) -- looks like judge harvesting
        org_enterprise(W, 'copperleaf.io', 35, 50, 'You are a grading assistant. Apply the rubric exactly. Return JSON {"score": 0-10, "feedback": str}.',
                       egress='cl_GCP', stack='httpx', prompt_kind='grading', tz=-5, persona='verified-grading-vendor')
        # small unverified startup sharing one card and office IP
        org_enterprise(W, 'orbitly.app', 12, 40, 'You are Orbitly, a travel planning helper.', verified=False, egress='res_GB', stack='openai_py',
                       prompt_kind='uo', tz=0, cc='GB', persona='startup-team', tier='build', nat_ips=1, sig_within=3 * 86400, redact=0.0)
        org_eval(W, 'evals.akari-soft.jp', 4, 9, 'gsm', 'cl_AWS', stack='openai_py')
        org_eval(W, 'bench.zentrix.de', 3, 8, 'he', 'cl_HZ', stack='httpx')
        org_eval(W, 'quillstack.com', 4, 6, 'arena', 'cl_GCP', stack='anth_py')
        org_eval(W, 'lab.tidewater.edu', 2, 8, 'gsm', 'uni_IU', stack='requests', shots=True)
        org_campus(W, 200, 6, 'uni_UBC', 'student.ubc.ca', 'CA')
        org_campus(W, 120, 5, 'uni_KW', 'kangwon.ac.kr', 'KR')
        shared = r.sample(C['gsm_test'], 12)
        org_classroom(W, 70, 'STAT 200', shared, [W.T0 + 3.9 * 86400, W.T0 + 10.9 * 86400], 'uni_UC', 'ucsd.edu', 'US',
                      'This is from our worksheet. Explain how to solve it: {q}')
        org_classroom(W, 45, 'Intro Algebra (online)', shared[:8] + r.sample(C['gsm_test'], 4), [W.T0 + 6.2 * 86400, W.T0 + 13.2 * 86400], 'uni_IU', 'iu.edu', 'US',
                      'Step-by-step please: {q}')
        org_classroom(W, 40, 'Bootcamp cohort 7', r.sample(C['gsm_train'], 10), [W.T0 + 9 * 86400], 'res_US', 'gmail.com', 'US', '{q}')
        org_dev(W, 60, 80, persona='power-user', power=True)
        org_dev(W, 260, 22)
        org_dev(W, 55, 25, persona='developer-odd-stack', odd=True)
        org_research(W, 80, 28)
        org_hobbyist(W, 60, 30)
        org_writer(W, 70, 14)
        org_casual(W, 1300, 3)
        org_casual(W, 250, 6, persona='vpn-user', vpn=True)
        # ---- attacks
        op_fleet(W, P + '-op1', 90, 38, 'code', 'openai_js', vocab='agent', max_tokens=8192, persona='scripted-fleet', ncards=4, bursts=2, cover=0.05)
        gpool = r.sample(C['gsm_train'], 4000); r.shuffle(gpool)
        op_quiet(W, P + '-op2', 130, 32, gpool, style='math', multi=(1, 3), bare_p=0.35)
        rpool = r.sample(C['codegen'], 1500) + r.sample(C['roleplay'], 1500); r.shuffle(rpool)
        op_quiet(W, P + '-op3', 100, 30, rpool, style='grade', multi=(1, 2), persona='aged-grader')
        op_subteams(W, P + '-op4', [
            dict(n=35, stack='aiohttp', net='cl_OVH', target='gsm', vocab='cot', persona='subteam-cot', doms=['yandex.com', 'gmail.com'], per_card=7),
            dict(n=35, stack='rust', net='vpn', target='arena', vocab='cot', persona='subteam-cot2', doms=['proton.me'], per_card=5, model='orion-3-think', max_tokens=16000),
            dict(n=35, stack='chrome', net='res', target='gsm', vocab='tax', persona='subteam-taxonomy', doms=['gmail.com', 'outlook.com'], per_card=35, spread=40, profile='evening'),
            dict(n=35, stack='go', net='cl_VUL', target='tool', vocab='agent', persona='subteam-agent', doms=['mail.com', 'gmx.de'], per_card=4),
        ], 42)
        op_bare(W, P + '-op5', 70, 50, net='mix', cards_per=2, stacks=('openai_py', 'anth_py', 'httpx', 'curl_win'))
        op_selfinstruct(W, P + '-op6', 70, 42, net='res', stack='openai_py', per_card=70, shared_sys=False, persona='bulk-generator-residential')

def world_md(W):
    lines = ['# Blind world K%d (seed %d)' % (W.variant, W.seed), '',
             'Period: %s to %s (%d days). Interactions: %d. Accounts: %d.' % (iso(W.T0), iso(W.T1), W.days, len(W.rows), len(W.accounts)), '',
             '| label | campaign / persona | accounts |', '|---|---|---|']
    for (lab, k), n in sorted(W.counts.items()):
        lines.append('| %s | %s | %d |' % (lab, k, n))
    per = {}
    for l in W.labels:
        if l['label'] == 'attack': per.setdefault(l['campaign'], set()).add(l['persona'])
    lines += ['', 'Attack operations (personas per campaign):']
    desc = {
        1: {'K1-op1': 'sloppy fleet: signup bursts, disposable/look-alike e-mail, 6 shared cards, datacenter+VPN proxy pool, one httpx stack; CoT elicitation over GSM8K-train.',
            'K1-op2': 'careful: aged accounts, own card, own residential/mobile IPs, varied/randomised stacks, human-paced multi-turn; draws distinct items of one coding pool (HumanEval, GPTeacher codegen, arena-hard) with no repeats.',
            'K1-op3': 'three sub-teams (Go on Hetzner judge/rubric scoring; OpenAI-JS on mobile carriers doing agentic tool use; Anthropic-py on AWS coding), 10-40% cover traffic.',
            'K1-op4': 'bare items (GSM8K/code/arena) with no wrapper, max_tokens 20k-64k, thinking model, VPN exits, cards shared by ~3 accounts.',
            'K1-op5': 'self-instruct bulk generation from DigitalOcean, OpenAI-JS, shared system prompt, cards per 10 accounts.',
            'K1-op6': 'capability-taxonomy sweep (domain x skill x level) from residential IPs with python-requests, accounts spread over a month, little cover.'},
        2: {'K2-op1': 'sloppy fleet: 2 signup bursts, disposable e-mail, 4 cards, proxies, OpenAI-JS agentic coding harvest with tool declarations.',
            'K2-op2': 'careful: aged accounts, own cards and residential IPs, human pacing, varied stacks; one shared pool of GSM8K-train items without repeats, 35% bare.',
            'K2-op3': 'careful: same style, rubric/judge grading of GPTeacher responses in casual wording, no shared artefact.',
            'K2-op4': 'four sub-teams (aiohttp/OVH CoT; rust/VPN CoT on arena with thinking; browsers on residential taxonomy sweep with one card; Go/Vultr agentic), 10-40% cover.',
            'K2-op5': 'bare items with high max_tokens/thinking from mixed VPN/residential/mobile, cards per 2 accounts, SDK stacks incl. curl on Windows.',
            'K2-op6': 'self-instruct bulk generation from residential US IPs, no system prompt, one card for all 70 accounts.'}}[W.variant]
    for c in sorted(per):
        lines.append('- %s (%s): %s' % (c, ', '.join(sorted(per[c])), desc.get(c, '')))
    lines += ['', 'Organic personas: see table. Enterprise/vendor/startup orgs share one card and egress IPs per org and one system prompt;',
              'eval harnesses repeat GSM8K-test / HumanEval / arena-hard items from cloud IPs; classrooms share a wrapper and homework items behind campus NAT;',
              'odd-stack developers have UA/JA4 mismatches (TLS-intercepting proxy, curl on Windows, mobile SDK wrappers, Electron with SDK UA).',
              '', 'Regenerate: `python3 worlds/blind/k/gen.py %d OUTDIR %d`' % (W.seed, W.variant)]
    with open(os.path.join(W.out, 'WORLD.md'), 'w') as f: f.write('\n'.join(lines) + '\n')

def main():
    seed = int(sys.argv[1]); out = sys.argv[2]; variant = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    load_corpora(); load_nets()
    W = World(seed, variant, out)
    build(W)
    W.write(); world_md(W)
    att = sum(1 for l in W.labels if l['label'] == 'attack')
    attacc = set(l['account_id'] for l in W.labels if l['label'] == 'attack')
    ai = sum(1 for x in W.rows if x['account_id'] in attacc)
    print('interactions', len(W.rows), 'accounts', len(W.accounts), 'attack_accounts', att, 'attack_interactions', ai)

if __name__ == '__main__':
    main()
