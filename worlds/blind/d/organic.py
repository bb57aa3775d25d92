"""Legitimate customer personas."""
from datetime import timedelta
from common import *

PERSONAL = ['gmail.com'] * 14 + ['outlook.com'] * 3 + ['hotmail.com', 'yahoo.com', 'yahoo.com', 'icloud.com', 'icloud.com',
            'proton.me', 'gmx.de', 'web.de', 'naver.com', 'orange.fr', 'free.fr', 'yandex.ru', 'rediffmail.com',
            'mail.com', 'fastmail.com', 'hey.com', 'live.com', 'qq.com', 'libero.it', 'uol.com.br']
WORDS = ['amber', 'north', 'pixel', 'harbor', 'quill', 'cobalt', 'fern', 'summit', 'lumen', 'orbit', 'cedar', 'vector',
         'tidal', 'atlas', 'ember', 'mosaic', 'prairie', 'signal', 'juniper', 'kite', 'basalt', 'meadow', 'relay', 'grove',
         'nimbus', 'copper', 'lantern', 'ridge', 'falcon', 'willow', 'delta', 'spruce', 'onyx', 'marble', 'clover']
TLDS = ['.com', '.io', '.ai', '.dev', '.co', '.net', '.tech', '.app', '.de', '.co.uk', '.fr', '.in']


def company_domain(r):
    return r.choice(WORDS) + r.choice(['', '-', '']) + r.choice(WORDS + ['labs', 'works', 'soft', 'data', 'hq', 'systems']) + r.choice(TLDS)


def res_group(country):
    g = 'res-' + country
    return g if g in NETS.pools else 'res-US'


def personal_account(W, persona, country=None, tier=None, created_days=(5, 700), email=None, card=True, signup_ip=None):
    r = W.rng
    country = country or r.choice(RES_COUNTRIES)
    home = W.N.ip(r, res_group(country))
    created = W.start - timedelta(days=r.uniform(*created_days), hours=r.uniform(0, 24))
    tier = tier or r.choice(['free', 'free', 'build', 'build', 'build'])
    a = W.new_account('organic', persona, created=created, email=email or r.choice(PERSONAL),
                      card=(W.card(persona, W.nacc) if (card and tier != 'free') else None),
                      signup_ip=signup_ip or (home if r.random() < 0.7 else W.N.ip(r, res_group(country))),
                      country=country, tier=tier)
    W.key(a)
    a['_home'] = home
    a['_country'] = country
    a['_tz'] = COUNTRY_TZ.get(country, 0)
    return a


def home_ip(W, a, p_mobile=0.15, p_change=0.05):
    r = W.rng
    x = r.random()
    if x < p_mobile:
        c = a['_country']
        g = 'mob-' + c if ('mob-' + c) in W.N.pools else r.choice(['mob-US', 'mob-DE', 'mob-IN'])
        if c not in ('US', 'DE', 'IN', 'PL', 'CZ', 'AT', 'JP'):
            g = res_group(c)
        return W.N.ip(r, g)
    if x < p_mobile + p_change:
        a['_home'] = W.N.ip(r, res_group(a['_country']))
    return a['_home']


# ---------------------------------------------------------------- prompt sources
def casual_prompt(W):
    r = W.rng
    C = W.C
    x = r.random()
    if x < 0.35:
        return [t for t in r.choice(C.hh)][:r.randint(1, 4)]
    if x < 0.55:
        return [r.choice(C.koala)]
    if x < 0.7:
        return [r.choice(C.vicuna)]
    if x < 0.85:
        m = r.choice(C.mtbench)
        return list(m['turns'][:r.randint(1, 2)])
    if x < 0.93:
        u = r.choice(C.user_or)
        inst = u['instances'][0]['input'] if u.get('instances') else ''
        return [(u['instruction'] + ('\n\n' + inst if inst else '')).strip()]
    return [r.choice(C.arena)]


