/**
 * The GraphQL-over-HTTP conformance audits that ship with `graphql-http` (`serverAudits`), run
 * against the gateway twice: once on a tenant-only document (the fast path's territory) and once
 * on a composed one (tenant + REST fields, always Yoga). The audits send `{ __typename }`-shaped
 * documents; a fetch wrapper widens each such query with the document under test, so every audit
 * that is about a well-formed request exercises the path that document takes.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/gateway.js';

const TENANT_ONLY = 'CompanyDetails { name }';
const COMPOSED = 'CompanyDetails { name } users(perPage: 1) { total }';

/** `{ __typename }` -> `{ __typename <extra> }` in a query text (only read operations). */
function widen(query: string, extra: string): string {
  if (!/^\s*(query\b|\{)/.test(query)) return query;
  return query.replace('__typename', `__typename ${extra}`);
}

function auditFetch(token: string, extra: string): typeof fetch {
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const query = url.searchParams.get('query');
    if (query !== null) url.searchParams.set('query', widen(query, extra));
    let body = init?.body;
    if (typeof body === 'string') {
      try {
        const parsed = JSON.parse(body) as unknown;
        if (parsed && typeof parsed === 'object' && typeof (parsed as { query?: unknown }).query === 'string') {
          body = JSON.stringify({ ...parsed, query: widen((parsed as { query: string }).query, extra) });
        }
      } catch {
        // not JSON: sent as the audit wrote it
      }
    }
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${token}`);
    return fetch(url, { ...init, headers, ...(body !== undefined ? { body } : {}) });
  };
}

describe('graphql-http server audits against the gateway', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  for (const [name, extra] of [
    ['tenant-only document (fast path)', TENANT_ONLY],
    ['composed document (Yoga)', COMPOSED],
  ] as const) {
    it(`passes all 61 audits on a ${name}`, async () => {
      const audits = serverAudits({ url: h.gateway.url, fetchFn: auditFetch(h.gateway.token!, extra) });
      expect(audits).toHaveLength(61);
      const failures: string[] = [];
      for (const audit of audits) {
        const result = await audit.fn();
        if (result.status !== 'ok') failures.push(`${audit.id} ${audit.name}: ${result.status} ${result.reason}`);
      }
      if (failures.length) console.log(`${name}: ${61 - failures.length}/61 ok\n${failures.join('\n')}`);
      expect(failures).toEqual([]);
    });
  }

  it('the tenant-only document really takes the fast path and the composed one Yoga', async () => {
    for (const [extra, route] of [[TENANT_ONLY, 'fast'], [COMPOSED, 'yoga']] as const) {
      const id = `audit-route-${route}`;
      const res = await fetch(h.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${h.gateway.token}`, 'x-request-id': id },
        body: JSON.stringify({ query: `{ __typename ${extra} }` }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
      expect((await res.json()).data.CompanyDetails.name).toBeTruthy();
      expect(h.logs.map((l) => JSON.parse(l)).find((l) => l.reqId === id && l.msg === 'request')).toMatchObject({ route });
    }
  });
});
