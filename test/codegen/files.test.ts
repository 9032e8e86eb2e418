/**
 * The codegen writer (`writeFiles`, behind `npm run codegen` and `ti-graph codegen`): it writes
 * only what changed, through util's atomic writer, and the changed files as one step, so the typed
 * operations and the manifest they were generated with never disagree on disk.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/codegen/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ti-graph-codegen-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFiles', () => {
  it('writes what changed (creating folders), returns those paths, and leaves unchanged files alone', async () => {
    await writeFile(join(dir, 'same.json'), '{}\n');
    const before = (await stat(join(dir, 'same.json'))).mtimeMs;
    const outputs = [
      { path: 'src/generated/operations.ts', content: 'export {};\n' },
      { path: 'same.json', content: '{}\n' },
    ];
    expect(await writeFiles(dir, outputs)).toEqual(['src/generated/operations.ts']);
    expect(await readFile(join(dir, 'src/generated/operations.ts'), 'utf8')).toBe('export {};\n');
    expect((await stat(join(dir, 'same.json'))).mtimeMs).toBe(before);
    expect(await writeFiles(dir, outputs)).toEqual([]);
  });

  it('replaces the changed files together or not at all, leaving no temp file behind', async () => {
    await writeFile(join(dir, 'operations.ts'), 'old operations\n');
    // A file where a folder must go: the second write cannot happen.
    await writeFile(join(dir, 'blocked'), 'not a folder');
    const outputs = [
      { path: 'operations.ts', content: 'new operations\n' },
      { path: 'blocked/trusted-documents.json', content: '{}\n' },
    ];
    await expect(writeFiles(dir, outputs)).rejects.toThrow();
    expect(await readFile(join(dir, 'operations.ts'), 'utf8')).toBe('old operations\n');
    expect((await readdir(dir)).sort()).toEqual(['blocked', 'operations.ts']);
  });
});
