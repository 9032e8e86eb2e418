/**
 * Real `ti-graph` processes for the scale-out tests: gateways (`ti-graph serve` on a configured
 * tenant, the in-process sandbox) and `ti-graph sync`, each with its own environment, as an
 * operator runs them behind a load balancer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin/ti-graph.js');
export const CLIENT_TOKEN = 'scale-out-test-token-0123456789';

/** Only what node needs, plus the test's settings: nothing from the developer's shell leaks in. */
function environment(env: Record<string, string | undefined>): Record<string, string> {
  const base: Record<string, string | undefined> = { PATH: process.env['PATH'], HOME: process.env['HOME'], LOG_LEVEL: 'warn', ...env };
  return Object.fromEntries(Object.entries(base).filter((e): e is [string, string] => e[1] !== undefined));
}

export interface GatewayProcess {
  url: string;
  webhookUrl: string;
  child: ChildProcess;
  stderr(): string;
  /** POSTs a GraphQL request with the test's client token. */
  query(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any }>;
  stop(): Promise<number | null>;
}

export async function launchGateway(env: Record<string, string | undefined>): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    cwd: ROOT,
    env: environment({ TI_GRAPH_TOKENS: `scale-test:${CLIENT_TOKEN}:read+write+admin`, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const ready = await new Promise<{ url: string }>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(JSON.parse(line) as { url: string }));
    child.once('exit', (code) => reject(new Error(`ti-graph serve exited ${code} before its ready line:\n${stderr}`)));
  });
  return {
    url: ready.url,
    webhookUrl: ready.url.replace(/\/graphql$/, '/webhooks/ti'),
    child,
    stderr: () => stderr,
    async query(query, variables) {
      const response = await fetch(ready.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${CLIENT_TOKEN}` },
        body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
      });
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = { text };
      }
      return { status: response.status, body };
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      return code;
    },
  };
}

export async function launchAll(count: number, env: Record<string, string | undefined>): Promise<GatewayProcess[]> {
  const launched = await Promise.allSettled(Array.from({ length: count }, () => launchGateway(env)));
  const failed = launched.find((l): l is PromiseRejectedResult => l.status === 'rejected');
  if (failed) {
    await Promise.all(launched.map((l) => (l.status === 'fulfilled' ? l.value.stop() : undefined)));
    throw failed.reason;
  }
  return launched.map((l) => (l as PromiseFulfilledResult<GatewayProcess>).value);
}

/** `ti-graph sync FILE` on an HR CSV written to a temp dir; resolves with its exit and output. */
export function runSync(rows: Array<Record<string, string>>, env: Record<string, string | undefined>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ti-scale-sync-'));
  const columns = Object.keys(rows[0] ?? { email: '' });
  writeFileSync(join(dir, 'hr.csv'), [columns.join(','), ...rows.map((r) => columns.map((c) => r[c] ?? '').join(','))].join('\n') + '\n');
  const child = spawn(process.execPath, [BIN, 'sync', 'hr.csv'], { cwd: dir, env: environment(env) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}
