import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../../src/errors/index.js';
import { createRestClient, type TiRestClient, type UserPatch } from '../../src/tenant/index.js';
import { tenantConfigFor } from '../helpers/rest-client.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';

/**
 * PUT /users/:id replaces the whole user. `updateUser` must change exactly the named fields and
 * lose nothing else, whatever the patch. Checked against the sandbox's own store, not the client's
 * view of itself.
 */
let sandbox: Sandbox;
let client: TiRestClient;
beforeAll(async () => {
  sandbox = await startTestSandbox({ users: 8 });
  client = createRestClient(tenantConfigFor(sandbox, 'seed-header', { customFieldKeys: [...tenant().customFieldKeys] }));
});
afterAll(async () => {
  await sandbox?.close();
});

const tenant = () => sandbox.tenants[0]!;
const store = () => tenant().store;
const WRITABLE = ['email', 'firstName', 'lastName', 'role', 'groups', 'customFields', 'active', 'ssoId', 'avatarUrl', 'language'] as const;
const withoutUpdatedAt = <T extends { updatedAt?: unknown }>(u: T) => {
  const { updatedAt: _, ...rest } = u;
  return rest;
};

function patchArbitrary(userEmails: string[], groupIds: string[], keys: readonly string[]): fc.Arbitrary<UserPatch> {
  const text = (max: number) => fc.option(fc.string({ maxLength: max }), { nil: null });
  const customValue = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null));
  return fc.record(
    {
      // Mostly fresh addresses; sometimes another user's, which the tenant must refuse (409).
      email: fc.oneof(
        { weight: 4, arbitrary: fc.nat({ max: 1_000_000 }).map((n) => `prop.${n}@example.com`) },
        { weight: 1, arbitrary: fc.constantFrom(...userEmails) },
      ),
      firstName: text(20),
      lastName: text(20),
      role: fc.constantFrom(null, 'learner', 'admin', 'manager'),
      groups: fc.option(fc.subarray(groupIds), { nil: null }),
      customFields: fc.option(fc.dictionary(fc.constantFrom(...keys), customValue, { maxKeys: keys.length }), { nil: null }),
      active: fc.option(fc.boolean(), { nil: null }),
      ssoId: text(30),
      avatarUrl: fc.option(fc.nat().map((n) => `https://img.example.com/${n}.png`), { nil: null }),
      language: fc.constantFrom(null, 'en', 'en-US', 'fr-CA', 'pt-BR'),
      password: fc.constant('a long enough password'),
    },
    { requiredKeys: [] },
  );
}

/** What the store must hold after the patch, computed from what it held before. */
function expectedAfter(before: Record<string, unknown>, patch: UserPatch): Record<string, unknown> {
  const out: Record<string, unknown> = { ...before };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === 'password') continue;
    if (key === 'customFields') {
      const merged: Record<string, unknown> = value === null ? {} : { ...(before.customFields as object) };
      for (const [k, v] of Object.entries(value ?? {})) {
        if (v === null) delete merged[k];
        else merged[k] = v;
      }
      out.customFields = merged;
    } else if (key === 'groups') out.groups = value ?? [];
    else if (key === 'role') out.role = value ?? 'learner';
    else if (key === 'active') out.active = value ?? true;
    else out[key] = value;
  }
  return out;
}

describe('updateUser over a full-replacement PUT', () => {
  it('property: 1,000 random partial updates never lose a field the caller did not name', async () => {
    const ids = store().listUsers().users.map((u) => u.id);
    const emails = store().listUsers().users.map((u) => u.email);
    const groupIds = store().listGroups().map((g) => g.id);
    let conflicts = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ids), patchArbitrary(emails, groupIds, tenant().customFieldKeys), async (id, patch) => {
        const before = withoutUpdatedAt(store().getUser(id)!);
        let returned;
        try {
          returned = await client.updateUser(id, patch);
        } catch (error) {
          // Taking another user's email is refused by the tenant; then nothing at all changed.
          expect(error).toBeInstanceOf(ConflictError);
          expect(patch.email?.toLowerCase()).not.toBe(before.email.toLowerCase());
          expect(withoutUpdatedAt(store().getUser(id)!)).toEqual(before);
          conflicts++;
          return;
        }
        const after = withoutUpdatedAt(store().getUser(id)!);
        expect(after).toEqual(expectedAfter(before, patch));
        expect(withoutUpdatedAt(returned)).toEqual(after);
        for (const field of WRITABLE) {
          if ((patch as Record<string, unknown>)[field] === undefined) expect(after[field]).toEqual(before[field]);
        }
      }),
      { numRuns: 1_000 },
    );
    expect(conflicts).toBeGreaterThan(0); // the refusal path was exercised too
  }, 120_000); // ~2,000 loopback round trips: about 3 s on an idle machine, far more on a busy one

  it('an empty patch (or one that changes nothing) sends no PUT', async () => {
    const user = store().listUsers().users[0]!;
    sandbox.requests.reset();
    await client.updateUser(user.id, {});
    await client.updateUser(user.id, { firstName: user.firstName, groups: user.groups });
    expect(sandbox.requests.count({ method: 'PUT' })).toBe(0);
    expect(sandbox.requests.count({ method: 'GET' })).toBe(2);
  });

  it('refuses a customFields key the tenant does not have, before sending, naming it and the allowed ones', async () => {
    const user = store().listUsers().users[1]!;
    sandbox.requests.reset();
    const error = await client.updateUser(user.id, { customFields: { favouriteColour: 'teal', department: 'R&D' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const message = (error as Error).message;
    expect(message).toContain('"favouriteColour"');
    for (const key of tenant().customFieldKeys) expect(message).toContain(key);
    expect(message).toMatch(/TI_CHECK_CUSTOM_FIELDS=false/);
    expect(sandbox.requests.count()).toBe(0);
    await expect(client.createUser({ email: 'cf@example.com', customFields: { favouriteColour: 'x' } })).rejects.toBeInstanceOf(ValidationError);
    expect(sandbox.requests.count()).toBe(0);
  });

  it('still lets a caller remove a key the tenant no longer configures', async () => {
    const user = store().listUsers().users[1]!;
    await expect(client.updateUser(user.id, { customFields: { retiredKey: null } })).resolves.toMatchObject({ id: user.id });
  });

  it('with the check off (or keys unknown), a key the tenant silently dropped is reported after the PUT', async () => {
    const user = store().listUsers().users[2]!;
    for (const overrides of [{ checkCustomFields: false }, { customFieldKeys: undefined }]) {
      const unchecked = createRestClient(tenantConfigFor(sandbox, 'seed-header', { customFieldKeys: [...tenant().customFieldKeys], ...overrides }));
      const error = await unchecked.updateUser(user.id, { lastName: 'Changed', customFields: { favouriteColour: 'teal' } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toMatch(/silently dropped customFields "favouriteColour"/);
      expect(store().getUser(user.id)!.lastName).toBe('Changed'); // the rest was saved, and the error says so
    }
  });

  it('refuses to "clear" email or password, and to write system fields', async () => {
    const user = store().listUsers().users[3]!;
    await expect(client.updateUser(user.id, { email: null } as unknown as UserPatch)).rejects.toThrow(/"email" cannot be cleared/);
    await expect(client.updateUser(user.id, { id: 'x' } as unknown as UserPatch)).rejects.toThrow(/"id" is managed by the tenant/);
  });
});
