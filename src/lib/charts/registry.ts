import type { Atlas } from '../data/load.ts';
import { cityIndicatorChart, countryIndicatorChart } from './indicator-charts.ts';
import type { AnyChart } from './spec.ts';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { evidenceMatrixChart } from './evidence-matrix.ts';
import { fundingChart } from './funding.ts';
import { methodsChart } from './methods.ts';
import { studyYearsChart } from './study-years.ts';
import { europeFeatures, studyMapChart } from './map.ts';
import { screeningExclusionsChart } from './screening-flow.ts';

/**
 * The site's own charts, by id (the comparison pages add theirs in
 * src/lib/site-charts.ts). Pages place a chart with <Chart id="…" />; the same
 * specs give the CSV downloads at /charts/<id>.csv and the snapshot tests, so a
 * chart exists in one place only.
 */
export function chartRegistry(atlas: Atlas): Map<string, AnyChart> {
  const specs: AnyChart[] = [
    studyMapChart(atlas, europeFeatures(countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>)),
    evidenceMatrixChart(atlas),
    studyYearsChart(atlas),
    fundingChart(atlas),
    methodsChart(atlas),
    screeningExclusionsChart(atlas),
    countryIndicatorChart(atlas, { id: 'public-social-expenditure-2016', indicator: 'public-social-expenditure', period: '2016', title: 'Public social expenditure, 2016', subject: 'public social expenditure', unitLabel: '% of GDP', xMax: 30, digits: 1 }),
    countryIndicatorChart(atlas, { id: 'population-65-plus-2015', indicator: 'population-65-plus', period: '2015', title: 'Population aged 65 and over, 2015', subject: 'share of people aged 65 and over', unitLabel: '% of population', xMax: 25, digits: 1 }),
    countryIndicatorChart(atlas, { id: 'long-term-care-2019', indicator: 'long-term-care-expenditure', period: '2019', title: 'Long-term care spending, 2019', subject: 'long-term care spending', unitLabel: '% of GDP', xMax: 4, digits: 1 }),
    countryIndicatorChart(atlas, { id: 'public-health-expenditure-2013', indicator: 'public-health-expenditure', period: '2013', title: 'Public health spending, 2013', subject: 'public health spending', unitLabel: '% of GDP', xMax: 10, digits: 1 }),
    countryIndicatorChart(atlas, { id: 'old-age-expenditure-2013', indicator: 'old-age-expenditure', period: '2013', title: 'Old-age spending, 2013', subject: 'old-age spending', unitLabel: '% of GDP', xMax: 12, digits: 1 }),
    countryIndicatorChart(atlas, { id: 'decommodification-index', indicator: 'decommodification-index', period: 'c. 1980', title: 'Decommodification index, around 1980', subject: 'decommodification score', unitLabel: 'index (rounded)', xMax: 45, digits: 0 }),
    cityIndicatorChart(atlas, { id: 'oslo-berlin-population', indicator: 'population', ids: { oslo: 'population-oslo-2021', berlin: 'population-berlin-2020' }, title: 'Population of Oslo and Berlin, turn of 2020/21', subject: 'population', unitLabel: 'residents' }),
    cityIndicatorChart(atlas, { id: 'oslo-berlin-residents-per-district', indicator: 'residents-per-district', ids: { oslo: 'residents-per-district-oslo', berlin: 'residents-per-district-berlin' }, title: 'Residents per city district', subject: 'average number of residents per district', unitLabel: 'residents per district' }),
  ];
  return new Map(specs.map((s) => [s.id, s]));
}
