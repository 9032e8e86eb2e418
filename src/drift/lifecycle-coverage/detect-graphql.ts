/**
 * Finds, by heuristics on root field names, arguments and return types, the GraphQL root fields
 * that serve each lifecycle operation. The real TI schema has `CreateLearner(s)` and no list,
 * update or delete; a schema with `users(page)` (the seed's example) or `UpdateUser` is detected too.
 */
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isNonNullType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { LIFECYCLE_OPERATIONS, type LifecycleOperation } from './lifecycle-operations.js';

export interface RootFieldMatch {
  root: 'Query' | 'Mutation';
  field: string;
  /** `CreateLearner(email: String!, ...): User!`, for the report. */
  signature: string;
}

type AnyField = GraphQLField<unknown, unknown>;
type Matcher = (field: AnyField, name: string) => boolean;

// `User` in TI's schema, `UserAccount` in the gateway's.
const USER_TYPE = /^(user|learner|person|member)(account|profile)?s?$/i;
const USER_WORD = '(user|learner|person|member)s?';

/** How a root field returns users: one, a list, or a wrapper object holding a list of them. */
function returnsUsers(field: AnyField): 'one' | 'many' | undefined {
  const nullable = getNullableType(field.type);
  const named = getNamedType(field.type);
  if (USER_TYPE.test(named.name)) return isListType(nullable) ? 'many' : 'one';
  if (isObjectType(named) && /(list|connection|page|result)s?$/i.test(named.name)) {
    const holdsUsers = Object.values(named.getFields()).some(
      (f) => isListType(getNullableType(f.type)) && USER_TYPE.test(getNamedType(f.type).name),
    );
    if (holdsUsers) return 'many';
  }
  return undefined;
}

const hasArg = (field: AnyField, pattern: RegExp, required = false) =>
  field.args.some((a) => pattern.test(a.name) && (!required || isNonNullType(a.type)));
const requiredArgs = (field: AnyField) => field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

const QUERY_MATCHERS: Partial<Record<LifecycleOperation, Matcher>> = {
  list: (f, n) =>
    (returnsUsers(f) === 'many' || new RegExp(`^(list|all|get)?${USER_WORD}$`).test(n)) &&
    requiredArgs(f).every((a) => /^(page|perpage|per_page|limit|offset|first|after)$/i.test(a.name)),
  get: (f) => returnsUsers(f) === 'one' && hasArg(f, /^(id|userid|learnerid)$/i, true),
  getByEmail: (f) => returnsUsers(f) !== undefined && hasArg(f, /^email$/i),
  enrollments: (f, n) => /enrol?lments?|registrations?$/.test(n) && !/^(create|add|delete|remove)/.test(n),
};

const MUTATION_MATCHERS: Partial<Record<LifecycleOperation, Matcher>> = {
  create: (_f, n) => new RegExp(`^(create|add|insert|register)${USER_WORD}$`).test(n),
  update: (_f, n) => new RegExp(`^(update|edit|modify|patch)${USER_WORD}$`).test(n),
  deactivate: (f, n) =>
    new RegExp(`^(deactivate|disable|suspend|archive)${USER_WORD}$`).test(n) ||
    (new RegExp(`^(update|edit|patch)${USER_WORD}$`).test(n) && hasArg(f, /^(active|disabled|isactive)$/i)),
  delete: (_f, n) => new RegExp(`^(delete|destroy|remove)${USER_WORD}$`).test(n),
  addToGroup: (_f, n) => /group/.test(n) && /(add|assign|join|insert)/.test(n) && /(user|learner|member)/.test(n),
  enroll: (_f, n) => /enrol?l/.test(n) && !/unenrol?l|enrol?lments?$/.test(n),
};

/** Every root field matching each lifecycle operation, sorted by name. */
export function detectGraphqlCoverage(schema: GraphQLSchema): Record<LifecycleOperation, RootFieldMatch[]> {
  const result = Object.fromEntries(LIFECYCLE_OPERATIONS.map((op) => [op, [] as RootFieldMatch[]])) as Record<
    LifecycleOperation,
    RootFieldMatch[]
  >;
  const roots = [
    ['Query', schema.getQueryType(), QUERY_MATCHERS],
    ['Mutation', schema.getMutationType(), MUTATION_MATCHERS],
  ] as const;
  for (const [root, type, matchers] of roots) {
    if (!type) continue;
    for (const field of Object.values(type.getFields()).sort((a, b) => a.name.localeCompare(b.name))) {
      const name = field.name.toLowerCase().replace(/_/g, '');
      for (const [op, matches] of Object.entries(matchers) as Array<[LifecycleOperation, Matcher]>) {
        if (matches(field, name)) result[op].push({ root, field: field.name, signature: signatureOf(field) });
      }
    }
  }
  return result;
}

function signatureOf(field: AnyField): string {
  const args = field.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ');
  return `${field.name}${args ? `(${args})` : ''}: ${String(field.type)}`;
}
