import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectLicences, COPYLEFT, LICENCES_DOC, licencesMarkdown } from './licences.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test('no installed dependency is under a copyleft licence (GPL, AGPL, LGPL, SSPL, EUPL)', () => {
  const list = collectLicences(ROOT);
  assert.ok(list.length > 20, 'the walk reaches the transitive dependencies');
  assert.ok(list.some((p) => p.name === 'playwright-core' && p.scope === 'runtime'), 'playwright-core prints the PDFs at run time');
  assert.ok(!list.some((p) => p.name === 'ua-parser-js'), 'ua-parser-js 2 (AGPL-3.0) is no dependency');
  assert.deepEqual(list.filter((p) => COPYLEFT.test(p.licence)).map((p) => `${p.name} ${p.licence}`), []);
  assert.ok(COPYLEFT.test('AGPL-3.0-or-later') && COPYLEFT.test('GPL-2.0') && COPYLEFT.test('LGPL-3.0') && !COPYLEFT.test('MIT'));
});

test('docs/licences.md lists every dependency as installed now', () => {
  assert.equal(readFileSync(LICENCES_DOC, 'utf8'), licencesMarkdown(ROOT, collectLicences(ROOT)), 'regenerate with node dist/scripts/licences.js');
});
