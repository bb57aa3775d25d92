"""Attack operations. Each writes its own wording; no shared wrapper list."""
import datetime as dt
from common import client, rand_ja4, STACKS, compose
from legit import thread, organic_prompt, RESIDENTIAL, TZ, home_ip, country

D = dt.timedelta


def n_reqs(rng, mean):
    return max(8, int(rng.gammavariate(4, mean / 4)))


def cover(W, rng, a, t, ip, pair, endpoint='/v1/chat/completions'):
    pr, resp = organic_prompt(W, rng, rng.choice(['casual', 'mix', 'writer', 'dev']))
    return thread(W, a, t, ip, pair, pr[:2], endpoint=endpoint, followups=rng.random() < .3)


# ---------------------------------------------------------------- sloppy CoT fleet
def op_lantern(W, camp, n, mean):
    rng = W.rng
    cards = ['pm_' + W.hex(16) for _ in range(6)]
    domains = ['mailto.plus', 'tmpbox.net', 'inboxkitten.com', 'gmaiil.com', 'outllook.com', 'dropmail.me']
    proxies = [W.ips.pick(rng, rng.choice([9009, 212238, 136787])) for _ in range(28)] + [W.ips.vpn_ip(rng) for _ in range(10)]
    bursts = [W.start + D(days=d, hours=rng.uniform(0, 24)) for d in (0.2, 2.5, 5.1, 9.3)]
    pair = (STACKS['httpx'][0], 'OpenAI/Python 1.40.2')
    A = ["Think it through carefully before you answer.", "Work through this one slowly.", "Reason it out in full.",
         "Lay out every intermediate step.", "I need the full derivation, not just the result.", None]
    B = ["Write each step on its own numbered line", "Show your scratch work line by line", "Narrate your thought process as you go",
         "Walk through the logic from first principles", "Explain why each step follows from the previous one"]
    C = ["and finish with the answer inside <answer></answer>.", "then give the final answer after 'FINAL:'.",
         "and end with '### ' followed by the result.", "then state the result on the last line, nothing after it."]
    for i in range(n):
        b = bursts[i % 4]
        a = W.new_account('attack', 'proxy-fleet', camp, created=b + D(minutes=rng.uniform(0, 40)), email=rng.choice(domains),
                          card=rng.choice(cards), signup_ip=rng.choice(proxies), country=rng.choice(['US', 'US', 'SG', 'NL', 'DE']), tier='build')
        t = a['created'] + D(hours=rng.uniform(0.5, 30))
        for k in range(n_reqs(rng, mean)):
            if rng.random() < .7:
                q = rng.choice(W.corp.gsm_train)['question']
            else:
                q = rng.choice(W.corp.roleplay)['instruction']
            parts = compose(rng, A, B, C)
            p = (q + '\n\n' + ' '.join(parts)) if rng.random() < .6 else (' '.join(parts) + '\n\n' + q)
            out = rng.randint(250, 1100)
            W.req(a, t, rng.choice(proxies), pair, p, model=rng.choice(['helix-2-pro', 'helix-2-think']), max_tokens=4096,
                  temperature=0.8, stream=False, out_tokens=out, reasoning=None)
            t += D(seconds=rng.uniform(15, 240) if rng.random() < .9 else rng.uniform(3600, 40000))


# ---------------------------------------------------------------- careful, nothing shared
FOLLOW_CAREFUL = ["Why did you choose that approach over the obvious alternative?", "Can you double-check it a different way?",
                  "Where is the step most people get wrong here?", "What would change if the constraint were relaxed?",
                  "Could you restate the key idea in two sentences?", "Are there any edge cases your version misses?",
                  "Walk me back through the trickiest line.", "Is that really optimal? Argue against yourself briefly."]


