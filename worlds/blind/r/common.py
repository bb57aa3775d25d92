"""Shared building blocks for the blind world generator (stdlib only, deterministic given a seed)."""
import bisect
import csv
import gzip
import hashlib
import ipaddress
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN_CSV = os.path.join(os.environ.get('ASN_DIR', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn')), 'asn-ipv4.csv')


def h(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- corpora

def _jsonl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def _json(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return json.load(f)


class Corpora:
    def __init__(self):
        o = DATA + '/corpora/organic/'
        e = DATA + '/corpora/extraction/'
        self.koala = [x['prompt'] for x in _jsonl(o + 'koala.jsonl')]
        self.arena = _jsonl(o + 'arena-hard-v0.1.jsonl')
        self.mtbench = _jsonl(o + 'mt-bench.jsonl')
        self.vicuna = [x['turns'][0] for x in _jsonl(o + 'vicuna-bench.jsonl')]
        self.user_oriented = _jsonl(o + 'self-instruct-user-oriented.jsonl')
        hh = _jsonl(o + 'hh-rlhf-harmless-test.jsonl.gz')
        self.hh = []  # list of dialogues: list of human turns
        for d in hh:
            turns = []
            for seg in d['chosen'].split('\n\nHuman: ')[1:]:
                t = seg.split('\n\nAssistant:')[0].strip()
                if t:
                    turns.append(t)
            if turns:
                self.hh.append(turns)
        self.seed_tasks = _jsonl(e + 'self-instruct-seed-tasks.jsonl')
        self.alpaca_prompt = open(e + 'alpaca-generation-prompt.txt', encoding='utf-8').read()
        self.codegen = _json(e + 'gpteacher-codegen.json.gz')
        self.roleplay = _json(e + 'gpteacher-roleplay.json.gz')
        self.toolformer = _json(e + 'gpteacher-toolformer.json.gz')
        self.gsm_train = _jsonl(e + 'gsm8k-train.jsonl.gz')
        self.gsm_test = _jsonl(e + 'gsm8k-test.jsonl')
        self.humaneval = _jsonl(e + 'humaneval.jsonl.gz')
        self.arena_code = [a for a in self.arena if any(k in (a['cluster'] + a['prompt'][:200]).lower() for k in (
            'python', 'code', 'program', 'sql', 'javascript', 'typescript', 'c++', 'rust', 'java', 'script', 'regex',
            'function', 'api', 'android', 'css', 'pandas', 'algorithm', 'matplotlib', 'django', 'react', 'kotlin'))]
        self.arena_other = [a for a in self.arena if a not in self.arena_code]
        # trace token shapes
        self.trace_conv = self._trace('conv')
        self.trace_code = self._trace('code')

    def _trace(self, kind):
        out = []
        with open(DATA + '/traces/AzureLLMInferenceTrace_%s.csv' % kind) as f:
            for r in csv.DictReader(f):
                out.append((int(r['ContextTokens']), int(r['GeneratedTokens'])))
        return out


def instr_text(x):
    t = x['instruction']
    if x.get('input'):
        t = t + '\n\n' + x['input']
    return t


def tok(text):
    if not text:
        return 0
    return max(1, int(len(text) / 3.8))


# ---------------------------------------------------------------- networks

# asn -> (country, kind)
ASNS = {
    # residential ISPs
    7922: ('US', 'isp'), 20115: ('US', 'isp'), 7018: ('US', 'isp'), 701: ('US', 'isp'), 22773: ('US', 'isp'),
    5650: ('US', 'isp'), 20001: ('US', 'isp'), 19901: ('US', 'isp'), 11404: ('US', 'isp'),
    3320: ('DE', 'isp'), 2856: ('GB', 'isp'), 5511: ('FR', 'isp'), 577: ('CA', 'isp'), 852: ('CA', 'isp'),
    7545: ('AU', 'isp'), 4766: ('KR', 'isp'), 9318: ('KR', 'isp'), 12389: ('RU', 'isp'), 4134: ('CN', 'isp'),
    4837: ('CN', 'isp'), 10620: ('CO', 'isp'), 8151: ('MX', 'isp'), 3786: ('KR', 'isp'), 9498: ('IN', 'isp'),
    # mobile carriers
    21928: ('US', 'mobile'), 6167: ('US', 'mobile'), 20057: ('US', 'mobile'), 55836: ('IN', 'mobile'),
    45609: ('IN', 'mobile'), 9808: ('CN', 'mobile'), 12912: ('PL', 'mobile'), 8412: ('AT', 'mobile'),
    9790: ('NZ', 'mobile'),
    # universities
    7377: ('US', 'uni'), 1706: ('US', 'uni'), 239: ('CA', 'uni'), 17: ('US', 'uni'), 225: ('US', 'uni'),
    10148: ('AU', 'uni'), 104: ('US', 'uni'), 393249: ('CA', 'uni'), 3354: ('US', 'uni'), 11105: ('CA', 'uni'),
    # cloud
    16509: ('US', 'cloud'), 14618: ('US', 'cloud'), 396982: ('US', 'cloud'), 8075: ('US', 'cloud'),
    31898: ('US', 'cloud'), 14061: ('US', 'cloud'), 16276: ('FR', 'cloud'), 24940: ('DE', 'cloud'),
    20473: ('US', 'cloud'),
    # hosting / proxy-ish
    9009: ('GB', 'host'), 212238: ('GB', 'host'), 203020: ('IN', 'host'), 136787: ('PA', 'host'),
    62240: ('GB', 'host'), 44559: ('RU', 'host'), 21859: ('US', 'host'), 57043: ('NL', 'host'),
}

RESI_BY_CC = {
    'US': [7922, 20115, 7018, 701, 22773, 5650, 20001, 19901, 11404], 'DE': [3320], 'GB': [2856], 'FR': [5511],
    'CA': [577, 852], 'AU': [7545], 'KR': [4766, 9318, 3786], 'RU': [12389], 'CN': [4134, 4837], 'CO': [10620],
    'MX': [8151], 'IN': [9498],
}
MOBILE_BY_CC = {'US': [21928, 6167, 20057], 'IN': [55836, 45609], 'CN': [9808], 'PL': [12912], 'AT': [8412],
                'NZ': [9790]}


class Net:
    def __init__(self):
        self.ranges = {a: [] for a in ASNS}
        with open(ASN_CSV) as f:
            for row in csv.reader(f):
                try:
                    a = int(row[2])
                except ValueError:
                    continue
                if a in self.ranges:
                    lo = int(ipaddress.IPv4Address(row[0]))
                    hi = int(ipaddress.IPv4Address(row[1]))
                    if hi - lo >= 15:
                        self.ranges[a].append((lo, hi))
        for a in list(self.ranges):
            if not self.ranges[a]:
                del self.ranges[a]
        self.dc = self._cidrs(DATA + '/network/datacenter-ipv4.txt')
        self.vpn = self._cidrs(DATA + '/network/vpn-ipv4.txt')

    @staticmethod
    def _cidrs(path):
        out = []
        with open(path) as f:
            for l in f:
                l = l.strip()
                if l and not l.startswith('#') and ':' not in l:
                    n = ipaddress.IPv4Network(l, strict=False)
                    if n.num_addresses >= 16:
                        out.append((int(n.network_address), int(n.broadcast_address)))
        return out

    def in_asn(self, rng, asn):
        lo, hi = rng.choice(self.ranges[asn])
        return str(ipaddress.IPv4Address(rng.randint(lo + 1, hi - 1)))

    def block(self, rng, asn, size=8):
        """a small block of consecutive addresses (NAT pool / egress)"""
        lo, hi = rng.choice([r for r in self.ranges[asn] if r[1] - r[0] >= size + 2] or self.ranges[asn])
        start = rng.randint(lo + 1, max(lo + 1, hi - size - 1))
        return [str(ipaddress.IPv4Address(start + i)) for i in range(size)]

    def resi(self, rng, cc):
        return self.in_asn(rng, rng.choice(RESI_BY_CC.get(cc, RESI_BY_CC['US'])))

    def mobile(self, rng, cc):
        return self.in_asn(rng, rng.choice(MOBILE_BY_CC.get(cc, MOBILE_BY_CC['US'])))

    def from_list(self, rng, which):
        lo, hi = rng.choice(self.dc if which == 'dc' else self.vpn)
        return str(ipaddress.IPv4Address(rng.randint(lo + 1, hi - 1)))

    def ipv6(self, rng, prefix):
        return prefix + ':%x:%x:%x:%x' % tuple(rng.randrange(65536) for _ in range(4))


# ---------------------------------------------------------------- client stacks

def ja4(kind, nc, ne, alpn, salt):
    return 't13%s%02d%02d%s_%s_%s' % (kind, nc, ne, alpn, h('c' + salt), h('e' + salt))


# stack name -> (ja4, list of UA variants)
def _stacks():
    S = {}
    cv = ['120.0.6099.130', '122.0.6261.112', '124.0.6367.91', '125.0.6422.142', '126.0.6478.127', '128.0.6613.120']
    S['chrome-win'] = (ja4('d', 15, 16, 'h2', 'chrome'), ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36' % v for v in cv])
    S['chrome-mac'] = (ja4('d', 15, 16, 'h2', 'chrome'), ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36' % v for v in cv])
    S['chrome-linux'] = (ja4('d', 15, 16, 'h2', 'chrome'), ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36' % v for v in cv])
    S['chrome-old'] = (ja4('d', 15, 15, 'h2', 'chrome-old'), ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36' % v for v in ('108.0.5359.125', '109.0.5414.120', '110.0.5481.178')])
    S['edge'] = (ja4('d', 15, 16, 'h2', 'chrome'), ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36 Edg/%s' % (v, v) for v in cv[2:]])
    S['firefox'] = (ja4('d', 17, 15, 'h2', 'firefox'), ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%s) Gecko/20100101 Firefox/%s' % (v, v) for v in ('124.0', '125.0', '126.0', '127.0', '128.0')] + ['Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0'])
    S['safari-mac'] = (ja4('d', 20, 14, 'h2', 'safari'), ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % v for v in ('17.3.1', '17.4', '17.5', '17.6')])
    S['safari-ios'] = (ja4('d', 20, 14, 'h2', 'safari'), ['Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1' % (v.replace('.', '_'), v) for v in ('17.4', '17.5', '17.6')])
    S['chrome-android'] = (ja4('d', 15, 16, 'h2', 'chrome'), ['Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Mobile Safari/537.36' % v for v in cv[3:]] + ['Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36'])
    S['python-requests'] = (ja4('d', 18, 12, 'h1', 'py-ssl-requests'), ['python-requests/%s' % v for v in ('2.28.2', '2.31.0', '2.32.3')])
    S['python-httpx'] = (ja4('d', 18, 13, 'h1', 'py-ssl-httpx'), ['python-httpx/%s' % v for v in ('0.25.2', '0.27.0', '0.27.2')])
    S['aiohttp'] = (ja4('d', 18, 12, 'h1', 'py-ssl-aiohttp'), ['Python/3.11 aiohttp/3.9.5', 'Python/3.12 aiohttp/3.10.5'])
    S['openai-python'] = (ja4('d', 18, 13, 'h1', 'py-ssl-httpx'), ['OpenAI/Python %s' % v for v in ('1.30.1', '1.35.13', '1.40.6', '1.51.0', '1.54.4')])
    S['anthropic-python'] = (ja4('d', 18, 13, 'h1', 'py-ssl-httpx'), ['Anthropic/Python %s' % v for v in ('0.28.1', '0.34.2', '0.39.0', '0.42.0')])
    S['openai-node'] = (ja4('d', 17, 12, 'h1', 'node-undici'), ['OpenAI/JS %s' % v for v in ('4.47.1', '4.56.0', '4.67.3', '4.73.0')])
    S['anthropic-node'] = (ja4('d', 17, 12, 'h1', 'node-undici'), ['Anthropic/JS %s' % v for v in ('0.24.3', '0.27.1', '0.32.1')])
    S['node-undici'] = (ja4('d', 17, 12, 'h1', 'node-undici'), ['undici', 'node', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)'])
    S['go-http'] = (ja4('d', 13, 10, 'h2', 'go-nethttp'), ['Go-http-client/2.0', 'Go-http-client/1.1'])
    S['curl'] = (ja4('d', 31, 12, 'h2', 'curl-openssl'), ['curl/%s' % v for v in ('7.81.0', '8.5.0', '8.7.1', '8.9.1')])
    S['curl-win'] = (ja4('d', 22, 9, 'h2', 'curl-schannel'), ['curl/8.4.0', 'curl/8.7.1'])
    S['okhttp'] = (ja4('d', 16, 13, 'h2', 'okhttp-conscrypt'), ['okhttp/4.12.0', 'okhttp/4.11.0'])
    S['dotnet'] = (ja4('d', 21, 10, 'h2', 'dotnet-schannel'), ['Azure.AI.OpenAI/1.0.0-beta.17 (.NET 8.0.6; Microsoft Windows 10.0.20348)', 'OpenAI/2.0.0 (.NET 8.0.8; Microsoft Windows 10.0.22631)'])
    S['java-http'] = (ja4('d', 29, 12, 'h2', 'java17'), ['Java-http-client/17.0.10', 'Java-http-client/21.0.3'])
    S['reqwest'] = (ja4('d', 9, 10, 'h2', 'rustls'), ['reqwest/0.11.27', 'async-openai/0.23.4'])
    S['ruby'] = (ja4('d', 30, 12, 'h1', 'ruby-openssl'), ['Faraday v2.9.0', 'Ruby'])
    S['ios-app'] = (ja4('d', 20, 13, 'h2', 'cfnetwork'), ['%s CFNetwork/1494.0.7 Darwin/23.4.0' % a for a in ('PocketTutor/3.2.1', 'ChatMate/1.8.0', 'Notewise/5.0.2')])
    S['android-app'] = (ja4('d', 16, 13, 'h2', 'okhttp-conscrypt'), ['PocketTutor/3.2.0 (Android 14; okhttp/4.12.0)', 'Dalvik/2.1.0 (Linux; U; Android 13; SM-A546B Build/TP1A.220624.014)'])
    S['claude-cli'] = (ja4('d', 17, 12, 'h1', 'node-undici'), ['claude-cli/%s (external, cli)' % v for v in ('0.2.9', '1.0.3', '1.0.17')])
    S['zscaler'] = (ja4('d', 11, 9, 'h1', 'zscaler-mitm'), None)  # UA is whatever the inner client sends
    S['bluecoat'] = (ja4('d', 8, 7, 'h1', 'bluecoat-mitm'), None)
    S['postman'] = (ja4('d', 17, 12, 'h1', 'node-undici'), ['PostmanRuntime/7.39.0', 'PostmanRuntime/7.41.2'])
    S['powershell'] = (ja4('d', 22, 9, 'h2', 'dotnet-schannel'), ['Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.2'])
    return S


STACKS = _stacks()
BROWSERS = ['chrome-win', 'chrome-mac', 'chrome-linux', 'edge', 'firefox', 'safari-mac', 'safari-ios', 'chrome-android']
SDKS = ['openai-python', 'anthropic-python', 'openai-node', 'anthropic-node', 'python-requests', 'python-httpx',
        'go-http', 'curl', 'dotnet', 'java-http', 'reqwest', 'aiohttp', 'ruby', 'node-undici']


class Client:
    """a client stack as one account uses it (fixed UA version mostly, sometimes upgrades)"""

    def __init__(self, rng, stack, ua=None, ja=None):
        self.stack = stack
        j, uas = STACKS[stack]
        self.ja4 = ja or j
        if ua is not None:
            self.uas = [ua]
        else:
            i = rng.randrange(len(uas))
            self.uas = [uas[i], uas[min(i + 1, len(uas) - 1)]]

    def pick(self, rng, frac):
        ua = self.uas[0] if (len(self.uas) == 1 or frac < 0.7) else self.uas[1]
        return ua, self.ja4


def wrapped_client(rng, proxy, inner):
    """TLS-intercepting proxy: JA4 of proxy, UA of the inner client"""
    c = Client(rng, inner)
    c.ja4 = STACKS[proxy][0]
    return c


def random_ja4(rng):
    kind = rng.choice(['d', 'd', 'd', 'i'])
    return 't13%s%02d%02d%s_%012x_%012x' % (kind, rng.randint(8, 31), rng.randint(8, 18), rng.choice(['h2', 'h2', 'h1', '00']),
                                            rng.getrandbits(48), rng.getrandbits(48))


def fmt_ts(t):
    import datetime
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    return d.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (d.microsecond // 1000)


def epoch(y, m, d, hh=0):
    import datetime
    return datetime.datetime(y, m, d, hh, tzinfo=datetime.timezone.utc).timestamp()
