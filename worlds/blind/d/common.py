"""Shared machinery for blind world D: data loading, networks, client stacks, emission."""
import csv, gzip, json, hashlib, math, random, re, os, ipaddress
from datetime import datetime, timedelta, timezone

DATA = os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data'))
ASN = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv')


def _jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


class Corpora:
    def __init__(self):
        c = DATA + '/corpora/'
        self.koala = [x['prompt'] for x in _jl(c + 'organic/koala.jsonl')]
        self.arena = [x['prompt'] for x in _jl(c + 'organic/arena-hard-v0.1.jsonl')]
        self.mtbench = [x for x in _jl(c + 'organic/mt-bench.jsonl')]
        self.vicuna = [x['turns'][0] for x in _jl(c + 'organic/vicuna-bench.jsonl')]
        self.hh = []
        self.hh_pairs = []
        for x in _jl(c + 'organic/hh-rlhf-harmless-test.jsonl.gz'):
            turns = re.split(r'\n\nHuman: ', x['chosen'])
            hum = []
            for t in turns[1:]:
                h = t.split('\n\nAssistant:')[0].strip()
                if h:
                    hum.append(h)
            if hum:
                self.hh.append(hum)
            ch = x['chosen'].rsplit('\n\nAssistant:', 1)
            rj = x['rejected'].rsplit('\n\nAssistant:', 1)
            if len(ch) == 2 and len(rj) == 2 and ch[1].strip() != rj[1].strip():
                self.hh_pairs.append((ch[0].strip(), ch[1].strip(), rj[1].strip()))
        self.user_or = _jl(c + 'organic/self-instruct-user-oriented.jsonl')
        self.seed = _jl(c + 'extraction/self-instruct-seed-tasks.jsonl')
        self.alpaca = open(c + 'extraction/alpaca-generation-prompt.txt').read()
        self.codegen = json.load(gzip.open(c + 'extraction/gpteacher-codegen.json.gz'))
        self.roleplay = json.load(gzip.open(c + 'extraction/gpteacher-roleplay.json.gz'))
        self.toolformer = json.load(gzip.open(c + 'extraction/gpteacher-toolformer.json.gz'))
        self.gsm_train = _jl(c + 'extraction/gsm8k-train.jsonl.gz')
        self.gsm_test = _jl(c + 'extraction/gsm8k-test.jsonl')
        self.humaneval = _jl(c + 'extraction/humaneval.jsonl.gz')
        self.trace_conv = self._trace('AzureLLMInferenceTrace_conv.csv')
        self.trace_code = self._trace('AzureLLMInferenceTrace_code.csv')

    def _trace(self, name):
        out = []
        with open(DATA + '/traces/' + name) as f:
            r = csv.reader(f)
            next(r)
            for row in r:
                out.append((int(row[1]), int(row[2])))
        return out


def gsm_answer_text(ans):
    a = re.sub(r'<<[^>]*>>', '', ans)
    if '####' in a:
        body, fin = a.split('####', 1)
        a = body.strip() + '\nThe answer is ' + fin.strip() + '.'
    return a


