"""Legitimate customers (organic personas)."""
import math, random
from lib import JA4, H, lognorm, wchoice, epoch
from world import Client

COUNTRIES = [('US', 30), ('IN', 9), ('GB', 6), ('DE', 6), ('BR', 5), ('CA', 4), ('FR', 4), ('JP', 3), ('KR', 3),
             ('AU', 3), ('NL', 2), ('ES', 2), ('IT', 2), ('MX', 2), ('SG', 1), ('TW', 1), ('PL', 1), ('SE', 1),
             ('CH', 1), ('TR', 1), ('VN', 1), ('ID', 1), ('PH', 1), ('ZA', 1), ('AR', 1), ('KE', .5), ('EG', .5),
             ('CN', .7), ('NO', .5), ('BE', .5), ('TH', .5)]
FREEMAIL = {'US': ['gmail.com'] * 6 + ['outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'proton.me', 'aol.com'],
            'IN': ['gmail.com'] * 8 + ['yahoo.co.in', 'outlook.com', 'rediffmail.com'],
            'GB': ['gmail.com'] * 4 + ['outlook.com', 'hotmail.co.uk', 'btinternet.com', 'icloud.com', 'yahoo.co.uk'],
            'DE': ['gmail.com'] * 3 + ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'outlook.de'],
            'FR': ['gmail.com'] * 3 + ['orange.fr', 'free.fr', 'laposte.net', 'outlook.fr'],
            'JP': ['gmail.com'] * 3 + ['yahoo.co.jp', 'icloud.com', 'docomo.ne.jp'],
            'KR': ['gmail.com', 'naver.com', 'naver.com', 'daum.net', 'kakao.com'],
            'CN': ['qq.com', '163.com', '126.com', 'gmail.com', 'foxmail.com'],
            'BR': ['gmail.com'] * 4 + ['hotmail.com', 'outlook.com', 'uol.com.br', 'bol.com.br'],
            'RU': ['yandex.ru', 'mail.ru', 'gmail.com'],
            '*': ['gmail.com'] * 5 + ['outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'proton.me', 'zoho.com']}


def freemail(rng, c):
    return rng.choice(FREEMAIL.get(c, FREEMAIL['*']))


class Where:
    """Network location of a person over time: home line (rotating lease), optional mobile/office/VPN."""

    def __init__(self, w, rng, country, v6p=0.12, lease_days=(2, 25), mobile_p=0.0, office_ip=None, office_p=0.0,
                 home=True, shared_cgnat=True):
        self.w, self.rng, self.country = w, rng, country
        self.mobile_p, self.office_ip, self.office_p = mobile_p, office_ip, office_p
        self.segs = []
        t = w.t0 - rng.uniform(0, 86400 * 5)
        ip, asn = w.N.res_ip(rng, country, v6p)
        self.asn = asn
        self.v6 = ':' in ip
        while t < w.t1:
            self.segs.append((t, ip))
            t += rng.uniform(*lease_days) * 86400
            # lease change: often same /16ish, sometimes new
            ip = w.N.asn_ip(rng, asn, v6=self.v6) if rng.random() < .8 else w.N.res_ip(rng, country, v6p)[0]
        self.shared_cgnat = shared_cgnat

    def home(self, ts):
        ip = self.segs[0][1]
        for t, i in self.segs:
            if t <= ts:
                ip = i
        return ip

    def at(self, ts, sticky=None):
        r = self.rng
        if self.office_ip and self.w.weekday(ts, 0) < 5 and r.random() < self.office_p:
            return self.office_ip
        if r.random() < self.mobile_p:
            return cgnat_ip(self.w, r, self.country) if self.shared_cgnat else self.w.N.mobile_ip(r, self.country)
        return self.home(ts)


def cgnat_ip(w, rng, country):
    pool = w.__dict__.setdefault('_cgnat', {})
    if country not in pool:
        prng = random.Random('cgnat' + country + str(w.seed))
        pool[country] = [w.N.mobile_ip(prng, country) for _ in range(60)]
    return rng.choice(pool[country])


# ------------------------------------------------------------------ client stacks for organic users
def browser_client(w, rng, os_hint=None, conv_ids=True, stream=True):
    kind = wchoice(rng, [('chrome_win', 30), ('chrome_mac', 15), ('edge_win', 8), ('firefox_win', 6),
                         ('firefox_linux', 3), ('safari_mac', 8), ('chrome_linux', 4), ('safari_ios', 6),
                         ('chrome_android', 6), ('firefox_mac', 2)])
    ja = {'chrome_win': 'chrome', 'chrome_mac': 'chrome', 'chrome_linux': 'chrome', 'chrome_android': 'chrome',
          'edge_win': 'edge', 'firefox_win': 'firefox', 'firefox_linux': 'firefox', 'firefox_mac': 'firefox',
          'safari_mac': 'safari', 'safari_ios': 'safari'}[kind]
    j = JA4[ja]
    if ja == 'chrome' and rng.random() < .35:
        j = JA4['chrome_b']
    return Client(w.S.ua(rng, kind), j, endpoint=rng.choice(['/v1/chat/completions'] * 3 + ['/v1/messages']),
                  stream=stream, retry=False, conv_ids=conv_ids, name='browser:' + kind)


BYOK_APPS = [  # third-party "bring your own key" chat front-ends (shared system prompts across unrelated users)
    ('Pocketchat', 'You are Pocketchat, a friendly assistant in a mobile app. Keep answers short and readable on a phone screen. Use markdown sparingly.'),
    ('Quillbox', 'You are a helpful assistant. Today\'s date is {date}. Answer as accurately as you can.'),
    ('TerminalGPT', None),
    ('Lattice Notes', 'You are an assistant embedded in a note-taking app. When the user pastes notes, help organise, summarise or expand them.'),
    ('Chatterjar', 'You are a helpful, witty assistant. If a question is ambiguous, ask one clarifying question.'),
    ('OpenDesk', 'You are a helpful assistant.'),
]


def app_client(w, rng, app=None):
    """mobile / desktop BYOK apps"""
    app = app or rng.choice(BYOK_APPS)
    name = app[0]
    form = wchoice(rng, [('ios', 4), ('android', 3), ('electron', 2), ('web', 3)])
    if form == 'ios':
        ua = '%s/%d.%d.%d CFNetwork/%s Darwin/%s' % (name.replace(' ', ''), rng.randint(1, 4), rng.randint(0, 9), rng.randint(0, 9),
                                                  rng.choice(['1568.100.1', '1568.200.51', '3826.500.131', '3860.100.1']),
                                                  rng.choice(['24.0.0', '24.1.0', '25.0.0', '25.1.0']))
        j = JA4['cfnetwork']
    elif form == 'android':
        ua = rng.choice(['okhttp/4.12.0', 'okhttp/4.11.0', 'Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)',
                         'Ktor client', '%s/%d.%d (Android 15)' % (name.replace(' ', ''), rng.randint(1, 3), rng.randint(0, 20))])
        j = JA4['okhttp']
    elif form == 'electron':
        ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) %s/%d.%d.%d Chrome/%d.0.0.0 Electron/%d.0.0 Safari/537.36' % (
            name.replace(' ', ''), rng.randint(1, 3), rng.randint(0, 12), rng.randint(0, 9), w.S.chrome - 6, rng.randint(33, 37))
        j = JA4['chrome_b']
    else:
        c = browser_client(w, rng)
        ua, j = c.ua, c.ja4
    sysm = app[1]
    return Client(ua, j, endpoint='/v1/chat/completions' if rng.random() < .7 else '/v1/messages', stream=True,
                  retry=False, conv_ids=rng.random() < .8, name='app:' + name), sysm


