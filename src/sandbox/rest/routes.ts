import { SandboxStoreError } from '../errors.js';
import { ENDPOINT_NAMES, ENDPOINTS, MAX_PER_PAGE, type EndpointDefinition, type EndpointName } from '../../tenant/index.js';
import type { SandboxTenant } from '../types.js';
import { Router } from './router.js';

export interface RestContext {
  tenant: SandboxTenant;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body; undefined when the request had none. */
  body: unknown;
}

export interface RestResult {
  status: number;
  body: unknown;
}

export type RestHandler = (context: RestContext) => RestResult;

export const DEFAULT_PER_PAGE = 25;
/** A larger per_page is clamped to the API's maximum, not refused (documented in README.md). */
export { MAX_PER_PAGE };

const ok = (body: unknown): RestResult => ({ status: 200, body });
const created = (body: unknown): RestResult => ({ status: 201, body });

/**
 * One handler per endpoint of the client's table (`src/tenant/rest/endpoints.ts`): the path and
 * method come from there, so a new endpoint does not compile until the sandbox serves it.
 */
const HANDLERS: Record<EndpointName, RestHandler> = {
  listUsers: ({ tenant, query }) => {
    const email = query.get('email');
    if (email !== null && email.trim() === '') {
      throw new SandboxStoreError('invalid', 'invalid_email', 'email filter must not be empty', 'email');
    }
    return ok(tenant.store.listUsers({ ...pageParams(query), ...(email !== null ? { email } : {}) }));
  },
  createUser: ({ tenant, body }) => created({ user: tenant.store.createUser(body ?? {}) }),
  getUser: ({ tenant, params }) => ok({ user: tenant.store.requireUser(params['id']!) }),
  replaceUser: ({ tenant, params, body }) => ok({ user: tenant.store.replaceUser(params['id']!, body ?? {}) }),
  deleteUser: ({ tenant, params }) => {
    tenant.store.deleteUser(params['id']!);
    return ok({ success: true });
  },
  listEnrollments: ({ tenant, params, query }) => ok(tenant.store.listEnrollments(params['id']!, pageParams(query))),
  addUserToGroup: ({ tenant, params, body }) => {
    tenant.store.addUserToGroup(params['groupId']!, userIdFrom(body));
    return ok({ success: true });
  },
  enroll: ({ tenant, params, body }) => created({ enrollment: tenant.store.enroll(params['courseId']!, userIdFrom(body)) }),
  ping: () => ok({ valid: true }),
};

/** The routes of one REST tree (relative to its base path): every endpoint its profile serves. */
export function restRoutes(profile: 'v1' | 'v2'): Router<RestHandler> {
  const router = new Router<RestHandler>();
  for (const name of ENDPOINT_NAMES) {
    const endpoint: EndpointDefinition = ENDPOINTS[name];
    if (endpoint.profiles && !endpoint.profiles.includes(profile)) continue;
    router.add(endpoint.method, endpoint.path, HANDLERS[name]);
  }
  return router;
}

/** The seed's endpoints (the `/incoming/api/v1` tree). */
export const userRoutes = (): Router<RestHandler> => restRoutes('v1');
/** The v2 tree adds the key check the vendor documents. */
export const v2Routes = (): Router<RestHandler> => restRoutes('v2');

/** page >= 1 and 1 <= per_page; a per_page above the maximum is clamped. */
export function pageParams(query: URLSearchParams): { page: number; perPage: number } {
  const page = positiveInt(query.get('page'), 'page', 1);
  const perPage = Math.min(MAX_PER_PAGE, positiveInt(query.get('per_page'), 'per_page', DEFAULT_PER_PAGE));
  return { page, perPage };
}

function positiveInt(raw: string | null, name: string, fallback: number): number {
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) {
    throw new SandboxStoreError('invalid', `invalid_${name}`, `${name} must be a whole number of at least 1, got "${raw}"`, name);
  }
  return Number(raw);
}

function userIdFrom(body: unknown): string {
  const userId = body && typeof body === 'object' && !Array.isArray(body) ? (body as { userId?: unknown }).userId : undefined;
  if (typeof userId !== 'string' || userId === '') {
    throw new SandboxStoreError('invalid', 'user_id_required', 'userId is required: send {"userId": "<user id>"}', 'userId');
  }
  return userId;
}
