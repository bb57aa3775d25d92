#!/usr/bin/env python3
"""Blind traffic-world generator (helper X). Stdlib only, deterministic given --seed.
usage: python3 gen.py --seed N --days D --start 2026-MM-DD --out DIR [--variant 1|2]
"""
import argparse, bisect, gzip, hashlib, ipaddress, json, math, os, random, sys
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

def load_corpora():
    c = {}
    c['koala'] = [x['prompt'] for x in jl(f'{DATA}/corpora/organic/koala.jsonl')]
    c['arena'] = jl(f'{DATA}/corpora/organic/arena-hard-v0.1.jsonl')
    c['mtb'] = jl(f'{DATA}/corpora/organic/mt-bench.jsonl')
    c['vic'] = [x['turns'][0] for x in jl(f'{DATA}/corpora/organic/vicuna-bench.jsonl')]
    hh = []
    for x in jl(f'{DATA}/corpora/organic/hh-rlhf-harmless-test.jsonl.gz'):
        turns = [t.split('\n\nAssistant:')[0].strip() for t in x['chosen'].split('\n\nHuman:')[1:]]
        turns = [t for t in turns if t]
        if turns:
            hh.append(turns)
    c['hh'] = hh
    uo = []
    for x in jl(f'{DATA}/corpora/organic/self-instruct-user-oriented.jsonl'):
        for inst in x['instances'][:1]:
            uo.append((x['motivation_app'], x['instruction'], inst.get('input', '')))
    c['uo'] = uo
    c['seed'] = jl(f'{DATA}/corpora/extraction/self-instruct-seed-tasks.jsonl')
    c['gsm_tr'] = jl(f'{DATA}/corpora/extraction/gsm8k-train.jsonl.gz')
    c['gsm_te'] = jl(f'{DATA}/corpora/extraction/gsm8k-test.jsonl')
    c['he'] = jl(f'{DATA}/corpora/extraction/humaneval.jsonl.gz')
    c['code'] = jarr(f'{DATA}/corpora/extraction/gpteacher-codegen.json.gz')
    c['role'] = jarr(f'{DATA}/corpora/extraction/gpteacher-roleplay.json.gz')
    c['tool'] = jarr(f'{DATA}/corpora/extraction/gpteacher-toolformer.json.gz')
    c['arena_code'] = [x['prompt'] for x in c['arena'] if any(k in x['prompt'] for k in ('code', 'function', 'python', 'Python', 'SQL', 'script', 'C++', 'Rust', 'program'))]
    c['arena_other'] = [x['prompt'] for x in c['arena'] if x['prompt'] not in set(c['arena_code'])]
    return c

def gt_item(x):
    return x['instruction'] + (('\n\n' + x['input']) if x.get('input') else '')

