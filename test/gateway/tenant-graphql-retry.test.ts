/**
 * Tenant GraphQL queries retry as REST reads do (the tenant's retry policy, TI_RETRY_*), on both
 * paths: the fast path's forwarded bodies and the composed path's tenant calls. With the sandbox's
 * GraphQL endpoint failing 20% of calls (503), tenant-only and composed queries through the gateway
 * all succeed (one attempt each: 22% failed with 502). A mutation is never repeated.
 */
import { describe, expect, it } from 'vitest';
import { isPrintedQueryBody } from '../../src/tenant/graphql/retry.js';
import { gql, useHarness } from '../helpers/gateway.js';

const GRAPHQL_PATH = '/incoming/api/graphql';
const tenantPosts = (h: ReturnType<ReturnType<typeof useHarness>>) => h.sandbox.requests.count({ method: 'POST', route: GRAPHQL_PATH });

describe('tenant GraphQL under error=0.2', () => {
  const h = useHarness({
    sandbox: { faults: `error=0.2,path=${GRAPHQL_PATH},seed=7` },
    // The harness sends every call once; these tests are about the retries.
    env: { TI_RETRY_MAX_ATTEMPTS: '6', TI_RETRY_BASE_DELAY_MS: '5', TI_RETRY_MAX_DELAY_MS: '50' },
  });

  it('tenant-only queries (the fast path) all succeed, retried', async () => {
    const before = tenantPosts(h());
    const n = 150;
    const failed: string[] = [];
    for (let i = 0; i < n; i++) {
      const res = await gql(h(), { query: '{ CurrentUser { email } }' });
      if (res.status !== 200 || res.body.errors) failed.push(res.text);
    }
    expect(failed).toEqual([]);
    // The faults did fire: the tenant saw more calls than the gateway's requests.
    expect(tenantPosts(h()) - before).toBeGreaterThan(n);
  });

  it('composed queries (REST fields next to tenant fields) all succeed, retried', async () => {
    const failed: string[] = [];
    for (let i = 0; i < 60; i++) {
      const res = await gql(h(), { query: '{ CurrentUser { email } users(perPage: 1) { total } }' });
      if (res.status !== 200 || res.body.errors) failed.push(res.text);
    }
    expect(failed).toEqual([]);
  });

  it('a forwarded mutation is sent once, whatever the tenant answers', async () => {
    h().sandbox.tenants[0]!.setFaults(`error=1,path=${GRAPHQL_PATH}`);
    try {
      const before = tenantPosts(h());
      const res = await gql(h(), { query: 'mutation($e: String!, $p: String!) { Login(email: $e, password: $p) }', variables: { e: 'nobody@example.com', p: 'x' } });
      expect(res.status).toBe(502);
      expect(tenantPosts(h()) - before).toBe(1);
      // A query under the same faults is tried the policy's six times before the 502.
      const beforeQuery = tenantPosts(h());
      const query = await gql(h(), { query: '{ CurrentUser { email } }' });
      expect(query.status).toBe(502);
      expect(tenantPosts(h()) - beforeQuery).toBe(6);
    } finally {
      h().sandbox.tenants[0]!.setFaults(`error=0.2,path=${GRAPHQL_PATH},seed=7`);
    }
  });
});

describe('isPrintedQueryBody (which query-plan bodies are retried)', () => {
  it('is true only when every document is a query', () => {
    expect(isPrintedQueryBody('{"query":"{\\n  CurrentUser {\\n    email\\n  }\\n}"}')).toBe(true);
    expect(isPrintedQueryBody('{"query":"query ($id: ID!) {\\n  a\\n}","variables":{"id":"1"}}')).toBe(true);
    expect(isPrintedQueryBody('[{"query":"query A {\\n  a\\n}"},{"query":"{\\n  b\\n}"}]')).toBe(true);
    expect(isPrintedQueryBody('{"query":"mutation {\\n  a\\n}"}')).toBe(false);
    expect(isPrintedQueryBody('[{"query":"{\\n  a\\n}"},{"query":"mutation M {\\n  b\\n}"}]')).toBe(false);
    // A variable named query holding a mutation's text: conservative, not retried.
    expect(isPrintedQueryBody('{"query":"{\\n  a\\n}","variables":{"query":"mutation"}}')).toBe(false);
    expect(isPrintedQueryBody('{"query":"queryX {}"}')).toBe(false);
    expect(isPrintedQueryBody('{}')).toBe(false);
  });
});
