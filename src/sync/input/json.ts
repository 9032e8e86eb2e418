/**
 * JSON input: an array of records, or `{ "records": [...] }`. A record's row is its 1-based index.
 * Groups and courses may be arrays or `;`-separated strings; custom fields an object or
 * `customFields.<key>` properties, as in the CSV.
 */
import { InputError } from '../../errors/index.js';
import type { RawRecords } from './raw.js';

export function readJson(text: string, source: string): RawRecords {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${source}: not valid JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(data) ? data : (data as { records?: unknown } | null)?.records;
  if (!Array.isArray(list)) {
    throw new InputError(`${source}: expected a JSON array of records or an object with a "records" array`);
  }
  const result: RawRecords = { records: [], problems: [] };
  list.forEach((item, index) => {
    const row = index + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      result.problems.push({ row, reason: 'record must be a JSON object' });
    } else {
      result.records.push({ row, fields: item as Record<string, unknown> });
    }
  });
  return result;
}
