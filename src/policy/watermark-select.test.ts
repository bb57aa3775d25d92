import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicy } from './config.js';
import { selectWatermark, type WatermarkSubject } from './watermark-select.js';
import type { Decision } from './decide.js';

const allow: Decision = { action: 'allow', enforce: true, reasons: [] };
const subject = (o: Partial<WatermarkSubject> = {}): WatermarkSubject => ({ tier: 'build', risk: null, decision: allow, dryRun: false, ...o });

test('watermark policy: absent section is null; selectors parse as discriminated unions', () => {
  assert.equal(parsePolicy('').watermark, null);
  const p = parsePolicy(`
watermark:
  key_file: /etc/dg/wm.key
  lexical: { apply: tiers, tiers: [free, build] }
  reasoning: all
  marker: { apply: action, min_action: throttle }
`);
  assert.deepEqual(p.watermark, { key_file: '/etc/dg/wm.key', lexical: { apply: 'tiers', tiers: ['free', 'build'] }, reasoning: 'all', marker: { apply: 'action', min_action: 'throttle' } });
  assert.deepEqual(parsePolicy('watermark: { lexical: all }').watermark, { key_file: null, lexical: { apply: 'all' }, reasoning: 'unsigned', marker: { apply: 'none' } });
  assert.deepEqual(parsePolicy('watermark: { lexical: { apply: risk, min_risk: 0.6 } }').watermark?.lexical, { apply: 'risk', min_risk: 0.6 });
});

test('watermark policy: mistakes are named errors', () => {
  const bad = (yaml: string, re: RegExp) => assert.throws(() => parsePolicy(yaml), (e: Error & { code?: string }) => e.code === 'CONFIG_INVALID' && re.test(e.message));
  bad('watermark: { lexical: sometimes }', /watermark\.lexical must be a mapping/);
  bad('watermark: { lexical: { apply: tiers } }', /watermark\.lexical\.tiers must be a non-empty list/);
  bad('watermark: { lexical: { apply: tiers, tiers: [gold] } }', /tiers\[0\] must be one of/);
  bad('watermark: { lexical: { apply: risk, min_risk: 2 } }', /min_risk must be <= 1/);
  bad('watermark: { lexical: { apply: all, min_risk: 0.5 } }', /min_risk does not go with apply: all/);
  bad('watermark: { marker: { apply: action, min_action: allow } }', /min_action must be one of flag/);
  bad('watermark: { reasoning: some }', /watermark\.reasoning must be all, unsigned or none/);
  bad('watermark: { keyfile: x }', /watermark\.keyfile is not a known key/);
});

test('selection: all, tiers, risk and action; risk and action selections are only shadowed in dry-run', () => {
  assert.equal(selectWatermark({ apply: 'none' }, subject()), 'skip');
  assert.equal(selectWatermark({ apply: 'all' }, subject({ dryRun: true })), 'apply');
  assert.equal(selectWatermark({ apply: 'tiers', tiers: ['free'] }, subject()), 'skip');
  assert.equal(selectWatermark({ apply: 'tiers', tiers: ['free', 'build'] }, subject()), 'apply');
  const risk = { apply: 'risk', min_risk: 0.5 } as const;
  assert.equal(selectWatermark(risk, subject({ risk: null })), 'skip');
  assert.equal(selectWatermark(risk, subject({ risk: 0.49 })), 'skip');
  assert.equal(selectWatermark(risk, subject({ risk: 0.5 })), 'apply');
  assert.equal(selectWatermark(risk, subject({ risk: 0.9, dryRun: true })), 'shadow');
  const action = { apply: 'action', min_action: 'throttle' } as const;
  assert.equal(selectWatermark(action, subject({ decision: { action: 'flag', enforce: true, reasons: [] } })), 'skip');
  assert.equal(selectWatermark(action, subject({ decision: { action: 'withhold_reasoning', enforce: true, reasons: [] } })), 'apply');
  assert.equal(selectWatermark(action, subject({ decision: { action: 'block', enforce: false, reasons: [] } })), 'shadow');
});
