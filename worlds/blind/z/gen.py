#!/usr/bin/env python3
"""Z blind-world generator. Usage:
    python3 gen.py --world W1 --seed 1407 --start 2026-04-06 --days 14 --out /tmp/blindZ1
    python3 gen.py --world W2 --seed 2110 --start 2026-10-05 --days 21 --out /tmp/blindZ2
Deterministic given the arguments. Python 3 stdlib only."""
import argparse
import collections
import gzip
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import Corpora, Net, World, all_asns, parse_day, sub_rng, pick, COUNTRIES, CLOUD
import organic as O
import attacks as K


def mail_named(domains):
    return lambda rng: pick(rng, domains)


# ============================================================================= world 1
def build_w1(w, ctx):
    rng = sub_rng(ctx.seed, "cfg")
    # ---------------- legitimate
    O.casual(ctx, 1250)
    O.casual(ctx, 130, persona="vpn-user", vpn=True)
    classes = O.make_classes(ctx, rng, [("math", 55, "STAT 120", None), ("cs", 70, "COMP 101", None)])
    O.campus(ctx, "northfield", 786, "student.northfield.ac.uk", 300, classes, nat_size=4)
    O.eval_harness(ctx, "evals.heliolab.ai", 4, 2100, ["gsm8k", "humaneval", "gsm8k"], "gcp", True,
                   ["pro", "flash", "think", "pro_snap"], "openai_py", concurrency=12)
    O.eval_harness(ctx, "quantaforge.io", 2, 1500, ["arena", "mtbench", "gsm8k", "humaneval"], "aws", False,
                   ["pro", "old", "flash"], "aiohttp", concurrency=6, samples=1)
    O.eval_harness(ctx, "openrank.org", 3, 1100, ["judge", "judge", "mtbench"], "azure", True, ["pro", "think"],
                   "anthropic_py", concurrency=4)
    O.eval_harness(ctx, "cs.lakemont.edu", 1, 500, ["humaneval"], "aws", False, ["flash", "pro"], "httpx",
                   concurrency=4, samples=5)
    O.enterprise(ctx, "kestrel", "kestrelmobile.com", "telco_support", 60, 34, ("cloud", "azure", 3), "dotnet", "human", -6, "US")
    O.enterprise(ctx, "ledgerline", "ledgerline-llp.com", "legal_review", 25, 38, ("isp", 701, 2), "anthropic_py", "office", -5, "US")
    O.enterprise(ctx, "brightpath", "brightpathlearning.com", "math_tutor", 40, 48, ("cloud", "aws", 4), "openai_py", "evening", 0, "GB")
    O.enterprise(ctx, "northwind", "northwind-outfitters.com", "catalog_writer", 18, 60, ("cloud", "gcp", 2), "go", "night", -8, "US")
    O.enterprise(ctx, "halcyon", "halcyonsys.com", "devtools_agent", 35, 32, ("isp", 3320, 2), "anthropic_js", "office", 1, "DE")
    O.developer(ctx, 380)
    O.power_user(ctx, 120)
    O.researcher(ctx, 70)
    O.data_hobbyist(ctx, 50)
    O.writer(ctx, 110)
    O.indie_apps(ctx, 70)
    O.hackathon(ctx, 60, day=5, city_asn=3320, country="DE", tz=2,
                domain_mix=["gmail.com", "gmail.com", "tum.de", "posteo.de", "outlook.com", "web.de"])
    O.shared_card_group(ctx, "agency", 0, 8)
    O.shared_card_group(ctx, "family", 0, 4)
    O.shared_card_group(ctx, "family", 1, 3)
    O.teacher(ctx, 30)
    # ---------------- attacks
    K.op_sloppy_math(ctx, "camp-ironbark", 120, waves=[-2, 0, 3, 7, 10], n_cards=5, per_acct=38, seed_tag="a",
                     mail_pool=K.DISPOSABLE[:6] + K.LOOKALIKE[:3], dc_asns=[CLOUD["hetzner"], CLOUD["ovh"], 212238, CLOUD["do"]],
                     stack_kind="openai_py", wording="ironbark")
    C = ctx.C
    pool = [(x["prompt"], "code") for x in C.humaneval] + [(p, "code") for p in C.arena_code] + \
           [(p, "reason_long") for p in C.arena_math] + [(x["question"], "cot_math") for x in C.gsm_test[:700]]
    K.op_careful(ctx, "camp-silverfern", 100, 30, "silverfern", pool, cover_frac=0.1,
                 countries=["US", "CA", "GB", "DE", "IN", "BR", "AU", "FR", "NL", "JP", "KR", "ES", "IT", "MX"])
    K.op_subteams(ctx, "camp-tessellate", [
        dict(name="nodeworks", n=50, stack="openai_js", ip=("cloud", ["do", "vultr"]), target=K.t_agent_tools, cover=0.15,
             cover_flavor=["every", "vicuna"], mail=mail_named(["gmail.com", "outlook.com"]), cards=7, countries=["US", "GB"],
             profile="flat", tz=0, persona="subteam-agentic"),
        dict(name="cellular", n=50, stack="go", ip=("mobile", [21928, 22394, 55836, 30722, 9605]), target=K.t_codegen, cover=0.35,
             cover_flavor=["koala", "every", "dev", "hh"], mail=mail_named(["outlook.com", "hotmail.com", "yahoo.com"]), cards=9,
             countries=["US", "IN", "IT", "JP"], profile="human", tz=8, persona="subteam-codegen", shared_stack=False),
        dict(name="skyline", n=50, stack="anthropic_py", ip=("cloud", ["aws", "aws2"]), target=K.t_repo, cover=0.25,
             cover_flavor=["dev", "uo"], mail=mail_named(["proton.me", "gmail.com", "pm.me"]), cards=6, countries=["US", "CA"],
             profile="office", tz=-5, persona="subteam-repo-agent", vol=0.85),
    ], per_acct=40)
    K.op_judge(ctx, "camp-gavel", 75, 40, domains=["axolabs.io", "brightquill.ai", "evalcraft.dev", "tallymark.co"],
               accts_per_card=4, clouds=["oracle", "linode", "azure"], stack_kind="aiohttp", tz=8, profile="office")
    K.op_selfinstruct(ctx, "camp-seedling", 65, 42, mail_pool=K.DISPOSABLE[6:] + K.LOOKALIKE[3:], ua_kind="chrome_win",
                      ja4_kind="py_openssl3_noalpn")
    K.op_bare(ctx, "camp-deepwell", 45, 36, "resrotate", n_cards=12, created_range=(14, 40))
    K.op_taxonomy(ctx, "camp-lattice", 45, 40, clouds=["alibaba", "tencent", "oracle"], stack_kinds=["rust", "java"],
                  mail_pool=["gmail.com", "outlook.com", "proton.me", "yandex.com"], n_cards=6)


