"""Legitimate personas. Each function adds accounts + interactions to world W."""
import datetime as dt
from common import client, rand_ja4, STACKS

D = dt.timedelta

FOLLOWUPS = ["ok can you make it shorter", "thanks! what about edge cases?", "hmm that didn't work, I get an error on line 3",
             "can you explain the second part again?", "Now do the same but in TypeScript", "perfect. one more: how would I test this?",
             "what if the input is empty?", "give me a version without external libraries", "why?", "can you add comments",
             "Rewrite it in a more formal tone please", "is there a faster way", "Can you cite a source for that?",
             "actually I meant the other way round", "nice, now put it in a table"]

RESIDENTIAL = {'US': [7922, 7018, 22773, 701, 6128, 21928], 'GB': [2856, 5089], 'DE': [3320], 'FR': [3215, 12322],
               'IN': [55836], 'JP': [17676], 'KR': [4766], 'AU': [1221], 'MX': [8151], 'BR': [28573], 'ES': [3352], 'NL': [6830]}
TZ = {'US': -6, 'GB': 0, 'DE': 1, 'FR': 1, 'IN': 5.5, 'JP': 9, 'KR': 9, 'AU': 10, 'MX': -6, 'BR': -3, 'ES': 1, 'NL': 1}
MODELS_CHAT = ['helix-2-pro', 'helix-2-pro', 'helix-2-flash', 'helix-2-flash', 'helix-2-mini']


def country(rng, weights=None):
    cs = list(RESIDENTIAL)
    w = weights or [30, 10, 8, 6, 10, 4, 3, 4, 3, 5, 3, 3]
    return rng.choices(cs, w)[0]


def home_ip(W, rng, c):
    return W.ips.pick(rng, rng.choice(RESIDENTIAL[c]))


def endpoint_for(rng, stack):
    if stack.startswith('anthropic') or stack == 'cli-node' and rng.random() < .5:
        return '/v1/messages'
    return '/v1/chat/completions' if rng.random() < .75 else '/v1/messages'


def organic_prompt(W, rng, kind='mix'):
    C = W.corp
    x = rng.random()
    if kind == 'casual':
        if x < .45: return rng.choice(C.hh), None
        if x < .7: return [rng.choice(C.koala)], None
        if x < .85: return [rng.choice(C.vicuna)], None
        t = rng.choice(C.mtbench); return t['turns'], None
    if kind == 'dev':
        if x < .45: return [rng.choice(C.arena_code)], None
        if x < .7:
            c = rng.choice(C.codegen); return [c['instruction'] + ('\n\n' + c['input'] if c['input'] else '')], c['response']
        if x < .85: return [rng.choice(C.arena_other)], None
        return [rng.choice(C.koala)], None
    if kind == 'writer':
        if x < .4:
            t = rng.choice([m for m in C.mtbench if m['category'] in ('writing', 'roleplay', 'humanities')]); return t['turns'], None
        if x < .7:
            r = rng.choice(C.useror); return [r[1]], r[2]
        return [rng.choice(C.koala)], None
    # mix
    if x < .25: return rng.choice(C.hh)[:3], None
    if x < .45: return [rng.choice(C.koala)], None
    if x < .6: r = rng.choice(C.useror); return [r[1]], r[2]
    if x < .8: return [rng.choice(C.arena_other + C.arena_code)], None
    t = rng.choice(C.mtbench + [{'turns': [v]} for v in C.vicuna]); return t['turns'], None


