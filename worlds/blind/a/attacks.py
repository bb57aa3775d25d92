"""Distillation operations. Each op has its own phrase bank composed per request."""
from datetime import timedelta
from common import Client, H, JA4, TZ, ja4
from organic import EMAILS, FOLLOWUPS, fake_resp


def compose(r, bank, q):
    """bank: dict with lists 'pre', 'post', 'fmt', and optional 'join' -> assembled prompt."""
    parts = []
    if bank.get('pre') and r.random() < bank.get('p_pre', 0.9):
        parts.append(r.choice(bank['pre']))
    parts = [p for p in parts if p]
    parts.append(q)
    if bank.get('post') and r.random() < bank.get('p_post', 0.8):
        parts.append(r.choice(bank['post']))
    if bank.get('fmt') and r.random() < bank.get('p_fmt', 0.5):
        parts.append(r.choice(bank['fmt']))
    return r.choice(bank.get('join', ['\n\n'])).join(parts)


def item_text(W, src, it):
    if src in ('gsm_train', 'gsm_test'):
        return it['question']
    if src == 'humaneval':
        return it['prompt']
    if src in ('codegen', 'roleplay', 'toolformer'):
        return it['instruction'] + ('\n' + it['input'] if it.get('input') else '')
    if src == 'arena':
        return it['prompt']
    if src == 'seed':
        return it['instruction']
    return str(it)


def pool_of(W, src):
    return {'gsm_train': W.C.gsm_train, 'gsm_test': W.C.gsm_test, 'humaneval': W.C.humaneval, 'codegen': W.C.codegen,
            'roleplay': W.C.roleplay, 'toolformer': W.C.toolformer, 'arena': W.C.arena, 'seed': W.C.seed_tasks}[src]


class Queue:
    """Shared work queue; items handed out without repetition across the operation."""
    def __init__(self, W, srcs):
        self.items = [(s, it) for s in srcs for it in pool_of(W, s)]
        W.rng.shuffle(self.items)
        self.i = 0

    def take(self):
        x = self.items[self.i % len(self.items)]
        self.i += 1
        return x


def cover_prompt(W):
    r = W.rng
    k = r.random()
    if k < 0.4:
        return r.choice(W.C.koala)
    if k < 0.7:
        return r.choice(W.C.hh)[0]
    if k < 0.85:
        return r.choice(W.C.vicuna)
    return W.C.user_task(r)


DISPOSABLE = ['mailinator.com', 'guerrillamail.com', 'yopmail.com', 'sharklasers.com', 'tempmail.dev', '10minutemail.net',
              'trashmail.io', 'mail.tm', 'dropmail.me', 'inboxkitten.com']
LOOKALIKE = ['gmai1.com', 'gmial.com', 'outIook.com', 'hotmial.com', 'protonmai1.com', 'yah00.com', 'iclould.com', 'gmaill.co']


