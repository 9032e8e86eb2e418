/**
 * OIDC access tokens: a JWT signed by the configured OpenID provider. The issuer's discovery
 * document names its JWKS; jose verifies the signature against it (asymmetric algorithms only),
 * and `iss` (exact), `aud` (contains), `exp` / `nbf` (with a small clock skew).
 *
 * Keys: jose's remote JWKS keeps the set in memory (refetched when older than 10 minutes). A `kid`
 * the cached set lacks triggers ONE refetch, and no other for `refreshCooldownMs` afterwards, so a
 * rotated key works without a restart while a flood of made-up kids costs the IdP one request per
 * cooldown period. The authenticator remembers verified tokens until they expire, so a browser
 * sending the same token on every request pays the signature check once.
 */
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { SCOPES, type OidcConfig } from '../../config/index.js';
import { ClientAuthError, IdentityProviderError } from '../../errors/index.js';
import type { Scope } from '../scopes.js';
import type { ClientIdentity } from './types.js';

/** Asymmetric JWS algorithms: `none` and the HMAC family (a shared secret the IdP would have to give us) never verify. */
const ACCEPTED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];
const ACCEPTED = new Set(ACCEPTED_ALGORITHMS);
const GATEWAY_SCOPES: ReadonlySet<string> = new Set<Scope>(SCOPES);

/** A failed discovery is retried at most this often (requests in between are refused at once). */
const DISCOVERY_RETRY_MS = 5_000;
const FETCH_TIMEOUT_MS = 5_000;

export interface VerifiedToken {
  identity: ClientIdentity;
  /** When the token stops being valid (its exp plus the allowed skew), epoch ms. */
  expiresAtMs: number;
}

export interface OidcVerifier {
  /** The identity a JWT proves. @throws ClientAuthError (the token is refused) or IdentityProviderError (the IdP is unreachable). */
  verify(jwt: string): Promise<VerifiedToken>;
  /** Reads the discovery document now (at start), so a misconfigured issuer shows before the first request. */
  discover(): Promise<void>;
}

/** True when a bearer value has the shape of a compact JWS (three base64url parts, a JSON header). */
export function looksLikeJwt(token: string): boolean {
  return token.startsWith('eyJ') && /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);
}

export function createOidcVerifier(config: OidcConfig): OidcVerifier {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  let failedAt = -Infinity;

  const discoveryUrl = `${config.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const loadKeys = async (): Promise<JWTVerifyGetKey> => {
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(discoveryUrl, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch (error) {
      throw new IdentityProviderError(`the identity provider's discovery document could not be read (${discoveryUrl})`, { cause: error });
    }
    // OpenID Connect Discovery 1.0 section 4.3: the document must name the issuer it was fetched for.
    if (document.issuer !== config.issuer) {
      throw new IdentityProviderError(`the discovery document at ${discoveryUrl} names issuer ${JSON.stringify(document.issuer)}, not ${config.issuer}`);
    }
    if (typeof document.jwks_uri !== 'string') throw new IdentityProviderError(`the discovery document at ${discoveryUrl} has no jwks_uri`);
    return createRemoteJWKSet(new URL(document.jwks_uri), {
      cooldownDuration: config.refreshCooldownMs,
      timeoutDuration: FETCH_TIMEOUT_MS,
    });
  };
  const getKeys = (): Promise<JWTVerifyGetKey> => {
    if (!keys) {
      if (performance.now() - failedAt < DISCOVERY_RETRY_MS) {
        return Promise.reject(new IdentityProviderError('the identity provider could not be reached; retrying shortly'));
      }
      keys = loadKeys();
      keys.catch(() => {
        keys = undefined;
        failedAt = performance.now();
      });
    }
    return keys;
  };

  const verify = async (jwt: string): Promise<VerifiedToken> => {
    // Cheap checks on the unverified token first, so a token that can never pass costs no JWKS lookup.
    let alg: unknown;
    let claims: JWTPayload;
    try {
      alg = decodeProtectedHeader(jwt).alg;
      claims = decodeJwt(jwt);
    } catch {
      throw new ClientAuthError('the bearer token is not a well-formed JWT');
    }
    if (typeof alg !== 'string' || !ACCEPTED.has(alg)) {
      throw new ClientAuthError(`the token's signing algorithm (${String(alg).slice(0, 16)}) is not accepted: asymmetric algorithms only (RS256, ES256, ...)`);
    }
    if (claims.iss !== config.issuer) throw new ClientAuthError('the token was issued by an issuer this gateway does not trust');
    const getKey = await getKeys();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(jwt, getKey, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        clockTolerance: config.clockToleranceSeconds,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw refusal(error);
    }
    const name = [payload['azp'], payload['client_id'], payload.sub].find((value): value is string => typeof value === 'string' && value !== '');
    if (!name) throw new ClientAuthError('the token names no client (no azp, client_id or sub claim)');
    return {
      identity: { name, scopes: scopesOf(payload, config), via: 'oidc' },
      expiresAtMs: (payload.exp! + config.clockToleranceSeconds) * 1000,
    };
  };

  return {
    verify,
    async discover() {
      await getKeys();
    },
  };
}

/** A jose failure as the refusal the client reads: what was wrong, never the token. */
function refusal(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return new ClientAuthError('the token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return new ClientAuthError('the token is not meant for this gateway (wrong audience)');
    if (error.claim === 'iss') return new ClientAuthError('the token was issued by an issuer this gateway does not trust');
    if (error.claim === 'nbf') return new ClientAuthError('the token is not valid yet (nbf is in the future)');
    if (error.claim === 'exp') return new ClientAuthError('the token has no expiry (exp claim)');
    return new ClientAuthError(`the token's ${error.claim} claim is invalid`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return new ClientAuthError('the token\'s signing algorithm is not accepted: asymmetric algorithms only');
  if (error instanceof errors.JWKSNoMatchingKey) return new ClientAuthError('the token is signed with a key the identity provider does not publish (unknown kid)');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new ClientAuthError('the token\'s signature does not verify');
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new IdentityProviderError('the identity provider\'s signing keys could not be fetched', { cause: error });
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return new ClientAuthError('the bearer token is not a valid JWT');
  if (error instanceof errors.JOSENotSupported) return new ClientAuthError('the token uses a key or algorithm this gateway does not support');
  // The JWKS answering non-200 (a generic JOSEError) or fetch failing under jose (connection
  // refused, DNS): the IdP's failure, not the client's.
  return new IdentityProviderError('the identity provider\'s signing keys could not be fetched', { cause: error });
}

/** The gateway scopes a token grants: its scopes claim (string or array), prefix stripped, unknown values ignored. */
function scopesOf(payload: JWTPayload, config: OidcConfig): Scope[] {
  let value: unknown = payload;
  for (const part of config.scopesClaim.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  const values = typeof value === 'string' ? value.split(/\s+/) : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const scopes = new Set<Scope>();
  for (const raw of values) {
    if (config.scopePrefix && !raw.startsWith(config.scopePrefix)) continue;
    const scope = raw.slice(config.scopePrefix.length);
    if (GATEWAY_SCOPES.has(scope)) scopes.add(scope as Scope);
  }
  return [...scopes];
}
