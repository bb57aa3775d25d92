#!/usr/bin/env python3
"""Blind traffic-world generator (folder N). stdlib only, deterministic per seed.
usage: python3 gen.py OUTDIR --variant 1|2 --seed S
"""
import sys, os, json, gzip, random, hashlib, math, re, csv, ipaddress, argparse
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN = os.path.join(HERE, '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv')

# ----------------------------------------------------------------- corpora
def jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def jj(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return json.load(f)

C = {}
def load_corpora():
    o = DATA + '/corpora/organic/'; e = DATA + '/corpora/extraction/'
    C['koala'] = [r['prompt'] for r in jl(o + 'koala.jsonl')]
    C['arena'] = [r['prompt'] for r in jl(o + 'arena-hard-v0.1.jsonl')]
    C['mt'] = [r['turns'] for r in jl(o + 'mt-bench.jsonl')]
    C['vicuna'] = [r['turns'][0] for r in jl(o + 'vicuna-bench.jsonl')]
    hh = []
    for r in jl(o + 'hh-rlhf-harmless-test.jsonl.gz'):
        turns = re.findall(r'Human: (.*?)(?=\n\nAssistant:|$)', r['chosen'], re.S)
        turns = [t.strip() for t in turns if t.strip()]
        if turns:
            hh.append(turns)
    C['hh'] = hh
    uo = []
    for r in jl(o + 'self-instruct-user-oriented.jsonl'):
        inst = r['instruction']; inp = r['instances'][0].get('input', '') if r['instances'] else ''
        uo.append((r.get('motivation_app', ''), inst + ('\n\n' + inp if inp else '')))
    C['useror'] = uo
    C['seeds'] = [(r['instruction'], (r['instances'][0]['input'] if r['instances'] else ''),
                   (r['instances'][0]['output'] if r['instances'] else '')) for r in jl(e + 'self-instruct-seed-tasks.jsonl')]
    C['gsm_tr'] = [(r['question'], r['answer']) for r in jl(e + 'gsm8k-train.jsonl.gz')]
    C['gsm_te'] = [(r['question'], r['answer']) for r in jl(e + 'gsm8k-test.jsonl')]
    C['he'] = [(r['task_id'], r['prompt'], r['canonical_solution']) for r in jl(e + 'humaneval.jsonl.gz')]
    C['gcode'] = [(r['instruction'], r['input'], r['response']) for r in jj(e + 'gpteacher-codegen.json.gz')]
    C['grole'] = [(r['instruction'], r['input'], r['response']) for r in jj(e + 'gpteacher-roleplay.json.gz')]
    C['gtool'] = [(r['instruction'], r['input'], r['response']) for r in jj(e + 'gpteacher-toolformer.json.gz')]
    with open(e + 'alpaca-generation-prompt.txt') as f:
        C['alpaca'] = f.read()
    arena_code = [p for p in C['arena'] if re.search(r'\b(code|python|function|program|script|sql|c\+\+|javascript|rust|implement|class)\b', p, re.I)]
    C['arena_code'] = arena_code
    C['arena_other'] = [p for p in C['arena'] if p not in set(arena_code)]
    tr = []
    for fn, kind in (('AzureLLMInferenceTrace_code.csv', 'code'), ('AzureLLMInferenceTrace_conv.csv', 'conv')):
        with open(DATA + '/traces/' + fn) as f:
            rd = csv.reader(f); next(rd)
            tr.append([(int(a[1]), int(a[2])) for a in rd])
    C['tr_code'], C['tr_conv'] = tr

# ----------------------------------------------------------------- networks
NETCATS = {
    'res_us': r'^(Comcast Cable|Charter Communications|AT&T Corp|Cox Communications|Frontier Communications|CenturyLink|Optimum|Windstream|Mediacom)',
    'res_eu': r'^(Deutsche Telekom AG|Orange S\.A\.|British Telecommunications|Vodafone GmbH|Telefonica de Espana|Free SAS|Proximus|KPN B\.V\.|Swisscom|Telia)',
    'res_in': r'^(Bharti Airtel|Reliance Jio|Vodafone Idea|BSNL|Bharat Sanchar)',
    'res_ca': r'^(Rogers Communications|Bell Canada|TELUS Communications|Shaw Communications|Videotron)',
    'res_au': r'^(Telstra Limited|TPG Telecom|Optus)',
    'res_br': r'^(Claro S\.A|TELEFONICA BRASIL|Tim S ?A|OI S\.A)',
    'res_kr': r'^(Korea Telecom|SK Broadband|LG POWERCOMM|LG DACOM)',
    'res_sg': r'^(Singapore Telecommunications|StarHub|M1 Limited|MyRepublic)',
    'mobile': r'^(T-Mobile USA|"T-Mobile USA|Cellco Partnership|T-Mobile Polska|Vodafone Libertel|Two Degrees Mobile|T2 Mobile|Vodafone Italia|Telstra Limited)',
    'uni': r'(University|College|Institute of Technology|Universidad|Universit)',
    'aws': r'^("?Amazon\.com|Amazon Data Services)',
    'gcp': r'^(Google LLC|Google Cloud)',
    'azure': r'^Microsoft Corporation',
    'do': r'^"?DigitalOcean',
    'hetzner': r'^Hetzner Online',
    'ovh': r'^OVH SAS',
    'enterprise_isp': r'^(Verizon Business|"AT&T Enterprises|Zayo Bandwidth|Cogent Communications|Lumen)',
}
COUNTRY_OF = {'res_us': 'US', 'res_eu': 'DE', 'res_in': 'IN', 'res_ca': 'CA', 'res_au': 'AU', 'res_br': 'BR',
              'res_kr': 'KR', 'res_sg': 'SG', 'mobile': 'US', 'uni': 'US'}

NET = {}
def ip2i(s):
    return int(ipaddress.IPv4Address(s))
def i2ip(i):
    return str(ipaddress.IPv4Address(i))

def load_nets():
    regs = {k: re.compile(v) for k, v in NETCATS.items()}
    pools = {k: [] for k in NETCATS}
    with open(ASN, encoding='utf-8') as f:
        for line in f:
            parts = line.split(',', 3)
            if len(parts) < 4:
                continue
            org = parts[3].strip()
            for k, rg in regs.items():
                if rg.search(org):
                    a, b = ip2i(parts[0]), ip2i(parts[1])
                    if b - a >= 255:
                        pools[k].append((a, b, org.strip('"')))
                    break
    for k in pools:
        pools[k].sort()
    NET.update(pools)
    for name in ('datacenter-ipv4.txt', 'vpn-ipv4.txt'):
        rs = []
        with open(DATA + '/network/' + name) as f:
            for l in f:
                l = l.strip()
                if not l or ':' in l:
                    continue
                n = ipaddress.IPv4Network(l, strict=False)
                if n.num_addresses >= 256:
                    rs.append((int(n.network_address), int(n.broadcast_address), name))
        NET['dc' if name.startswith('data') else 'vpn'] = rs

def rand_ip(rng, cat):
    a, b, _ = rng.choice(NET[cat])
    return i2ip(rng.randint(a + 1, b - 1))

def rand_block(rng, cat):
    """a /24-ish block: returns list of candidate ips sharing the first 3 octets"""
    a, b, _ = rng.choice(NET[cat])
    base = rng.randint(a, max(a, b - 255)) & ~0xff
    return [i2ip(base + i) for i in range(2, 254)]

# ----------------------------------------------------------------- client stacks
def hx(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]

def ja4(proto, ver, sni, nc, ne, alpn, tag):
    return f"{proto}{ver}{sni}{nc:02d}{ne:02d}{alpn}_{hx('c'+tag)}_{hx('e'+tag)}"

CHROME_JA4 = 't13d1516h2_8daaf6152771_02713d6af862'
STACKS = {}
def def_stack(name, ja4s, uas, ep):
    STACKS[name] = (ja4s, uas, ep)

def build_stacks():
    chv = ['122.0.6261.112', '123.0.6312.86', '124.0.6367.207', '125.0.6422.142', '126.0.6478.127', '127.0.6533.89', '128.0.6613.120']
    def_stack('chrome_win', [CHROME_JA4, 't13d1517h2_8daaf6152771_b1ff8ab2d16f'],
              [f'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36' for v in chv], 'chat')
    def_stack('chrome_mac', [CHROME_JA4, 't13d1517h2_8daaf6152771_b1ff8ab2d16f'],
              [f'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36' for v in chv], 'chat')
    def_stack('edge', ['t13d1516h2_8daaf6152771_e5627efa2ab1'],
              [f'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36 Edg/{v[:5]}0.0' for v in chv], 'chat')
    def_stack('firefox', ['t13d1715h2_5b57614c22b0_3d5424432f57', 't13d1715h2_5b57614c22b0_5c2c66f702b0'],
              [f'Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0' for v in (123, 124, 125, 126, 127)] +
              [f'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0' for v in (124, 125, 126)], 'chat')
    def_stack('safari_mac', ['t13d2014h2_a09f3c656075_14788d8d241b'],
              ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
               'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'], 'chat')
    def_stack('ios_app', ['t13d2014h2_a09f3c656075_14788d8d241b', 't13d2013h2_a09f3c656075_7f0f34a4126d'],
              [f'NovaChat/{v} (iPhone; iOS {o}; Scale/3.00)' for v in ('2.3.1', '2.4.0', '2.4.2') for o in ('17.4', '17.5.1', '18.0')] +
              [f'Mozilla/5.0 (iPhone; CPU iPhone OS {o} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1' for o in ('17_4', '17_5')], 'chat')
    def_stack('android_okhttp', ['t13d1513h2_8daaf6152771_eca864cca44a', 't13d1514h2_8daaf6152771_5f1a3c5ebd95'],
              ['okhttp/4.12.0', 'okhttp/4.11.0', 'NovaChat/2.4.0 (Android 14; Pixel 7)', 'Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)'], 'chat')
    def_stack('py_requests', ['t13d1812h1_85036bcba153_b26ce05bbdd6', 't13d1811h1_85036bcba153_a9f1d49b0361'],
              ['python-requests/2.31.0', 'python-requests/2.32.3', 'python-requests/2.28.2'], 'chat')
    def_stack('aiohttp', ['t13d1812h1_85036bcba153_f4cdef7c3e20'],
              ['Python/3.11 aiohttp/3.9.5', 'Python/3.12 aiohttp/3.10.2'], 'chat')
    def_stack('httpx', ['t13d1812h2_85036bcba153_375ca2c5e164'],
              ['python-httpx/0.27.0', 'python-httpx/0.26.0'], 'chat')
    def_stack('openai_py', ['t13d1812h2_85036bcba153_375ca2c5e164', 't13d1813h2_85036bcba153_d41ae481755e'],
              [f'OpenAI/Python {v}' for v in ('1.35.7', '1.40.3', '1.45.0', '1.51.2')], 'chat')
    def_stack('anthropic_py', ['t13d1812h2_85036bcba153_375ca2c5e164', 't13d1813h2_85036bcba153_d41ae481755e'],
              [f'Anthropic/Python {v}' for v in ('0.28.1', '0.34.2', '0.36.0')], 'msg')
    def_stack('openai_node', ['t13d1713h2_5b57614c22b0_8a8b2c0b6d4d', 't13d1714h2_5b57614c22b0_8d6e5b0f1a33'],
              [f'OpenAI/JS {v}' for v in ('4.47.1', '4.56.0', '4.67.3')], 'chat')
    def_stack('anthropic_ts', ['t13d1713h2_5b57614c22b0_8a8b2c0b6d4d'],
              [f'Anthropic/JS {v}' for v in ('0.24.3', '0.27.1', '0.29.0')], 'msg')
    def_stack('undici', ['t13d1713h2_5b57614c22b0_8a8b2c0b6d4d'], ['undici', 'node', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)'], 'chat')
    def_stack('go_http', ['t13d1311h2_f57a46bbacb6_e7c285222651', 't13d1312h2_f57a46bbacb6_ab7e3b40a677'],
              ['Go-http-client/2.0', 'Go-http-client/1.1'], 'chat')
    def_stack('curl_linux', ['t13d3112h2_e8f1e7e78f70_b26ce05bbdd6', 't13d3113h2_e8f1e7e78f70_6bebaf5329ac'],
              ['curl/8.5.0', 'curl/7.81.0', 'curl/8.9.1'], 'chat')
    def_stack('curl_win', ['t12d2608h1_8ed2d6bec8d3_1c1e4c3a5e58', 't13d2410h1_5f3d46ab9b41_f2c8c6e0a3a7'],
              ['curl/8.4.0', 'curl/8.7.1'], 'chat')
    def_stack('java_sdk', ['t13d2915h2_d9a2d9a3cf0c_0b2d2a0ff1d3'],
              ['anthropic-sdk-java/0.8.0', 'Java-http-client/17.0.11', 'Java-http-client/21.0.3'], 'msg')
    def_stack('dotnet', ['t12d2511h2_8a7b36c6e1f2_a1b5f0d94b7c'], ['OpenAI/1.0 (.NET 8.0.7; Microsoft Windows 10.0.22631)', 'Azure.AI.OpenAI/2.0.0'], 'chat')
    def_stack('ruby', ['t13d1411h1_e39b4a5b8c2a_2de2b4a0a8bf'], ['Faraday v2.9.0', 'Ruby'], 'chat')
    def_stack('rust_reqwest', ['t13d0910h2_f5f85c3bd5b5_8e2d2f3a1c4d'], [None, 'reqwest/0.12'], 'chat')
    def_stack('cli_agent', ['t13d1713h2_5b57614c22b0_8a8b2c0b6d4d', 't13d1812h2_85036bcba153_375ca2c5e164'],
              ['nova-cli/1.4.2 (external, cli)', 'nova-cli/1.5.0 (external, cli)', 'aider/0.52.1', 'continue/0.9.211 vscode', 'Cline/2.1.4'], 'msg')
    def_stack('litellm', ['t13d1812h2_85036bcba153_375ca2c5e164'], ['litellm/1.44.9', 'OpenAI/Python 1.40.3 litellm'], 'chat')
    def_stack('langchain', ['t13d1812h2_85036bcba153_375ca2c5e164'], ['langchain-openai/0.1.20 OpenAI/Python 1.40.3', 'OpenAI/Python 1.42.0'], 'chat')
    # corporate TLS inspection: browser UA, proxy's hello
    def_stack('zscaler_chrome', ['t12d4605h2_6c6d3f0e2d3e_9c7a0c0a9e85', 't13d4907h2_0d8feac7bc37_7395dae3b2f3'],
              STACKS['chrome_win'][1], 'chat')
    def_stack('bluecoat_sdk', ['t12d2407h1_4d1e9b6c3a9b_3b9f0a5e9d1c'], STACKS['openai_py'][1], 'chat')
    def_stack('impersonate', [CHROME_JA4, 't13d1715h2_5b57614c22b0_3d5424432f57', 't13d2014h2_a09f3c656075_14788d8d241b',
                              't13d1516h2_8daaf6152771_e5627efa2ab1'], STACKS['chrome_mac'][1] + STACKS['firefox'][1] + STACKS['safari_mac'][1], 'chat')

def pick_client(rng, stack, fixed=True):
    ja, uas, ep = STACKS[stack]
    return {'stack': stack, 'ja4': rng.choice(ja), 'ua': rng.choice(uas), 'ep': ep}

# ----------------------------------------------------------------- world core
EP = {'chat': '/v1/chat/completions', 'msg': '/v1/messages'}

class World:
    def __init__(self, seed, start, days):
        self.rng = random.Random(seed)
        self.seed = seed
        self.start = start
        self.days = days
        self.end = start + timedelta(days=days)
        self.accounts = []
        self.labels = []
        self.inter = []
        self.nid = 0
        self.personas = {}
        self.models = ['nova-2-pro', 'nova-2-mini', 'nova-2-reason', 'nova-2-pro-long']

    def hid(self, prefix, n=16):
        return prefix + '%0*x' % (n, self.rng.getrandbits(4 * n))

    def iso(self, t):
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

    def account(self, label, persona, created, email, card, signup_ip, country, tier='build', verified=False, org=None, campaign=None, aid=None):
        aid = aid or self.hid('acct_', 14)
        self.accounts.append({'account_id': aid, 'created_at': self.iso(created), 'org_id': org, 'email_domain': email,
                              'payment_fingerprint': card, 'signup_ip': signup_ip, 'country': country, 'tier': tier, 'verified': verified})
        self.labels.append({'account_id': aid, 'label': label, 'campaign': campaign, 'persona': persona})
        key = (label, campaign or '', persona)
        self.personas[key] = self.personas.get(key, 0) + 1
        return aid

    def emit(self, aid, key, t, ip, cl, prompt, system=None, conv=None, turn=None, tools=None, response=None,
             model='nova-2-pro', inp=None, out=None, reas=None, max_tokens=None, temp=None, stream=None, status=200,
             ctx_tokens=0, speed=1.0):
        if t < self.start or t >= self.end:
            return False
        rng = self.rng
        if inp is None:
            inp = int(len(prompt) / 3.7 + (len(system) / 3.7 if system else 0) + ctx_tokens + (len(tools) * 140 if tools else 0)) + rng.randint(4, 18)
        if out is None:
            out = rng.randint(50, 600)
        if max_tokens and out > max_tokens:
            out = max_tokens
        if status != 200:
            out = 0; response = None; reas = 0 if reas else reas
        lat = None
        if status == 200:
            ttft = rng.lognormvariate(math.log(450), 0.45) + inp * 0.04
            lat = int(ttft + (out + (reas or 0)) * rng.uniform(9, 28) / speed)
        elif status == 429:
            lat = rng.randint(8, 60)
        else:
            lat = rng.randint(30, 3000)
        self.nid += 1
        self.inter.append({
            'id': 'req_' + hx(f'{self.seed}-{self.nid}', 20), 'ts': self.iso(t), 'account_id': aid, 'api_key_id': key,
            'ip': ip, 'user_agent': cl['ua'], 'tls_ja4': cl['ja4'], 'endpoint': EP[cl['ep']], 'model': model,
            'conversation_id': conv, 'turn': turn, 'system': system, 'prompt': prompt, 'tool_names': tools,
            'response': response, 'input_tokens': max(1, inp), 'output_tokens': out, 'reasoning_tokens': reas,
            'max_tokens': max_tokens, 'temperature': temp, 'stream': stream, 'status': status, 'latency_ms': lat})
        return True

    # ---- time models
    def human_time(self, tz, day=None, peak=(9, 23), weekend=0.6):
        rng = self.rng
        for _ in range(20):
            d = day if day is not None else rng.randrange(self.days)
            date = self.start + timedelta(days=d)
            if date.weekday() >= 5 and rng.random() > weekend:
                continue
            h = rng.choice([rng.uniform(*peak), rng.uniform(*peak), rng.gauss((peak[0] + peak[1]) / 2, 3)])
            h = min(23.99, max(0, h))
            t = date + timedelta(hours=h - tz)
            if self.start <= t < self.end:
                return t
        return self.start + timedelta(seconds=rng.uniform(0, self.days * 86400))

    def uniform_time(self, a=0, b=None):
        b = self.days if b is None else b
        return self.start + timedelta(days=self.rng.uniform(a, b))

# ----------------------------------------------------------------- helpers
FREE_MAIL = ['gmail.com'] * 10 + ['outlook.com'] * 4 + ['yahoo.com'] * 2 + ['hotmail.com'] * 2 + ['icloud.com'] * 3 + ['proton.me'] * 2 + ['gmx.de', 'web.de', 'qq.com', '163.com', 'naver.com', 'yandex.ru', 'mail.ru', 'fastmail.com', 'hey.com', 'pm.me']
COUNTRIES = {'res_us': ('US', [-5, -6, -7, -8]), 'res_eu': ('DE', [1, 2]), 'res_in': ('IN', [5.5]), 'res_ca': ('CA', [-5, -8]),
             'res_au': ('AU', [10, 11]), 'res_br': ('BR', [-3]), 'res_kr': ('KR', [9]), 'res_sg': ('SG', [8])}
RES_W = [('res_us', 40), ('res_eu', 20), ('res_in', 10), ('res_ca', 7), ('res_au', 5), ('res_br', 6), ('res_kr', 5), ('res_sg', 4)]

def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs); x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]

