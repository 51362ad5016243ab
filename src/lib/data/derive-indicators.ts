import { parse } from 'csv-parse/sync';
import { indicatorRow, type Indicator } from '../../schemas/context.ts';
import { toCsv } from '../to-csv.ts';

/** OWID entity names of the five countries. */
const ENTITIES: Record<string, 'SE' | 'NO' | 'DK' | 'DE' | 'GB'> = {
  Sweden: 'SE',
  Norway: 'NO',
  Denmark: 'DK',
  Germany: 'DE',
  'United Kingdom': 'GB',
};

type Records = Record<string, string>[];
const readCsv = (text: string): Records => parse(text, { columns: true, skip_empty_lines: true }) as Records;

/** The value of `column` for each of the five countries in `year`; throws when one is missing. */
function byCountry(records: Records, column: string, year: number, file: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of records) {
    const code = ENTITIES[r.Entity ?? ''];
    if (!code || Number(r.Year) !== year) continue;
    const value = Number(r[column]);
    if (r[column] === undefined || r[column] === '' || !Number.isFinite(value)) throw new Error(`${file}: ${r.Entity} ${year}, column "${column}": expected a number, found ${JSON.stringify(r[column])}`);
    out.set(code, value);
  }
  const missing = Object.values(ENTITIES).filter((c) => !out.has(c));
  if (missing.length) throw new Error(`${file}: no ${year} row for ${missing.join(', ')}`);
  return out;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The raw inputs, as text, keyed by their file name under data/raw/. */
export interface RawInputs {
  socx: string;
  socxHealth: string;
  socxOldAge: string;
  unwpp2017: string;
  /** Rows of data/indicators.csv (read values), for values derived from them. */
  read: readonly Indicator[];
}

/**
 * Every derived context indicator: values extracted from the OWID copies of
 * OECD SOCX, shares computed from UN WPP 2017, and residents per city district.
 * Deterministic: the same inputs give the same rows, in the same order.
 */
export function deriveIndicators(input: RawInputs): Indicator[] {
  const rows: Indicator[] = [];
  const base = { qualifier: undefined, confidence: 'A' as const, comparable: 'yes' as const, note: undefined };
  const countries = Object.values(ENTITIES);

  const socx = readCsv(input.socx);
  for (const year of [2010, 2016]) {
    const values = byCountry(socx, 'Social Expenditure %GDP - (OWID extrapolated series)', year, 'raw/owid-socx-longrun.csv');
    for (const geo of countries) {
      rows.push({
        ...base,
        id: `public-social-expenditure-${year}-${geo.toLowerCase()}`,
        geo,
        indicator: 'public-social-expenditure',
        period: String(year),
        value: values.get(geo)!,
        unit: '% of GDP',
        measure: 'Public social expenditure (OECD SOCX)',
        method: `Read by script from data/raw/owid-socx-longrun.csv (the ${year} row), as published in SOCX.`,
        source_ids: ['owid-socx'],
        note: year === 2016 ? "2016 values are OECD's preliminary estimates at the time of retrieval (1 April 2017)." : undefined,
      });
    }
  }

  for (const [file, text, column, indicator, measure, source] of [
    ['raw/oecd-social-spending-health.csv', input.socxHealth, 'Health', 'public-health-expenditure', 'Public health spending (OECD SOCX)', 'owid-socx-health'],
    ['raw/oecd-social-spending-old-age.csv', input.socxOldAge, 'Old Age', 'old-age-expenditure', 'Old-age spending (OECD SOCX)', 'owid-socx-old-age'],
  ] as const) {
    const values = byCountry(readCsv(text), column, 2013, file);
    for (const geo of countries) {
      rows.push({
        ...base,
        id: `${indicator}-2013-${geo.toLowerCase()}`,
        geo,
        indicator,
        period: '2013',
        value: values.get(geo)!,
        unit: '% of GDP',
        measure,
        method: `Read by script from data/${file} (the 2013 row; later years are not in the file).`,
        source_ids: [source],
      });
    }
  }

  const wpp = readCsv(input.unwpp2017);
  const file = 'raw/population-by-age-group-to-2100-based-on-unwpp-2017-medium-scenario.csv';
  const young = byCountry(wpp, 'Under 15 years old (UNWPP, 2017)', 2015, file);
  const working = byCountry(wpp, 'Working age (15-64 years old) (UNWPP, 2017)', 2015, file);
  const old = byCountry(wpp, '65+ years old (UNWPP, 2017)', 2015, file);
  for (const geo of countries) {
    const total = young.get(geo)! + working.get(geo)! + old.get(geo)!;
    rows.push({
      ...base,
      id: `population-65-plus-2015-${geo.toLowerCase()}`,
      geo,
      indicator: 'population-65-plus',
      period: '2015',
      value: round((old.get(geo)! / total) * 100, 1),
      unit: '% of population',
      confidence: 'D',
      measure: 'Share of the population aged 65 or over (UN World Population Prospects 2017)',
      method: `Computed by script from data/${file}: 65+ ÷ (under 15 + 15–64 + 65+), 2015 row (the last estimate year), rounded to one decimal.`,
      source_ids: ['owid-unwpp-2017'],
    });
  }

  for (const [geo, populationId, districtsId] of [
    ['oslo', 'population-oslo-2021', 'districts-oslo'],
    ['berlin', 'population-berlin-2020', 'districts-berlin'],
  ] as const) {
    const population = input.read.find((r) => r.id === populationId);
    const districts = input.read.find((r) => r.id === districtsId);
    if (!population || !districts) throw new Error(`data/indicators.csv: rows ${populationId} and ${districtsId} are needed to derive residents per district`);
    rows.push({
      ...base,
      id: `residents-per-district-${geo}`,
      geo,
      indicator: 'residents-per-district',
      period: population.period,
      value: Math.round(population.value / districts.value),
      unit: 'residents per district',
      confidence: 'D',
      measure: 'Average number of residents per city district',
      method: `Computed by script: population (${populationId}) ÷ number of districts (${districtsId}), rounded to a whole number.`,
      source_ids: [...new Set([...population.source_ids, ...districts.source_ids])],
    });
  }
  return rows;
}

/** Indicator rows as CSV text, in the column order of the schema. */
export function indicatorsCsv(rows: readonly Indicator[]): string {
  return toCsv(rows, Object.keys(indicatorRow.shape));
}