def thread(W, acct, t0, ip, stackpair, prompts, *, system=None, endpoint='/v1/chat/completions', model=None,
           followups=True, gap=(20, 400), tools=None, reasoning=False, max_tokens=None, temperature=None, stream=None,
           first_resp=None, out_scale=1.0):
    rng = W.rng
    conv = ('conv_' + W.hex(16)) if rng.random() < .85 else None
    ps = list(prompts)
    if followups and rng.random() < .45:
        ps += rng.sample(FOLLOWUPS, rng.randint(1, 3))
    t = t0
    hist = 0
    model = model or rng.choice(MODELS_CHAT)
    mt = max_tokens if max_tokens is not None else rng.choice([None, 1024, 2048, 4096, 8192])
    temp = temperature if temperature is not None else rng.choice([None, None, 0.7, 1.0, 0.2, 0.0])
    st = stream if stream is not None else (rng.random() < .6)
    for i, p in enumerate(ps):
        out = int(rng.choice(W.corp.trace_conv)[1] * out_scale) + rng.randint(5, 60)
        rtok = int(out * rng.uniform(0.5, 4)) if reasoning else None
        r = W.req(acct, t, ip, stackpair, p, endpoint=endpoint, model=model, system=system, conv=conv,
                  turn=(i + 1) if conv else None, tools=tools, out_tokens=out, reasoning=rtok, max_tokens=mt,
                  temperature=temp, stream=st, response=(first_resp if i == 0 else None), hist_tokens=hist)
        if r: hist += r['input_tokens'] - hist + r['output_tokens']
        t += D(seconds=rng.uniform(*gap) + (r['latency_ms'] / 1000 if r else 0))
    return t


def individuals(W, persona, n, reqs, kind, stacks, *, tier_w=(5, 4, 1, 0), countries=None, vpn=False, reasoning_p=0.1,
                tools_p=0.0, sys_p=0.1, cwin=None, odd_p=0.0):
    rng = W.rng
    for _ in range(n):
        c = country(rng, countries)
        stack = rng.choice(stacks)
        pair = client(rng, stack)
        if odd_p and rng.random() < odd_p:   # odd stacks: TLS-intercepting proxies, mismatched UA
            pair = (STACKS['zscaler'][0], pair[1]) if rng.random() < .5 else (client(rng, rng.choice(['curl-win', 'java', 'dotnet']))[0], pair[1])
        hip = home_ip(W, rng, c)
        ips = [hip, hip, home_ip(W, rng, c)]
        if vpn:
            ips = [W.ips.vpn_ip(rng) for _ in range(rng.randint(1, 5))] + [hip]
        mail = rng.choice(['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.com', 'gmx.de', 'web.de', 'naver.com', 'yandex.ru', 'fastmail.com', 'hey.com'])
        if persona in ('developer', 'power-user', 'researcher') and rng.random() < .4:
            mail = rng.choice(['stripe-contractor.dev', 'acme-robotics.com', 'northwind.io', 'uni-heidelberg.de', 'ucl.ac.uk', 'kaist.ac.kr', 'iitb.ac.in', 'tum.de', 'berkeley.edu', 'lunarlabs.ai', 'mail.utoronto.ca', 'bigcorp.co.jp'])
        created = W.start - D(days=rng.expovariate(1 / 150)) if rng.random() < .9 else W.start + D(days=rng.uniform(0, W.days - 1))
        a = W.new_account('organic', persona, created=created, email=mail, signup_ip=rng.choice(ips), country=c,
                          tier=rng.choices(['free', 'build', 'scale', 'enterprise'], tier_w)[0], keys=rng.choice([1, 1, 1, 2, 3]))
        nr = max(1, int(rng.lognormvariate(0, .7) * reqs))
        system = None
        if rng.random() < sys_p:
            system = rng.choice(['You are a helpful assistant.', 'You are a senior software engineer. Be concise.',
                                 'Answer in British English.', 'You are my writing coach. Be honest but kind.',
                                 'Reply in Markdown.', 'You are a research assistant. Cite sources when possible.',
                                 'Antworte bitte auf Deutsch.', 'Keep answers under 200 words.'])
        tools = None
        done = 0
        active_days = sorted(rng.sample(range(W.days), min(W.days, max(1, rng.randint(1, W.days)))))
        while done < nr:
            day = rng.choice(active_days)
            t = W.day_time(day, TZ[c], *(cwin or (7, 24)))
            prompts, resp = organic_prompt(W, rng, kind)
            if rng.random() < tools_p:
                tools = rng.choice([['read_file', 'write_file', 'run_shell', 'search_code'], ['bash', 'str_replace_editor'],
                                    ['web_search', 'fetch_url'], ['Read', 'Edit', 'Bash', 'Grep', 'Glob'], ['sql_query', 'list_tables']])
                # agentic loop: prompt then many tool-result turns at machine pace
                steps = [prompts[0]] + [f"[tool_result {rng.choice(tools)}] " + rng.choice(['exit code 0', 'File written.', '3 matches found', 'Traceback (most recent call last): ...', 'OK', '```\n' + rng.choice(W.corp.codegen)['response'][:300] + '\n```']) for _ in range(rng.randint(2, 14))]
                thread(W, a, t, rng.choice(ips), pair, steps, endpoint=endpoint_for(rng, stack), tools=tools, followups=False,
                       gap=(1, 12), system=system or 'You are an autonomous coding agent working in the user\'s repository.', max_tokens=8192, stream=True, out_scale=1.5)
                done += len(steps)
                continue
            reasoning = rng.random() < reasoning_p
            thread(W, a, t, rng.choice(ips), pair, prompts, system=system, endpoint=endpoint_for(rng, stack),
                   reasoning=reasoning, first_resp=resp, model='helix-2-think' if reasoning else None)
            done += len(prompts) + 1


