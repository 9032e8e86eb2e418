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

/**
 * Fixed vectors, computed outside this code base (`openssl dgst -sha256 -hmac`), so the signing
 * side (the sandbox's sender uses signTiBody / signStandardWebhook) and the verifying side (the
 * receiver) are each held to an independent answer and cannot agree on a shared mistake.
 */
describe('fixed signature vectors', () => {
  const vectors = {
    // printf '%s' "$BODY" | openssl dgst -sha256 -hmac 'shared-secret-value'
    ti: { secret: 'shared-secret-value', body: '{"event":"user.created","timestamp":"2026-01-01T00:00:00Z","data":{}}', hex: '082589004921c7a0db95d42d8672c1f1b6331c493312b9ec532c46d393a965de' },
    // printf '%s' 'msg_1.1700000000.{"test": 2432232314}' | openssl dgst -sha256 -hmac 'plain-shared-secret-value' -binary | base64
    standard: { secret: 'plain-shared-secret-value', id: 'msg_1', timestamp: 1700000000, body: '{"test": 2432232314}', v1: 'P3h6mqQuvUts7/F04TXWMN83/SLyfsdKrbJX0++C1w0=' },
    // The Standard Webhooks specification's own example (whsec_ secret: base64 key bytes).
    spec: { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: '{"test": 2432232314}', v1: 'g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' },
  };

  it('X-TI-Signature: the signer produces the vector and the verifier accepts exactly it', () => {
    const { secret, body: text, hex } = vectors.ti;
    expect(signTiBody(text, secret)).toBe(hex);
    expect(verifyTiSignature(Buffer.from(text), hex, secret)).toBe(true);
    const flipped = `${hex.slice(0, -1)}${hex.endsWith('e') ? 'f' : 'e'}`;
    expect(verifyTiSignature(Buffer.from(text), flipped, secret)).toBe(false);
  });

  it('Standard Webhooks: the signer produces the vectors (plain and whsec_ secrets) and the verifier accepts them', () => {
    for (const { secret, id, timestamp, body: text, v1 } of [vectors.standard, vectors.spec]) {
      expect(signStandardWebhook(id, timestamp, text, secret)['webhook-signature']).toBe(`v1,${v1}`);
      expect(verifyStandardWebhook(id, String(timestamp), `v1,${v1}`, Buffer.from(text), secret)).toBe(true);
      expect(verifyStandardWebhook(id, String(timestamp + 1), `v1,${v1}`, Buffer.from(text), secret)).toBe(false);
    }
  });
});
