import * as Plot from '@observablehq/plot';
import { buildFigure, figureIds } from '../lib/charts/figure.ts';
import { groupCountChart } from '../lib/charts/count-chart.ts';
import { decorateSvg } from '../lib/charts/svg.ts';
import type { ExplorerData } from '../lib/explore/data.ts';
import { DEFAULT_GROUP, FACETS, TABLES, formatExploreState, parseExploreState, type ExploreState, type TableName } from '../lib/explore/state.ts';
import { applyView, facetValues, viewCsv } from '../lib/explore/transforms.ts';

/** Columns of the rows table, per table. */
const COLUMNS: Record<TableName, { key: string; label: string; href?: (r: Record<string, unknown>) => string }[]> = {
  findings: [
    { key: 'statement', label: 'Finding', href: (r) => `/findings/${r.id}/` },
    { key: 'study', label: 'Study', href: (r) => `/studies/${r.study_id}/` },
    { key: 'country', label: 'Countries' },
    { key: 'theme', label: 'Themes' },
    { key: 'evidence', label: 'Evidence' },
    { key: 'sources', label: 'Sources' },
  ],
  studies: [
    { key: 'title', label: 'Study', href: (r) => `/studies/${r.id}/` },
    { key: 'country', label: 'Countries' },
    { key: 'year', label: 'Year' },
    { key: 'method', label: 'Methods' },
    { key: 'funder', label: 'Funders' },
    { key: 'findings', label: 'Findings' },
    { key: 'sources', label: 'Sources' },
  ],
  indicators: [
    { key: 'indicator', label: 'Indicator' },
    { key: 'country', label: 'Country or city' },
    { key: 'period', label: 'Period' },
    { key: 'value', label: 'Value' },
    { key: 'unit', label: 'Unit' },
    { key: 'confidence', label: 'Confidence' },
    { key: 'comparable', label: 'Comparable across places' },
    { key: 'sources', label: 'Sources' },
  ],
};

const WHAT: Record<TableName, string> = { findings: 'findings', studies: 'studies', indicators: 'indicator values' };
const ONE: Record<TableName, string> = { findings: 'finding', studies: 'study', indicators: 'indicator value' };

const text = (v: unknown) => (Array.isArray(v) ? v.join('; ') : v === null || v === undefined ? '' : String(v));

