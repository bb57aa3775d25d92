"""Distillation operations. Every operation phrases its requests in its own words."""
import math, random
from lib import JA4, H, ja4, lognorm, wchoice
from world import Client
from organic import (Where, browser_client, sdk_client, general_item, casual_text, multi_turn_dialog, freemail,
                     COUNTRIES, turn_gap, cgnat_ip)

DISPOSABLE = ['tmpbox.net', 'mailnesia.com', 'sharklasers.com', 'yopmail.com', 'dropmail.me', 'inboxkitten.com',
              '1secmail.org', 'mail.tm', 'moakt.cc', 'tempr.email', 'emltmp.com', 'mailto.plus', 'fexpost.com']
LOOKALIKE = ['gmial.com', 'gmall.com', 'outlok.com', 'hotmai1.com', 'protonmail.co', 'yaho.com', 'icloud.co',
             'gmail.co', 'gamil.com', 'outlook.cm', 'hotmial.com']


def pick(r, *banks):
    return [r.choice(b) for b in banks]


def compose(r, parts, sep='\n\n'):
    return sep.join(p for p in parts if p)


def qty(r, mean, lo=6, sigma=.45):
    return max(lo, int(lognorm(r, mean, sigma)))


def rotate_residential(w, r, countries):
    c = wchoice(r, countries)
    return w.N.res_ip(r, c, .08)[0]


def random_ja4(r):
    """uTLS-style randomised ClientHello: extension set/order shuffled per session -> new JA4 each time."""
    nc = r.randint(13, 18)
    ne = r.randint(13, 18)
    return 't13d%02d%02dh2_%s_%s' % (nc, ne, r.choice(['8daaf6152771', '5b57614c22b0', 'a09f3c656075', H('rc%d' % r.randint(0, 5))]),
                                     '%012x' % r.getrandbits(48))


# =====================================================================================================
# 1. sloppy fleets
# =====================================================================================================
KESTREL = {
    'lead': ['', '', 'Problem:', 'Prompt:', 'Consider the following.', 'Task —', 'Here is the item.', 'INPUT:'],
    'demand': ['Before you answer, reason through it in numbered stages and show every intermediate inference.',
               'Lay out your full line of reasoning first, each step on its own line, and only then commit to a conclusion.',
               'Do not jump to the answer. Enumerate the considerations, weigh each one, and derive the result explicitly.',
               'Narrate your thought process in full detail, including anything you reconsider along the way.',
               'Think out loud: list what you know, what you need, and each deduction that connects them.',
               'Work through this methodically. I want the complete derivation, not a summary of it.',
               'Explain your reasoning exhaustively before giving the final response; assume the reader will audit every step.',
               'Show the entire chain of thought that leads to your answer, including rejected alternatives.'],
    'fmt': ['Finish with a line of the form FINAL: <answer>.', 'Close with "Conclusion:" followed by one sentence.',
            'Put the reasoning inside <trace></trace> and the result inside <result></result>.', 'Number every step. Last line: the answer only.',
            '', '', 'End with the answer in bold.'],
}

GULLWING = {
    'demand': ['Solve carefully. Put each arithmetic operation on its own line with a short justification, then state the number.',
               'Give a complete worked solution and explain why each operation is needed.',
               'Break the problem into sub-questions, answer each one, then combine them into the result.',
               'Provide a detailed solution, then verify the final value by substituting it back.',
               'Solve it, and then double-check the result using an independent method.',
               'Write out a step-by-step solution suitable for a teacher\'s answer key.',
               'Solve with full working. Identify the unknowns first, then the relations between them.'],
    'fmt': ['Final answer after ####.', 'Put the final answer in \\boxed{}.', 'Respond as JSON: {"steps": [...], "answer": <number>}.',
            'Last line: "Answer: <number>".', ''],
}


def op_sloppy(w, rng, camp, n, style, stack, providers, n_cards, bursts, per_acct, domains, countries=(('US', 5), ('GB', 1), ('CA', 1))):
    r0 = random.Random(rng.getrandbits(64))
    cards = [w.pay_fp(r0) for _ in range(n_cards)]
    # a small pool of proxy/VPS addresses shared by the fleet
    pool = []
    for p in providers:
        for _ in range(r0.randint(4, 9)):
            pool.append(w.N.cloud_ip(r0, p) if p != 'x4b' else w.N.cidr_ip(r0, w.N.dc4))
    if stack == 'aiohttp':
        cl = Client(w.S.ua(r0, 'aiohttp'), JA4['py_noalpn'], '/v1/chat/completions', stream=False, retry=False, name='aiohttp')
    else:
        cl = Client('Go-http-client/2.0', JA4['go'], '/v1/chat/completions', stream=False, retry=False, name='go')
    accts = []
    # sign-ups in bursts
    for (bt, bn) in bursts:
        t = bt
        for i in range(bn):
            if len(accts) >= n:
                break
            t += r0.uniform(8, 75)
            dom = r0.choice(domains)
            a = w.add_account(r0, 'fleet', 'attack', camp, created=t, email=dom, pay=r0.choice(cards) if r0.random() < .8 else None,
                              signup_ip=r0.choice(pool), country=wchoice(r0, list(countries)), tier='free' if r0.random() < .3 else 'build')
            if a.pay is None:
                a.tier = 'free'
            accts.append(a)
    items = []
    if style == 'kestrel':
        items = [('gen', x) for x in w.C.arena_other] + [('gen', x) for x in w.C.koala] + \
                [('math', q['question']) for q in w.C.gsm_train[:2500]] + [('code', x) for x in w.C.arena_code] + \
                [('gen', m['turns'][0]) for m in w.C.mtbench if m['category'] in ('reasoning', 'math', 'stem', 'humanities')]
    else:
        items = [('math', q['question']) for q in w.C.gsm_train]
    r0.shuffle(items)
    qi = 0
    for a in accts:
        r = a.rng
        start = max(a.created + r.uniform(300, 7200), w.t0 + r.uniform(0, 6 * 3600))
        nreq = qty(r, per_acct, 10, .35)
        t = start
        ip = r.choice(pool)
        done = 0
        while done < nreq and t < w.t1:
            # a batch: script loop with fixed sleep
            bsize = r.randint(4, 12)
            sleep = r.choice([20, 30, 45, 60])
            for b in range(bsize):
                kind, item = items[qi % len(items)]
                qi += 1
                if r.random() < .06:  # the queue sometimes re-serves items (restart after crash)
                    qi -= r.randint(1, 40)
                if style == 'kestrel':
                    lead, dem, fmt = pick(r, KESTREL['lead'], KESTREL['demand'], KESTREL['fmt'])
                    p = compose(r, [lead + (' ' if lead else ''), item, dem, fmt], '\n\n').replace(' \n\n', '\n')
                    w.req(a, t, p, cl, ip, kind='cot', mkind='reason' if r.random() < .5 else 'general', reasoning=True,
                          rkind='math' if kind == 'math' else ('code' if kind == 'code' else 'general'),
                          temperature=0.6, max_tokens=8192)
                else:
                    dem, fmt = pick(r, GULLWING['demand'], GULLWING['fmt'])
                    tag = '(job %d/%d) ' % (r.randint(100, 9999), r.randint(1, 60)) if r.random() < .08 else ''
                    p = tag + item + '\n\n' + dem + (' ' + fmt if fmt else '')
                    w.req(a, t, p, cl, ip, kind='math', out=420, mkind=r.choice(['reason', 'general']), reasoning=True, rkind='math',
                          temperature=r.choice([0.3, 0.5]), max_tokens=6000)
                t += sleep + r.uniform(0, 6)
                done += 1
                if done >= nreq:
                    break
            t += lognorm(r, 4 * 3600, .8)
            if r.random() < .3:
                ip = r.choice(pool)
    return accts


