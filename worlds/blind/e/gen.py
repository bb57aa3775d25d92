#!/usr/bin/env python3
"""Blind world generator E.  usage: python3 gen.py {1|2} OUTDIR [SEED]"""
import sys
from datetime import datetime, timezone, timedelta
from common import *
from organic import *


# =========================================================== shared legit structures
def campus(w, univ, n, mean_req, country, nat_n=3, persona='campus-nat', kind_mix=(('casual', 5), ('dev', 3), ('research', 2), ('writer', 1))):
    r = w.rng
    nat = [w.N.asn(r, *UNIV[univ]) for _ in range(nat_n)]
    edu = {'ucsd': 'ucsd.edu', 'stuttgart': 'uni-stuttgart.de', 'arizona': 'arizona.edu', 'ubc': 'student.ubc.ca', 'kangwon': 'kangwon.ac.kr',
           'toronto': 'mail.utoronto.ca', 'texas': 'utexas.edu', 'purdue': 'purdue.edu', 'melbourne': 'student.unimelb.edu.au',
           'pukyong': 'pukyong.ac.kr', 'berkeley': 'berkeley.edu', 'sfu': 'sfu.ca', 'virginia': 'virginia.edu'}[univ]
    for _ in range(n):
        kind = r.choices([k for k, _ in kind_mix], [v for _, v in kind_mix])[0]
        home = res_ip_fn(w, country, 1)
        acct = w.add_account('organic', persona, email_domain=edu if r.random() < 0.75 else r.choice(FREEMAIL), payment=None if r.random() < 0.7 else w.card('stu' + str(r.random())),
                             signup_ip=r.choice(nat), country=country, tier='free' if r.random() < 0.7 else 'build',
                             created_at=w.start - timedelta(days=r.uniform(-3, 400)))
        human_user(w, acct, lognorm_count(r, mean_req), kind, nat * 6 + home, browser_clients(r, 2) + ([Client(r, 'openai-py')] if kind == 'dev' else []),
                   TZ[country], 'evening' if r.random() < 0.5 else 'day')


def classroom(w, univ, n, teacher_wrapper, items, deadlines, country, tz, system=None, persona='classroom', course='c'):
    """Students share the teacher's wrapper and the same homework items; bursty before deadlines."""
    r = w.rng
    nat = [w.N.asn(r, *UNIV[univ]) for _ in range(2)] if univ else []
    t_enrol = w.start - timedelta(days=r.uniform(10, 40))
    for i in range(n):
        home = res_ip_fn(w, country, 1) + ([w.N.asn(r, *MOBILE[country])] if country in MOBILE else [])
        ips = nat * 3 + home if nat else home
        acct = w.add_account('organic', persona, email_domain=r.choice(FREEMAIL) if not univ else {'ubc': 'student.ubc.ca', 'purdue': 'purdue.edu', 'pukyong': 'pukyong.ac.kr', 'melbourne': 'student.unimelb.edu.au', 'texas': 'utexas.edu', 'stuttgart': 'uni-stuttgart.de'}.get(univ, 'edu'),
                             payment=None, signup_ip=ips[0], country=country, tier='free', created_at=t_enrol + timedelta(hours=r.uniform(0, 72)))
        cl = browser_clients(r, 1) + ([Client(r, 'py-requests')] if r.random() < 0.3 else [])
        # each student works a subset of the assignment set near each deadline
        for dl in deadlines:
            todo = r.sample(items, min(len(items), r.randint(3, 9)))
            t = dl - timedelta(hours=r.expovariate(1 / 20.0))
            conv = w.conv_id() if r.random() < 0.5 else None
            turn = 0
            for q, ans in todo:
                t += timedelta(minutes=r.uniform(2, 25))
                turn += 1
                p = teacher_wrapper.format(q=q) if r.random() < 0.85 else q
                w.emit(acct, t, r.choice(ips), r.choice(cl), p, model='vela-2-mini', system=system, conv=conv, turn=turn if conv else None,
                       response=ans, temperature=None, max_tokens=None)
                if r.random() < 0.25:
                    t += timedelta(minutes=r.uniform(1, 6)); turn += 1
                    w.emit(acct, t, r.choice(ips), r.choice(cl), r.choice(['i dont get step 2', 'why do we divide there?', 'is the answer in the book wrong then?', 'can you check my answer: ' + str(r.randint(2, 500))]),
                           model='vela-2-mini', system=system, conv=conv, turn=turn if conv else None, response=synth_response(r, '', 'general'))


def eval_harness(w, lab, n_accts, total, cloud, stack, item_fn, country='US', runs_per_day=3, persona='eval-harness', org=None, verified=False, tier='scale', domain=None, system=None):
    """Benchmark runs: same items repeated across runs, round the clock, temperature 0, batch concurrency."""
    r = w.rng
    ips = [w.N.asn(r, *CLOUD[cloud]) for _ in range(r.randint(2, 6))]
    card = w.card('lab' + lab)
    accts = [w.add_account('organic', persona, org_id=org, email_domain=domain or (lab + '.org'), payment=card, signup_ip=ips[0], country=country,
                           tier=tier, verified=verified, created_at=w.start - timedelta(days=r.uniform(30, 200))) for _ in range(n_accts)]
    cl = Client(r, stack)
    items = item_fn(r)
    sent = 0
    while sent < total:
        a = r.choice(accts)
        t = w.start + timedelta(seconds=r.uniform(0, w.days * 86400))
        model = r.choice(['vela-2-large', 'vela-2-mini', 'vela-2-reason', 'vela-2-large-2026-01'])
        temp = r.choice([0.0, 0.0, 0.0, 0.7])
        k = r.randint(1, 5)  # samples per item
        run_items = items if len(items) <= 400 else r.sample(items, 400)
        start_i = r.randint(0, max(0, len(run_items) - 1))
        batch = run_items[start_i:start_i + r.randint(60, 300)]
        for (p, resp) in batch:
            for s in range(k if temp > 0 else 1):
                t += timedelta(milliseconds=r.uniform(50, 900))
                w.emit(a, t, r.choice(ips), cl, p, model=model, system=system, response=resp, temperature=temp, max_tokens=r.choice([2048, 4096]),
                       reasoning=r.randint(300, 6000) if 'reason' in model else None, stream=False, rl_rate=0.03)
                sent += 1
            if sent >= total:
                break


def startup_keys(w, name, n, total, cloud, stack, system, content, country, tools=None, persona='startup-multikey'):
    """Unverified small company: keys minted the same afternoon, one card, cloud egress -- looks like a fleet."""
    return enterprise(w, 'org_' + name, n, total, cloud, stack, system, content, country, pattern='day', tools=tools, nat_ips=2,
                      verified=False, tier='build', domain=name + '.io', persona=persona, temperature=0.7, max_tokens=2048)


# =========================================================== attack machinery
def atk_account(w, campaign, persona, *, created, domain, card, signup_ip, country, tier='build'):
    return w.add_account('attack', persona, campaign=campaign, created_at=created, email_domain=domain, payment=card,
                         signup_ip=signup_ip, country=country, tier=tier, verified=False)


