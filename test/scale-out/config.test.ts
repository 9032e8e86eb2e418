import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_TTL_MS, loadConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors/index.js';

const tenant = { TI_BASE_URL: 'https://acme.example.com', TI_API_KEY: 'tk_live_0123456789abcdef' };

function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('scale-out settings', () => {
  it('defaults: no write budget, equal split, the cache on for 30 s, namespace ti-graph', () => {
    const config = loadConfig(tenant);
    expect(config.budget).toEqual({ writes: undefined, instances: undefined });
    expect(config.cache).toEqual({ ttlMs: DEFAULT_CACHE_TTL_MS, maxEntries: 10_000, safetyTtlMs: 3_600_000, eventsWindowMs: 120_000, missWaitMs: 0, warm: true });
    expect(config.redisNamespace).toBe('ti-graph');
  });

  it('reads the write budget (burst defaulting to a tenth of a minute), instances, cache and namespace', () => {
    const config = loadConfig({
      ...tenant,
      TI_RATE_WRITES_PER_MINUTE: '60',
      TI_RATE_INSTANCES: '3',
      TI_GRAPH_CACHE_TTL_MS: '0',
      TI_GRAPH_CACHE_MAX_ENTRIES: '500',
      TI_REDIS_NAMESPACE: 'ti-graph-prod',
    });
    expect(config.budget).toEqual({ writes: { perMinute: 60, burst: 10 }, instances: 3 });
    expect(config.cache).toMatchObject({ ttlMs: 0, maxEntries: 500 });
    expect(config.redisNamespace).toBe('ti-graph-prod');
    expect(loadConfig({ ...tenant, TI_RATE_WRITES_PER_MINUTE: '60', TI_RATE_WRITES_BURST: '4' }).budget.writes).toEqual({ perMinute: 60, burst: 4 });
  });

  it('names the variable that is wrong', () => {
    expect(refusal({ ...tenant, TI_RATE_WRITES_BURST: '5' }).message).toContain('TI_RATE_WRITES_BURST');
    expect(refusal({ ...tenant, TI_RATE_INSTANCES: '0' }).message).toContain('TI_RATE_INSTANCES');
    expect(refusal({ ...tenant, TI_GRAPH_CACHE_TTL_MS: '-1' }).message).toContain('TI_GRAPH_CACHE_TTL_MS');
    expect(refusal({ ...tenant, TI_REDIS_NAMESPACE: 'has spaces' }).message).toContain('TI_REDIS_NAMESPACE');
  });
});
