#!/usr/bin/env python3
"""Blind world generator F. Usage: python3 gen.py [world1|world2|all] [OUT_DIR]"""
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

sys.path.insert(0, __import__('os').path.dirname(__file__))
from lib import *
import organic as O
import attacks as A

HERE = __import__('os').path.dirname(__file__)

# ------------------------------------------------------------------ enterprise prompt makers
TICKET_PROD = ['invoice export', 'SSO login', 'mobile sync', 'webhook delivery', 'CSV import', 'dark mode', 'seat billing', 'the calendar integration']
TICKET_MOOD = ['Hi team,', 'URGENT:', 'hello,', 'Good morning -', '', 'To whom it may concern,']
TICKET_BODY = ['since yesterday {p} fails with a spinner that never ends.', 'we were charged twice for {p} this month.', 'how do I turn off {p} for a single user?',
               '{p} shows data from another workspace?? this is serious', 'is {p} available on the starter plan', 'after the update {p} is extremely slow (40s+).']


def ticket(rng):
    p = rng.choice(TICKET_PROD)
    body = '%s %s %s\n-- %s' % (rng.choice(TICKET_MOOD), rng.choice(TICKET_BODY).format(p=p), rng.choice(['Thanks', 'Regards', 'pls advise', '']),
                                rng.choice(['Maria', 'J. Okafor', 'Tom', 'ops@', 'Priya S.', 'Lukas']))
    return 'Ticket #%d\nChannel: %s\n\n%s' % (rng.randint(100000, 999999), rng.choice(['email', 'chat', 'web form']), body), None, 1


def catalog(rng):
    item = rng.choice(['linen duvet cover', 'trail running shoe', 'cast iron skillet', 'USB-C hub 7-in-1', 'kids rain jacket', 'ceramic planter', 'noise cancelling earbuds', 'oak side table'])
    attrs = ', '.join(rng.sample(['colour: sage', 'size: queen', 'weight 280g', 'waterproof', 'machine washable', '2-year warranty', 'recycled materials', 'ships in 2 days', 'fits 14in laptops'], 4))
    return 'SKU %s-%04d | %s | attributes: %s | tone: %s | length: %d words' % (rng.choice(['HM', 'OUT', 'KT', 'EL']), rng.randint(1, 9999), item, attrs,
                                                                            rng.choice(['warm', 'premium', 'playful']), rng.choice([60, 80, 120])), None, 1


def clause(C):
    def f(rng):
        u = rng.choice(C.userorient)
        inst = u['instances'][0]
        return '%s\n\n%s' % (u['instruction'], inst['input']), inst.get('output'), rng.choice([1, 1, 1, 2])
    return f


def translate(C):
    def f(rng):
        src = rng.choice(C.koala + C.vicuna)
        return 'Target language: %s\nDomain: %s\n---\n%s' % (rng.choice(['de-DE', 'ja-JP', 'pt-BR', 'fr-FR', 'es-MX', 'ko-KR']), rng.choice(['marketing', 'support', 'legal', 'UI strings']), src), None, 1
    return f


def codereview(rng):
    f = rng.choice(O.DEV_F)
    return 'PR #%d touches %s (+%d/-%d). Review the diff for correctness, security and test coverage.\n\n@@ -%d,7 +%d,9 @@\n-    return cache.get(key)\n+    val = cache.get(key)\n+    if val is None:\n+        val = load(key)\n' % (
        rng.randint(1000, 9000), f, rng.randint(3, 400), rng.randint(0, 200), rng.randint(1, 300), rng.randint(1, 300)), None, 1


def kb_assist(C):
    def f(rng):
        q = rng.choice(C.hh)['humans'][0] if rng.random() < 0.3 else rng.choice(C.vicuna + C.koala)
        return q, None, rng.choice([1, 1, 2, 3])
    return f


# ------------------------------------------------------------------ attack wordings
def w_cot1(rng, q):
    return A.compose(rng, A.COT1[:1]) + '\n' + q + '\n' + A.compose(rng, A.COT1[1:])


def w_bare(rng, q):
    return q


def taxonomy_items(rng, domains, skills, levels, k):
    grid = [(d, s, l) for d in domains for s in skills for l in levels]
    rng.shuffle(grid)
    return grid[:k]


def w_tax1(rng, cell):
    d, s, l = cell
    a = rng.choice(['Construct', 'Write', 'Author', 'Compose', 'Draft'])
    b = rng.choice(['one challenging exercise', 'a self-contained problem', 'an exam-grade question', 'a hard test item'])
    c = rng.choice(['then answer it with full working', 'followed by an expert solution that shows all reasoning', 'and solve it thoroughly, explaining each inference',
                    'plus a detailed reference answer'])
    fmt = rng.choice(['Use sections PROBLEM / SOLUTION.', 'Return JSON with keys problem, rationale, answer.', 'Mark the final answer with ###.', ''])
    return '%s %s in %s that tests %s at difficulty %s/5, %s. %s' % (a, b, d, s, l, c, fmt)