def out_tok(rng, kind):
    if kind in ('code', 'conv'):
        return max(8, int(rng.choice(C['tr_' + kind])[1] * rng.uniform(0.8, 1.6)))
    lo, hi = {'cot': (250, 1400), 'long': (900, 3800), 'bulk': (1500, 5000), 'judge': (60, 420), 'short': (10, 120),
              'agent': (40, 700), 'story': (400, 1800)}[kind]
    return int(rng.lognormvariate(math.log((lo * hi) ** 0.5), 0.45))

def status_of(rng, p429=0.012, p400=0.006, p500=0.003):
    x = rng.random()
    if x < p429: return 429
    if x < p429 + p400: return 400
    if x < p429 + p400 + p500: return rng.choice([500, 529, 503])
    return 200

def card(rng):
    return 'pm_' + '%024x' % rng.getrandbits(96)

def trunc(s, n=1800):
    return s if len(s) <= n else s[:n]

def resp_from(rng, text, p=0.7):
    return trunc(text, 1200) if text and rng.random() < p else None

FOLLOWUPS_HUMAN = ['thanks! can you make it shorter?', 'hmm that doesnt look right, can you double check?', 'ok and what about the edge cases',
                   'can you explain the second part again', 'perfect', 'Can you give me an example?', 'what would you recommend instead?',
                   'make it more formal pls', 'now translate that to spanish', 'why?', 'Could you put that in a table?', 'ok go on',
                   'that errors out with a TypeError', 'can you add comments', 'and in typescript?', 'shorter please, 3 bullets max']

