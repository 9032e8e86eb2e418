/**
 * `ti-graph provision --email E [--course C]... [--group G]...`: create or link a learner, add to
 * groups, enroll in courses. Idempotent. Exit 0 when every step succeeded, 1 otherwise.
 */
import { provisionLearner } from '../../lifecycle/index.js';
import { parseFlags, type Command } from '../command.js';
import { idList, PROFILE_FLAGS, PROFILE_USAGE, profileFromFlags } from '../profile-flags.js';
import { closeTenantClients, tenantClientFromEnv } from '../tenant-client.js';

const USAGE = `Usage: ti-graph provision --email EMAIL [options]

Creates the learner (or links the existing user with that email), adds them to the groups and
enrolls them in the courses they are not in yet. Running it twice changes nothing.

Options:
${PROFILE_USAGE}
  --course ID           enroll in this course (repeatable, or ;-separated); it must be published
  --group ID            add to this group (repeatable, or ;-separated)
  --json                print the result as JSON
`;

// The tenant client's Redis connection (shared budget) is closed however the command ends.
export const command: Command = (argv) => run(argv).finally(closeTenantClients);

const run: Command = async (argv) => {
  const { values } = parseFlags(argv, {
    ...PROFILE_FLAGS,
    course: { type: 'string', multiple: true },
    group: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const profile = profileFromFlags(values);
  const { client } = tenantClientFromEnv('provision');
  const result = await provisionLearner(client, { ...profile, courses: idList(values.course), groups: idList(values.group) });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const lines = [
      `${result.outcome === 'created' ? 'created' : 'linked'} ${result.email} (${result.userId})`,
      ...result.fieldsChanged.filter((c) => c.field === 'active').map(() => '  reactivated'),
      ...result.groupsAdded.map((g) => `  added to group ${g}`),
      ...result.alreadyInGroups.map((g) => `  already in group ${g}`),
      ...result.enrolled.map((c) => `  enrolled in ${c}`),
      ...result.alreadyEnrolled.map((c) => `  already enrolled in ${c}`),
      ...result.failures.map((f) => `  FAILED ${f.step}${f.target ? ` ${f.target}` : ''}: ${f.reason}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return result.failures.length > 0 ? 1 : 0;
};
