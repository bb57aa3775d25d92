"""Shared machinery for blind worlds (E). stdlib only, deterministic given a seed."""
import csv, gzip, json, hashlib, ipaddress, math, os, random, bisect
from datetime import datetime, timedelta, timezone

DATA = os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data'))
ASN_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv')


def _jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def _js(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return json.load(f)


class Corpora:
    def __init__(self):
        c = DATA + '/corpora/'
        self.koala = [r['prompt'] for r in _jl(c + 'organic/koala.jsonl')]
        self.arena = _jl(c + 'organic/arena-hard-v0.1.jsonl')
        self.mtbench = _jl(c + 'organic/mt-bench.jsonl')
        self.vicuna = [r['turns'][0] for r in _jl(c + 'organic/vicuna-bench.jsonl')]
        self.userorient = _jl(c + 'organic/self-instruct-user-oriented.jsonl')
        hh = _jl(c + 'organic/hh-rlhf-harmless-test.jsonl.gz')
        self.hh_pairs = hh
        self.hh_threads = []
        for r in hh:
            parts = r['chosen'].split('\n\nHuman: ')
            turns = []
            for p in parts[1:]:
                h = p.split('\n\nAssistant:')
                if h[0].strip():
                    turns.append((h[0].strip(), h[1].strip() if len(h) > 1 else None))
            if turns:
                self.hh_threads.append(turns)
        self.seeds = _jl(c + 'extraction/self-instruct-seed-tasks.jsonl')
        self.codegen = _js(c + 'extraction/gpteacher-codegen.json.gz')
        self.roleplay = _js(c + 'extraction/gpteacher-roleplay.json.gz')
        self.toolformer = _js(c + 'extraction/gpteacher-toolformer.json.gz')
        self.gsm_train = _jl(c + 'extraction/gsm8k-train.jsonl.gz')
        self.gsm_test = _jl(c + 'extraction/gsm8k-test.jsonl')
        self.humaneval = _jl(c + 'extraction/humaneval.jsonl.gz')
        self.arena_code = [r['prompt'] for r in self.arena if any(k in r['prompt'].lower() for k in ('python', 'code', 'function', 'sql', 'javascript', 'c++', 'rust', 'script', 'program'))]
        self.arena_other = [r['prompt'] for r in self.arena if r['prompt'] not in set(self.arena_code)]
        self.general = self.koala + self.vicuna + [r['prompt'] for r in self.arena] + [t for r in self.mtbench for t in r['turns'][:1]]
        self.traces_conv = self._trace('conv')
        self.traces_code = self._trace('code')

    def _trace(self, kind):
        out = []
        with open(DATA + '/traces/AzureLLMInferenceTrace_%s.csv' % kind) as f:
            r = csv.reader(f)
            next(r)
            for row in r:
                out.append((int(row[1]), int(row[2])))
        return out


class Net:
    """IP pools from real ASN ranges and the shared datacenter/VPN lists."""
    def __init__(self):
        self.by_asn = {}
        with open(ASN_CSV) as f:
            for row in csv.reader(f):
                try:
                    a = int(row[2])
                except ValueError:
                    continue
                s = int(ipaddress.IPv4Address(row[0])); e = int(ipaddress.IPv4Address(row[1]))
                if e - s < 16:
                    continue
                self.by_asn.setdefault(a, []).append((s, e))
        self.dc = self._cidrs(DATA + '/network/datacenter-ipv4.txt')
        self.vpn = self._cidrs(DATA + '/network/vpn-ipv4.txt')
        self.dc6 = []
        with open(DATA + '/network/datacenter-ipv6.txt') as f:
            for l in f:
                l = l.strip()
                if l and not l.startswith('#'):
                    try:
                        n = ipaddress.IPv6Network(l, strict=False)
                        self.dc6.append(n)
                    except ValueError:
                        pass

    def _cidrs(self, p):
        out = []
        with open(p) as f:
            for l in f:
                l = l.strip()
                if l and not l.startswith('#'):
                    try:
                        n = ipaddress.IPv4Network(l, strict=False)
                        out.append((int(n.network_address), int(n.broadcast_address)))
                    except ValueError:
                        pass
        return out

    @staticmethod
    def _pick(rng, ranges):
        s, e = rng.choice(ranges)
        return str(ipaddress.IPv4Address(rng.randint(s + 1, max(s + 1, e - 1))))

    def asn(self, rng, *asns):
        rs = []
        for a in asns:
            rs += self.by_asn.get(a, [])
        return self._pick(rng, rs)

    def datacenter(self, rng):
        return self._pick(rng, self.dc)

    def vpnip(self, rng):
        return self._pick(rng, self.vpn)

    def dc6ip(self, rng, net=None):
        n = net or rng.choice(self.dc6)
        base = int(n.network_address)
        size = n.num_addresses
        off = rng.randrange(1, min(size, 2 ** 64) - 1) if size > 2 else 0
        return str(ipaddress.IPv6Address(base + off))


# residential / mobile / cloud ASNs by purpose
RES = {
    'US': [7922, 20115, 22773, 7018, 10796, 11427, 33363], 'DE': [3320, 3209, 8767], 'GB': [2856, 5400],
    'FR': [3215, 15557], 'IN': [24560, 45609, 9498], 'KR': [9318, 3786, 4766], 'JP': [2516, 4725, 17676],
    'CA': [812, 577, 855], 'AU': [1221, 7474], 'BR': [26599, 27699, 28573], 'VN': [7552, 45899],
    'NL': [1136, 33915], 'ES': [3352, 12479], 'IT': [3269, 20746], 'PL': [12912], 'NZ': [4771, 4648],
    'TR': [15924, 8386], 'PH': [4775, 132199], 'TH': [7470], 'EG': [36992], 'CH': [3303], 'HU': [5483],
    'RO': [12302], 'AR': [22927], 'CN': [4134, 4837, 4812], 'SG': [7474], 'BG': [8717, 8866], 'AT': [8447],
}
MOBILE = {'US': [21928, 6167], 'IN': [55836, 55410], 'PH': [132199], 'DE': [3209], 'GB': [2856], 'BR': [28573],
          'VN': [7552], 'PL': [12912], 'TR': [15924]}
CLOUD = {'aws': [16509, 14618, 8987], 'azure': [8075, 8069], 'gcp': [396982, 15169], 'oracle': [31898, 54253],
         'do': [14061], 'hetzner': [24940], 'ovh': [16276], 'alibaba': [45102, 134963, 37963], 'tencent': [45090],
         'akamai': [63949, 36183], 'm247': [9009, 16247], 'datacamp': [212238, 60068]}
UNIV = {'ucsd': [7377], 'stuttgart': [553], 'arizona': [1706], 'ubc': [393249], 'kangwon': [17862],
        'toronto': [239], 'texas': [3354], 'purdue': [17], 'melbourne': [10148], 'pukyong': [9708],
        'berkeley': [25], 'sfu': [11105], 'virginia': [225]}
TZ = {'US': -6, 'DE': 1, 'GB': 0, 'FR': 1, 'IN': 5.5, 'KR': 9, 'JP': 9, 'CA': -5, 'AU': 10, 'BR': -3, 'VN': 7,
      'NL': 1, 'ES': 1, 'IT': 1, 'PL': 1, 'NZ': 12, 'TR': 3, 'PH': 8, 'TH': 7, 'EG': 2, 'CH': 1, 'HU': 1,
      'RO': 2, 'AR': -3, 'CN': 8, 'SG': 8, 'BG': 2, 'AT': 1}


def h(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- client stacks
def _ja4(proto, tlsver, sni, nc, ne, alpn, tag):
    return '%s%s%s%02d%02d%s_%s_%s' % (proto, tlsver, sni, nc, ne, alpn, h('c' + tag), h('e' + tag))


CHROME_VERS = ['122.0.0.0', '123.0.0.0', '124.0.0.0', '125.0.0.0', '126.0.0.0', '127.0.0.0']
OS_STR = ['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64']


def _chrome_ua(r):
    return 'Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36' % (r.choice(OS_STR), r.choice(CHROME_VERS))


def _edge_ua(r):
    v = r.choice(CHROME_VERS)
    return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36 Edg/%s' % (v, v)


def _ff_ua(r):
    v = r.choice(['123.0', '124.0', '125.0', '126.0', '115.0'])
    return 'Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Firefox/%s' % (r.choice(['Windows NT 10.0; Win64; x64', 'X11; Ubuntu; Linux x86_64', 'Macintosh; Intel Mac OS X 14.4']), v, v)


def _safari_ua(r):
    return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % r.choice(['17.3', '17.4', '17.4.1', '17.5'])


def _ios_ua(r):
    v = r.choice(['17_3', '17_4', '17_5', '16_7'])
    return 'Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1' % (v, v.replace('_', '.'))


def _android_ua(r):
    return 'Mozilla/5.0 (Linux; Android %s; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Mobile Safari/537.36' % (r.choice(['13', '14']), r.choice(['SM-S918B', 'Pixel 7', 'Pixel 8 Pro', 'SM-A546E', '2201116SG', 'CPH2451']), r.choice(CHROME_VERS))


def _pyos(r):
    return r.choice(['Linux', 'MacOS', 'Windows'])


STACKS = {
    # name: (ja4 list, ua fn, endpoint pref (chat share), stream prob)
    'chrome': ([_ja4('t', '13', 'd', 15, 16, 'h2', 'chrome')], _chrome_ua, 0.5, 0.9),
    'edge': ([_ja4('t', '13', 'd', 15, 16, 'h2', 'chrome')], _edge_ua, 0.5, 0.9),
    'firefox': ([_ja4('t', '13', 'd', 17, 15, 'h2', 'firefox')], _ff_ua, 0.5, 0.9),
    'safari': ([_ja4('t', '13', 'd', 20, 14, 'h2', 'safari')], _safari_ua, 0.5, 0.9),
    'ios-safari': ([_ja4('t', '13', 'd', 20, 14, 'h2', 'safari-ios')], _ios_ua, 0.5, 0.9),
    'android-chrome': ([_ja4('t', '13', 'd', 15, 16, 'h2', 'chrome-android')], _android_ua, 0.5, 0.9),
    'py-requests': ([_ja4('t', '13', 'd', 18, 12, 'h1', 'py-openssl3'), _ja4('t', '13', 'd', 18, 13, 'h1', 'py-openssl11')],
                    lambda r: 'python-requests/%s' % r.choice(['2.31.0', '2.32.3', '2.28.2']), 0.7, 0.1),
    'py-httpx': ([_ja4('t', '13', 'd', 18, 12, 'h2', 'py-openssl3')], lambda r: 'python-httpx/%s' % r.choice(['0.27.0', '0.26.0']), 0.6, 0.3),
    'aiohttp': ([_ja4('t', '13', 'd', 18, 12, 'h1', 'py-openssl3')], lambda r: 'Python/3.%d aiohttp/3.9.%d' % (r.choice([10, 11, 12]), r.randint(1, 5)), 0.8, 0.1),
    'openai-py': ([_ja4('t', '13', 'd', 18, 12, 'h1', 'py-openssl3'), _ja4('t', '13', 'd', 18, 13, 'h1', 'py-openssl11')],
                  lambda r: 'OpenAI/Python %s' % r.choice(['1.30.1', '1.35.10', '1.40.2', '1.42.0']), 1.0, 0.4),
    'anthropic-py': ([_ja4('t', '13', 'd', 18, 12, 'h1', 'py-openssl3')], lambda r: 'Anthropic/Python %s' % r.choice(['0.28.0', '0.31.2', '0.34.1']), 0.0, 0.5),
    'openai-node': ([_ja4('t', '13', 'd', 59, 11, 'h1', 'node20'), _ja4('t', '13', 'd', 59, 12, 'h1', 'node22')],
                    lambda r: 'OpenAI/JS %s' % r.choice(['4.47.1', '4.52.0', '4.56.0']), 1.0, 0.6),
    'anthropic-ts': ([_ja4('t', '13', 'd', 59, 11, 'h1', 'node20')], lambda r: 'Anthropic/JS %s' % r.choice(['0.22.0', '0.24.3', '0.27.1']), 0.0, 0.6),
    'undici': ([_ja4('t', '13', 'd', 59, 11, 'h2', 'node20-undici')], lambda r: r.choice(['undici', 'node']), 0.8, 0.3),
    'axios': ([_ja4('t', '13', 'd', 59, 11, 'h1', 'node18')], lambda r: 'axios/%s' % r.choice(['1.6.8', '1.7.2']), 0.8, 0.1),
    'go': ([_ja4('t', '13', 'd', 13, 12, 'h2', 'go121'), _ja4('t', '13', 'd', 13, 11, 'h2', 'go122')], lambda r: 'Go-http-client/2.0', 0.7, 0.0),
    'go-openai': ([_ja4('t', '13', 'd', 13, 12, 'h2', 'go121')], lambda r: 'go-openai/%s' % r.choice(['1.24.1', '1.26.0']), 1.0, 0.2),
    'curl': ([_ja4('t', '13', 'd', 31, 12, 'h2', 'curl-openssl')], lambda r: 'curl/%s' % r.choice(['8.5.0', '8.7.1', '7.81.0']), 0.6, 0.1),
    'curl-win': ([_ja4('t', '12', 'd', 13, 8, 'h1', 'schannel')], lambda r: 'curl/8.%d.0' % r.choice([4, 7, 8]), 0.6, 0.0),
    'java-okhttp': ([_ja4('t', '13', 'd', 17, 14, 'h2', 'okhttp-conscrypt')], lambda r: 'okhttp/%s' % r.choice(['4.12.0', '4.11.0']), 0.7, 0.2),
    'openai-java': ([_ja4('t', '13', 'd', 45, 10, 'h1', 'jdk17')], lambda r: 'OpenAI/Java 0.%d.%d' % (r.randint(8, 11), r.randint(0, 3)), 1.0, 0.1),
    'java-http': ([_ja4('t', '13', 'd', 45, 10, 'h2', 'jdk21')], lambda r: 'Java-http-client/%s' % r.choice(['17.0.10', '21.0.2']), 0.6, 0.1),
    'dart': ([_ja4('t', '13', 'd', 17, 11, 'h1', 'boringssl-dart')], lambda r: 'Dart/3.%d (dart:io)' % r.randint(2, 4), 0.8, 0.5),
    'rust-reqwest': ([_ja4('t', '13', 'd', 10, 9, 'h2', 'rustls')], lambda r: r.choice(['reqwest/0.12.4', 'async-openai/0.23.0']), 0.8, 0.3),
    'langchain': ([_ja4('t', '13', 'd', 18, 12, 'h1', 'py-openssl3')], lambda r: 'langchain-openai/0.1.%d OpenAI/Python 1.3%d.0' % (r.randint(7, 20), r.randint(0, 9)), 1.0, 0.3),
    'litellm': ([_ja4('t', '13', 'd', 18, 12, 'h2', 'py-openssl3')], lambda r: 'litellm/1.4%d.%d' % (r.randint(0, 4), r.randint(0, 9)), 0.7, 0.3),
    'cli-agent': ([_ja4('t', '13', 'd', 59, 11, 'h2', 'node22')], lambda r: 'claude-cli/%s (external, cli)' % r.choice(['0.2.9', '0.2.14', '1.0.3']), 0.0, 1.0),
    'aider': ([_ja4('t', '13', 'd', 18, 12, 'h1', 'py-openssl3')], lambda r: 'aider/0.%d.0 litellm' % r.randint(40, 50), 0.6, 1.0),
    'postman': ([_ja4('t', '13', 'd', 59, 11, 'h1', 'node18')], lambda r: 'PostmanRuntime/7.%d.%d' % (r.randint(36, 39), r.randint(0, 5)), 0.7, 0.0),
    # corporate TLS-intercepting proxy re-originates every connection: proxy JA4, client UA
    'zscaler': ([_ja4('t', '12', 'd', 24, 9, 'h1', 'zscaler')], None, 0.6, 0.3),
    'bluecoat': ([_ja4('t', '12', 'i', 30, 7, '00', 'bluecoat')], None, 0.6, 0.2),
    # randomised: a fresh uTLS-like print each session
    'utls-rand': (None, None, 0.5, 0.7),
    'php-guzzle': ([_ja4('t', '13', 'd', 31, 12, 'h1', 'curl-php')], lambda r: 'GuzzleHttp/7 curl/8.%d.0 PHP/8.%d.%d' % (r.randint(1, 6), r.randint(1, 3), r.randint(0, 20)), 0.8, 0.0),
    'r-httr2': ([_ja4('t', '13', 'd', 31, 12, 'h2', 'curl-openssl')], lambda r: 'httr2/1.0.%d r-curl/5.2.%d libcurl/8.%d.0' % (r.randint(0, 2), r.randint(0, 1), r.randint(4, 7)), 0.8, 0.0),
    'unity': ([_ja4('t', '12', 'd', 19, 10, '00', 'unity-mbed')], lambda r: 'UnityPlayer/2022.3.%df1 (UnityWebRequest/1.0, libcurl/8.%d.0-DEV)' % (r.randint(10, 30), r.randint(1, 5)), 0.8, 0.0),
}


class Client:
    __slots__ = ('stack', 'ja4', 'ua', 'chat_share', 'stream_p')

    def __init__(self, rng, stack, ua_override=None, ja4_override=None):
        ja4s, uafn, cs, sp = STACKS[stack]
        self.stack = stack
        if ja4_override:
            self.ja4 = ja4_override
        elif ja4s is None:
            self.ja4 = _ja4('t', '13', 'd', rng.randint(12, 20), rng.randint(11, 17), rng.choice(['h2', 'h1']), 'rnd%d' % rng.randint(0, 10 ** 9))
        else:
            self.ja4 = rng.choice(ja4s)
        if ua_override is not None:
            self.ua = ua_override
        elif uafn is None:
            self.ua = rng.choice([_chrome_ua, _edge_ua, lambda r: 'OpenAI/Python 1.35.3', lambda r: 'python-requests/2.31.0'])(rng)
        else:
            self.ua = uafn(rng)
        self.chat_share = cs
        self.stream_p = sp


# ---------------------------------------------------------------- text helpers
def toks(s):
    if not s:
        return 0
    return max(1, int(len(s) / 3.7))


def gsm_final(ans):
    return ans.split('####')[-1].strip()


def gsm_clean(ans):
    import re
    return re.sub(r'<<[^>]*>>', '', ans.split('####')[0]).strip()


GENERIC_OPEN = ['Sure! ', 'Great question. ', '', 'Here is a breakdown. ', 'Certainly. ', 'Good idea to ask. ', '']
GENERIC_BODY = [
    'There are a few things to consider here. First, the context matters: what works in one setting may not work in another.',
    'The short answer is that it depends on your goals, but the most common approach is outlined below.',
    'Let me walk through the main points and then give a recommendation.',
    'Below are the key considerations, followed by a concrete suggestion you can adapt.',
    'Here is a structured answer, with the most important point first.',
]
GENERIC_LIST = ['Start with the simplest option and measure the result.', 'Keep the scope small at first.',
                'Check the documentation for edge cases.', 'Write down your assumptions explicitly.',
                'Compare at least two alternatives before committing.', 'Ask someone with domain experience to review it.',
                'Revisit the decision once you have more data.', 'Be consistent with naming and formatting.',
                'Avoid optimising prematurely.', 'Test the result on a realistic example.']


def synth_response(rng, prompt, kind='general', ref=None, steps=False, length=1.0):
    if ref:
        if steps:
            lines = [l for l in ref.split('\n') if l.strip()]
            body = '\n'.join('Step %d: %s' % (i + 1, l) for i, l in enumerate(lines))
            return rng.choice(['Let me work through this carefully.\n\n', 'Reasoning step by step:\n\n', '']) + body
        return ref
    if kind == 'code':
        return (rng.choice(GENERIC_OPEN) + 'Here is an implementation:\n\n```python\ndef solve(data):\n    result = []\n    for item in data:\n        if item is None:\n            continue\n        result.append(transform(item))\n    return result\n```\n\n'
                + rng.choice(['It runs in O(n) time.', 'Let me know if you need tests.', 'You may want to add error handling for invalid input.']))
    n = max(2, int(rng.randint(3, 7) * length))
    items = rng.sample(GENERIC_LIST, min(n, len(GENERIC_LIST)))
    return rng.choice(GENERIC_OPEN) + rng.choice(GENERIC_BODY) + '\n\n' + '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(items))


def iso(dt):
    return dt.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (dt.microsecond // 1000)


# ---------------------------------------------------------------- world
class World:
    def __init__(self, seed, start, days, corp, net):
        self.rng = random.Random(seed)
        self.seed = seed
        self.start = start
        self.days = days
        self.end = start + timedelta(days=days)
        self.C = corp
        self.N = net
        self.inter = []
        self.accounts = []
        self.labels = []
        self.n_acct = 0
        self.n_req = 0
        self.n_conv = 0
        self.persona_counts = {}
        self.campaign_counts = {}

    # ids
    def acct_id(self):
        self.n_acct += 1
        return 'acct_' + h('%d-a-%d' % (self.seed, self.n_acct), 14)

    def conv_id(self):
        self.n_conv += 1
        return 'conv_' + h('%d-c-%d' % (self.seed, self.n_conv), 16)

    def add_account(self, label, persona, campaign=None, created_at=None, org_id=None, email_domain='gmail.com',
                    payment=None, signup_ip=None, country='US', tier='build', verified=False, n_keys=1):
        aid = self.acct_id()
        if created_at is None:
            created_at = self.start - timedelta(days=self.rng.uniform(5, 500))
        self.accounts.append({'account_id': aid, 'created_at': iso(created_at), 'org_id': org_id, 'email_domain': email_domain,
                              'payment_fingerprint': payment, 'signup_ip': signup_ip, 'country': country, 'tier': tier,
                              'verified': verified})
        self.labels.append({'account_id': aid, 'label': label, 'campaign': campaign, 'persona': persona})
        self.persona_counts[(label, campaign, persona)] = self.persona_counts.get((label, campaign, persona), 0) + 1
        keys = ['key_' + h(aid + str(i), 12) for i in range(n_keys)]
        return {'id': aid, 'keys': keys, 'created': created_at, 'country': country}

    def card(self, tag):
        return 'pf_' + h('%d-card-%s' % (self.seed, tag), 20)

    # timing
    def human_time(self, tzoff, pattern='day', after=None, before=None):
        """Sample a time weighted by local hour-of-day. pattern: day, office, evening, night, flat."""
        r = self.rng
        lo = after or self.start
        hi = before or self.end
        span = (hi - lo).total_seconds()
        if span <= 0:
            return lo
        for _ in range(40):
            t = lo + timedelta(seconds=r.uniform(0, span))
            lt = t + timedelta(hours=tzoff)
            hr = lt.hour + lt.minute / 60.0
            wd = lt.weekday()
            if pattern == 'flat':
                w = 1.0
            elif pattern == 'office':
                w = (1.0 if 8.5 <= hr <= 18.5 else 0.05) * (1.0 if wd < 5 else 0.08)
            elif pattern == 'evening':
                w = 1.0 if (18 <= hr <= 24 or hr < 1.5) else (0.35 if 10 <= hr < 18 else 0.04)
                w *= 1.3 if wd >= 5 else 1.0
            elif pattern == 'night':
                w = 1.0 if (hr >= 21 or hr < 4) else 0.3
            else:  # day
                w = 0.04 if hr < 7 else (0.6 if hr < 9 else (1.0 if hr < 23 else 0.3))
                w *= 0.7 if wd >= 5 else 1.0
            if r.random() < w:
                return t
        return t

    def emit(self, acct, ts, ip, client, prompt, *, model, system=None, conv=None, turn=None, tools=None,
             response=None, in_extra=0, out_tokens=None, reasoning=None, max_tokens=None, temperature=None,
             stream=None, status=None, endpoint=None, key=None, err_rate=0.02, rl_rate=0.0):
        r = self.rng
        if ts < self.start or ts >= self.end:
            return None
        if endpoint is None:
            endpoint = '/v1/chat/completions' if r.random() < client.chat_share else '/v1/messages'
        if status is None:
            x = r.random()
            if x < rl_rate:
                status = 429
            elif x < rl_rate + err_rate * 0.6:
                status = 400
            elif x < rl_rate + err_rate:
                status = r.choice([500, 529, 503]) if endpoint == '/v1/messages' else r.choice([500, 503])
            else:
                status = 200
        if endpoint == '/v1/messages' and max_tokens is None:
            max_tokens = r.choice([1024, 2048, 4096, 8192])
        in_tok = toks(system) + toks(prompt) + in_extra + (len(tools) * 120 if tools else 0) + r.randint(3, 12)
        if out_tokens is None:
            out_tokens = int(toks(response) * r.uniform(0.9, 1.15)) if response else r.randint(40, 600)
        if max_tokens:
            out_tokens = min(out_tokens, max_tokens)
        if status != 200:
            response_o = None; out_o = 0; reas_o = None if reasoning is None else 0
            lat = r.randint(30, 400) if status in (400, 429) else r.randint(2000, 60000)
        else:
            response_o = response; out_o = max(1, out_tokens); reas_o = reasoning
            tps = r.uniform(45, 110)
            lat = int(r.uniform(250, 1400) + (out_o + (reasoning or 0)) / tps * 1000 + in_tok * 0.02)
        self.n_req += 1
        rec = {'id': 'req_' + h('%d-r-%d' % (self.seed, self.n_req), 20), 'ts': iso(ts), 'account_id': acct['id'],
               'api_key_id': key or acct['keys'][0], 'ip': ip, 'user_agent': client.ua, 'tls_ja4': client.ja4,
               'endpoint': endpoint, 'model': model, 'conversation_id': conv, 'turn': turn, 'system': system,
               'prompt': prompt, 'tool_names': tools, 'response': response_o, 'input_tokens': in_tok,
               'output_tokens': out_o, 'reasoning_tokens': reas_o, 'max_tokens': max_tokens,
               'temperature': temperature, 'stream': (r.random() < client.stream_p) if stream is None else stream,
               'status': status, 'latency_ms': lat}
        self.inter.append(rec)
        return rec

    def write(self, outdir, title, notes):
        os.makedirs(outdir, exist_ok=True)
        r = random.Random(self.seed + 1)
        inter = list(self.inter)
        r.shuffle(inter)  # not guaranteed sorted
        with gzip.open(os.path.join(outdir, 'interactions.jsonl.gz'), 'wt', encoding='utf-8') as f:
            for rec in inter:
                f.write(json.dumps(rec, ensure_ascii=False) + '\n')
        with open(os.path.join(outdir, 'accounts.jsonl'), 'w') as f:
            for a in self.accounts:
                f.write(json.dumps(a) + '\n')
        with open(os.path.join(outdir, 'labels.jsonl'), 'w') as f:
            for l in self.labels:
                f.write(json.dumps(l) + '\n')
        # counts
        per_acct = {}
        for rec in self.inter:
            per_acct[rec['account_id']] = per_acct.get(rec['account_id'], 0) + 1
        lab = {l['account_id']: l for l in self.labels}
        agg = {}
        for l in self.labels:
            k = (l['label'], l['campaign'], l['persona'])
            a = agg.setdefault(k, [0, 0])
            a[0] += 1
            a[1] += per_acct.get(l['account_id'], 0)
        n_att = sum(1 for l in self.labels if l['label'] == 'attack')
        att_req = sum(v for k, v in per_acct.items() if lab[k]['label'] == 'attack')
        lines = ['# ' + title, '', 'Seed %d; period %s to %s (%d days).' % (self.seed, iso(self.start), iso(self.end), self.days), '',
                 'Totals: %d interactions, %d accounts, %d attack accounts (%d attack interactions).' % (len(self.inter), len(self.accounts), n_att, att_req), '',
                 notes, '', '## Counts (label / campaign / persona: accounts, interactions)', '']
        for k in sorted(agg, key=lambda k: (k[0], str(k[1]), str(k[2]))):
            lines.append('- %s / %s / %s: %d accounts, %d interactions' % (k[0], k[1] or '-', k[2], agg[k][0], agg[k][1]))
        with open(os.path.join(outdir, 'WORLD.md'), 'w') as f:
            f.write('\n'.join(lines) + '\n')
        return len(self.inter), len(self.accounts), n_att, att_req
