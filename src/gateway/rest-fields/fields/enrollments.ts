/** Course enrollments: a user's page of them, enrolling, and every enrollment on both user types. */
import { restField } from '../rest-field.js';
import { checkPage, pageInfo, withUserId } from '../shared.js';

export const enrollmentFields = [
  restField({
    field: 'Query.userEnrollments',
    sdl: `"One page of a user's course enrollments."
      userEnrollments(userId: ID!, page: Int = 1, perPage: Int = 25): CourseEnrollmentPage!`,
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
  }),
  restField({
    field: 'Mutation.enrollUser',
    sdl: `"Enrolls an active user in a published course." enrollUser(userId: ID!, courseId: ID!): CourseEnrollment!`,
    endpoints: ['enroll'],
    async resolve(_root, args, { rest, loaders }) {
      const { enrollment } = await rest.call('enroll', { params: { courseId: args.courseId }, body: { userId: args.userId } });
      loaders.enrollmentsByUserId.clear(args.userId);
      return withUserId(args.userId)(enrollment);
    },
  }),
  restField({
    field: 'UserAccount.enrollments',
    sdl: `"Every course enrollment of the user. Nullable because it is a separate REST call per user: when one user's call fails, that user's field is null with an error at its path and the rest of the page keeps its data."
      enrollments: [CourseEnrollment!]`,
    endpoints: ['listEnrollments'],
    resolve: async (user, _args, { loaders }) => (await loaders.enrollmentsByUserId.load(user.id)).map(withUserId(user.id)),
  }),
  restField({
    field: 'User.enrollments',
    sdl: `"From the REST API: every course enrollment of the user." enrollments: [CourseEnrollment!]`,
    endpoints: ['listEnrollments'],
    selectionSet: '{ id }',
    resolve: async (user, _args, { loaders }) => (await loaders.enrollmentsByUserId.load(user.id)).map(withUserId(user.id)),
  }),
];
