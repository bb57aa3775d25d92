#!/usr/bin/env python3
"""Blind world generator (AC). stdlib only. Usage: python3 gen.py SEED START_DATE DAYS OUTDIR"""
import sys, os, json, gzip, random, hashlib, csv, ipaddress, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN_CSV = os.environ.get('ASN_CSV', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv'))

SEED, START, DAYS, OUT = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
R = random.Random(SEED)
T0 = dt.datetime.fromisoformat(START + 'T00:00:00').replace(tzinfo=dt.timezone.utc)
SPAN = DAYS * 86400.0

def H(s, n=12):
    return hashlib.sha256((str(SEED) + '|' + s).encode()).hexdigest()[:n]

# ---------------- corpora ----------------
def jl(p):
    op = gzip.open if p.endswith('.gz') else open
    with op(p, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]
def js(p):
    with gzip.open(p, 'rt', encoding='utf-8') as f:
        return json.load(f)

C = D + '/corpora/'
koala = [x['prompt'] for x in jl(C + 'organic/koala.jsonl')]
arena = [x['prompt'] for x in jl(C + 'organic/arena-hard-v0.1.jsonl')]
mtb = [x['turns'] for x in jl(C + 'organic/mt-bench.jsonl')]
vic = [x['turns'][0] for x in jl(C + 'organic/vicuna-bench.jsonl')]
hh = []
for x in jl(C + 'organic/hh-rlhf-harmless-test.jsonl.gz'):
    turns = [t.split('\n\nAssistant:')[0].strip() for t in x['chosen'].split('\n\nHuman:')[1:]]
    turns = [t for t in turns if t]
    if turns: hh.append(turns)
uo = []
for x in jl(C + 'organic/self-instruct-user-oriented.jsonl'):
    for inst in x['instances'][:2]:
        uo.append((x['instruction'] + ('\n\n' + inst['input'] if inst.get('input') else ''), inst.get('output', '')))
seed_tasks = jl(C + 'extraction/self-instruct-seed-tasks.jsonl')
gsm_tr = jl(C + 'extraction/gsm8k-train.jsonl.gz')
gsm_te = jl(C + 'extraction/gsm8k-test.jsonl')
heval = jl(C + 'extraction/humaneval.jsonl.gz')
codegen = js(C + 'extraction/gpteacher-codegen.json.gz')
roleplay = js(C + 'extraction/gpteacher-roleplay.json.gz')
toolf = js(C + 'extraction/gpteacher-toolformer.json.gz')
def gi(x):
    return x['instruction'] + ('\n' + x['input'] if x.get('input') else '')

def trace(p):
    out = []
    with open(p) as f:
        next(f)
        for l in f:
            a = l.strip().split(',')
            out.append((int(a[1]), int(a[2])))
    return out
TR_CONV = trace(D + '/traces/AzureLLMInferenceTrace_conv.csv')
TR_CODE = trace(D + '/traces/AzureLLMInferenceTrace_code.csv')

# ---------------- networks ----------------
ASNS = {
 'res_us': {7922, 20115, 701, 7018, 22773, 11427}, 'res_eu': {3320, 3215, 3209, 2856, 12322, 6830},
 'res_asia': {4134, 4766, 4713, 9829, 17676, 7552}, 'mobile': {21928, 55836, 22394, 3651, 45609, 20057},
 'uni': {3, 7377, 32, 2637, 680}, 'aws': {16509, 14618}, 'gcp': {15169, 396982}, 'azure': {8075},
 'do': {14061}, 'ovh': {16276}, 'hetzner': {24940},
}
want = {}
for k, v in ASNS.items():
    for a in v: want.setdefault(a, []).append(k)
POOLS = {k: [] for k in ASNS}
with open(ASN_CSV) as f:
    for row in csv.reader(f):
        try: a = int(row[2])
        except: continue
        if a in want:
            s, e = int(ipaddress.IPv4Address(row[0])), int(ipaddress.IPv4Address(row[1]))
            if e - s >= 255:
                for k in want[a]: POOLS[k].append((s, e))
for k in POOLS: POOLS[k].sort()
def cidrs(p):
    out = []
    for l in open(p):
        l = l.strip()
        if l and not l.startswith('#'):
            try:
                n = ipaddress.ip_network(l, strict=False)
                if n.version == 4 and n.num_addresses >= 256: out.append((int(n.network_address), int(n.broadcast_address)))
            except ValueError: pass
    return out
POOLS['dc'] = cidrs(D + '/network/datacenter-ipv4.txt')
POOLS['vpn'] = cidrs(D + '/network/vpn-ipv4.txt')
def ip(pool, rnd=R):
    s, e = rnd.choice(POOLS[pool])
    return str(ipaddress.IPv4Address(rnd.randint(s + 1, e - 1)))
def subnet24(pool, rnd=R):
    a = ip(pool, rnd).rsplit('.', 1)[0]
    return lambda: a + '.' + str(rnd.randint(2, 250))

# ---------------- client stacks ----------------
def ja4(proto, nc, ne, alpn, key):
    return 't13%s%02d%02d%s_%s_%s' % (proto, nc, ne, alpn, H('c' + key), H('e' + key))
CHV = ['124.0.0.0', '125.0.0.0', '126.0.0.0', '127.0.0.0', '128.0.0.0']
OSes = ['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64']
STACKS = {
 'chrome': (ja4('d', 15, 16, 'h2', 'chrome'), lambda r: 'Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36' % (r.choice(OSes), r.choice(CHV))),
 'firefox': (ja4('d', 17, 15, 'h2', 'firefox'), lambda r: 'Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (r.choice(OSes), v := r.randint(124, 129), v)),
 'safari': (ja4('d', 20, 14, 'h2', 'safari'), lambda r: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15' % r.randint(1, 6)),
 'ios': (ja4('d', 20, 13, 'h2', 'ios'), lambda r: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148' % r.randint(1, 6)),
 'okhttp': (ja4('d', 16, 13, 'h2', 'okhttp'), lambda r: 'okhttp/4.%d.0' % r.choice([9, 10, 11, 12])),
 'requests': (ja4('d', 18, 12, 'h1', 'requests'), lambda r: 'python-requests/2.%d.%d' % (r.choice([28, 31, 32]), r.randint(0, 3))),
 'httpx': (ja4('d', 18, 12, 'h2', 'httpx'), lambda r: 'python-httpx/0.%d.0' % r.choice([25, 26, 27])),
 'openai-py': (ja4('d', 18, 12, 'h1', 'openai-py'), lambda r: 'OpenAI/Python 1.%d.%d' % (r.randint(30, 58), r.randint(0, 9))),
 'anthropic-py': (ja4('d', 18, 12, 'h1', 'anthropic-py'), lambda r: 'Anthropic/Python 0.%d.%d' % (r.randint(30, 45), r.randint(0, 5))),
 'openai-node': (ja4('d', 17, 13, 'h1', 'openai-node'), lambda r: 'OpenAI/JS 4.%d.%d' % (r.randint(40, 70), r.randint(0, 9))),
 'anthropic-ts': (ja4('d', 17, 13, 'h1', 'anthropic-ts'), lambda r: 'Anthropic/JS 0.%d.%d' % (r.randint(20, 32), r.randint(0, 5))),
 'undici': (ja4('d', 17, 13, 'h1', 'undici'), lambda r: 'undici'),
 'go': (ja4('d', 13, 10, 'h2', 'go'), lambda r: 'Go-http-client/%s' % r.choice(['1.1', '2.0'])),
 'curl': (ja4('d', 31, 12, 'h2', 'curl'), lambda r: 'curl/8.%d.%d' % (r.randint(4, 9), r.randint(0, 1))),
 'curl-win': (ja4('i', 12, 10, 'h1', 'curl-win'), lambda r: 'curl/8.%d.0' % r.randint(4, 9)),
 'java': (ja4('d', 14, 11, 'h2', 'java'), lambda r: 'Java-http-client/21.0.%d' % r.randint(1, 4)),
 'rust': (ja4('d', 9, 10, 'h2', 'rust'), lambda r: 'reqwest/0.12'),
 'langchain': (ja4('d', 18, 12, 'h2', 'httpx'), lambda r: 'langchain-openai/0.%d python-httpx/0.27.0' % r.randint(1, 3)),
 'zscaler': (ja4('d', 24, 11, 'h1', 'zscaler'), None),  # intercepting proxy: UA of client behind it
 'cli-agent': (ja4('d', 17, 13, 'h2', 'cli-agent'), lambda r: 'claude-cli/1.0.%d (external, cli)' % r.randint(20, 60)),
 'rn-wrapper': (ja4('d', 16, 13, 'h2', 'okhttp'), lambda r: 'MyTutorApp/3.%d (Android 14; Pixel 7)' % r.randint(1, 9)),
}
def client(stack, r=R, ua_of=None):
    j, uaf = STACKS[stack]
    if uaf is None: uaf = STACKS[ua_of or 'chrome'][1]
    return j, uaf(r)
def rand_ja4(r):
    return 't13d%02d%02dh2_%s_%s' % (r.randint(14, 19), r.randint(13, 17), '%012x' % r.getrandbits(48), '%012x' % r.getrandbits(48))

# ---------------- output ----------------
accounts, labels, inter = [], [], []
MODELS_OAI = ['gpt-4.1', 'gpt-4.1-mini', 'o4-mini', 'o3']
MODELS_ANT = ['claude-sonnet-4', 'claude-opus-4', 'claude-3-5-haiku']
REASONING_MODELS = {'o4-mini', 'o3', 'claude-opus-4', 'claude-sonnet-4'}
cnt = [0]

def iso(t):
    t = min(max(t, 0), SPAN - 1)
    return (T0 + dt.timedelta(seconds=t)).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % R.randint(0, 999)
def iso_abs(d):
    return d.strftime('%Y-%m-%dT%H:%M:%SZ')

def add_account(aid, created, org=None, email='gmail.com', card=None, sip=None, country='US', tier='build', verified=False,
                label='organic', campaign=None, persona=None):
    accounts.append(dict(account_id=aid, created_at=created, org_id=org, email_domain=email, payment_fingerprint=card,
                         signup_ip=sip, country=country, tier=tier, verified=verified))
    labels.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))

def created_before(days_min, days_max, r=R):
    return iso_abs(T0 - dt.timedelta(seconds=r.uniform(days_min * 86400, days_max * 86400)))

def toks(s):
    return max(1, int(len(s) / 3.9 + R.randint(0, 6)))

def emit(acct, key, t, ipa, ua, j, prompt, system=None, conv=None, turn=None, model=None, tools=None, response=None,
         out_tok=None, reasoning=None, max_tokens=None, temp=None, stream=None, history=0, endpoint=None, status=None):
    if model is None: model = R.choice(MODELS_OAI + MODELS_ANT)
    if endpoint is None: endpoint = '/v1/messages' if model.startswith('claude') else '/v1/chat/completions'
    if status is None:
        x = R.random(); status = 429 if x < 0.018 else 400 if x < 0.026 else 500 if x < 0.031 else 529 if (x < 0.034 and endpoint == '/v1/messages') else 200
    it = toks(prompt) + (toks(system) if system else 0) + history + (len(tools) * 120 if tools else 0)
    if out_tok is None: out_tok = R.choice(TR_CONV)[1]
    if max_tokens is not None: out_tok = min(out_tok, max_tokens)
    if reasoning is None and model in REASONING_MODELS and R.random() < 0.4: reasoning = int(out_tok * R.uniform(0.3, 2.5))
    lat = int(250 + out_tok * R.uniform(12, 35) + (reasoning or 0) * R.uniform(8, 20))
    if status != 200:
        out_tok, reasoning, response, lat = 0, (0 if reasoning is not None else None), None, R.randint(40, 900)
    cnt[0] += 1
    inter.append(dict(id='req_' + H('r%d' % cnt[0], 20), ts=iso(t), account_id=acct, api_key_id=key, ip=ipa, user_agent=ua,
                      tls_ja4=j, endpoint=endpoint, model=model, conversation_id=conv, turn=turn, system=system, prompt=prompt,
                      tool_names=tools, response=(response[:1500] if response else response), input_tokens=it, output_tokens=out_tok,
                      reasoning_tokens=reasoning, max_tokens=max_tokens, temperature=temp, stream=stream, status=status, latency_ms=lat))
    return lat / 1000.0

# ---------------- timing ----------------
TZ = {'US': -6, 'CA': -5, 'GB': 0, 'DE': 1, 'FR': 1, 'NL': 1, 'IN': 5.5, 'JP': 9, 'KR': 9, 'CN': 8, 'SG': 8, 'BR': -3, 'AU': 10, 'PL': 1, 'ES': 1}
def diurnal_t(country, r=R, day=None, weekday_bias=0.0):
    off = TZ.get(country, 0) * 3600
    while True:
        d = day if day is not None else r.randrange(DAYS)
        h = r.gauss(14.5, 4.2) % 24
        t = d * 86400 + h * 3600 - off
        wd = (T0 + dt.timedelta(seconds=t)).weekday()
        if wd >= 5 and r.random() < weekday_bias: continue
        if 0 <= t < SPAN: return t
        if day is not None: return min(max(t, 0), SPAN - 1)

def ctry(r=R):
    return r.choices(['US', 'GB', 'DE', 'FR', 'IN', 'JP', 'KR', 'BR', 'CA', 'NL', 'PL', 'ES', 'AU', 'SG'],
                     [30, 8, 8, 5, 10, 5, 4, 5, 5, 3, 3, 3, 3, 3])[0]
def res_pool(c):
    return 'res_us' if c in ('US', 'CA', 'BR') else 'res_asia' if c in ('IN', 'JP', 'KR', 'CN', 'SG', 'AU') else 'res_eu'

FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'hotmail.com', 'gmx.de', 'naver.com', 'qq.com', 'yandex.ru']
def mail(r=R):
    return r.choice(FREE_MAIL) if r.random() < 0.7 else '%s.%s' % (r.choice(['acme', 'northwind', 'bluefin', 'kraken', 'lumen', 'orbit', 'tessel', 'quill', 'pinecone', 'vertex', 'hollow', 'argent']) + r.choice(['labs', 'soft', 'io', 'works', 'data', 'hq', '']), r.choice(['com', 'io', 'dev', 'co.uk', 'de', 'ai']))

def card(r=R):
    return 'pf_' + '%016x' % r.getrandbits(64)

# ---------------- organic content ----------------
def organic_prompt(kind, r=R):
    if kind == 'casual':
        c = r.random()
        if c < 0.45: return r.choice(hh)
        if c < 0.7: return [r.choice(koala)]
        if c < 0.85: return [r.choice(vic)]
        return r.choice(mtb)
    if kind == 'tech':
        c = r.random()
        if c < 0.5: return [r.choice(arena)]
        if c < 0.7: return [gi(r.choice(codegen))]
        if c < 0.85: return [r.choice(koala)]
        return r.choice(mtb)
    if kind == 'write':
        c = r.random()
        if c < 0.5: return [gi(r.choice(roleplay))]
        if c < 0.8: return [r.choice(uo)[0]]
        return r.choice(mtb)
FOLLOW = ['thanks, can you make it shorter?', 'hmm that doesnt work, I get an error', 'can you explain the second part again',
          'ok now do the same but in typescript', 'what about edge cases?', 'perfect. one more thing -- how would I test this?',
          'not quite what I meant. I need it to handle empty input too', 'can you add comments', 'why?', 'give me 3 more options',
          'rewrite it in a more formal tone please', 'and if I have no budget for that?', 'ok. summarize in bullets',
          'that seems wrong, check the numbers', 'great, now turn it into a table']
def follow(r=R):
    f = r.choice(FOLLOW)
    return f.capitalize() if r.random() < 0.5 else f

def thread(acct, key, t, netf, stackf, turns, system=None, model=None, tools=None, temp=None, stream=None, max_tokens=None,
           gap=(20, 400), code=False, reasoning_pref=None):
    conv = 'conv_' + H('cv%d%s' % (cnt[0], acct), 16)
    hist = 0
    ipa = netf(); j, ua = stackf()
    model = model or R.choice(MODELS_OAI + MODELS_ANT)
    for i, p in enumerate(turns):
        o = R.choice(TR_CODE if code else TR_CONV)[1]
        o = max(o, R.randint(40, 900))
        rs = None
        if reasoning_pref: rs = int(o * R.uniform(*reasoning_pref))
        lat = emit(acct, key, t, ipa, ua, j, p, system=system, conv=conv, turn=i + 1, model=model, tools=tools, out_tok=o,
                   temp=temp, stream=stream, max_tokens=max_tokens, history=hist, reasoning=rs)
        hist += toks(p) + o
        t += lat + R.uniform(*gap)
    return t

# ---------------- organic personas ----------------
def scale(n):  # per-world small variation
    return max(1, int(n * R.uniform(0.9, 1.1)))
counts = {}
def acc_id(prefix):
    return '%s_%s' % (prefix, H('a%d%d' % (len(accounts), R.getrandbits(20)), 10))

def persona_generic(persona, n, reqs, kind, stacks, pools, tier_w=(6, 3, 1), turns=(1, 3), sys_p=None, tools=None,
                    mobile_mix=0.0, reasoning=None, model_pool=None):
    counts[persona] = n
    for _ in range(n):
        c = ctry(); aid = acc_id('acct')
        add_account(aid, created_before(1, 700), email=mail(), card=card() if R.random() < 0.8 else None,
                    sip=ip(res_pool(c)), country=c, tier=R.choices(['free', 'build', 'scale'], tier_w)[0], persona=persona)
        key = 'key_' + H(aid, 10)
        stack = R.choice(stacks); home = ip(pools(c) if callable(pools) else pools) if True else None
        stk = (lambda s=stack: client(s)) if stack != 'zscaler' else (lambda: client('zscaler', ua_of=R.choice(['openai-py', 'chrome', 'curl'])))
        fixed_ua = stk()
        nreq = max(1, int(R.expovariate(1.0 / reqs)) + 1)
        done = 0
        while done < nreq:
            t = diurnal_t(c)
            tl = organic_prompt(kind)
            if len(tl) == 1 and R.random() < 0.5:
                tl = tl + [follow() for _ in range(R.randint(turns[0], turns[1]) - 1)]
            tl = tl[:max(1, nreq - done)]
            netf = (lambda h=home: h) if R.random() > mobile_mix else (lambda: ip('mobile'))
            thread(aid, key, t, netf, lambda: fixed_ua, tl, system=sys_p(R) if sys_p else None,
                   model=R.choice(model_pool) if model_pool else None, tools=tools(R) if tools else None,
                   temp=R.choice([None, None, 0.7, 1.0, 0.2, 0]), stream=R.random() < 0.6, code=(kind == 'tech'),
                   reasoning_pref=reasoning, max_tokens=R.choice([None, 1024, 2048, 4096, 8192]))
            done += len(tl)

DEV_TOOLS = [['read_file', 'write_file', 'run_shell', 'search_code'], ['bash', 'str_replace_editor', 'view'], ['get_weather', 'search_web'],
             ['sql_query', 'list_tables', 'describe_table'], ['browser_open', 'browser_click', 'browser_type', 'screenshot'],
             ['jira_create_issue', 'jira_search', 'slack_post'], ['python', 'file_search']]
DEV_SYS = ['You are a helpful coding assistant.', 'You are an expert software engineer. Prefer concise answers with code.',
           'You are Codey, an in-editor assistant. Only answer with code unless asked.', 'Respond in Markdown.',
           'You are an autonomous agent working in a git repository. Use the tools to inspect and modify files. Run tests before finishing.']

def organic():
    persona_generic('casual', scale(1400), 5, 'casual', ['chrome', 'chrome', 'safari', 'firefox', 'ios', 'okhttp'], res_pool, mobile_mix=0.3)
    persona_generic('vpn-user', scale(190), 6, 'casual', ['chrome', 'firefox', 'safari'], 'vpn')
    persona_generic('writer', scale(120), 10, 'write', ['chrome', 'safari', 'anthropic-py', 'openai-node'], res_pool, turns=(2, 6),
                    sys_p=lambda r: r.choice([None, 'You are a meticulous fiction editor.', 'You help me draft chapters of my fantasy novel. Keep my voice.', 'Write in British English.']))
    persona_generic('developer', scale(380), 13, 'tech', ['openai-py', 'anthropic-py', 'openai-node', 'curl', 'curl-win', 'go', 'java', 'rust', 'zscaler', 'langchain', 'rn-wrapper', 'undici', 'httpx'],
                    lambda c: R.choice([res_pool(c), res_pool(c), 'aws', 'gcp', 'do', 'hetzner']), turns=(1, 4),
                    sys_p=lambda r: r.choice(DEV_SYS + [None]), tools=lambda r: r.choice(DEV_TOOLS) if r.random() < 0.3 else None)
    persona_generic('power-user', scale(140), 45, 'tech', ['cli-agent', 'anthropic-py', 'openai-py', 'zscaler', 'curl-win', 'anthropic-ts'],
                    lambda c: R.choice([res_pool(c), 'aws', 'azure']), turns=(3, 12), sys_p=lambda r: r.choice(DEV_SYS),
                    tools=lambda r: r.choice(DEV_TOOLS[:2] + [DEV_TOOLS[3]]) if r.random() < 0.6 else None, reasoning=(0.2, 1.5),
                    model_pool=['claude-opus-4', 'claude-sonnet-4', 'o3', 'gpt-4.1'])
    researcher()
    hobbyist()
    enterprises()
    campus()
    classrooms()
    harnesses()

RESEARCH_ASK = ['Walk me through your reasoning step by step.', 'Please think carefully and show each step.', 'I am studying how models reason -- explain every step you take.',
                'Can you reason out loud before answering?', 'Show your work.', 'Break this down step by step, then give a final answer.']
def researcher():
    n = scale(80); counts['researcher'] = n
    for _ in range(n):
        c = ctry(); aid = acc_id('acct')
        add_account(aid, created_before(10, 500), email=R.choice(['mit.edu', 'cs.stanford.edu', 'ox.ac.uk', 'ethz.ch', 'u-tokyo.ac.jp', 'gmail.com', 'mila.quebec']),
                    card=card(), sip=ip('uni'), country=c, tier='build', persona='researcher')
        key = 'key_' + H(aid, 10); home = ip(R.choice(['uni', res_pool(c)])); stk = client(R.choice(['openai-py', 'anthropic-py', 'chrome', 'httpx']))
        for _ in range(max(1, int(R.expovariate(1 / 18)))):
            c2 = R.random()
            if c2 < 0.35: q = R.choice(gsm_te)['question']
            elif c2 < 0.7: q = R.choice(arena)
            else: q = R.choice(koala)
            p = q + '\n\n' + R.choice(RESEARCH_ASK) if R.random() < 0.6 else R.choice(RESEARCH_ASK) + '\n' + q
            thread(aid, key, diurnal_t(c), lambda: home, lambda: stk, [p] + ([follow()] if R.random() < 0.3 else []),
                   model=R.choice(['o3', 'claude-opus-4', 'o4-mini']), reasoning_pref=(0.5, 3), temp=R.choice([0, 0.7, None]))

def hobbyist():
    n = scale(60); counts['data-hobbyist'] = n
    for _ in range(n):
        c = ctry(); aid = acc_id('acct')
        add_account(aid, created_before(5, 400), email=mail(), card=card(), sip=ip(res_pool(c)), country=c, tier='build', persona='data-hobbyist')
        key = 'key_' + H(aid, 10); home = ip(R.choice([res_pool(c), 'do', 'gcp'])); stk = client(R.choice(['openai-py', 'httpx', 'requests', 'openai-node']))
        topic = R.choice(['cooking', 'python tips', 'hiking trails', 'customer-support replies', 'SQL questions', 'kids science', 'legal FAQs', 'chess puzzles'])
        day = R.randrange(DAYS)
        for i in range(max(3, int(R.expovariate(1 / 28)))):
            if R.random() < 0.5:
                ex = R.sample(seed_tasks, 2)
                p = 'I am building a small fine-tuning set about %s for my hobby project. Here are two examples of the format:\n1. %s\n2. %s\nGive me %d new ones in JSON lines.' % (topic, ex[0]['instruction'], ex[1]['instruction'], R.choice([5, 10, 20]))
            else:
                p = 'Write a Q&A pair about %s. Question first, then a detailed answer.' % topic
            t = diurnal_t(c, day=day + (i // 25)) if R.random() < 0.7 else diurnal_t(c)
            emit(aid, key, t, home, stk[1], stk[0], p, model='gpt-4.1-mini', temp=1.0, max_tokens=4096, out_tok=R.randint(300, 2500))

def enterprises():
    orgs = [('org_' + H('e1', 8), 'Helios Insurance', 'helios-ins.com', 45, 'azure', 'openai-py', 'You are Helios Assist, the claims-intake assistant for Helios Insurance. Be accurate and polite. Never give legal advice. Summarise the customer message and extract: policy number, incident date, claim type.'),
            ('org_' + H('e2', 8), 'Quanta Retail', 'quantaretail.de', 30, 'aws', 'java', 'Du bist der Produktberater von Quanta Retail. Answer in the customer language. Only recommend products from the supplied catalogue.'),
            ('org_' + H('e3', 8), 'Brightpath Learning', 'brightpath.edu', 22, 'gcp', 'anthropic-ts', 'You are a tutor for Brightpath Learning. Explain step by step and never just give the final answer. Grade level: {g}.'),
            ('org_' + H('e4', 8), 'Tally Legal', 'tally.law', 12, 'office', 'zscaler', 'You are a contract review assistant. Flag risky clauses and cite the clause number.')]
    counts['verified-enterprise'] = 0
    for oid, name, dom, n, egress, stack, sysp in orgs:
        n = scale(n); counts['verified-enterprise'] += n
        pf = card(); base = T0 - dt.timedelta(days=R.randint(60, 400))
        c = 'DE' if dom.endswith('.de') else 'US'
        egress_ips = [ip(egress) for _ in range(3)] if egress != 'office' else [ip('res_us')]
        stk = client(stack, ua_of='openai-py') if stack != 'zscaler' else None
        for k in range(n):
            aid = acc_id('acct')
            add_account(aid, iso_abs(base + dt.timedelta(seconds=R.randint(0, 600))), org=oid, email=dom, card=pf, sip=egress_ips[0],
                        country=c, tier='enterprise', verified=True, persona='verified-enterprise')
            key = 'key_' + H(aid, 10); st = stk or client('zscaler', ua_of=R.choice(['chrome', 'openai-py']))
            for _ in range(R.randint(25, 60)):
                t = diurnal_t(c, weekday_bias=0.85)
                if 'Helios' in name: p = 'Customer message:\n' + R.choice(hh)[0]
                elif 'Quanta' in name: p = R.choice(koala + vic)
                elif 'Brightpath' in name: p = R.choice(gsm_tr)['question'] if R.random() < 0.6 else R.choice(gsm_te)['question']
                else: p = 'Review the following clause: ' + R.choice(uo)[0]
                emit(aid, key, t, R.choice(egress_ips), st[1], st[0], p, system=sysp.replace('{g}', str(R.randint(4, 9))), model='gpt-4.1' if stack != 'anthropic-ts' else 'claude-sonnet-4',
                     temp=0.2, stream=(stack == 'anthropic-ts'), max_tokens=1024)

def campus():
    n = scale(330); counts['campus-nat'] = n
    nat = [ip('uni') for _ in range(2)]
    for _ in range(n):
        aid = acc_id('acct')
        add_account(aid, created_before(1, 240), email=R.choice(['umich.edu', 'umich.edu', 'gmail.com']), card=card() if R.random() < 0.4 else None,
                    sip=R.choice(nat), country='US', tier='free' if R.random() < 0.7 else 'build', persona='campus-nat')
        key = 'key_' + H(aid, 10); stk = client(R.choice(['chrome', 'chrome', 'safari', 'firefox', 'openai-py']))
        for _ in range(max(1, int(R.expovariate(1 / 7)))):
            t = diurnal_t('US')
            offcampus = R.random() < 0.25
            thread(aid, key, t, lambda: ip('res_us') if offcampus else R.choice(nat), lambda: stk,
                   organic_prompt(R.choice(['casual', 'tech', 'write']))[:3], temp=None, stream=True)

def classrooms():
    counts['classroom'] = 0
    for ci in range(2):
        n = scale(55); counts['classroom'] += n
        nat = ip('uni' if ci == 0 else 'res_eu')
        c = 'US' if ci == 0 else 'PL'
        hw = R.sample(gsm_tr, 12) if ci == 0 else [{'question': x['prompt'].split('"""')[1].strip() if '"""' in x['prompt'] else x['prompt']} for x in R.sample(heval, 10)]
        wrap = ('Teacher note: You are a patient maths tutor for grade 7. Give hints, not the final answer, unless the student has tried twice.' if ci == 0
                else 'Course CS101 assistant. Explain the algorithm in plain language, then show Python. Students: do not paste the grading script.')
        deadlines = sorted(R.sample(range(2, DAYS), 3))
        for _ in range(n):
            aid = acc_id('acct')
            add_account(aid, created_before(3, 40), email=R.choice(['student.school.org', 'gmail.com', 'st.agh.edu.pl']), card=None,
                        sip=nat, country=c, tier='free', persona='classroom')
            key = 'key_' + H(aid, 10); stk = client(R.choice(['chrome', 'chrome', 'ios', 'rn-wrapper', 'safari']))
            for dl in deadlines:
                for q in R.sample(hw, R.randint(1, 4)):
                    t = dl * 86400 - R.expovariate(1 / 20000) - TZ[c] * 3600 + 20 * 3600
                    home = nat if R.random() < 0.5 else ip(res_pool(c))
                    thread(aid, key, t, lambda: home, lambda: stk, [q['question']] + ([follow()] if R.random() < 0.4 else []), system=wrap,
                           model='gpt-4.1-mini', stream=True)

def harnesses():
    counts['eval-harness'] = 0
    for li, (lab, n, stack, cloud) in enumerate([('evalco', 6, 'httpx', 'gcp'), ('lab-bench', 5, 'anthropic-py', 'aws'), ('uni-nlp', 3, 'requests', 'uni')]):
        n = scale(n); counts['eval-harness'] += n
        oid = 'org_' + H(lab, 8); pf = card(); ips = [ip(cloud) for _ in range(4)]
        items = ([('gsm', x['question'], x['answer']) for x in gsm_te[:R.randint(300, 600)]] + [('he', x['prompt'], x.get('canonical_solution', '')) for x in heval])
        for _ in range(n):
            aid = acc_id('acct')
            add_account(aid, created_before(30, 300), org=oid, email=lab + '.ai', card=pf, sip=ips[0], country='US', tier='scale', verified=(li != 2), persona='eval-harness')
            key = 'key_' + H(aid, 10); stk = client(stack)
            runs = R.randint(2, 5)
            for rnum in range(runs):
                t = R.uniform(0, SPAN - 40000)
                sub = R.sample(items, R.randint(80, 160))
                model = R.choice(MODELS_OAI + MODELS_ANT)
                for kind, q, a in sub:
                    p = (q + '\nAnswer with the final number after ####.') if (kind == 'gsm' and li == 0) else ('Complete the function.\n' + q if kind == 'he' and li == 1 else q)
                    emit(aid, key, t, R.choice(ips), stk[1], stk[0], p, model=model, temp=0.0, max_tokens=2048, stream=False, response=a,
                         out_tok=R.randint(80, 600))
                    t += R.uniform(0.3, 8)

# ---------------- attack operations ----------------
def words(*groups, r=R):
    return ' '.join(r.choice(g) for g in groups if g).strip()

def opA(camp, n):
    """sloppy fleet: CoT elicitation on maths + arena."""
    cards = [card() for _ in range(6)]
    doms = ['mailbox-tmp.xyz', 'inboxkitten.com', 'getnada.com', 'gmaii.com', 'outlok.co']
    nets = [subnet24('dc') for _ in range(5)] + [subnet24('vpn') for _ in range(2)]
    stk_j = STACKS['httpx'][0]
    ua = 'python-httpx/0.27.0'
    bursts = [R.uniform(-5 * 86400, SPAN * 0.5) for _ in range(4)]
    pool = R.sample(gsm_tr, 3000) + [{'question': q} for q in R.sample(arena, 200)]
    A1 = ['Solve the following problem.', 'Problem:', 'Consider this question carefully.', 'Here is a task for you.', 'Q:', '']
    A2 = ['Think through it step by step and write out every intermediate step before the final answer.',
          'Lay out your full chain of reasoning, numbered, then state the answer on its own line.',
          'Before answering, reason in detail inside <thinking> tags, then answer inside <answer> tags.',
          'Explain each step of your reasoning exhaustively; do not skip any calculation.',
          'Give a detailed derivation, verify it, then give the final answer.']
    for i in range(n):
        b = R.choice(bursts); net = R.choice(nets)
        aid = acc_id('acct')
        add_account(aid, iso_abs(T0 + dt.timedelta(seconds=b + R.uniform(0, 1800))), email=R.choice(doms), card=R.choice(cards), sip=net(),
                    country=R.choice(['US', 'SG', 'NL']), tier='build', persona='sloppy-fleet')
        labels[-1].update(label='attack', campaign=camp)
        key = 'key_' + H(aid, 10)
        start = max(b + 3600, 0)
        for k in range(max(5, int(R.gauss(38, 10)))):
            t = R.uniform(start, SPAN)
            q = R.choice(pool)['question']
            p = '\n\n'.join(x for x in [words(A1), q, words(A2)] if x)
            emit(aid, key, t, net(), ua, stk_j, p, model=R.choice(['o3', 'claude-opus-4']), temp=R.choice([0.7, 0.8]), max_tokens=8192,
                 stream=False, out_tok=R.randint(600, 2500), reasoning=R.randint(800, 6000))

def opB(camp, n):
    """careful, no shared artefact: coding from a shared de-duplicated pool, human-paced multi-turn."""
    pool = [x['prompt'] for x in heval] + [gi(x) for x in R.sample(codegen, 2500)]
    R.shuffle(pool); qi = [0]
    OPEN = ['hey, I have this problem I am stuck on', 'working on something for work, could you help', 'quick question about this', 'can you help me with this one?',
            'trying to get this right', 'I need a clean implementation of this', '']
    FU = ['Can you make it faster? What is the complexity?', 'Now write unit tests for it with pytest.', 'What edge cases could break this?',
          'Could you rewrite it without using any libraries?', 'Explain the approach in more detail, why does it work?', 'Refactor it to be more idiomatic please',
          'Port it to Rust.', 'Add type hints and docstrings.', 'is there a recursive version?', 'ok, walk me through how you would debug it if it failed']
    for i in range(n):
        c = ctry(); aid = acc_id('acct')
        add_account(aid, created_before(90, 420), email=mail(), card=card(), sip=ip(res_pool(c)), country=c, tier=R.choice(['build', 'build', 'free']), persona='careful-coder')
        labels[-1].update(label='attack', campaign=camp)
        key = 'key_' + H(aid, 10)
        rs = random.Random(R.getrandbits(32))
        nreq = max(8, int(R.gauss(40, 9))); done = 0
        while done < nreq:
            if qi[0] >= len(pool): qi[0] = 0
            q = pool[qi[0]]; qi[0] += 1
            nt = R.choice([2, 3, 3, 4])
            turns = [(words(OPEN) + '\n\n' + q).strip()] + R.sample(FU, nt - 1)
            home_stack = R.choice(['chrome', 'firefox', 'safari', 'openai-py'])
            def stk(hs=home_stack):
                j, ua = client(hs, rs)
                return (rand_ja4(rs) if rs.random() < 0.5 else j), ua
            st = stk()
            thread(aid, key, diurnal_t(c), lambda: ip(res_pool(c)), lambda: st, turns[:nreq - done + 1], model=R.choice(['claude-sonnet-4', 'gpt-4.1', 'o3']),
                   temp=R.choice([None, 0.7, 1.0]), stream=R.random() < 0.7, gap=(60, 900), code=True)
            done += len(turns)

def cover(aid, key, t, netf, st):
    p = organic_prompt(R.choice(['casual', 'tech', 'write']))[0]
    emit(aid, key, t, netf(), st[1], st[0], p, temp=R.choice([None, 0.7]), stream=R.random() < 0.5)

def opC(camp, n):
    """operation split into three sub-teams with cover traffic."""
    sizes = [int(n * 0.4), int(n * 0.35)]; sizes.append(n - sum(sizes))
    # team 1: judge/rubric grading, node undici on hetzner
    J1 = ['Act as an impartial evaluator.', 'You are grading responses for a quality dataset.', 'Score the candidate answer below.', 'Evaluate the following answer.']
    J2 = ['Use a 1-10 scale for helpfulness, correctness, and harmlessness.', 'Rate accuracy, completeness, clarity from 1 to 5 each.', 'Give a score 0-100 and list every flaw.']
    J3 = ['Justify each score in two to four sentences, then output JSON {"scores":..., "rationale":...}.', 'Write your rationale first, then the scores.', 'Think about what a perfect answer contains, compare, then score.']
    # team 2: self-instruct bulk generation, go via VPN
    # team 3: capability taxonomy sweep, openai-py via mobile
    TAX = ['causal reasoning', 'legal analysis', 'chemistry', 'multilingual translation', 'spatial reasoning', 'code review', 'SQL', 'creative writing',
           'medical triage', 'financial modelling', 'negotiation', 'regex', 'unit conversion', 'logic puzzles', 'summarisation', 'ethics dilemmas', 'physics', 'poetry meter']
    LVL = ['novice', 'intermediate', 'expert', 'adversarially hard']
    teams = [('judge', sizes[0], 'undici', lambda: subnet24('hetzner')), ('instruct', sizes[1], 'go', lambda: (lambda: ip('vpn'))), ('taxonomy', sizes[2], 'openai-py', lambda: (lambda: ip('mobile')))]
    for tname, sz, stack, netmk in teams:
        cards = [card() for _ in range(max(3, sz // 8))]
        for i in range(sz):
            c = R.choice(['US', 'GB', 'IN', 'SG'])
            aid = acc_id('acct')
            add_account(aid, created_before(2, 60), email=R.choice(FREE_MAIL[:4]), card=R.choice(cards), sip=ip(res_pool(c)), country=c, tier='build', persona='subteam-' + tname)
            labels[-1].update(label='attack', campaign=camp)
            key = 'key_' + H(aid, 10); net = netmk(); st = client(stack)
            cov = R.uniform(0.1, 0.4)
            for k in range(max(6, int(R.gauss(40, 12)))):
                t = diurnal_t(c) if R.random() < 0.6 else R.uniform(0, SPAN)
                if R.random() < cov: cover(aid, key, t, net, st); continue
                if tname == 'judge':
                    src = R.random()
                    if src < 0.4: g = R.choice(gsm_tr); q, a = g['question'], g['answer'].split('####')[0]
                    elif src < 0.7: x = R.choice(codegen); q, a = gi(x), x['response']
                    else: x = R.choice(uo); q, a = x[0], x[1]
                    p = '%s %s\n\n[Question]\n%s\n\n[Candidate answer]\n%s\n\n%s' % (words(J1), words(J2), q, a, words(J3))
                    emit(aid, key, t, net(), st[1], st[0], p, model='claude-sonnet-4', temp=0, max_tokens=2000, out_tok=R.randint(250, 900))
                elif tname == 'instruct':
                    ex = R.sample(seed_tasks, 3)
                    p = ('Generate %d diverse task instructions. Vary verbs and domains. Every task must be answerable by a language model without tools. Format: "Instruction:", "Input:", "Output:". Seed examples:\n' % R.choice([15, 20, 25])
                         + '\n'.join('- ' + e['instruction'] for e in ex)) if R.random() < 0.5 else (
                        'Produce an ideal assistant output for this instruction, as detailed as possible.\nInstruction: ' + R.choice(seed_tasks)['instruction'])
                    emit(aid, key, t, net(), st[1], st[0], p, model='gpt-4.1', temp=1.0, max_tokens=4096, out_tok=R.randint(700, 3500))
                else:
                    d = R.choice(TAX); l = R.choice(LVL)
                    p = R.choice(['Write one %s-level %s question and answer it fully, showing your reasoning.' % (l, d),
                                  'Topic: %s. Difficulty: %s. Pose a challenging problem and then solve it in detail.' % (d, l),
                                  'Test item (%s / %s): create a problem, give a model solution with explanation.' % (d, l)])
                    emit(aid, key, t, net(), st[1], st[0], p, model='o4-mini', temp=0.9, max_tokens=6000, out_tok=R.randint(500, 2500), reasoning=R.randint(500, 4000))

def opD(camp, n):
    """bare benchmark / agentic items, huge max_tokens + extended thinking, residential proxy rotation, anthropic sdk."""
    items = [('m', x['question']) for x in R.sample(gsm_te, 900)] + [('c', x['prompt']) for x in heval] + [('t', gi(x)) for x in R.sample(toolf, 900)]
    doms = ['proton.me', 'tutanota.com', 'pm.me']
    for i in range(n):
        c = R.choice(['US', 'DE', 'JP', 'BR', 'KR']); aid = acc_id('acct')
        add_account(aid, created_before(20, 200), email=R.choice(doms), card=card() if R.random() < 0.5 else ('pf_prepaid_' + H('pp%d' % (i % 12), 8)),
                    sip=ip(res_pool(c)), country=c, tier='build', persona='bare-items')
        labels[-1].update(label='attack', campaign=camp)
        key = 'key_' + H(aid, 10); st = client(R.choice(['anthropic-py', 'anthropic-ts']))
        for k in range(max(6, int(R.gauss(40, 10)))):
            kind, q = R.choice(items)
            tools = R.choice([['search', 'calculator', 'python_exec'], ['web_fetch', 'bash', 'edit_file']]) if kind == 't' or (kind == 'c' and R.random() < 0.3) else None
            emit(aid, key, diurnal_t(c) if R.random() < 0.5 else R.uniform(0, SPAN), ip(R.choice(['res_us', 'res_eu', 'res_asia', 'mobile'])), st[1], st[0], q,
                 model='claude-opus-4', temp=1.0, max_tokens=R.choice([32000, 64000]), out_tok=R.randint(400, 3000), reasoning=R.randint(4000, 24000),
                 tools=tools, stream=True)

def attacks():
    ops = [('op-' + H('A', 6), opA, 170, 'sloppy fleet, datacenter/VPN, 6 cards, burst signups, look-alike/disposable domains, httpx; CoT on maths'),
           ('op-' + H('B', 6), opB, 130, 'careful: aged accounts, own cards, residential IPs, randomised JA4, multi-turn coding threads; disjoint shared pool'),
           ('op-' + H('C', 6), opC, 190, 'three sub-teams (judge/rubric on Hetzner undici; self-instruct bulk gen via VPN Go; capability taxonomy via mobile openai-py); 10-40% cover'),
           ('op-' + H('D', 6), opD, 110, 'bare benchmark/agentic items, max_tokens 32k-64k, extended thinking, residential proxy rotation, anthropic SDK, prepaid cards')]
    for camp, f, n, desc in ops:
        n = scale(n); counts[camp] = (n, desc); f(camp, n)

organic()
attacks()
# ids: drop duplicates of account ids (hash collisions unlikely) and write
os.makedirs(OUT, exist_ok=True)
R.shuffle(inter)
with gzip.open(os.path.join(OUT, 'interactions.jsonl.gz'), 'wt', encoding='utf-8') as f:
    for x in inter: f.write(json.dumps(x, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'accounts.jsonl'), 'w') as f:
    for x in accounts: f.write(json.dumps(x) + '\n')
with open(os.path.join(OUT, 'labels.jsonl'), 'w') as f:
    for x in labels: f.write(json.dumps(x) + '\n')
att = {l['account_id'] for l in labels if l['label'] == 'attack'}
na = sum(1 for x in inter if x['account_id'] in att)
with open(os.path.join(OUT, 'WORLD.md'), 'w') as f:
    f.write('# World (seed %d, %s, %d days)\n\nGenerated by /work/blind/AC/gen.py.\n\n' % (SEED, START, DAYS))
    f.write('Interactions: %d (attack %d). Accounts: %d (attack %d).\n\n## Operations\n' % (len(inter), na, len(accounts), len(att)))
    for k, v in counts.items():
        if isinstance(v, tuple): f.write('- %s: %d accounts: %s\n' % (k, v[0], v[1]))
    f.write('\n## Organic personas\n')
    for k, v in counts.items():
        if not isinstance(v, tuple): f.write('- %s: %d accounts\n' % (k, v))
print(OUT, len(inter), len(accounts), len(att), na)
