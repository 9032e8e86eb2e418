/**
 * GitHub Actions workflow commands: an `::error` at the file and line of every operation a change
 * breaks, a `::warning` where it may affect one, and one `::notice` with the verdict.
 */
import type { DriftReport } from '../report.js';
import { verdict } from './text.js';

export function formatGithub(report: DriftReport): string {
  const out: string[] = [];
  for (const change of report.changes) {
    for (const op of change.operations) {
      const level = op.impact === 'breaks' ? 'error' : 'warning';
      out.push(
        command(level, { file: op.at.file, line: op.at.line, col: op.at.column, title: `Schema drift: ${change.type} ${change.path ?? ''}`.trim() },
          `${op.operation.kind} ${op.operation.name}: ${change.message} (${op.reason})`),
      );
    }
    if (change.impact === 'safe' && change.criticality === 'BREAKING' && report.summary.strict) {
      out.push(command('error', { title: `Schema drift: ${change.type} ${change.path ?? ''}`.trim() }, `${change.message} (--strict: breaking, though no operation uses it)`));
    }
  }
  for (const invalid of report.invalidOperations) {
    out.push(
      command('error', { file: invalid.at.file, line: invalid.at.line, col: invalid.at.column, title: 'Operation invalid against the target schema' },
        `${invalid.operation.kind} ${invalid.operation.name}: ${invalid.message}`),
    );
  }
  out.push(command('notice', { title: 'Schema drift' }, `${report.base} -> ${report.target}: ${verdict(report)}`));
  return `${out.join('\n')}\n`;
}

function command(level: 'error' | 'warning' | 'notice', properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

// As in @actions/core: data escapes %, CR, LF; properties also escape ':' and ','.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
