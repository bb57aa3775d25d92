"""Shared machinery for the Z blind-world generator: data loading, RNG helpers, networks,
client stacks, time handling, token/latency models and the interaction emitter.
Python 3 stdlib only; everything is deterministic given the world seed."""
import bisect
import datetime as dt
import gzip
import hashlib
import ipaddress
import json
import math
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("SHARED_DATA", os.path.join(HERE, "../../../../shared/data"))
ASN_DIR = os.environ.get("ASN_DIR", os.path.join(HERE, "../../../node_modules/@ip-location-db/asn"))


# ----------------------------------------------------------------------------- rng helpers
def sub_rng(seed, *names):
    h = hashlib.sha256(("|".join([str(seed)] + [str(n) for n in names])).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b32id(rng, n):
    return "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(n))


def lognorm(rng, median, sigma):
    return median * math.exp(rng.gauss(0, sigma))


def wchoice(rng, items):
    """items: list of (value, weight)"""
    tot = sum(w for _, w in items)
    r = rng.random() * tot
    for v, w in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][0]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ----------------------------------------------------------------------------- corpora
class Corpora:
    def __init__(self):
        c = DATA + "/corpora/"
        self.koala = [json.loads(l)["prompt"] for l in open(c + "organic/koala.jsonl")]
        self.arena = [json.loads(l) for l in open(c + "organic/arena-hard-v0.1.jsonl")]
        self.mtbench = [json.loads(l) for l in open(c + "organic/mt-bench.jsonl")]
        self.vicuna = [json.loads(l)["turns"][0] for l in open(c + "organic/vicuna-bench.jsonl")]
        self.userinst = [json.loads(l) for l in open(c + "organic/self-instruct-user-oriented.jsonl")]
        self.hh = []
        for l in gzip.open(c + "organic/hh-rlhf-harmless-test.jsonl.gz", "rt"):
            d = json.loads(l)["chosen"]
            humans = re.findall(r"Human: (.*?)(?=\n\nAssistant:|$)", d, flags=re.S)
            humans = [h.strip() for h in humans if h.strip()]
            if humans:
                self.hh.append(humans)
        self.seed_tasks = [json.loads(l) for l in open(c + "extraction/self-instruct-seed-tasks.jsonl")]
        self.alpaca_prompt = open(c + "extraction/alpaca-generation-prompt.txt").read()
        self.gsm_train = [json.loads(l) for l in gzip.open(c + "extraction/gsm8k-train.jsonl.gz", "rt")]
        self.gsm_test = [json.loads(l) for l in open(c + "extraction/gsm8k-test.jsonl")]
        self.humaneval = [json.loads(l) for l in gzip.open(c + "extraction/humaneval.jsonl.gz", "rt")]
        self.codegen = json.load(gzip.open(c + "extraction/gpteacher-codegen.json.gz", "rt"))
        self.roleplay = json.load(gzip.open(c + "extraction/gpteacher-roleplay.json.gz", "rt"))
        tf = json.load(gzip.open(c + "extraction/gpteacher-toolformer.json.gz", "rt"))
        self.toolformer = []
        for x in tf:
            m = re.search(r"toolformer access: ([^\n]+)", x["instruction"])
            if not m:
                continue
            tools = [t.strip() for t in m.group(1).split(",")]
            task = x["instruction"].strip().split("\n")[-1]
            self.toolformer.append({"tools": tools, "task": task, "input": x.get("input", ""),
                                    "response": x.get("response", "")})
        # arena: split into coding-ish and maths-ish and other
        code_kw = re.compile(r"(code|python|c\+\+|javascript|sql|function|program|script|api|class |regex|"
                             r"typescript|rust|java|bash|docker|react|css|html|algorithm|implement)", re.I)
        math_kw = re.compile(r"(probability|prove|integral|equation|expected value|matrix|number of|"
                             r"calculate|compute|how many|theorem|sum of)", re.I)
        self.arena_code = [a["prompt"] for a in self.arena if code_kw.search(a["prompt"])]
        self.arena_math = [a["prompt"] for a in self.arena if math_kw.search(a["prompt"])
                           and not code_kw.search(a["prompt"])]
        self.arena_other = [a["prompt"] for a in self.arena if not code_kw.search(a["prompt"])
                            and not math_kw.search(a["prompt"])]
        self.azure_code = self._trace("AzureLLMInferenceTrace_code.csv")
        self.azure_conv = self._trace("AzureLLMInferenceTrace_conv.csv")

    def _trace(self, name):
        out = []
        with open(DATA + "/traces/" + name) as f:
            next(f)
            for line in f:
                p = line.strip().split(",")
                if len(p) == 3:
                    out.append((int(p[1]), int(p[2])))
        return out