CASUAL_FOLLOW = ['thanks! can you make it shorter?', 'hmm not quite what I meant', 'can you give me an example?',
                 'ok and what about for kids?', 'why?', 'make it funnier', 'translate that to spanish pls',
                 'what would you recommend then', 'is that true though?', 'cool. anything else I should know?',
                 'can you put that in a table', 'shorter please, like 3 bullet points', 'ok thx',
                 'wait, I think you misunderstood. I meant the other one', 'more detail on the second point?']

DEV_FOLLOW = ['that throws `TypeError: cannot unpack non-iterable NoneType object` on the second call',
              'can you add type hints and a docstring?', 'now write pytest tests for it',
              'what is the time complexity of this?', 'it works but it is slow on 1M rows, any ideas?',
              'convert this to TypeScript', 'the linter complains about the unused variable on line 12',
              'can we avoid the global state?', 'same thing but async please', 'ok now make it a CLI with argparse',
              'explain the regex you used', 'this fails when the list is empty', 'refactor into smaller functions',
              'how would I deploy this on a lambda?', 'ok that fixed it, thanks. next: handle the retry logic']


def code_prompt(W):
    r = W.rng
    C = W.C
    x = r.random()
    if x < 0.45:
        g = r.choice(C.codegen)
        return (g['instruction'] + ('\n' + g['input'] if g['input'] else '')).strip(), g['response']
    if x < 0.75:
        return r.choice([p for p in C.arena]), None
    if x < 0.88:
        he = r.choice(C.humaneval)
        pre = r.choice(['can you finish this function?\n\n', 'complete this:\n', 'why does my version of this fail on edge cases? spec:\n',
                        '', 'Implement the body:\n```python\n'])
        return pre + he['prompt'] + ('```' if pre.endswith('```python\n') else ''), he['canonical_solution']
    u = r.choice(C.user_or)
    return u['instruction'], None


AGENT_TOOLSETS = [
    ['read_file', 'write_file', 'list_dir', 'run_shell'],
    ['read_file', 'apply_patch', 'grep', 'run_tests', 'git_diff'],
    ['bash', 'str_replace_editor'],
    ['search_docs', 'read_file', 'edit_file'],
    ['get_weather', 'search_web'],
    ['sql_query', 'describe_table', 'plot_chart'],
    ['browser_open', 'browser_click', 'browser_read'],
    ['create_ticket', 'lookup_customer', 'send_email'],
    ['calendar_list', 'calendar_create', 'contacts_search'],
]
TOOL_RESULT = ['Tool result (run_shell): exit code 1\nE   AssertionError: expected 3, got 2', 'tool output: 14 files changed',
               '[read_file] src/utils/parse.py (212 lines)', 'search returned 3 results', 'tests: 41 passed, 2 failed',
               '{"rows": 12, "columns": ["id","region","revenue"]}', 'OK', 'patch applied cleanly',
               'Error: ENOENT: no such file or directory, open \'config/local.json\'', '<html>... 200 OK ...</html>']


# ---------------------------------------------------------------- personas
def p_casual(W, n, persona='casual', vpn=False, mean_req=3.5):
    r = W.rng
    for _ in range(n):
        a = personal_account(W, persona, tier=r.choice(['free'] * 3 + ['build']))
        if vpn:
            a['email_domain'] = r.choice(['proton.me', 'proton.me', 'tutanota.com', 'gmail.com', 'duck.com', 'pm.me'])
        stack = r.choice(['chrome-web', 'chrome-mac', 'safari-web', 'ios-web', 'ios-app', 'android-web', 'android-app',
                          'firefox-web', 'edge-web', 'ios-app'])
        cl = Client(r, stack)
        nsess = max(1, int(r.expovariate(1 / (mean_req / 1.8))))
        for _s in range(nsess):
            day = r.randrange(W.days)
            t = W.day_time(day, a['_tz'], r.choice(['evening', 'evening', 'office', 'night']))
            ip = W.N.ip(r, 'vpn') if (vpn and r.random() < 0.85) else home_ip(W, a, 0.3)
            turns = casual_prompt(W)
            cid = W.conv() if r.random() < 0.8 else None
            if len(turns) == 1 and r.random() < 0.35:
                turns += r.sample(CASUAL_FOLLOW, r.randint(1, 2))
            hist = 0
            for i, p in enumerate(turns):
                row = W.emit(a, t, cl, ip, p, conv=cid, turn=(i + 1) if cid else None, model=r.choice([MODELS['big'], MODELS['small'], MODELS['small']]),
                             temperature=r.choice([None, None, 0.7, 1.0]), history_tokens=hist, out_range=(40, 700))
                hist += len(p) // 4 + (row['output_tokens'] if row else 200)
                t += timedelta(seconds=r.uniform(15, 300))


