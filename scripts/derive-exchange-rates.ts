/**
 * Derive data/exchange-rates.csv from the ECB daily reference rates in
 * data/raw/eurofxref-hist.csv: annual means of the daily rates, per currency.
 *   npm run data:rates
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { annualAverages, exchangeRatesCsv } from '../src/lib/data/fx.ts';
import { writeAtomic } from './lib/write-atomic.ts';

const CURRENCIES = ['DKK', 'GBP', 'NOK', 'SEK'];
const root = process.cwd();
const input = path.join(root, 'data/raw/eurofxref-hist.csv');
const output = path.join(root, 'data/exchange-rates.csv');

const rates = annualAverages(readFileSync(input, 'utf8'), CURRENCIES);
writeAtomic(output, exchangeRatesCsv(rates, 'ecb-eurofxref'));
console.log(`Wrote ${path.relative(root, output)}: ${rates.length} annual averages (${CURRENCIES.join(', ')}, ${rates[0]?.year}–${rates.at(-1)?.year}).`);
