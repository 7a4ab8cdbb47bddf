import { describe, expect, it } from 'vitest';
import { parseDecimal, readTable } from './csv.js';
import { IssueLog } from './issues.js';

const HEADER = ['a', 'b'] as const;

describe('readTable', () => {
  it('returns rows keyed by header with their line numbers, quoted commas kept', () => {
    const log = new IssueLog('t.csv');
    const rows = readTable('\ufeffa,b\n1,"x, y"\n\n2,3\n', HEADER, log);
    expect(log.errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, cells: { a: '1', b: 'x, y' } },
      { line: 4, cells: { a: '2', b: '3' } },
    ]);
  });

  it('reports a wrong header and returns no rows', () => {
    const log = new IssueLog('t.csv');
    expect(readTable('a,c\n1,2\n', HEADER, log)).toBeNull();
    expect(log.errors).toMatchObject([{ file: 't.csv', line: 1, code: 'crm.header', params: { expected: 'a,b', actual: 'a,c' } }]);
  });

  it('reports every row with the wrong number of fields and keeps the others', () => {
    const log = new IssueLog('t.csv');
    const rows = readTable('a,b\n1\n2,3\n4,5,6\n', HEADER, log);
    expect(rows?.map((r) => r.line)).toEqual([3]);
    expect(log.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'crm.field_count'],
      [4, 'crm.field_count'],
    ]);
  });

  it('reports a syntax error with its line', () => {
    const log = new IssueLog('t.csv');
    expect(readTable('a,b\n1,"open\n2,3\n', HEADER, log)).toBeNull();
    expect(log.errors).toMatchObject([{ code: 'crm.csv_syntax', line: 3 }]);
  });
});

describe('parseDecimal', () => {
  it('reads plain decimals only', () => {
    expect(parseDecimal('0.8')).toBe(0.8);
    expect(parseDecimal(' 204200 ')).toBe(204200);
    for (const bad of ['', '1,5', '12%', 'abc', '1e3', '.5']) expect(parseDecimal(bad), bad).toBeNull();
  });
});
