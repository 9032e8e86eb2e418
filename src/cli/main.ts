#!/usr/bin/env node
/**
 * The `ti-graph` CLI. Each command is its own module, loaded on demand so `ti-graph drift` does not
 * pay for the gateway's imports. A command returns its exit code; typed errors become one clear line.
 */
import { TiGraphError } from '../errors/index.js';
import type { Command } from './command.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  start: { summary: 'start the embedded sandbox and the gateway on it (or on TI_* if configured)', load: () => import('./commands/start.js') },
  sandbox: { summary: 'run a sandbox tenant (REST + GraphQL) on loopback', load: () => import('./commands/sandbox.js') },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`ti-graph: unknown command "${name}"\n\n${usage()}`);
    return 1;
  }
  try {
    const { command } = await entry.load();
    return await command(rest);
  } catch (error) {
    if (error instanceof TiGraphError) {
      process.stderr.write(`ti-graph ${name}: ${error.message}\n`);
      return error.code === 'CONFIG_ERROR' || error.code === 'BAD_USER_INPUT' ? 2 : 1;
    }
    throw error;
  }
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return `Usage: ti-graph <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "ti-graph <command> --help" for a command's options.\n`;
}

const code = await main(process.argv.slice(2));
// Long-running commands (sandbox, serve) resolve only when they are told to stop.
process.exitCode = code;