TOOLSETS = [['read_file', 'write_file', 'run_shell', 'search_code'], ['bash', 'str_replace_editor', 'view_file'],
            ['get_weather', 'search_web'], ['sql_query', 'list_tables', 'describe_table'], ['browser_open', 'browser_click', 'browser_read'],
            ['create_ticket', 'lookup_customer', 'refund_order', 'send_email'], ['python', 'web_search'], ['read', 'edit', 'glob', 'grep', 'bash', 'todo_write']]

def compose(rng, *slots):
    """each slot is a list of alternatives or a string; '' allowed; joins non-empty parts"""
    parts = []
    for s in slots:
        v = rng.choice(s) if isinstance(s, list) else s
        if v:
            parts.append(v)
    return parts

# ================================================================= ORGANIC PERSONAS
def org_casual(w, n, persona='casual', net=None):
    rng = w.rng
    for _ in range(n):
        nc = net or wchoice(rng, RES_W + [('mobile', 15)])
        country, tzs = COUNTRIES.get(nc, ('US', [-5, -8]))
        tz = rng.choice(tzs)
        created = w.start - timedelta(days=rng.expovariate(1 / 120)) if rng.random() < 0.75 else w.uniform_time(0, w.days - 1)
        ip_home = rand_ip(rng, nc)
        aid = w.account('organic', persona, created, rng.choice(FREE_MAIL), card(rng) if rng.random() < 0.5 else None,
                        ip_home, country, tier='free' if rng.random() < 0.6 else 'build')
        key = w.hid('key_', 12)
        cl = pick_client(rng, rng.choice(['chrome_win', 'chrome_mac', 'safari_mac', 'ios_app', 'android_okhttp', 'firefox', 'edge', 'ios_app']))
        nreq = min(40, int(rng.paretovariate(1.6) * 2.5))
        done = 0
        while done < nreq:
            t = w.human_time(tz)
            if created > t:
                t = created + timedelta(minutes=rng.uniform(2, 600))
            ip = ip_home if rng.random() < 0.8 else rand_ip(rng, 'mobile' if nc != 'vpn' else 'vpn')
            src = rng.random()
            if src < 0.35:
                turns = rng.choice(C['hh'])
            elif src < 0.55:
                turns = [rng.choice(C['koala'])]
            elif src < 0.7:
                turns = [rng.choice(C['vicuna'])]
            elif src < 0.82:
                turns = list(rng.choice(C['mt']))
            elif src < 0.9:
                turns = [rng.choice(C['useror'])[1]]
            else:
                turns = [rng.choice(C['arena_other'])]
            if rng.random() < 0.25:
                turns = turns + rng.sample(FOLLOWUPS_HUMAN, rng.randint(1, 2))
            conv = w.hid('conv_', 12)
            ctx = 0
            model = rng.choice(['nova-2-mini', 'nova-2-mini', 'nova-2-pro'])
            for i, p in enumerate(turns):
                o = out_tok(rng, 'conv')
                w.emit(aid, key, t, ip, cl, p, conv=conv, turn=i + 1, model=model, out=o, max_tokens=rng.choice([None, 4096, 8192]),
                       temp=rng.choice([None, 1.0, 0.7]), stream=True, status=status_of(rng), ctx_tokens=ctx)
                ctx += int(len(p) / 3.7) + o
                t += timedelta(seconds=rng.uniform(20, 400))
                done += 1

def org_enterprise(w, name, n_acc, per_acc, net, stack, sysprompt, content, country='US', tz=-5, hours24=False):
    rng = w.rng
    org = 'org_' + hx(name + str(w.seed), 10)
    created0 = w.start - timedelta(days=rng.uniform(20, 300))
    cardf = card(rng)
    egress = rand_block(rng, net)[:rng.randint(2, 6)]
    dom = name.lower().replace(' ', '') + rng.choice(['.com', '.io', '.co', '.de'])
    cl = pick_client(rng, stack)
    for i in range(n_acc):
        created = created0 + timedelta(seconds=rng.uniform(0, 600))
        aid = w.account('organic', 'verified-enterprise', created, dom, cardf, egress[0], country, tier='enterprise' if i % 3 else 'scale', verified=True, org=org)
        keys = [w.hid('key_', 12) for _ in range(rng.randint(1, 3))]
        n = max(5, int(rng.gauss(per_acc, per_acc * 0.3)))
        for _ in range(n):
            t = w.uniform_time() if hours24 else w.human_time(tz, peak=(7, 20), weekend=0.2)
            item = content(rng)
            turns = item if isinstance(item, list) else [item]
            conv = w.hid('conv_', 12) if len(turns) > 1 or rng.random() < 0.5 else None
            ctx = 0
            for j, (p, tools, kind) in enumerate(turns):
                o = out_tok(rng, kind)
                w.emit(aid, rng.choice(keys), t, rng.choice(egress), cl, p, system=sysprompt, conv=conv, turn=(j + 1) if conv else None,
                       tools=tools, model='nova-2-pro' if kind != 'short' else 'nova-2-mini', out=o, max_tokens=2048, temp=0.2,
                       stream=rng.random() < 0.6, status=status_of(rng, 0.02), ctx_tokens=ctx)
                ctx += o + int(len(p) / 3.7)
                t += timedelta(seconds=rng.uniform(3, 40))

def org_campus(w, n, uni_name, tz=-5):
    rng = w.rng
    nat = rand_block(rng, 'uni')[:rng.randint(2, 4)]
    dom = uni_name
    for _ in range(n):
        created = w.start - timedelta(days=rng.uniform(0, 200)) if rng.random() < 0.8 else w.uniform_time(0, w.days)
        aid = w.account('organic', 'campus-nat', created, rng.choice([dom, dom, dom, 'gmail.com']), None if rng.random() < 0.7 else card(rng),
                        rng.choice(nat), 'US', tier='free')
        key = w.hid('key_', 12)
        cl = pick_client(rng, rng.choice(['chrome_win', 'chrome_mac', 'safari_mac', 'firefox', 'edge', 'ios_app', 'android_okhttp', 'httpx']))
        for _ in range(min(30, int(rng.paretovariate(1.5) * 3))):
            t = w.human_time(tz, peak=(10, 26 - 2))
            r = rng.random()
            if r < 0.25:
                p = rng.choice(C['gsm_tr'])[0]; kind = 'cot'
                p = rng.choice(['', 'help me with this: ', 'how do i solve ', 'explain: ']) + p
            elif r < 0.45:
                p = rng.choice(C['arena']); kind = 'code'
            elif r < 0.6:
                p = rng.choice(C['gcode'])[0]; kind = 'code'
            else:
                p = rng.choice([rng.choice(C['koala']), rng.choice(C['vicuna']), rng.choice(C['hh'])[0], rng.choice(C['useror'])[1]]); kind = 'conv'
            on_campus = rng.random() < 0.8
            w.emit(aid, key, t, rng.choice(nat) if on_campus else rand_ip(rng, 'res_us'), cl, p, conv=w.hid('conv_', 12), turn=1,
                   model='nova-2-mini', out=out_tok(rng, kind), max_tokens=None, temp=None, stream=True, status=status_of(rng))

CLASS_WRAPS = [
    ("You are a patient maths tutor for {course}. Never just give the final answer: ask guiding questions and show each step.", "Homework {hw}, problem {k}: {q}"),
    ("You are TA-bot for {course}. Show your work in numbered steps and box the final answer.", "{q}\n\n(this is problem {k} from problem set {hw}, please explain step by step)"),
    ("Assistant for {course}. Students are 12-14 years old. Use simple language, explain every step.", "Q{k}. {q}"),
]

def org_classroom(w, n_students, course, uni_net='uni', tz=-5):
    rng = w.rng
    sysw, uw = rng.choice(CLASS_WRAPS)
    system = sysw.format(course=course)
    teacher_dom = rng.choice(['school.edu', 'k12.ca.us', 'district.org', 'academy.ac.uk'])
    nat = rand_block(rng, uni_net)[:2]
    # 3-4 assignments, each with 8 problems and a deadline
    hws = []
    for h in range(rng.randint(3, 4)):
        dl = rng.uniform(2, w.days - 0.5)
        hws.append((h + 1, rng.sample(C['gsm_tr'], 8), dl))
    created_day = w.start - timedelta(days=rng.uniform(5, 40))
    for s in range(n_students):
        created = created_day + timedelta(minutes=rng.uniform(0, 90))
        aid = w.account('organic', 'classroom', created, rng.choice([teacher_dom, 'gmail.com', teacher_dom]), None, rng.choice(nat), 'US', tier='free')
        key = w.hid('key_', 12)
        cl = pick_client(rng, rng.choice(['chrome_win', 'chrome_mac', 'safari_mac', 'ios_app', 'android_okhttp', 'edge']))
        for hw, probs, dl in hws:
            if rng.random() < 0.15:
                continue
            k_list = sorted(rng.sample(range(8), rng.randint(2, 7)))
            # most students work in the 30h before the deadline
            t0 = w.start + timedelta(days=dl) - timedelta(hours=rng.choice([rng.uniform(0.2, 8), rng.uniform(0.2, 30), rng.uniform(20, 70)]))
            conv = w.hid('conv_', 12)
            turn = 0
            for k in k_list:
                q = probs[k][0]
                turn += 1
                ip = rng.choice(nat) if rng.random() < 0.5 else rand_ip(rng, 'res_us')
                w.emit(aid, key, t0, ip, cl, uw.format(hw=hw, k=k + 1, q=q), system=system, conv=conv, turn=turn, model='nova-2-mini',
                       out=out_tok(rng, 'cot'), max_tokens=1500, temp=0.3, stream=True, status=status_of(rng), ctx_tokens=turn * 300)
                t0 += timedelta(minutes=rng.uniform(2, 25))
                if rng.random() < 0.3:
                    turn += 1
                    w.emit(aid, key, t0, ip, cl, rng.choice(['i dont get step 2', 'why do we divide there?', 'is the answer ' + str(rng.randint(2, 300)) + '?', 'can u check my answer: ' + str(rng.randint(2, 500)), 'ok thx']),
                           system=system, conv=conv, turn=turn, model='nova-2-mini', out=out_tok(rng, 'conv'), max_tokens=1500, temp=0.3, stream=True, ctx_tokens=turn * 350)
                    t0 += timedelta(minutes=rng.uniform(1, 10))

