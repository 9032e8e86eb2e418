import { describe, expect, it } from 'vitest';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox({
  tenants: [
    { name: 'acme', users: 20 },
    { name: 'globex', apiKey: 'globex-key-0123456789', users: 30, customFieldKeys: ['region'] },
  ],
});

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, body: (await response.json()) as any, headers: response.headers };
}

describe('auth', () => {
  it('accepts the key as X-API-Key header or apiKey query parameter on the seed tree', async () => {
    const s = sandbox();
    expect((await get(`${s.url}/incoming/api/v1/users`, { 'x-api-key': s.apiKey })).status).toBe(200);
    expect((await get(`${s.url}/incoming/api/v1/users?apiKey=${s.apiKey}`)).status).toBe(200);
  });

  it('accepts only Authorization: Bearer on the v2 tree', async () => {
    const s = sandbox();
    expect((await get(`${s.url}/incoming/v2/users`, { authorization: `Bearer ${s.apiKey}` })).status).toBe(200);
    const byQuery = await get(`${s.url}/incoming/v2/users?apiKey=${s.apiKey}`);
    expect(byQuery.status).toBe(401);
    expect(byQuery.body.message).toMatch(/Bearer/);
    expect(byQuery.headers.get('www-authenticate')).toBe('Bearer');
    expect((await get(`${s.url}/incoming/v2/users`, { 'x-api-key': s.apiKey })).status).toBe(401);
    expect((await get(`${s.url}/incoming/api/v1/users`, { authorization: `Bearer ${s.apiKey}` })).status).toBe(401);
  });

  it.each([
    ['/incoming/api/v1/users', {}],
    ['/incoming/api/v1/users', { 'x-api-key': 'wrong-key-123' }],
    ['/incoming/api/v1/users?apiKey=wrong-key-123', {}],
    ['/incoming/v2/users', { authorization: 'Bearer wrong-key-123' }],
    ['/incoming/v2/ping', {}],
    ['/incoming/api/v1/users/whatever', {}],
  ])('answers %s %j with 401 and a JSON error that does not echo the key', async (path, headers) => {
    const s = sandbox();
    const reply = await get(`${s.url}${path}`, headers as Record<string, string>);
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ error: 'unauthorized', message: expect.stringMatching(/API key/) });
    expect(JSON.stringify(reply.body)).not.toContain('wrong-key-123');
  });

  it('guards the GraphQL endpoints: /incoming/api/graphql by header or query, /helium by query only', async () => {
    const s = sandbox();
    const query = encodeURIComponent('{ __typename }');
    expect((await get(`${s.url}/incoming/api/graphql?query=${query}`, { 'x-api-key': s.apiKey })).status).toBe(200);
    expect((await get(`${s.url}/incoming/api/graphql?query=${query}&apiKey=${s.apiKey}`)).status).toBe(200);
    expect((await get(`${s.url}/helium?query=${query}&apiKey=${s.apiKey}`)).status).toBe(200);
    expect((await get(`${s.url}/helium?query=${query}`, { 'x-api-key': s.apiKey })).status).toBe(401);
    expect((await get(`${s.url}/incoming/api/graphql?query=${query}`)).status).toBe(401);
  });
});

describe('tenants on one server', () => {
  it('keeps each key to its own tenant', async () => {
    const s = sandbox();
    const acme = s.tenantByName('acme')!;
    const globex = s.tenantByName('globex')!;
    expect(s.tenant).toBe('acme');
    expect(s.apiKey).toBe(acme.apiKey);
    expect(globex.apiKey).toBe('globex-key-0123456789');

    const acmeList = await get(`${s.url}/incoming/api/v1/users?per_page=100`, { 'x-api-key': acme.apiKey });
    const globexList = await get(`${s.url}/incoming/api/v1/users?per_page=100`, { 'x-api-key': globex.apiKey });
    expect(acmeList.body.total).toBe(20);
    expect(globexList.body.total).toBe(30);
    const acmeIds = new Set(acmeList.body.users.map((u: any) => u.id));
    expect(globexList.body.users.some((u: any) => acmeIds.has(u.id))).toBe(false);

    // A globex user is invisible to acme's key, for reads and writes alike.
    const globexUser = globexList.body.users[0];
    expect((await get(`${s.url}/incoming/api/v1/users/${globexUser.id}`, { 'x-api-key': acme.apiKey })).status).toBe(404);
    expect((await get(`${s.url}/incoming/api/v1/users?email=${globexUser.email}`, { 'x-api-key': acme.apiKey })).body.total).toBe(0);
    const del = await fetch(`${s.url}/incoming/api/v1/users/${globexUser.id}`, { method: 'DELETE', headers: { 'x-api-key': acme.apiKey } });
    expect(del.status).toBe(404);
    expect(globex.store.getUser(globexUser.id)).toBeDefined();

    // The same email may exist in both tenants.
    const create = (key: string) =>
      fetch(`${s.url}/incoming/api/v1/users`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'same@example.com', customFields: { region: 'EMEA', department: 'Ops' } }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const inAcme = await create(acme.apiKey);
    const inGlobex = await create(globex.apiKey);
    expect([inAcme.status, inGlobex.status]).toEqual([201, 201]);
    // Each tenant keeps only its own configured customFields keys.
    expect(inAcme.body.user.customFields).toEqual({ department: 'Ops' });
    expect(inGlobex.body.user.customFields).toEqual({ region: 'EMEA' });
    expect(s.requests.count({ tenant: 'globex', method: 'POST', route: '/incoming/api/v1/users' })).toBe(1);
  });

  it('applies faults to one tenant only', async () => {
    const s = sandbox();
    const acme = s.tenantByName('acme')!;
    const globex = s.tenantByName('globex')!;
    globex.setFaults({ errorRate: 1 });
    const status = async (key: string) => (await fetch(`${s.url}/incoming/api/v1/users`, { headers: { 'x-api-key': key } })).status;
    expect(await status(globex.apiKey)).toBe(503);
    expect(await status(acme.apiKey)).toBe(200);
    globex.setFaults(undefined);
    expect(await status(globex.apiKey)).toBe(200);
  });
});
