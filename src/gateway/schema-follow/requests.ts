/**
 * How requests read the served graph when it can be swapped: Yoga's schema is the one the request
 * started with (pinned per request: a batch's operations share it), and the query planner that
 * made a plan is the one that runs it.
 */
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryPlanner } from '../plan/index.js';
import type { ServedGraph } from './served-graph.js';

/**
 * Sets each request's schema to the served graph's at the request's first operation. (Yoga's own
 * schema factory would do the same for HTTP, but not for graphql-ws, which envelops without one.)
 */
export function useServedSchema(current: () => ServedGraph): Plugin {
  const pinned = new WeakMap<object, GraphQLSchema>();
  return {
    onEnveloped({ context, setSchema }) {
      const known = context as { request?: object; socket?: unknown; params?: object } | undefined;
      // Over HTTP, one request (a batch's operations share it); over graphql-ws, one operation:
      // the socket's request lives as long as the connection, its operations do not.
      const key = known?.socket !== undefined && known.params ? known.params : known?.request;
      let schema = key ? pinned.get(key) : undefined;
      if (!schema) {
        schema = current().schema;
        if (key) pinned.set(key, schema);
      }
      setSchema(schema);
    },
  };
}

/**
 * One planner over whichever graph is served: plans come from the current graph's planner (a
 * document it cannot plan stays on the stitched path, over the request's own schema), and each
 * plan runs on the planner that made it.
 */
export function followingPlanner(current: () => ServedGraph): QueryPlanner {
  const owners = new WeakMap<object, QueryPlanner>();
  return {
    plan(document, operationName, incremental) {
      const planner = current().planner;
      if (!planner) return { kind: 'fallback', reason: 'the query plan is off' };
      const plan = planner.plan(document, operationName, incremental);
      if (plan.kind === 'plan') owners.set(plan, planner);
      return plan;
    },
    run(plan, variables, context) {
      return (owners.get(plan) ?? current().planner!).run(plan, variables, context);
    },
    stream(plan, variables, context) {
      return (owners.get(plan) ?? current().planner!).stream(plan, variables, context);
    },
  };
}