def org_eval(w, lab, n_acc, per_acc, net, stack, bench_mix, temp=0.0):
    rng = w.rng
    org = 'org_' + hx(lab + str(w.seed), 10)
    cardf = card(rng)
    ips = rand_block(rng, net)[:rng.randint(3, 10)]
    cl = pick_client(rng, stack)
    created0 = w.start - timedelta(days=rng.uniform(30, 400))
    sysp = rng.choice([None, 'You are a helpful assistant.', "Solve the problem. End your answer with 'The answer is N'.", None])
    fmt = rng.choice(['{q}', 'Question: {q}\nAnswer:', '{q}\nLet\'s think step by step.', 'Q: {q}\nA:'])
    shots = ''
    if rng.random() < 0.5:
        ex = rng.sample(C['gsm_tr'], rng.choice([3, 5, 8]))
        shots = ''.join(f'Question: {a}\nAnswer: {b}\n\n' for a, b in ex)
    for i in range(n_acc):
        aid = w.account('organic', 'eval-harness', created0 + timedelta(days=rng.uniform(0, 60)), lab.lower() + '.ai', cardf, ips[0], rng.choice(['US', 'GB', 'FR']),
                        tier='scale', verified=rng.random() < 0.6, org=org if rng.random() < 0.8 else None)
        key = w.hid('key_', 12)
        n = int(rng.gauss(per_acc, per_acc * 0.2))
        # runs: contiguous sweeps over a benchmark, round the clock
        done = 0
        while done < n:
            bench = wchoice(rng, bench_mix)
            t = w.uniform_time(0, w.days)
            items = {'gsm_te': C['gsm_te'], 'he': C['he'], 'arena': C['arena'], 'mt': C['mt']}[bench]
            start_i = rng.randrange(len(items))
            run_len = rng.randint(40, 160)
            model = rng.choice(w.models)
            conc = rng.uniform(0.3, 4)
            for j in range(run_len):
                it = items[(start_i + j) % len(items)]
                if bench == 'gsm_te':
                    p = shots + fmt.format(q=it[0]); resp = it[1]; kind = 'cot'
                elif bench == 'he':
                    p = rng.choice(['Complete the following Python function:\n\n```python\n{p}```', '{p}', 'Complete the function. Return only code.\n{p}']).format(p=it[1]) if j == 0 or True else ''
                    resp = it[2]; kind = 'code'
                elif bench == 'arena':
                    p = it; resp = None; kind = 'long'
                else:
                    p = it[0]; resp = None; kind = 'long'
                reas = int(rng.uniform(500, 6000)) if model == 'nova-2-reason' else None
                w.emit(aid, key, t, rng.choice(ips), cl, p, system=sysp, model=model, out=out_tok(rng, kind), reas=reas, max_tokens=rng.choice([2048, 4096]),
                       temp=temp, stream=False, status=status_of(rng, 0.05), response=resp_from(rng, resp, 0.3), speed=1.3)
                t += timedelta(seconds=rng.expovariate(conc))
                done += 1
                if done >= n:
                    break

def org_dev(w, n, persona, heavy=False):
    rng = w.rng
    for _ in range(n):
        nc = wchoice(rng, RES_W + [('enterprise_isp', 15), ('aws', 5), ('gcp', 3)])
        country, tzs = COUNTRIES.get(nc, ('US', [-5, -8]))
        tz = rng.choice(tzs)
        stack = wchoice(rng, [('cli_agent', 25), ('openai_py', 15), ('anthropic_py', 12), ('openai_node', 8), ('anthropic_ts', 6), ('curl_linux', 5),
                              ('curl_win', 4), ('zscaler_chrome', 5), ('bluecoat_sdk', 3), ('go_http', 3), ('java_sdk', 3), ('dotnet', 2), ('ruby', 2),
                              ('rust_reqwest', 2), ('chrome_mac', 6), ('langchain', 4), ('litellm', 3), ('android_okhttp', 1)])
        cl = pick_client(rng, stack)
        ip_home = rand_ip(rng, nc)
        org = None
        dom = rng.choice(FREE_MAIL + ['acme-robotics.com', 'finlytics.io', 'kerneltrap.dev', 'orbital.systems', 'peppermint.app', 'tessellate.ai'])
        aid = w.account('organic', persona, w.start - timedelta(days=rng.uniform(1, 500)), dom, card(rng), ip_home, country,
                        tier=rng.choice(['build', 'build', 'scale']), verified=rng.random() < 0.2)
        keys = [w.hid('key_', 12) for _ in range(rng.randint(1, 4))]
        nreq = int(rng.lognormvariate(math.log(55 if heavy else 18), 0.6))
        done = 0
        sysp = rng.choice([None, None, 'You are an expert software engineer. Be concise.', 'You are a coding agent operating in a git repository. Use the tools to inspect and modify files.',
                           'Answer as a senior ' + rng.choice(['Python', 'Rust', 'Go', 'TypeScript', 'data']) + ' engineer.'])
        tools = rng.choice(TOOLSETS) if stack == 'cli_agent' or rng.random() < 0.25 else None
        while done < nreq:
            t = w.human_time(tz, peak=(8, 25) if heavy else (9, 20), weekend=0.5)
            L = rng.choice([1, 1, 2, 3, 5, 8, 12, 20]) if tools else rng.choice([1, 1, 2, 3, 4])
            conv = w.hid('conv_', 12)
            ctx = 0
            first = rng.choice([rng.choice(C['arena_code']), rng.choice(C['gcode'])[0] + '\n' + rng.choice(C['gcode'])[1],
                                rng.choice(C['he'])[1], rng.choice(C['koala']), rng.choice(C['arena_other'])])
            for j in range(L):
                if j == 0:
                    p = first
                elif tools:
                    p = rng.choice(['tool_result: ' + rng.choice(['ok', 'exit code 1', '3 files changed', 'FAILED tests/test_api.py::test_auth - AssertionError', '{"rows": 12}']),
                                    'continue', 'run the tests again', 'now fix the lint errors', 'great, commit it', 'that broke the build; revert the last edit'])
                else:
                    p = rng.choice(FOLLOWUPS_HUMAN)
                o = out_tok(rng, 'agent' if tools and j else 'code')
                w.emit(aid, rng.choice(keys), t, ip_home if rng.random() < 0.9 else rand_ip(rng, 'mobile'), cl, p, system=sysp, conv=conv, turn=j + 1, tools=tools,
                       model=rng.choice(['nova-2-pro', 'nova-2-pro', 'nova-2-reason', 'nova-2-pro-long']), out=o, max_tokens=rng.choice([4096, 8192, 16000, None]),
                       temp=rng.choice([None, 0, 0.2, 1]), stream=rng.random() < 0.8, status=status_of(rng, 0.02), ctx_tokens=ctx,
                       reas=rng.randint(200, 4000) if rng.random() < 0.2 else None)
                ctx += o + int(len(p) / 3.7) + (rng.randint(100, 3000) if tools else 0)
                t += timedelta(seconds=rng.uniform(4, 90) if tools else rng.uniform(30, 600))
                done += 1

RESEARCH_WR = ['Walk me through the reasoning, step by step, for: {q}', '{q}\n\nI want to see the full chain of reasoning, not just the result.',
               'For a paper on failure modes of reasoning: {q} Show each step.', 'Solve and explain each step carefully.\n{q}', '{q}']

def org_researcher(w, n):
    rng = w.rng
    for _ in range(n):
        nc = rng.choice(['uni', 'uni', 'res_us', 'res_eu', 'res_kr'])
        country, tzs = COUNTRIES.get(nc, ('US', [-5]))
        tz = rng.choice(tzs)
        ip = rand_ip(rng, nc)
        cl = pick_client(rng, rng.choice(['openai_py', 'anthropic_py', 'httpx', 'chrome_mac', 'firefox', 'py_requests']))
        aid = w.account('organic', 'researcher', w.start - timedelta(days=rng.uniform(10, 600)), rng.choice(['mit.edu', 'cs.stanford.edu', 'ox.ac.uk', 'ethz.ch', 'kaist.ac.kr', 'gmail.com', 'cmu.edu']),
                        card(rng), ip, country, tier='build', verified=rng.random() < 0.3)
        key = w.hid('key_', 12)
        wr = rng.choice(RESEARCH_WR)
        for _ in range(int(rng.lognormvariate(math.log(22), 0.6))):
            t = w.human_time(tz, peak=(9, 24))
            src = rng.random()
            if src < 0.5:
                q, a = rng.choice(C['gsm_te'] + C['gsm_tr'][:500]); p = wr.format(q=q); kind = 'cot'
            elif src < 0.7:
                p = rng.choice(C['arena']); kind = 'long'; a = None
            else:
                p = rng.choice(C['mt'])[0]; kind = 'long'; a = None
            model = rng.choice(['nova-2-reason', 'nova-2-pro'])
            conv = w.hid('conv_', 12)
            w.emit(aid, key, t, ip, cl, p, conv=conv, turn=1, model=model, out=out_tok(rng, kind), reas=rng.randint(800, 9000) if model == 'nova-2-reason' else None,
                   max_tokens=rng.choice([8192, 16000, 32000]), temp=rng.choice([0, 0.7, 1]), stream=False, status=status_of(rng))
            if rng.random() < 0.3:
                t += timedelta(minutes=rng.uniform(1, 15))
                w.emit(aid, key, t, ip, cl, rng.choice(['Where exactly could this go wrong?', 'Redo it but verify each intermediate result.', 'Is there a shorter argument?']),
                       conv=conv, turn=2, model=model, out=out_tok(rng, 'cot'), max_tokens=16000, temp=0.7, stream=False, ctx_tokens=1500)

HOBBY_WR = ['Generate {n} diverse instruction-response pairs about {topic} as JSONL with keys instruction, input, output.',
            'I am building a small fine-tuning dataset for my {topic} bot. Write {n} example user questions with ideal answers.',
            'Give me {n} varied prompts someone might ask about {topic}, then answer each one.',
            "Here's an example task: {seed}\nWrite {n} more tasks like it, but on {topic}."]
HOBBY_TOPICS = ['home gardening', 'sourdough baking', 'D&D campaign prep', 'personal finance', 'bird watching', 'retro game emulation', 'beekeeping',
                'marathon training', 'vintage watches', 'aquarium keeping', 'chess openings', 'film photography', 'my company HR policy', 'kubernetes troubleshooting']

