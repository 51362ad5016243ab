import { buildFigure } from '../charts/figure.ts';
import type { AnyChart } from '../charts/spec.ts';
import { elementFactory } from '../dom/el.ts';
import { pairCharts } from './charts.ts';
import type { CompareData, PairView, SideView } from './pair.ts';
import { appendMarked, termMatcher } from '../terms.ts';

/** How to draw a chart: its wide and narrow SVG, where its CSV and its citation are. */
export type DrawChart = (spec: AnyChart) => { wide: string | Element; narrow?: string | Element; csvHref?: string; citeHref?: string; svgHref?: string };

/**
 * Render a comparison as DOM (a server DOM at build time, for the static pair
 * pages): the two sides, their findings by theme, and indicator charts.
 */
export function renderPair(doc: Document, data: CompareData, view: PairView, draw: DrawChart, idPrefix: string): HTMLElement {
  const el = elementFactory(doc);
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
  root.append(el('h2', { id: 'sides' }, 'Studies on each side'));
  if (view.overlap) root.append(el('p', { class: 'note' }, view.overlap));
  root.append(el('div', { class: 'side-by-side' }, sideCard(view.a), sideCard(view.b)));

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
  for (const spec of pairCharts(data, view, idPrefix)) {
    const sources = spec.sources.map((id) => data.indicators.flatMap((i) => i.sources).find((s) => s.id === id)!);
    root.append(buildFigure(doc, spec, { level: 3, ...draw(spec), sources, datasets: 'indicators.csv and indicators-derived.csv', version: data.version }));
  }
  return root;
}
