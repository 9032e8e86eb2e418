import { ConflictError, InputError } from '../errors/index.js';
import type { RequestOptions, TiUser } from '../tenant/index.js';
import type { LifecycleClient } from './client.js';
import { createUserChecked } from './steps.js';
import { createInputFromProfile, diffProfile, patchFromChanges, type FieldChange, type LearnerProfile } from './profile.js';

export interface SyncProfileResult {
  userId: string;
  email: string;
  outcome: 'created' | 'updated' | 'unchanged';
  /** What changed (old -> new); for a create, the fields set. */
  changes: FieldChange[];
  user: TiUser;
}

/**
 * Brings the tenant's user in line with an HR record: resolves by email (case-insensitive), then
 * updates only the fields that differ (customFields key by key, other keys kept), or creates the
 * user when missing. Fields the record leaves undefined are never touched. Custom-field keys the
 * tenant does not keep are refused by the client before anything is written (ValidationError).
 */
export async function syncProfile(client: LifecycleClient, record: LearnerProfile, options: RequestOptions = {}): Promise<SyncProfileResult> {
  const email = record.email?.trim();
  if (!email) throw new InputError('email is required to sync a profile', 'email');
  const profile = { ...record, email };
  let user = await client.findByEmail(email, options);
  if (!user) {
    try {
      const created = await createUserChecked(client, createInputFromProfile(profile), options);
      return { userId: created.id, email: created.email, outcome: 'created', changes: diffProfile({}, profile), user: created };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      user = await client.findByEmail(email, options); // created concurrently: update it instead
      if (!user) throw error;
    }
  }
  const changes = diffProfile(user, profile);
  if (changes.length === 0) return { userId: user.id, email: user.email, outcome: 'unchanged', changes, user };
  const updated = await client.updateUser(user.id, patchFromChanges(changes), options);
  return { userId: updated.id, email: updated.email, outcome: 'updated', changes, user: updated };
}
