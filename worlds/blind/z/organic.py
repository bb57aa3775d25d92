"""Legitimate customer personas."""
import datetime as dt
import math

from common import (COUNTRIES, CLOUD, MODELS, UNIVERSITY_ASNS, VPN_ASNS, make_stack, proxied, pick, wchoice,
                    lognorm, sub_rng, b32id, hexid, local_time_on_day, is_weekend)
from engine import Acct, run_thread, schedule, active_days, new_conv
import text_organic as TO
from apps import ENTERPRISE_APPS, INDIE_APPS, app_message


class Ctx:
    """per-world organic context: shared pools (mobile CGNAT, VPN exits)"""

    def __init__(self, world, net, C, seed):
        self.w, self.net, self.C, self.seed = world, net, C, seed
        self.rng = sub_rng(seed, "organic-ctx")
        self.cgnat = {}
        self.vpn_exits = None

    def cgnat_ip(self, rng, asn):
        if asn not in self.cgnat:
            r = sub_rng(self.seed, "cgnat", asn)
            self.cgnat[asn] = [self.net.v4_in(r, asn) for _ in range(160)]
        return pick(rng, self.cgnat[asn])

    def vpn_exit(self, rng):
        if self.vpn_exits is None:
            r = sub_rng(self.seed, "vpnexits")
            ex = []
            for asn in VPN_ASNS:
                ex += [self.net.v4_in(r, asn) for _ in range(45)]
            ex += [self.net.vpn_ip(r) for _ in range(120)]
            self.vpn_exits = ex
        return pick(rng, self.vpn_exits)


def pick_country(rng, exclude=()):
    return wchoice(rng, [(c, d["w"]) for c, d in COUNTRIES.items() if c not in exclude])


def home_ip(ctx, rng, country):
    d = COUNTRIES[country]
    asn = pick(rng, d["res"])
    if rng.random() < 0.18:
        v6 = ctx.net.v6_in(rng, asn)
        if v6:
            return v6
    return ctx.net.v4_in(rng, asn)


def created_before(world, rng, min_days=1, max_days=700):
    d = min_days + (max_days - min_days) * (rng.random() ** 1.6)
    return world.start - dt.timedelta(days=d, seconds=rng.random() * 86400)


def basic_account(ctx, rng, persona, country=None, tier=None, email=None, created=None, payment="auto",
                  org_id=None, verified=False, signup_ip=None, profile="human"):
    w = ctx.w
    country = country or pick_country(rng)
    tz = pick(rng, COUNTRIES[country]["tz"]) if country in COUNTRIES else 0
    tier = tier or wchoice(rng, [("free", 55), ("build", 40), ("scale", 5)])
    email = email or pick(rng, COUNTRIES.get(country, COUNTRIES["US"])["mail"])
    created = created or created_before(w, rng)
    if payment == "auto":
        payment = None if tier == "free" and rng.random() < 0.85 else w.card()
    aid = w.add_account(created, email, country, tier, "organic", persona, org_id=org_id, payment=payment,
                        signup_ip=signup_ip, verified=verified)
    A = Acct(w, aid, country, tz, profile)
    A.created = created
    A.tier = tier
    A.payment = payment
    return A


def set_home_net(ctx, rng, A, mobile_p=0.3, work_ip=None):
    home = home_ip(ctx, rng, A.country)
    mob_asn = pick(rng, COUNTRIES[A.country]["mob"])
    ips = [(home, 6)]
    if work_ip:
        ips.append((work_ip, 4))
    if mobile_p > 0:
        ips.append(("__mob__", 10 * mobile_p))

    def f(r):
        x = wchoice(r, ips)
        return ctx.cgnat_ip(r, mob_asn) if x == "__mob__" else x
    A.ip_fn = f
    ctx.w.accounts[-1]["signup_ip"] = ctx.w.accounts[-1]["signup_ip"] or home
    return home


def n_requests_threads(rng, mean_threads):
    return max(1, int(round(lognorm(rng, mean_threads, 0.7))))


# ----------------------------------------------------------------------------- casual
MOBILE_APPS = ["PocketChat", "AskNova", "Chatly", "TalkBox", "Mindful AI"]


def casual(ctx, n, persona="casual", vpn=False):
    w, C = ctx.w, ctx.C
    for i in range(n):
        rng = sub_rng(ctx.seed, persona, i)
        A = basic_account(ctx, rng, persona, tier=wchoice(rng, [("free", 78), ("build", 22)]),
                          profile=pick(rng, ["human", "human", "evening"]))
        # some new sign-ups during the period
        if rng.random() < 0.12:
            A.created = w.start + dt.timedelta(days=rng.random() * (w.days - 1))
            w.accounts[-1]["created_at"] = _iso(A.created)
        k = wchoice(rng, [("browser", 55), ("mobile", 28), ("desktop", 12), ("curl", 5)])
        if k == "browser":
            A.stacks = [(make_stack(rng, pick(rng, ["chrome_win", "chrome_mac", "safari_mac", "edge_win",
                                                    "firefox_win", "chrome_android", "safari_ios",
                                                    "chrome_linux", "firefox_linux"])), 1)]
        elif k == "mobile":
            app = pick(rng, MOBILE_APPS)
            A.stacks = [(make_stack(rng, pick(rng, ["okhttp", "cfnetwork"]), app=app), 1)]
        elif k == "desktop":
            A.stacks = [(make_stack(rng, "desktop_app"), 1)]
        else:
            A.stacks = [(make_stack(rng, pick(rng, ["curl_win", "curl_mac", "curl_linux"])), 1)]
        A.model_mix = [("flash", 5), ("pro", 4), ("think", 1)]
        if vpn:
            A.ip_fn = lambda r: ctx.vpn_exit(r)
            w.accounts[-1]["signup_ip"] = ctx.vpn_exit(rng)
        else:
            set_home_net(ctx, rng, A, mobile_p=0.6 if k == "mobile" else 0.2)
        nthreads = n_requests_threads(rng, 2.2 if not vpn else 3)
        threads = []
        for _ in range(nthreads):
            turns = TO.casual_first(rng, C)
            while len(turns) < 8 and rng.random() < 0.35:
                turns.append(TO.followup(rng))
            threads.append(dict(turns=turns, kind="chat"))
        days = active_days(rng, w, A, rng.randint(1, min(5, w.days)))
        schedule(w, rng, A, threads, days)


