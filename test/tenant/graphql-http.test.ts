import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { NetworkError, TimeoutError } from '../../src/errors/index.js';
import { createTenantGraphqlClient } from '../../src/tenant/index.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox({ users: 5 });
const QUERY = '{"query":"{ __typename }"}';

function tenantHttp(env: Record<string, string> = {}) {
  const s = sandbox();
  return createTenantGraphqlClient(loadConfig({ TI_BASE_URL: s.url, TI_API_KEY: s.apiKey, ...env }).tenant!).http;
}

describe('tenant GraphQL HTTP (the pass-through transport)', () => {
  it('returns status, content type, the whole body and the rate-limit headers', async () => {
    const s = sandbox();
    s.tenants[0]!.setFaults('bucket=600/50');
    const http = tenantHttp({ TI_PROFILE: 'v2' });
    try {
      const response = await http.post(Buffer.from(QUERY));
      expect(response.status).toBe(200);
      expect(response.contentType).toContain('json');
      expect(JSON.parse(response.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
      expect(response.rateLimitHeaders).toMatchObject({ 'x-ratelimit-limit': '600', 'x-ratelimit-remaining': expect.any(String) });
      expect(http.displayUrl).not.toContain(s.apiKey);
    } finally {
      s.tenants[0]!.setFaults(undefined);
      http.close();
    }
  });

  it('a slow tenant is a TimeoutError, a dropped connection a NetworkError, an aborted signal rejects', async () => {
    const s = sandbox();
    const http = tenantHttp({ TI_TIMEOUT_MS: '200' });
    try {
      s.tenants[0]!.setFaults('slow=1:2000');
      await expect(http.post(QUERY)).rejects.toBeInstanceOf(TimeoutError);
      s.tenants[0]!.setFaults('drop=1');
      const dropped = await http.post(QUERY).catch((error: unknown) => error);
      expect(dropped).toBeInstanceOf(NetworkError);
      expect(String((dropped as Error).message)).not.toContain(s.apiKey);
      s.tenants[0]!.setFaults('latency=1000');
      await expect(http.post(QUERY, { signal: AbortSignal.timeout(50) })).rejects.toBeInstanceOf(NetworkError);
      s.tenants[0]!.setFaults(undefined);
      expect((await http.post(QUERY)).status).toBe(200);
    } finally {
      s.tenants[0]!.setFaults(undefined);
      http.close();
    }
  });
});
