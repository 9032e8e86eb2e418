/**
 * The tenant client for lifecycle commands (sync, provision, deactivate, sync-profile): they change
 * a real tenant, so they require one to be configured (TI_BASE_URL or TI_SUBDOMAIN, plus
 * TI_API_KEY) rather than falling back to the embedded sandbox.
 */
import { loadConfig, type Config, type RateBudget, type TenantConfig } from '../config/index.js';
import { ConfigError } from '../errors/index.js';
import { createRestClient, type TiRestClient } from '../tenant/index.js';
import { budgetFromConfig, type TenantBudget } from '../tenant/budget/index.js';
import { createLogger, type Logger } from '../util/index.js';

/**
 * Under the vendor's published standard tier (120 requests/minute, burst 20), with headroom: bulk
 * jobs stay below the limit by default instead of finding it through 429s, and a smaller burst
 * leaves room for requests that bunch up on the way. TI_RATE_PER_MINUTE / TI_RATE_BURST override it.
 */
export const DEFAULT_BULK_BUDGET: RateBudget = { perMinute: 110, burst: 10 };

export interface TenantClient {
  config: Config;
  tenant: TenantConfig;
  client: TiRestClient;
  /** The tenant's budget, shared with every other instance over REDIS_URL. */
  budget: TenantBudget;
  logger: Logger;
  /** Lets the process end: closes the budget's Redis connection. */
  close(): Promise<void>;
}

const open = new Set<TenantClient>();

/** Closes every tenant client this process made (their Redis connections would keep it alive). */
export async function closeTenantClients(): Promise<void> {
  const clients = [...open];
  open.clear();
  await Promise.all(clients.map((c) => c.close()));
}

export function tenantClientFromEnv(command: string, options: { defaultBudget?: RateBudget } = {}): TenantClient {
  const config = loadConfig(process.env);
  if (!config.tenant) {
    throw new ConfigError(
      'TI_BASE_URL',
      `"ti-graph ${command}" changes a tenant, so it needs one: set TI_BASE_URL (or TI_SUBDOMAIN) and TI_API_KEY`,
    );
  }
  const tenant: TenantConfig = { ...config.tenant, rateBudget: config.tenant.rateBudget ?? options.defaultBudget };
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, name: command, secrets: [tenant.apiKey] });
  const budget = budgetFromConfig(config, tenant, logger);
  const made: TenantClient = { config, tenant, client: createRestClient(tenant, { logger, budget }), budget, logger, close: () => budget.close() };
  open.add(made);
  return made;
}
