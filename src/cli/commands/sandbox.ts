/**
 * `ti-graph sandbox`: runs a sandbox tenant on loopback, prints ONE JSON line on stdout once it is
 * listening (url, apiKey, tenant, profile, restBase, graphql, ...), logs to stderr, and closes
 * cleanly on SIGINT/SIGTERM (saving the data file, if any).
 */
import { loadConfig } from '../../config/index.js';
import { ConfigError, InputError, SchemaError } from '../../errors/index.js';
import { DEFAULT_SEED, DEFAULT_TENANT_NAME, checkSnapshot, derivedApiKey, describeSandbox, parseFaultSpec, startSandbox } from '../../sandbox/index.js';
import { createLogger } from '../../util/index.js';
import { intFlag, parseFlags, printReady, untilSignal, type Command } from '../command.js';

const USAGE = `Usage: ti-graph sandbox [options]

Runs a sandbox Thought Industries tenant (REST /incoming/api/v1 and /incoming/v2, GraphQL
/incoming/api/graphql and /helium) and prints one JSON line with its URL and API key.

Options:
  --port N            port to listen on (default 0: a free port)
  --host HOST         address to bind (default 127.0.0.1)
  --users N           seeded roster size (default 150)
  --profile seed|v2   which surface the ready line advertises (both are always served)
  --schema SNAPSHOT   GraphQL snapshot: a file or a vendor date like 2022-12-21 (default newest)
  --faults SPEC       e.g. latency=20,jitter=5,error=0.1,burst429=0.05,drop=0.05,slow=0.01:5000,bucket=120/20,points=100000,seed=42
  --data FILE         persist to this JSON file (loaded on start if present)
  --seed N            PRNG seed for data and faults
  --log-level LEVEL   pino level for stderr logs (default info)
  --webhook-url URL   send the tenants' changes as signed webhooks to URL (e.g. a gateway's
                      /webhooks/ti), signed with TI_WEBHOOK_SECRET, on the vendor's retry schedule
  --webhook-time-scale X  multiply the retry delays and timeout by X (e.g. 0.001 for tests)
`;

export const command: Command = async (argv) => {
  const { values } = parseFlags(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    users: { type: 'string' },
    profile: { type: 'string' },
    schema: { type: 'string' },
    faults: { type: 'string' },
    data: { type: 'string' },
    seed: { type: 'string' },
    'log-level': { type: 'string' },
    'webhook-url': { type: 'string' },
    'webhook-time-scale': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const profile = values.profile ?? 'seed';
  if (profile !== 'seed' && profile !== 'v2') throw new InputError(`--profile must be "seed" or "v2", got "${profile}"`, 'profile');
  const port = intFlag('port', values.port, 0, 65_535);
  const users = intFlag('users', values.users, 0, 1_000_000);
  const seed = intFlag('seed', values.seed, 0, 2 ** 31 - 1) ?? DEFAULT_SEED;
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  const level = values['log-level'] ?? 'info';
  if (!levels.includes(level)) throw new InputError(`--log-level must be one of ${levels.join(', ')}, got "${level}"`, 'log-level');
  if (values.schema !== undefined) {
    try {
      // Loaded and checked before anything listens: a bad file is a flag error naming it.
      checkSnapshot(values.schema);
    } catch (error) {
      if (error instanceof SchemaError) throw new InputError(`--schema: ${error.message}`, 'schema');
      throw error;
    }
  }
  // Checked here so a bad spec is a flag error (exit 2) that names --faults.
  if (values.faults !== undefined) {
    try {
      parseFaultSpec(values.faults, seed);
    } catch (error) {
      throw new InputError(`--${(error as Error).message}`, 'faults');
    }
  }

  let webhooks: { url: string; secret: string; timeScale?: number } | undefined;
  if (values['webhook-url'] !== undefined) {
    if (!/^https?:\/\/[^\s]+$/.test(values['webhook-url'])) {
      throw new InputError(`--webhook-url must be an http(s) URL, got "${values['webhook-url']}"`, 'webhook-url');
    }
    const secret = loadConfig().webhookSecret;
    if (!secret) throw new ConfigError('TI_WEBHOOK_SECRET', 'is required with --webhook-url (the receiver verifies with the same secret)');
    const scale = values['webhook-time-scale'];
    if (scale !== undefined && !(Number(scale) > 0)) {
      throw new InputError(`--webhook-time-scale must be a positive number, got "${scale}"`, 'webhook-time-scale');
    }
    webhooks = { url: values['webhook-url'], secret, ...(scale !== undefined ? { timeScale: Number(scale) } : {}) };
  } else if (values['webhook-time-scale'] !== undefined) {
    throw new InputError('--webhook-time-scale needs --webhook-url', 'webhook-time-scale');
  }

  const logger = createLogger({ level, name: 'sandbox', secrets: [derivedApiKey(seed, DEFAULT_TENANT_NAME), ...(webhooks ? [webhooks.secret] : [])] });
  const sandbox = await startSandbox({
    port,
    host: values.host,
    users,
    profile,
    schema: values.schema,
    faults: values.faults,
    dataFile: values.data,
    seed,
    logger,
    webhooks,
  });
  printReady({ ...describeSandbox(sandbox) });
  logger.info({ url: sandbox.url, tenant: sandbox.tenant, profile }, 'sandbox listening');
  const signal = await untilSignal();
  logger.info({ signal }, 'sandbox stopping');
  await sandbox.close();
  logger.flush();
  return 0;
};
