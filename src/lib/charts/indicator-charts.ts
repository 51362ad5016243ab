import type { Atlas } from '../data/load.ts';
import type { Indicator } from '../../schemas/context.ts';
import { CONFIDENCE, GEOS, REGIMES } from '../../schemas/vocab.ts';
import { formatList, formatNumber, formatPeriod } from '../format.ts';
import { barPlot } from './bar-plot.ts';
import { extremes, listValues } from './describe.ts';
import { dotPlot } from './dot-plot.ts';
import { CITY_COLORS, REGIME_COLOR_NAMES, REGIME_COLORS, REGIME_SYMBOLS } from './palette.ts';
import type { ChartSpec, Column } from './spec.ts';

/** A plotted indicator value with what the table and CSV show beside it. */
export interface IndicatorPoint {
  id: string;
  geo: string;
  label: string;
  regime?: keyof typeof REGIMES;
  value: number;
  unit: string;
  period: string;
  confidence: string;
  source_ids: string[];
}

/**
 * The values of one indicator for one period, one per country, in descending
 * order; countries without a value are returned separately so the chart can
 * say they are not reported instead of drawing a zero.
 */
export function countryIndicatorRows(atlas: Pick<Atlas, 'countries' | 'indicators'>, indicator: Indicator['indicator'], period: string): { rows: IndicatorPoint[]; missing: string[]; matched: Indicator[] } {
  const rows: IndicatorPoint[] = [];
  const missing: string[] = [];
  const matched: Indicator[] = [];
  for (const country of atlas.countries) {
    const found = atlas.indicators.filter((i) => i.geo === country.code && i.indicator === indicator && i.period === period);
    if (found.length > 1) throw new Error(`Two values of ${indicator} for ${country.code} in ${period}: ${found.map((f) => f.id).join(', ')}`);
    const hit = found[0];
    if (!hit) {
      missing.push(country.name);
      continue;
    }
    matched.push(hit);
    rows.push({ id: hit.id, geo: hit.geo, label: country.name, regime: country.regime, value: hit.value, unit: hit.unit, period: hit.period, confidence: hit.confidence, source_ids: hit.source_ids });
  }
  rows.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  return { rows, missing, matched };
}

/** Caveats carried from the data onto the chart: confidence, method, notes, gaps. */
function caveats(matched: readonly Indicator[], missing: readonly string[]): string[] {
  const notes: string[] = [];
  if (missing.length) notes.push(`Not reported: ${formatList(missing)} (no figure found in the sources).`);
  const grades = [...new Set(matched.map((m) => m.confidence))].filter((g) => g !== 'A');
  for (const g of grades) notes.push(`Confidence ${CONFIDENCE[g]}.`);
  for (const method of new Set(matched.map((m) => m.method).filter(Boolean))) notes.push(`Method: ${method!.replace(/ \(the \d{4} row[^)]*\)/, '')}`);
  for (const note of new Set(matched.map((m) => m.note).filter(Boolean))) notes.push(note!);
  if (matched.some((m) => m.comparable === 'no')) notes.push('These values come from different surveys and are not comparable across countries.');
  return notes;
}

const pointColumns = (unitLabel: string, digits: number): Column<IndicatorPoint>[] => [
  { key: 'label', label: 'Country' },
  { key: 'regime', label: 'Welfare regime', format: (v) => (v ? REGIMES[v as keyof typeof REGIMES] : '') },
  { key: 'value', label: unitLabel, numeric: true, format: (v) => formatNumber(v as number, digits) },
  { key: 'period', label: 'Period' },
  { key: 'confidence', label: 'Confidence' },
];

export interface CountryChartConfig {
  id: string;
  indicator: Indicator['indicator'];
  period: string;
  title: string;
  /** What the values are, in lower case, for sentences: "public social expenditure". */
  subject: string;
  unitLabel: string;
  xMax: number;
  digits: number;
}

