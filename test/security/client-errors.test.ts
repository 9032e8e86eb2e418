import { beforeAll, describe, expect, it } from 'vitest';
import { SAFE_TENANT_MESSAGES } from '../../src/gateway/errors.js';
import { gql, useHarness, type Harness } from '../helpers/gateway.js';

/** What must never reach a client: the tenant's REST paths and text, network internals, stack frames, file paths. */
const INTERNAL_TEXT = [/\/incoming\//, /ECONNREFUSED/, /fetch failed/, /127\.0\.0\.1/, /documented shape/, /does not exist/, /\bat \S+ \(/, /\.ts:\d+/, /\/src\//, /originalError/];

function expectNoInternalText(text: string) {
  for (const pattern of INTERNAL_TEXT) expect(text, String(pattern)).not.toMatch(pattern);
}

type Line = Record<string, unknown>;
const parsedLogs = (h: Harness): Line[] => h.logs.map((line) => JSON.parse(line) as Line);

describe('client errors: a safe message per code, the details in the log under the request id (#14 item 3)', () => {
  const h = useHarness({ sandbox: { users: 20 } });
  let userId: string;
  beforeAll(async () => {
    userId = h().sandbox.tenants[0]!.store.listUsers({ page: 1, perPage: 1 }).users[0]!.id;
  });

  it('NOT_FOUND: "Not found." with extensions.requestId; method, path and tenant text only in that log line', async () => {
    const res = await gql(h(), { query: '{ user(id: "nope") { id } }' }, { headers: { 'x-request-id': 'nf-1' } });
    expectNoInternalText(res.text);
    expect(res.body.errors[0]).toMatchObject({ message: SAFE_TENANT_MESSAGES.NOT_FOUND, path: ['user'], extensions: { code: 'NOT_FOUND', requestId: 'nf-1' } });
    expect(res.headers.get('x-request-id')).toBe('nf-1');
    const line = parsedLogs(h()).find((l) => l.reqId === 'nf-1' && l.msg === 'tenant call failed');
    expect(line).toMatchObject({ method: 'GET', path: '/incoming/api/v1/users/nope', status: 404, code: 'NOT_FOUND' });
    expect(String(line!.serverMessage)).toMatch(/nope/);
  });

  it('UPSTREAM_ERROR for a response without the documented shape: the zod detail stays in the log', async () => {
    // The sandbox always answers the documented shape: reach into its store (a private map) to break one record.
    const users = (h().sandbox.tenants[0]!.store as unknown as { users: Map<string, Record<string, unknown>> }).users;
    const user = users.get(userId)!;
    const email = user.email;
    user.email = 12_345;
    try {
      const res = await gql(h(), { query: `{ user(id: "${userId}") { id email } }` }, { headers: { 'x-request-id': 'shape-1' } });
      expectNoInternalText(res.text);
      expect(res.body.errors[0]).toMatchObject({ message: SAFE_TENANT_MESSAGES.UPSTREAM_ERROR, extensions: { code: 'UPSTREAM_ERROR', requestId: 'shape-1' } });
      const line = parsedLogs(h()).find((l) => l.reqId === 'shape-1' && l.msg === 'tenant call failed');
      expect(String(line?.serverMessage)).toMatch(/documented shape at (user\.)?email/);
    } finally {
      user.email = email;
    }
  });

  it('a body that is not JSON: 400 BAD_REQUEST, without extensions.originalError echoing the bytes', async () => {
    const res = await gql(h(), '{"query": "{ CurrentUser { id } }", oops secret-looking-text', { headers: { 'x-request-id': 'json-1' } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', requestId: 'json-1' });
    expect(res.text).not.toContain('secret-looking-text');
    expectNoInternalText(res.text);
  });

  it('ti-graph\'s own input errors keep their explanation, with the request id', async () => {
    const res = await gql(h(), { query: '{ users(perPage: 500) { total } }' }, { headers: { 'x-request-id': 'input-1' } });
    expect(res.body.errors[0]).toMatchObject({ message: expect.stringContaining('perPage'), extensions: { code: 'BAD_USER_INPUT', requestId: 'input-1' } });
  });

  it('validation errors and limit refusals carry the request id too', async () => {
    const invalid = await gql(h(), { query: '{ users { nope } }' }, { headers: { 'x-request-id': 'valid-1' } });
    expect(invalid.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'valid-1' });
    const deep = await gql(h(), { query: `{ ${'CurrentUser { '.repeat(50)}id${' }'.repeat(50)} }` }, { headers: { 'x-request-id': 'deep-1' } });
    expect(deep.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'nesting', requestId: 'deep-1' });
  });
});

describe('client errors when the tenant is unreachable', () => {
  const h = useHarness({ sandbox: { users: 5 } });
  beforeAll(async () => {
    await h().sandbox.close();
  });

  it('NETWORK_ERROR: "The tenant could not be reached." and no socket detail', async () => {
    const res = await gql(h(), { query: '{ users(perPage: 1) { total } }' }, { headers: { 'x-request-id': 'net-1' } });
    expectNoInternalText(res.text);
    expect(res.body.errors[0]).toMatchObject({ message: SAFE_TENANT_MESSAGES.NETWORK_ERROR, extensions: { code: 'NETWORK_ERROR', requestId: 'net-1' } });
    const line = parsedLogs(h()).find((l) => l.reqId === 'net-1' && l.msg === 'tenant call failed');
    expect(String(line?.serverMessage)).toMatch(/ECONNREFUSED/);
  });
});
