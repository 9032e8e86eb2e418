/**
 * The schema follower's metrics, on the gateway's registry: which registered operations the
 * tenant's current schema breaks (a gauge per app and operation, back to 0 when the vendor
 * restores what it broke) and how each reload ended.
 */
import { Counter, Gauge, type Registry } from 'prom-client';

export type ReloadResult = 'applied' | 'unchanged' | 'refused' | 'failed';

export interface SchemaFollowMetrics {
  reload(result: ReloadResult): void;
  /** The operations broken now; every operation broken before and not now goes to 0. */
  broken(operations: ReadonlyArray<{ app: string; operation: string }>): void;
}

export function createSchemaFollowMetrics(registry: Registry | undefined): SchemaFollowMetrics {
  if (!registry) return { reload: () => {}, broken: () => {} };
  const reloads = new Counter({
    name: 'ti_graph_schema_reloads_total',
    help: "Polls of the tenant's schema by result: applied (changed, swapped in), unchanged, refused (cannot be composed: the last good graph stays), failed (tenant unreachable)",
    labelNames: ['result'],
    registers: [registry],
  });
  const breaking = new Gauge({
    name: 'ti_graph_schema_breaking_operations',
    help: "1 when the tenant's current schema breaks this registered operation (by app), 0 once it no longer does",
    labelNames: ['app', 'operation'],
    registers: [registry],
  });
  for (const result of ['applied', 'unchanged', 'refused', 'failed']) reloads.inc({ result }, 0);
  const seen = new Set<string>();
  return {
    reload: (result) => reloads.inc({ result }),
    broken(operations) {
      const now = new Set(operations.map(({ app, operation }) => JSON.stringify([app, operation])));
      for (const key of seen) if (!now.has(key)) breaking.set(labels(key), 0);
      for (const key of now) {
        breaking.set(labels(key), 1);
        seen.add(key);
      }
    },
  };
}

function labels(key: string): { app: string; operation: string } {
  const [app, operation] = JSON.parse(key) as [string, string];
  return { app, operation };
}
