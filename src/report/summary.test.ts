import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duration, flagSentence, linksSentence, summaryParagraph } from './summary.js';
import { sampleCase } from './test-fixtures.js';

test('durations are unsigned and honest below an hour', () => {
  assert.equal(duration(0.2), 'less than an hour');
  assert.equal(duration(1.4), '1 hour');
  assert.equal(duration(-5.4), '5 hours');
  assert.equal(duration(31.2), '31 hours');
  assert.equal(duration(-1.3 * 24), '31 hours');
  assert.equal(duration(55), '2.3 days');
});

test('a flag before the first request is stated as before, never as "1 hour after"', () => {
  const m = sampleCase();
  m.headline = { ...m.headline, first_activity: '2026-04-22T00:00:00.000Z', first_member_flagged_at: '2026-04-19T16:48:00.000Z', flag_delay_hours: -55.2, flagged_members: 2, first_flagged_at: '2026-04-19T16:48:00.000Z' };
  const s = flagSentence(m);
  assert.match(s, /April 19, 2026 16:48 UTC, 2\.3 days before the campaign's first request, from its sign-up details alone/);
  assert.doesNotMatch(s, /after/);
  assert.match(s, /2 of the 3 accounts were flagged/);
  const later = sampleCase();
  later.headline = { ...later.headline, first_member_flagged_at: '2026-04-22T00:20:00.000Z', flag_delay_hours: 0.3, first_flagged_at: '2026-04-23T01:00:00.000Z' };
  assert.match(flagSentence(later), /less than an hour after the campaign's first request; all 3 accounts were flagged by the end of the data\. It grouped them as campaign C0001 on April 23, 2026 01:00 UTC\./);
});

test('the links sentence lists links with their share and an example; network facts are not called links', () => {
  const m = sampleCase();
  const s = linksSentence(m)!;
  assert.match(s, /^The accounts are linked by a shared prompt template \(100% of members; for example, 3 members used template 0a1b2c3d/);
  assert.match(s, /a shared payment instrument \(100% of members; for example, 3 members paid with one instrument/);
  assert.doesNotMatch(s, /datacenter|IP addresses/);
  const p = summaryParagraph(m);
  assert.match(p, /100% of their traffic came through datacenter or VPN addresses; they used 40 IP addresses/);
  assert.equal(linksSentence({ ...m, links: [] }), null, 'no link, no claim of one');
});

test('accounts created on one day are said to be, not "between" a day and itself', () => {
  const m = sampleCase();
  assert.match(summaryParagraph(m), /the accounts were all created on April 20, 2026/);
  m.infrastructure.signup.last_created_at = '2026-04-23T09:00:00.000Z';
  assert.match(summaryParagraph(m), /the accounts were created between April 20, 2026 and April 23, 2026/);
});
