import { InputError } from '../errors/index.js';
import type { RequestOptions } from '../tenant/index.js';
import type { LifecycleClient } from './client.js';
import { deactivateUser } from './steps.js';

export interface DeactivateOptions extends RequestOptions {
  /** Permanently DELETE the user (and their completion history) instead. Off unless asked. */
  delete?: boolean;
}

export interface DeactivateResult {
  email: string;
  /** Undefined when nobody has this email. */
  userId: string | undefined;
  outcome: 'deactivated' | 'already-inactive' | 'deleted' | 'not-found';
}

/**
 * Resolves the user by email and sets `active: false` through a safe read-merge-PUT (every other
 * field kept), then checks the reply says `active: false`. Deactivating preserves completion
 * records; DELETE is permanent, so it happens only with `delete: true`. Idempotent: an inactive
 * user is left alone, an unknown email is reported as `not-found`.
 */
export async function deactivateByEmail(client: LifecycleClient, email: string, options: DeactivateOptions = {}): Promise<DeactivateResult> {
  const wanted = email?.trim();
  if (!wanted) throw new InputError('email is required to deactivate a user', 'email');
  const { delete: remove = false, ...requestOptions } = options;
  const user = await client.findByEmail(wanted, requestOptions);
  if (!user) return { email: wanted, userId: undefined, outcome: 'not-found' };
  if (remove) {
    await client.deleteUser(user.id, requestOptions);
    return { email: user.email, userId: user.id, outcome: 'deleted' };
  }
  if (user.active === false) return { email: user.email, userId: user.id, outcome: 'already-inactive' };
  await deactivateUser(client, user.id, {}, requestOptions);
  return { email: user.email, userId: user.id, outcome: 'deactivated' };
}
