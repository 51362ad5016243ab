import { barPlot } from './bar-plot.ts';
import type { ChartSpec } from './spec.ts';
import { PRIMARY, truncateTick } from './palette.ts';
import { formatList } from '../format.ts';

export interface CountRow {
  group: string;
  count: number;
}

/** Counts of rows per group as horizontal bars: the explorer's chart, following its selection. */
export function groupCountChart(groups: readonly CountRow[], options: { id: string; what: string; by: string; sources: string[] }): ChartSpec<CountRow> {
  const top = groups[0];
  return {
    id: options.id,
    title: `${options.what[0]!.toUpperCase()}${options.what.slice(1)} by ${options.by.toLowerCase()}`,
    takeaway: top ? `${groups.length} group${groups.length === 1 ? '' : 's'}; the largest is ${top.group} (${top.count}).` : 'Nothing matches the current selection.',
    description: `Bar chart of the number of ${options.what} per ${options.by.toLowerCase()} in the current selection. ${groups.length ? `${formatList(groups.map((g) => `${g.group} ${g.count}`))}.` : 'No rows.'} A row with several values counts under each.`,
    rows: [...groups],
    columns: [
      { key: 'group', label: options.by },
      { key: 'count', label: `Number of ${options.what}`, numeric: true },
    ],
    sources: options.sources,
    datasets: [`data/${options.what}`],
    notes: [],
    plot: (width) => ({
      ...barPlot(groups.map((g) => ({ label: g.group, value: g.count, color: PRIMARY })), { width, xLabel: `number of ${options.what}`, format: String }),
      marginLeft: width === 'narrow' ? 130 : 230,
      x: { domain: [0, Math.max(1, ...groups.map((g) => g.count))], grid: true, label: `number of ${options.what}`, labelAnchor: 'right', labelArrow: 'none', labelOffset: 38, ticks: Math.min(5, Math.max(1, ...groups.map((g) => g.count))), tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
      y: { domain: groups.map((g) => g.group), label: null, padding: 0.25, tickFormat: truncateTick(width === 'narrow' ? 18 : 32) },
    }),
  };
}
