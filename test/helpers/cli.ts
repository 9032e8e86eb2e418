/**
 * The one way tests spawn the real `ti-graph` CLI (bin/ti-graph.js): a child process with a clean
 * environment (only PATH and HOME, so no TI_* from the developer's shell leaks into a test) plus
 * what the test passes.
 *
 *   const run = await runCli(['coverage', '--format', 'json'], { env: { TI_PROFILE: 'v2' } });
 *   const { child, done } = startCli(['sync', csv], { cwd: dir });   // to signal it mid-run
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_BIN = join(REPO_ROOT, 'bin/ti-graph.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Working directory; the repository root by default. */
  cwd?: string;
  env?: Record<string, string>;
}

export function startCli(args: readonly string[], options: CliOptions = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI_BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return startCli(args, options).done;
}
