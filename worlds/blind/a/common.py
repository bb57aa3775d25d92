"""Shared infrastructure for blind world generation (stdlib only)."""
import bisect, io, csv, gzip, hashlib, ipaddress, json, math, os, random
from datetime import datetime, timedelta, timezone

DATA = os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data'))
ASN_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv')


def H(*parts, n=12):
    return hashlib.sha256('|'.join(str(p) for p in parts).encode()).hexdigest()[:n]


def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)


# ---------------------------------------------------------------- corpora
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
        self.koala = [x['prompt'] for x in _jl(c + 'organic/koala.jsonl')]
        self.arena = _jl(c + 'organic/arena-hard-v0.1.jsonl')
        self.mtbench = _jl(c + 'organic/mt-bench.jsonl')
        self.vicuna = [x['turns'][0] for x in _jl(c + 'organic/vicuna-bench.jsonl')]
        hh = _jl(c + 'organic/hh-rlhf-harmless-test.jsonl.gz')
        self.hh = []  # list of lists of human turns
        for d in hh:
            turns = [seg.split('\n\nAssistant:')[0].strip() for seg in d['chosen'].split('\n\nHuman:')[1:]]
            turns = [t for t in turns if t]
            if turns:
                self.hh.append(turns)
        self.user_oriented = _jl(c + 'organic/self-instruct-user-oriented.jsonl')
        self.seed_tasks = _jl(c + 'extraction/self-instruct-seed-tasks.jsonl')
        self.alpaca_prompt = open(c + 'extraction/alpaca-generation-prompt.txt', encoding='utf-8').read()
        self.codegen = _js(c + 'extraction/gpteacher-codegen.json.gz')
        self.roleplay = _js(c + 'extraction/gpteacher-roleplay.json.gz')
        self.toolformer = _js(c + 'extraction/gpteacher-toolformer.json.gz')
        self.gsm_train = _jl(c + 'extraction/gsm8k-train.jsonl.gz')
        self.gsm_test = _jl(c + 'extraction/gsm8k-test.jsonl')
        self.humaneval = _jl(c + 'extraction/humaneval.jsonl.gz')
        self.arena_clusters = {}
        for a in self.arena:
            self.arena_clusters.setdefault(a['cluster'], []).append(a['prompt'])
        # traces: output-token distributions
        self.conv_out, self.code_out, self.conv_in, self.code_in = [], [], [], []
        for name, o, i in (('conv', self.conv_out, self.conv_in), ('code', self.code_out, self.code_in)):
            with open(DATA + '/traces/AzureLLMInferenceTrace_%s.csv' % name) as f:
                r = csv.reader(f); next(r)
                for row in r:
                    i.append(int(row[1])); o.append(int(row[2]))

    def organic_prompt(self, rng, kind='mixed'):
        r = rng.random()
        if kind == 'tech':
            return rng.choice(self.arena)['prompt']
        if r < 0.22:
            return rng.choice(self.koala)
        if r < 0.45:
            return rng.choice(self.arena)['prompt']
        if r < 0.55:
            return rng.choice(self.vicuna)
        if r < 0.80:
            return rng.choice(self.hh)[0]
        if r < 0.92:
            return self.user_task(rng)
        return rng.choice(self.mtbench)['turns'][0]

    def user_task(self, rng):
        t = rng.choice(self.user_oriented)
        inst = rng.choice(t['instances']) if t.get('instances') else {'input': ''}
        inp = inst.get('input', '')
        return t['instruction'] + ('\n\n' + inp if inp else '')