def sdk_client(w, rng, lang=None, odd=0.0):
    lang = lang or wchoice(rng, [('py', 45), ('js', 22), ('go', 6), ('curl', 6), ('java', 4), ('dotnet', 4),
                                 ('rust', 3), ('ruby', 2), ('php', 2), ('postman', 2), ('httpie', 1), ('litellm', 3)])
    anth = rng.random() < .4
    if lang == 'py':
        kind = ('anthropic_py' if anth else 'openai_py') if rng.random() < .8 else rng.choice(['requests', 'httpx', 'aiohttp'])
        j = JA4[wchoice(rng, [('py_ossl30', 5), ('py_ossl3x', 4), ('py_ossl11', 1)])]
        if kind == 'aiohttp':
            j = JA4['py_noalpn']
        c = Client(w.S.ua(rng, kind), j, '/v1/messages' if kind == 'anthropic_py' else ('/v1/chat/completions' if kind == 'openai_py' else rng.choice(['/v1/messages', '/v1/chat/completions'])),
                   stream=rng.choice([False, False, True]), retry=kind in ('openai_py', 'anthropic_py'), name=kind)
    elif lang == 'js':
        kind = ('anthropic_js' if anth else 'openai_js') if rng.random() < .75 else rng.choice(['undici', 'node_fetch', 'axios'])
        j = JA4[rng.choice(['node18', 'node20', 'node20', 'node22', 'node22'])]
        if kind == 'node_fetch':
            j = JA4['node_noalpn']
        c = Client(w.S.ua(rng, kind), j, '/v1/messages' if kind == 'anthropic_js' else '/v1/chat/completions' if kind == 'openai_js' else rng.choice(['/v1/messages', '/v1/chat/completions']),
                   stream=rng.choice([True, False]), retry=kind.endswith('_js'), name=kind)
    elif lang == 'go':
        c = Client(w.S.ua(rng, rng.choice(['go2', 'go1'])), JA4[rng.choice(['go', 'go', 'go_h1', 'go_old'])],
                   rng.choice(['/v1/chat/completions', '/v1/messages']), stream=rng.choice([False, True]), retry=False, name='go')
    elif lang == 'curl':
        win = rng.random() < .3
        c = Client(w.S.ua(rng, 'curl_win' if win else 'curl'), JA4['curl_schannel' if win else rng.choice(['curl_ossl', 'curl_ossl', 'curl_mac'])],
                   rng.choice(['/v1/chat/completions', '/v1/messages']), stream=False, retry=False, name='curl')
    elif lang == 'java':
        c = Client(w.S.ua(rng, rng.choice(['java', 'okhttp'])), JA4[rng.choice(['java17', 'java21'])], '/v1/chat/completions',
                   stream=False, retry=False, name='java')
    elif lang == 'dotnet':
        c = Client(w.S.ua(rng, 'dotnet'), JA4['dotnet_win'], '/v1/chat/completions', stream=rng.choice([False, True]), retry=True, name='dotnet')
    elif lang == 'rust':
        c = Client(None if rng.random() < .6 else 'reqwest/0.12', JA4['rustls'], rng.choice(['/v1/chat/completions', '/v1/messages']),
                   stream=True, retry=False, name='rust')
    elif lang == 'ruby':
        c = Client(w.S.ua(rng, 'ruby'), JA4['ruby'], '/v1/chat/completions', stream=False, retry=False, name='ruby')
    elif lang == 'php':
        c = Client(w.S.ua(rng, 'php'), JA4['php'], '/v1/chat/completions', stream=False, retry=False, name='php')
    elif lang == 'postman':
        c = Client(w.S.ua(rng, 'postman'), JA4['node20'], rng.choice(['/v1/chat/completions', '/v1/messages']), stream=False, retry=False, name='postman')
    elif lang == 'httpie':
        c = Client(w.S.ua(rng, 'httpie'), JA4['py_ossl30'], '/v1/chat/completions', stream=False, retry=False, name='httpie')
    else:
        c = Client(w.S.ua(rng, 'litellm') if rng.random() < .5 else w.S.ua(rng, 'openai_py'), JA4['py_ossl3x'], '/v1/chat/completions',
                   stream=rng.choice([True, False]), retry=True, name='litellm')
    if odd and rng.random() < odd:
        c = oddify(w, rng, c)
    return c


def oddify(w, rng, c):
    """odd legit stacks whose UA and TLS fingerprint don't match the textbook pairing"""
    x = rng.random()
    if x < .35:  # corporate TLS-intercepting proxy re-terminates TLS
        c.ja4 = JA4[rng.choice(['zscaler', 'netskope', 'paloalto'])]
        c.name += '+mitm'
    elif x < .5:  # python SDK behind a local Go gateway
        c.ja4 = JA4['go']
        c.name += '+gateway'
    elif x < .62:  # browser UA string pasted into a script header
        c.ua = w.S.ua(rng, 'chrome_win')
        c.name += '+spoofua'
    elif x < .75:  # mobile SDK wrapper (Kotlin Multiplatform) from iOS
        c.ua = 'okhttp/4.12.0'
        c.ja4 = JA4['cfnetwork']
        c.name += '+kmp'
    elif x < .87:  # no UA at all
        c.ua = None
        c.name += '+noua'
    else:  # curl on Windows spoofing an SDK UA
        c.ua = w.S.ua(rng, 'openai_py')
        c.ja4 = JA4['curl_schannel']
        c.name += '+winscript'
    return c


# ------------------------------------------------------------------ organic content
CASUAL_OPENERS = ['', '', '', '', 'hey ', 'Hi! ', 'quick question: ', 'ok so ', 'Question - ', 'hello, ', 'pls help: ',
                  'I was wondering, ', 'Random thought: ', 'Can you help? ']


def casual_text(w, rng, p):
    o = rng.choice(CASUAL_OPENERS)
    if o and p[:1].isupper() and rng.random() < .6:
        p = p[0].lower() + p[1:]
    if rng.random() < .12:
        p = p.lower()
    if rng.random() < .08:
        p = p.rstrip('?.') + rng.choice(['??', ' ?', '', ' thx', ' thanks!'])
    return o + p


def general_item(w, rng):
    C = w.C
    x = rng.random()
    if x < .22:
        return rng.choice(C.koala), 'chat'
    if x < .36:
        return rng.choice(C.vicuna), 'chat'
    if x < .52:
        return rng.choice(C.arena_other), 'long'
    if x < .62:
        return rng.choice(C.mtbench)['turns'][0], 'chat'
    if x < .8:
        t = rng.choice(C.user_tasks)
        inst = t['instances'][0]
        s = t['instruction'] + (('\n\n' + inst['input']) if inst.get('input') else '')
        return s, 'chat'
    return rng.choice(C.hh)['humans'][0], 'chat'


FOLLOWUPS_CASUAL = ['thanks! can you make it shorter?', 'what do you mean by that?', 'ok and what about the second one',
                    'can you give me an example', 'hmm that doesn\'t sound right', 'perfect, thanks', 'more detail please',
                    'Can you put that in a table?', 'why?', 'and if I\'m on a budget?', 'translate that to spanish',
                    'Could you explain it more simply?', 'nice. another one?', 'is that still true in 2026?',
                    'make it funnier', 'Ok, now the same but formal.', 'what are the downsides?', 'Give me 3 more options.']


def multi_turn_dialog(w, rng):
    """returns list of user turns: hh-rlhf dialogue, mt-bench pair or item + follow-ups"""
    x = rng.random()
    if x < .3:
        return rng.choice(w.C.hh)['humans'][:6]
    if x < .42:
        return list(rng.choice(w.C.mtbench)['turns'])
    p, _ = general_item(w, rng)
    n = wchoice(rng, [(1, 5), (2, 3), (3, 2), (4, 1)])
    return [p] + [rng.choice(FOLLOWUPS_CASUAL) for _ in range(n - 1)]


def signup(w, rng, a_created_days_before=(5, 700), ip=None):
    pass


def new_person(w, rng, persona, country=None, tier=None, email=None, created=None, pay_p=.3, v6p=.12,
               mobile_p=0.05, verified=False):
    country = country or wchoice(rng, COUNTRIES)
    where = Where(w, rng, country, v6p=v6p, mobile_p=mobile_p)
    if tier is None:
        tier = wchoice(rng, [('free', 60), ('build', 38), ('scale', 2)])
    pay = w.pay_fp(rng) if (tier != 'free' or rng.random() < pay_p) else None
    if tier != 'free' and pay is None:
        pay = w.pay_fp(rng)
    if created is None:
        created = w.t0 - lognorm(rng, 150, 1.1) * 86400
        if rng.random() < .08:
            created = rng.uniform(w.t0, w.t1 - 86400)
    a = w.add_account(rng, persona, created=created, email=email or freemail(rng, country), pay=pay,
                      signup_ip=None, country=country, tier=tier, verified=verified)
    a.signup_ip = where.home(created) if created > w.t0 - 10 * 86400 else where.w.N.res_ip(rng, country, v6p)[0]
    return a, where


def turn_gap(rng, kind='read'):
    if kind == 'read':
        return lognorm(rng, 55, .8) + 4
    if kind == 'agent':
        return lognorm(rng, 6, .7) + .5
    if kind == 'script':
        return lognorm(rng, 2.5, .6)
    return lognorm(rng, 30, 1)


# ------------------------------------------------------------------ personas
def casual(w, rng, n):
    for _ in range(n):
        a, where = new_person(w, rng, 'casual', mobile_p=.15)
        r = a.rng
        form = wchoice(r, [('browser', 40), ('app', 40), ('script', 12), ('curl', 4), ('rare', 4)])
        sysm = None
        if form == 'browser':
            cl = browser_client(w, r)
            sysm = r.choice([None, None, 'You are a helpful assistant.', None])
        elif form == 'app':
            cl, sysm = app_client(w, r)
        elif form == 'script':
            cl = sdk_client(w, r, 'py')
        elif form == 'curl':
            cl = sdk_client(w, r, 'curl')
        else:
            cl = sdk_client(w, r, r.choice(['ruby', 'php', 'httpie', 'postman', 'rust']))
        if a.created > w.t0:
            lo = a.created + r.uniform(60, 3600)
        else:
            lo = w.t0
        nsess = max(1, int(lognorm(r, 1.6, .7)))
        for s in range(nsess):
            t = w.sample_time(r, 'evening', a.tz, weekend_factor=1.0, lo=lo)
            turns = multi_turn_dialog(w, r)
            cv = w.conv(r, 'uuid')
            ip = where.at(t)
            sp = sysm.replace('{date}', w.start.strftime('%B %d, %Y')) if sysm else None
            for i, p in enumerate(turns):
                kind = 'chat' if i else ('long' if len(p) > 400 else 'chat')
                w.req(a, t, casual_text(w, r, p) if i == 0 else p, cl, ip, system=sp, conv=cv, kind=kind, mkind=r.choice(['general', 'general', 'cheap']),
                      temperature=r.choice([None, None, None, .7, 1.0]))
                t += turn_gap(r)


