"""Shared helpers: corpora, client stacks, IP picking, record emission."""
import gzip, json, hashlib, ipaddress, math, random, re, os, csv
from datetime import datetime, timedelta, timezone

D = os.path.join(os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data')), 'corpora')


def _jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def _js(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return json.load(f)


def clean_gsm(a):
    return re.sub(r'<<[^>]*>>', '', a)


class Corpora:
    def __init__(self):
        self.koala = [r['prompt'] for r in _jl(f'{D}/organic/koala.jsonl')]
        self.arena = _jl(f'{D}/organic/arena-hard-v0.1.jsonl')
        self.mtbench = _jl(f'{D}/organic/mt-bench.jsonl')
        self.vicuna = [r['turns'][0] for r in _jl(f'{D}/organic/vicuna-bench.jsonl')]
        self.hh = []
        for r in _jl(f'{D}/organic/hh-rlhf-harmless-test.jsonl.gz'):
            turns = [t.split('\n\nAssistant:')[0].strip() for t in r['chosen'].split('\n\nHuman:')[1:]]
            turns = [t for t in turns if 3 < len(t) < 600]
            if turns:
                self.hh.append(turns)
        self.useror = []
        for r in _jl(f'{D}/organic/self-instruct-user-oriented.jsonl'):
            inst = r['instances'][0]['input'] if r['instances'] else ''
            self.useror.append((r['motivation_app'], r['instruction'], inst))
        self.seed = _jl(f'{D}/extraction/self-instruct-seed-tasks.jsonl')
        self.alpaca = open(f'{D}/extraction/alpaca-generation-prompt.txt').read()
        self.codegen = _js(f'{D}/extraction/gpteacher-codegen.json.gz')
        self.roleplay = _js(f'{D}/extraction/gpteacher-roleplay.json.gz')
        self.toolformer = _js(f'{D}/extraction/gpteacher-toolformer.json.gz')
        self.gsm_train = _jl(f'{D}/extraction/gsm8k-train.jsonl.gz')
        self.gsm_test = _jl(f'{D}/extraction/gsm8k-test.jsonl')
        self.humaneval = _jl(f'{D}/extraction/humaneval.jsonl.gz')
        self.arena_code = [r['prompt'] for r in self.arena if re.search(r'(?i)code|python|script|function|sql|program|c\+\+|javascript|rust|api|bug', r['prompt'])]
        self.arena_other = [r['prompt'] for r in self.arena if r['prompt'] not in set(self.arena_code)]


def load_trace(path):
    rows = []
    with open(path) as f:
        rd = csv.reader(f)
        next(rd)
        for r in rd:
            rows.append((int(r[1]), int(r[2])))
    return rows


# ---------------------------------------------------------------- client stacks
def _h(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def ja4(a, key):
    return f'{a}_{_h("b" + key)}_{_h("c" + key)}'


CHROME_JA4 = ['t13d1516h2_8daaf6152771_02713d6af862', 't13d1516h2_8daaf6152771_e5627efa2ab1',
              't13d1517h2_8daaf6152771_b0da82dd1658']
FIREFOX_JA4 = ['t13d1715h2_5b57614c22b0_3d5424432f57', 't13d1716h2_5b57614c22b0_eeeea6562960']
SAFARI_JA4 = ['t13d2014h2_a09f3c656075_14788d8d241b', 't13d2013h2_a09f3c656075_7f0f34a4126d']

OSES_WIN = ['Windows NT 10.0; Win64; x64']
OSES_MAC = ['Macintosh; Intel Mac OS X 10_15_7']
OSES_LIN = ['X11; Linux x86_64', 'X11; Ubuntu; Linux x86_64']


def ua_chrome(r, edge=False, os_=None):
    v = r.randint(126, 134)
    o = os_ or r.choice(OSES_WIN * 3 + OSES_MAC * 2 + OSES_LIN)
    s = f'Mozilla/5.0 ({o}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36'
    if edge:
        s += f' Edg/{v}.0.{r.randint(2000, 2900)}.{r.randint(40, 120)}'
    return s


def ua_firefox(r):
    v = r.randint(125, 133)
    o = r.choice(['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10.15', 'X11; Linux x86_64', 'X11; Ubuntu; Linux x86_64'])
    return f'Mozilla/5.0 ({o}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0'


def ua_safari(r):
    v = r.choice(['17.4.1', '17.5', '17.6', '18.0', '18.1', '18.2'])
    return f'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v} Safari/605.1.15'


def ua_ios_safari(r):
    v = r.choice(['17_5', '17_6_1', '18_0', '18_1_1', '18_2'])
    return f'Mozilla/5.0 (iPhone; CPU iPhone OS {v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v.split("_")[0]}.{v.split("_")[1]} Mobile/15E148 Safari/604.1'


def ua_android_chrome(r):
    v = r.randint(126, 134)
    dev = r.choice(['SM-S918B', 'Pixel 8', 'Pixel 7a', 'SM-A546E', '2311DRK48G', 'CPH2581'])
    return f'Mozilla/5.0 (Linux; Android {r.choice([13, 14, 15])}; {dev}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36'


PYV = ['3.9', '3.10', '3.11', '3.12', '3.13']

# name -> (kind, endpoint pref, ja4 list, ua fn)
STACKS = {
    'chrome': ('browser', 'any', CHROME_JA4, lambda r: ua_chrome(r)),
    'edge': ('browser', 'any', CHROME_JA4[:2], lambda r: ua_chrome(r, edge=True, os_=OSES_WIN[0])),
    'firefox': ('browser', 'any', FIREFOX_JA4, ua_firefox),
    'safari': ('browser', 'any', SAFARI_JA4, ua_safari),
    'ios-safari': ('mobile', 'any', SAFARI_JA4, ua_ios_safari),
    'android-chrome': ('mobile', 'any', CHROME_JA4[:2], ua_android_chrome),
    'openai-python': ('sdk', 'chat', [ja4('t13d4412h1', 'py-openssl3.0'), ja4('t13d4412h1', 'py-openssl3.2'), ja4('t13d4512h2', 'httpx-h2')],
                      lambda r: f'OpenAI/Python 1.{r.randint(35, 59)}.{r.randint(0, 3)}'),
    'anthropic-python': ('sdk', 'messages', [ja4('t13d4412h1', 'py-openssl3.0'), ja4('t13d4412h1', 'py-openssl3.2')],
                         lambda r: f'Anthropic/Python 0.{r.randint(34, 49)}.{r.randint(0, 2)}'),
    'openai-node': ('sdk', 'chat', [ja4('t13d5812h1', 'node20'), ja4('t13d5812h1', 'node22')],
                    lambda r: f'OpenAI/JS 4.{r.randint(52, 79)}.{r.randint(0, 4)}'),
    'anthropic-ts': ('sdk', 'messages', [ja4('t13d5812h1', 'node20'), ja4('t13d5812h1', 'node22')],
                     lambda r: f'Anthropic/JS 0.{r.randint(27, 37)}.{r.randint(0, 1)}'),
    'anthropic-go': ('sdk', 'messages', [ja4('t13d1312h2', 'go1.22'), ja4('t13d1312h2', 'go1.23')],
                     lambda r: f'Anthropic/Go 0.2.0-alpha.{r.randint(4, 9)}'),
    'openai-java': ('sdk', 'chat', [ja4('t13d4613h2', 'okhttp-jdk17')], lambda r: f'OpenAI/Java 0.{r.randint(8, 14)}.0'),
    'openai-dotnet': ('sdk', 'chat', [ja4('t13d1110h2', 'schannel-win11'), ja4('t13d1410h2', 'dotnet-openssl')],
                      lambda r: f'OpenAI/2.1.0 (.NET 8.0.{r.randint(2, 11)}; Microsoft Windows 10.0.22631)'),
    'python-requests': ('script', 'any', [ja4('t13d4412h1', 'py-openssl3.0'), ja4('t13d4412h1', 'py-openssl1.1')],
                        lambda r: f'python-requests/2.{r.randint(28, 32)}.{r.randint(0, 3)}'),
    'httpx': ('script', 'any', [ja4('t13d4412h1', 'py-openssl3.0'), ja4('t13d4512h2', 'httpx-h2')],
              lambda r: f'python-httpx/0.{r.randint(25, 28)}.{r.randint(0, 1)}'),
    'aiohttp': ('script', 'any', [ja4('t13d4412h1', 'py-openssl3.2')],
                lambda r: f'Python/{r.choice(PYV)} aiohttp/3.{r.randint(8, 11)}.{r.randint(0, 9)}'),
    'node-fetch': ('script', 'any', [ja4('t13d5812h1', 'node20'), ja4('t13d5812h1', 'node22')], lambda r: r.choice(['node', 'undici'])),
    'axios': ('script', 'any', [ja4('t13d5812h1', 'node18')], lambda r: f'axios/1.{r.randint(6, 7)}.{r.randint(0, 9)}'),
    'go-http': ('script', 'any', [ja4('t13d1312h2', 'go1.22'), ja4('t13d1312h2', 'go1.23'), ja4('t13d1311h2', 'go1.21')],
                lambda r: r.choice(['Go-http-client/2.0', 'Go-http-client/1.1'])),
    'rust-reqwest': ('script', 'any', [ja4('t13d0910h2', 'rustls0.23')], lambda r: r.choice(['', 'reqwest/0.12.9', 'async-openai/0.26'])),
    'curl': ('cli', 'any', [ja4('t13d3112h2', 'curl-openssl3'), ja4('t13d3113h2', 'curl-openssl3.3')],
             lambda r: f'curl/8.{r.randint(4, 11)}.{r.randint(0, 1)}'),
    'curl-windows': ('cli', 'any', [ja4('t12d1209h2', 'schannel-win10'), ja4('t13d1110h2', 'schannel-win11')],
                     lambda r: f'curl/8.{r.randint(4, 9)}.{r.randint(0, 1)}'),
    'httpie': ('cli', 'any', [ja4('t13d4412h1', 'py-openssl3.0')], lambda r: f'HTTPie/3.2.{r.randint(1, 4)}'),
    'cli-tool': ('cli', 'chat', [ja4('t13d4412h1', 'py-openssl3.2'), ja4('t13d5812h1', 'node22')],
                 lambda r: r.choice([f'llm/0.{r.randint(13, 19)}', f'shell-gpt/1.4.{r.randint(0, 4)}', f'OpenAI/Python 1.{r.randint(40, 58)}.0', f'aichat/0.2{r.randint(0, 5)}.0'])),
    'agent-cli': ('cli', 'messages', [ja4('t13d5812h1', 'node22'), ja4('t13d5812h1', 'bun1.1')],
                  lambda r: r.choice([f'Anthropic/JS 0.{r.randint(30, 37)}.0', f'codeagent/1.{r.randint(0, 9)}.{r.randint(0, 30)} (external, cli)'])),
    'okhttp': ('mobile', 'chat', [ja4('t13d1514h2', 'conscrypt-a14'), ja4('t13d1514h2', 'conscrypt-a13')],
               lambda r: f'okhttp/4.{r.randint(9, 12)}.{r.randint(0, 3)}'),
    'ios-app': ('mobile', 'any', [SAFARI_JA4[0], ja4('t13d2014h2', 'cfnetwork')],
                lambda r: f'{r.choice(["PocketChat", "Quillr", "AskDeck"])}/{r.randint(1, 4)}.{r.randint(0, 9)} CFNetwork/{r.choice(["1496.0.7", "1498.700.2", "1568.100.1"])} Darwin/{r.choice(["23.4.0", "23.6.0", "24.1.0"])}'),
    'java-http': ('script', 'any', [ja4('t13d4613h2', 'jdk21')], lambda r: f'Java-http-client/{r.choice(["17.0.9", "21.0.2", "21.0.5"])}'),
    'langchain': ('sdk', 'chat', [ja4('t13d4412h1', 'py-openssl3.0'), ja4('t13d4412h1', 'py-openssl3.2')],
                  lambda r: f'OpenAI/Python 1.{r.randint(30, 55)}.{r.randint(0, 2)}'),
    # odd stacks: TLS terminated by a corporate proxy (JA4 is the proxy's, UA is the app's)
    'zscaler-chrome': ('browser', 'any', [ja4('t13d1011h2', 'zscaler-ztunnel')], lambda r: ua_chrome(r, os_=OSES_WIN[0])),
    'bluecoat-sdk': ('sdk', 'chat', [ja4('t12d1108h1', 'bluecoat-sg')], lambda r: f'OpenAI/Python 1.{r.randint(30, 50)}.0'),
    'unity-wrapper': ('mobile', 'chat', [ja4('t13d1514h2', 'conscrypt-a14')],
                      lambda r: f'UnityPlayer/2022.3.{r.randint(10, 40)}f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)'),
    'electron-app': ('browser', 'any', CHROME_JA4[:1], lambda r: f'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) NoteNest/3.{r.randint(0, 9)}.1 Chrome/{r.randint(120, 128)}.0.0.0 Electron/{r.randint(29, 32)}.1.0 Safari/537.36'),
    'powershell': ('cli', 'any', [ja4('t13d1110h2', 'schannel-win11')], lambda r: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.5'),
}

SERVER_SDKS = ['openai-python', 'anthropic-python', 'openai-node', 'anthropic-ts', 'anthropic-go', 'openai-java', 'openai-dotnet', 'langchain']
BROWSERS = ['chrome', 'chrome', 'chrome', 'edge', 'firefox', 'safari']
MOBILE = ['ios-safari', 'android-chrome', 'ios-app', 'okhttp']
SCRIPTS = ['python-requests', 'httpx', 'aiohttp', 'node-fetch', 'axios', 'go-http', 'rust-reqwest', 'java-http']


class Client:
    """A concrete client installation: fixed UA string + JA4."""
    __slots__ = ('stack', 'ua', 'ja4', 'endpoint')

    def __init__(self, r, stack, ua=None, ja4_=None, endpoint=None):
        kind, ep, j, uaf = STACKS[stack]
        self.stack = stack
        self.ua = ua if ua is not None else uaf(r)
        self.ja4 = ja4_ if ja4_ is not None else r.choice(j)
        if endpoint is None:
            endpoint = {'chat': '/v1/chat/completions', 'messages': '/v1/messages'}.get(ep) or r.choice(['/v1/chat/completions', '/v1/messages'])
        self.endpoint = endpoint


# ---------------------------------------------------------------- IPs
class IPs:
    def __init__(self, pools):
        self.v4 = {}
        for k, v in pools['v4'].items():
            cat, org, cc = k.split('|')
            self.v4.setdefault(cat, []).append((org, cc, v))
        self.v6 = pools['v6']
        self.vpn = pools['vpn']
        self.dc = pools['dc']

    def pick_org(self, r, cat, cc=None):
        lst = self.v4[cat]
        if cc:
            l2 = [x for x in lst if x[1] == cc]
            if l2:
                lst = l2
        return r.choice(lst)

    @staticmethod
    def _from_ranges(r, ranges):
        s, e = r.choice(ranges)
        if e - s < 3:
            return str(ipaddress.IPv4Address(max(s, e)))
        return str(ipaddress.IPv4Address(r.randint(s + 1, e - 1)))

    def ip(self, r, cat, cc=None):
        org, c, ranges = self.pick_org(r, cat, cc)
        return self._from_ranges(r, ranges), c

    def ip_in_org(self, r, org_tuple):
        return self._from_ranges(r, org_tuple[2])

    def vpn_ip(self, r):
        return self._from_ranges(r, self.vpn)

    def dc_ip(self, r):
        return self._from_ranges(r, self.dc)

    def v6_ip(self, r, org):
        s, e = r.choice(self.v6[org])
        a, b = int(ipaddress.IPv6Address(s)), int(ipaddress.IPv6Address(e))
        base = r.randint(a, b) & ~((1 << 64) - 1)
        return str(ipaddress.IPv6Address(base | r.getrandbits(64)))


# ---------------------------------------------------------------- time
TZ = {'US': -6, 'CA': -5, 'GB': 0, 'DE': 1, 'FR': 1, 'NL': 1, 'CH': 1, 'BE': 1, 'SE': 1, 'PL': 1, 'RO': 2, 'TR': 3,
      'IN': 5.5, 'VN': 7, 'CN': 8, 'PH': 8, 'KR': 9, 'JP': 9, 'AU': 10, 'BR': -3, 'CO': -5, 'MX': -6, 'SG': 8}
HOUR_W = [0.15, 0.08, 0.05, 0.04, 0.04, 0.08, 0.2, 0.45, 0.8, 1.0, 1.05, 1.0, 0.85, 0.95, 1.0, 1.0, 0.95, 0.85,
          0.7, 0.75, 0.8, 0.75, 0.55, 0.3]
NIGHT_W = [0.6, 0.5, 0.35, 0.2, 0.1, 0.08, 0.1, 0.2, 0.35, 0.5, 0.6, 0.7, 0.7, 0.7, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0, 1.0, 1.0, 0.95, 0.8]


def fmt(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + f'{t.microsecond // 1000:03d}Z'


def local_time(r, day0, ndays, cc, weights=HOUR_W, weekend=0.55, day=None):
    """random UTC datetime in the period, diurnal in the country's local time"""
    off = TZ.get(cc, 0)
    for _ in range(20):
        d = day if day is not None else r.randrange(ndays)
        h = r.choices(range(24), weights)[0]
        t = day0 + timedelta(days=d, hours=h - off, minutes=r.random() * 60)
        if (t + timedelta(hours=off)).weekday() >= 5 and r.random() > weekend:
            continue
        break
    lo, hi = day0, day0 + timedelta(days=ndays)
    if t < lo:
        t += timedelta(days=1)
    if t >= hi - timedelta(hours=1):
        t -= timedelta(days=1)
    return t


def tok(s):
    return max(1, int(len(s) / 3.7))


def rid(r, prefix, n=20):
    return prefix + ''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))
