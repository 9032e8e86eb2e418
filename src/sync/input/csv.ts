/**
 * CSV input (csv-parse). The first line names the columns; a row the parser cannot read (a broken
 * quote, a wrong number of cells) is reported with its line and skipped, and the other rows proceed.
 *
 * csv-parse stops at the first syntax error (and its skip mode can swallow the rest of the file
 * after a stray quote), so on an error the parse restarts on the line after the bad record's first
 * line: one broken row costs that row, never the rows after it.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../../errors/index.js';
import { CUSTOM_FIELD_PREFIX, SCALAR_COLUMNS, type RowProblem } from '../record.js';
import type { RawRecords } from './raw.js';

const KNOWN = new Set<string>(SCALAR_COLUMNS);
const OPTIONS = { bom: true, raw: true, relax_column_count: true, skip_empty_lines: true } as const;

interface ParsedRow {
  cells: string[];
  /** 1-based line the record starts on, in the whole file. */
  line: number;
}

export function readCsv(text: string, source: string): RawRecords {
  // CRLF -> LF: csv-parse counts a CRLF inside a quoted field as two lines, which shifted every
  // later row number and made the restart after a broken row skip the next, good row.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const lineCount = body.endsWith('\n') ? lineStarts.length - 1 : lineStarts.length;
  const isBlank = (line: number) => body.slice(lineStarts[line - 1], lineStarts[line] ?? body.length).trim() === '';

  const problems: RowProblem[] = [];
  const rows: ParsedRow[] = [];
  let from = 1;
  while (from <= lineCount) {
    let lastEnd = from - 1;
    try {
      parse(body.slice(lineStarts[from - 1]), {
        ...OPTIONS,
        on_record: (record: unknown, context: { lines: number }) => {
          const { record: cells, raw } = record as { record: string[]; raw: string };
          const end = context.lines + from - 1;
          rows.push({ cells, line: end - newlines(raw.replace(/\r?\n$/, '')) });
          lastEnd = end;
          return null;
        },
      });
      break;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      let bad = lastEnd + 1;
      while (bad < lineCount && isBlank(bad)) bad++;
      if (bad === 1) throw new InputError(`${source}: the header line is not valid CSV (${cleanMessage(error)})`);
      problems.push({ row: bad, reason: `malformed CSV: ${cleanMessage(error)}` });
      from = bad + 1;
    }
  }

  const [header, ...data] = rows;
  if (!header || header.line !== 1) throw new InputError(`${source}: the file is empty; the first line must name the columns (email, firstName, ...)`);
  const columns = header.cells.map((name) => name.trim());
  checkColumns(columns, source);

  const records: RawRecords['records'] = [];
  const emailColumn = columns.indexOf('email');
  for (const { cells, line } of data) {
    if (cells.length !== columns.length) {
      // The email is in the email column, not necessarily the first one; a row with the wrong number
      // of cells may be shifted, so only a cell that looks like an email names the person.
      const email = cells[emailColumn]?.trim();
      problems.push({
        row: line,
        ...(email && email.includes('@') ? { email } : {}),
        reason: `malformed CSV: ${cells.length} cells where the header has ${columns.length}`,
      });
      continue;
    }
    const fields: Record<string, unknown> = {};
    columns.forEach((column, index) => (fields[column] = cells[index]));
    records.push({ row: line, fields });
  }
  return { records, problems: problems.sort((a, b) => a.row - b.row) };
}

function checkColumns(columns: string[], source: string): void {
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) throw new InputError(`${source}: column "${column}" appears twice in the header`);
    seen.add(column);
    const isCustom = column.startsWith(CUSTOM_FIELD_PREFIX) && column.length > CUSTOM_FIELD_PREFIX.length;
    if (!KNOWN.has(column) && !isCustom) {
      throw new InputError(
        `${source}: unknown column "${column}"; the columns are ${SCALAR_COLUMNS.join(', ')} and customFields.<key>`,
      );
    }
  }
  if (!seen.has('email')) throw new InputError(`${source}: the header has no "email" column (it is required)`);
}

/** csv-parse's line numbers are relative to where the parse restarted: ours are in the row field. */
function cleanMessage(error: Error): string {
  return error.message.replace(/ at line \d+/g, '');
}

function newlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count++;
  return count;
}