def vpn_user(w, rng, n):
    for _ in range(n):
        x = rng.random()
        em = rng.choice(['proton.me', 'tutanota.com', 'duck.com', 'simplelogin.com', 'anonaddy.me', 'mailbox.org', 'pm.me']) if x < .3 else \
            (rng.choice(['yopmail.com', 'sharklasers.com', 'mailinator.com']) if x < .34 else None)
        a, where = new_person(w, rng, 'vpn-user', email=em)
        r = a.rng
        cl = browser_client(w, r) if r.random() < .6 else (app_client(w, r)[0] if r.random() < .5 else sdk_client(w, r))
        provider = r.choice(['list', 'list', 'list', 'proton', 'mullvad', 'm247', 'datacamp', 'packethub'])
        exits = []
        for _ in range(r.randint(2, 6)):
            if provider == 'list':
                exits.append(w.N.cidr_ip(r, w.N.vpn4))
            else:
                exits.append(w.N.cloud_ip(r, provider))
        a.signup_ip = r.choice(exits)
        nsess = max(1, int(lognorm(r, 3, .6)))
        for s in range(nsess):
            t = w.sample_time(r, 'night_owl', a.tz)
            ip = r.choice(exits) if r.random() < .85 else where.home(t)
            cv = w.conv(r)
            for i, p in enumerate(multi_turn_dialog(w, r)[:r.randint(1, 4)]):
                w.req(a, t, casual_text(w, r, p) if i == 0 else p, cl, ip, conv=cv, kind='chat')
                t += turn_gap(r)


WRITER_TASKS = [
    'Here is the opening of chapter {n} of my novel. Tighten the prose without changing the voice:\n\n{txt}',
    'Give me honest line-edit feedback on this scene. What drags, what works?\n\n{txt}',
    'Continue this story for about 800 words, keeping the same tense and POV:\n\n{txt}',
    'I\'m stuck. My protagonist needs a reason to stay in the town after the funeral. Brainstorm 10 options that aren\'t cliché. Context:\n\n{txt}',
    'Rewrite this paragraph so it reads more like literary fiction and less like a screenplay:\n\n{txt}',
    'Write a query letter for my manuscript. Genre: {genre}. Word count: {wc}. Blurb:\n\n{txt}',
    'Turn this rough outline into a beat sheet:\n\n{txt}',
    'Suggest five titles for this short story:\n\n{txt}',
]
STORY_BITS = ['The rain had been falling on Marrow Street for three days when Ada finally opened the letter.',
              'Nobody in the lighthouse kept a calendar, so nobody noticed when the ships stopped coming.',
              'My grandmother kept her recipes in a biscuit tin and her secrets in the freezer.',
              'The first thing the new teacher did was take down the clock.',
              'By the time the ferry reached the island, Tom had decided to lie about the dog.',
              'Jun counted the steps to the station every morning: four hundred and twelve, unless it snowed.',
              'The archive smelled of vinegar and old arguments.',
              'There were two rules at the Harbour Inn: pay in cash, and never ask about room nine.',
              'She sold the piano on a Tuesday, which was the day everything in that house went wrong.',
              'The drone delivered the package to the wrong balcony, and that is how I met Priya.']


def writer(w, rng, n):
    for _ in range(n):
        a, where = new_person(w, rng, 'writer', tier=rng.choice(['free', 'build', 'build']))
        r = a.rng
        cl = browser_client(w, r) if r.random() < .55 else (app_client(w, r)[0] if r.random() < .5 else sdk_client(w, r, 'py'))
        sysm = r.choice([None, 'You are an experienced fiction editor. Be direct and specific.',
                         'You are my writing partner. Match my style. British spelling.', None,
                         'You help a novelist. Never summarise the user\'s text back to them; go straight to the feedback.'])
        nsess = max(1, int(lognorm(r, 4, .6)))
        book = r.sample(STORY_BITS, 3)
        for s in range(nsess):
            t = w.sample_time(r, r.choice(['evening', 'night_owl', 'office']), a.tz)
            cv = w.conv(r)
            ip = where.at(t)
            for i in range(r.randint(1, 5)):
                if i == 0 or r.random() < .5:
                    if r.random() < .3:
                        rp = r.choice(w.C.roleplay)
                        p = rp['instruction'] + (('\n' + rp['input']) if rp['input'] else '')
                        kind = 'rp'
                    else:
                        txt = ' '.join(r.choice(book) for _ in range(r.randint(1, 3)))
                        txt = txt + '\n\n' + '\n\n'.join(' '.join(r.sample(STORY_BITS, r.randint(2, 5))) for _ in range(r.randint(1, 4)))
                        p = r.choice(WRITER_TASKS).format(n=r.randint(1, 30), txt=txt, genre=r.choice(['literary', 'cozy mystery', 'YA fantasy', 'thriller']),
                                                          wc='%d,000' % r.randint(60, 110))
                        kind = 'essay'
                else:
                    p = r.choice(['Better. Now make the dialogue sparser.', 'Too flowery — pull it back.', 'Keep going.',
                                  'Can you try that again but from her point of view?', 'I like option 3, expand it.',
                                  'Less adverbs please.', 'ok what would a harsh editor say?'])
                    kind = 'long'
                w.req(a, t, p, cl, ip, system=sysm, conv=cv, kind=kind, temperature=r.choice([None, .8, 1.0, .9]),
                      max_tokens=r.choice([None, 2000, 4000]) if cl.endpoint != '/v1/messages' else r.choice([4096, 8192]))
                t += turn_gap(r) * 2.5


def power_user(w, rng, n):
    for _ in range(n):
        a, where = new_person(w, rng, 'power-user', tier=rng.choice(['build', 'build', 'scale']), mobile_p=.08)
        r = a.rng
        if r.random() < .25:
            where.office_ip = w.N.res_ip(r, a.country)[0] if r.random() < .5 else w.N.cloud_ip(r, r.choice(['zscaler', 'aws', 'azure']))
            where.office_p = .5
        clients = [browser_client(w, r), sdk_client(w, r, odd=.15)]
        if r.random() < .5:
            clients.append(app_client(w, r)[0])
        sysm = r.choice([None, 'Be concise. No preamble. Use bullet points when listing.',
                         'You are an expert assistant. Assume I am technical. Skip disclaimers.',
                         'Answer in British English. Prefer tables for comparisons.', None,
                         'You are a senior staff engineer reviewing my work. Be blunt.'])
        days = w.active_days(r, .5, .25, a.tz)
        for d in days:
            for s in range(r.choice([1, 1, 2])):
                t = w.sample_time(r, 'dev', a.tz, day=d)
                cl = r.choice(clients)
                cv = w.conv(r)
                ip = where.at(t)
                x = r.random()
                nt = max(1, int(lognorm(r, 2.6, .7)))
                for i in range(nt):
                    if i == 0:
                        if x < .35:
                            p = r.choice(w.C.arena_code)
                            kind = 'code'
                        elif x < .5:
                            c = r.choice(w.C.codegen)
                            p = c['instruction'] + ('\n' + c['input'] if c['input'] else '')
                            kind = 'code'
                        elif x < .6:
                            p = 'Explain why this is the answer: ' + r.choice(w.C.gsm_train)['question']
                            kind = 'cot'
                        else:
                            p, kind = general_item(w, r)
                    else:
                        p = r.choice(['that fails on empty input, fix it', 'now add type hints and docstrings', 'what\'s the complexity?',
                                      'Refactor this to be more idiomatic.', 'Can you write tests for it?', 'Why not use a dict here?',
                                      'ok now in TypeScript', 'shorter please', 'Compare with the approach using a heap.',
                                      'That\'s wrong, the second case should return 0.', 'Go deeper on point 2.',
                                      'Summarise the tradeoffs in a table.'])
                        kind = r.choice(['code', 'chat', 'explain'])
                    w.req(a, t, p, cl, ip, system=sysm, conv=cv, kind=kind, mkind=r.choice(['general', 'general', 'code', 'reason']),
                          reasoning=(cl.endpoint == '/v1/messages' and r.random() < .3), rkind='code' if kind == 'code' else 'general',
                          max_tokens='auto' if r.random() < .7 else r.choice([8000, 16000, 32000]))
                    t += turn_gap(r) * r.uniform(.6, 2)


AGENT_CLIS = [
    ('codewright', 'codewright/{v} (node {nv}; {plat})', 'node22', '/v1/messages',
     ['read_file', 'write_file', 'edit_file', 'bash', 'grep', 'glob', 'list_dir', 'web_fetch', 'todo_write'],
     'You are Codewright, an interactive CLI coding agent. You help users with software engineering tasks in their local repository. Use the available tools to inspect and modify files. Prefer small, verifiable edits. Never commit without being asked. Keep responses short; the user sees them in a terminal.'),
    ('shellpilot', 'shellpilot/{v}', 'py_ossl3x', '/v1/chat/completions',
     ['run_shell', 'read_file', 'apply_patch', 'search_code', 'ask_user'],
     'You are ShellPilot. You operate inside the user\'s terminal. Think about which command to run, run it with run_shell, inspect the output, and iterate until the task is complete. Ask before destructive operations.'),
    ('gridagent', 'GridAgent/{v} Go-http-client/2.0', 'go', '/v1/chat/completions',
     ['sql_query', 'describe_table', 'plot_chart', 'python_exec'],
     'You are a data analysis agent connected to the user\'s warehouse. Write SQL, inspect schemas, and produce charts. Always show the SQL you ran.'),
]