def p_writer(W, n):
    r = W.rng
    C = W.C
    for _ in range(n):
        a = personal_account(W, 'writer', tier=r.choice(['free', 'build', 'build']))
        cl = Client(r, r.choice(['chrome-mac', 'safari-web', 'firefox-web', 'chrome-web', 'openai-py', 'ios-app']))
        sysm = r.choice([None, None, 'You are my writing partner. Keep my voice; never summarize unless asked.',
                         'You are an editor for literary fiction. Be blunt.', 'Act as a co-author for a fantasy serial. Match tone.'])
        for _s in range(r.randint(1, 6)):
            day = r.randrange(W.days)
            t = W.day_time(day, a['_tz'], r.choice(['evening', 'night', 'office']))
            cid = W.conv()
            rp = r.choice(C.roleplay)
            first = rp['instruction'] + ('\n' + rp['input'] if rp['input'] else '')
            if r.random() < 0.3:
                first = r.choice([m['turns'][0] for m in C.mtbench if m['category'] in ('writing', 'roleplay')])
            turns = [first] + r.sample(['continue', 'darker', 'rewrite the last paragraph in first person', 'more dialogue, less description',
                                        'give me three alternative endings', 'keep going from "the door"', 'cut it by half',
                                        'make the villain more sympathetic', 'ok now the next chapter', 'change the setting to Lagos in 1978'], r.randint(0, 6))
            hist = 0
            for i, p in enumerate(turns):
                row = W.emit(a, t, cl, home_ip(W, a), p, system=sysm, conv=cid, turn=i + 1, temperature=r.choice([0.9, 1.0, 1.1, None]),
                             history_tokens=hist, out_range=(200, 1400), ref=rp['response'] if i == 0 else None, max_tokens=r.choice([None, 2048, 4096]))
                hist += len(p) // 4 + (row['output_tokens'] if row else 400)
                t += timedelta(seconds=r.uniform(40, 600))


