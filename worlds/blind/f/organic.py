"""Legitimate customer personas."""
from datetime import timedelta
from lib import *

MODELS_MSG = [('orion-4', 5), ('orion-4-mini', 4), ('orion-4-reasoner', 1.5)]
FOLLOWUPS = ['can you make that shorter?', 'ok but what about the edge case where the input is empty', 'thanks! now can you put it in a table',
             'hm, that did not work, I get the same error', 'explain the second part again, simpler', 'what would you change if this ran on a phone?',
             'great. add comments please', 'could you give me 3 more options', 'why is that better than the first approach?',
             'can you rewrite it in a friendlier tone', 'now translate that to Spanish', 'ok and the sources for this?',
             'that is too formal, loosen it up a bit', 'I tried it, it returns None for the last case', 'summarise everything so far in 5 bullets',
             'wait, is step 2 right? I got a different number', 'what is the time complexity', 'make it work with async', 'perfect, thanks',
             'convert it to TypeScript', 'can you double check the math', 'give me an example input and output', 'shorter please, for slack']


def filler(rng, prompt, n=None):
    words = re.findall(r'[A-Za-z]{4,}', prompt or '')[:12] or ['that']
    n = n or rng.randint(2, 6)
    starts = ['Sure - here is an overview of %s.', 'Good question about %s.', 'Here is one way to approach %s.', 'Let me walk through %s.',
              'Short answer on %s:', 'Below is a draft covering %s.']
    mids = ['The key consideration is how %s interacts with the rest.', 'In practice, %s depends on the context you described.',
            'A common mistake is to treat %s as fixed.', 'You can check this by testing %s with a small example.',
            'Many people find that %s works best when kept simple.', 'If %s matters most, prioritise it first.']
    out = [rng.choice(starts) % rng.choice(words)]
    for _ in range(n):
        out.append(rng.choice(mids) % rng.choice(words))
    return ' '.join(out)


def pick_country(W):
    return wchoice(W.rng, COUNTRY_W)


def new_user(W, persona, country=None, tier=None, created=None, email=None, pool=None, card=True, verified=False, org=None,
             signup_ip=None):
    rng = W.rng
    country = country or pick_country(W)
    if created is None:
        if rng.random() < 0.85:
            created = W.start - timedelta(days=rng.uniform(3, 700))
        else:
            created = W.start + timedelta(days=rng.uniform(0, W.days - 1))
    tier = tier or wchoice(rng, [('free', 45), ('build', 45), ('scale', 8)])
    pool = pool or COUNTRY_POOL.get(country, 'res_US')
    home = W.N.ip(rng, pool)
    pay = W.card() if (card and tier != 'free') else (W.card() if card and rng.random() < 0.2 else None)
    aid = W.add_account(created, email or rng.choice(FREEMAIL), country, tier, 'organic', persona, org_id=org,
                        payment=pay, signup_ip=signup_ip if signup_ip is not None else (home if rng.random() < 0.8 else W.N.ip(rng, pool)),
                        verified=verified)
    return aid, country, home, pool, tier


def endpoint_model(rng, sdk):
    if sdk in ('anthropic_py', 'anthropic_ts'):
        ep = '/v1/messages'
    elif sdk in ('openai_py', 'openai_node', 'go_sdk', 'java_sdk', 'dotnet', 'litellm', 'zscaler_py'):
        ep = '/v1/chat/completions'
    else:
        ep = rng.choice(['/v1/messages', '/v1/chat/completions'])
    return ep, wchoice(rng, MODELS_MSG)


def thread(W, aid, key, t0, ip_fn, ua, ja, ep, model, prompts, system=None, tools=None, gap=(20, 400), stream=None,
           temperature=None, max_tokens=None, reasoning=None, resp_fn=None, trace=None, p429=0.006, single_conv_id=True):
    """emit a conversation: prompts is a list of user messages"""
    rng = W.rng
    conv = W.conv_id() if single_conv_id else None
    hist = 0
    t = t0
    for i, p in enumerate(prompts):
        resp = resp_fn(p, i) if resp_fn else (filler(rng, p) if rng.random() < 0.7 else None)
        out = None
        if trace:
            out = rng.choice(trace)[1]
            out = max(8, min(out, 3000))
        r = reasoning(i) if callable(reasoning) else reasoning
        hist += W.emit(aid, key, t, ip_fn(), ua, ja, ep, model, conv, (i + 1) if conv else None, system, p, tools, resp,
                       out_tok=out, reasoning=r, max_tokens=max_tokens, temperature=temperature, stream=stream,
                       status=W.status(p429=p429), history_tokens=hist)
        t = t + timedelta(seconds=rng.uniform(*gap))
    return t


