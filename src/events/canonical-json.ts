/**
 * One text per JSON value: object keys sorted, no whitespace, numbers as JSON.stringify writes them.
 * Two serialisations of the same envelope (keys reordered, pretty-printed) give the same text, so
 * a sender that re-serialises its retries is still recognised as repeating itself.
 */

/** Deeper values are not canonicalised (the caller falls back to the raw bytes): bounds the recursion. */
const MAX_DEPTH = 64;

/** The canonical text, or undefined when the value nests deeper than `MAX_DEPTH`. */
export function canonicalJson(value: unknown): string | undefined {
  try {
    return write(value, 0);
  } catch (error) {
    if (error === TOO_DEEP) return undefined;
    throw error;
  }
}

const TOO_DEEP = Symbol('too deep');

function write(value: unknown, depth: number): string {
  if (depth > MAX_DEPTH) throw TOO_DEEP;
  if (Array.isArray(value)) return `[${value.map((item) => write(item, depth + 1)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write((value as Record<string, unknown>)[key], depth + 1)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
