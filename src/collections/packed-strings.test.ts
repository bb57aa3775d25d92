import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_STRING, PackedStrings, StringIndex } from './packed-strings.js';

test('packed strings come back exactly: Latin-1, wide text, lone surrogates, empty, long and page-filling', () => {
  const store = new PackedStrings();
  const samples = ['', 'acct-000001', 'pf_3de33a66278446ed', 'caf\u00e9', '\u00ff\u00fe', '\u4f60\u597d', 'a\ud800b',
    '\udfff', 'x'.repeat(127), 'y'.repeat(128), 'z'.repeat(20_000), 'w\u0100'.repeat(70_000), 'q'.repeat(1_500_000)];
  const kept: [number, string][] = [];
  // Enough strings to fill several pages, so records start near a page's end.
  for (let i = 0; i < 120_000; i++) {
    const tail = samples[i % samples.length]!.slice(0, 40);
    const s = i < samples.length ? samples[i]! : `203.0.${i % 256}.${i >> 8}|${tail}`;
    kept.push([store.add(s), s]);
  }
  for (const [h, s] of kept) {
    assert.notEqual(h, NO_STRING);
    assert.equal(store.get(h), s);
    assert.ok(store.equals(h, s));
    assert.ok(!store.equals(h, s + 'a'));
    if (s.length > 0) assert.ok(!store.equals(h, s.slice(0, -1) + String.fromCharCode(s.charCodeAt(s.length - 1) ^ 1)));
  }
  assert.ok(store.bytes > 3 * (1 << 20));
});

test('a string index agrees with a Map, comparing keys exactly (equal hashes are not enough)', () => {
  const store = new PackedStrings();
  const handles: number[] = [];
  const index = new StringIndex((v, key) => store.equals(handles[v]!, key), 4);
  const ref = new Map<string, number>();
  for (let i = 0; i < 50_000; i++) {
    const key = `acct_${((i * 2654435761) >>> 0).toString(36)}${i % 7 === 0 ? '\u00e9' : ''}`;
    if (ref.has(key)) continue;
    assert.equal(index.get(key), -1);
    handles.push(store.add(key));
    index.add(key, handles.length - 1);
    ref.set(key, handles.length - 1);
  }
  assert.equal(index.size, ref.size);
  for (const [k, v] of ref) assert.equal(index.get(k), v);
  assert.equal(index.get('acct_missing'), -1);
  // A comparison that never matches finds nothing, whatever the hashes say.
  const blind = new StringIndex(() => false);
  blind.add('a', 0);
  assert.equal(blind.get('a'), -1);
});
