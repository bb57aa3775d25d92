"""Legitimate customer personas."""
from datetime import timedelta
from common import Client, H, TZ

GENERIC_OPEN = ['Sure', 'Here is', 'Good question', 'Okay', 'Absolutely', 'Let me help', 'Of course', 'Great,']


def fake_resp(W, prompt, kind='chat'):
    r = W.rng
    if r.random() < 0.3:
        return None
    words = [w for w in prompt.split() if len(w) > 4][:6]
    head = r.choice(GENERIC_OPEN)
    if kind == 'code':
        return '%s — here is one way to do it:\n\n```python\ndef solution(%s):\n    ...\n```\n' % (head, ', '.join(w.strip('.,?').lower()[:8] for w in words[:2]))
    return '%s. %s' % (head, ' '.join(words) + ' ... (response truncated)')


def pick_cc(W, weights=None):
    weights = weights or {'US': 30, 'GB': 6, 'DE': 6, 'IN': 9, 'FR': 4, 'CA': 4, 'BR': 4, 'JP': 3, 'KR': 2,
                          'AU': 2, 'ES': 2, 'NL': 2, 'PL': 2, 'IT': 2, 'SG': 1, 'MX': 2, 'TR': 1, 'ID': 2, 'VN': 1}
    ks = list(weights)
    return W.rng.choices(ks, [weights[k] for k in ks])[0]


EMAILS = ['gmail.com'] * 12 + ['outlook.com'] * 3 + ['yahoo.com', 'icloud.com', 'hotmail.com', 'proton.me', 'gmx.de',
          'qq.com', 'naver.com', 'yandex.ru', 'mail.com', 'fastmail.com', 'web.de', 'orange.fr']


def personal_account(W, persona, cc=None, tier=None, card=True, email=None, created=None):
    r = W.rng
    cc = cc or pick_cc(W)
    ip0 = W.N.resi(r, cc)
    a = W.new_account('organic', persona, cc=cc, email=email or r.choice(EMAILS),
                      card=W.card() if card else None, signup_ip=ip0 if r.random() < 0.9 else None,
                      tier=tier or r.choice(['free', 'free', 'build', 'build', 'build']), created=created)
    a['_home'] = [ip0] + ([W.N.resi(r, cc)] if r.random() < 0.4 else [])
    a['_mobile'] = W.N.mobile(r, cc) if r.random() < 0.5 else None
    a['_tz'] = TZ.get(cc, 0)
    return a


def home_ip(W, a):
    r = W.rng
    if a.get('_mobile') and r.random() < 0.2:
        return a['_mobile']
    if r.random() < 0.04:
        return W.N.resi(r, a['country'])  # travelling / cafe
    return r.choice(a['_home'])


def conversation(W, a, client, t, turns, ip, system=None, model='atlas-4', gap=(20, 400), tools=None,
                 reasoning=False, max_tokens=None, temperature=None, stream=None, out_scale=1.0, conv_style='uuid',
                 with_conv=True, kind='chat'):
    r = W.rng
    cid = W.conv_id(conv_style) if with_conv and (len(turns) > 1 or r.random() < 0.6) else None
    prior = 0
    for i, p in enumerate(turns):
        row = W.emit(a, t, client, ip, p, system=system, model=model, conv=cid, turn=(i + 1) if cid else (1 if r.random() < 0.3 else None),
                     tools=tools, max_tokens=max_tokens, temperature=temperature, stream=stream, reasoning=reasoning,
                     out_hint=(r.choice(W.C.conv_out) * r.uniform(1, 3) + 40) * out_scale, prior_tokens=prior,
                     response=fake_resp(W, p, kind))
        if row:
            prior += row['input_tokens'] - prior + row['output_tokens']
        t = t + timedelta(seconds=r.uniform(*gap))
    return t


FOLLOWUPS = ['can you make it shorter?', 'thanks! what about the second point?', 'explain that again more simply',
             'ok and how would that work in practice', 'Can you give an example?', 'that does not work, I get an error',
             'rewrite it in a more formal tone', 'why?', 'what are the downsides?', 'perfect, now translate to Spanish',
             'hmm not quite. try again', 'and if I only have 10 minutes?', 'add a table', 'go on', 'nice. one more please']


