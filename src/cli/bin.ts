#!/usr/bin/env node
/** Entry point of the `distillguard` binary. */
import { exitOnUncaught, main } from './main.js';

exitOnUncaught();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exitCode = 1;
  },
);
