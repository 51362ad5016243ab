import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getAtlas } from '../../src/lib/data/load.ts';
import { FINDING_LINKS, explorerData } from '../../src/lib/explore/data.ts';
import { closureCompiler, installClosureCompiler, UnsupportedExpression } from '../../src/lib/explore/arquero-without-eval.ts';
import { facetFieldsets, statusText, viewCsv } from '../../src/lib/explore/render.ts';
import { DEFAULT_GROUP, FACETS, TABLES, formatExploreState, parseExploreState, type ExploreState } from '../../src/lib/explore/state.ts';
import { allowedValues, exploreView, prepare, type Row } from '../../src/lib/explore/view.ts';

const data = explorerData(getAtlas());
const TRUST = 'Trust and trust-based governance';
const prepared = prepare(data);
/** Rows of a prepared table, as plain objects. */
const objects = (table: 'findings' | 'studies') => prepared[table].objects() as Row[];
const allowed = allowedValues(data, prepared);
const view = (search: string) => {
  const { state } = parseExploreState(search, allowed);
  return { state, ...exploreView(prepared, allowed, state) };
};
const groups = (search: string) => {
  const { summary } = view(search);
  if (summary.kind !== 'groups') throw new Error(`expected groups, got ${summary.kind}`);
  return summary.groups.map(({ group, count }) => ({ group, count }));
};

