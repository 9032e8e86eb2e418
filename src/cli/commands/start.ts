/**
 * `ti-graph start` (what `npm start` runs): the embedded sandbox tenant and the gateway on it, or
 * the gateway on the real tenant when TI_* is configured. One JSON line: {url, graphiql, token, sandbox}.
 */
import { gatewayCommand } from './serve.js';

export const command = gatewayCommand('start');
