#!/usr/bin/env python3
"""Blind world generator (folder O). stdlib only, deterministic given seed.
usage: python3 gen.py OUTDIR SEED VARIANT(1|2)
"""
import sys, os, json, gzip, random, hashlib, csv, ipaddress, math, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN = os.path.join(HERE, '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv')

# ---------------------------------------------------------------- corpora
def jl(p):
    op = gzip.open if p.endswith('.gz') else open
    with op(p, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def jarr(p):
    with gzip.open(p, 'rt', encoding='utf-8') as f:
        return json.load(f)

C = {}
def load():
    d = DATA + '/corpora/'
    C['koala'] = [x['prompt'] for x in jl(d + 'organic/koala.jsonl')]
    ar = jl(d + 'organic/arena-hard-v0.1.jsonl')
    C['arena'] = [x['prompt'] for x in ar]
    C['arena_code'] = [x['prompt'] for x in ar if any(k in (x['prompt'] + x.get('cluster', '')).lower() for k in ('python', 'code', 'function', 'sql', 'c++', 'javascript', 'script', 'program'))]
    C['mt'] = [x['turns'] for x in jl(d + 'organic/mt-bench.jsonl')]
    C['vicuna'] = [x['turns'][0] for x in jl(d + 'organic/vicuna-bench.jsonl')]
    hh = []
    for x in jl(d + 'organic/hh-rlhf-harmless-test.jsonl.gz'):
        parts = x['chosen'].split('\n\nHuman: ')
        turns = []
        for p in parts[1:]:
            turns.append(p.split('\n\nAssistant:')[0].strip())
        if turns and len(turns[0]) > 8:
            hh.append(turns)
    C['hh'] = hh
    uo = []
    for x in jl(d + 'organic/self-instruct-user-oriented.jsonl'):
        inst = x['instances'][0] if x['instances'] else {'input': '', 'output': ''}
        uo.append((x['motivation_app'], x['instruction'], inst.get('input', ''), inst.get('output', '')))
    C['uo'] = uo
    C['seeds'] = [(x['instruction'], x['instances'][0]['input'], x['instances'][0]['output']) for x in jl(d + 'extraction/self-instruct-seed-tasks.jsonl')]
    C['alpaca'] = open(d + 'extraction/alpaca-generation-prompt.txt').read()
    C['gsm_train'] = [(x['question'], x['answer']) for x in jl(d + 'extraction/gsm8k-train.jsonl.gz')]
    C['gsm_test'] = [(x['question'], x['answer']) for x in jl(d + 'extraction/gsm8k-test.jsonl')]
    C['he'] = [(x['task_id'], x['prompt'], x['canonical_solution']) for x in jl(d + 'extraction/humaneval.jsonl.gz')]
    C['codegen'] = [((x['instruction'] + ('\n' + x['input'] if x['input'] else '')), x['response']) for x in jarr(d + 'extraction/gpteacher-codegen.json.gz')]
    C['roleplay'] = [((x['instruction'] + ('\n' + x['input'] if x['input'] else '')), x['response']) for x in jarr(d + 'extraction/gpteacher-roleplay.json.gz')]
    tf = []
    for x in jarr(d + 'extraction/gpteacher-toolformer.json.gz'):
        ins = x['instruction']
        tools = []
        for line in ins.split('\n'):
            if line.startswith('toolformer access:'):
                tools = [t.strip() for t in line.split(':', 1)[1].split(',') if t.strip()]
        task = ins.split('\n')[-1]
        tf.append((task + ('\n' + x['input'] if x['input'] else ''), x['response'], tools or ['search']))
    C['toolformer'] = tf
    C['lib_uas'] = [l.strip() for l in open(DATA + '/network/http-library-user-agents.txt') if l.strip()]
    # azure trace token shapes
    shapes = []
    with open(DATA + '/traces/AzureLLMInferenceTrace_conv.csv') as f:
        r = csv.reader(f); next(r)
        for row in r:
            shapes.append((int(row[1]), int(row[2])))
    C['conv_shapes'] = shapes
    shapes = []
    with open(DATA + '/traces/AzureLLMInferenceTrace_code.csv') as f:
        r = csv.reader(f); next(r)
        for row in r:
            shapes.append((int(row[1]), int(row[2])))
    C['code_shapes'] = shapes

# ---------------------------------------------------------------- networks
POOLDEF = {
    'res_us': (['Comcast', 'Charter Communications', 'Cox Communications', 'AT&T'], 'US'),
    'res_eu': (['Deutsche Telekom', 'Orange', 'British Telecom', 'Sky UK', 'Telefonica'], None),
    'res_asia': (['Bharti', 'Korea Telecom', 'SK Broadband', 'KDDI'], None),
    'res_other': (['Telstra', 'Rogers', 'Turk Telekom', 'Rostelecom'], None),
    'mobile': (['T-Mobile', 'Reliance Jio', 'Verizon'], None),
    'aws': (['Amazon'], 'US'), 'gcp': (['Google'], 'US'), 'azure': (['Microsoft'], 'US'), 'oracle': (['Oracle'], 'US'),
    'hetzner': (['Hetzner'], 'DE'), 'ovh': (['OVH'], 'FR'), 'do': (['DigitalOcean'], 'US'),
    'm247': (['M247', 'Datacamp'], None),
    'uni': (['Massachusetts Institute', 'Stanford', 'University of California', 'Tsinghua'], 'US'),
}
POOL_COUNTRY = {'Comcast': 'US', 'Charter Communications': 'US', 'Cox Communications': 'US', 'AT&T': 'US', 'Deutsche Telekom': 'DE',
                'Orange': 'FR', 'British Telecom': 'GB', 'Sky UK': 'GB', 'Telefonica': 'ES', 'Bharti': 'IN', 'Korea Telecom': 'KR',
                'SK Broadband': 'KR', 'KDDI': 'JP', 'Telstra': 'AU', 'Rogers': 'CA', 'Turk Telekom': 'TR', 'Rostelecom': 'RU',
                'T-Mobile': 'US', 'Reliance Jio': 'IN', 'Verizon': 'US', 'Tsinghua': 'CN'}
TZ = {'US': -6, 'DE': 1, 'FR': 1, 'GB': 0, 'ES': 1, 'IN': 5.5, 'KR': 9, 'JP': 9, 'AU': 10, 'CA': -5, 'TR': 3, 'RU': 3, 'CN': 8,
      'SG': 8, 'NL': 1, 'BR': -3, 'VN': 7, 'HK': 8}

def load_pools():
    cache = os.path.join(HERE, 'pools.json')
    if os.path.exists(cache):
        return json.load(open(cache))
    pools = {k: [] for k in POOLDEF}
    with open(ASN) as f:
        for line in f:
            for k, (names, _) in POOLDEF.items():
                for n in names:
                    if n in line:
                        a, b = line.split(',', 2)[:2]
                        try:
                            ia, ib = int(ipaddress.IPv4Address(a)), int(ipaddress.IPv4Address(b))
                        except Exception:
                            continue
                        if ib - ia >= 255:
                            pools[k].append([ia, ib, POOL_COUNTRY.get(n, POOLDEF[k][1] or 'US'), n])
    for fn, k in (('vpn-ipv4.txt', 'vpn'), ('datacenter-ipv4.txt', 'dc')):
        pools[k] = []
        for l in open(DATA + '/network/' + fn):
            l = l.strip()
            if not l: continue
            net = ipaddress.IPv4Network(l, strict=False)
            if net.num_addresses >= 256:
                pools[k].append([int(net.network_address), int(net.broadcast_address), 'US', k])
    json.dump(pools, open(cache, 'w'))
    return pools

def ipstr(i): return str(ipaddress.IPv4Address(i))

# ---------------------------------------------------------------- client stacks
def h12(s): return hashlib.sha256(s.encode()).hexdigest()[:12]

STACKS = {
    # name: (ja4 prefix, endpoint pref, ua builder)
    'chrome': ('t13d1516h2', 'either', lambda r: 'Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % (r.choice(['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64']), r.randint(122, 135))),
    'edge': ('t13d1516h2', 'either', lambda r: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0' % ((v := r.randint(124, 134)), v)),
    'firefox': ('t13d1715h2', 'either', lambda r: 'Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (r.choice(['Windows NT 10.0; Win64; x64', 'X11; Ubuntu; Linux x86_64', 'Macintosh; Intel Mac OS X 14.4']), (v := r.randint(118, 136)), v)),
    'safari': ('t13d2014h2', 'either', lambda r: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % r.choice(['17.4.1', '17.5', '18.0', '18.1.1', '18.3'])),
    'ios-app': ('t13d2014h2', 'chat', lambda r: '%s/%d.%d CFNetwork/%s Darwin/%s' % (r.choice(['Pocketmind', 'AskLane', 'Chatterbox', 'NotaAI']), r.randint(1, 5), r.randint(0, 20), r.choice(['1494.0.7', '1568.100.1', '1498.700.2']), r.choice(['23.4.0', '24.1.0', '23.6.0']))),
    'okhttp': ('t13d1612h2', 'chat', lambda r: 'okhttp/%s' % r.choice(['4.9.3', '4.11.0', '4.12.0', '5.0.0-alpha.14'])),
    'openai-py': ('t13d4412h1', 'chat', lambda r: 'OpenAI/Python %s' % r.choice(['1.35.13', '1.40.6', '1.51.2', '1.54.4', '1.58.1', '1.61.0'])),
    'anthropic-py': ('t13d4412h1', 'messages', lambda r: 'Anthropic/Python %s' % r.choice(['0.34.2', '0.37.1', '0.39.0', '0.42.0', '0.45.2'])),
    'requests': ('t13d4412h1', 'either', lambda r: 'python-requests/%s' % r.choice(['2.28.2', '2.31.0', '2.32.3'])),
    'httpx': ('t13d4412h1', 'either', lambda r: 'python-httpx/%s' % r.choice(['0.25.2', '0.27.0', '0.27.2', '0.28.1'])),
    'aiohttp': ('t13d4412h1', 'either', lambda r: 'Python/3.%d aiohttp/%s' % (r.randint(10, 12), r.choice(['3.9.5', '3.10.10', '3.11.11']))),
    'openai-node': ('t13d5211h1', 'chat', lambda r: 'OpenAI/JS %s' % r.choice(['4.56.0', '4.67.3', '4.73.1', '4.77.0'])),
    'anthropic-ts': ('t13d5211h1', 'messages', lambda r: 'Anthropic/JS %s' % r.choice(['0.27.3', '0.32.1', '0.33.1', '0.36.3'])),
    'undici': ('t13d5211h1', 'either', lambda r: r.choice(['undici', 'node', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'axios/1.7.7'])),
    'claude-cli': ('t13d5211h1', 'messages', lambda r: 'claude-cli/%s (external, cli)' % r.choice(['0.2.70', '1.0.17', '1.0.31', '1.0.44'])),
    'go': ('t13d1312h2', 'either', lambda r: 'Go-http-client/%s' % r.choice(['1.1', '2.0'])),
    'curl': ('t13d3113h2', 'either', lambda r: 'curl/%s' % r.choice(['7.81.0', '8.5.0', '8.7.1', '8.11.1'])),
    'curl-win': ('t12d2210h2', 'either', lambda r: 'curl/%s' % r.choice(['8.4.0', '8.9.1'])),
    'java': ('t13d4712h2', 'either', lambda r: r.choice(['Java-http-client/17.0.10', 'Java-http-client/21.0.3', 'okhttp/4.12.0'])),
    'dotnet': ('t12d1909h2', 'chat', lambda r: r.choice([None, 'Azure.AI.OpenAI/2.1.0 (.NET 8.0.8; Microsoft Windows 10.0.20348)', 'OpenAI/2.0.0 (.NET 8.0.11)'])),
    'reqwest': ('t13d0910h2', 'either', lambda r: r.choice([None, 'reqwest/0.12.9', 'async-openai/0.26'])),
    'zproxy': ('t12d4605h1', 'either', lambda r: STACKS['chrome'][2](r)),   # TLS-intercepting corporate proxy
    'headless': ('t13d1516h2', 'either', lambda r: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/%d.0.0.0 Safari/537.36' % r.randint(120, 131)),
    'ruby': ('t13d3112h1', 'chat', lambda r: r.choice(['Faraday v2.9.0', 'Ruby', 'ruby-openai/7.3.1'])),
    'php': ('t13d3113h1', 'chat', lambda r: 'GuzzleHttp/7 curl/%s PHP/8.%d' % (r.choice(['7.88.1', '8.5.0']), r.randint(1, 3))),
}
STACK_VARIANTS = {}
def ja4_for(stack, r, variant=None):
    pre = STACKS[stack][0]
    if variant is None:
        variant = r.randint(0, 2) if stack in ('chrome', 'firefox', 'safari', 'edge') else r.randint(0, 1)
    key = pre + ':' + str(variant) + ('' if stack not in ('zproxy',) else stack)
    # sdk stacks on the same TLS library share the cipher hash
    return '%s_%s_%s' % (pre, h12('c' + pre), h12('e' + key))

def random_ja4(r):
    pre = 't13d%02d%02d%s' % (r.randint(14, 20), r.randint(12, 17), r.choice(['h2', 'h2', 'h1']))
    return '%s_%s_%s' % (pre, '%012x' % r.getrandbits(48), '%012x' % r.getrandbits(48))

# ---------------------------------------------------------------- world object
MODELS = {'pro': 'aurora-2-pro', 'flash': 'aurora-2-flash', 'think': 'aurora-2-think', 'old': 'aurora-1.5-pro', 'mini': 'aurora-2-mini'}

class World:
    def __init__(self, seed, variant, days, start):
        self.r = random.Random(seed)
        self.seed = seed
        self.variant = variant
        self.days = days
        self.t0 = start
        self.t1 = start + days * 86400
        self.inter = []
        self.accts = []
        self.labels = []
        self.nid = 0
        self.pools = load_pools()
        self.acct_seq = 0
        self.conv_seq = 0
        self.summary = {}

    def rid(self):
        self.nid += 1
        return 'req_%s' % hashlib.md5(('%d-%d' % (self.seed, self.nid)).encode()).hexdigest()[:20]

    def new_acct_id(self):
        self.acct_seq += 1
        return 'acct_' + hashlib.sha1(('%d/%d' % (self.seed, self.acct_seq)).encode()).hexdigest()[:14]

    def new_conv(self):
        self.conv_seq += 1
        return 'conv_' + hashlib.sha1(('c%d/%d' % (self.seed, self.conv_seq)).encode()).hexdigest()[:16]

    def ip_in(self, pool, r=None):
        r = r or self.r
        a, b, cc, org = r.choice(self.pools[pool])
        return ipstr(r.randint(a + 1, b - 1)), cc

    def subnet24(self, pool, r=None):
        r = r or self.r
        a, b, cc, org = r.choice(self.pools[pool])
        base = (r.randint(a, max(a, b - 255)) // 256) * 256
        return base, cc

    def add_account(self, created, email, org=None, pay=None, signup_ip=None, country=None, tier='build', verified=False,
                    label='organic', campaign=None, persona=None):
        aid = self.new_acct_id()
        self.accts.append({'account_id': aid, 'created_at': iso(created), 'org_id': org, 'email_domain': email,
                           'payment_fingerprint': pay, 'signup_ip': signup_ip, 'country': country, 'tier': tier,
                           'verified': verified})
        self.labels.append({'account_id': aid, 'label': label, 'campaign': campaign, 'persona': persona})
        key = (label, campaign or persona)
        self.summary[key] = self.summary.get(key, [0, 0])
        self.summary[key][0] += 1
        return aid

    def emit(self, aid, t, ip, ua, ja4, endpoint, model, prompt, system=None, conv=None, turn=None, tools=None,
             response=None, max_tokens=None, temperature=None, stream=None, reasoning=False, out_scale=1.0,
             ctx_extra=0, status=None, key=None, shape='conv', kind=None):
        r = self.r
        if t < self.t0 or t >= self.t1:
            return False
        if status is None:
            x = r.random()
            status = 200 if x < 0.975 else (429 if x < 0.988 else (400 if x < 0.995 else (500 if x < 0.998 else 529 if endpoint == '/v1/messages' else 503)))
        intoks = int((len(prompt) + len(system or '') + ctx_extra) / 3.9) + 8 + (len(tools) * 90 if tools else 0)
        if response is None:
            base = r.choice(C['code_shapes' if shape == 'code' else 'conv_shapes'])[1]
            outt = max(12, int(base * out_scale * r.uniform(0.6, 1.6)))
        else:
            outt = max(8, int(len(response) / 3.7 * r.uniform(0.9, 1.3) * out_scale))
        if max_tokens:
            outt = min(outt, max_tokens)
        rt = None
        if reasoning or model == MODELS['think']:
            rt = int(r.lognormvariate(math.log(max(200, outt * 2.2)), 0.6))
            if max_tokens:
                rt = min(rt, max(0, max_tokens - outt))
        if status != 200:
            outt, rt_, resp = 0, None, None
            lat = int(r.uniform(20, 400)) if status in (429, 400) else int(r.uniform(800, 30000))
            rt = None
        else:
            resp = response
            ttft = r.lognormvariate(math.log(550), 0.5) + (rt or 0) * 9
            lat = int(ttft + outt * r.uniform(9, 28))
        if resp and len(resp) > 900:
            resp = resp[:900]
        self.inter.append({'id': self.rid(), 'ts': iso(t), 'account_id': aid, 'api_key_id': key, 'ip': ip, 'user_agent': ua,
                           'tls_ja4': ja4, 'endpoint': endpoint, 'model': model, 'conversation_id': conv, 'turn': turn,
                           'system': system, 'prompt': prompt, 'tool_names': tools, 'response': resp,
                           'input_tokens': intoks, 'output_tokens': outt, 'reasoning_tokens': rt, 'max_tokens': max_tokens,
                           'temperature': temperature, 'stream': stream, 'status': status, 'latency_ms': lat})
        return True


def iso(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % int((t % 1) * 1000)

def endpoint_for(stack, pref, r):
    p = STACKS[stack][1]
    if p == 'chat': return '/v1/chat/completions'
    if p == 'messages': return '/v1/messages'
    return pref or r.choice(['/v1/chat/completions', '/v1/messages'])

# ---------------------------------------------------------------- time helpers
PROFILES = {
    'work': [0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 1.2, 2.5, 3.2, 3.4, 3.0, 2.2, 3.0, 3.3, 3.1, 2.6, 1.8, 1.0, 0.7, 0.6, 0.5, 0.3, 0.2],
    'evening': [0.6, 0.3, 0.15, 0.1, 0.05, 0.05, 0.2, 0.5, 0.8, 1.0, 1.0, 1.1, 1.3, 1.2, 1.1, 1.2, 1.4, 1.7, 2.2, 2.7, 3.0, 2.8, 2.0, 1.2],
    'student': [1.2, 0.8, 0.4, 0.2, 0.1, 0.05, 0.1, 0.3, 0.8, 1.4, 1.8, 1.9, 1.7, 2.0, 2.2, 2.1, 2.0, 1.9, 1.8, 2.2, 2.6, 2.8, 2.5, 1.8],
    'flat': [1] * 24,
    'night': [2.5, 2.8, 3.0, 3.0, 2.7, 2.2, 1.5, 0.8, 0.4, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.3, 1.6, 2.0, 2.3],
}
def cum(ws):
    s = 0; out = []
    for w in ws:
        s += w; out.append(s)
    return out
PCUM = {k: cum(v) for k, v in PROFILES.items()}

def pick_hour(r, prof):
    c = PCUM[prof]
    x = r.random() * c[-1]
    for i, v in enumerate(c):
        if x <= v: return i
    return 23

def day_time(W, day, tz, prof, r=None, weekend_factor=1.0):
    r = r or W.r
    h = pick_hour(r, prof)
    local = W.t0 + day * 86400 + h * 3600 + r.random() * 3600
    return local - tz * 3600

def pick_days(W, n, r, weekend=0.5, span=None):
    lo, hi = span or (0, W.days - 1)
    days = []
    tries = 0
    while len(days) < n and tries < n * 20:
        tries += 1
        d = r.randint(lo, hi)
        wd = (datetime.datetime.fromtimestamp(W.t0 + d * 86400, datetime.timezone.utc).weekday())
        if wd >= 5 and r.random() > weekend:
            continue
        days.append(d)
    return sorted(days)

# ---------------------------------------------------------------- text helpers
def pick(r, *alts):
    return r.choice(alts)

def synth_resp(r, prompt, kind='gen'):
    head = prompt.strip().split('\n')[0][:80]
    opens = ['Sure - here is a take on this.', 'Good question.', 'Here is one way to approach it.', 'Short answer first, then details.',
             'Let me break this down.', 'Happy to help with that.', 'Below is a draft.']
    body = ['The key consideration is scope: what you want to optimise for determines the rest.',
            'First, clarify the constraints; second, pick the simplest design that meets them.',
            'There are three common options, each with trade-offs in cost, speed and maintainability.',
            'In practice most teams start with the straightforward version and iterate.',
            'If you share more context I can tailor this further.',
            'Note that the details vary by region and by version, so double-check the specifics.']
    if kind == 'code':
        return r.choice(opens) + '\n\n```python\ndef solve(data):\n    result = []\n    for item in data:\n        if item is None:\n            continue\n        result.append(transform(item))\n    return result\n```\n\n' + r.choice(body)
    if kind == 'cot':
        return 'Step 1: Identify what is being asked: ' + head + '\nStep 2: ' + r.choice(body) + '\nStep 3: Combine the pieces and check the result.\nTherefore the answer follows.'
    return r.choice(opens) + ' ' + ' '.join(r.sample(body, 2))

def mutate_answer(r, ans):
    # corrupt a gsm8k solution for judge-style prompts
    import re
    nums = re.findall(r'\d+', ans)
    if not nums or r.random() < 0.4:
        return ans
    n = r.choice(nums)
    return ans.replace(n, str(int(n) + r.choice([-3, -1, 1, 2, 10])), 1)

# ================================================================ ORGANIC PERSONAS
FREEMAIL = ['gmail.com'] * 10 + ['outlook.com'] * 3 + ['yahoo.com', 'hotmail.com', 'icloud.com', 'icloud.com', 'proton.me', 'gmx.de', 'qq.com', 'naver.com', 'yandex.ru', 'web.de', 'mail.ru', 'fastmail.com']
WORDS = ['north', 'blue', 'pine', 'orbit', 'lumen', 'vector', 'quartz', 'harbor', 'cedar', 'atlas', 'kite', 'ember', 'nova', 'delta', 'maple', 'signal', 'copper', 'field', 'prism', 'tidal', 'ridge', 'sable', 'fern', 'lattice', 'arrow', 'civic', 'mosaic', 'river', 'helix', 'spruce']
def company_domain(r):
    return r.choice(WORDS) + r.choice(WORDS) + r.choice(['.com', '.io', '.ai', '.co', '.de', '.dev', '.tech', '.co.uk', '.fr', '.app'])

def payfp(r):
    return 'pm_' + '%016x' % r.getrandbits(64)

def res_pool_for(r, region=None):
    return region or r.choice(['res_us'] * 5 + ['res_eu'] * 3 + ['res_asia'] * 2 + ['res_other'])

class Person:
    """per-account client habit: home network, stacks"""
    def __init__(self, W, r, pool=None, stacks=None, fixed_ip=None):
        self.W = W; self.r = r
        self.pool = pool or res_pool_for(r)
        if fixed_ip:
            self.ip, self.cc = fixed_ip
        else:
            self.ip, self.cc = W.ip_in(self.pool, r)
        self.tz = TZ.get(self.cc, 0)
        self.stacks = []
        for s in (stacks or ['chrome']):
            self.stacks.append((s, STACKS[s][2](r), ja4_for(s, r)))
        self.pref = r.choice(['/v1/chat/completions', '/v1/messages'])
        self.key = 'key_' + '%010x' % r.getrandbits(40)

    def client(self):
        return self.r.choice(self.stacks)

    def roam_ip(self, p=0.1):
        if self.r.random() < p:
            return self.W.ip_in(self.r.choice(['mobile', self.pool]), self.r)[0]
        if self.r.random() < 0.05:
            self.ip = self.W.ip_in(self.pool, self.r)[0]  # DHCP change
        return self.ip


def thread(W, aid, P, t, prompts, system=None, model=None, tools=None, responses=None, gap=(20, 400), temp=None,
           max_tokens=None, stream=None, reasoning=False, shape='conv', ip=None, client=None):
    """emit a multi-turn conversation, prompts list"""
    r = W.r
    conv = W.new_conv()
    st, ua, ja = client or P.client()
    ep = endpoint_for(st, P.pref, r)
    ctx = 0
    for i, p in enumerate(prompts):
        resp = responses[i] if responses and i < len(responses) else None
        W.emit(aid, t, ip or P.roam_ip(), ua, ja, ep, model or MODELS['pro'], p, system=system, conv=conv, turn=i + 1,
               tools=tools, response=resp, max_tokens=max_tokens, temperature=temp, stream=stream, reasoning=reasoning,
               ctx_extra=ctx, key=P.key, shape=shape)
        ctx += len(p) + (len(resp) if resp else 1500)
        t += r.uniform(*gap)
    return t

FOLLOW_CASUAL = ['thanks! can you make it shorter?', 'ok and what about for a beginner?', 'can you give me an example', 'hmm that doesnt sound right', 'translate that to spanish please',
                 'more detail on the second point', 'perfect, thank you', 'make it funnier', 'is there a cheaper option?', 'why?', 'ok now as a bulleted list',
                 'can you rewrite it in a more formal tone', 'what would you recommend', 'and if I only have 10 minutes?']
FOLLOW_DEV = ['that throws a TypeError on line 12, here is the trace:\nTraceback (most recent call last):\n  File "main.py", line 12, in <module>\n    out = run(cfg)\nTypeError: run() missing 1 required positional argument: \'opts\'',
              'can you add type hints and docstrings', 'now write unit tests for it with pytest', 'make it async', 'what is the complexity of this?',
              'refactor to avoid the global state', 'port this to TypeScript', 'the tests pass now, but it is slow on 1M rows. ideas?', 'add logging', 'explain the regex you used',
              'can we do this without pandas?', 'ok ship it. write the PR description']

def org_casual(W, aid, P, n, prof='evening'):
    r = W.r
    days = pick_days(W, max(1, n // 2 + 1), r, weekend=1.0)
    left = n
    while left > 0:
        d = r.choice(days)
        t = day_time(W, d, P.tz, prof, r)
        src = r.random()
        if src < 0.3:
            turns = r.choice(C['hh'])[:r.randint(1, 3)]
        elif src < 0.55:
            turns = [r.choice(C['koala'])]
        elif src < 0.7:
            turns = [r.choice(C['vicuna'])]
        elif src < 0.8:
            turns = list(r.choice(C['mt']))
        else:
            a = r.choice(C['uo']); turns = [a[1] + ('\n\n' + a[2] if a[2] else '')]
        if r.random() < 0.3:
            turns = turns + r.sample(FOLLOW_CASUAL, r.randint(1, 2))
        turns = turns[:left]
        thread(W, aid, P, t, turns, model=r.choice([MODELS['flash'], MODELS['pro'], MODELS['flash']]), stream=True, temp=r.choice([None, None, 0.7, 1.0]), gap=(25, 300))
        left -= len(turns)

def org_writer(W, aid, P, n):
    r = W.r
    sysp = r.choice([None, 'You are a helpful writing partner. Keep my voice; do not over-polish.', 'You are an editor for a literary magazine.', None])
    left = n
    while left > 0:
        d = r.randint(0, W.days - 1)
        t = day_time(W, d, P.tz, r.choice(['evening', 'night']), r)
        if r.random() < 0.5:
            turns = [r.choice(C['roleplay'])[0]]
        else:
            turns = [r.choice([m for m in C['mt']])[0]]
        turns += r.sample(['continue', 'keep going, more dialogue', 'rewrite the last paragraph darker', 'give the antagonist a motive', 'shorter sentences please',
                           'now from her point of view', 'continue the story', 'make the ending ambiguous', 'add a scene at the harbour'], r.randint(1, 5))
        turns = turns[:left]
        thread(W, aid, P, t, turns, system=sysp, model=MODELS['pro'], temp=r.choice([0.9, 1.0, 1.1]), max_tokens=r.choice([2048, 4096, None]), stream=True, gap=(60, 900))
        left -= len(turns)

def org_power(W, aid, P, n, agentic=False):
    r = W.r
    left = n
    tools_sets = [['read_file', 'write_file', 'run_shell', 'grep', 'list_dir'], ['Bash', 'Read', 'Edit', 'Glob', 'Grep', 'TodoWrite', 'WebFetch'],
                  ['search_docs', 'run_python'], ['git_diff', 'apply_patch', 'run_tests'], ['browser_open', 'browser_click', 'extract_text']]
    tools = r.choice(tools_sets)
    sysp = r.choice(['You are a senior software engineer. Be concise.', 'You are an expert coding assistant working inside the user\'s repository. Use tools to inspect files before editing.', None, None,
                     'Answer in English. Prefer standard library solutions.'])
    while left > 0:
        d = r.randint(0, W.days - 1)
        t = day_time(W, d, P.tz, r.choice(['work', 'work', 'evening']), r)
        if agentic and r.random() < 0.7:
            task = r.choice(['fix the failing test in tests/test_parser.py', 'add pagination to the /orders endpoint', 'the CI is red on main, figure out why',
                             'migrate config loading from yaml to toml', 'write a CLI wrapper around our ingest script', 'bump dependencies and fix breakages',
                             'there is a race condition in worker.go when the queue drains, find it', 'implement retry with exponential backoff in client.ts',
                             r.choice(C['arena_code'])[:400]])
            k = r.randint(4, 26)
            prompts = [task]
            for i in range(k - 1):
                prompts.append(r.choice(['[tool_result] exit code 0\n' + r.choice(['3 passed, 1 failed', 'ok', 'no such file', '  File "app/api.py", line 88']),
                                         '[tool_result] ' + r.choice(['src/', 'src/main.rs', 'package.json', 'def handler(event):\n    ...']),
                                         r.choice(FOLLOW_DEV), 'continue', 'yes, apply it', 'no, keep the old signature']))
            prompts = prompts[:left]
            thread(W, aid, P, t, prompts, system=sysp or 'You are a coding agent.', tools=tools, model=r.choice([MODELS['pro'], MODELS['think']]),
                   max_tokens=r.choice([8192, 16000, 32000]), gap=(3, 40), stream=True, shape='code')
        else:
            x = r.random()
            if x < 0.4:
                first = r.choice(C['arena_code'])
            elif x < 0.65:
                first = r.choice(C['codegen'])[0]
            elif x < 0.72:
                first = 'why does this fail?\n' + r.choice(C['he'])[1]
            elif x < 0.8:
                first = r.choice(C['gsm_train'])[0] if r.random() < 0.5 else r.choice(C['arena'])
            else:
                first = r.choice(C['arena'])
            prompts = [first] + r.sample(FOLLOW_DEV, r.randint(0, 5))
            prompts = prompts[:left]
            thread(W, aid, P, t, prompts, system=sysp, model=r.choice([MODELS['pro'], MODELS['pro'], MODELS['think'], MODELS['flash']]),
                   temp=r.choice([None, 0, 0.2, 0.7]), max_tokens=r.choice([None, 4096, 8192]), stream=r.random() < 0.6, gap=(40, 600), shape='code')
        left -= len(prompts)

RESEARCH_ASK = ['Walk me through this carefully, step by step, I want to check my own derivation:', 'Can you reason through this and show intermediate steps?',
                'I am studying how models reason. Solve and explain each step:', 'Think it through out loud please.', '', 'Please show your work.']
def org_researcher(W, aid, P, n):
    r = W.r
    left = n
    while left > 0:
        d = r.randint(0, W.days - 1)
        t = day_time(W, d, P.tz, 'work', r)
        x = r.random()
        if x < 0.45:
            q = r.choice(C['gsm_test'] if r.random() < 0.5 else C['gsm_train'])[0]
        elif x < 0.7:
            q = r.choice(C['arena'])
        else:
            q = r.choice(C['mt'])[0]
        lead = r.choice(RESEARCH_ASK)
        prompts = [(lead + '\n\n' + q).strip()]
        if r.random() < 0.5:
            prompts.append(r.choice(['Where exactly could that go wrong?', 'Why is step 2 valid?', 'Try a different method and compare.', 'Is there an assumption hidden here?', 'Now be more concise.']))
        prompts = prompts[:left]
        thread(W, aid, P, t, prompts, model=r.choice([MODELS['think'], MODELS['pro']]), temp=r.choice([0, 0.3, None]), max_tokens=r.choice([4096, 16000, 32000]), reasoning=r.random() < 0.6, gap=(60, 900))
        left -= len(prompts)

def org_hobbyist(W, aid, P, n):
    r = W.r
    left = n
    style = r.random()
    while left > 0:
        d = r.randint(0, W.days - 1)
        t = day_time(W, d, P.tz, 'evening', r)
        if style < 0.4:
            p = C['alpaca'] if r.random() < 0.5 else C['alpaca'].replace('20', str(r.choice([10, 15, 25])))
        elif style < 0.7:
            s = r.sample(C['seeds'], 3)
            p = 'I\'m building a small fine-tuning set for my %s side project. Here are examples:\n' % r.choice(['cooking', 'D&D', 'chess', 'language-learning', 'gardening']) + '\n'.join('- ' + x[0] for x in s) + '\nWrite %d more like these, with answers, as JSONL.' % r.choice([5, 10, 20])
        else:
            topic = r.choice(['Spanish verbs', 'SQL joins', 'first aid', 'birdwatching', 'tax basics for freelancers', 'guitar chords'])
            p = 'Generate %d flashcards (question / answer) about %s.' % (r.randint(10, 40), topic)
        k = min(left, r.randint(1, 4))
        for i in range(k):
            W.emit(aid, t, P.roam_ip(), *P.client()[1:], endpoint_for(P.client()[0], P.pref, r), r.choice([MODELS['pro'], MODELS['flash']]), p,
                   temperature=r.choice([0.8, 1.0, 1.2]), max_tokens=r.choice([2048, 4096]), key=P.key, out_scale=2.5)
            t += r.uniform(30, 200)
        left -= k

# ---- coordinated-looking legit
ENT_APPS = [
    ('You are Fennec Assist, the customer support assistant for Fennec Logistics. Answer only questions about shipments, returns and invoices. Tone: friendly, concise. Never promise delivery dates.', 'ticket'),
    ('You are an internal code-review bot. Review the diff for bugs, security issues and style. Output a JSON list of findings with fields file, line, severity, message.', 'review'),
    ('You answer questions using ONLY the provided context from the Halden Insurance policy knowledge base. If the answer is not in the context, say "I don\'t know".', 'rag'),
    ('Classify the incoming message into one of: billing, technical, account, sales, spam. Reply with the label only.', 'classify'),
    ('Traduisez le texte suivant en anglais, en conservant la mise en forme. / Translate the following text preserving formatting.', 'translate'),
    ('You summarise clinical trial abstracts for an internal literature-monitoring dashboard. Output: 3 bullet points + one-line relevance score.', 'abstract'),
]
TICKET_BITS = (['My package', 'Order #%d', 'The shipment to Rotterdam', 'Our pallet delivery', 'Invoice INV-%d'],
               ['has not arrived', 'shows delivered but is missing', 'was charged twice', 'arrived damaged', 'is stuck in customs', 'has the wrong address'],
               ['since Tuesday.', 'and I need it by Friday.', 'please advise.', '- can I get a refund?', 'what are my options?', ''])

def ent_prompt(r, kind):
    if kind == 'ticket':
        a = r.choice(TICKET_BITS[0]); a = a % r.randint(10000, 99999) if '%d' in a else a
        return '%s %s %s' % (a, r.choice(TICKET_BITS[1]), r.choice(TICKET_BITS[2]))
    if kind == 'review':
        code = r.choice(C['codegen'])[1][:700]
        return 'diff --git a/src/%s b/src/%s\n+++ b/src/%s\n' % ((f := r.choice(['util.py', 'handler.js', 'db.go', 'main.cpp'])), f, f) + '\n'.join('+' + l for l in code.split('\n'))
    if kind == 'rag':
        a = r.choice(C['uo'])
        return 'Context:\n[doc %d] Coverage applies to accidental damage excluding wear and tear. Claims must be filed within 30 days. Deductible: %d EUR.\n[doc %d] %s\n\nQuestion: %s' % (r.randint(1, 900), r.choice([150, 250, 500]), r.randint(1, 900), a[3][:200], r.choice(['Am I covered if my phone screen cracks?', 'How long do I have to file?', 'What is my deductible?', 'Does this cover flood damage?', a[1][:120]]))
    if kind == 'classify':
        return r.choice(['hi my card got declined again', 'Want to upgrade to the team plan, who do I talk to', 'The API returns 502 since this morning', 'CONGRATULATIONS you won', 'cannot reset my password', 'need a copy of last month invoice']) + r.choice(['', '!', ' pls', '?', ' asap'])
    if kind == 'translate':
        return r.choice(C['koala'])[:400]
    return 'Abstract: Background: %s Methods: randomized, double-blind, n=%d. Results: primary endpoint met (p=0.0%d). Conclusions: further study warranted.' % (r.choice(['Hypertension remains', 'Type 2 diabetes is', 'Migraine is', 'Atopic dermatitis is']) + ' a leading cause of morbidity.', r.randint(80, 3000), r.randint(1, 4))

def org_enterprise(W, n_acc, per_acc, region, egress_pool, verified=True, persona='verified-enterprise', stack='openai-py', app=None, tier='enterprise'):
    r = W.r
    org = 'org_' + '%08x' % r.getrandbits(32)
    dom = company_domain(r)
    card = payfp(r)
    sysp, kind = app or r.choice(ENT_APPS)
    # egress: one NAT IP or a few cloud IPs
    if egress_pool.startswith('res') or egress_pool == 'office':
        eg = [W.ip_in(res_pool_for(r, region), r)]
    else:
        base, cc = W.subnet24(egress_pool, r)
        eg = [(ipstr(base + r.randint(2, 250)), cc) for _ in range(r.randint(1, 4))]
    cc = eg[0][1]
    created = W.t0 - r.randint(20, 400) * 86400
    ja = ja4_for(stack, r, 0)
    ua = STACKS[stack][2](r)
    model = r.choice([MODELS['flash'], MODELS['pro'], MODELS['mini']])
    total = 0
    for i in range(n_acc):
        aid = W.add_account(created + i * r.uniform(5, 90), dom, org=org, pay=card, signup_ip=eg[0][0], country=cc, tier=tier, verified=verified, persona=persona)
        key = 'key_' + '%010x' % r.getrandbits(40)
        m = max(3, int(per_acc * r.uniform(0.5, 1.5)))
        for j in range(m):
            d = r.randint(0, W.days - 1)
            t = day_time(W, d, TZ.get(cc, 0), r.choice(['work', 'work', 'flat']), r)
            W.emit(aid, t, r.choice(eg)[0], ua, ja, endpoint_for(stack, None, r), model, ent_prompt(r, kind), system=sysp,
                   temperature=r.choice([0, 0.2]), max_tokens=r.choice([512, 1024]), stream=False, key=key, out_scale=0.5)
            total += 1
    return total

HW_WRAP = ['Homework helper for %s. Explain how to solve the problem below like you would to a 7th grader. Do not just give the final number; guide through the reasoning.',
           'You are a patient tutor for %s. The student will paste a word problem. Ask them what they already tried, then explain one step at a time.',
           'Course: %s. Solve the problem step by step and then write "Final answer:" on the last line.']

def org_classroom(W, n_students, region='res_us', deadline_days=None):
    r = W.r
    course = r.choice(['Math 7 (Ms. Okafor)', 'Algebra I - Period 3', 'MATH 101 Quantitative Reasoning', 'Intro to Statistics (Section B)', 'Pre-Calc Summer Bridge'])
    sysp = r.choice(HW_WRAP) % course
    school_ip = W.ip_in('uni' if 'MATH' in course else res_pool_for(r, region), r)
    dom = r.choice(['students.', 'mail.', '']) + r.choice(WORDS) + r.choice(['.edu', '-hs.org', '.k12.ca.us', '.ac.uk'])
    org = 'org_' + '%08x' % r.getrandbits(32)
    teacher_card = payfp(r)
    # homework sets: same questions for the whole class
    weeks = [r.sample(C['gsm_test'], 8) for _ in range(3)]
    deadlines = deadline_days or [4, 10, 16]
    created = W.t0 - r.randint(10, 60) * 86400
    for i in range(n_students):
        home = W.ip_in(res_pool_for(r, region), r)
        aid = W.add_account(created + r.uniform(0, 3600 * 2), dom, org=org, pay=teacher_card if r.random() < 0.7 else None, signup_ip=school_ip[0], country=school_ip[1], tier='build', verified=False, persona='classroom')
        key = 'key_' + '%010x' % r.getrandbits(40)
        st = r.choice(['chrome', 'chrome', 'safari', 'firefox', 'edge', 'ios-app'])
        ua, ja = STACKS[st][2](r), ja4_for(st, r)
        tz = TZ.get(school_ip[1], 0)
        for w, dl in enumerate(deadlines):
            if dl >= W.days or r.random() < 0.15:
                continue
            qs = r.sample(weeks[w % 3], r.randint(2, 8))
            # procrastination: most activity within 30h of the deadline
            for q, a in qs:
                lag = r.expovariate(1 / 10.0) * 3600
                t = W.t0 + dl * 86400 + (22 - tz) * 3600 - lag
                at_school = r.random() < 0.35
                conv = W.new_conv()
                ep = endpoint_for(st, '/v1/chat/completions', r)
                W.emit(aid, t, school_ip[0] if at_school else home[0], ua, ja, ep, MODELS['flash'], q, system=sysp, conv=conv, turn=1, key=key, temperature=0.3, stream=True)
                if r.random() < 0.4:
                    W.emit(aid, t + r.uniform(40, 400), school_ip[0] if at_school else home[0], ua, ja, ep, MODELS['flash'], r.choice(['i dont get step 2', 'so is the answer %s?' % a.split('####')[-1].strip(), 'can you check my answer: ' + a.split('####')[-1].strip(), 'thanks']), system=sysp, conv=conv, turn=2, key=key, temperature=0.3, stream=True)

def org_campus(W, n, nat_pool='uni'):
    r = W.r
    nat = [W.ip_in(nat_pool, r) for _ in range(r.randint(2, 4))]
    dom = r.choice(WORDS) + r.choice(['.edu', '.ac.uk', '.edu.cn', '-uni.de'])
    for i in range(n):
        cc = nat[0][1]
        aid = W.add_account(W.t0 - r.randint(0, 300) * 86400 + r.uniform(0, 86400), dom if r.random() < 0.6 else r.choice(FREEMAIL), pay=None if r.random() < 0.6 else payfp(r), signup_ip=r.choice(nat)[0], country=cc, tier=r.choice(['free', 'free', 'build']), persona='campus-nat')
        P = Person(W, r, fixed_ip=r.choice(nat), stacks=[r.choice(['chrome', 'safari', 'firefox', 'chrome', 'okhttp', 'ios-app', 'requests', 'openai-py'])])
        P.tz = TZ.get(cc, 0)
        nreq = max(1, int(r.lognormvariate(1.4, 0.8)))
        if r.random() < 0.25:
            org_power(W, aid, P, nreq)
        elif r.random() < 0.2:
            org_researcher(W, aid, P, nreq)
        else:
            org_casual(W, aid, P, nreq, prof='student')

EVAL_TPL = [lambda q: q, lambda q: 'Question: %s\nAnswer: Let\'s think step by step.' % q, lambda q: 'Solve the following math problem. Put the final answer after "####".\n\n' + q,
            lambda q: 'Q: Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether in April and May?\nA: 72\n\nQ: %s\nA:' % q]

def org_eval(W, n_acc, runs, region='gcp', verified=True, stack='httpx'):
    r = W.r
    org = 'org_' + '%08x' % r.getrandbits(32)
    dom = company_domain(r)
    card = payfp(r)
    base, cc = W.subnet24(region, r)
    created = W.t0 - r.randint(30, 300) * 86400
    accs = []
    for i in range(n_acc):
        aid = W.add_account(created + r.uniform(0, 600), dom, org=org, pay=card, signup_ip=ipstr(base + 10), country=cc, tier='scale', verified=verified, persona='eval-harness')
        accs.append((aid, 'key_' + '%010x' % r.getrandbits(40)))
    ua = STACKS[stack][2](r); ja = ja4_for(stack, r, 0)
    suites = [('gsm', C['gsm_test'][:r.choice([200, 300, 400])]), ('he', C['he']), ('mt', C['mt']), ('arena', [(x, None) for x in C['arena'][:150]])]
    for run in range(runs):
        name, items = r.choice(suites)
        tpl = r.choice(EVAL_TPL)
        aid, key = r.choice(accs)
        t = W.t0 + r.uniform(0, W.days * 86400)
        model = r.choice(list(MODELS.values()))
        temp = r.choice([0, 0, 0.6, 1.0])
        seqs = r.choice([1, 1, 3])
        conc_ips = [ipstr(base + r.randint(2, 250)) for _ in range(3)]
        for it in items:
            for s in range(seqs):
                if name == 'gsm':
                    p, resp = tpl(it[0]), it[1]
                elif name == 'he':
                    p, resp = (it[1] if r.random() < 0.5 else 'Complete the following Python function. Return only code.\n\n' + it[1]), it[1] + it[2]
                elif name == 'mt':
                    p, resp = it[0], None
                else:
                    p, resp = it[0], None
                W.emit(aid, t, r.choice(conc_ips), ua, ja, endpoint_for(stack, '/v1/chat/completions', r), model, p, temperature=temp,
                       max_tokens=r.choice([1024, 2048]) if model != MODELS['think'] else 32000, stream=False, key=key, response=resp, shape='code')
                t += r.uniform(0.2, 3.0)

def org_startup(W, n, persona='startup-team'):
    """unverified small company: shared card, shared cloud egress, one system prompt, keys made together"""
    r = W.r
    dom = company_domain(r)
    card = payfp(r)
    base, cc = W.subnet24(r.choice(['aws', 'gcp', 'do', 'hetzner']), r)
    created = W.t0 + r.uniform(-40, 3) * 86400
    sysp = r.choice(['You are Lumo, a meal-planning assistant. Always include a grocery list.', 'You write product descriptions for Shopify stores. Max 120 words, no superlatives.',
                     'You are a SQL copilot for our analytics warehouse (BigQuery dialect). Return only SQL.', 'Extract invoice fields (vendor, date, total, VAT) as JSON.'])
    stack = r.choice(['openai-node', 'anthropic-ts', 'openai-py', 'go'])
    ua, ja = STACKS[stack][2](r), ja4_for(stack, r, 1)
    for i in range(n):
        aid = W.add_account(created + i * r.uniform(10, 200), dom, pay=card, signup_ip=ipstr(base + 7), country=cc, tier='build', persona=persona)
        key = 'key_' + '%010x' % r.getrandbits(40)
        for j in range(r.randint(15, 60)):
            t = W.t0 + r.uniform(max(0, created - W.t0), W.days * 86400)
            src = r.choice(C['uo'])
            W.emit(aid, t, ipstr(base + r.randint(2, 30)), ua, ja, endpoint_for(stack, None, r), MODELS['flash'], (src[2] or src[1])[:600], system=sysp, temperature=0.4, max_tokens=800, key=key, stream=False, out_scale=0.6)

def org_hackathon(W, n):
    r = W.r
    venue = W.ip_in(r.choice(['res_us', 'res_eu', 'uni']), r)
    day = r.randint(2, W.days - 4)
    start = W.t0 + day * 86400 + (9 - TZ.get(venue[1], 0)) * 3600
    sysp = 'Starter kit (HackNight %d): you are an assistant embedded in a demo app. Keep answers under 100 words.' % r.randint(3, 30)
    for i in range(n):
        aid = W.add_account(start + r.uniform(0, 5400), r.choice(FREEMAIL), pay=None, signup_ip=venue[0], country=venue[1], tier='free', persona='hackathon')
        st = r.choice(['openai-node', 'openai-py', 'anthropic-ts', 'anthropic-py', 'curl', 'undici'])
        ua, ja = STACKS[st][2](r), ja4_for(st, r)
        key = 'key_' + '%010x' % r.getrandbits(40)
        for j in range(r.randint(3, 25)):
            t = start + r.uniform(0.5, 30) * 3600
            p = r.choice([r.choice(C['koala']), r.choice(C['vicuna']), 'test', 'hello', 'say hi in 5 languages', r.choice(C['uo'])[1]])
            W.emit(aid, t, venue[0] if r.random() < 0.85 else W.ip_in('mobile', r)[0], ua, ja, endpoint_for(st, None, r), MODELS['flash'], p, system=sysp if r.random() < 0.8 else None, key=key, temperature=r.choice([None, 0.7]), stream=r.random() < 0.5)

def org_benchmark_solo(W, aid, P, n):
    """lone grad student / blogger replaying humaneval or gsm8k bare on personal key"""
    r = W.r
    src = r.choice(['he', 'gsm'])
    items = C['he'] if src == 'he' else r.sample(C['gsm_test'], 200)
    d = r.randint(0, W.days - 2)
    t = day_time(W, d, P.tz, 'evening', r)
    st, ua, ja = P.stacks[-1]
    for it in items[:n]:
        p, resp = (it[1], it[2]) if src == 'he' else (it[0], it[1])
        W.emit(aid, t, P.ip, ua, ja, endpoint_for(st, P.pref, r), MODELS['think'] if r.random() < 0.5 else MODELS['pro'], p, temperature=0, max_tokens=r.choice([2048, 16000]), key=P.key, response=resp, shape='code')
        t += r.uniform(2, 20)

# ================================================================ ATTACK OPERATIONS
DISPOSABLE = ['mailinator.com', 'tempmail.plus', 'guerrillamailblock.com', 'sharklasers.com', 'yopmail.net', 'dropmail.me', 'mail-temp.org', 'inboxkitten.com', '10minutemail.net']
LOOKALIKE = ['gmaiI.com', 'gmai1.com', 'outlok.com', 'hotmaill.com', 'proton-mail.net', 'yahooo.co', 'gnail.com', 'icloud-mail.com']

# --- phrasing grammars (each op has its own) ---
def g_cot_fleet(r, q):
    a = pick(r, 'Solve the following problem.', 'Problem:', 'Consider this question.', 'Task:', 'Here is a math word problem.', 'Work on this:')
    b = pick(r, 'Reason step by step and number each step.', 'Think carefully through every intermediate step before answering.', 'Write out your full chain of reasoning, then give the result.',
             'Explain each step of your reasoning in detail.', 'Lay out your thought process explicitly; do not skip steps.', 'Show all reasoning, verifying each calculation.')
    c = pick(r, 'End with "Answer: <number>".', 'Put the final answer on its own line prefixed by ####.', 'Finish with the final numeric answer in \\boxed{}.', 'Conclude with: The answer is X.', '')
    order = r.random()
    if order < 0.5:
        return '%s\n\n%s\n\n%s %s' % (a, q, b, c)
    if order < 0.8:
        return '%s %s\n\n%s\n\n%s' % (b, c, q, a if a.endswith(':') is False else '')
    return '%s\n%s\n%s' % (q, b, c)

def g_careful(r, item, kind):
    if kind == 'math':
        lead = pick(r, 'hey, stuck on this one from a worksheet', 'my kid brought this home and I\'m rusty', 'quick one', 'can you help me see how to do this', 'trying to check my answer here', '', '', '')
        tail = pick(r, 'how would you go about it?', 'can you walk me through it', 'what\'s the reasoning?', 'I got a different number, can you show how you get yours', '', 'explain like a tutor would')
        return ('%s\n\n%s\n\n%s' % (lead, item, tail)).strip()
    if kind == 'code':
        lead = pick(r, 'I\'m practising for interviews.', 'Working on a side project and need this:', 'Can you implement this and explain your approach?', '', 'how would a senior engineer write this?', 'Not sure where to start with this one')
        return ('%s\n\n%s' % (lead, item)).strip()
    return item

CAREFUL_FOLLOW = ['why did you choose that approach over the obvious alternative?', 'can you double-check the second step?', 'what if the numbers were twice as large?', 'is there a faster way to see this?',
                  'could you explain the trickiest part again more slowly?', 'what are the edge cases here?', 'ok, and how confident are you in that?', 'can you verify by working backwards?',
                  'what would a common mistake look like?', 'nice. can you generalise it?', 'how would you test this?', 'rewrite the solution as if teaching it', 'walk me through your thinking once more']

def g_code_team(r, item, team):
    if team == 0:
        return pick(r, 'Implement the following. Provide complete, runnable code and a brief explanation of the algorithm.\n\n', 'SPEC:\n', 'Write production-quality code for this task:\n', '') + item + pick(r, '', '\n\nInclude tests.', '\n\nExplain time and space complexity.', '\n\nThink about it before coding.')
    if team == 1 and not item.lstrip().startswith(('def ', 'from ', 'import ')):
        return pick(r, 'Here is a task. Think it through, then give a complete solution.\n\n', 'Task for you:\n', 'Solve fully, explaining each step:\n') + item
    if team == 1:
        return pick(r, 'Please finish this function. Reason about the examples first.\n\n```python\n', 'Complete:\n```python\n', '```python\n') + item + '```' + pick(r, '', '\nGive the full function body.', '\nAlso explain why it handles the doctests.')
    return pick(r, '# task\n', '### Instruction\n', '>> ', '') + item + pick(r, '\n### Response', '', '\n(answer fully, code + explanation)')

def g_judge(r, q, ans, style):
    rub = [pick(r, 'correctness of the final answer', 'factual accuracy', 'whether the final result matches'),
           pick(r, 'soundness of each reasoning step', 'logical validity', 'quality of the derivation'),
           pick(r, 'clarity of explanation', 'presentation and readability', 'conciseness'),
           pick(r, 'completeness', 'handling of units and edge cases', 'helpfulness to the reader')]
    r.shuffle(rub)
    scale = pick(r, '1-10', '1 to 5', '0-100', 'A/B/C/D/F')
    if style == 0:
        return 'You are an impartial grader.\n\n[Question]\n%s\n\n[Candidate response]\n%s\n\nEvaluate the response on: %s. For each criterion give a short justification, then an overall score (%s). Output format: {"critique": ..., "score": ...}' % (q, ans, '; '.join(rub[:r.randint(2, 4)]), scale)
    if style == 1:
        return pick(r, 'Grade this student solution.', 'Score the answer below.', 'Please assess the following attempt.') + '\nRubric (%s): %s.\n\nPROBLEM: %s\nATTEMPT: %s\n\n%s' % (scale, ', '.join(rub[:3]), q, ans, pick(r, 'Explain your grading reasoning step by step before the score.', 'Reason first, score last.', 'Write the verdict as "Score: N" on the final line.'))
    return '<task>%s</task>\n<response>%s</response>\n<instructions>Rate the response %s. Criteria: %s. Point out every error you find.</instructions>' % (q, ans, scale, ' | '.join(rub))

DOMAINS = ['number theory', 'organic chemistry', 'contract law', 'distributed systems', 'Bayesian statistics', 'microeconomics', 'compiler design', 'cell biology', 'thermodynamics',
           'SQL query optimisation', 'medieval history', 'linear algebra', 'computer networking', 'pharmacology', 'game theory', 'cryptography', 'operating systems', 'tax accounting',
           'epidemiology', 'electrical circuits', 'formal logic', 'reinforcement learning', 'geometry', 'Rust ownership', 'Kubernetes operations', 'music theory', 'civil engineering',
           'differential equations', 'classical mechanics', 'corporate finance', 'information retrieval', 'graph algorithms', 'probability puzzles', 'astronomy', 'genetics']
SKILLS = ['multi-step derivation', 'proof writing', 'debugging a flawed argument', 'estimation', 'counterfactual reasoning', 'step-by-step calculation', 'planning under constraints',
          'explaining to a novice', 'critiquing a solution', 'designing an experiment', 'writing and explaining code', 'comparative analysis', 'edge-case enumeration']
LEVELS = ['introductory', 'undergraduate', 'graduate', 'expert', 'olympiad', 'professional-exam']

def g_sweep(r, i, opstyle):
    d, s, l = DOMAINS[i % len(DOMAINS)], SKILLS[(i // len(DOMAINS)) % len(SKILLS)], LEVELS[(i * 7) % len(LEVELS)]
    if opstyle == 0:
        return 'Domain: %s\nSkill: %s\nDifficulty: %s\n\nCreate one challenging problem that exercises this skill in this domain, then solve it completely, showing all reasoning. Finally list the key insight in one sentence.' % (d, s, l)
    if opstyle == 1:
        return pick(r, 'Give me a %s-level question on %s that requires %s, and answer it thoroughly.' % (l, d, s),
                    'I need a hard %s exercise (%s level) testing %s. Write it and then work through the solution in detail.' % (d, l, s),
                    'Pose and solve: a %s problem in %s. Emphasise %s.' % (l, d, s))
    return '[%s/%s/%s] generate_problem_and_solution' % (d.replace(' ', '_'), s.replace(' ', '_'), l)

def g_selfinstruct(r, seeds, batch):
    intro = pick(r, 'You are generating training data.', 'We are building a diverse instruction dataset.', 'Act as a data generator.', 'Brainstorm tasks for an assistant.')
    req = pick(r, 'Produce %d new, diverse task instructions, each with an input (or <noinput>) and a high-quality output.' % batch,
               'Write %d varied instructions a user might give an AI, along with ideal responses.' % batch,
               'Come up with %d more tasks in the same format. Vary verbs, domains and difficulty. Give complete answers.' % batch)
    fmt = pick(r, 'Return JSON lines with keys instruction, input, output.', 'Number them 1..%d. Use "Instruction:", "Input:", "Output:" headers.' % batch, 'Use ### separators between tasks.')
    ex = '\n'.join('%d. Instruction: %s\n   Input: %s\n   Output: %s' % (k + 1, s[0], s[1] or '<noinput>', s[2][:200]) for k, s in enumerate(seeds))
    return '%s %s\n\nExamples:\n%s\n\n%s' % (intro, req, ex, fmt)

def g_respond_only(r, inst, inp):
    return pick(r, '', 'Respond to the instruction.\n', 'Instruction: ', 'Please complete this task as well as you can:\n') + inst + ('\n\nInput: ' + inp if inp else '')

def cover_prompt(r):
    x = r.random()
    if x < 0.35: return r.choice(C['koala'])
    if x < 0.6: return r.choice(C['vicuna'])
    if x < 0.8: return r.choice(C['hh'])[0]
    return r.choice(C['uo'])[1]

# --- op engine ---
class Op:
    def __init__(self, W, cid, name):
        self.W = W; self.cid = cid; self.name = name
        self.r = random.Random(W.r.random())

def make_accounts(W, op, n, style, persona):
    """style keys: created ('burst','aged','spread'), email, pay, ip, country"""
    r = op.r
    out = []
    cards = [payfp(r) for _ in range(style.get('ncards', 1))] if style['pay'] == 'shared' else None
    bursts = [W.t0 + r.uniform(-6, W.days * 0.4) * 86400 for _ in range(style.get('nbursts', 3))]
    for i in range(n):
        if style['created'] == 'burst':
            created = r.choice(bursts) + r.uniform(0, 2400)
        elif style['created'] == 'aged':
            created = W.t0 - r.uniform(60, 330) * 86400
        else:
            created = W.t0 - r.uniform(-W.days * 0.3, 45) * 86400
        em = style['email']
        if em == 'disposable': email = r.choice(DISPOSABLE[:style.get('ndom', 4)])
        elif em == 'lookalike': email = r.choice(LOOKALIKE + DISPOSABLE[:2])
        elif em == 'mixed': email = r.choice(FREEMAIL + LOOKALIKE[:2] + [company_domain(r)])
        else: email = r.choice(FREEMAIL) if r.random() < 0.75 else company_domain(r)
        pay = (r.choice(cards) if style['pay'] == 'shared' else payfp(r) if style['pay'] == 'unique' else (None if r.random() < 0.5 else payfp(r)))
        ipinfo = style['ipfn'](i)
        tier = 'build' if pay else 'free'
        aid = W.add_account(created, email, pay=pay, signup_ip=ipinfo['signup'], country=ipinfo['cc'], tier=tier, label='attack', campaign=op.cid, persona=persona)
        ipinfo['aid'] = aid
        ipinfo['key'] = 'key_' + '%010x' % r.getrandbits(40)
        ipinfo['created'] = created
        out.append(ipinfo)
    return out

def op_fleet(W, cid, n, per, content, infra):
    """sloppy scripted fleet"""
    op = Op(W, cid, 'fleet'); r = op.r
    subs = [W.subnet24(p, r) for p in infra['pools'] for _ in range(infra.get('nsub', 2))]
    stack = infra['stack']
    ua0 = STACKS[stack][2](r); ja0 = ja4_for(stack, r, 0)
    def ipfn(i):
        b, cc = r.choice(subs)
        return {'signup': ipstr(b + r.randint(2, 253)), 'cc': infra.get('cc', cc), 'sub': (b, cc)}
    accs = make_accounts(W, op, n, {'created': 'burst', 'email': infra['email'], 'pay': 'shared', 'ncards': infra['ncards'], 'nbursts': infra.get('nbursts', 3), 'ipfn': ipfn}, infra.get('persona', 'scripted-fleet'))
    pool = content['pool']
    interval = infra.get('interval', 45)
    for a in accs:
        m = max(5, int(r.gauss(per * 1.12, per * 0.3)))
        t = max(W.t0, a['created'] + r.uniform(600, 86400 * 2))
        ep = infra.get('endpoint', '/v1/chat/completions')
        while m > 0 and t < W.t1:
            burst = min(m, r.randint(3, 12))
            for k in range(burst):
                item = r.choice(pool)
                p, resp, extra = content['fn'](r, item)
                st = 429 if r.random() < infra.get('p429', 0.06) else None
                ip = ipstr(a['sub'][0] + r.randint(2, 253)) if r.random() < 0.5 else a['signup']
                W.emit(a['aid'], t, ip, ua0 if r.random() > 0.05 else None, ja0, ep, extra.get('model', MODELS['pro']), p, system=extra.get('system'),
                       response=resp, max_tokens=extra.get('max_tokens', 4096), temperature=extra.get('temperature', 0.7), stream=False,
                       reasoning=extra.get('reasoning', False), key=a['key'], status=st, out_scale=extra.get('out_scale', 1.3), tools=extra.get('tools'))
                t += interval * r.uniform(0.8, 1.2)
            m -= burst
            t += r.uniform(2, 20) * 3600
    return accs

def op_careful(W, cid, n, per, pool, content_fn, infra):
    """aged, unique everything, residential, human paced threads, disjoint work queue"""
    op = Op(W, cid, 'careful'); r = op.r
    queue = list(pool); r.shuffle(queue)
    qi = [0]
    def ipfn(i):
        region = r.choice(infra['regions'])
        ip, cc = W.ip_in(region, r)
        return {'signup': W.ip_in(region, r)[0] if r.random() < 0.7 else ip, 'cc': cc, 'home': ip, 'region': region}
    accs = make_accounts(W, op, n, {'created': 'aged', 'email': 'normal', 'pay': 'unique', 'ipfn': ipfn}, infra.get('persona', 'human-paced'))
    for a in accs:
        stacks = infra['stacks']
        st = r.choice(stacks)
        ua = STACKS[st][2](r)
        ja = random_ja4(r) if r.random() < infra.get('p_random_ja4', 0.3) else ja4_for(st, r)
        tz = TZ.get(a['cc'], 0)
        m = max(6, int(r.gauss(per * 1.12, per * 0.35)))
        ep = endpoint_for(st, r.choice(['/v1/chat/completions', '/v1/messages']), r)
        days = pick_days(W, max(3, m // 3), r, weekend=0.6)
        di = 0
        while m > 0:
            if qi[0] >= len(queue):
                break
            item = queue[qi[0]]; qi[0] += 1
            d = days[di % len(days)]; di += 1
            t = day_time(W, d, tz, r.choice(['work', 'evening']), r)
            first, resp, extra = content_fn(r, item)
            turns = [first]
            nf = r.choice(infra.get('follow', [0, 1, 1, 2, 2, 3]))
            turns += r.sample(CAREFUL_FOLLOW, nf)
            if r.random() < infra.get('cover', 0.15):
                turns = [cover_prompt(r)] + (r.sample(FOLLOW_CASUAL, 1) if r.random() < 0.4 else [])
                resp = None; extra = {}
            conv = W.new_conv()
            ip = a['home'] if r.random() < 0.85 else W.ip_in(a['region'], r)[0]
            if r.random() < 0.04:
                a['home'] = W.ip_in(a['region'], r)[0]
            for k, p in enumerate(turns[:m]):
                W.emit(a['aid'], t, ip, ua, ja, ep, extra.get('model', r.choice([MODELS['pro'], MODELS['think']])), p, conv=conv, turn=k + 1,
                       response=resp if k == 0 else None, max_tokens=extra.get('max_tokens', r.choice([None, 4096, 8192])), temperature=r.choice([None, 0.7, 1.0]),
                       stream=True, reasoning=extra.get('reasoning', r.random() < 0.3), key=a['key'], ctx_extra=k * 1800, system=extra.get('system'))
                t += r.lognormvariate(math.log(150), 0.8)
            m -= len(turns)
    return accs

def op_teams(W, cid, teams, content_fns, pool_map):
    """sub-teams: each with own stack/network/cover fraction/pacing"""
    op = Op(W, cid, 'teams'); r = op.r
    allacc = []
    for ti, tm in enumerate(teams):
        if tm['net'] == 'mobile':
            def ipfn(i, tm=tm):
                ip, cc = W.ip_in('mobile', r); return {'signup': ip, 'cc': cc}
        elif tm['net'] == 'vpn':
            def ipfn(i, tm=tm):
                ip, cc = W.ip_in('vpn', r); return {'signup': ip, 'cc': tm.get('cc', r.choice(['US', 'SG', 'NL', 'GB', 'DE']))}
        else:
            subs = [W.subnet24(tm['net'], r) for _ in range(tm.get('nsub', 4))]
            def ipfn(i, subs=subs):
                b, cc = r.choice(subs); return {'signup': ipstr(b + r.randint(2, 253)), 'cc': cc, 'sub': b}
        accs = make_accounts(W, op, tm['n'], {'created': tm.get('created', 'spread'), 'email': tm.get('email', 'normal'), 'pay': tm.get('pay', 'mixed'), 'ncards': tm.get('ncards', 8), 'nbursts': 5, 'ipfn': ipfn}, tm.get('persona', 'subteam-%d' % ti))
        st = tm['stack']
        jbase = ja4_for(st, r, ti % 2)
        fn = content_fns[tm['content']]
        pool = pool_map[tm['content']]
        for a in accs:
            ua = STACKS[st][2](r)
            m = max(5, int(r.gauss(tm['per'] * 1.12, tm['per'] * 0.3)))
            tz = TZ.get(a['cc'], 0) if tm.get('pace') == 'human' else tm.get('tz', 8)
            nd = max(2, m // r.randint(3, 8))
            days = pick_days(W, nd, r, weekend=0.8)
            per_day = m / len(days)
            for d in days:
                t = day_time(W, d, tz, tm.get('prof', 'work'), r)
                k = max(1, int(r.gauss(per_day, 1.5)))
                for j in range(min(k, m)):
                    if r.random() < tm['cover']:
                        p = cover_prompt(r); resp = None; extra = {'model': MODELS['flash']}
                        ip_model = None
                    else:
                        p, resp, extra = fn(r, r.choice(pool), ti)
                    if tm['net'] in ('mobile', 'vpn'):
                        ip = W.ip_in(tm['net'], r)[0] if r.random() < 0.7 else a['signup']
                    else:
                        ip = ipstr(a['sub'] + r.randint(2, 253))
                    conv = W.new_conv() if tm.get('conv') else None
                    W.emit(a['aid'], t, ip, ua, jbase, endpoint_for(st, tm.get('ep'), r), extra.get('model', MODELS['pro']), p, system=extra.get('system'),
                           response=resp, tools=extra.get('tools'), max_tokens=extra.get('max_tokens', tm.get('max_tokens', 8192)), temperature=extra.get('temperature', tm.get('temp', 0.6)),
                           stream=tm.get('stream', False), reasoning=extra.get('reasoning', False), key=a['key'], conv=conv, turn=1 if conv else None, out_scale=1.4)
                    t += r.expovariate(1 / tm.get('gap', 90))
                m -= k
                if m <= 0:
                    break
        allacc += accs
    return allacc

# ================================================================ world builders
def build(W):
    r = W.r
    v = W.variant
    # ---------------- organic ----------------
    cfg = {
        1: dict(casual=1420, vpn=150, writer=110, power=150, dev=170, research=80, hobby=45, solo_bench=12, campus=[300, 160], classes=[38, 45, 30],
                ent=[(45, 55, 'res_us', 'office', True, 'openai-py'), (30, 60, 'res_eu', 'azure', True, 'dotnet'), (18, 90, 'res_us', 'aws', True, 'anthropic-py')],
                evals=[(6, 14, 'gcp', True, 'httpx'), (3, 6, 'aws', False, 'openai-py')], startups=[8, 11, 6], hackathon=[55]),
        2: dict(casual=1300, vpn=200, writer=140, power=170, dev=150, research=100, hobby=60, solo_bench=10, campus=[240, 220, 90], classes=[42, 28],
                ent=[(60, 40, 'res_us', 'aws', True, 'go'), (25, 70, 'res_asia', 'office', True, 'java'), (12, 120, 'res_eu', 'gcp', True, 'openai-node'), (20, 30, 'res_us', 'office', False, 'php')],
                evals=[(4, 9, 'azure', True, 'openai-py'), (5, 7, 'oracle', True, 'httpx'), (2, 4, 'hetzner', False, 'aiohttp')], startups=[9, 7], hackathon=[70, 35]),
    }[v]
    personal_stack_sets = {
        'casual': [['chrome'], ['safari'], ['firefox'], ['ios-app'], ['okhttp'], ['edge'], ['chrome', 'ios-app']],
        'dev': [['openai-py', 'curl'], ['anthropic-py'], ['claude-cli', 'chrome'], ['openai-node'], ['go'], ['httpx', 'chrome'], ['zproxy', 'anthropic-py'], ['curl-win'], ['reqwest'], ['anthropic-ts', 'undici'], ['ruby'], ['java']],
    }
    def mk_person(persona, pool=None, stackset='casual', email=None, tier=None, created_back=(0, 600), pay_p=0.5, odd=False):
        stacks = r.choice(personal_stack_sets[stackset])
        if odd:
            # mismatched stacks: corporate interception / curl on windows / mobile wrapper
            stacks = r.choice([['zproxy'], ['curl-win', 'chrome'], ['okhttp', 'openai-py'], ['dotnet']])
        P = Person(W, r, pool=pool, stacks=stacks)
        created = W.t0 - r.uniform(*created_back) * 86400
        pay = payfp(r) if r.random() < pay_p else None
        aid = W.add_account(created, email or (r.choice(FREEMAIL) if r.random() < 0.8 else company_domain(r)), pay=pay, signup_ip=P.ip if r.random() < 0.6 else W.ip_in(P.pool, r)[0],
                            country=P.cc, tier=tier or ('build' if pay else 'free'), persona=persona)
        if odd:
            # odd stacks: UA of one thing, JA4 of another
            s, ua, ja = P.stacks[0]
            P.stacks[0] = (s, r.choice([STACKS['chrome'][2](r), STACKS['openai-py'][2](r), 'curl/8.4.0', None]), ja)
        return aid, P

    for i in range(cfg['casual']):
        aid, P = mk_person('casual', created_back=(-W.days * 0.7, 500), pay_p=0.25)
        org_casual(W, aid, P, max(1, int(r.lognormvariate(1.2, 0.9))))
    for i in range(cfg['vpn']):
        aid, P = mk_person('vpn-user', pool=r.choice(['vpn', 'vpn', 'm247']), pay_p=0.4)
        org_casual(W, aid, P, max(1, int(r.lognormvariate(1.6, 0.8))), prof=r.choice(['evening', 'night']))
    for i in range(cfg['writer']):
        aid, P = mk_person('writer', pay_p=0.7)
        org_writer(W, aid, P, max(3, int(r.lognormvariate(2.4, 0.6))))
    for i in range(cfg['power']):
        aid, P = mk_person('power-user', stackset='dev', pay_p=0.9, odd=r.random() < 0.15)
        org_power(W, aid, P, max(5, int(r.lognormvariate(3.4, 0.7))), agentic=r.random() < 0.3)
    for i in range(cfg['dev']):
        aid, P = mk_person('developer', stackset='dev', pay_p=0.85, odd=r.random() < 0.1, pool=r.choice([None, None, 'aws', 'do', 'hetzner', 'gcp']))
        org_power(W, aid, P, max(3, int(r.lognormvariate(2.9, 0.8))), agentic=r.random() < 0.6)
    for i in range(cfg['research']):
        aid, P = mk_person('researcher', pool=r.choice(['uni', 'uni', None]), stackset=r.choice(['dev', 'casual']), email=r.choice([None, r.choice(WORDS) + '.edu']), pay_p=0.8)
        org_researcher(W, aid, P, max(3, int(r.lognormvariate(2.8, 0.7))))
    for i in range(cfg['hobby']):
        aid, P = mk_person('data-hobbyist', stackset='dev', pay_p=0.7, pool=r.choice([None, None, 'vpn', 'do']))
        org_hobbyist(W, aid, P, max(4, int(r.lognormvariate(2.9, 0.6))))
    for i in range(cfg['solo_bench']):
        aid, P = mk_person('benchmark-tinkerer', stackset='dev', pay_p=1.0)
        org_benchmark_solo(W, aid, P, r.randint(40, 164))
    for n in cfg['campus']:
        org_campus(W, n)
    for n in cfg['classes']:
        org_classroom(W, n, region=r.choice(['res_us', 'res_eu', 'res_asia']))
    for (na, per, reg, eg, ver, st) in cfg['ent']:
        org_enterprise(W, na, per, reg, eg, verified=ver, stack=st, persona='verified-enterprise' if ver else 'enterprise-unverified', tier='enterprise' if ver else 'scale')
    for (na, runs, reg, ver, st) in cfg['evals']:
        org_eval(W, na, runs, region=reg, verified=ver, stack=st)
    for n in cfg['startups']:
        org_startup(W, n)
    for n in cfg['hackathon']:
        org_hackathon(W, n)

    # ---------------- attack ----------------
    def gsm_cot(rr, it):
        return g_cot_fleet(rr, it[0]), it[1], {'model': rr.choice([MODELS['pro'], MODELS['think']]), 'max_tokens': rr.choice([4096, 8192]), 'temperature': rr.choice([0.0, 0.7])}
    def si_bulk(rr, it):
        if rr.random() < 0.55:
            return g_selfinstruct(rr, rr.sample(C['seeds'], rr.randint(3, 6)), rr.choice([10, 15, 20, 25])), None, {'temperature': 1.0, 'max_tokens': 8192, 'out_scale': 5}
        s = rr.choice(C['seeds'] + [(x[1], x[2], x[3]) for x in C['uo']])
        return g_respond_only(rr, s[0], s[1]), None, {'temperature': 0.7, 'max_tokens': 2048}
    TEAM_SYS = ['You are a world-class programmer.', None, 'You are an autonomous software agent. Use the tools to complete the task, thinking before each call.', None]
    def code_team(rr, it, ti):
        kind, body = it
        if kind == 'tool':
            return g_code_team(rr, body[0], ti), body[1], {'tools': body[2] + rr.sample(['python', 'bash', 'web_search', 'calculator', 'file_read'], rr.randint(0, 2)), 'system': TEAM_SYS[2], 'max_tokens': 8192}
        if kind == 'he':
            return g_code_team(rr, body[1], ti), body[1] + body[2], {'max_tokens': rr.choice([4096, 16000]), 'model': MODELS['think'], 'reasoning': True}
        return g_code_team(rr, body[0], ti), body[1], {'system': TEAM_SYS[ti % 2], 'max_tokens': 8192}
    code_pool = [('tool', x) for x in r.sample(C['toolformer'], 1500)] + [('he', x) for x in C['he']] + [('cg', x) for x in r.sample(C['codegen'], 1500)]
    def judge_team(rr, it, ti):
        q, a = it
        ans = mutate_answer(rr, a) if rr.random() < 0.5 else a.replace('<<', '').replace('>>', ' ')
        return g_judge(rr, q, ans, (ti + rr.randint(0, 1)) % 3), None, {'temperature': 0, 'max_tokens': 2048, 'model': rr.choice([MODELS['pro'], MODELS['think']])}
    judge_pool = r.sample(C['gsm_train'], 3000) + [(c[0], c[1][:600]) for c in r.sample(C['codegen'], 800)] + [(x[0], x[1][:600]) for x in r.sample(C['roleplay'], 400)]
    def math_team(rr, it, ti):
        q, a = it
        if ti == 0:
            return q, a, {'model': MODELS['think'], 'reasoning': True, 'max_tokens': 32000}
        return g_cot_fleet(rr, q), a, {'max_tokens': 8192}
    def sweep_team(rr, it, ti):
        return g_sweep(rr, it, ti % 3), None, {'model': MODELS['think'], 'reasoning': True, 'max_tokens': rr.choice([16000, 32000, 64000]), 'temperature': 1.0}
    def bare_team(rr, it, ti):
        kind, body = it
        if kind == 'he':
            return body[1], body[1] + body[2], {'model': MODELS['think'], 'reasoning': True, 'max_tokens': 32000, 'temperature': 1.0}
        return body[0], body[1], {'model': MODELS['think'], 'reasoning': True, 'max_tokens': 32000, 'temperature': 1.0}
    bare_pool = [('gsm', x) for x in r.sample(C['gsm_train'], 2500)] + [('he', x) for x in C['he']] + [('a', (x, None)) for x in C['arena']]
    fns = {'code': code_team, 'judge': judge_team, 'math': math_team, 'sweep': sweep_team, 'bare': bare_team}
    pools = {'code': code_pool, 'judge': judge_pool, 'math': C['gsm_train'], 'sweep': list(range(len(DOMAINS) * len(SKILLS) * 2)), 'bare': bare_pool}

    def careful_mix(rr, item):
        kind, body = item
        if kind == 'gsm':
            return g_careful(rr, body[0], 'math'), body[1], {}
        if kind == 'he':
            return g_careful(rr, body[1], 'code'), body[1] + body[2], {'model': MODELS['think'], 'reasoning': True}
        if kind == 'cg':
            return g_careful(rr, body[0], 'code'), body[1], {}
        return body, None, {'model': MODELS['think'], 'reasoning': True, 'max_tokens': 16000}
    def careful_bare(rr, item):
        kind, body = item
        if kind == 'gsm':
            return body[0], body[1], {'model': MODELS['think'], 'reasoning': True, 'max_tokens': rr.choice([32000, 48000])}
        if kind == 'he':
            return body[1], body[1] + body[2], {'model': MODELS['think'], 'reasoning': True, 'max_tokens': 32000}
        return body, None, {'model': MODELS['think'], 'reasoning': True, 'max_tokens': 32000}

    if v == 1:
        op_fleet(W, 'camp-w1-fleet', 150, 35, {'pool': C['gsm_train'], 'fn': gsm_cot},
                 {'pools': ['hetzner', 'ovh', 'do'], 'nsub': 1, 'stack': 'requests', 'email': 'disposable', 'ncards': 4, 'nbursts': 3, 'interval': 40, 'persona': 'scripted-fleet'})
        cpool = [('gsm', x) for x in C['gsm_test']] + [('he', x) for x in C['he']] + [('cg', x) for x in r.sample(C['codegen'], 1500)] + [('ar', x) for x in C['arena_code']]
        op_careful(W, 'camp-w1-quiet', 110, 30, cpool, careful_mix,
                   {'regions': ['res_us', 'res_us', 'res_eu', 'res_asia', 'res_other'], 'stacks': ['chrome', 'firefox', 'safari', 'edge', 'chrome'], 'p_random_ja4': 0.35, 'cover': 0.12, 'persona': 'aged-residential'})
        op_teams(W, 'camp-w1-tri', [
            dict(n=70, per=45, stack='undici', net='aws', cover=0.12, content='code', pace='shift', tz=8, prof='work', persona='team-node-cloud', pay='shared', ncards=12, ep='/v1/chat/completions', gap=40),
            dict(n=60, per=42, stack='anthropic-py', net='mobile', cover=0.35, content='code', pace='human', prof='evening', persona='team-mobile-proxy', pay='unique', created='aged', conv=True, stream=True, gap=200),
            dict(n=50, per=48, stack='go', net='vpn', cover=0.22, content='code', pace='shift', tz=3, prof='flat', persona='team-go-vpn', email='mixed', pay='mixed', gap=20),
        ], fns, pools)
        op_teams(W, 'camp-w1-judge', [
            dict(n=55, per=46, stack='httpx', net='gcp', cover=0.10, content='judge', tz=-5, prof='work', persona='judge-cloud', pay='shared', ncards=14, gap=15),
            dict(n=35, per=44, stack='openai-py', net='res_eu', nsub=20, cover=0.30, content='judge', pace='human', prof='work', persona='judge-resi', pay='unique', created='aged', gap=120),
        ], fns, pools)
        op_teams(W, 'camp-w1-sweep', [
            dict(n=45, per=40, stack='curl', net='m247', cover=0.0, content='sweep', tz=7, prof='night', persona='sweep-curl', pay='shared', ncards=5, email='lookalike', created='burst', gap=60),
            dict(n=25, per=38, stack='reqwest', net='vpn', cover=0.15, content='bare', tz=7, prof='flat', persona='bare-reasoning', pay='mixed', gap=90),
        ], fns, pools)
    else:
        op_fleet(W, 'camp-w2-swarm', 170, 34, {'pool': [0], 'fn': lambda rr, it: si_bulk(rr, it)},
                 {'pools': ['m247', 'vpn'], 'nsub': 2, 'stack': 'openai-node', 'email': 'lookalike', 'ncards': 6, 'nbursts': 4, 'interval': 25, 'persona': 'selfinstruct-fleet', 'endpoint': '/v1/chat/completions'})
        cpool = [('gsm', x) for x in r.sample(C['gsm_train'], 2500)] + [('he', x) for x in C['he']] + [('ar', x) for x in C['arena']]
        op_careful(W, 'camp-w2-longhand', 120, 33, cpool, careful_bare,
                   {'regions': ['res_us', 'res_eu', 'mobile', 'res_asia'], 'stacks': ['chrome', 'safari', 'ios-app', 'anthropic-py', 'firefox', 'openai-node'], 'p_random_ja4': 0.2, 'cover': 0.2,
                    'follow': [0, 0, 1, 1, 2], 'persona': 'aged-bare-reasoner'})
        op_teams(W, 'camp-w2-relay', [
            dict(n=60, per=44, stack='aiohttp', net='azure', cover=0.18, content='math', tz=8, prof='work', persona='relay-math-cloud', pay='shared', ncards=10, gap=30),
            dict(n=50, per=40, stack='chrome', net='res_asia', nsub=30, cover=0.40, content='judge', pace='human', prof='evening', persona='relay-judge-browser', pay='unique', created='aged', conv=True, stream=True, gap=240),
            dict(n=45, per=46, stack='java', net='do', cover=0.10, content='judge', tz=8, prof='flat', persona='relay-judge-java', pay='mixed', gap=12),
            dict(n=45, per=42, stack='openai-py', net='mobile', cover=0.25, content='math', pace='human', prof='student', persona='relay-math-mobile', pay='mixed', email='mixed', gap=150),
        ], fns, pools)
        op_teams(W, 'camp-w2-toolsmith', [
            dict(n=40, per=45, stack='anthropic-ts', net='oracle', cover=0.15, content='code', tz=1, prof='work', persona='agentic-harvest', pay='shared', ncards=9, ep='/v1/messages', conv=True, gap=35),
            dict(n=20, per=40, stack='claude-cli', net='res_eu', nsub=15, cover=0.30, content='code', pace='human', prof='work', persona='cli-harvest', pay='unique', created='aged', gap=180),
        ], fns, pools)
        op_teams(W, 'camp-w2-cartographer', [
            dict(n=50, per=40, stack='headless', net='hetzner', cover=0.05, content='sweep', tz=-3, prof='flat', persona='taxonomy-headless', pay='shared', ncards=3, email='disposable', created='burst', gap=45),
        ], fns, pools)

def write(W, out):
    os.makedirs(out, exist_ok=True)
    r = W.r
    r.shuffle(W.inter)
    used = set(x['account_id'] for x in W.inter)
    with gzip.open(os.path.join(out, 'interactions.jsonl.gz'), 'wt', encoding='utf-8', compresslevel=5) as f:
        for x in W.inter:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    keep = [a for a in W.accts if a['account_id'] in used]
    kids = set(a['account_id'] for a in keep)
    with open(os.path.join(out, 'accounts.jsonl'), 'w') as f:
        for a in keep:
            f.write(json.dumps(a) + '\n')
    with open(os.path.join(out, 'labels.jsonl'), 'w') as f:
        for l in W.labels:
            if l['account_id'] in kids:
                f.write(json.dumps(l) + '\n')
    # summary
    lab = {l['account_id']: l for l in W.labels if l['account_id'] in kids}
    cnt = {}
    for x in W.inter:
        l = lab[x['account_id']]
        k = (l['label'], l['campaign'] or '-', l['persona'])
        c = cnt.setdefault(k, [set(), 0]); c[0].add(x['account_id']); c[1] += 1
    natt = sum(1 for l in lab.values() if l['label'] == 'attack')
    iatt = sum(v[1] for k, v in cnt.items() if k[0] == 'attack')
    lines = ['# World (blind generator O, variant %d, seed %d)' % (W.variant, W.seed), '',
             'Period: %s to %s (%d days). Interactions: %d. Accounts: %d. Attack accounts: %d (%d interactions).' % (iso(W.t0), iso(W.t1), W.days, len(W.inter), len(keep), natt, iatt), '',
             '| label | campaign | persona | accounts | interactions |', '|---|---|---|---|---|']
    for k in sorted(cnt):
        lines.append('| %s | %s | %s | %d | %d |' % (k[0], k[1], k[2], len(cnt[k][0]), cnt[k][1]))
    lines += ['', 'Operations (attack):', '']
    desc = {1: ['camp-w1-fleet: scripted fleet on a few datacenter /24s (Hetzner/OVH/DO), python-requests, 4 shared cards, disposable e-mail, signup bursts; gsm8k-train items in CoT-eliciting wrappers (own grammar), cron-like bursts round the clock.',
                'camp-w1-quiet: careful op, accounts aged 2-11 months, unique cards, own residential IPs, browser UAs with partly randomised JA4, human-paced multi-turn threads with follow-ups, ~12% cover; draws DISTINCT items from one shared queue (gsm8k-test, HumanEval, GPTeacher codegen, arena-hard coding) without repetition.',
                'camp-w1-tri: coding/agentic harvest in 3 sub-teams (node/undici on AWS; anthropic-python via mobile-carrier IPs with aged accounts; Go over VPN exits), 12-35% cover, each team its own wrapper grammar; toolformer tasks with tool_names, HumanEval, codegen.',
                'camp-w1-judge: rubric/judge-style grading of (partly corrupted) gsm8k solutions and GPTeacher responses; cloud sub-team (httpx, GCP) and residential EU sub-team (openai-python, aged, unique cards, 30% cover).',
                'camp-w1-sweep: capability taxonomy sweep (domain x skill x level) via curl on M247/Datacamp with look-alike e-mails, plus a bare-item extended-reasoning sub-team (reqwest over VPN, max_tokens 32k).'],
            2: ['camp-w2-swarm: self-instruct bulk generation fleet (Node OpenAI SDK) on VPN/M247 exits, look-alike e-mail domains, 6 shared cards, signup bursts, fast cadence.',
                'camp-w2-longhand: careful op sending BARE items (gsm8k-train, HumanEval, arena-hard) to the reasoning model with 32-48k max_tokens; aged accounts, unique cards, residential+mobile, mixed browsers/SDKs, follow-ups, 20% cover, disjoint work queue.',
                'camp-w2-relay: 4 sub-teams: math (bare extended reasoning / CoT) from Azure via aiohttp; judge-style grading via browsers on Asian residential IPs with 40% cover; judge via Java on DigitalOcean; CoT math via openai-python on mobile IPs.',
                'camp-w2-toolsmith: agentic tool-use / coding harvest via Anthropic TS SDK on Oracle cloud (threaded), plus a claude-cli sub-team on EU residential IPs.',
                'camp-w2-cartographer: taxonomy sweep via headless Chrome on Hetzner, 3 cards, disposable e-mail, burst signups.']}[W.variant]
    lines += ['- ' + d for d in desc]
    lines += ['', 'Legitimate personas: casual, vpn-user, writer, power-user (some with mismatched UA/JA4: TLS-intercepting proxy, curl on Windows, mobile wrappers), developer (agentic tool use, CLI, cloud dev boxes), researcher (step-by-step reasoning, university IPs), data-hobbyist (self-instruct / alpaca-prompt generation), benchmark-tinkerer (bare HumanEval/gsm8k replay on a personal key), campus-nat (hundreds behind few NAT IPs), classroom (shared teacher system prompt, same homework items, deadline bursts), verified-enterprise (org_id, one card, one egress, one system prompt), enterprise-unverified, eval-harness (benchmarks repeated across runs from cloud, round the clock), startup-team (unverified, shared card/egress/system prompt), hackathon (burst signups on one venue NAT).', '',
              'Regenerate: python3 worlds/blind/o/gen.py OUTDIR SEED VARIANT']
    open(os.path.join(out, 'WORLD.md'), 'w').write('\n'.join(lines) + '\n')
    return len(W.inter), len(keep), natt, iatt

def main():
    out, seed, variant = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    load()
    days = 18 if variant == 1 else 16
    start = datetime.datetime(2026, 3, 2 if variant == 1 else 9, tzinfo=datetime.timezone.utc).timestamp()
    W = World(seed, variant, days, start)
    build(W)
    print(out, *write(W, out))

if __name__ == '__main__':
    main()
