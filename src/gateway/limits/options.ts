import type { GatewayConfig } from '../../config/index.js';

/** Bounds checked on the document's text, before it is parsed. */
export interface SourceLimits {
  /** Lexical tokens per document (graphql-js `maxTokens`). */
  maxTokens: number;
  /** Open brackets (`{`, `[`, `(`) at once: what bounds every recursive step after parsing. */
  maxNesting: number;
}

/** Everything one request may ask for. */
export interface DocumentLimits extends SourceLimits {
  /** Field depth, introspection excluded (its depth is the schema's, bounded by its cost). */
  maxDepth: number;
  /** Aliased fields per document, fragments expanded. */
  maxAliases: number;
  /** Fields sharing one response name in one selection set (graphql-js compares them pairwise). */
  maxSameNameFields: number;
  /** Fragments merged into one selection set (also compared pairwise). */
  maxFragmentsPerSelection: number;
  /** Points of the tenant part, on the vendor's model (src/cost): TI_GRAPH_MAX_COST, default TI's 1,000. */
  maxPoints: number;
  /** Estimated REST calls (TI_GRAPH_MAX_REST_CALLS). */
  maxRestCalls: number;
  /** Bytes of one response's JSON. */
  maxResponseBytes: number;
  /** False in production: `__schema` and `__type` are refused. */
  introspection: boolean;
}

/** The limits a gateway config asks for. */
export function documentLimits(gateway: GatewayConfig): DocumentLimits {
  return {
    maxTokens: gateway.maxTokens,
    // Inline fragments and nested input values add brackets without adding depth: room for both.
    maxNesting: gateway.maxDepth * 2 + 16,
    maxDepth: gateway.maxDepth,
    maxAliases: gateway.maxAliases,
    // Far above what a written document repeats (a shared `id` in a few fragments), far below
    // where validation time shows (200 side-by-side fields: ~250 ms on a loaded machine).
    maxSameNameFields: 10,
    maxFragmentsPerSelection: 40,
    maxPoints: gateway.maxCost,
    maxRestCalls: gateway.maxRestCalls,
    maxResponseBytes: gateway.maxResponseBytes,
    introspection: !gateway.production,
  };
}
