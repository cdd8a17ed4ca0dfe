#!/usr/bin/env node
/**
 * Entry point of the `newsnorm` command (package.json `bin`): wires `main` to the process —
 * its streams, its cores, Ctrl-C — and exits with main's code. See `newsnorm --help`.
 */
import { availableParallelism } from 'node:os';
import { applyCommandV8Settings } from './v8-settings.js';

// before the pipeline (compromise, chrono, our tables) is loaded: see v8-settings.ts
applyCommandV8Settings();
const { main } = await import('./main.js');

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
main(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
  Math.max(1, availableParallelism()),
  controller.signal,
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`newsnorm: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
