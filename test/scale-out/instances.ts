/**
 * Gateway instances in this process, wired exactly as `ti-graph serve` wires them on a configured
 * tenant (`openTenantAccess`, the events service told of every change, the gateway on the shared
 * budget), from an environment as an operator would set it. Several in one process are still
 * separate instances: each has its own budget, cache and Redis connections, and its own port.
 * (Separate processes would be more of the same at a heavy start-up cost on a busy machine; the
 * sync in these tests is a real `ti-graph sync` process.)
 */
import { loadConfig } from '../../src/config/index.js';
import { createEventsService, type EventsService } from '../../src/events/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/index.js';
import { openTenantAccess, type TenantAccess } from '../../src/tenant/scale-out/index.js';
import { createLogger } from '../../src/util/index.js';
import { CLIENT_TOKEN } from './processes.js';

export interface Instance {
  url: string;
  webhookUrl: string;
  access: TenantAccess;
  events: EventsService;
  gateway: RunningGateway;
  logs: string[];
  query(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

export async function startInstance(env: Record<string, string | undefined>): Promise<Instance> {
  const config = loadConfig({ TI_GRAPH_TOKENS: `scale-test:${CLIENT_TOKEN}:read+write+admin`, ...env });
  const tenant = config.tenant!;
  const logs: string[] = [];
  const logger = createLogger({ level: 'warn', secrets: [tenant.apiKey], destination: { write: (line: string) => logs.push(line) } });
  const access = openTenantAccess(config, tenant, { logger });
  const events = createEventsService({
    webhookSecret: config.webhookSecret,
    redisUrl: config.redisUrl,
    namespace: config.redisNamespace,
    onEvent: access.onEvent,
    logger,
  });
  const gateway = await startGateway({
    gateway: { ...config.gateway, port: 0 },
    tenant,
    rest: access.rest,
    events,
    budget: access.budget,
    points: access.points,
    logLevel: 'warn',
    logDestination: { write: (line: string) => logs.push(line) },
  });
  return {
    url: gateway.url,
    webhookUrl: gateway.url.replace(/\/graphql$/, '/webhooks/ti'),
    access,
    events,
    gateway,
    logs,
    async query(query, variables) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${CLIENT_TOKEN}` },
        body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
      });
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = { text };
      }
      return { status: response.status, body };
    },
    async stop() {
      await gateway.close(1_000);
      await events.close();
      await access.close();
    },
  };
}

export async function startInstances(count: number, env: Record<string, string | undefined>): Promise<Instance[]> {
  return Promise.all(Array.from({ length: count }, () => startInstance(env)));
}
