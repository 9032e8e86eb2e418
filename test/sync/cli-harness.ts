/**
 * Runs the real `ti-graph` CLI against a sandbox tenant (a child process, so the in-process
 * sandbox keeps serving while it runs), in a temp directory removed after the suite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { Sandbox } from '../helpers/sandbox.js';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '../../bin/ti-graph.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function createCli(sandbox: () => Sandbox) {
  const dir = mkdtempSync(join(tmpdir(), 'ti-sync-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tenant = (name: string) => sandbox().tenantByName(name)!;

  /** `tenantName` undefined runs with no tenant configured. A generous budget unless `env` sets one. */
  function start(tenantName: string | undefined, args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<Run> } {
    const tenantEnv = tenantName ? { TI_BASE_URL: sandbox().url, TI_API_KEY: tenant(tenantName).apiKey, TI_RATE_PER_MINUTE: '60000' } : {};
    // Only what node needs: no TI_* from the developer's shell leaks into the test.
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...tenantEnv, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const done = new Promise<Run>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    return { child, done };
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
