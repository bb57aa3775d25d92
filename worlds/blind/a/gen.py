#!/usr/bin/env python3
"""Blind world generator. Usage: python3 gen.py SEED OUTDIR   (seed 1 and 2 select different world recipes)."""
import sys, os
from collections import Counter
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Corpora, Net, World, DATA
import organic as O
import attacks as A

# ----------------------------------------------------------------- phrase banks (one per operation)
B_COT = dict(pre=['Solve this carefully. Lay out every intermediate step, numbered.', 'Think out loud, one step per line, before answering.',
                  'Produce a detailed chain of reasoning, then the final result.', 'Work through the following problem slowly and show all the reasoning.',
                  'Reason step-by-step (verbose). Do not skip arithmetic.', 'First restate the problem, then reason in small steps, then answer.'],
             post=['End with "FINAL: <answer>".', 'Put the final answer on its own line after ####.', 'Conclude with: The answer is X.',
                   'Verify your result at the end.', 'Box the final answer.'],
             fmt=['Use markdown headings for each stage.', 'Keep the reasoning in plain text.', 'Output in English only.'], p_fmt=0.3)
B_CODEQ = dict(pre=['Could you help me with this one?', 'I have this function to finish for a project:', 'Struggling with this, any ideas?',
                    'Hey, quick coding question.', 'Working on practice problems tonight.', None and '', 'Can you solve this and explain how it works?'][:6] + ['Here is what I need:'],
               post=['Please explain your approach too.', 'Walk me through the logic.', 'Also mention edge cases.', 'Thanks!', 'What is the time complexity?'],
               fmt=['Python please.', 'Comments in the code would help.'], p_pre=0.7, p_post=0.7, p_fmt=0.3)
F_CODE = ['Thanks — can you also write a few tests for it?', 'What would change if the input were huge?', 'Can you do it without recursion?',
          'Why did you pick that data structure?', 'Could you show a version in JavaScript?', 'Is there a one-liner version?',
          'Explain the tricky part again, I got lost.', 'what happens on empty input?']
B_TAX = dict(pre=['[sweep]', 'Capability probe.', '', 'Dataset slot:'], post=['Respond in full.', 'Be thorough.', ''], p_pre=0.5, p_post=0.4)
STY_TAX1 = ['Write {n} hard, self-contained tasks in the area "{area}" at {lvl} level, each with a complete expert solution.',
            'Here is an example request from the domain "{area}":\n{example}\n\nProduce a fully worked, high-quality answer, then {n} harder variants with answers.',
            'Area: {area}. Difficulty: {lvl}. Create one challenging prompt and respond to it as an expert would.',
            'For the skill "{area}", write a tricky problem a {lvl} would get wrong, and solve it with explanation.']
STY_TAX2 = ['Category={area}; level={lvl}. Emit a JSON object with keys "task" and "ideal_response".',
            'Imitate the following query style ("{area}") and answer {n} new queries of your own invention:\n{example}',
            'Give the best possible answer:\n{example}', 'List {n} sub-skills of {area} and demonstrate each with a short solved example.']
B_SELFINST = dict(pre=['You are generating training data.', 'Brainstorm new instructions.', 'Task-writing mode on.'],
                  post=['Return them as a numbered list with "Instruction:", "Input:", "Output:".', 'Output JSONL, one object per line.',
                        'Make them diverse in verb, topic and format.'], p_pre=0.8, p_post=0.95)
JUDGE1 = dict(criteria=['correctness', 'completeness', 'clarity', 'faithfulness to the question', 'reasoning quality', 'conciseness', 'helpfulness'],
              scale=['1-10', '0-5', '1 to 7', 'A-F'],
              head=['Act as a strict grader. Evaluate the answer below on {crit}, using a {scale} scale.',
                    'You are an expert evaluator. Rate the candidate solution for {crit} ({scale}).',
                    'Grade this submission. Criteria: {crit}. Scale {scale}. Justify briefly per criterion.'],
              tail=['Return: a short justification, then "Score: <{scale}>".', 'Output JSON: {{"rationale": ..., "score": ...}} on a {scale} scale.',
                    'Finish with the overall score only on the last line.'],
              labels=[('QUESTION:', 'CANDIDATE ANSWER:'), ('### Problem', '### Response'), ('<question>', '<answer>')])