def agent_client(w, rng, which=None):
    cli = which or rng.choice(AGENT_CLIS)
    name, uat, j, ep, tools, sysm = cli
    ua = uat.format(v='%d.%d.%d' % (rng.randint(0, 2), rng.randint(1, 30), rng.randint(0, 9)),
                    nv=rng.choice(['20.18.1', '22.11.0', '22.14.0']), plat=rng.choice(['darwin arm64', 'linux x64', 'win32 x64']))
    return Client(ua, JA4[j], ep, stream=True, retry=True, conv_ids=True, name='agent:' + name), tools, sysm


TOOL_RESULT_SNIPS = [
    'Tool result (bash): \n$ pytest -q\n..F.\nFAILED tests/test_parser.py::test_empty_input - IndexError: list index out of range\n1 failed, 3 passed in 0.41s',
    'Tool result (read_file src/app/config.py): \nimport os\n\nDEFAULTS = {\n    "timeout": 30,\n    "retries": 3,\n}\n\ndef load():\n    return {**DEFAULTS, **{k[4:].lower(): v for k, v in os.environ.items() if k.startswith("APP_")}}',
    'Tool result (grep "def handle_"): \nsrc/server/routes.py:41:def handle_upload(req):\nsrc/server/routes.py:88:def handle_delete(req):\nsrc/server/ws.py:12:def handle_message(sock, msg):',
    'Tool result: edit applied (3 lines changed)',
    'Tool result (run_shell): \nnpm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree',
    'Tool result (list_dir): src/ tests/ pyproject.toml README.md .github/',
    'Tool result (sql_query): 14 rows\nregion | revenue\nEMEA | 1204331\nAPAC | 998120\nNA | 2210984 ...',
    'Tool result (bash): \n$ go test ./...\nok  \tgithub.com/acme/ingest/pkg/queue\t0.212s\n--- FAIL: TestBackoff (0.00s)',
    'Tool result (python_exec): KeyError: \'customer_id\'',
    'Tool result (bash): exit code 0',
    'Tool result (web_fetch): <title>Migration guide v3 → v4</title> ... Breaking changes: the `connect()` helper now returns a context manager...',
]
DEV_TASKS = ['fix the failing test in tests/test_parser.py', 'add retry with exponential backoff to the HTTP client',
             'why is the docker build so slow? look at the Dockerfile', 'rename `userId` to `accountId` everywhere',
             'upgrade us to the v4 SDK and fix the breaking changes', 'write a migration that adds a nullable `archived_at` column',
             'the CI lint step fails, can you sort it out', 'add pagination to the /orders endpoint',
             'Find where we parse the config and make it accept YAML too', 'profile the ingest job, it got 3x slower last week',
             'which of our queries are missing an index? check the slow log', 'monthly revenue by region for 2025 as a bar chart',
             'set up pre-commit with ruff and mypy', 'explain what this repo does, I just joined the team',
             'there\'s a memory leak in the websocket handler, help me find it', 'port utils/date.js to TypeScript']


def agentic_session(w, a, r, cl, tools, sysm, t, ip, nturns, key=None):
    cv = w.conv(r, 'sess')
    for i in range(nturns):
        if i == 0:
            p = r.choice(DEV_TASKS)
            kind = 'agent'
        elif r.random() < .85:
            p = r.choice(TOOL_RESULT_SNIPS)
            kind = 'agent'
        else:
            p = r.choice(['yes go ahead', 'no, don\'t touch the migrations folder', 'looks good, also update the README',
                          'stop. revert that last edit', 'can you explain what you changed?', 'ok run the full suite'])
            kind = 'agent'
        w.req(a, t, p, cl, ip, system=sysm, conv=cv, tools=tools, kind=kind, out=r.choice([90, 170, 400]),
              mkind=r.choice(['code', 'general', 'general']), reasoning=r.random() < .25, rkind='light', key=key,
              max_tokens=r.choice([8192, 16384, 32000]) if cl.endpoint == '/v1/messages' else None, temperature=None)
        t += turn_gap(r, 'agent') + (lognorm(r, 40, 1) if kind == 'agent' and i and r.random() < .1 else 0)
    return t


DEV_SYSTEMS = ['You extract structured data from invoices. Reply with JSON only: {"vendor": str, "total": number, "currency": str, "date": "YYYY-MM-DD"}.',
               'You are the support assistant for a bike-sharing app. Be friendly. If the user asks about refunds, collect the ride ID.',
               'Classify the sentiment of the review as positive, negative or mixed. Output one word.',
               'You are a Socratic maths tutor for ages 11-14. Never give the final answer directly.',
               'Translate the user message into plain English, then list any action items.',
               'You are a recipe assistant. Given ingredients, propose one recipe with steps.',
               'You write alt-text for product images based on the product description provided.',
               'Summarise the meeting transcript into decisions, owners and deadlines.',
               'You are a Discord bot for a tabletop RPG group. Stay in character as the narrator.',
               'Convert the user\'s natural-language question into a SQL query for the schema below.\n\nTABLE orders(id, customer_id, total, created_at)\nTABLE customers(id, name, country)']
DEV_INPUTS = [
    ['INVOICE\nAcme Office Supply Ltd.\nInvoice no. 20931\nDate: 03/02/2026\nTotal due: EUR 1,284.50', 'Bill from Northside Plumbing, $412.00, dated Jan 28 2026, pay within 30 days',
     'Rechnung Nr. 7781 – Müller GmbH – Gesamtbetrag 96,30 € – 12.01.2026', 'Invoice #A-553 from CloudNest Hosting. Amount: 49.99 USD. Issued 2026-02-01.'],
    ['my bike won\'t unlock at station 14', 'I was charged twice for ride 88123', 'how do I end a ride if the app crashed?', 'can I get a refund? the brakes were broken', 'do you have e-bikes in Zone C?'],
    ['The battery lasts forever and the screen is gorgeous.', 'Arrived late and the box was crushed, but the product itself is fine.', 'Worst customer service I have ever dealt with.', 'Does what it says. Nothing more.'],
    ['what is 3/4 + 1/8', 'I think the answer to 2x + 5 = 17 is x = 7?', 'why is a negative times a negative positive', 'how do I find the area of a trapezoid'],
    ['Hola equipo, mañana no puedo asistir a la reunión. ¿Podemos pasarla al jueves?', 'Bitte schicken Sie mir bis Freitag die unterschriebenen Verträge zurück.', 'Merci pour votre retour, on valide le devis et on lance la commande.'],
    ['eggs, spinach, feta, leftover rice', 'chicken thighs, lemon, garlic, potatoes', 'chickpeas, coconut milk, curry paste', 'pasta, tinned tomatoes, anchovies, capers'],
    ['Handmade ceramic mug, 350ml, speckled glaze, dishwasher safe', 'Kids\' waterproof rain jacket, reflective strips, ages 4-10', 'Noise-cancelling earbuds, 30h battery, charging case'],
    ['Alice: we ship Friday. Bob: QA needs two more days. Alice: fine, Tuesday then, Bob owns the release notes. Carol: I\'ll update the status page.',
     'PM: budget approved for the pilot. Dev lead: we need a staging env first. PM: ok, Dan sets it up by the 20th.'],
    ['I open the heavy door and step inside', 'I try to persuade the guard to let us pass', 'Roll for perception - what do I notice in the tavern?'],
    ['total revenue per country last year', 'customers who ordered more than 5 times', 'average order value by month', 'top 10 customers by total spend'],
]
DEV_PROBES = ['test', 'hello', 'Say hi', 'ping', 'Return the word OK', 'What model are you?', '1+1=',
              'Reply with a JSON object {"ok": true}', 'hello world', 'Write one sentence about cats.']


def developer(w, rng, n):
    for _ in range(n):
        a, where = new_person(w, rng, 'developer', tier=rng.choice(['free', 'build', 'build', 'build']), v6p=.2)
        r = a.rng
        if r.random() < .3:
            where.office_ip = w.N.cloud_ip(r, r.choice(['aws', 'gcp', 'azure', 'do', 'hetzner'])) if r.random() < .4 else w.N.res_ip(r, a.country)[0]
            where.office_p = .6
        cl = sdk_client(w, r, odd=.18)
        agent = agent_client(w, r) if r.random() < .45 else None
        app_i = r.randrange(len(DEV_SYSTEMS))
        sysm = DEV_SYSTEMS[app_i]
        cloud_ip = w.N.cloud_ip(r, r.choice(['aws', 'gcp', 'do', 'vultr', 'hetzner', 'azure', 'oracle'])) if r.random() < .35 else None
        for k in range(r.randint(0, 2)):
            w.new_key(a)
        days = w.active_days(r, .32, .1, a.tz)
        for d in days:
            # a debugging loop with the app's system prompt
            t = w.sample_time(r, 'dev', a.tz, day=d)
            ip = where.at(t)
            key = r.choice(a.keys)
            for i in range(max(1, int(lognorm(r, 3, .8)))):
                if r.random() < .2:
                    p = r.choice(DEV_PROBES)
                    kind = 'short'
                    s = None
                else:
                    if r.random() < .7:
                        p, kind = r.choice(DEV_INPUTS[app_i]), 'summary'
                    else:
                        p, kind = general_item(w, r)
                    s = sysm if r.random() < .9 else sysm + ' ' + r.choice(['Be brief.', 'Do not apologise.', 'Output must be valid JSON.'])
                w.req(a, t, p, cl, ip, system=s, kind=kind, mkind=r.choice(['cheap', 'general']), key=key,
                      temperature=r.choice([None, 0, 0.2, 0.7]))
                t += turn_gap(r, 'script') * r.uniform(1, 20)
            if cloud_ip and r.random() < .4:  # their deployed app, small steady traffic
                for j in range(r.randint(2, 12)):
                    tt = w.sample_time(r, 'business24', a.tz, day=d)
                    p, kind = r.choice(DEV_INPUTS[app_i]), 'summary'
                    w.req(a, tt, p, cl, cloud_ip, system=sysm, kind=kind, mkind='cheap', key=a.keys[-1], temperature=0.3)
            if agent and r.random() < .35:
                acl, tools, asys = agent
                t = w.sample_time(r, 'dev', a.tz, day=d)
                agentic_session(w, a, r, acl, tools, asys, t, where.at(t), max(3, int(lognorm(r, 8, .6))))


