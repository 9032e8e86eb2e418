import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan, parseHrRecords, readPlanFile, writePlanFile, type RosterUser } from '../../src/sync/index.js';

const roster: RosterUser[] = [
  { id: 'u1', email: 'Ada@Example.com', firstName: 'Ada', lastName: 'Lovelace', active: true, groups: ['g1'], customFields: { department: 'R&D', employeeId: 'E1' } },
  { id: 'u2', email: 'bob@example.com', firstName: 'Bob', lastName: 'Builder', active: true, groups: [], customFields: {} },
  { id: 'u3', email: 'carol@example.com', firstName: 'Carol', active: false, groups: [], customFields: {} },
  { id: 'u4', email: 'dan@example.com', firstName: 'Dan', active: true, groups: [], customFields: {} },
  { id: 'u5', email: 'twin@example.com', active: true },
  { id: 'u6', email: 'TWIN@example.com', active: true },
];

function plan(csv: string, options = {}, enrollments = new Map<string, string[]>()) {
  const hr = parseHrRecords(csv, { customFieldKeys: ['department', 'employeeId'] });
  return buildPlan({
    tenant: 'http://tenant.test',
    input: { source: 'hr.csv', sha256: 'x' },
    roster,
    records: hr.records,
    inputProblems: hr.problems,
    enrollments,
    options,
    now: new Date('2026-01-01T00:00:00Z'),
  });
}

const HEADER = 'email,firstName,lastName,active,groups,courses,customFields.department';

