import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/index.js';
import { startTestSandbox } from '../helpers/sandbox.js';
import { waitFor } from '../helpers/wait-for.js';

const dir = mkdtempSync(join(tmpdir(), 'ti-sandbox-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function post(url: string, key: string, path: string, body: unknown) {
  const response = await fetch(`${url}/incoming/api/v1${path}`, {
    method: 'POST',
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('persistence to a data file', () => {
  it('keeps users, enrollments, passwords and the key across a restart', async () => {
    const dataFile = join(dir, 'nested', 'tenant.json');
    const first = await startTestSandbox({ users: 10, dataFile });
    const course = first.tenants[0]!.store.listCourses().find((c) => c.published)!;
    const created = await post(first.url, first.apiKey, '/users', { email: 'kept@example.com', password: 'kept-password', customFields: { department: 'R&D' } });
    expect(created.status).toBe(201);
    expect((await post(first.url, first.apiKey, `/courses/${course.id}/enrollments`, { userId: created.body.user.id })).status).toBe(201);
    const deleted = first.tenants[0]!.store.listUsers().users[0]!;
    first.tenants[0]!.store.deleteUser(deleted.id);
    const before = first.tenants[0]!.store.listUsers({ perPage: 100 });
    await first.close();

    const onDisk = JSON.parse(readFileSync(dataFile, 'utf8'));
    expect(onDisk.version).toBe(1);
    expect(JSON.stringify(onDisk)).not.toContain('kept-password');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['tenant.json']); // no temp files left behind

    const second = await startTestSandbox({ users: 10, dataFile });
    try {
      expect(second.apiKey).toBe(first.apiKey);
      const store = second.tenants[0]!.store;
      expect(store.listUsers({ perPage: 100 })).toEqual(before);
      expect(store.getUser(deleted.id)).toBeUndefined();
      expect(store.getEnrollment(created.body.user.id, course.id)?.status).toBe('not_started');
      expect(typeof store.login('kept@example.com', 'kept-password')).toBe('string');
      const response = await fetch(`${second.url}/incoming/api/v1/users?email=kept@example.com`, { headers: { 'x-api-key': second.apiKey } });
      expect(((await response.json()) as any).users[0].customFields).toEqual({ department: 'R&D' });
    } finally {
      await second.close();
    }
  });

  it('saves soon after a change, without waiting for close', async () => {
    const dataFile = join(dir, 'live.json');
    const sandbox = await startTestSandbox({ users: 5, dataFile });
    try {
      await post(sandbox.url, sandbox.apiKey, '/users', { email: 'soon@example.com' });
      let saved = false;
      await waitFor(
        () => (saved = readFileSync(dataFile, 'utf8').includes('soon@example.com')),
        'the change to be saved',
        { timeoutMs: 5_000, intervalMs: 50 },
      );
      expect(saved).toBe(true);
    } finally {
      await sandbox.close();
    }
  });

  it('refuses a data file that is not one, naming the file', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": "world"}');
    await expect(startTestSandbox({ dataFile: bad })).rejects.toThrow(ConfigError);
    await expect(startTestSandbox({ dataFile: bad })).rejects.toThrow(/bad\.json is not a sandbox data file/);
    writeFileSync(bad, '{not json');
    await expect(startTestSandbox({ dataFile: bad })).rejects.toThrow(/bad\.json is not valid JSON/);
    expect(readFileSync(bad, 'utf8')).toBe('{not json');
  });
});
