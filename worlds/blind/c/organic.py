"""Legitimate customer behaviours (parameterised so each world mixes them differently)."""
from world import *

FOLLOW = ['thanks! can you make it shorter?', 'ok but what about edge cases?', 'can you explain the second part again, simpler',
          'hmm that does not look right to me, double check?', 'great. now in a table please', 'why?', 'give me 3 alternatives',
          'can you rewrite that in a friendlier tone', 'what would you do differently if budget was not an issue?',
          'ok and how would I test this', 'perfect, thank you', 'more detail on step 2 pls', 'in spanish please',
          'wait, I meant for a beginner', 'could you cite where that comes from?', 'is there a simpler way?',
          'can you turn that into bullet points for slides', 'that errors out with a KeyError, any idea?',
          'ok now add type hints', 'what are the downsides of that approach?', 'tl;dr?', 'go on',
          'I tried it and it works, but it is slow on big inputs', 'can you also handle the case where the list is empty',
          'make it sound less like AI wrote it', 'what about in Rust?', 'summarize our conversation so far']

def follow(rng, w):
    return rng.choice(FOLLOW)

def general_prompt(w, rng):
    C = w.C
    r = rng.random()
    if r < 0.25: return rng.choice(C.koala)
    if r < 0.45:
        t = rng.choice(C.hh); return t[0][0]
    if r < 0.6: return rng.choice(C.vicuna)['turns'][0]
    if r < 0.75: return rng.choice(C.mt)['turns'][0]
    if r < 0.9:
        u = rng.choice(C.uo); inst = rng.choice(u['instances'])
        return u['instruction'] + ('\n\n' + inst['input'] if inst.get('input') else '')
    return rng.choice(C.arena_other)['prompt']

def thread(w, rng, aid, t, n_turns, first, nexts, **kw):
    """a multi-turn human thread. nexts: callable giving follow-up prompt text."""
    conv = w.conv_id(rng, kw.pop('conv_style', 'uuid')) if kw.pop('with_conv', True) else None
    ctx = 0
    gap = kw.pop('gap', (20, 400))
    for i in range(n_turns):
        p = first if i == 0 else nexts(rng, w)
        lat, st = w.emit(rng, aid, t, conv=conv, turn=(i + 1) if conv else None, prompt=p, ctx=ctx, **kw)
        ctx += ntok(p) + int(rng.uniform(150, 700))
        t += timedelta(milliseconds=lat) + human_gap(rng, *gap)
        if t >= w.clock.end: break
    return t

def simple_user(w, persona, n, mean_req, *, hours=EVENING, country_w=None, stacks=(('chrome', 3), ('electron', 2), ('py_httpx', 2)),
                prompt_fn=general_prompt, turns=(1, 4), endpoint_w=(0.5, 0.5), pool=None, tier='build', email_fn=personal_email,
                system_fn=None, max_tokens=(None, 1024, 2048, 4096), temp=(None, 0.7, 1.0), created=(20, 700), ipv6=0.0, vpn=0.0):
    out = []
    for i in range(n):
        rng = w.sub(persona, i)
        cty = res_country(rng, country_w)
        home = pool(rng) if pool else res_ip(w, rng, cty)
        cre = before(w.clock, rng, *created) if rng.random() > 0.08 else w.clock.start + timedelta(days=rng.uniform(0, w.clock.days * 0.7))
        aid = w.account(persona, created=cre, email=email_fn(rng), signup_ip=home, country=cty, tier=tier)
        stack = rng.choices([s for s, _ in stacks], weights=[x for _, x in stacks])[0]
        ua = ua_for(rng, stack)
        endpoint = '/v1/messages' if rng.random() < endpoint_w[1] else '/v1/chat/completions'
        model = rng.choice(MODELS[endpoint])
        mt = rng.choice(max_tokens); tp = rng.choice(temp)
        sysp = system_fn(rng) if system_fn else None
        k = w.key(aid)
        nreq = pick_n(rng, mean_req); done = 0
        ips = [home]
        while done < nreq:
            t = w.clock.day_hour(rng, TZ.get(cty, 0), hours, day_lo=max(0, (cre - w.clock.start).days))
            if rng.random() < 0.2:
                ips.append(res_ip(w, rng, cty))
            ip = rng.choice(ips)
            if vpn and rng.random() < vpn: ip = w.N.ip(rng, 'vpn')
            if ipv6 and rng.random() < ipv6: ip = w.N.ip6(rng, 'tmobile' if rng.random() < 0.5 else 'comcast')
            nt = min(nreq - done, rng.randint(*turns))
            thread(w, rng, aid, t, nt, prompt_fn(w, rng), follow, key=k, ip=ip, stack=stack, ua=ua, endpoint=endpoint,
                   model=model if rng.random() < 0.85 else None, system=sysp, max_tokens=mt, temperature=tp,
                   stream=(stack in ('chrome', 'electron', 'safari', 'ios_urlsession', 'okhttp') or rng.random() < 0.3))
            done += nt
        out.append(aid)
    return out

