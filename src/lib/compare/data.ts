import type { Atlas } from '../data/load.ts';
import type { AnyChart } from '../charts/spec.ts';
import { current } from '../data/claims.ts';
import { displayTitle } from '../data/study.ts';
import { countryIndicatorRows } from '../charts/indicator-charts.ts';
import type { CompareData } from './pair.ts';
import { foreignTerms } from '../data/terms.ts';

/** The indicator charts a comparison shows, by the id of the site chart each is taken from. */
export const PAIR_CHARTS = ['public-social-expenditure-2016', 'population-65-plus-2015', 'long-term-care-2019'] as const;

/** Axis settings of the indicators a comparison can show, taken from the site's country charts. */
const AXES: Record<(typeof PAIR_CHARTS)[number], { unitLabel: string; xMax: number; digits: number }> = {
  'public-social-expenditure-2016': { unitLabel: '% of GDP', xMax: 30, digits: 1 },
  'population-65-plus-2015': { unitLabel: '% of population', xMax: 25, digits: 1 },
  'long-term-care-2019': { unitLabel: '% of GDP', xMax: 4, digits: 1 },
};

/** The slice of the atlas a comparison page needs, built once per build. */
export function compareData(atlas: Atlas, charts: Map<string, AnyChart>): CompareData {
  return {
    version: atlas.version.version,
    terms: foreignTerms(atlas),
    countries: atlas.countries.map((c) => ({ code: c.code, name: c.name, regime: c.regime })),
    regimes: atlas.regimes.map((r) => ({ id: r.id, name: r.name })),
    studies: atlas.studies.map((s) => ({ id: s.id, title: displayTitle(s), countries: current(s.countries).map((c) => c.value) })),
    findings: atlas.findings.map((f) => ({ id: f.id, statement: f.statement, study_id: f.study_id, countries: f.countries, themes: f.themes })),
    indicators: PAIR_CHARTS.map((chart) => {
      const spec = charts.get(chart);
      if (!spec) throw new Error(`compareData: no chart "${chart}" in the registry`);
      const first = spec.rows[0] as { id: string };
      const indicator = atlas.indicators.find((i) => i.id === first.id)!;
      const { rows } = countryIndicatorRows(atlas, indicator.indicator, indicator.period);
      return {
        chart,
        title: spec.title,
        ...AXES[chart],
        sources: spec.sources.map((id: string) => ({ id, publisher: atlas.source(id).publisher })),
        values: rows.map((r) => ({ geo: r.geo, value: r.value, period: r.period, confidence: r.confidence })),
      };
    }),
  };
}
