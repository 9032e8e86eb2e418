/**
 * The Yoga plugin that runs planned operations: after parsing, validation, limits and scopes (all
 * Yoga's and the other plugins' as before), it swaps graphql-js's execute over the stitched schema
 * for the cached plan. Operations the planner leaves alone keep the stitched execution.
 */
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { acceptsIncremental, hasDeferOrStream } from '../incremental/index.js';
import type { QueryPlanner } from './planner.js';

export function useQueryPlan(planner: QueryPlanner): Plugin<GatewayContext> {
  return {
    onExecute({ args, setExecuteFn }) {
      // @defer/@stream are kept only for a client that asked for multipart/mixed or SSE by name.
      const request = (args.contextValue as { request?: Request }).request;
      const incremental = hasDeferOrStream(args.document) && acceptsIncremental(request?.headers.get('accept'));
      const plan = planner.plan(args.document, args.operationName, incremental);
      if (plan.kind !== 'plan') return;
      setExecuteFn((execution) => planner.stream(plan, execution.variableValues as Record<string, unknown> | undefined, execution.contextValue as GatewayContext));
    },
  };
}