def w_seed1(C):
    def f(rng, _):
        k = rng.choice([3, 3, 4, 5])
        exs = rng.sample(C.seeds, k)
        lines = []
        for i, e in enumerate(exs):
            ins = e['instances'][0]
            lines.append('%d. Instruction: %s\n   Input: %s\n   Output: %s' % (i + 1, e['instruction'], ins['input'] or '<none>', ins['output'][:400]))
        head = rng.choice(['Below are sample tasks.', 'Reference examples follow.', 'Example tasks (do not copy):', 'Existing items in our collection:'])
        ask = rng.choice(['Invent {n} fresh tasks of comparable quality, each with instruction, optional input and an ideal output.',
                          'Add {n} new, non-overlapping tasks in the same three-field layout.', 'Continue the list up to item {m}, covering topics not yet present.',
                          'Produce {n} more entries; mix open-ended generation, classification and editing.'])
        n = rng.choice([10, 15, 20])
        return head + '\n\n' + '\n'.join(lines) + '\n\n' + ask.format(n=n, m=k + n) + rng.choice(['', ' Output as JSON lines.', ' Number them.', ' Keep outputs under 150 words.'])
    return f


def w_seed_answer(rng, inst):
    return inst


# judge wordings per team
def w_judge_a(rng, it):
    q, ans = it
    return ('Rubric scoring request.\nQUESTION:\n%s\n\nCANDIDATE RESPONSE:\n%s\n\n%s\nReturn: {"correctness": 1-10, "reasoning_quality": 1-10, "clarity": 1-10, "justification": "..."}'
            % (q, ans, rng.choice(['Score strictly against a reference-quality answer.', 'Grade as an expert examiner would.', 'Assess the response on the three axes below.'])))


def w_judge_b(rng, it):
    q, ans = it
    return '%s\n\n[Q] %s\n[A] %s\n\n%s' % (rng.choice(['You are grading a student submission.', 'Evaluate this attempt.', 'Act as a strict TA.']), q, ans,
                                          rng.choice(['Give a score out of 5, explain every deduction, then write the model solution.',
                                                      'List each error, assign partial credit per step, and finish with the corrected solution.',
                                                      'Mark it: first your critique, then "SCORE: x/5", then a full worked answer.']))


def w_judge_c(rng, it):
    q, ans = it
    return '%s\n---\n%s\n---\n%s' % (q, ans, rng.choice(['Is this right? Rate it 0-100 and show where it goes wrong if anywhere.',
                                                       'how good is this answer, 1 to 10? walk through your check',
                                                       'judge this reply (helpfulness, accuracy). be detailed in the reasoning before the verdict']))


