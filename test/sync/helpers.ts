/** HR files built from a sandbox tenant's roster, shared by the sync tests. */
import type { TenantStore } from '../../src/sandbox/index.js';

export const HEADER = 'email,firstName,lastName,role,groups,customFields.department,active,language,courses';

export interface Row {
  email: string;
  firstName?: string;
  lastName?: string;
  role?: string;
  groups?: string[];
  department?: string;
  active?: boolean;
  language?: string;
  courses?: string[];
}

export function toCsv(rows: readonly Row[]): string {
  const cell = (v: string | undefined) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((r) =>
    [r.email, r.firstName, r.lastName, r.role, r.groups?.join(';'), r.department, r.active === undefined ? undefined : String(r.active), r.language, r.courses?.join(';')]
      .map(cell)
      .join(','),
  );
  return `${[HEADER, ...lines].join('\n')}\n`;
}

/** The whole roster as HR rows that change nothing (email plus the names the tenant already has). */
export function rosterRows(store: TenantStore): Row[] {
  return store.listUsers({ perPage: 1_000_000 }).users.map((u) => ({ email: u.email, ...(u.firstName ? { firstName: u.firstName } : {}) }));
}

/** Users per lower-cased email: a duplicate create shows up as a count of 2. */
export function usersByEmail(store: TenantStore): Map<string, number> {
  const counts = new Map<string, number>();
  for (const u of store.listUsers({ perPage: 1_000_000 }).users) counts.set(u.email.toLowerCase(), (counts.get(u.email.toLowerCase()) ?? 0) + 1);
  return counts;
}
