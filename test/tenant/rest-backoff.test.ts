import { describe, expect, it } from 'vitest';
import { backoffDelayMs, parseRateLimitReset, parseRetryAfter, serverWaitHintMs } from '../../src/tenant/index.js';

const policy = { baseDelayMs: 200, maxDelayMs: 10_000 };

describe('backoffDelayMs (exponential, full jitter)', () => {
  it('draws uniformly below base * 2^(retry-1)', () => {
    expect(backoffDelayMs(1, policy, () => 0.5)).toBe(100);
    expect(backoffDelayMs(2, policy, () => 0.5)).toBe(200);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(400);
    expect(backoffDelayMs(4, policy, () => 0.999)).toBe(1598);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });

  it('never exceeds maxDelayMs, even for huge retry counts', () => {
    expect(backoffDelayMs(7, policy, () => 0.999999)).toBeLessThan(10_000);
    expect(backoffDelayMs(7, policy, () => 0.5)).toBe(5_000);
    expect(backoffDelayMs(1_000, policy, () => 0.5)).toBe(5_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
  });
  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('parseRateLimitReset', () => {
  const now = 1_767_225_600_000; // 2026-01-01T00:00:00Z
  it('reads seconds-until-reset, epoch seconds and epoch milliseconds', () => {
    expect(parseRateLimitReset('12', now)).toBe(12_000);
    expect(parseRateLimitReset(String(now / 1000 + 7), now)).toBe(7_000);
    expect(parseRateLimitReset(String(now + 2_500), now)).toBe(2_500);
    expect(parseRateLimitReset(String(now / 1000 - 7), now)).toBe(0);
  });
  it('ignores garbage', () => {
    expect(parseRateLimitReset('tomorrow', now)).toBeUndefined();
    expect(parseRateLimitReset(undefined, now)).toBeUndefined();
  });
});

describe('serverWaitHintMs', () => {
  const now = 1_767_225_600_000;
  const reset = String(now / 1000 + 4);
  it('prefers Retry-After, on any status', () => {
    expect(serverWaitHintMs(503, new Headers({ 'retry-after': '2', 'x-ratelimit-reset': reset }), now)).toBe(2_000);
    expect(serverWaitHintMs(429, new Headers({ 'retry-after': '1' }), now)).toBe(1_000);
  });
  it('uses X-RateLimit-Reset only when the window is spent', () => {
    expect(serverWaitHintMs(429, new Headers({ 'x-ratelimit-reset': reset }), now)).toBe(4_000);
    expect(serverWaitHintMs(200, new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), now)).toBe(4_000);
    expect(serverWaitHintMs(200, new Headers({ 'x-ratelimit-remaining': '17', 'x-ratelimit-reset': reset }), now)).toBeUndefined();
    expect(serverWaitHintMs(500, new Headers({ 'x-ratelimit-reset': reset }), now)).toBeUndefined();
  });
  it('gives no hint when the server sent none (the seed case)', () => {
    expect(serverWaitHintMs(429, new Headers(), now)).toBeUndefined();
  });
});
