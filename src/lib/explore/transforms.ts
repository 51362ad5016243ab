import { escape, from } from 'arquero';
import type { ExplorerData } from './data.ts';
import type { ExploreState } from './state.ts';

type Row = Record<string, unknown> & { year?: number | null };

/** Every value each facet takes in a table, sorted: the allowed values of the URL state and the filter options. */
export function facetValues(rows: readonly Row[], keys: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(keys.map((k) => [k, [...new Set(rows.flatMap((r) => (r[k] as string[] | undefined) ?? []))].sort((a, b) => a.localeCompare(b))]));
}

/**
 * Apply a view with Arquero: filter (any chosen value within a facet, every
 * facet, and the year range), then unroll the grouping facet and count.
 * Runs the same in Node (tests) and in the browser.
 */
export function applyView(data: ExplorerData, state: ExploreState): { rows: Row[]; groups: { group: string; count: number }[] } {
  const source = data[state.table] as unknown as Row[];
  const chosen = Object.entries(state.filters).filter(([, values]) => values.length);
  let table = from(source);
  if (chosen.length) {
    table = table.filter(escape((d: Row) => chosen.every(([key, values]) => ((d[key] as string[]) ?? []).some((v) => values.includes(v)))));
  }
  if (state.from !== null) table = table.filter(escape((d: Row) => d.year != null && d.year >= state.from!));
  if (state.to !== null) table = table.filter(escape((d: Row) => d.year != null && d.year <= state.to!));
  const rows = table.objects() as Row[];
  const counted = table.size
    ? table
        .select(state.group)
        .unroll(state.group)
        .groupby(state.group)
        .count({ as: 'count' })
        .objects()
        .map((g) => ({ group: String((g as Row)[state.group]), count: Number((g as Row).count) }))
    : [];
  const groups = counted.sort((a, b) => (state.sort === 'count' ? b.count - a.count || a.group.localeCompare(b.group) : a.group.localeCompare(b.group)));
  return { rows, groups };
}

/** The current view as CSV: lists joined with ";", every column of the rows. */
export function viewCsv(rows: readonly Row[]): string {
  if (!rows.length) return '';
  const flat = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : v])));
  return from(flat).toCSV();
}
