#!/usr/bin/env python3
"""Blind set I: generator of synthetic LLM-API traffic worlds (stdlib only, deterministic per seed).

usage: python3 gen.py --world 1 --seed 9101 --out /tmp/blindI1
       python3 gen.py --world 2 --seed 9202 --out /tmp/blindI2
"""
import argparse, bisect, csv, gzip, hashlib, ipaddress, json, os, random, re
from datetime import datetime, timedelta, timezone

DATA = os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data'))
ASN_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv')


# ----------------------------------------------------------------------------- corpora
def jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def jarr(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return json.load(f)


def load_corpora():
    c = {}
    o = DATA + '/corpora/organic/'
    x = DATA + '/corpora/extraction/'
    c['koala'] = [r['prompt'] for r in jl(o + 'koala.jsonl')]
    c['arena'] = [r['prompt'] for r in jl(o + 'arena-hard-v0.1.jsonl')]
    c['mt'] = [r['turns'] for r in jl(o + 'mt-bench.jsonl')]
    c['vicuna'] = [r['turns'][0] for r in jl(o + 'vicuna-bench.jsonl')]
    hh = []
    for r in jl(o + 'hh-rlhf-harmless-test.jsonl.gz'):
        turns = re.findall(r'Human: (.*?)(?=\n\nAssistant:|$)', r['chosen'], re.S)
        turns = [t.strip() for t in turns if t.strip()]
        if turns:
            hh.append(turns[:4])
    c['hh'] = hh
    uo = []
    for r in jl(o + 'self-instruct-user-oriented.jsonl'):
        inst = r['instances'][0]['input'] if r['instances'] else ''
        uo.append((r['motivation_app'], r['instruction'] + ('\n\n' + inst if inst else '')))
    c['useror'] = uo
    seeds = []
    for r in jl(x + 'self-instruct-seed-tasks.jsonl'):
        inst = r['instances'][0]['input'] if r['instances'] else ''
        seeds.append(r['instruction'] + ('\n' + inst if inst else ''))
    c['seed'] = seeds
    c['alpaca'] = open(x + 'alpaca-generation-prompt.txt', encoding='utf-8').read()
    c['codegen'] = [(r['instruction'] + ('\n' + r['input'] if r.get('input') else '')) for r in jarr(x + 'gpteacher-codegen.json.gz')]
    c['roleplay'] = [r['instruction'] for r in jarr(x + 'gpteacher-roleplay.json.gz')]
    c['toolformer'] = [(r['instruction'] + ('\n' + r['input'] if r.get('input') else '')) for r in jarr(x + 'gpteacher-toolformer.json.gz')]
    c['gsm_train'] = [r['question'] for r in jl(x + 'gsm8k-train.jsonl.gz')]
    c['gsm_test'] = [r['question'] for r in jl(x + 'gsm8k-test.jsonl')]
    c['gsm_test_ans'] = [r['answer'] for r in jl(x + 'gsm8k-test.jsonl')]
    c['heval'] = [r['prompt'] for r in jl(x + 'humaneval.jsonl.gz')]
    out_tok = []
    for name in ('code', 'conv'):
        with open(DATA + '/traces/AzureLLMInferenceTrace_%s.csv' % name) as f:
            rd = csv.DictReader(f)
            out_tok.append([int(r['GeneratedTokens']) for r in rd])
    c['trace_code'], c['trace_conv'] = out_tok
    return c


# ----------------------------------------------------------------------------- networks
def load_cidrs(path, limit=None):
    out = []
    for l in open(path):
        l = l.strip()
        if l and not l.startswith('#'):
            try:
                n = ipaddress.ip_network(l, strict=False)
            except ValueError:
                continue
            if n.prefixlen <= 30:
                out.append(n)
    return out


ASNS = {  # name -> asn numbers
    'comcast': [7922], 'charter': [20115], 'verizon': [701], 'tmobile_us': [21928], 'att': [7018],
    'dtag': [3320], 'orange': [3215], 'free': [12322], 'telefonica_es': [3352], 'bt': [2856],
    'kt': [4766], 'unicom': [4837], 'jio': [55836], 'vodafone_in': [38266], 'rostelecom': [12389],
    'viettel': [7552], 'docomo': [9605], 'telkomsel': [23693], 'claro_br': [28573], 'safaricom': [33771],
    'pldt': [9299], 'turk_telekom': [9121], 'netia_pl': [12741],
    'mit': [3], 'utokyo': [2501], 'cernet': [4538],
    'aws': [16509, 14618], 'gcp': [396982, 15169], 'azure': [8075], 'hetzner': [24940], 'do': [14061], 'ovh': [16276],
}


def load_asn_ranges():
    want = {}
    for k, v in ASNS.items():
        for a in v:
            want[a] = k
    rng = {k: [] for k in ASNS}
    with open(ASN_CSV, newline='') as f:
        for row in csv.reader(f):
            try:
                a = int(row[2])
            except (ValueError, IndexError):
                continue
            if a in want:
                s = int(ipaddress.IPv4Address(row[0])); e = int(ipaddress.IPv4Address(row[1]))
                if e - s >= 255:
                    rng[want[a]].append((s, e))
    return rng


class Net:
    def __init__(self, rnd):
        self.r = rnd
        self.asn = load_asn_ranges()
        self.dc = load_cidrs(DATA + '/network/datacenter-ipv4.txt')
        self.vpn = load_cidrs(DATA + '/network/vpn-ipv4.txt')
        self.dc6 = [n for n in load_cidrs(DATA + '/network/datacenter-ipv6.txt') if n.version == 6]

    def from_asn(self, name):
        lst = self.asn.get(name) or self.asn['comcast']
        s, e = self.r.choice(lst)
        return str(ipaddress.IPv4Address(self.r.randint(s + 1, e - 1)))

    def block(self, name, size=256):
        """a small contiguous block (e.g. a campus NAT pool or an office egress)"""
        ip = int(ipaddress.IPv4Address(self.from_asn(name))) & ~0xff
        return [str(ipaddress.IPv4Address(ip + i)) for i in range(1, min(size, 254))]

    def from_net(self, nets):
        n = self.r.choice(nets)
        if n.num_addresses <= 2:
            return str(n.network_address)
        return str(n.network_address + self.r.randint(1, min(n.num_addresses - 2, 2**32)))

    def dcip(self):
        return self.from_net(self.dc)

    def vpnip(self):
        return self.from_net(self.vpn)

    def dcip6(self):
        n = self.r.choice(self.dc6)
        return str(n.network_address + self.r.randint(1, min(n.num_addresses - 1, 2**48)))


RESID = {
    'US': ['comcast', 'charter', 'verizon', 'att', 'tmobile_us'], 'DE': ['dtag'], 'FR': ['orange', 'free'],
    'ES': ['telefonica_es'], 'GB': ['bt'], 'KR': ['kt'], 'CN': ['unicom'], 'IN': ['jio', 'vodafone_in'],
    'RU': ['rostelecom'], 'VN': ['viettel'], 'JP': ['docomo'], 'ID': ['telkomsel'], 'BR': ['claro_br'],
    'KE': ['safaricom'], 'PH': ['pldt'], 'TR': ['turk_telekom'], 'PL': ['netia_pl'],
}
TZ = {'US': -6, 'DE': 1, 'FR': 1, 'ES': 1, 'GB': 0, 'KR': 9, 'CN': 8, 'IN': 5, 'RU': 3, 'VN': 7, 'JP': 9,
      'ID': 7, 'BR': -3, 'KE': 3, 'PH': 8, 'TR': 3, 'PL': 1, 'SG': 8}
COUNTRY_W = [('US', 30), ('IN', 10), ('DE', 6), ('GB', 6), ('FR', 5), ('BR', 5), ('JP', 4), ('KR', 4), ('ES', 3),
             ('PL', 3), ('TR', 3), ('ID', 3), ('VN', 2), ('PH', 3), ('KE', 2), ('CN', 2), ('RU', 2)]


# ----------------------------------------------------------------------------- client stacks
def h12(s):
    return hashlib.sha256(s.encode()).hexdigest()[:12]


def ja4(proto, nc, ne, alpn, key):
    return 't13%s%02d%02d%s_%s_%s' % (proto, nc, ne, alpn, h12('c' + key), h12('e' + key))


STACKS = {
    'chrome-win': (ja4('d', 15, 16, 'h2', 'chrome'), ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36'], ['131', '132', '133']),
    'chrome-mac': (ja4('d', 15, 16, 'h2', 'chrome'), ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36'], ['131', '132', '133']),
    'edge-win': (ja4('d', 15, 16, 'h2', 'chrome'), ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0'], ['131', '132']),
    'firefox': (ja4('d', 17, 15, 'h2', 'firefox'), ['Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0'], ['132', '133', '134']),
    'safari-mac': (ja4('d', 20, 14, 'h2', 'safari'), ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v} Safari/605.1.15'], ['17.6', '18.1', '18.2']),
    'ios-app': (ja4('d', 20, 13, 'h2', 'ios'), ['Mozilla/5.0 (iPhone; CPU iPhone OS {v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148'], ['18_1', '18_2', '17_6']),
    'android-okhttp': (ja4('d', 16, 13, 'h2', 'okhttp'), ['okhttp/{v}', 'Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007) chatwrap/{v}'], ['4.12.0', '4.11.0']),
    'py-requests': (ja4('d', 18, 12, 'h1', 'pyreq'), ['python-requests/{v}'], ['2.31.0', '2.32.3']),
    'py-httpx': (ja4('d', 18, 12, 'h1', 'httpx'), ['python-httpx/{v}'], ['0.27.0', '0.27.2', '0.28.1']),
    'aiohttp': (ja4('d', 18, 12, 'h1', 'aiohttp'), ['Python/3.11 aiohttp/{v}'], ['3.9.5', '3.10.10']),
    'openai-py': (ja4('d', 18, 12, 'h1', 'httpx'), ['OpenAI/Python {v}'], ['1.54.4', '1.55.0', '1.57.2']),
    'anthropic-py': (ja4('d', 18, 12, 'h1', 'httpx'), ['Anthropic/Python {v}'], ['0.39.0', '0.40.0', '0.42.0']),
    'openai-node': (ja4('d', 17, 12, 'h1', 'undici'), ['OpenAI/JS {v}'], ['4.73.0', '4.76.1']),
    'anthropic-ts': (ja4('d', 17, 12, 'h1', 'undici'), ['Anthropic/JS {v}'], ['0.32.1', '0.33.1']),
    'node-undici': (ja4('d', 17, 12, 'h1', 'undici'), ['undici', 'node'], ['']),
    'go-http': (ja4('d', 13, 11, 'h2', 'go'), ['Go-http-client/2.0', 'Go-http-client/1.1'], ['']),
    'openai-go': (ja4('d', 13, 11, 'h2', 'go'), ['OpenAI/Go {v}'], ['0.1.0-alpha.41']),
    'java-sdk': (ja4('d', 19, 13, 'h2', 'java'), ['Java-http-client/{v}', 'okhttp/4.12.0'], ['17.0.12', '21.0.5']),
    'curl-win': (ja4('d', 31, 13, 'h2', 'schannel'), ['curl/{v}'], ['8.9.1', '8.10.1']),
    'curl-linux': (ja4('d', 30, 14, 'h2', 'curl-ossl'), ['curl/{v}'], ['7.81.0', '8.5.0']),
    'cli-agent': (ja4('d', 17, 12, 'h1', 'undici'), ['code-pilot-cli/{v} (node)', 'aider/{v}'], ['1.2.7', '0.68.0']),
    'zscaler': (ja4('d', 12, 9, 'h1', 'zscaler'), None, ['']),  # corporate TLS intercept: keeps inner UA
    'dotnet': (ja4('d', 14, 11, 'h2', 'dotnet'), ['Azure.AI.OpenAI/{v} (.NET 8.0)'], ['2.1.0']),
    'ruby': (ja4('d', 18, 13, 'h1', 'ruby'), ['ruby-openai/{v} Faraday v2.12'], ['7.3.1']),
}


def ua_for(r, stack):
    ja, uas, vers = STACKS[stack]
    if uas is None:
        inner = r.choice(['chrome-win', 'openai-py', 'edge-win', 'anthropic-py'])
        return STACKS[inner][1][0].replace('{v}', r.choice(STACKS[inner][2])), ja
    return r.choice(uas).replace('{v}', r.choice(vers)), ja


def random_ja4(r):
    return 't13d%02d%02d%s_%012x_%012x' % (r.randint(12, 20), r.randint(10, 17), r.choice(['h2', 'h2', 'h1']), r.getrandbits(48), r.getrandbits(48))


BROWSERS = ['chrome-win', 'chrome-mac', 'edge-win', 'firefox', 'safari-mac', 'ios-app', 'android-okhttp']
SDKS = ['openai-py', 'anthropic-py', 'openai-node', 'anthropic-ts', 'py-requests', 'py-httpx', 'go-http', 'java-sdk', 'dotnet', 'ruby']

MODELS = {'big': 'helix-4-pro', 'mid': 'helix-4', 'small': 'helix-4-mini', 'think': 'helix-4-reason'}


# ----------------------------------------------------------------------------- world
def iso(dt):
    return dt.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (dt.microsecond // 1000)


class World:
    def __init__(self, seed, start, days):
        self.r = random.Random(seed)
        self.seed = seed
        self.start = start
        self.days = days
        self.end = start + timedelta(days=days)
        self.accounts, self.labels, self.ix = [], [], []
        self.nacc = 0
        self.created = {}
        self.nreq = 0
        self.nconv = 0
        self.C = load_corpora()
        self.net = Net(random.Random(seed + 1))
        self.summary = []

    # -- ids
    def hid(self, prefix, n=16):
        return prefix + '%0*x' % (n, self.r.getrandbits(4 * n))

    def card(self):
        return 'pf_' + '%024x' % self.r.getrandbits(96)

    def conv(self):
        self.nconv += 1
        return 'cv_' + '%020x' % self.r.getrandbits(80)

    def account(self, label, persona, created, email, country, tier='build', org=None, verified=False, card='new',
                signup_ip=None, campaign=None):
        self.nacc += 1
        aid = 'acct_' + '%014x' % self.r.getrandbits(56)
        if card == 'new':
            card = self.card()
        self.created[aid] = created
        self.accounts.append(dict(account_id=aid, created_at=iso(created), org_id=org, email_domain=email,
                                  payment_fingerprint=card, signup_ip=signup_ip, country=country, tier=tier,
                                  verified=verified))
        self.labels.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))
        return aid

    # -- time helpers
    def hum_time(self, day, tz, night_owl=False):
        """local-diurnal time on a given day offset"""
        r = self.r
        if night_owl:
            h = r.choice([10, 13, 15, 17, 19, 20, 21, 22, 23, 23, 0, 1, 2])
        else:
            h = r.choices(range(24), weights=[1, .5, .3, .2, .2, .3, .8, 2, 4, 6, 7, 7, 6, 7, 7, 7, 6, 5, 4, 4, 4, 3, 2, 1.5])[0]
        dt = self.start + timedelta(days=day, hours=h - tz, seconds=r.uniform(0, 3600))
        return dt

    def clamp(self, dt):
        if dt < self.start:
            dt = self.start + timedelta(seconds=self.r.uniform(0, 3600))
        if dt >= self.end:
            dt = self.end - timedelta(seconds=self.r.uniform(60, 7200))
        return dt

    def weekday_ok(self, day, weekend_factor=0.35):
        wd = (self.start + timedelta(days=day)).weekday()
        return wd < 5 or self.r.random() < weekend_factor

    # -- tokens
    def out_tokens(self, kind='conv', scale=1.0, lo=8, hi=8000):
        src = self.C['trace_code'] if kind == 'code' else self.C['trace_conv']
        v = int(self.r.choice(src) * scale * self.r.uniform(0.7, 1.3))
        return max(lo, min(hi, v))

    # -- emit
    def emit(self, aid, key, ts, ip, ua, ja, prompt, system=None, endpoint=None, model=None, conv=None, turn=None,
             tools=None, out=None, reasoning=None, max_tokens=None, temperature=None, stream=None, err=0.03,
             ctx_tokens=0, response=None, kind='conv'):
        r = self.r
        ts = self.clamp(ts)
        c0 = self.created[aid]
        if ts <= c0:
            ts = c0 + timedelta(seconds=self.r.uniform(60, 4 * 3600))
        if endpoint is None:
            endpoint = r.choice(['/v1/messages', '/v1/chat/completions'])
        if model is None:
            model = MODELS['mid']
        itok = max(3, int(len(prompt) / 3.8 + (len(system) / 3.8 if system else 0) + ctx_tokens + (len(tools) * 180 if tools else 0)))
        if out is None:
            out = self.out_tokens(kind)
        if max_tokens is not None:
            out = min(out, max_tokens)
        x = r.random()
        status = 200
        if x < err:
            status = r.choices([429, 400, 500, 529], weights=[6, 2, 1, 1])[0]
        if status != 200:
            out = 0
            reasoning = 0 if reasoning is not None else None
            response = None
        ttft = r.uniform(250, 1400) + (reasoning or 0) * r.uniform(8, 14)
        lat = int(ttft + out * r.uniform(9, 28)) if status == 200 else int(r.uniform(40, 900))
        self.nreq += 1
        self.ix.append(dict(id='req_' + '%018x' % r.getrandbits(72), ts=iso(ts), account_id=aid, api_key_id=key, ip=ip,
                            user_agent=ua, tls_ja4=ja, endpoint=endpoint, model=model, conversation_id=conv,
                            turn=turn, system=system, prompt=prompt, tool_names=tools, response=response,
                            input_tokens=itok, output_tokens=out, reasoning_tokens=reasoning, max_tokens=max_tokens,
                            temperature=temperature, stream=stream, status=status, latency_ms=lat))
        return ts, itok + out + (reasoning or 0)


# ----------------------------------------------------------------------------- helpers for wording
def pick(r, *opts):
    return r.choice(opts)


FOLLOWUPS = ['thanks. can you make it shorter?', 'ok now explain that like I am new to this', 'what about edge cases?',
             'can you double check the second part', 'hmm that does not compile, line 3', 'great, and in Rust?',
             'could you give me a table version', 'why is that the case though', 'write tests for it',
             'rewrite it more formally', 'perfect. one more: how would this scale?', 'not quite what I meant, I need it for a spreadsheet',
             'can you cite where that comes from', 'ok and the opposite case?', 'add comments please']

LANGS = ['Spanish', 'German', 'French', 'Portuguese (Brazil)', 'Japanese', 'Korean', 'Polish', 'Turkish', 'Indonesian',
         'Vietnamese', 'Italian', 'Dutch', 'Simplified Chinese', 'Arabic']


def email_common(r, country):
    base = ['gmail.com'] * 10 + ['outlook.com'] * 3 + ['yahoo.com', 'hotmail.com', 'icloud.com', 'proton.me']
    extra = {'DE': ['web.de', 'gmx.de'], 'FR': ['orange.fr', 'free.fr'], 'JP': ['yahoo.co.jp'], 'KR': ['naver.com'],
             'CN': ['qq.com', '163.com'], 'RU': ['yandex.ru', 'mail.ru'], 'BR': ['uol.com.br'], 'IN': ['rediffmail.com'],
             'PL': ['wp.pl'], 'TR': ['yandex.com.tr'], 'GB': ['btinternet.com']}
    return r.choice(base + extra.get(country, []) * 3)


# ============================================================================= organic personas
def pick_country(r):
    return r.choices([c for c, _ in COUNTRY_W], weights=[w for _, w in COUNTRY_W])[0]


def organic_prompt(w, kind=None):
    r, C = w.r, w.C
    kind = kind or r.choices(['koala', 'arena', 'vicuna', 'hh', 'useror', 'mt', 'roleplay'], weights=[3, 4, 2, 4, 3, 2, 1])[0]
    if kind == 'koala': return [r.choice(C['koala'])]
    if kind == 'arena': return [r.choice(C['arena'])]
    if kind == 'vicuna': return [r.choice(C['vicuna'])]
    if kind == 'hh': return list(r.choice(C['hh']))
    if kind == 'useror': return [r.choice(C['useror'])[1]]
    if kind == 'mt': return list(r.choice(C['mt']))
    return [r.choice(C['roleplay'])]


def run_threads(w, aid, key, n_req, day_fn, tz, client_fn, prompt_fn, system=None, model_fn=None, tools=None,
                reason_p=0.1, max_tokens_fn=None, temp_fn=None, stream_p=0.6, follow_p=0.35, gap=(20, 400),
                endpoint=None, kind='conv', err=0.03, night_owl=False):
    r = w.r
    done = 0
    while done < n_req:
        day = day_fn()
        t = w.hum_time(day, tz, night_owl)
        ip, ua, ja = client_fn()
        turns = prompt_fn()
        extra = 0
        while r.random() < follow_p and extra < 6:
            extra += 1
        turns = turns + [r.choice(FOLLOWUPS) for _ in range(extra)]
        cid = w.conv() if (len(turns) > 1 or r.random() < 0.7) else None
        ctx = 0
        ep = endpoint or r.choice(['/v1/messages', '/v1/chat/completions'])
        model = model_fn() if model_fn else MODELS[r.choice(['mid', 'mid', 'small', 'big'])]
        for i, p in enumerate(turns):
            if done >= n_req:
                break
            reas = int(r.uniform(200, 4000)) if (model == MODELS['think'] or r.random() < reason_p) else None
            t, used = w.emit(aid, key, t, ip, ua, ja, p, system=system, endpoint=ep, model=model,
                             conv=cid, turn=(i + 1) if cid else None, tools=tools, reasoning=reas,
                             max_tokens=max_tokens_fn() if max_tokens_fn else r.choice([None, 1024, 2048, 4096, 8192]),
                             temperature=temp_fn() if temp_fn else r.choice([None, None, 0.7, 1.0, 0.2]),
                             stream=r.random() < stream_p, ctx_tokens=ctx, kind=kind, err=err)
            ctx += used
            done += 1
            t = t + timedelta(seconds=r.uniform(*gap))
    return done


def simple_user(w, persona, n, reqs, countries=None, clients=None, vpn=False, prompt_kind=None, night_owl=False,
                tier_w=(('free', 6), ('build', 3), ('scale', 1)), system_fn=None, reason_p=0.08, follow_p=0.35,
                kind='conv', tools_fn=None, model_fn=None, created_back=(5, 900)):
    r = w.r
    for _ in range(n):
        c = r.choice(countries) if countries else pick_country(r)
        home = w.net.from_asn(r.choice(RESID.get(c, ['comcast'])))
        created = w.start - timedelta(days=r.uniform(*created_back))
        tier = r.choices([a for a, _ in tier_w], weights=[b for _, b in tier_w])[0]
        aid = w.account('organic', persona, created, email_common(r, c), c, tier=tier, card=None if tier == 'free' else 'new',
                        signup_ip=home if r.random() < 0.8 else None)
        keys = [w.hid('key_', 10) for _ in range(r.choice([1, 1, 2]))]
        stacks = r.sample(clients or BROWSERS, k=min(2, len(clients or BROWSERS)))
        ips = [home] + ([w.net.from_asn(r.choice(RESID.get(c, ['comcast'])))] if r.random() < 0.3 else [])
        vpnips = [w.net.vpnip() for _ in range(r.randint(2, 6))] if vpn else []
        mob = r.random() < 0.2

        def client():
            st = r.choice(stacks)
            ua, ja = ua_for(r, st)
            if vpn and r.random() < 0.85:
                ip = r.choice(vpnips)
            elif mob and r.random() < 0.3:
                ip = w.net.from_asn('tmobile_us' if c == 'US' else r.choice(RESID.get(c, ['comcast'])))
            else:
                ip = r.choice(ips)
            return ip, ua, ja
        nreq = max(1, int(r.expovariate(1 / reqs)) + 1)
        active = sorted(r.sample(range(w.days), k=min(w.days, max(1, r.randint(1, 1 + nreq // 2)))))
        sysp = system_fn() if system_fn else None
        run_threads(w, aid, r.choice(keys), nreq, lambda: r.choice(active), TZ.get(c, 0), client,
                    lambda: organic_prompt(w, prompt_kind() if prompt_kind else None), system=sysp,
                    reason_p=reason_p, follow_p=follow_p, kind=kind, night_owl=night_owl,
                    tools=tools_fn() if tools_fn else None, model_fn=model_fn)
    w.summary.append('organic %-24s accounts=%d' % (persona, n))


def p_casual(w, n): simple_user(w, 'casual', n, 2.5)
def p_vpn(w, n): simple_user(w, 'vpn-user', n, 5, vpn=True)
def p_writer(w, n): simple_user(w, 'writer', n, 8, prompt_kind=lambda: w.r.choice(['roleplay', 'koala', 'mt', 'useror']), follow_p=0.6, night_owl=True,
                                system_fn=lambda: w.r.choice([None, 'You are my co-writer. Keep my voice; British spelling.', 'Help me edit my novel. Be blunt.']))


def p_researcher(w, n):
    r = w.r
    def pk():
        return r.choice(['arena', 'arena', 'mt', 'vicuna'])
    simple_user(w, 'researcher', n, 20, prompt_kind=pk, reason_p=0.6, clients=BROWSERS + ['openai-py', 'anthropic-py', 'py-httpx'],
                tier_w=(('build', 6), ('scale', 2)), model_fn=lambda: MODELS[r.choice(['think', 'think', 'big'])])


def p_power(w, n):
    r = w.r
    simple_user(w, 'power-user', n, 40, prompt_kind=lambda: r.choice(['arena', 'arena', 'koala', 'useror', 'mt']),
                clients=['chrome-mac', 'firefox', 'curl-win', 'zscaler', 'openai-py', 'android-okhttp', 'ruby'],
                tier_w=(('build', 5), ('scale', 3)), follow_p=0.55, reason_p=0.25, night_owl=True)


DEV_TOOLS = [['read_file', 'write_file', 'run_shell', 'search_code'], ['bash', 'str_replace_editor', 'view_file'],
             ['get_diagnostics', 'apply_patch', 'run_tests', 'grep'], ['browser_open', 'browser_click', 'read_page'],
             ['sql_query', 'list_tables', 'describe_table']]


def p_developer(w, n):
    """developers: agentic coding sessions via CLI tools + SDK scripts, long threads, odd client stacks"""
    r = w.r
    for _ in range(n):
        c = pick_country(r)
        home = w.net.from_asn(r.choice(RESID.get(c, ['comcast'])))
        corp = r.random() < 0.25
        office = w.net.from_asn(r.choice(['aws', 'azure', 'gcp'])) if corp else None
        aid = w.account('organic', 'developer', w.start - timedelta(days=r.uniform(10, 700)), r.choice(['gmail.com', 'outlook.com', 'proton.me', 'fastmail.com', h12(str(r.random()))[:7] + '.io']), c,
                        tier=r.choice(['build', 'build', 'scale']), signup_ip=home)
        key = w.hid('key_', 10)
        stacks = r.sample(['cli-agent', 'cli-agent', 'openai-py', 'anthropic-ts', 'curl-win', 'zscaler', 'go-http', 'openai-node', 'chrome-mac'], 3)
        tools = r.choice(DEV_TOOLS)
        nreq = int(r.uniform(10, 60))
        done = 0
        tz = TZ.get(c, 0)
        while done < nreq:
            day = r.randrange(w.days)
            if not w.weekday_ok(day, 0.4):
                continue
            t = w.hum_time(day, tz, r.random() < 0.3)
            st = r.choice(stacks)
            ua, ja = ua_for(r, st)
            ip = office if (corp and r.random() < 0.7) else home
            agentic = st == 'cli-agent' or r.random() < 0.3
            src = r.choice(['arena', 'codegen', 'heval']) if r.random() < 0.85 else 'koala'
            first = r.choice(w.C['arena']) if src == 'arena' else (r.choice(w.C['codegen']) if src == 'codegen' else
                    'this test keeps failing, can you fix the implementation?\n\n' + r.choice(w.C['heval']) if src == 'heval' else r.choice(w.C['koala']))
            L = r.randint(3, 18) if agentic else r.randint(1, 4)
            cid = w.conv()
            ctx = 0
            for i in range(L):
                if done >= nreq: break
                p = first if i == 0 else (r.choice(['tool_result: exit code 1\n' + r.choice(['AssertionError', 'TypeError: undefined is not a function', 'ModuleNotFoundError: numpy', 'FAIL tests/test_api.py::test_get']),
                                                    'tool_result: ok', 'tool_result: file written (42 lines)', 'continue', 'now run the linter']) if agentic else r.choice(FOLLOWUPS))
                t, used = w.emit(aid, key, t, ip, ua, ja, p, system=('You are a coding agent working in the user\'s repository. Use tools to inspect and modify files.' if agentic else None),
                                 endpoint='/v1/messages' if agentic else None, model=MODELS[r.choice(['big', 'mid'])], conv=cid, turn=i + 1,
                                 tools=tools if agentic else None, max_tokens=r.choice([4096, 8192, 16000]), temperature=r.choice([None, 0.0, 0.2]),
                                 stream=True, ctx_tokens=ctx, kind='code', reasoning=int(r.uniform(100, 2500)) if r.random() < 0.3 else None)
                ctx += used if i < 12 else 0
                done += 1
                t += timedelta(seconds=r.uniform(4, 90) if agentic else r.uniform(60, 900))
    w.summary.append('organic %-24s accounts=%d' % ('developer', n))


def p_hobbyist(w, n):
    """data-generation hobbyists: self-instruct style, a few hundred items at most, own home connection"""
    r = w.r
    for _ in range(n):
        c = pick_country(r)
        home = w.net.from_asn(r.choice(RESID.get(c, ['comcast'])))
        aid = w.account('organic', 'data-hobbyist', w.start - timedelta(days=r.uniform(30, 600)), email_common(r, c), c, tier='build', signup_ip=home)
        key = w.hid('key_', 10)
        ua, ja = ua_for(r, r.choice(['openai-py', 'py-requests', 'aiohttp']))
        nreq = int(r.uniform(10, 60))
        day0 = r.randrange(w.days)
        t = w.hum_time(day0, TZ.get(c, 0), True)
        style = r.random()
        for i in range(nreq):
            if style < 0.4:
                p = w.C['alpaca'] if r.random() < 0.5 else 'Give me 10 more instructions like these, numbered:\n' + '\n'.join(r.sample(w.C['seed'], 3))
            elif style < 0.7:
                p = 'Write a short story for my fine-tuning dataset in the style of: ' + r.choice(w.C['roleplay'])
            else:
                p = r.choice(w.C['seed'])
            t, _ = w.emit(aid, key, t, home, ua, ja, p, model=MODELS['mid'], max_tokens=2048, temperature=1.0, stream=False)
            t += timedelta(seconds=r.uniform(2, 40)) if r.random() < 0.9 else timedelta(hours=r.uniform(6, 50))
    w.summary.append('organic %-24s accounts=%d' % ('data-hobbyist', n))


def org_accounts(w, persona, n, org, verified, card_shared, email, country, created, tier, signup_ip, stagger_s=120):
    card = w.card() if card_shared else None
    out = []
    for i in range(n):
        out.append(w.account('organic', persona, created + timedelta(seconds=i * w.r.uniform(5, stagger_s)), email, country, tier=tier,
                             org=org, verified=verified, card=card if card_shared else 'new', signup_ip=signup_ip))
    return out


def steady_org(w, persona, accts, egress, stack, system, prompt_fn, per_acct, model, tz, endpoint, max_tokens, temperature,
               stream, round_clock=False, tools=None, kind='conv', reasoning_fn=None, weekdays=True, conv_p=0.5):
    r = w.r
    for aid in accts:
        key = w.hid('key_', 10)
        ua, ja = ua_for(r, stack)
        n = max(5, int(r.gauss(per_acct, per_acct * 0.25)))
        for _ in range(n):
            day = r.randrange(w.days)
            if weekdays and not w.weekday_ok(day, 0.25):
                day = r.randrange(w.days)
            t = w.start + timedelta(days=day, seconds=r.uniform(0, 86400)) if round_clock else w.hum_time(day, tz)
            p = prompt_fn()
            if isinstance(p, list):
                cid = w.conv()
                for i, q in enumerate(p):
                    t, _ = w.emit(aid, key, t, r.choice(egress), ua, ja, q, system=system, endpoint=endpoint, model=model, conv=cid, turn=i + 1,
                                  tools=tools, max_tokens=max_tokens, temperature=temperature, stream=stream, kind=kind,
                                  reasoning=reasoning_fn() if reasoning_fn else None)
                    t += timedelta(seconds=r.uniform(3, 60))
            else:
                cid = w.conv() if r.random() < conv_p else None
                w.emit(aid, key, t, r.choice(egress), ua, ja, p, system=system, endpoint=endpoint, model=model, conv=cid, turn=1 if cid else None,
                       tools=tools, max_tokens=max_tokens, temperature=temperature, stream=stream, kind=kind,
                       reasoning=reasoning_fn() if reasoning_fn else None)


def p_enterprise(w, n_orgs, per_org):
    r = w.r
    apps = [('northwind-insurance.com', 'US', 'You are Nora, the claims assistant for Northwind Insurance. Answer only about policies, claims and coverage. Escalate when unsure.', 'aws', 'openai-py'),
            ('kestrel-legal.co.uk', 'GB', 'You are a contract review assistant for Kestrel Legal LLP. Summarise clauses, flag risks, cite clause numbers. Never give final legal advice.', 'azure', 'dotnet'),
            ('mercado-nube.com.br', 'BR', 'Você é o assistente de atendimento da MercadoNube. Responda em português, com educação e brevidade.', 'gcp', 'java-sdk'),
            ('helvetia-pharma.ch', 'DE', 'You summarise pharmacovigilance case narratives into MedDRA-coded fields. Output JSON only.', 'aws', 'anthropic-py')]
    for k in range(n_orgs):
        dom, c, sysp, cloud, stack = apps[k % len(apps)]
        org = 'org_' + h12(dom + str(w.seed))
        egress = [w.net.from_asn(cloud) for _ in range(r.randint(2, 4))]
        created = w.start - timedelta(days=r.uniform(40, 400))
        accts = org_accounts(w, 'verified-enterprise', per_org, org, True, True, dom, c, created, 'enterprise', egress[0], 20)
        steady_org(w, 'verified-enterprise', accts, egress, stack, sysp,
                   lambda: organic_prompt(w, r.choice(['koala', 'hh', 'useror', 'vicuna']))[0], 2700 // per_org, MODELS['mid'], TZ[c],
                   r.choice(['/v1/messages', '/v1/chat/completions']), 1024, 0.3, True)
    w.summary.append('organic %-24s orgs=%d accounts=%d' % ('verified-enterprise', n_orgs, n_orgs * per_org))


def p_contract_lab(w, n):
    """a university lab that distils legitimately under a signed data-licence contract; verified org"""
    r = w.r
    org = 'org_' + h12('uni-distill' + str(w.seed))
    egress = w.net.block('utokyo', 16)[:6] + [w.net.from_asn('gcp') for _ in range(4)]
    accts = org_accounts(w, 'contract-distillation-lab', n, org, True, True, 'g.ecc.u-tokyo.ac.jp', 'JP', w.start - timedelta(days=r.uniform(60, 120)), 'scale', egress[0], 3600)
    wr = ['Solve the following problem. Show your full reasoning, then give the final answer after "####".\n\n',
          'Problem:\n', 'Think step by step and explain each step for a student.\n\n']
    def pf():
        s = r.random()
        if s < 0.5: return r.choice(wr) + r.choice(w.C['gsm_train'])
        if s < 0.8: return 'Complete the function. Explain your approach first.\n\n' + r.choice(w.C['heval'] + w.C['codegen'][:600])
        return r.choice(w.C['seed'])
    steady_org(w, 'contract-distillation-lab', accts, egress, 'aiohttp', 'Research data generation run under licence agreement UT-2026-114.',
               pf, 150, MODELS['think'], 9, '/v1/chat/completions', 16000, 0.7, False, round_clock=True, kind='code',
               reasoning_fn=lambda: int(r.uniform(800, 9000)), weekdays=False, conv_p=0.0)
    w.summary.append('organic %-24s accounts=%d' % ('contract-distillation-lab', n))


def p_campus(w, n, asn='mit', country='US', email='mit.edu'):
    """students behind one campus NAT (small pool)"""
    r = w.r
    nat = w.net.block(asn, 256)[:8]
    for _ in range(n):
        aid = w.account('organic', 'campus-nat', w.start - timedelta(days=r.uniform(1, 500)), r.choice([email, email, 'gmail.com']), country,
                        tier='free', card=None, signup_ip=r.choice(nat))
        key = w.hid('key_', 10)
        st = r.choice(BROWSERS + ['openai-py'])
        nreq = max(1, int(r.expovariate(1 / 6)) + 1)
        home = w.net.from_asn(r.choice(RESID[country]))
        def client():
            ua, ja = ua_for(r, st)
            return (r.choice(nat) if r.random() < 0.8 else home), ua, ja
        run_threads(w, aid, key, nreq, lambda: r.randrange(w.days), TZ[country], client,
                    lambda: organic_prompt(w, r.choice(['arena', 'koala', 'vicuna', 'mt', 'hh'])) if r.random() < 0.8 else [r.choice(w.C['gsm_train'])], night_owl=True)
    w.summary.append('organic %-24s accounts=%d (NAT %s)' % ('campus-nat', n, asn))


def p_classroom(w, n_classes, per_class):
    """a class sharing the teacher's wrapper and the same homework items; bursts before the deadline"""
    r = w.r
    for k in range(n_classes):
        asn, country, email = r.choice([('mit', 'US', 'mit.edu'), ('cernet', 'CN', 'stu.edu.cn'), ('utokyo', 'JP', 'g.ecc.u-tokyo.ac.jp')])
        nat = w.net.block(asn, 64)[:4]
        hw = r.sample(w.C['gsm_test'] if k % 2 == 0 else w.C['heval'], 12)
        teacher = r.choice(['You are a patient teaching assistant for CS-101. Do not just give the answer; guide the student with hints and explain each step.',
                            'You are TA-bot for Quantitative Reasoning 1. Explain reasoning step by step, then ask the student a check question.'])
        wrapper = r.choice(['Homework {k}, question {q}: ', 'HW{k} Q{q} - please help me understand: ', 'Assignment {k} (due Friday) problem {q}:\n'])
        deadline = r.randint(3, w.days - 2)
        created = w.start - timedelta(days=r.uniform(10, 40))
        for s in range(per_class):
            aid = w.account('organic', 'classroom', created + timedelta(minutes=r.uniform(0, 300)), email, country, tier='free', card=None, signup_ip=r.choice(nat))
            key = w.hid('key_', 10)
            st = r.choice(BROWSERS)
            home = w.net.from_asn(r.choice(RESID[country]))
            for q in r.sample(range(len(hw)), r.randint(3, 10)):
                day = max(0, deadline - int(r.expovariate(1.2)))
                t = w.hum_time(day, TZ[country], True)
                ua, ja = ua_for(r, st)
                ip = r.choice(nat) if r.random() < 0.5 else home
                cid = w.conv()
                turns = [wrapper.format(k=k + 3, q=q + 1) + hw[q]] + [r.choice(['i dont get step 2', 'so is the answer right?', 'can you check my answer: 42', 'ok thanks'])
                                                                  for _ in range(r.choice([0, 0, 1, 2]))]
                for i, p in enumerate(turns):
                    t, _ = w.emit(aid, key, t, ip, ua, ja, p, system=teacher, endpoint='/v1/chat/completions', model=MODELS['small'], conv=cid, turn=i + 1,
                                  max_tokens=1024, temperature=0.5, stream=True)
                    t += timedelta(seconds=r.uniform(30, 400))
    w.summary.append('organic %-24s classes=%d accounts=%d' % ('classroom', n_classes, n_classes * per_class))


def p_eval_harness(w, n, per):
    """a lab running public benchmarks from cloud runners; repeats items across runs; round the clock"""
    r = w.r
    org = 'org_' + h12('evalhouse' + str(w.seed))
    card = w.card()
    runners = [w.net.from_asn('aws') for _ in range(6)] + [w.net.dcip6() for _ in range(2)]
    items = [('gsm', q) for q in w.C['gsm_test'][:400]] + [('he', q) for q in w.C['heval']] + [('mt', q[0]) for q in w.C['mt']]
    for i in range(n):
        aid = w.account('organic', 'eval-harness', w.start - timedelta(days=r.uniform(30, 300)), 'evalhouse.ai', 'US', tier='scale', org=org,
                        verified=r.random() < 0.5, card=card, signup_ip=runners[0])
        key = w.hid('key_', 10)
        ua, ja = ua_for(r, r.choice(['py-httpx', 'openai-py', 'anthropic-py']))
        done = 0
        target = int(r.gauss(per, per * 0.15))
        while done < target:
            t = w.start + timedelta(seconds=r.uniform(0, w.days * 86400))
            run = r.sample(items, r.randint(40, 160))
            model = r.choice(list(MODELS.values()))
            shots = r.random() < 0.5
            for kind, q in run:
                p = ('Question: ' + q + '\nAnswer: Let\'s think step by step.' if kind == 'gsm' and shots else q)
                t, _ = w.emit(aid, key, t, r.choice(runners), ua, ja, p, endpoint='/v1/chat/completions', model=model, max_tokens=r.choice([512, 1024]),
                              temperature=0.0, stream=False, reasoning=int(r.uniform(300, 5000)) if model == MODELS['think'] else None,
                              kind='code' if kind == 'he' else 'conv', err=0.05)
                t += timedelta(seconds=r.uniform(0.2, 3))
                done += 1
    w.summary.append('organic %-24s accounts=%d' % ('eval-harness', n))


def p_leaderboard(w, n, per):
    """a public leaderboard: generates answers to arena/mt prompts and runs judge-style pairwise/rubric grading at volume"""
    r = w.r
    org = 'org_' + h12('leaderboard' + str(w.seed))
    ips = [w.net.from_asn('hetzner') for _ in range(3)]
    card = w.card()
    judge_sys = 'Please act as an impartial judge and evaluate the quality of the responses provided by two AI assistants to the user question displayed below. Output your final verdict strictly as [[A]], [[B]] or [[C]] for a tie.'
    for i in range(n):
        aid = w.account('organic', 'leaderboard-judge', w.start - timedelta(days=r.uniform(100, 500)), 'openbench-arena.org', 'DE', tier='scale', org=org, verified=True, card=card, signup_ip=ips[0])
        key = w.hid('key_', 10)
        ua, ja = ua_for(r, 'openai-py')
        target = int(r.gauss(per, per * 0.15))
        done = 0
        while done < target:
            t = w.start + timedelta(seconds=r.uniform(0, w.days * 86400))
            for _ in range(r.randint(30, 120)):
                q = r.choice(w.C['arena'] + [m[0] for m in w.C['mt']])
                if r.random() < 0.6:
                    p = '[User Question]\n%s\n\n[The Start of Assistant A\'s Answer]\n(answer A omitted: %d tokens)\n[The End of Assistant A\'s Answer]\n\n[The Start of Assistant B\'s Answer]\n(answer B: %d tokens)\n[The End of Assistant B\'s Answer]' % (q, r.randint(100, 900), r.randint(100, 900))
                    t, _ = w.emit(aid, key, t, r.choice(ips), ua, ja, p, system=judge_sys, endpoint='/v1/chat/completions', model=MODELS['big'], max_tokens=2048, temperature=0.0, stream=False)
                else:
                    t, _ = w.emit(aid, key, t, r.choice(ips), ua, ja, q, endpoint='/v1/chat/completions', model=r.choice(list(MODELS.values())), max_tokens=4096, temperature=0.7, stream=False)
                t += timedelta(seconds=r.uniform(0.5, 4))
                done += 1
    w.summary.append('organic %-24s accounts=%d' % ('leaderboard-judge', n))


def p_translation(w, n, per):
    """translation agency: one office NAT, shared system prompt, multilingual bulk jobs, unverified org"""
    r = w.r
    org = 'org_' + h12('lingua' + str(w.seed))
    office = w.net.block('netia_pl', 16)[:3]
    card = w.card()
    sysp = 'You are a professional translator at Lingua Bridge sp. z o.o. Preserve formatting, placeholders like {name} and legal terminology. Return only the translation.'
    accts = org_accounts(w, 'translation-agency', n, org, False, True, 'linguabridge.pl', 'PL', w.start - timedelta(days=r.uniform(20, 200)), 'build', office[0], 86400 * 3)
    def pf():
        src = organic_prompt(w, r.choice(['koala', 'useror', 'vicuna', 'roleplay']))[0]
        return r.choice(['Translate into {l}:\n\n', 'Target language: {l}. Register: formal.\n---\n', 'Przetłumacz na język {l} (klient: e-commerce):\n\n', '{l} please, keep markdown:\n']).format(l=r.choice(LANGS)) + src
    steady_org(w, 'translation-agency', accts, office, r.choice(['chrome-win', 'edge-win']), sysp, pf, per, MODELS['mid'], 1, '/v1/chat/completions', 4096, 0.2, True, conv_p=0.2)
    w.summary.append('organic %-24s accounts=%d' % ('translation-agency', n))


def p_qa_outsourcing(w, n, per):
    """QA outsourcing firm: each account tests one client's chatbot with a fixed regression suite, re-run nightly from CI"""
    r = w.r
    ci = [w.net.from_asn('do') for _ in range(3)]
    suites = []
    for i in range(n):
        suites.append(r.sample(w.C['koala'] + w.C['vicuna'] + [h[0] for h in w.C['hh']], 25))
    for i in range(n):
        card = w.card()
        aid = w.account('organic', 'qa-outsourcing', w.start - timedelta(days=r.uniform(10, 300)), r.choice(['testwise.vn', 'qaforge.in', 'testwise.vn']), r.choice(['VN', 'IN']), tier='build',
                        org='org_' + h12('qa' + str(i) + str(w.seed)) if r.random() < 0.5 else None, card=card, signup_ip=ci[0])
        key = w.hid('key_', 10)
        ua, ja = ua_for(r, r.choice(['go-http', 'node-undici', 'py-requests']))
        sysp = 'You are the support assistant of %s. %s' % (r.choice(['ShopEasy', 'FlyNow Airlines', 'BankPro', 'EduMate', 'CareClinic']), r.choice(['Be polite.', 'Never discuss competitors.', 'Answer in under 80 words.']))
        done = 0
        day = 0
        while done < per and day < w.days:
            t = w.start + timedelta(days=day, hours=19 + r.uniform(0, 1))
            for q in suites[i]:
                t, _ = w.emit(aid, key, t, r.choice(ci), ua, ja, q, system=sysp, endpoint='/v1/chat/completions', model=MODELS['small'], max_tokens=512, temperature=0.0, stream=False)
                t += timedelta(seconds=r.uniform(0.5, 2))
                done += 1
            day += r.choice([1, 1, 2])
    w.summary.append('organic %-24s accounts=%d' % ('qa-outsourcing', n))


def p_labelling(w, n, per):
    """data-labelling vendor: pre-labels and rubric-scores annotator answers; teams in Nairobi & Manila"""
    r = w.r
    org = 'org_' + h12('labelco' + str(w.seed))
    card = w.card()
    sysp = 'You assist annotators. Given a task and a candidate answer, score it 1-5 against the rubric (helpfulness, correctness, harmlessness) and justify in one sentence. Output JSON {"score":..,"why":..}.'
    for i in range(n):
        c = r.choice(['KE', 'PH'])
        office = w.net.block('safaricom' if c == 'KE' else 'pldt', 8)[:2]
        aid = w.account('organic', 'data-labelling-vendor', w.start - timedelta(days=r.uniform(30, 200)), 'annotera.co', c, tier='scale', org=org, verified=r.random() < 0.3, card=card, signup_ip=office[0])
        key = w.hid('key_', 10)
        st = r.choice(['chrome-win', 'py-requests'])
        for _ in range(int(r.gauss(per, per * 0.3))):
            day = r.randrange(w.days)
            t = w.hum_time(day, TZ[c])
            ua, ja = ua_for(r, st)
            if r.random() < 0.7:
                k = r.randrange(len(w.C['gsm_test']))
                p = 'TASK: %s\nCANDIDATE ANSWER: %s\nScore it.' % (w.C['gsm_test'][k], w.C['gsm_test_ans'][k].split('####')[-1].strip() if r.random() < 0.5 else str(r.randint(1, 500)))
            else:
                p = 'TASK: %s\nCANDIDATE ANSWER: (see attached)\nScore it.' % organic_prompt(w)[0]
            w.emit(aid, key, t, r.choice(office), ua, ja, p, system=sysp, endpoint='/v1/messages', model=MODELS['small'], max_tokens=300, temperature=0.0, stream=False)
    w.summary.append('organic %-24s accounts=%d' % ('data-labelling-vendor', n))


def p_reseller(w, n, per):
    """chatbot resellers: one API account proxies thousands of end users from a cloud VM"""
    r = w.r
    for i in range(n):
        vm = [w.net.from_asn(r.choice(['ovh', 'hetzner', 'do'])) for _ in range(2)]
        c = r.choice(['TR', 'ID', 'BR', 'VN'])
        aid = w.account('organic', 'chatbot-reseller', w.start - timedelta(days=r.uniform(60, 400)), r.choice(['gmail.com', 'chatku.id', 'sohbetai.com.tr', 'papo.app']), c, tier='scale', signup_ip=vm[0])
        key = w.hid('key_', 10)
        ua, ja = ua_for(r, r.choice(['node-undici', 'openai-node', 'go-http']))
        sysp = r.choice(['You are a friendly assistant in a Telegram bot. Reply in the user\'s language.', 'Kamu adalah asisten AI yang ramah.', 'You are a helpful assistant.'])
        done = 0
        while done < per:
            day = r.randrange(w.days)
            t = w.hum_time(day, TZ[c])
            turns = organic_prompt(w)
            cid = w.conv()
            for j, q in enumerate(turns):
                t, _ = w.emit(aid, key, t, r.choice(vm), ua, ja, q, system=sysp, endpoint='/v1/chat/completions', model=MODELS['small'], conv=cid, turn=j + 1,
                              max_tokens=1500, temperature=0.8, stream=True)
                t += timedelta(seconds=r.uniform(10, 200))
                done += 1
    w.summary.append('organic %-24s accounts=%d' % ('chatbot-reseller', n))


# ============================================================================= attack operations
class Pool:
    """a shared work queue: items drawn without replacement across the whole operation"""
    def __init__(self, r, items):
        self.items = list(items)
        r.shuffle(self.items)
        self.i = 0

    def next(self):
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v


def compose(r, parts):
    """compose a wording from slot lists; empty strings allowed"""
    return ''.join(r.choice(p) for p in parts)


def operation(w, camp, teams, note):
    """teams: list of dicts (see keys used below). returns account ids"""
    r = w.r
    total_acc = 0
    for tm in teams:
        n = tm['n']
        total_acc += n
        cards = [w.card() for _ in range(tm.get('cards', 0))] if tm.get('cards') else None
        burst0 = w.start + timedelta(days=tm.get('signup_day', r.uniform(-3, 2)))
        for a in range(n):
            # ---- account
            c = tm['country']() if callable(tm.get('country')) else tm.get('country', 'US')
            if tm.get('aged'):
                created = w.start - timedelta(days=r.uniform(*tm['aged']))
            else:
                created = burst0 + timedelta(minutes=a * r.uniform(0.5, 6) + r.uniform(0, 20)) if r.random() < 0.85 else burst0 + timedelta(days=r.uniform(0, 6))
            email = tm['email'](a)
            card = r.choice(cards) if cards else ('new' if tm.get('tier', 'build') != 'free' else None)
            home_fn = tm['ip']
            ips = [home_fn(a) for _ in range(tm.get('ips_per_acct', 2))]
            aid = w.account('attack', tm['persona'], created, email, c, tier=tm.get('tier', 'build'), card=card,
                            signup_ip=ips[0] if r.random() < 0.9 else None, campaign=camp, org=tm.get('org'))
            keys = [w.hid('key_', 10) for _ in range(tm.get('keys', 1))]
            stack = tm['stack']() if callable(tm['stack']) else tm['stack']
            nreq = max(4, int(r.gauss(tm['per'], tm['per'] * 0.3)))
            tz = TZ.get(c, 0)
            # ---- activity window
            lo, hi = tm.get('window', (0, w.days))
            lo = max(lo, (created - w.start).total_seconds() / 86400 + 0.01)
            if lo >= hi:
                lo = hi - 1
            done = 0
            # rented accounts: prior organic history by the real owner
            if tm.get('rented_at'):
                switch = r.uniform(*tm['rented_at'])
                owner_st = r.choice(BROWSERS)
                hist = r.randint(3, 12)
                for _ in range(hist):
                    d = r.uniform(0, switch)
                    ua, ja = ua_for(r, owner_st)
                    t = w.hum_time(int(d), tz)
                    turns = organic_prompt(w)
                    cid = w.conv()
                    for j, q in enumerate(turns[:3]):
                        t, _ = w.emit(aid, keys[0], t, ips[0], ua, ja, q, model=MODELS['mid'], conv=cid, turn=j + 1, stream=True, max_tokens=None)
                        t += timedelta(seconds=r.uniform(30, 300))
                lo = switch
                ips = [tm['rent_ip'](a) for _ in range(2)]
                keys = [w.hid('key_', 10)]
            while done < nreq:
                # timing
                mode = tm.get('timing', 'human')
                if mode == 'drip':
                    d = lo + (hi - lo) * (done + r.random()) / nreq
                    t = w.hum_time(int(d), tz, True) if r.random() < 0.7 else w.start + timedelta(days=d)
                elif mode == 'script':
                    t = w.start + timedelta(days=r.uniform(lo, hi))
                else:
                    t = w.hum_time(int(r.uniform(lo, hi)), tz, tm.get('night_owl', False))
                # client per request/session
                if tm.get('random_tls'):
                    st = r.choice(BROWSERS + SDKS)
                    ua, _ = ua_for(r, st)
                    ja = random_ja4(r) if r.random() < 0.6 else ua_for(r, st)[1]
                else:
                    ua, ja = ua_for(r, stack)
                    if tm.get('ua_override'):
                        ua = tm['ua_override'](a)
                ip = r.choice(ips) if r.random() < tm.get('ip_sticky', 0.8) else home_fn(a)
                key = r.choice(keys)
                burst = tm.get('burst', (1, 1))
                for _ in range(r.randint(*burst)):
                    if done >= nreq: break
                    cover = r.random() < tm.get('cover', 0.0)
                    if cover:
                        turns = organic_prompt(w)[:2]
                        sysp, tools, mt, temp, reas, model = None, None, r.choice([None, 1024, 2048]), r.choice([None, 0.7]), None, MODELS['mid']
                        kind = 'conv'
                    else:
                        turns = tm['make'](r)
                        sysp = tm['system'](r) if tm.get('system') else None
                        tools = tm['tools'](r) if tm.get('tools') else None
                        mt = tm['max_tokens'](r)
                        temp = tm['temperature'](r)
                        model = tm['model'](r)
                        reas = tm['reasoning'](r) if tm.get('reasoning') else None
                        kind = tm.get('kind', 'conv')
                    cid = w.conv() if (len(turns) > 1 or r.random() < tm.get('conv_p', 0.5)) else None
                    ctx = 0
                    ep = tm.get('endpoint') or r.choice(['/v1/messages', '/v1/chat/completions'])
                    for j, q in enumerate(turns):
                        if done >= nreq: break
                        t, used = w.emit(aid, key, t, ip, ua, ja, q, system=sysp, endpoint=ep, model=model, conv=cid, turn=(j + 1) if cid else None,
                                         tools=tools, max_tokens=mt, temperature=temp, stream=tm.get('stream', r.random() < 0.5),
                                         reasoning=(reas if reas is None else int(reas * r.uniform(0.6, 1.4))), ctx_tokens=ctx,
                                         out=w.out_tokens(kind, tm.get('out_scale', 1.0)), err=tm.get('err', 0.03), kind=kind)
                        ctx += used
                        done += 1
                        t += timedelta(seconds=r.uniform(*tm.get('turn_gap', (20, 240))))
                    t += timedelta(seconds=r.uniform(*tm.get('gap', (1, 20))))
    w.summary.append('attack  %-24s accounts=%d teams=%d  %s' % (camp, total_acc, len(teams), note))


# --------------------------------------------------------------------- wording banks (each operation its own words)
def cot_sloppy(r, item):
    return compose(r, [['', '', 'Task: ', 'Q) ', 'PROBLEM >> '], [item], ['\n\n', '\n', ' '],
                       ['Reason through every step before answering.', 'Walk me through your full thought process, then state the result.',
                        'Please show all intermediate calculations.', 'Explain step-by-step; finish with "Final answer: <n>".',
                        'Lay out your chain of reasoning explicitly.', 'think carefully and show your work', 'Break it into numbered steps.']])


def coding_careful(r, item):
    lead = r.choice(['I\'m stuck on this one —', 'quick question for a side project:', 'Working through some practice problems.', 'Interview prep:', 'Could you help with this?',
                     'hey', 'My implementation passes 3/5 tests, could you write a clean version?', 'How would you approach this?', ''])
    tail = r.choice(['', '', 'Please explain the approach and complexity.', 'Include a couple of test cases.', 'Talk through the edge cases first.', 'idiomatic python please'])
    return (lead + '\n\n' if lead else '') + item + ('\n\n' + tail if tail else '')


CAREFUL_FOLLOW = ['Why did you choose that data structure?', 'Can you think of an input where this fails?', 'What is the time complexity, and can we do better?',
                  'Could you rewrite it without recursion?', 'Explain the trickiest line in more detail.', 'how would you test this properly?',
                  'ok, and in TypeScript?', 'Can you walk through it on a small example?']


def agentic_item(r, C):
    src = r.random()
    if src < 0.45:
        task = r.choice(C['codegen'])
    elif src < 0.75:
        task = r.choice(C['toolformer'])
    else:
        task = 'Implement and verify:\n' + r.choice(C['heval'])
    return task


AGENT_OBS = ['<tool_result name="run_tests">3 passed, 1 failed: test_empty_input</tool_result>', '<tool_result name="read_file">def main():\n    pass\n</tool_result>',
             '<tool_result name="bash">exit 0</tool_result>', '<tool_result name="search_docs">No results.</tool_result>', '<tool_result name="python">Traceback (most recent call last): KeyError: \'id\'</tool_result>',
             '<tool_result name="web_search">[1] Stack Overflow answer ... [2] docs page ...</tool_result>', 'tool output: ok. Continue with the next step and explain what you are doing.',
             'Observation: file saved. Now verify your work and summarise the trajectory.']

ML = {  # multilingual wrappers written for this set
    'es': ['Resuelve el siguiente problema paso a paso y razona en voz alta:\n', 'Necesito la solución completa, con cada paso explicado:\n', 'Explica tu razonamiento detalladamente antes de responder.\n'],
    'pt': ['Resolva passo a passo, mostrando todo o raciocínio:\n', 'Explique detalhadamente como chegar à resposta:\n'],
    'de': ['Löse die folgende Aufgabe Schritt für Schritt und begründe jeden Schritt:\n', 'Bitte den vollständigen Lösungsweg zeigen:\n'],
    'fr': ['Résous ce problème étape par étape en expliquant ton raisonnement :\n', 'Donne un raisonnement détaillé puis la réponse finale :\n'],
    'id': ['Kerjakan soal berikut langkah demi langkah dan jelaskan alasannya:\n', 'Tolong jelaskan cara penyelesaiannya secara rinci:\n'],
    'zh': ['请一步一步地推理并解答下面的问题，写出完整的思考过程：\n', '请详细说明每一步的计算，然后给出最终答案：\n'],
    'ru': ['Реши задачу пошагово, подробно объясняя каждое действие:\n', 'Покажи полный ход рассуждений и итоговый ответ:\n'],
    'vi': ['Hãy giải từng bước và giải thích lập luận của bạn:\n'],
    'tr': ['Aşağıdaki problemi adım adım çöz ve her adımı açıkla:\n'],
    'ja': ['次の問題を段階的に考え、推論の過程をすべて示してください：\n'],
    'ko': ['다음 문제를 단계별로 풀고 추론 과정을 자세히 설명해 주세요:\n'],
}
ML_TAIL = {'es': ['', '\nResponde en español.'], 'pt': ['', '\nResponda em português.'], 'de': ['', '\nAntwort bitte auf Deutsch.'], 'fr': ['', '\nRéponds en français.'],
           'id': [''], 'zh': ['', '\n请用中文回答。'], 'ru': ['', '\nОтвет на русском.'], 'vi': [''], 'tr': [''], 'ja': [''], 'ko': ['']}

RUBRIC_OPEN = ['Grade the following solution on a 0–10 scale for correctness, clarity and completeness. Give a detailed critique per criterion before the score.',
               'You are reviewing a student answer. Identify every error, explain why it is wrong, and assign marks out of 10 using this rubric: method (4), arithmetic (3), presentation (3).',
               'Compare the reference-free answer below with what a correct solution would be. Score 1-7 and justify thoroughly.',
               'Act as an exam moderator: verify each step, then output a JSON object with fields score, errors, ideal_solution.']


def harness_fmt(r, item, kind):
    if kind == 'gsm':
        return r.choice(['Question: {q}\nAnswer:', 'Q: {q}\nA: Let\'s think step by step.', '{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}.',
                         'Problem: {q}\nSolution:']).format(q=item)
    if kind == 'he':
        return r.choice(['{q}', 'Complete the following Python function:\n```python\n{q}\n```', 'Write a solution to the following problem and make sure that it passes the tests:\n```python\n{q}```']).format(q=item)
    return r.choice(['### Instruction:\n{q}\n\n### Response:', '{q}', 'Instruction: {q}\nOutput:']).format(q=item)


TAXONOMY = ['arithmetic reasoning', 'logical deduction', 'code generation', 'code repair', 'SQL', 'regex', 'summarisation', 'translation',
            'legal reasoning', 'medical QA', 'chemistry', 'physics word problems', 'creative writing', 'role-play', 'tool calling', 'planning',
            'multi-hop QA', 'commonsense', 'ethics', 'data extraction to JSON', 'table reasoning', 'theorem proving', 'unit conversion', 'poetry']

STUDENT_LEAD = ['hey so for my homework', 'ok so my prof gave us this', 'need help w/ this for tmrw', 'can u explain how to do this one',
                'studying for midterm, how do i solve', 'lab exercise:', 'im confused about this problem', 'pls help', 'for my CS assignment:',
                'quiz practice -', 'our TA said to use an LLM to check:']
STUDENT_TAIL = ['', ' explain every step pls', ' show the steps so i can learn it', ' with full reasoning', ' and explain like the textbook would',
                ' i need the full working not just answer', ' and add comments to the code so I understand']
STUDENT_FOLLOW = ['wait why is that', 'can u explain step 2 again', 'what if the numbers were different', 'ok and is there another way to do it?',
                  'thx! can you give me a similar practice problem and solve it too', 'how would i explain this in an exam']


# ============================================================================= world recipes
LOOKALIKE = ['gmai1.com', 'outlok-mail.com', 'mailnest.xyz', 'inboxly.top', 'quickmail.icu', 'protonmaiI.com', 'yandex-mail.top', 'tmpbox.site', 'hotmial.co', 'mail-hub.online']


def ips_res(w, countries):
    r = w.r
    return lambda a: w.net.from_asn(r.choice(RESID[r.choice(countries)]))


def models_think(r): return MODELS['think']


def build_world1(w):
    r, C = w.r, w.C
    # ---- organic
    p_enterprise(w, 2, 30)
    p_contract_lab(w, 12)
    p_campus(w, 380, 'mit', 'US', 'mit.edu')
    p_classroom(w, 2, 45)
    p_eval_harness(w, 5, 700)
    p_leaderboard(w, 4, 450)
    p_translation(w, 20, 80)
    p_qa_outsourcing(w, 14, 110)
    p_labelling(w, 25, 60)
    p_reseller(w, 3, 800)
    p_power(w, 120)
    p_developer(w, 150)
    p_researcher(w, 80)
    p_hobbyist(w, 40)
    p_casual(w, 1600)
    p_vpn(w, 200)
    p_writer(w, 120)
    # ---- attacks
    sloppy_cards = 5
    operation(w, 'I1-cot-fleet', [dict(
        n=150, persona='scripted-fleet', cards=sloppy_cards, country=lambda: r.choice(['US', 'US', 'SG', 'GB']),
        email=lambda a: r.choice(LOOKALIKE[:5]), ip=lambda a: w.net.dcip() if r.random() < 0.7 else w.net.vpnip(), ips_per_acct=1, ip_sticky=0.4,
        stack='py-httpx', timing='script', burst=(3, 9), gap=(0.5, 6), turn_gap=(1, 4), per=35, tier='build', err=0.08, signup_day=-1.5,
        make=lambda r: [cot_sloppy(r, r.choice(C['gsm_train']))], max_tokens=lambda r: r.choice([4096, 8192]), temperature=lambda r: r.choice([0.0, 0.2]),
        model=models_think, reasoning=lambda r: 2500, stream=False, endpoint='/v1/chat/completions', conv_p=0.0)],
        'sloppy fleet, CoT on gsm8k-train')
    pool = Pool(r, C['heval'] + C['codegen'])
    operation(w, 'I1-quiet-coders', [dict(
        n=90, persona='aged-careful', aged=(120, 700), country=lambda: r.choice(['US', 'DE', 'GB', 'FR', 'PL', 'BR', 'IN']),
        email=lambda a: email_common(r, 'US'), ip=ips_res(w, ['US', 'DE', 'GB', 'FR', 'PL', 'BR', 'IN']), ips_per_acct=3, random_tls=True, stack='chrome-win',
        timing='human', per=45, gap=(300, 5000), turn_gap=(60, 600),
        make=lambda r: [coding_careful(r, pool.next())] + r.sample(CAREFUL_FOLLOW, r.randint(0, 3)),
        max_tokens=lambda r: r.choice([None, 4096, 8192]), temperature=lambda r: r.choice([None, 0.7, 1.0]), model=lambda r: MODELS[r.choice(['big', 'mid'])],
        reasoning=lambda r: r.choice([None, None, 1500]) or None, kind='code', conv_p=1.0)],
        'careful, no shared artefacts, distinct items from a shared coding pool')
    agent_tools = [['bash', 'python', 'read_file', 'write_file', 'run_tests'], ['web_search', 'fetch_url', 'calculator', 'python'],
                   ['shell', 'edit', 'grep', 'git_diff'], ['sql', 'python', 'plot']]
    def agent_make(r):
        return [agentic_item(r, C)] + r.sample(AGENT_OBS, r.randint(2, 6))
    base = dict(persona='agent-trace-harvester', per=45, timing='human', make=agent_make, tools=lambda r: r.choice(agent_tools), kind='code',
                max_tokens=lambda r: r.choice([8192, 16000]), temperature=lambda r: r.choice([0.0, 0.3, None]), model=lambda r: MODELS[r.choice(['big', 'big', 'think'])],
                reasoning=lambda r: r.choice([800, 3000]), endpoint='/v1/messages', turn_gap=(3, 40), gap=(60, 1800), stream=True, conv_p=1.0,
                email=lambda a: r.choice(['gmail.com', 'outlook.com', 'proton.me']))
    operation(w, 'I1-agent-traces', [
        dict(base, n=40, country='DE', aged=(20, 90), ip=lambda a: w.net.from_asn('hetzner'), ips_per_acct=2, stack='anthropic-ts', cover=0.25,
             system=lambda r: 'You are DevPilot, an autonomous software engineer. Think before every tool call and narrate your plan.'),
        dict(base, n=40, country=lambda: r.choice(['US', 'GB', 'IN']), aged=(5, 40), ip=lambda a: w.net.vpnip(), ips_per_acct=3, stack='cli-agent', cover=0.15,
             system=lambda r: r.choice(['You are a coding agent working in the user\'s repository. Use tools to inspect and modify files.', 'Agent mode. Solve the task end to end using the tools.'])),
        dict(base, n=40, country='US', aged=(30, 200), ip=lambda a: w.net.from_asn('aws'), ips_per_acct=1, stack='openai-py', cover=0.35, timing='script',
             system=lambda r: 'You are an expert assistant with tool access. Always explain your reasoning between tool calls in detail.')],
        '3 sub-teams, agentic tool-use trajectories, 15-35% cover')
    drip_pool = Pool(r, C['gsm_train'][:3000] + C['arena'][:200] + C['heval'])
    operation(w, 'I1-slow-drip', [dict(
        n=140, persona='slow-drip', aged=(30, 240), country=lambda: pick_country(r), email=lambda a: email_common(r, 'US'),
        ip=ips_res(w, ['US', 'IN', 'BR', 'DE', 'KR', 'VN', 'TR']), ips_per_acct=1, stack=lambda: r.choice(['anthropic-py', 'openai-py', 'curl-linux']),
        timing='drip', per=22, make=lambda r: [drip_pool.next()], max_tokens=lambda r: r.choice([32000, 64000]), temperature=lambda r: 1.0,
        model=models_think, reasoning=lambda r: 9000, out_scale=3.0, conv_p=0.0)],
        'slow drip, bare items, extended reasoning, 1-2 requests/day per account')
    def rubric(r):
        k = r.randrange(len(C['gsm_test']))
        ans = C['gsm_test_ans'][k].replace('<<', '').replace('>>', ' ') if r.random() < 0.6 else 'The answer is %d.' % r.randint(2, 900)
        return [r.choice(RUBRIC_OPEN) + '\n\nProblem: ' + C['gsm_test'][k] + '\n\nSubmitted solution:\n' + ans]
    operation(w, 'I1-rented-graders', [dict(
        n=60, persona='rented-aged-account', aged=(400, 1500), rented_at=(3, 9), country=lambda: r.choice(['US', 'GB', 'DE', 'PH', 'KE']),
        email=lambda a: email_common(r, 'US'), ip=ips_res(w, ['US', 'GB', 'DE', 'PH', 'KE']), rent_ip=lambda a: w.net.vpnip() if r.random() < 0.5 else w.net.dcip(),
        stack='py-requests', timing='script', burst=(2, 6), per=40, make=rubric, max_tokens=lambda r: 3000, temperature=lambda r: 0.0,
        model=lambda r: MODELS['big'], reasoning=lambda r: 1200, endpoint='/v1/messages', gap=(2, 30), conv_p=0.1, tier='build')],
        'accounts rented from real users (organic history, then takeover); judge/rubric grading')
    def poly(langs):
        def mk(r):
            L = r.choice(langs)
            item = r.choice(C['gsm_train']) if r.random() < 0.7 else r.choice(C['arena'])
            return [r.choice(ML[L]) + item + r.choice(ML_TAIL[L])] + (['¿Y si cambiamos los números?'] if L == 'es' and r.random() < 0.2 else [])
        return mk
    pbase = dict(persona='multilingual', per=40, timing='human', max_tokens=lambda r: r.choice([4096, 8192]), temperature=lambda r: r.choice([0.6, 1.0]),
                 model=lambda r: MODELS[r.choice(['think', 'big'])], reasoning=lambda r: 3000, gap=(120, 3600), cover=0.2)
    operation(w, 'I1-polyglot', [
        dict(pbase, n=25, country=lambda: r.choice(['ES', 'BR']), aged=(15, 120), email=lambda a: r.choice(['gmail.com', 'hotmail.com', 'uol.com.br']),
             ip=ips_res(w, ['ES', 'BR']), stack=lambda: r.choice(BROWSERS), make=poly(['es', 'pt'])),
        dict(pbase, n=25, country=lambda: r.choice(['RU', 'TR', 'VN']), aged=(15, 120), email=lambda a: r.choice(['mail.ru', 'yandex.ru', 'gmail.com']),
             ip=lambda a: w.net.vpnip(), stack='openai-node', make=poly(['zh', 'ru', 'tr', 'vi']))],
        'multilingual CoT wrappers, 2 sub-teams')


def build_world2(w):
    r, C = w.r, w.C
    p_enterprise(w, 3, 25)
    p_contract_lab(w, 20)
    p_campus(w, 480, 'cernet', 'CN', 'mails.tsinghua.edu.cn')
    p_classroom(w, 3, 40)
    p_eval_harness(w, 6, 480)
    p_leaderboard(w, 3, 500)
    p_translation(w, 30, 60)
    p_qa_outsourcing(w, 10, 120)
    p_labelling(w, 35, 50)
    p_reseller(w, 3, 600)
    p_power(w, 100)
    p_developer(w, 150)
    p_researcher(w, 70)
    p_hobbyist(w, 60)
    p_casual(w, 1450)
    p_vpn(w, 250)
    p_writer(w, 100)

    def si_make(r):
        s = r.random()
        ex = r.sample(C['seed'], r.randint(2, 4))
        if s < 0.3:
            return [C['alpaca']]
        if s < 0.7:
            return [compose(r, [['Here are example tasks:\n', 'Examples:\n', 'Seed tasks ->\n'], ['\n'.join('- ' + e.replace('\n', ' ') for e in ex)],
                                ['\n\nWrite %d brand-new, diverse tasks with an input and a high-quality output for each. Use JSON lines.' % r.choice([10, 20, 25]),
                                 '\n\nProduce more tasks in the same spirit, each followed by an ideal answer.',
                                 '\n\nInvent new instruction/response pairs. Vary verbs and formats. Number them.']])]
        return [r.choice(['Answer the instruction as helpfully and thoroughly as possible.\n\n', 'Provide an ideal response:\n', '']) + r.choice(C['seed'] + C['roleplay'][:400])]
    operation(w, 'I2-bulk-instruct', [dict(
        n=130, persona='scripted-fleet', cards=3, country=lambda: r.choice(['US', 'NL', 'SG']), email=lambda a: r.choice(LOOKALIKE[4:]),
        ip=lambda a: w.net.vpnip(), ips_per_acct=2, ip_sticky=0.6, stack='aiohttp', timing='script', burst=(5, 14), gap=(0.2, 3), per=36,
        make=si_make, max_tokens=lambda r: 3000, temperature=lambda r: 1.0, model=lambda r: MODELS['mid'], stream=False, err=0.1,
        endpoint='/v1/chat/completions', signup_day=0.5, conv_p=0.0, tier='build')],
        'sloppy VPN fleet, self-instruct bulk generation')
    mpool = Pool(r, C['gsm_test'] + C['gsm_train'][:2500])
    def tutor(r):
        lead = r.choice(['I\'m tutoring my nephew and want to explain this properly:', 'My daughter brought this home, how would you explain it?', 'Trying to refresh my maths.',
                         'Stuck on this puzzle from a book.', 'What is the cleanest way to reason about this?', ''])
        return [(lead + '\n' if lead else '') + mpool.next()] + r.sample(['Is there a quicker way?', 'Can you explain the second step differently?', 'How would you check the answer?',
                                                                          'Could you turn that into a general rule?', 'What mistake would a child typically make here?'], r.randint(0, 3))
    operation(w, 'I2-quiet-tutors', [dict(
        n=80, persona='aged-careful', aged=(90, 900), country=lambda: r.choice(['US', 'GB', 'DE', 'JP', 'KR', 'ES']), email=lambda a: email_common(r, 'US'),
        ip=ips_res(w, ['US', 'GB', 'DE', 'JP', 'KR', 'ES']), ips_per_acct=3, random_tls=True, stack='safari-mac', timing='human', per=45, gap=(600, 9000), turn_gap=(90, 900),
        make=tutor, max_tokens=lambda r: r.choice([None, 2048, 4096]), temperature=lambda r: r.choice([None, 0.7]), model=lambda r: MODELS[r.choice(['mid', 'big', 'think'])],
        reasoning=lambda r: 1500, conv_p=1.0)],
        'careful, aged, human-paced maths tutoring threads, distinct items from one pool')
    def student(r):
        s = r.random()
        item = r.choice(C['gsm_train']) if s < 0.5 else (r.choice(C['codegen']) if s < 0.8 else r.choice(C['heval']))
        return [r.choice(STUDENT_LEAD) + ' ' + item + r.choice(STUDENT_TAIL)] + r.sample(STUDENT_FOLLOW, r.choice([0, 1, 1, 2]))
    sbase = dict(persona='student-mimic', per=40, timing='human', night_owl=True, make=student, max_tokens=lambda r: r.choice([None, 4096, 8192]),
                 temperature=lambda r: r.choice([None, 0.7]), model=lambda r: MODELS[r.choice(['think', 'big', 'mid'])], reasoning=lambda r: 2500,
                 tier='free', gap=(60, 2400), conv_p=0.9)
    operation(w, 'I2-student-mimic', [
        dict(sbase, n=50, country='IN', aged=(10, 60), email=lambda a: r.choice(['gmail.com', 'student.iitd-ac.in', 'stu.amity-edu.in']),
             ip=lambda a: w.net.from_asn('jio'), ips_per_acct=3, stack='android-okhttp', cover=0.3),
        dict(sbase, n=50, country=lambda: r.choice(['US', 'GB']), aged=(20, 120), email=lambda a: r.choice(['gmail.com', 'outlook.com', 'my.campus-mail.edu.pl']),
             ip=lambda a: w.net.vpnip(), stack='chrome-win', cover=0.25),
        dict(sbase, n=50, country='US', aged=(3, 30), email=lambda a: r.choice(['gmail.com', 'edu-mail.co']), ip=lambda a: w.net.from_asn('do'), ips_per_acct=1,
             stack='openai-py', cover=0.35, timing='script')],
        '3 sub-teams posing as students, 25-35% cover')
    hpool = Pool(r, [('gsm', q) for q in C['gsm_train'][2500:6000]] + [('he', q) for q in C['heval']] + [('gen', q) for q in C['seed'] + C['toolformer'][:1500]])
    def harness(r):
        kind, q = hpool.next()
        p = harness_fmt(r, q, kind)
        if r.random() < 0.3:
            p = '[capability: %s]\n' % r.choice(TAXONOMY) + p
        return [p]
    operation(w, 'I2-harness-mimic', [dict(
        n=100, persona='harness-mimic', aged=(5, 45), country='US', email=lambda a: r.choice(['evalhouse-ai.com', 'gmail.com', 'benchlab.dev']),
        ip=lambda a: w.net.from_asn('gcp'), ips_per_acct=2, stack='py-httpx', ua_override=lambda a: r.choice(['lm-eval/0.4.5 python-httpx/0.27.0', 'python-httpx/0.27.2', 'OpenAI/Python 1.55.0']),
        timing='script', burst=(10, 30), gap=(0.2, 2), per=45, make=harness, max_tokens=lambda r: r.choice([8192, 16384]), temperature=lambda r: 0.0,
        model=models_think, reasoning=lambda r: 4000, endpoint='/v1/chat/completions', stream=False, conv_p=0.0, tier='scale')],
        'copies public eval-harness traffic shape; no repeats; capability sweep')
    def poly2(langs):
        def mk(r):
            L = r.choice(langs)
            return [r.choice(ML[L]) + (r.choice(C['gsm_train']) if r.random() < 0.6 else r.choice(C['codegen'])) + r.choice(ML_TAIL[L])]
        return mk
    pb = dict(persona='multilingual', per=40, timing='human', max_tokens=lambda r: 8192, temperature=lambda r: 0.8, model=lambda r: MODELS['think'],
              reasoning=lambda r: 4000, gap=(200, 4000), cover=0.2)
    operation(w, 'I2-polyglot', [
        dict(pb, n=40, country=lambda: r.choice(['JP', 'KR']), aged=(30, 300), email=lambda a: r.choice(['naver.com', 'yahoo.co.jp', 'gmail.com']), ip=ips_res(w, ['JP', 'KR']),
             random_tls=True, stack='chrome-win', make=poly2(['ja', 'ko'])),
        dict(pb, n=40, country=lambda: r.choice(['ID', 'FR', 'DE']), aged=(30, 300), email=lambda a: email_common(r, 'FR'), ip=ips_res(w, ['ID', 'FR', 'DE']),
             stack='anthropic-py', make=poly2(['id', 'fr', 'de']))],
        'multilingual CoT, 2 sub-teams, residential')
    tools_sets = [['bash', 'str_replace_editor', 'view_file'], ['read_file', 'write_file', 'run_shell', 'search_code'], ['python', 'web_search']]
    operation(w, 'I2-rented-agents', [dict(
        n=60, persona='rented-aged-account', aged=(300, 1400), rented_at=(2, 7), country=lambda: r.choice(['US', 'BR', 'IN', 'TR']), email=lambda a: email_common(r, 'US'),
        ip=ips_res(w, ['US', 'BR', 'IN', 'TR']), rent_ip=ips_res(w, ['US', 'US', 'GB', 'DE']), stack='cli-agent', timing='human', night_owl=True, per=45,
        make=lambda r: [agentic_item(r, C)] + r.sample(AGENT_OBS, r.randint(3, 7)), tools=lambda r: r.choice(tools_sets), kind='code',
        max_tokens=lambda r: 16000, temperature=lambda r: 0.0, model=lambda r: MODELS['big'], reasoning=lambda r: 2000, endpoint='/v1/messages',
        turn_gap=(2, 30), gap=(300, 3000), stream=True, conv_p=1.0, cover=0.1)],
        'rented aged accounts via residential proxies; agentic coding trajectories')


# ============================================================================= main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--world', type=int, required=True)
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    if a.world == 1:
        w = World(a.seed, datetime(2026, 9, 14, tzinfo=timezone.utc), 18)
        build_world1(w)
    else:
        w = World(a.seed, datetime(2026, 11, 2, tzinfo=timezone.utc), 15)
        build_world2(w)
    os.makedirs(a.out, exist_ok=True)
    w.ix.sort(key=lambda x: x['ts'])
    with gzip.GzipFile(os.path.join(a.out, 'interactions.jsonl.gz'), 'wb', mtime=0) as f:
        for x in w.ix:
            f.write((json.dumps(x, ensure_ascii=False) + '\n').encode('utf-8'))
    for name, rows in (('accounts.jsonl', w.accounts), ('labels.jsonl', w.labels)):
        with open(os.path.join(a.out, name), 'w', encoding='utf-8') as f:
            for x in rows:
                f.write(json.dumps(x, ensure_ascii=False) + '\n')
    # WORLD.md
    lab = {l['account_id']: l for l in w.labels}
    from collections import Counter
    acc_c, req_c = Counter(), Counter()
    for l in w.labels:
        acc_c[(l['label'], l['campaign'] or '-', l['persona'])] += 1
    for x in w.ix:
        l = lab[x['account_id']]
        req_c[(l['label'], l['campaign'] or '-', l['persona'])] += 1
    n_att = sum(1 for l in w.labels if l['label'] == 'attack')
    n_att_req = sum(v for k, v in req_c.items() if k[0] == 'attack')
    md = ['# Blind set I, world %d (seed %d)' % (a.world, a.seed), '',
          'Period: %s to %s (%d days). Interactions: %d. Accounts: %d. Attack accounts: %d (%d interactions).' % (
              iso(w.start), iso(w.end), w.days, len(w.ix), len(w.accounts), n_att, n_att_req), '',
          'Regenerate: `python3 gen.py --world %d --seed %d --out %s`' % (a.world, a.seed, a.out), '',
          '## Components', ''] + ['- ' + s for s in w.summary] + ['', '## Counts (label / campaign / persona: accounts, interactions)', '',
          '| label | campaign | persona | accounts | interactions |', '|---|---|---|---|---|']
    for k in sorted(acc_c):
        md.append('| %s | %s | %s | %d | %d |' % (k[0], k[1], k[2], acc_c[k], req_c[k]))
    open(os.path.join(a.out, 'WORLD.md'), 'w').write('\n'.join(md) + '\n')
    print('world %d: interactions=%d accounts=%d attack_accounts=%d attack_interactions=%d' % (a.world, len(w.ix), len(w.accounts), n_att, n_att_req))


if __name__ == '__main__':
    main()
