import { z } from 'astro/zod';
import { cellInt, cellPositive, cellRequired, cellYear, currency, id } from './fields.ts';

/** data/exchange-rates.csv: annual averages of ECB euro reference rates (derived; see scripts/derive-exchange-rates.ts). */
export const exchangeRateRow = z.object({
  currency: cellRequired(currency).describe('ISO 4217 currency code.'),
  year: cellRequired(cellYear).describe('Calendar year.'),
  rate: cellRequired(cellPositive).describe('Mean of the daily ECB reference rates of the year, units of currency per 1 EUR, rounded to 4 decimals.'),
  observations: cellRequired(cellInt.pipe(z.number().min(1, { error: 'at least 1 daily rate' }).max(366, { error: 'at most 366 daily rates (one a day)' }))).describe('Number of daily rates averaged.'),
  source_id: cellRequired(id).describe('Source of the daily rates.'),
});
export type ExchangeRate = z.output<typeof exchangeRateRow>;
