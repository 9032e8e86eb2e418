/**
 * Runs a cached plan for one request: no parsing, no validation against the served schema, no
 * printing. The tenant request (pre-printed, variables passed through) and the gateway's root
 * fields start together; when the tenant answers, every collected parent of every attach point
 * goes through one cross-surface execution, so the REST calls for a whole page of users are issued
 * at once (the per-request loaders dedupe and cap them). The three results are merged in response
 * order; errors keep their paths (cross-surface ones moved to where their object sits) and their
 * typed original errors, so Yoga's masking gives them the same codes as on the stitched path.
 */
import { GraphQLError, getVariableValues, locatedError, type DocumentNode, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context.js';
import { TYPENAME_ALIAS, type AttachPoint, type Plan, type ResponseOrder, type Step } from './plan-types.js';
import { collectFields } from './selections.js';

export interface PlanRunnerDeps {
  /** The plan schema (gateway resolvers + synthetic parents fields). */
  schema: GraphQLSchema;
  /** POSTs a JSON body to the tenant's GraphQL endpoint and returns its parsed GraphQL response (typed errors on failure). */
  callTenant(body: string, context: GatewayContext): Promise<unknown>;
  /** Executes a gateway document (graphql-js execute, or a compiled equivalent). */
  executeGateway(document: DocumentNode, rootValue: unknown, variables: Record<string, unknown> | undefined, context: GatewayContext): Promise<ExecutionResult> | ExecutionResult;
  /** Executes a gateway document that may keep `@defer`/`@stream` (an executor that implements them). */
  executeIncremental(document: DocumentNode, rootValue: unknown, variables: Record<string, unknown> | undefined, context: GatewayContext): MaybeIncremental | Promise<MaybeIncremental>;
}

/** One execution's answer: a single result, or an initial one and the payloads that follow. */
export type MaybeIncremental = ExecutionResult | { initialResult: ExecutionResult & { incremental?: readonly IncrementalPayloadItem[] }; subsequentResults: AsyncGenerator<SubsequentPayload, void, void> };

/** A deferred fragment's data or a streamed list's items, at a path of the response. */
export interface IncrementalPayloadItem {
  data?: Record<string, unknown> | null;
  items?: readonly unknown[] | null;
  path?: ReadonlyArray<string | number>;
  label?: string;
  errors?: readonly GraphQLError[];
  extensions?: Record<string, unknown>;
}

export interface SubsequentPayload {
  incremental?: readonly IncrementalPayloadItem[];
  hasNext: boolean;
  extensions?: Record<string, unknown>;
}

/**
 * What an incremental run leaves for later: each gateway execution's payloads still to come, with
 * how its paths map into the response (the cross-surface execution's `[p0, 3, ...]` is the fourth
 * collected user's path).
 */
export interface LaterPayloads {
  streams: Array<{ results: AsyncIterator<SubsequentPayload, void, void>; at(path: Path): Path }>;
}

/** The initial result of an execution; what it defers goes onto `later` with its path mapping. */
async function initialOf(answer: MaybeIncremental | Promise<MaybeIncremental>, later: LaterPayloads, at: (path: Path) => Path): Promise<ExecutionResult> {
  const settled = await answer;
  if (!('initialResult' in settled)) return settled;
  const { incremental, hasNext: _hasNext, ...initial } = settled.initialResult as ExecutionResult & { incremental?: readonly IncrementalPayloadItem[]; hasNext?: boolean };
  // Parts the executor completed before the initial payload went out: delivered first thing after it.
  if (incremental?.length) later.streams.push({ results: once({ incremental, hasNext: false }), at });
  later.streams.push({ results: settled.subsequentResults, at });
  return initial;
}

async function* once(payload: SubsequentPayload): AsyncGenerator<SubsequentPayload, void, void> {
  yield payload;
}

const samePath = (path: Path): Path => path;

type Json = Record<string, unknown>;
export type Path = ReadonlyArray<string | number>;

interface Found {
  object: Json;
  path: Path;
  container: Json | unknown[];
  slot: string | number;
}

/** Every object at a path of the tenant's answer (lists flattened, nulls skipped, typename-filtered). */
function collect(data: Json, steps: readonly Step[], honourTypename: boolean): Found[] {
  const found: Found[] = [];
  const descend = (value: unknown, container: Json | unknown[], slot: string | number, path: Array<string | number>, depth: number, step: Step) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) descend(value[i], value, i, [...path, i], depth, step);
      return;
    }
    const object = value as Json;
    if (honourTypename && step.typename !== undefined && object[TYPENAME_ALIAS] !== step.typename) return;
    if (depth === steps.length - 1) found.push({ object, path, container, slot });
    else visit(object, path, depth + 1);
  };
  const visit = (object: Json, path: Array<string | number>, depth: number) => {
    const step = steps[depth]!;
    descend(object[step.key], object, step.key, [...path, step.key], depth, step);
  };
  visit(data, [], 0);
  return found;
}

