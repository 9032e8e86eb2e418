/**
 * Puts an introspection result in a canonical order, so the committed
 * `schema/tenant.introspection.json` changes only when the tenant's schema does: servers are free to
 * list types, fields, arguments and enum values in any order, and some do not keep it stable.
 */
import type { IntrospectionQuery } from 'graphql';

type Named = { name: string };

const byName = (a: Named, b: Named) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function sorted<T extends Named>(list: readonly T[] | null | undefined): T[] | null | undefined {
  return list ? [...list].sort(byName) : list;
}

/** A copy of `result` with every named list sorted by name and keys in a fixed order. */
export function sortIntrospection(result: IntrospectionQuery): IntrospectionQuery {
  const schema = result.__schema;
  const inputValues = (args: readonly Record<string, unknown>[] | null | undefined) =>
    sorted(args as unknown as Named[] | null | undefined)?.map((a) => ({ ...a }));
  const types = [...schema.types].sort(byName).map((type) => {
    const t = type as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = { ...t };
    if ('fields' in t) {
      out['fields'] = sorted(t['fields'] as Named[] | null)?.map((f) => ({
        ...f,
        args: inputValues((f as unknown as { args?: Record<string, unknown>[] }).args),
      }));
    }
    for (const key of ['inputFields', 'interfaces', 'enumValues', 'possibleTypes'] as const) {
      if (key in t) out[key] = sorted(t[key] as Named[] | null);
    }
    return out;
  });
  const directives = [...schema.directives].sort(byName).map((d) => ({
    ...d,
    locations: [...d.locations].sort(),
    args: inputValues(d.args as unknown as Record<string, unknown>[]),
  }));
  return {
    __schema: {
      ...(schema.description !== undefined ? { description: schema.description } : {}),
      queryType: schema.queryType,
      mutationType: schema.mutationType ?? null,
      subscriptionType: schema.subscriptionType ?? null,
      types,
      directives,
    },
  } as unknown as IntrospectionQuery;
}
