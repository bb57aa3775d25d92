#!/usr/bin/env python3
"""Generate the Y blind traffic worlds.

usage: python3 gen.py [W1|W2|all] [--out DIR]
Deterministic: each world has a fixed seed; re-running reproduces the files byte-for-byte.
"""
import collections, json, os, sys, random
from datetime import datetime, timezone
from lib import Corpora, Net, sub_rng, epoch, iso
from world import World
import organic as O
import attacks as A

HERE = os.path.dirname(os.path.abspath(__file__))


def gsm_items(w, rng, n, hw_split):
    qs = rng.sample(w.C.gsm_train, n)
    return [{'text': q['question'], 'hw': 0 if i < hw_split else 1} for i, q in enumerate(qs)]


def he_items(w, rng, n, hw_split):
    qs = rng.sample(w.C.humaneval, n)
    return [{'text': q['prompt'], 'hw': 0 if i < hw_split else 1} for i, q in enumerate(qs)]


def build_w1(out, C, N):
    seed = 140214
    w = World('W1', seed, datetime(2026, 2, 2, tzinfo=timezone.utc), 14, out, C, N)
    w.incidents = [(epoch(2026, 2, 10, 14, 5), epoch(2026, 2, 10, 14, 52), .3)]
    rng = sub_rng(seed, 'organic')
    # ---------------- legit, coordinated-looking
    O.org_group(w, rng, 'verified-enterprise', 'Nordlys Air', 'nordlysair.no', 'support', 40, 'NO', ('cloud', 'aws', 3), 'enterprise', True, 2600, 'java')
    O.org_group(w, rng, 'verified-enterprise', 'Hallam & Pryce LLP', 'hallampryce.co.uk', 'legal', 12, 'GB', ('office', None, 2), 'enterprise', True, 650, 'dotnet', profile='office')
    O.org_group(w, rng, 'verified-enterprise', 'Quarrytech', 'quarrytech.de', 'codeassist', 35, 'DE', ('cloud', 'azure', 2), 'scale', True, 1600, 'py', profile='office', trace='code')
    O.org_group(w, rng, 'verified-enterprise', 'Meadowlark Health', 'meadowlarkhealth.org', 'health', 20, 'US', ('cloud', 'gcp', 4), 'enterprise', True, 1200, 'go')
    O.org_group(w, rng, 'verified-enterprise', 'Brightwater Bank', 'brightwaterbank.sg', 'bank', 15, 'SG', ('cloud', 'azure', 2), 'enterprise', True, 800, 'java', profile='office')
    O.startup_app(w, rng, 'Tinyloop', 8, 700, 'ecommerce')
    O.startup_app(w, rng, 'GradeGlow', 6, 520, 'edtech', country='GB')
    O.eval_harness(w, rng, 'Fathom Evals', 6, 'gcp', True, 'scale', 5, domain='fathomevals.ai')
    O.eval_harness(w, rng, 'benchbox', 2, 'aws', False, 'build', 2, domain='benchbox.dev')
    O.eval_harness(w, rng, 'cmu-nlp', 2, None, False, 'build', 2, domain='cs.cmu.edu', uni='cmu')
    O.campus(w, rng, 'umich', 180, 'umich.edu', 'US', deadline_days=(4, 11))
    O.campus(w, rng, 'dfn', 150, 'tum.de', 'DE', deadline_days=(6, 13))
    O.classroom(w, rng, 'gatech', 55, 'gatech.edu', 'US', 'CS 1301',
                'You are the CS 1301 course assistant. Help students understand the problem and debug their own code. Do NOT write complete solutions; give hints, ask guiding questions, and point to the relevant concept.',
                he_items(w, rng, 8, 4), (5, 12))
    O.classroom(w, rng, 'jisc', 40, 'student.manchester.ac.uk', 'GB', 'Quant Methods',
                'Module QM101 helper. The student is working on a problem sheet. Explain the method step by step but let them do the final arithmetic.',
                gsm_items(w, rng, 10, 5), (3, 10), teacher_domain='manchester.ac.uk',
                wrapper='QM101 Problem Sheet - question {n}.\nExplain the method step by step, but let me do the final arithmetic myself.\n\nQuestion: {q}\n\nMy attempt so far: {attempt}')
    O.classroom(w, rng, 'snu', 30, 'snu.ac.kr', 'KR', 'Intro Programming',
                '너는 프로그래밍 입문 수업의 조교야. 정답 코드를 그대로 주지 말고 힌트와 설명 위주로 도와줘. You may answer in English if the student writes in English.',
                he_items(w, rng, 6, 3), (7, 13))
    O.automation_platform(w, rng, 90, 'Relayflow')
    O.hackathon(w, rng, 70, 5, uni='stanford', country='US')
    O.corp_devs(w, rng, 18, 'Parallax Freight', 'parallaxfreight.com', 'US', 'zscaler')
    # ---------------- legit individuals
    O.power_user(w, rng, 130)
    O.developer(w, rng, 240)
    O.agentic_dev(w, rng, 50)
    O.researcher(w, rng, 70, ['mit', 'stanford', 'berkeley', 'toronto', 'jisc', 'dfn', 'switch', 'cernet', 'kyoto', 'uw', 'uiuc'])
    O.data_hobbyist(w, rng, 30)
    O.writer(w, rng, 140)
    O.vpn_user(w, rng, 180)
    O.casual(w, rng, 1280)
    # ---------------- operations
    ar = sub_rng(seed, 'attacks')
    A.op_sloppy(w, ar, 'op-kestrel', 130, 'kestrel', 'aiohttp', ['m247', 'datacamp', 'hostroyale', 'x4b'], 5,
                [(epoch(2026, 2, 1, 22, 10), 55), (epoch(2026, 2, 5, 3, 0), 40), (epoch(2026, 2, 9, 14, 30), 35)], 38,
                A.DISPOSABLE + A.LOOKALIKE)
    A.op_careful(w, ar, 'op-meridian', 90, 'math', 35,
                 [('US', 8), ('CA', 2), ('GB', 3), ('AU', 2), ('IN', 3), ('DE', 2), ('NL', 1), ('BR', 1), ('JP', 1), ('KR', 1), ('FR', 1)], 'gsm-train')
    A.op_foundry(w, ar, 'op-foundry', [
        {'name': 'foundry-vps-node', 'n': 55, 'cover': .25, 'net': 'vps', 'providers': ['do', 'vultr', 'linode'], 'stack': 'openai_js', 'kind': 't1',
         'cards': 12, 'tz': 8, 'profile': 'office'},
        {'name': 'foundry-resi-agent', 'n': 50, 'cover': .15, 'net': 'resi', 'proxy_countries': [('US', 5), ('GB', 2), ('DE', 2), ('CA', 1), ('FR', 1), ('NL', 1)],
         'stack': 'go_agent', 'kind': 't2', 'cards': 9, 'tz': 8, 'profile': 'dev', 'mult': 1.1},
        {'name': 'foundry-4g-py', 'n': 45, 'cover': .35, 'net': 'mobile', 'proxy_countries': [('IN', 3), ('ID', 2), ('VN', 2), ('PH', 1)],
         'stack': 'anthropic_py', 'kind': 't3', 'cards': 7, 'tz': 7, 'profile': 'evening', 'countries': [('IN', 3), ('ID', 2), ('VN', 2), ('PH', 1), ('SG', 1)]},
    ], 34)
    A.op_tribunal(w, ar, 'op-tribunal', 70, 42, 8, ['azure', 'gcp'],
                  ['evalcraft-labs.com', 'evalcraftlabs.co', 'gmail.com', 'gmail.com', 'outlook.com', 'proton.me'])
    A.op_sprout(w, ar, 'op-sprout', 80, 40, ['curl', 'requests'], 'vpn')
    A.op_taxonomy(w, ar, 'op-atlas', 50, 38, 'atlas')
    A.op_bare(w, ar, 'op-plainsong', 40, 30, 'plainsong')
    return w