function orderedKeys(order: ResponseOrder, fragments: Plan['fragments'], schema: GraphQLSchema, variables: Record<string, unknown>): readonly string[] {
  return order.fixed ?? [...collectFields(schema, fragments, order.type, order.selectionSets, variables).keys()];
}

/** Rebuilds one tenant object with its cross-surface fields, in response order, without the planner's aliases. */
function merge(tenant: Json, gateway: Json | null | undefined, keys: readonly string[], gatewayKeys: ReadonlySet<string>): Json {
  const out: Json = {};
  for (const key of keys) {
    if (gatewayKeys.has(key)) {
      if (gateway && key in gateway) out[key] = gateway[key];
    } else if (key in tenant) out[key] = tenant[key];
  }
  return out;
}

/** A tenant-reported error, at the same path (the tenant request keeps the client's response keys). */
function tenantError(error: GraphQLFormattedError | undefined, fallbackPath: Path | undefined): GraphQLError {
  const message = typeof error?.message === 'string' ? error.message : 'The tenant reported an error';
  const path = Array.isArray(error?.path) ? error.path : fallbackPath;
  return new GraphQLError(message, { ...(path ? { path } : {}), ...(error?.extensions ? { extensions: error.extensions } : {}) });
}

export async function runPlan(
  plan: Plan,
  deps: PlanRunnerDeps,
  rawVariables: Record<string, unknown> | undefined,
  context: GatewayContext,
  /** Given for an incremental plan: the gateway's executions keep @defer/@stream, and what they defer is left here. */
  later?: LaterPayloads,
): Promise<ExecutionResult> {
  const { operation } = plan;
  let variables: Record<string, unknown> = {};
  if (operation.variableDefinitions?.length) {
    const coerced = getVariableValues(deps.schema, operation.variableDefinitions, rawVariables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    variables = coerced.coerced;
  }

  // With @skip/@include the included root fields are known only now: a tenant whose every root
  // field is skipped is not called (nor reported failing), as on the stitched path.
  const rootKeys = orderedKeys(plan.rootOrder, plan.fragments, deps.schema, variables);
  const tenantRoots = plan.tenant && plan.rootOrder.fixed ? plan.tenant.rootFields : plan.tenant?.rootFields.filter((field) => rootKeys.includes(field.key));
  const tenantCall = plan.tenant && tenantRoots!.length > 0 ? deps.callTenant(tenantBody(plan.tenant, rawVariables), context).then(
    (json) => ({ json: json as { data?: Json | null; errors?: GraphQLFormattedError[] } }),
    (error: unknown) => ({ failed: error }),
  ) : undefined;
  const gatewayCall = plan.gatewayRoots
    ? later
      ? initialOf(deps.executeIncremental(plan.gatewayRoots.document, {}, rawVariables, context), later, samePath)
      : deps.executeGateway(plan.gatewayRoots.document, {}, rawVariables, context)
    : undefined;

  const errors: GraphQLError[] = [];
  let tenantData: Json | null | undefined;
  let gatewayResult: ExecutionResult | undefined;
  const tenantSide = tenantCall
    ? tenantCall.then(async (outcome) => {
        tenantData = tenantAnswer(outcome, tenantRoots!, errors);
        if (tenantData && plan.crossSurface) await attachCrossSurface(plan, plan.crossSurface.points, deps, tenantData, rawVariables, variables, context, errors, later);
      })
    : undefined;
  const gatewaySide = gatewayCall
    ? Promise.resolve(gatewayCall).then((result) => {
        gatewayResult = result;
      })
    : undefined;
  // graphql-js answers as soon as a non-null root field's error nulls `data`, with the errors
  // raised so far: so does the plan (the other side finishes unobserved).
  let nulled: (() => void) | undefined;
  const dataNulled = new Promise<void>((resolve) => (nulled = resolve));
  void tenantSide?.then(() => tenantData === null && nulled!(), () => {});
  void gatewaySide?.then(() => gatewayResult?.data === null && nulled!(), () => {});
  await Promise.race([Promise.all([tenantSide, gatewaySide]), dataNulled]);

  const all = gatewayResult?.errors ? [...gatewayResult.errors, ...errors] : [...errors];
  if (tenantData === null || gatewayResult?.data === null) return { errors: all, data: null };

  if (tenantData && plan.typenamePaths.length) {
    for (const path of plan.typenamePaths) for (const found of collect(tenantData, path, false)) delete found.object[TYPENAME_ALIAS];
  }
  const data = merge(tenantData ?? {}, (gatewayResult?.data ?? {}) as Json, rootKeys, plan.gatewayRoots?.keys ?? new Set<string>());
  return all.length > 0 ? { errors: all, data } : { data };
}

type TenantOutcome = { json: { data?: Json | null; errors?: GraphQLFormattedError[] } } | { failed: unknown };

/** The tenant's data (null when its failure nulls the whole response), its errors pushed onto `errors`. */
function tenantAnswer(outcome: TenantOutcome, rootFields: NonNullable<Plan['tenant']>['rootFields'], errors: GraphQLError[]): Json | null {
  // Each tenant root field carries a failure of the whole call, as each delegated field does on the
  // stitched path; graphql-js keeps only the first non-null root field's error (it nulls data and
  // stops listening) and each nullable one's. Same here.
  const everyRoot = (errorFor: (field: (typeof rootFields)[number]) => GraphQLError[]): Json | null => {
    let data: Json | null = {};
    for (const field of rootFields) {
      if (field.nonNull && data === null) continue;
      errors.push(...errorFor(field));
      if (field.nonNull) data = null;
      else if (data) data[field.key] = null;
    }
    return data;
  };
  if ('failed' in outcome) return everyRoot((field) => [locatedError(outcome.failed, field.nodes, [field.key])]);
  const { data, errors: reported } = outcome.json;
  if (data !== null && data !== undefined) {
    for (const error of reported ?? []) errors.push(tenantError(error, undefined));
    return data;
  }
  if (data === null && reported?.some((error) => Array.isArray(error.path))) {
    // The tenant's own null bubbling reached its root: its errors say where.
    for (const error of reported) errors.push(tenantError(error, undefined));
    return null;
  }
  // A request-level refusal (no data, no paths): every tenant root field carries it.
  return everyRoot((field) => (reported?.length ? reported : [undefined]).map((error) => tenantError(error, [field.key])));
}

function tenantBody(tenant: NonNullable<Plan['tenant']>, variables: Record<string, unknown> | undefined): string {
  if (tenant.variables.length === 0 || !variables) return `${tenant.bodyPrefix}}`;
  const passed: Record<string, unknown> = {};
  let any = false;
  for (const name of tenant.variables) {
    if (name in variables) {
      passed[name] = variables[name];
      any = true;
    }
  }
  return any ? `${tenant.bodyPrefix},"variables":${JSON.stringify(passed)}}` : `${tenant.bodyPrefix}}`;
}

async function attachCrossSurface(
  plan: Plan,
  points: readonly AttachPoint[],
  deps: PlanRunnerDeps,
  tenantData: Json,
  rawVariables: Record<string, unknown> | undefined,
  variables: Record<string, unknown>,
  context: GatewayContext,
  errors: GraphQLError[],
  later: LaterPayloads | undefined,
): Promise<void> {
  const found = points.map((point) => collect(tenantData, point.path, true));
  if (found.every((list) => list.length === 0)) return;
  const parents: Json = {};
  points.forEach((point, i) => {
    parents[point.alias] = found[i]!.map(({ object }) => {
      const parent: Json = {};
      for (const key of point.keys) parent[key.field] = object[key.alias];
      return parent;
    });
  });
  const byAlias = new Map(points.map((point, i) => [point.alias, i]));
  // `[p0, 3, ...rest]` (the fourth parent collected at point p0) is that object's path in the response.
  const inResponse = (path: Path): Path | undefined => {
    const [alias, index, ...rest] = path;
    const at = byAlias.get(alias as string);
    const where = at === undefined ? undefined : found[at]![index as number];
    return where ? [...where.path, ...rest] : undefined;
  };
  const result = later
    ? await initialOf(deps.executeIncremental(plan.crossSurface!.document, parents, rawVariables, context), later, (path) => inResponse(path) ?? path)
    : await deps.executeGateway(plan.crossSurface!.document, parents, rawVariables, context);
  for (const error of result.errors ?? []) {
    const path = error.path ? inResponse(error.path) : undefined;
    if (!path) {
      errors.push(error);
      continue;
    }
    errors.push(new GraphQLError(error.message, { nodes: error.nodes, path, originalError: error.originalError, extensions: error.extensions }));
  }
  const data = (result.data ?? {}) as Record<string, Array<Json | null> | undefined>;
  // Deepest first: an outer object is rebuilt after the inner ones were put into it.
  const order = points.map((_, i) => i).sort((a, b) => points[b]!.path.length - points[a]!.path.length);
  for (const i of order) {
    const point = points[i]!;
    const keys = orderedKeys(point.order, plan.fragments, deps.schema, variables);
    const answers = data[point.alias] ?? [];
    found[i]!.forEach((where, j) => {
      (where.container as Json)[where.slot as string] = merge(where.object, answers[j], keys, point.gatewayKeys);
    });
  }
}
