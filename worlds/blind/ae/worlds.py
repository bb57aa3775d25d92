"""World recipes."""
import voices as V

PY = ['openai-python', 'anthropic-python']


def organic_common(w, scale=1.0):
    r = w.r
    s = lambda x: max(1, int(x * scale))
    w.org_enterprise(s(45), s(2000), V.ENTERPRISE_SYS[0], ['openai-python'], 'cloud_aws', content='tickets')
    w.org_enterprise(s(30), s(800), V.ENTERPRISE_SYS[3], ['anthropic-python', 'anthropic-node'], 'cloud_gcp',
                     tools=['search_code', 'read_file', 'edit_file', 'run_tests', 'git_diff'], content='agent')
    w.org_enterprise(s(22), s(900), V.ENTERPRISE_SYS[1], ['java-http'], 'dc', content='docs')
    w.org_enterprise(s(12), s(450), V.ENTERPRISE_SYS[2], ['openai-node'], 'cloud_az', content='rewrite')
    w.org_eval(2, s(1800), ['gsm', 'he'], 'python-httpx', 'cloud_gcp')
    w.org_eval(3, s(1600), ['mt', 'judge', 'gsm'], 'aiohttp', 'cloud_aws')
    w.org_eval(4, s(1400), ['he', 'gsm', 'judge'], 'openai-python', 'cloud_misc')
    w.campus(s(250), 6)
    w.persona_people('casual', s(1350), 3, 'casual')
    w.persona_people('vpn-user', s(210), 4, 'vpn')
    w.persona_people('developer', s(420), 8, 'dev')
    w.persona_people('power-user', s(110), 34, 'power')
    w.persona_people('researcher', s(70), 20, 'research')
    w.persona_people('writer', s(100), 9, 'writer')
    w.persona_people('data-hobbyist', s(35), 40, 'hobby')
    w.startups(4, 6, 35)
    w.app_backends(4, 250)
    w.dormant(s(90))


def homework_set(w, n, start):
    return [(x['question'], x['answer']) for x in w.C.gsm_test[start:start + n]]


