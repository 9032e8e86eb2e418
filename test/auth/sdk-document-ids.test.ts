/**
 * The SDK sending trusted-document ids end to end: generated operations against the gateway with a
 * manifest of those operations (the id being sha256 of graphql-js `print(document)`, the text the
 * SDK would send). The wire carries `{documentId, variables, operationName}` and no text; a
 * document the gateway does not hold falls back to its text where free text is allowed, and fails
 * with PERSISTED_QUERY_NOT_FOUND where it is not.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, GatewayError } from '../../src/client/index.js';
import { documentIdOf } from '../../src/gateway/index.js';
import * as operations from '../../src/generated/operations.js';
import { CurrentUserDocument, RosterDocument, UserByEmailDocument } from '../../src/generated/operations.js';
import { useHarness } from '../helpers/gateway.js';

const TOKEN = { name: 'storefront', token: 'sdk-document-ids-token-01', scopes: ['read' as const] };

/** Every generated operation document (not fragments): what `npm run codegen` puts in the manifest. */
const generated = Object.entries(operations)
  .filter(([name, value]) => name.endsWith('Document') && typeof value === 'object')
  .map(([, value]) => value as unknown as DocumentNode);

/** A fetch that records every body it sends. */
function recordingFetch() {
  const bodies: any[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    if (typeof init?.body === 'string') bodies.push(JSON.parse(init.body));
    return fetch(input, init);
  };
  return { bodies, fetch: wrapped };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ti-graph-sdk-ids-'));
  // The manifest holds every generated document but UserByEmail (an app that never deployed it).
  const manifest = Object.fromEntries(generated.filter((d) => d !== UserByEmailDocument).map((d) => [documentIdOf(print(d)), print(d)]));
  await writeFile(join(dir, 'app.json'), JSON.stringify(manifest));
});
// Registered before the harnesses, so it runs after they have closed.
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const h = useHarness(() => ({ tokens: [TOKEN], env: { TI_GRAPH_TRUSTED_DOCUMENTS: dir } }));
const strict = useHarness(() => ({ tokens: [TOKEN], env: { TI_GRAPH_TRUSTED_DOCUMENTS: dir, TI_GRAPH_TRUSTED_ONLY: 'true' } }));

describe('SDK document ids', () => {
  it('sends {documentId, variables, operationName} and no text, and gets the typed result', async () => {
    const wire = recordingFetch();
    const client = createClient({ url: strict().gateway.url, token: TOKEN.token, fetch: wire.fetch, documentIds: 'computed' });
    const { users } = await client.request(RosterDocument, { page: 1, perPage: 5 });
    expect(users.items.length).toBe(5);
    expect(wire.bodies).toEqual([{ documentId: documentIdOf(print(RosterDocument)), variables: { page: 1, perPage: 5 }, operationName: 'Roster' }]);
    // Under trusted-only the same document as text would be refused unless byte-identical: it is.
    const text = createClient({ url: strict().gateway.url, token: TOKEN.token, documentIds: false });
    expect((await text.request(RosterDocument, { page: 1, perPage: 5 })).users.items).toEqual(users.items);
  });

  it('sends the id a document carries (codegen embeds it) by default, without hashing', async () => {
    const hex = documentIdOf(print(CurrentUserDocument)).slice('sha256:'.length);
    const carrying = { ...CurrentUserDocument, __meta__: { hash: hex } } as typeof CurrentUserDocument;
    const wire = recordingFetch();
    const client = createClient({ url: strict().gateway.url, token: TOKEN.token, fetch: wire.fetch });
    const { CurrentUser } = await client.request(carrying);
    expect(CurrentUser).toBeTruthy();
    expect(wire.bodies[0]).toEqual({ documentId: `sha256:${hex}`, variables: {}, operationName: 'CurrentUser' });
    // A document without an id is sent as text by default (generated documents carry one: strip it).
    const withoutId = { kind: UserByEmailDocument.kind, definitions: UserByEmailDocument.definitions } as typeof UserByEmailDocument;
    await expect(client.request(withoutId, { email: 'nobody@example.com' })).rejects.toMatchObject({ code: 'PERSISTED_QUERY_ONLY' });
    expect(wire.bodies[1].query).toBe(print(UserByEmailDocument));
  });

  it('falls back to the text, once, for a document the gateway does not hold (free text allowed)', async () => {
    const wire = recordingFetch();
    const client = createClient({ url: h().gateway.url, token: TOKEN.token, fetch: wire.fetch, documentIds: 'computed' });
    expect((await client.request(UserByEmailDocument, { email: 'nobody@example.com' })).userByEmail).toBeNull();
    expect(wire.bodies.map((b) => Object.keys(b).sort().join(','))).toEqual(['documentId,operationName,variables', 'operationName,query,variables']);
    await client.request(UserByEmailDocument, { email: 'nobody@example.com' });
    expect(wire.bodies[2].query).toBe(print(UserByEmailDocument));
  });

  it('reports PERSISTED_QUERY_NOT_FOUND for it where only trusted documents run', async () => {
    const client = createClient({ url: strict().gateway.url, token: TOKEN.token, documentIds: 'computed' });
    const error = await client.request(UserByEmailDocument, { email: 'nobody@example.com' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((error as GatewayError).status).toBe(400);
  });
});
