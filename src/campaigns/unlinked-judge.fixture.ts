/** The account-level path run alone over hand-built accounts, for tests: the accounts it flags after two steps. */
import type { AccountState } from '../accounts/state.js';
import { UnlinkedPath, type UnlinkedVerdict } from './unlinked.js';

export function flaggedAlone(states: AccountState[]): UnlinkedVerdict[] {
  const verdicts = new Map<number, UnlinkedVerdict>();
  const path = new UnlinkedPath();
  let opened = 0;
  // Two steps: a cohort is formed in one and joined in the next.
  for (let step = 0; step < 2; step++) path.run(states, [], verdicts, () => `C${++opened}`, new Set());
  return states.map((_, a) => verdicts.get(a)).filter((v): v is UnlinkedVerdict => v?.flagged === true);
}
