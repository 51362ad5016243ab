import { parse } from 'csv-parse/sync';
import { toCsv } from '../to-csv.ts';

/** One annual average of daily rates. */
export interface AnnualRate {
  currency: string;
  year: number;
  /** Mean of the daily rates, units of currency per 1 EUR, rounded to 4 decimals. */
  rate: number;
  observations: number;
}

/**
 * Annual averages from the ECB's eurofxref-hist.csv: for each calendar year and
 * currency, the arithmetic mean of the daily reference rates, skipping "N/A"
 * days. Only complete years (the file has a rate dated in December) count, so a
 * partial current year never passes for an annual average.
 */
export function annualAverages(csvText: string, currencies: readonly string[]): AnnualRate[] {
  const records = parse(csvText, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const sums = new Map<string, { sum: number; n: number }>();
  const december = new Set<number>();
  for (const record of records) {
    const date = record.Date;
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`eurofxref-hist.csv: expected a Date as YYYY-MM-DD, found ${JSON.stringify(date)}`);
    const year = Number(date.slice(0, 4));
    if (date.slice(5, 7) === '12') december.add(year);
    for (const currency of currencies) {
      const cell = record[currency];
      if (cell === undefined) throw new Error(`eurofxref-hist.csv: no column ${currency}`);
      if (cell === 'N/A' || cell === '') continue;
      const value = Number(cell);
      if (!Number.isFinite(value) || value <= 0) throw new Error(`eurofxref-hist.csv, ${date}, ${currency}: expected a positive rate, found ${JSON.stringify(cell)}`);
      const key = `${currency},${year}`;
      const acc = sums.get(key) ?? { sum: 0, n: 0 };
      acc.sum += value;
      acc.n += 1;
      sums.set(key, acc);
    }
  }
  const out: AnnualRate[] = [];
  for (const [key, { sum, n }] of sums) {
    const [currency, yearText] = key.split(',') as [string, string];
    const year = Number(yearText);
    if (!december.has(year)) continue;
    out.push({ currency, year, rate: Math.round((sum / n) * 10_000) / 10_000, observations: n });
  }
  return out.sort((a, b) => a.currency.localeCompare(b.currency) || a.year - b.year);
}

/** The rows of data/exchange-rates.csv, as text; rates always with four decimals. */
export function exchangeRatesCsv(rates: readonly AnnualRate[], sourceId: string): string {
  const rows = rates.map((r) => ({ currency: r.currency, year: r.year, rate: r.rate.toFixed(4), observations: r.observations, source_id: sourceId }));
  return toCsv(rows, ['currency', 'year', 'rate', 'observations', 'source_id']);
}
