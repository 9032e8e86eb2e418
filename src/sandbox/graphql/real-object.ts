/**
 * Marks objects that stand for real tenant data (a user from the store, the company). Fields such
 * an object does not carry resolve to null when the schema allows it, instead of a mock value: a
 * real user with an invented street address would be worse than no address.
 */
export const REAL_OBJECT = Symbol('ti-graph.realObject');

export function realObject<T extends object>(value: T): T {
  Object.defineProperty(value, REAL_OBJECT, { value: true, enumerable: false });
  return value;
}

export function isRealObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && REAL_OBJECT in value;
}
