import { describe, expect, it } from 'vitest';
import { indexRates, rateYear, roundEur, toEur } from '../../../src/lib/data/currency.ts';
import type { ExchangeRate } from '../../../src/schemas/exchange-rate.ts';

const rates = indexRates([
  { currency: 'SEK', year: 2018, rate: 10.2583, observations: 255, source_id: 'ecb' },
  { currency: 'NOK', year: 2017, rate: 9.327, observations: 255, source_id: 'ecb' },
] satisfies ExchangeRate[]);
const claim = <T>(value: T) => ({ value, sources: [{ source: 's' }] });

describe('rateYear(study)', () => {
  it("uses the grant year when a source gives it", () => {
    expect(rateYear({ grantYear: [claim(2017)], start: [claim('2018-01')] })).toEqual({ year: 2017, basis: 'grant year' });
  });
  it('falls back to the year the study started', () => {
    expect(rateYear({ grantYear: [], start: [claim('2018-01')] })).toEqual({ year: 2018, basis: 'start year' });
  });
  it('ignores superseded claims', () => {
    expect(rateYear({ grantYear: [{ ...claim(2016), superseded: true as const }], start: [claim('2018')] })?.year).toBe(2018);
  });
  it('gives no year, hence no conversion, when neither is reported', () => {
    expect(rateYear({ grantYear: [], start: [] })).toBeUndefined();
  });
});

describe('toEur(amount, year, rates)', () => {
  it("divides by the average rate of that year (rates are per 1 EUR)", () => {
    const result = toEur({ value: 75000, currency: 'SEK' }, 2018, rates);
    expect(result?.eur).toBeCloseTo(7311.15, 2);
    expect(result?.rate.rate).toBe(10.2583);
  });
  it('returns undefined for a year without a rate', () => {
    expect(toEur({ value: 1, currency: 'SEK' }, 1990, rates)).toBeUndefined();
  });
  it('passes euro amounts through', () => {
    expect(toEur({ value: 5, currency: 'EUR' }, 2018, rates)?.eur).toBe(5);
  });
});

describe('roundEur', () => {
  it('keeps three significant digits', () => {
    expect(roundEur(7311.15)).toBe(7310);
    expect(roundEur(1286587.1)).toBe(1290000);
    expect(roundEur(0)).toBe(0);
  });
});
