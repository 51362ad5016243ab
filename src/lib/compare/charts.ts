import type { Atlas } from '../data/load.ts';
import type { AnyChart, ChartSpec } from '../charts/spec.ts';
import { pairIndicatorChart, type PairPoint } from '../charts/pair-indicator.ts';
import { compareData, PAIR_CHARTS } from './data.ts';
import { allPairs, comparePair, pairIndicatorRows, type CompareData, type PairView } from './pair.ts';

/** The indicator charts of one comparison, ids prefixed with `idPrefix`. */
export function pairCharts(data: CompareData, view: Pick<PairView, 'a' | 'b'>, idPrefix: string): ChartSpec<PairPoint>[] {
  return PAIR_CHARTS.map((chart) => {
    const { indicator, rows, missing } = pairIndicatorRows(data, chart, view);
    return pairIndicatorChart(
      `${idPrefix}-${chart}`,
      { title: indicator.title, unitLabel: indicator.unitLabel, xMax: indicator.xMax, digits: indicator.digits, sources: indicator.sources.map((s) => s.id) },
      [view.a.label, view.b.label],
      rows,
      missing,
    );
  });
}

/** The charts of every comparison page (/compare/<a>-<b>/), built from the site's base charts. */
export function comparisonCharts(atlas: Atlas, base: Map<string, AnyChart>): AnyChart[] {
  const data = compareData(atlas, base);
  return allPairs().flatMap(([a, b]) => pairCharts(data, comparePair(data, a, b), `compare-${a}-${b}`));
}