# =====================================================================================================
# 2. careful operations: aged accounts, own card, own residential line, human pacing, shared hidden work queue
# =====================================================================================================
MERIDIAN_OPEN = ['hey, stuck on this one —', 'Can you help me understand how to solve this?', 'My nephew brought this home and I\'m not sure how to explain it:',
                 'Quick sanity check on a word problem:', 'I\'m tutoring on Saturday and want to be ready for this kind of question.',
                 'How would you go about this?', 'Could you walk me through this problem?', 'This one from a practice sheet has me confused:',
                 '', '', 'ok here\'s one:', 'Working through some problems with my daughter.', 'I keep getting a different answer from the book.']
MERIDIAN_TAIL = ['', '', 'Please explain each step so I can follow along.', 'Go slowly, I want to understand the logic.',
                 'I\'d like to see how you think about it, not just the number.', 'What\'s the reasoning?', 'thanks!']
MERIDIAN_FOLLOW = ['Why did you divide there instead of multiplying?', 'Could you check it a different way, maybe working backwards?',
                   'Is there a faster way to see this?', 'What would change if the first number were doubled?',
                   'ok that makes sense. how would you explain it to a ten-year-old?', 'Hmm, I got {x}. Where did I go wrong?',
                   'Can you set it up as an equation instead?', 'Could you draw it as a table?', 'What\'s the most common mistake kids make on this?',
                   'Can you make up a similar problem and solve it too?', 'Is the answer definitely a whole number?', 'thanks — and can you double-check the last step?',
                   'Explain the second step again, more slowly.', 'What if we didn\'t know the total, could we still solve it?']

CINDER_OPEN = ['I\'m prepping for interviews — how would you solve this?', 'Been banging my head on this one:', 'For a study group I run:',
               'Can you help me work through this problem?', 'What\'s a clean way to do this?', 'Trying to get better at this kind of task.',
               '', '', 'Not homework, just practice.', 'I wrote something for this but it\'s ugly. How would you do it?', 'question for you:']
CINDER_TAIL = ['', 'Please explain your approach before the code.', 'Talk me through your thinking.', 'I care more about the reasoning than the code.',
               'Walk through why it\'s correct.', '']
CINDER_FOLLOW = ['What\'s the time complexity, and can it be improved?', 'Could you add a few unit tests?', 'How would this change if the input were streamed?',
                 'Explain the trickiest line.', 'Can you rewrite it in {lang}?', 'What edge cases would break a naive version?',
                 'Why not use recursion here?', 'Can you prove it terminates?', 'How would you test this in an interview setting, out loud?',
                 'Is there a more functional style?', 'What would a senior reviewer say about this?', 'Walk me through it with a small example input.']


def op_careful(w, rng, camp, n, domain, per_acct, countries, queue_name):
    r0 = random.Random(rng.getrandbits(64))
    if domain == 'math':
        pool = list(range(len(w.C.gsm_train)))
        r0.shuffle(pool)
        pool = [('m', i) for i in pool]
    else:
        pool = [('h', i) for i in range(len(w.C.humaneval))] + [('c', i) for i in range(len(w.C.codegen))] + \
               [('a', i) for i in range(len(w.C.arena_code))]
        r0.shuffle(pool)
    qpos = [0]
    accts = []
    for i in range(n):
        c = wchoice(r0, countries)
        where = Where(w, r0, c, v6p=.15, mobile_p=.1)
        created = w.t0 - r0.uniform(70, 300) * 86400
        a = w.add_account(r0, 'aged-solo', 'attack', camp, created=created, email=freemail(r0, c), pay=w.pay_fp(r0),
                          signup_ip=w.N.res_ip(r0, c)[0], country=c, tier=r0.choice(['build', 'build', 'free']))
        if a.tier == 'free' and r0.random() < .5:
            a.pay = None
        r = a.rng
        # per-session randomised or ordinary browser stacks
        mode = r.choice(['browser', 'browser', 'random', 'sdk'])
        base = browser_client(w, r, conv_ids=True)
        sysm = r.choice([None, None, None, 'You are a patient tutor.', 'Be thorough but friendly.'])
        nreq = qty(r, per_acct, 12, .3)
        made = 0
        days = w.active_days(r, .55, .4, a.tz)
        if not days:
            days = [r.randrange(w.days)]
        while made < nreq:
            d = r.choice(days)
            t = w.sample_time(r, r.choice(['evening', 'office', 'dev']), a.tz, day=d)
            if mode == 'random':
                cl = Client(base.ua if r.random() < .5 else w.S.ua(r, r.choice(['chrome_win', 'chrome_mac', 'firefox_win', 'safari_mac'])),
                            random_ja4(r), base.endpoint, True, False, True, name='utls')
            elif mode == 'sdk':
                cl = sdk_client(w, r, 'py')
                cl.conv_ids = r.random() < .5
            else:
                cl = base
            ip = where.at(t)
            cv = w.conv(r)
            if qpos[0] >= len(pool):
                qpos[0] = 0  # (pool exhausted: never happens at these sizes)
            src, idx = pool[qpos[0]]
            qpos[0] += 1
            if src == 'm':
                q = w.C.gsm_train[idx]['question']
                o, tail = pick(r, MERIDIAN_OPEN, MERIDIAN_TAIL)
                p = compose(r, [o, q, tail], r.choice(['\n\n', ' ', '\n']))
                follows = MERIDIAN_FOLLOW
                kind, rk = 'cot', 'math'
            else:
                if src == 'h':
                    q = w.C.humaneval[idx]['prompt']
                elif src == 'c':
                    cg = w.C.codegen[idx]
                    q = cg['instruction'] + ('\n' + cg['input'] if cg['input'] else '')
                else:
                    q = w.C.arena_code[idx]
                o, tail = pick(r, CINDER_OPEN, CINDER_TAIL)
                p = compose(r, [o, q, tail], r.choice(['\n\n', '\n']))
                follows = CINDER_FOLLOW
                kind, rk = 'code', 'code'
            nt = min(nreq - made, wchoice(r, [(1, 2), (2, 4), (3, 4), (4, 2), (5, 1)]))
            fl = r.sample(follows, min(len(follows), nt))
            mk = r.choice(['reason', 'general', 'reason'])
            for j in range(nt):
                pp = p if j == 0 else fl[j - 1].replace('{x}', str(r.randint(3, 300))).replace('{lang}', r.choice(['Go', 'Rust', 'TypeScript', 'Java', 'C++']))
                w.req(a, t, pp, cl, ip, system=sysm, conv=cv, kind=kind if j == 0 else 'explain', mkind=mk, reasoning=True, rkind=rk,
                      temperature=r.choice([None, None, 0.7, 1.0]))
                made += 1
                t += turn_gap(r) * r.uniform(1, 3)
        accts.append(a)
    return accts


