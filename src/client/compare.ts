import * as Plot from '@observablehq/plot';
import { figureIds } from '../lib/charts/figure.ts';
import { decorateSvg } from '../lib/charts/svg.ts';
import { comparePair, pairPath, type CompareData } from '../lib/compare/pair.ts';
import { readPair } from './compare-state.ts';
import { renderPair } from '../lib/compare/render-pair.ts';

/** The compare tool: redraw the chosen comparison with the same builders as the static pages, keep it in the URL. */
export async function startCompare(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#compare-form')!;
  const selectA = form.querySelector<HTMLSelectElement>('select[name="a"]')!;
  const selectB = form.querySelector<HTMLSelectElement>('select[name="b"]')!;
  const status = document.querySelector<HTMLElement>('#compare-status')!;
  const notice = document.querySelector<HTMLElement>('#compare-notice')!;
  const target = document.querySelector<HTMLElement>('#compare-view')!;

  const initial = readPair(location.search);
  if (initial.a) selectA.value = initial.a;
  if (initial.b) selectB.value = initial.b;
  if (initial.ignored.length) {
    notice.hidden = false;
    notice.textContent = `Ignored ${initial.ignored.length} unknown part${initial.ignored.length === 1 ? '' : 's'} of the address (${[...new Set(initial.ignored)].join(', ')}).`;
  }

  status.textContent = 'Loading the data…';
  const response = await fetch('/compare/data.json');
  const data = (await response.json()) as CompareData;

  const draw = () => {
    const a = selectA.value;
    const b = selectB.value;
    if (a === b) {
      target.replaceChildren();
      status.textContent = 'Choose two different countries or regimes.';
      return;
    }
    const view = comparePair(data, a, b);
    const node = renderPair(
      document,
      data,
      view,
      (spec) => {
        const ids = figureIds(spec.id);
        const svg = decorateSvg(Plot.plot(spec.plot(document.documentElement.clientWidth < 640 ? 'narrow' : 'wide')) as unknown as Element, { labelledBy: ids.title, describedBy: ids.desc });
        const path = pairPath(a, b);
        return { wide: svg, csvHref: path ? `/charts/${spec.id.replace(/^tool-/, 'compare-')}.csv` : undefined };
      },
      pairPath(a, b) ? `tool-${pairPath(a, b)!.split('/')[2]}` : `tool-${a}-${b}`,
    );
    const heading = document.createElement('h2');
    heading.id = 'comparison';
    heading.textContent = `${view.a.label} and ${view.b.label}`;
    const permalink = pairPath(a, b);
    const intro = document.createElement('p');
    if (permalink) {
      intro.append('Static page of this comparison: ', Object.assign(document.createElement('a'), { href: permalink, textContent: permalink }), '.');
    }
    // The view's own h2s sit under the comparison's heading.
    for (const h of node.querySelectorAll('h2')) {
      const h3 = document.createElement('h3');
      h3.id = h.id;
      h3.textContent = h.textContent;
      h.replaceWith(h3);
    }
    for (const h of node.querySelectorAll('figure h3, section h3')) {
      const h4 = document.createElement('h4');
      for (const attr of h.getAttributeNames()) h4.setAttribute(attr, h.getAttribute(attr)!);
      h4.textContent = h.textContent;
      h.replaceWith(h4);
    }
    target.replaceChildren(heading, intro, node);
    status.textContent = `Showing ${view.a.label} and ${view.b.label}.`;
  };

  const update = () => {
    history.pushState(null, '', `?a=${encodeURIComponent(selectA.value)}&b=${encodeURIComponent(selectB.value)}`);
    draw();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  selectA.addEventListener('change', update);
  selectB.addEventListener('change', update);
  window.addEventListener('popstate', () => {
    const state = readPair(location.search);
    if (state.a) selectA.value = state.a;
    if (state.b) selectB.value = state.b;
    draw();
  });
  draw();
}
