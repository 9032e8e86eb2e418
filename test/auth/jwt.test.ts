/**
 * JWT verification with keys the test generates, served by a discovery + JWKS endpoint on loopback
 * that counts its fetches: every refusal the issue lists, scopes and identity claims, key rotation
 * without restart, and a flood of made-up kids costing the IdP at most one JWKS fetch.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OidcConfig } from '../../src/config/index.js';
import { ClientAuthError, IdentityProviderError } from '../../src/errors/index.js';
import { createAuthenticator, type Authenticator } from '../../src/gateway/auth/index.js';
import { AUDIENCE, makeKey, signToken, startTestIssuer, type SigningKey, type TestIssuer } from './support.js';

let idp: TestIssuer;
let rsa: SigningKey;
let ec: SigningKey;

function oidcConfig(overrides: Partial<OidcConfig> = {}): OidcConfig {
  return {
    issuer: idp.issuer,
    audience: AUDIENCE,
    scopesClaim: 'scope',
    scopePrefix: '',
    clockToleranceSeconds: 30,
    refreshCooldownMs: 30_000,
    ...overrides,
  };
}

function authenticator(overrides: Partial<OidcConfig> = {}): Authenticator {
  return createAuthenticator({ tokens: [{ name: 'service', token: 'static-service-token-0123', scopes: ['read', 'write'] }], oidc: oidcConfig(overrides) });
}

/** The refusal a bearer value gets: its message (asserted never to contain the token). */
async function refusal(auth: Authenticator, token: string): Promise<string> {
  try {
    await auth.authenticateHeader(`Bearer ${token}`);
  } catch (error) {
    expect(error).toBeInstanceOf(ClientAuthError);
    const message = (error as Error).message;
    expect(message).not.toContain(token);
    expect(message).not.toContain(token.split('.')[1] ?? token);
    return message;
  }
  throw new Error('expected the token to be refused');
}

beforeAll(async () => {
  idp = await startTestIssuer();
  rsa = await makeKey('rsa-1', 'RS256');
  ec = await makeKey('ec-1', 'ES256');
  idp.published = [rsa, ec];
});
afterAll(() => idp.close());

