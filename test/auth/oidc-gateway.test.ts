/**
 * The gateway behind a real OpenID provider on loopback (oidc-provider, client-credentials JWT
 * access tokens): tokens work on the fast path and through Yoga, scopes come from the token,
 * static tokens keep working alongside, refusals are 401 UNAUTHENTICATED saying what was wrong,
 * a key rotation at the provider is picked up without a restart, the client's identity is in the
 * access log, and the tenant key is in no response.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, useHarness, type GraphqlResponse } from '../helpers/gateway.js';
import { OP_AUDIENCE, startOpenIdProvider, type OpenIdProvider } from './openid-provider.js';

const SERVICE = { name: 'nightly-sync', token: 'static-service-token-abcdef012', scopes: ['read' as const, 'write' as const] };

let op: OpenIdProvider;
const seen: GraphqlResponse[] = [];
const call = async (payload: unknown, token: string | null) => {
  const response = await gql(h(), payload, { token });
  seen.push(response);
  return response;
};

// The provider starts before the gateway reads its discovery document, and stops after the gateway.
beforeAll(async () => {
  op = await startOpenIdProvider();
});
afterAll(async () => {
  await op?.close();
});
const h = useHarness(() => ({
  tokens: [SERVICE],
  env: {
    TI_GRAPH_OIDC_ISSUER: op.issuer,
    TI_GRAPH_OIDC_AUDIENCE: OP_AUDIENCE,
    TI_GRAPH_OIDC_SCOPE_PREFIX: 'ti-graph:',
    // Short, so the rotation case does not wait 30 s for the refresh the unknown kid may trigger.
    TI_GRAPH_OIDC_REFRESH_COOLDOWN_MS: '200',
  },
}));

describe('gateway with an OpenID provider', () => {
  it('mints no development token when an issuer is configured', () => {
    expect(h().gateway.token).toBeUndefined();
  });

  it('runs a tenant query (fast path) and a REST-backed one (Yoga) with a client-credentials access token', async () => {
    const token = await op.token('web');
    const fast = await call({ query: '{ CurrentUser { email } }' }, token);
    expect(fast.status).toBe(200);
    expect(fast.body.errors).toBeUndefined();
    expect(fast.body.data.CurrentUser.email).toContain('@');
    const rest = await call({ query: '{ users(perPage: 1) { total } }' }, token);
    expect(rest.body.errors).toBeUndefined();
    expect(rest.body.data.users.total).toBeGreaterThan(0);
    // The identity for logs (and rate limits) is the token's client_id.
    const lines = h().logs.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request' && line.reqId === fast.headers.get('x-request-id'));
    expect(lines[0]).toMatchObject({ client: 'web', route: 'fast', status: 200 });
    expect(h().logs.join('\n')).not.toContain(token);
  });

  it("takes scopes from the token: web's read-only token may not write, hr-bot's may", async () => {
    const mutation = { query: 'mutation { createUser(input: { email: "oidc.made@example.com" }) { id } }' };
    const refused = await call(mutation, await op.token('web'));
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.body.errors[0].message).toContain('"web"');
    const done = await call(mutation, await op.token('hr-bot'));
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data.createUser.id).toBeTruthy();
  });

  it('keeps static tokens working next to OIDC', async () => {
    const response = await call({ query: '{ CurrentUser { email } }' }, SERVICE.token);
    expect(response.body.data.CurrentUser.email).toContain('@');
  });

  it('refuses a token for another audience, a forged one and none at all with 401 UNAUTHENTICATED', async () => {
    const foreign = await op.token('web', { resource: 'https://another-api.test' });
    const wrongAudience = await call({ query: '{ CurrentUser { email } }' }, foreign);
    expect(wrongAudience.status).toBe(401);
    expect(wrongAudience.headers.get('www-authenticate')).toBe('Bearer');
    expect(wrongAudience.body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(wrongAudience.body.errors[0].message).toMatch(/wrong audience/);
    expect(wrongAudience.text).not.toContain(foreign);

    const good = await op.token('web');
    const [header, payload] = good.split('.');
    const forged = await call({ query: '{ CurrentUser { email } }' }, `${header}.${payload}.${'A'.repeat(342)}`);
    expect(forged.status).toBe(401);
    expect(forged.body.errors[0].message).toMatch(/signature does not verify/);

    const none = await call({ query: '{ CurrentUser { email } }' }, null);
    expect(none.status).toBe(401);
    expect(none.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('picks up a rotated signing key without a restart', async () => {
    const before = await op.token('web');
    expect((await call({ query: '{ CurrentUser { email } }' }, before)).status).toBe(200);
    await op.rotate();
    await new Promise((resolve) => setTimeout(resolve, 250)); // past the refresh cooldown
    const after = await op.token('web');
    expect(JSON.parse(Buffer.from(after.split('.')[0]!, 'base64url').toString()).kid).not.toBe(
      JSON.parse(Buffer.from(before.split('.')[0]!, 'base64url').toString()).kid,
    );
    const response = await call({ query: '{ CurrentUser { email } }' }, after);
    expect(response.status).toBe(200);
    expect(response.body.data.CurrentUser.email).toContain('@');
    // The old key is still published: tokens signed before the rotation keep working until they expire.
    expect((await call({ query: '{ CurrentUser { email } }' }, before)).status).toBe(200);
  });

  it('never sends the tenant key in any response', () => {
    expect(seen.length).toBeGreaterThan(8);
    for (const response of seen) {
      expect(response.text).not.toContain(h().tenant.apiKey);
      expect(JSON.stringify([...response.headers])).not.toContain(h().tenant.apiKey);
    }
  });
});
