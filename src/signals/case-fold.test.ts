import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldCase } from './case-fold.js';

test('foldCase: same matches as /i on any case, escapes keep their meaning', () => {
  const cases: [RegExp, string[]][] = [
    [/\bCORRECT\b|\bgrade [A-F]\b/i, ['Grade B', 'correct', 'CoRrEcT!', 'graded x', 'incorrect']],
    [/(?:^|\n)\s*\S+ IMPORT \w+/i, ['from x import y', '\n  FROM X IMPORT Y', 'import']],
    [/\bstep[- ]by[- ]step\b\D/i, ['Step-By-Step.', 'step by step9', 'stepbystep ']],
  ];
  for (const [re, inputs] of cases) {
    const folded = foldCase(re);
    assert.equal(folded.flags.includes('i'), false);
    for (const s of inputs) assert.equal(folded.test(s.toLowerCase()), re.test(s), `${re} on ${JSON.stringify(s)}`);
  }
  assert.throws(() => foldCase(/abc/), /not case-insensitive/);
});
