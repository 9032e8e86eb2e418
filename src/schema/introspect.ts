/**
 * Live introspection of a tenant's GraphQL endpoint. Every way it can fail becomes one of the typed
 * errors with a message that says what to fix, and none of them ever contains the key: URLs are
 * masked and the server's own words are scrubbed of it.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
} from 'graphql';
import {
  ForbiddenError,
  NetworkError,
  SchemaError,
  TimeoutError,
  UnauthorizedError,
  UpstreamError,
  errorForStatus,
  type RequestInfo,
} from '../errors/index.js';
import { maskUrl, redactSecrets } from '../util/index.js';

export interface IntrospectionTarget {
  /** The GraphQL endpoint, e.g. https://acme.thoughtindustries.com/helium. */
  url: string;
  /** The tenant key; absent for an endpoint that takes `headers` instead (a ti-graph gateway). */
  apiKey?: string;
  /** `header`: `X-API-Key`; `query`: `apiKey` query parameter (the vendor's `/helium?apiKey=`). */
  auth?: 'header' | 'query';
  /** Extra request headers (e.g. a gateway's `Authorization: Bearer ...`); their values are secrets too. */
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** For tests or custom agents; the global fetch by default. */
  fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** What the vendor's own snapshots were made with (they carry `isRepeatable` and input deprecations). */
const FULL_QUERY = getIntrospectionQuery({ descriptions: true, directiveIsRepeatable: true, inputValueDeprecation: true });
/** For servers on an older graphql-js that reject the two extensions above. */
const BASIC_QUERY = getIntrospectionQuery({ descriptions: true });

/** Introspects `target` and returns the result, checked to be a usable, non-empty schema. */
export async function fetchIntrospection(target: IntrospectionTarget): Promise<IntrospectionQuery> {
  try {
    return await introspectWith(target, FULL_QUERY);
  } catch (error) {
    if (error instanceof SchemaError && /includeDeprecated|isRepeatable/.test(error.message)) {
      return introspectWith(target, BASIC_QUERY);
    }
    throw error;
  }
}

async function introspectWith(target: IntrospectionTarget, query: string): Promise<IntrospectionQuery> {
  const url = new URL(target.url);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...target.headers };
  if (target.apiKey !== undefined) {
    if (target.auth === 'query') url.searchParams.set('apiKey', target.apiKey);
    else headers['x-api-key'] = target.apiKey;
  }
  const timeoutMs = target.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const secrets = [target.apiKey, ...Object.values(target.headers ?? {}).flatMap((v) => [v, v.replace(/^\S+\s+/, '')])];
  const scrub = (text: string) => redactSecrets(text, secrets);
  const info: RequestInfo = { method: 'POST', path: maskUrl(`${url.pathname}${url.search}`) };
  const where = `${url.origin}${info.path}`;

  let response: Response;
  let text: string;
  try {
    response = await (target.fetch ?? fetch)(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new TimeoutError({ ...info, timeoutMs });
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new NetworkError({ ...info, serverMessage: `cannot reach ${scrub(url.origin)} (${scrub(String(reason))})` });
  }

  const status = response.status;
  const contentType = response.headers.get('content-type') ?? '';
  let json: unknown;
  try {
    json = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const serverMessage = scrub(messageOf(json) ?? summarize(text, contentType));

  if (json === undefined || typeof json !== 'object' || json === null) {
    if (status >= 400) throw errorForStatus({ ...info, status, serverMessage });
    throw new UpstreamError({
      ...info,
      status,
      serverMessage: `expected a JSON introspection result, got ${summarize(text, contentType)}; is ${where} really the GraphQL endpoint?`,
    });
  }
  const errors = (json as { errors?: Array<{ message?: unknown }> }).errors;
  if (Array.isArray(errors) && errors.some((e) => /introspection/i.test(String(e?.message)))) {
    throw new SchemaError(
      `introspection is disabled on ${where} (${serverMessage}); pull from an endpoint that allows it, or keep the committed snapshot`,
    );
  }
  // Some GraphQL servers refuse a key with 200 and an UNAUTHENTICATED/FORBIDDEN error instead of a 401.
  const codes = Array.isArray(errors) ? errors.map((e) => (e as { extensions?: { code?: unknown } })?.extensions?.code) : [];
  if (codes.includes('UNAUTHENTICATED')) throw new UnauthorizedError({ ...info, status, serverMessage });
  if (codes.includes('FORBIDDEN')) throw new ForbiddenError({ ...info, status, serverMessage });
  if (status === 401 || status === 403 || status >= 500 || (status >= 400 && !Array.isArray(errors))) {
    throw errorForStatus({ ...info, status, serverMessage });
  }
  const data = (json as { data?: { __schema?: unknown } }).data;
  if (!data || typeof data !== 'object' || !data.__schema) {
    throw new SchemaError(`introspection of ${where} returned no schema (HTTP ${status}): ${serverMessage}`);
  }
  const result = data as IntrospectionQuery;
  checkUsable(result, where);
  return result;
}

/** Refuses results that would make a useless snapshot: no query type, no types of its own. */
function checkUsable(result: IntrospectionQuery, where: string): void {
  const schema = result.__schema;
  const ownTypes = Array.isArray(schema.types) ? schema.types.filter((t) => !t.name.startsWith('__')) : [];
  if (!schema.queryType || ownTypes.length === 0) {
    throw new SchemaError(`introspection of ${where} returned an empty schema (no query type or no types)`);
  }
  try {
    buildClientSchema(result);
  } catch (error) {
    throw new SchemaError(`introspection of ${where} is not a valid schema: ${(error as Error).message}`);
  }
}

function messageOf(json: unknown): string | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const errors = (json as { errors?: Array<{ message?: unknown }> }).errors;
  if (Array.isArray(errors) && errors.length > 0) return errors.map((e) => String(e?.message)).join('; ');
  const direct = (json as { error?: unknown; message?: unknown }).error ?? (json as { message?: unknown }).message;
  if (typeof direct === 'string') return direct;
  if (direct && typeof direct === 'object' && typeof (direct as { message?: unknown }).message === 'string') {
    return (direct as { message: string }).message;
  }
  return undefined;
}

/** A short, safe description of a non-JSON body (never the whole page). */
function summarize(text: string, contentType: string): string {
  if (text.trim() === '') return 'an empty body';
  const isHtml = /html/i.test(contentType) || /^\s*</.test(text);
  if (isHtml) {
    const title = /<title[^>]*>([^<]{0,120})/i.exec(text)?.[1]?.trim();
    return `an HTML page${title ? ` ("${title}")` : ''}`;
  }
  return `non-JSON ${contentType || 'content'} (${JSON.stringify(text.slice(0, 60))}${text.length > 60 ? '…' : ''})`;
}