def agentic_dev(w, rng, n):
    """heavy coding-agent users (CLI tool) - long fast tool loops"""
    for _ in range(n):
        a, where = new_person(w, rng, 'agentic-developer', tier=rng.choice(['build', 'scale']), v6p=.25)
        r = a.rng
        acl, tools, asys = agent_client(w, r, AGENT_CLIS[0] if r.random() < .6 else None)
        days = w.active_days(r, .3, .1, a.tz)
        for d in days:
            for s in range(r.choice([1, 1, 2])):
                t = w.sample_time(r, 'dev', a.tz, day=d)
                agentic_session(w, a, r, acl, tools, asys, t, where.at(t), max(4, int(lognorm(r, 11, .6))))


KOJIMA = ['Let\'s think step by step.', 'Let\'s work this out in a step by step way to be sure we have the right answer.',
          'Think step by step, then give the final answer after "Answer:".', 'Explain your reasoning.', '']


def researcher(w, rng, n, unis):
    for i in range(n):
        uni = rng.choice(unis)
        c = {'umich': 'US', 'mit': 'US', 'stanford': 'US', 'berkeley': 'US', 'cmu': 'US', 'toronto': 'CA', 'jisc': 'GB',
             'dfn': 'DE', 'switch': 'CH', 'cernet': 'CN', 'aarnet': 'AU', 'unimelb': 'AU', 'monash': 'AU', 'snu': 'KR',
             'kyoto': 'JP', 'utexas': 'US', 'gatech': 'US', 'uw': 'US', 'cornell': 'US', 'purdue': 'US', 'uiuc': 'US',
             'osu': 'US', 'stuttgart': 'DE', 'rutgers': 'US'}[uni]
        dom = {'umich': 'umich.edu', 'mit': 'mit.edu', 'stanford': 'stanford.edu', 'berkeley': 'berkeley.edu', 'cmu': 'andrew.cmu.edu',
               'toronto': 'cs.toronto.edu', 'jisc': rng.choice(['ed.ac.uk', 'cam.ac.uk', 'ucl.ac.uk', 'ox.ac.uk']),
               'dfn': rng.choice(['tum.de', 'uni-heidelberg.de', 'kit.edu']), 'switch': rng.choice(['ethz.ch', 'epfl.ch']),
               'cernet': rng.choice(['mails.tsinghua.edu.cn', 'pku.edu.cn', 'sjtu.edu.cn']), 'aarnet': rng.choice(['anu.edu.au', 'uq.edu.au']),
               'unimelb': 'unimelb.edu.au', 'monash': 'monash.edu', 'snu': 'snu.ac.kr', 'kyoto': 'kyoto-u.ac.jp', 'utexas': 'utexas.edu',
               'gatech': 'gatech.edu', 'uw': 'uw.edu', 'cornell': 'cornell.edu', 'purdue': 'purdue.edu', 'uiuc': 'illinois.edu',
               'osu': 'osu.edu', 'stuttgart': 'uni-stuttgart.de', 'rutgers': 'rutgers.edu'}[uni]
        a, where = new_person(w, rng, 'researcher', country=c, email=dom if rng.random() < .8 else None,
                              tier=rng.choice(['build', 'build', 'scale', 'free']))
        r = a.rng
        lab_ip = w.N.uni_ip(r, uni)
        lab_ips = [lab_ip] + [w.N.subnet_ip(r, lab_ip) for _ in range(2)]
        cl = sdk_client(w, r, 'py')
        br = browser_client(w, r)
        # interactive reasoning questions
        for s in range(max(1, int(lognorm(r, 6, .6)))):
            t = w.sample_time(r, 'office', a.tz, weekend_factor=.3)
            cv = w.conv(r)
            ip = r.choice(lab_ips) if r.random() < .7 else where.home(t)
            x = r.random()
            if x < .4:
                p = r.choice(w.C.gsm_test)['question'] + ' ' + r.choice(KOJIMA)
            elif x < .6:
                p = r.choice([m for m in w.C.mtbench if m['category'] in ('reasoning', 'math', 'stem')])['turns'][0]
            else:
                p, _ = general_item(w, r)
                p = r.choice(['Walk me through this carefully: ', 'Step by step please — ', '', 'I need the derivation, not just the result. ']) + p
            for j in range(r.randint(1, 4)):
                w.req(a, t, p, br, ip, conv=cv, kind='cot', mkind=r.choice(['reason', 'general']), reasoning=r.random() < .4, rkind='math')
                t += turn_gap(r)
                p = r.choice(['Where exactly does step 3 come from?', 'Is that the only valid interpretation?', 'Now do it without the shortcut.',
                              'Can you state the assumptions explicitly?', 'How confident are you? Give a probability.'])
        # scripted experiment over gsm8k-test with CoT prompt variants (looks like harvesting!)
        if r.random() < .25:
            items = r.sample(range(len(w.C.gsm_test)), r.choice([30, 50, 80, 120]))
            variants = r.sample(KOJIMA, r.choice([1, 1, 2]))
            day = r.randrange(w.days)
            t = w.sample_time(r, 'office', a.tz, day=day)
            ip = r.choice(lab_ips)
            temp = r.choice([0, 0.7])
            for v in variants:
                for ii in items:
                    q = w.C.gsm_test[ii]
                    p = ('Q: %s\nA: %s' % (q['question'], v)).strip()
                    w.req(a, t, p, cl, ip, kind='cot', mkind=r.choice(['general', 'reason']), temperature=temp,
                          max_tokens=512 if cl.endpoint != '/v1/messages' else 1024, rkind='math',
                          ref=w.C.gsm_clean(q['answer']) if r.random() < .5 else None)
                    t += lognorm(r, 4, .5)
                t += r.uniform(600, 20000)


def data_hobbyist(w, rng, n):
    themes = ['cooking', 'personal finance', 'D&D lore', 'python debugging', 'customer support for a SaaS', 'Italian grammar',
              'first aid', 'chess openings', 'Linux admin', 'gardening', 'SQL', 'pet care', 'job interviews']
    for _ in range(n):
        a, where = new_person(w, rng, 'data-hobbyist', tier=rng.choice(['build', 'build', 'free']))
        r = a.rng
        cl = sdk_client(w, r, 'py')
        theme = r.choice(themes)
        days = w.active_days(r, .22, .4, a.tz)
        for d in days:
            t = w.sample_time(r, 'evening', a.tz, day=d)
            ip = where.home(t)
            nrun = int(lognorm(r, 6, .7)) + 1
            mode = r.random()
            for i in range(nrun):
                if mode < .35:
                    seeds = r.sample(w.C.seed_tasks, 3)
                    p = w.C.alpaca_prompt + '\n' + '\n'.join('%d. Instruction: %s\n%d. Input:\n%s\n%d. Output:\n%s\n###' % (
                        k + 1, s['instruction'], k + 1, s['instances'][0]['input'] or '<noinput>', k + 1, s['instances'][0]['output'])
                        for k, s in enumerate(seeds)) + '\n4. Instruction:'
                    kind = 'gen'
                elif mode < .7:
                    p = r.choice(['Generate %d question-answer pairs about %s for fine-tuning a small model. Output JSONL with "q" and "a".',
                                  'I\'m building a tiny dataset on %2$s. Write %1$d varied user questions someone might ask, one per line.',
                                  'Make %d realistic chat examples (user + assistant) about %s. Vary tone and difficulty.']).replace('%2$s', '%s').replace('%1$d', '%d')
                    try:
                        p = p % (r.choice([10, 20, 25, 50]), theme)
                    except TypeError:
                        p = p % (theme, r.choice([10, 20]))
                    kind = 'gen'
                else:
                    ut = r.choice(w.C.user_tasks)
                    p = ut['instruction'] + ('\n\n' + ut['instances'][0]['input'] if ut['instances'][0]['input'] else '')
                    kind = 'chat'
                w.req(a, t, p, cl, ip, kind=kind, temperature=r.choice([1.0, 0.9, 0.7]), mkind=r.choice(['general', 'cheap']),
                      max_tokens=r.choice([None, 3000, 4096]) if cl.endpoint != '/v1/messages' else 4096)
                t += lognorm(r, 9, .6)


