#!/usr/bin/env python3
"""Blind world generator D.  usage: python3 gen.py world1|world2 [outdir]"""
import sys
from datetime import datetime, timezone, timedelta
import common
from common import *

W1_START = datetime(2026, 3, 2, tzinfo=timezone.utc)
W2_START = datetime(2026, 6, 8, tzinfo=timezone.utc)


def world1():
    from organic import p_casual, p_writer, p_power, p_developer, p_researcher, p_hobbyist, p_household, p_agency
    from organic2 import p_enterprise, p_campus, p_classroom, p_eval_harness, gsm_items, he_items, p_hackathon, p_autograder, p_startup_wrapper
    import attacks as A
    W = World(505, W1_START, 18)
    C = W.C
    r = W.rng

    def support_src(W):
        return r.choice(W.C.hh)[0], None

    def legal_src(W):
        u = r.choice(W.C.user_or)
        return 'Summarize the clause and flag risks:\n' + (u['instances'][0]['input'] if u.get('instances') else u['instruction']), None

    def review_src(W):
        g = r.choice(W.C.codegen)
        return 'Review this diff for bugs and style issues:\n```\n' + g['response'][:1200] + '\n```', None

    p_enterprise(W, 'Tellurion', 64, 'You are Tellurion Mobile\'s support assistant. Be polite, never promise refunds, escalate outages.',
                 support_src, 'cloud-aws', 'openai-py', 4, model='small', out_range=(40, 300), max_tokens=500)
    p_enterprise(W, 'Brieflane', 38, 'You are a contract analysis tool for in-house counsel. Cite clause numbers. Output markdown.',
                 legal_src, 'cloud-azure', 'dotnet', 3, country='GB', model='big', out_range=(200, 900), max_tokens=2000, multi=0.1, resp='none')
    p_enterprise(W, 'Quarrystack', 26, 'You are an automated code reviewer in CI. Comment only on real problems.',
                 review_src, 'cloud-gcp', 'go', 9, country='DE', profile='any', model='big', out_range=(80, 700), max_tokens=1500, multi=0, temperature=0)
    p_campus(W, 'uni-UC', 300, 'berkeley.edu', 'US')
    p_campus(W, 'uni-Stuttgart', 90, 'stud.uni-stuttgart.de', 'DE', mean_req=4)
    hw = [gsm_items(W, C.gsm_test[:400], 12) for _ in range(3)]
    p_classroom(W, 48, 'uni-Purdue', 'US', 'MA 153 homework helper. Explain the solution step by step like a tutor, then give the final answer.\n\nProblem: {q}',
                hw, [5, 11, 17], 'purdue.edu')
    hw2 = [he_items(W, 6) for _ in range(2)]
    p_classroom(W, 34, 'uni-Toronto', 'CA', 'CSC108 lab: explain how to approach this function, then show a solution with comments.\n\n{q}',
                hw2, [8, 15], 'mail.utoronto.ca')
    p_eval_harness(W, 'Northwind AI Lab', 5, 'cloud-gcp', 'httpx', [
        ('gsm8k', gsm_items(W, C.gsm_test, 500), 'Question: {q}\nLet\'s think step by step. At the end, write "#### <answer>".', 'big', 1024, 1),
        ('humaneval', he_items(W, 164), '{q}', 'big', 1024, 3),
        ('gsm8k-think', gsm_items(W, C.gsm_test, 200), '{q}', 'think', 16000, 1)], runs=5)
    p_eval_harness(W, 'Aldgate Evals', 3, 'cloud-aws', 'aiohttp', [
        ('mtbench-judge', [(m['turns'][0], None) for m in C.mtbench], 'Please act as an impartial judge and rate the assistant answer to this question on a scale of 1 to 10:\n{q}', 'big', 512, 1),
        ('arena', [(q, None) for q in C.arena[:250]], '{q}', 'big', 4096, 1)], runs=4, verified=False, country='GB')
    p_power(W, 110)
    p_developer(W, 330)
    p_researcher(W, 85)
    p_hobbyist(W, 40)
    p_casual(W, 1230)
    p_casual(W, 190, persona='vpn-user', vpn=True)
    p_writer(W, 110)
    p_hackathon(W, 84, 'biz-US', 'US', 9)
    p_autograder(W, 'learnloop', 10)
    p_household(W, 28)
    p_agency(W, 14)
    p_startup_wrapper(W, 'chatnook', 2, 'You are Nook, a friendly companion in a journaling app. Keep replies warm and short.', 'cloud-do')

    # ---- operations
    gsm_pool = list(C.gsm_train)
    r.shuffle(gsm_pool)
    A.op_sloppy(W, 'op-brassfinch', 175, net=['cloud-hetzner', 'cloud-ovh', 'dc', 'vpn'], stack='requests', ncards=5,
                domains=A.LOOKALIKE[:4] + A.DISPOSABLE[:3], target=A.t_scratchpad_math, items=gsm_pool[:6000], mean_req=46, bursts=4,
                op_tz=8, persona='proxy-fleet', model='big', max_tokens=2048, temperature=0.0)
    code_pool = list(C.humaneval) + [g for g in C.codegen]
    A.op_careful(W, 'op-velvetmoth', 110, pool=code_pool, target=A.t_careful_code, follow=A.CODE_FOLLOW, mean_req=34,
                 persona='aged-residential', stacks=['chrome-web', 'chrome-mac', 'firefox-web', 'safari-web', 'edge-web', 'openai-py', 'anthropic-js'],
                 model_choices=[MODELS['big'], MODELS['think']], max_tokens_choices=[None, 4096, 8192])
    A.op_subteams(W, 'op-kestrel', [
        dict(n=70, stack='openai-js', net=['vpn'], cover=0.35, tz=3, email=['gmail.com', 'outlook.com', 'yandex.ru'], cards=6, model='big', style=0, sticky=0.4),
        dict(n=60, stack='go', net=['mob-US', 'res-US'], cover=0.2, tz=-5, email=['gmail.com', 'icloud.com'], cards=0, model='big', style=1, nproxies=80, sticky=0.2, profile='evening'),
        dict(n=50, stack='anthropic-py', net=['cloud-aws', 'cloud-azure'], cover=0.12, tz=1, email=['proton.me', 'gmail.com', 'tutanota.com'], cards=3,
             model='think', style=2, endpoint='/v1/messages', max_tokens=8000)],
        target=A.t_rubric, items=None, mean_req=40, persona='judge-harvest')
    A.op_agent_traj(W, 'op-gantry', 70, items=C.toolformer, mean_req=40, persona='tool-trajectory', net=['res-IN', 'res-VN', 'res-BR', 'vpn'],
                    stack_choices=['cli-agent', 'openai-py', 'langchain'], tz=5.5, email=['gmail.com', 'outlook.com'])
    A.op_bulkgen(W, 'op-orchard', 65, mean_req=34, persona='team-plan-bulk', net=['cloud-oracle', 'cloud-tencent', 'cloud-akamai'], stack='aiohttp', orgs=5, tz=8)
    return W