def casual(W, n, persona='casual', vpn=False, stacks=None):
    r = W.rng
    stacks = stacks or ['web_chrome'] * 5 + ['web_safari', 'web_firefox', 'web_edge', 'web_ios', 'web_ios', 'web_android', 'mobile_sdk']
    for _ in range(n):
        a = personal_account(W, persona, tier=r.choice(['free'] * 3 + ['build']), card=r.random() < 0.5)
        if vpn:
            a['_home'] = [W.N.proxy(r) for _ in range(r.randint(1, 4))]
            a['_mobile'] = None
        cl = Client(r, r.choice(stacks))
        nsess = max(1, int(r.expovariate(1 / 2.5)))
        for _ in range(nsess):
            t = W.diurnal_time(a['_tz'])
            k = r.random()
            if k < 0.35:
                turns = r.choice(W.C.hh)[:r.randint(1, 4)]
            elif k < 0.5:
                turns = r.choice(W.C.mtbench)['turns'][:r.randint(1, 2)]
            else:
                turns = [W.C.organic_prompt(r)] + r.sample(FOLLOWUPS, r.randint(0, 2))
            conversation(W, a, cl, t, turns, home_ip(W, a), stream=cl.browser or r.random() < 0.5,
                         temperature=None if cl.browser else r.choice([None, 0.7, 1.0]), model=r.choice(['atlas-4', 'atlas-4-mini', 'atlas-4-mini']))


WRITER_SYS = ['You are a helpful writing partner. Keep my voice.', 'You are an editor for a fantasy novel series.', None, None,
              'Act as a creative co-author. Be vivid but concise.']


def writers(W, n):
    r = W.rng
    for _ in range(n):
        a = personal_account(W, 'writer')
        cl = Client(r, r.choice(['web_chrome', 'web_safari', 'web_firefox', 'openai_py', 'mobile_sdk']))
        sysp = r.choice(WRITER_SYS)
        for _ in range(r.randint(2, 6)):
            t = W.diurnal_time(a['_tz'], peak=(19, 26))
            rp = r.choice(W.C.roleplay)
            first = rp['instruction'] if r.random() < 0.5 else r.choice(['Continue my story: ', 'Help me rewrite this scene: ', 'Brainstorm: ']) + r.choice(W.C.koala)
            turns = [first] + r.sample(['make it darker', 'more dialogue please', 'now from the villain\'s POV', 'shorten to 300 words',
                                        'I like it. continue', 'change the ending', 'less purple prose'], r.randint(0, 4))
            conversation(W, a, cl, t, turns, home_ip(W, a), system=sysp, temperature=r.choice([0.9, 1.0, 1.1, None]), out_scale=2.2,
                         stream=True, gap=(60, 900))


DEV_TOOLS = [['read_file', 'write_file', 'run_shell', 'search_code'],
             ['str_replace_editor', 'bash', 'view'],
             ['Read', 'Edit', 'Bash', 'Grep', 'Glob', 'TodoWrite'],
             ['get_weather', 'search_web'], ['sql_query', 'list_tables', 'describe_table'],
             ['browser_navigate', 'browser_click', 'browser_snapshot'], ['apply_patch', 'shell', 'read_file']]

DEV_SYS = ['You are an expert software engineer. Answer concisely with code.', 'You are a coding assistant inside the user\'s IDE.',
           None, None, 'You are a senior Python developer. Prefer standard library.', 'Respond only with a unified diff.',
           'You are an autonomous coding agent. Use tools to inspect the repository before editing.']

DEV_FOLLOW = ['that throws a TypeError on line 12', 'now add unit tests', 'can you make it async?', 'refactor to avoid the global',
              'explain the complexity', 'it works, thanks. now handle the empty input case', 'use typescript instead',
              'the tests fail with: AssertionError', 'run the linter and fix warnings', 'ok commit that', 'what about windows paths?',
              'make it faster, it takes 40s on 1M rows', 'add logging', 'tool result: exit code 1\nModuleNotFoundError: No module named \'yaml\'',
              'tool result: 3 files changed, 41 insertions(+), 7 deletions(-)', 'looks good. next: the README']


def dev_prompt(W):
    r = W.rng
    k = r.random()
    if k < 0.45:
        return r.choice(W.C.arena)['prompt']
    if k < 0.7:
        c = r.choice(W.C.codegen)
        return c['instruction'] + ('\n' + c['input'] if c['input'] else '')
    if k < 0.8:
        return 'why does this fail?\n\n' + r.choice(W.C.humaneval)['prompt'] + '\n    return None\n'
    return r.choice(['write a bash one-liner that ', 'regex to ', 'How do I ', 'In pandas, how to ', 'k8s: ', 'git: how to ']) + \
        r.choice(['find files larger than 100MB', 'match ISO dates', 'squash the last 3 commits', 'groupby two columns and keep NaN',
                  'restart a deployment without downtime', 'parse a CSV with quoted newlines', 'debounce a function in React',
                  'read env vars with defaults', 'retry with exponential backoff on 429'])


