/**
 * The schema alert: a JSON POST with `text`, retried with backoff while the receiver fails, and
 * sent once per change by several instances sharing a Redis claim (a private redis-server).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlertSender, redisAlertClaim } from '../../src/gateway/schema-follow/index.js';
import { createLogger } from '../../src/util/index.js';
import { startPrivateRedis, testNamespace, type PrivateRedis } from '../scale-out/redis.js';

describe('schema alerts', () => {
  let receiver: Server;
  let url: string;
  let failNext = 0;
  const received: Array<{ key: string; text: string }> = [];
  let attempts = 0;
  let redis: PrivateRedis;
  const logs: string[] = [];
  const logger = createLogger({ name: 'test', level: 'debug', destination: { write: (line: string) => logs.push(line) } });

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        attempts++;
        if (failNext > 0) {
          failNext--;
          res.writeHead(503).end();
          return;
        }
        received.push(JSON.parse(body) as { key: string; text: string });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    redis = await startPrivateRedis();
  }, 30_000);

  afterAll(async () => {
    await new Promise((resolve) => receiver.close(resolve));
    await redis?.close();
  });

  it('retries a failing receiver with backoff until it takes the alert', async () => {
    failNext = 2;
    attempts = 0;
    const sender = createAlertSender({ url, logger, baseDelayMs: 20, maxDelayMs: 100 });
    await sender.send({ key: 'retry', kind: 'schema-changed', text: 'Thought Industries changed its GraphQL schema' });
    expect(attempts).toBe(3);
    expect(received.filter((a) => a.key === 'retry')).toEqual([expect.objectContaining({ text: 'Thought Industries changed its GraphQL schema' })]);
    expect(logs.filter((l) => l.includes('schema alert failed; retrying'))).toHaveLength(2);
  });

  it('is sent once per change by three instances sharing a Redis claim', async () => {
    const clients = [0, 1, 2].map(() => new Redis(redis.url));
    const namespace = testNamespace('schema-alert');
    try {
      const senders = clients.map((client) => createAlertSender({ url, logger, claim: redisAlertClaim(client, namespace) }));
      await Promise.all(senders.map((sender) => sender.send({ key: 'fingerprint-1', kind: 'schema-changed', text: 'one change' })));
      await Promise.all(senders.map((sender) => sender.send({ key: 'fingerprint-2', kind: 'schema-changed', text: 'another change' })));
      expect(received.filter((a) => a.key === 'fingerprint-1')).toHaveLength(1);
      expect(received.filter((a) => a.key === 'fingerprint-2')).toHaveLength(1);
    } finally {
      for (const client of clients) client.disconnect();
    }
  });
});
