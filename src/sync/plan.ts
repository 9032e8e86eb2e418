/**
 * The planner: a pure function from the tenant's roster and the HR records to the list of things to
 * do. Nothing here talks to the tenant, so a plan can be shown (`--dry-run`), saved (`--plan-out`)
 * and applied later exactly as shown.
 */
import { createHash } from 'node:crypto';
import { diffProfile, emailKey, type FieldChange, type ProfileView } from '../lifecycle/index.js';
import type { HrRecord, RowProblem } from './record.js';

export const PLAN_FORMAT = 'ti-graph.sync-plan';
export const PLAN_VERSION = 1;

/** The part of a tenant user the planner reads. */
export interface RosterUser extends ProfileView {
  id: string;
  email: string;
  groups?: string[] | null;
}

export type PlanAction = 'create' | 'update' | 'deactivate' | 'enroll' | 'add-to-group';

/** What to do for one person. An item with no actions is kept only when it carries a note. */
export interface PlanItem {
  email: string;
  /** The HR row; absent for a leaver (in the tenant, missing from the file). */
  row?: number;
  userId?: string;
  actions: PlanAction[];
  /** Field changes (old -> new). For a create, the fields set on the new user (old is null). */
  changes: FieldChange[];
  /** Why a deactivation happens: the HR record says inactive, or the person left (missing from the file). */
  deactivateReason?: 'hr-inactive' | 'missing-from-hr';
  addGroups: string[];
  enroll: string[];
  alreadyEnrolled: string[];
  notes: string[];
}

export interface PlanOptions {
  /** Deactivate active tenant users missing from the HR file. */
  deactivateMissing: boolean;
  /** Refuse a plan deactivating more than this share of the active users... */
  maxDeactivatePercent: number;
  /** ...unless this is set. */
  allowMassDeactivate: boolean;
}

const LOOKS_LIKE_EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const DEFAULT_PLAN_OPTIONS: PlanOptions = { deactivateMissing: false, maxDeactivatePercent: 10, allowMassDeactivate: false };

export interface MassDeactivationGuard {
  deactivations: number;
  /** Active users in the tenant: the ones a plan could deactivate. */
  rosterSize: number;
  limit: number;
  maxPercent: number;
  /** True when the plan deactivates more than the limit and that was not explicitly allowed: it must not be applied. */
  tripped: boolean;
}

export interface PlanSummary {
  records: number;
  create: number;
  update: number;
  deactivate: number;
  enroll: number;
  addToGroup: number;
  unchanged: number;
  problems: number;
}

export interface SyncPlan {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  /** Content hash of what the plan does (not when it was made): checkpoints are bound to it. */
  id: string;
  createdAt: string;
  /** Origin of the tenant the roster came from; applying against another tenant is refused. */
  tenant: string;
  /**
   * Which tenant on that origin (tenants can share a host and differ by key): a one-way
   * fingerprint of the API key (`tenantFingerprint`), never the key itself.
   */
  tenantKey: string;
  input: { source: string; sha256: string; records: number };
  options: PlanOptions;
  roster: { users: number; active: number };
  items: PlanItem[];
  /** Emails of records that need nothing. */
  unchanged: string[];
  /** Rows that could not be read or matched; none of them is applied. */
  problems: RowProblem[];
  /** Leaver deactivation held back (e.g. unreadable rows could be people who are still there). */
  warnings: string[];
  guard: MassDeactivationGuard;
  summary: PlanSummary;
}

export interface PlanInput {
  tenant: string;
  /** See `SyncPlan.tenantKey`; undefined when unknown (a plan made without a key can be applied anywhere on `tenant`). */
  tenantKey?: string;
  input: { source: string; sha256: string };
  roster: readonly RosterUser[];
  records: readonly HrRecord[];
  /** Problems found while reading the input; carried into the plan. */
  inputProblems?: readonly RowProblem[];
  /** Course ids each matched user is enrolled in (see `usersNeedingEnrollments`). Missing users: unknown. */
  enrollments?: ReadonlyMap<string, readonly string[]>;
  options?: Partial<PlanOptions>;
  now?: Date;
}

