/**
 * The HTTP-shaped GraphQL handler: one operation or a batch (JSON array), POST or GET, with the
 * status codes an Apollo-style server (which TI's `/helium` is) gives:
 * - 400 for a request that cannot run at all: no query, parse errors, validation errors (including
 *   "introspection disabled"), bad variables, over the complexity limit, unknown operation name;
 * - 405 for a mutation over GET or a method other than GET/POST;
 * - 200 with `data` (and `errors` for field errors) once execution starts.
 * A batch always answers 200 with an array: one result per operation, each with its own errors,
 * because one bad operation must not hide the others' results.
 */
import type { IncomingHttpHeaders } from 'node:http';
import {
  GraphQLError,
  execute,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { MAX_QUERY_POINTS } from '../../cost/index.js';
import type { SandboxContext } from './field-resolver.js';
import { selectOperation, type DocumentPreparer } from './prepared-document.js';

export interface GraphqlHttpRequest<Tenant> {
  method: string;
  url: URL;
  /** Parsed JSON body: an object or an array (batch); undefined for GET. */
  body: unknown;
  headers: IncomingHttpHeaders;
  tenant: Tenant;
}

export interface GraphqlHttpResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

interface OperationRequest {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

interface Outcome {
  status: number;
  result: ExecutionResult & { extensions?: Record<string, unknown> };
}

export interface HandlerDeps<Tenant> {
  schema: GraphQLSchema;
  preparer: DocumentPreparer;
  fieldResolver: GraphQLFieldResolver<unknown, SandboxContext<Tenant>>;
}

function requestError(status: number, message: string, code: string, extra?: readonly GraphQLError[]): Outcome {
  const errors = extra ? extra.map((e) => withCode(e, code)) : [new GraphQLError(message, { extensions: { code } })];
  return { status, result: { errors } };
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions['code']) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

export function createHandler<Tenant>(deps: HandlerDeps<Tenant>) {
  const { schema, preparer, fieldResolver } = deps;

  async function runOne(request: unknown, method: string, tenant: Tenant, authToken: string | undefined): Promise<Outcome> {
    if (request === null || typeof request !== 'object' || Array.isArray(request)) {
      return requestError(400, 'Each operation must be a JSON object with a "query" string.', 'BAD_REQUEST');
    }
    const { query, variables, operationName } = request as OperationRequest;
    if (typeof query !== 'string' || query.trim() === '') {
      return requestError(400, 'GraphQL operations must contain a non-empty `query`.', 'BAD_REQUEST');
    }
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
      return requestError(400, '`variables` must be a JSON object.', 'BAD_REQUEST');
    }
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
      return requestError(400, '`operationName` must be a string.', 'BAD_REQUEST');
    }
    const prepared = preparer.prepare(query);
    if (!prepared.ok) return requestError(400, '', prepared.code, prepared.errors);

    const operation = selectOperation(prepared.operations, operationName ?? undefined);
    if (typeof operation === 'string') return requestError(400, operation, 'BAD_REQUEST');
    if (method === 'GET' && operation.operation !== 'query') {
      return requestError(405, 'GET supports only query operations; send mutations with POST.', 'METHOD_NOT_ALLOWED');
    }
    const cost = preparer.cost(prepared, operation);
    if (cost > MAX_QUERY_POINTS) {
      return requestError(
        400,
        `Query complexity of ${cost} points exceeds the maximum of ${MAX_QUERY_POINTS} points per query.`,
        'QUERY_TOO_COMPLEX',
      );
    }

    const context: SandboxContext<Tenant> = { tenant, authToken, simulated: new Set() };
    const result = (await execute({
      schema,
      document: prepared.document,
      operationName: operation.name?.value,
      variableValues: (variables ?? undefined) as Record<string, unknown> | undefined,
      contextValue: context,
      fieldResolver,
    })) as Outcome['result'];
    // No `data` at all means the variables did not coerce: the request never ran.
    if (!('data' in result)) return requestError(400, '', 'BAD_USER_INPUT', result.errors);
    if (context.simulated.size > 0) result.extensions = { simulated: [...context.simulated] };
    return { status: 200, result };
  }

  return async function handle(input: GraphqlHttpRequest<Tenant>): Promise<GraphqlHttpResponse> {
    const method = input.method.toUpperCase();
    const header = input.headers['authtoken'];
    const authToken = Array.isArray(header) ? header[0] : header;

    if (method === 'GET') {
      const params = input.url.searchParams;
      let variables: unknown;
      const rawVariables = params.get('variables');
      if (rawVariables) {
        try {
          variables = JSON.parse(rawVariables);
        } catch {
          return toResponse(requestError(400, '`variables` query parameter is not valid JSON.', 'BAD_REQUEST'));
        }
      }
      const request = { query: params.get('query') ?? undefined, variables, operationName: params.get('operationName') ?? undefined };
      return toResponse(await runOne(request, method, input.tenant, authToken));
    }
    if (method !== 'POST') {
      return { ...toResponse(requestError(405, 'GraphQL accepts GET and POST only.', 'METHOD_NOT_ALLOWED')), headers: { allow: 'GET, POST' } };
    }
    if (Array.isArray(input.body)) {
      if (input.body.length === 0) return toResponse(requestError(400, 'A batch must contain at least one operation.', 'BAD_REQUEST'));
      const outcomes: Outcome[] = [];
      // Sequential, like the vendor's batch: mutations in a batch apply in order.
      for (const request of input.body) outcomes.push(await runOne(request, method, input.tenant, authToken));
      return { status: 200, body: outcomes.map((o) => serialize(o.result)) };
    }
    if (input.body === undefined || input.body === null) {
      return toResponse(requestError(400, 'POST body is missing: send {"query": ...} as JSON.', 'BAD_REQUEST'));
    }
    return toResponse(await runOne(input.body, method, input.tenant, authToken));
  };
}

function serialize(result: Outcome['result']): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (result.errors) body['errors'] = result.errors.map((e) => (e instanceof GraphQLError ? e.toJSON() : { message: String(e) }));
  if ('data' in result) body['data'] = result.data;
  if (result.extensions) body['extensions'] = result.extensions;
  return body;
}

function toResponse(outcome: Outcome): GraphqlHttpResponse {
  return { status: outcome.status, body: serialize(outcome.result) };
}
