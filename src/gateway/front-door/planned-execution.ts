/**
 * Operations the gateway executes itself (REST and cross-surface fields), run by the door
 * straight from their cached query plan: no fetch Request, Headers or Response, no Yoga parse,
 * validate or envelop hooks per request. The door only takes what Yoga would run unchanged (the
 * fast path's checks: valid, within limits, variables that coerce, scopes covered), after
 * admission control. One without a plan (stitched execution) is Yoga's.
 *
 * The door answers every result it computes, with or without errors, as Yoga's door would: the
 * response-size refusal (`responseTooLarge`, the limits plugin's), the stale-cache extension, then
 * the one masker (`maskResult`: request ids on errors, a log line per failed tenant call, the
 * masker's wording), and for a result with errors Yoga's own status and serialisation
 * (`processRegularResult`). The operation runs once; nothing is handed on to Yoga.
 */
import type { ExecutionResult } from 'graphql';
import { processRegularResult } from 'graphql-yoga';
import type { Logger } from '../../util/index.js';
import { withCacheAge } from '../cache-age.js';
import type { GatewayContext } from '../context.js';
import { maskResult, type ErrorMasker } from '../errors.js';
import { responseTooLarge } from '../limits/index.js';
import type { QueryPlanner } from '../plan/index.js';
import type { DoorAnswer, DoorStep } from './door.js';
import type { Execution } from './fast-path.js';
import type { Negotiated } from './media-type.js';
import type { FrontDoorState } from './state.js';

export interface PlannedExecutionOptions {
  planner: Pick<QueryPlanner, 'plan' | 'run'>;
  /** The request's GraphQL context, the one Yoga's context factory gives the same request. */
  context(state: FrontDoorState): GatewayContext;
  /** Larger results are refused (`responseBytes`), as the limits plugin refuses them on Yoga's door. */
  maxResponseBytes: number;
  /** The one masker (`createErrorMasker`), the one Yoga's door masks with. */
  maskError: ErrorMasker;
  logger: Logger;
}

export interface PlannedExecution {
  /** The answer to write, or undefined when the operation has no plan (stitched execution is Yoga's). */
  run(execution: Execution, state: FrontDoorState, mediaType: Exclude<Negotiated, 'other'>): Promise<DoorAnswer> | undefined;
}

/** Only the Response constructor is used by processRegularResult. */
const FETCH_API = { Response } as unknown as Parameters<typeof processRegularResult>[1];

export function createPlannedExecution(options: PlannedExecutionOptions): PlannedExecution {
  const { planner, maxResponseBytes, maskError, logger } = options;

  /** A result with errors (or over the limit), as Yoga's door answers it. */
  const answerWithErrors = async (result: ExecutionResult, state: FrontDoorState, mediaType: Exclude<Negotiated, 'other'>): Promise<DoorAnswer> => {
    const response = processRegularResult(maskResult(result, state.requestId, maskError, logger), FETCH_API, mediaType);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return { status: response.status, headers, body: await response.text() };
  };

  const execute = async (plan: Parameters<typeof planner.run>[0], execution: Execution, state: FrontDoorState, mediaType: Exclude<Negotiated, 'other'>): Promise<DoorAnswer> => {
    state.route = 'yoga';
    const context = options.context(state);
    const raw = await planner.run(plan, execution.variables as Record<string, unknown> | undefined, context);
    // The size is the limits plugin's measure: the result as executed, before the cache's extension.
    const json = JSON.stringify(raw);
    const bytes = Buffer.byteLength(json);
    if (bytes > maxResponseBytes) return answerWithErrors(withCacheAge(responseTooLarge(maxResponseBytes, bytes), context), state, mediaType);
    const result = withCacheAge(raw, context);
    if (result.errors?.length) return answerWithErrors(result, state, mediaType);
    // What Yoga writes for a result without errors: the result as JSON, nothing added.
    return { status: 200, headers: { 'content-type': `${mediaType}; charset=utf-8` }, body: result === raw ? json : JSON.stringify(result) };
  };

  return {
    run(execution, state, mediaType) {
      const plan = planner.plan(execution.document, execution.operationName);
      return plan.kind === 'plan' ? execute(plan, execution, state, mediaType) : undefined;
    },
  };
}

/** The door's concern: an operation the fast path picked out for execution, run from its plan. */
export function plannedExecution(planned: PlannedExecution): DoorStep {
  return ({ execution, state }) => (execution ? planned.run(execution.execution, state, execution.mediaType) : undefined);
}
