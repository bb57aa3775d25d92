import json, sys
DESC = {
 'lantern': 'Sloppy fleet: accounts signed up in 3 bursts (~20 min each, one before the window, two inside), look-alike/disposable mail domains, 5 payment cards across all accounts, M247/Datacamp proxies plus VPN exits, one httpx TLS stack (UA sometimes a fake Chrome string), scripted ~75 s cadence; grade-school maths items with chain-of-thought wording, nova-3-think, no cover.',
 'quarry': 'Careful: accounts aged 3-9 months, own card each, own residential ISP address, browser stacks or per-account randomised JA4, human diurnal pacing, multi-turn threads with reasoning follow-ups; each account draws distinct items from one shared maths+HumanEval queue (no repeats across the op); ~15% cover.',
 'mosaic': 'Coding + agentic harvest split into 3 sub-teams sharing one item queue (GPTeacher codegen/toolformer + HumanEval), each with its own wording, client, network and payment: (a) node/undici from Hetzner/OVH, 7 shared cards, ~12% cover; (b) Go client via Indian/Vietnamese mobile carriers, 12 shared cards, ~30% cover; (c) Anthropic Python SDK via VPN exits, own card each, ~22% cover. Tool-declaring multi-turn agent loops.',
 'ferry': 'Judge/rubric harvesting in 2 sub-teams: (a) okhttp via BR/US/AU mobile carriers, 4 shared cards, ~10% cover; (b) httpx claiming Safari UA via VPN exits, own cards, Polish mail providers, ~35% cover. Candidate answers (sometimes truncated) to be scored with critique.',
 'taxon': 'Capability-taxonomy sweep (skill x domain x level grid, no cell repeated) from an unverified shell org on GCP/AWS egress, scale tier, mostly one card; round the clock; nova-3-think with 16k max_tokens and large reasoning.',
 'silt': 'Relay of short-lived residential accounts (each lives 1-3 days, staggered across the window, own card) sending bare items with no wrapper (HumanEval, GSM8K, Arena-hard), max_tokens 32k/64k, extended reasoning, /v1/messages.',
 'echo': '"Improve this answer" response distillation: instruction + existing answer, ask for a superior rewrite; residential + VPN, 9 shared cards, night-time, ~20% cover.',
}
w = sys.argv[1]; meta = sys.argv[2]
d = json.load(open(f'{w}/stats.json'))
L = [f'# World {w.split("/")[-1]}', '', meta, '', f"Totals: {d['interactions']} interactions, {d['accounts']} accounts, {d['attack_accounts']} attack accounts ({d['attack_interactions']} attack interactions).", '',
     'Model names are fictional (nova-3-pro / flash / think / pro-long). Prompt content from /work/shared/data corpora; all wrappers written for this generator.', '',
     '## Attack operations (campaign = operation; sub-teams share it)', '', '| campaign | persona / sub-team | accounts | interactions |', '|---|---|---|---|']
for g in d['groups']:
    if g['label'] == 'attack': L.append(f"| {g['campaign']} | {g['persona']} | {g['accounts']} | {g['interactions']} |")
L += ['']
for k, v in DESC.items(): L.append(f'- **{k}**: {v}')
L += ['', '## Legitimate personas', '', '| persona | accounts | interactions |', '|---|---|---|']
for g in d['groups']:
    if g['label'] == 'organic': L.append(f"| {g['persona']} | {g['accounts']} | {g['interactions']} |")
L += ['', 'Notes: verified-enterprise = 4 verified orgs (one card, one system prompt, cloud/office egress, keys created within minutes); campus-nat = 3 universities behind a few NAT IPs; classroom = 3 classes sharing the teacher\'s wrapper and the same GSM8K/HumanEval homework, bursty before weekly deadlines; eval-harness = 3 labs re-running GSM8K-test/HumanEval/Arena/MT-bench from cloud; hackathon = ~110 free accounts signed up within 90 min at one venue IP, active 36 h; wrapper-app / translation-agency = unverified orgs with one card and one egress; teacher-grader = legitimate rubric grading; data-hobbyist = single-account self-instruct style generation; developer/power-user include odd stacks (TLS-intercepting proxy JA4 with browser UA, curl on Windows, okhttp carrying an SDK UA, etc.); family-shared-card = 2-4 accounts on one card.', '']
open(f'{w}/WORLD.md', 'w').write('\n'.join(L))
