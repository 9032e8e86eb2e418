/**
 * Starting while following the tenant's schema (#23): with TI_GRAPH_LIVE_SCHEMA and polling, a
 * tenant unreachable at start means the committed snapshot, said in a warn line; the settings are
 * validated with the variable's name.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { startGateway } from '../../src/gateway/index.js';
import { createRestClient } from '../../src/tenant/index.js';
import { freePort } from '../helpers/free-port.js';

describe('following the tenant schema from the start', () => {
  it('starts on the committed snapshot, and says so, when the tenant cannot be read at start', async () => {
    const port = await freePort(); // nothing listens there
    const config = loadConfig({ TI_BASE_URL: `http://127.0.0.1:${port}`, TI_API_KEY: 'ti_sandbox_unreachable-key', TI_RETRY_MAX_ATTEMPTS: '1', TI_TIMEOUT_MS: '2000' });
    const logs: string[] = [];
    const gateway = await startGateway({
      gateway: { ...config.gateway, port: 0, liveSchema: true, schemaPollMs: 60_000 },
      tenant: config.tenant!,
      rest: createRestClient(config.tenant!),
      logDestination: { write: (line: string) => logs.push(line) },
    });
    try {
      expect(gateway.schema.getQueryType()?.getFields().CurrentUser).toBeDefined();
      const warn = logs.map((l) => JSON.parse(l) as { level: number; msg: string; snapshot?: string }).find((l) => l.level === 40 && /could not be read at start/.test(l.msg));
      expect(warn?.snapshot).toMatch(/tenant\.graphql|introspection\.json/);
      expect(logs.join('\n')).not.toContain('ti_sandbox_unreachable-key');
      const outcome = await gateway.reloadSchema();
      expect(outcome.result).toBe('failed');
    } finally {
      await gateway.close(500);
    }
  });

  it('validates TI_GRAPH_SCHEMA_POLL_MS and TI_GRAPH_SCHEMA_ALERT_URL, naming them', () => {
    expect(() => loadConfig({ TI_GRAPH_SCHEMA_POLL_MS: 'often' })).toThrow(/TI_GRAPH_SCHEMA_POLL_MS/);
    expect(() => loadConfig({ TI_GRAPH_SCHEMA_ALERT_URL: 'slack' })).toThrow(/TI_GRAPH_SCHEMA_ALERT_URL/);
    const config = loadConfig({ TI_GRAPH_SCHEMA_POLL_MS: '60000', TI_GRAPH_SCHEMA_ALERT_URL: 'https://hooks.example.com/x' });
    expect(config.gateway.schemaPollMs).toBe(60_000);
    expect(config.gateway.schemaAlertUrl).toBe('https://hooks.example.com/x');
    expect(loadConfig({}).gateway.schemaPollMs).toBe(0);
  });
});