# =====================================================================================================
# 3. operations split into sub-teams (different stacks & networks) with cover traffic
# =====================================================================================================
FOUNDRY_T1 = {'head': ['Implement the function below.', 'Complete this function.', 'Write the body for the following.',
                       'Provide a full implementation of this.', 'Fill in the implementation.'],
              'after': ['After the code, give (1) the core idea, (2) the time and space complexity, (3) the edge cases you handled.',
                        'Then explain the algorithm line by line.', 'Follow the code with a derivation of why it is correct.',
                        'Include a short proof of correctness and a complexity analysis.', 'Explain every design decision you made.']}
FOUNDRY_T2_SYS = ['You are an autonomous engineering agent in a sandboxed repository. Plan, call tools, observe results, and iterate until the task is verifiably complete. Think carefully before each tool call and explain your plan.',
                  'Autonomous coding agent. You have shell and file tools in an isolated container. Reason about the next action, act with one tool call, read the observation, repeat. Finish only when tests pass.']
FOUNDRY_T2_TOOLS = [['shell', 'open_file', 'str_replace', 'create_file', 'run_tests', 'search'],
                    ['shell', 'open_file', 'str_replace', 'create_file', 'run_tests']]
FOUNDRY_T2_OBS = ['OBSERVATION:\n$ python -m pytest -x\nE   AssertionError: expected 8, got 7\n1 failed, 6 passed',
                  'OBSERVATION:\nfile created: solution.py (41 lines)', 'OBSERVATION:\n$ ls\nsolution.py  tests/  README.md',
                  'OBSERVATION:\n$ python -m pytest\n7 passed in 0.08s', 'OBSERVATION:\nreplacement applied at line 17',
                  'OBSERVATION:\nTraceback (most recent call last):\n  File "solution.py", line 12\nTypeError: unsupported operand type(s) for +: \'int\' and \'str\'',
                  'OBSERVATION:\nsearch results: 0 matches', 'OBSERVATION:\n$ node test.js\nAll 5 cases OK']
FOUNDRY_T3 = {'head': ['First explain in plain words how you would approach the following, then give a complete, runnable implementation with comments.',
                       'Describe your approach step by step, then write the code.', 'Reason about the problem before coding: what are the inputs, outputs, invariants? Then implement.',
                       'Think through the design first and then produce a working solution with explanation.'],
              'lang': ['', '', 'Use Python.', 'Use JavaScript.', 'Use Go.', 'Use Rust.', 'Use C++.', 'Use Java.']}


def cover_request(w, a, r, t, cl, ip):
    p, kind = general_item(w, r)
    if r.random() < .5:
        p = casual_text(w, r, p)
    w.req(a, t, p, cl, ip, kind=kind, mkind=r.choice(['general', 'cheap']), temperature=r.choice([None, 0.7, 1.0]))