# ---------------------------------------------------------------- personas
def casual(W, n, label='casual'):
    C, rng = W.C, W.rng
    for _ in range(n):
        aid, country, home, pool, tier = new_user(W, label, tier=wchoice(rng, [('free', 70), ('build', 30)]))
        ua_name = wchoice(rng, [('chrome', 5), ('safari', 2), ('firefox', 1), ('edge', 1), ('ios_app', 2), ('android_app', 1), ('openai_py', 1)])
        ua, ja = stack(rng, ua_name)
        ep, model = endpoint_model(rng, ua_name)
        key = W.key_id(aid)
        sessions = max(1, int(rng.expovariate(1 / 2.2)))
        mobile_ip = W.N.ip6_mobile(rng) if rng.random() < 0.3 else None
        for s in range(min(sessions, 8)):
            day = W.rand_day()
            t = W.local_time(day, TZ[country], EVENING if rng.random() < 0.6 else DIURNAL)
            src = rng.random()
            if src < 0.5:
                d = rng.choice(C.hh)
                prompts = d['humans'][:rng.randint(1, 4)]
            elif src < 0.75:
                prompts = [rng.choice(C.koala)] + ([rng.choice(FOLLOWUPS)] if rng.random() < 0.3 else [])
            elif src < 0.9:
                prompts = [rng.choice(C.vicuna)] + ([rng.choice(FOLLOWUPS)] if rng.random() < 0.3 else [])
            else:
                m = rng.choice(C.mtbench)
                prompts = m['turns'][:rng.randint(1, 2)]
            ipf = (lambda: mobile_ip) if (mobile_ip and rng.random() < 0.5) else (lambda: home)
            thread(W, aid, key, t, ipf, ua, ja, ep, model, prompts, gap=(15, 240), stream=rng.random() < 0.8,
                   temperature=rng.choice([None, None, 0.7, 1.0]), max_tokens=rng.choice([1024, 2048, 4096, None]),
                   trace=C.trace_conv, p429=0.02 if tier == 'free' else 0.004)


def vpn_user(W, n):
    C, rng = W.C, W.rng
    for _ in range(n):
        aid, country, home, pool, tier = new_user(W, 'vpn-user', pool='vpn')
        ua_name = wchoice(rng, [('chrome', 3), ('firefox', 3), ('safari', 1), ('openai_py', 1), ('curl', 1)])
        ua, ja = stack(rng, ua_name)
        ep, model = endpoint_model(rng, ua_name)
        key = W.key_id(aid)
        exits = [W.N.ip(rng, 'vpn') for _ in range(rng.randint(2, 6))] + [W.N.ip(rng, 'dc')]
        for s in range(rng.randint(2, 7)):
            t = W.local_time(W.rand_day(), TZ[country], DIURNAL)
            ex = rng.choice(exits)
            src = rng.random()
            if src < 0.4:
                prompts = rng.choice(C.hh)['humans'][:3]
            elif src < 0.7:
                prompts = [rng.choice(C.koala)]
            else:
                prompts = [rng.choice(C.arena_other)] + ([rng.choice(FOLLOWUPS)] if rng.random() < 0.4 else [])
            thread(W, aid, key, t, lambda: ex, ua, ja, ep, model, prompts, stream=True, trace=C.trace_conv)


WRITER_ASKS = ['Give me feedback on the pacing of this scene: {x}', 'Suggest five alternative titles for a story about {x}',
               'Rewrite this paragraph so it sounds less stiff: {x}', 'I am stuck on chapter {n}. The protagonist just {x}. What could happen next?',
               'Write a 150-word flash fiction piece that starts with: "{x}"', 'Help me name a character who is {x}',
               'Is this sentence grammatically fine? "{x}"', 'Turn these notes into a newsletter intro: {x}']
WRITER_BITS = ['found her late father\'s ham radio still tuned to a station that no longer exists', 'a lighthouse keeper who is afraid of the dark',
               'refused the promotion and now has to explain it to his mother', 'The elevator stopped between the ninth and tenth floors',
               'a retired cartographer', 'our bakery turns ten this month, new sourdough, closed on the 14th', 'two rival beekeepers in a small Welsh village',
               'The rain had a grammar of its own', 'a courier in a city where maps are illegal', 'grumpy but secretly sentimental']


