/** Scenario loading and validation: built-ins parse, mistakes are SCENARIO_INVALID with the offending path. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DistillguardError } from '../errors.js';
import { personaCounts, campaignAccounts } from './population.js';
import { loadScenario, validateScenario } from './scenario.js';

function base(): Record<string, any> {
  return {
    name: 't', start: '2026-04-22T00:00:00Z', days: 3, models: [{ name: 'm', share: 1 }],
    organic: { accounts: 100, personas: { casual: 1 } },
    campaigns: [{ id: 'c1', accounts: 10, requests_per_account_day: 20, tactics: [{ tactic: 'work-queue', mix: { maths: 1 } }] }],
  };
}

function invalid(doc: unknown, pathPart: string): void {
  assert.throws(() => validateScenario(doc), (e: unknown) => e instanceof DistillguardError && e.code === 'SCENARIO_INVALID' && e.message.includes(pathPart), `expected SCENARIO_INVALID mentioning ${pathPart}`);
}

describe('scenarios', () => {
  it('loads the built-ins', () => {
    const q = loadScenario('quick');
    assert.equal(q.name, 'quick');
    const j = loadScenario('june-2026');
    assert.equal(j.days, 44);
    const attack = j.campaigns.reduce((a, c) => a + c.accounts, 0);
    assert.equal(attack, 25_000);
    assert.ok(j.organic.accounts >= 100_000);
    assert.ok(j.release && j.campaigns.every((c) => c.tactics.some((t) => t.tactic === 'model-pivot')));
  });

  it('accepts a minimal valid document and fills defaults', () => {
    const s = validateScenario(base());
    assert.equal(s.campaigns[0]!.active_day_share, 0.92);
    assert.equal(s.campaigns[0]!.persona, null);
    assert.deepEqual(s.campaigns[0]!.subteams, []);
    const t = base(); t.campaigns[0].subteams = [{ name: 'a', cover: 0.2, tls: 'random' }, { clients: { curl: 2 } }];
    const teams = validateScenario(t).campaigns[0]!.subteams;
    assert.deepEqual(teams.map((x) => [x.name, x.cover, x.tls]), [['a', [0.2, 0.2], 'random'], ['team-2', null, null]]);
  });

  it('reports mistakes with their path', () => {
    const b1 = base(); b1.days = 0; invalid(b1, 'days');
    const b2 = base(); b2.organic.personas.hacker = 1; invalid(b2, 'organic.personas.hacker');
    const b3 = base(); b3.campaigns[0].tactics.push({ tactic: 'teleport' }); invalid(b3, 'campaigns[0].tactics[1].tactic');
    const b4 = base(); b4.campaigns[0].tactics = [{ tactic: 'camouflage' }]; invalid(b4, 'campaigns[0].tactics');
    const b5 = base(); b5.campaigns[0].tactics.push({ tactic: 'camouflage', share: 2 }); invalid(b5, 'campaigns[0].tactics[1].share');
    const b6 = base(); b6.start = '22/04/2026'; invalid(b6, 'start');
    const b7 = base(); b7.campaigns.push({ ...b7.campaigns[0] }); invalid(b7, 'duplicate');
    const b8 = base(); b8.colour = 'red'; invalid(b8, 'scenario.colour');
    const b9 = base(); b9.campaigns[0].tactics.push({ tactic: 'datacenter-proxies', rotate: 'hourly' }); invalid(b9, 'rotate');
    const b10 = base(); b10.campaigns[0].subteams = [{ share: 1, cover: [0.4, 0.1] }]; invalid(b10, 'campaigns[0].subteams[0].cover');
    const b11 = base(); b11.campaigns[0].subteams = [{ clients: ['netscape'] }]; invalid(b11, 'campaigns[0].subteams[0].clients[0]');
    const b12 = base(); b12.organic.client_quirks = { proxy: 0.1 }; invalid(b12, 'organic.client_quirks.proxy');
    const b13 = base(); b13.campaigns[0].tactics.push({ tactic: 'phrasing', languages: ['xx'] }); invalid(b13, 'languages');
  });

  it('loads a scenario file by path and rejects unparsable or missing ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-scn-'));
    try {
      writeFileSync(join(dir, 's.json'), JSON.stringify(base()));
      assert.equal(loadScenario(join(dir, 's.json')).name, 't');
      writeFileSync(join(dir, 'bad.yaml'), 'name: [unclosed');
      assert.throws(() => loadScenario(join(dir, 'bad.yaml')), (e: unknown) => e instanceof DistillguardError && e.code === 'SCENARIO_INVALID');
      assert.throws(() => loadScenario(join(dir, 'nope.yaml')), (e: unknown) => e instanceof DistillguardError && e.code === 'SCENARIO_NOT_FOUND');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('scales persona and campaign counts, keeping floors', () => {
    const s = loadScenario('june-2026');
    const full = personaCounts(s, 1);
    const small = personaCounts(s, 0.01);
    assert.ok(Math.abs(small.casual / full.casual - 0.01) < 0.001);
    assert.equal(small['enterprise-app'], 20); // floor
    assert.deepEqual(campaignAccounts(s, 0.01), s.campaigns.map((c) => Math.round(c.accounts * 0.01)));
    const total = Object.values(full).reduce((a, b) => a + b, 0);
    assert.ok(total >= 110_000 && total < 111_000, `organic ${total}`);
  });
});
