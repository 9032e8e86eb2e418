/**
 * `ti-graph deactivate EMAIL [--delete]`: deactivate a departed user (active: false, nothing else
 * touched). Exit 0 when the user is (now) inactive or deleted, 1 when nobody has that email.
 */
import { InputError } from '../../errors/index.js';
import { deactivateByEmail } from '../../lifecycle/index.js';
import { parseFlags, type Command } from '../command.js';
import { closeTenantClients, tenantClientFromEnv } from '../tenant-client.js';

const USAGE = `Usage: ti-graph deactivate EMAIL [--delete] [--json]

Finds the user by email and sets active: false, keeping every other field and the completion
history. --delete removes the user permanently instead (their history goes with them).
`;

// The tenant client's Redis connection (shared budget) is closed however the command ends.
export const command: Command = (argv) => run(argv).finally(closeTenantClients);

const run: Command = async (argv) => {
  const { values, positionals } = parseFlags(
    argv,
    { delete: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new InputError('usage: ti-graph deactivate EMAIL [--delete] [--json]');
  const { client } = tenantClientFromEnv('deactivate');
  const result = await deactivateByEmail(client, positionals[0]!, { delete: values.delete === true });
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    const text = {
      deactivated: `deactivated ${result.email} (${result.userId})`,
      'already-inactive': `${result.email} (${result.userId}) was already inactive`,
      deleted: `deleted ${result.email} (${result.userId}) permanently`,
      'not-found': `no user has the email ${result.email}`,
    }[result.outcome];
    process.stdout.write(`${text}\n`);
  }
  return result.outcome === 'not-found' ? 1 : 0;
};
