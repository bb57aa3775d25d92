/** The list of commands, in the order `--help` shows them. */
import type { Command } from './command.js';
import { demoCommand } from './demo-cmd.js';
import { serveCommand } from './serve-cmd.js';
import { keysCommand } from './keys-cmd.js';
import { mockUpstreamCommand } from './mock-upstream-cmd.js';
import { workerCommand } from './worker-cmd.js';
import { validateCommand } from './validate-cmd.js';
import { simulateCommand } from './simulate-cmd.js';
import { evalCommand } from './eval-cmd.js';
import { analyzeCommand } from './analyze-cmd.js';
import { reportCommand } from './report-cmd.js';
import { uiCommand } from './ui-cmd.js';
import { driveCommand } from './drive-cmd.js';
import { watermarkCommand } from './watermark-cmd.js';
import { verifyCommand } from './verify-cmd.js';

export const COMMANDS: Command[] = [demoCommand, simulateCommand, analyzeCommand, evalCommand, reportCommand, uiCommand, validateCommand, serveCommand, keysCommand, watermarkCommand, verifyCommand, mockUpstreamCommand, driveCommand, workerCommand];
