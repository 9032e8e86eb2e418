/**
 * A circuit breaker for a dependency that may hang rather than fail (Redis stopped, a network
 * partition): after `failureThreshold` failures in a row it opens, and for `cooldownMs` every call
 * is refused at once (`CircuitOpenError`) so callers take their fallback without waiting out a
 * timeout. After the cooldown a probe runs (half-open): the `probe` given, in the background, so no
 * caller ever waits on a dependency known to be down; without one, the next call is the probe. The
 * probe's success closes the breaker, its failure opens it for another cooldown. The owner is told of each change between
 * `closed` and `open` once (a probe failing again is not a change), so it logs one line per outage
 * and one when the dependency is back, the latter only after a call succeeded.
 *
 * Imports nothing: each Redis user (read cache, tenant budget, events, webhook dedupe) builds one.
 */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Failures in a row that open the breaker. Default 3. */
  failureThreshold?: number;
  /** How long it stays open before a probe is let through. Default 5 s. */
  cooldownMs?: number;
  /**
   * Run by the breaker itself once each cooldown is over (e.g. a Redis PING); callers are refused
   * until it succeeded. Without it, the first call after the cooldown is the probe.
   */
  probe?: () => Promise<unknown>;
  /** Told once per outage (`open`, with the failure that opened it) and once per recovery (`closed`). */
  onChange?: (state: 'open' | 'closed', reason: string) => void;
  now?: () => number;
}

export interface CircuitBreaker {
  /** `half-open` while the cooldown is over and a probe may go (or is in flight). */
  readonly state: CircuitState;
  /**
   * Whether a call may go now. In half-open this claims the one probe: the caller must report its
   * outcome (`succeeded`/`failed`), or use `run`.
   */
  tryAcquire(): boolean;
  succeeded(): void;
  failed(reason: string): void;
  /** Opens at once (the connection closed: no need to count timeouts). */
  trip(reason: string): void;
  /** Lets the next call through as a probe now (the connection was re-established). */
  probeNow(): void;
  /** `call()` when allowed, else a `CircuitOpenError` at once; its outcome is recorded. */
  run<T>(call: () => Promise<T>): Promise<T>;
  /** Stops the background probe (the dependency's connection was closed for good). */
  dispose(): void;
}

export const DEFAULT_FAILURE_THRESHOLD = 3;
export const DEFAULT_COOLDOWN_MS = 5_000;

/** Refused without trying: the breaker is open. Callers treat it as the dependency being down. */
export class CircuitOpenError extends Error {
  constructor(message = 'circuit open: not asking a dependency that keeps failing until its cooldown ends') {
    super(message);
    this.name = 'CircuitOpenError';
  }
}

export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = Math.max(1, options.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD);
  const cooldownMs = options.cooldownMs ?? DEFAULT_COOLDOWN_MS;
  const now = options.now ?? Date.now;
  /** Whether the owner was last told `open` (only changes of this are reported). */
  let down = false;
  let failures = 0;
  let openUntil = 0;
  let probing = false;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const state = (): CircuitState => (!down ? 'closed' : probing || now() >= openUntil ? 'half-open' : 'open');
  const open = (reason: string) => {
    failures = 0;
    probing = false;
    openUntil = now() + cooldownMs;
    if (!down) {
      down = true;
      options.onChange?.('open', reason);
    }
    scheduleProbe(cooldownMs);
  };
  const runProbe = () => {
    timer = undefined;
    if (!down || probing || disposed || !options.probe) return;
    probing = true;
    options.probe().then(
      () => breaker.succeeded(),
      (error: unknown) => {
        probing = false;
        if (down) open((error as Error)?.message ?? String(error));
      },
    );
  };
  function scheduleProbe(delayMs: number): void {
    if (!options.probe || disposed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(runProbe, delayMs);
    timer.unref?.();
  }

  const breaker: CircuitBreaker = {
    get state() {
      return state();
    },
    tryAcquire() {
      const current = state();
      if (current === 'closed') return true;
      // With a background probe, callers never probe; without one, the first after the cooldown does.
      if (current === 'open' || probing || options.probe) return false;
      probing = true;
      return true;
    },
    succeeded() {
      failures = 0;
      probing = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (down) {
        down = false;
        options.onChange?.('closed', 'a call succeeded');
      }
    },
    failed(reason) {
      if (down) {
        // A failed caller's probe (or a late call, after the cooldown): another cooldown. A call that
        // started before the breaker opened and fails now changes nothing.
        if (!options.probe && (probing || state() !== 'open')) open(reason);
        return;
      }
      if (++failures >= threshold) open(reason);
    },
    trip(reason) {
      open(reason);
    },
    probeNow() {
      if (!down || probing) return;
      openUntil = now();
      if (options.probe) scheduleProbe(0);
    },
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
    async run(call) {
      if (!breaker.tryAcquire()) throw new CircuitOpenError();
      let result;
      try {
        result = await call();
      } catch (error) {
        breaker.failed((error as Error)?.message ?? String(error));
        throw error;
      }
      breaker.succeeded();
      return result;
    },
  };
  return breaker;
}
