/**
 * The shape of one CLI command. Each command lives in its own file and declares its options, so
 * `--help` and usage errors are generated from one description.
 */
import { mkdirSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DistillguardError } from '../errors.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean;
  /** Placeholder for the value in help, e.g. `DIR`. */
  value?: string;
  description: string;
}

export interface Command {
  name: string;
  summary: string;
  /** Positional arguments, e.g. `DATASET VERDICTS`. */
  args?: string;
  options: Record<string, OptionSpec>;
  /** Extra help text (examples, notes). */
  details?: string;
  run(ctx: CommandContext): Promise<number | void>;
}

export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function helpText(cmd: Command): string {
  const lines = [`Usage: distillguard ${cmd.name}${cmd.args ? ' ' + cmd.args : ''} [options]`, '', cmd.summary, '', 'Options:'];
  const entries = Object.entries(cmd.options).concat([['help', { type: 'boolean', short: 'h', description: 'show this help' }]]);
  for (const [name, o] of entries) {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
    const def = o.default !== undefined && o.default !== false ? ` (default: ${String(o.default)})` : '';
    lines.push(`  ${flag.padEnd(30)} ${o.description}${def}`);
  }
  if (cmd.details) lines.push('', cmd.details.trim());
  return lines.join('\n') + '\n';
}

/** Parses argv for a command; unknown options are usage errors (exit code 2). */
export function parseCommandArgs(cmd: Command, argv: string[]): CommandContext & { help: boolean } {
  const options: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(cmd.options)) {
    options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}), ...(o.default !== undefined ? { default: o.default } : {}) } as NonNullable<ParseArgsConfig['options']>[string];
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as CommandContext['values'], positionals, help: values.help === true };
  } catch (e) {
    throw new DistillguardError('USAGE', (e as Error).message);
  }
}

/** Helpers for reading typed option values with clear usage errors. */
export function stringOpt(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function requiredOpt(ctx: CommandContext, name: string): string {
  const v = stringOpt(ctx, name);
  if (v === undefined || v === '') throw new DistillguardError('USAGE', `--${name} is required`);
  return v;
}

export function numberOpt(ctx: CommandContext, name: string, fallback: number): number {
  const v = stringOpt(ctx, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new DistillguardError('USAGE', `--${name} must be a number, got "${v}"`);
  return n;
}

export function positional(ctx: CommandContext, index: number, name: string): string {
  const v = ctx.positionals[index];
  if (v === undefined) throw new DistillguardError('USAGE', `missing argument ${name}`);
  return v;
}

/** Bounds a numeric option must respect; a value outside them is a usage error that says which. */
export interface NumberBounds {
  /** Smallest allowed value; with `exclusive`, the value must be greater. */
  min?: number;
  exclusive?: boolean;
  max?: number;
  integer?: boolean;
}

export function boundedNumberOpt(ctx: CommandContext, name: string, fallback: number, bounds: NumberBounds): number {
  const n = numberOpt(ctx, name, fallback);
  const { min, max, exclusive = false, integer = false } = bounds;
  const fail = (what: string): never => {
    throw new DistillguardError('USAGE', `--${name} must be ${what}, got ${stringOpt(ctx, name) ?? n}`);
  };
  if (integer && !Number.isInteger(n)) fail(min !== undefined ? `an integer of at least ${min}` : 'an integer');
  if (min !== undefined && max !== undefined && (n < min || n > max || (exclusive && n === min))) fail(`between ${min} and ${max}`);
  if (min !== undefined && exclusive && n <= min) fail(`greater than ${min}`);
  if (min !== undefined && n < min) fail(integer ? `an integer of at least ${min}` : min === 0 ? '0 or more' : `at least ${min}`);
  if (max !== undefined && n > max) fail(`at most ${max}`);
  return n;
}

/**
 * The output directory named by --out, created if missing. A path that is (or runs through) a file is a usage error;
 * a directory that cannot be created for another reason (permissions, a full disk) is an IO failure.
 */
export function outputDirOpt(ctx: CommandContext, name = 'out', fallback?: string): string {
  const dir = fallback === undefined ? requiredOpt(ctx, name) : (stringOpt(ctx, name) ?? fallback);
  let isFile = false;
  try {
    isFile = !statSync(dir).isDirectory();
  } catch {
    // Missing: created below.
  }
  if (isFile) throw new DistillguardError('USAGE', `--${name} ${dir} is a file, not a directory`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOTDIR' || code === 'EEXIST') throw new DistillguardError('USAGE', `--${name} ${dir}: part of the path is a file, not a directory`);
    throw new DistillguardError('IO', `--${name} ${dir}: cannot create the directory (${code ?? (e as Error).message})`);
  }
  return dir;
}