def enterprise(W, name, n, per_acct, egress, system, kind, stack, country='US', tz=-5, tier='enterprise', verified=True,
               email=None, hours=(8, 19), model='helix-2-flash', tools=None, persona='verified-enterprise', day_span=None):
    """many keys under one org, one card, one egress, keys created within minutes"""
    rng = W.rng
    org = 'org_' + W.hex(10)
    card = 'pm_' + W.hex(16)
    created0 = W.start - D(days=rng.uniform(20, 300))
    egress_ips = [W.ips.pick(rng, egress) for _ in range(rng.randint(1, 4))]
    accts = []
    for i in range(n):
        accts.append(W.new_account('organic', persona, created=created0 + D(seconds=rng.uniform(0, 600)), org=org,
                                   email=email or (name + '.com'), card=card, signup_ip=egress_ips[0], country=country,
                                   tier=tier, verified=verified, keys=rng.choice([1, 2])))
    for a in accts:
        pair = client(rng, stack)
        nr = max(3, int(rng.gauss(per_acct, per_acct * .2)))
        for k in range(nr):
            day = rng.randrange(W.days)
            if (W.start + D(days=day)).weekday() >= 5 and rng.random() < .8:
                day = (day + 2) % W.days
            t = W.day_time(day, tz, *hours)
            if kind == 'support':
                p = f"Ticket #{rng.randint(100000, 999999)}\nCustomer message:\n" + (rng.choice(W.corp.hh)[0] if rng.random() < .3 else rng.choice(W.corp.koala + [u[1] for u in W.corp.useror])) + "\n\nSummarise the issue and draft a reply."
            elif kind == 'legal':
                p = "Clause under review:\n" + rng.choice(W.corp.useror)[1][:600] + "\n\nFlag any risk for the client."
            elif kind == 'codereview':
                c = rng.choice(W.corp.codegen)
                p = "Review this diff and list issues:\n```\n" + (c['response'] or c['instruction'])[:900] + "\n```"
            elif kind == 'synthdata':   # legit, verified data vendor generating instruction data for its own small models
                s = rng.choice(W.corp.seeds)
                p = f"Generate 5 new training examples in the style of this one. Domain: {rng.choice(['retail banking', 'insurance claims', 'HR policy', 'IT helpdesk', 'travel'])}.\nExample instruction: {s['instruction']}\nExample output: {s['instances'][0]['output'][:300]}\nReturn JSON lines."
            elif kind == 'tutor':
                q = rng.choice(W.corp.gsm_train)['question']
                p = f"Student (grade {rng.randint(4, 8)}) asked: {q}\nExplain step by step without giving the final number straight away."
            elif kind == 'agentplatform':
                p = rng.choice(organic_prompt(W, rng, 'mix')[0])
            else:
                p = organic_prompt(W, rng, 'mix')[0][0]
            W.req(a, t, rng.choice(egress_ips), pair, p, endpoint='/v1/messages' if 'anthropic' in stack else '/v1/chat/completions',
                  model=model, system=system, tools=tools, max_tokens=rng.choice([1024, 2048]), temperature=0.2, stream=False,
                  out_tokens=rng.randint(120, 700))
    return org


