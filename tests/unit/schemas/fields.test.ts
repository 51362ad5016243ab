import { describe, expect, it } from 'vitest';
import { countryCode, doi, httpUrl, isCalendarDate, partialDate } from '../../../src/schemas/fields.ts';

describe('partialDate', () => {
  it.each(['2018', '2018-01', '2018-12-31', '2020-02-29'])('accepts %s', (value) => {
    expect(partialDate.safeParse(value).success).toBe(true);
  });
  it.each(['2018-13-01', '2018-13', '2019-02-29', '2018-04-31', '2018-00', '18-01-01', '2018/01/01', '', '2018-1'])('refuses %s', (value) => {
    expect(partialDate.safeParse(value).success).toBe(false);
  });
  it('isCalendarDate knows leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
  });
});

describe('httpUrl', () => {
  it.each(['https://www.vinnova.se/p/x/', 'http://www.kora.dk/a?b=c'])('accepts %s', (value) => {
    expect(httpUrl.safeParse(value).success).toBe(true);
  });
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'ftp://x.org/', '/relative/path', 'www.example.org', ' https://x.org/'])('refuses %s', (value) => {
    expect(httpUrl.safeParse(value).success).toBe(false);
  });
});

describe('countryCode', () => {
  it('accepts the five countries of the atlas', () => {
    for (const code of ['SE', 'NO', 'DK', 'DE', 'GB']) expect(countryCode.safeParse(code).success).toBe(true);
  });
  it('refuses UK (not ISO), lower case and countries outside the atlas', () => {
    for (const code of ['UK', 'se', 'FI', 'XX']) expect(countryCode.safeParse(code).success).toBe(false);
  });
});

describe('doi', () => {
  it('accepts a bare DOI and refuses a resolver URL', () => {
    expect(doi.safeParse('10.18261/nwr.9.3.1').success).toBe(true);
    expect(doi.safeParse('10.1017/S0047279423000624').success).toBe(true);
    expect(doi.safeParse('https://doi.org/10.18261/nwr.9.3.1').success).toBe(false);
  });
});
