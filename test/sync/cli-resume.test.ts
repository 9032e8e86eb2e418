/**
 * `ti-graph sync` when runs go wrong: killed mid-run, stopped by SIGINT, records that keep failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/wait-for.js';
import { useSandbox } from '../helpers/sandbox.js';
import { createCli } from './cli-harness.js';
import { rosterRows, toCsv, usersByEmail } from './helpers.js';

const sandbox = useSandbox({ tenants: [{ name: 'kill', users: 20 }, { name: 'fail', users: 10 }, { name: 'stop', users: 10 }] });
const { dir, tenant, start, tiGraph, file } = createCli(sandbox);

describe('ti-graph sync: interrupted and failing runs', () => {
  it('resumes after being killed mid-run: finished records are not redone, nobody is created twice', async () => {
    const store = tenant('kill').store;
    const hires = Array.from({ length: 30 }, (_, i) => ({ email: `k${i}@kill.example.com`, firstName: `K${i}`, department: 'Ops' }));
    const csv = file('kill.csv', toCsv([...rosterRows(store), ...hires]));
    const checkpoint = join(dir, 'kill.csv.checkpoint');

    sandbox().requests.reset();
    // A slow budget (5 requests/s) so the run is still going when it is killed.
    const slow = start('kill', ['sync', csv, '--concurrency', '2'], { TI_RATE_PER_MINUTE: '300', TI_RATE_BURST: '1' });
    const doneLines = () => (existsSync(checkpoint) ? readFileSync(checkpoint, 'utf8').split('\n').filter((l) => l.startsWith('{"done"')).length : 0);
    await waitFor(() => doneLines() >= 8, '8 finished items in the checkpoint', { timeoutMs: 20_000, intervalMs: 25 });
    slow.child.kill('SIGKILL');
    const killed = await slow.done;
    expect(killed.code).toBe(null);
    const finished = doneLines();
    expect(finished).toBeGreaterThanOrEqual(8);
    expect(finished).toBeLessThan(30);

    sandbox().requests.reset();
    const rerun = await tiGraph('kill', ['sync', csv, '--json']);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`resuming the interrupted run of plan \\w+ \\(${finished} item\\(s\\) already done`));
    const report = JSON.parse(rerun.stdout).apply;
    expect(report.counts).toMatchObject({ resumed: finished, applied: 30 - finished, failed: 0 });
    // One POST per unfinished record (one the killed run had in flight finds its user: 409, linked).
    expect(sandbox().requests.count({ tenant: 'kill', method: 'POST', route: '/incoming/api/v1/users' })).toBe(30 - finished);
    expect(sandbox().requests.count({ tenant: 'kill', route: 'GET /incoming/api/v1/users' })).toBeLessThanOrEqual(2); // no roster re-read, at most a 409 lookup or two
    const counts = usersByEmail(store);
    for (const hire of hires) {
      expect(counts.get(hire.email)).toBe(1);
      expect(store.getUserByEmail(hire.email)).toMatchObject({ firstName: hire.firstName, customFields: { department: 'Ops' } });
    }
    expect(existsSync(checkpoint)).toBe(false);
    expect((await tiGraph('kill', ['sync', csv, '--dry-run'])).code).toBe(0);
  });


  it('writes records that keep failing to the failures file, goes on, and retries only those on the next run', async () => {
    const store = tenant('fail').store;
    const draft = store.listCourses().find((c) => !c.published)!;
    const course = store.listCourses().find((c) => c.published)!;
    const csv = file(
      'fail.csv',
      toCsv([
        ...rosterRows(store),
        { email: 'f1@fail.example.com', firstName: 'F1', courses: [course.id] },
        { email: 'f2@fail.example.com', firstName: 'F2', courses: [draft.id], groups: ['no-such-group'] },
        { email: 'f3@fail.example.com', firstName: 'F3' },
      ]),
    );
    const run = await tiGraph('fail', ['sync', csv, '--failures', 'failed.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/3 created, .*2 item\(s\) done, 1 failed/);
    const failures = JSON.parse(readFileSync(join(dir, 'failed.json'), 'utf8'));
    expect(failures).toMatchObject({ format: 'ti-graph.sync-failures', version: 1 });
    expect(failures.failures).toEqual([
      expect.objectContaining({ email: 'f2@fail.example.com', row: 13, step: 'add-to-group', target: 'no-such-group', code: 'NOT_FOUND' }),
      expect.objectContaining({ email: 'f2@fail.example.com', row: 13, step: 'enroll', target: draft.id, code: 'BAD_USER_INPUT', reason: expect.stringMatching(/publish/) }),
    ]);
    expect(store.getEnrollment(store.getUserByEmail('f1@fail.example.com')!.id, course.id)).toBeDefined();
    expect(existsSync(join(dir, 'fail.csv.checkpoint'))).toBe(true); // kept: the failed item is not done

    sandbox().requests.reset();
    const rerun = await tiGraph('fail', ['sync', csv, '--json', '--failures', 'failed.json']);
    expect(rerun.code).toBe(1);
    expect(JSON.parse(rerun.stdout).apply.counts).toMatchObject({ resumed: 2, applied: 0, failed: 1 });
    expect(sandbox().requests.count({ tenant: 'fail', method: 'POST', route: '/incoming/api/v1/users' })).toBe(1); // f2 only: 409, linked
    expect(usersByEmail(store).get('f2@fail.example.com')).toBe(1);
  });


  it('stops cleanly on SIGINT, keeping the checkpoint, and the next run finishes the job', async () => {
    const store = tenant('stop').store;
    const hires = Array.from({ length: 20 }, (_, i) => ({ email: `s${i}@stop.example.com`, firstName: `S${i}` }));
    const csv = file('stop.csv', toCsv([...rosterRows(store), ...hires]));
    const checkpoint = join(dir, 'stop.csv.checkpoint');
    const slow = start('stop', ['sync', csv], { TI_RATE_PER_MINUTE: '300', TI_RATE_BURST: '1' });
    await waitFor(() => existsSync(checkpoint) && readFileSync(checkpoint, 'utf8').includes('{"done"'), 'a finished item in the checkpoint', {
      timeoutMs: 20_000,
      intervalMs: 25,
    });
    slow.child.kill('SIGINT');
    const stopped = await slow.done;
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/SIGINT: stopping; finished items are saved in/);
    expect(stopped.stdout).toMatch(/^Interrupted plan \w+ .* not attempted/m);
    expect(stopped.stdout).toMatch(/Run the same command again to resume/);
    expect(existsSync(checkpoint)).toBe(true);

    const rerun = await tiGraph('stop', ['sync', csv]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/done by an earlier run/);
    for (const hire of hires) expect(usersByEmail(store).get(hire.email)).toBe(1);
    expect(existsSync(checkpoint)).toBe(false);
  });

});