/** Ids of roster users whose enrollments the planner needs: matched, with courses requested. */
export function usersNeedingEnrollments(roster: readonly RosterUser[], records: readonly HrRecord[]): string[] {
  const byEmail = groupBy(roster, (user) => emailKey(user.email));
  const ids = new Set<string>();
  for (const record of records) {
    if (record.courses.length === 0) continue;
    const matches = byEmail.get(emailKey(record.email));
    if (matches?.length === 1) ids.add(matches[0]!.id);
  }
  return [...ids];
}

export function buildPlan(input: PlanInput): SyncPlan {
  const options = { ...DEFAULT_PLAN_OPTIONS, ...input.options };
  const problems: RowProblem[] = [...(input.inputProblems ?? [])];
  const warnings: string[] = [];
  const items: PlanItem[] = [];
  const unchanged: string[] = [];

  const rosterByEmail = groupBy(input.roster, (user) => emailKey(user.email));
  const recordsByEmail = groupBy(input.records, (record) => emailKey(record.email));
  // Every email the file names, readable or not: such a person is present, never a leaver.
  const namedInFile = new Set([...recordsByEmail.keys(), ...problems.flatMap((p) => (p.email ? [emailKey(p.email)] : []))]);

  for (const [key, records] of recordsByEmail) {
    if (records.length > 1) {
      const rows = records.map((r) => r.row).join(', ');
      for (const record of records) {
        problems.push({ row: record.row, email: record.email, reason: `duplicate email: rows ${rows} name the same person; none of them is applied` });
      }
      continue;
    }
    const record = records[0]!;
    const matches = rosterByEmail.get(key) ?? [];
    if (matches.length > 1) {
      problems.push({
        row: record.row,
        email: record.email,
        reason: `ambiguous: the tenant has ${matches.length} users with this email (ids ${matches.map((u) => u.id).join(', ')}); fix the tenant first`,
      });
      continue;
    }
    const item = matches.length === 1 ? planExisting(record, matches[0]!, input.enrollments) : planNew(record);
    if (item.actions.length > 0 || item.notes.length > 0) items.push(item);
    if (item.actions.length === 0) unchanged.push(record.email);
  }

  if (options.deactivateMissing) {
    // A row whose email is not an email address (a typo, a shifted cell) names nobody: it could be
    // any employee, so it holds leavers back like a row with no email at all.
    const unreadable = problems.filter((p) => !p.email || !LOOKS_LIKE_EMAIL.test(p.email.trim())).length;
    if (unreadable > 0) {
      warnings.push(
        `leavers not deactivated: ${unreadable} unreadable row(s) could be people who are still employed; fix them and run again`,
      );
    } else {
      for (const [key, users] of rosterByEmail) {
        if (namedInFile.has(key)) continue;
        const active = users.filter((user) => user.active !== false);
        if (active.length === 0) continue;
        if (users.length > 1) {
          warnings.push(`leaver ${users[0]!.email} not deactivated: the tenant has ${users.length} users with this email`);
          continue;
        }
        const user = users[0]!;
        items.push({
          email: user.email,
          userId: user.id,
          actions: ['deactivate'],
          changes: [{ field: 'active', from: user.active ?? null, to: false }],
          deactivateReason: 'missing-from-hr',
          addGroups: [],
          enroll: [],
          alreadyEnrolled: [],
          notes: [],
        });
      }
    }
  }

  problems.sort((a, b) => a.row - b.row);
  const deactivations = items.filter((item) => item.actions.includes('deactivate')).length;
  // The share is of the ACTIVE users: counting users who are already inactive would let a nearly
  // empty HR file deactivate every active learner of a roster that is mostly inactive.
  const activeUsers = input.roster.filter((u) => u.active !== false).length;
  const limit = Math.floor((activeUsers * options.maxDeactivatePercent) / 100);
  const guard: MassDeactivationGuard = {
    deactivations,
    rosterSize: activeUsers,
    limit,
    maxPercent: options.maxDeactivatePercent,
    tripped: deactivations > limit && !options.allowMassDeactivate,
  };
  const summary = summarize(items, input.records.length + (input.inputProblems?.length ?? 0), unchanged.length, problems.length);
  const body = {
    tenant: input.tenant,
    tenantKey: input.tenantKey ?? '',
    input: { ...input.input, records: summary.records },
    options,
    roster: { users: input.roster.length, active: input.roster.filter((u) => u.active !== false).length },
    items,
    unchanged,
    problems,
    warnings,
    guard,
    summary,
  };
  return { format: PLAN_FORMAT, version: PLAN_VERSION, id: planContentId(body), createdAt: (input.now ?? new Date()).toISOString(), ...body };
}

