/**
 * `npm run build` (and `prepack`): src/ compiled to dist/ with tsconfig.build.json (ESM JavaScript,
 * .d.ts, source maps), plus the one non-TypeScript export, the trusted-documents manifest, with a
 * declaration so `import manifest from 'ti-graph/trusted-documents.json'` is typed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

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
process.stderr.write(`build: wrote ${DIST}\n`);
