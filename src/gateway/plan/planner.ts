/**
 * The query planner: one plan per (document, operation), built once and kept in a bounded LRU, and
 * the runner that executes a plan with the gateway's resolvers and the tenant's HTTP client.
 */
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { execute as executeIncremental } from '@graphql-tools/executor';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { isPrintedQueryBody, type TenantBatch } from '../../tenant/index.js';
import type { Logger } from '../../util/index.js';
import type { GatewayContext } from '../context.js';
import type { SchemaExtension } from '../schema-extension.js';
import { buildPlan } from './build-plan.js';
import type { Fallback, Plan } from './plan-types.js';
import { buildPlanSchema } from './plan-schema.js';
import { runIncrementalPlan, type IncrementalPayload } from './run-incremental.js';
import { runPlan, type MaybeIncremental, type PlanRunnerDeps } from './run-plan.js';

export interface QueryPlannerOptions {
  /** The served (unified) schema: plans are validated against it. */
  schema: GraphQLSchema;
  tenantSchema: GraphQLSchema;
  extensions: readonly SchemaExtension[];
  extensionFields: ReadonlySet<string>;
  /** The tenant batcher (the tenant client's `batch`): a plan's tenant calls share its batches with the stitched executor's. */
  tenantBatch: TenantBatch;
  logger: Logger;
  /** Documents kept (each with its operations' plans); default 1,000. */
  cacheSize?: number;
}

export interface QueryPlanner {
  /**
   * The cached plan for an operation of a (validated) document, or why it stays on the stitched
   * path. `incremental`: the client takes incremental delivery (multipart/mixed or SSE), so a plan
   * keeps the document's `@defer`/`@stream`; otherwise they are ignored (the whole result at once).
   */
  plan(document: DocumentNode, operationName: string | undefined | null, incremental?: boolean): Plan | Fallback;
  /** Runs a plan built without incremental delivery. */
  run(plan: Plan, variables: Record<string, unknown> | undefined, context: GatewayContext): Promise<ExecutionResult>;
  /** Runs any plan: an incremental one answers with its payloads when something was deferred. */
  stream(plan: Plan, variables: Record<string, unknown> | undefined, context: GatewayContext): Promise<ExecutionResult | AsyncIterableIterator<IncrementalPayload>>;
}

/**
 * graphql-jit leaves `nodes` (and sometimes `locations`) off its errors, and the error masker
 * rebuilds errors from their nodes: find the field nodes at the error's path in the (planner-built,
 * original-node) document, as graphql-js has them.
 */
function withLocations(document: DocumentNode, result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((error) => !error.nodes?.length && error.path)) return result;
  const errors = result.errors.map((error) =>
    error.nodes?.length || !error.path
      ? error
      : new GraphQLError(error.message, { nodes: fieldNodesAt(document, error.path), path: error.path, originalError: error.originalError, extensions: error.extensions }),
  );
  return { ...result, errors };
}

function fieldNodesAt(document: DocumentNode, path: ReadonlyArray<string | number>): FieldNode[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  let sets: SelectionSetNode[] = [operation.selectionSet];
  let nodes: FieldNode[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    nodes = [];
    const visit = (set: SelectionSetNode, seen: Set<string>) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if ((selection.alias?.value ?? selection.name.value) === segment) nodes.push(selection);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
        else if (!seen.has(selection.name.value) && fragments.has(selection.name.value)) {
          seen.add(selection.name.value);
          visit(fragments.get(selection.name.value)!.selectionSet, seen);
        }
      }
    };
    for (const set of sets) visit(set, new Set());
    sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  }
  return nodes;
}

export function createQueryPlanner(options: QueryPlannerOptions): QueryPlanner {
  const planSchema = buildPlanSchema(options.tenantSchema, options.extensions);
  const context = { schema: options.schema, plan: planSchema, extensionFields: options.extensionFields };
  const cache = new LRUCache<DocumentNode, Map<string, Plan | Fallback>>({ max: options.cacheSize ?? 1_000 });
  const logger = options.logger.child({ component: 'query-plan' });

  const deps: PlanRunnerDeps = {
    schema: planSchema.schema,
    // The body is the planner's own print: queries only are retried, a mutation is sent once.
    callTenant: (body, requestContext) => options.tenantBatch(body, requestContext, isPrintedQueryBody(body)),
    // graphql-jit: the gateway documents are compiled once per plan (measured 6x faster than
    // graphql-js on the mixed query's REST part).
    executeGateway: async (document, rootValue, variableValues, contextValue) => withLocations(document, await compiled(document).query(rootValue, contextValue, variableValues ?? {})),
    // graphql-jit and graphql-js 16 have no @defer/@stream: graphql-tools' executor (Yoga's own) does.
    executeIncremental: (document, rootValue, variableValues, contextValue) =>
      executeIncremental({ schema: planSchema.schema, document, rootValue, contextValue, variableValues: variableValues ?? {} }) as MaybeIncremental | Promise<MaybeIncremental>,
  };

  // One compiled query per gateway document of a plan: compiled on its first run, dropped with its plan.
  const compiledQueries = new WeakMap<DocumentNode, CompiledQuery>();
  const compiled = (document: DocumentNode): CompiledQuery => {
    let query = compiledQueries.get(document);
    if (!query) {
      const result = compileQuery(planSchema.schema, document);
      // The documents are the planner's own, built from a validated one: a refusal is a planner bug.
      if (!isCompiledQuery(result)) throw new Error(`graphql-jit refused a plan document: ${result.errors?.map((e) => e.message).join('; ')}`);
      query = result;
      compiledQueries.set(document, query);
    }
    return query;
  };

  return {
    plan(document, operationName, incremental = false) {
      let plans = cache.get(document);
      if (!plans) {
        plans = new Map();
        cache.set(document, plans);
      }
      // An operation name cannot hold a space: the incremental plan of an operation has its own key.
      const name = incremental ? `${operationName ?? ''} incremental` : operationName ?? '';
      let plan = plans.get(name);
      if (!plan) {
        plan = buildPlan(context, document, operationName, incremental);
        if (plan.kind === 'fallback') logger.debug({ reason: plan.reason }, 'operation stays on stitched execution');
        plans.set(name, plan);
      }
      return plan;
    },
    run: (plan, variables, requestContext) => runPlan(plan, deps, variables, requestContext),
    stream: (plan, variables, requestContext) => (plan.incremental ? runIncrementalPlan(plan, deps, variables, requestContext) : runPlan(plan, deps, variables, requestContext)),
  };
}