# ----------------------------------------------------------------------------- networks
class Net:
    """IPv4/IPv6 address sampling by ASN, plus the shared datacenter/VPN lists."""

    def __init__(self, want_asns):
        self.v4 = {}
        self.v6 = {}
        want = set(str(a) for a in want_asns)
        with open(ASN_DIR + "/asn-ipv4.csv") as f:
            for line in f:
                p = line.split(",", 3)
                if p[2] in want:
                    a = int(ipaddress.IPv4Address(p[0]))
                    b = int(ipaddress.IPv4Address(p[1]))
                    if b - a >= 15:
                        self.v4.setdefault(int(p[2]), []).append((a, b))
        with open(ASN_DIR + "/asn-ipv6.csv") as f:
            for line in f:
                p = line.split(",", 3)
                if p[2] in want:
                    a = int(ipaddress.IPv6Address(p[0]))
                    b = int(ipaddress.IPv6Address(p[1]))
                    if b - a > 2 ** 40:
                        self.v6.setdefault(int(p[2]), []).append((a, b))
        self.vpn_cidrs = [l.strip() for l in open(DATA + "/network/vpn-ipv4.txt") if l.strip()]
        self.dc_cidrs = [l.strip() for l in open(DATA + "/network/datacenter-ipv4.txt") if l.strip()]
        self._cum = {}

    def v4_in(self, rng, asn):
        rs = self.v4.get(asn)
        if not rs:
            raise KeyError("no v4 ranges for AS%s" % asn)
        if asn not in self._cum:
            cum, t = [], 0
            for a, b in rs:
                t += math.log2(b - a + 2)
                cum.append(t)
            self._cum[asn] = cum
        cum = self._cum[asn]
        i = bisect.bisect_left(cum, rng.random() * cum[-1])
        a, b = rs[min(i, len(rs) - 1)]
        x = rng.randint(a + 1, max(a + 1, b - 1))
        if x & 0xFF in (0, 255):
            x = (x & ~0xFF) | rng.randint(2, 250)
        return str(ipaddress.IPv4Address(x))

    def v6_in(self, rng, asn):
        rs = self.v6.get(asn)
        if not rs:
            return None
        a, b = pick(rng, rs)
        # pick a /64 inside the range, random interface id
        span = (b - a) >> 64
        net = (a >> 64) + (rng.randrange(span) if span > 0 else 0)
        iid = rng.getrandbits(64) | 0x0200000000000000
        return str(ipaddress.IPv6Address((net << 64) | iid))

    def cidr_ip(self, rng, cidr):
        n = ipaddress.IPv4Network(cidr, strict=False)
        if n.num_addresses <= 2:
            return str(n.network_address)
        return str(n.network_address + rng.randint(1, n.num_addresses - 2))

    def vpn_ip(self, rng):
        return self.cidr_ip(rng, pick(rng, self.vpn_cidrs))

    def dc_ip(self, rng):
        return self.cidr_ip(rng, pick(rng, self.dc_cidrs))


