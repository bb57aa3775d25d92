#!/usr/bin/env python3
"""Usage: python3 gen.py SEED OUTDIR   (seed 303 -> world1 recipe, seed 404 -> world2 recipe)."""
import sys, collections
from datetime import datetime, timezone
sys.path.insert(0, __import__('os').path.dirname(__file__))
from world import World

def main():
    seed = int(sys.argv[1]); out = sys.argv[2]
    if seed == 303:
        import world1 as mod; w = World(seed, datetime(2026, 3, 2, tzinfo=timezone.utc), 17)
    else:
        import world2 as mod; w = World(seed, datetime(2026, 5, 11, tzinfo=timezone.utc), 20)
    att = mod.build(w); org = mod.organic_mix(w)
    lab = {l['account_id']: l for l in w.labels}
    per = collections.Counter(lab[r['account_id']]['label'] for r in w.rows)
    pc = collections.Counter((l['label'], l['persona']) for l in w.labels)
    na = sum(1 for l in w.labels if l['label'] == 'attack')
    md = [f'# World (seed {seed})\n', f'Period: {w.clock.start.date()} + {w.clock.days} days. Interactions: {len(w.rows)} '
          f'(attack {per["attack"]}, organic {per["organic"]}). Accounts: {len(w.accounts)} (attack {na}).\n',
          '\n## Operations (label attack)\n'] + [x + '\n' for x in att] + ['\n## Legitimate personas (label organic)\n'] + [x + '\n' for x in org]
    md += ['\n## Account counts by label/persona\n'] + [f'- {k[0]} / {k[1]}: {v}\n' for k, v in sorted(pc.items())]
    w.write(out, ''.join(md))
    print(out, len(w.rows), len(w.accounts), na, per['attack'])

if __name__ == '__main__':
    main()