def build_w2(out, C, N):
    seed = 210821
    w = World('W2', seed, datetime(2026, 8, 10, tzinfo=timezone.utc), 21, out, C, N)
    w.release = (epoch(2026, 8, 18, 16, 0), {'lumen-3': 'lumen-3.5', 'lumen-3-reasoner': 'lumen-3.5-reasoner'})
    w.incidents = [(epoch(2026, 8, 21, 9, 10), epoch(2026, 8, 21, 10, 2), .35), (epoch(2026, 8, 27, 22, 40), epoch(2026, 8, 27, 23, 5), .2)]
    rng = sub_rng(seed, 'organic')
    O.org_group(w, rng, 'verified-enterprise', 'Cobalt Retail Group', 'cobaltretail.com', 'ecommerce', 45, 'US', ('cloud', 'aws', 4), 'enterprise', True, 2300, 'js')
    O.org_group(w, rng, 'verified-enterprise', 'Ostara Clinics', 'ostara-clinics.de', 'health', 18, 'DE', ('office', None, 3), 'enterprise', True, 900, 'dotnet', profile='office')
    O.org_group(w, rng, 'verified-enterprise', 'Kiteline Software', 'kiteline.io', 'codeassist', 50, 'CA', ('cloud', 'gcp', 3), 'scale', True, 1600, 'py', profile='office', trace='code')
    O.org_group(w, rng, 'verified-enterprise', 'Sunda Airways', 'sundaair.co.id', 'support', 25, 'ID', ('cloud', 'alibaba', 2), 'enterprise', True, 1300, 'go')
    O.org_group(w, rng, 'verified-enterprise', 'Talent Harbor', 'talentharbor.com', 'hr', 10, 'GB', ('cloud', 'azure', 1), 'scale', True, 450, 'py', profile='office')
    O.startup_app(w, rng, 'Parsley', 10, 800, 'ecommerce', country='NL')
    O.startup_app(w, rng, 'Markwise', 7, 650, 'edtech', country='US')
    O.startup_app(w, rng, 'Clausebot', 5, 420, 'legal', country='US')
    O.eval_harness(w, rng, 'Meridian Bench', 7, 'aws', True, 'scale', 5, domain='meridianbench.org')
    O.eval_harness(w, rng, 'openlb', 2, 'hetzner', False, 'build', 3, domain='gmail.com', country='DE')
    O.eval_harness(w, rng, 'ethz-lm', 3, None, False, 'build', 2, domain='inf.ethz.ch', uni='switch', country='CH')
    O.campus(w, rng, 'unimelb', 170, 'student.unimelb.edu.au', 'AU', deadline_days=(11, 18))
    O.campus(w, rng, 'snu', 110, 'snu.ac.kr', 'KR', deadline_days=(9,))
    O.classroom(w, rng, 'monash', 60, 'student.monash.edu', 'AU', 'FIT1045',
                'You are the FIT1045 tutor bot. Students are learning Python. Never provide full working solutions to assessed problems. Explain concepts, suggest tests, and point out bugs in code they paste.',
                he_items(w, rng, 8, 4), (6, 17))
    O.classroom(w, rng, 'osu', 25, 'buckeyemail.osu.edu', 'US', 'Summer Algebra Bridge',
                'Summer bridge programme maths helper. Explain word problems clearly, one step at a time, and check the student\'s own attempt before showing yours.',
                gsm_items(w, rng, 8, 8), (12,), teacher_domain='osu.edu')
    O.classroom(w, rng, 'aarnet', 45, 'student.uq.edu.au', 'AU', 'STAT1201',
                'STAT1201 study assistant. Help with probability word problems. Show reasoning, but ask the student to attempt each step first.',
                gsm_items(w, rng, 10, 5), (8, 19), teacher_domain='uq.edu.au',
                wrapper='[STAT1201 helper] Q{n}: {q}\n---\nPlease guide me through the reasoning one step at a time. {attempt}')
    O.automation_platform(w, rng, 95, 'Zapline')
    O.hackathon(w, rng, 65, 12, uni=None, country='GB')
    O.corp_devs(w, rng, 15, 'Helix Insurance', 'helix-insurance.com', 'US', 'netskope')
    O.corp_devs(w, rng, 8, 'Vantablue', 'vantablue.fr', 'FR', 'paloalto')
    O.power_user(w, rng, 100)
    O.developer(w, rng, 170)
    O.agentic_dev(w, rng, 30)
    O.researcher(w, rng, 70, ['snu', 'kyoto', 'aarnet', 'unimelb', 'cernet', 'switch', 'dfn', 'stuttgart', 'cornell', 'gatech', 'purdue', 'rutgers'])
    O.data_hobbyist(w, rng, 28)
    O.writer(w, rng, 130)
    O.vpn_user(w, rng, 190)
    O.casual(w, rng, 1360)
    ar = sub_rng(seed, 'attacks')
    A.op_sloppy(w, ar, 'op-gullwing', 110, 'gullwing', 'go', ['contabo', 'ovh', 'hetzner', 'x4b'], 3,
                [(epoch(2026, 8, 9, 19, 40), 60), (epoch(2026, 8, 19, 2, 15), 50)], 45,
                ['mailto.plus', 'fexpost.com', 'gmial.com', 'outlok.com', 'tempr.email', 'gamil.com'], countries=(('US', 3), ('DE', 1), ('RU', 1)))
    A.op_careful(w, ar, 'op-cinder', 100, 'code', 36,
                 [('US', 7), ('CA', 2), ('GB', 2), ('DE', 2), ('PL', 1), ('IN', 3), ('BR', 1), ('AU', 1), ('SE', 1), ('ES', 1), ('TW', 1)], 'code-pool')
    A.op_brackish(w, ar, 'op-brackish', [
        {'name': 'brackish-aws-py', 'n': 60, 'cover': .1, 'net': 'aws', 'kind': 't1', 'countries': [('US', 3), ('SG', 1)], 'age': (20, 60),
         'tz': 8, 'profile': 'flat', 'cards': 6},
        {'name': 'brackish-v6-rust', 'n': 50, 'cover': .3, 'net': 'hetzner6', 'kind': 't2', 'countries': [('DE', 2), ('FI' if False else 'SE', 1), ('NL', 1)],
         'age': (5, 30), 'tz': 3, 'profile': 'dev', 'cards': 10},
        {'name': 'brackish-headless', 'n': 50, 'cover': .4, 'net': 'resi', 'kind': 't3', 'countries': [('US', 4), ('CA', 1), ('GB', 1)],
         'proxy_countries': [('US', 5), ('CA', 1), ('GB', 1), ('AU', 1)], 'age': (30, 120), 'tz': -5, 'profile': 'evening', 'cards': 0},
    ], 35)
    A.op_ledger(w, ar, 'op-ledger', 60, 42, 'oracle', [('US', 4), ('GB', 1), ('CA', 1), ('AU', 1), ('IE' if False else 'NL', 1)])
    A.op_seedbank(w, ar, 'op-seedbank', 70, 40)
    A.op_taxonomy(w, ar, 'op-lattice', 50, 36, 'lattice', start_after=w.release[0])
    A.op_bare(w, ar, 'op-mute', 40, 32, 'mute')
    A.op_relay(w, ar, 'op-relay', 35, 40, .2)
    return w


