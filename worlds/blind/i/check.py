#!/usr/bin/env python3
"""Validate a dataset directory against docs/dataset-format.md (stdlib only)."""
import gzip, ipaddress, json, re, sys
from collections import Counter
TS = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$')
JA4 = re.compile(r'^t13[dq]\d{4}(h1|h2)_[0-9a-f]{12}_[0-9a-f]{12}$')
S, I, B, N, A = 'str', 'int', 'bool', 'num', 'arr'
IX = {'id': (S, 0), 'ts': (S, 0), 'account_id': (S, 0), 'api_key_id': (S, 1), 'ip': (S, 0), 'user_agent': (S, 1), 'tls_ja4': (S, 1),
      'endpoint': (S, 0), 'model': (S, 0), 'conversation_id': (S, 1), 'turn': (I, 1), 'system': (S, 1), 'prompt': (S, 0),
      'tool_names': (A, 1), 'response': (S, 1), 'input_tokens': (I, 0), 'output_tokens': (I, 0), 'reasoning_tokens': (I, 1),
      'max_tokens': (I, 1), 'temperature': (N, 1), 'stream': (B, 1), 'status': (I, 0), 'latency_ms': (I, 1)}
AC = {'account_id': (S, 0), 'created_at': (S, 0), 'org_id': (S, 1), 'email_domain': (S, 0), 'payment_fingerprint': (S, 1),
      'signup_ip': (S, 1), 'country': (S, 1), 'tier': (S, 0), 'verified': (B, 0)}
LB = {'account_id': (S, 0), 'label': (S, 0), 'campaign': (S, 1), 'persona': (S, 1)}


def ok_type(v, t):
    if t == S: return isinstance(v, str)
    if t == I: return isinstance(v, int) and not isinstance(v, bool)
    if t == B: return isinstance(v, bool)
    if t == N: return isinstance(v, (int, float)) and not isinstance(v, bool)
    if t == A: return isinstance(v, list) and all(isinstance(x, str) for x in v)


def check(rows, schema, name, errs):
    for i, r in enumerate(rows):
        for k, (t, nullable) in schema.items():
            if k not in r:
                errs.append('%s line %d: missing %s' % (name, i + 1, k)); continue
            v = r[k]
            if v is None:
                if not nullable: errs.append('%s line %d: %s null' % (name, i + 1, k))
            elif not ok_type(v, t):
                errs.append('%s line %d: %s bad type %r' % (name, i + 1, k, v))


def read(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def main(d):
    errs = []
    ix = read(d + '/interactions.jsonl.gz'); ac = read(d + '/accounts.jsonl'); lb = read(d + '/labels.jsonl')
    check(ix, IX, 'interactions', errs); check(ac, AC, 'accounts', errs); check(lb, LB, 'labels', errs)
    accs = {a['account_id']: a for a in ac}
    if len(accs) != len(ac): errs.append('duplicate account ids')
    labs = {l['account_id']: l for l in lb}
    if set(labs) != set(accs): errs.append('labels/accounts mismatch')
    ids = Counter(x['id'] for x in ix)
    if len(ids) != len(ix): errs.append('duplicate interaction ids')
    for a in ac:
        if not TS.match(a['created_at']): errs.append('bad created_at %s' % a['created_at'])
        if a['tier'] not in ('free', 'build', 'scale', 'enterprise'): errs.append('bad tier')
        if a['signup_ip']: ipaddress.ip_address(a['signup_ip'])
        if a['country'] and not re.match(r'^[A-Z]{2}$', a['country']): errs.append('bad country')
    for l in lb:
        if l['label'] not in ('organic', 'attack'): errs.append('bad label')
        if l['label'] == 'attack' and not l['campaign']: errs.append('attack w/o campaign')
        if l['label'] == 'organic' and l['campaign']: errs.append('organic with campaign')
    used = set()
    for x in ix:
        if not TS.match(x['ts']): errs.append('bad ts %s' % x['ts'])
        if x['account_id'] not in accs: errs.append('unknown account %s' % x['account_id']); continue
        used.add(x['account_id'])
        if x['ts'] < accs[x['account_id']]['created_at']: errs.append('request before signup %s' % x['id'])
        try: ipaddress.ip_address(x['ip'])
        except ValueError: errs.append('bad ip %s' % x['ip'])
        if x['tls_ja4'] and not JA4.match(x['tls_ja4']): errs.append('bad ja4 %s' % x['tls_ja4'])
        if x['turn'] is not None and (x['turn'] < 1 or x['conversation_id'] is None): errs.append('bad turn')
        if min(x['input_tokens'], x['output_tokens']) < 0: errs.append('neg tokens')
        if x['max_tokens'] is not None and x['output_tokens'] > x['max_tokens']: errs.append('output > max_tokens %s' % x['id'])
        if not x['endpoint'].startswith('/v1/'): errs.append('bad endpoint')
        if not (100 <= x['status'] <= 599): errs.append('bad status')
    if used != set(accs): errs.append('%d accounts without interactions' % (len(accs) - len(used)))
    n_att = sum(1 for l in lb if l['label'] == 'attack')
    print('%s: interactions=%d accounts=%d attack_accounts=%d errors=%d' % (d, len(ix), len(ac), n_att, len(errs)))
    for e in errs[:30]: print('  ', e)
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(max(main(d) for d in sys.argv[1:]))
