import { createHash } from 'node:crypto';

/**
 * What names a tenant in Redis keys and cache keys: a SHA-256 of the API key (domain-separated,
 * truncated to 96 bits), never the key. Every instance holding the same key derives the same
 * fingerprint, so they share one budget and one cache; two tenants never collide.
 */
export function tenantKeyFingerprint(apiKey: string): string {
  return createHash('sha256').update(`ti-graph budget and cache:${apiKey}`).digest('hex').slice(0, 24);
}
