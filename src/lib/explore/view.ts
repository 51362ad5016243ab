import { escape, from, op, type ColumnTable } from 'arquero';
import type { ExplorerData } from './data.ts';
import { FACETS, type Allowed, type ExploreState, type TableName } from './state.ts';

/** A row of a table as the explorer shows and downloads it. */
export type Row = Record<string, unknown> & { id: string; year?: number | null };

/** Labels sorted for people: "Target 3.5" before "Target 17.17", "Norway" before "Sweden". */
export const byLabel = new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare;

/** The indicators shown beside each country when findings or studies are grouped by country. */
export const CONTEXT = [
  { key: 'social_expenditure', indicator: 'Public social expenditure', label: 'Public social expenditure, % of GDP' },
  { key: 'aged_65_plus', indicator: 'Population aged 65 and over', label: 'Population aged 65 and over, %' },
  { key: 'long_term_care', indicator: 'Long-term care spending (health and social)', label: 'Long-term care spending, % of GDP' },
] as const;

/** The explorer's tables, joined once: findings with their study's facets, studies with their findings' themes, all with regimes. */
export interface Prepared {
  findings: ColumnTable;
  studies: ColumnTable;
  indicators: ColumnTable;
  /** One row per country: the latest value of each CONTEXT indicator (and its year). */
  context: ColumnTable;
}

/** What one state of the explorer shows. */
export interface ExploreView {
  /** The selected rows, for the table and the downloads. */
  rows: Row[];
  /** Every value of every facet of the table, with the number of rows it would select given the other filters. */
  facets: Record<string, { value: string; count: number }[]>;
  summary: GroupSummary | CrossSummary | ValueSummary;
}

/** Findings or studies counted by one facet; by country, with the country's context indicators. */
export interface GroupSummary {
  kind: 'groups';
  groups: ({ group: string; count: number } & Partial<Record<(typeof CONTEXT)[number]['key'], number | null>>)[];
  context: boolean;
}

/** Findings or studies counted by two facets. */
export interface CrossSummary {
  kind: 'cross';
  rows: string[];
  columns: string[];
  cells: { row: string; column: string; count: number }[];
}

/** One indicator's values by country or city: the latest period of each within the years chosen. */
export interface ValueSummary {
  kind: 'values';
  indicator: string;
  unit: string;
  points: { label: string; value: number; period: string; confidence: string }[];
  /** Countries and cities with a value in an earlier period too (shown in the table, not the chart). */
  earlier: number;
}

/** Sort rows by a key function; Arquero's orderby compiles code, which the explorer's CSP forbids. */
const sortBy = <T>(rows: T[], compare: (a: T, b: T) => number) => rows.sort(compare);

/** Regimes of each row's countries (a join through the countries table), as a column "regime". */
function withRegimes(table: ColumnTable, countries: ColumnTable): ColumnTable {
  const regimes = table
    .select('id', 'country')
    .unroll('country')
    .join(countries, 'country')
    .groupby('id')
    .rollup({ regime: op.array_agg_distinct('regime') });
  return table.join_left(regimes, 'id').derive({ regime: escape((d: Row) => ((d.regime as string[] | undefined) ?? []).sort(byLabel)) });
}

/** Join the explorer's tables with Arquero. Runs the same at build time and in the browser. */
export function prepare(data: ExplorerData): Prepared {
  const countries = from(data.countries);
  const studies = withRegimes(from(data.studies), countries);
  // Each study's themes and number of findings, rolled up from its findings.
  const byStudy = from(data.findings)
    .select('study_id', 'theme')
    .unroll('theme')
    .groupby('study_id')
    .rollup({ theme: op.array_agg_distinct('theme') })
    .join_left(from(data.findings).groupby('study_id').count({ as: 'findings' }), 'study_id');
  const studiesWithFindings = studies
    .join_left(byStudy, ['id', 'study_id'])
    .derive({ theme: escape((d: Row) => ((d.theme as string[] | undefined) ?? []).sort(byLabel)), findings: escape((d: Row) => (d.findings as number | undefined) ?? 0) });
  // Every finding with the facets of its study: a join on study_id.
  const studyFacets = studies.select({ id: 'study_id', title: 'study', method: 'method', funder: 'funder', funder_type: 'funder_type', year: 'year', sdg: 'sdg' });
  const findings = withRegimes(from(data.findings), countries).join_left(studyFacets, 'study_id');
  const indicators = withRegimes(from(data.indicators), countries);
  // The latest value of each context indicator per country: a rollup, then one column per indicator.
  const values = from(data.indicators)
    .filter(escape((d: Row) => CONTEXT.some((c) => c.indicator === d.indicator) && d.year != null))
    .unroll('country');
  const newest = values.groupby('country', 'indicator').rollup({ year: op.max('year') });
  // Rows of the newest year only (a semijoin); where two share it, the first listed.
  const latest = values
    .semijoin(newest, [['country', 'indicator', 'year'], ['country', 'indicator', 'year']])
    .groupby('country', 'indicator')
    .rollup({ year: op.max('year'), values: op.array_agg('value') })
    .derive({ value: escape((d: Row) => (d.values as number[])[0]) });
  let context = countries.select('country');
  for (const c of CONTEXT) {
    const one = latest.filter(escape((d: Row) => d.indicator === c.indicator)).select({ country: 'country', value: c.key, year: `${c.key}_year` });
    context = context.join_left(one, 'country');
  }
  return { findings: sortTable(findings, data.findings), studies: sortTable(studiesWithFindings, data.studies), indicators: sortTable(indicators, data.indicators), context };
}

