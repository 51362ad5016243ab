import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveIndicators, indicatorsCsv } from '../../../src/lib/data/derive-indicators.ts';
import { getAtlas } from '../../../src/lib/data/load.ts';

const raw = (name: string) => readFileSync(`data/raw/${name}`, 'utf8');
const atlas = getAtlas();
const inputs = {
  socx: raw('owid-socx-longrun.csv'),
  socxHealth: raw('oecd-social-spending-health.csv'),
  socxOldAge: raw('oecd-social-spending-old-age.csv'),
  unwpp2017: raw('population-by-age-group-to-2100-based-on-unwpp-2017-medium-scenario.csv'),
  read: atlas.indicatorsRead,
};

describe('deriveIndicators(raw files)', () => {
  const rows = deriveIndicators(inputs);
  const value = (id: string) => rows.find((r) => r.id === id)?.value;

  it('reproduces the committed data/indicators-derived.csv byte for byte', () => {
    expect(indicatorsCsv(rows)).toBe(readFileSync('data/indicators-derived.csv', 'utf8'));
  });

  it('computes the 2015 share aged 65+ as 65+ ÷ (under 15 + 15–64 + 65+), as in the research notes', () => {
    expect(value('population-65-plus-2015-dk')).toBe(19.0);
    expect(value('population-65-plus-2015-de')).toBe(21.1);
    expect(value('population-65-plus-2015-no')).toBe(16.3);
    expect(value('population-65-plus-2015-se')).toBe(19.6);
    expect(value('population-65-plus-2015-gb')).toBe(18.1);
  });

  it('extracts SOCX 2016 exactly as archived', () => {
    expect(value('public-social-expenditure-2016-dk')).toBe(28.677);
    expect(value('public-social-expenditure-2016-gb')).toBe(21.493);
  });

  it('divides city population by districts for residents per district', () => {
    expect(value('residents-per-district-oslo')).toBe(Math.round(697010 / 15));
    expect(value('residents-per-district-berlin')).toBe(Math.round(3769962 / 12));
  });

  it('names file, country, year and column when a raw value is missing', () => {
    const broken = inputs.socxHealth.replace('Norway,2013,5.5', 'Norway,2013,');
    expect(() => deriveIndicators({ ...inputs, socxHealth: broken })).toThrow('raw/oecd-social-spending-health.csv: Norway 2013, column "Health": expected a number, found ""');
  });

  it('fails when a country row is absent rather than dropping it', () => {
    const broken = inputs.socx.replace(/^Sweden,2016,.*$/m, '');
    expect(() => deriveIndicators({ ...inputs, socx: broken })).toThrow('no 2016 row for SE');
  });
});
