/**
 * A graphql-tools `Executor` for delegating to the tenant: each delegated root field is queued on
 * the tenant batcher (batcher.ts), so every remote call made while resolving one gateway request
 * goes out in the same tick as one JSON array POST, shared with the query plan's tenant calls.
 */
import { getOperationAST, print, type ExecutionResult } from 'graphql';
import type { ExecutionRequest, Executor } from '@graphql-tools/utils';
import type { TenantBatch, TenantCallContext } from './batcher.js';

export function createTenantExecutor(batch: TenantBatch): Executor {
  return (async (request: ExecutionRequest) => {
    // Stitching builds a fresh document for every delegation, so there is nothing to cache here.
    const wire: { query: string; variables?: Record<string, unknown>; operationName?: string } = { query: print(request.document) };
    if (request.variables && Object.keys(request.variables).length > 0) wire.variables = request.variables;
    if (request.operationName) wire.operationName = request.operationName;
    const type = request.operationType ?? getOperationAST(request.document, request.operationName)?.operation;
    const context = request.context as (object & TenantCallContext) | undefined;
    // Without a request context (a call of its own), the call is its own batch scope.
    const scope = context && typeof context === 'object' ? context : {};
    return (await batch(JSON.stringify(wire), scope, type === 'query')) as ExecutionResult;
  }) as Executor;
}
