import { describe, expect, it } from 'vitest';
import { endOf, startOf } from '../../src/lib/partial-date.ts';
import { timelineRows } from '../../src/lib/charts/timeline.ts';
import { evidenceMatrixChart } from '../../src/lib/charts/evidence-matrix.ts';
import { fundingChart } from '../../src/lib/charts/funding.ts';
import { methodsChart, shortSample } from '../../src/lib/charts/methods.ts';
import { europeFeatures, studyMapChart } from '../../src/lib/charts/map.ts';
import countries110m from 'world-atlas/countries-110m.json';
import { getAtlas } from '../../src/lib/data/load.ts';

const atlas = getAtlas();

describe('partial dates on a time axis', () => {
  it('start at the first day and end at the last day of the period given', () => {
    expect(startOf('2018').toISOString().slice(0, 10)).toBe('2018-01-01');
    expect(startOf('2017-10').toISOString().slice(0, 10)).toBe('2017-10-01');
    expect(endOf('2021').toISOString().slice(0, 10)).toBe('2021-12-31');
    expect(endOf('2018-11').toISOString().slice(0, 10)).toBe('2018-11-30');
    expect(endOf('2024-02').toISOString().slice(0, 10)).toBe('2024-02-29');
  });
});

describe('timelineRows', () => {
  const { rows, undated } = timelineRows(atlas);
  it('draws both end dates where sources disagree, the later one as its own stretch', () => {
    const aau = rows.filter((r) => r.study === 'aau-samskabelse');
    expect(aau.map((r) => [r.kind, r.start, r.end])).toEqual([
      ['period', '2017-10-01', '2019-12-31'],
      ['later end', '2019-12-31', '2020-12-31'],
    ]);
  });
  it('shows an article by its year of publication, and leaves undated studies out by name', () => {
    expect(rows.find((r) => r.study === 'cocreation-journey')?.kind).toBe('published');
    // CoPro's page gives no dates: it is named among the undated studies, not drawn.
    expect(undated).toContainEqual(expect.stringContaining('Co-production of health- and welfare services'));
    expect(rows.some((r) => r.study === 'copro')).toBe(false);
  });
});

describe('fundingChart', () => {
  const spec = fundingChart(atlas);
  it('converts only amounts with a year to take the rate from, and says why the others are missing', () => {
    const row = (id: string) => spec.rows.find((r) => r.study === id);
    expect([row('aau-samskabelse')?.eur, row('aau-samskabelse')?.rate_year]).toEqual([444000, '2017']);
    expect([row('iop-winding-down')?.eur, row('iop-winding-down')?.rate_year]).toEqual([7310, '2018']);
    expect(row('copro')).toBeUndefined();
    expect(spec.notes.join(' ')).toContain('CoPro (NOK 12,000,000; no grant or start year, so no rate applies)');
  });
});

describe('methodsChart and shortSample', () => {
  it('keeps the numbers of a sample for a grid cell', () => {
    expect(shortSample('11 key persons')).toBe('11');
    expect(shortSample('4 municipalities in Norway; 2 cities in Germany')).toBe('4 · 2');
    expect(shortSample('size not reported')).toBe('✓');
  });
  it('merges two uses of one method by a study into one cell', () => {
    const copro = methodsChart(atlas).rows.filter((r) => r.study === 'copro' && r.method === 'Interviews');
    expect(copro).toHaveLength(1);
    expect(copro[0]!.sample).toBe('4 municipalities in Norway; 2 cities in Germany');
  });
});

describe('evidenceMatrixChart', () => {
  it('counts findings per theme and country, with a link for every non-empty cell', () => {
    const spec = evidenceMatrixChart(atlas);
    expect(spec.rows).toHaveLength(7 * 5);
    const cell = spec.rows.find((r) => r.theme_id === 'trust-based-governance' && r.code === 'SE')!;
    expect(cell.findings).toBe(atlas.findings.filter((f) => atlas.isConfirmed(f) && f.themes.includes('trust-based-governance') && f.countries.includes('SE')).length);
    const href = spec.columns.find((c) => c.key === 'findings')!.href!;
    expect(href(cell)).toBe('/themes/trust-based-governance/#country-se');
    expect(href(spec.rows.find((r) => r.findings === 0)!)).toBeUndefined();
  });
});

describe('studyMapChart', () => {
  it('finds the five countries in the Natural Earth outlines and counts studies per country', () => {
    const features = europeFeatures(countries110m as never);
    const spec = studyMapChart(atlas, features);
    const withFieldwork = (code: string) => atlas.studies.filter((s) => s.countries.some((c) => !c.superseded && c.value === code)).length;
    expect(Object.fromEntries(spec.rows.map((r) => [r.code, r.studies]))).toEqual(Object.fromEntries(['SE', 'NO', 'DK', 'DE', 'GB'].map((c) => [c, withFieldwork(c)])));
    expect(features.some((f) => f.properties.name === 'Brazil')).toBe(false);
  });
});
