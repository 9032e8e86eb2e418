import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../errors/index.js';

/** A CLI command: takes its arguments, returns the process exit code. */
export type Command = (argv: string[]) => Promise<number>;

type ParsedFlags<T extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>
>;

/** `node:util` parseArgs with a clear error for unknown or malformed flags. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  allowPositionals = false,
): ParsedFlags<T> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, '');
    // Node's own text for an unknown flag is two sentences about positionals: name it and the fix.
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new InputError(`Unknown option '${unknown[1]}'; --help lists the flags`, unknown[1]!.replace(/^-+/, ''));
    const missing = /^Option '(-[^ ']+)[^']*' argument (?:missing|is ambiguous)/.exec(message);
    if (missing) throw new InputError(`${missing[1]} needs a value, e.g. ${missing[1]} VALUE (a value starting with "-" goes as ${missing[1]}=VALUE)`, missing[1]!.replace(/^-+/, ''));
    throw new InputError(message.split('\n')[0]!);
  }
}

/** Parses an integer flag, naming the flag when it is not one. */
export function intFlag(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new InputError(`--${name} must be a whole number, got "${value}"`, name);
  const n = Number(value);
  if (n < min || n > max) throw new InputError(`--${name} must be between ${min} and ${max}, got ${n}`, name);
  return n;
}

/** Resolves when the process is asked to stop (SIGINT/SIGTERM, or SIGHUP: its terminal closed). */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const done = (signal: NodeJS.Signals) => resolve(signal);
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    process.once('SIGHUP', done);
  });
}

/** The one JSON line a long-running command prints on stdout once it is listening. */
export function printReady(payload: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(payload)}\n`);
}
