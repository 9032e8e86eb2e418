import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantConfig } from '../../src/config/index.js';
import { createRestClient } from '../../src/tenant/index.js';
import { createManualClock } from '../helpers/manual-clock.js';
import { captureLogger, REST_AUTH_CASES, tenantConfigFor } from '../helpers/rest-client.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';

/**
 * The tenant key must never reach a log line or an error, in any auth style and on any failure
 * path. Keys with URL-special characters make the encoded form differ from the raw one.
 */
const SECRET = 'tk_live/Zq8+secret=key&42';
const WRONG = 'tk_wrong/Aa1+other=key&7';
const FORMS = (key: string) => [key, encodeURIComponent(key), new URLSearchParams({ k: key }).toString().slice(2)];

let sandbox: Sandbox;
let echo: Server;
let echoUrl: string;
beforeAll(async () => {
  sandbox = await startTestSandbox({ tenants: [{ name: 'acme', apiKey: SECRET, users: 10 }] });
  // A careless upstream that echoes the request URL and headers back in its error messages.
  echo = createServer((req, res) => {
    const said = `bad request to ${req.url} with ${JSON.stringify(req.headers)}`;
    if (req.url?.includes('/users/html')) res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${said}</p>`);
    else res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'oops', message: said }));
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await sandbox?.close();
  await new Promise<void>((resolve) => echo.close(() => resolve()));
});

const tenant = () => sandbox.tenants[0]!;

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `${error.cause.message}\n${error.cause.stack}` : String(error.cause);
  return [error.message, error.stack, JSON.stringify(error), JSON.stringify({ ...error }), cause].join('\n');
}

describe.each(REST_AUTH_CASES)('the API key stays secret (%s)', (auth) => {
  it('never appears in any log line or error, on success and on every failure path', async () => {
    const { logger, lines } = captureLogger();
    const errors: unknown[] = [];
    const retry = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 50, deadlineMs: 60_000 } as TenantConfig['retry'];
    const client = createRestClient(tenantConfigFor(sandbox, auth, { timeoutMs: 300, retry }), { logger, clock: createManualClock(Date.now()) });
    const capture = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => void errors.push(e));
    const id = tenant().store.listUsers().users[0]!.id;

    await capture(client.getUser(id));
    await capture(client.getUser('missing'));
    await capture(client.createUser({ email: tenant().store.listUsers().users[0]!.email }));
    await capture(client.createUser({ email: 'not-an-email' }));
    await capture(client.enroll('no-such-course', id));
    for (const faults of [{ errorRate: 1 }, { burst429Rate: 1 }, { dropRate: 1 }, { slowRate: 1, slowMs: 1_000 }, { bucket: { perMinute: 1, burst: 1 } }]) {
      tenant().setFaults(faults);
      await capture(client.getUser(id));
      await capture(client.createUser({ email: `secret.${auth}.${errors.length}@example.com` }));
    }
    tenant().setFaults(undefined);
    const wrong = createRestClient(tenantConfigFor({ url: sandbox.url, apiKey: WRONG }, auth, { retry }), { logger });
    await capture(wrong.listUsersPage());
    const careless = createRestClient(tenantConfigFor({ url: echoUrl, apiKey: SECRET }, auth, { retry }), { logger, clock: createManualClock() });
    await capture(careless.getUser('boom'));
    await capture(careless.getUser('html'));

    expect(errors.length).toBeGreaterThanOrEqual(14);
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.some((l) => l.includes('"level":40'))).toBe(true); // retries were logged (warn)
    const haystack = [...lines, ...errors.map(describeError)].join('\n');
    for (const form of [...FORMS(SECRET), ...FORMS(WRONG)]) expect(haystack).not.toContain(form);
    if (auth === 'seed-query') expect(haystack).toContain('apiKey=***');
    // The careless server's echo was kept (minus the key), so the message is still useful.
    expect(haystack).toMatch(/bad request to \/incoming\/(api\/v1|v2)\/users\/boom/);
  });
});
