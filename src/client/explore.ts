import { chartSvg } from '../lib/charts/plot-svg.ts';
import { ignoredNotice } from '../lib/url-notice.ts';
import { installClosureCompiler } from '../lib/explore/arquero-without-eval.ts';
import type { ExplorerData } from '../lib/explore/data.ts';
import { facetFieldsets, menuOptions, renderResults, statusText, viewCsv, viewJson, type DrawChart } from '../lib/explore/render.ts';
import { defaultState, formatExploreState, parseExploreState, SORTS, TABLES, type ExploreState, type TableName } from '../lib/explore/state.ts';
import { allowedValues, exploreView, prepare, type ExploreView } from '../lib/explore/view.ts';

/** Charts in the browser: both widths, as the build draws them; CSS shows the one that fits. */
const draw: DrawChart = (spec) => ({ wide: chartSvg(spec, 'wide', document), narrow: chartSvg(spec, 'narrow', document) });

/**
 * The explorer: Arquero joins, filters, groups and counts in the browser with the
 * same functions the build used for the first view; the URL holds the whole state.
 * `from` says why it started: a shared address to draw, or a reader using the form.
 */
export async function startExplorer(from: 'address' | 'form'): Promise<void> {
  // Arquero without `new Function`, so the page keeps its strict Content-Security-Policy.
  installClosureCompiler();
  const form = document.querySelector<HTMLFormElement>('#explore-form')!;
  const field = <T extends HTMLElement>(selector: string) => form.querySelector<T>(selector)!;
  const tableSelect = field<HTMLSelectElement>('#explore-table');
  const groupSelect = field<HTMLSelectElement>('#explore-group');
  const crossSelect = field<HTMLSelectElement>('#explore-cross');
  const indicatorSelect = field<HTMLSelectElement>('#explore-indicator');
  const sortSelect = field<HTMLSelectElement>('#explore-sort');
  const fromInput = field<HTMLInputElement>('#explore-from');
  const toInput = field<HTMLInputElement>('#explore-to');
  const facetsBox = field<HTMLElement>('#explore-facets');
  const status = document.querySelector<HTMLElement>('#explore-status')!;
  const notice = document.querySelector<HTMLElement>('#explore-notice')!;
  const results = document.querySelector<HTMLElement>('#explore-results')!;

  const data = (await (await fetch('/explore/data.json')).json()) as ExplorerData;
  const prepared = prepare(data);
  const allowed = allowedValues(data, prepared);
  /** What the page shows now: the build's first view until the first render here. */
  let shown: ExploreState = defaultState(allowed);

  const readForm = (): ExploreState => {
    const table = (TABLES as readonly string[]).includes(tableSelect.value) ? (tableSelect.value as TableName) : 'findings';
    if (table !== shown.table) return defaultState(allowed, table);
    const filters: Record<string, string[]> = {};
    for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (filters[box.name] ??= []).push(box.value);
    const year = (input: HTMLInputElement) => (/^\d{4}$/.test(input.value) ? Number(input.value) : null);
    // The form's own values go through the URL parser, so the form and the address accept the same states.
    const state: ExploreState = { ...shown, filters, from: year(fromInput), to: year(toInput), group: groupSelect.value, cross: crossSelect.value || null, indicator: indicatorSelect.value, sort: (SORTS as readonly string[]).includes(sortSelect.value) ? (sortSelect.value as ExploreState['sort']) : 'count' };
    if (state.cross === state.group) state.cross = null;
    return parseExploreState(formatExploreState(state, allowed), allowed).state;
  };

  /** Set every control to a state: menus and filters are rebuilt, since they differ by table. */
  const setControls = (state: ExploreState, view: ExploreView) => {
    tableSelect.value = state.table;
    const menus = menuOptions(document, allowed, state);
    groupSelect.replaceChildren(...menus.group);
    crossSelect.replaceChildren(...menus.cross);
    indicatorSelect.replaceChildren(...menus.indicator);
    groupSelect.value = state.group;
    crossSelect.value = state.cross ?? '';
    indicatorSelect.value = state.indicator;
    sortSelect.value = state.sort;
    const counts = state.table !== 'indicators';
    groupSelect.parentElement!.hidden = !counts;
    crossSelect.parentElement!.hidden = !counts;
    indicatorSelect.parentElement!.hidden = counts;
    fromInput.value = state.from === null ? '' : String(state.from);
    toInput.value = state.to === null ? '' : String(state.to);
    facetsBox.replaceChildren(...facetFieldsets(document, state, view));
  };

  /** Update the numbers beside the filter values without touching the checkboxes (focus stays where it is). */
  const setCounts = (view: ExploreView) => {
    for (const span of facetsBox.querySelectorAll<HTMLElement>('span.count')) {
      const count = view.facets[span.dataset.facet ?? '']?.find((f) => f.value === span.dataset.value)?.count ?? 0;
      span.textContent = `(${count})`;
    }
  };

  const urls: string[] = [];
  const render = (state: ExploreState, controls: boolean) => {
    const view = exploreView(prepared, allowed, state);
    if (controls) setControls(state, view);
    else setCounts(view);
    for (const url of urls.splice(0)) URL.revokeObjectURL(url);
    const blob = (text: string, type: string) => {
      const url = URL.createObjectURL(new Blob([text], { type }));
      urls.push(url);
      return url;
    };
    // The results are replaced in one step, so nothing already on screen moves while they change.
    results.replaceChildren(...renderResults(document, data, state, view, draw, { csv: blob(viewCsv(view.rows), 'text/csv'), json: blob(viewJson(view.rows), 'application/json') }));
    status.textContent = statusText(state, view);
    shown = state;
  };

  const same = (a: ExploreState, b: ExploreState) => formatExploreState(a, allowed) === formatExploreState(b, allowed) && a.table === b.table;
  const update = () => {
    const state = readForm();
    if (same(state, shown)) return;
    // A new table, grouping or cross-tabulation changes which menus and filters apply.
    const controls = state.table !== shown.table || state.group !== shown.group;
    history.pushState(null, '', `${location.pathname}${formatExploreState(state, allowed)}`);
    render(state, controls);
  };

  const fromAddress = () => {
    const { state, ignored } = parseExploreState(location.search, allowed);
    notice.hidden = !ignored.length;
    notice.textContent = ignored.length ? ignoredNotice(ignored) : '';
    render(state, true);
  };

  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  field('#explore-clear').addEventListener('click', () => {
    for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    fromInput.value = '';
    toInput.value = '';
    update();
  });
  window.addEventListener('popstate', fromAddress);
  if (from === 'address') fromAddress();
  else update();
}
