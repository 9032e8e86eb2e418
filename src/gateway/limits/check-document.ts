/**
 * The one verdict on a parsed document, shared by the Yoga plugin, the fast path's router and (later)
 * the query planner, so every path refuses the same documents with the same error.
 */
import { GraphQLError, getIntrospectionQuery, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { documentLimitError } from './errors.js';
import { MAX_FRAGMENT_CHAIN, estimateDocument, type DocumentEstimate, type EstimateOptions } from './estimate.js';
import type { DocumentLimits } from './options.js';
import { tenantPoints } from './tenant-points.js';

export interface CheckOptions extends EstimateOptions {
  schema: GraphQLSchema;
  limits: DocumentLimits;
}

export interface DocumentVerdict {
  estimate: DocumentEstimate;
  /** The refusal, when the document is over a limit. */
  error: GraphQLError | undefined;
  /** True when the refusal depends on the request's variables (a page size given by one): not to be cached by document. */
  dependsOnVariables: boolean;
}

const introspectionBudgets = new WeakMap<GraphQLSchema, number>();

/**
 * What introspection may cost: a little over what GraphiQL's full introspection query costs on this
 * schema, so tools work, and a document asking for the schema twice over does not.
 */
function introspectionBudget(schema: GraphQLSchema): number {
  let budget = introspectionBudgets.get(schema);
  if (budget === undefined) {
    const full = parse(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
    );
    budget = Math.ceil(1.25 * estimateDocument(schema, full).introspectionCost);
    introspectionBudgets.set(schema, budget);
  }
  return budget;
}

export function checkDocument(document: DocumentNode, options: CheckOptions): DocumentVerdict {
  const { schema, limits } = options;
  const estimate = estimateDocument(schema, document, options);
  // Shape limits first: they hold whatever the variables, and they are what protects validation.
  const refuse = (error: GraphQLError, byVariables = false): DocumentVerdict => ({ estimate, error, dependsOnVariables: byVariables && estimate.variableSlicing });
  if (estimate.introspection && !limits.introspection) {
    // The wording graphql-js's NoSchemaIntrospectionCustomRule uses, so clients see one message.
    return refuse(documentLimitError('introspection', 'GraphQL introspection has been disabled.', 0));
  }
  const maxChain = Math.min(limits.maxNesting, MAX_FRAGMENT_CHAIN);
  if (estimate.fragmentChain > maxChain) {
    return refuse(documentLimitError('nesting', `Document nesting limit of ${maxChain} exceeded (fragments spread inside fragments).`, maxChain));
  }
  if (estimate.aliases > limits.maxAliases) {
    return refuse(documentLimitError('aliases', `Aliases limit of ${limits.maxAliases} exceeded, found ${estimate.aliases}.`, limits.maxAliases, estimate.aliases));
  }
  if (estimate.sameNameFields > limits.maxSameNameFields) {
    return refuse(
      documentLimitError(
        'sameNameFields',
        `Limit of ${limits.maxSameNameFields} fields with one response name in a selection set exceeded, found ${estimate.sameNameFields}.`,
        limits.maxSameNameFields,
        estimate.sameNameFields,
      ),
    );
  }
  if (estimate.fragmentsPerSelection > limits.maxFragmentsPerSelection) {
    return refuse(
      documentLimitError(
        'fragments',
        `Limit of ${limits.maxFragmentsPerSelection} fragments in a selection set exceeded, found ${estimate.fragmentsPerSelection}.`,
        limits.maxFragmentsPerSelection,
        estimate.fragmentsPerSelection,
      ),
    );
  }
  if (estimate.depth > limits.maxDepth) {
    return refuse(documentLimitError('depth', `Query depth limit of ${limits.maxDepth} exceeded, found ${estimate.depth}.`, limits.maxDepth, estimate.depth));
  }
  if (estimate.schemaWalks > 1) {
    return refuse(
      documentLimitError('introspection', `Introspection may list the schema's types once per request, found ${estimate.schemaWalks}.`, 1, estimate.schemaWalks),
    );
  }
  if (estimate.introspection) {
    const budget = introspectionBudget(schema);
    if (estimate.introspectionCost > budget) {
      return refuse(
        documentLimitError('introspection', `Introspection cost limit of ${budget} exceeded, found ${estimate.introspectionCost}.`, budget, estimate.introspectionCost),
      );
    }
  }
  // The tenant's own limit, on the vendor's model: refused here, before any tenant call or budget is spent.
  const points = tenantPoints(schema, document, options.operationName);
  if (points > limits.maxPoints) {
    return refuse(
      documentLimitError(
        'points',
        `Query cost limit of ${limits.maxPoints} points exceeded, found ${points}: the tenant (Thought Industries) refuses a query over its points limit.`,
        limits.maxPoints,
        points,
      ),
    );
  }
  if (estimate.restCalls > limits.maxRestCalls) {
    return refuse(
      documentLimitError(
        'restCalls',
        `REST call limit of ${limits.maxRestCalls} exceeded: this request would make an estimated ${estimate.restCalls} REST calls.`,
        limits.maxRestCalls,
        estimate.restCalls,
      ),
      true,
    );
  }
  return { estimate, error: undefined, dependsOnVariables: false };
}
