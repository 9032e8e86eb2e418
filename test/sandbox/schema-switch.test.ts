/**
 * The sandbox changes its schema under running clients (POST /__sandbox/schema, or setSchema in
 * process): the vendor's real history, 2022-12-21 (has Mutation.CreateLearner) to 2022-06-01 (has
 * not) and back, over HTTP.
 */
import { describe, expect, it } from 'vitest';
import { useSandbox, type Sandbox } from '../helpers/sandbox.js';

const CREATE_LEARNER_FIELD = '{ __type(name: "Mutation") { fields { name } } }';

async function mutationFields(sandbox: Sandbox): Promise<string[]> {
  const response = await fetch(`${sandbox.url}/incoming/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': sandbox.apiKey },
    body: JSON.stringify({ query: CREATE_LEARNER_FIELD }),
  });
  const body = (await response.json()) as { data: { __type: { fields: Array<{ name: string }> } } };
  return body.data.__type.fields.map((f) => f.name);
}

async function admin(sandbox: Sandbox, init: { method: string; body?: unknown; key?: string | undefined }) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.key !== undefined) headers['x-api-key'] = init.key;
  const response = await fetch(`${sandbox.url}/__sandbox/schema`, {
    method: init.method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the sandbox switches the schema it serves while running', () => {
  const sandbox = useSandbox({ schema: '2022-12-21' });

  it('serves another vendor snapshot after POST /__sandbox/schema, and back', async () => {
    expect(await mutationFields(sandbox())).toContain('CreateLearner');
    const switched = await admin(sandbox(), { method: 'POST', body: { schema: '2022-06-01' }, key: sandbox().apiKey });
    expect(switched.status).toBe(200);
    expect(switched.body.schema).toBe('2022-06-01-bd78f70.introspection.json');
    expect(sandbox().snapshotPath).toMatch(/2022-06-01/);
    expect(await mutationFields(sandbox())).not.toContain('CreateLearner');
    const status = await admin(sandbox(), { method: 'GET', key: sandbox().apiKey });
    expect(status.body.schema).toBe('2022-06-01-bd78f70.introspection.json');

    sandbox().setSchema('2022-12-21');
    expect(await mutationFields(sandbox())).toContain('CreateLearner');
  });

  it('needs a tenant key, and refuses an unknown snapshot without changing what it serves', async () => {
    expect((await admin(sandbox(), { method: 'POST', body: { schema: '2022-06-01' } })).status).toBe(401);
    expect((await admin(sandbox(), { method: 'POST', body: { schema: '2022-06-01' }, key: 'ti_sandbox_wrong-key' })).status).toBe(401);
    const refused = await admin(sandbox(), { method: 'POST', body: { schema: '1999-01-01' }, key: sandbox().apiKey });
    expect(refused.status).toBe(422);
    expect(String(refused.body.message)).toMatch(/1999-01-01/);
    expect((await admin(sandbox(), { method: 'POST', body: {}, key: sandbox().apiKey })).status).toBe(400);
    expect(await mutationFields(sandbox())).toContain('CreateLearner');
  });
});
