import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { FONT_SIZE, WIDTHS, labelAxis, type ChartWidth } from './palette.ts';
import { formatCompact } from '../format.ts';

/** One bar: a labelled value with its colour, and the text written beside it when not just the value. */
export interface BarRow {
  label: string;
  value: number;
  color: string;
  text?: string;
}

export interface BarPlotOptions {
  width: ChartWidth;
  xLabel: string;
  format: (value: number) => string;
}

/** Horizontal bars with the value written at the end of each bar. */
export function barPlot(rows: readonly BarRow[], options: BarPlotOptions): PlotOptions {
  const narrow = options.width === 'narrow';
  const max = Math.max(...rows.map((r) => r.value));
  const labels = labelAxis(rows.map((r) => r.label), options.width);
  return {
    width: WIDTHS[options.width],
    height: 56 + rows.length * 44,
    marginLeft: labels.margin,
    marginBottom: 44,
    marginRight: narrow ? 84 : 100,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { domain: [0, max], grid: true, label: options.xLabel, labelAnchor: 'right', labelArrow: 'none', labelOffset: 38, ticks: narrow ? 2 : 4, tickFormat: formatCompact },
    y: { domain: rows.map((r) => r.label), label: null, padding: 0.3, tickFormat: labels.tickFormat },
    marks: [
      Plot.barX(rows, { x: 'value', y: 'label', fill: 'color' }),
      Plot.text(rows, { x: 'value', y: 'label', text: (d: BarRow) => d.text ?? options.format(d.value), dx: 6, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  };
}
