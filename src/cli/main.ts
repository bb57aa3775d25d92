/**
 * The `distillguard` command: dispatches to one file per command. Exit codes: 0 ok, 1 failure, 2 usage.
 */
import { DistillguardError, exitCodeFor } from '../errors.js';
import { helpText, parseCommandArgs, type Command } from './command.js';
import { COMMANDS } from './commands.js';

function mainHelp(): string {
  const lines = ['Usage: distillguard <command> [options]', '', 'Detect, stop and document distillation attacks on LLM APIs.', '', 'Commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(16)} ${c.summary}`);
  lines.push('', 'Run `distillguard <command> --help` for the options of a command.');
  return lines.join('\n') + '\n';
}

/**
 * For the binary: an error no code path caught (a server's 'error' event, such as a port already in use) ends the
 * process the way a caught one does: one line for an operating-system error, the stack only for a real bug.
 */
export function exitOnUncaught(): void {
  const commandName = process.argv[2] ?? 'distillguard';
  process.on('uncaughtException', (e) => {
    const system = systemError(e);
    if (system) process.stderr.write(`distillguard ${commandName}: ${system} [IO]\n`);
    else process.stderr.write(`distillguard ${commandName}: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exit(1);
  });
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    process.stdout.write('distillguard 0.1.0\n');
    return 0;
  }
  const cmd: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`distillguard: unknown command "${name}"\n\n${mainHelp()}`);
    return 2;
  }
  return runCommand(cmd, rest);
}

/** Runs one command on its arguments and reports its failure as the binary does; resolves to the exit code. */
export async function runCommand(cmd: Command, rest: string[]): Promise<number> {
  try {
    const ctx = parseCommandArgs(cmd, rest);
    if (ctx.help) {
      process.stdout.write(helpText(cmd));
      return 0;
    }
    const code = await cmd.run(ctx);
    return code ?? 0;
  } catch (e) {
    const code = exitCodeFor(e);
    const system = systemError(e);
    if (e instanceof DistillguardError) {
      process.stderr.write(`distillguard ${cmd.name}: ${e.message} [${e.code}]\n`);
      if (code === 2) process.stderr.write(`Run \`distillguard ${cmd.name} --help\` for usage.\n`);
    } else if (system) {
      // The operating system refused (a port in use, a missing or unwritable path): the user's to fix, not a bug.
      process.stderr.write(`distillguard ${cmd.name}: ${system} [IO]\n`);
    } else {
      process.stderr.write(`distillguard ${cmd.name}: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    }
    return code;
  }
}


/** Errors the operating system reports (Node system errors carry an `E…` code and a syscall). */
const SYSTEM_CODES: Record<string, string> = {
  EADDRINUSE: 'address already in use',
  EADDRNOTAVAIL: 'address not available on this machine',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EEXIST: 'already exists',
  ENOSPC: 'no space left on device',
  EMFILE: 'too many open files',
  EROFS: 'read-only file system',
};

/** One line for an operating-system error, or null when `e` is not one. */
function systemError(e: unknown): string | null {
  const err = e as { code?: unknown; syscall?: unknown; address?: unknown; port?: unknown; path?: unknown; message?: unknown } | null;
  if (!err || typeof err.code !== 'string' || !(err.code in SYSTEM_CODES)) return null;
  const where = err.address !== undefined ? `${String(err.address)}${err.port !== undefined ? `:${String(err.port)}` : ''}` : err.path !== undefined ? String(err.path) : '';
  const action = typeof err.syscall === 'string' ? `cannot ${err.syscall}` : 'failed';
  return `${action}${where ? ` ${where}` : ''}: ${SYSTEM_CODES[err.code]} (${err.code})`;
}
