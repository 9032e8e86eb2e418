/**
 * The one way tests start a sandbox tenant and the gateway on it (both on loopback, ephemeral
 * ports) with the gateway's log lines captured, plus a small GraphQL client for the tests.
 *
 *   const h = await startHarness({ sandbox: { users: 60 } });
 *   const res = await gql(h, { query: '{ CurrentUser { email } }' });
 *   await h.close();
 */
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type ClientToken, type GatewayConfig, type TenantConfig } from '../../src/config/index.js';
import type { EventsService } from '../../src/events/index.js';
import { startGateway, type GatewayOptions, type InternalGatewayOptions, type RunningGateway } from '../../src/gateway/index.js';
import { createRestClient } from '../../src/tenant/index.js';
import { startTestSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';

export interface Harness {
  sandbox: Sandbox;
  gateway: RunningGateway;
  tenant: TenantConfig;
  /** Every log line the gateway wrote. */
  logs: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  sandbox?: SandboxOptions;
  /** Front this running sandbox instead of starting one (`sandbox` is then ignored); the caller closes it. */
  running?: Sandbox;
  gateway?: Partial<GatewayConfig>;
  tokens?: ClientToken[];
  /** Extra environment for the config loader, e.g. `{ TI_PROFILE: 'v2' }`. */
  env?: Record<string, string>;
  /** An events service for the gateway's webhook endpoint and subscriptions (the caller closes it). */
  events?: EventsService;
  /** The tenant budget the gateway's tenant calls draw from (the caller closes it). */
  budget?: GatewayOptions['budget'];
  /** The tenant points budget the gateway's tenant GraphQL calls draw from (the caller closes it). */
  points?: GatewayOptions['points'];
  /** The gateway's internal switches (e.g. `{ queryPlan: false }`: stitched execution only). */
  internal?: InternalGatewayOptions;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const sandbox = options.running ?? (await startTestSandbox(options.sandbox));
  // One attempt: the tests see each REST failure as it happens (retries are the REST client's own tests).
  const config = loadConfig({ TI_BASE_URL: sandbox.url, TI_API_KEY: sandbox.apiKey, TI_RETRY_MAX_ATTEMPTS: '1', ...options.env });
  const tenant = config.tenant!;
  const logs: string[] = [];
  const gateway = await startGateway({
    gateway: { ...config.gateway, port: 0, tokens: options.tokens ?? [], ...options.gateway },
    tenant,
    rest: createRestClient(tenant),
    ...(options.events ? { events: options.events } : {}),
    ...(options.budget ? { budget: options.budget } : {}),
    ...(options.points ? { points: options.points } : {}),
    logLevel: 'debug',
    logDestination: { write: (line: string) => logs.push(line) },
  }, options.internal);
  return {
    sandbox,
    gateway,
    tenant,
    logs,
    async close() {
      await gateway.close(1_000);
      if (!options.running) await sandbox.close();
    },
  };
}

/**
 * Starts a harness before the suite's tests and closes it after (the beforeAll/afterAll pair).
 * Returns a getter, because the harness exists only once beforeAll has run. Options that depend
 * on an earlier beforeAll (a folder it wrote) can be given as a function, called when the harness
 * starts. Hooks registered after this call run after the harness starts and before it closes.
 *
 *   const h = useHarness({ tokens: [ADMIN] });
 *   it('...', async () => { const res = await gql(h(), { query }); });
 */
export function useHarness(options: HarnessOptions | (() => HarnessOptions) = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(typeof options === 'function' ? options() : options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('useHarness(): the harness is available only inside tests (after beforeAll)');
    return harness;
  };
}

export interface GraphqlResponse {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

/** POSTs a GraphQL request (or a batch) to the gateway. `token: null` sends no Authorization. */
export async function gql(
  harness: Harness,
  payload: unknown,
  options: { token?: string | null; headers?: Record<string, string> } = {},
): Promise<GraphqlResponse> {
  const token = options.token === undefined ? harness.gateway.token : options.token;
  const response = await fetch(harness.gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...options.headers,
    },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}