def writer(W, n):
    C, rng = W.C, W.rng
    writing = [m for m in C.mtbench if m['category'] in ('writing', 'roleplay', 'humanities')]
    for _ in range(n):
        aid, country, home, pool, tier = new_user(W, 'writer')
        ua, ja = stack(rng, wchoice(rng, [('chrome', 3), ('safari', 3), ('firefox', 1)]))
        ep, model = '/v1/messages', wchoice(rng, [('orion-4', 4), ('orion-4-mini', 1)])
        key = W.key_id(aid)
        sysp = rng.choice([None, None, 'You are my writing partner. Be honest, not flattering.', 'Keep British spelling.',
                           'I write cozy mysteries. Avoid graphic content.'])
        for s in range(rng.randint(3, 9)):
            t = W.local_time(W.rand_day(), TZ[country], rng.choice([EVENING, NIGHT_OWL, DIURNAL]))
            if rng.random() < 0.35:
                prompts = rng.choice(writing)['turns']
            else:
                prompts = [rng.choice(WRITER_ASKS).format(x=rng.choice(WRITER_BITS), n=rng.randint(2, 30))]
                for _ in range(rng.randint(0, 4)):
                    prompts.append(rng.choice(FOLLOWUPS[:12] + ['keep going', 'darker', 'less adjectives', 'now from her point of view']))
            thread(W, aid, key, t, lambda: home, ua, ja, ep, model, prompts, system=sysp, gap=(40, 900), stream=True,
                   temperature=rng.choice([0.9, 1.0, None]), max_tokens=rng.choice([2048, 4096, 8192]), trace=C.trace_conv)


DEV_SYS = ['You are a coding assistant embedded in the user\'s terminal. Prefer minimal diffs. Never run destructive commands without asking.',
           'You are an expert software engineer. Answer concisely with code.',
           'You are a pair programmer working in a monorepo (TypeScript + Go). Follow the repo conventions in CONVENTIONS.md.',
           'Act as a senior reviewer. Point out bugs first, style second.', None]
DEV_TOOLS = [['read_file', 'write_file', 'run_shell', 'search_repo'], ['bash', 'str_replace_editor', 'view'],
             ['list_dir', 'read_file', 'apply_patch', 'run_tests', 'grep'], ['web_search', 'fetch_url'],
             ['query_db', 'describe_table'], ['git_diff', 'git_log', 'read_file', 'edit_file', 'run_command']]
TOOL_RESULTS = ['Tool result (run_tests): 14 passed, 2 failed\nFAILED tests/test_parse.py::test_empty_header - KeyError: \'content-type\'',
                'Tool result: exit code 1\nerror[E0502]: cannot borrow `self.buf` as mutable because it is also borrowed as immutable',
                'Tool result (read_file src/server/routes.ts): 212 lines returned', 'Tool result: ModuleNotFoundError: No module named \'pydantic_settings\'',
                'Tool result (grep "retry_after"): 3 matches in 2 files', 'Tool result: Build succeeded. 0 warnings.',
                'Tool result (git_diff): 4 files changed, 61 insertions(+), 18 deletions(-)', 'Tool result: TypeError: Cannot read properties of undefined (reading \'map\')\n    at renderRows (Table.tsx:88:21)',
                'Tool result (query_db): 0 rows', 'Tool result: panic: runtime error: index out of range [3] with length 3']
DEV_ASKS = ['why does this throw {e}', 'refactor {f} so it is testable', 'add retry with exponential backoff to the http client in {f}',
            'write a migration that adds a nullable column `archived_at` to orders', 'the CI is red on {f}, fix it',
            'explain what this regex does: ^(?:[a-z0-9!#$%&\'*+/=?^_`{{|}}~-]+)@', 'make the {f} endpoint paginate', 'bump the dependency and fix the breaking changes',
            'convert this bash script to python: for f in *.csv; do tail -n +2 "$f" >> all.csv; done', 'write unit tests for {f}']
DEV_F = ['src/billing/invoice.py', 'cmd/worker/main.go', 'app/api/users/route.ts', 'lib/cache.rb', 'internal/queue/consumer.go', 'services/etl/load.py',
         'packages/ui/Table.tsx', 'src/main.rs']
DEV_E = ['KeyError: \'id\'', 'ECONNRESET', 'a segfault in release mode only', 'ValueError: too many values to unpack', 'a deadlock under load']


