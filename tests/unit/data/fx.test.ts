import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annualAverages, exchangeRatesCsv } from '../../../src/lib/data/fx.ts';

describe('annualAverages(csv, currencies)', () => {
  const sample = ['Date,NOK,SEK,', '2019-01-02,9.0,10,', '2018-12-31,10.0,N/A,', '2018-06-01,9.0,10.5,', '2018-01-02,8.0,10.0,'].join('\n');

  it('averages the daily rates of complete years and skips N/A', () => {
    expect(annualAverages(sample, ['NOK', 'SEK'])).toEqual([
      { currency: 'NOK', year: 2018, rate: 9, observations: 3 },
      { currency: 'SEK', year: 2018, rate: 10.25, observations: 2 },
    ]);
  });

  it('names the date and currency of a malformed rate', () => {
    expect(() => annualAverages('Date,NOK\n2018-12-01,abc\n', ['NOK'])).toThrow('2018-12-01, NOK: expected a positive rate, found "abc"');
  });

  it('reproduces the committed data/exchange-rates.csv from the raw ECB file', () => {
    const raw = readFileSync('data/raw/eurofxref-hist.csv', 'utf8');
    const derived = exchangeRatesCsv(annualAverages(raw, ['DKK', 'GBP', 'NOK', 'SEK']), 'ecb-eurofxref');
    expect(derived).toBe(readFileSync('data/exchange-rates.csv', 'utf8'));
  });

  it('agrees with the figures in the research notes (context-data.md §10)', () => {
    const raw = readFileSync('data/raw/eurofxref-hist.csv', 'utf8');
    const byKey = new Map(annualAverages(raw, ['DKK', 'GBP', 'NOK', 'SEK']).map((r) => [`${r.currency}${r.year}`, r.rate]));
    expect(byKey.get('NOK2017')).toBe(9.327);
    expect(byKey.get('NOK2018')).toBe(9.5975);
    expect(byKey.get('SEK2018')).toBe(10.2583);
    expect(byKey.get('DKK2017')).toBe(7.4386);
    expect(byKey.get('GBP2019')).toBe(0.8778);
    expect(byKey.get('NOK2024')).toBe(11.629);
    expect(byKey.has('NOK2025')).toBe(false); // partial year in the file
  });
});
