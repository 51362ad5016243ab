import type { AmountValue, Study } from '../../schemas/study.ts';
import type { ExchangeRate } from '../../schemas/exchange-rate.ts';
import { first } from './claims.ts';

/**
 * The year whose average rate converts a study's amount: the grant year where a
 * source gives one, otherwise the year the study started. Undefined when
 * neither is reported; then no euro figure is shown rather than a guess.
 */
export function rateYear(study: Pick<Study, 'grantYear' | 'start'>): { year: number; basis: 'grant year' | 'start year' } | undefined {
  const grant = first(study.grantYear);
  if (grant !== undefined) return { year: grant, basis: 'grant year' };
  const start = first(study.start);
  if (start !== undefined) return { year: Number(start.slice(0, 4)), basis: 'start year' };
  return undefined;
}

/** Index rates by currency and year for lookup. */
export function indexRates(rates: readonly ExchangeRate[]): Map<string, ExchangeRate> {
  return new Map(rates.map((r) => [`${r.currency},${r.year}`, r]));
}

export interface EuroConversion {
  eur: number;
  rate: ExchangeRate;
}

/**
 * Convert an amount to euro at the average ECB rate of `year` (rates are units
 * of currency per 1 EUR, so EUR = amount / rate). Euro amounts pass through.
 * Returns undefined when the rate for that year is missing.
 */
export function toEur(amount: AmountValue, year: number, rates: Map<string, ExchangeRate>): EuroConversion | undefined {
  if (amount.currency === 'EUR') return { eur: amount.value, rate: { currency: 'EUR', year, rate: 1, observations: 0, source_id: '' } };
  const rate = rates.get(`${amount.currency},${year}`);
  if (!rate) return undefined;
  return { eur: amount.value / rate.rate, rate };
}

/** Round a converted amount to what its precision supports: 3 significant digits. */
export function roundEur(eur: number): number {
  if (eur === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(eur))) - 2);
  return Math.round(eur / magnitude) * magnitude;
}
