"""Shared machinery for the Y traffic-world generator (stdlib only, deterministic)."""
import csv, gzip, hashlib, ipaddress, json, math, os, random, bisect
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN_DIR = os.environ.get('ASN_DIR', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn'))


def H(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def sub_rng(seed, *names):
    return random.Random('%s|%s' % (seed, '|'.join(str(x) for x in names)))


def iso(t):
    d = datetime.fromtimestamp(t, tz=timezone.utc)
    return d.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (d.microsecond // 1000)


def epoch(y, m, d, hh=0, mm=0, ss=0):
    return datetime(y, m, d, hh, mm, ss, tzinfo=timezone.utc).timestamp()


def lognorm(rng, median, sigma):
    return median * math.exp(rng.gauss(0, sigma))


def wchoice(rng, items):
    """items: list of (value, weight)"""
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for v, w in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][0]


# ---------------------------------------------------------------- corpora
class Corpora:
    def __init__(self):
        o = DATA + '/corpora/organic/'
        e = DATA + '/corpora/extraction/'
        rl = lambda p: [json.loads(l) for l in (gzip.open(p, 'rt') if p.endswith('.gz') else open(p)) if l.strip()]
        self.koala = [x['prompt'] for x in rl(o + 'koala.jsonl')]
        self.arena = rl(o + 'arena-hard-v0.1.jsonl')
        self.mtbench = rl(o + 'mt-bench.jsonl')
        self.vicuna = [x['turns'][0] for x in rl(o + 'vicuna-bench.jsonl')]
        self.user_tasks = rl(o + 'self-instruct-user-oriented.jsonl')
        self.seed_tasks = rl(e + 'self-instruct-seed-tasks.jsonl')
        self.alpaca_prompt = open(e + 'alpaca-generation-prompt.txt').read()
        self.codegen = json.load(gzip.open(e + 'gpteacher-codegen.json.gz'))
        self.roleplay = json.load(gzip.open(e + 'gpteacher-roleplay.json.gz'))
        self.toolformer = json.load(gzip.open(e + 'gpteacher-toolformer.json.gz'))
        self.gsm_train = rl(e + 'gsm8k-train.jsonl.gz')
        self.gsm_test = rl(e + 'gsm8k-test.jsonl')
        self.humaneval = rl(e + 'humaneval.jsonl.gz')
        # hh-rlhf: list of human turn lists (+chosen/rejected assistant finals)
        self.hh = []
        for x in rl(o + 'hh-rlhf-harmless-test.jsonl.gz'):
            turns = self._split_hh(x['chosen'])
            rej = self._split_hh(x['rejected'])
            humans = [t for r, t in turns if r == 'H']
            if humans:
                ca = [t for r, t in turns if r == 'A']
                ra = [t for r, t in rej if r == 'A']
                self.hh.append({'humans': humans, 'chosen': ca[-1] if ca else '', 'rejected': ra[-1] if ra else ''})
        self.arena_code = [a['prompt'] for a in self.arena if any(k in a['prompt'].lower() for k in
                           ('python', 'code', 'function', 'c++', 'sql', 'javascript', 'rust', 'script', 'program'))]
        self.arena_other = [a['prompt'] for a in self.arena if a['prompt'] not in set(self.arena_code)]
        # traces (ContextTokens, GeneratedTokens)
        self.trace_code = self._trace('AzureLLMInferenceTrace_code.csv')
        self.trace_conv = self._trace('AzureLLMInferenceTrace_conv.csv')

    @staticmethod
    def _split_hh(s):
        out = []
        parts = s.split('\n\n')
        cur = None
        for p in parts:
            if p.startswith('Human:'):
                cur = ['H', p[6:].strip()]
                out.append(cur)
            elif p.startswith('Assistant:'):
                cur = ['A', p[10:].strip()]
                out.append(cur)
            elif cur is not None and p.strip():
                cur[1] += '\n\n' + p
        return [(r, t) for r, t in out if t]

    def _trace(self, name):
        rows = []
        with open(DATA + '/traces/' + name) as f:
            r = csv.reader(f)
            next(r)
            for row in r:
                rows.append((int(row[1]), int(row[2])))
        return rows

    @staticmethod
    def gsm_clean(ans):
        import re
        a = re.sub(r'<<[^>]*>>', '', ans)
        return a.replace('#### ', 'Answer: ')


# ---------------------------------------------------------------- network
class Net:
    RES = {  # country -> [(asn, weight)] residential / fixed broadband
        'US': [(7922, 5), (7018, 4), (20115, 3), (22773, 2), (701, 2), (11427, 1)],
        'CA': [(577, 3), (812, 3), (6327, 2), (852, 2)],
        'GB': [(2856, 4), (5607, 2), (5089, 3)],
        'DE': [(3320, 5), (3209, 3), (6805, 1), (8881, 1)],
        'FR': [(3215, 4), (12322, 3)],
        'ES': [(3352, 1)], 'IT': [(3269, 1)], 'NL': [(1136, 2), (33915, 2)],
        'CH': [(3303, 1)], 'SE': [(3301, 1)], 'NO': [(2119, 1)], 'BE': [(5432, 1)], 'PL': [(5617, 1)],
        'AU': [(1221, 3), (4804, 2)], 'JP': [(4713, 2), (2516, 2), (17676, 2), (2497, 1)],
        'KR': [(4766, 3), (9318, 2), (17858, 1), (3786, 1)], 'IN': [(24560, 2), (55836, 3), (45609, 2), (17488, 1)],
        'BR': [(26599, 2), (27699, 1), (28573, 2), (18881, 1)], 'MX': [(8151, 1)], 'AR': [(7303, 1)],
        'SG': [(9506, 1)], 'TW': [(3462, 1)], 'TR': [(9121, 1)], 'RU': [(12389, 1)], 'CN': [(4134, 3), (4837, 2)],
        'VN': [(7552, 2), (18403, 1)], 'ID': [(7713, 1)], 'PH': [(9299, 1)], 'TH': [(45758, 1)], 'ZA': [(37457, 1)],
        'EG': [(8452, 1)], 'KE': [(33771, 1)],
    }
    MOBILE = {
        'US': [(21928, 3), (22394, 2), (20057, 2)], 'IN': [(55836, 3), (45609, 2), (38266, 1)],
        'ID': [(23693, 1)], 'KE': [(33771, 1)], 'GB': [(2856, 1)], 'DE': [(3320, 1)], 'VN': [(7552, 1)],
        'CN': [(9808, 1), (56040, 1)], 'BR': [(26599, 1)], 'FR': [(3215, 1)], 'JP': [(2516, 1)], 'KR': [(4766, 1)],
        'MX': [(8151, 1)], 'SG': [(4773, 1)], 'PH': [(9299, 1)],
    }
    CLOUD = {'aws': [16509, 14618], 'gcp': [396982, 15169], 'azure': [8075], 'oracle': [31898],
             'do': [14061], 'hetzner': [24940], 'ovh': [16276], 'linode': [63949], 'vultr': [20473],
             'alibaba': [45102], 'tencent': [45090, 132203], 'huawei': [136907], 'contabo': [51167],
             'scaleway': [12876], 'leaseweb': [60781], 'm247': [9009], 'datacamp': [60068, 212238],
             'clouvider': [62240], 'hostroyale': [203020], 'packethub': [147049, 136787], 'latitude': [396356],
             'tiernet': [397423], 'cherry': [16125], 'zscaler': [22616, 62044, 53813], 'netskope': [55256],
             'paloalto': [54538], 'cloudflare': [13335], 'proton': [208172, 199218, 62371], 'mullvad': [216025],
             'starlink': [40714]}
    UNI = {'umich': 36375, 'mit': 3, 'stanford': 32, 'berkeley': 25, 'cmu': 9, 'toronto': 239, 'jisc': 786,
           'dfn': 680, 'switch': 559, 'cernet': 4538, 'aarnet': 7575, 'unimelb': 10148, 'monash': 56132,
           'snu': 9488, 'kyoto': 2504, 'utexas': 18, 'gatech': 2637, 'uw': 73, 'cornell': 26, 'purdue': 17,
           'uiuc': 38, 'osu': 159, 'stuttgart': 553, 'rutgers': 46}

    def __init__(self):
        want = set()
        for d in (self.RES, self.MOBILE):
            for lst in d.values():
                want.update(a for a, _ in lst)
        for lst in self.CLOUD.values():
            want.update(lst)
        want.update(self.UNI.values())
        self.v4 = {}
        self.v6 = {}
        for fn, store, cls in (('asn-ipv4.csv', self.v4, ipaddress.IPv4Address),
                               ('asn-ipv6.csv', self.v6, ipaddress.IPv6Address)):
            with open(os.path.join(ASN_DIR, fn)) as f:
                for row in csv.reader(f):
                    a = int(row[2])
                    if a in want:
                        lo = int(cls(row[0])); hi = int(cls(row[1]))
                        store.setdefault(a, []).append((lo, hi))
        for store in (self.v4, self.v6):
            for a, rs in store.items():
                cum = []
                t = 0
                for lo, hi in rs:
                    t += min(hi - lo + 1, 1 << 24) ** 0.5  # sqrt-weighting: don't let one /8 dominate
                    cum.append(t)
                store[a] = (rs, cum, t)
        self.dc4 = self._cidrs(DATA + '/network/datacenter-ipv4.txt')
        self.dc6 = self._cidrs(DATA + '/network/datacenter-ipv6.txt')
        self.vpn4 = self._cidrs(DATA + '/network/vpn-ipv4.txt')

    @staticmethod
    def _cidrs(p):
        out = []
        for l in open(p):
            l = l.split('#')[0].strip()
            if not l:
                continue
            try:
                out.append(ipaddress.ip_network(l, strict=False))
            except ValueError:
                pass
        return out

    def _pick_range(self, rng, store, asn):
        rs, cum, t = store[asn]
        i = bisect.bisect_left(cum, rng.random() * t)
        return rs[min(i, len(rs) - 1)]

    def asn_ip(self, rng, asn, v6=False):
        store = self.v6 if v6 else self.v4
        if asn not in store:
            store = self.v4
        lo, hi = self._pick_range(rng, store, asn)
        if store is self.v6:
            # pick a /64 inside the range, then a host with SLAAC-like/privacy iid
            span = hi - lo
            base = lo + (rng.randrange(0, span + 1) if span < (1 << 62) else rng.getrandbits(62))
            base = (base >> 64) << 64
            if base < lo:
                base = lo
            return str(ipaddress.IPv6Address(base | rng.getrandbits(64)))
        if hi - lo > 4:
            x = rng.randint(lo + 1, hi - 1)
            if x & 0xff in (0, 255):
                x = (x & ~0xff) | rng.randint(2, 250)
                x = min(max(x, lo), hi)
        else:
            x = lo
        return str(ipaddress.IPv4Address(x))

    def subnet_ip(self, rng, ip, bits=24):
        """another host in the same /bits"""
        a = ipaddress.ip_address(ip)
        if a.version == 4:
            net = ipaddress.ip_network('%s/%d' % (ip, bits), strict=False)
            return str(net.network_address + rng.randint(2, min(net.num_addresses - 2, 250)))
        net = ipaddress.ip_network('%s/64' % ip, strict=False)
        return str(net.network_address + rng.getrandbits(64))

    def cidr_ip(self, rng, cidrs):
        n = rng.choice(cidrs)
        if n.num_addresses <= 2:
            return str(n.network_address)
        if n.version == 6:
            off = rng.getrandbits(min(64, n.max_prefixlen - n.prefixlen)) if n.prefixlen < 128 else 0
            return str(n.network_address + off)
        return str(n.network_address + rng.randint(1, n.num_addresses - 2))

    def res_ip(self, rng, country, v6_prob=0.0):
        lst = self.RES.get(country) or self.RES['US']
        asn = wchoice(rng, lst)
        return self.asn_ip(rng, asn, v6=rng.random() < v6_prob), asn

    def mobile_ip(self, rng, country):
        lst = self.MOBILE.get(country) or self.MOBILE['US']
        asn = wchoice(rng, lst)
        return self.asn_ip(rng, asn, v6=rng.random() < 0.25)

    def cloud_ip(self, rng, provider, v6=False):
        return self.asn_ip(rng, rng.choice(self.CLOUD[provider]), v6=v6)

    def uni_ip(self, rng, uni):
        return self.asn_ip(rng, self.UNI[uni])


# ---------------------------------------------------------------- client stacks (TLS JA4 + UA)
def ja4(key, nc, ne, alpn='h2', ver='13', sni='d', proto='t'):
    return '%s%s%s%02d%02d%s_%s_%s' % (proto, ver, sni, nc, ne, alpn, H('c:' + key), H('e:' + key))


CHROME_JA4 = 't13d1516h2_8daaf6152771_02713d6af862'
CHROME_JA4_B = 't13d1517h2_8daaf6152771_b6f405a00624'
FIREFOX_JA4 = 't13d1715h2_5b57614c22b0_3d5424432f57'
SAFARI_JA4 = 't13d2014h2_a09f3c656075_14788d8d241b'

JA4 = {
    'chrome': CHROME_JA4, 'chrome_b': CHROME_JA4_B, 'firefox': FIREFOX_JA4, 'safari': SAFARI_JA4,
    'edge': CHROME_JA4_B,
    'py_ossl30': ja4('python-openssl-3.0', 18, 12, 'h1'),
    'py_ossl3x': ja4('python-openssl-3.2', 17, 12, 'h1'),
    'py_ossl11': ja4('python-openssl-1.1.1', 18, 11, 'h1'),
    'py_h2': ja4('python-openssl-3.0-h2', 18, 12, 'h2'),
    'py_noalpn': ja4('python-openssl-3.0-noalpn', 18, 11, '00'),
    'node18': ja4('node-18', 16, 10, 'h1'), 'node20': ja4('node-20', 16, 10, 'h1'), 'node22': ja4('node-22', 15, 10, 'h1'),
    'node_noalpn': ja4('node-20-fetch', 16, 9, '00'),
    'go': ja4('go-crypto-tls-1.22', 13, 12, 'h2'), 'go_h1': ja4('go-crypto-tls-1.22-h1', 13, 12, 'h1'),
    'go_old': ja4('go-crypto-tls-1.20', 13, 11, 'h2'),
    'curl_ossl': ja4('curl-8-openssl-3', 31, 12, 'h2'), 'curl_schannel': ja4('curl-8-schannel', 12, 10, 'h2', ver='13'),
    'curl_mac': ja4('curl-8-libressl', 26, 10, 'h2'),
    'okhttp': ja4('android-conscrypt-okhttp4', 16, 13, 'h2'),
    'java17': ja4('jdk17-jsse', 40, 16, 'h1'), 'java21': ja4('jdk21-jsse', 37, 16, 'h2'),
    'dotnet_win': ja4('schannel-win11-dotnet8', 12, 11, 'h2'),
    'rustls': ja4('rustls-0.23', 9, 10, 'h2'),
    'ruby': ja4('ruby-openssl-3', 30, 11, '00'),
    'php': ja4('php-curl-openssl', 31, 12, 'h1'),
    'cfnetwork': ja4('ios-cfnetwork-18', 20, 13, 'h2'),
    'zscaler': ja4('zscaler-zia-proxy', 14, 9, 'h2', ver='12'),
    'netskope': ja4('netskope-proxy', 18, 10, 'h1'),
    'paloalto': ja4('panos-decrypt', 22, 9, 'h1', ver='12'),
}


class Stacks:
    """Per-world UA generation; versions depend on the world's calendar."""

    def __init__(self, months_since_2024_11):
        m = months_since_2024_11
        self.chrome = 131 + m
        self.ff = 133 + m
        self.m = m

    def ua(self, rng, kind):
        c, f = self.chrome, self.ff
        cv = rng.choice([c, c, c, c - 1, c - 2, c - 4])
        fv = rng.choice([f, f, f - 1, f - 2])
        pyv = rng.choice(['3.10.12', '3.11.9', '3.11.11', '3.12.3', '3.12.8', '3.13.1'])
        oa_py = '1.%d.%d' % (rng.choice([54, 57, 58, 59, 61, 63, 66, 68, 70, 75, 80, 86, 93, 99]), rng.randint(0, 6)) if self.m > 15 \
            else '1.%d.%d' % (rng.choice([51, 54, 57, 58, 59, 61]), rng.randint(0, 6))
        an_py = '0.%d.%d' % (rng.choice([39, 40, 42, 45, 49, 52, 55, 59, 61, 64]), rng.randint(0, 3))
        t = {
            'chrome_win': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % cv,
            'chrome_mac': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % cv,
            'chrome_linux': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % cv,
            'chrome_android': 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36' % cv,
            'edge_win': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0' % (cv, cv),
            'firefox_win': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (fv, fv),
            'firefox_linux': 'Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (fv, fv),
            'firefox_mac': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (fv, fv),
            'safari_mac': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % rng.choice(['26.1', '26.2', '26.0.1', '18.6']),
            'safari_ios': 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1' % rng.choice(['26.1', '26.2', '18.6']),
            'openai_py': 'OpenAI/Python %s' % oa_py,
            'anthropic_py': 'Anthropic/Python %s' % an_py,
            'openai_js': 'OpenAI/JS %s' % rng.choice(['4.77.0', '4.85.1', '5.8.2', '5.12.0', '5.16.1', '5.20.0']),
            'anthropic_js': 'Anthropic/JS %s' % rng.choice(['0.39.0', '0.52.0', '0.56.0', '0.60.0', '0.65.0']),
            'requests': 'python-requests/%s' % rng.choice(['2.31.0', '2.32.3', '2.32.4', '2.28.1']),
            'httpx': 'python-httpx/%s' % rng.choice(['0.27.0', '0.27.2', '0.28.1']),
            'aiohttp': 'Python/%s aiohttp/%s' % (pyv[:4], rng.choice(['3.9.5', '3.10.10', '3.11.11'])),
            'urllib': 'Python-urllib/%s' % pyv[:4],
            'undici': 'undici', 'node_fetch': 'node-fetch', 'axios': 'axios/%s' % rng.choice(['1.7.7', '1.7.9', '1.8.4']),
            'go2': 'Go-http-client/2.0', 'go1': 'Go-http-client/1.1',
            'curl': 'curl/%s' % rng.choice(['8.5.0', '8.9.1', '8.11.1', '7.81.0', '8.12.1']),
            'curl_win': 'curl/%s' % rng.choice(['8.4.0', '8.7.1', '8.10.1']),
            'okhttp': 'okhttp/%s' % rng.choice(['4.12.0', '4.11.0', '5.0.0-alpha.14']),
            'java': 'Java-http-client/%s' % rng.choice(['17.0.12', '21.0.5', '17.0.9']),
            'dotnet': 'OpenAI/%s (.NET %s; Microsoft Windows 10.0.%s)' % (rng.choice(['2.1.0', '2.2.0-beta.1']), rng.choice(['8.0.11', '9.0.1']), rng.choice(['22631', '26100', '19045'])),
            'ruby': 'Faraday v%s' % rng.choice(['2.9.0', '2.10.1', '2.12.2']),
            'php': 'GuzzleHttp/7',
            'postman': 'PostmanRuntime/%s' % rng.choice(['7.39.0', '7.42.0', '7.43.0']),
            'httpie': 'HTTPie/%s' % rng.choice(['3.2.2', '3.2.4']),
            'litellm': 'litellm/%s' % rng.choice(['1.52.6', '1.61.3', '1.67.0']),
        }
        if kind in t:
            return t[kind]
        return kind
