#!/usr/bin/env python3
"""Blind world generator P. Usage: python3 gen.py --seed N --variant A|B --out DIR  (stdlib only, deterministic)."""
import sys, os, json, gzip, random, hashlib, ipaddress, datetime, argparse, re

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))

def jl(p):
    op = gzip.open if p.endswith('.gz') else open
    with op(p, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]
def jj(p):
    with gzip.open(p, 'rt', encoding='utf-8') as f: return json.load(f)

# ---------------- corpora ----------------
C = {}
C['koala'] = [d['prompt'] for d in jl(D + '/corpora/organic/koala.jsonl')]
AH = jl(D + '/corpora/organic/arena-hard-v0.1.jsonl')
C['arena'] = [d['prompt'] for d in AH]
CODE_KW = re.compile(r'(code|python|script|function|C\+\+|SQL|javascript|rust|program|regex|class |def |API|bash|docker|kubernetes|typescript|java|react|pandas)', re.I)
C['arena_code'] = [d['prompt'] for d in AH if CODE_KW.search(d['prompt'] + d['cluster'])]
C['arena_other'] = [d['prompt'] for d in AH if not CODE_KW.search(d['prompt'] + d['cluster'])]
C['arena_cluster'] = [(d['cluster'], d['prompt']) for d in AH]
MT = jl(D + '/corpora/organic/mt-bench.jsonl')
VB = jl(D + '/corpora/organic/vicuna-bench.jsonl')
C['vicuna'] = [d['turns'][0] for d in VB]
HH = []
for d in jl(D + '/corpora/organic/hh-rlhf-harmless-test.jsonl.gz'):
    turns = [t.split('\n\nAssistant:')[0].strip() for t in d['chosen'].split('\n\nHuman:')[1:]]
    turns = [t for t in turns if t]
    if turns: HH.append(turns)
SIU = jl(D + '/corpora/organic/self-instruct-user-oriented.jsonl')
C['siu'] = [(d['instruction'] + ('\n\n' + d['instances'][0]['input'] if d['instances'] and d['instances'][0]['input'] else '')) for d in SIU]
SEED = jl(D + '/corpora/extraction/self-instruct-seed-tasks.jsonl')
ALPACA = open(D + '/corpora/extraction/alpaca-generation-prompt.txt', encoding='utf-8').read()
GPC = jj(D + '/corpora/extraction/gpteacher-codegen.json.gz')
GPR = jj(D + '/corpora/extraction/gpteacher-roleplay.json.gz')
GPT = jj(D + '/corpora/extraction/gpteacher-toolformer.json.gz')
GSM_TR = jl(D + '/corpora/extraction/gsm8k-train.jsonl.gz')
GSM_TE = jl(D + '/corpora/extraction/gsm8k-test.jsonl')
HE = jl(D + '/corpora/extraction/humaneval.jsonl.gz')
def gp_text(d):
    return d['instruction'] + (('\n\n' + d['input']) if d.get('input') else '')

def trace(p):
    rows = []
    for i, l in enumerate(open(p)):
        if i == 0: continue
        a = l.strip().split(',')
        rows.append((int(a[1]), int(a[2])))
    return rows
TR_CONV = trace(D + '/traces/AzureLLMInferenceTrace_conv.csv')
TR_CODE = trace(D + '/traces/AzureLLMInferenceTrace_code.csv')

def cidrs(p):
    out = []
    for l in open(p):
        l = l.strip()
        if not l or l.startswith('#'): continue
        try:
            n = ipaddress.ip_network(l, strict=False)
        except ValueError: continue
        if n.version == 4 and n.num_addresses >= 16: out.append(n)
    return out
DC4 = cidrs(D + '/network/datacenter-ipv4.txt')
VPN4 = cidrs(D + '/network/vpn-ipv4.txt')
if not os.path.exists(os.path.join(HERE, 'asn_cache.json')):
    import netcache; netcache.build()
ASN = json.load(open(os.path.join(HERE, 'asn_cache.json')))['ranges']

# ---------------- helpers ----------------
class W:
    pass

def h(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]

def ip_asn(r, g):
    s, e, a = r.choice(ASN[g])
    return str(ipaddress.IPv4Address(r.randint(s + 1, e - 1)))
def ip_net(r, nets):
    n = r.choice(nets)
    return str(n[r.randint(1, n.num_addresses - 2)])
def subnet_of(r, g):
    """return a /24-ish block (list base int) inside a group, to emulate NAT pools / one office"""
    s, e, a = r.choice(ASN[g])
    base = r.randint(s, max(s, e - 255)) & ~0xFF
    return base
def ip_in_block(r, base, lo=1, hi=254):
    return str(ipaddress.IPv4Address(base + r.randint(lo, hi)))
def ip6(r, pfx):
    return pfx + ':' + ':'.join('%x' % r.randint(0, 65535) for _ in range(4))

# ---------------- client stacks ----------------
def ja4(kind, tag):
    spec = {
        'chrome': 't13d1516h2_8daaf6152771_02713d6af862',
        'chrome_old': 't13d1517h2_8daaf6152771_b0da82dd1658',
        'edge': 't13d1516h2_8daaf6152771_e5627efa2ab1',
        'firefox': 't13d1715h2_5b57614c22b0_3d5424432f57',
        'firefox_esr': 't13d1714h2_5b57614c22b0_14788d8d241b',
        'safari': 't13d2014h2_a09f3c656075_14788d8d241b',
        'safari_ios': 't13d2013h2_a09f3c656075_e42f34c56612',
    }
    if kind in spec: return spec[kind]
    r = random.Random(kind + tag)
    shapes = {
        'py_requests': ('t13d', 18, 12, 'h1' if False else '00'), 'py_httpx': ('t13d', 18, 13, 'h2'),
        'py_aiohttp': ('t13d', 18, 12, '00'), 'node': ('t13d', 16, 11, 'h1'), 'undici': ('t13d', 16, 11, 'h2'),
        'go': ('t13d', 13, 10, 'h2'), 'curl': ('t13d', 31, 12, 'h2'), 'curl_win': ('t13d', 20, 9, 'h2'),
        'okhttp': ('t13d', 17, 10, 'h2'), 'java': ('t13d', 42, 12, 'h2'), 'dotnet': ('t12d', 19, 10, 'h2'),
        'rust': ('t13d', 9, 8, 'h2'), 'zscaler': ('t12d', 22, 8, '00'), 'bluecoat': ('t12d', 25, 7, 'h1'),
        'ios_app': ('t13d', 20, 13, 'h2'), 'ruby': ('t13d', 29, 12, 'h1'), 'php': ('t13d', 30, 12, 'h1'),
    }
    p, c, e, a = shapes.get(kind, ('t13d', 15, 11, 'h2'))
    return '%s%02d%02d%s_%s_%s' % (p, c, e, a, h(kind + 'c' + tag), h(kind + 'e' + tag))

