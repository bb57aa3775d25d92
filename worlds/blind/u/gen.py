#!/usr/bin/env python3
"""Blind traffic-world generator (stdlib only, deterministic given --seed).

usage: python3 gen.py --seed N --out DIR [--days D]
"""
import argparse, bisect, csv, gzip, hashlib, json, math, os, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data'))
ASN = os.path.join(os.environ.get('ASN_DIR', os.path.join(HERE, '../../../node_modules/@ip-location-db/asn')), 'asn-ipv4-num.csv')

# ----------------------------------------------------------------------------- corpora
def jl(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def jload(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        return json.load(f)

def load_corpora():
    C = {}
    o = DATA + "/corpora/organic/"; e = DATA + "/corpora/extraction/"
    C["arena"] = [r["prompt"] for r in jl(o + "arena-hard-v0.1.jsonl")]
    C["koala"] = [r["prompt"] for r in jl(o + "koala.jsonl")]
    C["mt"] = [r for r in jl(o + "mt-bench.jsonl")]
    C["vicuna"] = [r["turns"][0] for r in jl(o + "vicuna-bench.jsonl")]
    hh = []
    for r in jl(o + "hh-rlhf-harmless-test.jsonl.gz"):
        turns = [t.split("\n\nAssistant:")[0].strip() for t in r["chosen"].split("\n\nHuman:")[1:]]
        turns = [t for t in turns if t]
        if turns:
            hh.append(turns)
    C["hh"] = hh
    uo = []
    for r in jl(o + "self-instruct-user-oriented.jsonl"):
        for inst in r["instances"]:
            uo.append((r["motivation_app"], r["instruction"], inst.get("input", ""), inst.get("output", "")))
    C["useror"] = uo
    C["seed"] = jl(e + "self-instruct-seed-tasks.jsonl")
    C["alpaca"] = open(e + "alpaca-generation-prompt.txt", encoding="utf-8").read()
    C["codegen"] = jload(e + "gpteacher-codegen.json.gz")
    C["roleplay"] = jload(e + "gpteacher-roleplay.json.gz")
    C["toolf"] = jload(e + "gpteacher-toolformer.json.gz")
    C["gsm_train"] = jl(e + "gsm8k-train.jsonl.gz")
    C["gsm_test"] = jl(e + "gsm8k-test.jsonl")
    C["humaneval"] = jl(e + "humaneval.jsonl.gz")
    tr = []
    for fn in ("AzureLLMInferenceTrace_conv.csv", "AzureLLMInferenceTrace_code.csv"):
        with open(DATA + "/traces/" + fn) as f:
            rd = csv.reader(f); next(rd)
            rows = [(int(a[1]), int(a[2])) for a in rd]
        tr.append(rows)
    C["trace_conv"], C["trace_code"] = tr
    C["libua"] = [l.strip() for l in open(DATA + "/network/http-library-user-agents.txt") if l.strip()]
    return C

# ----------------------------------------------------------------------------- ip pools
def ip2s(n):
    return "%d.%d.%d.%d" % ((n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255)

def cidr_ranges(path):
    out = []
    for l in open(path):
        l = l.strip()
        if not l or ":" in l or "/" not in l:
            continue
        a, m = l.split("/"); m = int(m)
        p = [int(x) for x in a.split(".")]
        s = (p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]
        out.append((s, s + (1 << (32 - m)) - 1))
    return out

POOL_PATTERNS = {
    # residential by country
    "res:US": ["Comcast Cable", "Charter Communications", "Cox Communications", "Verizon Business", "AT&T Services"],
    "res:DE": ["Deutsche Telekom"], "res:GB": ["British Telecommunications", "Sky UK", "Virgin Media"],
    "res:FR": ["Orange S.A.", "Free SAS"], "res:ES": ["Telefonica de Espana"], "res:CA": ["Rogers Communications", "Bell Canada"],
    "res:IN": ["Reliance Jio", "Bharti Airtel"], "res:JP": ["KDDI", "NTT Communications"], "res:KR": ["Korea Telecom"],
    "res:AU": ["Telstra", "Optus"], "res:BR": ["Claro"], "res:MX": ["Telmex", "Uninet"], "res:CN": ["China Telecom", "China Unicom"],
    "res:VN": ["Viettel"], "res:CH": ["Swisscom"], "res:NL": ["KPN"], "res:PL": ["Orange Polska"],
    "mobile": ["T-Mobile USA", "Verizon Wireless", "Reliance Jio", "Vodafone", "Telefonica Moviles"],
    "uni": ["University"],
    "cloud:aws": ["Amazon.com", "Amazon Technologies"], "cloud:gcp": ["Google LLC", "Google Cloud"],
    "cloud:azure": ["Microsoft Corporation"], "cloud:do": ["DigitalOcean"], "cloud:hetzner": ["Hetzner"],
    "cloud:ovh": ["OVH"], "cloud:oracle": ["Oracle Corporation"], "cloud:ali": ["Alibaba"], "cloud:tencent": ["Tencent"],
    "vpnasn": ["M247", "Datacamp"],
}

def load_ip_pools():
    pools = {k: [] for k in POOL_PATTERNS}
    with open(ASN, newline="") as f:
        for row in csv.reader(f):
            s, e, asn, org = int(row[0]), int(row[1]), row[2], row[3]
            if e - s < 255:
                continue
            for k, pats in POOL_PATTERNS.items():
                if any(p.lower() in org.lower() for p in pats):
                    pools[k].append((s, e, asn, org))
                    break
    pools["vpn"] = [(s, e, "", "vpn") for s, e in cidr_ranges(DATA + "/network/vpn-ipv4.txt")]
    pools["dc"] = [(s, e, "", "dc") for s, e in cidr_ranges(DATA + "/network/datacenter-ipv4.txt")]
    for k in list(pools):
        pools[k].sort()
        if not pools[k]:
            del pools[k]
    return pools

class IPs:
    def __init__(self, pools, rng):
        self.p = pools; self.r = rng
    def one(self, kind):
        if kind not in self.p:
            kind = "res:US"
        s, e, _, _ = self.r.choice(self.p[kind])
        return ip2s(self.r.randint(s + 1, max(s + 1, e - 1)))
    def block(self, kind, n):
        s, e, _, _ = self.r.choice([x for x in self.p[kind] if x[1] - x[0] >= n + 2] or self.p[kind])
        b = self.r.randint(s + 1, max(s + 1, e - n - 1))
        return [ip2s(b + i) for i in range(n)]

# ----------------------------------------------------------------------------- client stacks
def h12(*a):
    return hashlib.sha256("|".join(map(str, a)).encode()).hexdigest()[:12]

def ja4(name, ciphers, exts, alpn="h2", ver="13"):
    return "t%sd%02d%02d%s_%s_%s" % (ver, ciphers, exts, alpn, h12("c", name, ciphers), h12("x", name, exts))

PYV = ["3.9.18", "3.10.12", "3.11.6", "3.11.9", "3.12.3", "3.12.7", "3.13.0"]
NODEV = ["v18.19.1", "v20.11.1", "v20.17.0", "v22.9.0", "v22.11.0"]
CHROMEV = ["120.0.0.0", "122.0.0.0", "124.0.0.0", "126.0.0.0", "128.0.0.0", "129.0.0.0", "130.0.0.0", "131.0.0.0"]

def stack_defs():
    S = {}
    def add(name, ja4s, uaf):
        S[name] = (ja4s, uaf)
    add("chrome-win", [ja4("chrome", 15, 16), ja4("chrome", 15, 17)],
        lambda r: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36" % r.choice(CHROMEV))
    add("chrome-mac", [ja4("chrome", 15, 16), ja4("chrome", 15, 17)],
        lambda r: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36" % r.choice(CHROMEV))
    add("edge", [ja4("chrome", 15, 16)],
        lambda r: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36 Edg/%s" % ((r.choice(CHROMEV),) * 2))
    add("firefox", [ja4("firefox", 17, 13), ja4("firefox", 17, 14)],
        lambda r: "Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0" % ((r.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 14.5"]),) + (r.choice([121, 125, 128, 131]),) * 2))
    add("safari-mac", [ja4("safari", 20, 14)],
        lambda r: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15" % r.choice(["17.4", "17.6", "18.0", "18.1"]))
    add("safari-ios", [ja4("safari-ios", 20, 14)],
        lambda r: "Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1" % (r.choice(["17_5", "17_6_1", "18_0", "18_1"]), r.choice(["17.5", "18.0", "18.1"])))
    add("chrome-android", [ja4("chrome", 15, 16)],
        lambda r: "Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Mobile Safari/537.36" % r.choice(CHROMEV))
    add("electron-app", [ja4("chrome", 15, 16)],
        lambda r: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) %s Chrome/%s Electron/%s Safari/537.36" % (r.choice(["ChatBox/1.6.2", "TypingMind/2.3", "BoltAI/1.19", "MindMac/1.9"]), r.choice(CHROMEV[:5]), r.choice(["28.2.1", "30.0.6", "31.3.0"])))
    add("py-requests", [ja4("py-openssl3", 18, 12, "00"), ja4("py-openssl11", 17, 11, "00")],
        lambda r: "python-requests/%s" % r.choice(["2.28.2", "2.31.0", "2.32.3"]))
    add("py-httpx", [ja4("py-openssl3", 18, 12, "h1"), ja4("py-openssl3", 18, 13, "h2")],
        lambda r: "python-httpx/%s" % r.choice(["0.25.2", "0.27.0", "0.27.2"]))
    add("py-aiohttp", [ja4("py-openssl3", 18, 12, "00")],
        lambda r: "Python/%s aiohttp/%s" % (r.choice(PYV)[:4], r.choice(["3.9.3", "3.9.5", "3.10.10"])))
    add("openai-python", [ja4("py-openssl3", 18, 12, "h1"), ja4("py-openssl11", 17, 11, "h1")],
        lambda r: "OpenAI/Python %s" % r.choice(["1.30.1", "1.35.13", "1.40.6", "1.51.2", "1.54.4"]))
    add("anthropic-python", [ja4("py-openssl3", 18, 12, "h1")],
        lambda r: "Anthropic/Python %s" % r.choice(["0.28.0", "0.34.2", "0.37.1", "0.39.0"]))
    add("openai-node", [ja4("node-undici", 17, 10, "h1"), ja4("node-undici", 17, 11, "h1")],
        lambda r: "OpenAI/JS %s" % r.choice(["4.47.1", "4.56.0", "4.67.3", "4.73.0"]))
    add("anthropic-ts", [ja4("node-undici", 17, 10, "h1")],
        lambda r: "Anthropic/JS %s" % r.choice(["0.24.3", "0.27.1", "0.30.1", "0.32.1"]))
    add("node-fetch", [ja4("node-undici", 17, 10, "h1")], lambda r: r.choice(["undici", "node", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"]))
    add("go-http", [ja4("go", 13, 11, "h2"), ja4("go", 13, 12, "h2")], lambda r: "Go-http-client/%s" % r.choice(["1.1", "2.0", "2.0"]))
    add("curl-linux", [ja4("curl-openssl", 31, 12, "h2"), ja4("curl-openssl", 30, 13, "h2")],
        lambda r: "curl/%s" % r.choice(["7.81.0", "7.88.1", "8.5.0", "8.9.1"]))
    add("curl-win", [ja4("schannel", 19, 10, "h2", "12"), ja4("schannel", 19, 9, "h1")],
        lambda r: "curl/%s" % r.choice(["8.4.0", "8.7.1", "8.9.1"]))
    add("okhttp-android", [ja4("okhttp", 16, 12, "h2")], lambda r: "okhttp/%s" % r.choice(["4.9.3", "4.12.0", "5.0.0-alpha.14"]))
    add("ios-cfnetwork", [ja4("safari-ios", 20, 13, "h2")],
        lambda r: "%s/%d CFNetwork/%s Darwin/%s" % (r.choice(["PocketChat", "AskNote", "Writewell", "StudyPal"]), r.randint(40, 900), r.choice(["1490.0.4", "1494.0.7", "1568.100.1"]), r.choice(["23.5.0", "24.0.0", "24.1.0"])))
    add("java-http", [ja4("java", 26, 12, "h2")], lambda r: "Java-http-client/%s" % r.choice(["17.0.10", "21.0.3", "21.0.5"]))
    add("dotnet", [ja4("schannel", 19, 10, "h2", "12")], lambda r: r.choice(["", "Azure.AI.OpenAI/2.0.0 (.NET 8.0.8; Microsoft Windows 10.0.22631)"]))
    add("rust-reqwest", [ja4("rustls", 9, 9, "h2")], lambda r: r.choice(["reqwest/0.11.27", "reqwest/0.12.8", ""]))
    add("langchain-py", [ja4("py-openssl3", 18, 12, "h1")],
        lambda r: "langchain-openai/%s OpenAI/Python %s" % (r.choice(["0.1.8", "0.2.3"]), r.choice(["1.35.13", "1.51.2"])))
    add("litellm", [ja4("py-openssl3", 18, 12, "h1")], lambda r: "litellm/%s" % r.choice(["1.40.2", "1.48.7", "1.52.0"]))
    add("cli-agent", [ja4("node-undici", 17, 10, "h1")],
        lambda r: r.choice(["aider/0.59.1 OpenAI/Python 1.51.2", "continue-dev/0.8.52", "cline/2.1.6 Anthropic/JS 0.32.1", "llm/0.17 (python)", "open-interpreter/0.3.12"]))
    add("zscaler-proxy", [ja4("zscaler", 10, 8, "h1", "12")], None)  # UA passes through from inner client
    add("paloalto-proxy", [ja4("panos", 12, 9, "h1", "12")], None)
    return S

STACKS = stack_defs()

# ----------------------------------------------------------------------------- helpers
MODELS_CHAT = ["nimbus-3", "nimbus-3-mini", "nimbus-3-pro"]
MODELS_THINK = ["nimbus-3-reason", "nimbus-3-pro"]

def iso(t):
    return dt.datetime.utcfromtimestamp(t).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % int((t % 1) * 1000)

def toks(s):
    return max(1, int(len(s) / 3.8))

TZ = {"US": -6, "CA": -5, "MX": -6, "BR": -3, "GB": 0, "DE": 1, "FR": 1, "ES": 1, "CH": 1, "NL": 1, "PL": 1,
      "IN": 5.5, "CN": 8, "VN": 7, "JP": 9, "KR": 9, "AU": 10}

def diurnal_time(rng, start, days, tz, night_owl=0.0, weekend=0.6, t0=None, t1=None):
    """time in [t0,t1) biased to local waking hours"""
    t0 = start if t0 is None else t0
    t1 = start + days * 86400 if t1 is None else t1
    for _ in range(50):
        t = rng.uniform(t0, t1)
        lh = ((t / 3600.0) + tz) % 24
        wd = dt.datetime.utcfromtimestamp(t + tz * 3600).weekday()
        w = 0.08 + max(0.0, math.sin(math.pi * (lh - 7) / 16)) if 7 <= lh <= 23 else 0.08 + night_owl
        if wd >= 5:
            w *= weekend
        if rng.random() < w / 1.1:
            return t
    return rng.uniform(t0, t1)

class Mk:
    """interaction + account writer"""
    def __init__(self, rng):
        self.r = rng; self.I = []; self.A = []; self.L = []; self.n = 0; self.bounds = None; self.uac = {}
    def hexid(self, k=16):
        return "%0*x" % (k, self.r.getrandbits(4 * k))
    def account(self, created, label, persona, campaign=None, org=None, email="gmail.com", pay=None,
                signup_ip=None, country="US", tier="build", verified=False):
        aid = "acct_" + self.hexid(14)
        self.A.append(dict(account_id=aid, created_at=iso(created), org_id=org, email_domain=email,
                           payment_fingerprint=pay, signup_ip=signup_ip, country=country, tier=tier, verified=verified))
        self.L.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))
        return aid
    def pay(self):
        return "pf_" + self.hexid(20)
    def req(self, t, aid, key, ip, stack, prompt, system=None, conv=None, turn=None, endpoint=None, model=None,
            tools=None, response=None, out_tok=None, reasoning=None, max_tokens=None, temperature=None, stream=None,
            history_tok=0, status=None, ua_override=None, ja4_override=None, err=0.02, ua=None):
        r = self.r
        if self.bounds:
            lo, hi = self.bounds
            if t < lo or t >= hi:
                t = lo + r.uniform(0, 3600) if t < lo else hi - r.uniform(1, 3600)
        ja4s, uaf = STACKS[stack]
        j = ja4_override or (ja4s[0] if r.random() < 0.85 else r.choice(ja4s))
        if ua is None:
            if ua_override is not None:
                ua = ua_override
            else:
                ck = (aid, stack)
                if ck not in self.uac or r.random() < 0.03:  # stable per account+client, occasional upgrade
                    self.uac[ck] = uaf(r) if uaf else "Mozilla/5.0"
                ua = self.uac[ck]
        if endpoint is None:
            endpoint = "/v1/messages" if ("anthropic" in stack or "cline" in (ua or "")) else "/v1/chat/completions"
        model = model or r.choice(MODELS_CHAT)
        itok = toks(prompt) + (toks(system) if system else 0) + history_tok + (60 * len(tools) if tools else 0) + 8
        if out_tok is None:
            out_tok = int(r.lognormvariate(5.6, 0.8))
        if max_tokens is not None:
            out_tok = min(out_tok, max_tokens)
        if status is None:
            x = r.random()
            status = 200 if x > err else r.choice([429, 429, 429, 400, 500, 529 if endpoint == "/v1/messages" else 503])
        ok = status == 200
        ttft = r.lognormvariate(6.2, 0.5) + (reasoning or 0) * r.uniform(8, 14)
        lat = int(ttft + out_tok * r.uniform(12, 30)) if ok else int(r.uniform(40, 900))
        self.n += 1
        self.I.append(dict(
            id="req_" + self.hexid(20), ts=iso(t), account_id=aid, api_key_id=key, ip=ip, user_agent=ua if ua != "" else None,
            tls_ja4=j, endpoint=endpoint, model=model, conversation_id=conv, turn=turn, system=system, prompt=prompt,
            tool_names=tools, response=(response if ok else None), input_tokens=itok if ok or status != 400 else itok,
            output_tokens=out_tok if ok else 0, reasoning_tokens=(reasoning if ok else (0 if reasoning is not None else None)),
            max_tokens=max_tokens, temperature=temperature, stream=stream, status=status, latency_ms=lat))
        return out_tok

# ----------------------------------------------------------------------------- wording kits
def compose(r, parts):
    """parts: list of lists of alternatives ('' allowed); join non-empty pieces"""
    out = [r.choice(p) for p in parts]
    return " ".join(x for x in out if x).strip()

def subset(r, lst, frac):
    k = max(2, int(len(lst) * frac))
    return r.sample(lst, min(k, len(lst)))

# --- chain-of-thought elicitation vocabulary (several sub-banks, an operation picks a slice)
COT_OPEN = ["", "Problem:", "Question:", "Task:", "Consider the following.", "Here's one:", "Next item.", "Solve this:",
            "Work through this problem.", "Please help with this.", "I need a careful solution.", "Q:", "Exercise:",
            "Let's do another one.", "Try this one:", "Puzzle:", "New problem -", "Item:"]
COT_ASK = ["Think it through step by step before answering.", "Show every intermediate step of your reasoning.",
           "Reason carefully and explain each step, then give the final answer.", "Lay out your full chain of thought.",
           "Walk me through your thinking one step at a time.", "Explain your reasoning in detail, numbering each step.",
           "Before answering, write out all of your reasoning.", "Break the problem into sub-steps and solve each.",
           "Verbalise your thought process fully; don't skip any arithmetic.", "Derive the answer methodically, showing all work.",
           "Reason out loud, checking each calculation as you go.", "Explain how you get there, step by step, like a tutor would.",
           "Think slowly and deliberately; show your scratch work.", "Decompose it and reason about each part explicitly."]
COT_FMT = ["", "End with 'Final answer: <number>'.", "Put the final answer on its own line after ####.",
           "Finish with the answer in \\boxed{}.", "Format: Reasoning: ... Answer: ...", "Conclude with 'The answer is X.'",
           "Return the answer last, after the reasoning.", "Then state the result in one short sentence.",
           "Also verify the answer at the end.", "Double-check your result before the final line."]

CODE_OPEN = ["", "Implement the following.", "Complete this function:", "Write a solution for:", "Coding task:",
             "Please finish the code below.", "Fill in the body:", "Here's a function stub.", "Solve in Python:",
             "Programming exercise:", "Need an implementation:", "Task for you:"]
CODE_ASK = ["Explain your approach first, then give the code.", "Include comments that explain each step of the logic.",
            "Think about edge cases before writing the code, and list them.", "Give a complete, runnable implementation with tests.",
            "Describe the algorithm and its complexity, then implement it.", "Reason through the design, then write idiomatic code.",
            "Provide the full function plus a short explanation of why it is correct.", "Write it, then walk through an example input.",
            "Produce clean code and a brief justification.", "Write the implementation and a couple of unit tests."]
CODE_FMT = ["", "Use a single ```python block.", "Return only code in the final block.", "Keep the signature unchanged.",
            "No external libraries.", "Target Python 3.11.", "Add type hints."]

JUDGE_RUBRICS = [
    "Score correctness (0-5), completeness (0-5) and clarity (0-5).", "Use a 1-10 scale for overall quality.",
    "Rate helpfulness, honesty and harmlessness each from 1 to 7.", "Give a score from 1 to 10 and list the errors found.",
    "Assign one of: excellent / good / fair / poor, with justification.", "Evaluate factual accuracy, reasoning validity and style; 0-10 each.",
    "Check the final answer and each step; mark each step valid or invalid.", "Rate on a Likert scale 1-5 for each criterion: accuracy, relevance, depth.",
    "Grade as a strict teacher would, out of 100.", "Decide PASS or FAIL and explain the decisive issue.",
]
JUDGE_OPEN = ["You are grading a response.", "Evaluate the answer below.", "Act as an impartial judge.", "Review this candidate solution.",
              "Please assess the following response.", "Quality review needed:", "Grade this:", "I need a rubric-based evaluation.",
              "Compare the response with what a good answer should contain.", "Critique and score the following.", "Assessment task."]
JUDGE_FMT = ["Return JSON with keys scores and rationale.", "Output the explanation first, then 'Score: N'.", "Reply with the rating on the last line.",
             "Explain your reasoning before giving the score.", "Format: [[rating]] at the end.", "Give a short critique then the numbers.",
             "Respond as a table of criteria and scores, followed by a verdict."]

SI_OPEN = ["Come up with", "Generate", "Brainstorm", "Write", "Produce", "Create", "Draft", "Compose", "List", "Invent"]
SI_MID = ["{n} diverse task instructions", "{n} new instruction-following examples", "{n} varied user requests with ideal answers",
          "{n} instruction/input/output triples", "a set of {n} tasks of different types", "{n} prompts a helpful assistant might receive, each with a high-quality response",
          "{n} question-answer pairs covering different skills", "{n} training examples in the style of the ones below"]
SI_TAIL = ["Vary the verbs and topics.", "Avoid repeating the examples.", "Mix classification, generation, rewriting and open QA.",
           "Each should be self-contained.", "Make them realistic and specific.", "Output as a numbered list.", "Use JSON lines with keys instruction, input, output.",
           "Include some with empty input.", "Keep responses under 120 words.", "Cover at least 8 domains.", ""]

TAX_DOMAINS = ["organic chemistry", "contract law", "tax accounting", "cardiology", "linear algebra", "compiler design", "poetry meter",
               "supply chain logistics", "epidemiology", "Byzantine history", "music theory", "thermodynamics", "SQL optimisation",
               "macroeconomics", "moral philosophy", "Kubernetes networking", "number theory", "pharmacology", "geology", "game theory",
               "cryptography", "Swahili grammar", "structural engineering", "marketing copy", "immunology", "Bayesian statistics",
               "quantum mechanics", "medieval French literature", "real-time operating systems", "soil science"]
TAX_SKILLS = ["explain a core concept to a novice", "solve a hard exam question", "identify a subtle misconception", "write a worked example",
              "compare two competing approaches", "produce a multi-step derivation", "design a practical exercise", "critique a flawed argument",
              "summarise the state of the art", "answer an expert-level question", "translate jargon to plain language", "plan a multi-step procedure"]
TAX_LEVEL = ["introductory", "intermediate", "advanced", "graduate", "expert"]

AGENT_TOOLS = [["bash", "read_file", "write_file", "list_dir"], ["python_exec", "search_web", "fetch_url"],
               ["run_tests", "edit_file", "grep", "git_diff"], ["sql_query", "describe_table"], ["browser_click", "browser_type", "browser_navigate", "screenshot"],
               ["calculator", "wikipedia", "weather"], ["create_ticket", "lookup_order", "refund_order"], ["str_replace_editor", "bash", "submit"]]

# ----------------------------------------------------------------------------- item pools
def item_math(C, r, split="train"):
    g = C["gsm_train"] if split == "train" else C["gsm_test"]
    x = r.choice(g); return x["question"], x["answer"]

def gsm_resp(ans):
    return ans.replace("<<", "").replace(">>", " ").replace("####", "Final answer:")

# ----------------------------------------------------------------------------- organic personas
ORG_EMAIL = ["gmail.com"] * 10 + ["outlook.com"] * 3 + ["yahoo.com", "icloud.com", "icloud.com", "proton.me", "hotmail.com", "gmx.de", "qq.com", "naver.com", "web.de", "yandex.ru", "mail.com"]
COUNTRY_W = [("US", 30), ("GB", 7), ("DE", 7), ("IN", 9), ("CA", 4), ("FR", 4), ("JP", 4), ("KR", 3), ("BR", 4), ("AU", 3), ("ES", 3), ("MX", 2), ("NL", 2), ("PL", 2), ("VN", 2), ("CH", 1), ("CN", 2)]

def wchoice(r, pairs):
    tot = sum(w for _, w in pairs); x = r.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]

FOLLOWUPS_ORG = ["thanks, can you make it shorter?", "what about the second part?", "hmm that doesn't work, I get an error: {err}",
                 "can you explain that again more simply", "ok and how would I do this in javascript?", "Can you give me an example?",
                 "nice. now add error handling", "why?", "that's wrong, the answer should be different", "continue", "go on",
                 "Could you rewrite it in a more formal tone?", "and if I have 3 of them instead?", "perfect, thanks! one more question: {q}"]
ERRS = ["TypeError: 'NoneType' object is not subscriptable", "KeyError: 'id'", "segmentation fault", "undefined is not a function",
        "ModuleNotFoundError: No module named 'pandas'", "CORS policy blocked", "index out of range"]

def organic_prompt(C, r, kind):
    if kind == "chat":
        src = r.random()
        if src < 0.45: return r.choice(C["hh"])[0]
        if src < 0.7: return r.choice(C["koala"])
        if src < 0.9: return r.choice(C["vicuna"])
        return r.choice(C["mt"])["turns"][0]
    if kind == "tech":
        src = r.random()
        if src < 0.6: return r.choice(C["arena"])
        if src < 0.8:
            x = r.choice(C["codegen"]); return (x["instruction"] + ("\n\n" + x["input"] if x["input"] else ""))
        return r.choice(C["koala"])
    if kind == "write":
        src = r.random()
        if src < 0.4:
            x = r.choice(C["roleplay"]); return x["instruction"]
        if src < 0.7:
            m = r.choice([m for m in C["mt"] if m["category"] in ("writing", "roleplay", "humanities")]); return m["turns"][0]
        a = r.choice(C["useror"]); return a[1] + ("\n\n" + a[2] if a[2] else "")
    return r.choice(C["koala"])

def hh_thread(C, r):
    return r.choice(C["hh"])

class World:
    def __init__(self, seed, days):
        self.seed = seed
        self.r = random.Random(seed)
        self.C = load_corpora()
        self.ips = IPs(load_ip_pools(), random.Random(seed + 1))
        self.mk = Mk(random.Random(seed + 2))
        base = dt.datetime(2026, 3, 2, tzinfo=dt.timezone.utc) + dt.timedelta(days=self.r.randint(0, 60))
        self.start = base.timestamp(); self.days = days; self.end = self.start + days * 86400
        self.mk.bounds = (self.start, self.end)
        self.notes = []; self.counts = {}

    def cnt(self, kind, name, n):
        self.counts.setdefault((kind, name), 0); self.counts[(kind, name)] += n

    # generic helpers --------------------------------------------------------
    def newconv(self):
        return "conv_" + self.mk.hexid(16)
    def key(self):
        return "key_" + self.mk.hexid(12)
    def res_ip(self, country):
        return self.ips.one("res:" + country)

    # organic simple user ------------------------------------------------------
    def simple_user(self, persona, n_req, kinds, stacks, country=None, tier=None, email=None, ipkind=None, org=None, pay=True,
                    created=None, night_owl=0.0, thread_p=0.3, sysprompt=None, models=None, maxtok=(None, 1024, 2048, 4096),
                    temp=(None, 0.7, 1.0), stream_p=0.5, reason_p=0.0, shared_ip=None, fixed_stack=True, mismatched=None):
        r = self.r; mk = self.mk
        country = country or wchoice(r, COUNTRY_W)
        home = shared_ip or (self.ips.one(ipkind) if ipkind else self.res_ip(country))
        created = created if created is not None else self.start - r.uniform(-self.days * 0.6 * 86400, 700 * 86400)
        aid = mk.account(created, "organic", persona, org=org, email=email or r.choice(ORG_EMAIL),
                         pay=(mk.pay() if pay and r.random() < 0.85 else None), signup_ip=home if r.random() < 0.6 else self.res_ip(country),
                         country=country, tier=tier or r.choice(["free", "free", "build", "build", "scale"]), verified=r.random() < 0.1)
        keys = [self.key() for _ in range(1 if r.random() < 0.8 else r.randint(2, 3))]
        stack = r.choice(stacks); tz = TZ.get(country, 0) + r.uniform(-1, 1)
        uafixed = None
        if mismatched:
            uafixed = mismatched
        t0 = max(self.start, created)
        done = 0
        while done < n_req:
            t = diurnal_time(r, self.start, self.days, tz, night_owl, t0=t0)
            kind = r.choice(kinds)
            if not fixed_stack and r.random() < 0.3:
                stack = r.choice(stacks)
            ip = home if (shared_ip or r.random() < 0.8) else (self.ips.one("mobile") if r.random() < 0.5 else self.res_ip(country))
            nturn = 1
            if r.random() < thread_p:
                nturn = min(n_req - done, int(r.choice([2, 2, 3, 3, 4, 5, 6, 8, 12])))
            conv = self.newconv() if (nturn > 1 or r.random() < 0.5) else None
            hist = 0
            thread = hh_thread(self.C, r) if kind == "chat" and r.random() < 0.5 else None
            mtq = r.choice(self.C["mt"]) if kind in ("chat", "write") and r.random() < 0.25 else None
            model = r.choice(models or MODELS_CHAT)
            mt = r.choice(maxtok); tp = r.choice(temp); st = r.random() < stream_p
            for k in range(nturn):
                if k == 0:
                    p = thread[0] if thread else (mtq["turns"][0] if mtq else organic_prompt(self.C, r, kind))
                else:
                    if thread and k < len(thread): p = thread[k]
                    elif mtq and k == 1: p = mtq["turns"][1]
                    else: p = r.choice(FOLLOWUPS_ORG).format(err=r.choice(ERRS), q=organic_prompt(self.C, r, "chat")[:200])
                rs = r.randint(1, 4000) if r.random() < reason_p else None
                ot = mk.req(t, aid, r.choice(keys), ip, stack, p, system=sysprompt, conv=conv, turn=(k + 1) if conv else None,
                            model=model, max_tokens=mt, temperature=tp, stream=st, history_tok=hist, reasoning=rs,
                            ua_override=uafixed, out_tok=int(r.choice(self.C["trace_conv"])[1] * r.uniform(0.8, 2.5)) + 5)
                hist += toks(p) + ot
                t += r.uniform(20, 400) + ot * 0.05
                done += 1
        self.cnt("organic", persona, 1)
        return aid

    # ------------------------------------------------------------------ organic personas
    def gen_organic(self, scale):
        r = self.r; mk = self.mk; C = self.C
        # casual
        for _ in range(int(1060 * scale)):
            self.simple_user("casual", max(1, int(r.expovariate(1 / 5))), ["chat", "chat", "write", "tech"],
                             ["electron-app", "ios-cfnetwork", "okhttp-android", "chrome-win", "chrome-mac", "safari-mac", "py-requests", "openai-python"],
                             tier=r.choice(["free", "free", "build"]), thread_p=0.35)
        # writers
        for _ in range(int(110 * scale)):
            self.simple_user("writer", r.randint(4, 30), ["write", "write", "chat"], ["electron-app", "chrome-mac", "safari-mac", "ios-cfnetwork"],
                             thread_p=0.6, temp=(0.9, 1.0, 1.1), maxtok=(2048, 4096, 8192))
        # vpn users
        for _ in range(int(190 * scale)):
            self.simple_user("vpn-user", r.randint(2, 25), ["chat", "tech", "write"], ["electron-app", "chrome-win", "firefox", "openai-python", "curl-linux"],
                             ipkind=r.choice(["vpn", "vpn", "vpnasn"]), email=r.choice(["proton.me", "proton.me", "tutanota.com", "gmail.com", "pm.me"]), thread_p=0.3)
        # developers (SDKs, some agentic, some odd stacks)
        for _ in range(int(420 * scale)):
            odd = r.random()
            st = ["openai-python", "anthropic-python", "openai-node", "anthropic-ts", "py-httpx", "go-http", "langchain-py", "litellm", "java-http", "dotnet", "rust-reqwest", "curl-linux"]
            mism = None; stl = st
            if odd < 0.07:
                stl = ["zscaler-proxy", "paloalto-proxy"]; mism = STACKS[r.choice(st[:4])][1](r)
            elif odd < 0.12:
                stl = ["curl-win"]
            elif odd < 0.16:
                stl = ["okhttp-android"]; mism = STACKS["openai-python"][1](r)  # mobile SDK wrapper reusing python-ish UA
            aid = self.simple_user("developer", r.randint(2, 30), ["tech", "tech", "chat"], stl, mismatched=mism, thread_p=0.4,
                                   ipkind=r.choice([None, None, None, "cloud:aws", "cloud:gcp", "cloud:do", "cloud:hetzner"]),
                                   sysprompt=r.choice([None, None, "You are a helpful assistant.", "You are a senior software engineer. Answer concisely.", "Respond in JSON."]),
                                   temp=(None, 0, 0.2, 0.7), reason_p=0.15)
            if r.random() < 0.25:
                self.agent_sessions(aid, r.randint(1, 2), r.choice(["cli-agent", "anthropic-python", "openai-node", "langchain-py"]), "developer")
        # power users
        for _ in range(int(130 * scale)):
            aid = self.simple_user("power-user", r.randint(20, 70), ["tech", "tech", "chat", "write"],
                                   ["cli-agent", "electron-app", "openai-python", "anthropic-ts", "curl-linux", "curl-win", "chrome-mac"],
                                   thread_p=0.7, night_owl=0.25, fixed_stack=False, reason_p=0.3, maxtok=(4096, 8192, 16000, None),
                                   models=MODELS_CHAT + MODELS_THINK, tier=r.choice(["build", "scale"]))
            self.agent_sessions(aid, r.randint(1, 4), r.choice(["cli-agent", "cli-agent", "anthropic-python"]), "power-user")
        # researchers asking for step-by-step reasoning (incl. benchmark items)
        for _ in range(int(80 * scale)):
            self.researcher()
        # data-generation hobbyists
        for _ in range(int(45 * scale)):
            self.hobbyist()
        # small teams sharing one card, unverified
        for _ in range(int(25 * scale)):
            self.small_team()
        self.enterprises(scale)
        self.campuses(scale)
        self.eval_harnesses(scale)

    def agent_sessions(self, aid, n, stack, persona, ip=None, key=None):
        r = self.r; mk = self.mk
        tools = r.choice(AGENT_TOOLS)
        sysm = r.choice(["You are an autonomous coding agent operating in the user's repository. Use the tools to inspect and modify files.",
                         "You are a helpful assistant with access to tools. Call tools when needed.",
                         "You are Cline, a highly skilled software engineer.", "You help the user with data analysis. Use python_exec for computation."])
        acct = next(a for a in mk.A if a["account_id"] == aid)
        ip = ip or self.res_ip(acct["country"] or "US")
        key = key or self.key()
        for _ in range(n):
            t = diurnal_time(r, self.start, self.days, TZ.get(acct["country"], 0), 0.2)
            conv = self.newconv(); task = organic_prompt(self.C, r, "tech")
            hist = 0
            for k in range(r.randint(3, 10)):
                p = task if k == 0 else r.choice(["[tool_result] exit code 0", "[tool_result] 2 tests failed: test_parse, test_edge", "[tool_result] file written",
                                                   "[tool_result] (output truncated, 180 lines)", "ok continue", "[tool_result] no matches", "looks good, now commit"])
                ot = mk.req(t, aid, key, ip, stack, p, system=sysm, conv=conv, turn=k + 1, tools=tools, history_tok=hist,
                            max_tokens=r.choice([4096, 8192]), temperature=r.choice([None, 0]), stream=True, out_tok=r.randint(40, 900))
                hist += toks(p) + ot + r.randint(100, 2000); t += r.uniform(3, 60)

    def researcher(self):
        r = self.r; mk = self.mk; C = self.C
        country = wchoice(r, COUNTRY_W)
        uni = r.random() < 0.6
        aid = mk.account(self.start - r.uniform(30, 500) * 86400, "organic", "researcher", email=r.choice(["stanford.edu", "mit.edu", "ox.ac.uk", "ethz.ch", "tum.de", "u-tokyo.ac.jp", "iisc.ac.in", "gmail.com"]),
                         pay=mk.pay(), signup_ip=self.res_ip(country), country=country, tier=r.choice(["build", "scale"]), verified=r.random() < 0.3)
        ip = self.ips.one("uni") if uni else self.res_ip(country)
        stack = r.choice(["openai-python", "anthropic-python", "py-httpx", "chrome-mac", "py-requests"]); key = self.key()
        phr = r.sample(["Can you solve this and show your reasoning?", "Please think step by step.", "Explain how you'd approach this:",
                        "I'm studying how models reason. Solve:", "Let's think step by step.", "", "Walk through this carefully:"], 3)
        for _ in range(r.randint(8, 45)):
            t = diurnal_time(r, self.start, self.days, TZ.get(country, 0), 0.15)
            x = r.random()
            if x < 0.5:
                q, a = item_math(C, r, r.choice(["train", "test"])); p = (r.choice(phr) + "\n\n" + q).strip(); resp = gsm_resp(a)
            elif x < 0.75:
                p = r.choice(C["arena"]); resp = None
            else:
                p = r.choice(C["mt"])["turns"][0]; resp = None
            conv = self.newconv()
            ot = mk.req(t, aid, key, ip, stack, p, conv=conv, turn=1, model=r.choice(MODELS_THINK + MODELS_CHAT), temperature=r.choice([0, 0.7, None]),
                        max_tokens=r.choice([2048, 4096, 8192]), reasoning=r.choice([None, r.randint(200, 6000)]), response=resp, out_tok=r.randint(150, 1500))
            if r.random() < 0.3:
                mk.req(t + r.uniform(30, 300), aid, key, ip, stack, r.choice(["Why did you choose that approach?", "Is there a shorter way?", "Check step 2 again.", "What if the numbers were doubled?"]),
                       conv=conv, turn=2, history_tok=toks(p) + ot, model=MODELS_THINK[0], out_tok=r.randint(80, 600))

    def hobbyist(self):
        r = self.r; mk = self.mk; C = self.C
        country = wchoice(r, COUNTRY_W)
        aid = mk.account(self.start - r.uniform(5, 400) * 86400, "organic", "data-hobbyist", email=r.choice(ORG_EMAIL), pay=mk.pay(), signup_ip=self.res_ip(country),
                         country=country, tier="build")
        ip = self.res_ip(country); stack = r.choice(["openai-python", "py-requests", "py-aiohttp", "anthropic-python"]); key = self.key()
        mode = r.random()
        tmpl = r.choice(["You are a dataset generator. Output JSON only.", None, "Generate high quality training data for a small chatbot."])
        # hobbyists run bursts (a script run in the evening)
        for _ in range(r.randint(1, 3)):
            t = diurnal_time(r, self.start, self.days, TZ.get(country, 0))
            for _ in range(r.randint(5, 25)):
                if mode < 0.5:
                    seeds = r.sample(C["seed"], 3)
                    p = "Here are some example tasks:\n" + "\n".join("- " + s["instruction"] for s in seeds) + "\nWrite 10 more like these for my hobby fine-tune."
                elif mode < 0.75:
                    x = r.choice(C["roleplay"]); p = "Write a dialogue sample for my character bot based on: " + x["instruction"]
                else:
                    p = C["alpaca"][:1200] if r.random() < 0.3 else "Give me 20 trivia questions and answers about " + r.choice(TAX_DOMAINS)
                mk.req(t, aid, key, ip, stack, p, system=tmpl, temperature=r.choice([0.9, 1.0, 1.2]), max_tokens=r.choice([2048, 4096]),
                       out_tok=r.randint(400, 2000), err=0.05)
                t += r.uniform(2, 25)
        self.cnt("organic", "data-hobbyist", 1)

    def small_team(self):
        r = self.r; mk = self.mk
        country = wchoice(r, COUNTRY_W); card = mk.pay(); dom = r.choice(["", "gmail.com"]) or ("%s%s.io" % (r.choice(["quill", "brio", "tandem", "loft", "nook", "pivot"]), r.choice(["labs", "hq", "ai", ""])))
        office = self.res_ip(country); org = "org_" + mk.hexid(10) if r.random() < 0.5 else None
        for _ in range(r.randint(2, 6)):
            self.simple_user("startup-team", r.randint(3, 25), ["tech", "chat", "write"], ["openai-node", "openai-python", "chrome-mac"], country=country,
                             email=dom, org=org, shared_ip=office if r.random() < 0.7 else None, tier="build")
            mk.A[-1]["payment_fingerprint"] = card

    def enterprises(self, scale):
        r = self.r; mk = self.mk; C = self.C
        apps = [
            ("support", "You are Aria, the customer support assistant for Northwind Logistics. Be polite, cite order numbers, never promise refunds over $500.", "chat"),
            ("codereview", "You are an internal code review assistant at Helix Bank. Flag security issues first. Output markdown.", "tech"),
            ("docs", "Summarise the following document for an executive audience in at most five bullet points.", "doc"),
            ("legal", "You are a contracts analyst for Marrow & Pike LLP. Identify clauses, risks and missing definitions.", "doc"),
            ("tutor", "You are the maths tutor inside the BrightPath learning app. Guide the student step by step without giving the final answer immediately.", "math"),
        ]
        r.shuffle(apps)
        norg = 4
        for i in range(norg):
            name, sysm, kind = apps[i]
            org = "org_" + mk.hexid(10); card = mk.pay(); country = r.choice(["US", "US", "GB", "DE", "JP"])
            egress = self.ips.block(r.choice(["cloud:aws", "cloud:azure", "cloud:gcp"]), r.randint(2, 6)) if r.random() < 0.7 else self.ips.block("res:" + country, 2)
            dom = r.choice(["northwind.com", "helixbank.com", "brightpath.edu", "marrowpike.com", "acme-corp.com", "globex.io", "initech.com"])
            t_created = self.start - r.uniform(20, 300) * 86400
            nacc = int(r.randint(18, 45) * scale)
            stack = r.choice(["openai-python", "anthropic-python", "java-http", "dotnet", "openai-node", "go-http"])
            tz = TZ.get(country, 0)
            for a in range(nacc):
                aid = mk.account(t_created + r.uniform(0, 600), "organic", "verified-enterprise", org=org, email=dom, pay=card, signup_ip=egress[0],
                                 country=country, tier="enterprise", verified=True)
                key = self.key(); n = r.randint(20, 60)
                for _ in range(n):
                    t = diurnal_time(r, self.start, self.days, tz, 0.3, weekend=0.3)
                    if kind == "chat": p = r.choice(C["hh"])[0] if r.random() < 0.5 else r.choice(C["koala"])
                    elif kind == "tech":
                        x = r.choice(C["codegen"]); p = "Review this change:\n" + (x["response"] or x["instruction"])[:1500]
                    elif kind == "math":
                        q, _ = item_math(C, r, r.choice(["train", "test"])); p = "Student question: " + q
                    else:
                        u = r.choice(C["useror"]); p = (u[2] or u[1])[:2000] + ("\n\n" + r.choice(C["koala"]) if r.random() < 0.3 else "")
                    mk.req(t, aid, key, r.choice(egress), stack, p, system=sysm, model=MODELS_CHAT[0], max_tokens=1024, temperature=0.3,
                           stream=(stack in ("openai-node",)), out_tok=r.randint(60, 700), err=0.01)
                self.cnt("organic", "verified-enterprise", 1)
            self.notes.append("enterprise org %s (%s app): %d keys, one card, %d egress IPs" % (org, name, nacc, len(egress)))

    def campuses(self, scale):
        r = self.r; mk = self.mk; C = self.C
        unis = [("state.edu", "US"), ("uni-heidelberg.de", "DE"), ("ed.ac.uk", "GB"), ("iitb.ac.in", "IN"), ("unimelb.edu.au", "AU"), ("snu.ac.kr", "KR")]
        r.shuffle(unis)
        for dom, country in unis[:2]:
            nat = self.ips.block("uni", r.randint(2, 4))
            nstud = int(r.randint(190, 250) * scale)
            studs = []
            for _ in range(nstud):
                studs.append(self.simple_user("campus-nat", r.randint(2, 14), ["chat", "tech", "write"],
                                              ["chrome-win", "chrome-mac", "safari-mac", "electron-app", "openai-python", "ios-cfnetwork"],
                                              country=country, email=dom if r.random() < 0.6 else r.choice(ORG_EMAIL), tier="free",
                                              shared_ip=r.choice(nat), thread_p=0.3, pay=False,
                                              created=self.start - r.uniform(-3 * 86400, 200 * 86400) * 1))
            # one class behind same NAT sharing the teacher's wrapper
            ncls = int(r.randint(40, 70) * scale)
            wrapper = r.choice([
                "CS101 homework helper. Explain the solution to the problem below like a TA would, but make the student do the last step.\n\nProblem: {q}",
                "[MATH 1040 - Problem Set {ps}] Solve and explain each step clearly so I can check my work:\n{q}",
                "My teacher says to paste the problem and ask: 'what concept does this use and how do I start?'\n{q}",
            ])
            hw = [r.choice(C["gsm_test"])["question"] for _ in range(12)] if "MATH" in wrapper or "teacher" in wrapper else [h["prompt"] for h in r.sample(C["humaneval"], 8)]
            deadlines = sorted(self.start + r.uniform(1, self.days - 0.5) * 86400 for _ in range(3))
            tz = TZ.get(country, 0)
            for _ in range(ncls):
                aid = mk.account(self.start - r.uniform(0, 60) * 86400, "organic", "classroom", email=dom, pay=None, signup_ip=r.choice(nat),
                                 country=country, tier="free", verified=False)
                key = self.key(); stack = r.choice(["chrome-win", "chrome-mac", "safari-mac", "openai-python"])
                for di, d in enumerate(deadlines):
                    for _ in range(r.randint(2, 7)):
                        t = d - r.expovariate(1 / (14 * 3600.0))
                        q = r.choice(hw)
                        p = wrapper.format(q=q, ps=di + 3)
                        ip = r.choice(nat) if r.random() < 0.75 else self.res_ip(country)
                        mk.req(t, aid, key, ip, stack, p, conv=self.newconv(), turn=1, model=MODELS_CHAT[1], temperature=None,
                               out_tok=r.randint(150, 700), err=0.04)
                self.cnt("organic", "classroom", 1)
            self.notes.append("campus %s: %d students behind %d NAT IPs, class of %d sharing a wrapper" % (dom, nstud, len(nat), ncls))

    def eval_harnesses(self, scale):
        r = self.r; mk = self.mk; C = self.C
        labs = [("evalworks.ai", "US"), ("frontier-evals.org", "GB"), ("kairos-lab.jp", "JP")]
        for dom, country in labs:
            org = "org_" + mk.hexid(10) if r.random() < 0.6 else None
            card = mk.pay(); machines = self.ips.block(r.choice(["cloud:aws", "cloud:gcp", "cloud:azure", "cloud:hetzner"]), r.randint(2, 5))
            stack = r.choice(["py-httpx", "openai-python", "anthropic-python", "py-aiohttp", "litellm"])
            nacc = r.randint(2, 6)
            benches = r.sample(["gsm8k", "humaneval", "arena", "mt"], r.randint(2, 4))
            tmpl = r.choice(["{q}", "Question: {q}\nAnswer:", "Solve the following problem. Put the final answer after ####.\n\n{q}", "{q}\nLet's think step by step."])
            for _ in range(nacc):
                aid = mk.account(self.start - r.uniform(30, 400) * 86400, "organic", "eval-harness", org=org, email=dom, pay=card,
                                 signup_ip=machines[0], country=country, tier="scale", verified=org is not None and r.random() < 0.7)
                key = self.key()
                nruns = r.randint(2, 4)
                for _ in range(nruns):
                    t = self.start + r.uniform(0, self.days - 0.2) * 86400
                    b = r.choice(benches)
                    if b == "gsm8k": items = [(tmpl.format(q=x["question"]), gsm_resp(x["answer"])) for x in C["gsm_test"][: r.randint(120, 400)]]
                    elif b == "humaneval": items = [(x["prompt"], None) for x in C["humaneval"]]
                    elif b == "arena": items = [(x, None) for x in C["arena"][: r.randint(100, 300)]]
                    else: items = [(m["turns"][0], None) for m in C["mt"]]
                    model = r.choice(MODELS_CHAT + MODELS_THINK); samples = r.choice([1, 1, 1, 2])
                    for p, resp in items:
                        for _ in range(samples):
                            t += r.expovariate(1 / 1.5)
                            mk.req(t, aid, key, r.choice(machines), stack, p, model=model, temperature=0 if samples == 1 else 0.8,
                                   max_tokens=r.choice([1024, 2048, 4096]), stream=False, response=resp, out_tok=r.randint(80, 900),
                                   reasoning=(r.randint(300, 4000) if model in MODELS_THINK else None), err=0.04)
                self.cnt("organic", "eval-harness", 1)
            self.notes.append("eval lab %s: %d accounts, benches %s, %d cloud IPs" % (dom, nacc, benches, len(machines)))

    # ------------------------------------------------------------------ attack content generators
    def content_fn(self, target, op_r, bare=False, replace=False):
        """returns fn(r, item_index)->(prompt, system, tools, response, out_tok, reasoning_hint) drawing items from op's queue"""
        C = self.C
        vocab = {}
        if target == "cot":
            vocab = dict(o=subset(op_r, COT_OPEN, 0.4), a=subset(op_r, COT_ASK, 0.35), f=subset(op_r, COT_FMT, 0.4))
            pool = [(x["question"], gsm_resp(x["answer"])) for x in C["gsm_train"]] + [(a, None) for a in C["arena"] if op_r.random() < 0.3]
        elif target == "code":
            vocab = dict(o=subset(op_r, CODE_OPEN, 0.4), a=subset(op_r, CODE_ASK, 0.4), f=subset(op_r, CODE_FMT, 0.5))
            pool = [(x["prompt"], None) for x in C["humaneval"]] + [(x["instruction"] + ("\n" + x["input"] if x["input"] else ""), x["response"]) for x in C["codegen"]]
        elif target == "judge":
            vocab = dict(o=subset(op_r, JUDGE_OPEN, 0.45), rb=subset(op_r, JUDGE_RUBRICS, 0.4), f=subset(op_r, JUDGE_FMT, 0.45))
            pool = []
            for x in C["gsm_train"][:3000]:
                ans = gsm_resp(x["answer"])
                if op_r.random() < 0.4:  # perturbed candidate
                    ans = ans.replace("Final answer: ", "Final answer: 1")
                pool.append((x["question"], ans))
            for x in C["codegen"][:1500]:
                pool.append((x["instruction"], x["response"]))
            for x in C["roleplay"][:800]:
                pool.append((x["instruction"], x["response"]))
        elif target == "selfinst":
            vocab = dict(o=subset(op_r, SI_OPEN, 0.5), m=subset(op_r, SI_MID, 0.5), t=subset(op_r, SI_TAIL, 0.5))
            pool = list(range(100000))
        elif target == "taxonomy":
            pool = [(d, s, l) for d in TAX_DOMAINS for s in TAX_SKILLS for l in TAX_LEVEL]
            tax_frames = subset(op_r, ["[{d}] [{s}] [{l}]", "Domain: {d}\nSkill: {s}\nLevel: {l}\nProduce the response.",
                                       "In {d}, {s}. Target an {l} audience.", "Category {d} / {s} / difficulty={l}. Generate a challenging item and a full expert answer.",
                                       "As an expert in {d}: {s} ({l} level). Show your reasoning.", "{l} {d}: please {s}."], 0.5)
            vocab = dict(fr=tax_frames)
        elif target == "agent":
            pool = list(C["toolf"]) + [(x["instruction"], x["response"]) for x in C["codegen"][1500:3500]]
        op_r.shuffle(pool)
        state = {"i": 0}
        tools_fixed = op_r.sample(AGENT_TOOLS, 2)

        def nxt():
            if replace:
                return op_r.choice(pool[: max(50, len(pool) // 3)])
            i = state["i"]; state["i"] += 1
            return pool[i % len(pool)]

        def fn(r):
            it = nxt()
            tools = None; resp = None; system = None
            if target == "cot":
                q, resp = it
                p = q if bare else compose(r, [vocab["o"]]) + ("\n\n" if r.random() < 0.5 else " ") + q + "\n\n" + compose(r, [vocab["a"], vocab["f"]])
                out = r.randint(350, 1600)
            elif target == "code":
                q, resp = it
                p = q if bare else (compose(r, [vocab["o"]]) + "\n\n" + q + "\n\n" + compose(r, [vocab["a"], vocab["f"]])).strip()
                out = r.randint(400, 2200)
            elif target == "judge":
                q, a = it
                labels = r.choice([("Question", "Response"), ("Prompt", "Candidate answer"), ("Task", "Model output"), ("Input", "Answer to grade"), ("QUESTION", "ANSWER")])
                p = "%s\n\n%s:\n%s\n\n%s:\n%s\n\n%s %s" % (r.choice(vocab["o"]), labels[0], q, labels[1], a[:2500], r.choice(vocab["rb"]), r.choice(vocab["f"]))
                out = r.randint(200, 900)
            elif target == "selfinst":
                seeds = r.sample(C["seed"], r.randint(2, 5)); n = r.choice([5, 10, 15, 20, 25])
                if r.random() < 0.15:
                    p = C["alpaca"].replace("20", str(n))
                else:
                    ex = "\n".join("%d. %s%s" % (j + 1, s["instruction"], (" | Input: " + s["instances"][0]["input"]) if s["instances"][0]["input"] else "") for j, s in enumerate(seeds))
                    p = "%s %s.\n\n%s\n\n%s" % (r.choice(vocab["o"]), r.choice(vocab["m"]).format(n=n), ex, r.choice(vocab["t"]))
                out = r.randint(900, 3500)
            elif target == "taxonomy":
                d, s, l = it
                p = r.choice(vocab["fr"]).format(d=d, s=s, l=l)
                out = r.randint(500, 2500)
            elif target == "agent":
                if isinstance(it, dict):
                    p = it["instruction"].split("\n")[-1] + ("\n" + it["input"] if it.get("input") else "")
                    tools = [w.split("(")[0] for w in it["instruction"].split("\n") if "(" in w and w.endswith(")") and " " not in w.split("(")[0]] or ["wikipedia"]
                    resp = it.get("response")
                else:
                    p, resp = it; tools = r.choice(tools_fixed)
                system = None
                out = r.randint(200, 1400)
            return p, system, tools, resp, out
        return fn

    # ------------------------------------------------------------------ attack operations
    def op_common_accounts(self, camp, n, style, opr):
        """returns list of dicts describing accounts of an operation"""
        mk = self.mk; accs = []
        if style == "sloppy":
            cards = [mk.pay() for _ in range(opr.randint(3, 7))]
            doms = opr.sample(["mailinator.com", "guerrillamail.com", "tempmail.dev", "gmai1.com", "outlok.co", "yandex.com", "mail-box7.xyz", "inboxkitten.com", "proton-mail.net", "sharklasers.com"], 4)
            waves = sorted(self.start - opr.uniform(-3, 10) * 86400 for _ in range(opr.randint(3, 6)))
            proxies = opr.choice([["vpn"], ["dc"], ["vpn", "dc"], ["vpnasn", "dc"]])
            for i in range(n):
                w = opr.choice(waves); kind = opr.choice(proxies)
                ip = self.ips.one(kind)
                aid = mk.account(w + opr.uniform(0, 1800), "attack", "bulk-fleet", campaign=camp, email=opr.choice(doms), pay=opr.choice(cards),
                                 signup_ip=ip, country=opr.choice(["US", "US", "SG", "NL", "DE", None]), tier=opr.choice(["free", "build"]))
                accs.append(dict(aid=aid, ips=[self.ips.one(kind) for _ in range(opr.randint(1, 4))], created=w, country="US"))
        elif style == "careful":
            for i in range(n):
                country = wchoice(opr, COUNTRY_W[:12])
                created = self.start - opr.uniform(70, 330) * 86400
                home = self.res_ip(country)
                aid = mk.account(created, "attack", "aged-residential", campaign=camp, email=opr.choice(ORG_EMAIL), pay=mk.pay(), signup_ip=self.res_ip(country),
                                 country=country, tier=opr.choice(["build", "build", "free", "scale"]), verified=opr.random() < 0.08)
                accs.append(dict(aid=aid, ips=[home, self.res_ip(country)], created=created, country=country))
        elif style.startswith("shell:"):
            netkind = style.split(":", 1)[1]
            org = "org_" + mk.hexid(10); card = mk.pay(); egress = self.ips.block(netkind, opr.randint(2, 4))
            dom = opr.choice(["%s%s.com" % (opr.choice(["vertex", "lumen", "cobalt", "arbor", "sable"]), opr.choice(["ai", "works", "data", "tech"]))])
            t0 = self.start - opr.uniform(5, 40) * 86400
            for i in range(n):
                aid = mk.account(t0 + opr.uniform(0, 900), "attack", "shell-org", campaign=camp, org=org, email=dom, pay=card, signup_ip=egress[0],
                                 country=opr.choice(["US", "SG"]), tier="scale", verified=False)
                accs.append(dict(aid=aid, ips=egress, created=t0, country="US"))
        elif style.startswith("team:"):
            netkind = style.split(":")[1]
            cards = [mk.pay() for _ in range(max(2, n // opr.randint(4, 12)))]
            dom = opr.choice([None, "fastmail.com", "hey.com", "zoho.com", None])
            org = ("org_" + mk.hexid(10)) if opr.random() < 0.35 else None  # fake, unverified org umbrella
            for i in range(n):
                country = opr.choice(["US", "SG", "HK", "DE", "GB", "CA", "JP"])
                created = self.start - opr.uniform(-2, 60) * 86400
                ips = [self.ips.one(netkind) for _ in range(opr.randint(1, 3))]
                aid = mk.account(created, "attack", "subteam-" + netkind.replace(":", "-"), campaign=camp, org=org, email=dom or opr.choice(ORG_EMAIL),
                                 pay=opr.choice(cards) if opr.random() < 0.8 else mk.pay(), signup_ip=ips[0], country=country,
                                 tier=opr.choice(["build", "scale"]))
                accs.append(dict(aid=aid, ips=ips, created=created, country=country))
        return accs

    def run_op(self, camp, target, style, n_acc, req_mean, stacks, *, cover=0.0, bare=False, endpoint=None, thinking=False,
               human=False, tz=0.0, multi=False, rotate_fp=False, mt=(4096, 8192), temp=(0.7, 1.0, None), persona=None,
               ua_mismatch=0.0, burst=False, system=None):
        opr = random.Random(self.r.random()); sysp = system
        r = self.r; mk = self.mk
        accs = self.op_common_accounts(camp, n_acc, style, opr)
        if persona:
            for a in accs:
                next(l for l in mk.L if l["account_id"] == a["aid"])["persona"] = persona
        fn = self.content_fn(target, opr, bare=bare, replace=(style == "sloppy"))
        tf = {"judge": ["Would the score change if the final answer were correct but the reasoning incomplete? Explain.", "Re-grade it more strictly and justify each deduction.",
                        "Now write what a perfect response would look like.", "Which criterion was weakest and why?", "Give the same evaluation as JSON only."],
              "code": ["Now add unit tests covering the edge cases.", "Can you optimise it and explain the complexity change?", "Rewrite it in Rust and explain the differences.",
                       "Walk through the code on a tricky input.", "What bugs could appear in production? Fix them."],
              "agent": ["The tool returned an error. What would you do next? Think it through.", "Plan the remaining steps before calling any tool.", "Now do the same task with a different tool."],
              "selfinst": ["Now give high-quality answers for each of those.", "Make them harder and more diverse.", "Add 10 more in a different domain."],
              "taxonomy": ["Now make it harder and answer it yourself in full.", "Give a second item at expert level with a complete solution.", "Explain the reasoning behind your answer in depth."]}
        follow = subset(opr, tf.get(target, []) + ["Can you verify that step by step?", "Now solve it using a different method.", "Explain the key insight more deeply.",
                               "Are there alternative interpretations? Reason through each.", "What's the most common mistake here and why?",
                               "Rewrite your solution more rigorously.", "Go deeper on the trickiest step.", "Can you generalise this?",
                               "Show the same reasoning but more concisely.", "Critique your own answer and fix anything wrong."], 0.5)
        total = 0
        for a in accs:
            n = max(3, int(opr.gauss(req_mean, req_mean * 0.35)))
            stack = opr.choice(stacks)
            key = self.key()
            t = max(self.start, a["created"]) + opr.uniform(0, self.days * 0.4) * 86400
            done = 0
            while done < n:
                if human:
                    t = diurnal_time(opr, self.start, self.days, TZ.get(a["country"], 0) + opr.uniform(-1, 1), 0.05, t0=max(self.start, a["created"]))
                else:
                    t = t + (opr.expovariate(1 / 40.0) if burst else opr.expovariate(1 / (self.days * 86400 / (n + 1))))
                    if t > self.end:
                        t = self.start + (t - self.start) % (self.days * 86400)
                if rotate_fp and opr.random() < 0.4:
                    stack = opr.choice(stacks)
                ip = opr.choice(a["ips"]) if not human or opr.random() < 0.85 else self.ips.one("mobile")
                is_cover = opr.random() < cover
                if is_cover:
                    p = organic_prompt(self.C, opr, opr.choice(["chat", "tech", "write"])); system = sysp; tools = None; resp = None; out = opr.randint(80, 700)
                else:
                    p, system, tools, resp, out = fn(opr)
                if sysp is not None:
                    system = sysp
                uao = None
                if ua_mismatch and opr.random() < ua_mismatch:
                    uao = STACKS[opr.choice(["chrome-win", "safari-mac", "openai-python"])][1](opr)
                model = opr.choice(MODELS_THINK) if thinking else opr.choice(MODELS_CHAT)
                rs = opr.randint(1500, 12000) if (thinking and not is_cover) else None
                mxt = opr.choice(mt) if not is_cover else opr.choice([None, 1024, 2048])
                nturn = 1
                if multi and not is_cover:
                    nturn = opr.choice([1, 2, 2, 3, 3, 4])
                conv = self.newconv() if (multi or opr.random() < 0.3) else None
                hist = 0
                for k in range(min(nturn, n - done)):
                    pp = p if k == 0 else opr.choice(follow)
                    ot = mk.req(t, a["aid"], key, ip, stack, pp, system=system, conv=conv, turn=(k + 1) if conv else None, endpoint=endpoint,
                                model=model, tools=tools, response=resp if k == 0 else None, out_tok=out if k == 0 else opr.randint(200, 900),
                                reasoning=rs, max_tokens=mxt, temperature=opr.choice(temp), stream=opr.random() < (0.7 if human else 0.2),
                                history_tok=hist, ua_override=uao, err=0.03 if human else 0.06)
                    hist += toks(pp) + ot
                    t += (opr.uniform(45, 600) if human else opr.uniform(1, 8))
                    done += 1
            total += done
        self.cnt("attack", camp, n_acc)
        return total

    def gen_attacks(self):
        r = self.r
        W = r.randint(0, 1)  # world flavour switches target/infra pairings
        pfx = "op-%s-" % h12("camp", self.seed)[:4]
        bare_t = r.choice(["cot", "code"])
        bare_t = ["cot", "code"][int(h12("bare", self.seed), 16) % 2]  # seed-parity of hash decides the bare-item target
        targets = ["cot", "code", "judge", "selfinst", "taxonomy", "agent"]
        targets.remove(bare_t)
        r.shuffle(targets)
        careful_t = r.choice([t for t in ["cot", "code", "agent", "judge"] if t != bare_t])
        if careful_t in targets:
            targets.remove(careful_t)
        targets += [r.choice(["cot", "code", "judge", "selfinst", "taxonomy", "agent"])]
        ops = []
        ops.append(dict(camp=pfx + "1", target=targets[0], style="sloppy", n=int(r.randint(100, 130)), req=r.randint(30, 45),
                        stacks=[r.choice(["py-requests", "py-aiohttp", "go-http", "node-fetch"])], burst=True,
                        persona="bulk-fleet", desc="sloppy fleet: datacenter/VPN proxies, few cards, burst sign-ups with disposable/look-alike domains, one scripted stack, items drawn with repeats"))
        ops.append(dict(camp=pfx + "2", target=careful_t, style="careful", n=int(r.randint(95, 120)),
                        req=r.randint(30, 42), stacks=["chrome-win", "chrome-mac", "firefox", "safari-mac", "edge", "electron-app", "openai-python"],
                        human=True, multi=True, rotate_fp=True, cover=0.12, persona="aged-residential",
                        desc="careful: aged accounts, own cards, residential IPs, human-paced multi-turn follow-ups, varied browsers/TLS, distinct items of one shared pool"))
        subs = [("team:" + r.choice(["cloud:aws", "cloud:gcp", "cloud:oracle"]), ["go-http"]),
                ("team:mobile", ["okhttp-android", "ios-cfnetwork"]),
                ("team:" + r.choice(["vpn", "cloud:hetzner", "cloud:ovh"]), ["openai-node", "anthropic-ts"])]
        for j, (st, stk) in enumerate(subs):
            ops.append(dict(camp=pfx + "3", target=targets[1], style=st, n=int(r.randint(40, 60)), req=r.randint(30, 45), stacks=stk,
                            cover=r.uniform(0.1, 0.4), persona="subteam", ua_mismatch=0.1 if j == 1 else 0.0,
                            desc="sub-team %d of a split operation: %s via %s, with cover traffic" % (j + 1, "/".join(stk), st[5:])))
        ops.append(dict(camp=pfx + "4", target=targets[2], style=r.choice(["team:res:US", "team:res:IN", "team:vpn"]), n=int(r.randint(55, 75)),
                        req=r.randint(40, 60), stacks=["anthropic-python", "anthropic-python", "litellm"], endpoint="/v1/messages",
                        mt=(8192, 16384), temp=(1.0, 0.9), persona="sdk-proxy-pool", desc="Messages-API SDK fleet on a proxy pool, cards shared in small groups"))
        ops.append(dict(camp=pfx + "5", target=bare_t, style=r.choice(["team:cloud:ali", "team:cloud:tencent", "team:cloud:do"]),
                        n=int(r.randint(70, 95)), req=r.randint(14, 22), stacks=["anthropic-ts", "curl-linux", "rust-reqwest"], bare=True, thinking=True,
                        mt=(32000, 64000), temp=(1.0, None), persona="bare-reasoning", rotate_fp=True,
                        desc="bare benchmark items, no wrapper, high max_tokens, extended reasoning, low per-account volume"))
        ops.append(dict(camp=pfx + "6", target=targets[3], style="careful" if W else "team:res:US", n=int(r.randint(45, 60)), req=r.randint(35, 55),
                        stacks=["cli-agent", "openai-python", "langchain-py", "curl-win"], cover=0.2, human=bool(W), multi=bool(W),
                        persona="sweeper", desc="operation with ordinary-looking SDK/CLI clients and cover traffic"))
        app = r.choice(["You are the study assistant for Quizzly. Give thorough, well-reasoned explanations.",
                        "You are DevPilot, an assistant embedded in an IDE plugin. Explain code decisions in detail.",
                        "You are the knowledge engine for an edtech platform. Always show full working."])
        ops.append(dict(camp=pfx + "7", target=targets[4], style="shell:" + r.choice(["cloud:aws", "cloud:azure", "cloud:gcp"]), n=int(r.randint(35, 55)),
                        req=r.randint(35, 50), stacks=[r.choice(["openai-python", "java-http", "dotnet"])], system=app, mt=(4096, 8192),
                        persona="shell-org", desc="unverified shell organisation mimicking an enterprise app: keys created within minutes, one card, cloud egress, one app system prompt"))
        total = 0
        for o in ops:
            n = self.run_op(o["camp"], o["target"], o["style"], o["n"], o["req"], o["stacks"], cover=o.get("cover", 0.0), bare=o.get("bare", False),
                            endpoint=o.get("endpoint"), thinking=o.get("thinking", False), human=o.get("human", False), multi=o.get("multi", False),
                            rotate_fp=o.get("rotate_fp", False), mt=o.get("mt", (4096, 8192)), temp=o.get("temp", (0.7, 1.0, None)),
                            persona=o.get("persona"), ua_mismatch=o.get("ua_mismatch", 0.0), burst=o.get("burst", False), system=o.get("system"))
            total += n
            self.notes.append("ATTACK %s [%s] target=%s accounts=%d requests=%d: %s" % (o["camp"], o["style"], o["target"], o["n"], n, o["desc"]))
        return total

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        mk = self.mk
        self.r.shuffle(mk.I)
        with gzip.open(os.path.join(out, "interactions.jsonl.gz"), "wt", encoding="utf-8") as f:
            for x in mk.I:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
        with open(os.path.join(out, "accounts.jsonl"), "w") as f:
            for x in mk.A:
                f.write(json.dumps(x) + "\n")
        with open(os.path.join(out, "labels.jsonl"), "w") as f:
            for x in mk.L:
                f.write(json.dumps(x) + "\n")
        per = {}
        for l in mk.L:
            k = (l["label"], l["campaign"] or "-", l["persona"]); per[k] = per.get(k, 0) + 1
        reqs = {}
        lab = {l["account_id"]: l for l in mk.L}
        for x in mk.I:
            l = lab[x["account_id"]]; k = (l["label"], l["campaign"] or "-", l["persona"]); reqs[k] = reqs.get(k, 0) + 1
        with open(os.path.join(out, "WORLD.md"), "w") as f:
            f.write("# Blind world (seed %d)\n\nPeriod: %s to %s (%d days). Interactions: %d. Accounts: %d. Attack accounts: %d.\n\n"
                    % (self.seed, iso(self.start), iso(self.end), self.days, len(mk.I), len(mk.A), sum(1 for l in mk.L if l["label"] == "attack")))
            f.write("## Counts by label / campaign / persona\n\n| label | campaign | persona | accounts | requests |\n|---|---|---|---|---|\n")
            for k in sorted(per):
                f.write("| %s | %s | %s | %d | %d |\n" % (k + (per[k], reqs.get(k, 0))))
            f.write("\n## Notes\n\n" + "\n".join("- " + n for n in self.notes) + "\n")
            f.write("\nAttack operations: each phrases requests in its own sampled vocabulary; careful ops draw distinct items from one shared queue per operation.\n"
                    "Legit look-alikes: verified enterprises on cloud egress with one card/system prompt; campus NATs and a class sharing a teacher wrapper and gsm8k/HumanEval homework; "
                    "eval harnesses repeating gsm8k/HumanEval/arena items round-the-clock from cloud; researchers asking step-by-step on gsm8k; data hobbyists running self-instruct-like generation; "
                    "developers behind TLS-intercepting proxies (UA/JA4 mismatch), curl on Windows, mobile SDK wrappers.\n")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True); ap.add_argument("--out", required=True); ap.add_argument("--days", type=int, default=0)
    a = ap.parse_args()
    days = a.days or random.Random(a.seed).randint(14, 21)
    w = World(a.seed, days)
    w.gen_organic(1.0)
    at = w.gen_attacks()
    w.write(a.out)
    print("interactions", len(w.mk.I), "accounts", len(w.mk.A), "attack_accounts", sum(1 for l in w.mk.L if l["label"] == "attack"), "attack_interactions", at)

if __name__ == "__main__":
    main()