JUDGE2 = dict(criteria=['accuracy', 'depth', 'instruction following', 'style', 'safety', 'harmlessness', 'use of evidence'],
              scale=['1-5', '1-10'],
              head=['Please score how well the reply answers the prompt ({crit}), {scale}.', 'Rubric review needed — look at {crit}; use {scale}.',
                    'Compare the reply to what an ideal assistant would say. Consider {crit}. Scale: {scale}.'],
              tail=['Give your reasoning first, then the number.', 'One paragraph of critique, then "Rating: N".', 'Be harsh but fair.'],
              labels=[('Prompt:', 'Reply:'), ('User asked:', 'Model said:')])
PAIR = dict(head=['Which of the two responses better answers the prompt? Consider correctness and helpfulness.',
                  'You are a preference annotator. Read both responses carefully.', 'Pairwise judgement task.',
                  'Decide which assistant did better and explain why in detail.'],
            tail=['Answer with "A" or "B" after a step-by-step comparison.', 'Output: reasoning, then [[A]] or [[B]] or [[tie]].',
                  'Give a preference strength from -3 (A much better) to +3 (B much better).'])
B_AGENTSYS = ['You are an autonomous software agent. Plan, call tools, observe, and iterate until the task is solved.',
              'Agent mode. Think before each tool call. Explain every decision in detail.',
              'You have access to tools. Always output your reasoning in <thinking> before acting.']
STEP_BANK = ['Observation from {tool}: exit={code}; {n} lines of output. Continue.', 'Tool `{tool}` returned status {code}. What next?',
             'result({tool}) -> ok, {n} items. Proceed with the next step and explain your reasoning.',
             '{tool} output truncated ({n} bytes). Decide the next action.', 'Error from {tool}: code {code}. Recover and continue.']
TOOLSETS = [['python_exec', 'read_file', 'write_file', 'run_tests'], ['bash', 'editor', 'search'], ['wikipedia', 'calculator', 'web_search'],
            ['terminal', 'file_view', 'file_edit', 'submit']]
CARE_SYS = ['You are a friendly tutor.', 'Be concise.', 'You are a helpful assistant.', 'Answer like an experienced engineer.']
B_MATHCARE = dict(pre=['My kid brought this home and I am not sure how to explain it:', 'Can you help me understand this problem?',
                       'Studying for a test, how would you solve this one?', 'I keep getting a different answer than the book:', 'Hmm, how do I do this:'],
                  post=['Could you explain how you get there?', 'Please go through it step by step so I can follow.', 'What\'s the reasoning?', ''],
                  p_pre=0.75, p_post=0.75)
F_MATH = ['Why do we multiply in that step?', 'Is there another way to solve it?', 'Could you check the arithmetic again?',
          'Can you make up a similar problem and solve it as well?', 'ok, and what if the numbers were doubled?', 'thanks! so the answer is final?']
B_HARV2 = dict(pre=['<<item>>', 'Q:', 'Problem:', 'INPUT'], post=['Solution with full derivation:', 'A: (show reasoning)', 'Explain fully.'],
               join=['\n', '\n\n', ' '], p_pre=0.95, p_post=0.9)
B_CODE_SLOP = dict(pre=['Implement the function below. Include reasoning comments for each line.', 'Write a complete, tested solution:',
                        'Solve (explain thoroughly, then code):'], post=['Provide the explanation BEFORE the code.', 'Add docstring and complexity analysis.'],
                   p_pre=0.95, p_post=0.8)


