/**
 * `ti-graph/testing`: an app's tests start the sandbox tenant and a gateway on it from code, on
 * loopback with ephemeral ports, and stop them after. No TI_* is read from the environment: what
 * runs is what the options say.
 *
 *   import { startSandbox, startGateway } from 'ti-graph/testing';
 *   const sandbox = await startSandbox({ users: 20 });
 *   const gateway = await startGateway({ tenant: sandbox, trustedDocuments: ['src/generated/trusted-documents.json'] });
 *   const client = createClient({ url: gateway.url, token: gateway.token });
 *   ...
 *   await gateway.stop(); await sandbox.stop();
 */
import { resolve } from 'node:path';
import { loadConfig } from '../config/index.js';
import { startGateway as startGatewayServer } from '../gateway/index.js';
import { startSandbox as startSandboxServer, type SandboxProfile } from '../sandbox/index.js';
import { createRestClient } from '../tenant/index.js';
import { createLogger } from '../util/index.js';

export interface TestSandboxOptions {
  /** Seeded users (default 150). */
  users?: number;
  /** Seed of the generated data: the same seed, the same users. */
  seed?: number;
  /** Which of the vendor's surfaces it imitates: `seed` (default) or `v2`. */
  profile?: SandboxProfile;
  /** Port (default 0: any free port). */
  port?: number;
}

export interface TestSandbox {
  /** The tenant's origin, e.g. http://127.0.0.1:PORT. */
  url: string;
  /** Its API key (a gateway's tenant key). */
  apiKey: string;
  stop(): Promise<void>;
}

/** A sandbox tenant (REST and GraphQL, seeded) on loopback. */
export async function startSandbox(options: TestSandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startSandboxServer({
    port: options.port ?? 0,
    ...(options.users !== undefined ? { users: options.users } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    logger: createLogger({ level: 'silent', name: 'sandbox' }),
  });
  return { url: sandbox.url, apiKey: sandbox.apiKey, stop: () => sandbox.close() };
}

export interface TestGatewayOptions {
  /** The tenant to front: a started sandbox, or any `{ url, apiKey }` on loopback. */
  tenant: { url: string; apiKey: string };
  /** Trusted-documents manifests (the app's, from codegen), relative to the working directory. */
  trustedDocuments?: string[];
  /** Refuse documents not in the manifests (default false). */
  trustedOnly?: boolean;
  /** The development token's value (default: a fresh one per start). */
  token?: string;
  /** Port (default 0: any free port). */
  port?: number;
  /** Pino level of the gateway's log on stderr (default silent). */
  logLevel?: string;
  /** More TI_* / TI_GRAPH_* settings, as the README's configuration table names them. */
  env?: Record<string, string>;
}

export interface TestGateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:PORT/graphql. */
  url: string;
  /** Its development token (every scope): send it as `Authorization: Bearer <token>`. */
  token: string;
  stop(): Promise<void>;
}

/** The unified gateway on loopback in front of `tenant`, with a development token. */
export async function startGateway(options: TestGatewayOptions): Promise<TestGateway> {
  const config = loadConfig({
    TI_BASE_URL: options.tenant.url,
    TI_API_KEY: options.tenant.apiKey,
    ...(options.token ? { TI_GRAPH_DEV_TOKEN: options.token } : {}),
    ...options.env,
  });
  const tenant = config.tenant!;
  const gateway = await startGatewayServer({
    gateway: {
      ...config.gateway,
      host: '127.0.0.1',
      port: options.port ?? 0,
      trustedDocuments: [...config.gateway.trustedDocuments, ...(options.trustedDocuments ?? []).map((path) => resolve(path))],
      ...(options.trustedOnly !== undefined ? { trustedOnly: options.trustedOnly } : {}),
    },
    tenant,
    rest: createRestClient(tenant),
    logLevel: options.logLevel ?? 'silent',
  });
  if (!gateway.token) throw new Error('ti-graph/testing: the gateway minted no development token (TI_GRAPH_TOKENS or OIDC given in env?)');
  return { url: gateway.url, token: gateway.token, stop: () => gateway.close(1_000) };
}
