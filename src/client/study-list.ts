/**
 * /studies/: filter and sort the static table in the browser. Without JavaScript the table is
 * complete and the filter form stays hidden (CSS: .js-only); with it, the form is there from the first paint (no layout shift), and the view is kept in
 * the URL so it can be shared.
 */
import { compareRecords, FACETS, listParams, matches, parseListState, type Facet, type ListRecord, type ListState } from '../lib/study-list/state.ts';

const split = (v: string | undefined) => (v ? v.split(' ').filter(Boolean) : []);
const num = (v: string | undefined) => (v ? Number(v) : undefined);

function recordOf(tr: HTMLTableRowElement): ListRecord {
  const d = tr.dataset;
  return {
    id: d.study ?? '',
    title: tr.querySelector('th')?.textContent?.trim() ?? '',
    countries: split(d.country),
    type: d.type ?? '',
    sectors: split(d.sector),
    funders: split(d.funder),
    langs: split(d.lang),
    start: num(d.start),
    end: num(d.end),
    eur: num(d.eur),
    findings: Number(d.findings ?? 0),
  };
}

const SORT_COLUMN: Record<ListState['sort'], number> = { title: 0, start: 3, eur: 5, findings: 8 };

export function enhanceStudyList(doc: Document): void {
  const form = doc.getElementById('study-filters') as HTMLFormElement | null;
  const tbody = doc.querySelector<HTMLTableSectionElement>('table[data-studies-table] tbody');
  const count = doc.getElementById('study-count');
  const notice = doc.getElementById('study-notice');
  if (!form || !tbody || !count) return;
  const rows = [...tbody.rows].map((tr) => ({ tr, r: recordOf(tr) }));
  const known = Object.fromEntries(FACETS.map((f) => [f, new Set(rows.flatMap(({ r }) => (f === 'country' ? r.countries : f === 'type' ? [r.type] : f === 'sector' ? r.sectors : f === 'funder' ? r.funders : r.langs)))])) as Record<Facet, Set<string>>;
  const headers = [...(tbody.parentElement as HTMLTableElement).tHead!.rows[0]!.cells];

  const fromForm = (): ListState => {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === 'string' && v !== '') params.append(k, v);
    return parseListState(params, known).state;
  };
  const toForm = (state: ListState) => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) input.checked = state.filters[input.name as Facet]?.includes(input.value) ?? false;
    (form.elements.namedItem('funder') as HTMLSelectElement).value = state.filters.funder[0] ?? '';
    (form.elements.namedItem('from') as HTMLInputElement).value = state.from === undefined ? '' : String(state.from);
    (form.elements.namedItem('to') as HTMLInputElement).value = state.to === undefined ? '' : String(state.to);
    (form.elements.namedItem('sort') as HTMLSelectElement).value = `${state.sort}${state.desc ? '-desc' : ''}`;
  };

  const render = (state: ListState) => {
    const shown = rows.filter(({ r }) => matches(r, state)).sort((a, b) => compareRecords(a.r, b.r, state));
    const visible = new Set(shown.map((x) => x.r.id));
    for (const { tr, r } of rows) tr.hidden = !visible.has(r.id);
    tbody.append(...shown.map((x) => x.tr));
    count.textContent = shown.length === rows.length ? `${rows.length} studies.` : `Showing ${shown.length} of ${rows.length} studies.`;
    // Counts: how many studies each value would show, with the other facets' filters applied.
    for (const facet of FACETS) {
      const others = { ...state, filters: { ...state.filters, [facet]: [] } };
      const base = rows.filter(({ r }) => matches(r, others));
      for (const label of form.querySelectorAll<HTMLLabelElement>(`fieldset[data-facet="${facet}"] label`)) {
        const input = label.querySelector('input');
        const span = label.querySelector('.count');
        if (!input || !span) continue;
        const n = base.filter(({ r }) => matches(r, { ...others, filters: { ...others.filters, [facet]: [input.value] } })).length;
        span.textContent = `(${n})`;
      }
    }
    headers.forEach((th, i) => (i === SORT_COLUMN[state.sort] ? th.setAttribute('aria-sort', state.desc ? 'descending' : 'ascending') : th.removeAttribute('aria-sort')));
  };

  const params = new URLSearchParams(location.search);
  const { state, ignored } = parseListState(params, known);
  if (ignored && notice) {
    notice.textContent = `Ignored ${ignored} part${ignored === 1 ? '' : 's'} of the address that this list does not know.`;
    notice.hidden = false;
  }
  toForm(state);
  render(state);
  form.hidden = false;
  form.addEventListener('change', () => {
    const next = fromForm();
    render(next);
    const query = listParams(next).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => {
    setTimeout(() => form.dispatchEvent(new Event('change')));
  });
}