def developer(W, n, label='developer', agentic_share=0.5, heavy=False):
    C, rng = W.C, W.rng
    for _ in range(n):
        aid, country, home, pool, tier = new_user(W, label, tier=wchoice(rng, [('build', 70), ('scale', 20), ('free', 10)]))
        sdk = wchoice(rng, [('anthropic_py', 4), ('openai_py', 4), ('anthropic_ts', 2), ('openai_node', 2), ('cli_agent', 4), ('cli_llm', 1),
                            ('curl', 1), ('curl_win', 1), ('go_sdk', 1), ('rust', 1), ('dotnet', 1), ('zscaler_py', 0.7), ('litellm', 1), ('chrome', 1)])
        ua, ja = stack(rng, sdk)
        ep, model = endpoint_model(rng, sdk)
        if rng.random() < 0.25:
            model = 'orion-4-reasoner'
        key = W.key_id(aid)
        cloud_box = W.N.ip(rng, rng.choice(['aws', 'gcp', 'hetzner', 'do', 'azure'])) if rng.random() < 0.35 else None
        tools = rng.choice(DEV_TOOLS) if rng.random() < agentic_share else None
        sysp = rng.choice(DEV_SYS)
        nsess = rng.randint(6, 18) if heavy else rng.randint(2, 8)
        for s in range(nsess):
            day = W.rand_day()
            t = W.local_time(day, TZ[country], rng.choice([OFFICE, NIGHT_OWL, DIURNAL]))
            ipx = cloud_box if (cloud_box and rng.random() < 0.6) else home
            r = rng.random()
            if tools:
                first = rng.choice(DEV_ASKS).format(f=rng.choice(DEV_F), e=rng.choice(DEV_E)) if r < 0.6 else rng.choice(C.arena_code)
                prompts = [first]
                for _ in range(rng.randint(2, 14 if heavy else 8)):
                    prompts.append(rng.choice(TOOL_RESULTS) if rng.random() < 0.75 else rng.choice(FOLLOWUPS))
                gap = (2, 40)
            else:
                if r < 0.4:
                    first = rng.choice(C.arena_code)
                elif r < 0.6:
                    cg = rng.choice(C.codegen)
                    first = cg['instruction'] + ('\n\n' + cg['input'] if cg['input'] else '')
                elif r < 0.7:
                    he = rng.choice(C.humaneval)
                    first = rng.choice(['this fails one of my tests, what is wrong?\n\n', 'can you finish this function\n', '', 'type hints ok here?\n']) + he['prompt']
                else:
                    first = rng.choice(DEV_ASKS).format(f=rng.choice(DEV_F), e=rng.choice(DEV_E))
                prompts = [first] + [rng.choice(FOLLOWUPS) for _ in range(rng.randint(0, 5))]
                gap = (30, 600)
            thread(W, aid, key, t, lambda: ipx, ua, ja, ep, model, prompts, system=sysp, tools=tools, gap=gap,
                   stream=sdk not in ('curl', 'curl_win', 'go_sdk'), temperature=rng.choice([None, 0, 0.2, 0.7]),
                   max_tokens=rng.choice([4096, 8192, 16000, 32000]), trace=C.trace_code,
                   reasoning=(lambda i: rng.randint(200, 6000)) if model == 'orion-4-reasoner' else None)


def power_user(W, n):
    C, rng = W.C, W.rng
    for _ in range(n):
        aid, country, home, pool, tier = new_user(W, 'power-user', tier=wchoice(rng, [('build', 60), ('scale', 40)]))
        sdk = wchoice(rng, [('chrome', 3), ('cli_llm', 2), ('anthropic_py', 2), ('openai_py', 1), ('safari', 1), ('curl', 1)])
        ua, ja = stack(rng, sdk)
        ep, model = endpoint_model(rng, sdk)
        key = W.key_id(aid)
        for s in range(rng.randint(4, 11)):
            t = W.local_time(W.rand_day(), TZ[country], DIURNAL)
            r = rng.random()
            if r < 0.45:
                prompts = [rng.choice(C.arena)['prompt']]
            elif r < 0.65:
                prompts = list(rng.choice(C.mtbench)['turns'])
            elif r < 0.8:
                g = rng.choice(C.gsm_train)
                prompts = [rng.choice(['', 'my kid got this as homework, is the answer 42? ', 'quick sanity check: ']) + g['question']]
            else:
                prompts = [rng.choice(C.koala)]
            for _ in range(rng.randint(0, 6)):
                prompts.append(rng.choice(FOLLOWUPS))
            thread(W, aid, key, t, lambda: home, ua, ja, ep, rng.choice([model, 'orion-4-reasoner']), prompts, gap=(20, 500),
                   stream=True, max_tokens=rng.choice([4096, 8192, 16000]), trace=C.trace_conv,
                   reasoning=lambda i: rng.randint(0, 3000) if rng.random() < 0.4 else None)


