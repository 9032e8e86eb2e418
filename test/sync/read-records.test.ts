import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { parseHrRecords } from '../../src/sync/index.js';

const KEYS = { customFieldKeys: ['department', 'employeeId'] };

describe('parseHrRecords (CSV)', () => {
  it('reads the documented columns, normalizing lists, flags and custom fields', () => {
    const csv = [
      'email,firstName,lastName,role,groups,customFields.department,active,ssoId,language,courses',
      ' Ada@Example.com ,Ada,Lovelace,learner, g1; g2 ;,R&D,yes,okta|1,en-gb,c1;c2;c1',
      'bob@example.com,,,,,,,,,',
    ].join('\n');
    const { records, problems } = parseHrRecords(csv, KEYS);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        row: 2,
        email: 'Ada@Example.com',
        firstName: 'Ada',
        lastName: 'Lovelace',
        role: 'learner',
        ssoId: 'okta|1',
        language: 'en-GB',
        active: true,
        groups: ['g1', 'g2'],
        courses: ['c1', 'c2'],
        customFields: { department: 'R&D' },
      },
      // Empty cells say nothing: no field is set, so nothing will be cleared.
      { row: 3, email: 'bob@example.com', groups: [], courses: [] },
    ]);
  });

  it('reports bad rows with their line and reason, and keeps the others', () => {
    const csv = [
      'email,firstName,active,language,customFields.shoeSize,customFields.department',
      'ok1@example.com,One,true,en,,Ops',
      'not-an-email,Two,true,en,,',
      'ok2@example.com,Three,maybe,en,,',
      'ok3@example.com,Four,true,en,,,extra-cell',
      'ok4@example.com,Five,false,english-please-no,,',
      'ok5@example.com,Six,true,en,44,',
      ',Seven,true,en,,',
      'ok6@example.com,"Multi',
      'line",false,fr,,',
      'ok7@example.com,Eight,no,de,,Sales',
    ].join('\n');
    const { records, problems } = parseHrRecords(csv, KEYS);
    expect(records.map((r) => [r.row, r.email])).toEqual([
      [2, 'ok1@example.com'],
      [9, 'ok6@example.com'],
      [11, 'ok7@example.com'],
    ]);
    expect(records[1]).toMatchObject({ firstName: 'Multi\nline', active: false, language: 'fr' });
    expect(problems).toEqual([
      { row: 3, email: 'not-an-email', reason: 'email is not a valid email address' },
      { row: 4, email: 'ok2@example.com', reason: 'active must be true or false, got "maybe"' },
      { row: 5, email: 'ok3@example.com', reason: 'malformed CSV: 7 cells where the header has 6' },
      { row: 6, email: 'ok4@example.com', reason: expect.stringMatching(/^language must be a BCP 47 language tag/) },
      { row: 7, email: 'ok5@example.com', reason: expect.stringMatching(/unknown custom field "shoeSize".*department, employeeId/) },
      { row: 8, reason: 'email is required' },
    ]);
  });

  it('reports a broken quote as a malformed row and goes on', () => {
    const csv = 'email,firstName\na@example.com,A\nb@example.com,"B"x\nc@example.com,C\n';
    const { records, problems } = parseHrRecords(csv);
    expect(records.map((r) => r.email)).toEqual(['a@example.com', 'c@example.com']);
    expect(problems).toEqual([{ row: 3, reason: expect.stringMatching(/^malformed CSV: Invalid Closing Quote/) }]);

    // An unclosed quote would swallow every later line: it costs its own row only.
    const unclosed = 'email,firstName\na@example.com,A\n\nb@example.com,"B\nc@example.com,C\nd@example.com,D\n';
    const parsed = parseHrRecords(unclosed);
    expect(parsed.records.map((r) => [r.row, r.email])).toEqual([
      [2, 'a@example.com'],
      [5, 'c@example.com'],
      [6, 'd@example.com'],
    ]);
    expect(parsed.problems).toEqual([{ row: 4, reason: expect.stringMatching(/^malformed CSV: Quote Not Closed/) }]);
  });

  it('keeps every row and its line number in a CRLF file with a multi-line cell before a broken row', () => {
    const csv = 'email,firstName\r\nada@example.com,"Ada\r\nMulti"\r\nbob@example.com,"bro"ken\r\ncarol@example.com,Carol\r\n';
    const { records, problems } = parseHrRecords(csv);
    expect(records.map((r) => [r.row, r.email])).toEqual([
      [2, 'ada@example.com'],
      [5, 'carol@example.com'],
    ]);
    expect(problems).toEqual([{ row: 4, reason: expect.stringMatching(/^malformed CSV: Invalid Closing Quote/) }]);
  });

  it('refuses a header it does not understand, naming the column', () => {
    expect(() => parseHrRecords('email,fristName\na@example.com,A\n', { source: 'hr.csv' })).toThrow(
      new InputError('hr.csv: unknown column "fristName"; the columns are email, firstName, lastName, role, groups, active, ssoId, language, courses and customFields.<key>'),
    );
    expect(() => parseHrRecords('firstName\nA\n')).toThrow(/no "email" column/);
    expect(() => parseHrRecords('email,email\n')).toThrow(/appears twice/);
    expect(() => parseHrRecords('')).toThrow(/empty/);
  });
});

describe('parseHrRecords (JSON)', () => {
  it('takes an array or { records }, lists as arrays or strings, customFields as an object', () => {
    const json = JSON.stringify({
      records: [
        { email: 'a@example.com', groups: ['g1'], courses: 'c1;c2', customFields: { department: 'Ops', employeeId: 7 }, active: false },
        { email: 'b@example.com', 'customFields.department': 'Sales' },
      ],
    });
    const { records, problems } = parseHrRecords(json, KEYS);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { row: 1, email: 'a@example.com', active: false, groups: ['g1'], courses: ['c1', 'c2'], customFields: { department: 'Ops', employeeId: 7 } },
      { row: 2, email: 'b@example.com', groups: [], courses: [], customFields: { department: 'Sales' } },
    ]);
  });

  it('reports records that are not objects or carry unknown fields', () => {
    const { records, problems } = parseHrRecords('[{"email":"a@example.com","nickname":"A"}, 42, {"email":"b@example.com","groups":{"x":1}}]');
    expect(records).toEqual([]);
    expect(problems).toEqual([
      { row: 1, email: 'a@example.com', reason: expect.stringMatching(/^unknown field "nickname"/) },
      { row: 2, reason: 'record must be a JSON object' },
      { row: 3, email: 'b@example.com', reason: expect.stringMatching(/^groups must be a list/) },
    ]);
    expect(() => parseHrRecords('{"people": []}')).toThrow(/expected a JSON array of records/);
    expect(() => parseHrRecords('[{]', { format: 'json' })).toThrow(/not valid JSON/);
  });
});
