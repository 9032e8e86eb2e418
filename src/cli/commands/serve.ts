/**
 * `ti-graph serve`: the unified gateway. With TI_* configured it fronts that tenant; without (or
 * with --sandbox) it starts the embedded sandbox tenant and fronts it. Prints ONE JSON line on
 * stdout once listening: `{url, graphiql, token}` (plus `sandbox` when one runs), logs to stderr,
 * and shuts down gracefully on SIGINT/SIGTERM. `ti-graph start` (npm start) is the same command.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig, type Config, type TenantConfig } from '../../config/index.js';
import { ConfigError, InputError } from '../../errors/index.js';
import { createEventsService } from '../../events/index.js';
import { redisAlertClaim, setHeapGrowth, startGateway } from '../../gateway/index.js';
import { openFailFastRedis } from '../../tenant/budget/index.js';
import type { Sandbox, SandboxDescription } from '../../sandbox/index.js';
import { openTenantAccess } from '../../tenant/scale-out/index.js';
import { createLogger } from '../../util/index.js';
import { intFlag, parseFlags, printReady, type Command } from '../command.js';

const usage = (name: string) => `Usage: ti-graph ${name} [options]

Starts the unified GraphQL gateway (the tenant's GraphQL API plus the REST-only operations) and
prints one JSON line: {"url", "graphiql", "token", "sandbox"?}. Clients send
"Authorization: Bearer <token>": a TI_GRAPH_TOKENS client token or an access token of the
TI_GRAPH_OIDC_ISSUER identity provider. With neither, a development token (every scope) is minted,
but only on loopback in front of the embedded sandbox or a loopback tenant; anywhere else the
command exits 2 asking for one of them. SIGUSR2 reloads the TI_GRAPH_TRUSTED_DOCUMENTS manifests
(they are also reloaded when their files change). SIGTERM drains (readiness fails, answers say
Connection: close for TI_GRAPH_SHUTDOWN_DRAIN_MS) then stops; SIGINT (Ctrl-C) and SIGHUP (the
terminal closed) stop without the drain window; either way in-flight requests finish.

Options:
  --port N          gateway port (default TI_GRAPH_PORT or 4000; 0 picks a free port)
  --host HOST       address to bind (default TI_GRAPH_HOST or 127.0.0.1)
  --sandbox         use the embedded sandbox tenant even when TI_* is configured
  --live-schema     introspect the tenant at start instead of using the committed snapshot
  --schema-poll MS  follow the tenant's schema: introspect it every MS and swap in a change, naming
                    the registered operations it breaks (default TI_GRAPH_SCHEMA_POLL_MS; 0: off);
                    SIGUSR2 also polls at once
  --log-level LEVEL pino level for stderr logs (default LOG_LEVEL or info)
  --poll-interval MS  poll the tenant's roster for changes every MS (for plans without webhooks;
                    off by default); subscribers get the same events as from webhooks
  --reconcile-every K with --poll-interval: a full reconcile (deletions, enrollments) every K cycles (default 10)

Events: TI webhooks are received on POST /webhooks/ti (signed with TI_WEBHOOK_SECRET); with the
embedded sandbox, a secret is minted for the run and the sandbox sends its changes there.
Subscriptions (userEvents, courseCompleted, enrollmentChanged) are served over SSE and graphql-ws
on the GraphQL URL; with REDIS_URL they fan out across gateway instances.
`;

/** How the command presents itself: the JSON ready line and JSON logs unless `start` says otherwise. */
export interface Presentation {
  ready(payload: { url: string; graphiql: string | null; token: string | null; sandbox?: SandboxDescription }): void;
  /** Where log lines go (pino JSON on stderr when absent). */
  logs?: { write(line: string): unknown };
}

