/**
 * Incremental delivery (`@defer`, `@stream`): the directives in the unified schema, the document
 * helpers the planner and the router share, and the Yoga plugin. The planner runs the deferred
 * parts (plan/run-incremental.ts).
 */
export { acceptsIncremental, hasDeferOrStream, incrementalDeliveryExtension, withoutDeferOrStream } from './directives.js';
export { useIncrementalDelivery, type IncrementalDeliveryOptions } from './plugin.js';
