import { getNamedType, isObjectType, parse, printType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { SchemaError } from '../../src/errors/index.js';
import { buildGatewaySchema, composeGatewaySchema, GATEWAY_EXTENSIONS, loadSnapshotSchema } from '../../src/gateway/index.js';
import { estimateDocument, fieldCostsOf } from '../../src/gateway/limits/index.js';
import { REST_FIELDS, restField, restFieldResolvers, restFields, restFieldTypeDefs } from '../../src/gateway/rest-fields/index.js';
import { GATEWAY_SOURCE, LIFECYCLE_OPERATIONS, REST_ENDPOINTS } from '../../src/drift/index.js';
import { ENDPOINTS } from '../../src/tenant/index.js';

/**
 * A REST-backed field is declared once (`src/gateway/rest-fields/fields/`): the schema, the
 * resolver map, the scopes and the REST costs are all read from its declaration.
 */
describe('REST-backed field declarations', () => {
  let schema: GraphQLSchema;
  beforeAll(() => {
    schema = buildGatewaySchema(loadSnapshotSchema());
  });

  it('every declaration is in the served schema, with its SDL, and resolved by its own resolver', () => {
    const resolvers = restFields.resolvers as Record<string, Record<string, unknown>>;
    for (const field of REST_FIELDS) {
      const type = schema.getType(field.type);
      expect(isObjectType(type), field.type).toBe(true);
      const served = isObjectType(type) ? type.getFields()[field.name] : undefined;
      expect(served, `${field.type}.${field.name}`).toBeDefined();
      expect(served!.description ?? undefined).toBe(field.definition.description?.value);
      expect(served!.args.map((a) => a.name)).toEqual((field.definition.arguments ?? []).map((a) => a.name.value));
      const entry = resolvers[field.type]![field.name];
      if (field.selectionSet) expect(entry).toEqual({ selectionSet: field.selectionSet, resolve: field.resolve });
      else expect(entry).toBe(field.resolve);
    }
    expect(REST_FIELDS.map((f) => `${f.type}.${f.name}`)).toContain('Mutation.addUserToGroup');
  });

  it('derives each field\'s REST cost from its endpoints and registers it on the composed schema', () => {
    const costs = fieldCostsOf(schema);
    expect(costs['Mutation.addUserToGroup']).toEqual({ restCalls: 1 });
    expect(costs['Mutation.updateUser']).toEqual({ restCalls: 2 }); // read, merge, write back
    expect(costs['User.account']).toEqual({ restCalls: 1, resource: 'getUser' });
    expect(costs['User.enrollments']).toEqual({ restCalls: 1, resource: 'listEnrollments' });
    // Another extension's own costs join the same table.
    expect(costs['Mutation.provisionLearner']).toEqual({ restCalls: 2 });
    for (const field of REST_FIELDS) expect(costs[`${field.type}.${field.name}`]?.restCalls, field.name).toBe(field.endpoints.length);
    // Fields below the root sharing an endpoint share one call per parent object.
    const estimate = (query: string) => estimateDocument(schema, parse(query)).restCalls;
    expect(estimate('{ CurrentUser { account { id } active groups } }')).toBe(1);
    expect(estimate('{ CurrentUser { account { id } active enrollments { courseId } } }')).toBe(2);
    expect(estimate('mutation { a: addUserToGroup(groupId: "g", userId: "u") b: updateUser(id: "u", input: { firstName: "x" }) { id } }')).toBe(3);
  });

  it('a cost override wins over the derived one', () => {
    const field = restField({
      field: 'Query.userByEmail',
      sdl: 'userByEmail(email: String!): UserAccount',
      endpoints: ['listUsers'],
      cost: { restCalls: 3 },
      resolve: () => null,
    });
    expect(field.cost).toEqual({ restCalls: 3 });
  });

  it('scopes come from the endpoints\' scopes, raised by a declaration\'s own', () => {
    for (const field of REST_FIELDS.filter((f) => f.type === 'Mutation')) {
      const needed = restFields.scopes?.[`Mutation.${field.name}`];
      const endpointsNeedAdmin = field.endpoints.some((e) => ENDPOINTS[e].scope === 'admin');
      expect(needed === 'admin', field.name).toBe(endpointsNeedAdmin || field.scope === 'admin');
    }
  });

  it('refuses a declaration whose SDL is invalid or defines another field, naming it', () => {
    const declare = (sdl: string) => () => restField({ field: 'Mutation.addUserToGroup', sdl, endpoints: ['addUserToGroup'], resolve: () => true });
    expect(declare('addUserToGroupp(groupId: ID!): Boolean!')).toThrowError(SchemaError);
    expect(declare('addUserToGroupp(groupId: ID!): Boolean!')).toThrowError(/Mutation\.addUserToGroup.*exactly the field addUserToGroup/);
    expect(declare('addUserToGroup(groupId: ID!: Boolean!')).toThrowError(/Mutation\.addUserToGroup has invalid SDL/);
    expect(declare('a: Int b: Int')).toThrowError(/exactly the field addUserToGroup/);
  });

  it('places a field on a type the shared SDL defines inside it, and others in one extension per type', () => {
    const shared = 'type Thing { id: ID! }';
    const fields = [
      restField({ field: 'UserAccount.enrollments', sdl: 'enrollments: [CourseEnrollment!]', endpoints: ['listEnrollments'], resolve: () => null }),
      restField({ field: 'Query.user', sdl: 'user(id: ID!): UserAccount', endpoints: ['getUser'], resolve: () => null }),
      restField({ field: 'Query.users', sdl: 'users: UserAccountPage!', endpoints: ['listUsers'], resolve: () => ({ items: [], total: 0, pageInfo: { page: 1, perPage: 1, hasNextPage: false, hasPreviousPage: false } }) }),
    ];
    const document = parse(restFieldTypeDefs(shared.replace('Thing', 'UserAccount'), fields));
    expect(document.definitions.map((d) => d.kind)).toEqual(['ObjectTypeDefinition', 'ObjectTypeExtension']);
    const [account, query] = document.definitions as unknown as [{ fields: { name: { value: string } }[] }, { fields: { name: { value: string } }[] }];
    expect(account.fields.map((f) => f.name.value)).toEqual(['id', 'enrollments']);
    expect(query.fields.map((f) => f.name.value)).toEqual(['user', 'users']);
  });

  it('a declared field the tenant already has fails composition, naming it', () => {
    const clash = [restField({ field: 'User.email', sdl: 'email: String', endpoints: ['getUser'], selectionSet: '{ id }', resolve: () => null })];
    const extension = { name: 'clash', typeDefs: restFieldTypeDefs('scalar Unused', clash), resolvers: restFieldResolvers(clash) };
    expect(() => composeGatewaySchema({ tenantSchema: loadSnapshotSchema(), extensions: [extension] })).toThrowError(/adds User\.email, but the tenant schema already has that field/);
  });

  it('the lifecycle coverage report names declared fields over the very endpoints it reports', () => {
    for (const operation of LIFECYCLE_OPERATIONS) {
      const source = GATEWAY_SOURCE[operation];
      if (source.surface !== 'rest') continue;
      const declared = REST_FIELDS.find((f) => `${f.type}.${f.name}` === source.field);
      expect(declared, source.field).toBeDefined();
      const rest = REST_ENDPOINTS[operation];
      const routes = declared!.endpoints.map((e) => `${ENDPOINTS[e].method} ${ENDPOINTS[e].path}`);
      expect(routes, operation).toContain(`${rest.method} ${rest.path.split('?')[0]}`);
    }
  });

  it('UserAccount.enrollments is declared like the rest: inside UserAccount in the served schema', () => {
    const account = schema.getType('UserAccount');
    expect(isObjectType(account) && getNamedType(account.getFields()['enrollments']!.type).name).toBe('CourseEnrollment');
    expect(printType(account!)).toContain('enrollments: [CourseEnrollment!]');
    const { extensionFields } = composeGatewaySchema({ tenantSchema: loadSnapshotSchema(), extensions: GATEWAY_EXTENSIONS });
    expect(extensionFields.has('User.account')).toBe(true);
  });
});
