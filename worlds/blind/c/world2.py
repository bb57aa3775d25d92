"""World 2 (seed 404): a different mix of operations and customers."""
from attack import *
from organic import *

def build(w):
    C = w.C; clk = w.clock
    md = []
    # ============================================================ op-cinder: sloppy agentic/tool-use harvest
    rng = w.sub('cinder')
    cards = ['pf_' + h(w.seed, 'cinder-card', i, n=20) for i in range(3)]
    dom = ['gmial.com', 'outlookk.com', 'protonrnail.com', 'yahooo.co', 'icloud-mail.net']
    accts = burst_signups(w, rng, 140, 4, persona='toolformer-fleet', campaign='op-cinder', email_fn=lambda r: r.choice(dom), cards=cards,
                          ip_fn=lambda r: w.N.ip(r, r.choice(['vpn', 'vpn', 'contabo', 'do'])), country_fn=lambda r: r.choice(['US', 'DE', 'BR', 'TR', None]))
    TOOLSETS = [['wikipedia', 'calculator', 'weather', 'search'], ['web_search', 'python', 'calendar'], ['wikipedia', 'translator', 'news_api', 'calculator']]
    for aid, cre, ip in accts:
        r = w.sub('cinder', aid)
        ua = 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)' if r.random() < 0.7 else 'axios/1.7.2'
        def item(rr):
            g = rr.choice(C.gt_tool)
            body = g['instruction'].split('\n')[-1] + ('\n' + g['input'] if g['input'] else '')
            return compose(rr, ['', 'Use the tools. ', 'Decide which tool to call and call it. '], body,
                           ['\nShow the call, the assumed result, then the final answer with reasoning.', '\nExplain why you chose that tool before calling it.', '\nThink out loud, then act.', ''])
        scripted_run(w, r, aid, cre, pick_n(r, 55, 10, 0.4), item_fn=item, ip_fn=lambda rr: w.N.ip(rr, rr.choice(['vpn', 'contabo', 'do'])), stack='node', ua=ua,
                     endpoint='/v1/chat/completions', model='helix-3-sonnet', max_tokens=4096, temperature=0.6, tools=lambda rr: rr.choice(TOOLSETS),
                     sessions=(1, 3), gap=(0.2, 3), p429=0.1)
    md.append('- op-cinder (140 accounts, persona toolformer-fleet): sloppy. 4 sign-up bursts, look-alike mail domains (gmial.com, outlookk.com, protonrnail.com...), '
              '3 cards, VPN/Contabo/DigitalOcean exits, node-fetch/axios UA on one Node TLS stack. Tool-use harvesting from GPTeacher-toolformer tasks with '
              'declared tools and "explain the tool choice" wording; 1-3 dense sessions per account.')
    # ============================================================ op-heron: careful multi-turn coding
    pool = [('he', x) for x in C.he] + [('gt', x) for x in C.gt_code] + [('ar', x) for x in C.arena_code]
    OPEN = ['', 'hey, ', 'Working on something for a side project: ', 'Interview prep — ', 'Can you help me with this? ', 'I keep getting this wrong: ', 'ok so ']
    NEXT = ['nice. can you add unit tests for it?', 'what is the time and space complexity, and can it be better?', 'how would this look in Go?',
            'walk me through why it works on an edge case you pick', 'refactor it to be more idiomatic and explain each change', 'what would a reviewer flag here?',
            'write a property-based test for it', 'now make it handle very large inputs']
    for i in range(90):
        r = w.sub('heron', i)
        cty = res_country(r, {'US': 4, 'CA': 1, 'GB': 1, 'DE': 1, 'KR': 1, 'JP': 1, 'AU': 1})
        home = res_ip(w, r, cty)
        aid = w.account('code-harvest', 'attack', 'op-heron', created=before(clk, r, 120, 500), email=r.choice(PERSONAL + WORK_DOMAINS[:5]),
                        signup_ip=res_ip(w, r, cty), country=cty, tier=r.choice(['build', 'build', 'scale']))
        stack = r.choice(['chrome', 'firefox', 'safari', 'electron', 'curl_mac', 'py_httpx', 'node', 'edge', 'rust_rustls', 'go'])
        ua = ua_for(r, stack)
        if r.random() < 0.2: ua = ua_for(r, r.choice(['chrome', 'safari']))  # UA spoofed over a non-browser stack
        endpoint = r.choice(['/v1/messages', '/v1/chat/completions'])
        nreq = pick_n(r, 32, 10, 0.35); done = 0
        while done < nreq:
            t = clk.day_hour(r, TZ[cty], OFFICE if r.random() < 0.5 else EVENING, weekend=0.6)
            ip = home if r.random() < 0.75 else res_ip(w, r, cty)
            if r.random() < 0.12:
                nt = min(nreq - done, r.randint(1, 2))
                thread(w, r, aid, t, nt, general_prompt(w, r), follow, key=w.key(aid), ip=ip, stack=stack, ua=ua, endpoint=endpoint)
                done += nt; continue
            k, it = w.take('heron', pool, r)
            body = it['prompt'] if k in ('he', 'ar') else it['instruction'] + ('\n' + it['input'] if it['input'] else '')
            nt = min(nreq - done, r.choice([2, 2, 3, 3, 4, 5]))
            thread(w, r, aid, t, nt, r.choice(OPEN) + body, lambda rr, ww: rr.choice(NEXT), key=w.key(aid), ip=ip, stack=stack, ua=ua, endpoint=endpoint,
                   model=r.choice(['helix-3-opus', 'helix-3-sonnet']), max_tokens=r.choice([4096, 8192]), stream=r.random() < 0.7, gap=(90, 1500),
                   reasoning=int(r.uniform(500, 4000)) if r.random() < 0.4 else None)
            done += nt
    md.append('- op-heron (90 accounts, persona code-harvest): careful. Aged 4-16 months, own cards, residential ISPs in 7 countries, per-account browser/desktop/SDK '
              'stacks (20% spoof a browser UA over a non-browser TLS stack), human-paced 2-5 turn code threads with review/test/complexity follow-ups. One shared '
              'queue over HumanEval + GPTeacher-code + Arena-Hard coding, never repeated. ~12% cover chat.')
    # ============================================================ op-relay: sub-teams
    MATH = [['Here is a problem from my worksheet. ', 'Problem ', 'Solve: ', ''], None,
            ['\n\nShow each calculation on its own line and say why you do it.', '\n\nI need the full working, not only the answer.', '\n\nExplain every step, then state the result.',
             '\n\nGo slowly and justify each operation.']]
    for i in range(60):
        r = w.sub('relay-math', i); cp = 'tencent'
        aid = w.account('math-worker', 'attack', 'op-relay', created=before(clk, r, 3, 30), email=r.choice(['163.com', 'qq.com', 'outlook.com', 'gmail.com']),
                        signup_ip=w.N.ip(r, cp), country=r.choice(['HK', 'SG', 'CN', 'MY']), tier='build')
        ua = ua_for(r, 'java_okhttp_srv')
        def item(rr):
            q = w.take('relay-math', C.gsm_train, rr)['question']
            return compose(rr, MATH[0], q, MATH[2])
        scripted_run(w, r, aid, before(clk, r, 0, 0), pick_n(r, 40, 10, 0.4), item_fn=item, ip_fn=lambda rr: w.N.ip(rr, cp), stack='java_okhttp_srv', ua=ua,
                     endpoint='/v1/chat/completions', model='helix-3-reason', max_tokens=6000, temperature=0.3, sessions=(3, 6), gap=(2, 20), cover=0.25,
                     hours=OFFICE, tz=8, reasoning=lambda rr: int(rr.uniform(800, 6000)))
    PAIR = ['Two assistants answered the same request. Which is better and by how much? Score each 1-10 on helpfulness, accuracy and safety, then pick a winner.',
            'Compare response A and response B below as an impartial judge. Give a verdict ([[A]], [[B]] or [[tie]]) after a detailed justification.',
            'Rank these two answers. Explain your reasoning criterion by criterion first.']
    for i in range(55):
        r = w.sub('relay-judge', i)
        aid = w.account('pairwise-judge', 'attack', 'op-relay', created=before(clk, r, 3, 30), email=r.choice(['proton.me', 'tutanota.com', 'gmail.com']),
                        signup_ip=w.N.ip(r, 'do'), country=r.choice(['US', 'NL', 'SG']), tier='build')
        ua = ua_for(r, 'rust_rustls')
        def item(rr):
            turns = rr.choice(C.hh)
            q = turns[0][0]
            a = turns[0][1] or 'I cannot help with that.'
            b = rr.choice(C.hh)[0][1] or 'Sure, here is some information.'
            if rr.random() < 0.5: a, b = b, a
            return compose(rr, PAIR, '\n\n[User request]\n', q, '\n\n[Response A]\n', a, '\n\n[Response B]\n', b)
        scripted_run(w, r, aid, before(clk, r, 0, 0), pick_n(r, 40, 10, 0.4), item_fn=item, ip_fn=lambda rr: w.N.ip(rr, 'do'), stack='rust_rustls', ua=ua,
                     endpoint='/v1/messages', model='helix-3-opus', max_tokens=2048, temperature=0.0, sessions=(2, 5), gap=(1, 8), cover=0.4, hours=FLAT)
    for i in range(55):
        r = w.sub('relay-role', i)
        aid = w.account('persona-data', 'attack', 'op-relay', created=before(clk, r, 3, 30), email='gmail.com', signup_ip=w.N.ip6(r, 'tmobile'), country='US', tier='build')
        ua = ua_for(r, 'ruby')
        def item(rr):
            g = w.take('relay-role', C.gt_role, rr)
            return g['instruction'] + rr.choice(['\nStay fully in character for at least 400 words.', '\nRespond in character; include inner monologue in italics.', ''])
        scripted_run(w, r, aid, before(clk, r, 0, 0), pick_n(r, 40, 10, 0.4), item_fn=item, ip_fn=lambda rr: w.N.ip6(rr, 'tmobile') if rr.random() < 0.6 else w.N.ip(rr, 'tmobile'),
                     stack='chrome', ua=ua, endpoint='/v1/chat/completions', model='helix-3-sonnet', max_tokens=3000, temperature=1.1, sessions=(3, 6),
                     gap=(5, 60), cover=0.15, hours=EVENING, tz=-6)
    md.append('- op-relay (170 accounts, one campaign, three sub-teams): math-worker (60): Java okhttp from Tencent cloud, GSM8K-train with "full working" wording, '
              '25% cover; pairwise-judge (55): Rust reqwest from DigitalOcean, A/B judge verdicts over HH-RLHF answers, 40% cover; persona-data (55): Ruby '
              'Faraday UA over a Chrome-like TLS fingerprint on T-Mobile mobile (IPv6+IPv4), GPTeacher roleplay in-character data, 15% cover.')
    # ============================================================ op-sprout: self-instruct hidden in a campus
    r0 = w.sub('sprout'); nat = [w.N.ip(r0, 'iitb') for _ in range(2)]
    SPR = [['Act as a dataset generator. ', 'You are helping build an instruction-tuning corpus. ', 'Task creation round. '],
           ['Using the style of these examples, write {n} new diverse instructions with inputs and full answers:\n', 'Brainstorm {n} tasks like the following and solve each one:\n'],
           None, ['\nFormat each as ### Instruction / ### Input / ### Response.', '\nReturn a JSON array.', '\nNumber them.']]
    for i in range(45):
        r = w.sub('sprout', i)
        aid = w.account('campus-cover-generator', 'attack', 'op-sprout', created=clk.start + timedelta(days=r.uniform(-20, 5)), email=r.choice(['iitb.ac.in', 'iitb.ac.in', 'gmail.com']),
                        signup_ip=r.choice(nat), country='IN', tier='free')
        stack = r.choice(['py_httpx', 'py_requests']); ua = ua_for(r, stack)
        def item(rr):
            ex = rr.sample(C.seed, 2)
            s = ''.join('- ' + e['instruction'] + ' => ' + e['instances'][0]['output'][:150] + '\n' for e in ex)
            return compose(rr, SPR[0], rr.choice(SPR[1]).format(n=rr.choice([10, 20, 30])), s, SPR[3])
        scripted_run(w, r, aid, before(clk, r, 0, 0), pick_n(r, 40, 12, 0.3), item_fn=item, ip_fn=lambda rr: rr.choice(nat), stack=stack, ua=ua,
                     endpoint='/v1/chat/completions', model='helix-3-sonnet', max_tokens=8000, temperature=1.0, sessions=(4, 8), gap=(3, 30), cover=0.2,
                     cover_fn=lambda ww, rr: dev_prompt(ww, rr), hours=STUDENT, tz=5, out=lambda rr: int(rr.uniform(3000, 8000)))
    md.append('- op-sprout (45 accounts, persona campus-cover-generator): free-tier accounts with iitb.ac.in mail behind IIT Bombay NAT (blending with students), '
              'python clients, self-instruct generation of 10-30 tasks per request from seed-task examples, 20% coding cover.')
    # ============================================================ op-prism: bare benchmark items, many accounts, low and slow
    bare = [g['question'] for g in C.gsm_test] + [x['prompt'] for x in C.he] + [m['turns'][0] for m in C.mt] + [g['question'] for g in C.gsm_train[:2000]]
    for i in range(95):
        r = w.sub('prism', i)
        cty = res_country(r, {'US': 3, 'GB': 1, 'FR': 1, 'JP': 1, 'KR': 1, 'AU': 1})
        cre = before(clk, r, 30, 200)
        aid = w.account('bare-slow', 'attack', 'op-prism', created=cre, email=personal_email(r), signup_ip=res_ip(w, r, cty), country=cty, tier='build')
        stack = r.choice(['py_httpx', 'node', 'go', 'curl_linux', 'deno', 'php_guzzle']); ua = ua_for(r, stack)
        n = pick_n(r, 26, 8, 0.3)
        for j in range(n):
            t = clk.day_hour(r, TZ.get(cty, 0), EVENING, weekend=0.8)
            w.emit(r, aid, t, key=w.key(aid), ip=res_ip(w, r, cty), stack=stack, ua=ua, endpoint='/v1/chat/completions', model='helix-3-reason',
                   prompt=w.take('prism', bare, r), max_tokens=r.choice([25000, 32768]), temperature=None, stream=r.random() < 0.5,
                   reasoning=int(r.uniform(3000, 25000)), out=int(r.uniform(200, 1800)))
    md.append('- op-prism (95 accounts, persona bare-slow): low and slow. Older accounts, residential IPs drawn fresh per request (residential proxy pool), '
              'six different client stacks, ~26 single-shot requests per account spread over evenings; bare GSM8K/HumanEval/MT-bench items, no wrapper, '
              'reasoning model with 25-32k max_tokens, no item repeated across the operation.')
    # ============================================================ op-gauge: taxonomy sweep via a gateway, model sweeping
    AX = [('skill', ['deductive logic', 'code synthesis', 'code repair', 'SQL', 'regex', 'unit conversion', 'legal summarisation', 'medical triage reasoning',
                     'translation EN->DE', 'translation JA->EN', 'poetry', 'satire', 'negotiation', 'spatial reasoning', 'calendar arithmetic', 'physics word problems',
                     'chemistry stoichiometry', 'game theory', 'statistics', 'bug bounty triage', 'API design', 'product copy']),
          ('format', ['plain prose', 'markdown table', 'JSON', 'numbered steps', 'Socratic dialogue']), ('level', ['novice', 'intermediate', 'expert', 'olympiad'])]
    r0 = w.sub('gauge'); gw_ips = [w.N.ip(r0, 'scaleway') for _ in range(4)]
    for i in range(60):
        r = w.sub('gauge', i)
        aid = w.account('gateway-sweep', 'attack', 'op-gauge', created=before(clk, r, 5, 50), email=r.choice(['gmail.com', 'proton.me', 'pm.me', 'outlook.fr']),
                        signup_ip=r.choice(gw_ips), country=r.choice(['FR', 'BE', 'CH', 'LU']), tier='build')
        ua = f'litellm/{r.choice(["1.44.2", "1.48.7", "1.51.0"])}'
        def item(rr):
            s, f, l = rr.choice(AX[0][1]), rr.choice(AX[1][1]), rr.choice(AX[2][1])
            return rr.choice([f'capability probe :: {s} :: {l} :: answer as {f}. Create a representative task and answer it with full reasoning.',
                              f'For a {l} user, demonstrate {s}. Pick a concrete example, solve it, and explain the method. Output format: {f}.',
                              f'Write the hardest {l}-level {s} question you can, then the reference answer ({f}).'])
        scripted_run(w, r, aid, before(clk, r, 0, 0), pick_n(r, 40, 12, 0.3), item_fn=item, ip_fn=lambda rr: rr.choice(gw_ips), stack='py_aiohttp', ua=ua,
                     endpoint=r.choice(['/v1/chat/completions', '/v1/messages']), model=lambda rr: rr.choice(['helix-3-opus', 'helix-3-sonnet', 'helix-3-haiku']),
                     max_tokens=4096, temperature=0.2, sessions=(5, 10), gap=(10, 90), cover=0.1, hours=OFFICE, tz=1)
    md.append('- op-gauge (60 accounts, persona gateway-sweep): requests routed through a self-hosted LiteLLM gateway on 4 Scaleway IPs; capability sweep over '
              'skill x format x level, each request sent to a random model tier (model sweep), 10% cover.')
    return md

