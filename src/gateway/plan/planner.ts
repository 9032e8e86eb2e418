/**
 * The query planner: one plan per (document, operation), built once and kept in a bounded LRU, and
 * the runner that executes a plan with the gateway's resolvers and the tenant's HTTP client.
 */
import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { TenantHttp } from '../../tenant/index.js';
import { parseGraphqlResponse } from '../../tenant/index.js';
import type { Logger } from '../../util/index.js';
import type { GatewayContext } from '../context.js';
import type { SchemaExtension } from '../extension.js';
import { buildPlan, type Fallback, type Plan } from './build-plan.js';
import { buildPlanSchema } from './plan-schema.js';
import { runPlan, type PlanRunnerDeps } from './run-plan.js';

export interface QueryPlannerOptions {
  /** The served (unified) schema: plans are validated against it. */
  schema: GraphQLSchema;
  tenantSchema: GraphQLSchema;
  extensions: readonly SchemaExtension[];
  extensionFields: ReadonlySet<string>;
  /** The tenant's GraphQL endpoint (the pass-through's keep-alive pool). */
  tenantHttp: Pick<TenantHttp, 'post'>;
  /** The endpoint's path with the key masked, for typed errors. */
  tenantPath: string;
  logger: Logger;
  /** Documents kept (each with its operations' plans); default 1,000. */
  cacheSize?: number;
}

export interface QueryPlanner {
  /** The cached plan for an operation of a (validated) document, or why it stays on the stitched path. */
  plan(document: DocumentNode, operationName: string | undefined | null): Plan | Fallback;
  run(plan: Plan, variables: Record<string, unknown> | undefined, context: GatewayContext): Promise<ExecutionResult>;
}

export function createQueryPlanner(options: QueryPlannerOptions): QueryPlanner {
  const planSchema = buildPlanSchema(options.tenantSchema, options.extensions);
  const context = { schema: options.schema, plan: planSchema, extensionFields: options.extensionFields };
  const cache = new LRUCache<DocumentNode, Map<string, Plan | Fallback>>({ max: options.cacheSize ?? 1_000 });
  const logger = options.logger.child({ component: 'query-plan' });

  const deps: PlanRunnerDeps = {
    schema: planSchema.schema,
    async callTenant(body, requestContext) {
      const response = await options.tenantHttp.post(body, { authToken: requestContext.authToken });
      return parseGraphqlResponse(response, options.tenantPath);
    },
    executeGateway: (document, rootValue, variableValues, contextValue) =>
      execute({ schema: planSchema.schema, document, rootValue, contextValue, variableValues: variableValues ?? {} }) as Promise<ExecutionResult> | ExecutionResult,
  };

  return {
    plan(document, operationName) {
      let plans = cache.get(document);
      if (!plans) {
        plans = new Map();
        cache.set(document, plans);
      }
      const name = operationName ?? '';
      let plan = plans.get(name);
      if (!plan) {
        plan = buildPlan(context, document, operationName);
        if (plan.kind === 'fallback') logger.debug({ reason: plan.reason }, 'operation stays on stitched execution');
        plans.set(name, plan);
      }
      return plan;
    },
    run: (plan, variables, requestContext) => runPlan(plan, deps, variables, requestContext),
  };
}