describe('the explorer with Arquero', () => {
  it('answers "which findings about trust-based governance come from Nordic studies, and which sources back them?"', () => {
    const { rows } = view('?theme=Trust+and+trust-based+governance&regime=Social-democratic&group=country');
    const nordic = new Set(data.countries.filter((c) => c.regime === 'Social-democratic').map((c) => c.country));
    const expected = data.findings.filter((f) => f.theme.includes(TRUST) && f.country.some((c) => nordic.has(c)));
    expect(expected.length).toBeGreaterThan(1);
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((f) => f.id).sort());
    expect(rows.map((r) => r.sources)).toEqual(rows.map((r) => data.findings.find((f) => f.id === r.id)!.sources));
    const perCountry = new Map<string, number>();
    for (const f of expected) for (const c of f.country) if (nordic.has(c)) perCountry.set(c, (perCountry.get(c) ?? 0) + 1);
    expect(groups('?theme=Trust+and+trust-based+governance&regime=Social-democratic&group=country')).toEqual(
      [...perCountry].map(([group, count]) => ({ group, count })).sort((a, b) => b.count - a.count || a.group.localeCompare(b.group)),
    );
  });

  it('joins every finding with its study: title, year, methods, funders and SDG targets', () => {
    const finding = objects('findings').find((r) => r.id === 'iop-tbs-helps')!;
    const study = data.studies.find((s) => s.id === finding.study_id)!;
    expect(finding).toMatchObject({ study: study.title, year: study.year, method: study.method, funder: study.funder, sdg: study.sdg });
  });

  it('rolls each study up from its findings: their themes and how many there are', () => {
    const study = objects('studies').find((r) => r.id === 'iop-winding-down')!;
    const own = data.findings.filter((f) => f.study_id === 'iop-winding-down');
    expect(study.findings).toBe(own.length);
    expect(new Set(study.theme as string[])).toEqual(new Set(own.flatMap((f) => f.theme)));
    const without = prepare({ ...data, findings: data.findings.filter((f) => f.study_id !== 'copro') }).studies.objects().find((r) => (r as Row).id === 'copro')!;
    expect(without).toMatchObject({ findings: 0, theme: [] });
  });

  it('places rows in their welfare regimes through the countries table', () => {
    const copro = objects('studies').find((r) => r.id === 'copro')!;
    expect(copro.regime).toEqual(['Conservative-corporatist', 'Social-democratic']);
  });

  it('ORs values within a facet and ANDs across facets', () => {
    const either = view('?country=Denmark&country=Sweden').rows;
    expect(either.every((r) => (r.country as string[]).some((c) => c === 'Denmark' || c === 'Sweden'))).toBe(true);
    expect(either.length).toBe(data.findings.filter((f) => f.country.includes('Denmark') || f.country.includes('Sweden')).length);
    const both = view('?country=Denmark&theme=Motives').rows;
    expect(both.map((r) => r.id).sort()).toEqual(data.findings.filter((f) => f.country.includes('Denmark') && f.theme.includes('Motives')).map((f) => f.id).sort());
    expect(both.length).toBeLessThan(view('?country=Denmark').rows.length);
    expect(view('?country=Denmark&country=Sweden&theme=Motives').rows.length).toBeGreaterThanOrEqual(both.length);
  });

  it('filters by year range and counts a multi-valued facet under each value', () => {
    const { rows } = view('?table=studies&from=2018&to=2018&group=sector');
    const of2018 = data.studies.filter((s) => s.year === 2018);
    expect(of2018.length).toBeGreaterThan(1);
    expect(rows.map((r) => r.id).sort()).toEqual(of2018.map((s) => s.id).sort());
    const bySector = new Map<string, number>();
    for (const s of of2018) for (const sector of s.sector) bySector.set(sector, (bySector.get(sector) ?? 0) + 1);
    expect(Object.fromEntries(groups('?table=studies&from=2018&to=2018&group=sector').map((g) => [g.group, g.count]))).toEqual(Object.fromEntries(bySector));
    // A study in two sectors is counted under each: the groups add up to more than the rows.
    expect([...bySector.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(rows.length);
  });

  it('counts every filter value under the other filters, and lists values without rows with 0', () => {
    const { facets } = view('?theme=Trust+and+trust-based+governance&method=Survey');
    const country = Object.fromEntries(facets.country!.map((f) => [f.value, f.count]));
    const matching = objects('findings').filter((f) => (f.theme as string[]).includes(TRUST) && (f.method as string[]).includes('Survey'));
    expect(matching.length).toBeGreaterThan(0);
    expect(country).toEqual(Object.fromEntries(['Denmark', 'Germany', 'Norway', 'Sweden', 'United Kingdom'].map((c) => [c, matching.filter((f) => (f.country as string[]).includes(c)).length])));
    expect(Object.values(country)).toContain(0);
    // The theme facet ignores its own filter, so every theme still shows how many it would add.
    expect(facets.theme!.find((f) => f.value === 'Motives')!.count).toBeGreaterThan(0);
  });

  it('sorts SDG targets by number: target 3.5 before target 17.17', () => {
    expect(allowed.facets.findings.sdg).toEqual(['Goal 3', 'Goal 17', 'Target 3.5', 'Target 3.8', 'Target 17.17']);
  });

  it('cross-tabulates themes by countries, a cell per pair, rows by total', () => {
    const { summary } = view('?cross=country');
    expect(summary.kind).toBe('cross');
    if (summary.kind !== 'cross') return;
    expect([...summary.columns].sort()).toEqual([...new Set(data.findings.flatMap((f) => f.country))].sort());
    expect(summary.cells).toHaveLength(summary.rows.length * summary.columns.length);
    const tbs = summary.cells.filter((c) => c.row === TRUST);
    expect(Object.fromEntries(tbs.map((c) => [c.column, c.count]))).toEqual(
      Object.fromEntries(summary.columns.map((c) => [c, data.findings.filter((f) => f.theme.includes(TRUST) && f.country.includes(c)).length])),
    );
    const totals = summary.rows.map((r) => summary.cells.filter((c) => c.row === r).reduce((n, c) => n + c.count, 0));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('cross-tabulates sectors by regimes for studies', () => {
    const { summary } = view('?table=studies&group=sector&cross=regime');
    if (summary.kind !== 'cross') throw new Error('expected a cross-tabulation');
    expect([...summary.columns].sort()).toEqual([...new Set(objects('studies').flatMap((s) => s.regime as string[]))].sort());
    const total = summary.cells.reduce((n, c) => n + c.count, 0);
    expect(total).toBe(objects('studies').reduce((n, s) => n + (s.sector as string[]).length * (s.regime as string[]).length, 0));
  });

  it('joins countries with their latest context indicators when grouping by country', () => {
    const { summary } = view('?group=country');
    if (summary.kind !== 'groups') throw new Error('expected groups');
    expect(summary.context).toBe(true);
    const sweden = summary.groups.find((g) => g.group === 'Sweden')!;
    const newest = data.indicators.filter((i) => i.country[0] === 'Sweden' && i.indicator === 'Public social expenditure').sort((a, b) => b.year! - a.year!)[0]!;
    expect(sweden.social_expenditure).toBe(newest.value);
    expect(view('?group=theme').summary).toMatchObject({ context: false });
  });

  it('charts indicator VALUES by country (the latest period of each), not numbers of rows', () => {
    const { summary, rows } = view('?table=indicators&indicator=Population+aged+65+and+over');
    if (summary.kind !== 'values') throw new Error('expected values');
    expect(summary.unit).toBe('% of population');
    expect(summary.points.map((p) => p.value)).toEqual([...summary.points.map((p) => p.value)].sort((a, b) => b - a));
    expect(summary.points.map((p) => p.label).sort()).toEqual(['Denmark', 'Germany', 'Norway', 'Sweden', 'United Kingdom']);
    for (const p of summary.points) {
      const all = rows.filter((r) => (r.country as string[])[0] === p.label);
      expect(p.period).toBe(String(Math.max(...all.map((r) => r.year as number))));
    }
    expect(summary.earlier).toBe(rows.length - summary.points.length);
    const older = view('?table=indicators&indicator=Population+aged+65+and+over&to=2012').summary;
    expect(older.kind === 'values' && older.points.every((p) => p.period === '2010')).toBe(true);
  });

  it('marks and counts apart the findings from publications not confirmed as the study\'s output', () => {
    const atlas = getAtlas();
    const unconfirmed = atlas.findings.filter((f) => !atlas.isConfirmed(f)).map((f) => f.id).sort();
    expect(unconfirmed.length).toBeGreaterThan(0);
    expect(view(`?link=${encodeURIComponent(FINDING_LINKS.unconfirmed)}`).rows.map((r) => r.id).sort()).toEqual(unconfirmed);
    expect(groups('?group=link')).toContainEqual(expect.objectContaining({ group: FINDING_LINKS.unconfirmed, count: unconfirmed.length }));
  });

  it('sorts groups by name on request, numbers in order', () => {
    const names = groups('?sort=name').map((g) => g.group);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  it('says what is selected in one line', () => {
    const { state, ...v } = view('?country=Sweden&group=country');
    const n = data.findings.filter((f) => f.country.includes('Sweden')).length;
    expect(statusText(state, v)).toMatch(new RegExp(`^${n} findings selected \\(Sweden\\), in \\d+ groups? by country\\.$`));
  });

  it('downloads the view as CSV with lists joined by ";", safe to open in a spreadsheet', () => {
    const csv = viewCsv(view('?theme=Trust+and+trust-based+governance').rows);
    expect(csv.split('\n')[0]).toBe('id,statement,study_id,country,theme,sector,evidence,link,sources,regime,study,method,funder,funder_type,year,sdg');
    const twoThemes = data.findings.find((f) => f.theme.length > 1 && f.theme.includes(TRUST))!;
    expect(csv).toContain(twoThemes.theme.join(';'));
    const hostile = viewCsv([{ id: 'x', statement: '=HYPERLINK("https://evil.example")' }]);
    expect(hostile).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
  });

  it('shows each filter value with its count, checked as the state says', () => {
    const { state, ...v } = view('?country=Norway');
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const sets = facetFieldsets(document as unknown as Document, state, v);
    const norway = sets[0]!.querySelector('input[value="Norway"]')!;
    expect(norway.hasAttribute('checked')).toBe(true);
    expect(sets[0]!.querySelector(`label[for="${norway.id}"]`)!.textContent).toBe(`Norway (${data.findings.filter((f) => f.country.includes('Norway')).length})`);
  });
});

describe('Arquero without eval', () => {
  let restore: () => void;
  beforeAll(() => {
    restore = installClosureCompiler();
  });
  afterAll(() => restore());

  it('compiles column reads, row objects, operators and escaped functions into closures', () => {
    const data = { a: [10, 20], 'b "c"': [1, 2] };
    expect(closureCompiler.expr('data["a"][row]')(1, data, null)).toBe(20);
    expect(closureCompiler.expr('({"a":data["a"][row],"x":data["b \\"c\\""][row]})')(0, data, null)).toEqual({ a: 10, x: 1 });
    expect(closureCompiler.expr('op(3,row)')(7, data, (id: number, row: number) => id * row)).toBe(21);
    expect(closureCompiler.join('data2["a"][row2]')(0, {}, 1, data)).toBe(20);
    expect(closureCompiler.escape('(row,data)=>fn(({"a":data["a"][row]}),$)', (d, $) => (d as { a: number }).a + ($ as number), 5)(1, data)).toBe(25);
  });

  it('joins, groups, rolls up, pivots and counts without ever calling Function (what a strict CSP forbids)', () => {
    const spy = vi.spyOn(globalThis, 'Function');
    try {
      const p = prepare(data);
      const a = allowedValues(data, p);
      for (const search of ['', '?group=country', '?cross=country', '?table=studies&group=sector&cross=regime', '?table=indicators&indicator=Population']) exploreView(p, a, parseExploreState(search, a).state);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses anything else, naming the expression, rather than running code', () => {
    expect(() => closureCompiler.expr('(data["a"][row] + 1)')).toThrow(UnsupportedExpression);
    expect(() => closureCompiler.expr('fetch("x")')).toThrow('cannot compile "fetch("x")"');
    expect(() => closureCompiler.param('$.x')).toThrow(UnsupportedExpression);
  });

  it('gives the same tables and views as Arquero\'s own compiler, for any state (property test)', () => {
    const withClosures = prepare(data);
    restore();
    const own = prepare(data);
    restore = installClosureCompiler();
    for (const table of TABLES) expect(withClosures[table].objects()).toEqual(own[table].objects());
    expect(withClosures.context.objects()).toEqual(own.context.objects());
    const state = fc.record({
      table: fc.constantFrom(...TABLES),
      filters: fc.dictionary(fc.constantFrom('country', 'regime', 'theme', 'sector', 'method', 'sdg'), fc.array(fc.constantFrom('Sweden', 'Norway', 'Germany', 'Social-democratic', 'Motives', TRUST, 'Case study', 'Target 3.8', 'Health and social care'), { maxLength: 3 })),
      from: fc.option(fc.integer({ min: 2005, max: 2025 }), { nil: null }),
      to: fc.option(fc.integer({ min: 2005, max: 2025 }), { nil: null }),
      group: fc.constantFrom('country', 'regime', 'theme', 'sector', 'method', 'funder_type', 'sdg'),
      cross: fc.option(fc.constantFrom('country', 'regime', 'theme', 'evidence'), { nil: null }),
      indicator: fc.constantFrom(...allowed.indicators),
      sort: fc.constantFrom('count', 'name'),
    });
    fc.assert(
      fc.property(state, (raw) => {
        // Normalise through the URL, as the page does, so every state is one the explorer can show.
        const s = parseExploreState(formatExploreState(raw as ExploreState, allowed), allowed).state;
        const closures = exploreView(withClosures, allowed, s);
        restore();
        try {
          expect(exploreView(own, allowed, s)).toEqual(closures);
        } finally {
          restore = installClosureCompiler();
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('explorer URL state', () => {
  it('round-trips a state through its query string', () => {
    const search = '?table=indicators&country=Oslo&indicator=Population&from=2020&to=2022&sort=name';
    const { state, ignored } = parseExploreState(search, allowed);
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ table: 'indicators', indicator: 'Population', filters: { country: ['Oslo'] } });
    expect(parseExploreState(formatExploreState(state, allowed), allowed).state).toEqual(state);
    const cross = parseExploreState('?group=sector&cross=regime', allowed).state;
    expect(formatExploreState(cross, allowed)).toBe('?group=sector&cross=regime');
  });

  it('drops unknown tables, facets, values, groups, crossings, indicators and bad years, and says which', () => {
    const { state, ignored } = parseExploreState('?table=secrets&theme=%3Cscript%3E&from=20x8&group=password&cross=theme&indicator=Population&sort=random&utm_source=x', allowed);
    expect(state).toEqual({ table: 'findings', filters: {}, from: null, to: null, group: DEFAULT_GROUP.findings, cross: null, indicator: allowed.defaultIndicator, sort: 'count' });
    expect(ignored.sort()).toEqual(['cross', 'from', 'group', 'indicator', 'sort', 'table', 'theme', 'utm_source']);
  });

  it('swaps a reversed year range', () => {
    expect(parseExploreState('?from=2024&to=2017', allowed).state).toMatchObject({ from: 2017, to: 2024 });
  });

  it('never lets an unknown value through, and every state it lets through can be shown (property test)', () => {
    const key = fc.constantFrom('table', 'theme', 'country', 'from', 'to', 'group', 'cross', 'indicator', 'sort', 'x', '<b>', '__proto__', 'constructor', 'toString');
    const value = fc.oneof(fc.constantFrom('findings', 'studies', 'indicators', 'Norway', 'Motives', '2018', '-1', '<img>', '', '%', 'count', 'name', 'theme', 'country', 'Population', '__proto__'), fc.string());
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        const search = `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
        const { state } = parseExploreState(search, allowed);
        expect(TABLES).toContain(state.table);
        expect(FACETS[state.table].map((f) => f.key)).toContain(state.group);
        expect(state.cross === null || (state.cross !== state.group && FACETS[state.table].some((f) => f.key === state.cross))).toBe(true);
        expect(allowed.indicators).toContain(state.indicator);
        for (const [k, vs] of Object.entries(state.filters)) for (const v of vs) expect(allowed.facets[state.table][k]).toContain(v);
        expect(() => exploreView(prepared, allowed, state)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