# ----------------------------------------------------------------------------- networks
class Nets:
    def __init__(self, rng):
        self.rng = rng
        cats = {
            'res_us': ['Comcast Cable', 'Charter Communications', 'Cox Communications', 'AT&T Enterprises', 'Frontier Communications', 'CenturyLink'],
            'res_ca': ['Rogers Communications', 'Bell Canada', 'TELUS'],
            'res_de': ['Deutsche Telekom AG', 'Vodafone GmbH', 'Telefonica Germany'],
            'res_gb': ['British Telecommunications', 'Virgin Media', 'Sky UK'],
            'res_fr': ['Orange S.A.', 'Free SAS', 'Societe Francaise Du Radiotelephone'],
            'res_in': ['Bharti Airtel Limited', 'Reliance Jio Infocomm Limited', 'Atria Convergence'],
            'res_br': ['Claro S.A.', 'TELEFONICA BRASIL', 'TIM S/A'],
            'res_jp': ['SoftBank Corp.', 'KDDI CORPORATION', 'NTT Communications Corporation'],
            'res_kr': ['Korea Telecom', 'SK Broadband', 'LG POWERCOMM'],
            'res_au': ['Telstra Limited', 'TPG Telecom', 'Optus'],
            'res_nl': ['KPN B.V.', 'Ziggo', 'Vodafone Libertel B.V.'],
            'res_es': ['Telefonica de Espana', 'Orange Espagne SA', 'VODAFONE ESPANA S.A.U.'],
            'res_pl': ['Orange Polska', 'T-Mobile Polska S.A.', 'Netia SA'],
            'res_sg': ['Singapore Telecommunications', 'StarHub', 'M1 LIMITED'],
            'res_vn': ['Viettel Group', 'VNPT Corp', 'FPT Telecom'],
            'mobile': ['T-Mobile USA', 'Cellco Partnership', 'Reliance Jio Infocomm Limited', 'Vodafone Idea Ltd.', 'NTT DOCOMO', 'T-Mobile Polska', 'EE Limited', 'Telefonica Moviles'],
            'uni': ['University of California', 'The University of Arizona', 'University of British Columbia', 'Purdue University', 'Indiana University', 'Washington State University', 'University of Michigan', 'University of Texas', 'Technische Universitaet', 'University of Toronto'],
            'aws': ['Amazon.com', 'Amazon Data Services'],
            'gcp': ['Google LLC'],
            'azure': ['Microsoft Corporation'],
            'hetzner': ['Hetzner Online GmbH'],
            'ovh': ['OVH SAS'],
            'do': ['DigitalOcean'],
        }
        self.cat = {k: [] for k in cats}
        with open(ASN, encoding='utf-8') as f:
            for line in f:
                parts = line.rstrip('\n').split(',', 3)
                if len(parts) < 4:
                    continue
                org = parts[3]
                for k, keys in cats.items():
                    for kk in keys:
                        if kk in org:
                            self.cat[k].append((int(ipaddress.IPv4Address(parts[0])), int(ipaddress.IPv4Address(parts[1]))))
                            break
        for k in list(self.cat):
            if not self.cat[k]:
                self.cat[k] = self.cat['res_us']
        self.dc = self._cidrs(f'{DATA}/network/datacenter-ipv4.txt')
        self.vpn = self._cidrs(f'{DATA}/network/vpn-ipv4.txt')
        v6 = [l.strip() for l in open(f'{DATA}/network/datacenter-ipv6.txt') if l.strip()]
        self.dc6 = [ipaddress.IPv6Network(x, strict=False) for x in v6[:3000]]

    @staticmethod
    def _cidrs(p):
        out = []
        for l in open(p):
            l = l.strip()
            if l:
                n = ipaddress.IPv4Network(l, strict=False)
                out.append((int(n.network_address), int(n.broadcast_address)))
        return out

    def _pick(self, ranges, rng=None):
        rng = rng or self.rng
        a, b = rng.choice(ranges)
        if b - a > 2:
            return str(ipaddress.IPv4Address(rng.randint(a + 1, b - 1)))
        return str(ipaddress.IPv4Address(a))

    def ip(self, kind, rng=None):
        if kind == 'dc':
            return self._pick(self.dc, rng)
        if kind == 'vpn':
            return self._pick(self.vpn, rng)
        if kind == 'dc6':
            rng = rng or self.rng
            n = rng.choice(self.dc6)
            return str(n.network_address + rng.randint(1, min(n.num_addresses - 1, 2 ** 48)))
        return self._pick(self.cat[kind], rng)

RES_BY_CC = {'US': 'res_us', 'CA': 'res_ca', 'DE': 'res_de', 'GB': 'res_gb', 'FR': 'res_fr', 'IN': 'res_in', 'BR': 'res_br',
             'JP': 'res_jp', 'KR': 'res_kr', 'AU': 'res_au', 'NL': 'res_nl', 'ES': 'res_es', 'PL': 'res_pl', 'SG': 'res_sg', 'VN': 'res_vn'}
TZ = {'US': -6, 'CA': -5, 'DE': 1, 'GB': 0, 'FR': 1, 'IN': 5.5, 'BR': -3, 'JP': 9, 'KR': 9, 'AU': 10, 'NL': 1, 'ES': 1, 'PL': 1, 'SG': 8, 'VN': 7}
CC_W = [('US', 34), ('IN', 9), ('GB', 7), ('DE', 7), ('CA', 5), ('FR', 5), ('BR', 5), ('JP', 4), ('KR', 3), ('AU', 3), ('NL', 3), ('ES', 3), ('PL', 3), ('SG', 2), ('VN', 3)]

def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]

# ----------------------------------------------------------------------------- client stacks
def h12(s):
    return hashlib.sha256(s.encode()).hexdigest()[:12]

