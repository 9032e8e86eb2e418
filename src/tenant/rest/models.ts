import { z } from 'zod';

/**
 * What the tenant's REST API returns, validated. Objects are loose: fields this client does not
 * know yet are kept (and round-tripped by `updateUser`, so a full-replacement PUT never drops a
 * field the vendor adds later). Fields the seed's examples sometimes omit are optional.
 */
const nullableString = z.string().nullable().optional();

export const tiUserSchema = z.looseObject({
  id: z.string().min(1),
  email: z.string(),
  firstName: nullableString,
  lastName: nullableString,
  role: nullableString,
  groups: z.array(z.string()).optional(),
  customFields: z.record(z.string(), z.unknown()).optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  active: z.boolean().optional(),
  ssoId: nullableString,
  avatarUrl: nullableString,
  language: nullableString,
});
export type TiUser = z.infer<typeof tiUserSchema>;

const tiEnrollmentSchema = z.looseObject({
  courseId: z.string().min(1),
  userId: z.string().optional(),
  id: z.string().optional(),
  status: z.string().optional(),
  completedAt: z.string().nullable().optional(),
});
export type TiEnrollment = z.infer<typeof tiEnrollmentSchema>;

export const userEnvelope = z.object({ user: tiUserSchema });
export const usersPageEnvelope = z.object({ users: z.array(tiUserSchema), total: z.number().int().nonnegative() });
export const enrollmentEnvelope = z.object({ enrollment: tiEnrollmentSchema });
/** The seed's example has no `total` on enrollments; the sandbox sends one. Both are accepted. */
export const enrollmentsPageEnvelope = z.object({
  enrollments: z.array(tiEnrollmentSchema),
  total: z.number().int().nonnegative().optional(),
});
export const successEnvelope = z.object({ success: z.literal(true) });
export const pingEnvelope = z.object({ valid: z.boolean() });
/** Error bodies: `{ "error": "<snake_code>", "message": "..." }`, both optional (real servers vary). */
export const errorBody = z.object({ error: z.string().optional(), message: z.string().optional() });

export interface UsersPage {
  users: TiUser[];
  total: number;
  page: number;
  perPage: number;
}

export interface EnrollmentsPage {
  enrollments: TiEnrollment[];
  total: number | undefined;
  page: number;
  perPage: number;
}

/** The body of a create or a full-replacement PUT (loose: fields the tenant adds later round-trip). */
export const tiUserWritableSchema = z.looseObject({
  email: z.string(),
  password: z.string().optional(),
  firstName: nullableString,
  lastName: nullableString,
  role: z.string().optional(),
  groups: z.array(z.string()).optional(),
  customFields: z.record(z.string(), z.unknown()).optional(),
  active: z.boolean().optional(),
  ssoId: nullableString,
  avatarUrl: nullableString,
  language: nullableString,
});

/** Fields a caller may write. `password` is write-only: never returned, never read back. */
export type TiUserWritable = {
  email: string;
  password?: string;
  firstName?: string | null;
  lastName?: string | null;
  role?: string;
  groups?: string[];
  customFields?: Record<string, unknown>;
  active?: boolean;
  ssoId?: string | null;
  avatarUrl?: string | null;
  language?: string | null;
};

export type CreateUserInput = TiUserWritable;

/**
 * A partial change for `updateUser`. A field left out (or `undefined`) is kept as it is; `null`
 * clears it explicitly (text fields to null, `role` and `active` back to the tenant's defaults).
 * In `customFields`, keys are merged one by one and a `null` value removes that key. `groups`,
 * when named, replaces the whole list.
 */
export type UserPatch = Partial<Omit<TiUserWritable, 'customFields' | 'groups' | 'role' | 'active'>> & {
  role?: string | null;
  active?: boolean | null;
  customFields?: Record<string, unknown> | null;
  groups?: string[] | null;
};

/** System-managed fields: never sent on a write. */
export const SYSTEM_FIELDS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt']);