# ------------------------------------------------------------------ developers / power users
AGENT_TOOLSETS = [
    ['read_file', 'write_file', 'run_shell', 'search_code'],
    ['bash', 'str_replace_editor'],
    ['Read', 'Edit', 'Bash', 'Grep', 'Glob', 'TodoWrite'],
    ['list_dir', 'read_file', 'apply_patch', 'run_tests'],
    ['browser_navigate', 'browser_click', 'browser_snapshot'],
    ['sql_query', 'describe_table'],
    ['get_weather', 'search_web'],
]
TOOL_RESULTS = ['Tool result: {"exit_code": 1, "stderr": "ModuleNotFoundError: No module named \'yaml\'"}',
                'Tool result: 14 passed, 2 failed (test_parse_dates, test_empty_input)',
                'Tool result: file written (212 lines)', 'Tool result: {"rows": 48, "columns": ["id","created_at","amount"]}',
                'Tool result: grep matched 6 files', 'Tool result: exit 0', 'Tool result: HTTP 404 from https://api.internal/v2/users',
                'here is the traceback:\n  File "app/main.py", line 88, in handler\n    payload = json.loads(body)\nJSONDecodeError: Expecting value: line 1 column 1 (char 0)',
                'Tool result: build succeeded with 3 warnings', 'Tool result: permission denied: /var/log/app']
DEV_SYS = [None, None, 'You are a senior software engineer. Be concise.', 'You are an expert coding assistant operating in the user\'s repository. Use tools to inspect files before editing.',
           'Answer with code only unless asked.', 'You are a helpful assistant.']

def dev_prompt(w, rng):
    C = w.C; r = rng.random()
    if r < 0.45: return rng.choice(C.arena_code)['prompt']
    if r < 0.75:
        g = rng.choice(C.gt_code); return g['instruction'] + (('\n' + g['input']) if g['input'] else '')
    if r < 0.82:
        he = rng.choice(C.he); return rng.choice(['finish this:\n', 'complete the function\n\n', 'can you implement this?\n```python\n', '']) + he['prompt']
    return general_prompt(w, rng)

