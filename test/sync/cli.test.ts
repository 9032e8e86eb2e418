/**
 * `ti-graph sync` as operators run it: plans, dry runs, saved plans, bad rows, the leaver guard, flags.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSandbox } from '../helpers/sandbox.js';
import { createCli } from './cli-harness.js';
import { rosterRows, toCsv } from './helpers.js';

const sandbox = useSandbox({ tenants: [{ name: 'cli', users: 50 }, { name: 'guard', users: 40 }, { name: 'other', users: 5 }] });
const { dir, tenant, tiGraph, file, writes } = createCli(sandbox);

describe('ti-graph sync', () => {
  it('dry run: prints the plan, exits 2, writes nothing; --json gives the plan object', async () => {
    const store = tenant('cli').store;
    const csv = file('dry.csv', toCsv([...rosterRows(store), { email: 'dry.hire@cli.example.com', firstName: 'Dry' }]));
    sandbox().requests.reset();
    const text = await tiGraph('cli', ['sync', csv, '--dry-run']);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/\+ create\s+dry\.hire@cli\.example\.com \(row 52\): firstName "Dry"/);
    expect(text.stdout).toMatch(/= no change: 50 user\(s\)/);
    const json = await tiGraph('cli', ['sync', csv, '--dry-run', '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).plan.summary).toMatchObject({ create: 1, unchanged: 50 });
    expect(writes('cli')).toBe(0);
    expect(sandbox().requests.count({ tenant: 'cli', route: 'GET /incoming/api/v1/users' })).toBe(2 * Math.ceil(50 / 100));
    expect(store.getUserByEmail('dry.hire@cli.example.com')).toBeUndefined();
  });


  it('--plan-out saves the plan; "sync apply" applies exactly it; then nothing is left (exit 0)', async () => {
    const store = tenant('cli').store;
    const someone = store.listUsers({ perPage: 100 }).users.find((u) => u.active)!;
    const rows = rosterRows(store).map((r) => (r.email === someone.email ? { ...r, lastName: 'Planned' } : r));
    const csv = file('planned.csv', toCsv([...rows, { email: 'planned.hire@cli.example.com', firstName: 'Plan', department: 'Ops' }]));
    const planned = await tiGraph('cli', ['sync', csv, '--plan-out', 'plan.json']);
    expect(planned.code).toBe(2);
    expect(planned.stdout).toMatch(new RegExp(`~ update\\s+${someone.email.replace(/\./g, '\\.')} \\(row \\d+\\): lastName "${someone.lastName}" -> "Planned"`));
    expect(store.getUser(someone.id)!.lastName).toBe(someone.lastName);

    // The plan belongs to its tenant.
    const elsewhere = await tiGraph('other', ['sync', 'apply', 'plan.json']);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toMatch(/the plan was made for another tenant on http:\/\/127\.0\.0\.1:\d+ \(another API key\)/);
    expect(tenant('other').store.getUserByEmail('planned.hire@cli.example.com')).toBeUndefined();
    const elsewhereUrl = await tiGraph('cli', ['sync', 'apply', 'plan.json'], { TI_BASE_URL: sandbox().url.replace('127.0.0.1', 'localhost') });
    expect(elsewhereUrl.stderr).toMatch(/the plan was made for http:\/\/127\.0\.0\.1:\d+, but the configured tenant is http:\/\/localhost:\d+/);

    const applied = await tiGraph('cli', ['sync', 'apply', 'plan.json', '--json']);
    expect(applied.code).toBe(0);
    const report = JSON.parse(applied.stdout).apply;
    expect(report.counts).toMatchObject({ created: 1, updated: 1, failed: 0 });
    expect(report.requests.rateLimited).toBe(0);
    expect(store.getUser(someone.id)!.lastName).toBe('Planned');
    expect(store.getUserByEmail('planned.hire@cli.example.com')!.customFields).toEqual({ department: 'Ops' });
    expect(existsSync(join(dir, 'plan.json.checkpoint'))).toBe(false); // finished: no checkpoint left

    sandbox().requests.reset();
    const again = await tiGraph('cli', ['sync', csv]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Nothing to change/);
    expect(writes('cli')).toBe(0);
  });


  it('reports bad rows with their row number and reason, applies the others, and exits 1', async () => {
    const csv = file(
      'bad.csv',
      [
        'email,firstName,customFields.department,customFields.shoeSize,active',
        'good.one@cli.example.com,Good,Ops,,',
        'not-an-email,Bad,,,',
        'shoe@cli.example.com,Shoe,,44,',
        'maybe@cli.example.com,Maybe,,,perhaps',
        'good.two@cli.example.com,"Broken,,,',
        'good.three@cli.example.com,Three,,,true',
      ].join('\n'),
    );
    const run = await tiGraph('cli', ['sync', csv], { TI_CUSTOM_FIELD_KEYS: 'department,employeeId,costCenter,hireDate,manager' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/row 3 not-an-email: email is not a valid email address/);
    expect(run.stdout).toMatch(/row 4 shoe@cli\.example\.com: unknown custom field "shoeSize"/);
    expect(run.stdout).toMatch(/row 5 maybe@cli\.example\.com: active must be true or false, got "perhaps"/);
    expect(run.stdout).toMatch(/row 6: malformed CSV: Quote Not Closed/);
    const store = tenant('cli').store;
    expect(store.getUserByEmail('good.one@cli.example.com')).toMatchObject({ firstName: 'Good', customFields: { department: 'Ops' } });
    expect(store.getUserByEmail('good.three@cli.example.com')).toMatchObject({ firstName: 'Three' });
    for (const email of ['shoe@cli.example.com', 'maybe@cli.example.com', 'good.two@cli.example.com']) expect(store.getUserByEmail(email)).toBeUndefined();
  });


  it('deactivates leavers only with --deactivate-missing, and refuses a mass deactivation without --allow-mass-deactivate', async () => {
    const store = tenant('guard').store;
    const active = store.listUsers({ perPage: 100 }).users.filter((u) => u.active);
    const leavers = active.slice(0, 8); // 8 of a roster of 40: 20%
    const csv = file('guard.csv', toCsv(rosterRows(store).filter((r) => !leavers.some((l) => l.email === r.email))));

    sandbox().requests.reset();
    expect((await tiGraph('guard', ['sync', csv])).code).toBe(0); // leavers are kept unless asked
    const refused = await tiGraph('guard', ['sync', csv, '--deactivate-missing']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      `Refused: the plan deactivates 8 user(s), more than 10% of the ${active.length} active user(s) (limit ${Math.floor(active.length / 10)})`,
    );
    const withPercent = await tiGraph('guard', ['sync', csv, '--deactivate-missing', '--max-deactivate-percent', '15']);
    expect(withPercent.code).toBe(1);
    expect(writes('guard')).toBe(0);
    expect(leavers.every((l) => store.getUser(l.id)!.active)).toBe(true);

    const allowed = await tiGraph('guard', ['sync', csv, '--deactivate-missing', '--allow-mass-deactivate']);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/8 deactivated/);
    for (const leaver of leavers) expect({ ...store.getUser(leaver.id)!, updatedAt: '' }).toEqual({ ...leaver, active: false, updatedAt: '' });
    expect(sandbox().requests.count({ tenant: 'guard', method: 'DELETE' })).toBe(0);
  });


  it('needs a configured tenant and valid flags', async () => {
    const none = await tiGraph(undefined, ['sync', 'dry.csv']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/TI_BASE_URL: "ti-graph sync" changes a tenant, so it needs one/);
    const flag = await tiGraph('cli', ['sync', 'dry.csv', '--max-deactivate-percent', 'lots']);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toMatch(/--max-deactivate-percent must be a whole number/);
    const missing = await tiGraph('cli', ['sync', 'nope.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read nope\.csv: ENOENT/);
    expect(`${none.stderr}${flag.stderr}${missing.stderr}`).not.toContain(tenant('cli').apiKey);
  });
});