def developers(W, n, persona='developer', heavy=False, odd=False):
    r = W.rng
    for _ in range(n):
        a = personal_account(W, persona, tier=r.choice(['build', 'build', 'scale']) if heavy else None, card=True)
        if odd:
            kind = r.choice(['zscaler', 'curl_win', 'mobile_mismatch', 'go_browser_ua', 'netskope', 'php'])
            if kind == 'zscaler':
                cl = Client(r, r.choice(['openai_py', 'anthropic_py', 'web_chrome', 'openai_js']), )
                from common import JA4
                cl.ja4 = JA4['zscaler']
                a['_home'] = [W.N.cloud(r, r.choice(['aws', 'gcp']))]  # proxy egress
            elif kind == 'netskope':
                from common import JA4
                cl = Client(r, r.choice(['openai_py', 'web_edge', 'dotnet']))
                cl.ja4 = JA4['netskope']
                a['_home'] = [W.N.cloud(r, 'gcp')]
            elif kind == 'curl_win':
                cl = Client(r, 'curl_win')
            elif kind == 'mobile_mismatch':
                cl = Client(r, 'mobile_sdk')
                from common import JA4
                cl.ja4 = JA4['okhttp'] if r.random() < 0.5 else JA4['ios_urlsession']
                cl.ua = r.choice(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'MyCompanionApp/2.1', cl.ua])
            elif kind == 'php':
                cl = Client(r, 'php')
            else:
                cl = Client(r, 'go')
                cl.ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'
            a['_odd'] = kind
        else:
            cl = Client(r, r.choice(['openai_py', 'anthropic_py', 'openai_js', 'anthropic_js', 'cli_agent', 'cli_agent', 'curl',
                                     'httpx', 'litellm', 'langchain', 'reqwest', 'go', 'java', 'dotnet', 'web_chrome', 'bun']))
        nsess = int(r.uniform(4, 12)) if heavy else max(1, int(r.expovariate(1 / 6)))
        tools = r.choice(DEV_TOOLS) if (heavy or r.random() < 0.3) else None
        sysp = r.choice(DEV_SYS)
        model = r.choice(['atlas-4', 'atlas-4', 'atlas-4-reasoning', 'atlas-4-mini'])
        for _ in range(nsess):
            t = W.diurnal_time(a['_tz'], peak=(8, 20), weekend=0.4)
            nt = (int(r.uniform(3, 15)) if heavy and tools else r.randint(1, 5))
            turns = [dev_prompt(W)] + [r.choice(DEV_FOLLOW) for _ in range(nt - 1)]
            conversation(W, a, cl, t, turns, home_ip(W, a), system=sysp, tools=tools if r.random() < 0.85 else None, model=model,
                         gap=(4, 120) if tools else (30, 600), max_tokens=r.choice([None, 4096, 8192, 16000]), temperature=r.choice([None, 0, 0.2]),
                         stream=r.random() < 0.7, reasoning=model == 'atlas-4-reasoning', out_scale=1.6, kind='code',
                         conv_style=r.choice(['uuid', 'cv']))


RESEARCH_WRAP = ['Please reason step by step and show your work.\n\n{q}', '{q}\n\nWalk me through your reasoning before giving the final answer.',
                 'I am studying how models solve this. Think carefully, then answer:\n{q}', '{q}\n\nExplain each step.',
                 'Derive the answer from first principles: {q}', '{q}']


