/**
 * The same check guards the gateway's own schema: compose the unified schema as the gateway does
 * (tenant snapshot + GATEWAY_EXTENSIONS), print it as `schema/unified.graphql` is printed, then
 * change the gateway and check committed operations against the result.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SchemaError } from '../../src/errors/index.js';
import { loadConfig } from '../../src/config/index.js';
import { runDrift } from '../../src/drift/index.js';
import { buildGatewaySchema, GATEWAY_EXTENSIONS } from '../../src/gateway/index.js';
import { loadSchemaFile, printSortedSchema, resolveSnapshotPath } from '../../src/schema/index.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const config = loadConfig({});
const tenantSchema = loadSchemaFile(resolveSnapshotPath('2023-07-20'));
const dir = mkdtempSync(join(tmpdir(), 'drift-unified-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Prints the gateway's schema with one edit to its extensions' SDL, as `schema:print` would. */
function printUnified(name: string, edit: (typeDefs: string) => string = (t) => t): string {
  const extensions = GATEWAY_EXTENSIONS.map((e) => ({ ...e, typeDefs: edit(e.typeDefs) }));
  const path = join(dir, name);
  writeFileSync(path, printSortedSchema(buildGatewaySchema(tenantSchema, extensions)));
  return path;
}

describe('drift guards schema/unified.graphql', () => {
  const committed = printUnified('unified.graphql');

  it('the committed operations/ validate against the unified schema the gateway composes', async () => {
    const { report } = await runDrift({ cwd: REPO, config, base: committed, target: committed });
    expect(report.documents.operations).toBeGreaterThan(0);
    expect(report.invalidOperations).toEqual([]);
    expect(report.summary.exitCode).toBe(0);
  });

  it('a gateway change that breaks an operation fails (exit 1) and names it; an additive one passes', async () => {
    const breaking = printUnified('breaking.graphql', (t) =>
      t.replace('deleteUser(id: ID!, confirm: Boolean!): ID!', 'deleteUser(id: ID!, confirm: Boolean!, reason: String!): ID!'),
    );
    const additive = printUnified('additive.graphql', (t) =>
      t.replace('reactivateUser(id: ID!): UserAccount!', 'reactivateUser(id: ID!): UserAccount!\n    suspendUser(id: ID!): UserAccount!'),
    );
    const documents = ['test/drift/fixtures/unified/*.graphql'];
    const broken = await runDrift({ cwd: REPO, config, base: committed, target: breaking, documents, defaultDocuments: false });
    const change = broken.report.changes.find((c) => c.path === 'Mutation.deleteUser.reason')!;
    expect(change).toMatchObject({ type: 'FIELD_ARGUMENT_ADDED', criticality: 'BREAKING', impact: 'breaks' });
    expect(change.operations.map((o) => [o.operation.name, o.at.file, o.at.line])).toEqual([
      ['Erase', 'test/drift/fixtures/unified/lifecycle.graphql', 10],
    ]);
    expect(broken.report.summary.exitCode).toBe(1);

    const grown = await runDrift({ cwd: REPO, config, base: committed, target: additive, documents, defaultDocuments: false });
    expect(grown.report.changes.map((c) => `${c.type} ${c.path}`)).toEqual(['FIELD_ADDED Mutation.suspendUser', 'FIELD_ARGUMENT_ADDED Mutation.suspendUser.id']);
    expect(grown.report.changes.every((c) => c.impact === 'safe')).toBe(true);
    expect(grown.report.summary.exitCode).toBe(0);
  });

  it('by default, tenant drift is judged as the gateway serves our operations (its additions on both sides)', async () => {
    // A repository in miniature: the committed tenant snapshot, the gateway's printed schema, operations/.
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, 'schema'), { recursive: true });
    mkdirSync(join(repo, 'operations'), { recursive: true });
    const tenantSdl = printSortedSchema(tenantSchema);
    writeFileSync(join(repo, 'schema/tenant.graphql'), tenantSdl);
    copyFileSync(committed, join(repo, 'schema/unified.graphql'));
    copyFileSync(join(REPO, 'test/drift/fixtures/unified/lifecycle.graphql'), join(repo, 'operations/lifecycle.graphql'));

    // The vendor's 2022-12-21 schema has no Logout: SignOut breaks; the REST-backed operations do not.
    const { report } = await runDrift({ cwd: repo, config, target: resolveSnapshotPath('2022-12-21') });
    expect(report.gateway).toBe('schema/unified.graphql');
    expect(report.changes.filter((c) => c.impact === 'breaks').map((c) => [c.path, c.operations.map((o) => o.operation.name)])).toEqual([
      ['Mutation.Logout', ['SignOut']],
    ]);
    expect(report.invalidOperations).toEqual([]);
    expect(report.summary.exitCode).toBe(1);

    // Without the gateway's additions, every gateway operation is simply invalid against the tenant.
    const raw = await runDrift({ cwd: repo, config, target: resolveSnapshotPath('2022-12-21'), gateway: 'none' });
    expect(raw.report.gateway).toBeNull();
    expect(raw.report.invalidOperations.map((i) => i.operation.name)).toEqual(expect.arrayContaining(['Offboard', 'Erase', 'FindByEmail']));

    // Any base works: the additions are what unified.graphql has beyond the snapshot it was printed from.
    const older = await runDrift({ cwd: repo, config, base: resolveSnapshotPath('2022-12-21'), target: resolveSnapshotPath('2023-07-20'), gateway: 'schema/unified.graphql' });
    expect(older.report).toMatchObject({ gateway: 'schema/unified.graphql', invalidOperations: [], summary: { breaking: 9, exitCode: 0 } });

    // A tenant that now has a field the gateway adds: the gateway could not compose, so drift cannot judge.
    const clashing = join(repo, 'clashing.graphql');
    writeFileSync(clashing, tenantSdl.replace('type Query {\n', 'type Query {\n  userByEmail(email: String!): User\n'));
    const clash = runDrift({ cwd: repo, config, target: clashing });
    await expect(clash).rejects.toBeInstanceOf(SchemaError);
    await expect(clash).rejects.toThrow(/the gateway's additions no longer fit clashing.graphql: .*userByEmail/);
  });
});
