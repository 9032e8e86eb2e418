/**
 * REST drift: TI publishes no REST schema, so a shape change shows up only as a response that does
 * not parse against the endpoint table's schema. Each such response is counted per endpoint and
 * field (`ti_graph_rest_contract_violations_total`, through the upstream hook), a new shape is
 * logged once (not per response), and the data is kept when it is still usable: extra fields and
 * missing optional ones already parse (the schemas are loose), and an optional field that arrives
 * with another type is dropped, so the request succeeds without it. A required field missing or
 * retyped still fails the call, as before.
 */
import type { z } from 'zod';
import { reportRestContract } from '../../observability/upstream.js';
import type { Logger } from '../../util/index.js';

export interface ContractWatch {
  /** The parsed value, or the issues when the response is not usable. */
  parse<T>(route: string, schema: z.ZodType<T>, value: unknown): { success: true; data: T } | { success: false; error: z.ZodError };
}

/** `['users', 3, 'active']` -> `users[].active`: one field whatever the item. */
function fieldOf(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? '[]' : `${out ? '.' : ''}${String(key)}`;
  return out || '(body)';
}

/** A copy of `value` without what sits at each path (JSON data: plain objects and arrays). */
function without(value: unknown, paths: ReadonlyArray<ReadonlyArray<PropertyKey>>): unknown {
  const copy = structuredClone(value);
  for (const path of paths) {
    if (path.length === 0) return undefined;
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown> | undefined)?.[key as never];
    if (parent && typeof parent === 'object') delete (parent as Record<PropertyKey, unknown>)[path[path.length - 1] as never];
  }
  return copy;
}

export function createContractWatch(logger: Logger): ContractWatch {
  const seen = new Set<string>();
  return {
    parse(route, schema, value) {
      const first = schema.safeParse(value);
      if (first.success) return first;
      const fields = [...new Set(first.error.issues.map((issue) => fieldOf(issue.path)))];
      // Usable without the offending values? (only optional fields can go: a required one fails again)
      const second = schema.safeParse(without(value, first.error.issues.map((issue) => issue.path)));
      for (const field of fields) {
        const fresh = !seen.has(`${route} ${field}`);
        if (fresh) {
          seen.add(`${route} ${field}`);
          const issue = first.error.issues.find((candidate) => fieldOf(candidate.path) === field);
          logger.warn(
            { endpoint: route, field, problem: issue?.message, usable: second.success },
            `the tenant's REST response has a new shape at ${field}${second.success ? ': the field is dropped, the rest is used' : ''}`,
          );
        }
        reportRestContract({ endpoint: route, field, fresh, usable: second.success });
      }
      return second.success ? second : first;
    },
  };
}
