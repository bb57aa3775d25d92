"""Legitimate customer behaviours (parametrised so the two worlds mix them differently)."""
from datetime import timedelta
from common import *

MODELS_CHAT = ['vela-2-large', 'vela-2-mini', 'vela-2-large-2026-01']
MODELS_REASON = ['vela-2-reason', 'vela-2-reason-mini']

FREEMAIL = ['gmail.com'] * 10 + ['outlook.com'] * 3 + ['yahoo.com', 'hotmail.com', 'icloud.com', 'proton.me', 'gmx.de', 'naver.com', 'qq.com', 'yandex.ru', 'mail.ru', 'web.de', 'live.com', 'fastmail.com']


def followups(rng):
    return rng.choice(['can you make it shorter?', 'thanks! what about the second part?', 'ok but why?', 'Can you give an example?',
                       'that did not work, I get an error: TypeError: cannot unpack non-iterable NoneType object',
                       'rewrite it in a more formal tone please', 'hmm are you sure? I thought it was the other way round',
                       'great, now add comments', 'make it a table', 'what would you recommend for a beginner?', 'explain like I am 12',
                       'and in Spanish?', 'perfect, thank you', 'could you double check the numbers', 'now write tests for it',
                       'ok, what are the downsides?', 'shorter, bullet points only', 'continue'])


def organic_item(w, kind):
    """Return list of (prompt, response) turns for one conversation of an organic user."""
    r = w.rng; C = w.C
    if kind == 'casual':
        x = r.random()
        if x < 0.45:
            th = r.choice(C.hh_threads)
            return [(p, a) for p, a in th[: r.randint(1, 4)]]
        if x < 0.75:
            p = r.choice(C.koala + C.vicuna)
        else:
            p = r.choice(C.arena_other)
        turns = [(p, None)]
        for _ in range(r.choice([0, 0, 0, 1, 1, 2])):
            turns.append((followups(r), None))
        return turns
    if kind == 'dev':
        x = r.random()
        if x < 0.4:
            p = r.choice(C.arena_code)
        elif x < 0.75:
            g = r.choice(C.codegen)
            p = g['instruction'] + ((' ' + r.choice(['Input: ', 'e.g. ', 'For example: ', '\n\n'])) + g['input'] if g['input'] else '')
            return [(p, g['response'])] + [(followups(r), None) for _ in range(r.choice([0, 1, 1, 2, 3]))]
        elif x < 0.85:
            he = r.choice(C.humaneval)
            p = r.choice(['why does this fail the doctest?\n\n', 'finish this function for me\n', 'my implementation times out, can you write a cleaner one:\n\n', '']) + he['prompt']
            return [(p, he['canonical_solution'])] + [(followups(r), None) for _ in range(r.choice([0, 1, 2]))]
        else:
            u = r.choice(C.userorient)
            inst = r.choice(u['instances'])
            p = u['instruction'] + ('\n\n' + inst['input'] if inst.get('input') else '')
            return [(p, inst.get('output'))]
        return [(p, None)] + [(followups(r), None) for _ in range(r.choice([0, 1, 2, 3, 4]))]
    if kind == 'research':
        x = r.random()
        if x < 0.45:
            q = r.choice(C.gsm_train + C.gsm_test)
            p = r.choice(['I am checking a grading key. ', 'My kid got this homework and I am not sure about the answer. ', '', 'Quick sanity check: ', 'For a tutoring session: ']) + q['question'] + r.choice(['', ' Please show your working.', ' Can you explain step by step?', ' What is the answer and why?'])
            return [(p, gsm_clean(q['answer']) + '\nAnswer: ' + gsm_final(q['answer']))] + [(followups(r), None) for _ in range(r.choice([0, 1]))]
        p = r.choice(C.arena_other + [t for m in C.mtbench for t in m['turns'][:1]])
        p = r.choice(['', 'Think carefully: ', 'Reason through this before answering. ', 'I would like a rigorous answer. ']) + p
        return [(p, None)] + [(followups(r), None) for _ in range(r.choice([0, 1, 2]))]
    if kind == 'writer':
        x = r.random()
        if x < 0.5:
            g = r.choice(C.roleplay)
            return [(g['instruction'] + ('\n' + g['input'] if g['input'] else ''), g['response'])] + [(r.choice(['keep going', 'make the ending darker', 'change the narrator to first person', 'more dialogue please', 'cut it to 200 words']), None) for _ in range(r.choice([0, 1, 2, 3]))]
        m = r.choice([m for m in C.mtbench if m['category'] in ('writing', 'roleplay', 'humanities')] or C.mtbench)
        return [(t, None) for t in m['turns']]
    if kind == 'hobby-data':
        s = r.choice(C.seeds)
        n = r.choice([10, 15, 20, 25, 30, 50])
        p = r.choice([
            'I am building a small fine-tuning set for my home assistant. Write %d examples similar to this one, as JSON lines with "instruction" and "output":\n\n%s',
            'Generate %d varied training examples in the style of the task below (for my local llama fine-tune). Keep outputs short.\n\nTask: %s',
            'Could you make %d more prompts like this for my dataset? Only the prompts.\n%s',
        ]) % (n, s['instruction'])
        return [(p, None)] + [(r.choice(['more, but harder', 'now in German', 'ok another 20', 'remove duplicates']), None) for _ in range(r.choice([0, 1, 2]))]
    raise ValueError(kind)