/** `adjust` changes the loaded config before use (`ti-graph dev` adds the app's manifest and port). */
export function gatewayCommand(name: string, presentation: Presentation = { ready: printReady }, adjust: (config: Config) => Config = (config) => config): Command {
  return async (argv) => {
    const logs = presentation.logs ? { destination: presentation.logs } : {};
    const { values } = parseFlags(argv, {
      port: { type: 'string' },
      host: { type: 'string' },
      sandbox: { type: 'boolean' },
      'live-schema': { type: 'boolean' },
      'schema-poll': { type: 'string' },
      'log-level': { type: 'string' },
      'poll-interval': { type: 'string' },
      'reconcile-every': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      process.stdout.write(usage(name));
      return 0;
    }
    const config = adjust(loadConfig());
    const port = intFlag('port', values.port, 0, 65_535) ?? config.gateway.port;
    const level = values['log-level'] ?? config.logLevel;
    if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(level)) {
      throw new InputError(`--log-level must be a pino level (info, debug, ...), got "${level}"`, 'log-level');
    }

    // This process serves the gateway: keep V8's heap near what is live (see gateway/heap.ts).
    setHeapGrowth(config.gateway.heapGrowingPercent);

    const schemaPollMs = intFlag('schema-poll', values['schema-poll'], 0, 86_400_000) ?? config.gateway.schemaPollMs;
    const pollIntervalMs = intFlag('poll-interval', values['poll-interval'], 1_000, 86_400_000);
    const reconcileEvery = intFlag('reconcile-every', values['reconcile-every'], 1, 10_000);
    if (reconcileEvery !== undefined && pollIntervalMs === undefined) {
      throw new InputError('--reconcile-every needs --poll-interval', 'reconcile-every');
    }

    let sandbox: Sandbox | undefined;
    let tenant: TenantConfig;
    // Loaded only when used (as `schema pull` does): a gateway on a real tenant carries no sandbox code.
    const sandboxModule = values.sandbox || !config.tenant ? await import('../../sandbox/index.js') : undefined;
    if (sandboxModule) {
      sandbox = await sandboxModule.startSandbox({
        port: 0,
        profile: config.tenantDefaults.profile,
        logger: createLogger({ level, name: 'sandbox', ...logs }),
      });
      tenant = { ...config.tenantDefaults, baseUrl: sandbox.url, apiKey: sandbox.apiKey };
    } else {
      tenant = config.tenant!;
    }

    const restLogger = createLogger({ level, name: 'rest', secrets: [tenant.apiKey], ...logs });
    // One tenant budget for every instance (over REDIS_URL), and the REST read cache in front of the
    // gateway's reads; the poller reads past the cache (it looks for changes) and what it reads feeds it.
    const access = openTenantAccess(config, tenant, { logger: restLogger });
    const { rest, pollRest, budget, points } = access;
    // The embedded sandbox gets a secret minted for this run, so its webhooks reach the gateway signed.
    const webhookSecret = config.webhookSecret ?? (sandbox ? randomBytes(24).toString('base64url') : undefined);
    const events = createEventsService({
      webhookSecret,
      redisUrl: config.redisUrl,
      namespace: config.redisNamespace,
      subscriptionBuffer: config.subscriptionBuffer,
      logger: createLogger({ level, name: 'events', secrets: [tenant.apiKey, ...(webhookSecret ? [webhookSecret] : [])], ...logs }),
      poll: pollIntervalMs !== undefined ? { client: pollRest, intervalMs: pollIntervalMs, reconcileEvery } : undefined,
      onEvent: access.onEvent,
      onAlive: access.onAlive,
    });
    // One schema alert per vendor change across instances: the first to claim it in Redis sends it.
    const alertRedis = config.redisUrl && config.gateway.schemaAlertUrl ? openFailFastRedis({ url: config.redisUrl, role: 'schema-alert' }).redis : undefined;
    let gateway;
    try {
      gateway = await startGateway({
        gateway: {
          ...config.gateway,
          port,
          ...(values.host ? { host: values.host } : {}),
          liveSchema: values['live-schema'] ?? config.gateway.liveSchema,
          schemaPollMs,
        },
        ...(alertRedis ? { schemaAlertClaim: redisAlertClaim(alertRedis, config.redisNamespace) } : {}),
        tenant,
        rest,
        events,
        budget,
        points,
        logLevel: level,
        ...(presentation.logs ? { logDestination: presentation.logs } : {}),
      });
    } catch (error) {
      await events.close();
      await access.close();
      alertRedis?.disconnect();
      await sandbox?.close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new ConfigError('TI_GRAPH_PORT', `port ${port} is already in use; pass --port N (0 for any free port)`);
      }
      throw error;
    }

    const webhooks =
      sandbox && sandboxModule && webhookSecret
        ? sandboxModule.attachWebhookSender(sandbox, { url: gateway.url.replace(/\/graphql$/, '/webhooks/ti'), secret: webhookSecret, logger: gateway.logger })
        : undefined;
    presentation.ready({
      url: gateway.url,
      graphiql: gateway.graphiql ?? null,
      token: gateway.token ?? null,
      ...(sandbox && sandboxModule ? { sandbox: sandboxModule.describeSandbox(sandbox) } : {}),
    });
    // SIGUSR2: read the trusted-document manifests again (a malformed one keeps the previous set),
    // and the tenant's schema when the gateway follows it.
    // Not SIGHUP: that is the terminal closing, and a foreground gateway then stops.
    const onReload = () => {
      void gateway.reloadTrustedDocuments();
      if (schemaPollMs > 0) void gateway.reloadSchema();
    };
    process.on('SIGUSR2', onReload);
    const { signal, again } = await untilStopSignal();
    process.off('SIGUSR2', onReload);
    const { shutdownDrainMs, shutdownTimeoutMs } = config.gateway;
    // A deploy (SIGTERM) drains for the load balancer; Ctrl-C and a closed terminal need no drain window.
    const drainMs = signal === 'SIGTERM' ? shutdownDrainMs : 0;
    let stopped = false;
    // Whatever hangs (a tenant, Redis, a log reader), the process ends within drain + timeout.
    setTimeout(() => {
      gateway.logger.error({ signal, drainMs, timeoutMs: shutdownTimeoutMs }, 'shutdown did not finish in time; exiting');
      process.exit(stopped ? (process.exitCode ?? 0) : 1);
    }, drainMs + shutdownTimeoutMs).unref();
    gateway.logger.info({ signal, drainMs }, 'shutting down');
    // In-flight requests get most of the timeout; closing the rest (events, sandbox) the remainder.
    await gateway.close({ drainMs, timeoutMs: Math.floor(shutdownTimeoutMs * 0.8), cutDrain: again });
    await webhooks?.close();
    await events.close();
    await access.close();
    alertRedis?.disconnect();
    await sandbox?.close();
    stopped = true;
    gateway.logger.flush();
    return 0;
  };
}

/**
 * The first stop signal, and an AbortSignal that fires on the next one (it cuts the drain window
 * short). SIGHUP stops too: a gateway in the foreground of a terminal that closes must not linger.
 */
function untilStopSignal(): Promise<{ signal: NodeJS.Signals; again: AbortSignal }> {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const again = new AbortController();
  return new Promise((resolve) => {
    let first: NodeJS.Signals | undefined;
    // The handlers stay for the process's life: a later signal is never the default kill mid-shutdown.
    const onSignal = (signal: NodeJS.Signals) => {
      if (first === undefined) {
        first = signal;
        resolve({ signal, again: again.signal });
      } else again.abort();
    };
    for (const signal of signals) process.on(signal, onSignal);
  });
}

export const command: Command = gatewayCommand('serve');
