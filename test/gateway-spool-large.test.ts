/**
 * A spool larger than the longest string V8 can hold (~512 MiB), left by an earlier run in the single-file format:
 * the gateway starts, reports it in its backlog, and streams all of it to NATS (real nats-server, JetStream on
 * loopback). Prints the resend throughput.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, openSync, closeSync, writeSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { NatsEnginePort } from '../src/live/nats-port.js';
import { EVENTS_STREAM } from '../src/live/nats-streams.js';
import { Nats, skipNats, until } from './nats-harness.js';

let dir = '';
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a 530 MiB spool from an earlier run is counted and resent in full', { skip: skipNats, timeout: 600_000 }, async () => {
  dir = mkdtempSync(join(tmpdir(), 'dg-spool-large-'));
  const spoolDir = join(dir, 'spool');
  mkdirSync(spoolDir);
  const prompt = 'w'.repeat(16 * 1024);
  const target = 530 * 1024 * 1024;
  const fd = openSync(join(spoolDir, 'events-spool.jsonl'), 'w');
  let bytes = 0;
  let n = 0;
  while (bytes < target) {
    const lines: string[] = [];
    for (let k = 0; k < 256; k++, n++) {
      const v = { id: `big-${n}`, ts: '2026-04-22T00:00:00.000Z', account_id: 'acct-big', prompt, status: 200 };
      lines.push(JSON.stringify({ subj: 'dg.events.0', id: `i:big-${n}`, data: JSON.stringify({ t: 'i', v }) }));
    }
    const chunk = lines.join('\n') + '\n';
    bytes += writeSync(fd, chunk);
  }
  closeSync(fd);

  const nats = new Nats(36900 + (process.pid % 90), join(dir, 'nats'));
  let port: NatsEnginePort | null = null;
  try {
    port = new NatsEnginePort({ servers: [nats.url], spoolDir, spool: { maxBytes: 2 * 1024 ** 3, full: 'drop-oldest' } });
    await until(() => port!.backlog() === n, `backlog ${n}`, 60_000);
    const t0 = performance.now();
    await nats.start();
    await until(() => port!.backlog() === 0, 'spool resent', 500_000);
    const seconds = (performance.now() - t0) / 1000;
    process.stderr.write(`spool resend: ${n} events, ${(bytes / 2 ** 20).toFixed(0)} MiB in ${seconds.toFixed(1)} s = ${(n / seconds).toFixed(0)} events/s, ${(bytes / 2 ** 20 / seconds).toFixed(0)} MiB/s (including NATS start-up)\n`);
    const nc = await connect({ servers: [nats.url] });
    const info = await (await jetstreamManager(nc)).streams.info(EVENTS_STREAM);
    await nc.close();
    assert.equal(info.state.messages, n, 'every spooled event is in the stream once');
    assert.deepEqual(readdirSync(spoolDir), [], 'the spool is empty');
  } finally {
    await port?.close();
    await nats.kill();
  }
});
