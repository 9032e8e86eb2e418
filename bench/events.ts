/**
 * `npm run bench:events`: what the events path costs, on `ti-graph start` (sandbox + gateway in
 * one child process, as a user runs it; the load generator is this process).
 *
 * 1. Receiver throughput: autocannon (10 connections) POSTing signed webhooks to /webhooks/ti, each
 *    a distinct delivery (fresh body and X-TI-Signature), so every one is verified, deduplicated,
 *    answered 202 and published. Requests/s, p50, p99, non-2xx.
 * 2. Webhook -> subscriber latency: one at a time, a signed webhook is POSTed and the time until it
 *    comes out of an SSE subscription on the gateway is measured. p50, p99.
 * 3. Tenant change -> subscriber latency: a user created over the sandbox's REST API, through the
 *    sandbox's webhook sender, the gateway and SSE. p50, p99.
 *
 * The machine is 2 shared cores: figures are noisy, compare runs on the same machine only.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
// @ts-expect-error autocannon ships no type declarations
import autocannon from 'autocannon';
import { signTiBody } from '../src/events/index.js';
import { readServerSentEvents } from '../src/client/index.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const SECRET = 'bench-webhook-secret-0123456789';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function startStack() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TI_') && k !== 'REDIS_URL'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'start', '--port', '0', '--sandbox'], {
    env: { ...env, TI_WEBHOOK_SECRET: SECRET, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`ti-graph start exited with ${code}`)));
  });
  const ready = JSON.parse(line) as { url: string; token: string; sandbox: { url: string; apiKey: string } };
  return { ready, webhookUrl: ready.url.replace(/\/graphql$/, '/webhooks/ti'), stop: () => child.kill('SIGTERM') };
}

/** An SSE subscription; `until(userId)` resolves with the time (performance.now) its event arrived. */
async function subscribe(url: string, token: string) {
  const waiters = new Map<string, (at: number) => void>();
  const arrived = new Map<string, number>();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'subscription { userEvents(types: [CREATED]) { userId } }' }),
  });
  void (async () => {
    for await (const message of readServerSentEvents(response.body!)) {
      if (!message.data) continue;
      const userId = JSON.parse(message.data).data?.userEvents?.userId as string | undefined;
      if (!userId) continue;
      const at = performance.now();
      const waiter = waiters.get(userId);
      if (waiter) waiter(at);
      else arrived.set(userId, at);
    }
  })().catch(() => {});
  return {
    until: (userId: string) =>
      new Promise<number>((resolve, reject) => {
        const early = arrived.get(userId);
        if (early !== undefined) {
          arrived.delete(userId);
          return resolve(early);
        }
        const timer = setTimeout(() => reject(new Error(`no event for ${userId}`)), 10_000);
        waiters.set(userId, (at) => {
          clearTimeout(timer);
          waiters.delete(userId);
          resolve(at);
        });
      }),
  };
}

let seq = 0;
function delivery() {
  seq += 1;
  const now = new Date().toISOString();
  const body = JSON.stringify({
    event: 'user.created',
    timestamp: now,
    data: { id: `bench-${process.pid}-${seq}`, email: `bench${seq}@example.com`, firstName: 'Bench', createdAt: now, updatedAt: now },
  });
  return { id: `bench-${process.pid}-${seq}`, body, headers: { 'content-type': 'application/json', 'x-ti-signature': signTiBody(body, SECRET) } };
}

async function main() {
  const stack = await startStack();
  try {
    // 1. Receiver throughput.
    const statuses = new Map<number, number>();
    const result = await autocannon({
      url: stack.webhookUrl,
      method: 'POST',
      connections: 10,
      duration: SECONDS,
      requests: [
        {
          setupRequest: (request: Record<string, unknown>) => {
            const { body, headers } = delivery();
            return { ...request, method: 'POST', body, headers };
          },
          onResponse: (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1),
        },
      ],
    });
    console.log(
      `receiver: ${Math.round(result.requests.average)} webhooks/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}, errors ${result.errors}`,
    );

    const sub = await subscribe(stack.ready.url, stack.ready.token);
    // Warm up (and make sure the subscription is live) before measuring.
    for (let i = 0; i < 20; i++) {
      const d = delivery();
      const seen = sub.until(d.id).catch(() => undefined);
      await fetch(stack.webhookUrl, { method: 'POST', body: d.body, headers: d.headers });
      await seen;
    }

    // 2. Webhook -> SSE subscriber.
    const webhookMs: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const d = delivery();
      const seen = sub.until(d.id);
      const started = performance.now();
      const response = await fetch(stack.webhookUrl, { method: 'POST', body: d.body, headers: d.headers });
      await response.arrayBuffer();
      webhookMs.push((await seen) - started);
    }
    console.log(`webhook -> subscriber: p50 ${percentile(webhookMs, 50).toFixed(2)} ms, p99 ${percentile(webhookMs, 99).toFixed(2)} ms (${SAMPLES} samples)`);

    // 3. Tenant change (REST) -> sandbox webhook -> gateway -> SSE subscriber.
    const changeMs: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      const response = await fetch(`${stack.ready.sandbox.url}/incoming/api/v1/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': stack.ready.sandbox.apiKey },
        body: JSON.stringify({ email: `bench-change-${process.pid}-${i}@example.com` }),
      });
      const { user } = (await response.json()) as { user: { id: string } };
      // The event may arrive before the REST response; `until` then returns its recorded time.
      changeMs.push((await sub.until(user.id)) - started);
    }
    console.log(`tenant change -> subscriber: p50 ${percentile(changeMs, 50).toFixed(2)} ms, p99 ${percentile(changeMs, 99).toFixed(2)} ms (${SAMPLES} samples)`);
  } finally {
    stack.stop();
  }
}

await main();
