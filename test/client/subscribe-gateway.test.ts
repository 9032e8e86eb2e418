/**
 * `client.subscribe` against the real gateway: a sandbox change goes out as a signed webhook, the
 * gateway's events service turns it into a subscription event, and the SDK yields it, typed, over
 * the gateway's SSE response.
 */
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TypedDocumentNode } from '../../src/client/index.js';
import { createEventsService, type EventsService } from '../../src/events/index.js';
import { attachWebhookSender, type WebhookSender } from '../../src/sandbox/index.js';
import { useHarness } from '../helpers/gateway.js';

const SECRET = 'client-subscribe-test-secret-0123456789';
const READER = { name: 'dashboard', token: 'reader-token-for-sdk-subscribe-0123', scopes: ['read' as const] };

// The app's own typed document (the generated ones work the same way).
const UserCreated = parse('subscription UserCreated { userEvents(types: [CREATED]) { type userId user { email } } }') as TypedDocumentNode<
  { userEvents: { type: string; userId: string; user: { email: string } | null } },
  Record<string, never>
>;

let events: EventsService;
let sender: WebhookSender;

// Hooks run in order and their afterAll in reverse: the events service outlives the gateway, as in serve.
beforeAll(() => {
  events = createEventsService({ webhookSecret: SECRET });
});
afterAll(async () => {
  await events?.close();
});
const harness = useHarness(() => ({ sandbox: { users: 3 }, tokens: [READER], events }));
beforeAll(() => {
  sender = attachWebhookSender(harness().sandbox, { url: harness().gateway.url.replace(/\/graphql$/, '/webhooks/ti'), secret: SECRET, timeScale: 0.001 });
});
afterAll(async () => {
  await sender?.close();
});

describe('client.subscribe through the gateway', () => {
  it('yields a typed event for a change on the tenant, and closes when the loop stops', async () => {
    const client = createClient({ url: harness().gateway.url, token: READER.token });
    const store = harness().sandbox.tenants[0]!.store;
    const created: string[] = [];
    // The subscription goes live some time after the request starts: keep changing the tenant until it reports one.
    const changes = setInterval(() => {
      const email = `live-${created.length}@example.com`;
      created.push(email);
      store.createUser({ email, firstName: 'Live' });
    }, 150);
    try {
      for await (const { userEvents } of client.subscribe(UserCreated)) {
        expect(userEvents.type).toBe('CREATED');
        expect(created).toContain(userEvents.user?.email);
        break;
      }
    } finally {
      clearInterval(changes);
    }
  }, 30_000);

  it('is refused with the gateway\'s code when the document is invalid (the refusal comes as an event stream)', async () => {
    const client = createClient({ url: harness().gateway.url, token: READER.token });
    const invalid = parse('subscription Nope { userEvents { noSuchField } }') as TypedDocumentNode<unknown, Record<string, never>>;
    // Before, the stream's event went unread and the app got a bare "400" with no reason.
    await expect(client.subscribe(invalid).next()).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('Cannot query field "noSuchField"') });
  });

  it('is refused without a valid token, as UNAUTHENTICATED', async () => {
    const client = createClient({ url: harness().gateway.url, token: 'not-a-token' });
    await expect(client.subscribe(UserCreated).next()).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });
});
