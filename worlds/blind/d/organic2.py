"""Legitimate customers that look coordinated."""
from datetime import timedelta
from common import *
from organic import *


def p_enterprise(W, name, nkeys, system, source, egress, stack, volume, country='US', verified=True, tools=None,
                 endpoint=None, model='big', profile='office', persona='verified-enterprise', tier='enterprise', resp='full',
                 multi=0.3, out_range=(60, 700), max_tokens=1024, temperature=0.3):
    r = W.rng
    org = 'org_' + h(W.seed, 'org', name, n=12)
    card = W.card('org', name)
    ips = W.N.subnet_ips(r, egress, r.randint(2, 5))
    created = W.start - timedelta(days=r.uniform(40, 300))
    dom = name.lower().replace(' ', '') + r.choice(['.com', '.io', '.co'])
    cl = Client(r, stack)
    tz = COUNTRY_TZ.get(country, 0)
    for k in range(nkeys):
        a = W.new_account('organic', persona, created=created + timedelta(seconds=r.uniform(0, 600)), org=org, email=dom,
                          card=card, signup_ip=ips[0], country=country, tier=tier, verified=verified)
        W.key(a)
        share = r.uniform(0.3, 1.7) * volume
        for day in range(W.days):
            nd = int(r.gauss(share, share * 0.2) * (0.35 if W.is_weekend(day, tz) and profile == 'office' else 1))
            for _i in range(max(0, nd)):
                t = W.day_time(day, tz, profile)
                p, ref = source(W)
                cid = W.conv() if r.random() < multi else None
                W.emit(a, t, cl, r.choice(ips), p, system=system, conv=cid, turn=1 if cid else None, tools=tools, endpoint=endpoint,
                       model=MODELS[model], ref=ref, max_tokens=max_tokens, temperature=temperature, out_range=out_range,
                       resp_policy=resp)
                if cid and r.random() < 0.6:
                    W.emit(a, t + timedelta(seconds=r.uniform(20, 240)), cl, r.choice(ips), r.choice(CASUAL_FOLLOW), system=system,
                           conv=cid, turn=2, tools=tools, endpoint=endpoint, model=MODELS[model], max_tokens=max_tokens,
                           temperature=temperature, out_range=out_range, history_tokens=400, resp_policy=resp)


def p_campus(W, uni_group, n, email_dom, country, persona='campus-nat', nat_size=4, mean_req=5):
    r = W.rng
    C = W.C
    nat = W.N.subnet_ips(r, uni_group, nat_size)
    tz = COUNTRY_TZ[country]
    for _ in range(n):
        a = personal_account(W, persona, country=country, tier=r.choice(['free'] * 4 + ['build']),
                             email=email_dom if r.random() < 0.6 else r.choice(PERSONAL), signup_ip=r.choice(nat))
        cl = Client(r, r.choice(['chrome-web', 'chrome-mac', 'safari-web', 'firefox-web', 'edge-web', 'openai-py', 'ios-app', 'android-web', 'vscode-ext']))
        for _i in range(max(1, int(r.expovariate(1 / mean_req)))):
            day = r.randrange(W.days)
            t = W.day_time(day, tz, 'student')
            on_campus = (not W.is_weekend(day, tz)) and r.random() < 0.75
            ip = r.choice(nat) if on_campus else home_ip(W, a, 0.3)
            x = r.random()
            if x < 0.35:
                p, ref = code_prompt(W)
            elif x < 0.55:
                g = r.choice(C.gsm_test + C.gsm_train); p, ref = g['question'], gsm_answer_text(g['answer'])
            else:
                p, ref = casual_prompt(W)[0], None
            cid = W.conv() if r.random() < 0.7 else None
            W.emit(a, t, cl, ip, p, conv=cid, turn=1 if cid else None, model=r.choice([MODELS['small'], MODELS['big']]), ref=ref, out_range=(60, 900))
            if cid and r.random() < 0.4:
                W.emit(a, t + timedelta(seconds=r.uniform(30, 300)), cl, ip, r.choice(CASUAL_FOLLOW + DEV_FOLLOW), conv=cid, turn=2,
                       model=MODELS['small'], out_range=(40, 600), history_tokens=500)


