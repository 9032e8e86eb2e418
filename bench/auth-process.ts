/**
 * The gateway side of `bench/auth.ts`, in its own process: a sandbox tenant, a loopback OpenID
 * issuer (discovery + JWKS of a key generated here), and the gateway accepting both a static
 * client token and that issuer's JWTs. Sends {url, staticToken, jwt} to the parent over IPC.
 */
import { loadConfig } from '../src/config/index.js';
import { startGateway } from '../src/gateway/index.js';
import { startSandbox } from '../src/sandbox/index.js';
import { createRestClient } from '../src/tenant/index.js';
import { AUDIENCE, makeKey, signToken, startTestIssuer } from '../test/auth/support.js';

const STATIC = 'bench-static-client-token-0123456789';
const sandbox = await startSandbox({ port: 0, users: 50 });
const issuer = await startTestIssuer();
const key = await makeKey('bench-rs256', 'RS256');
issuer.published = [key];
const config = loadConfig({
  TI_BASE_URL: sandbox.url,
  TI_API_KEY: sandbox.apiKey,
  TI_GRAPH_TOKENS: `bench:${STATIC}:read`,
  TI_GRAPH_OIDC_ISSUER: issuer.issuer,
  TI_GRAPH_OIDC_AUDIENCE: AUDIENCE,
});
const tenant = config.tenant!;
const gateway = await startGateway({ gateway: { ...config.gateway, port: 0 }, tenant, rest: createRestClient(tenant), logLevel: 'info' });
const jwt = await signToken(issuer.issuer, key, { azp: 'bench-spa', scope: 'read', exp: Math.floor(Date.now() / 1000) + 3_600 });
process.send!({ ready: { url: gateway.url, staticToken: STATIC, jwt } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
