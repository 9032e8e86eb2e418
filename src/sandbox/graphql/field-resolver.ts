/**
 * One field resolver for the whole schema: real values where the parent has them (store-backed
 * root fields, real objects), deterministic mocks everywhere else. Root fields without a real
 * resolver are recorded so the response can flag them as simulated.
 */
import { isNonNullType, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { mixSeed, mockValue, seedOf } from './mock-values.js';
import { isRealObject } from './real-object.js';

/** Per-request state every resolver sees. */
export interface SandboxContext<Tenant> {
  tenant: Tenant;
  /** The request's `authToken` header (a learner session from `Login`), if any. */
  authToken: string | undefined;
  /** Root fields answered with mock values, in first-seen order. */
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
    if (source !== null && typeof source === 'object' && name in source) {
      const value = (source as Record<string, unknown>)[name];
      return typeof value === 'function' ? (value as RootResolver<Tenant>)(args, context, info) : value;
    }
    if (isRealObject(source) && !isNonNullType(info.returnType)) return null;
    const seed = seedOf(source, info.parentType.name) ?? 0;
    // The response key (alias) keeps two aliased selections of one field apart.
    return mockValue(info.schema, info.returnType, mixSeed(seed, String(info.path.key)), name);
  };
}
