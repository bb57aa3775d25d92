#!/usr/bin/env python3
"""Blind traffic-world generator (AD). stdlib only, deterministic given a seed.

usage: python3 gen.py OUTDIR START_DATE DAYS SEED VARIANT(1|2)
"""
import json, gzip, random, hashlib, ipaddress, bisect, datetime as dt, sys, os, math, csv, re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASNCSV = os.environ.get('ASN_CSV', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv'))

# ---------------------------------------------------------------- corpora
def jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def js(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return json.load(f)

C = {}
def load_corpora():
    o = DATA + '/corpora/organic/'; x = DATA + '/corpora/extraction/'
    C['koala'] = [r['prompt'] for r in jl(o + 'koala.jsonl')]
    C['arena'] = [r['prompt'] for r in jl(o + 'arena-hard-v0.1.jsonl')]
    C['mt'] = [r for r in jl(o + 'mt-bench.jsonl')]
    C['vicuna'] = [r['turns'][0] for r in jl(o + 'vicuna-bench.jsonl')]
    hh = []
    for r in jl(o + 'hh-rlhf-harmless-test.jsonl.gz'):
        parts = re.split(r'\n\nHuman: ', r['chosen'])
        turns = []
        for p in parts[1:]:
            h = p.split('\n\nAssistant:')[0].strip()
            if h: turns.append(h)
        rej = r['rejected'].rsplit('\n\nAssistant:', 1)[-1].strip()
        cho = r['chosen'].rsplit('\n\nAssistant:', 1)[-1].strip()
        if turns: hh.append({'turns': turns, 'chosen': cho, 'rejected': rej})
    C['hh'] = hh
    ui = []
    for r in jl(o + 'self-instruct-user-oriented.jsonl'):
        for inst in r['instances'][:2]:
            t = r['instruction'] + ('\n\n' + inst['input'] if inst.get('input') else '')
            ui.append(t)
    C['userinst'] = ui
    C['seed'] = jl(x + 'self-instruct-seed-tasks.jsonl')
    C['codegen'] = js(x + 'gpteacher-codegen.json.gz')
    C['roleplay'] = js(x + 'gpteacher-roleplay.json.gz')
    C['toolf'] = js(x + 'gpteacher-toolformer.json.gz')
    C['gsm_train'] = jl(x + 'gsm8k-train.jsonl.gz')
    C['gsm_test'] = jl(x + 'gsm8k-test.jsonl')
    C['humaneval'] = jl(x + 'humaneval.jsonl.gz')
    conv = []; code = []
    for name, arr in (('conv', conv), ('code', code)):
        with open(DATA + '/traces/AzureLLMInferenceTrace_%s.csv' % name) as f:
            rd = csv.reader(f); next(rd)
            for row in rd:
                arr.append((int(row[1]), int(row[2])))
    C['trace_conv'] = conv; C['trace_code'] = code

# ---------------------------------------------------------------- networks
ASN_RANGES = {}
def load_asn(wanted):
    with open(ASNCSV) as f:
        for line in f:
            a, b, rest = line.split(',', 2)
            asn = int(rest.split(',', 1)[0])
            if asn in wanted:
                ASN_RANGES.setdefault(asn, []).append((int(ipaddress.IPv4Address(a)), int(ipaddress.IPv4Address(b))))

def cidrs(path):
    out = []
    with open(path) as f:
        for l in f:
            l = l.split('#')[0].strip()
            if not l: continue
            try:
                n = ipaddress.ip_network(l, strict=False)
            except ValueError:
                continue
            if n.version == 4 and n.num_addresses >= 16:
                out.append((int(n.network_address), int(n.broadcast_address)))
    return out

NET = {
    'res_us': [7922, 20115, 20001, 10796, 11427, 7018, 22773, 6167, 7843],
    'res_eu': [3320, 2856, 5511, 3215, 3209, 1136, 3303, 3352, 3301, 6830, 12322],
    'res_ca': [812, 577, 6327],
    'res_asia': [4766, 2516, 4725, 9498, 24560, 7552, 3462, 4134],
    'res_latam': [28573, 7303],
    'mobile': [21928, 55836, 9605, 9808, 45609],
    'uni_us': [7377, 3, 25, 52, 32],
    'uni_eu': [786, 680, 2200],
    'aws': [16509, 14618], 'gcp': [396982, 15169], 'azure': [8075, 8069], 'oracle': [31898],
    'do': [14061], 'hetzner': [24940], 'ovh': [16276], 'linode': [63949], 'vultr': [20473],
    'm247': [9009], 'datacamp': [212238, 60068], 'zscaler': [22616],
}

class IPPool:
    def __init__(self):
        self.dc = cidrs(DATA + '/network/datacenter-ipv4.txt')
        self.vpn = cidrs(DATA + '/network/vpn-ipv4.txt')
    def _from(self, rng, ranges):
        # weight by log size so small ranges still appear
        r = ranges[rng.randrange(len(ranges))]
        if rng.random() < 0.5:
            r = max(rng.sample(ranges, min(4, len(ranges))), key=lambda z: z[1] - z[0])
        lo, hi = r
        if hi - lo > 2: lo, hi = lo + 1, hi - 1
        return str(ipaddress.IPv4Address(rng.randint(lo, hi)))
    def net(self, rng, key):
        if key == 'dclist': return self._from(rng, self.dc)
        if key == 'vpnlist': return self._from(rng, self.vpn)
        asns = [a for a in NET[key] if a in ASN_RANGES]
        return self._from(rng, ASN_RANGES[rng.choice(asns)])
    def near(self, rng, ip, span=64):
        v = int(ipaddress.IPv4Address(ip))
        return str(ipaddress.IPv4Address((v & ~0xff) | rng.randint(1, 254))) if span <= 256 else ip

# ---------------------------------------------------------------- client stacks
def h12(s):
    return hashlib.sha256(s.encode()).hexdigest()[:12]

def ja4(prefix, name):
    return '%s_%s_%s' % (prefix, h12('c' + name), h12('e' + name))

JA4 = {
    'chrome': 't13d1516h2_8daaf6152771_02713d6af862',
    'chrome_old': 't13d1517h2_8daaf6152771_b1ff8ab2d16f',
    'firefox': 't13d1715h2_5b57614c22b0_3d5424432f57',
    'safari': 't13d2014h2_a09f3c656075_14788d8d241b',
    'py311': ja4('t13d3112h1', 'py311-openssl3'),
    'py39': ja4('t13d4413h1', 'py39-openssl1.1'),
    'py_h2': ja4('t13d3113h2', 'py-httpx-h2'),
    'node18': ja4('t13d1712h1', 'node18'),
    'node20': ja4('t13d1713h1', 'node20'),
    'bun': ja4('t13d1310h1', 'bun'),
    'go': ja4('t13d1310h2', 'go-net-http'),
    'go_utls': 't13d1516h2_8daaf6152771_02713d6af862',
    'curl': ja4('t13d3114h2', 'curl-openssl'),
    'curl_win': ja4('t12d1909h2', 'curl-schannel'),
    'okhttp': ja4('t13d1614h2', 'okhttp4'),
    'ios': 't13d2014h2_a09f3c656075_e42f34c56612',
    'java': ja4('t13d4012h1', 'java17-httpclient'),
    'rust': ja4('t13d0910h2', 'rustls'),
    'dotnet': ja4('t12d2111h2', 'dotnet-schannel'),
    'zscaler': ja4('t13d2812h2', 'zscaler-tls-inspect'),
    'bluecoat': ja4('t12d3209h1', 'bluecoat-proxy'),
}

OSS = ['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64']
def ua_for(rng, stack):
    v = rng.choice
    if stack in ('chrome', 'chrome_old', 'go_utls'):
        return 'Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % (v(OSS), rng.randint(128, 134))
    if stack == 'firefox':
        ver = rng.randint(128, 136)
        return 'Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (v(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 14.5']), ver, ver)
    if stack == 'safari':
        return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % v(['17.5', '17.6', '18.1', '18.3'])
    if stack == 'ios':
        return v(['%s/%s CFNetwork/1568.100.1 Darwin/24.0.0' % (v(['Chatterly', 'PocketLLM', 'AskBox', 'NoteMate']), v(['2.3.1', '2.4.0', '1.9.7'])),
                  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148'])
    if stack == 'okhttp':
        return v(['okhttp/4.12.0', 'okhttp/4.11.0', 'okhttp/5.0.0-alpha.14'])
    if stack in ('py311', 'py39', 'py_h2'):
        return v(['OpenAI/Python %s' % v(['1.51.2', '1.54.4', '1.59.7', '1.63.2']),
                  'Anthropic/Python %s' % v(['0.39.0', '0.42.0', '0.45.2', '0.49.0']),
                  'python-httpx/%s' % v(['0.27.0', '0.27.2', '0.28.1']),
                  'python-requests/%s' % v(['2.31.0', '2.32.3']),
                  'aiohttp/3.9.5 Python/3.11'])
    if stack in ('node18', 'node20', 'bun'):
        return v(['OpenAI/JS %s' % v(['4.67.3', '4.77.0', '4.85.1']), 'Anthropic/JS %s' % v(['0.32.1', '0.36.3', '0.37.0']),
                  'node', 'undici', 'axios/1.7.7', None])
    if stack == 'go':
        return v(['Go-http-client/2.0', 'Go-http-client/1.1', 'openai-go/0.1.0-alpha.38'])
    if stack == 'curl':
        return 'curl/%s' % v(['7.81.0', '8.5.0', '8.9.1'])
    if stack == 'curl_win':
        return 'curl/%s' % v(['8.4.0', '8.7.1'])
    if stack == 'java':
        return v(['Java-http-client/17.0.12', 'Java-http-client/21.0.4', 'langchain4j/0.35.0'])
    if stack == 'rust':
        return v([None, 'reqwest/0.12', 'async-openai/0.25.0'])
    if stack == 'dotnet':
        return v(['OpenAI/2.1.0 (.NET 8.0.8; Microsoft Windows 10.0.22631)', 'Azure.AI.OpenAI/2.0.0', None])
    return None

MODELS = ['nova-4-pro', 'nova-4-flash', 'nova-4-reason', 'nova-3.5-pro', 'nova-4-mini']
EPS = ['/v1/chat/completions', '/v1/messages']

# ---------------------------------------------------------------- helpers
def toks(s):
    return max(1, int(len(s) / 3.8))

class World:
    def __init__(self, start, days, seed, variant):
        self.start = dt.datetime.strptime(start, '%Y-%m-%d').replace(tzinfo=dt.timezone.utc)
        self.days = days; self.seed = seed; self.variant = variant
        self.rng = random.Random(seed)
        self.end = self.start + dt.timedelta(days=days)
        self.inter = []; self.accts = []; self.labels = []
        self.nreq = 0
        self.ips = IPPool()
        self.used = {}  # shared work queues

    def rid(self, rng, p, n=20):
        return p + ''.join(rng.choice('0123456789abcdefghijklmnopqrstuvwxyz') for _ in range(n))

    def uuid(self, rng):
        h = '%032x' % rng.getrandbits(128)
        return '%s-%s-4%s-%s-%s' % (h[:8], h[8:12], h[13:16], h[16:20], h[20:32])

    def card(self, rng):
        return 'pm_' + hashlib.sha1(str(rng.random()).encode()).hexdigest()[:24]

    def account(self, rng, persona, label, campaign, created, email, country, tier='build', verified=False, org=None, card=None, signup_ip=None):
        a = {'account_id': self.rid(rng, 'acct_', 16), 'created_at': iso(created), 'org_id': org, 'email_domain': email,
             'payment_fingerprint': card, 'signup_ip': signup_ip, 'country': country, 'tier': tier, 'verified': verified}
        self.accts.append(a)
        self.labels.append({'account_id': a['account_id'], 'label': label, 'campaign': campaign, 'persona': persona})
        a['_keys'] = [self.rid(rng, 'key_', 12)]
        return a

    def when(self, rng, day=None, tz=0, profile='evening', t0=None):
        """sample a timestamp on a day (or random day) following a diurnal profile in local time tz"""
        for _ in range(50):
            d = rng.randrange(self.days) if day is None else day
            if t0 is not None and d < (t0 - self.start).days: d = (t0 - self.start).days + rng.randrange(max(1, self.days - (t0 - self.start).days))
            wd = (self.start + dt.timedelta(days=d)).weekday()
            if profile == 'office':
                if wd >= 5 and rng.random() < 0.85: continue
                h = rng.gauss(13.5, 2.8)
            elif profile == 'evening':
                h = rng.choice([rng.gauss(20.5, 2.2), rng.gauss(13, 3.5)])
            elif profile == 'student':
                h = rng.choice([rng.gauss(22, 2.5), rng.gauss(15, 3), rng.gauss(1, 1.5)])
            elif profile == 'flat':
                h = rng.uniform(0, 24)
            elif profile == 'work_ext':
                if wd >= 5 and rng.random() < 0.5: continue
                h = rng.gauss(14, 4)
            else:
                h = rng.uniform(0, 24)
            h = h % 24
            t = self.start + dt.timedelta(days=d, hours=h - tz)
            if t0 is not None and t < t0: continue
            if self.start <= t < self.end: return t
        return self.start + dt.timedelta(seconds=rng.uniform(0, self.days * 86400))

    def emit(self, rng, a, ts, prompt, *, ip, stack, ua=None, system=None, tools=None, conv=None, turn=None, ctx=0,
             model=None, ep=None, out=None, reason=None, max_tokens=None, temp=None, stream=None, err=0.01, rate429=0.01, key=None):
        if ts >= self.end or ts < self.start: return None
        ep = ep or rng.choice(EPS)
        status = 200
        x = rng.random()
        if x < rate429: status = 429
        elif x < rate429 + err * 0.6: status = 400
        elif x < rate429 + err: status = rng.choice([500, 502, 529, 503])
        it = toks(prompt) + (toks(system) if system else 0) + ctx + (len(tools) * rng.randint(60, 180) if tools else 0)
        if out is None: out = rng.choice(C['trace_conv'])[1]
        if max_tokens and out > max_tokens: out = max_tokens
        rt = reason
        if status != 200:
            out = 0; rt = 0 if reason else reason
            lat = rng.randint(40, 900) if status != 500 else rng.randint(2000, 30000)
        else:
            ttft = rng.lognormvariate(math.log(450), 0.5) + it * 0.02
            lat = int(ttft + (out + (reason or 0)) * rng.uniform(9, 28))
        self.nreq += 1
        rec = {'id': 'req_%s' % self.rid(rng, '', 22), 'ts': iso(ts), 'account_id': a['account_id'],
               'api_key_id': key or a['_keys'][0], 'ip': ip, 'user_agent': ua if ua is not None else ua_for(rng, stack),
               'tls_ja4': JA4.get(stack, stack), 'endpoint': ep, 'model': model or rng.choice(MODELS),
               'conversation_id': conv, 'turn': turn, 'system': system, 'prompt': prompt, 'tool_names': tools,
               'response': None, 'input_tokens': it, 'output_tokens': out, 'reasoning_tokens': rt,
               'max_tokens': max_tokens, 'temperature': temp, 'stream': stream, 'status': status, 'latency_ms': lat}
        self.inter.append(rec)
        return rec

def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

def pick(rng, *opts):
    return rng.choice(opts)

# ---------------------------------------------------------------- organic content
DEV_OPENERS = ['', '', '', 'quick q: ', 'hey, ', 'Can you help with this? ', 'ok so ', 'Question — ', 'pls ']
FOLLOW_CASUAL = ['thanks! can you make it shorter?', 'hmm, that\'s not quite what I meant. I was asking more about the practical side.',
                 'Can you give me an example?', 'what about for a beginner?', 'ok and why is that?', 'Could you put that in a table?',
                 'great, now translate it to Spanish', 'make it more casual', 'Wait, is that actually true? source?', 'can you expand point 2',
                 'ok thanks', 'perfect. one more: how long would that take?', 'Now summarize in 3 bullets.', 'Say it like you would to a 10 year old']
FOLLOW_DEV = ['that throws `TypeError: cannot read properties of undefined` on line 12', 'can you add type hints', 'now write unit tests for it',
              'works, but it\'s slow for 1M rows. optimize?', 'rewrite it using async/await', 'what\'s the time complexity?',
              'I can\'t use external libs, only stdlib', 'ok now wire it into a FastAPI endpoint', 'explain the regex you used',
              'Here is the traceback:\n```\nTraceback (most recent call last):\n  File "main.py", line 41, in <module>\n    run()\nKeyError: \'id\'\n```',
              'convert to TypeScript', 'add logging and error handling', 'the CI says flake8 E501, fix line lengths', 'why did you pick a dict there instead of a list?',
              'can you do it without recursion', 'make it a CLI with argparse']
DEV_SNIPS = ['Why does my docker container exit immediately after `docker run -d myimage`? The CMD is `python app.py`.',
             'How do I do a left join in pandas on two columns and keep only rows where the right side is null?',
             'git: I committed to main by accident, how do I move the last 3 commits to a new branch?',
             'What is the difference between `useEffect` and `useLayoutEffect`?', 'Write a bash one-liner to find the 10 largest files under /var.',
             'Postgres: query is slow with ORDER BY created_at DESC LIMIT 50 on a 40M row table, index exists on created_at. why?',
             'Explain Rust lifetimes with an example where the borrow checker complains.', 'kubectl says CrashLoopBackOff, how do I see the previous container logs?',
             'Write a SQL query that returns the second highest salary per department.', 'Terraform plan wants to destroy and recreate my RDS instance after I changed the tags. Why?',
             'regex to match an ISO date but not a datetime', 'How do I mock datetime.now() in pytest?', 'nginx 502 behind gunicorn, what do I check first?',
             'Convert this curl to python requests: curl -X POST -H "Authorization: Bearer $T" -d \'{"a":1}\' https://x.io/api',
             'best way to debounce a search input in React without lodash?', 'What does `Send + Sync` mean in Rust and when do I need it?']
AGENT_TOOLS = [['read_file', 'write_file', 'list_dir', 'run_shell', 'search_code'], ['bash', 'str_replace_editor', 'grep', 'glob'],
               ['Read', 'Edit', 'Bash', 'Grep', 'Glob', 'TodoWrite', 'WebFetch'], ['get_weather', 'search_web'],
               ['sql_query', 'describe_table', 'plot_chart'], ['create_ticket', 'lookup_customer', 'refund_order', 'escalate'],
               ['browser_navigate', 'browser_click', 'browser_type', 'browser_screenshot'], ['calendar_list', 'calendar_create', 'email_send']]
TOOL_RESULTS = ['<tool_result>exit code 0\n', '<tool_result>File written successfully.', '<tool_result>exit code 1\nFAILED tests/test_api.py::test_create - AssertionError',
                '<tool_result>src/\n  app.py\n  models.py\n  utils/\n', '<tool_result>{"rows": 14, "columns": ["id","name","total"]}',
                '<tool_result>No matches found.', '<tool_result>12 matches in 4 files', '<tool_result>ModuleNotFoundError: No module named \'yaml\'']
CODING_AGENT_SYS = ['You are an autonomous coding agent working in the user\'s repository. Use the tools to inspect and modify files. Keep changes minimal.',
                    'You are a CLI coding assistant. You have shell access. Prefer small diffs; run tests after edits.',
                    'You are Devon, a helpful software engineering agent. Think before acting, call one tool at a time.']

def organic_prompt(rng, kind):
    if kind == 'casual':
        r = rng.random()
        if r < 0.3: return rng.choice(C['koala'])
        if r < 0.5: return rng.choice(C['vicuna'])
        if r < 0.8: return rng.choice(C['hh'])['turns'][0]
        if r < 0.9: return rng.choice(C['mt'])['turns'][0]
        return rng.choice(C['userinst'])
    if kind == 'dev':
        r = rng.random()
        if r < 0.35: return rng.choice(DEV_OPENERS) + rng.choice(C['arena'])
        if r < 0.6:
            g = rng.choice(C['codegen']); return g['instruction'] + (('\n' + g['input']) if g['input'] else '')
        if r < 0.9: return rng.choice(DEV_OPENERS) + rng.choice(DEV_SNIPS)
        return 'Complete this function:\n\n' + rng.choice(C['humaneval'])['prompt']
    if kind == 'writer':
        r = rng.random()
        if r < 0.4: return rng.choice(C['roleplay'])['instruction']
        if r < 0.7: return rng.choice([m for m in C['mt'] if m['category'] in ('writing', 'roleplay', 'humanities')])['turns'][0]
        return rng.choice(['Help me tighten this paragraph: ', 'Give me 5 alternative titles for: ', 'Line-edit this for rhythm: ']) + rng.choice(C['hh'])['chosen'][:500]
    if kind == 'research':
        r = rng.random()
        base = rng.choice(C['arena']) if r < 0.5 else (rng.choice(C['gsm_test'])['question'] if r < 0.7 else rng.choice([m for m in C['mt'] if m['category'] in ('reasoning', 'math', 'stem')])['turns'][0])
        pre = rng.choice(['', '', 'I\'m studying how models reason. ', 'For my notes: ', 'Let\'s think carefully. '])
        post = rng.choice(['', '\n\nPlease reason step by step.', '\n\nWalk through your reasoning before answering.', ' Show your work.', '\n\nExplain each step; I\'m checking where my own derivation went wrong.'])
        return pre + base + post
    return rng.choice(C['koala'])

def enterprise_app(rng, i):
    apps = [
        ('Acme Retail support', 'You are Sunny, the virtual assistant for Acme Retail. Answer order, shipping and return questions politely. Never promise refunds over $200 without escalation. Current date: {d}.',
         ['Where is my order #{n}? It said arriving Tuesday.', 'I want to return the blue jacket, size M, order {n}', 'Do you ship to Canada?', 'my promo code SPRING{m} is not working', 'Can I change the delivery address for order {n}?', 'The item arrived damaged, what do I do?']),
        ('Contract review', 'You are LexAssist. Summarize the clause provided, flag non-standard terms, and rate risk Low/Medium/High. Output JSON with keys summary, flags, risk.',
         ['Clause 14.{m}: The Supplier shall indemnify the Customer against all losses arising out of any breach, save that liability shall not exceed the fees paid in the preceding {m} months.', 'Section {m}. Termination for convenience: either party may terminate on {n} days written notice.', 'Confidential Information excludes information that is independently developed without reference to the disclosing party\'s information.']),
        ('HR policy bot', 'You are the internal HR helper for Northwind Ltd. Answer using the policy excerpts. If unsure, refer to hr@northwind.example.',
         ['how many vacation days do I get after {m} years?', 'what is the parental leave policy', 'Can I carry over unused PTO?', 'how do I submit an expense over {n} EUR?']),
        ('Ticket triage', 'Classify the support ticket into one of: billing, bug, feature_request, account, other. Respond with the label and a one-line reason.',
         ['App crashes when I upload a PDF larger than {m}MB', 'I was charged twice this month', 'Please add dark mode', 'cannot reset my password, link expired', 'Invoice {n} shows wrong VAT number']),
        ('Product copy', 'You write concise e-commerce product descriptions in the brand voice: warm, plain, no superlatives. Max 80 words.',
         ['Stainless steel water bottle, 750ml, keeps cold 24h, colour: sage', 'Merino wool socks, 3-pack, sizes 39-46', 'Cast iron skillet 26cm pre-seasoned', 'Bamboo desk organizer with {m} compartments']),
        ('Meeting notes', 'Summarize the transcript into decisions, action items (owner, due date) and open questions.',
         ['Transcript: Anna: we need the Q{m} numbers by Friday. Raj: I can pull them from Looker. Anna: ok and the vendor call moves to {n}...', 'Transcript: standup — Li: blocked on the staging deploy. Tom: I\'ll look after lunch. PM: release slips to next week.']),
        ('SQL copilot', 'You translate analyst questions into BigQuery SQL for the `sales` dataset. Tables: orders(order_id, customer_id, ts, total), customers(customer_id, region, segment). Output only SQL.',
         ['revenue by region last {m} months', 'top {m} customers by order count in 2025', 'weekly active customers trend', 'average basket size for segment SMB']),
        ('Translation', 'Translate the user text into {lang}. Preserve formatting and placeholders like {{name}}.',
         ['Your package is on its way! Track it here: {{link}}', 'Hi {{name}}, your subscription renews on {n}.', 'We\'re sorry for the inconvenience. A refund of {m} EUR has been issued.']),
    ]
    name, sysp, asks = apps[i % len(apps)]
    return name, sysp, asks

def fill(rng, s):
    return s.replace('{n}', str(rng.randint(10000, 99999))).replace('{m}', str(rng.randint(2, 30))).replace('{d}', '2026-0%d-%02d' % (rng.randint(1, 9), rng.randint(1, 28))).replace('{lang}', rng.choice(['German', 'French', 'Japanese', 'Portuguese (Brazil)', 'Spanish']))

FREE_MAIL = ['gmail.com'] * 8 + ['outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'proton.me', 'gmx.de', 'web.de', 'qq.com', 'naver.com', 'yandex.ru', 'mail.ru', 'orange.fr', 'live.com']
COUNTRY_NET = {'US': 'res_us', 'GB': 'res_eu', 'DE': 'res_eu', 'FR': 'res_eu', 'NL': 'res_eu', 'ES': 'res_eu', 'SE': 'res_eu', 'CA': 'res_ca', 'JP': 'res_asia', 'KR': 'res_asia', 'IN': 'res_asia', 'VN': 'res_asia', 'TW': 'res_asia', 'BR': 'res_latam', 'AR': 'res_latam'}
COUNTRY_TZ = {'US': -6, 'GB': 0, 'DE': 1, 'FR': 1, 'NL': 1, 'ES': 1, 'SE': 1, 'CA': -5, 'JP': 9, 'KR': 9, 'IN': 5.5, 'VN': 7, 'TW': 8, 'BR': -3, 'AR': -3, 'SG': 8, 'CN': 8}
COUNTRIES = ['US'] * 10 + ['GB', 'GB', 'DE', 'DE', 'FR', 'NL', 'ES', 'SE', 'CA', 'CA', 'JP', 'KR', 'IN', 'IN', 'VN', 'TW', 'BR', 'AR']

def before(w, rng, lo_days, hi_days):
    return w.start - dt.timedelta(days=rng.uniform(lo_days, hi_days), seconds=rng.uniform(0, 86400))

# ---------------------------------------------------------------- organic personas
def thread(w, rng, a, t, prompts, *, ip, stack, ua=None, system=None, tools=None, gap=(20, 400), kind='conv', ep=None, model=None,
           max_tokens=None, temp=None, stream=None, reason=None, conv_id=True, err=0.01, rate429=0.005, key=None, out_scale=1.0):
    conv = w.uuid(rng) if conv_id else None
    ctx = 0
    ep = ep or rng.choice(EPS); model = model or rng.choice(MODELS)
    for k, p in enumerate(prompts):
        o = int(rng.choice(C['trace_' + kind])[1] * out_scale) + rng.randint(5, 60)
        r = reason() if callable(reason) else reason
        rec = w.emit(rng, a, t, p, ip=ip, stack=stack, ua=ua, system=system, tools=tools, conv=conv, turn=(k + 1) if conv else None,
                     ctx=ctx, ep=ep, model=model, out=o, reason=r, max_tokens=max_tokens, temp=temp, stream=stream, err=err, rate429=rate429, key=key)
        if rec: ctx += rec['input_tokens'] - ctx + rec['output_tokens']
        lo, hi = gap
        t = t + dt.timedelta(seconds=rng.uniform(lo, hi) + (o / 40.0))
    return t

def mk_user(w, rng, persona, country=None, created=None, email=None, tier=None, card=True):
    country = country or rng.choice(COUNTRIES)
    created = created or before(w, rng, 1, 700)
    if created > w.start: pass
    email = email or rng.choice(FREE_MAIL)
    tier = tier or rng.choice(['free', 'free', 'build', 'build', 'build', 'scale'])
    net = COUNTRY_NET.get(country, 'res_us')
    ip = w.ips.net(rng, net)
    a = w.account(rng, persona, 'organic', None, created, email, country, tier=tier, card=w.card(rng) if (card and tier != 'free') else None, signup_ip=ip)
    a['_home'] = ip; a['_net'] = net; a['_tz'] = COUNTRY_TZ.get(country, 0)
    return a

def user_ip(w, rng, a, mobile=0.15):
    r = rng.random()
    if r < mobile: return w.ips.net(rng, 'mobile')
    if r < mobile + 0.1: return w.ips.near(rng, a['_home'])
    return a['_home']

def p_casual(w, rng, n, persona='casual', net_override=None):
    for _ in range(n):
        a = mk_user(w, rng, persona, tier=rng.choice(['free'] * 5 + ['build']))
        if net_override: a['_home'] = w.ips.net(rng, net_override)
        stack = rng.choice(['chrome', 'chrome', 'safari', 'firefox', 'ios', 'okhttp', 'py311', 'node20'])
        ua = ua_for(rng, stack)
        nthreads = max(1, int(rng.expovariate(1 / 1.8)))
        for _ in range(nthreads):
            t = w.when(rng, tz=a['_tz'], profile='evening')
            if rng.random() < 0.35:
                h = rng.choice(C['hh']); ps = h['turns'][:rng.randint(1, 4)]
            else:
                ps = [organic_prompt(rng, 'casual')] + [rng.choice(FOLLOW_CASUAL) for _ in range(int(rng.expovariate(1 / 0.8)))]
            ip = w.ips.net(rng, net_override) if net_override and rng.random() < 0.5 else user_ip(w, rng, a)
            thread(w, rng, a, t, ps, ip=ip, stack=stack, ua=ua, gap=(15, 300), stream=rng.choice([True, True, None]),
                   temp=rng.choice([None, None, 1.0, 0.7]), max_tokens=rng.choice([None, 1024, 2048, 4096]), model=rng.choice(['nova-4-flash', 'nova-4-pro', 'nova-4-mini']))

def p_writer(w, rng, n):
    for _ in range(n):
        a = mk_user(w, rng, 'writer')
        stack = rng.choice(['chrome', 'safari', 'py311', 'node20'])
        ua = ua_for(rng, stack)
        for _ in range(rng.randint(2, 8)):
            t = w.when(rng, tz=a['_tz'], profile=rng.choice(['evening', 'office']))
            ps = [organic_prompt(rng, 'writer')] + [rng.choice(['make the tone darker', 'continue from where it stops', 'shorter sentences please', 'now from the antagonist\'s POV', 'less purple prose', 'give me three alternative endings']) for _ in range(rng.randint(0, 5))]
            thread(w, rng, a, t, ps, ip=user_ip(w, rng, a), stack=stack, ua=ua, gap=(60, 900), temp=rng.choice([0.9, 1.0, 1.1, None]),
                   max_tokens=rng.choice([2048, 4096, 8192]), stream=True, out_scale=2.5, model='nova-4-pro')

def p_developer(w, rng, n, persona='developer', heavy=False):
    for _ in range(n):
        a = mk_user(w, rng, persona, tier=rng.choice(['build', 'build', 'scale', 'free']) if not heavy else rng.choice(['build', 'scale', 'scale']))
        stacks = rng.sample(['py311', 'py39', 'py_h2', 'node18', 'node20', 'go', 'curl', 'rust', 'java', 'bun', 'dotnet', 'chrome', 'curl_win'], rng.randint(1, 3))
        odd = rng.random() < 0.12  # TLS-intercepting corp proxy -> JA4 of proxy, UA of SDK
        cloud_dev = rng.random() < 0.3
        if odd: w.labels[-1]['persona'] = persona + '-corp-proxy'
        days_active = rng.sample(range(w.days), k=min(w.days, rng.randint(2, w.days if heavy else max(3, w.days // 2))))
        for d in days_active:
            for _ in range(rng.randint(1, 2)):
                t = w.when(rng, day=d, tz=a['_tz'], profile='work_ext')
                st = rng.choice(stacks); ua = ua_for(rng, st)
                if odd: st = rng.choice(['zscaler', 'bluecoat'])
                ip = a['_home'] if not cloud_dev or rng.random() < 0.5 else w.ips.net(rng, rng.choice(['aws', 'gcp', 'do', 'hetzner']))
                if odd: ip = w.ips.net(rng, 'zscaler') if st == 'zscaler' else ip
                if rng.random() < (0.45 if heavy else 0.25):
                    tools = rng.choice(AGENT_TOOLS[:3] + AGENT_TOOLS[4:5])
                    steps = rng.randint(3, 16 if heavy else 10)
                    ps = [organic_prompt(rng, 'dev')] + [rng.choice(TOOL_RESULTS) + rng.choice(['', '\n(see above)', '\n3 warnings']) for _ in range(steps)]
                    ua2 = rng.choice(['claude-cli/1.0.%d (external, cli)' % rng.randint(30, 90), 'aider/0.%d.0' % rng.randint(60, 80), ua, 'opencode/0.3.%d' % rng.randint(1, 40)])
                    thread(w, rng, a, t, ps, ip=ip, stack=st, ua=ua2, system=rng.choice(CODING_AGENT_SYS), tools=tools, gap=(2, 25), kind='code',
                           stream=True, max_tokens=rng.choice([8192, 16384, 32000]), model=rng.choice(['nova-4-pro', 'nova-4-reason']),
                           reason=(lambda: rng.randint(0, 1500)) if rng.random() < 0.5 else None, rate429=0.02)
                else:
                    ps = [organic_prompt(rng, 'dev')] + [rng.choice(FOLLOW_DEV) for _ in range(int(rng.expovariate(1 / 1.5)))]
                    thread(w, rng, a, t, ps, ip=ip, stack=st, ua=ua, gap=(30, 600), kind='code', out_scale=1.5,
                           temp=rng.choice([None, 0, 0.2, 0.7]), max_tokens=rng.choice([None, 2048, 4096, 8192]), stream=rng.choice([True, False, None]))

def p_research(w, rng, n):
    for _ in range(n):
        a = mk_user(w, rng, 'researcher', email=rng.choice(['gmail.com', 'mit.edu', 'cs.stanford.edu', 'ox.ac.uk', 'ethz.ch', 'cmu.edu', 'uw.edu', 'tum.de', 'outlook.com']))
        if a['email_domain'].endswith(('.edu', '.ac.uk', '.ch', '.de')) and rng.random() < 0.6:
            a['_home'] = w.ips.net(rng, rng.choice(['uni_us', 'uni_eu']))
        stack = rng.choice(['py311', 'py_h2', 'py39', 'chrome', 'node20'])
        for _ in range(rng.randint(4, 30)):
            t = w.when(rng, tz=a['_tz'], profile='work_ext')
            ps = [organic_prompt(rng, 'research')] + [rng.choice(['Why is step 2 valid?', 'Can you check that again more carefully?', 'What assumption are you making there?', 'Try a different method and compare.', 'ok, now give me just the final number']) for _ in range(rng.randint(0, 3))]
            thread(w, rng, a, t, ps, ip=user_ip(w, rng, a, 0.05), stack=stack, gap=(20, 500), kind='code', max_tokens=rng.choice([4096, 8192, 16000, 32000]),
                   reason=lambda: rng.randint(300, 9000), temp=rng.choice([None, 0, 1.0]), model=rng.choice(['nova-4-reason', 'nova-4-pro']), out_scale=1.3)

def p_hobbyist(w, rng, n):
    """legit synthetic-data hobbyists: bulk generation, seed tasks, roleplay datasets"""
    for _ in range(n):
        a = mk_user(w, rng, 'data-hobbyist', tier=rng.choice(['build', 'build', 'free']))
        stack = rng.choice(['py311', 'py39', 'py_h2'])
        ua = ua_for(rng, stack)
        ip = a['_home'] if rng.random() < 0.7 else w.ips.net(rng, rng.choice(['gcp', 'aws', 'do']))
        sysp = rng.choice([None, 'You are a dataset generator. Output valid JSON lines only.', 'You write diverse, high-quality training examples.'])
        nb = rng.randint(1, 4)
        for _ in range(nb):
            t = w.when(rng, tz=a['_tz'], profile='evening')
            for _ in range(rng.randint(8, 60)):
                r = rng.random()
                if r < 0.4:
                    s = rng.sample(C['seed'], 3)
                    p = 'Here are some example tasks:\n' + '\n'.join('- ' + x['instruction'] for x in s) + '\nWrite %d more tasks like these, each on a new line, covering different topics.' % rng.choice([10, 20, 25])
                elif r < 0.7:
                    p = 'Write a roleplay prompt and an in-character reply. Theme: ' + rng.choice(['space pirates', 'noir detective', 'medieval baker', 'cyberpunk courier', 'wizard exam', 'deep-sea station'])
                else:
                    p = rng.choice(C['userinst'])
                w.emit(rng, a, t, p, ip=ip, stack=stack, ua=ua, system=sysp, out=rng.randint(300, 2200), max_tokens=rng.choice([2048, 4096]),
                       temp=rng.choice([0.9, 1.0, 1.2]), stream=False, conv=None, rate429=0.04)
                t += dt.timedelta(seconds=rng.uniform(3, 90))

def p_vpn(w, rng, n):
    p_casual(w, rng, n, persona='vpn-user', net_override=rng.choice(['vpnlist', 'm247', 'datacamp']))

def p_power(w, rng, n):
    p_developer(w, rng, n, persona='power-user', heavy=True)

def p_enterprise(w, rng, norgs, sizes):
    for i in range(norgs):
        org = 'org_' + w.rid(rng, '', 10)
        name, sysp, asks = enterprise_app(rng, i + w.variant * 3)
        sysp = fill(rng, sysp)
        created = before(w, rng, 20, 500)
        card = w.card(rng)
        domain = rng.choice(['acme-retail.com', 'northwind.co.uk', 'contoso.com', 'globex.io', 'initech.de', 'umbrella-health.com', 'wayne-ent.com', 'soylent.co', 'hooli.com', 'vandelay.net', 'tyrell.ai', 'massive-dynamic.com'])
        egress_net = rng.choice(['aws', 'gcp', 'azure', 'oracle', 'res_eu', 'res_us'])
        egress = [w.ips.net(rng, egress_net)]
        egress += [w.ips.near(rng, egress[0]) for _ in range(rng.randint(0, 3))]
        size = rng.randint(*sizes)
        stack = rng.choice(['py311', 'java', 'dotnet', 'node20', 'go'])
        ua = ua_for(rng, stack)
        vol = rng.randint(15, 60)
        tz = rng.choice([-5, -8, 0, 1, 9])
        model = rng.choice(['nova-4-flash', 'nova-4-pro', 'nova-4-mini'])
        for k in range(size):
            a = w.account(rng, 'verified-enterprise', 'organic', None, created + dt.timedelta(seconds=rng.uniform(0, 600)), domain, rng.choice(['US', 'GB', 'DE']),
                          tier='enterprise', verified=True, org=org, card=card, signup_ip=egress[0])
            for _ in range(max(3, int(rng.gauss(vol, vol * 0.3)))):
                t = w.when(rng, tz=tz, profile=rng.choice(['office', 'office', 'flat']))
                p = fill(rng, rng.choice(asks))
                w.emit(rng, a, t, p, ip=rng.choice(egress), stack=stack, ua=ua, system=sysp, out=rng.randint(40, 400), max_tokens=1024, temp=0.2,
                       stream=rng.random() < 0.5, conv=w.uuid(rng) if rng.random() < 0.5 else None, turn=1, model=model, rate429=0.01)

def p_startup(w, rng, n_teams):
    """unverified small org, shared card, shared office IP, shared system prompt"""
    for _ in range(n_teams):
        org = 'org_' + w.rid(rng, '', 10)
        card = w.card(rng); ip = w.ips.net(rng, rng.choice(['res_us', 'res_eu', 'aws']))
        sysp = rng.choice(['You are the assistant inside Quillnote, a note-taking app. Be concise.', 'You are Tally, a bookkeeping helper for freelancers.', 'You help users plan trips. Ask clarifying questions when needed.'])
        created = before(w, rng, 2, 200)
        for _ in range(rng.randint(3, 9)):
            a = w.account(rng, 'startup-team', 'organic', None, created + dt.timedelta(minutes=rng.uniform(0, 3000)), rng.choice(['quillnote.app', 'tally.money', 'tripwise.io', 'gmail.com']),
                          'US', tier='build', verified=False, org=org, card=card, signup_ip=ip)
            stack = rng.choice(['node20', 'py311'])
            for _ in range(rng.randint(10, 60)):
                t = w.when(rng, tz=-6, profile='work_ext')
                w.emit(rng, a, t, organic_prompt(rng, rng.choice(['casual', 'casual', 'dev'])), ip=ip if rng.random() < 0.7 else w.ips.net(rng, 'aws'), stack=stack,
                       system=sysp, conv=w.uuid(rng), turn=1, max_tokens=2048, temp=0.5, stream=True)

def p_campus(w, rng, n_students):
    nat = w.ips.net(rng, rng.choice(['uni_us', 'uni_eu']))
    nat2 = w.ips.near(rng, nat)
    dom = rng.choice(['stud.uni-example.de', 'students.stateu.edu', 'ucsd.edu', 'ed.ac.uk', 'etu.univ-example.fr'])
    for _ in range(n_students):
        a = mk_user(w, rng, 'campus-nat', country='US' if 'edu' in dom else 'GB', email=dom if rng.random() < 0.6 else rng.choice(FREE_MAIL), tier=rng.choice(['free', 'free', 'free', 'build']))
        stack = rng.choice(['chrome', 'chrome', 'safari', 'firefox', 'py311', 'ios'])
        for _ in range(rng.randint(1, 6)):
            t = w.when(rng, tz=a['_tz'], profile='student')
            on_campus = rng.random() < 0.65
            kind = rng.choice(['casual', 'dev', 'research', 'writer'])
            ps = [organic_prompt(rng, kind)] + [rng.choice(FOLLOW_CASUAL + FOLLOW_DEV) for _ in range(rng.randint(0, 3))]
            thread(w, rng, a, t, ps, ip=rng.choice([nat, nat2]) if on_campus else user_ip(w, rng, a, 0.3), stack=stack, gap=(20, 400), stream=True)

def p_classroom(w, rng, n_classes):
    for c in range(n_classes):
        nat = w.ips.net(rng, rng.choice(['uni_us', 'uni_eu', 'res_us']))
        teacher_sys = rng.choice(['You are a patient math tutor for STAT 110. Explain solutions step by step, then ask the student to try a similar problem. Do not just give the final answer.',
                                  'Course: Intro to Programming (CS 101). You are a teaching assistant. Give hints before full solutions. Use Python 3.',
                                  'You are MathBuddy for Ms. Okafor\'s 8th-grade class. Show every step clearly and check the arithmetic.'])
        is_code = 'CS 101' in teacher_sys
        hw = rng.sample(C['humaneval'], 6) if is_code else rng.sample(C['gsm_train'], 10)
        wrapper = rng.choice(['Homework {k}: ', 'HW problem {k} — can you help me understand this?\n', 'I\'m stuck on question {k}:\n'])
        deadlines = sorted(rng.sample(range(1, w.days), k=min(3, w.days - 1)))
        n = rng.randint(25, 45)
        dom = rng.choice(['school.k12.example.us', 'stateu.edu', 'gmail.com'])
        created = before(w, rng, 3, 30)
        for s in range(n):
            a = w.account(rng, 'classroom', 'organic', None, created + dt.timedelta(minutes=rng.uniform(0, 90)), dom, 'US', tier='free', verified=False,
                          org=None, card=None, signup_ip=nat)
            stack = rng.choice(['chrome', 'chrome', 'safari', 'ios'])
            for dl in deadlines:
                for k, item in enumerate(hw):
                    if rng.random() < 0.45: continue
                    t = w.start + dt.timedelta(days=dl) - dt.timedelta(hours=abs(rng.gauss(5, 6)) + 2)
                    q = item['prompt'] if is_code else item['question']
                    ps = [wrapper.replace('{k}', str(k + 1)) + q] + [rng.choice(['i dont get the second step', 'so the answer is %d?' % rng.randint(2, 400), 'can u explain simpler', 'ok thanks']) for _ in range(rng.randint(0, 2))]
                    thread(w, rng, a, t, ps, ip=nat if rng.random() < 0.6 else w.ips.net(rng, 'res_us'), stack=stack, system=teacher_sys, gap=(30, 300), stream=True, model='nova-4-flash')

def p_eval(w, rng, n_labs):
    for _ in range(n_labs):
        org = 'org_' + w.rid(rng, '', 10)
        verified = rng.random() < 0.6
        card = w.card(rng)
        ips = [w.ips.net(rng, rng.choice(['aws', 'gcp', 'azure', 'hetzner', 'linode'])) for _ in range(rng.randint(1, 4))]
        dom = rng.choice(['evalworks.ai', 'cs.university.edu', 'benchlab.org', 'alignment-lab.io', 'gmail.com'])
        naccts = rng.randint(1, 3)
        stack = rng.choice(['py311', 'py_h2', 'py39'])
        ua = rng.choice(['OpenAI/Python 1.54.4', 'lm-eval-harness/0.4.5 python-httpx/0.27.0', 'inspect_ai/0.3.%d' % rng.randint(40, 70), 'Anthropic/Python 0.42.0', 'helm/0.5.4'])
        created = before(w, rng, 30, 400)
        for _ in range(naccts):
            a = w.account(rng, 'eval-harness', 'organic', None, created + dt.timedelta(minutes=rng.uniform(0, 20)), dom, 'US', tier=rng.choice(['scale', 'enterprise']),
                          verified=verified, org=org, card=card, signup_ip=ips[0])
            suites = rng.sample(['gsm8k', 'humaneval', 'mtbench', 'arena'], rng.randint(1, 2))
            nruns = rng.randint(1, 3)
            for _ in range(nruns):
                t = w.start + dt.timedelta(seconds=rng.uniform(0, w.days * 86400))
                fewshot = rng.random() < 0.5
                shots = rng.sample(C['gsm_train'], 4)
                model = rng.choice(MODELS)
                for s in suites:
                    if s == 'gsm8k':
                        o0 = rng.randrange(0, 1000); items = C['gsm_test'][o0:o0 + rng.choice([100, 200, 250])]
                        fmt = lambda it: (''.join('Question: %s\nAnswer: %s\n\n' % (x['question'], x['answer']) for x in shots) if fewshot else '') + 'Question: ' + it['question'] + '\nAnswer:'
                        kind = 'conv'
                    elif s == 'humaneval':
                        items = C['humaneval']; fmt = lambda it: it['prompt']; kind = 'code'
                    elif s == 'mtbench':
                        items = C['mt']; fmt = lambda it: it['turns'][0]; kind = 'conv'
                    else:
                        items = C['arena'][:rng.choice([50, 100])]; fmt = lambda it: it; kind = 'conv'
                    conc = rng.randint(4, 16)
                    for it in items:
                        t += dt.timedelta(seconds=rng.expovariate(conc / 6.0))
                        w.emit(rng, a, t, fmt(it), ip=rng.choice(ips), stack=stack, ua=ua, out=rng.choice(C['trace_' + kind])[1] + 50,
                               max_tokens=rng.choice([512, 1024, 2048]), temp=0.0, stream=False, conv=None, model=model, rate429=0.03,
                               reason=rng.randint(0, 3000) if model == 'nova-4-reason' else None)

def p_mobile_app(w, rng, n):
    """users of third-party mobile apps that proxy through their own key? no - direct SDK on device"""
    for _ in range(n):
        a = mk_user(w, rng, 'mobile-app-user', tier='free')
        stack = rng.choice(['okhttp', 'ios'])
        ua = ua_for(rng, stack)
        if rng.random() < 0.3: ua = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'
        for _ in range(rng.randint(1, 10)):
            t = w.when(rng, tz=a['_tz'], profile='evening')
            thread(w, rng, a, t, [organic_prompt(rng, 'casual')] + [rng.choice(FOLLOW_CASUAL) for _ in range(rng.randint(0, 2))],
                   ip=w.ips.net(rng, 'mobile') if rng.random() < 0.7 else a['_home'], stack=stack, ua=ua, gap=(10, 200), stream=True, model='nova-4-flash')

def p_hackathon(w, rng, n):
    """a hackathon weekend: many fresh accounts signed up within an hour at one venue, same email domain, burst traffic"""
    day = rng.randrange(2, w.days - 2)
    venue = w.ips.net(rng, rng.choice(['res_us', 'uni_us', 'res_eu']))
    t0 = w.start + dt.timedelta(days=day, hours=15)
    for _ in range(n):
        a = w.account(rng, 'hackathon', 'organic', None, t0 - dt.timedelta(minutes=rng.uniform(0, 70)), rng.choice(['gmail.com', 'gmail.com', 'outlook.com', 'hackclub.com', 'mlh.io']),
                      'US', tier='free', card=None, signup_ip=venue)
        stack = rng.choice(['py311', 'node20', 'node18', 'bun', 'py_h2'])
        for _ in range(rng.randint(1, 8)):
            t = t0 + dt.timedelta(hours=rng.uniform(0, 30))
            ps = [organic_prompt(rng, rng.choice(['dev', 'dev', 'casual']))] + [rng.choice(FOLLOW_DEV) for _ in range(rng.randint(0, 3))]
            thread(w, rng, a, t, ps, ip=venue, stack=stack, gap=(5, 120), rate429=0.05)

# ---------------------------------------------------------------- attack operations
DISPOSABLE = ['mailinator.com', 'tempmail.plus', 'guerrillamail.info', 'sharklasers.com', '10minutemail.net', 'dropmail.me', 'yopmail.com', 'trashmail.de', 'mailnesia.com']
LOOKALIKE = ['gmaill.com', 'gmial.com', 'outlook-mail.net', 'hotmial.com', 'protonmai1.com', 'yahho.com', 'iclod.com']

def atk_acct(w, rng, camp, persona, created, email, country, card, signup_ip, tier='build'):
    return w.account(rng, persona, 'attack', camp, created, email, country, tier=tier, card=card, signup_ip=signup_ip)

class Phr:
    """compose wording from fragment lists"""
    def __init__(self, rng, *parts):
        self.rng = rng; self.parts = parts
    def __call__(self, item):
        out = []
        for p in self.parts:
            s = self.rng.choice(p)
            out.append(s)
        return ''.join(out).replace('{X}', item)

def cover_prompt(rng):
    return organic_prompt(rng, rng.choice(['casual', 'casual', 'dev', 'writer']))

def op_sloppy_cot(w, rng, camp, n, item_pool, stack, netkeys, ncards, wording, *, ep, model, max_tok, reason_rng, per=(25, 70), bursts=3, tier='build', ua_fixed=None, system=None):
    cards = [w.card(rng) for _ in range(ncards)]
    proxies = [w.ips.net(rng, rng.choice(netkeys)) for _ in range(max(8, n // 4))]
    burst_times = [w.start + dt.timedelta(days=rng.uniform(-3, w.days * 0.6)) for _ in range(bursts)]
    doms = rng.sample(DISPOSABLE, 3) + rng.sample(LOOKALIKE, 2)
    ua = ua_fixed or ua_for(rng, stack)
    for i in range(n):
        bt = burst_times[i % bursts]
        created = bt + dt.timedelta(seconds=rng.uniform(0, 2400))
        a = atk_acct(w, rng, camp, 'scripted-fleet', created, rng.choice(doms), rng.choice(['US', 'US', 'SG', 'GB', 'NL']), rng.choice(cards), rng.choice(proxies), tier=tier)
        start = max(created + dt.timedelta(minutes=rng.uniform(5, 180)), w.start)
        t = start
        k = rng.randint(*per)
        while k > 0 and t < w.end:
            sess = min(k, rng.randint(4, 15))
            for _ in range(sess):
                it = item_pool(rng)
                w.emit(rng, a, t, wording(it), ip=rng.choice(proxies), stack=stack, ua=ua, system=system, ep=ep, model=model,
                       out=rng.randint(350, 1800), reason=reason_rng(rng) if reason_rng else None, max_tokens=max_tok, temp=rng.choice([0.7, 1.0]),
                       stream=False, conv=None, rate429=0.07, err=0.015)
                t += dt.timedelta(seconds=rng.uniform(1.5, 25))
            k -= sess
            t += dt.timedelta(hours=rng.uniform(2, 40))

def op_careful(w, rng, camp, n, queue, first_wording, followups, *, kind, per=(25, 50), tools_p=0.0, cover=0.15, reason=None, maxt=(4096, 8192, 16000)):
    """aged accounts, own card, residential, human-paced threads, distinct queue items"""
    for i in range(n):
        country = rng.choice(['US', 'US', 'US', 'CA', 'GB', 'DE', 'NL', 'FR', 'SE', 'JP'])
        a = mk_user(w, rng, 'careful-operator', country=country, created=before(w, rng, 80, 420), email=rng.choice(FREE_MAIL + ['fastmail.com', 'pm.me', 'hey.com']), tier='build')
        w.labels[-1].update({'label': 'attack', 'campaign': camp})
        stack_choices = ['chrome', 'chrome', 'firefox', 'safari', 'py311', 'py_h2', 'node20', 'go', 'curl', 'ios', 'java']
        stack = rng.choice(stack_choices)
        ua = ua_for(rng, stack)
        budget = rng.randint(*per)
        tz = a['_tz']
        while budget > 0:
            t = w.when(rng, tz=tz, profile=rng.choice(['work_ext', 'evening']))
            if rng.random() < 0.1:  # occasional client change
                stack = rng.choice(stack_choices); ua = ua_for(rng, stack)
            if rng.random() < cover:
                ps = [cover_prompt(rng)] + [rng.choice(FOLLOW_CASUAL) for _ in range(rng.randint(0, 2))]
                thread(w, rng, a, t, ps, ip=user_ip(w, rng, a, 0.2), stack=stack, ua=ua, gap=(30, 400), stream=True)
                budget -= len(ps); continue
            if not queue: break
            item = queue.pop()
            nf = rng.choice([0, 1, 1, 2, 2, 3, 4])
            ps = [first_wording(rng, item)] + [rng.choice(followups) for _ in range(nf)]
            tools = rng.choice(AGENT_TOOLS[:3]) if rng.random() < tools_p else None
            if tools:
                ps += [rng.choice(TOOL_RESULTS) for _ in range(rng.randint(2, 8))]
            thread(w, rng, a, t, ps, ip=user_ip(w, rng, a, 0.2), stack=stack, ua=ua, gap=(45, 720), kind=kind, tools=tools,
                   system=rng.choice(CODING_AGENT_SYS) if tools else None, max_tokens=rng.choice(maxt), temp=rng.choice([None, 0.7, 1.0]),
                   stream=rng.choice([True, None]), reason=reason, out_scale=1.6)
            budget -= len(ps)

def subteam(w, rng, camp, label, n, stack, netkeys, harvest, cover, *, per=(20, 60), ncards=10, email_pool=None, created_window=(-60, -5), ep=None, model=None,
            maxt=4096, reason=None, conv_p=0.3, pace=(5, 180), system=None, tools=None, profile='flat', tz=0, ua_mode='fixed'):
    cards = [w.card(rng) for _ in range(ncards)]
    ua0 = ua_for(rng, stack)
    for i in range(n):
        created = w.start + dt.timedelta(days=rng.uniform(*created_window))
        home = w.ips.net(rng, rng.choice(netkeys))
        a = atk_acct(w, rng, camp, label, created, rng.choice(email_pool or FREE_MAIL), rng.choice(['US', 'GB', 'CA', 'DE', 'SG', 'HK', 'IN']), rng.choice(cards), home)
        ua = ua0 if ua_mode == 'fixed' else ua_for(rng, stack)
        budget = rng.randint(*per)
        start = max(w.start, created)
        while budget > 0:
            t = w.when(rng, tz=tz, profile=profile, t0=start)
            for _ in range(min(budget, rng.randint(2, 9))):
                ip = home if rng.random() < 0.6 else w.ips.net(rng, rng.choice(netkeys))
                if rng.random() < cover:
                    p = cover_prompt(rng); rec = w.emit(rng, a, t, p, ip=ip, stack=stack, ua=ua, ep=ep, model=model, max_tokens=rng.choice([1024, 2048]),
                                                        temp=rng.choice([None, 0.7]), stream=rng.choice([True, False]), conv=w.uuid(rng) if rng.random() < conv_p else None, turn=1)
                else:
                    p, o, tl, sy = harvest(rng)
                    conv = w.uuid(rng) if rng.random() < conv_p else None
                    w.emit(rng, a, t, p, ip=ip, stack=stack, ua=ua, ep=ep, model=model, out=o, max_tokens=maxt, reason=reason(rng) if reason else None,
                           temp=rng.choice([0.6, 0.8, 1.0]), stream=False, conv=conv, turn=1 if conv else None, tools=tl or tools, system=sy or system, rate429=0.03)
                budget -= 1
                t += dt.timedelta(seconds=rng.uniform(*pace))

# ---- harvest content builders (each op its own wording)
def gsm_q(rng, pool):
    return rng.choice(pool)['question']

TAXO_DOMAINS = ['organic chemistry', 'contract law', 'epidemiology', 'compiler design', 'medieval history', 'macroeconomics', 'music theory', 'structural engineering',
                'cryptography', 'linguistics', 'tax accounting', 'astrophysics', 'nursing', 'game theory', 'genetics', 'operating systems', 'philosophy of mind',
                'supply chain', 'cardiology', 'topology', 'marine biology', 'urban planning', 'databases', 'ethics', 'poetry', 'statistics', 'robotics', 'geology']
TAXO_SKILLS = ['explain a core concept', 'solve a worked problem', 'critique a flawed argument', 'write a short essay', 'compare two approaches', 'design an experiment',
               'summarize a debate', 'produce a multiple-choice question with answer key', 'translate jargon for a layperson', 'derive a formula', 'write code that models it',
               'give a counterexample', 'plan a multi-step project', 'identify common misconceptions']
TAXO_LEVELS = ['introductory', 'intermediate', 'graduate-level', 'expert', 'high-school']

def run_world(outdir, start, days, seed, variant):
    load_corpora()
    wanted = set(a for v in NET.values() for a in v)
    load_asn(wanted)
    w = World(start, days, seed, variant)
    rng = w.rng
    R = lambda tag: random.Random('%d-%s' % (seed, tag))
    counts = {}

    # ---------------- organic
    org_cfg = dict(casual=1150, vpn=200, writer=110, developer=330, power=95, research=95, hobby=40, mobile=160, startup=8, campus=330, classroom=2, eval=5, ent=(5, (12, 40)))
    if variant == 2:
        org_cfg.update(casual=1100, vpn=230, developer=240, power=80, campus=280, classroom=3, eval=6, ent=(6, (8, 35)), mobile=190, hobby=40)
    p_casual(w, R('casual'), org_cfg['casual'])
    p_vpn(w, R('vpn'), org_cfg['vpn'])
    p_writer(w, R('writer'), org_cfg['writer'])
    p_developer(w, R('dev'), org_cfg['developer'])
    p_power(w, R('power'), org_cfg['power'])
    p_research(w, R('research'), org_cfg['research'])
    p_hobbyist(w, R('hobby'), org_cfg['hobby'])
    p_mobile_app(w, R('mobile'), org_cfg['mobile'])
    p_startup(w, R('startup'), org_cfg['startup'])
    p_campus(w, R('campus'), org_cfg['campus'])
    p_classroom(w, R('class'), org_cfg['classroom'])
    p_eval(w, R('eval'), org_cfg['eval'])
    p_enterprise(w, R('ent'), *org_cfg['ent'])
    if variant == 2:
        p_hackathon(w, R('hack'), 70)

    # ---------------- attacks
    if variant == 1:
        # op 1: sloppy fleet, CoT elicitation on maths + hard questions
        r = R('opA')
        wordA = Phr(r, ['', '', 'Problem: ', 'Task:\n', '### Input\n'], ['{X}'],
                    ['\n\nThink it through carefully and write out every intermediate step before stating the final answer.',
                     '\n\nReason out loud, one numbered step at a time, then give "Final answer:" on its own line.',
                     '\n\nBefore answering, lay out your full chain of reasoning. Do not skip any arithmetic.',
                     '\n\nExplain your thought process in detail, step by step, and verify the result at the end.',
                     '\n\nShow all reasoning. Be exhaustive. End with the answer in \\boxed{}.'])
        poolA = lambda rr: gsm_q(rr, C['gsm_train']) if rr.random() < 0.7 else rr.choice(C['arena'])
        op_sloppy_cot(w, r, 'op-glasswing', 170, poolA, 'py_h2', ['m247', 'datacamp', 'ovh'], 4, wordA, ep='/v1/chat/completions', model='nova-4-reason',
                      max_tok=8192, reason_rng=lambda rr: rr.randint(800, 6000), per=(30, 60), bursts=3, ua_fixed='python-httpx/0.27.0')
        # op 2: careful, coding + agentic, distinct items of a shared queue
        r = R('opB')
        q = [('he', x) for x in C['humaneval']] + [('cg', x) for x in r.sample(C['codegen'], 1500)] + [('tf', x) for x in r.sample(C['toolf'], 400)]
        r.shuffle(q)
        def firstB(rr, item):
            k, x = item
            if k == 'he':
                return rr.choice(['I\'m trying to finish this function and keep getting edge cases wrong:\n\n', 'Can you implement this? Explain how you handle the corner cases.\n\n',
                                  'Here is a stub from a practice set. Write the body, and walk me through why it works.\n\n', '']) + x['prompt']
            if k == 'cg':
                base = x['instruction'] + (('\n' + x['input']) if x['input'] else '')
                return rr.choice(['', 'hey — ', 'Quick one: ', 'For a side project: ', 'At work I need this: ']) + base + rr.choice(['', ' Please explain your approach too.', ' Comment the code.', ' Think about performance.'])
            return x['instruction'].split('\n')[-1] + ': ' + x['input'] + rr.choice(['', '\nUse the tool if needed.', '\nYou can call the tool.'])
        folB = ['nice. what would break this?', 'Can you walk through it on a tricky input?', 'Could you write it more idiomatically?', 'what\'s the big-O, and can we do better?',
                'now add tests covering the edge cases you mentioned', 'How would you do it in Go instead?', 'Explain the design choice in the middle part more deeply.',
                'ok, and if the input is huge / streaming?', 'is there a subtle bug here? double-check your reasoning.']
        op_careful(w, r, 'op-quietharbor', 110, q, firstB, folB, kind='code', per=(22, 48), tools_p=0.25, cover=0.15)
        # op 3: one operation, three sub-teams
        r = R('opC')
        def judgeC(rr):
            if rr.random() < 0.5:
                x = rr.choice(C['gsm_train']); q_ = x['question']; ans = x['answer'].replace('<<', '').replace('>>', ' ')
                if rr.random() < 0.4: ans = re.sub(r'\d+', lambda m: str(int(m.group()) + rr.randint(1, 9)), ans, count=1)
            else:
                x = rr.choice(C['codegen']); q_ = x['instruction']; ans = x['response']
            crit = rr.sample(['correctness', 'completeness', 'clarity', 'conciseness', 'harmlessness', 'faithfulness to the question', 'efficiency', 'style'], 3)
            p = rr.choice(['Evaluate the candidate answer below.', 'You are grading a model output.', 'Assess this solution like a strict reviewer.', 'Rate the response.']) + \
                '\n\n[Question]\n' + q_ + '\n\n[Candidate]\n' + ans + '\n\n' + rr.choice(['Score each of: %s from 1-10, justify each score, then give an overall score as "Overall: N".',
                                                                                          'Give a rubric-based critique on %s and a final integer grade out of 10.',
                                                                                          'Criteria: %s. For each, cite evidence. End with JSON {"score": <1-10>}.']) % ', '.join(crit)
            return p, rr.randint(250, 700), None, None
        subteam(w, r, 'op-lattice', 'judge-subteam', 70, 'go', ['hetzner', 'ovh'], judgeC, 0.2, per=(25, 60), ncards=9, model='nova-4-pro', ep='/v1/chat/completions',
                maxt=2048, conv_p=0.0, pace=(4, 60), created_window=(-40, -10))
        def selfinstC(rr):
            s = rr.sample(C['seed'], rr.randint(2, 5))
            ex = '\n\n'.join('Instruction: %s\nInput: %s\nOutput: %s' % (x['instruction'], x['instances'][0]['input'] or '<none>', x['instances'][0]['output'][:300]) for x in s)
            n_ = rr.choice([12, 15, 20, 30])
            p = rr.choice(['Below are sample records from an instruction dataset.', 'Reference examples:', 'Seed examples (do not repeat them):']) + '\n\n' + ex + '\n\n' + \
                rr.choice(['Produce %d fresh records in the same Instruction/Input/Output layout. Vary topic, verb and length.',
                           'Write %d brand-new records, numbered, each with all three fields. Mix open-ended and classification tasks.',
                           'Continue the list with %d new, diverse items; the Output must be a complete high-quality answer.']) % n_
            return p, rr.randint(1800, 4000), None, None
        subteam(w, r, 'op-lattice', 'selfinstruct-subteam', 60, 'node20', ['mobile', 'res_asia'], selfinstC, 0.35, per=(20, 50), ncards=12, ep='/v1/messages', model='nova-4-pro',
                maxt=8000, conv_p=0.2, pace=(10, 240), created_window=(-25, 3), profile='work_ext', tz=8, ua_mode='per-account')
        def taxoC(rr):
            d = rr.choice(TAXO_DOMAINS); s = rr.choice(TAXO_SKILLS); l = rr.choice(TAXO_LEVELS)
            p = rr.choice(['Domain: {d}\nSkill: {s}\nLevel: {l}\nDo the task as an expert would.', 'As a {l} {d} specialist, {s}.', '[{d} | {s} | {l}] Respond fully.',
                           'Demonstrate your ability to {s} in {d}, pitched at a {l} audience.']).format(d=d, s=s, l=l)
            return p, rr.randint(500, 1500), None, None
        subteam(w, r, 'op-lattice', 'taxonomy-subteam', 60, 'py311', ['vpnlist'], taxoC, 0.1, per=(25, 55), ncards=8, ep='/v1/chat/completions', model='nova-4-pro',
                maxt=4096, conv_p=0.5, pace=(20, 400), created_window=(-30, -2), ua_mode='per-account')
        # op 4: bare items, no wrapper, huge max_tokens + extended thinking; scattered accounts, one TLS stack
        r = R('opD')
        cards = None
        pool = r.sample(C['gsm_train'], 3000) + [{'question': h['prompt']} for h in C['humaneval']]
        for i in range(130):
            created = before(w, r, 3, 45)
            ip = w.ips.net(r, r.choice(['aws', 'gcp', 'azure', 'vultr']))
            a = atk_acct(w, r, 'op-bareknuckle', 'bare-items', created, r.choice(['gmail.com', 'outlook.com', 'qq.com', '163.com', 'yahoo.com', 'proton.me']), r.choice(['US', 'SG', 'HK', 'JP', 'DE']), w.card(r), ip)
            ua = r.choice(['Anthropic/Python 0.45.2', 'Anthropic/Python 0.49.0', 'python-httpx/0.28.1'])
            for _ in range(r.randint(25, 55)):
                t = w.start + dt.timedelta(seconds=r.uniform(0, days * 86400))
                x = r.choice(pool)
                w.emit(r, a, t, x['question'], ip=ip if r.random() < 0.8 else w.ips.net(r, 'aws'), stack='py311', ua=ua, ep='/v1/messages', model='nova-4-reason',
                       out=r.randint(200, 1400), reason=r.randint(4000, 24000), max_tokens=r.choice([32000, 64000]), temp=1.0, stream=True, conv=None, rate429=0.02)
    else:
        # op 1: sloppy fleet, self-instruct/alpaca-style bulk generation
        r = R('opA2')
        def itemA(rr):
            s = rr.sample(C['seed'], 3)
            return '\n'.join('%d. %s' % (i + 1, x['instruction']) for i, x in enumerate(s))
        wordA = Phr(r, ['You must generate a list of diverse task instructions for training an assistant. Requirements:\n',
                        'Generate new instruction-following examples. Rules:\n', 'Create a batch of varied prompts plus gold answers. Constraints:\n'],
                    ['- no repeated verbs\n- mix of languages and tones\n- each answer under 100 words\n', '- cover coding, writing, reasoning, trivia\n- include input when needed\n',
                     '- instructions 1 to 2 sentences\n- outputs must be correct and complete\n- avoid topics requiring web access\n'],
                    ['Examples:\n{X}\n\nNow write 20 more, as JSON lines with keys instruction, input, output.', 'Seeds:\n{X}\n\nContinue to 25 items.',
                     'Here are three to start:\n{X}\nList 20 more tasks with responses.'])
        op_sloppy_cot(w, r, 'op-tinfoil', 150, itemA, 'node18', ['vpnlist', 'datacamp'], 3, wordA, ep='/v1/chat/completions', model='nova-4-pro', max_tok=4096,
                      reason_rng=None, per=(28, 55), bursts=4, tier='free', ua_fixed='node', system='You are a data generation engine.')
        # op 2: careful, maths word problems, distinct items
        r = R('opB2')
        q = r.sample(C['gsm_train'], 2600) + C['gsm_test'][:]
        r.shuffle(q)
        def firstB(rr, x):
            return rr.choice(['', '', 'My kid brought this home and I want to explain it properly: ', 'Working through a practice set. ', 'Can you solve this and explain why each step follows?\n',
                              'hmm, how would you approach this one? ', 'Not sure my answer is right: ']) + x['question'] + rr.choice(['', '', ' I got a different number.', ' Walk me through it.', '\nplease be thorough'])
        folB = ['Are you sure about the second step?', 'Can you solve it a different way to confirm?', 'What if the numbers were doubled — does the method change?',
                'Explain it like I\'m twelve.', 'Write a general formula for this kind of problem.', 'where do people usually go wrong with this one?', 'ok. now make a similar problem and solve it too.',
                'check your arithmetic line by line']
        op_careful(w, r, 'op-longhand', 140, q, firstB, folB, kind='conv', per=(24, 52), tools_p=0.0, cover=0.2, reason=lambda: r.randint(200, 4000), maxt=(4096, 8192, None))
        # op 3: sub-teams: agentic tool use, coding problems, CoT on hard prompts
        r = R('opC2')
        TOOLSETS = [['execute_python', 'read_file', 'write_file'], ['search', 'fetch_url', 'python'], ['sql', 'list_tables'], ['shell', 'apply_patch', 'view_file', 'run_tests']]
        def agentC(rr):
            x = rr.choice(C['toolf'] + [{'instruction': c['instruction'], 'input': c['input']} for c in rr.sample(C['codegen'], 3)])
            tl = rr.choice(TOOLSETS)
            p = x['instruction'].split('\n')[-1] + ('\n' + x['input'] if x['input'] else '') + rr.choice(['\n\nPlan first, then call tools as needed and narrate each decision.',
                                                                                                          '\n\nSolve fully autonomously; explain why you pick each tool.', '\n\nUse the available functions. Show your reasoning between calls.', ''])
            return p, rr.randint(400, 1600), tl, rr.choice(['You are an agent with tool access. Always think before acting.', 'Agent mode. Tools available. Be explicit about your plan.', None])
        subteam(w, r, 'op-switchyard', 'agentic-subteam', 60, 'node20', ['aws'], agentC, 0.25, per=(25, 60), ncards=6, ep='/v1/messages', model='nova-4-pro', maxt=16000,
                conv_p=0.9, pace=(3, 40), created_window=(-20, 5), reason=lambda rr: rr.randint(0, 3000), ua_mode='per-account')
        def codeC(rr):
            if rr.random() < 0.3:
                x = rr.choice(C['humaneval']); b = x['prompt']
            else:
                x = rr.choice(C['codegen']); b = x['instruction'] + ('\nInput: ' + x['input'] if x['input'] else '')
            return rr.choice(['Solve in the cleanest way possible and explain the algorithm afterwards.\n\n', 'Implement:\n', 'Provide a reference implementation with docstring and 3 tests.\n\n',
                              '']) + b, rr.randint(300, 1200), None, None
        subteam(w, r, 'op-switchyard', 'coding-subteam', 55, 'java', ['datacamp', 'm247'], codeC, 0.15, per=(25, 55), ncards=5, ep='/v1/chat/completions', model='nova-4-pro',
                maxt=4096, conv_p=0.0, pace=(2, 30), created_window=(-10, 10))
        def cotC(rr):
            b = rr.choice(C['arena']) if rr.random() < 0.7 else rr.choice([m for m in C['mt'] if m['category'] in ('reasoning', 'math', 'stem', 'coding')])['turns'][0]
            return b + rr.choice(['\n\nLet\'s take this slowly: enumerate the considerations, weigh them, and only then conclude.',
                                  '\n\n(Answer with your complete internal monologue, then a short verdict.)', '\n\nI want to see how an expert would reason here, including dead ends.',
                                  '\n\nPlease include a detailed rationale section before the answer.']), rr.randint(600, 2000), None, None
        subteam(w, r, 'op-switchyard', 'cot-subteam', 55, 'curl', ['res_us', 'res_eu', 'mobile'], cotC, 0.4, per=(15, 45), ncards=15, ep='/v1/messages', model='nova-4-reason',
                maxt=16000, conv_p=0.5, pace=(30, 900), created_window=(-90, -20), reason=lambda rr: rr.randint(1000, 12000), profile='work_ext', tz=-5, ua_mode='per-account')
        # op 4: judge / pairwise preference harvesting
        r = R('opD2')
        def judgeD(rr):
            if rr.random() < 0.55:
                h = rr.choice(C['hh']); q_ = h['turns'][-1]; A, B = h['chosen'], h['rejected']
            else:
                x = rr.choice(C['roleplay'] + C['codegen']); q_ = x['instruction']; A = x['response']; B = rr.choice(C['codegen'] + C['roleplay'])['response']
            if rr.random() < 0.5: A, B = B, A
            p = rr.choice(['Compare two assistant replies to the same user message.', 'Pairwise preference task.', 'Act as an impartial judge.', 'Which reply is better?']) + \
                '\n\nUser: ' + q_ + '\n\nReply A:\n' + A[:1500] + '\n\nReply B:\n' + B[:1500] + '\n\n' + \
                rr.choice(['Discuss helpfulness, honesty and harm, then output [[A]], [[B]] or [[tie]].', 'Give a 1-10 score to each with reasons. Format: A=<n>, B=<n>.',
                           'Think about which better serves the user and explain. Last line: "Preferred: A" or "Preferred: B".'])
            return p, rr.randint(200, 700), None, None
        subteam(w, r, 'op-gradebook', 'pairwise-judge', 90, 'rust', ['oracle', 'linode', 'hetzner'], judgeD, 0.05, per=(30, 60), ncards=4, ep='/v1/chat/completions',
                model='nova-4-flash', maxt=1024, conv_p=0.0, pace=(1, 12), created_window=(-5, 8), email_pool=['gmail.com', 'outlook.com'] + LOOKALIKE[:2])
        # op 5: low-and-slow taxonomy sweep, browser UA but python TLS
        r = R('opE2')
        def taxoE(rr):
            d = rr.choice(TAXO_DOMAINS); s = rr.choice(TAXO_SKILLS); l = rr.choice(TAXO_LEVELS)
            return rr.choice(['Could you {s}? Topic: {d}. Assume a {l} reader.', 'i need help with {d} — {s}, {l} depth please', '{d}: {s} ({l})', 'Please {s} for {d}; keep it {l}.']).format(d=d, s=s, l=l), rr.randint(400, 1300), None, None
        subteam(w, r, 'op-atlasmap', 'taxonomy-sweep', 85, 'py311', ['res_asia', 'mobile'], taxoE, 0.2, per=(12, 30), ncards=40, ep='/v1/chat/completions', model='nova-4-pro',
                maxt=3000, conv_p=0.6, pace=(60, 1500), created_window=(-200, -30), profile='work_ext', tz=8, ua_mode='per-account')
        for a in w.accts[-85:]:
            pass
        # browser UA on python TLS for op-atlasmap
        ids = {l['account_id'] for l in w.labels if l['campaign'] == 'op-atlasmap'}
        uar = R('uaE')
        uamap = {i: ua_for(uar, 'chrome') for i in sorted(ids)}
        for rec in w.inter:
            if rec['account_id'] in ids: rec['user_agent'] = uamap[rec['account_id']]

    # ---------------- write
    os.makedirs(outdir, exist_ok=True)
    out_rng = random.Random(seed + 7)
    recs = w.inter
    out_rng.shuffle(recs)
    seen = set()
    with gzip.open(os.path.join(outdir, 'interactions.jsonl.gz'), 'wt', encoding='utf-8') as f:
        for r_ in recs:
            seen.add(r_['account_id'])
            f.write(json.dumps(r_, ensure_ascii=False) + '\n')
    acc_ids = set()
    with open(os.path.join(outdir, 'accounts.jsonl'), 'w') as f:
        for a in w.accts:
            if a['account_id'] not in seen: continue
            acc_ids.add(a['account_id'])
            f.write(json.dumps({k: v for k, v in a.items() if not k.startswith('_')}) + '\n')
    stats = {}
    with open(os.path.join(outdir, 'labels.jsonl'), 'w') as f:
        for l in w.labels:
            if l['account_id'] not in acc_ids: continue
            f.write(json.dumps(l) + '\n')
            k = (l['label'], l['campaign'], l['persona'])
            stats[k] = stats.get(k, 0) + 1
    per_acc_req = {}
    for r_ in recs:
        per_acc_req[r_['account_id']] = per_acc_req.get(r_['account_id'], 0) + 1
    lab = {l['account_id']: l for l in w.labels}
    reqstats = {}
    for aid, n in per_acc_req.items():
        l = lab[aid]; k = (l['label'], l['campaign'], l['persona'])
        reqstats[k] = reqstats.get(k, 0) + n
    return w, stats, reqstats, len(recs), len(acc_ids)

if __name__ == '__main__':
    outdir, start, days, seed, variant = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    w, stats, reqstats, ni, na = run_world(outdir, start, days, seed, variant)
    natk = sum(v for k, v in stats.items() if k[0] == 'attack')
    iatk = sum(v for k, v in reqstats.items() if k[0] == 'attack')
    print(json.dumps({'interactions': ni, 'accounts': na, 'attack_accounts': natk, 'attack_interactions': iatk}))
    for k in sorted(stats, key=lambda z: (z[0], str(z[1]), str(z[2]))):
        print(k, stats[k], reqstats.get(k, 0))
