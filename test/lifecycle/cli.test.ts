/**
 * `ti-graph provision`, `deactivate`, `sync-profile` as real processes against a sandbox tenant.
 */
import { describe, expect, it } from 'vitest';
import { useSandbox } from '../helpers/sandbox.js';
import { createCli } from '../sync/cli-harness.js';

const sandbox = useSandbox({ tenants: [{ name: 'other', users: 5 }] });
const { tenant, tiGraph, writes } = createCli(sandbox);

describe('ti-graph provision / deactivate / sync-profile', () => {
  it('provisions idempotently, syncs a profile, deactivates, and says so in the exit code', async () => {
    const store = tenant('other').store;
    const course = store.listCourses().find((c) => c.published)!;
    const group = store.listGroups()[1]!;
    const args = ['provision', '--email', 'Cli.Learner@Other.example.com', '--first-name', 'Cli', '--course', course.id, '--group', group.id, '--json'];
    const first = await tiGraph('other', args);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ outcome: 'created', enrolled: [course.id], groupsAdded: [group.id], failures: [] });
    sandbox().requests.reset();
    const second = await tiGraph('other', args);
    expect(JSON.parse(second.stdout)).toMatchObject({ outcome: 'linked', alreadyEnrolled: [course.id], alreadyInGroups: [group.id] });
    expect(writes('other')).toBe(0);

    const draft = store.listCourses().find((c) => !c.published)!;
    const partial = await tiGraph('other', ['provision', '--email', 'cli.learner@other.example.com', '--course', draft.id]);
    expect(partial.code).toBe(1);
    expect(partial.stdout).toMatch(new RegExp(`FAILED enroll ${draft.id}: .*not published`));

    const profile = await tiGraph('other', ['sync-profile', '--email', 'cli.learner@other.example.com', '--last-name', 'Learner', '--field', 'department=Ops']);
    expect(profile.code).toBe(0);
    expect(profile.stdout).toMatch(/^updated cli\.learner@other\.example\.com/i);
    expect(profile.stdout).toMatch(/customFields\.department: null -> "Ops"/);

    const deactivated = await tiGraph('other', ['deactivate', 'CLI.LEARNER@other.example.com']);
    expect(deactivated.code).toBe(0);
    expect(deactivated.stdout).toMatch(/^deactivated cli\.learner@other\.example\.com/i);
    expect(store.getUserByEmail('cli.learner@other.example.com')).toMatchObject({ active: false, lastName: 'Learner', firstName: 'Cli', customFields: { department: 'Ops' } });
    expect((await tiGraph('other', ['deactivate', 'nobody@other.example.com'])).code).toBe(1);
  });
});
