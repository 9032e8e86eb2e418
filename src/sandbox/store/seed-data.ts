import { createRandom, pick, randomInt, randomUuid, type Random } from '../random.js';
import { hashPassword } from './password.js';
import type { Course, CustomFieldValue, Enrollment, EnrollmentStatus, Group, TenantSnapshot, User, UserRecord } from './types.js';

/** Every seeded user can log in with this password (documented in src/sandbox/README.md). */
export const SANDBOX_PASSWORD = 'sandbox-password';

export const DEFAULT_CUSTOM_FIELD_KEYS: readonly string[] = ['department', 'employeeId', 'costCenter', 'hireDate', 'manager'];

export interface SeedOptions {
  tenant: string;
  seed: number | string;
  users: number;
  customFieldKeys: readonly string[];
}

const FIRST = ['Jane', 'John', 'Amara', 'Luis', 'Mei', 'Noah', 'Priya', 'Olga', 'Kwame', 'Sofia', 'Hiro', 'Fatima', 'Liam', 'Ines', 'Yusuf', 'Elena', 'Tariq', 'Chloe', 'Mateo', 'Aiko'];
const LAST = ['Doe', 'Smith', 'Okafor', 'Garcia', 'Chen', 'Novak', 'Patel', 'Ivanova', 'Mensah', 'Rossi', 'Tanaka', 'Haddad', 'Murphy', 'Silva', 'Demir', 'Kowalski', 'Nguyen', 'Dubois', 'Fernandez', 'Sato'];
const DEPARTMENTS = ['Engineering', 'Sales', 'Support', 'Finance', 'People', 'Marketing'];
const LANGUAGES = ['en-US', 'en-US', 'en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP', null];
const GROUPS = ['All Staff', 'Engineering', 'Sales', 'Support', 'Managers', 'New Hires', 'Partners'];
const COURSES: Array<[string, boolean]> = [
  ['Security Awareness 101', true],
  ['Code of Conduct', true],
  ['Onboarding: Your First Week', true],
  ['Selling with Confidence', true],
  ['Customer Empathy', true],
  ['Leading Teams', true],
  ['Data Privacy Essentials', true],
  ['Advanced Negotiation (draft)', false],
  ['AI at Work (coming soon)', false],
  ['Legacy Compliance 2019 (retired)', false],
];
const STATUSES: EnrollmentStatus[] = ['not_started', 'in_progress', 'completed'];

/** Seeded timestamps fall in 2024, so they never look like "just now". */
const EPOCH = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

/**
 * Builds a tenant's starting data. Deterministic: the same options give the same tenant, and user
 * N is the same whatever the roster size (each user draws from its own stream), so a test written
 * against 150 users still holds with 10,000.
 */
export function seedTenant(options: SeedOptions): TenantSnapshot {
  const base = `${options.seed}:${options.tenant}`;
  const random = createRandom(`${base}:tenant`);
  const groups: Group[] = GROUPS.map((name) => ({ id: randomUuid(random), name }));
  const courses: Course[] = COURSES.map(([title, published]) => ({
    id: randomUuid(random),
    title,
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
    published,
  }));
  // One hash shared by all seeded users: hashing 10,000 passwords would take seconds.
  const passwordHash = hashPassword(SANDBOX_PASSWORD, Buffer.from(`${base}:salt`).subarray(0, 16));
  const serviceUser: User = {
    id: randomUuid(random),
    email: `api-service@${options.tenant}.sandbox.test`,
    firstName: 'API',
    lastName: 'Service',
    role: 'admin',
    groups: [],
    customFields: {},
    active: true,
    ssoId: null,
    avatarUrl: null,
    language: 'en-US',
    createdAt: new Date(EPOCH).toISOString(),
    updatedAt: new Date(EPOCH).toISOString(),
  };

  const users: UserRecord[] = [];
  const enrollments: Enrollment[] = [];
  for (let i = 0; i < options.users; i++) {
    const r = createRandom(`${base}:user:${i}`);
    const user = seedUser(r, i, groups, options.customFieldKeys, passwordHash);
    users.push(user);
    seedEnrollments(r, user, courses, enrollments);
  }
  return { users, groups, courses, enrollments, serviceUser };
}

function seedUser(r: Random, i: number, groups: Group[], customFieldKeys: readonly string[], passwordHash: string): UserRecord {
  const firstName = pick(r, FIRST);
  const lastName = pick(r, LAST);
  const id = randomUuid(r);
  const createdMs = EPOCH + randomInt(r, 0, 300) * DAY + randomInt(r, 0, DAY - 1);
  const updatedMs = createdMs + randomInt(r, 0, 60) * DAY;
  const department = pick(r, DEPARTMENTS);
  const memberOf = groups.filter((_, g) => g === 0 || r() < 0.2).map((g) => g.id);
  const customFields: Record<string, CustomFieldValue> = {};
  const candidates: Record<string, CustomFieldValue> = {
    department,
    employeeId: `E${String(10000 + i)}`,
    costCenter: `CC-${randomInt(r, 100, 999)}`,
    hireDate: new Date(createdMs - randomInt(r, 0, 2000) * DAY).toISOString().slice(0, 10),
    manager: i === 0 ? null : `user${randomInt(r, 0, i - 1)}@example.com`,
  };
  for (const key of customFieldKeys) if (key in candidates) customFields[key] = candidates[key]!;
  const roleDraw = r();
  return {
    id,
    // The index keeps emails unique however many users share a name.
    email: `${firstName}.${lastName}.${i}@example.com`.toLowerCase(),
    firstName,
    lastName,
    role: roleDraw < 0.03 ? 'admin' : roleDraw < 0.1 ? 'manager' : 'learner',
    groups: memberOf,
    customFields,
    active: r() >= 0.1,
    ssoId: r() < 0.5 ? `okta|${id.slice(0, 8)}` : null,
    avatarUrl: r() < 0.3 ? `https://avatars.example.com/${id}.png` : null,
    language: pick(r, LANGUAGES),
    createdAt: new Date(createdMs).toISOString(),
    updatedAt: new Date(updatedMs).toISOString(),
    passwordHash,
  };
}

function seedEnrollments(r: Random, user: User, courses: Course[], out: Enrollment[]): void {
  const count = randomInt(r, 0, 4);
  const taken = new Set<number>();
  for (let k = 0; k < count; k++) {
    // Mostly published courses; now and then one that was unpublished after people enrolled.
    const index = r() < 0.9 ? randomInt(r, 0, 6) : randomInt(r, 7, courses.length - 1);
    if (taken.has(index)) continue;
    taken.add(index);
    const status = pick(r, STATUSES);
    const enrolledMs = Date.parse(user.createdAt) + randomInt(r, 0, 30) * DAY;
    out.push({
      userId: user.id,
      courseId: courses[index]!.id,
      status,
      enrolledAt: new Date(enrolledMs).toISOString(),
      completedAt: status === 'completed' ? new Date(enrolledMs + randomInt(r, 1, 60) * DAY).toISOString() : null,
    });
  }
}