/** Keep the published row order after joins (Arquero joins may reorder rows). */
function sortTable(table: ColumnTable, order: readonly { id: string }[]): ColumnTable {
  const position = new Map(order.map((r, i) => [r.id, i]));
  return from(sortBy(table.objects() as Row[], (a, b) => position.get(a.id)! - position.get(b.id)!));
}

/** The values the URL may name, from the data and its vocabularies. */
export function allowedValues(data: ExplorerData, prepared: Prepared): Allowed {
  const facets = {} as Allowed['facets'];
  for (const table of Object.keys(FACETS) as TableName[]) {
    const rows = prepared[table].objects() as Row[];
    facets[table] = Object.fromEntries(
      FACETS[table].map(({ key }) => {
        const present = rows.flatMap((r) => (r[key] as string[] | undefined) ?? []);
        const vocabulary = key === 'country' && table === 'indicators' ? [] : (data.vocabularies[key] ?? []);
        return [key, [...new Set([...vocabulary, ...present])].sort(byLabel)];
      }),
    );
  }
  const indicators = [...new Set(data.indicators.map((i) => i.indicator))].sort(byLabel);
  return { facets, indicators, defaultIndicator: CONTEXT[0].indicator };
}

/** Rows matching every chosen facet value (any value within a facet) and the year range; `except` leaves one facet out. */
function select(table: ColumnTable, state: ExploreState, except?: string): ColumnTable {
  const chosen = Object.entries(state.filters).filter(([key, values]) => key !== except && values.length);
  let t = table;
  if (chosen.length) t = t.filter(escape((d: Row) => chosen.every(([key, values]) => ((d[key] as string[]) ?? []).some((v) => values.includes(v)))));
  if (state.from !== null) t = t.filter(escape((d: Row) => d.year != null && d.year >= state.from!));
  if (state.to !== null) t = t.filter(escape((d: Row) => d.year != null && d.year <= state.to!));
  if (state.table === 'indicators') t = t.filter(escape((d: Row) => d.indicator === state.indicator));
  return t;
}

/** Rows per value of a list-valued column: unroll, group, count. */
function countBy(table: ColumnTable, key: string): Map<string, number> {
  if (!table.numRows()) return new Map();
  const counted = table.select(key).unroll(key).groupby(key).count({ as: 'count' }).objects() as Row[];
  return new Map(counted.map((g) => [String(g[key]), Number(g.count)]));
}

/**
 * Apply a state: filter, count every facet value under the other filters, and
 * summarise the selection (group counts, a cross-tabulation, or indicator values).
 */
export function exploreView(prepared: Prepared, allowed: Allowed, state: ExploreState): ExploreView {
  const table = prepared[state.table];
  const selected = select(table, state);
  const rows = selected.objects() as Row[];
  const facets = Object.fromEntries(
    FACETS[state.table].map(({ key }) => {
      const counts = countBy(select(table, state, key), key);
      return [key, allowed.facets[state.table][key]!.map((value) => ({ value, count: counts.get(value) ?? 0 }))];
    }),
  );
  const order = <T extends { count: number }>(items: T[], name: (x: T) => string) => sortBy(items, (a, b) => (state.sort === 'count' ? b.count - a.count : 0) || byLabel(name(a), name(b)));
  let summary: ExploreView['summary'];
  if (state.table === 'indicators') summary = indicatorValues(selected, state);
  else if (state.cross) {
    const counts = selected.numRows()
      ? (selected.select(state.group, state.cross).unroll(state.group).unroll(state.cross).groupby(state.group).pivot(state.cross, { count: op.count() }).objects() as Row[])
      : [];
    const columns = [...new Set(counts.flatMap((r) => Object.keys(r).filter((k) => k !== state.group)))].sort(byLabel);
    const cells = counts.flatMap((r) => columns.map((column) => ({ row: String(r[state.group]), column, count: Number(r[column] ?? 0) })));
    const totals = order(
      counts.map((r) => ({ name: String(r[state.group]), count: columns.reduce((n, c) => n + Number(r[c] ?? 0), 0) })),
      (x) => x.name,
    );
    summary = { kind: 'cross', rows: totals.map((t) => t.name), columns, cells };
  } else {
    let groups = [...countBy(selected, state.group)].map(([group, count]) => ({ group, count }));
    const context = state.group === 'country' && groups.length > 0;
    // Countries with their context indicators: a join of the counts with the latest values.
    if (context) groups = from(groups).join_left(prepared.context.rename({ country: 'group' }), 'group').objects() as GroupSummary['groups'];
    summary = { kind: 'groups', groups: order(groups, (g) => g.group), context };
  }
  return { rows, facets, summary };
}

/** The chosen indicator by country or city: the latest period of each within the years chosen. */
function indicatorValues(selected: ColumnTable, state: ExploreState): ValueSummary {
  const rows = selected.objects() as (Row & { country: string[]; value: number; period: string; unit: string; confidence: string })[];
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const place = r.country[0]!;
    const seen = latest.get(place);
    if (!seen || (r.year ?? -Infinity) > (seen.year ?? -Infinity)) latest.set(place, r);
  }
  const points = sortBy(
    [...latest.values()].map((r) => ({ label: r.country[0]!, value: r.value, period: r.period, confidence: r.confidence })),
    (a, b) => (state.sort === 'count' ? b.value - a.value : 0) || byLabel(a.label, b.label),
  );
  return { kind: 'values', indicator: state.indicator, unit: rows[0]?.unit ?? '', points, earlier: rows.length - points.length };
}
