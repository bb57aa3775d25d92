import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, Progress } from './progress.js';

/** A fake terminal that keeps what was written. */
function tty(): NodeJS.WriteStream & { text: string } {
  const s = { isTTY: true, text: '', write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

test('a bar shows the percent and, once there is enough to go on, the time left', async () => {
  const out = tty();
  const p = new Progress('simulate', null, out);
  p.update(10, 'day 1/40', 0.025);
  assert.match(out.text, /2\.5% /);
  assert.doesNotMatch(out.text, /ETA/, 'no estimate in the first seconds');
  // Pretend the run started 10 s ago: a quarter done leaves about 30 s.
  (p as unknown as { started: number }).started = Date.now() - 10_000;
  (p as unknown as { last: number }).last = 0;
  p.update(1000, 'day 10/40', 0.25);
  assert.match(out.text, /25\.0% ETA 3\ds /);
  const plain = { isTTY: false, write: () => assert.fail('nothing is drawn off a terminal') } as unknown as NodeJS.WriteStream;
  new Progress('x', 10, plain).update(5);
});

test('durations read as seconds, minutes or hours', () => {
  assert.equal(formatDuration(42.4), '42s');
  assert.equal(formatDuration(75), '1m15s');
  assert.equal(formatDuration(4000), '1h06m');
});
