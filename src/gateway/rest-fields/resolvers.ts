import type { IFieldResolver, IResolvers } from '@graphql-tools/utils';
import { InputError } from '../../errors/index.js';
import type { GatewayContext } from '../context.js';
import { MAX_PER_PAGE, type CreateUserInput, type EndpointName, type TiEnrollment, type TiUser, type UserPatch } from '../rest-port.js';
import type { Scope } from '../scopes.js';

/**
 * A REST-backed root field: the endpoints of the table (`src/tenant/rest/endpoints.ts`) it calls
 * and its resolver. The field's scope is the highest scope of those endpoints, unless `scope`
 * raises it (a policy the table cannot know, e.g. offboarding is an admin act).
 */
export interface RestRootField {
  endpoints: readonly EndpointName[];
  scope?: Scope;
  // Resolver args are typed per field below; the map holds them side by side.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resolve: IFieldResolver<unknown, GatewayContext, any>;
}

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

/** GraphQL input objects have a null prototype and may hold explicit nulls: keep both meanings. */
function plain<T>(input: T): T {
  return { ...input };
}

const withUserId = (userId: string) => (enrollment: TiEnrollment) => ({ ...enrollment, userId: enrollment.userId ?? userId });

type Parent = { id: string };

export const restRootFields: { Query: Record<string, RestRootField>; Mutation: Record<string, RestRootField> } = {
  Query: {
    users: {
      endpoints: ['listUsers'],
      async resolve(_root, args: { page: number; perPage: number; email?: string | null }, { rest, loaders }) {
        checkPage(args.page, args.perPage);
        const result = await rest.listUsersPage({ page: args.page, perPage: args.perPage, ...(args.email ? { email: args.email } : {}) });
        return {
          items: result.users.map((user) => loaders.remember(user)),
          total: result.total,
          pageInfo: pageInfo(args.page, args.perPage, result.users.length, result.total),
        };
      },
    },
    user: { endpoints: ['getUser'], resolve: (_root, args: { id: string }, { loaders }) => loaders.userById.load(args.id) },
    userByEmail: {
      endpoints: ['listUsers'],
      async resolve(_root, args: { email: string }, { rest, loaders }) {
        const user = await rest.findByEmail(args.email);
        return user ? loaders.remember(user) : null;
      },
    },
    userEnrollments: {
      endpoints: ['listEnrollments'],
      async resolve(_root, args: { userId: string; page: number; perPage: number }, { rest }) {
        checkPage(args.page, args.perPage);
        const result = await rest.listEnrollmentsPage(args.userId, { page: args.page, perPage: args.perPage });
        return {
          items: result.enrollments.map(withUserId(args.userId)),
          total: result.total ?? null,
          pageInfo: pageInfo(args.page, args.perPage, result.enrollments.length, result.total),
        };
      },
    },
  },
  Mutation: {
    createUser: {
      endpoints: ['createUser'],
      resolve: async (_root, args: { input: CreateUserInput }, { rest, loaders }) => loaders.remember(await rest.createUser(plain(args.input))),
    },
    updateUser: {
      endpoints: ['getUser', 'replaceUser'],
      async resolve(_root, args: { id: string; input: UserPatch }, { rest, loaders }) {
        const patch = plain(args.input);
        if (Object.keys(patch).length === 0) throw new InputError('input names no field to change', 'input');
        return loaders.remember(await rest.updateUser(args.id, patch));
      },
    },
    deactivateUser: {
      endpoints: ['getUser', 'replaceUser'],
      scope: 'admin',
      resolve: async (_root, args: { id: string }, { rest, loaders }) => loaders.remember(await rest.updateUser(args.id, { active: false })),
    },
    reactivateUser: {
      endpoints: ['getUser', 'replaceUser'],
      resolve: async (_root, args: { id: string }, { rest, loaders }) => loaders.remember(await rest.updateUser(args.id, { active: true })),
    },
    deleteUser: {
      endpoints: ['deleteUser'],
      async resolve(_root, args: { id: string; confirm: boolean }, { rest, loaders }) {
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
      async resolve(_root, args: { groupId: string; userId: string }, { rest, loaders }) {
        await rest.addUserToGroup(args.groupId, args.userId);
        loaders.userById.clear(args.userId);
        return true;
      },
    },
    enrollUser: {
      endpoints: ['enroll'],
      async resolve(_root, args: { userId: string; courseId: string }, { rest, loaders }) {
        const enrollment = await rest.enroll(args.courseId, args.userId);
        loaders.enrollmentsByUserId.clear(args.userId);
        return withUserId(args.userId)(enrollment);
      },
    },
  },
};

const resolversOf = (fields: Record<string, RestRootField>) => Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.resolve]));

export const restResolvers: IResolvers<unknown, GatewayContext> = {
  Query: resolversOf(restRootFields.Query),
  Mutation: resolversOf(restRootFields.Mutation),
  UserAccount: {
    groups: (user: TiUser) => user.groups ?? null,
    customFields: (user: TiUser) => user.customFields ?? null,
    enrollments: async (user: TiUser, _args, { loaders }) => (await loaders.enrollmentsByUserId.load(user.id)).map(withUserId(user.id)),
  },
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
