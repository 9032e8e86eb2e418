/**
 * The gateway follows the tenant's schema live (#23), end to end on the sandbox: it starts on the
 * vendor's 2022-12-21 snapshot, the sandbox switches to 2022-06-01 (which has no
 * Mutation.CreateLearner) and back, and a derived variant that collides with a gateway field.
 * Two apps are registered: `storefront` uses CreateLearner, `catalog` (an Apollo manifest) does not.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentIdOf } from '../../src/gateway/index.js';
import { resolveSnapshotPath } from '../../src/schema/index.js';
import { gql, startHarness, type Harness } from '../helpers/gateway.js';
import { waitFor } from '../helpers/wait-for.js';

const PROVISION = 'mutation Provision($email: String!) { CreateLearner(email: $email, firstName: "Ada", lastName: "Lovelace") { id } }';
const ME = 'query Me { CurrentUser { id email } }';
const POLL_MS = 150;

interface Alert {
  kind: string;
  text: string;
  broken?: Array<{ app: string; operation: string; coordinate: string }>;
  problem?: string;
}

function writeManifests(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ti-graph-apps-'));
  writeFileSync(join(dir, 'storefront.json'), JSON.stringify({ [documentIdOf(PROVISION)]: PROVISION }));
  const apollo = {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: [{ id: documentIdOf(ME).slice('sha256:'.length), name: 'Me', type: 'query', body: ME }],
  };
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(apollo));
  return dir;
}

/** 2022-12-21 plus `User.groups: [String]`: the vendor adding a field the gateway already adds (as `[ID!]`). */
function writeCollidingVariant(): string {
  const json = JSON.parse(readFileSync(resolveSnapshotPath('2022-12-21'), 'utf8')) as { __schema: { types: Array<{ name: string; fields: unknown[] | null }> } };
  const schema = json.__schema;
  const user = schema.types.find((type) => type.name === 'User')!;
  user.fields!.push({
    name: 'groups',
    description: null,
    args: [],
    type: { kind: 'LIST', name: null, ofType: { kind: 'SCALAR', name: 'String', ofType: null } },
    isDeprecated: false,
    deprecationReason: null,
  });
  const path = join(mkdtempSync(join(tmpdir(), 'ti-graph-variant-')), 'colliding-2022-12-21.introspection.json');
  writeFileSync(path, JSON.stringify(json));
  return path;
}

async function metricValue(h: Harness, pattern: RegExp): Promise<number | undefined> {
  const text = await (await fetch(h.gateway.metricsUrl!)).text();
  const line = text.split('\n').find((l) => pattern.test(l));
  return line === undefined ? undefined : Number(line.split(' ').pop());
}

