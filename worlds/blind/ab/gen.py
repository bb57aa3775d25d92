#!/usr/bin/env python3
"""Blind traffic-world generator (helper AB). stdlib only, deterministic per seed.
usage: python3 gen.py OUTDIR SEED START_DATE(YYYY-MM-DD) DAYS
"""
import sys, os, json, gzip, random, hashlib, ipaddress, bisect, re, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASNCSV = os.environ.get('ASN_CSV', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv'))

OUT, SEED, START, DAYS = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
R = random.Random(SEED)
T0 = dt.datetime.strptime(START, '%Y-%m-%d').replace(tzinfo=dt.timezone.utc).timestamp()
T1 = T0 + DAYS * 86400


def h(s, n=12):
    return hashlib.sha256((str(SEED) + '|' + s).encode()).hexdigest()[:n]


def iso(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % int((t % 1) * 1000)


# ---------------------------------------------------------------- corpora
def jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


C = DATA + '/corpora/'
KOALA = [x['prompt'] for x in jl(C + 'organic/koala.jsonl')]
ARENA = jl(C + 'organic/arena-hard-v0.1.jsonl')
ARENA_P = [x['prompt'] for x in ARENA]
MTB = jl(C + 'organic/mt-bench.jsonl')
VIC = [x['turns'][0] for x in jl(C + 'organic/vicuna-bench.jsonl')]
HH = []
for x in jl(C + 'organic/hh-rlhf-harmless-test.jsonl.gz'):
    turns = [t.split('\n\nAssistant:')[0].strip() for t in x['chosen'].split('\n\nHuman:')[1:]]
    turns = [t for t in turns if 3 < len(t) < 600]
    if turns:
        HH.append(turns)
UO = jl(C + 'organic/self-instruct-user-oriented.jsonl')
SEEDT = jl(C + 'extraction/self-instruct-seed-tasks.jsonl')
ALPACA = open(C + 'extraction/alpaca-generation-prompt.txt').read()
GPT_CODE = json.load(gzip.open(C + 'extraction/gpteacher-codegen.json.gz'))
GPT_ROLE = json.load(gzip.open(C + 'extraction/gpteacher-roleplay.json.gz'))
GPT_TOOL = json.load(gzip.open(C + 'extraction/gpteacher-toolformer.json.gz'))
GSM_TR = jl(C + 'extraction/gsm8k-train.jsonl.gz')
GSM_TE = jl(C + 'extraction/gsm8k-test.jsonl')
HUMEV = jl(C + 'extraction/humaneval.jsonl.gz')
CODE_ARENA = [p for p in ARENA_P if re.search(r'(?i)python|code|function|sql|javascript|c\+\+|rust|script|program|bash|regex|api', p)]
NONCODE_ARENA = [p for p in ARENA_P if p not in set(CODE_ARENA)]
TRACE_CONV = []
for l in list(open(DATA + '/traces/AzureLLMInferenceTrace_conv.csv'))[1:]:
    a = l.strip().split(',')
    TRACE_CONV.append((int(a[1]), int(a[2])))
TRACE_CODE = []
for l in list(open(DATA + '/traces/AzureLLMInferenceTrace_code.csv'))[1:]:
    a = l.strip().split(',')
    TRACE_CODE.append((int(a[1]), int(a[2])))


def tool_item(x):
    ins = x['instruction'].split('\n')
    task = ins[-1]
    tools = re.findall(r'toolformer access: (.*)', x['instruction'])
    tools = [t.strip() for t in tools[0].split(',')] if tools else ['search']
    return task + (('\n' + x['input']) if x['input'] else ''), tools


def gsm_resp(a):
    return re.sub(r'<<[^>]*>>', '', a['answer'])


# ---------------------------------------------------------------- networks
def load_cidrs(p):
    out = []
    for l in open(p):
        l = l.strip()
        if l and not l.startswith('#'):
            try:
                n = ipaddress.ip_network(l, strict=False)
                if n.version == 4 and n.num_addresses >= 16:
                    out.append((int(n.network_address), n.num_addresses))
            except ValueError:
                pass
    return out


DC = load_cidrs(DATA + '/network/datacenter-ipv4.txt')
VPN = load_cidrs(DATA + '/network/vpn-ipv4.txt')
ASN_CAT = {
    'res_us': r'Comcast|Charter Communications|Verizon Business|Cox Communications|Frontier Communications',
    'res_eu': r'Deutsche Telekom|Orange S\.A|Telefonica de Espana|British Telecommunications|Proximus|KPN|Swisscom|Free SAS',
    'res_ca': r'Rogers Communications|Bell Canada|TELUS',
    'res_asia': r'Korea Telecom|SK Broadband|KDDI|Chunghwa|Viettel|Bharti Airtel|Reliance Jio|PLDT|TOT Public|Singtel',
    'res_au': r'Telstra|TPG Telecom|Optus',
    'res_br': r'Claro S\.A|TELEFONICA BRASIL|Vivo',
    'mobile': r'T-Mobile|Cellco|AT&T Mobility|Vodafone|Jio|EE Limited|Telefonica Moviles|Airtel',
    'uni': r'University|Universitaet|Universite|College|Institute of Technology',
    'aws': r'^Amazon',
    'gcp': r'^Google',
    'azure': r'^Microsoft',
    'hetzner': r'Hetzner',
    'ovh': r'^OVH',
    'do': r'DigitalOcean',
}
POOLS = {k: [] for k in ASN_CAT}
RX = {k: re.compile(v) for k, v in ASN_CAT.items()}
for l in open(ASNCSV):
    p = l.rstrip('\n').split(',', 3)
    org = p[3].strip('"')
    for k, rx in RX.items():
        if rx.search(org):
            a = int(ipaddress.IPv4Address(p[0])); b = int(ipaddress.IPv4Address(p[1]))
            if b - a >= 255:
                POOLS[k].append((a, b - a + 1))
            break
for k in POOLS:
    if not POOLS[k]:
        POOLS[k] = DC[:50]
POOLS['dc'] = DC
POOLS['vpn'] = VPN


def ip_from(cat, rng=R):
    a, n = rng.choice(POOLS[cat])
    return str(ipaddress.IPv4Address(a + rng.randrange(1, n - 1)))


RES = ['res_us'] * 5 + ['res_eu'] * 3 + ['res_ca', 'res_asia', 'res_asia', 'res_au', 'res_br']
RES_CC = {'res_us': 'US', 'res_eu': 'DE', 'res_ca': 'CA', 'res_asia': 'KR', 'res_au': 'AU', 'res_br': 'BR', 'mobile': 'US', 'uni': 'US'}
EU_CC = ['DE', 'FR', 'ES', 'GB', 'BE', 'NL', 'CH', 'FR']
ASIA_CC = ['KR', 'JP', 'TW', 'VN', 'IN', 'IN', 'PH', 'SG']
TZ = {'US': -6, 'CA': -5, 'DE': 1, 'FR': 1, 'ES': 1, 'GB': 0, 'BE': 1, 'NL': 1, 'CH': 1, 'KR': 9, 'JP': 9, 'TW': 8,
      'VN': 7, 'IN': 5.5, 'PH': 8, 'SG': 8, 'AU': 10, 'BR': -3, 'CN': 8, 'RU': 3, 'PL': 1, 'IL': 2}


def res_cc(cat, rng=R):
    if cat == 'res_eu':
        return rng.choice(EU_CC)
    if cat == 'res_asia':
        return rng.choice(ASIA_CC)
    return RES_CC.get(cat, 'US')


# ---------------------------------------------------------------- client stacks
def ja4(kind, nc, ne, alpn='h2', salt=''):
    return 't13d%02d%02d%s_%s_%s' % (nc, ne, alpn, h('c' + kind + salt), h('e' + kind + salt))


def v(*xs):
    return R.choice(xs)


STACKS = {}


def stack(name, endpoint, ja, uas):
    STACKS[name] = dict(name=name, endpoint=endpoint, ja4=ja, uas=uas)


stack('chrome-win', '/v1/chat/completions', ja4('chrome', 15, 16), [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % x for x in (134, 135, 136, 137)])
stack('chrome-mac', '/v1/chat/completions', ja4('chrome', 15, 16), [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % x for x in (135, 136, 137)])
stack('edge', '/v1/chat/completions', ja4('chrome', 15, 16), [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36 Edg/136.0.%d.%d' % (a, b) for a, b in ((3240, 64), (3240, 76), (3296, 52))])
stack('firefox', '/v1/messages', ja4('firefox', 17, 15), [
    'Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (x, x) for x in (137, 138, 139)] + [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:138.0) Gecko/20100101 Firefox/138.0'])
stack('safari-mac', '/v1/messages', ja4('safari', 20, 14), [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.%d Safari/605.1.15' % x for x in (3, 4, 5)])
stack('safari-ios', '/v1/messages', ja4('safari-ios', 20, 13), [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.%d Mobile/15E148 Safari/604.1' % (x, x) for x in (3, 4, 5)])
stack('py-openai', '/v1/chat/completions', ja4('py-ssl', 30, 8, 'h1'), ['OpenAI/Python 1.%d.%d' % (a, b) for a, b in ((82, 0), (86, 1), (91, 0), (97, 1), (99, 3))])
stack('py-anthropic', '/v1/messages', ja4('py-ssl', 30, 8, 'h1'), ['anthropic-python/0.%d.%d' % (a, b) for a, b in ((49, 0), (52, 2), (55, 0), (57, 1))])
stack('node-openai', '/v1/chat/completions', ja4('node', 18, 10, 'h1'), ['OpenAI/JS 4.%d.%d' % (a, b) for a, b in ((96, 2), (98, 0), (100, 1))] + ['OpenAI/JS 5.%d.0' % x for x in (1, 3, 5)])
stack('node-anthropic', '/v1/messages', ja4('node', 18, 10, 'h1'), ['Anthropic/JS 0.%d.%d' % (a, b) for a, b in ((50, 4), (52, 0), (54, 0))])
stack('py-requests', '/v1/chat/completions', ja4('py-ssl', 30, 8, 'h1'), ['python-requests/2.%d.%d' % (a, b) for a, b in ((31, 0), (32, 3), (32, 4))])
stack('py-httpx', '/v1/chat/completions', ja4('py-ssl', 30, 8, 'h1'), ['python-httpx/0.%d.%d' % (a, b) for a, b in ((27, 2), (28, 1))])
stack('aiohttp', '/v1/chat/completions', ja4('py-ssl-aio', 30, 9, 'h1'), ['Python/3.11 aiohttp/3.9.5', 'Python/3.12 aiohttp/3.10.10', 'Python/3.12 aiohttp/3.11.11'])
stack('go', '/v1/chat/completions', ja4('go', 13, 12), ['Go-http-client/2.0', 'Go-http-client/1.1'])
stack('go-anthropic', '/v1/messages', ja4('go', 13, 12), ['anthropic-sdk-go/1.%d.0' % x for x in (2, 4, 5)])
stack('curl', '/v1/chat/completions', ja4('curl-openssl', 31, 13), ['curl/8.%d.%d' % (a, b) for a, b in ((5, 0), (7, 1), (11, 1), (12, 1))])
stack('curl-win', '/v1/messages', ja4('schannel', 22, 9, 'h1'), ['curl/8.%d.0' % x for x in (9, 10, 13)])
stack('okhttp', '/v1/chat/completions', ja4('okhttp', 16, 12), ['okhttp/4.12.0', 'okhttp/4.11.0', 'okhttp/5.0.0-alpha.14'])
stack('ios-app', '/v1/messages', ja4('cfnetwork', 20, 13), ['Scribbly/3.%d (iPhone; iOS 18.%d) CFNetwork/1568.%d Darwin/24.0.0' % (a, b, c) for a, b, c in ((2, 4, 100), (3, 5, 200), (3, 4, 300))])
stack('android-app', '/v1/messages', ja4('okhttp', 16, 12), ['Scribbly/3.%d (Android 15; Pixel 8)' % x for x in (2, 3)] + ['Scribbly/3.3 (Android 14; SM-S918B)'])
stack('dotnet', '/v1/chat/completions', ja4('schannel', 22, 9, 'h1'), ['OpenAI/.NET 2.1.0', 'OpenAI/.NET 2.2.0-beta.4'])
stack('java', '/v1/chat/completions', ja4('java', 37, 13), ['Java-http-client/21.0.6', 'Java-http-client/17.0.13', 'openai-java/0.34.1'])
stack('rust', '/v1/messages', ja4('rustls', 9, 10), ['reqwest/0.12.12', 'async-openai/0.27.2'])
stack('litellm', '/v1/chat/completions', ja4('py-ssl', 30, 8, 'h1'), ['litellm/1.63.%d' % x for x in (2, 11, 14)])
stack('cli-agent', '/v1/messages', ja4('node', 18, 10, 'h1'), ['claude-cli/1.0.%d (external, cli)' % x for x in (17, 24, 31)] + ['aider/0.82.%d' % x for x in (1, 2)])
stack('ide-byok', '/v1/chat/completions', ja4('electron', 15, 16), ['Quillpad/2.%d.%d (Electron 35; BYOK)' % (a, b) for a, b in ((14, 0), (14, 3), (15, 1))])
stack('zscaler', '/v1/chat/completions', ja4('zscaler', 28, 11, 'h1'), [])  # UA borrowed from underlying client
stack('postman', '/v1/chat/completions', ja4('node', 18, 10, 'h1'), ['PostmanRuntime/7.43.%d' % x for x in (0, 3)])
stack('php', '/v1/chat/completions', ja4('curl-openssl', 31, 13), ['GuzzleHttp/7 curl/7.88.1 PHP/8.2.26', 'openai-php/client v0.10'])

BROWSERS = ['chrome-win', 'chrome-mac', 'edge', 'firefox', 'safari-mac', 'safari-ios']
SDKS = ['py-openai', 'py-anthropic', 'node-openai', 'node-anthropic', 'go-anthropic', 'dotnet', 'java', 'rust', 'litellm']


def client(name, ua=None, ja=None, endpoint=None):
    s = STACKS[name]
    return dict(stack=name, ua=ua if ua is not None else (R.choice(s['uas']) if s['uas'] else None),
                ja4=ja or s['ja4'], endpoint=endpoint or s['endpoint'])


MODELS = ['sable-4', 'sable-4-mini', 'sable-4-pro', 'sable-4-think', 'sable-3.5', 'sable-3.5-haiku']
REASONING = {'sable-4-think', 'sable-4-pro'}

# ---------------------------------------------------------------- world state
ACCTS, LABELS, IX = [], [], []
ACC_IDS = set()


def new_acct(label, persona, campaign=None, created=None, org=None, email='gmail.com', pay=None, signup_ip=None,
             country='US', tier='build', verified=False):
    while True:
        aid = 'acct_' + ''.join(R.choice('abcdefghijkmnpqrstuvwxyz23456789') for _ in range(14))
        if aid not in ACC_IDS:
            break
    ACC_IDS.add(aid)
    if created is None:
        created = T0 - R.uniform(5, 500) * 86400
    ACCTS.append(dict(account_id=aid, created_at=iso(created), org_id=org, email_domain=email,
                      payment_fingerprint=pay, signup_ip=signup_ip, country=country, tier=tier, verified=verified))
    LABELS.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))
    return dict(id=aid, created=created, country=country, keys=['key_' + h(aid + 'k0', 16)], tz=TZ.get(country, 0))


def card():
    return 'pf_' + h('card%f' % R.random(), 20)


def ntok(s):
    return max(1, int(len(s) / 3.9))


def sample_trace(kind):
    return R.choice(TRACE_CODE if kind == 'code' else TRACE_CONV)


OUT_SHAPE = {  # (min, mode-ish scale) for output tokens
    'chat': (30, 350), 'code': (80, 700), 'math': (60, 260), 'cot': (250, 900), 'judge': (40, 220), 'bulk': (700, 2400),
    'agent': (20, 260), 'short': (5, 60), 'writing': (200, 900), 'eval-math': (80, 300), 'eval-code': (40, 300),
}


def emit(acct, t, cl, ip, prompt, model=None, system=None, conv=None, turn=None, tools=None, kind='chat',
         max_tokens=None, temperature=None, stream=None, response=None, reasoning=None, ctx=0, err=0.02, key=None,
         rl=0.0):
    model = model or 'sable-4'
    if t > T1 or t < T0 or t < acct['created']:
        return 0
    lo, sc = OUT_SHAPE[kind]
    out = int(lo + R.expovariate(1.0 / sc))
    if kind in ('chat', 'writing') and R.random() < 0.4:
        out = max(lo, sample_trace('conv')[1])
    if max_tokens:
        out = min(out, max_tokens)
    rtok = None
    if reasoning or model in REASONING:
        rtok = int(R.expovariate(1.0 / (reasoning if isinstance(reasoning, int) else 1400))) + 50
        if model not in REASONING and not reasoning:
            rtok = None
    inp = ntok(prompt) + (ntok(system) if system else 0) + ctx + (len(tools) * 140 if tools else 0) + 8
    status = 200
    r = R.random()
    if r < rl:
        status = 429
    elif r < rl + err * 0.55:
        status = 429
    elif r < rl + err * 0.8:
        status = 400
    elif r < rl + err:
        status = R.choice([500, 529, 503])
    lat = int(180 + R.expovariate(1 / 250.0) + out * R.uniform(9, 22) + (rtok or 0) * R.uniform(8, 14))
    if status != 200:
        out, rtok, response = 0, None, None
        lat = int(R.uniform(40, 400)) if status in (429, 400) else int(R.uniform(2000, 30000))
    if response is not None and len(response) > 1500:
        response = response[:1500]
    IX.append(dict(id='req_' + h('%s%f%f' % (acct['id'], t, R.random()), 24), ts=iso(t), account_id=acct['id'],
                   api_key_id=key or acct['keys'][0], ip=ip, user_agent=cl['ua'], tls_ja4=cl['ja4'],
                   endpoint=cl['endpoint'], model=model, conversation_id=conv, turn=turn, system=system,
                   prompt=prompt, tool_names=tools, response=response, input_tokens=inp, output_tokens=out,
                   reasoning_tokens=rtok, max_tokens=max_tokens, temperature=temperature, stream=stream,
                   status=status, latency_ms=lat))
    return out


def convid(prefix=''):
    return prefix + h('conv%f' % R.random(), 20)


# ---------------------------------------------------------------- timing
def local_hour_weight(hr, style):
    if style == 'office':
        return 1.0 if 8.5 <= hr <= 18 else (0.25 if 7 <= hr <= 21 else 0.02)
    if style == 'evening':
        return 1.0 if 18 <= hr <= 24 or hr < 1 else (0.5 if 11 <= hr < 18 else 0.05)
    if style == 'student':
        return 1.0 if 10 <= hr <= 24 or hr < 2 else 0.08
    if style == 'flat':
        return 1.0
    return 1.0 if 9 <= hr <= 23 else 0.1  # 'day'


def pick_time(acct, style='day', lo=None, hi=None, weekday_bias=False):
    lo = max(lo or T0, T0)
    hi = min(hi or T1, T1)
    for _ in range(60):
        t = R.uniform(lo, hi)
        lt = t + acct['tz'] * 3600
        hr = (lt % 86400) / 3600
        w = local_hour_weight(hr, style)
        if weekday_bias and dt.datetime.fromtimestamp(lt, dt.timezone.utc).weekday() >= 5:
            w *= 0.15
        if R.random() < w:
            return t
    return R.uniform(lo, hi)


def session_times(acct, n_sessions, style, lo=None, hi=None, weekday=False):
    return sorted(pick_time(acct, style, lo, hi, weekday) for _ in range(n_sessions))


def split_counts(total, k):
    cuts = sorted(R.randint(0, total) for _ in range(k - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [total])]
    return [p for p in parts if p > 0] or [total]


def human_gap():
    return R.choice([R.uniform(15, 90), R.uniform(40, 300), R.uniform(60, 900)])


def rand_heavy(lo, mean, hi):
    return int(min(hi, lo + R.expovariate(1.0 / max(1, mean - lo))))


# ---------------------------------------------------------------- organic content
def org_prompt(kind):
    if kind == 'casual':
        r = R.random()
        if r < 0.45:
            return R.choice(HH)
        if r < 0.7:
            return [R.choice(VIC)]
        if r < 0.9:
            return [R.choice(KOALA)]
        return list(R.choice(MTB)['turns'])
    if kind == 'tech':
        r = R.random()
        if r < 0.45:
            return [R.choice(CODE_ARENA)]
        if r < 0.65:
            x = R.choice(GPT_CODE)
            return [x['instruction'] + (('\n' + x['input']) if x['input'] else '')]
        if r < 0.8:
            return [R.choice(NONCODE_ARENA)]
        if r < 0.9:
            return [R.choice(KOALA)]
        u = R.choice(UO)
        i = R.choice(u['instances'])
        return [u['instruction'] + ('\n\n' + i['input'] if i['input'] else '')]
    if kind == 'writing':
        r = R.random()
        if r < 0.4:
            m = R.choice([m for m in MTB if m['category'] in ('writing', 'roleplay', 'humanities')])
            return list(m['turns'])
        if r < 0.7:
            x = R.choice(GPT_ROLE)
            return [x['instruction']]
        return [R.choice(KOALA)]
    return [R.choice(KOALA)]


FOLLOWUPS = ['thanks! can you make it shorter?', 'hmm that doesn\'t work, I get an error on line 3', 'can you explain the second part again',
             'ok now do the same but in typescript', 'what about edge cases?', 'perfect. one more thing - add comments',
             'why did you pick that approach?', 'that\'s wrong, the answer should be bigger', 'more formal please',
             'can you give me 3 alternatives', 'great, now write tests for it', 'no I meant for windows',
             'could you format it as a table', 'is there a simpler way', 'and how would this scale to 1M rows?',
             'translate that into Spanish', 'ok', 'continue', 'make it funnier', 'cite sources if you can']


def run_threads(acct, cl_fn, ip_fn, n_req, style, kind, model_fn, system=None, tools=None, turns_mean=2.5,
                max_tokens_fn=lambda: None, temp_fn=lambda: None, stream=None, okind=None, lo=None, hi=None,
                weekday=False, rl=0.0):
    done = 0
    while done < n_req:
        t = pick_time(acct, style, lo, hi, weekday)
        base = org_prompt(kind)
        nt = max(len(base), min(n_req - done, 1 + int(R.expovariate(1.0 / max(0.01, turns_mean - 1)))))
        cid = convid('c_') if R.random() < 0.9 else None
        ctx = 0
        cl = cl_fn()
        ip = ip_fn()
        model = model_fn()
        for k in range(nt):
            p = base[k] if k < len(base) else R.choice(FOLLOWUPS)
            out = emit(acct, t, cl, ip, p, model=model, system=system, conv=cid, turn=(k + 1) if cid else None,
                       tools=tools, kind=okind or ('code' if kind == 'tech' else ('writing' if kind == 'writing' else 'chat')),
                       ctx=ctx, max_tokens=max_tokens_fn(), temperature=temp_fn(), stream=stream, rl=rl)
            ctx += ntok(p) + out
            t += human_gap()
            done += 1
            if done >= n_req or t > T1:
                break


CONSUMER_MAIL = ['gmail.com'] * 8 + ['outlook.com'] * 3 + ['yahoo.com', 'icloud.com', 'icloud.com', 'proton.me', 'hotmail.com',
                                                           'gmx.de', 'naver.com', 'qq.com', 'fastmail.com', 'yahoo.co.jp']


def mk_consumer(persona, tier=None, res=None, created=None):
    res = res or R.choice(RES)
    cc = res_cc(res)
    sip = ip_from(res)
    a = new_acct('organic', persona, email=R.choice(CONSUMER_MAIL), pay=card() if R.random() < 0.85 else None,
                 signup_ip=sip, country=cc, tier=tier or R.choice(['free', 'free', 'build', 'build', 'build']), created=created)
    a['res'] = res
    a['home_ip'] = sip
    return a


def home_ip_fn(a, p_move=0.15):
    extra = [ip_from(a['res']) for _ in range(2)] + [ip_from('mobile')]

    def f():
        return a['home_ip'] if R.random() > p_move else R.choice(extra)
    return f


# ---------------------------------------------------------------- organic personas
COUNTS = {}


def count(p, n=1):
    COUNTS[p] = COUNTS.get(p, 0) + n


def gen_enterprise(name, n_accts, n_req_each, egress_cat, sys_prompt, stackname, tools=None, kind='tech', model='sable-4',
                   domain=None, priv=False):
    org = 'org_' + h(name, 10)
    pay = card()
    egress = [ip_from(egress_cat) for _ in range(R.randint(1, 3))]
    created = T0 - R.uniform(30, 300) * 86400
    for i in range(n_accts):
        a = new_acct('organic', 'verified-enterprise', org=org, email=domain, pay=pay, signup_ip=egress[0],
                     country='US', tier='enterprise', verified=True, created=created + i * R.uniform(5, 60))
        a['tz'] = -5
        cl = client(stackname)
        n = max(5, int(R.gauss(n_req_each, n_req_each * 0.3)))
        for _ in range(n):
            t = pick_time(a, "office", weekday_bias=True)
            p = org_prompt(kind)[0]
            emit(a, t, cl, R.choice(egress), p, model=model, system=sys_prompt, tools=tools,
                 kind='agent' if tools else ('code' if kind == 'tech' else 'chat'), max_tokens=4096, temperature=0.2,
                 stream=False, conv=None, response=None, err=0.01)
        count('verified-enterprise')


def gen_campus(n_students, uni_name):
    nat = [ip_from('uni') for _ in range(2)]
    dom = uni_name + '.edu'
    for i in range(n_students):
        a = new_acct('organic', 'campus-nat', email=dom if R.random() < 0.7 else R.choice(CONSUMER_MAIL),
                     pay=card() if R.random() < 0.3 else None, signup_ip=nat[0], country='US', tier='free')
        a['tz'] = -5
        n = rand_heavy(2, 10, 60)
        run_threads(a, lambda: client(R.choice(BROWSERS[:5])), lambda: R.choice(nat) if R.random() < 0.8 else ip_from('res_us'),
                    n, 'student', R.choice(['casual', 'tech', 'writing', 'tech']), lambda: R.choice(['sable-4-mini', 'sable-4', 'sable-4']))
        count('campus-nat')


TEACHER_WRAP = [
    "You are a patient maths tutor for a 7th grade class. Don't give the final answer straight away; walk the student through the steps and ask them to check their arithmetic.",
    "Ms. Okafor's Algebra 1 helper. Explain each step clearly and simply. Show the work. Students are 12-13 years old.",
    "You are StatBuddy for STAT 101 (Prof. Lindqvist). Help students reason through homework problems; show every calculation; never just output a number.",
]


def gen_classroom(n_students, teacher_idx, hw_pool, deadlines, campus_ip=True):
    sysp = TEACHER_WRAP[teacher_idx % len(TEACHER_WRAP)]
    nat = [ip_from('uni' if campus_ip else 'res_us')]
    school_dom = ['lincoln-ms.k12.mi.us', 'westbrook.k12.ca.us', 'student.uvic-example.edu'][teacher_idx % 3]
    lead = R.choice(['Homework', 'HW', 'Problem set', 'Assignment'])
    for i in range(n_students):
        a = new_acct('organic', 'classroom', email=school_dom, pay=None, signup_ip=nat[0], country='US', tier='free',
                     created=T0 - R.uniform(20, 60) * 86400)
        a['tz'] = -6
        home = ip_from('res_us')
        cl = client(R.choice(['chrome-win', 'chrome-mac', 'safari-ios', 'chrome-win', 'edge']))
        for dl in deadlines:
            # each student does most of this week's homework, bursty before the deadline
            items = R.sample(hw_pool[dl], k=min(len(hw_pool[dl]), R.randint(3, len(hw_pool[dl]))))
            t = dl - R.expovariate(1 / 14000.0) - 600
            if t < T0:
                continue
            cid = convid('c_')
            ctx = 0
            for k, q in enumerate(items):
                p = R.choice(['%s %d: ' % (lead, k + 1), '', 'help with this: ', 'q%d ' % (k + 1), ''])
                p += q['question'] if R.random() < 0.85 else q['question'].lower()
                out = emit(a, t, cl, R.choice([nat[0], home]), p, model='sable-4-mini', system=sysp, conv=cid, turn=k + 1,
                           kind='math', ctx=ctx, stream=True, response=gsm_resp(q) if R.random() < 0.3 else None)
                ctx += ntok(p) + out
                t += R.uniform(60, 600)
                if R.random() < 0.3:
                    emit(a, t, cl, nat[0], R.choice(['i dont get step 2', 'why do you divide there', 'so the answer is?', 'can u check mine: ' + str(R.randint(2, 400))]),
                         model='sable-4-mini', system=sysp, conv=cid, turn=k + 2, kind='math', ctx=ctx, stream=True)
                    t += R.uniform(30, 200)
        count('classroom')


def gen_eval_harness(lab, n_accts, runs, cloud):
    org = 'org_' + h(lab, 10)
    pay = card()
    boxes = [ip_from(cloud) for _ in range(R.randint(2, 5))]
    cl = client(R.choice(['py-openai', 'py-httpx', 'litellm', 'aiohttp']))
    items_math = GSM_TE[:]
    for i in range(n_accts):
        a = new_acct('organic', 'eval-harness', org=org, email=lab + '.ai', pay=pay, signup_ip=boxes[0],
                     country=R.choice(['US', 'GB', 'FR']), tier='scale', verified=R.random() < 0.5,
                     created=T0 - R.uniform(40, 200) * 86400)
        for r in range(runs):
            t = R.uniform(T0, T1 - 7200)
            model = R.choice(MODELS)
            bench = R.choice(['gsm8k', 'humaneval', 'gsm8k', 'mtbench'])
            shot = R.choice([0, 0, 5, 8])
            ip = R.choice(boxes)
            if bench == 'gsm8k':
                sub = R.sample(items_math, R.randint(150, 400))
                for q in sub:
                    p = q['question'] if shot == 0 else ''.join('Question: %s\nAnswer: %s\n\n' % (e['question'], gsm_resp(e)) for e in GSM_TR[:shot]) + 'Question: ' + q['question'] + '\nAnswer:'
                    emit(a, t, cl, ip, p, model=model, system=None, kind='eval-math', max_tokens=512, temperature=0.0,
                         stream=False, rl=0.03)
                    t += R.uniform(0.2, 3)
            elif bench == 'humaneval':
                for rep in range(R.choice([1, 1, 5])):
                    for q in HUMEV:
                        emit(a, t, cl, ip, q['prompt'], model=model, system='Complete the following Python function. Output only code.',
                             kind='eval-code', max_tokens=768, temperature=0.0 if rep == 0 else 0.8, stream=False, rl=0.02)
                        t += R.uniform(0.3, 4)
            else:
                for m in MTB:
                    cid = convid('mtb_')
                    emit(a, t, cl, ip, m['turns'][0], model=model, conv=cid, turn=1, kind='writing', max_tokens=2048, temperature=0.7)
                    emit(a, t + 20, cl, ip, m['turns'][1], model=model, conv=cid, turn=2, kind='writing', max_tokens=2048,
                         temperature=0.7, ctx=600)
                    t += R.uniform(2, 30)
        count('eval-harness')


def gen_power_users(n):
    for _ in range(n):
        a = mk_consumer('power-user', tier=R.choice(['build', 'scale']))
        sk = R.choice(['cli-agent', 'cli-agent', 'py-anthropic', 'node-openai', 'chrome-mac', 'curl', 'rust', 'go-anthropic'])
        tools = None
        if sk == 'cli-agent':
            tools = R.choice([['read_file', 'write_file', 'bash', 'grep', 'glob', 'edit'], ['Read', 'Edit', 'Bash', 'Glob', 'Grep', 'TodoWrite', 'WebFetch']])
        ipf = home_ip_fn(a)
        n_req = rand_heavy(15, 50, 300)
        run_threads(a, lambda: client(sk), ipf, n_req, 'evening' if R.random() < 0.5 else 'day', 'tech',
                    lambda: R.choice(['sable-4', 'sable-4-pro', 'sable-4-think', 'sable-4']), tools=tools, turns_mean=7,
                    okind='agent' if tools else 'code', max_tokens_fn=lambda: R.choice([8192, 16000, 32000]),
                    stream=True, system='You are an interactive CLI coding agent. Use the tools to help the user with software engineering tasks.' if tools else None)
        count('power-user')


def gen_developers(n):
    odd = ['zscaler', 'curl-win', 'postman', 'php', 'dotnet', 'java', 'okhttp']
    for _ in range(n):
        a = mk_consumer('developer', tier='build')
        r = R.random()
        if r < 0.25:
            # corporate TLS-intercepting proxy: browser / sdk UA but proxy JA4
            under = R.choice(['py-openai', 'chrome-win', 'node-openai', 'edge'])
            clf = lambda u=under: client('zscaler', ua=R.choice(STACKS[u]['uas']), endpoint=STACKS[u]['endpoint'])
            ipf = (lambda ip=ip_from('dc'): ip)
        elif r < 0.4:
            clf = lambda s=R.choice(odd): client(s)
            ipf = home_ip_fn(a)
        elif r < 0.5:
            # python sdk inside a mobile wrapper, UA says okhttp
            clf = lambda: client('py-openai', ua=R.choice(STACKS['okhttp']['uas']))
            ipf = lambda: ip_from('mobile')
        else:
            s = R.choice(SDKS + ['py-requests', 'go', 'curl'])
            clf = lambda s=s: client(s)
            ipf = home_ip_fn(a, 0.3) if R.random() < 0.6 else (lambda ip=ip_from(R.choice(['aws', 'gcp', 'do', 'hetzner'])): ip)
        sysp = R.choice([None, None, 'You are a helpful assistant.', 'You are a senior engineer reviewing code. Be concise.',
                         'Answer in JSON: {"answer": ..., "confidence": ...}', 'You write SQL for a Postgres 16 warehouse.'])
        run_threads(a, clf, ipf, rand_heavy(4, 18, 160), 'office', 'tech', lambda: R.choice(MODELS), system=sysp, turns_mean=2,
                    max_tokens_fn=lambda: R.choice([None, 1024, 2048, 4096]), temp_fn=lambda: R.choice([None, 0, 0.2, 0.7, 1.0]),
                    stream=R.choice([True, False, None]), weekday=True)
        count('developer')


RESEARCH_WRAP = [
    "Think through this carefully, step by step, and show your reasoning before the answer.\n\n{q}",
    "{q}\n\nPlease explain your reasoning in detail; I'm studying how models decompose problems.",
    "For my notes: solve this and annotate each step with why it's valid.\n{q}",
    "{q}\nLet's reason it out. Lay out assumptions first.",
]


def gen_researchers(n):
    for i in range(n):
        a = mk_consumer('researcher', tier='build', res=R.choice(['uni', 'uni', 'res_eu', 'res_us']))
        w = R.sample(RESEARCH_WRAP, 2)
        cl = client(R.choice(['py-anthropic', 'py-openai', 'chrome-mac', 'firefox', 'litellm']))
        ipf = home_ip_fn(a)
        n_req = rand_heavy(8, 32, 160)
        for _ in range(n_req):
            t = pick_time(a, 'day')
            src = R.random()
            if src < 0.4:
                q = R.choice(GSM_TR)['question']
            elif src < 0.7:
                q = R.choice(NONCODE_ARENA)
            else:
                q = R.choice(KOALA)
            emit(a, t, cl, ipf(), R.choice(w).format(q=q), model=R.choice(['sable-4-think', 'sable-4-pro', 'sable-4']),
                 kind='cot', max_tokens=R.choice([4096, 8192, 16000]), temperature=R.choice([0, 0.7, 1.0]),
                 reasoning=R.choice([None, 4000, 8000]), stream=False)
        count('researcher')


def gen_data_hobbyists(n):
    asks = ['Here are some example tasks. Write {k} new, diverse ones in the same JSON format (instruction, input, output).\n\n{ex}',
            'I am building a small fine-tuning set for my local 7B model. Given these seeds, produce {k} more varied examples:\n{ex}',
            'Generate {k} instruction/response pairs similar in spirit to:\n{ex}\nKeep outputs under 80 words.']
    for i in range(n):
        a = mk_consumer('data-hobbyist', tier='build')
        cl = client(R.choice(['py-openai', 'py-requests', 'node-openai', 'chrome-win']))
        ipf = home_ip_fn(a, 0.05)
        nreq = rand_heavy(10, 40, 150)
        t = pick_time(a, 'evening')
        for j in range(nreq):
            if R.random() < 0.15:
                t = pick_time(a, 'evening')
            ex = '\n'.join(json.dumps({'instruction': s['instruction'], 'input': s['instances'][0]['input'],
                                       'output': s['instances'][0]['output']})[:400] for s in R.sample(SEEDT, 3))
            p = ALPACA if R.random() < 0.2 else R.choice(asks).format(k=R.choice([10, 20, 25, 50]), ex=ex)
            emit(a, t, cl, ipf(), p, model=R.choice(['sable-4', 'sable-4-mini']), kind='bulk', max_tokens=R.choice([4096, 8000]),
                 temperature=1.0, stream=False)
            t += R.uniform(3, 40)
        count('data-hobbyist')


def gen_casual(n, persona='casual', res=None, vpn=False):
    for _ in range(n):
        a = mk_consumer(persona, tier=R.choice(['free', 'free', 'free', 'build']), res=res)
        s = R.choice(BROWSERS + ['ios-app', 'android-app', 'ios-app'])
        if vpn:
            pool = [ip_from('vpn') for _ in range(R.randint(2, 6))]
            ipf = lambda pool=pool: R.choice(pool) if R.random() < 0.85 else ip_from('res_eu')
        else:
            ipf = home_ip_fn(a, 0.3)
        kind = 'writing' if persona == 'writer' else 'casual'
        run_threads(a, lambda s=s: client(s), ipf, rand_heavy(1, 7 if persona != 'writer' else 18, 60), 'evening', kind,
                    lambda: R.choice(['sable-4', 'sable-4-mini', 'sable-4']), turns_mean=3.2, stream=True,
                    system='You are Scribbly, a friendly writing companion.' if s in ('ios-app', 'android-app') else None)
        count(persona)


BYOK_SYS = 'You are Quillpad Assistant, embedded in the Quillpad editor. The user has selected text or asked a question about their document or code. Answer precisely; when editing, return only the replacement text.'
BYOK_TOOLS = ['insert_text', 'replace_selection', 'search_workspace', 'open_file']


def gen_byok(n):
    """users of a popular BYOK editor: identical client, system prompt, tool list; independent people."""
    for _ in range(n):
        a = mk_consumer('app-byok-user', tier='build')
        ipf = home_ip_fn(a, 0.2)
        run_threads(a, lambda: client('ide-byok'), ipf, rand_heavy(3, 15, 100), 'day', R.choice(['tech', 'writing']),
                    lambda: R.choice(['sable-4', 'sable-4-mini']), system=BYOK_SYS, tools=BYOK_TOOLS, turns_mean=2.5,
                    max_tokens_fn=lambda: 2048, temp_fn=lambda: 0.3, stream=True)
        count('app-byok-user')


def gen_startup(name, n, sysp, kind='tech', stackname='node-openai'):
    """unverified small company: accounts created same afternoon, shared card, cloud egress, no org id."""
    pay = card()
    egress = [ip_from(R.choice(['aws', 'gcp', 'do'])) for _ in range(2)]
    base = T0 - R.uniform(2, 40) * 86400
    dom = name + R.choice(['.io', '.ai', '.dev', '.co'])
    for i in range(n):
        a = new_acct('organic', 'startup', email=dom, pay=pay, signup_ip=R.choice(egress) if i else ip_from('res_us'),
                     country='US', tier='build', created=base + i * R.uniform(30, 600))
        cl = client(stackname)
        nreq = rand_heavy(20, 70, 300)
        for _ in range(nreq):
            t = pick_time(a, 'flat')
            p = org_prompt(kind)[0]
            emit(a, t, cl, R.choice(egress), p, model='sable-4-mini' if R.random() < 0.7 else 'sable-4', system=sysp,
                 kind='chat', max_tokens=1024, temperature=0.4, stream=True)
        count('startup')


def gen_agency(n, dom, sysp, cat):
    """government / translation agency, or school district: shared building IP, shared card, unverified."""
    pay = card()
    ip = ip_from(cat)
    for i in range(n):
        a = new_acct('organic', 'agency', email=dom, pay=pay, signup_ip=ip, country=R.choice(['DE', 'FR']) if cat == 'res_eu' else 'US',
                     tier='build', created=T0 - R.uniform(10, 20) * 86400 + i * 120)
        cl = client(R.choice(['chrome-win', 'edge']))
        run_threads(a, lambda: cl, lambda: ip, rand_heavy(6, 25, 90), 'office', 'writing', lambda: 'sable-4', system=sysp,
                    turns_mean=2, weekday=True)
        count('agency')


def gen_research_lab(n):
    """university lab: students share one cluster egress + shared grant card; CoT on gsm8k for a paper (looks like harvesting)."""
    pay = card()
    cluster = [ip_from('uni') for _ in range(2)]
    wraps = ["Q: {q}\nA: Let's think step by step.", "{q}\nAnswer with a detailed rationale and end with 'The answer is N'."]
    for i in range(n):
        a = new_acct('organic', 'research-lab', email='cs.' + R.choice(['ethz', 'umich', 'kaist']) + '-example.edu', pay=pay,
                     signup_ip=cluster[0], country='US', tier='build', created=T0 - R.uniform(60, 400) * 86400)
        cl = client(R.choice(['py-openai', 'aiohttp', 'py-httpx']))
        for run in range(R.randint(1, 3)):
            t = R.uniform(T0, T1 - 3600 * 6)
            for q in R.sample(GSM_TE, R.randint(20, 120)):
                emit(a, t, cl, R.choice(cluster), R.choice(wraps).format(q=q['question']), model=R.choice(['sable-4', 'sable-4-think']),
                     kind='cot', max_tokens=2048, temperature=R.choice([0, 0.7]), stream=False, rl=0.02)
                t += R.uniform(0.5, 20)
        count('research-lab')


def gen_customer_support_org(n):
    """verified enterprise with agentic tool use, datacenter egress"""
    gen_enterprise('helpdeskly', n, 60, 'aws',
                   'You are Helpdeskly Support Agent for ACME Retail. Use tools to look up orders. Never promise refunds over $200.',
                   'py-anthropic', tools=['lookup_order', 'create_ticket', 'refund', 'kb_search'], kind='casual', model='sable-4-mini',
                   domain='acme-retail.com')


# ---------------------------------------------------------------- attack operations
ATT = {}


def att_count(cid, persona, n=1):
    ATT.setdefault(cid, {}).setdefault(persona, 0)
    ATT[cid][persona] += n


def compose(parts):
    return ''.join(R.choice(p) for p in parts)


def op_sloppy(cid, n_acc):
    """scripted fleet: burst signups, look-alike/disposable domains, a handful of cards, datacenter/VPN IPs,
    one httpx stack; harvests chain-of-thought on maths."""
    cards = [card() for _ in range(R.randint(4, 6))]
    doms = ['gmaill.com', 'gmai1.com', 'outlook.co', 'tutamail.io', 'mailnesia.com', 'proton-mail.net', 'yandex.com', 'sharklasers.com']
    proxies = [ip_from(R.choice(['dc', 'dc', 'vpn'])) for _ in range(40)]
    cl0 = client('py-httpx')
    bursts = [T0 + R.uniform(-3, 2) * 86400 for _ in range(4)]
    pool = GSM_TR[:]
    R.shuffle(pool)
    idx = 0
    heads = ['Solve the following problem. ', 'Problem: ', '', 'Reason step by step. ', 'Q. ']
    tails = ['\n\nGive a full step-by-step derivation, numbering each step, then write "Final answer:" and the number.',
             '\n\nExplain your thinking thoroughly before answering. Number the steps.',
             '\nShow all intermediate reasoning. Final line: ANSWER: <number>',
             '\n\nThink out loud, carefully, and verify the result at the end.']
    for i in range(n_acc):
        b = R.choice(bursts)
        created = b + R.uniform(0, 1800)
        a = new_acct('attack', 'proxy-fleet', campaign=cid, email=R.choice(doms), pay=R.choice(cards),
                     signup_ip=R.choice(proxies), country=R.choice(['US', 'US', 'SG', 'NL', 'GB']), tier='build', created=created)
        n = max(8, int(R.gauss(38, 10)))
        start = max(T0, created + 3600) + R.uniform(0, 4 * 86400)
        t = start
        for j in range(n):
            q = pool[idx % len(pool)]
            idx += 1
            p = R.choice(heads) + q['question'] + R.choice(tails)
            emit(a, t, cl0, R.choice(proxies), p, model=R.choice(['sable-4-think', 'sable-4-pro']), kind='cot', max_tokens=8192,
                 temperature=0.0, stream=False, reasoning=6000, rl=0.06, err=0.03)
            t += R.uniform(2, 25) if R.random() < 0.85 else R.uniform(3600, 6 * 3600)
            if t > T1:
                break
        att_count(cid, 'proxy-fleet')


def op_careful(cid, n_acc, tls_random=False, persona='aged-residential', maths=False):
    """aged accounts, own card each, residential addresses, browser stacks, human-paced multi-turn threads; distinct items
    from one shared pool (arena-hard technical + humaneval + gsm8k hard), never repeated across the operation."""
    pool = [('a', p) for p in CODE_ARENA] + [('h', x['prompt']) for x in HUMEV] + [('g', x['question']) for x in GSM_TE[600:1100]] + \
           [('n', p) for p in NONCODE_ARENA]
    if maths:
        pool = [('g', x['question']) for x in GSM_TR[5000:7400]] + [('n', p) for p in NONCODE_ARENA]
    R.shuffle(pool)
    it = iter(pool)
    openers = ['', '', 'hey, ', 'quick question - ', 'Can you help me with this? ', 'I\'m stuck on this one. ', 'So I have this: ']
    follows = [['Why does that work?', 'Can you walk me through why that step is valid?', 'what is the intuition behind that?'],
               ['Are there any edge cases your solution misses?', 'what would break this?', 'is there a faster way, complexity-wise?'],
               ['Can you double-check the reasoning and point out where it could go wrong?', 'verify it again pls, carefully',
                'Now rewrite it more rigorously, explaining each decision.'],
               ['Could you give an alternative approach and compare the two?', 'how would an expert approach this differently?']]
    for i in range(n_acc):
        res = R.choice(RES)
        a = new_acct('attack', persona, campaign=cid, email=R.choice(CONSUMER_MAIL), pay=card(), signup_ip=ip_from(res),
                     country=res_cc(res), tier=R.choice(['build', 'build', 'free']), created=T0 - R.uniform(90, 420) * 86400)
        a['res'] = res
        home = [ip_from(res) for _ in range(2)]
        s = R.choice(BROWSERS + ['py-anthropic', 'node-openai'])
        n = max(10, int(R.gauss(34, 9)))
        done = 0
        while done < n:
            try:
                kind, item = next(it)
            except StopIteration:
                it = iter(pool); kind, item = next(it)
            t = pick_time(a, 'day')
            cl = client(s)
            if tls_random:
                cl['ja4'] = 't13d%02d%02dh2_%s_%s' % (R.randint(12, 20), R.randint(10, 17), h('r%f' % R.random()), h('q%f' % R.random()))
                if R.random() < 0.5:
                    cl['ua'] = client(R.choice(BROWSERS))['ua']
            cid2 = convid('c_')
            p = R.choice(openers) + item
            ctx = 0
            nt = R.choice([1, 2, 2, 3, 3, 4])
            model = R.choice(['sable-4-pro', 'sable-4-think', 'sable-4'])
            ip = R.choice(home)
            fl = R.sample(follows, 3)
            for k in range(nt):
                q = p if k == 0 else R.choice(fl[k - 1])
                out = emit(a, t, cl, ip, q, model=model, conv=cid2, turn=k + 1, kind='cot' if kind in 'gn' else 'code', ctx=ctx,
                           stream=s in BROWSERS, max_tokens=R.choice([None, 4096, 8192]) if s not in BROWSERS else None)
                ctx += ntok(q) + out
                t += human_gap()
                done += 1
        att_count(cid, persona)


def op_subteams(cid, n_per_team):
    """coding & agentic skill harvest, 3 sub-teams: different stacks, networks and payment; 10-40% cover traffic."""
    teams = [
        dict(name='team-go-hetzner', stack='go', net=lambda: ip_from(R.choice(['hetzner', 'ovh'])), mail=['proton.me', 'tuta.io'],
             cards=3, cover=0.12, model=['sable-4', 'sable-4-pro'], ep=None),
        dict(name='team-mobile', stack='okhttp', net=lambda: ip_from('mobile'), mail=CONSUMER_MAIL, cards=0, cover=0.35,
             model=['sable-4'], ep='/v1/messages'),
        dict(name='team-resi-proxy', stack='node-anthropic', net=lambda: ip_from(R.choice(RES)), mail=['outlook.com', 'hotmail.com', 'gmail.com'],
             cards=8, cover=0.25, model=['sable-4-pro', 'sable-4-think'], ep=None),
    ]
    codepool = [x for x in GPT_CODE]
    R.shuffle(codepool)
    toolpool = GPT_TOOL[:]
    R.shuffle(toolpool)
    ci = [0]
    ti = [0]
    agent_sys = ['You are an autonomous software agent. Plan, call tools, observe, and iterate until the task is complete. Think before each call.',
                 'Agent mode. You can call the functions provided. Before each tool call write your reasoning in <plan> tags.',
                 'You are a tool-using assistant. Always explain which tool you pick and why, then emit the call.']
    code_words = [['Implement this. ', 'Write production-quality code for: ', '', 'Task: ', 'Please solve: '],
                  ['', ''],
                  ['\nInclude docstrings, type hints and unit tests; explain design choices after the code.',
                   '\nExplain the algorithm first, then code, then complexity analysis.', '', '\nWalk through the solution step by step.']]
    for team in teams:
        cards = [card() for _ in range(team['cards'])]
        fixed_tools = [['run_python', 'read_file', 'write_file', 'shell'], ['search_web', 'fetch_url', 'python'],
                       ['execute_code', 'list_dir', 'apply_patch', 'run_tests']]
        for i in range(n_per_team):
            created = T0 - R.uniform(1, 60) * 86400
            sip = team['net']()
            a = new_acct('attack', team['name'], campaign=cid, email=R.choice(team['mail']),
                         pay=R.choice(cards) if cards else card(), signup_ip=sip,
                         country=R.choice(['US', 'US', 'GB', 'IN', 'PL']), tier='build', created=created)
            a['res'] = R.choice(RES)
            cl = client(team['stack'], endpoint=team['ep'])
            n = max(10, int(R.gauss(40, 10)))
            ipl = [team['net']() for _ in range(3)]
            done = 0
            while done < n:
                done += 1
                t = pick_time(a, 'flat' if team['stack'] == 'go' else 'day')
                ip = R.choice(ipl)
                if R.random() < team['cover']:
                    p = org_prompt(R.choice(['casual', 'writing']))[0]
                    emit(a, t, cl, ip, p, model=R.choice(team['model']), kind='chat', stream=False)
                    continue
                r = R.random()
                if r < 0.45:
                    x = codepool[ci[0] % len(codepool)]; ci[0] += 1
                    p = compose(code_words[:1]) + x['instruction'] + ('\n' + x['input'] if x['input'] else '') + compose(code_words[2:])
                    emit(a, t, cl, ip, p, model=R.choice(team['model']), kind='code', max_tokens=8192, temperature=0.2, stream=False)
                elif r < 0.65:
                    x = HUMEV[R.randrange(len(HUMEV))]
                    p = compose(code_words[:1]) + x['prompt'] + compose(code_words[2:])
                    emit(a, t, cl, ip, p, model=R.choice(team['model']), kind='code', max_tokens=8192, temperature=0.2, stream=False)
                else:
                    x = toolpool[ti[0] % len(toolpool)]; ti[0] += 1
                    task, tl = tool_item(x)
                    tools = sorted(set(tl + R.choice(fixed_tools)))
                    cidc = convid('s_')
                    ctx = 0
                    for k in range(R.randint(2, 4)):
                        done += 1 if k else 0
                        q = task if k == 0 else R.choice(['Tool result: {"status": "ok", "rows": %d}. Continue.' % R.randint(0, 90),
                                                          'Observation: command exited 1. Diagnose and retry.',
                                                          'Result received. What is the next step?', 'tool_output: [truncated 2k chars]. Proceed.'])
                        out = emit(a, t, cl, ip, q, model=R.choice(team['model']), system=R.choice(agent_sys), tools=tools, conv=cidc,
                                   turn=k + 1, kind='agent', ctx=ctx, max_tokens=4096, temperature=0.0, stream=False)
                        ctx += ntok(q) + out + 300
                        t += R.uniform(1.5, 12)
            att_count(cid, team['name'])


def op_judge(cid, n_acc):
    """rubric grading harvest; each account pinned to a different model; clients mimic the Scribbly mobile app."""
    rub = [['Grade the following answer', 'Evaluate this response', 'Act as a strict grader for the answer below',
            'You are reviewing a student\'s solution'],
           [' on a 1-10 scale', ' using the rubric (correctness 0-4, reasoning 0-3, clarity 0-3)', ' from 1 to 5',
            ' against the reference'],
           ['. Justify every point deducted.', '. Output JSON {"score":..,"rationale":..}.', '. Give a detailed critique first, then the score.',
            '. Think carefully about each criterion.']]
    srcs = []
    for q in GSM_TR[3000:5000]:
        ans = gsm_resp(q)
        if R.random() < 0.4:  # corrupt the candidate
            ans = re.sub(r'#### (\d+)', lambda m: '#### %d' % (int(m.group(1)) + R.randint(1, 9)), ans)
        srcs.append((q['question'], ans))
    for x in GPT_ROLE[:800] + GPT_CODE[2000:3000]:
        srcs.append((x['instruction'], x['response']))
    R.shuffle(srcs)
    k = 0
    for i in range(n_acc):
        model = MODELS[i % len(MODELS)]
        res = R.choice(RES)
        a = new_acct('attack', 'judge-harvest', campaign=cid, email=R.choice(CONSUMER_MAIL), pay=card(), signup_ip=ip_from(res),
                     country=res_cc(res), tier='build', created=T0 - R.uniform(10, 120) * 86400)
        cl = client(R.choice(['ios-app', 'android-app']))
        ips = [ip_from(R.choice([res, 'mobile'])) for _ in range(3)]
        n = max(10, int(R.gauss(42, 12)))
        for j in range(n):
            t = pick_time(a, 'evening')
            qq, aa = srcs[k % len(srcs)]; k += 1
            layout = R.random()
            if layout < 0.5:
                p = compose(rub) + '\n\nQuestion:\n' + qq + '\n\nAnswer:\n' + aa
            else:
                p = '[QUESTION]\n' + qq + '\n[CANDIDATE RESPONSE]\n' + aa + '\n[TASK]\n' + compose(rub)
            emit(a, t, cl, R.choice(ips), p, model=model, system='You are Scribbly, a friendly writing companion.' if R.random() < 0.7 else None,
                 kind='judge', max_tokens=1500, stream=True, temperature=0.0)
        att_count(cid, 'judge-harvest')


def op_bare_bulk(cid, n_acc):
    """self-instruct bulk generation + bare items, high max_tokens, extended reasoning; disguised as Quillpad BYOK traffic."""
    pool = SEEDT + [dict(instruction=u['instruction'], instances=u['instances']) for u in UO]
    cards = [card() for _ in range(n_acc // 3)]
    for i in range(n_acc):
        res = R.choice(RES)
        a = new_acct('attack', 'byok-mimic-bulkgen', campaign=cid, email=R.choice(CONSUMER_MAIL + ['mail.ru', 'yeah.net']), pay=R.choice(cards),
                     signup_ip=ip_from(res), country=res_cc(res), tier='build', created=T0 - R.uniform(3, 30) * 86400)
        cl = client('ide-byok')
        ips = [ip_from(R.choice(['vpn', res])) for _ in range(4)]
        n = max(10, int(R.gauss(40, 12)))
        for j in range(n):
            t = pick_time(a, 'flat')
            r = R.random()
            if r < 0.35:
                s = R.choice(pool)
                inst = R.choice(s['instances'])
                p = s['instruction'] + ('\n' + inst['input'] if inst.get('input') else '')
                kind = 'cot'
            elif r < 0.55:
                p = R.choice(GSM_TR)['question']
                kind = 'cot'
            elif r < 0.8:
                ex = R.sample(pool, R.randint(2, 4))
                p = '\n'.join('%d. %s' % (m + 1, e['instruction']) for m, e in enumerate(ex)) + '\n%d.' % (len(ex) + 1)
                kind = 'bulk'
            else:
                p = ALPACA
                kind = 'bulk'
            emit(a, t, cl, R.choice(ips), p, model=R.choice(['sable-4-think', 'sable-4-pro']), system=BYOK_SYS if R.random() < 0.8 else None,
                 tools=BYOK_TOOLS if R.random() < 0.6 else None, kind=kind, max_tokens=R.choice([32000, 64000]), reasoning=16000,
                 temperature=1.0, stream=True)
        att_count(cid, 'byok-mimic-bulkgen')


TAXO_DOMAINS = ['organic chemistry', 'contract law', 'tax accounting', 'epidemiology', 'compiler design', 'marine biology', 'music theory',
                'medieval history', 'control systems', 'microeconomics', 'linear algebra', 'network security', 'pharmacology',
                'structural engineering', 'philosophy of mind', 'supply-chain logistics', 'astrophysics', 'cryptography', 'linguistics',
                'real analysis', 'game theory', 'nutrition science', 'geology', 'database internals', 'reinforcement learning']
TAXO_SKILLS = ['explain a core concept', 'solve a multi-step quantitative problem', 'critique a flawed argument',
               'write a worked example', 'compare two competing approaches', 'derive a result from first principles',
               'design an experiment', 'debug a described failure', 'summarise the state of the art', 'produce an exam question with solution']
TAXO_LEVEL = ['introductory', 'undergraduate', 'graduate', 'expert']


def op_taxonomy(cid, n_acc, team_split=2):
    """capability-taxonomy sweep; every account uses a different model; two sub-teams (cloud SDK vs residential browser)."""
    cells = [(d, s, l) for d in TAXO_DOMAINS for s in TAXO_SKILLS for l in TAXO_LEVEL]
    R.shuffle(cells)
    k = 0
    phr = [
        lambda d, s, l: 'At a %s level in %s, %s. Be thorough and show reasoning.' % (l, d, s),
        lambda d, s, l: '[%s | %s | %s]' % (d, s, l),
        lambda d, s, l: 'I\'m preparing %s material on %s. Could you %s?' % (l, d, s),
        lambda d, s, l: 'Domain: %s\nSkill: %s\nDifficulty: %s\nRespond with your full reasoning.' % (d, s, l),
        lambda d, s, l: '%s (%s): %s, please.' % (d.capitalize(), l, s),
    ]
    for i in range(n_acc):
        team = i % team_split
        res = R.choice(RES)
        if team == 0:
            sip = ip_from(R.choice(['aws', 'gcp', 'azure']))
            stk = R.choice(['py-openai', 'java', 'rust'])
            mail = 'consultmail.org' if R.random() < 0.5 else R.choice(CONSUMER_MAIL)
            persona = 'taxonomy-cloud'
        elif team == 1:
            sip = ip_from(res)
            stk = R.choice(BROWSERS)
            mail = R.choice(CONSUMER_MAIL)
            persona = 'taxonomy-browser'
        else:
            sip = ip_from(R.choice(['ovh', 'do']))
            stk = R.choice(['go', 'curl', 'php'])
            mail = R.choice(['proton.me', 'gmx.de', 'yandex.com'])
            persona = 'taxonomy-vps'
        a = new_acct('attack', persona, campaign=cid, email=mail, pay=card(), signup_ip=sip, country=res_cc(res),
                     tier='build', created=T0 - R.uniform(20, 200) * 86400)
        a['tz'] = TZ.get(a['country'], 0)
        model = MODELS[(i * 7 + 3) % len(MODELS)]
        n = max(10, int(R.gauss(40, 12)))
        cl = client(stk)
        ips = [sip] + [ip_from(R.choice(['aws', 'gcp', 'azure']) if team == 0 else (res if team == 1 else R.choice(['ovh', 'do']))) for _ in range(2)]
        f = R.choice(phr)
        for j in range(n):
            t = pick_time(a, 'flat' if team == 0 else 'day')
            if R.random() < 0.15:
                p = org_prompt('casual')[0]
                emit(a, t, cl, R.choice(ips), p, model=model, kind='chat')
                continue
            d, s, l = cells[k % len(cells)]; k += 1
            p = (f if R.random() < 0.7 else R.choice(phr))(d, s, l)
            emit(a, t, cl, R.choice(ips), p, model=model, kind='cot', max_tokens=R.choice([4096, 8192, 16000]),
                 temperature=R.choice([0.7, 1.0]), stream=team == 1)
        att_count(cid, persona)


# ---------------------------------------------------------------- compose world
def main():
    os.makedirs(OUT, exist_ok=True)
    variant = SEED % 2
    # organic
    gen_enterprise('northwind-legal', 45, 32, 'azure', 'You are the Northwind Legal drafting assistant. Cite clause numbers. Never give jurisdiction-specific legal advice.',
                   'dotnet', kind='writing', domain='northwind-legal.com')
    gen_enterprise('fabrikam-eng', 35, 60, 'aws', 'Fabrikam internal code assistant. Company style guide: PEP8, typed Python, Go 1.22.', 'py-openai',
                   kind='tech', domain='fabrikam.dev', model='sable-4-pro') if True else None
    gen_customer_support_org(30)
    gen_campus(260 if variant else 220, 'stateu')
    hw = {}
    for wk in range(DAYS // 7):
        dl = T0 + (wk * 7 + 4) * 86400 + 23 * 3600 + 59 * 60 + 6 * 3600  # Friday-ish 23:59 local (UTC-6)
        hw[dl] = R.sample(GSM_TE, 8)
    gen_classroom(38, 0, hw, list(hw.keys()))
    hw2 = {}
    for wk in range(DAYS // 7):
        dl = T0 + (wk * 7 + 2) * 86400 + 14 * 3600
        hw2[dl] = R.sample(GSM_TR, 6)
    gen_classroom(42, 1 + variant, hw2, list(hw2.keys()), campus_ip=False)
    gen_eval_harness('evalforge', 3, 3 if DAYS < 20 else 4, 'gcp')
    gen_eval_harness('kestrel-labs', 2, 3, 'aws')
    gen_research_lab(14)
    gen_power_users(120)
    gen_developers(330)
    gen_researchers(90)
    gen_data_hobbyists(35)
    gen_byok(220)
    gen_startup('tutorloop', 9, 'You are TutorLoop, an AI tutor. Explain step by step, use the Socratic method.', kind='casual')
    gen_startup('shipquery', 6, 'Convert the user request into a SQL query for the schema provided, then explain it.', kind='tech', stackname='go')
    gen_agency(22, 'bezirksamt-example.de', 'Sie sind ein Assistent für Verwaltungsschreiben. Antworten Sie höflich und präzise.', 'res_eu')
    gen_agency(18, 'riverside-usd.org', 'District communications assistant. Plain language, grade-8 reading level.', 'res_us')
    gen_casual(1250 + 60 * variant, 'casual')
    gen_casual(150, 'vpn-user', vpn=True)
    gen_casual(100, 'writer')
    gen_casual(60, 'mobile-casual', res='mobile')
    # attacks
    ops = ['op-%s' % h('op%d' % i, 6) for i in range(7)]
    if variant == 0:
        op_sloppy(ops[0], 140)
        op_careful(ops[1], 90)
        op_subteams(ops[2], 55)
        op_judge(ops[3], 60)
        op_bare_bulk(ops[4], 75)
        op_taxonomy(ops[5], 70)
    else:
        op_sloppy(ops[0], 90)
        op_careful(ops[1], 70)
        op_careful(ops[6], 45, tls_random=True, persona='aged-tls-randomised', maths=True)
        op_subteams(ops[2], 50)
        op_judge(ops[3], 75)
        op_bare_bulk(ops[4], 60)
        op_taxonomy(ops[5], 110, team_split=3)
    # write
    R.shuffle(IX)
    with gzip.open(os.path.join(OUT, 'interactions.jsonl.gz'), 'wt', encoding='utf-8') as f:
        for x in IX:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'accounts.jsonl'), 'w') as f:
        for a in ACCTS:
            f.write(json.dumps(a) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w') as f:
        for l in LABELS:
            f.write(json.dumps(l) + '\n')
    att_ids = {l['account_id'] for l in LABELS if l['label'] == 'attack'}
    n_att_ix = sum(1 for x in IX if x['account_id'] in att_ids)
    with open(os.path.join(OUT, 'WORLD.md'), 'w') as f:
        f.write('# World (helper AB generator, seed %d, start %s, %d days)\n\n' % (SEED, START, DAYS))
        f.write('Interactions: %d (attack %d). Accounts: %d (attack %d).\n\n' % (len(IX), n_att_ix, len(ACCTS), len(att_ids)))
        f.write('## Organic personas (accounts)\n\n')
        for k, c in sorted(COUNTS.items()):
            f.write('- %s: %d\n' % (k, c))
        f.write('\nLook-alikes: verified enterprises on cloud egress with one card/system prompt (northwind-legal, fabrikam, helpdeskly agentic);\n'
                'a state-university NAT; two classes sharing a teacher system prompt and the same GSM8K homework items before deadlines;\n'
                'two eval labs running GSM8K/HumanEval/MT-Bench repeatedly from cloud; a university research lab running CoT on GSM8K with a shared grant card;\n'
                'users of a popular BYOK editor (Quillpad) all sharing UA/system prompt/tools; unverified startups with shared card on cloud egress;\n'
                'agencies behind one office IP; developers behind TLS-intercepting proxies / curl on Windows / SDKs in mobile wrappers; data hobbyists\n'
                'generating self-instruct data; researchers asking for step-by-step reasoning; casual, writers, VPN and mobile users.\n\n')
        f.write('## Attack operations (accounts)\n\n')
        desc = {ops[0]: 'sloppy proxy fleet: burst sign-ups with look-alike/disposable domains, ~5 shared cards, datacenter/VPN IPs, one httpx stack; step-by-step CoT on GSM8K train, bare-ish wrappers, thinking models.',
                ops[1]: 'careful operation: aged accounts, own card and residential IPs each, browser/SDK stacks, human-paced multi-turn threads with probing follow-ups; distinct items from one shared pool (arena-hard, HumanEval, GSM8K test), never repeated.',
                ops[2]: 'coding/agentic harvest split into 3 sub-teams (Go on Hetzner/OVH with 3 cards; okhttp on mobile carriers, own cards; Node Anthropic SDK on residential proxies, 8 cards) with 12-35% cover traffic; GPTeacher codegen, HumanEval, toolformer multi-step agent threads with tools.',
                ops[3]: 'rubric/judge harvest: grade candidate answers (partly corrupted GSM8K solutions, GPTeacher responses); each account pinned to one model cycling across the catalogue; clients mimic the Scribbly mobile app UA/system prompt.',
                ops[4]: 'bulk self-instruct generation and bare seed items / GSM8K questions, 32k-64k max_tokens, extended reasoning; disguised as Quillpad BYOK editor traffic (same UA, system prompt, tools); cards shared by ~3 accounts; VPN + residential.',
                ops[6]: 'second careful operation (maths / reasoning): aged accounts, own cards, residential IPs, per-request randomised JA4 and rotating browser UAs, human-paced threads, distinct GSM8K-train / arena items.',
                ops[5]: 'capability-taxonomy sweep (domain x skill x level) with 15% cover; every account a different model; sub-teams: cloud SDK clients, residential browsers (and in some worlds VPS go/curl/php).'}
        for c, per in ATT.items():
            f.write('- %s: %s -- %s\n' % (c, ', '.join('%s=%d' % kv for kv in per.items()), desc.get(c, '')))
    print(OUT, 'interactions', len(IX), 'attack_ix', n_att_ix, 'accounts', len(ACCTS), 'attack_accounts', len(att_ids))


main()
