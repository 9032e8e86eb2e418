/** What several REST-backed fields' resolvers do alike: page checks and page info, input copies, enrollment owners. */
import { InputError } from '../../errors/index.js';
import { MAX_PER_PAGE, type TiEnrollment } from '../rest-port.js';

export function checkPage(page: number, perPage: number): void {
  if (!Number.isInteger(page) || page < 1) throw new InputError(`page must be 1 or more, got ${page}`, 'page');
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw new InputError(`perPage must be between 1 and ${MAX_PER_PAGE}, got ${perPage}`, 'perPage');
  }
}

export function pageInfo(page: number, perPage: number, returned: number, total: number | undefined) {
  const totalPages = total === undefined ? null : Math.ceil(total / perPage);
  return {
    page,
    perPage,
    totalPages,
    hasNextPage: totalPages === null ? returned === perPage : page < totalPages,
    hasPreviousPage: page > 1,
  };
}

/**
 * GraphQL input objects have a null prototype and may hold explicit nulls: a plain copy keeps both
 * meanings. A null where the REST model has none (`role: null` on create, `email: null` in a patch)
 * is passed on as given: the REST client refuses it as BAD_USER_INPUT or the tenant does.
 */
export function plain<T>(input: object): T {
  return { ...input } as T;
}

/** The REST API may leave an enrollment's owner out when the path already names it. */
export const withUserId = (userId: string) => (enrollment: TiEnrollment) => ({ ...enrollment, userId: enrollment.userId ?? userId });
