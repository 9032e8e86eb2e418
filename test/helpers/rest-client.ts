import { Writable } from 'node:stream';
import { loadConfig, type TenantConfig } from '../../src/config/index.js';
import { pino } from 'pino';
import type { Logger } from '../../src/util/index.js';

export type RestAuthCase = 'seed-header' | 'seed-query' | 'v2-bearer';

/** The three ways a tenant takes its key: seed `X-API-Key`, seed `?apiKey=`, v2 `Bearer`. */
export const REST_AUTH_CASES: readonly RestAuthCase[] = ['seed-header', 'seed-query', 'v2-bearer'];

/**
 * A TenantConfig for a sandbox, built through the real config loader (so the defaults are the
 * product's), then adjusted per test.
 */
export function tenantConfigFor(
  target: { url: string; apiKey: string },
  auth: RestAuthCase = 'seed-header',
  overrides: Partial<TenantConfig> = {},
): TenantConfig {
  const env: Record<string, string> = { TI_BASE_URL: target.url, TI_API_KEY: target.apiKey };
  if (auth === 'v2-bearer') env.TI_PROFILE = 'v2';
  if (auth === 'seed-query') env.TI_REST_AUTH = 'query';
  const tenant = loadConfig(env).tenant!;
  return { ...tenant, ...overrides, retry: { ...tenant.retry, ...overrides.retry } };
}

/**
 * A raw pino logger at debug level that keeps every serialized line in memory. Deliberately not
 * `createLogger` (which scrubs secrets): what the client itself writes is captured as written.
 */
export function captureLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, destination), lines };
}