class Nets:
    """IP pools from the ASN database and the datacenter/VPN lists."""
    GROUPS = {
        'res-US': [r'^Comcast', r'^Charter Communications', r'^Cox Communications', r'^Frontier Communications', r'^AT&T Corp'],
        'res-GB': [r'^British Telecommunications', r'^Virgin Media', r'^Sky UK'],
        'res-DE': [r'^Deutsche Telekom AG', r'^Vodafone GmbH'],
        'res-FR': [r'^Orange S\.A\.', r'^Free SAS', r'Radiotelephone - SFR'],
        'res-ES': [r'^TELEFONICA DE ESPANA', r'^Orange Espagne'],
        'res-IT': [r'^Telecom Italia S\.p\.A'],
        'res-NL': [r'^KPN B\.V'],
        'res-PL': [r'^Orange Polska'],
        'res-IN': [r'^Bharti Airtel', r'^Reliance Jio'],
        'res-BR': [r'^TELEFONICA BRASIL', r'^Claro NXT', r'^TIM S/A'],
        'res-JP': [r'^NTT PC Communications', r'^KDDI CORPORATION', r'^NTT Communications Corporation'],
        'res-KR': [r'^Korea Telecom', r'^SK Broadband'],
        'res-CA': [r'^Rogers Communications', r'^Bell Canada'],
        'res-AU': [r'^Telstra Limited', r'^SingTel Optus'],
        'res-VN': [r'^Viettel'],
        'res-TR': [r'^Turk Telekom'],
        'res-SE': [r'^Telia Company AB'],
        'res-CH': [r'^Swisscom'],
        'res-MX': [r'^Telmex'],
        'res-CO': [r'^Telmex Colombia'],
        'res-AR': [r'^Telefonica de Argentina'],
        'res-CL': [r'^TELEFONICA CHILE'],
        'res-EG': [r'^Vodafone Data - Egypt'],
        'mob-US': [r'^T-Mobile USA'],
        'mob-DE': [r'^Vodafone GmbH'],
        'mob-IN': [r'^Reliance Jio', r'^Vodafone Idea'],
        'mob-PL': [r'^T-Mobile Polska'],
        'mob-CZ': [r'^T-Mobile Czech'],
        'mob-AT': [r'^T-Mobile Austria'],
        'mob-JP': [r'^NTT DOCOMO'],
        'uni-UC': [r'^University of California at Berkeley'],
        'uni-MIT': [r'^Massachusetts Institute of Technology'],
        'uni-UBC': [r'^University of British Columbia'],
        'uni-Purdue': [r'^Purdue University'],
        'uni-Stuttgart': [r'^Universitaet Stuttgart'],
        'uni-Toronto': [r'^University of Toronto'],
        'uni-Melb': [r'^University of Melbourne'],
        'uni-UW': [r'^University of Washington'],
        'uni-Pukyong': [r'^Pukyong National University'],
        'uni-Arizona': [r'^The University of Arizona'],
        'cloud-aws': [r'^"?Amazon\.com', r'^Amazon Data Services'],
        'cloud-gcp': [r'^Google LLC'],
        'cloud-azure': [r'^Microsoft Corporation'],
        'cloud-do': [r'^"?DigitalOcean'],
        'cloud-hetzner': [r'^Hetzner Online'],
        'cloud-ovh': [r'^OVH SAS'],
        'cloud-oracle': [r'^Oracle Corporation'],
        'cloud-akamai': [r'^Akamai Technologies', r'^"?Akamai Technologies'],
        'cloud-tencent': [r'Tencent'],
        'biz-US': [r'^Verizon Business', r'^AT&T Enterprises'],
        'biz-EU': [r'^ORANGE BUSINESS SERVICES', r'^TELEFONICA GLOBAL SOLUTIONS', r'^Telia Cygate'],
    }

    def __init__(self):
        rows = {}
        pats = {g: [re.compile(p) for p in ps] for g, ps in self.GROUPS.items()}
        with open(ASN, newline='') as f:
            for r in csv.reader(f):
                org = r[3]
                for g, ps in pats.items():
                    if any(p.search(org) for p in ps):
                        a = int(ipaddress.IPv4Address(r[0])); b = int(ipaddress.IPv4Address(r[1]))
                        if b - a >= 255:
                            rows.setdefault(g, []).append((a, b))
        self.pools = rows
        self.vpn = self._cidrs(DATA + '/network/vpn-ipv4.txt')
        self.dc = self._cidrs(DATA + '/network/datacenter-ipv4.txt')

    def _cidrs(self, p):
        out = []
        for l in open(p):
            l = l.strip()
            if not l or l.startswith('#'):
                continue
            try:
                n = ipaddress.IPv4Network(l, strict=False)
            except ValueError:
                continue
            out.append((int(n.network_address), int(n.broadcast_address)))
        return out

    def ip(self, rng, group):
        if group == 'vpn':
            a, b = rng.choice(self.vpn)
        elif group == 'dc':
            a, b = rng.choice(self.dc)
        else:
            a, b = rng.choice(self.pools[group])
        if b - a > 2:
            v = rng.randint(a + 1, b - 1)
        else:
            v = a
        return str(ipaddress.IPv4Address(v))

    def subnet_ips(self, rng, group, n):
        """n addresses inside one /24 of the group (a NAT pool / office block)."""
        base = self.ip(rng, group)
        pre = base.rsplit('.', 1)[0]
        return ['%s.%d' % (pre, x) for x in rng.sample(range(2, 254), n)]