def p_power(W, n, persona='power-user'):
    r = W.rng
    for _ in range(n):
        a = personal_account(W, persona, tier=r.choice(['build', 'build', 'scale']), email=r.choice(PERSONAL + [company_domain(r)] * 4))
        stacks = r.sample(['openai-py', 'anthropic-py', 'cli-agent', 'chrome-mac', 'vscode-ext', 'curl', 'litellm', 'anthropic-js', 'bun', 'rust'], 3)
        cls = [Client(r, s) for s in stacks]
        work_ip = W.N.ip(r, r.choice(['biz-US', 'biz-EU', res_group(a['_country'])]))
        tools = r.choice(AGENT_TOOLSETS[:4])
        active = sorted(r.sample(range(W.days), r.randint(2, 9)))
        for day in active:
            for _s in range(r.randint(1, 2)):
                cl = r.choice(cls)
                t = W.day_time(day, a['_tz'], r.choice(['office', 'evening', 'night']))
                ip = work_ip if (not W.is_weekend(day) and r.random() < 0.5) else home_ip(W, a, 0.1)
                agentic = cl.stack in ('cli-agent', 'vscode-ext') or r.random() < 0.2
                cid = W.conv()
                p0, ref = code_prompt(W) if r.random() < 0.7 else (casual_prompt(W)[0], None)
                nturn = r.randint(2, 16) if agentic else r.randint(1, 7)
                hist = 0
                sysm = r.choice([None, 'You are a senior engineer. Prefer concise answers with code.', 'Answer tersely.']) if not agentic else \
                    'You are a coding agent operating in the user\'s repository. Use tools to inspect files before editing.'
                for i in range(nturn):
                    p = p0 if i == 0 else (r.choice(TOOL_RESULT) if agentic and r.random() < 0.6 else r.choice(DEV_FOLLOW))
                    row = W.emit(a, t, cl, ip, p, system=sysm, conv=cid, turn=i + 1, tools=tools if agentic else None,
                                 model=r.choice([MODELS['big'], MODELS['big'], MODELS['think']]), history_tokens=min(hist, 150000),
                                 out_range=(60, 1600), ref=ref if i == 0 else None, stream=True if agentic else None,
                                 max_tokens=r.choice([4096, 8192, 16000]) if agentic else None, temperature=r.choice([None, 0, 0.2]))
                    hist += len(p) // 4 + (row['output_tokens'] if row else 300) + (r.randint(500, 4000) if agentic else 0)
                    t += timedelta(seconds=r.uniform(3, 40) if agentic else r.uniform(30, 500))


def p_developer(W, n):
    r = W.rng
    odd = ['zscaler-chrome', 'bluecoat-py', 'paloalto-curl', 'curl-win', 'powershell', 'flutter-app', 'wsl-curl', 'java', 'dotnet']
    for _ in range(n):
        a = personal_account(W, 'developer', tier=r.choice(['free', 'build', 'build', 'build']),
                             email=r.choice(PERSONAL + [company_domain(r)] * 6))
        st = r.choice(['openai-py', 'openai-py39', 'anthropic-py', 'openai-js', 'anthropic-js', 'requests', 'httpx', 'go', 'curl',
                       'node-fetch', 'langchain', 'bun', 'rust', 'aiohttp'] + odd)
        cl = Client(r, st)
        cl2 = Client(r, r.choice(['chrome-web', 'chrome-mac', 'firefox-web']))
        staging = W.N.ip(r, r.choice(['cloud-aws', 'cloud-gcp', 'cloud-do', 'cloud-hetzner', 'cloud-azure'])) if r.random() < 0.4 else None
        office = W.N.ip(r, r.choice(['biz-US', 'biz-EU'])) if st in odd[:3] else None
        tools = r.choice(AGENT_TOOLSETS) if r.random() < 0.35 else None
        sysm = r.choice([None, None, 'You are a helpful assistant.', 'You extract structured JSON from the text. Output only JSON.',
                         'You are the assistant inside %s, a note-taking app. Be brief.' % r.choice(WORDS).title(),
                         'Classify the support ticket into one of: billing, bug, feature, other.'])
        nreq = max(2, int(r.expovariate(1 / 8)))
        for _i in range(nreq):
            day = r.randrange(W.days)
            t = W.day_time(day, a['_tz'], r.choice(['office', 'office', 'evening', 'night']))
            ip = office or (staging if staging and r.random() < 0.4 else home_ip(W, a, 0.05))
            c = cl2 if r.random() < 0.12 else cl
            if sysm and sysm.startswith(('You extract', 'Classify')):
                p = r.choice(W.C.hh)[0] if sysm.startswith('Classify') else r.choice(W.C.koala)
                ref = None
            else:
                p, ref = code_prompt(W)
            cid = W.conv() if (tools or r.random() < 0.3) else None
            nt = r.randint(1, 6) if cid else 1
            hist = 0
            for j in range(nt):
                pp = p if j == 0 else (r.choice(TOOL_RESULT) if tools else r.choice(DEV_FOLLOW))
                row = W.emit(a, t, c, ip, pp, system=sysm, conv=cid, turn=j + 1 if cid else None, tools=tools,
                             model=r.choice([MODELS['big'], MODELS['small'], MODELS['mini'], MODELS['legacy']]), ref=ref if j == 0 else None,
                             temperature=r.choice([None, 0, 0.2, 0.7]), max_tokens=r.choice([None, 256, 1024, 4096]),
                             history_tokens=hist, out_range=(30, 1200), status=(400 if r.random() < 0.02 else None))
                hist += len(pp) // 4 + (row['output_tokens'] if row else 200)
                t += timedelta(seconds=r.uniform(2, 120))


