import { z } from 'zod';
import { SandboxStoreError } from '../errors.js';
import type { CustomFieldValue, UserInput } from './types.js';

/** The writable user fields after validation; `undefined` means "absent from the request". */
export interface ValidUserInput {
  email?: string;
  firstName?: string | null;
  lastName?: string | null;
  password?: string;
  role?: string;
  groups?: string[];
  customFields?: Record<string, CustomFieldValue>;
  active?: boolean;
  ssoId?: string | null;
  avatarUrl?: string | null;
  language?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const BCP47 = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const nullableText = (max: number) => z.string().max(max, `must be at most ${max} characters`).nullable();

const userInputSchema = z.object({
  email: z
    .string({ error: 'must be a string' })
    .trim()
    .max(254, 'must be at most 254 characters')
    .regex(EMAIL, 'must be a valid email address like jane@example.com'),
  firstName: nullableText(100),
  lastName: nullableText(100),
  password: z.string({ error: 'must be a string' }).min(8, 'must be at least 8 characters').max(200, 'must be at most 200 characters'),
  role: z
    .string({ error: 'must be a string' })
    .regex(/^[a-z][a-z_-]{0,49}$/i, 'must be a role name such as learner or admin'),
  groups: z.array(z.string({ error: 'must be an array of group ids' }), { error: 'must be an array of group ids' }),
  customFields: z.record(
    z.string(),
    z.union([z.string(), z.number(), z.boolean(), z.null()], { error: 'values must be strings, numbers, booleans or null' }),
    { error: 'must be an object of key-value pairs' },
  ),
  active: z.boolean({ error: 'must be true or false' }),
  ssoId: nullableText(255),
  avatarUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).nullable(),
  language: z.string().regex(BCP47, 'must be a BCP 47 language tag such as en-US').nullable(),
});

const partialSchema = userInputSchema.partial();

/**
 * Validates the writable fields of a user. Unknown top-level fields are ignored, as the API does;
 * system fields (id, createdAt, updatedAt) are among them.
 *
 * @throws SandboxStoreError (invalid) naming the first bad field.
 */
export function validateUserInput(input: unknown, requireEmail: boolean): ValidUserInput {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new SandboxStoreError('invalid', 'invalid_body', 'The request body must be a JSON object with the user fields');
  }
  const body = input as UserInput;
  if (requireEmail && (body.email === undefined || body.email === null || body.email === '')) {
    throw new SandboxStoreError('invalid', 'email_required', 'email is required', 'email');
  }
  const parsed = partialSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? 'body');
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    throw new SandboxStoreError('invalid', `invalid_${snake(field)}`, `${field}: ${message}`, field);
  }
  const out = parsed.data as ValidUserInput;
  if (out.groups) out.groups = [...new Set(out.groups)];
  return out;
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
