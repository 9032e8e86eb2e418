/**
 * The development token: every scope, minted at start so `npm start` works with no setup. It is a
 * credential for the taking (it is printed, and GraphiQL embeds it in development), so it exists
 * only where nobody else can reach it: a gateway on loopback in front of a tenant on loopback (the
 * embedded sandbox). Anywhere else the gateway refuses to start without a configured credential.
 */
import { randomBytes } from 'node:crypto';
import { SCOPES, type ClientToken, type GatewayConfig, type TenantConfig } from '../../config/index.js';
import { ConfigError } from '../../errors/index.js';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

/**
 * A development token with every scope, but `schema` only in development: in production,
 * introspection is for a client an operator named (`TI_GRAPH_TOKENS=ci:...:schema`), never for a
 * token anyone on the machine can read from the start line. `pinned` is TI_GRAPH_DEV_TOKEN's value.
 */
function mintDevelopmentToken(production = false, pinned?: string): ClientToken {
  const scopes = production ? SCOPES.filter((scope) => scope !== 'schema') : [...SCOPES];
  return { name: 'development', token: pinned ?? `tig_dev_${randomBytes(24).toString('base64url')}`, scopes };
}

/**
 * The development token this gateway may run with: one when no credential is configured and the
 * gateway and its tenant are both on loopback, none when credentials are configured.
 * @throws ConfigError when no credential is configured anywhere else (the CLI exits 2).
 */
export function developmentTokenFor(gateway: GatewayConfig, tenant: TenantConfig): ClientToken | undefined {
  if (gateway.tokens.length > 0 || gateway.oidc) return undefined;
  const tenantHost = new URL(tenant.baseUrl).hostname;
  const why = !isLoopbackHost(gateway.host)
    ? `listening on ${gateway.host} (not loopback)`
    : !isLoopbackHost(tenantHost)
      ? `in front of the tenant ${tenantHost}`
      : undefined;
  if (why === undefined) return mintDevelopmentToken(gateway.production, gateway.devToken);
  throw new ConfigError(
    'TI_GRAPH_TOKENS',
    `no client credential is configured, and a development token (every scope) is not minted ${why}: set TI_GRAPH_TOKENS (name:token:read+write,...) or TI_GRAPH_OIDC_ISSUER and TI_GRAPH_OIDC_AUDIENCE`,
  );
}