def developer(w, persona, n, mean_req, *, country_w=None, odd=0.25, agentic=0.4, hours=OFFICE, email_fn=None, extra_stacks=None):
    stacks = [('py_httpx', 6), ('node', 4), ('node_h2', 1), ('go', 2), ('curl_linux', 1), ('curl_mac', 2), ('rust_rustls', 1), ('bun', 1), ('deno', 1), ('electron', 2), ('dotnet_win', 1), ('java', 1), ('php_guzzle', 1), ('ruby', 1)]
    if extra_stacks: stacks += extra_stacks
    ids = []
    for i in range(n):
        rng = w.sub(persona, i)
        cty = res_country(rng, country_w)
        home = res_ip(w, rng, cty)
        corp = rng.random() < odd
        cre = before(w.clock, rng, 5, 900)
        em = email_fn(rng) if email_fn else (rng.choice(WORK_DOMAINS) if rng.random() < 0.5 else personal_email(rng))
        aid = w.account(persona, created=cre, email=em, signup_ip=home, country=cty, tier=rng.choice(['build', 'build', 'scale', 'free']))
        stack = rng.choices([s for s, _ in stacks], weights=[x for _, x in stacks])[0]
        ua = ua_for(rng, stack)
        proxy_ja4 = None; proxy_pool = None
        if corp:  # TLS-intercepting proxy or odd platform: fingerprint does not match the UA
            kind = rng.choice(['zscaler', 'netskope', 'paloalto', 'curl_win', 'okhttp_wrap'])
            if kind in ('zscaler', 'netskope', 'paloalto'):
                proxy_ja4 = kind; proxy_pool = kind if kind in w.N.ranges else 'zscaler'
            elif kind == 'curl_win':
                stack = 'curl_win'; ua = ua_for(rng, 'curl_win')
            else:
                stack = 'okhttp'; ua = ua_for(rng, rng.choice(['py_httpx', 'node']))
        ag = rng.random() < agentic
        tools = rng.choice(AGENT_TOOLSETS) if ag else None
        sysp = rng.choice(DEV_SYS)
        endpoint = rng.choice(['/v1/messages', '/v1/chat/completions'])
        keys = [w.key(aid, j) for j in range(rng.randint(1, 3))]
        nreq = pick_n(rng, mean_req); done = 0
        while done < nreq:
            t = w.clock.day_hour(rng, TZ.get(cty, 0), hours, weekend=0.3)
            ip = w.N.ip(rng, proxy_pool) if proxy_pool else (home if rng.random() < 0.8 else res_ip(w, rng, cty))
            if ag:
                nt = min(nreq - done, rng.randint(3, 14))
                nx = lambda r, ww: r.choice(TOOL_RESULTS) if r.random() < 0.75 else follow(r, ww)
                gap = (1, 25)
            else:
                nt = min(nreq - done, rng.randint(1, 5)); nx = follow; gap = (30, 600)
            thread(w, rng, aid, t, nt, dev_prompt(w, rng), nx, key=rng.choice(keys), ip=ip, stack=proxy_ja4 or stack, ua=ua,
                   endpoint=endpoint, system=sysp if not ag else (sysp or 'You are an autonomous coding agent. Use the tools provided.'),
                   tools=tools, max_tokens=rng.choice([4096, 8192, 16000, None]), temperature=rng.choice([None, 0, 0.2]),
                   stream=rng.random() < 0.6, gap=gap, reasoning=(int(rng.uniform(200, 4000)) if rng.random() < 0.3 else None))
            done += nt
        ids.append(aid)
    return ids

# ------------------------------------------------------------------ researchers / hobbyists / writers
RESEARCH_WORDS = ['Walk me through your reasoning on this one, I want to see where it could go wrong.', 'I\'m comparing how models reason. Please solve and narrate each step:',
                  'for my notes — can you work this step by step?', 'Could you reason about this carefully before answering?',
                  'Explain your chain of thought. Interested in the intermediate steps more than the answer.', '']
def research_prompt(w, rng):
    C = w.C; r = rng.random()
    if r < 0.4:
        q = rng.choice(C.gsm_test if rng.random() < 0.6 else C.gsm_train)['question']
    elif r < 0.7:
        q = rng.choice(C.arena_other)['prompt']
    else:
        q = general_prompt(w, rng)
    pre = rng.choice(RESEARCH_WORDS)
    return (pre + '\n\n' + q) if pre else q

HOBBY = ['I\'m building a small fine-tuning set for a hobby project. Write {n} varied examples like this one, as JSON lines with "instruction" and "output":\n{ex}',
         'generate {n} more tasks in the same spirit as the example, different topics each time. jsonl please\n\nexample: {ex}',
         'Make me {n} training pairs (question + ideal answer) for a tiny assistant model I\'m training on my laptop. Style reference: {ex}',
         'Need synthetic data for a classifier. {n} examples, similar format to: {ex}']
def hobby_prompt(w, rng):
    s = rng.choice(w.C.seed)
    ex = s['instruction'] + (' | input: ' + s['instances'][0]['input'] if s['instances'][0]['input'] else '') + ' | output: ' + s['instances'][0]['output'][:300]
    return rng.choice(HOBBY).format(n=rng.choice([5, 10, 10, 20, 25, 50]), ex=ex)

