"""Legitimate personas."""
from datetime import timedelta
from common import *

FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'proton.me', 'gmx.de', 'web.de', 'qq.com',
            'naver.com', 'yandex.ru', 'mail.ru', 'live.com', 'aol.com', 'fastmail.com', 'zoho.com', 'rediffmail.com', 'orange.fr']

FOLLOWUPS = ['Can you make it shorter?', 'thanks! can you explain the second point more?', 'What about edge cases?',
             'Could you give an example?', 'ok now rewrite it in a more formal tone', 'Why does that work?',
             'hmm that did not work, I get an error: TypeError: cannot unpack non-iterable NoneType object',
             'Can you put that in a table?', 'great. what would you change for production?', 'and in Spanish?',
             'That is wrong, the total should be higher. Check again?', 'make it funnier', 'add comments please',
             'What are the downsides?', 'Now do the same for the other file', 'perfect, one more: how do I test this?']


def organic_prompt(w, rng, mix=None):
    C = w.C
    mix = mix or [('koala', 2), ('arena', 2), ('vic', 1), ('mtb', 1), ('hh', 3), ('uo', 2)]
    k = wchoice(rng, mix)
    if k == 'koala':
        return rng.choice(C['koala'])
    if k == 'arena':
        return rng.choice(C['arena'])['prompt']
    if k == 'vic':
        return rng.choice(C['vic'])
    if k == 'mtb':
        return rng.choice(C['mtb'])['turns'][0]
    if k == 'hh':
        return rng.choice(C['hh'])[0]
    if k == 'uo':
        app, ins, inp = rng.choice(C['uo'])
        return ins + ('\n\n' + inp if inp else '')
    if k == 'code':
        return gt_item(rng.choice(C['code']))
    if k == 'role':
        return gt_item(rng.choice(C['role']))
    if k == 'gsm':
        return rng.choice(C['gsm_tr'])['question']
    return rng.choice(C['koala'])


def casualize(rng, p):
    r = rng.random()
    if r < 0.15:
        return p.lower()
    if r < 0.22:
        return p.rstrip('?.') + rng.choice(['', ' pls', ' thx', '??', ' :)'])
    return p


def thread(w, rng, acc, start, ip, fp, endpoint, first, nturns, system=None, key=None, tools=None, gap=(20, 400),
           model=None, stream=None, temperature=None, max_tokens=None, follow=None, mix=None):
    conv = w.conv()
    t = start
    hist = 0
    n = 0
    for i in range(nturns):
        if i == 0:
            p = first
        elif follow:
            p = follow(rng, i)
        else:
            p = rng.choice(FOLLOWUPS) if rng.random() < 0.7 else organic_prompt(w, rng, mix)
        hist += w.emit(acc, t, ip, fp, p, endpoint=endpoint, model=model, system=system, conv=conv, turn=i + 1, tools=tools,
                       key=key, hist_tok=hist, stream=stream, temperature=temperature,
                       max_tokens=max_tokens if max_tokens is not None else rng.choice([None, 1024, 2048, 4096, 8192]), rng=rng)
        n += 1
        t = t + timedelta(seconds=rng.uniform(*gap))
        if t >= w.t0 + timedelta(days=w.days):
            break
    return n


def person_account(w, rng, persona, cc=None, tier='free', email=None, created=None):
    cc = cc or wchoice(rng, CC_W)
    res = RES_BY_CC[cc]
    home = w.N.ip(res, rng)
    acc = w.add_account('organic', persona, created=created, email=email or rng.choice(FREEMAIL),
                        card=w.card() if tier != 'free' or rng.random() < 0.3 else None, signup_ip=home, country=cc, tier=tier)
    return acc, cc, res, home


def browser_fp(rng):
    return stack_fp(rng, wchoice(rng, [('chrome', 65), ('firefox', 15), ('safari', 20)]))


