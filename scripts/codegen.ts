/**
 * `npm run codegen` writes the typed operations and the trusted-documents manifest;
 * `npm run codegen:check` (CI) regenerates them in memory and fails when the committed files
 * differ, never writing them. The reusable part lives in src/codegen/ (`ti-graph codegen` for apps).
 *
 * Both fail when an operation costs more than Thought Industries' 1,000 points per query (its
 * file:line:column, name and points), and print those over 500 as warnings.
 *
 * Both first parse every document with graphql-js, so a syntax error names its file, line and
 * column (codegen itself reports only "Syntax Error" for those); validation errors from codegen
 * already carry `file:line:column`. Changed files are written together through util's atomic writer.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import fg from 'fast-glob';
import { GraphQLError, parse, Source } from 'graphql';
import { CODEGEN_DOCUMENTS, CODEGEN_MANIFEST, CODEGEN_SCHEMA, createCodegenConfig } from '../codegen.js';
import { findStaleFiles, formatPointsCheck, packagedTenantSchema, priceDocumentFiles, renderManifest, writeFiles, type GeneratedFile, type PointsCheck, type StaleFile } from '../src/codegen/index.js';
import { loadSchemaFile } from '../src/schema/index.js';

export type { GeneratedFile, StaleFile };

/** An operation file that is not valid GraphQL: `file:line:column: reason`. */
export class OperationSyntaxError extends Error {
  constructor(file: string, error: GraphQLError) {
    const where = error.locations?.[0];
    super(`${file}${where ? `:${where.line}:${where.column}` : ''}: ${error.message}`);
    this.name = 'OperationSyntaxError';
  }
}

/** Parses every operation file, throwing on the first one that is not valid GraphQL. */
export async function parseOperationFiles(cwd: string): Promise<number> {
  const files = (await fg(CODEGEN_DOCUMENTS, { cwd })).sort();
  for (const file of files) {
    const text = await readFile(join(cwd, file), 'utf8');
    try {
      parse(new Source(text, file));
    } catch (error) {
      if (error instanceof GraphQLError) throw new OperationSyntaxError(file, error);
      throw error;
    }
  }
  return files.length;
}

/** Everything `codegen.ts` generates, plus the trusted-documents manifest, relative to `cwd`, in memory. */
export async function generateOperations(cwd: string): Promise<GeneratedFile[]> {
  await parseOperationFiles(cwd);
  const manifest = new Map<string, string>();
  const config = createCodegenConfig((id, text) => manifest.set(id, text));
  const outputs = (await generate({ ...config, cwd, silent: true }, false)) as { filename: string; content: string }[];
  return [
    ...outputs.map((output) => ({ path: relative(cwd, join(cwd, output.filename)), content: output.content })),
    { path: CODEGEN_MANIFEST, content: renderManifest(manifest) },
  ];
}

/** Lists the generated files whose committed content differs from a fresh generation. */
export async function findStaleGeneratedFiles(cwd: string): Promise<StaleFile[]> {
  return findStaleFiles(cwd, await generateOperations(cwd));
}

/** Generates and writes what changed (`writeFiles`: atomic, all or nothing); returns the paths written. */
export async function writeGeneratedFiles(cwd: string): Promise<string[]> {
  return writeFiles(cwd, await generateOperations(cwd));
}

/** Each operation's points at the tenant (src/cost), priced on the unified schema's tenant part. */
export async function checkOperationPoints(cwd: string): Promise<PointsCheck> {
  const schema = loadSchemaFile(join(cwd, CODEGEN_SCHEMA));
  const tenantFile = join(cwd, 'schema/tenant.graphql');
  const tenantSchema = existsSync(tenantFile) ? loadSchemaFile(tenantFile) : packagedTenantSchema();
  return priceDocumentFiles(cwd, [CODEGEN_DOCUMENTS], schema, { tenantSchema });
}

async function main(args: string[]): Promise<number> {
  const check = args.includes('--check');
  const name = check ? 'codegen:check' : 'codegen';
  const cwd = process.cwd();
  try {
    await parseOperationFiles(cwd);
    // An operation Thought Industries would refuse (over 1,000 points) fails before anything is written.
    const points = await checkOperationPoints(cwd);
    for (const line of formatPointsCheck(points)) process.stderr.write(`${name}: ${line}\n`);
    if (points.over.length > 0) return 1;
    if (!check) {
      const written = await writeGeneratedFiles(cwd);
      process.stdout.write(written.length ? `${name}: wrote ${written.join(', ')}\n` : `${name}: generated files already up to date\n`);
      return 0;
    }
    const stale = await findStaleGeneratedFiles(cwd);
    if (stale.length === 0) {
      process.stdout.write(`${name}: generated files are up to date\n`);
      return 0;
    }
    for (const file of stale) {
      const where = file.firstDifferentLine === undefined ? 'missing' : `differs from line ${file.firstDifferentLine}`;
      process.stderr.write(`${name}: ${file.path} is stale (${where}); run \`npm run codegen\` and commit the result\n`);
    }
    return 1;
  } catch (error) {
    process.stderr.write(`${name}: ${(error as Error).message}\n`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