CHROME_V = ['120.0.0.0', '121.0.0.0', '122.0.0.0', '123.0.0.0', '124.0.0.0', '125.0.0.0', '126.0.0.0']
OSES = ['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64']
def stack(r, name):
    """return (ua, ja4, endpoint_pref) for a named stack; minor versions vary per account."""
    if name == 'chrome':
        v = r.choice(CHROME_V); return ('Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36' % (r.choice(OSES), v), ja4('chrome', ''), None)
    if name == 'edge':
        v = r.choice(CHROME_V); return ('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36 Edg/%s' % (v, v), ja4('edge', ''), None)
    if name == 'firefox':
        v = r.choice(['123.0', '124.0', '125.0', '126.0', '115.0']); return ('Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Firefox/%s' % (r.choice(['Windows NT 10.0; Win64; x64', 'X11; Ubuntu; Linux x86_64', 'Macintosh; Intel Mac OS X 14.4']), v, v), ja4('firefox' if v != '115.0' else 'firefox_esr', ''), None)
    if name == 'safari':
        v = r.choice(['17.3', '17.4', '17.4.1', '17.5']); return ('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % v, ja4('safari', ''), None)
    if name == 'safari_ios':
        v = r.choice(['17_3', '17_4', '17_5']); return ('Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1' % v, ja4('safari_ios', ''), None)
    if name == 'openai_py':
        v = r.choice(['1.12.0', '1.14.3', '1.23.6', '1.30.1', '1.35.3']); return ('OpenAI/Python %s' % v, ja4('py_httpx', '24'), '/v1/chat/completions')
    if name == 'openai_node':
        v = r.choice(['4.28.0', '4.38.5', '4.47.1', '4.52.0']); return ('OpenAI/JS %s' % v, ja4('undici', '20'), '/v1/chat/completions')
    if name == 'anthropic_py':
        v = r.choice(['0.21.3', '0.25.7', '0.28.0', '0.31.2']); return ('Anthropic/Python %s' % v, ja4('py_httpx', '24'), '/v1/messages')
    if name == 'anthropic_ts':
        v = r.choice(['0.20.1', '0.22.0', '0.24.3']); return ('Anthropic/JS %s' % v, ja4('undici', '20'), '/v1/messages')
    if name == 'anthropic_go':
        return ('anthropic-sdk-go/0.2.0-alpha.4', ja4('go', '122'), '/v1/messages')
    if name == 'openai_java':
        return ('openai-java/0.8.1', ja4('okhttp', '4'), '/v1/chat/completions')
    if name == 'langchain':
        return ('langchain-openai/0.1.8 OpenAI/Python 1.30.1', ja4('py_httpx', '24'), '/v1/chat/completions')
    if name == 'httpx':
        v = r.choice(['0.25.2', '0.26.0', '0.27.0']); return ('python-httpx/%s' % v, ja4('py_httpx', '24'), None)
    if name == 'requests':
        v = r.choice(['2.28.2', '2.31.0', '2.32.3']); return ('python-requests/%s' % v, ja4('py_requests', '311'), None)
    if name == 'aiohttp':
        return ('Python/3.11 aiohttp/3.9.5', ja4('py_aiohttp', '311'), None)
    if name == 'undici':
        return ('undici', ja4('undici', '20'), None)
    if name == 'node_fetch':
        return ('node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', ja4('node', '18'), None)
    if name == 'axios':
        return ('axios/1.6.%d' % r.randint(2, 8), ja4('node', '18'), None)
    if name == 'go':
        return ('Go-http-client/2.0', ja4('go', '121'), None)
    if name == 'go11':
        return ('Go-http-client/1.1', ja4('go', '120h1'), None)
    if name == 'curl':
        return ('curl/%s' % r.choice(['7.81.0', '8.5.0', '8.7.1', '8.4.0']), ja4('curl', 'linux'), None)
    if name == 'curl_win':
        return ('curl/8.4.0', ja4('curl_win', 'schannel'), None)
    if name == 'okhttp':
        return ('okhttp/4.12.0', ja4('okhttp', '4'), None)
    if name == 'dotnet':
        return ('Azure.AI.OpenAI/1.0.0-beta.17 (.NET 8.0.4; Microsoft Windows 10.0.22631)', ja4('dotnet', '8'), '/v1/chat/completions')
    if name == 'rust':
        return ('reqwest/0.12.4', ja4('rust', '12'), None)
    if name == 'ruby':
        return ('ruby-openai/7.0.1 Faraday v2.9.0', ja4('ruby', '3'), '/v1/chat/completions')
    if name == 'php':
        return ('GuzzleHttp/7 curl/7.81.0 PHP/8.2.7', ja4('php', '8'), None)
    if name == 'cli_tool':
        return ('llm-cli/0.%d.%d (darwin; arm64) node/20.12.2' % (r.randint(8, 14), r.randint(0, 9)), ja4('undici', '20'), '/v1/messages')
    if name == 'ide_plugin':
        return ('CodeAssist-VSCode/1.%d.%d' % (r.randint(80, 95), r.randint(0, 20)), ja4('node', '18'), None)
    if name == 'mobile_app':
        return ('ChatPocket/3.%d.%d (iPhone; iOS 17.4; Scale/3.00)' % (r.randint(0, 9), r.randint(0, 9)), ja4('ios_app', '17'), None)
    if name == 'android_app':
        return ('Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)', ja4('okhttp', '4'), None)
    # odd stacks: UA from one thing, TLS from a middlebox
    if name == 'zscaler_chrome':
        ua, _, _ = stack(r, 'chrome'); return (ua, ja4('zscaler', 'zia'), None)
    if name == 'bluecoat_py':
        ua, _, _ = stack(r, 'openai_py'); return (ua, ja4('bluecoat', 'sg'), '/v1/chat/completions')
    if name == 'flutter_wrapper':
        return ('Dart/3.3 (dart:io)', ja4('okhttp', 'cronet'), None)
    if name == 'nouua':
        return (None, ja4('py_httpx', '24'), None)
    raise KeyError(name)

MODELS_MSG = ['atlas-3-pro', 'atlas-3-flash', 'atlas-3-think']
MODELS_CHAT = ['atlas-3-pro', 'atlas-3-flash', 'atlas-3-think', 'atlas-3-mini']

def iso(t):
    return datetime.datetime.utcfromtimestamp(t).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % int((t % 1) * 1000)

def tokcount(s):
    return max(1, int(len(s) / 3.8))

# ---------------- world ----------------
class World:
    def __init__(self, seed, variant, start, days):
        self.r = random.Random(seed)
        self.seed = seed; self.variant = variant
        self.t0 = start; self.days = days; self.t1 = start + days * 86400
        self.accounts = []; self.labels = []; self.inter = []
        self.nacct = 0; self.nreq = 0
        self.summary = []
        self.used_email_users = set()

    def aid(self):
        self.nacct += 1
        return 'acct_' + h('%d-%s-%d' % (self.seed, self.variant, self.nacct), 14)

    def account(self, created, domain, card, signup_ip, country, tier, verified, label, persona, campaign=None, org=None):
        a = {'account_id': self.aid(), 'created_at': iso(created), 'org_id': org, 'email_domain': domain,
             'payment_fingerprint': card, 'signup_ip': signup_ip, 'country': country, 'tier': tier, 'verified': verified}
        self.accounts.append(a)
        self.labels.append({'account_id': a['account_id'], 'label': label, 'campaign': campaign, 'persona': persona})
        a['_created'] = created
        a['_keys'] = ['key_' + h(a['account_id'] + 'k0', 16)]
        return a

    def card(self):
        return 'pm_' + h('card%d%f' % (self.seed, self.r.random()), 20)

    def emit(self, a, ts, ua_ja4, ip, prompt, system=None, conv=None, turn=None, tools=None, model=None, endpoint=None,
             max_tokens=None, temperature=None, stream=None, out=None, reasoning=None, response=None, status=None,
             key=None, hist=0, r=None):
        r = r or self.r
        ua, j, ep = ua_ja4
        endpoint = endpoint or ep or r.choice(['/v1/messages', '/v1/chat/completions'])
        if model is None:
            model = r.choice(MODELS_MSG if endpoint == '/v1/messages' else MODELS_CHAT)
        inp = tokcount(prompt) + (tokcount(system) if system else 0) + hist + (len(tools) * 120 if tools else 0)
        if out is None:
            out = r.choice(TR_CONV)[1]
        if max_tokens is not None: out = min(out, max_tokens)
        if status is None:
            x = r.random()
            status = 200 if x < 0.975 else (429 if x < 0.99 else (400 if x < 0.996 else 500))
        if status != 200:
            out = 0; reasoning = 0 if reasoning else reasoning; response = None
        lat = int(250 + out * r.uniform(9, 22) + (reasoning or 0) * r.uniform(6, 12) + inp * 0.05 + r.expovariate(1 / 150.0))
        if status == 429: lat = r.randint(20, 90)
        if status == 400: lat = r.randint(15, 60)
        if status == 500: lat = r.randint(1000, 30000)
        self.nreq += 1
        self.inter.append({
            'id': 'req_' + h('%d%s%d' % (self.seed, self.variant, self.nreq), 20), 'ts': iso(ts), 'account_id': a['account_id'],
            'api_key_id': key or a['_keys'][0], 'ip': ip, 'user_agent': ua, 'tls_ja4': j, 'endpoint': endpoint, 'model': model,
            'conversation_id': conv, 'turn': turn, 'system': system, 'prompt': prompt, 'tool_names': tools,
            'response': response, 'input_tokens': inp, 'output_tokens': out, 'reasoning_tokens': reasoning,
            'max_tokens': max_tokens, 'temperature': temperature, 'stream': stream, 'status': status, 'latency_ms': lat})
        return out

    def conv(self, r=None):
        r = r or self.r
        return 'conv_' + h('%d%f' % (self.seed, r.random()), 16)

    # --- time helpers
    def human_ts(self, r, tz, day=None, weekday_bias=0.7, hours=None):
        """local-time diurnal human pattern; tz offset hours"""
        while True:
            d = day if day is not None else r.randrange(self.days)
            dt = datetime.datetime.utcfromtimestamp(self.t0 + d * 86400)
            wd = (dt.weekday())
            if day is None and wd >= 5 and r.random() < weekday_bias: continue
            if hours:
                hr = r.choice(hours) + r.random()
            else:
                hr = r.choice([8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 18, 19, 20, 20, 21, 21, 22, 23, 7, 0]) + r.random()
            t = self.t0 + d * 86400 + (hr - tz) * 3600
            if self.t0 <= t < self.t1: return t
            if day is not None:
                return min(max(t, self.t0 + 1), self.t1 - 1)

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        self.inter.sort(key=lambda x: (x['ts'], x['id']))
        with gzip.GzipFile(os.path.join(out, 'interactions.jsonl.gz'), 'wb', mtime=0) as f:
            for x in self.inter:
                f.write((json.dumps(x, ensure_ascii=False) + '\n').encode('utf-8'))
        with open(os.path.join(out, 'accounts.jsonl'), 'w') as f:
            for a in self.accounts:
                f.write(json.dumps({k: v for k, v in a.items() if not k.startswith('_')}) + '\n')
        with open(os.path.join(out, 'labels.jsonl'), 'w') as f:
            for l in self.labels: f.write(json.dumps(l) + '\n')


# ---------------- organic content ----------------
FOLLOW_DEV = ['that gives me `TypeError: cannot unpack non-iterable NoneType object` on line 12', 'can you make it async?', 'ok now add tests with pytest',
  'it works but it is slow on 2M rows, any ideas?', 'why did you use a dict there instead of a set', 'port this to TypeScript please', 'add type hints and a docstring',
  'hmm the edge case with an empty list still fails', 'can you explain the regex part', 'now wire it into the FastAPI handler I pasted earlier',
  'what about thread safety here?', 'shorter please, no comments', 'our linter complains about the mutable default arg', 'what is the big-O of this?']
FOLLOW_CASUAL = ['thanks! can you make it shorter?', 'why?', 'ok what else', 'lol nice. another one?', 'can you say that in simpler words', 'are you sure about that?',
  'give me 3 more options', 'what would you pick', 'hmm, and if I only have 20 minutes?', 'translate it to Spanish pls']
FOLLOW_RESEARCH = ['Where exactly does the argument use the assumption in step 2?', 'Could you check that answer a different way?',
  'I got a different number - 14. Which of us is wrong?', 'Is there a shorter solution?', 'What is the most common mistake students make here?']
FOLLOW_WRITER = ['make the tone warmer', 'cut it to 150 words', 'give the antagonist a better motive', 'rewrite in first person', 'less adjectives please', 'another title, punchier']

def organic_prompt(r, kind):
    if kind == 'casual':
        x = r.random()
        if x < 0.35: return r.choice(HH)[0]
        if x < 0.6: return r.choice(C['vicuna'])
        if x < 0.85: return r.choice(C['koala'])
        return r.choice(MT)['turns'][0]
    if kind == 'writer':
        x = r.random()
        if x < 0.4: return r.choice([m for m in MT if m['category'] in ('writing', 'roleplay', 'humanities')])['turns'][0]
        if x < 0.7: return gp_text(r.choice(GPR))
        return r.choice(C['koala'])
    if kind == 'dev':
        x = r.random()
        if x < 0.45: return r.choice(C['arena_code'])
        if x < 0.8: return gp_text(r.choice(GPC))
        if x < 0.88: return 'why does this fail on some inputs?\n\n' + r.choice(HE)['prompt'] + '    ' + r.choice(['return sorted(x)[0]', 'pass', 'return None'])
        return r.choice(C['koala'])
    if kind == 'general':
        x = r.random()
        if x < 0.3: return r.choice(C['arena'])
        if x < 0.55: return r.choice(C['koala'])
        if x < 0.75: return r.choice(C['siu'])
        return r.choice(C['vicuna'])
    raise KeyError(kind)

def run_user(w, a, r, n, tz, ipf, stacks, kind, system=None, tools=None, multi=0.35, maxturn=6, follow=None, hours=None,
             params=None, day_lo=0, day_hi=None, outsrc=TR_CONV, keyf=None, weekday_bias=0.6):
    cnt = 0
    day_hi = day_hi or w.days
    while cnt < n:
        ts = w.human_ts(r, tz, day=r.randrange(day_lo, day_hi), hours=hours)
        if r.random() < 0.6 * weekday_bias:  # small weekend suppression
            dt = datetime.datetime.utcfromtimestamp(ts)
            if dt.weekday() >= 5 and r.random() < 0.6: continue
        st = r.choice(stacks)
        ip = ipf(r)
        conv = w.conv(r) if r.random() < 0.9 else None
        k = 1 if r.random() > multi else r.randint(2, maxturn)
        hist = 0
        thread = None
        if kind == 'casual' and r.random() < 0.4:
            thread = r.choice(HH); k = min(len(thread), max(k, 1))
        mtq = None
        if kind in ('writer', 'general') and r.random() < 0.15:
            mtq = r.choice(MT); k = 2
        for t in range(1, k + 1):
            if cnt >= n: break
            if thread: p = thread[t - 1]
            elif mtq: p = mtq['turns'][t - 1]
            elif t == 1: p = organic_prompt(r, kind) if isinstance(kind, str) else kind(r)
            else: p = r.choice(follow or FOLLOW_CASUAL)
            prm = params(r) if params else {}
            o = r.choice(outsrc)[1]
            o = max(8, int(o * r.uniform(0.6, 1.6)))
            out = w.emit(a, ts, st, ip, p, system=system, conv=conv if k > 1 or conv else None, turn=t if conv else None, tools=tools,
                         hist=hist, out=o, key=keyf(r) if keyf else None, r=r, **prm)
            hist += tokcount(p) + out
            cnt += 1
            ts += r.uniform(20, 400) + out * 0.02
            if ts >= w.t1: break
    return cnt

def res_group(r, country):
    return {'US': 'res_us', 'DE': 'res_eu', 'FR': 'res_eu', 'ES': 'res_eu', 'NL': 'res_eu', 'GB': 'res_eu', 'CA': 'res_ca', 'IN': 'res_in',
            'JP': 'res_asia', 'KR': 'res_asia', 'AU': 'res_au', 'BR': 'res_br', 'AR': 'res_br'}.get(country, 'res_us')
TZ = {'US': -6, 'DE': 1, 'FR': 1, 'ES': 1, 'NL': 1, 'GB': 0, 'CA': -5, 'IN': 5.5, 'JP': 9, 'KR': 9, 'AU': 10, 'BR': -3, 'AR': -3}
COUNTRIES = ['US'] * 10 + ['DE', 'FR', 'ES', 'NL', 'GB', 'GB'] + ['CA', 'CA', 'IN', 'IN', 'IN', 'JP', 'KR', 'AU', 'BR', 'AR']
FREEMAIL = ['gmail.com'] * 12 + ['outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'proton.me', 'gmx.de', 'web.de', 'orange.fr', 'yahoo.co.jp', 'naver.com', 'qq.com', 'fastmail.com']
CORP_DOMAINS = ['northwind-analytics.com', 'kestrelbio.io', 'brightlane.dev', 'quarrytech.com', 'helix-labs.ai', 'oakmont-legal.com', 'pixelfjord.no',
  'tangerine-data.co', 'ridgeway.consulting', 'mapleleaf-software.ca', 'sundial.studio', 'corvid.systems', 'lumen-health.org', 'arcadia-games.com']

def residential_user(w, r, persona, kind, n, stacks, tier='free', signup_days=(30, 700), domains=None, country=None, mobile=0.2, **kw):
    country = country or r.choice(COUNTRIES)
    g = res_group(r, country)
    home = subnet_of(r, g)
    created = w.t0 - r.uniform(*signup_days) * 86400
    a = w.account(created, r.choice(domains or FREEMAIL), w.card() if tier != 'free' or r.random() < 0.3 else None,
                  ip_in_block(r, home), country, tier, False, 'organic', persona)
    def ipf(rr, home=home):
        if rr.random() < mobile: return ip_asn(rr, 'mobile')
        return ip_in_block(rr, home, 1, 254) if rr.random() < 0.2 else ip_in_block(rr, home, (home >> 3) % 200 + 2, (home >> 3) % 200 + 2)
    run_user(w, a, r, n, TZ[country], ipf, [stack(r, s) for s in stacks], kind, **kw)
    return a

# ---------------- organic personas ----------------
ENT_APPS = [
  ('You are Ledgerly, an assistant inside an accounting product. Answer questions about invoices, expenses and bookkeeping for small businesses. Be concise; never give tax advice for a specific jurisdiction without a disclaimer.', 'general'),
  ('You are the internal knowledge assistant for Kestrel Bio. Use a formal tone. If a question concerns lab safety, point to SOP-114. Summarise long inputs as bullet points.', 'general'),
  ('You are CodePilot for the Brightlane engineering org. Follow the company style guide: Python 3.11, black formatting, type hints, no external dependencies unless asked.', 'dev'),
  ('You are a customer support agent for Arcadia Games. Be friendly, keep answers under 120 words, and escalate refund requests by outputting ESCALATE.', 'casual'),
]
def enterprise(w, r, n_accts, reqs, app_idx, egress='aws'):
    org = 'org_' + h('ent%d%d' % (w.seed, app_idx), 10)
    sysp, kind = ENT_APPS[app_idx]
    dom = CORP_DOMAINS[app_idx]
    card = w.card(); country = r.choice(['US', 'US', 'DE', 'GB'])
    block = subnet_of(r, egress)
    created = w.t0 - r.uniform(40, 400) * 86400
    st = stack(r, r.choice(['openai_py', 'anthropic_py', 'openai_java', 'dotnet', 'anthropic_ts']))
    tier = 'enterprise'
    accts = []
    for i in range(n_accts):
        a = w.account(created + i * r.uniform(5, 40), dom, card, ip_in_block(r, block, 10, 20), country, tier, True, 'organic', 'verified-enterprise', org=org)
        a['_keys'] = ['key_' + h(a['account_id'] + str(j), 16) for j in range(r.randint(1, 3))]
        accts.append(a)
    tools = ['search_kb', 'get_ticket', 'create_ticket'] if r.random() < 0.5 else None
    for a in accts:
        m = int(reqs / n_accts * r.uniform(0.5, 1.5))
        for _ in range(m):
            # business-hours heavy but steady
            ts = w.human_ts(r, TZ[country], hours=list(range(7, 20)) + [22, 2])
            p = organic_prompt(r, kind)
            if r.random() < 0.3: p = r.choice(C['siu'])
            w.emit(a, ts, st, ip_in_block(r, block, 10, 40), p, system=sysp, tools=tools, temperature=r.choice([0.2, 0.3]), max_tokens=1024,
                   stream=False, key=r.choice(a['_keys']), out=int(r.choice(TR_CONV)[1] * 0.8) + 5, r=r,
                   model='atlas-3-flash' if r.random() < 0.7 else 'atlas-3-pro')
    w.summary.append('organic verified-enterprise org %s: %d accounts (%s egress)' % (org, n_accts, egress))

def eval_harness(w, r, n_accts, reqs, lab, cloud='gcp', shared_org=True, verified=True):
    org = 'org_' + h('lab' + lab + str(w.seed), 10) if shared_org else None
    dom = lab
    block = subnet_of(r, cloud)
    card = w.card()
    accts = [w.account(w.t0 - r.uniform(60, 300) * 86400, dom, card, ip_in_block(r, block), 'US', 'scale', verified, 'organic', 'eval-harness', org=org) for _ in range(n_accts)]
    harness = [stack(r, 'openai_py'), stack(r, 'aiohttp'), stack(r, 'anthropic_py')]
    benches = ['gsm8k', 'humaneval', 'mtbench']
    for a in accts:
        m = int(reqs / n_accts)
        cnt = 0
        while cnt < m:
            b = r.choice(benches)
            ts = r.uniform(w.t0, w.t1 - 7200)
            st = r.choice(harness)
            model = r.choice(MODELS_CHAT)
            samples = r.choice([1, 1, 5])
            items = (GSM_TE if b == 'gsm8k' else HE if b == 'humaneval' else MT)
            start = r.randrange(len(items))
            run = r.randint(40, 200)
            for j in range(run):
                it = items[(start + j) % len(items)]
                if b == 'gsm8k':
                    p = 'Question: ' + it['question'] + '\nAnswer:' if r.random() < 0.5 else it['question'] + "\nLet's think step by step."
                    o = r.randint(80, 300)
                elif b == 'humaneval':
                    p = it['prompt']; o = r.randint(40, 250)
                else:
                    p = it['turns'][0]; o = r.randint(150, 700)
                for s in range(samples):
                    w.emit(a, ts, st, ip_in_block(r, block), p, model=model, temperature=0.0 if samples == 1 else 0.8, max_tokens=512 if b != 'mtbench' else 2048,
                           stream=False, out=o, r=r, status=429 if r.random() < 0.03 else None)
                    ts += r.uniform(0.2, 3.0); cnt += 1
                if ts > w.t1 or cnt >= m: break
    w.summary.append('organic eval-harness %s: %d accounts (%s)' % (lab, n_accts, cloud))

CLASS_WRAPS = [
  "Homework helper (Ms. Alvarez, Math 7): Explain how to solve the following problem so a 7th grader can follow. Do not just give the answer.\n\nProblem: {q}",
  "STAT 101 study aid - walk me through this one and say which concept from chapter 3 it uses:\n{q}",
]
def classroom(w, r, n, wrap, uni_block, deadlines, items, tz):
    dom = r.choice(['student.ucsd.edu', 'vt.edu', 'stanford.edu', 'umich.edu'])
    created = w.t0 + r.uniform(0, 2) * 86400
    accts = [w.account(created + r.uniform(0, 3 * 3600), dom, None, ip_in_block(r, uni_block), 'US', 'free', False, 'organic', 'classroom') for _ in range(n)]
    for a in accts:
        stx = stack(r, r.choice(['chrome', 'chrome', 'safari', 'edge', 'firefox', 'safari_ios']))
        for dl in deadlines:
            todo = r.sample(items, k=min(len(items), r.randint(2, 6)))
            for it in todo:
                ts = dl - r.expovariate(1 / (10 * 3600.0))
                if ts < w.t0: ts = w.t0 + r.uniform(0, 3600)
                ip = ip_in_block(r, uni_block) if r.random() < 0.6 else ip_asn(r, 'res_us')
                conv = w.conv(r)
                w.emit(a, ts, stx, ip, wrap.format(q=it['question']), conv=conv, turn=1, out=r.randint(150, 500), r=r, stream=True)
                if r.random() < 0.3:
                    w.emit(a, ts + r.uniform(30, 300), stx, ip, r.choice(['i dont get the second step', 'why do we divide there?', 'so the answer is ' + it['answer'].split('####')[-1].strip() + '?']),
                           conv=conv, turn=2, out=r.randint(60, 250), r=r, stream=True, hist=300)
    w.summary.append('organic classroom: %d accounts, %d deadlines' % (n, len(deadlines)))

def campus(w, r, n, uni_block):
    for i in range(n):
        a = w.account(w.t0 - r.uniform(5, 500) * 86400, r.choice(['ucsd.edu', 'gmail.com', 'gmail.com', 'vt.edu', 'stanford.edu']), None,
                      ip_in_block(r, uni_block), 'US', r.choice(['free'] * 5 + ['build']), False, 'organic', 'campus-nat')
        stx = [stack(r, s) for s in r.sample(['chrome', 'safari', 'firefox', 'edge', 'safari_ios', 'openai_py', 'curl'], 2)]
        kind = r.choice(['general', 'casual', 'dev', 'writer'])
        def ipf(rr): return ip_in_block(rr, uni_block) if rr.random() < 0.8 else ip_asn(rr, 'res_us')
        run_user(w, a, r, max(1, int(r.expovariate(1 / 5.0)) + 1), -8, ipf, stx, kind if r.random() < 0.85 else (lambda rr: rr.choice(GSM_TR)['question']),
                 follow=FOLLOW_DEV if kind == 'dev' else FOLLOW_CASUAL)
    w.summary.append('organic campus-nat: %d accounts' % n)

def colab_cohort(w, r, n):
    """MOOC learners running the same course notebook from Colab (Google cloud IPs), same system prompt, same gsm8k items."""
    sysp = 'You are a helpful assistant. Answer the math question and end with "Final answer: <number>".'
    items = r.sample(GSM_TE, 25)
    for i in range(n):
        a = w.account(w.t0 + r.uniform(0, w.days * 0.7) * 86400, r.choice(FREEMAIL), None, ip_asn(r, 'res_' + r.choice(['us', 'eu', 'in', 'br'])),
                      r.choice(COUNTRIES), 'free', False, 'organic', 'mooc-notebook')
        st = stack(r, 'openai_py')
        start = max(w.t0, a['_created'] + r.uniform(600, 86400 * 2))
        ip = ip_asn(r, 'gcp')
        ts = start
        for rep in range(r.choice([1, 1, 2, 3])):
            for it in items[:r.randint(5, 25)]:
                if ts >= w.t1: break
                w.emit(a, ts, st, ip, it['question'], system=sysp, temperature=r.choice([0.0, 0.7, 1.0]), max_tokens=r.choice([256, 512]), out=r.randint(60, 250), r=r)
                ts += r.uniform(1, 8)
            ts += r.uniform(3600, 86400 * 2); ip = ip_asn(r, 'gcp')
    w.summary.append('organic mooc-notebook (Colab cohort, shared notebook): %d accounts' % n)

def hackathon(w, r, n):
    """Weekend hackathon: participants sign up within an hour from venue Wi-Fi, same starter-kit prompt, then code for 36h."""
    venue = subnet_of(r, 'res_us')
    t = w.t0 + int(w.days * 0.4) * 86400 + 15 * 3600 + 6 * 3600
    sysp = 'You are the assistant inside a hackathon starter kit. Help the team build their prototype. Prefer short answers with runnable code.'
    for i in range(n):
        a = w.account(t + r.uniform(0, 3600), r.choice(FREEMAIL + ['mit.edu', 'berkeley.edu', 'cmu.edu']), None, ip_in_block(r, venue, 1, 6), 'US', 'free', False, 'organic', 'hackathon')
        st = stack(r, r.choice(['openai_py', 'openai_node', 'anthropic_ts', 'anthropic_py', 'curl']))
        m = r.randint(6, 25)
        for j in range(m):
            ts = t + r.uniform(0.2, 36) * 3600
            p = organic_prompt(r, 'dev') if r.random() < 0.8 else 'Say hello and tell me which model you are'
            w.emit(a, ts, st, ip_in_block(r, venue, 1, 6) if r.random() < 0.9 else ip_asn(r, 'mobile'), p, system=sysp if r.random() < 0.8 else None,
                   temperature=0.7, max_tokens=r.choice([1024, 2048, None]), out=r.randint(100, 900), r=r)
    w.summary.append('organic hackathon: %d accounts' % n)

def agency(w, r, n):
    """Localization agency: unverified org, one card, office NAT, many translator seats, same style guide prompt."""
    org = 'org_' + h('agency%d' % w.seed, 10)
    office = subnet_of(r, 'res_eu'); card = w.card()
    sysp = 'You are a translation assistant for Polyglot Partners. Translate faithfully, preserve formatting and placeholders like {name}. Output only the translation.'
    created = w.t0 - 90 * 86400
    for i in range(n):
        a = w.account(created + r.uniform(0, 86400 * 20), 'polyglot-partners.eu', card, ip_in_block(r, office, 10, 12), 'DE', 'build', False, 'organic', 'agency-seat', org=org)
        st = stack(r, r.choice(['chrome', 'edge', 'firefox']))
        for j in range(r.randint(15, 40)):
            src = r.choice(C['koala'] + C['vicuna'] + [s['instruction'] for s in SEED])
            p = 'Translate into %s:\n\n%s' % (r.choice(['German', 'French', 'Polish', 'Italian', 'Dutch']), src)
            w.emit(a, w.human_ts(r, 1, hours=list(range(8, 18))), st, ip_in_block(r, office, 10, 12), p, system=sysp, temperature=0.2, out=tokcount(src) + r.randint(5, 40), r=r)
    w.summary.append('organic agency-seat (localization agency, one card, one office): %d accounts' % n)

def data_hobbyist(w, r, n):
    for i in range(n):
        def pick(rr):
            x = rr.random()
            if x < 0.35:
                ex = rr.sample(SEED, 3)
                return 'I am building a small fine-tuning set for a hobby model. Here are three example tasks:\n' + '\n'.join('- ' + e['instruction'] for e in ex) + '\nWrite %d more tasks in the same spirit, each with an input and an ideal output, as JSON lines.' % rr.choice([10, 15, 20])
            if x < 0.5: return ALPACA
            if x < 0.75: return 'Write %d varied question/answer pairs about %s for a quiz dataset.' % (rr.randint(5, 30), rr.choice(['astronomy', 'cooking', 'Roman history', 'chess openings', 'Linux commands', 'birds of Europe']))
            return organic_prompt(rr, 'general')
        residential_user(w, r, 'data-hobbyist', pick, r.randint(10, 60), ['openai_py', 'httpx', 'requests', 'chrome'], tier='build',
                         params=lambda rr: {'temperature': rr.choice([0.7, 1.0, 1.2]), 'max_tokens': rr.choice([2048, 4096])}, multi=0.1, outsrc=TR_CODE)
    w.summary.append('organic data-hobbyist: %d' % n)

RES_WRAP = ['{q}\n\nPlease reason step by step and state any assumptions.', 'For a paper on model errors I am collecting worked solutions. Solve:\n{q}',
            '{q}\nShow all intermediate quantities.', 'Think this through carefully before answering: {q}', '{q}']
def researcher(w, r, n):
    for i in range(n):
        def pick(rr):
            x = rr.random()
            if x < 0.45: return rr.choice(RES_WRAP).format(q=rr.choice(GSM_TE + GSM_TR)['question'])
            if x < 0.7: return rr.choice([p for c, p in C['arena_cluster'] if 'Math' in c or 'Probab' in c or 'Algebra' in c] or C['arena'])
            return organic_prompt(rr, 'general')
        residential_user(w, r, 'researcher', pick, r.randint(8, 45), ['chrome', 'openai_py', 'anthropic_py', 'firefox'], tier=r.choice(['build', 'free']),
                         domains=['stanford.edu', 'ox.ac.uk', 'ethz.ch', 'mila.quebec', 'gmail.com', 'cmu.edu', 'u-tokyo.ac.jp'],
                         params=lambda rr: {'max_tokens': rr.choice([4096, 8192, 16000]), 'reasoning': rr.choice([None, rr.randint(500, 6000)]), 'model': rr.choice(['atlas-3-think', 'atlas-3-pro'])},
                         follow=FOLLOW_RESEARCH, multi=0.4)
    w.summary.append('organic researcher: %d' % n)

def developers(w, r, n, power=False):
    persona = 'power-user' if power else 'developer'
    for i in range(n):
        odd = r.random() < 0.15
        stacks = r.sample(['openai_py', 'anthropic_py', 'openai_node', 'anthropic_ts', 'cli_tool', 'ide_plugin', 'curl', 'go', 'rust', 'langchain', 'chrome'], 3)
        if odd: stacks = [r.choice(['zscaler_chrome', 'bluecoat_py', 'curl_win', 'flutter_wrapper', 'nouua', 'php', 'ruby'])] + stacks[:1]
        agentic = r.random() < (0.6 if power else 0.35)
        tools = r.choice([['read_file', 'write_file', 'run_shell', 'search_code'], ['bash', 'str_replace_editor'], ['web_search', 'fetch_url'],
                          ['get_weather', 'calendar_lookup'], ['sql_query', 'list_tables', 'describe_table']]) if agentic else None
        m = r.randint(30, 110) if power else r.randint(4, 30)
        country = r.choice(COUNTRIES)
        mob = 0.05
        if odd and 'zscaler' in stacks[0]:
            blk = subnet_of(r, 'zscaler')
            a = residential_user(w, r, persona, 'dev', m, stacks, tier='build', domains=CORP_DOMAINS, tools=tools, follow=FOLLOW_DEV, multi=0.7, maxturn=20 if power else 8,
                                 params=lambda rr: {'max_tokens': rr.choice([4096, 8192]), 'stream': True}, outsrc=TR_CODE, country='US')
        else:
            a = residential_user(w, r, persona, 'dev', m, stacks, tier=r.choice(['build', 'build', 'scale', 'free']), domains=FREEMAIL + CORP_DOMAINS, tools=tools,
                                 follow=FOLLOW_DEV, multi=0.7, maxturn=25 if power else 8, country=country, mobile=mob,
                                 params=lambda rr: {'max_tokens': rr.choice([4096, 8192, 16384, None]), 'stream': rr.random() < 0.7, 'temperature': rr.choice([None, 0, 0.2])},
                                 outsrc=TR_CODE, hours=list(range(9, 24)) + [0, 1, 2] if power else None)
    w.summary.append('organic %s: %d' % (persona, n))

def casual(w, r, n, persona='casual', vpn=False, writer=False):
    for i in range(n):
        if vpn:
            country = r.choice(COUNTRIES)
            a = w.account(w.t0 - r.uniform(1, 400) * 86400, r.choice(FREEMAIL), w.card() if r.random() < 0.3 else None, ip_net(r, VPN4), country, 'free', False, 'organic', persona)
            stx = [stack(r, s) for s in r.sample(['chrome', 'firefox', 'safari', 'mobile_app', 'android_app'], 2)]
            exitnode = ip_net(r, VPN4)
            run_user(w, a, r, r.randint(1, 12), TZ[country], lambda rr: exitnode if rr.random() < 0.6 else ip_net(rr, VPN4), stx, 'casual' if r.random() < 0.6 else 'general')
        else:
            stacks = r.sample(['chrome', 'safari', 'safari_ios', 'mobile_app', 'android_app', 'firefox', 'edge'], 2)
            residential_user(w, r, persona, 'writer' if writer else 'casual', r.randint(3, 16) if writer else max(1, int(r.expovariate(1 / 3.0)) + 1), stacks,
                             tier='free' if r.random() < 0.8 else 'build', mobile=0.35, follow=FOLLOW_WRITER if writer else FOLLOW_CASUAL, multi=0.5 if writer else 0.35,
                             signup_days=(-(w.days - 1), 900))
    w.summary.append('organic %s: %d' % (persona, n))

def smb_app(w, r, n):
    """small SaaS backends: one account each, cloud egress, fixed system prompt, steady volume"""
    for i in range(n):
        cloud = r.choice(['aws', 'gcp', 'azure', 'do', 'hetzner', 'ovh'])
        blk = subnet_of(r, cloud)
        app = r.choice(SIU)['motivation_app']
        sysp = 'You power the %s integration for %s. %s' % (r.choice(['assistant', 'autocomplete', 'summary', 'reply-drafting']), r.choice(CORP_DOMAINS), r.choice(['Answer in JSON.', 'Keep it short.', 'Never mention you are an AI.', 'Use British English.']))
        a = w.account(w.t0 - r.uniform(20, 500) * 86400, r.choice(CORP_DOMAINS), w.card(), ip_asn(r, 'res_us'), r.choice(COUNTRIES), r.choice(['build', 'scale']), r.random() < 0.3, 'organic', 'saas-backend')
        st = stack(r, r.choice(['openai_py', 'openai_node', 'go', 'anthropic_py', 'ruby', 'php', 'dotnet', 'openai_java']))
        insts = [d for d in SIU if d['motivation_app'] == app] or SIU
        for j in range(r.randint(20, 90)):
            d = r.choice(insts); inst = r.choice(d['instances']) if d['instances'] else {'input': ''}
            p = d['instruction'] + ('\n\n' + inst['input'] if inst['input'] else '')
            w.emit(a, r.uniform(w.t0, w.t1), st, ip_in_block(r, blk), p, system=sysp, temperature=0.3, max_tokens=800, out=r.randint(30, 400), r=r)
    w.summary.append('organic saas-backend: %d' % n)

def organic(w, variant):
    r = random.Random(w.seed * 7 + 1)
    uni = subnet_of(r, 'uni')
    if variant == 'A':
        enterprise(w, r, 30, 4200, 0, 'aws'); enterprise(w, r, 18, 2600, 2, 'azure'); enterprise(w, r, 9, 1300, 3, 'gcp')
        eval_harness(w, r, 5, 3500, 'evalworks.ai', 'gcp'); eval_harness(w, r, 2, 1200, 'unilab-nlp.org', 'aws', shared_org=False, verified=False)
        campus(w, r, 380, uni)
        dls = [w.t0 + d * 86400 + 23 * 3600 + 7 * 3600 for d in (4, 11, 16)]
        classroom(w, r, 45, CLASS_WRAPS[0], uni, dls, r.sample(GSM_TR, 12), -8)
        classroom(w, r, 35, CLASS_WRAPS[1], subnet_of(r, 'uni'), dls[1:], r.sample(GSM_TE, 10), -5)
        colab_cohort(w, r, 130)
        developers(w, r, 110, power=True); developers(w, r, 320)
        researcher(w, r, 90); data_hobbyist(w, r, 40)
        casual(w, r, 1150); casual(w, r, 260, 'vpn-user', vpn=True); casual(w, r, 180, 'writer', writer=True)
        smb_app(w, r, 60)
    else:
        enterprise(w, r, 22, 3600, 1, 'aws'); enterprise(w, r, 26, 3000, 3, 'azure'); enterprise(w, r, 12, 1500, 2, 'hetzner')
        eval_harness(w, r, 3, 3000, 'benchmark-collective.org', 'aws'); eval_harness(w, r, 4, 2000, 'openeval.dev', 'do')
        campus(w, r, 300, uni)
        dls = [w.t0 + d * 86400 + 23 * 3600 + 5 * 3600 for d in (3, 9, 13)]
        classroom(w, r, 60, CLASS_WRAPS[1], uni, dls, r.sample(GSM_TR, 14), -5)
        hackathon(w, r, 110); agency(w, r, 28)
        developers(w, r, 130, power=True); developers(w, r, 300)
        researcher(w, r, 110); data_hobbyist(w, r, 45)
        casual(w, r, 1100); casual(w, r, 240, 'vpn-user', vpn=True); casual(w, r, 200, 'writer', writer=True)
        smb_app(w, r, 70)

# ---------------- attack operations ----------------
def pickc(r, *lists):
    return [r.choice(l) for l in lists]

class Queue:
    """shared work pool; each item drawn once across the operation"""
    def __init__(self, r, items):
        self.items = list(items); r.shuffle(self.items); self.i = 0
    def next(self):
        x = self.items[self.i % len(self.items)]; self.i += 1; return x

def attack_accounts(w, r, n, camp, persona, created_fn, domain_fn, card_fn, signup_ip_fn, country_fn, tier_fn, org=None):
    out = []
    for i in range(n):
        c = country_fn(r, i)
        a = w.account(created_fn(r, i), domain_fn(r, i), card_fn(r, i), signup_ip_fn(r, i), c, tier_fn(r, i), False, 'attack', persona, campaign=camp, org=org)
        a['_country'] = c
        out.append(a)
    return out

def scripted_times(w, r, a, n, sessions=(2, 6), gap=(4, 40), start=None):
    """bursty sessions with machine-regular gaps"""
    s0 = max(w.t0, start or a['_created'])
    k = r.randint(*sessions)
    per = [n // k + (1 if i < n % k else 0) for i in range(k)]
    ts = []
    for c in per:
        t = r.uniform(s0, w.t1 - 3600)
        g = r.uniform(*gap)
        for j in range(c):
            ts.append(t); t += g * r.uniform(0.85, 1.15)
    return ts

def human_times(w, r, a, n, tz, start=None):
    s0 = max(w.t0, start or a['_created'])
    d0 = int((s0 - w.t0) // 86400)
    ts = []
    while len(ts) < n:
        t = w.human_ts(r, tz, day=r.randrange(d0, w.days))
        burst = r.randint(1, 4)
        for j in range(burst):
            if t > s0 and t < w.t1: ts.append(t)
            t += r.uniform(90, 1500)
    return sorted(ts[:n])

# --- A1: sloppy CoT fleet
A1_OPEN = ['Solve the following problem.', 'Work out this question.', 'Here is a math word problem.', 'Problem:', 'Task: solve.', 'Please answer the question below.']
A1_COT = ['Think step by step and show every step of your reasoning.', 'Explain your reasoning in detail, step by step, before giving the final answer.',
          'Write out your full chain of thought, then the answer.', 'Show all reasoning steps explicitly; number them.', 'Reason carefully step-by-step.']
A1_FMT = ['Put the final answer after "####".', 'End with: The answer is X.', 'Give the final answer on its own line.', 'Box the final answer.', '']
def op_sloppy_cot(w, r, n, per, camp, pool, stackname='httpx', net='dc', domains=None, ncards=6, burst_days=(1, 3, 8)):
    cards = [w.card() for _ in range(ncards)]
    domains = domains or ['gmaii.com', 'outl00k.com', 'mail-box.click', 'tempmail.dev', 'inboxkitten.com', 'protonmaiI.com']
    bursts = [w.t0 + d * 86400 + r.uniform(0, 20 * 3600) for d in burst_days]
    def signup_ip(rr, i): return ip_net(rr, DC4) if net == 'dc' else (ip_net(rr, VPN4) if net == 'vpn' else ip_asn(rr, 'mobile'))
    accts = attack_accounts(w, r, n, camp, 'scripted-fleet', lambda rr, i: rr.choice(bursts) + rr.uniform(0, 2400), lambda rr, i: rr.choice(domains),
                            lambda rr, i: rr.choice(cards), signup_ip, lambda rr, i: rr.choice(['US', 'US', 'GB', 'CA', 'SG']), lambda rr, i: rr.choice(['free', 'build', 'build']))
    q = Queue(r, pool)
    st = stack(r, stackname)
    for a in accts:
        m = max(5, int(r.gauss(per, per * 0.3)))
        for t in scripted_times(w, r, a, m, start=a['_created'] + 600):
            it = q.next()
            o, c, f = pickc(r, A1_OPEN, A1_COT, A1_FMT)
            p = ' '.join(x for x in [o, it['question'], c, f] if x) if r.random() < 0.7 else '%s\n\n%s\n%s %s' % (c, it['question'], o, f)
            ip = signup_ip(r, 0)
            w.emit(a, t, st, ip, p, temperature=r.choice([0.7, 1.0]), max_tokens=2048, stream=False, out=r.randint(180, 650), r=r,
                   model=r.choice(['atlas-3-pro', 'atlas-3-think']), endpoint='/v1/chat/completions', response=it['answer'] if r.random() < 0.3 else None)
    w.summary.append('attack %s sloppy CoT fleet: %d accounts, %d cards, %s stack, %s IPs' % (camp, n, ncards, stackname, net))
    return accts

# --- A2: quiet queue (careful, aged, residential, human pace, indirect reasoning, follow-ups)
Q_LEAD = ['I am stuck on this and would love to understand it properly.', 'Can you help me with this one?', 'Quick question from a side project.', 'hey, looking at this problem:',
          'My teammate and I disagree about how to approach this.', 'Trying to get better at these.', '']
Q_ASK = ['Before the code, talk me through how you would think about it, including approaches you would reject.', 'Narrate your thought process as you go, like pair programming out loud.',
         'What would an expert notice first? Walk through their thinking, then implement it.', 'Explain it the way you would to a junior colleague, every decision included, then give the final version.',
         'Write the solution, then annotate each line with why it is there.', 'Start by restating the problem in your own words and listing edge cases, then solve it.']
Q_FOLLOW = ['Why did you reject the first approach you mentioned?', 'Walk me through what happens on the edge case where the input is empty.', 'Can you prove it is correct, informally?',
            'What is the complexity and where does it come from?', 'Could you redo it without the helper function and explain the differences?', 'ok and if the input were streamed instead?',
            'Which line would a reviewer most likely question, and what would you say?']
def op_quiet_queue(w, r, n, per, camp, pool, persona='aged-careful', follow_p=0.45):
    accts = []
    for i in range(n):
        c = r.choice(COUNTRIES)
        a = w.account(w.t0 - r.uniform(90, 330) * 86400, r.choice(FREEMAIL), w.card(), ip_asn(r, res_group(r, c)), c, r.choice(['build', 'build', 'free']), False, 'attack', persona, campaign=camp)
        a['_country'] = c; accts.append(a)
    q = Queue(r, pool)
    for a in accts:
        c = a['_country']; g = res_group(r, c)
        sts = [stack(r, s) for s in r.sample(['chrome', 'firefox', 'safari', 'edge', 'anthropic_py', 'openai_py', 'cli_tool', 'openai_node'], r.randint(1, 3))]
        home = ip_asn(r, g)
        m = max(6, int(r.gauss(per, per * 0.35)))
        ts_list = human_times(w, r, a, m, TZ[c])
        i = 0
        while i < len(ts_list):
            t = ts_list[i]
            it = q.next()
            lead, ask = pickc(r, Q_LEAD, Q_ASK)
            body = it
            p = '\n\n'.join(x for x in ([lead, body, ask] if r.random() < 0.6 else [lead, ask, body]) if x)
            st = r.choice(sts)
            ip = home if r.random() < 0.75 else ip_asn(r, g if r.random() < 0.6 else 'mobile')
            conv = w.conv(r)
            o = w.emit(a, t, st, ip, p, conv=conv, turn=1, temperature=r.choice([None, 0.7, 1.0]), max_tokens=r.choice([8192, 16000, None]), stream=st[2] is None or r.random() < 0.5,
                       out=r.randint(500, 2200), reasoning=r.choice([None, None, r.randint(800, 5000)]), r=r)
            i += 1
            turn = 1; hist = tokcount(p) + o
            while i < len(ts_list) and r.random() < follow_p and turn < 4:
                turn += 1
                t += r.uniform(60, 900)
                fp = r.choice(Q_FOLLOW)
                o = w.emit(a, t, st, ip, fp, conv=conv, turn=turn, hist=hist, max_tokens=8192, out=r.randint(250, 1200), r=r)
                hist += tokcount(fp) + o
                i += 1
    w.summary.append('attack %s careful aged operation (distinct items from a shared pool, human pacing, follow-ups): %d accounts' % (camp, n))
    return accts

# --- A3: rubric/judge sub-teams with cover traffic
def judge_prompt(r, style, item_q, cand):
    if style == 0:
        crit = r.sample(['correctness', 'completeness', 'clarity', 'use of evidence', 'conciseness', 'safety', 'helpfulness', 'reasoning quality'], r.randint(3, 5))
        return 'Evaluate the response below against these criteria: %s. For each criterion give a score from 1 to %d and a justification of two to four sentences, then an overall score.\n\n[Question]\n%s\n\n[Response]\n%s' % (', '.join(crit), r.choice([5, 10]), item_q, cand)
    if style == 1:
        return 'You are grading a student submission.\nPROMPT: %s\nSUBMISSION: %s\nReturn JSON: {"score": int 0-10, "strengths": [...], "weaknesses": [...], "rationale": "..."}' % (item_q, cand)
    if style == 2:
        other = cand[::-1][:200] if r.random() < 0.0 else cand.split('\n')[0]
        return 'Which of the two answers is better and why? Think about it carefully, explain, then output [[A]] or [[B]].\nQuestion: %s\nAnswer A: %s\nAnswer B: %s' % (item_q, cand, other)
    return 'Rate this answer for factual accuracy and helpfulness (1-7). Explain your rating.\nQ: %s\nA: %s' % (item_q, cand)

def judge_items(r):
    x = r.random()
    if x < 0.4:
        d = r.choice(GPC + GPR); return gp_text(d), d['response']
    if x < 0.7:
        d = r.choice(GSM_TR); ans = d['answer']
        if r.random() < 0.4: ans = re.sub(r'(\d+)\s*$', lambda m: str(int(m.group(1)) + r.randint(1, 9)), ans)
        return d['question'], ans
    d = r.choice(SEED); inst = d['instances'][0]
    return d['instruction'] + ('\n' + inst['input'] if inst['input'] else ''), inst['output']

def cover_prompt(r):
    return organic_prompt(r, r.choice(['casual', 'general', 'dev', 'writer']))

def op_judge_teams(w, r, teams, camp, style_set=(0, 1, 2, 3)):
    allacc = []
    for ti, (n, per, stk, net, cover, pace) in enumerate(teams):
        def sip(rr, i, net=net):
            return {'hetzner': lambda: ip_asn(rr, 'hetzner'), 'ovh': lambda: ip_asn(rr, 'ovh'), 'vpn': lambda: ip_net(rr, VPN4), 'mobile': lambda: ip_asn(rr, 'mobile'),
                    'res': lambda: ip_asn(rr, rr.choice(['res_us', 'res_eu', 'res_ca'])), 'do': lambda: ip_asn(rr, 'do')}[net]()
        cards = [w.card() for _ in range(max(2, n // r.randint(3, 12)))]
        accts = attack_accounts(w, r, n, camp, 'judge-team-%d' % (ti + 1), lambda rr, i: w.t0 - rr.uniform(2, 60) * 86400 if rr.random() < 0.6 else w.t0 + rr.uniform(0, 4) * 86400,
                                lambda rr, i: rr.choice(FREEMAIL + CORP_DOMAINS[:3]), lambda rr, i: rr.choice(cards), sip, lambda rr, i: rr.choice(COUNTRIES), lambda rr, i: rr.choice(['build', 'scale']))
        st = stack(r, stk)
        for a in accts:
            m = max(5, int(r.gauss(per, per * 0.3)))
            tz = TZ.get(a['country'], 0)
            times = human_times(w, r, a, m, tz) if pace == 'human' else scripted_times(w, r, a, m, sessions=(3, 9), gap=(20, 120))
            fixed_ip = sip(r, 0)
            for t in times:
                if r.random() < cover:
                    w.emit(a, t, st, fixed_ip if r.random() < 0.7 else sip(r, 0), cover_prompt(r), temperature=r.choice([0.7, 1.0, None]), out=r.randint(80, 600), r=r)
                    continue
                q, cand = judge_items(r)
                p = judge_prompt(r, r.choice(style_set), q, cand)
                w.emit(a, t, st, fixed_ip if r.random() < 0.7 else sip(r, 0), p, temperature=0.0 if r.random() < 0.5 else 0.3, max_tokens=r.choice([1024, 2048]),
                       out=r.randint(150, 700), reasoning=r.randint(300, 2500) if r.random() < 0.5 else None, r=r, model=r.choice(['atlas-3-pro', 'atlas-3-think']))
        allacc += accts
        w.summary.append('attack %s judge sub-team %d: %d accounts, stack %s, net %s, cover %.0f%%, pace %s' % (camp, ti + 1, n, stk, net, cover * 100, pace))
    return allacc

# --- A4: agentic tool-use harvesting with client rotation mid-life
AG_TOOLS = [['python_exec', 'web_search', 'read_url'], ['bash', 'file_read', 'file_write', 'grep'], ['calculator', 'wikipedia', 'weather_api', 'calendar'], ['sql_query', 'http_get', 'python_exec']]
def op_agent_rotators(w, r, n, per, camp):
    accts = []
    for i in range(n):
        c = r.choice(COUNTRIES)
        a = w.account(w.t0 - r.uniform(20, 200) * 86400, r.choice(FREEMAIL + ['duck.com', 'pm.me']), w.card(), ip_asn(r, res_group(r, c)), c, 'build', False, 'attack', 'agent-rotator', campaign=camp)
        a['_country'] = c; accts.append(a)
    pool = Queue(r, GPT + GPC)
    seq = ['anthropic_py', 'openai_node', 'go', 'langchain', 'rust', 'cli_tool', 'openai_py', 'anthropic_ts']
    for a in accts:
        c = a['_country']; tz = TZ[c]
        m = max(8, int(r.gauss(per, per * 0.3)))
        switch = r.uniform(w.t0 + 2 * 86400, w.t1 - 3 * 86400)
        s1, s2 = r.sample(seq, 2)
        st1, st2 = stack(r, s1), stack(r, s2)
        net1 = ip_asn(r, res_group(r, c)); net2g = r.choice(['vpn', 'mobile', 'res'])
        tools = r.choice(AG_TOOLS)
        done = 0
        while done < m:
            t = w.human_ts(r, tz) if r.random() < 0.7 else r.uniform(w.t0, w.t1)
            st = st1 if t < switch else st2
            ip = net1 if t < switch else (ip_net(r, VPN4) if net2g == 'vpn' else ip_asn(r, 'mobile' if net2g == 'mobile' else res_group(r, c)))
            it = pool.next()
            p = gp_text(it)
            p = re.sub(r'^toolformer: enabled\ntoolformer access: [^\n]*\n', '', p)
            conv = w.conv(r)
            k = r.randint(2, 6)
            hist = 0
            for turn in range(1, k + 1):
                if done >= m: break
                if turn == 1: pr = p
                else: pr = r.choice(['<tool_result name="%s">%s</tool_result>' % (r.choice(tools), r.choice(['{"status": "ok", "rows": 14}', 'exit code 0', '["result 1", "result 2"]', 'HTTP 200, 5.2kB', 'Traceback (most recent call last): ... KeyError: \'id\''])),
                                     'continue', 'tool returned the data above; proceed with the next step and explain what you are doing'])
                o = w.emit(a, t, st, ip, pr, conv=conv, turn=turn, tools=tools, hist=hist, max_tokens=r.choice([4096, 8192]), stream=True, out=r.randint(100, 900),
                           reasoning=r.randint(200, 3000) if r.random() < 0.6 else None, r=r, system='You are an autonomous agent. Use the tools when useful. Think before each action and explain your plan.' if r.random() < 0.5 else None)
                hist += tokcount(pr) + o; done += 1
                t += r.uniform(3, 40)
    w.summary.append('attack %s agentic harvesting with client/network rotation mid-life: %d accounts' % (camp, n))
    return accts

# --- A5: bare items, high max_tokens, extended reasoning, low and slow
def op_bare(w, r, n, per, camp, pool, net='vpn', cards=None):
    cards = cards or [w.card() for _ in range(n)]
    days = r.sample(range(-40, 3), 5)
    accts = attack_accounts(w, r, n, camp, 'bare-slow', lambda rr, i: w.t0 + rr.choice(days) * 86400 + rr.uniform(0, 86400), lambda rr, i: rr.choice(FREEMAIL),
                            lambda rr, i: cards[i % len(cards)], lambda rr, i: ip_net(rr, VPN4) if net == 'vpn' else ip_asn(rr, 'mobile'), lambda rr, i: rr.choice(COUNTRIES), lambda rr, i: 'build')
    q = Queue(r, pool)
    for a in accts:
        stk = stack(r, r.choice(['anthropic_py', 'openai_py', 'requests', 'undici']))
        m = max(4, int(r.gauss(per, per * 0.4)))
        times = sorted(r.uniform(max(w.t0, a['_created']), w.t1) for _ in range(m))
        for t in times:
            p = q.next()
            w.emit(a, t, stk, ip_net(r, VPN4) if net == 'vpn' else ip_asn(r, 'mobile'), p, max_tokens=r.choice([32000, 32768, 64000]), temperature=1.0,
                   out=r.randint(400, 3000), reasoning=r.randint(4000, 24000), model='atlas-3-think', stream=r.random() < 0.5, r=r, endpoint=stk[2] or '/v1/messages')
    w.summary.append('attack %s bare items, max reasoning, low-and-slow: %d accounts' % (camp, n))
    return accts

# --- B1: shadow org: unverified org with many scale seats, cloud egress, one app prompt, bulk instruction data + taxonomy sweep
SO_SYS = 'You are DataForge, an assistant that helps our content team draft training materials. Follow the requested output schema exactly.'
SO_GEN = ['Produce {k} new instruction-following examples in the domain "{d}". Each needs an instruction, an optional input and a high-quality output. Vary difficulty and phrasing. Return a JSON array.',
          'Our team needs {k} fresh tasks similar in spirit to these:\n{ex}\nWrite each with a thorough model answer. Avoid repeating verbs.',
          'Domain: {d}. Write {k} user requests a real person might send, and for each an exemplary, detailed assistant reply.',
          'Create {k} diverse prompts covering {d}, and answer each one as well as you can, showing your reasoning where relevant.']
DOMAINS = ['tax law basics', 'organic chemistry', 'SQL optimisation', 'poetry critique', 'logic puzzles', 'medical triage', 'contract review', 'unit conversion', 'Kotlin coroutines',
           'probability puzzles', 'travel planning', 'ethics dilemmas', 'regex writing', 'data cleaning in pandas', 'physics word problems', 'email etiquette', 'game theory']
def op_shadow_org(w, r, n, per, camp):
    org = 'org_' + h('dataforge%d' % w.seed, 10)
    card = w.card(); blk = subnet_of(r, 'aws')
    created = w.t0 - r.uniform(10, 30) * 86400
    accts = []
    for i in range(n):
        a = w.account(created + r.uniform(0, 600) if i < n * 0.7 else created + r.uniform(5, 12) * 86400, 'dataforge-labs.com', card, ip_in_block(r, blk), 'SG', 'scale', False, 'attack', 'shadow-org', campaign=camp, org=org)
        accts.append(a)
    st = stack(r, 'openai_py')
    clusters = sorted(set(c for c, p in C['arena_cluster']))
    for a in accts:
        m = max(10, int(r.gauss(per, per * 0.2)))
        for j in range(m):
            t = r.uniform(w.t0, w.t1)
            x = r.random()
            if x < 0.55:
                ex = '\n'.join('- ' + s['instruction'] for s in r.sample(SEED, 3))
                p = r.choice(SO_GEN).format(k=r.choice([10, 15, 20, 25]), d=r.choice(DOMAINS + clusters), ex=ex)
            elif x < 0.85:
                cl = r.choice(clusters); ps = [p for c, p in C['arena_cluster'] if c == cl]
                p = r.choice(ps)
            else:
                p = r.choice(C['siu'])
            w.emit(a, t, st, ip_in_block(r, blk), p, system=SO_SYS, temperature=r.choice([0.9, 1.0]), max_tokens=8192, out=r.randint(800, 4000), stream=False, r=r, model='atlas-3-pro')
    w.summary.append('attack %s shadow org (unverified org, one card, AWS egress, many scale seats, bulk data + taxonomy): %d accounts' % (camp, n))
    return accts

# --- B2: resold aged accounts (organic history, then takeover: new client + new net + harvesting)
RA_ASK = ['Write the official answer key entry for this problem, with the full working a grader would expect to see.', 'Imagine you are recording a tutoring video: talk through every line of thinking for this one.',
          'List what is known, what is asked, then go through it one deduction at a time. Finish with the number.', 'Give me the solution like a textbook worked example - every step justified.',
          'I want to check my own work: lay out the complete derivation so I can compare line by line.', 'Draft the solution section for a problem set, including the intuition behind each step.']
def op_resold(w, r, n, per, camp):
    accts = []
    for i in range(n):
        c = r.choice(COUNTRIES)
        a = w.account(w.t0 - r.uniform(120, 800) * 86400, r.choice(FREEMAIL), w.card(), ip_asn(r, res_group(r, c)), c, r.choice(['free', 'build']), False, 'attack', 'resold-aged', campaign=camp)
        a['_country'] = c; accts.append(a)
    q = Queue(r, GSM_TR + [{'question': p} for c, p in C['arena_cluster'] if 'Math' in c or 'Puzzle' in c or 'Probab' in c])
    buyer_stacks = ['anthropic_py', 'requests', 'openai_py', 'chrome', 'undici']
    for a in accts:
        c = a['_country']; tz = TZ[c]
        take = w.t0 + r.uniform(1, w.days - 4) * 86400
        # pre-takeover: original owner's organic use
        own_st = [stack(r, r.choice(['chrome', 'safari', 'safari_ios', 'mobile_app']))]
        home = subnet_of(r, res_group(r, c))
        pre = r.randint(0, 6)
        run_user(w, a, r, pre, tz, lambda rr, home=home: ip_in_block(rr, home, 7, 7), own_st, 'casual', day_lo=0, day_hi=max(1, int((take - w.t0) // 86400)))
        st = stack(r, r.choice(buyer_stacks))
        proxyg = r.choice(['res_us', 'res_eu', 'res_in', 'mobile'])
        m = max(6, int(r.gauss(per, per * 0.3)))
        bt = TZ[r.choice(['US', 'DE', 'IN', 'KR'])]
        done = 0
        while done < m:
            t = w.human_ts(r, bt, day=r.randrange(int((take - w.t0) // 86400), w.days))
            it = q.next()
            p = it['question'] + '\n\n' + r.choice(RA_ASK) if r.random() < 0.5 else r.choice(RA_ASK) + '\n\n' + it['question']
            conv = w.conv(r) if st[2] or r.random() < 0.5 else None
            ip = ip_asn(r, proxyg)
            o = w.emit(a, t, st, ip, p, conv=conv, turn=1 if conv else None, max_tokens=r.choice([4096, 8192]), temperature=r.choice([0.6, 0.8, None]), out=r.randint(250, 900),
                       reasoning=r.randint(500, 4000) if r.random() < 0.4 else None, r=r)
            done += 1
            if conv and r.random() < 0.3 and done < m:
                w.emit(a, t + r.uniform(40, 400), st, ip, r.choice(['Check it once more by a different method.', 'Now explain why the tempting wrong answer is wrong.', 'Where could a student slip up?']),
                       conv=conv, turn=2, hist=tokcount(p) + o, max_tokens=4096, out=r.randint(200, 700), r=r)
                done += 1
    w.summary.append('attack %s resold aged accounts (organic history then takeover): %d accounts' % (camp, n))
    return accts

# --- B3: coding fleet on mobile proxies (sloppy accounts, carrier IPs)
MF_ASK = ['Explain your thinking first, then give the full implementation.', 'First reason about the algorithm in prose. Then code. Then tests.', 'Think aloud about edge cases, then write the code.',
          'Include a detailed explanation of the approach and complexity.', 'Solve it; include your full reasoning as comments.']
def op_mobile_fleet(w, r, n, per, camp):
    cards = [w.card() for _ in range(4)]
    doms = ['mailinator.com', 'guerrillamail.com', 'yopmail.com', 'sharklasers.com', 'tmpbox.net']
    bursts = [w.t0 + d * 86400 + r.uniform(0, 86400) for d in (-2, 0, 5)]
    accts = attack_accounts(w, r, n, camp, 'mobile-fleet', lambda rr, i: rr.choice(bursts) + rr.uniform(0, 5400), lambda rr, i: rr.choice(doms), lambda rr, i: rr.choice(cards),
                            lambda rr, i: ip_asn(rr, 'mobile'), lambda rr, i: rr.choice(['US', 'IN', 'JP']), lambda rr, i: 'build')
    pool = [d['prompt'] for d in HE] + [gp_text(d) for d in GPC] + C['arena_code']
    st = stack(r, 'undici')
    for a in accts:
        m = max(5, int(r.gauss(per, per * 0.3)))
        for t in scripted_times(w, r, a, m, sessions=(2, 5), gap=(25, 90), start=a['_created']):
            it = r.choice(pool)
            p = it + '\n\n' + r.choice(MF_ASK)
            w.emit(a, t, st, ip_asn(r, 'mobile'), p, max_tokens=4096, temperature=0.8, out=r.randint(300, 1400), r=r, endpoint='/v1/chat/completions')
    w.summary.append('attack %s coding fleet on mobile carrier proxies, disposable domains, 4 cards: %d accounts' % (camp, n))
    return accts

# --- B4: taxonomy sweep with repeated sampling of the same item across accounts (rejection sampling), two sub-teams
def op_sample_sweep(w, r, n, per, camp):
    items = [p for c, p in C['arena_cluster']] + [m['turns'][0] for m in MT] + C['koala'] + C['vicuna']
    r.shuffle(items)
    half = n // 2
    accts = []
    for i in range(n):
        team = 0 if i < half else 1
        c = r.choice(['US', 'CA', 'GB', 'DE']) if team == 0 else r.choice(['IN', 'KR', 'JP'])
        a = w.account(w.t0 - r.uniform(3, 45) * 86400, r.choice(FREEMAIL), w.card(), ip_asn(r, res_group(r, c)) if team == 0 else ip_asn(r, 'ovh'), c, 'build', False, 'attack', 'sweep-team-%d' % (team + 1), campaign=camp)
        a['_team'] = team; a['_country'] = c; accts.append(a)
    k = 0
    for a in accts:
        team = a['_team']
        st = stack(r, r.choice(['firefox', 'chrome', 'openai_py']) if team == 0 else 'go11')
        m = max(5, int(r.gauss(per, per * 0.3)))
        times = human_times(w, r, a, m, TZ[a['_country']]) if team == 0 else scripted_times(w, r, a, m, sessions=(4, 10), gap=(8, 30))
        ip0 = ip_asn(r, res_group(r, a['_country'])) if team == 0 else ip_asn(r, 'ovh')
        for t in times:
            it = items[(k // 4) % len(items)]; k += 1  # each item sampled ~4 times across the fleet
            if r.random() < 0.15:
                w.emit(a, t, st, ip0, cover_prompt(r), out=r.randint(80, 500), r=r); continue
            w.emit(a, t, st, ip0 if r.random() < 0.8 else ip_asn(r, res_group(r, a['_country'])), it, temperature=1.0, max_tokens=r.choice([4096, 8192]), out=r.randint(300, 1500),
                   reasoning=r.randint(1000, 8000) if r.random() < 0.5 else None, r=r, model=r.choice(['atlas-3-pro', 'atlas-3-think']))
    w.summary.append('attack %s capability-taxonomy sweep with repeated sampling, 2 sub-teams: %d accounts' % (camp, n))
    return accts

# --- B6: tutor-app front: a fake "tutoring app" system prompt, multi-turn why-followups on maths
TU_SYS = ['You are Mathly, a patient tutor. Always explain the reasoning behind every step so the student learns the method.',
          'You are a friendly homework coach. Never skip steps; explain each one and why it works.',
          'Act as an experienced maths teacher. Show complete worked solutions with commentary.']
TU_FOLLOW = ['why?', 'why that step?', 'I still do not get step 2', 'can you show another way?', 'how would I check this answer?', 'explain it again more slowly']
def op_tutor(w, r, n, per, camp):
    accts = []
    for i in range(n):
        c = r.choice(['US', 'US', 'CA', 'GB', 'AU', 'IN'])
        a = w.account(w.t0 - r.uniform(0, 100) * 86400, r.choice(FREEMAIL), w.card(), ip_asn(r, res_group(r, c)), c, 'build', False, 'attack', 'tutor-front', campaign=camp)
        a['_country'] = c; accts.append(a)
    q = Queue(r, GSM_TR)
    sysp = r.choice(TU_SYS)
    for a in accts:
        c = a['_country']
        st = stack(r, r.choice(['safari_ios', 'android_app', 'mobile_app', 'chrome']))
        home = ip_asn(r, res_group(r, c))
        m = max(6, int(r.gauss(per, per * 0.3)))
        times = human_times(w, r, a, m, TZ[c])
        i = 0
        while i < len(times):
            t = times[i]; it = q.next(); conv = w.conv(r)
            p = it['question'] if r.random() < 0.6 else r.choice(['help with this pls: ', 'hw question: ', 'how do i do this one? ', '']) + it['question']
            o = w.emit(a, t, st, home if r.random() < 0.7 else ip_asn(r, 'mobile'), p, system=sysp, conv=conv, turn=1, out=r.randint(200, 600), max_tokens=2048, r=r, stream=True)
            i += 1; turn = 1; hist = tokcount(p) + o
            while i < len(times) and r.random() < 0.5 and turn < 4:
                turn += 1; t += r.uniform(20, 240)
                fp = r.choice(TU_FOLLOW)
                o = w.emit(a, t, st, home, fp, system=sysp, conv=conv, turn=turn, hist=hist, out=r.randint(120, 500), max_tokens=2048, r=r, stream=True)
                hist += tokcount(fp) + o; i += 1
    w.summary.append('attack %s tutoring-app front, maths with why-follow-ups: %d accounts' % (camp, n))
    return accts

def attacks(w, variant):
    r = random.Random(w.seed * 13 + 5)
    if variant == 'A':
        op_sloppy_cot(w, r, 130, 45, 'op-' + h('a1%d' % w.seed, 6), GSM_TR[:4000])
        code_pool = [d['prompt'] for d in HE] + [gp_text(d) for d in GPC[:1500]] + C['arena_code']
        op_quiet_queue(w, r, 140, 34, 'op-' + h('a2%d' % w.seed, 6), code_pool)
        op_judge_teams(w, r, [(55, 40, 'go', 'hetzner', 0.12, 'script'), (50, 40, 'anthropic_ts', 'res', 0.35, 'human'), (45, 38, 'requests', 'vpn', 0.22, 'script')], 'op-' + h('a3%d' % w.seed, 6))
        op_agent_rotators(w, r, 85, 45, 'op-' + h('a4%d' % w.seed, 6))
        bare_pool = [d['question'] for d in GSM_TE] + [d['prompt'] for d in HE] + [p for c, p in C['arena_cluster'] if 'Math' in c or 'Algorithm' in c or 'Puzzle' in c]
        op_bare(w, r, 100, 30, 'op-' + h('a5%d' % w.seed, 6), bare_pool, net='vpn')
    else:
        op_shadow_org(w, r, 60, 58, 'op-' + h('b1%d' % w.seed, 6))
        op_resold(w, r, 150, 40, 'op-' + h('b2%d' % w.seed, 6))
        op_mobile_fleet(w, r, 115, 40, 'op-' + h('b3%d' % w.seed, 6))
        op_sample_sweep(w, r, 110, 35, 'op-' + h('b4%d' % w.seed, 6))
        op_judge_teams(w, r, [(50, 42, 'anthropic_go', 'do', 0.25, 'script'), (40, 40, 'openai_py', 'mobile', 0.4, 'human')], 'op-' + h('b5%d' % w.seed, 6), style_set=(1, 1, 2))
        op_tutor(w, r, 70, 34, 'op-' + h('b6%d' % w.seed, 6))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, required=True); ap.add_argument('--variant', choices=['A', 'B'], required=True); ap.add_argument('--out', required=True)
    a = ap.parse_args()
    if a.variant == 'A':
        start = datetime.datetime(2026, 3, 2, tzinfo=datetime.timezone.utc).timestamp(); days = 18
    else:
        start = datetime.datetime(2026, 5, 11, tzinfo=datetime.timezone.utc).timestamp(); days = 15
    w = World(a.seed, a.variant, start, days)
    organic(w, a.variant)
    attacks(w, a.variant)
    w.write(a.out)
    att = {l['account_id'] for l in w.labels if l['label'] == 'attack'}
    natt = sum(1 for x in w.inter if x['account_id'] in att)
    with open(os.path.join(a.out, 'WORLD.md'), 'w') as f:
        f.write('# Blind world (set P, variant %s, seed %d)\n\nPeriod: %s, %d days. Interactions: %d (attack %d). Accounts: %d (attack %d).\n\n' % (a.variant, a.seed, iso(start), days, len(w.inter), natt, len(w.accounts), len(att)))
        f.write('Regenerate: `python3 gen.py --seed %d --variant %s --out %s`\n\n## Components\n\n' % (a.seed, a.variant, a.out))
        for s in w.summary: f.write('- ' + s + '\n')
    print(len(w.inter), natt, len(w.accounts), len(att))

if __name__ == '__main__':
    main()