def world1(seed, out):
    C, N = Corpora(), Net()
    W = World(seed, datetime(2026, 3, 2, tzinfo=timezone.utc), 18, C, N)
    r = W.rng
    # ---------------- organic
    O.enterprise(W, 'Northwind Insurance', 55, 'You are Claimy, the claims assistant for Northwind Insurance. Answer only about policies and claims. Be polite.',
                 egress='aws', stack='openai_py', req_per=70, cc='US')
    O.enterprise(W, 'Helvetia Legal', 30, 'You are a legal document summarizer. Produce a neutral summary with citations to clause numbers.',
                 egress='azure', stack='dotnet', req_per=50, cc='DE', email='helvetia-legal.ch')
    O.enterprise(W, 'Kite Analytics', 25, 'Return valid JSON only. Extract entities from the user text.', egress='gcp', stack='go', req_per=60,
                 cc='GB', round_clock=True, prompt_fn=lambda W: W.C.organic_prompt(W.rng))
    O.enterprise(W, 'Sakura Dev Tools', 20, 'You are an internal code review bot. Comment on diffs.', stack='openai_js', req_per=45, cc='JP',
                 office_nat=True, prompt_fn=O.dev_prompt, n_ips=1)
    ips, cc, dom = O.campus(W, 330)
    O.classroom(W, 48, ips, cc, dom, deadlines=[4, 11, 17])
    ips2, cc2, dom2 = O.campus(W, 40, uni_ips=1)
    O.classroom(W, 38, ips2, cc2, dom2, deadlines=[6, 13], source='he', n_hw=8)
    O.eval_harness(W, 'Evalon', 3, runs=9, items_per_run=300, cloud='gcp', stack='httpx')
    O.eval_harness(W, 'OpenBenchLab', 2, runs=6, items_per_run=164, cloud='hetzner', stack='aiohttp', verified=False, org=False)
    O.developers(W, 70, persona='power-user', heavy=True)
    O.developers(W, 230)
    O.developers(W, 40, persona='developer-odd-stack', odd=True)
    O.researchers(W, 55)
    O.hobbyists(W, 22)
    O.casual(W, 1500)
    O.casual(W, 200, persona='vpn-user', vpn=True)
    O.writers(W, 110)
    O.startup_apps(W, 8)
    O.household(W, 25)
    # ---------------- attacks
    A.sloppy_fleet(W, 'op-lantern', 165, ['gsm_train', 'arena'], B_COT, stack='requests', n_cards=4,
                   email_pool=A.DISPOSABLE[:5] + A.LOOKALIKE[:3], bursts=5, model='atlas-4-reasoning', reasoning=True, max_tokens=8192)
    q = A.Queue(W, ['humaneval', 'codegen'])
    A.careful(W, 'op-quietwell', 110, q, B_CODEQ, F_CODE, turns=(1, 4), req_mean=37, sys_bank=CARE_SYS)
    jf = A.judge_rubric(JUDGE1)
    A.subteam(W, 'op-gavel', 'go', 45, ['gsm_test', 'codegen'], None, 'go', 'cloud', (0.1, 0.2), 'judge-subteam-go', card_mode='shared',
              judge_fn=jf, tz=8)
    A.subteam(W, 'op-gavel', 'py', 45, ['gsm_train', 'roleplay'], None, 'openai_py', 'resi', (0.25, 0.4), 'judge-subteam-py',
              judge_fn=A.judge_rubric(JUDGE2), tz=8)
    A.subteam(W, 'op-gavel', 'js', 40, ['codegen', 'gsm_test'], None, 'openai_js', 'vpn', (0.15, 0.3), 'judge-subteam-js', card_mode='mixed',
              judge_fn=jf, tz=8, email_pool=A.LOOKALIKE)
    A.bare_items(W, 'op-baremetal', 70, ['gsm_test', 'humaneval', 'gsm_train'], stack='anthropic_py', net='cloud', req_mean=44, card_groups=20)
    A.taxonomy_sweep(W, 'op-atlasmap', 60, B_TAX, STY_TAX1, ['httpx', 'aiohttp', 'openai_py'], net='vpn', req_mean=40, cards=6)
    aq = A.Queue(W, ['toolformer', 'codegen'])
    A.agentic_harvest(W, 'op-relay', 35, aq, ['openai_js', 'node'], TOOLSETS, B_AGENTSYS, STEP_BANK, req_mean=42)
    A.sloppy_fleet(W, 'op-relay', 30, ['seed'], B_SELFINST, stack='node', n_cards=2, email_pool=['relaymail.net', 'rlymail.net'],
                   bursts=2, max_tokens=4096, persona='selfinstruct-fleet', req_mean=40)
    md = WORLD_MD1
    return W, md


