/**
 * The Yoga plugin that runs planned operations: after parsing, validation, limits and scopes (all
 * Yoga's and the other plugins' as before), it swaps graphql-js's execute over the stitched schema
 * for the cached plan. Operations the planner leaves alone keep the stitched execution.
 */
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import type { QueryPlanner } from './planner.js';

export function useQueryPlan(planner: QueryPlanner): Plugin<GatewayContext> {
  return {
    onExecute({ args, setExecuteFn }) {
      const plan = planner.plan(args.document, args.operationName);
      if (plan.kind !== 'plan') return;
      setExecuteFn((execution) => planner.run(plan, execution.variableValues as Record<string, unknown> | undefined, execution.contextValue as GatewayContext));
    },
  };
}
