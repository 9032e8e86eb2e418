/** The #11 settings as loadConfig reads them: OIDC, trusted documents, per-client rate. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors/index.js';

const issuer = 'https://login.example.com/realms/acme/';

function refused(env: Record<string, string>, variable: string, message: RegExp) {
  let error: unknown;
  try {
    loadConfig(env);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).variable).toBe(variable);
  expect((error as Error).message).toMatch(message);
}

describe('OIDC settings', () => {
  it('reads the issuer exactly (trailing slash kept), the audience, the claim, the prefix and defaults', () => {
    const { gateway } = loadConfig({ TI_GRAPH_OIDC_ISSUER: issuer, TI_GRAPH_OIDC_AUDIENCE: 'ti-graph', TI_GRAPH_OIDC_SCOPE_PREFIX: 'ti-graph:' });
    expect(gateway.oidc).toEqual({
      issuer,
      audience: 'ti-graph',
      scopesClaim: 'scope',
      scopePrefix: 'ti-graph:',
      clockToleranceSeconds: 30,
      refreshCooldownMs: 30_000,
    });
    expect(loadConfig({}).gateway.oidc).toBeUndefined();
  });

  it('requires an audience, https off loopback, and an issuer for the other OIDC settings', () => {
    refused({ TI_GRAPH_OIDC_ISSUER: issuer }, 'TI_GRAPH_OIDC_AUDIENCE', /required/);
    refused({ TI_GRAPH_OIDC_ISSUER: 'http://login.example.com', TI_GRAPH_OIDC_AUDIENCE: 'x' }, 'TI_GRAPH_OIDC_ISSUER', /https/);
    refused({ TI_GRAPH_OIDC_AUDIENCE: 'x' }, 'TI_GRAPH_OIDC_AUDIENCE', /TI_GRAPH_OIDC_ISSUER is not/);
    expect(loadConfig({ TI_GRAPH_OIDC_ISSUER: 'http://127.0.0.1:9000', TI_GRAPH_OIDC_AUDIENCE: 'x' }).gateway.oidc?.issuer).toBe('http://127.0.0.1:9000');
  });
});

describe('trusted documents settings', () => {
  it('defaults to trusted-only in production when manifests are configured, and not otherwise', () => {
    expect(loadConfig({ TI_GRAPH_ENV: 'production', TI_GRAPH_TRUSTED_DOCUMENTS: 'a.json, manifests/' }).gateway).toMatchObject({
      trustedDocuments: ['a.json', 'manifests/'],
      trustedOnly: true,
    });
    expect(loadConfig({ TI_GRAPH_TRUSTED_DOCUMENTS: 'a.json' }).gateway.trustedOnly).toBe(false);
    expect(loadConfig({ TI_GRAPH_ENV: 'production' }).gateway.trustedOnly).toBe(false);
    expect(loadConfig({ TI_GRAPH_ENV: 'production', TI_GRAPH_TRUSTED_DOCUMENTS: 'a.json', TI_GRAPH_TRUSTED_ONLY: 'false' }).gateway.trustedOnly).toBe(false);
  });

  it('refuses trusted-only with no manifest (it would refuse every request)', () => {
    refused({ TI_GRAPH_TRUSTED_ONLY: 'true' }, 'TI_GRAPH_TRUSTED_ONLY', /names no manifest/);
  });
});

describe('TI_GRAPH_CLIENT_RATE', () => {
  it('reads N/min with an optional burst (default a sixth of a minute)', () => {
    expect(loadConfig({ TI_GRAPH_CLIENT_RATE: '600/min' }).gateway.clientRate).toEqual({ perMinute: 600, burst: 100 });
    expect(loadConfig({ TI_GRAPH_CLIENT_RATE: '600/min,20' }).gateway.clientRate).toEqual({ perMinute: 600, burst: 20 });
    expect(loadConfig({}).gateway.clientRate).toBeUndefined();
  });

  it('refuses anything else', () => {
    refused({ TI_GRAPH_CLIENT_RATE: '600' }, 'TI_GRAPH_CLIENT_RATE', /600\/min/);
    refused({ TI_GRAPH_CLIENT_RATE: '0/min' }, 'TI_GRAPH_CLIENT_RATE', /at least 1/);
    refused({ TI_GRAPH_CLIENT_RATE: '10/min,0' }, 'TI_GRAPH_CLIENT_RATE', /burst/);
  });
});