# ============================================================================= world 2
def build_w2(w, ctx):
    rng = sub_rng(ctx.seed, "cfg")
    O.casual(ctx, 1200)
    O.casual(ctx, 150, persona="vpn-user", vpn=True)
    classes = O.make_classes(ctx, rng, [("math", 45, "MATH 16A", None), ("essay", 60, "WRIT 2", None)])
    O.campus(ctx, "bayshore", 25, "bayshore.edu", 260, classes, nat_size=3)
    classes2 = O.make_classes(ctx, rng, [("cs", 50, "PROG-I", None)])
    O.campus(ctx, "kagawa", 2907, "st.kagawa-u.ac.jp", 70, classes2, nat_size=2)
    O.eval_harness(ctx, "research.cobaltai.com", 3, 1900, ["gsm8k", "humaneval", "arena"], "aws", True,
                   ["pro", "flash", "think", "pro_snap", "old"], "httpx", concurrency=16)
    O.eval_harness(ctx, "ml.uni-halden.de", 2, 1200, ["gsm8k", "mtbench"], "hetzner", False, ["pro", "flash"], "requests",
                   concurrency=3)
    O.eval_harness(ctx, "arbiter.dev", 2, 1100, ["judge", "arena"], "gcp", True, ["pro", "think"], "openai_py", concurrency=8)
    O.eval_harness(ctx, "passk.ai", 1, 700, ["humaneval"], "oracle", False, ["pro", "flash"], "go", concurrency=6, samples=10)
    O.enterprise(ctx, "orbital", "orbitalfreight.com", "hr_helpdesk", 45, 26, ("cloud", "azure", 2), "dotnet", "office", 1, "DE")
    O.enterprise(ctx, "meridian", "meridianmutual.com", "claims_triage", 35, 36, ("cloud", "aws", 3), "java", "human", -5, "US")
    O.enterprise(ctx, "corvel", "emberforge-games.com", "game_npc", 30, 55, ("cloud", "gcp", 4), "rust", "evening", -8, "US")
    O.enterprise(ctx, "calder", "calderfinch.com", "fin_research", 25, 32, ("isp", 2856, 2), "anthropic_py", "office", 0, "GB")
    O.enterprise(ctx, "lakeside", "lakesideclinic.org", "clinic_intake", 30, 30, ("cloud", "azure", 2), "openai_js", "office", -6, "US")
    O.enterprise(ctx, "halcyon2", "quarrysoft.com", "devtools_agent", 30, 30, ("isp", 7018, 2), "anthropic_js", "office", -5, "US")
    O.developer(ctx, 360)
    O.power_user(ctx, 110)
    O.researcher(ctx, 60)
    O.data_hobbyist(ctx, 60)
    O.writer(ctx, 100)
    O.indie_apps(ctx, 80)
    O.bootcamp(ctx, 40, "students.codeforge.academy", "US", start_day=1)
    O.translator(ctx, 40)
    O.shared_card_group(ctx, "agency", 0, 7)
    O.shared_card_group(ctx, "agency", 1, 5)
    O.shared_card_group(ctx, "family", 0, 4)
    O.teacher(ctx, 35)
    C = ctx.C
    # ---------------- attacks
    K.op_sloppy_math(ctx, "camp-rustnail", 110, waves=[-3, 1, 2, 8, 13, 17], n_cards=4, per_acct=42, seed_tag="b",
                     mail_pool=K.LOOKALIKE + ["mailpoof.org", "burnermail.io"], dc_asns=[9009, 136787, 62240],
                     stack_kind="axios", wording="rustnail")
    pool = [(x["question"], "cot_math") for x in sub_rng(ctx.seed, "mosspool").sample(C.gsm_train, 1300)]
    K.CAREFUL_VOICES["mossglen"]["alt"] = ["guessing", "a table"]
    K.op_careful(ctx, "camp-mossglen", 100, 32, "mossglen", pool, cover_frac=0.12,
                 countries=["US", "GB", "CA", "AU", "DE", "NL", "SE", "IN", "BR", "MX", "AR", "VN", "MY", "TW"],
                 created_range=(120, 600))
    K.op_subteams(ctx, "camp-kaleido", [
        dict(name="persona", n=40, stack="desktop_app", ip=("cloud", ["hetzner", "ovh"]), target=K.t_roleplay, cover=0.2,
             cover_flavor=["every", "koala"], mail=mail_named(["gmail.com", "gmx.de", "web.de"]), cards=5,
             countries=["DE", "NL", "FR"], profile="evening", tz=1, persona="subteam-roleplay", app="Msty", shared_stack=False),
        dict(name="toolsmith", n=40, stack="java", ip=("cloud", ["azure"]), target=K.t_agent_tools, cover=0.1,
             cover_flavor=["dev"], mail=mail_named(["outlook.com"]), cards=4, countries=["US"], profile="office", tz=-5,
             persona="subteam-agentic"),
        dict(name="prefpairs", n=40, stack="openai_py", ip=("resproxy", ["US", "CA", "GB"], True), target=K.t_pairwise,
             cover=0.3, cover_flavor=["uo", "vicuna", "every"], mail=mail_named(["gmail.com", "yahoo.com", "icloud.com"]),
             cards=10, countries=["US", "CA", "GB"], profile="human", tz=-5, persona="subteam-pairwise", shared_stack=False),
        dict(name="pocket", n=40, stack="cfnetwork", app="Quillo", ip=("mobile", [21928, 55836, 2856, 26599]),
             target=K.t_cot_mobile, cover=0.4, cover_flavor=["hh", "every", "koala"], mail=mail_named(["icloud.com", "gmail.com"]),
             cards=8, countries=["US", "IN", "GB", "BR"], profile="evening", tz=-3, persona="subteam-mobile-cot",
             shared_stack=False, tier="free"),
    ], per_acct=38)
    K.op_shell_org(ctx, "camp-hollowoak", 45, 62, "aws", "openai_py")
    K.op_taxonomy(ctx, "camp-driftwood", 125, 18, clouds=None, stack_kinds=["openai_py", "anthropic_py", "httpx", "openai_js"],
                  mail_pool=K.DISPOSABLE + ["gmail.com", "outlook.com"], n_cards=14, churn=True, with_selfinst=0.35)
    K.op_bare(ctx, "camp-stillwater", 40, 30, "warp", n_cards=0, created_range=(60, 300), tier="free", stack_mode="sdk")
    K.op_judge(ctx, "camp-lantern", 40, 36, domains=["gmail.com", "proton.me"], accts_per_card=1, clouds=None,
               stack_kind="anthropic_py", tz=-5, profile="human", uni_asn=38)


