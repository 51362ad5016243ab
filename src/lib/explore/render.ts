import { buildFigure } from '../charts/figure.ts';
import { groupCountChart } from '../charts/count-chart.ts';
import { crossTabChart } from '../charts/cross-tab.ts';
import { indicatorValuesChart } from '../charts/indicator-values.ts';
import type { AnyChart } from '../charts/spec.ts';
import { elementFactory } from '../dom/el.ts';
import { buildTable, tableRegion, type TableColumn } from '../dom/table.ts';
import { formatNumber, plural } from '../format.ts';
import { toCsv } from '../to-csv.ts';
import type { ExplorerData } from './data.ts';
import { FACETS, SORTS, TABLES, type Allowed, type ExploreState, type TableName } from './state.ts';
import { CONTEXT, type ExploreView, type Row } from './view.ts';

/**
 * The explorer's markup, built in any document: at build time (linkedom) for the
 * page as it first opens, and in the browser for every later view, so both are
 * the same HTML. Text is always set as text, never parsed as HTML.
 */

const TABLE_LABELS: Record<TableName, string> = { findings: 'Findings', studies: 'Studies', indicators: 'Context indicators' };
const WHAT: Record<TableName, string> = { findings: 'findings', studies: 'studies', indicators: 'indicator values' };
const ONE: Record<TableName, string> = { findings: 'finding', studies: 'study', indicators: 'indicator value' };
const SORT_LABELS: Record<(typeof SORTS)[number], string> = { count: 'Count or value, largest first', name: 'Name, A to Z' };

/** How to draw a chart here: SVG markup at build time, elements in the browser. */
export type DrawChart = (spec: AnyChart) => { wide: string | Element; narrow: string | Element };

/** Columns of the rows table, per table. */
function rowColumns(table: TableName, data: ExplorerData): TableColumn<Row>[] {
  const sources: TableColumn<Row> = { key: 'sources', label: 'Sources', links: (r) => (r.sources as string[]).map((id) => ({ href: `/sources/#source-${id}`, text: data.sourceNames[id] ?? id })) };
  if (table === 'findings') {
    return [
      { key: 'statement', label: 'Finding', href: (r) => `/findings/${r.id}/` },
      { key: 'study', label: 'Study', href: (r) => `/studies/${r.study_id}/` },
      { key: 'link', label: 'Tie to the study' },
      { key: 'country', label: 'Countries' },
      { key: 'theme', label: 'Themes' },
      { key: 'evidence', label: 'Evidence' },
      sources,
    ];
  }
  if (table === 'studies') {
    return [
      { key: 'title', label: 'Study', href: (r) => `/studies/${r.id}/` },
      { key: 'country', label: 'Countries' },
      { key: 'year', label: 'Year' },
      { key: 'method', label: 'Methods' },
      { key: 'funder', label: 'Funders' },
      { key: 'findings', label: 'Findings', numeric: true },
      sources,
    ];
  }
  return [
    { key: 'country', label: 'Country or city' },
    { key: 'indicator', label: 'Indicator' },
    { key: 'period', label: 'Period' },
    { key: 'value', label: 'Value', numeric: true, format: (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1) },
    { key: 'unit', label: 'Unit' },
    { key: 'confidence', label: 'Confidence' },
    { key: 'comparable', label: 'Comparable across places' },
    sources,
  ];
}

const facetLabel = (table: TableName, key: string) => FACETS[table].find((f) => f.key === key)?.label ?? key;

