/**
 * Sample prompts for the case file: the first few prompts of each account in file order, truncated. Kept while the
 * interactions are read (wherever that happens: in process or in the observe worker), so no prompt text has to
 * travel with the observations. They are spooled to a file as they come, not held: a scale-1 world has 135,000
 * accounts (≈ 250 MB of samples) while a case file quotes a dozen prompts per campaign, read back at the end for the
 * campaigns' members only (readPromptSamples).
 */
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { EngineRecord } from '../dataset/columnar.js';

export interface PromptSampleOptions {
  /** Prompts kept per account. */
  perAccount: number;
  /** Characters kept per prompt. */
  chars: number;
  /** The spool file (JSON lines of [account, prompt]); created, or emptied, when sampling starts. */
  file: string;
}

const FULL = 0;

/** Lines written to the spool at once. */
const FLUSH_LINES = 2048;

export class PromptSamples {
  /** Per account, the request ids sampled so far (a repeated id is not sampled twice), or FULL once done. */
  private readonly kept = new Map<string, string[] | typeof FULL>();
  private pending: string[] = [];
  private fd: number | null;

  constructor(readonly options: PromptSampleOptions) {
    this.fd = openSync(options.file, 'w');
  }

  /** Offers one record, in file order; a record repeating a sampled id (a log delivered twice) is skipped. */
  add(i: Pick<EngineRecord, 'id' | 'account_id' | 'prompt'>): void {
    const ids = this.kept.get(i.account_id) ?? [];
    if (ids === FULL || ids.includes(i.id) || this.options.perAccount <= 0) return;
    ids.push(i.id);
    this.kept.set(i.account_id, ids.length >= this.options.perAccount ? FULL : ids);
    this.pending.push(JSON.stringify([i.account_id, i.prompt.slice(0, this.options.chars)]));
    if (this.pending.length >= FLUSH_LINES) this.flush();
  }

  /** Writes what is pending and closes the spool (safe to call twice). */
  close(): void {
    if (this.fd === null) return;
    this.flush();
    closeSync(this.fd);
    this.fd = null;
  }

  private flush(): void {
    if (this.pending.length === 0 || this.fd === null) return;
    writeSync(this.fd, this.pending.join('\n') + '\n');
    this.pending = [];
  }
}

/** The spooled samples of the given accounts, in file order. */
export async function readPromptSamples(file: string, accounts: ReadonlySet<string>): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    const [account, prompt] = JSON.parse(line) as [string, string];
    if (!accounts.has(account)) continue;
    const list = out.get(account);
    if (list) list.push(prompt);
    else out.set(account, [prompt]);
  }
  return out;
}