def describe(w, path):
    acc = {a["account_id"]: a for a in w.accounts}
    per = collections.Counter(r["account_id"] for r in w.rows)
    groups = collections.OrderedDict()
    for l in w.labels:
        k = (l["label"], l["campaign"], l["persona"])
        g = groups.setdefault(k, [0, 0])
        g[0] += 1
        g[1] += per.get(l["account_id"], 0)
    n_att = sum(1 for l in w.labels if l["label"] == "attack")
    lines = ["# World %s (generator Z)" % w.name, "",
             "Period: %s for %d days. Interactions: %d. Accounts: %d (attack: %d, organic: %d)." % (
                 w.start.date(), w.days, len(w.rows), len(w.accounts), n_att, len(w.accounts) - n_att), "",
             "Responses are absent (`response: null`) throughout, as in a privacy-preserving log export.",
             "Models: cirrus-2-pro, cirrus-2-flash, cirrus-2-think (extended reasoning), cirrus-2-flash-lite, cirrus-1.5-pro, dated snapshot.", "",
             "| label | campaign | persona | accounts | interactions |", "|---|---|---|---|---|"]
    for (lab, camp, pers), (na, ni) in groups.items():
        lines.append("| %s | %s | %s | %d | %d |" % (lab, camp or "-", pers, na, ni))
    lines += ["", open(path).read()]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--world", required=True, choices=["W1", "W2"])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--start", required=True)
    ap.add_argument("--days", type=int, required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    C = Corpora()
    net = Net(all_asns())
    w = World(a.seed, parse_day(a.start), a.days, a.world)
    ctx = O.Ctx(w, net, C, a.seed)
    (build_w1 if a.world == "W1" else build_w2)(w, ctx)
    # drop accounts with no interaction in the window (e.g. churned before it) — keep the files consistent
    active = set(r["account_id"] for r in w.rows)
    keep = [i for i, acc in enumerate(w.accounts) if acc["account_id"] in active]
    w.accounts = [w.accounts[i] for i in keep]
    w.labels = [w.labels[i] for i in keep]
    rr = sub_rng(a.seed, "shuffle")
    rows = sorted(w.rows, key=lambda r: r["ts"])
    # mild disorder: exports are not guaranteed sorted
    for i in range(0, len(rows) - 1, 97):
        j = min(len(rows) - 1, i + rr.randint(1, 40))
        rows[i], rows[j] = rows[j], rows[i]
    os.makedirs(a.out, exist_ok=True)
    with gzip.open(os.path.join(a.out, "interactions.jsonl.gz"), "wt", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "accounts.jsonl"), "w") as f:
        for r in w.accounts:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "labels.jsonl"), "w") as f:
        for r in w.labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    w.rows = rows
    doc = describe(w, os.path.join(os.path.dirname(os.path.abspath(__file__)), "WORLD_%s_notes.md" % a.world))
    with open(os.path.join(a.out, "WORLD.md"), "w") as f:
        f.write(doc)
    n_att = sum(1 for l in w.labels if l["label"] == "attack")
    att_ids = set(l["account_id"] for l in w.labels if l["label"] == "attack")
    print("%s: interactions=%d accounts=%d attack_accounts=%d attack_interactions=%d" % (
        a.world, len(rows), len(w.accounts), n_att, sum(1 for r in rows if r["account_id"] in att_ids)))


if __name__ == "__main__":
    main()
