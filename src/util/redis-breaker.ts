import type { Command, Redis } from 'ioredis';
import { CircuitOpenError, createCircuitBreaker, type CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';

/**
 * Puts every command of an ioredis connection behind a circuit breaker (returned), at its one choke point
 * (`sendCommand`, which every command and script goes through). While the breaker is open a command
 * is refused at once with `CircuitOpenError` instead of waiting out `commandTimeout` on a Redis
 * that accepts connections but does not answer (stopped, swapping, partitioned).
 *
 * Only commands sent while the connection is ready can be refused: during a (re)connection ioredis
 * sends its own set-up commands (ready check, SELECT, re-SUBSCRIBE), which must never be, and with
 * the offline queue off the caller's commands fail at once anyway (they still count, so a Redis down
 * from the start opens the breaker too). A connection lost after it was up opens it at once; a re-established one lets the next command through as the
 * probe, so "back" is reported only after a command succeeded. A Redis error reply (`ReplyError`:
 * NOSCRIPT, WRONGTYPE) means Redis answered, so it counts as a success. While open, a PING goes
 * out after each cooldown as the probe, so no caller's command ever waits on a Redis known to hang.
 */
export function guardRedisWithBreaker(redis: Redis, options: Omit<CircuitBreakerOptions, 'probe'> = {}): CircuitBreaker {
  const send = redis.sendCommand.bind(redis);
  let probing = false;
  const breaker = createCircuitBreaker({
    ...options,
    probe: () => {
      // Sent past the breaker (it refuses callers while it probes); a Redis still hung times it out.
      probing = true;
      try {
        return redis.ping();
      } finally {
        probing = false;
      }
    },
  });
  const record = (error: unknown) => {
    const message = (error as Error)?.message ?? String(error);
    if ((error as Error)?.name === 'ReplyError') breaker.succeeded();
    // A timeout may be a blip: counted. Anything else (the stream not writable, the connection
    // closed under the command) means the connection is gone: open at once, before the caller
    // sees the error, so it falls back the same moment.
    else if (message === 'Command timed out') breaker.failed(message);
    else breaker.trip(message);
  };
  redis.sendCommand = ((command: Command, stream?: unknown) => {
    if (probing) return send(command, stream as never);
    if (redis.status !== 'ready') {
      // Connecting: never refused (ioredis' own set-up commands), but what happens counts.
      const sent = send(command, stream as never);
      command.promise.then(() => breaker.succeeded(), record);
      return sent;
    }
    if (!breaker.tryAcquire()) {
      command.reject(new CircuitOpenError('Redis circuit open: not asking Redis until its cooldown ends'));
      return command.promise;
    }
    const sent = send(command, stream as never);
    command.promise.then(() => breaker.succeeded(), record);
    return sent;
  }) as Redis['sendCommand'];
  // A connection lost after it was up is an outage at once (quitting on purpose is not); a failed
  // first attempt counts as one failure (one slow connect on a loaded machine is not an outage).
  let wasReady = false;
  redis.on('close', () => {
    if (redis.status === 'end' || (redis as unknown as { manuallyClosing?: boolean }).manuallyClosing) return;
    if (wasReady) breaker.trip('connection closed');
    else breaker.failed('could not connect'); // a few in a row: Redis is down from the start
  });
  redis.on('ready', () => {
    wasReady = true;
    breaker.probeNow();
  });
  redis.on('end', () => breaker.dispose());
  return breaker;
}