# ------------------------------------------------------------------ personas
def p_casual(w, n):
    rng = w.rng
    for _ in range(n):
        acc, cc, res, home = person_account(w, rng, 'casual')
        fp = browser_fp(rng) if rng.random() < 0.8 else stack_fp(rng, rng.choice(['ios-app', 'android-app']))
        mob = w.N.ip('mobile', rng)
        ep = '/v1/messages' if rng.random() < 0.5 else '/v1/chat/completions'
        for _ in range(max(1, int(rng.expovariate(1 / 2.8)))):
            t = w.human_time(TZ[cc], rng)
            ip = home if rng.random() < 0.75 else mob
            if rng.random() < 0.3:
                turns = rng.choice(w.C['hh'])
                thread(w, rng, acc, t, ip, fp, ep, turns[0], len(turns), follow=lambda r, i, T=turns: T[i] if i < len(T) else r.choice(FOLLOWUPS), stream=True)
            else:
                w.emit(acc, t, ip, fp, casualize(rng, organic_prompt(w, rng)), endpoint=ep, stream=True, conv=w.conv(), turn=1,
                       max_tokens=rng.choice([1024, 4096]), rng=rng)


def p_writer(w, n):
    rng = w.rng
    sys_opts = [None, 'You are a careful editor. Keep the author\'s voice.', 'You help me write fiction. British spelling.']
    for _ in range(n):
        acc, cc, res, home = person_account(w, rng, 'writer', tier=rng.choice(['free', 'build']))
        fp = browser_fp(rng)
        sysm = rng.choice(sys_opts)
        for _ in range(rng.randint(2, 7)):
            first = organic_prompt(w, rng, [('role', 3), ('mtb', 2), ('koala', 1), ('uo', 2)])
            thread(w, rng, acc, w.human_time(TZ[cc], rng, peak=(7, 24)), home, fp, '/v1/messages', first, rng.randint(1, 5),
                   system=sysm, temperature=rng.choice([None, 0.9, 1.0]), stream=True)


def p_vpn(w, n):
    rng = w.rng
    for _ in range(n):
        acc, cc, res, home = person_account(w, rng, 'vpn-user', tier=rng.choice(['free', 'free', 'build']),
                                            email=rng.choice(['proton.me', 'tutanota.com', 'proton.me', 'gmail.com', 'duck.com']))
        w.accounts[-1]['signup_ip'] = w.N.ip('vpn', rng)
        fp = browser_fp(rng) if rng.random() < 0.7 else stack_fp(rng, rng.choice(['py-requests', 'curl', 'openai-py']))
        exits = [w.N.ip('vpn', rng) for _ in range(rng.randint(1, 6))]
        for _ in range(rng.randint(1, 12)):
            t = w.human_time(TZ[cc], rng)
            w.emit(acc, t, rng.choice(exits), fp, organic_prompt(w, rng), endpoint=rng.choice(['/v1/messages', '/v1/chat/completions']),
                   conv=w.conv(), turn=1, stream=rng.random() < 0.6, max_tokens=rng.choice([1024, 2048, 4096]), rng=rng)


def p_mobile(w, n):
    rng = w.rng
    apps = ['Pocketmind', 'ChatNest', 'Quill', 'AskMate']
    for _ in range(n):
        acc, cc, res, home = person_account(w, rng, 'mobile-app-user', tier='build')
        app = rng.choice(apps)
        fp = stack_fp(rng, rng.choice(['ios-app', 'android-app']), app)
        for _ in range(rng.randint(1, 9)):
            ip = w.N.ip('mobile', rng)
            w.emit(acc, w.human_time(TZ[cc], rng, peak=(7, 23)), ip, fp, casualize(rng, organic_prompt(w, rng)),
                   endpoint='/v1/chat/completions', conv=w.conv(), turn=1, stream=True, max_tokens=1024, rng=rng)


