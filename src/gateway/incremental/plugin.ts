/**
 * `@defer` and `@stream` on Yoga's path: Yoga's plugin (the directives' validation rules; the
 * multipart/mixed and SSE writers are Yoga's own), the whole result at once for what the gateway
 * does not execute from a query plan, and the errors inside incremental payloads treated as every
 * other error (Yoga's masking sees only a payload's top-level `errors`).
 *
 * Where the deferred parts come from is the query plan's business (plan/run-incremental.ts): its
 * plugin, registered after this one, replaces the execution of every planned operation. What is
 * left here is stitched execution (the planner's fallbacks, or `queryPlan: false`), which would
 * send the directives on to TI's GraphQL API, which has no `@defer`: so those documents run
 * without them, and the client gets one complete result (the incremental-delivery RFC allows a
 * server to ignore both directives).
 */
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import type { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Logger } from '../../util/index.js';
import { logTenantFailure, stampRequestId } from '../errors.js';
import { hasDeferOrStream, withoutDeferOrStream } from './directives.js';

export interface IncrementalDeliveryOptions {
  /** Yoga's error masker (`createErrorMasker`): applied to the errors inside incremental payloads. */
  maskError(error: unknown): Error;
  logger: Logger;
}

interface Payload {
  errors?: readonly GraphQLError[];
  incremental?: ReadonlyArray<{ errors?: readonly GraphQLError[] }>;
}

export function useIncrementalDelivery(options: IncrementalDeliveryOptions): Plugin<{ requestId?: string }> {
  const { maskError, logger } = options;
  const forClient = (errors: readonly GraphQLError[], requestId: string | undefined, mask: boolean) =>
    errors.map((error) => {
      if (!requestId) return mask ? (maskError(error) as GraphQLError) : error;
      logTenantFailure(logger, error, requestId);
      const stamped = stampRequestId(error, requestId);
      return mask ? (maskError(stamped) as GraphQLError) : stamped;
    });
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(useDeferStream() as never);
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!hasDeferOrStream(args.document)) return undefined;
      setExecuteFn((execution) => executeFn({ ...execution, document: withoutDeferOrStream(execution.document) }));
      const requestId = args.contextValue.requestId;
      return {
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result)) return undefined;
          return {
            onNext({ result: payload, setResult }) {
              const { errors, incremental } = payload as Payload;
              if (!errors?.length && !incremental?.some((item) => item.errors?.length)) return;
              setResult({
                ...payload,
                // Top-level errors: Yoga masks them after this (its masking runs last).
                ...(errors?.length ? { errors: forClient(errors, requestId, false) } : {}),
                ...(incremental ? { incremental: incremental.map((item) => (item.errors?.length ? { ...item, errors: forClient(item.errors, requestId, true) } : item)) } : {}),
              } as never);
            },
          };
        },
      };
    },
  };
}
