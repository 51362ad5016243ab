import { describe, expect, it } from 'vitest';
import { countryIndicatorChart, countryIndicatorRows, cityIndicatorChart } from '../../src/lib/charts/indicator-charts.ts';
import { extremes, listValues } from '../../src/lib/charts/describe.ts';
import { roundNumbers, renderSvg } from '../../src/lib/charts/render.ts';
import { specCsv } from '../../src/lib/charts/spec.ts';
import { dotPlot } from '../../src/lib/charts/dot-plot.ts';
import type { Country, Indicator } from '../../src/schemas/context.ts';

const countries: Country[] = [
  { code: 'SE', name: 'Sweden', regime: 'social-democratic', source_ids: ['s'] },
  { code: 'DE', name: 'Germany', regime: 'conservative-corporatist', source_ids: ['s'] },
  { code: 'GB', name: 'United Kingdom', regime: 'liberal', source_ids: ['s'] },
];
const value = (id: string, geo: Indicator['geo'], v: number, extra: Partial<Indicator> = {}): Indicator => ({
  id, geo, indicator: 'long-term-care-expenditure', period: '2019', value: v, unit: '% of GDP', confidence: 'A', comparable: 'yes', measure: 'LTC', source_ids: ['oecd'], ...extra,
});

describe('countryIndicatorRows(atlas, indicator, period)', () => {
  it('sorts values from high to low and names the countries without one', () => {
    const { rows, missing } = countryIndicatorRows({ countries, indicators: [value('a', 'GB', 1.2), value('b', 'SE', 3.4), value('c', 'SE', 9, { period: '2021' })] }, 'long-term-care-expenditure', '2019');
    expect(rows.map((r) => [r.label, r.value, r.regime])).toEqual([
      ['Sweden', 3.4, 'social-democratic'],
      ['United Kingdom', 1.2, 'liberal'],
    ]);
    expect(missing).toEqual(['Germany']);
  });

  it('refuses two values for one country and period rather than picking one', () => {
    expect(() => countryIndicatorRows({ countries, indicators: [value('a', 'SE', 1), value('b', 'SE', 2)] }, 'long-term-care-expenditure', '2019')).toThrow('Two values of long-term-care-expenditure for SE in 2019: a, b');
  });
});

describe('countryIndicatorChart', () => {
  const spec = countryIndicatorChart(
    { countries, indicators: [value('a', 'GB', 1.2), value('b', 'SE', 3.4, { confidence: 'B', note: 'A caveat.' })] },
    { id: 'ltc', indicator: 'long-term-care-expenditure', period: '2019', title: 'LTC', subject: 'long-term care spending', unitLabel: '% of GDP', xMax: 4, digits: 1 },
  );
  it('writes a takeaway and a description with every plotted value', () => {
    expect(spec.takeaway).toBe('Sweden has the highest long-term care spending (3.4), United Kingdom the lowest (1.2).');
    expect(spec.description).toContain('Values: Sweden 3.4 and United Kingdom 1.2. No value is reported for Germany.');
  });
  it('carries missing countries, confidence and notes onto the chart', () => {
    expect(spec.notes).toEqual([
      'Not reported: Germany (no figure found in the sources).',
      'Confidence B: official figure quoted in a reputable secondary source.',
      'A caveat.',
    ]);
  });
  it('downloads exactly the plotted values as CSV', () => {
    expect(specCsv(spec)).toBe('label,regime,value,period,confidence\nSweden,social-democratic,3.4,2019,B\nUnited Kingdom,liberal,1.2,2019,A\n');
  });
  it('fails loudly when the data has no value for the chart', () => {
    expect(() => countryIndicatorChart({ countries, indicators: [] }, { id: 'x', indicator: 'population-65-plus', period: '2015', title: 'x', subject: 'x', unitLabel: '%', xMax: 1, digits: 0 })).toThrow('Chart x: no values of population-65-plus for 2015');
  });
});

