/**
 * `ti-graph serve` reloads its trusted-document manifests on SIGUSR2 and keeps serving. (SIGHUP is a
 * closed terminal: it stops the gateway, see test/cli/terminal-close.test.ts.)
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, it } from 'vitest';
import { documentIdOf } from '../../src/gateway/index.js';
import { waitFor } from '../helpers/wait-for.js';

it('SIGUSR2 reloads the manifests; the ids they hold run before and after', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ti-graph-reload-'));
  const text = '{ CurrentUser { email } }';
  await writeFile(join(dir, 'app.json'), JSON.stringify({ [documentIdOf(text)]: text }));
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TI_')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--sandbox', '--port', '0'], {
    env: { ...env, LOG_LEVEL: 'info', TI_GRAPH_TRUSTED_DOCUMENTS: dir, TI_GRAPH_SHUTDOWN_DRAIN_MS: '100' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  try {
    const ready = JSON.parse(await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    }));
    const run = async () => {
      const response = await fetch(ready.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ready.token}` },
        body: JSON.stringify({ documentId: documentIdOf(text) }),
      });
      return ((await response.json()) as any).data?.CurrentUser?.email as string | undefined;
    };
    expect(await run()).toContain('@');
    child.kill('SIGUSR2');
    await waitFor(() => stderr.includes('trusted documents reloaded'), 'the reload log line', { timeoutMs: 5_000, intervalMs: 100 });
    expect(stderr).toContain('trusted documents reloaded');
    expect(child.exitCode).toBeNull();
    expect(await run()).toContain('@');
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    await rm(dir, { recursive: true, force: true });
  }
  expect(child.exitCode).toBe(0);
  // A CLI start (tsx compile + sandbox + gateway) takes ~25 s on a loaded 2-core machine.
}, 90_000);