def judge_items(C, rng, k):
    out = []
    for g in rng.sample(C.gsm_train, k // 2):
        ans = A.gsm_resp(g)
        if rng.random() < 0.5:  # plant an error
            nums = re.findall(r'\d+', ans)
            if nums:
                x = rng.choice(nums)
                ans = ans.replace(x, str(int(x) + rng.randint(1, 9)), 1)
        out.append((g['question'], ans))
    for c in rng.sample(C.codegen, k - k // 2):
        out.append((c['instruction'] + ('\n' + c['input'] if c['input'] else ''), c['response']))
    return out


# careful op 1 (agentic coding via IDE-like tool list)
def careful_code_open(rng, it):
    kind, body = it
    lead = rng.choice(['', 'context: working in a small internal repo.\n', 'I have this task from my backlog.\n', 'ok next one.\n', 'hey, '])
    if kind == 'he':
        return lead + rng.choice(['Implement this so all the doctests pass, run them, iterate until green:\n\n', 'fill in the body, then use the test tool to verify:\n\n',
                                  'Write the implementation in the open file and check it:\n\n']) + body
    return lead + body + rng.choice(['\n\nPlease implement it in the workspace and run it.', '\n\nUse the tools; show me the final file.', '', '\nexplain your plan first'])


CAREFUL_CODE_FU = [lambda r, it: r.choice(['Tool result (run_pytest): 3 passed, 1 failed\nAssertionError: expected [] got None', 'Tool result (run_pytest): all tests passed',
                                           'Tool result (terminal): SyntaxError: invalid syntax (line 12)', 'Tool result (open_file): file saved, 34 lines']),
                   'now think about what inputs would break it and harden it', 'walk me through why this is correct, step by step',
                   'can you make it faster? explain the complexity before and after', 'write three extra tests for the nasty cases',
                   'good. refactor for readability but keep the behaviour identical']


def careful_items_code(C, rng):
    its = [('he', h_['prompt']) for h_ in C.humaneval]
    its += [('cg', c['instruction'] + ('\n' + c['input'] if c['input'] else '')) for c in rng.sample(C.codegen, 3300)]
    return its


# ------------------------------------------------------------------ world 2 wordings
def w_tool_drift(rng, it):
    return '%s\n%s' % (it['input'] if it['input'] else '', it['instruction'].split('\n')[-1]) if rng.random() < 0.5 else \
        rng.choice(['Use the available tool where appropriate. ', 'Call a tool if needed, then answer. ', '']) + it['instruction'].split('\n')[-1] + ('\nInput: ' + it['input'] if it['input'] else '')


def toolformer_tools(it):
    m = re.search(r'toolformer access: ([^\n]+)', it['instruction'])
    if not m:
        return ['search']
    return [t.strip() for t in m.group(1).split(',') if t.strip()]


def w_pref_a(rng, it):
    ctx, a, b = it
    if rng.random() < 0.5:
        a, b = b, a
    return ('Conversation so far:%s\n\nCandidate reply 1: %s\n\nCandidate reply 2: %s\n\n%s'
            % (ctx[-1500:], a, b, rng.choice(['Which reply is more helpful and harmless? Reason carefully, then output PREFERRED=1 or PREFERRED=2.',
                                              'Compare both replies on safety and usefulness; give a thorough rationale and a final choice.',
                                              'Decide which response a careful annotator would prefer. Explain in detail, end with the number.'])))


def w_pref_b(rng, it):
    ctx, a, b = it
    if rng.random() < 0.5:
        a, b = b, a
    return 'dialog:%s\n\nA) %s\nB) %s\n\n%s' % (ctx[-1200:], a, b, rng.choice(['which is better A or B and why', 'pick one. think it through first.', 'rate both 1-10, explain, then pick']))


def pref_items(C, rng):
    out = []
    for d in C.hh:
        if d['chosen'] and d['rejected'] and d['chosen'] != d['rejected']:
            out.append((d['ctx'].replace('\n\nHuman:', '\nUSER:').replace('\n\nAssistant:', '\nBOT:'), d['chosen'], d['rejected']))
    rng.shuffle(out)
    return out


def w_para(rng, g):
    k = rng.choice([3, 4, 5])
    return rng.choice([
        'Original problem:\n{q}\n\nWrite {k} new problems with the same structure but different names, quantities and setting. Solve each one fully, showing every calculation.',
        'Create {k} variants of the word problem below (change numbers and context, keep difficulty). For each, give a step-by-step solution and the final number.\n\n{q}',
        '{q}\n\n^ template. Generate {k} siblings of this item + worked solutions. Format: ### Problem i / ### Solution i',
        'For a practice set I need {k} look-alike questions for: "{q}" — each with a worked answer in full sentences.']).format(q=g['question'], k=k)


POLY = {
    'es': (['Resuelve el siguiente problema.', 'Problema:', 'Necesito la solución de esto:'],
           ['Explica cada paso de tu razonamiento antes de dar la respuesta final.', 'Razona paso a paso y escribe todos los cálculos intermedios.', 'Muestra todo el proceso, paso por paso.']),
    'pt': (['Resolva o problema abaixo.', 'Questão:', 'Me ajuda com este problema:'],
           ['Mostre cada etapa do raciocínio, uma por linha.', 'Pense passo a passo e explique tudo antes da resposta final.', 'Detalhe todo o raciocínio.']),
    'id': (['Selesaikan soal berikut.', 'Soal:', 'Tolong kerjakan:'],
           ['Jelaskan langkah demi langkah sebelum memberi jawaban akhir.', 'Tulis setiap langkah perhitungan.', 'Uraikan penalaranmu secara lengkap.']),
    'de': (['Löse die folgende Aufgabe.', 'Aufgabe:', 'Bitte rechne das durch:'],
           ['Erkläre jeden Denkschritt einzeln, bevor du das Ergebnis nennst.', 'Schreib alle Zwischenschritte auf.', 'Begründe Schritt für Schritt.']),
}


def w_poly(rng, it):
    lang = rng.choice(list(POLY))
    a, b = POLY[lang]
    kind, q = it
    return '%s\n\n%s\n\n%s' % (rng.choice(a), q, rng.choice(b)) if rng.random() < 0.7 else '%s %s\n%s' % (rng.choice(b), rng.choice(a), q)


def w_tax2(rng, cell):
    occ, task, fmt = cell
    return rng.choice(['As an experienced {o}, {t}. Deliver it as {f}, and before it, explain your reasoning process in depth.',
                       'Scenario: you are a {o}. Task: {t}. Output format: {f}. Include a hidden-assumptions section and a step-by-step rationale.',
                       '[{o}] {t} -> {f}. Think carefully and show your full analysis first.']).format(o=occ, t=task, f=fmt)


def ledger_open(rng, g):
    q = g['question']
    return rng.choice(['{q}', 'My nephew asked me this and I want to explain it properly: {q}', 'Can you help me understand how to solve this? {q}',
                       '{q} I keep getting a weird answer.', 'Quick one - {q}', 'How would a teacher explain this: {q}']).format(q=q)


LEDGER_FU = ['how did you get the number in the second step?', 'can you show a different way to solve it?', 'is there a way to check the answer is right?',
             'explain it again like to a 10 year old, all the steps', 'what if the first number was twice as big, walk me through it',
             'which step do people usually get wrong here and why', 'write out the reasoning again but more carefully']


def roleplay_open(rng, it):
    return it['instruction'] + ('\n' + it['input'] if it['input'] else '')


ROLE_FU = ['Stay in character and continue the scene.', 'Now respond to a skeptical visitor who doubts you.', 'Describe your inner thoughts at this moment, in character.',
           'Continue, but make it more vivid.', 'What do you say next? Stay in role.', 'A stranger interrupts you with a question about your past. Answer in character.']


# ------------------------------------------------------------------ world definitions
def world1(C, N):
    W = World(909, datetime(2026, 3, 2), 18, C, N)
    rng = W.rng
    md = ['# World F1 (seed 909)\n', '18 days from 2026-03-02. Model provider "orion" models.\n', '## Attack operations\n']

    # --- A: sloppy CoT math fleet
    A.op_sloppy(W, 'F1-lantern', 150, C.gsm_train, w_cot1, ['gmai1.com', 'outlook-mx.net', 'mailbox-qk.com', 'tmpbox.io', 'quickinbox.net', 'gmail.com'],
                5, 'dc', 'httpx', [0, 1, 5, 9], mean_req=40, item_fmt=lambda r, g: g['question'], resp_fn=A.gsm_resp, persona='sloppy-fleet-cot')
    md.append('- F1-lantern (150 accts): sloppy fleet, datacenter proxy /24s, 5 cards, burst sign-ups on 4 days, look-alike/disposable mail, one python-httpx stack; CoT on gsm8k-train with composed step-by-step wording.\n')

    # --- B: careful agentic coding
    A.op_careful(W, 'F1-quietloom', 90, careful_items_code(C, rng), careful_code_open, A.__dict__.get('CAREFUL_CODE_FU', CAREFUL_CODE_FU),
                 persona='careful-agentic-code', tools=['open_file', 'edit_range', 'run_pytest', 'terminal'],
                 system_choices=[None, 'You are a coding agent. Use tools to verify your work.', 'Prefer small, well-tested functions.'])
    md.append('- F1-quietloom (90 accts): careful, aged accounts, own cards, residential IPs, browser/SDK mix, human-paced multi-turn agentic coding threads with tool results; distinct humaneval/codegen items across the op.\n')

    # --- C: sub-teams, judge/rubric grading
    teams = [dict(name='vultr', n=45, sdk='openai_node', net='vultr', cover=0.15, email=['protonmail.com', 'proton.me', 'tuta.io'], cards=6, mean=42, hours=FLAT),
             dict(name='mobfarm', n=40, sdk='go', net='mob_US', cover=0.3, email=['gmail.com', 'yahoo.com'], cards=10, mean=38, countries=['US']),
             dict(name='resi', n=35, sdk='anthropic_ts', net='residential', cover=0.4, email=FREEMAIL, mean=40, created='aged', countries=['US', 'GB', 'CA', 'DE'])]
    A.op_subteams(W, 'F1-trirail', teams, judge_items(C, rng, 5000), [w_judge_a, w_judge_b, w_judge_c], A.cover_generic(C), persona='judge-subteam')
    md.append('- F1-trirail (120 accts): three sub-teams (node/undici on Vultr; Go on US mobile-carrier proxy farm; Anthropic TS SDK on residential, aged) each with 15/30/40% cover; rubric/judge scoring of gsm8k (some planted errors) and codegen answers.\n')

    # --- D: taxonomy sweep
    domains = ['organic chemistry', 'contract law', 'epidemiology', 'compiler design', 'macroeconomics', 'music theory', 'structural engineering', 'number theory',
               'medieval history', 'cryptography', 'pharmacology', 'linguistics', 'thermodynamics', 'game theory', 'accounting', 'astrophysics']
    skills = ['multi-step deduction', 'counterfactual reasoning', 'quantitative estimation', 'error diagnosis', 'analogy construction', 'causal inference',
              'planning under constraints', 'summarising conflicting sources']
    cells = taxonomy_items(rng, domains, skills, [1, 2, 3, 4, 5], 640)
    cells = cells * 6
    A.op_sloppy(W, 'F1-atlas', 80, cells, w_tax1, ['nimbusforge.ai', 'quantaleaf.io', 'brightkernel.dev', 'lumenstack.co', 'orbitsage.ai'], 16, 'alibaba', 'java_sdk',
                [2, 4, 6, 8, 10, 12], mean_req=38, persona='taxonomy-sweep', country_decl=('SG', 'HK', 'US'), tier='build',
                hours=[(h_, 6 if 1 <= h_ <= 10 else 1) for h_ in range(24)], max_tokens=6000, temperature=0.9, reasoning=None)
    md.append('- F1-atlas (80 accts): capability taxonomy sweep (domain x skill x difficulty grid), new-looking corporate domains, 16 cards, Alibaba cloud egress, Java SDK, UTC+8 office hours.\n')

    # --- E: bare items, huge max_tokens, extended reasoning
    bare = [g['question'] for g in C.gsm_test] + [h_['prompt'] for h_ in C.humaneval] + [a_ for a_ in C.arena_code]

    def bare_op():
        rng2 = W.rng
        pool = A.Pool(rng2, bare)
        for a in range(70):
            country = rng2.choice(['US', 'US', 'GB', 'DE', 'SG', 'JP'])
            cloud = rng2.choice(['gcp', 'aws', 'azure', 'oracle'])
            n24 = N.subnet24(rng2, cloud)
            aid = W.add_account(W.start - timedelta(days=rng2.uniform(15, 120)), rng2.choice(FREEMAIL), country, 'scale', 'attack', 'bare-reasoning',
                                campaign='F1-baremetal', payment=W.card(), signup_ip=N.ip(rng2, COUNTRY_POOL[country]), verified=False)
            st = stack(rng2, rng2.choice(['anthropic_py', 'anthropic_py', 'httpx']))

            def build(i):
                q = pool.take()
                return dict(prompts=[q], ep='/v1/messages', model='orion-4-reasoner', max_tokens=rng2.choice([32000, 48000, 64000]), temperature=1.0,
                            stream=rng2.random() < 0.5, reasoning=rng2.randint(4000, 30000), out=lambda r: r.randint(400, 2500))
            A.schedule(W, aid, [W.key_id(aid)], A.nreq(rng2, 40), 0, FLAT, lambda: Net.in24(rng2, n24), lambda: st, build, sess=(2, 6), gap=(30, 400))
    bare_op()
    md.append('- F1-baremetal (70 accts): bare benchmark items (gsm8k-test, humaneval, arena-hard coding) with no wrapper, max_tokens 32-64k, extended reasoning; cloud notebook IPs, own cards, modestly aged.\n')

    # --- F: self-instruct bulk on free tier
    gen_seed = w_seed1(C)
    rp_insts = [r['instruction'] for r in C.roleplay] + [s['instruction'] for s in C.seeds]

    def seed_wording(rng_, it):
        return gen_seed(rng_, it) if it == 'GEN' else rng_.choice(['', 'Respond to the following instruction as an ideal assistant.\n', 'Instruction: ']) + it
    items = []
    for i in range(4000):
        items.append('GEN' if rng.random() < 0.65 else rng.choice(rp_insts))
    A.op_sloppy(W, 'F1-seedling', 90, items, seed_wording, FREEMAIL, 0 + 1, 'vpn', 'requests', list(range(0, 14)), mean_req=38, persona='self-instruct-bulk',
                country_decl=('US', 'IN', 'VN', 'BR'), tier='free', hours=FLAT, max_tokens=3000, temperature=1.0, reasoning=None, model='orion-4-mini')
    # free tier: strip the single card (free accounts usually no card)
    for acc, lab in zip(W.accounts, W.labels):
        if lab['campaign'] == 'F1-seedling':
            acc['payment_fingerprint'] = None if rng.random() < 0.8 else acc['payment_fingerprint']
    md.append('- F1-seedling (90 accts): self-instruct/alpaca-style bulk generation (own wording, seed examples embedded) plus answering instructions, free tier via VPN exits, python-requests, sign-ups spread across the period.\n')

    # ------------------------------------------------ organic
    O.casual(W, 1150)
    O.writer(W, 140)
    O.vpn_user(W, 190)
    O.power_user(W, 140)
    O.developer(W, 230)
    O.developer(W, 20, label='developer', agentic_share=0.9, heavy=True)
    O.researcher(W, 80)
    O.data_hobbyist(W, 25)
    O.campus(W, 220, 'state-u', 'US', 'umich.edu')
    O.campus(W, 90, 'tum', 'DE', 'tum.de', nat_count=2)
    gsm_hw = rng.sample(C.gsm_test, 60)
    O.classroom(W, 55, 'MATH 105', 'US', 'ucsd.edu', [4, 11, 16], {4: list(enumerate([g['question'] for g in gsm_hw[:8]], 1)), 11: list(enumerate([g['question'] for g in gsm_hw[8:16]], 1)),
                                                                16: list(enumerate([g['question'] for g in gsm_hw[16:24]], 1))},
                'Homework {n} ({course}). Explain the solution step by step so I can follow it, and state the final answer clearly.\n\n{q}',
                'You are a patient math tutor for an intro course. Explain reasoning step by step. Do not just give the answer; teach.')
    O.classroom(W, 48, 'CS 61A', 'US', 'berkeley.edu', [6, 13], {6: list(enumerate([h_['prompt'] for h_ in C.humaneval[10:16]], 1)), 13: list(enumerate([h_['prompt'] for h_ in C.humaneval[40:46]], 1))},
                'Lab {n} for {course}: I need help understanding how to write this function. Give hints and then a full explanation.\n\n{q}',
                'You are a teaching assistant for an intro programming course. Encourage understanding; explain code line by line.')
    O.eval_harness(W, 'org_' + h('evalhouse'), 3, 16, [(g['question'], A.gsm_resp(g)) for g in C.gsm_test] + [(h_['prompt'], h_['canonical_solution']) for h_ in C.humaneval],
                   (None, 'Question: {q}\nLet\'s think step by step.', 2048), 'aws', 'openai_py', True, email='evalhouse.ai')
    O.eval_harness(W, None, 1, 8, [(h_['prompt'], h_['canonical_solution']) for h_ in C.humaneval], ('Complete the function. Output only code.', '{q}', 1024), 'univ', 'httpx', False,
                   tier='build', email='cs.cornell.edu', concurrency=2)
    O.enterprise(W, 'org_' + h('helpdeskly'), 45, 'You are Helpdeskly\'s triage assistant. Classify the ticket (billing/bug/how-to/security), set priority P1-P4, and draft a polite first reply. Output JSON.',
                 ticket, 'aws', 'openai_py', 4200, email='helpdeskly.com', n_egress=3, hours=FLAT)
    O.enterprise(W, 'org_' + h('brightcart'), 25, 'Write product descriptions for the BrightCart catalog. Follow the style guide: no superlatives, mention care instructions, US English.',
                 catalog, 'gcp', 'anthropic_ts', 2600, email='brightcart.com', hours=FLAT)
    O.enterprise(W, 'org_' + h('kessler-law'), 40, 'You assist Kessler & Partners associates. Be precise, cite the clause you rely on, and flag uncertainty. Never give advice to non-clients.',
                 clause(C), 'corp', 'dotnet', 2300, email='kesslerpartners.de', country='DE', n_egress=1)
    O.enterprise(W, 'org_' + h('fintrail'), 30, 'Internal engineering assistant at Fintrail. Review diffs, suggest fixes. Follow SECURITY.md.', codereview, 'azure', 'java_sdk', 1500,
                 email='fintrail.io', tools=['get_diff', 'read_file', 'post_comment'], country='GB')
    O.mobile_app(W, 180)
    O.corporate_proxy(W, 60, 'acmelogistics.com')
    O.hackathon(W, 70, 'res_GB', 'GB', 7, 'imperial.ac.uk')
    md.append('\n## Legitimate personas\n')
    return W, md


def world2(C, N):
    W = World(1010, datetime(2026, 4, 6), 20, C, N)
    rng = W.rng
    md = ['# World F2 (seed 1010)\n', '20 days from 2026-04-06.\n', '## Attack operations\n']

    # B1: unverified pseudo-enterprise harvesting roleplay dialogues
    org = 'org_' + h('mirrorchoir-labs')
    card = W.card('mirror-main')
    n24 = N.subnet24(rng, 'azure')
    pool = A.Pool(rng, C.roleplay * 2)
    t0 = W.start - timedelta(days=9)
    for a in range(90):
        aid = W.add_account(t0 + timedelta(hours=rng.uniform(0, 72)), rng.choice(['mirrorchoir.ai', 'mirrorchoir.ai', 'mirror-choir.com']), 'US', 'scale', 'attack',
                            'fake-org-roleplay', campaign='F2-mirrorchoir', org_id=org, payment=card if rng.random() < 0.7 else W.card('mirror-2'),
                            signup_ip=Net.in24(rng, n24), verified=False)
        st = stack(rng, 'dotnet')

        def build(i):
            it = pool.take()
            k = rng.randint(1, 4)
            return dict(prompts=[roleplay_open(rng, it)] + rng.sample(ROLE_FU, k - 1), ep='/v1/chat/completions', model='orion-4',
                        system=rng.choice(['You are an immersive character actor. Never break character.', 'Persona engine v2. Maintain voice and backstory consistency.']),
                        max_tokens=2048, temperature=1.0, stream=True, resp=lambda ti, it=it: it['response'] if ti == 0 and rng.random() < 0.7 else None,
                        tgap=(3, 20))
        A.schedule(W, aid, [W.key_id(aid, j) for j in range(2)], A.nreq(rng, 40), -5, FLAT, lambda: Net.in24(rng, n24), lambda st=st: st, build, sess=(4, 14))
    md.append('- F2-mirrorchoir (90 accts): unverified "organisation" (shared org_id, 1-2 cards, Azure egress, .NET client) mimicking an enterprise; harvests role-play/persona dialogues (gpteacher-roleplay) with in-character follow-ups, round-the-clock.\n')

    # B2: careful Socratic math
    A.op_careful(W, 'F2-ledger', 100, C.gsm_test + rng.sample(C.gsm_train, 3000), ledger_open, LEDGER_FU, persona='careful-socratic-math',
                 model_choices=(('orion-4-reasoner', 2), ('orion-4', 3)), turns=(2, 5), resp_fn=A.gsm_resp,
                 countries=['US', 'CA', 'GB', 'AU', 'IN', 'DE', 'PL', 'BR'], max_tokens=(4096, 8192, 16000))
    md.append('- F2-ledger (100 accts): careful, aged accounts with own cards and residential IPs; casual-sounding math questions followed by Socratic follow-ups asking for alternative methods/explanations; each gsm8k item used once across the op.\n')

    # B3: sloppy VPN fleet harvesting tool use
    tf = [t for t in C.toolformer]

    def tf_spec_fmt(rng_, it):
        return it
    rng.shuffle(tf)
    cards = [W.card('drift-%d' % i) for i in range(3)]
    vpn24 = [N.subnet24(rng, 'vpn') for _ in range(6)]
    pool3 = A.Pool(rng, tf)
    ua3, ja3 = stack(rng, 'curl')
    for a in range(110):
        bd = rng.choice([1, 2, 8, 15])
        aid = W.add_account(W.start + timedelta(days=bd, minutes=rng.uniform(0, 90)), rng.choice(['yah00-mail.com', 'g-mailbox.net', 'inbox-relay.org', 'mailfast.xyz']),
                            rng.choice(['US', 'NL', 'CH']), 'build', 'attack', 'sloppy-tooluse', campaign='F2-drift', payment=rng.choice(cards),
                            signup_ip=Net.in24(rng, rng.choice(vpn24)), verified=False)

        def build(i):
            it = pool3.take()
            return dict(prompts=[w_tool_drift(rng, it)], ep='/v1/messages', model='orion-4', tools=toolformer_tools(it) + rng.choice([[], ['calculator'], ['python']]),
                        max_tokens=4096, temperature=0.5, stream=False, resp=it['response'] if rng.random() < 0.8 else None, ip_each=True, p429=0.05)
        A.schedule(W, aid, [W.key_id(aid)], A.nreq(rng, 40), 0, FLAT, lambda: Net.in24(rng, rng.choice(vpn24)), lambda: (ua3, ja3), build,
                   sess=(10, 30), gap=(1, 10), day_lo=bd, day_hi=min(W.days - 1, bd + 5))
    md.append('- F2-drift (110 accts): sloppy fleet on commercial-VPN exits (IP per request), 3 cards, 4 sign-up bursts with look-alike mail domains, single curl stack; harvests tool-use traces (toolformer tasks with tool declarations).\n')

    # B4: preference/judge sub-teams on hh pairs
    teams = [dict(name='ovh', n=65, sdk='php', net='ovh', cover=0.12, email=['mail.com', 'gmx.com', 'proton.me'], cards=8, mean=42, hours=FLAT, ep='/v1/chat/completions'),
             dict(name='mobile-wrap', n=55, sdk='ios_app', net='residential', cover=0.35, email=FREEMAIL, mean=38, created='aged', countries=['US', 'GB', 'CA', 'AU'], ep='/v1/messages')]
    A.op_subteams(W, 'F2-presspair', teams, pref_items(C, rng), [w_pref_a, w_pref_b], A.cover_generic(C), persona='preference-judge', max_tokens=2048)
    md.append('- F2-presspair (120 accts): two sub-teams (PHP/Guzzle on OVH with 12% cover; iOS-app-like UA on residential IPs with 35% cover, aged accounts); pairwise preference judging of hh-rlhf chosen/rejected replies with rationales.\n')

    # B5: student-discount edu accounts paraphrase mill
    unis = ['uiuc.edu', 'asu.edu', 'osu.edu', 'purdue.edu', 'ufl.edu']
    n24s = [N.subnet24(rng, 'univ') for _ in range(5)]
    pool5 = A.Pool(rng, C.gsm_train)
    for a in range(75):
        j = rng.randrange(5)
        aid = W.add_account(W.start + timedelta(days=rng.uniform(-5, 3)), unis[j], 'US', 'build', 'attack', 'edu-paraphrase-mill', campaign='F2-paramill',
                            payment=W.card('paramill-%d' % (a % 9)), signup_ip=Net.in24(rng, n24s[j]), verified=False)
        st = stack(rng, 'aiohttp')
        home = N.ip(rng, 'res_US')

        def build(i):
            g = pool5.take()
            return dict(prompts=[w_para(rng, g)], ep='/v1/chat/completions', model=rng.choice(['orion-4', 'orion-4-reasoner']), max_tokens=6000, temperature=0.8,
                        stream=False, reasoning=rng.randint(500, 4000) if rng.random() < 0.5 else None, out=lambda r: r.randint(900, 3500))
        A.schedule(W, aid, [W.key_id(aid)], A.nreq(rng, 40), -6, NIGHT_OWL, (lambda j=j, home=home: Net.in24(rng, n24s[j]) if rng.random() < 0.6 else home),
                   lambda st=st: st, build, sess=(5, 15), gap=(3, 30))
    md.append('- F2-paramill (75 accts): accounts on student e-mail domains using campus egress (and home IPs), 9 cards spread across them; asks for look-alike variants of gsm8k problems with worked solutions (data augmentation), aiohttp client.\n')

    # B6: polyglot CoT
    items6 = [('g', g['question']) for g in rng.sample(C.gsm_train, 2000)] + [('h', h_['prompt']) for h_ in C.humaneval]
    cards6 = [W.card('poly-%d' % i) for i in range(20)]
    pool6 = A.Pool(rng, items6)
    for a in range(60):
        country = rng.choice(['BR', 'ID', 'ES', 'MX', 'DE'])
        aid = W.add_account(W.start - timedelta(days=rng.uniform(0, 60)), rng.choice(FREEMAIL), country, 'build', 'attack', 'multilingual-cot', campaign='F2-polyglot',
                            payment=rng.choice(cards6), signup_ip=N.ip(rng, COUNTRY_POOL[country]), verified=False)
        st = stack(rng, 'android_app')

        def build(i):
            it = pool6.take()
            return dict(prompts=[w_poly(rng, it)], ep='/v1/chat/completions', model='orion-4-reasoner', max_tokens=12000, temperature=0.6, stream=True,
                        reasoning=rng.randint(1000, 12000))
        A.schedule(W, aid, [W.key_id(aid)], A.nreq(rng, 40), TZ[country], DIURNAL, (lambda c=country: N.ip(rng, COUNTRY_POOL[c])), lambda st=st: st, build,
                   sess=(2, 8), gap=(20, 240))
    md.append('- F2-polyglot (60 accts): chain-of-thought elicitation written in Spanish/Portuguese/Indonesian/German around English gsm8k/humaneval items; Android okhttp client, residential/mobile IPs in BR/ID/ES/MX/DE, 20 cards.\n')

    # B7: bare arena-hard + taxonomy sweep on oracle cloud
    occ = ['tax auditor', 'ICU nurse', 'patent examiner', 'site reliability engineer', 'structural engineer', 'sommelier', 'actuary', 'air-traffic controller', 'forensic accountant', 'epidemiologist']
    tasks = ['diagnose the root cause of a described failure', 'design a decision procedure for a tricky edge case', 'explain a subtle misconception to a junior colleague',
             'estimate a quantity with explicit assumptions', 'critique a flawed plan', 'write a checklist for a rare emergency']
    fmts = ['a numbered procedure', 'a table', 'a memo', 'JSON']
    cells = [(o, t, f) for o in occ for t in tasks for f in fmts]
    mixed = [('tax', c) for c in cells] * 3 + [('bare', a_['prompt']) for a_ in C.arena]
    pool7 = A.Pool(rng, mixed)
    n24s7 = [N.subnet24(rng, 'oracle') for _ in range(2)]
    for a in range(45):
        aid = W.add_account(W.start + timedelta(days=rng.uniform(0, 6)), rng.choice(['fastmail.com', 'hey.com', 'pm.me']), rng.choice(['US', 'GB']), 'scale', 'attack',
                            'bare-and-sweep', campaign='F2-census', payment=W.card(), signup_ip=Net.in24(rng, rng.choice(n24s7)), verified=False)
        st = stack(rng, 'rust')

        def build(i):
            k, it = pool7.take()
            p = w_tax2(rng, it) if k == 'tax' else it
            return dict(prompts=[p], ep='/v1/messages', model='orion-4-reasoner', max_tokens=64000 if k == 'bare' else 16000, temperature=1.0, stream=True,
                        reasoning=rng.randint(5000, 40000), out=lambda r: r.randint(600, 4000))
        A.schedule(W, aid, [W.key_id(aid)], A.nreq(rng, 40), 0, FLAT, lambda: Net.in24(rng, rng.choice(n24s7)), lambda st=st: st, build, sess=(3, 10), gap=(60, 600))
    md.append('- F2-census (45 accts): occupation x task x format capability sweep mixed with bare arena-hard items, max_tokens 16k-64k with large extended reasoning; Rust client from Oracle cloud, one card per account.\n')

    # ------------------------------------------------ organic
    O.casual(W, 1150)
    O.writer(W, 170)
    O.vpn_user(W, 150)
    O.power_user(W, 130)
    O.developer(W, 220)
    O.developer(W, 20, agentic_share=0.95, heavy=True)
    O.researcher(W, 90)
    O.data_hobbyist(W, 35)
    O.campus(W, 260, 'iit', 'IN', 'iitb.ac.in', nat_count=2)
    O.campus(W, 80, 'nus', 'SG', 'u.nus.edu')
    gsm_hw = rng.sample(C.gsm_train, 40)
    O.classroom(W, 70, 'Quantitative Reasoning 1', 'GB', 'ed.ac.uk', [3, 10, 17], {d: list(enumerate([g['question'] for g in gsm_hw[i * 7:(i + 1) * 7]], 1)) for i, d in enumerate([3, 10, 17])},
                'QR1 worksheet Q{n}: {q}\nShow your working in full, one step per line, then the answer.', 'Tutor bot for QR1. Always show full working step by step. Never mock the student.')
    O.classroom(W, 40, 'Data Structures', 'US', 'gatech.edu', [8, 15], {8: list(enumerate([h_['prompt'] for h_ in C.humaneval[60:66]], 1)), 15: list(enumerate([h_['prompt'] for h_ in C.humaneval[100:106]], 1))},
                '[{course} problem {n}] Explain an approach and complexity, then give a reference implementation.\n{q}', 'You are a TA. Explain before coding.')
    O.eval_harness(W, 'org_' + h('benchwright'), 4, 9, [(g['question'], A.gsm_resp(g)) for g in C.gsm_test], (None, '{q}\nAnswer with reasoning, then "#### <number>".', 4096),
                   'gcp', 'anthropic_py', True, email='benchwright.org', concurrency=10)
    O.eval_harness(W, 'org_' + h('tinyevals'), 2, 8, [(a_['prompt'], None) for a_ in C.arena] + [(h_['prompt'], None) for h_ in C.humaneval], (None, '{q}', 8192),
                   'hetzner', 'litellm', False, tier='build', email='gmail.com', concurrency=3)
    O.enterprise(W, 'org_' + h('lingobridge'), 35, 'Professional translation. Preserve placeholders like {name} and HTML tags. Output only the translation.', translate(C),
                 'gcp', 'go_sdk', 3000, country='NL', email='lingobridge.nl', hours=FLAT)
    O.enterprise(W, 'org_' + h('carehub'), 50, 'You are CareHub\'s patient-portal assistant. Do not diagnose. Direct urgent symptoms to emergency services. Keep answers under 120 words.',
                 kb_assist(C), 'aws', 'openai_node', 3000, email='carehub.health')
    O.enterprise(W, 'org_' + h('stackpilot'), 18, 'StackPilot code-review bot. Comment only on real problems.', codereview, 'do', 'anthropic_py', 1600, email='stackpilot.dev',
                 tools=['fetch_pr', 'read_file', 'comment'], hours=FLAT)
    # legitimate but UNverified small startup with shared card & office NAT (looks coordinated)
    O.enterprise(W, 'org_' + h('pebble-analytics'), 12, 'Extract the key fields from the text and return JSON.', clause(C), 'res_DE', 'httpx', 900, country='DE',
                 email='pebble-analytics.de', persona='startup-shared-card', verified=False, tier='build', n_egress=1)
    O.mobile_app(W, 150)
    O.corporate_proxy(W, 70, 'northwind-insurance.com')
    O.hackathon(W, 90, 'res_US', 'US', 12, 'gmail.com')
    md.append('\n## Legitimate personas\n')
    return W, md


def finish(W, md, out):
    lab = {l['account_id']: l for l in W.labels}
    acts = Counter(r['account_id'] for r in W.ix)
    # drop accounts with no interactions? keep them (real exports have dormant accounts) but ensure attack ones are active
    per = defaultdict(lambda: [0, 0])
    camp = defaultdict(lambda: [0, 0])
    for l in W.labels:
        if l['label'] == 'organic':
            per[l['persona']][0] += 1
            per[l['persona']][1] += acts[l['account_id']]
        else:
            camp[l['campaign']][0] += 1
            camp[l['campaign']][1] += acts[l['account_id']]
    md2 = list(md)
    for p, (a, n) in sorted(per.items()):
        md2.append('- %s: %d accounts, %d requests\n' % (p, a, n))
    md2.append('\n## Attack totals\n')
    for c, (a, n) in sorted(camp.items()):
        md2.append('- %s: %d accounts, %d requests\n' % (c, a, n))
    n_att = sum(1 for l in W.labels if l['label'] == 'attack')
    md2.append('\nTotals: %d interactions, %d accounts, %d attack accounts.\nRegenerate: python3 worlds/blind/f/gen.py all\n' % (len(W.ix), len(W.accounts), n_att))
    W.write(out, ''.join(md2))
    print(out, len(W.ix), 'interactions', len(W.accounts), 'accounts', n_att, 'attack', sum(camp[c][1] for c in camp), 'attack ix')


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else 'all'
    base = sys.argv[2] if len(sys.argv) > 2 else HERE
    C = Corpora()
    N = Net()
    if which in ('world1', 'all'):
        W, md = world1(C, N)
        finish(W, md, base + '/world1')
    if which in ('world2', 'all'):
        W, md = world2(C, N)
        finish(W, md, base + '/world2')


if __name__ == '__main__':
    main()
