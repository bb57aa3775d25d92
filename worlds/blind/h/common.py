"""Shared machinery for blind world generation (stdlib only, deterministic by seed)."""
import gzip, json, random, hashlib, ipaddress, datetime as dt, os, csv

DATA = os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data'))
ASN_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv')


def load_jsonl(p):
    op = gzip.open if p.endswith('.gz') else open
    with op(p, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def load_json(p):
    op = gzip.open if p.endswith('.gz') else open
    with op(p, 'rt', encoding='utf-8') as f:
        return json.load(f)


class Corpora:
    def __init__(self):
        c = DATA + '/corpora/'
        self.koala = [r['prompt'] for r in load_jsonl(c + 'organic/koala.jsonl')]
        self.arena = load_jsonl(c + 'organic/arena-hard-v0.1.jsonl')
        self.mtbench = load_jsonl(c + 'organic/mt-bench.jsonl')
        self.vicuna = [r['turns'][0] for r in load_jsonl(c + 'organic/vicuna-bench.jsonl')]
        hh = load_jsonl(c + 'organic/hh-rlhf-harmless-test.jsonl.gz')
        self.hh = []
        for r in hh:
            parts = r['chosen'].split('\n\nHuman: ')[1:]
            turns = [p.split('\n\nAssistant:')[0].strip() for p in parts]
            turns = [t for t in turns if t]
            if turns:
                self.hh.append(turns)
        self.useror = []
        for r in load_jsonl(c + 'organic/self-instruct-user-oriented.jsonl'):
            for inst in r['instances']:
                p = r['instruction'] + ('\n\n' + inst['input'] if inst.get('input') else '')
                self.useror.append((r['motivation_app'], p, inst.get('output', '')))
        self.gsm_train = load_jsonl(c + 'extraction/gsm8k-train.jsonl.gz')
        self.gsm_test = load_jsonl(c + 'extraction/gsm8k-test.jsonl')
        self.humaneval = load_jsonl(c + 'extraction/humaneval.jsonl.gz')
        self.codegen = load_json(c + 'extraction/gpteacher-codegen.json.gz')
        self.roleplay = load_json(c + 'extraction/gpteacher-roleplay.json.gz')
        self.toolformer = load_json(c + 'extraction/gpteacher-toolformer.json.gz')
        self.seeds = load_jsonl(c + 'extraction/self-instruct-seed-tasks.jsonl')
        self.alpaca = open(c + 'extraction/alpaca-generation-prompt.txt').read()
        self.arena_code = [a['prompt'] for a in self.arena if any(k in a['prompt'] for k in ('def ', 'code', 'function', 'Python', 'SQL', 'script', 'C++', 'Rust', 'JavaScript', 'program'))]
        self.arena_other = [a['prompt'] for a in self.arena if a['prompt'] not in set(self.arena_code)]
        self.trace_conv = self._trace('conv')
        self.trace_code = self._trace('code')

    def _trace(self, kind):
        out = []
        with open(DATA + f'/traces/AzureLLMInferenceTrace_{kind}.csv') as f:
            r = csv.reader(f)
            next(r)
            for row in r:
                out.append((int(row[1]), int(row[2])))
        return out


class IPs:
    """Real IPv4 ranges per ASN from the ip-location-db table."""
    def __init__(self, asns):
        want = set(str(a) for a in asns)
        self.r = {a: [] for a in want}
        self.org = {}
        with open(ASN_CSV) as f:
            for line in f:
                a, b, asn, rest = line.split(',', 3)
                if asn in want:
                    lo = int(ipaddress.IPv4Address(a)); hi = int(ipaddress.IPv4Address(b))
                    if hi - lo >= 16:
                        self.r[asn].append((lo, hi))
                        self.org[asn] = rest.strip().strip('"')
        self.vpn = [ipaddress.IPv4Network(l.strip()) for l in open(DATA + '/network/vpn-ipv4.txt') if l.strip() and ':' not in l][:4000]

    def pick(self, rng, asn):
        lo, hi = rng.choice(self.r[str(asn)])
        return str(ipaddress.IPv4Address(rng.randint(lo + 1, hi - 1)))

    def vpn_ip(self, rng):
        n = rng.choice(self.vpn)
        k = n.num_addresses
        return str(n[rng.randint(1, k - 2)] if k > 4 else n[0])


def h12(s):
    return hashlib.sha256(s.encode()).hexdigest()[:12]


def ja4(proto, nc, ne, alpn, tag):
    return f"t{proto}d{nc:02d}{ne:02d}{alpn}_{h12('c' + tag)}_{h12('e' + tag)}"

# client stacks: name -> (ja4, list of UA choices)
STACKS = {
    'chrome-win': (ja4(13, 15, 16, 'h2', 'chrome'), ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36'], ['122', '123', '124', '125']),
    'chrome-mac': (ja4(13, 15, 16, 'h2', 'chrome'), ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36'], ['123', '124', '125']),
    'edge': (ja4(13, 15, 16, 'h2', 'chrome'), ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0'], ['123', '124']),
    'firefox': (ja4(13, 17, 15, 'h2', 'firefox'), ['Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0'], ['124', '125', '126']),
    'safari-mac': (ja4(13, 20, 14, 'h2', 'safari'), ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v} Safari/605.1.15'], ['17.3', '17.4', '17.4.1']),
    'safari-ios': (ja4(13, 20, 14, 'h2', 'safari'), ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v} Mobile/15E148 Safari/604.1'], ['17.4', '17.3']),
    'openai-py': (ja4(13, 18, 12, 'h2', 'httpx-openssl3'), ['OpenAI/Python {v}'], ['1.35.7', '1.40.2', '1.51.0', '1.54.3']),
    'anthropic-py': (ja4(13, 18, 12, 'h2', 'httpx-openssl3'), ['Anthropic/Python {v}'], ['0.34.2', '0.39.0', '0.42.0']),
    'httpx': (ja4(13, 18, 12, 'h2', 'httpx-openssl3'), ['python-httpx/{v}'], ['0.26.0', '0.27.0', '0.27.2']),
    'requests': (ja4(13, 18, 12, 'h1', 'requests-urllib3'), ['python-requests/{v}'], ['2.31.0', '2.32.3']),
    'aiohttp': (ja4(13, 18, 12, 'h1', 'aiohttp'), ['Python/3.11 aiohttp/{v}'], ['3.9.5', '3.10.5']),
    'openai-node': (ja4(13, 15, 13, 'h2', 'node-undici'), ['OpenAI/JS {v}'], ['4.52.0', '4.67.3', '4.73.0']),
    'anthropic-ts': (ja4(13, 15, 13, 'h2', 'node-undici'), ['Anthropic/JS {v}'], ['0.27.3', '0.32.1']),
    'undici': (ja4(13, 15, 13, 'h2', 'node-undici'), ['undici', 'node'], ['']),
    'axios': (ja4(13, 15, 13, 'h1', 'node-https'), ['axios/{v}'], ['1.6.8', '1.7.2']),
    'go': (ja4(13, 13, 12, 'h2', 'go-crypto-tls'), ['Go-http-client/2.0', 'Go-http-client/1.1'], ['']),
    'go-sdk': (ja4(13, 13, 12, 'h2', 'go-crypto-tls'), ['anthropic-sdk-go/{v}', 'openai-go/{v}'], ['0.2.0', '0.1.0-alpha.38']),
    'curl': (ja4(13, 31, 12, 'h2', 'curl-openssl'), ['curl/{v}'], ['8.5.0', '8.7.1', '8.9.1']),
    'curl-win': (ja4(12, 22, 8, 'h1', 'curl-schannel'), ['curl/{v}'], ['8.4.0', '8.7.1']),
    'java': (ja4(13, 19, 14, 'h2', 'jdk17'), ['Java-http-client/{v}'], ['17.0.9', '21.0.2']),
    'okhttp': (ja4(13, 16, 11, 'h2', 'okhttp-android'), ['okhttp/{v}'], ['4.11.0', '4.12.0']),
    'ios-app': (ja4(13, 20, 14, 'h2', 'safari'), ['{app}/{v} CFNetwork/1494.0.7 Darwin/23.4.0'], ['2.3.1', '2.4.0']),
    'dotnet': (ja4(12, 20, 11, 'h2', 'schannel-dotnet'), ['Azure.AI.OpenAI/{v} (.NET 8.0.4; Microsoft Windows 10.0.19045)'], ['2.0.0', '1.0.0-beta.17']),
    'reqwest': (ja4(13, 11, 9, 'h2', 'rustls'), ['reqwest/{v}', None], ['0.12.4']),
    'zscaler': (ja4(12, 26, 10, 'h1', 'zscaler-tls-intercept'), None, ['']),   # UA passes through from client
    'cli-node': (ja4(13, 15, 13, 'h2', 'node-undici'), ['claude-cli/{v} (external, cli)', 'aider/{v}', 'llm-cli/{v}'], ['0.2.9', '0.48.1', '1.0.3']),
}


def client(rng, stack, app='Tutorly'):
    j, uas, vs = STACKS[stack]
    if uas is None:
        ua = client(rng, rng.choice(['chrome-win', 'openai-py', 'curl-win', 'edge']))[1]
    else:
        ua = rng.choice(uas)
        if ua is not None:
            ua = ua.replace('{v}', rng.choice(vs)).replace('{app}', app)
    return j, ua


def rand_ja4(rng):
    """randomised / impersonated fingerprints"""
    proto = rng.choice(['13', '13', '12'])
    return f"t{proto}d{rng.randint(10, 20):02d}{rng.randint(8, 17):02d}{rng.choice(['h2', 'h2', 'h1'])}_{h12(str(rng.random()))}_{h12(str(rng.random()))}"


def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + f"{t.microsecond // 1000:03d}Z"


class World:
    def __init__(self, seed, start, days):
        self.rng = random.Random(seed)
        self.start = start
        self.days = days
        self.end = start + dt.timedelta(days=days)
        self.accounts = []
        self.labels = []
        self.inter = []
        self.nreq = 0
        self.world_counts = {}

    def hex(self, n):
        return ''.join(self.rng.choice('0123456789abcdef') for _ in range(n))

    def new_account(self, label, persona, campaign=None, created=None, org=None, email='gmail.com', card='auto',
                    signup_ip=None, country='US', tier='build', verified=False, keys=1):
        aid = 'acct_' + self.hex(12)
        if card == 'auto':
            card = 'pm_' + self.hex(16)
        if created is None:
            created = self.start - dt.timedelta(days=self.rng.uniform(1, 400))
        a = dict(account_id=aid, created_at=iso(created), org_id=org, email_domain=email,
                 payment_fingerprint=card, signup_ip=signup_ip, country=country, tier=tier, verified=verified)
        self.accounts.append(a)
        self.labels.append(dict(account_id=aid, label=label, campaign=campaign, persona=persona))
        key = 'key_' + self.hex(10)
        self.world_counts[(label, campaign, persona)] = self.world_counts.get((label, campaign, persona), 0) + 1
        return dict(id=aid, keys=[key] + ['key_' + self.hex(10) for _ in range(keys - 1)], created=created)

    def req(self, acct, ts, ip, stack_or_pair, prompt, *, endpoint='/v1/chat/completions', model='helix-2-pro',
            system=None, conv=None, turn=None, tools=None, out_tokens=None, reasoning=None, max_tokens=1024,
            temperature=0.7, stream=False, status=None, response=None, hist_tokens=0, ua_override=None):
        rng = self.rng
        if ts < acct['created']:
            ts = acct['created'] + dt.timedelta(minutes=rng.uniform(2, 60))
        if ts >= self.end or ts < self.start:
            return None
        if isinstance(stack_or_pair, tuple):
            j, ua = stack_or_pair
        else:
            j, ua = client(rng, stack_or_pair)
        if ua_override is not None:
            ua = ua_override
        if ua and ua.startswith('Anthropic/'):
            endpoint = '/v1/messages'
        elif ua and ua.startswith('OpenAI/'):
            endpoint = '/v1/chat/completions'
        if status is None:
            x = rng.random()
            status = 200 if x < 0.975 else (429 if x < 0.988 else (400 if x < 0.995 else (500 if x < 0.998 else 529)))
        in_tok = max(5, int((len(prompt) + len(system or '')) / 3.8) + hist_tokens + (len(tools or []) * 90))
        if out_tokens is None:
            out_tokens = rng.choice(self.corp.trace_conv)[1]
        if max_tokens:
            out_tokens = min(out_tokens, max_tokens)
        rt = reasoning
        if status != 200:
            out_tokens = 0; rt = 0 if reasoning else reasoning; response = None
        lat = int(250 + in_tok * 0.05 + (out_tokens + (rt or 0)) * rng.uniform(9, 22) + rng.expovariate(1 / 300))
        if status == 429:
            lat = rng.randint(15, 80)
        elif status == 400:
            lat = rng.randint(20, 200)
        self.nreq += 1
        rec = dict(id='req_' + self.hex(20), ts=iso(ts), account_id=acct['id'], api_key_id=rng.choice(acct['keys']),
                   ip=ip, user_agent=ua, tls_ja4=j, endpoint=endpoint, model=model, conversation_id=conv,
                   turn=turn, system=system, prompt=prompt, tool_names=tools, response=response,
                   input_tokens=in_tok, output_tokens=out_tokens, reasoning_tokens=rt, max_tokens=max_tokens,
                   temperature=temperature, stream=stream, status=status, latency_ms=lat)
        self.inter.append(rec)
        return rec

    # ---- timing helpers
    def day_time(self, day, tz, lo=8, hi=23, peak=None):
        rng = self.rng
        if peak is None:
            h = rng.triangular(lo, hi, (lo + hi) / 2 + 2)
        else:
            h = min(hi, max(lo, rng.gauss(peak, 2)))
        return self.start + dt.timedelta(days=day, hours=h - tz, seconds=rng.uniform(0, 3600) - 1800)

    def any_time(self):
        return self.start + dt.timedelta(seconds=self.rng.uniform(0, self.days * 86400))

    def write(self, out, world_md):
        os.makedirs(out, exist_ok=True)
        self.rng.shuffle(self.inter)
        with gzip.open(out + '/interactions.jsonl.gz', 'wt', encoding='utf-8') as f:
            for r in self.inter:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        with open(out + '/accounts.jsonl', 'w') as f:
            for a in self.accounts:
                f.write(json.dumps(a) + '\n')
        with open(out + '/labels.jsonl', 'w') as f:
            for a in self.labels:
                f.write(json.dumps(a) + '\n')
        n_att = sum(1 for l in self.labels if l['label'] == 'attack')
        ids_att = set(l['account_id'] for l in self.labels if l['label'] == 'attack')
        n_att_i = sum(1 for r in self.inter if r['account_id'] in ids_att)
        lines = [world_md, '', '## Counts', '', f'- interactions: {len(self.inter)} (attack {n_att_i})',
                 f'- accounts: {len(self.accounts)} (attack {n_att})', '', '| label | campaign | persona | accounts |', '|---|---|---|---|']
        for (lab, camp, per), n in sorted(self.world_counts.items(), key=lambda x: (x[0][0], str(x[0][1]), str(x[0][2]))):
            lines.append(f'| {lab} | {camp or "-"} | {per or "-"} | {n} |')
        open(out + '/WORLD.md', 'w').write('\n'.join(lines) + '\n')
        return len(self.inter), len(self.accounts), n_att, n_att_i


def compose(rng, *parts):
    """pick one option from each part (None = optional skip) and join"""
    out = []
    for p in parts:
        c = rng.choice(p)
        if c:
            out.append(c)
    return out
