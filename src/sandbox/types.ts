/**
 * The sandbox's public shapes: how to start one, the handle it returns, and what a tenant on it
 * offers. Everything here is re-exported by the door (`index.ts`).
 */
import type { Logger } from '../util/index.js';
import type { TenantStore } from './store/index.js';
import type { WebhookSender, WebhookSenderOptions } from './webhooks/index.js';

export type SandboxProfile = 'seed' | 'v2';

/**
 * Faults to inject, per tenant, off unless set. Draws come from a PRNG seeded with `seed`, one fixed
 * set of draws per request, so the same request sequence meets the same faults every run.
 */
export interface FaultSpec {
  /** Fixed delay added to every response, ms. */
  latencyMs?: number;
  /** Extra uniform random delay in [0, jitterMs], ms. */
  jitterMs?: number;
  /** Probability of a 503 with a JSON error body. */
  errorRate?: number;
  /** Probability that a request starts a burst of 429s with no rate-limit headers (the seed's case). */
  burst429Rate?: number;
  /** How many consecutive requests a 429 burst covers, including the first (default 3). */
  burst429Length?: number;
  /** Probability the connection is destroyed without a response. */
  dropRate?: number;
  /** Probability a response is held back for `slowMs` (meant to outlast a client's timeout). */
  slowRate?: number;
  slowMs?: number;
  /** A server-side token bucket: `perMinute` refill, `burst` capacity. */
  bucket?: { perMinute: number; burst: number };
  /**
   * TI's points budget (100,000 a minute): every GraphQL request draws its priced points (the
   * vendor's model, src/cost) from a bucket of `burst` points refilled at `perMinute`, and is
   * answered 429 (`RATE_LIMITED`, Retry-After) when they are not there. CLI: `points=100000[/BURST]`.
   */
  points?: { perMinute: number; burst: number };
  /**
   * A GraphQL batch (a JSON array of operations) answered wrong, as a broken proxy or server could:
   * `short`, the array without its last result; `object`, the first result alone, not in an array.
   * Every batch meets it (no dice). CLI: `batch=short|object`.
   */
  batchAnswer?: 'short' | 'object';
  /** PRNG seed for the fault dice (default: the sandbox seed). */
  seed?: number;
  /**
   * Only requests whose URL path starts with this meet the faults (e.g. one user's
   * `/incoming/api/v1/users/ID/enrollments`); the others pass untouched and draw no dice.
   */
  path?: string;
}

export interface TenantOptions {
  /** The tenant's name, as its subdomain would be. */
  name: string;
  /** Its API key; derived from the seed and name when absent. */
  apiKey?: string;
  /** Seeded roster size (default 150). */
  users?: number;
  /** customFields keys configured for the tenant (others are dropped silently). */
  customFieldKeys?: string[];
  /** Faults for this tenant only: a spec or a CLI string such as `error=0.1,seed=4`. */
  faults?: FaultSpec | string;
}

export interface SandboxOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Which surface the ready line advertises; both REST trees are always served. */
  profile?: SandboxProfile;
  /** Roster size of the default tenant (default 150). Ignored when `tenants` is given. */
  users?: number;
  /** Schema snapshot served by GraphQL: a file path or a vendor date like `2022-12-21` (default newest). */
  schema?: string;
  /** false: GraphQL introspection fails validation, like a production server that disabled it (default true). */
  graphqlIntrospection?: boolean;
  /** Faults for the default tenant: a spec or a CLI string. Ignored when `tenants` is given. */
  faults?: FaultSpec | string;
  /** JSON file to load on start (if present) and save to after changes and on close. */
  dataFile?: string;
  /** PRNG seed for data and faults (default fixed, so every run builds the same tenant). */
  seed?: number;
  /** Several tenants on one server, told apart by key; the first is the default. */
  tenants?: TenantOptions[];
  logger?: Logger;
  /**
   * Send every tenant's changes as signed webhooks to `url`, with the vendor's retry schedule
   * (`timeScale` compresses it for tests). See src/sandbox/webhooks.
   */
  webhooks?: Omit<WebhookSenderOptions, 'logger'>;
}

export interface SandboxTenant {
  name: string;
  apiKey: string;
  store: TenantStore;
  customFieldKeys: readonly string[];
  /** Replaces this tenant's faults (undefined turns them off); the dice restart from the seed. */
  setFaults(spec: FaultSpec | string | undefined): void;
}

export interface RequestLogEntry {
  /** Epoch ms when the request arrived. */
  at: number;
  method: string;
  /** Route template, e.g. `GET /incoming/api/v1/users/:id`; `<METHOD> <unmatched>` for unknown paths. */
  route: string;
  /** Path and query with secrets masked. */
  path: string;
  /** Name of the tenant whose key authenticated the request; undefined when auth failed. */
  tenant: string | undefined;
  /** Status sent; undefined when the connection was dropped. */
  status: number | undefined;
  /** For GraphQL: operations in the request (a batch counts as one request of N operations). */
  operations?: number;
  /** For GraphQL on a tenant billed in points (the `points` knob): the points the request was priced at. */
  points?: number;
  /** Which fault was injected, if any: `drop`, `slow`, `error`, `burst429`, `bucket429`, `points429`. */
  fault?: string;
}

export interface RequestFilter {
  method?: string;
  /** Route template; with or without the method prefix (`/incoming/api/v1/users` matches any method). */
  route?: string;
  tenant?: string;
}

export interface RequestLog {
  /** Exact count of requests received that match the filter (all, when no filter). */
  count(filter?: RequestFilter): number;
  /** Recent entries, oldest first (the most recent 50,000 are kept). */
  entries(): RequestLogEntry[];
  reset(): void;
}

export interface Sandbox {
  /** Origin of the tenant, e.g. http://127.0.0.1:PORT (like https://{sub}.thoughtindustries.com). */
  url: string;
  /** Key of the default tenant. */
  apiKey: string;
  /** Name of the default tenant. */
  tenant: string;
  profile: SandboxProfile;
  /** Absolute path of the schema snapshot GraphQL serves (now: it changes with `setSchema`). */
  readonly snapshotPath: string;
  /**
   * Serves another snapshot from now on (a vendor date, snapshot file name or schema file), as
   * `POST /__sandbox/schema` does: the vendor changing its schema under running clients. Returns
   * the new path. @throws SchemaError when it cannot be loaded (the served one stays).
   */
  setSchema(ref: string): string;
  tenants: SandboxTenant[];
  tenantByName(name: string): SandboxTenant | undefined;
  requests: RequestLog;
  /** The outbound webhooks, when `webhooks` was configured: deliveries so far, `idle()`. */
  webhooks: WebhookSender | undefined;
  close(): Promise<void>;
}