/** The chart of a view: counts by group, a cross-tabulation, or an indicator's values. */
export function viewChart(state: ExploreState, view: ExploreView): AnyChart {
  const summary = view.summary;
  const id = 'explore-view';
  if (summary.kind === 'values') return indicatorValuesChart(summary.points, { id, indicator: summary.indicator, unit: summary.unit, earlier: summary.earlier });
  const by = facetLabel(state.table, state.group);
  if (summary.kind === 'cross') return crossTabChart(summary.cells, { id, what: WHAT[state.table], rows: summary.rows, columns: summary.columns, by, across: facetLabel(state.table, state.cross!) });
  const extraColumns = summary.context
    ? CONTEXT.map((c) => ({ key: c.key, label: c.label, numeric: true, format: (v: unknown, r: Record<string, unknown>) => (typeof v === 'number' ? `${formatNumber(v, 1)} (${r[`${c.key}_year`]})` : 'not reported') }))
    : [];
  return groupCountChart(summary.groups, {
    id,
    what: WHAT[state.table],
    by,
    sources: [],
    extraColumns: extraColumns as never,
    notes: summary.context ? ['The table beside the chart joins each country’s latest context indicators (from data/indicators.csv), with their year.'] : [],
  });
}

/** The one-line summary the status line reads out. */
export function statusText(state: ExploreState, view: ExploreView): string {
  const n = view.rows.length;
  const active = Object.values(state.filters).flat();
  const years = state.from !== null || state.to !== null ? `, years ${state.from ?? '…'}–${state.to ?? '…'}` : '';
  const selected = `${n} ${n === 1 ? ONE[state.table] : WHAT[state.table]} selected${active.length ? ` (${active.join(', ')})` : ''}${years}`;
  const summary = view.summary;
  if (summary.kind === 'values') return `${selected}: ${summary.indicator}, ${plural(summary.points.length, 'country or city', 'countries or cities')}.`;
  if (summary.kind === 'cross') return `${selected}, by ${facetLabel(state.table, state.group).toLowerCase()} (${summary.rows.length}) and ${facetLabel(state.table, state.cross!).toLowerCase()} (${summary.columns.length}).`;
  return `${selected}, in ${plural(summary.groups.length, 'group')} by ${facetLabel(state.table, state.group).toLowerCase()}.`;
}

/** The view's rows as CSV for a spreadsheet: every column, lists joined with ";". */
export function viewCsv(rows: readonly Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return rows.length ? toCsv(rows, columns, { spreadsheet: true }) : '';
}

