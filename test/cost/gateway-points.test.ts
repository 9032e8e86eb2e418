/**
 * The gateway against the vendor's limit, over HTTP with the sandbox as the tenant: a document TI
 * accepts is never refused for cost (the storefront's unsliced "recent content" query, 76 points;
 * exactly 1,000 points), one it refuses (1,001 points) is refused before any tenant call, on the
 * fast path and with the gateway's REST fields mixed in alike.
 */
import { describe, expect, it } from 'vitest';
import { gql, useHarness } from '../helpers/gateway.js';
import { AT_LIMIT, OVER_LIMIT, STOREFRONT_RECENT_CONTENT } from './documents.js';

const tenantCalls = (h: ReturnType<ReturnType<typeof useHarness>>) => h.sandbox.requests.count({ route: '/incoming/api/graphql' });

describe("the gateway refuses what TI refuses, and nothing it accepts", () => {
  const h = useHarness({ sandbox: { users: 20 } });

  it('passes the storefront recent-content query (76 points; 7101 on the former model) to the tenant and answers it', async () => {
    h().sandbox.requests.reset();
    const res = await gql(h(), { query: STOREFRONT_RECENT_CONTENT });
    expect(res.body.errors).toBeUndefined();
    expect(Array.isArray(res.body.data.UserRecentContent)).toBe(true);
    expect(tenantCalls(h())).toBe(1);
    // With a REST-backed field beside it (the composed path): still its 76 points.
    const mixed = await gql(h(), { query: STOREFRONT_RECENT_CONTENT.replace('UserRecentContent {', 'users(perPage: 1) { total } UserRecentContent {') });
    expect(mixed.body.errors).toBeUndefined();
    expect(mixed.body.data.users.total).toBeGreaterThan(0);
  });

  it('passes a document of exactly 1,000 points', async () => {
    const res = await gql(h(), { query: AT_LIMIT });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.r19).toBeDefined();
  });

  it('refuses a 1,001-point document with its points and the limit, calling no one, alone or beside REST fields', async () => {
    h().sandbox.requests.reset();
    for (const query of [OVER_LIMIT, OVER_LIMIT.replace('query OverTheLimit {', 'query OverTheLimit { users(perPage: 1) { total }')]) {
      const res = await gql(h(), { query });
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'points', max: 1_000, found: 1_001, requestId: expect.any(String) });
      expect(res.body.errors[0].message).toContain('found 1001');
    }
    expect(h().sandbox.requests.count()).toBe(0);
  });
});