def org_hobbyist(w, n):
    rng = w.rng
    for _ in range(n):
        nc = wchoice(rng, RES_W)
        country, tzs = COUNTRIES[nc]
        tz = rng.choice(tzs)
        ip = rand_ip(rng, nc)
        cl = pick_client(rng, rng.choice(['openai_py', 'httpx', 'py_requests', 'aiohttp', 'openai_node', 'litellm', 'langchain']))
        aid = w.account('organic', 'data-hobbyist', w.start - timedelta(days=rng.uniform(3, 300)), rng.choice(FREE_MAIL), card(rng), ip, country, tier='build')
        key = w.hid('key_', 12)
        topics = rng.sample(HOBBY_TOPICS, 2)
        wr = rng.choice(HOBBY_WR)
        # one or two scripted batches across the period
        for b in range(rng.randint(1, 3)):
            t = w.human_time(tz, peak=(18, 24))
            for _ in range(rng.randint(5, 25)):
                p = wr.format(n=rng.choice([10, 20, 25, 50]), topic=rng.choice(topics), seed=rng.choice(C['seeds'])[0])
                w.emit(aid, key, t, ip, cl, p, model=rng.choice(['nova-2-mini', 'nova-2-pro']), out=out_tok(rng, 'bulk'), max_tokens=8192, temp=rng.choice([0.9, 1.0, 1.1]),
                       stream=False, status=status_of(rng, 0.04))
                t += timedelta(seconds=rng.uniform(15, 120))

def org_writer(w, n):
    rng = w.rng
    for _ in range(n):
        nc = wchoice(rng, RES_W)
        country, tzs = COUNTRIES[nc]
        tz = rng.choice(tzs)
        ip = rand_ip(rng, nc)
        cl = pick_client(rng, rng.choice(['chrome_mac', 'safari_mac', 'firefox', 'chrome_win', 'ios_app']))
        aid = w.account('organic', 'writer', w.start - timedelta(days=rng.uniform(3, 400)), rng.choice(FREE_MAIL), card(rng), ip, country, tier='build')
        key = w.hid('key_', 12)
        sysp = rng.choice([None, 'You are my writing partner for a fantasy novel. Keep continuity with previous chapters.', 'Help me edit prose. Preserve my voice.'])
        for _ in range(rng.randint(1, 5)):
            t = w.human_time(tz, peak=(6, 23))
            conv = w.hid('conv_', 12)
            first = rng.choice([rng.choice(C['grole'])[0], rng.choice(C['mt'])[0], rng.choice(C['koala'])])
            for j in range(rng.randint(2, 12)):
                p = first if j == 0 else rng.choice(['continue', 'more dialogue here', 'make the villain more menacing', 'rewrite the last paragraph in first person',
                                                     'tone it down a bit', 'next chapter', 'give me three alternative endings', 'what if she never opened the letter?'])
                w.emit(aid, key, t, ip, cl, p, system=sysp, conv=conv, turn=j + 1, model='nova-2-pro', out=out_tok(rng, 'story'), max_tokens=4096, temp=1.0,
                       stream=True, status=status_of(rng), ctx_tokens=j * 900)
                t += timedelta(minutes=rng.uniform(1, 12))

def org_hackathon(w, n, event):
    rng = w.rng
    day = rng.randint(2, w.days - 3)
    venue = rand_block(rng, rng.choice(['enterprise_isp', 'uni']))[:3]
    challenge = rng.choice(['Build an agent that books meeting rooms from Slack messages.', 'Summarise city council minutes into action items.',
                            'Create a tutor that explains SQL queries to beginners.'])
    t_start = w.start + timedelta(days=day, hours=14)
    for _ in range(n):
        created = t_start - timedelta(minutes=rng.uniform(-30, 60))
        aid = w.account('organic', 'hackathon', created, rng.choice(FREE_MAIL + ['devpost-mail.com']), None, rng.choice(venue), 'US', tier='free')
        key = w.hid('key_', 12)
        cl = pick_client(rng, rng.choice(['openai_py', 'openai_node', 'anthropic_ts', 'anthropic_py', 'curl_linux', 'chrome_mac']))
        tools = rng.choice(TOOLSETS) if rng.random() < 0.5 else None
        sysp = 'Hackathon project: ' + challenge
        for _ in range(rng.randint(4, 25)):
            t = t_start + timedelta(hours=rng.uniform(0, 30))
            p = rng.choice(['test', 'hello', rng.choice(C['koala']), rng.choice(C['gcode'])[0], rng.choice(C['gtool'])[1] or 'list rooms free at 3pm',
                            'Book room 4B for tomorrow 10am with the design team', 'Summarize: ' + rng.choice(C['hh'])[0]])
            w.emit(aid, key, t, rng.choice(venue), cl, p, system=sysp, tools=tools, model='nova-2-mini', out=out_tok(rng, 'agent'), max_tokens=1024,
                   temp=0.5, stream=False, status=status_of(rng, 0.06, 0.03))

def org_startup(w, name, n):
    rng = w.rng
    org = 'org_' + hx(name + str(w.seed), 10)
    cardf = card(rng)
    office = rand_block(rng, rng.choice(['res_eu', 'enterprise_isp', 'res_us']))[:2]
    dom = name + '.io'
    cl = pick_client(rng, rng.choice(['anthropic_ts', 'openai_py', 'go_http']))
    sysp = f'You are the assistant inside {name}, a tool for drafting legal contracts. Cite the clause you changed.'
    c0 = w.start - timedelta(days=rng.uniform(5, 90))
    for i in range(n):
        aid = w.account('organic', 'startup-team', c0 + timedelta(hours=rng.uniform(0, 200)), dom, cardf, office[0], 'DE', tier='build', verified=False, org=org)
        key = w.hid('key_', 12)
        dev_cl = pick_client(rng, rng.choice(['cli_agent', 'chrome_mac', 'curl_linux']))
        for _ in range(rng.randint(20, 60)):
            t = w.human_time(1, peak=(8, 19), weekend=0.1)
            if rng.random() < 0.7:
                p = rng.choice(['Draft an NDA clause about ', 'Rewrite this indemnity clause for a SaaS vendor: ', 'Check this termination clause for ambiguity: ']) + rng.choice(C['koala'])[:200]
                w.emit(aid, key, t, rng.choice(office), cl, p, system=sysp, model='nova-2-pro', out=out_tok(rng, 'long'), max_tokens=4096, temp=0.3, stream=True)
            else:
                p = rng.choice(C['arena_code'])
                w.emit(aid, key, t, rng.choice(office), dev_cl, p, model='nova-2-pro', out=out_tok(rng, 'code'), max_tokens=8192, stream=True, tools=rng.choice([None, TOOLSETS[0]]))

ENT_APPS = [
    ('Lumen Support', 'You are Lumie, the customer support assistant for Lumen Home Internet. Only answer questions about billing, outages and equipment. Escalate refunds.',
     lambda rng: [(rng.choice(['My router keeps blinking orange, ', 'I was charged twice this month, ', 'When will the outage in my area end? ', 'How do I change my wifi password? ']) +
                   rng.choice(['order #' + str(rng.randint(10000, 99999)), 'account ' + str(rng.randint(1000000, 9999999)), '', 'please help']), ['lookup_customer', 'create_ticket', 'refund_order'], 'agent')]
                 + ([(rng.choice(['ok thanks', 'that did not work', 'can I speak to a human?', 'yes please']), ['lookup_customer', 'create_ticket', 'refund_order'], 'agent')] if rng.random() < 0.5 else [])),
    ('Quillmate', 'You are a writing assistant embedded in Quillmate docs. Rewrite the selected text according to the instruction. Return only the rewritten text.',
     lambda rng: (lambda t: [(t[1] if t[0] else t[1], None, 'conv')])(rng.choice(C['useror']))),
    ('Stackwise', 'You are Stackwise code review bot. Review the diff, list bugs and security issues, suggest fixes. Output markdown.',
     lambda rng: [('Review this change:\n```\n' + rng.choice(C['gcode'])[2][:900] + '\n```', None, 'code')]),
    ('MedDocs', 'Summarise the clinical note for a discharge letter. Never invent medication names. Use plain English.',
     lambda rng: [('Note: ' + ' '.join(rng.choice(C['hh'])[:2])[:700], None, 'conv')]),
    ('Tutorly', 'You are Tutorly, an AI study buddy. Explain concepts step by step at high school level and check the student understood.',
     lambda rng: [(rng.choice(C['gsm_tr'])[0], None, 'cot'), (rng.choice(['got it', 'why?', 'can you show another way']), None, 'conv')]),
]

# ================================================================= ATTACK OPERATIONS
def cover_prompt(rng):
    r = rng.random()
    if r < 0.3: return rng.choice(C['hh'])[0], 'conv'
    if r < 0.55: return rng.choice(C['koala']), 'conv'
    if r < 0.7: return rng.choice(C['vicuna']), 'conv'
    if r < 0.85: return rng.choice(C['useror'])[1], 'conv'
    return rng.choice(C['arena_other']), 'long'

def g_sloppy_cot(rng, q):
    lead = ['', 'Problem:', 'Task:', 'QUESTION:', '### Problem', 'Solve the following.']
    how = ['Think step by step and show every intermediate calculation.', 'Reason through this carefully, one step per line.',
           'Give a detailed chain of thought before the final answer.', 'Explain your full reasoning process in detail, then state the answer.',
           'Write out all reasoning steps explicitly; do not skip any.', 'Let us reason it out step by step.']
    fmt = ['End with "Final answer: <number>".', 'Put the final answer after ####.', 'Format: <reasoning>...</reasoning><answer>...</answer>',
           'Wrap the final result in \\boxed{}.', '']
    order = rng.random()
    a, b, c = rng.choice(lead), rng.choice(how), rng.choice(fmt)
    if order < 0.5:
        parts = [a, q, b, c]
    else:
        parts = [b, a, q, c]
    return '\n'.join(x for x in parts if x)

