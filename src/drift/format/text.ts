/** Plain text for a terminal: grouped by what the change means for our operations. */
import type { ChangeReport, DriftReport, InvalidOperation, OperationImpact } from '../report.js';

export function formatText(report: DriftReport): string {
  const lines: string[] = [];
  const { summary, documents } = report;
  lines.push(
    `Schema drift: ${report.base} -> ${report.target}${report.gateway ? ` (as the gateway serves them: plus the additions of ${report.gateway})` : ''}`,
    `${summary.changes} change(s) (${summary.breaking} breaking, ${summary.dangerous} dangerous, ${summary.nonBreaking} non-breaking); ` +
      `${documents.operations} operation(s) in ${documents.files} file(s)`,
    '',
  );
  const breaks = report.changes.filter((c) => c.impact === 'breaks');
  const affects = report.changes.filter((c) => c.impact === 'affects');
  const safe = report.changes.filter((c) => c.impact === 'safe');

  lines.push(`Breaks our operations (${breaks.length + report.invalidOperations.length})`);
  if (breaks.length === 0 && report.invalidOperations.length === 0) lines.push('  none');
  for (const change of breaks) lines.push(...changeLines(change));
  if (report.invalidOperations.length > 0) {
    lines.push('  Operations invalid against the target schema:');
    for (const invalid of report.invalidOperations) lines.push(invalidLine(invalid));
  }
  const over = report.points.operations.filter((op) => op.target > report.points.limit);
  if (over.length > 0) {
    lines.push(`  Operations over the tenant's limit of ${report.points.limit} points per query (Thought Industries refuses them):`);
    for (const op of over) lines.push(`      ${op.kind} ${op.name} at ${op.file}:${op.line}:${op.column}: ${op.base} -> ${op.target} points`);
  }
  lines.push('', `May affect our operations (${affects.length})`);
  if (affects.length === 0) lines.push('  none');
  for (const change of affects) lines.push(...changeLines(change));

  lines.push('', `Safe: touches nothing our operations use (${safe.length})`);
  const notable = safe.filter((c) => c.criticality !== 'NON_BREAKING');
  for (const change of notable) lines.push(`  ${change.criticality} ${change.type} ${change.path ?? ''}: ${change.message}`);
  const quiet = safe.length - notable.length;
  if (quiet > 0) lines.push(`  ${quiet} non-breaking change(s) (--format json lists every one)`);

  lines.push('', verdict(report));
  return `${lines.join('\n')}\n`;
}

function changeLines(change: ChangeReport): string[] {
  return [
    `  ${change.criticality} ${change.type} ${change.path ?? ''}`,
    `    ${change.message}`,
    ...change.operations.map(operationLine),
  ];
}

function operationLine(op: OperationImpact): string {
  const where = `${op.at.file}:${op.at.line}:${op.at.column}`;
  return `      ${op.impact === 'breaks' ? 'breaks' : 'affects'} ${op.operation.kind} ${op.operation.name} at ${where}: ${op.reason}`;
}

function invalidLine(invalid: InvalidOperation): string {
  return `      ${invalid.operation.kind} ${invalid.operation.name} at ${invalid.at.file}:${invalid.at.line}:${invalid.at.column}: ${invalid.message}`;
}

export function verdict(report: DriftReport): string {
  const { summary } = report;
  if (summary.exitCode === 0) {
    return summary.affectsOperations > 0
      ? `OK: nothing breaks our operations; ${summary.affectsOperations} change(s) may affect them.`
      : 'OK: nothing breaks our operations.';
  }
  const reasons: string[] = [];
  if (summary.breaksOperations > 0) reasons.push(`${summary.breaksOperations} change(s) break our operations`);
  if (summary.invalidOperations > 0) reasons.push(`${summary.invalidOperations} validation error(s) against the target`);
  if (summary.overPointsLimit > 0) reasons.push(`${summary.overPointsLimit} operation(s) over the tenant's ${report.points.limit} points per query`);
  if (reasons.length === 0 && summary.strict) reasons.push(`${summary.breaking} breaking change(s) (--strict)`);
  return `FAIL: ${reasons.join('; ')}.`;
}