def human_user(w, acct, n_req, kind, ips, clients, tz, pattern='day', models=None, system=None, reasoning_p=0.05,
               tools=None, temp_choices=(None, None, 0.7, 1.0, 0.2), max_tok=(None, 1024, 2048, 4096), gap=(20, 400)):
    """A person (or their script) sending threads of organic content."""
    r = w.rng
    models = models or MODELS_CHAT
    sent = 0
    while sent < n_req:
        turns = organic_item(w, kind)
        t = w.human_time(tz, pattern, after=max(w.start, acct['created']))
        conv = w.conv_id() if (len(turns) > 1 or r.random() < 0.6) else None
        client = r.choice(clients)
        ip = r.choice(ips) if isinstance(ips, list) else ips()
        model = r.choice(models)
        reason = r.random() < reasoning_p
        if reason:
            model = r.choice(MODELS_REASON)
        temp = r.choice(temp_choices); mt = r.choice(max_tok)
        ctx = 0
        for i, (p, a) in enumerate(turns):
            resp = synth_response(r, p, 'code' if kind == 'dev' else 'general', ref=a)
            rec = w.emit(acct, t, ip, client, p, model=model, system=system, conv=conv, turn=(i + 1) if conv else None,
                         tools=tools, response=resp, in_extra=ctx, reasoning=(r.randint(200, 4000) if reason else None),
                         max_tokens=mt, temperature=temp, key=r.choice(acct['keys']))
            ctx += toks(p) + toks(resp)
            t = t + timedelta(seconds=r.uniform(*gap) + toks(resp) / 20)
            sent += 1
            if sent >= n_req:
                break


def lognorm_count(r, mean, sigma=0.9, lo=1, hi=2000):
    mu = math.log(mean) - sigma * sigma / 2
    return int(min(hi, max(lo, round(r.lognormvariate(mu, sigma)))))


def browser_clients(r, n=1):
    return [Client(r, r.choice(['chrome', 'chrome', 'chrome', 'edge', 'firefox', 'safari', 'ios-safari', 'android-chrome'])) for _ in range(n)]


def dev_clients(r):
    pool = ['openai-py', 'openai-py', 'anthropic-py', 'openai-node', 'anthropic-ts', 'py-requests', 'py-httpx', 'curl', 'go-openai',
            'langchain', 'litellm', 'rust-reqwest', 'postman', 'cli-agent', 'aider', 'openai-java', 'php-guzzle', 'r-httr2']
    cl = [Client(r, r.choice(pool)) for _ in range(r.choice([1, 1, 2, 3]))]
    x = r.random()
    if x < 0.08:  # corporate TLS interception: browser or SDK UA behind proxy JA4
        cl = [Client(r, r.choice(['zscaler', 'bluecoat']))]
    elif x < 0.12:  # curl on Windows (schannel) but sometimes python UA from a wrapper
        cl.append(Client(r, 'curl-win', ua_override=r.choice([None, 'python-requests/2.31.0', 'OpenAI/Python 1.35.10'])))
    elif x < 0.15:  # mobile app wrapping an SDK: okhttp JA4, custom UA
        cl = [Client(r, 'java-okhttp', ua_override='%s/%d.%d.%d (Android 14; okhttp/4.12.0)' % (r.choice(['NoteGenie', 'StudyBuddy', 'Quillpad', 'Fixmate']), r.randint(1, 4), r.randint(0, 9), r.randint(0, 30)))]
    elif x < 0.17:
        cl = [Client(r, 'unity')]
    return cl


def res_ip_fn(w, country, sticky=3):
    r = w.rng
    asns = RES.get(country, RES['US'])
    ips = [w.N.asn(r, *asns) for _ in range(sticky)]
    return ips


def country_pick(r, weights=None):
    weights = weights or {'US': 30, 'IN': 10, 'GB': 6, 'DE': 6, 'BR': 5, 'FR': 4, 'CA': 4, 'JP': 3, 'KR': 3, 'AU': 3, 'NL': 2, 'ES': 2, 'IT': 2, 'PL': 2,
                          'VN': 2, 'PH': 2, 'TR': 2, 'EG': 1, 'CH': 1, 'AR': 1, 'NZ': 1, 'TH': 1, 'RO': 1, 'HU': 1}
    ks = list(weights); ws = [weights[k] for k in ks]
    return r.choices(ks, ws)[0]


