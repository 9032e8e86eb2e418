/**
 * `ti-graph schema pull`: with no tenant configured it pulls from an in-process sandbox; with
 * TI_BASE_URL + TI_API_KEY it pulls from that tenant (here a sandbox over HTTP) and a failure names
 * the problem without the key and leaves the files alone.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/schema.js';
import { InputError, UnauthorizedError } from '../../src/errors/index.js';
import { loadSchemaFile, printSortedSchema, resolveSnapshotPath } from '../../src/schema/index.js';
import { useSandbox } from '../helpers/sandbox.js';

const TI_VARS = ['TI_SUBDOMAIN', 'TI_BASE_URL', 'TI_API_KEY', 'TI_PROFILE', 'TI_GRAPHQL_PATH', 'TI_GRAPHQL_AUTH'];

describe('ti-graph schema pull', () => {
  const sandbox = useSandbox({ users: 2 });
  const saved = Object.fromEntries(TI_VARS.map((k) => [k, process.env[k]]));
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ti-graph-cli-pull-'));
    for (const k of TI_VARS) delete process.env[k];
  });
  afterEach(() => {
    for (const k of TI_VARS) delete process.env[k];
  });
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
    await rm(dir, { recursive: true, force: true });
  });

  it('with no tenant configured, pulls the embedded sandbox (chosen snapshot) into --out', async () => {
    expect(await command(['pull', '--out', dir, '--schema-snapshot', '2022-12-21'])).toBe(0);
    const sdl = await readFile(join(dir, 'tenant.graphql'), 'utf8');
    expect(sdl).toBe(printSortedSchema(loadSchemaFile(resolveSnapshotPath('2022-12-21'))));
    expect(sdl).toContain('CreateLearners(learners: [LearnerInput!]!): [User]!');
  });

  it('with TI_BASE_URL and TI_API_KEY, pulls that tenant over its profile (v2: /helium?apiKey=)', async () => {
    process.env['TI_BASE_URL'] = sandbox().url;
    process.env['TI_API_KEY'] = sandbox().apiKey;
    process.env['TI_PROFILE'] = 'v2';
    expect(await command(['pull', '--out', dir])).toBe(0);
    expect(await readFile(join(dir, 'tenant.graphql'), 'utf8')).toBe(printSortedSchema(loadSchemaFile(resolveSnapshotPath())));
  });

  it('a wrong key fails with UnauthorizedError, no key in the message, files untouched', async () => {
    const before = await Promise.all((await readdir(dir)).sort().map((f) => readFile(join(dir, f), 'utf8')));
    const wrongKey = 'wrong-key-0123456789';
    process.env['TI_BASE_URL'] = sandbox().url;
    process.env['TI_API_KEY'] = wrongKey;
    process.env['TI_PROFILE'] = 'v2';
    const error = await command(['pull', '--out', dir]).catch((e: Error) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as Error).message).toContain('/helium?apiKey=***');
    expect((error as Error).message).not.toContain(wrongKey);
    const after = await Promise.all((await readdir(dir)).sort().map((f) => readFile(join(dir, f), 'utf8')));
    expect(after).toEqual(before);
  });

  it('rejects --schema-snapshot for a real tenant and unknown subcommands with an InputError', async () => {
    process.env['TI_BASE_URL'] = sandbox().url;
    process.env['TI_API_KEY'] = sandbox().apiKey;
    await expect(command(['pull', '--schema-snapshot', '2022-06-01'])).rejects.toThrow(InputError);
    await expect(command(['push'])).rejects.toThrow(/unknown subcommand "push"/);
  });
});
