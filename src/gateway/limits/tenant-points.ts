/**
 * What a document's tenant part costs at the tenant, in the vendor's points (`src/cost`): the
 * gateway's own fields (REST-backed, lifecycle, subscriptions) are free here (they are priced in
 * REST calls, `field-costs.ts`); the tenant's fields cost what TI charges. The composed schema is
 * told its tenant schema once, where it is built (`compose.ts`), so every path that checks a
 * document against it prices the same way.
 */
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { pointsPricer } from '../../cost/index.js';

const tenantSchemas = new WeakMap<GraphQLSchema, GraphQLSchema>();

/** Records that `composed` is built on `tenant` (fields absent from `tenant` are the gateway's). */
export function registerTenantSchema(composed: GraphQLSchema, tenant: GraphQLSchema): void {
  tenantSchemas.set(composed, tenant);
}

/** The points TI would bill for the operation the request runs; a schema with no tenant schema recorded is priced whole. */
export function tenantPoints(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): number {
  return pointsPricer(schema, { tenantSchema: tenantSchemas.get(schema) ?? schema }).request(document, operationName);
}