RESEARCH_WRAP = ['{q}\n\nPlease reason step by step and state your assumptions.', 'Think carefully. {q}',
                 'I am studying how models handle this kind of problem. {q} Walk me through your reasoning.',
                 '{q}\n\nShow your work — I care about the intermediate steps more than the answer.',
                 'Question for a paper appendix: {q}\nExplain step by step.', '{q}', '{q} (explain like a TA would)',
                 'Can you derive this rather than just state it? {q}']


def p_researcher(W, n):
    r = W.rng
    C = W.C
    unis = [g for g in W.N.pools if g.startswith('uni-')]
    for _ in range(n):
        a = personal_account(W, 'researcher', tier=r.choice(['build', 'build', 'free']),
                             email=r.choice(['gmail.com', 'berkeley.edu', 'mit.edu', 'uw.edu', 'utoronto.ca', 'purdue.edu', 'uni-stuttgart.de', 'ubc.ca', 'unimelb.edu.au']))
        uni = W.N.ip(r, r.choice(unis))
        cl = Client(r, r.choice(['openai-py', 'anthropic-py', 'chrome-mac', 'httpx', 'firefox-web', 'anthropic-py312']))
        for _i in range(max(2, int(r.expovariate(1 / 14)))):
            day = r.randrange(W.days)
            t = W.day_time(day, a['_tz'], r.choice(['office', 'evening']))
            x = r.random()
            if x < 0.35:
                g = r.choice(C.gsm_train + C.gsm_test); q, ref = g['question'], gsm_answer_text(g['answer'])
            elif x < 0.7:
                q, ref = r.choice(C.arena), None
            else:
                m = r.choice(C.mtbench); q, ref = m['turns'][0], None
            p = r.choice(RESEARCH_WRAP).format(q=q)
            ip = uni if r.random() < 0.6 else home_ip(W, a)
            cid = W.conv() if r.random() < 0.5 else None
            W.emit(a, t, cl, ip, p, conv=cid, turn=1 if cid else None, model=r.choice([MODELS['think'], MODELS['big']]), ref=ref,
                   max_tokens=r.choice([2048, 4096, 8192, 16000]), temperature=r.choice([None, 0, 0.7]), out_range=(150, 1500), task='cot')
            if cid and r.random() < 0.5:
                W.emit(a, t + timedelta(seconds=r.uniform(60, 400)), cl, ip, r.choice(['Where exactly does step 2 come from?', 'Is there a shorter argument?',
                       'What if the numbers were negative?', 'Can you check your arithmetic?', 'Which step is the one models usually get wrong?']),
                       conv=cid, turn=2, model=MODELS['think'], out_range=(80, 800), history_tokens=600)


HOBBY_ASK = ['I\'m building a small fine-tuning set for my own 1B model. Give me {k} varied instruction/response pairs about {topic}, as JSONL.',
             'Generate {k} question-answer pairs on {topic} for a flashcard dataset. Vary the difficulty.',
             'write {k} diverse prompts a user might ask about {topic}, one per line, no numbering',
             'For my hobby dataset: produce {k} examples in the style of this seed task.\n\n{seed}',
             'Make {k} synthetic customer emails about {topic} with a label for sentiment (pos/neg/neutral). JSON list.']
