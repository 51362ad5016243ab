import { describe, expect, it } from 'vitest';
import { escapeInvisible, formulaProblem, MAX_FILE_BYTES, textProblem } from '../../../src/lib/data/text-rules.ts';
import { checkData } from '../../../src/lib/data/load.ts';
import { formatIssue } from '../../../src/lib/data/issues.ts';
import { scanJson } from '../../../src/lib/data/json.ts';
import { GOOD, overlayReader } from '../../fixtures/overlay.ts';

describe('formulaProblem(text): cells a spreadsheet would run', () => {
  it.each(['=1+1', '+1', '@SUM(A1)', '\tx', '\rx', '-1+1', '-A1', "-cmd|' /C calc'!A0"])('refuses %j', (text) => {
    expect(formulaProblem(text)).toBeDefined();
  });
  it.each(['', 'text', '-3', '-3.25', '- a dash and a space', 'e-mail', '1-2', 'Plus+'])('accepts %j', (text) => {
    expect(formulaProblem(text)).toBeUndefined();
  });
});

describe('textProblem(text)', () => {
  it('accepts the letters the sources use, tabs and emoji', () => {
    for (const text of ['Bräcke diakoni', 'Søstre Ægir', 'Über-Straße', 'café', 'a\tb', '“quoted” – dash', '😀']) expect(textProblem(text)).toBeUndefined();
  });
  it.each([
    ['a\u0000b', 'U+0000 NUL at character 2'],
    ['a\u001bb', 'U+001B ESC (escape) at character 2'],
    ['a\nb', 'U+000A LINE FEED at character 2'],
    ['a\u202eb', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['a\u2066b', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ['a\u200bb', 'U+200B ZERO WIDTH SPACE'],
    ['a\u00adb', 'U+00AD SOFT HYPHEN'],
    ['a\ufeffb', 'U+FEFF'],
    ['a\uffffb', 'U+FFFF'],
    ['a\u{10fffe}b', 'U+10FFFE'],
    ['a\ue000b', 'U+E000'],
    ['😀\u202e', 'at character 2'],
  ])('refuses %j (%s)', (text, detail) => {
    expect(textProblem(text)?.expected).toContain(detail);
  });
  it('lets a line break through only where asked (JSON passages), never a CR or another control', () => {
    expect(textProblem('first paragraph\nsecond', { lineBreaks: true })).toBeUndefined();
    expect(textProblem('first\r\nsecond', { lineBreaks: true })?.expected).toContain('U+000D CARRIAGE RETURN');
    expect(textProblem('a\u0007b', { lineBreaks: true })?.expected).toContain('U+0007');
  });
  it('refuses text not in normal form C, and text over 2,000 characters', () => {
    expect(textProblem('Bra\u0308cke')?.expected).toContain('normal form C');
    expect(textProblem('x'.repeat(2001))?.expected).toBe('a text of at most 2,000 characters (this one has 2,001)');
    expect(textProblem('x'.repeat(2000))).toBeUndefined();
  });
  it('escapeInvisible shows what a message must not render', () => {
    expect(escapeInvisible('Data\u202e moc.elpmaxe')).toBe('Data\\u{202E} moc.elpmaxe');
  });
});

describe('limits that protect check:data itself', () => {
  it('refuses a data file over the size limit without parsing it', () => {
    const good = overlayReader(GOOD);
    const big = new TextEncoder().encode(`${new TextDecoder().decode(good('findings.csv'))}${'x'.repeat(MAX_FILE_BYTES)}`);
    const read = Object.assign((p: string) => (p === 'findings.csv' ? big : good(p)), { list: good.list });
    expect(checkData(read).map(formatIssue)).toContain(
      'data/findings.csv: found "5.0 MB"; expected a file of at most 5 MB. The datasets are a few kilobytes each; a file this large is a mistake (or needs a new limit in src/lib/data/text-rules.ts).',
    );
  });
  it('scans JSON a million levels deep without recursion, and finds duplicate keys and trailing commas by line', () => {
    expect(scanJson(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`).tooDeep).toBe(1);
    expect(scanJson('{\n"a": 1,\n"b": {"a": 2},\n"a": 3\n}').duplicates).toEqual([{ key: 'a', line: 4, first: 2 }]);
    expect(scanJson('{"s": "a \\" \\"a\\": ,]"}').duplicates).toEqual([]);
    expect(scanJson('[\n1,\n]').trailingComma).toBe(3);
  });
});