RESEARCH_WRAP = ['Please reason through this carefully and show each step; I am comparing solution strategies for a paper.\n\n{q}',
                 '{q}\n\nWalk me through your reasoning explicitly. Where are you least certain?',
                 'For a reading group on reasoning errors: solve the following and flag any step that could plausibly go wrong.\n{q}',
                 'Q: {q}\nThink it through step by step before answering.',
                 '{q}']
RESEARCH_OWN = ['What is the difference between process reward models and outcome reward models, and when does each fail?',
                'Derive the gradient of the softmax cross-entropy loss with respect to the logits, step by step.',
                'How would you design an ablation to test whether chain-of-thought length causally improves accuracy?',
                'Explain the bias-variance trade-off for k-fold cross-validation estimates with small n.',
                'Prove that the sum of the first n odd numbers is n^2, then generalise.',
                'Is Simpson\'s paradox possible with three groups where every group trend reverses? Construct an example.',
                'Summarise the main criticisms of BLEU for evaluating summarisation.']


def researcher(W, n, pool='univ'):
    C, rng = W.C, W.rng
    for _ in range(n):
        dom = rng.choice(['stanford.edu', 'cmu.edu', 'mit.edu', 'ox.ac.uk', 'ethz.ch', 'utoronto.ca', 'tum.de', 'nus.edu.sg', 'iitb.ac.in', 'usp.br'])
        aid, country, home, _, tier = new_user(W, 'researcher', pool=pool if rng.random() < 0.7 else None, email=dom if rng.random() < 0.7 else None,
                                               tier=wchoice(rng, [('build', 70), ('scale', 20), ('free', 10)]))
        sdk = wchoice(rng, [('anthropic_py', 3), ('openai_py', 3), ('chrome', 2), ('httpx', 1), ('aiohttp', 1)])
        ua, ja = stack(rng, sdk)
        ep, model = endpoint_model(rng, sdk)
        key = W.key_id(aid)
        for s in range(rng.randint(5, 14)):
            t = W.local_time(W.rand_day(), TZ[country], DIURNAL)
            r = rng.random()
            if r < 0.4:
                q = rng.choice(C.gsm_test if rng.random() < 0.6 else C.gsm_train)['question']
                prompts = [rng.choice(RESEARCH_WRAP).format(q=q)]
            elif r < 0.7:
                prompts = [rng.choice(RESEARCH_OWN)]
            else:
                prompts = [rng.choice(C.arena_other)]
            if rng.random() < 0.5:
                prompts += [rng.choice(['why did you set it up that way?', 'can you check step 3', 'what if the numbers were doubled?', 'now solve it a different way'])]
            thread(W, aid, key, t, lambda: home, ua, ja, ep, 'orion-4-reasoner' if rng.random() < 0.6 else model, prompts,
                   gap=(30, 600), stream=rng.random() < 0.5, temperature=rng.choice([0, 0.3, 1.0, None]), max_tokens=rng.choice([4096, 16000, 32000]),
                   reasoning=lambda i: rng.randint(300, 9000), trace=C.trace_conv)


HOBBY_GEN = ['I am building a small fine-tuning set for my D&D helper bot. Write {k} varied player questions about {t}, with answers. JSON lines please.',
             'Generate {k} diverse instructions a user might give a cooking assistant, each with an input and a good response, as JSON.',
             'Give me {k} examples in the style of this one for my dataset:\n{seed}',
             'Brainstorm {k} new task ideas similar to: "{seed}". Vary the verbs.',
             'Make {k} question/answer pairs about {t} at a high-school level for a flashcard app.',
             'Produce {k} short customer messages about {t} and classify each as complaint / question / praise.']
HOBBY_T = ['grappling rules', 'sourdough troubleshooting', 'houseplant care', 'Rust lifetimes', 'tax brackets in Canada', 'birdwatching in autumn',
           'chess openings', 'home networking', 'bike maintenance']


def data_hobbyist(W, n):
    C, rng = W.C, W.rng
    for _ in range(n):
        aid, country, home, pool, tier = new_user(W, 'data-hobbyist', tier='build')
        sdk = wchoice(rng, [('openai_py', 3), ('anthropic_py', 2), ('httpx', 1), ('litellm', 1)])
        ua, ja = stack(rng, sdk)
        ep, model = endpoint_model(rng, sdk)
        key = W.key_id(aid)
        topic = rng.choice(HOBBY_T)
        for s in range(rng.randint(2, 5)):
            t = W.local_time(W.rand_day(), TZ[country], EVENING)
            for _ in range(rng.randint(4, 15)):
                sd = rng.choice(C.seeds)
                p = rng.choice(HOBBY_GEN).format(k=rng.choice([5, 10, 20, 25]), t=topic, seed=sd['instruction'])
                W.emit(aid, key, t, home, ua, ja, ep, model, None, None, None, p, None, None,
                       out_tok=rng.randint(500, 3500), max_tokens=4096, temperature=rng.choice([0.9, 1.0, 1.2]), stream=False,
                       status=W.status(p429=0.03))
                t += timedelta(seconds=rng.uniform(5, 90))


