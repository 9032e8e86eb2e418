import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';
import { createLogSink } from './log-sink.js';
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
 * that slips into a message, a URL or an error stack never reaches the sink. Logging never throws
 * into the caller: a destination that fails (a closed terminal, a broken pipe) loses the line.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const sink = options.destination ?? createLogSink();
  const scrubbing: DestinationStream = {
    write(line: string) {
      try {
        sink.write(redactSecrets(line, secrets));
      } catch {
        // A log line is never worth a request (or the shutdown) failing.
      }
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
