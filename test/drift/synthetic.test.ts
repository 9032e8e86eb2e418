/**
 * Synthetic schema changes, one kind per test, each with operations that use the changed part in
 * the ways that matter (literal, variable, output, not at all).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDrift, loadDocuments, type DriftReport } from '../../src/drift/index.js';

const BASE_SDL = /* GraphQL */ `
  type Query {
    user(id: ID!): User
    users(filter: UserFilter, role: Role, search: String): [User!]!
    course(id: ID!): Course
    legacyStats: Int
  }
  type Mutation {
    enroll(input: EnrollInput!): Boolean!
  }
  type User {
    id: ID!
    email: String
    name: String!
    role: Role!
    manager: User
  }
  type Course {
    id: ID!
    title: String
  }
  type Badge {
    id: ID!
    label: String
  }
  union Award = Badge | Course
  enum Role {
    LEARNER
    MANAGER
    ADMIN
  }
  input UserFilter {
    role: Role
    active: Boolean
  }
  input EnrollInput {
    userId: ID!
    courseId: ID!
    note: String
  }
`;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes the documents to a temp dir and checks them: BASE_SDL -> BASE_SDL with `edit` applied. */
async function drift(edit: (sdl: string) => string, documents: Record<string, string>, strict = false): Promise<DriftReport> {
  const cwd = mkdtempSync(join(tmpdir(), 'drift-synthetic-'));
  dirs.push(cwd);
  for (const [name, text] of Object.entries(documents)) writeFileSync(join(cwd, name), text);
  const after = edit(BASE_SDL);
  expect(after, 'the edit must change the SDL').not.toBe(BASE_SDL);
  return checkDrift({
    base: buildSchema(BASE_SDL),
    target: buildSchema(after),
    documents: loadDocuments({ explicit: ['*.graphql'], optional: [], cwd }),
    baseLabel: 'base.graphql',
    targetLabel: 'target.graphql',
    strict,
  });
}

function change(report: DriftReport, type: string, path: string) {
  const found = report.changes.find((c) => c.type === type && c.path === path);
  if (!found) throw new Error(`no ${type} ${path}; got ${report.changes.map((c) => `${c.type} ${c.path}`).join(', ')}`);
  return found;
}

const impactsOf = (c: ReturnType<typeof change>) =>
  Object.fromEntries(c.operations.map((o) => [o.operation.name, o.impact]));

