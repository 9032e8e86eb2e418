/**
 * Redis for the scale-out tests. `sharedRedisUrl()` is the one CI (or the developer) runs
 * (REDIS_URL, 127.0.0.1:6379 by default); each test uses its own key namespace on it.
 * `startPrivateRedis()` starts a redis-server of the test's own on a free loopback port, which the
 * test may stop and start again on the same port (the outage tests).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { freePort } from '../helpers/free-port.js';

export function sharedRedisUrl(): string {
  return process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
}

/** A namespace no other test (or run) uses. */
export function testNamespace(label: string): string {
  return `ti-graph-test:${label}:${randomUUID().slice(0, 8)}`;
}

/** Every key under a namespace (to check what Redis holds, and never the API key). */
export async function keysUnder(url: string, namespace: string): Promise<string[]> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    return (await client.keys(`${namespace}:*`)).sort();
  } finally {
    client.disconnect();
  }
}

export interface PrivateRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP: Redis keeps its connections open and answers nothing (a hung Redis), until `resume`. */
  pause(): void;
  /** SIGCONT. */
  resume(): void;
  close(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error('redis-server is not installed: apt-get install redis-server (.ci/run installs it)');
  }
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  async function start(): Promise<void> {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    for (;;) {
      const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => {});
      try {
        await client.connect();
        if ((await client.ping()) === 'PONG') return;
      } catch {
        if (Date.now() > deadline) throw new Error(`private redis-server on port ${port} did not start`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        client.disconnect();
      }
    }
  }
  async function stop(): Promise<void> {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    running.kill('SIGCONT'); // a paused one must be able to die
    const exited = once(running, 'exit');
    running.kill('SIGKILL');
    await exited;
  }
  await start();
  const signal = (name: NodeJS.Signals) => {
    if (!child || child.exitCode !== null) throw new Error('private redis-server is not running');
    child.kill(name);
  };
  return { url, port, start, stop, pause: () => signal('SIGSTOP'), resume: () => signal('SIGCONT'), close: stop };
}