def summarize(w, reqs, accs):
    per = collections.Counter()
    req_per = collections.Counter()
    camp = collections.Counter()
    camp_req = collections.Counter()
    sub = collections.defaultdict(collections.Counter)
    for r in reqs:
        a = r['_acct']
        if a.label == 'attack':
            camp_req[a.campaign] += 1
        else:
            req_per[a.persona] += 1
    for a in accs:
        if a.label == 'attack':
            camp[a.campaign] += 1
            sub[a.campaign][a.persona] += 1
        else:
            per[a.persona] += 1
    return per, req_per, camp, camp_req, sub


DESCR = {
    'op-kestrel': 'Sloppy fleet harvesting chain-of-thought on general, coding and maths prompts (arena-hard, koala, gsm8k). Accounts signed up in three bursts from disposable/look-alike mail domains, five payment cards shared across the fleet, a small pool of datacenter/VPS addresses, one scripted aiohttp client, fixed-sleep batch loops round the clock. Queue occasionally re-serves items after restarts.',
    'op-meridian': 'Careful operation: accounts aged 2-10 months, each with its own card and its own residential line in its declared country, browser or SDK stacks (some with per-session randomised TLS fingerprints), human-paced 1-5 turn tutoring-style threads with follow-ups asking for alternative methods and verification. All accounts draw distinct items from one shared gsm8k-train queue (never repeated).',
    'op-foundry': 'Coding / agentic harvest split in three sub-teams sharing one campaign: (a) OpenAI-JS SDK on DO/Vultr/Linode VPS doing function completion + complexity/correctness write-ups; (b) Go client via rotating residential proxies running multi-turn agent loops with declared tools and fabricated observations; (c) Anthropic-Python over 4G mobile proxies asking explain-then-implement. 15-35% cover traffic each. Items drawn from one shared humaneval+codegen queue.',
    'op-tribunal': 'Rubric-grading harvest: the model scores candidate answers (gsm8k worked solutions, some with corrupted final numbers; GPTeacher code and roleplay responses) on named criteria with JSON/table outputs. Eight cards, Azure/GCP egress, Anthropic-JS SDK, temperature 0; some accounts on a look-alike company domain.',
    'op-sprout': 'Self-instruct bulk generation: few-shot prompts built from the self-instruct seed tasks asking for batches of new instruction/input/output triples, plus answer generation for GPTeacher instructions. Mostly free-tier accounts opened continuously through the period, commercial VPN exits, curl/requests.',
    'op-atlas': 'Capability-taxonomy sweep over a domain x skill x level grid, one cell per request, "write a hard task and solve it" with large max_tokens and reasoning. 4G phone-farm proxies; Android okhttp user agent over a Python TLS stack.',
    'op-plainsong': 'Bare benchmark items (gsm8k-test, HumanEval, arena-hard) with no wrapper at all, max_tokens 32k-64k and extended thinking budgets; each account its own card; IPv6 addresses from datacenter ranges; Anthropic-Python SDK.',
    'op-gullwing': 'Sloppy fleet harvesting worked maths solutions from gsm8k-train; two sign-up bursts with disposable/look-alike domains; three cards; Contabo/OVH/Hetzner/X4B datacenter addresses; one Go client; fixed-sleep batches; a few prompts leak the job counter.',
    'op-cinder': 'Careful operation on coding: aged accounts, own card and residential line each, browser/SDK/randomised-TLS stacks, interview-prep style threads with follow-ups (complexity, tests, rewrite in another language). Distinct items from one shared HumanEval+codegen+arena-code queue.',
    'op-brackish': 'Three sub-teams under one campaign: (a) OpenAI-Python from AWS harvesting explicit reasoning on arena/mt-bench/koala prompts, round the clock; (b) Rust/rustls client from Hetzner IPv6 harvesting maths solutions; (c) headless/automated Chrome through residential proxies requesting grading of (partly corrupted) solutions. 10-40% cover traffic.',
    'op-ledger': 'Pairwise preference / harmlessness judgements over hh-rlhf dialogues (chosen vs rejected in random order) with detailed critiques; each account its own card; sign-ups all from one Oracle cloud range; traffic via rotating residential proxies; mixed browser/python stacks.',
    'op-seedbank': 'Bulk instruction+answer generation ("imagine N users of an app...") routed through the same no-code automation platform that legitimate customers use (same egress, UA and TLS), on a schedule like a platform trigger.',
    'op-lattice': 'Capability sweep over a field x operation x output-form grid, starting only after the new model release and targeting the new models; httpx/HTTP2 from Alibaba/Tencent/Huawei cloud.',
    'op-mute': 'Bare items (gsm8k, HumanEval, arena-hard) to the reasoning model with max_tokens 65536; one GCP address per account; each item used once across the whole operation (unlike an eval harness, no repeats).',
    'op-relay': 'Tool-use trajectory harvest: toolformer tasks re-declared as function tools, multi-turn with fabricated function results, node client over rotating residential proxies, 20% cover.',
}
PDESC = {
    'verified-enterprise': 'verified organisations: many keys created within minutes under one org_id, one card, one NAT/cloud egress, one app system prompt, steady server-side SDK traffic (token shapes from the Azure traces)',
    'startup-app': 'unverified small companies: several keys, one card, cloud egress, one system prompt',
    'eval-harness': 'benchmark runners (gsm8k, HumanEval pass@k, MT-bench, arena-hard + judge) from cloud or university machines, repeating items across runs, 24/7',
    'campus-nat': 'students behind a campus NAT (a handful of addresses) plus home use; deadline bursts',
    'classroom': 'course students sharing the teacher\'s system prompt and the same homework items, bursting before deadlines',
    'classroom-teacher': 'the teacher of each class, testing the homework items',
    'automation-platform': 'unrelated customers whose calls are all made by a no-code platform (shared egress, UA, TLS, default system prompt, cron-like triggers)',
    'hackathon': 'attendees who sign up within ~90 minutes on the venue network and run the same tutorial prompts',
    'corp-developer': 'developers of one company (same mail domain, some on a shared corporate card) behind a TLS-intercepting proxy: browser/SDK user agents with the proxy\'s JA4',
    'power-user': 'heavy individual users, long threads, coding and analysis, several clients',
    'developer': 'developers building apps: debugging loops, probes, odd client stacks (mismatched UA/JA4), small deployed apps, some coding-agent use',
    'agentic-developer': 'heavy coding-agent CLI users: long fast tool loops with shared agent system prompts',
    'researcher': 'academics asking for step-by-step reasoning; some run scripted CoT experiments over gsm8k-test',
    'data-hobbyist': 'hobbyists generating small fine-tuning sets (incl. the literal Alpaca generation prompt)',
    'writer': 'fiction writers: long drafts, edits, roleplay',
    'vpn-user': 'privacy-minded users behind commercial VPN exits',
    'casual': 'casual chat users via browsers, BYOK mobile/desktop apps (shared app system prompts, mobile CGNAT addresses), scripts',
}