def op_foundry(w, rng, camp, teams, per_acct):
    """coding & agentic harvest in three sub-teams"""
    r0 = random.Random(rng.getrandbits(64))
    accts = []
    code_items = [('h', i) for i in range(len(w.C.humaneval))] + [('c', i) for i in range(len(w.C.codegen))]
    r0.shuffle(code_items)
    qi = [0]

    def next_item(r):
        src, i = code_items[qi[0] % len(code_items)]
        qi[0] += 1
        if src == 'h':
            return w.C.humaneval[i]['prompt'], 'h'
        c = w.C.codegen[i]
        return c['instruction'] + ('\n' + c['input'] if c['input'] else ''), 'c'

    for team in teams:
        tn, n, cover = team['name'], team['n'], team['cover']
        cards = [w.pay_fp(r0) for _ in range(team.get('cards', 10))]
        for i in range(n):
            c = wchoice(r0, team.get('countries', COUNTRIES))
            created = w.t0 - r0.uniform(*team.get('age', (3, 40))) * 86400
            a = w.add_account(r0, tn, 'attack', camp, created=created, email=freemail(r0, c) if r0.random() < .8 else r0.choice(LOOKALIKE),
                              pay=r0.choice(cards), signup_ip=None, country=c, tier='build')
            r = a.rng
            # network
            if team['net'] == 'vps':
                ips = [w.N.cloud_ip(r, r.choice(team['providers'])) for _ in range(r.randint(1, 3))]
                ipf = lambda t, r=r, ips=ips: r.choice(ips)
            elif team['net'] == 'resi':
                ipf = lambda t, r=r, pc=team['proxy_countries']: rotate_residential(w, r, pc)
            else:  # mobile 4G proxy farm
                ipf = lambda t, r=r, pc=team['proxy_countries']: cgnat_ip(w, r, wchoice(r, pc))
            a.signup_ip = ipf(created)
            # stack
            st = team['stack']
            if st == 'openai_js':
                cl = Client(w.S.ua(r, 'openai_js'), JA4['node20'], '/v1/chat/completions', stream=True, retry=True, name=st)
            elif st == 'go_agent':
                cl = Client('Go-http-client/2.0' if r.random() < .7 else 'Go-http-client/1.1', JA4['go'], '/v1/messages', stream=False, retry=False, conv_ids=True, name=st)
            else:
                cl = Client(w.S.ua(r, 'anthropic_py'), JA4['py_ossl30'], '/v1/messages', stream=False, retry=True, name=st)
            nreq = qty(r, per_acct * team.get('mult', 1), 10, .4)
            made = 0
            tz = team.get('tz', 8)
            while made < nreq:
                t = w.sample_time(r, team.get('profile', 'office'), tz, weekend_factor=.5, lo=max(w.t0, a.created))
                ip = ipf(t)
                if r.random() < cover:
                    cover_request(w, a, r, t, cl, ip)
                    made += 1
                    continue
                if team['kind'] == 't1':
                    item, src = next_item(r)
                    h, af = pick(r, FOUNDRY_T1['head'], FOUNDRY_T1['after'])
                    p = h + '\n\n' + item + '\n\n' + af if r.random() < .7 else item + '\n\n' + h + ' ' + af
                    for b in range(r.randint(1, 4)):
                        w.req(a, t, p, cl, ip, kind='code', out=850, mkind=r.choice(['code', 'reason']), reasoning=True, rkind='code',
                              temperature=r.choice([0.2, 0.4]), max_tokens=r.choice([4096, 8192]))
                        made += 1
                        t += lognorm(r, 25, .4)
                        if b < 3:
                            item, src = next_item(r)
                            h, af = pick(r, FOUNDRY_T1['head'], FOUNDRY_T1['after'])
                            p = h + '\n\n' + item + '\n\n' + af
                elif team['kind'] == 't2':
                    item, src = next_item(r)
                    sysm = r.choice(FOUNDRY_T2_SYS)
                    tools = r.choice(FOUNDRY_T2_TOOLS)
                    cv = w.conv(r, 'run-')
                    nt = r.randint(4, 11)
                    first = r.choice(['Repository task: {x}\nCreate the implementation in an appropriate file, add tests, run them, and fix any failures.',
                                      'TASK\n{x}\n\nWork in the sandbox. Write code and tests; finish when the test suite is green.',
                                      'Goal: {x}\nConstraints: standard library only; include unit tests; verify by running them.']).replace('{x}', item)
                    for j in range(nt):
                        p = first if j == 0 else r.choice(FOUNDRY_T2_OBS)
                        w.req(a, t, p, cl, ip, system=sysm, conv=cv, tools=tools, kind='agent', out=r.choice([220, 380, 600]),
                              mkind='code', reasoning=True, rkind='light', max_tokens=16384, temperature=None)
                        made += 1
                        t += lognorm(r, 9, .5)
                else:
                    item, src = next_item(r)
                    h, lg = pick(r, FOUNDRY_T3['head'], FOUNDRY_T3['lang'])
                    p = compose(r, [h, lg, item]) if r.random() < .6 else compose(r, [item, h + (' ' + lg if lg else '')])
                    w.req(a, t, p, cl, ip, kind='code', out=900, mkind='general', reasoning=r.random() < .7, rkind='code',
                          max_tokens=r.choice([4096, 8000]), temperature=r.choice([None, 0.5]))
                    made += 1
            accts.append(a)
    return accts


BRACKISH_T1 = ['Answer the question below. Before answering, write out the reasoning you would use, covering each relevant factor, in prose paragraphs.',
               'I need a response that makes its reasoning fully visible: state assumptions, walk through the logic, then answer.',
               'Reply in two parts. PART 1 — your reasoning, thorough and explicit. PART 2 — the answer.',
               'Explain how you arrive at the answer as if writing a worked example for a textbook, then give the answer.',
               'Respond with a careful, stepwise analysis followed by a concise final answer.']
BRACKISH_T2 = ['Work this problem from first principles; every operation explained.', 'Full solution please, with a check at the end.',
               'Solve. Show the intermediate quantities with labels (e.g. "cost per item = ...").', 'Give two different solution paths and confirm they agree.',
               'Present the solution as numbered steps, then the final value on its own line.']
BRACKISH_T3 = ['Rate the answer below from 1 to 10 and justify the score in detail.', 'Is the following answer correct? Explain precisely why or why not, then score it 0-5.',
               'Act as a strict grader. Identify each error in the response and assign a grade.', 'Critique this response: correctness, completeness, clarity. Score each 1-5.']


def op_brackish(w, rng, camp, teams, per_acct):
    """reasoning + maths + grading in three sub-teams (W2)"""
    r0 = random.Random(rng.getrandbits(64))
    accts = []
    gsm = list(range(len(w.C.gsm_train)))
    r0.shuffle(gsm)
    arena = list(w.C.arena_other) + [m['turns'][0] for m in w.C.mtbench] + list(w.C.koala)
    r0.shuffle(arena)
    cnt = {'g': 0, 'a': 0}
    for team in teams:
        cards = [w.pay_fp(r0) for _ in range(team.get('cards', 10))]
        for i in range(team['n']):
            c = wchoice(r0, team['countries'])
            created = w.t0 - r0.uniform(*team['age']) * 86400
            a = w.add_account(r0, team['name'], 'attack', camp, created=created, email=freemail(r0, c), pay=r0.choice(cards) if cards else w.pay_fp(r0),
                              signup_ip=None, country=c, tier=r0.choice(['build', 'build', 'free']))
            r = a.rng
            if team['net'] == 'aws':
                ips = [w.N.cloud_ip(r, 'aws') for _ in range(2)]
                ipf = lambda t, r=r, ips=ips: r.choice(ips)
                cl = Client(w.S.ua(r, 'openai_py'), JA4['py_ossl3x'], '/v1/chat/completions', stream=False, retry=True)
            elif team['net'] == 'hetzner6':
                ip6 = w.N.cloud_ip(r, 'hetzner', v6=True)
                ipf = lambda t, r=r, ip6=ip6: w.N.subnet_ip(r, ip6)
                cl = Client(None if r.random() < .7 else 'reqwest/0.12.9', JA4['rustls'], '/v1/messages', stream=True, retry=False)
            else:
                ipf = lambda t, r=r, pc=team['proxy_countries']: rotate_residential(w, r, pc)
                cv_ = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/%d.0.0.0 Safari/537.36' % (w.S.chrome - 1) \
                    if r.random() < .3 else w.S.ua(r, 'chrome_linux')
                cl = Client(cv_, JA4['chrome'], '/v1/chat/completions', stream=True, retry=False, conv_ids=True)
            a.signup_ip = ipf(created)
            nreq = qty(r, per_acct, 10, .4)
            made = 0
            while made < nreq:
                t = w.sample_time(r, team['profile'], team['tz'], lo=max(a.created, w.t0))
                ip = ipf(t)
                if r.random() < team['cover']:
                    cover_request(w, a, r, t, cl, ip)
                    made += 1
                    continue
                for b in range(r.randint(1, 3)):
                    if team['kind'] == 't1':
                        q = arena[cnt['a'] % len(arena)]
                        cnt['a'] += 1
                        p = r.choice(BRACKISH_T1) + '\n\n' + q if r.random() < .6 else q + '\n\n' + r.choice(BRACKISH_T1)
                        w.req(a, t, p, cl, ip, kind='cot', out=800, mkind='reason', reasoning=True, rkind='general', temperature=0.7, max_tokens=12000)
                    elif team['kind'] == 't2':
                        q = w.C.gsm_train[gsm[cnt['g'] % len(gsm)]]['question']
                        cnt['g'] += 1
                        w.req(a, t, q + '\n\n' + r.choice(BRACKISH_T2), cl, ip, kind='math', out=450, mkind='reason', reasoning=True, rkind='math',
                              max_tokens=r.choice([8192, 16000]), temperature=None)
                    else:
                        qq = w.C.gsm_train[gsm[-1 - (cnt['g'] % len(gsm))]]
                        cnt['g'] += 1
                        ans = w.C.gsm_clean(qq['answer'])
                        if r.random() < .5:  # corrupt the final number
                            ans = ans.rsplit('Answer:', 1)[0] + 'Answer: %d' % r.randint(1, 999)
                        p = r.choice(BRACKISH_T3) + '\n\nQuestion: ' + qq['question'] + '\n\nAnswer under review:\n' + ans
                        w.req(a, t, p, cl, ip, kind='judge', mkind='general', reasoning=r.random() < .5, rkind='judge', temperature=0)
                    made += 1
                    t += lognorm(r, 40, .6)
            accts.append(a)
    return accts


