import type { PlotOptions } from '@observablehq/plot';
import { toCsv } from '../to-csv.ts';
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

/** The plotted rows as a CSV download (for spreadsheets), one column per table column, headed by its key. */
export function specCsv<R extends object>(spec: ChartSpec<R>): string {
  return toCsv(spec.rows, spec.columns.map((c) => c.key), { spreadsheet: true });
}

/** A chart of any row type, for collections of charts (rows differ from chart to chart). */
export type AnyChart = ChartSpec<any>;
