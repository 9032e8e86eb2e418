import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signStandardWebhook, signTiBody, verifyStandardWebhook, verifyTiSignature } from '../../src/events/index.js';

const body = Buffer.from('{"event":"user.created","timestamp":"2026-01-01T00:00:00Z","data":{}}');

describe('X-TI-Signature', () => {
  it('is the hex HMAC-SHA256 of the raw body', () => {
    const expected = createHmac('sha256', 'shared-secret-value').update(body).digest('hex');
    expect(signTiBody(body, 'shared-secret-value')).toBe(expected);
    expect(verifyTiSignature(body, expected, 'shared-secret-value')).toBe(true);
    expect(verifyTiSignature(body, `sha256=${expected.toUpperCase()}`, 'shared-secret-value')).toBe(true);
  });

  it('rejects another secret, another body, truncated and non-hex values', () => {
    const good = signTiBody(body, 'shared-secret-value');
    expect(verifyTiSignature(body, signTiBody(body, 'other-secret-value'), 'shared-secret-value')).toBe(false);
    expect(verifyTiSignature(Buffer.from(`${body} `), good, 'shared-secret-value')).toBe(false);
    expect(verifyTiSignature(body, good.slice(0, 40), 'shared-secret-value')).toBe(false);
    expect(verifyTiSignature(body, 'z'.repeat(64), 'shared-secret-value')).toBe(false);
    expect(verifyTiSignature(body, '', 'shared-secret-value')).toBe(false);
  });
});

describe('Standard Webhooks signature', () => {
  it('matches the specification test vector', () => {
    const headers = signStandardWebhook(
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    );
    expect(headers['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('accepts any matching v1 entry (rotation) and rejects a changed id or timestamp', () => {
    const secret = 'plain-shared-secret-value';
    const { 'webhook-signature': sig } = signStandardWebhook('msg_1', 1700000000, body, secret);
    expect(verifyStandardWebhook('msg_1', '1700000000', `v1,bm90LWl0 ${sig!}`, body, secret)).toBe(true);
    expect(verifyStandardWebhook('msg_2', '1700000000', sig!, body, secret)).toBe(false);
    expect(verifyStandardWebhook('msg_1', '1700000001', sig!, body, secret)).toBe(false);
    expect(verifyStandardWebhook('msg_1', '1700000000', sig!.replace('v1,', 'v2,'), body, secret)).toBe(false);
  });
});
