/**
 * The CLI called in this test process (`main` of src/cli/cli.ts) instead of a child: a `tsx`
 * child costs seconds of start-up (tens on a loaded machine) and the bad-input table has dozens
 * of rows. What differs from a process is only how it is started: the working directory is
 * changed and TI_* replaced for the call, stdout and stderr are captured. Calls run one at a time.
 * For commands that fail before they listen; anything long-running stays a real process.
 */
import { main } from '../../src/cli/cli.js';
import type { CliRun } from '../helpers/cli.js';

let queue: Promise<unknown> = Promise.resolve();

export function runInProcess(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  const next = queue.then(() => runOnce(args, options));
  queue = next.catch(() => undefined);
  return next;
}

async function runOnce(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  const savedCwd = process.cwd();
  const savedEnv = { ...process.env };
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  let stdout = '';
  let stderr = '';
  const capture = (append: (text: string) => void) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof process.stdout.write;
  for (const key of Object.keys(process.env)) if (key.startsWith('TI_')) delete process.env[key];
  Object.assign(process.env, options.env);
  process.chdir(options.cwd);
  process.stdout.write = capture((text) => (stdout += text));
  process.stderr.write = capture((text) => (stderr += text));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    process.chdir(savedCwd);
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
  }
}