# country -> residential ASNs, mobile ASNs, tz offset hours (representative), email domains
COUNTRIES = {
    "US": dict(res=[7922, 20115, 7018, 701, 22773, 5650, 11427, 20001, 30036, 6128], mob=[21928, 22394],
               tz=[-5, -6, -7, -8, -5, -5, -8], mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com",
                                                      "hotmail.com", "aol.com", "proton.me", "comcast.net"], w=30),
    "CA": dict(res=[812, 577, 852, 6327, 5769], mob=[812, 852], tz=[-5, -8, -7], mail=["gmail.com", "outlook.com",
                                                                                        "yahoo.ca", "hotmail.com",
                                                                                        "icloud.com"], w=5),
    "GB": dict(res=[2856, 5089, 5607], mob=[2856], tz=[0], mail=["gmail.com", "outlook.com", "btinternet.com",
                                                                 "hotmail.co.uk", "yahoo.co.uk", "icloud.com"], w=7),
    "DE": dict(res=[3320, 3209, 8881, 6805], mob=[3320, 6805], tz=[1], mail=["gmail.com", "gmx.de", "web.de",
                                                                             "t-online.de", "posteo.de",
                                                                             "outlook.de"], w=6),
    "FR": dict(res=[3215, 12322], mob=[3215], tz=[1], mail=["gmail.com", "orange.fr", "free.fr", "laposte.net",
                                                            "outlook.fr"], w=4),
    "ES": dict(res=[3352, 12479, 12430], mob=[12430], tz=[1], mail=["gmail.com", "hotmail.es", "outlook.es",
                                                                    "yahoo.es"], w=3),
    "IT": dict(res=[3269, 30722, 1267], mob=[30722, 1267], tz=[1], mail=["gmail.com", "libero.it", "virgilio.it",
                                                                         "hotmail.it"], w=3),
    "NL": dict(res=[1136, 6830], mob=[1136], tz=[1], mail=["gmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com"],
               w=2),
    "SE": dict(res=[1257, 3301], mob=[3301], tz=[1], mail=["gmail.com", "telia.com", "outlook.com"], w=1.5),
    "NO": dict(res=[2119], mob=[2119], tz=[1], mail=["gmail.com", "online.no"], w=1),
    "FI": dict(res=[16086], mob=[16086], tz=[2], mail=["gmail.com", "outlook.com"], w=0.8),
    "CH": dict(res=[3303], mob=[3303], tz=[1], mail=["gmail.com", "bluewin.ch", "proton.me"], w=1.2),
    "IN": dict(res=[55836, 9498, 24560, 9829], mob=[55836, 45609], tz=[5.5], mail=["gmail.com", "yahoo.in",
                                                                                  "rediffmail.com",
                                                                                  "outlook.com"], w=9),
    "JP": dict(res=[2516, 4713, 17676], mob=[9605, 17676], tz=[9], mail=["gmail.com", "yahoo.co.jp",
                                                                         "docomo.ne.jp", "icloud.com"], w=3),
    "KR": dict(res=[4766, 9318], mob=[4766], tz=[9], mail=["naver.com", "gmail.com", "daum.net"], w=3),
    "TW": dict(res=[3462], mob=[3462], tz=[8], mail=["gmail.com", "yahoo.com.tw"], w=1.2),
    "VN": dict(res=[7552, 45899], mob=[7552], tz=[7], mail=["gmail.com"], w=1.5),
    "MY": dict(res=[4788], mob=[4788], tz=[8], mail=["gmail.com", "yahoo.com"], w=0.8),
    "AU": dict(res=[1221], mob=[1221], tz=[10], mail=["gmail.com", "bigpond.com", "outlook.com"], w=2.5),
    "BR": dict(res=[28573, 26599, 27699, 18881], mob=[26599], tz=[-3], mail=["gmail.com", "hotmail.com",
                                                                           "outlook.com", "uol.com.br"], w=4),
    "MX": dict(res=[8151, 13999], mob=[8151], tz=[-6], mail=["gmail.com", "hotmail.com", "outlook.com"], w=2),
    "AR": dict(res=[7303], mob=[7303], tz=[-3], mail=["gmail.com", "hotmail.com"], w=1),
}
UNIVERSITY_ASNS = {3: ("US", -5), 25: ("US", -8), 9: ("US", -5), 239: ("CA", -5), 786: ("GB", 0),
                   559: ("CH", 1), 12816: ("DE", 1), 7575: ("AU", 10), 2907: ("JP", 9), 38: ("US", -6),
                   32: ("US", -8)}
CLOUD = {"aws": 16509, "aws2": 14618, "gcp": 396982, "azure": 8075, "do": 14061, "hetzner": 24940,
         "ovh": 16276, "linode": 63949, "vultr": 20473, "oracle": 31898, "alibaba": 45102, "tencent": 132203,
         "ibm": 36351, "clouvider": 62240, "cloudflare": 13335, "godaddy": 398101, "he": 6939}
VPN_ASNS = [9009, 212238, 60068, 136787]
TRANSIT = [174, 3257]


def all_asns():
    s = set()
    for c in COUNTRIES.values():
        s.update(c["res"])
        s.update(c["mob"])
    s.update(UNIVERSITY_ASNS)
    s.update(CLOUD.values())
    s.update(VPN_ASNS)
    s.update(TRANSIT)
    return s