def op_mosaic(W, camp, n, mean, pool, cover_p=0.25, tools_p=0.0, persona='aged-careful'):
    rng = W.rng
    rng.shuffle(pool)
    per = len(pool) // n
    stacks = ['chrome-win', 'chrome-mac', 'firefox', 'safari-mac', 'openai-py', 'anthropic-py', 'openai-node', 'edge', 'curl']
    for i in range(n):
        queue = pool[i * per:(i + 1) * per]
        c = country(rng)
        hip = home_ip(W, rng, c)
        ips = [hip, hip, hip, home_ip(W, rng, c)]
        st = rng.choice(stacks)
        pair = client(rng, st) if rng.random() < .8 else (rand_ja4(rng), client(rng, st)[1])
        mail = rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'gmx.net', 'hotmail.co.uk'])
        a = W.new_account('attack', persona, camp, created=W.start - D(days=rng.uniform(80, 320)), email=mail,
                          signup_ip=ips[-1], country=c, tier=rng.choice(['free', 'build', 'build']))
        target = n_reqs(rng, mean)
        done = 0
        qi = 0
        days = sorted(rng.sample(range(W.days), min(W.days, rng.randint(5, 12))))
        while done < target:
            t = W.day_time(rng.choice(days), TZ[c], 9, 23)
            if rng.random() < cover_p or qi >= len(queue):
                cover(W, rng, a, t, rng.choice(ips), pair); done += 2; continue
            item = queue[qi]; qi += 1
            fu = rng.sample(FOLLOW_CAREFUL, rng.randint(1, 3))
            tools = None
            if tools_p and rng.random() < tools_p:
                tools = rng.choice([['run_python', 'read_file'], ['execute_code'], ['bash', 'edit_file', 'view_file']])
            thread(W, a, t, rng.choice(ips), pair, [item] + fu, followups=False, gap=(45, 600), tools=tools,
                   model=rng.choice(['helix-2-pro', 'helix-2-think']), endpoint='/v1/messages' if 'anthropic' in st else '/v1/chat/completions',
                   reasoning=rng.random() < .5, max_tokens=rng.choice([None, 4096, 8192]), out_scale=1.8)
            done += 1 + len(fu)


