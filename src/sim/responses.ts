/**
 * Short synthetic responses for `--responses` (providers often do not log outputs, so the default is null). They only
 * need the right flavour per capability; nothing downstream should rely on their content.
 */
import type { Capability } from './corpora.js';
import type { Rng } from './rng.js';

const BANK: Record<Capability, string[]> = {
  coding: ['Here is an implementation:\n\n```python\ndef solve(items):\n    return sorted(set(items))\n```\n\nIt runs in O(n log n).', 'The bug is an off-by-one in the loop bound; change `<=` to `<`.', "```ts\nexport function parse(input: string) {\n  return input.split(',').map(Number);\n}\n```"],
  maths: ['Step 1: compute the total. Step 2: subtract what was used. The answer is 18.', "Let's set up the equation 3x + 4 = 19, so x = 5.", 'The probability is 3/8 (0.375).'],
  reasoning: ['Reasoning: from the first two statements it follows that B is the knave. Answer: A is a knight, B is a knave.', 'Ordering the facts gives C > A > B, so C is the tallest.'],
  agentic: ["I'll call the search tool first: search('latest release notes').", 'Calling calendar.create_event with the requested time.'],
  creative: ['The rain had not stopped for three days when the letter arrived...', 'Roses lean toward the morning light, / patient as a held breath.'],
  other: ['Sure! Here is a short summary:\n- Point one\n- Point two', 'Thanks for reaching out. Here is what I suggest.', 'In short: yes, but it depends on your situation.'],
};
const J: Record<Capability, string[]> = Object.fromEntries(Object.entries(BANK).map(([k, v]) => [k, v.map((s) => JSON.stringify(s))])) as Record<Capability, string[]>;

export function responseJ(cap: Capability, status: number, rng: Rng): string {
  if (status !== 200) return 'null';
  return rng.pick(J[cap]);
}