# ------------------------------------------------------------------ sloppy fleet
def sloppy_fleet(W, camp, n, srcs, bank, stack='requests', n_cards=5, email_pool=None, bursts=4, n_proxies=40,
                 req_mean=40, model='atlas-4', reasoning=False, max_tokens=4096, signup_before_days=(0, 6), proxy_kind='dc',
                 persona='scripted-fleet', tools=None, sys_bank=None, ua_fixed=None):
    r = W.rng
    cards = [W.card('%s-c%d' % (camp, i)) for i in range(n_cards)]
    email_pool = email_pool or DISPOSABLE
    if proxy_kind == 'dc':
        proxies = [W.N.proxy(r) for _ in range(n_proxies)]
    else:  # residential proxy network (rotating, many ISPs/countries)
        proxies = [W.N.resi(r, r.choice(['US', 'BR', 'IN', 'VN', 'ID', 'TR', 'MX'])) if r.random() < 0.6 else
                   W.N.mobile(r, r.choice(['US', 'IN', 'BR', 'ID'])) for _ in range(n_proxies)]
    cl = Client(r, stack, ua_override=ua_fixed)
    burst_times = [W.start - timedelta(days=r.uniform(*signup_before_days), hours=r.uniform(0, 24)) for _ in range(bursts)]
    pool = [it for s in srcs for it in ((s, x) for x in pool_of(W, s))]
    cc_decl = r.choice(['US', 'SG', 'HK', 'GB', None])
    for i in range(n):
        bt = r.choice(burst_times)
        created = bt + timedelta(seconds=r.uniform(0, 900))
        a = W.new_account('attack', persona, campaign=camp, created=created, email=r.choice(email_pool),
                          card=r.choice(cards), signup_ip=r.choice(proxies), cc=cc_decl or r.choice(['US', 'CA', 'GB']),
                          tier=r.choice(['build', 'build', 'free']))
        nreq = max(5, int(r.gauss(req_mean, req_mean * 0.3)))
        t = max(created + timedelta(hours=r.uniform(0.2, 30)), W.start + timedelta(hours=r.uniform(0, 48)))
        done = 0
        while done < nreq:
            # scripted session: a batch of requests with short machine gaps
            batch = r.randint(4, 15)
            ip = r.choice(proxies)
            for _ in range(batch):
                s, it = r.choice(pool)
                p = compose(r, bank, item_text(W, s, it))
                sysp = r.choice(sys_bank) if sys_bank else None
                W.emit(a, t, cl, ip, p, system=sysp, model=model, max_tokens=max_tokens, temperature=r.choice([0.7, 1.0]),
                       stream=False, reasoning=reasoning, out_hint=r.uniform(500, 1800), tools=tools,
                       response=it.get('answer') or it.get('response'), status=200 if r.random() < 0.93 else 429)
                t += timedelta(seconds=r.uniform(1.5, 12))
                done += 1
                if r.random() < 0.15:
                    ip = r.choice(proxies)
            t += timedelta(hours=r.uniform(2, 40))


# ------------------------------------------------------------------ careful operation
def careful(W, camp, n, queue, bank, follow_bank, persona='aged-residential', turns=(1, 4), req_mean=38, model_choices=None,
            reasoning_p=0.5, countries=None, tools_bank=None, sys_bank=None, stacks=None, rand_tls_p=0.4):
    r = W.rng
    model_choices = model_choices or ['atlas-4', 'atlas-4-reasoning']
    countries = countries or {'US': 5, 'GB': 1, 'CA': 1, 'DE': 1, 'AU': 1}
    stacks = stacks or ['web_chrome', 'web_safari', 'web_firefox', 'web_edge', 'openai_py', 'anthropic_py', 'openai_js', 'curl']
    for i in range(n):
        cc = r.choices(list(countries), list(countries.values()))[0]
        created = W.start - timedelta(days=r.uniform(60, 500))
        home = [W.N.resi(r, cc) for _ in range(r.randint(1, 3))]
        a = W.new_account('attack', persona, campaign=camp, created=created, email=r.choice(EMAILS), card=W.card(),
                          signup_ip=W.N.resi(r, cc), cc=cc, tier=r.choice(['build', 'build', 'scale']))
        st = r.choice(stacks)
        cl = Client(r, st, rand_tls=r.random() < rand_tls_p)
        if cl.rand_tls:
            fp_acct = None
        tz = TZ.get(cc, 0)
        nreq = max(8, int(r.gauss(req_mean, req_mean * 0.35)))
        done = 0
        sysp = r.choice(sys_bank) if sys_bank and r.random() < 0.6 else None
        while done < nreq:
            t = W.diurnal_time(tz, peak=(8, 23))
            s, it = queue.take()
            nt = r.randint(*turns)
            cid = W.conv_id(r.choice(['uuid', 'cv'])) if nt > 1 or r.random() < 0.5 else None
            prior = 0
            model = r.choice(model_choices)
            tools = r.choice(tools_bank) if tools_bank and r.random() < 0.7 else None
            fp = cl.fingerprint(r)
            ip = r.choice(home)
            for k in range(nt):
                p = compose(r, bank, item_text(W, s, it)) if k == 0 else r.choice(follow_bank)
                row = W.emit(a, t, cl, ip, p, system=sysp, model=model, conv=cid, turn=(k + 1) if cid else None, tools=tools,
                             max_tokens=r.choice([None, 4096, 8192, 16000]), temperature=r.choice([None, 0.7, 1.0, 0.3]),
                             stream=r.random() < 0.6, reasoning=model.endswith('reasoning') or r.random() < reasoning_p * 0.3,
                             out_hint=r.uniform(400, 1600), prior_tokens=prior, response=it.get('answer') or it.get('response') or it.get('canonical_solution'),
                             fp=fp)
                if row:
                    prior = row['input_tokens'] + row['output_tokens']
                done += 1
                t += timedelta(seconds=r.uniform(45, 600))


