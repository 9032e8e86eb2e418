/**
 * What the test/package suites share: the package's tarball, built and packed once for the
 * current sources, and an app folder's commands (run with a clean environment, timed, `vite
 * preview` served on loopback).
 *
 *   const tarball = await packedTarball();                 // { path, filename, size, entryCount, reused }
 *   const built = await runIn(app, process.execPath, [vite, 'build']);
 *   const served = await vitePreview(app, vite, { TI_GRAPH_URL: gatewayUrl });  // served.url, served.close()
 *
 * Every test/package file needs the same tarball and `npm run build` rewrites dist/ in place, so
 * two files packing at once (vitest runs files in parallel workers) would corrupt each other's
 * build. The first caller packs under a lock into .tmp/package/<hash of the inputs>/; the others
 * wait for it and reuse it, as does a later run with unchanged sources.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const REPO = resolve(import.meta.dirname, '../..');
const CACHE = join(REPO, '.tmp', 'package');
/** What goes into the tarball: the build's inputs and the packed files. */
const INPUTS = ['src', 'bin', 'schema', 'scripts/build.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md'];
const BIG = 16 * 1024 * 1024;

export interface PackedTarball {
  /** Absolute path of the .tgz. */
  path: string;
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  /** False when this call built and packed it; true when an earlier pack of the same sources was reused. */
  reused: boolean;
  /** Seconds `npm run build` and `npm pack` took when this call ran them. */
  timings: Record<string, number>;
}

/** Seconds per set-up step (or a note such as "reused"), printed by the suites for the report. */
export type Timings = Record<string, number | string>;

/** Seconds `step` takes, recorded under `name`. */
export async function timed<T>(timings: Timings, name: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await step();
  } finally {
    timings[name] = Math.round(performance.now() - started) / 1000;
  }
}

/** Hash of every input file's path and content (tracked or not, ignored files left out). */
async function inputsHash(): Promise<string> {
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...INPUTS], { cwd: REPO, maxBuffer: BIG });
  const files = [...new Set(stdout.split('\0').filter(Boolean))].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    if (!existsSync(join(REPO, file))) continue; // deleted in the work tree, still in the index
    hash.update(`${file}\0`).update(await readFile(join(REPO, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function buildAndPack(into: string): Promise<Omit<PackedTarball, 'path' | 'reused'>> {
  const timings: Record<string, number> = {};
  // What `prepack` runs, as its own step so its time shows; then the pack itself.
  await timed(timings, 'npm run build', () => run('npm', ['run', 'build', '--silent'], { cwd: REPO, maxBuffer: BIG }));
  const packed = await timed(timings, 'npm pack', () => run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', into], { cwd: REPO, maxBuffer: BIG }));
  const [tarball] = JSON.parse(packed.stdout) as [{ filename: string; size: number; unpackedSize: number; entryCount: number }];
  return { filename: tarball.filename, size: tarball.size, unpackedSize: tarball.unpackedSize, entryCount: tarball.entryCount, timings };
}

/** The tarball of the current sources, packed by this call or by another test file (waited for). */
export async function packedTarball(): Promise<PackedTarball> {
  const key = await inputsHash();
  const dir = join(CACHE, key);
  const lock = join(CACHE, `${key}.lock`);
  const described = join(dir, 'tarball.json');
  const reuse = async (): Promise<PackedTarball> => {
    const info = JSON.parse(await readFile(described, 'utf8')) as Omit<PackedTarball, 'path' | 'reused'>;
    return { ...info, path: join(dir, info.filename), reused: true, timings: {} };
  };
  await mkdir(CACHE, { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (existsSync(described)) return reuse();
    try {
      await mkdir(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Another file is packing. A lock older than the deadline is a crashed run's: take it over.
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 300_000) await rm(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`gave up waiting for another test file to pack ti-graph (${lock})`);
      else await new Promise((done) => setTimeout(done, 500));
      continue;
    }
    try {
      if (existsSync(described)) return reuse();
      const staging = `${dir}.partial`;
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging, { recursive: true });
      const info = await buildAndPack(staging);
      await writeFile(join(staging, 'tarball.json'), JSON.stringify(info));
      // Older sources' tarballs are of no more use.
      for (const entry of await readdir(CACHE)) if (entry !== `${key}.lock` && entry !== `${key}.partial`) await rm(join(CACHE, entry), { recursive: true, force: true });
      await rename(staging, dir);
      return { ...info, path: join(dir, info.filename), reused: false };
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}

export interface AppRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command in an app folder with a clean environment: no TI_* and no NODE_OPTIONS from the test runner. */
export async function runIn(cwd: string, file: string, args: string[], env: Record<string, string> = {}): Promise<AppRun> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env }, maxBuffer: BIG });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/**
 * `npm install` in an app folder. Every dependency this repo also uses is in the npm cache from
 * its own install, so --prefer-offline spares the registry round trips. @throws with npm's output
 */
export async function npmInstall(cwd: string, args: string[] = []): Promise<void> {
  const installed = await runIn(cwd, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...args]);
  if (installed.code !== 0) throw new Error(`npm install ${args.join(' ')} failed in ${cwd}:\n${installed.stderr || installed.stdout}`);
}

export interface ServedApp {
  /** Where `vite preview` serves the built app, e.g. http://127.0.0.1:4173/ */
  url: string;
  close(): void;
}

/**
 * `vite preview` of an app folder's build (its own vite.config.ts: the examples proxy /graphql to
 * TI_GRAPH_URL), on a free loopback port; resolves with the URL it prints.
 */
export async function vitePreview(cwd: string, vite: string, env: Record<string, string>): Promise<ServedApp> {
  const preview = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', '0', '--strictPort', 'false'], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', NO_COLOR: '1', ...env },
  });
  const close = () => void preview.kill('SIGTERM');
  try {
    const url = await new Promise<string>((done, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`vite preview printed no URL: ${out}`)), 30_000);
      preview.once('exit', (code) => fail(new Error(`vite preview exited (${code}): ${out}`)));
      const read = (data: Buffer) => {
        out += data.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (found) {
          clearTimeout(timer);
          done(found[0]);
        }
      };
      preview.stdout.on('data', read);
      preview.stderr.on('data', (data: Buffer) => (out += data.toString()));
    });
    return { url, close };
  } catch (error) {
    close();
    throw error;
  }
}
