/**
 * The types the REST-backed fields share (their fields are declared in `fields/`, each with its own
 * SDL). `UserAccount` is the user as the REST API holds it: it carries only fields REST can fill, so
 * a listed user never offers a tenant field that would silently come back null; the fields that
 * need more REST calls (its enrollments) are declared in `fields/` and join it there.
 */
import type { IResolvers } from '@graphql-tools/utils';
import type { UserAccountResolvers } from '../../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';

export const restTypeDefs = /* GraphQL */ `
  "A user account as the tenant's REST API holds it."
  type UserAccount {
    id: ID!
    email: String!
    firstName: String
    lastName: String
    "Role within the platform, e.g. learner or admin."
    role: String
    "Ids of the groups the user belongs to."
    groups: [ID!]
    "Key-value custom profile attributes (keys are configured in the tenant's admin portal)."
    customFields: JSON
    "False once deactivated: the user cannot log in, history is kept."
    active: Boolean
    ssoId: String
    avatarUrl: String
    "BCP 47 language tag."
    language: String
    "ISO 8601."
    createdAt: String
    "ISO 8601."
    updatedAt: String
  }

  "A user's enrollment in a course."
  type CourseEnrollment {
    userId: ID!
    courseId: ID!
    "not_started, in_progress or completed."
    status: String
    "ISO 8601."
    enrolledAt: String
    "ISO 8601, null until completed."
    completedAt: String
  }

  "Offset pagination as the REST API does it (page is 1-based, at most 100 per page)."
  type OffsetPageInfo {
    page: Int!
    perPage: Int!
    "Null when the tenant does not report a total."
    totalPages: Int
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
  }

  type UserAccountPage {
    items: [UserAccount!]!
    total: Int!
    pageInfo: OffsetPageInfo!
  }

  type CourseEnrollmentPage {
    items: [CourseEnrollment!]!
    "Null when the tenant does not report a total."
    total: Int
    pageInfo: OffsetPageInfo!
  }

  input CreateUserAccountInput {
    email: String!
    "Write-only; when omitted the user may be invited to set one."
    password: String
    firstName: String
    lastName: String
    role: String
    groups: [ID!]
    customFields: JSON
    active: Boolean
    ssoId: String
    avatarUrl: String
    language: String
  }

  "A partial change: an omitted field is kept, null clears it; customFields keys merge one by one (a null value removes the key)."
  input UpdateUserAccountInput {
    email: String
    password: String
    firstName: String
    lastName: String
    role: String
    "Replaces the whole list when given."
    groups: [ID!]
    customFields: JSON
    ssoId: String
    avatarUrl: String
    language: String
  }
`;

/** The shared types' own fields, read from the REST model as it is (absent is null). */
export const restTypeResolvers: IResolvers<unknown, GatewayContext> = {
  UserAccount: {
    groups: (user) => user.groups ?? null,
    customFields: (user) => user.customFields ?? null,
  } satisfies UserAccountResolvers,
};
