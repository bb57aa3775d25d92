"""Shared machinery for blind world generator F (stdlib only, deterministic given a seed)."""
import bisect
import csv
import gzip
import hashlib
import ipaddress
import json
import math
import os
import random
import re
from datetime import datetime, timedelta, timezone

DATA = os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data'))
ASN = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv')


def h(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- corpora
class Corpora:
    def __init__(self):
        c = DATA + '/corpora/'
        self.koala = [json.loads(l)['prompt'] for l in open(c + 'organic/koala.jsonl')]
        self.arena = [json.loads(l) for l in open(c + 'organic/arena-hard-v0.1.jsonl')]
        self.mtbench = [json.loads(l) for l in open(c + 'organic/mt-bench.jsonl')]
        self.vicuna = [json.loads(l)['turns'][0] for l in open(c + 'organic/vicuna-bench.jsonl')]
        self.hh = []
        for l in gzip.open(c + 'organic/hh-rlhf-harmless-test.jsonl.gz', 'rt'):
            d = json.loads(l)
            turns = re.split(r'\n\nHuman: ', d['chosen'])
            humans = []
            for t in turns[1:]:
                humans.append(t.split('\n\nAssistant:')[0].strip())
            ch = d['chosen'].rsplit('\n\nAssistant:', 1)
            rj = d['rejected'].rsplit('\n\nAssistant:', 1)
            self.hh.append({'humans': [x for x in humans if x], 'ctx': ch[0],
                            'chosen': ch[-1].strip(), 'rejected': rj[-1].strip()})
        self.userorient = [json.loads(l) for l in open(c + 'organic/self-instruct-user-oriented.jsonl')]
        self.seeds = [json.loads(l) for l in open(c + 'extraction/self-instruct-seed-tasks.jsonl')]
        self.codegen = json.load(gzip.open(c + 'extraction/gpteacher-codegen.json.gz'))
        self.roleplay = json.load(gzip.open(c + 'extraction/gpteacher-roleplay.json.gz'))
        self.toolformer = json.load(gzip.open(c + 'extraction/gpteacher-toolformer.json.gz'))
        self.gsm_train = [json.loads(l) for l in gzip.open(c + 'extraction/gsm8k-train.jsonl.gz', 'rt')]
        self.gsm_test = [json.loads(l) for l in open(c + 'extraction/gsm8k-test.jsonl')]
        self.humaneval = [json.loads(l) for l in gzip.open(c + 'extraction/humaneval.jsonl.gz', 'rt')]
        self.arena_code = [a['prompt'] for a in self.arena if re.search(r'code|python|function|sql|script|program|c\+\+|javascript|rust|api|class |bug|error', a['prompt'], re.I)]
        self.arena_other = [a['prompt'] for a in self.arena if a['prompt'] not in set(self.arena_code)]
        # token-shape traces
        self.trace_conv = self._trace('AzureLLMInferenceTrace_conv.csv')
        self.trace_code = self._trace('AzureLLMInferenceTrace_code.csv')

    def _trace(self, f):
        out = []
        with open(DATA + '/traces/' + f) as fh:
            r = csv.reader(fh)
            next(r)
            for row in r:
                out.append((int(row[1]), int(row[2])))
        return out


# ---------------------------------------------------------------- networks
class Net:
    POOLS = {
        'res_US': r'^(Comcast Cable|Charter Communications|Cox Communications|Frontier Communications|CenturyLink Communications|Spectrum)',
        'res_DE': r'^(Deutsche Telekom AG|Vodafone GmbH|Telefonica Germany|1&1 Versatel)',
        'res_FR': r'^(Orange S\.A\.|Free SAS|Societe Francaise Du Radiotelephone|Bouygues Telecom)',
        'res_GB': r'^(British Telecommunications|Sky UK|Virgin Media|TalkTalk)',
        'res_IN': r'^(Bharti Airtel|Reliance Jio|Atria Convergence|BSNL|Bharat Sanchar)',
        'res_BR': r'^(TELEFONICA BRASIL|Claro NXT|CLARO S\.A|TIM S/A|Oi S\.A)',
        'res_JP': r'^(KDDI CORPORATION|SoftBank Corp|NTT PC Communications|Sony Network Communications)',
        'res_CA': r'^(Rogers Communications|Bell Canada|TELUS Communications|Shaw Communications|Videotron)',
        'res_AU': r'^(Telstra Limited|SingTel Optus|TPG Telecom)',
        'res_ES': r'^(TELEFONICA DE ESPANA|VODAFONE ESPANA|Orange Espagne)',
        'res_KR': r'^(Korea Telecom|SK Broadband|LG POWERCOMM|LG DACOM)',
        'res_PL': r'^(Orange Polska|T-Mobile Polska|Netia)',
        'res_NL': r'^(KPN B\.V\.|Vodafone Libertel|Ziggo)',
        'res_SG': r'^(Singapore Telecommunications|StarHub|M1 LIMITED|MyRepublic)',
        'res_VN': r'^(Viettel|VNPT|FPT Telecom)',
        'res_TR': r'^(Turk Telekomunikasyon|Vodafone Net Iletisim|TurkNet)',
        'res_MX': r'^(Uninet|Telmex|Total Play)',
        'res_ID': r'^(PT Telekomunikasi Indonesia|PT. Telekomunikasi Selular|Indosat|PT Indosat)',
        'mob_US': r'^(T-Mobile USA|Cellco Partnership|AT&T Mobility)',
        'univ': r'(University of California|Massachusetts Institute of Technology|Stanford University|University of Michigan|Carnegie Mellon|Cornell University|University of Washington|Georgia Institute of Technology|University of Toronto|Technische Universit|ETH Zurich|University of Cambridge|University of Oxford|Universidade de Sao Paulo|Indian Institute of Technology|National University of Singapore|Purdue University|University of Texas)',
        'aws': r'^(Amazon\.com|Amazon Data Services|Amazon Technologies)',
        'gcp': r'^Google LLC',
        'azure': r'^Microsoft Corporation',
        'do': r'^DigitalOcean',
        'hetzner': r'^Hetzner Online',
        'ovh': r'^OVH SAS',
        'vultr': r'^(The Constant Company|Choopa)',
        'linode': r'^(Linode|Akamai Connected Cloud)',
        'tencent': r'^(Tencent|Shenzhen Tencent)',
        'alibaba': r'^(Alibaba|Hangzhou Alibaba)',
        'oracle': r'^Oracle Corporation',
        'corp': r'^(Verizon Business|AT&T Enterprises|Zscaler|Cogent Communications|Lumen Technologies)',
        'cloudflare_warp': r'^Cloudflare',
    }

    def __init__(self):
        self.ranges = {k: [] for k in self.POOLS}
        self.orgnames = {k: [] for k in self.POOLS}
        pats = {k: re.compile(v, re.I) for k, v in self.POOLS.items()}
        with open(ASN) as fh:
            for row in csv.reader(fh):
                org = row[3]
                for k, p in pats.items():
                    if p.search(org):
                        a = int(ipaddress.IPv4Address(row[0]))
                        b = int(ipaddress.IPv4Address(row[1]))
                        if b - a >= 255:
                            self.ranges[k].append((a, b, org))
                        break
        self.dc = self._cidrs('datacenter-ipv4.txt')
        self.vpn = self._cidrs('vpn-ipv4.txt')
        self.dc6 = [l.strip() for l in open(DATA + '/network/datacenter-ipv6.txt') if l.strip() and ':' in l]
        for k, v in self.ranges.items():
            if not v:
                raise SystemExit('empty pool ' + k)

    def _cidrs(self, f):
        out = []
        for l in open(DATA + '/network/' + f):
            l = l.strip()
            if not l or l.startswith('#'):
                continue
            try:
                n = ipaddress.IPv4Network(l, strict=False)
            except ValueError:
                continue
            if n.num_addresses >= 16:
                out.append((int(n.network_address), int(n.broadcast_address)))
        return out

    @staticmethod
    def _pick(rng, a, b):
        # avoid .0 and .255
        for _ in range(10):
            x = rng.randint(a, b)
            if 0 < (x & 255) < 255:
                return str(ipaddress.IPv4Address(x))
        return str(ipaddress.IPv4Address(a + 1))

    def ip(self, rng, pool):
        if pool == 'dc':
            a, b = rng.choice(self.dc)
            return self._pick(rng, a, b)
        if pool == 'vpn':
            a, b = rng.choice(self.vpn)
            return self._pick(rng, a, b)
        a, b, _ = rng.choice(self.ranges[pool])
        return self._pick(rng, a, b)

    def subnet24(self, rng, pool):
        """return a /24 prefix (as int) inside pool"""
        if pool in ('dc', 'vpn'):
            a, b = rng.choice(self.dc if pool == 'dc' else self.vpn)
        else:
            a, b, _ = rng.choice(self.ranges[pool])
        x = rng.randint(a, b) & ~255
        return x

    @staticmethod
    def in24(rng, base, lo=2, hi=250):
        return str(ipaddress.IPv4Address(base + rng.randint(lo, hi)))

    def ip6_dc(self, rng):
        p = rng.choice(self.dc6)
        n = ipaddress.IPv6Network(p, strict=False)
        host = rng.getrandbits(min(64, 128 - n.prefixlen))
        return str(ipaddress.IPv6Address(int(n.network_address) + host))

    @staticmethod
    def ip6_mobile(rng):
        # T-Mobile US / Jio style dynamic v6
        pre = rng.choice(['2607:fb90', '2600:387', '2409:4040', '2a01:598'])
        groups = [format(rng.getrandbits(16), 'x') for _ in range(6)]
        return pre + ':' + ':'.join(groups)


# ---------------------------------------------------------------- client stacks
def ja4(tag, ciphers, exts, alpn, sni='d', ver='13'):
    return 't%s%s%02d%02d%s_%s_%s' % (ver, sni, ciphers, exts, alpn, h('c' + tag), h('e' + tag))

CHROME_JA4 = 't13d1516h2_8daaf6152771_02713d6af862'
FIREFOX_JA4 = 't13d1715h2_5b57614c22b0_3d5424432f57'
SAFARI_JA4 = 't13d2014h2_a09f3c656075_14788d8d241b'
HTTPX_JA4 = 't13d1812h1_' + h('chttpx-ossl3') + '_' + h('ehttpx-ossl3')
REQUESTS_JA4 = 't13d1811h1_' + h('chttpx-ossl3') + '_' + h('erequests-ossl3')
AIOHTTP_JA4 = 't13d181100_' + h('chttpx-ossl3') + '_' + h('eaiohttp')
NODE_JA4 = ja4('node-undici', 17, 12, 'h1')
NODE20_JA4 = ja4('node20', 17, 11, 'h1')
GO_JA4 = ja4('go-crypto-tls', 13, 11, 'h2')
CURL_JA4 = ja4('curl-ossl3', 31, 12, 'h2')
CURL_WIN_JA4 = ja4('curl-schannel', 18, 9, 'h2')
OKHTTP_JA4 = ja4('okhttp-conscrypt', 16, 13, 'h2')
JAVA_JA4 = ja4('jdk17', 31, 13, 'h2')
DOTNET_JA4 = ja4('schannel-dotnet', 18, 10, 'h2')
RUSTLS_JA4 = ja4('rustls', 9, 10, 'h2')
ZSCALER_JA4 = ja4('zscaler-intercept', 13, 8, 'h2')
PALO_JA4 = ja4('panos-decrypt', 24, 9, 'h1')
IOS_JA4 = ja4('ios-cfnetwork', 20, 13, 'h2')
ANDROID_JA4 = ja4('android-boringssl', 16, 14, 'h2')
CURL_CFFI_CHROME = CHROME_JA4
PHP_JA4 = ja4('php-curl-ossl', 31, 11, 'h2')
RUBY_JA4 = ja4('ruby-openssl', 30, 11, '00')


def chrome_ua(rng, os_='win'):
    v = rng.choice([128, 129, 130, 131, 132, 133])
    osp = {'win': 'Windows NT 10.0; Win64; x64', 'mac': 'Macintosh; Intel Mac OS X 10_15_7',
           'linux': 'X11; Linux x86_64', 'cros': 'X11; CrOS x86_64 14541.0.0'}[os_]
    return 'Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % (osp, v)


def edge_ua(rng):
    v = rng.choice([129, 130, 131])
    return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.%d.%d' % (v, v, rng.randint(2000, 2900), rng.randint(40, 99))


def firefox_ua(rng, os_='win'):
    v = rng.choice([130, 131, 132, 133])
    osp = {'win': 'Windows NT 10.0; Win64; x64', 'mac': 'Macintosh; Intel Mac OS X 14.6', 'linux': 'X11; Ubuntu; Linux x86_64'}[os_]
    return 'Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (osp, v, v)


def safari_ua(rng, mobile=False):
    if mobile:
        iv = rng.choice(['17_6', '18_0', '18_1', '18_2'])
        return 'Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1' % (iv, iv.split('_')[0] + '.' + iv.split('_')[1])
    return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % rng.choice(['17.6', '18.0', '18.1', '18.2'])


def stack(rng, name):
    """returns (user_agent, ja4, endpoint_preference) for a client stack name"""
    if name == 'chrome':
        return chrome_ua(rng, rng.choice(['win', 'win', 'mac', 'linux'])), CHROME_JA4
    if name == 'edge':
        return edge_ua(rng), CHROME_JA4
    if name == 'firefox':
        return firefox_ua(rng, rng.choice(['win', 'mac', 'linux'])), FIREFOX_JA4
    if name == 'safari':
        return safari_ua(rng), SAFARI_JA4
    if name == 'ios_safari':
        return safari_ua(rng, True), IOS_JA4
    if name == 'openai_py':
        return 'OpenAI/Python %s' % rng.choice(['1.51.2', '1.54.4', '1.55.3', '1.57.0', '1.58.1', '1.59.7']), HTTPX_JA4
    if name == 'anthropic_py':
        return 'Anthropic/Python %s' % rng.choice(['0.37.1', '0.39.0', '0.40.0', '0.42.0', '0.43.1']), HTTPX_JA4
    if name == 'openai_node':
        return 'OpenAI/JS %s' % rng.choice(['4.68.4', '4.71.1', '4.73.0', '4.77.0']), NODE_JA4
    if name == 'anthropic_ts':
        return 'Anthropic/JS %s' % rng.choice(['0.30.1', '0.32.1', '0.33.1', '0.36.3']), NODE_JA4
    if name == 'undici':
        return rng.choice(['undici', 'node', None, 'node-fetch']), NODE20_JA4
    if name == 'httpx':
        return 'python-httpx/%s' % rng.choice(['0.27.0', '0.27.2', '0.28.1']), HTTPX_JA4
    if name == 'requests':
        return 'python-requests/%s' % rng.choice(['2.31.0', '2.32.3']), REQUESTS_JA4
    if name == 'aiohttp':
        return 'Python/3.11 aiohttp/%s' % rng.choice(['3.9.5', '3.10.10', '3.11.9']), AIOHTTP_JA4
    if name == 'go':
        return 'Go-http-client/%s' % rng.choice(['1.1', '2.0']), GO_JA4
    if name == 'go_sdk':
        return 'OpenAI/Go %s' % rng.choice(['0.1.0-alpha.38', '0.1.0-alpha.41']), GO_JA4
    if name == 'curl':
        return 'curl/%s' % rng.choice(['7.81.0', '8.5.0', '8.7.1', '8.11.0']), CURL_JA4
    if name == 'curl_win':
        return 'curl/%s' % rng.choice(['8.4.0', '8.9.1', '8.10.1']), CURL_WIN_JA4
    if name == 'okhttp':
        return 'okhttp/%s' % rng.choice(['4.11.0', '4.12.0']), OKHTTP_JA4
    if name == 'java_sdk':
        return 'openai-java/%s' % rng.choice(['0.8.1', '0.11.0']), JAVA_JA4
    if name == 'dotnet':
        return 'OpenAI/2.1.0 (.NET 8.0.%d; Microsoft Windows 10.0.%d)' % (rng.randint(6, 11), rng.choice([19045, 22631, 26100])), DOTNET_JA4
    if name == 'rust':
        return rng.choice([None, 'async-openai/0.26', 'reqwest/0.12']), RUSTLS_JA4
    if name == 'ios_app':
        app = rng.choice(['Pocketwise', 'Jotter', 'Lingua', 'AskBox', 'NoteNest'])
        return '%s/%d.%d.%d CFNetwork/%s Darwin/%s' % (app, rng.randint(1, 5), rng.randint(0, 9), rng.randint(0, 20), rng.choice(['1494.0.7', '1568.100.1', '1568.200.51']), rng.choice(['23.5.0', '24.0.0', '24.1.0'])), IOS_JA4
    if name == 'android_app':
        return 'okhttp/4.12.0', ANDROID_JA4
    if name == 'php':
        return 'GuzzleHttp/7', PHP_JA4
    if name == 'ruby':
        return 'Faraday v%s' % rng.choice(['2.9.0', '2.12.2']), RUBY_JA4
    if name == 'zscaler_chrome':
        return chrome_ua(rng, 'win'), ZSCALER_JA4
    if name == 'zscaler_py':
        return 'OpenAI/Python %s' % rng.choice(['1.54.4', '1.57.0']), ZSCALER_JA4
    if name == 'palo_curl':
        return 'curl/8.9.1', PALO_JA4
    if name == 'cli_llm':
        return 'llm/%s (python-httpx)' % rng.choice(['0.17', '0.19', '0.20']), HTTPX_JA4
    if name == 'cli_agent':
        return '%s/%s' % (rng.choice(['aider', 'opencode', 'goose', 'continue']), rng.choice(['0.62.1', '0.8.3', '1.0.4', '0.9.2'])), rng.choice([HTTPX_JA4, NODE_JA4])
    if name == 'litellm':
        return 'litellm/%s' % rng.choice(['1.52.0', '1.55.3']), HTTPX_JA4
    raise KeyError(name)


# ---------------------------------------------------------------- misc pools
FREEMAIL = ['gmail.com'] * 12 + ['outlook.com'] * 4 + ['hotmail.com'] * 2 + ['yahoo.com'] * 2 + ['icloud.com'] * 3 + ['proton.me', 'protonmail.com', 'gmx.de', 'web.de', 'yandex.ru', 'qq.com', '163.com', 'naver.com', 'mail.ru', 'orange.fr', 'libero.it', 'hey.com', 'fastmail.com', 'zoho.com', 'aol.com']
COUNTRY_POOL = {'US': 'res_US', 'DE': 'res_DE', 'FR': 'res_FR', 'GB': 'res_GB', 'IN': 'res_IN', 'BR': 'res_BR', 'JP': 'res_JP',
                'CA': 'res_CA', 'AU': 'res_AU', 'ES': 'res_ES', 'KR': 'res_KR', 'PL': 'res_PL', 'NL': 'res_NL', 'SG': 'res_SG',
                'VN': 'res_VN', 'TR': 'res_TR', 'MX': 'res_MX', 'ID': 'res_ID'}
COUNTRY_W = [('US', 30), ('IN', 9), ('GB', 7), ('DE', 7), ('CA', 5), ('FR', 4), ('BR', 5), ('JP', 4), ('AU', 3), ('ES', 3), ('KR', 3),
             ('PL', 2), ('NL', 3), ('SG', 2), ('VN', 2), ('TR', 2), ('MX', 2), ('ID', 2)]
TZ = {'US': -6, 'DE': 1, 'FR': 1, 'GB': 0, 'IN': 5.5, 'BR': -3, 'JP': 9, 'CA': -5, 'AU': 10, 'ES': 1, 'KR': 9, 'PL': 1, 'NL': 1,
      'SG': 8, 'VN': 7, 'TR': 3, 'MX': -6, 'ID': 7, 'CN': 8, 'HK': 8, 'RU': 3, 'CH': 1}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def iso(dt):
    return dt.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (dt.microsecond // 1000)


def toks(text):
    if not text:
        return 0
    return max(1, int(len(text) / 3.8 + text.count('\n') * 0.3))


# ---------------------------------------------------------------- world builder
class World:
    def __init__(self, seed, start, days, corp, net):
        self.rng = random.Random(seed)
        self.seed = seed
        self.start = start
        self.end = start + timedelta(days=days)
        self.days = days
        self.C = corp
        self.N = net
        self.accounts = []
        self.labels = []
        self.ix = []
        self.n_id = 0
        self.acct_seq = 0
        self.cards = {}

    # ids
    def acct_id(self):
        self.acct_seq += 1
        return 'acct_' + h('%d-acct-%d' % (self.seed, self.acct_seq), 14)

    def key_id(self, aid, i=0):
        return 'key_' + h(aid + ':key:%d' % i, 10)

    def conv_id(self):
        self.n_id += 1
        x = h('%d-conv-%d' % (self.seed, self.n_id), 32)
        return '%s-%s-4%s-%s-%s' % (x[:8], x[8:12], x[13:16], x[16:20], x[20:32])

    def card(self, tag=None):
        if tag is None:
            tag = 'rnd%d' % self.rng.getrandbits(40)
        return 'pf_' + h('%d-card-%s' % (self.seed, tag), 20)

    def add_account(self, created, email_domain, country, tier, label, persona, campaign=None, org_id=None,
                    payment=None, signup_ip=None, verified=False):
        aid = self.acct_id()
        self.accounts.append({'account_id': aid, 'created_at': iso(created), 'org_id': org_id, 'email_domain': email_domain,
                              'payment_fingerprint': payment, 'signup_ip': signup_ip, 'country': country, 'tier': tier,
                              'verified': verified})
        self.labels.append({'account_id': aid, 'label': label, 'campaign': campaign, 'persona': persona})
        return aid

    # time helpers
    def rand_day(self, lo=0, hi=None):
        hi = self.days - 1 if hi is None else hi
        return self.rng.randint(lo, hi)

    def local_time(self, day, tz, hour_pairs=None, rng=None):
        """a UTC datetime on `day` whose local hour follows a diurnal profile"""
        rng = rng or self.rng
        if hour_pairs is None:
            hour_pairs = DIURNAL
        hr = wchoice(rng, hour_pairs)
        local = self.start + timedelta(days=day, hours=hr, minutes=rng.random() * 60)
        return local - timedelta(hours=tz)

    def clamp(self, dt):
        if dt < self.start:
            dt = self.start + timedelta(seconds=self.rng.random() * 3600)
        if dt >= self.end:
            dt = self.end - timedelta(seconds=1 + self.rng.random() * 3600)
        return dt

    def emit(self, aid, key, ts, ip, ua, ja, endpoint, model, conv, turn, system, prompt, tools=None, response=None,
             in_tok=None, out_tok=None, reasoning=None, max_tokens=None, temperature=None, stream=None, status=200,
             latency=None, history_tokens=0):
        rng = self.rng
        ts = self.clamp(ts)
        if in_tok is None:
            in_tok = toks(prompt) + toks(system) + history_tokens + (len(tools) * 140 if tools else 0) + rng.randint(3, 12)
        if out_tok is None:
            out_tok = toks(response) if response else rng.randint(60, 700)
        if max_tokens is not None and out_tok > max_tokens:
            out_tok = max_tokens
        if status != 200:
            out_tok = 0
            reasoning = None if reasoning is None else 0
            response = None
        if latency is None:
            tps = rng.uniform(35, 110)
            latency = int(rng.uniform(250, 1400) + (out_tok + (reasoning or 0)) / tps * 1000 + in_tok * 0.02)
            if status == 429:
                latency = rng.randint(8, 60)
            elif status == 400:
                latency = rng.randint(20, 140)
            elif status >= 500:
                latency = rng.randint(400, 30000)
        self.n_id += 1
        rid = ('msg_' if endpoint == '/v1/messages' else 'chatcmpl-') + h('%d-req-%d' % (self.seed, self.n_id), 22)
        self.ix.append({'id': rid, 'ts': iso(ts), 'account_id': aid, 'api_key_id': key, 'ip': ip, 'user_agent': ua,
                        'tls_ja4': ja, 'endpoint': endpoint, 'model': model, 'conversation_id': conv, 'turn': turn,
                        'system': system, 'prompt': prompt, 'tool_names': tools, 'response': response,
                        'input_tokens': int(in_tok), 'output_tokens': int(out_tok),
                        'reasoning_tokens': None if reasoning is None else int(reasoning), 'max_tokens': max_tokens,
                        'temperature': temperature, 'stream': stream, 'status': status, 'latency_ms': int(latency)})
        return in_tok + out_tok

    def status(self, p429=0.01, p400=0.004, p500=0.003):
        x = self.rng.random()
        if x < p429:
            return 429
        if x < p429 + p400:
            return 400
        if x < p429 + p400 + p500:
            return self.rng.choice([500, 502, 503, 529])
        return 200

    def write(self, outdir, world_md):
        os.makedirs(outdir, exist_ok=True)
        rng = random.Random(self.seed * 7 + 1)
        ix = list(self.ix)
        ix.sort(key=lambda r: r['ts'])
        # mild local disorder as in real exports
        for i in range(0, len(ix) - 1, 97):
            j = min(len(ix) - 1, i + rng.randint(1, 40))
            ix[i], ix[j] = ix[j], ix[i]
        with gzip.open(os.path.join(outdir, 'interactions.jsonl.gz'), 'wt', encoding='utf-8') as f:
            for r in ix:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        with open(os.path.join(outdir, 'accounts.jsonl'), 'w') as f:
            for r in self.accounts:
                f.write(json.dumps(r) + '\n')
        with open(os.path.join(outdir, 'labels.jsonl'), 'w') as f:
            for r in self.labels:
                f.write(json.dumps(r) + '\n')
        with open(os.path.join(outdir, 'WORLD.md'), 'w') as f:
            f.write(world_md)


DIURNAL = [(0, 1), (1, 0.6), (2, 0.3), (3, 0.2), (4, 0.2), (5, 0.4), (6, 1), (7, 2), (8, 4), (9, 6), (10, 7), (11, 7),
           (12, 5), (13, 6), (14, 7), (15, 7), (16, 6), (17, 5), (18, 4), (19, 4), (20, 5), (21, 5), (22, 4), (23, 2)]
EVENING = [(h_, (3 if h_ in (19, 20, 21, 22, 23) else 1 if 7 <= h_ <= 18 else 0.5 if h_ in (0, 1) else 0.1)) for h_ in range(24)]
OFFICE = [(h_, (6 if 9 <= h_ <= 17 else 1 if h_ in (8, 18, 19) else 0.08)) for h_ in range(24)]
FLAT = [(h_, 1) for h_ in range(24)]
NIGHT_OWL = [(h_, (4 if h_ in (22, 23, 0, 1, 2) else 1 if 10 <= h_ <= 21 else 0.5)) for h_ in range(24)]
