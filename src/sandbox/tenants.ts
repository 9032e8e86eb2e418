import { createHash } from 'node:crypto';
import { InputError } from '../errors/index.js';
import { FaultInjector, parseFaultSpec, type BucketState, type FaultDecision } from './faults/index.js';
import { DEFAULT_CUSTOM_FIELD_KEYS, DEFAULT_USER_COUNT, TenantStore, type TenantSnapshot } from './store/index.js';
import type { FaultSpec, SandboxTenant, TenantOptions } from './types.js';

export const DEFAULT_TENANT_NAME = 'sandbox';

/** A tenant as the server hosts it: its store plus its fault dice. */
export class HostedTenant implements SandboxTenant {
  readonly name: string;
  readonly apiKey: string;
  readonly store: TenantStore;
  readonly customFieldKeys: readonly string[];
  private injector: FaultInjector | undefined;

  constructor(
    options: { name: string; apiKey: string; store: TenantStore; faults: FaultSpec | string | undefined },
    private readonly seed: number,
  ) {
    this.name = options.name;
    this.apiKey = options.apiKey;
    this.store = options.store;
    this.customFieldKeys = options.store.customFieldKeys;
    this.setFaults(options.faults);
  }

  setFaults(spec: FaultSpec | string | undefined): void {
    this.injector = spec === undefined ? undefined : new FaultInjector(parseFaultSpec(spec, this.seed));
  }

  /**
   * The fault for the next request, or undefined when this tenant has none configured or they are
   * limited to other paths (a filtered-out request draws no dice, so the sequence stays repeatable).
   */
  nextFault(path?: string): FaultDecision | undefined {
    if (!this.injector || (path !== undefined && !this.injector.appliesTo(path))) return undefined;
    return this.injector.decide();
  }

  /** How a GraphQL batch to this path is answered wrong (see FaultSpec.batchAnswer), if it is. */
  batchAnswer(path: string): 'short' | 'object' | undefined {
    return this.injector?.appliesTo(path) ? this.injector.batchAnswer : undefined;
  }

  /** Bills a GraphQL request's points when the tenant has a `points` budget (see FaultSpec.points). */
  spendPoints(path: string, points: () => number): { points: number; bucket: BucketState } | undefined {
    if (!this.injector?.billsPoints || !this.injector.appliesTo(path)) return undefined;
    const priced = points();
    return { points: priced, bucket: this.injector.spendPoints(priced)! };
  }
}

/** Stable per seed and name, so a restarted sandbox (and its data file) keeps the same key. */
export function derivedApiKey(seed: number, name: string): string {
  return `ti_sandbox_${createHash('sha256').update(`${seed}:${name}:api-key`).digest('hex').slice(0, 40)}`;
}

/**
 * Builds the hosted tenants: from the data file when it has the tenant, seeded otherwise.
 * @throws InputError on duplicate names or keys, or a name that could not be a subdomain.
 */
export function buildTenants(
  list: TenantOptions[],
  seed: number,
  saved: Record<string, TenantSnapshot> | undefined,
): HostedTenant[] {
  const names = new Set<string>();
  const keys = new Set<string>();
  return list.map((options) => {
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i.test(options.name)) {
      throw new InputError(`tenant name "${options.name}" must look like a subdomain (letters, digits, hyphens)`, 'tenants');
    }
    if (names.has(options.name)) throw new InputError(`tenant "${options.name}" is listed twice`, 'tenants');
    const apiKey = options.apiKey ?? derivedApiKey(seed, options.name);
    if (apiKey.length < 8) throw new InputError(`the API key of tenant "${options.name}" must be at least 8 characters`, 'tenants');
    if (keys.has(apiKey)) throw new InputError(`tenant "${options.name}" reuses another tenant's API key`, 'tenants');
    names.add(options.name);
    keys.add(apiKey);
    const customFieldKeys = options.customFieldKeys ?? DEFAULT_CUSTOM_FIELD_KEYS;
    const snapshot = saved?.[options.name];
    const store = snapshot
      ? TenantStore.fromSnapshot({ name: options.name, customFieldKeys }, snapshot)
      : TenantStore.seeded({ name: options.name, seed, users: options.users ?? DEFAULT_USER_COUNT, customFieldKeys });
    return new HostedTenant({ name: options.name, apiKey, store, faults: options.faults }, seed);
  });
}
