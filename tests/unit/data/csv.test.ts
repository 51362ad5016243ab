import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readTable, splitCsv } from '../../../src/lib/data/csv.ts';
import { cellList, cellText } from '../../../src/schemas/fields.ts';

describe('splitCsv', () => {
  it('reads quoted commas, doubled quotes, CRLF line ends and a byte-order mark', () => {
    const text = '\uFEFFa,b\r\n"x, y","say ""hi"""\r\n';
    const { header, records, issues } = splitCsv(text, 'data/t.csv');
    expect(issues).toEqual([]);
    expect(header).toEqual(['a', 'b']);
    expect(records).toEqual([{ line: 2, fields: ['x, y', 'say "hi"'] }]);
  });

  it('keeps counting lines across blank lines, so errors point at the right line', () => {
    const { records } = splitCsv('a\n1\n\n2\n', 'data/t.csv');
    expect(records.map((r) => r.line)).toEqual([2, 4]);
  });

  it('reports an unclosed quote on its own line without swallowing the next rows', () => {
    const { records, issues } = splitCsv('a,b\n"1,2\n3,4\n', 'data/t.csv');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(2);
    expect(records).toEqual([{ line: 3, fields: ['3', '4'] }]);
  });
});

describe('readTable', () => {
  const schema = z.object({ id: cellText, tags: cellList(z.enum(['a', 'b'])) });

  it('returns typed rows with their lines', () => {
    const { rows, issues } = readTable('id,tags\nx,a;b\ny,\n', 'data/t.csv', schema);
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 2, row: { id: 'x', tags: ['a', 'b'] } },
      { line: 3, row: { id: 'y', tags: [] } },
    ]);
  });

  it('reports every bad row, not only the first', () => {
    const { rows, issues } = readTable('id,tags\n,a\nz,c\nok,b\n', 'data/t.csv', schema);
    expect(rows.map((r) => r.row.id)).toEqual(['ok']);
    expect(issues.map((i) => [i.line, i.column, i.found])).toEqual([
      [2, 'id', ''],
      [3, 'tags', 'c'],
    ]);
  });
});