STACKS = {
    # name: (ja4, [user agents], kind)
    'chrome': (['t13d1516h2_8daaf6152771_02713d6af862', 't13d1517h2_8daaf6152771_b1ff8ab2d16f'],
               ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36',
                'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36',
                'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36',
                'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36 Edg/{cv}.0.0.0'], 'browser'),
    'firefox': (['t13d1715h2_5b57614c22b0_3d5424432f57', 't13d1716h2_5b57614c22b0_eeeea6562960'],
                ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{fv}.0) Gecko/20100101 Firefox/{fv}.0',
                 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:{fv}.0) Gecko/20100101 Firefox/{fv}.0',
                 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:{fv}.0) Gecko/20100101 Firefox/{fv}.0'], 'browser'),
    'safari': (['t13d2014h2_a09f3c656075_14788d8d241b'],
               ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{sv} Safari/605.1.15',
                'Mozilla/5.0 (iPhone; CPU iPhone OS 18_{sm} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{sv} Mobile/15E148 Safari/604.1'], 'browser'),
    'py-requests': (['t13d1812h1_85036bcba153_375ca2c5e164', 't13d1813h1_85036bcba153_e7c285222651'],
                    ['python-requests/2.31.0', 'python-requests/2.32.3', 'python-requests/2.28.2'], 'script'),
    'py-aiohttp': (['t13d1812h1_85036bcba153_b26ce05bbdd6'], ['Python/3.11 aiohttp/3.9.5', 'Python/3.12 aiohttp/3.10.10'], 'script'),
    'openai-py': (['t13d1812h1_85036bcba153_7d3f5bd8e7a9'], ['OpenAI/Python 1.58.1', 'OpenAI/Python 1.61.0', 'OpenAI/Python 1.54.4'], 'sdk'),
    'anthropic-py': (['t13d1812h1_85036bcba153_7d3f5bd8e7a9'], ['Anthropic/Python 0.49.0', 'Anthropic/Python 0.52.1', 'Anthropic/Python 0.45.2'], 'sdk'),
    'httpx': (['t13d1812h1_85036bcba153_7d3f5bd8e7a9'], ['python-httpx/0.27.2', 'python-httpx/0.28.1'], 'script'),
    'openai-node': (['t13d5911h1_a33745022dd6_1f22a2ca17c4'], ['OpenAI/JS 4.77.0', 'OpenAI/JS 4.85.1'], 'sdk'),
    'anthropic-node': (['t13d5911h1_a33745022dd6_1f22a2ca17c4'], ['Anthropic/JS 0.39.0', 'Anthropic/JS 0.37.0'], 'sdk'),
    'undici': (['t13d5911h1_a33745022dd6_1f22a2ca17c4', 't13d5912h2_a33745022dd6_dbd39dd1d406'], ['undici', 'node', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)'], 'script'),
    'go': (['t13d1312h2_f57a46bbacb6_e7c285222651', 't13d1311h2_f57a46bbacb6_ab2a4f6c1e90'], ['Go-http-client/2.0', 'Go-http-client/1.1'], 'script'),
    'curl': (['t13d3112h2_e8f1e7e78f70_6bebaf5329ac'], ['curl/8.5.0', 'curl/7.81.0', 'curl/8.7.1'], 'script'),
    'curl-win': (['t12d190900_d83cc789557e_7af1ed941c26'], ['curl/8.9.1', 'curl/8.4.0'], 'script'),
    'java-okhttp': (['t13d1714h2_5b234860e130_14788d8d241b'], ['okhttp/4.12.0', 'OpenAI/Java 0.18.2'], 'sdk'),
    'dotnet': (['t12d2009h2_6f3fa5b9c1c5_d0c5b9bf3b7a'], ['Azure.AI.OpenAI/2.1.0 (.NET 8.0.8; Microsoft Windows 10.0.20348)', 'Anthropic.SDK/4.1.0'], 'sdk'),
    'rust': (['t13d0910h2_0d69ff451640_a3c2c1d6be20'], ['reqwest/0.12.9', 'async-openai/0.26.0'], 'script'),
    'ios-app': (['t13d2014h2_a09f3c656075_e42f34c56612'], ['{app}/{av} CFNetwork/1568.100.1 Darwin/24.0.0', '{app}/{av} (iPhone; iOS 18.{sm}; Scale/3.00)'], 'mobile'),
    'android-app': (['t13d1613h2_46e7e9700bed_d6a2ab1b0c1a'], ['okhttp/4.11.0', '{app}/{av} (Linux; Android 14; Pixel 8)', 'Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)'], 'mobile'),
    'claude-cli': (['t13d5911h1_a33745022dd6_1f22a2ca17c4'], ['claude-cli/1.0.{cc} (external, cli)', 'claude-code/2.0.{cc}'], 'cli'),
    'aider': (['t13d1812h1_85036bcba153_7d3f5bd8e7a9'], ['litellm/1.52.0', 'OpenAI/Python 1.58.1'], 'cli'),
    'langchain': (['t13d1812h1_85036bcba153_7d3f5bd8e7a9'], ['langchain-anthropic/0.3.1 Anthropic/Python 0.49.0', 'OpenAI/Python 1.58.1 langchain/0.3'], 'sdk'),
    # corporate TLS-intercepting proxy: browser UA, proxy's ClientHello
    'zscaler': (['t12d1209h1_c866b44c5a26_6c7d28e5a45b', 't13d1009h2_3b5074b1b5d0_9d1c0c7ab1ba'], None, 'proxy'),
}

