import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger, maskUrl, redactSecrets } from '../../src/util/index.js';
import { NotFoundError } from '../../src/errors/index.js';

describe('maskUrl', () => {
  it('masks secret query parameters and keeps the rest', () => {
    expect(maskUrl('https://acme.thoughtindustries.com/helium?apiKey=abc123&x=1')).toBe(
      'https://acme.thoughtindustries.com/helium?apiKey=***&x=1',
    );
    expect(maskUrl('/incoming/api/v1/users?page=2&apikey=zz&per_page=100')).toBe('/incoming/api/v1/users?page=2&apikey=***&per_page=100');
    expect(maskUrl('/users?email=a%40b.c')).toBe('/users?email=a%40b.c');
  });
});

describe('redactSecrets', () => {
  it('removes a secret in plain and URL-encoded form', () => {
    const key = 'k3y/with+chars=';
    const text = `failed with ${key} at /x?y=${encodeURIComponent(key)}`;
    const out = redactSecrets(text, [key]);
    expect(out).not.toContain(key);
    expect(out).not.toContain(encodeURIComponent(key));
  });
});

describe('typed tenant errors', () => {
  it('carry method, status and a masked path', () => {
    const error = new NotFoundError({ method: 'GET', path: '/incoming/api/v1/users/9?apiKey=secret-key-1', status: 404, serverMessage: 'User 9 not found' });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.path).toBe('/incoming/api/v1/users/9?apiKey=***');
    expect(error.message).toBe('Not found (GET /incoming/api/v1/users/9?apiKey=*** -> 404): User 9 not found');
    expect(error.message).not.toContain('secret-key-1');
  });
});

describe('createLogger', () => {
  it('scrubs configured secrets from every line', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const secret = 'tenant-key-0123456789';
    const logger = createLogger({ secrets: [secret], destination: destination as never });
    logger.info({ url: `https://t.example.com/helium?apiKey=${secret}` }, `calling with ${secret}`);
    logger.error(new Error(`boom ${secret}`));
    await new Promise((r) => setImmediate(r));
    expect(lines.length).toBe(2);
    for (const line of lines) expect(line).not.toContain(secret);
    expect(lines[0]).toContain('calling with ***');
  });
});
