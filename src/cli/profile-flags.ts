/**
 * Flags that describe a learner's profile, shared by `ti-graph provision` and `ti-graph sync-profile`.
 */
import { InputError } from '../errors/index.js';
import type { LearnerProfile } from '../lifecycle/index.js';

export const PROFILE_FLAGS = {
  email: { type: 'string' },
  'first-name': { type: 'string' },
  'last-name': { type: 'string' },
  role: { type: 'string' },
  'sso-id': { type: 'string' },
  language: { type: 'string' },
  active: { type: 'string' },
  field: { type: 'string', multiple: true },
} as const;

export const PROFILE_USAGE = `  --email EMAIL         the learner (required; matched case-insensitively)
  --first-name NAME     --last-name NAME     --role ROLE     --sso-id ID     --language TAG
  --active true|false   reactivate (true) or deactivate (false)
  --field KEY=VALUE     a custom field (repeatable); KEY must be configured in the tenant`;

export function profileFromFlags(values: {
  email?: string;
  'first-name'?: string;
  'last-name'?: string;
  role?: string;
  'sso-id'?: string;
  language?: string;
  active?: string;
  field?: string[];
}): LearnerProfile {
  const email = values.email?.trim();
  if (!email) throw new InputError('--email is required', 'email');
  const profile: LearnerProfile = { email };
  if (values['first-name'] !== undefined) profile.firstName = values['first-name'];
  if (values['last-name'] !== undefined) profile.lastName = values['last-name'];
  if (values.role !== undefined) profile.role = values.role;
  if (values['sso-id'] !== undefined) profile.ssoId = values['sso-id'];
  if (values.language !== undefined) profile.language = values.language;
  if (values.active !== undefined) {
    const flag = values.active.trim().toLowerCase();
    if (flag !== 'true' && flag !== 'false') throw new InputError(`--active must be true or false, got "${values.active}"`, 'active');
    profile.active = flag === 'true';
  }
  for (const entry of values.field ?? []) {
    const at = entry.indexOf('=');
    if (at <= 0) throw new InputError(`--field must look like key=value, got "${entry}"`, 'field');
    profile.customFields = { ...profile.customFields, [entry.slice(0, at).trim()]: entry.slice(at + 1) };
  }
  return profile;
}

/** `--course a --course b;c` -> [a, b, c] */
export function idList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(/[;,]/)).map((v) => v.trim()).filter(Boolean);
}