def fill_ua(rng, tmpl, app='Assistly'):
    return tmpl.format(cv=rng.choice([129, 130, 131, 132, 133, 134]), fv=rng.choice([130, 131, 132, 133, 134]),
                       sv=rng.choice(['17.6', '18.1', '18.2', '18.3']), sm=rng.randint(0, 4), app=app,
                       av=f'{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}', cc=rng.randint(20, 120))

def stack_fp(rng, name, app='Assistly'):
    ja4s, uas, kind = STACKS[name]
    if name == 'zscaler':
        uas = STACKS['chrome'][1]
    return rng.choice(ja4s), fill_ua(rng, rng.choice(uas), app)

def random_ja4(rng):
    return 't13d%02d%02dh2_%s_%s' % (rng.randint(14, 19), rng.randint(13, 18), h12(str(rng.random())), h12(str(rng.random())))

# ----------------------------------------------------------------------------- models, tokens
MODELS_MSG = [('claude-sonnet-4-5', 50), ('claude-opus-4-1', 10), ('claude-haiku-4-5', 25), ('claude-sonnet-4', 15)]
MODELS_CHAT = [('gpt-4.1', 30), ('gpt-4.1-mini', 35), ('o4-mini', 15), ('gpt-5', 20)]
REASONING = {'o4-mini', 'gpt-5', 'claude-opus-4-1'}

def ntok(s):
    return max(1, int(len(s) / 3.8))

GEN_RESP = ["Sure, here is an overview.", "Here's a draft you can adapt.", "Short answer: yes, with caveats.", "Let me walk through it.",
            "There are a few options worth considering.", "Below is a revised version.", "Good question — it depends on context.",
            "Here is the implementation.", "I'd approach this in three steps.", "The key points are summarised below."]