def campus(W, n, name, country, dom, nat_count=3):
    """students behind a campus NAT (a few egress addresses in the university range)"""
    C, rng = W.C, W.rng
    base = W.N.subnet24(rng, 'univ')
    nats = [Net.in24(rng, base) for _ in range(nat_count)]
    for _ in range(n):
        aid, _, home, pool, tier = new_user(W, 'campus-nat', country=country, email=dom if rng.random() < 0.8 else None,
                                            tier=wchoice(rng, [('free', 75), ('build', 25)]), signup_ip=rng.choice(nats))
        ua_name = wchoice(rng, [('chrome', 5), ('safari', 2), ('firefox', 1), ('openai_py', 2), ('anthropic_py', 1), ('ios_app', 1)])
        ua, ja = stack(rng, ua_name)
        ep, model = endpoint_model(rng, ua_name)
        key = W.key_id(aid)
        for s in range(rng.randint(1, 6)):
            day = W.rand_day()
            on_campus = rng.random() < 0.7 and (day % 7) not in (5, 6)
            t = W.local_time(day, TZ[country], OFFICE if on_campus else NIGHT_OWL)
            ipx = rng.choice(nats) if on_campus else home
            r = rng.random()
            if r < 0.3:
                prompts = [rng.choice(C.arena_code)]
            elif r < 0.5:
                prompts = [rng.choice(C.gsm_train)['question']]
            elif r < 0.75:
                prompts = rng.choice(C.hh)['humans'][:2]
            else:
                prompts = [rng.choice(C.koala + C.vicuna)]
            prompts += [rng.choice(FOLLOWUPS) for _ in range(rng.randint(0, 3))]
            thread(W, aid, key, t, lambda: ipx, ua, ja, ep, model, prompts, gap=(20, 300), stream=True, trace=C.trace_conv, p429=0.03)


def classroom(W, n, course, country, dom, deadlines, items, wrapper, sysprompt, nat_pool='univ'):
    """a class: students share the teacher's wrapper and the same homework items; bursty before deadlines"""
    C, rng = W.C, W.rng
    base = W.N.subnet24(rng, nat_pool)
    nats = [Net.in24(rng, base) for _ in range(2)]
    signup_day = W.start - timedelta(days=rng.randint(10, 40))
    for _ in range(n):
        created = signup_day + timedelta(hours=rng.uniform(9, 11)) if rng.random() < 0.7 else signup_day + timedelta(days=rng.uniform(0, 20))
        aid, _, home, pool, tier = new_user(W, 'classroom', country=country, email=dom, tier='free', created=created,
                                            signup_ip=rng.choice(nats), card=False)
        ua, ja = stack(rng, wchoice(rng, [('chrome', 6), ('safari', 2), ('edge', 2), ('ios_safari', 1)]))
        key = W.key_id(aid)
        for dl in deadlines:
            if rng.random() < 0.15:
                continue
            hw = items[dl]
            k = rng.randint(2, len(hw))
            chosen = rng.sample(hw, k)
            hrs_before = rng.expovariate(1 / 20)
            t = W.start + timedelta(days=dl, hours=23 - TZ[country]) - timedelta(hours=hrs_before)
            for qi, q in chosen:
                p = wrapper.format(course=course, n=qi, q=q)
                prompts = [p] + ([rng.choice(['i dont get step 2', 'why do we divide there?', 'can you check my answer, I got %d' % rng.randint(2, 300),
                                              'explain it like im 12'])] if rng.random() < 0.35 else [])
                ipx = rng.choice(nats) if rng.random() < 0.5 else home
                t = thread(W, aid, key, t, lambda: ipx, ua, ja, '/v1/chat/completions', 'orion-4-mini', prompts, system=sysprompt,
                           gap=(30, 400), stream=True, temperature=0.3, max_tokens=1500, trace=C.trace_conv, p429=0.02)
                t += timedelta(minutes=rng.uniform(2, 25))


