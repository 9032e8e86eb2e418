/**
 * The alert of a vendor change: a POST of JSON to `TI_GRAPH_SCHEMA_ALERT_URL` with a `text`
 * summary (what Slack-compatible incoming webhooks read) and the structured findings, retried with
 * backoff. Several instances see the same change: with a claim shared over Redis, only the one
 * that claims the change's key sends it.
 */
import { fullJitterDelayMs, sleep, type Logger } from '../../util/index.js';
import { maskUrl } from '../../util/index.js';

export interface SchemaAlert {
  /** Identifies the change (e.g. the new schema's fingerprint): one alert per key across instances. */
  key: string;
  kind: 'schema-changed' | 'schema-refused' | 'rest-contract';
  text: string;
  [field: string]: unknown;
}

/** True when this instance is the one to send the alert for `key` (first to claim it). */
export type AlertClaim = (key: string) => Promise<boolean>;

export interface AlertSenderOptions {
  url: string;
  logger: Logger;
  claim?: AlertClaim | undefined;
  /** Attempts in all (default 6). */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface AlertSender {
  /** Sends in the background; resolves once delivered, given up, or claimed by another instance. */
  send(alert: SchemaAlert): Promise<void>;
  /** Stops retrying (close). */
  close(): void;
}

export function createAlertSender(options: AlertSenderOptions): AlertSender {
  const { logger } = options;
  const doFetch = options.fetch ?? fetch;
  const attempts = options.attempts ?? 6;
  const policy = { baseDelayMs: options.baseDelayMs ?? 500, maxDelayMs: options.maxDelayMs ?? 30_000 };
  const stop = new AbortController();
  const where = maskUrl(options.url);

  return {
    async send(alert) {
      try {
        if (options.claim && !(await options.claim(alert.key).catch(() => true))) {
          logger.debug({ key: alert.key, kind: alert.kind }, 'schema alert: another instance sends this one');
          return;
        }
        for (let attempt = 1; attempt <= attempts; attempt++) {
          let problem: string;
          try {
            const response = await doFetch(options.url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(alert),
              signal: AbortSignal.any([stop.signal, AbortSignal.timeout(options.timeoutMs ?? 10_000)]),
            });
            await response.arrayBuffer().catch(() => undefined);
            if (response.ok) {
              logger.info({ to: where, kind: alert.kind, attempt }, 'schema alert sent');
              return;
            }
            problem = `HTTP ${response.status}`;
            // A 4xx other than 408/429 will not get better by asking again.
            if (response.status < 500 && response.status !== 408 && response.status !== 429) attempt = attempts;
          } catch (error) {
            if (stop.signal.aborted) return;
            problem = (error as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable';
          }
          if (attempt >= attempts) {
            logger.error({ to: where, kind: alert.kind, attempts: attempt, problem }, 'schema alert NOT delivered');
            return;
          }
          logger.warn({ to: where, kind: alert.kind, attempt, problem }, 'schema alert failed; retrying');
          await sleep(fullJitterDelayMs(attempt, policy), stop.signal);
        }
      } catch (error) {
        if (!stop.signal.aborted) logger.error({ err: error }, 'schema alert failed');
      }
    },
    close: () => stop.abort(),
  };
}

/** The claim over Redis: `SET key 1 NX EX` (a day). Redis unreachable: this instance sends (twice beats never). */
export function redisAlertClaim(redis: { set(key: string, value: string, ex: 'EX', seconds: number, nx: 'NX'): Promise<unknown> }, namespace: string): AlertClaim {
  return async (key) => {
    try {
      return (await redis.set(`${namespace}:schema-alert:${key}`, '1', 'EX', 86_400, 'NX')) === 'OK';
    } catch {
      return true;
    }
  };
}
