import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DistillguardError, errorFromData, errorToData } from './errors.js';

test('errors keep their class, code and message across a thread boundary (as structured-cloned data)', () => {
  const coded = errorFromData(structuredClone(errorToData(new DistillguardError('FILE_FORMAT', 'x.csv: expected .jsonl'))));
  assert.ok(coded instanceof DistillguardError);
  assert.equal(coded.code, 'FILE_FORMAT');
  assert.equal(coded.message, 'x.csv: expected .jsonl');
  const system = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
  const back = errorFromData(structuredClone(errorToData(system))) as Error & { code?: string };
  assert.ok(!(back instanceof DistillguardError));
  assert.deepEqual([back.name, back.message, back.code], ['Error', 'ENOENT: no such file', 'ENOENT']);
  assert.equal(errorFromData(errorToData('plain string')).message, 'plain string');
});