def p_developer(w, n, heavy=False):
    rng = w.rng
    toolsets = [['read_file', 'write_file', 'run_shell', 'search_code'], ['bash', 'str_replace_editor', 'glob', 'grep'],
                ['get_weather', 'search_web'], ['sql_query', 'list_tables', 'describe_table'],
                ['create_ticket', 'search_docs', 'send_slack_message'], ['browser_navigate', 'browser_click', 'browser_type', 'screenshot']]
    systems = ['You are a helpful coding assistant. Answer concisely.', 'You are an expert {lang} engineer working in a monorepo.',
               'You are Claude Code, an interactive CLI tool that helps users with software engineering tasks.',
               'You are a code reviewer. Point out bugs first, then style.', None, None]
    for _ in range(n):
        persona = 'power-user' if heavy else 'developer'
        acc, cc, res, home = person_account(w, rng, persona, tier=rng.choice(['build', 'build', 'scale']) if heavy else rng.choice(['free', 'build']),
                                            email=rng.choice(FREEMAIL + ['protonmail.com', 'hey.com', 'stripe.dev', 'acme-labs.io', 'mycompany.com']))
        # odd stacks sometimes
        r = rng.random()
        if r < 0.08:
            sname = 'zscaler'
        elif r < 0.13:
            sname = 'curl-win'
        else:
            sname = wchoice(rng, [('claude-cli', 25), ('anthropic-py', 15), ('openai-py', 15), ('openai-node', 8), ('anthropic-node', 6),
                                  ('aider', 6), ('curl', 5), ('go', 4), ('rust', 3), ('langchain', 6), ('chrome', 7), ('java-okhttp', 2), ('dotnet', 2)])
        fp = stack_fp(rng, sname)
        fp2 = browser_fp(rng)
        work_ip = w.N.ip(rng.choice([res, res, 'aws', 'gcp']), rng)
        lang = rng.choice(['Python', 'TypeScript', 'Go', 'Rust', 'Java', 'C#'])
        sysm = rng.choice(systems)
        sysm = sysm.format(lang=lang) if sysm else None
        tools = rng.choice(toolsets) if (sname in ('claude-cli', 'aider', 'langchain') or rng.random() < 0.3) else None
        nsess = rng.randint(6, 14) if heavy else rng.randint(1, 5)
        ep = '/v1/messages' if 'anthropic' in sname or sname == 'claude-cli' or rng.random() < 0.4 else '/v1/chat/completions'
        for _ in range(nsess):
            t = w.human_time(TZ[cc], rng, peak=(8, 24) if not heavy else (6, 26))
            ip = home if rng.random() < 0.5 else work_ip
            first = organic_prompt(w, rng, [('code', 5), ('arena', 3), ('koala', 1), ('gsm', 0.3)])
            if rng.random() < 0.15:
                first = rng.choice(w.C['he'])['prompt']  # devs paste benchmark-ish functions too
            nt = rng.randint(2, 10) if tools else rng.randint(1, 5)
            thread(w, rng, acc, t, ip, fp if rng.random() < 0.85 else fp2, ep, first, nt, system=sysm, tools=tools,
                   gap=(4, 90) if tools else (30, 600), stream=True if sname == 'claude-cli' else rng.choice([True, False, None]),
                   max_tokens=rng.choice([4096, 8192, 16000, 32000]) if tools else None,
                   follow=(lambda r, i: r.choice(['[tool_result] exit code 0', '[tool_result] 3 files changed', 'continue', 'run the tests again',
                                                   '[tool_result] FAILED tests/test_api.py::test_auth - AssertionError', 'looks good, commit it',
                                                   'now refactor the helper into its own module', '[tool_result] ' + r.choice(['ok', 'no matches', '42 lines'])])) if tools else None)


def p_researcher(w, n):
    rng = w.rng
    asks = ['Think step by step.', 'Please show your reasoning before the final answer.', 'Explain your reasoning carefully.',
            'Can you derive this from first principles?', 'Walk me through it slowly, I am trying to understand the method.', '']
    for _ in range(n):
        acc, cc, res, home = person_account(w, rng, 'researcher', tier=rng.choice(['build', 'scale']),
                                            email=rng.choice(['mit.edu', 'stanford.edu', 'cam.ac.uk', 'ethz.ch', 'tum.de', 'u-tokyo.ac.jp', 'gmail.com', 'iitb.ac.in']))
        fp = stack_fp(rng, rng.choice(['anthropic-py', 'openai-py', 'chrome', 'firefox', 'httpx']))
        ip_pool = [home, w.N.ip('uni', rng)]
        for _ in range(rng.randint(4, 25)):
            src = rng.random()
            if src < 0.35:
                item = rng.choice(w.C['gsm_te'])['question']
            elif src < 0.5:
                item = rng.choice(w.C['arena'])['prompt']
            else:
                item = organic_prompt(w, rng, [('arena', 3), ('mtb', 2), ('vic', 1)])
            p = (item + ' ' + rng.choice(asks)).strip() if rng.random() < 0.6 else item
            thread(w, rng, acc, w.human_time(TZ[cc], rng, peak=(9, 23)), rng.choice(ip_pool), fp, rng.choice(['/v1/messages', '/v1/chat/completions']),
                   p, rng.randint(1, 4), model=rng.choice(['claude-opus-4-1', 'o4-mini', 'gpt-5', 'claude-sonnet-4-5']),
                   max_tokens=rng.choice([4096, 8192, 16000]), temperature=rng.choice([None, 0, 0.7]))


