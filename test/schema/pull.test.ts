/**
 * Schema pull against a real sandbox over HTTP: both files written, a second pull byte-identical,
 * and every failure (401, introspection disabled, HTML, unreachable) a clear typed error that
 * leaves the existing snapshot untouched and never contains the key.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NetworkError,
  SchemaError,
  TimeoutError,
  UnauthorizedError,
  UpstreamError,
} from '../../src/errors/index.js';
import {
  INTROSPECTION_FILE,
  SDL_FILE,
  fetchIntrospection,
  loadSchemaFile,
  printSortedSchema,
  pullSchema,
  resolveSnapshotPath,
} from '../../src/schema/index.js';
import { startTestSandbox, useSandbox, type Sandbox } from '../helpers/sandbox.js';

const seedEndpoint = (sandbox: Sandbox) => `${sandbox.url}/incoming/api/graphql`;

async function snapshotBytes(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), 'utf8')] as const)));
}

/** Asserts the error is of `type`, names what went wrong, and nowhere carries the key. */
async function expectPullFailure(
  run: () => Promise<unknown>,
  type: abstract new (...args: never[]) => Error,
  message: RegExp,
  secret: string,
): Promise<Error> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error, 'the pull must fail').toBeInstanceOf(type);
  expect(error!.message).toMatch(message);
  for (const text of [error!.message, String(error!.stack), JSON.stringify(error), String((error as { cause?: unknown }).cause ?? '')]) {
    expect(text).not.toContain(secret);
  }
  return error!;
}

describe('schema pull from the sandbox', () => {
  const sandbox = useSandbox({ users: 3 });
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ti-graph-pull-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes sorted SDL and canonical introspection JSON equal to the served snapshot', async () => {
    const result = await pullSchema({ url: seedEndpoint(sandbox()), apiKey: sandbox().apiKey, auth: 'header', outDir: dir });
    expect(result.changed).toBe(true);
    expect(result.sdlPath).toBe(join(dir, SDL_FILE));
    expect(result.typeCount).toBeGreaterThan(400);
    expect(Object.keys(await snapshotBytes(dir))).toEqual([SDL_FILE, INTROSPECTION_FILE].sort());

    const served = printSortedSchema(loadSchemaFile(resolveSnapshotPath()));
    expect(await readFile(result.sdlPath, 'utf8')).toBe(served);
    // The JSON file is itself a loadable snapshot of the same schema.
    expect(printSortedSchema(loadSchemaFile(result.introspectionPath))).toBe(served);
    const json = JSON.parse(await readFile(result.introspectionPath, 'utf8'));
    const names = json.__schema.types.map((t: { name: string }) => t.name);
    expect(names).toEqual([...names].sort());
  });

  it('a second pull with no upstream change is byte-identical and reports unchanged (also over /helium?apiKey=)', async () => {
    const before = await snapshotBytes(dir);
    const result = await pullSchema({
      url: `${sandbox().url}/helium`,
      apiKey: sandbox().apiKey,
      auth: 'query',
      outDir: dir,
    });
    expect(result.changed).toBe(false);
    expect(await snapshotBytes(dir)).toEqual(before);
  });

  it('a wrong key is a 401 UnauthorizedError; the snapshot is untouched', async () => {
    const before = await snapshotBytes(dir);
    const wrongKey = 'definitely-not-the-key-9f8e7d';
    for (const auth of ['header', 'query'] as const) {
      const url = auth === 'header' ? seedEndpoint(sandbox()) : `${sandbox().url}/helium`;
      const error = await expectPullFailure(
        () => pullSchema({ url, apiKey: wrongKey, auth, outDir: dir }),
        UnauthorizedError,
        /rejected the API key.*401/,
        wrongKey,
      );
      if (auth === 'query') expect(error.message).toContain('apiKey=***');
    }
    expect(await snapshotBytes(dir)).toEqual(before);
  });

  it('an unreachable port is a NetworkError; the snapshot is untouched', async () => {
    const before = await snapshotBytes(dir);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expectPullFailure(
      () => pullSchema({ url: `http://127.0.0.1:${port}/helium`, apiKey: sandbox().apiKey, auth: 'query', outDir: dir }),
      NetworkError,
      /cannot reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
      sandbox().apiKey,
    );
    expect(await snapshotBytes(dir)).toEqual(before);
  });

  it('introspection disabled on the server is a SchemaError saying so; the snapshot is untouched', async () => {
    const before = await snapshotBytes(dir);
    const locked = await startTestSandbox({ users: 1, graphqlIntrospection: false });
    try {
      await expectPullFailure(
        () => pullSchema({ url: seedEndpoint(locked), apiKey: locked.apiKey, auth: 'header', outDir: dir }),
        SchemaError,
        /introspection is disabled on http:\/\/127\.0\.0\.1:\d+\/incoming\/api\/graphql/,
        locked.apiKey,
      );
      // Ordinary queries still work there: only introspection is off.
      const response = await fetch(seedEndpoint(locked), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': locked.apiKey },
        body: JSON.stringify({ query: '{ CurrentUser { id } }' }),
      });
      expect(response.status).toBe(200);
    } finally {
      await locked.close();
    }
    expect(await snapshotBytes(dir)).toEqual(before);
  });
});

