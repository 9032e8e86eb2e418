/**
 * A graphql-tools `Executor` for delegating to the tenant. Every remote call made while resolving
 * one gateway request goes out in the same tick as one JSON array POST (the tenant accepts arrays),
 * instead of one HTTP round trip per delegated root field. A batch of queries only is retried
 * (retry.ts); one that holds a mutation is sent once.
 */
import DataLoader from 'dataloader';
import { getOperationAST, print, type ExecutionResult } from 'graphql';
import type { ExecutionRequest, Executor } from '@graphql-tools/utils';
import { UpstreamError } from '../../errors/index.js';
import { parseGraphqlResponse, type TenantHttp } from './http.js';
import type { PostQuery } from './retry.js';

/** What the executor reads from the gateway's per-request context, when there is one. */
export interface TenantCallContext {
  /** TI's learner context header, forwarded as the client sent it. */
  authToken?: string | undefined;
  /**
   * Calls made under the same scope object share batches. Defaults to the context itself; a server
   * that builds one context per operation of a client batch passes one object shared by all of them.
   */
  batchScope?: object | undefined;
}

interface WireRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Wire requests of a mutation (or a subscription): a batch holding one is never retried. */
const notReadOnly = new WeakSet<WireRequest>();

function toWire(request: ExecutionRequest): WireRequest {
  // Stitching builds a fresh document for every delegation, so there is nothing to cache here.
  const wire: WireRequest = { query: print(request.document) };
  if (request.variables && Object.keys(request.variables).length > 0) wire.variables = request.variables;
  if (request.operationName) wire.operationName = request.operationName;
  const type = request.operationType ?? getOperationAST(request.document, request.operationName)?.operation;
  if (type !== 'query') notReadOnly.add(wire);
  return wire;
}

/** `query` (retrying POST of read-only bodies); absent, every batch is sent once. */
export function createTenantExecutor(http: TenantHttp, path: string, query?: PostQuery): Executor {
  const send = async (batch: readonly WireRequest[], authToken: string | undefined): Promise<ExecutionResult[]> => {
    const body = JSON.stringify(batch.length === 1 ? batch[0] : batch);
    const readOnly = query !== undefined && batch.every((wire) => !notReadOnly.has(wire));
    const json = parseGraphqlResponse(await (readOnly ? query(body, { authToken }) : http.post(body, { authToken })), path);
    const results = batch.length === 1 ? [json] : json;
    if (!Array.isArray(results) || results.length !== batch.length) {
      throw new UpstreamError({ method: 'POST', path, serverMessage: `expected ${batch.length} results in the batch response` });
    }
    return results as ExecutionResult[];
  };

  // One loader per gateway request (keyed by its batch scope): batching never mixes clients.
  const loaders = new WeakMap<object, DataLoader<WireRequest, ExecutionResult>>();
  const loaderFor = (context: object & TenantCallContext) => {
    const scope = context.batchScope ?? context;
    let loader = loaders.get(scope);
    if (!loader) {
      loader = new DataLoader((batch) => send(batch, context.authToken), { cache: false });
      loaders.set(scope, loader);
    }
    return loader;
  };

  return (async (request: ExecutionRequest) => {
    const wire = toWire(request);
    const context = request.context as (object & TenantCallContext) | undefined;
    if (!context || typeof context !== 'object') return (await send([wire], undefined))[0]!;
    return loaderFor(context).load(wire);
  }) as Executor;
}
