import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestClient } from '../../src/tenant/index.js';
import { tenantConfigFor } from '../helpers/rest-client.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ users: 1200 });
});
afterAll(async () => {
  await sandbox?.close();
});

const store = () => sandbox.tenants[0]!.store;
const rosterIds = () => store().listUsers({ perPage: 1_000_000 }).users.map((u) => u.id);
const listCalls = () => sandbox.requests.count({ method: 'GET', route: '/incoming/api/v1/users' }) + sandbox.requests.count({ method: 'GET', route: '/incoming/v2/users' });

describe('listUsers over a roster of 1,000+', () => {
  it.each(['seed-header', 'v2-bearer'] as const)('walks 1,200 users in exactly 12 calls of 100 (%s)', async (auth) => {
    const client = createRestClient(tenantConfigFor(sandbox, auth));
    sandbox.requests.reset();
    const ids: string[] = [];
    for await (const user of client.listUsers()) ids.push(user.id);
    expect(ids).toEqual(rosterIds());
    expect(ids).toHaveLength(1200);
    expect(listCalls()).toBe(12);
    expect(sandbox.requests.entries().every((e) => e.path.includes('per_page=100'))).toBe(true);
  });

  it('costs ceil(N / perPage) calls for other page sizes', async () => {
    const client = createRestClient(tenantConfigFor(sandbox));
    sandbox.requests.reset();
    let n = 0;
    for await (const _ of client.listUsers({ perPage: 70 })) n++;
    expect(n).toBe(store().userCount);
    expect(listCalls()).toBe(Math.ceil(store().userCount / 70));
  });

  it('stops early when the caller breaks out', async () => {
    const client = createRestClient(tenantConfigFor(sandbox));
    sandbox.requests.reset();
    let n = 0;
    for await (const _ of client.listUsers()) if (++n === 150) break;
    expect(listCalls()).toBe(2);
  });

  it('filters by email in one call', async () => {
    const client = createRestClient(tenantConfigFor(sandbox));
    const target = store().listUsers({ page: 11, perPage: 100 }).users[42]!;
    sandbox.requests.reset();
    const found = [];
    for await (const user of client.listUsers({ email: target.email })) found.push(user.id);
    expect(found).toEqual([target.id]);
    expect(listCalls()).toBe(1);
  });

  it('follows a roster that grows mid-walk to its new end', async () => {
    const client = createRestClient(tenantConfigFor(sandbox));
    const seen: string[] = [];
    let added = 0;
    for await (const user of client.listUsers()) {
      seen.push(user.id);
      if (seen.length === 250) {
        for (; added < 30; added++) store().createUser({ email: `grow.${process.pid}.${added}@example.com` });
      }
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(rosterIds());
  });

  it('misses nobody and repeats nobody when users before its offset are deleted mid-walk', async () => {
    const client = createRestClient(tenantConfigFor(sandbox));
    const before = rosterIds();
    const deleted = new Set(before.slice(10, 17)); // on page 1, already read when they go
    const seen: string[] = [];
    for await (const user of client.listUsers()) {
      seen.push(user.id);
      if (seen.length === 350) for (const id of deleted) store().deleteUser(id);
    }
    expect(new Set(seen).size).toBe(seen.length);
    const stillThere = rosterIds();
    expect(stillThere).toHaveLength(before.length - deleted.size);
    const seenSet = new Set(seen);
    expect(stillThere.filter((id) => !seenSet.has(id))).toEqual([]);
  });
});
