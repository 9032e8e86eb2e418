/**
 * `npm run bench:codegen`: how long a full codegen run over every document in operations/ takes
 * against the schema codegen.ts names. Target: the whole run (process start included) under 5 s.
 *
 * - cold: `tsx scripts/codegen.ts` in a fresh process, as `npm run codegen` runs it, in a scratch
 *   copy so the committed output is not rewritten;
 * - warm: the same generation again in this process (parse, schema load, validation, plugins), median;
 * - baseline: in the same run, graphql-js alone reading, building, parsing and validating the same
 *   schema and documents (what any codegen must do at least); ratioWarmToBaseline = warm / baseline.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fg from 'fast-glob';
import { buildSchema, parse, validate } from 'graphql';
import { CODEGEN_DOCUMENTS, CODEGEN_SCHEMA } from '../codegen.js';
import { generateOperations } from '../scripts/codegen.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const run = promisify(execFile);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return Math.round(performance.now() - start);
}

await mkdir(join(REPO, '.tmp'), { recursive: true });
const scratch = await mkdtemp(join(REPO, '.tmp', 'bench-codegen-'));
try {
  await cp(join(REPO, 'operations'), join(scratch, 'operations'), { recursive: true });
  await mkdir(join(scratch, dirname(CODEGEN_SCHEMA)), { recursive: true });
  await cp(join(REPO, CODEGEN_SCHEMA), join(scratch, CODEGEN_SCHEMA));
  const env = { ...process.env, NODE_ENV: 'production' };
  const cold: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    cold.push(await time(() => run(join(REPO, 'node_modules', '.bin', 'tsx'), [join(REPO, 'scripts', 'codegen.ts')], { cwd: scratch, env })));
  }
  const warm: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) warm.push(await time(() => generateOperations(REPO)));
  // In-run baseline: the least any codegen must do - read the schema and the same documents,
  // build, parse and validate them with graphql-js (no type generation). Median, first run dropped.
  const bare: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    bare.push(
      await time(async () => {
        const schema = buildSchema(await readFile(join(REPO, CODEGEN_SCHEMA), 'utf8'));
        const files = await fg(CODEGEN_DOCUMENTS, { cwd: REPO });
        const texts = await Promise.all(files.map((f) => readFile(join(REPO, f), 'utf8')));
        const errors = validate(schema, parse(texts.join('\n')));
        if (errors.length > 0) throw new Error(`baseline validation failed: ${errors[0]!.message}`);
      }),
    );
  }
  const documents = (await readdir(join(REPO, 'operations'))).filter((f) => f.endsWith('.graphql')).length;
  console.log(
    JSON.stringify(
      { schema: CODEGEN_SCHEMA, documents: `${CODEGEN_DOCUMENTS} (${documents} files)`, coldMs: cold, coldMedianMs: median(cold), warmMedianMs: median(warm.slice(1)),
        baselineParseValidateMedianMs: median(bare.slice(1)),
        ratioWarmToBaseline: Number((median(warm.slice(1)) / Math.max(1, median(bare.slice(1)))).toFixed(1)),
        targetMs: 5_000,
      },
      null,
      2,
    ),
  );
} finally {
  await rm(scratch, { recursive: true, force: true });
}
