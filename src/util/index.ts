export { maskUrl, redactSecrets } from './redact.js';
export { createLogger, type Logger, type LoggerOptions } from './logger.js';
export { readBody, sendJson } from './http.js';
