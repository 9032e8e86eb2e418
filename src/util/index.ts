export { maskUrl, redactSecrets } from './redact.js';
export { createLogger, type Logger, type LoggerOptions } from './logger.js';
export { fullJitterDelayMs, sleep, type BackoffPolicy } from './backoff.js';
export { writeFileAtomic, writeFileAtomicSync, writeFileIfChanged, writeFileIfChangedSync, writeFilesAtomic } from './atomic-file.js';
