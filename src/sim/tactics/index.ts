/** Registry of attack tactics by the name used in scenario files. */
import { agedAccounts } from './aged-accounts.js';
import { benchmarkSweep } from './benchmark-sweep.js';
import { bulkFormat } from './bulk-format.js';
import { camouflage } from './camouflage.js';
import { cotElicitation } from './cot-elicitation.js';
import { datacenterProxies } from './datacenter-proxies.js';
import { fakeTimezone } from './fake-timezone.js';
import { followUpTurns } from './follow-up-turns.js';
import { highMaxTokens } from './high-max-tokens.js';
import { humanPacing } from './human-pacing.js';
import { instructionSweep } from './instruction-sweep.js';
import { modelPivot } from './model-pivot.js';
import { phrasing } from './phrasing.js';
import { randomisedTls } from './randomised-tls.js';
import { residentialProxies } from './residential-proxies.js';
import { rubricGrading } from './rubric-grading.js';
import { shareNothing } from './share-nothing.js';
import { sharedPayment } from './shared-payment.js';
import { signupBurst } from './signup-burst.js';
import type { Tactic } from './tactic.js';
import { uaSpoofing } from './ua-spoofing.js';
import { workQueue } from './work-queue.js';

export const TACTICS = {
  'work-queue': workQueue,
  'cot-elicitation': cotElicitation,
  'high-max-tokens': highMaxTokens,
  'datacenter-proxies': datacenterProxies,
  'residential-proxies': residentialProxies,
  'signup-burst': signupBurst,
  'shared-payment': sharedPayment,
  'ua-spoofing': uaSpoofing,
  camouflage,
  'aged-accounts': agedAccounts,
  'follow-up-turns': followUpTurns,
  'rubric-grading': rubricGrading,
  'instruction-sweep': instructionSweep,
  'model-pivot': modelPivot,
  'fake-timezone': fakeTimezone,
  phrasing,
  'benchmark-sweep': benchmarkSweep,
  'bulk-format': bulkFormat,
  'randomised-tls': randomisedTls,
  'share-nothing': shareNothing,
  'human-pacing': humanPacing,
} satisfies Record<string, Tactic>;

export type TacticName = keyof typeof TACTICS;

/** Tactics that must run before others (they set what later tactics add to). */
export const TACTIC_ORDER: TacticName[] = ['work-queue'];
export type { Tactic };