def campus(W, n, reqs, nat_asn, edu_domain, country='US', tz=-5, persona='campus-nat', nats=3):
    rng = W.rng
    nat = [W.ips.pick(rng, nat_asn) for _ in range(nats)]
    for _ in range(n):
        created = W.start - D(days=rng.uniform(0, 500))
        a = W.new_account('organic', persona, created=created, email=edu_domain if rng.random() < .7 else 'gmail.com',
                          signup_ip=rng.choice(nat), country=country, tier=rng.choice(['free', 'free', 'build']))
        pair = client(rng, rng.choice(['chrome-win', 'chrome-mac', 'safari-mac', 'firefox', 'edge', 'safari-ios', 'openai-py', 'requests']))
        home = home_ip(W, rng, country)
        nr = max(1, int(rng.lognormvariate(0, .8) * reqs))
        done = 0
        while done < nr:
            day = rng.randrange(W.days)
            t = W.day_time(day, tz, 8, 26)
            ip = rng.choice(nat) if 8 <= (t.hour + tz) % 24 <= 18 or rng.random() < .5 else home
            pr, resp = organic_prompt(W, rng, rng.choice(['mix', 'dev', 'writer']))
            if rng.random() < .2:
                pr = [rng.choice(W.corp.gsm_train)['question'] + ' ' + rng.choice(['explain pls', 'step by step', '', 'how do i solve this'])]
            thread(W, a, t, ip, pair, pr)
            done += len(pr) + 1


def classroom(W, n, teacher_wrapper, items, deadlines, nat_asn, country='US', tz=-5, persona='classroom', edu='school.edu'):
    """students share teacher's wrapper and the same homework items; bursty before deadlines"""
    rng = W.rng
    nat = W.ips.pick(rng, nat_asn)
    signup_day = W.start - D(days=rng.uniform(10, 40))
    for _ in range(n):
        a = W.new_account('organic', persona, created=signup_day + D(minutes=rng.uniform(0, 90)), email=edu,
                          signup_ip=nat, country=country, tier='free')
        pair = client(rng, rng.choice(['chrome-win', 'chrome-mac', 'safari-ios', 'edge', 'firefox']))
        home = home_ip(W, rng, country)
        for dl in deadlines:
            k = rng.randint(2, 7)
            for it in rng.sample(items, min(k, len(items))):
                lead = rng.expovariate(1 / 14)  # hours before deadline
                t = W.start + D(days=dl, hours=-lead - tz)
                p = teacher_wrapper.replace('{Q}', it)
                thread(W, a, t, nat if rng.random() < .4 else home, pair, [p], followups=True, model='helix-2-flash')


def eval_harness(W, lab, n_accts, runs, items_fn, cloud_asn, stack, system=None, persona='eval-harness', samples=1,
                 temperature=0.0, reasoning=False, email=None):
    rng = W.rng
    org = 'org_' + W.hex(10)
    card = 'pm_' + W.hex(16)
    ips = [W.ips.pick(rng, cloud_asn) for _ in range(6)]
    accts = [W.new_account('organic', persona, created=W.start - D(days=rng.uniform(30, 200)), org=org, email=email or lab,
                           card=card, signup_ip=ips[0], country='US', tier='scale', verified=rng.random() < .6, keys=3)
             for _ in range(n_accts)]
    for r in range(runs):
        a = rng.choice(accts)
        pair = client(rng, stack)
        t = W.any_time()
        model = rng.choice(['helix-2-pro', 'helix-2-flash', 'helix-2-think', 'helix-2-mini'])
        items = items_fn()
        ip = rng.choice(ips)
        for it in items:
            for s in range(samples):
                out = rng.randint(150, 900)
                W.req(a, t, ip, pair, it, model=model, system=system, max_tokens=4096 if not reasoning else 16000,
                      temperature=temperature, stream=False, out_tokens=out,
                      reasoning=(out * rng.randint(2, 8) if reasoning or model == 'helix-2-think' else None),
                      status=429 if rng.random() < .03 else None)
                t += D(seconds=rng.uniform(0.05, 1.5))
