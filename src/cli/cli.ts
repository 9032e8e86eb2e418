/**
 * The `ti-graph` CLI (main.ts runs it as a process; tests call `main` in-process). Each command is its own module, loaded on demand so `ti-graph drift` does not
 * pay for the gateway's imports. A command returns its exit code; typed errors become one clear line.
 */
import { readFileSync } from 'node:fs';
import { TiGraphError } from '../errors/index.js';
import type { Command } from './command.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  start: { summary: 'start the embedded sandbox and the gateway on it (or on TI_* if configured)', load: () => import('./commands/start.js') },
  sandbox: { summary: 'run a sandbox tenant (REST + GraphQL) on loopback', load: () => import('./commands/sandbox.js') },
  schema: { summary: 'schema pull: introspect the tenant (or the embedded sandbox) into schema/tenant.graphql + .introspection.json', load: () => import('./commands/schema.js') },
  serve: { summary: 'run the unified GraphQL gateway (tenant GraphQL + REST-only fields); --sandbox for the embedded tenant', load: () => import('./commands/serve.js') },
  sync: { summary: 'sync an HR file (CSV/JSON) to the tenant: plan, dry run, apply, resume (exit 0/2/1)', load: () => import('./commands/sync.js') },
  provision: { summary: 'create or link a learner by email, add to groups, enroll in courses (idempotent)', load: () => import('./commands/provision.js') },
  deactivate: { summary: 'deactivate a user by email (active: false, nothing else touched; --delete to remove)', load: () => import('./commands/deactivate.js') },
  'sync-profile': { summary: "update one user's changed profile fields by email, or create the user", load: () => import('./commands/sync-profile.js') },
  codegen: { summary: "typed operations (and a trusted-documents manifest) for an app's own .graphql documents", load: () => import('./commands/codegen.js') },
  drift: { summary: 'which of our operations a schema change breaks (CI exit codes 0/1/2)', load: () => import('./commands/drift.js') },
  init: { summary: "set an app's repository up: ti-graph.config.json, graphql.config.yml, package.json scripts, a CI workflow", load: () => import('./commands/init.js') },
  dev: { summary: "the local loop: codegen --watch for the app's documents + a gateway on the sandbox serving their manifest", load: () => import('./commands/dev.js') },
  coverage: { summary: 'is each lifecycle operation in GraphQL, REST or both, and which the gateway uses', load: () => import('./commands/coverage.js') },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`ti-graph: unknown command "${name}"; ti-graph --help lists the commands\n`);
    return 2;
  }
  try {
    const { command } = await entry.load();
    return await command(rest);
  } catch (error) {
    if (error instanceof TiGraphError) {
      process.stderr.write(`ti-graph ${name}: ${error.message}\n`);
      return error.code === 'CONFIG_ERROR' || error.code === 'BAD_USER_INPUT' ? 2 : 1;
    }
    return unexpected(name, error);
  }
}

/**
 * Anything else still ends in one line, never a stack trace: a file-system refusal names the path
 * and is the caller's to fix (exit 2); a bug says so (exit 1), its stack only with TI_GRAPH_DEBUG=1.
 */
function unexpected(name: string, error: unknown): number {
  const failure = error as NodeJS.ErrnoException;
  const fs: Record<string, string> = { ENOENT: 'no such file or folder', EISDIR: 'is a folder, a file was expected', ENOTDIR: 'a part of the path is not a folder', EACCES: 'permission denied', EPERM: 'permission denied' };
  if (failure?.code && fs[failure.code]) {
    process.stderr.write(`ti-graph ${name}: ${failure.path ?? 'a path'}: ${fs[failure.code]}; check the path given to ${name}\n`);
    return 2;
  }
  const debug = process.env['TI_GRAPH_DEBUG'] === '1';
  process.stderr.write(`ti-graph ${name}: unexpected error: ${failure?.message ?? String(error)}${debug ? `\n${failure?.stack ?? ''}` : ' (TI_GRAPH_DEBUG=1 prints the stack)'}\n`);
  return 1;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return `Usage: ti-graph <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "ti-graph <command> --help" for a command's options; "ti-graph --version" for the version.\n`;
}
