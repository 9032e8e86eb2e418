export { maskUrl, redactSecrets } from './redact.js';
export { createLogger, type Logger, type LoggerOptions } from './logger.js';
export { fullJitterDelayMs, sleep, type BackoffPolicy } from './backoff.js';
export { writeFileAtomic, writeFileAtomicSync, writeFileIfChanged, writeFileIfChangedSync, writeFilesAtomic } from './atomic-file.js';
export {
  createCircuitBreaker,
  CircuitOpenError,
  DEFAULT_COOLDOWN_MS,
  DEFAULT_FAILURE_THRESHOLD,
  type CircuitBreaker,
  type CircuitBreakerOptions,
  type CircuitState,
} from './circuit-breaker.js';
export { guardRedisWithBreaker } from './redis-breaker.js';
export { jsonFilesIn } from './json-files.js';
