import { buildFigure } from '../charts/figure.ts';
import type { AnyChart } from '../charts/spec.ts';
import { pairIndicatorChart, PAIR_CHARTS } from './pair-charts.ts';
import type { CompareData, PairView, SideView } from './pair.ts';
import { appendMarked, termMatcher } from '../terms.ts';

/** How to draw a chart in the current environment: SVG strings at build time, Plot elements in the browser. */
export type DrawChart = (spec: AnyChart) => { wide: string | Element; narrow?: string | Element; csvHref?: string; citeHref?: string };

/**
 * Render a comparison as DOM, for both the static pair pages (server DOM) and
 * the compare tool (browser DOM): the two sides, their findings by theme, and
 * indicator charts drawn by the same builders.
 */
export function renderPair(doc: Document, data: CompareData, view: PairView, draw: DrawChart, idPrefix: string): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]) => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
    for (const c of children) node.append(typeof c === 'string' ? doc.createTextNode(c) : c);
    return node;
  };
  const link = (href: string, text: string) => el('a', { href }, text);
  const mark = termMatcher(data.terms);
  const markedLink = (href: string, text: string) => {
    const a = el('a', { href });
    appendMarked(doc, a, text, mark);
    return a;
  };
  const root = el('div', { class: 'pair-view', 'data-pair': `${view.a.id}-${view.b.id}` });

  const sideCard = (side: SideView) =>
    el(
      'section',
      { 'aria-labelledby': `side-${side.id}`, 'data-side': side.id },
      el('h3', { id: `side-${side.id}` }, side.label),
      el('p', { class: 'muted' }, side.kind === 'regime' ? `Countries: ${side.countries.join(', ')}` : 'Country'),
      side.studies.length
        ? el('ul', {}, ...side.studies.map((s) => el('li', {}, link(`/studies/${s.id}/`, s.title))))
        : el('p', { class: 'not-reported' }, 'No study in the atlas.'),
      el('p', { class: 'muted' }, `${side.findings.length} finding${side.findings.length === 1 ? '' : 's'}`),
    );
  root.append(el('h2', { id: 'sides' }, 'Studies on each side'), el('div', { class: 'side-by-side' }, sideCard(view.a), sideCard(view.b)));

  root.append(el('h2', { id: 'themes' }, 'Findings by theme'));
  if (!view.themes.length) {
    root.append(el('p', { class: 'not-reported' }, 'Neither side has findings in the atlas.'));
  } else {
    const findingList = (findings: CompareData['findings']) =>
      findings.length ? el('ul', {}, ...findings.map((f) => el('li', {}, markedLink(`/findings/${f.id}/`, f.statement)))) : el('span', { class: 'not-reported' }, 'None');
    const table = el(
      'table',
      { class: 'compare-table' },
      el('caption', {}, `Findings by theme: ${view.a.label} and ${view.b.label}`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Theme'), el('th', { scope: 'col' }, view.a.label), el('th', { scope: 'col' }, view.b.label))),
      el(
        'tbody',
        {},
        ...view.themes.map((t) =>
          el(
            'tr',
            { 'data-theme': t.theme },
            el('th', { scope: 'row' }, link(`/themes/${t.theme}/`, t.label)),
            el('td', { 'data-label': view.a.label }, findingList(t.a)),
            el('td', { 'data-label': view.b.label }, findingList(t.b)),
          ),
        ),
      ),
    );
    root.append(el('div', { class: 'table-wrap', role: 'region', 'aria-label': 'Findings by theme', tabindex: '0' }, table));
  }

  root.append(el('h2', { id: 'indicators' }, 'Context indicators'));
  for (const chart of PAIR_CHARTS) {
    const spec = pairIndicatorChart(data, view, chart, idPrefix);
    const drawn = draw(spec);
    const indicator = data.indicators.find((i) => i.chart === chart)!;
    root.append(buildFigure(doc, spec, { level: 3, ...drawn, sources: indicator.sources, datasets: 'indicators.csv and indicators-derived.csv', version: data.version }));
  }
  return root;
}