/** The view's rows as JSON. */
export function viewJson(rows: readonly Row[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** File names of a view's downloads. */
export const downloadName = (table: TableName, ext: 'csv' | 'json') => `atlas-${table}-view.${ext}`;

/** `<option>`s of a select. */
function options(doc: Document, items: { value: string; label: string }[], selected: string): HTMLOptionElement[] {
  const el = elementFactory(doc);
  return items.map((i) => {
    const option = el('option', { value: i.value }, i.label);
    if (i.value === selected) option.setAttribute('selected', '');
    return option;
  });
}

/** The options of the "Group by", "Cross-tabulate by" and "Indicator" menus for a state. */
export function menuOptions(doc: Document, allowed: Allowed, state: ExploreState): { group: HTMLOptionElement[]; cross: HTMLOptionElement[]; indicator: HTMLOptionElement[] } {
  const facets = FACETS[state.table].map((f) => ({ value: f.key, label: f.label }));
  return {
    group: options(doc, facets, state.group),
    cross: options(doc, [{ value: '', label: 'Nothing' }, ...facets.filter((f) => f.value !== state.group)], state.cross ?? ''),
    indicator: options(doc, allowed.indicators.map((i) => ({ value: i, label: i })), state.indicator),
  };
}

/** One fieldset of checkboxes per facet, each value with the number of rows it would select. */
export function facetFieldsets(doc: Document, state: ExploreState, view: ExploreView): HTMLFieldSetElement[] {
  const el = elementFactory(doc);
  return FACETS[state.table].map(({ key, label }) =>
    el(
      'fieldset',
      {},
      el('legend', {}, label),
      el(
        'ul',
        {},
        ...view.facets[key]!.map(({ value, count }, i) => {
          const box = el('input', { type: 'checkbox', name: key, value, id: `x-${key}-${i}` });
          if (state.filters[key]?.includes(value)) box.setAttribute('checked', '');
          return el('li', {}, box, el('label', { for: box.id }, value, ' ', el('span', { class: 'count', 'data-facet': key, 'data-value': value }, `(${count})`)));
        }),
      ),
    ),
  );
}

/** The explorer's form, its controls set to a state. */
export function renderForm(doc: Document, allowed: Allowed, state: ExploreState, view: ExploreView): HTMLFormElement {
  const el = elementFactory(doc);
  const menus = menuOptions(doc, allowed, state);
  const counts = state.table !== 'indicators';
  const select = (id: string, name: string, label: string, items: HTMLOptionElement[], attrs: Record<string, string> = {}) =>
    el('span', { class: 'explore-control', ...attrs }, el('label', { for: id }, label), el('select', { id, name }, ...items));
  const year = (name: 'from' | 'to', label: string) => {
    const input = el('input', { id: `explore-${name}`, name, type: 'number', min: '1900', max: '2100', inputmode: 'numeric'});
    const value = state[name];
    if (value !== null) input.setAttribute('value', String(value));
    return [el('label', { for: input.id }, label), input];
  };
  return el(
    'form',
    { id: 'explore-form', class: 'explore-form js-only', action: '/explore/', method: 'get' },
    el(
      'div',
      { class: 'explore-row' },
      select('explore-table', 'table', 'Data', options(doc, TABLES.map((t) => ({ value: t, label: TABLE_LABELS[t] })), state.table)),
      select('explore-group', 'group', 'Group by', menus.group, counts ? {} : { hidden: '' }),
      select('explore-cross', 'cross', 'Cross-tabulate by', menus.cross, counts ? {} : { hidden: '' }),
      select('explore-indicator', 'indicator', 'Indicator', menus.indicator, counts ? { hidden: '' } : {}),
      select('explore-sort', 'sort', 'Sort', options(doc, SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] })), state.sort)),
    ),
    el('fieldset', { class: 'explore-years' }, el('legend', {}, 'Years: study start or publication, indicator period (1900–2100)'), ...year('from', 'From'), ...year('to', 'To')),
    el('details', { class: 'filters', open: '' }, el('summary', {}, 'Filters'), el('div', { id: 'explore-facets', class: 'filter-groups' }, ...facetFieldsets(doc, state, view)), el('p', {}, el('button', { type: 'button', id: 'explore-clear', class: 'secondary' }, 'Clear filters'))),
  );
}

/**
 * Rows the table shows at most. All 306 findings as a table made the page slow to lay out on a
 * phone (Lighthouse: 0.9 s of blocked main thread; 0.2 s with 100 rows); the chart counts every row, the downloads hold
 * them all, and /findings/ lists every finding.
 */
export const TABLE_ROWS = 50;

/** What a view shows below the form: downloads, the chart, the selected rows. */
export function renderResults(doc: Document, data: ExplorerData, state: ExploreState, view: ExploreView, draw: DrawChart, downloads: { csv: string; json: string }): HTMLElement[] {
  const el = elementFactory(doc);
  const spec = viewChart(state, view);
  const figure = buildFigure(doc, spec, { level: 2, ...draw(spec), sources: [], datasets: 'the explorer’s selection', version: data.version });
  const n = view.rows.length;
  const caption = n > TABLE_ROWS ? `Selected ${WHAT[state.table]} (${n}): the first ${TABLE_ROWS} are shown; the CSV and JSON downloads hold all ${n}` : `Selected ${WHAT[state.table]} (${n})`;
  const table = buildTable(doc, view.rows.slice(0, TABLE_ROWS), rowColumns(state.table, data), caption);
  return [
    el(
      'p',
      { class: 'explore-downloads' },
      'Download this view: ',
      el('a', { id: 'explore-csv', href: downloads.csv, download: downloadName(state.table, 'csv') }, 'CSV'),
      ', ',
      el('a', { id: 'explore-json', href: downloads.json, download: downloadName(state.table, 'json') }, 'JSON'),
    ),
    figure,
    tableRegion(doc, table, 'Selected rows', { id: 'explore-table-wrap' }),
  ];
}