describe('the gateway follows the tenant schema and names what breaks, per app', () => {
  let h: Harness;
  let alerts: Alert[] = [];
  let receiver: Server;
  let manifests: string;
  let stop = false;
  let paused = false;
  let idle = true;
  const failures: string[] = [];
  let sent = 0;
  let client: Promise<void>;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        alerts.push(JSON.parse(body) as Alert);
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    manifests = writeManifests();
    h = await startHarness({
      sandbox: { schema: '2022-12-21' },
      gateway: {
        liveSchema: true,
        schemaPollMs: POLL_MS,
        schemaAlertUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
        trustedDocuments: [manifests],
        metrics: { port: 0, host: '127.0.0.1' },
      },
    });
    // A client sending all along, by id and by text: none of its requests may fail because of a swap.
    client = (async () => {
      while (!stop) {
        idle = paused;
        if (paused) {
          await new Promise((resolve) => setTimeout(resolve, 10));
          continue;
        }
        for (const payload of [{ documentId: documentIdOf(ME) }, { query: '{ CurrentUser { email } users(perPage: 2) { total } }' }]) {
          sent++;
          const res = await gql(h, payload);
          if (res.status !== 200 || res.body?.errors) failures.push(`${res.status} ${res.text.slice(0, 200)}`);
        }
      }
    })();
  }, 120_000);

  afterAll(async () => {
    stop = true;
    await client;
    await h?.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('starts on the live schema; the storefront runs Provision', async () => {
    expect(h.gateway.schema.getMutationType()?.getFields().CreateLearner).toBeDefined();
    const res = await gql(h, { documentId: documentIdOf(PROVISION), variables: { email: 'ada@example.com' } });
    expect(res.body.errors?.[0]?.extensions?.code).not.toBe('VENDOR_SCHEMA_CHANGED');
  });

  it('serves the changed schema within the poll interval, and names storefront/Provision, not catalog', async () => {
    h.sandbox.setSchema('2022-06-01');
    await waitFor(() => h.gateway.schema.getMutationType()?.getFields().CreateLearner === undefined, 'the gateway to swap in the new schema', { timeoutMs: 90_000 });
    expect(await metricValue(h, /^ti_graph_schema_reloads_total\{result="applied"\}/)).toBe(1);
    await waitFor(() => alerts.some((a) => a.kind === 'schema-changed'), 'the alert', { timeoutMs: 30_000 });
    expect(await metricValue(h, /^ti_graph_schema_breaking_operations\{app="storefront",operation="Provision"\}/)).toBe(1);
    expect(await metricValue(h, /^ti_graph_schema_breaking_operations\{app="catalog"/)).toBeUndefined();

    const warn = h.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 40 && l.app === 'storefront');
    expect(warn).toHaveLength(1);
    expect(warn[0]).toMatchObject({ operation: 'Provision', coordinate: 'Mutation.CreateLearner' });
    expect(h.logs.some((l) => l.includes('"app":"catalog"'))).toBe(false);

    const alert = alerts.find((a) => a.kind === 'schema-changed')!;
    expect(alert.text).toContain('storefront/Provision');
    expect(alert.text).not.toContain('catalog');
    // The apps' findings (the gateway's own operations/, app ti-graph, lose Login and more to this change too).
    expect(alert.broken!.filter((b) => b.app !== 'ti-graph')).toEqual([
      expect.objectContaining({ app: 'storefront', operation: 'Provision', coordinate: 'Mutation.CreateLearner' }),
    ]);
    expect(alert.broken!.some((b) => b.app === 'ti-graph' && b.operation === 'Login')).toBe(true);

    // The broken trusted document is answered without calling the tenant.
    paused = true;
    await waitFor(() => idle, 'the background client to pause', { timeoutMs: 30_000 });
    const before = h.sandbox.requests.count();
    const refused = await gql(h, { documentId: documentIdOf(PROVISION), variables: { email: 'ada@example.com' } });
    expect(h.sandbox.requests.count()).toBe(before);
    paused = false;
    expect(refused.body.errors[0].extensions.code).toBe('VENDOR_SCHEMA_CHANGED');
    expect(refused.body.errors[0].message).toContain('Mutation.CreateLearner');
    expect(refused.body.errors[0].message).not.toMatch(/Cannot query field/);
  }, 180_000);

  it('clears the gauge when the vendor restores what it broke', async () => {
    h.sandbox.setSchema('2022-12-21');
    await waitFor(() => h.gateway.schema.getMutationType()?.getFields().CreateLearner !== undefined, 'the gateway to swap back', { timeoutMs: 90_000 });
    await waitFor(async () => (await metricValue(h, /^ti_graph_schema_breaking_operations\{app="storefront",operation="Provision"\}/)) === 0, 'the gauge to clear', { timeoutMs: 30_000 });
    const res = await gql(h, { documentId: documentIdOf(PROVISION), variables: { email: 'grace@example.com' } });
    expect(res.body.errors?.[0]?.extensions?.code).not.toBe('VENDOR_SCHEMA_CHANGED');
  }, 180_000);

  it('keeps the last good graph when the new schema collides with a gateway field, and reports it', async () => {
    const served = h.gateway.schema;
    h.sandbox.setSchema(writeCollidingVariant());
    await waitFor(async () => ((await metricValue(h, /^ti_graph_schema_reloads_total\{result="refused"\}/)) ?? 0) >= 1, 'the refusal', { timeoutMs: 90_000 });
    expect(h.gateway.schema).toBe(served);
    expect(h.logs.some((l) => l.includes('User.groups') && l.includes('last good graph'))).toBe(true);
    await waitFor(() => alerts.some((a) => a.kind === 'schema-refused'), 'the refusal alert', { timeoutMs: 30_000 });
    expect(alerts.find((a) => a.kind === 'schema-refused')!.problem).toContain('User.groups');
    // Refused once, not at every poll.
    const refusedAlerts = alerts.filter((a) => a.kind === 'schema-refused').length;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 4));
    expect(alerts.filter((a) => a.kind === 'schema-refused').length).toBe(refusedAlerts);
    const res = await gql(h, { query: '{ CurrentUser { email } }' });
    expect(res.body.data.CurrentUser.email).toBeTruthy();
  }, 180_000);

  it('a client sending all along saw no failed request', async () => {
    stop = true;
    await client;
    expect(sent).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});
