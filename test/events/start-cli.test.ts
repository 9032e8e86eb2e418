/**
 * `ti-graph start` runs the whole events loop locally: the embedded sandbox sends signed webhooks
 * for its changes to the gateway it started, and the gateway serves them to subscribers.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { nextEvent, SECRET, startEventsServer, subscribeSse, untilLive } from './support.js';

async function launch(args: string[], extraEnv: Record<string, string> = {}, command = 'start') {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TI_') && k !== 'REDIS_URL'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', command, ...args], {
    env: { ...env, LOG_LEVEL: 'warn', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`exited ${code} before its ready line: ${stderr}`)));
  });
  return { ready: JSON.parse(line), child };
}

describe('ti-graph start: sandbox -> webhook -> gateway -> subscriber', () => {
  it('delivers the sandbox changes made over REST to an SSE subscriber', async () => {
    const { ready, child } = await launch(['--port', '0', '--sandbox']);
    const sub = await subscribeSse(ready.url, 'subscription { userEvents(types: [CREATED]) { type userId source user { email } } }', {}, {
      authorization: `Bearer ${ready.token}`,
    });
    try {
      const createUser = async (email: string) => {
        const response = await fetch(`${ready.sandbox.url}/incoming/api/v1/users`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': ready.sandbox.apiKey },
          body: JSON.stringify({ email }),
        });
        expect(response.status).toBe(201);
        return ((await response.json()) as { user: { id: string } }).user.id;
      };
      // Until the subscription is live, changes may pass it by: make them until one arrives.
      const created = new Set<string>();
      let first: Record<string, any> | undefined;
      for (let i = 0; !first && i < 50; i++) {
        created.add(await createUser(`start-${i}@example.com`));
        first = await nextEvent(sub, 200).catch(() => undefined);
      }
      expect(first).toMatchObject({ type: 'CREATED', source: 'WEBHOOK' });
      expect(created.has(first!.userId)).toBe(true);
      const id = await createUser('start-final@example.com');
      // Earlier users' deliveries may still arrive (a retried attempt: the scaled attempt timeout is short).
      let last = await nextEvent(sub);
      while (last.userId !== id && created.has(last.userId)) last = await nextEvent(sub);
      expect(last).toEqual({ type: 'CREATED', userId: id, source: 'WEBHOOK', user: { email: 'start-final@example.com' } });
    } finally {
      sub.close();
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});

describe('ti-graph sandbox --webhook-url', () => {
  it('sends the standalone sandbox\'s changes, signed with TI_WEBHOOK_SECRET, to a receiver', async () => {
    const server = await startEventsServer();
    const sub = await server.subscribe('subscription { userEvents { type userId source } }');
    await untilLive(server.service.bus, sub);
    const { ready, child } = await launch(['--users', '3', '--webhook-url', server.webhookUrl, '--webhook-time-scale', '0.001'], { TI_WEBHOOK_SECRET: SECRET }, 'sandbox');
    try {
      const response = await fetch(`${ready.url}/incoming/api/v1/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': ready.apiKey },
        body: JSON.stringify({ email: 'standalone@example.com' }),
      });
      const { user } = (await response.json()) as { user: { id: string } };
      expect(await nextEvent(sub)).toEqual({ type: 'CREATED', userId: user.id, source: 'WEBHOOK' });
    } finally {
      sub.close();
      child.kill('SIGTERM');
      await once(child, 'exit');
      await server.close();
    }
  });
});
