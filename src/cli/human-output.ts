/**
 * What `ti-graph start` shows a person at a terminal: a short banner instead of the JSON ready
 * line, and log lines as `12:00:01 INFO  gateway: message key=value` instead of pino JSON. Scripts
 * and CI (stdout not a TTY, or --json) keep the JSON forms. Lines arrive here already scrubbed of
 * secrets by the logger.
 */
import type { SandboxDescription } from '../sandbox/index.js';

const LEVELS: Record<number, { label: string; color: string }> = {
  10: { label: 'TRACE', color: '90' },
  20: { label: 'DEBUG', color: '90' },
  30: { label: 'INFO ', color: '36' },
  40: { label: 'WARN ', color: '33' },
  50: { label: 'ERROR', color: '31' },
  60: { label: 'FATAL', color: '31' },
};
const SKIP = new Set(['level', 'time', 'pid', 'hostname', 'name', 'msg', 'v']);

export interface ReadyPayload {
  url: string;
  graphiql: string | null;
  token: string | null;
  sandbox?: SandboxDescription;
}

/**
 * A pino destination writing readable lines to stderr (colored when stderr is a terminal). Once a
 * write fails (the terminal closed: EIO), later lines are dropped: never an unhandled 'error'.
 */
export function readableLogs(stream: NodeJS.WriteStream = process.stderr): { write(line: string): void } {
  const color = stream.isTTY === true && !process.env['NO_COLOR'];
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  let broken = false;
  stream.on('error', () => {
    broken = true;
  });
  return {
    write(line: string) {
      if (broken || stream.destroyed) return;
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        stream.write(line);
        return;
      }
      const level = LEVELS[Number(entry['level'])] ?? { label: String(entry['level']).padEnd(5), color: '0' };
      const time = new Date(typeof entry['time'] === 'number' ? entry['time'] : Date.now()).toTimeString().slice(0, 8);
      const fields = Object.entries(entry)
        .filter(([key]) => !SKIP.has(key))
        .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
      const name = entry['name'] ? `${entry['name']}: ` : '';
      stream.write(`${paint('90', time)} ${paint(level.color, level.label)} ${name}${String(entry['msg'] ?? '')}${fields.length ? ` ${paint('90', fields.join(' '))}` : ''}\n`);
    },
  };
}

/** The banner: where the gateway is, how to authenticate, and the sandbox behind it. */
export function banner(ready: ReadyPayload): string {
  const lines = ['', '  ti-graph is running', '', `  Gateway    ${ready.url}`];
  if (ready.graphiql) lines.push(`  GraphiQL   ${ready.graphiql}  (open it in a browser)`);
  if (ready.token) lines.push(`  Dev token  ${ready.token}`, '             send it as "Authorization: Bearer <token>"; loopback only (TI_GRAPH_DEV_TOKEN pins it)');
  else lines.push('  Tokens     from TI_GRAPH_TOKENS: send one as "Authorization: Bearer <token>"');
  if (ready.sandbox) {
    const s = ready.sandbox;
    lines.push(
      `  Sandbox    ${s.url}  tenant "${s.tenant}", ${s.users} users (password "${s.userPassword}"), profile ${s.profile}`,
      `             REST ${s.restBase}  GraphQL ${s.graphql}  API key ${s.apiKey}`,
    );
  }
  lines.push(
    '',
    `  Try it:    curl -s ${ready.url} -H 'content-type: application/json' \\`,
    `               -H 'authorization: Bearer ${ready.token ?? '<token>'}' -d '{"query":"{ users(page: 1, perPage: 3) { total items { email } } }"}'`,
    '',
    '  Ctrl-C stops it. --json (or a non-terminal stdout) prints the one JSON ready line instead.',
    '',
  );
  return `${lines.join('\n')}\n`;
}
