import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CollectionFile, listenTaxii, pullTaxii, TAXII_MEDIA_TYPE } from './taxii.js';
import { IntelStore } from './indicators.js';
import { toStixBundle } from '../report/stix.js';
import { sampleCase } from '../report/test-fixtures.js';
import { stixBundleValidator } from '../report/stix-schema.js';

const BIN = fileURLToPath(new URL('../cli/bin.js', import.meta.url));
const validate = stixBundleValidator();
const asBundle = (objects: Record<string, unknown>[]) => ({ type: 'bundle', id: 'bundle--6f1c2b5e-3d4a-5b6c-8d7e-9f0a1b2c3d4e', objects });

/** Starts `distillguard indicators serve` and resolves with its discovery URL. */
function serveCli(dir: string, token: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [BIN, 'indicators', 'serve', '--intel', dir, '--token', token, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((ok, fail) => {
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /discovery at (\S+)/.exec(err);
      if (m) ok({ url: m[1]!, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => fail(new Error(`indicators serve exited ${code}: ${err}`)));
  });
}

test('TAXII 2.1 between two providers: B pulls A page by page, imports, republishes; auth, media types, added_after', { timeout: 60_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'dg-taxii-'));
  const dirA = join(root, 'a'), dirB = join(root, 'b');
  const a = toStixBundle(sampleCase(), { identityName: 'Provider A' });
  assert.ok(validate(a).valid);
  writeFileSync(join(root, 'a.json'), JSON.stringify(a));
  execFileSync(process.execPath, [BIN, 'indicators', 'publish', join(root, 'a.json'), '--intel', dirA]);
  const serverA = await serveCli(dirA, 'token-a');
  const collectionB = new CollectionFile(dirB);
  const b = await listenTaxii({ title: 'Provider B', collection: { id: 'indicators', title: 'B' }, entries: () => collectionB.list(), tokens: ['token-b'] }, 0);
  try {
    // The protocol surface: discovery, API root, collections, media types, auth, Accept.
    const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers: { accept: TAXII_MEDIA_TYPE, authorization: 'Bearer token-a', ...headers } });
    const disc = await get(serverA.url);
    assert.equal(disc.status, 200);
    assert.equal(disc.headers.get('content-type'), TAXII_MEDIA_TYPE);
    const d = (await disc.json()) as { api_roots: string[]; default: string };
    assert.equal(d.api_roots.length, 1);
    const rootInfo = (await (await get(d.default)).json()) as { versions: string[] };
    assert.deepEqual(rootInfo.versions, [TAXII_MEDIA_TYPE]);
    const cols = (await (await get(d.default + 'collections/')).json()) as { collections: { id: string; can_read: boolean; can_write: boolean; media_types: string[] }[] };
    assert.deepEqual(cols.collections.map((c) => [c.id, c.can_read, c.can_write]), [['indicators', true, false]]);
    assert.deepEqual(cols.collections[0]!.media_types, ['application/stix+json;version=2.1']);
    const noAuth = await fetch(serverA.url, { headers: { accept: TAXII_MEDIA_TYPE } });
    assert.equal(noAuth.status, 401);
    assert.match(noAuth.headers.get('www-authenticate') ?? '', /Bearer/);
    assert.equal(((await noAuth.json()) as { http_status: string }).http_status, '401', 'errors are TAXII error messages');
    assert.equal((await get(serverA.url, { authorization: 'Bearer wrong' })).status, 401);
    assert.equal((await get(serverA.url, { accept: 'application/taxii+json;version=2.0' })).status, 406);
    assert.equal((await get(d.default + 'collections/nope/objects/')).status, 404);
    assert.equal((await get(d.default + 'collections/indicators/objects/?added_after=yesterday')).status, 400);

    // B pulls A two objects a page; every page holds valid STIX 2.1 objects; nothing is lost or repeated.
    const pulled = await pullTaxii({ discovery: serverA.url, token: 'token-a', limit: 2 });
    assert.equal(pulled.pages, Math.ceil(a.objects.length / 2));
    assert.deepEqual(pulled.objects.map((o) => o.id), a.objects.map((o) => o.id));
    const v = validate(asBundle(pulled.objects));
    assert.ok(v.valid, v.errors.join('; '));
    const page = await get(d.default + 'collections/indicators/objects/?limit=2');
    const env = (await page.json()) as { more: boolean; next: string; objects: unknown[] };
    assert.equal(env.more, true);
    assert.equal(env.objects.length, 2);
    assert.ok(page.headers.get('x-taxii-date-added-first') && page.headers.get('x-taxii-date-added-last'));

    // B imports them through the CLI (provenance: source names provider A), then serves them on.
    writeFileSync(join(root, 'pulled.json'), JSON.stringify(asBundle(pulled.objects)));
    const imported = JSON.parse(execFileSync(process.execPath, [BIN, 'indicators', 'import', serverA.url, '--token', 'token-a', '--source', 'provider-a', '--intel', dirB, '--json'], { encoding: 'utf8' })) as { added: number; skipped: unknown[] };
    const indicators = a.objects.filter((o) => o.type === 'indicator').length;
    assert.equal(imported.added, indicators);
    assert.deepEqual(imported.skipped, []);
    assert.ok(new IntelStore(dirB).list().every((i) => i.source === 'provider-a'));
    collectionB.publish(pulled.objects, Date.now());
    const fromB = await pullTaxii({ discovery: b.url, token: 'token-b' });
    assert.deepEqual(fromB.objects.map((o) => o.id), a.objects.map((o) => o.id));

    // added_after: a later pull from A gets only what A published since.
    const since = pulled.lastAdded!;
    assert.equal((await pullTaxii({ discovery: serverA.url, token: 'token-a', addedAfter: since })).objects.length, 0);
    const next = toStixBundle({ ...sampleCase(), campaign: { id: 'C0002', score: 0.9, reasons: [] } }, { identityName: 'Provider A' });
    writeFileSync(join(root, 'a2.json'), JSON.stringify(next));
    execFileSync(process.execPath, [BIN, 'indicators', 'publish', join(root, 'a2.json'), '--intel', dirA]);
    const delta = await pullTaxii({ discovery: serverA.url, token: 'token-a', addedAfter: since, limit: 3 });
    const fresh = next.objects.filter((o) => !a.objects.some((x) => x.id === o.id && x.modified === o.modified));
    assert.deepEqual(delta.objects.map((o) => o.id).sort(), fresh.map((o) => o.id).sort());
    assert.ok(delta.objects.length > 0 && delta.objects.length < next.objects.length, 'shared objects (identity, marking) are not sent again');
    assert.ok(validate(asBundle(delta.objects)).valid);
  } finally {
    serverA.stop();
    await new Promise<void>((ok) => b.server.close(() => ok()));
    rmSync(root, { recursive: true, force: true });
  }
});
