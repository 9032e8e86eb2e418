import type { DriftReport } from '../report.js';
import { formatGithub } from './github.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function formatReport(report: DriftReport, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown':
      return formatMarkdown(report);
    case 'github':
      return formatGithub(report);
    case 'text':
      return formatText(report);
  }
}