def researchers(W, n):
    r = W.rng
    for _ in range(n):
        a = personal_account(W, 'researcher', email=r.choice(['gmail.com', 'cs.stanford.edu', 'mit.edu', 'ox.ac.uk', 'ethz.ch', 'tsinghua.edu.cn', 'kaist.ac.kr']),
                             tier='build')
        cl = Client(r, r.choice(['openai_py', 'anthropic_py', 'web_chrome', 'httpx', 'aiohttp']))
        src = r.choice(['gsm', 'arena', 'mix'])
        for _ in range(r.randint(3, 12)):
            t = W.diurnal_time(a['_tz'])
            turns = []
            for _ in range(r.randint(1, 4)):
                if src == 'gsm' or (src == 'mix' and r.random() < 0.5):
                    q = r.choice(W.C.gsm_train)['question']
                else:
                    q = r.choice(W.C.arena)['prompt']
                turns.append(r.choice(RESEARCH_WRAP).format(q=q))
            if r.random() < 0.5:
                turns.append(r.choice(['Where exactly did you make the assumption in step 2?', 'Is there a shorter argument?',
                                       'Now solve it without using algebra', 'How confident are you? Double-check.']))
            conversation(W, a, cl, t, turns, home_ip(W, a), model=r.choice(['atlas-4-reasoning', 'atlas-4']), reasoning=r.random() < 0.6,
                         max_tokens=r.choice([None, 8000, 16000]), temperature=r.choice([None, 0, 0.7]), with_conv=r.random() < 0.6)


HOBBY_GEN = ['Generate {k} diverse instruction-following examples as JSON lines with fields instruction, input, output.',
             'I\'m building a small fine-tuning dataset for my hobby project. Give me {k} varied tasks with answers, JSON please.',
             'Make {k} new tasks similar to these examples, but different topics:\n{ex}',
             'Come up with {k} question/answer pairs about {topic} for a flashcard deck.']
TOPICS = ['sourdough baking', 'Roman history', 'linear algebra', 'houseplants', 'chess openings', 'Rust lifetimes', 'birdwatching',
          'personal finance', 'Japanese grammar', 'climbing knots']


def hobbyists(W, n):
    r = W.rng
    for _ in range(n):
        a = personal_account(W, 'data-hobbyist', tier='build')
        cl = Client(r, r.choice(['openai_py', 'requests', 'httpx', 'openai_js', 'curl']))
        nreq = r.randint(20, 90)
        day = r.randrange(W.days)
        t = W.diurnal_time(a['_tz'], day=day, peak=(18, 24))
        ip = home_ip(W, a)
        for i in range(nreq):
            ex = '\n'.join('- ' + s['instruction'] for s in r.sample(W.C.seed_tasks, 3))
            p = r.choice(HOBBY_GEN).format(k=r.choice([5, 10, 20]), ex=ex, topic=r.choice(TOPICS))
            if r.random() < 0.15:
                p = W.C.alpaca_prompt + '\n' + ex
            W.emit(a, t, cl, ip, p, model='atlas-4-mini', max_tokens=r.choice([2048, 4096]), temperature=1.0, out_hint=r.uniform(800, 2500),
                   response=None)
            t += timedelta(seconds=r.uniform(5, 60) if r.random() < 0.9 else r.uniform(3600, 86400))


def enterprise(W, name, n_accts, sysprompt, egress='aws', stack='openai_py', req_per=60, cc='US', round_clock=False,
               prompt_fn=None, model='atlas-4', email=None, persona='verified-enterprise', verified=True, tier='enterprise', n_ips=3,
               office_nat=False):
    r = W.rng
    org = 'org_' + H(W.seed, name, n=12)
    card = W.card(name)
    created0 = W.start - timedelta(days=r.uniform(30, 300))
    if office_nat:
        ips = [W.N.resi(r, cc) for _ in range(n_ips)]
    else:
        ips = [W.N.cloud(r, egress) for _ in range(n_ips)]
    cl = Client(r, stack)
    accts = []
    for i in range(n_accts):
        a = W.new_account('organic', persona, org=org, email=email or name.lower().replace(' ', '') + '.com', card=card,
                          signup_ip=ips[0], cc=cc, tier=tier, verified=verified,
                          created=created0 + timedelta(seconds=r.uniform(0, 600)))
        accts.append(a)
        for j in range(int(req_per * r.uniform(0.5, 1.5))):
            if round_clock:
                t = W.uniform_time()
            else:
                t = W.diurnal_time(TZ.get(cc, 0), peak=(8, 19), weekend=0.15)
            p = prompt_fn(W) if prompt_fn else W.C.user_task(r)
            W.emit(a, t, cl, r.choice(ips), p, system=sysprompt, model=model, temperature=0.2, max_tokens=1024,
                   stream=False, response=fake_resp(W, p), key_idx=r.randint(0, 1))
    return accts


