"""Loading of corpora, network ranges and traces (stdlib only)."""
import csv, gzip, json, ipaddress, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN = os.environ.get('ASN_CSV', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv'))


def _jl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def _js(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return json.load(f)


class Corpora:
    def __init__(self):
        c = D + '/corpora/'
        self.koala = [x['prompt'] for x in _jl(c + 'organic/koala.jsonl')]
        self.arena = _jl(c + 'organic/arena-hard-v0.1.jsonl')
        self.mtbench = _jl(c + 'organic/mt-bench.jsonl')
        self.vicuna = [x['turns'][0] for x in _jl(c + 'organic/vicuna-bench.jsonl')]
        hh = _jl(c + 'organic/hh-rlhf-harmless-test.jsonl.gz')
        self.hh = []
        for x in hh:
            turns = re.split(r'\n\nHuman: ', x['chosen'])
            hs = [t.split('\n\nAssistant:')[0].strip() for t in turns if t.strip()]
            hs = [h for h in hs if 3 < len(h) < 600]
            if hs:
                self.hh.append(hs)
        self.user_or = _jl(c + 'organic/self-instruct-user-oriented.jsonl')
        self.seed = _jl(c + 'extraction/self-instruct-seed-tasks.jsonl')
        self.alpaca = open(c + 'extraction/alpaca-generation-prompt.txt', encoding='utf-8').read()
        self.codegen = _js(c + 'extraction/gpteacher-codegen.json.gz')
        self.roleplay = _js(c + 'extraction/gpteacher-roleplay.json.gz')
        self.toolf = _js(c + 'extraction/gpteacher-toolformer.json.gz')
        self.gsm_train = _jl(c + 'extraction/gsm8k-train.jsonl.gz')
        self.gsm_test = _jl(c + 'extraction/gsm8k-test.jsonl')
        self.humaneval = _jl(c + 'extraction/humaneval.jsonl.gz')
        code_kw = re.compile(r'code|python|program|function|sql|javascript|c\+\+|script|regex|api|class|typescript|rust|bash|query|algorithm|implement', re.I)
        self.arena_code = [a['prompt'] for a in self.arena if code_kw.search(a['prompt'] + a['cluster'])]
        self.arena_other = [a['prompt'] for a in self.arena if not code_kw.search(a['prompt'] + a['cluster'])]


def _cidrs(path):
    out = []
    for l in open(path):
        l = l.split('#')[0].strip()
        if l:
            try:
                out.append(ipaddress.ip_network(l, strict=False))
            except ValueError:
                pass
    return out


CATS = {
    'resid_us': r'Comcast|Charter Communications|Cox Communications|Frontier Communications|CenturyLink|Verizon Business|AT&T Services|Spectrum|Windstream|Mediacom|Optimum|Altice',
    'resid_eu': r'Deutsche Telekom|Orange S\.?A|British Telecommunications|Free SAS|Telefonica de Espana|Virgin Media|Sky UK|Proximus|Swisscom|Telia|KPN|Vodafone GmbH|Telecom Italia|Bouygues|SFR',
    'resid_ap': r'Telstra|Optus|KDDI|NTT Communications|Chunghwa|Korea Telecom|SK Broadband|Singtel|Bharti Airtel|BSNL|PLDT|Viettel|TPG',
    'resid_am': r'Rogers|Bell Canada|Shaw|Telus|Telmex|Claro|Vivo|Telecom Argentina',
    'mobile': r'T-Mobile|Cellco|Verizon Wireless|Reliance Jio|Vodafone Idea|Telefonica Moviles|AT&T Mobility|Sprint|Three|EE Limited|Airtel|Jio',
    'univ': r'University|Universitaet|Universite|College|Institute of Technology',
    'cloud_aws': r'^Amazon',
    'cloud_gcp': r'^Google',
    'cloud_az': r'^Microsoft',
    'cloud_misc': r'DigitalOcean|Hetzner|OVH|Linode|Akamai|Vultr|Choopa|Oracle|Scaleway|Contabo',
}


class Net:
    def __init__(self):
        self.cat = {k: [] for k in CATS}
        rx = {k: re.compile(v) for k, v in CATS.items()}
        with open(ASN, encoding='utf-8') as f:
            for row in csv.reader(f):
                s, e, asn, org = row
                for k, r in rx.items():
                    if r.search(org):
                        a, b = int(ipaddress.IPv4Address(s)), int(ipaddress.IPv4Address(e))
                        if b - a >= 16:
                            self.cat[k].append((a, b, org))
                        break
        self.dc = [n for n in _cidrs(D + '/network/datacenter-ipv4.txt') if n.num_addresses >= 64]
        self.vpn = [n for n in _cidrs(D + '/network/vpn-ipv4.txt') if n.num_addresses >= 32]
        self.dc6 = [n for n in _cidrs(D + '/network/datacenter-ipv6.txt') if n.prefixlen <= 64]

    def ip(self, rng, cat):
        if cat == 'dc':
            n = rng.choice(self.dc)
            return str(n.network_address + rng.randrange(1, n.num_addresses - 1))
        if cat == 'vpn':
            n = rng.choice(self.vpn)
            return str(n.network_address + rng.randrange(1, n.num_addresses - 1))
        if cat == 'dc6':
            n = rng.choice(self.dc6)
            return str(n.network_address + rng.getrandbits(48))
        a, b, org = rng.choice(self.cat[cat])
        return str(ipaddress.IPv4Address(rng.randint(a + 1, b - 1)))

    def subnet(self, rng, cat, size=256):
        """Return a function producing IPs inside one small block (for a NAT pool / proxy /24)."""
        if cat in ('dc', 'vpn'):
            n = rng.choice(self.dc if cat == 'dc' else self.vpn)
            base = int(n.network_address) + (rng.randrange(0, max(1, n.num_addresses - size)) // 256) * 256
        else:
            a, b, org = rng.choice([x for x in self.cat[cat] if x[1] - x[0] >= size] or self.cat[cat])
            base = a + (rng.randrange(0, max(1, b - a - size)) // 256) * 256
        return lambda r: str(ipaddress.IPv4Address(base + r.randrange(1, min(size, 254))))


def traces():
    out = {}
    for k in ('code', 'conv'):
        rows = []
        with open(D + '/traces/AzureLLMInferenceTrace_%s.csv' % k) as f:
            r = csv.reader(f)
            next(r)
            for row in r:
                rows.append((int(row[1]), int(row[2])))
        out[k] = rows
    return out