def p_hobbyist(w, n):
    """Generates synthetic instruction data for personal finetunes — looks like self-instruct."""
    rng = w.rng
    tmpl = ['Give me {k} new diverse instructions a user might ask an assistant, with answers. Format as JSON lines.',
            'Write {k} varied task prompts for a small model to learn from, about {topic}. Number them.',
            'I am building a tiny dataset for a LoRA finetune on {topic}. Produce {k} question/answer pairs.',
            'Here is an example task: "{ex}". Write {k} more tasks like it but different in topic.']
    topics = ['cooking', 'home networking', 'Python basics', 'gardening', 'personal finance', 'D&D lore', 'chess openings', 'bird watching']
    for _ in range(n):
        acc, cc, res, home = person_account(w, rng, 'data-hobbyist', tier='build')
        fp = stack_fp(rng, rng.choice(['openai-py', 'py-requests', 'anthropic-py', 'httpx']))
        nreq = rng.randint(15, 80)
        day0 = rng.randrange(w.days)
        for j in range(nreq):
            d = min(w.days - 1, day0 + int(rng.expovariate(0.5)))
            t = w.human_time(TZ[cc], rng, day=d, peak=(18, 26))
            p = rng.choice(tmpl).format(k=rng.choice([5, 10, 20, 25]), topic=rng.choice(topics),
                                        ex=rng.choice(w.C['seed'])['instruction'][:200])
            w.emit(acc, t, home, fp, p, endpoint='/v1/chat/completions', max_tokens=rng.choice([2048, 4096]), temperature=1.0,
                   out_tok=rng.randint(600, 2000), rng=rng)


