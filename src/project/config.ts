/**
 * An app's `ti-graph.config.json`: what `ti-graph codegen` (and `--check`, `--watch`) and
 * `ti-graph dev` read, so they agree without repeating flags. A file of its own (not a key in
 * package.json): `ti-graph init` writes it, editors and reviewers see it, and package.json stays
 * the app's. Flags given on the command line win over the file.
 *
 *   { "documents": ["src/**\/*.{graphql,gql}"], "output": "src/generated/operations.ts",
 *     "manifest": "src/generated/trusted-documents.json", "addTypename": false }
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors/index.js';

export const PROJECT_CONFIG_FILE = 'ti-graph.config.json';

/** What init writes and what codegen uses when neither the file nor a flag says otherwise. */
export const PROJECT_DEFAULTS = {
  documents: ['src/**/*.{graphql,gql}'],
  output: 'src/generated/operations.ts',
  manifest: 'src/generated/trusted-documents.json',
} as const;

const projectConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** Globs of the app's GraphQL documents, relative to the config's folder. */
    documents: z.array(z.string().min(1)).min(1).optional(),
    /** The typed operations file codegen writes. */
    output: z.string().min(1).optional(),
    /** The trusted-documents manifest codegen writes and `ti-graph dev` serves. */
    manifest: z.string().min(1).optional(),
    /** SDL / introspection file or a gateway URL; the unified graph shipped in ti-graph by default. */
    schema: z.string().min(1).optional(),
    /** `__typename` in every nested selection set (Apollo Client's cache sends them). */
    addTypename: z.boolean().optional(),
    /** `ti-graph dev`: the gateway's port (default 4000). */
    dev: z.object({ port: z.number().int().min(0).max(65_535).optional() }).strict().optional(),
  })
  .strict();

export type ProjectConfig = z.infer<typeof projectConfigSchema>;

const KNOWN_KEYS = 'documents, output, manifest, schema, addTypename, dev.port';

/**
 * The app's config in `cwd`, or undefined when there is none.
 * @throws InputError naming the file and the key when it is unreadable or invalid.
 */
export function loadProjectConfig(cwd: string): ProjectConfig | undefined {
  const path = join(cwd, PROJECT_CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new InputError(`${PROJECT_CONFIG_FILE}: cannot read it (${code === 'EISDIR' ? 'it is a folder' : (code ?? (error as Error).message)})`, 'config');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${PROJECT_CONFIG_FILE} is not valid JSON (${(error as Error).message}); fix it or rerun "ti-graph init --force"`, 'config');
  }
  const parsed = projectConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length > 0 ? ` in "${issue.path.join('.')}"` : '';
      throw new InputError(`${PROJECT_CONFIG_FILE}: unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}${where}; the keys are ${KNOWN_KEYS}`, 'config');
    }
    throw new InputError(`${PROJECT_CONFIG_FILE}: "${issue.path.join('.')}" ${issue.message.replace(/^Invalid input: /, '')}`, 'config');
  }
  return parsed.data;
}