WRITER = ['Help me tighten this paragraph', 'Give me five opening lines for a short story about {t}', 'I\'m stuck on chapter 3. My heroine has to {t}. What could happen next?',
          'Write a villanelle about {t}', 'Can you critique the pacing of this scene: {t}', 'brainstorm titles for a memoir about {t}']
THEMES = ['a lighthouse keeper who stops answering letters', 'two sisters selling the family orchard', 'a bus driver on the last night route',
          'a chess prodigy who loses on purpose', 'grief and gardening', 'a town that forgets one word every year', 'leaving a job in tech to bake bread']
def writer_prompt(w, rng):
    r = rng.random()
    if r < 0.35: return rng.choice(WRITER).format(t=rng.choice(THEMES))
    if r < 0.6:
        m = [x for x in w.C.mt if x['category'] in ('writing', 'roleplay', 'humanities')]
        return rng.choice(m)['turns'][0]
    if r < 0.8:
        g = rng.choice(w.C.gt_role); return g['instruction']
    return rng.choice(w.C.koala)

# ------------------------------------------------------------------ enterprise
def enterprise(w, persona, org_name, n_keys, total_req, *, egress, system, prompt_fn, stack, endpoint, model, tools=None,
               hours=OFFICE, tz=0, country='US', email=None, tier='enterprise', resp_null=True, max_tokens=1024, temp=0.3, turns=(1, 1),
               egress_n=2, reasoning=None, ja4_override=None):
    rng = w.sub(persona, org_name)
    org = 'org_' + h(w.seed, org_name, n=12)
    card = 'pf_' + h(w.seed, 'card', org_name, n=20)
    egress_ips = [w.N.ip(rng, egress) for _ in range(egress_n)]
    t0 = before(w.clock, rng, 30, 400)
    ids = []
    for i in range(n_keys):
        aid = w.account(persona, created=t0 + timedelta(seconds=rng.uniform(0, 900)), org=org, email=email or (org_name.lower().replace(' ', '') + '.com'),
                        pay=card, signup_ip=egress_ips[0], country=country, tier=tier, verified=True)
        ids.append(aid)
    ua = ua_for(rng, stack)
    weights = [rng.paretovariate(1.3) for _ in ids]
    done = 0
    while done < total_req:
        aid = rng.choices(ids, weights=weights)[0]
        t = w.clock.day_hour(rng, tz, hours, weekend=0.25)
        nt = rng.randint(*turns)
        conv = w.conv_id(rng, 'sess_') if nt > 1 or rng.random() < 0.5 else None
        ctx = 0
        for j in range(nt):
            p = prompt_fn(w, rng) if j == 0 else follow(rng, w)
            lat, _ = w.emit(rng, aid, t, key=w.key(aid), ip=rng.choice(egress_ips), stack=ja4_override or stack, ua=ua, endpoint=endpoint, model=model,
                            conv=conv, turn=(j + 1) if conv else None, system=system, prompt=p, tools=tools, ctx=ctx,
                            max_tokens=max_tokens, temperature=temp, stream=False, p429=0.012, out=int(rng.lognormvariate(5.3, 0.6)),
                            reasoning=(int(rng.uniform(*reasoning)) if reasoning else None))
            ctx += ntok(p) + 300
            t += timedelta(milliseconds=lat) + timedelta(seconds=rng.uniform(8, 120))
            done += 1
    return ids