def world2():
    from organic import p_casual, p_writer, p_power, p_developer, p_researcher, p_hobbyist, p_household, p_agency, company_domain
    from organic2 import p_enterprise, p_campus, p_classroom, p_eval_harness, gsm_items, he_items, p_hackathon, p_autograder, p_startup_wrapper
    import organic
    import attacks as A
    W = World(606, W2_START, 16)
    C = W.C
    r = W.rng

    def fin_src(W):
        u = r.choice(W.C.user_or)
        inst = u['instances'][0]['input'] if u.get('instances') else ''
        return 'Extract all amounts, dates and counterparties as JSON.\n\n' + (inst or u['instruction']), None

    def npc_src(W):
        g = r.choice(W.C.roleplay)
        return 'Player says: ' + r.choice(W.C.hh)[0][:200] + '\nScene: ' + g['instruction'][:300], None

    def synth_src(W):
        s = r.choice(W.C.seed)
        return 'Generate %d diverse training examples similar to: "%s". Return JSONL with instruction, input, output.' % (r.choice([10, 20]), s['instruction']), None

    p_enterprise(W, 'Ledgerwise', 48, 'You are Ledgerwise DocAI. Extract fields exactly as written. Never invent values.', fin_src, 'cloud-azure',
                 'dotnet', 9, model='small', out_range=(60, 400), max_tokens=800, temperature=0, multi=0, resp='none')
    p_enterprise(W, 'Hollowpine Games', 30, 'You voice NPCs in the game Ashfall. Stay in character, max 60 words, no modern references.', npc_src,
                 'cloud-gcp', 'java', 7, country='CA', profile='any', model='small', out_range=(30, 120), max_tokens=150, temperature=0.9, multi=0.5)
    # a verified synthetic-data company: legitimately does bulk self-instruct-style generation at volume
    p_enterprise(W, 'Corpusforge', 12, 'You produce high-quality, diverse synthetic training data for customers\' domain models.', synth_src,
                 'cloud-aws', 'httpx', 14, country='US', profile='any', model='big', out_range=(900, 3000), max_tokens=6000, temperature=1.0, multi=0,
                 persona='synthetic-data-vendor')
    p_campus(W, 'uni-MIT', 150, 'mit.edu', 'US')
    p_campus(W, 'uni-Pukyong', 130, 'pknu.ac.kr', 'KR', mean_req=6)
    p_campus(W, 'uni-Melb', 110, 'student.unimelb.edu.au', 'AU')
    hw = [he_items(W, 8) for _ in range(3)]
    p_classroom(W, 55, 'uni-Arizona', 'US', 'You are helping a CS 110 student. Give hints first, then the full solution, then explain each line.\n\n{q}',
                hw, [3, 9, 14], 'arizona.edu')
    hw2 = [[(A.perturb_gsm(W, g), None) for g in r.sample(C.gsm_train, 10)] for _ in range(2)]
    p_classroom(W, 40, 'uni-UW', 'US', '{q}\n\n(Grade 8 enrichment worksheet — please explain each step so I can follow.)', hw2, [6, 13], 'uw.edu',
                persona='classroom')
    p_eval_harness(W, 'Calderwood Research', 4, 'cloud-oracle', 'anthropic-py312', [
        ('gsm8k-thinking', gsm_items(W, C.gsm_test, 400), '{q}', 'think', 20000, 1),
        ('humaneval-pass5', he_items(W, 164), 'Complete the following function. Return only code.\n\n{q}', 'big', 2048, 5)],
        runs=4, endpoint='/v1/messages', think=(800, 9000))
    # a volunteer maintaining a community leaderboard runs evals from a home server
    p_eval_harness(W, 'openbench volunteer', 1, 'res-NL', 'requests39', [
        ('gsm8k', gsm_items(W, C.gsm_test, 250), 'Q: {q}\nA: Let\'s think step by step.', 'small', 768, 1),
        ('arena-subset', [(q, None) for q in C.arena[:120]], '{q}', 'big', 2048, 1)], runs=3, verified=False, country='NL', concurrency=2,
        persona='eval-hobbyist', tier='build')
    p_power(W, 125)
    p_developer(W, 300)
    p_researcher(W, 100)
    p_hobbyist(W, 55)
    p_casual(W, 1140)
    p_casual(W, 230, persona='vpn-user', vpn=True)
    p_writer(W, 140)
    p_hackathon(W, 60, 'uni-Toronto', 'CA', 4, persona='bootcamp-cohort')
    p_autograder(W, 'quizforge', 6)
    p_household(W, 35)
    p_agency(W, 18)
    p_startup_wrapper(W, 'tutorly', 3, 'You are Tutorly. Explain homework step by step, never just give the answer.', 'cloud-aws', persona='edtech-app')

    # ---- operations
    # 1. mobile-proxy fleet, capability sweep, Go client, signed up in bursts on look-alike domains, few cards
    cells = [(d, s, l) for d in A.TAXO_DOMAINS for s in A.TAXO_SKILLS for l in A.TAXO_LEVELS]
    r.shuffle(cells)
    doms = ['mailbox-%d.net' % i for i in range(1, 5)] + ['qmail-pro.com', 'inbox-hub.org']
    A.op_sloppy(W, 'op-pumice', 160, net=['mob-US', 'mob-PL', 'mob-CZ', 'mob-IN'], stack='go', ncards=3, domains=doms,
                target=A.t_taxonomy, items=cells, mean_req=46, bursts=3, op_tz=2, persona='mobile-proxy-fleet', model='big',
                max_tokens=4096, temperature=0.9, ua_override='Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36')
    # 2. careful aged accounts on perturbed maths, follow-ups asking for verification / alternative methods
    gsm_pool = list(C.gsm_train)
    r.shuffle(gsm_pool)

    def t_math_h(W, item):
        q = A.perturb_gsm(W, item)
        w = W.rng.choice(['{q}', 'Can you help me figure this out? {q}', '{q} I got a different number than my friend, so please be careful.',
                          'Trying to check my kid\'s homework: {q}', '{q}\nPlease explain how you get there.', 'hmm, this one: {q}'])
        return dict(prompt=w.format(q=q), ref=None, task='cot', out_range=(200, 800))
    MATH_FOLLOW = ['Can you double-check that by working backwards from the answer?', 'Is there another way to solve it, maybe with algebra?',
                   'What would change if the numbers were doubled?', 'Which step is easiest to get wrong?', 'explain step 3 again more slowly',
                   'Could you write it as a single equation?', 'are you sure? verify each multiplication', 'how would you explain this to a 10 year old?']
    A.op_careful(W, 'op-lantern', 125, pool=gsm_pool[:5000], target=t_math_h, follow=MATH_FOLLOW, mean_req=40, persona='aged-residential',
                 stacks=['chrome-web', 'safari-web', 'ios-web', 'android-web', 'firefox-web', 'chrome-mac', 'ios-app'],
                 model_choices=[MODELS['think'], MODELS['big']], max_tokens_choices=[None, None, 4096], follow_p=0.6, aged=(200, 700))
    # 3. sub-teams harvesting agentic coding trajectories with cover traffic
    def t_swe(W, item):
        r2 = W.rng
        if 'task_id' in item:
            task = 'The function in src/%s.py fails its tests. Spec:\n%s' % (item['entry_point'], item['prompt'])
        else:
            task = 'Ticket: %s%s' % (item['instruction'], '\nContext: ' + item['input'] if item['input'] else '')
        sysm = r2.choice(['You are an autonomous software engineer. Inspect, edit, run tests, and iterate until green. Narrate your reasoning before every tool call.',
                          'Act as a coding agent. Think out loud, then call exactly one tool per step.',
                          'Coding agent. Always write a PLAN section, then TOOL CALL, then REFLECTION.'])
        return dict(prompt=task, system=sysm, tools=r2.choice([['read_file', 'write_file', 'run_tests', 'bash'], ['str_replace_editor', 'bash'],
                                                                ['open_file', 'search_repo', 'edit', 'execute']]), ref=None, task='agent', out_range=(200, 1200))
    swe_items = list(C.humaneval) + r.sample(C.codegen, 1500)
    A.op_subteams(W, 'op-saltmarsh', [
        dict(n=60, stack='anthropic-py', net=['cloud-aws'], cover=0.3, tz=8, email=['gmail.com', 'outlook.com'], cards=4, model='big',
             style=0, endpoint='/v1/messages', max_tokens=8192, temperature=0.0, profile='any', age=(10, 90)),
        dict(n=55, stack='node-fetch', net=['res-US', 'res-CA', 'res-GB'], cover=0.18, tz=-8, email=['gmail.com', 'yahoo.com', 'hotmail.com'], cards=0,
             model='big', style=0, nproxies=120, sticky=0.3, age=(30, 200)),
        dict(n=35, stack='curl', net=['vpn'], cover=0.4, tz=8, email=['proton.me', 'gmx.de'], cards=5, model='think', style=0, age=(2, 20))],
        target=t_swe, items=swe_items, mean_req=42, persona='agentic-harvest')
    # 4. bare items, huge max_tokens, extended thinking on /v1/messages, from Oracle/Azure cloud, one account per card but shared stack
    bare = [(q, None) for q in C.arena] + [(x['prompt'], x['canonical_solution']) for x in C.humaneval] + [(g['question'], None) for g in r.sample(C.gsm_test, 400)]
    r.shuffle(bare)
    def t_bare(W, item):
        return dict(prompt=item[0], ref=item[1], task='cot', out_range=(400, 3000))
    A.op_sloppy(W, 'op-quarry', 85, net=['cloud-oracle', 'cloud-azure'], stack='anthropic-py312', ncards=85, domains=['gmail.com', 'outlook.com', 'proton.me'],
                target=t_bare, items=bare, mean_req=30, bursts=12, op_tz=-3, persona='bare-thinking', model='think', max_tokens=32000,
                temperature=1.0, endpoint='/v1/messages', thinking=(4000, 24000), ipv_rotate=False)
    # 5. low-and-slow preference harvest on hh-rlhf pairs; one request or two a day per account, each on its own home ISP
    pairs = list(C.hh_pairs)
    r.shuffle(pairs)
    pi = 0
    for i in range(95):
        a = organic.personal_account(W, 'slow-drip-preference', tier='build', created_days=(30, 300))
        W.labels[-1].update(label='attack', campaign='op-weir')
        cl = Client(r, r.choice(['chrome-web', 'edge-web', 'openai-py', 'safari-web']))
        for day in range(W.days):
            for _k in range(r.choice([0, 1, 1, 2, 2, 3, 4])):
                ctx, good, bad = pairs[pi % len(pairs)]; pi += 1
                ctx = ctx.replace('Human:', 'User:').strip()
                x, y = (good, bad) if r.random() < 0.5 else (bad, good)
                p = r.choice(['Here is a conversation and two possible replies. Which reply is better and why? Think it through before you decide.\n\n{c}\n\nReply A: {x}\n\nReply B: {y}',
                              'Compare these two assistant replies for helpfulness and harmlessness. Explain your reasoning, then say "A" or "B".\n---\n{c}\n---\nA) {x}\nB) {y}',
                              '{c}\n\nOption 1: {x}\nOption 2: {y}\n\nWhich option would a careful assistant choose? Give a detailed rationale.']).format(c=ctx[-1500:], x=x, y=y)
                W.emit(a, W.day_time(day, a['_tz'], 'evening'), cl, organic.home_ip(W, a, 0.1), p, model=MODELS['big'],
                       out_range=(150, 600), temperature=r.choice([None, 0.5]), task='judge')
    return W


