import { ConfigError } from '../../errors/index.js';
import { maskUrl } from '../../util/index.js';

/** The URL as logs may show it: never the password in its userinfo. */
export function displayRedisUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('REDIS_URL', 'is not a URL; expected redis://[:password@]host:port[/db]');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new ConfigError('REDIS_URL', 'must be a redis:// or rediss:// URL');
  if (url.password) url.password = '***';
  return maskUrl(url.toString());
}