# ----------------------------------------------------------------------------- world
class World:
    def __init__(self, seed, days, start, variant):
        self.rng = random.Random(seed)
        self.seed = seed
        self.days = days
        self.t0 = datetime.strptime(start, '%Y-%m-%d').replace(tzinfo=timezone.utc)
        self.variant = variant
        self.C = load_corpora()
        self.N = Nets(random.Random(seed + 1))
        self.accounts, self.labels, self.inter = [], [], []
        self.n_acc = 0
        self.n_req = 0
        self.persona_counts = {}
        self.ops = {}
        self.cards_used = set()

    # ids
    def aid(self):
        self.n_acc += 1
        return 'acct_' + hashlib.sha1(f'{self.seed}-a-{self.n_acc}'.encode()).hexdigest()[:14]

    def rid(self):
        self.n_req += 1
        return 'req_' + hashlib.sha1(f'{self.seed}-r-{self.n_req}'.encode()).hexdigest()[:20]

    def card(self):
        return 'pm_' + hashlib.sha1(f'{self.seed}-c-{self.rng.random()}'.encode()).hexdigest()[:24]

    def conv(self):
        return 'conv_' + hashlib.sha1(f'{self.seed}-v-{self.rng.random()}'.encode()).hexdigest()[:16]

    def key(self, acc):
        return 'key_' + hashlib.sha1(f'{acc}-{self.rng.random()}'.encode()).hexdigest()[:12]

    @staticmethod
    def iso(t):
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

    # time
    def human_time(self, tz, rng, day=None, peak=(9, 23), weekend_factor=0.6):
        for _ in range(50):
            d = day if day is not None else rng.randrange(self.days)
            base = self.t0 + timedelta(days=d)
            if base.weekday() >= 5 and rng.random() > weekend_factor:
                if day is not None:
                    pass
                else:
                    continue
            h = rng.gauss((peak[0] + peak[1]) / 2, (peak[1] - peak[0]) / 3.2)
            h = max(0, min(23.99, h))
            t = base + timedelta(hours=h - tz, seconds=rng.random() * 60)
            if self.t0 <= t < self.t0 + timedelta(days=self.days):
                return t
        return self.t0 + timedelta(seconds=rng.random() * self.days * 86400)

    def uniform_time(self, rng, lo=0.0, hi=None):
        hi = self.days if hi is None else hi
        return self.t0 + timedelta(days=lo + rng.random() * (hi - lo))

    # account
    def add_account(self, label, persona, campaign=None, created=None, org=None, email=None, card=None, signup_ip=None,
                    country=None, tier='build', verified=False):
        a = self.aid()
        if created is None:
            created = self.t0 - timedelta(days=self.rng.uniform(1, 700))
        self.accounts.append({'account_id': a, 'created_at': self.iso(created), 'org_id': org, 'email_domain': email or 'gmail.com',
                              'payment_fingerprint': card, 'signup_ip': signup_ip, 'country': country, 'tier': tier, 'verified': verified})
        self.labels.append({'account_id': a, 'label': label, 'campaign': campaign, 'persona': persona})
        self.persona_counts[(label, campaign, persona)] = self.persona_counts.get((label, campaign, persona), 0) + 1
        return a

    def emit(self, acc, ts, ip, fp, prompt, endpoint='/v1/messages', model=None, system=None, conv=None, turn=None, tools=None,
             response=None, out_tok=None, max_tokens=1024, temperature=None, stream=None, key=None, reasoning=None, hist_tok=0,
             status=None, rng=None):
        rng = rng or self.rng
        if model is None:
            model = wchoice(rng, MODELS_MSG if endpoint == '/v1/messages' else MODELS_CHAT)
        in_tok = ntok(prompt) + (ntok(system) if system else 0) + hist_tok + (len(tools) * 180 if tools else 0) + rng.randint(3, 12)
        if status is None:
            r = rng.random()
            status = 200 if r < 0.962 else (429 if r < 0.985 else (400 if r < 0.994 else (500 if r < 0.998 else 529)))
        if out_tok is None:
            out_tok = int(min(max_tokens or 4096, max(5, rng.lognormvariate(5.6, 0.8))))
        if reasoning is None:
            reasoning = int(rng.lognormvariate(6.3, 0.9)) if model in REASONING else None
        resp = response
        if status != 200:
            out_tok, reasoning, resp = 0, (0 if reasoning is not None else None), None
        elif resp is None and rng.random() < 0.85:
            resp = rng.choice(GEN_RESP)
        if resp and len(resp) > 700:
            resp = resp[:700]
        if max_tokens and out_tok > max_tokens:
            out_tok = max_tokens
        if status == 200:
            lat = int(rng.uniform(250, 1400) + (out_tok + (reasoning or 0)) * rng.uniform(9, 28))
        elif status == 429:
            lat = rng.randint(15, 90)
        else:
            lat = rng.randint(40, 3000)
        self.inter.append({'id': self.rid(), 'ts': self.iso(ts), 'account_id': acc, 'api_key_id': key, 'ip': ip,
                           'user_agent': fp[1], 'tls_ja4': fp[0], 'endpoint': endpoint, 'model': model,
                           'conversation_id': conv, 'turn': turn, 'system': system, 'prompt': prompt, 'tool_names': tools,
                           'response': resp, 'input_tokens': in_tok, 'output_tokens': out_tok, 'reasoning_tokens': reasoning,
                           'max_tokens': max_tokens, 'temperature': temperature, 'stream': stream, 'status': status,
                           'latency_ms': lat})
        return in_tok + out_tok