# ----------------------------------------------------------------------------- client stacks
def _h(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def ja4_synth(head, tag):
    return "%s_%s_%s" % (head, _h(tag + "/ciphers"), _h(tag + "/exts"))


JA4 = {
    "chrome": ["t13d1516h2_8daaf6152771_02713d6af862", "t13d1516h2_8daaf6152771_e5627efa2ab1"],
    "chrome_mlkem": ["t13d1517h2_8daaf6152771_b1ff8ab2d16f"],
    "firefox": ["t13d1715h2_5b57614c22b0_3d5424432f57", "t13d1716h2_5b57614c22b0_eeeea6562960"],
    "safari": ["t13d2014h2_a09f3c656075_14788d8d241b"],
    "safari_ios": ["t13d2014h2_a09f3c656075_e42f34c56612"],
    "py_openssl3_h1": [ja4_synth("t13d3112h1", "py-openssl3-alpn"), ja4_synth("t13d3113h1", "py-openssl3.2-alpn")],
    "py_openssl3_noalpn": [ja4_synth("t13d311100", "py-openssl3"), ja4_synth("t13d311200", "py-openssl3.2")],
    "py_openssl11_noalpn": [ja4_synth("t13d471000", "py-openssl1.1")],
    "py_h2": [ja4_synth("t13d3113h2", "py-openssl3-h2")],
    "node": [ja4_synth("t13d1712h1", "node20-undici"), ja4_synth("t13d1713h1", "node22-undici")],
    "node_axios": [ja4_synth("t13d171200", "node-https-noalpn")],
    "go": [ja4_synth("t13d1311h2", "go-1.22"), ja4_synth("t13d1312h2", "go-1.23")],
    "go_h1": [ja4_synth("t13d1310h1", "go-h1")],
    "curl_linux": [ja4_synth("t13d3112h2", "curl-openssl3"), ja4_synth("t13d3113h2", "curl-openssl3.3")],
    "curl_win": [ja4_synth("t13d2111h2", "curl-schannel-win")],
    "curl_mac": [ja4_synth("t13d3012h2", "curl-libressl-mac")],
    "okhttp": [ja4_synth("t13d1614h2", "okhttp-conscrypt"), ja4_synth("t13d1615h2", "okhttp-conscrypt-a14")],
    "cfnetwork": [ja4_synth("t13d2014h2", "cfnetwork-ios17"), ja4_synth("t13d2015h2", "cfnetwork-ios18")],
    "dotnet_win": [ja4_synth("t13d2210h2", "dotnet-schannel")],
    "rust_rustls": [ja4_synth("t13d0910h2", "rustls-0.23")],
    "java": [ja4_synth("t13d4212h2", "java17-httpclient"), ja4_synth("t13d4313h2", "java21-httpclient")],
    "zscaler": [ja4_synth("t13d1711h2", "zscaler-proxy")],
    "netskope": [ja4_synth("t13d1912h2", "netskope-proxy")],
    "bluecoat": [ja4_synth("t12d1809h1", "bluecoat-proxy-tls12")],
    "ruby": [ja4_synth("t13d301100", "ruby-net-http")],
    "php": [ja4_synth("t13d3111h2", "php-curl")],
    "electron": ["t13d1516h2_8daaf6152771_02713d6af862"],
}

CHROME_V = list(range(128, 139))
FF_V = list(range(128, 138))


def browser_ua(rng, kind):
    cv = pick(rng, CHROME_V)
    if kind == "chrome_win":
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % cv
    if kind == "chrome_mac":
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % cv
    if kind == "chrome_linux":
        return "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % cv
    if kind == "chrome_android":
        return "Mozilla/5.0 (Linux; Android %d; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36" % (pick(rng, [12, 13, 14, 15]), cv)
    if kind == "edge_win":
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0" % (cv, cv)
    if kind == "firefox_win":
        v = pick(rng, FF_V)
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (v, v)
    if kind == "firefox_linux":
        v = pick(rng, FF_V)
        return "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (v, v)
    if kind == "firefox_mac":
        v = pick(rng, FF_V)
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (v, v)
    if kind == "safari_mac":
        v = pick(rng, ["17.4.1", "17.5", "17.6", "18.0", "18.1", "18.2", "18.3"])
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15" % v
    if kind == "safari_ios":
        v = pick(rng, ["17_5", "17_6", "18_0", "18_1", "18_2", "18_3"])
        return "Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1" % (v, v.replace("_", "."))
    raise ValueError(kind)


BROWSER_JA4 = {"chrome_win": "chrome", "chrome_mac": "chrome", "chrome_linux": "chrome", "chrome_android": "chrome",
               "edge_win": "chrome", "firefox_win": "firefox", "firefox_linux": "firefox", "firefox_mac": "firefox",
               "safari_mac": "safari", "safari_ios": "safari_ios"}

PY_VERS = ["3.9", "3.10", "3.11", "3.12", "3.13"]
OPENAI_PY = ["1.40.6", "1.45.0", "1.51.2", "1.54.4", "1.57.0", "1.59.7", "1.61.1", "1.63.2", "1.66.3"]
ANTH_PY = ["0.34.2", "0.37.1", "0.39.0", "0.42.0", "0.45.2", "0.49.0"]
OPENAI_JS = ["4.56.0", "4.67.3", "4.73.1", "4.77.0", "4.85.1"]
ANTH_JS = ["0.27.3", "0.32.1", "0.33.1", "0.36.3", "0.39.0"]


class Stack:
    """A client stack pinned for one account/client: user agent, JA4, API style, behaviour."""
    __slots__ = ("name", "ua", "ja4", "endpoint", "sends_conv", "stream_p")

    def __init__(self, name, ua, ja4, endpoint, sends_conv=0.5, stream_p=0.3):
        self.name, self.ua, self.ja4, self.endpoint = name, ua, ja4, endpoint
        self.sends_conv, self.stream_p = sends_conv, stream_p


def make_stack(rng, kind, app=None):
    """kind -> pinned Stack. `app` is an optional product name for app-embedded stacks."""
    if kind in BROWSER_JA4:
        fam = BROWSER_JA4[kind]
        if fam == "chrome" and rng.random() < 0.35:
            fam = "chrome_mlkem"
        return Stack(kind, browser_ua(rng, kind), pick(rng, JA4[fam]), pick(rng, ["/v1/chat/completions", "/v1/messages"]),
                     sends_conv=0.95, stream_p=0.95)
    if kind == "openai_py":
        return Stack(kind, "OpenAI/Python " + pick(rng, OPENAI_PY), pick(rng, JA4["py_openssl3_h1"]),
                     "/v1/chat/completions", 0.35, 0.3)
    if kind == "anthropic_py":
        return Stack(kind, "Anthropic/Python " + pick(rng, ANTH_PY), pick(rng, JA4["py_openssl3_h1"]),
                     "/v1/messages", 0.35, 0.3)
    if kind == "openai_js":
        return Stack(kind, "OpenAI/JS " + pick(rng, OPENAI_JS), pick(rng, JA4["node"]), "/v1/chat/completions",
                     0.5, 0.6)
    if kind == "anthropic_js":
        return Stack(kind, "Anthropic/JS " + pick(rng, ANTH_JS), pick(rng, JA4["node"]), "/v1/messages", 0.5, 0.6)
    if kind == "requests":
        v = pick(rng, ["2.28.2", "2.31.0", "2.32.2", "2.32.3"])
        fam = "py_openssl11_noalpn" if rng.random() < 0.15 else "py_openssl3_noalpn"
        return Stack(kind, "python-requests/" + v, pick(rng, JA4[fam]), pick(rng, ["/v1/chat/completions",
                                                                                   "/v1/messages"]), 0.1, 0.0)
    if kind == "httpx":
        return Stack(kind, "python-httpx/" + pick(rng, ["0.25.2", "0.26.0", "0.27.0", "0.27.2", "0.28.1"]),
                     pick(rng, JA4["py_openssl3_h1"]), pick(rng, ["/v1/chat/completions", "/v1/messages"]), 0.1, 0.2)
    if kind == "aiohttp":
        return Stack(kind, "Python/%s aiohttp/%s" % (pick(rng, PY_VERS), pick(rng, ["3.9.5", "3.10.5", "3.11.11"])),
                     pick(rng, JA4["py_openssl3_noalpn"]), pick(rng, ["/v1/chat/completions", "/v1/messages"]), 0.1, 0.1)
    if kind == "litellm":
        return Stack(kind, "OpenAI/Python " + pick(rng, OPENAI_PY), pick(rng, JA4["py_openssl3_h1"]),
                     "/v1/chat/completions", 0.2, 0.5)
    if kind == "go":
        return Stack(kind, pick(rng, ["Go-http-client/2.0", "Go-http-client/2.0", "Go-http-client/1.1"]),
                     pick(rng, JA4["go"]), pick(rng, ["/v1/chat/completions", "/v1/messages"]), 0.1, 0.2)
    if kind == "curl_linux":
        return Stack(kind, "curl/" + pick(rng, ["7.81.0", "7.88.1", "8.5.0", "8.9.1", "8.11.1"]),
                     pick(rng, JA4["curl_linux"]), pick(rng, ["/v1/chat/completions", "/v1/messages"]), 0.0, 0.1)
    if kind == "curl_win":
        return Stack(kind, "curl/" + pick(rng, ["8.4.0", "8.7.1", "8.9.1"]), JA4["curl_win"][0],
                     pick(rng, ["/v1/chat/completions", "/v1/messages"]), 0.0, 0.0)
    if kind == "curl_mac":
        return Stack(kind, "curl/8.7.1", JA4["curl_mac"][0], pick(rng, ["/v1/chat/completions", "/v1/messages"]),
                     0.0, 0.0)
    if kind == "axios":
        return Stack(kind, "axios/" + pick(rng, ["1.6.8", "1.7.4", "1.7.7", "1.7.9"]), JA4["node_axios"][0],
                     "/v1/chat/completions", 0.3, 0.2)
    if kind == "node_fetch":
        return Stack(kind, pick(rng, ["node", "undici", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"]),
                     pick(rng, JA4["node"]), pick(rng, ["/v1/chat/completions", "/v1/messages"]), 0.3, 0.5)
    if kind == "okhttp":
        name = app or "okhttp"
        ua = "okhttp/" + pick(rng, ["4.9.3", "4.11.0", "4.12.0"]) if not app else \
            "%s/%s (Android %d; %s) okhttp/4.12.0" % (app, pick(rng, ["2.3.1", "2.4.0", "3.0.2", "1.9.8"]),
                                                      pick(rng, [12, 13, 14, 15]),
                                                      pick(rng, ["Pixel 7", "SM-S918B", "SM-A546E", "moto g84",
                                                                 "Redmi Note 12", "Pixel 8a", "CPH2451"]))
        return Stack(kind, ua, pick(rng, JA4["okhttp"]), "/v1/chat/completions", 0.9, 0.8)
    if kind == "cfnetwork":
        a = app or "ChatPad"
        ua = "%s/%s CFNetwork/%s Darwin/%s" % (a, pick(rng, ["1.4.2", "2.0.1", "2.1", "3.2.0"]),
                                               pick(rng, ["1494.0.7", "1496.0.7", "1568.100.1"]),
                                               pick(rng, ["23.4.0", "23.5.0", "24.0.0", "24.1.0"]))
        return Stack(kind, ua, pick(rng, JA4["cfnetwork"]), "/v1/messages", 0.9, 0.8)
    if kind == "dotnet":
        ua = pick(rng, [None, "azsdk-net-AI.OpenAI/2.0.0 (.NET 8.0.8; Microsoft Windows 10.0.22631)",
                        "azsdk-net-AI.OpenAI/2.1.0 (.NET 8.0.11; Microsoft Windows 10.0.20348)"])
        return Stack(kind, ua, JA4["dotnet_win"][0], "/v1/chat/completions", 0.3, 0.2)
    if kind == "rust":
        return Stack(kind, pick(rng, [None, "reqwest/0.12", "async-openai/0.26"]), JA4["rust_rustls"][0],
                     "/v1/chat/completions", 0.2, 0.5)
    if kind == "java":
        return Stack(kind, "Java-http-client/" + pick(rng, ["17.0.10", "17.0.12", "21.0.4", "21.0.5"]),
                     pick(rng, JA4["java"]), "/v1/chat/completions", 0.2, 0.1)
    if kind == "okhttp_plain":
        return Stack(kind, "okhttp/4.12.0", pick(rng, JA4["okhttp"]), "/v1/chat/completions", 0.2, 0.1)
    if kind == "ruby":
        return Stack(kind, pick(rng, ["Ruby", "Faraday v2.9.0", "ruby-openai/7.1.0"]), JA4["ruby"][0],
                     "/v1/chat/completions", 0.2, 0.1)
    if kind == "php":
        return Stack(kind, pick(rng, ["GuzzleHttp/7", "openai-php/client v0.10.1"]), JA4["php"][0],
                     "/v1/chat/completions", 0.2, 0.1)
    if kind == "cli_agent":
        ua = "cirrus-cli/%s (%s; %s) node/%s" % (pick(rng, ["1.2.0", "1.3.4", "1.4.1", "1.4.2", "1.5.0"]),
                                                 pick(rng, ["darwin", "linux", "win32"]), pick(rng, ["arm64", "x64"]),
                                                 pick(rng, ["20.11.1", "22.3.0", "22.11.0"]))
        return Stack(kind, ua, pick(rng, JA4["node"]), "/v1/messages", 1.0, 0.95)
    if kind == "ide_plugin":
        ua = "%s/%s" % (pick(rng, ["cirrus-vscode", "cirrus-jetbrains", "Continue"]), pick(rng, ["0.8.3", "0.9.1", "1.0.2"]))
        return Stack(kind, ua, pick(rng, JA4["electron"] + JA4["node"]), "/v1/messages", 1.0, 0.95)
    if kind == "postman":
        return Stack(kind, "PostmanRuntime/" + pick(rng, ["7.39.0", "7.42.0", "7.43.0"]), pick(rng, JA4["node"]),
                     pick(rng, ["/v1/chat/completions", "/v1/messages"]), 0.0, 0.0)
    if kind == "desktop_app":
        a = app or pick(rng, ["ChatBox", "Msty", "BoltAI", "Jan"])
        ua = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) %s/%s Chrome/%d.0.0.0 Electron/%d.0.0 Safari/537.36" % (
            a, pick(rng, ["1.9.8", "1.10.2", "1.4.0"]), pick(rng, [124, 126, 128]), pick(rng, [30, 31, 32]))
        return Stack(kind, ua, JA4["electron"][0], pick(rng, ["/v1/chat/completions", "/v1/messages"]), 0.95, 0.95)
    raise ValueError(kind)


def proxied(stack, proxy):
    """TLS-intercepting corporate proxy: the edge sees the proxy's ClientHello, UA untouched."""
    return Stack(stack.name + "+" + proxy, stack.ua, JA4[proxy][0], stack.endpoint, stack.sends_conv, stack.stream_p)


# ----------------------------------------------------------------------------- time
def parse_day(s):
    return dt.datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=dt.timezone.utc)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


