#!/usr/bin/env python3
"""Blind traffic-world generator (stdlib only). Usage: python3 gen.py WORLD_NAME SEED OUTDIR
WORLD_NAME in {world1, world2}; deterministic given seed."""
import sys, os, json, gzip, random, hashlib, csv, math, ipaddress, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
SH = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN_CSV = os.path.join(os.environ.get('ASN_DIR', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn')), 'asn-ipv4.csv')

# ---------------------------------------------------------------- corpora
def jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def jload(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return json.load(f)

C = {}
def load_corpora():
    o = SH + '/corpora/organic/'; e = SH + '/corpora/extraction/'
    C['koala'] = [r['prompt'] for r in jl(o + 'koala.jsonl')]
    C['arena'] = [r['prompt'] for r in jl(o + 'arena-hard-v0.1.jsonl')]
    C['mtb'] = [r['turns'] for r in jl(o + 'mt-bench.jsonl')]
    C['vicuna'] = [r['turns'][0] for r in jl(o + 'vicuna-bench.jsonl')]
    hh = []
    for r in jl(o + 'hh-rlhf-harmless-test.jsonl.gz'):
        turns = [t.split('\n\nAssistant:')[0].strip() for t in r['chosen'].split('\n\nHuman:')[1:]]
        turns = [t for t in turns if 3 < len(t) < 600]
        if turns: hh.append(turns)
    C['hh'] = hh
    uo = []
    for r in jl(o + 'self-instruct-user-oriented.jsonl'):
        for ins in r['instances'][:1]:
            uo.append((r['motivation_app'], r['instruction'], ins.get('input', ''), ins.get('output', '')))
    C['useror'] = uo
    C['seed'] = [(r['instruction'], (r['instances'][0].get('input', '') if r['instances'] else ''),
                  (r['instances'][0].get('output', '') if r['instances'] else '')) for r in jl(e + 'self-instruct-seed-tasks.jsonl')]
    C['alpaca'] = open(e + 'alpaca-generation-prompt.txt', encoding='utf-8').read()
    C['gcode'] = [(r['instruction'], r.get('input', ''), r.get('response', '')) for r in jload(e + 'gpteacher-codegen.json.gz')]
    C['grole'] = [(r['instruction'], r.get('input', ''), r.get('response', '')) for r in jload(e + 'gpteacher-roleplay.json.gz')]
    C['gtool'] = [(r['instruction'], r.get('input', ''), r.get('response', '')) for r in jload(e + 'gpteacher-toolformer.json.gz')]
    C['gsm_tr'] = [(r['question'], r['answer']) for r in jl(e + 'gsm8k-train.jsonl.gz')]
    C['gsm_te'] = [(r['question'], r['answer']) for r in jl(e + 'gsm8k-test.jsonl')]
    C['he'] = [(r['task_id'], r['prompt'], r['canonical_solution']) for r in jl(e + 'humaneval.jsonl.gz')]
    tr = []
    for fn in ('code', 'conv'):
        with open(SH + '/traces/AzureLLMInferenceTrace_%s.csv' % fn) as f:
            rd = csv.reader(f); next(rd)
            rows = [(int(a[1]), int(a[2])) for a in rd]
        tr.append(rows)
    C['trace_code'], C['trace_conv'] = tr
    C['dc'] = [l.strip() for l in open(SH + '/network/datacenter-ipv4.txt') if l.strip() and not l.startswith('#')]
    C['vpn'] = [l.strip() for l in open(SH + '/network/vpn-ipv4.txt') if l.strip() and not l.startswith('#')]
    C['dc6'] = [l.strip() for l in open(SH + '/network/datacenter-ipv6.txt') if l.strip() and not l.startswith('#')]
    C['libua'] = [l.strip() for l in open(SH + '/network/http-library-user-agents.txt') if l.strip()]

# ---------------------------------------------------------------- networks
ASN_SETS = {
    'res_US': [7922, 20115, 11427, 7018, 6128, 701], 'res_DE': [3320, 3209], 'res_FR': [5511, 12322, 3215],
    'res_GB': [2856], 'res_ES': [3352], 'res_JP': [2516, 4713], 'res_IN': [55836], 'res_CN': [4134, 4837],
    'res_KR': [4766], 'res_BR': [28573], 'res_CA': [577, 812], 'res_AU': [1221], 'res_IT': [3269],
    'res_VN': [7552, 45899], 'res_MX': [8151], 'res_TW': [3462], 'res_NL': [6830],
    'mob_US': [21928], 'mob_IN': [55836], 'mob_PL': [12912], 'mob_JP': [9605], 'mob_CN': [9808], 'mob_DE': [3209],
    'uni_US': [7377, 1706, 3354, 17, 225], 'uni_CA': [239, 393249, 11105], 'uni_DE': [553], 'uni_KR': [17862, 9708],
    'uni_AU': [10148],
    'cloud_aws': [16509, 14618, 8987], 'cloud_gcp': [396982, 15169], 'cloud_az': [8075], 'cloud_do': [14061],
    'cloud_hz': [24940], 'cloud_ovh': [16276],
}
ASN_RANGES = {}
def load_asn():
    want = set(a for v in ASN_SETS.values() for a in v)
    with open(ASN_CSV) as f:
        for row in csv.reader(f):
            try: a = int(row[2])
            except: continue
            if a in want:
                s = int(ipaddress.IPv4Address(row[0])); e = int(ipaddress.IPv4Address(row[1]))
                if e - s >= 16: ASN_RANGES.setdefault(a, []).append((s, e))

def ip_from_asnset(R, key):
    a = R.choice([x for x in ASN_SETS[key] if x in ASN_RANGES])
    s, e = R.choice(ASN_RANGES[a])
    return str(ipaddress.IPv4Address(R.randint(s + 1, e - 1)))

def ip_from_cidr(R, cidr):
    n = ipaddress.ip_network(cidr, strict=False)
    if n.num_addresses <= 2: return str(n.network_address)
    k = min(n.num_addresses - 2, 2 ** 40)
    return str(n.network_address + R.randint(1, k))

def dc_ip(R): return ip_from_cidr(R, R.choice(C['dc']))
def vpn_ip(R): return ip_from_cidr(R, R.choice(C['vpn']))
def dc6_ip(R): return ip_from_cidr(R, R.choice(C['dc6']))

COUNTRY_RES = {'US': 'res_US', 'DE': 'res_DE', 'FR': 'res_FR', 'GB': 'res_GB', 'ES': 'res_ES', 'JP': 'res_JP', 'IN': 'res_IN',
               'CN': 'res_CN', 'KR': 'res_KR', 'BR': 'res_BR', 'CA': 'res_CA', 'AU': 'res_AU', 'IT': 'res_IT', 'VN': 'res_VN',
               'MX': 'res_MX', 'TW': 'res_TW', 'NL': 'res_NL'}
COUNTRY_MOB = {'US': 'mob_US', 'IN': 'mob_IN', 'PL': 'mob_PL', 'JP': 'mob_JP', 'CN': 'mob_CN', 'DE': 'mob_DE'}
TZ = {'US': -6, 'CA': -5, 'MX': -6, 'BR': -3, 'GB': 0, 'DE': 1, 'FR': 1, 'ES': 1, 'IT': 1, 'NL': 1, 'PL': 1, 'IN': 5.5,
      'CN': 8, 'TW': 8, 'VN': 7, 'JP': 9, 'KR': 9, 'AU': 10, 'SG': 8, 'RU': 3}
ORG_COUNTRIES = ['US'] * 30 + ['GB'] * 6 + ['DE'] * 6 + ['FR'] * 4 + ['IN'] * 8 + ['JP'] * 4 + ['CA'] * 4 + ['BR'] * 4 + \
    ['KR'] * 3 + ['AU'] * 3 + ['ES'] * 3 + ['IT'] * 2 + ['NL'] * 2 + ['MX'] * 2 + ['CN'] * 2 + ['TW'] * 1 + ['VN'] * 1

def res_ip(R, country):
    return ip_from_asnset(R, COUNTRY_RES.get(country, 'res_US'))
def mob_ip(R, country):
    return ip_from_asnset(R, COUNTRY_MOB.get(country, 'mob_US'))

# ---------------------------------------------------------------- client stacks
def h12(s): return hashlib.sha256(s.encode()).hexdigest()[:12]
def ja4(proto, alpn, nc, ne, name):
    return 't13%s%02d%02d%s_%s_%s' % (proto, nc, ne, alpn, h12('c' + name), h12('e' + name))

CHROME_VERS = ['124.0.6367.91', '125.0.6422.142', '126.0.6478.127', '127.0.6533.100', '128.0.6613.120', '129.0.6668.90']
STACKS = {
    'chrome': dict(ja4=['t13d1516h2_8daaf6152771_02713d6af862', 't13d1517h2_8daaf6152771_b0da82dd1658'],
                   ua=lambda R: R.choice(['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36',
                                          'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36',
                                          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36']) % R.choice(CHROME_VERS)),
    'edge': dict(ja4=['t13d1516h2_8daaf6152771_02713d6af862'],
                 ua=lambda R: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36 Edg/%s' % ((R.choice(CHROME_VERS),) * 2)),
    'firefox': dict(ja4=['t13d1715h2_5b57614c22b0_3d5424432f57', 't13d1716h2_5b57614c22b0_eeeea6562960'],
                    ua=lambda R: R.choice(['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%s.0) Gecko/20100101 Firefox/%s.0',
                                           'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:%s.0) Gecko/20100101 Firefox/%s.0']) % ((R.choice(['125', '126', '127', '128', '129']),) * 2)),
    'safari': dict(ja4=['t13d2014h2_a09f3c656075_14788d8d241b'],
                   ua=lambda R: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % R.choice(['17.4.1', '17.5', '17.6', '18.0'])),
    'ios_app': dict(ja4=['t13d2014h2_a09f3c656075_e42f34c56612'],
                    ua=lambda R: 'ChatPocket/%s (iPhone; iOS %s; Scale/3.00) CFNetwork/1494.0.7 Darwin/23.4.0' % (R.choice(['3.2.1', '3.3.0', '3.4.2']), R.choice(['17.4', '17.5.1', '17.6']))),
    'android_okhttp': dict(ja4=['t13d1614h2_2ef5e9b1ba7c_cb9ca2a1c6f1'],
                           ua=lambda R: R.choice(['okhttp/4.12.0', 'okhttp/4.11.0', 'Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)'])),
    'py_requests': dict(ja4=['t13d1812h1_85036bcba153_b26ce05bbdd6', 't13d1811h1_85036bcba153_8a1c0bd8d0b4'],
                        ua=lambda R: 'python-requests/%s' % R.choice(['2.31.0', '2.32.3', '2.28.2'])),
    'py_httpx': dict(ja4=['t13d1812h2_85036bcba153_b26ce05bbdd6'],
                     ua=lambda R: 'python-httpx/%s' % R.choice(['0.27.0', '0.27.2', '0.26.0'])),
    'py_aiohttp': dict(ja4=['t13d1812h1_85036bcba153_0f2c1d0d8a4b'],
                       ua=lambda R: 'Python/3.%d aiohttp/3.9.%d' % (R.choice([10, 11, 12]), R.randint(1, 5))),
    'openai_py': dict(ja4=['t13d1812h2_85036bcba153_b26ce05bbdd6'],
                      ua=lambda R: 'OpenAI/Python %s' % R.choice(['1.30.1', '1.35.3', '1.40.6', '1.45.0', '1.51.2'])),
    'anthropic_py': dict(ja4=['t13d1812h2_85036bcba153_b26ce05bbdd6'],
                         ua=lambda R: 'Anthropic/Python %s' % R.choice(['0.28.1', '0.31.2', '0.34.2', '0.36.0'])),
    'openai_node': dict(ja4=['t13d1712h2_5b57614c22b0_7121afd63204'],
                        ua=lambda R: 'OpenAI/JS %s' % R.choice(['4.47.1', '4.52.7', '4.56.0', '4.67.1'])),
    'anthropic_ts': dict(ja4=['t13d1712h2_5b57614c22b0_7121afd63204'],
                         ua=lambda R: 'Anthropic/JS %s' % R.choice(['0.22.0', '0.24.3', '0.27.3'])),
    'node_undici': dict(ja4=['t13d1712h2_5b57614c22b0_7121afd63204', 't13d1713h2_5b57614c22b0_ab6f4f3c4a31'],
                        ua=lambda R: R.choice(['undici', 'node', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)'])),
    'go_http': dict(ja4=['t13d1311h2_f57a46bbacb6_ab7e3b40a677', 't13d1312h2_f57a46bbacb6_e7c285222651'],
                    ua=lambda R: 'Go-http-client/%s' % R.choice(['1.1', '2.0'])),
    'openai_go': dict(ja4=['t13d1311h2_f57a46bbacb6_ab7e3b40a677'],
                      ua=lambda R: 'OpenAI/Go %s' % R.choice(['0.1.0-alpha.16', '0.1.0-alpha.23'])),
    'curl': dict(ja4=['t13d3113h2_e8f1e7e78f70_b26ce05bbdd6', 't13d3112h2_e8f1e7e78f70_6bebaf5329ac'],
                 ua=lambda R: 'curl/%s' % R.choice(['8.5.0', '8.7.1', '8.9.1', '7.81.0', '8.4.0'])),
    'curl_win': dict(ja4=['t13d1909h2_9dc949149365_97f8aa674fd9'],
                     ua=lambda R: 'curl/%s' % R.choice(['8.4.0', '8.7.1', '8.9.1'])),
    'java_okhttp': dict(ja4=['t13d1614h2_2ef5e9b1ba7c_cb9ca2a1c6f1'],
                        ua=lambda R: R.choice(['okhttp/4.12.0', 'anthropic-java/0.8.0', 'openai-java/0.8.1'])),
    'java_http': dict(ja4=['t13d2613h2_1b8fd1f7f7c3_f2a8a7d1a2b9'],
                      ua=lambda R: 'Java-http-client/%s' % R.choice(['17.0.11', '21.0.3'])),
    'dotnet': dict(ja4=['t13d1510h2_ef2b5bdf2a1e_4b5d8e1c7a03'],
                   ua=lambda R: R.choice(['OpenAI/2.0.0 (.NET 8.0.7; Microsoft Windows 10.0.22631)', 'Azure.AI.OpenAI/2.0.0 (.NET 8.0.4; Linux)'])),
    'rust_reqwest': dict(ja4=['t13d0911h2_b1bd9f3e0bb3_8fb93a6a2a43'],
                         ua=lambda R: R.choice(['reqwest/0.12.5', 'async-openai/0.23.4'])),
    'ruby': dict(ja4=['t13d5911h1_a33745022dd6_4f04edce68a7'],
                 ua=lambda R: R.choice(['Faraday v2.9.0', 'Ruby', 'ruby-openai/7.1.0'])),
    'cli_agent': dict(ja4=['t13d1712h2_5b57614c22b0_7121afd63204'],
                      ua=lambda R: R.choice(['aider/0.%d.0' % R.randint(40, 58), 'claude-cli/0.2.%d (external, cli)' % R.randint(9, 40),
                                             'Continue/0.8.%d' % R.randint(40, 52), 'llm/0.%d' % R.randint(13, 16)])),
    'langchain': dict(ja4=['t13d1812h2_85036bcba153_b26ce05bbdd6'],
                      ua=lambda R: R.choice(['langchain/0.2.%d' % R.randint(1, 16), 'OpenAI/Python 1.40.6 langchain-openai/0.1.%d' % R.randint(8, 22)])),
    # odd legit stacks: TLS intercepting corporate proxy -> JA4 of proxy, UA of client
    'zscaler_py': dict(ja4=['t13d1910h2_ae61a0f0a6b7_3b1f4bdd2a21'],
                       ua=lambda R: 'OpenAI/Python %s' % R.choice(['1.35.3', '1.40.6'])),
    'zscaler_browser': dict(ja4=['t13d1910h2_ae61a0f0a6b7_3b1f4bdd2a21'],
                            ua=lambda R: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36' % R.choice(CHROME_VERS)),
    'flutter_wrapper': dict(ja4=['t13d1614h2_2ef5e9b1ba7c_7e3b3a0f1c56'],
                            ua=lambda R: 'Dart/3.%d (dart:io)' % R.randint(2, 5)),
    'unity': dict(ja4=['t12d1209h1_c8c4c4a3f1d2_1f0f0ea0d3b5'],
                  ua=lambda R: 'UnityPlayer/2022.3.%df1 (UnityWebRequest/1.0, libcurl/8.4.0-DEV)' % R.randint(10, 40)),
}

def stack_fp(R, name):
    s = STACKS[name]
    return R.choice(s['ja4']), s['ua'](R)

def random_ja4(R):
    return 't13d%02d%02d%s_%s_%s' % (R.randint(9, 20), R.randint(8, 17), R.choice(['h2', 'h2', 'h1']),
                                     '%012x' % R.getrandbits(48), '%012x' % R.getrandbits(48))

# ---------------------------------------------------------------- world clock
class World:
    def __init__(s, name, seed, start, days):
        s.name, s.seed = name, seed
        s.R = random.Random(seed)
        s.start = start; s.days = days
        s.t0 = start.timestamp(); s.t1 = s.t0 + days * 86400
        s.accounts = []; s.labels = []; s.rows = []
        s.nid = 0; s.used_acc = set()
    def acct_id(s):
        while True:
            a = 'acct_' + '%010x' % s.R.getrandbits(40)
            if a not in s.used_acc:
                s.used_acc.add(a); return a
    def key_id(s): return 'key_' + '%012x' % s.R.getrandbits(48)
    def conv_id(s): return 'conv_' + '%016x' % s.R.getrandbits(64)
    def card(s): return 'pm_' + hashlib.sha1(str(s.R.getrandbits(64)).encode()).hexdigest()[:20]

def iso(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % int((t % 1) * 1000)

DIURNAL = [0.15, 0.08, 0.05, 0.04, 0.05, 0.1, 0.25, 0.5, 0.8, 1.0, 1.0, 0.95, 0.85, 0.95, 1.0, 1.0, 0.95, 0.85, 0.75, 0.7, 0.7, 0.65, 0.5, 0.3]

def human_time(R, W, tz, lo=None, hi=None, weekend=0.45, night_owl=False):
    lo = W.t0 if lo is None else lo; hi = W.t1 if hi is None else hi
    for _ in range(200):
        t = R.uniform(lo, hi)
        lt = t + tz * 3600
        h = int((lt % 86400) // 3600)
        wd = dt.datetime.fromtimestamp(lt, dt.timezone.utc).weekday()
        w = DIURNAL[(h + (4 if night_owl else 0)) % 24] * (weekend if wd >= 5 else 1.0)
        if R.random() < w: return t
    return R.uniform(lo, hi)

# ---------------------------------------------------------------- tokens / responses
def ntok(text): return max(1, int(len(text) / 3.9))

def sample_out(R, kind):
    tr = C['trace_code'] if kind == 'code' else C['trace_conv']
    return max(4, tr[R.randrange(len(tr))][1])

STATUS_W = [(200, 0.955), (429, 0.025), (400, 0.008), (500, 0.007), (529, 0.003), (408, 0.002)]
def pick_status(R, extra429=0.0):
    if R.random() < extra429: return 429
    x = R.random(); acc = 0
    for st, w in STATUS_W:
        acc += w
        if x < acc: return st
    return 200

RESP_OPEN = ['Sure!', 'Certainly.', 'Good question.', 'Here is one way to approach it.', 'Happy to help.', 'Great question!', 'Okay, let\'s go through it.',
             'Short answer: it depends, but here is the general picture.', 'Here\'s a revised version.', 'You\'re right to ask.', '']
RESP_BODY = ['The key idea is to break the problem into smaller parts and handle each one separately.',
             'There are a few factors to weigh here, and the right choice depends on your constraints.',
             'Below is an updated version with the changes you asked for.',
             'First, let\'s clarify the goal; then we can look at the options one by one.',
             'Here is a concise overview, followed by a more detailed explanation.',
             'Most people find the second option easier to maintain over time.',
             'I\'ve kept the structure the same and only adjusted the parts that needed it.',
             'The short version is that both approaches work, but they trade off speed against simplicity.',
             'Let me walk through this with a small concrete example.']
RESP_LIST = ['\n\n1. **Start simple.** Get a minimal version working before optimising.\n2. **Check assumptions.** Make sure the inputs are what you expect.\n3. **Iterate.** Refine based on what you observe.',
             '\n\n- Pros: straightforward, widely supported\n- Cons: can be slower for large inputs',
             '\n\n```python\ndef solve(data):\n    result = []\n    for item in data:\n        result.append(process(item))\n    return result\n```',
             '\n\nLet me know if you want me to go deeper on any of these points.', '', '']
def synth_response(R, prompt, ref=None):
    if ref and R.random() < 0.8:
        return ref if R.random() < 0.5 else R.choice(['', 'Let me work through this.\n\n', 'Step by step:\n\n', "Here's a solution.\n\n"]) + ref
    return (R.choice(RESP_OPEN) + ' ' + ' '.join(R.sample(RESP_BODY, R.randint(1, 3))) + R.choice(RESP_LIST)).strip()

MODELS_OAI = ['gpt-4o', 'gpt-4o-mini', 'o1-mini', 'o3-mini', 'gpt-4.1', 'gpt-4.1-mini']
MODELS_ANT = ['claude-3-5-sonnet-20241022', 'claude-3-5-haiku-20241022', 'claude-3-7-sonnet-20250219', 'claude-sonnet-4-20250514']
REASONING_MODELS = {'o1-mini', 'o3-mini', 'claude-3-7-sonnet-20250219', 'claude-sonnet-4-20250514'}

def emit(W, acc, t, ip, fp, endpoint, model, prompt, system=None, conv=None, turn=None, tools=None, kind='conv',
         max_tokens=None, temperature=None, stream=None, ref=None, reasoning=None, out_scale=1.0, hist_tokens=0,
         extra429=0.0, key=None):
    R = W.R
    st = pick_status(R, extra429)
    in_t = ntok(prompt) + (ntok(system) if system else 0) + hist_tokens + (len(tools) * 180 if tools else 0) + R.randint(3, 12)
    if st == 200:
        if ref is not None and R.random() < 0.7:
            out_t = int(ntok(ref) * R.uniform(1.0, 2.2) * out_scale) + R.randint(5, 60)
        else:
            out_t = int(sample_out(R, kind) * out_scale) + R.randint(0, 20)
        if max_tokens: out_t = min(out_t, max_tokens)
        rt = None
        if reasoning is not None:
            rt = int(reasoning * R.uniform(0.4, 1.6)) if reasoning > 0 else 0
        elif model in REASONING_MODELS:
            rt = int(R.expovariate(1 / 700)) if R.random() < 0.7 else 0
        resp = synth_response(R, prompt, ref)
        lat = int(250 + out_t * R.uniform(9, 28) + (rt or 0) * R.uniform(8, 20) + in_t * 0.05 + R.expovariate(1 / 300))
        if stream: lat = int(lat * R.uniform(1.0, 1.1))
    else:
        out_t, rt, resp = 0, None, None
        lat = int(R.uniform(20, 400)) if st in (429, 400) else int(R.uniform(2000, 60000))
    W.nid += 1
    r = {'id': 'req_' + hashlib.md5(('%s-%d' % (W.name, W.nid)).encode()).hexdigest()[:20], 'ts': iso(t),
         'account_id': acc['account_id'], 'api_key_id': key or acc['_keys'][0], 'ip': ip,
         'user_agent': fp[1], 'tls_ja4': fp[0], 'endpoint': endpoint, 'model': model, 'conversation_id': conv, 'turn': turn,
         'system': system, 'prompt': prompt, 'tool_names': tools, 'response': resp, 'input_tokens': in_t,
         'output_tokens': out_t, 'reasoning_tokens': rt, 'max_tokens': max_tokens, 'temperature': temperature,
         'stream': stream, 'status': st, 'latency_ms': lat}
    W.rows.append(r)
    return r

def new_account(W, created, email_domain, country, tier='free', org=None, card=None, signup_ip=None, verified=False,
                label='organic', persona=None, campaign=None, nkeys=1):
    a = {'account_id': W.acct_id(), 'created_at': iso(created), 'org_id': org, 'email_domain': email_domain,
         'payment_fingerprint': card, 'signup_ip': signup_ip, 'country': country, 'tier': tier, 'verified': verified}
    W.accounts.append(a)
    W.labels.append({'account_id': a['account_id'], 'label': label, 'campaign': campaign, 'persona': persona})
    a['_keys'] = [W.key_id() for _ in range(nkeys)]
    return a

FREEMAIL = ['gmail.com'] * 40 + ['outlook.com'] * 10 + ['hotmail.com'] * 6 + ['yahoo.com'] * 6 + ['icloud.com'] * 6 + ['proton.me'] * 3 + \
    ['qq.com'] * 3 + ['163.com'] * 2 + ['gmx.de'] * 2 + ['web.de'] * 1 + ['naver.com'] * 2 + ['yandex.ru'] * 1 + ['mail.ru'] * 1 + ['live.com'] * 2 + ['aol.com']
COMPANY_DOMAINS = ['%s.%s' % (a, b) for a in ['acmeanalytics', 'brightlane', 'northwind-labs', 'quillsoft', 'tidepool', 'cobaltworks', 'fernhill', 'mapleleaf-ai',
                                             'sunder', 'vectorforge', 'lumenpath', 'greybox', 'pinecrest-dev', 'orbitly', 'kestrel', 'heliotrope', 'ironbark', 'zephyrdata',
                                             'brambleapps', 'saltmarsh', 'copperfield-io', 'nimbusware', 'redkite', 'lattice-hq']
                   for b in ['com', 'io', 'ai', 'dev', 'co']]

def pick_country(R): return R.choice(ORG_COUNTRIES)

def browser_stack(R):
    return R.choice(['chrome'] * 6 + ['edge'] * 2 + ['firefox'] * 2 + ['safari'] * 2)

# ---------------------------------------------------------------- organic content
def organic_prompt(R, mix):
    """returns (prompt, ref, kind, followups)"""
    src = R.choices(list(mix.keys()), weights=list(mix.values()))[0]
    if src == 'koala': return R.choice(C['koala']), None, 'conv', []
    if src == 'arena':
        p = R.choice(C['arena']); return p, None, ('code' if any(k in p for k in ('def ', 'code', 'python', 'C++', 'SQL', 'function')) else 'conv'), []
    if src == 'mtb':
        t = R.choice(C['mtb']); return t[0], None, 'conv', t[1:]
    if src == 'vicuna': return R.choice(C['vicuna']), None, 'conv', []
    if src == 'hh':
        t = R.choice(C['hh']); return t[0], None, 'conv', t[1:4]
    if src == 'useror':
        app, ins, inp, out = R.choice(C['useror'])
        p = ins + ('\n\n' + inp if inp and R.random() < 0.9 else '')
        return p, out or None, 'conv', []
    if src == 'gcode':
        ins, inp, out = R.choice(C['gcode']); return ins + ('\n' + inp if inp else ''), out, 'code', []
    if src == 'grole':
        ins, inp, out = R.choice(C['grole']); return ins + ('\n' + inp if inp else ''), out, 'conv', []
    if src == 'gsm':
        q, a = R.choice(C['gsm_te'] + C['gsm_tr'][:800]); return casualize_math(R, q), a, 'conv', []
    if src == 'he':
        _, p, sol = R.choice(C['he']); return casual_code(R, p), sol, 'code', []
    if src == 'seed':
        ins, inp, out = R.choice(C['seed']); return ins + ('\n' + inp if inp else ''), out or None, 'conv', []
    return R.choice(C['koala']), None, 'conv', []

def casualize_math(R, q):
    return R.choice(['{q}', '{q}', 'my kid has this homework and I\'m stuck: {q}', 'help pls {q}', '{q} I keep getting a different answer than the book',
                     'Can you check this? {q}', '{q}\nwhat is the answer', 'quick one - {q}']).format(q=q)

def casual_code(R, p):
    return R.choice(['{p}', 'finish this function:\n{p}', '{p}\n\nmy version fails a test, what is the correct impl?', 'Implement:\n```python\n{p}```',
                     'how would you write this\n{p}']).format(p=p)

DEV_FOLLOW = ['that throws a TypeError on line 3, can you fix it?', 'can you add type hints', 'now write unit tests for it', 'make it async',
              'what is the complexity of that?', 'ok but without using recursion', 'it works, thanks. can you refactor it into a class?',
              'can you explain the second part again', 'use pathlib instead', 'port it to TypeScript', 'how would I deploy this on lambda?',
              'getting `KeyError: \'id\'` when the list is empty', 'shorter please', 'add logging and docstrings', 'same thing but in Go']
CHAT_FOLLOW = ['thanks! can you make it shorter?', 'hmm, can you give more examples', 'what about for beginners?', 'why?', 'ok and then?',
               'Can you write that more formally', 'translate it to Spanish', 'more detail on point 2 please', 'that is not quite right, try again',
               'could you put that in a table', 'lol nice. another one', 'what would you recommend then?', 'and if I only have a weekend?']

TOOLSETS = [
    ['read_file', 'write_file', 'run_shell', 'search_repo'], ['bash', 'str_replace_editor', 'view_file'],
    ['get_weather', 'search_web'], ['sql_query', 'list_tables', 'describe_table'], ['create_ticket', 'lookup_customer', 'send_email'],
    ['browser_navigate', 'browser_click', 'browser_screenshot'], ['calculator', 'python_exec'], ['git_diff', 'git_commit', 'run_tests', 'read_file'],
    ['retrieve_documents', 'cite_source'], ['calendar_list_events', 'calendar_create_event'],
]

def pick_api(R, stack):
    if stack.startswith('anthropic') or stack == 'cli_agent' and R.random() < 0.6:
        return '/v1/messages', R.choice(MODELS_ANT)
    if stack.startswith('openai') or stack in ('dotnet', 'langchain'):
        return '/v1/chat/completions', R.choice(MODELS_OAI)
    if R.random() < 0.5: return '/v1/messages', R.choice(MODELS_ANT)
    return '/v1/chat/completions', R.choice(MODELS_OAI)

# ---------------------------------------------------------------- organic generic user
def organic_user(W, persona, n_req, country, stacks, net, mix, thread_p=0.35, tools_p=0.0, system=None, tier='free',
                 created=None, email=None, card='own', org=None, verified=False, tz=None, nat_ips=None, night=False,
                 reasoning_p=0.0, temp=None, window=None, followups=None, maxtok=None):
    R = W.R
    created = created if created is not None else W.t0 - R.uniform(0, 400) * 86400
    email = email or R.choice(FREEMAIL)
    tz = TZ.get(country, 0) if tz is None else tz
    home = nat_ips[0] if nat_ips else (res_ip(R, country) if net in ('res', 'mixed') else mob_ip(R, country) if net == 'mob' else
                                        vpn_ip(R) if net == 'vpn' else dc_ip(R))
    acc = new_account(W, created, email, country, tier, org=org, card=(W.card() if card == 'own' else card),
                      signup_ip=home if R.random() < 0.8 else res_ip(R, country), verified=verified, persona=persona)
    my_stacks = R.sample(stacks, min(len(stacks), R.randint(1, 2)))
    fps = {s: stack_fp(R, s) for s in my_stacks}
    ips = [home] + [res_ip(R, country) for _ in range(R.randint(0, 2))]
    if net == 'mob': ips = [mob_ip(R, country) for _ in range(R.randint(2, 6))]
    if net == 'vpn': ips = [vpn_ip(R) for _ in range(R.randint(1, 4))] + [res_ip(R, country)]
    if net == 'mixed': ips += [mob_ip(R, country)] if country in COUNTRY_MOB else []
    if nat_ips: ips = nat_ips
    lo, hi = window if window else (max(W.t0, created), W.t1)
    made = 0
    fu = followups or (DEV_FOLLOW if 'code' in str(mix) or tools_p > 0 else CHAT_FOLLOW)
    while made < n_req:
        s = R.choice(my_stacks); fp = fps[s]
        ep, model = pick_api(R, s)
        t = human_time(R, W, tz, lo, hi, night_owl=night)
        ip = R.choice(ips)
        p, ref, kind, fus = organic_prompt(R, mix)
        tools = R.choice(TOOLSETS) if R.random() < tools_p else None
        nturns = 1
        if R.random() < thread_p:
            nturns = 1 + len(fus) if fus else R.randint(2, 7 if tools else 5)
        conv = W.conv_id() if (nturns > 1 or R.random() < 0.5) else None
        hist = 0
        mt = maxtok if maxtok is not None else R.choice([None, None, 1024, 2048, 4096, 8192])
        tp = temp if temp is not None else R.choice([None, None, 0.7, 1.0, 0.2, 0])
        strm = R.random() < (0.8 if s in ('chrome', 'edge', 'firefox', 'safari', 'ios_app', 'android_okhttp', 'flutter_wrapper') else 0.35)
        rs = (R.choice([1500, 4000, 8000]) if R.random() < reasoning_p else None)
        for k in range(nturns):
            if made >= n_req: break
            prompt = p if k == 0 else (fus[k - 1] if fus and k - 1 < len(fus) else R.choice(fu))
            if tools and k > 0 and R.random() < 0.5:
                prompt = R.choice(['tool result received, continue', 'The test run output is above. Continue.', '(tool output attached)',
                                   'continue', 'ok do it', 'go ahead and apply the change'])
            r = emit(W, acc, t, ip, fp, ep, model, prompt, system=system, conv=conv, turn=(k + 1 if conv else None), tools=tools,
                     kind=('code' if tools else kind), max_tokens=mt, temperature=tp, stream=strm, ref=(ref if k == 0 else None),
                     hist_tokens=hist, reasoning=rs, key=R.choice(acc['_keys']))
            hist += r['input_tokens'] - hist + r['output_tokens']
            made += 1
            t += (R.uniform(3, 40) if tools else R.uniform(20, 600)) + r['latency_ms'] / 1000
            if t > W.t1: break
    return acc

# ---------------------------------------------------------------- organic personas
MIX_CASUAL = {'koala': 3, 'vicuna': 2, 'hh': 4, 'mtb': 1, 'useror': 2, 'arena': 1, 'grole': 1, 'gsm': 0.3}
MIX_DEV = {'arena': 4, 'gcode': 4, 'he': 0.7, 'koala': 1, 'useror': 1}
MIX_POWER = {'arena': 4, 'gcode': 2, 'koala': 2, 'mtb': 2, 'useror': 2, 'vicuna': 1, 'grole': 1, 'gsm': 0.5}
MIX_RESEARCH = {'arena': 3, 'gsm': 2, 'mtb': 2, 'koala': 1, 'he': 0.5}
MIX_WRITER = {'grole': 5, 'mtb': 1, 'useror': 2, 'koala': 1}

def gen_casual(W, n):
    R = W.R
    for _ in range(n):
        c = pick_country(R)
        stacks = R.choice([['chrome', 'safari', 'edge', 'firefox'], ['ios_app'], ['android_okhttp'], ['chrome']])
        net = 'mob' if stacks[0] in ('ios_app', 'android_okhttp') and c in COUNTRY_MOB else 'mixed'
        organic_user(W, 'casual', max(1, int(R.expovariate(1 / 5))), c, stacks, net, MIX_CASUAL, thread_p=0.45)

def gen_vpn(W, n):
    R = W.R
    for _ in range(n):
        c = pick_country(R)
        organic_user(W, 'vpn-user', max(1, int(R.expovariate(1 / 8))), c, ['chrome', 'firefox', 'safari', 'py_requests'], 'vpn', MIX_CASUAL,
                     thread_p=0.4, email=R.choice(['proton.me', 'proton.me', 'tutanota.com', 'gmail.com', 'pm.me']))

def gen_writer(W, n):
    R = W.R
    sysw = ['You are a creative writing partner. Keep the voice consistent with the author.', None, None,
            'You are an editor. Be honest and specific in feedback.']
    for _ in range(n):
        c = pick_country(R)
        organic_user(W, 'writer', R.randint(5, 40), c, ['chrome', 'safari', 'firefox'], 'res', MIX_WRITER, thread_p=0.7,
                     system=R.choice(sysw), temp=R.choice([0.9, 1.0, 1.1, None]), tier=R.choice(['free', 'build']))

def gen_dev(W, n, odd_frac=0.12):
    R = W.R
    for _ in range(n):
        c = pick_country(R)
        if R.random() < odd_frac:
            stacks = [R.choice(['zscaler_py', 'zscaler_browser', 'curl_win', 'flutter_wrapper', 'unity', 'ruby', 'java_http'])]
        else:
            stacks = R.sample(['openai_py', 'anthropic_py', 'openai_node', 'anthropic_ts', 'cli_agent', 'curl', 'py_httpx', 'langchain',
                               'go_http', 'rust_reqwest', 'dotnet', 'java_okhttp', 'chrome'], 3)
        sysp = R.choice([None, None, 'You are a senior software engineer. Answer with code first.', 'You are a helpful coding assistant.',
                         'You are an autonomous coding agent working in the user\'s repository. Use tools to inspect files before editing.'])
        organic_user(W, 'developer', R.randint(4, 45), c, stacks, R.choice(['res', 'res', 'mixed', 'dc']), MIX_DEV, thread_p=0.55,
                     tools_p=R.choice([0, 0.2, 0.5, 0.8]), system=sysp, tier=R.choice(['free', 'build', 'build', 'scale']),
                     email=R.choice(FREEMAIL + COMPANY_DOMAINS), night=R.random() < 0.3, reasoning_p=0.15)

def gen_power(W, n):
    R = W.R
    for _ in range(n):
        c = pick_country(R)
        organic_user(W, 'power-user', R.randint(40, 140), c, R.sample(['chrome', 'cli_agent', 'openai_py', 'anthropic_py', 'safari', 'curl', 'ios_app'], 3),
                     'mixed', MIX_POWER, thread_p=0.7, tools_p=0.3, tier=R.choice(['build', 'scale']), night=R.random() < 0.4,
                     reasoning_p=0.3, email=R.choice(FREEMAIL + COMPANY_DOMAINS))

RESEARCH_WRAP = ['Please reason step by step and show all intermediate work. {p}', '{p}\n\nThink carefully before answering; explain your reasoning.',
                 'For a paper on LLM reasoning failure modes I am collecting model explanations. {p}', '{p}\nWalk me through it.',
                 'I am testing whether chain-of-thought helps here. {p} Show your reasoning then give the final answer.']
def gen_researcher(W, n):
    R = W.R
    for _ in range(n):
        c = pick_country(R)
        uni = R.random() < 0.6
        acc = organic_user(W, 'researcher', 0, c, ['openai_py'], 'res', MIX_RESEARCH)
        stacks = R.sample(['openai_py', 'anthropic_py', 'py_httpx', 'chrome', 'curl'], 2)
        fps = [stack_fp(R, s) for s in stacks]
        ukey = {'US': 'uni_US', 'CA': 'uni_CA', 'DE': 'uni_DE', 'KR': 'uni_KR', 'AU': 'uni_AU'}.get(c)
        ips = [ip_from_asnset(R, ukey) if (uni and ukey) else res_ip(R, c), res_ip(R, c)]
        W.accounts[-1]['email_domain'] = R.choice(['berkeley.edu', 'stanford.edu', 'cs.toronto.edu', 'tum.de', 'kaist.ac.kr', 'unimelb.edu.au',
                                                   'mit.edu', 'ox.ac.uk', 'ethz.ch', 'umich.edu']) if uni else R.choice(FREEMAIL)
        for _ in range(R.randint(10, 80)):
            p, ref, kind, _f = organic_prompt(R, MIX_RESEARCH)
            if R.random() < 0.7: p = R.choice(RESEARCH_WRAP).format(p=p)
            si = R.randrange(len(stacks))
            ep, model = pick_api(R, stacks[si])
            emit(W, acc, human_time(R, W, TZ.get(c, 0)), R.choice(ips), fps[si], ep, model, p, kind=kind, ref=ref,
                 max_tokens=R.choice([2048, 4096, 8192, 16000]), temperature=R.choice([0, 0.7, None]), stream=False,
                 reasoning=R.choice([None, 4000, 8000]))

HOBBY_WRAP = ['Generate {k} diverse instructions with responses for a small fine-tuning dataset, JSON lines with "instruction" and "output".',
              'I am building a toy instruction dataset for my 1B model. Here are examples:\n{ex}\nWrite {k} more in the same format.',
              'Give me {k} new task prompts like these:\n{ex}', '{alp}']
def gen_hobbyist(W, n):
    R = W.R
    for _ in range(n):
        c = pick_country(R)
        acc = organic_user(W, 'data-hobbyist', 0, c, ['openai_py'], 'res', MIX_CASUAL)
        st = R.choice(['openai_py', 'py_requests', 'anthropic_py', 'chrome'])
        fp = stack_fp(R, st); ip = res_ip(R, c); tz = TZ.get(c, 0)
        for _ in range(R.randint(8, 60)):
            k = R.choice([5, 10, 20])
            ex = '\n'.join('- ' + R.choice(C['seed'])[0] for _ in range(3))
            p = R.choice(HOBBY_WRAP).format(k=k, ex=ex, alp=C['alpaca'])
            if R.random() < 0.35:
                p, ref, kind, _f = organic_prompt(R, MIX_CASUAL)
            ep, model = pick_api(R, st)
            emit(W, acc, human_time(R, W, tz, night_owl=True), ip, fp, ep, model, p, kind='conv', max_tokens=R.choice([2048, 4096]),
                 temperature=R.choice([1.0, 0.9, 0.7]), stream=False, out_scale=3.0)

def gen_enterprise(W, orgs):
    """orgs: list of dicts(n_accounts, n_req, name, sys, stack, egress('dc'|'nat'), tools, country, domain)"""
    R = W.R
    for o in orgs:
        org_id = 'org_' + h12(W.name + o['name'])[:10]
        card = W.card()
        created0 = W.t0 - R.uniform(20, 300) * 86400
        c = o['country']
        egress = ([ip_from_asnset(R, o['cloud']) for _ in range(o.get('n_egress', 3))] if o['egress'] == 'dc'
                  else [res_ip(R, c) for _ in range(2)])
        fp = stack_fp(R, o['stack'])
        accs = [new_account(W, created0 + R.uniform(0, 600), o['domain'], c, 'enterprise', org=org_id, card=card,
                            signup_ip=egress[0], verified=True, persona=o.get('persona', 'verified-enterprise'), nkeys=R.randint(1, 3))
                for _ in range(o['n_accounts'])]
        per = o['n_req'] // o['n_accounts']
        tz = TZ.get(c, 0)
        for a in accs:
            for _ in range(max(1, int(per * R.uniform(0.5, 1.5)))):
                t = human_time(R, W, tz, weekend=0.6) if o.get('business', True) else R.uniform(W.t0, W.t1)
                p, ref, kind, fus = organic_prompt(R, o['mix'])
                if o.get('wrap'): p = o['wrap'].format(p=p)
                conv = W.conv_id() if R.random() < 0.6 else None
                nt = R.randint(1, 4) if conv else 1
                hist = 0
                for k in range(nt):
                    pr = p if k == 0 else R.choice(fus or CHAT_FOLLOW)
                    r = emit(W, a, t, R.choice(egress), fp, o['endpoint'], o['model'], pr, system=o['sys'], conv=conv,
                             turn=(k + 1) if conv else None, tools=o.get('tools'), kind=kind, max_tokens=o['max_tokens'],
                             temperature=o['temp'], stream=o['stream'], ref=ref if k == 0 else None, hist_tokens=hist,
                             key=R.choice(a['_keys']))
                    hist += r['output_tokens'] + r['input_tokens'] - hist
                    t += R.uniform(10, 200)

def gen_campus(W, n_students, uni_key, country, domain, n_nat=2):
    R = W.R
    nat = [ip_from_asnset(R, uni_key) for _ in range(n_nat)]
    for _ in range(n_students):
        em = domain if R.random() < 0.6 else R.choice(FREEMAIL)
        organic_user(W, 'campus-nat', max(1, int(R.expovariate(1 / 6))), country, ['chrome', 'safari', 'firefox', 'edge', 'openai_py', 'ios_app'],
                     'res', R.choice([MIX_CASUAL, MIX_DEV, MIX_POWER]), nat_ips=nat, email=em,
                     created=W.t0 - R.uniform(0, 200) * 86400, night=R.random() < 0.5)

CLASS_WRAPS = [
    'You are a patient teaching assistant for {course}. Do not just give the final answer: guide the student through each step and explain why.',
    'You are TutorBot for {course}. Explain the reasoning in numbered steps suitable for a first-year student, then state the answer clearly.',
]
def gen_classroom(W, n_students, country, uni_key, course, hw_kind, deadlines, domain):
    R = W.R
    nat = [ip_from_asnset(R, uni_key) for _ in range(2)]
    sysp = R.choice(CLASS_WRAPS).format(course=course)
    teacher_wrap = R.choice(['Homework question: {p}', 'Problem set item:\n{p}\n\nHelp me understand how to solve it.', '[{c}] {p}']).replace('{c}', course)
    if hw_kind == 'math':
        hw = R.sample(C['gsm_te'], 24)
    else:
        hw = [(p, s) for _, p, s in R.sample(C['he'], 16)]
    card = None
    created = W.t0 - R.uniform(5, 30) * 86400
    tz = TZ.get(country, 0)
    for si in range(n_students):
        acc = new_account(W, created + R.uniform(0, 3 * 86400), domain, country, 'free', org=None, card=None,
                          signup_ip=R.choice(nat), persona='classroom')
        st = R.choice(['chrome', 'chrome', 'safari', 'firefox', 'edge'])
        fp = stack_fp(R, st)
        home = res_ip(R, country)
        for di, dl in enumerate(deadlines):
            items = hw[di * 8:(di + 1) * 8] if di * 8 < len(hw) else R.sample(hw, 8)
            for q, a in R.sample(items, R.randint(2, len(items))):
                t = dl - R.expovariate(1 / (30 * 3600))
                if t < W.t0: t = W.t0 + R.uniform(0, 3600)
                conv = W.conv_id()
                for k in range(R.choice([1, 1, 2, 3])):
                    pr = teacher_wrap.format(p=q) if k == 0 else R.choice(['I don\'t get step 2', 'so the answer is what?', 'can you check my answer: ' + str(R.randint(2, 400)),
                                                                            'why do we divide there?', 'thanks', 'what about the edge case?'])
                    emit(W, acc, t, R.choice(nat) if R.random() < 0.7 else home, fp, '/v1/chat/completions', 'gpt-4o-mini', pr, system=sysp,
                         conv=conv, turn=k + 1, kind='conv', max_tokens=1024, temperature=0.3, stream=True, ref=a if k == 0 else None)
                    t += R.uniform(30, 400)

def gen_eval_harness(W, labs):
    R = W.R
    for lab in labs:
        org = 'org_' + h12(W.name + lab['name'])[:10]
        card = W.card()
        egress = [ip_from_asnset(R, lab['cloud']) for _ in range(lab.get('n_ips', 4))]
        fp = stack_fp(R, lab['stack'])
        accs = [new_account(W, W.t0 - R.uniform(30, 500) * 86400, lab['domain'], lab['country'], R.choice(['scale', 'enterprise']),
                            org=org, card=card, signup_ip=egress[0], verified=lab['verified'], persona='eval-harness', nkeys=2)
                for _ in range(lab['n_accounts'])]
        items = []
        for b in lab['benchmarks']:
            if b == 'gsm8k': items += [('m', q, a) for q, a in C['gsm_te']]
            if b == 'humaneval': items += [('c', p, s) for _, p, s in C['he']]
            if b == 'mtbench': items += [('t', t[0], None) for t in C['mtb']]
            if b == 'arena': items += [('t', p, None) for p in C['arena']]
        made = 0
        # runs: each run a burst of a subset at steady rate, repeated with different models/temps
        while made < lab['n_req']:
            run_start = R.uniform(W.t0, W.t1 - 3600)
            model = R.choice(lab['models'])
            temp = R.choice([0, 0, 0.7, 1.0])
            sub = items if len(items) <= lab['run_size'] else R.sample(items, lab['run_size'])
            rate = R.uniform(0.5, 4)  # seconds between
            acc = R.choice(accs)
            tmpl = R.choice(lab['templates'])
            t = run_start
            for kind, p, ref in sub:
                if made >= lab['n_req'] or t > W.t1: break
                pr = tmpl.format(p=p) if kind != 't' else p
                emit(W, acc, t, R.choice(egress), fp, lab['endpoint'], model, pr, system=lab.get('sys'), kind='code' if kind == 'c' else 'conv',
                     max_tokens=lab['max_tokens'], temperature=temp, stream=False, ref=ref, extra429=0.03, key=R.choice(acc['_keys']))
                made += 1
                t += R.expovariate(1 / rate)

def gen_small_startup(W, n_orgs):
    """unverified small teams: a few keys, one card, shared app system prompt, cloud egress"""
    R = W.R
    apps = ['You are Recipe Buddy. Suggest recipes based on the ingredients the user lists. Be concise.',
            'You are a customer support assistant for a SaaS invoicing product. If unsure, escalate.',
            'You summarise legal contracts for small businesses. Always include a disclaimer.',
            'You are a language-learning partner. Correct mistakes gently and reply in the target language.',
            'You help real-estate agents write listings. Use an upbeat tone.',
            'You are a code-review bot. Comment on diffs with specific, actionable suggestions.']
    for i in range(n_orgs):
        c = pick_country(R)
        org = 'org_' + h12(W.name + 'startup%d' % i)[:10]
        card = W.card(); dom = R.choice(COMPANY_DOMAINS)
        st = R.choice(['openai_node', 'openai_py', 'anthropic_ts', 'go_http', 'java_okhttp', 'rust_reqwest'])
        egress = [ip_from_asnset(R, R.choice(['cloud_aws', 'cloud_gcp', 'cloud_do', 'cloud_hz', 'cloud_az'])) for _ in range(2)]
        sysp = R.choice(apps)
        created = W.t0 - R.uniform(1, 120) * 86400
        fp = stack_fp(R, st)
        for j in range(R.randint(2, 6)):
            a = new_account(W, created + j * R.uniform(60, 86400 * 5), dom, c, R.choice(['build', 'scale']), org=org, card=card,
                            signup_ip=res_ip(R, c), verified=False, persona='startup-app')
            ep, model = pick_api(R, st)
            for _ in range(R.randint(15, 90)):
                p, ref, kind, _ = organic_prompt(R, MIX_CASUAL)
                emit(W, a, R.uniform(max(W.t0, created), W.t1), R.choice(egress), fp, ep, model, p, system=sysp, kind=kind,
                     max_tokens=R.choice([512, 1024]), temperature=0.5, stream=True)


# ================================================================ ATTACK OPERATIONS
def spread_times(R, W, n, lo, hi):
    return sorted(R.uniform(lo, hi) for _ in range(n))

# --- per-operation phrase banks (each op composes its own wording) ---
def compose(R, parts):
    return ' '.join(R.choice(p) for p in parts if p).strip()

def op_fleet(W, cid, n_acc, mean_req, target, stack, net_kind, n_cards, domains, persona, endpoint, model, lex, burst_days,
             maxtok=4096, reasoning=None, country_pool=('US', 'SG', 'NL', 'DE')):
    """sloppy fleet: datacenter/VPN proxies, few cards, bursty signups, lookalike domains, one client stack"""
    R = W.R
    cards = [W.card() for _ in range(n_cards)]
    proxies = [(dc_ip(R) if net_kind == 'dc' else vpn_ip(R) if net_kind == 'vpn' else dc6_ip(R)) for _ in range(max(6, n_acc // 6))]
    fp_main = stack_fp(R, stack)
    pool = target_pool(R, target)
    for i in range(n_acc):
        bd = R.choice(burst_days)
        created = W.t0 + bd * 86400 + R.uniform(0, 2400) + R.choice([0, 0, 3600 * 5])
        acc = new_account(W, created, R.choice(domains), R.choice(country_pool), R.choice(['free', 'free', 'build']),
                          card=R.choice(cards) if R.random() < 0.85 else None, signup_ip=R.choice(proxies), label='attack',
                          campaign=cid, persona=persona)
        n = max(5, int(R.gauss(mean_req, mean_req * 0.35)))
        lo = created + R.uniform(600, 86400); hi = min(W.t1, lo + R.uniform(2, 7) * 86400)
        if lo >= W.t1: lo = W.t1 - 86400 * 2; hi = W.t1
        myprox = R.sample(proxies, 3)
        for t in spread_times(R, W, n, lo, hi):
            item = pool.pop() if pool else R.choice(target_pool(R, target))
            prompt, ref, kind = lex(R, item)
            emit(W, acc, t, R.choice(myprox), fp_main, endpoint, model, prompt, system=None, kind=kind, max_tokens=maxtok,
                 temperature=R.choice([0.7, 0.8, 1.0]), stream=False, ref=ref, reasoning=reasoning, out_scale=1.6, extra429=0.04)

def target_pool(R, target):
    if target == 'gsm_tr': p = [('m',) + x for x in C['gsm_tr']]
    elif target == 'gsm_all': p = [('m',) + x for x in C['gsm_tr'] + C['gsm_te']]
    elif target == 'code': p = [('c', i + ('\n' + n if n else ''), r) for i, n, r in C['gcode']] + [('h', pr, s) for _, pr, s in C['he']]
    elif target == 'tool': p = [('t', i + ('\n' + n if n else ''), r) for i, n, r in C['gtool']]
    elif target == 'arena': p = [('a', x, None) for x in C['arena']]
    elif target == 'judge':
        p = []
        for i, n, r in C['gcode'][:1500] + C['grole'][:1000]: p.append(('j', i + ('\n' + n if n else ''), r))
        for q, a in C['gsm_tr'][:1500]: p.append(('j', q, a))
    elif target == 'seed': p = [('s',) + x for x in C['seed']] + [('u', x[1], x[3]) for x in C['useror']]
    elif target == 'role': p = [('r', i + ('\n' + n if n else ''), r) for i, n, r in C['grole']]
    else: p = [('a', x, None) for x in C['koala']]
    p = list(p); R.shuffle(p); return p

# lexicons --------------------------------------------------------
def lex_cot_a(R, it):
    q, a = it[1], it[2]
    head = R.choice(['Solve the following problem.', 'Problem:', 'Consider this question.', 'Task: solve.', 'Q:', 'Work out the answer.', ''])
    tail = compose(R, [['Think through every step explicitly', 'Lay out your full reasoning chain', 'Write out each inference you make',
                        'Explain every intermediate calculation', 'Reason aloud, one step per line'],
                       ['before stating the result.', 'and only then give the final number.', ', then put the answer after "####".',
                        'and finish with "Final answer:".', '.'],
                       ['', '', 'Do not skip any step, even trivial ones.', 'Verify the result at the end.', 'If there are multiple approaches, show both.']])
    return '%s\n%s\n\n%s' % (head, q, tail), a, 'conv'

def lex_code_careful(R, it):
    body = it[1]
    if it[0] == 'h':
        pre = R.choice(['hey, working on this function for a side project, could you fill it in?', 'I\'m stuck on this one, how would you implement it',
                        'can you complete this for me', 'not sure the edge cases are right in mine, what would yours look like?', 'implement please'])
        return pre + '\n\n```python\n' + body + '```', it[2], 'code'
    pre = R.choice(['', '', 'Quick question - ', 'hi! ', 'For work I need this: ', 'Could you help: ', 'Trying to learn, '])
    post = R.choice(['', '', ' Please explain how it works too.', ' Also mention any pitfalls.', ' Add comments.', ' thanks!'])
    return pre + body + post, it[2], 'code'

CAREFUL_FU = ['nice, could you explain why you chose that approach over a simpler one?', 'what would the time and space complexity be?',
              'can you show a version that handles invalid input gracefully?', 'hmm how would you test this?',
              'could you walk through it on a small example, line by line?', 'is there a more idiomatic way to do it?',
              'what changes if the input is very large?', 'ok and what if I needed it in Rust instead?', 'thanks. why does the loop stop there?']

def lex_judge(R, it):
    q, ans = it[1], it[2] or ''
    rub = R.choice([
        'Score the response from 1 to 10 on correctness, helpfulness and clarity. Justify each sub-score, then output the total as JSON {"correctness":x,"helpfulness":y,"clarity":z}.',
        'Act as an impartial grader. Compare the answer to what an expert would write; list flaws; then output "[[RATING]]: n/10".',
        'Rate this answer using the rubric: (a) factual accuracy 0-4, (b) completeness 0-3, (c) style 0-3. Explain your reasoning for each criterion before the numbers.',
        'You are evaluating an assistant. Give a detailed critique and a final grade A-F.',
        'Decide whether the candidate answer is acceptable. Think it through, then say PASS or FAIL with a confidence between 0 and 1.'])
    layout = R.choice(['### Question\n{q}\n\n### Candidate answer\n{a}\n\n### Instructions\n{r}', '{r}\n\nQUESTION: {q}\nANSWER: {a}',
                       '<question>{q}</question>\n<response>{a}</response>\n{r}', 'Instruction given to model:\n{q}\n\nModel output:\n{a}\n\n{r}'])
    a = ans
    if R.random() < 0.4 and len(a) > 80: a = a[:int(len(a) * R.uniform(0.4, 0.9))]  # degraded answers to grade
    return layout.format(q=q, a=a, r=rub), None, 'conv'

def lex_tool(R, it):
    body = it[1]
    pre = R.choice(['', 'Follow the tool protocol exactly.\n', 'Use the available tools where needed and show each call.\n', 'Respond with tool invocations first, then the answer.\n'])
    return pre + body, it[2], 'code'

def lex_selfinstruct(R, it):
    k = R.choice([8, 10, 12, 15, 20])
    if it[0] == 's':
        ins, inp, out = it[1], it[2], it[3]
    else:
        ins, inp, out = it[1], '', it[2]
    ex = 'Instruction: %s\nInput: %s\nOutput: %s' % (ins, inp or '<noinput>', (out or '')[:400])
    form = R.choice([
        'Here is a sample task.\n\n{ex}\n\nProduce {k} brand-new tasks of different types (classification, rewriting, open QA, reasoning) with complete outputs. Number them.',
        'Brainstorm {k} instructions a user might give an AI assistant, each unlike the example below, and answer every one of them in full.\n\nExample:\n{ex}',
        'Write {k} (instruction, input, output) triples. Diversity matters: vary verbs, domains and lengths. Format as a JSON array. Seed:\n{ex}',
        '{ex}\n\n---\nContinue the list above with {k} more entries in the identical format. Outputs should be thorough and correct.'])
    return form.format(ex=ex, k=k), None, 'conv'

TAX_DOMAINS = ['organic chemistry', 'contract law', 'probability', 'distributed systems', 'Renaissance art', 'microeconomics', 'epidemiology',
               'compiler design', 'tax accounting', 'linear algebra', 'marine biology', 'Byzantine history', 'music theory', 'cryptography',
               'supply-chain logistics', 'pharmacology', 'game theory', 'thermodynamics', 'phonology', 'SQL optimisation', 'number theory',
               'macroeconomics', 'geotechnical engineering', 'medieval philosophy', 'React performance', 'Kubernetes networking', 'poetry meter',
               'immunology', 'options pricing', 'robot kinematics']
TAX_SKILLS = ['multi-step deduction', 'error diagnosis', 'explaining to a child', 'formal proof', 'counterfactual reasoning', 'estimation',
              'analogy', 'summarising a debate', 'designing an experiment', 'step-by-step calculation', 'critiquing an argument',
              'writing a tutorial', 'edge-case analysis', 'comparative evaluation']
def lex_taxonomy(R, it):
    d = R.choice(TAX_DOMAINS); s = R.choice(TAX_SKILLS); lvl = R.randint(1, 5)
    form = R.choice([
        'Category: {d} / {s} (level {l} of 5). Write one challenging question for this cell and then answer it as an expert would, reasoning explicitly.',
        '[{d}] [{s}] difficulty={l}\nCompose a question that tests this skill and give a complete model answer with your thinking shown.',
        'We are mapping what you can do. Area: {d}. Ability: {s}. Give a representative hard example and solve it thoroughly.',
        'Demonstrate {s} in {d} at difficulty {l}/5: pose a problem, then solve it, showing all reasoning.'])
    return form.format(d=d, s=s, l=lvl), None, 'conv'

def lex_bare(R, it):
    if it[0] == 'm': return it[1], it[2], 'conv'
    if it[0] == 'h': return it[1], it[2], 'code'
    if it[0] == 'a': return it[1], None, 'conv'
    return it[1], it[2], 'code'

def lex_cot_b(R, it):  # second maths operation, its own words
    q, a = it[1], it[2]
    return compose(R, [['Here is a word problem for you.', 'Word problem below.', 'Maths question:', 'Try this:', 'Let\'s do this one together.', ''],
                       [q],
                       ['Break it into small steps', 'Go slowly and number every step', 'Show me how you get there', 'Tell me your thought process',
                        'Please explain like a tutor would'],
                       ['and box the final answer.', '— I want to see the working, not just the result.', 'then double-check it.', '.', 'and explain why each step is valid.']]), a, 'conv'

def lex_cover(R, it=None):
    p, ref, kind, _ = organic_prompt(R, MIX_CASUAL)
    return p, ref, kind

def op_careful(W, cid, n_acc, mean_req, target, lex, followups, persona, threads=True, reasoning=None, maxtok_choices=(None, 2048, 4096)):
    """aged accounts, own card, own residential IPs, varied stacks, human pacing, shared non-repeating work queue"""
    R = W.R
    pool = target_pool(R, target)
    for i in range(n_acc):
        c = R.choice(['US', 'US', 'US', 'GB', 'DE', 'CA', 'FR', 'JP', 'KR', 'IN', 'AU', 'ES', 'BR', 'NL', 'IT'])
        created = W.t0 - R.uniform(60, 400) * 86400
        acc = new_account(W, created, R.choice(FREEMAIL + COMPANY_DOMAINS[:20]), c, R.choice(['free', 'build', 'build']), card=W.card(),
                          signup_ip=res_ip(R, c), label='attack', campaign=cid, persona=persona)
        mode = R.random()
        if mode < 0.5: st = browser_stack(R); fp = stack_fp(R, st)
        elif mode < 0.8: st = R.choice(['openai_py', 'anthropic_py', 'openai_node', 'anthropic_ts', 'curl', 'cli_agent']); fp = stack_fp(R, st)
        else: st = 'chrome'; fp = (random_ja4(R), STACKS[R.choice(['chrome', 'firefox', 'safari'])]['ua'](R))
        ips = [res_ip(R, c)] + ([mob_ip(R, c)] if c in COUNTRY_MOB and R.random() < 0.5 else [])
        ep, model = pick_api(R, st)
        tz = TZ.get(c, 0)
        n = max(6, int(R.gauss(mean_req, mean_req * 0.3)))
        made = 0
        while made < n:
            t = human_time(R, W, tz)
            if not pool: pool = target_pool(R, target)
            item = pool.pop()
            prompt, ref, kind = lex(R, item)
            conv = W.conv_id()
            nt = R.choice([1, 2, 2, 3, 3, 4]) if threads else 1
            hist = 0
            for k in range(nt):
                if made >= n: break
                pr = prompt if k == 0 else R.choice(followups)
                r = emit(W, acc, t, R.choice(ips), fp, ep, model, pr, conv=conv, turn=k + 1, kind=kind, max_tokens=R.choice(maxtok_choices),
                         temperature=R.choice([None, 0.7, 1.0]), stream=st in ('chrome', 'edge', 'firefox', 'safari') or R.random() < 0.3,
                         ref=ref if k == 0 else None, hist_tokens=hist, reasoning=reasoning)
                hist += r['input_tokens'] - hist + r['output_tokens']
                made += 1
                t += R.uniform(45, 900)

def op_subteams(W, cid, teams):
    """teams: dicts(n_acc, mean_req, target, lex, stack(s), net, cover, persona, endpoint, models, sys, tools, card_mode, domain_mode)"""
    R = W.R
    for tm in teams:
        pool = target_pool(R, tm['target'])
        cards = [W.card() for _ in range(tm.get('n_cards', 0))]
        netpool = []
        for _ in range(max(5, tm['n_acc'] // 4)):
            if tm['net'] == 'dc': netpool.append(dc_ip(R))
            elif tm['net'] == 'vpn': netpool.append(vpn_ip(R))
            elif tm['net'] == 'cloud': netpool.append(ip_from_asnset(R, R.choice(['cloud_aws', 'cloud_gcp', 'cloud_hz', 'cloud_ovh'])))
            elif tm['net'] == 'mob': netpool.append(mob_ip(R, R.choice(['US', 'IN', 'PL', 'DE'])))
            else: netpool.append(res_ip(R, R.choice(['US', 'VN', 'BR', 'IN', 'MX', 'TW'])))
        for i in range(tm['n_acc']):
            c = R.choice(tm.get('countries', ['US', 'US', 'SG', 'HK', 'GB', 'DE', 'VN', 'BR']))
            created = W.t0 - R.uniform(*tm.get('age_days', (3, 40))) * 86400
            dom = R.choice(tm['domains'])
            acc = new_account(W, created, dom, c, R.choice(tm.get('tiers', ['free', 'build'])),
                              card=(R.choice(cards) if cards else W.card()), signup_ip=R.choice(netpool), label='attack', campaign=cid,
                              persona=tm['persona'])
            st = R.choice(tm['stacks']); fp = stack_fp(R, st)
            myips = R.sample(netpool, min(len(netpool), R.randint(1, 3)))
            n = max(5, int(R.gauss(tm['mean_req'], tm['mean_req'] * 0.35)))
            cover = R.uniform(*tm['cover'])
            tz = TZ.get(c, 0) + tm.get('tz_shift', 0)
            for _ in range(n):
                t = human_time(R, W, tz, weekend=0.8) if tm.get('human', True) else R.uniform(W.t0, W.t1)
                model = R.choice(tm['models'])
                ep = '/v1/messages' if model.startswith('claude') else '/v1/chat/completions'
                if R.random() < cover:
                    p, ref, kind = lex_cover(R)
                    cv = W.conv_id() if R.random() < 0.5 else None
                    emit(W, acc, t, R.choice(myips), fp, ep, model, p, kind=kind, max_tokens=R.choice([None, 1024, 2048]),
                         temperature=R.choice([None, 0.7]), stream=R.random() < 0.5, ref=ref, conv=cv, turn=1 if cv else None)
                    continue
                if not pool: pool = target_pool(R, tm['target'])
                prompt, ref, kind = tm['lex'](R, pool.pop())
                cv = W.conv_id() if R.random() < 0.3 else None
                emit(W, acc, t, R.choice(myips), fp, ep, model, prompt, system=(R.choice(tm['sys']) if tm.get('sys') else None),
                     tools=(R.choice(tm['tools']) if tm.get('tools') else None), kind=kind, max_tokens=tm.get('max_tokens', 4096),
                     temperature=tm.get('temp', 0.7), stream=False, ref=ref, reasoning=tm.get('reasoning'), out_scale=tm.get('out_scale', 1.4),
                     conv=cv, turn=1 if cv else None)

def op_trickle(W, cid, n_acc, mean_req, target, lex, persona, stacks, net, maxtok, reasoning, models, sys_choices=None):
    """low-and-slow: each account spreads its requests over whole period, bare items w/ high max_tokens & extended thinking"""
    R = W.R
    pool = target_pool(R, target)
    for i in range(n_acc):
        c = R.choice(['US', 'IN', 'JP', 'DE', 'GB', 'KR', 'TW', 'VN', 'BR'])
        created = W.t0 - R.uniform(7, 180) * 86400
        acc = new_account(W, created, R.choice(FREEMAIL), c, R.choice(['build', 'build', 'scale']), card=W.card(),
                          signup_ip=(mob_ip(R, c) if net == 'mob' and c in COUNTRY_MOB else res_ip(R, c)), label='attack',
                          campaign=cid, persona=persona)
        st = R.choice(stacks); fp = stack_fp(R, st)
        if R.random() < 0.3: fp = (fp[0], R.choice(C['libua']))  # mismatched UA
        n = max(4, int(R.gauss(mean_req, mean_req * 0.4)))
        tz = TZ.get(c, 0)
        ips = [mob_ip(R, c) if (net == 'mob' and c in COUNTRY_MOB) else res_ip(R, c) for _ in range(R.randint(1, 5))]
        model = R.choice(models)
        ep = '/v1/messages' if model.startswith('claude') else '/v1/chat/completions'
        for _ in range(n):
            if not pool: pool = target_pool(R, target)
            prompt, ref, kind = lex(R, pool.pop())
            emit(W, acc, human_time(R, W, tz, weekend=0.9, night_owl=R.random() < 0.3), R.choice(ips), fp, ep, model, prompt,
                 system=R.choice(sys_choices) if sys_choices else None, kind=kind, max_tokens=R.choice(maxtok), temperature=R.choice([None, 1.0]),
                 stream=R.random() < 0.5, ref=ref, reasoning=reasoning, out_scale=2.0)

def op_fakeorg(W, cid, n_acc, mean_req, target, lex, persona, stack, sysp):
    """poses as a small unverified company: one org_id, one card, one app prompt, cloud egress, keys created over days"""
    R = W.R
    org = 'org_' + h12(W.name + cid)[:10]
    card = W.card()
    dom = R.choice(['synthwave-labs.ai', 'quantiq-data.io', 'brainforge.dev'])
    egress = [ip_from_asnset(R, R.choice(['cloud_aws', 'cloud_hz', 'cloud_ovh'])) for _ in range(4)]
    fp = stack_fp(R, stack)
    pool = target_pool(R, target)
    for i in range(n_acc):
        created = W.t0 + R.uniform(-20, 4) * 86400
        acc = new_account(W, created, dom, 'SG', 'scale', org=org, card=card, signup_ip=R.choice(egress), verified=False,
                          label='attack', campaign=cid, persona=persona, nkeys=2)
        n = max(5, int(R.gauss(mean_req, 10)))
        for _ in range(n):
            if not pool: pool = target_pool(R, target)
            prompt, ref, kind = lex(R, pool.pop())
            emit(W, acc, R.uniform(max(W.t0, created), W.t1), R.choice(egress), fp, '/v1/chat/completions', R.choice(['o3-mini', 'gpt-4.1']), prompt,
                 system=sysp, kind=kind, max_tokens=8192, temperature=1.0, stream=False, ref=ref, reasoning=3000, key=R.choice(acc['_keys']))

# ================================================================ WORLDS
LOOK1 = ['gmall.com', 'outlook-mail.com', 'protonmaill.com', 'tempmail.dev', 'mailinator.com', 'yaho0.com', 'guerrillamail.info', 'sharklasers.com']
LOOK2 = ['10minutemail.net', 'gmaill.co', 'hotrnail.com', 'mail-tm.org', 'dropmail.me', 'icloud-mail.net', 'yopmail.com']

def world1(W):
    R = W.R
    # ---------- organic
    gen_enterprise(W, [
        dict(name='ent-a', n_accounts=60, n_req=2600, sys='You are the in-product assistant for Ledgerly, an accounting platform. Answer only questions about bookkeeping, invoices and the Ledgerly UI. Cite help-centre articles when relevant.',
             stack='openai_py', egress='dc', cloud='cloud_aws', country='US', domain='ledgerly.com', endpoint='/v1/chat/completions', model='gpt-4o-mini',
             max_tokens=800, temp=0.2, stream=True, mix=MIX_CASUAL),
        dict(name='ent-b', n_accounts=45, n_req=1900, sys='You are CodePilot for Meridian Bank engineering. Follow the internal secure-coding guidelines. Never output secrets.',
             stack='java_okhttp', egress='dc', cloud='cloud_az', country='GB', domain='meridianbank.co.uk', endpoint='/v1/messages', model='claude-3-5-sonnet-20241022',
             max_tokens=4096, temp=0.0, stream=False, mix=MIX_DEV, tools=['search_codebase', 'read_file', 'run_static_analysis']),
        dict(name='ent-c', n_accounts=25, n_req=1000, sys='Du bist der Kundenservice-Assistent der Stadtwerke. Antworte freundlich und auf Deutsch.',
             stack='dotnet', egress='nat', cloud='cloud_az', country='DE', domain='stadtwerke-nord.de', endpoint='/v1/chat/completions', model='gpt-4.1-mini',
             max_tokens=600, temp=0.3, stream=True, mix=MIX_CASUAL),
    ])
    gen_eval_harness(W, [
        dict(name='lab-a', n_accounts=2, n_req=2500, cloud='cloud_gcp', stack='py_aiohttp', domain='frontier-evals.org', country='US', verified=True,
             benchmarks=['gsm8k', 'humaneval'], models=['gpt-4o', 'o3-mini', 'claude-sonnet-4-20250514'], run_size=700, endpoint='/v1/chat/completions',
             max_tokens=2048, templates=['Question: {p}\nAnswer:', '{p}', 'Solve the following and end with "The answer is N".\n{p}']),
        dict(name='lab-b', n_accounts=1, n_req=1500, cloud='cloud_aws', stack='anthropic_py', domain='gmail.com', country='CA', verified=False,
             benchmarks=['gsm8k', 'mtbench', 'arena'], models=['claude-3-5-haiku-20241022', 'claude-3-7-sonnet-20250219'], run_size=400,
             endpoint='/v1/messages', max_tokens=4096, templates=['{p}', 'Let\'s think step by step.\n{p}']),
        dict(name='lab-c', n_accounts=3, n_req=1200, cloud='cloud_hz', stack='py_httpx', domain='uni-heidelberg.de', country='DE', verified=False,
             benchmarks=['humaneval'], models=['gpt-4o-mini', 'gpt-4.1'], run_size=164, endpoint='/v1/chat/completions', max_tokens=1024,
             templates=['Complete the following Python function.\n```python\n{p}```', '{p}']),
    ])
    gen_campus(W, 320, 'uni_US', 'US', 'ucla.edu', 2)
    gen_campus(W, 140, 'uni_KR', 'KR', 'kangwon.ac.kr', 1)
    d0 = W.t0
    gen_classroom(W, 70, 'US', 'uni_US', 'STAT 101', 'math', [d0 + 4.9 * 86400, d0 + 11.9 * 86400], 'ucla.edu')
    gen_classroom(W, 45, 'CA', 'uni_CA', 'CPSC 110', 'code', [d0 + 6.5 * 86400, d0 + 13.5 * 86400], 'cs.ubc.ca')
    gen_casual(W, 1500)
    gen_vpn(W, 170)
    gen_writer(W, 70)
    gen_dev(W, 250)
    gen_power(W, 48)
    gen_researcher(W, 55)
    gen_hobbyist(W, 30)
    gen_small_startup(W, 12)
    # ---------- attacks
    op_fleet(W, 'op-w1-sprawl', 130, 38, 'gsm_tr', 'py_requests', 'dc', 5, LOOK1, 'proxy-fleet-cot', '/v1/chat/completions', 'o3-mini', lex_cot_a,
             burst_days=[1, 2, 6, 9], maxtok=8192, reasoning=2500)
    op_careful(W, 'op-w1-quiet', 120, 42, 'code', lex_code_careful, CAREFUL_FU, 'aged-residential-coder')
    op_subteams(W, 'op-w1-tri', [
        dict(n_acc=70, mean_req=40, target='judge', lex=lex_judge, stacks=['openai_node', 'node_undici'], net='cloud', cover=(0.1, 0.25), persona='subteam-judge',
             models=['gpt-4o', 'gpt-4.1'], domains=['gmail.com', 'outlook.com', 'qq.com'], n_cards=12, max_tokens=2048, temp=0.0,
             sys=['You are a strict but fair evaluator.', 'You grade model outputs for a quality-assurance team.', None]),
        dict(n_acc=65, mean_req=38, target='tool', lex=lex_tool, stacks=['go_http', 'openai_go'], net='vpn', cover=(0.15, 0.4), persona='subteam-agentic',
             models=['claude-3-7-sonnet-20250219', 'claude-sonnet-4-20250514'], domains=['gmail.com', 'proton.me', 'yandex.ru', 'mail.ru'], n_cards=0,
             tools=[['wikipedia', 'calculator'], ['search', 'python'], ['weather_api', 'calendar'], ['wolfram_alpha', 'translator']], max_tokens=4096,
             reasoning=1200, tz_shift=-8),
        dict(n_acc=55, mean_req=36, target='seed', lex=lex_selfinstruct, stacks=['py_httpx', 'langchain'], net='res', cover=(0.2, 0.35), persona='subteam-selfinstruct',
             models=['gpt-4o', 'gpt-4o-mini'], domains=['gmail.com', 'hotmail.com', '163.com'], n_cards=8, max_tokens=4096, temp=1.0, out_scale=3.0, human=False),
    ])
    op_trickle(W, 'op-w1-bare', 95, 30, 'gsm_all', lex_bare, 'bare-reasoning-trickle', ['anthropic_py', 'curl', 'rust_reqwest'], 'res',
               [16000, 32000, 64000], 9000, ['claude-3-7-sonnet-20250219', 'claude-sonnet-4-20250514'])
    op_fleet(W, 'op-w1-atlas', 90, 34, 'x', 'node_undici', 'vpn', 3, ['atlasmail.io', 'atlas-mail.io', 'atlasmaiI.io'], 'taxonomy-sweep',
             '/v1/messages', 'claude-sonnet-4-20250514', lex_taxonomy, burst_days=[3, 3, 4, 10], maxtok=6000, reasoning=3000,
             country_pool=('HK', 'SG', 'MY'))

def world2(W):
    R = W.R
    gen_enterprise(W, [
        dict(name='ent-x', n_accounts=90, n_req=2400, sys='You are Nova, the support assistant for Skyward Airlines. Help with bookings, baggage, and loyalty points. Escalate refunds over $500 to a human.',
             stack='openai_node', egress='dc', cloud='cloud_gcp', country='US', domain='skywardair.com', endpoint='/v1/chat/completions', model='gpt-4o',
             max_tokens=500, temp=0.4, stream=True, mix=MIX_CASUAL, n_egress=2),
        dict(name='ent-y', n_accounts=30, n_req=900, sys='You are a clinical documentation assistant. Summarise encounter notes into SOAP format. Do not invent findings.',
             stack='anthropic_py', egress='dc', cloud='cloud_aws', country='US', domain='healthbridge.org', endpoint='/v1/messages', model='claude-3-5-sonnet-20241022',
             max_tokens=2000, temp=0.0, stream=False, mix={'useror': 3, 'koala': 1}),
        dict(name='ent-z', n_accounts=40, n_req=1000, sys='あなたは社内ヘルプデスクのアシスタントです。丁寧に日本語で回答してください。',
             stack='java_http', egress='nat', cloud='cloud_aws', country='JP', domain='kaisha-tech.co.jp', endpoint='/v1/chat/completions', model='gpt-4.1-mini',
             max_tokens=1000, temp=0.2, stream=True, mix=MIX_POWER),
        dict(name='ent-w', n_accounts=20, n_req=1000, sys='You are an agent that triages GitHub issues for the Polaris open-source project. Use tools to label and link duplicates.',
             stack='go_http', egress='dc', cloud='cloud_do', country='NL', domain='polaris-oss.org', endpoint='/v1/messages', model='claude-3-5-haiku-20241022',
             max_tokens=1500, temp=0.0, stream=False, mix=MIX_DEV, tools=['list_issues', 'add_label', 'find_duplicates', 'post_comment'], business=False),
    ])
    gen_eval_harness(W, [
        dict(name='lab-q', n_accounts=4, n_req=3500, cloud='cloud_aws', stack='openai_py', domain='evalworks.ai', country='US', verified=True,
             benchmarks=['gsm8k', 'humaneval', 'mtbench'], models=['gpt-4o', 'gpt-4.1', 'o1-mini'], run_size=1319, endpoint='/v1/chat/completions',
             max_tokens=4096, templates=['{p}', 'Q: {p}\nA: Let\'s think step by step.', 'Answer the following question. Put the final answer after ####.\n{p}']),
        dict(name='lab-r', n_accounts=2, n_req=1800, cloud='cloud_gcp', stack='go_http', domain='kaist.ac.kr', country='KR', verified=False,
             benchmarks=['gsm8k'], models=['claude-3-5-haiku-20241022', 'claude-sonnet-4-20250514'], run_size=500, endpoint='/v1/messages',
             max_tokens=1024, templates=['{p}']),
    ])
    gen_campus(W, 260, 'uni_DE', 'DE', 'stud.uni-stuttgart.de', 2)
    gen_campus(W, 200, 'uni_AU', 'AU', 'student.unimelb.edu.au', 2)
    gen_campus(W, 120, 'uni_US', 'US', 'arizona.edu', 1)
    d0 = W.t0
    gen_classroom(W, 90, 'DE', 'uni_DE', 'Informatik I', 'code', [d0 + 5.4 * 86400, d0 + 12.4 * 86400, d0 + 19.4 * 86400], 'stud.uni-stuttgart.de')
    gen_classroom(W, 55, 'AU', 'uni_AU', 'MAST10006', 'math', [d0 + 8.3 * 86400, d0 + 15.3 * 86400], 'student.unimelb.edu.au')
    gen_casual(W, 1150)
    gen_vpn(W, 230)
    gen_writer(W, 90)
    gen_dev(W, 220, odd_frac=0.25)
    gen_power(W, 35)
    gen_researcher(W, 70)
    gen_hobbyist(W, 45)
    gen_small_startup(W, 14)
    # ---------- attacks
    op_fleet(W, 'op-w2-grader', 110, 36, 'judge', 'go_http', 'dc6', 4, LOOK2, 'proxy-fleet-judge', '/v1/chat/completions', 'gpt-4.1', lex_judge,
             burst_days=[0, 5, 5, 12], maxtok=2048)
    op_careful(W, 'op-w2-tutor', 115, 40, 'gsm_tr', lex_cot_b,
               ['why did you multiply there?', 'can you check that step again?', 'is there a faster way to see it?', 'what if the numbers were doubled?',
                'explain step 3 differently please', 'how would you explain this to a 10 year old?'], 'aged-residential-math', reasoning=None)
    op_subteams(W, 'op-w2-delta', [
        dict(n_acc=80, mean_req=42, target='code', lex=lex_code_careful, stacks=['openai_py', 'cli_agent'], net='mob', cover=(0.1, 0.2), persona='subteam-code',
             models=['claude-sonnet-4-20250514', 'gpt-4.1'], domains=FREEMAIL, n_cards=0, age_days=(30, 200), max_tokens=8192, reasoning=2000,
             tools=[['read_file', 'write_file', 'run_shell'], ['bash', 'str_replace_editor', 'view_file'], ['run_tests', 'read_file', 'git_diff']]),
        dict(n_acc=60, mean_req=40, target='role', lex=lambda R, it: (it[1], it[2], 'conv'), stacks=['java_okhttp', 'android_okhttp'], net='res',
             cover=(0.25, 0.4), persona='subteam-roleplay', models=['gpt-4o'], domains=['gmail.com', 'naver.com', 'qq.com'], n_cards=10,
             countries=['VN', 'BR', 'IN', 'MX'], max_tokens=2048, temp=0.9, out_scale=2.0),
        dict(n_acc=45, mean_req=38, target='arena', lex=lex_bare, stacks=['rust_reqwest'], net='cloud', cover=(0.3, 0.4), persona='subteam-hardprompts',
             models=['o3-mini', 'claude-3-7-sonnet-20250219'], domains=['outlook.com', 'gmail.com'], n_cards=3, max_tokens=32000, reasoning=6000, human=False),
    ])
    op_trickle(W, 'op-w2-slowcode', 70, 22, 'code', lex_bare, 'bare-code-trickle', ['openai_py', 'py_requests', 'curl_win'], 'mob',
               [16384, 32768], 5000, ['o3-mini', 'o1-mini'])
    op_fakeorg(W, 'op-w2-shellco', 60, 40, 'x', lex_taxonomy, 'fake-startup-taxonomy', 'openai_py',
               'You are an expert tutor for our learning platform. Produce thorough, high-quality explanations.')
    op_fleet(W, 'op-w2-alpaca', 80, 34, 'seed', 'py_aiohttp', 'vpn', 2, ['gmail.com', 'gmall.com', 'qmail.com'], 'selfinstruct-burst',
             '/v1/chat/completions', 'gpt-4o-mini', lex_selfinstruct, burst_days=[2, 2, 2, 8], maxtok=4096, country_pool=('RU', 'KZ', 'US'))


DESC = {
 'world1': """World 1 (seed 1101): 14 days from 2026-03-02.

Attack operations (campaign id -> description)
- op-w1-sprawl: sloppy proxy fleet. Accounts signed up in bursts on 4 days, look-alike/disposable mail domains, 5 shared cards,
  datacenter proxy IPs shared across accounts, one python-requests stack, o3-mini with high max_tokens; gsm8k-train items wrapped
  in the op's own "show every step" phrasing (composed per request). Uniform (non-diurnal) timing.
- op-w1-quiet: careful operation. Aged accounts (60-400 days), own card each, own residential/mobile IPs, browser/SDK/randomised
  JA4 stacks, diurnal human pacing, 1-4 turn threads with follow-ups. Shared non-repeating work queue of coding problems
  (GPTeacher codegen + HumanEval) with casual per-request phrasing.
- op-w1-tri: one operation in three sub-teams with separate stacks/networks, each mixing 10-40% cover traffic:
  judge team (Node/undici on cloud IPs, rubric grading of Q/A pairs, 12 cards), agentic team (Go on VPN, toolformer items with
  tool_names, extended thinking, shifted timezone, own cards), self-instruct team (httpx/langchain on residential IPs, bulk
  instruction generation from self-instruct seeds, round-the-clock).
- op-w1-bare: low-and-slow trickle. Individually paid build/scale accounts on residential IPs, bare gsm8k items with no
  wrapper, max_tokens 16k-64k and large extended-thinking budgets, Anthropic SDK / curl / Rust clients, some mismatched UAs.
- op-w1-atlas: capability-taxonomy sweep (domain x skill x difficulty) from VPN IPs, 3 cards, look-alike domains of one
  made-up provider, Node client, claude-sonnet-4 with thinking.

Legitimate personas: verified-enterprise (3 verified orgs: US accounting SaaS on AWS, UK bank coding assistant with tools on
Azure, German utility behind office NAT; one card/system prompt per org, keys created within minutes), eval-harness (3 labs,
gsm8k/HumanEval/MT-bench/arena-hard, repeated runs round the clock from cloud), campus-nat (two universities behind 1-2 NAT IPs),
classroom (STAT 101 with teacher system prompt + same gsm8k homework before 2 deadlines; CPSC 110 with HumanEval homework),
casual, vpn-user, writer, developer (incl. ~12% odd stacks: TLS-intercepting proxy, curl on Windows, Flutter/Unity wrappers, Ruby,
Java), power-user, researcher (step-by-step reasoning requests, university networks), data-hobbyist (self-instruct / Alpaca
prompt generation), startup-app (small unverified orgs, shared card and app prompt, cloud egress).
""",
 'world2': """World 2 (seed 2202): 21 days from 2026-05-11.

Attack operations (campaign id -> description)
- op-w2-grader: sloppy fleet on IPv6 datacenter ranges, Go net/http, 4 shared cards, disposable/look-alike domains, burst
  sign-ups; judge/rubric grading prompts (questions + possibly truncated answers) with its own rubric wordings.
- op-w2-tutor: careful operation. Aged accounts, own cards, own residential IPs, varied/randomised browser and SDK
  fingerprints, human pacing, tutoring-style multi-turn threads over a shared non-repeating queue of gsm8k-train problems.
- op-w2-delta: three sub-teams with 10-40% cover: coding/agentic team (mobile-carrier IPs, OpenAI SDK + CLI agents,
  tool_names, older accounts, own cards), roleplay-harvest team (Android/Java stacks, residential IPs in VN/BR/IN/MX, GPTeacher
  roleplay items sent bare, 10 shared cards), hard-prompt team (Rust client on cloud IPs, bare arena-hard prompts, 32k
  max_tokens with reasoning, round-the-clock).
- op-w2-slowcode: low-and-slow trickle of bare coding items (GPTeacher codegen + HumanEval) with 16k-32k max_tokens on o-series
  models, mobile/residential IPs, own cards, some mismatched UAs.
- op-w2-shellco: poses as an unverified startup: one org_id, one card, one bland "tutor platform" system prompt, cloud egress,
  taxonomy-sweep prompts with reasoning.
- op-w2-alpaca: VPN fleet, 2 cards, aiohttp, burst sign-ups mostly on one day, self-instruct bulk generation.

Legitimate personas: verified-enterprise (4 orgs: US airline support on GCP, US clinical-notes on AWS, Japanese helpdesk
behind office NAT, Dutch OSS issue-triage agent running 24/7 with tools), eval-harness (2 labs incl. one unverified
university lab on GCP hitting gsm8k with a Go client), campus-nat (3 universities), classroom (Informatik I HumanEval homework
with 3 deadlines; maths class with gsm8k homework), casual, vpn-user, writer, developer (~25% odd stacks), power-user,
researcher, data-hobbyist, startup-app.
""",
}

WORLDS = {
    'world1': (world1, dt.datetime(2026, 3, 2, tzinfo=dt.timezone.utc), 14),
    'world2': (world2, dt.datetime(2026, 5, 11, tzinfo=dt.timezone.utc), 21),
}

def main():
    name, seed, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    fn, start, days = WORLDS[name]
    load_corpora(); load_asn()
    W = World(name, seed, start, days)
    fn(W)
    os.makedirs(out, exist_ok=True)
    # drop rows beyond window, clamp
    rows = [r for r in W.rows if r['ts'] < iso(W.t1)]
    # don't emit interactions before account creation
    created = {a['account_id']: a['created_at'] for a in W.accounts}
    rows = [r for r in rows if r['ts'] >= created[r['account_id']]]
    W.R.shuffle(rows)
    with gzip.open(os.path.join(out, 'interactions.jsonl.gz'), 'wt', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(out, 'accounts.jsonl'), 'w') as f:
        for a in W.accounts:
            f.write(json.dumps({k: v for k, v in a.items() if not k.startswith('_')}) + '\n')
    with open(os.path.join(out, 'labels.jsonl'), 'w') as f:
        for l in W.labels: f.write(json.dumps(l) + '\n')
    # stats for WORLD.md
    from collections import Counter
    lab = {l['account_id']: l for l in W.labels}
    nreq = Counter(r['account_id'] for r in rows)
    pc = Counter(); pr = Counter(); cc = Counter(); cr = Counter()
    for l in W.labels:
        if l['label'] == 'organic': pc[l['persona']] += 1; pr[l['persona']] += nreq[l['account_id']]
        else: cc[(l['campaign'], l['persona'])] += 1; cr[(l['campaign'], l['persona'])] += nreq[l['account_id']]
    att = sum(cr.values())
    stats = dict(interactions=len(rows), accounts=len(W.accounts), attack_accounts=sum(cc.values()), attack_interactions=att)
    with open(os.path.join(out, 'stats.json'), 'w') as f:
        json.dump(dict(stats, personas={k: [pc[k], pr[k]] for k in pc}, campaigns={'%s/%s' % k: [cc[k], cr[k]] for k in cc}), f, indent=1)
    md = ['# ' + name, '', DESC[name], '## Counts', '', 'interactions %d, accounts %d, attack accounts %d, attack interactions %d' %
          (stats['interactions'], stats['accounts'], stats['attack_accounts'], stats['attack_interactions']), '',
          '| campaign / persona | accounts | interactions |', '|---|---|---|']
    md += ['| %s / %s | %d | %d |' % (k[0], k[1], cc[k], cr[k]) for k in sorted(cc)]
    md += ['', '| organic persona | accounts | interactions |', '|---|---|---|']
    md += ['| %s | %d | %d |' % (k, pc[k], pr[k]) for k in sorted(pc)]
    md += ['', 'Regenerate: `python3 gen.py %s %d %s` from worlds/blind/s.' % (name, seed, name), '']
    open(os.path.join(out, 'WORLD.md'), 'w').write('\n'.join(md))
    print(json.dumps(stats))

if __name__ == '__main__':
    main()