def p_classroom(W, n, uni_group, country, teacher_wrap, items, deadlines, email_dom, itemkind='gsm', persona='classroom'):
    """Students share the teacher's wrapper and the same homework items; bursty before each deadline."""
    r = W.rng
    nat = W.N.subnet_ips(r, uni_group, 3)
    tz = COUNTRY_TZ[country]
    created = W.start - timedelta(days=r.uniform(10, 40))
    t_acc = personal_account(W, persona + '-teacher', country=country, tier='build', email=email_dom, signup_ip=nat[0])
    for _ in range(n):
        a = personal_account(W, persona, country=country, tier='free', email=email_dom if r.random() < 0.8 else 'gmail.com',
                             signup_ip=r.choice(nat), created_days=(1, 5))
        a['created_at'] = iso(created + timedelta(minutes=r.uniform(0, 90)))  # all signed up in the first lab session
        cl = Client(r, r.choice(['chrome-web', 'chrome-mac', 'safari-web', 'edge-web', 'openai-py', 'firefox-web']))
        diligence = r.random()
        for dl, its in zip(deadlines, items):
            if r.random() > 0.25 + 0.7 * diligence:
                continue
            todo = r.sample(its, r.randint(max(1, len(its) // 2), len(its)))
            start_h = r.uniform(2, 60) if diligence > 0.5 else r.uniform(0.5, 8)
            t = W.start + timedelta(days=dl, hours=23 - tz) - timedelta(hours=start_h)
            for it in todo:
                q, ref = it
                p = teacher_wrap.format(q=q)
                ip = r.choice(nat) if r.random() < 0.5 else home_ip(W, a, 0.3)
                cid = W.conv()
                W.emit(a, t, cl, ip, p, conv=cid, turn=1, model=MODELS['small'], ref=ref, out_range=(100, 700),
                       task='cot', temperature=None)
                if r.random() < 0.3:
                    W.emit(a, t + timedelta(seconds=r.uniform(40, 300)), cl, ip, r.choice(['i dont get step 2', 'why do we divide there?',
                           'can you check my answer: ' + str(r.randint(2, 400)), 'whats the formula for this', 'is there a simpler way']),
                           conv=cid, turn=2, model=MODELS['small'], out_range=(60, 400), history_tokens=400)
                t += timedelta(minutes=r.uniform(2, 25))
    # teacher prepares material
    cl = Client(r, 'chrome-mac')
    for dl, its in zip(deadlines, items):
        t = W.start + timedelta(days=max(0, dl - 6), hours=15 - tz)
        for q, ref in its:
            W.emit(t_acc, t, cl, nat[0], 'Write a worked solution and a common-mistake note for: ' + q, model=MODELS['big'], ref=ref, out_range=(200, 900))
            t += timedelta(minutes=r.uniform(1, 6))


def p_eval_harness(W, lab, nkeys, cloud, stack, suites, runs, verified=True, country='US', concurrency=8, endpoint=None,
                   persona='eval-harness', think=None, tier='scale'):
    """suites: list of (name, items[(prompt, ref)], template, model, max_tokens, samples)"""
    r = W.rng
    org = 'org_' + h(W.seed, 'lab', lab, n=12)
    card = W.card('lab', lab)
    ips = [W.N.ip(r, cloud) for _ in range(r.randint(3, 10))]
    created = W.start - timedelta(days=r.uniform(60, 400))
    accts = []
    for k in range(nkeys):
        a = W.new_account('organic', persona, created=created + timedelta(days=k * r.uniform(0, 30)), org=org,
                          email=lab.lower().replace(' ', '-') + '.org', card=card, signup_ip=ips[0], country=country, tier=tier,
                          verified=verified)
        for _ in range(3):
            W.key(a)
        accts.append(a)
    cl = Client(r, stack)
    for run in range(runs):
        t = W.start + timedelta(hours=r.uniform(0, W.days * 24 - 30))
        a = r.choice(accts)
        key = r.choice(a['_keys'])
        for name, items, tmpl, model, mt, samples in r.sample(suites, r.randint(1, len(suites))):
            temp = 0.0 if samples == 1 else 0.8
            for q, ref in items:
                for s in range(samples):
                    t += timedelta(milliseconds=r.expovariate(concurrency / 3000.0))
                    W.emit(a, t, cl, r.choice(ips), tmpl.format(q=q), key=key, endpoint=endpoint, model=MODELS[model], ref=ref,
                           max_tokens=mt, temperature=temp, stream=False, out_range=(80, 900), think=think, task='cot',
                           status=(429 if r.random() < 0.03 else None))


def gsm_items(W, pool, n):
    return [(g['question'], gsm_answer_text(g['answer'])) for g in W.rng.sample(pool, n)]


def he_items(W, n):
    return [(x['prompt'], x['canonical_solution']) for x in W.rng.sample(W.C.humaneval, n)]


def p_hackathon(W, n, venue_group, country, days_at, persona='hackathon'):
    """Dozens of accounts created within two hours on the venue Wi-Fi, free tier, teams share a system prompt, 36h burst."""
    r = W.rng
    nat = W.N.subnet_ips(r, venue_group, 2)
    tz = COUNTRY_TZ[country]
    t0 = W.start + timedelta(days=days_at, hours=9.5 - tz)
    teams = []
    for ti in range(n // 4 + 1):
        idea = r.choice(['recipe planner from fridge photos', 'study buddy that quizzes you', 'accessibility checker for websites',
                         'bike route safety scorer', 'legal-aid intake bot', 'carbon receipt scanner', 'meeting notes to Jira',
                         'plant disease triage', 'tenant rights helper', 'museum audio guide'])
        teams.append(('You are the assistant for "%s", a hackathon project. Keep answers under 120 words.' % idea,
                      r.choice(['openai-js', 'openai-py', 'anthropic-py', 'node-fetch', 'bun', 'requests'])))
    for i in range(n):
        sysm, st = teams[i // 4]
        a = personal_account(W, persona, country=country, tier='free', email=r.choice(['gmail.com'] * 5 + ['outlook.com', 'icloud.com']),
                             signup_ip=nat[0], card=False)
        a['created_at'] = iso(t0 + timedelta(minutes=r.uniform(-30, 100)))
        cl = Client(r, st)
        cl2 = Client(r, 'chrome-web')
        t = t0 + timedelta(hours=r.uniform(1, 3))
        for _j in range(r.randint(4, 30)):
            t += timedelta(minutes=r.expovariate(1 / 50.0))
            if t > t0 + timedelta(hours=34):
                break
            if r.random() < 0.5:
                p, ref = casual_prompt(W)[0], None
                c = cl
                s = sysm
            else:
                p, ref = code_prompt(W)
                c = cl2
                s = None
            W.emit(a, t, c, r.choice(nat), p, system=s, model=MODELS['small'], ref=ref, out_range=(40, 500),
                   status=(429 if r.random() < 0.06 else None))


RUBRIC_SYS = 'You are a teaching assistant for an online course. Grade the student answer against the rubric. Return JSON {"score":0-10,"feedback":"..."} only.'


def p_autograder(W, course, nkeys, persona='mooc-autograder'):
    r = W.rng
    C = W.C
    org = 'org_' + h(W.seed, 'mooc', course, n=12)
    card = W.card('mooc', course)
    ips = W.N.subnet_ips(r, 'cloud-gcp', 3)
    created = W.start - timedelta(days=r.uniform(30, 200))
    cl = Client(r, 'httpx')
    for k in range(nkeys):
        a = W.new_account('organic', persona, created=created + timedelta(minutes=k * 3), org=org, email=course + '.edu',
                          card=card, signup_ip=ips[0], country='US', tier='scale', verified=False)
        W.key(a)
        for day in range(W.days):
            for _i in range(int(r.gauss(9, 3))):
                g = r.choice(C.gsm_train[:800])
                stud = gsm_answer_text(g['answer'])
                if r.random() < 0.5:
                    stud = re.sub(r'\d+', lambda m: str(int(m.group()) + r.choice([0, 0, 1, -1, 10])), stud, count=2)
                p = 'Rubric: full marks for correct final number with justified steps; -3 for arithmetic slip; -5 for wrong method.\n\nQuestion: %s\n\nStudent answer: %s' % (g['question'], stud)
                W.emit(a, W.day_time(day, -5, 'any'), cl, r.choice(ips), p, system=RUBRIC_SYS, model=MODELS['small'],
                       max_tokens=300, temperature=0, stream=False, out_range=(40, 160))


def p_startup_wrapper(W, name, nkeys, system, egress, persona='startup-app'):
    """A consumer app that resells the model: diverse end-user prompts from cloud egress, unverified."""
    r = W.rng
    org = 'org_' + h(W.seed, 'startup', name, n=12)
    card = W.card('startup', name)
    ips = W.N.subnet_ips(r, egress, 2)
    cl = Client(r, 'openai-js')
    for k in range(nkeys):
        a = W.new_account('organic', persona, created=W.start - timedelta(days=r.uniform(20, 90)), org=org, email=name + '.app',
                          card=card, signup_ip=ips[0], country='US', tier='scale', verified=False)
        W.key(a)
        for day in range(W.days):
            for _i in range(int(r.gauss(40, 10))):
                turns = casual_prompt(W)
                cid = W.conv()
                t = W.day_time(day, -5, 'evening')
                for j, p in enumerate(turns):
                    W.emit(a, t, cl, r.choice(ips), p, system=system, conv=cid, turn=j + 1, model=MODELS['small'], out_range=(40, 500),
                           history_tokens=j * 250, max_tokens=800, temperature=0.8, stream=True)
                    t += timedelta(seconds=r.uniform(10, 120))
