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

/**
 * Runs `ti-graph <args>` in the foreground of a tmux window, finds its URL and token with `ready`,
 * checks it answers, closes the window, and expects the process gone and its port free.
 */
async function hangUpForeground(args: string, stdoutToFile: boolean, ready: (stdout: string, screen: string) => { url: string; token: string } | undefined) {
  if (spawnSync('tmux', ['-V']).status !== 0) throw new Error('tmux is needed for this test (apt-get install -y tmux; test/setup/machine.ts installs it)');
  dir = await mkdtemp(join(tmpdir(), 'ti-graph-tty-'));
  const stdoutFile = join(dir, 'stdout');
  const pidFile = join(dir, 'pid');
  // exec: the shell becomes the gateway, so $$ is its pid. stderr (the logs) stays on the terminal.
  // No TI_* from this shell: the embedded sandbox.
  const command = `cd ${REPO_ROOT} && echo $$ > ${pidFile} && exec env -u TI_BASE_URL -u TI_API_KEY -u TI_SUBDOMAIN -u REDIS_URL LOG_LEVEL=info NO_COLOR=1 ${process.execPath} ${CLI_BIN} ${args}${stdoutToFile ? ` > ${stdoutFile}` : ''}`;
  const started = tmux('new-session', '-d', '-s', 'gateway', '-x', '200', '-y', '50', command);
  expect(started.status, started.stderr).toBe(0);

  let found: { url: string; token: string } | undefined;
  await waitFor(
    async () => {
      const stdout = await readFile(stdoutFile, 'utf8').catch(() => '');
      found = ready(stdout, tmux('capture-pane', '-p', '-t', 'gateway').stdout ?? '');
      return found !== undefined;
    },
    'the gateway to be ready',
    { timeoutMs: 60_000, intervalMs: 250 },
  );
  pid = Number(await readFile(pidFile, 'utf8'));
  const { url, token } = found!;
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
}

it('closing the terminal (tmux kill-window) stops a foreground `serve` and frees its port', async () => {
  await hangUpForeground('serve --sandbox --port 0', true, (stdout) => (stdout.includes('\n') ? (JSON.parse(stdout) as { url: string; token: string }) : undefined));
}, 90_000);

it('closing the terminal stops `start` with its banner and readable logs on that terminal', async () => {
  await hangUpForeground('start --port 0', false, (_stdout, screen) => {
    const url = /Gateway {4}(http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(screen)?.[1];
    const token = /Dev token {2}(\S+)/.exec(screen)?.[1];
    return url && token && screen.includes('gateway listening') ? { url, token } : undefined;
  });
}, 90_000);