# ------------------------------------------------------------------ sub-teams with cover traffic
def subteam(W, camp, team, n, srcs, bank, stack, net, cover, persona, card_mode='own', req_mean=40, model='atlas-4',
            reasoning=False, max_tokens=4096, sys_bank=None, email_pool=None, created_range=(3, 90), tz=0, tools_bank=None,
            judge_fn=None):
    r = W.rng
    shared_card = W.card(camp + team)
    cc = r.choice(['US', 'GB', 'SG', 'DE', 'CA'])
    egress = None
    if net == 'cloud':
        prov = r.choice(['hetzner', 'ovh', 'do', 'linode', 'vultr', 'aws', 'alibaba'])
        egress = [W.N.cloud(r, prov) for _ in range(r.randint(3, 8))]
    elif net == 'vpn':
        egress = [W.N.proxy(r) for _ in range(25)]
    cl0 = Client(r, stack)
    pool = [(s, x) for s in srcs for x in pool_of(W, s)]
    for i in range(n):
        created = W.start - timedelta(days=r.uniform(*created_range))
        if net == 'resi':
            mycc = r.choice(['US', 'IN', 'BR', 'ID', 'VN', 'MX'])
            ips = [W.N.resi(r, mycc) for _ in range(r.randint(1, 2))] + ([W.N.mobile(r, mycc)] if r.random() < 0.5 else [])
        else:
            mycc = cc
            ips = r.sample(egress, min(len(egress), r.randint(1, 3)))
        card = shared_card if (card_mode == 'shared' or (card_mode == 'mixed' and r.random() < 0.5)) else W.card()
        a = W.new_account('attack', persona, campaign=camp, created=created, email=r.choice(email_pool or EMAILS), card=card,
                          signup_ip=ips[0], cc=mycc, tier=r.choice(['build', 'scale']))
        cl = Client(r, stack, ua_override=cl0.ua if r.random() < 0.7 else None)
        nreq = max(6, int(r.gauss(req_mean, req_mean * 0.3)))
        cov = r.uniform(*cover)
        t = W.start + timedelta(hours=r.uniform(0, 24 * W.days * 0.3))
        sysp = r.choice(sys_bank) if sys_bank else None
        for k in range(nreq):
            ip = r.choice(ips)
            if r.random() < cov:
                p = cover_prompt(W)
                W.emit(a, t, cl, ip, p, model=r.choice(['atlas-4', 'atlas-4-mini']), temperature=r.choice([None, 0.7]),
                       stream=r.random() < 0.5, response=fake_resp(W, p))
            else:
                s, it = r.choice(pool)
                p = judge_fn(W, s, it) if judge_fn else compose(r, bank, item_text(W, s, it))
                tools = r.choice(tools_bank) if tools_bank else None
                W.emit(a, t, cl, ip, p, system=sysp, model=model, max_tokens=max_tokens, temperature=r.choice([0, 0.2, 0.7, 1.0]),
                       stream=False, reasoning=reasoning, out_hint=r.uniform(300, 1500), tools=tools,
                       response=(('Rationale: the response %s. Score: %d' % (r.choice(['is mostly correct', 'misses a step', 'contains an arithmetic error', 'is clear and complete']), r.randint(1, 10))) if judge_fn else (it.get('answer') or it.get('response'))))
            # team-specific pacing: mostly working hours of the team, gaps of minutes to hours
            gap = r.expovariate(1 / 2400) if r.random() < 0.8 else r.uniform(6, 30) * 3600
            t += timedelta(seconds=gap + 3)
            hr = (t.hour + tz) % 24
            if hr < 7:
                t += timedelta(hours=7 - hr + r.uniform(0, 2))