def world2(seed, out):
    C, N = Corpora(), Net()
    W = World(seed, datetime(2026, 4, 6, tzinfo=timezone.utc), 21, C, N)
    r = W.rng
    # ---------------- organic (different mix)
    O.enterprise(W, 'Medley Health', 70, 'You are a clinical documentation assistant. Never give diagnoses; summarise the note into SOAP format.',
                 egress='azure', stack='java', req_per=55, cc='US', round_clock=True)
    O.enterprise(W, 'Bricklane Bank', 40, 'You are the internal knowledge assistant for Bricklane Bank staff. Cite policy IDs.', stack='openai_py',
                 req_per=45, cc='GB', office_nat=True, n_ips=2)
    O.enterprise(W, 'Tutorly', 90, 'You are Tutorly, a Socratic maths tutor for teenagers. Ask guiding questions; never reveal the final answer immediately.',
                 egress='aws', stack='openai_js', req_per=35, cc='US', prompt_fn=lambda W: 'Student: ' + W.rng.choice(W.C.gsm_train)['question'],
                 persona='verified-edtech')
    O.enterprise(W, 'Lingua Bridge', 20, 'Translate to the requested language. Keep markup.', egress='ovh', stack='php', req_per=50, cc='FR',
                 email='linguabridge.fr', persona='verified-enterprise')
    ips, cc, dom = O.campus(W, 260, uni_ips=3, homework_share=0.35)
    O.classroom(W, 60, ips, cc, dom, deadlines=[3, 10, 17, 20], source='gsm', n_hw=15)
    O.classroom(W, 30, ips, cc, dom, deadlines=[8, 15], source='he', n_hw=10)
    ips2, cc2, dom2 = O.campus(W, 120, uni_ips=1)
    O.eval_harness(W, 'Metricworks', 4, runs=8, items_per_run=400, cloud='aws', stack='openai_py')
    O.eval_harness(W, 'Paperlab', 2, runs=5, items_per_run=164, cloud='do', stack='requests', verified=False, org=False,
                   persona='eval-harness-academic')
    O.developers(W, 55, persona='power-user', heavy=True)
    O.developers(W, 180)
    O.developers(W, 60, persona='developer-odd-stack', odd=True)
    O.researchers(W, 70)
    O.hobbyists(W, 35)
    O.casual(W, 1350)
    O.casual(W, 150, persona='vpn-user', vpn=True)
    O.casual(W, 120, persona='mobile-app-user', stacks=['mobile_sdk', 'web_ios', 'web_android'])
    O.writers(W, 90)
    O.startup_apps(W, 12)
    O.household(W, 20)
    O.hackathon(W, 70, day=9)
    # ---------------- attacks
    aq = A.Queue(W, ['codegen', 'toolformer', 'humaneval'])
    A.agentic_harvest(W, 'op-tidewater', 140, aq, ['okhttp', 'go', 'reqwest'], TOOLSETS, B_AGENTSYS, STEP_BANK, req_mean=40,
                      n_cards=14, email_pool=A.LOOKALIKE)
    mq = A.Queue(W, ['gsm_test', 'gsm_train'])
    A.careful(W, 'op-hearth', 125, mq, B_MATHCARE, F_MATH, turns=(1, 3), req_mean=36, model_choices=['atlas-4', 'atlas-4-reasoning', 'atlas-4-mini'],
              countries={'US': 4, 'CA': 1, 'AU': 1, 'GB': 1, 'IN': 1}, stacks=['web_chrome', 'web_safari', 'web_ios', 'web_android', 'web_firefox', 'mobile_sdk'],
              rand_tls_p=0.6)
    pj = A.judge_pairwise(PAIR)
    A.subteam(W, 'op-scales', 'a', 35, ['roleplay', 'codegen'], None, 'httpx', 'cloud', (0.1, 0.25), 'pairwise-judge', judge_fn=pj, tz=3)
    A.subteam(W, 'op-scales', 'b', 30, ['gsm_train'], None, 'curl', 'cloud', (0.2, 0.4), 'rubric-judge', judge_fn=A.judge_rubric(JUDGE2), tz=3,
              card_mode='shared')
    A.subteam(W, 'op-scales', 'c', 30, ['codegen', 'roleplay'], None, 'web_chrome', 'resi', (0.3, 0.4), 'pairwise-judge-browser', judge_fn=pj, tz=3)
    A.subteam(W, 'op-scales', 'd', 25, ['arena'], B_HARV2, 'java', 'vpn', (0.1, 0.3), 'harvest-subteam', tz=3, reasoning=True,
              model='atlas-4-reasoning', max_tokens=16000)
    A.bare_items(W, 'op-stillwater', 75, ['gsm_train', 'humaneval'], stack='httpx', net='resi', req_mean=30, low_slow=True)
    A.sloppy_fleet(W, 'op-factory', 90, ['seed'], B_SELFINST, stack='openai_py', n_cards=3, email_pool=['factorydata.io', 'fctrydata.io', 'factory-data.io'],
                   bursts=3, max_tokens=8192, persona='selfinstruct-fleet', req_mean=42, signup_before_days=(-5, 2), proxy_kind='resi')
    A.taxonomy_sweep(W, 'op-cartograph', 50, B_TAX, STY_TAX2, ['web_chrome', 'openai_py', 'curl'], net='resi', req_mean=38)
    return W, WORLD_MD2