def p_enterprise(w, norgs):
    rng = w.rng
    apps = [('Acme Support', 'You are the support assistant for {co}. Answer only questions about {co} products. Be polite and cite the help-center article ID when possible.',
             lambda r: organic_prompt(w, r, [('koala', 1), ('uo', 3), ('hh', 1)])),
            ('Contract review', 'You are a legal analyst at {co}. Summarise the clause, flag risks, and answer in the JSON schema provided.',
             lambda r: r.choice(w.C['uo'])[1] + '\n\nClause: ' + r.choice(['The Supplier shall indemnify...', 'Either party may terminate upon 30 days notice...', 'Payment is due within 45 days...'])),
            ('Code assistant', 'You are {co}\'s internal engineering copilot. Follow the style guide. Never reveal secrets.',
             lambda r: organic_prompt(w, r, [('code', 4), ('arena', 2)])),
            ('Sales email drafter', 'You write outbound e-mails for {co} sales reps. Keep under 120 words.',
             lambda r: 'Draft a follow-up email to ' + r.choice(['a CFO', 'an IT director', 'a procurement lead']) + ' about ' + r.choice(['renewal', 'a demo', 'pricing', 'the pilot results'])),
            ('Tutor platform', 'You are a friendly maths tutor for {co}. Show each step and check the student\'s work.',
             lambda r: r.choice(w.C['gsm_tr'])['question']),
            ('Data extraction', 'Extract the entities from the document and return JSON with keys name, date, amount, counterparty.',
             lambda r: r.choice(w.C['uo'])[2] or r.choice(w.C['koala']))]
    cos = ['Northwind', 'Globex', 'Initech', 'Umbrella Health', 'Hooli', 'Vandelay Industries', 'Stark Logistics', 'Wayne Financial']
    rng.shuffle(cos)
    for oi in range(norgs):
        co = cos[oi]
        org = 'org_' + h12(f'{w.seed}{co}')
        app_name, sysm, gen = apps[oi % len(apps)]
        sysm = sysm.format(co=co)
        card = w.card()
        dom = co.lower().replace(' ', '') + rng.choice(['.com', '.io', '.co'])
        cloud = rng.choice(['aws', 'gcp', 'azure'])
        egress = [w.N.ip(cloud, rng) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.4:
            egress = [w.N.ip('dc', rng) for _ in range(2)]
        cc = rng.choice(['US', 'GB', 'DE', 'JP', 'IN'])
        created = w.t0 - timedelta(days=rng.uniform(20, 300))
        nacc = rng.randint(25, 80)
        sname = rng.choice(['anthropic-py', 'openai-py', 'openai-node', 'java-okhttp', 'dotnet', 'go'])
        ja4, ua = stack_fp(rng, sname)
        ep = '/v1/messages' if 'anthropic' in sname else rng.choice(['/v1/messages', '/v1/chat/completions'])
        model = wchoice(rng, MODELS_MSG if ep == '/v1/messages' else MODELS_CHAT)
        per_acc = rng.randint(8, 25)
        for k in range(nacc):
            acc = w.add_account('organic', 'verified-enterprise', created=created + timedelta(seconds=rng.uniform(0, 600)), org=org,
                                email=dom, card=card, signup_ip=egress[0], country=cc, tier='enterprise', verified=True)
            key = w.key(acc)
            for _ in range(max(3, int(rng.gauss(per_acc, per_acc / 3)))):
                t = w.human_time(TZ[cc], rng, peak=(8, 19), weekend_factor=0.15) if rng.random() < 0.85 else w.uniform_time(rng)
                w.emit(acc, t, rng.choice(egress), (ja4, ua), gen(rng), endpoint=ep, model=model, system=sysm, key=key,
                       max_tokens=1024, temperature=0.2, stream=False, rng=rng)


def p_startup(w, n):
    """small unverified orgs: shared card, few accounts, dev usage from cloud."""
    rng = w.rng
    for i in range(n):
        org = 'org_' + h12(f'{w.seed}-startup-{i}')
        card = w.card()
        dom = rng.choice(['getfoo', 'trybar', 'usebaz', 'qux', 'lumen', 'orbit', 'kitebase', 'tidal']) + str(rng.randint(1, 99)) + rng.choice(['.ai', '.io', '.dev'])
        cc = wchoice(rng, CC_W)
        created = w.t0 - timedelta(days=rng.uniform(5, 200))
        egress = w.N.ip(rng.choice(['aws', 'gcp', 'do', 'hetzner']), rng)
        sname = rng.choice(['openai-node', 'anthropic-py', 'openai-py', 'undici'])
        sysm = rng.choice(['You are a helpful assistant for our note-taking app. Summarise the user\'s notes.',
                           'Classify the support ticket into one of: billing, bug, feature, other. Reply with the label only.',
                           'You generate product descriptions from bullet points.'])
        for k in range(rng.randint(2, 6)):
            acc = w.add_account('organic', 'startup-team', created=created + timedelta(hours=rng.uniform(0, 400)), org=org, email=dom,
                                card=card, signup_ip=w.N.ip(RES_BY_CC[cc], rng), country=cc, tier='build')
            fp = stack_fp(rng, sname) if k else browser_fp(rng)
            for _ in range(rng.randint(5, 40)):
                w.emit(acc, w.uniform_time(rng), egress, fp, organic_prompt(w, rng, [('uo', 3), ('koala', 1), ('code', 1)]),
                       endpoint='/v1/chat/completions', system=sysm, key=w.key(acc) if rng.random() < 0.1 else None, max_tokens=512, rng=rng)


def p_campus(w, ncampus, per):
    rng = w.rng
    for ci in range(ncampus):
        nat = [w.N.ip('uni', rng) for _ in range(rng.randint(2, 5))]
        cc = rng.choice(['US', 'CA', 'GB', 'DE'])
        dom = rng.choice(['state.edu', 'tech.edu', 'uni-nord.de', 'college.ac.uk', 'ubc.ca', 'poly.edu'])
        for _ in range(per):
            acc = w.add_account('organic', 'campus-nat', email=dom if rng.random() < 0.6 else rng.choice(FREEMAIL),
                                card=None if rng.random() < 0.7 else w.card(), signup_ip=rng.choice(nat), country=cc, tier='free',
                                created=w.t0 - timedelta(days=rng.uniform(0, 400)))
            fp = browser_fp(rng)
            for _ in range(rng.randint(1, 7)):
                t = w.human_time(TZ[cc], rng, peak=(10, 25))
                ip = rng.choice(nat) if rng.random() < 0.8 else w.N.ip(RES_BY_CC[cc], rng)
                first = organic_prompt(w, rng, [('koala', 2), ('vic', 1), ('arena', 1), ('gsm', 1), ('code', 1), ('hh', 1)])
                thread(w, rng, acc, t, ip, fp, '/v1/chat/completions', casualize(rng, first), rng.randint(1, 3), stream=True)


def p_classroom(w, nclass):
    rng = w.rng
    wrappers = ['Homework {hw} (Intro Quantitative Reasoning). Solve the problem and show every step so I can check my work:\n\n{q}',
                'MATH 101 — Problem set {hw}. Explain how to solve this like a tutor would, step by step:\n\n{q}',
                'CS1 Lab {hw}: help me understand and complete this function. Explain your approach first.\n\n{q}',
                'Econ 110 assignment {hw}. Please reason through this carefully:\n{q}']
    for ci in range(nclass):
        nat = [w.N.ip('uni', rng) for _ in range(2)]
        cc = rng.choice(['US', 'CA', 'GB', 'AU', 'IN'])
        wrap = wrappers[ci % len(wrappers)]
        coding = 'CS1' in wrap
        dom = rng.choice(['students.state.edu', 'mail.college.edu', 'stud.uni.ac.uk', 'student.unsw.edu.au'])
        nst = rng.randint(30, 60)
        # homework sets with deadlines
        hws = []
        for h in range(max(2, w.days // 6)):
            items = rng.sample(w.C['he'], 5) if coding else rng.sample(w.C['gsm_tr'], 6)
            deadline = rng.randint(3, w.days - 1)
            hws.append((h + 1, [x['prompt'] if coding else x['question'] for x in items], deadline))
        for s in range(nst):
            acc = w.add_account('organic', 'classroom', email=dom, card=None, signup_ip=rng.choice(nat), country=cc, tier='free',
                                created=w.t0 - timedelta(days=rng.uniform(10, 120)))
            fp = browser_fp(rng)
            home = w.N.ip(RES_BY_CC[cc], rng)
            for hw, items, dl in hws:
                if rng.random() < 0.15:
                    continue
                for q in rng.sample(items, rng.randint(2, len(items))):
                    day = max(0, dl - int(rng.expovariate(0.9)))
                    t = w.human_time(TZ[cc], rng, day=day, peak=(14, 26))
                    ip = rng.choice(nat) if rng.random() < 0.55 else home
                    thread(w, rng, acc, t, ip, fp, '/v1/chat/completions', wrap.format(hw=hw, q=q), rng.choice([1, 1, 2, 3]),
                           follow=lambda r, i: r.choice(['i got a different answer, can you check?', 'why did you divide there?', 'ok thanks', 'can you explain step 2 again']))
            if rng.random() < 0.3:
                for _ in range(rng.randint(1, 4)):
                    w.emit(acc, w.human_time(TZ[cc], rng), home, fp, casualize(rng, organic_prompt(w, rng)), endpoint='/v1/chat/completions',
                           conv=w.conv(), turn=1, rng=rng)


def p_evalharness(w, nlabs):
    rng = w.rng
    for li in range(nlabs):
        org = 'org_' + h12(f'{w.seed}-lab-{li}')
        verified = rng.random() < 0.6
        card = w.card()
        dom = rng.choice(['evals-lab.org', 'benchmark.ai', 'mlgroup.university.edu', 'safety-institute.org', 'modelcompare.io'])
        cloud = rng.choice(['aws', 'gcp', 'azure', 'hetzner'])
        ips = [w.N.ip(cloud, rng) for _ in range(rng.randint(1, 3))]
        sname = rng.choice(['openai-py', 'anthropic-py', 'httpx', 'py-aiohttp'])
        fp = stack_fp(rng, sname)
        bench = rng.choice(['gsm8k', 'humaneval', 'mixed', 'mtbench'])
        if bench == 'gsm8k':
            items = [x['question'] for x in w.C['gsm_te']]
        elif bench == 'humaneval':
            items = [x['prompt'] for x in w.C['he']]
        elif bench == 'mtbench':
            items = [x['turns'][0] for x in w.C['mtb']] + [x['prompt'] for x in w.C['arena']]
        else:
            items = [x['question'] for x in w.C['gsm_te'][:400]] + [x['prompt'] for x in w.C['he']]
        fmt = rng.choice(['{q}', 'Question: {q}\nAnswer:', '{q}\n\nLet\'s think step by step.', 'Complete the following Python function.\n\n{q}',
                          'Solve the problem. End your answer with "#### <number>".\n\n{q}'])
        sysm = rng.choice([None, 'You are a helpful assistant.', None])
        nacc = rng.randint(1, 4)
        ep = '/v1/messages' if 'anthropic' in sname else '/v1/chat/completions'
        for k in range(nacc):
            acc = w.add_account('organic', 'eval-harness', org=org, email=dom, card=card, signup_ip=ips[0], country='US',
                                tier=rng.choice(['scale', 'enterprise']), verified=verified, created=w.t0 - timedelta(days=rng.uniform(30, 500)))
            key = w.key(acc)
            nruns = rng.randint(2, 6)
            budget = rng.randint(350, 1100)
            per_run = max(20, budget // nruns)
            for run in range(nruns):
                t = w.uniform_time(rng)
                model = rng.choice(['claude-sonnet-4-5', 'claude-haiku-4-5', 'claude-opus-4-1'] if ep == '/v1/messages' else ['gpt-4.1', 'o4-mini', 'gpt-5'])
                temp = rng.choice([0, 0, 0.2, 1.0])
                sub = items[:per_run] if rng.random() < 0.5 else rng.sample(items, min(per_run, len(items)))
                for q in sub:
                    t = t + timedelta(seconds=rng.expovariate(1 / 6))
                    if t >= w.t0 + timedelta(days=w.days):
                        break
                    w.emit(acc, t, rng.choice(ips), fp, fmt.format(q=q), endpoint=ep, model=model, system=sysm, key=key,
                           max_tokens=rng.choice([1024, 2048]), temperature=temp, stream=False, rng=rng)


def p_family(w, n):
    """households: 2-4 accounts on one card, same home IP."""
    rng = w.rng
    for _ in range(n):
        cc = wchoice(rng, CC_W)
        home = w.N.ip(RES_BY_CC[cc], rng)
        card = w.card()
        for _ in range(rng.randint(2, 4)):
            acc = w.add_account('organic', 'household', email=rng.choice(FREEMAIL), card=card, signup_ip=home, country=cc, tier='build')
            fp = browser_fp(rng)
            for _ in range(rng.randint(1, 10)):
                w.emit(acc, w.human_time(TZ[cc], rng), home, fp, casualize(rng, organic_prompt(w, rng)), conv=w.conv(), turn=1,
                       endpoint='/v1/messages', stream=True, rng=rng)


def p_dormant(w, n):
    rng = w.rng
    for _ in range(n):
        acc, cc, res, home = person_account(w, rng, 'trial')
        fp = rng.choice([browser_fp(rng), stack_fp(rng, 'curl'), stack_fp(rng, 'py-requests')])
        for _ in range(rng.randint(1, 2)):
            w.emit(acc, w.human_time(TZ[cc], rng), home, fp, rng.choice(['hello', 'test', 'Say hi', 'What model are you?', 'ping']) if rng.random() < 0.6 else organic_prompt(w, rng),
                   endpoint=rng.choice(['/v1/messages', '/v1/chat/completions']), max_tokens=rng.choice([16, 64, 1024]), rng=rng)


def organic_all(w):
    v = w.variant
    w.organic_notes = {
        'verified-enterprise': 'verified orgs, shared card/domain/system prompt, cloud or datacenter egress, keys created within minutes, server SDK',
        'startup-team': 'small unverified orgs, shared card, cloud egress, app system prompt',
        'campus-nat': 'students behind a few university NAT addresses',
        'classroom': 'classes sharing a teacher wrapper and the same homework items (GSM8K/HumanEval), bursty before deadlines',
        'eval-harness': 'labs running public benchmarks (incl. GSM8K/HumanEval) repeatedly from cloud, round the clock',
        'power-user / developer': 'coding, agentic tool use with long threads, CLIs, SDKs, odd stacks (TLS-intercepting proxy, curl on Windows)',
        'researcher': 'step-by-step reasoning requests, reasoning models, high max_tokens',
        'data-hobbyist': 'self-instruct-like synthetic data generation for personal finetunes',
        'household': 'several accounts sharing one card and home IP',
        'casual / writer / vpn-user / mobile-app-user / trial': 'ordinary chat',
    }
    p_enterprise(w, 5 if v == 1 else 4)
    p_startup(w, 12 if v == 1 else 16)
    p_campus(w, 2, 170 if v == 1 else 140)
    p_classroom(w, 3 if v == 1 else 4)
    p_evalharness(w, 4 if v == 1 else 5)
    p_developer(w, 110 if v == 1 else 90, heavy=True)
    p_developer(w, 280 if v == 1 else 320)
    p_researcher(w, 70 if v == 1 else 90)
    p_hobbyist(w, 35 if v == 1 else 45)
    p_family(w, 40)
    p_casual(w, 1050 if v == 1 else 1000)
    p_vpn(w, 180 if v == 1 else 220)
    p_writer(w, 130)
    p_mobile(w, 130)
    p_dormant(w, 110)
