import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/index.js';
import { createRestClient } from '../../src/tenant/index.js';

/**
 * A tenant that echoes the request URL in its GraphQL error (as many servers do), with a key that
 * has URL-reserved characters: the echo carries the key URL-encoded, never raw. The sandbox never
 * echoes its key, so this one tenant is a tiny stand-in server.
 */
const KEY = 'ti+key/with=reserved';

describe('gateway pass-through: a tenant echoing the key URL-encoded', () => {
  let tenant: Server;
  let gateway: RunningGateway;
  beforeAll(async () => {
    tenant = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: null, errors: [{ message: `cannot serve ${req.url} for key ${encodeURIComponent(KEY)}` }] }));
      });
    });
    await new Promise<void>((resolve) => tenant.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(tenant.address() as AddressInfo).port}`;
    const config = loadConfig({ TI_BASE_URL: url, TI_API_KEY: KEY, TI_GRAPHQL_AUTH: 'query' });
    gateway = await startGateway({
      gateway: { ...config.gateway, port: 0, tokens: [] },
      tenant: config.tenant!,
      rest: createRestClient(config.tenant!),
      logDestination: { write: () => {} },
    });
  });
  afterAll(async () => {
    await gateway?.close(1_000);
    await new Promise((resolve) => tenant?.close(resolve));
  });

  it('scrubs the encoded key from the forwarded body', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.token}` },
      body: JSON.stringify({ query: '{ CurrentUser { email } }' }),
    });
    const text = await response.text();
    expect(text).toMatch(/cannot serve/);
    expect(text).not.toContain(encodeURIComponent(KEY));
    expect(text).not.toContain(KEY);
  });
});