describe('cityIndicatorChart', () => {
  it('compares the two cities on the values named by id', () => {
    const indicators = [value('o', 'oslo', 100, { indicator: 'population', unit: 'persons' }), value('b', 'berlin', 540, { indicator: 'population', unit: 'persons' })];
    const spec = cityIndicatorChart({ indicators }, { id: 'pop', indicator: 'population', ids: { oslo: 'o', berlin: 'b' }, title: 'P', subject: 'population', unitLabel: 'residents' });
    expect(spec.takeaway).toBe("Berlin's population is about 5.4 times Oslo's (540 against 100).");
    expect(() => cityIndicatorChart({ indicators }, { id: 'pop', indicator: 'population', ids: { oslo: 'b', berlin: 'b' }, title: 'P', subject: 'p', unitLabel: 'r' })).toThrow('no population value "b" for oslo');
  });
});

describe('describe helpers', () => {
  it('extremes picks the first of ties', () => {
    const rows = [{ label: 'a', value: 2 }, { label: 'b', value: 2 }, { label: 'c', value: 1 }];
    expect(extremes(rows)).toEqual({ max: rows[0], min: rows[2] });
  });
  it('listValues reads as a sentence', () => {
    expect(listValues([{ label: 'Oslo', value: 1 }, { label: 'Berlin', value: 2 }], String)).toBe('Oslo 1 and Berlin 2');
  });
});

describe('renderSvg', () => {
  const svg = renderSvg(dotPlot([{ label: 'Sweden', value: 1.23456, group: 'g' }], { width: 'narrow', xLabel: '%', xMax: 2, format: String, groups: { domain: ['g'], colors: ['#0072B2'], symbols: ['circle'] } }), { labelledBy: 't', describedBy: 'd' });
  it('names the SVG from the figure and hides Plot’s inner labels from assistive technology', () => {
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="t"');
    expect(svg).toContain('aria-describedby="d"');
    expect(svg.slice(svg.indexOf('>'))).not.toContain('aria-label=');
  });
  it('rounds long decimals', () => {
    expect(roundNumbers('translate(285.4526666666667,58)')).toBe('translate(285.45,58)');
  });
});

import { termMatcher } from '../../src/lib/terms.ts';

describe('termMatcher', () => {
  const mark = termMatcher([
    { text: 'tillitsbaserad styrning', lang: 'sv' },
    { text: 'tillitsbaserad styrning och ledning', lang: 'sv' },
    { text: 'samskaping', lang: 'nb' },
  ]);
  it('marks whole terms, longest first, whatever their case', () => {
    expect(mark('Trust (tillitsbaserad styrning och ledning) and Samskaping.')).toEqual([
      { text: 'Trust (' },
      { text: 'tillitsbaserad styrning och ledning', lang: 'sv' },
      { text: ') and ' },
      { text: 'Samskaping', lang: 'nb' },
      { text: '.' },
    ]);
  });
  it('leaves parts of longer words alone', () => {
    expect(mark('samskapingsprosjekt')).toEqual([{ text: 'samskapingsprosjekt' }]);
  });
  it('leaves web addresses whole, marking the same word outside them', () => {
    expect(mark('Samskaping (https://www.samskaping.no/om) and www.samskaping.no.')).toEqual([
      { text: 'Samskaping', lang: 'nb' },
      { text: ' (https://www.samskaping.no/om) and www.samskaping.no.' },
    ]);
  });
});

describe('foreign titles as terms', () => {
  it('marks a Norwegian title on an English archive page, and a Danish source title, but no one-word name', async () => {
    const { foreignTitles } = await import('../../src/lib/data/terms.ts');
    const { getAtlas } = await import('../../src/lib/data/load.ts');
    const titles = foreignTitles(getAtlas());
    expect(titles).toContainEqual({ text: getAtlas().source('usn-openarchive-3007813').title, lang: 'nb' });
    expect(titles).toContainEqual({ text: getAtlas().source('altinget-vive-samskabelse-handicap').title, lang: 'da' });
    expect(titles.every((t) => t.text.trim().split(/\s+/).length >= 3)).toBe(true);
  });
});
