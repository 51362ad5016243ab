import { barPlot } from './bar-plot.ts';
import type { Column, ChartSpec } from './spec.ts';
import { formatList } from '../format.ts';
import { PRIMARY, labelAxis } from './palette.ts';

export interface CountRow {
  group: string;
  count: number;
}

/** Options of a count chart: what is counted, by what, and extra table columns (such as a country's context indicators). */
export interface CountChartOptions<R extends CountRow> {
  id: string;
  what: string;
  by: string;
  sources: string[];
  extraColumns?: Column<R>[];
  notes?: string[];
}

/** Counts of rows per group as horizontal bars: the explorer's chart, following its selection. */
export function groupCountChart<R extends CountRow>(groups: readonly R[], options: CountChartOptions<R>): ChartSpec<R> {
  const top = groups[0];
  const max = Math.max(1, ...groups.map((g) => g.count));
  return {
    id: options.id,
    title: `${options.what[0]!.toUpperCase()}${options.what.slice(1)} by ${options.by.toLowerCase()}`,
    takeaway: top ? `${groups.length} group${groups.length === 1 ? '' : 's'}; the largest is ${top.group} (${top.count}).` : 'Nothing matches the current selection.',
    description: `Bar chart of the number of ${options.what} per ${options.by.toLowerCase()} in the current selection. ${groups.length ? `${formatList(groups.map((g) => `${g.group} ${g.count}`))}.` : 'No rows.'} A row with several values counts under each.`,
    rows: [...groups],
    columns: [{ key: 'group', label: options.by }, { key: 'count', label: `Number of ${options.what}`, numeric: true }, ...(options.extraColumns ?? [])] as Column<R>[],
    sources: options.sources,
    datasets: [`data/${options.what}`],
    notes: options.notes ?? [],
    plot: (width) => ({
      ...barPlot(groups.map((g) => ({ label: g.group, value: g.count, color: PRIMARY })), { width, xLabel: `number of ${options.what}`, format: String }),
      x: { domain: [0, max], grid: true, label: `number of ${options.what}`, labelAnchor: 'right', labelArrow: 'none', labelOffset: 38, ticks: Math.min(width === 'narrow' ? 3 : 5, max), tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
      y: { domain: groups.map((g) => g.group), label: null, padding: 0.25, tickFormat: labelAxis(groups.map((g) => g.group), width).tickFormat },
    }),
  };
}
