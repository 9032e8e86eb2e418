export { loadConfig, DEFAULT_CACHE_TTL_MS } from './load.js';
export { PROFILES, type ProfileName, type SurfaceProfile, type RestAuthStyle, type GraphqlAuthStyle } from './profiles.js';
export { SCOPES, type Scope } from './schema.js';
export type { Config, TenantConfig, GatewayConfig, RetryPolicy, RateBudget, ClientToken, OidcConfig, BudgetConfig, CacheConfig, TracingConfig } from './schema.js';