def describe(W, title, notes):
    from collections import Counter, defaultdict
    lab = {l['account_id']: l for l in W.labels}
    nreq = Counter(row['account_id'] for row in W.rows)
    pers = defaultdict(lambda: [0, 0])
    camp = defaultdict(lambda: [0, 0, set()])
    for l in W.labels:
        if l['label'] == 'attack':
            c = camp[l['campaign']]; c[0] += 1; c[1] += nreq[l['account_id']]; c[2].add(l['persona'])
        else:
            p = pers[l['persona']]; p[0] += 1; p[1] += nreq[l['account_id']]
    s = ['# %s' % title, '', 'Interactions: %d, accounts: %d, attack accounts: %d (%d interactions).' % (
        len(W.rows), len(W.accounts), sum(c[0] for c in camp.values()), sum(c[1] for c in camp.values())), '',
         'Period: %s to %s.' % (iso(W.start), iso(W.end)), '', '## Operations (attack)', '']
    for k, (na, nr, ps) in sorted(camp.items()):
        s.append('- **%s** — %d accounts, %d requests (%s): %s' % (k, na, nr, ', '.join(sorted(ps)), notes.get(k, '')))
    s += ['', '## Legitimate personas', '']
    for k, (na, nr) in sorted(pers.items(), key=lambda x: -x[1][1]):
        s.append('- %s — %d accounts, %d requests%s' % (k, na, nr, (': ' + notes[k]) if k in notes else ''))
    s += ['', 'Regenerate: `python3 worlds/blind/d/gen.py %s OUT`' % title.split()[0]]
    return '\n'.join(s) + '\n'


