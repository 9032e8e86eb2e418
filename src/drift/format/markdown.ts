/** Markdown for a pull-request comment: the verdict first, then what breaks, then the rest folded. */
import type { ChangeReport, DriftReport } from '../report.js';
import { verdict } from './text.js';

export function formatMarkdown(report: DriftReport): string {
  const { summary } = report;
  const out: string[] = [
    `### Schema drift: \`${report.base}\` → \`${report.target}\``,
    '',
    ...(report.gateway ? [`Both judged as the gateway serves them (plus the additions of \`${report.gateway}\`).`, ''] : []),
    `**${verdict(report)}**`,
    '',
    `${summary.changes} change(s): ${summary.breaking} breaking, ${summary.dangerous} dangerous, ${summary.nonBreaking} non-breaking. ` +
      `Checked ${report.documents.operations} operation(s) in ${report.documents.files} file(s).`,
    '',
  ];
  const breaks = report.changes.filter((c) => c.impact === 'breaks');
  const affects = report.changes.filter((c) => c.impact === 'affects');
  const safe = report.changes.filter((c) => c.impact === 'safe');

  if (breaks.length > 0 || report.invalidOperations.length > 0) {
    out.push('#### Breaks our operations', '', ...impactTable(breaks));
    if (report.invalidOperations.length > 0) {
      out.push('', '| Operation | Where | Validation error |', '|---|---|---|');
      for (const invalid of report.invalidOperations) {
        out.push(`| ${cell(invalid.operation.name)} | \`${invalid.at.file}:${invalid.at.line}\` | ${cell(invalid.message)} |`);
      }
    }
    out.push('');
  }
  if (affects.length > 0) out.push('#### May affect our operations', '', ...impactTable(affects), '');
  if (safe.length > 0) {
    out.push(`<details><summary>Safe: ${safe.length} change(s) touch nothing our operations use</summary>`, '');
    out.push('| Criticality | Change | Path | Message |', '|---|---|---|---|');
    for (const change of safe) {
      out.push(`| ${change.criticality} | ${change.type} | \`${cell(change.path ?? '')}\` | ${cell(change.message)} |`);
    }
    out.push('', '</details>', '');
  }
  return `${out.join('\n')}\n`;
}

function impactTable(changes: ChangeReport[]): string[] {
  if (changes.length === 0) return [];
  const rows = ['| Change | Operation | Where | Why |', '|---|---|---|---|'];
  for (const change of changes) {
    for (const op of change.operations) {
      rows.push(
        `| ${change.criticality} \`${cell(change.path ?? change.type)}\`<br>${cell(change.message)} | ${op.impact === 'breaks' ? '❌' : '⚠️'} ${cell(op.operation.name)} | \`${op.at.file}:${op.at.line}\` | ${cell(op.reason)} |`,
      );
    }
  }
  return rows;
}

/** Table cells: no pipes, no newlines. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