# =====================================================================================================
# 4. rubric grading / judge harvest
# =====================================================================================================
TRIBUNAL_HEAD = ['Evaluate the candidate response against the criteria below.', 'You are grading a model output.',
                 'Assess the following answer as an expert reviewer would.', 'Score this response using the rubric.',
                 'Review the submission and grade it.']
TRIBUNAL_CRIT = [['correctness', 'rigor', 'clarity'], ['accuracy', 'completeness', 'helpfulness', 'concision'],
                 ['factuality', 'reasoning quality', 'instruction following'], ['correctness', 'efficiency', 'readability', 'robustness']]
TRIBUNAL_OUT = ['Return JSON: {{"scores": {{{c}}}, "rationale": "<one paragraph per criterion>", "overall": <1-10>}}',
                'For each of {c}: give a score 1-10 and a two-sentence justification. Then an overall verdict.',
                'Output a markdown table with columns criterion | score (1-10) | evidence, covering {c}. Then a final score.',
                'Think through the strengths and weaknesses first, then output scores for {c} on a 1-5 scale.']


def op_tribunal(w, rng, camp, n, per_acct, cards_n, clouds, domains):
    r0 = random.Random(rng.getrandbits(64))
    cards = [w.pay_fp(r0) for _ in range(cards_n)]
    egress = []
    for cp in clouds:
        b = w.N.cloud_ip(r0, cp)
        egress += [b] + [w.N.subnet_ip(r0, b) for _ in range(5)]
    accts = []
    for i in range(n):
        created = w.t0 - r0.uniform(14, 45) * 86400
        a = w.add_account(r0, 'grader', 'attack', camp, created=created, email=r0.choice(domains), pay=r0.choice(cards),
                          signup_ip=r0.choice(egress), country=r0.choice(['US', 'US', 'SG', 'GB', 'HK' if False else 'TW']), tier='build')
        r = a.rng
        cl = Client(w.S.ua(r, 'anthropic_js'), JA4[r.choice(['node20', 'node22'])], '/v1/messages', stream=False, retry=True, name='anthropic_js')
        nreq = qty(r, per_acct, 10, .35)
        t = max(w.t0, a.created) + r.uniform(0, 2 * 86400)
        for k in range(nreq):
            x = r.random()
            if x < .45:
                q = r.choice(w.C.gsm_train)
                ans = w.C.gsm_clean(q['answer'])
                if r.random() < .45:
                    ans = ans.rsplit('Answer:', 1)[0] + 'Answer: %d' % r.randint(1, 500)
                task, resp = q['question'], ans
            elif x < .75:
                c = r.choice(w.C.codegen)
                task, resp = c['instruction'] + ('\n' + c['input'] if c['input'] else ''), c['response']
            else:
                c = r.choice(w.C.roleplay)
                task, resp = c['instruction'], c['response']
            crit = r.choice(TRIBUNAL_CRIT)
            cs = ', '.join(crit)
            out = r.choice(TRIBUNAL_OUT).replace('{c}', cs).replace('{{', '{').replace('}}', '}')
            p = '%s\n\n[TASK]\n%s\n\n[RESPONSE]\n%s\n\n%s' % (r.choice(TRIBUNAL_HEAD), task, resp, out)
            if r.random() < .3:
                p = p.replace('[TASK]', '## Task').replace('[RESPONSE]', '## Candidate answer')
            w.req(a, t, p, cl, r.choice(egress), kind='judge', mkind='general', reasoning=r.random() < .6, rkind='judge', temperature=0,
                  max_tokens=r.choice([1024, 2048]))
            t += lognorm(r, 1800, 1.3)
            if t > w.t1:
                t = w.t0 + r.uniform(0, w.t1 - w.t0)
        accts.append(a)
    return accts


LEDGER_HEAD = ['Below is a conversation and two candidate assistant replies.', 'Compare the two replies to the final user message.',
               'Two assistants answered the same user. Judge them.', 'Here is a dialogue followed by responses A and B.']
LEDGER_ASK = ['Which reply is more helpful while staying harmless? Explain your judgement in detail, then answer "A" or "B".',
              'Rate each reply 1-7 for helpfulness, honesty and harmlessness, justify each rating, and state which you prefer.',
              'Identify any harmful content in either reply, explain the risk, and pick the safer yet still useful one.',
              'Write a careful critique of both replies, then output a preference with a confidence from 0 to 1.',
              'Which response would a thoughtful, safety-conscious expert prefer, and why? End with PREFERRED: A or PREFERRED: B.']


