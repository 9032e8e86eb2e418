/**
 * The trusted-documents manifest `npm run codegen` writes: every generated operation carries its id
 * (`__meta__.hash`), the id is sha256 of exactly the text the SDK sends for that document (graphql
 * `print`, what graphql-request sends), and the manifest maps each id to that text, nothing else.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from '../../src/generated/operations.js';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

describe('trusted documents from npm run codegen', () => {
  it('each operation document carries the sha256 of its printed text, and the manifest holds exactly those', async () => {
    const manifest = JSON.parse(await readFile(resolve(REPO_ROOT, 'src/generated/trusted-documents.json'), 'utf8')) as Record<string, string>;
    const expected: Record<string, string> = {};
    let operationDocuments = 0;
    for (const [name, value] of Object.entries(operations)) {
      if (!name.endsWith('Document')) continue;
      operationDocuments++;
      const document = value as DocumentNode & { __meta__?: { hash?: string } };
      const text = print(document);
      const id = `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
      expect(document.__meta__?.hash, name).toBe(id);
      expected[id] = text;
    }
    expect(operationDocuments).toBeGreaterThan(20);
    expect(manifest).toEqual(expected);
    // Fragments are not sent on their own: they have no id.
    expect((operations.UserAccountSummaryFragmentDoc as { __meta__?: unknown }).__meta__).toBeUndefined();
    // Keys sorted: the file is stable across runs.
    expect(Object.keys(manifest)).toEqual(Object.keys(manifest).sort());
  });
});