/**
 * The plan's id: a hash of what it does (everything but format, version, id and createdAt), over
 * canonical JSON so key order does not matter. Checkpoints are bound to it; an edited plan gets another.
 */
export function planContentId(plan: Omit<SyncPlan, 'format' | 'version' | 'id' | 'createdAt'> & Partial<SyncPlan>): string {
  const { format: _f, version: _v, id: _i, createdAt: _c, ...body } = plan;
  return createHash('sha256').update(canonicalJson(body)).digest('hex').slice(0, 32);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A one-way fingerprint of a tenant API key, to tell tenants on one origin apart without storing the key. */
export function tenantFingerprint(apiKey: string): string {
  return createHash('sha256').update(`ti-graph tenant key:${apiKey}`).digest('hex').slice(0, 16);
}

/** True when applying the plan would change something in the tenant. */
export function planHasChanges(plan: SyncPlan): boolean {
  return plan.items.some((item) => item.actions.length > 0);
}

function planNew(record: HrRecord): PlanItem {
  const item = emptyItem(record);
  if (record.active === false) {
    item.notes.push('inactive in the HR file and absent from the tenant: not created');
    return item;
  }
  item.actions.push('create');
  item.changes = diffProfile({}, record);
  item.addGroups = [...record.groups];
  item.enroll = [...record.courses];
  if (item.addGroups.length) item.actions.push('add-to-group');
  if (item.enroll.length) item.actions.push('enroll');
  return item;
}

function planExisting(record: HrRecord, user: RosterUser, enrollments: PlanInput['enrollments']): PlanItem {
  const item = emptyItem(record);
  item.userId = user.id;
  item.changes = diffProfile(user, record);
  const deactivating = item.changes.some((c) => c.field === 'active' && c.to === false);
  if (deactivating) {
    item.actions.push('deactivate');
    item.deactivateReason = 'hr-inactive';
  }
  if (item.changes.some((c) => c.field !== 'active' || c.to !== false)) item.actions.push('update');

  const memberOf = new Set(user.groups ?? []);
  item.addGroups = record.groups.filter((group) => !memberOf.has(group));
  if (item.addGroups.length) item.actions.push('add-to-group');

  const enrolled = new Set(enrollments?.get(user.id) ?? []);
  item.alreadyEnrolled = record.courses.filter((course) => enrolled.has(course));
  const toEnroll = record.courses.filter((course) => !enrolled.has(course));
  const activeAfter = record.active ?? user.active ?? true;
  if (toEnroll.length && !activeAfter) {
    item.notes.push(`inactive user: not enrolled in ${toEnroll.join(', ')} (TI enrolls active users only)`);
  } else {
    item.enroll = toEnroll;
    if (toEnroll.length) item.actions.push('enroll');
  }
  return item;
}

function emptyItem(record: HrRecord): PlanItem {
  return { email: record.email, row: record.row, actions: [], changes: [], addGroups: [], enroll: [], alreadyEnrolled: [], notes: [] };
}

function summarize(items: readonly PlanItem[], records: number, unchanged: number, problems: number): PlanSummary {
  const count = (action: PlanAction) => items.filter((item) => item.actions.includes(action)).length;
  return {
    records,
    create: count('create'),
    update: count('update'),
    deactivate: count('deactivate'),
    enroll: items.reduce((n, item) => n + item.enroll.length, 0),
    addToGroup: items.reduce((n, item) => n + item.addGroups.length, 0),
    unchanged,
    problems,
  };
}

function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    const list = map.get(k);
    if (list) list.push(value);
    else map.set(k, [value]);
  }
  return map;
}
