import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';

/** Runs `ti-graph <command>` as a user would, returning its ready line and a way to stop it. */
async function launch(command: string, args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TI_')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', command, ...args], {
    env: { ...env, LOG_LEVEL: 'warn', TI_GRAPH_SHUTDOWN_DRAIN_MS: '100' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout });
  const stdout: string[] = [];
  const first = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      stdout.push(line);
      if (stdout.length === 1) resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before its ready line: ${stderr}`)));
  });
  return { ready: JSON.parse(first), stdout, child, stderr: () => stderr };
}

describe('ti-graph serve / start', () => {
  for (const command of ['serve', 'start']) {
    it(`${command} starts the sandbox and the gateway, prints one JSON line, and stops on SIGTERM`, async () => {
      const { ready, stdout, child } = await launch(command, ['--port', '0', '--sandbox']);
      try {
        expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
        expect(ready.graphiql).toBe(ready.url);
        expect(ready.token).toMatch(/^tig_dev_/);
        expect(ready.sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const response = await fetch(ready.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ready.token}` },
          body: JSON.stringify({ query: '{ CurrentUser { email } users(perPage: 1) { total } }' }),
        });
        const body = await response.json();
        expect(body.errors).toBeUndefined();
        expect(body.data.users.total).toBeGreaterThan(0);
      } finally {
        child.kill('SIGTERM');
      }
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(stdout).toHaveLength(1);
    });
  }
});