def write_md(w, reqs, accs):
    per, req_per, camp, camp_req, sub = summarize(w, reqs, accs)
    n_att = sum(camp.values())
    L = ['# World %s (generator Y)' % w.name, '',
         'Period: %s to %s (%d days). Seed %d.' % (iso(w.t0)[:10], iso(w.t1 - 1)[:10], w.days, w.seed), '',
         'Interactions: %d. Accounts: %d (attack %d, organic %d). Attack interactions: %d.' % (
             len(reqs), len(accs), n_att, len(accs) - n_att, sum(camp_req.values())), '',
         'Models: lumen-3, lumen-3-mini, lumen-3-reasoner, lumen-3-coder (+ lumen-2.5 used by eval harnesses)' +
         ('; lumen-3.5 and lumen-3.5-reasoner released %s.' % iso(w.release[0]) if w.release else '.'), '',
         'Provider incidents (elevated 5xx): ' + ', '.join('%s-%s' % (iso(a), iso(b)[11:]) for a, b, _ in w.incidents), '',
         '## Operations (label attack)', '']
    for c in sorted(camp):
        L.append('- **%s** - %d accounts, %d requests. %s' % (c, camp[c], camp_req[c], DESCR.get(c, '')))
        if len(sub[c]) > 1:
            L.append('  - sub-teams: ' + ', '.join('%s (%d)' % kv for kv in sorted(sub[c].items())))
    L += ['', '## Legitimate personas (label organic)', '']
    for p in sorted(per, key=lambda x: -per[x]):
        L.append('- **%s** - %d accounts, %d requests. %s' % (p, per[p], req_per[p], PDESC.get(p, '')))
    L += ['', 'The response field is withheld (null) throughout, as in a privacy-filtered provider export.',
          'Prompts come from the shared corpora; every wrapper/phrasing was written for this generator.', '']
    open(os.path.join(w.out_dir, 'WORLD.md'), 'w').write('\n'.join(L))


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else 'all'
    outroot = HERE
    if '--out' in sys.argv:
        outroot = sys.argv[sys.argv.index('--out') + 1]
    C, N = Corpora(), Net()
    for name, fn in (('W1', build_w1), ('W2', build_w2)):
        if which not in ('all', name):
            continue
        w = fn(os.path.join(outroot, name), C, N)
        w.finalize()
        reqs, accs = w.write()
        write_md(w, reqs, accs)
        n_att = sum(1 for a in accs if a.label == 'attack')
        print('%s: %d interactions, %d accounts, %d attack accounts, %d attack interactions' % (
            name, len(reqs), len(accs), n_att, sum(1 for r in reqs if r['_acct'].label == 'attack')))


if __name__ == '__main__':
    main()