DIURNAL = {
    # relative weight by local hour 0..23
    "human": [2, 1, .6, .4, .3, .4, 1, 2.5, 4, 5, 6, 6, 5, 5.5, 6, 6, 5.5, 5, 5, 5.5, 6, 5.5, 4.5, 3],
    "office": [.2, .1, .1, .1, .1, .2, .6, 2, 6, 9, 10, 10, 7, 8, 10, 10, 9, 7, 3, 1.5, 1, .8, .5, .3],
    "evening": [4, 2.5, 1.2, .5, .3, .2, .4, .8, 1.2, 1.5, 2, 2, 2, 2, 2, 2.2, 2.5, 3.5, 5, 6.5, 7, 7, 6.5, 5.5],
    "student": [5, 4, 2.5, 1.2, .5, .3, .3, .6, 1.5, 3, 4, 4.5, 4, 5, 5.5, 5.5, 5, 4.5, 4.5, 5.5, 6.5, 7, 7, 6.5],
    "flat": [1] * 24,
    "night": [6, 7, 8, 8, 7, 5, 2, 1, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, 1, 2, 3, 4],
}


def sample_hour(rng, profile):
    w = DIURNAL[profile]
    return wchoice(rng, list(enumerate(w)))


def local_time_on_day(rng, period_start, day_idx, tz, profile):
    """UTC datetime for a moment on local day `day_idx` drawn from the profile."""
    h = sample_hour(rng, profile)
    local_midnight = period_start + dt.timedelta(days=day_idx)
    t = local_midnight + dt.timedelta(hours=h - tz, seconds=rng.random() * 3600)
    return t


