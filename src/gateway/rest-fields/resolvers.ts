import type { IResolvers } from '@graphql-tools/utils';
import { InputError } from '../../errors/index.js';
import type { GatewayContext } from '../context.js';
import type { CreateUserInput, TiEnrollment, TiUser, UserPatch } from '../rest-port.js';

const MAX_PER_PAGE = 100;

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

export const restResolvers: IResolvers<unknown, GatewayContext> = {
  Query: {
    async users(_root, args: { page: number; perPage: number; email?: string | null }, { rest, loaders }) {
      checkPage(args.page, args.perPage);
      const result = await rest.listUsersPage({ page: args.page, perPage: args.perPage, ...(args.email ? { email: args.email } : {}) });
      return {
        items: result.users.map((user) => loaders.remember(user)),
        total: result.total,
        pageInfo: pageInfo(args.page, args.perPage, result.users.length, result.total),
      };
    },
    user: (_root, args: { id: string }, { loaders }) => loaders.userById.load(args.id),
    async userByEmail(_root, args: { email: string }, { rest, loaders }) {
      const user = await rest.findByEmail(args.email);
      return user ? loaders.remember(user) : null;
    },
    async userEnrollments(_root, args: { userId: string; page: number; perPage: number }, { rest }) {
      checkPage(args.page, args.perPage);
      const result = await rest.listEnrollmentsPage(args.userId, { page: args.page, perPage: args.perPage });
      return {
        items: result.enrollments.map(withUserId(args.userId)),
        total: result.total ?? null,
        pageInfo: pageInfo(args.page, args.perPage, result.enrollments.length, result.total),
      };
    },
  },
  Mutation: {
    createUser: async (_root, args: { input: CreateUserInput }, { rest, loaders }) => loaders.remember(await rest.createUser(plain(args.input))),
    async updateUser(_root, args: { id: string; input: UserPatch }, { rest, loaders }) {
      const patch = plain(args.input);
      if (Object.keys(patch).length === 0) throw new InputError('input names no field to change', 'input');
      return loaders.remember(await rest.updateUser(args.id, patch));
    },
    deactivateUser: async (_root, args: { id: string }, { rest, loaders }) => loaders.remember(await rest.updateUser(args.id, { active: false })),
    reactivateUser: async (_root, args: { id: string }, { rest, loaders }) => loaders.remember(await rest.updateUser(args.id, { active: true })),
    async deleteUser(_root, args: { id: string; confirm: boolean }, { rest, loaders }) {
      if (args.confirm !== true) {
        throw new InputError('deleteUser is permanent and removes the user\'s history: pass confirm: true, or use deactivateUser', 'confirm');
      }
      await rest.deleteUser(args.id);
      loaders.userById.clear(args.id);
      loaders.enrollmentsByUserId.clear(args.id);
      return args.id;
    },
    async addUserToGroup(_root, args: { groupId: string; userId: string }, { rest, loaders }) {
      await rest.addUserToGroup(args.groupId, args.userId);
      loaders.userById.clear(args.userId);
      return true;
    },
    async enrollUser(_root, args: { userId: string; courseId: string }, { rest, loaders }) {
      const enrollment = await rest.enroll(args.courseId, args.userId);
      loaders.enrollmentsByUserId.clear(args.userId);
      return withUserId(args.userId)(enrollment);
    },
  },
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
