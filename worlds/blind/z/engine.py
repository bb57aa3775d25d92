"""Account context and thread scheduling shared by organic personas and attack operations."""
import datetime as dt

from common import (COUNTRIES, MODELS, Req, emit, iso, lognorm, ntok, pick, wchoice, local_time_on_day, b32id,
                    hexid, is_weekend)


class Acct:
    def __init__(self, world, aid, country, tz, profile="human"):
        self.world = world
        self.id = aid
        self.country = country
        self.tz = tz
        self.profile = profile
        self.keys = ["key_" + b32id(world.rng, 20)]
        self.ip_fn = None          # callable(rng) -> ip for a new thread
        self.rotate_ip_fn = None   # callable(rng) -> ip per request (rotating proxies)
        self.stacks = []           # list of (Stack, weight)
        self.created = world.start - dt.timedelta(days=200)
        self.last_active = None
        self.model_mix = [("pro", 5), ("flash", 4), ("think", 1)]

    def key(self, rng):
        if len(self.keys) == 1 or rng.random() < 0.8:
            return self.keys[0]
        return pick(rng, self.keys[1:])

    def stack(self, rng):
        return wchoice(rng, self.stacks)

    def model(self, rng):
        return MODELS[wchoice(rng, self.model_mix)]


def new_conv(world, style="uuid"):
    r = world.rng
    if style == "uuid":
        return "%s-%s-%s-%s-%s" % (hexid(r, 8), hexid(r, 4), "4" + hexid(r, 3), pick(r, "89ab") + hexid(r, 3), hexid(r, 12))
    return "conv_" + b32id(r, 18)


def turn_gap(rng, gap, out_tokens):
    """seconds between the end of one response and the next request of the same thread"""
    if gap == "human":
        read = out_tokens / rng.uniform(6, 18)
        return read + lognorm(rng, 35, 0.9)
    if gap == "slowhuman":
        return out_tokens / rng.uniform(4, 10) + lognorm(rng, 150, 1.0)
    if gap == "agent":
        return lognorm(rng, 3.5, 0.8)
    if gap == "script":
        return lognorm(rng, 1.2, 0.7)
    if gap == "app":
        return lognorm(rng, 25, 0.9)
    return lognorm(rng, 30, 1)


def run_thread(world, rng, A, t, th):
    """th: dict(turns=[str], kind=str|list, system, tools, model, max_tokens, temperature, stream, reasoning,
    gap, conv (None->by stack), stack, ctx0, out_scale, ratelimit_p, err_p, in_tokens(list|None))
    Returns end time."""
    stack = th.get("stack") or A.stack(rng)
    conv_on = th.get("conv")
    if conv_on is None:
        conv_on = rng.random() < stack.sends_conv
    conv = new_conv(world, th.get("conv_style", "uuid")) if conv_on else None
    ctx = th.get("ctx0", 0)
    ip = A.ip_fn(rng) if A.ip_fn else "0.0.0.0"
    model = th.get("model") or A.model(rng)
    kinds = th.get("kind", "chat")
    tools = th.get("tools")
    gap = th.get("gap", "human")
    for i, prompt in enumerate(th["turns"]):
        if t < A.created:
            t = A.created + dt.timedelta(seconds=rng.uniform(60, 3600))
        kind = kinds[i] if isinstance(kinds, list) else kinds
        if A.rotate_ip_fn:
            ip = A.rotate_ip_fn(rng)
        r = Req(t=t, acct=A.id, key=A.key(rng), ip=ip, stack=stack, model=model, conv=conv,
                turn=(i + 1) if conv else None, system=th.get("system"), prompt=prompt, tools=tools, kind=kind,
                max_tokens=th.get("max_tokens"), temperature=th.get("temperature"), stream=th.get("stream"),
                ctx_tokens=ctx, reasoning=th.get("reasoning", False), out_scale=th.get("out_scale", 1.0))
        if th.get("endpoint"):
            r.endpoint = th["endpoint"]
        if th.get("ratelimit_p") is not None:
            r.ratelimit_p = th["ratelimit_p"]
        if th.get("err_p") is not None:
            r.err_p = th["err_p"]
        if th.get("in_tokens"):
            r.in_override = th["in_tokens"][i]
        if th.get("out_tokens"):
            r.out_override = th["out_tokens"][i]
        if th.get("ua_override") is not None:
            r.ua_override = th["ua_override"]
        out, tend = emit(world, rng, r)
        ctx += ntok(prompt) + out
        if th.get("ctx_grow"):
            ctx += int(lognorm(rng, th["ctx_grow"], 0.8))
        if i + 1 < len(th["turns"]):
            t = tend + dt.timedelta(seconds=turn_gap(rng, gap, out))
        else:
            t = tend
    A.last_active = t
    return t


def active_days(rng, world, A, n_days, weekend_factor=1.0, first_day=0, last_day=None):
    """choose n distinct active days (indices) for an account, respecting creation date"""
    last = world.days - 1 if last_day is None else min(last_day, world.days - 1)
    start_day = max(first_day, int((A.created - world.start).total_seconds() // 86400) if A.created > world.start else 0)
    days = list(range(start_day, last + 1))
    if not days:
        days = [world.days - 1]
    weights = [(d, weekend_factor if is_weekend(world.start, d) else 1.0) for d in days]
    n = max(1, min(n_days, len(days)))
    chosen = set()
    guard = 0
    while len(chosen) < n and guard < 500:
        chosen.add(wchoice(rng, weights))
        guard += 1
    return sorted(chosen)


def schedule(world, rng, A, threads, days, profile=None, min_gap_s=60):
    """Place threads on given days at profile-weighted local times; threads on the same day are sequential."""
    profile = profile or A.profile
    plan = []
    for th in threads:
        d = pick(rng, days)
        plan.append((local_time_on_day(rng, world.start, d, A.tz, profile), th))
    plan.sort(key=lambda x: x[0])
    last_end = None
    for t, th in plan:
        if last_end and t < last_end + dt.timedelta(seconds=min_gap_s):
            t = last_end + dt.timedelta(seconds=min_gap_s + rng.random() * 300)
        last_end = run_thread(world, rng, A, t, th)
