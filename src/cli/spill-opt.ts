/** The `--spill-dir`/`--spill-after` options of `analyze`, `serve` and `worker --role account|campaign` (accounts/spill.ts). */
import { tmpdir } from 'node:os';
import type { SpillOptions } from '../accounts/spill.js';
import { boundedNumberOpt, stringOpt, type CommandContext } from './command.js';

/** Idle threshold of `--spill-dir` without `--spill-after`, in hours. */
export const DEFAULT_SPILL_AFTER_HOURS = 72;

export const SPILL_OPTIONS = {
  'spill-dir': { type: 'string', value: 'DIR', description: "spill idle accounts' state to a scratch file in DIR (default with --spill-after: the system's temporary directory)" },
  'spill-after': { type: 'string', value: 'HOURS', description: `spill accounts idle for HOURS of event time (default with --spill-dir: ${DEFAULT_SPILL_AFTER_HOURS}); read back when they return` },
} as const;

/** Spilling of idle accounts: on when either option is given. */
export function spillOpt(ctx: CommandContext): SpillOptions {
  const dir = stringOpt(ctx, 'spill-dir');
  if (dir === undefined && ctx.values['spill-after'] === undefined) return { kind: 'off' };
  const hours = boundedNumberOpt(ctx, 'spill-after', DEFAULT_SPILL_AFTER_HOURS, { min: 0 });
  return { kind: 'disk', dir: dir ?? tmpdir(), afterMs: hours * 3_600_000 };
}
