/**
 * The sandbox tenant's data model: the seed guide's user table plus the groups, courses and
 * enrollments its endpoints touch. These are the shapes the REST API returns.
 */

export type CustomFieldValue = string | number | boolean | null;

/** A user as the API returns it (the seed's table; `password` is write-only and never here). */
export interface User {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  role: string;
  /** Ids of the groups the user belongs to. */
  groups: string[];
  customFields: Record<string, CustomFieldValue>;
  active: boolean;
  ssoId: string | null;
  avatarUrl: string | null;
  /** BCP 47 tag, e.g. `en-US`. */
  language: string | null;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}

/** The writable fields of a user, as a create or a full-replacement PUT receives them (unvalidated). */
export interface UserInput {
  email?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  password?: unknown;
  role?: unknown;
  groups?: unknown;
  customFields?: unknown;
  active?: unknown;
  ssoId?: unknown;
  avatarUrl?: unknown;
  language?: unknown;
  [other: string]: unknown;
}

export interface Group {
  id: string;
  name: string;
}

export interface Course {
  id: string;
  title: string;
  slug: string;
  published: boolean;
}

export type EnrollmentStatus = 'not_started' | 'in_progress' | 'completed';

export interface Enrollment {
  userId: string;
  courseId: string;
  status: EnrollmentStatus;
  enrolledAt: string;
  completedAt: string | null;
}

export interface PageRequest {
  /** 1-based. */
  page?: number;
  perPage?: number;
}

export interface UserPage {
  users: User[];
  total: number;
}

export interface EnrollmentPage {
  enrollments: Enrollment[];
  total: number;
}

/**
 * What a mutation emits after it applied. `data` is the user (for user.*) or the enrollment (for
 * user.enrolled and course.completed), as the API would return it.
 */
export type StoreEvent =
  | { type: 'user.created' | 'user.updated' | 'user.deleted'; at: string; data: User }
  | { type: 'user.enrolled' | 'course.completed'; at: string; data: Enrollment };

export type StoreEventType = StoreEvent['type'];
export type StoreListener = (event: StoreEvent) => void;

/** A user as stored: the public fields plus the password hash (scrypt), if any. */
export interface UserRecord extends User {
  passwordHash: string | null;
}

/** Everything a tenant holds, as persisted to the data file. */
export interface TenantSnapshot {
  users: UserRecord[];
  groups: Group[];
  courses: Course[];
  enrollments: Enrollment[];
  serviceUser: User;
}
