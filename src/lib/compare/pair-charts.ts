import { dotPlot } from '../charts/dot-plot.ts';
import { CITY_COLORS } from '../charts/palette.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { listValues } from '../charts/describe.ts';
import { formatList, formatNumber } from '../format.ts';
import { pairIndicatorRows, type CompareData, type PairView } from './pair.ts';

/** The indicator charts a comparison shows. */
export const PAIR_CHARTS = ['public-social-expenditure-2016', 'population-65-plus-2015', 'long-term-care-2019'] as const;

/** Colours and shapes of side A and side B (the Okabe–Ito blue and vermillion). */
const SIDE_STYLE = { colors: [CITY_COLORS.oslo, CITY_COLORS.berlin], symbols: ['circle', 'square'] };

export interface PairPoint {
  label: string;
  side: string;
  value: number;
  period: string;
  confidence: string;
}

/** "Norway 25.1" for a country; "Social-democratic regime: Sweden 27.1, …" for a regime; "… not reported" when empty. */
function sideSummary(side: string, rows: readonly PairPoint[], format: (v: number) => string): string {
  if (!rows.length) return `${side}: not reported`;
  if (rows.length === 1 && rows[0]!.label === side) return `${side} ${format(rows[0]!.value)}`;
  return `${side}: ${listValues(rows, format)}`;
}

/**
 * One indicator for the countries of two sides: a dot chart coloured by side.
 * Pure, and shared by the static pair pages and the compare tool in the browser.
 */
export function pairIndicatorChart(data: CompareData, view: Pick<PairView, 'a' | 'b'>, chart: string, idPrefix: string): ChartSpec<PairPoint> {
  const { indicator, rows, missing } = pairIndicatorRows(data, chart, view);
  const format = (v: number) => formatNumber(v, indicator.digits);
  const sides = [view.a.label, view.b.label];
  return {
    id: `${idPrefix}-${chart}`,
    title: indicator.title,
    takeaway: rows.length ? `${sides.map((side) => sideSummary(side, rows.filter((r) => r.side === side), format)).join('; ')}.` : 'No value is reported for either side.',
    description:
      `Dot chart of ${indicator.title.toLowerCase()} for the countries of ${view.a.label} (blue circles) and ${view.b.label} (orange squares). ` +
      `Horizontal axis: ${indicator.unitLabel}, from 0 to ${indicator.xMax}. Values: ${listValues(rows, format) || 'none'}.` +
      (missing.length ? ` Not reported for ${formatList(missing)}.` : ''),
    rows,
    columns: [
      { key: 'label', label: 'Country' },
      { key: 'side', label: 'Side' },
      { key: 'value', label: indicator.unitLabel, numeric: true, format: (v) => format(v as number) },
      { key: 'period', label: 'Period' },
      { key: 'confidence', label: 'Confidence' },
    ],
    sources: indicator.sources.map((s) => s.id),
    datasets: ['data/indicators.csv', 'data/indicators-derived.csv'],
    notes: missing.length ? [`Not reported: ${formatList(missing)} (no figure found in the sources).`] : [],
    legend: sides.map((label, i) => ({ label, color: SIDE_STYLE.colors[i]!, symbol: SIDE_STYLE.symbols[i] })),
    plot: (width) =>
      dotPlot(
        rows.map((r) => ({ label: r.label, value: r.value, group: r.side })),
        { width, xLabel: indicator.unitLabel, xMax: indicator.xMax, format, groups: { domain: sides, colors: SIDE_STYLE.colors, symbols: SIDE_STYLE.symbols } },
      ),
  };
}
