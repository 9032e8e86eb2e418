/**
 * Liveness (`/healthz`: the process answers; no token, no tenant call) and readiness (`/readyz`:
 * the tenant answers a trivial query, and the gateway is not shutting down, else 503 at once so a
 * load balancer stops sending here), answered by the door before anything else.
 */
import type { DoorAnswer, DoorStep } from './door.js';

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

export interface HealthOptions {
  /** True when the tenant answers a trivial query (readiness). Never throws. */
  ping(): Promise<boolean>;
  /** True once shutdown has begun: readiness fails at once. */
  shuttingDown(): boolean;
}

const json = (status: number, body: unknown): DoorAnswer => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) });

export function healthChecks(options: HealthOptions): DoorStep {
  const live = json(200, { status: 'ok' });
  const ready = async () =>
    (await options.ping()) ? json(200, { status: 'ready' }) : json(503, { status: 'unavailable', reason: 'the tenant did not answer a trivial query' });
  return ({ path, state }) => {
    if (path !== HEALTH_PATH && path !== READY_PATH) return undefined;
    state.route = 'health';
    if (path === HEALTH_PATH) return live;
    return options.shuttingDown() ? json(503, { status: 'unavailable', reason: 'shutting down' }) : ready();
  };
}
