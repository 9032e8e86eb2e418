import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors/index.js';
import { createErrorMasker, SAFE_TENANT_MESSAGES } from '../../src/gateway/errors.js';
import type { RequestBudget } from '../../src/tenant/budget/index.js';
import { gql, useHarness } from '../helpers/gateway.js';

// The v2 profile puts the key in the GraphQL URL (`/helium?apiKey=`) and in a Bearer header for
// REST: the surface most likely to leak it into an error message.
describe('gateway error codes (v2 profile: key in the URL)', () => {
  const h = useHarness({ env: { TI_PROFILE: 'v2' } });
  const responses: string[] = [];
  let userId: string;
  beforeAll(async () => {
    userId = h().sandbox.tenants[0]!.store.listUsers({ page: 1, perPage: 1 }).users[0]!.id;
  });
  afterAll(async () => {
    h().sandbox.tenants[0]!.setFaults(undefined);
  });

  const run = async (query: string) => {
    const res = await gql(h(), { query });
    responses.push(res.text);
    return res;
  };

  it('reaches the tenant through /helium?apiKey= on both paths', async () => {
    const res = await run('{ CurrentUser { id account { id } } }');
    expect(h().sandbox.requests.count({ route: 'POST /helium' })).toBeGreaterThan(0);
    expect(res.body.data.CurrentUser.id).toBeTruthy();
  });

  it('NOT_FOUND for an unknown user, with the path masked and partial data kept', async () => {
    const res = await run(`{ known: user(id: "${userId}") { id } missing: user(id: "nope") { id } }`);
    expect(res.body.data.known.id).toBe(userId);
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('UPSTREAM_ERROR when the tenant fails (503), on REST fields and on the fast path', async () => {
    h().sandbox.tenants[0]!.setFaults({ errorRate: 1 });
    try {
      const rest = await run('{ users(perPage: 1) { total } }');
      expect(rest.body.errors[0].extensions.code).toBe('UPSTREAM_ERROR');
      const tenantOnly = await run('{ CurrentUser { id } }');
      expect(tenantOnly.status).toBe(502);
      expect(tenantOnly.body.errors[0].extensions.code).toBe('UPSTREAM_ERROR');
      const mixed = await run(`{ CurrentUser { id } user(id: "${userId}") { id } }`);
      expect(mixed.body.data).toEqual({ CurrentUser: null, user: null });
      expect(mixed.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['UPSTREAM_ERROR', 'UPSTREAM_ERROR']);
    } finally {
      h().sandbox.tenants[0]!.setFaults(undefined);
    }
  });

  it('RATE_LIMITED when the tenant answers 429 and the retry budget is spent', async () => {
    h().sandbox.tenants[0]!.setFaults({ burst429Rate: 1 });
    try {
      const res = await run(`{ user(id: "${userId}") { id } }`);
      expect(res.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      h().sandbox.tenants[0]!.setFaults(undefined);
    }
  });

  it('passes the tenant\'s rate-limit signals on: headers on the fast path, retryAfterMs on REST fields', async () => {
    h().sandbox.tenants[0]!.setFaults({ bucket: { perMinute: 60, burst: 2 } });
    try {
      const first = await gql(h(), { query: '{ CurrentUser { id } }' });
      responses.push(first.text);
      expect(first.status).toBe(200);
      expect(first.headers.get('x-ratelimit-remaining')).not.toBeNull();
      let refused = first;
      for (let i = 0; i < 3 && refused.status !== 429; i += 1) {
        refused = await gql(h(), { query: '{ CurrentUser { id } }' });
        responses.push(refused.text);
      }
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      const rest = await run(`{ user(id: "${userId}") { id } }`);
      expect(rest.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(rest.body.errors[0].extensions.retryAfterMs).toBeGreaterThan(0);
    } finally {
      h().sandbox.tenants[0]!.setFaults(undefined);
    }
  });

  it('passes the tenant\'s own GraphQL errors through (validation, UNAUTHENTICATED session)', async () => {
    const invalid = await run('{ CurrentUser { noSuchField } }');
    expect(invalid.body.errors[0].message).toContain('noSuchField');
    const res = await gql(h(), { query: '{ CurrentUser { id } }' }, { headers: { authtoken: 'not-a-session' } });
    responses.push(res.text);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('never puts the key in a response or a log line', () => {
    expect(responses.length).toBeGreaterThan(5);
    for (const text of [...responses, ...h().logs]) {
      expect(text).not.toContain(h().sandbox.apiKey);
      expect(text).not.toContain(encodeURIComponent(h().sandbox.apiKey));
    }
  });
});

describe('error masking', () => {
  const lines: string[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => lines.push(line) });
  const mask = createErrorMasker(['the-tenant-key-123'], logger);

  it('keeps a typed error\'s code and message, scrubbed of the key', () => {
    const error = new GraphQLError('wrapped', { originalError: new NotFoundError({ method: 'GET', path: '/users/1?apiKey=the-tenant-key-123', status: 404 }) });
    const masked = mask(error) as GraphQLError;
    expect(masked.extensions.code).toBe('NOT_FOUND');
    expect(masked.message).not.toContain('the-tenant-key-123');
  });

  it('hides anything unexpected behind "Unexpected error." and logs it', () => {
    const error = new GraphQLError('boom', { originalError: new TypeError('internal detail at /srv/app.js:12') });
    const masked = mask(error) as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions.code).toBe('INTERNAL');
    expect(lines.join('')).toContain('internal detail');
  });
});

// A budget that grants until told to refuse (the gateway reads its schema through it at start).
const refusing = { now: false };
const switchableBudget: RequestBudget = {
  acquire: async () => (refusing.now ? { granted: false, waitMs: 2_500 } : { granted: true, waitedMs: 0 }),
  pause: () => undefined,
  pauseRemainingMs: () => 0,
};

describe('one masker for the forwarded path', () => {
  const h = useHarness({ budget: switchableBudget });

  it('words a forward the tenant budget refused as the masker words any tenant rate limit', async () => {
    refusing.now = true;
    try {
      const res = await gql(h(), { query: '{ CurrentUser { id } }' }, { headers: { 'x-request-id': 'budget-1' } });
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('3');
      expect(res.body.errors).toEqual([
        { message: SAFE_TENANT_MESSAGES.RATE_LIMITED, extensions: { code: 'RATE_LIMITED', retryAfterMs: 2_500, requestId: 'budget-1' } },
      ]);
    } finally {
      refusing.now = false;
    }
  });
});