def W1(w):
    organic_common(w)
    hw = homework_set(w, 12, 300)
    w.classroom(36, V.HOMEWORK_WRAP[0], hw[:6], [3, 10])
    w.classroom(44, V.HOMEWORK_WRAP[1], hw[6:], [4, 8, 12], home_nat=False)
    # op 1: sloppy scripted fleet, CoT maths/logic
    w.run_op(dict(campaign='op-ledger', n=170, req_mean=44, created='burst', bursts=5, burst_before=4, burst_span=0.5, email='disposable', cards=6, tier='build',
                  timing='scripted', net='sub:dc', subnets=4, stack='python-httpx', voice='ledger', persona='scripted-fleet',
                  targets=[('math', 6), ('reason', 3)], max_tokens=[4096, 8192], reasoning=0.4, models=['large', 'reason'], temps=[0.0], out=(250, 900), stream=0.0))
    # op 2: careful, nothing shared, distinct pool items, multi-turn
    w.run_op(dict(campaign='op-lantern', n=110, req_mean=36, created='aged', email='free', tier='build', distinct=True, net='resid', stack='random-browser',
                  ja4_random=False, voice='mentor', persona='careful-aged', targets=[('code', 5), ('math', 3), ('reason', 3)], turns=[30, 25, 20, 13, 8, 4],
                  max_tokens=[None, 4096, 8192, 16000], reasoning=0.35, models=['large', 'reason'], temps=[None, 0.7, 1.0], out=(300, 1400), stream=0.6, gap=200))
    # op 3: sub-teams, rubric grading + self-instruct, 10-40% cover
    w.run_op(dict(campaign='op-tribunal', n=150, req_mean=40, created='other', age_lo=10, age_hi=120, email='vanity',
                  vanity=['qorvex.io', 'qorvexlabs.com', 'mailbox-qv.net', 'gmail.com', 'gmail.com'], tier='build',
                  teams=[dict(frac=0.34, net='vpn', stack='anthropic-python', voice='assessor', persona='subteam-vpn-judge', cover=0.12,
                              targets=[('judge', 1)], max_tokens=[2048, 4096], reasoning=0.3, models=['large'], temps=[0.0, 0.2], out=(300, 900)),
                         dict(frac=0.33, net='mobile', stack=['android-app', 'okhttp'], voice='assessor', persona='subteam-mobile-judge', cover=0.35,
                              targets=[('judge', 1)], max_tokens=[4096], reasoning=0.2, models=['large', 'mini'], temps=[None], out=(300, 900), email='free'),
                         dict(frac=0.33, net='cloud_misc', stack=['go-net-http', 'rust-reqwest'], voice='forge', persona='subteam-cloud-instruct', cover=0.22,
                              targets=[('selfinstruct', 1)], max_tokens=[3000, 4096], models=['large'], temps=[0.9, 1.0], out=(1200, 3000), timing='scripted')]))
    # op 4: capability taxonomy sweep, bare items, high max_tokens + extended reasoning
    w.run_op(dict(campaign='op-atlas', n=90, req_mean=30, created='other', age_lo=1, age_hi=30, email='free', cards=22, tier='build', net='resid-rotating',
                  stack=['curl', 'python-requests'], voice='atlas', persona='taxonomy-sweep', targets=[('taxonomy', 1)], max_tokens=[32000, 64000],
                  reasoning=0.9, deep=True, models=['reason', 'large'], temps=[1.0], out=(1500, 6000), timing='scripted'))
    # op 5: agentic trajectory harvest
    w.run_op(dict(campaign='op-relay', n=80, req_mean=44, created='other', age_lo=2, age_hi=60, email='free', cards=12, tier='build',
                  teams=[dict(frac=0.6, net='cloud_aws', stack='anthropic-node', voice='dispatch', persona='agent-harvest', cover=0.1,
                              targets=[('agentic', 1)], tools=[['bash', 'str_replace_editor', 'view_file'], ['run_shell', 'read_file', 'write_file', 'search'],
                                                              ['bash', 'str_replace_editor', 'view_file', 'web_search']], agent_steps=(4, 14), gap=6,
                              max_tokens=[8192, 16384], reasoning=0.5, models=['large'], temps=[0.0], out=(200, 1500)),
                         dict(frac=0.4, net='resid', stack=['cli-tool', 'litellm'], voice='dispatch', persona='agent-harvest-resid', cover=0.3,
                              targets=[('agentic', 1)], tools=[['bash', 'str_replace_editor', 'view_file']], agent_steps=(3, 9), gap=14,
                              max_tokens=[8192], reasoning=0.3, models=['large'], temps=[0.0, None], out=(200, 1200))]))
    w.notes = NOTES_W1


