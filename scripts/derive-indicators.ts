/**
 * Derive data/indicators-derived.csv from the raw files in data/raw/ and the
 * read values in data/indicators.csv. Never edit the output by hand.
 *   npm run data:indicators
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deriveIndicators, indicatorsCsv } from '../src/lib/data/derive-indicators.ts';
import { readTable } from '../src/lib/data/csv.ts';
import { indicatorRow } from '../src/schemas/context.ts';
import { writeAtomic } from './lib/write-atomic.ts';

const data = path.resolve('data');
const raw = (name: string) => readFileSync(path.join(data, 'raw', name), 'utf8');
const { rows, issues } = readTable(readFileSync(path.join(data, 'indicators.csv'), 'utf8'), 'data/indicators.csv', indicatorRow);
if (issues.length) {
  console.error('data/indicators.csv has problems; run `npm run check:data` first.');
  process.exit(1);
}
const derived = deriveIndicators({
  socx: raw('owid-socx-longrun.csv'),
  socxHealth: raw('oecd-social-spending-health.csv'),
  socxOldAge: raw('oecd-social-spending-old-age.csv'),
  unwpp2017: raw('population-by-age-group-to-2100-based-on-unwpp-2017-medium-scenario.csv'),
  read: rows.map((r) => r.row),
});
writeAtomic(path.join(data, 'indicators-derived.csv'), indicatorsCsv(derived));
console.log(`Wrote data/indicators-derived.csv: ${derived.length} rows.`);
