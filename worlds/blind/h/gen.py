#!/usr/bin/env python3
"""Blind world generator. Usage: python3 gen.py --world 1 --seed 1313 --out world1
                                  python3 gen.py --world 2 --seed 1414 --out world2"""
import argparse, datetime as dt, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import World, Corpora, IPs
import legit as L
import ops as O

ASNS = [7922, 7018, 22773, 701, 6128, 21928, 2856, 5089, 3320, 3215, 12322, 55836, 17676, 4766, 1221, 8151, 28573, 3352, 6830,
        16509, 15169, 8075, 24940, 16276, 14061, 45102, 20473, 9009, 212238, 136787, 786, 1103, 3, 25, 2152]


def world1(W):
    rng = W.rng; C = W.corp
    # --- legitimate
    L.enterprise(W, 'brightdesk', 60, 60, 16509, 'You are Brightdesk Assist, the support copilot for Brightdesk customers. Follow the tone guide: warm, brief, no promises about refunds.', 'support', 'openai-py')
    L.enterprise(W, 'hollandlaw', 25, 55, 2856, 'You are a contract-review assistant for Holland & Pryce LLP. Never give final legal advice; flag issues for a solicitor.', 'legal', 'dotnet', country='GB', tz=0)
    L.enterprise(W, 'quaycode', 18, 50, 8075, 'You are QuayCode Reviewer. Output a bullet list of concrete issues with line references.', 'codereview', 'go-sdk')
    L.enterprise(W, 'mathwise-tutoring', 22, 70, 24940, 'You are Mathwise, a patient maths tutor for children aged 9-14. Never just give the answer; guide with questions and steps.', 'tutor', 'anthropic-ts', country='DE', tz=1, tier='scale', verified=False, persona='tutoring-platform')
    L.campus(W, 360, 5, 3, 'mit.edu')
    L.campus(W, 120, 5, 786, 'ed.ac.uk', country='GB', tz=0, nats=2)
    hw = [g['question'] for g in rng.sample(C.gsm_test, 12)]
    L.classroom(W, 48, "Homework 6 — Algebra I (Ms. Okafor). Please explain how to solve this problem step by step so I can understand it, don't just give the answer:\n\n{Q}", hw[:6], [4, 11], 7922)
    L.classroom(W, 62, "[CS101 helper] Read the problem, show your working and the final answer on its own line.\nProblem: {Q}", hw[6:], [6, 13], 25, edu='berkeley.edu', tz=-8)
    L.eval_harness(W, 'aperture-evals.org', 4, 7, lambda: [g['question'] for g in C.gsm_test[:300]], 15169, 'httpx', system='Solve the problem. End with "The answer is N".')
    L.eval_harness(W, 'aperture-evals.org', 2, 10, lambda: [h['prompt'] for h in C.humaneval], 15169, 'requests', samples=1, temperature=0.0, reasoning=True)
    L.individuals(W, 'power-user', 150, 30, 'dev', ['cli-node', 'anthropic-py', 'openai-py', 'curl', 'reqwest', 'go'], tools_p=.35, reasoning_p=.2, cwin=(6, 27), odd_p=.15)
    L.individuals(W, 'developer', 340, 12, 'dev', ['openai-py', 'openai-node', 'anthropic-ts', 'requests', 'curl', 'curl-win', 'java', 'dotnet', 'axios', 'go'], tools_p=.08, odd_p=.1)
    L.individuals(W, 'researcher', 80, 25, 'mix', ['openai-py', 'anthropic-py', 'httpx', 'chrome-mac'], reasoning_p=.6, sys_p=.3)
    L.individuals(W, 'data-hobbyist', 60, 30, 'mix', ['openai-py', 'requests', 'aiohttp'], reasoning_p=.1)
    L.individuals(W, 'casual', 1150, 4, 'casual', ['chrome-win', 'chrome-mac', 'safari-ios', 'safari-mac', 'firefox', 'edge', 'okhttp', 'ios-app'], tier_w=(8, 2, 0, 0))
    L.individuals(W, 'vpn-user', 200, 8, 'mix', ['chrome-win', 'firefox', 'safari-mac', 'openai-py'], vpn=True)
    L.individuals(W, 'writer', 150, 12, 'writer', ['chrome-mac', 'safari-mac', 'chrome-win', 'ios-app'], sys_p=.3)
    hackathon(W)
    # --- attack
    O.op_lantern(W, 'OP-LANTERN', 170, 45)
    pool = [h['prompt'] for h in C.humaneval] + [g['question'] for g in C.gsm_test] + C.arena_code
    O.op_mosaic(W, 'OP-MOSAIC', 130, 34, pool)
    O.op_trellis(W, 'OP-TRELLIS', [('go', 50, 'go', 24940, .12, 'shared', False), ('node', 50, 'openai-node', 20473, .25, 'unique', False),
                                   ('py', 50, 'anthropic-py', 16509, .38, 'unique', True)], 40)
    O.op_gavel(W, 'OP-GAVEL', 90, 35, [21928, 55836, 28573])
    items = lambda: rng.choice([rng.choice(C.gsm_train)['question'], rng.choice(C.humaneval)['prompt'], rng.choice(C.arena)['prompt']])
    O.op_bare(W, 'OP-SEEDBANK', 60, 45, items, lambda: W.ips.pick(rng, 8075), 'anthropic-py', 'bare-thinking', orgs=4)


