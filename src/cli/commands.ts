/** The list of commands, in the order `--help` shows them. */
import type { Command } from './command.js';
import { serveCommand } from './serve-cmd.js';
import { keysCommand } from './keys-cmd.js';
import { mockUpstreamCommand } from './mock-upstream-cmd.js';
import { workerCommand } from './worker-cmd.js';
import { validateCommand } from './validate-cmd.js';
import { simulateCommand } from './simulate-cmd.js';
import { evalCommand } from './eval-cmd.js';
import { analyzeCommand } from './analyze-cmd.js';

export const COMMANDS: Command[] = [simulateCommand, validateCommand, evalCommand, analyzeCommand, serveCommand, keysCommand, mockUpstreamCommand, workerCommand];
