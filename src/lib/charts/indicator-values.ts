import { barPlot } from './bar-plot.ts';
import type { ChartSpec } from './spec.ts';
import { listValues } from './describe.ts';
import { formatNumber, plural } from '../format.ts';
import { PRIMARY } from './palette.ts';

/** One place's value of an indicator, from the period given. */
export interface IndicatorPoint {
  label: string;
  value: number;
  period: string;
  confidence: string;
}

/** Decimals that show an indicator's values without false precision. */
function digitsFor(points: readonly IndicatorPoint[]): number {
  return points.every((p) => Number.isInteger(p.value)) ? 0 : 1;
}

/**
 * An indicator's values by country or city, one bar each, with the period of
 * each value written beside it: the explorer's chart of context indicators.
 */
export function indicatorValuesChart(points: readonly IndicatorPoint[], options: { id: string; indicator: string; unit: string; earlier: number }): ChartSpec<IndicatorPoint> {
  const digits = digitsFor(points);
  const format = (v: number) => formatNumber(v, digits);
  const periods = [...new Set(points.map((p) => p.period))];
  return {
    id: options.id,
    title: `${options.indicator}${options.unit ? ` (${options.unit})` : ''}, by country or city`,
    takeaway: points.length ? `${listValues(points.slice(0, 3), format)}${points.length > 3 ? ' are the highest' : ''}${periods.length > 1 ? '; the values come from different periods' : ''}.` : 'No value matches the current selection.',
    description: `Bar chart of ${options.indicator.toLowerCase()}${options.unit ? ` in ${options.unit}` : ''}, one bar per country or city, from its latest period within the years chosen. ${points.length ? `${points.map((p) => `${p.label} ${format(p.value)} (${p.period})`).join('; ')}.` : 'No values.'}`,
    rows: [...points],
    columns: [
      { key: 'label', label: 'Country or city' },
      { key: 'value', label: options.unit || 'Value', numeric: true, format: (v) => format(v as number) },
      { key: 'period', label: 'Period' },
      { key: 'confidence', label: 'Confidence' },
    ],
    sources: [],
    datasets: ['data/indicators.csv', 'data/indicators-derived.csv'],
    notes: [
      ...(periods.length > 1 ? ['The values come from different periods: compare them with care.'] : []),
      ...(options.earlier ? [`${plural(options.earlier, 'value')} from earlier periods ${options.earlier === 1 ? 'is' : 'are'} in the table below, not in the chart.`] : []),
    ],
    plot: (width) => ({
      ...barPlot(
        points.map((p) => ({ label: p.label, value: p.value, color: PRIMARY, text: `${format(p.value)} (${p.period})` })),
        { width, xLabel: options.unit || 'value', format },
      ),
      marginRight: width === 'narrow' ? 110 : 140,
    }),
  };
}
