/** `distillguard drive`: replays a simulated world through running gateways and reports what they did to whom. */
import { DistillguardError } from '../errors.js';
import { drive, formatDriveReport } from '../gateway/drive.js';
import { numberOpt, positional, type Command } from './command.js';
import { Progress } from './progress.js';

export const driveCommand: Command = {
  name: 'drive',
  summary: 'replay a simulated world through gateways and watch campaigns get throttled and blocked',
  args: 'WORLD_DIR',
  options: {
    gateway: { type: 'string', value: 'URL', multiple: true, description: 'gateway base URL (repeat, or comma-separate, for several nodes: round-robin)' },
    'admin-token': { type: 'string', value: 'TOKEN', description: 'the gateways\' admin token (default: $DISTILLGUARD_ADMIN_TOKEN)' },
    speed: { type: 'string', value: 'X', description: 'simulated seconds per wall second (default: as fast as the gateways answer)' },
    limit: { type: 'string', value: 'N', description: 'replay only the first N interactions' },
    concurrency: { type: 'string', value: 'N', default: '16', description: 'requests in flight' },
    json: { type: 'boolean', description: 'print the report as JSON (with per-account tallies)' },
  },
  details: `
The gateways must run with --trust-replay-headers (test/demo mode): the replay sends each record's own
time, client IP and JA4, so the engine steps on the world's clock and limits count simulated time.
Creates one key per account on each gateway (POST /admin/keys/batch, with the account's sign-up facts),
then sends every interaction as a real /v1/messages or /v1/chat/completions request.
Outcomes: allowed, flagged (allowed, under review), throttled (served at reduced limits), withheld
(reasoning stripped), rate_limited (429), blocked (403), error. The report's headline is what a campaign keeps
harvesting once the gateway knows it: of the attack requests sent after each account's first flagged response
(flagged, throttled, withheld or blocked), the share still answered (allowed, flagged, throttled or withheld).
Example:
  distillguard simulate --scenario quick --out /tmp/world
  distillguard mock-upstream --port 8081 &
  DISTILLGUARD_ADMIN_TOKEN=demo distillguard serve --upstream http://127.0.0.1:8081 --trust-replay-headers --data /tmp/gw &
  distillguard drive /tmp/world --gateway http://127.0.0.1:8080 --admin-token demo`,
  async run(ctx) {
    const worldDir = positional(ctx, 0, 'WORLD_DIR');
    const raw = ctx.values.gateway;
    const gateways = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : []).flatMap((g) => g.split(',')).map((g) => g.trim()).filter(Boolean);
    if (gateways.length === 0) throw new DistillguardError('USAGE', '--gateway URL is required');
    for (const g of gateways) {
      try {
        new URL(g);
      } catch {
        throw new DistillguardError('USAGE', `--gateway must be a URL, got "${g}"`);
      }
    }
    const adminToken = (typeof ctx.values['admin-token'] === 'string' ? ctx.values['admin-token'] : undefined) ?? process.env.DISTILLGUARD_ADMIN_TOKEN;
    if (!adminToken) throw new DistillguardError('USAGE', '--admin-token (or $DISTILLGUARD_ADMIN_TOKEN) is required');
    const speed = ctx.values.speed === undefined ? null : numberOpt(ctx, 'speed', 0);
    if (speed !== null && !(speed > 0)) throw new DistillguardError('USAGE', '--speed must be > 0');
    const limit = ctx.values.limit === undefined ? null : numberOpt(ctx, 'limit', 0);
    if (limit !== null && !(Number.isInteger(limit) && limit > 0)) throw new DistillguardError('USAGE', '--limit must be a positive integer');
    const concurrency = numberOpt(ctx, 'concurrency', 16);
    if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 1024)) throw new DistillguardError('USAGE', '--concurrency must be an integer in 1..1024');
    const progress = new Progress('drive', limit);
    const report = await drive({ worldDir, gateways, adminToken, speed, limit, concurrency, onProgress: (n, ts) => progress.update(n, ts.slice(0, 16)) });
    progress.done();
    process.stdout.write((ctx.values.json ? JSON.stringify(report, null, 2) : formatDriveReport(report)) + '\n');
    return 0;
  },
};