describe('buildPlan', () => {
  it('matches by email case-insensitively and plans create / update / deactivate / enroll / group / no change', () => {
    const p = plan(
      [
        HEADER,
        'ada@example.com,Ada,Lovelace,,g1;g2,c1;c2,Ops', // row 2: update department, add g2, enroll c2 (c1 already)
        'BOB@example.com,Bob,Builder,,,,', //               row 3: no change
        'dan@example.com,,,false,,,', //                    row 4: deactivate
        'eve@example.com,Eve,,,g1,c1,Sales', //              row 5: create + group + enroll
        'carol@example.com,,,,,c1,', //                      row 6: inactive: not enrolled
        'zed@example.com,Zed,,false,,,', //                   row 7: inactive and absent: not created
      ].join('\n'),
      {},
      new Map([['u1', ['c1']]]),
    );
    expect(p.items).toEqual([
      {
        email: 'ada@example.com',
        row: 2,
        userId: 'u1',
        actions: ['update', 'add-to-group', 'enroll'],
        changes: [{ field: 'customFields.department', from: 'R&D', to: 'Ops' }],
        addGroups: ['g2'],
        enroll: ['c2'],
        alreadyEnrolled: ['c1'],
        notes: [],
      },
      {
        email: 'dan@example.com',
        row: 4,
        userId: 'u4',
        actions: ['deactivate'],
        changes: [{ field: 'active', from: true, to: false }],
        deactivateReason: 'hr-inactive',
        addGroups: [],
        enroll: [],
        alreadyEnrolled: [],
        notes: [],
      },
      {
        email: 'eve@example.com',
        row: 5,
        actions: ['create', 'add-to-group', 'enroll'],
        changes: [
          { field: 'firstName', from: null, to: 'Eve' },
          { field: 'customFields.department', from: null, to: 'Sales' },
        ],
        addGroups: ['g1'],
        enroll: ['c1'],
        alreadyEnrolled: [],
        notes: [],
      },
      expect.objectContaining({ email: 'carol@example.com', userId: 'u3', actions: [], notes: [expect.stringMatching(/inactive user: not enrolled in c1/)] }),
      expect.objectContaining({ email: 'zed@example.com', actions: [], notes: [expect.stringMatching(/not created/)] }),
    ]);
    expect(p.unchanged).toEqual(['BOB@example.com', 'carol@example.com', 'zed@example.com']);
    expect(p.summary).toEqual({ records: 6, create: 1, update: 1, deactivate: 1, enroll: 2, addToGroup: 2, unchanged: 3, problems: 0 });
    expect(p.guard).toMatchObject({ deactivations: 1, limit: 0, tripped: true }); // 1 of 5 active > 10%
  });

  it('measures the mass-deactivation limit against the active users, not a roster padded with inactive ones', () => {
    // 1,000 users of whom 80 are active: an (accidentally) empty HR file must not pass the 10% guard.
    const padded: RosterUser[] = Array.from({ length: 1_000 }, (_, i) => ({ id: `p${i}`, email: `p${i}@example.com`, active: i < 80 }));
    const p = buildPlan({
      tenant: 'http://tenant.test',
      input: { source: 'hr.csv', sha256: 'x' },
      roster: padded,
      records: [],
      enrollments: new Map(),
      options: { deactivateMissing: true },
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(p.guard).toEqual({ deactivations: 80, rosterSize: 80, limit: 8, maxPercent: 10, tripped: true });
  });

  it('reports duplicate rows and ambiguous tenant matches instead of guessing', () => {
    const p = plan([HEADER, 'bob@example.com,Bob,,,,,', 'Bob@Example.com,Robert,,,,,', 'twin@example.com,Twin,,,,,'].join('\n'));
    expect(p.items).toEqual([]);
    expect(p.problems).toEqual([
      { row: 2, email: 'bob@example.com', reason: 'duplicate email: rows 2, 3 name the same person; none of them is applied' },
      { row: 3, email: 'Bob@Example.com', reason: 'duplicate email: rows 2, 3 name the same person; none of them is applied' },
      { row: 4, email: 'twin@example.com', reason: expect.stringMatching(/^ambiguous: the tenant has 2 users with this email \(ids u5, u6\)/) },
    ]);
  });

  it('deactivates leavers only when asked, never the inactive, and guards against mass deactivation', () => {
    const csv = [HEADER, 'ada@example.com,,,,,,', 'bob@example.com,,,,,,'].join('\n');
    expect(plan(csv).items).toEqual([]);

    // dan is the only active leaver (carol is inactive already; the twins are ambiguous).
    const asked = plan(csv, { deactivateMissing: true, maxDeactivatePercent: 20 });
    expect(asked.items.map((i) => [i.email, i.actions, i.deactivateReason])).toEqual([['dan@example.com', ['deactivate'], 'missing-from-hr']]);
    expect(asked.warnings).toEqual([expect.stringMatching(/leaver twin@example.com not deactivated: the tenant has 2 users/)]);
    expect(asked.guard).toEqual({ deactivations: 1, rosterSize: 5, limit: 1, maxPercent: 20, tripped: false }); // 5 active users

    const guarded = plan(csv, { deactivateMissing: true }); // default 10% of 5 active -> limit 0
    expect(guarded.guard).toMatchObject({ deactivations: 1, limit: 0, maxPercent: 10, tripped: true });
    expect(plan(csv, { deactivateMissing: true, allowMassDeactivate: true }).guard.tripped).toBe(false);
  });

  it('never treats someone named in a bad row as a leaver, and holds leavers back when a row is unreadable', () => {
    const named = plan([HEADER, 'ada@example.com,,,,,,', 'bob@example.com,,,,,,', 'dan@example.com,,,maybe,,,'].join('\n'), {
      deactivateMissing: true,
      allowMassDeactivate: true,
    });
    expect(named.problems).toEqual([{ row: 4, email: 'dan@example.com', reason: expect.stringMatching(/active must be true or false/) }]);
    expect(named.items).toEqual([]);

    const unreadable = plan([HEADER, 'ada@example.com,,,,,,', 'bob@example.com,"oops,,,,,'].join('\n'), { deactivateMissing: true, allowMassDeactivate: true });
    expect(unreadable.items).toEqual([]);
    expect(unreadable.warnings).toEqual([expect.stringMatching(/leavers not deactivated: 1 unreadable row/)]);
  });

  it('holds leavers back when a bad row names no usable email (a typo, or a shifted row whose email column is not first)', () => {
    const typo = plan([HEADER, 'ada@example.com,,,,,,', 'bob-example.com,,,,,,'].join('\n'), { deactivateMissing: true, allowMassDeactivate: true });
    expect(typo.items).toEqual([]);
    expect(typo.warnings).toEqual([expect.stringMatching(/leavers not deactivated: 1 unreadable row/)]);

    // email is the 2nd column; Bob's row has an unquoted comma in his first name, so it has 3 cells.
    const shifted = plan(['firstName,email', 'Ada,ada@example.com', 'Builder, Bob,bob@example.com'].join('\n'), {
      deactivateMissing: true,
      allowMassDeactivate: true,
    });
    expect(shifted.problems).toEqual([{ row: 3, reason: 'malformed CSV: 3 cells where the header has 2' }]);
    expect(shifted.items.filter((item) => item.actions.includes('deactivate'))).toEqual([]);
    expect(shifted.warnings).toEqual([expect.stringMatching(/leavers not deactivated: 1 unreadable row/)]);
  });

  it('has an id that depends on what it does, not when it was made', () => {
    const csv = [HEADER, 'eve@example.com,Eve,,,,,'].join('\n');
    const a = plan(csv);
    const b = buildPlan({ tenant: 'http://tenant.test', input: { source: 'hr.csv', sha256: 'x' }, roster, records: parseHrRecords(csv).records, now: new Date() });
    expect(b.id).toBe(a.id);
    expect(plan([HEADER, 'eve@example.com,Eva,,,,,'].join('\n')).id).not.toBe(a.id);
  });
});

describe('plan file', () => {
  it('round-trips, and refuses a plan edited after it was made or of another version', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ti-plan-'));
    const path = join(dir, 'plan.json');
    const p = plan([HEADER, 'eve@example.com,Eve,,,g1,c1,Sales', 'ada@example.com,,,,,,Ops'].join('\n'));
    await writePlanFile(path, p);
    expect(await readPlanFile(path)).toEqual(p);

    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"Sales"', '"Marketing"'));
    await expect(readPlanFile(path)).rejects.toThrow(/was changed after it was made/);
    await writeFile(path, text.replace('"version": 1', '"version": 9'));
    await expect(readPlanFile(path)).rejects.toThrow(/plan version 9; this ti-graph reads version 1/);
    await writeFile(path, '{"hello":1}');
    await expect(readPlanFile(path)).rejects.toThrow(/not a ti-graph sync plan/);
    await expect(readPlanFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot read plan .*ENOENT/);
  });
});