def op_ledger(w, rng, camp, n, per_acct, signup_cloud, proxy_countries):
    """pairwise preference / harmlessness judgements over hh-style dialogues (W2)"""
    r0 = random.Random(rng.getrandbits(64))
    sb = w.N.cloud_ip(r0, signup_cloud)
    accts = []
    order = list(range(len(w.C.hh)))
    r0.shuffle(order)
    qi = 0
    for i in range(n):
        c = wchoice(r0, proxy_countries)
        created = w.t0 - r0.uniform(20, 90) * 86400
        a = w.add_account(r0, 'pref-judge', 'attack', camp, created=created, email=freemail(r0, c), pay=w.pay_fp(r0),
                          signup_ip=w.N.subnet_ip(r0, sb), country=c, tier='build')
        r = a.rng
        cl = browser_client(w, r) if r.random() < .5 else sdk_client(w, r, 'py')
        nreq = qty(r, per_acct, 10, .35)
        made = 0
        while made < nreq:
            t = w.sample_time(r, 'dev', w.tz_for(r, c), lo=max(a.created, w.t0))
            ip = rotate_residential(w, r, proxy_countries)
            for b in range(r.randint(1, 5)):
                d = w.C.hh[order[qi % len(order)]]
                qi += 1
                convo = '\n'.join('User: %s' % h for h in d['humans'])
                A, B = (d['chosen'], d['rejected']) if r.random() < .5 else (d['rejected'], d['chosen'])
                p = '%s\n\n%s\n\n[A]\n%s\n\n[B]\n%s\n\n%s' % (r.choice(LEDGER_HEAD), convo, A, B, r.choice(LEDGER_ASK))
                w.req(a, t, p, cl, ip, kind='judge', out=380, mkind=r.choice(['general', 'reason']), reasoning=r.random() < .5, rkind='judge',
                      temperature=r.choice([0, 0, 0.3]))
                made += 1
                t += lognorm(r, 70, .6)
        accts.append(a)
    return accts


# =====================================================================================================
# 5. bulk instruction generation (self-instruct style)
# =====================================================================================================
SPROUT_GEN = ['I\'m assembling a varied set of assistant tasks. Produce {k} new tasks that differ from the examples below in topic, verb and format. For each give an instruction, an optional input, and an ideal output.',
              'Here are a few example tasks. Invent {k} more in the same spirit but covering different skills (classification, rewriting, open QA, brainstorming, extraction). Include a high-quality answer for each.',
              'Write {k} fresh instruction/input/output triples. Avoid repeating any verb. Keep inputs realistic and under 80 words.',
              'Using the samples as a style reference only, create {k} diverse tasks a user might give an AI assistant, each with a model answer.']
SPROUT_FMT = ['Return JSON lines with keys instruction, input, output.', 'Format: ### Task n / Instruction: / Input: / Output:',
              'Output a JSON array.', 'Use YAML with fields instruction, input, output.']
SPROUT_ANSWER = ['Respond to the following as an excellent assistant would.', 'Give the best possible response to this request.',
                 'Write an ideal, complete answer.', 'Answer this thoroughly and well.', '']


def op_sprout(w, rng, camp, n, per_acct, stacks, network='vpn'):
    r0 = random.Random(rng.getrandbits(64))
    accts = []
    plat = w.__dict__.get('_platform')
    for i in range(n):
        created = r0.uniform(w.t0 - 3 * 86400, w.t0 + (w.t1 - w.t0) * .7)
        c = wchoice(r0, COUNTRIES)
        if network == 'vpn':
            exits = [w.N.cidr_ip(r0, w.N.vpn4) for _ in range(r0.randint(3, 8))]
        else:
            exits = plat['ips']
        a = w.add_account(r0, 'bulk-gen', 'attack', camp, created=created, email=freemail(r0, c), pay=None if r0.random() < .75 else w.pay_fp(r0),
                          signup_ip=r0.choice(exits) if network == 'vpn' else w.N.res_ip(r0, c)[0], country=c,
                          tier='free')
        if a.pay:
            a.tier = 'build'
        r = a.rng
        st = r.choice(stacks)
        if network == 'platform':
            cl = Client(plat['ua'], plat['ja4'], '/v1/chat/completions', stream=False, retry=True, name='platform')
        elif st == 'curl':
            cl = Client(w.S.ua(r, 'curl'), JA4['curl_ossl'], '/v1/chat/completions', stream=False, retry=False)
        else:
            cl = Client(w.S.ua(r, 'requests'), JA4['py_ossl30'], '/v1/chat/completions', stream=False, retry=False)
        nreq = qty(r, per_acct, 8, .4)
        t = max(created, w.t0) + r.uniform(60, 3600)
        made = 0
        while made < nreq and t < w.t1:
            ip = r.choice(exits)
            for b in range(r.randint(2, 8)):
                if r.random() < .45:
                    ex = r.sample(w.C.seed_tasks, r.randint(2, 4))
                    exs = '\n\n'.join('Instruction: %s\nInput: %s\nOutput: %s' % (e['instruction'], e['instances'][0]['input'] or '(none)',
                                                                            e['instances'][0]['output']) for e in ex)
                    k = r.choice([8, 10, 12, 15, 20])
                    p = r.choice(SPROUT_GEN).replace('{k}', str(k)) + '\n\n' + exs + '\n\n' + r.choice(SPROUT_FMT)
                    w.req(a, t, p, cl, ip, kind='gen', mkind=r.choice(['general', 'general', 'cheap']), temperature=1.0,
                          max_tokens=r.choice([4000, 6000, 8000]))
                else:
                    src = r.random()
                    if src < .4:
                        g = r.choice(w.C.roleplay)
                    elif src < .7:
                        g = r.choice(w.C.toolformer)
                    else:
                        g = r.choice(w.C.codegen)
                    instr = g['instruction'] + (('\n\nInput: ' + g['input']) if g['input'] else '')
                    h = r.choice(SPROUT_ANSWER)
                    p = (h + '\n\n' + instr) if h else instr
                    w.req(a, t, p, cl, ip, kind='long', mkind='general', temperature=0.7, max_tokens=r.choice([None, 2048]))
                made += 1
                t += r.uniform(3, 25)
            t += lognorm(r, 6 * 3600, 1)
        accts.append(a)
    return accts


SEEDBANK_GEN = ['Imagine {k} different people using a {app}. For each, write the exact message they would send to an AI assistant, then the ideal assistant reply.',
                'Create {k} realistic user requests for a {app}, spanning beginner to expert, each followed by an exemplary answer.',
                'Generate a mini-dataset: {k} diverse prompts a {app} user might type, with gold-standard responses. Vary length and tone.',
                'List {k} tasks someone could ask a {app} assistant to do, then complete each task as well as you can.']
SEEDBANK_APPS = ['recipe app', 'personal finance app', 'language-learning app', 'fitness tracker', 'travel planner', 'code review bot',
                 'legal aid chatbot', 'customer support widget', 'study helper for high school', 'email client', 'spreadsheet tool',
                 'photography forum', 'home repair guide', 'job search site', 'mental wellness journal', 'music theory tutor']


