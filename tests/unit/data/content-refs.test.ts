import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentRefs, refTags } from '../../../src/lib/data/content-refs.ts';
import { formatIssue } from '../../../src/lib/data/issues.ts';
import { checkData, diskReader } from '../../../src/lib/data/load.ts';
import { GOOD, overlayReader } from '../../fixtures/overlay.ts';

const read = overlayReader(GOOD);
const sources = new Map([
  ['rcn-314525-en', { via: ['provenance/seed.txt'] }],
  ['vinnova-2017-05636', { via: ['provenance/seed.txt'] }],
]);
const check = (text: string) => checkContentRefs([{ file: 'content/x.mdx', text }], sources, read).map(formatIssue);

describe('<Ref> tags in MDX', () => {
  it('reads id, quote and lang, also across lines and with ">" inside a quote', () => {
    const text = 'Intro.\n\nA sentence<Ref id="rcn-314525-en"\n  quote="a > b, “quoted”" lang="en" /> and <Ref id=\'x\' quote="y"/>.';
    expect(refTags(text)).toEqual([
      { line: 3, attrs: { id: 'rcn-314525-en', quote: 'a > b, “quoted”', lang: 'en' } },
      { line: 4, attrs: { id: 'x', quote: 'y' } },
    ]);
  });

  it('accepts a passage found in the held copy, whatever its spacing, quote marks and dashes', () => {
    expect(check('X<Ref id="vinnova-2017-05636" quote="Projektets löptid januari 2018 – november   2018" />')).toEqual([]);
  });

  it('fails with file, line, source id and the first words not found', () => {
    const [message] = check('Line one.\nThe project was hard<Ref id="rcn-314525-en" quote="The analyses show that the organisations were hostile" />');
    expect(message).toContain('content/x.mdx, line 2, entry <Ref>, column "quote"');
    expect(message).toContain('source "rcn-314525-en"');
    expect(message).toContain('not found from "organisations were hostile"');
  });

  it('requires a quote, a plain source id and a known source', () => {
    expect(check('<Ref id="rcn-314525-en" />')[0]).toContain('expected the passage of source "rcn-314525-en" that the sentence rests on');
    expect(check('<Ref id={["a", "b"]} quote="x" />')[0]).toContain('one source id as a plain string');
    expect(check('<Ref id="nope" quote="x" />')[0]).toContain('found "nope"; expected the id of a source in data/sources.csv');
  });

  it('is part of check:data, which reads the content folder', () => {
    const content = Object.assign((p: string) => (p === 'pages/y.mdx' ? new TextEncoder().encode('<Ref id="rcn-314525-en" quote="invented words" />') : undefined), { list: (dir: string) => (dir === '' ? ['pages/y.mdx'] : []) });
    expect(checkData(read, { content }).map(formatIssue)).toContainEqual(expect.stringMatching(/^content\/pages\/y\.mdx, line 1, entry <Ref>/));
  });

  it('passes on the real content, whose every <Ref> carries a verified passage', () => {
    const issues = checkData(diskReader(path.resolve('data')), { content: diskReader(path.resolve('content')) });
    expect(issues.map(formatIssue)).toEqual([]);
  });
});

describe('<Ref quote={"…"}>', () => {
  it('reads a JSON string literal, so a passage may hold quote marks, braces and angle brackets', () => {
    expect(refTags('x<Ref id="a" quote={"He said \\"no\\" {and} <left>"} />')[0]?.attrs.quote).toBe('He said "no" {and} <left>');
  });
});