COUNTRY_TZ = {'US': -6, 'GB': 0, 'DE': 1, 'FR': 1, 'ES': 1, 'IT': 1, 'NL': 1, 'PL': 1, 'IN': 5.5, 'BR': -3,
              'JP': 9, 'KR': 9, 'CA': -5, 'AU': 10, 'VN': 7, 'TR': 3, 'SE': 1, 'CH': 1, 'MX': -6, 'CO': -5,
              'AR': -3, 'CL': -4, 'EG': 2, 'CZ': 1, 'AT': 1, 'SG': 8, 'IL': 2, 'CN': 8}
RES_COUNTRIES = ['US'] * 10 + ['GB'] * 3 + ['DE'] * 3 + ['FR'] * 2 + ['IN'] * 4 + ['BR'] * 2 + ['JP'] * 2 + ['KR'] * 2 + \
                ['CA'] * 2 + ['AU', 'ES', 'IT', 'NL', 'PL', 'VN', 'TR', 'SE', 'CH', 'MX', 'CO', 'AR', 'CL', 'EG']


def h(*parts, n=12):
    return hashlib.sha256('|'.join(str(p) for p in parts).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- client stacks
def ja4(proto, ver, ncip, next_, alpn, salt):
    return '%s%sd%02d%02d%s_%s_%s' % (proto, ver, ncip, next_, alpn, h('c', salt), h('e', salt))

REAL_JA4 = {
    'chrome': 't13d1516h2_8daaf6152771_02713d6af862',
    'chrome-ech': 't13d1517h2_8daaf6152771_b0da82dd1658',
    'edge': 't13d1516h2_8daaf6152771_e5627efa2ab1',
    'firefox': 't13d1715h2_5b57614c22b0_3d5424432f57',
    'firefox-esr': 't13d1714h2_5b57614c22b0_7baf387fc6ff',
    'safari': 't13d2014h2_a09f3c656075_14788d8d241b',
    'ios': 't13d2014h2_a09f3c656075_e42f34c56612',
    'go': 't13d1311h2_f57a46bbacb6_e7c285222651',
    'go-h1': 't13d1310h1_f57a46bbacb6_0a1e4b2f3d5c',
    'py311': 't13d1812h1_85036bcba153_b26ce05bbdd6',
    'py39': 't13d1811h1_7af1ed941c26_8a8e7c5a9f21',
    'py312-h2': 't13d1813h2_85036bcba153_375ca2c5e164',
    'node18': 't13d1712h1_5b57614c22b0_eeeea6562960',
    'node20': 't13d1713h2_5b57614c22b0_1f0b1b9a3c77',
    'bun': 't13d1712h1_5b57614c22b0_9d4e2c1b7a80',
    'curl-ossl': 't13d3112h2_e8f1e7e78f70_375ca2c5e164',
    'curl-schannel': 't12d1909h1_d83cc789557e_7af1ed941c26',
    'schannel-ps': 't12d1909h1_d83cc789557e_3f9e1d2b6a44',
    'okhttp': 't13d1614h2_ca4ba0e9ab4d_d5b0c5ae12a6',
    'java17': 't13d4412h2_0e2b7a9c4f11_5c3d8e7f2a90',
    'dotnet': 't13d1714h2_2a284e3b0c56_f7c2b0a4e1d3',
    'rust-rustls': 't13d0912h2_f91f431d341e_dc02d2e5b3a1',
    'zscaler': 't12d1811h1_c866b44c5a26_8e2ba6d2f1c4',
    'bluecoat': 't12d2312h1_6b3b77a01c51_b4a1d3c6e92f',
    'paloalto': 't13d1610h2_b3a1c2d4e5f6_0d9c7e4a2b11',
}

def ver(rng, a, b):
    return '%d.%d.%d' % (rng.randint(*a), rng.randint(*b), rng.randint(0, 12))

def ua_for(rng, kind):
    if kind == 'chrome-win':
        v = rng.randint(122, 131)
        return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % v
    if kind == 'chrome-mac':
        v = rng.randint(122, 131)
        return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % v
    if kind == 'chrome-linux':
        v = rng.randint(120, 131)
        return 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % v
    if kind == 'edge':
        v = rng.randint(122, 131)
        return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0' % (v, v)
    if kind == 'firefox':
        v = rng.randint(118, 133)
        osn = rng.choice(['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10.15', 'X11; Ubuntu; Linux x86_64', 'X11; Linux x86_64'])
        return 'Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (osn, v, v)
    if kind == 'safari':
        v = rng.choice(['17.4.1', '17.5', '17.6', '18.0', '18.1'])
        return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % v
    if kind == 'ios-safari':
        v = rng.choice(['17_5', '17_6_1', '18_0', '18_1', '18_2'])
        return 'Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1' % (v, v.replace('_', '.')[:4])
    if kind == 'android-chrome':
        return 'Mozilla/5.0 (Linux; Android %d; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36' % (rng.randint(11, 15), rng.randint(122, 131))
    if kind == 'openai-py':
        return 'OpenAI/Python %s' % rng.choice(['1.35.13', '1.40.6', '1.47.1', '1.51.2', '1.54.4', '1.55.3', '1.58.1'])
    if kind == 'anthropic-py':
        return 'Anthropic/Python %s' % rng.choice(['0.34.2', '0.36.0', '0.39.0', '0.40.0', '0.42.0'])
    if kind == 'openai-js':
        return 'OpenAI/JS %s' % rng.choice(['4.52.7', '4.63.0', '4.67.3', '4.71.1', '4.77.0'])
    if kind == 'anthropic-js':
        return 'Anthropic/JS %s' % rng.choice(['0.27.3', '0.30.1', '0.32.1', '0.33.1'])
    if kind == 'requests':
        return 'python-requests/%s' % rng.choice(['2.28.2', '2.31.0', '2.32.3'])
    if kind == 'httpx':
        return 'python-httpx/%s' % rng.choice(['0.25.2', '0.27.0', '0.27.2', '0.28.1'])
    if kind == 'aiohttp':
        return 'Python/3.%d aiohttp/%s' % (rng.randint(10, 12), rng.choice(['3.9.5', '3.10.10', '3.11.9']))
    if kind == 'go':
        return rng.choice(['Go-http-client/2.0', 'Go-http-client/1.1'])
    if kind == 'curl':
        return 'curl/%s' % rng.choice(['7.81.0', '7.88.1', '8.4.0', '8.5.0', '8.7.1'])
    if kind == 'curl-win':
        return 'curl/%s' % rng.choice(['8.4.0', '8.8.0', '8.9.1'])
    if kind == 'powershell':
        return 'Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.%d.%d' % (rng.choice([19041, 22621, 26100]), rng.randint(100, 4800))
    if kind == 'okhttp':
        return 'okhttp/%s' % rng.choice(['4.9.3', '4.11.0', '4.12.0'])
    if kind == 'cfnetwork':
        app = rng.choice(['Pocketdraft', 'Noteloom', 'AskAway', 'Studybud', 'Chatterbox'])
        return '%s/%d.%d CFNetwork/%s Darwin/%s' % (app, rng.randint(1, 5), rng.randint(0, 20), rng.choice(['1494.0.7', '1496.0.7', '1568.100.1']), rng.choice(['23.4.0', '23.5.0', '24.0.0', '24.1.0']))
    if kind == 'dotnet':
        return 'OpenAI/%s (.NET %s; %s)' % (rng.choice(['2.0.0', '2.1.0']), rng.choice(['8.0.8', '8.0.11']), rng.choice(['Microsoft Windows 10.0.20348', 'Linux 5.15.0-1064-azure #73-Ubuntu']))
    if kind == 'java':
        return 'Java-http-client/%s' % rng.choice(['17.0.10', '21.0.3', '21.0.5'])
    if kind == 'bun':
        return 'Bun/%s' % rng.choice(['1.1.20', '1.1.29', '1.1.38'])
    if kind == 'node-fetch':
        return rng.choice(['node', 'undici', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'axios/1.7.7', 'axios/1.6.8'])
    if kind == 'rust':
        return rng.choice([None, 'reqwest/0.12.5'])
    if kind == 'langchain':
        return 'langchain-openai/%s OpenAI/Python %s' % (rng.choice(['0.1.22', '0.2.9']), rng.choice(['1.47.1', '1.54.4']))
    if kind == 'litellm':
        return 'litellm/%s' % rng.choice(['1.44.22', '1.51.0', '1.55.3'])
    if kind == 'cli-agent':
        return rng.choice(['shipwright-cli/%s (node %s)', 'patchbot/%s node/%s', 'termpal/%s (darwin; node %s)']) % (
            '%d.%d.%d' % (rng.randint(0, 2), rng.randint(1, 30), rng.randint(0, 9)), rng.choice(['20.11.1', '20.17.0', '22.9.0']))
    if kind == 'vscode-ext':
        return 'VSCode/%s (codepilot-lite/%s)' % (rng.choice(['1.93.1', '1.94.2', '1.95.3']), rng.choice(['0.8.1', '0.9.4', '1.0.2']))
    if kind == 'nothing':
        return None
    raise KeyError(kind)

# stack name -> (ua kind, ja4 key, preferred endpoint, streams?)
STACKS = {
    'chrome-web': ('chrome-win', 'chrome', None, True),
    'chrome-mac': ('chrome-mac', 'chrome-ech', None, True),
    'edge-web': ('edge', 'edge', None, True),
    'firefox-web': ('firefox', 'firefox', None, True),
    'safari-web': ('safari', 'safari', None, True),
    'ios-web': ('ios-safari', 'ios', None, True),
    'android-web': ('android-chrome', 'chrome', None, True),
    'ios-app': ('cfnetwork', 'ios', None, True),
    'android-app': ('okhttp', 'okhttp', None, True),
    'openai-py': ('openai-py', 'py311', '/v1/chat/completions', None),
    'openai-py39': ('openai-py', 'py39', '/v1/chat/completions', None),
    'anthropic-py': ('anthropic-py', 'py311', '/v1/messages', None),
    'anthropic-py312': ('anthropic-py', 'py312-h2', '/v1/messages', None),
    'openai-js': ('openai-js', 'node20', '/v1/chat/completions', None),
    'anthropic-js': ('anthropic-js', 'node20', '/v1/messages', None),
    'requests': ('requests', 'py311', None, False),
    'requests39': ('requests', 'py39', None, False),
    'httpx': ('httpx', 'py312-h2', None, False),
    'aiohttp': ('aiohttp', 'py311', None, False),
    'go': ('go', 'go', None, False),
    'curl': ('curl', 'curl-ossl', None, False),
    'curl-win': ('curl-win', 'curl-schannel', None, False),
    'powershell': ('powershell', 'schannel-ps', None, False),
    'dotnet': ('dotnet', 'dotnet', '/v1/chat/completions', None),
    'java': ('java', 'java17', None, False),
    'bun': ('bun', 'bun', None, None),
    'node-fetch': ('node-fetch', 'node18', None, None),
    'rust': ('rust', 'rust-rustls', None, False),
    'langchain': ('langchain', 'py311', '/v1/chat/completions', None),
    'litellm': ('litellm', 'py312-h2', None, None),
    'cli-agent': ('cli-agent', 'node20', '/v1/messages', True),
    'vscode-ext': ('vscode-ext', 'node18', '/v1/chat/completions', True),
    # odd stacks: UA says one thing, TLS says another
    'zscaler-chrome': ('chrome-win', 'zscaler', None, True),
    'bluecoat-py': ('openai-py', 'bluecoat', '/v1/chat/completions', None),
    'paloalto-curl': ('curl', 'paloalto', None, False),
    'flutter-app': ('android-chrome', 'okhttp', None, True),
    'wsl-curl': ('curl', 'curl-schannel', None, False),
}


class Client:
    """A concrete client installation: fixed UA string and JA4."""
    def __init__(self, rng, stack, ja4_override=None, ua_override=None):
        self.stack = stack
        uk, jk, ep, st = STACKS[stack]
        self.ua = ua_override if ua_override is not None else ua_for(rng, uk)
        self.ja4 = ja4_override or REAL_JA4[jk]
        self.endpoint = ep or ('/v1/chat/completions' if rng.random() < 0.68 else '/v1/messages')
        self.stream = st


def random_ja4(rng):
    # randomised ClientHello (e.g. uTLS randomized parrots)
    proto = 't'
    ver = rng.choice(['13', '13', '13', '12'])
    return '%s%sd%02d%02d%s_%s_%s' % (proto, ver, rng.randint(8, 20), rng.randint(9, 18), rng.choice(['h2', 'h2', 'h1']),
                                      '%012x' % rng.getrandbits(48), '%012x' % rng.getrandbits(48))


# ---------------------------------------------------------------- world builder
MODELS = {
    'big': 'meridian-2-pro', 'small': 'meridian-2-flash', 'think': 'meridian-2-pro-thinking', 'mini': 'meridian-2-nano',
    'legacy': 'meridian-1.5-pro',
}


def iso(dt):
    return dt.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (dt.microsecond // 1000)


class World:
    def __init__(self, seed, start, days):
        self.rng = random.Random(seed)
        self.seed = seed
        self.start = start
        self.days = days
        self.end = start + timedelta(days=days)
        self.accounts = []
        self.labels = []
        self.rows = []
        self.nacc = 0
        self.nreq = 0
        self.nconv = 0
        self.C = CORP
        self.N = NETS
        self.summary = []

    # ids
    def new_account(self, label, persona, campaign=None, created=None, org=None, email=None, card=None,
                    signup_ip=None, country=None, tier='build', verified=False):
        self.nacc += 1
        aid = 'acct_' + h(self.seed, 'a', self.nacc, n=14)
        a = dict(account_id=aid, created_at=iso(created), org_id=org, email_domain=email, payment_fingerprint=card,
                 signup_ip=signup_ip, country=country, tier=tier, verified=verified)
        self.accounts.append(a)
        self.labels.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))
        a['_keys'] = []
        return a

    def key(self, acct):
        k = 'key_' + h(self.seed, 'k', acct['account_id'], len(acct['_keys']), n=16)
        acct['_keys'].append(k)
        return k

    def conv(self):
        self.nconv += 1
        r = self.rng.random()
        if r < 0.5:
            return 'conv_' + h(self.seed, 'c', self.nconv, n=20)
        elif r < 0.8:
            x = h(self.seed, 'c', self.nconv, n=32)
            return '%s-%s-4%s-a%s-%s' % (x[:8], x[8:12], x[13:16], x[17:20], x[20:32])
        return 'thr_' + h(self.seed, 'c', self.nconv, n=24)

    def card(self, *salt):
        return 'pm_' + h(self.seed, 'card', *salt, n=20)

    # time helpers
    def day_time(self, day, tz, profile, rng=None):
        """Return a UTC datetime on simulation day `day` (0-based, local calendar) for a local-time profile."""
        r = rng or self.rng
        if profile == 'office':
            hr = r.gauss(13.5, 2.6)
            hr = min(max(hr, 7.5), 20.5)
        elif profile == 'evening':
            hr = r.choice([r.gauss(20.5, 1.8), r.gauss(12.5, 1.5), r.gauss(21.5, 1.2)])
            hr = min(max(hr, 6.5), 25.8)
        elif profile == 'student':
            hr = r.choice([r.gauss(15, 3), r.gauss(22.5, 2.0), r.gauss(11, 1.5)])
            hr = min(max(hr, 8), 27.5)
        elif profile == 'night':
            hr = r.gauss(24, 2.5)
        elif profile == 'any':
            hr = r.uniform(0, 24)
        else:
            hr = r.gauss(*profile)
        base = self.start + timedelta(days=day)
        return base + timedelta(hours=hr - tz, seconds=r.uniform(0, 59))

    def is_weekend(self, day, tz=0):
        return (self.start + timedelta(days=day, hours=12 - tz)).weekday() >= 5

    def clamp(self, dt):
        return self.start <= dt < self.end

    # emission
    def emit(self, acct, ts, client, ip, prompt, *, key=None, endpoint=None, model=None, system=None, conv=None,
             turn=None, tools=None, ref=None, max_tokens=None, temperature=None, stream=None, out_range=(80, 600),
             think=None, history_tokens=0, status=None, resp_policy='full', task='conv'):
        if not self.clamp(ts):
            return None
        r = self.rng
        self.nreq += 1
        ep = endpoint or client.endpoint or r.choice(['/v1/chat/completions', '/v1/messages'])
        if ep == '/v1/messages' and max_tokens is None:
            max_tokens = r.choice([1024, 2048, 4096, 4096, 8192])
        st = stream if stream is not None else (client.stream if client.stream is not None else r.random() < 0.35)
        sys_t = len(system) // 4 if system else 0
        tool_t = 60 + 110 * len(tools) if tools else 0
        inp = max(3, int(len(prompt) / 3.9 + r.uniform(-2, 6))) + sys_t + tool_t + history_tokens + 8
        lo, hi = out_range
        out = int(math.exp(r.uniform(math.log(lo), math.log(hi))))
        if ref:
            out = int(0.6 * out + 0.4 * (len(ref) / 3.7)) + r.randint(0, 30)
        reasoning = None
        if think:
            reasoning = int(math.exp(r.uniform(math.log(think[0]), math.log(think[1]))))
        elif model and 'thinking' in model:
            reasoning = int(math.exp(r.uniform(math.log(300), math.log(4000))))
        if max_tokens:
            if reasoning and ep == '/v1/messages':
                reasoning = min(reasoning, int(max_tokens * 0.8))
                out = min(out, max_tokens - reasoning)
            else:
                out = min(out, max_tokens)
        if status is None:
            x = r.random()
            status = 200 if x < 0.975 else (429 if x < 0.988 else (400 if x < 0.994 else (500 if x < 0.998 else 503)))
        if status != 200:
            out = 0
            reasoning = None if reasoning is None else 0
            lat = int(r.uniform(30, 400)) if status in (429, 400) else int(r.uniform(2000, 30000))
            resp = None
        else:
            ttft = r.uniform(250, 1400) + inp * 0.03
            tps = r.uniform(45, 110)
            lat = int(ttft + (out + (reasoning or 0)) / tps * 1000)
            resp = None
            if resp_policy == 'full':
                resp = make_response(r, prompt, ref, out, task)
        row = dict(id='req_' + h(self.seed, 'r', self.nreq, n=24), ts=iso(ts), account_id=acct['account_id'],
                   api_key_id=key or (acct['_keys'][0] if acct['_keys'] else None), ip=ip, user_agent=client.ua,
                   tls_ja4=client.ja4, endpoint=ep, model=model or MODELS['big'], conversation_id=conv, turn=turn,
                   system=system, prompt=prompt, tool_names=tools, response=resp, input_tokens=inp,
                   output_tokens=out, reasoning_tokens=reasoning, max_tokens=max_tokens, temperature=temperature,
                   stream=st, status=status, latency_ms=lat)
        self.rows.append(row)
        return row

    def write(self, outdir, world_md):
        os.makedirs(outdir, exist_ok=True)
        self.rows.sort(key=lambda x: x['ts'])
        with gzip.open(os.path.join(outdir, 'interactions.jsonl.gz'), 'wt', encoding='utf-8', compresslevel=6) as f:
            for row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False) + '\n')
        with open(os.path.join(outdir, 'accounts.jsonl'), 'w') as f:
            for a in self.accounts:
                f.write(json.dumps({k: v for k, v in a.items() if not k.startswith('_')}) + '\n')
        with open(os.path.join(outdir, 'labels.jsonl'), 'w') as f:
            for l in self.labels:
                f.write(json.dumps(l) + '\n')
        with open(os.path.join(outdir, 'WORLD.md'), 'w') as f:
            f.write(world_md)