# ------------------------------------------------------------------ bare items, extended reasoning
def bare_items(W, camp, n, srcs, stack='anthropic_py', net='cloud', persona='bare-thinking', req_mean=40, low_slow=False,
               email_pool=None, card_groups=None):
    r = W.rng
    prov = r.choice(['oracle', 'alibaba', 'tencent', 'aws', 'azure'])
    egress = [W.N.cloud(r, prov) for _ in range(12)] if net == 'cloud' else None
    queue = Queue(W, srcs)
    cards = [W.card() for _ in range(card_groups)] if card_groups else None
    cl0 = Client(r, stack)
    for i in range(n):
        cc = r.choice(['US', 'SG', 'JP', 'KR', 'HK'])
        if net == 'cloud':
            ips = r.sample(egress, 2)
        else:
            ips = [W.N.resi(r, cc if cc in TZ else 'US') for _ in range(2)]
        a = W.new_account('attack', persona, campaign=camp, created=W.start - timedelta(days=r.uniform(10, 120)),
                          email=r.choice(email_pool or EMAILS), card=r.choice(cards) if cards else W.card(), signup_ip=ips[0],
                          cc=cc if cc != 'HK' else None, tier='scale' if r.random() < 0.5 else 'build')
        nreq = max(5, int(r.gauss(req_mean, req_mean * 0.25)))
        if low_slow:
            times = sorted(W.uniform_time() for _ in range(nreq))
        else:
            t0 = W.uniform_time()
            times = []
            for k in range(nreq):
                times.append(t0)
                t0 += timedelta(seconds=r.uniform(40, 300) if r.random() < 0.85 else r.uniform(3600, 20000))
        for t in times:
            s, it = queue.take()
            q = item_text(W, s, it)
            W.emit(a, t, cl0, r.choice(ips), q, model='atlas-4-reasoning', max_tokens=r.choice([32000, 32768, 64000]),
                   temperature=1.0, stream=r.random() < 0.3, reasoning=True, out_hint=r.uniform(700, 3000),
                   response=it.get('answer') or it.get('canonical_solution'), endpoint='/v1/messages')


