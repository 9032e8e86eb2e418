/**
 * CORS (`TI_GRAPH_CORS_ORIGINS`): development answers any origin, production none unless named, a
 * list exactly its origins; preflights are answered without a token. Real loopback HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors/index.js';
import { gql, startHarness, type Harness } from '../helpers/gateway.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';

const ADMIN = { token: 'cors-admin-token-1234567890', scopes: ['read', 'write', 'admin'] as ('read' | 'write' | 'admin')[], name: 'cors-admin' };
const TENANT_ONLY = { query: '{ CurrentUser { id } }' };
const COMPOSED = { query: '{ users(perPage: 1) { total } }' };

/** A browser's preflight for a POST with Authorization and a JSON body: no token, as browsers send it. */
async function preflight(h: Harness, origin: string) {
  return fetch(h.gateway.url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });
}

describe('CORS policy', () => {
  let sandbox: Sandbox;
  let development: Harness;
  let production: Harness;
  let listed: Harness;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    [development, production, listed] = await Promise.all([
      startHarness({ running: sandbox }),
      startHarness({ running: sandbox, tokens: [ADMIN], env: { TI_GRAPH_ENV: 'production' } }),
      startHarness({ running: sandbox, tokens: [ADMIN], env: { TI_GRAPH_ENV: 'production', TI_GRAPH_CORS_ORIGINS: 'https://app.example.com, http://localhost:3000' } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([development?.close(), production?.close(), listed?.close()]);
    await sandbox?.close();
  });

  it('development answers any origin, on the forwarded and the composed path, and exposes the request id', async () => {
    for (const payload of [TENANT_ONLY, COMPOSED]) {
      const res = await gql(development, payload, { headers: { origin: 'http://anything.test:5173' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('http://anything.test:5173');
      expect(res.headers.get('vary')).toContain('Origin');
      expect(res.headers.get('access-control-expose-headers')).toContain('x-request-id');
    }
    const pre = await preflight(development, 'http://anything.test:5173');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://anything.test:5173');
    expect(pre.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('production without TI_GRAPH_CORS_ORIGINS allows no cross-origin caller (answers carry no CORS headers)', async () => {
    const res = await gql(production, TENANT_ONLY, { token: ADMIN.token, headers: { origin: 'https://app.example.com' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await preflight(production, 'https://app.example.com');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-headers')).toBeNull();
    // Same-origin and non-browser callers (no Origin) are unaffected.
    expect((await gql(production, COMPOSED, { token: ADMIN.token })).status).toBe(200);
  });

  it('a list allows exactly its origins; preflights need no token; a refused client still sees why (401 readable by the allowed page)', async () => {
    for (const origin of ['https://app.example.com', 'http://localhost:3000', 'HTTPS://APP.EXAMPLE.COM']) {
      const pre = await preflight(listed, origin);
      expect(pre.status, origin).toBe(204);
      expect(pre.headers.get('access-control-allow-origin'), origin).toBe(origin);
      expect(pre.headers.get('access-control-max-age')).toBe('600');
    }
    for (const origin of ['https://evil.example.com', 'https://app.example.com.evil.test', 'http://app.example.com']) {
      const pre = await preflight(listed, origin);
      expect(pre.headers.get('access-control-allow-origin'), origin).toBeNull();
      const res = await gql(listed, COMPOSED, { token: ADMIN.token, headers: { origin } });
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
    const ok = await gql(listed, COMPOSED, { token: ADMIN.token, headers: { origin: 'https://app.example.com' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const refused = await gql(listed, TENANT_ONLY, { token: null, headers: { origin: 'https://app.example.com' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
  });

  it('TI_GRAPH_CORS_ORIGINS is validated, naming the variable', () => {
    expect(loadConfig({ TI_GRAPH_CORS_ORIGINS: '*' }).gateway.corsOrigins).toBe('*');
    expect(loadConfig({ TI_GRAPH_CORS_ORIGINS: 'https://a.test,https://b.test:8443' }).gateway.corsOrigins).toEqual(['https://a.test', 'https://b.test:8443']);
    expect(loadConfig({ TI_GRAPH_ENV: 'production' }).gateway.corsOrigins).toEqual([]);
    expect(loadConfig({}).gateway.corsOrigins).toBe('*');
    for (const bad of ['app.example.com', 'https://a.test/path', '*,https://a.test', 'https://a.test,,https://b.test']) {
      expect(() => loadConfig({ TI_GRAPH_CORS_ORIGINS: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ TI_GRAPH_CORS_ORIGINS: bad }), bad).toThrow(/TI_GRAPH_CORS_ORIGINS/);
    }
  });
});
