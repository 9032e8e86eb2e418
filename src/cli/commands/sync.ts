/**
 * `ti-graph sync FILE` and `ti-graph sync apply PLAN`: HR records -> plan -> tenant.
 * Exit codes: 0 nothing to change (or everything applied), 2 changes pending (dry run / plan saved),
 * 1 an error: bad rows, failed records, a refused plan, an interrupted run, bad flags or config.
 */
import { readFile, rm } from 'node:fs/promises';
import { InputError, TiGraphError } from '../../errors/index.js';
import {
  applyPlan,
  concurrencyForBudget,
  createProgress,
  formatApplyReport,
  formatPlan,
  guardMessage,
  openCheckpoint,
  planHasChanges,
  planSync,
  readCheckpoint,
  readHrFile,
  readPlanFile,
  sha256,
  tenantFingerprint,
  writeFailuresFile,
  writePlanFile,
  type ApplyReport,
  type SyncPlan,
} from '../../sync/index.js';
import { intFlag, parseFlags, type Command } from '../command.js';
import { closeTenantClients, DEFAULT_BULK_BUDGET, tenantClientFromEnv, type TenantClient } from '../tenant-client.js';

const USAGE = `Usage: ti-graph sync FILE [options]
       ti-graph sync apply PLAN [options]

Brings the tenant in line with an HR file (CSV or JSON). Reads the whole roster, matches people by
email (case-insensitive), and plans per user: create, update (field: old -> new), deactivate, enroll,
add to group, or no change. Then applies the plan, unless told to stop at the plan.

Input columns: email (required), firstName, lastName, role, groups (;-separated ids),
customFields.<key>, active (true/false), ssoId, language (BCP 47), courses (;-separated ids).
An empty cell leaves the tenant's value as it is. JSON: an array of objects with the same fields.

Options:
  --dry-run                   show the plan, change nothing
  --plan-out PLAN             save the plan to PLAN (and stop); apply it with "sync apply PLAN"
  --json                      print the plan / report as JSON on stdout
  --deactivate-missing        deactivate active users who are not in the file (leavers)
  --max-deactivate-percent N  refuse a plan deactivating more than N% of the active users (default 10)
  --allow-mass-deactivate     apply such a plan anyway
  --concurrency N             items in flight at once (default from the rate budget)
  --checkpoint FILE           progress journal for resuming (default FILE.checkpoint / PLAN.checkpoint)
  --failures FILE             where failed records go (default FILE.failures.json)

The tenant: TI_BASE_URL (or TI_SUBDOMAIN) and TI_API_KEY. Rate budget: TI_RATE_PER_MINUTE and
TI_RATE_BURST (default ${DEFAULT_BULK_BUDGET.perMinute}/min, burst ${DEFAULT_BULK_BUDGET.burst}: under the vendor's standard
tier of 120/min, burst 20).
Exit codes: 0 no changes / all applied, 2 changes pending (dry run, plan saved), 1 error.
`;

