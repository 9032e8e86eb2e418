/**
 * `ti-graph start` at a terminal (a real pseudo-terminal from util-linux `script`): a human banner
 * with the gateway URL, GraphiQL, the dev token and the sandbox, readable log lines instead of pino
 * JSON, and a gateway that answers with the token the banner shows. `--json` forces the JSON ready
 * line there too. (Without a TTY the JSON line is what the other CLI tests parse.)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
let child: ChildProcess | undefined;

/** Runs `ti-graph start` under a pseudo-terminal and collects what the terminal shows until `until` matches. */
async function startOnTty(args: string[], until: RegExp): Promise<string> {
  if (spawnSync('script', ['--version']).status !== 0) throw new Error('util-linux "script" is needed for the TTY test (apt-get install -y bsdutils)');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TI_') && k !== 'REDIS_URL'));
  const command = ['node', 'bin/ti-graph.js', 'start', '--port', '0', ...args].join(' ');
  child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: REPO, env: { ...env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  return await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no match for ${until} in:\n${screen}`)), 45_000);
    child!.stdout!.on('data', (data: Buffer) => {
      screen += data.toString().replace(/\r/g, '');
      if (until.test(screen)) {
        clearTimeout(timer);
        done(screen);
      }
    });
    child!.once('exit', (code) => fail(new Error(`exited ${code} before ${until}:\n${screen}`)));
  });
}

afterEach(async () => {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child!.once('exit', r));
  // Ctrl-C through the terminal: SIGINT to ti-graph, which shuts down gracefully.
  child.stdin!.write('\u0003');
  await exited;
});

describe('ti-graph start on a terminal', () => {
  it('prints a human banner and readable logs, and the gateway answers with the banner token', async () => {
    const screen = await startOnTty([], /Ctrl-C stops it/);
    expect(screen).toContain('ti-graph is running');
    const url = /Gateway {4}(http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(screen)?.[1];
    const token = /Dev token {2}(\S+)/.exec(screen)?.[1];
    expect(url).toBeDefined();
    expect(token).toMatch(/^tig_dev_/);
    expect(screen).toMatch(/GraphiQL {3}http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect(screen).toMatch(/Sandbox {4}http:\/\/127\.0\.0\.1:\d+ {2}tenant "sandbox", \d+ users/);
    // Log lines are readable, not JSON.
    expect(screen).toMatch(/^\d\d:\d\d:\d\d INFO {2}gateway: gateway listening url=/m);
    expect(screen).not.toMatch(/^\{"level"/m);
    expect(screen).not.toMatch(/^\{"url"/m);
    const response = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ users(page: 1, perPage: 2) { total } }' }),
    });
    expect(((await response.json()) as { data: { users: { total: number } } }).data.users.total).toBeGreaterThan(0);
  }, 60_000);

  it('--json keeps the one JSON ready line and JSON logs on a terminal', async () => {
    // Both the ready line and a pino JSON log line, in either order.
    const screen = await startOnTty(['--json'], /^\{"level":[\s\S]*^\{"url":.*\}$|^\{"url":.*\}$[\s\S]*^\{"level":/m);
    const ready = JSON.parse(/^(\{"url":.*\})$/m.exec(screen)![1]!) as { url: string; token: string; sandbox: { url: string } };
    expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(ready.token).toMatch(/^tig_dev_/);
    expect(screen).not.toContain('ti-graph is running');
  }, 60_000);
});