# ---------------------------------------------------------------- networks
RESI = {
    'US': [7922, 20115, 701, 7018, 22773, 20001, 6128],
    'DE': [3320, 3209, 6805], 'GB': [2856, 5089, 5607], 'FR': [3215, 12322, 15557],
    'ES': [3352, 12479], 'IN': [55836, 9498, 24560], 'JP': [2516, 4713, 17676],
    'KR': [4766, 9318], 'CA': [812, 577, 5769], 'AU': [1221, 4739], 'BR': [28573, 18881, 27699],
    'VN': [7552, 45899], 'NL': [1136, 33915], 'PL': [5617, 12741], 'IT': [3269, 30722],
    'SG': [9506, 4773], 'MX': [8151], 'TR': [9121], 'ID': [7713, 17974], 'CN': [4134, 4837],
}
MOBILE = {'US': [21928, 22394, 20057], 'GB': [25135], 'DE': [3209], 'IN': [55836, 45609],
          'JP': [9605], 'BR': [26599], 'ID': [23693], 'FR': [51207]}
CLOUD = {'aws': [16509, 14618], 'gcp': [396982, 15169], 'azure': [8075], 'do': [14061],
         'hetzner': [24940], 'ovh': [16276], 'linode': [63949], 'vultr': [20473], 'oracle': [31898],
         'alibaba': [45102], 'tencent': [45090, 132203]}
PROXY = {'m247': [9009], 'datacamp': [212238], 'leaseweb': [60781, 7203], 'choopa': [20473],
         'hostwinds': [54290], 'psychz': [40676]}
TZ = {'US': -6, 'DE': 1, 'GB': 0, 'FR': 1, 'ES': 1, 'IN': 5.5, 'JP': 9, 'KR': 9, 'CA': -5, 'AU': 10,
      'BR': -3, 'VN': 7, 'NL': 1, 'PL': 1, 'IT': 1, 'SG': 8, 'MX': -6, 'TR': 3, 'ID': 7, 'CN': 8}


class Net:
    def __init__(self):
        want = set()
        for d in (RESI, MOBILE, CLOUD, PROXY):
            for v in d.values():
                want.update(v)
        self.by_asn = {}
        self.unis = []
        with open(ASN_CSV) as f:
            for row in csv.reader(f):
                a = int(row[2]) if row[2].isdigit() else 0
                s, e = int(ipaddress.IPv4Address(row[0])), int(ipaddress.IPv4Address(row[1]))
                if e - s < 255:
                    continue
                if a in want:
                    self.by_asn.setdefault(a, []).append((s, e))
                elif 'universit' in row[3].lower() and e - s >= 1023:
                    self.unis.append((s, e, row[3]))
        self.vpn = []
        with open(DATA + '/network/vpn-ipv4.txt') as f:
            for l in f:
                l = l.strip()
                if '/' in l:
                    n = ipaddress.ip_network(l, strict=False)
                    self.vpn.append((int(n.network_address), int(n.broadcast_address)))

    def _from(self, rng, asns):
        asns = [a for a in asns if a in self.by_asn]
        rs = self.by_asn[rng.choice(asns)]
        s, e = rng.choice(rs)
        return str(ipaddress.IPv4Address(rng.randint(s + 1, e - 1)))

    def resi(self, rng, cc):
        return self._from(rng, RESI.get(cc, RESI['US']))

    def mobile(self, rng, cc):
        return self._from(rng, MOBILE.get(cc, MOBILE['US']))

    def cloud(self, rng, prov=None):
        prov = prov or rng.choice(list(CLOUD))
        return self._from(rng, CLOUD[prov])

    def proxy(self, rng):
        if rng.random() < 0.5:
            s, e = rng.choice(self.vpn)
            return str(ipaddress.IPv4Address(rng.randint(s, e) if e > s else s))
        return self._from(rng, [a for v in PROXY.values() for a in v])

    def uni(self, rng):
        s, e, name = rng.choice(self.unis)
        return s, e, name

    def addr_in(self, rng, s, e):
        return str(ipaddress.IPv4Address(rng.randint(s + 1, min(e - 1, s + 4000))))

    def v6_resi(self, rng):
        return '2a02:%x:%x:%x::%x' % (rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xffff))


# ---------------------------------------------------------------- client stacks
def ja4(tag, cc, ec, alpn='h2', ver='13'):
    return 't%sd%02d%02d%s_%s_%s' % (ver, cc, ec, alpn, H('c', tag), H('e', tag))


