/**
 * The REST-only operations as GraphQL (camelCase, next to the tenant's PascalCase root fields).
 * `UserAccount` is the user as the REST API holds it: it carries only fields REST can fill, so a
 * listed user never offers a tenant field that would silently come back null. The tenant's own
 * `User` gains the REST-only facts (active, groups, enrollments, the account) keyed on its id.
 */
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
    "Every course enrollment of the user. Nullable because it is a separate REST call per user: when one user's call fails, that user's field is null with an error at its path and the rest of the page keeps its data."
    enrollments: [CourseEnrollment!]
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

  extend type Query {
    "Users from the REST API, one page at a time; email filters to an exact address."
    users(page: Int = 1, perPage: Int = 25, email: String): UserAccountPage!
    "A user by REST id; a NOT_FOUND error when there is none."
    user(id: ID!): UserAccount
    "A user by exact email; null when there is none."
    userByEmail(email: String!): UserAccount
    "One page of a user's course enrollments."
    userEnrollments(userId: ID!, page: Int = 1, perPage: Int = 25): CourseEnrollmentPage!
  }

  extend type Mutation {
    createUser(input: CreateUserAccountInput!): UserAccount!
    "Partial and safe: reads the user, merges the change, writes the whole record back."
    updateUser(id: ID!, input: UpdateUserAccountInput!): UserAccount!
    "Sets active to false: the recommended way to offboard (completion history is kept). Needs admin scope."
    deactivateUser(id: ID!): UserAccount!
    reactivateUser(id: ID!): UserAccount!
    "Permanent: removes the user and their history. Needs admin scope and confirm: true; prefer deactivateUser."
    deleteUser(id: ID!, confirm: Boolean!): ID!
    addUserToGroup(groupId: ID!, userId: ID!): Boolean!
    "Enrolls an active user in a published course."
    enrollUser(userId: ID!, courseId: ID!): CourseEnrollment!
  }

  extend type User {
    "From the REST API: false once the account is deactivated."
    active: Boolean
    "From the REST API: ids of the groups the user belongs to."
    groups: [ID!]
    "From the REST API: every course enrollment of the user."
    enrollments: [CourseEnrollment!]
    "The same user as the REST API holds it."
    account: UserAccount
  }
`;
