/**
 * `extensions.cache`: a gateway answer built from a cache entry past its freshness (answered
 * rather than refused, while it is refreshed) says so and how old the data is, on the planned path
 * (POST) and on Yoga's (GET); a fresh answer carries nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/index.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { openCachedAccess, type CachedAccess } from './cache-support.js';

const TOKEN = 'cache-extensions-token-0123456789abcdef';
const QUERY = 'query ($id: ID!) { user(id: $id) { email enrollments { courseId } } }';
let sandbox: Sandbox;
let access: CachedAccess;
let gateway: RunningGateway;

beforeAll(async () => {
  sandbox = await startTestSandbox({ users: 5 });
  // No events, so the short TTL decides; 300 ms of it.
  access = openCachedAccess(sandbox, { TI_GRAPH_CACHE_TTL_MS: '300', TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '0' });
  const config = loadConfig({ TI_BASE_URL: sandbox.url, TI_API_KEY: sandbox.apiKey, TI_GRAPH_TOKENS: `test:${TOKEN}:read`, LOG_LEVEL: 'error' });
  gateway = await startGateway({ gateway: { ...config.gateway, port: 0 }, tenant: config.tenant!, rest: access.rest, budget: access.budget, logLevel: 'error' });
});
afterAll(async () => {
  await gateway?.close(1_000);
  await access?.close();
  await sandbox?.close();
});

async function post(id: string) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: QUERY, variables: { id } }),
  });
  return (await response.json()) as { data?: { user: { email: string } }; errors?: unknown; extensions?: { cache?: { stale: boolean; age: number } } };
}
async function get(id: string) {
  const url = `${gateway.url}?query=${encodeURIComponent(QUERY)}&variables=${encodeURIComponent(JSON.stringify({ id }))}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/graphql-response+json' } });
  return (await response.json()) as Awaited<ReturnType<typeof post>>;
}

describe('extensions.cache', () => {
  it('marks an answer built from stale entries, on both paths; a fresh one carries nothing', async () => {
    const [first, second] = sandbox.tenants[0]!.store.listUsers({ perPage: 2 }).users;
    for (const [ask, user] of [
      [post, first!],
      [get, second!],
    ] as const) {
      const fresh = await ask(user.id);
      expect(fresh.errors).toBeUndefined();
      expect(fresh.data!.user.email).toBe(user.email);
      expect(fresh.extensions?.cache).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 1_300));
      const stale = await ask(user.id);
      expect(stale.data!.user.email).toBe(user.email);
      expect(stale.extensions?.cache).toEqual({ stale: true, age: expect.any(Number) });
      expect(stale.extensions!.cache!.age).toBeGreaterThanOrEqual(1);
    }
  });
});
