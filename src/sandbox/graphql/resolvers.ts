/**
 * The root fields the sandbox really implements, over the tenant's store: the user-facing ones a
 * TI integration actually calls. Fields a snapshot does not have are simply never reached (the
 * document fails validation first), so one map serves every snapshot.
 */
import { GraphQLError } from 'graphql';
import { SandboxStoreError } from '../errors.js';
import type { EnrollmentStatus, TenantStore, User } from '../store/index.js';
import type { RootResolver } from './field-resolver.js';
import { MOCK_SEED, mixSeed } from './mock-values.js';
import { realObject } from './real-object.js';

/** What the GraphQL endpoint needs of a sandbox tenant. */
export interface GraphqlTenant {
  store: TenantStore;
}

type Resolver = RootResolver<GraphqlTenant>;

/** Store rejections become GraphQL errors carrying the same stable codes as the REST error bodies. */
function toGraphqlError(error: unknown): unknown {
  if (error instanceof SandboxStoreError) {
    return new GraphQLError(error.message, {
      extensions: { code: error.code, reason: error.errorCode, ...(error.field ? { field: error.field } : {}) },
    });
  }
  return error;
}

function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw toGraphqlError(error);
  }
}

/** A store user in the shape of TI's GraphQL `User`. */
export function graphqlUser(store: TenantStore, user: User): Record<string, unknown> {
  // Lazy: computed only when a query selects a count. The service user has no enrollments.
  const counts = (status?: EnrollmentStatus) => () => {
    if (store.getUser(user.id) === undefined) return 0;
    const all = store.listEnrollments(user.id, { page: 1, perPage: Number.MAX_SAFE_INTEGER }).enrollments;
    return status ? all.filter((e) => e.status === status).length : all.length;
  };
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ') || null;
  return realObject({
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    name,
    abbreviatedName: user.firstName ? `${user.firstName}${user.lastName ? ` ${user.lastName[0]}.` : ''}` : null,
    lastInitial: user.lastName ? user.lastName[0] : null,
    lang: user.language,
    roleKey: user.role,
    asset: user.avatarUrl,
    customFields: user.customFields,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    disabled: !user.active,
    mustVerifyEmail: false,
    shouldHighlight: false,
    twoFactorEnabled: false,
    availableCoursesCount: counts(),
    startedCoursesCount: counts('in_progress'),
    completedCoursesCount: counts('completed'),
    certificatesCount: counts('completed'),
    collaborationsCount: 0,
  });
}

function sessionToken(context: { authToken: string | undefined }): string | undefined {
  const token = context.authToken?.trim();
  return token ? token : undefined;
}

const CurrentUser: Resolver = (_args, { tenant, authToken }) => {
  const token = sessionToken({ authToken });
  if (token === undefined) return graphqlUser(tenant.store, tenant.store.serviceUser);
  const user = tenant.store.userForToken(token);
  if (!user) {
    throw new GraphQLError('The authToken is not a live session (logged out, expired or deactivated); call Login again.', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  return graphqlUser(tenant.store, user);
};

const CompanyDetails: Resolver = (_args, { tenant }) => {
  const subdomain = tenant.store.name;
  return realObject({
    name: subdomain.charAt(0).toUpperCase() + subdomain.slice(1),
    subdomain,
    // Appearance settings are not tenant data the sandbox keeps: mocked, deterministically per tenant.
    settings: { [MOCK_SEED]: mixSeed(0, `settings:${subdomain}`) },
  });
};

interface LearnerArgs {
  email: string;
  firstName: string;
  lastName: string;
  clientId?: string | null;
  licenseIds?: string[] | null;
}

function createLearner(store: TenantStore, learner: LearnerArgs): Record<string, unknown> {
  const user = guarded(() =>
    store.createUser({ email: learner.email, firstName: learner.firstName, lastName: learner.lastName, role: 'learner' }),
  );
  return graphqlUser(store, user);
}

const CreateLearner: Resolver = (args, { tenant }) => createLearner(tenant.store, args as unknown as LearnerArgs);

/** Each learner is created on its own: one duplicate email nulls its item (with an error), not the batch. */
const CreateLearners: Resolver = (args, { tenant }) =>
  (args['learners'] as LearnerArgs[]).map((learner) => {
    try {
      return createLearner(tenant.store, learner);
    } catch (error) {
      return error instanceof Error ? error : new GraphQLError(String(error));
    }
  });

const Login: Resolver = (args, { tenant }) =>
  guarded(() => tenant.store.login(String(args['email']), String(args['password'])));

const Logout: Resolver = (_args, context) => {
  const token = sessionToken(context);
  return token === undefined ? false : context.tenant.store.logout(token);
};

export const REAL_ROOT_FIELDS: ReadonlyMap<string, Resolver> = new Map([
  ['CurrentUser', CurrentUser],
  ['CompanyDetails', CompanyDetails],
  ['CreateLearner', CreateLearner],
  ['CreateLearners', CreateLearners],
  ['Login', Login],
  ['Logout', Logout],
]);