def campus(W, n, uni_ips=2, email_dom=None, homework_share=0.2):
    r = W.rng
    s, e, name = W.N.uni(r)
    ips = [W.N.addr_in(r, s, e) for _ in range(uni_ips)]
    email_dom = email_dom or ('student.' + H(name, n=5) + '.edu')
    cc = pick_cc(W, {'US': 5, 'GB': 2, 'DE': 1, 'KR': 1, 'IN': 1})
    for _ in range(n):
        a = W.new_account('organic', 'campus-nat', email=email_dom if r.random() < 0.7 else r.choice(EMAILS), cc=cc,
                          card=W.card() if r.random() < 0.3 else None, signup_ip=r.choice(ips), tier='free',
                          created=W.start - timedelta(days=r.uniform(1, 200)))
        cl = Client(r, r.choice(['web_chrome'] * 4 + ['web_safari', 'web_firefox', 'web_edge', 'openai_py', 'web_ios']))
        for _ in range(r.randint(1, 8)):
            t = W.diurnal_time(TZ.get(cc, 0), peak=(9, 24))
            if r.random() < homework_share:
                turns = [r.choice([r.choice(W.C.gsm_train)['question'], r.choice(W.C.humaneval)['prompt'], r.choice(W.C.codegen)['instruction']])]
            else:
                turns = [W.C.organic_prompt(r)]
            turns += r.sample(FOLLOWUPS, r.randint(0, 2))
            conversation(W, a, cl, t, turns, r.choice(ips) if r.random() < 0.8 else W.N.resi(r, cc), stream=True, model='atlas-4-mini')
    return ips, cc, email_dom


