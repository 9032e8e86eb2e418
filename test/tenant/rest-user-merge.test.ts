import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { mergeUserPatch, tiUserSchema, type TiUser } from '../../src/tenant/index.js';

/** The pure half of updateUser: patch -> full PUT body. The sandbox-backed property is in rest-update. */
const current: TiUser = tiUserSchema.parse({
  id: 'u1',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  role: 'admin',
  groups: ['g1', 'g2'],
  customFields: { department: 'Math', employeeId: 7 },
  active: true,
  ssoId: 'sso-ada',
  avatarUrl: null,
  language: 'en-GB',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-02T00:00:00.000Z',
  // A field this client does not know (the vendor added it later): it must survive the PUT.
  nickname: 'Countess',
});

describe('mergeUserPatch', () => {
  it('keeps every unnamed field, unknown ones included, and never sends system fields', () => {
    const body = mergeUserPatch(current, { firstName: 'Augusta' });
    expect(body).toEqual({
      email: 'ada@example.com',
      firstName: 'Augusta',
      lastName: 'Lovelace',
      role: 'admin',
      groups: ['g1', 'g2'],
      customFields: { department: 'Math', employeeId: 7 },
      active: true,
      ssoId: 'sso-ada',
      avatarUrl: null,
      language: 'en-GB',
      nickname: 'Countess',
    });
  });

  it('merges customFields key by key; null removes a key; customFields: null clears them all', () => {
    expect(mergeUserPatch(current, { customFields: { employeeId: 8, department: null, costCenter: 'C1' } }).customFields).toEqual({
      employeeId: 8,
      costCenter: 'C1',
    });
    expect(mergeUserPatch(current, { customFields: null }).customFields).toEqual({});
  });

  it('replaces groups only when named; null empties them', () => {
    expect(mergeUserPatch(current, { lastName: 'King' }).groups).toEqual(['g1', 'g2']);
    expect(mergeUserPatch(current, { groups: ['g3'] }).groups).toEqual(['g3']);
    expect(mergeUserPatch(current, { groups: null }).groups).toEqual([]);
  });

  it('clears text fields to null, and role/active back to the tenant default by leaving them out', () => {
    const body = mergeUserPatch(current, { ssoId: null, role: null, active: null });
    expect(body.ssoId).toBeNull();
    expect(body).not.toHaveProperty('role');
    expect(body).not.toHaveProperty('active');
  });

  it('treats undefined as "not named"', () => {
    expect(mergeUserPatch(current, { firstName: undefined, lastName: 'King' }).firstName).toBe('Ada');
  });

  it('refuses to clear email or password and to write system fields', () => {
    expect(() => mergeUserPatch(current, { email: null } as never)).toThrow(InputError);
    expect(() => mergeUserPatch(current, { password: null } as never)).toThrow(/"password" cannot be cleared/);
    expect(() => mergeUserPatch(current, { updatedAt: 'now' } as never)).toThrow(/managed by the tenant/);
  });
});
