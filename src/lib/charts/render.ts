import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { decorateSvg } from './svg.ts';

/** Round long decimals in SVG attributes: smaller files and byte-stable output. */
export function roundNumbers(svg: string): string {
  return svg.replace(/(-?\d+\.\d{3,})/g, (m) => String(Number(Number(m).toFixed(2))));
}

/** Render Plot options to an SVG string at build time with a server DOM (linkedom). */
export function renderSvg(options: PlotOptions, a11y: { labelledBy: string; describedBy: string }): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  return roundNumbers(decorateSvg(node, a11y).outerHTML);
}
