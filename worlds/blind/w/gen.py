#!/usr/bin/env python3
"""Blind traffic-world generator (W). stdlib only, deterministic given --seed.
Usage: python3 gen.py --seed N --start 2026-MM-DD --days D --out DIR
"""
import argparse, csv, gzip, hashlib, json, math, os, random, re, ipaddress
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN = os.path.join(os.environ.get('ASN_DIR', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn')), 'asn-ipv4.csv')

# ----------------------------------------------------------------------------- corpora
def jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def jarr(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return json.load(f)

class Corpus:
    def __init__(self):
        o = DATA + '/corpora/organic/'
        e = DATA + '/corpora/extraction/'
        self.koala = [r['prompt'] for r in jl(o + 'koala.jsonl')]
        self.arena = jl(o + 'arena-hard-v0.1.jsonl')
        self.arena_p = [r['prompt'] for r in self.arena]
        codey = re.compile(r'(python|code|function|sql|javascript|c\+\+|java|rust|script|program|api|class |def |regex|bash|docker|react|typescript|implement)', re.I)
        self.arena_code = [p for p in self.arena_p if codey.search(p)]
        self.arena_other = [p for p in self.arena_p if not codey.search(p)]
        self.mt = jl(o + 'mt-bench.jsonl')
        self.vicuna = [r['turns'][0] for r in jl(o + 'vicuna-bench.jsonl')]
        self.hh = []
        for r in jl(o + 'hh-rlhf-harmless-test.jsonl.gz'):
            parts = re.split(r'\n\nHuman: ', r['chosen'])
            turns = [p.split('\n\nAssistant:')[0].strip() for p in parts[1:]]
            turns = [t for t in turns if t]
            if turns:
                self.hh.append(turns)
        self.uo = []
        for r in jl(o + 'self-instruct-user-oriented.jsonl'):
            for inst in r['instances'][:2]:
                t = r['instruction'] + ('\n\n' + inst['input'] if inst.get('input') else '')
                self.uo.append((r['motivation_app'], t, inst.get('output', '')))
        self.seed = jl(e + 'self-instruct-seed-tasks.jsonl')
        self.alpaca = open(e + 'alpaca-generation-prompt.txt', encoding='utf-8').read()
        self.codegen = jarr(e + 'gpteacher-codegen.json.gz')
        self.roleplay = jarr(e + 'gpteacher-roleplay.json.gz')
        self.toolf = jarr(e + 'gpteacher-toolformer.json.gz')
        self.gsm_train = jl(e + 'gsm8k-train.jsonl.gz')
        self.gsm_test = jl(e + 'gsm8k-test.jsonl')
        self.humaneval = jl(e + 'humaneval.jsonl.gz')

def gi(r):  # gpteacher item -> text
    return r['instruction'] + ('\n\n' + r['input'] if r.get('input') else '')

# ----------------------------------------------------------------------------- network
class Net:
    GROUPS = {
        'res:US': r'^(Comcast Cable|Charter Communications|Cox Communications|AT&T Corp)',
        'res:DE': r'^(Deutsche Telekom AG|Vodafone GmbH)',
        'res:GB': r'^(British Telecommunications|Virgin Media|Sky UK)',
        'res:FR': r'^(Orange S\.A\.|Free SAS)',
        'res:CA': r'^(Rogers Communications|Bell Canada)',
        'res:AU': r'^Telstra',
        'res:JP': r'^(KDDI|SoftBank Corp)',
        'res:IN': r'^(Bharti Airtel|Reliance Jio)',
        'res:KR': r'^(Korea Telecom|SK Broadband)',
        'res:CN': r'^(China Unicom|Chinanet$)',
        'res:NL': r'^KPN',
        'mob:US': r'^(T-Mobile USA|"T-Mobile USA)',
        'mob:NL': r'^Vodafone Libertel',
        'mob:JP': r'^("NTT DOCOMO|NTT DOCOMO)',
        'mob:PL': r'^T-Mobile Polska',
        'uni:US': r'^(Massachusetts Institute of Technology|University of Michigan|"University of California)',
        'uni:AT': r'^Technische Universitat Wien',
        'cloud:aws': r'^"?Amazon',
        'cloud:gcp': r'^Google LLC',
        'cloud:azure': r'^Microsoft Corporation',
        'cloud:do': r'^"?DigitalOcean',
        'cloud:ovh': r'^OVH SAS',
        'cloud:hetzner': r'^Hetzner Online',
        'cloud:oracle': r'^Oracle Corporation',
        'proxy:zscaler': r'^Zscaler',
    }

    def __init__(self, rng):
        self.rng = rng
        self.g = {k: [] for k in self.GROUPS}
        pats = {k: re.compile(v) for k, v in self.GROUPS.items()}
        with open(ASN, encoding='utf-8') as f:
            for line in f:
                a, b, asn, org = line.rstrip('\n').split(',', 3)
                for k, p in pats.items():
                    if p.search(org):
                        try:
                            lo, hi = int(ipaddress.IPv4Address(a)), int(ipaddress.IPv4Address(b))
                        except Exception:
                            break
                        if hi - lo >= 255:
                            self.g[k].append((lo, hi))
                        break
        self.dc = self._cidrs(DATA + '/network/datacenter-ipv4.txt')
        self.vpn = self._cidrs(DATA + '/network/vpn-ipv4.txt')
        self.dc6 = self._cidrs(DATA + '/network/datacenter-ipv6.txt', v6=True)

    def _cidrs(self, p, v6=False):
        out = []
        for l in open(p):
            l = l.strip()
            if not l or l.startswith('#'):
                continue
            try:
                n = ipaddress.ip_network(l, strict=False)
            except Exception:
                continue
            out.append((int(n.network_address), int(n.broadcast_address), v6))
        return out

    def ip(self, group, rng=None):
        rng = rng or self.rng
        if group == 'dc':
            lo, hi, v6 = rng.choice(self.dc)
        elif group == 'vpn':
            lo, hi, v6 = rng.choice(self.vpn)
        elif group == 'dc6':
            lo, hi, v6 = rng.choice(self.dc6)
            x = rng.randint(lo, min(hi, lo + (1 << 64)))
            return str(ipaddress.IPv6Address(x))
        else:
            lo, hi = rng.choice(self.g[group])
        x = rng.randint(lo + 1, max(lo + 1, hi - 1))
        return str(ipaddress.IPv4Address(x))

    def subnet_ips(self, group, n, rng=None):
        """n addresses inside one /24 of a group (e.g. an office or a proxy pool)."""
        base = self.ip(group, rng)
        pre = base.rsplit('.', 1)[0]
        rng = rng or self.rng
        return [pre + '.' + str(rng.randint(2, 254)) for _ in range(n)]

COUNTRY_TZ = {'US': -6, 'DE': 1, 'GB': 0, 'FR': 1, 'CA': -5, 'AU': 10, 'JP': 9, 'IN': 5.5, 'KR': 9,
              'CN': 8, 'NL': 1, 'PL': 1, 'AT': 1, 'SG': 8}
RES = ['res:US'] * 6 + ['res:DE', 'res:GB', 'res:GB', 'res:FR', 'res:CA', 'res:AU', 'res:JP', 'res:IN', 'res:IN',
                        'res:KR', 'res:NL', 'res:CN']

# ----------------------------------------------------------------------------- client stacks
def h12(s):
    return hashlib.sha256(s.encode()).hexdigest()[:12]

def ja4(prefix, tag):
    return '%s_%s_%s' % (prefix, h12('c' + tag), h12('e' + tag))

CHROME_JA4 = 't13d1516h2_8daaf6152771_e5627efa2ab1'
CHROME_JA4B = 't13d1516h2_8daaf6152771_02713d6af862'
FIREFOX_JA4 = 't13d1715h2_5b57614c22b0_3d5424432f57'
SAFARI_JA4 = 't13d2014h2_a09f3c656075_14788d8d241b'

def stack(rng, name):
    """returns dict(ua, ja4, kind) for a named client stack, with version jitter."""
    r = rng
    if name == 'chrome-win':
        v = r.choice([132, 133, 134, 135, 136])
        return dict(ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % v, ja4=r.choice([CHROME_JA4, CHROME_JA4B]), kind='browser')
    if name == 'chrome-mac':
        v = r.choice([132, 133, 134, 135, 136])
        return dict(ua='Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % v, ja4=r.choice([CHROME_JA4, CHROME_JA4B]), kind='browser')
    if name == 'edge':
        v = r.choice([133, 134, 135])
        return dict(ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0' % (v, v), ja4=CHROME_JA4, kind='browser')
    if name == 'firefox':
        v = r.choice([133, 134, 135, 136, 137])
        os_ = r.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15', 'X11; Ubuntu; Linux x86_64'])
        return dict(ua='Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (os_, v, v), ja4=FIREFOX_JA4, kind='browser')
    if name == 'safari':
        v = r.choice(['17.6', '18.2', '18.3', '18.4'])
        return dict(ua='Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % v, ja4=SAFARI_JA4, kind='browser')
    if name == 'ios-safari':
        v = r.choice(['17_6', '18_2', '18_3', '18_4'])
        return dict(ua='Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1' % (v, v.replace('_', '.')), ja4=SAFARI_JA4, kind='browser')
    if name == 'android-chrome':
        v = r.choice([133, 134, 135])
        return dict(ua='Mozilla/5.0 (Linux; Android 14; Pixel %d) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36' % (r.choice([6, 7, 8]), v), ja4=CHROME_JA4, kind='browser')
    if name == 'python-requests':
        v = r.choice(['2.31.0', '2.32.3', '2.32.4'])
        ssl = r.choice(['3.0', '1.1'])
        return dict(ua='python-requests/' + v, ja4=ja4('t13d1812h1' if ssl == '3.0' else 't13d1811h1', 'pyreq' + ssl), kind='script')
    if name == 'httpx':
        v = r.choice(['0.27.0', '0.27.2', '0.28.1'])
        return dict(ua='python-httpx/' + v, ja4=ja4('t13d1812h2', 'httpx'), kind='script')
    if name == 'aiohttp':
        pv = r.choice(['3.10', '3.11', '3.12'])
        return dict(ua='Python/%s aiohttp/%s' % (pv, r.choice(['3.9.5', '3.10.10', '3.11.11'])), ja4=ja4('t13d1812h1', 'aiohttp'), kind='script')
    if name == 'openai-python':
        v = r.choice(['1.51.0', '1.58.1', '1.66.3', '1.75.0', '1.82.0'])
        return dict(ua='OpenAI/Python ' + v, ja4=ja4('t13d1812h2', 'httpx'), kind='sdk')
    if name == 'anthropic-python':
        v = r.choice(['0.39.0', '0.45.2', '0.49.0', '0.52.0'])
        return dict(ua='Anthropic/Python ' + v, ja4=ja4('t13d1812h2', 'httpx'), kind='sdk')
    if name == 'openai-node':
        v = r.choice(['4.67.3', '4.77.0', '4.85.1', '4.96.0'])
        return dict(ua='OpenAI/JS ' + v, ja4=ja4('t13d1713h2', 'undici' + r.choice(['20', '22'])), kind='sdk')
    if name == 'anthropic-ts':
        v = r.choice(['0.32.1', '0.36.3', '0.39.0', '0.40.1'])
        return dict(ua='Anthropic/JS ' + v, ja4=ja4('t13d1713h2', 'undici22'), kind='sdk')
    if name == 'undici':
        return dict(ua=r.choice(['undici', 'node', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', None]), ja4=ja4('t13d1713h2', 'undici' + r.choice(['20', '22'])), kind='script')
    if name == 'go':
        return dict(ua=r.choice(['Go-http-client/2.0', 'Go-http-client/1.1']), ja4=ja4('t13d1311h2', 'go' + r.choice(['121', '123'])), kind='script')
    if name == 'openai-go':
        return dict(ua='OpenAI/Go ' + r.choice(['0.1.0-alpha.61', '0.1.0-beta.2', '1.2.0']), ja4=ja4('t13d1311h2', 'go123'), kind='sdk')
    if name == 'curl':
        v = r.choice(['7.81.0', '8.5.0', '8.7.1', '8.11.1'])
        return dict(ua='curl/' + v, ja4=ja4('t13d3112h2', 'curl-openssl'), kind='cli')
    if name == 'curl-win':
        v = r.choice(['8.4.0', '8.9.1'])
        return dict(ua='curl/' + v, ja4=ja4('t12d1909h2', 'curl-schannel'), kind='cli')
    if name == 'okhttp':
        return dict(ua='okhttp/' + r.choice(['4.9.3', '4.12.0', '5.0.0-alpha.14']), ja4=ja4('t13d1614h2', 'okhttp-android'), kind='sdk')
    if name == 'ios-app':
        app = r.choice(['PocketTutor', 'Quillnote', 'AskBox', 'Lumen', 'ChatPad'])
        return dict(ua='%s/%d.%d.%d CFNetwork/%s Darwin/%s' % (app, r.randint(1, 4), r.randint(0, 9), r.randint(0, 20), r.choice(['1496.0.7', '1568.100.1', '3826.400.120']), r.choice(['23.5.0', '24.1.0', '24.3.0'])), ja4=ja4('t13d2013h2', 'cfnetwork'), kind='mobile')
    if name == 'android-app':
        app = r.choice(['com.quillnote.app', 'io.askbox.android', 'app.lumen.chat'])
        return dict(ua='Dalvik/2.1.0 (Linux; U; Android %d; SM-S9%d1B Build/UP1A.231005.007) %s' % (r.choice([13, 14, 15]), r.randint(1, 3), app), ja4=ja4('t13d1614h2', 'okhttp-android'), kind='mobile')
    if name == 'java':
        return dict(ua='Java-http-client/' + r.choice(['17.0.12', '21.0.5']), ja4=ja4('t13d4312h2', 'jdk'), kind='script')
    if name == 'reqwest':
        return dict(ua=r.choice(['reqwest/0.12.9', None]), ja4=ja4('t13d1010h2', 'rustls'), kind='script')
    if name == 'langchain':
        return dict(ua='langchain-openai/%s OpenAI/Python %s' % (r.choice(['0.2.14', '0.3.7']), r.choice(['1.58.1', '1.66.3'])), ja4=ja4('t13d1812h2', 'httpx'), kind='sdk')
    if name == 'cli-agent':
        tool = r.choice(['aider/0.72.1', 'claude-cli/1.0.%d (external, cli)' % r.randint(10, 60), 'codex-cli/0.1.%d' % r.randint(1, 9), 'continue/0.9.%d' % r.randint(200, 260), 'opencode/0.3.%d' % r.randint(1, 40)])
        return dict(ua=tool, ja4=ja4('t13d1713h2', 'undici22') if 'aider' not in tool else ja4('t13d1812h2', 'httpx'), kind='cli')
    if name == 'zscaler-chrome':  # corporate TLS interception: browser UA, proxy ClientHello
        v = r.choice([133, 134, 135])
        return dict(ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % v, ja4=ja4('t12d2106h1', 'zscaler'), kind='browser')
    if name == 'proxy-sdk':  # SDK behind a TLS-inspecting middlebox
        return dict(ua='OpenAI/Python ' + r.choice(['1.58.1', '1.66.3']), ja4=ja4('t12d2106h1', 'bluecoat'), kind='sdk')
    if name == 'postman':
        return dict(ua='PostmanRuntime/7.%d.0' % r.randint(37, 43), ja4=ja4('t13d1713h1', 'node18'), kind='cli')
    if name == 'random-browser':  # careful op: plausible UA paired with a shuffled/odd hello
        base = stack(r, r.choice(['chrome-win', 'chrome-mac', 'firefox', 'safari', 'edge']))
        if r.random() < 0.5:
            base['ja4'] = ja4(r.choice(['t13d1516h2', 't13d1517h2', 't13d1715h2']), 'rnd%d' % r.randint(0, 10 ** 6))
        return base
    raise KeyError(name)

# ----------------------------------------------------------------------------- helpers
def iso(dt):
    return dt.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (dt.microsecond // 1000)

def hexid(rng, n=16):
    return '%0*x' % (n, rng.getrandbits(4 * n))

def toks(s):
    return max(1, int(len(s) / 3.8)) if s else 0

DIURNAL = [0.15, 0.1, 0.07, 0.05, 0.05, 0.07, 0.15, 0.35, 0.7, 0.95, 1, 1, 0.85, 0.95, 1, 1, 0.95, 0.85, 0.7, 0.6, 0.6, 0.55, 0.45, 0.3]
EVENING = [0.3, 0.2, 0.1, 0.05, 0.03, 0.03, 0.05, 0.15, 0.3, 0.35, 0.4, 0.45, 0.5, 0.45, 0.45, 0.45, 0.5, 0.6, 0.8, 0.95, 1, 1, 0.8, 0.5]
FLAT = [1] * 24

def pick_hour(rng, prof):
    return rng.choices(range(24), weights=prof)[0]

class World:
    def __init__(self, seed, start, days, out):
        self.rng = random.Random(seed)
        self.seed = seed
        self.start = datetime.strptime(start, '%Y-%m-%d').replace(tzinfo=timezone.utc)
        self.days = days
        self.end = self.start + timedelta(days=days)
        self.out = out
        self.C = Corpus()
        self.N = Net(random.Random(seed + 1))
        self.inter = []
        self.accts = []
        self.labels = []
        self.counts = {}
        self.ops = {}
        m = self.rng.choice(['orion', 'vega', 'atlas'])
        self.models = dict(big='%s-3' % m, mini='%s-3-mini' % m, think='%s-3-reasoning' % m, old='%s-2.5' % m)

    # ---------------- time
    def local_ts(self, rng, tz, prof, day=None):
        d = rng.randrange(self.days) if day is None else day
        h = pick_hour(rng, prof)
        t = self.start + timedelta(days=d, hours=h - tz, seconds=rng.random() * 3600)
        if t < self.start:
            t += timedelta(days=1)
        if t >= self.end:
            t -= timedelta(days=1)
        return t

    # ---------------- accounts
    def account(self, persona, label='organic', campaign=None, created=None, org=None, email=None, card='new',
                signup_ip=None, country=None, tier=None, verified=False):
        rng = self.rng
        aid = 'acct_' + hexid(rng, 12)
        if created is None:
            created = self.start - timedelta(days=rng.expovariate(1 / 200.0) + rng.random() * 3)
            if rng.random() < 0.12:
                created = self.start + timedelta(seconds=rng.random() * self.days * 0.8 * 86400)
        if card == 'new':
            card = 'pf_' + hexid(rng, 20)
        if email is None:
            email = rng.choice(['gmail.com'] * 8 + ['outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'proton.me', 'qq.com', 'naver.com', 'web.de', 'gmx.de', 'yandex.ru', 'mail.com'])
        if tier is None:
            tier = 'free' if card is None else rng.choice(['build'] * 5 + ['free', 'scale'])
        a = dict(account_id=aid, created_at=iso(created), org_id=org, email_domain=email, payment_fingerprint=card,
                 signup_ip=signup_ip, country=country, tier=tier, verified=verified)
        self.accts.append(a)
        self.labels.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))
        key = persona if label == 'organic' else campaign + '/' + persona
        self.counts[key] = self.counts.get(key, 0) + 1
        a['_keys'] = ['key_' + hexid(rng, 14) for _ in range(rng.choice([1, 1, 1, 2]))]
        return a

    # ---------------- requests
    def req(self, a, ts, cl, ip, prompt, system=None, conv=None, turn=None, tools=None, model=None, endpoint=None,
            out_tokens=None, reasoning=None, max_tokens=None, temperature=None, stream=None, response=None,
            hist_tokens=0, status=None, key=None, rng=None):
        rng = rng or self.rng
        if endpoint is None:
            ua = cl.get('ua') or ''
            endpoint = '/v1/messages' if ('Anthropic' in ua or 'claude' in ua) else '/v1/chat/completions'
        model = model or self.models['big']
        if out_tokens is None:
            out_tokens = int(min(8000, rng.lognormvariate(5.6, 0.9)))
        if max_tokens is not None:
            out_tokens = min(out_tokens, max_tokens)
        if status is None:
            x = rng.random()
            status = 200 if x < 0.972 else (429 if x < 0.987 else (400 if x < 0.995 else rng.choice([500, 529, 503])))
        in_tok = toks(system) + toks(prompt) + hist_tokens + (len(tools) * 120 if tools else 0) + 8
        if status != 200:
            out_tokens, reasoning_v, resp = 0, (0 if reasoning is not None else None), None
            lat = rng.randint(40, 400) if status in (429, 400) else rng.randint(2000, 30000)
        else:
            reasoning_v = reasoning
            resp = response
            tpt = rng.uniform(9, 28)
            lat = int(rng.uniform(250, 1400) + (out_tokens + (reasoning or 0)) * tpt + in_tok * 0.05)
        r = dict(id='req_' + hexid(rng, 24), ts=iso(ts), account_id=a['account_id'],
                 api_key_id=key or rng.choice(a['_keys']), ip=ip, user_agent=cl.get('ua'), tls_ja4=cl.get('ja4'),
                 endpoint=endpoint, model=model, conversation_id=conv, turn=turn, system=system, prompt=prompt,
                 tool_names=tools, response=resp, input_tokens=in_tok, output_tokens=out_tokens,
                 reasoning_tokens=reasoning_v, max_tokens=max_tokens, temperature=temperature, stream=stream,
                 status=status, latency_ms=lat)
        self.inter.append(r)
        return r

    def thread(self, a, t0, cl, ip, turns, gap=(20, 400), **kw):
        """a multi-turn conversation: list of prompts. returns end time."""
        rng = kw.pop('rng', None) or self.rng
        conv = kw.pop('conv', None) or ('conv_' + hexid(rng, 16))
        hist = 0
        t = t0
        sys_ = kw.pop('system', None)
        for i, p in enumerate(turns):
            ot = kw.get('out_tokens')
            r = self.req(a, t, cl, ip, p, system=sys_, conv=conv, turn=i + 1, hist_tokens=hist, rng=rng,
                         **{k: v for k, v in kw.items()})
            hist += r['input_tokens'] - hist + r['output_tokens'] if i == 0 else toks(p) + r['output_tokens']
            t = t + timedelta(seconds=rng.uniform(*gap) + r['latency_ms'] / 1000.0)
            if t >= self.end:
                break
        return t

    # ---------------- organic content
    def organic_item(self, rng, flavor='general'):
        C = self.C
        if flavor == 'code':
            x = rng.random()
            if x < 0.45: return [rng.choice(C.arena_code)]
            if x < 0.8: return [gi(rng.choice(C.codegen))]
            if x < 0.9: return [rng.choice(C.humaneval)['prompt'] + '\n' + rng.choice(['finish this', 'complete the function', 'why does my version fail the doctest?', 'can you write this more idiomatically'])]
            return [rng.choice(C.koala)]
        if flavor == 'writing':
            x = rng.random()
            if x < 0.4:
                m = rng.choice([q for q in C.mt if q['category'] in ('writing', 'roleplay', 'humanities')])
                return list(m['turns'])
            if x < 0.7: return [gi(rng.choice(C.roleplay))]
            return [rng.choice(C.koala)]
        x = rng.random()
        if x < 0.28: return rng.choice(C.hh)[:rng.randint(1, 3)]
        if x < 0.45: return [rng.choice(C.koala)]
        if x < 0.55: return [rng.choice(C.vicuna)]
        if x < 0.68: return list(rng.choice(C.mt)['turns'])
        if x < 0.85: return [rng.choice(C.uo)[1]]
        return [rng.choice(C.arena_other)]

    FOLLOW = ['can you make it shorter?', 'thanks. what about the edge case where the list is empty?', 'that gives me an error: TypeError: cannot unpack non-iterable NoneType object',
              'ok now in typescript', 'explain the second part again, I did not get it', 'can you put that in a table', 'more casual tone pls',
              'hmm that is not right, the total should be different', 'great, now add tests', 'what would you change for production?',
              'and if I only have 2GB of RAM?', 'give me 3 alternatives', 'why?', 'translate that to German', 'perfect. one more: same thing but for dates',
              'ok but cite sources if you can', 'is there a simpler way', 'rewrite it as bullet points', 'now it compiles but the output is wrong', 'lol ok']

    def add_followups(self, rng, turns, p=0.35, maxn=4):
        turns = list(turns)
        while rng.random() < p and len(turns) < maxn + 1:
            turns.append(rng.choice(self.FOLLOW))
        return turns

    # ================================================================= ORGANIC PERSONAS
    def organic_simple(self, persona, n, mean_req, flavors, stacks, netgroups, prof=DIURNAL, models=None,
                       sys_p=0.1, thread_p=0.35, tools=None, email=None, tier=None, temp=(0.2, 1.0), mt=None):
        rng = self.rng
        for _ in range(n):
            g = rng.choice(netgroups)
            country = g.split(':')[1] if ':' in g and g.split(':')[1].isupper() else rng.choice(['US', 'DE', 'GB', 'IN', 'FR', 'CA'])
            tz = COUNTRY_TZ.get(country, 0)
            home = self.N.ip(g)
            a = self.account(persona, email=email() if callable(email) else email, country=country, signup_ip=home,
                             tier=tier, card=None if rng.random() < 0.25 else 'new')
            cls = [stack(rng, rng.choice(stacks)) for _ in range(rng.choice([1, 1, 2]))]
            ips = [home] + ([self.N.ip(rng.choice(netgroups))] if rng.random() < 0.4 else [])
            nreq = max(1, int(rng.expovariate(1.0 / mean_req)) + 1)
            sysprompt = None
            if rng.random() < sys_p:
                sysprompt = rng.choice(['You are a helpful assistant.', 'You are a concise assistant. Answer briefly.', 'Always answer in %s.' % rng.choice(['English', 'German', 'Spanish', 'Japanese']),
                                        'You are an expert software engineer. Prefer Python.', 'Be direct, no fluff.'])
            model = rng.choice(models or [self.models['big'], self.models['mini']])
            done = 0
            while done < nreq:
                t = self.local_ts(rng, tz, prof)
                turns = self.organic_item(rng, rng.choice(flavors))
                if rng.random() < thread_p:
                    turns = self.add_followups(rng, turns)
                else:
                    turns = turns[:1]
                turns = turns[:nreq - done] or turns[:1]
                tl = None
                if tools and rng.random() < 0.5:
                    tl = rng.choice(tools)
                mx = rng.choice([None, None, 1024, 2048, 4096, 8192]) if not mt else rng.choice(mt)
                self.thread(a, t, rng.choice(cls), rng.choice(ips), turns, system=sysprompt, model=model, tools=tl,
                            max_tokens=mx, temperature=rng.choice([None, None, round(rng.uniform(*temp), 1)]),
                            stream=rng.random() < 0.6)
                done += len(turns)

    def org_enterprise(self, name, n_keys, per_key, app_sys, content, stackname, egress, verified=True, tier='enterprise', domain=None, tools=None, resp_null=True):
        rng = self.rng
        org = 'org_' + hexid(rng, 10)
        card = 'pf_' + hexid(rng, 20)
        ips = self.N.subnet_ips(egress, rng.randint(1, 4))
        country = rng.choice(['US', 'US', 'GB', 'DE', 'JP', 'NL'])
        tz = COUNTRY_TZ[country]
        t0 = self.start - timedelta(days=rng.randint(30, 400), hours=rng.random() * 10)
        cl = stack(rng, stackname)
        domain = domain or (rng.choice(['northwind', 'kestrel', 'bluefin', 'halcyon', 'tessellate', 'marlowe', 'quarry', 'brightpath', 'ferncloud', 'arcadia', 'lumenly', 'stoneridge', 'vantage', 'copperleaf']) + rng.choice(['-group', 'labs', 'hq', '', '-tech', 'legal']) + rng.choice(['.com', '.io', '.co', '.ai', '.de', '.co.uk']))
        accts = []
        for i in range(n_keys):
            a = self.account(name, created=t0 + timedelta(seconds=rng.randint(5, 600) * i / 3), org=org, email=domain,
                             card=card, signup_ip=ips[0], country=country, tier=tier, verified=verified)
            accts.append(a)
        total = n_keys * per_key
        for _ in range(total):
            a = rng.choice(accts)
            prof = DIURNAL if rng.random() < 0.8 else FLAT
            t = self.local_ts(rng, tz, prof)
            turns = content(rng)
            self.thread(a, t, cl, rng.choice(ips), turns[:3], gap=(3, 60), system=app_sys, model=self.models[rng.choice(['big', 'mini', 'mini'])],
                        tools=tools, max_tokens=rng.choice([1024, 2048]), temperature=0.3, stream=rng.random() < 0.3)

    def organic(self):
        rng = self.rng
        C = self.C
        M = self.models
        sc = lambda k: int(k * rng.uniform(0.85, 1.15))
        # --- verified enterprises
        self.org_enterprise('verified-enterprise', sc(35), 55,
                            'You are Helio, the customer-support assistant for Northwind Outfitters. Answer questions about orders, returns and sizing. Be friendly and brief. If you are unsure, offer to connect the customer to a human agent. Never invent order numbers.',
                            lambda r: r.choice(C.hh)[:r.randint(1, 3)], 'openai-python', 'cloud:aws')
        self.org_enterprise('verified-enterprise', sc(22), 60,
                            'You are DocuSense. Summarise the document the user provides into an executive summary followed by key risks. Output Markdown.',
                            lambda r: ['Summarise this:\n\n' + r.choice(C.uo)[1] + '\n\n' + r.choice(C.koala)], 'anthropic-python', 'cloud:gcp')
        self.org_enterprise('verified-enterprise', sc(18), 70,
                            'You are an automated code reviewer for the Kestrel monorepo. Review the diff or snippet for bugs, security issues and style. Reply with a list of findings with severity.',
                            lambda r: ['Review:\n```\n' + r.choice(C.codegen)['response'] + '\n```'], 'go', 'cloud:azure', tools=None)
        self.org_enterprise('verified-enterprise', sc(14), 45,
                            'You are the internal knowledge assistant of a law firm. Cite the relevant clause when possible.',
                            lambda r: [r.choice(C.arena_other)], 'proxy-sdk', 'res:GB')
        # edtech: maths step by step, verified, looks like CoT harvesting
        self.org_enterprise('verified-enterprise-edtech', sc(12), 140,
                            'You are Pip, a patient maths tutor for students aged 10-14. Solve the problem step by step, explain each step simply, and end with the final answer on its own line.',
                            lambda r: [r.choice(C.gsm_train)['question']] + ([r.choice(['I still dont get step 2', 'why do we divide there?', 'can you check my answer, I got %d' % r.randint(2, 90)])] if r.random() < 0.3 else []),
                            'openai-node', 'cloud:do')
        # startups: unverified org, shared card
        for nm in ('startup-team', 'startup-team'):
            self.org_enterprise(nm, sc(8), 40, rng.choice([None, 'You write product descriptions for an e-commerce catalog.', 'You are a SQL assistant. Return only SQL.']),
                                lambda r: self.organic_item(r, r.choice(['code', 'general'])), rng.choice(['httpx', 'openai-node', 'langchain']),
                                rng.choice(['cloud:hetzner', 'cloud:aws', 'res:DE']), verified=False, tier='scale')
        # --- campus NAT
        for campus, g, dom, n in (('campus-nat', 'uni:US', rng.choice(['umich.edu', 'mit.edu', 'berkeley.edu']), sc(260)), ('campus-nat', 'uni:AT', 'student.tuwien.ac.at', sc(110))):
            nat = self.N.subnet_ips(g, rng.randint(2, 4))
            tz = COUNTRY_TZ['US' if g == 'uni:US' else 'AT']
            for _ in range(n):
                a = self.account(campus, email=dom if rng.random() < 0.8 else 'gmail.com', card=None, tier='free', signup_ip=rng.choice(nat), country=g[-2:])
                cl = stack(rng, rng.choice(['chrome-mac', 'chrome-win', 'safari', 'firefox', 'python-requests', 'openai-python', 'ios-safari']))
                for _ in range(max(1, int(rng.expovariate(1 / 7.0)))):
                    turns = self.organic_item(rng, rng.choice(['general', 'code', 'code', 'writing']))
                    turns = self.add_followups(rng, turns[:1]) if rng.random() < 0.3 else turns[:1]
                    self.thread(a, self.local_ts(rng, tz, EVENING), cl, rng.choice(nat), turns, model=M['mini'], stream=True)
        # --- classrooms (shared teacher wrapper, same homework, deadline bursts)
        for cls_i in range(3):
            kind = ['math', 'code', 'essay'][cls_i]
            g = rng.choice(['uni:US', 'res:US', 'res:GB'])
            nat = self.N.subnet_ips(g, 2)
            tz = COUNTRY_TZ['US' if 'US' in g else 'GB']
            n = sc(45)
            if kind == 'math':
                hw = rng.sample(C.gsm_test, 12)
                wrap = rng.choice(['Ms. Alvarez says: work through this like a tutor would, showing every step and checking units.\nProblem: {q}',
                                   'Homework helper (Algebra I, Period 3). Explain step by step but let me try first.\n\n{q}'])
                items = [wrap.format(q=h['question']) for h in hw]
            elif kind == 'code':
                hw = rng.sample(C.humaneval, 8)
                items = ['CS 61 lab %d - do not give the full answer, give hints.\n\n%s' % (i + 3, h['prompt']) for i, h in enumerate(hw)]
            else:
                hw = rng.sample([q for q in C.mt if q['category'] in ('writing', 'humanities')], 6)
                items = ['[English 11 essay coach] Give feedback on structure and thesis for this prompt before I write: ' + h['turns'][0] for h in hw]
            deadlines = sorted(rng.sample(range(1, self.days), max(2, self.days // 5)))
            for _ in range(n):
                a = self.account('classroom', email=rng.choice(['gmail.com', 'students.' + rng.choice(['lincolnhs.org', 'ashfield.sch.uk', 'rhs.k12.ca.us'])]), card=None, tier='free', signup_ip=rng.choice(nat), country='US' if 'US' in g else 'GB')
                cl = stack(rng, rng.choice(['chrome-win', 'chrome-mac', 'ios-safari', 'android-chrome', 'safari']))
                for d in deadlines:
                    if rng.random() < 0.8:
                        k = rng.randint(2, 6)
                        for it in rng.sample(items, min(k, len(items))):
                            t = self.start + timedelta(days=d - 1, hours=rng.uniform(15, 23.8) - tz)
                            turns = [it] + ([rng.choice(['I got a different answer, which step is wrong?', 'ok and the next part?', 'explain step 3 again', 'thx'])] if rng.random() < 0.4 else [])
                            self.thread(a, t, cl, rng.choice(nat) if rng.random() < 0.6 else self.N.ip(g), turns, model=M['mini'], stream=True)
        # --- evaluation harnesses
        for lab in range(3):
            nacc = rng.randint(2, 5)
            ips = self.N.subnet_ips(rng.choice(['cloud:gcp', 'cloud:aws', 'cloud:oracle']), 3)
            card = 'pf_' + hexid(rng, 20)
            org = 'org_' + hexid(rng, 10)
            dom = rng.choice(['evalsuite.ai', 'benchlab.io', 'cs.stanford.edu', 'redwood-eval.org', 'metricly.dev'])
            accs = [self.account('eval-harness', org=org, email=dom, card=card, signup_ip=ips[0], country='US', tier='scale', verified=rng.random() < 0.6) for _ in range(nacc)]
            cl = stack(rng, rng.choice(['httpx', 'openai-python', 'anthropic-python', 'aiohttp']))
            suites = [('gsm', C.gsm_test), ('he', C.humaneval), ('mt', C.mt), ('arena', C.arena)]
            nruns = rng.randint(3, 6)
            for run in range(nruns):
                a = rng.choice(accs)
                sname, suite = rng.choice(suites)
                items = suite if len(suite) < 500 else rng.sample(suite, rng.choice([250, 400, 500]))
                t = self.start + timedelta(seconds=rng.random() * (self.days - 1) * 86400)
                tmpl = rng.choice(['{q}', 'Question: {q}\nAnswer:', 'Solve the following problem. Put the final answer after "####".\n\n{q}'])
                model = rng.choice(list(M.values()))
                for it in items:
                    if sname == 'gsm': p = tmpl.format(q=it['question'])
                    elif sname == 'he': p = it['prompt']
                    elif sname == 'mt': p = it['turns'][0]
                    else: p = it['prompt']
                    rs = int(rng.lognormvariate(6.5, 0.6)) if model == M['think'] else None
                    r = self.req(a, t, cl, rng.choice(ips), p, system=None if sname != 'he' else 'Complete the Python function. Return only code.', model=model,
                                 max_tokens=rng.choice([1024, 4096]) if model != M['think'] else 16000, temperature=0.0, stream=False, reasoning=rs,
                                 out_tokens=int(rng.lognormvariate(5.3, 0.5)), response=it.get('answer') if sname == 'gsm' else None, key=a['_keys'][0])
                    t += timedelta(seconds=rng.uniform(0.05, 2.5))
                    if t >= self.end: break
        # --- power users / developers
        tools_sets = [['read_file', 'write_file', 'run_shell', 'list_dir'], ['bash', 'str_replace_based_edit_tool'], ['search_code', 'open_file', 'apply_patch', 'run_tests'],
                      ['web_search', 'fetch_url'], ['sql_query', 'describe_table'], ['get_weather', 'calendar_lookup', 'send_email']]
        self.organic_simple('power-user', sc(70), 85, ['code', 'code', 'general'], ['cli-agent', 'cli-agent', 'anthropic-python', 'openai-python', 'curl', 'anthropic-ts'], RES, prof=DIURNAL,
                            models=[M['big'], M['think']], thread_p=0.7, tools=tools_sets, mt=[4096, 8192, 16000, 32000])
        self.organic_simple('developer', sc(380), 19, ['code', 'general'], ['openai-python', 'openai-node', 'anthropic-python', 'anthropic-ts', 'httpx', 'undici', 'go', 'openai-go',
                            'curl', 'curl-win', 'postman', 'java', 'reqwest', 'langchain', 'proxy-sdk', 'zscaler-chrome', 'okhttp'], RES + ['cloud:aws', 'cloud:do', 'cloud:hetzner', 'proxy:zscaler'],
                            tools=tools_sets, thread_p=0.4)
        # mobile-app developers whose app proxies user traffic (one account, many carrier IPs)
        for _ in range(sc(5)):
            a = self.account('mobile-app', email=rng.choice(['gmail.com', 'quillnote.app', 'askbox.io']), country='US', tier='build')
            cl = stack(rng, rng.choice(['ios-app', 'android-app']))
            for _ in range(rng.randint(120, 260)):
                turns = self.organic_item(rng, 'general')[:2]
                self.thread(a, self.local_ts(rng, -6, EVENING), cl, self.N.ip(rng.choice(['mob:US', 'mob:US', 'res:US'])), turns, model=M['mini'], stream=True,
                            system='You are a friendly journaling companion inside a mobile app. Keep replies under 120 words.')
        # researchers: step-by-step reasoning on hard items
        R_WR = ['Think this through carefully and show your reasoning: {q}', 'For a paper on LLM reasoning faithfulness, I want to see your full chain of thought. {q}', '{q}\n\nPlease reason step by step.', '{q}']
        for _ in range(sc(55)):
            g = rng.choice(RES + ['uni:US', 'uni:AT'])
            a = self.account('researcher', email=rng.choice(['gmail.com', 'cs.cmu.edu', 'ox.ac.uk', 'ethz.ch', 'tuwien.ac.at', 'kaist.ac.kr']), country=g[-2:], signup_ip=self.N.ip(g))
            cl = stack(rng, rng.choice(['openai-python', 'anthropic-python', 'httpx', 'chrome-mac', 'firefox']))
            ip = self.N.ip(g)
            for _ in range(max(2, int(rng.expovariate(1 / 28.0)))):
                q = rng.choice([rng.choice(C.gsm_train)['question'], rng.choice(C.arena_p), rng.choice(C.mt)['turns'][0]])
                turns = [rng.choice(R_WR).format(q=q)] + (['Where exactly does your reasoning depend on the assumption in step 2?'] if rng.random() < 0.2 else [])
                self.thread(a, self.local_ts(rng, COUNTRY_TZ.get(g[-2:], 0), DIURNAL), cl, ip, turns, model=M['think'], reasoning=int(rng.lognormvariate(7, 0.7)), max_tokens=16000)
        # data-generation hobbyists (self-instruct style, legit)
        H_WR = ['Generate {n} varied instructions a user might give a writing assistant, as a JSON list.', 'Make {n} question/answer pairs about {topic} for my flashcard app. JSON please.',
                'I am building a small fine-tuning set for a {topic} chatbot. Write {n} example user requests with good answers.', 'Here is an example task: "{seed}". Write {n} more tasks in the same spirit.']
        topics = ['cooking', 'gardening', 'Rust', 'birdwatching', 'tax law basics', 'chess openings', 'first aid', 'Kubernetes', 'Latin grammar']
        for _ in range(sc(35)):
            g = rng.choice(RES)
            a = self.account('data-hobbyist', country=g[-2:], signup_ip=self.N.ip(g))
            cl = stack(rng, rng.choice(['python-requests', 'openai-python', 'httpx', 'chrome-win']))
            ip = self.N.ip(g)
            for _ in range(max(3, int(rng.expovariate(1 / 38.0)))):
                p = rng.choice(H_WR).format(n=rng.choice([5, 10, 20, 25]), topic=rng.choice(topics), seed=rng.choice(C.seed)['instruction'])
                self.req(a, self.local_ts(rng, COUNTRY_TZ.get(g[-2:], 0), EVENING), cl, ip, p, model=M['mini'], max_tokens=4096, temperature=rng.choice([0.7, 0.9, 1.0]), out_tokens=int(rng.lognormvariate(7, 0.4)))
        # casual, vpn, writers
        self.organic_simple('casual', sc(1420), 3.5, ['general', 'general', 'writing'], ['chrome-win', 'chrome-mac', 'safari', 'ios-safari', 'android-chrome', 'firefox', 'edge', 'ios-app', 'android-app'],
                            RES + ['mob:US', 'mob:NL', 'mob:JP', 'mob:PL'], prof=EVENING, thread_p=0.45)
        self.organic_simple('vpn-user', sc(170), 5, ['general', 'writing', 'code'], ['chrome-win', 'firefox', 'safari', 'openai-python', 'chrome-mac'], ['vpn', 'vpn', 'vpn', 'dc'], prof=EVENING,
                            email=lambda: rng.choice(['proton.me', 'proton.me', 'tutanota.com', 'gmail.com', 'duck.com', 'simplelogin.com']))
        self.organic_simple('writer', sc(110), 13, ['writing', 'writing', 'general'], ['chrome-mac', 'safari', 'firefox', 'chrome-win'], RES, prof=EVENING, thread_p=0.7, temp=(0.8, 1.2))
        # families / small shops sharing one card
        for _ in range(sc(10)):
            card = 'pf_' + hexid(rng, 20)
            g = rng.choice(RES)
            ip = self.N.ip(g)
            for _ in range(rng.randint(2, 4)):
                a = self.account('shared-card-household', card=card, country=g[-2:], signup_ip=ip)
                cl = stack(rng, rng.choice(['chrome-win', 'ios-safari', 'safari']))
                for _ in range(rng.randint(1, 8)):
                    self.thread(a, self.local_ts(rng, COUNTRY_TZ.get(g[-2:], 0), EVENING), cl, ip, self.organic_item(rng)[:2], model=M['mini'])

    # ================================================================= ATTACK OPERATIONS
    def campaign_id(self):
        return 'op-' + hexid(self.rng, 6)

    def harvest_item(self, rng, target, pool=None):
        """returns (bare item text, reference answer or None, flavor)."""
        C = self.C
        if pool is not None:
            return pool.pop()
        if target == 'math':
            r = rng.choice(C.gsm_train if rng.random() < 0.8 else C.gsm_test); return (r['question'], r['answer'])
        if target == 'code':
            x = rng.random()
            if x < 0.5: r = rng.choice(C.codegen); return (gi(r), r['response'])
            if x < 0.7: r = rng.choice(C.humaneval); return (r['prompt'], r['canonical_solution'])
            return (rng.choice(C.arena_code), None)
        if target == 'agentic':
            r = rng.choice(C.toolf); return (gi(r), r['response'])
        if target == 'reasoning':
            x = rng.random()
            if x < 0.4: r = rng.choice(C.gsm_train); return (r['question'], r['answer'])
            if x < 0.8: return (rng.choice(C.arena_p), None)
            return (rng.choice(C.mt)['turns'][0], None)
        if target == 'general':
            return (self.organic_item(rng)[0], None)
        raise KeyError(target)

    def cover_prompt(self, rng):
        return self.organic_item(rng, rng.choice(['general', 'general', 'writing', 'code']))[:rng.choice([1, 1, 2])]

    def op_sloppy(self, cid, n_acc, mean, target):
        rng = self.rng
        M = self.models
        cards = ['pf_' + hexid(rng, 20) for _ in range(rng.randint(3, 6))]
        doms = rng.sample(['tmpbox.net', 'mailpoof.com', 'gmial.com', 'outlook-mail.net', 'inboxkitten.com', 'yopmail.com', 'sharklasers.com', 'hotmai1.com', 'proton-me.co', 'fastmail-box.com'], 3)
        stk = rng.choice(['python-requests', 'aiohttp', 'go', 'httpx'])
        base_cl = stack(rng, stk)
        proxy_groups = ['dc', 'dc', 'vpn']
        nbursts = rng.randint(3, 5)
        burst_t = [self.start - timedelta(days=rng.uniform(0, 5)) + timedelta(days=rng.uniform(0, self.days * 0.6)) for _ in range(nbursts)]
        head = rng.choice([
            ['Solve the problem below. Write out each intermediate step in full sentences before giving the result.', 'Work it out step by step, explicitly. Final line: "Answer: <number>".'],
            ['You are a meticulous solver. First restate the problem, then reason step by step, then verify.', 'Be exhaustive in the reasoning.'],
            ['Detailed walkthrough needed:', 'Show all work; number the steps.']])
        sysp = rng.choice([None, 'You are a world-class expert. Think carefully and explain every step of your reasoning.', 'Reason in detail before answering.'])
        for i in range(n_acc):
            bt = rng.choice(burst_t)
            created = bt + timedelta(seconds=rng.uniform(0, 1800))
            if created >= self.end - timedelta(days=1):
                created = self.end - timedelta(days=2)
            sip = self.N.ip(rng.choice(proxy_groups))
            a = self.account('scripted-fleet', 'attack', cid, created=created, email=rng.choice(doms), card=rng.choice(cards), signup_ip=sip,
                             country=rng.choice(['US', 'US', 'SG', 'NL', 'DE']), tier='build')
            ips = [self.N.ip(rng.choice(proxy_groups)) for _ in range(rng.randint(1, 4))]
            n = max(5, int(rng.gauss(mean, mean * 0.35)))
            t = max(created + timedelta(minutes=rng.uniform(2, 60)), self.start)
            span = (self.end - t).total_seconds()
            step = span / (n + 1)
            for k in range(n):
                tt = t + timedelta(seconds=step * (k + rng.uniform(0.2, 0.8)))
                q, ans = self.harvest_item(rng, target)
                p = (head[0] + '\n\n' + q + '\n\n' + head[1]) if rng.random() < 0.85 else (q + '\n\n' + head[1])
                self.req(a, tt, base_cl, rng.choice(ips), p, system=sysp, model=rng.choice([M['big'], M['think']]), max_tokens=rng.choice([4096, 8192]),
                         temperature=rng.choice([0.7, 1.0]), stream=False, out_tokens=int(rng.lognormvariate(6.4, 0.4)), response=ans)

    def op_careful(self, cid, n_acc, mean, target):
        rng = self.rng
        M = self.models
        # shared work queue: distinct items, never repeated across the operation
        C = self.C
        if target == 'math':
            pool = [(r['question'], r['answer']) for r in C.gsm_train]
        elif target == 'code':
            pool = [(gi(r), r['response']) for r in C.codegen] + [(p, None) for p in C.arena_code]
        else:
            pool = [(p, None) for p in C.arena_p] + [(r['question'], r['answer']) for r in C.gsm_train[:1500]]
        rng.shuffle(pool)
        openers = ['hey, quick one.', 'Could you help me with this?', 'I am stuck on something.', 'hi!', 'Question for you:', 'ok so', '', '', '', 'My friend sent me this and now I cannot stop thinking about it.',
                   'Working on prep material, need a hand.', 'Not homework, just curious:', 'Can you walk me through this?']
        closers = ['', '', 'Explain how you get there, not just the answer.', 'I want to understand the reasoning.', 'walk me through your thinking pls', 'go slowly, I want to follow each step.',
                   'Show me how you would approach it from scratch.', 'thanks in advance', 'What is the cleanest way to think about it?']
        follow = ['wait, why does the second step work?', 'could you double-check that with a different method?', 'ok, what if the numbers were doubled?', 'how would you explain that to a 12 year old?',
                  'is there a faster way to see it?', 'and what is the most common mistake people make here?', 'can you generalize that?', 'hmm, I got something else. walk me through it once more, carefully',
                  'what would change if we relaxed that constraint?', 'nice. can you write it up as a clean solution?']
        for i in range(n_acc):
            g = rng.choice(RES)
            country = g[-2:]
            tz = COUNTRY_TZ.get(country, 0)
            created = self.start - timedelta(days=rng.uniform(60, 420))
            home = self.N.ip(g)
            a = self.account('patient-queue', 'attack', cid, created=created, signup_ip=self.N.ip(g), country=country,
                             email=rng.choice(['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'gmx.de', 'naver.com']),
                             tier=rng.choice(['build', 'build', 'free']))
            cls = [stack(rng, rng.choice(['random-browser', 'random-browser', 'openai-python', 'anthropic-python', 'chrome-mac', 'safari', 'firefox']))]
            prof = rng.choice([DIURNAL, EVENING])
            n = max(6, int(rng.gauss(mean, mean * 0.3)))
            done = 0
            style = rng.random()
            model = rng.choice([M['big'], M['think']])
            while done < n and pool:
                q, ans = pool.pop()
                first = (rng.choice(openers) + ' ' + q + ('\n\n' if rng.random() < 0.5 else ' ') + rng.choice(closers)).strip()
                if style < 0.3:
                    first = first.lower()
                nf = rng.choice([0, 1, 1, 2, 2, 3])
                turns = [first] + rng.sample(follow, nf)
                ip = home if rng.random() < 0.75 else self.N.ip(g)
                cl = rng.choice(cls) if rng.random() < 0.85 else stack(rng, 'random-browser')
                self.thread(a, self.local_ts(rng, tz, prof), cl, ip, turns[:n - done], gap=(45, 600), model=model,
                            reasoning=int(rng.lognormvariate(7.2, 0.6)) if model == M['think'] else None, max_tokens=rng.choice([None, 4096, 8192]),
                            temperature=rng.choice([None, 0.7, 1.0]), stream=rng.random() < 0.7, response=None)
                done += len(turns)

    def op_subteams(self, cid, n_teams, per_team, mean, target):
        rng = self.rng
        M = self.models
        team_styles = rng.sample([
            dict(stack='go', net=['cloud:hetzner', 'cloud:ovh'], email=['gmail.com', 'mailbox.org'], card='few'),
            dict(stack='undici', net=['mob:US', 'mob:PL', 'mob:NL'], email=['outlook.com', 'hotmail.com'], card='own'),
            dict(stack='openai-python', net=['cloud:aws', 'dc'], email=['gmail.com', 'yandex.ru', 'qq.com'], card='few'),
            dict(stack='anthropic-ts', net=['res:US', 'res:CA', 'res:GB'], email=['gmail.com', 'icloud.com'], card='own'),
            dict(stack='java', net=['vpn', 'cloud:oracle'], email=['proton.me', 'tutanota.com'], card='few'),
        ], n_teams)
        toolsets = {
            'agentic': [['wikipedia', 'calculator'], ['python_repl', 'search', 'calculator'], ['wikipedia', 'weather_api', 'calendar'], ['run_code', 'read_file', 'write_file', 'search_docs']],
            'code': [['run_python', 'read_file', 'write_file'], ['execute', 'lint', 'test'], None, None],
        }
        phr = {
            0: (['Implement the following. Include a docstring, type hints and a short explanation of complexity afterwards.\n\n{q}', 'Task:\n{q}\n\nProduce a full solution and then explain design choices.'], 0.2),
            1: (['{q}', '{q}\n\n(Use the tools when useful; narrate each tool call and why.)', 'Agent task >> {q}'], 0.35),
            2: (['Please solve: {q}\nFirst plan, then act, then report the final result.', 'You have tools available. {q}\nDescribe every intermediate action.'], 0.1),
            3: (['{q}\n\nReturn the answer and a step-by-step trace.', 'I need a robust answer for this one: {q}'], 0.25),
            4: (['### Instruction\n{q}\n### Requirements\nexplain, then code, then tests', '{q}'], 0.4),
        }
        for ti, ts in enumerate(team_styles):
            wr, cover = phr[ti % 5]
            cover = rng.uniform(0.1, 0.4)
            cards = ['pf_' + hexid(rng, 20) for _ in range(rng.randint(2, 4))]
            base_cl = stack(rng, ts['stack'])
            tgt = target if ti % 2 == 0 else rng.choice(['code', 'agentic'])
            tzh = rng.choice([8, 3, 1, -5])
            for i in range(int(per_team * rng.uniform(0.8, 1.2))):
                netg = rng.choice(ts['net'])
                country = netg[-2:] if netg[-2:].isupper() else rng.choice(['US', 'DE', 'NL', 'SG'])
                created = self.start - timedelta(days=rng.uniform(1, 45))
                a = self.account('subteam-%d' % (ti + 1), 'attack', cid, created=created, email=rng.choice(ts['email']),
                                 card=rng.choice(cards) if ts['card'] == 'few' else 'new', signup_ip=self.N.ip(netg), country=country)
                ips = [self.N.ip(netg) for _ in range(rng.randint(2, 6))]
                n = max(5, int(rng.gauss(mean, mean * 0.4)))
                cl = base_cl if rng.random() < 0.8 else stack(rng, ts['stack'])
                for k in range(n):
                    t = self.local_ts(rng, tzh, DIURNAL if rng.random() < 0.7 else FLAT)
                    if rng.random() < cover:
                        self.thread(a, t, cl, rng.choice(ips), self.cover_prompt(rng), model=M['mini'], stream=rng.random() < 0.5)
                        continue
                    q, ans = self.harvest_item(rng, tgt)
                    tl = rng.choice(toolsets.get(tgt, [None]))
                    self.req(a, t, cl, rng.choice(ips), rng.choice(wr).format(q=q), tools=tl, model=rng.choice([M['big'], M['big'], M['think']]),
                             max_tokens=rng.choice([4096, 8192, 16384]), temperature=rng.choice([0.2, 0.5, 0.8]), stream=rng.random() < 0.4,
                             out_tokens=int(rng.lognormvariate(6.6, 0.5)), response=ans)

    def op_judge(self, cid, n_acc, mean):
        rng = self.rng
        M = self.models
        C = self.C
        rubrics = [
            'Rate the response on helpfulness, correctness and clarity, each 1-10, then give an overall score. Justify each number in two sentences.',
            'Grade against this rubric: (a) factual accuracy, (b) completeness, (c) reasoning quality, (d) harmlessness. Output JSON {"a":..,"b":..,"c":..,"d":..,"overall":..,"rationale":".."}.',
            'Which of the two answers is better? Explain your verdict thoroughly, then output [[A]], [[B]] or [[tie]].',
            'Score from 0 to 5 using the scale: 0 unusable, 1 mostly wrong, 2 partially right, 3 acceptable, 4 good, 5 excellent. Think aloud first, then "Score: N".',
        ]
        layout = ['<question>\n{q}\n</question>\n<answer>\n{a}\n</answer>\n\n{r}', 'QUESTION: {q}\n\nCANDIDATE RESPONSE: {a}\n\nINSTRUCTIONS: {r}', '{r}\n\n---\nPrompt: {q}\n---\nModel output: {a}',
                  'Evaluate this exchange.\nUser asked: {q}\nAssistant said: {a}\n{r}']
        cl_names = rng.sample(['anthropic-python', 'anthropic-ts', 'httpx', 'openai-python'], 2)
        subnet = self.N.subnet_ips(rng.choice(['cloud:do', 'cloud:aws', 'dc']), 20)
        for i in range(n_acc):
            created = self.start - timedelta(days=rng.uniform(0, 20))
            a = self.account('judge-harvest', 'attack', cid, created=created, signup_ip=rng.choice(subnet),
                             email=rng.choice(['gmail.com', 'outlook.com', 'labmail.' + rng.choice(['xyz', 'top', 'site'])]), country=rng.choice(['US', 'HK', 'SG']))
            cl = stack(rng, rng.choice(cl_names))
            n = max(5, int(rng.gauss(mean, mean * 0.3)))
            for k in range(n):
                x = rng.random()
                if x < 0.35:
                    r = rng.choice(C.gsm_train); q, ans = r['question'], r['answer'].replace('####', 'Final:')
                    if rng.random() < 0.5:  # corrupt the answer
                        ans = re.sub(r'\d+', lambda m: str(int(m.group()) + rng.randint(1, 9)), ans, count=1)
                elif x < 0.7:
                    r = rng.choice(C.codegen + C.roleplay); q, ans = gi(r), r['response']
                else:
                    u = rng.choice(C.uo); q, ans = u[1], u[2] or '(no answer)'
                rb = rng.choice(rubrics)
                if '[[A]]' in rb:
                    a2 = rng.choice(C.gpt_any) if hasattr(C, 'gpt_any') else rng.choice(C.codegen)['response']
                    ans = 'Answer A:\n' + ans[:1500] + '\n\nAnswer B:\n' + a2[:1500]
                p = rng.choice(layout).format(q=q, a=ans[:2500], r=rb)
                self.req(a, self.local_ts(rng, 8, FLAT), cl, rng.choice(subnet), p, model=rng.choice([M['big'], M['think']]),
                         system=rng.choice([None, 'You are an impartial expert evaluator.', 'You are a strict grader.']), max_tokens=2048,
                         temperature=0.0, stream=False, out_tokens=int(rng.lognormvariate(5.8, 0.4)))

    def op_selfinstruct(self, cid, n_acc, mean):
        rng = self.rng
        M = self.models
        C = self.C
        fam = ['writing', 'coding', 'math word problems', 'classification', 'extraction', 'brainstorming', 'open QA', 'summarization', 'rewriting', 'role-play', 'logic puzzles', 'data formatting']
        tmpls = [
            'Produce {n} brand-new task instructions for training an assistant. Mix {f1} and {f2}. For each one give: instruction, optional input, and an ideal output. Number them.',
            'Here are example tasks:\n{ex}\nCreate {n} more tasks that are different from these in topic and verb. Output as JSON lines with keys instruction, input, output.',
            'Invent {n} realistic user requests in the area of {f1}; after each, write the best possible assistant reply.',
            '{alp}',
            'Seed: "{seed}"\nWrite {n} variations (rephrased, harder, different domain), each followed by a high quality answer.',
        ]
        cl = stack(rng, rng.choice(['openai-python', 'langchain', 'aiohttp']))
        for i in range(n_acc):
            g = rng.choice(['mob:US', 'mob:PL', 'mob:JP', 'mob:NL', 'res:IN', 'res:KR'])
            created = self.start + timedelta(days=rng.uniform(-25, self.days * 0.5))
            a = self.account('instruction-farm', 'attack', cid, created=created, card=None, tier='free', signup_ip=self.N.ip(g), country=g[-2:])
            n = max(4, int(rng.gauss(mean, mean * 0.3)))
            acl = cl if rng.random() < 0.7 else stack(rng, 'openai-python')
            t = max(created, self.start) + timedelta(hours=rng.uniform(0, 10))
            for k in range(n):
                exs = rng.sample(C.seed, 3)
                p = rng.choice(tmpls).format(n=rng.choice([10, 15, 20, 20, 30]), f1=rng.choice(fam), f2=rng.choice(fam),
                                             ex='\n'.join('%d. %s' % (j + 1, e['instruction']) for j, e in enumerate(exs)),
                                             alp=C.alpaca.replace('20', str(rng.choice([20, 25]))), seed=rng.choice(C.seed)['instruction'])
                self.req(a, t, acl, self.N.ip(g), p, model=rng.choice([M['big'], M['mini']]), max_tokens=rng.choice([8192, 16000]),
                         temperature=rng.choice([1.0, 1.0, 0.9, 1.2]), stream=False, out_tokens=int(rng.lognormvariate(7.6, 0.3)))
                t += timedelta(minutes=rng.expovariate(1 / 90.0) + 1)
                if t >= self.end:
                    break

    def op_taxonomy(self, cid, n_acc, mean):
        rng = self.rng
        M = self.models
        domains = ['organic chemistry', 'contract law', 'cardiology', 'macroeconomics', 'compiler design', 'distributed systems', 'number theory', 'medieval history', 'Korean grammar',
                   'tax accounting', 'structural engineering', 'pharmacology', 'game theory', 'linear algebra', 'poetry analysis', 'cybersecurity', 'genetics', 'marketing strategy', 'SQL optimisation', 'ethics', 'thermodynamics', 'immunology', 'probability', 'operating systems', 'criminal procedure', 'corporate finance', 'climate science', 'Japanese literature', 'robotics', 'epidemiology', 'music theory', 'real analysis', 'supply chain', 'cryptography', 'linguistics', 'astrophysics']
        skills = ['explain a core concept', 'solve a worked problem', 'critique a flawed argument', 'write an exam question and its model answer', 'compare two approaches', 'debug a mistake',
                  'summarise the state of the art', 'give a step-by-step derivation', 'translate jargon for a beginner', 'plan a multi-step project', 'produce a worked counterexample', 'write a rigorous proof or justification']
        levels = ['introductory', 'intermediate', 'advanced', 'expert']
        cells = [(d, s, l) for d in domains for s in skills for l in levels]
        rng.shuffle(cells)
        forms = ['[{d}] [{l}] {s}.', '{l} level - {d}: {s}', 'Domain: {d}\nSkill: {s}\nDifficulty: {l}\nRespond fully.', 'In {d}, {s} at an {l} level.']
        form = rng.sample(forms, 2)
        cl = stack(rng, rng.choice(['reqwest', 'curl', 'go']))
        ipg = rng.choice(['cloud:gcp', 'cloud:azure', 'dc6'])
        per = len(cells) // n_acc
        for i in range(n_acc):
            a = self.account('capability-sweep', 'attack', cid, created=self.start - timedelta(days=rng.uniform(5, 90)), email=rng.choice(['gmail.com', 'outlook.com']),
                             signup_ip=self.N.ip(ipg if ipg != 'dc6' else 'dc'), country=rng.choice(['US', 'DE', 'JP']))
            mine = cells[i * per:(i + 1) * per]
            n = min(len(mine), max(5, int(rng.gauss(mean, mean * 0.25))))
            t = self.start + timedelta(hours=rng.uniform(0, 24 * self.days - 72))
            ip = self.N.ip(ipg)
            for d, s, l in mine[:n]:
                self.req(a, t, cl, ip, rng.choice(form).format(d=d, s=s, l=l), model=M['think'], max_tokens=32000, reasoning=int(rng.lognormvariate(8, 0.5)),
                         temperature=None, stream=False, out_tokens=int(rng.lognormvariate(7.2, 0.4)))
                t += timedelta(seconds=rng.uniform(30, 3600 * 4))
                if t >= self.end:
                    break

    def op_bare(self, cid, n_acc, mean, target):
        """bare public benchmark items, no wrapper, huge max_tokens, extended reasoning; VPN egress"""
        rng = self.rng
        M = self.models
        C = self.C
        cl_names = rng.sample(['anthropic-python', 'openai-python', 'httpx', 'curl', 'openai-node'], 2)
        for i in range(n_acc):
            created = self.start - timedelta(days=rng.uniform(0, 60))
            a = self.account('bare-reasoning', 'attack', cid, created=created, signup_ip=self.N.ip('vpn'), country=rng.choice(['US', 'GB', 'CA', 'AU']),
                             email=rng.choice(['gmail.com', 'proton.me', 'outlook.com', 'duck.com']))
            cl = stack(rng, rng.choice(cl_names))
            n = max(5, int(rng.gauss(mean, mean * 0.4)))
            ip = self.N.ip('vpn')
            day0 = rng.randrange(self.days)
            for k in range(n):
                if rng.random() < 0.1:
                    ip = self.N.ip('vpn')
                if target == 'math' or rng.random() < 0.5:
                    r = rng.choice(C.gsm_test); q = r['question']
                else:
                    r = rng.choice(C.humaneval); q = r['prompt']
                d = min(self.days - 1, day0 + int(k * rng.uniform(0, 0.6)))
                self.req(a, self.local_ts(rng, rng.choice([-5, 0, 8]), FLAT, day=d % self.days), cl, ip, q, model=M['think'],
                         max_tokens=rng.choice([32000, 64000]), reasoning=int(rng.lognormvariate(8.3, 0.5)), temperature=rng.choice([None, 1.0]),
                         stream=rng.random() < 0.5, out_tokens=int(rng.lognormvariate(6, 0.5)))

    def attacks(self):
        rng = self.rng
        sc = lambda k: int(k * rng.uniform(0.8, 1.2))
        targets = ['math', 'code', 'reasoning']
        rng.shuffle(targets)
        c = self.campaign_id(); self.ops[c] = 'scripted fleet, datacenter/VPN proxies, few cards, burst sign-ups, one client stack; target=%s' % targets[0]
        self.op_sloppy(c, sc(135), 40, targets[0])
        c = self.campaign_id(); self.ops[c] = 'patient operation: aged accounts, own cards, residential IPs, multi-turn human-paced threads, varied TLS/UA, distinct items from one shared queue; target=%s' % targets[1]
        self.op_careful(c, sc(70), 36, targets[1])
        c = self.campaign_id(); nt = rng.choice([3, 4])
        self.ops[c] = '%d sub-teams, different stacks/networks, 10-40%% cover traffic; coding + agentic tool use (base target=%s)' % (nt, targets[2])
        self.op_subteams(c, nt, 125 // nt, 40, targets[2] if targets[2] != 'math' else 'code')
        c = self.campaign_id(); self.ops[c] = 'rubric / judge-style grading harvest from one cloud subnet'
        self.op_judge(c, sc(70), 42)
        c = self.campaign_id(); self.ops[c] = 'self-instruct bulk instruction/response generation, free-tier accounts on mobile/residential proxies'
        self.op_selfinstruct(c, sc(90), 36)
        c = self.campaign_id(); self.ops[c] = 'capability-taxonomy sweep, each account a disjoint slice of domain x skill x level, bare prompts with max reasoning'
        self.op_taxonomy(c, sc(50), 38)
        c = self.campaign_id(); self.ops[c] = 'bare public benchmark items (same as eval harnesses use), no wrapper, 32-64k max_tokens, extended reasoning, VPN'
        self.op_bare(c, sc(60), 44, rng.choice(['math', 'code']))

    # ================================================================= output
    def write(self):
        os.makedirs(self.out, exist_ok=True)
        self.rng.shuffle(self.inter)
        with gzip.open(os.path.join(self.out, 'interactions.jsonl.gz'), 'wt', encoding='utf-8', compresslevel=5) as f:
            for r in self.inter:
                if r['response'] is not None:
                    r['response'] = r['response'][:1200]
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        with open(os.path.join(self.out, 'accounts.jsonl'), 'w', encoding='utf-8') as f:
            for a in self.accts:
                a = {k: v for k, v in a.items() if not k.startswith('_')}
                f.write(json.dumps(a) + '\n')
        with open(os.path.join(self.out, 'labels.jsonl'), 'w', encoding='utf-8') as f:
            for l in self.labels:
                f.write(json.dumps(l) + '\n')
        lab = {l['account_id']: l for l in self.labels}
        n_att_i = sum(1 for r in self.inter if lab[r['account_id']]['label'] == 'attack')
        n_att_a = sum(1 for l in self.labels if l['label'] == 'attack')
        lines = ['# World %s' % os.path.basename(self.out.rstrip('/')), '',
                 'Generated by worlds/blind/w/gen.py, seed %d, start %s, %d days.' % (self.seed, self.start.date(), self.days), '',
                 'Interactions: %d (attack %d). Accounts: %d (attack %d).' % (len(self.inter), n_att_i, len(self.accts), n_att_a), '',
                 'Models: %s' % ', '.join(self.models.values()), '', '## Attack operations (campaign ids)', '']
        for c, d in self.ops.items():
            subs = {k.split('/', 1)[1]: v for k, v in self.counts.items() if k.startswith(c + '/')}
            lines.append('- `%s`: %s. Accounts: %s' % (c, d, ', '.join('%s=%d' % kv for kv in sorted(subs.items()))))
        lines += ['', '## Organic personas (account counts)', '']
        for k, v in sorted(self.counts.items()):
            if '/' not in k:
                lines.append('- %s: %d' % (k, v))
        lines += ['', 'Notes: verified-enterprise orgs share one card, one egress subnet (some cloud), one system prompt, keys created minutes apart; '
                  'verified-enterprise-edtech asks gsm8k-style maths step by step; classrooms share a teacher wrapper and homework items with deadline bursts; '
                  'eval-harness labs replay gsm8k-test/HumanEval/MT-bench/arena-hard (repeated runs, temperature 0, cloud IPs); '
                  'developers include corporate TLS-intercepting proxies (browser UA + proxy JA4, SDK UA + proxy JA4), curl on Windows (schannel), mobile SDK wrappers.']
        open(os.path.join(self.out, 'WORLD.md'), 'w').write('\n'.join(lines) + '\n')
        return len(self.inter), len(self.accts), n_att_a, n_att_i


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--start', required=True)
    ap.add_argument('--days', type=int, required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    w = World(a.seed, a.start, a.days, a.out)
    w.organic()
    w.attacks()
    print(a.out, w.write())

if __name__ == '__main__':
    main()
