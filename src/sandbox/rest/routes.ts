import { SandboxStoreError } from '../../errors/index.js';
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
/** A larger per_page is clamped to this, not refused (documented in README.md). */
export const MAX_PER_PAGE = 100;

const ok = (body: unknown): RestResult => ({ status: 200, body });
const created = (body: unknown): RestResult => ({ status: 201, body });

/** The routes both REST trees serve (the seed's endpoints), relative to the tree's base path. */
export function userRoutes(): Router<RestHandler> {
  return new Router<RestHandler>()
    .add('GET', '/users', ({ tenant, query }) => {
      const email = query.get('email');
      if (email !== null && email.trim() === '') {
        throw new SandboxStoreError('invalid', 'invalid_email', 'email filter must not be empty', 'email');
      }
      return ok(tenant.store.listUsers({ ...pageParams(query), ...(email !== null ? { email } : {}) }));
    })
    .add('POST', '/users', ({ tenant, body }) => created({ user: tenant.store.createUser(body ?? {}) }))
    .add('GET', '/users/:id', ({ tenant, params }) => ok({ user: tenant.store.requireUser(params['id']!) }))
    .add('PUT', '/users/:id', ({ tenant, params, body }) => ok({ user: tenant.store.replaceUser(params['id']!, body ?? {}) }))
    .add('DELETE', '/users/:id', ({ tenant, params }) => {
      tenant.store.deleteUser(params['id']!);
      return ok({ success: true });
    })
    .add('GET', '/users/:id/enrollments', ({ tenant, params, query }) =>
      ok(tenant.store.listEnrollments(params['id']!, pageParams(query))),
    )
    .add('POST', '/groups/:groupId/users', ({ tenant, params, body }) => {
      tenant.store.addUserToGroup(params['groupId']!, userIdFrom(body));
      return ok({ success: true });
    })
    .add('POST', '/courses/:courseId/enrollments', ({ tenant, params, body }) =>
      created({ enrollment: tenant.store.enroll(params['courseId']!, userIdFrom(body)) }),
    );
}

/** The v2 tree adds the key check the vendor documents. */
export function v2Routes(): Router<RestHandler> {
  return userRoutes().add('GET', '/ping', () => ok({ valid: true }));
}

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
