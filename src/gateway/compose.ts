/**
 * Builds the gateway's schema: the tenant's schema unchanged (every type and root field delegated
 * over HTTP) plus the extensions' fields. Name collisions with the tenant, or between extensions,
 * fail here, at startup, naming both sides.
 */
import { stitchSchemas } from '@graphql-tools/stitch';
import type { Executor } from '@graphql-tools/utils';
import { Kind, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { SchemaError } from '../errors/index.js';
import { registerFieldCosts, registerTenantSchema, type FieldCost } from './limits/index.js';
import type { SchemaExtension } from './schema-extension.js';
import type { FieldScopes, Scope } from './scopes.js';

export interface GatewaySchema {
  schema: GraphQLSchema;
  /** `Type.field` of every field an extension added: the fast path avoids documents that touch one. */
  extensionFields: ReadonlySet<string>;
  fieldScopes: FieldScopes;
}

export interface ComposeOptions {
  tenantSchema: GraphQLSchema;
  /** Delegates tenant fields; absent when only printing the schema. */
  executor?: Executor;
  extensions: readonly SchemaExtension[];
}

export function composeGatewaySchema({ tenantSchema, executor, extensions }: ComposeOptions): GatewaySchema {
  const extensionFields = new Set<string>();
  const owners = new Map<string, string>();
  const claim = (name: string, extension: string) => {
    const owner = owners.get(name);
    if (owner) throw new SchemaError(`schema extensions "${owner}" and "${extension}" both define ${name}; rename one`);
    owners.set(name, extension);
  };

  for (const extension of extensions) {
    let document;
    try {
      document = parse(extension.typeDefs);
    } catch (error) {
      throw new SchemaError(`schema extension "${extension.name}" has invalid SDL: ${(error as Error).message}`);
    }
    for (const definition of document.definitions) {
      if (!('name' in definition) || !definition.name) continue;
      const typeName = definition.name.value;
      if (definition.kind === Kind.OBJECT_TYPE_EXTENSION) {
        const tenantType = tenantSchema.getType(typeName);
        if (!isObjectType(tenantType)) {
          throw new SchemaError(`schema extension "${extension.name}" extends type ${typeName}, which the tenant schema does not have`);
        }
        for (const field of definition.fields ?? []) {
          const coordinate = `${typeName}.${field.name.value}`;
          if (tenantType.getFields()[field.name.value]) {
            throw new SchemaError(
              `schema extension "${extension.name}" adds ${coordinate}, but the tenant schema already has that field; rename the extension's field`,
            );
          }
          claim(coordinate, extension.name);
          extensionFields.add(coordinate);
        }
      } else if (definition.kind.endsWith('Definition') && definition.kind !== Kind.DIRECTIVE_DEFINITION) {
        if (tenantSchema.getType(typeName)) {
          throw new SchemaError(
            `schema extension "${extension.name}" defines type ${typeName}, but the tenant schema already has a type of that name; rename the extension's type`,
          );
        }
        claim(typeName, extension.name);
      }
    }
  }

  const fieldScopes = new Map<string, Scope>();
  for (const extension of extensions) {
    for (const [coordinate, scope] of Object.entries(extension.scopes ?? {})) fieldScopes.set(coordinate, scope);
  }

  const schema = stitchSchemas({
    subschemas: [executor ? { schema: tenantSchema, executor } : tenantSchema],
    typeDefs: extensions.map((extension) => extension.typeDefs),
    resolvers: extensions.map((extension) => extension.resolvers),
  });
  // The document limits price only the tenant's fields in the vendor's points, and the gateway's in REST calls.
  registerTenantSchema(schema, tenantSchema);
  const fieldCosts: Record<string, FieldCost> = {};
  for (const extension of extensions) Object.assign(fieldCosts, extension.costs);
  registerFieldCosts(schema, fieldCosts);
  return { schema, extensionFields, fieldScopes };
}
