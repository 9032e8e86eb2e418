/**
 * Vitest global set-up: makes `npm test` work on a machine with only Node and apt, the way `.ci/run`
 * used to prepare it. Before any test file runs:
 * - redis-server: when REDIS_URL is unset, installed with apt if missing, then a private one is
 *   started on a free loopback port for this run (REDIS_URL is exported to the test workers) and
 *   shut down at the end. A REDIS_URL already set is used as is and nothing is started.
 * - Chromium (the GraphiQL and example-app tests drive it headless): installed with apt when
 *   neither CHROMIUM_PATH nor /usr/bin/chromium exists.
 * apt runs as root, or through sudo; without either it fails saying what to install.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { freePort } from '../helpers/free-port.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

let aptUpdated = false;
function aptInstall(pkg: string): void {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root && !has('sudo')) throw new Error(`${pkg} is missing and apt needs root: run "sudo apt-get install -y ${pkg}" and npm test again`);
  if (!has('apt-get')) throw new Error(`${pkg} is missing and there is no apt-get here: install ${pkg} with your package manager`);
  const prefix = root ? [] : ['sudo'];
  const run = (args: string[]) => {
    process.stderr.write(`test set-up: ${[...prefix, ...args].join(' ')}\n`);
    const [file, ...rest] = [...prefix, ...args] as [string, ...string[]];
    const result = spawnSync(file, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`test set-up: "${args.join(' ')}" failed (exit ${result.status})`);
  };
  if (!aptUpdated) run(['apt-get', 'update', '-qq']);
  aptUpdated = true;
  run(['apt-get', 'install', '-y', '-qq', pkg]);
}


/** Resolves once something answers PING with PONG on the port. */
async function waitForRedis(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode} before answering`);
    const pong = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
      socket.setTimeout(500, () => socket.destroy());
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
      socket.once('close', () => resolve(false));
    });
    if (pong) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`redis-server on 127.0.0.1:${port} did not answer PING`);
}

export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    if (process.env['CHROMIUM_PATH']) throw new Error(`CHROMIUM_PATH=${CHROMIUM} does not exist`);
    aptInstall('chromium');
  }
  // The terminal-close test runs the gateway in a tmux window and closes it.
  if (!has('tmux')) aptInstall('tmux');
  if (process.env['REDIS_URL']) return async () => {};

  if (!has('redis-server')) aptInstall('redis-server');
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await waitForRedis(port, child);
  // Test workers start after this and inherit it.
  process.env['REDIS_URL'] = `redis://127.0.0.1:${port}`;
  return async () => {
    delete process.env['REDIS_URL'];
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
}