# ---------------------------------------------------------------- sub-teams, agentic harvest
def op_trellis(W, camp, teams, mean):
    rng = W.rng
    for tname, n, stack, asn, cover_p, cardmode, orgfake in teams:
        cards = ['pm_' + W.hex(16) for _ in range(max(1, n // 10))]
        org = ('org_' + W.hex(10)) if orgfake else None
        ips = [W.ips.pick(rng, asn) for _ in range(rng.randint(4, 12))]
        pair = client(rng, stack)
        toolsets = [['search_docs', 'run_tests', 'apply_patch'], ['python_exec', 'file_read', 'file_write', 'shell'],
                    ['http_get', 'json_query', 'calculator'], ['browser.open', 'browser.click', 'browser.read']]
        t0 = W.start + D(days=rng.uniform(0, 4))
        for i in range(n):
            a = W.new_account('attack', f'subteam-{tname}', camp, created=t0 - D(days=rng.uniform(0, 20)),
                              email=rng.choice(['gmail.com', 'outlook.com', 'yandex.com', 'qq.com', 'mail.com']),
                              card=rng.choice(cards) if cardmode == 'shared' else 'auto', signup_ip=rng.choice(ips),
                              country=rng.choice(['US', 'HK', 'SG', 'US']), tier='build', org=org)
            t = t0 + D(hours=rng.uniform(0, 24 * (W.days - 5)))
            done, target = 0, n_reqs(rng, mean)
            while done < target:
                ip = rng.choice(ips)
                if rng.random() < cover_p:
                    t = cover(W, rng, a, t, ip, pair); done += 2
                else:
                    x = rng.random()
                    if x < .45:
                        tf = rng.choice(W.corp.toolformer)
                        task = tf['instruction'].split('\n')[-1] + ('\nInput: ' + tf['input'] if tf['input'] else '')
                        tools = [l.split('(')[0] for l in tf['instruction'].split('\n') if '(' in l and l.endswith(')')] or rng.choice(toolsets)
                    else:
                        cg = rng.choice(W.corp.codegen)
                        task = rng.choice(['Goal: ', 'TASK> ', 'Objective — ', '']) + cg['instruction'] + ('\n' + cg['input'] if cg['input'] else '') + \
                            rng.choice(['\nUse the tools; plan first, then act.', '\nDecompose into tool calls and explain each call.',
                                        '\nBefore every action write a short Thought:.', ''])
                        tools = rng.choice(toolsets)
                    steps = [task] + [f"<observation tool=\"{rng.choice(tools)}\">" + rng.choice(['ok', '{"status":200}', 'tests: 4 passed, 1 failed', 'no results', 'stdout: 42']) + '</observation>'
                                      for _ in range(rng.randint(1, 6))]
                    t = thread(W, a, t, ip, pair, steps, followups=False, gap=(0.5, 4), tools=tools, endpoint='/v1/messages' if 'anthropic' in stack else '/v1/chat/completions',
                               model='helix-2-pro', max_tokens=8192, temperature=rng.choice([0.3, 0.5]), stream=True, out_scale=1.5)
                    done += len(steps)
                t += D(minutes=rng.expovariate(1 / 45))


# ---------------------------------------------------------------- judge / rubric grading
def perturb(ans, rng):
    import re
    nums = re.findall(r'\d+', ans)
    if nums and rng.random() < .5:
        x = rng.choice(nums)
        return ans.replace(x, str(int(x) + rng.randint(1, 9)), 1)
    return ans


def op_gavel(W, camp, n, mean, asns, stack='java', persona='rubric-judge'):
    rng = W.rng
    cards = ['pm_' + W.hex(16) for _ in range(n // 3 + 1)]
    intro = ["You are grading a tutoring system.", "Act as a strict examiner.", "Evaluation task.", "Please assess the candidate response below.", "Quality-control pass:"]
    crit = ["correctness, clarity, completeness", "accuracy (0-5), reasoning (0-3), presentation (0-2)", "helpfulness, honesty, harmlessness",
            "factual accuracy and whether each step is justified", "instruction-following, depth, and concision"]
    fmt = ['Return JSON: {"score": int, "rationale": str}.', 'Reply as "Score: X/10" followed by a paragraph of justification.',
           'First critique, then output [[rating]] on a 1-10 scale.', 'Give a per-criterion breakdown and a total.']
    for i in range(n):
        asn = rng.choice(asns)
        a = W.new_account('attack', persona, camp, created=W.start - D(days=rng.uniform(0, 24)), email=rng.choice(['gmail.com', 'gmail.com', 'outlook.com', 'hotmail.com']),
                          card=rng.choice(cards), signup_ip=W.ips.pick(rng, asn), country=rng.choice(['US', 'IN', 'BR']), tier='build')
        pair = client(rng, stack)
        for k in range(n_reqs(rng, mean)):
            x = rng.random()
            if x < .5:
                g = rng.choice(W.corp.gsm_train); q, ans = g['question'], perturb(g['answer'], rng)
            elif x < .75:
                m = rng.choice(W.corp.mtbench); q = m['turns'][0]; ans = rng.choice(W.corp.roleplay)['response'][:800]
            else:
                c = rng.choice(W.corp.codegen); q = c['instruction']; ans = c['response']
            p = f"{rng.choice(intro)}\n\n[Question]\n{q}\n\n[Response]\n{ans}\n\nCriteria: {rng.choice(crit)}. {rng.choice(fmt)}"
            t = W.day_time(rng.randrange(W.days), rng.choice([-5, 5.5, -3]), 0, 24)
            W.req(a, t, W.ips.pick(rng, asn), pair, p, model=rng.choice(['helix-2-pro', 'helix-2-think']), max_tokens=1500,
                  temperature=0.0, stream=False, out_tokens=rng.randint(120, 600))


# ---------------------------------------------------------------- bare items, max budget, extended thinking
def op_bare(W, camp, n, mean, items, ipfn, stack, persona, endpoint='/v1/messages', orgs=0, created_fn=None, emails=None, tier='scale'):
    rng = W.rng
    orgids = ['org_' + W.hex(10) for _ in range(orgs)]
    for i in range(n):
        ip0 = ipfn()
        a = W.new_account('attack', persona, camp, created=created_fn() if created_fn else W.start - D(days=rng.uniform(5, 60)),
                          email=rng.choice(emails or ['gmail.com', 'outlook.com']), signup_ip=ip0, country=rng.choice(['US', 'CA', 'GB', 'SG']),
                          tier=tier, org=rng.choice(orgids) if orgids else None)
        pair = client(rng, stack)
        t = W.any_time()
        for k in range(n_reqs(rng, mean)):
            p = items()
            out = rng.randint(300, 2500)
            W.req(a, t, ipfn() if rng.random() < .5 else ip0, pair, p, endpoint=endpoint, model='helix-2-think',
                  max_tokens=rng.choice([32000, 32768, 64000]), temperature=1.0, stream=rng.random() < .5, out_tokens=out,
                  reasoning=rng.randint(3000, 24000))
            t += D(seconds=rng.expovariate(1 / 1800))


# ---------------------------------------------------------------- capability taxonomy sweep
def op_kestrel(W, camp, n, mean):
    rng = W.rng
    domains = ['organic chemistry', 'contract law', 'tax accounting', 'epidemiology', 'compiler design', 'medieval history', 'music theory',
               'marine biology', 'control systems', 'macroeconomics', 'cryptography', 'linguistics', 'geotechnical engineering',
               'pharmacology', 'ethics', 'astronomy', 'supply chain', 'psychometrics', 'number theory', 'UX research']
    skills = ['define and contrast two core concepts', 'solve a quantitative problem', 'critique a flawed argument', 'write a short explainer for a novice',
              'produce a worked example with reasoning', 'design an experiment', 'translate jargon into plain language', 'debug a described procedure',
              'answer a tricky edge-case question', 'summarise the state of the art']
    levels = ['introductory', 'undergraduate', 'graduate', 'expert practitioner']
    lookalike = ['helixlabs-ai.com', 'helix-research.net', 'hellix.ai', 'helixai-team.org', 'heIix.ai']
    stacks = ['chrome-win', 'firefox', 'safari-mac', 'chrome-mac']
    chrome_ja4 = STACKS['chrome-win'][0]   # curl-impersonate: chrome hello whatever the UA says
    all_cells = [(d, s, l) for d in domains for s in skills for l in levels]
    rng.shuffle(all_cells)
    ci = 0
    for i in range(n):
        c = rng.choice(['US', 'GB', 'DE', 'IN', 'BR', 'JP'])
        a = W.new_account('attack', 'taxonomy-sweep', camp, created=W.start + D(days=rng.uniform(0, 3), hours=rng.uniform(0, 4)),
                          email=rng.choice(lookalike), signup_ip=home_ip(W, rng, c), country=c, tier='free')
        ua = client(rng, rng.choice(stacks))[1]
        t = a['created'] + D(hours=rng.uniform(1, 48))
        for k in range(n_reqs(rng, mean)):
            d, s, l = all_cells[ci % len(all_cells)]; ci += 1
            p = rng.choice([f"Topic: {d}. Level: {l}. Task: {s}. Make it self-contained and detailed.",
                            f"In {d}, at a {l} level, {s}. Show your reasoning.",
                            f"[{d} | {l}] Please {s}.",
                            f"I'm building study material on {d} ({l}). Could you {s}? Be thorough."])
            cc = rng.choice(list(RESIDENTIAL))
            W.req(a, t, home_ip(W, rng, cc), (chrome_ja4, ua), p, model=rng.choice(['helix-2-pro', 'helix-2-flash']), max_tokens=4096,
                  temperature=0.9, stream=True, out_tokens=rng.randint(400, 1500))
            t += D(seconds=rng.uniform(60, 900))


# ---------------------------------------------------------------- self-instruct bulk generation
def op_quarry(W, camp, n, mean):
    rng = W.rng
    cards = ['pm_' + W.hex(16) for _ in range(4)]
    ips = [W.ips.pick(rng, 14061) for _ in range(15)]
    pair = (STACKS['axios'][0], 'axios/1.6.8')
    bursts = [W.start + D(days=d) for d in (0.5, 1.0, 6.2)]
    heads = ["Produce {k} brand-new task instructions", "Invent {k} varied prompts a user might give an assistant",
             "Create a batch of {k} instruction/input/output triples", "Draft {k} fresh training tasks"]
    rules = ["Vary the verbs.", "Mix questions and imperatives.", "Include classification, rewriting, brainstorming and open QA.",
             "Every input must be concrete, no placeholders.", "Outputs under 120 words.", "Avoid anything requiring images or actions in the world.",
             "Spread across domains: cooking, finance, code, travel, health, law."]
    for i in range(n):
        a = W.new_account('attack', 'bulk-generator', camp, created=rng.choice(bursts) + D(minutes=rng.uniform(0, 25)),
                          email=rng.choice(['fakemailgenerator.net', 'yopmail.fr', 'tempr.email', 'gmial.com']), card=rng.choice(cards),
                          signup_ip=rng.choice(ips), country='US', tier='build')
        t = a['created'] + D(minutes=rng.uniform(5, 300))
        for k in range(n_reqs(rng, mean)):
            ex = rng.sample(W.corp.seeds, 3)
            exs = '\n'.join(f"{j + 1}. Instruction: {e['instruction']}\n   Input: {e['instances'][0]['input'] or '<noinput>'}\n   Output: {e['instances'][0]['output'][:200]}" for j, e in enumerate(ex))
            if rng.random() < .2:
                p = W.corp.alpaca + '\n' + exs + '\n4.'
            else:
                kk = rng.choice([10, 15, 20, 25])
                p = rng.choice(heads).format(k=kk) + '. ' + ' '.join(rng.sample(rules, 3)) + '\n\nExamples:\n' + exs + f'\n\nNow continue from {len(ex) + 1}.'
            W.req(a, t, rng.choice(ips), pair, p, model='helix-2-pro', max_tokens=3072, temperature=1.0, stream=False, out_tokens=rng.randint(1200, 3000))
            t += D(seconds=rng.uniform(30, 600))


# ---------------------------------------------------------------- multilingual CoT sub-team (for PRISM)
def op_prism(W, camp, mean):
    rng = W.rng
    es = ["Resuelve paso a paso y justifica cada operación:", "Explica tu razonamiento completo antes de dar la respuesta:",
          "Desarrolla la solución detallando cada cálculo.", "Piensa en voz alta y al final escribe 'Respuesta:'."]
    pt = ["Resolva passo a passo, explicando cada etapa:", "Mostre todo o raciocínio antes da resposta final.",
          "Detalhe o pensamento e termine com 'Resposta final:'."]
    teams = [('A', 45, 'go', lambda: W.ips.pick(rng, 45102), 0.15), ('B', 45, 'aiohttp', lambda: W.ips.pick(rng, 16276), 0.3),
             ('C', 45, 'chrome-win', None, 0.38)]
    for tn, n, stack, ipf, cover_p in teams:
        card = 'pm_' + W.hex(16)
        for i in range(n):
            c = rng.choice(['MX', 'BR', 'ES'])
            ipfn = ipf or (lambda c=c: home_ip(W, rng, c))
            a = W.new_account('attack', f'subteam-{tn}', camp, created=W.start - D(days=rng.uniform(2, 45)), email=rng.choice(['gmail.com', 'hotmail.com', 'uol.com.br', 'outlook.es']),
                              card=card if (tn == 'B' and rng.random() < .5) else 'auto', signup_ip=ipfn(), country=c, tier='build')
            pair = client(rng, stack)
            ip_fixed = ipfn()
            done, target = 0, n_reqs(rng, mean)
            while done < target:
                t = W.day_time(rng.randrange(W.days), TZ[c], 0 if tn == 'A' else 9, 24)
                ip = ipfn() if tn == 'A' else ip_fixed
                if rng.random() < cover_p:
                    cover(W, rng, a, t, ip, pair); done += 2; continue
                if tn == 'A':
                    q = rng.choice(W.corp.gsm_train)['question']
                    p = rng.choice(es + pt) + '\n' + q
                    W.req(a, t, ip, pair, p, model='helix-2-think', max_tokens=8000, temperature=0.6, out_tokens=rng.randint(300, 900), reasoning=rng.randint(800, 5000))
                elif tn == 'B':
                    g = rng.choice(W.corp.arena)['prompt']
                    resp = rng.choice(W.corp.codegen + W.corp.roleplay)['response'][:700]
                    p = rng.choice(["Califica del 1 al 10 la siguiente respuesta y explica por qué.", "Compare a resposta com uma resposta ideal e dê nota 0-100.",
                                    "Rate this answer against an expert reference; list missing points, then a score /10."]) + f"\n\nPREGUNTA/QUESTION:\n{g}\n\nRESPUESTA/ANSWER:\n{resp}"
                    W.req(a, t, ip, pair, p, model='helix-2-pro', max_tokens=1200, temperature=0.0, out_tokens=rng.randint(150, 500))
                else:
                    q = rng.choice(W.corp.arena_other + W.corp.arena_code)
                    thread(W, a, t, ip, pair, [q, rng.choice(["¿Y por qué ese paso y no otro?", "Explícalo con más detalle, por favor.", "Can you show the intermediate reasoning?"])],
                           followups=False, model='helix-2-think', reasoning=True, max_tokens=16000)
                done += 1
