/**
 * A minimal OpenID provider for the unit cases: discovery + JWKS on loopback, serving keys the test
 * generates (and rotates), counting every fetch, and signing tokens with any of them.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';

export interface SigningKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function makeKey(kid: string, alg: 'RS256' | 'ES256' | 'PS256' | 'EdDSA' = 'RS256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

export interface TestIssuer {
  issuer: string;
  /** Keys the JWKS publishes (mutable: rotate by replacing). */
  published: SigningKey[];
  hits: { discovery: number; jwks: number };
  /** When set, the JWKS endpoint answers this status instead. */
  failJwks: number | undefined;
  close(): Promise<void>;
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const state: TestIssuer = {
    issuer: '',
    published: [],
    hits: { discovery: 0, jwks: 0 },
    failJwks: undefined,
    close: async () => {},
  };
  const server = createServer((req, res) => {
    if (req.url === '/.well-known/openid-configuration') {
      state.hits.discovery++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer: state.issuer, jwks_uri: `${state.issuer}/jwks` }));
    } else if (req.url === '/jwks') {
      state.hits.jwks++;
      if (state.failJwks) {
        res.writeHead(state.failJwks);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: state.published.map((key) => key.publicJwk) }));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

export const AUDIENCE = 'https://ti-graph.test/api';

/** A signed token: `claims` over sensible defaults (this issuer, the audience, 5 minutes). */
export async function signToken(issuer: string, key: SigningKey, claims: JWTPayload = {}, header: Record<string, unknown> = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: issuer, aud: AUDIENCE, sub: 'user-1', iat: now, exp: now + 300, scope: 'read', ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'at+jwt', ...header })
    .sign(key.privateKey);
}