def _iso(t):
    from common import iso
    return iso(t)


# ----------------------------------------------------------------------------- power users
def power_user(ctx, n):
    w, C = ctx.w, ctx.C
    for i in range(n):
        rng = sub_rng(ctx.seed, "power", i)
        A = basic_account(ctx, rng, "power-user", tier=wchoice(rng, [("build", 70), ("scale", 20), ("free", 10)]),
                          created=created_before(w, rng, 60, 800), profile=pick(rng, ["human", "evening", "office"]))
        kinds = rng.sample(["chrome_mac", "desktop_app", "safari_mac", "chrome_win", "firefox_linux", "cli_agent",
                            "safari_ios", "openai_py"], 2)
        A.stacks = [(make_stack(rng, kinds[0]), 3), (make_stack(rng, kinds[1]), 1)]
        A.model_mix = [("pro", 6), ("think", 3), ("flash", 1)]
        work = None
        if rng.random() < 0.4:
            work = ctx.net.v4_in(rng, pick(rng, [7018, 701, 3320, 2856, 174, 3257, CLOUD["aws"]]))
        set_home_net(ctx, rng, A, mobile_p=0.25, work_ip=work)
        threads = []
        for _ in range(n_requests_threads(rng, 4)):
            mode = wchoice(rng, [("dev", 3), ("chat", 3), ("write", 2), ("research", 1)])
            if mode == "dev":
                p, kd = TO.dev_question(rng, C)
                turns = [p] + [pick(rng, TO.DEV_FOLLOW) for _ in range(int(lognorm(rng, 6, 0.6)))]
            elif mode == "write":
                p, kd = TO.writer_prompt(rng, C)
                turns = [p] + [pick(rng, TO.WRITER_FOLLOW) for _ in range(int(lognorm(rng, 6, 0.6)))]
            elif mode == "research":
                kd = "reason_long"
                turns = [TO.fill(rng, pick(rng, TO.RESEARCH_GENERAL), {"abs": TO.research_abstract(rng), "n": ["212", "87", "1,040"]})]
                turns += [TO.followup(rng) for _ in range(int(lognorm(rng, 4, 0.6)))]
            else:
                kd = "chat"
                turns = TO.casual_first(rng, C) + [TO.followup(rng) for _ in range(int(lognorm(rng, 6, 0.6)))]
            threads.append(dict(turns=turns[:40], kind=kd))
        days = active_days(rng, w, A, rng.randint(max(2, w.days // 3), w.days - 1), weekend_factor=0.7)
        schedule(w, rng, A, threads, days)


# ----------------------------------------------------------------------------- developers
PROXIES = ["zscaler", "netskope", "bluecoat"]


def developer(ctx, n):
    w, C = ctx.w, ctx.C
    for i in range(n):
        rng = sub_rng(ctx.seed, "dev", i)
        A = basic_account(ctx, rng, "developer", tier=wchoice(rng, [("build", 70), ("free", 20), ("scale", 10)]),
                          created=created_before(w, rng, 5, 700), profile=pick(rng, ["office", "human", "evening"]))
        if w.accounts[-1]["email_domain"] in ("gmail.com",) and rng.random() < 0.3:
            w.accounts[-1]["email_domain"] = pick(rng, ["fastmail.com", "hey.com", "proton.me", "pm.me"]) \
                if rng.random() < 0.5 else "%s.%s" % (pick(rng, ["quanta", "loop", "orbit", "pixel", "tandem", "hollow", "brisk", "nimbus"]) + pick(rng, ["labs", "works", "soft", "dev", "hq", "io"]), pick(rng, ["com", "io", "dev", "co"]))
        kinds = wchoice(rng, [(["openai_py", "curl_linux"], 3), (["anthropic_py", "cli_agent"], 3),
                              (["cli_agent", "ide_plugin"], 3), (["openai_js", "postman"], 2), (["go", "curl_mac"], 1),
                              (["anthropic_js", "cli_agent"], 2), (["dotnet", "curl_win"], 1), (["rust", "curl_linux"], 1),
                              (["java", "postman"], 1), (["litellm", "cli_agent"], 2), (["ruby", "curl_mac"], 0.5),
                              (["php", "postman"], 0.5), (["httpx", "ide_plugin"], 1), (["requests", "chrome_mac"], 1)])
        stacks = [make_stack(rng, k) for k in kinds]
        corp = rng.random() < 0.14
        if corp:
            # corporate TLS interception: the edge sees the proxy's ClientHello, the UA is the tool's
            px = pick(rng, PROXIES)
            stacks = [proxied(s, px) for s in stacks]
        A.stacks = [(stacks[0], 3), (stacks[1], 2)]
        A.model_mix = [("pro", 6), ("flash", 3), ("think", 1)]
        work = ctx.net.v4_in(rng, pick(rng, [7018, 701, 174, 3257, 3320, 2856, 6939])) if (corp or rng.random() < 0.4) else None
        set_home_net(ctx, rng, A, mobile_p=0.05, work_ip=work)
        if corp:
            A.ip_fn = (lambda wip: (lambda r: wip))(work)
        threads = []
        for _ in range(n_requests_threads(rng, 3.2)):
            mode = wchoice(rng, [("q", 5), ("agent", 3), ("script", 1.2)])
            st = A.stack(rng)
            if mode == "agent" and st.name.split("+")[0] in ("cli_agent", "ide_plugin"):
                L = max(3, int(lognorm(rng, 12, 0.6)))
                tr = C.azure_code[rng.randrange(len(C.azure_code))]
                ctx0 = max(2000, tr[0])
                threads.append(dict(turns=TO.agent_session(rng, L), kind="agent_step", tools=pick(rng, TO.AGENT_TOOLSETS),
                                    gap="agent", stack=st, ctx0=ctx0, conv=True, ctx_grow=700,
                                    system="You are an interactive CLI coding assistant. Use the tools to inspect and modify the user's repository. Be concise.",
                                    max_tokens=pick(rng, [8192, 16000, 32000])))
            elif mode == "script":
                # testing their own integration: same prompt several times in a row while debugging
                p = pick(rng, ["Say hello in JSON", "ping", "Return {\"ok\": true}", "test", "Summarize: The quick brown fox jumps over the lazy dog.",
                               "Extract the date from: 'Invoice issued on 3 March 2026, due in 30 days'"])
                reps = rng.randint(2, 7)
                sysp = pick(rng, [None, "You are a helpful assistant.", "Respond only with valid JSON."])
                for _ in range(reps):
                    threads.append(dict(turns=[p], kind="short", stack=st, system=sysp, temperature=pick(rng, [None, 0, 0.7]),
                                        max_tokens=pick(rng, [None, 50, 256])))
            else:
                p, kd = TO.dev_question(rng, C)
                turns = [p] + [pick(rng, TO.DEV_FOLLOW) for _ in range(int(lognorm(rng, 1.5, 0.8)))]
                threads.append(dict(turns=turns, kind=kd, stack=st))
        days = active_days(rng, w, A, rng.randint(2, max(3, w.days // 2)), weekend_factor=0.4)
        schedule(w, rng, A, threads, days, min_gap_s=20)


# ----------------------------------------------------------------------------- writers
def writer(ctx, n):
    w, C = ctx.w, ctx.C
    for i in range(n):
        rng = sub_rng(ctx.seed, "writer", i)
        A = basic_account(ctx, rng, "writer", created=created_before(w, rng, 10, 600),
                          profile=pick(rng, ["evening", "human", "night"]))
        A.stacks = [(make_stack(rng, pick(rng, ["chrome_mac", "safari_mac", "desktop_app", "firefox_win", "chrome_win"])), 1)]
        A.model_mix = [("pro", 7), ("flash", 2), ("think", 1)]
        set_home_net(ctx, rng, A, mobile_p=0.1)
        threads = []
        for _ in range(n_requests_threads(rng, 2.5)):
            p, kd = TO.writer_prompt(rng, C)
            turns = [p] + [pick(rng, TO.WRITER_FOLLOW) for _ in range(int(lognorm(rng, 4, 0.7)))]
            threads.append(dict(turns=turns, kind=kd, gap="slowhuman", temperature=pick(rng, [None, 0.9, 1.0, 1.1])))
        days = active_days(rng, w, A, rng.randint(1, max(2, w.days // 2)))
        schedule(w, rng, A, threads, days)


# ----------------------------------------------------------------------------- researchers
RESEARCH_INST = ["cs.northfield.edu", "stat.lakemont.edu", "ling.uni-halden.de", "inf.ethz-example.ch", "eecs.bayshore.edu",
                 "cogsci.ridgeway.ac.uk", "ai.kagawa-inst.ac.jp", "maths.tasman.edu.au", "isr.montclaire.ca",
                 "gmail.com", "gmail.com", "proton.me"]


def researcher(ctx, n):
    w, C = ctx.w, ctx.C
    for i in range(n):
        rng = sub_rng(ctx.seed, "researcher", i)
        uni_asn = pick(rng, list(UNIVERSITY_ASNS))
        country, tz = UNIVERSITY_ASNS[uni_asn]
        A = basic_account(ctx, rng, "researcher", country=country, email=pick(rng, RESEARCH_INST),
                          tier=wchoice(rng, [("build", 70), ("scale", 15), ("free", 15)]),
                          created=created_before(w, rng, 20, 500), profile="human")
        A.tz = tz
        uni_ip = ctx.net.v4_in(rng, uni_asn)
        set_home_net(ctx, rng, A, mobile_p=0.05, work_ip=uni_ip)
        scripted = rng.random() < 0.4
        A.stacks = [(make_stack(rng, pick(rng, ["openai_py", "anthropic_py", "httpx"])), 2),
                    (make_stack(rng, pick(rng, ["chrome_mac", "firefox_linux", "safari_mac"])), 2)]
        A.model_mix = [("pro", 4), ("think", 4), ("flash", 2)]
        threads = []
        if scripted:
            # a small experiment: the same few items at several temperatures/models
            items = rng.sample(C.gsm_test, rng.randint(6, 18))
            tmpl = pick(rng, TO.RESEARCH_ASKS)
            st = A.stacks[0][0]
            temps = rng.sample([0.0, 0.3, 0.7, 1.0], rng.randint(2, 3))
            for it in items:
                for tp in temps:
                    threads.append(dict(turns=[tmpl.replace("{q}", it["question"])], kind="cot_math", stack=st,
                                        temperature=tp, model=MODELS[pick(rng, ["pro", "think"])], max_tokens=4096,
                                        conv=False, gap="script"))
        for _ in range(n_requests_threads(rng, 3)):
            if rng.random() < 0.35:
                it = pick(rng, C.gsm_test if rng.random() < 0.6 else C.gsm_train)
                turns = [TO.fill(rng, pick(rng, TO.RESEARCH_ASKS), {"q": it["question"]})]
                kd = "cot_math"
            else:
                turns = [TO.fill(rng, pick(rng, TO.RESEARCH_GENERAL), {"abs": TO.research_abstract(rng), "n": ["212", "87", "1,040"]})]
                kd = "reason_long"
            turns += [TO.followup(rng) for _ in range(int(lognorm(rng, 1.5, 0.8)))]
            threads.append(dict(turns=turns, kind=kd, stack=A.stacks[1][0]))
        days = active_days(rng, w, A, rng.randint(2, max(3, w.days // 2)), weekend_factor=0.4)
        schedule(w, rng, A, threads, days, min_gap_s=5)


# ----------------------------------------------------------------------------- data hobbyists
def data_hobbyist(ctx, n):
    w, C = ctx.w, ctx.C
    for i in range(n):
        rng = sub_rng(ctx.seed, "datahobby", i)
        A = basic_account(ctx, rng, "data-hobbyist", tier=wchoice(rng, [("build", 75), ("free", 25)]),
                          created=created_before(w, rng, 3, 400), profile=pick(rng, ["evening", "night", "human"]))
        A.stacks = [(make_stack(rng, pick(rng, ["openai_py", "requests", "httpx", "aiohttp", "anthropic_py"])), 3),
                    (make_stack(rng, pick(rng, ["chrome_win", "chrome_mac", "firefox_linux"])), 1)]
        A.model_mix = [("flash", 6), ("pro", 3), ("think", 1)]
        home = set_home_net(ctx, rng, A, mobile_p=0.0)
        if rng.random() < 0.35:
            # runs notebooks on a hosted notebook service (cloud egress)
            colab = [ctx.net.v4_in(rng, CLOUD["gcp"]) for _ in range(30)]
            A.ip_fn = lambda r, colab=colab, home=home: pick(r, colab) if r.random() < 0.8 else home
        threads = []
        batches = n_requests_threads(rng, 3)
        for _ in range(batches):
            p, kd = TO.datagen_prompt(rng, C)
            reps = rng.randint(3, 14)
            st = A.stacks[0][0]
            for _ in range(reps):
                q = p if rng.random() < 0.5 else TO.datagen_prompt(rng, C)[0]
                threads.append(dict(turns=[q], kind="bulk_gen", stack=st, temperature=pick(rng, [0.9, 1.0, 1.2, 0.8]),
                                    max_tokens=pick(rng, [2048, 4096, 4096, 8192]), conv=False, gap="script",
                                    ratelimit_p=0.03))
        days = active_days(rng, w, A, rng.randint(1, 4))
        schedule(w, rng, A, threads, days, min_gap_s=2)


# ----------------------------------------------------------------------------- teachers
def teacher(ctx, n, school_ip_pool=None):
    w, C = ctx.w, ctx.C
    for i in range(n):
        rng = sub_rng(ctx.seed, "teacher", i)
        A = basic_account(ctx, rng, "teacher", tier=wchoice(rng, [("free", 50), ("build", 50)]),
                          email=pick(rng, ["gmail.com", "outlook.com", "k12.riverdale-sd.org", "staff.maplewood.school",
                                           "hotmail.com", "icloud.com"]),
                          profile="evening")
        A.stacks = [(make_stack(rng, pick(rng, ["chrome_win", "chrome_mac", "edge_win", "safari_mac"])), 1)]
        A.model_mix = [("pro", 5), ("flash", 5)]
        set_home_net(ctx, rng, A, mobile_p=0.1)
        threads = []
        for _ in range(n_requests_threads(rng, 4)):
            p, kd = TO.teacher_prompt(rng, C)
            turns = [p] + [TO.followup(rng) for _ in range(int(lognorm(rng, 1.2, 0.8)))]
            threads.append(dict(turns=turns, kind=kd))
        days = active_days(rng, w, A, rng.randint(1, 5), weekend_factor=1.5)
        schedule(w, rng, A, threads, days)


# ----------------------------------------------------------------------------- campus + classes
def campus(ctx, name, uni_asn, email_domain, n_general, classes, nat_size=4):
    """A university: students behind a small NAT pool. `classes`: list of dicts (see CLASS_DEFS)."""
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "campus", name)
    country, tz = UNIVERSITY_ASNS[uni_asn]
    nat = [ctx.net.v4_in(rr, uni_asn) for _ in range(nat_size)]
    hub = ctx.net.v4_in(rr, uni_asn)  # JupyterHub server egress

    def student(rng, persona, profile="student"):
        A = basic_account(ctx, rng, persona, country=country, email=email_domain,
                          tier=wchoice(rng, [("free", 85), ("build", 15)]),
                          created=created_before(w, rng, 2, 420), profile=profile)
        A.tz = tz
        home = home_ip(ctx, rng, country)
        mob_asn = pick(rng, COUNTRIES[country]["mob"])
        w.accounts[-1]["signup_ip"] = pick(rng, nat) if rng.random() < 0.6 else home

        def f(r, home=home, mob_asn=mob_asn):
            x = r.random()
            return pick(r, nat) if x < 0.62 else (home if x < 0.88 else ctx.cgnat_ip(r, mob_asn))
        A.ip_fn = f
        A.stacks = [(make_stack(rng, pick(rng, ["chrome_mac", "chrome_win", "safari_mac", "safari_ios", "chrome_android",
                                                "firefox_win", "edge_win"])), 1)]
        A.model_mix = [("flash", 6), ("pro", 3), ("think", 1)]
        return A

    for i in range(n_general):
        rng = sub_rng(ctx.seed, name, "student", i)
        A = student(rng, "campus-nat")
        threads = []
        for _ in range(n_requests_threads(rng, 2.3)):
            m = wchoice(rng, [("hw", 3), ("dev", 2), ("write", 2), ("casual", 3)])
            if m == "hw":
                q = pick(rng, C.gsm_train)["question"]
                turns = [TO.humanize(rng, pick(rng, ["", "how do i solve this: ", "can u explain this problem ", "step by step pls: "]) + q, 0.5)]
                kd = "cot_math"
            elif m == "dev":
                p, kd = TO.dev_question(rng, C)
                turns = [p]
            elif m == "write":
                turns = [TO.humanize(rng, pick(rng, ["proofread my essay intro: ", "make this sound more academic: ",
                                                     "give me feedback on this thesis statement: "]) + pick(rng, TO.STUDENT_PARAS), 0.4)]
                kd = "chat"
            else:
                turns = TO.casual_first(rng, C)
                kd = "chat"
            while rng.random() < 0.4 and len(turns) < 6:
                turns.append(TO.followup(rng))
            threads.append(dict(turns=turns, kind=kd))
        days = active_days(rng, w, A, rng.randint(1, 5))
        schedule(w, rng, A, threads, days)

    for cl in classes:
        # teacher account (sets up the wrapper; light use)
        trng = sub_rng(ctx.seed, name, cl["code"], "teacher")
        T = basic_account(ctx, trng, "classroom-teacher", country=country, email=email_domain.replace("student.", "").replace("students.", ""),
                          tier="build", created=created_before(w, trng, 30, 300), profile="office")
        T.tz = tz
        T.ip_fn = lambda r: pick(r, nat)
        T.stacks = [(make_stack(trng, "chrome_mac"), 1)]
        tthreads = []
        for a in cl["assignments"][:2]:
            for it in a["items"][:3]:
                tthreads.append(dict(turns=[cl["wrap"](a["n"], a["items"].index(it) + 1, it)], kind=cl["kind"],
                                     system=cl["system"]))
        schedule(w, trng, T, tthreads, [max(0, a["due"] - 3) for a in cl["assignments"][:2]])
        for s in range(cl["size"]):
            rng = sub_rng(ctx.seed, name, cl["code"], s)
            A = student(rng, "classroom")
            jupyter = cl.get("jupyter")
            if jupyter:
                # course JupyterHub: every student's notebook calls the API from the same server, same SDK
                A.ip_fn = lambda r: hub
                st = make_stack(sub_rng(ctx.seed, name, cl["code"], "hubstack"), "openai_py")
                A.stacks = [(st, 1)]
            diligence = rng.uniform(0.2, 0.85)
            late = rng.random()
            for a in cl["assignments"]:
                if a["due"] >= w.days + 1:
                    continue
                done = [it for it in a["items"] if rng.random() < diligence]
                if not done:
                    continue
                # most work lands in the 36 hours before the deadline (evening), some earlier
                if late < 0.7:
                    days = [d for d in (a["due"] - 1, a["due"]) if 0 <= d < w.days]
                else:
                    days = [d for d in range(max(0, a["due"] - 5), a["due"] + 1) if d < w.days]
                if not days:
                    continue
                threads = []
                for it in done:
                    k = a["items"].index(it) + 1
                    turns = [cl["wrap"](a["n"], k, it)]
                    while rng.random() < 0.3 and len(turns) < 4:
                        turns.append(TO.humanize(rng, pick(rng, cl["follow"]), 0.7))
                    threads.append(dict(turns=turns, kind=cl["kind"], system=cl["system"],
                                        temperature=cl.get("temperature"), max_tokens=cl.get("max_tokens"),
                                        model=MODELS[cl.get("model", "flash")]))
                schedule(w, rng, A, threads, days, profile="student", min_gap_s=30)


def make_classes(ctx, rng, spec):
    """spec: list of (kind, size, code). Builds assignment sets from the corpora."""
    C = ctx.C
    out = []
    for kind, size, code, uni in spec:
        if kind == "math":
            pool = rng.sample(C.gsm_train, 40)
            assignments = []
            for n in range(4):
                items = [p["question"] for p in pool[n * 6:(n + 1) * 6]]
                assignments.append(dict(n=n + 3, due=2 + n * 4 + rng.randint(0, 1), items=items))
            wraps = ["{code} · Homework {n} · Problem {k}\n\n{q}\n\nShow your reasoning step by step, then box the final answer.",
                     "[{code} HW{n} Q{k}] {q}\nExplain each step so I can follow it.",
                     "{code} problem set {n}, #{k}:\n{q}\n(Use the method from lecture: define variables, write the equation, solve, check.)"]
            wr = pick(rng, wraps)
            out.append(dict(code=code, size=size, kind="cot_math", assignments=assignments,
                            system="You are the %s study helper. Guide students through word problems step by step. Use clear arithmetic, one step per line, and end with the final answer. Do not solve unrelated assignments." % code,
                            wrap=(lambda n, k, q, wr=wr, code=code: wr.format(code=code, n=n, k=k, q=q)),
                            follow=["i dont get step 2", "why do we divide there", "can you check my answer is {}?".format(rng.randint(5, 400)),
                                    "is there a faster way", "ok what about if it was double", "thanks!!", "wait how did u get that number"],
                            temperature=0.3))
        elif kind == "cs":
            pool = list(C.humaneval)
            rng.shuffle(pool)
            assignments = []
            for n in range(4):
                items = [p["prompt"] for p in pool[n * 5:(n + 1) * 5]]
                assignments.append(dict(n=n + 5, due=3 + n * 4 + rng.randint(0, 1), items=items))
            wr = pick(rng, ["Lab {n}, exercise {k}. Implement the function below. Explain your approach first, then give the code.\n\n```python\n{q}```",
                            "{code} Lab {n} / Ex {k}\nComplete this function and explain how it handles edge cases:\n{q}"])
            out.append(dict(code=code, size=size, kind="code", assignments=assignments, jupyter=rng.random() < 0.6,
                            system="You are the %s teaching assistant bot. Help students understand how to solve programming exercises. Explain the idea before showing code. Encourage testing with the doctests." % code,
                            wrap=(lambda n, k, q, wr=wr, code=code: wr.format(code=code, n=n, k=k, q=q)),
                            follow=["my version fails the second doctest, why", "what does enumerate do here", "can it be done in one line",
                                    "why not use a for loop", "explain the time complexity", "i got IndexError"],
                            temperature=0.2, model="flash"))
        elif kind == "essay":
            prompts = ["Discuss whether social media has improved civic participation.", "Was the printing press the most important invention of the second millennium?",
                       "Should voting be compulsory?", "Analyse the role of the chorus in Antigone.", "Evaluate the causes of the 2008 financial crisis."]
            assignments = [dict(n=n + 1, due=4 + n * 6, items=["Essay %d prompt: %s\nHelp me outline an argument and counter-argument, with evidence I should look for." % (n + 1, p)
                                                                for p in rng.sample(prompts, 2)]) for n in range(2)]
            out.append(dict(code=code, size=size, kind="chat", assignments=assignments,
                            system="You are a writing coach for %s. Help students plan and revise essays. Never write the essay for them; ask questions and suggest structure." % code,
                            wrap=(lambda n, k, q: q), follow=["can you give me a thesis sentence example", "is this a good counterargument: it costs too much",
                                                              "how long should each paragraph be", "what sources would be good"]))
    return out


# ----------------------------------------------------------------------------- eval harnesses
def eval_harness(ctx, lab, n_accts, budget, benches, cloud, verified, models, stack_kind, concurrency=8,
                 judge=False, samples=1):
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "lab", lab)
    org = "org_" + b32id(rr, 12)
    card = w.card()
    ips = [ctx.net.v4_in(rr, CLOUD[cloud]) for _ in range(rr.randint(2, 6))]
    created = created_before(w, rr, 30, 400)
    accts = []
    for i in range(n_accts):
        A = basic_account(ctx, rr, "eval-harness", country=pick(rr, ["US", "GB", "CH", "CA", "DE"]), email=lab,
                          tier="scale", created=created + dt.timedelta(minutes=rr.randint(0, 30000)), payment=card,
                          org_id=org, verified=verified, profile="flat")
        w.accounts[-1]["signup_ip"] = pick(rr, ips)
        A.ip_fn = lambda r: pick(r, ips)
        A.stacks = [(make_stack(rr, stack_kind), 1)]
        A.keys += ["key_" + b32id(rr, 20) for _ in range(rr.randint(0, 3))]
        accts.append(A)
    # benchmark item lists with fixed harness formatting
    fmt = pick(rr, ["Question: {q}\nAnswer: Let's think step by step.", "Solve the following math problem. Put the final answer after '####'.\n\n{q}",
                    "{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}."])
    code_fmt = pick(rr, ["Complete the following Python function. Return only the code.\n\n```python\n{q}```", "{q}"])
    gsm_subset = rr.sample(C.gsm_test, 250)
    sys_prompt = pick(rr, [None, "You are a helpful assistant.", None])
    produced = 0
    run = 0
    while produced < budget:
        run += 1
        bench = pick(rr, benches)
        model = MODELS[pick(rr, models)]
        A = pick(rr, accts)
        day = rr.randrange(w.days)
        t = w.start + dt.timedelta(days=day, seconds=rr.random() * 86400)
        if bench == "gsm8k":
            items = [(fmt.format(q=x["question"]), "eval") for x in gsm_subset]
        elif bench == "humaneval":
            items = [(code_fmt.format(q=x["prompt"]), "code") for x in C.humaneval]
        elif bench == "mtbench":
            items = [("MT", q) for q in C.mtbench]
        elif bench == "arena":
            items = [(p["prompt"], "chat") for p in rr.sample(C.arena, 120)]
        elif bench == "judge":
            items = []
            for q in rr.sample(C.mtbench, 40):
                items.append((judge_prompt(rr, q["turns"][0]), "judge"))
        items = items[: max(10, min(len(items), budget - produced))]
        # concurrent workers: requests start in waves
        worker_t = [t + dt.timedelta(milliseconds=rr.randint(0, 1500)) for _ in range(concurrency)]
        temp = 0.0 if samples == 1 else 0.8
        for prompt, kind in items:
            for s in range(samples):
                wi = min(range(concurrency), key=lambda j: worker_t[j])
                tt = worker_t[wi]
                if prompt == "MT":
                    th = dict(turns=kind["turns"], kind="chat", model=model, temperature=0.7 if kind["category"] in ("writing", "roleplay") else 0.0,
                              max_tokens=2048, conv=False, gap="script", system=sys_prompt, ratelimit_p=0.02, stream=False)
                else:
                    th = dict(turns=[prompt], kind=kind, model=model, temperature=temp, max_tokens=pick(rr, [1024, 2048]) if kind != "judge" else 512,
                              conv=False, gap="script", system=sys_prompt if kind != "judge" else None, ratelimit_p=0.025, stream=False)
                end = run_thread(w, rr, A, tt, th)
                worker_t[wi] = end + dt.timedelta(milliseconds=rr.randint(5, 200))
                produced += len(th["turns"])
    return org


JUDGE_TMPL = ["Please act as an impartial judge and evaluate the response below to the user question. Consider helpfulness, relevance, accuracy, depth and detail. Begin with a short explanation, then output your rating as \"Rating: [[X]]\" on a scale of 1 to 10.\n\n[Question]\n{q}\n\n[The Start of Assistant's Answer]\n{a}\n[The End of Assistant's Answer]",
              "You are grading a model output for our internal benchmark.\nTask: {q}\nModel output: {a}\nScore 1-10 (10 = perfect). Respond with JSON {{\"score\": int, \"reason\": str}}."]


def judge_prompt(rng, q):
    a = pick(rng, ["Sure! Here is a detailed answer. " + q[:80] + " ... (model output truncated in log)",
                   "I'd approach this in three parts: background, key considerations, and a recommendation. ...",
                   "Here's a draft:\n\n" + q[:60] + "...\n\nLet me know if you'd like changes."])
    return pick(rng, JUDGE_TMPL).format(q=q, a=a)


# ----------------------------------------------------------------------------- verified enterprise
def enterprise(ctx, orgname, domain, app_key, n_accts, per_acct, egress, stack_kind, profile, tz, country,
               verified=True, tier="enterprise"):
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "ent", orgname)
    app = ENTERPRISE_APPS[app_key]
    org = "org_" + b32id(rr, 12)
    card = w.card()
    if egress[0] == "cloud":
        ips = [ctx.net.v4_in(rr, CLOUD[egress[1]]) for _ in range(egress[2])]
    else:
        ips = [ctx.net.v4_in(rr, egress[1]) for _ in range(egress[2])]
    t0 = created_before(w, rr, 40, 500)
    st = make_stack(rr, stack_kind)
    for i in range(n_accts):
        A = basic_account(ctx, rr, "verified-enterprise" if verified else "enterprise-unverified", country=country,
                          email=domain, tier=tier, created=t0 + dt.timedelta(seconds=rr.randint(5, 900)),
                          payment=card, org_id=org, verified=verified, profile=profile)
        w.accounts[-1]["signup_ip"] = ips[0]
        A.tz = tz
        A.ip_fn = lambda r: pick(r, ips)
        A.stacks = [(st, 1)]
        rng = sub_rng(ctx.seed, "ent", orgname, i)
        vol = max(3, int(lognorm(rng, per_acct, 0.35)))
        threads = []
        produced = 0
        while produced < vol:
            if app["msgs"] == "AGENT":
                L = max(3, int(lognorm(rng, 10, 0.6)))
                tr = C.azure_code[rng.randrange(len(C.azure_code))]
                threads.append(dict(turns=TO.agent_session(rng, L), kind="agent_step", tools=app["tools"], gap="agent",
                                    system=app["system"], model=MODELS[app["model"]], ctx0=max(3000, tr[0]), conv=True, ctx_grow=800,
                                    max_tokens=app.get("max_tokens")))
                produced += L
                continue
            nt = rng.randint(*app["turns"]) if rng.random() < app["multi"] else 1
            turns = [app_message(rng, app, C)]
            for _ in range(nt - 1):
                turns.append(app_message(rng, app, C) if rng.random() < 0.4 else TO.humanize(rng, pick(rng, ["ok", "thanks", "that didn't help", "yes please", "no", "can you check again", "how long will it take?", "ok do it"]), 0.5))
            threads.append(dict(turns=turns, kind=app["kind"], system=app["system"], tools=app.get("tools"),
                                model=MODELS[app["model"]], temperature=app.get("temp"), max_tokens=app.get("max_tokens"),
                                gap="app", out_scale=app.get("out_scale", 1.0), conv=True, conv_style="conv"))
            produced += len(turns)
        days = active_days(rng, w, A, w.days, weekend_factor=0.35 if profile == "office" else 1.0)
        schedule(w, rng, A, threads, days, profile=profile, min_gap_s=1)
    return org


# ----------------------------------------------------------------------------- indie apps
HOSTING = [("aws", 0.4), ("cloudflare", 0.2), ("gcp", 0.1), ("do", 0.1), ("hetzner", 0.05), ("azure", 0.05),
           ("vultr", 0.05), ("ovh", 0.05)]


def indie_apps(ctx, n):
    w, C = ctx.w, ctx.C
    for i in range(n):
        rng = sub_rng(ctx.seed, "indie", i)
        app = INDIE_APPS[i % len(INDIE_APPS)] if i < len(INDIE_APPS) else pick(rng, INDIE_APPS)
        A = basic_account(ctx, rng, "indie-app", tier=wchoice(rng, [("build", 80), ("scale", 20)]),
                          created=created_before(w, rng, 10, 500), profile="human",
                          email=pick(rng, ["gmail.com", "%s.app" % app["name"].lower(), "%s.io" % app["name"].lower().replace("-", "")]))
        A.keys += ["key_" + b32id(rng, 20)]  # dev + prod keys
        host = wchoice(rng, HOSTING)
        serverless = host in ("aws", "cloudflare") and rng.random() < 0.7
        if serverless:
            pool = [ctx.net.v4_in(rng, CLOUD[host]) for _ in range(rng.randint(20, 80))]
        else:
            pool = [ctx.net.v4_in(rng, CLOUD[host]) for _ in range(rng.randint(1, 2))]
        A.ip_fn = lambda r, pool=pool: pick(r, pool)
        w.accounts[-1]["signup_ip"] = home_ip(ctx, rng, A.country)
        A.stacks = [(make_stack(rng, pick(rng, ["openai_js", "anthropic_js", "node_fetch", "openai_py", "anthropic_py", "go",
                                                 "php", "ruby", "axios", "rust", "java"])), 1)]
        A.model_mix = [("flash", 7), ("pro", 3)]
        popularity = lognorm(rng, 22, 0.8)
        threads = []
        produced = 0
        while produced < popularity:
            multi = app.get("multi", 0.3)
            nt = rng.randint(2, 6) if rng.random() < multi else 1
            turns = [app_message(rng, app, C)]
            for _ in range(nt - 1):
                turns.append(app_message(rng, app, C) if rng.random() < 0.5 else TO.followup(rng))
            threads.append(dict(turns=turns, kind=app["kind"], system=app["system"], tools=app.get("tools"),
                                temperature=app.get("temp"), out_scale=app.get("out_scale", 1.0), gap="human",
                                max_tokens=pick(rng, [None, 1024, 2048]), conv=rng.random() < 0.5))
            produced += nt
        # end users are spread over timezones: blend of flat + human
        days = active_days(rng, w, A, w.days)
        schedule(w, rng, A, threads, days, profile=pick(rng, ["human", "flat", "evening"]), min_gap_s=1)


# ----------------------------------------------------------------------------- hackathon
HACK_IDEAS = ["an app that turns fridge photos into recipes", "a study buddy that quizzes you from lecture slides",
              "a chatbot for the campus housing office", "a tool that summarises city council minutes",
              "an accessibility helper that rewrites web pages in plain language", "a carbon footprint coach",
              "a plant-care reminder bot", "a bot that explains medical bills", "a debate practice partner",
              "a CLI that writes commit messages", "a game where an AI narrates your commute",
              "a language exchange matcher", "a volunteer shift scheduler with natural language"]


def hackathon(ctx, n, day, city_asn, country, tz, domain_mix):
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "hackathon")
    venue = [ctx.net.v4_in(rr, city_asn) for _ in range(2)]
    t_open = w.start + dt.timedelta(days=day, hours=9 - tz)
    sysp = "You are a helpful assistant. (HackLab starter kit — replace this system prompt with your own!)"
    teams = [pick(rr, HACK_IDEAS) for _ in range(n // 3 + 1)]
    for i in range(n):
        rng = sub_rng(ctx.seed, "hack", i)
        created = t_open + dt.timedelta(minutes=rng.uniform(0, 95))
        A = basic_account(ctx, rng, "hackathon", country=country, tier="free", email=pick(rng, domain_mix),
                          created=created, payment=None, profile="flat")
        A.tz = tz
        w.accounts[-1]["signup_ip"] = pick(rng, venue)
        home = home_ip(ctx, rng, country)
        A.ip_fn = lambda r, home=home: pick(r, venue) if r.random() < 0.9 else home
        A.stacks = [(make_stack(sub_rng(ctx.seed, "hackstack"), "openai_js"), 3),
                    (make_stack(rng, pick(rng, ["chrome_mac", "chrome_win", "curl_mac"])), 1)]
        A.model_mix = [("flash", 8), ("pro", 2)]
        idea = teams[i // 3]
        own_sys = rng.random() < 0.6
        system = ("You are the assistant inside %s. Be concise." % idea) if own_sys else sysp
        threads = []
        for _ in range(max(1, int(lognorm(rng, 5, 0.6)))):
            p = pick(rng, ["test", "hello", "what can you do?", "Pretend a user says: '%s'" % pick(rng, ["i have eggs and rice", "quiz me on chapter 2", "what does this bill mean", "rewrite this page simply"]),
                           TO.everyday(rng), "give me 5 sample inputs for " + idea, "Return JSON with keys title and steps for: " + idea])
            threads.append(dict(turns=[p], kind="short", system=system, gap="script", conv=False))
        for th in threads:
            t = created + dt.timedelta(minutes=rng.uniform(20, 60 * 30))
            run_thread(w, rng, A, t, th)


# ----------------------------------------------------------------------------- shared-card small businesses / families
def shared_card_group(ctx, kind, idx, n):
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "sharedcard", kind, idx)
    card = w.card()
    country = pick_country(rr)
    office = home_ip(ctx, rr, country)
    org = ("org_" + b32id(rr, 12)) if kind == "agency" else None
    dom = ("%s%s.%s" % (pick(rr, ["bright", "north", "tidal", "copper", "juniper"]), pick(rr, ["media", "studio", "creative", "digital"]), pick(rr, ["com", "co", "agency"]))) if kind == "agency" else None
    for i in range(n):
        rng = sub_rng(ctx.seed, "sharedcard", kind, idx, i)
        A = basic_account(ctx, rng, "smb-shared-card" if kind == "agency" else "family-shared-card", country=country,
                          tier="build", email=dom or pick(rng, COUNTRIES[country]["mail"]), payment=card, org_id=org,
                          signup_ip=office, profile="office" if kind == "agency" else "evening")
        A.ip_fn = lambda r: office if r.random() < 0.85 else ctx.cgnat_ip(r, COUNTRIES[country]["mob"][0])
        A.stacks = [(make_stack(rng, pick(rng, ["chrome_mac", "chrome_win", "safari_mac"])), 1)]
        threads = []
        for _ in range(n_requests_threads(rng, 4)):
            if kind == "agency":
                p = TO.fill(rng, pick(rng, ["Write 5 Instagram captions for {b}'s spring campaign, playful tone.",
                                             "Draft a 150-word blog intro about {t} for {b}.",
                                             "Give me 10 subject lines for {b}'s newsletter about {t}.",
                                             "Rewrite this ad copy to be under 90 characters: '{b} — {t}, now with free delivery on every order this month'"]),
                            {"b": ["a local bakery", "a yoga studio", "a bike shop", "a dental practice", "a craft brewery"],
                             "t": ["seasonal menus", "new class schedules", "spring tune-ups", "teeth whitening", "a new IPA"]})
                turns = [p] + [TO.followup(rng) for _ in range(rng.randint(0, 3))]
            else:
                turns = TO.casual_first(rng, C)
            threads.append(dict(turns=turns, kind="chat"))
        schedule(w, rng, A, threads, active_days(rng, w, A, rng.randint(2, 6), weekend_factor=0.3 if kind == "agency" else 1.5))


# ----------------------------------------------------------------------------- translators / localisation
def translator(ctx, n):
    w, C = ctx.w, ctx.C
    for i in range(n):
        rng = sub_rng(ctx.seed, "translator", i)
        A = basic_account(ctx, rng, "translator", created=created_before(w, rng, 30, 600), profile="office",
                          country=pick(rng, ["DE", "FR", "ES", "IT", "BR", "JP", "KR", "NL"]))
        A.stacks = [(make_stack(rng, pick(rng, ["openai_py", "chrome_win", "desktop_app", "php"])), 1)]
        set_home_net(ctx, rng, A, mobile_p=0.0)
        threads = []
        lang = pick(rng, ["German", "French", "Spanish", "Italian", "Brazilian Portuguese", "Japanese", "Korean", "Dutch"])
        sysp = "Translate the user's text into %s. Keep placeholders like {name} and %%s unchanged. Return only the translation." % lang
        for _ in range(n_requests_threads(rng, 8)):
            src = pick(rng, [pick(rng, C.koala), pick(rng, C.vicuna), "Your order has shipped! Track it here: {link}",
                             "Settings saved. Changes will apply after restart.", "%s items selected", "Forgot password?",
                             pick(rng, C.userinst)["instruction"]])
            threads.append(dict(turns=[src], kind="translate", system=sysp, temperature=0.2, gap="script", conv=False))
        schedule(w, rng, A, threads, active_days(rng, w, A, rng.randint(3, 8), weekend_factor=0.2), min_gap_s=3)


# ----------------------------------------------------------------------------- bootcamp cohort
def bootcamp(ctx, n, domain, country, start_day):
    """a coding bootcamp: cohort signs up the same morning on the school's card; same exercise list"""
    w, C = ctx.w, ctx.C
    rr = sub_rng(ctx.seed, "bootcamp")
    card = w.card()
    org = "org_" + b32id(rr, 12)
    tz = pick(rr, COUNTRIES[country]["tz"])
    classroom_ip = home_ip(ctx, rr, country)
    t0 = w.start + dt.timedelta(days=start_day, hours=9.5 - tz)
    exercises = [x["instruction"] + ((" Input: " + x["input"]) if x["input"] else "") for x in rr.sample(C.codegen, 30)]
    sysp = "You are a coding mentor at %s. Give hints first; show a full solution only if the student asks twice." % domain
    for i in range(n):
        rng = sub_rng(ctx.seed, "bootcamp", i)
        A = basic_account(ctx, rng, "bootcamp", country=country, tier="build", email=domain, payment=card, org_id=org,
                          created=t0 + dt.timedelta(minutes=rng.uniform(0, 40)), signup_ip=classroom_ip, profile="office")
        A.tz = tz
        home = home_ip(ctx, rng, country)
        A.ip_fn = lambda r, home=home: classroom_ip if r.random() < 0.7 else home
        A.stacks = [(make_stack(rng, pick(rng, ["chrome_mac", "chrome_win", "firefox_linux"])), 2),
                    (make_stack(sub_rng(ctx.seed, "bootcamp-sdk"), "openai_py"), 1)]
        A.model_mix = [("flash", 7), ("pro", 3)]
        threads = []
        for k, ex in enumerate(exercises):
            if rng.random() < 0.45:
                turns = ["Exercise %d: %s" % (k + 1, ex)] + [pick(rng, TO.DEV_FOLLOW) for _ in range(rng.randint(0, 3))]
                threads.append(dict(turns=turns, kind="code", system=sysp))
        days = [d for d in range(start_day, w.days) if not is_weekend(w.start, d)]
        schedule(w, rng, A, threads, days or [start_day], profile="office")