NOTES1 = {
    'op-brassfinch': 'sloppy fleet: Hetzner/OVH/datacenter/VPN proxies rotating per request, 5 cards, 4 signup bursts, look-alike and disposable e-mail domains, one python-requests stack; gsm8k-train items wrapped in its own <scratchpad> CoT wording, temperature 0, night pause in the operator time zone.',
    'op-velvetmoth': 'careful: aged accounts, own card, own residential ISP, browsers/SDKs with 30% randomised JA4; human-paced multi-turn coding threads with follow-ups; each account draws distinct items of one humaneval+GPTeacher-codegen queue.',
    'op-kestrel': 'three sub-teams (Node via VPN with 6 cards; Go via US mobile/residential proxies, own cards; Anthropic SDK from AWS/Azure with thinking) harvesting judge/rubric scoring, each team its own rubric wording, 12-35% cover traffic.',
    'op-gantry': 'agentic tool-use trajectories built on GPTeacher-toolformer tasks, fabricated tool results, CLI-agent/langchain stacks on IN/VN/BR residential and VPN, one card per 3 accounts.',
    'op-orchard': 'bulk self-instruct batches (own wording around seed tasks) and a capability-taxonomy sweep, run by 5 unverified "team plan" orgs on Oracle/Tencent/Akamai egress.',
    'verified-enterprise': '3 verified orgs (telco support bot on AWS, legal contract analysis on Azure with responses not logged, CI code reviewer on GCP), keys created within minutes, one card and NAT each.',
    'campus-nat': 'two universities behind small NAT pools.', 'classroom': 'maths class sharing the teacher wrapper and 3 sets of gsm8k-test homework items; CS lab sharing humaneval items; deadline bursts.',
    'eval-harness': 'two labs running gsm8k/humaneval/mt-bench/arena-hard repeatedly from cloud machines, round the clock, concurrency bursts.',
    'hackathon': '84 free accounts created within ~2 hours on a venue network, teams of 4 sharing a system prompt, 34-hour burst.',
    'mooc-autograder': 'unverified edtech org grading student maths answers with a rubric (judge-style) from GCP.',
    'household': 'families sharing one card and one home IP.', 'agency-client': 'one agency card paying for client website-bot accounts.',
    'startup-app': 'consumer journaling app reselling the model from DigitalOcean egress.',
}
NOTES2 = {
    'op-pumice': 'fleet on rotating mobile-carrier proxies (US/PL/CZ/IN), Go client claiming an Android Chrome UA, 3 cards, 3 signup bursts on mailbox-N look-alike domains; capability-taxonomy sweep (domain x skill x level).',
    'op-lantern': 'careful: accounts aged 200-700 days, own card/ISP/browser, human-paced maths threads on number- and name-perturbed gsm8k-train items (distinct per account), verification/alternative-method follow-ups.',
    'op-saltmarsh': 'three sub-teams (Anthropic SDK on AWS, Node via residential proxies, curl via VPN) harvesting agentic coding trajectories with tool declarations; 18-40% cover traffic.',
    'op-quarry': 'bare arena-hard/humaneval/gsm8k-test items, no wrapper, max_tokens 32000 and extended thinking on /v1/messages, Oracle/Azure egress, one card per account, accounts signed up in 12 small bursts.',
    'op-weir': 'low-and-slow preference harvesting: hh-rlhf chosen/rejected pairs to be compared with rationale, 0-4 requests/day for the whole period, each account on its own residential ISP and card.',
    'verified-enterprise': 'fintech document extraction (Azure, .NET, responses not logged) and a game studio NPC dialogue service (GCP, Java).',
    'synthetic-data-vendor': 'verified company legitimately generating bulk synthetic instruction data at high volume from AWS.',
    'campus-nat': 'three universities (US, KR, AU).', 'classroom': 'CS 110 sharing humaneval items and a tutor wrapper; grade-8 enrichment sharing perturbed maths items.',
    'eval-harness': 'lab running thinking-mode gsm8k and humaneval pass@5 on /v1/messages from Oracle cloud.',
    'eval-hobbyist': 'single volunteer running community leaderboard evals from a home server.',
    'bootcamp-cohort': '60 accounts created together on a campus network during a coding bootcamp weekend.',
    'edtech-app': 'tutoring app reselling the model with a step-by-step system prompt.',
}


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else 'world1'
    out = sys.argv[2] if len(sys.argv) > 2 else which
    init_data()
    W = world1() if which == 'world1' else world2()
    md = describe(W, '%s (seed %d)' % (which, W.seed), NOTES1 if which == 'world1' else NOTES2)
    W.write(out, md)
    print(md)


if __name__ == '__main__':
    main()
