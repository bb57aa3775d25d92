import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderLetterHtml, type LetterContext } from './letter.js';
import { sampleCase } from './test-fixtures.js';

const base: LetterContext = { tlp: 'amber', evaluation: null, actions: null, signOff: null };

test('the letter says what it knows of the actions taken: no review log, an empty one, or the actions', () => {
  assert.match(renderLetterHtml(sampleCase(), base), /No review log was supplied with this case/);
  const empty = renderLetterHtml(sampleCase(), { ...base, actions: [] });
  assert.match(empty, /No review action on these accounts is recorded in the review log supplied with this case/);
  const some = renderLetterHtml(sampleCase(), { ...base, actions: [{ at: '2026-04-30T10:00:00.000Z', action: 'confirm', accounts: 3, by: 'dana' }] });
  assert.match(some, /<td>confirm<\/td><td class="num">3<\/td><td>dana<\/td>/);
});
