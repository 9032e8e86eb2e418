export { loadConfig } from './load.js';
export { PROFILES, type ProfileName, type SurfaceProfile, type RestAuthStyle, type GraphqlAuthStyle } from './profiles.js';
export type { Config, TenantConfig, GatewayConfig, RetryPolicy, RateBudget, ClientToken, TracingConfig } from './schema.js';
