/**
 * Hive Gateway in proxy mode in front of the same tenant, for the pass-through comparison: the
 * peer a team would otherwise put there. Optional (it is some 500 MB of dependencies): used when
 * installed, by `npm run bench:hive:install` into bench/.hive, or found at HIVE_GATEWAY_BIN.
 * It is given the committed tenant schema (no introspection polling during the runs), the key as a
 * header, and logs errors only, as our gateway logs at info with its hot path at debug.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const INSTALLED = join(HERE, '.hive', 'node_modules', '.bin', 'hive-gateway');

export interface HiveGateway {
  url: string;
  /** CPU time (µs) its processes have used so far (Linux /proc). */
  cpuMicros(): number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** utime + stime of a process and its descendants, in µs (clock ticks of 10 ms). */
function treeCpuMicros(pid: number): number {
  let ticks = 0;
  const visit = (id: number) => {
    try {
      const stat = readFileSync(`/proc/${id}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      for (const task of readdirSync(`/proc/${id}/task`)) {
        for (const child of readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) visit(Number(child));
      }
    } catch {
      // gone, or not Linux
    }
  };
  visit(pid);
  return ticks * 10_000;
}

/** Starts Hive Gateway proxying the tenant's GraphQL endpoint, or undefined when it is not installed. */
export async function startHiveGateway(tenantGraphqlUrl: string, apiKey: string): Promise<HiveGateway | undefined> {
  const bin = process.env.HIVE_GATEWAY_BIN ?? INSTALLED;
  if (!existsSync(bin)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'ti-graph-hive-'));
  const config = join(dir, 'gateway.config.mjs');
  writeFileSync(
    config,
    `export const gatewayConfig = {
  proxy: { endpoint: ${JSON.stringify(tenantGraphqlUrl)}, headers: { 'x-api-key': process.env.BENCH_TENANT_KEY } },
  schema: ${JSON.stringify(resolve(HERE, '..', 'schema', 'tenant.graphql'))},
  logging: 'error',
};
`,
  );
  const port = await freePort();
  const child: ChildProcess = spawn(bin, ['proxy', '--port', String(port), '--host', '127.0.0.1', '-c', config], {
    cwd: dir,
    env: { ...process.env, BENCH_TENANT_KEY: apiKey, NODE_ENV: 'production' },
    // Its log says 'This operation was aborted' for every request autocannon cuts at the end of a run: not ours to show.
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`hive-gateway exited with ${child.exitCode}`);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('hive-gateway did not answer within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    cpuMicros: () => treeCpuMicros(child.pid!),
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
