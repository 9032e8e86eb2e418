/**
 * OpenTelemetry traces: a server span per gateway request (continuing the client's W3C
 * `traceparent` when it sends one) and a client span per tenant call, whose context goes to the
 * tenant in `traceparent`. Configured by the standard OTEL_* variables (parsed in src/config):
 * OTLP/HTTP export when an endpoint is set; otherwise no tracer exists at all.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, defaultTextMapGetter, defaultTextMapSetter, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { TracingConfig } from '../config/index.js';
import type { UpstreamCall } from './upstream.js';

export interface GatewayTracing {
  /** Runs a node request handler inside the request's server span. */
  handle(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  /** Names what the front door learned about the request (route, operation) on its server span. */
  annotate(attributes: Record<string, string | number>): void;
  /** A client span for one tenant call, and the headers that carry it to the tenant. */
  upstream(call: UpstreamCall): { headers: Record<string, string>; end(status: number): void };
  shutdown(): Promise<void>;
}

/** The paths a server span may be named after (anything else is `other`: no client text in names). */
const KNOWN_PATHS = new Set(['/graphql', '/healthz', '/readyz', '/webhooks/ti']);

let contextManagerInstalled = false;

export interface TracingOptions {
  /** Export here instead of OTLP (tests: an in-memory exporter, exported span by span). */
  exporter?: SpanExporter;
}

export function createTracing(config: TracingConfig | undefined, options: TracingOptions = {}): GatewayTracing | undefined {
  if (!config && !options.exporter) return undefined;
  if (!contextManagerInstalled) {
    // The API's one global: which async context is current. Installed once per process.
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    contextManagerInstalled = true;
  }
  const processor = options.exporter
    ? new SimpleSpanProcessor(options.exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter({ url: config!.tracesEndpoint, headers: config!.headers }));
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config?.serviceName ?? 'ti-graph' }),
    spanProcessors: [processor],
  });
  const tracer: Tracer = provider.getTracer('ti-graph');
  const propagator = new W3CTraceContextPropagator();

  return {
    handle(req, res, next) {
      const parent = propagator.extract(ROOT_CONTEXT, req.headers, defaultTextMapGetter);
      const path = (req.url ?? '/').split('?', 1)[0]!;
      const method = req.method ?? 'GET';
      const span = tracer.startSpan(
        `${method} ${KNOWN_PATHS.has(path) ? path : 'other'}`,
        { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'url.path': KNOWN_PATHS.has(path) ? path : 'other' } },
        parent,
      );
      res.once('close', () => {
        span.setAttribute('http.response.status_code', res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      context.with(trace.setSpan(parent, span), next);
    },
    annotate(attributes) {
      trace.getSpan(context.active())?.setAttributes(attributes);
    },
    upstream(call) {
      const active = context.active();
      const span = tracer.startSpan(
        `${call.method} ${call.endpoint}`,
        { kind: SpanKind.CLIENT, attributes: { 'ti_graph.surface': call.surface, 'http.request.method': call.method, 'url.template': call.endpoint } },
        active,
      );
      const headers: Record<string, string> = {};
      propagator.inject(trace.setSpan(active, span), headers, defaultTextMapSetter);
      return {
        headers,
        end(status) {
          if (status > 0) span.setAttribute('http.response.status_code', status);
          if (status === 0 || status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        },
      };
    },
    shutdown: () => provider.shutdown(),
  };
}
