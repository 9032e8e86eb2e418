/**
 * `ti-graph start` (what `npm start` runs): the embedded sandbox tenant and the gateway on it, or
 * the gateway on the real tenant when TI_* is configured. At a terminal it prints a short banner
 * (gateway URL, GraphiQL, the dev token, the sandbox) and readable log lines; when stdout is not a
 * terminal (scripts, CI, tests), or with --json, the one JSON ready line {url, graphiql, token,
 * sandbox} on stdout and pino JSON lines on stderr, as `ti-graph serve` always does.
 */
import type { Command } from '../command.js';
import { banner, readableLogs } from '../human-output.js';
import { gatewayCommand } from './serve.js';

const json = gatewayCommand('start');
const human = gatewayCommand('start', {
  ready: (payload) => process.stdout.write(banner(payload)),
  logs: readableLogs(),
});

export const command: Command = async (argv) => {
  const forceJson = argv.includes('--json');
  const rest = argv.filter((arg) => arg !== '--json');
  if (rest.includes('--help') || rest.includes('-h')) {
    const code = await json(rest);
    process.stdout.write('  --json            the JSON ready line and JSON logs even on a terminal (start only)\n');
    return code;
  }
  return (process.stdout.isTTY === true && !forceJson ? human : json)(rest);
};