def is_weekend(period_start, day_idx):
    return (period_start + dt.timedelta(days=day_idx)).weekday() >= 5


# ----------------------------------------------------------------------------- tokens / latency
def ntok(text):
    if not text:
        return 0
    # rough BPE length: ~3.9 chars/token for English prose, denser for code
    n = len(text)
    code_chars = text.count("{") + text.count("(") + text.count("=") + text.count("\n")
    return max(1, int(n / 3.9 + code_chars * 0.35))


OUT_MEDIAN = {"chat": 330, "short": 70, "cot_math": 420, "code": 700, "agent_step": 140, "judge": 260,
              "bulk_gen": 2300, "creative": 950, "summary": 320, "eval": 260, "reason_long": 1400,
              "extract": 180, "translate": 380, "classify": 25, "pairwise": 320, "taxonomy": 1100}
OUT_SIGMA = {"short": 0.6, "classify": 0.5, "bulk_gen": 0.35}
REASON_MEDIAN = {"cot_math": 1600, "code": 3200, "reason_long": 5200, "judge": 900, "taxonomy": 2600,
                 "chat": 700, "eval": 1500, "pairwise": 1100, "agent_step": 400, "bulk_gen": 1200, "summary": 500,
                 "creative": 900, "short": 200, "extract": 300, "translate": 300, "classify": 120}