JA4 = {
    'chrome': 't13d1516h2_8daaf6152771_02713d6af862',
    'chrome2': 't13d1517h2_8daaf6152771_b0da82dd1658',
    'firefox': 't13d1715h2_5b57614c22b0_3d5424432f57',
    'safari': 't13d2014h2_a09f3c656075_14788d8d241b',
    'ios_urlsession': 't13d2013h2_a09f3c656075_7f0f34a4126d',
    'okhttp': ja4('okhttp4', 16, 13, 'h2'),
    'py_requests': ja4('py-ossl3-noalpn', 31, 11, '00'),
    'py_requests_ossl11': ja4('py-ossl11-noalpn', 30, 10, '00'),
    'httpx': ja4('py-ossl3-httpx', 31, 12, 'h1'),
    'httpx_h2': ja4('py-ossl3-httpx-h2', 31, 12, 'h2'),
    'aiohttp': ja4('py-aiohttp', 31, 11, '00'),
    'node': ja4('node20-undici', 52, 10, 'h1'),
    'node18': ja4('node18-undici', 51, 10, 'h1'),
    'bun': ja4('bun1', 14, 12, 'h1'),
    'go': ja4('go-crypto-tls', 13, 11, 'h2'),
    'go_h1': ja4('go-crypto-tls-h1', 13, 10, 'h1'),
    'curl': ja4('curl-ossl3', 31, 12, 'h2'),
    'curl_win': ja4('curl-schannel', 19, 10, 'h2'),
    'curl_mac': ja4('curl-securetransport', 27, 12, 'h2'),
    'java': ja4('java17-httpclient', 41, 12, 'h2'),
    'reqwest': ja4('rustls-0.23', 9, 11, 'h2'),
    'dotnet': ja4('dotnet8-schannel', 22, 11, 'h2'),
    'zscaler': ja4('zscaler-zia', 10, 14, 'h2'),
    'netskope': ja4('netskope-proxy', 18, 9, 'h1'),
    'php': ja4('php-curl-ossl', 31, 11, 'h1'),
}

PYV = ['3.9.18', '3.10.12', '3.11.7', '3.11.9', '3.12.2', '3.12.4']
NODEV = ['v18.19.0', 'v20.11.1', 'v20.14.0', 'v22.3.0']