def eval_harness(W, org, n_accts, runs, bench, template, cloud, sdk, verified, tier='scale', concurrency=8, model_list=None, email='lab.example'):
    """a lab running benchmarks repeatedly from cloud machines, round the clock"""
    C, rng = W.C, W.rng
    card = W.card(org)
    created0 = W.start - timedelta(days=rng.randint(30, 300))
    base = W.N.subnet24(rng, cloud)
    accts = []
    for i in range(n_accts):
        aid = W.add_account(created0 + timedelta(minutes=rng.uniform(0, 30)), email, rng.choice(['US', 'GB', 'CH']), tier, 'organic', 'eval-harness',
                            org_id=org, payment=card, signup_ip=Net.in24(rng, base), verified=verified)
        accts.append(aid)
    ua, ja = stack(rng, sdk)
    ep, _ = endpoint_model(rng, sdk)
    models = model_list or ['orion-4', 'orion-4-mini', 'orion-4-reasoner']
    for r in range(runs):
        aid = rng.choice(accts)
        key = W.key_id(aid, rng.randint(0, 2))
        t = W.start + timedelta(hours=rng.uniform(0, W.days * 24 - 6))
        model = rng.choice(models)
        nitems = min(len(bench), rng.choice([100, 164, 200, 250]))
        items = bench[:nitems] if rng.random() < 0.5 else rng.sample(bench, nitems)
        workers = [Net.in24(rng, base) for _ in range(rng.randint(1, 4))]
        samples = rng.choice([1, 1, 1, 3])
        for it in items:
            for smp in range(samples):
                prompt, resp = it
                W.emit(aid, key, t, rng.choice(workers), ua, ja, ep, model, None, None, template[0], template[1].format(q=prompt), None,
                       resp if rng.random() < 0.5 else None, out_tok=rng.randint(80, 700),
                       reasoning=rng.randint(300, 5000) if model.endswith('reasoner') else None, max_tokens=template[2],
                       temperature=0.0 if samples == 1 else 0.8, stream=False, status=W.status(p429=0.03, p500=0.006))
                t += timedelta(seconds=rng.expovariate(concurrency / 6.0))


def enterprise(W, org, n_accts, sysprompt, prompt_fn, egress_pool, sdk, reqs, country='US', email='corp.example', tools=None,
               model='orion-4', hours=OFFICE, n_egress=2, persona='verified-enterprise', verified=True, tier='enterprise'):
    C, rng = W.C, W.rng
    card = W.card(org)
    created0 = W.start - timedelta(days=rng.randint(20, 400))
    base = W.N.subnet24(rng, egress_pool)
    egress = [Net.in24(rng, base) for _ in range(n_egress)]
    accts = []
    for i in range(n_accts):
        aid = W.add_account(created0 + timedelta(seconds=rng.uniform(0, 600)), email, country, tier, 'organic', persona, org_id=org,
                            payment=card, signup_ip=egress[0], verified=verified)
        accts.append(aid)
    weights = [rng.paretovariate(1.2) for _ in accts]
    tot = sum(weights)
    for aid, w in zip(accts, weights):
        k = max(3, int(reqs * w / tot))
        ua, ja = stack(rng, sdk)
        ep, _ = endpoint_model(rng, sdk)
        key = W.key_id(aid)
        for _ in range(k):
            day = W.rand_day()
            if hours is OFFICE and (day % 7) in (5, 6) and rng.random() < 0.8:
                day = max(0, day - 2)
            t = W.local_time(day, TZ[country], hours)
            p, resp, conv_len = prompt_fn(rng)
            if conv_len > 1:
                prompts = [p] + [rng.choice(FOLLOWUPS) for _ in range(conv_len - 1)]
                thread(W, aid, key, t, lambda: rng.choice(egress), ua, ja, ep, model, prompts, system=sysprompt, tools=tools,
                       gap=(10, 120), stream=True, temperature=0.2, max_tokens=2048, trace=C.trace_conv)
            else:
                W.emit(aid, key, t, rng.choice(egress), ua, ja, ep, model, None, None, sysprompt, p, tools, resp,
                       out_tok=rng.randint(40, 900), max_tokens=rng.choice([1024, 2048]), temperature=0.2, stream=False,
                       status=W.status(p429=0.008))