MODELS = {
    "pro": "cirrus-2-pro", "flash": "cirrus-2-flash", "think": "cirrus-2-think",
    "pro_snap": "cirrus-2-pro-2026-01-20", "old": "cirrus-1.5-pro", "mini": "cirrus-2-flash-lite",
}
TPS = {"cirrus-2-pro": 62, "cirrus-2-flash": 150, "cirrus-2-think": 75, "cirrus-2-pro-2026-01-20": 62,
       "cirrus-1.5-pro": 48, "cirrus-2-flash-lite": 210}


# ----------------------------------------------------------------------------- emitter
class World:
    def __init__(self, seed, start, days, name):
        self.seed, self.start, self.days, self.name = seed, start, days, name
        self.end = start + dt.timedelta(days=days)
        self.accounts = []
        self.labels = []
        self.rows = []
        self.rng = sub_rng(seed, "world")
        self.used_ids = set()
        self.meta = []  # (group, label, campaign, persona, n_accounts, description)

    def new_id(self, prefix, n=14):
        while True:
            x = prefix + b32id(self.rng, n)
            if x not in self.used_ids:
                self.used_ids.add(x)
                return x

    def add_account(self, created_at, email_domain, country, tier, label, persona, campaign=None, org_id=None,
                    payment=None, signup_ip=None, verified=False):
        aid = self.new_id("acct_", 16)
        self.accounts.append({"account_id": aid, "created_at": iso(created_at), "org_id": org_id,
                              "email_domain": email_domain, "payment_fingerprint": payment,
                              "signup_ip": signup_ip, "country": country, "tier": tier, "verified": verified})
        self.labels.append({"account_id": aid, "label": label, "campaign": campaign, "persona": persona})
        return aid

    def card(self):
        return "pf_" + hexid(self.rng, 24)

    def in_period(self, t):
        return self.start <= t < self.end


