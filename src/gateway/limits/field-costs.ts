/**
 * What each gateway-added field costs in REST calls, the way `@listSize`/`@cost` would say it in
 * SDL (kept here so the printed schema and the tenant's drift stay untouched). The REST API has no
 * bulk reads, so a field on a listed object costs one call per object; fields that share a
 * DataLoader (`resource`) on the same object cost one call between them.
 */
export interface FieldCost {
  /** REST calls one instance of the field makes. */
  restCalls: number;
  /** Fields with the same resource on the same parent object share one call (the same DataLoader key). */
  resource?: string;
}

export const REST_FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  'Query.users': { restCalls: 1 },
  'Query.user': { restCalls: 1 },
  'Query.userByEmail': { restCalls: 1 },
  'Query.userEnrollments': { restCalls: 1 },
  'UserAccount.enrollments': { restCalls: 1, resource: 'enrollmentsByUserId' },
  'User.account': { restCalls: 1, resource: 'userById' },
  'User.active': { restCalls: 1, resource: 'userById' },
  'User.groups': { restCalls: 1, resource: 'userById' },
  'User.enrollments': { restCalls: 1, resource: 'enrollmentsByUserId' },
  'ProvisionLearnerResult.user': { restCalls: 1, resource: 'userById' },
  'Mutation.createUser': { restCalls: 1 },
  // Partial updates read the user, merge, and write the whole record back.
  'Mutation.updateUser': { restCalls: 2 },
  'Mutation.deactivateUser': { restCalls: 2 },
  'Mutation.reactivateUser': { restCalls: 2 },
  'Mutation.deleteUser': { restCalls: 1 },
  'Mutation.addUserToGroup': { restCalls: 1 },
  'Mutation.enrollUser': { restCalls: 1 },
  // Lifecycle steps: look up by email, create or update, then one call per group and course (counted from the input).
  'Mutation.provisionLearner': { restCalls: 2 },
  'Mutation.deactivateByEmail': { restCalls: 2 },
  'Mutation.syncProfile': { restCalls: 2 },
};

/** Arguments that set how many items a list returns (`@listSize(slicingArguments:)`), by name on any field. */
export const SLICING_ARGUMENTS: readonly string[] = ['perPage', 'limit', 'first', 'last', 'pageSize'];

/** Items assumed for a list whose size no argument states (a variable without a value, a default-less argument). */
export const ASSUMED_LIST_SIZE = 100;

/** Items assumed for a list field with no slicing argument at all (nested lists such as a user's groups). */
export const UNSLICED_LIST_SIZE = 10;
