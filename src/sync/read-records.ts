/**
 * Reads an HR file (CSV or JSON) into validated records plus the rows that could not be used.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../errors/index.js';
import { readCsv } from './input/csv.js';
import { readJson } from './input/json.js';
import { isRowProblem, validateRecord, type HrRecord, type RowProblem, type ValidateOptions } from './record.js';

export interface HrInput {
  records: HrRecord[];
  problems: RowProblem[];
}

export type InputFormat = 'csv' | 'json';

/** Parses HR input text. `format` defaults to sniffing: `[` or `{` first means JSON. */
export function parseHrRecords(text: string, options: ValidateOptions & { format?: InputFormat; source?: string } = {}): HrInput {
  const source = options.source ?? 'input';
  const format = options.format ?? (/^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv');
  const raw = format === 'json' ? readJson(text, source) : readCsv(text, source);
  const records: HrRecord[] = [];
  const problems = [...raw.problems];
  for (const { row, fields } of raw.records) {
    const result = validateRecord(fields, row, options);
    if (isRowProblem(result)) problems.push(result);
    else records.push(result);
  }
  problems.sort((a, b) => a.row - b.row);
  return { records, problems };
}

/** Reads and parses an HR file; the format comes from the extension (.csv, .json), else from the content. */
export async function readHrFile(path: string, options: ValidateOptions = {}): Promise<HrInput & { text: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const ext = extname(path).toLowerCase();
  const format: InputFormat | undefined = ext === '.csv' ? 'csv' : ext === '.json' ? 'json' : undefined;
  return { ...parseHrRecords(text, { ...options, ...(format ? { format } : {}), source: path }), text };
}
