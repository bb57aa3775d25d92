import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DistillguardError } from '../errors.js';
import { fingerprint, generateKey, keyFromSecret, loadKey, parseKey, saveKey, serializeKey } from './key.js';
import { LATEST_TABLE } from './synonyms.js';

const dir = mkdtempSync(join(tmpdir(), 'dg-wmkey-'));

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DistillguardError ? e.code : `not coded: ${String(e)}`;
  }
  return undefined;
}

test('a saved key loads back identical, with mode 0600 and a fingerprint that does not reveal the secret', () => {
  const key = generateKey();
  const path = join(dir, 'a.key');
  saveKey(path, key);
  assert.equal(statSync(path).mode & 0o777, 0o600);
  const warnings: string[] = [];
  const back = loadKey(path, { onWarning: (m) => warnings.push(m) });
  assert.deepEqual(back, key);
  assert.deepEqual(warnings, []);
  assert.match(key.id, /^wm_[0-9a-f]{12}$/);
  assert.ok(!readFileSync(path, 'utf8').includes(key.id.slice(3) + key.secret.toString('hex').slice(0, 8)));
  assert.notEqual(generateKey().id, key.id);
});

test('saveKey refuses to overwrite an existing file', () => {
  const path = join(dir, 'b.key');
  saveKey(path, generateKey());
  const before = readFileSync(path, 'utf8');
  assert.equal(code(() => saveKey(path, generateKey())), 'WATERMARK_KEY');
  assert.equal(readFileSync(path, 'utf8'), before);
});

test('loadKey rejects missing, malformed and corrupted files with a coded error', () => {
  assert.equal(code(() => loadKey(join(dir, 'missing.key'))), 'WATERMARK_KEY');
  const bad = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text, { mode: 0o600 });
    return code(() => loadKey(path));
  };
  assert.equal(bad('not-json.key', 'hello'), 'WATERMARK_KEY');
  assert.equal(bad('wrong-type.key', JSON.stringify({ type: 'x', version: 1, secret: 'AAAA' })), 'WATERMARK_KEY');
  const key = generateKey();
  const good = { type: 'distillguard-watermark-key', version: 2, table: key.table, id: key.id, secret: key.secret.toString('base64') };
  assert.equal(bad('short.key', JSON.stringify({ ...good, id: undefined, secret: 'AAAA' })), 'WATERMARK_KEY');
  assert.equal(bad('version.key', JSON.stringify({ ...good, version: 3 })), 'WATERMARK_KEY');
  assert.equal(bad('corrupt.key', JSON.stringify({ ...good, id: 'wm_000000000000' })), 'WATERMARK_KEY');
  assert.equal(bad('ok.key', JSON.stringify(good)), undefined);
});

test('a key file readable by others loads with a warning naming the fix', () => {
  const path = join(dir, 'open.key');
  saveKey(path, keyFromSecret(Buffer.alloc(32, 7)));
  chmodSync(path, 0o644);
  const warnings: string[] = [];
  loadKey(path, { onWarning: (m) => warnings.push(m) });
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /chmod 600/);
});

test('the context setting is kept in the key file; the default leaves the file as before', () => {
  for (const context of ['one-word', 'adaptive'] as const) {
    const key = generateKey({ context });
    const path = join(dir, `ctx-${context}.key`);
    saveKey(path, key);
    assert.equal(JSON.parse(readFileSync(path, 'utf8')).context, context);
    assert.deepEqual(loadKey(path), key);
  }
  const plain = generateKey({ context: 'two-words' });
  assert.equal(plain.context, undefined);
  const path = join(dir, 'ctx-bad.key');
  writeFileSync(path, JSON.stringify({ type: 'distillguard-watermark-key', version: 1, secret: Buffer.alloc(32, 3).toString('base64'), context: 'three-words' }), { mode: 0o600 });
  assert.equal(code(() => loadKey(path)), 'WATERMARK_KEY');
});

test('new keys mark with the latest table and say so in the file; files without a table keep table 1', () => {
  const key = generateKey();
  assert.equal(key.table, LATEST_TABLE);
  const file = JSON.parse(serializeKey(key));
  assert.equal(file.version, 2);
  assert.equal(file.table, LATEST_TABLE);
  // A key file written before tables existed: version 1, no table field, id a hash of the secret alone.
  const secret = Buffer.alloc(32, 5);
  const old = JSON.stringify({ type: 'distillguard-watermark-key', version: 1, id: fingerprint(secret), secret: secret.toString('base64') });
  const back = parseKey(old);
  assert.equal(back.table, 1);
  assert.equal(back.id, fingerprint(secret));
  assert.equal(serializeKey(back), old + '\n', 'a table-1 key is written back exactly as before');
  assert.deepEqual(keyFromSecret(secret, { table: 1 }), back);
  // The same secret with another table is another key id, so a logged id names the table too.
  assert.notEqual(keyFromSecret(secret).id, back.id);
  assert.deepEqual(parseKey(serializeKey(keyFromSecret(secret))), keyFromSecret(secret));
});

test('a key file whose table does not match its version or id is refused', () => {
  const secret = Buffer.alloc(32, 6);
  const base = { type: 'distillguard-watermark-key', secret: secret.toString('base64') };
  assert.equal(code(() => parseKey(JSON.stringify({ ...base, version: 1, table: 2 }))), 'WATERMARK_KEY');
  assert.equal(code(() => parseKey(JSON.stringify({ ...base, version: 2 }))), 'WATERMARK_KEY');
  assert.equal(code(() => parseKey(JSON.stringify({ ...base, version: 2, table: 9 }))), 'WATERMARK_KEY');
  // Editing the table of a saved key is caught by its id.
  const edited = { ...base, version: 2, table: 2, id: fingerprint(secret, 1) };
  assert.equal(code(() => parseKey(JSON.stringify(edited))), 'WATERMARK_KEY');
  assert.equal(code(() => keyFromSecret(secret, { table: 3 as never })), 'WATERMARK_KEY');
});