def op_seedbank(w, rng, camp, n, per_acct):
    """bulk instruction generation that hides behind a no-code automation platform's egress and stack (W2)"""
    r0 = random.Random(rng.getrandbits(64))
    plat = w.__dict__['_platform']
    accts = []
    cards = [w.pay_fp(r0) for _ in range(n // 3)]
    for i in range(n):
        c = wchoice(r0, COUNTRIES)
        created = w.t0 - r0.uniform(5, 60) * 86400
        a = w.add_account(r0, 'platform-gen', 'attack', camp, created=created, email=freemail(r0, c), pay=r0.choice(cards),
                          signup_ip=rotate_residential(w, r0, [(c, 1)]), country=c, tier='build')
        r = a.rng
        cl = Client(plat['ua'], plat['ja4'], '/v1/chat/completions', stream=False, retry=True, name='platform')
        nreq = qty(r, per_acct, 10, .4)
        period = r.choice([1800, 3600, 7200])
        t = w.t0 + r.uniform(0, 86400 * 3)
        made = 0
        while made < nreq and t < w.t1:
            if r.random() < .5:
                k = r.choice([10, 12, 15, 20, 25])
                p = r.choice(SEEDBANK_GEN).replace('{k}', str(k)).replace('{app}', r.choice(SEEDBANK_APPS))
                w.req(a, t + r.uniform(0, 30), p, cl, r.choice(plat['ips']), system='You are a helpful assistant that follows the user\'s instructions exactly.',
                      kind='gen', mkind='general', temperature=1.0, max_tokens=8000)
                made += 1
            t += period * r.uniform(.9, 1.1)
        accts.append(a)
    return accts


# =====================================================================================================
# 6. capability-taxonomy sweeps
# =====================================================================================================
ATLAS_DOMAINS = ['organic chemistry', 'maritime law', 'epidemiology', 'compiler design', 'medieval history', 'macroeconomics', 'music theory',
                 'structural engineering', 'contract negotiation', 'number theory', 'plant biology', 'cryptography', 'tax accounting',
                 'linguistics', 'astrophysics', 'ethics', 'supply chain', 'pharmacology', 'urban planning', 'game theory', 'geology',
                 'distributed systems', 'clinical psychology', 'poetry', 'probability', 'robotics', 'philosophy of mind', 'immunology']
ATLAS_SKILLS = ['analogical reasoning', 'counterfactual reasoning', 'multi-step deduction', 'estimation', 'error diagnosis',
                'explaining to a novice', 'summarising a dense argument', 'designing an experiment', 'critiquing a flawed argument',
                'planning under constraints', 'quantitative reasoning', 'writing persuasive prose', 'code synthesis', 'ethical trade-offs']
ATLAS_LEVEL = ['introductory', 'intermediate', 'advanced', 'expert']
ATLAS_TPL = ['Domain: {d}. Skill: {s}. Level: {l}. Write a challenging task in this domain that exercises this skill, then solve it completely, showing your reasoning.',
             'Create one {l}-level problem in {d} that requires {s}. Then provide a model solution with every step explained.',
             'Compose a question testing {s} within {d} at {l} difficulty, followed by an exemplary, thoroughly reasoned answer.',
             'In the area of {d}, pose a task that demands {s} ({l}). Answer it as an expert would, making the reasoning explicit.']
LATTICE_AXES = {'field': ['tort law', 'thermodynamics', 'Bayesian statistics', 'operating systems', 'Renaissance art', 'cell biology', 'monetary policy',
                          'graph algorithms', 'phonology', 'aerodynamics', 'corporate finance', 'neuroscience', 'rhetoric', 'hydrology', 'combinatorics',
                          'database internals', 'criminology', 'virology', 'marketing strategy', 'quantum mechanics'],
                'op': ['derive', 'debug', 'compare', 'prove', 'estimate', 'teach', 'critique', 'plan', 'translate between notations', 'generalise'],
                'form': ['an essay', 'a worked example', 'a step-by-step derivation', 'a Socratic dialogue', 'a table plus commentary', 'code with explanation']}
LATTICE_TPL = ['{field} / {op} / {form}: set yourself a hard task where you must {op} something in {field}, and deliver it as {form}. Reason carefully throughout.',
               'Task family [{field} x {op}]. Produce {form} in which you {op} a non-trivial idea from {field}. Make all reasoning explicit.',
               'For {field}: demonstrate the ability to {op}. Output format: {form}. Be rigorous and complete.']


def op_taxonomy(w, rng, camp, n, per_acct, variant, start_after=None):
    r0 = random.Random(rng.getrandbits(64))
    accts = []
    if variant == 'atlas':
        grid = [(d, s, l) for d in ATLAS_DOMAINS for s in ATLAS_SKILLS for l in ATLAS_LEVEL]
    else:
        grid = [(f, o, fm) for f in LATTICE_AXES['field'] for o in LATTICE_AXES['op'] for fm in LATTICE_AXES['form']]
    r0.shuffle(grid)
    gi = 0
    cards = [w.pay_fp(r0) for _ in range(max(3, n // 4))]
    for i in range(n):
        if variant == 'atlas':
            c = r0.choice(['IN', 'ID', 'US', 'VN', 'PH'])
            created = w.t0 - r0.uniform(1, 25) * 86400
        else:
            c = r0.choice(['SG', 'US', 'MY' if False else 'TH', 'JP'])
            created = (start_after or w.t0) - r0.uniform(2, 30) * 86400
        a = w.add_account(r0, 'sweeper', 'attack', camp, created=created, email=freemail(r0, c), pay=r0.choice(cards),
                          signup_ip=None, country=c, tier='build')
        r = a.rng
        if variant == 'atlas':
            # phone-farm 4G proxies, Android app UA, but a python TLS stack underneath
            ipf = lambda r=r: cgnat_ip(w, r, r.choice(['IN', 'ID', 'VN', 'PH', 'US']))
            cl = Client(w.S.ua(r, 'okhttp'), JA4['py_ossl30'], '/v1/chat/completions', stream=False, retry=False, name='okhttp-ua/python-tls')
        else:
            prov = r.choice(['alibaba', 'tencent', 'huawei'])
            ips = [w.N.cloud_ip(r, prov) for _ in range(2)]
            ipf = lambda r=r, ips=ips: r.choice(ips)
            cl = Client(w.S.ua(r, 'httpx'), JA4['py_h2'], '/v1/messages', stream=True, retry=False, name='httpx-h2')
        a.signup_ip = ipf()
        nreq = qty(r, per_acct, 8, .35)
        lo = max(w.t0, a.created, start_after or 0)
        made = 0
        while made < nreq:
            t = w.sample_time(r, 'flat', 0, lo=lo)
            ip = ipf()
            for b in range(r.randint(1, 6)):
                x = grid[gi % len(grid)]
                gi += 1
                if variant == 'atlas':
                    p = r.choice(ATLAS_TPL).format(d=x[0], s=x[1], l=x[2])
                    model = None
                else:
                    p = r.choice(LATTICE_TPL).format(field=x[0], op=x[1], form=x[2])
                    model = 'lumen-3.5-reasoner' if r.random() < .6 else 'lumen-3.5'
                w.req(a, t, p, cl, ip, kind='long', out=1300, model=model, mkind='reason', reasoning=True, rkind='hard',
                      max_tokens=r.choice([16000, 24000, 32000]), temperature=r.choice([None, 0.8]))
                made += 1
                t += lognorm(r, 50, .5)
        accts.append(a)
    return accts


# =====================================================================================================
# 7. bare items, high max_tokens, extended reasoning
# =====================================================================================================
def op_bare(w, rng, camp, n, per_acct, variant):
    r0 = random.Random(rng.getrandbits(64))
    items = [('g', q['question']) for q in w.C.gsm_test] + [('h', h['prompt']) for h in w.C.humaneval] + [('a', x['prompt']) for x in w.C.arena]
    if variant == 'mute':
        items += [('g', q['question']) for q in w.C.gsm_train[-1500:]]
    r0.shuffle(items)
    qi = 0
    accts = []
    for i in range(n):
        c = r0.choice(['US', 'US', 'DE', 'NL', 'GB', 'CA', 'SG'])
        created = w.t0 - r0.uniform(10, 120) * 86400
        a = w.add_account(r0, 'bare-items', 'attack', camp, created=created, email=freemail(r0, c), pay=w.pay_fp(r0), signup_ip=None,
                          country=c, tier='build')
        r = a.rng
        if variant == 'plainsong':
            base6 = w.N.cidr_ip(r, w.N.dc6)
            ipf = lambda r=r, b=base6: w.N.subnet_ip(r, b)
            cl = Client(w.S.ua(r, 'anthropic_py'), JA4[r.choice(['py_ossl30', 'py_ossl3x'])], '/v1/messages', stream=True, retry=True)
        else:
            ips = [w.N.cloud_ip(r, 'gcp')]
            ipf = lambda r=r, ips=ips: ips[0]
            cl = Client(w.S.ua(r, 'openai_py'), JA4['py_ossl3x'], '/v1/chat/completions', stream=False, retry=True)
        a.signup_ip = ipf()
        nreq = qty(r, per_acct, 8, .4)
        made = 0
        lo = max(w.t0, a.created)
        while made < nreq:
            t = w.sample_time(r, 'flat', 0, lo=lo)
            for b in range(r.randint(1, 4)):
                kind, p = items[qi % len(items)]
                qi += 1
                if variant == 'plainsong':
                    w.req(a, t, p, cl, ipf(), kind='math' if kind == 'g' else ('complete' if kind == 'h' else 'long'), mkind='general',
                          reasoning=r.choice([16000, 24000, 32000]) * .45, max_tokens=r.choice([32000, 48000, 64000]), temperature=1.0)
                else:
                    w.req(a, t, p, cl, ipf(), kind='math' if kind == 'g' else ('complete' if kind == 'h' else 'long'), model='lumen-3-reasoner' if w.release is None or t < w.release[0] else 'lumen-3.5-reasoner',
                          reasoning=r.choice([9000, 14000, 20000]), max_tokens=65536, temperature=None)
                made += 1
                t += lognorm(r, 120, .6)
        accts.append(a)
    return accts


# =====================================================================================================
# 8. tool-use trajectory harvest (W2)
# =====================================================================================================
RELAY_TOOLS = {'wikipedia': 'wiki_lookup', 'weather': 'get_weather', 'python': 'run_python', 'wolfram': 'math_engine', 'search': 'web_search',
               'news': 'news_search', 'request': 'http_get', 'shell': 'exec_shell'}
RELAY_SYS = ['You can call tools. Decide which tool to use, call it with precise arguments, read the result, and continue until you can answer. Explain your plan before every call.',
             'Agent mode. Available functions are listed in the request. Reason step by step about what information you need, call functions to get it, then answer.']
RELAY_OBS = ['FUNCTION RESULT: {"status": "ok", "data": "..."}', 'FUNCTION RESULT: {"error": "rate limited, retry"}', 'FUNCTION RESULT: 42.7',
             'FUNCTION RESULT: {"temp_c": 18, "conditions": "overcast"}', 'FUNCTION RESULT: [3 articles]', 'FUNCTION RESULT: exit 0, stdout: 1597']


def op_relay(w, rng, camp, n, per_acct, cover):
    r0 = random.Random(rng.getrandbits(64))
    accts = []
    items = list(w.C.toolformer)
    r0.shuffle(items)
    qi = 0
    for i in range(n):
        c = wchoice(r0, COUNTRIES)
        created = w.t0 - r0.uniform(7, 50) * 86400
        a = w.add_account(r0, 'tool-traj', 'attack', camp, created=created, email=freemail(r0, c), pay=w.pay_fp(r0) if r0.random() < .7 else None,
                          signup_ip=None, country=c, tier='build')
        if a.pay is None:
            a.tier = 'free'
        r = a.rng
        cl = Client(r.choice(['undici', 'node', 'OpenAI/JS 5.12.0']), JA4['node22'], '/v1/chat/completions', stream=True, retry=False, conv_ids=True)
        a.signup_ip = rotate_residential(w, r, [(c, 1)])
        nreq = qty(r, per_acct, 10, .4)
        made = 0
        while made < nreq:
            t = w.sample_time(r, 'dev', a.tz, lo=max(w.t0, a.created))
            ip = rotate_residential(w, r, [('US', 4), ('GB', 1), ('DE', 1), ('BR', 1), ('IN', 1)])
            if r.random() < cover:
                cover_request(w, a, r, t, cl, ip)
                made += 1
                continue
            g = items[qi % len(items)]
            qi += 1
            lines = g['instruction'].split('\n')
            acc = [l for l in lines if l.startswith('toolformer access:')]
            tools = [RELAY_TOOLS.get(x.strip(), x.strip()) for x in (acc[0].split(':', 1)[1].split(',') if acc else ['search'])]
            task = lines[-1] + ('\n' + g['input'] if g['input'] else '')
            cv = w.conv(r, 'traj_')
            sysm = r.choice(RELAY_SYS)
            for j in range(r.randint(2, 5)):
                p = task if j == 0 else r.choice(RELAY_OBS)
                w.req(a, t, p, cl, ip, system=sysm, conv=cv, tools=tools + (['final_answer'] if r.random() < .5 else []), kind='agent', out=260,
                      mkind='general', reasoning=r.random() < .5, rkind='light', temperature=None)
                made += 1
                t += lognorm(r, 7, .5)
        accts.append(a)
    return accts