GENERIC_OPEN = ['Sure!', 'Here you go:', 'Great question.', 'Certainly.', "Here's a breakdown:", 'Short answer first:',
                'Okay, let me walk through it.', 'Happy to help.', "Let's take this step by step.", 'Good question —']
GENERIC_FILL = ['The key idea is to separate what is given from what is being asked.',
                'There are a few things worth considering here.',
                'In practice, the details depend on your constraints.',
                'A common approach is to start small and iterate.',
                'One caveat: this assumes the inputs are well-formed.',
                'If you share more context, I can tailor this further.',
                'The main trade-off is between simplicity and flexibility.',
                'Below is a concise version you can adapt.',
                'This tends to work well for most cases.',
                'Note that edge cases may need separate handling.']


def make_response(r, prompt, ref, out_tokens, task):
    cap = max(40, min(out_tokens * 4, 1800))
    if ref:
        txt = ref
        if task == 'cot' and r.random() < 0.5:
            txt = "Let's work through it.\n" + ref
    else:
        parts = [r.choice(GENERIC_OPEN)]
        n = max(1, min(8, out_tokens // 60))
        for _ in range(n):
            parts.append(r.choice(GENERIC_FILL))
        txt = ' '.join(parts)
    return txt[:cap]


CORP = None
NETS = None

def init_data():
    global CORP, NETS
    CORP = Corpora()
    NETS = Nets()
    return CORP, NETS
