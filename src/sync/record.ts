/**
 * One HR record: the documented input columns, validated and normalized. CSV and JSON inputs both
 * end up here, so a row means the same thing whichever format it came in.
 *
 * Columns: email (required), firstName, lastName, role, groups (`;`-separated group ids),
 * customFields.<key>, active (true/false/yes/no/1/0), ssoId, language (BCP 47), courses
 * (`;`-separated course ids). An empty cell means "the HR system says nothing": the tenant's value
 * is left as it is (sync never clears a field).
 */
import { z } from 'zod';
import { unknownCustomFieldKeys, type LearnerProfile } from '../lifecycle/index.js';

export interface HrRecord extends LearnerProfile {
  /** Where the record is in the input: the CSV line it starts on, or the 1-based index in a JSON array. */
  row: number;
  groups: string[];
  courses: string[];
}

/** A record that could not be used, and why. The other records proceed. */
export interface RowProblem {
  row: number;
  email?: string;
  reason: string;
}

export const SCALAR_COLUMNS = ['email', 'firstName', 'lastName', 'role', 'groups', 'active', 'ssoId', 'language', 'courses'] as const;
export const CUSTOM_FIELD_PREFIX = 'customFields.';

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const text = z.preprocess(blankToUndefined, z.string().trim().max(1_000, 'is longer than 1000 characters').optional());

const idList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(';') : (blankToUndefined(value) ?? [])),
  z
    .array(z.union([z.string(), z.number()], { error: 'must be a list of ids' }), { error: 'must be a list of ids or a ;-separated string' })
    .transform((ids) => [...new Set(ids.map((id) => String(id).trim()).filter(Boolean))]),
);

const TRUE = new Set(['true', 'yes', '1', 'y']);
const FALSE = new Set(['false', 'no', '0', 'n']);
const activeFlag = z.preprocess(
  blankToUndefined,
  z
    .union([z.boolean(), z.string().trim().toLowerCase()])
    .optional()
    .transform((value, ctx) => {
      if (typeof value !== 'string') return value;
      if (TRUE.has(value)) return true;
      if (FALSE.has(value)) return false;
      ctx.addIssue({ code: 'custom', message: `must be true or false, got "${value}"` });
      return z.NEVER;
    }),
);

/** Canonical case (`en-gb` -> `en-GB`), so a tenant that stores the canonical form is not "changed" every run. */
const language = text.transform((tag, ctx) => {
  if (tag === undefined) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical) return canonical;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: 'must be a BCP 47 language tag such as "en" or "pt-BR"' });
  return z.NEVER;
});

const customValue = z.preprocess(blankToUndefined, z.union([z.string(), z.number(), z.boolean()], { error: 'must be a string, number or boolean' }).optional());

const recordSchema = z
  .object({
    email: z.preprocess(
      (value) => blankToUndefined(value) ?? undefined,
      z.string({ error: 'is required' }).trim().pipe(z.email({ error: 'is not a valid email address' })),
    ),
    firstName: text,
    lastName: text,
    role: text,
    ssoId: text,
    language,
    active: activeFlag,
    groups: idList,
    courses: idList,
    customFields: z.record(z.string(), customValue, { error: 'must be an object of key -> value' }).optional(),
  })
  .strict();

export interface ValidateOptions {
  /** The tenant's configured custom-field keys; a record naming another key is rejected. Undefined skips the check. */
  customFieldKeys?: readonly string[];
}

/**
 * Validates one raw record (CSV columns or a JSON object). `customFields.<key>` properties are folded
 * into `customFields`. Returns the record or the reason it cannot be used.
 */
export function validateRecord(raw: Record<string, unknown>, row: number, options: ValidateOptions = {}): HrRecord | RowProblem {
  const folded: Record<string, unknown> = {};
  const custom: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(CUSTOM_FIELD_PREFIX)) custom[key.slice(CUSTOM_FIELD_PREFIX.length)] = value;
    else folded[key] = value;
  }
  if (Object.keys(custom).length > 0) {
    const given = folded.customFields;
    folded.customFields = given && typeof given === 'object' && !Array.isArray(given) ? { ...given, ...custom } : custom;
  }
  const email = typeof folded.email === 'string' ? folded.email.trim() || undefined : undefined;
  const parsed = recordSchema.safeParse(folded);
  if (!parsed.success) {
    const reason = parsed.error.issues.map(describeIssue).join('; ');
    return { row, ...(email ? { email } : {}), reason };
  }
  const { customFields, ...rest } = parsed.data;
  const fields = Object.fromEntries(Object.entries(customFields ?? {}).filter(([, v]) => v !== undefined));
  const unknown = unknownCustomFieldKeys(fields, options.customFieldKeys);
  if (unknown.length > 0) {
    const known = options.customFieldKeys?.length ? options.customFieldKeys.join(', ') : 'none';
    return {
      row,
      email: rest.email,
      reason: `unknown custom field ${unknown.map((k) => `"${k}"`).join(', ')}: the tenant's keys are ${known} (configure it in the admin portal first)`,
    };
  }
  const record: HrRecord = { row, email: rest.email, groups: rest.groups, courses: rest.courses };
  for (const key of ['firstName', 'lastName', 'role', 'ssoId', 'language', 'active'] as const) {
    if (rest[key] !== undefined) (record as unknown as Record<string, unknown>)[key] = rest[key];
  }
  if (Object.keys(fields).length > 0) record.customFields = fields;
  return record;
}

export function isRowProblem(value: HrRecord | RowProblem): value is RowProblem {
  return 'reason' in value;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (expected ${[...SCALAR_COLUMNS, 'customFields'].join(', ')})`;
  }
  const path = issue.path.map(String).join('.');
  return path ? `${path} ${issue.message}` : issue.message;
}
