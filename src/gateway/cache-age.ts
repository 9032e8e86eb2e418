/**
 * `extensions.cache`: a result some of whose REST data the read cache answered from an entry past
 * its freshness (while a refresh was queued, rather than refuse the read) says how old that data
 * was: `{ "cache": { "stale": true, "age": <seconds> } }`, `age` as HTTP's Age header counts it.
 */
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from './context.js';

export function withCacheAge<R extends ExecutionResult>(result: R, context: Pick<GatewayContext, 'cacheReport'> | undefined): R {
  const ageMs = context?.cacheReport?.staleAgeMs;
  if (ageMs === undefined) return result;
  return { ...result, extensions: { ...result.extensions, cache: { stale: true, age: Math.floor(ageMs / 1000) } } };
}

/** The same for results Yoga executes (the planned path calls `withCacheAge` itself). */
export function useCacheAge(): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const aged = withCacheAge(result, args.contextValue);
          if (aged !== result) setResult(aged);
        },
      };
    },
  };
}