WORLD_MD1 = """# Blind world A/1 (seed 1)

18 days from 2026-03-02. Generated by worlds/blind/a/gen.py.

## Attack operations (campaign ids in labels.jsonl)
- **op-lantern** (165 accts, persona scripted-fleet): sloppy fleet harvesting step-by-step reasoning on gsm8k-train and arena-hard
  prompts. python-requests from datacenter/VPN proxies, 4 payment cards, sign-ups in 5 bursts with disposable/look-alike domains,
  machine-gapped batches.
- **op-quietwell** (110, aged-residential): careful coding harvest. Aged accounts, own card, own residential IPs, mixed/randomised
  TLS+UA, diurnal human pacing, multi-turn follow-ups; all accounts draw distinct items from one shared HumanEval+GPTeacher-codegen queue.
- **op-gavel** (130 in 3 sub-teams: Go on cloud with a shared card, openai-python on residential IPs, openai-node via VPN with
  look-alike e-mails): rubric/judge-style grading of gsm8k and GPTeacher answers (some corrupted), 10-40% cover traffic.
- **op-baremetal** (70, bare-thinking): bare benchmark items with no wrapper, /v1/messages, 32k-64k max_tokens, extended reasoning;
  one cloud provider, 20 cards over 70 accounts, shared queue.
- **op-atlasmap** (60, taxonomy-sweep): capability taxonomy sweep over arena-hard clusters x task styles, via VPN, 6 cards.
- **op-relay** (65): 35 agentic tool-loop harvesters (toolformer/codegen tasks, residential/mobile proxy rotation) plus 30
  self-instruct bulk-generation fleet accounts (node, 2 cards, custom look-alike domains).

## Legitimate personas
verified-enterprise (4 orgs: 55/30/25/20 accounts; cloud egress or office NAT; one card + one system prompt per org),
campus-nat (330 + 40), classroom (48 gsm8k homework + 38 HumanEval homework, teacher wrapper, deadline bursts),
eval-harness (3 verified + 2 unverified accounts; repeated gsm8k-test/HumanEval runs round the clock from cloud),
power-user (70), developer (230), developer-odd-stack (40: TLS-intercepting proxies, curl on Windows, mobile wrappers, mismatched UA),
researcher (55), data-hobbyist (22), casual (1500), vpn-user (200), writer (110), startup-app (8 unverified small orgs),
shared-household (25 groups sharing a card and home IP).
"""

