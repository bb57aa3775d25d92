/**
 * The campaign a follow-up script's users join (unlinked.ts scriptCampaign): the campaign that already holds most of
 * them, else the script's own. A third of a script's users put in another operation's campaign by likeness (AA1: 6
 * hands of a careful operation grouped with near copies of a relay of bare-item accounts) must not make the whole
 * script that operation's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scriptCampaign, type UnlinkedVerdict } from './unlinked.js';

const USERS = Array.from({ length: 24 }, (_, a) => a);

/** Verdicts with the first `n` users flagged in campaign `id` by another path. */
function flaggedIn(id: string, n: number, reason = 'similar:work-queue'): Map<number, UnlinkedVerdict> {
  const verdicts = new Map<number, UnlinkedVerdict>();
  for (let a = 0; a < n; a++) verdicts.set(a, { risk: 0.6, flagged: true, campaign: id, reasons: ['campaign:member', reason] });
  return verdicts;
}

test('a script a third of whose users another campaign holds opens its own', () => {
  assert.equal(scriptCampaign(USERS, flaggedIn('C-relay', 8), new Map()), null);
});

test('a script most of whose users one campaign holds joins it', () => {
  assert.equal(scriptCampaign(USERS, flaggedIn('C-found', 13), new Map()), 'C-found');
});

test('a script keeps its campaign from the last regrouping, and its own flags do not count as another path\'s', () => {
  const before = new Map(USERS.map((a) => [a, { campaign: 'C-script' }]));
  assert.equal(scriptCampaign(USERS, flaggedIn('C-relay', 8), before), 'C-script');
  assert.equal(scriptCampaign(USERS, flaggedIn('C-script', 24, 'similar:follow-up-script'), new Map()), null);
});
