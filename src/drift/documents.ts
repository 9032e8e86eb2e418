/**
 * Loads the operations a drift check protects: `.graphql` files found by globs, parsed with their
 * file name as the source so every location (ours and graphql-js's) points at file:line.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import {
  GraphQLError,
  Kind,
  parse,
  Source,
  visit,
  type ExecutableDefinitionNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { InputError } from '../errors/index.js';

export interface SourcePosition {
  /** Path relative to the working directory, with `/` separators (what CI annotations want). */
  file: string;
  line: number;
  column: number;
}

/** One executable definition: an operation, or a fragment no operation spreads. */
export interface DocumentUnit extends SourcePosition {
  /** Operation or fragment name; `(anonymous)` for an unnamed operation. */
  name: string;
  kind: 'query' | 'mutation' | 'subscription' | 'fragment';
  definition: ExecutableDefinitionNode;
  /** Every fragment the definition spreads, transitively, from any file. */
  fragments: FragmentDefinitionNode[];
}

export interface DocumentSet {
  files: string[];
  /** Operations, plus fragments that no operation spreads (they are checked on their own). */
  units: DocumentUnit[];
  operationCount: number;
  fragmentCount: number;
}

export interface DocumentGlobs {
  /** Globs that must match at least one file (what the user typed). */
  explicit: string[];
  /** Globs that may match nothing (the `operations/` default). */
  optional: string[];
  cwd: string;
}

/**
 * Finds, parses and links the documents. Throws InputError (with file:line) for a file that cannot
 * be read or parsed, a glob the user gave that matches nothing, a duplicate or unknown fragment.
 */
export function loadDocuments({ explicit, optional, cwd }: DocumentGlobs): DocumentSet {
  const files = new Set<string>();
  for (const [globs, required] of [
    [explicit, true],
    [optional, false],
  ] as const) {
    for (const glob of globs) {
      const matches = fg.sync(toPosix(glob), { cwd, absolute: true, onlyFiles: true, dot: false });
      if (required && matches.length === 0) {
        throw new InputError(`--documents "${glob}" matched no files (relative to ${cwd})`, 'documents');
      }
      for (const match of matches) files.add(resolve(match));
    }
  }
  const sorted = [...files].map((f) => displayPath(f, cwd)).sort();

  const definitions: Array<{ node: ExecutableDefinitionNode; file: string }> = [];
  for (const file of sorted) {
    for (const node of parseDocumentFile(resolve(cwd, file), file)) definitions.push({ node, file });
  }

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { node, file } of definitions) {
    if (node.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const existing = fragments.get(node.name.value);
    if (existing) {
      throw new InputError(
        `${position(node, file)}: fragment "${node.name.value}" is also defined at ${position(existing, existing.loc?.source.name ?? '?')}; fragment names must be unique across documents`,
        'documents',
      );
    }
    fragments.set(node.name.value, node);
  }

  const spread = new Set<string>();
  const units: DocumentUnit[] = [];
  let operationCount = 0;
  for (const { node, file } of definitions) {
    if (node.kind !== Kind.OPERATION_DEFINITION) continue;
    operationCount++;
    const reachable = reachableFragments(node, fragments, file);
    for (const f of reachable) spread.add(f.name.value);
    units.push({ ...unitPosition(node, file), name: node.name?.value ?? '(anonymous)', kind: node.operation, definition: node, fragments: reachable });
  }
  for (const { node, file } of definitions) {
    if (node.kind !== Kind.FRAGMENT_DEFINITION || spread.has(node.name.value)) continue;
    const reachable = reachableFragments(node, fragments, file);
    units.push({ ...unitPosition(node, file), name: node.name.value, kind: 'fragment', definition: node, fragments: reachable });
  }
  return { files: sorted, units, operationCount, fragmentCount: fragments.size };
}

function parseDocumentFile(absolute: string, file: string): ExecutableDefinitionNode[] {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read document ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'documents');
  }
  // A file of only comments and whitespace holds no operation; graphql-js would call it a syntax error.
  if (text.replace(/#[^\n]*/g, '').trim() === '') return [];
  let document;
  try {
    document = parse(new Source(text, file));
  } catch (error) {
    if (error instanceof GraphQLError && error.locations?.[0]) {
      const { line, column } = error.locations[0];
      throw new InputError(`${file}:${line}:${column}: ${error.message}`, 'documents');
    }
    throw new InputError(`${file}: ${(error as Error).message}`, 'documents');
  }
  return document.definitions.map((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) {
      throw new InputError(`${position(definition, file)}: documents hold operations and fragments only, found a ${definition.kind}`, 'documents');
    }
    return definition;
  });
}

function reachableFragments(
  root: ExecutableDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  file: string,
): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const queue: ExecutableDefinitionNode[] = [root];
  while (queue.length > 0) {
    const current = queue.pop()!;
    visit(current, {
      FragmentSpread(node) {
        const name = node.name.value;
        if (found.has(name) || (root.kind === Kind.FRAGMENT_DEFINITION && root.name.value === name)) return;
        const fragment = fragments.get(name);
        if (!fragment) {
          throw new InputError(`${position(node, node.loc?.source.name ?? file)}: unknown fragment "${name}" (not defined in any document)`, 'documents');
        }
        found.set(name, fragment);
        queue.push(fragment);
      },
    });
  }
  return [...found.values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
}

function unitPosition(node: ExecutableDefinitionNode, file: string): SourcePosition {
  const loc = node.loc;
  if (!loc) return { file, line: 1, column: 1 };
  return { file, line: loc.startToken.line, column: loc.startToken.column };
}

function position(node: { loc?: { startToken: { line: number; column: number } } | undefined }, file: string): string {
  const token = node.loc?.startToken;
  return token ? `${file}:${token.line}:${token.column}` : file;
}

/** Paths in reports are relative to the working directory when inside it, always with `/`. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel && !rel.startsWith('..') ? rel : absolute;
  return toPosix(shown);
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