def W2(w):
    organic_common(w)
    hw = homework_set(w, 15, 800)
    w.classroom(40, V.HOMEWORK_WRAP[1], hw[:5], [2, 9, 16])
    w.classroom(38, V.HOMEWORK_WRAP[0], hw[5:10], [5, 12, 19], home_nat=False)
    w.classroom(30, V.HOMEWORK_WRAP[0], hw[10:], [6, 13, 20])
    # op A: burn-and-rotate fleet, each account alive ~1-2 days; perturbed maths; commercial VPN; Go client
    w.run_op(dict(campaign='op-abacus', n=190, req_mean=40, created='rotate', email='disposable', cards=9, tier='build', timing='scripted',
                  net='vpn', stack='go-net-http', voice='abacus', persona='rotating-fleet', targets=[('math-pert', 7), ('math', 3)],
                  max_tokens=[2048, 4096], reasoning=0.5, models=['reason', 'large'], temps=[0.6, 0.0], out=(300, 1000), stream=0.0))
    # op B: careful aged judge/critique op, multi-turn, residential, browser-exact TLS
    w.run_op(dict(campaign='op-margin', n=100, req_mean=38, created='aged', email='free', tier='build', distinct=True, net='resid', stack='random-browser',
                  voice='margin', persona='careful-aged', targets=[('judge', 6), ('math', 2), ('code', 2)], turns=[25, 25, 22, 15, 8, 5],
                  max_tokens=[None, 4096, 8192], reasoning=0.3, models=['large', 'reason'], temps=[None, 0.7], out=(300, 1200), stream=0.5, gap=260))
    # op C: four sub-teams, code + agent, 10-40% cover; one sub-team under an unverified org
    org = w.hexid('org_', 12)
    w.run_op(dict(campaign='op-sprint', n=160, req_mean=42, created='other', age_lo=5, age_hi=150, email='free', tier='build',
                  teams=[dict(frac=0.25, net='sub:cloud_gcp', subnets=2, stack='openai-python', voice='sprint', persona='subteam-org', org=org, email='vanity', cover=0.15,
                              targets=[('code', 1)], max_tokens=[8192, 16000], reasoning=0.6, models=['large', 'reason'], temps=[0.0], out=(500, 2500), nkeys=3),
                         dict(frac=0.25, net='resid', stack=['zscaler-sdk', 'openai-python', 'langchain'], voice='sprint', persona='subteam-resid', cover=0.4,
                              targets=[('code', 2), ('agentic', 1)], tools=None, max_tokens=[8192], reasoning=0.4, models=['large'], temps=[None, 0.2], out=(400, 2000)),
                         dict(frac=0.25, net='mobile', stack=['axios', 'openai-node'], voice='sprint', persona='subteam-mobile', cover=0.25,
                              targets=[('code', 1)], max_tokens=[4096, 8192], reasoning=0.5, models=['large'], temps=[0.0], out=(400, 2000), ja4_random=True),
                         dict(frac=0.25, net='cloud_misc', stack='python-httpx', voice='dispatch', persona='subteam-agent', cover=0.1,
                              targets=[('agentic', 1)], tools=[['shell', 'editor', 'browser'], ['bash', 'apply_patch', 'read_file', 'run_tests']],
                              agent_steps=(5, 16), gap=5, max_tokens=[16384], reasoning=0.4, models=['large'], temps=[0.0], out=(200, 1500), timing='scripted')],
                  vanity=['kestrel-ai.dev', 'kestrelai.dev']))
    # op D: self-instruct bulk generation hidden on campus networks with .edu e-mail
    w.run_op(dict(campaign='op-seedbank', n=70, req_mean=38, created='other', age_lo=20, age_hi=200, email='edu', tier='build', net='univ', stack=['openai-python', 'chrome', 'python-requests'],
                  voice='seedbank', persona='edu-instruct', cover=0.15, targets=[('selfinstruct', 3), ('reason', 1)], max_tokens=[4096], models=['large', 'mini'],
                  temps=[1.0, 0.9], out=(1200, 3200), tz=-5))
    # op E: multilingual capability sweep, bare, high max_tokens
    w.run_op(dict(campaign='op-prism', n=50, req_mean=34, created='burst', bursts=2, burst_before=2, burst_span=0.3, email='free', cards=4, tier='scale',
                  net='sub:cloud_aws', subnets=5, stack=['python-httpx', 'aiohttp'], voice='prism', persona='taxonomy-sweep', targets=[('taxonomy', 1)],
                  grid_shuffle=True, max_tokens=[32768], reasoning=0.95, deep=True, models=['reason'], temps=[None], out=(1500, 5000), timing='scripted'))
    # op F: slow drip, long deep reasoning, starts late, mixed residential and VPN
    w.run_op(dict(campaign='op-lamp', n=40, req_mean=16, created='aged', email='free', tier='build', start_frac=0.45, net='resid', ja4_random=True,
                  stack=['python-requests', 'anthropic-python', 'curl', 'firefox'], voice='lamp', persona='slow-drip', targets=[('reason', 2), ('taxonomy', 1)],
                  max_tokens=[64000], reasoning=1.0, deep=True, models=['reason'], temps=[1.0], out=(2000, 8000), turns=[60, 30, 10, 0, 0, 0], gap=400))
    w.notes = NOTES_W2


