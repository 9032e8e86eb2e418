/**
 * `ti-graph coverage`: GraphQL root fields found by heuristics in the real snapshots and in a
 * seed-style schema, the seed's REST table, and the gateway's source.
 */
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkCoverage, detectGraphqlCoverage, formatCoverageText, GATEWAY_SOURCE, LIFECYCLE_OPERATIONS } from '../../src/drift/index.js';
import { buildGatewaySchema } from '../../src/gateway/index.js';
import { loadSchemaFile, resolveSnapshotPath } from '../../src/schema/index.js';

const fieldsOf = (coverage: ReturnType<typeof detectGraphqlCoverage>) =>
  Object.fromEntries(Object.entries(coverage).map(([op, matches]) => [op, matches.map((m) => `${m.root}.${m.field}`)]));

describe('coverage', () => {
  it('finds only create (CreateLearner, CreateLearners) in the real 2023-07-20 schema', () => {
    const coverage = detectGraphqlCoverage(loadSchemaFile(resolveSnapshotPath('2023-07-20')));
    expect(fieldsOf(coverage)).toEqual({
      list: [],
      get: [],
      getByEmail: [],
      create: ['Mutation.CreateLearner', 'Mutation.CreateLearners'],
      update: [],
      deactivate: [],
      delete: [],
      addToGroup: [],
      enrollments: [],
      enroll: [],
    });
    expect(coverage.create[0]!.signature).toBe(
      'CreateLearner(clientId: ID, email: String!, firstName: String!, lastName: String!, licenseIds: [ID!]): User!',
    );
  });

  it('finds nothing in 2022-06-01, before CreateLearner existed', () => {
    const coverage = detectGraphqlCoverage(loadSchemaFile(resolveSnapshotPath('2022-06-01')));
    expect(Object.values(coverage).every((m) => m.length === 0)).toBe(true);
  });

  it('detects every operation in a schema that has them, by names, arguments and return types', () => {
    const schema = buildSchema(/* GraphQL */ `
      type Query {
        users(page: Int, per_page: Int, email: String): UserList!
        user(id: ID!): User
        userByEmail(email: String!): User
        userEnrollments(userId: ID!): [Enrollment!]!
        CurrentUser: User
        courses: [Course!]!
      }
      type Mutation {
        createUser(email: String!, firstName: String): User!
        updateUser(id: ID!, active: Boolean, firstName: String): User!
        deleteUser(id: ID!): Boolean!
        addUserToGroup(groupId: ID!, userId: ID!): Boolean!
        enrollUser(courseId: ID!, userId: ID!): Enrollment!
        UnenrollFromWaitlist(id: ID!): Boolean!
      }
      type UserList { users: [User!]!, total: Int! }
      type User { id: ID!, email: String }
      type Course { id: ID! }
      type Enrollment { courseId: ID!, status: String }
    `);
    expect(fieldsOf(detectGraphqlCoverage(schema))).toEqual({
      list: ['Query.users'],
      get: ['Query.user'],
      getByEmail: ['Query.userByEmail', 'Query.users'],
      create: ['Mutation.createUser'],
      update: ['Mutation.updateUser'],
      deactivate: ['Mutation.updateUser'],
      delete: ['Mutation.deleteUser'],
      addToGroup: ['Mutation.addUserToGroup'],
      enrollments: ['Query.userEnrollments'],
      enroll: ['Mutation.enrollUser'],
    });
  });

  it('reports REST endpoints from the seed, where each is available, and the gateway source from its one table', () => {
    const report = checkCoverage(loadSchemaFile(resolveSnapshotPath('2023-07-20')), { schema: 'snap', restBasePath: '/incoming/api/v1' });
    expect(report.operations.map((o) => o.operation)).toEqual([...LIFECYCLE_OPERATIONS]);
    const byOp = Object.fromEntries(report.operations.map((o) => [o.operation, o]));
    expect(byOp.create).toMatchObject({ availableIn: 'both', rest: { method: 'POST', path: '/users' } });
    expect(byOp.deactivate).toMatchObject({ availableIn: 'rest', rest: { method: 'PUT', path: '/users/{id}' } });
    expect(byOp.addToGroup!.rest).toMatchObject({ method: 'POST', path: '/groups/{groupId}/users' });
    expect(byOp.enroll!.rest).toMatchObject({ method: 'POST', path: '/courses/{courseId}/enrollments' });
    for (const entry of report.operations) expect(entry.gateway).toBe(GATEWAY_SOURCE[entry.operation].surface);

    const text = formatCoverageText(report);
    expect(text).toMatch(/create user\s+Mutation\.CreateLearner, Mutation\.CreateLearners\s+POST \/incoming\/api\/v1\/users\s+both\s+REST/);
    expect(text).toMatch(/delete user\s+-\s+DELETE \/incoming\/api\/v1\/users\/\{id\}\s+REST only\s+REST/);
  });

  it("GATEWAY_SOURCE names fields the gateway really composes, and the heuristics find each of them there", () => {
    const unified = buildGatewaySchema(loadSchemaFile(resolveSnapshotPath('2023-07-20')));
    const coverage = detectGraphqlCoverage(unified);
    for (const operation of LIFECYCLE_OPERATIONS) {
      const [root, field] = GATEWAY_SOURCE[operation].field.split('.') as ['Query' | 'Mutation', string];
      const type = root === 'Query' ? unified.getQueryType() : unified.getMutationType();
      expect(type?.getFields()[field], `${root}.${field}`).toBeDefined();
      expect(coverage[operation].map((m) => `${m.root}.${m.field}`)).toContain(`${root}.${field}`);
    }
  });
});
