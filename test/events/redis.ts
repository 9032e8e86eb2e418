/**
 * The Redis the scale-out tests run against. In CI, `.ci/run` starts Debian's redis-server on
 * loopback and exports REDIS_URL; a missing REDIS_URL there is a broken CI setup and fails the
 * test loudly. Locally, without REDIS_URL, a private redis-server is started on a free loopback
 * port when the binary is installed (`apt-get install redis-server`); without it the test fails
 * and says so. Never skipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from '../helpers/free-port.js';

export interface TestRedis {
  url: string;
  close(): Promise<void>;
}

export async function useTestRedis(): Promise<TestRedis> {
  const fromEnv = process.env['REDIS_URL'];
  if (fromEnv) {
    await ping(fromEnv);
    return { url: fromEnv, close: async () => {} };
  }
  if (process.env['CI'] === 'true' || process.env['CI'] === '1') {
    throw new Error('REDIS_URL is not set in CI: .ci/run must install and start redis-server and export REDIS_URL');
  }
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error('REDIS_URL is not set and redis-server is not installed: apt-get install redis-server, or set REDIS_URL=redis://127.0.0.1:6379');
  }
  // Another test file may start its own at the same moment and draw the same free port: retry
  // until the server answering is the one this call started (its process id).
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    const url = `redis://127.0.0.1:${port}`;
    const ours = await ping(url)
      .then(() => serverPid(url))
      .then((pid) => pid === child.pid && child.exitCode === null)
      .catch(() => false);
    if (ours) {
      return {
        url,
        async close() {
          if (child.exitCode === null) {
            const exited = new Promise((resolve) => child.once('exit', resolve));
            child.kill('SIGTERM');
            await exited;
          }
        },
      };
    }
    child.kill('SIGKILL');
    if (attempt >= 5) throw new Error('could not start a private redis-server on a free loopback port');
  }
}

async function serverPid(url: string): Promise<number | undefined> {
  const client = new Redis(url, { maxRetriesPerRequest: 0 });
  client.on('error', () => {});
  try {
    const info = await client.info('server');
    const match = /process_id:(\d+)/.exec(info);
    return match ? Number(match[1]) : undefined;
  } finally {
    client.disconnect();
  }
}

/** Resolves once Redis answers PING (retrying for a few seconds while it starts). */
async function ping(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: (n) => (n > 50 ? null : 100) });
  client.on('error', () => {});
  try {
    const deadline = Date.now() + 5_000;
    for (;;) {
      try {
        if (client.status !== 'ready') await client.connect().catch(() => {});
        if ((await client.ping()) === 'PONG') return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`Redis at ${url} does not answer: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    client.disconnect();
  }
}

