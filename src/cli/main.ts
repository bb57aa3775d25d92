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
    if (e instanceof DistillguardError) {
      process.stderr.write(`distillguard ${cmd.name}: ${e.message} [${e.code}]\n`);
      if (code === 2) process.stderr.write(`Run \`distillguard ${cmd.name} --help\` for usage.\n`);
    } else {
      process.stderr.write(`distillguard ${cmd.name}: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    }
    return code;
  }
}