TOPICS = ['home brewing', 'bouldering', 'retro game emulation', 'sourdough', 'birdwatching', 'Rust lifetimes', 'personal finance',
          'chess openings', 'aquarium care', '3D printing', 'Japanese grammar', 'vegan baking', 'ham radio', 'urban gardening']


def p_hobbyist(W, n):
    r = W.rng
    C = W.C
    for _ in range(n):
        a = personal_account(W, 'data-hobbyist', tier='build')
        cl = Client(r, r.choice(['openai-py', 'requests', 'httpx', 'aiohttp', 'litellm', 'chrome-web']))
        topics = r.sample(TOPICS, 3)
        nreq = r.randint(8, 60)
        day0 = r.randrange(W.days)
        t = W.day_time(day0, a['_tz'], 'evening')
        for i in range(nreq):
            s = r.choice(C.seed)
            p = r.choice(HOBBY_ASK).format(k=r.choice([5, 10, 20, 25]), topic=r.choice(topics), seed=s['instruction'])
            if r.random() < 0.07:
                p = C.alpaca + '\n'  # the public Alpaca template, used verbatim by hobbyists too
            W.emit(a, t, cl, home_ip(W, a, 0.02), p, model=r.choice([MODELS['small'], MODELS['big']]), temperature=r.choice([0.7, 1.0, 1.2]),
                   max_tokens=r.choice([2048, 4096]), out_range=(500, 2500), stream=False)
            t += timedelta(seconds=r.uniform(5, 90)) if r.random() < 0.85 else timedelta(hours=r.uniform(8, 60))


def p_household(W, nhomes):
    r = W.rng
    for _ in range(nhomes):
        country = r.choice(RES_COUNTRIES)
        card = W.card('home', W.nacc)
        home = W.N.ip(r, res_group(country))
        for k in range(r.randint(2, 4)):
            a = personal_account(W, 'household', country=country, tier='build', signup_ip=home)
            a['payment_fingerprint'] = card
            a['_home'] = home
            cl = Client(r, r.choice(['chrome-web', 'safari-web', 'ios-app', 'android-app', 'openai-py']))
            for _i in range(r.randint(1, 9)):
                day = r.randrange(W.days)
                t = W.day_time(day, a['_tz'], r.choice(['evening', 'student']))
                turns = casual_prompt(W) if r.random() < 0.7 else [r.choice(W.C.gsm_test)['question'] + ' (my kid\'s homework, explain simply)']
                cid = W.conv()
                for i, p in enumerate(turns):
                    W.emit(a, t, cl, home_ip(W, a, 0.2), p, conv=cid, turn=i + 1, model=MODELS['small'], out_range=(60, 600), history_tokens=i * 300)
                    t += timedelta(seconds=r.uniform(20, 200))


def p_agency(W, nclients, persona='agency-client'):
    """A small dev agency pays for its clients' sandbox accounts with one company card."""
    r = W.rng
    card = W.card('agency', W.nacc)
    office = W.N.ip(r, 'res-GB')
    for _ in range(nclients):
        a = personal_account(W, persona, country='GB', tier='build', email=company_domain(r), signup_ip=office)
        a['payment_fingerprint'] = card
        cl = Client(r, r.choice(['openai-js', 'anthropic-js', 'openai-py', 'node-fetch']))
        srv = W.N.ip(r, r.choice(['cloud-aws', 'cloud-gcp', 'cloud-do']))
        sysm = 'You are %s\'s website assistant. Answer questions about opening hours, bookings and prices. If unsure, offer to connect to staff.' % r.choice(WORDS).title()
        for _i in range(r.randint(10, 60)):
            day = r.randrange(W.days)
            t = W.day_time(day, 0, 'office')
            W.emit(a, t, cl, srv, r.choice(W.C.hh)[0], system=sysm, model=MODELS['small'], out_range=(30, 250), max_tokens=400, temperature=0.3)
