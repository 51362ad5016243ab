import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { decorateSvg } from './svg.ts';
import { figureIds } from './figure.ts';
import type { ChartWidth } from './palette.ts';
import type { AnyChart } from './spec.ts';

/**
 * Plot options drawn in any document as an accessible <svg>: the one drawing
 * path of the build (with a server DOM, render.ts) and the browser (the explorer).
 */
export function plotSvg(options: PlotOptions, a11y: { labelledBy: string; describedBy: string }, doc: Document): Element {
  return decorateSvg(Plot.plot({ ...options, document: doc }) as unknown as Element, a11y);
}

/** A chart at one width, named by its figure's title and described by its long description. */
export function chartSvg(spec: AnyChart, width: ChartWidth, doc: Document): Element {
  const ids = figureIds(spec.id);
  return plotSvg(spec.plot(width), { labelledBy: ids.title, describedBy: ids.desc }, doc);
}