def mobile_app(W, n):
    C, rng = W.C, W.rng
    for _ in range(n):
        aid, country, home, pool, tier = new_user(W, 'mobile-app', tier=wchoice(rng, [('free', 50), ('build', 50)]))
        # indie app that calls the API straight from the phone with the user's own key
        ua, ja = stack(rng, rng.choice(['ios_app', 'android_app']))
        key = W.key_id(aid)
        mob = W.N.ip(rng, 'mob_US') if country == 'US' else W.N.ip(rng, pool)
        for s in range(rng.randint(1, 6)):
            t = W.local_time(W.rand_day(), TZ[country], DIURNAL)
            prompts = rng.choice(C.hh)['humans'][:2] if rng.random() < 0.5 else [rng.choice(C.koala + C.vicuna)]
            v6 = Net.ip6_mobile(rng)
            ipf = (lambda: v6) if rng.random() < 0.4 else (lambda: mob if rng.random() < 0.5 else home)
            thread(W, aid, key, t, ipf, ua, ja, '/v1/chat/completions', 'orion-4-mini', prompts, stream=True, trace=C.trace_conv,
                   max_tokens=800)


def corporate_proxy(W, n, org_hint):
    """employees behind a TLS-intercepting proxy: browser or SDK UA, proxy JA4; individual accounts (not an org)"""
    C, rng = W.C, W.rng
    base = W.N.subnet24(rng, 'corp')
    egress = [Net.in24(rng, base) for _ in range(3)]
    for _ in range(n):
        aid, country, home, pool, tier = new_user(W, 'corporate-proxy', country='US', email=org_hint if rng.random() < 0.6 else None,
                                                  tier=wchoice(rng, [('build', 80), ('free', 20)]), signup_ip=rng.choice(egress))
        sdk = rng.choice(['zscaler_chrome', 'zscaler_chrome', 'zscaler_py', 'palo_curl'])
        ua, ja = stack(rng, sdk)
        key = W.key_id(aid)
        for s in range(rng.randint(3, 10)):
            t = W.local_time(W.rand_day(), TZ['US'], OFFICE)
            r = rng.random()
            prompts = [rng.choice(C.arena_code)] if r < 0.4 else [rng.choice(C.userorient)['instruction'] + '\n\n' + rng.choice(C.userorient)['instances'][0]['input']] if r < 0.7 else [rng.choice(C.koala)]
            prompts += [rng.choice(FOLLOWUPS) for _ in range(rng.randint(0, 3))]
            thread(W, aid, key, t, lambda: rng.choice(egress), ua, ja, '/v1/chat/completions', 'orion-4', prompts, stream=True,
                   trace=C.trace_conv)


HACK_STARTERS = ['Build me a Flask endpoint that takes a photo of a receipt (already OCR\'d text) and returns JSON with total, date and merchant.',
                 'Given this transcript of a lecture, produce 5 quiz questions with answers.',
                 'Write a system prompt for a bot that helps tenants understand their lease.',
                 'Summarise this GitHub issue thread and suggest a label.',
                 'Classify this tweet as about climate, sports, or other and explain why.']


def hackathon(W, n, venue_pool, country, day, email):
    """hackathon: dozens of accounts sign up within an hour at one venue IP, same starter prompts, short activity"""
    C, rng = W.C, W.rng
    base = W.N.subnet24(rng, venue_pool)
    venue = [Net.in24(rng, base) for _ in range(2)]
    t0 = W.start + timedelta(days=day, hours=9 - TZ[country])
    for _ in range(n):
        created = t0 + timedelta(minutes=rng.uniform(0, 70))
        aid, _, home, pool, tier = new_user(W, 'hackathon', country=country, created=created, tier='free', email=rng.choice([email, 'gmail.com', 'gmail.com', 'outlook.com']),
                                            signup_ip=rng.choice(venue), card=False)
        sdk = rng.choice(['openai_py', 'anthropic_py', 'openai_node', 'anthropic_ts', 'curl', 'requests', 'chrome'])
        ua, ja = stack(rng, sdk)
        ep, model = endpoint_model(rng, sdk)
        key = W.key_id(aid)
        t = created + timedelta(minutes=rng.uniform(10, 120))
        for k in range(rng.randint(4, 30)):
            p = rng.choice(HACK_STARTERS) if rng.random() < 0.6 else rng.choice(C.arena_code + C.koala)
            ip = rng.choice(venue) if t < t0 + timedelta(hours=34) else home
            W.emit(aid, key, t, ip, ua, ja, ep, model, None, None, rng.choice([None, 'You are a helpful assistant.']), p, None, filler(rng, p),
                   max_tokens=1024, temperature=0.7, stream=rng.random() < 0.5, status=W.status(p429=0.05, p400=0.03))
            t += timedelta(minutes=rng.expovariate(1 / 25))
            if t > t0 + timedelta(hours=36) and rng.random() < 0.7:
                break
