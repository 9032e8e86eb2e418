import type { RowProblem } from '../record.js';

/** Records as read from a file, before validation: `fields` are the columns or the JSON object. */
export interface RawRecords {
  records: Array<{ row: number; fields: Record<string, unknown> }>;
  problems: RowProblem[];
}