def op_sloppy(w, camp, n_acc, per_acc, stack, pool, gram, model='nova-2-reason', persona='fleet'):
    rng = w.rng
    cards = [card(rng) for _ in range(rng.randint(3, 6))]
    doms = rng.sample(['inboxkitten.com', 'mailpoof.net', 'tmpbox.io', 'gmai1.com', 'outlook-mail.net', 'protonmaii.com', 'fastmai1.co', 'mailnesia.org', 'yopmail.net', 'hotmai1.de'], 4)
    blocks = [rand_block(rng, 'dc')[:rng.randint(8, 40)] for _ in range(rng.randint(2, 4))] + [rand_block(rng, 'vpn')[:20] for _ in range(2)]
    ips = [ip for b in blocks for ip in b]
    cl0 = pick_client(rng, stack)
    bursts = [w.start + timedelta(days=rng.uniform(-4, w.days * 0.6)) for _ in range(rng.randint(3, 5))]
    sysp = rng.choice([None, 'You are a helpful assistant.', 'You are an expert tutor who always shows complete reasoning.'])
    for i in range(n_acc):
        created = rng.choice(bursts) + timedelta(minutes=rng.uniform(0, 45))
        sip = rng.choice(ips)
        aid = w.account('attack', persona, created, rng.choice(doms), rng.choice(cards), sip, rng.choice(['US', 'US', 'SG', 'NL', 'HK']), tier=rng.choice(['free', 'build']),
                        campaign=camp)
        key = w.hid('key_', 12)
        cl = dict(cl0); cl['ua'] = rng.choice(STACKS[stack][1])
        n = max(6, int(rng.gauss(per_acc, per_acc * 0.35)))
        t = max(created + timedelta(minutes=rng.uniform(3, 120)), w.start + timedelta(hours=rng.uniform(0, 24)))
        gap = rng.uniform(15, 90)
        ip = rng.choice(ips)
        for j in range(n):
            q, a = pool(rng)
            if rng.random() < 0.2:
                ip = rng.choice(ips)
            w.emit(aid, key, t, ip, cl, gram(rng, q), system=sysp, model=model, out=out_tok(rng, 'cot'), reas=rng.randint(600, 5000) if model == 'nova-2-reason' else None,
                   max_tokens=4096, temp=0.7, stream=False, status=status_of(rng, 0.07, 0.01), response=resp_from(rng, a, 0.5))
            t += timedelta(seconds=gap * rng.uniform(0.9, 1.1))
            if rng.random() < 0.08:
                t += timedelta(hours=rng.uniform(2, 30))

CAREFUL_OPEN = ['', '', 'hey, ', 'Quick question - ', 'Working through some practice problems. ', 'Could you help with this? ', 'I got stuck on this one: ',
                'My kid brought this home, ', 'Studying for an interview. ', 'ok so ']
CAREFUL_ASK_MATH = ['{q}', '{q} How would you approach it?', '{q}\nI keep getting a different number than the book.', 'Can you solve: {q}',
                    '{q} (please explain so I can follow)', 'How do you work this out? {q}']
CAREFUL_ASK_CODE = ['{q}', 'How would you implement this?\n{q}', '{q}\nCould you also mention the complexity?', 'I need this for a project: {q}',
                    'Trying to write this myself but failing:\n{q}', 'What is a clean way to do this?\n{q}']
CAREFUL_FU = ['Why does the second step work?', 'Could you do it another way to double check?', 'What would change if the numbers were doubled?',
              'Can you explain the reasoning behind that more carefully?', 'Where would a student most likely make a mistake here?',
              'Can you add tests for it?', 'What about edge cases like empty input?', 'Could you make it faster?', 'Is there a more general version of this?',
              'walk me through how you knew to do that', 'hmm, explain the intuition?', 'ok. and if you had to prove it is correct?']

def op_careful(w, camp, n_acc, per_acc, queue, persona='aged-residential'):
    """queue: list of (text, answer, kind) drawn without replacement across the whole operation"""
    rng = w.rng
    qi = 0
    for i in range(n_acc):
        nc = wchoice(rng, RES_W)
        country, tzs = COUNTRIES[nc]
        tz = rng.choice(tzs)
        homes = [rand_ip(rng, nc) for _ in range(rng.randint(1, 3))]
        created = w.start - timedelta(days=rng.uniform(60, 420))
        aid = w.account('attack', persona, created, rng.choice(FREE_MAIL), card(rng), rand_ip(rng, nc), country, tier=rng.choice(['build', 'build', 'free']), campaign=camp)
        key = w.hid('key_', 12)
        stack = rng.choice(['impersonate', 'chrome_win', 'chrome_mac', 'safari_mac', 'firefox', 'edge', 'openai_py', 'anthropic_py', 'ios_app'])
        cl = pick_client(rng, stack)
        n = max(10, int(rng.gauss(per_acc, per_acc * 0.3)))
        done = 0
        model = rng.choice(['nova-2-pro', 'nova-2-reason'])
        while done < n:
            t = w.human_time(tz, peak=(8, 23), weekend=0.8)
            if rng.random() < 0.07:
                p, kind = cover_prompt(rng)
                w.emit(aid, key, t, rng.choice(homes), cl, p, conv=w.hid('conv_', 12), turn=1, model='nova-2-mini', out=out_tok(rng, kind),
                       max_tokens=None, stream=True, status=status_of(rng))
                done += 1
                continue
            if qi >= len(queue):
                qi = 0
            q, a, kind = queue[qi]; qi += 1
            tmpl = CAREFUL_ASK_CODE if kind == 'code' else CAREFUL_ASK_MATH
            p = rng.choice(CAREFUL_OPEN) + rng.choice(tmpl).format(q=q)
            if rng.random() < 0.3:
                p = p.lower() if rng.random() < 0.5 else p.replace('. ', '.  ')
            conv = w.hid('conv_', 12)
            L = rng.choice([1, 2, 2, 3, 3, 4])
            ctx = 0
            ip = rng.choice(homes)
            for j in range(L):
                pp = p if j == 0 else rng.choice(CAREFUL_FU)
                o = out_tok(rng, 'cot' if kind != 'code' else 'code')
                w.emit(aid, key, t, ip, cl, pp, conv=conv, turn=j + 1, model=model, out=o, reas=rng.randint(400, 6000) if model == 'nova-2-reason' else None,
                       max_tokens=rng.choice([None, 8192, 16000]), temp=rng.choice([None, 1.0]), stream=True, status=status_of(rng), ctx_tokens=ctx,
                       response=resp_from(rng, a, 0.4) if j == 0 else None)
                ctx += o + int(len(pp) / 3.7)
                t += timedelta(seconds=rng.uniform(40, 900))
                done += 1

AG_SYS = ['You are an autonomous software agent. Use the provided tools to complete the task, then report what you did.',
          'You are a senior engineer with shell access. Plan first, then act with tools. Think out loud before each tool call.',
          'Agent mode. Solve the user task using tools; explain your reasoning in detail at every step so it can be audited.']
AG_TEMPL_A = ['TASK {n}: {q}\nINPUT: {i}\nReturn the full solution, with reasoning, then the final code.',
              '{q}\n\nContext:\n{i}\n\nExplain the design choices, then implement.',
              'Implement the following. Provide an explanation of each function.\n{q}\n{i}']
AG_TEMPL_B = ['Use tools as needed. Goal: {q} {i}', 'Plan the tool calls required for: {q}\nArguments: {i}\nThen execute and summarise.',
              'You have these tools. {q}\n(input: {i}) Think before each call.']
AG_TEMPL_C = ['{q}\n{i}', 'Please write production-quality code: {q} {i}', 'how would u do this: {q} {i}', 'Write {lang} code for this. {q} {i}']

def op_teams(w, camp, teams, pools):
    rng = w.rng
    for ti, tm in enumerate(teams):
        n_acc, per_acc, stack, netc, cover, templ, toolset, card_n, dom_mode, pace = tm
        cards = [card(rng) for _ in range(card_n)]
        if netc in ('hetzner', 'ovh', 'aws', 'gcp', 'do', 'azure'):
            team_ips = rand_block(rng, netc)[:rng.randint(4, 12)]
        else:
            team_ips = None
        cl0 = pick_client(rng, stack)
        pool = pools[ti % len(pools)]
        sysp = AG_SYS[ti % len(AG_SYS)] if toolset else None
        signup_base = w.start - timedelta(days=rng.uniform(3, 40))
        for i in range(n_acc):
            created = signup_base + timedelta(hours=rng.uniform(0, 24 * rng.choice([1, 6, 20])))
            if dom_mode == 'custom':
                dom = rng.choice(['northwind-labs.com', 'nwl-research.net'])
            else:
                dom = rng.choice(FREE_MAIL)
            ip_for = (lambda: rng.choice(team_ips)) if team_ips else (lambda nc=netc: rand_ip(rng, nc))
            aid = w.account('attack', f'subteam-{chr(97 + ti)}', created, dom, rng.choice(cards), ip_for(), rng.choice(['US', 'GB', 'CA', 'DE']),
                            tier='build', campaign=camp)
            key = w.hid('key_', 12)
            cl = dict(cl0); cl['ua'] = rng.choice(STACKS[stack][1])
            n = max(8, int(rng.gauss(per_acc, per_acc * 0.3)))
            tz = rng.choice([-5, -8, 0, 1, 8])
            t = w.human_time(tz)
            done = 0
            while done < n:
                done += 1
                if pace == 'human':
                    t = w.human_time(tz, peak=(8, 22))
                elif pace == 'batch':
                    t += timedelta(seconds=rng.expovariate(1 / 40))
                    if rng.random() < 0.1:
                        t = w.uniform_time()
                else:
                    t = w.uniform_time()
                if rng.random() < cover:
                    p, kind = cover_prompt(rng)
                    w.emit(aid, key, t, ip_for(), cl, p, model='nova-2-mini', out=out_tok(rng, kind), max_tokens=rng.choice([1024, 2048]),
                           temp=0.7, stream=False, status=status_of(rng))
                    continue
                q, inp, a = rng.choice(pool)
                p = rng.choice(templ).format(n=rng.randint(1, 9999), q=q, i=inp or '(none)', lang=rng.choice(['Python', 'Rust', 'Go', 'TypeScript', 'C++']))
                conv = w.hid('conv_', 12) if toolset else None
                tools = toolset if toolset else None
                L = rng.choice([1, 2, 3, 4]) if toolset else 1
                ctx = 0
                for k in range(L):
                    pp = p if k == 0 else rng.choice(['tool_result: ' + rng.choice(['{"status":"ok"}', 'stdout: 42', 'Traceback (most recent call last): ...', 'file written']),
                                                      'Continue. Explain your reasoning for the next step.', 'Observation received. Proceed.'])
                    o = out_tok(rng, 'code' if k == 0 else 'agent')
                    w.emit(aid, key, t, ip_for(), cl, pp, system=sysp, conv=conv, turn=(k + 1) if conv else None, tools=tools, model=rng.choice(['nova-2-pro', 'nova-2-reason']),
                           out=o, reas=rng.randint(300, 3000) if rng.random() < 0.4 else None, max_tokens=rng.choice([8192, 16000]), temp=rng.choice([0.2, 0.7, 1.0]),
                           stream=rng.random() < 0.3, status=status_of(rng, 0.03), ctx_tokens=ctx, response=resp_from(rng, a, 0.4) if k == 0 else None)
                    ctx += o + 200
                    t += timedelta(seconds=rng.uniform(2, 20))
                    if k:
                        done += 1

JUDGE_SYS = ['You are an impartial evaluator of AI assistant answers.', 'You grade responses for a quality-assurance team. Be strict and consistent.',
             'Act as an expert judge. Score answers against the rubric.', 'You are a meticulous reviewer. Provide critique before the score.']
JUDGE_RUBRIC = ['correctness (0-4), completeness (0-3), clarity (0-3)', 'helpfulness, harmlessness, honesty, each 1-10', 'accuracy 1-5 and reasoning quality 1-5',
                'a single 1-10 overall score', 'PASS/FAIL on each of: factual accuracy, follows instructions, no hallucination']
