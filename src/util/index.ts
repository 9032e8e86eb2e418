export { maskUrl, redactSecrets } from './redact.js';
export { createLogger, type Logger, type LoggerOptions } from './logger.js';