# ------------------------------------------------------------------ coordinated-looking organic groups
ENTERPRISE_APPS = {
    'support': ('You are "Skye", the virtual assistant of {co}. Help customers with bookings, baggage and changes. Follow policy documents in <policy> tags. Never promise refunds; offer to open a case instead. Respond in the customer\'s language.',
                ['Hi, my flight {fl} got cancelled, what are my options?', 'Can I bring a {item} in my carry-on?',
                 'I need to change the name on booking {pnr}, there is a typo', 'how much is an extra bag to {city}',
                 'My bag didn\'t arrive in {city}. Reference {pnr}.', 'Is there wifi on flight {fl}?',
                 'I want to upgrade booking {pnr} to business', 'Can I get a refund for {pnr}? I\'m sick.',
                 'Hola, necesito cambiar mi vuelo {fl} al jueves', 'Quel est le poids maximum pour un bagage en soute ?'],
                ['lookup_booking', 'get_policy', 'open_case', 'rebook_options', 'escalate_to_agent']),
    'legal': ('You are a contract-review assistant for {co}\'s legal team. Identify risky clauses, cite the clause number, and suggest redlines. Output sections: Summary, Risks (high/medium/low), Suggested edits.',
              ['Review clause {n}: "The Supplier shall indemnify the Customer against all losses arising from any breach, without limitation."',
               'Summarise the termination provisions in the attached MSA excerpt: "Either party may terminate for convenience on {d} days\' notice..."',
               'Is this limitation-of-liability clause market standard? "Liability capped at fees paid in the preceding {m} months."',
               'Compare these two governing-law clauses and recommend one for a {city} counterparty.',
               'Flag anything unusual in this DPA section on sub-processors: "Processor may engage sub-processors without notice."'],
              None),
    'codeassist': ('You are the in-house coding assistant at {co}. Follow the internal style guide: Python 3.11, type hints, pytest, no print statements in library code. When unsure about internal APIs, say so.',
                   None, ['search_internal_docs', 'read_repo_file', 'run_unit_tests']),
    'ecommerce': ('You write product descriptions for {co}\'s online store. Tone: warm, concrete, no superlatives. 80-120 words. Include one sentence on materials and one on care instructions.',
                  ['Product: {item}. Attributes: colour={col}; material={mat}; size range=S-XL. Write the description.',
                   'Rewrite for the {city} market: {item}, {mat}, {col}.', 'Generate 3 title variants for: {item} in {col}',
                   'Product: {item}. Material: {mat}. Audience: gift buyers. Write the description.'], None),
    'health': ('You are a clinical documentation assistant at {co}. Convert clinician dictation into a structured SOAP note. Do not add findings that were not dictated. Flag missing vitals.',
               ['Dictation: {age} y/o presenting with {sym} for {d} days, no fever, BP {bp}. Plan: {plan}.',
                'Dictation: follow-up for {sym}. Improving. Continue current meds. Recheck in {d} weeks.',
                'Dictation: pt reports {sym}, onset {d} days ago after travel to {city}. Exam unremarkable.'], None),
    'bank': ('You are {co} internal analyst copilot. Answer questions about the quarterly risk reports in the retrieved context. Quote figures exactly. If the answer is not in the context, say "not in the provided documents".',
             ['What was the CET1 ratio in Q{q}?', 'Summarise the movement in stage 3 loans for the {city} branch network.',
              'List the top 3 drivers of the increase in operating costs.', 'Which portfolios breached appetite in Q{q}?',
              'Draft a two-paragraph summary of liquidity for the board pack.'], ['retrieve_documents']),
    'edtech': ('You are the feedback engine of {co}. Given a student essay and the rubric, return JSON: {{"scores": {{criterion: 1-5}}, "comments": [..], "next_step": str}}. Be encouraging.',
               ['Rubric: thesis, evidence, organisation, mechanics.\nEssay: {essay}', 'Rubric: argument, counterargument, sources.\nEssay: {essay}'], None),
    'hr': ('You help {co} recruiters. Turn the hiring manager\'s notes into an inclusive job description. Avoid gendered language and unnecessary requirements.',
           ['Notes: need a {role} in {city}, {n}+ yrs, must know {tech}, hybrid 3 days.', 'Rewrite this JD to be more inclusive: "{role} rockstar wanted, young dynamic team"'], None),
}
FILL = {'fl': lambda r: '%s%d' % (r.choice(['SK', 'LX', 'BA', 'AF', 'UA', 'QF']), r.randint(100, 2999)),
        'pnr': lambda r: ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6)),
        'item': lambda r: r.choice(['power bank', 'guitar', 'wool scarf', 'cast-iron pan', 'linen shirt', 'camping stove', 'ceramic mug', 'e-scooter', 'leather tote']),
        'city': lambda r: r.choice(['Oslo', 'Lisbon', 'Denver', 'Singapore', 'Toronto', 'Nairobi', 'Lyon', 'Osaka', 'Austin']),
        'n': lambda r: str(r.randint(2, 24)), 'd': lambda r: str(r.choice([3, 5, 7, 10, 14, 30, 60, 90])), 'm': lambda r: str(r.choice([6, 12, 24])),
        'col': lambda r: r.choice(['sage', 'navy', 'oat', 'charcoal', 'rust']), 'mat': lambda r: r.choice(['organic cotton', 'merino', 'recycled polyester', 'oak', 'stoneware']),
        'age': lambda r: str(r.randint(18, 90)), 'sym': lambda r: r.choice(['cough', 'lower back pain', 'headache', 'rash on forearm', 'fatigue']),
        'bp': lambda r: '%d/%d' % (r.randint(105, 160), r.randint(65, 100)), 'plan': lambda r: r.choice(['bloods, review in 1 week', 'physio referral', 'trial of antihistamine']),
        'q': lambda r: str(r.randint(1, 4)), 'essay': lambda r: ' '.join(r.sample(STORY_BITS, 4)),
        'role': lambda r: r.choice(['data engineer', 'nurse manager', 'account executive', 'backend developer']),
        'tech': lambda r: r.choice(['Kafka', 'Salesforce', 'Kubernetes', 'SAP']), 'co': lambda r: 'ACME'}


def fill(r, tpl, co):
    out = tpl
    for k, f in FILL.items():
        while '{' + k + '}' in out:
            out = out.replace('{' + k + '}', co if k == 'co' else f(r), 1)
    return out


def org_group(w, rng, persona, co, domain, app, n_keys, country, egress, tier, verified, volume, client_lang,
              profile='business24', created=None, key_minutes=8, trace='conv', org=True):
    """one organisation: many accounts (keys), one card, one egress, one system prompt, steady traffic."""
    r0 = random.Random(rng.getrandbits(64))
    org_id = ('org_' + H(co + str(w.seed), 16)) if org else None
    pay = w.pay_fp(r0)
    created = created or (w.t0 - r0.uniform(20, 400) * 86400)
    tz = w.tz_for(r0, country)
    # egress IPs
    if egress[0] == 'cloud':
        base = w.N.cloud_ip(r0, egress[1])
        ips = [base] + [w.N.subnet_ip(r0, base) for _ in range(egress[2] - 1)]
    elif egress[0] == 'office':
        base = w.N.res_ip(r0, country)[0]
        ips = [base] + [w.N.subnet_ip(r0, base, 28) for _ in range(egress[2] - 1)]
    else:
        ips = [w.N.uni_ip(r0, egress[1])]
    sysm_t, prompts, tools = ENTERPRISE_APPS[app]
    sysm = sysm_t.replace('{co}', co).replace('{{', '{').replace('}}', '}')
    cl = sdk_client(w, r0, client_lang)
    cl.retry = True
    accts = []
    for i in range(n_keys):
        a = w.add_account(r0, persona, created=created + r0.uniform(0, key_minutes * 60), org=org_id, email=domain, pay=pay,
                          signup_ip=ips[0], country=country, tier=tier, verified=verified, tz=tz)
        a.extra['rpm_mult'] = 1
        accts.append(a)
    tr = w.C.trace_conv if trace == 'conv' else w.C.trace_code
    # traffic: volume requests over period, spread over keys (load balanced, some keys busier)
    kw = [r0.paretovariate(1.5) for _ in accts]
    for i in range(volume):
        a = r0.choices(accts, weights=kw)[0]
        r = a.rng
        t = w.sample_time(r, profile, tz, weekend_factor=.35 if profile != 'business24' else .7)
        ctx, gen = r.choice(tr)
        if prompts:
            p = fill(r, r.choice(prompts), co)
        else:
            c = r.choice(w.C.codegen) if r.random() < .6 else {'instruction': r.choice(w.C.arena_code), 'input': ''}
            p = c['instruction'] + ('\n' + c['input'] if c['input'] else '')
        req = w.req(a, t, p, cl, r.choice(ips), system=sysm, tools=tools, kind='chat', out_fixed=max(1, min(gen, 4000)),
                    extra_in=max(0, min(ctx, 30000) - 200), mkind=r.choice(['general', 'cheap']) if app != 'codeassist' else 'code',
                    temperature=0.2 if app != 'ecommerce' else 0.7, max_tokens=r.choice([1024, 2048]) if cl.endpoint == '/v1/messages' else (800 if app == 'support' else None))
    return accts


def startup_app(w, rng, name, n_keys, volume, app, country='US'):
    return org_group(w, rng, 'startup-app', name, name.lower().replace(' ', '') + '.io', app, n_keys, country,
                     ('cloud', rng.choice(['aws', 'gcp', 'do', 'vultr', 'hetzner']), rng.randint(1, 3)), 'build', False, volume,
                     rng.choice(['py', 'js', 'go']), key_minutes=45, org=rng.random() < .5)


