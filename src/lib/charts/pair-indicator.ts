import { dotPlot } from './dot-plot.ts';
import { CITY_COLORS } from './palette.ts';
import type { ChartSpec } from './spec.ts';
import { listValues } from './describe.ts';
import { formatList, formatNumber } from '../format.ts';

/** Colours and shapes of side A and side B (the Okabe–Ito blue and vermillion). */
const SIDE_STYLE = { colors: [CITY_COLORS.oslo, CITY_COLORS.berlin], symbols: ['circle', 'square'] };

/** One country's value on one side of a comparison. */
export interface PairPoint {
  label: string;
  side: string;
  value: number;
  period: string;
  confidence: string;
  /** The country's code. */
  geo: string;
}

/** What the chart says about its indicator: title, axis and the sources of its values. */
export interface PairIndicator {
  title: string;
  unitLabel: string;
  xMax: number;
  digits: number;
  sources: string[];
}

/** "Norway 25.1" for a country; "Social-democratic regime: Sweden 27.1, …" for a regime; "… not reported" when empty. */
function sideSummary(side: string, rows: readonly PairPoint[], format: (v: number) => string): string {
  if (!rows.length) return `${side}: not reported`;
  if (rows.length === 1 && rows[0]!.label === side) return `${side} ${format(rows[0]!.value)}`;
  return `${side}: ${listValues(rows, format)}`;
}

/**
 * One indicator for the countries of two sides (side A's rows first): a dot chart
 * coloured by side. `missing` names the countries with no value.
 */
export function pairIndicatorChart(id: string, indicator: PairIndicator, sides: [string, string], rows: PairPoint[], missing: string[]): ChartSpec<PairPoint> {
  const format = (v: number) => formatNumber(v, indicator.digits);
  const [a, b] = sides;
  return {
    id,
    title: indicator.title,
    takeaway: rows.length ? `${sides.map((side) => sideSummary(side, rows.filter((r) => r.side === side), format)).join('; ')}.` : 'No value is reported for either side.',
    description:
      `Dot chart of ${indicator.title.toLowerCase()} for the countries of ${a} (blue circles) and ${b} (orange squares). ` +
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
    sources: indicator.sources,
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
