/**
 * A trusted document holding more than one operation (#23): when the tenant's schema change breaks
 * one of them, only requests running that operation are refused with VENDOR_SCHEMA_CHANGED; a
 * request running another, unbroken operation of the same document is served. The metric, the
 * warn line and the reload's findings name the broken operation, not the document nor its sibling.
 * End to end on the sandbox: 2022-12-21 has Mutation.CreateLearner, 2022-06-01 does not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentIdOf } from '../../src/gateway/index.js';
import { gql, startHarness, type Harness } from '../helpers/gateway.js';

/** One manifest entry, two operations: Me (a tenant query the change leaves alone) and Provision (broken by it). */
const DOCUMENT = [
  'query Me { CurrentUser { id email } }',
  'mutation Provision($email: String!) { CreateLearner(email: $email, firstName: "Ada", lastName: "Lovelace") { id } }',
].join('\n');
const ID = documentIdOf(DOCUMENT);

async function metricLines(h: Harness, pattern: RegExp): Promise<string[]> {
  const text = await (await fetch(h.gateway.metricsUrl!)).text();
  return text.split('\n').filter((line) => pattern.test(line));
}

describe('a trusted document with several operations, one of them broken by a schema change', () => {
  let h: Harness;

  beforeAll(async () => {
    const apps = mkdtempSync(join(tmpdir(), 'ti-graph-multi-op-'));
    writeFileSync(join(apps, 'storefront.json'), JSON.stringify({ [ID]: DOCUMENT }));
    h = await startHarness({
      sandbox: { schema: '2022-12-21' },
      // Following the tenant (an hour's poll: the test polls by hand with reloadSchema, the poll's own code).
      gateway: { liveSchema: true, schemaPollMs: 3_600_000, trustedDocuments: [apps], metrics: { port: 0, host: '127.0.0.1' } },
    });
    h.sandbox.setSchema('2022-06-01');
    const outcome = await h.gateway.reloadSchema();
    expect(outcome.result).toBe('applied');
    // The reload's findings name the broken operation of the document, not its sibling.
    const breaks = outcome.findings!.filter((finding) => finding.app === 'storefront' && finding.impact === 'breaks');
    expect(breaks).toEqual([expect.objectContaining({ operation: 'Provision', coordinate: 'Mutation.CreateLearner' })]);
    expect(outcome.findings!.some((finding) => finding.app === 'storefront' && finding.operation === 'Me')).toBe(false);
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it('refuses the broken operation, by id and by text, without calling the tenant', async () => {
    const before = h.sandbox.requests.count();
    for (const payload of [
      { documentId: ID, operationName: 'Provision', variables: { email: 'ada@example.com' } },
      { query: DOCUMENT, operationName: 'Provision', variables: { email: 'ada@example.com' } },
    ]) {
      const res = await gql(h, payload);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('VENDOR_SCHEMA_CHANGED');
      expect(res.body.errors[0].message).toContain('Mutation.CreateLearner');
      expect(res.body.errors[0].message).toContain('"Provision"');
    }
    expect(h.sandbox.requests.count()).toBe(before);
  });

  it("serves the document's unbroken operation, by id and by text", async () => {
    for (const payload of [
      { documentId: ID, operationName: 'Me' },
      { query: DOCUMENT, operationName: 'Me' },
    ]) {
      const res = await gql(h, payload);
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.CurrentUser.email).toBeTruthy();
    }
  });

  it('names the broken operation in the gauge and the warn line, and only it', async () => {
    expect(await metricLines(h, /^ti_graph_schema_breaking_operations\{app="storefront",operation="Provision"\} 1$/)).toHaveLength(1);
    expect(await metricLines(h, /^ti_graph_schema_breaking_operations\{app="storefront",operation="Me"\}/)).toEqual([]);
    const warns = h.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.level === 40 && line.app === 'storefront');
    expect(warns).toEqual([expect.objectContaining({ operation: 'Provision', coordinate: 'Mutation.CreateLearner' })]);
  });

  it('a document left without an operation name is for graphql-js to refuse, not the vendor change', async () => {
    // Two operations and no operationName: the client did not say which runs, so nothing says it is the broken one.
    const res = await gql(h, { documentId: ID });
    expect(res.body.errors?.[0]?.extensions?.code).not.toBe('VENDOR_SCHEMA_CHANGED');
    expect(res.body.errors?.[0]?.message).toMatch(/operation/i);
  });
});