def ua_for(kind, rng):
    r = rng
    if kind == 'chrome':
        v = r.choice([122, 123, 124, 125, 126])
        os_ = r.choice(['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64'])
        return 'Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % (os_, v)
    if kind == 'edge':
        v = r.choice([123, 124, 125])
        return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0' % (v, v)
    if kind == 'firefox':
        v = r.choice([123, 124, 125, 126])
        os_ = r.choice(['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 14.4', 'X11; Ubuntu; Linux x86_64'])
        return 'Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (os_, v, v)
    if kind == 'safari':
        return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15' % r.randint(2, 5)
    if kind == 'ios':
        v = r.choice(['17_4_1', '17_5', '17_3'])
        return 'Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1' % v
    if kind == 'android_chrome':
        return 'Mozilla/5.0 (Linux; Android %d; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36' % (r.choice([12, 13, 14]), r.choice([123, 124, 125]))
    if kind == 'openai_py':
        return 'OpenAI/Python 1.%d.%d' % (r.randint(12, 40), r.randint(0, 6))
    if kind == 'anthropic_py':
        return 'Anthropic/Python 0.%d.%d' % (r.randint(21, 30), r.randint(0, 3))
    if kind == 'openai_js':
        return 'OpenAI/JS 4.%d.%d' % (r.randint(28, 52), r.randint(0, 4))
    if kind == 'anthropic_js':
        return 'Anthropic/JS 0.%d.%d' % (r.randint(18, 24), r.randint(0, 3))
    if kind == 'requests':
        return 'python-requests/2.%d.%d' % (r.choice([28, 31, 31, 32]), r.randint(0, 3))
    if kind == 'httpx':
        return 'python-httpx/0.%d.%d' % (r.choice([25, 26, 27]), r.randint(0, 2))
    if kind == 'aiohttp':
        return 'Python/%s aiohttp/3.9.%d' % (r.choice(PYV)[:4], r.randint(1, 5))
    if kind == 'node':
        return r.choice(['undici', 'node', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'axios/1.6.%d' % r.randint(2, 8)])
    if kind == 'go':
        return r.choice(['Go-http-client/2.0', 'Go-http-client/1.1'])
    if kind == 'curl':
        return 'curl/%s' % r.choice(['7.81.0', '8.4.0', '8.5.0', '8.6.0', '8.7.1'])
    if kind == 'curl_win':
        return 'curl/8.%d.0' % r.randint(4, 7)
    if kind == 'java':
        return r.choice(['Java-http-client/17.0.10', 'Java-http-client/21.0.2', 'okhttp/4.12.0'])
    if kind == 'okhttp':
        return 'okhttp/4.%d.0' % r.choice([9, 10, 11, 12])
    if kind == 'reqwest':
        return r.choice(['reqwest/0.12.4', 'async-openai/0.21.0', 'llm-cli/0.9 reqwest/0.11'])
    if kind == 'dotnet':
        return r.choice(['azsdk-net-AI.OpenAI/1.0.0-beta.15 (.NET 8.0.4; Microsoft Windows 10.0.22631)', 'OpenAI/2.0.0-beta.5 (.NET 8.0.6; Linux)'])
    if kind == 'litellm':
        return 'litellm/1.%d.%d' % (r.randint(35, 41), r.randint(0, 9))
    if kind == 'langchain':
        return 'langchain-openai/0.1.%d OpenAI/Python 1.%d.0' % (r.randint(5, 9), r.randint(25, 35))
    if kind == 'cli_agent':
        return r.choice(['aider/0.%d.0' % r.randint(38, 45), 'continue-dev/0.8.%d' % r.randint(20, 40),
                         'cline/2.%d.0' % r.randint(0, 3), 'opencode/0.1.%d' % r.randint(80, 120)])
    if kind == 'mobile_sdk':
        return r.choice(['ChatPal/3.%d.1 (iPhone; iOS 17.%d; Scale/3.00)' % (r.randint(1, 9), r.randint(2, 5)),
                         'Dalvik/2.1.0 (Linux; U; Android 13; SM-A536B Build/TP1A.220624.014)',
                         'AIWriterKit/1.%d CFNetwork/1494.0.7 Darwin/23.4.0' % r.randint(2, 8)])
    if kind == 'php':
        return 'GuzzleHttp/7 curl/7.%d.0 PHP/8.%d.%d' % (r.randint(74, 88), r.randint(1, 3), r.randint(0, 20))
    if kind == 'java_lib':
        return 'Java/17.0.%d' % r.randint(2, 10)
    return 'Mozilla/5.0'


# stack name -> (ua kind, ja4 key, endpoint style)
STACKS = {
    'web_chrome': ('chrome', 'chrome', 'chat'), 'web_edge': ('edge', 'chrome2', 'chat'),
    'web_firefox': ('firefox', 'firefox', 'chat'), 'web_safari': ('safari', 'safari', 'chat'),
    'web_ios': ('ios', 'safari', 'chat'), 'web_android': ('android_chrome', 'chrome', 'chat'),
    'openai_py': ('openai_py', 'httpx', 'chat'), 'anthropic_py': ('anthropic_py', 'httpx', 'messages'),
    'openai_js': ('openai_js', 'node', 'chat'), 'anthropic_js': ('anthropic_js', 'node', 'messages'),
    'requests': ('requests', 'py_requests', 'chat'), 'httpx': ('httpx', 'httpx', 'chat'),
    'aiohttp': ('aiohttp', 'aiohttp', 'chat'), 'node': ('node', 'node18', 'chat'),
    'go': ('go', 'go', 'chat'), 'curl': ('curl', 'curl', 'chat'), 'curl_win': ('curl_win', 'curl_win', 'chat'),
    'java': ('java', 'java', 'chat'), 'okhttp': ('okhttp', 'okhttp', 'chat'), 'reqwest': ('reqwest', 'reqwest', 'chat'),
    'dotnet': ('dotnet', 'dotnet', 'chat'), 'litellm': ('litellm', 'httpx', 'chat'),
    'langchain': ('langchain', 'httpx', 'chat'), 'cli_agent': ('cli_agent', 'node', 'messages'),
    'mobile_sdk': ('mobile_sdk', 'ios_urlsession', 'chat'), 'php': ('php', 'php', 'chat'),
    'bun': ('openai_js', 'bun', 'chat'),
}


