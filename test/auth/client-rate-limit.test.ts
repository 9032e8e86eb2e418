/**
 * Per-client rate limit (TI_GRAPH_CLIENT_RATE): a token bucket per client identity; over it, 429
 * with Retry-After and RATE_LIMITED, other clients untouched.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ClientRateLimitError } from '../../src/errors/index.js';
import { createClientRateLimiter } from '../../src/gateway/auth/index.js';
import { gql, useHarness } from '../helpers/gateway.js';

describe('client rate limiter', () => {
  it('lets a burst through, then one request per refill interval, per client', () => {
    let now = 0;
    const limiter = createClientRateLimiter({ perMinute: 60, burst: 3 }, () => now);
    const app = { name: 'spa', scopes: [], via: 'oidc' as const };
    const other = { name: 'spa', scopes: [], via: 'token' as const };
    for (let i = 0; i < 3; i++) limiter.take(app);
    let refused: unknown;
    try {
      limiter.take(app);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ClientRateLimitError);
    expect((refused as ClientRateLimitError).retryAfterMs).toBe(1_000);
    // A static token that happens to share the name is another client.
    expect(() => limiter.take(other)).not.toThrow();
    now = 999;
    expect(() => limiter.take(app)).toThrow(ClientRateLimitError);
    now = 1_000;
    expect(() => limiter.take(app)).not.toThrow();
    // An idle minute refills to the burst, not beyond.
    now = 120_000;
    for (let i = 0; i < 3; i++) limiter.take(app);
    expect(() => limiter.take(app)).toThrow(ClientRateLimitError);
  });
});

describe('gateway with TI_GRAPH_CLIENT_RATE', () => {
  const A = { name: 'app-a', token: 'rate-limit-token-a-0123456', scopes: ['read' as const] };
  const B = { name: 'app-b', token: 'rate-limit-token-b-0123456', scopes: ['read' as const] };
  const h = useHarness({ tokens: [A, B], env: { TI_GRAPH_CLIENT_RATE: '6/min,3' } });
  beforeAll(async () => {
    // 6 per minute: one token per 10 s, so the machine's pace cannot refill one mid-test.
  });

  it('answers 429 RATE_LIMITED with Retry-After past the burst, to that client only', async () => {
    for (let i = 0; i < 3; i++) expect((await gql(h(), { query: '{ CurrentUser { email } }' }, { token: A.token })).status).toBe(200);
    const limited = await gql(h(), { query: '{ CurrentUser { email } }' }, { token: A.token });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10);
    expect(limited.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(limited.body.errors[0].extensions.retryAfterMs).toBeGreaterThan(0);
    expect(limited.body.errors[0].message).toContain('"app-a"');
    expect((await gql(h(), { query: '{ CurrentUser { email } }' }, { token: B.token })).status).toBe(200);
    // A refused credential is not charged to anyone's bucket (and is 401, not 429).
    expect((await gql(h(), { query: '{ CurrentUser { email } }' }, { token: 'unknown-token-0123456789' })).status).toBe(401);
  });
});