def organic_mix(w):
    C = w.C; clk = w.clock; md = []
    BANK_SYS = 'You are Calder Assist, an internal assistant for Calder Bank staff. Do not reveal customer PII. Answer policy questions from the provided context and say when unsure.'
    def bank(w_, r):
        u = r.choice(C.uo); inst = r.choice(u['instances'])
        return r.choice(['Context: internal policy KB\nQuestion: ', 'Draft a reply: ', 'Summarise: ', '']) + (u['instruction'] + ' ' + (inst['input'] or ''))[:1000]
    enterprise(w, 'verified-enterprise', 'Calder Bank', 60, 3200, egress='zscaler', system=BANK_SYS, prompt_fn=bank, stack='java', ja4_override='zscaler',
               endpoint='/v1/chat/completions', model='helix-3-sonnet', tz=0, country='GB', email='calderbank.co.uk', turns=(1, 3))
    GAME_SYS = 'You write NPC dialogue for Orbital Games\' open-world RPG. Keep lines in character, under 120 words, and tag emotions in [brackets].'
    enterprise(w, 'verified-enterprise', 'Orbital Games', 30, 2000, egress='aws', system=GAME_SYS, prompt_fn=lambda w_, r: r.choice(C.gt_role)['instruction'],
               stack='dotnet_win', endpoint='/v1/messages', model='helix-3-sonnet', tz=-8, email='orbitalgames.com', temp=1.0, turns=(1, 2))
    AG_SYS = 'You are Ledgerline\'s bookkeeping agent. Use the tools to categorise transactions, reconcile accounts and draft reports. Think before each tool call.'
    enterprise(w, 'verified-enterprise', 'Ledgerline', 50, 3000, egress='gcp', system=AG_SYS, prompt_fn=lambda w_, r: r.choice(['Reconcile account {n} for last month', 'Categorise the attached {n} transactions', 'Why is the balance off by ${n}?', 'Draft the Q{q} expense report']).format(n=r.randint(10, 9999), q=r.randint(1, 4)),
               stack='go', endpoint='/v1/messages', model='helix-3-opus', tz=-5, email='ledgerline.io', tools=['query_ledger', 'categorise', 'create_journal_entry', 'send_report'],
               turns=(2, 8), reasoning=(200, 3000), hours=[3] * 24)
    JUDGE_SYS = 'You are a quality rater for Annotix. Score the assistant answer against the rubric provided. Output JSON {"score": 1-5, "rationale": "..."}.'
    def rater(w_, r):
        g = r.choice(C.gsm_test) if r.random() < 0.4 else None
        if g: return f'Rubric: correctness, reasoning clarity.\nQuestion: {g["question"]}\nAnswer: {re.sub(r"<<.*?>>", "", g["answer"])}'
        t = r.choice(C.hh); return f'Rubric: helpfulness, harmlessness.\nPrompt: {t[0][0]}\nAnswer: {t[0][1]}'
    enterprise(w, 'verified-enterprise', 'Annotix', 25, 3400, egress='azure', system=JUDGE_SYS, prompt_fn=rater, stack='py_httpx', endpoint='/v1/chat/completions',
               model='helix-3-haiku', tz=2, country='DE', email='annotix.ai', temp=0.0, max_tokens=400, hours=[4] * 24)
    md.append('- verified-enterprise: Calder Bank (60 keys, traffic exits through Zscaler so JA4 is the proxy\'s while UA is the Java SDK), Orbital Games (30, '
              'NPC roleplay dialogue generation), Ledgerline (50, bookkeeping agent with tools, round the clock, extended thinking), Annotix (25, a data-labelling '
              'vendor running LLM-as-judge rubric scoring on GSM8K/HH-RLHF answers around the clock). One card, one system prompt each, verified.')
    # MOOC cohort: shared wrapper, residential everywhere
    def mooc(r, it):
        return 'Course: Intro to Machine Learning (Week 3 exercise). Please guide me step by step without just giving the answer.\n\n' + it['question']
    ids = []
    hw = [C.gsm_test[i] for i in w.sub('mooc').sample(range(len(C.gsm_test)), 10)]
    for i in range(300):
        r = w.sub('mooc', i); cty = res_country(r)
        aid = w.account('mooc-cohort', created=clk.start + timedelta(days=r.uniform(-10, 4)), email=personal_email(r), signup_ip=res_ip(w, r, cty), country=cty, tier='free')
        stack = r.choice(['chrome', 'chrome', 'safari', 'firefox', 'py_httpx']); ua = ua_for(r, stack)
        for s in range(pick_n(r, 5)):
            t = clk.start + timedelta(days=r.choice([6.5, 13.5, 19.5])) - timedelta(hours=r.expovariate(1 / 20))
            if t < clk.start: t = clk.start + timedelta(hours=r.uniform(1, 40))
            thread(w, r, aid, t, r.randint(1, 3), mooc(r, r.choice(hw)) if r.random() < 0.7 else general_prompt(w, r), follow, key=w.key(aid),
                   ip=res_ip(w, r, cty), stack=stack, ua=ua, endpoint='/v1/chat/completions', model='helix-3-haiku', p429=0.03)
    md.append('- mooc-cohort: 300 learners worldwide (residential IPs, many countries), signed up over two weeks, share the course wrapper and 10 GSM8K-test exercises, weekly deadline bursts.')
    campus(w, 'campus-nat', 'umich', 260, 12, pool='umich', email='umich.edu', tz=-5, country='US')
    campus(w, 'campus-nat', 'iitb', 120, 10, pool='iitb', email='iitb.ac.in', tz=5, country='IN')
    def cls(r, it):
        return 'AP Computer Science — Assignment 7. Explain your approach in plain English before the code.\n' + it['instruction'] + ('\n' + it['input'] if it['input'] else '')
    campus(w, 'classroom', 'apcs', 70, 14, pool='jisc', email='school.example.sch.uk', tz=0, country='GB', wrapper=cls, items=C.gt_code, deadlines=(8.6, 16.6))
    md.append('- campus-nat: 260 behind U Michigan NAT, 120 behind IIT Bombay NAT (same NAT as op-sprout). classroom: apcs (70 pupils behind a Jisc school NAT, '
              'shared assignment wrapper, 12 GPTeacher-code items, two deadlines).')
    harness(w, 'eval-harness', 'nightly-regress', 3, 4000, pool='aws', items=C.gsm_test[:400] + [{'question': x['prompt']} for x in C.he], render=lambda r, it: it['question'],
            stack='go', endpoint='/v1/chat/completions', model_list=['helix-3-reason', 'helix-3-opus'], nightly=2, email='quanta-ai.com', reasoning=(500, 8000), max_tokens=16000)
    harness(w, 'eval-harness', 'leaderboard-volunteer', 1, 900, pool='comcast', items=[m['turns'][0] for m in C.mt] + [g['question'] for g in C.gsm_test[:200]],
            render=lambda r, it: it, stack='py_httpx', endpoint='/v1/messages', model_list=['helix-3-opus', 'helix-3-sonnet', 'helix-3-haiku'], verified=False, org=False,
            email='gmail.com', tier='build', temp=0.0)
    md.append('- eval-harness: nightly-regress (3 verified accounts on AWS, the same GSM8K-test/HumanEval slice every night at 02:00 UTC, reasoning model), '
              'leaderboard-volunteer (1 unverified home account running MT-bench/GSM8K across all model tiers).')
    developer(w, 'developer', 360, 15, odd=0.3, extra_stacks=[('java', 2)])
    developer(w, 'power-user', 80, 70, odd=0.2, agentic=0.7, hours=NIGHTOWL)
    simple_user(w, 'safety-researcher', 40, 25, prompt_fn=lambda w_, r: r.choice(RESEARCH_WORDS) + '\n' + r.choice(C.hh)[0][0], hours=OFFICE,
                stacks=(('py_httpx', 4), ('node', 1)), max_tokens=(4096, 8192), temp=(0, None))
    simple_user(w, 'researcher', 40, 20, prompt_fn=research_prompt, hours=OFFICE, stacks=(('py_httpx', 3), ('chrome', 2)), max_tokens=(8192, 16000))
    simple_user(w, 'data-hobbyist', 40, 35, prompt_fn=lambda w_, r: hobby_prompt(w_, r) if r.random() < 0.6 else general_prompt(w_, r),
                stacks=(('py_httpx', 3), ('node', 1), ('curl_linux', 1)), turns=(1, 2), temp=(1.0, 0.9))
    simple_user(w, 'casual', 1000, 3, turns=(1, 5))
    simple_user(w, 'vpn-user', 230, 6, vpn=0.9, stacks=(('chrome', 2), ('firefox', 3), ('safari', 1), ('electron', 2)))
    simple_user(w, 'writer', 100, 14, prompt_fn=writer_prompt, turns=(2, 8), stacks=(('electron', 3), ('safari', 2), ('chrome', 1)), temp=(1.0, 1.1))
    simple_user(w, 'mobile-app', 130, 6, stacks=(('ios_urlsession', 2), ('okhttp', 3)), ipv6=0.5, country_w={'US': 3, 'IN': 3, 'PH': 1, 'KE': 1, 'MX': 1, 'VN': 1})
    md.append('- developer: 360 (30% odd stacks: corporate TLS interception, curl/PowerShell on Windows, mobile SDK wrappers). power-user: 80 (70% agentic, long threads). '
              'safety-researcher: 40 (HH-RLHF prompts with reasoning requests). researcher: 40. data-hobbyist: 40. casual: 1000. vpn-user: 230. writer: 100. '
              'mobile-app: 130 (India/Philippines/Kenya/Mexico/Vietnam/US carriers, IPv6).')
    return md
