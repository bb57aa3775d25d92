/** The list of commands, in the order `--help` shows them. */
import type { Command } from './command.js';
import { validateCommand } from './validate-cmd.js';

export const COMMANDS: Command[] = [validateCommand];
