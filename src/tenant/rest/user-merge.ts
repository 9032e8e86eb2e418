import { InputError } from '../../errors/index.js';
import { SYSTEM_FIELDS, type TiUser, type UserPatch } from './models.js';

/**
 * PUT /users/:id is a full replacement: a writable field absent from the body is reset. These pure
 * functions turn "change these fields" into the whole object to PUT, and check the reply for loss.
 */

export type UserBody = Record<string, unknown>;

/** The user as a PUT body: everything the server returned except system-managed fields. */
function writableBody(user: TiUser): UserBody {
  return Object.fromEntries(Object.entries(user).filter(([key]) => !SYSTEM_FIELDS.has(key)));
}

/** Text fields the API stores as null when cleared. */
const NULLABLE: ReadonlySet<string> = new Set(['firstName', 'lastName', 'ssoId', 'avatarUrl', 'language']);
/** Fields the API does not accept as null; "clearing" them means returning to the default. */
const RESET_BY_OMISSION: ReadonlySet<string> = new Set(['role', 'active']);

/** The seed's writable user fields (besides write-only `password`). */
const KNOWN_WRITABLE: ReadonlySet<string> = new Set([
  'email', 'firstName', 'lastName', 'role', 'groups', 'customFields', 'active', 'ssoId', 'avatarUrl', 'language',
]);

/** Keys the caller named in a patch (`undefined` means "not named"). */
export function namedFields(patch: UserPatch): string[] {
  return Object.entries(patch)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
}

/**
 * Applies a partial change to the current user and returns the full body to PUT.
 * - a field not named is kept as the server returned it;
 * - `null` clears a field explicitly: text fields become null, `groups` [], `customFields` {},
 *   `role` and `active` go back to the tenant's defaults; `email` and `password` cannot be cleared;
 * - customFields are merged key by key, a `null` value removes that key;
 * - `groups`, when named, replaces the list.
 */
export function mergeUserPatch(current: TiUser, patch: UserPatch): UserBody {
  const body = writableBody(current);
  for (const key of namedFields(patch)) {
    if (SYSTEM_FIELDS.has(key)) throw new InputError(`"${key}" is managed by the tenant and cannot be written`, key);
    const value = (patch as Record<string, unknown>)[key];
    if (key === 'customFields') {
      body.customFields = value === null ? {} : mergeCustomFields(current.customFields ?? {}, value as Record<string, unknown>);
    } else if (key === 'groups') {
      body.groups = value === null ? [] : [...(value as string[])];
    } else if (value === null && RESET_BY_OMISSION.has(key)) {
      delete body[key]; // PUT resets an absent field to the tenant's default (role learner, active true)
    } else if (value === null && !NULLABLE.has(key)) {
      throw new InputError(`"${key}" cannot be cleared; leave it out of the change to keep it`, key);
    } else {
      body[key] = value;
    }
  }
  return body;
}

function mergeCustomFields(current: Record<string, unknown>, change: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** Whether the PUT would change nothing (no password either), so it can be skipped. */
export function isNoOp(current: TiUser, body: UserBody): boolean {
  if (body.password !== undefined) return false;
  return sameValue(writableBody(current), body);
}

export interface ReplacementLoss {
  /** customFields keys we sent that the tenant did not keep (not configured there). */
  droppedCustomFieldKeys: string[];
  /** Fields the caller did not name whose value changed anyway. */
  changedUnnamedFields: string[];
}

/** Compares what the PUT returned with what was sent. Named fields may be normalised by the server. */
export function findReplacementLoss(sent: UserBody, returned: TiUser, named: readonly string[]): ReplacementLoss {
  const namedSet = new Set(named);
  const got = returned as Record<string, unknown>;
  const droppedCustomFieldKeys: string[] = [];
  const changedUnnamedFields: string[] = [];

  const sentFields = (sent.customFields ?? {}) as Record<string, unknown>;
  const gotFields = (got.customFields ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(sentFields)) {
    if (!(key in gotFields)) droppedCustomFieldKeys.push(key);
    else if (!namedSet.has('customFields') && !sameValue(value, gotFields[key])) changedUnnamedFields.push(`customFields.${key}`);
  }
  for (const [key, value] of Object.entries(sent)) {
    if (key === 'password' || key === 'customFields' || namedSet.has(key)) continue;
    const returnedValue = got[key];
    let same: boolean;
    if (!KNOWN_WRITABLE.has(key)) {
      // A field this client does not know may be computed by the tenant (it can change on its
      // own); only its disappearance is a loss.
      same = value === null || value === undefined || (returnedValue !== null && returnedValue !== undefined);
    } else if (key === 'email' && typeof value === 'string' && typeof returnedValue === 'string') {
      same = value.toLowerCase() === returnedValue.toLowerCase();
    } else {
      same = sameValue(value ?? null, returnedValue ?? null);
    }
    if (!same) changedUnnamedFields.push(key);
  }
  return { droppedCustomFieldKeys, changedUnnamedFields };
}

/** Structural equality of JSON values (object key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((item, i) => sameValue(item, bs[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const aKeys = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bKeys = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((k) => Object.hasOwn(bo, k) && sameValue(ao[k], bo[k]));
}
