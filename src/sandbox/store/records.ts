/**
 * Pure helpers of the store's user records: the API's view of a record, create-time defaults for
 * a full replacement, and page bounds.
 */
import type { ValidUserInput } from './validate.js';
import type { CustomFieldValue, PageRequest, User, UserRecord } from './types.js';

export function normalizePage(request: PageRequest): { page: number; perPage: number } {
  const page = Math.max(1, Math.floor(request.page ?? 1));
  const perPage = Math.max(1, Math.floor(request.perPage ?? 25));
  return { page, perPage };
}

/** The writable fields other than email and password, with create-time defaults for absent ones. */
export function replacementFields(valid: ValidUserInput, customFieldKeys: readonly string[]) {
  return {
    firstName: valid.firstName ?? null,
    lastName: valid.lastName ?? null,
    role: valid.role ?? 'learner',
    groups: valid.groups ?? [],
    customFields: knownCustomFields(valid.customFields, customFieldKeys),
    active: valid.active ?? true,
    ssoId: valid.ssoId ?? null,
    avatarUrl: valid.avatarUrl ?? null,
    language: valid.language ?? null,
  };
}

/** Keys not configured for the tenant are dropped without a word, as the seed guide warns. */
function knownCustomFields(fields: Record<string, CustomFieldValue> | undefined, customFieldKeys: readonly string[]): Record<string, CustomFieldValue> {
  const out: Record<string, CustomFieldValue> = {};
  if (!fields) return out;
  for (const key of customFieldKeys) if (Object.hasOwn(fields, key)) out[key] = fields[key]!;
  return out;
}

/** The API's view of a user: a copy without the password hash. */
export function publicUser(record: UserRecord): User {
  return {
    id: record.id,
    email: record.email,
    firstName: record.firstName,
    lastName: record.lastName,
    role: record.role,
    groups: [...record.groups],
    customFields: { ...record.customFields },
    active: record.active,
    ssoId: record.ssoId,
    avatarUrl: record.avatarUrl,
    language: record.language,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
