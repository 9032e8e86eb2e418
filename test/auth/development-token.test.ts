/**
 * No admin token for the taking: the development token is minted only for a gateway on loopback in
 * front of a loopback tenant; anywhere else `ti-graph serve` exits 2 naming the two ways to
 * configure a credential. GraphiQL carries a token only when one was minted.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors/index.js';
import { developmentTokenFor } from '../../src/gateway/auth/index.js';
import { startHarness } from '../helpers/gateway.js';

const KEY = 'tk_live_0123456789abcdef';

function policy(env: Record<string, string>) {
  const config = loadConfig(env);
  const tenant = config.tenant ?? { ...config.tenantDefaults, baseUrl: 'http://127.0.0.1:9999', apiKey: KEY };
  return () => developmentTokenFor(config.gateway, tenant);
}

describe('development token policy', () => {
  it('mints one on loopback in front of a loopback tenant (the embedded sandbox), in development and production alike', () => {
    expect(policy({})()?.scopes).toEqual(['read', 'write', 'admin', 'schema']);
    expect(policy({ TI_GRAPH_HOST: 'localhost', TI_BASE_URL: 'http://127.0.0.1:8080', TI_API_KEY: KEY })()?.token).toMatch(/^tig_dev_/);
    expect(policy({ TI_GRAPH_HOST: '::1', TI_GRAPH_ENV: 'production' })()).toBeDefined();
    // Production introspection is for a client an operator named, not for the printed development token.
    expect(policy({ TI_GRAPH_HOST: '::1', TI_GRAPH_ENV: 'production' })()?.scopes).toEqual(['read', 'write', 'admin']);
  });

  it('refuses on a non-loopback host or in front of a real tenant, naming TI_GRAPH_TOKENS and TI_GRAPH_OIDC_ISSUER', () => {
    const cases: Record<string, string>[] = [{ TI_GRAPH_HOST: '0.0.0.0' }, { TI_GRAPH_HOST: '10.1.2.3' }, { TI_SUBDOMAIN: 'acme', TI_API_KEY: KEY }];
    for (const env of cases) {
      const mint = policy(env);
      expect(mint).toThrow(ConfigError);
      expect(mint).toThrow(/set TI_GRAPH_TOKENS .* or TI_GRAPH_OIDC_ISSUER/);
    }
    expect(policy({ TI_SUBDOMAIN: 'acme', TI_API_KEY: KEY })).toThrow(/in front of the tenant acme\.thoughtindustries\.com/);
  });

  it('mints none when a credential is configured', () => {
    expect(policy({ TI_GRAPH_HOST: '0.0.0.0', TI_GRAPH_TOKENS: 'app:app-token-0123456789abc:read' })()).toBeUndefined();
    expect(policy({ TI_SUBDOMAIN: 'acme', TI_API_KEY: KEY, TI_GRAPH_OIDC_ISSUER: 'https://login.example.com', TI_GRAPH_OIDC_AUDIENCE: 'ti-graph' })()).toBeUndefined();
  });
});

describe('ti-graph serve without a credential', () => {
  it('exits 2 when asked to listen on a non-loopback host, before listening', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TI_')));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--sandbox', '--port', '0', '--host', '0.0.0.0'], {
      env: { ...env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/a development token \(every scope\) is not minted listening on 0\.0\.0\.0 \(not loopback\): set TI_GRAPH_TOKENS/);
    expect(stderr).toContain('TI_GRAPH_OIDC_ISSUER');
  }, 90_000); // a CLI start (tsx compile + sandbox) takes ~25 s on a loaded 2-core machine
});

describe('GraphiQL', () => {
  it('embeds no token when the credentials are configured ones', async () => {
    const secret = 'configured-token-0123456789';
    const h = await startHarness({ tokens: [{ name: 'ops', token: secret, scopes: ['admin'] }] });
    try {
      expect(h.gateway.token).toBeUndefined();
      const page = await fetch(h.gateway.graphiql!, { headers: { accept: 'text/html' } });
      const html = await page.text();
      expect(page.status).toBe(200);
      expect(html).toContain('your client token');
      expect(html).not.toContain(secret);
      expect(html).not.toMatch(/tig_dev_/);
    } finally {
      await h.close();
    }
  });
});
