import { describe, expect, it } from 'vitest';
import { endOf, startOf } from '../../src/lib/partial-date.ts';
import { studyYearsChart } from '../../src/lib/charts/study-years.ts';
import { labelAxis, textWidth } from '../../src/lib/charts/palette.ts';
import { studyYear } from '../../src/lib/data/study.ts';
import { first } from '../../src/lib/data/claims.ts';
import { evidenceMatrixChart } from '../../src/lib/charts/evidence-matrix.ts';
import { fundingChart } from '../../src/lib/charts/funding.ts';
import { methodsChart } from '../../src/lib/charts/methods.ts';
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

describe('studyYearsChart', () => {
  const spec = studyYearsChart(atlas);
  it('counts every dated study once per country, in its start or publication year', () => {
    const dated = atlas.studies.filter((s) => studyYear(s) !== null);
    const perCountry = dated.reduce((n, s) => n + new Set(s.countries.filter((c) => !c.superseded).map((c) => c.value)).size, 0);
    expect(spec.rows.reduce((n, r) => n + r.studies, 0)).toBe(perCountry);
    const aau = spec.rows.find((r) => r.study_ids.includes('aau-samskabelse'))!;
    expect([aau.country, aau.year]).toEqual(['Denmark', 2017]);
    const article = spec.rows.find((r) => r.study_ids.includes('cocreation-journey'))!;
    expect(article.year).toBe(first(atlas.studies.find((s) => s.id === 'cocreation-journey')!.publishedIn)!.year);
  });
  it('says how many studies it leaves out for want of a year', () => {
    const undated = atlas.studies.filter((s) => studyYear(s) === null).length;
    expect(undated).toBeGreaterThan(0);
    expect(spec.notes.join(' ')).toContain(`Not shown: ${undated} stud`);
    expect(spec.rows.some((r) => r.study_ids.includes('copro'))).toBe(false);
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

describe('methodsChart', () => {
  const spec = methodsChart(atlas);
  it('counts the studies of each country that used each method, once however often they used it', () => {
    const interviewsNo = atlas.studies.filter((s) => s.countries.some((c) => !c.superseded && c.value === 'NO') && s.methods.some((m) => !m.superseded && m.value.method === 'interviews')).length;
    expect(spec.rows.find((r) => r.row === 'Interviews' && r.column === 'Norway')!.count).toBe(interviewsNo);
    const methods = [...new Set(spec.rows.map((r) => r.row))];
    const totals = methods.map((m) => spec.rows.filter((r) => r.row === m).reduce((n, r) => n + r.count, 0));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(spec.rows).toHaveLength(methods.length * 5);
  });
});

describe('labelAxis', () => {
  it('sizes the margin to the longest label, so a long name is not clipped', () => {
    const short = labelAxis(['MEDSAM'], 'wide');
    const long = labelAxis(['Frivillig arbeid i omsorgen', 'MEDSAM'], 'wide');
    expect(long.margin).toBeGreaterThan(short.margin);
    expect(long.tickFormat('Frivillig arbeid i omsorgen')).toBe('Frivillig arbeid i omsorgen');
    expect(long.margin).toBeGreaterThanOrEqual(textWidth('Frivillig arbeid i omsorgen', 13));
  });
  it('cuts a label too long for its share of the width with an ellipsis, and the margin fits the cut label', () => {
    const name = 'Organising the Swedish welfare mix in a period of contested terrain between sectors';
    const axis = labelAxis([name], 'narrow');
    const cut = axis.tickFormat(name);
    expect(cut.endsWith('…')).toBe(true);
    expect(name.startsWith(cut.slice(0, -1))).toBe(true);
    expect(axis.margin).toBeLessThanOrEqual(Math.ceil(300 * 0.42));
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