def hackathon(W, n=120):
    """legit: a weekend hackathon - burst sign-ups from one venue, same starter kit"""
    rng = W.rng
    venue = W.ips.pick(rng, 7018)
    t0 = W.start + dt.timedelta(days=8, hours=15)
    for i in range(n):
        a = W.new_account('organic', 'hackathon', created=t0 + dt.timedelta(minutes=rng.uniform(0, 110)),
                          email=rng.choice(['gmail.com', 'gmail.com', 'utexas.edu', 'rice.edu', 'outlook.com']), signup_ip=venue, country='US', tier='free')
        pair = L.client(rng, 'openai-node')
        for k in range(max(3, int(rng.gauss(15, 6)))):
            t = t0 + dt.timedelta(hours=rng.uniform(0.5, 44))
            pr, _ = L.organic_prompt(W, rng, rng.choice(['dev', 'mix']))
            L.thread(W, a, t, venue if rng.random() < .85 else W.ips.pick(rng, 21928), pair, pr[:1], followups=False,
                     system='You are the assistant inside "StudyBuddy", our hackathon project. Keep it friendly.' if rng.random() < .6 else None)


def world2(W):
    rng = W.rng; C = W.corp
    # --- legitimate
    L.enterprise(W, 'corvid-bank', 45, 70, 8075, 'You are Corvid Bank\'s internal policy assistant. Answer only from the retrieved policy excerpts; say "not covered" otherwise.', 'support', 'dotnet', country='GB', tz=0)
    L.enterprise(W, 'synthetica', 30, 80, 16509, 'You generate high-quality, diverse synthetic training data for Synthetica customers. Output strict JSON lines.', 'synthdata', 'openai-py', tier='enterprise')
    L.enterprise(W, 'agentloop', 70, 40, 15169, None, 'agentplatform', 'anthropic-ts', tools=['search', 'calendar_create', 'send_email'], persona='agent-platform-reseller', hours=(0, 24))
    L.enterprise(W, 'nordic-health', 15, 40, 3320, 'You assist clinicians with summarising discharge notes. Do not invent medication doses.', 'legal', 'java', country='DE', tz=1)
    L.campus(W, 300, 5, 1103, 'uva.nl', country='NL', tz=1)
    L.campus(W, 260, 5, 2152, 'ucla.edu', tz=-8)
    hw = rng.sample(C.humaneval, 9)
    for sec, (asn, dls) in enumerate([(2152, [3, 10]), (1103, [5, 12]), (786, [7, 14])]):
        L.classroom(W, rng.randint(35, 55), f"MOOC Intro to Python — section {sec + 1}. Complete the function below and explain your approach in plain words:\n\n{{Q}}",
                    [h['prompt'] for h in hw[sec * 3:(sec + 1) * 3]], dls, asn, persona='mooc-classroom', edu='learner.mooc.org')
    L.classroom(W, 50, "Bootcamp week 4 kata. Solve it and explain the time complexity:\n{Q}", [c['instruction'] for c in rng.sample(C.codegen, 5)], [6, 13], 7922, persona='bootcamp', edu='gmail.com')
    # pass@k harness: same HumanEval items sampled 10x at temperature 0.8 - looks like harvesting
    L.eval_harness(W, 'meridian-ai.com', 3, 4, lambda: [h['prompt'] for h in C.humaneval], 16509, 'aiohttp', samples=5, temperature=0.8)
    L.eval_harness(W, 'cs.ox.ac.uk', 2, 6, lambda: [g['question'] + '\nLet\'s think step by step.' for g in rng.sample(C.gsm_test, 250)], 786, 'requests', reasoning=False)
    L.individuals(W, 'power-user', 130, 35, 'dev', ['cli-node', 'anthropic-py', 'go-sdk', 'curl', 'reqwest'], tools_p=.45, reasoning_p=.25, cwin=(5, 28), odd_p=.2)
    L.individuals(W, 'developer', 300, 12, 'dev', ['openai-py', 'openai-node', 'requests', 'curl-win', 'java', 'dotnet', 'axios', 'httpx'], tools_p=.1, odd_p=.15)
    L.individuals(W, 'researcher', 110, 22, 'mix', ['openai-py', 'anthropic-py', 'httpx'], reasoning_p=.7, sys_p=.4)
    L.individuals(W, 'data-hobbyist', 45, 35, 'mix', ['openai-py', 'aiohttp', 'requests'])
    L.individuals(W, 'casual', 1050, 4, 'casual', ['chrome-win', 'safari-ios', 'okhttp', 'ios-app', 'chrome-mac', 'firefox'], tier_w=(8, 2, 0, 0))
    L.individuals(W, 'vpn-user', 220, 8, 'mix', ['chrome-win', 'firefox', 'safari-mac'], vpn=True)
    L.individuals(W, 'writer', 180, 11, 'writer', ['chrome-mac', 'safari-mac', 'ios-app'], sys_p=.4)
    L.individuals(W, 'translator', 40, 25, 'writer', ['chrome-win', 'dotnet'], sys_p=1.0, countries=[0, 0, 10, 5, 0, 5, 0, 0, 5, 5, 5, 2])
    # --- attack
    O.op_kestrel(W, 'OP-KESTREL', 130, 40)
    pool = [c['instruction'] + ('\n' + c['input'] if c['input'] else '') for c in C.codegen] + [h['prompt'] for h in C.humaneval]
    O.op_mosaic(W, 'OP-DRIFTWOOD', 140, 32, pool, cover_p=.3, tools_p=.4, persona='aged-coder')
    O.op_quarry(W, 'OP-QUARRY', 110, 48)
    O.op_prism(W, 'OP-PRISM', 40)
    items = lambda: rng.choice([rng.choice(C.gsm_train)['question'], rng.choice(C.arena)['prompt'], rng.choice(C.codegen)['instruction']])
    O.op_bare(W, 'OP-ECHO', 85, 40, items, lambda: W.ips.pick(rng, rng.choice([21928, 55836, 9808 if False else 28573])), 'okhttp', 'mobile-proxy-bare',
              created_fn=lambda: W.start - dt.timedelta(days=rng.uniform(20, 50)), emails=['gmail.com', 'yahoo.com', 'aol.com', 'mail.ru'], tier='free')


