/**
 * Real services on loopback for the event-bus fault tests: a `nats-server -js` that can be killed and restarted on
 * the same port and store, child processes with captured output, and polling helpers. Needs the Debian package
 * nats-server: missing in CI is an error, missing locally skips.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { EVENTS_STREAM } from '../src/live/nats-streams.js';

export const HAVE_NATS = spawnSync('nats-server', ['--version']).status === 0;
if (!HAVE_NATS && process.env.CI === 'true') throw new Error('nats-server is required in CI (apt-get install -y nats-server)');
export const skipNats: string | false = HAVE_NATS ? false : 'nats-server not installed (apt-get install -y nats-server); fault tests skipped';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function until<T>(check: () => T | Promise<T>, what: string, timeoutMs = 60_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

/** A child process whose stdout and stderr are kept. */
export interface Child {
  proc: ChildProcess;
  out: string;
  exited: Promise<number | null>;
}

export function child(cmd: string, args: string[], env: Record<string, string> = {}): Child {
  const proc = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const c: Child = { proc, out: '', exited: new Promise((r) => proc.once('exit', (code) => r(code))) };
  proc.stdout!.on('data', (d) => (c.out += d));
  proc.stderr!.on('data', (d) => (c.out += d));
  return c;
}

export async function stop(c: Child | null, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!c || c.proc.exitCode !== null || c.proc.signalCode !== null) return;
  c.proc.kill(signal);
  await c.exited;
}

/** nats-server with JetStream, restartable on the same port and store directory. */
export class Nats {
  proc: Child | null = null;
  constructor(readonly port: number, readonly dir: string) {}
  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.proc = child('nats-server', ['-js', '-a', '127.0.0.1', '-p', String(this.port), '-sd', join(this.dir, 'js')]);
    await until(() => portOpen(this.port), 'nats-server');
  }
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    await stop(this.proc, signal);
    this.proc = null;
  }
}

/** Every message in the events stream: id → how many times it is stored. */
export async function streamIds(url: string): Promise<Map<string, number>> {
  const nc = await connect({ servers: [url] });
  try {
    const jsm = await jetstreamManager(nc);
    const total = (await jsm.streams.info(EVENTS_STREAM)).state.messages;
    const ids = new Map<string, number>();
    if (total === 0) return ids;
    const c = await jetstream(nc).consumers.get(EVENTS_STREAM);
    const it = await c.consume({ max_messages: 1000 });
    let n = 0;
    for await (const m of it) {
      const env = m.json<{ t: string; v: { id?: string; account_id: string } }>();
      const id = env.t === 'i' ? `i:${env.v.id}` : `a:${env.v.account_id}`;
      ids.set(id, (ids.get(id) ?? 0) + 1);
      if (++n >= total) break;
    }
    await it.close();
    return ids;
  } finally {
    await nc.close();
  }
}
