/**
 * A foreground gateway stops when its terminal closes. `ti-graph serve --sandbox` runs in a tmux
 * window (a real pseudo-terminal: stderr, where the logs go, is the terminal); killing the window
 * hangs the terminal up (SIGHUP), and the process must exit and free its port. Before, SIGHUP
 * reloaded the trusted-document manifests, so the gateway lived on as an orphan, and a SIGTERM to
 * it then never ended it (its log writes to the dead terminal blocked the event loop for good).
 * The manifest reload is SIGUSR2 now (test/auth/reload-signal.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { CLI_BIN, REPO_ROOT } from '../helpers/cli.js';
import { waitFor } from '../helpers/wait-for.js';

const socketName = `ti-graph-test-${randomBytes(4).toString('hex')}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socketName, ...args], { encoding: 'utf8' });
let pid: number | undefined;
let dir: string | undefined;

/** Running (an exited process its parent has not reaped yet, a zombie, is not). */
const alive = (p: number) => {
  try {
    process.kill(p, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
};

afterEach(async () => {
  tmux('kill-server');
  if (pid !== undefined && alive(pid)) process.kill(pid, 'SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('closing the terminal (tmux kill-window) stops a foreground `serve` and frees its port', async () => {
  if (spawnSync('tmux', ['-V']).status !== 0) throw new Error('tmux is needed for this test (apt-get install -y tmux; test/setup/machine.ts installs it)');
  dir = await mkdtemp(join(tmpdir(), 'ti-graph-tty-'));
  const ready = join(dir, 'ready.json');
  const pidFile = join(dir, 'pid');
  // exec: the shell becomes the gateway, so $$ is its pid. Only stdout (the ready line) goes to a
  // file; stderr stays on the terminal. No TI_* from this shell: the embedded sandbox.
  const command = `cd ${REPO_ROOT} && echo $$ > ${pidFile} && exec env -u TI_BASE_URL -u TI_API_KEY -u TI_SUBDOMAIN -u REDIS_URL LOG_LEVEL=info ${process.execPath} ${CLI_BIN} serve --sandbox --port 0 > ${ready}`;
  const started = tmux('new-session', '-d', '-s', 'gateway', '-x', '160', '-y', '40', command);
  expect(started.status, started.stderr).toBe(0);

  await waitFor(async () => (await readFile(ready, 'utf8').catch(() => '')).includes('\n'), 'the ready line', { timeoutMs: 60_000, intervalMs: 200 });
  pid = Number(await readFile(pidFile, 'utf8'));
  const { url, token } = JSON.parse(await readFile(ready, 'utf8')) as { url: string; token: string };
  const port = Number(new URL(url).port);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ CurrentUser { email } }' }),
  });
  expect(((await response.json()) as any).data.CurrentUser.email).toContain('@');

  // The terminal goes away.
  expect(tmux('kill-window', '-t', 'gateway').status).toBe(0);
  await waitFor(() => !alive(pid!), 'the gateway to exit after its terminal closed', { timeoutMs: 15_000, intervalMs: 100 });

  // The port is free: something else can listen on it.
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', () => resolve());
  });
  await new Promise((resolve) => probe.close(resolve));
}, 90_000);
