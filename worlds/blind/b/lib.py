import os
# Shared helpers for the blind world generator (stdlib only, deterministic given rng).
import json, gzip, random, re, ipaddress, hashlib, bisect, datetime as dt

DATA = os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data'))
ASN_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv')

# ---------------------------------------------------------------- corpora

def _jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def _js(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return json.load(f)

def clean_gsm(ans):
    return re.sub(r'<<[^>]*>>', '', ans)

class Corpora:
    def __init__(self):
        o = DATA + '/corpora/organic/'
        e = DATA + '/corpora/extraction/'
        self.arena = _jl(o + 'arena-hard-v0.1.jsonl')
        self.koala = [r['prompt'] for r in _jl(o + 'koala.jsonl')]
        self.mtbench = _jl(o + 'mt-bench.jsonl')
        self.vicuna = [r['turns'][0] for r in _jl(o + 'vicuna-bench.jsonl')]
        self.user_or = _jl(o + 'self-instruct-user-oriented.jsonl')
        self.hh = []
        for r in _jl(o + 'hh-rlhf-harmless-test.jsonl.gz'):
            turns = re.findall(r'Human: (.*?)(?=\n\nAssistant:|$)', r['chosen'], re.S)
            turns = [t.strip() for t in turns if t.strip()]
            if turns:
                self.hh.append(turns)
        self.seed = _jl(e + 'self-instruct-seed-tasks.jsonl')
        self.alpaca = open(e + 'alpaca-generation-prompt.txt', encoding='utf-8').read()
        self.codegen = _js(e + 'gpteacher-codegen.json.gz')
        self.roleplay = _js(e + 'gpteacher-roleplay.json.gz')
        self.toolformer = _js(e + 'gpteacher-toolformer.json.gz')
        self.gsm_train = _jl(e + 'gsm8k-train.jsonl.gz')
        self.gsm_test = _jl(e + 'gsm8k-test.jsonl')
        self.humaneval = _jl(e + 'humaneval.jsonl.gz')
        # arena split by rough topic
        code_kw = re.compile(r'code|python|program|function|script|sql|javascript|c\+\+|rust|java|api|class |regex|bash|docker|react|css|html|typescript|kotlin|swift|algorithm', re.I)
        self.arena_code = [a['prompt'] for a in self.arena if code_kw.search(a['prompt'] + a['cluster'])]
        self.arena_other = [a['prompt'] for a in self.arena if not code_kw.search(a['prompt'] + a['cluster'])]
        self.arena_all = [a['prompt'] for a in self.arena]

    @staticmethod
    def gt_item(x):
        """GPTeacher item -> prompt text"""
        if x.get('input'):
            return x['instruction'].strip() + '\n\n' + x['input'].strip()
        return x['instruction'].strip()

    @staticmethod
    def ui_item(x, rng):
        inst = x['instances'][rng.randrange(len(x['instances']))] if x.get('instances') else {'input': ''}
        if inst.get('input'):
            return x['instruction'].strip() + '\n\n' + inst['input'].strip()
        return x['instruction'].strip()

# ---------------------------------------------------------------- network

class Net:
    GROUPS = {
        'res_us': [7922, 20115, 7018, 701, 22773, 20001, 11427, 10796, 5650, 209, 6128, 33363],
        'res_eu': [3320, 2856, 3215, 12322, 5089, 6805, 3352, 12430, 6830, 5432, 1136, 3269, 6739, 8151],
        'res_asia': [4766, 9318, 4713, 2516, 17676, 4134, 4837, 9498, 45609, 3462, 7552, 18403, 9299, 17974],
        'res_latam': [28573, 8151, 7303, 27699, 6147, 10620],
        'mobile': [21928, 22394, 20057, 6167, 55836, 45609, 12430, 3352, 16135, 9644, 4808],
        'aws': [16509, 14618],
        'gcp': [396982, 15169],
        'azure': [8075],
        'hetzner': [24940],
        'ovh': [16276],
        'do': [14061],
        'linode': [63949],
        'm247': [9009],
        'datacamp': [212238, 60068],
        'alibaba': [45102, 37963],
        'tencent': [45090, 132203],
        'oracle': [31898],
    }
    UNI_RE = re.compile(r'universit|college|institute of technology|polytechn', re.I)

    def __init__(self):
        want = {}
        for g, asns in self.GROUPS.items():
            for a in asns:
                want.setdefault(a, []).append(g)
        self.ranges = {g: [] for g in self.GROUPS}
        self.ranges['university'] = []
        self.asn_org = {}
        with open(ASN_CSV, encoding='utf-8') as f:
            for line in f:
                parts = line.rstrip('\n').split(',', 3)
                if len(parts) < 4:
                    continue
                s, e, asn, org = parts
                try:
                    asn = int(asn)
                except ValueError:
                    continue
                if asn in want:
                    for g in want[asn]:
                        self.ranges[g].append((s, e))
                elif self.UNI_RE.search(org):
                    self.ranges['university'].append((s, e))
        self.ranges = {g: sorted(v) for g, v in self.ranges.items() if v}
        self.vpn = [l.strip() for l in open(DATA + '/network/vpn-ipv4.txt') if l.strip() and not l.startswith('#')]
        self.dc = [l.strip() for l in open(DATA + '/network/datacenter-ipv4.txt') if l.strip() and not l.startswith('#')]
        self.dc6 = [l.strip() for l in open(DATA + '/network/datacenter-ipv6.txt') if l.strip() and not l.startswith('#')]

    def ip(self, rng, group):
        if group == 'vpn':
            return self._cidr(rng, rng.choice(self.vpn))
        if group == 'dc':
            return self._cidr(rng, rng.choice(self.dc))
        if group == 'dc6':
            net = ipaddress.ip_network(rng.choice(self.dc6), strict=False)
            off = rng.getrandbits(min(64, net.max_prefixlen - net.prefixlen))
            return str(net.network_address + off)
        rs = self.ranges[group]
        s, e = rs[rng.randrange(len(rs))]
        a, b = int(ipaddress.IPv4Address(s)), int(ipaddress.IPv4Address(e))
        v = rng.randint(a, b)
        if v & 0xff in (0, 255):
            v = (v & ~0xff) | rng.randint(1, 254)
            if v > b or v < a:
                v = a + (b - a) // 2
        return str(ipaddress.IPv4Address(v))

    def _cidr(self, rng, c):
        net = ipaddress.ip_network(c, strict=False)
        n = net.num_addresses
        if n <= 2:
            return str(net.network_address)
        return str(net.network_address + rng.randint(1, n - 2))

    def block(self, rng, group, size=1):
        """A NAT/egress block: returns a list of `size` addresses from one range."""
        first = self.ip(rng, group)
        base = int(ipaddress.IPv4Address(first)) & ~0x7
        return [str(ipaddress.IPv4Address(base + 1 + (i % 6))) for i in range(size)]

# ---------------------------------------------------------------- clients (UA + JA4)

JA4 = {
    'chrome': ['t13d1516h2_8daaf6152771_02713d6af862', 't13d1516h2_8daaf6152771_e5627efa2ab1', 't13d1517h2_8daaf6152771_b0da82dd1658'],
    'firefox': ['t13d1715h2_5b57614c22b0_3d5424432f57', 't13d1716h2_5b57614c22b0_eeeea6562960'],
    'safari': ['t13d2014h2_a09f3c656075_14788d8d241b', 't13d2013h2_a09f3c656075_e42f34c56612'],
    'ios': ['t13d2014h2_a09f3c656075_4c1a9e2b7d55', 't13d2015h2_a09f3c656075_8b0f2c6d1e93'],
    'okhttp': ['t13d1514h2_8daaf6152771_7b4f6b1a9c3d', 't13d1513h2_8daaf6152771_0e9c4a1f22b7'],
    'requests': ['t13d1812h1_85036bcba153_375ca2c5e164', 't13d1911h1_9dc949149365_97f8aa674fd9'],
    'httpx': ['t13d1812h1_85036bcba153_b26ce05bbdd6', 't13d1812h2_85036bcba153_b26ce05bbdd6'],
    'aiohttp': ['t13d1812h1_85036bcba153_c2e4e5d2e0f1'],
    'go': ['t13d1312h2_f57a46bbacb6_e7c285222651', 't13d1311h2_f57a46bbacb6_3f1a1cf2b1f0'],
    'node': ['t13d1713h2_5b57614c22b0_6f3c1b41b8a1', 't13d1714h2_5b57614c22b0_14d2e7a0c9e4'],
    'curl': ['t13d3112h2_e8f1e7e78f70_375ae8e18e4d', 't13d3113h2_e8f1e7e78f70_b6b3a1c5d6f1'],
    'curl_win': ['t12d2208h1_c7886603b240_9c4e3b2f2a1d', 't13d2109h1_c7886603b240_2af3c9e1b7d4'],
    'java': ['t13d4907h2_0d8feac7bc37_7395dae3b2f3', 't13d4807h2_0d8feac7bc37_a1f03c9b2e6d'],
    'dotnet': ['t13d1410h2_c8b3d7f1e2a4_5ad4c2d7b8e9'],
    'rust': ['t13d0910h2_f91f431d341e_2b6b7e5a3c1d'],
    'zscaler': ['t13d5911h2_a33745022dd6_dbd39dd1d406'],
    'paloalto': ['t12d3706h2_2b729b4bf6f3_6c1a7f9b0e12'],
    'ruby': ['t13d1812h1_85036bcba153_f0c8a3e91d27'],
    'php': ['t13d3112h1_e8f1e7e78f70_a4b5c6d7e8f9'],
}

def rand_ja4(rng):
    return 't13d%02d%02dh2_%012x_%012x' % (rng.choice([15, 16, 17, 18, 20]), rng.choice([13, 14, 15, 16, 17]),
                                           rng.getrandbits(48), rng.getrandbits(48))

def _v(rng, *parts):
    return '.'.join(str(rng.randint(a, b)) if isinstance(a, int) else a for a, b in parts)

def browser_ua(rng, kind):
    cv = rng.randint(118, 134)
    if kind == 'chrome_win':
        return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % cv
    if kind == 'chrome_mac':
        return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % cv
    if kind == 'chrome_linux':
        return 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % cv
    if kind == 'edge':
        return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0' % (cv, cv)
    if kind == 'firefox':
        fv = rng.randint(115, 133)
        os_ = rng.choice(['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10.15', 'X11; Ubuntu; Linux x86_64', 'X11; Linux x86_64'])
        return 'Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (os_, fv, fv)
    if kind == 'safari':
        sv = rng.choice(['16.6', '17.1', '17.4.1', '17.6', '18.0', '18.1', '18.3'])
        return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % sv
    if kind == 'ios':
        iv = rng.choice(['17_4', '17_5_1', '17_6', '18_0', '18_1_1', '18_2', '18_3'])
        return 'Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1' % (iv, iv.split('_')[0] + '.' + iv.split('_')[1])
    if kind == 'android':
        return 'Mozilla/5.0 (Linux; Android %d; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36' % (
            rng.randint(12, 15), rng.choice(['Pixel 7', 'Pixel 8 Pro', 'SM-S918B', 'SM-A546E', 'moto g power (2023)', '2311DRK48G', 'CPH2451']), cv)
    raise KeyError(kind)

def client(rng, stack):
    """Return dict(ua=..., ja4=..., stream_p=..., endpoint_pref=...) for a named client stack."""
    c = {'stack': stack, 'stream_p': 0.3, 'ep': None}
    if stack.startswith('browser_'):
        kind = stack[8:]
        fam = {'chrome_win': 'chrome', 'chrome_mac': 'chrome', 'chrome_linux': 'chrome', 'edge': 'chrome',
               'firefox': 'firefox', 'safari': 'safari', 'ios': 'ios', 'android': 'chrome'}[kind]
        c.update(ua=browser_ua(rng, kind), ja4=rng.choice(JA4[fam]), stream_p=0.95)
    elif stack == 'openai_py':
        c.update(ua='OpenAI/Python %d.%d.%d' % (1, rng.randint(30, 68), rng.randint(0, 12)), ja4=rng.choice(JA4['httpx']), ep='/v1/chat/completions', stream_p=0.4)
    elif stack == 'anthropic_py':
        c.update(ua='Anthropic/Python 0.%d.%d' % (rng.randint(34, 52), rng.randint(0, 4)), ja4=rng.choice(JA4['httpx']), ep='/v1/messages', stream_p=0.45)
    elif stack == 'openai_js':
        c.update(ua='OpenAI/JS %d.%d.%d' % (rng.choice([4, 5]), rng.randint(20, 80), rng.randint(0, 9)), ja4=rng.choice(JA4['node']), ep='/v1/chat/completions', stream_p=0.6)
    elif stack == 'anthropic_js':
        c.update(ua='Anthropic/JS 0.%d.%d' % (rng.randint(24, 40), rng.randint(0, 5)), ja4=rng.choice(JA4['node']), ep='/v1/messages', stream_p=0.6)
    elif stack == 'openai_go':
        c.update(ua='OpenAI/Go 0.1.0-alpha.%d' % rng.randint(30, 60), ja4=rng.choice(JA4['go']), ep='/v1/chat/completions', stream_p=0.2)
    elif stack == 'anthropic_go':
        c.update(ua='Anthropic/Go 0.2.0-alpha.%d' % rng.randint(5, 14), ja4=rng.choice(JA4['go']), ep='/v1/messages', stream_p=0.2)
    elif stack == 'openai_java':
        c.update(ua='OpenAI/Java 0.%d.%d' % (rng.randint(8, 30), rng.randint(0, 3)), ja4=rng.choice(JA4['java']), ep='/v1/chat/completions', stream_p=0.1)
    elif stack == 'openai_dotnet':
        c.update(ua='OpenAI/.NET 2.%d.0' % rng.randint(0, 2), ja4=rng.choice(JA4['dotnet']), ep='/v1/chat/completions', stream_p=0.3)
    elif stack == 'requests':
        c.update(ua='python-requests/2.%d.%d' % (rng.randint(28, 32), rng.randint(0, 3)), ja4=rng.choice(JA4['requests']), stream_p=0.02)
    elif stack == 'httpx':
        c.update(ua='python-httpx/0.%d.%d' % (rng.randint(24, 28), rng.randint(0, 2)), ja4=rng.choice(JA4['httpx']), stream_p=0.05)
    elif stack == 'aiohttp':
        c.update(ua='Python/3.%d aiohttp/3.%d.%d' % (rng.randint(10, 12), rng.randint(8, 10), rng.randint(0, 5)), ja4=rng.choice(JA4['aiohttp']), stream_p=0.05)
    elif stack == 'go':
        c.update(ua=rng.choice(['Go-http-client/2.0', 'Go-http-client/1.1']), ja4=rng.choice(JA4['go']), stream_p=0.05)
    elif stack == 'node':
        c.update(ua=rng.choice(['node', 'undici', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'axios/1.%d.%d' % (rng.randint(5, 7), rng.randint(0, 9))]), ja4=rng.choice(JA4['node']), stream_p=0.3)
    elif stack == 'curl':
        c.update(ua='curl/8.%d.%d' % (rng.randint(1, 11), rng.randint(0, 1)), ja4=rng.choice(JA4['curl']), stream_p=0.1)
    elif stack == 'curl_win':
        c.update(ua='curl/8.%d.%d' % (rng.randint(4, 10), rng.randint(0, 1)), ja4=rng.choice(JA4['curl_win']), stream_p=0.1)
    elif stack == 'powershell':
        c.update(ua='Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.%d; en-US) PowerShell/7.%d.%d' % (rng.choice([19045, 22631, 26100]), rng.randint(3, 4), rng.randint(0, 6)), ja4=rng.choice(JA4['dotnet']), stream_p=0.0)
    elif stack == 'cli_agent':
        c.update(ua=rng.choice(['aider/0.%d.%d' % (rng.randint(50, 80), rng.randint(0, 3)), 'llm/0.%d (python-httpx)' % rng.randint(13, 22), 'opencode/0.%d.%d' % (rng.randint(1, 9), rng.randint(0, 20)), 'continue-dev/0.%d.%d' % (rng.randint(8, 9), rng.randint(0, 60))]),
                 ja4=rng.choice(JA4['httpx'] + JA4['node']), stream_p=0.9)
    elif stack == 'langchain':
        c.update(ua='OpenAI/Python 1.%d.%d langchain-openai/0.%d.%d' % (rng.randint(40, 60), rng.randint(0, 9), rng.randint(1, 3), rng.randint(0, 30)), ja4=rng.choice(JA4['httpx']), ep='/v1/chat/completions', stream_p=0.3)
    elif stack == 'mobile_okhttp':
        c.update(ua='okhttp/4.%d.%d' % (rng.randint(9, 12), rng.randint(0, 3)), ja4=rng.choice(JA4['okhttp']), stream_p=0.8)
    elif stack == 'mobile_ios_app':
        app = rng.choice(['PocketChat', 'Quill', 'Ask', 'NoteMind'])
        c.update(ua='%s/%d.%d.%d CFNetwork/1568.%d.%d Darwin/24.%d.0' % (app, rng.randint(1, 4), rng.randint(0, 9), rng.randint(0, 9), rng.randint(100, 300), rng.randint(1, 9), rng.randint(0, 3)), ja4=rng.choice(JA4['ios']), stream_p=0.9)
    elif stack == 'java_http':
        c.update(ua='Java-http-client/%d.0.%d' % (rng.choice([17, 21]), rng.randint(1, 12)), ja4=rng.choice(JA4['java']), stream_p=0.05)
    elif stack == 'ruby':
        c.update(ua='Faraday v2.%d.%d' % (rng.randint(7, 12), rng.randint(0, 3)), ja4=rng.choice(JA4['ruby']), stream_p=0.1)
    elif stack == 'php':
        c.update(ua='GuzzleHttp/7 curl/8.%d.0 PHP/8.%d.%d' % (rng.randint(2, 9), rng.randint(1, 3), rng.randint(0, 20)), ja4=rng.choice(JA4['php']), stream_p=0.1)
    elif stack == 'rust':
        c.update(ua='reqwest/0.12', ja4=rng.choice(JA4['rust']), stream_p=0.4)
    elif stack == 'postman':
        c.update(ua='PostmanRuntime/7.%d.%d' % (rng.randint(36, 43), rng.randint(0, 3)), ja4=rng.choice(JA4['node']), stream_p=0.0)
    else:
        raise KeyError(stack)
    return c

# ---------------------------------------------------------------- misc

def hexid(rng, n=12):
    return '%0*x' % (n, rng.getrandbits(4 * n))

def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

def ntok(s):
    if not s:
        return 0
    return max(1, int(len(s) / 3.9))

HUMAN_HOURS = [0.15, 0.08, 0.04, 0.03, 0.03, 0.05, 0.15, 0.35, 0.6, 0.85, 1.0, 1.0, 0.9, 0.95, 1.0, 1.0, 0.95, 0.85, 0.75, 0.8, 0.85, 0.75, 0.55, 0.3]
OFFICE_HOURS = [0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.08, 0.4, 0.9, 1.0, 1.0, 0.95, 0.7, 0.9, 1.0, 1.0, 0.95, 0.7, 0.35, 0.15, 0.1, 0.07, 0.05, 0.03]
STUDENT_HOURS = [0.5, 0.35, 0.2, 0.08, 0.03, 0.02, 0.03, 0.1, 0.3, 0.55, 0.7, 0.75, 0.7, 0.8, 0.85, 0.8, 0.75, 0.7, 0.7, 0.8, 0.95, 1.0, 0.95, 0.75]
FLAT_HOURS = [1.0] * 24

def wchoice(rng, weights):
    tot = sum(weights)
    r = rng.random() * tot
    acc = 0
    for i, w in enumerate(weights):
        acc += w
        if r <= acc:
            return i
    return len(weights) - 1