WORLD_MD2 = """# Blind world A/2 (seed 2)

21 days from 2026-04-06. Generated by worlds/blind/a/gen.py.

## Attack operations
- **op-tidewater** (140, agent-trace): agentic coding/tool-use trace harvest (GPTeacher codegen/toolformer + HumanEval tasks as
  tickets, then scripted tool-observation turns). Android okhttp / Go / Rust clients, rotating residential+mobile proxy IPs,
  14 cards, look-alike e-mail domains, recent sign-ups.
- **op-hearth** (125, aged-residential): careful maths harvest disguised as parents/students: distinct gsm8k items per request from a
  shared queue, browser/mobile stacks with 60% randomised TLS, aged accounts, own cards, residential IPs, follow-up turns.
- **op-scales** (120 in 4 sub-teams): pairwise preference judging (httpx on cloud; Chrome UA on residential), rubric judging (curl,
  shared card), and a Java VPN team harvesting arena-hard answers with reasoning; 10-40% cover traffic.
- **op-stillwater** (75, bare-thinking): low-and-slow bare items (gsm8k-train, HumanEval) with extended thinking, residential IPs,
  uniform over the period, ~30 requests each.
- **op-factory** (90, selfinstruct-fleet): self-instruct bulk generation from seed tasks, openai-python, 3 cards, look-alike
  company domains, sign-up bursts partly inside the window, rotating residential proxies.
- **op-cartograph** (50, taxonomy-sweep): capability sweep with JSON task/ideal_response outputs, residential IPs, own cards.

## Legitimate personas
verified-enterprise (Medley Health 70 round-the-clock Java on Azure, Bricklane Bank 40 office NAT, Lingua Bridge 20 PHP on OVH),
verified-edtech (Tutorly 90 keys, gsm8k questions through a tutor system prompt), campus-nat (260 + 120), classroom (60 gsm8k +
30 HumanEval, shared teacher wrapper, 4+2 deadlines), eval-harness (4 verified), eval-harness-academic (2 unverified, requests on
DigitalOcean), power-user (55), developer (180), developer-odd-stack (60), researcher (70), data-hobbyist (35), casual (1350),
vpn-user (150), mobile-app-user (120), writer (90), startup-app (12 unverified orgs), shared-household (20 groups),
hackathon (70 accounts signed up within one hour at one venue, free tier).
"""

if __name__ == '__main__':
    seed = int(sys.argv[1])
    out = sys.argv[2]
    W, md = (world1 if seed % 2 == 1 else world2)(seed, out)
    n, na, nat, seen = W.write(out, md)
    rows = W.rows
    c = Counter()
    att = {l['account_id'] for l in W.labels if l['label'] == 'attack'}
    ai = sum(1 for x in rows if x['account_id'] in att)
    pc = Counter((l['label'], l['campaign'], l['persona']) for l in W.labels)
    extra = '\n## Counts\ninteractions: %d (attack %d), accounts: %d (attack %d, with traffic %d)\n\n' % (n, ai, na, nat, seen)
    extra += '| label | campaign | persona | accounts |\n|---|---|---|---|\n' + ''.join(
        '| %s | %s | %s | %d |\n' % (k[0], k[1] or '', k[2], v) for k, v in sorted(pc.items(), key=lambda kv: (kv[0][0], kv[0][1] or '', kv[0][2])))
    with open(os.path.join(out, 'WORLD.md'), 'a') as f:
        f.write(extra)
    print(extra)
