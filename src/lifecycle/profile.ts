/**
 * A learner's profile as an HR system states it, and how it differs from the tenant's user.
 * One diff serves both the one-shot `syncProfile` and the bulk sync planner, so both agree on
 * what "changed" means.
 */
import type { CreateUserInput, UserPatch } from '../tenant/index.js';

/** Profile fields ti-graph writes. A field left undefined means "the HR system says nothing: leave it". */
export interface LearnerProfile {
  email: string;
  firstName?: string;
  lastName?: string;
  role?: string;
  ssoId?: string;
  language?: string;
  active?: boolean;
  /** Only the keys named here are compared and written; other keys on the user are kept. */
  customFields?: Record<string, unknown>;
}

/** The part of the tenant's user the diff reads (the REST user object, seed data model). */
export interface ProfileView {
  firstName?: string | null;
  lastName?: string | null;
  role?: string | null;
  ssoId?: string | null;
  language?: string | null;
  active?: boolean | null;
  customFields?: Record<string, unknown> | null;
}

/** One changed field: `field` is `firstName`, `active`, or `customFields.<key>`. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** The scalar fields compared, in the order changes are reported. */
export const PROFILE_FIELDS = ['firstName', 'lastName', 'role', 'ssoId', 'language', 'active'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** What differs between the user and the profile; fields the profile leaves undefined never appear. */
export function diffProfile(user: ProfileView, profile: Omit<LearnerProfile, 'email'>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of PROFILE_FIELDS) {
    const to = profile[field];
    if (to === undefined) continue;
    const from = user[field] ?? null;
    if (!sameValue(from, to)) changes.push({ field, from, to });
  }
  const current = user.customFields ?? {};
  for (const [key, to] of Object.entries(profile.customFields ?? {})) {
    if (to === undefined) continue;
    const from = current[key] ?? null;
    if (!sameValue(from, to)) changes.push({ field: `customFields.${key}`, from, to });
  }
  return changes;
}

/**
 * The partial update that carries `changes`. Custom fields are sent as a patch of the changed keys
 * only; the REST client's read-merge-PUT merges them into the user's current custom fields.
 */
export function patchFromChanges(changes: readonly FieldChange[]): UserPatch {
  const patch: Record<string, unknown> = {};
  const customFields: Record<string, unknown> = {};
  for (const { field, to } of changes) {
    if (field.startsWith(CUSTOM_PREFIX)) customFields[field.slice(CUSTOM_PREFIX.length)] = to;
    else patch[field] = to;
  }
  if (Object.keys(customFields).length > 0) patch.customFields = customFields;
  return patch as UserPatch;
}

/** The fields a new user is created with: the profile's stated fields. */
export function createInputFromProfile(profile: LearnerProfile): CreateUserInput {
  return { ...patchFromChanges(diffProfile({}, profile)), email: profile.email.trim() } as CreateUserInput;
}

const CUSTOM_PREFIX = 'customFields.';

/** Custom-field keys of a profile that the tenant has not configured (its writes would be dropped). */
export function unknownCustomFieldKeys(
  customFields: Record<string, unknown> | undefined,
  knownKeys: readonly string[] | undefined,
): string[] {
  if (!customFields || !knownKeys) return [];
  const known = new Set(knownKeys);
  return Object.keys(customFields).filter((key) => !known.has(key));
}

/** Emails are matched case-insensitively (TI treats them as the login identifier). */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}