def campus(w, rng, uni, n, domain, country, deadline_days=(), coursework=None):
    """students behind one campus NAT (few addresses), plus home use off campus"""
    r0 = random.Random(rng.getrandbits(64))
    nat = w.N.uni_ip(r0, uni)
    nat_ips = [nat] + [w.N.subnet_ip(r0, nat) for _ in range(r0.randint(2, 6))]
    for i in range(n):
        a, where = new_person(w, rng, 'campus-nat', country=country, email=domain if rng.random() < .7 else None,
                              tier='free' if rng.random() < .85 else 'build', mobile_p=.1)
        a.tz = w.tz_for(a.rng, country) if country != 'US' else {'umich': -5, 'gatech': -5, 'uw': -8, 'utexas': -6, 'osu': -5, 'rutgers': -5, 'purdue': -5, 'uiuc': -6}.get(uni, -5) + (1 if w.month in range(4, 11) else 0)
        r = a.rng
        if a.created > w.t0 - 20 * 86400 and r.random() < .6:
            a.signup_ip = r.choice(nat_ips)
        cl = browser_client(w, r) if r.random() < .6 else (app_client(w, r)[0] if r.random() < .5 else sdk_client(w, r, 'py'))
        nsess = max(1, int(lognorm(r, 3.5, .7)))
        for s in range(nsess):
            if deadline_days and r.random() < .4:
                dd = r.choice(deadline_days)
                t = w.day_start(dd) - r.uniform(0, 30 * 3600)
                t = max(t, w.t0)
            else:
                t = w.sample_time(r, 'student', a.tz)
            on_campus = w.weekday(t, a.tz) < 5 and 8 <= w.local_hour(t, a.tz) <= 19 and r.random() < .75
            ip = r.choice(nat_ips) if on_campus else where.at(t)
            cv = w.conv(r)
            x = r.random()
            if x < .25:
                turns = [r.choice(w.C.gsm_train)['question'] + r.choice(['', ' how do i solve this', ' explain pls', ' step by step'])]
            elif x < .45:
                he = r.choice(w.C.humaneval)
                turns = [r.choice(['why doesn\'t my solution work for this?\n', 'help me with this hw problem\n', 'how to approach this?\n', '']) + he['prompt']]
            elif x < .6:
                turns = [r.choice(w.C.arena_code)]
            else:
                turns = multi_turn_dialog(w, r)
            for j, p in enumerate(turns + [r.choice(FOLLOWUPS_CASUAL) for _ in range(r.randint(0, 2))]):
                w.req(a, t, p, cl, ip, conv=cv, kind='explain', mkind=r.choice(['general', 'cheap']))
                t += turn_gap(r)


def classroom(w, rng, uni, n, domain, country, course, system, items, deadlines, teacher_domain=None, wrapper=None):
    """students sharing the teacher's wrapper and the same homework questions; bursts before deadlines."""
    r0 = random.Random(rng.getrandbits(64))
    nat = w.N.uni_ip(r0, uni)
    nat_ips = [nat] + [w.N.subnet_ip(r0, nat) for _ in range(r0.randint(1, 4))]
    lab_cl_lang = r0.choice(['py', 'browser'])
    # teacher
    ta, twhere = new_person(w, r0, 'classroom-teacher', country=country, email=teacher_domain or domain, tier='build')
    tcl = sdk_client(w, ta.rng, 'py')
    for it in items:
        t = w.sample_time(ta.rng, 'office', ta.tz, hi=w.t0 + 3 * 86400)
        w.req(ta, t, system + '\n\n' + it['text'], tcl, r0.choice(nat_ips), kind='explain', temperature=0.2)
    # first lab session: most students open their accounts during it, on the campus network
    lab_session = w.t0 - r0.uniform(12, 30) * 86400
    lab_session = lab_session - (lab_session % 86400) + (14 - ta.tz) * 3600
    for i in range(n):
        in_lab = rng.random() < .7
        created = lab_session + rng.uniform(-600, 6000) if in_lab else w.t0 - rng.uniform(5, 400) * 86400
        a, where = new_person(w, rng, 'classroom', country=country, email=domain, tier='free', mobile_p=.05, created=created)
        if in_lab:
            a.signup_ip = rng.choice(nat_ips)
        a.tz = ta.tz
        r = a.rng
        if lab_cl_lang == 'py':
            cl = sdk_client(w, r, 'py')
        else:
            cl = browser_client(w, r)
        diligence = r.random()
        for di, dl in enumerate(deadlines):
            batch = [it for it in items if it['hw'] == di]
            for it in batch:
                if r.random() > .35 + .6 * diligence:
                    continue
                # last-minute skew
                lead = lognorm(r, 14, .9) * 3600 if r.random() < .7 else r.uniform(1, 6) * 86400
                t = w.day_start(dl) + 23.9 * 3600 - lead
                if t < w.t0:
                    t = w.t0 + r.uniform(0, 86400)
                on_campus = w.weekday(t, a.tz) < 5 and 9 <= w.local_hour(t, a.tz) <= 17
                ip = r.choice(nat_ips) if on_campus and r.random() < .8 else where.at(t)
                cv = w.conv(r)
                q = it['text']
                if wrapper:  # the teacher's notebook wraps every question the same way
                    p = wrapper.replace('{n}', str(items.index(it) + 1)).replace('{q}', q).replace(
                        '{attempt}', r.choice(['', '', 'I got %d but I am not sure.' % r.randint(2, 500), 'no idea where to start', 'I think you divide first?']))
                    sys_ = None
                else:
                    p = r.choice(['', '', 'I don\'t get this one: ', 'Problem %d: ' % (items.index(it) + 1)]) + q
                    sys_ = system
                w.req(a, t, p, cl, ip, system=sys_, conv=cv, kind='explain', mkind='general', temperature=0.3)
                for k in range(r.randint(0, 3)):
                    t += turn_gap(r)
                    w.req(a, t, r.choice(['i still don\'t understand the second step', 'is my answer of %d right?' % r.randint(2, 400),
                                          'can you give me a hint without the answer', 'why do we multiply here?', 'what concept is this testing?',
                                          'my code passes the first example but not the second, why?', 'can you check my reasoning?',
                                          'ok thanks']), cl, ip, system=sys_, conv=cv, kind='explain', temperature=0.3)


def eval_harness(w, rng, name, n_accounts, cloud, verified, tier, runs, country='US', domain=None, uni=None):
    """benchmark runner: gsm8k / humaneval / mt-bench / arena-hard (+judge); repeats items across runs; 24/7."""
    r0 = random.Random(rng.getrandbits(64))
    org_id = 'org_' + H(name + str(w.seed), 16) if verified or r0.random() < .5 else None
    pay = w.pay_fp(r0)
    created = w.t0 - r0.uniform(30, 500) * 86400
    if uni:
        base = w.N.uni_ip(r0, uni)
    else:
        base = w.N.cloud_ip(r0, cloud)
    ips = [base] + [w.N.subnet_ip(r0, base, 20 if not uni else 24) for _ in range(r0.randint(3, 12))]
    accts = [w.add_account(r0, 'eval-harness', created=created + r0.uniform(0, 3 * 86400 if not verified else 600), org=org_id,
                           email=domain or (name.lower() + '.ai'), pay=pay, signup_ip=ips[0], country=country, tier=tier,
                           verified=verified) for _ in range(n_accounts)]
    cl = sdk_client(w, r0, 'py')
    cl.retry = True
    cl.stream = False
    tz = 0
    C = w.C
    fewshot = '\n\n'.join('Question: %s\nAnswer: %s' % (q['question'], C.gsm_clean(q['answer']).replace('Answer: ', '#### ')) for q in C.gsm_train[:8])
    judge_sys = 'Please act as an impartial judge and evaluate the quality of the responses provided by two AI assistants to the user prompt displayed below. You will be given assistant A\'s answer and assistant B\'s answer. Your job is to evaluate which assistant\'s answer is better. Output your final verdict with a label: [[A>>B]], [[A>B]], [[A=B]], [[B>A]], [[B>>A]].'
    for run in range(runs):
        a = r0.choice(accts)
        r = a.rng
        bench = r.choice(['gsm8k', 'gsm8k', 'humaneval', 'humaneval', 'mtbench', 'arena'])
        t = r.uniform(w.t0, w.t1 - 3600)
        conc = r.choice([4, 8, 16, 32])
        model = r.choice(list(w.models.values()) + (['lumen-2.5'] if r.random() < .2 else []))
        if w.release and t >= w.release[0] and r.random() < .7:
            model = r.choice(list(w.release[1].values()))
        temp = r.choice([0, 0, 0.0, 0.8])
        ip = r.choice(ips)
        if bench == 'gsm8k':
            items = C.gsm_test[:r.choice([250, 400, 500])] if r.random() < .7 else r.sample(C.gsm_test, 300)
            style = r.choice(['fewshot', 'zeroshot', 'cot'])
            for q in items:
                if style == 'fewshot':
                    p = fewshot + '\n\nQuestion: %s\nAnswer:' % q['question']
                elif style == 'cot':
                    p = q['question'] + '\nPlease reason step by step, and put your final answer within \\boxed{}.'
                else:
                    p = q['question']
                w.req(a, t, p, cl, ip, kind='math', model=model, temperature=temp, max_tokens=r.choice([512, 1024, 2048]) if 'reasoner' not in model else 16000,
                      rkind='math', stream=False)
                t += lognorm(r, 6, .5) / conc
        elif bench == 'humaneval':
            nsamp = 1 if temp == 0 else r.choice([3, 5])
            for he in C.humaneval:
                for s in range(nsamp):
                    p = he['prompt']
                    w.req(a, t, p, cl, ip, system='Complete the following Python function. Return only code.' if r.random() < .99 and run % 2 else None,
                          kind='complete', model=model, temperature=temp, max_tokens=r.choice([512, 768, 1024]), rkind='code',
                          ref=he['canonical_solution'] if r.random() < .3 else None)
                    t += lognorm(r, 5, .5) / conc
        elif bench == 'mtbench':
            for m in C.mtbench:
                cv = w.conv(r, 'mt')
                for tt in m['turns']:
                    w.req(a, t, tt, cl, ip, conv=cv, kind='chat', model=model, temperature=0.7 if m['category'] in ('writing', 'roleplay') else 0,
                          conv_ids=False)
                    t += lognorm(r, 8, .5) / conc
        else:
            for ah in r.sample(C.arena, r.choice([100, 250, 500])):
                w.req(a, t, ah['prompt'], cl, ip, kind='long', model=model, temperature=0, max_tokens=4096)
                t += lognorm(r, 9, .5) / conc
                if r.random() < .8:
                    w.req(a, t, '<|User Prompt|>\n%s\n\n<|The Start of Assistant A\'s Answer|>\n...\n<|The End of Assistant A\'s Answer|>\n\n<|The Start of Assistant B\'s Answer|>\n...\n<|The End of Assistant B\'s Answer|>' % ah['prompt'],
                          cl, ip, system=judge_sys, kind='judge', model=w.models['general'], temperature=0, max_tokens=4096)
                    t += lognorm(r, 6, .5) / conc
    return accts


