/**
 * The explorer's whole state, kept in its URL so a view can be shared and
 * back/forward work. Pure: parsed against the values the data actually has,
 * so unknown or hostile parameters are dropped (and reported), never echoed.
 */
export const TABLES = ['findings', 'studies', 'indicators'] as const;
export type TableName = (typeof TABLES)[number];

/** Facets each table can be filtered and grouped by, in display order, with labels. */
export const FACETS: Record<TableName, { key: string; label: string }[]> = {
  findings: [
    { key: 'country', label: 'Country' },
    { key: 'regime', label: 'Welfare regime' },
    { key: 'theme', label: 'Theme' },
    { key: 'sector', label: 'Sector' },
    { key: 'evidence', label: 'Evidence type' },
    { key: 'method', label: 'Method' },
    { key: 'funder', label: 'Funder' },
    { key: 'funder_type', label: 'Funder type' },
    { key: 'sdg', label: 'SDG target' },
  ],
  studies: [
    { key: 'country', label: 'Country' },
    { key: 'regime', label: 'Welfare regime' },
    { key: 'theme', label: 'Theme' },
    { key: 'sector', label: 'Sector' },
    { key: 'method', label: 'Method' },
    { key: 'funder', label: 'Funder' },
    { key: 'funder_type', label: 'Funder type' },
    { key: 'sdg', label: 'SDG target' },
  ],
  indicators: [
    { key: 'country', label: 'Country or city' },
    { key: 'regime', label: 'Welfare regime' },
    { key: 'indicator', label: 'Indicator' },
  ],
};

export const SORTS = ['count', 'name'] as const;

export interface ExploreState {
  table: TableName;
  filters: Record<string, string[]>;
  from: number | null;
  to: number | null;
  group: string;
  sort: (typeof SORTS)[number];
}

export const DEFAULT_GROUP: Record<TableName, string> = { findings: 'theme', studies: 'country', indicators: 'indicator' };

/** Parse ?table=…&theme=…&from=…&to=…&group=…&sort=… against the allowed values of each facet. */
export function parseExploreState(search: string, allowed: Record<TableName, Record<string, readonly string[]>>): { state: ExploreState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const tableParam = params.get('table');
  const table = (TABLES as readonly string[]).includes(tableParam ?? '') ? (tableParam as TableName) : 'findings';
  if (tableParam !== null && table !== tableParam) ignored.push('table');
  const facets = FACETS[table].map((f) => f.key);
  const year = (key: 'from' | 'to') => {
    const raw = params.get(key);
    if (raw === null || raw === '') return null;
    if (/^\d{4}$/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2100) return Number(raw);
    ignored.push(key);
    return null;
  };
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (['table', 'from', 'to', 'group', 'sort'].includes(key)) continue;
    if (facets.includes(key) && allowed[table][key]?.includes(value)) {
      filters[key] ??= [];
      if (!filters[key].includes(value)) filters[key].push(value);
    } else ignored.push(key);
  }
  const groupParam = params.get('group');
  const group = groupParam !== null && facets.includes(groupParam) ? groupParam : DEFAULT_GROUP[table];
  if (groupParam !== null && group !== groupParam) ignored.push('group');
  const sortParam = params.get('sort');
  const sort = (SORTS as readonly string[]).includes(sortParam ?? '') ? (sortParam as ExploreState['sort']) : 'count';
  if (sortParam !== null && sort !== sortParam) ignored.push('sort');
  let from = year('from');
  let to = year('to');
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return { state: { table, filters, from, to, group, sort }, ignored: [...new Set(ignored)] };
}

/** The query string of a state, in a stable order; defaults are left out. */
export function formatExploreState(state: ExploreState): string {
  const params = new URLSearchParams();
  if (state.table !== 'findings') params.set('table', state.table);
  for (const { key } of FACETS[state.table]) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.group !== DEFAULT_GROUP[state.table]) params.set('group', state.group);
  if (state.sort !== 'count') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}