class Req:
    """One request to emit; fill attributes then call emit()."""
    __slots__ = ("t", "acct", "key", "ip", "stack", "model", "conv", "turn", "system", "prompt", "tools", "kind",
                 "max_tokens", "temperature", "stream", "endpoint", "ctx_tokens", "reasoning", "out_scale",
                 "in_override", "out_override", "err_p", "ratelimit_p", "retry", "ua_override", "ja4_override")

    def __init__(self, **kw):
        for s in self.__slots__:
            setattr(self, s, None)
        self.ctx_tokens = 0
        self.reasoning = False
        self.out_scale = 1.0
        self.err_p = 0.008
        self.ratelimit_p = 0.004
        self.retry = True
        for k, v in kw.items():
            setattr(self, k, v)


def emit(world, rng, r):
    """Append one (or, with a 429 + retry, two) interaction rows. Returns the output tokens produced
    (0 on error) and the end time, so callers can grow context and pace follow-ups."""
    st = r.stack
    endpoint = r.endpoint or st.endpoint
    model = r.model
    system = r.system
    in_tok = r.in_override if r.in_override is not None else ntok(r.prompt) + ntok(system) + (r.ctx_tokens or 0)
    if r.tools:
        in_tok += 60 * len(r.tools) + 40
    in_tok += 8 if endpoint == "/v1/messages" else 12
    max_tokens = r.max_tokens
    if endpoint == "/v1/messages" and max_tokens is None:
        max_tokens = pick(rng, [1024, 2048, 4096, 4096, 8192])
    temp = r.temperature
    stream = r.stream if r.stream is not None else (rng.random() < st.stream_p)
    kind = r.kind or "chat"
    think = model == MODELS["think"] or r.reasoning
    status = 200
    x = rng.random()
    if x < r.ratelimit_p:
        status = 429
    elif x < r.ratelimit_p + r.err_p * 0.45:
        status = 400
    elif x < r.ratelimit_p + r.err_p * 0.8:
        status = 500
    elif x < r.ratelimit_p + r.err_p:
        status = 529 if endpoint == "/v1/messages" else 503
    if r.out_override is not None:
        out = r.out_override
    else:
        out = int(lognorm(rng, OUT_MEDIAN.get(kind, 300) * (r.out_scale or 1.0), OUT_SIGMA.get(kind, 0.55)))
    reas = None
    if think:
        reas = int(lognorm(rng, REASON_MEDIAN.get(kind, 1000), 0.6))
        if max_tokens:
            reas = min(reas, int(max_tokens * 0.8))
    if max_tokens:
        out = min(out, max(16, max_tokens - (reas or 0)))
    out = max(1, out)
    tps = TPS.get(model, 60) * rng.uniform(0.75, 1.2)
    ttft = lognorm(rng, 420 + in_tok * 0.04, 0.35)
    latency = int(ttft + ((out + (reas or 0)) / tps) * 1000)
    if status != 200:
        lat = int(lognorm(rng, 90 if status == 429 else (40 if status == 400 else 2500), 0.5))
        rows_out, reas_out, lat_out = 0, (0 if think else None), lat
    else:
        rows_out, reas_out, lat_out = out, reas, latency
    row = {
        "id": "req_" + hexid(world.rng, 24),
        "ts": iso(r.t),
        "account_id": r.acct,
        "api_key_id": r.key,
        "ip": r.ip,
        "user_agent": r.ua_override if r.ua_override is not None else st.ua,
        "tls_ja4": r.ja4_override or st.ja4,
        "endpoint": endpoint,
        "model": model,
        "conversation_id": r.conv,
        "turn": r.turn,
        "system": system,
        "prompt": r.prompt,
        "tool_names": r.tools,
        "response": None,
        "input_tokens": in_tok if status != 400 else in_tok,
        "output_tokens": rows_out,
        "reasoning_tokens": reas_out,
        "max_tokens": max_tokens,
        "temperature": temp,
        "stream": stream,
        "status": status,
        "latency_ms": lat_out,
    }
    if world.in_period(r.t):
        world.rows.append(row)
    if status == 429 and r.retry:
        # client backs off and retries the same request
        r2 = Req(**{s: getattr(r, s) for s in Req.__slots__})
        r2.t = r.t + dt.timedelta(seconds=rng.uniform(1.5, 40))
        r2.ratelimit_p = r.ratelimit_p * 0.5
        r2.err_p = 0.002
        return emit(world, rng, r2)
    if status != 200:
        return 0, r.t + dt.timedelta(milliseconds=lat_out)
    return out, r.t + dt.timedelta(milliseconds=lat_out)