AUTOMATION_TASKS = ['Summarise this email in two sentences and classify urgency (low/medium/high):\n\n{e}',
                    'Extract the invoice number, amount and due date from:\n\n{e}', 'Translate to English and detect the language:\n\n{e}',
                    'Write a polite reply confirming receipt:\n\n{e}', 'Tag this support ticket with one of [billing, bug, feature, other]:\n\n{e}',
                    'Turn this form submission into a CRM note:\n\n{e}', 'Draft a LinkedIn post from this blog excerpt:\n\n{e}']
EMAILS = ['Hi team, the March invoice #INV-{n} for $1,{n}.00 is due on the 28th. Please confirm.',
          'Bonjour, je n\'ai pas reçu ma commande {n}. Pouvez-vous vérifier ?', 'URGENT: production DB is at 95% disk, please advise',
          'Hey, love the product! Any plans for a dark mode?', 'Can we move Thursday\'s call to 3pm? Thanks, Maria',
          'New signup: company=Brightleaf, size=51-200, use case="internal search"', 'Re: contract renewal — legal has two comments on section {n}.',
          'Hallo, ich möchte mein Abo kündigen. Kundennummer {n}.', 'Our webinar recording is ready: 5 lessons from scaling support to {n} agents.']


def automation_platform(w, rng, n, platform='Relayflow'):
    """many unrelated customers whose requests all come through one no-code platform's egress and stack."""
    r0 = random.Random(rng.getrandbits(64))
    base = w.N.cloud_ip(r0, 'aws')
    ips = [base] + [w.N.subnet_ip(r0, base) for _ in range(5)]
    ua = '%s-Connector/3.%d (+https://%s.io/docs/ai-step)' % (platform, r0.randint(2, 9), platform.lower())
    j = JA4['node20']
    w._platform = {'ips': ips, 'ua': ua, 'ja4': j}
    for i in range(n):
        a, where = new_person(w, rng, 'automation-platform', tier=rng.choice(['free', 'build', 'build']))
        a.signup_ip = where.home(a.created)
        r = a.rng
        cl = Client(ua, j, '/v1/chat/completions', stream=False, retry=True, name='platform')
        sysm = 'You are a helpful assistant that follows the user\'s instructions exactly.' if r.random() < .75 else r.choice([None, 'Be brief.', 'Reply in the same language as the input.'])
        task = r.choice(AUTOMATION_TASKS)
        period = r.choice([900, 1800, 3600, 3 * 3600, 86400])  # trigger schedule
        p_fire = {900: .025, 1800: .05, 3600: .1, 10800: .3, 86400: .8}[period] * r.uniform(.5, 1.6) * (14.0 / w.days) ** .6
        t = w.t0 + r.uniform(0, period)
        cnt = 0
        while t < w.t1 and cnt < 120:
            if r.random() < p_fire:
                e = r.choice(EMAILS).replace('{n}', str(r.randint(10, 9999)))
                w.req(a, t + r.uniform(0, 20), task.replace('{e}', e), cl, r.choice(ips), system=sysm, kind='summary',
                      mkind='cheap', temperature=r.choice([None, 0, 0.3]))
                cnt += 1
            t += period


def hackathon(w, rng, n, day, uni=None, country='US'):
    """attendees sign up within ~90 minutes on the venue wifi, run the same tutorial, then build their own things."""
    r0 = random.Random(rng.getrandbits(64))
    if uni:
        venue = w.N.uni_ip(r0, uni)
    else:
        venue = w.N.res_ip(r0, country)[0]
    vips = [venue, w.N.subnet_ip(r0, venue)]
    tz = w.tz_for(r0, country)
    kickoff = w.day_start(day) + (10 - tz) * 3600
    tutorial = ['Write a haiku about the ocean.', 'Explain recursion to a five-year-old.',
                'Return a JSON list of three fruit with their colours.']
    tsys = 'You are a helpful assistant for the Build-a-Bot workshop.'
    for i in range(n):
        created = kickoff + r0.uniform(-1800, 3600)
        a, where = new_person(w, rng, 'hackathon', country=country, tier='free', created=created, mobile_p=0)
        a.signup_ip = r0.choice(vips)
        a.tz = tz
        r = a.rng
        cl = sdk_client(w, r, r.choice(['py', 'py', 'js']))
        t = created + r.uniform(300, 2400)
        for p in tutorial:
            if r.random() < .9:
                w.req(a, t, p, cl, r.choice(vips), system=tsys, kind='short', mkind='cheap', temperature=None)
                t += r.uniform(20, 240)
        app_i = r.randrange(len(DEV_SYSTEMS))
        proj_sys = DEV_SYSTEMS[app_i]
        for j in range(int(lognorm(r, 14, .6))):
            t += lognorm(r, 400, 1)
            if t > kickoff + 30 * 3600:
                break
            x = r.random()
            p, kind = (r.choice(DEV_INPUTS[app_i]), 'summary') if x < .55 else (general_item(w, r) if x < .8 else (r.choice(DEV_PROBES), 'short'))
            w.req(a, t, p, cl, r.choice(vips), system=proj_sys, kind=kind, mkind='cheap')
        if r.random() < .25:  # some keep going afterwards, from home
            for j in range(r.randint(2, 12)):
                tt = w.sample_time(r, 'evening', tz, lo=kickoff + 2 * 86400)
                p, kind = (r.choice(DEV_INPUTS[app_i]), 'summary') if r.random() < .6 else general_item(w, r)
                w.req(a, tt, p, cl, where.at(tt), system=proj_sys, kind=kind)


def corp_devs(w, rng, n, company, domain, country='US', proxy='zscaler'):
    """developers of one company, each with a personal account, behind the corporate TLS-intercepting proxy."""
    r0 = random.Random(rng.getrandbits(64))
    egress = [w.N.cloud_ip(r0, proxy) for _ in range(4)]
    corp_card = w.pay_fp(r0)
    for i in range(n):
        a, where = new_person(w, rng, 'corp-developer', country=country, email=domain, tier='build')
        if rng.random() < .4:
            a.pay = corp_card
        r = a.rng
        base = sdk_client(w, r)
        mitm = Client(base.ua, JA4[proxy], base.endpoint, base.stream, base.retry, name=base.name + '+' + proxy)
        br = browser_client(w, r)
        mitm_br = Client(br.ua, JA4[proxy], br.endpoint, True, False, True, name='browser+' + proxy)
        agent = agent_client(w, r)
        agent_m = Client(agent[0].ua, JA4[proxy], agent[0].endpoint, True, True, True, name='agent+' + proxy)
        days = w.active_days(r, .7, .05, a.tz)
        for d in days:
            for s in range(r.randint(1, 3)):
                t = w.sample_time(r, 'office', a.tz, day=d)
                office = w.weekday(t, a.tz) < 5 and r.random() < .75
                ip = r.choice(egress) if office else where.home(t)
                x = r.random()
                if x < .4:
                    agentic_session(w, a, r, agent_m if office else agent[0], agent[1], agent[2], t, ip, max(3, int(lognorm(r, 9, .6))))
                elif x < .7:
                    c = r.choice(w.C.codegen)
                    w.req(a, t, c['instruction'] + ('\n' + c['input'] if c['input'] else ''), mitm if office else base, ip, kind='code', mkind='code')
                else:
                    cv = w.conv(r)
                    for p in multi_turn_dialog(w, r)[:3]:
                        w.req(a, t, p, mitm_br if office else br, ip, conv=cv, kind='chat')
                        t += turn_gap(r)
