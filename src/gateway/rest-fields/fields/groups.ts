/** Group membership. */
import { restField } from '../rest-field.js';

export const groupFields = [
  restField({
    field: 'Mutation.addUserToGroup',
    sdl: 'addUserToGroup(groupId: ID!, userId: ID!): Boolean!',
    endpoints: ['addUserToGroup'],
    async resolve(_root, args, { rest, loaders }) {
      await rest.call('addUserToGroup', { params: { groupId: args.groupId }, body: { userId: args.userId } });
      loaders.userById.clear(args.userId);
      return true;
    },
  }),
];
