/**
 * The Yoga server for what the front door leaves to it (front-door/door.ts): GET, SSE and
 * multipart answers, uploads, GraphiQL, subscriptions, operations without a query plan, batches the
 * gateway executes. It gets them admitted (client, request id, body read). Limits
 * (src/gateway/limits) and scopes apply here exactly as in the door's fast-path checks.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError, NoSchemaIntrospectionCustomRule, getOperationAST, type GraphQLSchema } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { GatewayConfig } from '../config/index.js';
import type { Logger } from '../util/index.js';
import type { GatewayContext } from './context.js';
import { useRequestIdOnErrors, type ErrorMasker } from './errors.js';
import { documentLimits, useDocumentLimits } from './limits/index.js';
import { useIncrementalDelivery } from './incremental/index.js';
import { GRAPHQL_PATH, corsPolicy, type FrontDoorServerContext } from './front-door/index.js';
import { hasScope, isIntrospectionOnly, requiredScope, type FieldScopes } from './scopes.js';

/** Most operations one batched request may carry (Yoga refuses more; the fast path forwards no more). */
export const MAX_BATCH_OPERATIONS = 20;

export type GatewayYoga = YogaServerInstance<FrontDoorServerContext, GatewayContext>;

export interface GatewayYogaOptions {
  schema: GraphQLSchema;
  fieldScopes: FieldScopes;
  gateway: GatewayConfig;
  logger: Logger;
  /** The one masker (`createErrorMasker`): the front door words its results' errors with it too. */
  maskError: ErrorMasker;
  /** Prefilled in GraphiQL's header editor (development only). */
  graphiqlHeaders: Record<string, string>;
  /** More plugins (the trusted-documents gate). */
  plugins?: ReadonlyArray<Plugin>;
  /** Yoga's side of the front door (access line, connection handling, admission release, health, webhooks, bounds): before Yoga's own work. */
  frontDoor: ReadonlyArray<Plugin<Record<string, unknown>, FrontDoorServerContext>>;
  /** Builds the GraphQL context of a request the front door let through (from its authenticated state). */
  context(serverContext: FrontDoorServerContext): Partial<GatewayContext>;
  /** The largest body Yoga reads (the front door already refuses larger ones). */
  maxRequestBytes: number;
}

/** Refuses an operation whose root fields need a scope the client's token lacks. */
function useScopes(fieldScopes: FieldScopes): Plugin<GatewayContext> {
  const check = (args: { document: Parameters<typeof getOperationAST>[0]; operationName?: string | null | undefined; contextValue: GatewayContext }) => {
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return undefined;
    const needed = requiredScope(args.document, operation, fieldScopes);
    const client = args.contextValue.client;
    if (hasScope(client.scopes, needed)) return undefined;
    // The `schema` scope reads the schema (CI's drift check against a production gateway), nothing more.
    if (hasScope(client.scopes, 'schema') && isIntrospectionOnly(operation)) return undefined;
    return new GraphQLError(
      `this ${operation.operation} needs the "${needed}" scope; the client token "${client.name}" has ${client.scopes.join(', ') || 'none'}`,
      { extensions: { code: 'FORBIDDEN' } },
    );
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args as never);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args as never);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

/** A client holding the `schema` scope may introspect in production; no one else may. */
function holdsSchemaScope(context: unknown): boolean {
  const known = context as (Partial<FrontDoorServerContext> & Partial<GatewayContext>) | undefined;
  const client = known?.client ?? known?.frontDoor?.client;
  return client !== undefined && hasScope(client.scopes, 'schema');
}

function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule, context }) {
      if (holdsSchemaScope(context)) return;
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** What GraphiQL opens with: one query across both surfaces. */
const GRAPHIQL_DEFAULT_QUERY = `# ti-graph: the tenant's GraphQL API and its REST-only operations as one graph.
# The Authorization header (below) carries your client token.
query Example {
  CurrentUser {
    email
    firstName
  }
  users(perPage: 5) {
    total
    items {
      email
      active
    }
  }
}
`;

// The page inlines GraphiQL's 9 MB bundle (so it works offline): render it once, not per visit.
let renderedPage: { key: string; page: string } | undefined;
function renderGraphiQLOnce(options: Parameters<typeof renderGraphiQL>[0]): string {
  const key = JSON.stringify(options ?? {});
  if (renderedPage?.key !== key) renderedPage = { key, page: renderGraphiQL(options) };
  return renderedPage.page;
}

export function createGatewayYoga(options: GatewayYogaOptions): GatewayYoga {
  const { gateway, logger } = options;
  const { maskError } = options;
  const plugins: Array<Plugin<GatewayContext>> = [
    ...(options.frontDoor as Array<Plugin<GatewayContext>>),
    useDocumentLimits(documentLimits(gateway), holdsSchemaScope) as Plugin<GatewayContext>,
    useRequestIdOnErrors(logger) as Plugin<GatewayContext>,
    useScopes(options.fieldScopes),
    // Before the query plan's plugin: planned operations get their deferred parts from the plan.
    useIncrementalDelivery({ maskError, logger }) as Plugin<GatewayContext>,
  ];
  if (gateway.production) plugins.push(useNoIntrospection() as Plugin<GatewayContext>);
  for (const plugin of options.plugins ?? []) plugins.push(plugin as Plugin<GatewayContext>);
  const yogaLogger = logger.child({ component: 'yoga' });
  return createYoga<FrontDoorServerContext, GatewayContext>({
    schema: options.schema,
    context: (initial) => options.context(initial) as GatewayContext,
    maxRequestBodySize: options.maxRequestBytes,
    cors: corsPolicy(gateway.corsOrigins),
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    healthCheckEndpoint: '/yoga-health',
    graphiql: gateway.production
      ? false
      : { title: 'ti-graph', headers: JSON.stringify(options.graphiqlHeaders, null, 2), defaultQuery: GRAPHIQL_DEFAULT_QUERY },
    renderGraphiQL: renderGraphiQLOnce,
    batching: { limit: MAX_BATCH_OPERATIONS },
    maskedErrors: { maskError },
    logging: {
      // Yoga logs several debug lines per request: skip building them unless debug is on.
      debug: (...args) => yogaLogger.isLevelEnabled('debug') && yogaLogger.debug(args.map(String).join(' ')),
      info: (...args) => yogaLogger.info(args.map(String).join(' ')),
      warn: (...args) => yogaLogger.warn(args.map(String).join(' ')),
      error: (...args) => yogaLogger.error(args.map(String).join(' ')),
    },
    plugins,
  }) as unknown as GatewayYoga;
}
