/**
 * `ti-graph sync-profile --email E [--first-name ...] [--field k=v]...`: update only the fields
 * that differ, or create the user when missing. Exit 0 on success.
 */
import { syncProfile } from '../../lifecycle/index.js';
import { parseFlags, type Command } from '../command.js';
import { PROFILE_FLAGS, PROFILE_USAGE, profileFromFlags } from '../profile-flags.js';
import { closeTenantClients, tenantClientFromEnv } from '../tenant-client.js';

const USAGE = `Usage: ti-graph sync-profile --email EMAIL [options]

Brings one user's profile in line: only fields that differ are written (custom fields key by
key, every other field kept); the user is created when no one has that email.

Options:
${PROFILE_USAGE}
  --json                print the result as JSON
`;

// The tenant client's Redis connection (shared budget) is closed however the command ends.
export const command: Command = (argv) => run(argv).finally(closeTenantClients);

const run: Command = async (argv) => {
  const { values } = parseFlags(argv, { ...PROFILE_FLAGS, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const profile = profileFromFlags(values);
  const { client } = tenantClientFromEnv('sync-profile');
  const { user: _user, ...result } = await syncProfile(client, profile);
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    const changes = result.changes.map((c) => `  ${c.field}: ${JSON.stringify(c.from ?? null)} -> ${JSON.stringify(c.to)}`);
    process.stdout.write(`${result.outcome} ${result.email} (${result.userId})\n${changes.join('\n')}${changes.length ? '\n' : ''}`);
  }
  return 0;
};
