/** An app's own ti-graph project: its config file (`ti-graph.config.json`) and what `ti-graph init` writes. */
export { loadProjectConfig, PROJECT_CONFIG_FILE, PROJECT_DEFAULTS, type ProjectConfig } from './config.js';
export { initProject, type InitOptions, type InitResult } from './init.js';