/** The explorer: Arquero filters and counts in the browser, the URL holds the whole state. */
export async function startExplorer(): Promise<void> {
  const root = document.querySelector<HTMLElement>('#explorer')!;
  const form = document.querySelector<HTMLFormElement>('#explore-form')!;
  const tableSelect = form.querySelector<HTMLSelectElement>('#explore-table')!;
  const groupSelect = form.querySelector<HTMLSelectElement>('#explore-group')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('#explore-sort')!;
  const fromInput = form.querySelector<HTMLInputElement>('#explore-from')!;
  const toInput = form.querySelector<HTMLInputElement>('#explore-to')!;
  const facetsBox = document.querySelector<HTMLElement>('#explore-facets')!;
  const status = document.querySelector<HTMLElement>('#explore-status')!;
  const notice = document.querySelector<HTMLElement>('#explore-notice')!;
  const chartBox = document.querySelector<HTMLElement>('#explore-chart')!;
  const tableWrap = document.querySelector<HTMLElement>('#explore-table-wrap')!;
  const csvLink = document.querySelector<HTMLAnchorElement>('#explore-csv')!;
  const jsonLink = document.querySelector<HTMLAnchorElement>('#explore-json')!;

  const data = (await (await fetch('/explore/data.json')).json()) as ExplorerData;
  const allowed = Object.fromEntries(TABLES.map((t) => [t, facetValues(data[t] as never, FACETS[t].map((f) => f.key))])) as Record<TableName, Record<string, string[]>>;
  root.hidden = false;
  document.querySelector<HTMLElement>('#explore-static')!.hidden = true;

  /** Build the filter checkboxes and group options of a table. */
  const buildControls = (table: TableName) => {
    facetsBox.replaceChildren(
      ...FACETS[table].map(({ key, label }) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = label;
        const list = document.createElement('ul');
        allowed[table][key]!.forEach((value, i) => {
          const li = document.createElement('li');
          const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: key, value, id: `x-${key}-${i}` });
          const lab = Object.assign(document.createElement('label'), { htmlFor: box.id, textContent: value });
          li.append(box, lab);
          list.append(li);
        });
        fieldset.append(legend, list);
        return fieldset;
      }),
    );
    groupSelect.replaceChildren(...FACETS[table].map(({ key, label }) => Object.assign(document.createElement('option'), { value: key, textContent: label })));
  };

  const readForm = (): ExploreState => {
    const table = tableSelect.value as TableName;
    const filters: Record<string, string[]> = {};
    for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (filters[box.name] ??= []).push(box.value);
    const year = (input: HTMLInputElement) => (/^\d{4}$/.test(input.value) ? Number(input.value) : null);
    return { table, filters, from: year(fromInput), to: year(toInput), group: groupSelect.value || DEFAULT_GROUP[table], sort: sortSelect.value as ExploreState['sort'] };
  };

  const applyToForm = (state: ExploreState) => {
    tableSelect.value = state.table;
    buildControls(state.table);
    for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    fromInput.value = state.from === null ? '' : String(state.from);
    toInput.value = state.to === null ? '' : String(state.to);
    groupSelect.value = state.group;
    sortSelect.value = state.sort;
  };

  let csvUrl: string | undefined;
  let jsonUrl: string | undefined;
  const render = (state: ExploreState) => {
    const { rows, groups } = applyView(data, state);
    const by = FACETS[state.table].find((f) => f.key === state.group)!.label;
    const active = Object.values(state.filters).flat();
    const years = state.from !== null || state.to !== null ? `, years ${state.from ?? '…'}–${state.to ?? '…'}` : '';
    status.textContent = `${rows.length} ${rows.length === 1 ? ONE[state.table] : WHAT[state.table]} selected${active.length ? ` (${active.join(', ')})` : ''}${years}, in ${groups.length} group${groups.length === 1 ? '' : 's'} by ${by.toLowerCase()}.`;

    const spec = groupCountChart(groups, { id: 'explore-view', what: WHAT[state.table], by, sources: [] });
    const ids = figureIds(spec.id);
    const width = document.documentElement.clientWidth < 640 ? 'narrow' : 'wide';
    const svg = groups.length ? decorateSvg(Plot.plot(spec.plot(width)) as unknown as Element, { labelledBy: ids.title, describedBy: ids.desc }) : document.createElement('div');
    chartBox.replaceChildren(buildFigure(document, spec, { level: 2, wide: svg, sources: [], datasets: 'the explorer’s selection', version: data.version }));

    const table = document.createElement('table');
    const caption = document.createElement('caption');
    caption.textContent = `Selected ${WHAT[state.table]} (${rows.length})`;
    const head = document.createElement('thead');
    const headRow = document.createElement('tr');
    for (const c of COLUMNS[state.table]) headRow.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: c.label }));
    head.append(headRow);
    const body = document.createElement('tbody');
    for (const r of rows) {
      const tr = document.createElement('tr');
      COLUMNS[state.table].forEach((c, i) => {
        const cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) cell.setAttribute('scope', 'row');
        if (c.key === 'sources') {
          (r.sources as string[]).forEach((id, j) => {
            if (j) cell.append('; ');
            cell.append(Object.assign(document.createElement('a'), { href: `/sources/#source-${id}`, textContent: data.sourceNames[id] ?? id }));
          });
        } else {
          const value = text(r[c.key]);
          cell.append(c.href ? Object.assign(document.createElement('a'), { href: c.href(r), textContent: value }) : document.createTextNode(value));
        }
        tr.append(cell);
      });
      body.append(tr);
    }
    table.append(caption, head, body);
    tableWrap.replaceChildren(table);

    if (csvUrl) URL.revokeObjectURL(csvUrl);
    if (jsonUrl) URL.revokeObjectURL(jsonUrl);
    csvUrl = URL.createObjectURL(new Blob([viewCsv(rows)], { type: 'text/csv' }));
    jsonUrl = URL.createObjectURL(new Blob([`${JSON.stringify(rows, null, 2)}\n`], { type: 'application/json' }));
    csvLink.href = csvUrl;
    jsonLink.href = jsonUrl;
    csvLink.download = `atlas-${state.table}-view.csv`;
    jsonLink.download = `atlas-${state.table}-view.json`;
  };

  const initial = parseExploreState(location.search, allowed);
  applyToForm(initial.state);
  if (initial.ignored.length) {
    notice.hidden = false;
    notice.textContent = `Ignored ${initial.ignored.length} unknown part${initial.ignored.length === 1 ? '' : 's'} of the address (${initial.ignored.join(', ')}).`;
  }
  render(initial.state);

  const update = () => {
    const state = readForm();
    history.pushState(null, '', `${location.pathname}${formatExploreState(state)}`);
    render(state);
  };
  tableSelect.addEventListener('change', () => {
    const table = tableSelect.value as TableName;
    applyToForm({ table, filters: {}, from: null, to: null, group: DEFAULT_GROUP[table], sort: 'count' });
    update();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== tableSelect) update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  document.querySelector('#explore-clear')!.addEventListener('click', () => {
    for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    fromInput.value = '';
    toInput.value = '';
    update();
  });
  window.addEventListener('popstate', () => {
    const { state } = parseExploreState(location.search, allowed);
    applyToForm(state);
    render(state);
  });
}
