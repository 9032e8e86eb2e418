import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan, openCheckpoint, parseHrRecords, readCheckpoint } from '../../src/sync/index.js';

const planOf = (csv: string) =>
  buildPlan({ tenant: 'http://tenant.test', input: { source: 'hr.csv', sha256: 'x' }, roster: [], records: parseHrRecords(csv).records });

describe('checkpoint', () => {
  const plan = planOf('email,firstName\na@example.com,A\nb@example.com,B\nc@example.com,C\n');

  it('journals finished items, ignores a torn last line, and resumes the same plan', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ti-ckpt-')), 'run.checkpoint');
    const first = await openCheckpoint(path, plan);
    first.markDone(0);
    first.markDone(2);
    first.markDone(2); // once is enough
    await first.close();
    appendFileSync(path, '{"done":1'); // a kill mid-write
    expect(readFileSync(path, 'utf8').split('\n').filter((l) => l.startsWith('{"done"'))).toHaveLength(3);

    const saved = await readCheckpoint(path);
    expect(saved!.plan).toEqual(plan);
    expect([...saved!.done].sort()).toEqual([0, 2]);
    const resumed = await openCheckpoint(path, saved!.plan);
    expect([...resumed.done].sort()).toEqual([0, 2]);
    await resumed.close({ remove: true });
    expect(await readCheckpoint(path)).toBeUndefined();
  });

  it("refuses another plan's checkpoint and a file that is not one", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ti-ckpt-'));
    const path = join(dir, 'run.checkpoint');
    await (await openCheckpoint(path, plan)).close();
    const other = planOf('email\nz@example.com\n');
    await expect(openCheckpoint(path, other)).rejects.toThrow(/belongs to another plan/);

    writeFileSync(join(dir, 'junk'), 'hello\n');
    await expect(readCheckpoint(join(dir, 'junk'))).rejects.toThrow(/not a ti-graph checkpoint/);
    const header = JSON.parse(readFileSync(path, 'utf8').split('\n')[0]!);
    header.plan.items[0].email = 'mallory@example.com';
    writeFileSync(join(dir, 'edited'), `${JSON.stringify(header)}\n`);
    await expect(readCheckpoint(join(dir, 'edited'))).rejects.toThrow(/changed after it was written/);
  });
});
