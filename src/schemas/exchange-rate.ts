import { z } from 'astro/zod';
import { cellInt, cellNumber, cellRequired, currency, id } from './fields.ts';

/** data/exchange-rates.csv: annual averages of ECB euro reference rates (derived; see scripts/derive-exchange-rates.ts). */
export const exchangeRateRow = z.object({
  currency: cellRequired(currency).describe('ISO 4217 currency code.'),
  year: cellRequired(cellInt).describe('Calendar year.'),
  rate: cellRequired(cellNumber).describe('Mean of the daily ECB reference rates of the year, units of currency per 1 EUR, rounded to 4 decimals.'),
  observations: cellRequired(cellInt).describe('Number of daily rates averaged.'),
  source_id: cellRequired(id).describe('Source of the daily rates.'),
});
export type ExchangeRate = z.output<typeof exchangeRateRow>;
