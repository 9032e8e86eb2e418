import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import { stateOf, type FrontDoorServerContext } from './state.js';

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

export interface HealthOptions {
  /** True when the tenant answers a trivial query (readiness). Never throws. */
  ping(): Promise<boolean>;
  /** True once shutdown has begun: readiness fails at once, so a load balancer stops sending here. */
  shuttingDown?: () => boolean;
}

const json = (fetchAPI: { Response: typeof Response }, status: number, body: unknown) =>
  new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/**
 * Liveness (`/healthz`: the process answers; no token, no tenant call) and readiness (`/readyz`:
 * the tenant answers a trivial query, and the gateway is not shutting down), on Yoga's own
 * readiness-check plugin.
 */
export function useHealthChecks(options: HealthOptions): Array<Plugin<Record<string, unknown>, FrontDoorServerContext>> {
  const mark: Plugin<Record<string, unknown>, FrontDoorServerContext> = {
    onRequest({ request, serverContext }) {
      const url = request.url;
      if (url.endsWith(HEALTH_PATH) || url.endsWith(READY_PATH)) stateOf(serverContext, request).route = 'health';
    },
  };
  return [
    mark,
    useReadinessCheck({ endpoint: HEALTH_PATH, check: ({ fetchAPI }) => json(fetchAPI, 200, { status: 'ok' }) }) as Plugin<Record<string, unknown>, FrontDoorServerContext>,
    useReadinessCheck({
      endpoint: READY_PATH,
      check: async ({ fetchAPI }) =>
        options.shuttingDown?.()
          ? json(fetchAPI, 503, { status: 'unavailable', reason: 'shutting down' })
          : (await options.ping())
          ? json(fetchAPI, 200, { status: 'ready' })
          : json(fetchAPI, 503, { status: 'unavailable', reason: 'the tenant did not answer a trivial query' }),
    }) as Plugin<Record<string, unknown>, FrontDoorServerContext>,
  ];
}
