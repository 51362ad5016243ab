import type { PlotOptions } from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { plotSvg } from './plot-svg.ts';
import { figureIds } from './figure.ts';
import type { AnyChart } from './spec.ts';

/** Round long decimals in SVG attributes: smaller files and byte-stable output. */
export function roundNumbers(svg: string): string {
  return svg.replace(/(-?\d+\.\d{3,})/g, (m) => String(Number(Number(m).toFixed(2))));
}

/** Both renders of a chart at build time, named by its figure's title and description. */
export function renderChart(spec: AnyChart): { wide: string; narrow: string } {
  const ids = figureIds(spec.id);
  const a11y = { labelledBy: ids.title, describedBy: ids.desc };
  return { wide: renderSvg(spec.plot('wide'), a11y), narrow: renderSvg(spec.plot('narrow'), a11y) };
}

/** Render Plot options to an SVG string at build time with a server DOM (linkedom). */
export function renderSvg(options: PlotOptions, a11y: { labelledBy: string; describedBy: string }): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return roundNumbers(plotSvg(options, a11y, document as unknown as Document).outerHTML);
}
