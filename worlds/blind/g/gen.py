#!/usr/bin/env python3
"""Blind traffic-world generator (stdlib only). Usage:
  python3 gen.py --world 1 --seed 1111 --out world1
  python3 gen.py --world 2 --seed 1212 --out world2
"""
import argparse, csv, gzip, hashlib, ipaddress, json, math, os, random, datetime as dt

DATA = os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data'))
ASNCSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv')

# ----------------------------------------------------------------- corpora
def jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def jz(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return json.load(f)

class Corp:
    def __init__(self):
        o = DATA + '/corpora/organic/'; x = DATA + '/corpora/extraction/'
        self.koala = [r['prompt'] for r in jl(o + 'koala.jsonl')]
        self.arena = jl(o + 'arena-hard-v0.1.jsonl')
        self.mt = jl(o + 'mt-bench.jsonl')
        self.vicuna = [r['turns'][0] for r in jl(o + 'vicuna-bench.jsonl')]
        self.uo = jl(o + 'self-instruct-user-oriented.jsonl')
        hh = jl(o + 'hh-rlhf-harmless-test.jsonl.gz')
        self.hh = []
        for r in hh:
            turns = [t.split('\n\nAssistant:')[0].strip() for t in r['chosen'].split('\n\nHuman:')[1:]]
            turns = [t for t in turns if 3 < len(t) < 600]
            if turns: self.hh.append(turns)
        self.seed = jl(x + 'self-instruct-seed-tasks.jsonl')
        self.alpaca = open(x + 'alpaca-generation-prompt.txt').read()
        self.gcode = jz(x + 'gpteacher-codegen.json.gz')
        self.grole = jz(x + 'gpteacher-roleplay.json.gz')
        self.gtool = jz(x + 'gpteacher-toolformer.json.gz')
        self.gtrain = jl(x + 'gsm8k-train.jsonl.gz')
        self.gtest = jl(x + 'gsm8k-test.jsonl')
        self.he = jl(x + 'humaneval.jsonl.gz')
        self.arena_code = [a['prompt'] for a in self.arena if any(k in a['prompt'].lower() for k in ('code', 'python', 'function', 'script', 'sql', 'c++', 'javascript', 'rust', 'write a program'))]
        self.arena_other = [a['prompt'] for a in self.arena if a['prompt'] not in set(self.arena_code)]
        self.mt_by = {}
        for m in self.mt: self.mt_by.setdefault(m['category'], []).append(m)

def gi(item):
    s = item['instruction']
    if item.get('input'): s += '\n\n' + item['input']
    return s

# ----------------------------------------------------------------- network
class Net:
    def __init__(self, rng):
        self.rng = rng
        self.by_asn = {}
        with open(ASNCSV) as f:
            for r in csv.reader(f):
                a = int(r[2])
                if a in ASNS:
                    s, e = int(ipaddress.IPv4Address(r[0])), int(ipaddress.IPv4Address(r[1]))
                    if e - s >= 16: self.by_asn.setdefault(a, []).append((s, e))
        self.dc = self._cidrs(DATA + '/network/datacenter-ipv4.txt')
        self.vpn = self._cidrs(DATA + '/network/vpn-ipv4.txt')

    def _cidrs(self, p):
        out = []
        for l in open(p):
            l = l.strip()
            if not l or ':' in l: continue
            try:
                n = ipaddress.IPv4Network(l, strict=False)
            except ValueError:
                continue
            if n.num_addresses >= 16: out.append((int(n.network_address), int(n.broadcast_address)))
        return out

    def ip_asn(self, asn):
        s, e = self.rng.choice(self.by_asn[asn])
        return str(ipaddress.IPv4Address(self.rng.randint(s + 1, e - 1)))

    def ip_res(self, asns):
        return self.ip_asn(self.rng.choice(asns))

    def ip_dc(self):
        s, e = self.rng.choice(self.dc); return str(ipaddress.IPv4Address(self.rng.randint(s + 1, e - 1)))

    def ip_vpn(self):
        s, e = self.rng.choice(self.vpn); return str(ipaddress.IPv4Address(self.rng.randint(s + 1, e - 1)))

    def ip6(self, prefix):
        r = self.rng
        return prefix + ':' + ':'.join('%x' % r.randint(0, 65535) for _ in range(4))

RES = {
    'US': [7922, 701, 20115, 7018, 22773, 10796, 11427, 5650, 16591],
    'CA': [577, 812, 852], 'GB': [2856, 5089], 'DE': [3320, 6805], 'FR': [3215, 12322, 5410],
    'NL': [1136], 'AU': [1221], 'IN': [55836, 9498, 24560, 9829], 'KR': [4766, 17858], 'JP': [2516, 17676],
    'IT': [3269, 1267], 'ES': [3352], 'BR': [18881, 28573], 'MX': [8151], 'VN': [7552, 45899], 'ID': [7713],
    'TR': [9121], 'CN': [4134, 4837], 'RU': [12389, 8359],
}
MOBILE = {'US': [21928, 22394, 20057], 'IN': [55836, 38266], 'GB': [2856], 'DE': [6805], 'BR': [28573]}
CLOUD = {'aws': [16509, 14618], 'gcp': [396982, 15169], 'azure': [8075], 'do': [14061], 'hetzner': [24940],
         'ovh': [16276], 'linode': [63949], 'vultr': [20473], 'bytedance': [396986]}
UNI = {'mit': [3], 'berkeley': [25], 'stanford': [32], 'jisc': [786], 'dfn': [680], 'renater': [2200]}
ASNS = set(a for d in (RES, MOBILE, CLOUD, UNI) for v in d.values() for a in v)
TZ = {'US': -6, 'CA': -5, 'GB': 0, 'DE': 1, 'FR': 1, 'NL': 1, 'AU': 10, 'IN': 5.5, 'KR': 9, 'JP': 9, 'IT': 1, 'ES': 1,
      'BR': -3, 'MX': -6, 'VN': 7, 'ID': 7, 'TR': 3, 'CN': 8, 'RU': 3, 'SG': 8, 'PL': 1, 'SE': 1, 'CH': 1, 'IL': 2}

# ----------------------------------------------------------------- client stacks
def h12(s):
    return hashlib.sha256(s.encode()).hexdigest()[:12]

def ja4(name, ciph, ext, alpn='h2', ver='13', sni='d'):
    return 't%s%s%02d%02d%s_%s_%s' % (ver, sni, ciph, ext, alpn, h12('c' + name), h12('e' + name))

CHROME_JA4 = 't13d1516h2_8daaf6152771_02713d6af862'
FF_JA4 = 't13d1715h2_5b57614c22b0_3d5424432f57'
SAFARI_JA4 = 't13d2014h2_a09f3c656075_14788d8d241b'
STACKS = {
    'chrome-win': ([CHROME_JA4, 't13d1516h2_8daaf6152771_e5627efa2ab1'], lambda r: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % r.choice([122, 123, 124, 125])),
    'chrome-mac': ([CHROME_JA4, 't13d1516h2_8daaf6152771_e5627efa2ab1'], lambda r: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % r.choice([123, 124, 125])),
    'edge': ([CHROME_JA4], lambda r: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.%d.%d' % (r.randint(2000, 2600), r.randint(10, 99))),
    'firefox': ([FF_JA4, 't13d1717h2_5b57614c22b0_f595fbb9a6c0'], lambda r: 'Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0' % ((r.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 14.4', 'X11; Ubuntu; Linux x86_64']),) + (r.choice([124, 125, 126]),) * 2)),
    'safari-mac': ([SAFARI_JA4], lambda r: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15' % r.randint(1, 5)),
    'safari-ios': ([SAFARI_JA4, 't13d2013h2_a09f3c656075_7f0f34a4126d'], lambda r: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Mobile/15E148 Safari/604.1' % (r.randint(2, 5), r.randint(2, 5))),
    'chrome-android': ([CHROME_JA4], lambda r: 'Mozilla/5.0 (Linux; Android 14; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36' % r.choice(['Pixel 8', 'SM-S918B', 'K', 'SM-A546E', '2311DRK48G'])),
    'python-requests': ([ja4('pyreq311', 18, 12, '00'), ja4('pyreq312', 18, 13, '00')], lambda r: 'python-requests/2.%d.%d' % (r.choice([28, 31, 32]), r.randint(0, 3))),
    'httpx': ([ja4('httpx', 17, 12, 'h1'), ja4('httpx-h2', 17, 12, 'h2')], lambda r: 'python-httpx/0.%d.%d' % (r.choice([25, 26, 27]), r.randint(0, 2))),
    'aiohttp': ([ja4('aiohttp', 18, 12, '00')], lambda r: 'Python/3.%d aiohttp/3.9.%d' % (r.choice([10, 11, 12]), r.randint(0, 5))),
    'openai-python': ([ja4('httpx', 17, 12, 'h1')], lambda r: 'OpenAI/Python 1.%d.%d' % (r.randint(12, 40), r.randint(0, 3))),
    'anthropic-python': ([ja4('httpx', 17, 12, 'h1')], lambda r: 'Anthropic/Python 0.%d.%d' % (r.randint(20, 34), r.randint(0, 2))),
    'openai-node': ([ja4('node20', 15, 13, 'h1'), ja4('node18', 17, 14, 'h1')], lambda r: 'OpenAI/JS 4.%d.%d' % (r.randint(30, 52), r.randint(0, 3))),
    'anthropic-ts': ([ja4('node20', 15, 13, 'h1')], lambda r: 'Anthropic/JS 0.%d.%d' % (r.randint(18, 24), r.randint(0, 3))),
    'undici': ([ja4('node20', 15, 13, 'h1'), ja4('node22', 15, 13, 'h2')], lambda r: r.choice(['undici', 'node', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)'])),
    'go-http': ([ja4('go121', 13, 8, 'h2'), ja4('go122', 13, 9, 'h2')], lambda r: 'Go-http-client/2.0'),
    'curl': ([ja4('curl-ossl', 31, 12, 'h2')], lambda r: 'curl/8.%d.%d' % (r.randint(2, 8), r.randint(0, 1))),
    'curl-win': ([ja4('curl-schannel', 21, 9, 'h2', sni='d')], lambda r: 'curl/8.4.0'),
    'okhttp': ([ja4('okhttp', 16, 11, 'h2')], lambda r: 'okhttp/4.%d.0' % r.choice([9, 10, 11, 12])),
    'ios-app': ([SAFARI_JA4, ja4('urlsession', 20, 13, 'h2')], lambda r: '%s/%d.%d CFNetwork/1494.0.7 Darwin/23.4.0' % (r.choice(['Chatly', 'PocketAI', 'AskDeck', 'Noteful']), r.randint(1, 4), r.randint(0, 9))),
    'java': ([ja4('java17', 42, 14, 'h2'), ja4('java21', 40, 14, 'h2')], lambda r: 'Java-http-client/%s' % r.choice(['17.0.9', '21.0.2'])),
    'dotnet': ([ja4('schannel-dotnet', 21, 10, 'h2')], lambda r: r.choice(['OpenAI/.NET 2.0.0', 'Azure.AI.OpenAI/1.0.0-beta.15 (.NET 8.0.4; Microsoft Windows 10.0.20348)'])),
    'reqwest': ([ja4('rustls', 9, 10, 'h2')], lambda r: None),
    'claude-cli': ([ja4('node20', 15, 13, 'h1')], lambda r: 'claude-cli/0.2.%d (external, cli)' % r.randint(40, 90)),
    'aider': ([ja4('httpx', 17, 12, 'h1')], lambda r: 'litellm/1.%d.%d' % (r.randint(30, 40), r.randint(0, 9))),
    'zscaler': ([ja4('zscaler-mitm', 14, 11, 'h2'), ja4('bluecoat-mitm', 19, 10, 'h1')], None),  # UA comes from inner client
    'php-guzzle': ([ja4('php-curl', 31, 11, '00')], lambda r: 'GuzzleHttp/7'),
    'postman': ([ja4('node18', 17, 14, 'h1')], lambda r: 'PostmanRuntime/7.%d.%d' % (r.randint(36, 39), r.randint(0, 3))),
}
BROWSERS = ['chrome-win', 'chrome-mac', 'edge', 'firefox', 'safari-mac', 'safari-ios', 'chrome-android']

class Client:
    """one fixed client fingerprint (ja4 + ua) for an account or team"""
    def __init__(self, rng, stack, ua_from=None, ja4_override=None):
        j, u = STACKS[stack]
        self.stack = stack
        self.ja4 = ja4_override or rng.choice(j)
        if u is None:
            u = STACKS[ua_from or rng.choice(['chrome-win', 'openai-python', 'edge'])][1]
        self.ua = u(rng)

# ----------------------------------------------------------------- world builder
MODELS_OAI = ['gpt-pro-2', 'gpt-pro-2-mini', 'reason-x1', 'reason-x1-mini']
MODELS_ANT = ['sonnet-4.1', 'haiku-4.1', 'opus-4.1']

class World:
    def __init__(self, seed, start, days):
        self.r = random.Random(seed)
        self.net = Net(self.r)
        self.c = Corp()
        self.start = start
        self.days = days
        self.end = start + dt.timedelta(days=days)
        self.accounts, self.labels, self.inter = [], [], []
        self.n = 0; self.cn = 0
        self.summary = []

    # ids
    def aid(self):
        self.n += 1
        return 'acct_' + h12('a%d%d' % (self.n, self.r.random()))[:10]

    def kid(self):
        return 'key_' + h12('k%f' % self.r.random())[:14]

    def conv(self):
        self.cn += 1
        return 'conv_' + h12('c%d%f' % (self.cn, self.r.random()))[:16]

    def pay(self):
        return 'pm_' + h12('p%f' % self.r.random())

    def iso(self, t):
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

    def account(self, label, persona, campaign=None, created=None, org=None, email='gmail.com', pay=None,
                signup_ip=None, country='US', tier='build', verified=False):
        a = self.aid()
        if created is None:
            created = self.start - dt.timedelta(days=self.r.uniform(1, 500))
        self.accounts.append(dict(account_id=a, created_at=self.iso(created), org_id=org, email_domain=email,
                                  payment_fingerprint=pay, signup_ip=signup_ip, country=country, tier=tier,
                                  verified=verified))
        self.labels.append(dict(account_id=a, label=label, campaign=campaign, persona=persona))
        return dict(id=a, created=created, country=country, keys=[self.kid()])

    # timing
    def daytime(self, tz, day=None, peak=(9, 23), weekend=0.6):
        """random local-daytime instant (UTC datetime)."""
        r = self.r
        for _ in range(50):
            d = day if day is not None else r.randrange(self.days)
            base = self.start + dt.timedelta(days=d)
            if base.weekday() >= 5 and r.random() > weekend: continue
            h = r.triangular(peak[0], peak[1], (peak[0] + peak[1]) / 2 + 1)
            t = base + dt.timedelta(hours=h - tz, seconds=r.uniform(0, 3600) - 1800)
            if self.start <= t < self.end: return t
        return self.start + dt.timedelta(seconds=r.uniform(0, self.days * 86400))

    def anytime(self):
        return self.start + dt.timedelta(seconds=self.r.uniform(0, self.days * 86400))

    # emit
    def emit(self, acct, t, prompt, cli, ip, endpoint=None, model=None, system=None, conv=None, turn=None,
             tools=None, response=None, out=None, reasoning=None, max_tokens=None, temperature=None, stream=None,
             status=None, key=None):
        r = self.r
        if t < self.start or t >= self.end: return None
        if endpoint is None: endpoint = r.choice(['/v1/chat/completions', '/v1/messages'])
        if model is None: model = r.choice(MODELS_ANT if endpoint == '/v1/messages' else MODELS_OAI)
        if endpoint == '/v1/messages' and max_tokens is None: max_tokens = r.choice([1024, 2048, 4096, 8192])
        intok = int((len(prompt) + len(system or '')) / 3.8) + r.randint(5, 30) + (turn or 1 - 1) * r.randint(0, 400)
        if out is None:
            out = int(r.lognormvariate(5.6, 0.8))
        if max_tokens: out = min(out, max_tokens)
        if status is None:
            x = r.random()
            status = 200 if x < 0.965 else (429 if x < 0.985 else (400 if x < 0.994 else r.choice([500, 529, 503])))
        if status != 200:
            out = 0; reasoning = None if reasoning is None else 0; response = None
        lat = None
        if status == 200:
            lat = int(180 + out * r.uniform(12, 30) + (reasoning or 0) * r.uniform(8, 18) + r.expovariate(1 / 300))
        elif status == 429:
            lat = r.randint(20, 90)
        else:
            lat = r.randint(40, 30000)
        if response is not None and len(response) > 1500: response = response[:1500]
        rec = dict(id='req_' + h12('%s%f%d' % (acct['id'], r.random(), len(self.inter))) + h12(str(r.random()))[:8],
                   ts=self.iso(t), account_id=acct['id'], api_key_id=key or r.choice(acct['keys']), ip=ip,
                   user_agent=cli.ua, tls_ja4=cli.ja4, endpoint=endpoint, model=model, conversation_id=conv, turn=turn,
                   system=system, prompt=prompt, tool_names=tools, response=response, input_tokens=intok,
                   output_tokens=out, reasoning_tokens=reasoning, max_tokens=max_tokens, temperature=temperature,
                   stream=stream, status=status, latency_ms=lat)
        self.inter.append(rec)
        return rec

    def thread(self, acct, t, prompts, cli, ip, gap=(20, 400), **kw):
        cid = self.conv() if len(prompts) > 1 or self.r.random() < 0.6 else None
        for i, p in enumerate(prompts):
            self.emit(acct, t, p, cli, ip, conv=cid, turn=(i + 1) if cid else None, **kw)
            t += dt.timedelta(seconds=self.r.uniform(*gap))
        return t

    def write(self, out, notes):
        os.makedirs(out, exist_ok=True)
        self.r.shuffle(self.inter)
        with gzip.open(os.path.join(out, 'interactions.jsonl.gz'), 'wt', encoding='utf-8') as f:
            for x in self.inter: f.write(json.dumps(x, ensure_ascii=False) + '\n')
        with open(os.path.join(out, 'accounts.jsonl'), 'w') as f:
            for x in self.accounts: f.write(json.dumps(x) + '\n')
        with open(os.path.join(out, 'labels.jsonl'), 'w') as f:
            for x in self.labels: f.write(json.dumps(x) + '\n')
        cnt = {}
        for l in self.labels:
            k = (l['label'], l['campaign'] or '', l['persona'])
            cnt[k] = cnt.get(k, 0) + 1
        reqs = {}
        lab = {l['account_id']: (l['label'], l['campaign'] or '', l['persona']) for l in self.labels}
        for x in self.inter:
            k = lab[x['account_id']]; reqs[k] = reqs.get(k, 0) + 1
        with open(os.path.join(out, 'WORLD.md'), 'w') as f:
            f.write(notes.strip() + '\n\n## Counts\n\n| label | campaign | persona | accounts | interactions |\n|---|---|---|---|---|\n')
            for k in sorted(cnt):
                f.write('| %s | %s | %s | %d | %d |\n' % (k[0], k[1] or '-', k[2], cnt[k], reqs.get(k, 0)))
            na = sum(1 for l in self.labels if l['label'] == 'attack')
            ni = sum(v for k, v in reqs.items() if k[0] == 'attack')
            f.write('\nTotal: %d interactions, %d accounts, %d attack accounts (%d attack interactions).\n' % (
                len(self.inter), len(self.accounts), na, ni))
        return len(self.inter), len(self.accounts), sum(1 for l in self.labels if l['label'] == 'attack')

# ----------------------------------------------------------------- phrasing helpers
def compose(r, parts):
    """parts: list of lists of alternatives ('' allowed); returns joined text."""
    out = [r.choice(p) for p in parts]
    return ''.join(out)

def casual_prompt(w):
    r, c = w.r, w.c
    x = r.random()
    if x < 0.25: return r.choice(c.koala)
    if x < 0.40: return r.choice(c.vicuna)
    if x < 0.60: return r.choice(r.choice(c.hh))
    if x < 0.75:
        u = r.choice(c.uo); inst = r.choice(u['instances'])
        return u['instruction'] + ('\n\n' + inst['input'] if inst.get('input') else '')
    if x < 0.88: return r.choice(c.arena_other)
    return r.choice(c.mt)['turns'][0]

def casual_followups(w, n):
    r = w.r
    fu = ['thanks! can you make it shorter?', 'hmm, that is not quite what I meant', 'ok and what about in the UK?',
          'can you give me an example', 'why?', 'more casual tone pls', 'perfect, now a version for linkedin',
          'wait, is that actually right?', 'translate that into spanish', 'can you put that in a table',
          'shorter', 'great. one more thing -', 'make it funnier', 'what would you recommend then?',
          'ok that helps. and if I only have 20 minutes?', 'lol ok', 'can you explain the second point more']
    return [r.choice(fu) for _ in range(n)]

def dev_prompt(w):
    r, c = w.r, w.c
    x = r.random()
    if x < 0.45: return r.choice(c.arena_code)
    if x < 0.75: return gi(r.choice(c.gcode))
    if x < 0.85: return r.choice(c.he)['prompt'] + '\n' + r.choice(['complete this', 'finish the function', 'impl pls', 'what is wrong with my approach here?', ''])
    snippets = ['getting `TypeError: Cannot read properties of undefined (reading \'map\')` in my react component when the fetch returns, how do I guard it',
                'why does my docker build keep invalidating the pip install layer', 'write a github action that runs pytest on 3.10-3.12 and caches pip',
                'explain the difference between asyncio.gather and TaskGroup', 'sql: get the latest row per customer_id from orders, postgres',
                'terraform: how to import an existing s3 bucket', 'regex for uk postcodes', 'rust borrow checker complains about moving out of vec in loop, how to fix',
                'convert this bash loop to use xargs -P', 'k8s pod stuck in CrashLoopBackOff, how do I see previous logs']
    return r.choice(snippets)

AGENT_TOOLS = [['read_file', 'write_file', 'run_shell', 'search_code'], ['Bash', 'Read', 'Edit', 'Grep', 'Glob', 'WebFetch'],
               ['str_replace_editor', 'bash', 'think'], ['apply_patch', 'run_tests', 'list_dir', 'open_file'],
               ['get_weather', 'search_flights', 'book_hotel'], ['sql_query', 'describe_table', 'plot_chart']]

# ================================================================= ORGANIC PERSONAS
def p_enterprise(w, name, n, cloud, system, stack, per_day, country='US', content='support', tools=None, tz=-5):
    r = w.r
    org = 'org_' + h12(name)[:10]; pay = w.pay()
    t0 = w.start - dt.timedelta(days=r.uniform(40, 300))
    egress = [w.net.ip_res(CLOUD[cloud]) for _ in range(r.choice([1, 2, 3]))]
    cli = Client(r, stack)
    accts = []
    for i in range(n):
        a = w.account('organic', 'verified-enterprise', created=t0 + dt.timedelta(seconds=r.uniform(0, 400)), org=org,
                      email=name + '.com', pay=pay, signup_ip=egress[0], country=country, tier='enterprise', verified=True)
        a['keys'] = [w.kid() for _ in range(r.randint(1, 3))]
        accts.append(a)
    model = r.choice(MODELS_ANT + MODELS_OAI)
    ep = '/v1/messages' if model in MODELS_ANT else '/v1/chat/completions'
    for a in accts:
        vol = int(per_day * w.days * r.uniform(0.3, 1.7) / n)
        for _ in range(vol):
            t = w.daytime(tz, peak=(7, 20), weekend=0.15)
            if content == 'support':
                p = r.choice(['Customer message: ', 'Ticket #%d: ' % r.randint(10000, 99999), '']) + casual_prompt(w)
            elif content == 'contracts':
                p = r.choice(['Summarise the indemnity obligations in the following clause and flag anything unusual:\n\n', 'Extract parties, term, governing law as JSON:\n\n', 'Redline suggestion for the clause below (buyer side):\n\n']) + gi(r.choice(w.c.grole))[:900]
            elif content == 'code':
                p = dev_prompt(w)
            else:
                p = casual_prompt(w)
            w.emit(a, t, p, cli, r.choice(egress), endpoint=ep, model=model, system=system, tools=tools,
                   max_tokens=r.choice([800, 1024]), temperature=0.2, stream=r.random() < 0.5,
                   out=int(r.lognormvariate(5.2, 0.5)))
    return accts

def p_campus(w, uni, n, country='US', tz=-5, nat=3):
    r = w.r
    nats = [w.net.ip_asn(r.choice(UNI[uni])) for _ in range(nat)]
    dom = {'mit': 'mit.edu', 'berkeley': 'berkeley.edu', 'stanford': 'stanford.edu', 'jisc': 'ed.ac.uk', 'dfn': 'tu-berlin.de', 'renater': 'etu.sorbonne-universite.fr'}[uni]
    for i in range(n):
        cr = w.start - dt.timedelta(days=r.uniform(0, 200)) if r.random() < 0.8 else w.start + dt.timedelta(days=r.uniform(0, w.days / 2))
        a = w.account('organic', 'campus-nat', created=cr, email=dom if r.random() < 0.7 else 'gmail.com', pay=None if r.random() < 0.6 else w.pay(),
                      signup_ip=r.choice(nats), country=country, tier='free' if r.random() < 0.7 else 'build')
        cli = Client(r, r.choice(BROWSERS + ['openai-python', 'python-requests']))
        for _ in range(r.choice([1, 2, 3, 5, 8, 12, 20])):
            t = w.daytime(tz, peak=(10, 26))
            home = r.random() < 0.3
            ip = w.net.ip_res(RES.get(country, RES['US'])) if home else r.choice(nats)
            pr = [dev_prompt(w) if r.random() < 0.35 else casual_prompt(w)] + casual_followups(w, r.choice([0, 0, 1, 2]))
            w.thread(a, t, pr, cli, ip, temperature=r.choice([None, 0.7, 1.0]))

def p_classroom(w, n, items, wrapper_variants, course, tz=-5, country='US', due_days=(4, 11), net='uni', uni='berkeley'):
    """students share teacher's wrapper and homework items; bursts before due dates"""
    r = w.r
    nats = [w.net.ip_asn(r.choice(UNI[uni])) for _ in range(2)] if net == 'uni' else [w.net.ip_res(RES[country]) for _ in range(2)]
    sysmsg = r.choice([None, 'You are a patient teaching assistant for %s. Guide the student; show each step.' % course])
    created = w.start - dt.timedelta(days=r.uniform(10, 25))
    for i in range(n):
        a = w.account('organic', 'classroom', created=created + dt.timedelta(minutes=r.uniform(0, 120 if r.random() < 0.7 else 4000)),
                      email=r.choice(['student.school.edu', 'gmail.com', 'students.district%d.k12.us' % r.randint(1, 9)]) if country == 'US' else 'gmail.com',
                      pay=None, signup_ip=r.choice(nats), country=country, tier='free')
        cli = Client(r, r.choice(BROWSERS))
        for dd in due_days:
            hw = r.sample(items, min(len(items), r.randint(3, 8)))
            for q in hw:
                if r.random() < 0.25: continue
                day = max(0, dd - (0 if r.random() < 0.6 else 1))
                t = w.daytime(tz, day=day, peak=(15, 24), weekend=1)
                wrap = r.choice(wrapper_variants)
                ip = r.choice(nats) if r.random() < 0.5 else w.net.ip_res(RES[country])
                extra = casual_followups(w, r.choice([0, 1])) if r.random() < 0.4 else []
                w.thread(a, t, [wrap.format(q=q)] + extra, cli, ip, system=sysmsg, endpoint='/v1/chat/completions', model='gpt-pro-2-mini')

def p_evalharness(w, lab, n_acct, runs, benches, cloud, verified, tz=0, stack='openai-python', persona='eval-harness'):
    r = w.r
    org = 'org_' + h12(lab)[:10] if verified or r.random() < 0.5 else None
    pay = w.pay()
    ips = [w.net.ip_res(CLOUD[cloud]) for _ in range(4)]
    cli = Client(r, stack)
    accts = [w.account('organic', persona, org=org, email=lab + '.ai', pay=pay, signup_ip=ips[0], country='US',
                       tier='scale', verified=verified) for _ in range(n_acct)]
    for run in range(runs):
        a = r.choice(accts)
        t = w.anytime()
        bench = r.choice(benches)
        if bench == 'gsm8k':
            items = r.sample(w.c.gtest, r.choice([100, 200, 250]))
            tmpl = r.choice(['Question: {q}\nAnswer:', '{q}\nLet\'s think step by step.', 'Solve the following math problem. Put your final answer after ####.\n\n{q}', '{q}'])
            prompts = [(tmpl.format(q=x['question']), x['answer']) for x in items]
        elif bench == 'humaneval':
            prompts = [('Complete the following Python function. Return only code.\n\n' + x['prompt'], None) for x in w.c.he]
            prompts = r.sample(prompts, r.choice([164, 80]))
        elif bench == 'mtbench':
            prompts = [(m['turns'][0], None) for m in w.c.mt]
        else:
            prompts = [(x, None) for x in r.sample(w.c.arena_code + w.c.arena_other, 150)]
        model = r.choice(MODELS_OAI + MODELS_ANT)
        ep = '/v1/messages' if model in MODELS_ANT else '/v1/chat/completions'
        temp = r.choice([0.0, 0.0, 0.7])
        ip = r.choice(ips)
        samples = r.choice([1, 1, 3])
        for p, ans in prompts:
            for s in range(samples):
                w.emit(a, t, p, cli, ip, endpoint=ep, model=model, temperature=temp, max_tokens=r.choice([1024, 2048]),
                       stream=False, response=ans, reasoning=int(r.lognormvariate(6.5, 0.6)) if 'reason' in model else None)
                t += dt.timedelta(seconds=r.expovariate(1 / 1.2))

def p_developer(w, n, persona='developer', agentic=0.3, odd=0.15):
    r = w.r
    for i in range(n):
        c = r.choice(['US', 'US', 'DE', 'GB', 'IN', 'CA', 'FR', 'NL', 'BR', 'JP', 'KR', 'AU'])
        a = w.account('organic', persona, email=r.choice(['gmail.com', 'proton.me', 'outlook.com', 'fastmail.com', h12(str(r.random()))[:6] + '.io', 'hey.com']),
                      pay=w.pay(), signup_ip=w.net.ip_res(RES[c]), country=c, tier=r.choice(['build', 'build', 'scale']))
        if r.random() < odd:
            kind = r.choice(['zscaler', 'curl-win', 'okhttp', 'reqwest', 'php-guzzle', 'postman'])
            cli = Client(r, kind, ua_from=r.choice(['chrome-win', 'openai-python', 'firefox']) if kind == 'zscaler' else None)
            if kind == 'okhttp': cli.ua = r.choice(['Dalvik/2.1.0 (Linux; U; Android 13; SM-G991B Build/TP1A.220624.014)', cli.ua])
        else:
            cli = Client(r, r.choice(['openai-python', 'anthropic-python', 'openai-node', 'anthropic-ts', 'claude-cli', 'aider', 'curl', 'go-http', 'httpx']))
        home = w.net.ip_res(RES[c]); tz = TZ[c]
        vol = int(r.lognormvariate(3.3, 0.8)) if persona == 'developer' else int(r.lognormvariate(4.3, 0.6))
        done = 0
        while done < vol:
            t = w.daytime(tz, peak=(9, 25))
            ip = home if r.random() < 0.7 else (w.net.ip_res(MOBILE.get(c, RES[c])) if r.random() < 0.5 else w.net.ip_dc())
            if r.random() < agentic:
                tools = r.choice(AGENT_TOOLS[:4])
                goal = dev_prompt(w)
                steps = [goal] + [r.choice(['tool_result: exit code 1\n' + r.choice(['AssertionError: expected 3 got 2', 'ModuleNotFoundError: No module named \'yaml\'', 'E501 line too long']),
                                             'tool_result: (file contents, %d lines)' % r.randint(20, 900), 'tool_result: ok', 'continue', 'run the tests again',
                                             'tool_result: 14 passed, 1 failed']) for _ in range(r.randint(3, 25))]
                w.thread(w_acct := a, t, steps, cli, ip, gap=(3, 40), tools=tools, system='You are a coding agent working in the user\'s repository. ' + r.choice(['Prefer small diffs.', 'Run tests before finishing.', 'Cwd: /home/dev/proj']),
                         endpoint='/v1/messages', model=r.choice(MODELS_ANT), max_tokens=8192, stream=True, out=int(r.lognormvariate(5.0, 0.9)))
                done += len(steps)
            else:
                pr = [dev_prompt(w)] + [r.choice(['that didn\'t compile: ' + r.choice(['E0382', 'missing semicolon', 'undefined reference']), 'now add tests', 'can you do it without the extra dependency?', 'and in typescript?', 'explain line 4', 'perfect thanks']) for _ in range(r.choice([0, 1, 2, 4]))]
                w.thread(a, t, pr, cli, ip, gap=(30, 600), temperature=r.choice([None, 0.2, 0]))
                done += len(pr)

def p_researcher(w, n):
    r = w.r
    for i in range(n):
        c = r.choice(['US', 'GB', 'DE', 'CN', 'KR', 'IN', 'CA'])
        uni = r.random() < 0.5
        a = w.account('organic', 'researcher', email=r.choice(['cs.cmu.edu', 'uw.edu', 'cam.ac.uk', 'ethz.ch', 'tsinghua.edu.cn', 'kaist.ac.kr', 'gmail.com']),
                      pay=w.pay(), signup_ip=w.net.ip_res(RES[c]), country=c, tier='build')
        cli = Client(r, r.choice(['openai-python', 'anthropic-python', 'chrome-mac', 'httpx', 'aiohttp']))
        ip = w.net.ip_asn(r.choice(UNI[r.choice(list(UNI))])) if uni else w.net.ip_res(RES[c])
        for _ in range(r.randint(6, 60)):
            t = w.daytime(TZ[c], peak=(9, 24))
            x = r.random()
            if x < 0.4:
                q = r.choice(w.c.gtrain)['question']
                p = r.choice(['{q}\n\nWalk me through your reasoning carefully.', 'I\'m studying failure modes in arithmetic reasoning. Solve step by step and state your confidence:\n{q}', '{q}', 'Think step by step: {q}']).format(q=q)
            elif x < 0.6:
                p = r.choice(w.c.mt_by.get('reasoning', w.c.mt))['turns'][0]
            else:
                p = r.choice(['Explain why chain-of-thought prompting helps on multi-step problems, citing the original papers.', 'What is the difference between process and outcome reward models?',
                              'Derive the gradient of the softmax cross-entropy loss step by step.', 'Summarise the main arguments for and against using LLM-as-a-judge for evaluation.',
                              'Is the following proof correct? Assume n^2 even implies n even ...']) if r.random() < 0.5 else r.choice(w.c.arena_other)
            w.emit(a, t, p, cli, ip, reasoning=int(r.lognormvariate(6.8, 0.7)) if r.random() < 0.4 else None, max_tokens=r.choice([None, 4096, 16000]), temperature=r.choice([0, 0.7, 1]))

def p_hobbyist(w, n):
    """legit synthetic-data hobbyists: self-instruct-ish generation, a few per day"""
    r = w.r
    for i in range(n):
        c = r.choice(['US', 'DE', 'GB', 'BR', 'VN', 'IN'])
        a = w.account('organic', 'data-hobbyist', email=r.choice(['gmail.com', 'proton.me', 'outlook.com']), pay=w.pay(), signup_ip=w.net.ip_res(RES[c]), country=c,
                      tier='build')
        cli = Client(r, r.choice(['python-requests', 'openai-python', 'aiohttp', 'httpx']))
        ip = w.net.ip_res(RES[c]) if r.random() < 0.6 else w.net.ip_res(CLOUD[r.choice(['gcp', 'aws', 'hetzner'])])
        topic = r.choice(['dnd character backstories', 'cooking substitutions', 'python interview questions', 'customer-service replies for my shop', 'pokemon trivia', 'legal plain-language rewrites'])
        for _ in range(r.randint(20, 120)):
            t = w.daytime(TZ[c], peak=(18, 26), weekend=1)
            if r.random() < 0.5:
                p = 'Generate %d varied examples of %s as JSON lines with fields "instruction" and "output".' % (r.choice([5, 10, 20]), topic)
            elif r.random() < 0.5:
                s = r.choice(w.c.seed); p = s['instruction'] + (('\n' + s['instances'][0]['input']) if s['instances'][0]['input'] else '')
            else:
                p = gi(r.choice(w.c.grole))
            w.emit(a, t, p, cli, ip, temperature=r.choice([0.9, 1.0, 1.2]), max_tokens=2048, out=int(r.lognormvariate(6.2, 0.5)))

def p_casual(w, n, persona='casual', vpn=False, writer=False):
    r = w.r
    for i in range(n):
        c = r.choice(list(RES))
        a = w.account('organic', persona, email=r.choice(['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'outlook.com', 'proton.me', 'gmx.de', 'naver.com', 'qq.com', 'yandex.ru']),
                      pay=w.pay() if r.random() < 0.5 else None, signup_ip=w.net.ip_vpn() if vpn else w.net.ip_res(RES[c]), country=c,
                      tier='free' if r.random() < 0.6 else 'build')
        cli = Client(r, r.choice(BROWSERS + ['ios-app', 'okhttp', 'openai-python']))
        home = w.net.ip_res(RES[c])
        k = int(r.paretovariate(1.4)) if not writer else r.randint(5, 40)
        for _ in range(min(k, 60)):
            t = w.daytime(TZ[c])
            ip = w.net.ip_vpn() if vpn and r.random() < 0.85 else (home if r.random() < 0.7 else w.net.ip_res(MOBILE.get(c, RES[c])))
            if writer:
                pr = [r.choice(['Here is chapter %d of my novel, give me line edits:\n\n' % r.randint(1, 30), 'Continue this scene in the same voice:\n\n', 'Critique the pacing:\n\n']) + gi(r.choice(w.c.grole))[:1200]] + casual_followups(w, r.choice([0, 1, 3]))
                w.thread(a, t, pr, cli, ip, system=r.choice([None, 'You are an honest developmental editor.']), temperature=1.0)
            else:
                pr = [casual_prompt(w)] + casual_followups(w, r.choice([0, 0, 1, 2, 3]))
                w.thread(a, t, pr, cli, ip, gap=(15, 300))

def p_byok_app(w, n, app):
    """independent users who all bring their own key into the same desktop app: identical system prompt+stack, residential, own cards"""
    r = w.r
    ja = ja4('electron-' + app, 15, 16, 'h2')
    sysm = 'You are %s, a helpful writing and research companion. Today is {date}. Keep answers well formatted in Markdown.' % app
    for i in range(n):
        c = r.choice(['US', 'US', 'GB', 'DE', 'CA', 'AU', 'FR', 'IN'])
        a = w.account('organic', 'byok-app-user', email=r.choice(['gmail.com', 'icloud.com', 'outlook.com']), pay=w.pay(), signup_ip=w.net.ip_res(RES[c]), country=c)
        cli = Client(r, 'chrome-mac'); cli.ja4 = ja; cli.ua = '%s/2.%d.%d Electron/29.1.0' % (app, r.randint(3, 5), r.randint(0, 9))
        home = w.net.ip_res(RES[c])
        for _ in range(r.randint(3, 30)):
            t = w.daytime(TZ[c])
            pr = [casual_prompt(w)] + casual_followups(w, r.choice([0, 1, 2]))
            w.thread(a, t, pr, cli, home, system=sysm.format(date=t.strftime('%B %d, %Y')), endpoint='/v1/chat/completions', stream=True)

def p_hackathon(w, n, day, city_country='US'):
    """event accounts created within two hours, free tier, venue wifi, 36h of coding, then silence"""
    r = w.r
    venue = w.net.ip_res(RES[city_country])
    t0 = w.start + dt.timedelta(days=day, hours=16 - TZ[city_country])
    for i in range(n):
        a = w.account('organic', 'hackathon', created=t0 + dt.timedelta(minutes=r.uniform(0, 110)), email=r.choice(['gmail.com', 'gmail.com', 'outlook.com', 'ucla.edu', 'usc.edu', 'caltech.edu']),
                      pay=None, signup_ip=venue, country=city_country, tier='free')
        cli = Client(r, r.choice(['openai-python', 'openai-node', 'chrome-mac', 'anthropic-ts', 'python-requests', 'postman']))
        for _ in range(r.randint(4, 35)):
            t = t0 + dt.timedelta(hours=r.uniform(1, 38))
            ip = venue if r.random() < 0.85 else w.net.ip_res(MOBILE['US'])
            w.emit(a, t, dev_prompt(w) if r.random() < 0.6 else casual_prompt(w), cli, ip, system=r.choice([None, 'You are a friendly recipe bot.', 'Answer as a pirate.', 'Return JSON only.']))

def p_ci_bot(w, n):
    """developers' CI pipelines: PR review bot from GitHub Actions (Azure), night-time heavy"""
    r = w.r
    for i in range(n):
        a = w.account('organic', 'ci-bot', email=h12(str(r.random()))[:7] + '.dev', pay=w.pay(), signup_ip=w.net.ip_res(RES['US']), country='US', tier='scale')
        cli = Client(r, r.choice(['openai-node', 'anthropic-ts', 'go-http']))
        sysm = 'You are a code reviewer. Review the diff. Output JSON: {"comments":[{"file":..,"line":..,"body":..}],"verdict":"approve|request_changes"}'
        for _ in range(r.randint(40, 250)):
            t = w.anytime()
            g = r.choice(w.c.gcode)
            p = 'diff --git a/src/%s b/src/%s\n@@ -1,6 +1,%d @@\n' % ((h12(str(r.random()))[:6] + '.py',) * 2 + (r.randint(8, 40),)) + '+' + g['response'][:900].replace('\n', '\n+')
            w.emit(a, t, p, cli, w.net.ip_res(CLOUD['azure']), system=sysm, temperature=0, max_tokens=2000, stream=False, tools=None)

def p_tutoring(w, n, org_name):
    """ed-tech startup (unverified) with several service accounts on one card: math explanations for kids"""
    r = w.r
    org = 'org_' + h12(org_name)[:10]; pay = w.pay()
    ip = [w.net.ip_res(CLOUD['gcp']) for _ in range(2)]
    cli = Client(r, 'openai-node')
    sysm = 'You are Mo, a friendly maths tutor for children aged 9-12 on %s. Explain one step at a time, use simple words, never just give the answer.' % org_name
    accts = [w.account('organic', 'edtech-startup', org=org, email=org_name.lower() + '.app', pay=pay, signup_ip=ip[0], country='GB', tier='scale',
                       created=w.start - dt.timedelta(days=r.uniform(60, 90))) for _ in range(n)]
    for _ in range(1300):
        a = r.choice(accts)
        t = w.daytime(0, peak=(15, 21), weekend=0.7)
        q = r.choice(w.c.gtrain)['question']
        cid = w.conv()
        turns = [q] + [r.choice(['I dont get it', 'is it 12?', 'why do we divide', 'ok next step', 'can you show me with apples', 'done!']) for _ in range(r.choice([0, 1, 2, 3]))]
        tt = t
        for i, p in enumerate(turns):
            w.emit(a, tt, p, cli, r.choice(ip), conv=cid, turn=i + 1, system=sysm, endpoint='/v1/chat/completions', model='gpt-pro-2-mini', temperature=0.5, stream=True, max_tokens=400)
            tt += dt.timedelta(seconds=r.uniform(20, 120))

def p_discord(w, bot):
    """one community bot account relaying many users; thread ids per channel"""
    r = w.r
    a = w.account('organic', 'community-bot', email='gmail.com', pay=w.pay(), signup_ip=w.net.ip_res(CLOUD['hetzner']), country='DE', tier='build')
    cli = Client(r, 'aiohttp'); ip = w.net.ip_res(CLOUD['hetzner'])
    for _ in range(900):
        t = w.anytime()
        w.emit(a, t, '[%s#%04d]: ' % (r.choice(['kira', 'm0nk', 'zed', 'lumen', 'otter', 'pp']), r.randint(1, 9999)) + casual_prompt(w), cli, ip,
               system='You are %s, a Discord bot in a gaming server. Keep replies under 1800 characters.' % bot, temperature=0.9, max_tokens=600)

# ================================================================= ATTACK OPERATIONS
class Pool:
    """shared work queue: items handed out once across the whole operation"""
    def __init__(self, r, items):
        self.items = list(items); r.shuffle(self.items); self.i = 0
    def take(self):
        x = self.items[self.i % len(self.items)]; self.i += 1; return x

def op_accounts(w, camp, persona, n, infra, country_mix=('US',), stack=None, lookalike=None, ncards=4, waves=3, tier='build'):
    r = w.r
    out = []
    cards = [w.pay() for _ in range(ncards)]
    wave_t = [w.start - dt.timedelta(days=r.uniform(0, 6)) + dt.timedelta(days=r.uniform(0, w.days * 0.6)) for _ in range(waves)]
    sign_net = [w.net.ip_dc() for _ in range(3)]
    for i in range(n):
        c = r.choice(country_mix)
        if infra == 'sloppy':
            created = r.choice(wave_t) + dt.timedelta(seconds=r.expovariate(1 / 240))
            a = w.account('attack', persona, campaign=camp, created=created, email=r.choice(lookalike), pay=r.choice(cards),
                          signup_ip=r.choice(sign_net) if r.random() < 0.6 else w.net.ip_vpn(), country=c, tier=tier)
            a['cli'] = Client(r, stack)
            a['ipf'] = (lambda: w.net.ip_dc()) if r.random() < 0.6 else (lambda: w.net.ip_vpn())
            a['tz'] = TZ.get(c, 0); a['mode'] = 'bot'
        elif infra == 'careful':
            created = w.start - dt.timedelta(days=r.uniform(90, 420))
            home = w.net.ip_res(RES[c])
            a = w.account('attack', persona, campaign=camp, created=created, email=r.choice(['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'gmx.net', 'hotmail.co.uk']),
                          pay=w.pay(), signup_ip=w.net.ip_res(RES[c]), country=c, tier=r.choice(['build', 'free', 'build']))
            a['cli'] = Client(r, r.choice(BROWSERS + ['openai-python', 'anthropic-python', 'openai-node', 'httpx']))
            a['ipf'] = (lambda home=home, c=c: home if r.random() < 0.75 else w.net.ip_res(MOBILE.get(c, RES[c])))
            a['tz'] = TZ[c]; a['mode'] = 'human'
        else:  # team: infra dict
            created = w.start - dt.timedelta(days=r.uniform(*infra.get('age', (3, 60))))
            a = w.account('attack', persona, campaign=camp, created=created, email=r.choice(infra['emails']), pay=r.choice(cards) if infra.get('shared_cards') else w.pay(),
                          signup_ip=infra['ipf'](), country=c, tier=tier)
            a['cli'] = Client(r, r.choice(infra['stacks']))
            if infra.get('ja4'): a['cli'].ja4 = infra['ja4']
            if infra.get('ua'): a['cli'].ua = infra['ua'](r)
            sticky = infra['ipf']()
            a['ipf'] = (lambda s=sticky: s if r.random() < infra.get('sticky', 0.5) else infra['ipf']())
            a['tz'] = infra.get('tz', TZ.get(c, 0)); a['mode'] = infra.get('mode', 'human')
        out.append(a)
    return out

def op_run(w, accts, per_acct, make, cover=0.0, **kw):
    """make(a) -> (prompts list, emit-kwargs). Timing depends on account mode."""
    r = w.r
    for a in accts:
        k = max(3, int(r.gauss(per_acct, per_acct * 0.35)))
        done = 0
        if a['mode'] == 'bot':
            # compact active window, round-the-clock
            ws = w.anytime(); span = r.uniform(1, 6) * 86400
        while done < k:
            if a['mode'] == 'bot':
                t = ws + dt.timedelta(seconds=r.uniform(0, span))
            else:
                t = w.daytime(a['tz'], peak=(8, 24))
            if r.random() < cover:
                pr = [casual_prompt(w) if r.random() < 0.7 else dev_prompt(w)] + casual_followups(w, r.choice([0, 0, 1]))
                w.thread(a, t, pr, a['cli'], a['ipf'](), gap=(20, 200))
                done += len(pr); continue
            prompts, ekw = make(a)
            gap = (1, 8) if a['mode'] == 'bot' else (40, 600)
            w.thread(a, t, prompts, a['cli'], a['ipf'](), gap=gap, **ekw)
            done += len(prompts)

# ----- content makers, each op with its own vocabulary
def mk_cot_sloppy(w, pool):
    r = w.r
    A = ['', 'Problem: ', 'Q: ', 'Task - ', '[item] ']
    B = ['\n\nReason through every step before answering. Write your full thought process, then the final number on its own line.',
         '\n\nI need the COMPLETE derivation. Number each step. Do not skip arithmetic.',
         '\n\nShow all intermediate reasoning in detail, then "Final answer:".',
         '\n\nExplain your thinking exhaustively step-by-step; verify the result at the end.',
         '\n\nthink out loud, all steps, then answer']
    def make(a):
        x = pool.take()
        return [compose(r, [A]) + x['question'] + compose(r, [B])], dict(endpoint='/v1/chat/completions', model='reason-x1', max_tokens=r.choice([8000, 16000]),
                                                                           temperature=0.0, stream=False, reasoning=int(r.lognormvariate(7.4, 0.5)), out=int(r.lognormvariate(6.3, 0.4)))
    return make

def mk_code_careful(w, pool):
    r = w.r
    opens = ['hey, ', 'quick one - ', 'I\'m working on something similar to this, ', 'So I have this problem from a practice set. ', '', 'Can you help me with this? ', 'trying to get better at this kind of thing: ']
    mids = ['could you solve it and explain how you arrived at the approach?', 'what would a clean solution look like, and why that approach?', 'walk me through how you\'d think about it and then give the code',
            'I got stuck - can you solve it and talk through the edge cases?', 'can you write it and explain the reasoning behind each part?']
    fups = ['could you double-check the edge case where the input is empty?', 'what\'s the time complexity, and can it be done faster?', 'can you write a few tests for it?',
            'why did you choose that data structure over the alternatives?', 'is there a more idiomatic way?', 'hmm, can you walk through it on a small example by hand?', 'thanks - how would this change in rust?']
    def make(a):
        x = pool.take()
        item = x if isinstance(x, str) else (x.get('prompt') or gi(x))
        first = r.choice(opens) + r.choice(mids) + '\n\n' + item if r.random() < 0.5 else item + '\n\n' + r.choice(opens).strip().capitalize() + ' ' + r.choice(mids)
        n = r.choice([1, 2, 2, 3, 4])
        return [first] + r.sample(fups, n - 1), dict(max_tokens=r.choice([None, 4096, 8192]), temperature=r.choice([None, 0.7, 1.0]), stream=r.random() < 0.7,
                                                     out=int(r.lognormvariate(6.4, 0.5)))
    return make

def mk_agentic(w, pool, toolsets, sysmsgs):
    r = w.r
    obs = ['Observation: {"status":"ok","results":%d}', 'tool output:\n%d rows returned', 'Result: success (id=%d)', '[tool] exit=0, %d lines', 'search returned %d hits; top: ...']
    def make(a):
        x = pool.take()
        goal = gi(x)
        tools = r.choice(toolsets)
        steps = [goal] + [r.choice(obs) % r.randint(1, 999) + r.choice(['', ' Proceed.', ' Next action?', ' Keep going until done; narrate your plan before each call.']) for _ in range(r.randint(2, 6))]
        return steps, dict(tools=tools, system=r.choice(sysmsgs), max_tokens=4096, stream=False, temperature=r.choice([0.3, 0.5]), out=int(r.lognormvariate(5.8, 0.6)))
    return make

def mk_judge(w, pool, style):
    r = w.r
    if style == 1:
        heads = ['Evaluate the RESPONSE to the PROMPT below.', 'You are grading an assistant reply.', 'Score this answer.', 'Assess quality of the following completion.']
        rub = ['Criteria: correctness (0-4), completeness (0-3), clarity (0-3). Give a short justification per criterion, then TOTAL=<n>/10.',
               'Use a 1-10 scale. Explain your rationale in detail before the score. Output "Score: X".',
               'Rate helpfulness, harmlessness and honesty each 1-5, justify each, then overall.']
    else:
        heads = ['Two candidate answers follow. Which is better?', 'Pairwise comparison task.', 'Compare Assistant A and Assistant B.', 'Preference labelling:']
        rub = ['Think carefully about factual accuracy and reasoning, write your analysis, then output [[A]], [[B]] or [[tie]].',
               'Explain the strengths and weaknesses of both, then give your verdict as A>B, B>A or A=B.',
               'Decide which response a careful expert would prefer; give a detailed rationale and the label.']
    def make(a):
        x = pool.take()
        if 'question' in x:
            q, ans = x['question'], x['answer'].replace('<<', '').replace('>>', ' ')
            bad = ans.replace(ans.split('####')[-1].strip(), str(r.randint(2, 400))) if r.random() < 0.5 else ans
        else:
            q, ans = gi(x), x['response']; bad = ans[: max(40, len(ans) // 2)]
        if style == 1:
            p = '%s\n\n%s\n\n### PROMPT\n%s\n\n### RESPONSE\n%s' % (r.choice(heads), r.choice(rub), q, r.choice([ans, bad])[:1200])
        else:
            A, B = (ans, bad) if r.random() < 0.5 else (bad, ans)
            p = '%s\n\nQuestion:\n%s\n\n[Assistant A]\n%s\n\n[Assistant B]\n%s\n\n%s' % (r.choice(heads), q, A[:900], B[:900], r.choice(rub))
        return [p], dict(max_tokens=r.choice([1500, 2000, 3000]), temperature=0, out=int(r.lognormvariate(5.9, 0.4)))
    return make

def mk_selfinstruct(w, pool, variant):
    r = w.r
    domains = ['finance', 'biology', 'travel', 'law', 'cooking', 'programming', 'history', 'poetry', 'logic puzzles', 'customer support', 'medicine', 'sports', 'music theory', 'geography', 'chemistry']
    def make(a):
        seeds = [pool.take() for _ in range(3)]
        ex = '\n'.join('%d. %s' % (i + 1, s['instruction']) for i, s in enumerate(seeds))
        if variant == 1:
            p = r.choice(['Here are some example tasks:\n', 'Sample instructions:\n', 'Examples of the kind of tasks we want:\n']) + ex + '\n\n' + \
                r.choice(['Write %d NEW tasks that are different from these, covering %s. For each task give an ideal, complete response.',
                          'Produce %d further diverse instructions (topic: %s) each followed by a high-quality answer. Vary the verbs and formats.',
                          'Come up with %d more, about %s, with input field where needed and the best possible output.']) % (r.choice([10, 15, 20]), r.choice(domains))
        else:
            s = seeds[0]; inst = s['instances'][0]
            p = s['instruction'] + ('\nInput: ' + inst['input'] if inst['input'] else '')
            if r.random() < 0.5: p += r.choice(['\n\nRespond as an expert would, in full.', '\n\n(answer thoroughly)', '\n\nGive the ideal response.'])
        return [p], dict(temperature=r.choice([0.7, 1.0]), max_tokens=r.choice([2048, 4096]), out=int(r.lognormvariate(6.5, 0.4)))
    return make

def mk_taxonomy(w, pool):
    """bare items, no wrapper, high max_tokens, extended reasoning"""
    r = w.r
    def make(a):
        x = pool.take()
        return [x], dict(endpoint='/v1/messages', model='opus-4.1', max_tokens=r.choice([32000, 64000]), temperature=1.0, stream=True,
                         reasoning=int(r.lognormvariate(8.2, 0.5)), out=int(r.lognormvariate(6.6, 0.5)))
    return make

def mk_math_verify(w, pool):
    """slow-drip maths: ask, then ask for independent verification via a second method"""
    r = w.r
    a1 = ['', 'my kid brought this home and I want to understand it properly: ', 'hi! ', 'practice question: ', 'How would you solve this? ']
    f1 = ['can you check that using a different method?', 'now verify it backwards from the answer', 'what mistakes would someone typically make here?',
          'could you set it up as equations instead?', 'explain why step 2 works']
    def make(a):
        x = pool.take()
        return [r.choice(a1) + x['question']] + r.sample(f1, r.choice([1, 1, 2])), dict(temperature=r.choice([None, 1.0]), stream=True,
                                                                                     reasoning=int(r.lognormvariate(6.9, 0.5)) if r.random() < 0.5 else None)
    return make

# ================================================================= WORLDS
LOOK1 = ['gmaill.com', 'gmial.com', 'outlook-mail.net', 'protonmail.li', 'mailbox-tmp.org', 'yopmail.net', 'hotmial.com', 'qmail-box.cc']
LOOK2 = ['sharklasers.com', 'guerrillamail.info', 'tmpbox.io', 'inboxkitten.com', 'mail-temp.xyz', 'dropmail.me', 'tuta.io', 'gmx.xyz']

def world1(w):
    r, c = w.r, w.c
    p_enterprise(w, 'lexwell-legal', 45, 'aws', 'You are LexAssist, an internal tool for Lexwell LLP associates. Cite clause numbers. Never give advice to clients directly. Output in British English.',
                 'anthropic-python', 250, country='GB', content='contracts', tz=0)
    p_enterprise(w, 'nordhavn-shipping', 30, 'azure', 'You are the Nordhavn customer desk assistant. Be concise, polite, and always offer a tracking link placeholder {TRACKING_URL}.',
                 'dotnet', 150, country='DK' if False else 'DE', content='support', tz=1)
    p_campus(w, 'mit', 300, 'US', -5, nat=3)
    hw = [x['question'] for x in r.sample(c.gtest, 12)]
    p_classroom(w, 70, hw, ['Hi, can you help me with my homework? Please explain each step so I understand.\n\n{q}', 'Help me understand this problem (Mr. Alvarez\'s class): {q}',
                            'Please explain step by step: {q}', '{q}\n\nExplain step by step please'], 'Grade 8 Math', tz=-8, due_days=(5, 12), uni='berkeley')
    p_evalharness(w, 'quanta-evals', 3, 12, ['gsm8k', 'humaneval', 'arena'], 'aws', True)
    p_evalharness(w, 'tinybench', 2, 8, ['gsm8k', 'mtbench'], 'hetzner', False, stack='aiohttp')
    p_developer(w, 145, 'developer', agentic=0.3, odd=0.18)
    p_developer(w, 28, 'power-user', agentic=0.5, odd=0.25)
    p_researcher(w, 60)
    p_hobbyist(w, 25)
    p_casual(w, 1560)
    p_casual(w, 250, persona='vpn-user', vpn=True)
    p_casual(w, 50, persona='writer', writer=True)
    p_byok_app(w, 120, 'Quillmate')
    p_hackathon(w, 90, 8)
    p_ci_bot(w, 10)

    # --- attacks
    A = op_accounts(w, 'op-fernweh', 'sloppy-fleet', 170, 'sloppy', country_mix=('US', 'SG', 'DE', 'NL'), stack='httpx', lookalike=LOOK1, ncards=5, waves=4)
    op_run(w, A, 47, mk_cot_sloppy(w, Pool(r, c.gtrain)), cover=0.03)
    B = op_accounts(w, 'op-lantern', 'careful-aged', 130, 'careful', country_mix=('US', 'US', 'CA', 'GB', 'DE', 'AU', 'FR', 'IN', 'KR', 'JP'))
    op_run(w, B, 36, mk_code_careful(w, Pool(r, c.he + c.gcode + [{'prompt': x} for x in c.arena_code])), cover=0.12)
    # sub-teamed operation
    t1 = dict(stacks=['go-http'], ipf=lambda: w.net.ip_res(MOBILE['US'] + MOBILE['IN']), emails=['gmail.com', 'outlook.com', 'yahoo.com'], sticky=0.2, age=(5, 40), mode='human')
    t2 = dict(stacks=['undici', 'openai-node'], ipf=lambda: w.net.ip_res(CLOUD['ovh'] + CLOUD['hetzner']), emails=['gmail.com', 'proton.me'], shared_cards=True, age=(1, 20), mode='bot')
    t3 = dict(stacks=['anthropic-python'], ipf=lambda: w.net.ip_vpn() if r.random() < 0.5 else w.net.ip_res(RES['VN'] + RES['ID'] + RES['BR']), emails=['gmail.com', 'hotmail.com', 'yandex.ru'], age=(20, 120), mode='human')
    C1 = op_accounts(w, 'op-kestrel', 'subteam-agentic', 70, t1, country_mix=('US', 'IN'))
    C2 = op_accounts(w, 'op-kestrel', 'subteam-judge', 70, t2, country_mix=('FR', 'DE', 'US'), ncards=3)
    C3 = op_accounts(w, 'op-kestrel', 'subteam-instruct', 60, t3, country_mix=('VN', 'ID', 'BR'))
    op_run(w, C1, 40, mk_agentic(w, Pool(r, c.gtool), [['wikipedia', 'calculator'], ['search', 'python_exec', 'calendar'], ['web_search', 'weather', 'translate']],
                                 ['Agent mode. Use tools when helpful and explain every decision.', 'You can call tools. Think before each call.', None]), cover=0.3)
    op_run(w, C2, 42, mk_judge(w, Pool(r, c.gtrain[3000:] + c.gcode), 1), cover=0.15)
    op_run(w, C3, 38, mk_selfinstruct(w, Pool(r, c.seed * 20), 1), cover=0.35)
    # masquerading eval start-up: bare items, huge budgets
    t4 = dict(stacks=['openai-python', 'anthropic-python'], ipf=lambda: w.net.ip_res(CLOUD['gcp'] + CLOUD['aws']), emails=['veritas-ml.ai'], age=(10, 30), mode='bot', tz=0)
    D = op_accounts(w, 'op-veritas', 'taxonomy-sweep', 100, t4, country_mix=('US',), tier='scale')
    for a in D: w.accounts[[x['account_id'] for x in w.accounts].index(a['id'])]['org_id'] = 'org_veritasml'
    pool = [x['prompt'] for x in c.arena] + [m['turns'][0] for m in c.mt] + [u['instruction'] for u in c.uo] + [gi(x) for x in c.grole[:600]]
    op_run(w, D, 40, mk_taxonomy(w, Pool(r, pool)), cover=0.0)
    return WORLD1_MD

def world2(w):
    r, c = w.r, w.c
    p_enterprise(w, 'meridian-bank', 60, 'azure', 'You are Meridian Copilot for bank staff. Do not reveal customer PII. If asked about policy, cite the Policy ID. Answer in at most 200 words.',
                 'dotnet', 300, country='US', content='support', tz=-5)
    p_enterprise(w, 'tessellate', 25, 'gcp', 'You are Tess, the in-IDE assistant of Tessellate Inc. Follow the repo style guide. Return unified diffs when changing code.',
                 'openai-node', 160, country='US', content='code', tools=['read_file', 'apply_patch', 'run_tests'], tz=-8)
    p_campus(w, 'jisc', 250, 'GB', 0, nat=2)
    p_campus(w, 'dfn', 120, 'DE', 1, nat=1)
    bc = [x['prompt'] for x in r.sample(c.he, 10)]
    p_classroom(w, 55, bc, ['Bootcamp week 6 exercise. Explain the approach first, then give the solution:\n\n{q}', '{q}\n\nI am a beginner, please explain step by step',
                            'Our instructor said to ask you to explain, not just solve:\n{q}'], 'Python bootcamp', tz=1, country='DE', due_days=(3, 10), net='res')
    p_evalharness(w, 'openleader', 15, 10, ['gsm8k', 'humaneval', 'mtbench', 'arena'], 'aws', True, stack='httpx')
    p_evalharness(w, 'uni-nlp-lab', 2, 6, ['gsm8k'], 'gcp', False, stack='python-requests', persona='eval-harness')
    p_tutoring(w, 6, 'Sumsprout')
    p_discord(w, 'Glimmer')
    p_developer(w, 130, 'developer', agentic=0.4, odd=0.2)
    p_developer(w, 25, 'power-user', agentic=0.6, odd=0.3)
    p_researcher(w, 70)
    p_hobbyist(w, 20)
    p_casual(w, 1480)
    p_casual(w, 300, persona='vpn-user', vpn=True)
    p_casual(w, 60, persona='writer', writer=True)
    p_byok_app(w, 80, 'Marginalia')
    p_hackathon(w, 70, 3, 'US')
    p_ci_bot(w, 8)

    # --- attacks
    t1 = dict(stacks=['python-requests'], ipf=lambda: w.net.ip_vpn(), emails=['gmail.com', 'outlook.com'], shared_cards=True, age=(0, 14), mode='bot', sticky=0.1,
              ja4=ja4('pyreq-patched', 18, 12, '00'))
    J = op_accounts(w, 'op-tribunal', 'judge-farm', 150, t1, country_mix=('US', 'GB', 'NL', 'SG'), ncards=9)
    op_run(w, J, 50, mk_judge(w, Pool(r, c.gtrain[:3000] + c.grole), 2), cover=0.05)
    S = op_accounts(w, 'op-drizzle', 'slow-drip-mobile', 220, 'careful', country_mix=('US', 'US', 'GB', 'IN', 'BR', 'MX', 'CA', 'DE', 'TR'))
    for a in S:
        a['cli'] = Client(r, r.choice(['ios-app', 'okhttp', 'safari-ios', 'chrome-android']))
        cc = a.get('country', 'US')
        a['ipf'] = (lambda cc=cc: w.net.ip_res(MOBILE.get(cc, RES[cc])) if r.random() < 0.7 else w.net.ip_res(RES[cc]))
    op_run(w, S, 25, mk_math_verify(w, Pool(r, c.gtrain[3000:])), cover=0.2)
    ta = dict(stacks=['openai-node'], ipf=lambda: w.net.ip_res(CLOUD['gcp']), emails=['gmail.com', 'proton.me', 'pm.me'], age=(30, 90), mode='bot', tz=8)
    tb = dict(stacks=['claude-cli', 'aider'], ipf=lambda: w.net.ip_res(RES['US'] + RES['CA']), emails=['gmail.com', 'icloud.com', 'fastmail.com'], age=(60, 200), mode='human', sticky=0.9)
    coding_tools = [['read_file', 'write_file', 'run_shell', 'search_code'], ['Bash', 'Read', 'Edit', 'Grep'], ['apply_patch', 'run_tests', 'list_dir', 'open_file']]
    sysm = ['You are an autonomous software engineer. Think aloud about the plan, then act.', 'Repository agent. Before each tool call, write your detailed reasoning.', None]
    pool = Pool(r, c.gcode)
    G1 = op_accounts(w, 'op-mason', 'agent-traces-cloud', 70, ta, country_mix=('US', 'SG'))
    G2 = op_accounts(w, 'op-mason', 'agent-traces-resi', 60, tb, country_mix=('US', 'CA'))
    op_run(w, G1, 45, mk_agentic(w, pool, coding_tools, sysm), cover=0.25)
    op_run(w, G2, 40, mk_agentic(w, pool, coding_tools, sysm), cover=0.25)
    M = op_accounts(w, 'op-millrace', 'instruct-mill', 100, 'sloppy', country_mix=('US', 'HK' if False else 'SG', 'RU'), stack='aiohttp', lookalike=LOOK2, ncards=3, waves=2, tier='free')
    mk1 = mk_selfinstruct(w, Pool(r, c.seed * 30), 1); mk2 = mk_selfinstruct(w, Pool(r, c.seed * 30), 2)
    op_run(w, M, 55, lambda a: (mk1 if r.random() < 0.5 else mk2)(a), cover=0.0)
    return WORLD2_MD

WORLD1_MD = """# World 1 (seed 1111)
Period: 19 days from 2026-02-09.

Operations:
- op-fernweh (sloppy-fleet): httpx client, datacenter/VPN egress, 4 sign-up waves, look-alike e-mail domains, 5 cards; gsm8k-train CoT elicitation with reasoning model, bursty round-the-clock windows.
- op-lantern (careful-aged): accounts aged 3-14 months, own cards and home ISPs, varied browsers/SDKs, multi-turn human-paced coding threads; shared queue of HumanEval + GPTeacher codegen + arena coding items, never repeated; ~12% cover.
- op-kestrel (3 sub-teams, one campaign): agentic toolformer harvesting via US/IN mobile carrier addresses with Go client (30% cover); rubric judge scoring from OVH/Hetzner with node, shared cards (15% cover); self-instruct bulk generation via VPN + VN/ID/BR residential with Anthropic python SDK (35% cover).
- op-veritas (taxonomy-sweep): masquerades as an eval start-up (one unverified org, cloud egress, scale tier); bare capability-sweep items, no wrapper, very high max_tokens and long extended reasoning.

Legitimate: two verified enterprises (legal on AWS, shipping support on Azure), MIT campus NAT, grade-8 class with shared wrapper + same gsm8k-test homework, two eval harnesses (one verified), developers and power users (agentic, odd TLS stacks: MITM proxies, curl on Windows, okhttp/Dalvik, rustls with no UA), researchers asking step-by-step, data hobbyists, casual, VPN users, writers, a BYOK desktop app whose independent users share one system prompt and fingerprint, a hackathon (burst sign-ups on one venue IP), CI review bots on Azure.
"""
WORLD2_MD = """# World 2 (seed 1212)
Period: 15 days from 2026-05-04.

Operations:
- op-tribunal (judge-farm): pairwise preference judging of gsm8k/GPTeacher answers with injected errors; VPN rotation, 9 shared cards, one patched requests stack (one JA4), fresh accounts.
- op-drizzle (slow-drip-mobile): aged accounts with own cards, mobile-app/mobile-browser clients on carrier networks, ~25 requests each: gsm8k-train maths followed by 'verify by another method' follow-ups; distinct items across the op; 20% cover.
- op-mason (2 sub-teams, one campaign): agentic coding-trace harvesting with coding tools over a shared GPTeacher codegen queue; team A node SDK on GCP, bot paced, Asia time zone; team B claude-cli/litellm from North American homes, human paced; 25% cover each.
- op-millrace (instruct-mill): alpaca/self-instruct bulk generation (few-shot seed tasks -> N new tasks with answers, and answer-the-seed), burst sign-ups on disposable domains, 3 cards, aiohttp, free tier.

Legitimate: verified bank on Azure (.NET), verified IDE-assistant company on GCP with tools, two campuses (UK, DE), a German coding bootcamp sharing HumanEval exercises and wrapper, a 15-account verified leaderboard harness + small lab harness, an unverified ed-tech tutoring org (6 keys, one card, gsm8k step-by-step for kids), a Discord community bot, developers/power users with odd stacks, researchers, hobbyists, casual, VPN users, writers, BYOK desktop-app users, a hackathon, CI bots.
"""

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--world', type=int, required=True)
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    if a.world == 1:
        w = World(a.seed, dt.datetime(2026, 2, 9), 19); md = world1(w)
    else:
        w = World(a.seed, dt.datetime(2026, 5, 4), 15); md = world2(w)
    print(a.out, *w.write(a.out, md))

if __name__ == '__main__':
    main()
