/**
 * Operations the gateway executes itself (REST and cross-surface fields), run by the fast lane
 * straight from their cached query plan: no fetch Request, Headers or Response, no Yoga parse,
 * validate or envelop hooks per request. The lane only takes what Yoga would run unchanged (the
 * fast path's checks: valid, within limits, variables that coerce, scopes covered), and admits it
 * through the same admission control.
 *
 * A result with errors (or over the response limit) is not worded here: the request goes on to
 * Yoga with the result on its state, and `useLaneResult` makes Yoga answer with it in place of
 * executing the operation again (a mutation runs once). So masking, request ids on errors, the
 * tenant-failure log lines, HTTP status and the size refusal are Yoga's, as on its own path.
 */
import { withCacheAge } from '../cache-age.js';
import type { ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import type { QueryPlanner } from '../plan/index.js';
import type { AdmissionControl } from './admission.js';
import type { Execution } from './fast-path.js';
import type { Negotiated } from './media-type.js';
import type { FrontDoorServerContext, FrontDoorState } from './state.js';

export interface PlannedExecutionOptions {
  planner: Pick<QueryPlanner, 'plan' | 'run'>;
  /** The request's GraphQL context, the one Yoga's context factory gives the same request. */
  context(state: FrontDoorState): GatewayContext;
  admission: AdmissionControl;
  /** Larger results go to Yoga, whose limits plugin refuses them. */
  maxResponseBytes: number;
}

export interface LaneAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

export interface PlannedExecution {
  /**
   * The answer to write, or 'yoga' when Yoga must answer: the operation has no plan (stitched
   * execution), or its result is on `state.executed` for Yoga to word.
   */
  run(execution: Execution, state: FrontDoorState, res: ServerResponse, mediaType: Exclude<Negotiated, 'other'>, accept: string | null): Promise<LaneAnswer | 'yoga'>;
}

export function createPlannedExecution(options: PlannedExecutionOptions): PlannedExecution {
  const { planner, admission, maxResponseBytes } = options;
  return {
    async run(execution, state, res, mediaType, accept) {
      const plan = planner.plan(execution.document, execution.operationName);
      if (plan.kind !== 'plan') return 'yoga';
      state.operationName = execution.name;
      if (!(await admission.admit(state, res))) return admission.shed(state, accept);
      const context = options.context(state);
      const result = withCacheAge(await planner.run(plan, execution.variables as Record<string, unknown> | undefined, context), context);
      if (!result.errors) {
        // What Yoga writes for a result without errors: the result as JSON, nothing added.
        const body = Buffer.from(JSON.stringify(result));
        if (body.length <= maxResponseBytes) {
          state.route = 'yoga';
          return { status: 200, headers: { 'content-type': `${mediaType}; charset=utf-8` }, body };
        }
      }
      state.executed = result;
      return 'yoga';
    },
  };
}

/**
 * Yoga's side of the hand-over: a request whose operation the lane executed already is answered
 * with that result. Registered after every other plugin that sets the execute function (the
 * query plan's), so it has the last word; the checks before execution run again and pass.
 */
export function useLaneResult(): Plugin {
  return {
    onExecute({ args, setExecuteFn }) {
      const state = (args.contextValue as FrontDoorServerContext).frontDoor;
      const result = state?.executed;
      if (!result) return;
      state.executed = undefined;
      setExecuteFn(() => result);
    },
  };
}
