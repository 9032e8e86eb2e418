/**
 * One field resolver for the whole schema: real values where the parent has them (store-backed
 * root fields, real objects), deterministic mocks everywhere else. Root fields without a real
 * resolver are recorded so the response can flag them as simulated.
 */
import { isNonNullType, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { MOCK_SEED, mixSeed, mockValue, seedOf } from './mock-values.js';
import { isRealObject } from './real-object.js';

/** Per-request state every resolver sees. */
export interface SandboxContext<Tenant> {
  tenant: Tenant;
  /** The request's `authToken` header (a learner session from `Login`), if any. */
  authToken: string | undefined;
  /**
   * What was answered with mock values, in first-seen order: root field names (`CatalogContent`),
   * and `Type.field` for mocked fields of real objects (`CompanyDetails.settings`).
   */
  simulated: Set<string>;
}

export type RootResolver<Tenant> = (
  args: Record<string, unknown>,
  context: SandboxContext<Tenant>,
  info: GraphQLResolveInfo,
) => unknown;

export function createFieldResolver<Tenant>(
  realRootFields: ReadonlyMap<string, RootResolver<Tenant>>,
): GraphQLFieldResolver<unknown, SandboxContext<Tenant>> {
  return (source, args, context, info) => {
    const name = info.fieldName;
    if (info.path.prev === undefined) {
      const real = realRootFields.get(name);
      if (real) return real(args, context, info);
      context.simulated.add(name);
      return mockValue(info.schema, info.returnType, mixSeed(0, `${info.parentType.name}.${name}`), name);
    }
    const real = isRealObject(source);
    if (source !== null && typeof source === 'object' && name in source) {
      const value = (source as Record<string, unknown>)[name];
      // A real object may carry a mock on purpose (data the store does not keep): say so.
      if (real && value !== null && typeof value === 'object' && MOCK_SEED in value) {
        context.simulated.add(`${info.parentType.name}.${name}`);
      }
      return typeof value === 'function' ? (value as RootResolver<Tenant>)(args, context, info) : value;
    }
    if (real) {
      if (!isNonNullType(info.returnType)) return null;
      context.simulated.add(`${info.parentType.name}.${name}`);
    }
    const seed = seedOf(source, info.parentType.name) ?? 0;
    // The response key (alias) keeps two aliased selections of one field apart.
    return mockValue(info.schema, info.returnType, mixSeed(seed, String(info.path.key)), name);
  };
}
