/**
 * How an app calls the SDK, type-checked by `npm run typecheck` (and compiled on its own by
 * types.test.ts). Every `@ts-expect-error` line is a mistake the type checker must catch: if the
 * SDK's typing loosened, the directive would be unused and the check would fail.
 */
import { parse } from 'graphql';
import { createClient, type TypedDocumentNode } from 'ti-graph/client';
import {
  CatalogContentDocument,
  CreateUserDocument,
  CurrentUserDocument,
  RosterDocument,
  UserCourseProgressDocument,
} from 'ti-graph/operations';

const client = createClient({ url: 'https://gateway.example/graphql', token: 'app-token' });

export async function rightCalls(): Promise<string[]> {
  const me = await client.request(CurrentUserDocument);
  const catalog = await client.request(CatalogContentDocument, { page: 1, sortColumn: 'title', sortDirection: 'asc' });
  const progress = await client.request(UserCourseProgressDocument, { id: 'course-1' }, { signal: AbortSignal.timeout(5_000) });
  const roster = await client.request(RosterDocument, { page: 1, perPage: 25 });
  const created = await client.request(CreateUserDocument, { input: { email: 'new@example.com', groups: ['g1'] } });
  const titles = (catalog.CatalogContent.contentItems ?? []).map((item) => item.title ?? item.slug);
  const emails = roster.users.items.map((user) => user.email);
  return [me.CurrentUser?.email ?? '', String(progress.UserCourseProgress?.percentComplete ?? 0), created.createUser.id, ...emails, ...titles];
}

export async function wrongCalls(): Promise<unknown[]> {
  const me = await client.request(CurrentUserDocument);
  // @ts-expect-error a field the operation did not select
  const colour = me.CurrentUser?.favouriteColour;
  // @ts-expect-error a variable of the wrong type
  const progress = await client.request(UserCourseProgressDocument, { id: true });
  // @ts-expect-error a required variable left out
  const missing = await client.request(CatalogContentDocument, {});
  // @ts-expect-error no variables at all for an operation that requires one
  const none = await client.request(UserCourseProgressDocument);
  // @ts-expect-error a variable the operation does not declare
  const extra = await client.request(CatalogContentDocument, { page: 1, perPage: 10 });
  // @ts-expect-error an enum value the schema does not have
  const sorted = await client.request(CatalogContentDocument, { page: 1, sortColumn: 'popularity' });
  // @ts-expect-error a result field used as the wrong type
  const total: string = (await client.request(CatalogContentDocument, { page: 1 })).CatalogContent.meta.hasMore;
  // @ts-expect-error an input field the schema does not have
  const nickname = await client.request(CreateUserDocument, { input: { email: 'a@example.com', nickname: 'Al' } });
  // @ts-expect-error a required input field left out
  const noEmail = await client.request(CreateUserDocument, { input: { firstName: 'Al' } });
  // @ts-expect-error a field of the tenant's User that the roster (REST UserAccount) does not select
  const roles = (await client.request(RosterDocument, { page: 1, perPage: 5 })).users.items.map((user) => user.roleKey);
  return [colour, progress, missing, none, extra, sorted, total, nickname, noEmail, roles];
}

// An app's own typed document works the same way as the generated ones, subscriptions included.
const LiveUsers = parse('subscription LiveUsers($userId: ID) { userEvents(userId: $userId) { type userId } }') as TypedDocumentNode<
  { userEvents: { type: string; userId: string } },
  { userId?: string | null }
>;

export async function subscriptionCalls(): Promise<unknown[]> {
  const seen: unknown[] = [];
  for await (const { userEvents } of client.subscribe(LiveUsers, { userId: 'u-1' })) seen.push(userEvents.type, userEvents.userId);
  // @ts-expect-error a subscription variable of the wrong type
  const wrongVariable = client.subscribe(LiveUsers, { userId: 42 });
  // @ts-expect-error a field the subscription did not select
  for await (const { userEvents } of client.subscribe(LiveUsers)) seen.push(userEvents.user);
  return [...seen, wrongVariable];
}
