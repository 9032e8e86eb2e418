/**
 * `ti-graph codegen` in an app's own folder (outside the repo): its documents typed against the
 * packaged unified schema or a running gateway, the trusted-documents manifest, `--check`, and
 * file:line:column for an invalid document. The config helper given to graphql-codegen's own CLI
 * produces byte for byte the same operations file.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codegenConfig, documentId } from '../../src/codegen/index.js';
import { runCli } from '../helpers/cli.js';
import { gql, useHarness } from '../helpers/gateway.js';
import { parse, print } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';

const ME = 'query Me {\n  CurrentUser {\n    email\n    ...Names\n  }\n}\n';
const NAMES = 'fragment Names on User {\n  firstName\n  lastName\n}\n';
const ROSTER = 'query FirstUsers {\n  users(page: 1, perPage: 2) {\n    items {\n      email\n      enrollments {\n        courseId\n      }\n    }\n  }\n}\n';
let app: string;

const tiGraph = (args: string[], cwd: string) => runCli(['codegen', ...args], { cwd });

beforeAll(async () => {
  app = await mkdtemp(join(tmpdir(), 'ti-graph-codegen-app-'));
  await mkdir(join(app, 'src', 'queries'), { recursive: true });
  await writeFile(join(app, 'src', 'queries', 'me.graphql'), ME);
  await writeFile(join(app, 'src', 'queries', 'names.graphql'), NAMES);
  await writeFile(join(app, 'src', 'queries', 'roster.graphql'), ROSTER);
}, 60_000);
// Registered before the harness, so it runs after the harness has closed.
afterAll(async () => {
  await rm(app, { recursive: true, force: true });
});
const harness = useHarness();

describe('ti-graph codegen in an app folder', () => {
  it('types the documents against the packaged unified schema and writes the manifest', async () => {
    const run = await tiGraph(['--manifest', 'trusted-documents.json'], app);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('wrote src/generated/operations.ts, trusted-documents.json');
    const operations = await readFile(join(app, 'src/generated/operations.ts'), 'utf8');
    // A REST-backed gateway field (users.items.enrollments) types, so the schema is the unified one.
    expect(operations).toMatch(/export type FirstUsersQuery = \{ users: \{ items: Array<\{ email: string, enrollments: Array<\{ courseId: string \}> \| null \}> \} \};/);
    expect(operations).toContain('export type MeQuery');
    const manifest = JSON.parse(await readFile(join(app, 'trusted-documents.json'), 'utf8')) as Record<string, string>;
    // The Me document is sent with the fragment it spreads appended; the id is of that exact text.
    const meText = 'query Me {\n  CurrentUser {\n    email\n    ...Names\n  }\n}\n\nfragment Names on User {\n  firstName\n  lastName\n}';
    const meId = documentId(parse(meText)).id;
    expect(manifest[meId]).toBe(meText);
    expect(Object.keys(manifest)).toHaveLength(2);
    expect(operations).toContain(`"__meta__":{"hash":"${meId}"}`);
  }, 60_000);

  it('--check passes when current and exits 1 naming the stale file after a document changes', async () => {
    expect((await tiGraph(['--manifest', 'trusted-documents.json', '--check'], app)).code).toBe(0);
    await writeFile(join(app, 'src', 'queries', 'names.graphql'), NAMES.replace('  lastName\n', ''));
    const before = await readFile(join(app, 'src/generated/operations.ts'), 'utf8');
    const stale = await tiGraph(['--manifest', 'trusted-documents.json', '--check'], app);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/src\/generated\/operations\.ts is stale \(differs from line \d+\)/);
    expect(stale.stderr).toMatch(/trusted-documents\.json is stale/);
    expect(await readFile(join(app, 'src/generated/operations.ts'), 'utf8')).toBe(before);
    await writeFile(join(app, 'src', 'queries', 'names.graphql'), NAMES);
  }, 60_000);

  it('an invalid document fails with file:line:column and writes nothing', async () => {
    const before = await readFile(join(app, 'src/generated/operations.ts'), 'utf8');
    await writeFile(join(app, 'src', 'queries', 'bad.graphql'), 'query Bad {\n  CurrentUser {\n    id\n    favouriteColour\n  }\n}\n');
    const invalid = await tiGraph([], app);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('src/queries/bad.graphql:4:5: Cannot query field "favouriteColour" on type "User"');
    await writeFile(join(app, 'src', 'queries', 'bad.graphql'), 'query Bad {\n  CurrentUser {\n    id\n}\n');
    const unparsable = await tiGraph([], app);
    expect(unparsable.code).toBe(1);
    expect(unparsable.stderr).toContain('src/queries/bad.graphql:5:1: Syntax Error: Expected Name, found <EOF>.');
    expect(await readFile(join(app, 'src/generated/operations.ts'), 'utf8')).toBe(before);
    await rm(join(app, 'src', 'queries', 'bad.graphql'));
  }, 60_000);

  it('--schema URL introspects a running gateway with --header, and gives the same file', async () => {
    const fromFile = await readFile(join(app, 'src/generated/operations.ts'), 'utf8');
    const denied = await tiGraph(['--schema', harness().gateway.url, '--out', 'gw.ts'], app);
    expect(denied.code).toBe(2);
    expect(denied.stderr).toMatch(/ti-graph codegen: .*401/);
    expect(denied.stderr).toContain('pass --header "Authorization: Bearer <token>"');
    const token = harness().gateway.token!;
    const run = await tiGraph(['--schema', harness().gateway.url, '--header', `Authorization: Bearer ${token}`, '--out', 'gw.ts'], app);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await readFile(join(app, 'gw.ts'), 'utf8')).toBe(fromFile);
  }, 60_000);

  it('--add-typename writes the text Apollo Client sends (its cache adds __typename below the root), and the gateway answers it with them', async () => {
    const run = await tiGraph(['--add-typename', '--out', 'apollo.ts', '--manifest', 'apollo-documents.json'], app);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const manifest = JSON.parse(await readFile(join(app, 'apollo-documents.json'), 'utf8')) as Record<string, string>;
    const roster = Object.values(manifest).find((text) => text.startsWith('query FirstUsers'))!;
    // Byte for byte what Apollo Client 4 makes of the document as written: Apollo leaves it unchanged.
    expect(roster).toBe(print(addTypenameToDocument(parse(ROSTER))));
    expect(print(addTypenameToDocument(parse(roster)))).toBe(roster);
    expect(roster).not.toMatch(/^query FirstUsers \{\n {2}__typename/);
    for (const [id, text] of Object.entries(manifest)) expect(documentId(parse(text)).id).toBe(id);
    const operations = await readFile(join(app, 'apollo.ts'), 'utf8');
    expect(operations).toMatch(/export type FirstUsersQuery = \{ users: \{ __typename: 'UserAccountPage', items: Array<\{ __typename: 'UserAccount', email: string, enrollments: Array<\{ __typename: 'CourseEnrollment'/);
    const answer = await gql(harness(), { query: roster });
    expect(answer.body.data.users.__typename).toBe('UserAccountPage');
    expect(answer.body.data.users.items[0].enrollments.every((e: { __typename: string }) => e.__typename === 'CourseEnrollment')).toBe(true);
    // The config helper, given the same option, writes the same file.
    const config = codegenConfig({ documents: 'src/queries/*.graphql', output: 'apollo.ts', addTypename: true });
    const [output] = (await generate({ ...config, cwd: app, silent: true }, false)) as { content: string }[];
    expect(output!.content).toBe(operations);
  }, 60_000);

  it('graphql-codegen with the ti-graph/codegen config helper writes the same operations file', async () => {
    const config = codegenConfig({ documents: 'src/queries/*.graphql', output: 'helper.ts' });
    const [output] = (await generate({ ...config, cwd: app, silent: true }, false)) as { content: string }[];
    expect(output!.content).toBe(await readFile(join(app, 'src/generated/operations.ts'), 'utf8'));
  }, 60_000);
});
