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
    if (s.length < this.options.perAccount) s.push(detached(i.prompt, this.options.chars));
  }
}

/**
 * The first `chars` characters of `text` as a string of their own. V8 makes a slice of a long string a view that keeps
 * the whole string alive: three samples of each of 135,000 accounts then held every long paste they were cut from.
 * Slicing a concatenation copies it first, so the sample holds only its own characters.
 */
function detached(text: string, chars: number): string {
  return text.length <= chars ? text : (' ' + text.slice(0, chars)).slice(1);
}