MD = {1: """# World H1 (seed 1313)

Period 2026-03-02 .. 2026-03-20 (18 days). Model names helix-2-*.

Operations (attack):
- OP-LANTERN: sloppy proxy fleet; sign-up bursts, disposable/look-alike e-mail, 6 shared cards, VPN/datacenter proxies, one httpx stack with OpenAI UA; chain-of-thought elicitation over maths word problems and role-play tasks.
- OP-MOSAIC: careful aged accounts (80-320 days), own card, stable residential IPs, varied/randomised TLS+UA, human-paced multi-turn threads with probing follow-ups; disjoint slices of one pool (HumanEval + GSM8K test + arena coding); 25% cover.
- OP-TRELLIS: three sub-teams (Go/Hetzner shared cards, Node/Vultr, Anthropic-py/AWS with a fake org) harvesting agentic tool-use traces; 12/25/38% cover.
- OP-GAVEL: rubric/judge scoring of (partly corrupted) answers via mobile-carrier IPs, Java client.
- OP-SEEDBANK: bare items, 32k-64k max_tokens, extended thinking, Azure egress, 4 unverified orgs.

Legitimate: verified enterprises (support copilot on AWS, law firm office NAT, code reviewer on Azure), unverified tutoring platform (step-by-step maths for kids), two campuses behind NATs, two classes with teacher wrappers and shared homework, eval harness (GSM8K/HumanEval repeated, cloud, round-the-clock), power users (agentic, odd stacks), developers, researchers, data hobbyists, casual, VPN users, writers, a hackathon (burst sign-ups from one venue).
""",
      2: """# World H2 (seed 1414)

Period 2026-04-06 .. 2026-04-22 (16 days). Model names helix-2-*.

Operations (attack):
- OP-KESTREL: capability-taxonomy sweep (domain x skill x level), look-alike e-mail domains of the provider, rotating residential proxy per request, Chrome TLS hello with mixed browser UAs (impersonation).
- OP-DRIFTWOOD: careful aged accounts, coding/agentic multi-turn with follow-ups, disjoint slices of a codegen+HumanEval pool, 30% cover, varied stacks.
- OP-QUARRY: self-instruct/Alpaca-style bulk instruction generation, burst sign-ups, disposable mail, 4 cards, DigitalOcean, axios.
- OP-PRISM: three sub-teams: Spanish/Portuguese-worded maths CoT (Go, Alibaba cloud), multilingual judge scoring (aiohttp, OVH, half a shared card), residential browser reasoning threads; 15/30/38% cover.
- OP-ECHO: bare items with extended thinking via mobile-carrier proxies, Android okhttp stack, free tier.

Legitimate: verified bank (Azure), verified synthetic-data vendor (generates instruction data!), agent-platform reseller (70 keys, one org, 24h), clinical summariser, two campuses, three MOOC sections + a bootcamp sharing wrappers/items, pass@k eval harness (HumanEval at T=0.8, repeated), academic GSM8K CoT harness, power users, developers, researchers, data hobbyists, casual, VPN users, writers, translators.
"""}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--world', type=int, required=True)
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    start, days = (dt.datetime(2026, 3, 2), 18) if a.world == 1 else (dt.datetime(2026, 4, 6), 16)
    W = World(a.seed, start, days)
    W.corp = Corpora()
    W.ips = IPs(ASNS)
    (world1 if a.world == 1 else world2)(W)
    print(W.write(a.out, MD[a.world]))


if __name__ == '__main__':
    main()