# ------------------------------------------------------------------ campus / classroom
def campus(w, persona, name, n_students, mean_req, *, pool, nat_n=2, email, tz, country, prompt_fn=general_prompt, hours=STUDENT,
           stacks=(('chrome', 5), ('safari', 2), ('firefox', 1), ('py_httpx', 3), ('electron', 1)), wrapper=None, items=None,
           deadlines=(), tier='free', mean_turns=2):
    rng = w.sub(persona, name)
    nat = [w.N.ip(rng, pool) for _ in range(nat_n)]
    ids = []
    hw = None
    if items is not None:
        hw = [items[rng.randrange(len(items))] for _ in range(12)]  # the homework set everyone gets
    for i in range(n_students):
        r2 = w.sub(persona, name, i)
        cre = before(w.clock, r2, 1, 200) if r2.random() < 0.7 else w.clock.start + timedelta(days=r2.uniform(0, 3))
        aid = w.account(persona, created=cre, email=email, signup_ip=r2.choice(nat), country=country, tier=tier)
        stack = r2.choices([s for s, _ in stacks], weights=[x for _, x in stacks])[0]
        ua = ua_for(r2, stack)
        nreq = pick_n(r2, mean_req); done = 0
        while done < nreq:
            if deadlines and r2.random() < 0.7:
                dl = r2.choice(deadlines)
                t = w.clock.start + timedelta(days=dl) - timedelta(hours=r2.expovariate(1 / 14))
                if t < w.clock.start: t = w.clock.start + timedelta(hours=r2.uniform(1, 48))
            else:
                t = w.clock.day_hour(r2, tz, hours, weekend=0.8)
            ip = r2.choice(nat) if r2.random() < 0.85 else res_ip(w, r2, country)
            if hw is not None and r2.random() < 0.75:
                item = r2.choice(hw)
                first = wrapper(r2, item)
            else:
                first = prompt_fn(w, r2)
            nt = min(nreq - done, max(1, int(r2.expovariate(1 / mean_turns)) + 1))
            thread(w, r2, aid, t, nt, first, follow, key=w.key(aid), ip=ip, stack=stack, ua=ua, endpoint='/v1/chat/completions',
                   model='helix-3-haiku' if r2.random() < 0.6 else None, max_tokens=r2.choice([None, 1024]), temperature=None,
                   stream=stack != 'py_httpx', p429=0.03)
            done += nt
        ids.append(aid)
    return ids

# ------------------------------------------------------------------ eval harness
def harness(w, persona, name, n_accts, total_req, *, pool, items, render, stack, endpoint, model_list, country='US', verified=True,
            org=True, runs_per_day=3, temp=0.0, max_tokens=2048, reasoning=None, nightly=None, email='evals.example.org', tier='scale'):
    rng = w.sub(persona, name)
    orgid = 'org_' + h(w.seed, name, n=12) if org else None
    card = 'pf_' + h(w.seed, 'card', name, n=20)
    ips = [w.N.ip(rng, pool) for _ in range(rng.randint(3, 8))]
    ids = [w.account(persona, created=before(w.clock, rng, 40, 300), org=orgid, email=email, pay=card, signup_ip=ips[0],
                     country=country, tier=tier, verified=verified) for _ in range(n_accts)]
    ua = ua_for(rng, stack)
    done = 0
    run = 0
    while done < total_req:
        run += 1
        if nightly is not None:
            day = (run - 1) % w.clock.days
            t = w.clock.start + timedelta(days=day, hours=nightly, minutes=rng.uniform(0, 20))
        else:
            t = w.clock.start + timedelta(seconds=rng.uniform(0, w.clock.days * 86400 - 7200))
        aid = rng.choice(ids); model = rng.choice(model_list)
        subset = items[:]  # a run walks the benchmark in order, with a fixed subset size
        start = rng.randrange(len(subset)); size = rng.choice([50, 100, 164, 200])
        conc = rng.choice([4, 8, 16])
        for j in range(size):
            if done >= total_req: break
            it = subset[(start + j) % len(subset)]
            tt = t + timedelta(seconds=j * rng.uniform(0.8, 4.0) / conc * 4)
            if tt >= w.clock.end: break
            w.emit(rng, aid, tt, key=w.key(aid), ip=rng.choice(ips), stack=stack, ua=ua, endpoint=endpoint, model=model,
                   prompt=render(rng, it), max_tokens=max_tokens, temperature=temp, stream=False, p429=0.04,
                   reasoning=(int(rng.uniform(*reasoning)) if reasoning else None), out=int(rng.uniform(120, 700)))
            done += 1
    return ids