# ------------------------------------------------------------------ capability-taxonomy sweep
def taxonomy_sweep(W, camp, n, bank, styles, stacks, persona='taxonomy-sweep', req_mean=40, net='vpn', email_pool=None, cards=None):
    r = W.rng
    clusters = sorted(W.C.arena_clusters)
    r.shuffle(clusters)
    proxies = [W.N.proxy(r) for _ in range(60)] if net == 'vpn' else None
    shared_cards = [W.card() for _ in range(cards)] if cards else None
    ci = 0
    for i in range(n):
        cc = r.choice(['US', 'GB', 'NL', 'DE', 'SG'])
        a = W.new_account('attack', persona, campaign=camp, created=W.start - timedelta(days=r.uniform(1, 45)),
                          email=r.choice(email_pool or EMAILS), card=r.choice(shared_cards) if shared_cards else W.card(),
                          signup_ip=r.choice(proxies) if proxies else W.N.resi(r, cc), cc=cc, tier='build')
        cl = Client(r, r.choice(stacks))
        ips = r.sample(proxies, 3) if proxies else [W.N.resi(r, cc)]
        my = []
        for _ in range(r.randint(2, 4)):
            my.append(clusters[ci % len(clusters)]); ci += 1
        nreq = max(6, int(r.gauss(req_mean, 8)))
        t = W.diurnal_time(TZ.get(cc, 0))
        for k in range(nreq):
            cl_name = my[k % len(my)]
            style = styles[(k // len(my)) % len(styles)]
            seed_q = r.choice(W.C.arena_clusters[cl_name])
            p = compose(r, bank, style.format(area=cl_name, example=seed_q[:600], n=r.choice([3, 5, 8]), lvl=r.choice(['beginner', 'intermediate', 'expert'])))
            W.emit(a, t, cl, r.choice(ips), p, model=r.choice(['atlas-4', 'atlas-4-reasoning']), max_tokens=8192,
                   temperature=r.choice([0.8, 1.0]), stream=False, reasoning=r.random() < 0.4, out_hint=r.uniform(600, 2000))
            t += timedelta(seconds=r.uniform(20, 240) if r.random() < 0.8 else r.uniform(3 * 3600, 30 * 3600))


# ------------------------------------------------------------------ judge prompts
def judge_rubric(bank_words):
    def fn(W, s, it):
        r = W.rng
        q = item_text(W, s, it)
        ans = it.get('answer') or it.get('response') or it.get('canonical_solution') or ''
        if r.random() < 0.4 and ans:
            # corrupt a number to create a negative example
            import re
            nums = re.findall(r'\d+', ans)
            if nums:
                x = r.choice(nums)
                ans = ans.replace(x, str(int(x) + r.randint(1, 9)), 1)
        crit = ', '.join(r.sample(bank_words['criteria'], r.randint(2, 4)))
        scale = r.choice(bank_words['scale'])
        head = r.choice(bank_words['head']).format(crit=crit, scale=scale)
        tail = r.choice(bank_words['tail']).format(scale=scale)
        lab = r.choice(bank_words['labels'])
        return '%s\n\n%s\n%s\n\n%s\n%s\n\n%s' % (head, lab[0], q, lab[1], ans[:1500], tail)
    return fn


def judge_pairwise(bank_words):
    def fn(W, s, it):
        r = W.rng
        q = item_text(W, s, it)
        a1 = it.get('answer') or it.get('response') or ''
        other = r.choice(pool_of(W, s))
        a2 = other.get('answer') or other.get('response') or ''
        if r.random() < 0.5:
            a1, a2 = a2, a1
        head = r.choice(bank_words['head'])
        tail = r.choice(bank_words['tail'])
        return '%s\n\n[Prompt]\n%s\n\n[Response A]\n%s\n\n[Response B]\n%s\n\n%s' % (head, q, a1[:1000], a2[:1000], tail)
    return fn


# ------------------------------------------------------------------ agentic tool loop harvest
def agentic_harvest(W, camp, n, queue, stacks, tools_sets, sys_bank, step_bank, persona='agent-trace', req_mean=40, net='resi_proxy',
                    n_cards=10, email_pool=None, rotate=True):
    r = W.rng
    cards = [W.card() for _ in range(n_cards)]
    proxies = [(W.N.resi(r, c) if r.random() < 0.5 else W.N.mobile(r, c)) for c in r.choices(['US', 'IN', 'BR', 'ID', 'GB', 'DE'], k=300)]
    for i in range(n):
        cc = r.choice(['US', 'GB', 'DE', 'IN'])
        created = W.start - timedelta(days=r.uniform(2, 30))
        a = W.new_account('attack', persona, campaign=camp, created=created, email=r.choice(email_pool or EMAILS), card=r.choice(cards),
                          signup_ip=r.choice(proxies), cc=cc, tier='build')
        cl = Client(r, r.choice(stacks))
        tools = r.choice(tools_sets)
        sysp = r.choice(sys_bank)
        nreq = max(8, int(r.gauss(req_mean, 10)))
        done = 0
        t = W.uniform_time()
        sticky = r.choice(proxies)
        while done < nreq:
            s, it = queue.take()
            task = item_text(W, s, it)
            steps = r.randint(3, 9)
            cid = W.conv_id('cv') if r.random() < 0.5 else None
            prior = 0
            for k in range(steps):
                ip = r.choice(proxies) if rotate else sticky
                if k == 0:
                    p = r.choice(['TASK: ', 'Objective: ', '', 'Ticket #%d: ' % r.randint(1000, 99999)]) + task
                else:
                    p = r.choice(step_bank).format(tool=r.choice(tools), code=r.randint(0, 2), n=r.randint(1, 300))
                row = W.emit(a, t, cl, ip, p, system=sysp, model=r.choice(['atlas-4', 'atlas-4-reasoning']), conv=cid, turn=(k + 1) if cid else None,
                             tools=tools, max_tokens=r.choice([8192, 16384]), temperature=r.choice([0, 0.3]), stream=r.random() < 0.4,
                             reasoning=r.random() < 0.5, out_hint=r.uniform(200, 1200), prior_tokens=prior,
                             response=it.get('response') if k == steps - 1 else None)
                if row:
                    prior = row['input_tokens'] + row['output_tokens']
                done += 1
                t += timedelta(seconds=r.uniform(2, 25))
            t += timedelta(seconds=r.uniform(600, 40000))
