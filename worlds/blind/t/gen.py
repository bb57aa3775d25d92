#!/usr/bin/env python3
"""Blind traffic world generator (stdlib only). Usage: python3 gen.py OUTDIR SEED"""
import sys, os, json, gzip, random, hashlib, ipaddress, bisect, csv, math
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN = os.path.join(os.environ.get('ASN_DIR', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn')), 'asn-ipv4.csv')


def H(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- corpora
def jl(p):
    op = gzip.open if p.endswith('.gz') else open
    with op(p, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def jj(p):
    with gzip.open(p, 'rt', encoding='utf-8') as f:
        return json.load(f)


C = {}
C['arena'] = [r['prompt'] for r in jl(f'{D}/corpora/organic/arena-hard-v0.1.jsonl')]
C['koala'] = [r['prompt'] for r in jl(f'{D}/corpora/organic/koala.jsonl')]
C['mt'] = [r['turns'] for r in jl(f'{D}/corpora/organic/mt-bench.jsonl')]
C['vicuna'] = [r['turns'][0] for r in jl(f'{D}/corpora/organic/vicuna-bench.jsonl')]
hh = []
for r in jl(f'{D}/corpora/organic/hh-rlhf-harmless-test.jsonl.gz'):
    turns = [t.split('\n\nAssistant:')[0].strip() for t in r['chosen'].split('\n\nHuman:')[1:]]
    turns = [t for t in turns if 3 < len(t) < 600]
    if turns:
        hh.append(turns)
C['hh'] = hh
uo = []
for r in jl(f'{D}/corpora/organic/self-instruct-user-oriented.jsonl'):
    inst = r['instances'][0]['input'] if r['instances'] else ''
    uo.append((r['motivation_app'], r['instruction'] + ('\n\n' + inst if inst else '')))
C['uo'] = uo
C['seed'] = jl(f'{D}/corpora/extraction/self-instruct-seed-tasks.jsonl')
C['alpaca'] = open(f'{D}/corpora/extraction/alpaca-generation-prompt.txt').read()
C['codegen'] = jj(f'{D}/corpora/extraction/gpteacher-codegen.json.gz')
C['roleplay'] = jj(f'{D}/corpora/extraction/gpteacher-roleplay.json.gz')
C['toolf'] = jj(f'{D}/corpora/extraction/gpteacher-toolformer.json.gz')
C['gsm_tr'] = jl(f'{D}/corpora/extraction/gsm8k-train.jsonl.gz')
C['gsm_te'] = jl(f'{D}/corpora/extraction/gsm8k-test.jsonl')
C['heval'] = jl(f'{D}/corpora/extraction/humaneval.jsonl.gz')
ARENA_CODE = [p for p in C['arena'] if any(k in p for k in ('code', 'function', 'python', 'Python', 'SQL', 'script', 'C++', 'program', 'Rust', 'class '))]


def inst_text(r):
    return r['instruction'] + (('\n\n' + r['input']) if r.get('input') else '')


def trace(name):
    out = []
    with open(f'{D}/traces/AzureLLMInferenceTrace_{name}.csv') as f:
        next(f)
        for l in f:
            p = l.strip().split(',')
            out.append((int(p[1]), int(p[2])))
    return out


TR_CONV = trace('conv')
TR_CODE = trace('code')

# ---------------------------------------------------------------- networks
ISP = {  # keyword -> country
    'Comcast': 'US', 'Charter Communications': 'US', 'AT&T': 'US', 'Verizon': 'US', 'Deutsche Telekom': 'DE',
    'Orange': 'FR', 'British Telecommunications': 'GB', 'Telstra': 'AU', 'Rogers': 'CA', 'Bharti': 'IN',
    'Korea Telecom': 'KR', 'NTT': 'JP', 'Chunghwa': 'TW', 'Telefonica': 'ES', 'Vodafone': 'GB', 'Cox Communications': 'US',
    'Shaw': 'CA', 'Free SAS': 'FR', 'Telecom Italia': 'IT', 'Viettel': 'VN', 'Turk Telekom': 'TR', 'Claro': 'BR',
}
MOBILE = {'T-Mobile': 'US', 'Reliance Jio': 'IN', 'Cellco': 'US', 'Vodafone': 'DE', 'Telefonica': 'ES', 'SK Telecom': 'KR'}
CLOUD = {'Amazon': 'US', 'Google': 'US', 'Microsoft': 'US', 'DigitalOcean': 'US', 'Hetzner': 'DE', 'OVH': 'FR',
         'Oracle': 'US', 'Linode': 'US', 'Alibaba': 'SG', 'Tencent': 'SG'}
PROXY = {'M247': 'RO', 'Datacamp': 'GB', 'Leaseweb': 'NL', 'Choopa': 'US', 'Psychz': 'US'}
UNI = {'Massachusetts Institute': 'US', 'Stanford': 'US', 'University of Michigan': 'US', 'University of Toronto': 'CA',
       'University of Cambridge': 'GB', 'National University of Singapore': 'SG', 'Tsinghua': 'CN', 'ETH': 'CH',
       'University of Texas': 'US', 'University of Washington': 'US', 'Seoul National': 'KR', 'University of Tokyo': 'JP'}
ALLKW = {}
for grp in (ISP, MOBILE, CLOUD, PROXY, UNI):
    for k in grp:
        ALLKW[k] = []
with open(ASN, encoding='utf-8') as f:
    for row in csv.reader(f):
        org = row[3]
        for k in ALLKW:
            if k in org:
                a, b = int(ipaddress.IPv4Address(row[0])), int(ipaddress.IPv4Address(row[1]))
                if b - a >= 255:
                    ALLKW[k].append((a, b))
                break
for k in list(ALLKW):
    if not ALLKW[k]:
        for grp in (ISP, MOBILE, CLOUD, PROXY, UNI):
            grp.pop(k, None)


def cidrs(p):
    out = []
    for l in open(p):
        l = l.strip()
        if l:
            try:
                n = ipaddress.ip_network(l, strict=False)
                if n.num_addresses >= 16:
                    out.append(n)
            except ValueError:
                pass
    return out


DC4 = cidrs(f'{D}/network/datacenter-ipv4.txt')
VPN4 = cidrs(f'{D}/network/vpn-ipv4.txt')
DC6 = cidrs(f'{D}/network/datacenter-ipv6.txt')


class Net:
    def __init__(s, rng):
        s.r = rng

    def kw(s, k):
        a, b = s.r.choice(ALLKW[k])
        x = s.r.randint(a + 1, b - 1)
        if x & 0xff in (0, 255):
            x = (x & ~0xff) | s.r.randint(2, 250)
        return str(ipaddress.IPv4Address(x))

    def res(s, k=None):
        k = k or s.r.choice(list(ISP))
        return s.kw(k), ISP.get(k, 'US')

    def mob(s):
        k = s.r.choice(list(MOBILE))
        return s.kw(k), MOBILE[k]

    def cloud(s, k=None):
        k = k or s.r.choice(list(CLOUD))
        return s.kw(k), CLOUD[k]

    def net(s, lst):
        n = s.r.choice(lst)
        sz = n.num_addresses
        return str(n.network_address + s.r.randint(1, sz - 2))

    def dc(s):
        return s.net(DC4)

    def vpn(s):
        return s.net(VPN4)

    def dc6(s):
        n = s.r.choice(DC6)
        return str(n.network_address + s.r.getrandbits(min(64, 128 - n.prefixlen)))


# ---------------------------------------------------------------- client stacks
def ja4(tag, nc, ne, alpn, ver='13', transport='t', sni='d'):
    return f"{transport}{ver}{sni}{nc:02d}{ne:02d}{alpn}_{H('c' + tag)}_{H('e' + tag)}"


CH_VERS = [120, 121, 122, 123, 124, 125, 126]
STACKS = {
    'chrome-win': (lambda r: f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{r.choice(CH_VERS)}.0.0.0 Safari/537.36", 't13d1516h2_8daaf6152771_02713d6af862', 'messages'),
    'chrome-mac': (lambda r: f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{r.choice(CH_VERS)}.0.0.0 Safari/537.36", 't13d1516h2_8daaf6152771_02713d6af862', 'messages'),
    'edge-win': (lambda r: f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{r.choice(CH_VERS)}.0.0.0 Safari/537.36 Edg/{r.choice(CH_VERS)}.0.0.0", 't13d1516h2_8daaf6152771_e5627efa2ab1', 'messages'),
    'firefox': (lambda r: f"Mozilla/5.0 ({r.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15'])}; rv:{r.choice([123,124,125,126])}.0) Gecko/20100101 Firefox/{r.choice([123,124,125,126])}.0", 't13d1715h2_5b57614c22b0_3d5424432f57', 'messages'),
    'safari-mac': (lambda r: f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{r.choice(['17.3','17.4','17.4.1','17.5'])} Safari/605.1.15", 't13d2014h2_a09f3c656075_14788d8d241b', 'messages'),
    'ios-safari': (lambda r: f"Mozilla/5.0 (iPhone; CPU iPhone OS {r.choice(['17_3','17_4','17_5'])} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1", 't13d2014h2_a09f3c656075_14788d8d241b', 'messages'),
    'android-chrome': (lambda r: f"Mozilla/5.0 (Linux; Android {r.choice([12,13,14])}; {r.choice(['Pixel 7','SM-S918B','SM-A546E','2201116SG'])}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{r.choice(CH_VERS)}.0.0.0 Mobile Safari/537.36", 't13d1516h2_8daaf6152771_02713d6af862', 'messages'),
    'py-requests': (lambda r: f"python-requests/{r.choice(['2.28.2','2.31.0','2.32.3'])}", ja4('pyreq', 18, 12, 'h1'), 'chat'),
    'py-httpx': (lambda r: f"python-httpx/{r.choice(['0.25.2','0.27.0'])}", ja4('httpx', 18, 13, 'h1'), 'chat'),
    'py-aiohttp': (lambda r: f"Python/3.{r.choice([10,11,12])} aiohttp/{r.choice(['3.9.3','3.9.5'])}", ja4('aiohttp', 18, 12, 'h1'), 'chat'),
    'openai-py': (lambda r: f"OpenAI/Python {r.choice(['1.30.1','1.35.7','1.40.3','1.43.0'])}", ja4('httpx', 18, 13, 'h1'), 'chat'),
    'anthropic-py': (lambda r: f"Anthropic/Python {r.choice(['0.25.9','0.28.1','0.34.2'])}", ja4('httpx', 18, 13, 'h1'), 'messages'),
    'openai-node': (lambda r: f"OpenAI/JS {r.choice(['4.47.1','4.52.0','4.56.0'])}", ja4('undici', 17, 11, 'h1'), 'chat'),
    'anthropic-node': (lambda r: f"Anthropic/JS {r.choice(['0.22.0','0.24.3','0.27.1'])}", ja4('undici', 17, 11, 'h1'), 'messages'),
    'node-undici': (lambda r: 'undici', ja4('undici', 17, 11, 'h1'), 'chat'),
    'axios': (lambda r: f"axios/{r.choice(['1.6.8','1.7.2'])}", ja4('nodetls', 17, 10, 'h1'), 'chat'),
    'go-http': (lambda r: 'Go-http-client/2.0', ja4('gohttp', 15, 11, 'h2'), 'chat'),
    'go-sdk': (lambda r: f"anthropic-sdk-go/{r.choice(['0.2.0','0.3.1'])}", ja4('gohttp', 15, 11, 'h2'), 'messages'),
    'curl-linux': (lambda r: f"curl/{r.choice(['7.81.0','8.5.0','8.7.1'])}", 't13d3112h2_e8f1e7e78f70_6bebaf5329ac', 'chat'),
    'curl-win': (lambda r: f"curl/{r.choice(['8.4.0','8.8.0'])}", ja4('schannel', 22, 9, 'h2', ver='12'), 'chat'),
    'java-http': (lambda r: f"Java-http-client/{r.choice(['17.0.9','21.0.2'])}", ja4('javatls', 24, 13, 'h2'), 'chat'),
    'okhttp': (lambda r: f"okhttp/{r.choice(['4.11.0','4.12.0'])}", ja4('okhttp', 15, 14, 'h2'), 'chat'),
    'ruby': (lambda r: 'Faraday v2.9.0', ja4('rubyssl', 27, 12, 'h1'), 'chat'),
    'dotnet': (lambda r: 'OpenAI/1.0.0-beta.12 (.NET 8.0.4; Microsoft Windows 10.0.22631)', ja4('schannel', 22, 9, 'h2', ver='12'), 'chat'),
    'cli-tool': (lambda r: f"claude-cli/{r.choice(['0.2.9','0.2.14','1.0.3'])} (external, cli)", ja4('undici', 17, 11, 'h1'), 'messages'),
    'ios-app': (lambda r: f"{r.choice(['Chatly','PocketAI','AskBox'])}/{r.choice(['3.2.1','3.4.0'])} (iPhone; iOS 17.{r.choice([3,4,5])}; Scale/3.00) CFNetwork/1494.0.7 Darwin/23.4.0", ja4('cfnet', 21, 14, 'h2'), 'chat'),
    'android-app': (lambda r: f"Dalvik/2.1.0 (Linux; U; Android {r.choice([13,14])}; {r.choice(['SM-G991B','Pixel 6a','CPH2451'])})", ja4('okhttp', 15, 14, 'h2'), 'chat'),
    'langchain': (lambda r: f"langchain-openai/0.1.{r.choice([8,14,20])} OpenAI/Python 1.35.7", ja4('httpx', 18, 13, 'h1'), 'chat'),
}
PROXY_JA4 = {'zscaler': ja4('zscaler', 9, 7, 'h1', ver='12'), 'bluecoat': ja4('bluecoat', 12, 8, '00', ver='12'), 'paloalto': ja4('pan', 19, 10, 'h2')}


def client(rng, stack):
    ua, j, ep = STACKS[stack]
    return {'stack': stack, 'ua': ua(rng), 'ja4': j, 'ep': '/v1/messages' if ep == 'messages' else '/v1/chat/completions'}


# ---------------------------------------------------------------- model & token helpers
MODELS_CHAT = ['sol-large-2026-02', 'sol-medium-2026-02', 'sol-small-2025-11']
MODEL_THINK = 'sol-large-thinking-2026-02'


def ntok(text):
    return max(1, int(len(text) / 3.9))


# ---------------------------------------------------------------- world builder
class World:
    def __init__(s, seed, start, days):
        s.r = random.Random(seed)
        s.seed = seed
        s.net = Net(s.r)
        s.start = start
        s.days = days
        s.end = start + timedelta(days=days)
        s.accts, s.labels, s.ints = [], [], []
        s.nreq = 0
        s.nacc = 0
        s.doc = []

    def aid(s):
        s.nacc += 1
        return 'acct_' + H(f'{s.seed}a{s.nacc}', 14)

    def card(s):
        return 'pf_' + H(f'{s.seed}c{s.r.random()}', 16)

    def add_account(s, created, email, pf, sip, country, tier='build', org=None, verified=False, label='organic', persona=None, campaign=None):
        a = s.aid()
        s.accts.append({'account_id': a, 'created_at': iso(created), 'org_id': org, 'email_domain': email,
                        'payment_fingerprint': pf, 'signup_ip': sip, 'country': country, 'tier': tier, 'verified': verified})
        s.labels.append({'account_id': a, 'label': label, 'campaign': campaign, 'persona': persona})
        return a

    # time helpers
    def t_active(s, tz=0, day=None, peak=(9, 23), allday=False):
        r = s.r
        for _ in range(50):
            d = day if day is not None else r.randrange(s.days)
            if allday:
                h = r.random() * 24
            else:
                # local hour weighted: work/evening
                h = r.gauss((peak[0] + peak[1]) / 2, (peak[1] - peak[0]) / 3.2) % 24
            t = s.start + timedelta(days=d, hours=h - tz, seconds=r.random() * 60)
            if s.start <= t < s.end:
                return t
        return s.start + timedelta(seconds=r.random() * s.days * 86400)

    def emit(s, a, t, cl, ip, prompt, system=None, conv=None, turn=None, tools=None, model=None, key=None,
             max_tokens=None, temp=None, stream=None, out_hint=None, reasoning=False, status=None, extra_in=0):
        r = s.r
        if t >= s.end or t < s.start:
            return 200
        s.nreq += 1
        if key is None:
            key = 'key_' + H(a + 'dflt', 10)
        model = model or r.choice(MODELS_CHAT)
        if model == MODEL_THINK:
            reasoning = True
        itok = ntok(prompt) + (ntok(system) if system else 0) + extra_in + (len(tools) * 180 if tools else 0)
        if out_hint is None:
            out_hint = r.choice(TR_CONV)[1]
        otok = max(1, int(out_hint * r.uniform(0.7, 1.3)))
        if max_tokens:
            otok = min(otok, max_tokens)
        rt = None
        if reasoning:
            rt = int(r.lognormvariate(7.4, 0.7))
            if max_tokens:
                rt = min(rt, max(256, max_tokens - otok))
        if status is None:
            x = r.random()
            status = 200 if x < 0.965 else 429 if x < 0.985 else 400 if x < 0.993 else 500 if x < 0.998 else 529
        if status != 200:
            otok, rt = 0, (0 if rt is not None else None)
        lat = int(r.uniform(250, 900) + (otok + (rt or 0)) * r.uniform(9, 22)) if status == 200 else int(r.uniform(40, 400))
        s.ints.append({'id': 'req_' + H(f'{s.seed}r{s.nreq}', 20), 'ts': iso(t), 'account_id': a, 'api_key_id': key,
                       'ip': ip, 'user_agent': cl['ua'], 'tls_ja4': cl['ja4'], 'endpoint': cl['ep'],
                       'model': model, 'conversation_id': conv, 'turn': turn, 'system': system,
                       'prompt': prompt, 'tool_names': tools, 'response': None, 'input_tokens': itok,
                       'output_tokens': otok, 'reasoning_tokens': rt, 'max_tokens': max_tokens,
                       'temperature': temp, 'stream': stream, 'status': status, 'latency_ms': lat})
        return status

    def conv_id(s):
        return 'conv_' + H(f'{s.seed}v{s.r.random()}', 16)


def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + f'{t.microsecond // 1000:03d}Z'


# ---------------------------------------------------------------- organic content
FOLLOWUPS = ['Can you make it shorter?', 'Thanks! Could you explain the second part in more detail?', 'What about edge cases?',
             'ok that didnt work, I get an error: TypeError: cannot read properties of undefined', 'Rewrite it in a friendlier tone please',
             'Can you give me an example?', 'Why?', 'hmm are you sure about that', 'Now do the same for the other file', 'Perfect. Add tests.',
             'Can you put that in a table?', 'translate to Spanish', 'What would you change if performance mattered?', 'go on',
             'That is close but use async/await instead', 'Summarise this in 3 bullets for my boss']


def organic_prompt(r, kind='general'):
    x = r.random()
    if kind == 'tech':
        if x < 0.5:
            return r.choice(C['arena'])
        if x < 0.75:
            return inst_text(r.choice(C['codegen']))
        return r.choice(C['koala'])
    if x < 0.3:
        return r.choice(r.choice(C['hh']))
    if x < 0.5:
        return r.choice(C['koala'])
    if x < 0.65:
        return r.choice(C['vicuna'])
    if x < 0.8:
        return r.choice(C['mt'])[0]
    if x < 0.9:
        return r.choice(C['uo'])[1]
    return r.choice(C['arena'])


TOOLSETS = [['read_file', 'write_file', 'run_shell', 'search_code'], ['bash', 'str_replace_editor', 'grep'],
            ['get_weather', 'search_web'], ['sql_query', 'list_tables', 'describe_table'],
            ['browser_open', 'browser_click', 'browser_type', 'screenshot'], ['create_ticket', 'lookup_customer', 'send_email'],
            ['python_exec'], ['fetch_url', 'read_pdf', 'summarize_doc']]
DEV_SYSTEMS = [None, None, 'You are a helpful coding assistant.', 'You are an expert software engineer. Prefer concise answers.',
               'You are an agent operating in a sandboxed repository. Use the tools to inspect and modify files. Always run tests before finishing.',
               'Answer in JSON only.', 'You are a senior data engineer helping with SQL and pipelines.']

EMAILS_CONS = ['gmail.com'] * 8 + ['outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'proton.me', 'gmx.de', 'qq.com', 'naver.com', 'yandex.ru', 'mail.ru', 'web.de', 'orange.fr']


def organic(w):
    r, net = w.r, w.net
    cnt = {}

    def label(p, n=1):
        cnt[p] = cnt.get(p, 0) + n

    # --- verified enterprises
    ent_specs = [('northwind-logistics', 'You are Northwind Assist, the internal assistant of Northwind Logistics. Answer questions about shipments, customs documents and internal policies. If unsure, ask the user to contact ops@northwind.example.', 'Amazon', 'openai-py', 45, 'northwind.com'),
                 ('helix-health', 'You are a clinical documentation assistant for Helix Health. Summarise the provided notes into a structured SOAP note. Never invent findings.', 'Microsoft', 'dotnet', 30, 'helixhealth.org'),
                 ('quillsoft', 'You are QuillSoft\'s customer-support copilot. Draft a reply to the customer ticket below in a warm, professional tone. Keep it under 150 words.', 'Google', 'go-sdk', 38, 'quillsoft.io'),
                 ('bayer-analytics-lab', 'You are a code review assistant. Review the diff for bugs, security issues and style problems. Respond with a numbered list.', 'office', 'java-http', 22, 'bal-analytics.de')]
    for name, sysp, egress, stack, n, dom in ent_specs:
        org = 'org_' + H(name + str(w.seed), 10)
        pf = w.card()
        if egress == 'office':
            ips = [net.res('Deutsche Telekom')[0] for _ in range(2)]
            ctry = 'DE'
        else:
            ips = [net.cloud(egress)[0] for _ in range(r.randint(2, 4))]
            ctry = 'US'
        t0 = w.start - timedelta(days=r.randint(20, 200), hours=r.random() * 8)
        cl = client(r, stack)
        for i in range(n):
            a = w.add_account(t0 + timedelta(seconds=r.randint(5, 400)), dom, pf, ips[0], ctry, 'enterprise', org, True, persona='verified-enterprise')
            key = 'key_' + H(a + 'k', 12)
            m = r.choice(MODELS_CHAT[:2])
            for _ in range(r.randint(35, 70)):
                t = w.t_active(tz=-5 if ctry == 'US' else 1, peak=(7, 19))
                if t.weekday() >= 5 and r.random() < 0.7:
                    continue
                if name == 'helix-health':
                    p = 'Notes:\n' + r.choice(r.choice(C['hh'])) + '\nPatient reports symptoms for ' + str(r.randint(2, 14)) + ' days.'
                elif name == 'quillsoft':
                    p = 'Ticket #' + str(r.randint(10000, 99999)) + ': ' + r.choice(r.choice(C['hh']))
                elif name == 'bayer-analytics-lab':
                    cg = r.choice(C['codegen'])
                    p = 'Diff:\n```\n' + cg['response'][:1500] + '\n```'
                else:
                    p = organic_prompt(r)
                w.emit(a, t, cl, r.choice(ips), p, system=sysp, model=m, key=key, max_tokens=1024, temp=0.2, stream=False)
        label('verified-enterprise', n)
        w.doc.append(f'verified-enterprise org {name}: {n} accounts')

    # --- small unverified startups (shared card, few accounts, cloud)
    for k in range(18):
        n = r.randint(2, 5)
        org = 'org_' + H(f'st{k}{w.seed}', 10)
        pf = w.card()
        ip, ctry = net.cloud()
        dom = r.choice(['getfable', 'trylumen', 'useorbit', 'heyparcel', 'joinvela', 'withkite']) + str(k) + r.choice(['.ai', '.io', '.dev'])
        stack = r.choice(['openai-node', 'anthropic-py', 'langchain', 'go-http', 'py-httpx'])
        sysp = r.choice(['You turn meeting transcripts into action items.', 'You are a friendly onboarding bot for a fintech app.', 'Extract entities from the text as JSON with keys name, org, date.', 'You write product descriptions for e-commerce listings.'])
        t0 = w.start - timedelta(days=r.randint(3, 90))
        for i in range(n):
            a = w.add_account(t0 + timedelta(hours=r.random() * 48), dom, pf, ip, ctry, 'build', org, False, persona='startup-team')
            cl = client(r, stack)
            for _ in range(r.randint(15, 50)):
                w.emit(a, w.t_active(tz=r.choice([-5, 0, 1])), cl, ip, organic_prompt(r), system=sysp, max_tokens=r.choice([512, 1024, 2048]), temp=0.7, stream=r.random() < 0.5, key='key_' + H(a, 10))
        label('startup-team', n)

    # --- campus NAT
    for uni in r.sample([k for k in UNI], 2):
        nat = [net.kw(uni) for _ in range(3)]
        ctry = UNI[uni]
        tz = {'US': -6, 'CA': -5, 'GB': 0, 'SG': 8, 'CN': 8, 'CH': 1, 'KR': 9, 'JP': 9}[ctry]
        n = r.randint(200, 260)
        for i in range(n):
            stack = r.choice(['chrome-win', 'chrome-mac', 'safari-mac', 'firefox', 'edge-win', 'py-requests', 'openai-py', 'ios-safari'])
            dom = r.choice([uni.lower().replace(' ', '') + '.edu', 'gmail.com', 'gmail.com'])
            a = w.add_account(w.start - timedelta(days=r.randint(1, 400)), dom, w.card() if r.random() < 0.4 else None, r.choice(nat), ctry, 'free', persona='campus-nat')
            cl = client(r, stack)
            for _ in range(r.randint(2, 10)):
                t = w.t_active(tz=tz, peak=(10, 26))
                kind = 'tech' if r.random() < 0.5 else 'general'
                if r.random() < 0.15:
                    q = r.choice(C['gsm_tr'])['question']
                    p = r.choice(['', 'how do i solve this? ', 'explain step by step: ', 'can you check my reasoning? ']) + q
                else:
                    p = organic_prompt(r, kind)
                cid = w.conv_id() if r.random() < 0.5 else None
                w.emit(a, t, cl, r.choice(nat), p, conv=cid, turn=1 if cid else None, stream=cl['stack'] not in ('py-requests', 'openai-py'), temp=None if r.random() < .5 else 1.0)
                if cid and r.random() < 0.5:
                    w.emit(a, t + timedelta(seconds=r.randint(30, 400)), cl, r.choice(nat), r.choice(FOLLOWUPS), conv=cid, turn=2, stream=True)
        label('campus-nat', n)
        w.doc.append(f'campus-nat {uni}: {n} students behind 3 NAT IPs')

    # --- classrooms: teacher wrapper, shared homework, deadline bursts
    for c in range(2):
        uni = r.choice(list(UNI))
        nat = [net.kw(uni) for _ in range(2)]
        ctry = UNI[uni]
        wrapper = r.choice([
            ('You are a patient maths tutor for MATH 101. Do not just give the answer; guide the student step by step and check their work.', 'Homework {hw} problem {k}: {q}\n\nMy attempt: {att}'),
            ('You are TA-bot for Intro to Programming (CS 1010). Explain concepts clearly, show the reasoning step by step, never write the full solution unless asked.', 'Assignment {hw}, Q{k}. {q}\nHere is what I tried: {att}'),
        ])
        hw_items = [r.sample(C['gsm_tr'] if c == 0 else C['gsm_te'], 8) for _ in range(3)]
        deadlines = sorted(r.sample(range(2, w.days), 3))
        n = r.randint(35, 55)
        for i in range(n):
            a = w.add_account(w.start - timedelta(days=r.randint(5, 40)), r.choice([uni.lower().replace(' ', '') + '.edu', 'gmail.com']), None, r.choice(nat), ctry, 'free', persona='classroom')
            cl = client(r, r.choice(['chrome-win', 'chrome-mac', 'safari-mac', 'ios-safari', 'android-chrome']))
            for hw, dl in enumerate(deadlines):
                for k in r.sample(range(8), r.randint(2, 7)):
                    t = w.start + timedelta(days=dl) - timedelta(hours=abs(r.gauss(0, 14)) + 0.2)
                    q = hw_items[hw][k]['question']
                    att = r.choice(['I got ' + str(r.randint(2, 500)) + ' but not sure', 'no idea where to start', 'I set up an equation but got stuck', 'is the answer ' + hw_items[hw][k]['answer'].split('####')[-1].strip() + '?'])
                    cid = w.conv_id()
                    w.emit(a, t, cl, r.choice(nat), wrapper[1].format(hw=hw + 1, k=k + 1, q=q, att=att), system=wrapper[0], conv=cid, turn=1, stream=True, temp=0.3)
                    if r.random() < 0.4:
                        w.emit(a, t + timedelta(seconds=r.randint(40, 600)), cl, r.choice(nat), r.choice(['why?', 'i still dont get step 2', 'ok so the answer is?', 'thanks!!']), system=wrapper[0], conv=cid, turn=2, stream=True, temp=0.3)
        label('classroom', n)
        w.doc.append(f'classroom {c}: {n} students, shared tutor system prompt + homework from gsm8k, 3 deadlines')

    # --- eval harnesses
    for lab in range(3):
        ip_pool = [net.cloud(r.choice(['Amazon', 'Google', 'Hetzner']))[0] for _ in range(r.randint(2, 6))]
        n = r.randint(2, 4)
        org = 'org_' + H(f'lab{lab}{w.seed}', 10)
        pf = w.card()
        stack = r.choice(['openai-py', 'anthropic-py', 'py-aiohttp'])
        bench = [('gsm', it) for it in C['gsm_te'][:r.randint(250, 600)]] + [('he', it) for it in C['heval']]
        tmpl = r.choice(['Question: {q}\nAnswer:', 'Solve the following problem. End with "The answer is N".\n\n{q}', '{q}'])
        for i in range(n):
            a = w.add_account(w.start - timedelta(days=r.randint(30, 300)), r.choice(['evalworks.ai', 'cs.cmu.edu', 'benchlab.org']), pf, ip_pool[0], 'US', 'scale', org, r.random() < 0.6, persona='eval-harness')
            cl = client(r, stack)
            runs = r.randint(2, 4)
            for run in range(runs):
                t = w.start + timedelta(seconds=r.random() * (w.days - 1) * 86400)
                temp = r.choice([0.0, 0.0, 0.7])
                items = r.sample(bench, min(len(bench), r.randint(100, 260)))
                for kind, it in items:
                    t += timedelta(seconds=r.expovariate(1 / 2.5))
                    if kind == 'gsm':
                        p, oh = tmpl.format(q=it['question']), r.randint(80, 300)
                    else:
                        p, oh = 'Complete the following Python function.\n\n' + it['prompt'], r.randint(60, 400)
                    think = r.random() < 0.2
                    w.emit(a, t, cl, r.choice(ip_pool), p, model=MODEL_THINK if think else MODELS_CHAT[0], max_tokens=4096 if think else 1024, temp=temp, stream=False, out_hint=oh, reasoning=think, key='key_' + H(a, 10))
        label('eval-harness', n)
        w.doc.append(f'eval-harness lab {lab}: {n} accounts, repeated gsm8k-test/HumanEval runs from cloud')

    # --- power users / developers
    def dev(persona, n, lo, hi):
        for i in range(n):
            ip, ctry = net.res()
            x = r.random()
            if x < 0.12:
                stack, odd = 'chrome-win', 'zscaler'
            elif x < 0.18:
                stack, odd = 'curl-win', None
            elif x < 0.24:
                stack, odd = 'ios-app', 'mismatch'
            else:
                stack, odd = r.choice(['cli-tool', 'anthropic-py', 'openai-py', 'openai-node', 'anthropic-node', 'curl-linux', 'go-http', 'langchain', 'chrome-mac', 'firefox', 'axios', 'ruby', 'java-http']), None
            cl = client(r, stack)
            if odd == 'zscaler':
                cl['ja4'] = r.choice(list(PROXY_JA4.values()))
                ip, ctry = net.cloud(r.choice(['Amazon', 'Google']))  # corporate proxy egress
            elif odd == 'mismatch':
                cl['ja4'] = STACKS['okhttp'][1]
            a = w.add_account(w.start - timedelta(days=r.randint(1, 700)), r.choice(EMAILS_CONS + ['acme-corp.com', 'fastmail.com', 'hey.com']), w.card(), ip, ctry, r.choice(['build', 'build', 'scale', 'free']), persona=persona)
            ips = [ip] + ([net.mob()[0]] if r.random() < 0.3 else [])
            tools = r.choice(TOOLSETS) if persona == 'developer' or r.random() < 0.3 else None
            sysp = r.choice(DEV_SYSTEMS)
            tz = r.choice([-8, -5, 0, 1, 2, 5.5, 8, 9])
            remaining = r.randint(lo, hi)
            while remaining > 0:
                t = w.t_active(tz=tz, peak=(8, 24))
                cid = w.conv_id()
                L = min(remaining, max(1, int(r.expovariate(1 / (6 if tools else 3)))))
                ctx = 0
                for turn in range(1, L + 1):
                    p = organic_prompt(r, 'tech') if turn == 1 else (r.choice(FOLLOWUPS) if not tools or r.random() < 0.3 else r.choice(['tool_result: ' + str(r.randint(0, 1)) + ' tests failed', 'Output of run_shell:\n' + 'ok\n' * r.randint(1, 20), '[tool result omitted]', 'continue']))
                    ctx += r.randint(200, 2500)
                    w.emit(a, t, cl, r.choice(ips), p, system=sysp, conv=cid, turn=turn, tools=tools, max_tokens=r.choice([None, 4096, 8192, 16000]), temp=r.choice([None, 0, 0.2, 1]), stream=r.random() < 0.7, extra_in=ctx, out_hint=r.choice(TR_CODE)[1], reasoning=r.random() < 0.15, model=MODEL_THINK if r.random() < 0.12 else None)
                    t += timedelta(seconds=r.randint(5, 90) if tools else r.randint(30, 900))
                remaining -= L
        label(persona, n)

    dev('power-user', 140, 20, 60)
    dev('developer', 300, 5, 30)

    # --- researchers (step by step reasoning)
    n = 80
    for i in range(n):
        ip, ctry = net.kw(r.choice(list(UNI))) if r.random() < 0.5 else net.res()[0], 'US'
        cl = client(r, r.choice(['anthropic-py', 'openai-py', 'chrome-mac', 'firefox', 'py-httpx']))
        a = w.add_account(w.start - timedelta(days=r.randint(10, 500)), r.choice(['gmail.com', 'mit.edu', 'stanford.edu', 'ox.ac.uk', 'ethz.ch', 'uw.edu']), w.card(), ip, ctry, 'build', persona='researcher')
        for _ in range(r.randint(10, 40)):
            q = r.choice([r.choice(C['gsm_te'])['question'], r.choice(C['arena']), r.choice(C['mt'])[0]])
            p = r.choice(['', 'Think step by step. ', 'Please reason carefully and show your work.\n\n', 'Walk me through your reasoning: ', 'Let\'s think about this carefully. ']) + q
            w.emit(a, w.t_active(tz=r.choice([-8, -5, 0, 1])), cl, ip, p, model=r.choice([MODEL_THINK, MODELS_CHAT[0]]), max_tokens=r.choice([2048, 8192, 16000]), temp=r.choice([0, 0.7, 1]), stream=False, reasoning=r.random() < 0.5, out_hint=r.randint(200, 1200))
    label('researcher', n)

    # --- data hobbyists (synthetic data for fine-tuning their own small model, legitimately)
    n = 35
    for i in range(n):
        ip, ctry = net.res()
        cl = client(r, r.choice(['py-requests', 'openai-py', 'py-httpx', 'node-undici']))
        a = w.add_account(w.start - timedelta(days=r.randint(1, 200)), r.choice(EMAILS_CONS), w.card(), ip, ctry, 'build', persona='data-hobbyist')
        topic = r.choice(['cooking recipes', 'D&D character backstories', 'customer service dialogues', 'haiku about nature', 'SQL questions', 'French vocabulary quizzes', 'pet care FAQs'])
        t = w.t_active(tz=r.choice([-5, 1, 8]))
        for _ in range(r.randint(15, 70)):
            p = r.choice([f'Generate {r.randint(5, 30)} diverse examples of {topic} as JSON lines with fields "prompt" and "completion".',
                          f'Give me {r.randint(10, 50)} more {topic}, different from the previous ones.',
                          f'Write a realistic example of {topic}. Vary the style.',
                          inst_text(r.choice(C['seed']))])
            w.emit(a, t, cl, ip, p, max_tokens=r.choice([2048, 4096]), temp=r.choice([0.9, 1.0, 1.2]), stream=False, out_hint=r.randint(300, 1500))
            t += timedelta(seconds=r.randint(3, 3600))
            if t >= w.end:
                t = w.t_active()
    label('data-hobbyist', n)

    # --- casual, vpn, writers, mobile
    def casual(persona, n, lo, hi, netf, stacks, kind='general'):
        for i in range(n):
            ip, ctry = netf()
            cl = client(r, r.choice(stacks))
            a = w.add_account(w.start - timedelta(days=r.randint(0, 600)) + timedelta(days=r.random() * 3), r.choice(EMAILS_CONS), w.card() if r.random() < 0.5 else None, ip, ctry, 'free' if r.random() < 0.7 else 'build', persona=persona)
            ips = [ip]
            tz = {'US': -6, 'CA': -5, 'GB': 0, 'DE': 1, 'FR': 1, 'ES': 1, 'IT': 1, 'IN': 5.5, 'KR': 9, 'JP': 9, 'TW': 8, 'AU': 10, 'VN': 7, 'TR': 3, 'BR': -3}.get(ctry, 0)
            for _ in range(r.randint(lo, hi)):
                if persona == 'vpn-user' and r.random() < 0.4:
                    ips.append(w.net.vpn())
                t = w.t_active(tz=tz, peak=(9, 25))
                cid = w.conv_id()
                if kind == 'writer':
                    rp = r.choice(C['roleplay'])
                    p = r.choice(['', 'Help me with my novel. ', 'Draft: ', 'Please continue this scene: ']) + (rp['instruction'] if r.random() < 0.6 else r.choice(C['mt'])[0])
                    sysp = r.choice([None, 'You are a creative writing partner. Match my voice.', None])
                else:
                    sysp = None
                    th = r.choice(C['hh']) if r.random() < 0.5 else [organic_prompt(r, kind)]
                for ti, p2 in enumerate((th if kind != 'writer' else [p, r.choice(FOLLOWUPS)])[:r.randint(1, 4)]):
                    w.emit(a, t, cl, r.choice(ips[-3:]), p2, system=sysp, conv=cid, turn=ti + 1, stream=True, temp=None, max_tokens=r.choice([None, 1024, 4096]))
                    t += timedelta(seconds=r.randint(20, 300))
        label(persona, n)

    def vpnnet():
        return net.vpn(), r.choice(['US', 'DE', 'IR', 'RU', 'CN', 'AE', 'TR'])

    casual('casual', 1050, 1, 6, net.res, ['chrome-win', 'chrome-mac', 'safari-mac', 'firefox', 'edge-win', 'ios-safari', 'android-chrome'])
    casual('mobile-app', 250, 2, 10, net.mob, ['ios-app', 'android-app', 'ios-safari', 'android-chrome'])
    casual('vpn-user', 220, 2, 12, vpnnet, ['chrome-win', 'firefox', 'safari-mac', 'openai-py'], 'tech')
    casual('writer', 150, 3, 14, net.res, ['chrome-mac', 'safari-mac', 'chrome-win', 'firefox'], 'writer')
    return cnt


# ---------------------------------------------------------------- attack content
DOMAINS = ['organic chemistry', 'contract law', 'distributed systems', 'microeconomics', 'epidemiology', 'linear algebra', 'medieval history',
           'compiler design', 'tax accounting', 'music theory', 'robotics control', 'cryptography', 'nutrition science', 'geopolitics',
           'React front-end', 'Kubernetes operations', 'probability', 'poetry analysis', 'supply-chain planning', 'database indexing',
           'climate modelling', 'Bayesian statistics', 'game theory', 'astrophysics', 'labour law', 'UX research']
SKILLS = ['explain a core concept', 'solve a multi-step problem', 'find the bug in a snippet', 'compare two approaches', 'write a proof',
          'design a system', 'critique an argument', 'summarise a dense passage', 'plan a project', 'translate jargon for a child',
          'produce a worked example', 'answer a trick question', 'estimate a quantity (Fermi)', 'write test cases']
LEVELS = ['introductory', 'intermediate', 'advanced', 'expert / research-level']
FACETS = ['Answer in English.', 'Answer in Spanish.', 'Answer in Chinese.', 'Use a real-world scenario.']


def item_pool(r, target):
    """Return list of item dicts: {core, oh, tools, kind}"""
    out = []
    if target in ('cot', 'math'):
        src = C['gsm_tr'] + (C['gsm_te'] if target == 'math' else [])
        for it in src:
            out.append({'core': it['question'], 'oh': r.randint(150, 500), 'kind': 'math', 'ans': it['answer']})
        if target == 'cot':
            for p in C['arena']:
                out.append({'core': p, 'oh': r.randint(400, 1500), 'kind': 'reason'})
    elif target == 'code':
        for it in C['heval']:
            out.append({'core': it['prompt'], 'oh': r.randint(100, 600), 'kind': 'code'})
        for it in C['codegen']:
            out.append({'core': inst_text(it), 'oh': r.randint(150, 800), 'kind': 'code', 'ans': it['response']})
        for p in ARENA_CODE:
            out.append({'core': p, 'oh': r.randint(400, 1500), 'kind': 'code'})
    elif target == 'agentic':
        for it in C['toolf']:
            lines = it['instruction'].split('\n')
            tools = sorted({l.split('(')[0] for l in lines if l.endswith(')') and '(' in l and ' ' not in l.split('(')[0]}) or ['search']
            task = lines[-1] + (('\n' + it['input']) if it.get('input') else '')
            out.append({'core': task, 'oh': r.randint(150, 600), 'kind': 'agent', 'tools': tools})
        for it in C['codegen'][:1500]:
            out.append({'core': inst_text(it), 'oh': r.randint(200, 900), 'kind': 'agent', 'tools': ['run_python', 'read_file', 'write_file']})
    elif target == 'judge':
        for it in C['gsm_tr'][:3000]:
            out.append({'core': it['question'], 'cand': it['answer'].replace('<<', '').replace('>>', ' '), 'oh': r.randint(120, 400), 'kind': 'judge'})
        for it in C['codegen'] + C['roleplay']:
            out.append({'core': inst_text(it), 'cand': it['response'][:1800], 'oh': r.randint(120, 400), 'kind': 'judge'})
    elif target == 'selfinst':
        for i in range(6000):
            out.append({'core': None, 'seeds': r.sample(C['seed'], 3), 'oh': r.randint(1200, 3000), 'kind': 'selfinst'})
    elif target == 'taxonomy':
        for d in DOMAINS:
            for sk in SKILLS:
                for lv in LEVELS:
                    for fc in FACETS:
                        out.append({'core': (d, sk, lv, fc), 'oh': r.randint(300, 1400), 'kind': 'tax'})
    r.shuffle(out)
    return out


def pick(r, *lists):
    return ''.join(r.choice(l) for l in lists)


# each operation phrases things in its own vocabulary; every request composes a wrapper from fragments
PHRASE = {
    'sloppy': {
        'math': lambda r, it: pick(r, ['', 'Task: ', 'PROBLEM: ', 'Q: '], [it['core']], ['\n\n', '\n'],
                                   ['Provide full derivation, every intermediate computation on its own line.', 'Show all working. Then give final answer after "ANSWER:".',
                                    'Reason it out thoroughly before answering; final line: ANSWER: <number>', 'Detailed solution required, numbered steps, then ANSWER.']),
        'reason': lambda r, it: pick(r, ['Instruction: ', '', 'TASK >> '], [it['core']], ['\n\n'],
                                     ['Before answering, write out your complete internal reasoning under "## Reasoning", then the reply under "## Final".',
                                      'Output format: <reasoning>...</reasoning><answer>...</answer>. Be exhaustive in reasoning.',
                                      'Explain your thought process in full detail first.']),
    },
    'careful': {
        'first': lambda r, it: pick(r, ['', 'hey, ', 'Hi! ', 'quick one - ', 'I\'m stuck on this: ', 'Working on something for a side project. ', 'Could you help me with this? '],
                                    [it['core']], ['', '', ' Thanks.', '\n\nwould appreciate it if you explain how you got there', ' (please walk me through it)']),
        'follow': ['Why does that step work? I don\'t quite follow the middle part.', 'Is there a cleaner way to do it?', 'What if the input were much larger?',
                   'Can you double-check your answer by solving it a different way?', 'hmm, what would be a common mistake here?',
                   'Could you restate the whole solution concisely, with the key idea up front?', 'ok and how would you test this?',
                   'nice. can you explain the intuition like I\'m new to this?', 'What assumptions did you make?'],
    },
    'team': {
        'judge': lambda r, it: pick(r, ['You are grading a response.', 'Act as a strict evaluator.', 'Evaluation request.', 'Assess the quality of the answer below.', 'Rate the following submission.'],
                                    ['\n\n### Prompt\n', '\n\nQUESTION:\n', '\n\n[Task]\n', '\n\nUser asked:\n'], [str(it['core'])],
                                    ['\n\n### Response\n', '\n\nCANDIDATE ANSWER:\n', '\n\n[Model output]\n', '\n\nAnswer given:\n'], [it.get('cand', '')],
                                    ['\n\nScore 1-10 on correctness, helpfulness, clarity. Justify each criterion, then output {"score": N}.',
                                     '\n\nUse this rubric: accuracy (0-4), completeness (0-3), style (0-3). Explain your reasoning for each, then give the total.',
                                     '\n\nWrite a critique, list every error you find, and finish with "Final verdict: [[N/10]]".',
                                     '\n\nCompare against what an ideal expert answer would say, then produce a score from 1 to 5 with rationale.']),
        'agent': lambda r, it: pick(r, ['', 'Use the available tools where appropriate. ', 'You may call tools. Plan first, then act. ', 'Solve with tool calls; narrate your plan. '],
                                    [it['core']], ['', '\nExplain each tool call you make and why.', '\nThink out loud between tool calls.']),
        'code': lambda r, it: pick(r, ['Implement: ', 'Write production-quality code for the following.\n', '', 'Coding task:\n'], [it['core']],
                                   ['\n\nInclude a brief design rationale, complexity analysis and unit tests.', '\n\nExplain your approach first, then the code.', '', '\n\nReturn the full file.']),
        'math': lambda r, it: pick(r, ['Solve: ', 'Problem: ', ''], [it['core']], ['\nExplain step by step.', '\nShow reasoning, then the answer in a box.', '']),
        'reason': lambda r, it: pick(r, ['', 'Think carefully: '], [it['core']], ['', '\nShow your reasoning before the final answer.']),
    },
    'selfinst': lambda r, it: pick(r, ['We are building a diverse instruction dataset. ', 'I need fresh training examples. ', 'Brainstorm new tasks. ', ''],
                                   ['Produce ', 'Create ', 'Invent ', 'Write '], [str(r.choice([15, 20, 25, 30, 40]))],
                                   [' new, varied instructions', ' novel tasks that an AI assistant could be asked', ' instruction-input-output triples', ' diverse user requests with ideal assistant answers'],
                                   ['. Vary verbs, formats and domains; avoid repeats.', '. Mix classification, generation, editing, open QA and reasoning.', ', each with a realistic input when needed (else "<noinput>").', '.'],
                                   ['\n\nExamples of the style:\n'],
                                   ['\n'.join(f"{i + 1}. Instruction: {s['instruction']}\n   Input: {s['instances'][0]['input'] or '<noinput>'}\n   Output: {s['instances'][0]['output'][:300]}" for i, s in enumerate(it['seeds']))],
                                   ['\n\nContinue the list, numbering from 4. Output as JSON lines.', '\n\nNow continue:', '\n\n4.', '\n\nReturn JSON array of objects {instruction,input,output}.']),
    'tax': lambda r, it: pick(r, ['[capability probe] ', '', 'Category sweep — ', 'Eval item. '],
                              ['Domain: ' + it['core'][0] + '\nSkill: ' + it['core'][1] + '\nLevel: ' + it['core'][2] + '\n\n',
                               f'In {it["core"][0]}, at a {it["core"][2]} level, {it["core"][1]}. ',
                               f'Generate and then answer a {it["core"][2]} question in {it["core"][0]} that requires you to {it["core"][1]}. '],
                              ['Write the question yourself, then answer it as an expert would, showing reasoning.', 'Pose a hard instance and solve it fully.',
                               'Give the challenge, then a model solution with detailed rationale.', 'Then grade your own answer.'], [' ' + it['core'][3]]),
}
COVER = lambda r: organic_prompt(r, r.choice(['general', 'tech']))


def attack(w, world_no):
    r, net = w.r, w.net
    cnt = {}
    camps = {}

    def camp(name):
        camps.setdefault(name, 'camp_' + H(f'{w.seed}{name}', 8))
        return camps[name]

    def acct_count(lo, hi):
        return r.randint(lo, hi)

    # ---- Op 1: sloppy fleet
    tgt = r.choice(['math', 'cot'])
    pool = item_pool(r, tgt)
    n = acct_count(150, 180)
    cards = [w.card() for _ in range(r.randint(3, 5))]
    doms = r.sample(['tempmailo.net', 'gmaiil.com', 'outl0ok.com', 'mailbox-drop.xyz', 'inboxkitten.com', 'yandex.com', 'proton-mail.cc', 'quickinbox.io'], 3)
    bursts = [w.start - timedelta(days=r.randint(1, 4)) + timedelta(hours=r.random() * 20) for _ in range(3)] + [w.start + timedelta(days=r.randint(3, 8), hours=r.random() * 20)]
    stack = r.choice(['py-httpx', 'py-requests', 'py-aiohttp'])
    ua_fixed = client(r, stack)
    c1 = camp('op-fleet')
    for i in range(n):
        created = r.choice(bursts) + timedelta(seconds=r.randint(0, 5400))
        sip = net.dc() if r.random() < 0.6 else net.vpn()
        a = w.add_account(created, r.choice(doms), r.choice(cards), sip, r.choice(['US', 'US', 'SG', 'NL', 'GB']), r.choice(['free', 'build']), label='attack', persona='proxy-fleet', campaign=c1)
        t = max(created, w.start) + timedelta(hours=r.random() * 24 * (w.days - 8 if created > w.start else w.days - 2))
        ipl = [net.dc() if r.random() < 0.6 else net.vpn() for _ in range(3)]
        for _ in range(r.randint(25, 55)):
            it = pool.pop()
            p = PHRASE['sloppy']['math' if it['kind'] == 'math' else 'reason'](r, it)
            w.emit(a, t, ua_fixed, r.choice(ipl), p, model=r.choice([MODELS_CHAT[0], MODEL_THINK]), max_tokens=4096, temp=0.0 if r.random() < .5 else 0.7, stream=False, out_hint=it['oh'] * 1.6, reasoning=r.random() < 0.4, key='key_' + H(a, 10))
            t += timedelta(seconds=r.randint(8, 240) if r.random() < 0.8 else r.randint(1800, 30000))
            if t >= w.end:
                break
    cnt['proxy-fleet'] = n
    w.doc.append(f'op-fleet ({c1}): {n} accounts, target={tgt}, {len(cards)} cards, bursts, DC/VPN IPs, stack {stack}')

    # ---- Op 2: careful, artefact-free
    tgt = r.choice(['code', 'cot']) if world_no == 1 else r.choice(['cot', 'code', 'math'])
    pool = item_pool(r, tgt)
    n = acct_count(100, 130)
    c2 = camp('op-quiet')
    nreq_total = 0
    for i in range(n):
        ip, ctry = net.res()
        ips = [ip, net.res(r.choice([k for k in ISP if ISP[k] == ctry] or [None]))[0]]
        stack = r.choice(['chrome-win', 'chrome-mac', 'safari-mac', 'firefox', 'edge-win', 'anthropic-py', 'openai-py', 'cli-tool'])
        cl = client(r, stack)
        randomize = r.random() < 0.4
        a = w.add_account(w.start - timedelta(days=r.randint(60, 320), hours=r.random() * 24), r.choice(EMAILS_CONS), w.card(), ip, ctry, r.choice(['build', 'free', 'build']), label='attack', persona='aged-residential', campaign=c2)
        tz = {'US': -6, 'CA': -5, 'GB': 0, 'DE': 1, 'FR': 1, 'ES': 1, 'IT': 1, 'IN': 5.5, 'KR': 9, 'JP': 9, 'TW': 8, 'AU': 10, 'VN': 7, 'TR': 3, 'BR': -3}.get(ctry, 0)
        target_n = r.randint(22, 50)
        done = 0
        while done < target_n:
            t = w.t_active(tz=tz, peak=(9, 24))
            it = pool.pop()
            cid = w.conv_id()
            L = r.choice([1, 2, 2, 3, 3, 4])
            if randomize:
                cl = dict(cl)
                cl['ja4'] = f"t13d{r.choice([15, 16, 17])}{r.choice([14, 15, 16])}h2_{H(str(r.random()))}_{H(str(r.random()))}"
            for turn in range(1, L + 1):
                p = PHRASE['careful']['first'](r, it) if turn == 1 else r.choice(PHRASE['careful']['follow'])
                w.emit(a, t, cl, r.choice(ips), p, conv=cid, turn=turn, stream=r.random() < 0.8, temp=None, max_tokens=r.choice([None, 4096, 8192]),
                       out_hint=it['oh'], reasoning=r.random() < 0.3, model=r.choice(MODELS_CHAT[:1] + [MODEL_THINK]), extra_in=(turn - 1) * it['oh'])
                t += timedelta(seconds=r.randint(45, 600))
                done += 1
            nreq_total += L
    cnt['aged-residential'] = n
    w.doc.append(f'op-quiet ({c2}): {n} aged accounts, own card, residential, multi-turn, distinct items from a shared {tgt} pool')

    # ---- Op 3: sub-teams with cover traffic
    tgt3 = r.choice(['judge', 'agentic']) if world_no == 1 else r.choice(['agentic', 'judge', 'code'])
    pool = item_pool(r, tgt3)
    c3 = camp('op-teams')
    team_specs = [('team-cloud', 'go-http', lambda: net.cloud(r.choice(['DigitalOcean', 'OVH', 'Linode', 'Hetzner'] if 'Linode' in CLOUD else ['DigitalOcean', 'OVH', 'Hetzner']))),
                  ('team-mobile', r.choice(['okhttp', 'android-app']), net.mob),
                  ('team-resi', r.choice(['openai-node', 'anthropic-node', 'axios']), net.res)]
    if world_no == 2:
        team_specs.append(('team-ipv6', 'java-http', lambda: (net.dc6(), 'US')))
    tot = 0
    for tname, stack, nf in team_specs:
        nt = r.randint(35, 55) if world_no == 1 else r.randint(28, 42)
        cover = r.uniform(0.1, 0.4)
        tcards = [w.card() for _ in range(max(1, nt // r.randint(3, 12)))]
        sysp = r.choice([None, 'You are a meticulous assistant.', 'You are an expert reviewer. Be thorough.', None])
        for i in range(nt):
            ip, ctry = nf()
            a = w.add_account(w.start - timedelta(days=r.randint(5, 60), hours=r.random() * 24), r.choice(EMAILS_CONS + ['zoho.com', 'tutanota.com']), r.choice(tcards), ip, ctry, 'build', label='attack', persona=tname, campaign=c3)
            cl = client(r, stack)
            ips = [ip] + [nf()[0] for _ in range(r.randint(0, 3))]
            for _ in range(r.randint(25, 60)):
                t = w.t_active(tz=r.choice([0, 1, 8]), peak=(6, 26))
                if r.random() < cover:
                    w.emit(a, t, cl, r.choice(ips), COVER(r), stream=r.random() < .5, max_tokens=r.choice([1024, 2048]))
                    continue
                it = pool.pop()
                kind = {'judge': 'judge', 'agent': 'agent', 'code': 'code', 'math': 'math'}.get(it['kind'], 'reason')
                p = PHRASE['team'][kind](r, it)
                w.emit(a, t, cl, r.choice(ips), p, system=sysp, tools=it.get('tools'), max_tokens=r.choice([4096, 8192]), temp=r.choice([0, 0.3, 1.0]), stream=False,
                       out_hint=it['oh'] * 1.5, reasoning=r.random() < 0.5, model=MODEL_THINK if r.random() < 0.5 else MODELS_CHAT[0])
        tot += nt
        cnt[tname] = nt
    w.doc.append(f'op-teams ({c3}): {tot} accounts in {len(team_specs)} sub-teams (cloud/go, mobile-proxy/okhttp, residential/node' + (', ipv6-dc/java' if world_no == 2 else '') + f'), target={tgt3}, 10-40% cover')

    # ---- Op 4: bare items, max tokens, extended reasoning
    tgt4 = r.choice(['math', 'code']) if world_no == 1 else r.choice(['cot', 'code'])
    pool = item_pool(r, tgt4)
    c4 = camp('op-bare')
    n = acct_count(60, 85)
    cards = [w.card() for _ in range(n // 4)]
    for i in range(n):
        ip, ctry = (net.dc6(), 'US') if r.random() < 0.5 else net.cloud()
        stack = r.choice(['anthropic-py', 'anthropic-node']) if world_no == 1 else r.choice(['openai-py', 'go-sdk'])
        cl = client(r, stack)
        a = w.add_account(w.start - timedelta(days=r.randint(0, 25), hours=r.random() * 24), r.choice(['gmail.com', 'outlook.com', 'proton.me']), r.choice(cards), ip, ctry, 'build', label='attack', persona='bare-reasoning', campaign=c4)
        t = w.t_active(allday=True)
        for _ in range(r.randint(20, 50)):
            it = pool.pop()
            w.emit(a, t, cl, ip, it['core'], model=MODEL_THINK, max_tokens=r.choice([32000, 64000, 32768]), temp=1.0, stream=True, out_hint=it['oh'], reasoning=True, key='key_' + H(a, 9))
            t += timedelta(seconds=r.expovariate(1 / 1800))
            if t >= w.end:
                t = w.t_active(allday=True)
    cnt['bare-reasoning'] = n
    w.doc.append(f'op-bare ({c4}): {n} accounts, bare {tgt4} items, thinking model, max_tokens>=32k, cloud IPv4/IPv6')

    # ---- Op 5: self-instruct bulk generation
    pool = item_pool(r, 'selfinst')
    c5 = camp('op-selfinst')
    n = acct_count(50, 70)
    base = w.start + timedelta(days=r.randint(0, 4))
    for i in range(n):
        ip = net.vpn() if r.random() < 0.7 else net.res()[0]
        cl = client(r, r.choice(['openai-py', 'langchain', 'py-requests']))
        a = w.add_account(base + timedelta(hours=r.random() * 96), r.choice(['gmail.com', 'outlook.com', 'hotmail.com']), w.card(), ip, r.choice(['US', 'HK', 'SG', 'MY']), 'build', label='attack', persona='bulk-instruct', campaign=c5)
        t = max(w.start + timedelta(days=1), base + timedelta(days=1)) + timedelta(hours=r.random() * 24 * (w.days - 7))
        for _ in range(r.randint(25, 50)):
            it = pool.pop()
            w.emit(a, t, cl, ip if r.random() < 0.7 else net.vpn(), PHRASE['selfinst'](r, it), model=MODELS_CHAT[r.choice([0, 1])], max_tokens=r.choice([3000, 4096]), temp=r.choice([0.9, 1.0, 1.1]), stream=False, out_hint=it['oh'])
            t += timedelta(seconds=r.randint(20, 2400))
    cnt['bulk-instruct'] = n
    w.doc.append(f'op-selfinst ({c5}): {n} accounts, alpaca/self-instruct style bulk generation, VPN')

    # ---- Op 6: taxonomy sweep, spread infra, light cover
    pool = item_pool(r, 'taxonomy')
    c6 = camp('op-taxonomy')
    n = acct_count(45, 65)
    for i in range(n):
        ip, ctry = net.res() if r.random() < 0.6 else net.mob()
        cl = client(r, r.choice(list(STACKS)))
        a = w.add_account(w.start - timedelta(days=r.randint(10, 120)), r.choice(EMAILS_CONS), w.card(), ip, ctry, r.choice(['free', 'build']), label='attack', persona='taxonomy-sweep', campaign=c6)
        for _ in range(r.randint(25, 50)):
            t = w.t_active(tz=r.choice([-5, 1, 8]))
            if r.random() < 0.12:
                w.emit(a, t, cl, ip, COVER(r), stream=True)
                continue
            it = pool.pop()
            w.emit(a, t, cl, ip, PHRASE['tax'](r, it), model=r.choice([MODEL_THINK, MODELS_CHAT[0]]), max_tokens=r.choice([4096, 8192, 16000]), temp=0.7, stream=r.random() < 0.5, out_hint=it['oh'], reasoning=r.random() < 0.6)
    cnt['taxonomy-sweep'] = n
    w.doc.append(f'op-taxonomy ({c6}): {n} accounts, domain x skill x level capability sweep, residential+mobile, mixed stacks')
    return cnt


def main():
    out, seed = sys.argv[1], int(sys.argv[2])
    world_no = 1 if seed % 2 == 1 else 2
    days = 16 if world_no == 1 else 20
    start = datetime(2026, 3, 2, tzinfo=timezone.utc) if world_no == 1 else datetime(2026, 5, 11, tzinfo=timezone.utc)
    w = World(seed, start, days)
    oc = organic(w)
    ac = attack(w, world_no)
    w.r.shuffle(w.ints)
    first = {}
    for x in w.ints:
        if x['ts'] < first.get(x['account_id'], '9'):
            first[x['account_id']] = x['ts']
    for acc in w.accts:
        f0 = first.get(acc['account_id'])
        if f0 and acc['created_at'] > f0:
            ft = datetime.strptime(f0, '%Y-%m-%dT%H:%M:%S.%fZ').replace(tzinfo=timezone.utc)
            acc['created_at'] = iso(ft - timedelta(seconds=w.r.randint(90, 7200)))
    os.makedirs(out, exist_ok=True)
    with gzip.open(os.path.join(out, 'interactions.jsonl.gz'), 'wt', encoding='utf-8') as f:
        for x in w.ints:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    order = list(range(len(w.accts)))
    w.r.shuffle(order)
    with open(os.path.join(out, 'accounts.jsonl'), 'w') as f:
        for i in order:
            f.write(json.dumps(w.accts[i]) + '\n')
    with open(os.path.join(out, 'labels.jsonl'), 'w') as f:
        for i in order:
            f.write(json.dumps(w.labels[i]) + '\n')
    na = sum(1 for l in w.labels if l['label'] == 'attack')
    aset = {l['account_id'] for l in w.labels if l['label'] == 'attack'}
    ni = sum(1 for x in w.ints if x['account_id'] in aset)
    with open(os.path.join(out, 'WORLD.md'), 'w') as f:
        f.write(f'# Blind world (seed {seed})\n\nPeriod: {iso(start)} + {days} days. Interactions: {len(w.ints)}; accounts: {len(w.accts)}; attack accounts: {na}; attack interactions: {ni}.\n\n')
        f.write('## Organic personas (accounts)\n' + ''.join(f'- {k}: {v}\n' for k, v in oc.items()))
        f.write('\n## Attack personas (accounts)\n' + ''.join(f'- {k}: {v}\n' for k, v in ac.items()))
        f.write('\n## Details\n' + ''.join(f'- {d}\n' for d in w.doc))
        f.write('\nNotes: responses omitted (null) everywhere. Corporate TLS-intercepting proxies (odd JA4 + browser UA), curl on Windows (schannel), and iOS app UA with okhttp-like JA4 appear among power-user/developer accounts. op-quiet accounts draw each item at most once across the whole operation; 40% of them randomise JA4 per thread.\n')
    print(out, len(w.ints), len(w.accts), na, ni)


if __name__ == '__main__':
    main()
