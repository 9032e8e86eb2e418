/**
 * One tenant batcher for both execution paths: the tenant calls of one client batch go out as one
 * array POST, and a batch answer that does not match its operations (the sandbox's `batchAnswer`
 * fault: an array one result short, or one result alone instead of an array) fails every operation
 * of the batch with UPSTREAM_ERROR, never hands one operation another's result. Over HTTP on
 * loopback, through the query plan (the default) and through stitched execution.
 */
import { describe, expect, it } from 'vitest';
import { gql, useHarness, type Harness } from '../helpers/gateway.js';

const GRAPHQL_PATH = '/incoming/api/graphql';

/** Two operations, each with a tenant root field (its own alias) and a REST-backed one. */
const BATCH = [
  { query: 'query One { one: CompanyDetails { subdomain } users(perPage: 1) { total } }', operationName: 'One' },
  { query: 'query Two { two: CompanyDetails { name } users(perPage: 2) { total } }', operationName: 'Two' },
];

const tenantPosts = (h: Harness) => h.sandbox.requests.count({ method: 'POST', route: GRAPHQL_PATH });

function suite(name: string, internal: { queryPlan?: boolean }) {
  describe(name, () => {
    const h = useHarness({ sandbox: { users: 20 }, internal });

    it('sends the tenant calls of a client batch as one POST and gives each operation its own result', async () => {
      const before = tenantPosts(h());
      const res = await gql(h(), BATCH);
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(2);
      const [one, two] = res.body;
      expect(one.errors).toBeUndefined();
      expect(two.errors).toBeUndefined();
      expect(Object.keys(one.data).sort()).toEqual(['one', 'users']);
      expect(Object.keys(two.data).sort()).toEqual(['two', 'users']);
      expect(Object.keys(one.data.one)).toEqual(['subdomain']);
      expect(Object.keys(two.data.two)).toEqual(['name']);
      expect(tenantPosts(h()) - before).toBe(1);
    });

    it.each(['short', 'object'] as const)('fails every operation with UPSTREAM_ERROR when the batch is answered %s', async (answer) => {
      const tenant = h().sandbox.tenants[0]!;
      tenant.setFaults({ batchAnswer: answer, path: GRAPHQL_PATH });
      try {
        const res = await gql(h(), BATCH);
        expect(res.status).toBe(200);
        expect(res.body).toHaveLength(2);
        for (const [i, alias] of (['one', 'two'] as const).entries()) {
          const result = res.body[i];
          // The tenant field is null with the typed error at its path; the REST field is unaffected.
          expect(result.data[alias]).toBeNull();
          expect(typeof result.data.users.total).toBe('number');
          expect(result.errors).toHaveLength(1);
          expect(result.errors[0]).toMatchObject({ path: [alias], extensions: { code: 'UPSTREAM_ERROR' } });
          // Nothing of the other operation's result leaks in.
          expect(Object.keys(result.data).sort()).toEqual([alias, 'users']);
        }
        const faulted = h().sandbox.requests.entries().filter((entry) => entry.fault === (answer === 'short' ? 'batchShort' : 'batchObject'));
        expect(faulted.length).toBeGreaterThan(0);
      } finally {
        tenant.setFaults(undefined);
      }
    });
  });
}

suite('tenant batch answers through the query plan', {});
suite('tenant batch answers through stitched execution', { queryPlan: false });
