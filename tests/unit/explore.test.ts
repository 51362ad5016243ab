import { describe, expect, it } from 'vitest';
import { getAtlas } from '../../src/lib/data/load.ts';
import { explorerData } from '../../src/lib/explore/data.ts';
import { DEFAULT_GROUP, FACETS, TABLES, formatExploreState, parseExploreState, type TableName } from '../../src/lib/explore/state.ts';
import { applyView, facetValues, viewCsv } from '../../src/lib/explore/transforms.ts';

const data = explorerData(getAtlas());
const allowed = Object.fromEntries(TABLES.map((t) => [t, facetValues(data[t] as never, FACETS[t].map((f) => f.key))])) as Record<TableName, Record<string, string[]>>;
const view = (search: string) => applyView(data, parseExploreState(search, allowed).state);

describe('explorer transforms (Arquero)', () => {
  it('answers "which findings about trust-based governance come from Nordic studies, and which sources back them?"', () => {
    const { rows, groups } = view('?theme=Trust-based+governance&regime=Social-democratic&group=country');
    expect(rows.map((r) => r.id)).toEqual(['iop-all-tbs-principles', 'iop-tbs-helps']);
    expect(rows.every((r) => (r.sources as string[]).includes('vinnova-2017-05636'))).toBe(true);
    expect(groups).toEqual([{ group: 'Sweden', count: 2 }]);
  });

  it('ORs values within a facet and ANDs across facets', () => {
    const either = view('?country=Denmark&country=Sweden').rows;
    expect(either.every((r) => (r.country as string[]).some((c) => c === 'Denmark' || c === 'Sweden'))).toBe(true);
    expect(either.length).toBe(data.findings.filter((f) => f.country.includes('Denmark') || f.country.includes('Sweden')).length);
    expect(view('?country=Denmark&theme=Motives').rows).toEqual([]);
  });

  it('filters by year range and counts a multi-valued facet under each value', () => {
    const { rows, groups } = view('?table=studies&from=2018&to=2018&group=sector');
    expect(rows.map((r) => r.id).sort()).toEqual(['bracke-values-coproduction', 'iop-winding-down']);
    expect(groups).toEqual([
      { group: 'Health and social care', count: 1 },
      { group: 'Refugees and immigrants', count: 1 },
    ]);
  });

  it('sorts groups by name on request', () => {
    const { groups } = view('?sort=name');
    expect(groups.map((g) => g.group)).toEqual([...groups.map((g) => g.group)].sort((a, b) => a.localeCompare(b)));
  });

  it('downloads the view as CSV with lists joined by ";"', () => {
    const csv = viewCsv(view('?theme=Trust-based+governance').rows);
    expect(csv.split('\n')[0]).toBe('id,statement,study,study_id,country,regime,theme,sector,evidence,method,funder,funder_type,year,sdg,sources');
    expect(csv).toContain('Trust-based governance;Governance and contracts');
  });
});

describe('explorer URL state', () => {
  it('round-trips a state through its query string', () => {
    const search = '?table=indicators&country=Oslo&indicator=Population&from=2020&to=2022&group=country&sort=name';
    const { state, ignored } = parseExploreState(search, allowed);
    expect(ignored).toEqual([]);
    expect(parseExploreState(formatExploreState(state), allowed).state).toEqual(state);
  });

  it('drops unknown tables, facets, values, groups and bad years, and says which', () => {
    const { state, ignored } = parseExploreState('?table=secrets&theme=%3Cscript%3E&from=20x8&group=password&sort=random&utm_source=x', allowed);
    expect(state).toEqual({ table: 'findings', filters: {}, from: null, to: null, group: DEFAULT_GROUP.findings, sort: 'count' });
    expect(ignored.sort()).toEqual(['from', 'group', 'sort', 'table', 'theme', 'utm_source']);
  });

  it('swaps a reversed year range', () => {
    expect(parseExploreState('?from=2024&to=2017', allowed).state).toMatchObject({ from: 2017, to: 2024 });
  });

  it('never lets an unknown value through, whatever the input (fuzzed)', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const keys = ['table', 'theme', 'country', 'from', 'to', 'group', 'sort', 'x', '<b>'];
    const values = ['findings', 'studies', 'Norway', 'Motives', '2018', '-1', '<img>', '', '%', 'count', 'name', 'theme'];
    for (let i = 0; i < 3000; i++) {
      const params = Array.from({ length: Math.floor(rand() * 6) }, () => `${encodeURIComponent(keys[Math.floor(rand() * keys.length)]!)}=${encodeURIComponent(values[Math.floor(rand() * values.length)]!)}`);
      const { state } = parseExploreState(`?${params.join('&')}`, allowed);
      expect(TABLES).toContain(state.table);
      expect(FACETS[state.table].map((f) => f.key)).toContain(state.group);
      for (const [k, vs] of Object.entries(state.filters)) for (const v of vs) expect(allowed[state.table][k]).toContain(v);
      expect(() => applyView(data, state)).not.toThrow();
    }
  });
});
