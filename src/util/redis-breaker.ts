import type { Command, Redis } from 'ioredis';
import { CircuitOpenError, type CircuitBreaker } from './circuit-breaker.js';

/**
 * Puts every command of an ioredis connection behind a circuit breaker, at its one choke point
 * (`sendCommand`, which every command and script goes through). While the breaker is open a command
 * is refused at once with `CircuitOpenError` instead of waiting out `commandTimeout` on a Redis
 * that accepts connections but does not answer (stopped, swapping, partitioned).
 *
 * Only commands sent while the connection is ready are guarded and counted: during a (re)connection
 * ioredis sends its own set-up commands (ready check, SELECT, re-SUBSCRIBE), which must never be
 * refused, and with the offline queue off the caller's commands fail at once anyway. A closed
 * connection opens the breaker at once; a re-established one lets the next command through as the
 * probe, so "back" is reported only after a command succeeded. A Redis error reply (`ReplyError`:
 * NOSCRIPT, WRONGTYPE) means Redis answered, so it counts as a success.
 */
export function guardRedisWithBreaker(redis: Redis, breaker: CircuitBreaker): Redis {
  const send = redis.sendCommand.bind(redis);
  const record = (error: unknown) => {
    if ((error as Error)?.name === 'ReplyError') breaker.succeeded();
    else breaker.failed((error as Error)?.message ?? String(error));
  };
  redis.sendCommand = ((command: Command, stream?: unknown) => {
    if (redis.status !== 'ready') return send(command, stream as never);
    if (!breaker.tryAcquire()) {
      command.reject(new CircuitOpenError('Redis circuit open: not asking Redis until its cooldown ends'));
      return command.promise;
    }
    const sent = send(command, stream as never);
    command.promise.then(() => breaker.succeeded(), record);
    return sent;
  }) as Redis['sendCommand'];
  redis.on('close', () => {
    // Quitting on purpose is not an outage.
    if (redis.status !== 'end' && !(redis as unknown as { manuallyClosing?: boolean }).manuallyClosing) breaker.trip('connection closed');
  });
  redis.on('ready', () => breaker.probeNow());
  return redis;
}
