import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';
import { redactSecrets } from './redact.js';

export type Logger = PinoLogger;

export interface LoggerOptions {
  level?: string;
  /** Secrets (the tenant key, client tokens) scrubbed from every line before it is written. */
  secrets?: string[];
  /** Where lines go; stderr by default so stdout stays free for the CLI's one JSON line. */
  destination?: DestinationStream;
  name?: string;
}

/**
 * Structured logs (pino). Every serialized line is scrubbed of the configured secrets, so a key
 * that slips into a message, a URL or an error stack never reaches the sink.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const sink = options.destination ?? pino.destination({ dest: 2, sync: false });
  const scrubbing: DestinationStream = {
    write(line: string) {
      sink.write(redactSecrets(line, secrets));
    },
  };
  return pino(
    {
      level: options.level ?? 'info',
      ...(options.name ? { name: options.name } : {}),
      redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'apiKey', '*.apiKey'], censor: '***' },
    },
    scrubbing,
  );
}
