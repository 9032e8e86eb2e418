#!/usr/bin/env node
/** The `ti-graph` process: runs the CLI (cli.ts) on the arguments and exits with its code. */
import { main } from './cli.js';

// `ti-graph drift | head` closes our stdout early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await main(process.argv.slice(2));
// Long-running commands (sandbox, serve) resolve only when they are told to stop.
process.exitCode = code;
