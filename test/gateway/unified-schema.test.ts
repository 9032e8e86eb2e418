import { readFileSync } from 'node:fs';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SchemaError } from '../../src/errors/index.js';
import { composeGatewaySchema, GATEWAY_EXTENSIONS, loadSnapshotSchema, printUnifiedSchema, UNIFIED_SCHEMA_PATH } from '../../src/gateway/index.js';
import type { SchemaExtension } from '../../src/gateway/index.js';

describe('the unified schema', () => {
  const tenantSchema = loadSnapshotSchema();

  it('is committed and up to date (npm run schema:print reproduces it byte for byte)', () => {
    const committed = readFileSync(UNIFIED_SCHEMA_PATH, 'utf8');
    expect(committed === printUnifiedSchema(), 'schema/unified.graphql is stale: run npm run schema:print and commit it').toBe(true);
  });

  it('keeps every tenant root field and type, and adds the REST-backed fields', () => {
    const { schema } = composeGatewaySchema({ tenantSchema, extensions: GATEWAY_EXTENSIONS });
    for (const name of Object.keys(tenantSchema.getTypeMap())) expect(schema.getType(name), name).toBeDefined();
    const rootFields = (s: GraphQLSchema) => [...Object.keys(s.getQueryType()!.getFields()), ...Object.keys(s.getMutationType()!.getFields())];
    expect(rootFields(schema)).toEqual(expect.arrayContaining(rootFields(tenantSchema)));
    const query = schema.getQueryType()!.getFields();
    expect(Object.keys(query)).toEqual(expect.arrayContaining(['users', 'user', 'userByEmail', 'userEnrollments', 'CurrentUser']));
    const mutation = schema.getMutationType()!.getFields();
    expect(Object.keys(mutation)).toEqual(
      expect.arrayContaining(['createUser', 'updateUser', 'deactivateUser', 'reactivateUser', 'deleteUser', 'addUserToGroup', 'enrollUser', 'CreateLearner']),
    );
    expect(Object.keys((schema.getType('User') as GraphQLObjectType).getFields())).toEqual(expect.arrayContaining(['active', 'groups', 'enrollments', 'account', 'email']));
  });

  it('fails at startup, naming both sides, when an extension reuses a tenant name', () => {
    const clash = (typeDefs: string): SchemaExtension => ({ name: 'clashing', typeDefs, resolvers: {} });
    expect(() => composeGatewaySchema({ tenantSchema, extensions: [clash('extend type Query { CurrentUser: String }')] })).toThrow(SchemaError);
    expect(() => composeGatewaySchema({ tenantSchema, extensions: [clash('extend type Query { CurrentUser: String }')] })).toThrow(
      /"clashing" adds Query.CurrentUser, but the tenant schema already has that field/,
    );
    expect(() => composeGatewaySchema({ tenantSchema, extensions: [clash('type PageInfo { x: Int }')] })).toThrow(/defines type PageInfo/);
    expect(() => composeGatewaySchema({ tenantSchema, extensions: [...GATEWAY_EXTENSIONS, clash('extend type Query { users: Int }')] })).toThrow(
      /"rest-fields" and "clashing" both define Query.users/,
    );
  });
});
