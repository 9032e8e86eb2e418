/**
 * Thought Industries' query cost model, as far as the public record goes. This is the one place
 * that says what is known and what is guessed; every pricer (the sandbox's billing, the gateway's
 * refusal and points budget, codegen, drift) prices through `pricer.ts` on these rules.
 *
 * Known (the vendor's docs config and schema):
 * - a query may cost at most 1,000 points (MAX_QUERY_POINTS); a tenant may spend 100,000 points a
 *   minute (the points budget's TI_GRAPHQL_POINTS_PER_MINUTE);
 * - some fields cost more, and say so in their description: "This field (query) has an additional
 *   cost of N points" (16 fields in the 2023-07-20 snapshot). Such a field costs 1 + N.
 *
 * GUESSED (the vendor publishes no formula; these choices reproduce what its endpoint is seen to
 * accept, e.g. a storefront's unsliced content list selecting a ~70-field fragment, priced 76):
 * - every selected field costs 1 point, at any depth, counted once per place it is selected (a
 *   fragment spread twice costs twice; two aliases of one field cost twice);
 * - lists are NOT multiplied by their size or page argument (`limit`, `perPage`): a list field
 *   costs what one of its items' selections costs. A multiplying model refuses queries TI serves;
 * - `__typename` and introspection (`__schema`, `__type` and everything under them) are free, so
 *   a schema pull or a cache's added `__typename` never changes a price;
 * - mutations and subscriptions are priced like queries, and each operation of a batch on its own;
 * - arguments, variables and directives cost nothing (a skipped field still costs its point).
 * When the vendor's real endpoint disagrees with a price here, this file is what changes.
 */
import type { GraphQLField } from 'graphql';

/** The most one query may cost (the vendor's published limit). */
export const MAX_QUERY_POINTS = 1_000;

/** The vendor's annotation, in a field's description. */
const ADDITIONAL_COST = /additional cost of (\d+) points?/i;

/** The extra points a field's description announces (0 when it announces none). */
export function additionalCost(field: Pick<GraphQLField<unknown, unknown>, 'description'>): number {
  const match = field.description ? ADDITIONAL_COST.exec(field.description) : null;
  return match ? Number(match[1]) : 0;
}
