import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Round long decimals in SVG attributes: smaller files and byte-stable output. */
export function roundNumbers(svg: string): string {
  return svg.replace(/(-?\d+\.\d{3,})/g, (m) => String(Number(Number(m).toFixed(2))));
}

/** Drop ARIA attributes Plot puts on role-less groups; the <svg> carries the accessible name instead. */
function stripInnerAria(node: Element): void {
  for (const child of Array.from(node.children)) {
    child.removeAttribute('aria-label');
    child.removeAttribute('aria-description');
    stripInnerAria(child);
  }
}

/**
 * Render Plot options to an SVG string at build time with a server DOM. The
 * <svg> gets role="img", its name from the figure's title and its long
 * description from the figure's description element.
 */
export function renderSvg(options: PlotOptions, a11y: { labelledBy: string; describedBy: string }): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  if (node.tagName.toLowerCase() !== 'svg') throw new Error(`renderSvg: expected Plot to return an <svg>, got <${node.tagName}>; do not use Plot legends or titles here.`);
  stripInnerAria(node);
  node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  node.setAttribute('role', 'img');
  node.setAttribute('aria-labelledby', a11y.labelledBy);
  node.setAttribute('aria-describedby', a11y.describedBy);
  return roundNumbers(node.outerHTML);
}
