import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Runs the CLI in one node process (no npx/tsx wrapper, so signals reach it directly). */
function runCli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function firstLine(child: ChildProcess): Promise<string> {
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await once(lines, 'line')) as [string];
  lines.close();
  return line;
}

describe('ti-graph sandbox', () => {
  it('prints one JSON ready line with a usable URL and key, then stops on SIGTERM', async () => {
    const child = runCli(['sandbox', '--port', '0', '--users', '42', '--profile', 'v2']);
    let stdout = '';
    try {
      const line = await firstLine(child);
      child.stdout!.on('data', (chunk) => (stdout += chunk));
      const ready = JSON.parse(line);
      expect(ready).toMatchObject({
        url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
        apiKey: expect.any(String),
        tenant: 'sandbox',
        profile: 'v2',
        users: 42,
      });
      expect(ready.restBase).toBe(`${ready.url}/incoming/v2`);
      expect(ready.graphql).toBe(`${ready.url}/helium`);
      const response = await fetch(`${ready.restBase}/users`, { headers: { authorization: `Bearer ${ready.apiKey}` } });
      expect(((await response.json()) as { total: number }).total).toBe(42);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(stdout).toBe(''); // nothing but the one line on stdout
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--profile', 'v3'], /--profile must be "seed" or "v2"/],
    [['--faults', 'error=7'], /--faults: errorRate must be between 0 and 1/],
    [['--schema', '1999-01-01'], /--schema: .*neither a file nor a vendor snapshot/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('rejects %j with a clear error and exit code 2', async (args, message) => {
    const child = runCli(['sandbox', ...args]);
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
