/**
 * Media types as RFC 9110 (section 8.3.1) spells them: `type/subtype` (case-insensitive tokens)
 * followed by `; name=value` parameters (names case-insensitive, values tokens or quoted strings).
 * Plus the one question the fast path asks of an Accept header: which media type Yoga would
 * answer a single (non-streamed) result with, so a forwarded answer says the same.
 */

export interface MediaType {
  /** `type/subtype`, lower-cased. */
  essence: string;
  /** Parameter names lower-cased; values as sent (unquoted). */
  params: Record<string, string>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Parses one media type; undefined when it is not one (a bare word, `a/b/c`, a broken parameter). */
export function parseMediaType(value: string): MediaType | undefined {
  const parts = splitOutsideQuotes(value, ';');
  const [type, subtype, ...rest] = parts[0]!.trim().split('/');
  if (!type || !subtype || rest.length > 0 || !TOKEN.test(type) || !TOKEN.test(subtype)) return undefined;
  const params: Record<string, string> = {};
  for (const raw of parts.slice(1)) {
    const part = raw.trim();
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    const name = part.slice(0, eq).trim().toLowerCase();
    let paramValue = part.slice(eq + 1).trim();
    if (!TOKEN.test(name)) return undefined;
    if (paramValue.startsWith('"')) {
      if (paramValue.length < 2 || !paramValue.endsWith('"')) return undefined;
      paramValue = paramValue.slice(1, -1).replace(/\\(.)/g, '$1');
    } else if (!TOKEN.test(paramValue)) return undefined;
    params[name] = paramValue;
  }
  return { essence: `${type.toLowerCase()}/${subtype.toLowerCase()}`, params };
}

function splitOutsideQuotes(value: string, separator: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i]!;
    if (char === '"' && value[i - 1] !== '\\') quoted = !quoted;
    if (char === separator && !quoted) {
      out.push(current);
      current = '';
    } else current += char;
  }
  out.push(current);
  return out;
}

/** The request body types Yoga parses (its request parsers), by essence. */
export const YOGA_BODY_TYPES: ReadonlySet<string> = new Set([
  'application/json',
  'application/graphql+json',
  'application/graphql',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
]);

export type Negotiated = 'application/json' | 'application/graphql-response+json' | 'other';

/**
 * Yoga's choice of result processor for a non-streamed result, replayed: Yoga walks its
 * processors (SSE, multipart, regular JSON) and the Accept entries (reversed; entries with a
 * charset other than utf-8 skipped; q-values ignored), and the last match wins, so the regular
 * processor wins whenever any entry matches it, with the first such entry deciding between
 * `application/graphql-response+json` and `application/json` (the latter when both match).
 * Returns 'other' when Yoga would stream or refuse (406): those requests are Yoga's to answer.
 */
export function yogaResponseMediaType(accept: string | null): Negotiated {
  const entries = (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',');
  for (const entry of entries) {
    const [mediaType, ...params] = entry.split(';');
    if (mediaType === undefined) continue;
    const charset = params.find((param) => param.includes('charset=')) ?? 'charset=utf-8';
    if (charset !== 'charset=utf-8') continue;
    const [pre, suf] = mediaType.split('/');
    const matches = (type: string) => {
      const [askedPre, askedSuf] = type.split('/');
      return (pre === '*' || pre === askedPre) && (suf === '*' || suf === askedSuf);
    };
    if (matches('application/json')) return 'application/json';
    if (matches('application/graphql-response+json')) return 'application/graphql-response+json';
  }
  return 'other';
}
