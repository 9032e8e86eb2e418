/**
 * CI reads the live graph from a production gateway (#23): a client holding the `schema` scope may
 * introspect it (drift's `--target URL --header` recipe), no one else may, and `schema` grants
 * nothing else.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { runDrift } from '../../src/drift/index.js';
import { gql, useHarness } from '../helpers/gateway.js';

const CI = { name: 'ci', token: 'ci-token-0123456789abcdef', scopes: ['schema' as const] };
const APP = { name: 'app', token: 'app-token-0123456789abcdef', scopes: ['admin' as const] };
const INTROSPECT = '{ __schema { queryType { name } } }';

describe('the schema scope in production', () => {
  const h = useHarness({ tokens: [CI, APP], env: { TI_GRAPH_ENV: 'production' } });

  it('lets only a schema-scoped client introspect, whatever the order', async () => {
    for (let round = 0; round < 2; round++) {
      const refused = await gql(h(), { query: INTROSPECT }, { token: APP.token });
      expect(refused.body.errors?.[0]?.message).toMatch(/introspection has been disabled/i);
      const allowed = await gql(h(), { query: INTROSPECT }, { token: CI.token });
      expect(allowed.body.errors).toBeUndefined();
      expect(allowed.body.data.__schema.queryType.name).toBe('Query');
    }
  });

  it('grants nothing but introspection', async () => {
    const read = await gql(h(), { query: '{ CurrentUser { email } }' }, { token: CI.token });
    expect(read.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("makes the README's CI recipe work: ti-graph drift --target GATEWAY --header 'Authorization: Bearer ...'", async () => {
    const { report } = await runDrift({
      cwd: process.cwd(),
      config: loadConfig({}),
      target: h().gateway.url,
      headers: { authorization: `Bearer ${CI.token}` },
    });
    expect(report.target).toContain('/graphql');
    expect(report.summary.invalidOperations).toBe(0);
  });
});
