/**
 * Trusted documents against the sandbox: ids (GraphQL-over-HTTP `documentId` and Apollo's
 * `extensions.persistedQuery`, POST and GET, batches) run exactly like their text (the fast path
 * for tenant-only documents, Yoga for the rest, scopes and depth limits included); unknown ids and,
 * under trusted-only, free text are refused with their codes; manifests reload on change without a
 * restart and without failing a request, and a malformed one keeps the previous set in force.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient as createWsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConfigError } from '../../src/errors/index.js';
import { documentIdOf, loadTrustedDocuments } from '../../src/gateway/index.js';
import { createLogger } from '../../src/util/index.js';
import { gql, startHarness, useHarness, type Harness } from '../helpers/gateway.js';
import { waitFor } from '../helpers/wait-for.js';

const READER = { name: 'storefront', token: 'reader-token-trusted-0123', scopes: ['read' as const] };
const WRITER = { name: 'hr-sync', token: 'writer-token-trusted-0123', scopes: ['read' as const, 'write' as const] };

const TENANT = 'query Me { CurrentUser { email } }';
const REST = 'query Users($n: Int) { users(perPage: $n) { total } }';
const MUTATION = 'mutation Make { createUser(input: { email: "trusted.made@example.com" }) { id } }';
const DEEP = '{ CurrentUser { activeLicense { parentLicense { id } } } }';
const manifestOf = (...texts: string[]) => JSON.stringify(Object.fromEntries(texts.map((text) => [documentIdOf(text), text])), null, 2);

async function manifestFolder(...texts: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ti-graph-trusted-'));
  await writeFile(join(dir, 'storefront.json'), manifestOf(...texts));
  return dir;
}

const routeOf = (h: Harness, requestId: string | null) =>
  h.logs.map((line) => JSON.parse(line)).find((line) => line.msg === 'request' && line.reqId === requestId)?.route;

async function get(h: Harness, params: Record<string, string>, token = READER.token) {
  const response = await fetch(`${h.gateway.url}?${new URLSearchParams(params)}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  return { status: response.status, body: (await response.json()) as any };
}

describe('trusted documents (free text still allowed)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await manifestFolder(TENANT, REST, MUTATION, DEEP);
  });
  // Registered before the harness, so it runs after the harness has closed.
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const h = useHarness(() => ({ tokens: [READER, WRITER], gateway: { maxDepth: 3 }, env: { TI_GRAPH_TRUSTED_DOCUMENTS: dir } }));

  it('runs a tenant-only document by id on the fast path, with the same answer as its text', async () => {
    const byId = await gql(h(), { documentId: documentIdOf(TENANT), operationName: 'Me' }, { token: READER.token });
    expect(byId.status).toBe(200);
    expect(byId.body.errors).toBeUndefined();
    expect(routeOf(h(), byId.headers.get('x-request-id'))).toBe('fast');
    const byText = await gql(h(), { query: TENANT }, { token: READER.token });
    expect(byId.body).toEqual(byText.body);
  });

  it('runs a REST-backed document by id through Yoga, with variables, and a batch of ids', async () => {
    const byId = await gql(h(), { documentId: documentIdOf(REST), variables: { n: 1 } }, { token: READER.token });
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data.users.total).toBeGreaterThan(0);
    expect(routeOf(h(), byId.headers.get('x-request-id'))).toBe('yoga');
    const batch = await gql(h(), [{ documentId: documentIdOf(TENANT) }, { documentId: documentIdOf(REST), variables: { n: 2 } }], { token: READER.token });
    expect(batch.body).toHaveLength(2);
    expect(batch.body[0].data.CurrentUser.email).toContain('@');
    expect(batch.body[1].data.users.total).toBeGreaterThan(0);
  });

  it("accepts Apollo's extensions.persistedQuery form, POST and GET, and documentId over GET", async () => {
    const hash = documentIdOf(TENANT).slice('sha256:'.length);
    const post = await gql(h(), { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, { token: READER.token });
    expect(post.body.data.CurrentUser.email).toContain('@');
    // The manifest's own id form (prefixed) is the same id.
    const prefixed = await gql(h(), { extensions: { persistedQuery: { version: 1, sha256Hash: documentIdOf(TENANT) } } }, { token: READER.token });
    expect(prefixed.body).toEqual(post.body);
    const apolloGet = await get(h(), { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) });
    expect(apolloGet.status).toBe(200);
    expect(apolloGet.body.data.CurrentUser.email).toContain('@');
    const idGet = await get(h(), { documentId: documentIdOf(REST), variables: JSON.stringify({ n: 1 }) });
    expect(idGet.body.data.users.total).toBeGreaterThan(0);
  });

  it('refuses an unknown id with PERSISTED_QUERY_NOT_FOUND, and runs the text when the request carries it too', async () => {
    const unknown = documentIdOf('{ CurrentUser { id } }');
    for (const response of [
      await gql(h(), { documentId: unknown }, { token: READER.token }),
      await gql(h(), { extensions: { persistedQuery: { version: 1, sha256Hash: unknown.slice(7) } } }, { token: READER.token }),
    ]) {
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
    expect((await get(h(), { documentId: unknown })).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Apollo's link retries a not-found with the text: allowed while free text is.
    const retried = await gql(h(), { query: '{ CurrentUser { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: unknown.slice(7) } } }, { token: READER.token });
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data.CurrentUser.id).toBeTruthy();
  });

  it('keeps scopes and depth limits on trusted documents', async () => {
    const forbidden = await gql(h(), { documentId: documentIdOf(MUTATION) }, { token: READER.token });
    expect(forbidden.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const allowed = await gql(h(), { documentId: documentIdOf(MUTATION) }, { token: WRITER.token });
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data.createUser.id).toBeTruthy();
    const deep = await gql(h(), { documentId: documentIdOf(DEEP) }, { token: READER.token });
    expect(deep.body.errors[0].message).toContain('depth limit of 3');
  });

  it('picks up a changed manifest without a restart; a malformed one is refused and the previous set stays', async () => {
    const added = 'query Added { CurrentUser { firstName } }';
    // A deploy writes the new manifest next to the old and renames it over (atomic).
    await writeFile(join(dir, 'storefront.json.tmp'), manifestOf(TENANT, REST, MUTATION, DEEP, added));
    await rename(join(dir, 'storefront.json.tmp'), join(dir, 'storefront.json'));
    let status = 0;
    await waitFor(
      async () => {
        const response = await gql(h(), { documentId: documentIdOf(added) }, { token: READER.token });
        status = response.body.errors ? 0 : response.status;
        return status === 200;
      },
      'the new manifest to be in force',
      { timeoutMs: 6_000, intervalMs: 100 },
    );
    expect(status).toBe(200);

    const logsBefore = h().logs.length;
    await writeFile(join(dir, 'storefront.json'), '{ "sha256:0000": "truncated');
    const result = await h().gateway.reloadTrustedDocuments();
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.error).toMatch(/storefront\.json: not JSON/);
    expect(h().logs.slice(logsBefore).join('\n')).toMatch(/NOT reloaded: the previous set stays in force/);
    expect((await gql(h(), { documentId: documentIdOf(added) }, { token: READER.token })).body.data.CurrentUser).toBeTruthy();

    // An id that is not the hash of its text is refused as well (a hand-edited manifest).
    await writeFile(join(dir, 'storefront.json'), JSON.stringify({ [documentIdOf(TENANT)]: MUTATION }));
    const mismatch = await h().gateway.reloadTrustedDocuments();
    expect(mismatch.ok === false && mismatch.error).toMatch(/is not the SHA-256 of its text/);
    expect((await gql(h(), { documentId: documentIdOf(TENANT) }, { token: READER.token })).body.data.CurrentUser.email).toContain('@');
  });
});

describe('trusted documents only', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await manifestFolder(TENANT, REST);
  });
  // Registered before the harness, so it runs after the harness has closed.
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const h = useHarness(() => ({ tokens: [READER], env: { TI_GRAPH_TRUSTED_DOCUMENTS: join(dir, 'storefront.json'), TI_GRAPH_TRUSTED_ONLY: 'true' } }));

  it('refuses free text with PERSISTED_QUERY_ONLY on every way in: POST JSON, GET, application/graphql', async () => {
    const post = await gql(h(), { query: '{ CurrentUser { id } }' }, { token: READER.token });
    expect(post.status).toBe(400);
    expect(post.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    const rest = await gql(h(), { query: '{ users { total } }' }, { token: READER.token });
    expect(rest.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    const viaGet = await get(h(), { query: '{ CurrentUser { id } }' });
    expect(viaGet.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    const raw = await fetch(h().gateway.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${READER.token}`, 'content-type': 'application/graphql', accept: 'application/json' },
      body: '{ CurrentUser { id } }',
    });
    expect(((await raw.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    expect(h().sandbox.requests.count({ route: 'POST /incoming/api/graphql' })).toBe(0);
  });

  it('applies the same gate over graphql-ws: free text refused, a trusted text runs', async () => {
    const ws = createWsClient({ url: h().gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${READER.token}` } });
    const run = (query: string) =>
      new Promise<any>((resolve) => {
        const results: unknown[] = [];
        ws.subscribe({ query }, { next: (r) => results.push(r), error: (e) => resolve({ error: e }), complete: () => resolve(results[0]) });
      });
    try {
      const refused = await run('{ CurrentUser { id } }');
      expect(JSON.stringify(refused)).toContain('PERSISTED_QUERY_ONLY');
      const trusted = await run(TENANT);
      expect(trusted.data.CurrentUser.email).toContain('@');
    } finally {
      await ws.dispose();
    }
  });

  it('runs ids, and the exact text of a trusted document', async () => {
    expect((await gql(h(), { documentId: documentIdOf(TENANT) }, { token: READER.token })).body.data.CurrentUser.email).toContain('@');
    expect((await gql(h(), { query: TENANT }, { token: READER.token })).body.data.CurrentUser.email).toContain('@');
    const unknown = await gql(h(), { documentId: documentIdOf('{ CurrentUser { id } }'), query: '{ CurrentUser { id } }' }, { token: READER.token });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('manifest reload under load', () => {
  it('serves every request while the manifest is rewritten 20 times (atomic, in place, malformed)', async () => {
    const dir = await manifestFolder(TENANT, REST);
    const h = await startHarness({ tokens: [READER], env: { TI_GRAPH_TRUSTED_DOCUMENTS: dir } });
    try {
      const file = join(dir, 'storefront.json');
      let running = true;
      let ok = 0;
      const failures: string[] = [];
      const worker = async () => {
        while (running) {
          const response = await gql(h, { documentId: documentIdOf(TENANT) }, { token: READER.token }).catch((error: Error) => ({ status: 0, text: error.message, body: undefined }));
          if (response.status === 200 && response.body?.data?.CurrentUser?.email) ok++;
          else failures.push(`${response.status} ${response.text.slice(0, 200)}`);
        }
      };
      const workers = Array.from({ length: 6 }, worker);
      for (let i = 0; i < 20; i++) {
        const extra = `query Extra${i} { CurrentUser { id } }`;
        if (i % 5 === 4) await writeFile(file, '{ "broken": '); // malformed: refused, previous set kept
        else if (i % 2 === 0) await writeFile(file, manifestOf(TENANT, REST, extra)); // in place
        else {
          await writeFile(`${file}.tmp`, manifestOf(TENANT, REST, extra));
          await rename(`${file}.tmp`, file); // atomic
        }
        await new Promise((resolve) => setTimeout(resolve, 120));
        if (i % 3 === 0) void h.gateway.reloadTrustedDocuments(); // SIGHUP's path, interleaved with the watcher's
      }
      await writeFile(file, manifestOf(TENANT, REST, 'query Final { CurrentUser { lastName } }'));
      await new Promise((resolve) => setTimeout(resolve, 400));
      running = false;
      await Promise.all(workers);
      expect(failures).toEqual([]);
      expect(ok).toBeGreaterThan(50);
      const reloads = h.logs.filter((line) => line.includes('trusted documents reloaded')).length;
      expect(reloads).toBeGreaterThan(5);
      expect((await gql(h, { documentId: documentIdOf('query Final { CurrentUser { lastName } }') }, { token: READER.token })).status).toBe(200);
    } finally {
      await h.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start with a malformed manifest or a missing path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ti-graph-trusted-'));
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ 'sha256:abc': '{ x }' }));
    const logger = createLogger({ level: 'silent' });
    try {
      await expect(loadTrustedDocuments({ paths: [dir], logger, watch: false })).rejects.toBeInstanceOf(ConfigError);
      await expect(loadTrustedDocuments({ paths: [dir], logger, watch: false })).rejects.toThrow(/bad\.json: entry "sha256:abc": the id must be/);
      await expect(loadTrustedDocuments({ paths: [join(dir, 'missing.json')], logger, watch: false })).rejects.toThrow(/no such file/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