NOTES_W1 = """## Operations (attack)
- op-ledger: sloppy scripted fleet. Accounts signed up in a few bursts, disposable/look-alike e-mail domains, 6 shared cards,
  a few datacenter /24s, one python-httpx stack, round-the-clock scripted batches; chain-of-thought maths (gsm8k-train) and reasoning items with
  a terse numbered-steps wording that always ends in an ANSWER: line.
- op-lantern: careful operation. Aged accounts (45-420 days), own card each, own residential/mobile addresses, browser-exact TLS (incl. impersonation)
  or SDKs, human diurnal timing, multi-turn threads with follow-ups; draws distinct items (coding, maths, reasoning) from one shared pool, none repeated.
- op-tribunal: three sub-teams (VPN + Anthropic SDK; mobile carrier + Android stacks; cloud + Go/Rust scripted) with 12-35% cover traffic;
  rubric/judge-style grading of candidate answers (two teams) and self-instruct bulk instruction generation (one team); vanity + free e-mail.
- op-atlas: capability-taxonomy sweep walking an area x skill x topic grid, half the requests bare, 32-64k max_tokens, extended reasoning,
  rotating residential proxy addresses, curl/requests, 22 cards.
- op-relay: agentic trajectory harvest with tool declarations (bash/editor etc.), two sub-teams (AWS + anthropic-node; residential + CLI tools), 10-30% cover.

## Legitimate personas
verified-enterprise (4 orgs, one card/NAT/system prompt each, one with agentic tools), eval-harness (3 labs on cloud, repeated gsm8k/humaneval/mt-bench/judge
items), campus-nat, classroom (2 classes sharing a teacher wrapper and homework, deadline bursts) + classroom-teacher, casual, vpn-user, developer
(incl. TLS-intercepting corporate proxies, curl on Windows, PowerShell), power-user (long agentic threads), researcher (step-by-step), writer,
data-hobbyist (alpaca-style bulk generation), startup-app (unverified small orgs with shared card + system prompt on cloud egress), app-backend, trial-user.
"""

NOTES_W2 = """## Operations (attack)
- op-abacus: burn-and-rotate fleet. Each account signs up and is used for ~1-2 days then abandoned; disposable e-mail, 9 shared cards, commercial VPN exits,
  Go net/http; gsm8k maths with perturbed numbers (near-duplicates, not exact copies), boxed-answer wording.
- op-margin: careful aged operation; judge/critique of candidate answers in a teacher's voice, multi-turn follow-ups asking for full-marks rewrites;
  residential addresses, browser/impersonated TLS, unique cards, distinct pool.
- op-sprint: four sub-teams (one under an unverified org_id on GCP with vanity domain; residential via corporate-proxy/SDK stacks; mobile with randomised
  JA4; scripted agentic team on cloud with tool declarations), 10-40% cover; code generation and agentic trajectories.
- op-seedbank: self-instruct bulk generation from university networks with .edu e-mails, framed as a course project.
- op-prism: multilingual capability-taxonomy sweep (shuffled grid), mostly bare items, 32k max_tokens, extended reasoning, AWS subnets, burst sign-ups.
- op-lamp: slow drip starting mid-period; few long deep-reasoning requests per account (64k max_tokens), randomised JA4, residential.

## Legitimate personas
as W1, with three classrooms (deadline bursts on shared homework), and the same enterprise / eval-harness / campus / developer / power-user mix.
"""

WORLDS = {'w1': W1, 'w2': W2}
