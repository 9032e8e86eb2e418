/** The REST API's users as GraphQL: the roster, one account, its writes, and the REST-only facts on the tenant's `User`. */
import { InputError } from '../../../errors/index.js';
import type { CreateUserInput, UserPatch } from '../../rest-port.js';
import { restField } from '../rest-field.js';
import { checkPage, pageInfo, plain } from '../shared.js';

export const userFields = [
  restField({
    field: 'Query.users',
    sdl: `"Users from the REST API, one page at a time; email filters to an exact address."
      users(page: Int = 1, perPage: Int = 25, email: String): UserAccountPage!`,
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
  }),
  restField({
    field: 'Query.user',
    sdl: `"A user by REST id; a NOT_FOUND error when there is none." user(id: ID!): UserAccount`,
    endpoints: ['getUser'],
    resolve: (_root, args, { loaders }) => loaders.userById.load(args.id),
  }),
  restField({
    field: 'Query.userByEmail',
    sdl: `"A user by exact email; null when there is none." userByEmail(email: String!): UserAccount`,
    endpoints: ['listUsers'],
    async resolve(_root, args, { rest, loaders }) {
      const user = await rest.findByEmail(args.email);
      return user ? loaders.remember(user) : null;
    },
  }),
  restField({
    field: 'Mutation.createUser',
    sdl: 'createUser(input: CreateUserAccountInput!): UserAccount!',
    endpoints: ['createUser'],
    resolve: async (_root, args, { rest, loaders }) => loaders.remember(await rest.createUser(plain<CreateUserInput>(args.input))),
  }),
  restField({
    field: 'Mutation.updateUser',
    sdl: `"Partial and safe: reads the user, merges the change, writes the whole record back."
      updateUser(id: ID!, input: UpdateUserAccountInput!): UserAccount!`,
    endpoints: ['getUser', 'replaceUser'],
    async resolve(_root, args, { rest, loaders }) {
      const patch = plain<UserPatch>(args.input);
      if (Object.keys(patch).length === 0) throw new InputError('input names no field to change', 'input');
      return loaders.remember(await rest.updateUser(args.id, patch));
    },
  }),
  restField({
    field: 'Mutation.deactivateUser',
    sdl: `"Sets active to false: the recommended way to offboard (completion history is kept). Needs admin scope."
      deactivateUser(id: ID!): UserAccount!`,
    endpoints: ['getUser', 'replaceUser'],
    scope: 'admin',
    resolve: async (_root, args, { rest, loaders }) => loaders.remember(await rest.updateUser(args.id, { active: false })),
  }),
  restField({
    field: 'Mutation.reactivateUser',
    sdl: 'reactivateUser(id: ID!): UserAccount!',
    endpoints: ['getUser', 'replaceUser'],
    resolve: async (_root, args, { rest, loaders }) => loaders.remember(await rest.updateUser(args.id, { active: true })),
  }),
  restField({
    field: 'Mutation.deleteUser',
    sdl: `"Permanent: removes the user and their history. Needs admin scope and confirm: true; prefer deactivateUser."
      deleteUser(id: ID!, confirm: Boolean!): ID!`,
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
  }),
  // Cross-surface: the tenant's User reaches REST data through its id. `selectionSet` makes the
  // gateway ask the tenant for `id` even when the client did not select it.
  restField({
    field: 'User.active',
    sdl: `"From the REST API: false once the account is deactivated." active: Boolean`,
    endpoints: ['getUser'],
    selectionSet: '{ id }',
    resolve: async (user, _args, { loaders }) => (await loaders.userById.load(user.id)).active ?? null,
  }),
  restField({
    field: 'User.groups',
    sdl: `"From the REST API: ids of the groups the user belongs to." groups: [ID!]`,
    endpoints: ['getUser'],
    selectionSet: '{ id }',
    resolve: async (user, _args, { loaders }) => (await loaders.userById.load(user.id)).groups ?? null,
  }),
  restField({
    field: 'User.account',
    sdl: `"The same user as the REST API holds it." account: UserAccount`,
    endpoints: ['getUser'],
    selectionSet: '{ id }',
    resolve: (user, _args, { loaders }) => loaders.userById.load(user.id),
  }),
];