describe('OIDC access tokens', () => {
  it('accepts RS256 and ES256 tokens of the issuer for the audience, naming the client by azp, client_id, then sub', async () => {
    const auth = authenticator();
    expect(await auth.authenticateHeader(`Bearer ${await signToken(idp.issuer, rsa, { azp: 'spa', client_id: 'other', scope: 'read write' })}`)).toEqual({
      name: 'spa',
      scopes: ['read', 'write'],
      via: 'oidc',
    });
    expect((await auth.authenticateHeader(`Bearer ${await signToken(idp.issuer, ec, { client_id: 'mobile' })}`)).name).toBe('mobile');
    expect((await auth.authenticateHeader(`Bearer ${await signToken(idp.issuer, ec, { sub: 'user-42' })}`)).name).toBe('user-42');
    // aud may be an array that contains the audience.
    expect((await auth.authenticateHeader(`Bearer ${await signToken(idp.issuer, rsa, { aud: ['other-api', AUDIENCE] })}`)).scopes).toEqual(['read']);
    // Static tokens keep working next to OIDC.
    expect(await auth.authenticateHeader('Bearer static-service-token-0123')).toEqual({ name: 'service', scopes: ['read', 'write'], via: 'token' });
  });

  it('maps a scope claim given as a string or an array, with a prefix, ignoring values it does not know', async () => {
    const prefixed = authenticator({ scopePrefix: 'ti-graph:', scopesClaim: 'scp' });
    const fromArray = await prefixed.authenticateHeader(`Bearer ${await signToken(idp.issuer, rsa, { scp: ['ti-graph:read', 'ti-graph:admin', 'read', 'openid'] })}`);
    expect(fromArray.scopes.sort()).toEqual(['admin', 'read']);
    const fromString = await prefixed.authenticateHeader(`Bearer ${await signToken(idp.issuer, rsa, { scp: 'openid ti-graph:write' })}`);
    expect(fromString.scopes).toEqual(['write']);
    const nested = authenticator({ scopesClaim: 'realm_access.roles' });
    expect((await nested.authenticateHeader(`Bearer ${await signToken(idp.issuer, rsa, { realm_access: { roles: ['write', 'x'] } })}`)).scopes).toEqual(['write']);
    // A token with no gateway scope authenticates with none (every operation is then FORBIDDEN).
    expect((await prefixed.authenticateHeader(`Bearer ${await signToken(idp.issuer, rsa, { scp: 'openid' })}`)).scopes).toEqual([]);
  });

  it('refuses expired, not-yet-valid, foreign, mis-addressed and expiry-less tokens, saying which', async () => {
    const auth = authenticator();
    const now = Math.floor(Date.now() / 1000);
    expect(await refusal(auth, await signToken(idp.issuer, rsa, { exp: now - 120 }))).toBe('the token has expired');
    expect(await refusal(auth, await signToken(idp.issuer, rsa, { nbf: now + 600 }))).toMatch(/not valid yet/);
    expect(await refusal(auth, await signToken(idp.issuer, rsa, { aud: 'https://another.api' }))).toMatch(/wrong audience/);
    expect(await refusal(auth, await signToken('https://evil.example.com', rsa))).toMatch(/issuer this gateway does not trust/);
    // A trailing-slash variant of the issuer is another issuer: iss is compared exactly.
    expect(await refusal(auth, await signToken(`${idp.issuer}/`, rsa))).toMatch(/issuer this gateway does not trust/);
    expect(await refusal(auth, await signToken(idp.issuer, rsa, { exp: undefined }))).toMatch(/exp/);
    expect(await refusal(auth, await signToken(idp.issuer, rsa, { azp: undefined, sub: undefined }))).toMatch(/names no client/);
  });

  it('allows the configured clock skew on exp and nbf, and not more', async () => {
    const auth = authenticator({ clockToleranceSeconds: 30 });
    const now = Math.floor(Date.now() / 1000);
    expect((await auth.authenticateHeader(`Bearer ${await signToken(idp.issuer, rsa, { exp: now - 10 })}`)).name).toBe('user-1');
    expect((await auth.authenticateHeader(`Bearer ${await signToken(idp.issuer, rsa, { nbf: now + 10 })}`)).name).toBe('user-1');
    expect(await refusal(auth, await signToken(idp.issuer, rsa, { exp: now - 45 }))).toBe('the token has expired');
  });

  it('does not keep serving a remembered token once it expires', async () => {
    const auth = authenticator({ clockToleranceSeconds: 0 });
    const token = await signToken(idp.issuer, rsa, { exp: Math.floor(Date.now() / 1000) + 2 });
    expect((await auth.authenticateHeader(`Bearer ${token}`)).name).toBe('user-1');
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await refusal(auth, token)).toBe('the token has expired');
  });

  it('refuses alg none, HS256 (even with the public key as the secret) and a tampered signature', async () => {
    const auth = authenticator();
    const unsecured = new UnsecuredJWT({ sub: 'root', scope: 'admin', aud: AUDIENCE }).setIssuer(idp.issuer).setExpirationTime('5m').encode();
    expect(await refusal(auth, unsecured)).toMatch(/signing algorithm \(none\) is not accepted/);
    // The classic confusion attack: HMAC keyed with the RSA public key's bytes.
    const hs = await new SignJWT({ iss: idp.issuer, aud: AUDIENCE, sub: 'root', scope: 'admin' })
      .setProtectedHeader({ alg: 'HS256', kid: rsa.kid })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(JSON.stringify(rsa.publicJwk)));
    expect(await refusal(auth, hs)).toMatch(/signing algorithm \(HS256\) is not accepted/);
    const good = await signToken(idp.issuer, rsa, { scope: 'read' });
    const [header, , signature] = good.split('.');
    const forged = Buffer.from(JSON.stringify({ iss: idp.issuer, aud: AUDIENCE, sub: 'root', scope: 'admin', exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url');
    expect(await refusal(auth, `${header}.${forged}.${signature}`)).toMatch(/signature does not verify/);
    expect(await refusal(auth, 'eyJhbGciOiJSUzI1NiJ9.bm90LWpzb24.c2ln')).toMatch(/not a well-formed JWT/);
  });

  it('refuses a key the JWKS does not publish, and accepts a rotated key without a restart', async () => {
    const before = idp.hits.jwks;
    const auth = authenticator({ refreshCooldownMs: 300 });
    expect((await auth.authenticateHeader(`Bearer ${await signToken(idp.issuer, rsa)}`)).name).toBe('user-1');
    const stranger = await makeKey('not-published');
    expect(await refusal(auth, await signToken(idp.issuer, stranger))).toMatch(/key the identity provider does not publish/);

    // The IdP rotates: a new key is published next to the old one, then the old one is retired.
    const next = await makeKey('rsa-2');
    idp.published = [next, ec];
    await new Promise((resolve) => setTimeout(resolve, 350)); // past the refresh cooldown
    expect((await auth.authenticateHeader(`Bearer ${await signToken(idp.issuer, next, { sub: 'after-rotation' })}`)).name).toBe('after-rotation');
    // One fetch at the start, one for the stranger's kid (it could have been a rotation), one for rsa-2.
    expect(idp.hits.jwks - before).toBeLessThanOrEqual(3);
    idp.published = [rsa, ec];
  });

  it('a flood of tokens with made-up kids costs the IdP at most one JWKS fetch per cooldown period', async () => {
    const auth = authenticator({ refreshCooldownMs: 30_000 });
    expect((await auth.authenticateHeader(`Bearer ${await signToken(idp.issuer, rsa)}`)).name).toBe('user-1');
    const before = idp.hits.jwks;
    const forger = await makeKey('x');
    const tokens = await Promise.all(
      Array.from({ length: 300 }, (_, i) => signToken(idp.issuer, forger, { sub: `flood-${i}` }, { kid: randomBytes(8).toString('hex') })),
    );
    const outcomes = await Promise.allSettled(tokens.map((token) => auth.authenticateHeader(`Bearer ${token}`)));
    expect(outcomes.every((o) => o.status === 'rejected' && o.reason instanceof ClientAuthError)).toBe(true);
    expect(idp.hits.jwks - before).toBeLessThanOrEqual(1);
  });

  it('reports an unreachable IdP as the IdP failing (not the token), and recovers', async () => {
    const auth = authenticator({ refreshCooldownMs: 0 });
    idp.failJwks = 503;
    try {
      await expect(auth.authenticateHeader(`Bearer ${await signToken(idp.issuer, rsa)}`)).rejects.toBeInstanceOf(IdentityProviderError);
    } finally {
      idp.failJwks = undefined;
    }
    expect((await auth.authenticateHeader(`Bearer ${await signToken(idp.issuer, rsa)}`)).name).toBe('user-1');
  });

  it('without an issuer configured, a JWT is refused as unknown and a wrong static token too', async () => {
    const auth = createAuthenticator({ tokens: [], oidc: undefined });
    expect(await refusal(auth, await signToken(idp.issuer, rsa))).toMatch(/accepts no JWTs/);
    expect(await refusal(auth, 'some-guess-0123456789')).toBe('the gateway does not know this client token');
    await expect(auth.authenticateHeader(undefined)).rejects.toThrow(/Authorization: Bearer/);
    await expect(auth.authenticateHeader('Basic dXNlcjpwYXNz')).rejects.toThrow(/Authorization: Bearer/);
  });
});