def run_scripted(w, acct, jobs, ips, client, *, per_session=(3, 12), gap_s=(0.5, 8), hours_pat='flat', tz=0, active_from=None, rl=0.04):
    """jobs: list of dicts(prompt, response, system, tools, model, max_tokens, temperature, reasoning, conv_turns=[...])"""
    r = w.rng
    i = 0
    lo = max(w.start, active_from or w.start)
    while i < len(jobs):
        t = w.human_time(tz, hours_pat, after=lo)
        ip = r.choice(ips) if isinstance(ips, list) else ips()
        for _ in range(r.randint(*per_session)):
            if i >= len(jobs):
                break
            j = jobs[i]; i += 1
            conv = w.conv_id() if j.get('thread') else None
            for ti, (p, resp) in enumerate(j.get('thread') or [(j['prompt'], j.get('response'))]):
                w.emit(acct, t, ip, client, p, model=j.get('model', 'vela-2-large'), system=j.get('system'), conv=conv,
                       turn=ti + 1 if conv else None, tools=j.get('tools'), response=resp, reasoning=j.get('reasoning'),
                       max_tokens=j.get('max_tokens'), temperature=j.get('temperature'), stream=j.get('stream'), rl_rate=rl,
                       out_tokens=j.get('out_tokens'), in_extra=ti * 400, endpoint=j.get('endpoint'))
                t += timedelta(seconds=r.uniform(*gap_s) + (toks(resp) / 60 if resp else 3))


def run_human(w, acct, jobs, ips, clients, tz, pattern='day', think=(40, 600)):
    """Human-paced: each job a thread; follow-ups minutes apart; a few threads per active day."""
    r = w.rng
    lo = max(w.start, acct['created'])
    for j in jobs:
        t = w.human_time(tz, pattern, after=lo)
        ip = r.choice(ips); cl = r.choice(clients)
        conv = w.conv_id()
        for ti, (p, resp) in enumerate(j['thread']):
            w.emit(acct, t, ip, cl, p, model=j.get('model', 'vela-2-large'), system=j.get('system'), conv=conv, turn=ti + 1,
                   tools=j.get('tools'), response=resp, reasoning=j.get('reasoning'), max_tokens=j.get('max_tokens'),
                   temperature=j.get('temperature'), in_extra=ti * 500, endpoint=j.get('endpoint'))
            t += timedelta(seconds=r.uniform(*think) + toks(resp) / 15)


def compose(r, *parts):
    return ''.join(r.choice(p) if isinstance(p, (list, tuple)) else p for p in parts)


def lookalike_domains(r, n, bases):
    out = []
    for _ in range(n):
        b = r.choice(bases)
        out.append(r.choice([b.replace('o', '0', 1), b.replace('l', '1', 1), b.replace('.', '-mail.', 1), b.split('.')[0] + r.choice(['x', 'pro', 'box', 'hub']) + '.' + r.choice(['top', 'xyz', 'site', 'online', 'click']),
                             'mx%d%s.%s' % (r.randint(1, 99), r.choice(['post', 'inbox', 'letter']), r.choice(['shop', 'icu', 'cfd']))]))
    return out


def code_items(C):
    out = []
    for he in C.humaneval:
        out.append(('he', he['prompt'], he['canonical_solution']))
    for g in C.codegen:
        out.append(('cg', g['instruction'] + ('\n\n' + g['input'] if g['input'] else ''), g['response']))
    for p in C.arena_code:
        out.append(('ar', p, None))
    return out


# =========================================================== enterprise content
def c_claims(r):
    notes = ['Insured reports water damage in the kitchen after a pipe burst.', 'Adjuster visited on site; photos attached.', 'Contractor estimate received, $%d.' % r.randint(800, 40000),
             'Policyholder disputes the deductible.', 'Prior claim on the same property in 2023.', 'Tenant occupied, landlord policy.', 'Mold observed behind drywall.',
             'Vehicle rear-ended at low speed; no injuries reported.', 'Third-party carrier has accepted liability.', 'Rental car authorised for 7 days.', 'Medical bills pending.']
    p = 'Claim %s-%06d (%s)\nAdjuster notes:\n- %s\n\nSummarise for the claims file and list missing documents.' % (r.choice(['HO', 'AU', 'CM']), r.randint(0, 999999), r.choice(['homeowners', 'auto', 'commercial property']), '\n- '.join(r.sample(notes, r.randint(3, 7))))
    return p, 'Summary: ' + r.choice(notes) + ' Missing: ' + r.choice(['proof of ownership', 'police report', 'itemised invoice', 'signed proof of loss']) + '.', r.randint(0, 1500)


def c_legal(r):
    cl = ['Either party may terminate this Agreement upon thirty (30) days written notice.', 'The Supplier shall indemnify the Customer against all losses arising from breach.',
          'This Agreement shall be governed by the laws of the State of New York.', 'Confidential Information excludes information that is publicly available.',
          'Liability is capped at the fees paid in the twelve months preceding the claim.', 'Neither party shall assign this Agreement without prior written consent.']
    p = r.choice(['Extract all termination and liability provisions from the excerpt below and flag anything non-standard.', 'Classify each clause below by type (termination, indemnity, governing law, confidentiality, other).',
                  'Compare the clause below to our fallback position and propose a redline.']) + '\n\n' + '\n'.join(r.sample(cl, r.randint(2, 5)))
    return p, 'Clause analysis:\n1. ' + r.choice(cl) + ' — standard.\n2. ' + r.choice(cl) + ' — review.', r.randint(2000, 12000)


def c_support(C):
    def f(r):
        u = r.choice(C.userorient)
        inst = r.choice(u['instances'])
        q = r.choice(C.koala + C.vicuna) if r.random() < 0.4 else (u['instruction'] + ('\n' + inst['input'] if inst.get('input') else ''))
        return 'Kunde fragt: ' + q if r.random() < 0.3 else 'Customer message: ' + q, synth_response(r, q), r.randint(200, 900)
    return f


def c_products(r):
    cats = ['trail running shoe', 'cast-iron skillet', 'noise-cancelling headphones', 'kids raincoat', 'ergonomic office chair', 'bamboo cutting board', 'smart plug', 'yoga mat', 'espresso grinder', 'hiking backpack 40L']
    c = r.choice(cats)
    attrs = ', '.join(r.sample(['colour: %s' % r.choice(['black', 'sage', 'navy', 'sand']), 'weight: %dg' % r.randint(100, 5000), 'material: %s' % r.choice(['recycled nylon', 'steel', 'oak', 'TPU']), 'price: %d EUR' % r.randint(9, 400), 'sku: %s' % h(str(r.random()), 8).upper()], 3))
    p = r.choice(['Write a product description (120 words, SEO friendly) for: %s; %s', 'Generate 5 bullet points and a title for listing: %s (%s)', 'Translate and localise this listing for the German store: %s, %s']) % (c, attrs)
    return p, 'Meet the %s you will actually want to use every day. %s' % (c, r.choice(GENERIC_LIST)), 0


