"""Shared machinery for the blind world generator (stdlib only, deterministic)."""
import csv, gzip, hashlib, ipaddress, json, os, random, re, bisect
from datetime import datetime, timedelta, timezone

DATA = os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data'))
ASN = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../node_modules/@ip-location-db/asn')

def h(*parts, n=12):
    return hashlib.sha256('|'.join(str(p) for p in parts).encode()).hexdigest()[:n]

# ---------------------------------------------------------------- corpora
def _jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def _js(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return json.load(f)

class Corpora:
    def __init__(self):
        d = DATA + '/corpora/'
        self.koala = [r['prompt'] for r in _jl(d + 'organic/koala.jsonl')]
        self.arena = _jl(d + 'organic/arena-hard-v0.1.jsonl')
        self.mt = _jl(d + 'organic/mt-bench.jsonl')
        self.vicuna = _jl(d + 'organic/vicuna-bench.jsonl')
        self.uo = _jl(d + 'organic/self-instruct-user-oriented.jsonl')
        hh = _jl(d + 'organic/hh-rlhf-harmless-test.jsonl.gz')
        self.hh = []
        for r in hh:
            parts = re.split(r'\n\nHuman: ', r['chosen'])
            turns = []
            for p in parts[1:]:
                hu, _, asst = p.partition('\n\nAssistant: ')
                turns.append((hu.strip(), asst.strip()))
            if turns and turns[0][0]:
                self.hh.append(turns)
        self.seed = _jl(d + 'extraction/self-instruct-seed-tasks.jsonl')
        self.gsm_train = _jl(d + 'extraction/gsm8k-train.jsonl.gz')
        self.gsm_test = _jl(d + 'extraction/gsm8k-test.jsonl')
        self.he = _jl(d + 'extraction/humaneval.jsonl.gz')
        self.gt_code = _js(d + 'extraction/gpteacher-codegen.json.gz')
        self.gt_role = _js(d + 'extraction/gpteacher-roleplay.json.gz')
        self.gt_tool = _js(d + 'extraction/gpteacher-toolformer.json.gz')
        self.arena_code = [a for a in self.arena if re.search(r'code|python|program|sql|script|function|api|javascript|c\+\+|rust|algorithm|web|linux|excel|data', a['cluster'] + ' ' + a['prompt'][:200], re.I)]
        self.arena_other = [a for a in self.arena if a not in self.arena_code]
        self.general = self.koala + [v['turns'][0] for v in self.vicuna] + [m['turns'][0] for m in self.mt] + [t[0][0] for t in self.hh[:600]]

# ---------------------------------------------------------------- networks
POOLS = {
    # key: (substring list, country)
    'comcast': (['Comcast Cable'], 'US'), 'charter': (['Charter Communications'], 'US'),
    'att': (['AT&T Corp', 'AT&T Services'], 'US'), 'cox': (['Cox Communications'], 'US'),
    'frontier': (['Frontier Communications'], 'US'), 'centurylink': (['CenturyLink Communications'], 'US'),
    'tmobile': (['T-Mobile USA'], 'US'), 'verizon': (['Verizon Business'], 'US'),
    'dt': (['Deutsche Telekom AG'], 'DE'), 'vodafone_de': (['Vodafone GmbH'], 'DE'),
    'bt': (['British Telecommunications'], 'GB'), 'virgin': (['Virgin Media Limited'], 'GB'), 'sky': (['Sky UK'], 'GB'),
    'orange_fr': (['Orange S.A.'], 'FR'), 'free': (['Free SAS'], 'FR'), 'telefonica_es': (['TELEFONICA DE ESPANA'], 'ES'),
    'orange_pl': (['Orange Polska'], 'PL'), 'swisscom': (['Swisscom (Schweiz)'], 'CH'), 'telia': (['Telia Company'], 'SE'),
    'rogers': (['Rogers Communications'], 'CA'), 'bell': (['Bell Canada'], 'CA'),
    'kt': (['Korea Telecom'], 'KR'), 'skb': (['SK Broadband'], 'KR'), 'ntt': (['NTT PC Communications'], 'JP'),
    'kddi': (['KDDI CORPORATION'], 'JP'), 'softbank': (['SoftBank Corp'], 'JP'),
    'telstra': (['Telstra Limited'], 'AU'), 'optus': (['SingTel Optus'], 'AU'),
    'jio': (['Reliance Jio'], 'IN'), 'airtel': (['Bharti Airtel'], 'IN'), 'vi': (['Vodafone Idea'], 'IN'),
    'viettel': (['Viettel Group'], 'VN'), 'globe': (['Globe Telecom'], 'PH'), 'etisalat': (['ETISALAT'], 'AE'),
    'telmex': (['Telmex Colombia', 'TELMEX'], 'MX'), 'safaricom': (['Safaricom'], 'KE'), 'maxis': (['Maxis Broadband'], 'MY'),
    'chinanet': (['Chinanet'], 'CN'),
    'starlink': (['SpaceX', 'Starlink'], 'US'),
    # cloud / datacenter
    'aws': (['Amazon.com, Inc.', 'Amazon Technologies'], 'US'), 'gcp': (['Google LLC', 'Google Cloud'], 'US'),
    'azure': (['Microsoft Corporation'], 'US'), 'oracle': (['Oracle Corporation'], 'US'),
    'hetzner': (['Hetzner Online'], 'DE'), 'ovh': (['OVH SAS'], 'FR'), 'do': (['DigitalOcean'], 'US'),
    'm247': (['M247 Europe'], 'RO'), 'datacamp': (['Datacamp Limited'], 'GB'), 'leaseweb': (['LeaseWeb Netherlands', 'Leaseweb USA'], 'NL'),
    'contabo': (['Contabo GmbH'], 'DE'), 'scaleway': (['Scaleway SAS'], 'FR'),
    'alibaba': (['Alibaba'], 'CN'), 'tencent': (['Tencent Computer'], 'CN'),
    'zscaler': (['ZSCALER'], 'US'), 'netskope': (['Netskope'], 'US'), 'paloalto': (['PALO ALTO NETWORKS'], 'US'),
    'cloudflare': (['Cloudflare, Inc.'], 'US'),
    # universities
    'mit': (['Massachusetts Institute of Technology'], 'US'), 'umich': (['University of Michigan'], 'US'),
    'uw': (['University of Washington'], 'US'), 'utoronto': (['University of Toronto'], 'CA'),
    'gatech': (['Georgia Institute of Technology'], 'US'), 'purdue': (['Purdue University'], 'US'),
    'cornell': (['Cornell University'], 'US'), 'stuttgart': (['Universitaet Stuttgart'], 'DE'),
    'jisc': (['Jisc Services'], 'GB'), 'utokyo': (['The University of Tokyo'], 'JP'),
    'iitb': (['Indian Institute of Technology Bombay'], 'IN'), 'tsinghua': (['Tsinghua University'], 'CN'),
    'berkeley': (['University of California at Berkeley'], 'US'),
}

class Net:
    def __init__(self):
        self.ranges = {k: [] for k in POOLS}
        subs = [(s, k) for k, (ss, _) in POOLS.items() for s in ss]
        with open(ASN + '/asn-ipv4.csv', encoding='utf-8') as f:
            for row in csv.reader(f):
                org = row[3]
                for s, k in subs:
                    if s in org:
                        a = int(ipaddress.IPv4Address(row[0])); b = int(ipaddress.IPv4Address(row[1]))
                        if b - a >= 8:
                            self.ranges[k].append((a, b))
                        break
        self.v6 = {'tmobile': [], 'comcast': []}
        with open(ASN + '/asn-ipv6.csv', encoding='utf-8') as f:
            for row in csv.reader(f):
                if 'T-Mobile USA' in row[3]:
                    self.v6['tmobile'].append(row[0])
                elif 'Comcast Cable' in row[3] and len(self.v6['comcast']) < 50:
                    self.v6['comcast'].append(row[0])
        for k, v in list(self.ranges.items()):
            if not v:
                del self.ranges[k]
        self.vpn = [l.strip() for l in open(DATA + '/network/vpn-ipv4.txt') if l.strip() and not l.startswith('#')]
        self.dc = [l.strip() for l in open(DATA + '/network/datacenter-ipv4.txt') if l.strip() and not l.startswith('#')]

    def country(self, pool):
        return POOLS[pool][1]

    def ip(self, rng, pool):
        if pool == 'vpn' or pool == 'dc' or pool not in self.ranges:
            src = self.vpn if pool == 'vpn' else self.dc
            n = ipaddress.ip_network(rng.choice(src), strict=False)
            a = int(n.network_address); b = int(n.broadcast_address)
            return str(ipaddress.IPv4Address(rng.randint(a + 1 if b > a + 1 else a, max(a, b - 1))))
        a, b = rng.choice(self.ranges[pool])
        return str(ipaddress.IPv4Address(rng.randint(a + 1, b - 1)))

    def ip6(self, rng, pool):
        base = ipaddress.IPv6Address(rng.choice(self.v6[pool]))
        return str(ipaddress.IPv6Address(int(base) + rng.getrandbits(64)))

# ---------------------------------------------------------------- client stacks
def _ja4(proto, nc, ne, alpn, name):
    return f"{proto}{nc:02d}{ne:02d}{alpn}_{h('c', name)}_{h('e', name)}"

JA4 = {
    'chrome': 't13d1516h2_8daaf6152771_02713d6af862',
    'chrome_old': 't13d1517h2_8daaf6152771_b0da82dd1658',
    'edge': 't13d1516h2_8daaf6152771_e5627efa2ab1',
    'firefox': 't13d1715h2_5b57614c22b0_3d5424432f57',
    'firefox_esr': 't13d1714h2_5b57614c22b0_7121afd63204',
    'safari': 't13d2014h2_a09f3c656075_14788d8d241b',
    'ios_urlsession': 't13d2013h2_a09f3c656075_7f0f34a4126d',
    'okhttp': 't13d1613h2_46e7e9700bed_45f260be83e2',
    'py_requests': 't13d1812h1_85036bcba153_375ca2c5e164',
    'py_httpx': 't13d1812h1_85036bcba153_d41ae481755e',
    'py_aiohttp': 't13d1811h1_85036bcba153_b26ce05bbdd6',
    'node': 't13d1712h1_5b234860e130_014157ec0da2',
    'node_h2': 't13d1712h2_5b234860e130_a4f4c2fd0f43',
    'go': 't13d1310h2_f57a46bbacb6_e7c285222651',
    'go_h1': 't13d1309h1_f57a46bbacb6_0b4fd2c9a4b5',
    'curl_linux': 't13d3112h2_e8f1e7e78f70_b26ce05bbdd6',
    'curl_mac': 't13d3111h2_e8f1e7e78f70_a0e0a5ba3e0e',
    'curl_win': 't13d2212h2_c866b44c5a26_1b4d4c7e1a5f',
    'dotnet_win': 't13d2213h2_c866b44c5a26_f1a1d2a0e5b7',
    'java': 't13d4615h2_6b0b0b6fe1a4_0e6c0b1c2d3f',
    'java_okhttp_srv': 't13d1614h2_46e7e9700bed_8c12ab54d9e1',
    'rust_rustls': 't13d0910h2_f91f431d341e_cb2e1a9a8f0a',
    'ruby': 't13d5911h1_a33745022dd6_1f22a2ca17c4',
    'php_guzzle': 't13d3112h1_e8f1e7e78f70_2f1c7a4d88b1',
    'zscaler': 't13d1911h2_ea3e5d4de7a7_4f04b8e1b7d6',
    'netskope': 't13d1710h2_9dc949149365_97f8aa674fd9',
    'paloalto': 't12d2008h2_a6c0bd9d5fb5_1c05da3b6e4a',
    'deno': 't13d0912h2_f91f431d341e_6b0b8f2c4f8d',
    'bun': 't13d1714h1_7a15285c4efc_3bd2d4e98d6a',
    'electron': 't13d1516h2_8daaf6152771_9b887d9acb53',
}

def ua_for(rng, stack):
    cv = rng.choice(['124.0.0.0', '125.0.0.0', '126.0.0.0', '127.0.0.0', '128.0.0.0'])
    osx = rng.choice(['Macintosh; Intel Mac OS X 10_15_7', 'Windows NT 10.0; Win64; x64', 'X11; Linux x86_64'])
    t = {
        'chrome': f'Mozilla/5.0 ({osx}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv} Safari/537.36',
        'chrome_old': f'Mozilla/5.0 ({osx}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{rng.choice(["118.0.0.0","119.0.0.0"])} Safari/537.36',
        'edge': f'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv} Safari/537.36 Edg/{cv}',
        'firefox': f'Mozilla/5.0 ({osx}; rv:{rng.choice(["125.0","126.0","127.0"])}) Gecko/20100101 Firefox/{rng.choice(["125.0","126.0","127.0"])}',
        'firefox_esr': 'Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0',
        'safari': f'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{rng.choice(["17.4","17.5","17.6"])} Safari/605.1.15',
        'electron': f'Mozilla/5.0 ({osx}) AppleWebKit/537.36 (KHTML, like Gecko) {rng.choice(["Obsidian/1.6.7","chatbox/1.4.2","BoltAI/1.20","TypingMind/2.1"])} Chrome/{cv} Electron/{rng.choice(["30.1.0","31.2.1"])} Safari/537.36',
    }
    if stack in t:
        return t[stack]
    sdk = {
        'py_httpx': [f'OpenAI/Python {rng.choice(["1.35.3","1.40.6","1.45.0","1.51.2"])}', f'Anthropic/Python {rng.choice(["0.31.2","0.34.1","0.39.0"])}', f'python-httpx/{rng.choice(["0.26.0","0.27.0","0.27.2"])}'],
        'py_requests': [f'python-requests/{rng.choice(["2.31.0","2.32.3"])}'],
        'py_aiohttp': [f'Python/3.{rng.choice([10,11,12])} aiohttp/{rng.choice(["3.9.5","3.10.5"])}'],
        'node': [f'OpenAI/JS {rng.choice(["4.52.0","4.63.0","4.67.3"])}', f'Anthropic/JS {rng.choice(["0.24.3","0.27.1","0.32.1"])}', 'undici', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'axios/1.7.2'],
        'node_h2': [f'Anthropic/JS {rng.choice(["0.27.1","0.32.1"])}'],
        'go': ['Go-http-client/2.0', f'openai-go/{rng.choice(["0.1.0-alpha.23","0.1.0-alpha.38"])}', f'anthropic-sdk-go/{rng.choice(["0.2.0-alpha.4","0.2.0-alpha.8"])}'],
        'go_h1': ['Go-http-client/1.1'],
        'curl_linux': [f'curl/{rng.choice(["7.81.0","8.5.0","8.9.1"])}'],
        'curl_mac': [f'curl/{rng.choice(["8.4.0","8.7.1"])}'],
        'curl_win': [f'curl/{rng.choice(["8.4.0","8.8.0"])}', 'Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.22621.3880'],
        'dotnet_win': [f'OpenAI/{rng.choice(["2.0.0","2.1.0-beta.1"])} (.NET 8.0.{rng.randint(4,8)}; Microsoft Windows 10.0.22631)', 'Azure.AI.OpenAI/2.0.0 (.NET 8.0.6; Microsoft Windows 10.0.20348)'],
        'java': [f'Java-http-client/{rng.choice(["17.0.11","21.0.3"])}', f'Anthropic/Java {rng.choice(["0.8.0","0.9.1"])}'],
        'java_okhttp_srv': [f'okhttp/{rng.choice(["4.12.0","4.11.0"])}', f'OpenAI/Java {rng.choice(["0.8.1","0.10.0"])}'],
        'okhttp': [f'okhttp/{rng.choice(["4.12.0","4.9.3"])}', f'Dalvik/2.1.0 (Linux; U; Android {rng.choice(["13","14"])}; {rng.choice(["SM-A546E","Pixel 7","M2101K6G","CPH2451","RMX3630"])} Build/{rng.choice(["UP1A","TQ3A","TP1A"])}.{rng.randint(230000,240900)}.0{rng.randint(10,99)})'],
        'ios_urlsession': [f'{rng.choice(["Pal","Chatty","LLMKit","Petey"])}/{rng.randint(1,4)}.{rng.randint(0,9)}.{rng.randint(0,9)} CFNetwork/{rng.choice(["1496.0.7","1490.0.4"])} Darwin/{rng.choice(["23.4.0","23.5.0"])}'],
        'rust_rustls': [f'reqwest/{rng.choice(["0.11.27","0.12.5"])}', f'async-openai/{rng.choice(["0.23.4","0.24.0"])}'],
        'ruby': [f'Faraday v{rng.choice(["2.9.0","2.10.1"])}', f'ruby-openai/{rng.choice(["7.0.1","7.1.0"])}'],
        'php_guzzle': [f'GuzzleHttp/7 curl/{rng.choice(["7.88.1","8.5.0"])} PHP/{rng.choice(["8.2.20","8.3.9"])}', 'openai-php/client'],
        'deno': [f'Deno/{rng.choice(["1.44.4","1.45.2"])}'],
        'bun': [f'Bun/{rng.choice(["1.1.18","1.1.21"])}'],
    }
    return rng.choice(sdk.get(stack, ['Go-http-client/1.1']))

# ---------------------------------------------------------------- timing
class Clock:
    def __init__(self, start, days):
        self.start = start; self.days = days; self.end = start + timedelta(days=days)

    def day_hour(self, rng, tz, hours, weekend=0.6, day_lo=0, day_hi=None):
        """pick a local day/hour using an hourly weight profile; returns UTC datetime."""
        day_hi = self.days - 1 if day_hi is None else day_hi
        for _ in range(20):
            d = rng.randint(day_lo, day_hi)
            base = self.start + timedelta(days=d)
            if base.weekday() >= 5 and rng.random() > weekend:
                continue
            break
        hr = rng.choices(range(24), weights=hours)[0]
        t = base + timedelta(hours=hr - tz, minutes=rng.random() * 60)
        if t < self.start: t += timedelta(days=1)
        if t >= self.end: t -= timedelta(days=1)
        return t

OFFICE = [0,0,0,0,0,0,1,3,8,10,10,9,7,9,10,9,8,5,3,2,1,1,0,0]
EVENING = [1,0,0,0,0,0,1,2,3,3,3,4,5,4,4,4,5,6,8,9,9,8,5,3]
STUDENT = [3,2,1,0,0,0,0,1,2,4,5,5,5,6,6,6,6,6,6,7,8,9,8,6]
NIGHTOWL = [6,6,5,4,2,1,0,0,1,2,3,4,4,4,4,5,5,5,6,6,7,8,8,7]
FLAT = [1] * 24

def iso(t):
    return t.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.') + f'{t.microsecond // 1000:03d}Z'

def ntok(s):
    return max(1, int(len(s) / 3.8))
