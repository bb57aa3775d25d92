/** `distillguard keys create|list|revoke`: API key management on the gateway's data directory. */
import { DistillguardError } from '../errors.js';
import { TIERS, type Tier } from '../dataset/types.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import { positional, requiredOpt, stringOpt, type Command } from './command.js';

export const keysCommand: Command = {
  name: 'keys',
  summary: 'create, list or revoke gateway API keys (stored hashed; a new key is printed once)',
  args: 'create|list|revoke [KEY_ID]',
  options: {
    account: { type: 'string', value: 'ID', description: 'account the key bills to (create; filter for list)' },
    tier: { type: 'string', value: 'T', description: `account tier: ${TIERS.join(', ')} (create)` },
    org: { type: 'string', value: 'ORG', description: 'organisation of the account, for org-wide limits (create)' },
    label: { type: 'string', value: 'TEXT', description: 'free-text label (create)' },
    data: { type: 'string', value: 'DIR', default: 'distillguard-data', description: 'gateway data directory' },
    json: { type: 'boolean', description: 'print JSON' },
  },
  details: `
The DuckDB file is locked while \`distillguard serve\` runs on the same --data; use the admin API then:
  curl -H "Authorization: Bearer $TOKEN" -d '{"account_id":"acme-1","tier":"scale"}' http://127.0.0.1:8080/admin/keys`,
  async run(ctx) {
    const sub = positional(ctx, 0, 'create|list|revoke');
    if (sub !== 'create' && sub !== 'list' && sub !== 'revoke') throw new DistillguardError('USAGE', `unknown keys subcommand "${sub}" (create, list, revoke)`);
    const tier = stringOpt(ctx, 'tier');
    if (tier !== undefined && !(TIERS as readonly string[]).includes(tier)) throw new DistillguardError('USAGE', `--tier must be one of ${TIERS.join(', ')}`);
    const account = sub === 'create' ? requiredOpt(ctx, 'account') : stringOpt(ctx, 'account');
    const keyId = sub === 'revoke' ? positional(ctx, 1, 'KEY_ID') : null;
    const store = await DuckDbStore.open({ kind: 'dir', dir: stringOpt(ctx, 'data') ?? 'distillguard-data' });
    try {
      const out = (o: unknown, text: string) => process.stdout.write(ctx.values.json ? JSON.stringify(o) + '\n' : text + '\n');
      if (sub === 'create') {
        const org = stringOpt(ctx, 'org');
        const label = stringOpt(ctx, 'label');
        const { key, record } = await store.createKey({
          accountId: account!, nowIso: new Date().toISOString(),
          ...(tier ? { tier: tier as Tier } : {}), ...(org ? { orgId: org } : {}), ...(label ? { label } : {}),
        });
        out({ key, ...record }, key);
        if (!ctx.values.json) process.stderr.write(`created ${record.key_id} for account ${record.account_id} (the key is shown only now)\n`);
      } else if (sub === 'list') {
        const keys = await store.listKeys(account);
        out(keys, keys.map((k) => `${k.key_id}  ${k.account_id}  ${k.created_at}${k.revoked_at ? `  revoked ${k.revoked_at}` : ''}${k.label ? `  ${k.label}` : ''}`).join('\n'));
      } else {
        const ok = await store.revokeKey(keyId!, new Date().toISOString());
        if (!ok) throw new DistillguardError('USAGE', `no active key ${keyId}`);
        out({ key_id: keyId, revoked: true }, `revoked ${keyId}`);
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
