import { describe, expect, it } from 'vitest';
import { ignoredNotice } from '../../src/lib/url-notice.ts';

describe('ignoredNotice(names): what a page says about parts of its address it ignored', () => {
  it('names the ignored parameters', () => {
    expect(ignoredNotice(['utm_source', 'country'])).toBe('Ignored 2 unknown parts of the address (utm_source, country).');
    expect(ignoredNotice(['x'])).toBe('Ignored 1 unknown part of the address (x).');
  });
  it('clips a long name, so a 100 KB parameter cannot flood the page', () => {
    const notice = ignoredNotice(['a'.repeat(100_000)]);
    expect(notice.length).toBeLessThan(100);
    expect(notice).toContain(`${'a'.repeat(29)}…`);
  });
  it('strips bidirectional and invisible characters, so a name cannot make the notice read as something else', () => {
    const notice = ignoredNotice(['Data\u202e moc.elpmaxe-live ot devom', 'x\u200by\u0000z']);
    expect(notice).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b\u0000]/);
    expect(notice).toContain('Data moc.elpmaxe-live ot devom');
    expect(notice).toContain('xyz');
  });
  it('lists at most five names and counts the rest', () => {
    const notice = ignoredNotice(Array.from({ length: 5000 }, (_, i) => `k${i}`));
    expect(notice).toBe('Ignored 5000 unknown parts of the address (k0, k1, k2, k3, k4 and 4995 more).');
  });
});