describe('schema pull from things that are not a GraphQL endpoint', () => {
  let server: Server;
  let url: string;
  let lastUrl = '';
  const secret = 'tenant-secret-key-abc123';
  const replies: Record<string, { status: number; type: string; body: string; delayMs?: number }> = {
    '/html': { status: 200, type: 'text/html', body: '<!doctype html><html><head><title>Sign in | Acme Learning</title></head><body>login</body></html>' },
    '/empty': { status: 200, type: 'application/json', body: '' },
    '/gateway-error': { status: 502, type: 'text/html', body: '<html><title>502 Bad Gateway</title></html>' },
    '/no-schema': { status: 200, type: 'application/json', body: '{"data":{"__schema":{"queryType":null,"types":[],"directives":[]}}}' },
    '/echo-key': { status: 500, type: 'application/json', body: `{"errors":[{"message":"boom for key ${secret}"}]}` },
    '/unauth-200': { status: 200, type: 'application/json', body: '{"errors":[{"message":"Not authorised","extensions":{"code":"UNAUTHENTICATED"}}],"data":null}' },
    '/slow': { status: 200, type: 'application/json', body: '{}', delayMs: 2_000 },
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      lastUrl = req.url ?? '';
      req.resume();
      const reply = replies[new URL(req.url ?? '/', 'http://x').pathname]!;
      setTimeout(() => {
        res.writeHead(reply.status, { 'content-type': reply.type });
        res.end(reply.body);
      }, reply.delayMs ?? 0).unref();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('an HTML page is refused with a message naming it, and nothing is written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ti-graph-pull-html-'));
    try {
      await expectPullFailure(
        () => pullSchema({ url: `${url}/html`, apiKey: secret, auth: 'query', outDir: dir }),
        UpstreamError,
        /an HTML page \("Sign in \| Acme Learning"\).*really the GraphQL endpoint/,
        secret,
      );
      expect(lastUrl).toContain(`apiKey=${secret}`);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('empty bodies, 5xx pages, empty schemas, 200-with-UNAUTHENTICATED and echoed keys each fail clearly without the key', async () => {
    await expectPullFailure(() => fetchIntrospection({ url: `${url}/empty`, apiKey: secret, auth: 'header' }), UpstreamError, /an empty body/, secret);
    await expectPullFailure(() => fetchIntrospection({ url: `${url}/gateway-error`, apiKey: secret, auth: 'query' }), UpstreamError, /502.*HTML page \("502 Bad Gateway"\)/, secret);
    await expectPullFailure(() => fetchIntrospection({ url: `${url}/no-schema`, apiKey: secret, auth: 'header' }), SchemaError, /empty schema/, secret);
    await expectPullFailure(() => fetchIntrospection({ url: `${url}/unauth-200`, apiKey: secret, auth: 'query' }), UnauthorizedError, /rejected the API key.*200\): Not authorised/, secret);
    const echoed = await expectPullFailure(() => fetchIntrospection({ url: `${url}/echo-key`, apiKey: secret, auth: 'header' }), UpstreamError, /500.*boom for key \*\*\*/, secret);
    expect(echoed.message).not.toContain(secret);
  });

  it('a response slower than the timeout is a TimeoutError', async () => {
    await expectPullFailure(
      () => fetchIntrospection({ url: `${url}/slow`, apiKey: secret, auth: 'query', timeoutMs: 200 }),
      TimeoutError,
      /No response within 200 ms/,
      secret,
    );
  });
});
