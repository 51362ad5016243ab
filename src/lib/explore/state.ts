/**
 * The explorer's whole state, kept in its URL so a view can be shared and
 * back/forward work. Pure: parsed against the values the data actually has,
 * so unknown or hostile parameters are dropped (and reported), never echoed.
 */
export const TABLES = ['findings', 'studies', 'indicators'] as const;
export type TableName = (typeof TABLES)[number];

/** Facets each table can be filtered by, in display order, with labels. Findings and studies can also be grouped and cross-tabulated by them. */
export const FACETS: Record<TableName, { key: string; label: string }[]> = {
  findings: [
    { key: 'country', label: 'Country' },
    { key: 'regime', label: 'Welfare regime' },
    { key: 'theme', label: 'Theme' },
    { key: 'sector', label: 'Sector' },
    { key: 'evidence', label: 'Evidence type' },
    { key: 'link', label: 'Tie to the study' },
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
  ],
};

export const SORTS = ['count', 'name'] as const;

export interface ExploreState {
  table: TableName;
  filters: Record<string, string[]>;
  from: number | null;
  to: number | null;
  /** Findings and studies: the facet the rows are grouped by. */
  group: string;
  /** Findings and studies: a second facet for a cross-tabulation (group × cross), or none. */
  cross: string | null;
  /** Context indicators: the one indicator whose values are charted by country. */
  indicator: string;
  /** Groups (or countries) by count (or value), largest first, or by name. */
  sort: (typeof SORTS)[number];
}

export const DEFAULT_GROUP: Record<TableName, string> = { findings: 'theme', studies: 'country', indicators: 'country' };

/** The values the URL may name: per table, per facet, and the indicators. */
export interface Allowed {
  facets: Record<TableName, Record<string, readonly string[]>>;
  indicators: readonly string[];
  /** The indicator a bare ?table=indicators shows. */
  defaultIndicator: string;
}

/** The state of the explorer's address without parameters: every finding, grouped by theme. */
export function defaultState(allowed: Pick<Allowed, 'defaultIndicator'>, table: TableName = 'findings'): ExploreState {
  return { table, filters: {}, from: null, to: null, group: DEFAULT_GROUP[table], cross: null, indicator: allowed.defaultIndicator, sort: 'count' };
}

const STRUCTURE = ['table', 'from', 'to', 'group', 'cross', 'indicator', 'sort'];

/** Parse ?table=…&theme=…&from=…&to=…&group=…&cross=…&indicator=…&sort=… against the allowed values. */
export function parseExploreState(search: string, allowed: Allowed): { state: ExploreState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const tableParam = params.get('table');
  const table = (TABLES as readonly string[]).includes(tableParam ?? '') ? (tableParam as TableName) : 'findings';
  if (tableParam !== null && table !== tableParam) ignored.push('table');
  const state = defaultState(allowed, table);
  const facets = FACETS[table].map((f) => f.key);
  const groupable = table === 'indicators' ? [] : facets;
  const year = (key: 'from' | 'to') => {
    const raw = params.get(key);
    if (raw === null || raw === '') return null;
    if (/^\d{4}$/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2100) return Number(raw);
    ignored.push(key);
    return null;
  };
  for (const [key, value] of params) {
    if (STRUCTURE.includes(key)) continue;
    if (facets.includes(key) && allowed.facets[table][key]?.includes(value)) {
      state.filters[key] ??= [];
      if (!state.filters[key].includes(value)) state.filters[key].push(value);
    } else ignored.push(key);
  }
  const pick = <T extends string | null>(key: string, options: readonly string[], fallback: T): T => {
    const raw = params.get(key);
    if (raw === null) return fallback;
    if (options.includes(raw)) return raw as T;
    ignored.push(key);
    return fallback;
  };
  state.group = pick('group', groupable, state.group);
  state.cross = pick('cross', groupable.filter((f) => f !== state.group), null);
  state.indicator = table === 'indicators' ? pick('indicator', allowed.indicators, state.indicator) : pick('indicator', [], state.indicator);
  state.sort = pick('sort', SORTS, state.sort);
  let from = year('from');
  let to = year('to');
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  Object.assign(state, { from, to });
  return { state, ignored: [...new Set(ignored)] };
}

/** The query string of a state, in a stable order; defaults are left out. */
export function formatExploreState(state: ExploreState, allowed: Pick<Allowed, 'defaultIndicator'>): string {
  const params = new URLSearchParams();
  if (state.table !== 'findings') params.set('table', state.table);
  for (const { key } of FACETS[state.table]) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.table === 'indicators') {
    if (state.indicator !== allowed.defaultIndicator) params.set('indicator', state.indicator);
  } else {
    if (state.group !== DEFAULT_GROUP[state.table]) params.set('group', state.group);
    if (state.cross) params.set('cross', state.cross);
  }
  if (state.sort !== 'count') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}
