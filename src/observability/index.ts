/**
 * Metrics and traces for the gateway. `createObservability` joins them: the request listener
 * wrapper (server span, the upstream hook's scope), the per-request outcome, the upstream hook.
 * With both off, the listener is returned unchanged and the hook finds no scope: zero cost.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayMetrics, RequestObservation } from './metrics.js';
import type { GatewayTracing } from './tracing.js';
import { upstreamScope, type RestContractViolation, type UpstreamObserver } from './upstream.js';

export { createGatewayMetrics, startMetricsServer, type GatewayMetrics, type MetricsServer, type RequestObservation } from './metrics.js';
export { createTracing, type GatewayTracing, type TracingOptions } from './tracing.js';
export { startUpstream, reportRestContract, type UpstreamCall, type UpstreamEvent, type RestContractViolation } from './upstream.js';

export interface Observability {
  wrapListener<L extends (req: IncomingMessage, res: ServerResponse) => void>(listener: L): (req: IncomingMessage, res: ServerResponse) => void;
  observeRequest(observation: RequestObservation): void;
  observeAdmission(state: { inFlight: number; queued: number }): void;
}

export function createObservability(parts: {
  metrics?: GatewayMetrics | undefined;
  tracing?: GatewayTracing | undefined;
  /** A REST response off the documented shape (after the metric): the gateway alerts new ones. */
  onRestContract?: ((violation: RestContractViolation) => void) | undefined;
}): Observability {
  const { metrics, tracing } = parts;
  const observer: UpstreamObserver = {
    restContract(violation) {
      metrics?.observeRestContract(violation);
      parts.onRestContract?.(violation);
    },
    start(call) {
      const started = performance.now();
      const span = tracing?.upstream(call);
      let ended = false;
      return {
        headers: span?.headers ?? {},
        end(status) {
          if (ended) return;
          ended = true;
          metrics?.observeUpstream({ ...call, status, durationMs: performance.now() - started });
          span?.end(status);
        },
      };
    },
  };
  return {
    wrapListener(listener) {
      if (!metrics && !tracing && !parts.onRestContract) return listener;
      if (!tracing) return (req, res) => upstreamScope.run(observer, listener, req, res);
      return (req, res) => upstreamScope.run(observer, () => tracing.handle(req, res, () => listener(req, res)));
    },
    observeRequest(observation) {
      metrics?.observeRequest(observation);
      tracing?.annotate({
        'ti_graph.route': observation.route,
        'http.response.status_code': observation.status,
        ...(observation.operationName ? { 'graphql.operation.name': observation.operationName } : {}),
      });
    },
    observeAdmission(state) {
      metrics?.observeAdmission(state);
    },
  };
}