def c_bank(r):
    p = r.choice(['Categorise these transactions: ', 'Draft a reply to the customer complaint about: ', 'Summarise the KYC notes: ', 'Explain this fee to the customer in plain language: ']) + r.choice(
        ['card payment declined abroad twice', 'TESCO STORES 3297 GBP 23.10; TFL TRAVEL GBP 2.80; AMZN MKTP GBP 41.99', 'overdraft fee of 25 EUR charged after salary was delayed', 'customer is a sole trader, two directorships, PEP check negative', 'wire recall request for duplicated payment'])
    return p, synth_response(r, p), r.randint(300, 2500)


def c_agentplat(C):
    def f(r):
        t = r.choice(C.toolformer)
        return t['input'] or t['instruction'].split('\n')[-1], t['response'], r.randint(1500, 9000)
    return f


# =========================================================== WORLD 1
def world1(w):
    r = w.rng; C = w.C
    # ---------------- organic
    enterprise(w, 'org_harborline-mutual', 70, 5500, 'aws', 'openai-py', 'You are ClaimsAssist, an internal tool at Harborline Mutual. Be factual, cite the notes, never speculate about fraud.', c_claims, 'US', nat_ips=4, domain='harborlinemutual.com')
    enterprise(w, 'org_verhoeven-legal', 45, 3500, 'azure', 'anthropic-ts', 'You are a contract review assistant for Verhoeven & Partners. Output numbered findings. Do not give legal advice to third parties.', c_legal, 'NL', nat_ips=2, domain='verhoeven-legal.nl', max_tokens=4096)
    enterprise(w, 'org_kranich-support', 35, 2500, 'DE', 'openai-java', 'Du bist der Support-Assistent von Kranich Haushaltsgeräte. Antworte höflich, kurz, in der Sprache des Kunden.', c_support(C), 'DE', nat_ips=1, domain='kranich-hg.de')
    for name, cloud, stack in [('tallyho', 'do', 'openai-node'), ('parsnip-ai', 'hetzner', 'py-httpx'), ('quokka-hq', 'gcp', 'litellm')]:
        startup_keys(w, name, 8, r.randint(400, 650), cloud, stack, 'You are %s, a helpful assistant for small businesses.' % name.split('-')[0].title(), c_support(C), r.choice(['US', 'AU', 'GB']))
    campus(w, 'ucsd', 380, 7, 'US', nat_n=3)
    campus(w, 'kangwon', 150, 6, 'KR', nat_n=2)
    stats_items = [(q['question'], gsm_clean(q['answer']) + '\n#### ' + gsm_final(q['answer'])) for q in r.sample(C.gsm_test, 24)]
    dls = [w.start + timedelta(days=d, hours=7) for d in (4, 11, 17)]
    classroom(w, 'ubc', 70, 'STAT 1050 practice — explain your reasoning step by step like in lecture, then box the final answer.\n\nProblem: {q}', stats_items, dls, 'CA', -8, course='stat')
    cs_items = [(he['prompt'], he['canonical_solution']) for he in r.sample(C.humaneval, 16)]
    classroom(w, 'purdue', 50, 'CS 159 lab helper: do NOT give the full solution, give hints and explain the concept, then show a small example.\n\n{q}', cs_items, [w.start + timedelta(days=d, hours=4) for d in (8, 15)], 'US', -5,
              system='You are a teaching assistant for CS 159. Encourage students to reason it out.', course='cs')
    eval_harness(w, 'cobalt-evals', 5, 4500, 'gcp', 'aiohttp', lambda rr: [(q['question'], q['answer']) for q in C.gsm_test] + [(he['prompt'], he['canonical_solution']) for he in C.humaneval], persona='eval-harness')
    judge_items = lambda rr: [('[Instruction]\nPlease act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. Be as objective as possible. After providing your explanation, rate the response on a scale of 1 to 10 in the format [[rating]].\n\n[Question]\n%s\n\n[The Start of Assistant\'s Answer]\n%s\n[The End of Assistant\'s Answer]' % (m['turns'][0], synth_response(rr, m['turns'][0])), 'The response is relevant but shallow. Rating: [[%d]]' % rr.randint(3, 9)) for m in C.mtbench for _ in range(3)]
    eval_harness(w, 'nlp-group-sfu', 3, 1500, 'aws', 'openai-py', judge_items, country='CA', persona='eval-judge', domain='sfu.ca')
    individuals(w, 'power-user', 110, 40, 'dev', clients_fn=lambda rr: [Client(rr, rr.choice(['cli-agent', 'aider', 'cli-agent', 'openai-py']))] + dev_clients(rr), net='mixed-dev',
                tier_p=[0.05, 0.6, 0.35], reasoning_p=0.2, tools_fn=lambda rr: rr.choice(AGENT_TOOLS), gap=(5, 120))
    individuals(w, 'developer', 480, 9, 'dev', clients_fn=dev_clients, net='mixed-dev', tier_p=[0.4, 0.55, 0.05], reasoning_p=0.08,
                tools_fn=lambda rr: rr.choice(AGENT_TOOLS) if rr.random() < 0.2 else None)
    individuals(w, 'researcher', 90, 14, 'research', clients_fn=lambda rr: browser_clients(rr, 1) + [Client(rr, rr.choice(['openai-py', 'anthropic-py', 'r-httr2']))], reasoning_p=0.4,
                system_fn=lambda rr: rr.choice([None, None, 'You are a careful assistant. Show your reasoning.']))
    individuals(w, 'casual', 1100, 4, 'casual', pattern='evening')
    individuals(w, 'vpn-user', 180, 6, 'casual', net='vpn', pattern='evening')
    individuals(w, 'data-hobbyist', 45, 20, 'hobby-data', clients_fn=lambda rr: [Client(rr, rr.choice(['openai-py', 'py-requests', 'litellm']))], pattern='evening', tier_p=[0.2, 0.8, 0])
    individuals(w, 'writer', 100, 10, 'writer', pattern='evening', reasoning_p=0.0)

    # ---------------- attacks
    # OP1 rimfire: sloppy fleet, CoT on grade-school maths
    camp = 'c-rimfire'
    cards = [w.card('rim%d' % i) for i in range(4)]
    doms = lookalike_domains(r, 9, ['gmail.com', 'outlook.com', 'protonmail.com'])
    ipsrc = lambda: r.choice([w.N.asn(r, *CLOUD['datacamp']), w.N.asn(r, *CLOUD['m247']), w.N.vpnip(r)])
    client = Client(r, 'py-httpx')
    bursts = [w.start + timedelta(days=d, hours=r.uniform(0, 24)) for d in (-2, 1.5, 6)]
    opens = ['Solve the following problem. ', 'Problem: ', 'Consider this question. ', 'Here is a maths question. ', 'Q: ']
    asks = ['Think step by step and write out every intermediate calculation.', 'Explain your full chain of reasoning before giving the answer.',
            'Reason it out in detail, one line per step, then state the result.', 'Show all your thinking, do not skip steps, finish with "Final answer:".',
            'Walk through the logic slowly and verify each arithmetic operation.']
    fmt = ['', ' Use the format <reasoning>...</reasoning><answer>...</answer>.', ' End with #### followed by the number.', ' Put the final number in \\boxed{}.']
    for i in range(150):
        b = r.choice(bursts)
        created = b + timedelta(minutes=r.uniform(0, 90))
        ip0 = ipsrc()
        a = atk_account(w, camp, 'proxy-fleet', created=created, domain=r.choice(doms), card=r.choice(cards), signup_ip=ip0, country=r.choice(['US', 'US', 'GB', 'SG']), tier='build')
        jobs = []
        for _ in range(lognorm_count(r, 40, 0.35, 15, 90)):
            q = r.choice(C.gsm_train)
            o, s, f = r.choice(opens), r.choice(asks), r.choice(fmt)
            p = o + q['question'] + '\n\n' + s + f if r.random() < 0.6 else s + f + '\n\n' + q['question']
            jobs.append({'prompt': p, 'response': synth_response(r, p, ref=gsm_clean(q['answer']), steps=True) + '\nFinal answer: ' + gsm_final(q['answer']),
                         'model': 'vela-2-large', 'max_tokens': 2048, 'temperature': 0.7, 'stream': False})
        run_scripted(w, a, jobs, ipsrc, client, per_session=(5, 20), gap_s=(0.3, 4), active_from=created, rl=0.08)

    # OP2 quietwell: careful, aged, distinct items of one shared coding pool
    camp = 'c-quietwell'
    pool = code_items(C); r.shuffle(pool)
    qi = 0
    fu = [['Before the code, describe your approach in plain words and why you chose it.', 'Which edge cases did you consider? Handle the ones you missed.', 'Add type hints and pytest tests covering those cases.'],
          ['What is the time and space complexity, and can it be improved?', 'Rewrite it in the improved form and explain the change line by line.'],
          ['I ran it and one test failed on an empty input. Think about why and fix it.', 'Good. Now explain the invariant the loop maintains.'],
          ['Could this be written in a more idiomatic way?', 'Please also give a version in TypeScript.'],
          ['Explain how you would debug this if it gave a wrong answer on large inputs.']]
    for i in range(100):
        c = country_pick(r, {'US': 5, 'CA': 2, 'GB': 2, 'DE': 2, 'NL': 1, 'PL': 1, 'AU': 1, 'JP': 1, 'FR': 1})
        ips = res_ip_fn(w, c, r.randint(1, 3))
        created = w.start - timedelta(days=r.uniform(90, 300))
        a = atk_account(w, camp, 'aged-residential', created=created, domain=r.choice(FREEMAIL[:14]) if r.random() < 0.8 else 'u%s.dev' % h(str(r.random()), 5),
                        card=w.card('qw%d' % i), signup_ip=res_ip_fn(w, c, 1)[0], country=c, tier=r.choice(['build', 'build', 'scale']))
        cls = browser_clients(r, 1) + ([Client(r, r.choice(['openai-py', 'anthropic-py', 'cli-agent']))] if r.random() < 0.4 else [])
        jobs = []
        n = lognorm_count(r, 40, 0.3, 20, 80)
        sent = 0
        while sent < n and qi < len(pool):
            kind, p, ref = pool[qi]; qi += 1
            lead = r.choice(['', '', 'Working on something and got stuck. ', 'Interview prep question: ', 'hey, ', 'Can you help with this? '])
            th = [(lead + p, synth_response(r, p, 'code', ref=ref))]
            for f in r.choice(fu)[: r.randint(1, 3)]:
                th.append((f, synth_response(r, f, 'code')))
            tools = r.choice(AGENT_TOOLS[:2]) if r.random() < 0.15 else None
            jobs.append({'thread': th, 'model': r.choice(['vela-2-large', 'vela-2-reason']), 'tools': tools, 'temperature': r.choice([None, None, 1.0]),
                         'max_tokens': r.choice([None, 4096, 8192])})
            sent += len(th)
        run_human(w, a, jobs, ips, cls, TZ[c], r.choice(['day', 'evening']), think=(60, 900))

    # OP3 lattice: three sub-teams harvesting rubric judgements, with cover traffic
    camp = 'c-lattice'
    def cand(rr):
        x = rr.random()
        if x < 0.4:
            q = rr.choice(C.gsm_train); a = gsm_clean(q['answer'])
            if rr.random() < 0.5:
                a = a.replace(gsm_final(q['answer']), str(int(''.join(ch for ch in gsm_final(q['answer']) if ch.isdigit()) or '1') + rr.randint(1, 9)))
            return q['question'], a
        if x < 0.75:
            g = rr.choice(C.codegen); return g['instruction'] + ' ' + g['input'], g['response']
        g = rr.choice(C.roleplay); return g['instruction'], g['response']
    teams = [
        ('go', lambda: w.N.asn(r, *CLOUD[r.choice(['hetzner', 'ovh'])]), ['DE', 'FR'],
         lambda rr, q, a: compose(rr, ['Grade this answer', 'Evaluate the submission', 'Assess the reply below'], [' against the task.', ' for correctness and quality.', '.'],
                                  '\nTask:\n', q, '\nSubmission:\n', a, '\n', ['Give a score 0-10 per criterion: correctness, completeness, clarity. Justify each score in two sentences, then a total.',
                                  'Return JSON {"correctness":int,"reasoning_quality":int,"style":int,"justification":str}.', 'List every error you find, then give an overall mark out of 10.'])),
        ('undici', lambda: w.N.asn(r, *MOBILE[r.choice(['PH', 'VN', 'IN'])]), ['PH', 'VN', 'IN'],
         lambda rr, q, a: compose(rr, ['You are a strict examiner. ', 'Act as a reviewer. ', ''], ['Rubric: (1) factual accuracy (2) logical soundness (3) helpfulness (4) concision. ', 'Use a 1–5 Likert scale for accuracy, reasoning, helpfulness. '],
                                  '\n\nQUESTION: ', q, '\n\nCANDIDATE RESPONSE: ', a, '\n\n', ['Explain your verdict for each rubric item before scoring.', 'Think about what an ideal answer contains, compare, then score.'])),
        ('anthropic-py', lambda: w.N.asn(r, *RES['US']), ['US'],
         lambda rr, q, a: compose(rr, ['<task>', '### Prompt\n'], q, ['</task>\n<response>', '\n### Model output\n'], a, ['</response>\n', '\n'],
                                  ['Is the response correct? Provide a critique, a corrected version if needed, and a preference score from 1 to 7.', 'Write a detailed critique, then output "Score: X/10".'])),
    ]
    for ti, (stack, ipf, ctrs, wrap) in enumerate(teams):
        cover = [0.12, 0.25, 0.38][ti]
        for i in range(50):
            c = r.choice(ctrs)
            created = w.start - timedelta(days=r.uniform(3, 60))
            a = atk_account(w, camp, 'subteam-%s' % 'abc'[ti], created=created, domain=r.choice(FREEMAIL), card=w.card('lat%d-%d' % (ti, i // 5)), signup_ip=ipf(), country=c, tier='build')
            cl = Client(r, stack)
            jobs = []
            for _ in range(lognorm_count(r, 40, 0.35, 15, 90)):
                if r.random() < cover:
                    turns = organic_item(w, r.choice(['casual', 'dev', 'writer']))
                    jobs.append({'prompt': turns[0][0], 'response': synth_response(r, turns[0][0], ref=turns[0][1]), 'temperature': 0.7})
                else:
                    q, ans = cand(r)
                    p = wrap(r, q, ans)
                    jobs.append({'prompt': p, 'response': 'Critique: %s\nScore: %d/10' % (r.choice(GENERIC_BODY), r.randint(2, 10)), 'temperature': 0.0, 'max_tokens': 1500,
                                 'system': [None, 'You are an expert evaluator.', None][ti]})
            ipl = [ipf() for _ in range(r.randint(2, 6))]
            run_scripted(w, a, jobs, ipl, cl, per_session=(2, 8), gap_s=(5, 60), hours_pat='day', tz=TZ[c], active_from=created, rl=0.02)

    # OP4 drydock: bare items, extended reasoning, cloud in Asia
    camp = 'c-drydock'
    cards = [w.card('dd%d' % i) for i in range(12)]
    bare = [(q['question'], gsm_clean(q['answer'])) for q in C.gsm_test] + [(he['prompt'], he['canonical_solution']) for he in C.humaneval] + [(p, None) for p in C.arena_code]
    for i in range(80):
        created = w.start - timedelta(days=r.uniform(1, 45))
        ipl = [w.N.asn(r, *CLOUD[r.choice(['alibaba', 'tencent'])]) for _ in range(r.randint(1, 3))]
        a = atk_account(w, camp, 'bare-reasoning', created=created, domain=r.choice(['gmail.com', 'outlook.com', 'qq.com', '163.com', 'proton.me']), card=r.choice(cards), signup_ip=ipl[0], country=r.choice(['SG', 'HK', 'US', 'MY']), tier='scale')
        cl = Client(r, 'openai-node')
        jobs = []
        for _ in range(lognorm_count(r, 40, 0.3, 15, 80)):
            p, ref = r.choice(bare)
            jobs.append({'prompt': p, 'response': synth_response(r, p, 'code', ref=ref), 'model': 'vela-2-reason', 'max_tokens': r.choice([32000, 32768, 30000]),
                         'reasoning': r.randint(2500, 22000), 'temperature': r.choice([None, 1.0]), 'stream': True})
        run_scripted(w, a, jobs, ipl, cl, per_session=(1, 4), gap_s=(20, 200), hours_pat='flat', active_from=created, rl=0.03)

    # OP5 seedbank: bulk self-instruct generation
    camp = 'c-seedbank'
    for i in range(60):
        created = w.start - timedelta(days=r.uniform(10, 120))
        ipl = [w.N.datacenter(r) for _ in range(r.randint(1, 4))]
        a = atk_account(w, camp, 'bulk-generator', created=created, domain='u%s.%s' % (h('sb%d' % i, 6), r.choice(['com', 'net', 'org'])), card=w.card('sb%d' % (i // 3)), signup_ip=ipl[0], country=r.choice(['US', 'CA', 'IN']), tier='scale')
        cl = Client(r, 'langchain')
        jobs = []
        for _ in range(lognorm_count(r, 40, 0.35, 15, 90)):
            ex = r.sample(C.seeds, 3)
            n = r.choice([12, 15, 20, 25, 40])
            dom = r.choice(['everyday life', 'finance', 'biology', 'software', 'cooking', 'travel', 'law', 'sports', 'history', 'mathematics', 'poetry', 'customer service'])
            p = compose(r, ['Produce ', 'Create ', 'Invent ', 'Draft '], str(n), [' brand-new', ' diverse', ' non-overlapping', ''], [' task prompts', ' instructions', ' user requests'],
                        [' about %s' % dom, ' touching on %s' % dom, ''], '. ', ['Vary the verbs and sentence types.', 'Mix questions, commands and classification tasks.', 'Each should be answerable in text.'],
                        ' ', ['For each, add a realistic input (or <noinput>) and a high-quality output.', 'Give instruction, input, output for each.', 'Then answer every one of them thoroughly.'],
                        '\n\nReference examples:\n', '\n'.join('- %s' % s['instruction'] for s in ex))
            jobs.append({'prompt': p, 'response': '\n'.join('%d. Instruction: %s\nOutput: %s' % (k + 1, s['instruction'], s['instances'][0]['output'][:200]) for k, s in enumerate(ex)),
                         'out_tokens': r.randint(1500, 4000), 'max_tokens': 4096, 'temperature': 1.0, 'model': 'vela-2-large'})
        run_scripted(w, a, jobs, ipl, cl, per_session=(4, 15), gap_s=(1, 10), hours_pat='flat', active_from=created, rl=0.05)

    # OP6 atlasmap: capability taxonomy sweep via rotating residential proxies and randomised TLS
    camp = 'c-atlasmap'
    domains = ['organic chemistry', 'contract law', 'tax accounting', 'distributed systems', 'epidemiology', 'music theory', 'macroeconomics', 'compilers', 'linear algebra', 'geopolitics',
               'cryptography', 'nutrition', 'civil engineering', 'probability', 'philosophy of mind', 'SQL', 'Rust ownership', 'Kubernetes', 'statistics', 'medieval history']
    skills = ['multi-step deduction', 'counterfactual reasoning', 'error detection', 'planning under constraints', 'analogy', 'quantitative estimation', 'tool selection', 'summarisation of conflicting sources', 'code synthesis', 'proof writing']
    levels = ['introductory', 'intermediate', 'expert', 'olympiad-level', 'graduate']
    for i in range(60):
        c = country_pick(r)
        created = w.start - timedelta(days=r.uniform(20, 200))
        a = atk_account(w, camp, 'taxonomy-sweeper', created=created, domain=r.choice(FREEMAIL), card=w.card('am%d' % i), signup_ip=w.N.asn(r, *RES[c]), country=c, tier='build')
        jobs = []
        for _ in range(lognorm_count(r, 40, 0.3, 15, 80)):
            d, s, l = r.choice(domains), r.choice(skills), r.choice(levels)
            tools = None
            if s == 'tool selection':
                tools = r.choice([['calculator', 'web_search', 'unit_convert'], ['python', 'search'], ['sql_query', 'read_file']])
            p = compose(r, ['Pose', 'Construct', 'Write'], ' one ', l, ' problem in ', d, ' that requires ', s, ['. Then solve it, narrating your reasoning at each step.', ', then answer it in full with explicit reasoning.', '. Provide the problem, a worked solution with all reasoning, and common mistakes.'])
            jobs.append({'prompt': p, 'response': synth_response(r, p, length=2), 'tools': tools, 'out_tokens': r.randint(800, 3000), 'model': r.choice(['vela-2-large', 'vela-2-reason']),
                         'reasoning': r.randint(500, 8000) if r.random() < 0.5 else None, 'max_tokens': 8192})
        def ipf(c=c):
            cc = r.choice([c, c, country_pick(r)])
            return w.N.asn(r, *RES[cc])
        cl = Client(r, 'utls-rand')
        # resi proxy: each session new exit, new print
        i2 = 0
        while i2 < len(jobs):
            k = r.randint(1, 5)
            run_scripted(w, a, jobs[i2:i2 + k], ipf, Client(r, 'utls-rand'), per_session=(k, k), gap_s=(30, 300), hours_pat='day', tz=TZ[c], active_from=created, rl=0.01)
            i2 += k


# =========================================================== WORLD 2
def world2(w):
    r = w.rng; C = w.C
    # ---------------- organic
    enterprise(w, 'org_nordkap-bank', 60, 3600, 'oracle', 'openai-java', 'You are an assistant for Nordkap Bank operations staff. Never reveal account numbers. Reply in the language of the request.', c_bank, 'NO' if False else 'DE', nat_ips=3, domain='nordkapbank.com')
    enterprise(w, 'org_larkspur-commerce', 50, 4000, 'gcp', 'go-openai', 'You write product copy for Larkspur marketplace sellers. Be accurate, no superlatives that cannot be verified.', c_products, 'US', nat_ips=5, domain='larkspur.shop', temperature=0.9, max_tokens=600)
    enterprise(w, 'org_tessellate-agents', 40, 3500, 'aws', 'anthropic-ts', 'You are Tessellate, an autonomous operations agent. Use tools when needed; report actions taken.', c_agentplat(C), 'US', nat_ips=6,
               domain='tessellate.ai', tools=['web_search', 'calendar_lookup', 'send_email', 'wolfram', 'python'], persona='verified-agent-platform', max_tokens=4096)
    for name, cloud, stack in [('brightnest', 'do', 'openai-node'), ('cobble-ai', 'aws', 'openai-py'), ('mirrorpond', 'hetzner', 'rust-reqwest'), ('vantapaper', 'azure', 'anthropic-ts')]:
        startup_keys(w, name, r.randint(5, 10), r.randint(300, 600), cloud, stack, 'You are the %s assistant. Keep answers brief.' % name, c_support(C), r.choice(['US', 'GB', 'IN', 'BR']))
    campus(w, 'toronto', 300, 7, 'CA', nat_n=2)
    campus(w, 'stuttgart', 150, 6, 'DE', nat_n=2, kind_mix=(('dev', 4), ('casual', 3), ('research', 3)))
    # maths class using gsm8k-train problems (the same public pool an operation draws from)
    hw = [(q['question'], gsm_clean(q['answer']) + '\n#### ' + gsm_final(q['answer'])) for q in r.sample(C.gsm_train, 30)]
    classroom(w, 'texas', 80, 'M 302 homework helper. Please solve the problem below showing each step of reasoning clearly, the way Prof. Alvarez does on the board, and check the answer at the end.\n\n{q}',
              hw, [w.start + timedelta(days=d, hours=5) for d in (3, 7, 10, 14)], 'US', -6)
    # online coding bootcamp: no shared NAT, students across countries, same exercise list
    boot = [(g['instruction'] + ('\n' + g['input'] if g['input'] else ''), g['response']) for g in r.sample(C.codegen, 20)]
    classroom(w, None, 60, 'Bootcamp week exercise (cohort 14). Explain the idea first, then give the code with comments:\n{q}', boot, [w.start + timedelta(days=d, hours=22) for d in (6, 13)], 'IN', 5.5, persona='classroom')
    eval_harness(w, 'ferrous-ci', 4, 3500, 'azure', 'py-requests', lambda rr: [(he['prompt'], he['canonical_solution']) for he in C.humaneval] + [(g['instruction'], g['response']) for g in C.codegen[:200]], persona='eval-harness', domain='ferrous.dev')
    eval_harness(w, 'saferail-lab', 3, 2000, 'gcp', 'openai-py', lambda rr: [(t[0][0], t[0][1]) for t in C.hh_threads[:600]], persona='eval-harness-safety', domain='saferail.org',
                 system='You are a helpful, honest and harmless assistant.')
    pair_items = lambda rr: [('Which of the two assistant replies is better for the user? Consider helpfulness and harmlessness. Answer "A" or "B" and give a one-paragraph justification.\n\nUser: %s\n\n[A] %s\n\n[B] %s' % (p['chosen'].split('\n\nHuman: ')[1].split('\n\nAssistant:')[0], p['chosen'].split('Assistant:')[-1].strip()[:800], p['rejected'].split('Assistant:')[-1].strip()[:800]), 'A. Reply A is more careful.') for p in C.hh_pairs[:500]]
    eval_harness(w, 'arenaboard', 3, 2000, 'aws', 'httpx' if False else 'py-httpx', pair_items, persona='eval-judge', domain='arenaboard.io')
    individuals(w, 'power-user', 100, 42, 'dev', clients_fn=lambda rr: [Client(rr, rr.choice(['cli-agent', 'aider', 'anthropic-py']))] + dev_clients(rr), net='mixed-dev',
                tier_p=[0.05, 0.55, 0.4], reasoning_p=0.25, tools_fn=lambda rr: rr.choice(AGENT_TOOLS), gap=(5, 90))
    individuals(w, 'developer', 390, 10, 'dev', clients_fn=dev_clients, net='mixed-dev', tier_p=[0.45, 0.5, 0.05], reasoning_p=0.1,
                tools_fn=lambda rr: rr.choice(AGENT_TOOLS) if rr.random() < 0.25 else None)
    individuals(w, 'mobile-app-dev', 40, 25, 'casual', clients_fn=lambda rr: [Client(rr, rr.choice(['dart', 'java-okhttp', 'unity']))], net='mobile', tier_p=[0.1, 0.9, 0],
                system_fn=lambda rr: rr.choice(['You are Pip, a friendly pet-care helper inside the PawPal app.', 'You are the in-game guide for Starforge. Stay in character.', 'You help users plan meals. Be concise.']))
    individuals(w, 'researcher', 110, 13, 'research', clients_fn=lambda rr: browser_clients(rr, 1) + [Client(rr, rr.choice(['openai-py', 'anthropic-py', 'r-httr2', 'py-requests']))], reasoning_p=0.45)
    individuals(w, 'casual', 1000, 4, 'casual', pattern='evening', net='res')
    individuals(w, 'casual-mobile', 190, 4, 'casual', pattern='evening', net='mobile', clients_fn=lambda rr: [Client(rr, rr.choice(['ios-safari', 'android-chrome']))])
    individuals(w, 'vpn-user', 150, 6, 'casual', net='vpn', pattern='night')
    individuals(w, 'data-hobbyist', 55, 18, 'hobby-data', clients_fn=lambda rr: [Client(rr, rr.choice(['openai-py', 'py-requests', 'litellm', 'aiohttp']))], pattern='evening', tier_p=[0.2, 0.8, 0], net='mixed-dev')
    individuals(w, 'writer', 90, 11, 'writer', pattern='evening', reasoning_p=0.0)
    individuals(w, 'translator', 40, 15, 'writer', clients_fn=lambda rr: [Client(rr, rr.choice(['chrome', 'php-guzzle', 'openai-py']))], pattern='office',
                system_fn=lambda rr: 'Translate the user text into %s. Preserve formatting.' % rr.choice(['German', 'Japanese', 'Brazilian Portuguese', 'French', 'Korean']))

    # ---------------- attacks
    # OP1 tinsel: sloppy fleet harvesting agentic tool-use trajectories, IPv6 /64s
    camp = 'c-tinsel'
    cards = [w.card('tin%d' % i) for i in range(3)]
    doms = lookalike_domains(r, 7, ['outlook.com', 'yahoo.com', 'icloud.com'])
    nets6 = r.sample(w.N.dc6, 4)
    cl = Client(r, 'go')
    bursts = [w.start + timedelta(days=d, hours=r.uniform(0, 24)) for d in (-1, 3, 8, 9)]
    sysps = ['You are an agent with access to tools. Think before each call. After each observation, reason about the next step.',
             'Agent mode. Available tools are declared. Plan, act, observe, repeat. Explain your reasoning between actions.']
    for i in range(130):
        created = r.choice(bursts) + timedelta(minutes=r.uniform(0, 40))
        net6 = r.choice(nets6)
        ipf = lambda net6=net6: w.N.dc6ip(r, net6)
        a = atk_account(w, camp, 'ipv6-fleet', created=created, domain=r.choice(doms), card=r.choice(cards), signup_ip=ipf(), country='US', tier='build')
        jobs = []
        for _ in range(max(3, lognorm_count(r, 15, 0.35, 5, 35))):
            t = r.choice(C.toolformer)
            tool = t['instruction'].split('toolformer access:')[-1].split('\n')[0].strip() if 'toolformer access' in t['instruction'] else 'search'
            tools = [x.strip() for x in tool.split(',')] + r.sample(['calculator', 'python', 'http_get', 'file_read'], r.randint(0, 2))
            task = t['instruction'].split('\n')[-1] + (': ' + t['input'] if t['input'] else '')
            th = [(task, t['response'])]
            for k in range(r.randint(1, 3)):
                th.append((r.choice(['Observation: %s returned %d results. Continue.', 'Tool result received (%s, status ok, %d bytes). Next step?', 'Observation from %s: value=%d. Reason about it and proceed.']) % (tools[0], r.randint(1, 900)), 'Thought: the observation confirms the hypothesis. Action: ' + tools[-1] + '(...)'))
            jobs.append({'thread': th, 'tools': tools, 'system': r.choice(sysps), 'max_tokens': 3000, 'temperature': 0.2, 'stream': False})
        run_scripted(w, a, jobs, ipf, cl, per_session=(2, 6), gap_s=(0.2, 2), active_from=created, rl=0.09)

    # OP2 driftwood: careful maths harvest; each account has its own voice; distinct items across the op
    camp = 'c-driftwood'
    pool = list(range(len(C.gsm_train))); r.shuffle(pool); qi = 0
    for i in range(120):
        c = country_pick(r, {'US': 4, 'GB': 2, 'IN': 2, 'CA': 1, 'AU': 1, 'DE': 1, 'PH': 1, 'BR': 1, 'PL': 1})
        mobile = r.random() < 0.4 and c in MOBILE
        ips = [w.N.asn(r, *MOBILE[c]) for _ in range(4)] if mobile else res_ip_fn(w, c, 2)
        created = w.start - timedelta(days=r.uniform(60, 400))
        a = atk_account(w, camp, 'aged-voice', created=created, domain=r.choice(FREEMAIL[:14]), card=w.card('dw%d' % i), signup_ip=ips[0], country=c, tier=r.choice(['free', 'build', 'build']))
        cls = [Client(r, 'ios-safari' if r.random() < 0.5 else 'android-chrome')] if mobile else browser_clients(r, r.choice([1, 2]))
        voice = (r.choice(['', 'hi! ', 'ok so ', 'Hello, ', 'Quick one: ', 'help pls: ']), r.choice(['', ' how do I do this?', ' I keep getting a different answer than the book.', ' can you walk me through it', ' explain pls']),
                 r.choice(['lower', 'same']))
        fups = r.sample(['why did you multiply there and not add?', 'can you check it a different way to be sure?', 'what if the number in the first sentence were doubled?', 'explain the second step again more slowly',
                         'is there a shortcut?', 'write a similar problem and solve it too', 'ok and how would I explain this to a 10 year old?'], 3)
        jobs = []; sent = 0; n = lognorm_count(r, 40, 0.3, 18, 80)
        while sent < n:
            q = C.gsm_train[pool[qi]]; qi += 1
            qq = q['question'].lower() if voice[2] == 'lower' else q['question']
            th = [(voice[0] + qq + voice[1], synth_response(r, '', ref=gsm_clean(q['answer']), steps=True))]
            for f in fups[: r.choice([0, 1, 1, 2])]:
                th.append((f, synth_response(r, f)))
            jobs.append({'thread': th, 'model': r.choice(['vela-2-mini', 'vela-2-large']), 'temperature': None})
            sent += len(th)
        run_human(w, a, jobs, ips, cls, TZ[c], r.choice(['evening', 'day']), think=(45, 700))

    # OP3 prism: four sub-teams eliciting reasoning, some asking for it in other languages, 10-40% cover
    camp = 'c-prism'
    langs = ['Spanish', 'Simplified Chinese', 'Portuguese', 'Indonesian', 'Vietnamese']
    teams = [
        ('openai-java', lambda: w.N.asn(r, *CLOUD['azure']), 'US', 0.10,
         lambda rr, q: compose(rr, ['Reason carefully. ', 'Deliberate before answering. '], q, ['\nLay out your full thought process as numbered steps.', '\nWrite your inner monologue explicitly, then conclude.'])),
        ('curl', lambda: w.N.vpnip(r), 'GB', 0.2,
         lambda rr, q: compose(rr, q, '\n\n', ['Respond in %s. ' % rr.choice(langs), ''], ['Explain every inference you make on the way to the answer.', 'Think aloud; include rejected approaches and why they fail.'])),
        ('py-requests', lambda: w.N.asn(r, *RES[r.choice(['BR', 'AR'])]), 'BR', 0.3,
         lambda rr, q: compose(rr, ['Resolva passo a passo, ', 'Step-by-step please, ', 'Paso a paso: '], ['explaining the reasoning behind each step: ', 'justifying each move: '], q)),
        ('rust-reqwest', lambda: w.N.asn(r, *CLOUD['ovh']), 'FR', 0.4,
         lambda rr, q: compose(rr, ['## Problem\n', 'PROBLEM:\n'], q, ['\n## Required\nA long-form rationale (at least 300 words) followed by the answer.', '\nREQUIRED: detailed rationale, self-verification, final answer on its own line.'])),
    ]
    src = lambda rr: rr.choice([rr.choice(C.gsm_train)['question'], rr.choice(C.arena_other), rr.choice(C.mtbench)['turns'][0], rr.choice(C.gsm_test)['question']])
    for ti, (stack, ipf, c, cover, wrap) in enumerate(teams):
        for i in range(40):
            created = w.start - timedelta(days=r.uniform(5, 90))
            a = atk_account(w, camp, 'subteam-%d' % (ti + 1), created=created, domain=r.choice(FREEMAIL), card=w.card('pr%d-%d' % (ti, i)), signup_ip=ipf(), country=c, tier='build')
            cl = Client(r, stack)
            jobs = []
            for _ in range(lognorm_count(r, 40, 0.35, 15, 90)):
                if r.random() < cover:
                    turns = organic_item(w, r.choice(['casual', 'writer', 'dev']))
                    jobs.append({'prompt': turns[0][0], 'response': synth_response(r, turns[0][0], ref=turns[0][1])})
                else:
                    p = wrap(r, src(r))
                    jobs.append({'prompt': p, 'response': synth_response(r, p, length=2), 'out_tokens': r.randint(600, 2500), 'max_tokens': r.choice([4096, 8192]),
                                 'model': r.choice(['vela-2-large', 'vela-2-reason']), 'reasoning': r.randint(800, 6000) if r.random() < 0.4 else None})
            ipl = [ipf() for _ in range(r.randint(2, 5))]
            run_scripted(w, a, jobs, ipl, cl, per_session=(1, 6), gap_s=(10, 120), hours_pat='day', tz=TZ.get(c, 0), active_from=created, rl=0.02)

    # OP4 scales: pairwise preference + scalar reward labels from hh-rlhf pairs
    camp = 'c-scales'
    for i in range(80):
        created = w.start - timedelta(days=r.uniform(2, 30))
        ipl = [w.N.asn(r, *CLOUD[r.choice(['m247', 'datacamp'])]) for _ in range(r.randint(2, 5))]
        a = atk_account(w, camp, 'preference-labeller', created=created, domain=r.choice(['proton.me', 'tutanota.com', 'gmail.com', 'mailfence.com']), card=w.card('sc%d' % (i // 8)), signup_ip=ipl[0], country=r.choice(['NL', 'DE', 'US', 'RO']), tier='build')
        cl = Client(r, 'anthropic-py')
        jobs = []
        for _ in range(lognorm_count(r, 40, 0.3, 15, 80)):
            p = r.choice(C.hh_pairs)
            u = p['chosen'].split('\n\nHuman: ')[1].split('\n\nAssistant:')[0]
            x, y = p['chosen'].split('Assistant:')[-1].strip()[:900], p['rejected'].split('Assistant:')[-1].strip()[:900]
            if r.random() < 0.5:
                x, y = y, x
            pr = compose(r, ['Conversation context: ', 'A user wrote: ', 'User turn: '], u, '\n\n', ['Reply 1: ', 'Option X: '], x, '\n\n', ['Reply 2: ', 'Option Y: '], y, '\n\n',
                         ['Decide which reply a careful human rater would prefer. Explain the decision criterion by criterion, then give each reply a reward between -5 and 5.',
                          'Score both replies on helpfulness (1-10) and harmlessness (1-10), reason about trade-offs, and state the preferred one.',
                          'Produce a preference label and a rationale suitable for training a reward model.'])
            jobs.append({'prompt': pr, 'response': 'Preference: %s. %s' % (r.choice(['1', '2', 'X', 'Y']), r.choice(GENERIC_BODY)), 'temperature': 0.0, 'max_tokens': 1024, 'endpoint': '/v1/messages'})
        run_scripted(w, a, jobs, ipl, cl, per_session=(3, 10), gap_s=(2, 20), hours_pat='flat', active_from=created, rl=0.03)

    # OP5 hollow: bare items with extended thinking, dressed as small unverified companies on AWS
    camp = 'c-hollow'
    bare = [(p, None) for p in C.arena_code + C.arena_other] + [(he['prompt'], he['canonical_solution']) for he in C.humaneval] + [(q['question'], gsm_clean(q['answer'])) for q in C.gsm_test]
    for o in range(7):
        org = 'org_' + r.choice(['nimbus', 'argo', 'helix', 'quanta', 'ember', 'orbit', 'cinder']) + '-' + h('ho%d' % o, 4)
        ipl = [w.N.asn(r, *CLOUD['aws']) for _ in range(2)]
        card = w.card('ho%d' % o)
        t0 = w.start - timedelta(days=r.uniform(10, 60))
        for i in range(10):
            a = atk_account(w, camp, 'shell-org', created=t0 + timedelta(hours=r.uniform(0, 200)), domain=org[4:] + '.ai', card=card, signup_ip=ipl[0], country='US', tier='scale')
            w.accounts[-1]['org_id'] = org
            cl = Client(r, 'anthropic-ts')
            jobs = []
            for _ in range(lognorm_count(r, 40, 0.3, 15, 80)):
                p, ref = r.choice(bare)
                jobs.append({'prompt': p, 'response': synth_response(r, p, 'code', ref=ref), 'model': 'vela-2-reason', 'max_tokens': r.choice([64000, 48000]),
                             'reasoning': r.randint(4000, 30000), 'temperature': 1.0, 'endpoint': '/v1/messages', 'stream': True})
            run_scripted(w, a, jobs, ipl, cl, per_session=(1, 3), gap_s=(60, 400), hours_pat='office', tz=-5, active_from=a['created'], rl=0.02)

    # OP6 marionette: persona dialogue harvest through a fake mobile app
    camp = 'c-marionette'
    for i in range(40):
        c = r.choice(['PH', 'VN', 'IN', 'BR'])
        ips = [w.N.asn(r, *MOBILE[c]) for _ in range(5)]
        created = w.start - timedelta(days=r.uniform(15, 120))
        a = atk_account(w, camp, 'roleplay-app', created=created, domain=r.choice(FREEMAIL), card=w.card('mar%d' % (i // 4)), signup_ip=ips[0], country=c, tier='build')
        cl = [Client(r, 'dart', ua_override='Fable/%d.%d.%d (dart:io)' % (2, r.randint(0, 3), r.randint(0, 20)))]
        jobs = []; sent = 0; n = lognorm_count(r, 40, 0.3, 15, 80)
        while sent < n:
            g = r.choice(C.roleplay)
            sysp = compose(r, ['You are playing a character. ', 'Stay fully in role. ', 'Immersive role-play mode. '], ['Describe your inner thoughts in italics before speaking.', 'Reveal your reasoning about the scene before each reply.', 'Keep a consistent voice.'])
            th = [(g['instruction'] + (' ' + g['input'] if g['input'] else ''), g['response'])]
            for _ in range(r.randint(2, 5)):
                th.append((r.choice(['*leans in* And then what happened?', 'Tell me more about why you decided that.', 'What are you feeling right now?', 'Describe the next scene in detail.', 'How would another character react to this?', 'Continue the story; explain your motives.']), synth_response(r, '', length=1.5)))
            jobs.append({'thread': th, 'system': sysp, 'temperature': 0.9, 'max_tokens': 1500})
            sent += len(th)
        run_human(w, a, jobs, ips, cl, TZ[c], 'night', think=(15, 120))


def main():
    which = sys.argv[1]
    out = sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else (707 if which == '1' else 808)
    C = Corpora(); N = Net()
    if which == '1':
        w = World(seed, datetime(2026, 3, 2, tzinfo=timezone.utc), 18, C, N)
        world1(w)
        notes = read_notes('notes1.md')
    else:
        w = World(seed, datetime(2026, 4, 6, tzinfo=timezone.utc), 15, C, N)
        world2(w)
        notes = read_notes('notes2.md')
    print(w.write(out, 'Blind world E%s' % which, notes))


def read_notes(name):
    """The world's WORLD.md text: the author's notes beside the generator, or a pointer when they are not kept."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    if os.path.exists(path):
        return open(path).read()
    return 'Written blind from THREAT.md; the labels file names each operation and persona.\n'


if __name__ == '__main__':
    main()
