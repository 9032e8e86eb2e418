/**
 * The lifecycle jobs as gateway mutations: `provisionLearner`, `deactivateByEmail`, `syncProfile`.
 * Same shape as the gateway's `SchemaExtension` (listed in src/gateway/extensions.ts); the context
 * it needs is declared here, so this module does not depend on the gateway.
 */
import type { IResolvers } from '@graphql-tools/utils';
import type { TiUser } from '../tenant/index.js';
import type { LifecycleClient } from './client.js';
import { deactivateByEmail } from './deactivate-by-email.js';
import type { LearnerProfile } from './profile.js';
import { provisionLearner } from './provision-learner.js';
import { syncProfile } from './sync-profile.js';

/** What the resolvers read from the gateway's per-request context. */
export interface LifecycleContext {
  rest: LifecycleClient;
  /** The gateway's per-request loaders, when present: results share its user cache. */
  loaders?: { remember(user: TiUser): TiUser; userById: { load(id: string): Promise<TiUser> } };
}

export const lifecycleTypeDefs = /* GraphQL */ `
  "One field a lifecycle job changed: customFields keys appear as customFields.<key>."
  type LifecycleFieldChange {
    field: String!
    from: JSON
    to: JSON
  }

  "A step that could not be done (an unpublished course, a missing group...); the others were done."
  type LifecycleStepFailure {
    "create, update, deactivate, enroll or add-to-group."
    step: String!
    "The course or group id, for enroll and add-to-group."
    target: ID
    "The typed error's code, e.g. NOT_FOUND or BAD_USER_INPUT."
    code: String!
    reason: String!
  }

  input ProvisionLearnerInput {
    email: String!
    firstName: String
    lastName: String
    role: String
    ssoId: String
    language: String
    "True reactivates an existing inactive user so the enrollments can proceed."
    active: Boolean
    "Only keys configured in the tenant's admin portal."
    customFields: JSON
    "Courses to enroll in (each must be published)."
    courses: [ID!]
    groups: [ID!]
  }

  enum ProvisionOutcome {
    "A new user was created."
    CREATED
    "A user with this email existed and was used as is."
    LINKED
  }

  type ProvisionLearnerResult {
    outcome: ProvisionOutcome!
    userId: ID!
    email: String!
    user: UserAccount!
    "Fields set on a new user; for a linked user only a reactivation."
    fieldsChanged: [LifecycleFieldChange!]!
    enrolled: [ID!]!
    alreadyEnrolled: [ID!]!
    groupsAdded: [ID!]!
    alreadyInGroups: [ID!]!
    failures: [LifecycleStepFailure!]!
  }

  enum DeactivateOutcome {
    DEACTIVATED
    ALREADY_INACTIVE
    DELETED
    NOT_FOUND
  }

  type DeactivateByEmailResult {
    outcome: DeactivateOutcome!
    email: String!
    "Null when nobody has this email."
    userId: ID
  }

  "Fields left out (or null) are left as they are: a profile sync never clears a field."
  input SyncProfileInput {
    email: String!
    firstName: String
    lastName: String
    role: String
    ssoId: String
    language: String
    active: Boolean
    "Merged key by key; only keys configured in the tenant's admin portal."
    customFields: JSON
  }

  enum SyncProfileOutcome {
    CREATED
    UPDATED
    UNCHANGED
  }

  type SyncProfileResult {
    outcome: SyncProfileOutcome!
    userId: ID!
    email: String!
    "What changed (old -> new); for a create, the fields set."
    changes: [LifecycleFieldChange!]!
    user: UserAccount!
  }

  extend type Mutation {
    "Creates the learner or links the existing user by email, adds the groups, enrolls the courses. Idempotent."
    provisionLearner(input: ProvisionLearnerInput!): ProvisionLearnerResult!
    "Sets active to false (every other field kept; history kept). delete: true removes the user permanently instead. Needs admin scope."
    deactivateByEmail(email: String!, delete: Boolean = false): DeactivateByEmailResult!
    "Updates only the fields that differ (customFields key by key), or creates the user when missing."
    syncProfile(input: SyncProfileInput!): SyncProfileResult!
  }
`;

/** GraphQL inputs have a null prototype and may carry explicit nulls, which here mean "not given". */
function given<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as T;
}

const remember = (context: LifecycleContext, user: TiUser) => context.loaders?.remember(user) ?? user;
const userById = (context: LifecycleContext, id: string) => context.loaders?.userById.load(id) ?? context.rest.getUser(id);

export const lifecycleResolvers: IResolvers<unknown, LifecycleContext> = {
  ProvisionOutcome: { CREATED: 'created', LINKED: 'linked' },
  DeactivateOutcome: { DEACTIVATED: 'deactivated', ALREADY_INACTIVE: 'already-inactive', DELETED: 'deleted', NOT_FOUND: 'not-found' },
  SyncProfileOutcome: { CREATED: 'created', UPDATED: 'updated', UNCHANGED: 'unchanged' },
  ProvisionLearnerResult: {
    user: (result: { userId: string }, _args, context) => userById(context, result.userId),
  },
  Mutation: {
    async provisionLearner(_root, args: { input: LearnerProfile & { courses?: string[]; groups?: string[] } }, context) {
      return provisionLearner(context.rest, given(args.input));
    },
    deactivateByEmail: (_root, args: { email: string; delete?: boolean | null }, context) =>
      deactivateByEmail(context.rest, args.email, { delete: args.delete === true }),
    async syncProfile(_root, args: { input: LearnerProfile }, context) {
      const result = await syncProfile(context.rest, given(args.input));
      return { ...result, user: remember(context, result.user) };
    },
  },
};

export const lifecycleSchemaExtension = {
  name: 'lifecycle',
  typeDefs: lifecycleTypeDefs,
  resolvers: lifecycleResolvers,
  scopes: { 'Mutation.deactivateByEmail': 'admin' as const },
  // REST calls, for the gateway's document limits: look up by email, create or update (then one
  // call per group and course, counted from the input); a result's user is one shared user load.
  costs: {
    'Mutation.provisionLearner': { restCalls: 2 },
    'Mutation.deactivateByEmail': { restCalls: 2 },
    'Mutation.syncProfile': { restCalls: 2 },
    'ProvisionLearnerResult.user': { restCalls: 1, resource: 'getUser' },
  },
};
