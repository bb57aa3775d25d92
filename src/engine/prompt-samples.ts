/**
 * Sample prompts for the case file: the first few prompts of each account in file order, truncated. Kept while the
 * interactions are read (wherever that happens: in process or in the observe worker), so no prompt text has to
 * travel with the observations.
 */
import type { Interaction } from '../dataset/types.js';

export interface PromptSampleOptions {
  /** Prompts kept per account. */
  perAccount: number;
  /** Characters kept per prompt. */
  chars: number;
}

export class PromptSamples {
  readonly byAccount = new Map<string, string[]>();

  constructor(readonly options: PromptSampleOptions) {}

  /** Offers one record, in file order. */
  add(i: Interaction): void {
    let s = this.byAccount.get(i.account_id);
    if (!s) this.byAccount.set(i.account_id, (s = []));
    if (s.length < this.options.perAccount) s.push(i.prompt.slice(0, this.options.chars));
  }
}