def individuals(w, persona, n_accts, mean_req, kind, *, pattern='day', clients_fn=None, net='res', tier_p=None,
                reasoning_p=0.05, tools_fn=None, models=None, system_fn=None, country_w=None, gap=(20, 400)):
    r = w.rng
    for _ in range(n_accts):
        c = country_pick(r, country_w)
        tier = r.choices(['free', 'build', 'scale'], tier_p or [0.55, 0.4, 0.05])[0]
        if net == 'vpn':
            ips = [w.N.vpnip(r) for _ in range(r.randint(2, 9))] + res_ip_fn(w, c, 1)
            c_decl = c
        elif net == 'mobile':
            ips = [w.N.asn(r, *MOBILE.get(c, MOBILE['US'])) for _ in range(r.randint(3, 10))]
            c_decl = c
        elif net == 'mixed-dev':
            ips = res_ip_fn(w, c, r.randint(1, 4)) + [w.N.asn(r, *CLOUD[r.choice(['aws', 'gcp', 'do', 'hetzner', 'azure'])]) for _ in range(r.randint(0, 3))]
            c_decl = c
        else:
            ips = res_ip_fn(w, c, r.randint(1, 5))
            c_decl = c
        dom = r.choice(FREEMAIL) if r.random() < 0.7 else r.choice(['acme-robotics.io', 'bluefin.dev', 'kestrel-labs.com', 'northwind.co', 'fjordsoft.no', 'hakuba-tech.jp', 'quarrylane.com', 'mintaka.ai', 'pallas-data.de', 'sundial.app']) + ('' if r.random() < 0.5 else '')
        if r.random() < 0.3 and kind != 'casual':
            dom = 'u%s.%s' % (h(str(r.random()), 4), r.choice(['com', 'io', 'dev', 'net']))  # own small domains
        acct = w.add_account('organic', persona, email_domain=dom, payment=(w.card('o' + str(r.random())) if tier != 'free' else None),
                             signup_ip=ips[0], country=c_decl, tier=tier, verified=r.random() < 0.1,
                             created_at=w.start - timedelta(days=r.uniform(-w.days * 0.6, 700)), n_keys=r.choice([1, 1, 1, 2, 3]))
        # accounts created during the window only act after creation
        n = lognorm_count(r, mean_req)
        clients = clients_fn(r) if clients_fn else browser_clients(r, r.choice([1, 1, 2]))
        sysp = system_fn(r) if system_fn else None
        tools = tools_fn(r) if tools_fn else None
        human_user(w, acct, n, kind, ips, clients, TZ.get(c, 0) + r.uniform(-1, 1), pattern, models=models, system=sysp,
                   reasoning_p=reasoning_p, tools=tools, gap=gap)


AGENT_TOOLS = [['read_file', 'write_file', 'run_shell', 'search_repo'], ['bash', 'str_replace_editor', 'grep', 'glob'],
               ['web_search', 'fetch_url'], ['python', 'sql_query', 'plot_chart'], ['get_weather', 'calendar_lookup', 'send_email'],
               ['Read', 'Edit', 'Bash', 'Grep', 'TodoWrite'], ['execute_code', 'list_dir']]


def enterprise(w, org, n_accts, total_req, cloud, stack, system, content, country, pattern='office', tools=None, nat_ips=3,
               verified=True, tier='enterprise', domain=None, models=None, temperature=0.2, max_tokens=1024, persona='verified-enterprise', ips=None):
    """One org: many keys/accounts minutes apart, one card, one egress, one system prompt, steady volume."""
    r = w.rng
    if ips is None:
        ips = [w.N.asn(r, *CLOUD[cloud]) if cloud in CLOUD else w.N.asn(r, *RES[cloud]) for _ in range(nat_ips)]
    t0 = w.start - timedelta(days=r.uniform(20, 300))
    card = w.card('ent' + org)
    accts = []
    for i in range(n_accts):
        accts.append(w.add_account('organic', persona, org_id=org, email_domain=domain or (org.replace('org_', '') + '.com'), payment=card,
                                   signup_ip=ips[0], country=country, tier=tier, verified=verified,
                                   created_at=t0 + timedelta(minutes=i * r.uniform(0.3, 3)), n_keys=r.choice([1, 2, 4])))
    cl = [Client(r, stack) for _ in range(2)]
    weights = [r.paretovariate(1.3) for _ in accts]
    tz = TZ.get(country, 0)
    for _ in range(total_req):
        a = r.choices(accts, weights)[0]
        t = w.human_time(tz, pattern)
        p, resp, extra = content(r)
        w.emit(a, t, r.choice(ips), r.choice(cl), p, model=r.choice(models or ['vela-2-large', 'vela-2-mini']), system=system,
               tools=tools, response=resp, in_extra=extra, temperature=temperature, max_tokens=max_tokens,
               key=r.choice(a['keys']), rl_rate=0.01)
    return accts
