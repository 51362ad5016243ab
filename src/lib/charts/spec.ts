import type { PlotOptions } from '@observablehq/plot';
import { csvField } from '../csv-field.ts';
import type { ChartWidth } from './palette.ts';

/** A column of a chart's data table and CSV download. */
export interface Column<R> {
  key: keyof R & string;
  label: string;
  /** How the table shows the value; the CSV keeps the raw value. */
  format?: (value: R[keyof R & string], row: R) => string;
  numeric?: boolean;
  /** Makes the table cell a link, e.g. from a count to the findings it counts. */
  href?: (row: R) => string | undefined;
}

/**
 * Everything a chart figure shows, built from data by a pure function: the
 * plotted rows (which are also the table and the CSV), the texts, the sources,
 * and the Plot options for a given width.
 */
export interface ChartSpec<R extends object = Record<string, unknown>> {
  id: string;
  title: string;
  /** One line saying what the reader should see. */
  takeaway: string;
  /** Long description for screen readers and everyone: what, scales, key values. */
  description: string;
  rows: R[];
  columns: Column<R>[];
  /** Source ids (data/sources.csv) of the plotted values. */
  sources: string[];
  /** Dataset files the values come from, for the caption. */
  datasets: string[];
  /** Caveats shown under the chart: confidence, missing countries, comparability. */
  notes: string[];
  /** Key to colours and shapes, shown as text beside the chart. */
  legend?: { label: string; color: string; symbol?: string }[];
  plot: (width: ChartWidth) => PlotOptions;
}

/** Rows as CSV text with the given columns plus the row's sources. */
export function specCsv<R extends object>(spec: ChartSpec<R>): string {
  const keys = spec.columns.map((c) => c.key);
  const lines = [keys.join(',')];
  for (const row of spec.rows) lines.push(keys.map((k) => csvField((row as Record<string, unknown>)[k])).join(','));
  return `${lines.join('\n')}\n`;
}

/** A chart of any row type, for collections of charts (rows differ from chart to chart). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChart = ChartSpec<any>;
