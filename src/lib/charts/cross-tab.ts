import * as Plot from '@observablehq/plot';
import type { ChartSpec } from './spec.ts';
import { formatList } from '../format.ts';
import { FONT_SIZE, SEQUENTIAL, WIDTHS, labelAxis, textWidth, truncateTick } from './palette.ts';

/** One cell of a cross-tabulation: how many rows have both values. */
export interface CrossCell {
  row: string;
  column: string;
  count: number;
}

/**
 * A cross-tabulation (say, themes × countries) as a grid of counts, darker for
 * more, each cell labelled with its number: the explorer's chart for two facets.
 */
export function crossTabChart(cells: readonly CrossCell[], options: { id: string; what: string; rows: string[]; columns: string[]; by: string; across: string }): ChartSpec<CrossCell> {
  const filled = cells.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  const max = Math.max(1, ...cells.map((c) => c.count));
  const top = filled[0];
  return {
    id: options.id,
    title: `${options.what[0]!.toUpperCase()}${options.what.slice(1)} by ${options.by.toLowerCase()} and ${options.across.toLowerCase()}`,
    takeaway: top ? `The largest cell is ${top.row} and ${top.column} (${top.count}); ${cells.length - filled.length} of ${cells.length} cells are empty.` : 'Nothing matches the current selection.',
    description:
      `Grid of ${options.rows.length} ${options.by.toLowerCase()} values by ${options.columns.length} ${options.across.toLowerCase()} values; each cell shows the number of ${options.what} with both, darker for more. ` +
      (filled.length ? `${formatList(filled.map((c) => `${c.row}, ${c.column}: ${c.count}`))}. All other cells: 0.` : 'No rows.') +
      ' A row with several values counts in each of their cells.',
    rows: [...cells],
    columns: [
      { key: 'row', label: options.by },
      { key: 'column', label: options.across },
      { key: 'count', label: `Number of ${options.what}`, numeric: true },
    ],
    sources: [],
    datasets: [`data/${options.what}`],
    notes: [],
    plot: (width) => {
      const narrow = width === 'narrow';
      const fontSize = narrow ? 11 : FONT_SIZE;
      const y = labelAxis(options.rows, width, { fontSize });
      const columnTick = truncateTick(narrow ? 12 : 18);
      // Column labels lean right (30°): the last one needs room beyond its cell's centre.
      const cell = (WIDTHS[width] - y.margin) / Math.max(1, options.columns.length);
      const lean = Math.ceil(textWidth(columnTick(options.columns.at(-1) ?? ''), fontSize) * Math.cos(Math.PI / 6) - cell / 2 + 8);
      return {
        width: WIDTHS[width],
        height: 90 + options.rows.length * (narrow ? 34 : 38),
        marginLeft: y.margin,
        marginTop: narrow ? 80 : 90,
        marginRight: Math.max(20, lean),
        style: { fontSize: `${fontSize}px` },
        x: { domain: options.columns, axis: 'top', label: null, tickRotate: -30, tickFormat: columnTick },
        y: { domain: options.rows, label: null, tickFormat: y.tickFormat },
        color: { type: 'linear', domain: [0, max], range: [SEQUENTIAL.low, SEQUENTIAL.high] },
        marks: [
          Plot.cell(cells, { x: 'column', y: 'row', fill: 'count', inset: 1 }),
          Plot.text(cells, { x: 'column', y: 'row', text: (c: CrossCell) => String(c.count), fill: (c: CrossCell) => (c.count > max / 2 ? SEQUENTIAL.textOnHigh : SEQUENTIAL.textOnLow) }),
        ],
      };
    },
  };
}
