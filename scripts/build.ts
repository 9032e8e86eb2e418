/**
 * `npm run build` (and `prepack`): src/ compiled to dist/ with tsconfig.build.json (ESM JavaScript,
 * .d.ts, source maps), plus the one non-TypeScript export, the trusted-documents manifest, with a
 * declaration so `import manifest from 'ti-graph/trusted-documents.json'` is typed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(DIST, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });

const manifest = join(DIST, 'generated', 'trusted-documents.json');
mkdirSync(dirname(manifest), { recursive: true });
copyFileSync(join(ROOT, 'src', 'generated', 'trusted-documents.json'), manifest);
writeFileSync(
  join(DIST, 'generated', 'trusted-documents.json.d.ts'),
  '/** `{ "sha256:<hex>": "<document text>" }`: the trusted documents of ti-graph/operations. */\ndeclare const manifest: Record<`sha256:${string}`, string>;\nexport default manifest;\n',
);

// The vendor's schema snapshots (the sandbox serves them; drift and coverage take them by date),
// Brotli-compressed next to the JSON for the package (`files` ships only the .br): 4 MB -> 100 kB.
// git ignores them; src/schema/load.ts reads either.
const VENDOR = join(ROOT, 'schema', 'vendor');
for (const name of readdirSync(VENDOR)) {
  if (name.endsWith('.introspection.json.br')) rmSync(join(VENDOR, name));
}
for (const name of readdirSync(VENDOR).filter((f) => f.endsWith('.introspection.json'))) {
  const compressed = brotliCompressSync(readFileSync(join(VENDOR, name)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  writeFileSync(join(VENDOR, `${name}.br`), compressed);
}
process.stderr.write(`build: wrote ${DIST} and schema/vendor/*.br\n`);