/** A dot chart of one indicator across the five countries, coloured by welfare regime. */
export function countryIndicatorChart(atlas: Pick<Atlas, 'countries' | 'indicators'>, config: CountryChartConfig): ChartSpec<IndicatorPoint> {
  const { rows, missing, matched } = countryIndicatorRows(atlas, config.indicator, config.period);
  if (!rows.length) throw new Error(`Chart ${config.id}: no values of ${config.indicator} for ${config.period} in the data.`);
  const format = (v: number) => formatNumber(v, config.digits);
  const { max, min } = extremes(rows);
  const regimes = (Object.keys(REGIMES) as (keyof typeof REGIMES)[]).filter((r) => rows.some((row) => row.regime === r));
  const legend = regimes.map((r) => `${REGIMES[r].toLowerCase()}: ${REGIME_COLOR_NAMES[r]} ${REGIME_SYMBOLS[r]}`).join('; ');
  return {
    id: config.id,
    title: config.title,
    takeaway: rows.length > 1 ? `${max.label} has the highest ${config.subject} (${format(max.value)}), ${min.label} the lowest (${format(min.value)}).` : `Only ${max.label} has a reported value (${format(max.value)}).`,
    description:
      `Dot chart of ${config.subject} in ${config.period}, one row per country. Horizontal axis: ${config.unitLabel}, from 0 to ${config.xMax}. ` +
      `Each dot's colour and shape show the country's welfare regime (${legend}). Values: ${listValues(rows, format)}.` +
      (missing.length ? ` No value is reported for ${formatList(missing)}.` : ''),
    rows,
    columns: pointColumns(config.unitLabel, config.digits),
    sources: [...new Set(rows.flatMap((r) => r.source_ids))],
    datasets: [...new Set(matched.map((m) => (m.method ? 'data/indicators-derived.csv' : 'data/indicators.csv')))],
    notes: caveats(matched, missing),
    legend: regimes.map((r) => ({ label: REGIMES[r], color: REGIME_COLORS[r], symbol: REGIME_SYMBOLS[r] })),
    plot: (width) =>
      dotPlot(
        rows.map((r) => ({ label: r.label, value: r.value, group: r.regime ?? '' })),
        {
          width,
          xLabel: config.unitLabel,
          xMax: config.xMax,
          format,
          groups: { domain: regimes, colors: regimes.map((r) => REGIME_COLORS[r]), symbols: regimes.map((r) => REGIME_SYMBOLS[r]) },
        },
      ),
  };
}

export interface CityChartConfig {
  id: string;
  indicator: Indicator['indicator'];
  /** The value id to plot for each city, so matched dates are chosen explicitly. */
  ids: { oslo: string; berlin: string };
  title: string;
  subject: string;
  unitLabel: string;
}

/** Oslo and Berlin side by side on one indicator, as horizontal bars. */
export function cityIndicatorChart(atlas: Pick<Atlas, 'indicators'>, config: CityChartConfig): ChartSpec<IndicatorPoint> {
  const matched = (['oslo', 'berlin'] as const).map((geo) => {
    const hit = atlas.indicators.find((i) => i.id === config.ids[geo]);
    if (!hit || hit.geo !== geo || hit.indicator !== config.indicator) throw new Error(`Chart ${config.id}: no ${config.indicator} value "${config.ids[geo]}" for ${geo} in the data.`);
    return hit;
  });
  const rows: IndicatorPoint[] = matched.map((m) => ({ id: m.id, geo: m.geo, label: GEOS[m.geo], value: m.value, unit: m.unit, period: m.period, confidence: m.confidence, source_ids: m.source_ids }));
  const format = (v: number) => formatNumber(v);
  const [oslo, berlin] = rows as [IndicatorPoint, IndicatorPoint];
  const ratio = berlin.value / oslo.value;
  return {
    id: config.id,
    title: config.title,
    takeaway: `Berlin's ${config.subject} is about ${formatNumber(ratio, ratio < 10 ? 1 : 0)} times Oslo's (${format(berlin.value)} against ${format(oslo.value)}).`,
    description: `Bar chart of ${config.subject} in Oslo (${formatPeriod(oslo.period)}) and Berlin (${formatPeriod(berlin.period)}). Horizontal axis: ${config.unitLabel}, from 0. Oslo ${format(oslo.value)}, Berlin ${format(berlin.value)}.`,
    rows,
    columns: [
      { key: 'label', label: 'City' },
      { key: 'value', label: config.unitLabel, numeric: true, format: (v) => format(v as number) },
      { key: 'period', label: 'Date or period', format: (v) => formatPeriod(v as string) },
      { key: 'confidence', label: 'Confidence' },
    ],
    sources: [...new Set(rows.flatMap((r) => r.source_ids))],
    datasets: [...new Set(matched.map((m) => (m.method ? 'data/indicators-derived.csv' : 'data/indicators.csv')))],
    notes: caveats(matched, []),
    plot: (width) => barPlot(rows.map((r) => ({ label: r.label, value: r.value, color: CITY_COLORS[r.geo as keyof typeof CITY_COLORS] })), { width, xLabel: config.unitLabel, format }),
  };
}
