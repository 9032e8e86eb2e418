/**
 * The one way tests start a sandbox tenant: on loopback, an ephemeral port, quiet, closed after.
 *
 *   const sandbox = useSandbox({ users: 1000 });       // beforeAll/afterAll in the current suite
 *   it('...', async () => { await fetch(`${sandbox().url}/incoming/api/v1/users`, ...) });
 *
 * or `const s = await startTestSandbox(); try { ... } finally { await s.close(); }`.
 */
import { afterAll, beforeAll } from 'vitest';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';

export { startSandbox };
export type { Sandbox, SandboxOptions };

/** Starts a sandbox on 127.0.0.1 with an ephemeral port. Close it when done. */
export function startTestSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ host: '127.0.0.1', port: 0, ...options });
}

/**
 * Starts a sandbox before the suite's tests and closes it after. Returns a getter, because the
 * sandbox exists only once beforeAll has run.
 */
export function useSandbox(options: SandboxOptions = {}): () => Sandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startTestSandbox(options);
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  return () => {
    if (!sandbox) throw new Error('useSandbox(): the sandbox is available only inside tests (after beforeAll)');
    return sandbox;
  };
}

/** fetch() against the sandbox's seed REST tree with the default tenant's key in X-API-Key. */
export async function restCall(
  sandbox: Sandbox,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${sandbox.url}/incoming/api/v1${path}`, {
    method,
    headers: { 'x-api-key': sandbox.apiKey, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}
