import type { IResolvers } from '@graphql-tools/utils';
import { InputError } from '../../errors/index.js';
import type { MutationResolvers, QueryResolvers, UserAccountResolvers } from '../../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import { MAX_PER_PAGE, type CreateUserInput, type EndpointName, type TiEnrollment, type UserPatch } from '../rest-port.js';
import type { Scope } from '../scopes.js';

/**
 * A REST-backed root field: the endpoints of the table (`src/tenant/rest/endpoints.ts`) it calls
 * and its resolver. The field's scope is the highest scope of those endpoints, unless `scope`
 * raises it (a policy the table cannot know, e.g. offboarding is an admin act).
 */
export interface RestRootField<Resolve = unknown> {
  endpoints: readonly EndpointName[];
  scope?: Scope;
  /** Typed from schema/unified.graphql (src/generated/resolvers-types.ts): args, parent, result. */
  resolve: Resolve;
}

/** A root type's REST-backed fields, each resolver typed by the generated signature of its field. */
type RestRootFieldsOf<R> = { [K in keyof R]?: RestRootField<NonNullable<R[K]>> };

function checkPage(page: number, perPage: number): void {
  if (!Number.isInteger(page) || page < 1) throw new InputError(`page must be 1 or more, got ${page}`, 'page');
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw new InputError(`perPage must be between 1 and ${MAX_PER_PAGE}, got ${perPage}`, 'perPage');
  }
}

function pageInfo(page: number, perPage: number, returned: number, total: number | undefined) {
  const totalPages = total === undefined ? null : Math.ceil(total / perPage);
  return {
    page,
    perPage,
    totalPages,
    hasNextPage: totalPages === null ? returned === perPage : page < totalPages,
    hasPreviousPage: page > 1,
  };
}

/**
 * GraphQL input objects have a null prototype and may hold explicit nulls: a plain copy keeps both
 * meanings. A null where the REST model has none (`role: null` on create, `email: null` in a patch)
 * is passed on as given: the REST client refuses it as BAD_USER_INPUT or the tenant does.
 */
function plain<T>(input: object): T {
  return { ...input } as T;
}

const withUserId = (userId: string) => (enrollment: TiEnrollment) => ({ ...enrollment, userId: enrollment.userId ?? userId });

type Parent = { id: string };

const queryFields = {
  users: {
    endpoints: ['listUsers'],
    async resolve(_root, args, { rest, loaders }) {
      checkPage(args.page, args.perPage);
      const result = await rest.listUsersPage({ page: args.page, perPage: args.perPage, ...(args.email ? { email: args.email } : {}) });
      return {
        items: result.users.map((user) => loaders.remember(user)),
        total: result.total,
        pageInfo: pageInfo(args.page, args.perPage, result.users.length, result.total),
      };
    },
  },
  user: { endpoints: ['getUser'], resolve: (_root, args, { loaders }) => loaders.userById.load(args.id) },
  userByEmail: {
    endpoints: ['listUsers'],
    async resolve(_root, args, { rest, loaders }) {
      const user = await rest.findByEmail(args.email);
      return user ? loaders.remember(user) : null;
    },
  },
  userEnrollments: {
    endpoints: ['listEnrollments'],
    async resolve(_root, args, { rest }) {
      checkPage(args.page, args.perPage);
      const result = await rest.listEnrollmentsPage(args.userId, { page: args.page, perPage: args.perPage });
      return {
        items: result.enrollments.map(withUserId(args.userId)),
        total: result.total ?? null,
        pageInfo: pageInfo(args.page, args.perPage, result.enrollments.length, result.total),
      };
    },
  },
} satisfies RestRootFieldsOf<QueryResolvers>;

const mutationFields = {
  createUser: {
    endpoints: ['createUser'],
    resolve: async (_root, args, { rest, loaders }) => loaders.remember(await rest.createUser(plain<CreateUserInput>(args.input))),
  },
  updateUser: {
    endpoints: ['getUser', 'replaceUser'],
    async resolve(_root, args, { rest, loaders }) {
      const patch = plain<UserPatch>(args.input);
      if (Object.keys(patch).length === 0) throw new InputError('input names no field to change', 'input');
      return loaders.remember(await rest.updateUser(args.id, patch));
    },
  },
  deactivateUser: {
    endpoints: ['getUser', 'replaceUser'],
    scope: 'admin',
    resolve: async (_root, args, { rest, loaders }) => loaders.remember(await rest.updateUser(args.id, { active: false })),
  },
  reactivateUser: {
    endpoints: ['getUser', 'replaceUser'],
    resolve: async (_root, args, { rest, loaders }) => loaders.remember(await rest.updateUser(args.id, { active: true })),
  },
  deleteUser: {
    endpoints: ['deleteUser'],
    async resolve(_root, args, { rest, loaders }) {
      if (args.confirm !== true) {
        throw new InputError('deleteUser is permanent and removes the user\'s history: pass confirm: true, or use deactivateUser', 'confirm');
      }
      await rest.deleteUser(args.id);
      loaders.userById.clear(args.id);
      loaders.enrollmentsByUserId.clear(args.id);
      return args.id;
    },
  },
  addUserToGroup: {
    endpoints: ['addUserToGroup'],
    async resolve(_root, args, { rest, loaders }) {
      await rest.addUserToGroup(args.groupId, args.userId);
      loaders.userById.clear(args.userId);
      return true;
    },
  },
  enrollUser: {
    endpoints: ['enroll'],
    async resolve(_root, args, { rest, loaders }) {
      const enrollment = await rest.enroll(args.courseId, args.userId);
      loaders.enrollmentsByUserId.clear(args.userId);
      return withUserId(args.userId)(enrollment);
    },
  },
} satisfies RestRootFieldsOf<MutationResolvers>;

export const restRootFields = { Query: queryFields, Mutation: mutationFields };

const resolversOf = (fields: Record<string, RestRootField>): Record<string, unknown> => Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.resolve]));

export const restResolvers: IResolvers<unknown, GatewayContext> = {
  Query: resolversOf(restRootFields.Query),
  Mutation: resolversOf(restRootFields.Mutation),
  UserAccount: {
    groups: (user) => user.groups ?? null,
    customFields: (user) => user.customFields ?? null,
    enrollments: async (user, _args, { loaders }) => (await loaders.enrollmentsByUserId.load(user.id)).map(withUserId(user.id)),
  } satisfies UserAccountResolvers,
  // Cross-surface: the tenant's User reaches REST data through its id. `selectionSet` makes the
  // gateway ask the tenant for `id` even when the client did not select it.
  User: {
    account: { selectionSet: '{ id }', resolve: (user: Parent, _args, { loaders }) => loaders.userById.load(user.id) },
    active: { selectionSet: '{ id }', resolve: async (user: Parent, _args, { loaders }) => (await loaders.userById.load(user.id)).active ?? null },
    groups: { selectionSet: '{ id }', resolve: async (user: Parent, _args, { loaders }) => (await loaders.userById.load(user.id)).groups ?? null },
    enrollments: {
      selectionSet: '{ id }',
      resolve: async (user: Parent, _args, { loaders }) => (await loaders.enrollmentsByUserId.load(user.id)).map(withUserId(user.id)),
    },
  },
};
