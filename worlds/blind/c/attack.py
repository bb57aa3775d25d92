"""Attack-side helpers shared by both worlds (operations themselves live in world1.py / world2.py)."""
from world import *
from organic import general_prompt, follow

def compose(rng, *parts):
    """pick one variant from each list of phrasing parts and join them (empty strings allowed)."""
    out = []
    for p in parts:
        s = rng.choice(p) if isinstance(p, (list, tuple)) else p
        if s: out.append(s)
    return ''.join(out)

def burst_signups(w, rng, n, bursts, *, persona, campaign, email_fn, cards, ip_fn, country_fn, tier='build'):
    centers = [w.clock.start - timedelta(days=rng.uniform(1, 12)) + timedelta(days=rng.uniform(0, w.clock.days * 0.5)) for _ in range(bursts)]
    ids = []
    for i in range(n):
        c = centers[i % bursts]
        cre = c + timedelta(seconds=rng.uniform(0, 1500))
        ip = ip_fn(rng)
        aid = w.account(persona, 'attack', campaign, created=cre, email=email_fn(rng), pay=rng.choice(cards), signup_ip=ip,
                        country=country_fn(rng), tier=tier)
        ids.append((aid, cre, ip))
    return ids

def scripted_run(w, rng, aid, cre, nreq, *, item_fn, ip_fn, stack, ua, endpoint, model, max_tokens, temperature, sessions=(2, 5),
                 gap=(0.5, 8), p429=0.05, stream=False, system=None, reasoning=None, tools=None, cover=0.0, cover_fn=None,
                 conv_style=None, hours=FLAT, tz=0, out=None):
    """bot-paced sessions: a few sessions over the period, requests back-to-back inside each."""
    ns = rng.randint(*sessions)
    per = [nreq // ns + (1 if j < nreq % ns else 0) for j in range(ns)]
    lo = max(0, (cre - w.clock.start).days + 1)
    for k in per:
        t = w.clock.day_hour(rng, tz, hours, weekend=1.0, day_lo=min(lo, w.clock.days - 1))
        ip = ip_fn(rng)
        for j in range(k):
            if rng.random() < cover:
                p, sysp, tl, mt, rs = (cover_fn or general_prompt)(w, rng), None, None, rng.choice([None, 1024]), None
            else:
                p = item_fn(rng); sysp = system(rng) if callable(system) else system
                tl = tools(rng) if callable(tools) else tools; mt = max_tokens; rs = reasoning(rng) if callable(reasoning) else reasoning
            conv = w.conv_id(rng, conv_style) if conv_style else None
            lat, st = w.emit(rng, aid, t, key=w.key(aid), ip=ip, stack=stack, ua=ua, endpoint=endpoint,
                             model=model(rng) if callable(model) else model, conv=conv, turn=1 if conv else None, system=sysp,
                             prompt=p, tools=tl, max_tokens=mt, temperature=temperature, stream=stream, p429=p429, reasoning=rs,
                             out=(out(rng) if callable(out) else out))
            t += timedelta(milliseconds=lat) + bot_gap(rng, *gap)
            if st == 429: t += timedelta(seconds=rng.uniform(5, 60))
            if t >= w.clock.end: return