JUDGE_SHAPE = [
    '[Question]\n{q}\n\n[Response]\n{a}\n\nRate the response on {r}. First write a detailed justification, then output JSON like {{"score": ...}}.',
    'Evaluate this answer.\nRubric: {r}\nPrompt: {q}\nCandidate answer: {a}\nExplain your grading step by step.',
    'Here is a user question and two candidate replies.\nQ: {q}\n(A) {a}\n(B) {b}\nWhich is better according to {r}? Justify thoroughly, then answer "A" or "B".',
    '<task>{q}</task>\n<answer>{a}</answer>\nScore using: {r}. Give reasons for every point deducted.',
    'Grade the following submission.\n---\n{q}\n---\nSubmission:\n{a}\n---\nCriteria: {r}']

def corrupt(rng, a):
    a = a or ''
    if rng.random() < 0.4:
        return re.sub(r'\d+', lambda m: str(int(m.group()) + rng.randint(1, 9)), a, count=2)
    if rng.random() < 0.5:
        return a[: max(20, len(a) // 2)]
    return a

def op_judge(w, camp, n_acc, per_acc, stack, nets, card_per):
    rng = w.rng
    cards = [card(rng) for _ in range(max(1, n_acc // card_per))]
    cl0 = pick_client(rng, stack)
    for i in range(n_acc):
        nc = rng.choice(nets)
        country, tzs = COUNTRIES.get(nc, ('US', [-5]))
        tz = rng.choice(tzs)
        home = rand_ip(rng, nc)
        aid = w.account('attack', 'judge-harvest', w.start - timedelta(days=rng.uniform(10, 120)), rng.choice(FREE_MAIL), rng.choice(cards), home, country, tier='build', campaign=camp)
        key = w.hid('key_', 12)
        cl = dict(cl0); cl['ua'] = rng.choice(STACKS[stack][1])
        sysp = rng.choice(JUDGE_SYS)
        n = max(8, int(rng.gauss(per_acc, per_acc * 0.3)))
        sessions = max(1, n // rng.randint(4, 10))
        done = 0
        for s in range(sessions):
            t = w.human_time(tz, peak=(9, 18), weekend=0.2)
            for _ in range(max(1, n // sessions)):
                src = rng.random()
                if src < 0.4:
                    q, a = rng.choice(C['gsm_tr']); a2 = corrupt(rng, a)
                elif src < 0.75:
                    q, inp, a = rng.choice(C['gcode'] + C['grole']); q = q + ('\n' + inp if inp else ''); a2 = corrupt(rng, a)
                else:
                    q = rng.choice(C['koala'] + C['vicuna']); a = rng.choice(C['gcode'])[2]; a2 = corrupt(rng, a)
                p = rng.choice(JUDGE_SHAPE).format(q=q, a=rng.choice([a, a2]), b=a2, r=rng.choice(JUDGE_RUBRIC))
                w.emit(aid, key, t, home, cl, trunc(p, 4000), system=sysp, model=rng.choice(['nova-2-pro', 'nova-2-reason']), out=out_tok(rng, 'judge'),
                       reas=rng.randint(300, 2500) if rng.random() < 0.5 else None, max_tokens=rng.choice([1024, 2048]), temp=0.0, stream=False, status=status_of(rng))
                t += timedelta(seconds=rng.uniform(6, 50))
                done += 1

TAX_DOM = ['algebra', 'geometry', 'probability', 'number theory', 'organic chemistry', 'contract law', 'macroeconomics', 'python debugging', 'SQL', 'regex',
           'systems design', 'poetry', 'persuasive writing', 'summarisation', 'translation FR-EN', 'logic puzzles', 'medical triage', 'tax questions',
           'unit conversion', 'spreadsheet formulas', 'shell scripting', 'API design', 'ethics dilemmas', 'causal reasoning', 'planning', 'tool use']
TAX_SKILL = ['definitions', 'multi-step problems', 'error spotting', 'explanations for beginners', 'counterexamples', 'edge cases', 'comparisons',
             'step-by-step derivations', 'refusal boundaries', 'open-ended critique']
TAX_LEVEL = ['easy', 'medium', 'hard', 'expert', 'grade 5', 'undergraduate', 'olympiad']
TAX_SHAPES = ['[{d} | {s} | {l}] Write {n} prompt/response pairs. Responses must include full reasoning. Output JSON list.',
              'category={d}; subskill={s}; difficulty={l}; count={n}\nProduce instruction, input, output triples exhibiting the skill.',
              'For the capability "{s}" within {d} at {l} level, give {n} worked examples with detailed solutions.',
              'Coverage sweep {d}/{s}/{l}: generate {n} diverse questions and answer each one thoroughly.']

def alpaca_variant(rng, seeds):
    lines = ['You are asked to come up with a set of {} diverse task instructions. These task instructions will be given to a GPT model and we will evaluate the GPT model for completing the instructions.'.format(rng.choice([15, 20, 25])),
             rng.choice(['Here are the requirements:', 'Requirements:', 'Rules:']),
             '1. Try not to repeat the verb for each instruction to maximize diversity.',
             '2. The language used for the instruction also should be diverse.',
             rng.choice(['3. The type of instructions should be diverse, including open-ended generation, classification, editing, etc.',
                         '3. Cover brainstorming, rewriting, classification, extraction, math, coding and QA.']),
             rng.choice(['4. Output an appropriate response for each instruction.', '4. Each response should be less than 100 words.',
                         '4. Include a realistic input where needed; otherwise write <noinput>.'])]
    ex = '\n'.join(f'{k + 1}. Instruction: {s[0]}\n{k + 1}. Input: {s[1] or "<noinput>"}\n{k + 1}. Output: {s[2][:300]}' for k, s in enumerate(seeds))
    return '\n'.join(lines) + '\n\nList of tasks:\n' + ex + f'\n{len(seeds) + 1}. Instruction:'

def op_bulk(w, camp, n_acc, per_acc, stack, netc, mode, persona):
    rng = w.rng
    cards = [card(rng) for _ in range(max(2, n_acc // rng.randint(3, 8)))]
    ips = rand_block(rng, netc)[:rng.randint(5, 25)] if netc in ('gcp', 'aws', 'azure', 'do', 'ovh', 'hetzner', 'dc') else None
    cl0 = pick_client(rng, stack)
    base = w.start - timedelta(days=rng.uniform(1, 25))
    for i in range(n_acc):
        ipf = (lambda: rng.choice(ips)) if ips else (lambda: rand_ip(rng, netc))
        aid = w.account('attack', persona, base + timedelta(hours=rng.uniform(0, 96)), rng.choice(['gmail.com', 'outlook.com', 'proton.me', 'synthcorpus.ai']),
                        rng.choice(cards), ipf(), rng.choice(['US', 'SG', 'GB']), tier='build', campaign=camp)
        key = w.hid('key_', 12)
        cl = dict(cl0); cl['ua'] = rng.choice(STACKS[stack][1])
        n = max(6, int(rng.gauss(per_acc, per_acc * 0.3)))
        t = w.uniform_time(0, w.days * 0.3)
        for j in range(n):
            if rng.random() < 0.12:
                t = w.uniform_time()
            m = mode if mode != 'mix' else rng.choice(['alpaca', 'tax'])
            if m == 'alpaca':
                p = alpaca_variant(rng, rng.sample(C['seeds'], 3))
            else:
                p = rng.choice(TAX_SHAPES).format(d=rng.choice(TAX_DOM), s=rng.choice(TAX_SKILL), l=rng.choice(TAX_LEVEL), n=rng.choice([5, 8, 10, 12]))
            w.emit(aid, key, t, ipf(), cl, p, model=rng.choice(['nova-2-pro', 'nova-2-pro-long']), out=out_tok(rng, 'bulk'), max_tokens=rng.choice([8192, 16000]),
                   temp=rng.choice([0.7, 1.0]), stream=False, status=status_of(rng, 0.04))
            t += timedelta(seconds=rng.uniform(20, 300))

def op_bare(w, camp, n_acc, per_acc, pool, stacks, nets, samples=(1, 3)):
    rng = w.rng
    for i in range(n_acc):
        nc = rng.choice(nets)
        country = COUNTRIES.get(nc, ('US', [0]))[0]
        stack = rng.choice(stacks)
        cl = pick_client(rng, stack)
        ip = rand_ip(rng, nc)
        aid = w.account('attack', 'bare-items', w.start - timedelta(days=rng.uniform(2, 200)), rng.choice(FREE_MAIL), card(rng), ip, country,
                        tier=rng.choice(['build', 'scale']), campaign=camp)
        key = w.hid('key_', 12)
        n = max(6, int(rng.gauss(per_acc, per_acc * 0.3)))
        done = 0
        while done < n:
            t = w.uniform_time()
            q, a = pool(rng)
            for s in range(rng.randint(*samples)):
                w.emit(aid, key, t, ip if rng.random() < 0.85 else rand_ip(rng, nc), cl, q, model='nova-2-reason', out=out_tok(rng, 'long'),
                       reas=int(rng.lognormvariate(math.log(6000), 0.6)), max_tokens=rng.choice([32000, 64000, 32768]), temp=1.0, stream=rng.random() < 0.5,
                       status=status_of(rng, 0.02), response=resp_from(rng, a, 0.5), speed=0.9)
                t += timedelta(seconds=rng.uniform(1, 30))
                done += 1

# ================================================================= worlds
def pool_gsm_tr(rng):
    return rng.choice(C['gsm_tr'])

def build(variant, seed, outdir):
    load_corpora(); load_nets(); build_stacks()
    if variant == 1:
        w = World(seed, datetime(2026, 3, 2, tzinfo=timezone.utc).replace(tzinfo=None), 18)
    else:
        w = World(seed, datetime(2026, 4, 6).replace(tzinfo=None), 15)
    rng = w.rng
    v1 = variant == 1
    # ---------------- organic
    ents = rng.sample(ENT_APPS, 3 if v1 else 4)
    for k, (name, sysp, content) in enumerate(ents):
        org_enterprise(w, name, rng.randint(25, 60), rng.randint(28, 50) if v1 else rng.randint(22, 38), rng.choice(['aws', 'azure', 'gcp', 'enterprise_isp']),
                       rng.choice(['openai_py', 'java_sdk', 'dotnet', 'anthropic_ts', 'go_http', 'anthropic_py']), sysp, content, hours24=(k == 0))
    org_campus(w, 330 if v1 else 280, 'state.edu')
    if not v1:
        org_campus(w, 90, 'polytechnique.fr', tz=1)
    org_classroom(w, 48, 'MATH 101' if v1 else 'Algebra I (period 3)')
    org_classroom(w, 36, 'Quantitative Reasoning 110')
    if not v1:
        org_classroom(w, 30, 'Intro Statistics')
    labs = [('Evalsmith', 'gcp', 'httpx', [('gsm_te', 3), ('he', 2)]), ('OpenBench Collective', 'aws', 'openai_py', [('gsm_te', 1), ('he', 1), ('arena', 1), ('mt', 1)]),
            ('Tsinghua NLP eval', 'uni', 'py_requests', [('gsm_te', 2), ('arena', 1)]), ('ScaleProof', 'azure', 'litellm', [('he', 3), ('mt', 1)])]
    for lab in (labs[:3] if v1 else labs[1:]):
        org_eval(w, lab[0], rng.randint(3, 6), rng.randint(300, 480), lab[1], lab[2], lab[3], temp=rng.choice([0.0, 0.0, 0.6]))
    org_dev(w, 120 if v1 else 115, 'power-user', heavy=True)
    org_dev(w, 210 if v1 else 180, 'developer')
    org_researcher(w, 70 if v1 else 55)
    org_hobbyist(w, 40 if v1 else 55)
    org_writer(w, 80 if v1 else 70)
    org_hackathon(w, 60 if v1 else 45, 'hack')
    org_startup(w, 'clausecraft' if v1 else 'lexiflow', 9)
    if not v1:
        org_startup(w, 'tensorhaus', 7)
    org_casual(w, 1450 if v1 else 1500)
    org_casual(w, 150 if v1 else 190, persona='vpn-user', net='vpn')
    # ---------------- attacks
    if v1:
        op_sloppy(w, 'camp-kestrel', 150, 38, 'py_requests', pool_gsm_tr, g_sloppy_cot)
        queue = [(q, a, 'math') for q, a in C['gsm_tr'][3000:6000]] + [(h[1], h[2], 'code') for h in C['he']] + [(p, None, 'code') for p in C['arena_code']]
        rng.shuffle(queue)
        op_careful(w, 'camp-heron', 110, 42, queue)
        pools = [C['gcode'], C['gtool'], C['gcode']]
        op_teams(w, 'camp-magpie', [
            (60, 40, 'go_http', 'hetzner', 0.15, AG_TEMPL_A, None, 12, 'custom', 'batch'),
            (55, 40, 'openai_node', 'aws', 0.30, AG_TEMPL_B, ['python', 'web_search', 'calculator', 'wikipedia'], 9, 'free', 'spread'),
            (65, 38, 'anthropic_py', 'mobile', 0.40, AG_TEMPL_C, None, 30, 'free', 'human')], pools)
        op_judge(w, 'camp-wren', 70, 40, 'anthropic_ts', ['res_us', 'res_ca'], 3)
        op_bare(w, 'camp-loon', 60, 40, lambda r: r.choice([(q, a) for q, a in [r.choice(C['gsm_te'])]] + [(h[1], h[2]) for h in [r.choice(C['he'])]] + [(r.choice(C['arena']), None)]),
                ['openai_py', 'httpx', 'curl_linux'], ['azure', 'res_eu', 'res_us'])
        op_bulk(w, 'camp-finch', 30, 40, 'litellm', 'gcp', 'tax', 'taxonomy-sweep')
    else:
        def gram2(rng, q):
            a = rng.choice(['Below is a problem. ', 'Input problem >> ', '', 'Consider: ', 'PROBLEM STATEMENT\n'])
            b = rng.choice(['Produce an exhaustive derivation, noting every assumption', 'Narrate your internal reasoning verbatim as you go',
                            'Write your scratchpad thoughts in full, then the answer', 'Decompose into sub-questions and answer each'])
            c = rng.choice([' before concluding.', '. Conclude with ANSWER: <value>.', ' — final line must be only the number.', '.'])
            return a + q + '\n\n' + b + c if rng.random() < 0.6 else b + c + '\n\n' + a + q
        op_sloppy(w, 'camp-grackle', 125, 40, 'aiohttp', lambda r: r.choice(C['gsm_tr'] + C['gsm_te']) if r.random() < 0.7 else (r.choice(C['arena']), None), gram2, model='nova-2-pro')
        queue = [(i + ('\n' + x if x else ''), a, 'code') for i, x, a in C['gcode'][1000:4000]] + [(q, a, 'math') for q, a in C['gsm_tr'][5000:7000]]
        rng.shuffle(queue)
        op_careful(w, 'camp-osprey', 140, 40, queue)
        op_teams(w, 'camp-shrike', [
            (75, 42, 'rust_reqwest', 'ovh', 0.10, AG_TEMPL_B, ['read_file', 'write_file', 'run_tests', 'bash'], 6, 'custom', 'spread'),
            (70, 40, 'chrome_win', 'res_in', 0.35, AG_TEMPL_C, None, 25, 'free', 'human')], [C['gcode'], C['gtool']])
        op_bulk(w, 'camp-finch', 90, 38, 'httpx', 'gcp', 'mix', 'self-instruct')
        op_judge(w, 'camp-plover', 60, 42, 'openai_node', ['res_eu', 'res_us', 'res_br'], 2)
        op_bare(w, 'camp-loon', 50, 40, lambda r: (lambda h: (h[1], h[2]))(r.choice(C['he'])) if r.random() < 0.5 else r.choice(C['gsm_te']),
                ['anthropic_py', 'go_http'], ['aws', 'res_kr', 'res_sg'], samples=(2, 4))
    write(w, outdir, variant)

def write(w, outdir, variant):
    os.makedirs(outdir, exist_ok=True)
    rng = w.rng
    rng.shuffle(w.inter)
    with gzip.open(os.path.join(outdir, 'interactions.jsonl.gz'), 'wt', encoding='utf-8', compresslevel=5) as f:
        for r in w.inter:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'accounts.jsonl'), 'w') as f:
        for r in w.accounts:
            f.write(json.dumps(r) + '\n')
    with open(os.path.join(outdir, 'labels.jsonl'), 'w') as f:
        for r in w.labels:
            f.write(json.dumps(r) + '\n')
    per = {}
    cnt = {}
    for r in w.inter:
        cnt[r['account_id']] = cnt.get(r['account_id'], 0) + 1
    for lab in w.labels:
        k = (lab['label'], lab['campaign'] or '-', lab['persona'])
        a = per.setdefault(k, [0, 0]); a[0] += 1; a[1] += cnt.get(lab['account_id'], 0)
    lines = [f'# Blind world N/world{variant}', '', f'seed {w.seed}; period {w.iso(w.start)} .. {w.iso(w.end)} ({w.days} days)',
             f'interactions {len(w.inter)}; accounts {len(w.accounts)}; attack accounts {sum(1 for l in w.labels if l["label"] == "attack")}', '',
             '| label | campaign | persona | accounts | interactions |', '|---|---|---|---|---|']
    for k in sorted(per):
        lines.append(f'| {k[0]} | {k[1]} | {k[2]} | {per[k][0]} | {per[k][1]} |')
    lines += ['', DESC[variant]]
    with open(os.path.join(outdir, 'WORLD.md'), 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print(outdir, 'interactions', len(w.inter), 'accounts', len(w.accounts), 'attack', sum(1 for l in w.labels if l['label'] == 'attack'))

DESC = {1: '''Operations:
- camp-kestrel (fleet): burst sign-ups on disposable/look-alike domains, 3-6 shared cards, datacenter+VPN /24s, python-requests, fixed-cadence CoT elicitation on GSM8K train with composed reasoning wrappers, round the clock, elevated 429s.
- camp-heron (aged-residential): accounts aged 2-14 months, own card, own residential IPs, browser or SDK stacks (incl. browser-impersonating TLS), diurnal human pacing, 1-4 turn threads with reasoning follow-ups; items drawn without replacement from one shared queue (GSM8K train slice + HumanEval + Arena-Hard coding); ~7% cover.
- camp-magpie (three sub-teams): a) Go net/http on a Hetzner block, custom e-mail domain, batch pacing, 15% cover, codegen with explain-then-implement wrapper; b) OpenAI Node SDK on an AWS block, tool-declared agentic toolformer tasks, 30% cover; c) Anthropic Python SDK through rotating mobile-carrier IPs, human pacing, casual wording, 40% cover.
- camp-wren (judge-harvest): rubric/pairwise grading prompts built from GSM8K/GPTeacher answers (some corrupted), temperature 0, Anthropic TS SDK, residential US/CA, card shared by ~3 accounts, office-hour sessions.
- camp-loon (bare-items): unwrapped GSM8K-test/HumanEval/Arena-Hard items, reasoning model, max_tokens 32k-64k, repeated sampling, mixed Azure/residential, own cards.
- camp-finch (taxonomy-sweep): domain x skill x difficulty generation sweeps via LiteLLM from a GCP block.
Organic: verified-enterprise orgs (shared card, cloud/enterprise egress, one system prompt), campus-nat, two classrooms sharing teacher wrapper and homework GSM8K items near deadlines, eval-harness labs (GSM8K test / HumanEval / Arena / MT-bench sweeps, repeats, 24h, cloud), power-user and developer (agentic tools, odd TLS/UA combos: Zscaler, BlueCoat, curl on Windows, okhttp), researcher (step-by-step reasoning), data-hobbyist (self-instruct-like generation), writer, hackathon (60 accounts created within ~90 min at one venue), startup-team (unverified org, shared card, office IP), casual, vpn-user.
''', 2: '''Operations:
- camp-grackle (fleet): aiohttp from datacenter/VPN ranges, burst sign-ups, few cards, look-alike domains; GSM8K + Arena items with its own "scratchpad/derivation" wording.
- camp-osprey (aged-residential): aged accounts, own cards and residential IPs, human-paced threads, shared no-repeat queue of GPTeacher codegen + GSM8K train items.
- camp-shrike (two sub-teams): a) reqwest (often no UA) on an OVH block, tool-declared coding-agent tasks, 10% cover; b) Chrome-looking clients on Indian residential IPs, human pacing, 35% cover.
- camp-finch (self-instruct): Alpaca-style "come up with N diverse task instructions" prompts with sampled seed tasks, plus taxonomy sweeps; httpx from a GCP block.
- camp-plover (judge-harvest): rubric and pairwise judging via OpenAI Node SDK, residential EU/US/BR, card shared by pairs.
- camp-loon (bare-items): bare HumanEval / GSM8K-test items, 2-4 samples each, huge max_tokens, reasoning model; Anthropic Python and Go from AWS and KR/SG residential.
Organic: as world1 with four enterprise apps, two campuses (US and FR), three classrooms, three eval labs, two startup teams, more hobbyists.
'''}

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('outdir'); ap.add_argument('--variant', type=int, default=1); ap.add_argument('--seed', type=int, default=1)
    a = ap.parse_args()
    build(a.variant, a.seed, a.outdir)
