/**
 * A real, certified OpenID provider on loopback (the `oidc-provider` package) issuing JWT access
 * tokens by the client-credentials grant, for the gateway's audience, with `ti-graph:`-prefixed
 * scopes. `rotate()` replaces its signing keys (a new key first, the old one still published), as
 * an IdP does when it rotates.
 */
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider from 'oidc-provider';

export const OP_AUDIENCE = 'https://gateway.ti-graph.test';
export const OP_SCOPES = ['ti-graph:read', 'ti-graph:write', 'ti-graph:admin'];

export interface OpenIdProvider {
  issuer: string;
  /** An access token for a registered client (`web`: read; `hr-bot`: read write). */
  token(client: 'web' | 'hr-bot', options?: { scope?: string; resource?: string }): Promise<string>;
  /** Publishes a new signing key (used from now on), keeping the old one in the JWKS. */
  rotate(): Promise<void>;
  jwksFetches(): number;
  close(): Promise<void>;
}

const CLIENTS = [
  { client_id: 'web', client_secret: 'web-client-secret-0123456789', scope: 'ti-graph:read' },
  { client_id: 'hr-bot', client_secret: 'hr-bot-client-secret-0123456789', scope: 'ti-graph:read ti-graph:write' },
];

async function signingKey(kid: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
}

function provider(issuer: string, keys: JWK[]): Provider {
  return new Provider(issuer, {
    jwks: { keys },
    clients: CLIENTS.map((client) => ({ ...client, grant_types: ['client_credentials'], redirect_uris: [], response_types: [] })),
    scopes: OP_SCOPES,
    features: {
      clientCredentials: { enabled: true },
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => OP_AUDIENCE,
        // Any resource gets JWT access tokens with itself as the audience (the wrong-audience case asks for another one).
        getResourceServerInfo: (_ctx, resource) => ({ scope: OP_SCOPES.join(' '), audience: resource, accessTokenFormat: 'jwt', accessTokenTTL: 300 }),
      },
    },
    ttl: { ClientCredentials: 300 },
  });
}

export async function startOpenIdProvider(): Promise<OpenIdProvider> {
  let handler: RequestListener = (_req, res) => res.end();
  let jwksFetches = 0;
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/jwks')) jwksFetches++;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let keys = [await signingKey('op-key-1')];
  handler = provider(issuer, keys).callback();
  return {
    issuer,
    async token(clientId, options = {}) {
      const client = CLIENTS.find((c) => c.client_id === clientId)!;
      const body = new URLSearchParams({ grant_type: 'client_credentials', scope: options.scope ?? client.scope });
      if (options.resource) body.set('resource', options.resource);
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64')}`,
        },
        body,
      });
      const json = (await response.json()) as { access_token?: string; error?: string };
      if (!json.access_token) throw new Error(`the provider issued no token: ${JSON.stringify(json)}`);
      return json.access_token;
    },
    async rotate() {
      keys = [await signingKey(`op-key-${keys.length + 1}`), ...keys];
      handler = provider(issuer, keys).callback();
    },
    jwksFetches: () => jwksFetches,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
