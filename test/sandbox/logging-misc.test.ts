import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/util/index.js';
import { startTestSandbox } from '../helpers/sandbox.js';

describe('secrets and odd requests', () => {
  it('never writes the API key to a log line, even at debug level with the key in URLs', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(line) } });
    const sandbox = await startTestSandbox({ users: 5, logger, schema: '2022-06-01' });
    try {
      const key = sandbox.apiKey;
      await fetch(`${sandbox.url}/incoming/api/v1/users?apiKey=${key}`);
      await fetch(`${sandbox.url}/incoming/api/v1/users/nobody?apiKey=${encodeURIComponent(key)}`);
      await fetch(`${sandbox.url}/incoming/v2/users`, { headers: { authorization: `Bearer ${key}` } });
      await fetch(`${sandbox.url}/helium?apiKey=${key}&query=${encodeURIComponent('{ __typename }')}`);
      await fetch(`${sandbox.url}/incoming/api/v1/users?apiKey=${key}x`); // a wrong key that contains the right one
      expect(lines.length).toBeGreaterThanOrEqual(5);
      expect(lines.join('\n')).toContain('apiKey=***');
      for (const line of lines) expect(line).not.toContain(key);
      expect(sandbox.snapshotPath).toMatch(/2022-06-01/);
    } finally {
      await sandbox.close();
    }
  });

  it('answers malformed GraphQL JSON with a GraphQL-shaped 400 and oversized bodies with 413', async () => {
    const sandbox = await startTestSandbox({ users: 1 });
    try {
      const bad = await fetch(`${sandbox.url}/incoming/api/graphql`, {
        method: 'POST',
        headers: { 'x-api-key': sandbox.apiKey, 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ errors: [{ message: expect.stringMatching(/not valid JSON/), extensions: { code: 'BAD_REQUEST' } }] });

      const huge = await fetch(`${sandbox.url}/incoming/api/v1/users`, {
        method: 'POST',
        headers: { 'x-api-key': sandbox.apiKey, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'big@example.com', firstName: 'x'.repeat(6_000_000) }),
      });
      expect(huge.status).toBe(413);
      expect(((await huge.json()) as { error: string }).error).toBe('payload_too_large');
      expect(sandbox.tenants[0]!.store.getUserByEmail('big@example.com')).toBeUndefined();
      // The server is still healthy afterwards.
      const ok = await fetch(`${sandbox.url}/incoming/api/v1/users`, { headers: { 'x-api-key': sandbox.apiKey } });
      expect(ok.status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });

  it('refuses bad options with errors that say what to fix', async () => {
    await expect(startTestSandbox({ users: -1 })).rejects.toThrow(/users must be a whole number/);
    await expect(startTestSandbox({ faults: 'drop=2' })).rejects.toThrow(/dropRate must be between 0 and 1/);
    await expect(startTestSandbox({ schema: 'no-such-snapshot' })).rejects.toThrow(/neither a file nor a vendor snapshot/);
    await expect(startTestSandbox({ tenants: [{ name: 'a' }, { name: 'a' }] })).rejects.toThrow(/listed twice/);
    await expect(startTestSandbox({ tenants: [{ name: 'a', apiKey: 'same-key-1' }, { name: 'b', apiKey: 'same-key-1' }] })).rejects.toThrow(/reuses/);
    await expect(startTestSandbox({ tenants: [{ name: 'not a subdomain' }] })).rejects.toThrow(/must look like a subdomain/);
  });
});
