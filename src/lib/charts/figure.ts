import type { AnyChart } from './spec.ts';
import { elementFactory } from '../dom/el.ts';
import { buildTable, type TableColumn } from '../dom/table.ts';

/** What a figure needs besides its spec: rendered SVGs and the caption's facts. */
export interface FigureParts {
  /** Heading level of the chart title. */
  level: 2 | 3 | 4;
  /** The wide and narrow renders, as SVG markup (build) or elements (browser). */
  wide: string | Element;
  narrow?: string | Element;
  sources: { id: string; publisher: string }[];
  datasets: string;
  version: string;
  /** Where the CSV of the plotted values can be downloaded; omitted when there is none. */
  csvHref?: string;
  /** The chart's citation files without extension (/cite/chart/<id>), for BibTeX, RIS and CSL-JSON links; with it, a link to the chart's own anchor. */
  citeHref?: string;
  /** The chart as an image file with its title and sources on it (/charts/<id>.svg). */
  svgHref?: string;
}

/** Ids of a chart's title and description, referenced by its SVGs. */
export function figureIds(id: string): { base: string; title: string; desc: string } {
  const base = `chart-${id}`;
  return { base, title: `${base}-title`, desc: `${base}-desc` };
}

/**
 * Build a chart figure as DOM: title and takeaway, legend, the SVG(s), long
 * description, caveats, a "Show data" table, source line and CSV download.
 * One function for the build (with a server DOM) and the browser, so a chart
 * redrawn on the client has exactly the markup of one rendered at build time.
 */
export function buildFigure(doc: Document, spec: AnyChart, parts: FigureParts): HTMLElement {
  const el = elementFactory(doc);
  const ids = figureIds(spec.id);
  const figure = el('figure', { class: 'chart', id: ids.base, 'data-chart': spec.id });
  figure.append(el('figcaption', {}, el(`h${parts.level}` as 'h3', { class: 'chart-title', id: ids.title }, spec.title), el('p', { class: 'chart-takeaway' }, spec.takeaway)));
  if (spec.legend?.length) {
    const legend = el('ul', { class: 'chart-legend', 'aria-label': 'Key' });
    for (const l of spec.legend) {
      legend.append(el('li', {}, el('span', { class: `swatch swatch-${l.symbol ?? 'square'}`, style: `--swatch:${l.color}`, 'aria-hidden': 'true' }), l.label));
    }
    figure.append(legend);
  }
  const plot = (svg: string | Element, cls: string) => {
    const holder = el('div', { class: `chart-plot ${cls}` });
    if (typeof svg === 'string') holder.innerHTML = svg;
    else holder.append(svg);
    return holder;
  };
  figure.append(plot(parts.wide, parts.narrow ? 'chart-wide' : 'chart-only'));
  if (parts.narrow) figure.append(plot(parts.narrow, 'chart-narrow'));
  figure.append(el('p', { class: 'chart-description', id: ids.desc }, spec.description));
  if (spec.notes.length) figure.append(el('ul', { class: 'chart-notes' }, ...spec.notes.map((n) => el('li', {}, n))));

  const table = buildTable(doc, spec.rows, spec.columns as TableColumn<object>[], `${spec.title}: the plotted values`);
  figure.append(el('details', { class: 'chart-data' }, el('summary', {}, 'Show data'), el('div', { class: 'table-wrap' }, table)));

  const source = el('p', { class: 'chart-source' });
  if (parts.sources.length) {
    source.append('Source: ');
    // One name per publisher: two pages of one publisher read "Vinnova: page 1, page 2", not "Vinnova; Vinnova".
    const byPublisher = new Map<string, typeof parts.sources>();
    for (const s of parts.sources) byPublisher.set(s.publisher, [...(byPublisher.get(s.publisher) ?? []), s]);
    [...byPublisher].forEach(([publisher, pages], i) => {
      if (i > 0) source.append('; ');
      if (pages.length === 1) {
        source.append(el('a', { href: `/sources/#source-${pages[0]!.id}` }, publisher));
        return;
      }
      source.append(`${publisher}: `);
      pages.forEach((s, j) => {
        if (j > 0) source.append(', ');
        source.append(el('a', { href: `/sources/#source-${s.id}`, 'aria-label': `${publisher}, page ${j + 1} of ${pages.length}` }, `page ${j + 1}`));
      });
    });
    source.append('. ');
  }
  source.append(`Data: ${parts.datasets}, data version ${parts.version}.`);
  // What a reader can take away, one item after another: the values, the image, the chart's address, its citation.
  const take: (Node | string)[][] = [];
  const download = (href: string, label: string) => el('a', { href, download: href.split('/').pop()! }, label);
  if (parts.csvHref) take.push([download(parts.csvHref, 'Download these values (CSV)')]);
  if (parts.svgHref) take.push([download(parts.svgHref, 'Download the chart (SVG)')]);
  if (parts.citeHref) {
    // The figure's own anchor: the address to share for this chart on this page.
    take.push([el('a', { href: `#${ids.base}` }, 'Link to this chart')]);
    const cite: (Node | string)[] = ['Cite this chart: '];
    (['bib', 'BibTeX', 'ris', 'RIS', 'json', 'CSL-JSON'] as const).forEach((value, i, list) => {
      if (i % 2) return;
      if (i > 0) cite.push(', ');
      cite.push(download(`${parts.citeHref}.${value}`, list[i + 1]!));
    });
    take.push(cite);
  }
  take.forEach((item, i) => source.append(i === 0 ? ' ' : ' · ', ...item));
  figure.append(source);
  return figure;
}
