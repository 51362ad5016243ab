import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { FONT_SIZE, WIDTHS, labelAxis, type ChartWidth } from './palette.ts';

/** One dot: a labelled value in a group (e.g. a country in its welfare regime). */
export interface DotRow {
  label: string;
  value: number;
  group: string;
}

export interface DotPlotOptions {
  width: ChartWidth;
  /** Axis label, with unit. */
  xLabel: string;
  /** Upper end of the value axis; the axis always starts at zero. */
  xMax: number;
  groups: { domain: string[]; colors: string[]; symbols: string[] };
  /** Value labels next to the dots. */
  format: (value: number) => string;
}

/**
 * A horizontal dot plot, one row per label, sorted as given: readable at phone
 * width because labels sit on the left and values are written beside the dots.
 */
export function dotPlot(rows: readonly DotRow[], options: DotPlotOptions): PlotOptions {
  const width = WIDTHS[options.width];
  const narrow = options.width === 'narrow';
  const labels = labelAxis(rows.map((r) => r.label), options.width);
  return {
    width,
    height: 56 + rows.length * 36,
    marginLeft: labels.margin,
    marginRight: 44,
    marginBottom: 44,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { domain: [0, options.xMax], grid: true, label: options.xLabel, labelAnchor: 'right', labelArrow: 'none', labelOffset: 38, ticks: narrow ? 3 : 6 },
    y: { domain: rows.map((r) => r.label), label: null, tickFormat: labels.tickFormat },
    color: { domain: options.groups.domain, range: options.groups.colors },
    symbol: { domain: options.groups.domain, range: options.groups.symbols },
    marks: [
      Plot.ruleY(rows, { y: 'label', x1: 0, x2: 'value', strokeOpacity: 0.25 }),
      Plot.dot(rows, { x: 'value', y: 'label', fill: 'group', symbol: 'group', r: 7 }),
      Plot.text(rows, { x: 'value', y: 'label', text: (d: DotRow) => options.format(d.value), dx: 12, textAnchor: 'start' }),
    ],
  };
}