const FLAGS = {
  'dry-run': { type: 'boolean' },
  'plan-out': { type: 'string' },
  json: { type: 'boolean' },
  'deactivate-missing': { type: 'boolean' },
  'allow-mass-deactivate': { type: 'boolean' },
  'max-deactivate-percent': { type: 'string' },
  concurrency: { type: 'string' },
  checkpoint: { type: 'string' },
  failures: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const command: Command = async (argv) => {
  try {
    return await run(argv);
  } catch (error) {
    // Exit 2 means "changes pending" here, so errors of every kind exit 1.
    if (error instanceof TiGraphError) {
      process.stderr.write(`ti-graph sync: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await closeTenantClients();
  }
};

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, FLAGS, true);
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const isApply = positionals[0] === 'apply';
  const target = isApply ? positionals[1] : positionals[0];
  if (!target || positionals.length > (isApply ? 2 : 1)) {
    throw new InputError(isApply ? 'usage: ti-graph sync apply PLAN [options]' : 'usage: ti-graph sync FILE [options] (see --help)');
  }
  if (isApply) {
    for (const flag of ['dry-run', 'plan-out', 'deactivate-missing', 'allow-mass-deactivate', 'max-deactivate-percent'] as const) {
      if (values[flag] !== undefined) throw new InputError(`--${flag} belongs to "sync FILE"; "sync apply" applies the plan exactly as saved`, flag);
    }
  }
  const maxPercent = intFlag('max-deactivate-percent', values['max-deactivate-percent'], 0, 100);
  const concurrencyFlag = intFlag('concurrency', values.concurrency, 1, 64);
  const json = values.json === true;
  const out = (text: string) => process.stdout.write(text);
  const note = (text: string) => process.stderr.write(`${text}\n`);

  const tc = tenantClientFromEnv('sync', { defaultBudget: DEFAULT_BULK_BUDGET });
  const budget = tc.tenant.rateBudget!;
  const concurrency = concurrencyFlag ?? concurrencyForBudget(budget);
  const stopAt = values['dry-run'] || values['plan-out'] !== undefined;
  const checkpointPath = values.checkpoint ?? `${target}.checkpoint`;
  const failuresPath = values.failures ?? `${target}.failures.json`;

  let plan: SyncPlan;
  if (isApply) {
    plan = await readPlanFile(target);
    checkTenant(plan, tc);
    if (plan.guard.tripped) throw new InputError(guardMessage(plan));
  } else {
    const resumed = stopAt ? undefined : await resumable(checkpointPath, target, tc, note);
    if (resumed) {
      plan = resumed;
    } else {
      const hr = await readHrFile(target, tc.tenant.customFieldKeys ? { customFieldKeys: tc.tenant.customFieldKeys } : {});
      plan = await planSync({
        client: tc.client,
        hr,
        text: hr.text,
        source: target,
        tenantKey: tenantFingerprint(tc.tenant.apiKey),
        concurrency,
        options: {
          deactivateMissing: values['deactivate-missing'] === true,
          allowMassDeactivate: values['allow-mass-deactivate'] === true,
          ...(maxPercent !== undefined ? { maxDeactivatePercent: maxPercent } : {}),
        },
      });
    }
    if (!json) out(formatPlan(plan));
    if (plan.guard.tripped) {
      // The text plan already ends with the refusal; JSON readers get it on stderr too.
      if (json) {
        out(`${JSON.stringify({ plan }, null, 2)}\n`);
        note(guardMessage(plan));
      }
      return 1;
    }
    if (stopAt) {
      if (values['plan-out'] !== undefined) {
        await writePlanFile(values['plan-out'], plan);
        note(`plan saved to ${values['plan-out']}; apply it with: ti-graph sync apply ${values['plan-out']}`);
      }
      if (json) out(`${JSON.stringify({ plan }, null, 2)}\n`);
      if (plan.problems.length > 0) return 1;
      return planHasChanges(plan) ? 2 : 0;
    }
  }

  if (!planHasChanges(plan)) {
    if (json) out(`${JSON.stringify({ plan, apply: null }, null, 2)}\n`);
    else out('Nothing to change.\n');
    return plan.problems.length > 0 ? 1 : 0;
  }

  const report = await applyWithCheckpoint(plan, tc, { concurrency, checkpointPath, json, note });
  if (report.failures.length > 0) await writeFailuresFile(failuresPath, plan.id, report.failures);
  if (json) {
    out(`${JSON.stringify({ plan, apply: { ...report, failuresFile: report.failures.length ? failuresPath : undefined, requests: tc.client.stats() } }, null, 2)}\n`);
  } else {
    out(formatApplyReport(report, report.failures.length ? { failuresFile: failuresPath } : {}));
  }
  return report.interrupted || report.failures.length > 0 || plan.problems.length > 0 ? 1 : 0;
}

/**
 * A checkpoint left by an interrupted run of the same input resumes that run's plan (no roster
 * re-read, finished items skipped). One for another version of the input is stale: a fresh plan
 * from the current roster already reflects what that run did, so it is replaced.
 */
async function resumable(path: string, file: string, tc: TenantClient, note: (t: string) => void): Promise<SyncPlan | undefined> {
  const existing = await readCheckpoint(path);
  if (!existing) return undefined;
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text !== undefined && sha256(text) === existing.plan.input.sha256 && sameTenant(existing.plan, tc)) {
    note(`resuming the interrupted run of plan ${existing.plan.id} (${existing.done.size} item(s) already done; checkpoint ${path})`);
    return existing.plan;
  }
  note(`checkpoint ${path} is from another input or tenant; planning afresh`);
  await rm(path, { force: true });
  return undefined;
}

async function applyWithCheckpoint(
  plan: SyncPlan,
  tc: TenantClient,
  options: { concurrency: number; checkpointPath: string; json: boolean; note: (t: string) => void },
): Promise<ApplyReport> {
  const checkpoint = await openCheckpoint(options.checkpointPath, plan);
  const total = plan.items.filter((item) => item.actions.length > 0).length;
  const resumed = plan.items.filter((item, i) => item.actions.length > 0 && checkpoint.done.has(i)).length;
  const progress = createProgress({ total, resumed });
  const budget = tc.tenant.rateBudget!;
  if (!options.json) options.note(`rate budget ${budget.perMinute}/min (burst ${budget.burst}), ${options.concurrency} in flight`);

  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    options.note(`\n${signal}: stopping; finished items are saved in ${options.checkpointPath}`);
    stop.abort(new Error(`interrupted by ${signal}`));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const report = await applyPlan(tc.client, plan, {
      concurrency: options.concurrency,
      checkpoint,
      signal: stop.signal,
      onItem: ({ failures }) => progress.tick(failures.length > 0),
    });
    progress.finish();
    const finished = !report.interrupted && report.failures.length === 0;
    await checkpoint.close({ remove: finished });
    return report;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await checkpoint.close();
  }
}

function sameTenant(plan: SyncPlan, tc: TenantClient): boolean {
  return plan.tenant === tc.client.target.baseUrl && (plan.tenantKey === '' || plan.tenantKey === tenantFingerprint(tc.tenant.apiKey));
}

function checkTenant(plan: SyncPlan, tc: TenantClient): void {
  if (plan.tenant !== tc.client.target.baseUrl) {
    throw new InputError(`the plan was made for ${plan.tenant}, but the configured tenant is ${tc.client.target.baseUrl}; make a plan for this tenant`);
  }
  if (!sameTenant(plan, tc)) {
    throw new InputError(`the plan was made for another tenant on ${plan.tenant} (another API key); make a plan for this tenant`);
  }
}

