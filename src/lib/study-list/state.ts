/*
 * The /studies/ list's filters and sort, as pure functions over plain records: the page renders
 * every study with these fields as data- attributes, and the browser filters and sorts them.
 * The state lives in the URL (?country=SE&type=report&sort=start-desc), so a view can be shared.
 */

/** What the list filters and sorts on, per study. */
export interface ListRecord {
  id: string;
  title: string;
  countries: string[];
  type: string;
  sectors: string[];
  funders: string[];
  langs: string[];
  /** First year of the study (its start, or its publication year); undefined when not reported. */
  start?: number;
  end?: number;
  /** Amount in euro, for sorting; undefined when there is none. */
  eur?: number;
  findings: number;
}

export const FACETS = ['country', 'type', 'sector', 'funder', 'lang'] as const;
export type Facet = (typeof FACETS)[number];

export const SORTS = ['title', 'start', 'eur', 'findings'] as const;
export type SortKey = (typeof SORTS)[number];

export interface ListState {
  filters: Record<Facet, string[]>;
  from?: number;
  to?: number;
  sort: SortKey;
  desc: boolean;
}

const valuesOf = (r: ListRecord, facet: Facet): string[] =>
  facet === 'country' ? r.countries : facet === 'type' ? [r.type] : facet === 'sector' ? r.sectors : facet === 'funder' ? r.funders : r.langs;

const year = (text: string | null) => (text && /^\d{4}$/.test(text) ? Number(text) : undefined);

/**
 * Read the state from URL parameters, keeping only values the list knows; unknown or hostile
 * parameters are counted, never echoed.
 */
export function parseListState(params: URLSearchParams, known: Record<Facet, ReadonlySet<string>>): { state: ListState; ignored: number } {
  const filters = { country: [], type: [], sector: [], funder: [], lang: [] } as Record<Facet, string[]>;
  let ignored = 0;
  for (const [key, value] of params) {
    if ((FACETS as readonly string[]).includes(key)) {
      const facet = key as Facet;
      if (Object.hasOwn(known, facet) && known[facet].has(value) && !filters[facet].includes(value)) filters[facet].push(value);
      else ignored++;
    } else if (key !== 'from' && key !== 'to' && key !== 'sort') ignored++;
  }
  const [sortKey, direction] = (params.get('sort') ?? 'title').split('-');
  const sort = (SORTS as readonly string[]).includes(sortKey ?? '') ? (sortKey as SortKey) : 'title';
  return { state: { filters, from: year(params.get('from')), to: year(params.get('to')), sort, desc: direction === 'desc' }, ignored };
}

/** The URL parameters of a state; the default sort is left out. */
export function listParams(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of FACETS) for (const v of state.filters[facet]) params.append(facet, v);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  if (state.sort !== 'title' || state.desc) params.set('sort', `${state.sort}${state.desc ? '-desc' : ''}`);
  return params;
}

/**
 * Whether a study passes the filters: within a facet any chosen value matches; across facets all
 * must. The period keeps studies that overlap it; a study whose years are not reported is kept
 * only when no period is set.
 */
export function matches(r: ListRecord, state: ListState): boolean {
  for (const facet of FACETS) {
    const chosen = state.filters[facet];
    if (chosen.length && !valuesOf(r, facet).some((v) => chosen.includes(v))) return false;
  }
  if (state.from !== undefined || state.to !== undefined) {
    if (r.start === undefined) return false;
    const end = r.end ?? r.start;
    if (state.from !== undefined && end < state.from) return false;
    if (state.to !== undefined && r.start > state.to) return false;
  }
  return true;
}

/** The order of the list: missing values last whichever the direction, then by title. */
export function compareRecords(a: ListRecord, b: ListRecord, state: Pick<ListState, 'sort' | 'desc'>): number {
  const byTitle = a.title.localeCompare(b.title, 'en');
  if (state.sort === 'title') return state.desc ? -byTitle : byTitle;
  const x = a[state.sort];
  const y = b[state.sort];
  if (x === undefined && y === undefined) return byTitle;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return (state.desc ? y - x : x - y) || byTitle;
}

/** How many of the shown studies have each value of a facet. */
export function facetCounts(records: readonly ListRecord[], facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) for (const v of new Set(valuesOf(r, facet))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
