/**
 * The cache's scopes: what one invalidation makes stale. A user's record, a user's enrollments,
 * and every user list (pages and email lookups: any user change can move a user into or out of
 * a page or an email match).
 */
const id = (value: string) => encodeURIComponent(value);

export const cacheScope = {
  user: (userId: string) => `user:${id(userId)}`,
  enrollments: (userId: string) => `enrollments:${id(userId)}`,
  lists: 'lists',
  /**
   * Which user had this email when last seen. Never invalidated: a hit is checked against the
   * user's own entry (still there, still that email), so a stale pointer only costs a lookup.
   */
  email: (email: string) => `email:${id(email.trim().toLowerCase())}`,
} as const;

/** The change an event describes, as far as the cache needs it (structurally a `TiEvent`). */
export interface ChangeNotice {
  name: string;
  userId: string;
}

/** What an event makes stale: user.created/updated -> that user and the lists; user.deleted -> also the enrollments; user.enrolled/course.completed -> that user's enrollments. */
export function scopesForEvent(event: ChangeNotice): string[] {
  switch (event.name) {
    case 'user.created':
    case 'user.updated':
      return [cacheScope.user(event.userId), cacheScope.lists];
    case 'user.deleted':
      return [cacheScope.user(event.userId), cacheScope.lists, cacheScope.enrollments(event.userId)];
    case 'user.enrolled':
    case 'course.completed':
      return [cacheScope.enrollments(event.userId)];
    default:
      return [];
  }
}
