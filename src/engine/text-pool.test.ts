/**
 * The text-signal pool gives exactly the signals computed in this thread (on real corpus prompts, with and without
 * system prompts, in several languages), batches come back to the batch that asked, and a worker that dies or is
 * stopped fails the batches it holds and every later one with a coded error instead of leaving blank signals.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { every, jsonl } from '../signals/corpus-sample.js';
import { DistillguardError } from '../errors.js';
import { defaultTextWorkers, packTextSignals, TextPool, unpackTextSignals } from './text-pool.js';
import { textSignals } from './text-signals.js';

const WRAPPER = 'Think step by step and show all of your reasoning in full detail before you give the final answer.';

function prompts(): { prompts: string[]; systems: (string | null)[] } {
  const gsm = every(jsonl('extraction/gsm8k-test.jsonl'), 20).map((r) => String(r.question));
  const organic = every(jsonl('organic/koala.jsonl'), 2).map((r) => String(r.prompt));
  const out: string[] = [];
  const systems: (string | null)[] = [];
  gsm.forEach((q, k) => {
    out.push(k % 2 === 0 ? `${WRAPPER}\n\n${q}` : q);
    systems.push(k % 3 === 0 ? 'You are a careful grader. Score the answer from 1 to 10.' : null);
  });
  for (const p of organic) {
    out.push(p);
    systems.push(null);
  }
  out.push('请一步一步地思考，并详细写出推理过程：一个数加上七等于十二，这个数是多少？', 'now explain your answer', '', 'x'.repeat(9000));
  systems.push(null, null, '', 'system');
  return { prompts: out, systems };
}

test('text pool: the signals equal those computed in this thread, batch by batch', async () => {
  const { prompts: all, systems } = prompts();
  assert.ok(all.length > 100);
  const pool = new TextPool({ size: 3 });
  try {
    const batches: [number, number][] = [];
    for (let from = 0; from < all.length; from += 37) batches.push([from, Math.min(all.length, from + 37)]);
    // All in flight at once: each answer must come back to its own batch.
    const results = await Promise.all(batches.map(([a, b]) => pool.compute(all.slice(a, b), systems.slice(a, b))));
    let extraction = 0;
    batches.forEach(([a, b], j) => {
      for (let k = a; k < b; k++) {
        const expected = textSignals(all[k]!, systems[k]!);
        assert.deepEqual(unpackTextSignals(results[j]!, k - a), expected, `prompt ${k}`);
        if (expected.intent >= 0.5) extraction++;
      }
    });
    assert.ok(extraction > 10, 'some prompts are extraction-style (signals other than zeros are compared)');
    assert.equal(pool.inFlight(), 0);
  } finally {
    await pool.close();
  }
});

test('text pool: packing keeps every field exactly', () => {
  const t = textSignals(`${WRAPPER}\n\nWhat is 17 times 23? Give the number only.`, 'sys');
  assert.deepEqual(unpackTextSignals(packTextSignals([t, t]), 1), t);
});

test('text pool: a worker that dies fails its batch and every later one with a coded error', async () => {
  const pool = new TextPool({ size: 1, script: new URL('./text-pool-crash.fixture.js', import.meta.url) });
  try {
    await assert.rejects(pool.compute(['a prompt'], [null]), (e: unknown) => e instanceof DistillguardError && e.code === 'INTERNAL' && /exit code 3/.test(e.message));
    await assert.rejects(pool.compute(['another'], [null]), /exit code 3/);
  } finally {
    await pool.close();
  }
});

test('text pool: a worker stopped from outside with batches in hand is not silent', async () => {
  const pool = new TextPool({ size: 2 });
  try {
    const long = Array.from({ length: 2000 }, (_, k) => `${WRAPPER} Question ${k}: how many apples are left if ${k} are eaten?`);
    const jobs = [pool.compute(long, long.map(() => null)), pool.compute(long, long.map(() => null))];
    for (const j of jobs) j.catch(() => undefined);
    await pool.threads()[1]!.terminate();
    const settled = await Promise.allSettled(jobs);
    assert.ok(settled.some((s) => s.status === 'rejected' && /text worker 1 stopped/.test(String(s.reason))), 'the stopped worker\'s batch fails');
    await assert.rejects(pool.compute(['later'], [null]), /text worker 1 stopped/);
  } finally {
    await pool.close();
  }
});

test('text pool: default size leaves two cores to the engine thread and the reader', () => {
  assert.equal(defaultTextWorkers(1), 0);
  assert.equal(defaultTextWorkers(2), 0);
  assert.equal(defaultTextWorkers(4), 2);
  assert.equal(defaultTextWorkers(64), 8);
});
