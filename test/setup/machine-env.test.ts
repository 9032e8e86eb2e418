/**
 * The global set-up's promise to every test file: a REDIS_URL that answers (the one given, or the
 * private redis-server it started), and a Chromium executable.
 */
import { existsSync } from 'node:fs';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../helpers/chromium.js';

describe('test machine set-up', () => {
  it('gives every test file a REDIS_URL that answers, and Chromium', async () => {
    const url = process.env['REDIS_URL'];
    expect(url).toMatch(/^rediss?:\/\//);
    const redis = new Redis(url!, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      expect(await redis.ping()).toBe('PONG');
    } finally {
      redis.disconnect();
    }
    expect(existsSync(CHROMIUM_PATH)).toBe(true);
  });
});
