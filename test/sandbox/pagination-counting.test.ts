import { describe, expect, it } from 'vitest';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox({ users: 1234 });

describe('pagination over a large roster', () => {
  it.each([
    ['/incoming/api/v1', (key: string) => ({ 'x-api-key': key })],
    ['/incoming/v2', (key: string) => ({ authorization: `Bearer ${key}` })],
  ])('walks %s/users at per_page=100 and sees every user exactly once', async (base, auth) => {
    const s = sandbox();
    const seen = new Map<string, number>();
    let total = -1;
    let pages = 0;
    for (let page = 1; ; page++) {
      const response = await fetch(`${s.url}${base}/users?page=${page}&per_page=100`, { headers: auth(s.apiKey) });
      const body = (await response.json()) as { users: Array<{ id: string }>; total: number };
      total = body.total;
      pages++;
      if (body.users.length === 0) break;
      for (const user of body.users) seen.set(user.id, (seen.get(user.id) ?? 0) + 1);
    }
    expect(total).toBe(1234);
    expect(seen.size).toBe(1234);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(pages).toBe(14); // 13 full-or-partial pages and one empty one
  });
});

describe('request counting', () => {
  it('counts requests per route template, method and tenant, and resets', async () => {
    const s = sandbox();
    s.requests.reset();
    const headers = { 'x-api-key': s.apiKey, 'content-type': 'application/json' };
    const [first, second] = s.tenants[0]!.store.listUsers().users;
    await fetch(`${s.url}/incoming/api/v1/users/${first!.id}`, { headers });
    await fetch(`${s.url}/incoming/api/v1/users/${second!.id}`, { headers });
    await fetch(`${s.url}/incoming/api/v1/users/nobody`, { headers });
    await fetch(`${s.url}/incoming/api/v1/users?apiKey=${s.apiKey}`);
    await fetch(`${s.url}/incoming/v2/users/${first!.id}`, { headers: { authorization: `Bearer ${s.apiKey}` } });
    await fetch(`${s.url}/incoming/api/v1/users/${first!.id}`); // no key: counted, without a tenant
    await fetch(`${s.url}/incoming/api/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    await fetch(`${s.url}/helium?apiKey=${s.apiKey}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });

    expect(s.requests.count({ route: 'GET /incoming/api/v1/users/:id' })).toBe(4);
    expect(s.requests.count({ route: 'GET /incoming/api/v1/users/:id', tenant: s.tenant })).toBe(3);
    expect(s.requests.count({ route: '/incoming/api/v1/users' })).toBe(1);
    expect(s.requests.count({ method: 'GET', route: '/incoming/v2/users/:id' })).toBe(1);
    expect(s.requests.count({ route: 'POST /incoming/api/graphql' })).toBe(1);
    expect(s.requests.count({ route: 'POST /helium' })).toBe(1);
    expect(s.requests.count({ method: 'POST' })).toBe(2);
    expect(s.requests.count()).toBe(8);

    const entries = s.requests.entries();
    expect(entries).toHaveLength(8);
    expect(entries.find((e) => e.route === 'POST /incoming/api/graphql')?.operations).toBe(3);
    expect(entries.find((e) => e.path.startsWith('/incoming/api/v1/users?'))?.path).toBe('/incoming/api/v1/users?apiKey=***');
    expect(entries.map((e) => e.status)).toEqual([200, 200, 404, 200, 200, 401, 200, 200]);
    expect(JSON.stringify(entries)).not.toContain(s.apiKey);

    s.requests.reset();
    expect(s.requests.count()).toBe(0);
    expect(s.requests.entries()).toEqual([]);
  });
});
