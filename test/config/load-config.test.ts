import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors/index.js';

const KEY = 'tk_live_0123456789abcdef';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('uses the embedded sandbox when no tenant is configured', () => {
    const config = loadConfig({});
    expect(config.tenant).toBeUndefined();
    expect(config.tenantDefaults.profile).toBe('seed');
    expect(config.tenantDefaults.restBasePath).toBe('/incoming/api/v1');
    expect(config.gateway.production).toBe(false);
  });

  it('builds the tenant origin from a subdomain', () => {
    const config = loadConfig({ TI_SUBDOMAIN: 'Acme', TI_API_KEY: KEY });
    expect(config.tenant?.baseUrl).toBe('https://acme.thoughtindustries.com');
    expect(config.tenant?.apiKey).toBe(KEY);
  });

  it('takes the v2 profile surface and lets single settings override it', () => {
    const config = loadConfig({ TI_BASE_URL: 'https://learn.example.com/', TI_API_KEY: KEY, TI_PROFILE: 'v2', TI_GRAPHQL_AUTH: 'header' });
    expect(config.tenant).toMatchObject({
      baseUrl: 'https://learn.example.com',
      restBasePath: '/incoming/v2',
      restAuth: 'bearer',
      graphqlPath: '/helium',
      graphqlAuth: 'header',
    });
  });

  it('parses numbers, the rate budget and client tokens', () => {
    const config = loadConfig({
      TI_RATE_PER_MINUTE: '120',
      TI_RATE_BURST: '20',
      TI_TIMEOUT_MS: '2500',
      TI_CUSTOM_FIELD_KEYS: 'department,employeeId',
      TI_GRAPH_TOKENS: 'dash:abcdefghijklmnop1:read,bot:abcdefghijklmnop2:read+write+admin',
    });
    expect(config.tenantDefaults.rateBudget).toEqual({ perMinute: 120, burst: 20 });
    expect(config.tenantDefaults.timeoutMs).toBe(2500);
    expect(config.tenantDefaults.customFieldKeys).toEqual(['department', 'employeeId']);
    expect(config.gateway.tokens).toEqual([
      { name: 'dash', token: 'abcdefghijklmnop1', scopes: ['read'] },
      { name: 'bot', token: 'abcdefghijklmnop2', scopes: ['read', 'write', 'admin'] },
    ]);
  });

  it.each([
    [{ TI_TIMEOUT_MS: 'soon' }, 'TI_TIMEOUT_MS', /whole number/],
    [{ TI_PROFILE: 'v3' }, 'TI_PROFILE', /seed.*v2/],
    [{ TI_BASE_URL: 'ftp://x' }, 'TI_BASE_URL', /http/],
    [{ TI_SUBDOMAIN: 'acme' }, 'TI_API_KEY', /required/],
    [{ TI_API_KEY: KEY }, 'TI_BASE_URL', /no tenant/],
    [{ TI_SUBDOMAIN: 'a', TI_BASE_URL: 'https://a.example.com', TI_API_KEY: KEY }, 'TI_SUBDOMAIN', /not both/],
    [{ TI_RATE_BURST: '5' }, 'TI_RATE_BURST', /TI_RATE_PER_MINUTE/],
    [{ TI_GRAPH_TOKENS: 'dash:short:read' }, 'TI_GRAPH_TOKENS', /16 characters/],
    [{ TI_GRAPH_TOKENS: 'dash:abcdefghijklmnop1:root' }, 'TI_GRAPH_TOKENS', /scope "root"/],
    [{ TI_RETRY_BASE_DELAY_MS: '5000', TI_RETRY_MAX_DELAY_MS: '100' }, 'TI_RETRY_BASE_DELAY_MS', /must not exceed/],
    [{ TI_GRAPH_HEAP_GROWING_PERCENT: '-5' }, 'TI_GRAPH_HEAP_GROWING_PERCENT', /whole number/],
    [{ TI_GRAPH_HEAP_GROWING_PERCENT: '1.5' }, 'TI_GRAPH_HEAP_GROWING_PERCENT', /whole number/],
  ])('rejects %j naming %s', (env, variable, message) => {
    const error = configError(env as Record<string, string>);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${variable}: `)).toBe(true);
  });

  it('keeps the gateway process\'s heap near what is live by default (50 %), and 0 leaves V8\'s heuristics', () => {
    expect(loadConfig({}).gateway.heapGrowingPercent).toBe(50);
    expect(loadConfig({ TI_GRAPH_HEAP_GROWING_PERCENT: '0' }).gateway.heapGrowingPercent).toBe(0);
    expect(loadConfig({ TI_GRAPH_HEAP_GROWING_PERCENT: '100' }).gateway.heapGrowingPercent).toBe(100);
  });

  it('never echoes the API key in a config error', () => {
    const error = configError({ TI_API_KEY: KEY, TI_SUBDOMAIN: 'bad_sub!' });
    expect(error.message).not.toContain(KEY);
  });
});