def classroom(W, n, ips, cc, email_dom, deadlines, n_hw=12, wrapper=None, source='gsm'):
    r = W.rng
    wrapper = wrapper or r.choice([
        'You are a patient math tutor for MATH 101. Do not just give the answer; guide the student with hints first.',
        'Course assistant for Intro to Programming (CS1). Explain concepts, never write the full solution for graded homework.'])
    pool = W.C.gsm_test if source == 'gsm' else W.C.humaneval
    hw = r.sample(pool, n_hw)
    key = 'question' if source == 'gsm' else 'prompt'
    teacher_prefix = r.choice(['Homework {i}: ', 'HW Problem {i} - ', 'Q{i}. ', ''])
    for _ in range(n):
        a = W.new_account('organic', 'classroom', email=email_dom, cc=cc, card=None, signup_ip=r.choice(ips), tier='free',
                          created=W.start - timedelta(days=r.uniform(5, 40)))
        cl = Client(r, r.choice(['web_chrome'] * 4 + ['web_safari', 'web_ios', 'web_firefox']))
        for d in deadlines:
            if r.random() < 0.15:
                continue
            qs = r.sample(range(n_hw), r.randint(2, n_hw // 2))
            for qi in qs:
                t = W.start + timedelta(days=d, hours=-r.expovariate(1 / 20) - 0.5 - TZ.get(cc, 0))
                q = teacher_prefix.format(i=qi + 1) + hw[qi][key]
                turns = [q] + r.sample(['I got 42, is that right?', 'can you give me a hint for the next step', 'I don\'t get step 2',
                                        'why do we divide there', 'ok i think i get it'], r.randint(0, 3))
                ip = r.choice(ips) if r.random() < 0.6 else W.N.resi(r, cc)
                conversation(W, a, cl, t, turns, ip, system=wrapper, stream=True, model='atlas-4-mini', gap=(40, 300))


EVAL_TEMPL = {
    'gsm': ['Solve the following math problem step by step. The last line of your response should be of the form "Answer: $ANSWER".\n\n{q}',
            'Question: {q}\nAnswer: Let\'s think step by step.', '{q}'],
    'he': ['Complete the following Python function. Return only the code.\n\n{q}', '{q}'],
}


def eval_harness(W, lab, n_accts, runs, items_per_run, cloud='gcp', stack='httpx', verified=True, org=True, persona='eval-harness'):
    r = W.rng
    org_id = 'org_' + H(W.seed, lab, n=12) if org else None
    card = W.card(lab)
    ips = [W.N.cloud(r, cloud) for _ in range(4)]
    cl = Client(r, stack)
    gsm_items = r.sample(W.C.gsm_test, min(items_per_run, 600))
    he_items = W.C.humaneval
    accts = [W.new_account('organic', persona, org=org_id, email=lab.lower() + '.ai', card=card, signup_ip=ips[0], cc='US',
                           tier='scale', verified=verified, created=W.start - timedelta(days=r.uniform(20, 200))) for _ in range(n_accts)]
    for run in range(runs):
        a = r.choice(accts)
        t = W.uniform_time()
        bench = r.choice(['gsm', 'gsm', 'he'])
        tmpl = r.choice(EVAL_TEMPL[bench])
        model = r.choice(['atlas-4', 'atlas-4-mini', 'atlas-4-reasoning'])
        items = gsm_items[:items_per_run] if bench == 'gsm' else he_items
        sample = items if len(items) <= items_per_run else items[:items_per_run]
        ip = r.choice(ips)
        for it in sample:
            q = it['question'] if bench == 'gsm' else it['prompt']
            for _ in range(1 if r.random() < 0.8 else 5):  # pass@k repeats
                W.emit(a, t, cl, ip, tmpl.format(q=q), model=model, temperature=0.0 if r.random() < 0.7 else 0.8,
                       max_tokens=r.choice([1024, 2048]) if bench == 'gsm' else 512, stream=False,
                       reasoning=model == 'atlas-4-reasoning', out_hint=r.uniform(150, 500),
                       response=it.get('answer') if bench == 'gsm' else None, status=200 if r.random() < 0.95 else 429)
                t += timedelta(seconds=r.uniform(0.05, 2.0))


def startup_apps(W, n_orgs, persona='startup-app'):
    r = W.rng
    apps = [('Support bot for an e-commerce store. Answer politely using the order context provided.', 'customer'),
            ('You summarise meeting transcripts into action items.', 'meeting'),
            ('You are ResumeFix, an assistant that improves CVs.', 'cv'),
            ('You generate SQL from natural language for our analytics dashboard. Schema: {tables}', 'sql'),
            ('Translate user messages to English, preserving formatting.', 'tr')]
    for i in range(n_orgs):
        sysp, kind = r.choice(apps)
        name = 'startup%d' % i
        cc = pick_cc(W)
        enterprise(W, name, r.randint(2, 7), sysp, egress=r.choice(['aws', 'gcp', 'do', 'hetzner', 'vultr']),
                   stack=r.choice(['openai_js', 'openai_py', 'go', 'node', 'java', 'php']), req_per=r.randint(20, 60), cc=cc,
                   round_clock=r.random() < 0.5, persona=persona, verified=False, tier=r.choice(['build', 'scale']), n_ips=r.randint(1, 2),
                   email=H(name, n=6) + r.choice(['.io', '.ai', '.com', '.app']))


def household(W, n_groups):
    """Family / small team sharing one card and one home IP."""
    r = W.rng
    for g in range(n_groups):
        cc = pick_cc(W)
        card = W.card()
        ip = W.N.resi(r, cc)
        for _ in range(r.randint(2, 4)):
            a = personal_account(W, 'shared-household', cc=cc, email=r.choice(EMAILS))
            a['payment_fingerprint'] = card
            a['_home'] = [ip]
            cl = Client(r, r.choice(['web_chrome', 'web_ios', 'web_safari', 'web_android']))
            for _ in range(r.randint(1, 6)):
                conversation(W, a, cl, W.diurnal_time(a['_tz']), [W.C.organic_prompt(r)] + r.sample(FOLLOWUPS, r.randint(0, 2)), ip, stream=True)


def hackathon(W, n, day):
    """Many accounts signed up within an hour at one venue, free tier, similar prompts; looks like a burst fleet."""
    r = W.rng
    cc = pick_cc(W, {'US': 1, 'GB': 1, 'DE': 1})
    venue = [W.N.resi(r, cc) for _ in range(2)]
    t0 = W.start + timedelta(days=day, hours=9 - TZ.get(cc, 0))
    starter = 'You are the assistant inside our hackathon project "%s".' % r.choice(['StudyBuddy', 'GreenRoute', 'PetPal', 'RecipeRadar', 'DocuChat'])
    for _ in range(n):
        a = W.new_account('organic', 'hackathon', email=r.choice(EMAILS), cc=cc, card=None, signup_ip=venue[0], tier='free',
                          created=t0 + timedelta(minutes=r.uniform(0, 55)))
        cl = Client(r, r.choice(['openai_py', 'openai_js', 'web_chrome', 'curl', 'langchain']))
        team_sys = starter if r.random() < 0.5 else None
        for _ in range(r.randint(5, 40)):
            t = t0 + timedelta(hours=r.uniform(1, 30))
            W.emit(a, t, cl, r.choice(venue), dev_prompt(W) if r.random() < 0.6 else W.C.organic_prompt(r), system=team_sys,
                   model='atlas-4-mini', stream=r.random() < 0.5, temperature=0.7)
