/**
 * Runs the real `ti-graph` CLI against a sandbox tenant (a child process, so the in-process
 * sandbox keeps serving while it runs), in a temp directory removed after the suite.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { startCli, type CliRun } from '../helpers/cli.js';
import type { Sandbox } from '../helpers/sandbox.js';

export type Run = CliRun;

export function createCli(sandbox: () => Sandbox) {
  const dir = mkdtempSync(join(tmpdir(), 'ti-sync-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tenant = (name: string) => sandbox().tenantByName(name)!;

  /** `tenantName` undefined runs with no tenant configured. A generous budget unless `env` sets one. */
  function start(tenantName: string | undefined, args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<Run> } {
    const tenantEnv: Record<string, string> = tenantName ? { TI_BASE_URL: sandbox().url, TI_API_KEY: tenant(tenantName).apiKey, TI_RATE_PER_MINUTE: '60000' } : {};
    return startCli(args, { cwd: dir, env: { ...tenantEnv, ...env } });
  }

  return {
    dir,
    tenant,
    start,
    tiGraph: (tenantName: string | undefined, args: string[], env: Record<string, string> = {}) => start(tenantName, args, env).done,
    /** Writes a file into the run directory and returns its (relative) name. */
    file(name: string, content: string): string {
      writeFileSync(join(dir, name), content);
      return name;
    },
    writes: (tenantName: string) => ['POST', 'PUT', 'DELETE'].reduce((n, method) => n + sandbox().requests.count({ method, tenant: tenantName }), 0),
  };
}
