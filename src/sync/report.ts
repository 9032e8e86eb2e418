/**
 * Human-readable text for a plan and an apply report. The `--json` output is the objects
 * themselves; this is what a person reads in a terminal or a job log.
 */
import type { FieldChange } from '../lifecycle/index.js';
import type { ApplyReport } from './apply.js';
import type { PlanItem, SyncPlan } from './plan.js';
import { formatDuration } from './progress.js';

export function formatPlan(plan: SyncPlan, options: { maxLines?: number } = {}): string {
  const maxLines = options.maxLines ?? 1_000;
  const out: string[] = [];
  out.push(
    `Plan ${plan.id} for ${plan.tenant}: ${plan.input.records} record(s) from ${plan.input.source}, roster of ${plan.roster.users} user(s) (${plan.roster.active} active)`,
  );
  const lines = plan.items.map(describeItem);
  out.push(...lines.slice(0, maxLines).map((line) => `  ${line}`));
  if (lines.length > maxLines) out.push(`  ... and ${lines.length - maxLines} more (use --json or --plan-out for all)`);
  if (plan.unchanged.length) out.push(`  = no change: ${plan.unchanged.length} user(s)`);
  if (plan.problems.length) {
    out.push(`Problems: ${plan.problems.length} row(s) not applied`);
    for (const problem of plan.problems.slice(0, maxLines)) {
      out.push(`  row ${problem.row}${problem.email ? ` ${problem.email}` : ''}: ${problem.reason}`);
    }
    if (plan.problems.length > maxLines) out.push(`  ... and ${plan.problems.length - maxLines} more`);
  }
  for (const warning of plan.warnings) out.push(`Warning: ${warning}`);
  const s = plan.summary;
  out.push(
    `Summary: ${s.create} create, ${s.update} update, ${s.deactivate} deactivate, ${s.enroll} enrollment(s), ${s.addToGroup} group membership(s), ${s.unchanged} unchanged, ${s.problems} problem(s)`,
  );
  if (plan.guard.tripped) out.push(guardMessage(plan));
  return `${out.join('\n')}\n`;
}

/** Why a plan is refused by the mass-deactivation guard, and what to do about it. */
export function guardMessage(plan: SyncPlan): string {
  const g = plan.guard;
  return (
    `Refused: the plan deactivates ${g.deactivations} user(s), more than ${g.maxPercent}% of the ${g.rosterSize} active user(s) (limit ${g.limit}). ` +
    'Check the HR file is complete; if this is intended, pass --allow-mass-deactivate (or raise --max-deactivate-percent).'
  );
}

export function formatApplyReport(report: ApplyReport, options: { failuresFile?: string } = {}): string {
  const c = report.counts;
  const out: string[] = [];
  const verb = report.interrupted ? 'Interrupted' : 'Applied';
  out.push(
    `${verb} plan ${report.planId} in ${formatDuration(report.durationMs)}: ${c.created} created, ${c.updated} updated, ${c.deactivated} deactivated, ` +
      `${c.enrolled} enrollment(s), ${c.addedToGroups} group membership(s); ${c.applied} item(s) done, ${c.failed} failed` +
      `${c.resumed ? `, ${c.resumed} done by an earlier run` : ''}${c.notAttempted ? `, ${c.notAttempted} not attempted` : ''}`,
  );
  if (report.failures.length) {
    out.push(`Failures${options.failuresFile ? ` (written to ${options.failuresFile})` : ''}:`);
    for (const f of report.failures.slice(0, 200)) {
      out.push(`  ${f.row !== undefined ? `row ${f.row} ` : ''}${f.email}: ${f.step}${f.target ? ` ${f.target}` : ''}: ${f.reason}`);
    }
    if (report.failures.length > 200) out.push(`  ... and ${report.failures.length - 200} more`);
  }
  if (report.interrupted) out.push('Run the same command again to resume: finished items are not redone.');
  return `${out.join('\n')}\n`;
}

function describeItem(item: PlanItem): string {
  const where = item.row !== undefined ? ` (row ${item.row})` : '';
  const parts: string[] = [];
  let label: string;
  if (item.actions.includes('create')) {
    label = '+ create';
    if (item.changes.length) parts.push(item.changes.map((c) => `${c.field} ${show(c.to)}`).join(', '));
  } else if (item.actions.includes('deactivate')) {
    label = '- deactivate';
    parts.push(item.deactivateReason === 'missing-from-hr' ? 'missing from the HR file' : 'inactive in the HR file');
    const others = item.changes.filter((c) => c.field !== 'active');
    if (others.length) parts.push(others.map(showChange).join(', '));
  } else if (item.actions.includes('update')) {
    label = '~ update';
    parts.push(item.changes.map(showChange).join(', '));
  } else if (item.actions.length) {
    label = item.actions.includes('enroll') ? '+ enroll' : '+ group';
  } else {
    label = '= no change';
  }
  if (item.addGroups.length) parts.push(`add to group ${item.addGroups.join(', ')}`);
  if (item.enroll.length) parts.push(`enroll in ${item.enroll.join(', ')}`);
  if (item.alreadyEnrolled.length) parts.push(`already enrolled in ${item.alreadyEnrolled.join(', ')}`);
  parts.push(...item.notes);
  return `${label.padEnd(12)} ${item.email}${where}: ${parts.join('; ')}`;
}

function showChange(change: FieldChange): string {
  return `${change.field} ${show(change.from)} -> ${show(change.to)}`;
}

function show(value: unknown): string {
  return value === null || value === undefined ? '(empty)' : JSON.stringify(value);
}
