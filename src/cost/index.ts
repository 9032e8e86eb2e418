/**
 * The vendor's cost model in one place: what Thought Industries charges, in points, for the part
 * of a GraphQL document its endpoint runs. The sandbox bills with it, the gateway refuses and
 * budgets with it, codegen and drift report with it. Depends on graphql-js only (never on the
 * gateway or the sandbox). Where the model is a guess is said once, in `model.ts`.
 */
export { MAX_QUERY_POINTS, additionalCost } from './model.js';
export { pointsPricer, type PointsPricer, type PricedOperation, type PricerOptions } from './pricer.js';
export { priceRequestBody, type BodyPricer } from './request-body.js';