describe('drift on synthetic changes', () => {
  it('output nullability tightened (String -> String!) is safe for every operation', async () => {
    const report = await drift((s) => s.replace('email: String\n', 'email: String!\n'), {
      'a.graphql': 'query Email($id: ID!) { user(id: $id) { email } }',
    });
    const c = change(report, 'FIELD_TYPE_CHANGED', 'User.email');
    expect(c.criticality).toBe('NON_BREAKING');
    expect(c.impact).toBe('safe');
    expect(report.summary.exitCode).toBe(0);
  });

  it('output nullability loosened (String! -> String) may affect readers but does not fail; --strict fails', async () => {
    const edit = (s: string) => s.replace('name: String!', 'name: String');
    const docs = {
      'a.graphql': 'query Name($id: ID!) { user(id: $id) { name } }\nquery Email($id: ID!) { user(id: $id) { email } }',
    };
    const report = await drift(edit, docs);
    const c = change(report, 'FIELD_TYPE_CHANGED', 'User.name');
    expect(c.criticality).toBe('BREAKING');
    expect(c.impact).toBe('affects');
    expect(impactsOf(c)).toEqual({ Name: 'affects' });
    expect(c.operations[0]!.at).toEqual({ file: 'a.graphql', line: 1, column: 40 });
    expect(report.summary.exitCode).toBe(0);
    expect((await drift(edit, docs, true)).summary.exitCode).toBe(1);
  });

  it('argument made required (String -> String!) breaks operations that omit it or pass a nullable variable, not a literal', async () => {
    const report = await drift((s) => s.replace('search: String)', 'search: String!)'), {
      'a.graphql': [
        'query Omits { users { id } }',
        'query NullableVar($q: String) { users(search: $q) { id } }',
        'query Literal { users(search: "ada") { id } }',
        'query RequiredVar($q: String!) { users(search: $q) { id } }',
      ].join('\n'),
    });
    const c = change(report, 'FIELD_ARGUMENT_TYPE_CHANGED', 'Query.users.search');
    expect(impactsOf(c)).toEqual({ Omits: 'breaks', NullableVar: 'breaks', Literal: 'affects', RequiredVar: 'affects' });
    expect(report.invalidOperations).toEqual([]);
    expect(report.summary.exitCode).toBe(1);
  });

  it('argument loosened (ID! -> ID) is safe', async () => {
    const report = await drift((s) => s.replace('user(id: ID!)', 'user(id: ID)'), {
      'a.graphql': 'query U($id: ID!) { user(id: $id) { id } }',
    });
    const c = change(report, 'FIELD_ARGUMENT_TYPE_CHANGED', 'Query.user.id');
    expect(c.criticality).toBe('NON_BREAKING');
    expect(c.impact).toBe('safe');
    expect(report.summary.exitCode).toBe(0);
  });

  it('enum value added may affect operations that read the enum, not those that only send it', async () => {
    const report = await drift((s) => s.replace('ADMIN\n', 'ADMIN\n    AUDITOR\n'), {
      'a.graphql': 'query Reads($id: ID!) { user(id: $id) { role } }\nquery Sends { users(role: LEARNER) { id } }',
    });
    const c = change(report, 'ENUM_VALUE_ADDED', 'Role.AUDITOR');
    expect(c.criticality).toBe('DANGEROUS');
    expect(impactsOf(c)).toEqual({ Reads: 'affects' });
    expect(report.summary.exitCode).toBe(0);
  });

  it('enum value removed breaks a literal use; a variable of that enum may be affected', async () => {
    const report = await drift((s) => s.replace('    MANAGER\n', ''), {
      'a.graphql': [
        'query Managers { users(role: MANAGER) { id } }',
        'query ByRole($role: Role) { users(role: $role) { id } }',
        'query Learners { users(role: LEARNER) { id } }',
      ].join('\n'),
    });
    const c = change(report, 'ENUM_VALUE_REMOVED', 'Role.MANAGER');
    expect(impactsOf(c)).toEqual({ Managers: 'breaks', ByRole: 'affects' });
    expect(c.operations.find((o) => o.operation.name === 'Managers')!.reason).toMatch(/MANAGER/);
    expect(report.summary.exitCode).toBe(1);
  });

  it('input field made required breaks literal objects that omit it and variables of the input type', async () => {
    const report = await drift((s) => s.replace('note: String', 'note: String!'), {
      'a.graphql': [
        'mutation Literal { enroll(input: { userId: "u1", courseId: "c1" }) }',
        'mutation WithNote { enroll(input: { userId: "u1", courseId: "c1", note: "hi" }) }',
        'mutation Variable($input: EnrollInput!) { enroll(input: $input) }',
      ].join('\n'),
    });
    const c = change(report, 'INPUT_FIELD_TYPE_CHANGED', 'EnrollInput.note');
    expect(c.criticality).toBe('BREAKING');
    expect(impactsOf(c)).toEqual({ Literal: 'breaks', Variable: 'breaks', WithNote: 'affects' });
    expect(report.summary.exitCode).toBe(1);
  });

  it('a new required input field breaks literals and variables of that input', async () => {
    const report = await drift((s) => s.replace('note: String', 'note: String\n    source: String!'), {
      'a.graphql': [
        'mutation Literal { enroll(input: { userId: "u1", courseId: "c1" }) }',
        'mutation Variable($input: EnrollInput!) { enroll(input: $input) }',
        'query Unrelated { legacyStats }',
      ].join('\n'),
    });
    const c = change(report, 'INPUT_FIELD_ADDED', 'EnrollInput.source');
    expect(impactsOf(c)).toEqual({ Literal: 'breaks', Variable: 'breaks' });
  });

  it('a removed type breaks operations whose fragments name it', async () => {
    const report = await drift((s) => s.replace('union Award = Badge | Course', 'union Award = Course').replace(/type Badge \{[^}]*\}/, ''), {
      'frag.graphql': 'fragment BadgeBits on Badge { id label }',
      'a.graphql': 'query Course($id: ID!) { course(id: $id) { id title } }',
    });
    const removed = change(report, 'TYPE_REMOVED', 'Badge');
    expect(removed.impact).toBe('breaks');
    expect(removed.operations[0]).toMatchObject({ operation: { name: 'BadgeBits', kind: 'fragment', file: 'frag.graphql' }, impact: 'breaks' });
    expect(report.summary.exitCode).toBe(1);
  });

  it('a deprecated field may affect its users and does not fail', async () => {
    const report = await drift((s) => s.replace('manager: User', 'manager: User @deprecated(reason: "use managers")'), {
      'a.graphql': 'query Boss($id: ID!) { user(id: $id) { manager { id } } }',
    });
    const c = change(report, 'FIELD_DEPRECATION_ADDED', 'User.manager.@deprecated');
    expect(impactsOf(c)).toEqual({ Boss: 'affects' });
    expect(report.summary.exitCode).toBe(0);
  });

  it('a removed field no operation uses is reported as safe and does not fail (unless --strict)', async () => {
    const edit = (s: string) => s.replace('    legacyStats: Int\n', '');
    const docs = { 'a.graphql': 'query U($id: ID!) { user(id: $id) { id email } }' };
    const report = await drift(edit, docs);
    const c = change(report, 'FIELD_REMOVED', 'Query.legacyStats');
    expect(c).toMatchObject({ criticality: 'BREAKING', impact: 'safe', operations: [] });
    expect(report.summary).toMatchObject({ breaking: 1, breaksOperations: 0, exitCode: 0 });
    expect((await drift(edit, docs, true)).summary.exitCode).toBe(1);
  });

  it('a removed field used inside a fragment breaks every operation that spreads it, at the fragment line', async () => {
    const report = await drift((s) => s.replace('    email: String\n', ''), {
      'fragments.graphql': '# shared\nfragment UserBits on User {\n  id\n  email\n}',
      'a.graphql': 'query One($id: ID!) { user(id: $id) { ...UserBits } }\nquery All { users { ...UserBits } }\nquery Plain { users { id } }',
    });
    const c = change(report, 'FIELD_REMOVED', 'User.email');
    expect(impactsOf(c)).toEqual({ One: 'breaks', All: 'breaks' });
    for (const op of c.operations) expect(op.at).toEqual({ file: 'fragments.graphql', line: 4, column: 3 });
  });

  it('a required argument added breaks callers; an optional one may affect them', async () => {
    const report = await drift((s) => s.replace('course(id: ID!)', 'course(id: ID!, locale: String!, preview: Boolean)'), {
      'a.graphql': 'query C($id: ID!) { course(id: $id) { id } }',
    });
    expect(impactsOf(change(report, 'FIELD_ARGUMENT_ADDED', 'Query.course.locale'))).toEqual({ C: 'breaks' });
    expect(impactsOf(change(report, 'FIELD_ARGUMENT_ADDED', 'Query.course.preview'))).toEqual({ C: 'affects' });
  });
});
