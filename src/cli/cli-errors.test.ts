/**
 * User mistakes at the command line: each ends in one clear line (no stack trace) and exit code 2 (usage) or 1
 * (failure), and never in a run that silently does nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('./bin.js', import.meta.url));

function dataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-cli-'));
  const account = { account_id: 'a1', created_at: '2026-04-01T00:00:00Z', org_id: null, email_domain: 'x.example', payment_fingerprint: null, signup_ip: null, country: 'US', tier: 'build', verified: false };
  const interaction = { id: 'r1', ts: '2026-04-22T00:00:00Z', account_id: 'a1', api_key_id: null, ip: '203.0.113.7', user_agent: null, tls_ja4: null, endpoint: '/v1/messages', model: 'm', conversation_id: null, turn: null, system: null, prompt: 'hi', tool_names: null, response: null, input_tokens: 1, output_tokens: 1, reasoning_tokens: null, max_tokens: null, temperature: null, stream: null, status: 200, latency_ms: null };
  writeFileSync(join(dir, 'accounts.jsonl'), JSON.stringify(account) + '\n');
  writeFileSync(join(dir, 'interactions.jsonl'), JSON.stringify(interaction) + '\n');
  return dir;
}

function run(args: string[]): { status: number | null; stderr: string; stdout: string } {
  const res = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: res.status, stderr: res.stderr, stdout: res.stdout };
}

/** One error line naming the problem, optionally followed by the pointer to --help; no stack frames. */
function assertOneClearLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n').filter((l) => !l.startsWith('Run `distillguard'));
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(stderr, /internal error|\n\s+at /);
}

test('analyze refuses option values that cannot work, with exit code 2', () => {
  const dir = dataset();
  const out = join(mkdtempSync(join(tmpdir(), 'dg-cli-out-')), 'o');
  for (const [args, pattern] of [
    [['--cadence', '0'], /--cadence must be greater than 0/],
    [['--cadence=-5'], /--cadence must be greater than 0/],
    [['--cadence', 'soon'], /--cadence must be a number/],
    [['--lateness=-1'], /--lateness must be 0 or more/],
    [['--threshold', '1.5'], /--threshold must be between 0 and 1/],
    [['--min-cluster', '1'], /--min-cluster must be an integer of at least 2/],
    [['--max-skew=-3'], /--max-skew must be 0 or more/],
    [['--heap-growth=-3'], /--heap-growth must be 0 or more/],
    [['--spill-after=-1'], /--spill-after must be 0 or more/],
    [['--shards', '0'], /--shards must be an integer of at least 1/],
  ] as const) {
    const res = run(['analyze', dir, '--out', out, ...args]);
    assert.equal(res.status, 2, `${args.join(' ')}: ${res.stderr}`);
    assertOneClearLine(res.stderr, pattern);
  }
});

test('worker roles refuse options they cannot use, with exit code 2, before connecting', () => {
  for (const [args, pattern] of [
    [['--role', 'artefact', '--shard', '0/2', '--spill-after', '24'], /--spill-dir\/--spill-after are for --role account or campaign/],
    [['--role', 'campaign', '--shard', '0/1', '--account-shards', '2', '--artefact-shards', '2', '--intel', '/nonexistent'], /--intel is for --role account/],
  ] as const) {
    const res = run(['worker', '--events', 'nats://127.0.0.1:9', ...args]);
    assert.equal(res.status, 2, `${args.join(' ')}: ${res.stderr}`);
    assertOneClearLine(res.stderr, pattern);
  }
});

test('serve refuses spilling options its engine would not use, with exit code 2, before opening anything', () => {
  for (const [args, pattern] of [
    [['--events', 'nats://127.0.0.1:9', '--spill-after', '24'], /--spill-dir\/--spill-after are for the in-process engine/],
    [['--spill-after=-1'], /--spill-after must be 0 or more/],
  ] as const) {
    const res = run(['serve', '--upstream', 'http://127.0.0.1:9', '--data', mkdtempSync(join(tmpdir(), 'dg-serve-')), ...args]);
    assert.equal(res.status, 2, `${args.join(' ')}: ${res.stderr}`);
    assertOneClearLine(res.stderr, pattern);
  }
});

test('a --spill-dir that cannot hold a file fails in one line with exit code 1', () => {
  const dir = dataset();
  const parent = mkdtempSync(join(tmpdir(), 'dg-cli-out-'));
  writeFileSync(join(parent, 'file'), 'x');
  const res = run(['analyze', dir, '--out', join(parent, 'o'), '--spill-dir', join(parent, 'file')]);
  assert.equal(res.status, 1, res.stderr);
  assertOneClearLine(res.stderr, /account spill directory .*file.*\[IO\]/);
});

test('an existing file given as --out is a usage error, for analyze and validate', () => {
  const dir = dataset();
  const file = join(mkdtempSync(join(tmpdir(), 'dg-cli-out-')), 'taken.txt');
  writeFileSync(file, 'not a directory');
  for (const cmd of ['analyze', 'validate']) {
    const res = run([cmd, dir, '--out', file]);
    assert.equal(res.status, 2, res.stderr);
    assertOneClearLine(res.stderr, /--out .*taken\.txt.* is a file, not a directory/);
  }
});

test('an --out path running through a file is a usage error in one line', () => {
  const dir = dataset();
  const parent = mkdtempSync(join(tmpdir(), 'dg-cli-out-'));
  writeFileSync(join(parent, 'file'), 'x');
  const res = run(['analyze', dir, '--out', join(parent, 'file', 'sub')]);
  assert.equal(res.status, 2, res.stderr);
  assertOneClearLine(res.stderr, /--out/);
});

test('a dataset whose files are damaged beyond use fails in one line that names the file and the reason', () => {
  const gzOnly = mkdtempSync(join(tmpdir(), 'dg-cli-'));
  writeFileSync(join(gzOnly, 'accounts.jsonl'), '{"account_id":"a1","created_at":"2026-04-01T00:00:00Z","email_domain":"x","tier":"free","verified":false}\n');
  writeFileSync(join(gzOnly, 'interactions.jsonl.gz'), 'plain text, not gzip\n');
  const res = run(['analyze', gzOnly, '--out', join(gzOnly, 'out')]);
  assert.equal(res.status, 1, res.stderr);
  assertOneClearLine(res.stderr, /interactions\.jsonl\.gz.*no valid interactions.*corrupt_file/);
});

test('a port already in use ends in one line and exit code 1', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    const child = spawn(process.execPath, [BIN, 'mock-upstream', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    clearTimeout(timer);
    assert.equal(status, 1, stderr);
    assertOneClearLine(stderr, new RegExp(`cannot listen 127\.0\.0\.1:${port}: address already in use`));
  } finally {
    blocker.close();
  }
});

test('validate fails (exit 1) on an empty interactions file, naming it', () => {
  const dir = dataset();
  writeFileSync(join(dir, 'interactions.jsonl'), '');
  const res = run(['validate', dir, '--out', join(dir, 'out')]);
  assert.equal(res.status, 1, res.stderr);
  assertOneClearLine(res.stderr, /interactions: no valid records/);
});