class Client:
    """A concrete client install: fixed UA string and JA4, possibly overridden."""
    def __init__(self, rng, stack, ja4_override=None, ua_override=None, endpoint=None, rand_tls=False):
        kind, jk, style = STACKS[stack]
        self.stack = stack
        self.ua = ua_override if ua_override is not None else ua_for(kind, rng)
        self.ja4 = ja4_override or JA4[jk]
        self.style = endpoint or style
        self.rand_tls = rand_tls
        self.browser = stack.startswith('web_')

    def fingerprint(self, rng):
        if not self.rand_tls:
            return self.ua, self.ja4
        # randomised ClientHello (uTLS-style): browser-like prefix but shuffled cipher/ext choice
        base = rng.choice(['chrome', 'firefox', 'safari', 'chrome2', 'okhttp', 'httpx'])
        if rng.random() < 0.45:
            j = JA4[base]
        else:
            j = ja4('rnd%d' % rng.randint(0, 40), rng.randint(12, 20), rng.randint(11, 17), 'h2')
        ua = ua_for(rng.choice(['chrome', 'firefox', 'safari', 'edge', 'openai_py', 'openai_js']), rng)
        return ua, j


# ---------------------------------------------------------------- world writer
class World:
    def __init__(self, seed, start, days, corp, net):
        self.rng = random.Random(seed)
        self.seed = seed
        self.start = start
        self.days = days
        self.end = start + timedelta(days=days)
        self.C = corp
        self.N = net
        self.accounts, self.labels, self.rows = [], [], []
        self.n_acct = 0
        self.persona_counts = {}

    def new_account(self, label, persona, campaign=None, created=None, org=None, email=None, card=None,
                    signup_ip=None, cc=None, tier='build', verified=False):
        self.n_acct += 1
        r = self.rng
        aid = 'acct_' + H(self.seed, 'a', self.n_acct, n=14)
        if created is None:
            created = self.start - timedelta(days=r.uniform(1, 700))
        a = dict(account_id=aid, created_at=iso(created), org_id=org, email_domain=email or 'gmail.com',
                 payment_fingerprint=card, signup_ip=signup_ip, country=cc, tier=tier, verified=verified)
        self.accounts.append(a)
        self.labels.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))
        self.persona_counts[(label, campaign, persona)] = self.persona_counts.get((label, campaign, persona), 0) + 1
        a['_keys'] = []
        a['_created'] = created
        return a

    def key(self, acct, i=0):
        while len(acct['_keys']) <= i:
            acct['_keys'].append('key_' + H(acct['account_id'], len(acct['_keys']), n=16))
        return acct['_keys'][i]

    def card(self, tag=None):
        return 'pf_' + H(self.seed, 'card', tag if tag is not None else self.rng.random(), n=20)

    def emit(self, acct, ts, client, ip, prompt, system=None, model='atlas-4', conv=None, turn=None,
             tools=None, max_tokens=None, temperature=None, stream=None, reasoning=False, out_hint=None,
             response=None, prior_tokens=0, key_idx=0, status=None, fp=None, endpoint=None):
        r = self.rng
        if ts < self.start or ts >= self.end:
            return None
        ua, j = fp if fp else client.fingerprint(r)
        ep = endpoint or ('/v1/messages' if client.style == 'messages' else '/v1/chat/completions')
        if ep == '/v1/messages' and max_tokens is None:
            max_tokens = r.choice([1024, 2048, 4096, 8192])
        in_tok = int((len(prompt) + len(system or '')) / 3.9) + 8 + prior_tokens + (len(tools) * 140 if tools else 0)
        if out_hint is None:
            out_hint = r.choice(self.C.conv_out) * r.uniform(1.2, 3.5) + 30
        out = max(1, int(out_hint * r.uniform(0.75, 1.3)))
        if max_tokens:
            out = min(out, max_tokens)
        rt = None
        if reasoning:
            rt = int(r.uniform(400, 6000) * (1 + (out_hint > 1500)))
        if status is None:
            x = r.random()
            status = 200 if x < 0.972 else (429 if x < 0.986 else (400 if x < 0.995 else (500 if x < 0.998 else 529)))
        lat = int(r.uniform(250, 900) + out * r.uniform(9, 28) + (rt or 0) * r.uniform(8, 16))
        if status != 200:
            out, rt, response = 0, None, None
            lat = int(r.uniform(30, 400)) if status in (429, 400) else int(r.uniform(2000, 30000))
        if response is not None and len(response) > 900:
            response = response[:900]
        row = dict(id='req_' + H(self.seed, 'r', len(self.rows), n=20), ts=iso(ts), account_id=acct['account_id'],
                   api_key_id=self.key(acct, key_idx), ip=ip, user_agent=ua, tls_ja4=j, endpoint=ep, model=model,
                   conversation_id=conv, turn=turn, system=system, prompt=prompt, tool_names=tools,
                   response=response, input_tokens=in_tok, output_tokens=out, reasoning_tokens=rt,
                   max_tokens=max_tokens, temperature=temperature, stream=stream, status=status, latency_ms=lat)
        self.rows.append(row)
        return row

    def conv_id(self, style='uuid'):
        r = self.rng
        if style == 'uuid':
            h = H(self.seed, 'conv', r.random(), n=32)
            return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return 'conv_' + H(self.seed, 'cv', r.random(), n=18)

    # time helpers -------------------------------------------------------
    def diurnal_time(self, tz, day=None, peak=(9, 23), weekend=1.0):
        r = self.rng
        for _ in range(50):
            d = day if day is not None else r.randrange(self.days)
            base = self.start + timedelta(days=d)
            if base.weekday() >= 5 and r.random() > weekend:
                continue
            hour = r.uniform(*peak) if r.random() < 0.9 else r.uniform(0, 24)
            t = base + timedelta(hours=hour - tz)
            if self.start <= t < self.end:
                return t
        return self.start + timedelta(seconds=r.uniform(0, self.days * 86400))

    def uniform_time(self):
        return self.start + timedelta(seconds=self.rng.uniform(0, self.days * 86400 - 1))

    def write(self, outdir, world_md):
        os.makedirs(outdir, exist_ok=True)
        rows = self.rows[:]
        self.rng.shuffle(rows)  # not sorted, per spec
        with open(os.path.join(outdir, 'interactions.jsonl.gz'), 'wb') as raw, gzip.GzipFile(fileobj=raw, mode='wb', mtime=0, filename='') as gz, io.TextIOWrapper(gz, encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        seen = set(r['account_id'] for r in rows)
        with open(os.path.join(outdir, 'accounts.jsonl'), 'w') as f:
            for a in self.accounts:
                f.write(json.dumps({k: v for k, v in a.items() if not k.startswith('_')}) + '\n')
        with open(os.path.join(outdir, 'labels.jsonl'), 'w') as f:
            for l in self.labels:
                f.write(json.dumps(l) + '\n')
        with open(os.path.join(outdir, 'WORLD.md'), 'w') as f:
            f.write(world_md)
        return len(rows), len(self.accounts), sum(1 for l in self.labels if l['label'] == 'attack'), len(seen)
